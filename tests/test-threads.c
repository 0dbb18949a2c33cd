/* test-threads.c: threads and children as real programs make them: the
 * statements thread (with clone3's stack), pthread, vfork, fork, exec in
 * a child or a thread and exit_group, parsed and run with the invariant
 * checkers after every event, and glibc's thread stack against the real
 * kernel's maps. */
#include <errno.h>
#include <string.h>

#include "mms-import.h"
#include "mms-process.h"
#include "mms-runner.h"
#include "mms-strace.h"

#define KiB G_GUINT64_CONSTANT (1024)
#define MiB (KiB * KiB)

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  g_autoptr(GError) error = NULL;
  guint *events = user_data;

  (*events)++;
  /* copy_mm ()'s sharing is the new task's event (it said pid -1). */
  if (event->kind == MMS_EV_MM_SHARE)
    {
      g_assert_cmpint (event->pid, >, 0);
      g_assert_cmpint (event->pid, !=, event->pid2);
    }
  if (!mms_machine_check (machine, &error))
    g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
             error->message);
}

/* A runner of TEXT with the checkers after every event, run through its
 * first N steps. */
static MmsRunner *
run_text_until (const char *text,
                guint       n)
{
  g_autoptr(GError) error = NULL;
  MmsScenario *scenario = mms_scenario_parse ("t.mms", text, -1, &error);
  MmsRunner *runner;
  static guint events;

  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_set_event_func (runner, check_after_event_cb, &events);
  while (!mms_runner_is_done (runner) && mms_runner_get_position (runner) < n)
    {
      g_assert_true (mms_runner_step (runner, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (events, >, 0);
  return runner;
}

/* A runner of all of TEXT, checked after every event. */
static MmsRunner *
run_text (const char *text)
{
  return run_text_until (text, G_MAXUINT);
}

/* Runs the rest of R's scenario, checked after every event. */
static void
run_rest (MmsRunner *r)
{
  g_autoptr(GError) error = NULL;

  while (!mms_runner_is_done (r))
    {
      g_assert_true (mms_runner_step (r, &error));
      g_assert_no_error (error);
    }
}

static void
free_runner (MmsRunner *runner)
{
  MmsScenario *scenario = mms_runner_get_scenario (runner);

  mms_runner_free (runner);
  mms_scenario_free (scenario);
}

typedef MmsRunner MmsTestRunner;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsTestRunner, free_runner)

static struct task_struct *
task (MmsRunner  *runner,
      const char *name)
{
  struct task_struct *t = mms_runner_lookup_task (runner, name);

  g_assert_nonnull (t);
  return t;
}

static MmsStmt *
step (MmsScenario *scenario,
      guint        i)
{
  return scenario->steps->pdata[i - 1];
}

/* --- Parser ---------------------------------------------------------------- */

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_parse (
    "t.mms",
    "spawn P\n"
    "P thread T\n"
    "P thread U stack=0x7f0000000000 size=8M\n"
    "P thread V size=64K stack=stk+4K\n"
    "P pthread W\n"
    "P pthread X stacksize=1M\n"
    "P vfork C\n",
    -1, &error);
  MmsStmt *s;

  g_assert_no_error (error);
  g_assert_cmpuint (scenario->steps->len, ==, 7);

  s = step (scenario, 2);
  g_assert_cmpint (s->kind, ==, MMS_STMT_THREAD);
  g_assert_cmpstr (s->target, ==, "T");
  g_assert_false (s->has_addr);
  g_assert_false (s->has_len);

  s = step (scenario, 3);
  g_assert_cmpint (s->kind, ==, MMS_STMT_THREAD);
  g_assert_cmpstr (s->target, ==, "U");
  g_assert_true (s->has_addr);
  g_assert_null (s->addr.label);
  g_assert_cmpuint (s->addr.value, ==, G_GUINT64_CONSTANT (0x7f0000000000));
  g_assert_true (s->has_len);
  g_assert_cmpuint (s->len, ==, 8 * MiB);

  s = step (scenario, 4);
  g_assert_cmpstr (s->addr.label, ==, "stk");
  g_assert_cmpuint (s->addr.value, ==, 4 * KiB);
  g_assert_cmpuint (s->len, ==, 64 * KiB);
  g_assert_cmpuint (s->len_loc.line, ==, 4);
  g_assert_cmpuint (s->len_loc.column, ==, 17);

  s = step (scenario, 5);
  g_assert_cmpint (s->kind, ==, MMS_STMT_PTHREAD);
  g_assert_cmpstr (s->target, ==, "W");
  g_assert_false (s->has_len);

  s = step (scenario, 6);
  g_assert_cmpint (s->kind, ==, MMS_STMT_PTHREAD);
  g_assert_true (s->has_len);
  g_assert_cmpuint (s->len, ==, 1 * MiB);

  s = step (scenario, 7);
  g_assert_cmpint (s->kind, ==, MMS_STMT_VFORK);
  g_assert_cmpstr (s->proc, ==, "P");
  g_assert_cmpstr (s->target, ==, "C");
  g_assert_cmpstr (mms_stmt_kind_name (MMS_STMT_PTHREAD), ==, "pthread");
  g_assert_cmpstr (mms_stmt_kind_name (MMS_STMT_VFORK), ==, "vfork");
}

typedef struct
{
  const char *text;
  const char *message;
} ErrorCase;

static const ErrorCase parse_errors[] = {
  { "spawn P\nP thread T stack=0x1000\n",
    "t.mms:2:12: error: 'stack=' needs 'size=' (the stack's length)" },
  { "spawn P\nP thread T size=8M\n",
    "t.mms:2:12: error: 'size=' needs 'stack=' (the stack's lowest address)" },
  { "spawn P\nP thread T stack=0x1000 size=0\n",
    "t.mms:2:30: error: a thread's stack needs a size of at least 1 byte" },
  { "spawn P\nP thread T stack=0x1000 size=8M size=4K\n",
    "t.mms:2:33: error: duplicate option 'size='" },
  { "spawn P\nP thread T stack= size=8M\n",
    "t.mms:2:18: error: missing value after 'stack='" },
  { "spawn P\nP thread T size=big stack=0\n",
    "t.mms:2:17: error: expected a stack size like '4K', got 'big'" },
  { "spawn P\nP thread T stacksize=8M\n",
    "t.mms:2:12: error: unknown option 'stacksize=' for thread" },
  { "spawn P\nP thread\n",
    "t.mms:2:9: error: missing thread name after 'thread'" },
  { "spawn P\nP pthread\n",
    "t.mms:2:10: error: missing thread name after 'pthread'" },
  { "spawn P\nP pthread T size=8M\n",
    "t.mms:2:13: error: unknown option 'size=' for pthread" },
  { "spawn P\nP pthread T stacksize=0\n",
    "t.mms:2:23: error: a thread's stack needs a size of at least 1 byte" },
  { "spawn P\nP pthread T stacksize=-4K\n",
    "t.mms:2:23: error: expected a stack size, got '-4K' (negative numbers are not allowed)" },
  { "spawn P\nP pthread T stacksize=1M stacksize=2M\n",
    "t.mms:2:26: error: duplicate option 'stacksize='" },
  { "spawn P\nP pthread T extra\n",
    "t.mms:2:13: error: unknown option 'extra' for pthread" },
  { "spawn P\nP vfork\n",
    "t.mms:2:8: error: missing child process name after 'vfork'" },
  { "spawn P\nP vfork C D\n",
    "t.mms:2:11: error: unexpected 'D' after 'vfork C'" },
};

static void
test_parse_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_errors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", parse_errors[i].text, -1,
                                                            &error);

      g_assert_null (scenario);
      g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, parse_errors[i].message);
    }
}

