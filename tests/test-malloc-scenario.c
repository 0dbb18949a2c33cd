/* test-malloc-scenario.c: the malloc family as scenario statements.
 *
 * The sequences recorded from the real glibc (tests/data/malloc: NAME.mms
 * and NAME.expected) run through the runner with the checkers after every
 * event; `heap --allocations` (mms_report_allocations) and the Rss of
 * [heap] in smaps must be what the real program printed.  Then the
 * statements' own rules: expect chunk/heap/abort, the errors of misuse at
 * their column, glibc's abort on a double free, fork and time travel.
 */
#include <string.h>

#include "mms-malloc.h"
#include "mms-runner.h"

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  g_autoptr(GError) error = NULL;

  /* The heaps and VMAs after every event; the machine (buddy, page
   * tables) after every step, below. */
  for (guint i = 0; i < machine->mms->len; i++)
    if (!mms_check_mm (machine->mms->pdata[i], &error))
      g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
               error->message);
}

static gboolean
run_checked (MmsRunner  *runner,
             GError    **error)
{
  while (!mms_runner_is_done (runner))
    {
      g_autoptr(GError) check_error = NULL;

      if (!mms_runner_step (runner, error))
        return FALSE;
      if (!mms_check_address_spaces (mms_runner_get_machine (runner), &check_error))
        g_error ("after step %u: %s", mms_runner_get_position (runner), check_error->message);
    }
  return TRUE;
}

