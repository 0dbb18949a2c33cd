/* mms-cli-quiz.h: `mmscope-cli quiz` (spec/cli.md). */
#pragma once

/* Runs `mmscope-cli quiz ARGS...` (ARGV[1] is "quiz"); returns the exit
 * status: 0 success, 1 a scenario or output error, 2 a usage error. */
int mms_cli_quiz (int    argc,
                  char **argv);
