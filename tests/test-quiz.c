/* test-quiz.c: the exercises of mms-quiz.c and mmscope-cli quiz.
 *
 * Every question of every kind on every built-in scenario is checked
 * against the views that answer it elsewhere: maps against maps (and, for
 * one question of each scenario, against `mmscope-cli maps --until`),
 * vma-count against the maps lines, pagewalk against pagewalk, rss against
 * smaps, buddy against buddyinfo and the step's events, slab against
 * slabinfo and kmalloc's event, layout against the maps line holding the
 * address and the zones' spans, mm against the mm_struct, fault against
 * the events of the access made for real.  Then: a seed gives the same
 * questions twice and other seeds others; the CLI's JSON, text, Moodle XML
 * (validated against the Moodle question format with GMarkupParser) and
 * PDF (through pdftotext).
 */
#include "mms-config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sys/wait.h>

#include <json-glib/json-glib.h>

#include "mms-builtin.h"
#include "mms-malloc.h"
#include "mms-process.h"
#include "mms-quiz.h"
#include "mms-quiz-format.h"
#include "mms-runner.h"
#include "mms-test-quick.h"

/* ---- helpers ------------------------------------------------------- */

typedef struct
{
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

/* Runs mmscope-cli with the NULL-terminated arguments. */
static void
cli (Result     *r,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MMSCOPE_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &r->out, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}

static GPtrArray *
quiz_of (MmsScenario *scenario,
         guint64      seed,
         guint        count,
         guint        kinds)
{
  MmsQuizOptions options = { .seed = seed, .count = count, .kinds = kinds };
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = mms_quiz_generate (scenario, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (questions);
  return questions;
}

/* The numbers in TEXT, in order. */
static GArray *
numbers_in (const char *text)
{
  GArray *n = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (const char *p = text; *p != '\0';)
    {
      if (g_ascii_isdigit (*p))
        {
          char *end;
          guint64 v = (p[0] == '0' && p[1] == 'x') ? g_ascii_strtoull (p + 2, &end, 16)
                                                   : g_ascii_strtoull (p, &end, 10);
          g_array_append_val (n, v);
          p = end;
        }
      else
        p++;
    }
  return n;
}

#define NUM(array, i) g_array_index (array, guint64, i)

/* ---- the checks of each kind ---------------------------------------- */

static void
check_maps (MmsQuestion        *q,
            struct task_struct *task)
{
  g_autoptr(GString) maps = g_string_new (NULL);

  mms_report_maps (task->mm, maps);
  g_assert_cmpstr (q->answer, ==, maps->str);
}

static void
check_vma_count (MmsQuestion        *q,
                 struct task_struct *task)
{
  g_autoptr(GString) maps = g_string_new (NULL);
  guint lines = 0;

  mms_report_maps (task->mm, maps);
  for (const char *p = maps->str; *p != '\0'; p++)
    lines += *p == '\n';
  /* /proc/PID/maps shows [vsyscall], which is no VMA of the mm. */
  if (strstr (maps->str, "[vsyscall]") != NULL)
    lines--;
  g_assert_cmpint (q->number, ==, lines);
  g_assert_true (mms_question_check (q, q->answer));
}

/* smaps summed by hand: Rss, Pss, Shared_*, Private_*. */
static void
check_rss (MmsQuestion        *q,
           struct task_struct *task)
{
  g_autoptr(GString) smaps = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) n = numbers_in (q->answer);
  guint64 rss = 0, pss = 0, shared = 0, private = 0;

  mms_report_smaps (task->mm, smaps);
  lines = g_strsplit (smaps->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit_set (lines[i], " :", -1);
      guint64 v = 0;

      if (f[0] == NULL)
        continue;
      for (guint j = 1; f[j] != NULL; j++)
        if (*f[j] != '\0')
          {
            v = g_ascii_strtoull (f[j], NULL, 10);
            break;
          }
      if (g_str_equal (f[0], "Rss"))
        rss += v;
      else if (g_str_equal (f[0], "Pss"))
        pss += v;
      else if (g_str_has_prefix (f[0], "Shared_"))
        shared += v;
      else if (g_str_has_prefix (f[0], "Private_"))
        private += v;
    }
  g_assert_cmpuint (n->len, ==, 4);
  g_assert_cmpuint (NUM (n, 0), ==, rss);
  g_assert_cmpuint (NUM (n, 1), ==, pss);
  g_assert_cmpuint (NUM (n, 2), ==, shared);
  g_assert_cmpuint (NUM (n, 3), ==, private);
  /* Rss is the RSS counters too. */
  g_assert_cmpuint (rss, ==, mms_mm_rss (task->mm) * 4);
}

static void
check_pagewalk (MmsQuestion        *q,
                struct task_struct *task)
{
  g_autoptr(GString) walk = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) expect = g_string_new (NULL);
  guint n = 0;

  g_assert_true (q->has_addr);
  mms_report_pagewalk (task->mm, q->addr, walk);
  lines = g_strsplit (walk->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++, n++)
    {
      g_auto(GStrv) w = g_strsplit (lines[i], " ", 4);
      g_assert_cmpstr (w[1], ==, "index");
      g_string_append_printf (expect, "%s%s %.*s", i > 0 ? ", " : "", w[0],
                              (int) strlen (w[2]) - 1, w[2]);
    }
  g_assert_cmpuint (n, >, 0);
  if (strstr (lines[n - 1], "-> frame 0x") != NULL)
    g_string_append_printf (expect, ": frame %s",
                            strstr (lines[n - 1], "-> frame ") + strlen ("-> frame "));
  else
    g_string_append (expect, ": the walk stops here (not present)");
  /* The zero page's mark is no part of the answer. */
  if (g_str_has_suffix (expect->str, " (zero page)"))
    g_string_truncate (expect, expect->len - strlen (" (zero page)"));
  g_assert_cmpstr (q->answer, ==, expect->str);
}

static guint64
zone_nr_free (MmsMachine *m,
              const char *zone,
              guint       order)
{
  g_autoptr(GString) info = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  mms_report_buddyinfo (m, info);
  lines = g_strsplit (info->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *head = g_strdup_printf ("Node 0, zone %8s ", zone);
      if (g_str_has_prefix (lines[i], head))
        {
          g_autoptr(GArray) n = numbers_in (lines[i] + strlen (head));
          g_assert_cmpuint (n->len, ==, 11);
          return NUM (n, order);
        }
    }
  g_assert_not_reached ();
  return 0;
}

