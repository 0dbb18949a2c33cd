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

  setlocale (LC_ALL, "");
  mms_i18n_init ();
  g_set_prgname ("mmscope");
  g_set_application_name ("mmscope");
  app = mms_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
