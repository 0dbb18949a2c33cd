/* mms-test-gui.c: see mms-test-gui.h. */
#include "mms-config.h"

#include "mms-test-gui.h"

MmsApplication *
mms_test_gui_init (int    *argc,
                   char ***argv)
{
  g_autoptr(GError) error = NULL;
  MmsApplication *app;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", g_get_tmp_dir (), FALSE);
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check (argc, argv))
    {
      g_test_skip ("no display (run under xvfb-run)");
      return NULL;
    }
  app = mms_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

void
mms_test_gui_flush (void)
{
  while (gtk_events_pending ())
    gtk_main_iteration ();
}

void
mms_test_gui_activate (MmsWindow  *window,
                       const char *action,
                       GVariant   *param)
{
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), action));
  g_action_group_activate_action (G_ACTION_GROUP (window), action, param);
  mms_test_gui_flush ();
}
