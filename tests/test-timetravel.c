/* test-timetravel.c: going back is exact.  For every built-in scenario the
 * state hash after each step, reached by stepping forward, equals the hash
 * after going back to that step from the end (checkpoints + replay), and
 * the restored machines pass every checker. */
#include "mms-builtin.h"
#include "mms-runner.h"

static void
test_scenario (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open (name, &error);
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint n;

  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_enable_time_travel (runner);
  n = mms_runner_get_n_steps (runner);
  for (guint k = 0; k <= n; k++)
    {
      guint64 h;
      if (k > 0)
        g_assert_true (mms_runner_step (runner, &error));
      h = mms_runner_state_hash (runner);
      g_array_append_val (hashes, h);
    }

  /* Back one step at a time, from the end to the boot. */
  for (guint k = n + 1; k-- > 0; )
    {
      g_assert_true (mms_runner_goto (runner, k, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (mms_runner_get_position (runner), ==, k);
      g_assert_cmphex (mms_runner_state_hash (runner), ==, g_array_index (hashes, guint64, k));
      g_assert_true (mms_machine_check (mms_runner_get_machine (runner), &error));
    }
  /* Random jumps both ways. */
  for (guint i = 0; i < 30; i++)
    {
      guint k = g_rand_int_range (rand, 0, n + 1);
      g_assert_true (mms_runner_goto (runner, k, &error));
      g_assert_cmphex (mms_runner_state_hash (runner), ==, g_array_index (hashes, guint64, k));
    }
  /* The last step's events are those of the step gone to. */
  if (n > 0)
    {
      guint n_events;
      g_assert_true (mms_runner_goto (runner, 1, &error));
      mms_runner_get_events (runner, &n_events);
      g_assert_cmpuint (n_events, >, 0);
      g_assert_cmpuint (mms_runner_get_result (runner)->step, ==, 1);
    }
}

/* The hash sees what matters: two different states differ. */
static void
test_hash_differs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("fork-cow", &error);
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
  guint64 before, after;

  g_assert_true (mms_runner_goto (runner, 4, &error));
  before = mms_machine_hash (mms_runner_get_machine (runner));
  g_assert_true (mms_runner_step (runner, &error));
  after = mms_machine_hash (mms_runner_get_machine (runner));
  g_assert_cmphex (before, !=, after);
}

/* A clone is independent of its original. */
static void
test_clone_independent (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("shared-file", &error);
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
  g_autoptr(MmsMachine) copy = NULL;
  guint64 h;

  g_assert_true (mms_runner_goto (runner, 8, &error));
  copy = mms_machine_clone (mms_runner_get_machine (runner));
  h = mms_machine_hash (copy);
  g_assert_cmphex (h, ==, mms_machine_hash (mms_runner_get_machine (runner)));
  g_assert_true (mms_machine_check (copy, &error));
  g_assert_true (mms_runner_goto (runner, 13, &error));
  g_assert_cmphex (mms_machine_hash (copy), ==, h);
  g_assert_true (mms_machine_check (copy, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) names = NULL;

  g_test_init (&argc, &argv, NULL);
  names = mms_builtin_list ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/scenario/timetravel/%s", names[i]);
      g_test_add_data_func (path, names[i], test_scenario);
    }
  g_test_add_func ("/scenario/timetravel/hash-differs", test_hash_differs);
  g_test_add_func ("/scenario/timetravel/clone-independent", test_clone_independent);
  return g_test_run ();
}
