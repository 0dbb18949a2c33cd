/* test-gui.c: the window, driven through its GActions (run under Xvfb). */
#include "mms-config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "mms-application.h"
#include "mms-test-gui.h"
#include "mms-test-quick.h"
#include "mms-exercise.h"
#include "mms-builtin.h"
#include "mms-window.h"
#include "mms-player.h"
#include "mms-process-open.h"
#include <sys/stat.h>
#include <unistd.h>

static MmsApplication *app;

static MmsWindow *
new_window (void)
{
  MmsWindow *window = mms_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 664);
  gtk_widget_show (GTK_WIDGET (window));
  /* Actions take effect at once; test_animation_frames () animates. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "animate", g_variant_new_boolean (FALSE));
  mms_test_gui_flush ();
  return window;
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

/* Every built-in scenario: open it, step to the end, then back to the boot
 * (under MMS_TEST_QUICK a long one over its first steps, a jump to its end
 * and as many steps back from there: mms-test-quick.h). */
static void
test_every_builtin (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  MmsWindow *window = new_window ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint n, pos, walk, back;
      gint64 t0 = g_get_monotonic_time ();

      mms_test_gui_activate (window, "open-builtin", g_variant_new_string (names[i]));
      g_test_message ("%s: opened in %.2f s", names[i], (g_get_monotonic_time () - t0) / 1e6);
      g_assert_null (mms_window_get_error (window));
      g_assert_cmpstr (mms_window_get_target (window), ==, names[i]);
      g_assert_cmpuint (mms_window_get_position (window), ==, 0);
      g_assert_false (enabled (window, "back"));
      check_scene (window);
      n = mms_window_get_n_steps (window);
      g_assert_cmpuint (n, >, 0);
      walk = mms_test_walk_steps (n);

      for (pos = 0; pos < walk; pos++)
        {
          g_assert_true (enabled (window, "step"));
          mms_test_gui_activate (window, "step", NULL);
          g_assert_null (mms_window_get_error (window));
          g_assert_cmpuint (mms_window_get_position (window), ==, pos + 1);
          {
            g_autofree char *prefix = g_strdup_printf ("%u. ", pos + 1);
            g_assert_true (g_str_has_prefix (mms_window_get_statement_text (window), prefix));
          }
          check_scene (window);
        }
      if (pos < n)
        {
          mms_test_gui_activate (window, "go-end", NULL);
          g_assert_null (mms_window_get_error (window));
          pos = mms_window_get_position (window);
          check_scene (window);
        }
      g_assert_cmpuint (pos, ==, n);
      g_assert_false (enabled (window, "step"));
      g_assert_false (enabled (window, "play"));

      for (back = 0; pos > 0 && back < walk; pos--, back++)
        {
          g_assert_true (enabled (window, "back"));
          mms_test_gui_activate (window, "back", NULL);
          g_assert_cmpuint (mms_window_get_position (window), ==, pos - 1);
          check_scene (window);
        }
      if (pos > 0)
        {
          mms_test_gui_activate (window, "reset", NULL);
          g_assert_cmpuint (mms_window_get_position (window), ==, 0);
          check_scene (window);
        }
      g_assert_false (enabled (window, "back"));
      g_assert_true (g_str_has_prefix (mms_window_get_statement_text (window), "boot: "));
      g_test_message ("%s: %u steps, %u walked, %.2f s", names[i], n, walk,
                      (g_get_monotonic_time () - t0) / 1e6);
    }
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* threads: the switcher lists each thread under its process, the layout
 * view labels each thread's stack and guard page, and exit_group ends
 * them all. */
