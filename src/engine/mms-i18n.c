/* mms-i18n.c: where the translations are. */
#include "mms-config.h"

#include <locale.h>

#include "mms-i18n.h"

void
mms_i18n_init (void)
{
  g_autofree char *installed = g_build_filename (MMS_LOCALEDIR, "zh_CN", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);
  const char *dir = MMS_LOCALEDIR;

  /* Uninstalled (tests, tools/dev): the build tree's copy. */
  if (!g_file_test (installed, G_FILE_TEST_EXISTS)
      && g_file_test (MMS_BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    dir = MMS_BUILD_LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