static gint
str_ptr_cmp (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The report's lines and the expected lines, both sorted, without the
 * empty ones. */
static char *
normalise (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (kept, lines[i]);
  g_ptr_array_sort (kept, str_ptr_cmp);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("\n", (char **) kept->pdata);
}

static guint64
heap_rss_kb (struct mm_struct *mm)
{
  g_autoptr(GString) smaps = g_string_new (NULL);
  const char *heap;

  mms_report_smaps (mm, smaps);
  heap = strstr (smaps->str, "[heap]");
  return heap == NULL ? 0 : g_ascii_strtoull (strstr (heap, "\nRss:") + 5, NULL, 10);
}

static MmsRunner *
run_text (const char  *text,
          MmsScenario **scenario_out,
          GError     **error)
{
  MmsScenario *scenario = mms_scenario_parse ("t.mms", text, -1, error);
  MmsRunner *runner;

  g_assert_nonnull (scenario);
  runner = mms_runner_new (scenario, error);
  g_assert_nonnull (runner);
  mms_runner_set_event_func (runner, check_after_event_cb, NULL);
  *scenario_out = scenario;
  return runner;
}

static void
test_realk_scenario (gconstpointer data)
{
  const char *path = data;
  g_autofree char *base = g_strndup (path, strlen (path) - 4);
  g_autofree char *expected_path = g_strconcat (base, ".expected", NULL);
  g_autofree char *expected = NULL, *want = NULL, *got = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_load (path, &error);
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  struct task_struct *task;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_set_event_func (runner, check_after_event_cb, NULL);
  g_assert_true (run_checked (runner, &error));
  g_assert_no_error (error);
  task = mms_runner_lookup_task (runner, "p");
  g_assert_nonnull (task);
  mms_report_allocations (task->mm, report);
  g_string_append_printf (report, "heap-rss %" G_GUINT64_FORMAT "\n", heap_rss_kb (task->mm));
  want = normalise (expected);
  got = normalise (report->str);
  g_assert_cmpstr (got, ==, want);
}

/* expect chunk, expect heap, write NAME (its usable size), and expect
 * abort after glibc's double-free check. */
static void
test_expects (void)
{
  const char *text =
    "machine arch=x86_64 ram=64M\n"
    "spawn p\n"
    "p malloc 1 as a\n"
    "expect p chunk a 32\n"
    "expect p heap 132K\n"
    "p malloc 4000 as big\n"
    "p write big\n"
    "expect p chunk big 4016\n"
    "p free a\n"
    "p free a\n"
    "expect p abort\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = run_text (text, &scenario, &error);
  const MmsStepResult *res;

  g_assert_true (run_checked (runner, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mms_runner_get_n_expects_checked (runner), ==, 4);
  res = mms_runner_get_result (runner);
  g_assert_nonnull (strstr (res->summary, "free(): double free detected in tcache 2"));
  g_assert_nonnull (strstr (res->summary, "SIGABRT"));
}

/* The write of an allocation covers its usable size: 4000 bytes from a
 * page boundary + 0x2a0 + ... touch exactly the pages under it. */
static void
test_write_usable (void)
{
  const char *text =
    "machine arch=x86_64 ram=64M\n"
    "spawn p\n"
    "p malloc 20000 as a\n"
    "p write a\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = run_text (text, &scenario, &error);
  struct task_struct *task;

  g_assert_true (run_checked (runner, &error));
  task = mms_runner_lookup_task (runner, "p");
  /* [0x2a0, 0x2a0 + 20008) touches pages 0..5, and the top's header
   * (0x2a0 + 20016 + 8) is in page 4. */
  g_assert_cmpuint (heap_rss_kb (task->mm), ==, 24);
}

typedef struct
{
  const char *text;
  const char *message;
} BadCase;

static void
test_misuse (void)
{
  static const BadCase cases[] = {
    { "spawn p\np free nope\n", "t.mms:2:8: error: no allocation named 'nope'" },
    { "spawn p\np realloc nope 10\n", "t.mms:2:11: error: no allocation named 'nope'" },
    { "spawn p\np malloc 10 as a\np free a\np realloc a 20\n",
      "t.mms:4:11: error: 'a' was freed: realloc needs a live allocation" },
    { "spawn p\np malloc 10 as a\nexpect p chunk b 32\n", "t.mms:3:16: error: no allocation named 'b'" },
    { "spawn p\np malloc 10 as a\nexpect p chunk a 48\n",
      "t.mms:3:18: error: expect p chunk a 48: found a chunk of 32 bytes" },
    { "spawn p\np malloc 10 as a\nexpect p heap 4K\n",
      "t.mms:3:15: error: expect p heap 4K: found 132K of heap" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = NULL;
      g_autoptr(MmsRunner) runner = run_text (cases[i].text, &scenario, &error);
      guint64 before;

      g_assert_no_error (error);
      g_assert_false (run_checked (runner, &error));
      g_assert_nonnull (error);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: got '%s', want '%s...'", i, error->message, cases[i].message);
      /* A failed step changes nothing. */
      before = mms_runner_state_hash (runner);
      g_assert_cmphex (mms_runner_state_hash (runner), ==, before);
    }
}

/* A child inherits the heap; going back and forth in time gives the same
 * heap (checkpoints copy it). */
static void
test_fork_and_time_travel (void)
{
  const char *text =
    "machine arch=x86_64 ram=64M\n"
    "spawn p\n"
    "p malloc 100 as a\n"
    "p malloc 200 as b\n"
    "p free a\n"
    "p fork c\n"
    "c malloc 100 as x\n"
    "p malloc 100 as y\n"
    "c free b\n"
    "p malloc 70000 as z\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = run_text (text, &scenario, &error);
  g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint64 x, y, a;

  mms_runner_enable_time_travel (runner);
  for (guint k = 0; k <= mms_runner_get_n_steps (runner); k++)
    {
      guint64 h;
      if (k > 0)
        g_assert_true (mms_runner_step (runner, &error));
      h = mms_runner_state_hash (runner);
      g_array_append_val (hashes, h);
    }
  g_assert_true (mms_malloc_lookup_name (mms_runner_lookup_task (runner, "c")->mm, "x", &x, NULL, NULL));
  g_assert_true (mms_malloc_lookup_name (mms_runner_lookup_task (runner, "p")->mm, "y", &y, NULL, NULL));
  g_assert_true (mms_malloc_lookup_name (mms_runner_lookup_task (runner, "p")->mm, "a", &a, NULL, NULL));
  /* Both take the tcache's chunk the parent freed before the fork. */
  g_assert_cmphex (x, ==, a);
  g_assert_cmphex (y, ==, a);
  for (guint k = mms_runner_get_n_steps (runner) + 1; k-- > 0;)
    {
      g_assert_true (mms_runner_goto (runner, k, &error));
      g_assert_cmphex (mms_runner_state_hash (runner), ==, g_array_index (hashes, guint64, k));
    }
  for (guint k = 0; k <= mms_runner_get_n_steps (runner); k += 3)
    {
      g_assert_true (mms_runner_goto (runner, k, &error));
      g_assert_cmphex (mms_runner_state_hash (runner), ==, g_array_index (hashes, guint64, k));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  dir_path = g_test_build_filename (G_TEST_DIST, "data", "malloc", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".mms"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, str_ptr_cmp);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *stem = g_path_get_basename (paths->pdata[i]);
      g_autofree char *test = NULL;

      stem[strlen (stem) - 4] = '\0';
      test = g_strdup_printf ("/scenario/malloc/realk/%s", stem);
      g_test_add_data_func (test, paths->pdata[i], test_realk_scenario);
    }
  g_test_add_func ("/scenario/malloc/expects", test_expects);
  g_test_add_func ("/scenario/malloc/write-usable", test_write_usable);
  g_test_add_func ("/scenario/malloc/misuse", test_misuse);
  g_test_add_func ("/scenario/malloc/fork-and-time-travel", test_fork_and_time_travel);
  return g_test_run ();
}