static void
test_threads (void)
{
  MmsWindow *window = new_window ();
  MmsSceneView *view = mms_window_get_scene_view (window);
  g_auto(GStrv) list = NULL;
  g_autoptr(GPtrArray) vmas = NULL;
  guint stacks = 0, guards = 0;

  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("threads"));
  /* main pthread helper: main, worker and helper are running. */
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (6));
  g_assert_nonnull (strstr (mms_window_get_statement_text (window), "pthread helper"));
  list = mms_window_dup_process_list (window);
  g_assert_cmpuint (g_strv_length (list), ==, 4);
  g_assert_cmpstr (list[1], ==, "main (pid 1)");
  g_assert_cmpstr (list[2], ==, "    worker (thread, pid 2)");
  g_assert_cmpstr (list[3], ==, "    helper (thread, pid 3)");
  g_clear_pointer (&list, g_strfreev);

  mms_test_gui_activate (window, "view", g_variant_new_string ("layout"));
  vmas = mms_scene_find_kind (mms_scene_view_get_scene (view), MMS_ELEMENT_VMA);
  for (guint i = 0; i < vmas->len; i++)
    {
      const MmsElement *e = g_ptr_array_index (vmas, i);

      if (e->label == NULL)
        continue;
      /* An 8 MiB rw-p VMA for each, and the 4 KiB PROT_NONE one below it. */
      if (g_str_has_prefix (e->label, "stack of worker") || g_str_has_prefix (e->label, "stack of helper"))
        {
          g_assert_cmpuint (e->hi - e->lo, ==, 8 << 20);
          stacks++;
        }
      if (g_str_has_prefix (e->label, "guard page of "))
        {
          g_assert_cmpuint (e->hi - e->lo, ==, 4096);
          guards++;
        }
    }
  g_assert_cmpuint (stacks, ==, 2);

  /* The worker exits: only the helper is left under main. */
  mms_test_gui_activate (window, "step", NULL);
  list = mms_window_dup_process_list (window);
  g_assert_cmpuint (g_strv_length (list), ==, 3);
  g_assert_cmpstr (list[2], ==, "    helper (thread, pid 3)");
  g_clear_pointer (&list, g_strfreev);
  /* main exits: exit_group, no one is left. */
  mms_test_gui_activate (window, "step", NULL);
  list = mms_window_dup_process_list (window);
  g_assert_cmpuint (g_strv_length (list), ==, 1);
  g_assert_cmpuint (guards, ==, 2);
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* goto-step, go-end and reset land where they say; the fork scenario
 * narrates its steps. */
static void
test_goto (void)
{
  MmsWindow *window = new_window ();

  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (4));
  g_assert_cmpuint (mms_window_get_position (window), ==, 4);
  g_assert_nonnull (strstr (mms_window_get_statement_text (window), "fork"));
  g_assert_nonnull (strstr (mms_window_get_note_text (window), "fork"));
  mms_test_gui_activate (window, "go-end", NULL);
  g_assert_cmpuint (mms_window_get_position (window), ==, mms_window_get_n_steps (window));
  mms_test_gui_activate (window, "reset", NULL);
  g_assert_cmpuint (mms_window_get_position (window), ==, 0);
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Each view alone, the process switcher, the dark theme, the zoom. */
static void
test_views (void)
{
  MmsWindow *window = new_window ();
  MmsSceneView *view = mms_window_get_scene_view (window);

  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (4));
  for (MmsView v = 0; v < MMS_N_VIEWS; v++)
    {
      MmsRect r;
      mms_test_gui_activate (window, "view", g_variant_new_string (mms_view_get_name (v)));
      g_assert_cmpint (mms_scene_view_get_view (view), ==, v);
      /* fork-cow never calls malloc: the heap view says so. */
      if (v == MMS_VIEW_HEAP)
        g_assert_nonnull (mms_scene_lookup (mms_scene_view_get_scene (view), "heap-none"));
      else
        check_scene (window);
      if (v != MMS_VIEW_ALL)
        g_assert_true (mms_view_get_panel (mms_scene_view_get_scene (view), v, &r));
    }
  mms_test_gui_activate (window, "view", g_variant_new_string ("all"));

  /* Only the child (pid 2): its VMAs are in mm 2. */
  mms_test_gui_activate (window, "process", g_variant_new_int32 (2));
  {
    g_autoptr(GPtrArray) vmas = mms_scene_find_kind (mms_scene_view_get_scene (view), MMS_ELEMENT_VMA);
    g_assert_cmpuint (vmas->len, >, 0);
    for (guint i = 0; i < vmas->len; i++)
      g_assert_true (g_str_has_prefix (((MmsElement *) g_ptr_array_index (vmas, i))->id, "vma:2:"));
  }
  mms_test_gui_activate (window, "process", g_variant_new_int32 (0));

  mms_test_gui_activate (window, "dark", NULL);
  mms_test_gui_activate (window, "zoom-in", NULL);
  g_assert_cmpfloat (mms_scene_view_get_zoom (view), >, 1.0);
  mms_test_gui_activate (window, "zoom-reset", NULL);
  g_assert_cmpfloat (mms_scene_view_get_zoom (view), ==, 1.0);

  /* A selection survives a step: it is an object, not a pixel. */
  mms_scene_view_select (view, "vma:1:1");
  mms_test_gui_activate (window, "step", NULL);
  g_assert_cmpstr (mms_scene_view_get_selection (view), ==, "vma:1:1");
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A malloc built-in: the view menu lists the heap view; all views show it
 * as a band once malloc has run; alone, it shows the engine's chunks, and
 * a chunk selected keeps its VMA, PTEs and frames lit in all views. */
