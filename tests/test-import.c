/* test-import.c: real programs (src/import): the recorded programs of
 * tests/data/programs replayed from their traces must give their maps
 * line for line, with every result matching the real kernel's; malformed
 * traces give line-numbered errors; a snapshot of this very process
 * agrees with its /proc/self/maps. */
#include "mms-config.h"

#include <string.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mms-check.h"
#include "mms-builtin.h"
#include "mms-elf.h"
#include "mms-runner.h"
#include "mms-snapshot.h"
#include "mms-strace.h"

/* Where tests/data/programs/bin was when the programs there were recorded. */
#define RECORDED_BINDIR "/work/main/tests/data/programs/bin"

static char *
programs_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "programs", NULL);
}

/* TEXT with the recorded bin directory replaced by this tree's. */
static char *
relocate (const char *text)
{
  g_autofree char *dir = programs_dir ();
  g_autofree char *bin = g_build_filename (dir, "bin", NULL);
  g_autofree char *real = mms_import_resolve_path (bin);
  g_auto(GStrv) parts = g_strsplit (text, RECORDED_BINDIR, -1);

  return g_strjoinv (real, parts);
}

/* Columns 1, 2, 3 and 6 of each maps line: range, perms, offset, path. */
static char *
maps_columns (const char *maps)
{
  g_auto(GStrv) lines = g_strsplit (maps, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit_set (lines[i], " ", -1);
      GPtrArray *cols = g_ptr_array_new ();

      for (guint j = 0; f[j] != NULL; j++)
        if (f[j][0] != '\0')
          g_ptr_array_add (cols, f[j]);
      if (cols->len >= 5)
        g_string_append_printf (out, "%s %s %s %s\n", (char *) cols->pdata[0],
                                (char *) cols->pdata[1], (char *) cols->pdata[2],
                                cols->len > 5 ? (char *) cols->pdata[5] : "");
      g_ptr_array_unref (cols);
    }
  return g_string_free (out, FALSE);
}

/* Runs a scenario's text and returns main's maps. */
static char *
run_maps (const char *name,
          const char *scenario_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_parse (name, scenario_text, -1, &error);
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  struct task_struct *task;

  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_set_record_events (runner, FALSE);
  mms_runner_run_until (runner, G_MAXUINT, &error);
  g_assert_no_error (error);
  task = mms_runner_lookup_task (runner, "main");
  g_assert_nonnull (task);
  g_assert_nonnull (task->mm);
  mms_report_maps (task->mm, out);
  return g_strdup (out->str);
}

static void
test_programs (void)
{
  g_autofree char *dir = programs_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint n_programs = 0;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      g_autofree char *strace_path = NULL;
      g_autofree char *maps_path = NULL;
      g_autofree char *raw_trace = NULL;
      g_autofree char *raw_maps = NULL;
      g_autofree char *trace_text = NULL;
      g_autofree char *want_maps = NULL;
      g_autofree char *scenario = NULL;
      g_autofree char *got = NULL;
      g_autofree char *got_cols = NULL;
      g_autofree char *want_cols = NULL;
      g_autoptr(MmsTrace) trace = NULL;
      g_autoptr(GString) report = g_string_new (NULL);
      const MmsTraceCall *exec;
      guint matched = 0, total = 0;

      if (!g_str_has_suffix (entry, ".strace"))
        continue;
      name = g_strndup (entry, strlen (entry) - strlen (".strace"));
      strace_path = g_build_filename (dir, entry, NULL);
      maps_path = g_strconcat (dir, "/", name, ".maps", NULL);
      g_assert_true (g_file_get_contents (strace_path, &raw_trace, NULL, NULL));
      g_assert_true (g_file_get_contents (maps_path, &raw_maps, NULL, NULL));
      trace_text = relocate (raw_trace);
      want_maps = relocate (raw_maps);

      trace = mms_trace_parse (entry, trace_text, strlen (trace_text), &error);
      g_assert_no_error (error);
      exec = trace->calls->pdata[0];
      if (!g_file_test (exec->path, G_FILE_TEST_EXISTS))
        {
          g_test_message ("%s: %s is not on this machine: skipped", name, exec->path);
          continue;
        }
      g_test_message ("%s", name);

      /* --check: every result as the real kernel's. */
      g_assert_true (mms_trace_check (trace, report, &matched, &total, &error));
      g_assert_no_error (error);
      if (matched != total)
        g_test_message ("%s", report->str);
      g_assert_cmpuint (total, >, 0);
      g_assert_cmpuint (matched, ==, total);
      g_assert_true (g_str_has_suffix (report->str, " results matched the real kernel\n"));

      /* import-strace, then maps FILE main. */
      scenario = mms_trace_to_scenario (trace);
      got = run_maps (name, scenario);
      got_cols = maps_columns (got);
      want_cols = maps_columns (want_maps);
      g_assert_cmpstr (got_cols, ==, want_cols);
      n_programs++;
    }
  g_assert_cmpuint (n_programs, >=, 13);
}

