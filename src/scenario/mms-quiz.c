/* mms-quiz.c: see mms-quiz.h.
 *
 * The generator runs the scenario once.  Before every step it notes what
 * the wrong answers need (the state the step starts from); after it, each
 * kind adds its candidate questions about that step, each answered from
 * the engine's state or the step's events, through the same report
 * functions that mmscope-cli prints (mms_report_maps, mms_report_smaps,
 * mms_report_pagewalk, the zones' free lists, the slab caches).  Then the
 * seeded generator picks the questions, taking the kinds in turn so that
 * a short quiz still mixes them, and shuffles each question's choices.
 *
 * An access that the scenario does not make ("what would a write at ADDR
 * do now?") is made on a copy of the machine (mms_machine_clone), whose
 * events say what the fault handler did; the scenario's own state is not
 * touched.
 */
#include "mms-config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mms-quiz.h"
#include "mms-i18n.h"
#include "mms-clone.h"
#include "mms-malloc.h"
#include "mms-process.h"
#include "mms-slab.h"
#include "mms-runner.h"

#define PAGE_ALIGN_UP(x) (((x) + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK)

static const char * const kind_names[MMS_QUIZ_N_KINDS] = {
  "maps", "fault", "pagewalk", "vma-count", "rss", "buddy", "slab", "layout", "mm", "malloc",
};

const char *
mms_quiz_kind_name (MmsQuizKind kind)
{
  g_return_val_if_fail (kind < MMS_QUIZ_N_KINDS, "?");
  return kind_names[kind];
}

gboolean
mms_quiz_kind_from_name (const char  *name,
                         MmsQuizKind *kind)
{
  for (guint i = 0; i < MMS_QUIZ_N_KINDS; i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
mms_quiz_kinds_parse (const char  *list,
                      guint       *kinds,
                      GError     **error)
{
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (list != NULL && kinds != NULL, FALSE);
  *kinds = 0;
  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      MmsQuizKind kind;
      char *name = g_strstrip (names[i]);

      if (*name == '\0')
        continue;
      if (!mms_quiz_kind_from_name (name, &kind))
        {
          g_autofree char *all = g_strjoinv (", ", (char **) kind_names);
          /* Translators: %1$s is a word given to --kinds, %2$s the list of kinds. */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unknown question kind '%s' (the kinds: %s)"), name, all);
          return FALSE;
        }
      *kinds |= 1u << kind;
    }
  if (*kinds == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--kinds names no question kind"));
      return FALSE;
    }
  return TRUE;
}

const char *
mms_quiz_fault_label (MmsQuizFault fault)
{
  switch (fault)
    {
    case MMS_QUIZ_FAULT_NONE: return _("no fault: the page-table entry already allows the access");
    case MMS_QUIZ_FAULT_MINOR: return _("a minor fault: a frame is mapped without reading anything");
    case MMS_QUIZ_FAULT_MAJOR: return _("a major fault: the page is read from the file or from swap");
    case MMS_QUIZ_FAULT_COW_COPY: return _("a copy-on-write fault that copies the frame (wp_page_copy)");
    case MMS_QUIZ_FAULT_COW_REUSE: return _("a copy-on-write fault that reuses the frame (wp_page_reuse)");
    case MMS_QUIZ_FAULT_STACK: return _("the stack grows down to the address (expand_stack)");
    case MMS_QUIZ_FAULT_SEGV_MAPERR: return _("SIGSEGV with SEGV_MAPERR: no VMA there");
    case MMS_QUIZ_FAULT_SEGV_ACCERR: return _("SIGSEGV with SEGV_ACCERR: the VMA forbids the access");
    case MMS_QUIZ_FAULT_OOM: return _("out of memory");
    case MMS_QUIZ_N_FAULTS:
    default: return "?";
    }
}

void
mms_question_free (MmsQuestion *q)
{
  if (q == NULL)
    return;
  g_free (q->process);
  g_free (q->subject);
  g_free (q->text);
  g_free (q->answer);
  g_clear_pointer (&q->choices, g_ptr_array_unref);
  g_free (q->explanation);
  g_free (q->text_zh_CN);
  g_free (q->answer_zh_CN);
  g_clear_pointer (&q->choices_zh_CN, g_ptr_array_unref);
  g_free (q->explanation_zh_CN);
  g_free (q->zone);
  g_free (q->cache);
  g_free (q);
}

/* Reads an unsigned number, decimal or 0x hexadecimal. */
static gboolean
parse_number (const char *text,
              guint64    *value)
{
  guint base = 10;

  while (g_ascii_isspace (*text))
    text++;
  if (g_str_has_prefix (text, "0x") || g_str_has_prefix (text, "0X"))
    text += 2, base = 16;
  return g_ascii_string_to_unsigned (text, base, 0, G_MAXUINT64, value, NULL);
}

gboolean
mms_question_check (const MmsQuestion *q,
                    const char        *response)
{
  g_autofree char *given = NULL;
  g_autofree char *wanted = NULL;
  guint64 a, b;

  g_return_val_if_fail (q != NULL, FALSE);
  if (response == NULL)
    return FALSE;
  given = g_strstrip (g_strdup (response));
  switch (q->form)
    {
    case MMS_QUIZ_FORM_CHOICE:
      return parse_number (given, &a) && a == q->correct;
    case MMS_QUIZ_FORM_NUMBER:
      return parse_number (given, &a) && q->number >= 0 && a == (guint64) q->number;
    case MMS_QUIZ_FORM_TEXT:
    default:
      wanted = g_strstrip (g_strdup (q->answer));
      if (parse_number (given, &a) && parse_number (wanted, &b))
        return a == b;
      return g_ascii_strcasecmp (given, wanted) == 0;
    }
}

/* The seeded generator: MT19937 through g_rand_int () only, whose output
 * GLib guarantees for a seed (g_rand_int_range () changed once). */
static guint32
rand_below (GRand  *rand,
            guint32 n)
{
  guint32 limit, r;

  g_assert (n > 0);
  limit = G_MAXUINT32 - G_MAXUINT32 % n;
  do
    r = g_rand_int (rand);
  while (r >= limit);
  return r % n;
}

static void
shuffle (GRand     *rand,
         GPtrArray *array)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = rand_below (rand, i);
      gpointer t = array->pdata[i - 1];
      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = t;
    }
}

/* What a step starts from, for the wrong answers. */
typedef struct
{
  gboolean has_mm;
  GString *maps;
  gint map_count;
  guint64 rss_kb, pss_kb, shared_kb, private_kb, size_kb;
  gint mm_users, mm_count;
  guint64 total_vm;
  guint64 nr_free[MMS_NR_ZONES][MMS_MAX_ORDER];
  guint slabs[64][3];
} Before;

typedef struct
{
  MmsScenario *scenario;
  MmsRunner *runner;
  MmsMachine *machine;
  GRand *rand;
  GPtrArray *candidates;    /* MmsQuestion * */
  GPtrArray *asked;         /* MmsQuestion *: the ask lines' */
  guint kinds;              /* the kinds wanted */
  const MmsStmt *stmt;      /* the step asked about */
  const MmsEvent *events;
  guint n_events;
  Before before;
} Quiz;

/* A new candidate about the current step; ANSWER is its correct answer and
 * the first choice (choices follow with add_choice). */
static MmsQuestion *
question_new (Quiz        *quiz,
              MmsQuizKind  kind,
              MmsQuizForm  form,
              const char  *process,
              const char  *subject,
              char        *text,
              char        *answer)
{
  MmsQuestion *q = g_new0 (MmsQuestion, 1);
  const MmsStmt *stmt = quiz->stmt;

  q->kind = kind;
  q->form = form;
  q->step = stmt != NULL ? stmt->index : 0;
  q->process = g_strdup (process);
  q->subject = g_strdup (subject);
  q->text = text;
  q->answer = answer;
  q->choices = g_ptr_array_new_with_free_func (g_free);
  if (form == MMS_QUIZ_FORM_CHOICE)
    g_ptr_array_add (q->choices, g_strdup (answer));
  if (stmt != NULL)
    {
      const char *note = stmt->note;
      const char *lang = g_getenv ("LANGUAGE");

      if (lang != NULL && g_str_has_prefix (lang, "zh") && stmt->note_zh_CN != NULL)
        note = stmt->note_zh_CN;
      if (note != NULL)
        q->explanation = g_strdup (note);
      else
        q->explanation = g_strdup (mms_runner_get_result (quiz->runner)->summary);
    }
  g_ptr_array_add (quiz->candidates, q);
  return q;
}

/* Adds a wrong choice (taking CHOICE), unless it is already there or the
 * question has four. */
static void
add_choice (MmsQuestion *q,
            char        *choice)
{
  g_autofree char *owned = choice;

  if (choice == NULL || q->choices->len >= 4)
    return;
  for (guint i = 0; i < q->choices->len; i++)
    if (g_str_equal (q->choices->pdata[i], choice))
      return;
  g_ptr_array_add (q->choices, g_steal_pointer (&owned));
}

/* A multiple-choice question with no wrong choice left is a free answer. */
static void
finish_choices (MmsQuestion *q)
{
  if (q->form == MMS_QUIZ_FORM_CHOICE && q->choices->len < 2)
    {
      q->form = MMS_QUIZ_FORM_TEXT;
      g_ptr_array_set_size (q->choices, 0);
    }
}

/* The step as the question quotes it: "step 3 (`parent write buf 16K`)". */
static char *
step_phrase (Quiz *quiz)
{
  if (quiz->stmt == NULL)
    return g_strdup (_("the boot"));
  /* Translators: %1$u is a step number, %2$s the statement as written in the scenario. */
  return g_strdup_printf (_("step %u (%s)"), quiz->stmt->index, quiz->stmt->text);
}

