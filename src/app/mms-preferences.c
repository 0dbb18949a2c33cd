/* mms-preferences.c: the Preferences dialog.
 *
 * Each control is bound to its settings key with g_settings_bind, so the
 * dialog has no Apply button and no state of its own; the window listens
 * to the settings (theme, animation-speed) and follows. */
#include "mms-config.h"

#include "mms-preferences.h"

#include "mms-i18n.h"
#include "mms-settings.h"

struct _MmsPreferences
{
  GtkDialog parent_instance;

  GtkComboBoxText *theme_combo;
  GtkSpinButton *speed_spin;
  GtkComboBoxText *language_combo;
  GtkSpinButton *font_scale_spin;
  GtkCheckButton *contrast_check;
  GtkCheckButton *pointer_check;
};

G_DEFINE_FINAL_TYPE (MmsPreferences, mms_preferences, GTK_TYPE_DIALOG)

static void
language_changed_cb (GSettings  *settings,
                     const char *key,
                     gpointer    data)
{
  g_autofree char *language = g_settings_get_string (settings, "language");

  mms_i18n_set_language (language);
}

static void
mms_preferences_class_init (MmsPreferencesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/mmscope/Mmscope/ui/mms-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, MmsPreferences, theme_combo);
  gtk_widget_class_bind_template_child (widget_class, MmsPreferences, speed_spin);
  gtk_widget_class_bind_template_child (widget_class, MmsPreferences, language_combo);
  gtk_widget_class_bind_template_child (widget_class, MmsPreferences, font_scale_spin);
  gtk_widget_class_bind_template_child (widget_class, MmsPreferences, contrast_check);
  gtk_widget_class_bind_template_child (widget_class, MmsPreferences, pointer_check);
}

static void
mms_preferences_init (MmsPreferences *self)
{
  GSettings *settings = mms_settings_get ();

  gtk_widget_init_template (GTK_WIDGET (self));
  if (settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      return;
    }
  g_settings_bind (settings, "theme", self->theme_combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "animation-speed", gtk_spin_button_get_adjustment (self->speed_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "language", self->language_combo, "active-id", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "presentation-font-scale", gtk_spin_button_get_adjustment (self->font_scale_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "presentation-high-contrast", self->contrast_check, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "presentation-pointer", self->pointer_check, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::language", G_CALLBACK (language_changed_cb), self, 0);
}

MmsPreferences *
mms_preferences_new (GtkWindow *parent)
{
  return g_object_new (MMS_TYPE_PREFERENCES, "transient-for", parent, "use-header-bar", 1, NULL);
}
