/* test-gui-export.c: the window's Export dialog, presentation mode, the
 * settings, the preferences, the shortcuts window (run under Xvfb). */
#include "mms-config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "mms-application.h"
#include "mms-test-gui.h"
#include "mms-export-dialog.h"
#include "mms-presentation.h"
#include "mms-preferences.h"
#include "mms-settings.h"
#include "mms-window.h"
#include "mms-window-extras.h"

static MmsApplication *app;

static MmsWindow *
new_window (const char *scenario,
            guint       step)
{
  MmsWindow *window = mms_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_widget_show (GTK_WIDGET (window));
  g_assert_true (mms_window_open (window, scenario, step));
  mms_test_gui_flush ();
  return window;
}

static void
png_size (const char *path,
          int        *width,
          int        *height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  *width = cairo_image_surface_get_width (image);
  *height = cairo_image_surface_get_height (image);
  cairo_surface_destroy (image);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + 6, NULL, 10);
}

static void
send_key (MmsWindow *window,
          guint      keyval)
{
  GdkEvent *event = gdk_event_new (GDK_KEY_PRESS);
  gboolean handled = FALSE;

  event->key.window = g_object_ref (gtk_widget_get_window (GTK_WIDGET (window)));
  event->key.keyval = keyval;
  event->key.send_event = TRUE;
  gdk_event_set_device (event, gdk_seat_get_keyboard (gdk_display_get_default_seat (gdk_display_get_default ())));
  g_signal_emit_by_name (window, "key-press-event", event, &handled);
  gdk_event_free (event);
  mms_test_gui_flush ();
  g_assert_true (handled);
}