static struct task_struct *
live_task (Quiz       *quiz,
           const char *name)
{
  struct task_struct *task;

  if (name == NULL)
    return NULL;
  task = mms_runner_lookup_task (quiz->runner, name);
  if (task == NULL || task->mm == NULL || task->state != MMS_TASK_RUNNING)
    return NULL;
  return task;
}

/* The process a step is about: the child of a fork, the new thread, else
 * the statement's process. */
static const char *
step_process (const MmsStmt *stmt)
{
  if (stmt->kind == MMS_STMT_FORK || stmt->kind == MMS_STMT_THREAD)
    return stmt->target;
  return stmt->proc;
}

/* smaps summed over the VMAs, as smaps_rollup shows it. */
typedef struct
{
  guint64 size, rss, pss, shared, private;
} Rollup;

static void
smaps_rollup (struct mm_struct *mm,
              Rollup           *r)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  memset (r, 0, sizeof *r);
  mms_report_smaps (mm, out);
  lines = g_strsplit (out->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      static const struct { const char *name; gsize offset; } fields[] = {
        { "Size:", G_STRUCT_OFFSET (Rollup, size) },
        { "Rss:", G_STRUCT_OFFSET (Rollup, rss) },
        { "Pss:", G_STRUCT_OFFSET (Rollup, pss) },
        { "Shared_Clean:", G_STRUCT_OFFSET (Rollup, shared) },
        { "Shared_Dirty:", G_STRUCT_OFFSET (Rollup, shared) },
        { "Private_Clean:", G_STRUCT_OFFSET (Rollup, private) },
        { "Private_Dirty:", G_STRUCT_OFFSET (Rollup, private) },
      };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        if (g_str_has_prefix (lines[i], fields[f].name))
          G_STRUCT_MEMBER (guint64, r, fields[f].offset)
            += g_ascii_strtoull (lines[i] + strlen (fields[f].name), NULL, 10);
    }
}

static void
take_before (Quiz *quiz)
{
  Before *b = &quiz->before;
  struct task_struct *task = live_task (quiz, step_process (quiz->stmt));
  MmsMachine *m = quiz->machine;

  if (task == NULL && quiz->stmt->kind == MMS_STMT_FORK)
    task = live_task (quiz, quiz->stmt->proc);
  g_string_truncate (b->maps, 0);
  b->has_mm = task != NULL;
  if (task != NULL)
    {
      Rollup r;

      mms_report_maps (task->mm, b->maps);
      b->map_count = task->mm->map_count;
      smaps_rollup (task->mm, &r);
      b->rss_kb = r.rss, b->pss_kb = r.pss, b->shared_kb = r.shared;
      b->private_kb = r.private, b->size_kb = r.size;
      b->mm_users = task->mm->mm_users;
      b->mm_count = task->mm->mm_count;
      b->total_vm = task->mm->total_vm;
    }
  for (guint z = 0; z < MMS_NR_ZONES; z++)
    for (guint o = 0; o < MMS_MAX_ORDER; o++)
      b->nr_free[z][o] = m->zones[z].free_area[o].nr_free;
  for (guint i = 0; i < m->caches->len && i < G_N_ELEMENTS (b->slabs); i++)
    {
      struct kmem_cache *c = m->caches->pdata[i];
      b->slabs[i][0] = c->slabs_full.length;
      b->slabs[i][1] = c->slabs_partial.length;
      b->slabs[i][2] = c->slabs_free.length;
    }
}

static gboolean
stmt_changes_vmas (const MmsStmt *stmt)
{
  switch (stmt->kind)
    {
    case MMS_STMT_SPAWN: case MMS_STMT_FORK: case MMS_STMT_EXEC: case MMS_STMT_MMAP:
    case MMS_STMT_MUNMAP: case MMS_STMT_MPROTECT: case MMS_STMT_MREMAP: case MMS_STMT_BRK:
    case MMS_STMT_SHMAT: case MMS_STMT_SHMDT:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
stmt_is_access (const MmsStmt *stmt)
{
  return stmt->kind == MMS_STMT_READ || stmt->kind == MMS_STMT_WRITE
         || stmt->kind == MMS_STMT_FETCH;
}

/* ---- maps ---------------------------------------------------------- */

/* Two touching lines of MAPS merged into one, the first's fields kept: the
 * VMA that merges when it cannot (different permissions, files or
 * offsets).  NULL when no two lines touch. */
static char *
maps_merged (const char *maps)
{
  g_auto(GStrv) lines = g_strsplit (maps, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean done = FALSE;

  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      const char *next = lines[i + 1];
      const char *dash = strchr (lines[i], '-');
      const char *space = strchr (lines[i], ' ');

      if (!done && next != NULL && *next != '\0' && dash != NULL && space != NULL
          && strncmp (dash + 1, next, space - dash - 1) == 0 && next[space - dash - 1] == '-')
        {
          /* start of this line, end of the next, the rest of this one. */
          const char *next_space = strchr (next, ' ');
          g_string_append_len (out, lines[i], dash + 1 - lines[i]);
          g_string_append_len (out, strchr (next, '-') + 1, next_space - strchr (next, '-') - 1);
          g_string_append (out, space);
          g_string_append_c (out, '\n');
          done = TRUE;
          i++;
          continue;
        }
      g_string_append (out, lines[i]);
      g_string_append_c (out, '\n');
    }
  return done ? g_strdup (out->str) : NULL;
}

static void
add_maps (Quiz *quiz)
{
  const char *name = step_process (quiz->stmt);
  struct task_struct *task = live_task (quiz, name);
  g_autoptr(GString) maps = g_string_new (NULL);
  g_autofree char *when = NULL;
  MmsQuestion *q;

  if (task == NULL || !stmt_changes_vmas (quiz->stmt))
    return;
  mms_report_maps (task->mm, maps);
  when = step_phrase (quiz);
  q = question_new (quiz, MMS_QUIZ_MAPS, MMS_QUIZ_FORM_CHOICE, name, "maps",
                    /* Translators: %1$s is "step 3 (statement)", %2$s a process's name. */
                    g_strdup_printf (_("After %s, what does /proc/%s/maps show?"), when, name),
                    g_strdup (maps->str));
  /* Misconceptions: nothing changes until the memory is used; touching
   * VMAs always merge; a new mapping stays apart from its neighbour. */
  if (quiz->before.has_mm && quiz->stmt->kind != MMS_STMT_SPAWN
      && quiz->stmt->kind != MMS_STMT_FORK)
    add_choice (q, g_strdup (quiz->before.maps->str));
  add_choice (q, maps_merged (maps->str));
  if (quiz->before.has_mm)
    add_choice (q, maps_merged (quiz->before.maps->str));
  finish_choices (q);
}

/* ---- vma-count ----------------------------------------------------- */

static void
add_vma_count (Quiz *quiz)
{
  const char *name = step_process (quiz->stmt);
  struct task_struct *task = live_task (quiz, name);
  g_autofree char *when = NULL;
  MmsQuestion *q;

  if (task == NULL || !stmt_changes_vmas (quiz->stmt))
    return;
  when = step_phrase (quiz);
  q = question_new (quiz, MMS_QUIZ_VMA_COUNT, MMS_QUIZ_FORM_NUMBER, name, "map_count",
                    /* Translators: %1$s is a process's name, %2$s "step 3 (statement)". */
                    g_strdup_printf (_("How many VMAs (map_count) does %s have after %s?"),
                                     name, when),
                    g_strdup_printf ("%d", task->mm->map_count));
  q->number = task->mm->map_count;
}

/* ---- fault --------------------------------------------------------- */

/* What the fault handler did for the first fault among EVENTS. */
static MmsQuizFault
classify_fault (const MmsEvent *events,
                guint           n)
{
  gboolean started = FALSE, stack = FALSE, major = FALSE, minor = FALSE, oom = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const MmsEvent *e = &events[i];

      if (e->kind == MMS_EV_FAULT)
        {
          if (started)
            break;
          started = TRUE;
          continue;
        }
      if (!started)
        continue;
      switch (e->kind)
        {
        case MMS_EV_SEGV:
          return e->count == MMS_SEGV_ACCERR ? MMS_QUIZ_FAULT_SEGV_ACCERR
                                             : MMS_QUIZ_FAULT_SEGV_MAPERR;
        case MMS_EV_EXPAND_STACK:
          stack = TRUE;
          break;
        case MMS_EV_WP_COPY:
          if (!stack)
            return MMS_QUIZ_FAULT_COW_COPY;
          break;
        case MMS_EV_WP_REUSE:
          if (!stack)
            return MMS_QUIZ_FAULT_COW_REUSE;
          break;
        case MMS_EV_SWAP_IN:
          major = TRUE;
          break;
        case MMS_EV_FILE_FAULT:
          if (e->count != 0)
            major = TRUE;
          else
            minor = TRUE;
          break;
        case MMS_EV_ANON_PAGE:
        case MMS_EV_ZERO_PAGE_MAP:
          minor = TRUE;
          break;
        case MMS_EV_ALLOC_FAIL:
        case MMS_EV_OOM_KILL:
          oom = TRUE;
          break;
        default:
          break;
        }
    }
  if (stack)
    return MMS_QUIZ_FAULT_STACK;
  if (major)
    return MMS_QUIZ_FAULT_MAJOR;
  if (minor)
    return MMS_QUIZ_FAULT_MINOR;
  if (oom)
    return MMS_QUIZ_FAULT_OOM;
  return MMS_QUIZ_FAULT_NONE;
}

static void
collect_event_cb (MmsMachine     *machine,
                  const MmsEvent *event,
                  gpointer        user_data)
{
  g_array_append_val ((GArray *) user_data, *event);
}

/* What ACCESS of one byte at ADDR by the process COMM would do now, tried
 * on a copy of the machine; WHAT gets what the kernel did, in the
 * narration's sentences (the explanation of the answer). */
static MmsQuizFault
try_access (MmsMachine  *machine,
            const char  *comm,
            guint64      addr,
            MmsAccess    access,
            char       **what)
{
  g_autoptr(MmsMachine) copy = mms_machine_clone (machine);
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (MmsEvent));
  g_autoptr(GString) said = g_string_new (NULL);
  struct task_struct *task = mms_task_lookup (copy, comm);
  guint n = 0;

  *what = NULL;
  if (task == NULL || task->mm == NULL)
    return MMS_QUIZ_FAULT_SEGV_MAPERR;
  mms_machine_set_event_func (copy, collect_event_cb, events);
  mms_touch (task, addr, 1, access);
  mms_machine_set_event_func (copy, NULL, NULL);
  /* The fault handler's decisions, not the bookkeeping around them. */
  for (guint i = 0; i < events->len && n < 4; i++)
    {
      const MmsEvent *e = &g_array_index (events, MmsEvent, i);
      g_autofree char *line = NULL;

      if (e->kind != MMS_EV_FAULT && e->kind != MMS_EV_SEGV && e->kind != MMS_EV_EXPAND_STACK
          && e->kind != MMS_EV_WP_COPY && e->kind != MMS_EV_WP_REUSE
          && e->kind != MMS_EV_ANON_PAGE && e->kind != MMS_EV_ZERO_PAGE_MAP
          && e->kind != MMS_EV_FILE_FAULT && e->kind != MMS_EV_SWAP_IN
          && e->kind != MMS_EV_SET_PTE)
        continue;
      line = mms_event_describe (e);
      g_string_append_printf (said, "%s%s", n > 0 ? "\n" : "", line);
      n++;
    }
  if (said->len > 0)
    *what = g_strdup (said->str);
  return classify_fault ((const MmsEvent *) events->data, events->len);
}