static const ErrorCase run_errors[] = {
  { "spawn P\nP thread T stack=nolabel size=8M\n",
    "t.mms:2:18: error: label 'nolabel' is not bound" },
  { "spawn P\nP pthread T\nP pthread T\n",
    "t.mms:3:11: error: process 'T' exists already (line 2)" },
  { "spawn P\nP vfork C\nP vfork C\n",
    "t.mms:3:9: error: process 'C' exists already (line 2)" },
};

static void
test_run_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (run_errors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", run_errors[i].text, -1,
                                                            &error);
      g_autoptr(MmsRunner) runner = NULL;

      g_assert_no_error (error);
      runner = mms_runner_new (scenario, &error);
      g_assert_no_error (error);
      g_assert_false (mms_runner_run_until (runner, G_MAXUINT, &error));
      g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SEMANTIC);
      g_assert_true (g_str_has_prefix (error->message, run_errors[i].message));
    }
}

/* --- Engine ---------------------------------------------------------------- */

static void
test_fork (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\nP mmap 64K rw- as buf\nP write buf 64K\n"
                                         "P fork C\nC write buf 4K\n");
  struct task_struct *p = task (r, "P"), *c = task (r, "C");

  /* copy_mm() without CLONE_VM: dup_mmap() made a second mm. */
  g_assert_true (p->mm != c->mm);
  g_assert_cmpint (p->mm->mm_users, ==, 1);
  g_assert_cmpint (c->mm->mm_users, ==, 1);
  g_assert_cmpint (c->tgid, ==, c->pid);
  g_assert_cmpint (c->vfork_parent, ==, 0);
  g_assert_false (c->is_thread);
  g_assert_cmpint (c->mm->map_count, ==, p->mm->map_count);
}

