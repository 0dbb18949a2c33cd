/* test-gui.c: the window, driven through its GActions (run under Xvfb). */
#include "mms-config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "mms-application.h"
#include "mms-builtin.h"
#include "mms-window.h"

static MmsApplication *app;

static void
flush (void)
{
  while (gtk_events_pending ())
    gtk_main_iteration ();
}

static MmsWindow *
new_window (void)
{
  MmsWindow *window = mms_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_widget_show (GTK_WIDGET (window));
  flush ();
  return window;
}

static void
activate (MmsWindow  *window,
          const char *action,
          GVariant   *param)
{
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), action));
  g_action_group_activate_action (G_ACTION_GROUP (window), action, param);
  flush ();
}

static gboolean
enabled (MmsWindow  *window,
         const char *action)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), action);
}

static void
check_scene (MmsWindow *window)
{
  MmsScene *scene = mms_scene_view_get_scene (mms_window_get_scene_view (window));

  g_assert_nonnull (scene);
  g_assert_cmpuint (mms_scene_get_n_elements (scene), >, 10);
}

/* Every built-in scenario: open it, step to the end, then back to the boot. */
static void
test_every_builtin (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  MmsWindow *window = new_window ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint n, pos;

      activate (window, "open-builtin", g_variant_new_string (names[i]));
      g_assert_null (mms_window_get_error (window));
      g_assert_cmpstr (mms_window_get_target (window), ==, names[i]);
      g_assert_cmpuint (mms_window_get_position (window), ==, 0);
      g_assert_false (enabled (window, "back"));
      check_scene (window);
      n = mms_window_get_n_steps (window);
      g_assert_cmpuint (n, >, 0);

      for (pos = 0; enabled (window, "step"); pos++)
        {
          activate (window, "step", NULL);
          g_assert_null (mms_window_get_error (window));
          g_assert_cmpuint (mms_window_get_position (window), ==, pos + 1);
          {
            g_autofree char *prefix = g_strdup_printf ("%u. ", pos + 1);
            g_assert_true (g_str_has_prefix (mms_window_get_statement_text (window), prefix));
          }
          check_scene (window);
        }
      g_assert_cmpuint (pos, ==, n);
      g_assert_false (enabled (window, "play"));

      for (; pos > 0; pos--)
        {
          g_assert_true (enabled (window, "back"));
          activate (window, "back", NULL);
          g_assert_cmpuint (mms_window_get_position (window), ==, pos - 1);
          check_scene (window);
        }
      g_assert_false (enabled (window, "back"));
      g_assert_true (g_str_has_prefix (mms_window_get_statement_text (window), "boot: "));
    }
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* goto-step, go-end and reset land where they say; the fork scenario
 * narrates its steps. */
static void
test_goto (void)
{
  MmsWindow *window = new_window ();

  activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  activate (window, "goto-step", g_variant_new_uint32 (4));
  g_assert_cmpuint (mms_window_get_position (window), ==, 4);
  g_assert_nonnull (strstr (mms_window_get_statement_text (window), "fork"));
  g_assert_nonnull (strstr (mms_window_get_note_text (window), "fork"));
  activate (window, "go-end", NULL);
  g_assert_cmpuint (mms_window_get_position (window), ==, mms_window_get_n_steps (window));
  activate (window, "reset", NULL);
  g_assert_cmpuint (mms_window_get_position (window), ==, 0);
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Each view alone, the process switcher, the dark theme, the zoom. */
static void
test_views (void)
{
  MmsWindow *window = new_window ();
  MmsSceneView *view = mms_window_get_scene_view (window);

  activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  activate (window, "goto-step", g_variant_new_uint32 (4));
  for (MmsView v = 0; v < MMS_N_VIEWS; v++)
    {
      MmsRect r;
      activate (window, "view", g_variant_new_string (mms_view_get_name (v)));
      g_assert_cmpint (mms_scene_view_get_view (view), ==, v);
      check_scene (window);
      if (v != MMS_VIEW_ALL)
        g_assert_true (mms_view_get_panel (mms_scene_view_get_scene (view), v, &r));
    }
  activate (window, "view", g_variant_new_string ("all"));

  /* Only the child (pid 2): its VMAs are in mm 2. */
  activate (window, "process", g_variant_new_int32 (2));
  {
    g_autoptr(GPtrArray) vmas = mms_scene_find_kind (mms_scene_view_get_scene (view), MMS_ELEMENT_VMA);
    g_assert_cmpuint (vmas->len, >, 0);
    for (guint i = 0; i < vmas->len; i++)
      g_assert_true (g_str_has_prefix (((MmsElement *) g_ptr_array_index (vmas, i))->id, "vma:2:"));
  }
  activate (window, "process", g_variant_new_int32 (0));

  activate (window, "dark", NULL);
  activate (window, "zoom-in", NULL);
  g_assert_cmpfloat (mms_scene_view_get_zoom (view), >, 1.0);
  activate (window, "zoom-reset", NULL);
  g_assert_cmpfloat (mms_scene_view_get_zoom (view), ==, 1.0);

  /* A selection survives a step: it is an object, not a pixel. */
  mms_scene_view_select (view, "vma:1:1");
  activate (window, "step", NULL);
  g_assert_cmpstr (mms_scene_view_get_selection (view), ==, "vma:1:1");
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A bad scenario shows FILE:LINE:COLUMN in the info bar and the open one
 * stays. */
static void
test_bad_scenario (void)
{
  MmsWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("mmscope-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.mms", NULL);
  g_autofree char *expected = g_strdup_printf ("%s:3:", path);

  g_assert_true (g_file_set_contents (path, "title \"bad\"\nspawn p\np mmap 16K rwz private anon\n", -1, NULL));
  activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  activate (window, "goto-step", g_variant_new_uint32 (2));
  activate (window, "open-file", g_variant_new_string (path));
  g_assert_nonnull (mms_window_get_error (window));
  g_assert_true (g_str_has_prefix (mms_window_get_error (window), expected));
  g_assert_nonnull (strstr (mms_window_get_error (window), "error:"));
  g_assert_cmpstr (mms_window_get_target (window), ==, "fork-cow");
  g_assert_cmpuint (mms_window_get_position (window), ==, 2);

  /* A good file opens and clears the bar. */
  g_assert_true (g_file_set_contents (path, "title \"good\"\nspawn p\np mmap 16K rw- private anon\n", -1, NULL));
  activate (window, "open-file", g_variant_new_string (path));
  g_assert_null (mms_window_get_error (window));
  g_assert_cmpstr (mms_window_get_target (window), ==, path);
  g_assert_cmpuint (mms_window_get_n_steps (window), ==, 2);

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", g_get_tmp_dir (), FALSE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check (&argc, &argv))
    {
      g_test_skip ("no display (run under xvfb-run)");
      return 77;
    }
  app = mms_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/gui/every-builtin", test_every_builtin);
  g_test_add_func ("/gui/goto", test_goto);
  g_test_add_func ("/gui/views", test_views);
  g_test_add_func ("/gui/bad-scenario", test_bad_scenario);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