/* The wrong answers students give, most telling first. */
static const MmsQuizFault fault_misconceptions[MMS_QUIZ_N_FAULTS][3] = {
  /* none: a fault on every access; the write copies; the page is read in */
  [MMS_QUIZ_FAULT_NONE] = { MMS_QUIZ_FAULT_MINOR, MMS_QUIZ_FAULT_COW_COPY, MMS_QUIZ_FAULT_MAJOR },
  /* minor: the page was resident since the mmap; it is read from disk */
  [MMS_QUIZ_FAULT_MINOR] = { MMS_QUIZ_FAULT_NONE, MMS_QUIZ_FAULT_MAJOR, MMS_QUIZ_FAULT_SEGV_MAPERR },
  [MMS_QUIZ_FAULT_MAJOR] = { MMS_QUIZ_FAULT_MINOR, MMS_QUIZ_FAULT_NONE, MMS_QUIZ_FAULT_SEGV_MAPERR },
  /* copy: the copy happened at fork; the frame is reused */
  [MMS_QUIZ_FAULT_COW_COPY] = { MMS_QUIZ_FAULT_NONE, MMS_QUIZ_FAULT_COW_REUSE, MMS_QUIZ_FAULT_MINOR },
  /* reuse: the write always copies; nothing happens */
  [MMS_QUIZ_FAULT_COW_REUSE] = { MMS_QUIZ_FAULT_COW_COPY, MMS_QUIZ_FAULT_NONE, MMS_QUIZ_FAULT_MINOR },
  /* stack: below the stack VMA is unmapped */
  [MMS_QUIZ_FAULT_STACK] = { MMS_QUIZ_FAULT_SEGV_MAPERR, MMS_QUIZ_FAULT_MINOR, MMS_QUIZ_FAULT_NONE },
  /* maperr: the stack grows there; a page appears */
  [MMS_QUIZ_FAULT_SEGV_MAPERR] = { MMS_QUIZ_FAULT_STACK, MMS_QUIZ_FAULT_MINOR, MMS_QUIZ_FAULT_SEGV_ACCERR },
  /* accerr: a write to a read-only page is copy-on-write */
  [MMS_QUIZ_FAULT_SEGV_ACCERR] = { MMS_QUIZ_FAULT_COW_COPY, MMS_QUIZ_FAULT_MINOR, MMS_QUIZ_FAULT_SEGV_MAPERR },
  [MMS_QUIZ_FAULT_OOM] = { MMS_QUIZ_FAULT_MINOR, MMS_QUIZ_FAULT_SEGV_MAPERR, MMS_QUIZ_FAULT_NONE },
};

static const char *
access_word (MmsAccess access)
{
  switch (access)
    {
    case MMS_ACCESS_WRITE: return C_("access", "write");
    case MMS_ACCESS_EXEC: return C_("access", "instruction fetch");
    case MMS_ACCESS_READ:
    default: return C_("access", "read");
    }
}

static MmsQuestion *
fault_question (Quiz         *quiz,
                const char   *name,
                guint64       addr,
                MmsAccess     access,
                MmsQuizFault  fault,
                gboolean      hypothetical)
{
  g_autofree char *when = step_phrase (quiz);
  MmsQuestion *q;
  char *text;

  if (hypothetical)
    /* Translators: %1$s is "step 3 (statement)", %2$s a process, %3$s an access
     * (read, write, instruction fetch), 0x%4$llx an address. */
    text = g_strdup_printf (_("After %s, %s makes a %s at 0x%llx. What happens?"), when, name,
                            access_word (access), (unsigned long long) addr);
  else
    /* Translators: %1$s is "step 3 (statement)"; 0x%2$llx an address. */
    text = g_strdup_printf (_("What does the first page of the access in %s (at 0x%llx) do?"),
                            when, (unsigned long long) addr);
  q = question_new (quiz, MMS_QUIZ_FAULT, MMS_QUIZ_FORM_CHOICE, name,
                    hypothetical ? "access" : "step", text,
                    g_strdup (mms_quiz_fault_label (fault)));
  q->has_addr = TRUE;
  q->addr = addr;
  q->access = access;
  q->fault = fault;
  q->hypothetical = hypothetical;
  for (guint i = 0; i < 3; i++)
    add_choice (q, g_strdup (mms_quiz_fault_label (fault_misconceptions[fault][i])));
  return q;
}

/* A random address of TASK worth asking about: in a VMA, just below the
 * stack, or in a hole. */
static guint64
pick_address (Quiz               *quiz,
              struct task_struct *task,
              gboolean            with_holes)
{
  struct mm_struct *mm = task->mm;
  struct vm_area_struct *vma, *stack = NULL;
  guint n = 0, pick, way = rand_below (quiz->rand, 10);

  for (vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    {
      n++;
      if (vma->vm_flags & VM_GROWSDOWN)
        stack = vma;
    }
  if (with_holes && way == 0 && stack != NULL)
    return stack->vm_start - MMS_PAGE_SIZE * (1 + rand_below (quiz->rand, 8)) + 0x10;
  if (with_holes && way == 1)
    {
      /* The middle of the widest hole below the stack. */
      guint64 best = 0, best_len = 0, prev_end = MMS_MMAP_MIN_ADDR;
      for (vma = mm->mmap; vma != NULL; vma = vma->vm_next)
        {
          if (vma->vm_start - prev_end > best_len && vma != stack)
            best = prev_end, best_len = vma->vm_start - prev_end;
          prev_end = vma->vm_end;
        }
      if (best_len >= 2 * MMS_PAGE_SIZE)
        return (best + best_len / 2) & MMS_PAGE_MASK;
    }
  if (n == 0)
    return MMS_MMAP_MIN_ADDR;
  pick = rand_below (quiz->rand, n);
  for (vma = mm->mmap; pick > 0; vma = vma->vm_next)
    pick--;
  return vma->vm_start + MMS_PAGE_SIZE
         * rand_below (quiz->rand, (guint32) MIN ((vma->vm_end - vma->vm_start) >> MMS_PAGE_SHIFT,
                                                  G_MAXUINT32))
         + 0x40 * rand_below (quiz->rand, 64);
}

static void
add_fault (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  const char *name = stmt->proc;
  struct task_struct *task;

  if (name == NULL)
    return;
  if (stmt_is_access (stmt))
    {
      /* The step's own access: its events tell. */
      for (guint i = 0; i < quiz->n_events; i++)
        if (quiz->events[i].kind == MMS_EV_FAULT)
          {
            fault_question (quiz, name, quiz->events[i].addr, quiz->events[i].count,
                            classify_fault (quiz->events + i, quiz->n_events - i), FALSE);
            break;
          }
      return;
    }
  task = live_task (quiz, name);
  if (task != NULL)
    {
      static const MmsAccess accesses[] = {
        MMS_ACCESS_WRITE, MMS_ACCESS_WRITE, MMS_ACCESS_READ, MMS_ACCESS_READ, MMS_ACCESS_EXEC,
      };
      guint64 addr = pick_address (quiz, task, TRUE);
      MmsAccess access = accesses[rand_below (quiz->rand, G_N_ELEMENTS (accesses))];

      g_autofree char *what = NULL;
      MmsQuizFault fault = try_access (quiz->machine, task->comm, addr, access, &what);
      MmsQuestion *q = fault_question (quiz, name, addr, access, fault, TRUE);

      if (what != NULL)
        {
          g_free (q->explanation);
          q->explanation = g_steal_pointer (&what);
        }
    }
}

/* ---- pagewalk ------------------------------------------------------ */

/* The walk of ADDR in words, from mms_report_pagewalk ()'s lines:
 * "PGD 255, PUD 511, PMD 511, PTE 499: frame 0x123".  With REVERSED the
 * indices go bottom up (the address read from its low bits); with OTHER
 * the walk ends the other way (a frame where it stops, a stop where it
 * reaches a frame). */
static char *
walk_text (const char *report,
           gboolean    reversed,
           gboolean    other,
           guint64     zero_pfn)
{
  g_auto(GStrv) lines = g_strsplit (report, "\n", -1);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *last = NULL;
  gboolean frame = FALSE;
  guint64 pfn = 0;
  guint n;

  for (n = 0; lines[n] != NULL && *lines[n] != '\0'; n++)
    {
      char level[8];
      guint idx;

      if (sscanf (lines[n], "%7s index %u:", level, &idx) != 2)
        return g_strdup (lines[n]);   /* outside user space */
      g_ptr_array_add (parts, g_strdup_printf ("%s %u", level, idx));
      last = lines[n];
    }
  if (last == NULL)
    return g_strdup ("");
  if (strstr (last, "-> frame 0x") != NULL)
    {
      frame = TRUE;
      pfn = g_ascii_strtoull (strstr (last, "-> frame 0x") + 11, NULL, 16);
    }
  if (reversed)
    {
      /* The indices in the other order, each level keeping its name. */
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < parts->len; i++)
        g_ptr_array_add (names, g_strndup (parts->pdata[i], strcspn (parts->pdata[i], " ")));
      for (guint i = 0; i < parts->len; i++)
        {
          const char *from = parts->pdata[parts->len - 1 - i];
          g_string_append_printf (out, "%s%s%s", i > 0 ? ", " : "", (char *) names->pdata[i],
                                  strchr (from, ' '));
        }
      if (parts->len == 1)
        return NULL;
    }
  else
    for (guint i = 0; i < parts->len; i++)
      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", (char *) parts->pdata[i]);
  if (frame != other)
    /* Translators: where a page-table walk ends; 0x%llx is a frame number. */
    g_string_append_printf (out, _(": frame 0x%llx"),
                            (unsigned long long) (frame ? pfn : zero_pfn));
  else
    g_string_append (out, _(": the walk stops here (not present)"));
  return g_strdup (out->str);
}