static void
test_thread_stack (void)
{
  g_autoptr(MmsTestRunner) r = run_text (
    "spawn P\n"
    "P mmap 68K --- as stk\n"
    "P mprotect stk+4K 64K rw-\n"
    "P thread T stack=stk+4K size=64K\n"
    "P thread U\n");
  struct task_struct *p = task (r, "P"), *t = task (r, "T"), *u = task (r, "U");
  MmsAddr addr = { .label = (char *) "stk" };
  MmsLoc loc = { 1, 1 };
  guint64 stk = 0;

  g_assert_true (mms_runner_resolve_addr (r, "P", loc, &addr, &stk, NULL));
  g_assert_true (t->mm == p->mm && u->mm == p->mm);
  g_assert_cmpint (p->mm->mm_users, ==, 3);
  g_assert_cmpint (t->tgid, ==, p->pid);
  g_assert_cmpint (u->tgid, ==, p->pid);
  g_assert_true (t->is_thread);
  g_assert_cmpuint (t->stack_start, ==, stk + 4 * KiB);
  g_assert_cmpuint (t->stack_end, ==, stk + 68 * KiB);
  /* Without stack= the thread has no stack of its own recorded. */
  g_assert_cmpuint (u->stack_end, ==, 0);
  g_assert_true (mms_task_group_leader (mms_runner_get_machine (r), t) == p);
  g_assert_true (mms_task_group_leader (mms_runner_get_machine (r), p) == p);
}