static void
test_heap_view (void)
{
  MmsWindow *window = new_window ();
  MmsSceneView *view = mms_window_get_scene_view (window);
  MmsScene *scene;
  g_autoptr(GPtrArray) chunks = NULL;
  MmsRect panel;

  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("malloc-coalesce"));
  g_assert_false (mms_view_get_panel (mms_scene_view_get_scene (view), MMS_VIEW_HEAP, NULL));
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (10));
  g_assert_true (mms_view_get_panel (mms_scene_view_get_scene (view), MMS_VIEW_HEAP, &panel));

  mms_test_gui_activate (window, "view", g_variant_new_string ("heap"));
  g_assert_cmpint (mms_scene_view_get_view (view), ==, MMS_VIEW_HEAP);
  scene = mms_scene_view_get_scene (view);
  g_assert_true (mms_view_get_panel (scene, MMS_VIEW_HEAP, &panel));
  {
    g_autofree char *title = g_strdup_printf ("title:heap");
    MmsElement *t = mms_scene_lookup (scene, title);
    g_assert_nonnull (t);
    g_assert_nonnull (strstr (t->label, "Heap (glibc malloc)"));
  }
  chunks = mms_scene_find_kind (scene, MMS_ELEMENT_CHUNK);
  /* The tcache's struct, the merged a+b+c, d, e, f and the top. */
  g_assert_cmpuint (chunks->len, ==, 6);

  mms_test_gui_activate (window, "view", g_variant_new_string ("all"));
  mms_scene_view_select (view, "chunk:1:0x408290");
  g_assert_cmpstr (mms_scene_view_get_selection (view), ==, "chunk:1:0x408290");
  {
    g_autoptr(GHashTable) related = g_hash_table_new (g_str_hash, g_str_equal);
    gboolean pte = FALSE, frame = FALSE, vma = FALSE;
    GHashTableIter iter;
    gpointer key;

    mms_scene_collect_related (mms_scene_view_get_scene (view), "chunk:1:0x408290", related);
    g_hash_table_iter_init (&iter, related);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        pte |= g_str_has_prefix (key, "pte:1:");
        frame |= g_str_has_prefix (key, "frame:");
        vma |= g_str_has_prefix (key, "vma:1:");
      }
    g_assert_true (pte && frame && vma);
  }
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The VMA tree view's switch: the maple tree's node boxes, and a slot
 * selected with its VMA in the layout; back to the rbtree's nodes. */
static void
test_vma_tree_switch (void)
{
  MmsWindow *window = new_window ();
  MmsSceneView *view = mms_window_get_scene_view (window);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint boxes = 0;

  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("maple-node-split"));
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (7));
  mms_test_gui_activate (window, "vma-tree", g_variant_new_string ("maple"));
  mms_test_gui_activate (window, "view", g_variant_new_string ("vma-tree"));
  nodes = mms_scene_find_kind (mms_scene_view_get_scene (view), MMS_ELEMENT_NODE);
  for (guint i = 0; i < nodes->len; i++)
    boxes += g_str_has_prefix (((MmsElement *) g_ptr_array_index (nodes, i))->id, "mt-node:");
  g_assert_cmpuint (boxes, ==, 3);
  entries = mms_scene_find_kind (mms_scene_view_get_scene (view), MMS_ELEMENT_ENTRY);
  g_assert_cmpuint (entries->len, >=, 17);
  mms_scene_view_select (view, "vma:1:13");
  g_assert_cmpstr (mms_scene_view_get_selection (view), ==, "vma:1:13");
  mms_test_gui_activate (window, "step", NULL);
  g_assert_cmpstr (mms_scene_view_get_selection (view), ==, "vma:1:13");
  mms_test_gui_activate (window, "vma-tree", g_variant_new_string ("rbtree"));
  g_clear_pointer (&nodes, g_ptr_array_unref);
  nodes = mms_scene_find_kind (mms_scene_view_get_scene (view), MMS_ELEMENT_NODE);
  g_assert_cmpuint (nodes->len, >, 0);
  for (guint i = 0; i < nodes->len; i++)
    g_assert_false (g_str_has_prefix (((MmsElement *) g_ptr_array_index (nodes, i))->id, "mt-node:"));
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* A bad scenario shows FILE:LINE:COLUMN in the info bar and the open one
 * stays. */
/* The GtkShortcutsWindow of each toplevel, visible or not. */
static guint
count_shortcuts_windows (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_WINDOW (l->data))
      n++;
  g_list_free (toplevels);
  return n;
}