static void
add_pagewalk (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  const char *name = stmt->proc;
  struct task_struct *task = live_task (quiz, name);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *when = NULL;
  guint64 addr = G_MAXUINT64;
  MmsQuestion *q;

  if (task == NULL || stmt->kind == MMS_STMT_SPAWN)
    return;
  for (guint i = 0; i < quiz->n_events && addr == G_MAXUINT64; i++)
    if (quiz->events[i].kind == MMS_EV_FAULT)
      addr = quiz->events[i].addr;
  if (addr == G_MAXUINT64)
    addr = pick_address (quiz, task, FALSE);
  mms_report_pagewalk (task->mm, addr, report);
  when = step_phrase (quiz);
  q = question_new (quiz, MMS_QUIZ_PAGEWALK, MMS_QUIZ_FORM_CHOICE, name, "walk",
                    /* Translators: %1$s is "step 3 (statement)", 0x%2$llx an address, %3$s a process. */
                    g_strdup_printf (_("After %s, which table indices does the walk of 0x%llx in %s's "
                                       "page tables take, and where does it end?"),
                                     when, (unsigned long long) addr, name),
                    walk_text (report->str, FALSE, FALSE, quiz->machine->zero_pfn));
  q->has_addr = TRUE;
  q->addr = addr;
  add_choice (q, walk_text (report->str, FALSE, TRUE, quiz->machine->zero_pfn));
  add_choice (q, walk_text (report->str, TRUE, FALSE, quiz->machine->zero_pfn));
  add_choice (q, walk_text (report->str, TRUE, TRUE, quiz->machine->zero_pfn));
  finish_choices (q);
}

/* ---- rss ----------------------------------------------------------- */

static char *
rss_text (guint64 rss,
          guint64 pss,
          guint64 shared,
          guint64 private)
{
  /* Translators: smaps' fields summed; keep the field names Rss, Pss, Shared, Private. */
  return g_strdup_printf (_("Rss %llu kB, Pss %llu kB, Shared %llu kB, Private %llu kB"),
                          (unsigned long long) rss, (unsigned long long) pss,
                          (unsigned long long) shared, (unsigned long long) private);
}

static void
add_rss (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  const char *name = step_process (stmt);
  struct task_struct *task = live_task (quiz, name);
  const Before *b = &quiz->before;
  g_autofree char *when = NULL;
  MmsQuestion *q;
  Rollup r;

  if (task == NULL || stmt->kind == MMS_STMT_SPAWN || stmt->kind == MMS_STMT_THREAD)
    return;
  smaps_rollup (task->mm, &r);
  when = step_phrase (quiz);
  q = question_new (quiz, MMS_QUIZ_RSS, MMS_QUIZ_FORM_CHOICE, name, "smaps",
                    /* Translators: %1$s is a process's name, %2$s "step 3 (statement)". */
                    g_strdup_printf (_("What does smaps sum to for %s after %s?"), name, when),
                    rss_text (r.rss, r.pss, r.shared, r.private));
  /* Misconceptions: fork copies the pages (nothing shared); a page is
   * resident as soon as it is mapped; a shared page counts fully in Pss;
   * the step changes nothing. */
  if (r.shared > 0)
    add_choice (q, rss_text (r.rss, r.rss, 0, r.rss));
  if (r.size != r.rss)
    add_choice (q, rss_text (r.size, r.size, r.shared, r.size - r.shared));
  if (r.pss != r.rss)
    add_choice (q, rss_text (r.rss, r.rss, r.shared, r.private));
  if (b->has_mm && stmt->kind != MMS_STMT_FORK)
    add_choice (q, rss_text (b->rss_kb, b->pss_kb, b->shared_kb, b->private_kb));
  finish_choices (q);
}

/* ---- buddy --------------------------------------------------------- */

static char *
free_counts_text (const char    *zone,
                  const guint64 *nr_free)
{
  g_autoptr(GString) out = g_string_new (zone);

  g_string_append_c (out, ':');
  for (guint o = 0; o < MMS_MAX_ORDER; o++)
    g_string_append_printf (out, " %" G_GUINT64_FORMAT, nr_free[o]);
  return g_strdup (out->str);
}

static char *
order_text (guint order)
{
  /* Translators: a buddy free list, %u its order. */
  return g_strdup_printf (_("the free list of order %u"), order);
}

static void
add_buddy (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  MmsMachine *m = quiz->machine;
  const MmsEvent *first = NULL;
  guint req_order = 0, n_merges = 0;
  g_autofree char *when = NULL;
  g_autoptr(GString) merges = g_string_new (NULL);
  MmsQuestion *q;
  struct zone *zone;
  guint64 naive[MMS_MAX_ORDER];

  if (stmt->kind != MMS_STMT_ALLOC_PAGES && stmt->kind != MMS_STMT_FREE_PAGES)
    return;
  for (guint i = 0; i < quiz->n_events; i++)
    {
      const MmsEvent *e = &quiz->events[i];
      if (e->kind == MMS_EV_ALLOC_PAGES && first == NULL)
        req_order = e->order;
      if ((e->kind == MMS_EV_RMQUEUE || e->kind == MMS_EV_FREE_PAGES) && first == NULL)
        first = e;
      if (e->kind == MMS_EV_MERGE)
        {
          /* Translators: a buddy merge: the block's pfn, its buddy's pfn, the order it was. */
          g_string_append_printf (merges, _("%s0x%llx with 0x%llx (order %u)"),
                                  n_merges > 0 ? "; " : "", (unsigned long long) e->pfn,
                                  (unsigned long long) e->pfn2, e->order);
          n_merges++;
        }
    }
  if (first == NULL)
    return;
  when = step_phrase (quiz);
  zone = &m->zones[first->zone];
  if (stmt->kind == MMS_STMT_ALLOC_PAGES)
    {
      q = question_new (quiz, MMS_QUIZ_BUDDY, MMS_QUIZ_FORM_CHOICE, NULL, "split",
                        /* Translators: %1$s is "step 3 (statement)", %2$u an order, %3$s a zone. */
                        g_strdup_printf (_("In %s, the kernel asks for an order-%u block. From "
                                           "which free list of zone %s does __rmqueue_smallest "
                                           "take it?"),
                                         when, req_order, mms_zone_label (zone->id)),
                        order_text (first->order));
      /* Misconceptions: there is always a block of the size asked for;
       * the allocator splits the biggest block. */
      add_choice (q, order_text (req_order));
      add_choice (q, order_text (MMS_MAX_ORDER - 1));
      add_choice (q, order_text (first->order + 1 < MMS_MAX_ORDER ? first->order + 1
                                                                   : req_order + 1));
      q->zone = g_strdup (zone->name);
      finish_choices (q);
    }
  else
    {
      q = question_new (quiz, MMS_QUIZ_BUDDY, MMS_QUIZ_FORM_CHOICE, NULL, "merge",
                        /* Translators: %1$s is "step 3 (statement)", 0x%2$llx a pfn, %3$u an order. */
                        g_strdup_printf (_("In %s, the kernel frees the order-%u block at pfn "
                                           "0x%llx. Which blocks does __free_one_page merge?"),
                                         when, first->order, (unsigned long long) first->pfn),
                        n_merges > 0 ? g_strdup (merges->str) : g_strdup (_("none")));
      /* Misconceptions: a freed block stays alone; it merges with its
       * buddy even when the buddy is in use. */
      add_choice (q, g_strdup (_("none")));
      add_choice (q, g_strdup_printf (_("%s0x%llx with 0x%llx (order %u)"), "",
                                      (unsigned long long) first->pfn,
                                      (unsigned long long) (first->pfn ^ (G_GUINT64_CONSTANT (1)
                                                                          << first->order)),
                                      first->order));
      q->zone = g_strdup (zone->name);
      finish_choices (q);
    }

  /* The free counts of the zone after the step. */
  {
    guint64 now[MMS_MAX_ORDER];

    for (guint o = 0; o < MMS_MAX_ORDER; o++)
      now[o] = zone->free_area[o].nr_free;
    q = question_new (quiz, MMS_QUIZ_BUDDY, MMS_QUIZ_FORM_CHOICE, NULL, "nr_free",
                      /* Translators: %1$s is a zone, %2$s "step 3 (statement)". */
                      g_strdup_printf (_("What are the free counts of zone %s, orders 0 to 10, "
                                         "after %s (as /proc/buddyinfo shows them)?"),
                                       mms_zone_label (zone->id), when),
                      free_counts_text (zone->name, now));
    q->zone = g_strdup (zone->name);
    /* Misconceptions: nothing changes; a block just leaves (or joins) the
     * list of its own order, with no split (or merge). */
    add_choice (q, free_counts_text (zone->name, quiz->before.nr_free[zone->id]));
    memcpy (naive, quiz->before.nr_free[zone->id], sizeof naive);
    if (stmt->kind == MMS_STMT_FREE_PAGES)
      naive[first->order]++;
    else if (naive[req_order] > 0)
      naive[req_order]--;
    else
      naive[first->order]--;
    add_choice (q, free_counts_text (zone->name, naive));
    finish_choices (q);
  }
}

