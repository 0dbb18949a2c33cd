/* fuzz-scenario-run.c: parse and run any scenario, with every invariant
 * checker after every event.
 *
 * So that each input is bounded in time and memory, the machine is clamped
 * to at most 64 MiB of RAM and of swap, only the first MAX_STEPS steps run,
 * and a read, write or fetch touches at most MAX_TOUCH bytes.  The checkers
 * run after every event (see fuzz-common.h for their budget) and after every
 * step.  At the end every report the CLI prints is made too. */
#include "fuzz-common.h"
#include "mms-runner.h"

#define MAX_RAM      (G_GUINT64_CONSTANT (64) << 20)
#define MAX_SWAP     (G_GUINT64_CONSTANT (64) << 20)
#define MAX_STEPS    200
#define MAX_TOUCH    (G_GUINT64_CONSTANT (1) << 20)

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

static void
clamp_scenario (MmsScenario *scenario)
{
  scenario->ram = MIN (scenario->ram, MAX_RAM);
  scenario->swap = MIN (scenario->swap, MAX_SWAP);
  if (scenario->reserve >= scenario->ram)
    scenario->reserve = 0;

  for (guint i = 0; i < scenario->steps->len; i++)
    {
      MmsStmt *stmt = scenario->steps->pdata[i];

      if (stmt->kind == MMS_STMT_READ || stmt->kind == MMS_STMT_WRITE
          || stmt->kind == MMS_STMT_FETCH)
        stmt->len = MIN (stmt->len, MAX_TOUCH);
    }
}

static void
report_everything (MmsRunner *runner)
{
  MmsMachine *m = mms_runner_get_machine (runner);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *json = mms_runner_to_json (runner);

  mms_report_buddyinfo (m, out);
  mms_report_slabinfo (m, out);
  for (guint i = 0; i < m->tasks->len; i++)
    {
      struct task_struct *task = m->tasks->pdata[i];

      if (task->mm == NULL)
        continue;
      mms_report_maps (task->mm, out);
      mms_report_smaps (task->mm, out);
      if (task->mm->mmap != NULL)
        mms_report_pagewalk (task->mm, task->mm->mmap->vm_start, out);
      mms_report_pagewalk (task->mm, task->mm->start_stack, out);
    }
  if (json == NULL || !g_utf8_validate (out->str, out->len, NULL))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  FuzzWatch watch = { 0, FUZZ_CHECK_BUDGET };
  guint steps = 0;

  scenario = mms_scenario_parse ("fuzz.mms", (const char *) data, (gssize) size, &error);
  if (scenario == NULL)
    return 0;
  clamp_scenario (scenario);

  runner = mms_runner_new (scenario, &error);
  if (runner == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.mms:"))
        abort ();
      return 0;
    }
  mms_runner_set_event_func (runner, fuzz_check_after_event_cb, &watch);

  while (!mms_runner_is_done (runner) && steps++ < MAX_STEPS)
    {
      g_autoptr(GError) check_error = NULL;

      if (!mms_runner_step (runner, &error))
        {
          if (error == NULL || !g_str_has_prefix (error->message, "fuzz.mms:")
              || g_strstr_len (error->message, -1, ": error: ") == NULL)
            abort ();
          break;
        }
      if (!mms_machine_check (mms_runner_get_machine (runner), &check_error))
        {
          g_printerr ("invariant broken after step %u: %s\n", steps, check_error->message);
          abort ();
        }
    }

  /* Whatever happened, the state holds together and can be shown. */
  {
    g_autoptr(GError) check_error = NULL;

    if (!mms_machine_check (mms_runner_get_machine (runner), &check_error))
      {
        g_printerr ("invariant broken at the end: %s\n", check_error->message);
        abort ();
      }
  }
  report_everything (runner);
  return 0;
}