/* Windows that opened a scenario and showed their shortcuts, then closed;
 * the theme changes in the next window.  Each window used to have a
 * GtkShortcutsWindow of its own (GtkApplication's help overlay), destroyed
 * with it, and GTK 3 styled the dead one on the theme change: a crash from
 * the third window closed on.  Under "meson test" this runs in the
 * gui-views process, after /gui/views. */
static void
test_views_after_closed_windows (void)
{
  MmsWindow *window;

  for (guint i = 0; i < 4; i++)
    {
      window = new_window ();
      g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
      mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
      mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (4));
      mms_test_gui_activate (window, "show-help-overlay", NULL);
      /* One for the whole application, however many windows showed it. */
      g_assert_cmpuint (count_shortcuts_windows (), ==, 1);
      gtk_widget_destroy (GTK_WIDGET (window));
      mms_test_gui_flush ();
    }

  window = new_window ();
  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GVariant) state = NULL;

      mms_test_gui_activate (window, "dark", NULL);
      state = g_action_group_get_action_state (G_ACTION_GROUP (window), "dark");
      g_assert_true (g_variant_get_boolean (state) == (i % 2 == 0));
    }
  mms_test_gui_activate (window, "step", NULL);
  check_scene (window);
  g_assert_cmpuint (count_shortcuts_windows (), ==, 1);
  gtk_widget_destroy (GTK_WIDGET (window));
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (gtk_events_pending () && g_get_monotonic_time () < end)
        gtk_main_iteration ();
      g_usleep (2000);
    }
}

static void
save_window_png (MmsWindow  *window,
                 const char *name)
{
  GdkWindow *gdk_window = gtk_widget_get_window (GTK_WIDGET (window));
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_get_from_window (gdk_window, 0, 0, gdk_window_get_width (gdk_window),
                                                            gdk_window_get_height (gdk_window));
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                            name, NULL);

  g_assert_nonnull (pixbuf);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
}

