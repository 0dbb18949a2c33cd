/* test-gui-monkey.c: thousands of random clicks, keys, scrolls, zooms,
 * scenario loads and console statements against a real window under Xvfb.
 * The test environment makes every GLib/GTK warning and critical fatal,
 * so the run passes only if nothing crashes and nothing complains. */
#include "mms-config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <gdk/gdkkeysyms.h>
#include <sys/stat.h>

#include "mms-application.h"
#include "mms-test-gui.h"
#include "mms-builtin.h"
#include "mms-window.h"

static MmsApplication *app;

static void
flush (void)
{
  for (guint i = 0; i < 50 && gtk_events_pending (); i++)
    gtk_main_iteration ();
}

static void
activate_if_enabled (MmsWindow  *window,
                     const char *action,
                     GVariant   *param)
{
  GActionGroup *group = G_ACTION_GROUP (window);

  if (!g_action_group_has_action (group, action))
    {
      if (param != NULL)
        g_variant_unref (g_variant_ref_sink (param));
      return;
    }
  if (g_action_group_get_action_enabled (group, action))
    g_action_group_activate_action (group, action, param);
  else if (param != NULL)
    g_variant_unref (g_variant_ref_sink (param));
}

/* A key press and release on WIDGET's toplevel, as the keyboard sends it. */
static void
send_key (GtkWidget       *widget,
          guint            keyval,
          GdkModifierType  mods)
{
  GdkWindow *win = gtk_widget_get_window (gtk_widget_get_toplevel (widget));
  GdkKeymap *keymap;
  GdkKeymapKey *keys = NULL;
  gint n_keys = 0;
  GdkEvent *event;

  if (win == NULL)
    return;
  keymap = gdk_keymap_get_for_display (gdk_window_get_display (win));
  event = gdk_event_new (GDK_KEY_PRESS);
  event->key.window = g_object_ref (win);
  event->key.keyval = keyval;
  event->key.state = mods;
  event->key.time = GDK_CURRENT_TIME;
  if (gdk_keymap_get_entries_for_keyval (keymap, keyval, &keys, &n_keys) && n_keys > 0)
    {
      event->key.hardware_keycode = keys[0].keycode;
      event->key.group = keys[0].group;
    }
  g_free (keys);
  gdk_event_set_device (event, gdk_seat_get_keyboard (gdk_display_get_default_seat (
                                 gdk_window_get_display (win))));
  gtk_main_do_event (event);
  event->type = GDK_KEY_RELEASE;
  gtk_main_do_event (event);
  gdk_event_free (event);
}

/* A pointer event at (x, y) in WIDGET: motion, button press and release,
 * or a scroll (with Ctrl: zoom). */
static void
pointer_event (GtkWidget *widget,
               GRand     *rand)
{
  GdkWindow *win = gtk_widget_get_window (widget);
  GtkAllocation alloc;
  GdkEvent *event;
  GdkSeat *seat;
  double x, y;
  guint kind = g_rand_int_range (rand, 0, 4);

  if (win == NULL)
    return;
  gtk_widget_get_allocation (widget, &alloc);
  x = g_rand_double_range (rand, 0, MAX (alloc.width, 1));
  y = g_rand_double_range (rand, 0, MAX (alloc.height, 1));
  seat = gdk_display_get_default_seat (gdk_window_get_display (win));

  switch (kind)
    {
    case 0:
      event = gdk_event_new (GDK_MOTION_NOTIFY);
      event->motion.window = g_object_ref (win);
      event->motion.x = x;
      event->motion.y = y;
      event->motion.time = GDK_CURRENT_TIME;
      break;
    case 1:
    case 2:
      event = gdk_event_new (kind == 1 ? GDK_BUTTON_PRESS : GDK_2BUTTON_PRESS);
      event->button.window = g_object_ref (win);
      event->button.x = x;
      event->button.y = y;
      event->button.button = 1;
      event->button.time = GDK_CURRENT_TIME;
      break;
    default:
      event = gdk_event_new (GDK_SCROLL);
      event->scroll.window = g_object_ref (win);
      event->scroll.x = x;
      event->scroll.y = y;
      event->scroll.direction = g_rand_boolean (rand) ? GDK_SCROLL_UP : GDK_SCROLL_DOWN;
      event->scroll.state = g_rand_boolean (rand) ? GDK_CONTROL_MASK : 0;
      event->scroll.time = GDK_CURRENT_TIME;
      break;
    }
  gdk_event_set_device (event, gdk_seat_get_pointer (seat));
  gtk_main_do_event (event);
  if (kind == 1 || kind == 2)
    {
      GdkEvent *release = gdk_event_copy (event);
      release->type = GDK_BUTTON_RELEASE;
      gtk_main_do_event (release);
      gdk_event_free (release);
    }
  gdk_event_free (event);
}

static const char * const statements[] = {
  "p mmap 64K rw- as x", "p write x 16K", "p munmap x 4K", "p fork q", "q exit",
  "spawn p", "kernel alloc_pages 3 as blk", "kernel free_pages blk", "p mprotect x 8K r--",
  "p mmap 0 rw-", "garbage here", "p read 0", "kernel kmalloc 100 as k", "p brk +64K",
  "spawn", "\"unterminated", "p mremap x 64K 128K maymove",
  "p malloc 100 as m", "p free m", "p malloc 200K as big", "p calloc 4 100 as c",
};

