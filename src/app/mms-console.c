/* mms-console.c: the statement entry under the views. */
#include "mms-config.h"

#include "mms-console.h"

#include <stdlib.h>
#include <string.h>

#include "mms-i18n.h"
#include "mms-window.h"

struct _MmsConsole
{
  GtkBox parent_instance;

  GtkEntry *entry;
  GtkLabel *error_label;
  GPtrArray *history;       /* char *, oldest first */
  guint history_pos;
};

G_DEFINE_FINAL_TYPE (MmsConsole, mms_console, GTK_TYPE_BOX)

static void
entry_activate_cb (GtkEntry   *entry,
                   MmsConsole *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_get_text (entry)));

  if (text[0] == '\0')
    return;
  g_ptr_array_add (self->history, g_strdup (text));
  self->history_pos = self->history->len;
  mms_window_activate_action (GTK_WIDGET (self), "console-run", g_variant_new_string (text));
}

static void
entry_changed_cb (GtkEditable *editable,
                  MmsConsole  *self)
{
  gtk_widget_hide (GTK_WIDGET (self->error_label));
  gtk_style_context_remove_class (gtk_widget_get_style_context (GTK_WIDGET (self->entry)), "error");
}

/* Up and Down walk the statements typed before. */
static gboolean
entry_key_press_cb (GtkWidget   *widget,
                    GdkEventKey *event,
                    MmsConsole  *self)
{
  if (self->history->len == 0 || (event->keyval != GDK_KEY_Up && event->keyval != GDK_KEY_Down))
    return GDK_EVENT_PROPAGATE;
  if (event->keyval == GDK_KEY_Up && self->history_pos > 0)
    self->history_pos--;
  else if (event->keyval == GDK_KEY_Down && self->history_pos < self->history->len)
    self->history_pos++;
  gtk_entry_set_text (self->entry, self->history_pos < self->history->len
                      ? (const char *) self->history->pdata[self->history_pos] : "");
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  return GDK_EVENT_STOP;
}

void
mms_console_clear (MmsConsole *self)
{
  g_return_if_fail (MMS_IS_CONSOLE (self));
  gtk_entry_set_text (self->entry, "");
  gtk_label_set_text (self->error_label, "");
  gtk_widget_hide (GTK_WIDGET (self->error_label));
}

void
mms_console_show_error (MmsConsole *self,
                        const char *message)
{
  const char *p;

  g_return_if_fail (MMS_IS_CONSOLE (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_text (self->error_label, message);
  gtk_widget_show (GTK_WIDGET (self->error_label));
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->entry)), "error");

  /* FILE:LINE:COLUMN: error: ... puts the cursor at the column. */
  p = strstr (message, ": error:");
  if (p != NULL)
    {
      const char *colon = p;
      while (colon > message && colon[-1] != ':')
        colon--;
      if (colon > message)
        {
          int column = atoi (colon);
          if (column > 0)
            {
              gtk_widget_grab_focus (GTK_WIDGET (self->entry));
              gtk_editable_set_position (GTK_EDITABLE (self->entry), column - 1);
            }
        }
    }
}

const char *
mms_console_get_error (MmsConsole *self)
{
  g_return_val_if_fail (MMS_IS_CONSOLE (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

GtkEntry *
mms_console_get_entry (MmsConsole *self)
{
  g_return_val_if_fail (MMS_IS_CONSOLE (self), NULL);
  return self->entry;
}

static void
mms_console_finalize (GObject *object)
{
  g_ptr_array_unref (MMS_CONSOLE (object)->history);
  G_OBJECT_CLASS (mms_console_parent_class)->finalize (object);
}

static void
mms_console_class_init (MmsConsoleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mms_console_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "mmsconsole");
}

static void
mms_console_init (MmsConsole *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *prompt = gtk_label_new ("›");
  GtkWidget *save = gtk_button_new_from_icon_name ("document-save-as-symbolic", GTK_ICON_SIZE_BUTTON);

  self->history = g_ptr_array_new_with_free_func (g_free);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 2);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 4);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_entry_set_placeholder_text (self->entry, _("Type a statement and press Enter, e.g. p1 mmap 64K rw- as buf"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry),
                               _("Runs a scenario statement as a new step after the last one"));
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->entry)), "mms-console");
  g_signal_connect (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->entry, "key-press-event", G_CALLBACK (entry_key_press_cb), self);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "win.save-session-as");
  gtk_widget_set_tooltip_text (save, _("Save the session as a scenario file"));

  gtk_container_add (GTK_CONTAINER (row), prompt);
  gtk_container_add (GTK_CONTAINER (row), GTK_WIDGET (self->entry));
  gtk_container_add (GTK_CONTAINER (row), save);
  gtk_container_add (GTK_CONTAINER (self), row);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->error_label, 0.0);
  gtk_label_set_selectable (self->error_label, TRUE);
  gtk_label_set_line_wrap (self->error_label, TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->error_label)), "mms-console-error");
  gtk_container_add (GTK_CONTAINER (self), GTK_WIDGET (self->error_label));
  gtk_widget_show_all (GTK_WIDGET (self));
  gtk_widget_hide (GTK_WIDGET (self->error_label));
}

GtkWidget *
mms_console_new (void)
{
  return g_object_new (MMS_TYPE_CONSOLE, NULL);
}
