/* fuzz-strace.c: the strace importer (mmscope-cli import-strace) against
 * any bytes.
 *
 * Every input either parses or fails with one error of the form
 * FILE:LINE:COLUMN: error: MESSAGE.  A parsed trace becomes a scenario, and
 * that scenario must itself parse: the importer never writes a file that
 * mmscope-cli would refuse.  (The --check replay loads the real ELF files
 * the trace names, so it is not fuzzed here.) */
#include <string.h>

#include "fuzz-common.h"
#include "mms-scenario.h"
#include "mms-strace.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autofree char *text = NULL;

  trace = mms_trace_parse ("fuzz.strace", (const char *) data, size, &error);
  if (trace == NULL)
    {
      /* (The message may quote bytes that are not UTF-8: the importer
       * echoes the offending token as it was.) */
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.strace:")
          || strstr (error->message, ": error: ") == NULL)
        {
          g_printerr ("badly formed error: %s\n", error != NULL ? error->message : "(none)");
          abort ();
        }
      return 0;
    }

  /* Warnings name the trace and a line. */
  for (guint i = 0; i < trace->warnings->len; i++)
    if (!g_str_has_prefix (trace->warnings->pdata[i], "fuzz.strace:")
        || strstr (trace->warnings->pdata[i], ": warning: ") == NULL)
      {
        g_printerr ("badly formed warning: %s\n", (char *) trace->warnings->pdata[i]);
        abort ();
      }
  text = mms_trace_to_scenario (trace);
  if (text == NULL)
    abort ();
  scenario = mms_scenario_parse ("fuzz.mms", text, -1, &error);
  if (scenario == NULL)
    {
      g_printerr ("the imported scenario does not parse: %s\n---\n%s---\n", error->message, text);
      abort ();
    }
  return 0;
}