static void
check_buddy (MmsQuestion    *q,
             MmsMachine     *m,
             const MmsEvent *events,
             guint           n_events)
{
  g_assert_nonnull (q->zone);
  if (g_str_equal (q->subject, "nr_free"))
    {
      g_autoptr(GArray) n = numbers_in (strchr (q->answer, ':'));
      g_assert_cmpuint (n->len, ==, 11);
      for (guint o = 0; o < 11; o++)
        g_assert_cmpuint (NUM (n, o), ==, zone_nr_free (m, q->zone, o));
    }
  else if (g_str_equal (q->subject, "split"))
    {
      g_autoptr(GArray) n = numbers_in (q->answer);
      guint i;
      for (i = 0; i < n_events && events[i].kind != MMS_EV_RMQUEUE; i++)
        ;
      g_assert_cmpuint (i, <, n_events);
      g_assert_cmpuint (NUM (n, 0), ==, events[i].order);
    }
  else
    {
      guint merges = 0;
      g_assert_cmpstr (q->subject, ==, "merge");
      for (guint i = 0; i < n_events; i++)
        if (events[i].kind == MMS_EV_MERGE)
          {
            g_autofree char *pair = g_strdup_printf ("0x%llx with 0x%llx (order %u)",
                                                     (unsigned long long) events[i].pfn,
                                                     (unsigned long long) events[i].pfn2,
                                                     events[i].order);
            g_assert_nonnull (strstr (q->answer, pair));
            merges++;
          }
      if (merges == 0)
        g_assert_cmpstr (q->answer, ==, "none");
    }
}