static void
test_malformed (void)
{
  const struct { const char *text; const char *error; } cases[] = {
    { "", "t.strace:1:1: error: no successful execve" },
    /* (a line cut in the middle is an error unless it is the last) */
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0\n"
      "brk(NULL) = 0x55555555e000\n",
      "t.strace:2:72: error: the line ends inside the arguments of mmap" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)\n",
      "t.strace:2:62: error: the call has no result" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "mmap(NULL, lots, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x1000\n",
      "t.strace:2:12: error: expected a length, got 'lots'" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "\n"
      "mprotect(0x1000, 4096, PROT_READ|PROT_BOGUS|x) = 0\n",
      "t.strace:3:24: error: expected PROT_ flags" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "brk(NULL) = zero\n",
      "t.strace:2:13: error: expected a number as the result" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "<... mmap resumed>) = 0x7f0000000000\n",
      "t.strace:2:1: error: a call resumes that never started" },
    { "hello world\n", "t.strace:1:6: error: expected a system call" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "munmap(0x1000, 4096) = -1 bogus\n",
      "t.strace:2:27: error: expected an errno name" },
    /* (found by fuzz-strace: a resumed call's marker inside an fd) */
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3<... mmap resumed>, 0) = 0x7f0000000000\n",
      "t.strace:2:42: error: expected an absolute path, got '... mmap resumed'" },
    { "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
      "mmap(NULL, 4096, PROT_READ, MAP_SHARED, 5<anon_inode:[io_uring]>, 0) = 0x7f0000000000\n",
      "t.strace:2:41: error: expected an absolute path, got 'anon_inode:[io_uring]'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsTrace) trace = mms_trace_parse ("t.strace", cases[i].text,
                                                   strlen (cases[i].text), &error);

      g_assert_null (trace);
      g_assert_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE);
      if (!g_str_has_prefix (error->message, cases[i].error))
        g_test_message ("case %u: %s", i, error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].error));
    }
}

/* Long lines (found by fuzz-strace): whatever the trace, the scenario
 * written parses, its comments and notes cut short; a path or an argument
 * list that no scenario line can hold is an error at its line. */
static void
test_long_lines (void)
{
  const char *exec = "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n";
  g_autoptr(GString) flags = g_string_new ("MAP_PRIVATE|MAP_ANONYMOUS");
  g_autoptr(GString) text = g_string_new (exec);
  g_autoptr(GString) argv = g_string_new ("execve(\"/bin/true\", [\"/bin/true\"");
  g_autoptr(GString) path = g_string_new ("mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3</");
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autofree char *scenario_text = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (flags, "|MAP_X%u", i);
  /* A failed call of length 0 (a comment), one resumed over two lines and
   * an unknown flag list (a "not modelled" comment): all over 4 KiB. */
  g_string_append_printf (text, "mmap(NULL, 0, PROT_READ, %s, -1, 0) = -1 EINVAL (Invalid argument)\n",
                          flags->str);
  g_string_append_printf (text, "mmap(NULL, 0, PROT_READ, %s <unfinished ...>\n", flags->str);
  g_string_append_printf (text, "<... mmap resumed>, -1, 0) = -1 EINVAL (Invalid argument)\n");
  g_string_append_printf (text, "mmap(NULL, 4096, PROT_READ, %s, -1, 0) = 0x7ffff7fc0000\n",
                          flags->str);
  trace = mms_trace_parse ("t.strace", text->str, text->len, &error);
  g_assert_no_error (error);
  scenario_text = mms_trace_to_scenario (trace);
  for (const char *l = scenario_text; l != NULL && *l != '\0';)
    {
      const char *nl = strchr (l, '\n');
      gsize len = nl != NULL ? (gsize) (nl - l) : strlen (l);
      g_assert_cmpuint (len, <=, 600);
      l = nl != NULL ? nl + 1 : NULL;
    }
  scenario = mms_scenario_parse ("t.mms", scenario_text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (scenario_text, "# not modelled: MAP_X0|MAP_X1|"));
  g_clear_pointer (&trace, mms_trace_free);

  /* 700 arguments of 100 bytes: 70 KB on the spawn line. */
  for (guint i = 0; i < 700; i++)
    {
      g_string_append (argv, ", \"");
      for (guint k = 0; k < 100; k++)
        g_string_append_c (argv, 'a');
      g_string_append_c (argv, '"');
    }
  g_string_append (argv, "], 0x7ffe /* 1 vars */) = 0\n");
  trace = mms_trace_parse ("t.strace", argv->str, argv->len, &error);
  g_assert_null (trace);
  g_assert_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE);
  g_assert_true (g_str_has_prefix (error->message, "t.strace:1:21: error: the program and its "
                                                   "arguments make a scenario line of "));
  g_clear_error (&error);

  /* A path of 5000 bytes (strace -y shows the fd's path). */
  for (guint k = 0; k < 5000; k++)
    g_string_append_c (path, k % 10 == 0 ? '/' : 'p');
  g_string_append (path, ">, 0) = 0x7ffff7fc0000\n");
  g_string_prepend (path, exec);
  trace = mms_trace_parse ("t.strace", path->str, path->len, &error);
  g_assert_null (trace);
  g_assert_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE);
  g_assert_cmpstr (error->message, ==, "t.strace:2:42: error: a path of 5001 bytes: longer than "
                                       "PATH_MAX (4096), which no successful call takes");
}

