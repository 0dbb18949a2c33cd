/* mms-application.c: the application: command line, resources, windows.
 *
 *   mmscope [FILE.mms | NAME] [--step N]
 *
 * A FILE that exists wins over a built-in scenario of the same NAME (as in
 * mms_scenario_open()).  Every invocation opens a window of its own
 * (G_APPLICATION_NON_UNIQUE keeps tests and classrooms independent). */
#include "mms-config.h"

#include "mms-application.h"
#include "mms-window.h"
#include "mms-window-extras.h"
#include "mms-i18n.h"

struct _MmsApplication
{
  GtkApplication parent_instance;
  gint64 start_time;
};

G_DEFINE_FINAL_TYPE (MmsApplication, mms_application, GTK_TYPE_APPLICATION)

static const GOptionEntry entries[] = {
  { "step", 's', 0, G_OPTION_ARG_INT, NULL, N_("Show the state after step N"), "N" },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

static gint
mms_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("mmscope %s\n", MMS_VERSION);
      return 0;
    }
  if (g_variant_dict_contains (options, "step"))
    {
      gint32 step = 0;
      g_variant_dict_lookup (options, "step", "i", &step);
      if (step < 0)
        {
          g_printerr ("mmscope: %s\n%s", _("--step wants a number of steps, 0 or more"),
                      _("Try 'mmscope --help' for more information.\n"));
          return 2;
        }
    }
  return -1;
}

static gint
mms_application_command_line (GApplication            *app,
                              GApplicationCommandLine *cmdline)
{
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree const char **rest = NULL;
  g_autofree char *target = NULL;
  gint32 step = -1;
  MmsWindow *window;

  g_variant_dict_lookup (options, "step", "i", &step);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  if (rest != NULL && rest[0] != NULL && rest[1] != NULL)
    {
      g_application_command_line_printerr (cmdline, "mmscope: %s\n%s", _("one scenario at a time"),
                                           _("Try 'mmscope --help' for more information.\n"));
      return 2;
    }
  if (rest != NULL && rest[0] != NULL)
    {
      /* A relative path is relative to the caller's directory. */
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, rest[0]);
      g_autofree char *path = g_file_get_path (file);
      target = path != NULL && g_file_test (path, G_FILE_TEST_EXISTS) ? g_strdup (path) : g_strdup (rest[0]);
    }
  else
    target = g_strdup (MMS_DEFAULT_SCENARIO);

  window = mms_window_new (MMS_APPLICATION (app));
  mms_window_open (window, target, step < 0 ? 0 : (guint) step);
  gtk_window_present (GTK_WINDOW (window));
  return 0;
}

static void
mms_application_startup (GApplication *app)
{
  /* As in a debugger: Right and Left move by an event, with Shift by a step. */
  static const char * const step_accels[] = { "<Shift>Right", "n", NULL };
  static const char * const back_accels[] = { "<Shift>Left", "BackSpace", NULL };
  static const char * const step_into_accels[] = { "Right", NULL };
  static const char * const event_back_accels[] = { "Left", NULL };
  static const char * const skip_accels[] = { "s", NULL };
  static const char * const play_accels[] = { "space", NULL };
  static const char * const reset_accels[] = { "Home", NULL };
  static const char * const end_accels[] = { "End", NULL };
  static const char * const open_accels[] = { "<Control>o", NULL };
  static const char * const all_accels[] = { "Escape", NULL };
  static const char * const zoom_in_accels[] = { "<Control>plus", "<Control>equal", NULL };
  static const char * const zoom_out_accels[] = { "<Control>minus", NULL };
  static const char * const zoom_reset_accels[] = { "<Control>0", NULL };
  static const char * const quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (mms_application_parent_class)->startup (app);
  mms_window_extras_startup (GTK_APPLICATION (app));

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.step", step_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.back", back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.step-into", step_into_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.event-back", event_back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.skip-animation", skip_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.play", play_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.reset", reset_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.go-end", end_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.view::all", all_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.zoom-in", zoom_in_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.zoom-out", zoom_out_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.zoom-reset", zoom_reset_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.close", quit_accels);

  gtk_css_provider_load_from_resource (css, "/io/github/mmscope/Mmscope/ui/style.css");
  gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (css),
                                             GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
mms_application_activate (GApplication *app)
{
  MmsWindow *window = mms_window_new (MMS_APPLICATION (app));

  mms_window_open (window, MMS_DEFAULT_SCENARIO, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
mms_application_class_init (MmsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = mms_application_handle_local_options;
  app_class->command_line = mms_application_command_line;
  app_class->startup = mms_application_startup;
  app_class->activate = mms_application_activate;
}

static void
mms_application_init (MmsApplication *self)
{
  g_autofree char *summary = NULL;

  self->start_time = g_get_monotonic_time ();
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), "[FILE.mms | NAME]");
  /* Translators: %s is the name of the default scenario; keep NAME. */
  summary = g_strdup_printf (_("Show how Linux manages a process's memory, step by step.\n"
                               "NAME is a built-in scenario (mmscope-cli list); the default is %s."),
                             MMS_DEFAULT_SCENARIO);
  g_application_set_option_context_summary (G_APPLICATION (self), summary);
}

MmsApplication *
mms_application_new (void)
{
  return g_object_new (MMS_TYPE_APPLICATION,
                       "application-id", MMS_APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE,
                       NULL);
}

gint64
mms_application_get_start_time (MmsApplication *self)
{
  g_return_val_if_fail (MMS_IS_APPLICATION (self), 0);
  return self->start_time;
}