/* ---- slab ---------------------------------------------------------- */

static char *
slabs_text (const char *cache,
            guint       full,
            guint       partial,
            guint       free)
{
  /* Translators: a slab cache's name, then its numbers of full, partial and free slabs. */
  return g_strdup_printf (_("%s: %u full, %u partial, %u free"), cache, full, partial, free);
}

/* The kmalloc cache a wrong rounding of SIZE picks. */
static const char *
kmalloc_cache_name (MmsMachine *m,
                    guint64     size)
{
  struct kmem_cache *c = mms_kmalloc_cache (m, size);
  return c != NULL ? c->name : NULL;
}

static void
add_slab (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  MmsMachine *m = quiz->machine;
  g_autofree char *when = step_phrase (quiz);
  const char *cache_name = NULL;
  MmsQuestion *q;

  if (stmt->kind == MMS_STMT_KMALLOC)
    {
      const char *right = kmalloc_cache_name (m, stmt->size);
      guint64 pow2 = 8;
      const char *large = _("no cache: kmalloc_large takes pages from the buddy allocator");

      while (pow2 < stmt->size && pow2 < G_MAXUINT64 / 2)
        pow2 <<= 1;
      q = question_new (quiz, MMS_QUIZ_SLAB, MMS_QUIZ_FORM_CHOICE, NULL, "cache",
                        /* Translators: %1$s is "step 3 (statement)", %2$llu a size in bytes. */
                        g_strdup_printf (_("In %s, the kernel calls kmalloc(%llu). Which cache serves it?"), when,
                                         (unsigned long long) stmt->size),
                        g_strdup (right != NULL ? right : large));
      q->cache = g_strdup (right);
      /* Misconceptions: kmalloc rounds to a power of two (no kmalloc-96,
       * kmalloc-192); it rounds down; a cache is there for any size. */
      add_choice (q, g_strdup (kmalloc_cache_name (m, pow2)));
      add_choice (q, g_strdup (kmalloc_cache_name (m, MAX (stmt->size / 2 + 1, 8))));
      add_choice (q, g_strdup (right != NULL ? large : "kmalloc-8k"));
      add_choice (q, g_strdup (kmalloc_cache_name (m, pow2 * 2)));
      finish_choices (q);
    }

  for (guint i = 0; i < quiz->n_events && cache_name == NULL; i++)
    if (quiz->events[i].kind == MMS_EV_CACHE_ALLOC || quiz->events[i].kind == MMS_EV_CACHE_FREE)
      cache_name = quiz->events[i].cache;
  if (cache_name == NULL)
    return;
  for (guint i = 0; i < m->caches->len && i < G_N_ELEMENTS (quiz->before.slabs); i++)
    {
      struct kmem_cache *c = m->caches->pdata[i];
      const guint *was = quiz->before.slabs[i];
      guint full = c->slabs_full.length, partial = c->slabs_partial.length;
      guint free = c->slabs_free.length;

      if (!g_str_equal (c->name, cache_name))
        continue;
      q = question_new (quiz, MMS_QUIZ_SLAB, MMS_QUIZ_FORM_CHOICE, NULL, "slabs",
                        /* Translators: %1$s is a slab cache, %2$s "step 3 (statement)". */
                        g_strdup_printf (_("How many full, partial and free slabs does %s have "
                                           "after %s?"), c->name, when),
                        slabs_text (c->name, full, partial, free));
      q->cache = g_strdup (c->name);
      /* Misconceptions: nothing changes; an empty slab stays on the
       * partial list (or a slab with free objects counts as free); every
       * allocation takes a fresh slab. */
      add_choice (q, slabs_text (c->name, was[0], was[1], was[2]));
      add_choice (q, slabs_text (c->name, full, free, partial));
      add_choice (q, slabs_text (c->name, full, partial + 1, free));
      finish_choices (q);
      break;
    }
}

/* ---- layout -------------------------------------------------------- */

typedef enum
{
  REGION_TEXT, REGION_RODATA, REGION_DATA, REGION_BSS, REGION_HEAP, REGION_MMAP,
  REGION_STACK, REGION_VDSO, REGION_KERNEL, REGION_UNMAPPED, N_REGIONS,
} Region;

static const char *
region_label (Region r)
{
  switch (r)
    {
    case REGION_TEXT: return C_("region", "text (the program's code)");
    case REGION_RODATA: return C_("region", "read-only data of the program");
    case REGION_DATA: return C_("region", "data (initialised variables)");
    case REGION_BSS: return C_("region", "bss (zeroed variables)");
    case REGION_HEAP: return C_("region", "the heap (brk)");
    case REGION_MMAP: return C_("region", "an mmap region (a mapping or a library)");
    case REGION_STACK: return C_("region", "the stack");
    case REGION_VDSO: return C_("region", "the vdso and vvar pages");
    case REGION_KERNEL: return C_("region", "kernel space");
    case REGION_UNMAPPED: return C_("region", "nothing: no VMA covers it");
    case N_REGIONS:
    default: return "?";
    }
}

