/* test-cli.c: mmscope-cli as a user runs it: outputs, golden files and
 * exit statuses (spec/cli.md). */
#include <sys/wait.h>

#include <gio/gio.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

static void
run_cli (Result      *r,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("MMSCOPE_CLI");
  const char *arg;
  va_list args;
  int wait_status;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &r->out, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}

static char *
golden (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "golden", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static const char * const builtins[] = {
  "buddy-split-merge", "buddy-fragmentation", "zones-fallback", "zones-highmem-i386",
  "slab-grow-shrink",
};

static void
test_golden (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      const char *kinds[] = { "buddyinfo", "slabinfo" };
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          Result r = { 0 };
          g_autofree char *file = g_strdup_printf ("%s.%s", builtins[i], kinds[k]);
          g_autofree char *want = golden (file);

          run_cli (&r, kinds[k], builtins[i], NULL);
          g_assert_cmpint (r.status, ==, 0);
          g_assert_cmpstr (r.out, ==, want);
          g_assert_cmpstr (r.err, ==, "");
          result_clear (&r);
        }
    }
  {
    Result r = { 0 };
    g_autofree char *want = golden ("buddy-split-merge.3.buddyinfo");
    run_cli (&r, "buddyinfo", "buddy-split-merge", "--until", "3", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, want);
    result_clear (&r);
  }
}

/* maps, smaps and pagewalk of processes, checked by hand once. */
static void
test_golden_processes (void)
{
  const struct { const char *golden; const char *argv[7]; } cases[] = {
    { "fork-cow.5.parent.maps", { "maps", "fork-cow", "parent", "--until", "5", NULL } },
    { "fork-cow.5.child.smaps", { "smaps", "fork-cow", "child", "--until", "5", NULL } },
    { "fork-cow.5.child.pagewalk", { "pagewalk", "fork-cow", "child", "0x7ffff7ff3000", "--until", "5", NULL } },
    { "layout-i386.p.maps", { "maps", "layout-i386", "p", NULL } },
    { "shared-file.reader.maps", { "maps", "shared-file", "reader", NULL } },
    { "shared-file.reader.smaps", { "smaps", "shared-file", "reader", NULL } },
    { "swap-oom.7.small.pagewalk", { "pagewalk", "swap-oom", "small", "0x7ffff7d00000", "--until", "7", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Result r = { 0 };
      g_autofree char *want = golden (cases[i].golden);
      const char * const *a = cases[i].argv;

      run_cli (&r, a[0], a[1], a[2], a[3], a[4], a[5], NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.out, ==, want);
      result_clear (&r);
    }

  {
    Result r = { 0 };
    run_cli (&r, "maps", "fork-cow", "nobody", NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "no process 'nobody'"));
    result_clear (&r);
    run_cli (&r, "maps", "segv", "a", NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "has no address space any more"));
    result_clear (&r);
    run_cli (&r, "pagewalk", "fork-cow", "parent", "zzz", NULL);
    g_assert_cmpint (r.status, ==, 2);
    result_clear (&r);
  }
}

static void
test_buddyinfo_format (void)
{
  Result r = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) re = g_regex_new ("^Node 0, zone [ A-Za-z0-9]{8} ( {0,5}[0-9]{1,6} ){11}$", 0, 0, NULL);

  run_cli (&r, "buddyinfo", "zones-fallback", "--until", "0", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* three zones and the final "" */
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_regex_match (re, lines[i], 0, NULL));
  g_assert_cmpstr (lines[2], ==, "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      2 ");
  result_clear (&r);
}

static void
test_run_events (void)
{
  Result r = { 0 };

  run_cli (&r, "run", "buddy-split-merge", "--events", "--until", "1", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "step 1 (line 8): kernel alloc_pages 0 as a: block 0x1c00 of order 0 in DMA32\n"));
  g_assert_nonnull (strstr (r.out, "  expand: split order-10 block 0x1c00; keep the lower half, put the upper half 0x1e00 on DMA32 free_area[9]\n"));
  g_assert_nonnull (strstr (r.out, "  __free_pages_core: give block 0x1c00 of order 10 (1024 frames) to DMA32 free_area[10]\n"));
  g_assert_true (g_str_has_suffix (r.out, "1 of 6 steps done, 3 expects passed\n"));
  result_clear (&r);
}

static void
test_run_json (void)
{
  Result r = { 0 };

  run_cli (&r, "run", "slab-grow-shrink", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "{"));
  g_assert_nonnull (strstr (r.out, "\"slab_caches\""));
  g_assert_nonnull (strstr (r.out, "\"zones\""));
  result_clear (&r);
}

static void
test_list (void)
{
  Result r = { 0 };

  run_cli (&r, "list", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "buddy-split-merge Buddy allocator: split and merge\n"));
  g_assert_nonnull (strstr (r.out, "buddy-fragmentation Buddy allocator: fragmentation\n"));
  g_assert_nonnull (strstr (r.out, "slab-grow-shrink Slab caches grow and shrink\n"));
  result_clear (&r);
}

