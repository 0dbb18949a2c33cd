/* fuzz-scenario-parse.c: the scenario parser against any bytes.
 *
 * Every input either parses or fails with exactly one error of the form
 * FILE:LINE:COLUMN: error: MESSAGE (or FILE: error: for the whole file);
 * a parsed scenario keeps the invariants mms-parser.c lists. */
#include <string.h>

#include "fuzz-common.h"
#include "mms-scenario.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

static void
check_error_format (const GError *error)
{
  const char *prefix = "fuzz.mms:";
  const char *p;

  if (error->domain != MMS_SCENARIO_ERROR || !g_str_has_prefix (error->message, prefix)
      || strstr (error->message, ": error: ") == NULL)
    {
      g_printerr ("badly formed error: %s\n", error->message);
      abort ();
    }
  /* LINE:COLUMN, both from 1. */
  p = error->message + strlen (prefix);
  if (!g_ascii_isdigit (p[0]) || p[0] == '0')
    {
      g_printerr ("error without a line: %s\n", error->message);
      abort ();
    }
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != ':' || !g_ascii_isdigit (p[1]) || p[1] == '0')
    {
      g_printerr ("error without a column: %s\n", error->message);
      abort ();
    }
  if (!g_utf8_validate (error->message, -1, NULL))
    {
      g_printerr ("error message is not UTF-8\n");
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;

  scenario = mms_scenario_parse ("fuzz.mms", (const char *) data, (gssize) size, &error);
  if (scenario == NULL)
    {
      if (error == NULL)
        abort ();
      check_error_format (error);
      return 0;
    }
  if (error != NULL)
    abort ();

  for (guint i = 0; i < scenario->steps->len; i++)
    {
      const MmsStmt *stmt = scenario->steps->pdata[i];

      if (stmt->index != i + 1 || stmt->loc.line == 0 || stmt->loc.column == 0
          || stmt->text == NULL || !g_utf8_validate (stmt->text, -1, NULL))
        abort ();
    }
  for (guint i = 0; i < scenario->expects->len; i++)
    {
      const MmsExpect *ex = scenario->expects->pdata[i];

      if (ex->after_step > scenario->steps->len
          || (i > 0 && ex->after_step < ((const MmsExpect *) scenario->expects->pdata[i - 1])->after_step))
        abort ();
    }
  return 0;
}