static Region
region_of (struct mm_struct *mm,
           guint64           addr)
{
  struct vm_area_struct *vma, *text_vma = NULL;

  if (addr >= mm->task_size)
    return REGION_KERNEL;
  for (vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    if (vma->vm_start <= mm->start_code && mm->start_code < vma->vm_end)
      text_vma = vma;
  for (vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    if (vma->vm_start <= addr && addr < vma->vm_end)
      break;
  if (vma == NULL)
    return REGION_UNMAPPED;
  if (vma->special != NULL)
    return REGION_VDSO;
  if (vma->vm_flags & VM_GROWSDOWN)
    return REGION_STACK;
  if (mm->brk > mm->start_brk && vma->vm_file == NULL && vma->vm_start >= mm->start_brk
      && vma->vm_end <= PAGE_ALIGN_UP (mm->brk))
    return REGION_HEAP;
  if (addr >= mm->start_code && addr < mm->end_code)
    return REGION_TEXT;
  if (addr >= mm->start_data && addr < mm->end_data)
    return REGION_DATA;
  if (addr >= mm->end_data && addr < mm->start_brk
      && (vma->vm_file == NULL || (text_vma != NULL && vma->vm_file == text_vma->vm_file)))
    return REGION_BSS;
  if (text_vma != NULL && vma->vm_file == text_vma->vm_file && addr < mm->start_brk)
    return REGION_RODATA;
  return REGION_MMAP;
}

/* The regions students mix each one up with. */
static const Region region_misconceptions[N_REGIONS][3] = {
  [REGION_TEXT] = { REGION_DATA, REGION_RODATA, REGION_MMAP },
  [REGION_RODATA] = { REGION_TEXT, REGION_DATA, REGION_MMAP },
  [REGION_DATA] = { REGION_BSS, REGION_TEXT, REGION_HEAP },
  [REGION_BSS] = { REGION_HEAP, REGION_DATA, REGION_UNMAPPED },
  [REGION_HEAP] = { REGION_MMAP, REGION_BSS, REGION_STACK },
  [REGION_MMAP] = { REGION_HEAP, REGION_STACK, REGION_UNMAPPED },
  [REGION_STACK] = { REGION_MMAP, REGION_KERNEL, REGION_HEAP },
  [REGION_VDSO] = { REGION_KERNEL, REGION_MMAP, REGION_STACK },
  [REGION_KERNEL] = { REGION_STACK, REGION_UNMAPPED, REGION_MMAP },
  [REGION_UNMAPPED] = { REGION_HEAP, REGION_STACK, REGION_MMAP },
};

typedef struct
{
  const char *name;
  guint64 addr;
} LabelLookup;

static void
find_label_cb (const char *name,
               guint64     addr,
               gpointer    user_data)
{
  LabelLookup *lookup = user_data;

  if (g_str_equal (name, lookup->name))
    lookup->addr = addr;
}

static void
add_layout (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  MmsMachine *m = quiz->machine;
  const char *name = step_process (stmt);
  struct task_struct *task = live_task (quiz, name);
  g_autofree char *when = step_phrase (quiz);
  MmsQuestion *q;

  if (task != NULL)
    {
      guint64 addr;
      Region r;

      if (rand_below (quiz->rand, 6) == 0)
        addr = mms_pfn_to_virt (m, rand_below (quiz->rand, (guint32) MIN (m->lowmem_pfn,
                                                                          G_MAXUINT32)))
               + 0x80 * rand_below (quiz->rand, 32);
      else
        addr = pick_address (quiz, task, TRUE);
      r = region_of (task->mm, addr);
      q = question_new (quiz, MMS_QUIZ_LAYOUT, MMS_QUIZ_FORM_CHOICE, name, "region",
                        m->arch == MMS_ARCH_PRESET_X86_64
                        /* Translators: %1$s is "step 3 (statement)", 0x%2$llx an address, %3$s a process. */
                        ? g_strdup_printf (_("After %s, which region of %s's address space is "
                                             "0x%llx in?"), when, name, (unsigned long long) addr)
                        /* Translators: %1$s is "step 3 (statement)", 0x%2$llx an address, %3$s a process. */
                        : g_strdup_printf (_("After %s, which region of %s's address space is "
                                             "0x%llx in (the i386 3G/1G split: the kernel from "
                                             "0xc0000000)?"), when, name,
                                           (unsigned long long) addr),
                        g_strdup (region_label (r)));
      q->has_addr = TRUE;
      q->addr = addr;
      for (guint i = 0; i < 3; i++)
        add_choice (q, g_strdup (region_label (region_misconceptions[r][i])));
    }

  /* Where an mmap lands: a typed address. */
  if (stmt->kind == MMS_STMT_MMAP && stmt->as != NULL && task != NULL
      && mms_runner_get_result (quiz->runner)->err == 0)
    {
      struct vm_area_struct *vma;
      guint64 addr = G_MAXUINT64;

      LabelLookup lookup = { stmt->as, G_MAXUINT64 };

      mms_runner_foreach_label (quiz->runner, task->mm, find_label_cb, &lookup);
      addr = lookup.addr;
      for (vma = task->mm->mmap; vma != NULL && addr != G_MAXUINT64; vma = vma->vm_next)
        if (vma->vm_start <= addr && addr < vma->vm_end)
          break;
      if (addr != G_MAXUINT64 && vma != NULL)
        {
          q = question_new (quiz, MMS_QUIZ_LAYOUT, MMS_QUIZ_FORM_TEXT, name, "placement",
                            /* Translators: %1$s is "step 3 (statement)". */
                            g_strdup_printf (_("At which address does the mmap of %s place its "
                                               "mapping? (Type it in hexadecimal.)"), when),
                            g_strdup_printf ("0x%llx", (unsigned long long) addr));
          q->has_addr = TRUE;
          q->addr = addr;
        }
    }

  /* The zone of a frame the step used. */
  for (guint i = 0; i < quiz->n_events; i++)
    {
      const MmsEvent *e = &quiz->events[i];
      struct zone *zone;

      if (e->kind != MMS_EV_ALLOC_DONE && e->kind != MMS_EV_ANON_PAGE
          && e->kind != MMS_EV_WP_COPY)
        continue;
      zone = mms_page_zone (m, e->kind == MMS_EV_WP_COPY ? e->pfn2 : e->pfn);
      if (zone == NULL)
        break;
      q = question_new (quiz, MMS_QUIZ_LAYOUT, MMS_QUIZ_FORM_CHOICE, NULL, "zone",
                        /* Translators: 0x%1$llx is a frame number, %2$s "step 3 (statement)". */
                        g_strdup_printf (_("Which zone is frame 0x%llx in, the frame %s used?"),
                                         (unsigned long long) (e->kind == MMS_EV_WP_COPY
                                                               ? e->pfn2 : e->pfn), when),
                        g_strdup (mms_zone_label (zone->id)));
      q->has_pfn = TRUE;
      q->pfn = e->kind == MMS_EV_WP_COPY ? e->pfn2 : e->pfn;
      q->zone = g_strdup (zone->name);
      /* Misconceptions: every frame is Normal; x86_64 has HighMem; DMA
       * is all of low memory. */
      add_choice (q, g_strdup (mms_zone_label (MMS_ZONE_NORMAL)));
      add_choice (q, g_strdup (mms_zone_label (MMS_ZONE_HIGHMEM)));
      add_choice (q, g_strdup (mms_zone_label (MMS_ZONE_DMA)));
      add_choice (q, g_strdup (mms_zone_label (MMS_ZONE_DMA32)));
      break;
    }
}

/* ---- mm ------------------------------------------------------------ */

static char *
mm_text (gint    users,
         gint    count,
         guint64 total_vm)
{
  /* Translators: mm_struct's fields; keep mm_users, mm_count, total_vm. */
  return g_strdup_printf (_("mm_users %d, mm_count %d, total_vm %llu pages"), users, count,
                          (unsigned long long) total_vm);
}

static void
add_mm (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  const char *name = stmt->kind == MMS_STMT_EXIT ? NULL : step_process (stmt);
  struct task_struct *task;
  g_autofree char *when = step_phrase (quiz);
  struct mm_struct *mm;
  MmsQuestion *q;

  if (stmt->kind != MMS_STMT_FORK && stmt->kind != MMS_STMT_THREAD
      && stmt->kind != MMS_STMT_EXIT && stmt->kind != MMS_STMT_EXEC
      && stmt->kind != MMS_STMT_SPAWN)
    return;
  /* After an exit: a process that shared the mm, or the parent. */
  if (name == NULL)
    for (guint i = 0; i < quiz->machine->tasks->len && name == NULL; i++)
      {
        struct task_struct *t = quiz->machine->tasks->pdata[i];
        if (t->state == MMS_TASK_RUNNING && t->mm != NULL)
          name = t->comm;
      }
  task = live_task (quiz, name);
  if (task == NULL)
    return;
  mm = task->mm;
  q = question_new (quiz, MMS_QUIZ_MM, MMS_QUIZ_FORM_CHOICE, name, "mm_struct",
                    /* Translators: %1$s is a process's name, %2$s "step 3 (statement)". */
                    g_strdup_printf (_("What are mm_users, mm_count and total_vm of %s's mm_struct "
                                       "after %s?"), name, when),
                    mm_text (mm->mm_users, mm->mm_count, mm->total_vm));
  /* Misconceptions: fork shares the mm (a thread gets its own); mm_count
   * counts the users; the step does not change total_vm. */
  if (stmt->kind == MMS_STMT_FORK)
    add_choice (q, mm_text (mm->mm_users + 1, mm->mm_count, mm->total_vm));
  else if (stmt->kind == MMS_STMT_THREAD)
    add_choice (q, mm_text (1, mm->mm_count, mm->total_vm));
  else
    add_choice (q, mm_text (mm->mm_users + 1, mm->mm_count, mm->total_vm));
  add_choice (q, mm_text (mm->mm_users, mm->mm_users + 1, mm->total_vm));
  if (quiz->before.has_mm)
    add_choice (q, mm_text (mm->mm_users, mm->mm_count, quiz->before.total_vm));
  add_choice (q, mm_text (mm->mm_users, mm->mm_count, mm->total_vm * 2));
  finish_choices (q);
}

/* ---- malloc -------------------------------------------------------- */

typedef enum
{
  SOURCE_TCACHE, SOURCE_FASTBIN, SOURCE_UNSORTED, SOURCE_SMALL, SOURCE_LARGE, SOURCE_TOP,
  SOURCE_TOP_GROWN, SOURCE_MMAP, N_SOURCES,
} Source;

static const char *
source_label (Source s)
{
  switch (s)
    {
    case SOURCE_TCACHE: return _("a chunk from the tcache");
    case SOURCE_FASTBIN: return _("a chunk from a fastbin");
    case SOURCE_UNSORTED: return _("a chunk from the unsorted bin");
    case SOURCE_SMALL: return _("a chunk from a small bin");
    case SOURCE_LARGE: return _("a chunk from a large bin");
    case SOURCE_TOP: return _("a piece of the top chunk");
    case SOURCE_TOP_GROWN: return _("a piece of the top chunk, after brk grows the heap");
    case SOURCE_MMAP: return _("a mapping of its own (mmap)");
    case N_SOURCES:
    default: return "?";
    }
}

static char *
malloc_text (Source  source,
             guint64 size)
{
  /* Translators: %1$s is where a malloc'ed chunk comes from, %2$llu its size in bytes. */
  return g_strdup_printf (_("%s, of %llu bytes"), source_label (source), (unsigned long long) size);
}

/* The chunk glibc's request2size () makes of a request. */
static guint64
request2size (guint64 request)
{
  guint64 nb = (request + MMS_MALLOC_SIZE_SZ + MMS_MALLOC_ALIGNMENT - 1)
               & ~(guint64) (MMS_MALLOC_ALIGNMENT - 1);
  return MAX (nb, MMS_MALLOC_MINSIZE);
}

static void
add_malloc (Quiz *quiz)
{
  const MmsStmt *stmt = quiz->stmt;
  struct task_struct *task = live_task (quiz, stmt->proc);
  g_autofree char *when = NULL;
  Source source = N_SOURCES;
  gboolean grown = FALSE;
  guint64 size = 0, request, pow2 = 16;
  MmsQuestion *q;

  if (task == NULL || (stmt->kind != MMS_STMT_MALLOC && stmt->kind != MMS_STMT_CALLOC))
    return;
  for (guint i = 0; i < quiz->n_events && size == 0; i++)
    {
      const MmsEvent *e = &quiz->events[i];
      switch (e->kind)
        {
        case MMS_EV_TCACHE_GET: source = SOURCE_TCACHE; break;
        case MMS_EV_FASTBIN_GET: source = SOURCE_FASTBIN; break;
        case MMS_EV_BIN_TAKE:
          source = e->level == MMS_CHUNK_UNSORTED ? SOURCE_UNSORTED
                   : e->level == MMS_CHUNK_LARGE ? SOURCE_LARGE : SOURCE_SMALL;
          break;
        case MMS_EV_SYSMALLOC: grown = TRUE; break;
        case MMS_EV_TOP_SPLIT: source = grown ? SOURCE_TOP_GROWN : SOURCE_TOP; break;
        case MMS_EV_MMAP_CHUNK: source = SOURCE_MMAP; break;
        case MMS_EV_MALLOC_DONE: size = e->count; break;
        default: break;
        }
    }
  if (source == N_SOURCES || size == 0)
    return;
  request = stmt->kind == MMS_STMT_CALLOC ? stmt->alloc_size * stmt->alloc_count
                                          : stmt->alloc_size;
  while (pow2 < request && pow2 < G_MAXUINT64 / 2)
    pow2 <<= 1;
  when = step_phrase (quiz);
  q = question_new (quiz, MMS_QUIZ_MALLOC, MMS_QUIZ_FORM_CHOICE, stmt->proc, "chunk",
                    /* Translators: %1$s is "step 3 (statement)", %2$llu a size in bytes. */
                    g_strdup_printf (_("In %s, the program asks malloc for %llu bytes. Where does "
                                       "the chunk come from, and how big is it?"), when,
                                     (unsigned long long) request),
                    malloc_text (source, size));
  /* Misconceptions: the chunk is the size asked for (no header, no
   * alignment); sizes round to powers of two; a freed chunk is not used
   * again (everything comes from the top); big requests come from the
   * heap too. */
  add_choice (q, malloc_text (source, request));
  if (source != SOURCE_MMAP)
    add_choice (q, malloc_text (source == SOURCE_TOP ? SOURCE_TCACHE : SOURCE_TOP, size));
  else
    add_choice (q, malloc_text (SOURCE_TOP_GROWN, size));
  add_choice (q, malloc_text (source, MAX (request2size (pow2), size + MMS_MALLOC_ALIGNMENT)));
  add_choice (q, malloc_text (source == SOURCE_MMAP ? SOURCE_TOP : SOURCE_MMAP, size));
  finish_choices (q);
}

/* ---- ask lines -------------------------------------------------- */

static char *
yes_no (gboolean yes)
{
  return g_strdup (yes ? _("yes") : _("no"));
}

/* The words of an ask line's question when the teacher gave none:
 * "After step 3 (...), what is `parent rss`?" with the unit asked for. */
static char *
ask_default_text (Quiz         *quiz,
                  const MmsAsk *ask,
                  const char   *unit)
{
  g_autofree char *when = step_phrase (quiz);
  const char *form = ask->check.text + strspn (ask->check.text, " \t") + strlen ("ask");
  g_autofree char *what = g_strstrip (g_strdup (form));
  char *quote = strchr (what, '"');

  if (quote != NULL)
    *quote = '\0';
  g_strchomp (what);
  if (unit != NULL)
    /* Translators: %1$s is "step 3 (statement)", %2$s a check as the scenario writes it
     * ("parent rss"), %3$s a unit (KiB, bytes). */
    return g_strdup_printf (_("After %s, what is “%s” (in %s)?"), when, what, unit);
  /* Translators: %1$s is "step 3 (statement)", %2$s a check as the scenario writes it. */
  return g_strdup_printf (_("After %s, what is “%s”?"), when, what);
}

static MmsQuestion *
ask_number (Quiz         *quiz,
            const MmsAsk *ask,
            MmsQuizKind   kind,
            const char   *unit,
            guint64       value)
{
  MmsQuestion *q = question_new (quiz, kind, MMS_QUIZ_FORM_NUMBER, ask->check.proc,
                                 "ask",
                                 ask_default_text (quiz, ask, unit),
                                 g_strdup_printf ("%" G_GUINT64_FORMAT, value));
  q->number = (gint64) value;
  return q;
}

static MmsQuestion *
ask_choice (Quiz         *quiz,
            const MmsAsk *ask,
            MmsQuizKind   kind,
            char         *answer)
{
  return question_new (quiz, kind, MMS_QUIZ_FORM_CHOICE, ask->check.proc,
                       "ask",
                       ask_default_text (quiz, ask, NULL), answer);
}

/* The question of one ask line, answered from the state after its step. */
static gboolean
add_ask (Quiz          *quiz,
         const MmsAsk  *ask,
         GError       **error)
{
  const MmsExpect *ex = &ask->check;
  MmsMachine *m = quiz->machine;
  const char *file = quiz->scenario->filename;
  struct task_struct *task = NULL;
  const MmsStepResult *res = mms_runner_get_result (quiz->runner);
  MmsQuestion *q = NULL;
  const char *kib = _("KiB");

  if (ex->proc != NULL)
    {
      task = mms_runner_lookup_task (quiz->runner, ex->proc);
      if (task == NULL)
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, file, ex->proc_loc,
                                  "no process '%s' (spawn it first)", ex->proc);
          return FALSE;
        }
      if (ask->fault || (ex->kind != MMS_EXPECT_SEGV && ex->kind != MMS_EXPECT_OOM
                         && ex->kind != MMS_EXPECT_ABORT))
        if (task->mm == NULL || task->state != MMS_TASK_RUNNING)
          {
            mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, file, ex->proc_loc,
                                    "process '%s' is not running here", ex->proc);
            return FALSE;
          }
    }
  if (ask->fault)
    {
      guint64 addr;

      if (!mms_runner_resolve_addr (quiz->runner, ex->proc, ex->proc_loc, &ask->addr, &addr,
                                    error))
        return FALSE;
      g_autofree char *what = NULL;
      MmsQuizFault fault = try_access (m, task->comm, addr, ask->access, &what);

      q = fault_question (quiz, ex->proc, addr, ask->access, fault, TRUE);
      if (what != NULL)
        {
          g_free (q->explanation);
          q->explanation = g_steal_pointer (&what);
        }
    }
  else
    switch (ex->kind)
      {
      case MMS_EXPECT_SEGV:
      case MMS_EXPECT_OOM:
      case MMS_EXPECT_ABORT:
        {
          MmsTaskState killed = ex->kind == MMS_EXPECT_SEGV ? MMS_TASK_KILLED_SEGV
                                : ex->kind == MMS_EXPECT_OOM ? MMS_TASK_KILLED_OOM
                                : MMS_TASK_KILLED_ABRT;
          q = ask_choice (quiz, ask, MMS_QUIZ_FAULT, yes_no (task->state == killed));
          add_choice (q, yes_no (task->state != killed));
        }
        break;
      case MMS_EXPECT_OK:
        q = ask_choice (quiz, ask, MMS_QUIZ_MAPS, yes_no (res->err == 0 && !res->segv));
        add_choice (q, yes_no (!(res->err == 0 && !res->segv)));
        break;
      case MMS_EXPECT_ERRNO:
        {
          static const char * const names[] = { "ENOMEM", "EINVAL", "EEXIST", "EPERM" };
          q = ask_choice (quiz, ask, MMS_QUIZ_MAPS,
                          g_strdup (res->err != 0 && mms_errno_name (res->err) != NULL
                                    ? mms_errno_name (res->err) : _("none: the call succeeded")));
          add_choice (q, g_strdup (_("none: the call succeeded")));
          for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            add_choice (q, g_strdup (names[i]));
        }
        break;
      case MMS_EXPECT_VMAS:
        q = ask_number (quiz, ask, MMS_QUIZ_VMA_COUNT, NULL, task->mm->map_count);
        break;
      case MMS_EXPECT_RSS:
        q = ask_number (quiz, ask, MMS_QUIZ_RSS, kib, mms_mm_rss (task->mm) * 4);
        break;
      case MMS_EXPECT_FREE:
        q = ask_number (quiz, ask, MMS_QUIZ_BUDDY, kib, mms_machine_free_frames (m) * 4);
        break;
      case MMS_EXPECT_SWAP:
        q = ask_number (quiz, ask, MMS_QUIZ_RSS, kib, m->nr_swap_used * 4);
        break;
      case MMS_EXPECT_NR_FREE:
      case MMS_EXPECT_ZONE_FREE:
        {
          struct zone *zone = mms_runner_expect_zone (quiz->runner, ex, error);
          if (zone == NULL)
            return FALSE;
          if (ex->kind == MMS_EXPECT_NR_FREE)
            q = ask_number (quiz, ask, MMS_QUIZ_BUDDY, NULL, zone->free_area[ex->order].nr_free);
          else
            q = ask_number (quiz, ask, MMS_QUIZ_BUDDY, kib, zone->nr_free_pages * 4);
          q->zone = g_strdup (zone->name);
        }
        break;
      case MMS_EXPECT_SLABS:
      case MMS_EXPECT_OBJECTS:
        {
          struct kmem_cache *cache = mms_kmem_cache_find (m, ex->name);
          if (cache == NULL)
            {
              mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, file, ex->name_loc,
                                      "no cache '%s'", ex->name);
              return FALSE;
            }
          if (ex->kind == MMS_EXPECT_OBJECTS)
            q = ask_number (quiz, ask, MMS_QUIZ_SLAB, NULL, cache->active_objs);
          else
            {
              g_autofree char *asked = ask_default_text (quiz, ask, NULL);

              q = question_new (quiz, MMS_QUIZ_SLAB, MMS_QUIZ_FORM_TEXT, NULL, "slabs",
                                /* Translators: keep FULL PARTIAL EMPTY as they are. */
                                g_strconcat (asked,
                                             _(" (FULL PARTIAL EMPTY, as expect slabs takes them)"),
                                             NULL),
                                g_strdup_printf ("%u %u %u", cache->slabs_full.length,
                                                 cache->slabs_partial.length,
                                                 cache->slabs_free.length));
            }
          q->cache = g_strdup (cache->name);
        }
        break;
      case MMS_EXPECT_HEAP:
        q = ask_number (quiz, ask, MMS_QUIZ_LAYOUT, _("bytes"), task->mm->brk - task->mm->start_brk);
        break;
      case MMS_EXPECT_CHUNK:
        {
          MmsChunkInfo info;
          guint64 ptr;
          if (!mms_malloc_lookup_name (task->mm, ex->name, &ptr, NULL, NULL)
              || !mms_malloc_chunk_at (task->mm, ptr, &info))
            {
              mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, file, ex->name_loc,
                                      "'%s' names no chunk of %s", ex->name, ex->proc);
              return FALSE;
            }
          q = ask_number (quiz, ask, MMS_QUIZ_LAYOUT, _("bytes"), info.size);
        }
        break;
      case MMS_N_EXPECT_KINDS:
      default:
        g_assert_not_reached ();
      }

  q->from_ask = TRUE;
  q->ask_line = ex->loc.line;
  /* The teacher's words replace ours, in the language asked for. */
  {
    const char *lang = g_getenv ("LANGUAGE");
    const char *words = lang != NULL && g_str_has_prefix (lang, "zh") && ask->question_zh_CN != NULL
                        ? ask->question_zh_CN : ask->question;
    if (words != NULL)
      {
        g_free (q->text);
        q->text = g_strdup (words);
      }
  }
  finish_choices (q);
  return TRUE;
}