static void
test_bad_scenario (void)
{
  MmsWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("mmscope-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.mms", NULL);
  g_autofree char *expected = g_strdup_printf ("%s:3:", path);

  g_assert_true (g_file_set_contents (path, "title \"bad\"\nspawn p\np mmap 16K rwz private anon\n", -1, NULL));
  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (2));
  mms_test_gui_activate (window, "open-file", g_variant_new_string (path));
  g_assert_nonnull (mms_window_get_error (window));
  g_assert_true (g_str_has_prefix (mms_window_get_error (window), expected));
  g_assert_nonnull (strstr (mms_window_get_error (window), "error:"));
  g_assert_cmpstr (mms_window_get_target (window), ==, "fork-cow");
  g_assert_cmpuint (mms_window_get_position (window), ==, 2);
  /* The info bar over the scenario that stays, left in the build
   * directory for inspection. */
  wait_ms (300);
  save_window_png (window, "bad-scenario.png");

  /* Files that parse but fail when they run are refused when they open,
   * as mmscope-cli run refuses them: the open scenario stays, at its step,
   * and still steps both ways. */
  {
    static const struct
    {
      const char *text;
      const char *where;
    } failing[] = {
      { "spawn p\np write nosuch 4K\nspawn q\n", ":2:9: error: label 'nosuch' is not bound" },
      { "spawn p\np mmap 4K rw- as b\np write b\nexpect p rss 1M\nspawn q\n",
        ":4:14: error: expect p rss 1M: found 8K" },
      { "expect free 1M\nspawn p\n", ":1:13: error: expect free 1M: found " },
      { "spawn p\np exit\np mmap 4K rw-\n", ":3:1: error: process 'p' has exited" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (failing); i++)
      {
        g_autofree char *want = g_strconcat (path, failing[i].where, NULL);

        g_assert_true (g_file_set_contents (path, failing[i].text, -1, NULL));
        mms_test_gui_activate (window, "open-file", g_variant_new_string (path));
        g_assert_nonnull (mms_window_get_error (window));
        g_assert_true (g_str_has_prefix (mms_window_get_error (window), want));
        g_assert_cmpstr (mms_window_get_target (window), ==, "fork-cow");
        g_assert_cmpuint (mms_window_get_position (window), ==, 2);
        mms_test_gui_activate (window, "step", NULL);
        g_assert_cmpuint (mms_window_get_position (window), ==, 3);
        mms_test_gui_activate (window, "back", NULL);
        g_assert_cmpuint (mms_window_get_position (window), ==, 2);
        check_scene (window);
      }
  }

  /* A FIFO with no writer is refused at once, not waited on. */
  {
    g_autofree char *fifo = g_build_filename (dir, "fifo.mms", NULL);

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    mms_test_gui_activate (window, "open-file", g_variant_new_string (fifo));
    g_assert_nonnull (mms_window_get_error (window));
    g_assert_true (g_str_has_prefix (mms_window_get_error (window), fifo));
    g_assert_cmpstr (mms_window_get_target (window), ==, "fork-cow");
    g_unlink (fifo);
  }

  /* A good file opens and clears the bar. */
  g_assert_true (g_file_set_contents (path, "title \"good\"\nspawn p\np mmap 16K rw- private anon\n", -1, NULL));
  mms_test_gui_activate (window, "open-file", g_variant_new_string (path));
  g_assert_null (mms_window_get_error (window));
  g_assert_cmpstr (mms_window_get_target (window), ==, path);
  g_assert_cmpuint (mms_window_get_n_steps (window), ==, 2);

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* Animation off: the actions' effects are immediate. */
static void
set_animate (MmsWindow *window,
             gboolean   animate)
{
  g_action_group_change_action_state (G_ACTION_GROUP (window), "animate", g_variant_new_boolean (animate));
  mms_test_gui_flush ();
}

static guint64
state_hash (MmsWindow *window)
{
  return mms_runner_state_hash (mms_window_get_runner (window));
}

/* Forward N steps then back N, through the window's actions, reaches the
 * same states (state hashes) for every built-in scenario; stepping into
 * events and back out of them moves within a step. */
static void
test_time_travel (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  MmsWindow *window = new_window ();

  set_animate (window, FALSE);
  /* Under the sanitizers (mms-test-quick.h) the window is not drawn: the
   * states are the engine's, and /gui/every-builtin draws every view. */
  if (g_getenv ("MMS_TEST_QUICK") != NULL)
    gtk_widget_hide (GTK_WIDGET (window));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
      guint n, pos;

      guint walk;
      guint64 end_hash;

      mms_test_gui_activate (window, "open-builtin", g_variant_new_string (names[i]));
      n = mms_window_get_n_steps (window);
      /* Under MMS_TEST_QUICK, a long scenario's first steps only, and its
       * end reached by goto-step (mms-test-quick.h). */
      walk = mms_test_walk_steps (n);
      for (pos = 0; pos <= walk; pos++)
        {
          guint64 h = state_hash (window);

          g_array_append_val (hashes, h);
          if (pos < walk)
            mms_test_gui_activate (window, "step-over", NULL);
        }
      g_assert_cmpuint (mms_window_get_position (window), ==, walk);
      mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (n));
      g_assert_cmpuint (mms_window_get_position (window), ==, n);
      end_hash = state_hash (window);
      if (walk == n)
        g_assert_cmpuint (end_hash, ==, g_array_index (hashes, guint64, n));
      else
        {
          mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (walk));
          g_assert_cmpuint (state_hash (window), ==, g_array_index (hashes, guint64, walk));
        }
      for (pos = walk; pos > 0; pos--)
        {
          mms_test_gui_activate (window, "step-back", NULL);
          g_assert_cmpuint (mms_window_get_position (window), ==, pos - 1);
          g_assert_cmpuint (state_hash (window), ==, g_array_index (hashes, guint64, pos - 1));
        }

      /* Into the first step's events and back. */
      mms_test_gui_activate (window, "step-into", NULL);
      g_assert_cmpuint (mms_window_get_position (window), ==, 1);
      g_assert_cmpuint (mms_player_get_event (mms_window_get_player (window)), ==, 1);
      g_assert_cmpuint (state_hash (window), ==, g_array_index (hashes, guint64, 1));
      mms_test_gui_activate (window, "step-into", NULL);
      g_assert_cmpuint (mms_player_get_event (mms_window_get_player (window)), ==,
                        MIN (2, mms_player_get_n_events (mms_window_get_player (window))));
      mms_test_gui_activate (window, "event-back", NULL);
      mms_test_gui_activate (window, "step-over", NULL);
      g_assert_true (mms_timeline_at_step_end (mms_player_get_timeline (mms_window_get_player (window))));
      mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (n));
      g_assert_cmpuint (state_hash (window), ==, end_hash);
      mms_test_gui_activate (window, "reset", NULL);
      g_assert_cmpuint (state_hash (window), ==, g_array_index (hashes, guint64, 0));
    }
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* The console: a statement runs as a new step; a bad one shows its error
 * in place and changes nothing; the session saves as a .mms file. */