static void
check_slab (MmsQuestion    *q,
            MmsMachine     *m,
            const MmsEvent *events,
            guint           n_events)
{
  if (g_str_equal (q->subject, "cache"))
    {
      const char *cache = NULL;
      for (guint i = 0; i < n_events; i++)
        if (events[i].kind == MMS_EV_KMALLOC)
          cache = events[i].cache;
      if (cache != NULL)
        g_assert_cmpstr (q->answer, ==, cache);
      else
        g_assert_true (g_str_has_prefix (q->answer, "no cache"));
    }
  else
    {
      g_autoptr(GString) info = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      g_autoptr(GArray) n = numbers_in (q->answer);
      gboolean found = FALSE;

      mms_report_slabinfo (m, info);
      lines = g_strsplit (info->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) w = g_strsplit_set (lines[i], " ", -1);
          if (g_strcmp0 (w[0], q->cache) == 0)
            {
              g_autoptr(GArray) all = numbers_in (strstr (lines[i], "slabdata"));
              g_assert_cmpuint (all->len, ==, 3);
              /* The answer's numbers after the cache's name's own. */
              for (guint k = 0; k < 3; k++)
                g_assert_cmpuint (NUM (n, n->len - 3 + k), ==, NUM (all, k));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

/* The region of ADDR as the maps line holding it says. */
/* The sixth field of a maps line, after the padding. */
static const char *
maps_path (const char *line)
{
  for (guint f = 0; f < 5; f++)
    {
      line += strcspn (line, " ");
      line += strspn (line, " ");
    }
  return line;
}

static const char *
region_from_maps (struct mm_struct *mm,
                  guint64           addr)
{
  g_autoptr(GString) maps = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  const char *image = NULL;

  if (addr >= mm->task_size)
    return "kernel space";
  mms_report_maps (mm, maps);
  lines = g_strsplit (maps->str, "\n", -1);
  /* The program's file: the line that holds start_code (a real program's
   * read-only segment may come before it). */
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      guint64 start = g_ascii_strtoull (lines[i], NULL, 16);
      guint64 end = g_ascii_strtoull (strchr (lines[i], '-') + 1, NULL, 16);

      if (start == mm->start_code || (start < mm->start_code && mm->start_code < end))
        image = maps_path (lines[i]);
    }
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      guint64 start = g_ascii_strtoull (lines[i], NULL, 16);
      guint64 end = g_ascii_strtoull (strchr (lines[i], '-') + 1, NULL, 16);
      const char *path = maps_path (lines[i]);
      const char *perms = strchr (lines[i], ' ') + 1;

      if (addr < start || addr >= end)
        continue;
      if (g_str_equal (path, "[heap]"))
        return "the heap (brk)";
      if (g_str_equal (path, "[stack]"))
        return "the stack";
      if (g_str_has_prefix (path, "[v"))
        return "the vdso and vvar pages";
      if (image != NULL && *path != '\0' && g_str_equal (path, image))
        {
          if (addr >= mm->start_code && addr < mm->end_code)
            return "text (the program's code)";
          if (addr >= mm->start_data && addr < mm->end_data)
            return "data (initialised variables)";
          if (addr >= mm->end_data)
            return "bss (zeroed variables)";
          return "read-only data of the program";
        }
      if (*path == '\0' && addr >= mm->end_data && end <= mm->start_brk && strncmp (perms, "rw", 2) == 0)
        return "bss (zeroed variables)";
      return "an mmap region (a mapping or a library)";
    }
  return "nothing: no VMA covers it";
}

static void
check_layout (MmsQuestion        *q,
              MmsRunner          *runner,
              MmsMachine         *m,
              struct task_struct *task)
{
  if (g_str_equal (q->subject, "zone"))
    {
      gboolean found = FALSE;
      for (guint i = 0; i < m->nr_zones; i++)
        {
          struct zone *z = &m->zones[m->zone_ids[i]];
          if (q->pfn >= z->zone_start_pfn && q->pfn < z->zone_start_pfn + z->spanned_pages)
            {
              g_assert_cmpstr (q->zone, ==, z->name);
              g_assert_cmpstr (q->answer, ==, mms_zone_label (z->id));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
  else if (g_str_equal (q->subject, "placement"))
    {
      /* The mapping [addr, addr + LEN) lies in one maps line (it may
       * have merged with a neighbour). */
      const MmsStmt *stmt = mms_runner_get_stmt (runner, q->step);
      g_autoptr(GString) maps = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      gboolean inside = FALSE;

      g_assert_cmpint (stmt->kind, ==, MMS_STMT_MMAP);
      mms_report_maps (task->mm, maps);
      lines = g_strsplit (maps->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
        inside |= g_ascii_strtoull (lines[i], NULL, 16) <= q->addr
                  && q->addr + stmt->len <= g_ascii_strtoull (strchr (lines[i], '-') + 1, NULL, 16);
      g_assert_true (inside);
      g_assert_true (mms_question_check (q, q->answer));
    }
  else
    {
      g_assert_cmpstr (q->subject, ==, "region");
      g_assert_cmpstr (q->answer, ==, region_from_maps (task->mm, q->addr));
    }
}

static void
check_mm (MmsQuestion        *q,
          struct task_struct *task)
{
  g_autoptr(GArray) n = numbers_in (q->answer);

  g_assert_cmpuint (n->len, ==, 3);
  g_assert_cmpuint (NUM (n, 0), ==, task->mm->mm_users);
  g_assert_cmpuint (NUM (n, 1), ==, task->mm->mm_count);
  g_assert_cmpuint (NUM (n, 2), ==, task->mm->total_vm);
}

/* The chunk of the step's allocation, as the heap has it. */
static void
check_malloc (MmsQuestion        *q,
              MmsRunner          *runner,
              struct task_struct *task)
{
  const MmsStmt *stmt = mms_runner_get_stmt (runner, q->step);
  g_autoptr(GArray) n = numbers_in (q->answer);
  MmsChunkInfo info;
  guint64 ptr;

  g_assert_nonnull (stmt->as);
  g_assert_true (mms_malloc_lookup_name (task->mm, stmt->as, &ptr, NULL, NULL));
  g_assert_true (mms_malloc_chunk_at (task->mm, ptr, &info));
  g_assert_cmpuint (NUM (n, n->len - 1), ==, info.size);
  g_assert_cmpint (strstr (q->answer, "(mmap)") != NULL, ==, info.state == MMS_CHUNK_MMAPPED);
  g_assert_true (info.state == MMS_CHUNK_INUSE || info.state == MMS_CHUNK_MMAPPED);
}

/* What the events of one access say, by the kernel functions they name. */
static MmsQuizFault
fault_by_functions (const MmsEvent *events,
                    guint           n)
{
  MmsQuizFault result = MMS_QUIZ_FAULT_NONE;
  guint faults = 0;

  /* A SIGSEGV is the outcome even after the stack grew (a fetch there). */
  for (guint i = 0; i < n; i++)
    {
      if (events[i].kind == MMS_EV_FAULT && ++faults > 1)
        break;
      if (g_str_equal (mms_event_function (events[i].kind), "bad_area"))
        return events[i].count == 2 ? MMS_QUIZ_FAULT_SEGV_ACCERR : MMS_QUIZ_FAULT_SEGV_MAPERR;
    }
  faults = 0;
  for (guint i = 0; i < n; i++)
    {
      const char *fn = mms_event_function (events[i].kind);
      if (events[i].kind == MMS_EV_FAULT && ++faults > 1)
        break;
      if (faults == 0)
        continue;
      if (g_str_equal (fn, "bad_area"))
        return events[i].count == 2 ? MMS_QUIZ_FAULT_SEGV_ACCERR : MMS_QUIZ_FAULT_SEGV_MAPERR;
      if (g_str_equal (fn, "expand_stack"))
        return MMS_QUIZ_FAULT_STACK;
      if (events[i].kind == MMS_EV_WP_COPY)
        return MMS_QUIZ_FAULT_COW_COPY;
      if (events[i].kind == MMS_EV_WP_REUSE)
        return MMS_QUIZ_FAULT_COW_REUSE;
      if (events[i].kind == MMS_EV_SWAP_IN || (events[i].kind == MMS_EV_FILE_FAULT && events[i].count))
        result = MMS_QUIZ_FAULT_MAJOR;
      else if (result == MMS_QUIZ_FAULT_NONE
               && (events[i].kind == MMS_EV_FILE_FAULT || events[i].kind == MMS_EV_ANON_PAGE
                   || events[i].kind == MMS_EV_ZERO_PAGE_MAP))
        result = MMS_QUIZ_FAULT_MINOR;
    }
  return result;
}

static void
collect_cb (MmsMachine     *machine,
            const MmsEvent *event,
            gpointer        user_data)
{
  g_array_append_val ((GArray *) user_data, *event);
}

static void
check_fault (MmsQuestion    *q,
             MmsScenario    *scenario,
             const MmsEvent *events,
             guint           n_events)
{
  g_assert_cmpstr (q->answer, ==, mms_quiz_fault_label (q->fault));
  if (!q->hypothetical)
    {
      guint i;
      for (i = 0; i < n_events && events[i].kind != MMS_EV_FAULT; i++)
        ;
      g_assert_cmpuint (i, <, n_events);
      g_assert_cmphex (events[i].addr, ==, q->addr);
      g_assert_cmpint (fault_by_functions (events, n_events), ==, q->fault);
    }
  else
    {
      /* Made for real, on a runner of its own, after the step. */
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
      g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (MmsEvent));
      struct task_struct *task;

      g_assert_no_error (error);
      g_assert_true (mms_runner_run_until (runner, q->step, &error));
      task = mms_runner_lookup_task (runner, q->process);
      mms_machine_set_event_func (mms_runner_get_machine (runner), collect_cb, seen);
      mms_touch (task, q->addr, 1, q->access);
      mms_machine_set_event_func (mms_runner_get_machine (runner), NULL, NULL);
      g_assert_cmpint (fault_by_functions ((MmsEvent *) seen->data, seen->len), ==, q->fault);
      if (q->fault == MMS_QUIZ_FAULT_SEGV_MAPERR || q->fault == MMS_QUIZ_FAULT_SEGV_ACCERR)
        g_assert_cmpint (task->state, ==, MMS_TASK_KILLED_SEGV);
    }
}

/* Checks every question of SCENARIO against the views at its step. */
static guint
check_scenario (const char *name,
                guint      *kinds_seen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open (name, &error);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  gboolean cli_checked = FALSE;

  g_assert_no_error (error);
  questions = quiz_of (scenario, 7, G_MAXUINT, 0);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_enable_time_travel (runner);
  for (guint i = 0; i < questions->len; i++)
    {
      MmsQuestion *q = questions->pdata[i];
      struct task_struct *task;
      const MmsEvent *events;
      MmsMachine *m;
      guint n_events;

      /* Under MMS_TEST_QUICK, a long scenario's first steps only. */
      if (q->step > mms_test_walk_steps (scenario->steps->len))
        continue;
      g_assert_true (mms_runner_goto (runner, q->step, &error));
      g_assert_no_error (error);
      m = mms_runner_get_machine (runner);
      events = mms_runner_get_events (runner, &n_events);
      task = q->process != NULL ? mms_runner_lookup_task (runner, q->process) : NULL;
      if (q->process != NULL)
        g_assert_nonnull (task);
      /* (An access may kill its process: the fault kind needs no mm after.) */
      if (q->process != NULL && q->kind != MMS_QUIZ_FAULT)
        g_assert_nonnull (task->mm);
      *kinds_seen |= 1u << q->kind;

      /* The shape: one answer among the choices, at CORRECT. */
      if (q->form == MMS_QUIZ_FORM_CHOICE)
        {
          guint hits = 0;
          g_autofree char *index = g_strdup_printf ("%u", q->correct);
          g_assert_cmpuint (q->choices->len, >=, 2);
          for (guint c = 0; c < q->choices->len; c++)
            hits += g_str_equal (q->choices->pdata[c], q->answer);
          g_assert_cmpuint (hits, ==, 1);
          g_assert_cmpstr (q->choices->pdata[q->correct], ==, q->answer);
          g_assert_true (mms_question_check (q, index));
          g_assert_false (mms_question_check (q, q->correct == 0 ? "1" : "0"));
        }
      else
        g_assert_cmpuint (q->choices->len, ==, 0);

      /* The ask lines' answers are checked as expect lines (check_asks). */
      if (q->from_ask)
        continue;
      switch (q->kind)
        {
        case MMS_QUIZ_MAPS:
          check_maps (q, task);
          if (!cli_checked)
            {
              Result r = { 0 };
              g_autofree char *step = g_strdup_printf ("%u", q->step);
              cli (&r, "maps", name, q->process, "--until", step, NULL);
              g_assert_cmpint (r.status, ==, 0);
              g_assert_cmpstr (r.out, ==, q->answer);
              result_clear (&r);
              cli_checked = TRUE;
            }
          break;
        case MMS_QUIZ_VMA_COUNT: check_vma_count (q, task); break;
        case MMS_QUIZ_RSS: check_rss (q, task); break;
        case MMS_QUIZ_PAGEWALK: check_pagewalk (q, task); break;
        case MMS_QUIZ_BUDDY: check_buddy (q, m, events, n_events); break;
        case MMS_QUIZ_SLAB: check_slab (q, m, events, n_events); break;
        case MMS_QUIZ_LAYOUT: check_layout (q, runner, m, task); break;
        case MMS_QUIZ_MM: check_mm (q, task); break;
        case MMS_QUIZ_MALLOC: check_malloc (q, runner, task); break;
        case MMS_QUIZ_FAULT: check_fault (q, scenario, events, n_events); break;
        case MMS_QUIZ_N_KINDS:
        default: g_assert_not_reached ();
        }
    }
  return questions->len;
}

static void
test_answers_agree (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  guint kinds_seen = 0, total = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint n = check_scenario (names[i], &kinds_seen);
      g_test_message ("%s: %u questions checked", names[i], n);
      g_assert_cmpuint (n, >, 0);
      total += n;
    }
  /* Every kind was asked somewhere. */
  g_assert_cmphex (kinds_seen, ==, (1u << MMS_QUIZ_N_KINDS) - 1);
  g_test_message ("%u questions in all", total);
}

/* ---- seeds --------------------------------------------------------- */

static char *
quiz_json (MmsScenario *scenario,
           guint64      seed)
{
  g_autoptr(GPtrArray) q = quiz_of (scenario, seed, 8, 0);
  g_autoptr(GBytes) bytes = mms_quiz_format (scenario, q, MMS_QUIZ_FORMAT_JSON, FALSE, FALSE,
                                             NULL);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_seeds (void)
{
  static const char * const names[] = { "fork-cow", "buddy-split-merge", "munmap-split",
                                        "slab-grow-shrink" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], NULL);
      g_autofree char *a = quiz_json (scenario, 42);
      g_autofree char *b = quiz_json (scenario, 42);
      guint differ = 0;

      g_assert_cmpstr (a, ==, b);
      for (guint64 seed = 43; seed < 48; seed++)
        {
          g_autofree char *c = quiz_json (scenario, seed);
          differ += !g_str_equal (a, c);
        }
      g_assert_cmpuint (differ, >=, 4);
    }
}

/* Questions of the kinds asked only, and one a step with count 0. */
static void
test_kinds_and_steps (void)
{
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("fork-cow", NULL);
  g_autoptr(GPtrArray) only = quiz_of (scenario, 5, 50, (1u << MMS_QUIZ_FAULT) | (1u << MMS_QUIZ_MM));
  g_autoptr(GPtrArray) per_step = quiz_of (scenario, 5, 0, 0);
  guint kinds = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (only->len, >, 2);
  for (guint i = 0; i < only->len; i++)
    {
      MmsQuestion *q = only->pdata[i];
      g_assert_true (q->kind == MMS_QUIZ_FAULT || q->kind == MMS_QUIZ_MM);
      if (i > 0)
        g_assert_cmpuint (((MmsQuestion *) only->pdata[i - 1])->step, <=, q->step);
    }
  /* Every step has a question: one generated, or its ask lines'. */
  for (guint step = 1, i = 0; step <= scenario->steps->len; step++)
    {
      guint n = 0, asks = 0;
      for (; i < per_step->len && ((MmsQuestion *) per_step->pdata[i])->step == step; i++)
        n++, asks += ((MmsQuestion *) per_step->pdata[i])->from_ask;
      g_assert_cmpuint (n, >=, 1);
      if (asks == 0)
        g_assert_cmpuint (n, ==, 1);
      else
        g_assert_cmpuint (n, ==, asks);
    }
  g_assert_true (mms_quiz_kinds_parse ("maps, rss", &kinds, &error));
  g_assert_cmphex (kinds, ==, (1u << MMS_QUIZ_MAPS) | (1u << MMS_QUIZ_RSS));
  g_assert_false (mms_quiz_kinds_parse ("maps,nonsense", &kinds, &error));
  g_assert_nonnull (strstr (error->message, "nonsense"));
}

/* ---- the CLI ------------------------------------------------------- */

static void
test_cli_json (void)
{
  Result r = { 0 }, again = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  guint maps = 0, asks = 0;

  cli (&r, "quiz", "fork-cow", "--seed", "11", "--count", "12", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cli (&again, "quiz", "fork-cow", "--seed", "11", "--count", "12", "--format", "json", NULL);
  g_assert_cmpstr (r.out, ==, again.out);
  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  /* Twelve generated, and fork-cow's three ask lines. */
  g_assert_cmpuint (json_array_get_length (array), ==, 15);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      asks += json_object_get_boolean_member (o, "ask");
      JsonArray *choices = json_object_get_array_member (o, "choices");
      const char *answer = json_object_get_string_member (o, "answer");
      const char *zh = json_object_get_string_member (o, "text_zh_CN");
      gboolean found = json_array_get_length (choices) == 0;

      g_assert_true (json_object_has_member (o, "step"));
      g_assert_true (json_object_has_member (o, "kind"));
      g_assert_true (json_object_has_member (o, "process"));
      g_assert_true (json_object_has_member (o, "text"));
      /* Chinese, not English: the questions' words are translated. */
      g_assert_nonnull (zh);
      g_assert_cmpstr (zh, !=, json_object_get_string_member (o, "text"));
      for (guint c = 0; c < json_array_get_length (choices); c++)
        found |= g_str_equal (json_array_get_string_element (choices, c), answer);
      g_assert_true (found);
      if (g_str_equal (json_object_get_string_member (o, "kind"), "maps"))
        {
          Result m = { 0 };
          g_autofree char *step = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   json_object_get_int_member (o, "step"));
          cli (&m, "maps", "fork-cow", json_object_get_string_member (o, "process"), "--until",
               step, NULL);
          g_assert_cmpstr (m.out, ==, answer);
          result_clear (&m);
          maps++;
        }
    }
  g_assert_cmpuint (maps, >, 0);
  g_assert_cmpuint (asks, ==, 3);
  result_clear (&r);
  result_clear (&again);
}

static void
test_cli_text_and_errors (void)
{
  Result r = { 0 };

  cli (&r, "quiz", "fork-cow", "--seed", "3", "--count", "4", "--answers", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "1. ["));
  g_assert_nonnull (strstr (r.out, "4. ["));
  g_assert_nonnull (strstr (r.out, "Answer: "));
  result_clear (&r);
  cli (&r, "quiz", "fork-cow", "--seed", "3", "--count", "4", "--lang", "zh_CN", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strstr (r.out, "Answer: "));
  g_assert_nonnull (strstr (r.out, "步骤"));
  result_clear (&r);

  /* Usage errors: exit 2, nothing on stdout. */
  cli (&r, "quiz", "fork-cow", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--seed"));
  result_clear (&r);
  cli (&r, "quiz", "fork-cow", "--seed", "1", "--kinds", "maps,bogus", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "bogus"));
  result_clear (&r);
  cli (&r, "quiz", "fork-cow", "--seed", "-4", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  cli (&r, "quiz", "fork-cow", "--seed", "1", "--format", "docx", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  cli (&r, "quiz", "no-such-scenario.mms", "--seed", "1", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);
}

/* ---- Moodle XML, checked against Moodle's question format ----------- */

/* What the Moodle XML importer (question/format/xml/format.php) reads:
 * <quiz> holding <question type=...>; a question's name, questiontext
 * (with a format and a text), and per type its settings and answers,
 * each answer with a fraction and a text; files embedded as base64 and
 * referenced from the text as @@PLUGINFILE@@/NAME. */
typedef struct
{
  GPtrArray *stack;         /* element names (not owned: interned) */
  GString *text;            /* the current element's text */
  /* The question being read. */
  char *type;
  char *name;
  char *question_html;
  gboolean has_questiontext_format;
  guint n_answers, n_full;
  gboolean answer_has_text, answer_has_tolerance;
  gboolean has_single, has_shuffle, has_numbering, has_usecase, has_defaultgrade;
  GPtrArray *files;         /* char *: names of the embedded files */
  char *file_name;
  /* Totals. */
  guint n_questions;
  guint n_categories;
  GHashTable *types;        /* type -> count */
  GPtrArray *texts;         /* char *: every question's text */
} Moodle;

static const char *
parent_of (Moodle *m,
           guint   up)
{
  return m->stack->len > up ? m->stack->pdata[m->stack->len - 1 - up] : "";
}

static void
moodle_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  Moodle *m = user_data;
  const char *parent = parent_of (m, 0);

  if (m->stack->len == 0)
    g_assert_cmpstr (element, ==, "quiz");
  else if (g_str_equal (parent, "quiz"))
    {
      const char *type = NULL;
      g_assert_cmpstr (element, ==, "question");
      g_assert_true (g_markup_collect_attributes (element, names, values, error,
                                                  G_MARKUP_COLLECT_STRING, "type", &type,
                                                  G_MARKUP_COLLECT_INVALID));
      g_assert_true (g_strv_contains ((const char *[]) { "category", "multichoice", "shortanswer",
                                                         "numerical", NULL }, type));
      g_free (m->type);
      m->type = g_strdup (type);
      g_clear_pointer (&m->name, g_free);
      g_clear_pointer (&m->question_html, g_free);
      m->has_questiontext_format = FALSE;
      m->n_answers = m->n_full = 0;
      m->has_single = m->has_shuffle = m->has_numbering = m->has_usecase = FALSE;
      m->has_defaultgrade = FALSE;
      g_ptr_array_set_size (m->files, 0);
    }
  else if (g_str_equal (element, "answer"))
    {
      const char *fraction = NULL, *format = NULL;
      g_assert_cmpstr (parent, ==, "question");
      g_assert_true (g_markup_collect_attributes (element, names, values, error,
                                                  G_MARKUP_COLLECT_STRING, "fraction", &fraction,
                                                  G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                                  "format", &format,
                                                  G_MARKUP_COLLECT_INVALID));
      /* Moodle's grades are percentages from its list; ours are 100 or 0. */
      g_assert_true (g_str_equal (fraction, "100") || g_str_equal (fraction, "0"));
      m->n_answers++;
      m->n_full += g_str_equal (fraction, "100");
      m->answer_has_text = m->answer_has_tolerance = FALSE;
    }
  else if (g_str_equal (element, "questiontext") || g_str_equal (element, "generalfeedback")
           || g_str_equal (element, "feedback"))
    {
      const char *format = NULL;
      g_assert_true (g_markup_collect_attributes (element, names, values, error,
                                                  G_MARKUP_COLLECT_STRING, "format", &format,
                                                  G_MARKUP_COLLECT_INVALID));
      g_assert_true (g_str_equal (format, "html") || g_str_equal (format, "moodle_auto_format"));
      if (g_str_equal (element, "questiontext"))
        m->has_questiontext_format = TRUE;
    }
  else if (g_str_equal (element, "file"))
    {
      const char *name = NULL, *path = NULL, *encoding = NULL;
      g_assert_cmpstr (parent, ==, "questiontext");
      g_assert_true (g_markup_collect_attributes (element, names, values, error,
                                                  G_MARKUP_COLLECT_STRING, "name", &name,
                                                  G_MARKUP_COLLECT_STRING, "path", &path,
                                                  G_MARKUP_COLLECT_STRING, "encoding", &encoding,
                                                  G_MARKUP_COLLECT_INVALID));
      g_assert_cmpstr (encoding, ==, "base64");
      g_assert_cmpstr (path, ==, "/");
      g_free (m->file_name);
      m->file_name = g_strdup (name);
    }
  else if (g_str_equal (element, "text"))
    g_assert_true (g_strv_contains ((const char *[]) { "name", "questiontext", "generalfeedback",
                                                       "answer", "feedback", "category", NULL },
                                    parent));
  else if (g_str_equal (element, "tolerance"))
    g_assert_cmpstr (parent, ==, "answer");
  else
    /* The settings of a question, children of <question> only. */
    {
      g_assert_cmpstr (parent, ==, "question");
      g_assert_true (g_strv_contains ((const char *[]) { "name", "category", "defaultgrade",
                                                         "penalty", "hidden", "single",
                                                         "shuffleanswers", "answernumbering",
                                                         "usecase", NULL }, element));
    }
  g_ptr_array_add (m->stack, (gpointer) g_intern_string (element));
  g_string_truncate (m->text, 0);
}

static void
moodle_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 len,
             gpointer              user_data,
             GError              **error)
{
  g_string_append_len (((Moodle *) user_data)->text, text, len);
}

