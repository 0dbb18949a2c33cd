/* test-runner.c: the scenario runner, every built-in scenario with the
 * invariant checkers after every event, and the runtime errors. */
#include "mms-builtin.h"
#include "mms-runner.h"

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  g_autoptr(GError) error = NULL;
  guint *events = user_data;

  (*events)++;
  if (!mms_machine_check (machine, &error))
    g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
             error->message);
}

static void
test_builtin (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open (name, &error);
  g_autoptr(MmsRunner) runner = NULL;
  guint events = 0;
  guint steps_with_notes = 0;

  g_assert_no_error (error);
  g_assert_nonnull (scenario->title);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_set_event_func (runner, check_after_event_cb, &events);
  while (!mms_runner_is_done (runner))
    {
      guint n;
      g_assert_true (mms_runner_step (runner, &error));
      g_assert_no_error (error);
      mms_runner_get_events (runner, &n);
      g_assert_cmpuint (n, >, 0);
    }
  g_assert_cmpuint (events, >, 0);
  /* Every built-in scenario checks itself and narrates in both languages. */
  g_assert_cmpuint (scenario->expects->len, >, 0);
  g_assert_cmpuint (mms_runner_get_n_expects_checked (runner), ==, scenario->expects->len);
  for (guint i = 0; i < scenario->steps->len; i++)
    {
      MmsStmt *stmt = scenario->steps->pdata[i];
      g_assert_true ((stmt->note == NULL) == (stmt->note_zh_CN == NULL));
      if (stmt->note != NULL)
        steps_with_notes++;
    }
  g_assert_cmpuint (steps_with_notes, >=, 3);
}

typedef struct
{
  const char *text;
  const char *message;
} ErrorCase;

static const ErrorCase runtime_errors[] = {
  { "kernel free_pages nope\n",
    "t.mms:1:19: error: kernel label 'nope' is not bound (never allocated, already freed, or its allocation failed)" },
  { "kernel alloc_pages 1 as a\nkernel free_pages a\nkernel free_pages a\n",
    "t.mms:3:19: error: kernel label 'a' is not bound (never allocated, already freed, or its allocation failed)" },
  { "kernel kmalloc 64 as k\nkernel free_pages k\n",
    "t.mms:2:19: error: 'k' (line 1) is an object from kmalloc: free it with kfree" },
  { "kernel kmem_cache_alloc anon_vma as o\nkernel kfree o\n",
    "t.mms:2:14: error: 'o' (line 1) is an object from kmem_cache_alloc: free it with kmem_cache_free" },
  { "kernel alloc_pages 0 as a\nkernel alloc_pages 0 as a\n",
    "t.mms:2:25: error: kernel label 'a' still names the allocation of line 1; free it first or choose another name" },
  { "machine arch=i386\nkernel alloc_pages 0 zone=dma32\n",
    "t.mms:2:27: error: zone=dma32: i386 has no DMA32 zone" },
  { "kernel alloc_pages 0 zone=highmem\n",
    "t.mms:1:27: error: zone=highmem: x86_64 has no HighMem zone" },
  { "kernel kmalloc 0\n",
    "t.mms:1:16: error: kmalloc needs a size of at least 1 byte" },
  { "kernel alloc_pages 0\nexpect free 1M\n",
    "t.mms:2:13: error: expect free 1M: found 65528K (67100672 bytes) free" },
  { "kernel alloc_pages 0\nexpect errno ENOMEM\n",
    "t.mms:2:14: error: expect errno ENOMEM: the step succeeded" },
  { "machine ram=4M\nkernel alloc_pages 10\nexpect ok\n",
    "t.mms:3:8: error: expect ok: the step failed with ENOMEM" },
  { "kernel alloc_pages 0\nexpect nr_free highmem 0 1\n",
    "t.mms:2:16: error: this machine has no zone 'highmem'" },
  { "kernel kmem_cache_alloc anon_vma\nexpect slabs anon_vma 1 0 0\n",
    "t.mms:2:23: error: expect slabs anon_vma 1 0 0: found 0 full, 1 partial and 0 free slabs" },
  { "kernel kmem_cache_alloc anon_vma\nexpect objects anon_vma 2\n",
    "t.mms:2:25: error: expect objects anon_vma 2: found 1 active objects" },
  /* A failed expect names the token that does not hold: the value, the
   * errno or the check word; the process when it is gone. */
  { "spawn p\nexpect p vmas 70\n", "t.mms:2:15: error: expect p vmas 70: found 7 VMAs" },
  { "spawn p\nexpect p rss 1M\n", "t.mms:2:14: error: expect p rss 1M: found 4K" },
  { "spawn p\nexpect p segv\n", "t.mms:2:10: error: expect p segv: p is running" },
  { "spawn p\nexpect  p  oom\n", "t.mms:2:12: error: expect  p  oom: p is running" },
  { "spawn p\np exit\nexpect p vmas 0\n", "t.mms:3:8: error: expect p vmas 0: p is no longer running" },
  { "spawn p\nexpect swap 4K\n", "t.mms:2:13: error: expect swap 4K: found 0 of swap in use" },
  { "kernel alloc_pages 0\nexpect nr_free dma 10 9\n",
    "t.mms:2:23: error: expect nr_free dma 10 9: found 3 free blocks" },
  { "kernel alloc_pages 0\nexpect zone dma32 free 0\n",
    "t.mms:2:24: error: expect zone dma32 free 0: found 49148K free in DMA32" },
  { "spawn p\nexpect q vmas 1\n", "t.mms:2:8: error: no process 'q'" },
  { "kernel kmalloc 8\nexpect objects nosuch 1\n",
    "t.mms:2:16: error: unknown slab cache 'nosuch'; the caches are mm_struct, vm_area_struct, anon_vma, "
    "task_struct, kmalloc-8k, kmalloc-4k, kmalloc-2k, kmalloc-1k, kmalloc-512, kmalloc-256, kmalloc-192, "
    "kmalloc-128, kmalloc-96, kmalloc-64, kmalloc-32, kmalloc-16, kmalloc-8" },
  /* Before any step: the boot is checked. */
  { "expect free 1M\nspawn p\n", "t.mms:1:13: error: expect free 1M: found 65532K (67104768 bytes) free" },
  { "expect errno ENOMEM\nspawn p\n",
    "t.mms:1:14: error: expect errno ENOMEM: no step has run yet, only the boot" },
  { "expect p segv\nspawn p\n", "t.mms:1:8: error: no process 'p'" },
};