/* Escapes that decode to control characters (found by fuzz-strace): the
 * program's path and arguments are quoted, control characters shown as
 * '?', and the scenario parses. */
static void
test_odd_words (void)
{
  const char *text = "execve(\"/bin/tr\\nue\", [\"tr\\tue\", \"a=b\", \"\\x7f\"], 0x7ffe) = 0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = mms_trace_parse ("t.strace", text, strlen (text), &error);
  g_autoptr(MmsScenario) scenario = NULL;
  g_autofree char *scenario_text = NULL;

  g_assert_no_error (error);
  scenario_text = mms_trace_to_scenario (trace);
  g_assert_nonnull (strstr (scenario_text, "spawn main elf=\"/bin/tr?ue\" \"a=b\" \"?\"\n"));
  scenario = mms_scenario_parse ("t.mms", scenario_text, -1, &error);
  g_assert_no_error (error);
}

/* Resumed calls, pid prefixes, other processes and failed calls. */
static void
test_forms (void)
{
  const char *text =
    "100 execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
    "100 brk(NULL)                               = 0x55555555e000\n"
    "101 mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f0000000000\n"
    "100 mmap(NULL, 8192, PROT_READ|PROT_WRITE, <unfinished ...>\n"
    "[pid 101] close(3) = 0\n"
    "100 <... mmap resumed>MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000\n"
    "100 mmap(0x1000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM "
    "(Operation not permitted)\n"
    "100 madvise(0x7ffff7fc0000, 8192, MADV_DONTNEED) = 0\n"
    "--- SIGCHLD {si_signo=SIGCHLD} ---\n"
    "100 +++ exited with 0 +++\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = mms_trace_parse ("forms.strace", text, strlen (text), &error);
  g_autoptr(GString) report = g_string_new (NULL);
  const MmsTraceCall *call;
  guint matched, total;

  g_assert_no_error (error);
  /* The calls, then the signal and the exit as comments. */
  g_assert_cmpuint (trace->calls->len, ==, 6);
  call = trace->calls->pdata[2];
  g_assert_cmpint (call->kind, ==, MMS_TRACE_MMAP);
  g_assert_cmpuint (call->len, ==, 8192);
  g_assert_cmpint (call->ret, ==, 0x7ffff7fc0000);
  g_assert_cmpuint (call->entry_line, ==, 4);
  g_assert_cmpuint (call->line, ==, 6);
  call = trace->calls->pdata[3];
  g_assert_cmpint (call->ret, ==, -1);
  g_assert_cmpint (((MmsTraceCall *) trace->calls->pdata[4])->kind, ==, MMS_TRACE_COMMENT);
  g_assert_cmpint (((MmsTraceCall *) trace->calls->pdata[5])->kind, ==, MMS_TRACE_COMMENT);
  /* pid 101's mmap (a process no clone made) and the madvise. */
  g_assert_cmpuint (trace->n_skipped, ==, 2);
  g_assert_true (mms_trace_check (trace, report, &matched, &total, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (matched, ==, 3);
}

/* tests/data/programs-threads: programs as strace -f recorded them, and
 * the paths test_threads () replaces (programs-threads/README). */
static const struct
{
  const char *recorded;
  const char *here;           /* under programs-threads */
} thread_paths[] = {
  { "/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "bin/java" },
  { "/usr/bin/node", "bin/node-elf-head" },
  { "/work/main/tests/data/programs-threads/bin", "bin" },
};

static char *
relocate_threads (const char *text)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "programs-threads", NULL);
  g_autofree char *real = mms_import_resolve_path (dir);
  char *out = g_strdup (text);

  /* Two passes through placeholders, so that a replacement that holds a
   * recorded path (the tree cloned to /check/work/main, say) is left as it
   * is. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (thread_paths); i++)
      {
        g_autofree char *mark = g_strdup_printf ("\x01%u\x01", i);
        g_autofree char *here = g_build_filename (real, thread_paths[i].here, NULL);
        g_auto(GStrv) parts = g_strsplit (out, pass == 0 ? thread_paths[i].recorded : mark, -1);
        g_free (out);
        out = g_strjoinv (pass == 0 ? mark : here, parts);
      }
  return out;
}

/* Every thread and child followed: each program's main process replays to
 * the real kernel's maps, line for line, every result matches, and the
 * traces (all cut by SIGKILL) are accepted. */
static void
test_threads (void)
{
  static const struct { const char *name; guint min_tasks; } programs[] = {
    { "java", 10 }, { "node", 5 }, { "python-threads", 4 }, { "xz-T2", 2 }, { "sort-parallel", 1 },
    { "pthreads", 4 }, { "pipeline", 4 },
  };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "programs-threads", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *strace_path = g_strdup_printf ("%s/%s.strace", dir, programs[i].name);
      g_autofree char *maps_path = g_strdup_printf ("%s/%s.maps", dir, programs[i].name);
      g_autofree char *raw_trace = NULL, *raw_maps = NULL, *trace_text = NULL, *want = NULL;
      g_autofree char *scenario = NULL, *got = NULL, *got_cols = NULL, *want_cols = NULL;
      g_autoptr(MmsTrace) trace = NULL;
      g_autoptr(GString) report = g_string_new (NULL);
      guint matched = 0, total = 0, killed = 0;
      gboolean ok;

      g_test_message ("%s", programs[i].name);
      g_assert_true (g_file_get_contents (strace_path, &raw_trace, NULL, NULL));
      g_assert_true (g_file_get_contents (maps_path, &raw_maps, NULL, NULL));
      trace_text = relocate_threads (raw_trace);
      want = relocate_threads (raw_maps);
      trace = mms_trace_parse (programs[i].name, trace_text, strlen (trace_text), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (trace->task_names), >=, programs[i].min_tasks);
      for (guint j = 0; j < trace->calls->len; j++)
        {
          const MmsTraceCall *call = trace->calls->pdata[j];
          if (call->kind == MMS_TRACE_COMMENT && strstr (call->text, "killed by SIGKILL") != NULL)
            killed++;
        }
      g_assert_cmpuint (killed, >=, 1);
      ok = mms_trace_order (trace, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_true (mms_trace_check (trace, report, &matched, &total, &error));
      g_assert_no_error (error);
      if (matched != total)
        g_test_message ("%s", report->str);
      g_assert_cmpuint (total, >, 0);
      g_assert_cmpuint (matched, ==, total);
      scenario = mms_trace_to_scenario (trace);
      got = run_maps (programs[i].name, scenario);
      got_cols = maps_columns (got);
      want_cols = maps_columns (want);
      g_assert_cmpstr (got_cols, ==, want_cols);
    }
}

/* Runs TEXT's scenario to the end, checking the engine's invariants after
 * every step, and returns the number of live tasks. */
static guint
run_checked (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", text, -1, &error);
  g_autoptr(MmsRunner) runner = NULL;
  MmsMachine *machine;
  guint n = 0;

  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  while (!mms_runner_is_done (runner))
    {
      g_assert_true (mms_runner_step (runner, &error));
      g_assert_no_error (error);
      g_assert_true (mms_machine_check (mms_runner_get_machine (runner), &error));
      g_assert_no_error (error);
    }
  machine = mms_runner_get_machine (runner);
  for (guint i = 0; i < machine->tasks->len; i++)
    n += ((struct task_struct *) machine->tasks->pdata[i])->state == MMS_TASK_RUNNING;
  return n;
}

/* clone without CLONE_VM is a fork, with CLONE_VM and CLONE_THREAD a
 * thread; a child's calls printed before its parent's clone returned
 * come after the clone; an execve in a child gives it its image; a
 * thread's exit ends it. */
static void
test_clones (void)
{
  const char *text =
    "100 execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
    "100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>\n"
    "101 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbd000\n"
    "100 <... clone resumed>, child_tidptr=0x7ffff7dcfa10) = 101\n"
    "101 execve(\"/bin/true\", [\"true\", \"again\"], 0x5555 /* 3 vars */) = 0\n"
    "100 clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM, "
    "child_tid=0x7ffff75cd990, exit_signal=0, stack=0x7ffff6dcd000, stack_size=0x7fff80} => "
    "{parent_tid=[102]}, 88) = 102\n"
    "102 mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbc000\n"
    "102 exit(0) = ?\n"
    "102 +++ exited with 0 +++\n"
    "101 +++ exited with 0 +++\n"
    "100 exit_group(0) = ?\n"
    "100 +++ exited with 0 +++\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = mms_trace_parse ("clones.strace", text, strlen (text), &error);
  g_autofree char *scenario = NULL;
  const char *want[] = {
    "spawn main elf=/bin/true\n", "main fork p101\n", "p101 mmap 8192 rw- private anon\n",
    "p101 exec elf=/bin/true again\n", "main thread t102", "t102 mmap 4096 r-- private anon\n",
    "t102 exit\n", "p101 exit\n",
  };
  const char *at;

  g_assert_no_error (error);
  scenario = mms_trace_to_scenario (trace);
  at = scenario;
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const char *found = strstr (at, want[i]);
      if (found == NULL)
        g_error ("'%s' missing after position %ld of:\n%s", want[i], (long) (at - scenario), scenario);
      at = found + strlen (want[i]);
    }
  /* main stays (its maps are those the trace ends with); one exit each. */
  g_assert_null (strstr (scenario, "main exit"));
  g_assert_null (strstr (at, "t102 exit"));
  g_assert_cmphex (g_hash_table_size (trace->task_names), ==, 3);
  /* It runs, the invariants holding after every step: main is left. */
  g_assert_cmpuint (run_checked (scenario), ==, 1);
}

/* A trace cut short: killed, its last line cut in the middle, a call that
 * never finished, a call strace could not name, a detach.  Each is a
 * warning with its line, and every complete call before it is kept. */
static void
test_truncated (void)
{
  const char *text =
    "200 execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
    "200 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbd000\n"
    "200 clone3({flags=CLONE_VM|CLONE_THREAD|CLONE_SIGHAND}, 88) = 201\n"
    "201 ?\?\?( <unfinished ...>\n"
    "201 <... ?\?\? resumed>) = ?\n"
    "201 mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0 <unfinished ...>\n"
    "200 munmap(0x7ffff7fbd000, 4096 <detached ...>\n"
    "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_KILLED} ---\n"
    "201 +++ killed by SIGKILL +++\n"
    "200 mprotect(0x7ffff7fbe000, 4096, PROT_RE";
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = mms_trace_parse ("cut.strace", text, strlen (text), &error);
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *scenario = NULL;
  guint steps = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < trace->warnings->len; i++)
    g_string_append_printf (warnings, "%s\n", (char *) trace->warnings->pdata[i]);
  g_assert_nonnull (strstr (warnings->str, "cut.strace:4: warning: a system call strace could not name"));
  g_assert_nonnull (strstr (warnings->str, "cut.strace:7: warning: strace detached from pid 200"));
  g_assert_nonnull (strstr (warnings->str, "cut.strace:10: warning: the last line is cut"));
  g_assert_nonnull (strstr (warnings->str, "cut.strace:6: warning: the call never finished"));
  scenario = mms_trace_to_scenario (trace);
  g_assert_nonnull (strstr (scenario, "main mmap 8192 rw- private anon\n"));
  g_assert_nonnull (strstr (scenario, "main thread t201"));
  g_assert_nonnull (strstr (scenario, "# line 9: +++ killed by SIGKILL +++\n"));
  g_assert_null (strstr (scenario, "main munmap"));
  g_assert_null (strstr (scenario, "main mprotect"));
  for (guint i = 0; i < trace->calls->len; i++)
    steps += ((MmsTraceCall *) trace->calls->pdata[i])->kind != MMS_TRACE_COMMENT;
  g_assert_cmpuint (steps, ==, 3);
  g_assert_cmpuint (run_checked (scenario), ==, 2);
}

