/* mms-cli-export.h: `mmscope-cli export` (spec/cli.md). */
#pragma once

/* Runs `mmscope-cli export ARGS...` (ARGV[1] is "export"); returns the
 * exit status: 0 success, 1 a scenario or output error, 2 a usage error. */
int mms_cli_export (int    argc,
                    char **argv);