/* The maps line of the VMA that starts at START, or NULL. */
static char *
maps_line_at (struct mm_struct *mm,
              guint64           start)
{
  g_autoptr(GString) maps = g_string_new (NULL);
  g_autofree char *prefix = g_strdup_printf ("%08" G_GINT64_MODIFIER "x-", start);
  g_auto(GStrv) lines = NULL;

  mms_report_maps (mm, maps);
  lines = g_strsplit (maps->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_pthread (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\nP pthread T\nP pthread U stacksize=100000\n");
  struct task_struct *p = task (r, "P"), *t = task (r, "T"), *u = task (r, "U");
  g_autofree char *guard = NULL, *stack = NULL;
  struct vm_area_struct *vma;

  g_assert_cmpint (p->mm->mm_users, ==, 3);
  /* allocate_stack(): 8 MiB and a guard page, the guard at the bottom. */
  g_assert_cmpuint (t->stack_end - t->stack_start, ==, 8 * MiB + 4 * KiB);
  guard = maps_line_at (p->mm, t->stack_start);
  stack = maps_line_at (p->mm, t->stack_start + 4 * KiB);
  g_assert_nonnull (guard);
  g_assert_nonnull (stack);
  g_assert_nonnull (strstr (guard, " ---p "));
  g_assert_nonnull (strstr (stack, " rw-p "));
  vma = p->mm->mmap;
  while (vma != NULL && vma->vm_start != t->stack_start)
    vma = vma->vm_next;
  g_assert_nonnull (vma);
  g_assert_cmpuint (vma->vm_end, ==, t->stack_start + 4 * KiB);
  g_assert_cmphex (vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC), ==, 0);
  g_assert_true (vma->vm_flags & VM_NOHUGEPAGE);
  g_assert_nonnull (vma->vm_next);
  g_assert_cmpuint (vma->vm_next->vm_end, ==, t->stack_end);
  g_assert_cmphex (vma->vm_next->vm_flags & (VM_READ | VM_WRITE | VM_EXEC), ==, VM_READ | VM_WRITE);
  /* stacksize= is rounded up to pages. */
  g_assert_cmpuint (u->stack_end - u->stack_start, ==, 100 * KiB + 4 * KiB);
  g_assert_cmpuint (u->stack_end, <=, t->stack_start);
}

static void
test_vfork_exec (void)
{
  g_autoptr(MmsTestRunner) r = run_text_until ("spawn P\nP vfork C\nC exec\n", 2);
  struct task_struct *p = task (r, "P"), *c = task (r, "C");
  struct mm_struct *shared = p->mm;
  g_autoptr(GError) error = NULL;

  g_assert_true (c->mm == p->mm);
  g_assert_cmpint (shared->mm_users, ==, 2);
  g_assert_cmpint (c->tgid, ==, c->pid);
  g_assert_cmpint (c->tgid, !=, p->tgid);
  g_assert_cmpint (c->vfork_parent, ==, p->pid);
  g_assert_false (c->is_thread);

  /* exec_mmap(): a new mm for the child, mmput() of the shared one. */
  run_rest (r);
  g_assert_true (c->mm != shared);
  g_assert_true (p->mm == shared);
  g_assert_cmpint (shared->mm_users, ==, 1);
  g_assert_cmpint (c->mm->mm_users, ==, 1);
  g_assert_cmpint (c->vfork_parent, ==, 0);
  g_assert_true (mms_machine_check (mms_runner_get_machine (r), &error));
  g_assert_no_error (error);
}

static void
test_vfork_exit (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\nP vfork C\nC exit\nP mmap 4K rw-\n");
  struct task_struct *p = task (r, "P"), *c = task (r, "C");

  g_assert_cmpint (c->state, ==, MMS_TASK_EXITED);
  g_assert_null (c->mm);
  g_assert_cmpint (c->vfork_parent, ==, 0);
  g_assert_cmpint (p->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (p->mm->mm_users, ==, 1);
}

static void
test_exec_in_thread (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\nP pthread T\nP pthread U\nT exec\n");
  struct task_struct *p = task (r, "P"), *t = task (r, "T"), *u = task (r, "U");
  gint leader_pid = 0;

  /* de_thread(): the others exit; T takes the leader's pid. */
  g_assert_cmpint (p->state, ==, MMS_TASK_EXITED);
  g_assert_cmpint (u->state, ==, MMS_TASK_EXITED);
  g_assert_null (p->mm);
  g_assert_null (u->mm);
  g_assert_cmpint (t->state, ==, MMS_TASK_RUNNING);
  leader_pid = t->tgid;
  g_assert_cmpint (t->pid, ==, leader_pid);
  g_assert_cmpint (p->pid, !=, leader_pid);
  g_assert_false (t->is_thread);
  g_assert_cmpint (t->mm->mm_users, ==, 1);
  g_assert_cmpint (t->stack_end, ==, 0);
  g_assert_true (mms_task_group_leader (mms_runner_get_machine (r), t) == t);
}

static void
test_exit_group (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\nP pthread T\nP pthread U\nP pthread V\n"
                                         "U exit\nP fork C\nP exit\n");
  struct task_struct *p = task (r, "P"), *t = task (r, "T"), *u = task (r, "U");
  struct task_struct *v = task (r, "V"), *c = task (r, "C");

  g_assert_cmpint (p->state, ==, MMS_TASK_EXITED);
  g_assert_cmpint (t->state, ==, MMS_TASK_EXITED);
  g_assert_cmpint (u->state, ==, MMS_TASK_EXITED);
  g_assert_cmpint (v->state, ==, MMS_TASK_EXITED);
  /* A child process is not in the group. */
  g_assert_cmpint (c->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (c->mm->mm_users, ==, 1);
  g_assert_cmpstr (mms_runner_get_result (r)->summary, ==,
                   "exited, with its 2 other threads (exit_group)");
}

static void
test_thread_exit (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\nP pthread T\nP pthread U\nT exit\n");
  struct task_struct *p = task (r, "P"), *t = task (r, "T"), *u = task (r, "U");

  /* do_exit() of one thread: exit_mm() drops its mm_users only. */
  g_assert_cmpint (t->state, ==, MMS_TASK_EXITED);
  g_assert_cmpint (p->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (u->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (p->mm->mm_users, ==, 2);
  g_assert_cmpstr (mms_runner_get_result (r)->summary, ==, "exited");
}

static void
test_clone_flags (void)
{
  g_autoptr(MmsTestRunner) r = run_text ("spawn P\n");
  struct task_struct *p = task (r, "P");
  int err = 0;

  /* copy_process(): CLONE_THREAD without CLONE_VM is EINVAL. */
  g_assert_null (mms_clone (p, "X", MMS_CLONE_THREAD, 0, 0, &err));
  g_assert_cmpint (err, ==, -EINVAL);
  g_assert_cmpint (p->mm->mm_users, ==, 1);
}

/* --- The real kernel ------------------------------------------------------- */

/* Where tests/data/threads/bin was when pthread-stack was recorded. */
#define RECORDED_BINDIR "/work/wt-threads2/tests/data/threads/bin"

/* TEXT with the recorded bin directory replaced by this tree's. */
static char *
relocate (const char *text)
{
  g_autofree char *bin = g_test_build_filename (G_TEST_DIST, "data", "threads", "bin", NULL);
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
      g_autoptr(GPtrArray) cols = g_ptr_array_new ();

      for (guint j = 0; f[j] != NULL; j++)
        if (f[j][0] != '\0')
          g_ptr_array_add (cols, f[j]);
      if (cols->len >= 5)
        g_string_append_printf (out, "%s %s %s %s\n", (char *) cols->pdata[0],
                                (char *) cols->pdata[1], (char *) cols->pdata[2],
                                cols->len > 5 ? (char *) cols->pdata[5] : "");
    }
  return g_string_free (out, FALSE);
}

/* The main thread's calls of a strace -f trace, without their pid and
 * without pthread_create's mmap, mprotect and clone3, which the pthread
 * statement makes; *STACK is what that mmap returned. */
static char *
main_calls_but_pthread (const char *trace,
                        guint64    *stack)
{
  g_auto(GStrv) lines = g_strsplit (trace, "\n", -1);
  GString *out = g_string_new (NULL);
  g_autofree char *pid = NULL;
  gboolean after_stack = FALSE;

  *stack = 0;
  pid = g_strndup (lines[0], strcspn (lines[0], " "));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *call = lines[i] + strlen (pid);

      if (!g_str_has_prefix (lines[i], pid) || call[0] != ' ')
        continue;
      call += strspn (call, " ");
      if (g_str_has_prefix (call, "---") || g_str_has_prefix (call, "+++")
          || g_str_has_prefix (call, "exit_group"))
        continue;
      if (strstr (call, "MAP_STACK") != NULL)
        {
          const char *ret = strstr (call, "= 0x");
          g_assert_nonnull (ret);
          *stack = g_ascii_strtoull (ret + 2, NULL, 16);
          after_stack = TRUE;
          continue;
        }
      if (after_stack && g_str_has_prefix (call, "mprotect("))
        {
          after_stack = FALSE;
          continue;
        }
      if (g_str_has_prefix (call, "clone3("))
        continue;
      g_string_append_printf (out, "%s\n", call);
    }
  return g_string_free (out, FALSE);
}

/* tests/data/threads/pthread-stack: the real program's calls up to its
 * pthread_create, then the pthread statement, give the real
 * /proc/PID/maps, line for line: the thread's stack at the address the
 * kernel chose, its guard page below it, and the stack not merged with
 * the mapping above it (MAP_STACK's VM_NOHUGEPAGE). */
static void
test_pthread_real_kernel (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "threads", NULL);
  g_autofree char *strace_path = g_build_filename (dir, "pthread-stack.strace", NULL);
  g_autofree char *maps_path = g_build_filename (dir, "pthread-stack.maps", NULL);
  g_autofree char *raw_trace = NULL, *raw_maps = NULL, *trace_text = NULL, *want = NULL;
  g_autofree char *calls = NULL, *scenario_text = NULL, *text = NULL;
  g_autofree char *got_cols = NULL, *want_cols = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsTrace) trace = NULL;
  g_autoptr(MmsTestRunner) r = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  struct task_struct *t;
  guint64 stack;

  g_assert_true (g_file_get_contents (strace_path, &raw_trace, NULL, NULL));
  g_assert_true (g_file_get_contents (maps_path, &raw_maps, NULL, NULL));
  trace_text = relocate (raw_trace);
  want = relocate (raw_maps);
  calls = main_calls_but_pthread (trace_text, &stack);
  g_assert_cmphex (stack, !=, 0);
  trace = mms_trace_parse ("pthread-stack.strace", calls, strlen (calls), &error);
  g_assert_no_error (error);
  scenario_text = mms_trace_to_scenario (trace);
  text = g_strconcat (scenario_text, "main pthread T\n", NULL);
  r = run_text (text);
  t = task (r, "T");
  g_assert_cmphex (t->stack_start, ==, stack);
  g_assert_cmphex (t->stack_end, ==, stack + 8 * MiB + 4 * KiB);
  mms_report_maps (task (r, "main")->mm, got);
  got_cols = maps_columns (got->str);
  want_cols = maps_columns (want);
  g_assert_cmpstr (got_cols, ==, want_cols);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/threads/parse", test_parse);
  g_test_add_func ("/threads/parse-errors", test_parse_errors);
  g_test_add_func ("/threads/run-errors", test_run_errors);
  g_test_add_func ("/threads/fork", test_fork);
  g_test_add_func ("/threads/thread-stack", test_thread_stack);
  g_test_add_func ("/threads/pthread", test_pthread);
  g_test_add_func ("/threads/vfork-exec", test_vfork_exec);
  g_test_add_func ("/threads/vfork-exit", test_vfork_exit);
  g_test_add_func ("/threads/exec-in-thread", test_exec_in_thread);
  g_test_add_func ("/threads/exit-group", test_exit_group);
  g_test_add_func ("/threads/thread-exit", test_thread_exit);
  g_test_add_func ("/threads/clone-flags", test_clone_flags);
  g_test_add_func ("/threads/pthread-real-kernel", test_pthread_real_kernel);

  return g_test_run ();
}