/* Two threads' mmaps whose windows overlap: strace printed the second to
 * start first, but only the other order gives the recorded addresses, and
 * the importer finds it.  Then a pair no order explains: a warning naming
 * both lines, strace's order kept. */
static void
test_interleaved (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(MmsTrace) trace = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  guint64 base;
  guint matched, total;

  /* Where the first anonymous 8 KiB mapping goes after /bin/true's exec. */
  {
    const char *probe = "spawn main elf=/bin/true\nmain mmap 8192 rw- private anon\n";
    g_autoptr(MmsScenario) scenario = mms_scenario_parse ("probe.mms", probe, -1, &error);
    g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
    g_assert_no_error (error);
    g_assert_true (mms_runner_run_until (runner, G_MAXUINT, &error));
    base = g_ascii_strtoull (strstr (mms_runner_get_result (runner)->summary, "0x"), NULL, 16);
  }
  g_string_append (text, "300 execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
                         "300 clone3({flags=CLONE_VM|CLONE_THREAD|CLONE_SIGHAND}, 88) = 301\n"
                         "300 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0 "
                         "<unfinished ...>\n");
  /* 301's call started later and finished first, but ran second. */
  g_string_append_printf (text, "301 mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x%"
                          G_GINT64_MODIFIER "x\n", base - 4096);
  g_string_append_printf (text, "300 <... mmap resumed>) = 0x%" G_GINT64_MODIFIER "x\n", base);
  trace = mms_trace_parse ("race.strace", text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_true (mms_trace_order (trace, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trace->n_reordered, ==, 2);
  g_assert_cmpuint (trace->warnings->len, ==, 0);
  g_assert_true (mms_trace_check (trace, report, &matched, &total, &error));
  g_assert_cmpuint (matched, ==, 2);
  g_assert_cmpuint (total, ==, 2);
  g_clear_pointer (&trace, mms_trace_free);

  /* No order gives 301 an address 1 MiB away: strace's order stays. */
  g_string_truncate (text, 0);
  g_string_append (text, "300 execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe /* 1 vars */) = 0\n"
                         "300 clone3({flags=CLONE_VM|CLONE_THREAD|CLONE_SIGHAND}, 88) = 301\n"
                         "300 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0 "
                         "<unfinished ...>\n");
  g_string_append_printf (text, "301 mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x%"
                          G_GINT64_MODIFIER "x\n", base - (1 << 20));
  g_string_append_printf (text, "300 <... mmap resumed>) = 0x%" G_GINT64_MODIFIER "x\n", base);
  trace = mms_trace_parse ("race.strace", text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_true (mms_trace_order (trace, &error));
  g_assert_cmpuint (trace->n_reordered, ==, 0);
  g_assert_cmpuint (trace->warnings->len, ==, 1);
  g_assert_nonnull (strstr (trace->warnings->pdata[0], "lines 4, 5"));
  g_assert_cmpint (((MmsTraceCall *) trace->calls->pdata[2])->pid, ==, 301);
}

/* Coalesces adjacent lines of equal perms (and, for files, the same file
 * at contiguous offsets): the snapshot cannot keep apart what the kernel
 * kept apart by anon_vma alone, and names only files. */
static char *
coalesced (const char *maps)
{
  g_auto(GStrv) lines = g_strsplit (maps, "\n", -1);
  GString *out = g_string_new (NULL);
  guint64 cur_start = 0, cur_end = 0, cur_off = 0;
  char cur_perms[8] = "";
  g_autofree char *cur_path = NULL;

  for (guint i = 0; ; i++)
    {
      unsigned long long s = 0, e = 0, off = 0;
      char perms[8] = "", dev[32];
      unsigned long long inode;
      int at = 0;
      const char *path = "";
      gboolean flush = lines[i] == NULL;

      if (!flush)
        {
          if (sscanf (lines[i], "%llx-%llx %7s %llx %31s %llu %n", &s, &e, perms, &off, dev,
                      &inode, &at) < 6 || s >= G_GUINT64_CONSTANT (0x800000000000))
            continue;
          if (at > 0 && lines[i][at] == '/')
            path = lines[i] + at;
          else
            off = 0;
          if (cur_end == s && strcmp (cur_perms, perms) == 0 && g_strcmp0 (cur_path, path) == 0
              && (path[0] == '\0' || cur_off + (cur_end - cur_start) == off))
            {
              cur_end = e;
              continue;
            }
        }
      if (cur_end != 0)
        g_string_append_printf (out, "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x %s %"
                                G_GINT64_MODIFIER "x %s\n", cur_start, cur_end, cur_perms,
                                cur_off, cur_path);
      if (flush)
        break;
      cur_start = s;
      cur_end = e;
      cur_off = off;
      g_strlcpy (cur_perms, perms, sizeof cur_perms);
      g_free (cur_path);
      cur_path = g_strdup (path);
    }
  return g_string_free (out, FALSE);
}

static void
test_snapshot_self (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *scenario = NULL;
  g_autofree char *got = NULL;
  g_autofree char *want_c = NULL;
  g_autofree char *got_c = NULL;

  /* The maps of this process may change while it reads them (malloc):
   * retry until they stand still. */
  for (guint tries = 0; tries < 10; tries++)
    {
      g_clear_pointer (&before, g_free);
      g_clear_pointer (&after, g_free);
      g_clear_pointer (&scenario, g_free);
      g_assert_true (g_file_get_contents ("/proc/self/maps", &before, NULL, NULL));
      scenario = mms_snapshot_pid (getpid (), &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents ("/proc/self/maps", &after, NULL, NULL));
      if (g_str_equal (before, after))
        break;
    }
  if (!g_str_equal (before, after))
    {
      /* Still moving (valgrind's own mappings grow as it runs): check the
       * conversion of one reading instead. */
      g_test_message ("/proc/self/maps kept changing: snapshot of one reading");
      g_clear_pointer (&scenario, g_free);
      scenario = mms_snapshot_from_maps (getpid (), after, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  got = run_maps ("snapshot.mms", scenario);
  want_c = coalesced (after);
  got_c = coalesced (got);
  g_assert_cmpstr (got_c, ==, want_c);
  /* Each file's line has the device and inode /proc showed. */
  {
    g_auto(GStrv) lines = g_strsplit (after, "\n", -1);
    guint n_files = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_auto(GStrv) f = g_strsplit_set (lines[i], " ", -1);
        GPtrArray *cols = g_ptr_array_new ();
        g_autofree char *want = NULL;

        for (guint j = 0; f[j] != NULL; j++)
          if (f[j][0] != '\0')
            g_ptr_array_add (cols, f[j]);
        if (cols->len >= 6 && ((char *) cols->pdata[5])[0] == '/' && strcmp (cols->pdata[4], "0") != 0)
          {
            /* The device and inode of the line's path in the replay. */
            want = g_strdup_printf (" %s %s ", (char *) cols->pdata[3], (char *) cols->pdata[4]);
            g_assert_nonnull (strstr (got, want));
            n_files++;
          }
        g_ptr_array_unref (cols);
      }
    g_assert_cmpuint (n_files, >, 0);
  }
}

/* The built-in "a JVM starts" (imported from java.strace, its launcher
 * bundled) ends with the real process's maps, line for line. */
static void
test_jvm_builtin (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "programs-threads", NULL);
  g_autofree char *maps_path = g_build_filename (dir, "java.maps", NULL);
  g_autofree char *want = NULL;
  g_autofree char *want_cols = NULL;
  g_autofree char *got_cols = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("jvm-start", &error);
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (maps_path, &want, NULL, NULL));
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_set_record_events (runner, FALSE);
  g_assert_true (mms_runner_run_until (runner, G_MAXUINT, &error));
  g_assert_no_error (error);
  mms_report_maps (mms_runner_lookup_task (runner, "main")->mm, out);
  got_cols = maps_columns (out->str);
  want_cols = maps_columns (want);
  g_assert_cmpstr (got_cols, ==, want_cols);
}

/* import-strace on the machine where the files are: maps prints each
 * mapped file's real device and inode (here, those of /usr/bin/cat and
 * the libc it maps, as stat() gives them), not the synthetic 08:01. */
static void
test_real_dev (void)
{
  g_autofree char *dir = programs_dir ();
  g_autofree char *path = g_build_filename (dir, "cat.strace", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = mms_trace_load (path, &error);
  g_autofree char *scenario = NULL;
  g_autofree char *got = NULL;
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  scenario = mms_trace_to_scenario (trace);
  got = run_maps ("cat.mms", scenario);
  lines = g_strsplit (got, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *slash = strchr (lines[i], '/');
      struct stat st;
      g_autofree char *want = NULL;

      if (slash == NULL || stat (slash, &st) != 0)
        continue;
      want = g_strdup_printf (" %02x:%02x %llu ", major (st.st_dev), minor (st.st_dev),
                              (unsigned long long) st.st_ino);
      if (strstr (lines[i], want) == NULL)
        g_error ("'%s' has not the device and inode '%s'", lines[i], want);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 5);
}

static void
test_snapshot_errors (void)
{
  g_autoptr(GError) error = NULL;
  char *text = mms_snapshot_pid (G_MAXINT32 - 7, &error);

  g_assert_null (text);
  g_assert_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_GONE);
  g_assert_nonnull (strstr (error->message, "there is no process"));
}

static void
test_elf_errors (void)
{
  const struct { const char *text; const char *error; } cases[] = {
    { "spawn p elf=/nonexistent/program\n", "e.mms:1:13: error: cannot open '/nonexistent/program'" },
    { "spawn p elf=/etc/hostname\n", "e.mms:1:13: error: '/etc/hostname' is not an ELF file" },
    { "spawn p\np exec elf=/proc/self/status\n", "e.mms:2:12: error: '/proc/self/status' is not an ELF" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("e.mms", cases[i].text, -1, &error);
      g_autoptr(MmsRunner) runner = NULL;

      g_assert_no_error (error);
      runner = mms_runner_new (scenario, &error);
      g_assert_no_error (error);
      g_assert_false (mms_runner_run_until (runner, G_MAXUINT, &error));
      if (!g_str_has_prefix (error->message, cases[i].error))
      g_assert_true (g_str_has_prefix (error->message, cases[i].error));
    }
}

/* The CLI: exit statuses and atomic outputs. */
static void
test_cli (void)
{
  const char *cli = g_getenv ("MMSCOPE_CLI");
  g_autofree char *dir = programs_dir ();
  g_autofree char *trace = g_build_filename (dir, "true.strace", NULL);
  g_autofree char *tmp = g_dir_make_tmp ("mms-import-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "true.mms", NULL);
  g_autofree char *bad = g_build_filename (tmp, "bad.strace", NULL);
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("MMSCOPE_CLI is not set");
      return;
    }
  {
    const char *argv[] = { cli, "import-strace", trace, "-o", out, "--check", NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &std_out, &std_err, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_suffix (std_out, "13 of 13 results matched the real kernel\n"));
    g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  g_clear_pointer (&std_out, g_free);
  g_clear_pointer (&std_err, g_free);
  g_assert_true (g_file_set_contents (bad, "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffe) = 0\n"
                                           "mmap(NULL, 4096\n", -1, NULL));
  {
    g_autofree char *out2 = g_build_filename (tmp, "bad.mms", NULL);
    const char *argv[] = { cli, "import-strace", bad, "-o", out2, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &std_out, &std_err, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (std_err, "bad.strace:2:16: error: "));
    g_assert_false (g_file_test (out2, G_FILE_TEST_EXISTS));
  }
  g_clear_pointer (&std_out, g_free);
  g_clear_pointer (&std_err, g_free);
  {
    const char *argv[] = { cli, "snapshot", NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &std_out, &std_err, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  }
  g_remove (out);
  g_remove (bad);
  g_rmdir (tmp);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/strace/programs", test_programs);
  g_test_add_func ("/import/strace/malformed", test_malformed);
  g_test_add_func ("/import/strace/forms", test_forms);
  g_test_add_func ("/import/strace/threads", test_threads);
  g_test_add_func ("/import/strace/clones", test_clones);
  g_test_add_func ("/import/strace/truncated", test_truncated);
  g_test_add_func ("/import/strace/interleaved", test_interleaved);
  g_test_add_func ("/import/strace/real-dev", test_real_dev);
  g_test_add_func ("/import/strace/jvm-builtin", test_jvm_builtin);
  g_test_add_func ("/import/strace/long-lines", test_long_lines);
  g_test_add_func ("/import/strace/odd-words", test_odd_words);
  g_test_add_func ("/import/elf/errors", test_elf_errors);
  g_test_add_func ("/import/snapshot/self", test_snapshot_self);
  g_test_add_func ("/import/snapshot/errors", test_snapshot_errors);
  g_test_add_func ("/import/cli", test_cli);
  return g_test_run ();
}
