/* mms-cli-common.h: what the commands of mmscope-cli share (spec/cli.md). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The exit statuses. */
enum
{
  EXIT_OK = 0,
  EXIT_INPUT = 1,     /* a scenario or input error, FILE:LINE:COLUMN: error: ... */
  EXIT_USAGE = 2,     /* a usage error, with a one-line hint */
};

/* Prints "mmscope-cli: MESSAGE" and the --help hint on stderr; returns
 * EXIT_USAGE. */
int mms_cli_usage_error (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
