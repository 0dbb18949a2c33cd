/* test-vma-cases.c: the engine against the real kernel.
 *
 * Each tests/data/vma-cases/caseNNNN.mms was run by a static program under
 * setarch -R on Linux (see the README there); caseNNNN.expected is what
 * /proc/self/maps showed afterwards.  The engine must give the same lines
 * (range and permissions) in [0x10000000, 0x7ffff7ff7000), and the
 * address-space checkers must hold after every event.  The main process's
 * maple tree after every statement must be the one the kernel's own
 * lib/maple_tree.c builds from the same stores (mms-test-maple.c). */
#include <stdio.h>

#include "mms-runner.h"
#include "mms-test-maple.h"

typedef struct
{
  guint events;
  gboolean full;
} Watch;

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  Watch *watch = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  watch->events++;
  ok = watch->full ? mms_machine_check (machine, &error)
                   : mms_check_address_spaces (machine, &error);
  if (!ok)
    g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
             error->message);
}

/* The lines of MAPS within the compared window, as "start-end perms". */
static char *
window (const char *maps)
{
  g_auto(GStrv) lines = g_strsplit (maps, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 start, end;
      char perms[5];

      if (sscanf (lines[i], "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x %4s",
                  &start, &end, perms) != 3)
        continue;
      if (start < G_GUINT64_CONSTANT (0x10000000) || end > G_GUINT64_CONSTANT (0x7ffff7ff7000))
        continue;
      g_string_append_printf (out, "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x %s\n",
                              start, end, perms);
    }
  return g_string_free (out, FALSE);
}

static void
test_case (gconstpointer data)
{
  const char *base = data;
  g_autofree char *mms_path = g_strconcat (base, ".mms", NULL);
  g_autofree char *expected_path = g_strconcat (base, ".expected", NULL);
  g_autofree char *expected_text = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) maps = g_string_new (NULL);
  g_autoptr(GString) trees = g_string_new (NULL);
  struct task_struct *task;
  Watch watch = { 0 };
  guint n;

  g_assert_true (g_file_get_contents (expected_path, &expected_text, NULL, &error));
  scenario = mms_scenario_load (mms_path, &error);
  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  /* The full checkers (buddy included) after every event for a sample. */
  sscanf (strrchr (base, '/') + 5, "%u", &n);
  watch.full = n % 16 == 0;
  mms_runner_set_event_func (runner, check_after_event_cb, &watch);
  if (mms_runner_get_machine (runner) != NULL)
    mms_test_mt_log_start (mms_runner_get_machine (runner));
  while (!mms_runner_is_done (runner))
    {
      g_assert_true (mms_runner_step (runner, &error));
      g_assert_no_error (error);
      g_assert_true (mms_machine_check (mms_runner_get_machine (runner), &error));
      g_assert_no_error (error);
      mms_test_mt_log_start (mms_runner_get_machine (runner));
      task = mms_runner_lookup_task (runner, "main");
      if (task != NULL && task->mm != NULL)
        mms_test_mt_checkpoint (task->mm, trees);
    }
  task = mms_runner_lookup_task (runner, "main");
  g_assert_nonnull (task);
  g_assert_nonnull (task->mm);
  mms_report_maps (task->mm, maps);
  want = window (expected_text);
  got = window (maps->str);
  g_assert_cmpstr (got, ==, want);
  mms_test_mt_compare (mms_runner_get_machine (runner), trees);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);
  dir = g_test_build_filename (G_TEST_DIST, "data", "vma-cases", NULL);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  for (const char *name; (name = g_dir_read_name (d)) != NULL; )
    if (g_str_has_suffix (name, ".mms"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - 4));
  g_ptr_array_sort (names, (GCompareFunc) (void *) g_ascii_strcasecmp);
  g_assert_cmpuint (names->len, >=, 20);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = NULL;

      /* Under the sanitizers (MMS_TEST_QUICK, mms-test-quick.h) every
       * fourth case: the engine's paths, at a quarter of the time (each
       * case boots a 256 MiB machine checked after every event). */
      if (g_getenv ("MMS_TEST_QUICK") != NULL && i % 4 != 0)
        continue;
      path = g_strdup_printf ("/engine/vma-cases/%s", (char *) names->pdata[i]);
      g_test_add_data_func_full (path, g_build_filename (dir, names->pdata[i], NULL),
                                 test_case, g_free);
    }
  return g_test_run ();
}