static void
moodle_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  Moodle *m = user_data;
  const char *parent;

  g_ptr_array_remove_index (m->stack, m->stack->len - 1);
  parent = parent_of (m, 0);
  if (g_str_equal (element, "text"))
    {
      if (g_str_equal (parent, "name"))
        m->name = g_strdup (m->text->str);
      else if (g_str_equal (parent, "questiontext"))
        m->question_html = g_strdup (m->text->str);
      else if (g_str_equal (parent, "answer"))
        {
          m->answer_has_text = TRUE;
          g_assert_cmpuint (m->text->len, >, 0);
          if (g_strcmp0 (m->type, "numerical") == 0)
            g_assert_true (g_ascii_string_to_signed (m->text->str, 10, G_MININT64, G_MAXINT64,
                                                     NULL, NULL));
        }
    }
  else if (g_str_equal (element, "file"))
    {
      gsize len;
      g_autofree guchar *png = g_base64_decode (g_strstrip (m->text->str), &len);
      g_assert_cmpuint (len, >, 1000);
      g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
      g_ptr_array_add (m->files, g_strdup (m->file_name));
    }
  else if (g_str_equal (element, "tolerance"))
    m->answer_has_tolerance = TRUE;
  else if (g_str_equal (element, "answer"))
    {
      g_assert_true (m->answer_has_text);
      if (g_strcmp0 (m->type, "numerical") == 0)
        g_assert_true (m->answer_has_tolerance);
    }
  else if (g_str_equal (element, "single"))
    {
      g_assert_true (g_str_equal (m->text->str, "true") || g_str_equal (m->text->str, "false"));
      m->has_single = TRUE;
    }
  else if (g_str_equal (element, "shuffleanswers"))
    m->has_shuffle = TRUE;
  else if (g_str_equal (element, "answernumbering"))
    {
      g_assert_true (g_strv_contains ((const char *[]) { "abc", "ABCD", "123", "iii", "IIII",
                                                         "none", NULL }, m->text->str));
      m->has_numbering = TRUE;
    }
  else if (g_str_equal (element, "usecase"))
    m->has_usecase = TRUE;
  else if (g_str_equal (element, "defaultgrade"))
    {
      g_assert_cmpfloat (g_ascii_strtod (m->text->str, NULL), >, 0);
      m->has_defaultgrade = TRUE;
    }
  else if (g_str_equal (element, "question"))
    {
      guint *count;

      if (g_str_equal (m->type, "category"))
        {
          m->n_categories++;
          return;
        }
      g_assert_nonnull (m->name);
      g_assert_nonnull (m->question_html);
      g_assert_true (m->has_questiontext_format);
      g_assert_true (m->has_defaultgrade);
      g_assert_cmpuint (m->n_full, ==, 1);
      if (g_str_equal (m->type, "multichoice"))
        {
          g_assert_cmpuint (m->n_answers, >=, 2);
          g_assert_true (m->has_single && m->has_shuffle && m->has_numbering);
        }
      else
        g_assert_cmpuint (m->n_answers, >=, 1);
      if (g_str_equal (m->type, "shortanswer"))
        g_assert_true (m->has_usecase);
      /* Every image is referenced and every reference embedded. */
      g_assert_cmpuint (m->files->len, ==, 1);
      for (guint i = 0; i < m->files->len; i++)
        {
          g_autofree char *ref = g_strdup_printf ("@@PLUGINFILE@@/%s", (char *) m->files->pdata[i]);
          g_assert_nonnull (strstr (m->question_html, ref));
        }
      g_ptr_array_add (m->texts, g_strdup (m->question_html));
      count = g_hash_table_lookup (m->types, m->type);
      if (count == NULL)
        g_hash_table_insert (m->types, g_strdup (m->type), count = g_new0 (guint, 1));
      (*count)++;
      m->n_questions++;
    }
}