static void
test_runtime_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (runtime_errors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", runtime_errors[i].text, -1, &error);
      g_autoptr(MmsRunner) runner = NULL;

      g_assert_no_error (error);
      runner = mms_runner_new (scenario, &error);
      /* An expect before the first step fails as the machine boots. */
      if (runner != NULL)
        g_assert_false (mms_runner_run_until (runner, G_MAXUINT, &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, runtime_errors[i].message);
    }
}

static void
test_unknown_cache (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", "kernel kmem_cache_alloc dentry\n", -1, &error);
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);

  g_assert_false (mms_runner_step (runner, &error));
  g_assert_true (g_str_has_prefix (error->message, "t.mms:1:25: error: unknown slab cache 'dentry'; the caches are mm_struct, "));
}

static void
test_unsupported (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", "spawn p elf=/nonexistent/x\n", -1, &error);
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);

  g_assert_no_error (error);
  g_assert_false (mms_runner_step (runner, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, "t.mms:1:13: error: cannot open '/nonexistent/x': No such file or directory");
}

static void
test_bad_machine (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", "machine arch=i386 ram=8G\n", -1, &error);
  g_autoptr(MmsRunner) runner = NULL;

  /* The parser knows the machine's limits, and points at the value. */
  g_assert_null (scenario);
  g_assert_cmpstr (error->message, ==, "t.mms:1:23: error: ram= must be between 1M and 4G on i386, got '8G'");
  g_clear_error (&error);

  /* A scenario changed after parsing still meets mms_machine_new (). */
  scenario = mms_scenario_parse ("t.mms", "machine arch=i386 ram=8M\n", -1, &error);
  g_assert_no_error (error);
  scenario->ram = G_GUINT64_CONSTANT (8) << 30;
  runner = mms_runner_new (scenario, &error);
  g_assert_null (runner);
  g_assert_cmpstr (error->message, ==, "t.mms:1:1: error: ram must be between 1 MiB and 4 GiB on i386");
}

static void
test_stop_after_any_step (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("buddy-split-merge", &error);
  guint n = scenario->steps->len;

  /* Running to step k, for every k, gives the same machine as running to
   * step k in one go: here, the free frame count after each step. */
  for (guint k = 0; k <= n; k++)
    {
      g_autoptr(MmsRunner) a = mms_runner_new (scenario, &error);
      g_autoptr(MmsRunner) b = mms_runner_new (scenario, &error);
      g_assert_true (mms_runner_run_until (a, k, &error));
      for (guint i = 0; i < k; i++)
        g_assert_true (mms_runner_step (b, &error));
      g_assert_cmpuint (mms_runner_get_position (a), ==, k);
      g_assert_cmpuint (mms_machine_free_frames (mms_runner_get_machine (a)), ==,
                        mms_machine_free_frames (mms_runner_get_machine (b)));
    }
}

static void
test_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("buddy-split-merge", &error);
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonObject *root;

  g_assert_true (mms_runner_run_until (runner, 1, &error));
  json = mms_runner_to_json (runner);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "step"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "zones")), ==, 2);
  g_assert_cmpint (json_object_get_int_member (
                     json_object_get_object_member (
                       json_object_get_object_member (root, "kernel_labels"), "a"), "pfn"), ==, 0x1c00);
}

/* Every file in data/scenarios is compiled in, and nothing else. */
static void
test_builtin_list_complete (void)
{
  const char *dir = g_getenv ("MMS_SCENARIODIR");
  g_autoptr(GDir) d = NULL;
  g_auto(GStrv) names = mms_builtin_list ();
  guint n = 0;

  g_assert_nonnull (dir);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  for (const char *name; (name = g_dir_read_name (d)) != NULL; )
    if (g_str_has_suffix (name, ".mms"))
      {
        g_autofree char *base = g_strndup (name, strlen (name) - 4);
        g_assert_true (g_strv_contains ((const char * const *) names, base));
        n++;
      }
  g_assert_cmpuint (n, ==, g_strv_length (names));
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) names = NULL;

  g_test_init (&argc, &argv, NULL);
  names = mms_builtin_list ();
  g_assert_cmpuint (g_strv_length (names), >=, 4);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/scenario/builtin/%s", names[i]);
      g_test_add_data_func (path, names[i], test_builtin);
    }
  g_test_add_func ("/scenario/runner/builtin-list", test_builtin_list_complete);
  g_test_add_func ("/scenario/runner/runtime-errors", test_runtime_errors);
  g_test_add_func ("/scenario/runner/unknown-cache", test_unknown_cache);
  g_test_add_func ("/scenario/runner/elf-missing", test_unsupported);
  g_test_add_func ("/scenario/runner/bad-machine", test_bad_machine);
  g_test_add_func ("/scenario/runner/stop-after-any-step", test_stop_after_any_step);
  g_test_add_func ("/scenario/runner/json", test_json);
  return g_test_run ();
}