static void
test_console (void)
{
  MmsWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("mmscope-console-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "session.mms", NULL);
  g_autoptr(MmsScenario) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  guint64 hash;

  set_animate (window, FALSE);
  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  n = mms_window_get_n_steps (window);
  mms_test_gui_activate (window, "console-run", g_variant_new_string ("parent mmap 64K rw- as buf2"));
  g_assert_null (mms_window_get_console_error (window));
  g_assert_cmpuint (mms_window_get_n_steps (window), ==, n + 1);
  g_assert_cmpuint (mms_window_get_position (window), ==, n + 1);
  g_assert_nonnull (strstr (mms_window_get_statement_text (window), "parent mmap 64K rw- as buf2"));

  hash = state_hash (window);
  mms_test_gui_activate (window, "console-run", g_variant_new_string ("parent mmap 64Q rw-"));
  g_assert_nonnull (mms_window_get_console_error (window));
  g_assert_true (g_str_has_prefix (mms_window_get_console_error (window), "fork-cow.mms:"));
  g_assert_nonnull (strstr (mms_window_get_console_error (window), ":13: error: "));
  g_assert_cmpuint (mms_window_get_n_steps (window), ==, n + 1);
  g_assert_cmpuint (state_hash (window), ==, hash);

  /* Wrong at run time: an unknown label. */
  mms_test_gui_activate (window, "console-run", g_variant_new_string ("parent write nosuch 4K"));
  g_assert_nonnull (strstr (mms_window_get_console_error (window), "nosuch"));
  g_assert_cmpuint (mms_window_get_n_steps (window), ==, n + 1);
  g_assert_cmpuint (mms_window_get_position (window), ==, n + 1);
  g_assert_cmpuint (state_hash (window), ==, hash);
  g_assert_null (mms_window_get_error (window));

  /* Header lines and checks are not steps: refused, nothing appended. */
  {
    static const char * const refused[] = { "machine ram=32M", "title \"x\"", "expect ok",
                                            "expect free 1M", "spawn a\nspawn b", "\x01\x02" };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        mms_test_gui_activate (window, "console-run", g_variant_new_string (refused[i]));
        g_assert_nonnull (strstr (mms_window_get_console_error (window), ": error: "));
        g_assert_cmpuint (mms_window_get_n_steps (window), ==, n + 1);
        g_assert_cmpuint (state_hash (window), ==, hash);
      }
  }

  /* From the middle, a statement goes after the last step; the note
   * typed before a statement that failed goes with the next one. */
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (2));
  mms_test_gui_activate (window, "console-run", g_variant_new_string ("note \"The parent writes.\""));
  g_assert_null (mms_window_get_console_error (window));
  mms_test_gui_activate (window, "console-run", g_variant_new_string ("parent write nosuch"));
  g_assert_nonnull (mms_window_get_console_error (window));
  mms_test_gui_activate (window, "console-run", g_variant_new_string ("parent write buf2 8K"));
  g_assert_null (mms_window_get_console_error (window));
  g_assert_cmpuint (mms_window_get_position (window), ==, n + 2);
  g_assert_cmpstr (mms_window_get_note_text (window), ==, "The parent writes.");

  /* A session saved over a FIFO (or a device such as /dev/null) writes
   * it in place, or fails: the node is never replaced by a regular file.
   * A folder is refused. */
  {
    g_autofree char *fifo = g_build_filename (dir, "fifo.mms", NULL);
    GStatBuf st;

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    mms_test_gui_activate (window, "save-session", g_variant_new_string (fifo));
    g_assert_nonnull (mms_window_get_error (window));
    g_assert_cmpint (g_stat (fifo, &st), ==, 0);
    g_assert_true (S_ISFIFO (st.st_mode));
    g_unlink (fifo);
    mms_test_gui_activate (window, "save-session", g_variant_new_string (dir));
    g_assert_nonnull (strstr (mms_window_get_error (window), "is a directory"));
    g_assert_cmpint (g_stat (dir, &st), ==, 0);
    g_assert_true (S_ISDIR (st.st_mode));
  }

  mms_test_gui_activate (window, "save-session", g_variant_new_string (path));
  saved = mms_scenario_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->steps->len, ==, n + 2);
  g_assert_cmpstr (((MmsStmt *) saved->steps->pdata[n])->text, ==, "parent mmap 64K rw- as buf2");
  g_assert_cmpstr (((MmsStmt *) saved->steps->pdata[n + 1])->note, ==, "The parent writes.");

  gtk_widget_destroy (GTK_WIDGET (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* Stepping animates on the frame clock, and the animation ends at the
 * state after the step; a PNG of the middle of the fork and of a
 * copy-on-write fault is left in the build directory for inspection. */
static void
test_animation_frames (void)
{
  MmsWindow *window = new_window ();
  MmsPlayer *player = mms_window_get_player (window);

  set_animate (window, TRUE);
  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (3));
  wait_ms (100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "step", NULL);
  wait_ms (300);
  g_assert_true (mms_player_is_animating (player));
  save_window_png (window, "anim-fork.png");
  mms_test_gui_activate (window, "skip-animation", NULL);
  g_assert_false (mms_player_is_animating (player));
  g_assert_cmpuint (mms_window_get_position (window), ==, 4);

  g_action_group_activate_action (G_ACTION_GROUP (window), "step", NULL);
  wait_ms (600);
  save_window_png (window, "anim-cow.png");
  wait_ms (2000);
  g_assert_false (mms_player_is_animating (player));
  save_window_png (window, "anim-cow-end.png");
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Open running process: this test process itself, a refresh, and a
 * process that does not exist (the info bar, the scenario stays). */
static void
test_open_process (void)
{
  MmsWindow *window = new_window ();
  g_autofree char *suffix = g_strdup_printf ("process-%d.mms", (int) getpid ());
  g_autofree char *target = NULL;
  struct task_struct *task;

#if defined(__SANITIZE_ADDRESS__)
  /* Under ASan this process maps terabytes of shadow memory, whose
   * snapshot would take far longer than the test may. */
  g_test_skip ("the snapshot of an ASan process is too large to test");
  gtk_widget_destroy (GTK_WIDGET (window));
  return;
#endif
  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  g_assert_false (enabled (window, "refresh-process"));
  mms_test_gui_activate (window, "open-process", g_variant_new_int32 (getpid ()));
  g_assert_null (mms_window_get_error (window));
  g_assert_true (g_str_has_suffix (mms_window_get_target (window), suffix));
  g_assert_cmpuint (mms_window_get_position (window), ==, mms_window_get_n_steps (window));
  task = mms_runner_lookup_task (mms_window_get_runner (window), "main");
  g_assert_nonnull (task);
  g_assert_nonnull (task->mm);
  /* A GTK test program maps its libraries: many VMAs. */
  g_assert_cmpint (task->mm->map_count, >, 20);
  check_scene (window);

  g_assert_true (enabled (window, "refresh-process"));
  mms_test_gui_activate (window, "refresh-process", NULL);
  g_assert_null (mms_window_get_error (window));
  g_assert_true (g_str_has_suffix (mms_window_get_target (window), suffix));

  target = g_strdup (mms_window_get_target (window));
  mms_test_gui_activate (window, "open-process", g_variant_new_int32 (4194000));
  g_assert_nonnull (mms_window_get_error (window));
  g_assert_cmpstr (mms_window_get_target (window), ==, target);
  gtk_widget_destroy (GTK_WIDGET (window));
}

/* Exercise mode: Step asks first; one answer right, one wrong, the score;
 * a typed answer; then the class votes and the teacher reveals. */
static void
test_exercise (void)
{
  MmsWindow *window = new_window ();
  const MmsQuestion *q;
  guint asked = 0, wrong;

  mms_test_gui_activate (window, "open-builtin", g_variant_new_string ("fork-cow"));
  /* The header toggle turns the mode on. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "exercise", g_variant_new_boolean (TRUE));
  mms_test_gui_flush ();
  g_assert_cmpstr (mms_exercise_get_score_text (window), ==, "Score: 0 of 0");

  /* Step: the question about step 1, and the step waits. */
  mms_test_gui_activate (window, "step", NULL);
  q = mms_exercise_get_pending (window);
  g_assert_nonnull (q);
  g_assert_cmpuint (q->step, ==, 1);
  g_assert_cmpuint (mms_window_get_position (window), ==, 0);
  mms_test_gui_activate (window, "step", NULL);
  g_assert_cmpuint (mms_window_get_position (window), ==, 0);

  /* The right choice (or the right number), then Answer: the step runs. */
  if (q->choices->len > 0)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mms_exercise_get_choice (window, q->correct)), TRUE);
  else
    gtk_entry_set_text (GTK_ENTRY (mms_exercise_get_entry (window)), q->answer);
  gtk_button_clicked (GTK_BUTTON (mms_exercise_get_answer_button (window)));
  mms_test_gui_flush ();
  g_assert_null (mms_exercise_get_pending (window));
  g_assert_cmpuint (mms_window_get_position (window), ==, 1);
  g_assert_cmpuint (mms_exercise_get_score (window, &asked), ==, 1);
  g_assert_cmpuint (asked, ==, 1);
  g_assert_cmpstr (mms_exercise_get_score_text (window), ==, "Score: 1 of 1");
  g_assert_true (g_str_has_prefix (mms_exercise_get_feedback (window), "Right: "));

  /* The next question answered wrong. */
  mms_test_gui_activate (window, "step", NULL);
  q = mms_exercise_get_pending (window);
  g_assert_nonnull (q);
  g_assert_cmpuint (q->step, ==, 2);
  if (q->choices->len > 0)
    {
      wrong = q->correct == 0 ? 1 : 0;
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mms_exercise_get_choice (window, wrong)), TRUE);
    }
  else
    gtk_entry_set_text (GTK_ENTRY (mms_exercise_get_entry (window)), "123456789");
  gtk_button_clicked (GTK_BUTTON (mms_exercise_get_answer_button (window)));
  mms_test_gui_flush ();
  g_assert_cmpuint (mms_window_get_position (window), ==, 2);
  g_assert_cmpstr (mms_exercise_get_score_text (window), ==, "Score: 1 of 2");
  g_assert_true (g_str_has_prefix (mms_exercise_get_feedback (window), "Wrong. The answer: "));
  /* The explanation is the step's narration. */
  g_assert_nonnull (strstr (mms_exercise_get_feedback (window), "16 KiB of anonymous memory"));
  wait_ms (300);
  save_window_png (window, "exercise-marked.png");

  /* The class votes on step 3's question; the teacher reveals. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mms_exercise_get_vote_toggle (window)), TRUE);
  mms_test_gui_activate (window, "step", NULL);
  q = mms_exercise_get_pending (window);
  g_assert_nonnull (q);
  g_assert_true (gtk_widget_get_visible (mms_exercise_get_reveal_button (window)));
  if (q->choices->len > 0)
    {
      /* Two votes for the right choice, one for another. */
      gtk_button_clicked (GTK_BUTTON (mms_exercise_get_choice (window, q->correct)));
      gtk_button_clicked (GTK_BUTTON (mms_exercise_get_choice (window, q->correct)));
      gtk_button_clicked (GTK_BUTTON (mms_exercise_get_choice (window, q->correct == 0 ? 1 : 0)));
      g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (mms_exercise_get_choice (window, q->correct))),
                                "(2 votes)"));
    }
  else
    gtk_entry_set_text (GTK_ENTRY (mms_exercise_get_entry (window)), q->answer);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  mms_test_gui_flush ();
  /* The vote as the class sees it, left in the build directory. */
  wait_ms (300);
  save_window_png (window, "exercise-vote.png");
  gtk_button_clicked (GTK_BUTTON (mms_exercise_get_reveal_button (window)));
  mms_test_gui_flush ();
  g_assert_cmpuint (mms_window_get_position (window), ==, 3);
  g_assert_cmpstr (mms_exercise_get_score_text (window), ==, "Score: 2 of 3");

  /* A question about a state the window has left is dropped. */
  mms_test_gui_activate (window, "step", NULL);
  g_assert_nonnull (mms_exercise_get_pending (window));
  g_assert_cmpuint (mms_exercise_get_pending (window)->step, ==, 4);
  mms_test_gui_activate (window, "goto-step", g_variant_new_uint32 (6));
  mms_test_gui_activate (window, "step", NULL);
  g_assert_nonnull (mms_exercise_get_pending (window));
  g_assert_cmpuint (mms_exercise_get_pending (window)->step, ==, 7);
  g_assert_cmpuint (mms_window_get_position (window), ==, 6);

  /* Off: Step steps again. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "exercise", g_variant_new_boolean (FALSE));
  mms_test_gui_flush ();
  mms_test_gui_activate (window, "step", NULL);
  g_assert_cmpuint (mms_window_get_position (window), ==, 7);
  gtk_widget_destroy (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = mms_test_gui_init (&argc, &argv);
  if (app == NULL)
    return 77;

  g_test_add_func ("/gui/every-builtin", test_every_builtin);
  g_test_add_func ("/gui/threads", test_threads);
  g_test_add_func ("/gui/goto", test_goto);
  g_test_add_func ("/gui/open-process", test_open_process);
  g_test_add_func ("/gui/views", test_views);
  g_test_add_func ("/gui/vma-tree-switch", test_vma_tree_switch);
  g_test_add_func ("/gui/heap-view", test_heap_view);
  g_test_add_func ("/gui/views/after-closed-windows", test_views_after_closed_windows);
  g_test_add_func ("/gui/bad-scenario", test_bad_scenario);
  g_test_add_func ("/gui/time-travel", test_time_travel);
  g_test_add_func ("/gui/console", test_console);
  g_test_add_func ("/gui/animation-frames", test_animation_frames);
  g_test_add_func ("/gui/exercise", test_exercise);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
