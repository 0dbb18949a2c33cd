/* mms-process-open.c: "Open running process…".
 *
 * The snapshot (src/import/mms-snapshot.c) reads /proc/PID/maps, smaps
 * and, where permitted, pagemap, and writes a scenario that recreates the
 * address space; the window opens that scenario at its last step, so every
 * view shows the live process.  Refresh takes a new snapshot of the same
 * process. */
#include "mms-config.h"

#include <errno.h>
#include <unistd.h>

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "mms-i18n.h"
#include "mms-process-open.h"
#include "mms-snapshot.h"

#define PID_KEY "mms-snapshot-pid"

gboolean
mms_window_open_process (MmsWindow *self,
                         gint       pid)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  MmsRunner *runner;

  g_return_val_if_fail (MMS_IS_WINDOW (self), FALSE);

  if (pid <= 0)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%d is not a process ID"), pid);
      mms_window_report_error (self, error);
      return FALSE;
    }
  text = mms_snapshot_pid (pid, &error);
  if (text == NULL)
    {
      mms_window_report_error (self, error);
      return FALSE;
    }
  dir = g_build_filename (g_get_user_cache_dir (), "mmscope", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("Cannot create %s: %s"), dir, g_strerror (errno));
      mms_window_report_error (self, error);
      return FALSE;
    }
  name = g_strdup_printf ("process-%d.mms", pid);
  path = g_build_filename (dir, name, NULL);
  /* Written to a temporary file and renamed. */
  if (!g_file_set_contents (path, text, -1, &error))
    {
      mms_window_report_error (self, error);
      return FALSE;
    }
  if (!mms_window_open (self, path, 0))
    return FALSE;
  runner = mms_window_get_runner (self);
  if (runner != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (self), "go-end", NULL);
  g_object_set_data (G_OBJECT (self), PID_KEY, GINT_TO_POINTER (pid));
  g_action_group_change_action_state (G_ACTION_GROUP (self), "refresh-process-enabled",
                                      g_variant_new_boolean (TRUE));
  return TRUE;
}

static void
open_process_activated_cb (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  mms_window_open_process (MMS_WINDOW (user_data), g_variant_get_int32 (param));
}

static void
refresh_process_activated_cb (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  MmsWindow *self = MMS_WINDOW (user_data);
  gint pid = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), PID_KEY));

  if (pid > 0)
    mms_window_open_process (self, pid);
}

static void
dialog_response_cb (GtkDialog *dialog,
                    gint       response,
                    gpointer   user_data)
{
  MmsWindow *self = MMS_WINDOW (user_data);
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), "pid-spin");
  gint pid = gtk_spin_button_get_value_as_int (spin);

  gtk_widget_destroy (GTK_WIDGET (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    mms_window_open_process (self, pid);
}

static void
open_process_dialog_activated_cb (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  MmsWindow *self = MMS_WINDOW (user_data);
  GtkWidget *dialog, *box, *label, *spin;

  dialog = gtk_dialog_new_with_buttons (_("Open Running Process"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT
                                        | GTK_DIALOG_USE_HEADER_BAR,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL,
                                        _("_Open"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_container_set_border_width (GTK_CONTAINER (box), 12);
  label = gtk_label_new (_("Process ID (your own processes; root can open any). The views "
                           "show its address space as /proc reports it now."));
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  spin = gtk_spin_button_new_with_range (1, 4194304, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), getpid ());
  gtk_entry_set_activates_default (GTK_ENTRY (spin), TRUE);
  gtk_container_add (GTK_CONTAINER (box), label);
  gtk_container_add (GTK_CONTAINER (box), spin);
  gtk_container_add (GTK_CONTAINER (gtk_dialog_get_content_area (GTK_DIALOG (dialog))), box);
  g_object_set_data (G_OBJECT (dialog), "pid-spin", spin);
  g_signal_connect (dialog, "response", G_CALLBACK (dialog_response_cb), self);
  gtk_widget_show_all (dialog);
}

static void
refresh_enabled_change_state_cb (GSimpleAction *action,
                                 GVariant      *value,
                                 gpointer       user_data)
{
  MmsWindow *self = MMS_WINDOW (user_data);
  GAction *refresh = g_action_map_lookup_action (G_ACTION_MAP (self), "refresh-process");

  g_simple_action_set_state (action, value);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (refresh), g_variant_get_boolean (value));
}

void
mms_process_open_install (MmsWindow *self)
{
  static const GActionEntry entries[] = {
    { "open-process", open_process_activated_cb, "i", NULL, NULL },
    { "open-process-dialog", open_process_dialog_activated_cb, NULL, NULL, NULL },
    { "refresh-process", refresh_process_activated_cb, NULL, NULL, NULL },
    { "refresh-process-enabled", NULL, NULL, "false", refresh_enabled_change_state_cb },
  };
  GAction *refresh;

  g_return_if_fail (MMS_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  refresh = g_action_map_lookup_action (G_ACTION_MAP (self), "refresh-process");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (refresh), FALSE);
}
