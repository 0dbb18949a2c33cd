/* main.c: mmscope, the GTK application. */
#include "mms-config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mms-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MmsApplication) app = NULL;

  setlocale (LC_ALL, "");
  g_set_prgname ("mmscope");
  g_set_application_name ("mmscope");
  app = mms_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