static void
test_monkey (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261125);
  g_autofree char *dir = g_dir_make_tmp ("mmscope-monkey-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.mms", NULL);
  g_autofree char *good = g_build_filename (dir, "good.mms", NULL);
  g_autofree char *failing = g_build_filename (dir, "failing.mms", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.mms", NULL);
  const char *files[] = { NULL, NULL, NULL, NULL };
  MmsWindow *window = mms_window_new (app);
  GtkWidget *view;
  const char *actions[] = { "step", "back", "reset", "go-end", "step-into", "event-back",
                            "step-back", "skip-animation", "zoom-in", "zoom-out", "zoom-reset" };
  const char *views[] = { "all", "layout", "mm", "vma-tree", "page-table", "physical", "slab",
                          "events", "heap" };
  const guint keys[] = { GDK_KEY_space, GDK_KEY_Left, GDK_KEY_Right, GDK_KEY_Home, GDK_KEY_End,
                         GDK_KEY_Escape, GDK_KEY_plus, GDK_KEY_minus, GDK_KEY_Tab };
#if defined(__SANITIZE_ADDRESS__)
  guint n_ops = 500;    /* ASan makes every redraw several times slower */
#else
  guint n_ops = 3000;
#endif

  /* valgrind (meson test --setup=valgrind) 30-50 times slower still. */
  if (g_getenv ("MMS_TEST_UNDER_VALGRIND") != NULL)
    n_ops = 300;

  g_assert_true (g_file_set_contents (bad, "title \"bad\"\nspawn p\np mmap 4Q rw-\n", -1, NULL));
  g_assert_true (g_file_set_contents (good, "spawn p\np mmap 64K rw- as x\np write x 64K\n", -1, NULL));
  /* Bad at run time (an expect fails at step 2), and a FIFO no one writes:
   * refused as they open, like the bad one. */
  g_assert_true (g_file_set_contents (failing, "spawn p\np mmap 64K rw- as x\nexpect p rss 1M\n"
                                      "p write x 64K\n", -1, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  files[0] = bad;
  files[1] = good;
  files[2] = failing;
  files[3] = fifo;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 664);
  gtk_widget_show (GTK_WIDGET (window));
  flush ();
  view = GTK_WIDGET (mms_window_get_scene_view (window));
  activate_if_enabled (window, "open-builtin", g_variant_new_string ("fork-cow"));
  flush ();

  for (guint op = 0; op < n_ops; op++)
    {
      guint r = g_rand_int_range (rand, 0, 100);

      if (r < 30)
        activate_if_enabled (window, actions[g_rand_int_range (rand, 0, G_N_ELEMENTS (actions))], NULL);
      else if (r < 50)
        pointer_event (view, rand);
      else if (r < 65)
        send_key (GTK_WIDGET (window), keys[g_rand_int_range (rand, 0, G_N_ELEMENTS (keys))],
                  g_rand_int_range (rand, 0, 4) == 0 ? GDK_SHIFT_MASK : 0);
      else if (r < 72)
        activate_if_enabled (window, "open-builtin",
                             g_variant_new_string (names[g_rand_int_range (rand, 0, g_strv_length (names))]));
      else if (r < 75)
        activate_if_enabled (window, "open-file",
                             g_variant_new_string (files[g_rand_int_range (rand, 0, G_N_ELEMENTS (files))]));
      else if (r < 82)
        activate_if_enabled (window, "view",
                             g_variant_new_string (views[g_rand_int_range (rand, 0, G_N_ELEMENTS (views))]));
      else if (r < 86)
        activate_if_enabled (window, "process", g_variant_new_int32 (g_rand_int_range (rand, -1, 4)));
      else if (r < 88)
        activate_if_enabled (window, "dark", NULL);
      else if (r < 95)
        activate_if_enabled (window, "console-run",
                             g_variant_new_string (statements[g_rand_int_range (rand, 0, G_N_ELEMENTS (statements))]));
      else if (r < 97)
        activate_if_enabled (window, "goto-step", g_variant_new_uint32 (g_rand_int_range (rand, 0, 40)));
      else
        {
          /* A resize, as when a projector is plugged in. */
          gtk_window_resize (GTK_WINDOW (window), g_rand_int_range (rand, 640, 1600),
                             g_rand_int_range (rand, 400, 1000));
        }
      flush ();
      /* The window always holds a scenario and a sane position. */
      g_assert_nonnull (mms_window_get_target (window));
      g_assert_cmpuint (mms_window_get_position (window), <=, mms_window_get_n_steps (window));
    }

  /* Stop playing before the window goes. */
  if (g_action_group_has_action (G_ACTION_GROUP (window), "play"))
    g_action_group_change_action_state (G_ACTION_GROUP (window), "play", g_variant_new_boolean (FALSE));
  gtk_widget_destroy (GTK_WIDGET (window));
  flush ();
  g_unlink (bad);
  g_unlink (good);
  g_unlink (failing);
  g_unlink (fifo);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = mms_test_gui_init (&argc, &argv);
  if (app == NULL)
    return 77;
  g_test_add_func ("/gui/monkey", test_monkey);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