static gboolean
add_asks (Quiz     *quiz,
          guint     after_step,
          GError  **error)
{
  for (guint i = 0; i < quiz->scenario->asks->len; i++)
    {
      const MmsAsk *ask = quiz->scenario->asks->pdata[i];
      MmsQuestion *q;

      if (ask->check.after_step != after_step)
        continue;
      if (!add_ask (quiz, ask, error))
        return FALSE;
      /* The teacher's questions are always asked (of the kinds wanted):
       * they leave the candidates. */
      q = g_ptr_array_steal_index (quiz->candidates, quiz->candidates->len - 1);
      if (quiz->kinds & (1u << q->kind))
        g_ptr_array_add (quiz->asked, q);
      else
        mms_question_free (q);
    }
  return TRUE;
}

/* ---- selection ------------------------------------------------------ */

static void (* const builders[MMS_QUIZ_N_KINDS]) (Quiz *) = {
  [MMS_QUIZ_MAPS] = add_maps,
  [MMS_QUIZ_FAULT] = add_fault,
  [MMS_QUIZ_PAGEWALK] = add_pagewalk,
  [MMS_QUIZ_VMA_COUNT] = add_vma_count,
  [MMS_QUIZ_RSS] = add_rss,
  [MMS_QUIZ_BUDDY] = add_buddy,
  [MMS_QUIZ_SLAB] = add_slab,
  [MMS_QUIZ_LAYOUT] = add_layout,
  [MMS_QUIZ_MM] = add_mm,
  [MMS_QUIZ_MALLOC] = add_malloc,
};

