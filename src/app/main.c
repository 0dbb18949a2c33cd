/* main.c: mmscope, the GTK application. */
#include "mms-config.h"

#include <locale.h>

#include "mms-application.h"
#include "mms-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MmsApplication) app = NULL;

  /* Everything is drawn with cairo: GDK need not load the OpenGL driver to
   * pick GL visuals at start-up (about a third of the time to the first
   * frame under Xvfb's software GL).  GDK_GL set by the user wins. */
  g_setenv ("GDK_GL", "disable", FALSE);
  setlocale (LC_ALL, "");
  mms_i18n_init ();
  g_set_prgname ("mmscope");
  g_set_application_name ("mmscope");
  app = mms_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