static void
test_export_dialog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mms-gui-export-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "all.png", NULL);
  g_autofree char *view_png = g_build_filename (dir, "view.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *region_png = g_build_filename (dir, "region.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "all.svg", NULL);
  MmsWindow *window = new_window ("fork-cow", 4);
  MmsExportDialog *dialog;
  g_autofree char *name = NULL;
  MmsRect region = { 10, 20, 300, 200 };
  int w, h;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export"));
  dialog = mms_export_dialog_new (window, NULL);
  name = mms_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "fork-cow-step-4.png");

  mms_export_dialog_set_what (dialog, MMS_EXPORT_WHAT_ALL);
  mms_export_dialog_set_format (dialog, MMS_EXPORT_PNG);
  mms_export_dialog_set_size (dialog, 1600, 900, 1.0);
  g_assert_true (mms_export_dialog_export_to (dialog, png, &error));
  g_assert_no_error (error);
  png_size (png, &w, &h);
  g_assert_cmpint (w, ==, 1600);
  g_assert_cmpint (h, ==, 900);

  /* The view on screen, scaled. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "view", g_variant_new_string ("physical"));
  mms_test_gui_flush ();
  mms_export_dialog_set_what (dialog, MMS_EXPORT_WHAT_VIEW);
  mms_export_dialog_set_size (dialog, 800, 600, 1.5);
  g_assert_true (mms_export_dialog_export_to (dialog, view_png, &error));
  g_assert_no_error (error);
  png_size (view_png, &w, &h);
  g_assert_cmpint (w, ==, 1200);
  g_assert_cmpint (h, ==, 900);

  mms_export_dialog_set_format (dialog, MMS_EXPORT_SVG);
  g_assert_true (mms_export_dialog_export_to (dialog, svg, &error));
  g_assert_no_error (error);

  /* Every step as a PDF: the handout. */
  mms_export_dialog_set_what (dialog, MMS_EXPORT_WHAT_ALL);
  mms_export_dialog_set_every_step (dialog, TRUE);
  mms_export_dialog_set_format (dialog, MMS_EXPORT_PDF);
  g_free (name);
  name = mms_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "fork-cow-handout.pdf");
  g_assert_true (mms_export_dialog_export_to (dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, mms_window_get_n_steps (window) + 1);
  gtk_widget_destroy (GTK_WIDGET (dialog));

  /* A region selected on the canvas, at scale 2, without narration. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "view", g_variant_new_string ("all"));
  mms_test_gui_flush ();
  mms_presentation_set_region (window, &region);
  g_assert_true (mms_presentation_get_region (window, NULL));
  dialog = mms_export_dialog_new (window, &region);
  mms_export_dialog_set_format (dialog, MMS_EXPORT_PNG);
  mms_export_dialog_set_size (dialog, 1280, 720, 2.0);
  {
    GObject *check = gtk_widget_get_template_child (GTK_WIDGET (dialog), MMS_TYPE_EXPORT_DIALOG, "narration_check");
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (check), FALSE);
  }
  g_assert_true (mms_export_dialog_export_to (dialog, region_png, &error));
  g_assert_no_error (error);
  png_size (region_png, &w, &h);
  g_assert_cmpint (w, ==, 600);
  g_assert_cmpint (h, ==, 400);

  /* A folder that does not exist: an error, no file. */
  {
    g_autofree char *missing = g_build_filename (dir, "nope", "x.png", NULL);
    g_assert_false (mms_export_dialog_export_to (dialog, missing, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  /* A FIFO nobody reads: an error at once, and the FIFO stays one. */
  {
    g_autofree char *fifo = g_build_filename (dir, "fifo.png", NULL);
    GStatBuf st;

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    g_assert_false (mms_export_dialog_export_to (dialog, fifo, &error));
    g_assert_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO);
    g_clear_error (&error);
    g_assert_cmpint (g_stat (fifo, &st), ==, 0);
    g_assert_true (S_ISFIFO (st.st_mode));
    g_unlink (fifo);
  }
  /* The largest size at the largest scale, each allowed by its spin
   * button: the error says the product is too large, not that the scale
   * is out of its range. */
  mms_export_dialog_set_what (dialog, MMS_EXPORT_WHAT_ALL);
  mms_export_dialog_set_size (dialog, MMS_EXPORT_MAX_SIZE, MMS_EXPORT_MAX_SIZE, MMS_EXPORT_MAX_SCALE);
  g_assert_false (mms_export_dialog_export_to (dialog, png, &error));
  g_assert_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);
  /* The file exported before is untouched. */
  png_size (png, &w, &h);
  g_assert_cmpint (w, ==, 1600);
  g_assert_cmpint (h, ==, 900);
  gtk_widget_destroy (GTK_WIDGET (dialog));
  mms_presentation_set_region (window, NULL);

  g_unlink (png);
  g_unlink (view_png);
  g_unlink (svg);
  g_unlink (pdf);
  g_unlink (region_png);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_presentation (void)
{
  MmsWindow *window = new_window ("fork-cow", 2);
  MmsSceneView *view = mms_window_get_scene_view (window);
  GVariant *state;

  g_assert_cmpint (mms_scene_view_get_theme (view), ==, MMS_THEME_LIGHT);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation", g_variant_new_boolean (TRUE));
  mms_test_gui_flush ();
  g_assert_true (mms_presentation_get_active (window));
  g_assert_cmpint (mms_scene_view_get_theme (view), ==, MMS_THEME_HIGH_CONTRAST);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "presentation");
  g_assert_true (g_variant_get_boolean (state));
  g_variant_unref (state);

  /* A presenter's remote: Page Down and Page Up step. */
  send_key (window, GDK_KEY_Page_Down);
  g_assert_cmpuint (mms_window_get_position (window), ==, 3);
  send_key (window, GDK_KEY_Page_Up);
  send_key (window, GDK_KEY_Page_Up);
  g_assert_cmpuint (mms_window_get_position (window), ==, 1);
  /* The stepping actions keep working while presenting. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "step", NULL);
  mms_test_gui_flush ();
  g_assert_cmpuint (mms_window_get_position (window), ==, 2);

  /* Escape ends it and brings the palette back. */
  send_key (window, GDK_KEY_Escape);
  g_assert_false (mms_presentation_get_active (window));
  g_assert_cmpint (mms_scene_view_get_theme (view), ==, MMS_THEME_LIGHT);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "presentation");
  g_assert_false (g_variant_get_boolean (state));
  g_variant_unref (state);
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
test_settings (void)
{
  GSettings *settings = mms_settings_get ();
  MmsWindow *window = new_window ("fork-cow", 1);
  MmsPreferences *preferences;
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *keys[] = { "theme", "animation-speed", "language", "last-folder", "presentation-font-scale",
                         "presentation-high-contrast", "presentation-pointer" };

  g_assert_nonnull (settings);
  g_object_get (settings, "settings-schema", &schema, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (g_settings_schema_has_key (schema, keys[i]));

  /* The preferences dialog is bound to the settings. */
  preferences = mms_preferences_new (GTK_WINDOW (window));
  gtk_widget_show (GTK_WIDGET (preferences));
  mms_test_gui_flush ();
  {
    GObject *combo = gtk_widget_get_template_child (GTK_WIDGET (preferences), MMS_TYPE_PREFERENCES, "theme_combo");
    gtk_combo_box_set_active_id (GTK_COMBO_BOX (combo), "high-contrast");
    mms_test_gui_flush ();
    {
      g_autofree char *theme = g_settings_get_string (settings, "theme");
      g_assert_cmpstr (theme, ==, "high-contrast");
    }
    g_assert_cmpint (mms_scene_view_get_theme (mms_window_get_scene_view (window)), ==, MMS_THEME_HIGH_CONTRAST);
    g_settings_set_string (settings, "theme", "dark");
    mms_test_gui_flush ();
    g_assert_cmpstr (gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo)), ==, "dark");
    g_assert_cmpint (mms_scene_view_get_theme (mms_window_get_scene_view (window)), ==, MMS_THEME_DARK);
    g_settings_reset (settings, "theme");
  }
  g_settings_set_double (settings, "animation-speed", 3.0);
  {
    GObject *adj = gtk_widget_get_template_child (GTK_WIDGET (window), MMS_TYPE_WINDOW, "speed_adjustment");
    g_assert_cmpfloat (gtk_adjustment_get_value (GTK_ADJUSTMENT (adj)), ==, 3.0);
  }
  g_settings_reset (settings, "animation-speed");
  gtk_widget_destroy (GTK_WIDGET (preferences));

  /* The shortcuts window is the application's, one for every window (not
   * GtkApplication's help overlay, one per window). */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  mms_test_gui_flush ();
  {
    GList *toplevels = gtk_window_list_toplevels ();
    GtkWindow *shortcuts = NULL;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (GTK_IS_SHORTCUTS_WINDOW (l->data))
        shortcuts = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (shortcuts);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
    gtk_widget_hide (GTK_WIDGET (shortcuts));
  }
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "preferences"));
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  app = mms_test_gui_init (&argc, &argv);
  if (app == NULL)
    return 77;

  g_test_add_func ("/gui/export/dialog", test_export_dialog);
  g_test_add_func ("/gui/export/presentation", test_presentation);
  g_test_add_func ("/gui/export/settings", test_settings);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