static gint
question_order (gconstpointer a,
                gconstpointer b)
{
  const MmsQuestion *x = *(MmsQuestion **) a, *y = *(MmsQuestion **) b;

  if (x->step != y->step)
    return x->step < y->step ? -1 : 1;
  return (gint) x->kind - (gint) y->kind;
}

/* Picks the questions: one of each step's (COUNT 0), or COUNT of them
 * taking the kinds in a random turn, each kind's questions in a random
 * order. */
static GPtrArray *
select_questions (GRand     *rand,
                  GPtrArray *candidates,
                  guint      count)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_question_free);
  GPtrArray *by_kind[MMS_QUIZ_N_KINDS] = { NULL };
  guint order[MMS_QUIZ_N_KINDS];
  guint taken = 0;

  if (count == 0)
    {
      for (guint i = 0; i < candidates->len;)
        {
          guint j = i, pick;
          while (j < candidates->len
                 && ((MmsQuestion *) candidates->pdata[j])->step
                    == ((MmsQuestion *) candidates->pdata[i])->step)
            j++;
          pick = i + rand_below (rand, j - i);
          g_ptr_array_add (chosen, g_steal_pointer (&candidates->pdata[pick]));
          i = j;
        }
      return chosen;
    }
  for (guint k = 0; k < MMS_QUIZ_N_KINDS; k++)
    {
      by_kind[k] = g_ptr_array_new ();
      order[k] = k;
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      MmsQuestion *q = candidates->pdata[i];
      g_ptr_array_add (by_kind[q->kind], q);
    }
  for (guint k = 0; k < MMS_QUIZ_N_KINDS; k++)
    shuffle (rand, by_kind[k]);
  for (guint k = MMS_QUIZ_N_KINDS; k > 1; k--)
    {
      guint j = rand_below (rand, k), t = order[k - 1];
      order[k - 1] = order[j];
      order[j] = t;
    }
  for (guint round = 0; taken < count; round++)
    {
      gboolean any = FALSE;

      for (guint k = 0; k < MMS_QUIZ_N_KINDS && taken < count; k++)
        {
          GPtrArray *list = by_kind[order[k]];
          if (round < list->len)
            {
              g_ptr_array_add (chosen, list->pdata[round]);
              taken++;
              any = TRUE;
            }
        }
      if (!any)
        break;
    }
  /* The chosen ones leave the candidates' care. */
  for (guint i = 0; i < candidates->len; i++)
    if (g_ptr_array_find (chosen, candidates->pdata[i], NULL))
      candidates->pdata[i] = NULL;
  for (guint k = 0; k < MMS_QUIZ_N_KINDS; k++)
    g_ptr_array_unref (by_kind[k]);
  g_ptr_array_sort (chosen, question_order);
  return chosen;
}

static void
shuffle_choices (GRand       *rand,
                 MmsQuestion *q)
{
  const char *answer = q->choices->len > 0 ? q->choices->pdata[0] : NULL;

  if (answer == NULL)
    return;
  shuffle (rand, q->choices);
  for (guint i = 0; i < q->choices->len; i++)
    if (g_str_equal (q->choices->pdata[i], q->answer))
      q->correct = i;
}

GPtrArray *
mms_quiz_generate (MmsScenario           *scenario,
                   const MmsQuizOptions  *options,
                   GError               **error)
{
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GString) before_maps = g_string_new (NULL);
  g_autoptr(GPtrArray) asked = NULL;
  GPtrArray *chosen;
  guint kinds;
  Quiz quiz = { 0 };

  g_return_val_if_fail (scenario != NULL && options != NULL, NULL);

  runner = mms_runner_new (scenario, error);
  if (runner == NULL)
    return NULL;
  kinds = options->kinds != 0 ? options->kinds : (1u << MMS_QUIZ_N_KINDS) - 1;
  /* Two 32-bit halves of the seed make GRand's seed array. */
  rand = g_rand_new_with_seed_array ((const guint32[]) { (guint32) options->seed,
                                                         (guint32) (options->seed >> 32) }, 2);
  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_question_free);
  quiz.scenario = scenario;
  quiz.runner = runner;
  quiz.machine = mms_runner_get_machine (runner);
  quiz.rand = rand;
  quiz.candidates = candidates;
  quiz.before.maps = before_maps;
  quiz.kinds = kinds;
  quiz.asked = asked = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_question_free);

  quiz.stmt = NULL;
  if (!add_asks (&quiz, 0, error))
    return NULL;
  while (!mms_runner_is_done (runner))
    {
      quiz.stmt = mms_runner_get_stmt (runner, mms_runner_get_position (runner) + 1);
      take_before (&quiz);
      if (!mms_runner_step (runner, error))
        return NULL;
      quiz.events = mms_runner_get_events (runner, &quiz.n_events);
      for (guint k = 0; k < MMS_QUIZ_N_KINDS; k++)
        if (kinds & (1u << k))
          builders[k] (&quiz);
      if (!add_asks (&quiz, quiz.stmt->index, error))
        return NULL;
    }

  /* One a step: a step the teacher asks about has no generated question. */
  if (options->count == 0)
    for (guint i = 0; i < candidates->len; i++)
      for (guint j = 0; j < asked->len; j++)
        if (((MmsQuestion *) asked->pdata[j])->step
            == ((MmsQuestion *) candidates->pdata[i])->step)
          {
            mms_question_free (g_ptr_array_steal_index (candidates, i--));
            break;
          }
  chosen = select_questions (rand, candidates, options->count);
  for (guint i = 0; i < chosen->len; i++)
    shuffle_choices (rand, chosen->pdata[i]);
  /* The ask lines' questions, always. */
  while (asked->len > 0)
    {
      shuffle_choices (rand, asked->pdata[0]);
      g_ptr_array_add (chosen, g_ptr_array_steal_index (asked, 0));
    }
  g_ptr_array_sort (chosen, question_order);
  return chosen;
}

static GPtrArray *
copy_strings (GPtrArray *from)
{
  GPtrArray *to = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_strdup (from->pdata[i]));
  return to;
}

GPtrArray *
mms_quiz_generate_bilingual (MmsScenario           *scenario,
                             const MmsQuizOptions  *options,
                             GError               **error)
{
  g_autoptr(GPtrArray) en = NULL;
  g_autoptr(GPtrArray) zh = NULL;

  mms_i18n_set_language ("en");
  en = mms_quiz_generate (scenario, options, error);
  if (en != NULL)
    {
      mms_i18n_set_language ("zh_CN");
      zh = mms_quiz_generate (scenario, options, error);
    }
  mms_i18n_set_language (NULL);
  if (zh == NULL)
    return NULL;
  /* The same seed made the same questions: only the words differ (were
   * two choices one in Chinese, the shapes would differ: say so). */
  for (guint i = 0; i < en->len || i < zh->len; i++)
    {
      MmsQuestion *e = i < en->len ? en->pdata[i] : NULL;
      MmsQuestion *z = i < zh->len ? zh->pdata[i] : NULL;

      if (e == NULL || z == NULL || e->kind != z->kind || e->step != z->step
          || e->choices->len != z->choices->len || e->correct != z->correct)
        {
          g_set_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SEMANTIC,
                       "%s: error: the English and Chinese questions differ (question %u)",
                       scenario->filename, i + 1);
          return NULL;
        }
      e->text_zh_CN = g_strdup (z->text);
      e->answer_zh_CN = g_strdup (z->answer);
      e->choices_zh_CN = copy_strings (z->choices);
      e->explanation_zh_CN = g_strdup (z->explanation);
    }
  return g_steal_pointer (&en);
}