static void
moodle_validate (const char *xml,
                 Moodle     *m)
{
  static const GMarkupParser parser = { moodle_start, moodle_end, moodle_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  m->stack = g_ptr_array_new ();
  m->text = g_string_new (NULL);
  m->files = g_ptr_array_new_with_free_func (g_free);
  m->types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m->texts = g_ptr_array_new_with_free_func (g_free);
  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, m, NULL);
  g_assert_true (g_markup_parse_context_parse (context, xml, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (m->stack->len, ==, 0);
}

static void
moodle_clear (Moodle *m)
{
  g_ptr_array_unref (m->stack);
  g_string_free (m->text, TRUE);
  g_ptr_array_unref (m->files);
  g_hash_table_unref (m->types);
  g_ptr_array_unref (m->texts);
  g_free (m->type);
  g_free (m->name);
  g_free (m->question_html);
  g_free (m->file_name);
}

static void
test_moodle (void)
{
  static const char * const names[] = { "fork-cow", "buddy-split-merge", "heap-vs-mmap" };
  guint multichoice = 0, numerical = 0, shortanswer = 0;

  for (guint s = 0; s < G_N_ELEMENTS (names); s++)
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[s], NULL);
      /* The last: layout only, where mmap's placement is a typed address. */
      g_autoptr(GPtrArray) questions = s + 1 < G_N_ELEMENTS (names)
                                       ? quiz_of (scenario, 9, 14, 0)
                                       : quiz_of (scenario, 9, 30, 1u << MMS_QUIZ_LAYOUT);
      g_autoptr(GBytes) xml = NULL;
      g_autoptr(GError) error = NULL;
      Moodle m = { 0 };
      guint *n;

      xml = mms_quiz_format (scenario, questions, MMS_QUIZ_FORMAT_MOODLE, FALSE, FALSE, &error);
      g_assert_no_error (error);
      moodle_validate (g_bytes_get_data (xml, NULL), &m);
      g_assert_cmpuint (m.n_categories, ==, 1);
      g_assert_cmpuint (m.n_questions, ==, questions->len);
      /* The questions, in order, each with its own text. */
      for (guint i = 0; i < questions->len; i++)
        {
          MmsQuestion *q = questions->pdata[i];
          g_autofree char *escaped = g_markup_escape_text (q->text, -1);
          g_assert_nonnull (strstr (m.texts->pdata[i], escaped));
        }
      multichoice += (n = g_hash_table_lookup (m.types, "multichoice")) ? *n : 0;
      numerical += (n = g_hash_table_lookup (m.types, "numerical")) ? *n : 0;
      shortanswer += (n = g_hash_table_lookup (m.types, "shortanswer")) ? *n : 0;
      moodle_clear (&m);
    }
  /* All three of Moodle's types were written. */
  g_assert_cmpuint (multichoice, >, 0);
  g_assert_cmpuint (numerical, >, 0);
  g_assert_cmpuint (shortanswer, >, 0);
}