/* mt-dump prints a process's maple tree; its --log is the kernel oracle's
 * input, and the oracle (where built) prints the same text from it. */
static void
test_mt_dump (void)
{
  const char *oracle = g_getenv ("MMS_MT_ORACLE");
  const char *const cases[][4] = {
    { "fork-cow", "parent", "2" }, { "fork-cow", "child", "4" }, { "munmap-split", "p", NULL },
    { "mprotect-split-merge", "p", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Result dump = { 0 }, log = { 0 };
      g_autoptr(GSubprocess) proc = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *kernel = NULL;

      if (cases[i][2] != NULL)
        {
          run_cli (&dump, "mt-dump", cases[i][0], cases[i][1], "--until", cases[i][2], NULL);
          run_cli (&log, "mt-dump", cases[i][0], cases[i][1], "--until", cases[i][2], "--log",
                   NULL);
        }
      else
        {
          run_cli (&dump, "mt-dump", cases[i][0], cases[i][1], NULL);
          run_cli (&log, "mt-dump", cases[i][0], cases[i][1], "--log", NULL);
        }
      g_assert_cmpint (dump.status, ==, 0);
      g_assert_cmpint (log.status, ==, 0);
      g_assert_true (g_str_has_prefix (dump.out, "maple_tree height 1 nodes 1\nnode 1 depth 0 "
                                                 "leaf_64 0x0-0xffffffffffffffff\n"));
      g_assert_true (g_str_has_prefix (log.out, "store 1 "));
      g_assert_nonnull (strstr (log.out, "\ndump "));
      if (oracle != NULL && *oracle != '\0')
        {
          proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                   &error, oracle, NULL);
          g_assert_no_error (error);
          g_assert_true (g_subprocess_communicate_utf8 (proc, log.out, NULL, &kernel, NULL, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (kernel, ==, dump.out);
        }
      result_clear (&dump);
      result_clear (&log);
    }
  /* --log belongs to mt-dump alone: a usage error elsewhere. */
  {
    Result r = { 0 };
    run_cli (&r, "maps", "fork-cow", "parent", "--log", NULL);
    g_assert_cmpint (r.status, ==, 2);
    result_clear (&r);
  }
  /* export draws the maple tree on request, refuses other trees, and
   * writes nothing then. */
  {
    Result r = { 0 };
    g_autofree char *dir = g_dir_make_tmp ("mmscope-mt-XXXXXX", NULL);
    g_autofree char *png = g_build_filename (dir, "maple.png", NULL);
    g_autofree char *bad = g_build_filename (dir, "bad.png", NULL);

    run_cli (&r, "export", "maple-node-split", "--view", "vma-tree", "--vma-tree", "maple",
             "-o", png, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
    result_clear (&r);
    run_cli (&r, "export", "maple-node-split", "--vma-tree", "btree", "-o", bad, NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--vma-tree"));
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
    result_clear (&r);
    g_unlink (png);
    g_rmdir (dir);
  }
}

static void
test_exit_statuses (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mmscope-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.mms", NULL);
  g_autofree char *failing = g_build_filename (dir, "failing.mms", NULL);
  Result r = { 0 };

  g_assert_true (g_file_set_contents (bad, "title \"x\"\nkernel alloc_pages eleven\n", -1, NULL));
  g_assert_true (g_file_set_contents (failing, "kernel alloc_pages 0\nexpect free 0\n", -1, NULL));

  run_cli (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "mmscope-cli "));
  result_clear (&r);

  run_cli (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "mmscope-cli buddyinfo FILE [--until N]"));
  result_clear (&r);

  run_cli (&r, "run", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, bad));
  g_assert_nonnull (strstr (r.err, ":2:20: error: "));
  g_assert_cmpstr (r.out, ==, "");
  result_clear (&r);

  run_cli (&r, "run", failing, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, ":2:13: error: expect free 0: found "));
  result_clear (&r);

  run_cli (&r, "run", dir, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "error:"));
  result_clear (&r);

  run_cli (&r, "run", "no-such-scenario", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);

  run_cli (&r, "frobnicate", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown command 'frobnicate'"));
  result_clear (&r);

  run_cli (&r, "run", "buddy-split-merge", "--until", "99", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  run_cli (&r, "run", "buddy-split-merge", "--bogus", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  run_cli (&r, "run", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  g_unlink (bad);
  g_unlink (failing);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/golden", test_golden);
  g_test_add_func ("/cli/golden-processes", test_golden_processes);
  g_test_add_func ("/cli/buddyinfo-format", test_buddyinfo_format);
  g_test_add_func ("/cli/run-events", test_run_events);
  g_test_add_func ("/cli/run-json", test_run_json);
  g_test_add_func ("/cli/mt-dump", test_mt_dump);
  g_test_add_func ("/cli/list", test_list);
  g_test_add_func ("/cli/exit-statuses", test_exit_statuses);
  return g_test_run ();
}
