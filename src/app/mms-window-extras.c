/* mms-window-extras.c: export, presentation, preferences, about.
 *
 * Kept out of mms-window.c so that the window stays about scenarios and
 * stepping; everything here goes through the window's public API, its
 * actions and its template children by name. */
#include "mms-config.h"

#include "mms-window-extras.h"

#include "mms-export-dialog.h"
#include "mms-i18n.h"
#include "mms-presentation.h"
#include "mms-preferences.h"
#include "mms-settings.h"

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  MmsWindow *self = data;
  MmsRect region;

  if (mms_presentation_get_active (self))
    mms_presentation_set_active (self, FALSE);
  mms_export_dialog_present (self, mms_presentation_get_region (self, &region) ? &region : NULL);
}

static void
presentation_change_state_cb (GSimpleAction *action,
                              GVariant      *state,
                              gpointer       data)
{
  mms_presentation_set_active (MMS_WINDOW (data), g_variant_get_boolean (state));
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       data)
{
  MmsPreferences *preferences = mms_preferences_new (GTK_WINDOW (data));

  gtk_window_present (GTK_WINDOW (preferences));
}

void
mms_show_about (GtkWindow *parent)
{
  const char *authors[] = { _("The mmscope authors"), NULL };

  gtk_show_about_dialog (parent,
                         "program-name", "mmscope",
                         "version", MMS_VERSION,
                         "logo-icon-name", MMS_APP_ID,
                         "comments", _("See how Linux manages a process's memory, step by step"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/mmscope/mmscope",
                         "authors", authors,
                         /* TRANSLATORS: your names, one a line. */
                         "translator-credits", _("translator-credits"),
                         "modal", TRUE,
                         NULL);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  mms_show_about (GTK_WINDOW (data));
}

/* The shortcuts window is the application's, one for every window, and
 * lives as long as the application.  It is not GtkApplication's help
 * overlay (a gtk/help-overlay.ui resource): that makes a GtkShortcutsWindow
 * for each window and destroys it with the window, and GTK 3.24 leaves a
 * CSS node pointing at a destroyed GtkShortcutsWindow, which the next theme
 * change (win.dark) styles: a use-after-free. */
#define SHORTCUTS_KEY "mms-shortcuts-window"

static void
shortcuts_window_free (gpointer data)
{
  gtk_widget_destroy (GTK_WIDGET (data));
  g_object_unref (data);
}

static GtkWindow *
get_shortcuts_window (GtkApplication *app)
{
  GtkWindow *shortcuts = g_object_get_data (G_OBJECT (app), SHORTCUTS_KEY);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/mmscope/Mmscope/ui/mms-shortcuts.ui");

      shortcuts = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "help_overlay")));
      /* Closing it hides it, for the next time. */
      g_signal_connect (shortcuts, "delete-event", G_CALLBACK (gtk_widget_hide_on_delete), NULL);
      g_object_set_data_full (G_OBJECT (app), SHORTCUTS_KEY, shortcuts, shortcuts_window_free);
    }
  return shortcuts;
}

static void
show_help_overlay_activated_cb (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (data));
  GtkWindow *shortcuts;

  if (app == NULL)
    return;
  shortcuts = get_shortcuts_window (app);
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (data));
  gtk_window_present (shortcuts);
}

static const GActionEntry extra_entries[] = {
  { "export", export_activated_cb, NULL, NULL, NULL },
  { "presentation", NULL, NULL, "false", presentation_change_state_cb },
  { "preferences", preferences_activated_cb, NULL, NULL, NULL },
  { "about", about_activated_cb, NULL, NULL, NULL },
  { "show-help-overlay", show_help_overlay_activated_cb, NULL, NULL, NULL },
};

/* The theme setting: system follows the desktop's dark preference. */
static void
theme_changed_cb (GSettings  *settings,
                  const char *key,
                  MmsWindow  *self)
{
  g_autofree char *theme = g_settings_get_string (settings, "theme");
  gboolean prefer_dark = FALSE;

  if (mms_presentation_get_active (self))
    return;
  if (g_str_equal (theme, "high-contrast"))
    {
      mms_scene_view_set_theme (mms_window_get_scene_view (self), MMS_THEME_HIGH_CONTRAST);
      return;
    }
  if (g_str_equal (theme, "system"))
    g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &prefer_dark, NULL);
  else
    prefer_dark = g_str_equal (theme, "dark");
  /* Through win.dark, so that its menu item shows the state. */
  if (g_action_group_has_action (G_ACTION_GROUP (self), "dark"))
    g_action_group_change_action_state (G_ACTION_GROUP (self), "dark", g_variant_new_boolean (prefer_dark));
  else
    mms_scene_view_set_theme (mms_window_get_scene_view (self), prefer_dark ? MMS_THEME_DARK : MMS_THEME_LIGHT);
}

void
mms_window_extras_install (MmsWindow *self)
{
  GSettings *settings = mms_settings_get ();
  GObject *menu_button;
  GObject *speed;

  g_return_if_fail (MMS_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), extra_entries, G_N_ELEMENTS (extra_entries), self);
  mms_presentation_attach (self);

  menu_button = gtk_widget_get_template_child (GTK_WIDGET (self), MMS_TYPE_WINDOW, "menu_button");
  if (GTK_IS_MENU_BUTTON (menu_button))
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
      g_autoptr(GMenu) classroom = g_menu_new ();
      g_autoptr(GMenu) app = g_menu_new ();

      g_menu_append (classroom, _("_Export…"), "win.export");
      g_menu_append (classroom, _("_Presentation Mode"), "win.presentation");
      g_menu_append (app, _("_Preferences"), "win.preferences");
      g_menu_append (app, _("_Keyboard Shortcuts"), "win.show-help-overlay");
      g_menu_append (app, _("_About mmscope"), "win.about");
      if (G_IS_MENU (model))
        {
          g_menu_append_section (G_MENU (model), NULL, G_MENU_MODEL (classroom));
          g_menu_append_section (G_MENU (model), NULL, G_MENU_MODEL (app));
        }
    }

  if (settings != NULL)
    {
      speed = gtk_widget_get_template_child (GTK_WIDGET (self), MMS_TYPE_WINDOW, "speed_adjustment");
      if (GTK_IS_ADJUSTMENT (speed))
        g_settings_bind (settings, "animation-speed", speed, "value", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (settings, "changed::theme", G_CALLBACK (theme_changed_cb), self, 0);
      {
        g_autofree char *theme = g_settings_get_string (settings, "theme");
        if (!g_str_equal (theme, "system"))
          theme_changed_cb (settings, "theme", self);
      }
    }
}

void
mms_window_extras_startup (GtkApplication *app)
{
  static const char * const export_accels[] = { "<Control>e", NULL };
  static const char * const presentation_accels[] = { "F5", NULL };
  static const char * const preferences_accels[] = { "<Control>comma", NULL };
  /* As GtkApplication gives its help overlay. */
  static const char * const shortcuts_accels[] = { "<Control>question", "<Control>F1", NULL };
  GSettings *settings = mms_settings_get ();

  gtk_application_set_accels_for_action (app, "win.export", export_accels);
  gtk_application_set_accels_for_action (app, "win.presentation", presentation_accels);
  gtk_application_set_accels_for_action (app, "win.preferences", preferences_accels);
  gtk_application_set_accels_for_action (app, "win.show-help-overlay", shortcuts_accels);
  gtk_window_set_default_icon_name (MMS_APP_ID);
  if (settings != NULL)
    {
      g_autofree char *language = g_settings_get_string (settings, "language");
      if (language[0] != '\0')
        mms_i18n_set_language (language);
    }
}