/* The validator refuses what Moodle would: a multichoice without a right answer. */
static void
test_moodle_validator (void)
{
  if (g_test_subprocess ())
    {
      Moodle m = { 0 };
      moodle_validate ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz><question type=\"multichoice\">"
                       "<name><text>q</text></name><questiontext format=\"html\"><text>x</text>"
                       "</questiontext><defaultgrade>1</defaultgrade><single>true</single>"
                       "<shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>"
                       "<answer fraction=\"0\"><text>a</text></answer>"
                       "<answer fraction=\"0\"><text>b</text></answer></question></quiz>", &m);
      moodle_clear (&m);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*n_full*");
}

/* ---- the PDF worksheet --------------------------------------------- */

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH
                               | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  return out;
}

static guint
pdf_pages (const char *text)
{
  guint pages = 0;

  for (const char *p = text; *p != '\0'; p++)
    pages += *p == '\f';
  return pages;
}

static void
test_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mms-quiz-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.pdf", NULL);
  g_autofree char *zh = g_build_filename (dir, "zh.pdf", NULL);
  g_autofree char *text = NULL, *plain_text = NULL, *zh_text = NULL;
  g_autoptr(MmsScenario) scenario = mms_scenario_open ("exec", NULL);
  g_autoptr(GPtrArray) questions = quiz_of (scenario, 21, 5, 0);
  Result r = { 0 };

  cli (&r, "quiz", "exec", "--seed", "21", "--count", "5", "--format", "pdf", "--answers",
       "--lang", "en", "-o", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  cli (&r, "quiz", "exec", "--seed", "21", "--count", "5", "--format", "pdf", "--lang", "en",
       "-o", plain, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  cli (&r, "quiz", "exec", "--seed", "21", "--count", "5", "--format", "pdf", "--answers",
       "--lang", "zh_CN", "-o", zh, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

  text = pdf_text (path);
  plain_text = pdf_text (plain);
  zh_text = pdf_text (zh);
  /* A page per question, then the key. */
  g_assert_cmpuint (pdf_pages (text), ==, 6);
  g_assert_cmpuint (pdf_pages (plain_text), ==, 5);
  g_assert_nonnull (strstr (text, "Answer key"));
  g_assert_null (strstr (plain_text, "Answer key"));
  for (guint i = 0; i < questions->len; i++)
    {
      MmsQuestion *q = questions->pdata[i];
      g_autofree char *head = g_strdup_printf ("Question %u (%s, step %u)", i + 1,
                                               mms_quiz_kind_name (q->kind), q->step);
      g_autofree char *start = g_strndup (q->text, 20);
      g_assert_nonnull (strstr (text, head));
      g_assert_nonnull (strstr (text, start));
    }
  /* The Chinese sheet: Chinese headings and key. */
  g_assert_cmpuint (pdf_pages (zh_text), ==, 6);
  g_assert_nonnull (strstr (zh_text, "第 1 题"));
  g_assert_nonnull (strstr (zh_text, "答案"));
  g_assert_null (strstr (zh_text, "Answer key"));
  /* The built-in's title in the sheet's language. */
  g_assert_nonnull (strstr (text, "exec replacing an image"));
  g_assert_nonnull (strstr (zh_text, "exec 替换程序映像"));
  g_assert_null (strstr (zh_text, "exec replacing an image"));
  /* Without -o a PDF is refused (no binary on a terminal). */
  cli (&r, "quiz", "exec", "--seed", "1", "--format", "pdf", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  g_remove (path);
  g_remove (plain);
  g_remove (zh);
  g_rmdir (dir);
}

/* ---- ask lines ----------------------------------------------------- */

/* The expect line that checks QUESTION's answer where its ask line was, or
 * "" when the answer is one no expect states (a "no", no errno). */
static char *
expect_of_answer (const MmsQuestion *q,
                  const char        *ask_line)
{
  g_autofree char *form = g_strstrip (g_strdup (ask_line + strlen ("ask")));
  char *quote = strchr (form, '"');

  if (quote != NULL)
    *quote = '\0';
  g_strchomp (form);
  if (q->form == MMS_QUIZ_FORM_NUMBER)
    {
      /* The sizes are asked in KiB. */
      gboolean kib = g_str_has_suffix (form, " rss") || g_str_equal (form, "free")
                     || g_str_equal (form, "swap") || g_str_has_prefix (form, "zone ");
      return g_strdup_printf ("expect %s %s%s", form, q->answer, kib ? "K" : "");
    }
  if (q->form == MMS_QUIZ_FORM_TEXT)
    return g_strdup_printf ("expect %s %s", form, q->answer);
  if (g_str_equal (form, "errno"))
    return g_str_has_prefix (q->answer, "none") ? g_strdup ("")
                                                 : g_strdup_printf ("expect errno %s", q->answer);
  return g_str_equal (q->answer, "yes") ? g_strdup_printf ("expect %s", form) : g_strdup ("");
}

/* Checks the ask lines of the scenario TEXT (called NAME): every one is
 * asked, each answer written as the expect line it stands for passes the
 * runner's checks, each access is made for real.  Returns the number of
 * ask lines. */
static guint
check_asks (const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsScenario) checked = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  MmsQuizOptions options = { .seed = 3, .count = 2 };
  guint asked = 0, expects = 0, faults = 0, generated = 0;

  scenario = mms_scenario_parse (name, text, -1, &error);
  g_assert_no_error (error);
  questions = mms_quiz_generate_bilingual (scenario, &options, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; i < questions->len; i++)
    {
      MmsQuestion *q = questions->pdata[i];
      char *line;

      if (!q->from_ask)
        {
          generated++;
          continue;
        }
      asked++;
      line = lines[q->ask_line - 1];
      g_assert_true (g_str_has_prefix (line, "ask "));
      /* Both languages. */
      g_assert_nonnull (q->text_zh_CN);
      if (strstr (line, "\"") != NULL)
        g_assert_cmpstr (q->text_zh_CN, !=, q->text);
      if (q->kind == MMS_QUIZ_FAULT && strstr (line, "ask fault") != NULL)
        {
          check_fault (q, scenario, NULL, 0);
          faults++;
        }
      else
        {
          char *expect = expect_of_answer (q, line);
          expects += *expect != '\0';
          g_free (line);
          lines[q->ask_line - 1] = expect;
        }
    }
  g_assert_cmpuint (asked, ==, scenario->asks->len);
  g_assert_cmpuint (generated, ==, 2);

  /* The answers, written as expect lines, pass the runner's checks (the
   * Chinese words of the replaced ask lines go with them). */
  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "ask.zh_CN") && !g_str_has_prefix (lines[i - 1], "ask "))
      lines[i][0] = '#';
  joined = g_strjoinv ("\n", lines);
  checked = mms_scenario_parse ("checked.mms", joined, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checked->asks->len, ==, faults);
  runner = mms_runner_new (checked, &error);
  g_assert_no_error (error);
  g_assert_true (mms_runner_run_until (runner, checked->steps->len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mms_runner_get_n_expects_checked (runner), ==,
                    expects + scenario->expects->len);
  return scenario->asks->len;
}

static void
test_ask_answers (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "quiz", "ask.mms", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  MmsQuizOptions options = { .seed = 3, .count = 2 };
  gboolean teacher = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_cmpuint (check_asks (path, text), ==, 16);

  /* The teacher's words, in both languages. */
  scenario = mms_scenario_parse (path, text, -1, &error);
  questions = mms_quiz_generate_bilingual (scenario, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < questions->len; i++)
    {
      MmsQuestion *q = questions->pdata[i];
      if (g_strcmp0 (q->text, "The child writes its first page. What happens?") == 0)
        {
          g_assert_cmpstr (q->text_zh_CN, ==, "子进程写它的第一页。会发生什么？");
          teacher = TRUE;
        }
    }
  g_assert_true (teacher);

  /* The writer keeps the ask lines and their Chinese words. */
  {
    g_autofree char *written = mms_scenario_to_text (scenario);
    g_autoptr(MmsScenario) again = mms_scenario_parse ("again.mms", written, -1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (again->asks->len, ==, scenario->asks->len);
    g_assert_nonnull (strstr (written, "ask.zh_CN \"新进程有多少个 VMA？\""));
  }
}

/* The built-in exercise sets: the seeds' topics carry ask lines, in
 * English and Chinese, and their answers hold. */
static void
test_builtin_exercises (void)
{
  static const char * const topics[] = { "layout-i386", "demand-paging", "fork-cow",
                                         "munmap-split", "heap-vs-mmap", "buddy-split-merge",
                                         "slab-grow-shrink" };
  g_auto(GStrv) names = mms_builtin_list ();
  guint with_asks = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = mms_builtin_lookup (names[i]);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autoptr(MmsScenario) scenario = mms_scenario_parse (names[i], text, -1, NULL);

      g_assert_nonnull (scenario);
      for (guint a = 0; a < scenario->asks->len; a++)
        {
          MmsAsk *ask = scenario->asks->pdata[a];
          g_assert_nonnull (ask->question);
          g_assert_nonnull (ask->question_zh_CN);
        }
      if (scenario->asks->len > 0)
        {
          g_assert_cmpuint (check_asks (names[i], text), >=, 2);
          with_asks++;
        }
      if (g_strv_contains (topics, names[i]))
        g_assert_cmpuint (scenario->asks->len, >=, 2);
    }
  g_assert_cmpuint (with_asks, >=, G_N_ELEMENTS (topics));
}

static void
test_ask_errors (void)
{
  static const struct { const char *line; const char *error; } cases[] = {
    { "ask", "bad.mms:2:4: error: missing check after 'ask'" },
    { "ask parent", "bad.mms:2:5: error: unknown check 'parent'" },
    { "ask parent rss 4K", "bad.mms:2:16: error: unexpected '4K' after 'ask P rss" },
    { "ask parent sgev", "bad.mms:2:12: error: unknown check 'sgev'" },
    { "ask fault parent poke stack", "bad.mms:2:18: error: unknown access 'poke'" },
    { "ask fault parent write", "bad.mms:2:23: error: missing address after 'ask fault P ACCESS'" },
    { "ask fault parent write -3", "bad.mms:2:24: error: expected an address" },
    { "ask nr_free DMA32", "bad.mms:2:18: error: missing order after 'ask nr_free ZONE'" },
    { "ask nr_free DMA99 1", "bad.mms:2:13: error: unknown zone 'DMA99'" },
    { "ask slabs", "bad.mms:2:10: error: missing cache name after 'ask slabs'" },
    { "ask zone DMA32 used", "bad.mms:2:16: error: expected 'free' after 'ask zone ZONE', got 'used'" },
    { "ask free \"a\" \"b\"", "bad.mms:2:14: error: unexpected '\"b\"'" },
    { "ask.zh_CN \"问\"", "bad.mms:2:1: error: 'ask.zh_CN' must follow an 'ask' line" },
    { "ask free\nask.zh_CN \"一\"\nask.zh_CN \"二\"", "bad.mms:4:1: error: second 'ask.zh_CN'" },
  };
  static const struct { const char *line; const char *error; } runtime[] = {
    { "ask nobody rss", "bad.mms:2:5: error: no process 'nobody'" },
    { "ask fault parent write nolabel", "bad.mms:2:24: error: label 'nolabel' is not bound" },
    { "ask slabs no_such_cache", "bad.mms:2:11: error: no cache 'no_such_cache'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("spawn parent\n%s\n", cases[i].line);
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("bad.mms", text, -1, &error);

      g_assert_null (scenario);
      g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
      if (!g_str_has_prefix (error->message, cases[i].error))
        g_error ("%s: got '%s'", cases[i].line, error->message);
    }
  for (guint i = 0; i < G_N_ELEMENTS (runtime); i++)
    {
      g_autofree char *text = g_strdup_printf ("spawn parent\n%s\n", runtime[i].line);
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("bad.mms", text, -1, &error);
      MmsQuizOptions options = { .seed = 1, .count = 3 };
      g_autoptr(GPtrArray) questions = NULL;

      g_assert_no_error (error);
      questions = mms_quiz_generate (scenario, &options, &error);
      g_assert_null (questions);
      g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SEMANTIC);
      if (!g_str_has_prefix (error->message, runtime[i].error))
        g_error ("%s: got '%s'", runtime[i].line, error->message);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quiz/answers-agree", test_answers_agree);
  g_test_add_func ("/quiz/seeds", test_seeds);
  g_test_add_func ("/quiz/kinds-and-steps", test_kinds_and_steps);
  g_test_add_func ("/quiz/cli-json", test_cli_json);
  g_test_add_func ("/quiz/cli-text-and-errors", test_cli_text_and_errors);
  g_test_add_func ("/quiz/ask-answers", test_ask_answers);
  g_test_add_func ("/quiz/ask-errors", test_ask_errors);
  g_test_add_func ("/quiz/builtin-exercises", test_builtin_exercises);
  g_test_add_func ("/quiz/moodle", test_moodle);
  g_test_add_func ("/quiz/moodle-validator", test_moodle_validator);
  g_test_add_func ("/quiz/pdf", test_pdf);
  return g_test_run ();
}
