/* mms-cli-common.c: see mms-cli-common.h. */
#include "mms-config.h"

#include "mms-cli-common.h"

#include <stdio.h>

#include "mms-i18n.h"

int
mms_cli_usage_error (const char *format,
                     ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "mmscope-cli: %s\n", msg);
  fputs (_("Try 'mmscope-cli --help' for more information.\n"), stderr);
  return EXIT_USAGE;
}
