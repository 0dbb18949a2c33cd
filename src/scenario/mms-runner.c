/* mms-runner.c: executes a scenario step by step on an MmsMachine.
 *
 * The runner is the only place that maps the scenario language onto engine
 * calls.  Outcomes (a failed allocation, a failed syscall) are results that
 * the step shows; misuse of the language at run time (an unbound label, a
 * cache that does not exist, a zone the machine lacks) is a scenario error
 * reported at the offending token.
 */
#include "mms-config.h"

#include <errno.h>
#include <string.h>

#include "mms-runner.h"
#include "mms-format.h"
#include "mms-malloc.h"
#include "mms-i18n.h"
#include "mms-process.h"
#include "mms-elf.h"
#include "mms-clone.h"

typedef enum
{
  KLABEL_PAGES,             /* kernel alloc_pages */
  KLABEL_OBJECT,            /* kernel kmem_cache_alloc */
  KLABEL_KMALLOC,           /* kernel kmalloc */
} KLabelKind;

typedef struct
{
  KLabelKind kind;
  guint64 pfn;              /* PAGES */
  guint order;              /* PAGES */
  guint64 addr;             /* OBJECT, KMALLOC */
  struct kmem_cache *cache; /* OBJECT */
  guint line;               /* where it was bound */
} KLabel;

/* The most pages one read, write or fetch faults in: 64 GiB (the most RAM
 * a machine has), or the machine's RAM and swap when they are more, so
 * that memory always runs out first.  Each page is a fault, so a step that
 * touched a mapping of terabytes would run for hours: such a step is
 * refused instead.  The pages are touched in chunks of TOUCH_CHUNK_PAGES,
 * which is the same as touching them at once. */
#define MAX_TOUCH_PAGES (G_GUINT64_CONSTANT (1) << 24)
#define TOUCH_CHUNK_PAGES (G_GUINT64_CONSTANT (1) << 20)

/* The summary of the frequent steps is formatted only when someone asks
 * for it (mms_runner_get_result ()): the step leaves its kind and its
 * number here.  Running a long scenario to its end then formats nothing. */
typedef enum
{
  SUMMARY_FORMATTED,        /* result.summary is all there is */
  SUMMARY_MAPPED,           /* mmap: the address */
  SUMMARY_VMAS,             /* munmap, mprotect: map_count */
  SUMMARY_RSS,              /* read, write, fetch: the RSS in KiB */
} SummaryKind;

struct _MmsRunner
{
  MmsScenario *scenario;
  MmsMachine *machine;
  guint position;           /* steps done */
  guint next_expect;        /* index into scenario->expects */
  guint n_expects_checked;
  GArray *events;           /* MmsEvent of the last step */
  MmsStepResult result;
  SummaryKind summary_kind; /* result.summary still to format */
  guint64 summary_value;
  /* The translated formats of the summaries. */
  MmsI18nCache mapped_format, rss_format;
  GHashTable *klabels;      /* name -> KLabel */
  GHashTable *procs;        /* process name -> Proc */
  MmsEventFunc user_func;
  gpointer user_data;
  gboolean record;          /* keep each step's events */
  GPtrArray *checkpoints;   /* Checkpoint *, by step, for going back */
  guint checkpoint_interval;

  /* The last process and the last label looked up, by the address of the
   * name in the scenario: the parser interns names, so a scenario that
   * names the same process and label on line after line finds them here
   * without hashing (see find_proc () and find_label ()). */
  const char *last_proc_name;
  struct _Proc *last_proc;
  GHashTable *last_labels;
  const char *last_label_name;
  guint64 *last_label;
};

/* A process of the scenario: its task and its labels. */
typedef struct _Proc
{
  struct task_struct *task;
  GHashTable *labels;       /* name -> guint64 * */
  guint line;               /* where it was made */
  guint end_line;           /* where it exited or was killed, 0 while it runs */
} Proc;

static void
proc_free (gpointer data)
{
  Proc *proc = data;

  g_hash_table_unref (proc->labels);
  g_free (proc);
}

static GHashTable *
labels_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Forgets the last lookups: called whenever a Proc or a label's value may
 * be freed (a process replaced, an exec, a checkpoint restored). */
static void
forget_lookups (MmsRunner *runner)
{
  runner->last_proc_name = NULL;
  runner->last_proc = NULL;
  runner->last_labels = NULL;
  runner->last_label_name = NULL;
  runner->last_label = NULL;
}

/* g_hash_table_lookup (runner->procs, NAME), remembering the answer. */
static Proc *
find_proc (MmsRunner  *runner,
           const char *name)
{
  Proc *proc;

  if (name == runner->last_proc_name)
    return runner->last_proc;

  proc = g_hash_table_lookup (runner->procs, name);
  if (proc != NULL)
    {
      runner->last_proc_name = name;
      runner->last_proc = proc;
    }
  return proc;
}

/* g_hash_table_lookup (PROC->labels, NAME), remembering the answer. */
static guint64 *
find_label (MmsRunner  *runner,
            Proc       *proc,
            const char *name)
{
  guint64 *value;

  if (name == runner->last_label_name && proc->labels == runner->last_labels)
    return runner->last_label;

  value = g_hash_table_lookup (proc->labels, name);
  if (value != NULL)
    {
      runner->last_labels = proc->labels;
      runner->last_label_name = name;
      runner->last_label = value;
    }
  return value;
}

static void
collect_event_cb (MmsMachine     *machine,
                  const MmsEvent *event,
                  gpointer        user_data)
{
  MmsRunner *runner = user_data;

  if (runner->record)
    g_array_append_vals (runner->events, event, 1);
  if (runner->user_func != NULL)
    runner->user_func (machine, event, runner->user_data);
}

static gboolean check_expects (MmsRunner *runner, GError **error);
static void check_tables (void);
static void maybe_checkpoint (MmsRunner *runner);

MmsRunner *
mms_runner_new (MmsScenario  *scenario,
                GError      **error)
{
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GError) local_error = NULL;
  MmsMachineConfig config;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  check_tables ();
  config.arch = (MmsArch) scenario->arch;
  config.ram = scenario->ram;
  config.swap = scenario->swap;
  config.reserve = scenario->reserve;

  runner = g_new0 (MmsRunner, 1);
  runner->scenario = scenario;
  runner->record = TRUE;
  runner->events = g_array_new (FALSE, FALSE, sizeof (MmsEvent));
  runner->klabels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  runner->procs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, proc_free);
  runner->machine = mms_machine_new (&config, &local_error);
  if (runner->machine == NULL)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, scenario->filename,
                              scenario->machine_loc.line > 0 ? scenario->machine_loc
                                                             : (MmsLoc) { 1, 1 },
                              "%s", local_error->message);
      return NULL;
    }
  mms_machine_set_event_func (runner->machine, collect_event_cb, runner);
  mms_machine_boot (runner->machine);
  for (guint i = 0; i < scenario->files->len; i++)
    {
      MmsFileDecl *decl = scenario->files->pdata[i];
      struct mms_file *file = mms_file_create (runner->machine, decl->path != NULL ? decl->path : decl->name,
                                               decl->size);
      if (decl->has_dev)
        {
          file->real_dev = TRUE;
          file->dev_major = decl->dev_major;
          file->dev_minor = decl->dev_minor;
          file->inode = decl->inode;
        }
    }
  /* Translators: the summary of step 0, the machine as it booted. */
  runner->result.summary = g_strdup (_("boot"));
  if (!check_expects (runner, error))
    return NULL;
  return g_steal_pointer (&runner);
}

void
mms_runner_free (MmsRunner *runner)
{
  if (runner == NULL)
    return;
  g_clear_pointer (&runner->machine, mms_machine_free);
  g_clear_pointer (&runner->events, g_array_unref);
  g_clear_pointer (&runner->klabels, g_hash_table_unref);
  g_clear_pointer (&runner->procs, g_hash_table_unref);
  g_clear_pointer (&runner->checkpoints, g_ptr_array_unref);
  g_free (runner->result.summary);
  g_free (runner);
}

/* The machine listens only when someone wants the events. */
static void
update_listener (MmsRunner *runner)
{
  gboolean listen = runner->record || runner->user_func != NULL;

  mms_machine_set_event_func (runner->machine, listen ? collect_event_cb : NULL, runner);
}

void
mms_runner_set_event_func (MmsRunner    *runner,
                           MmsEventFunc  func,
                           gpointer      user_data)
{
  g_return_if_fail (runner != NULL);
  runner->user_func = func;
  runner->user_data = user_data;
  update_listener (runner);
}

void
mms_runner_set_record_events (MmsRunner *runner,
                              gboolean   record)
{
  g_return_if_fail (runner != NULL);
  runner->record = record;
  if (!record)
    g_array_set_size (runner->events, 0);
  update_listener (runner);
}

guint
mms_runner_get_position (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, 0);
  return runner->position;
}

guint
mms_runner_get_n_steps (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, 0);
  return runner->scenario->steps->len;
}

gboolean
mms_runner_is_done (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, TRUE);
  return runner->position >= runner->scenario->steps->len;
}

MmsMachine *
mms_runner_get_machine (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, NULL);
  return runner->machine;
}

MmsScenario *
mms_runner_get_scenario (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, NULL);
  return runner->scenario;
}

const MmsEvent *
mms_runner_get_events (MmsRunner *runner,
                       guint     *n_events)
{
  g_return_val_if_fail (runner != NULL && n_events != NULL, NULL);
  *n_events = runner->events->len;
  return (const MmsEvent *) (gpointer) runner->events->data;
}

void
mms_runner_append_summary (MmsRunner *runner,
                           GString   *out)
{
  unsigned long long value;

  g_return_if_fail (runner != NULL && out != NULL);

  /* The formats are translated once per language, not once per step:
   * gettext takes longer than the step whose summary it formats. */
  value = runner->summary_value;
  switch (runner->summary_kind)
    {
    case SUMMARY_FORMATTED:
      g_string_append (out, runner->result.summary);
      break;
    case SUMMARY_MAPPED:
      mms_string_append_format (out, mms_i18n_cached (&runner->mapped_format,
                                                      N_("mapped at 0x%llx")), value);
      break;
    case SUMMARY_VMAS:
      mms_string_append_format (out, "%d VMAs", (int) value);
      break;
    case SUMMARY_RSS:
      mms_string_append_format (out, mms_i18n_cached (&runner->rss_format,
                                                      /* Translators: the resident set size after a write or read. */
                                                      N_("RSS %llu KiB")), value);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Formats the summary the last step left to format. */
static void
format_summary (MmsRunner *runner)
{
  GString *summary;

  if (runner->summary_kind == SUMMARY_FORMATTED)
    return;
  summary = g_string_sized_new (32);
  mms_runner_append_summary (runner, summary);
  runner->result.summary = g_string_free (summary, FALSE);
  runner->summary_kind = SUMMARY_FORMATTED;
}

/* Leaves the summary of the step being run to format_summary (). */
static void
set_summary (MmsRunner   *runner,
             SummaryKind  kind,
             guint64      value)
{
  g_assert (runner->result.summary == NULL);
  runner->summary_kind = kind;
  runner->summary_value = value;
}

const MmsStepResult *
mms_runner_get_result (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, NULL);
  format_summary (runner);
  return &runner->result;
}

const MmsStmt *
mms_runner_get_stmt (MmsRunner *runner,
                     guint      n)
{
  g_return_val_if_fail (runner != NULL, NULL);
  if (n == 0 || n > runner->scenario->steps->len)
    return NULL;
  return runner->scenario->steps->pdata[n - 1];
}

guint
mms_runner_get_n_expects_checked (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, 0);
  return runner->n_expects_checked;
}

#define STEP_ERROR(loc, ...) \
  G_STMT_START { \
    mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, \
                            runner->scenario->filename, (loc), __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

/* The names of the machine's slab caches, for an error about an unknown
 * one: "mm_struct, vm_area_struct, ...". */
static char *
cache_names (MmsMachine *m)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < m->caches->len; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "",
                            ((struct kmem_cache *) m->caches->pdata[i])->name);
  return g_string_free (names, FALSE);
}

/* Formats a byte count the way a scenario writes it: 64M, 12K, 100. */
static char *
format_size (guint64 bytes)
{
  if (bytes != 0 && bytes % (G_GUINT64_CONSTANT (1) << 30) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT "G", bytes >> 30);
  if (bytes != 0 && bytes % (1 << 20) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT "M", bytes >> 20);
  if (bytes != 0 && bytes % 1024 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT "K", bytes >> 10);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, bytes);
}

static const char *
zone_req_word (MmsZoneReq zone)
{
  switch (zone)
    {
    case MMS_ZONE_REQ_DMA: return "dma";
    case MMS_ZONE_REQ_DMA32: return "dma32";
    case MMS_ZONE_REQ_NORMAL: return "normal";
    case MMS_ZONE_REQ_HIGHMEM: return "highmem";
    case MMS_ZONE_REQ_NONE:
    default: return "";
    }
}

static gboolean
bind_klabel (MmsRunner     *runner,
             const MmsStmt *stmt,
             KLabel        *label,
             GError       **error)
{
  if (stmt->as == NULL)
    {
      g_free (label);
      return TRUE;
    }
  label->line = stmt->loc.line;
  g_hash_table_replace (runner->klabels, g_strdup (stmt->as), label);
  return TRUE;
}

/* The label a free statement names, checked to be of KIND. */
static KLabel *
lookup_klabel (MmsRunner     *runner,
               const MmsStmt *stmt,
               KLabelKind     kind,
               GError       **error)
{
  static const char * const what[] = { "a block from alloc_pages", "an object from kmem_cache_alloc",
                                       "an object from kmalloc" };
  static const char * const how[] = { "free_pages", "kmem_cache_free", "kfree" };
  KLabel *label = g_hash_table_lookup (runner->klabels, stmt->free_label);

  if (label == NULL)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename,
                              stmt->free_label_loc,
                              "kernel label '%s' is not bound (never allocated, already freed, "
                              "or its allocation failed)", stmt->free_label);
      return NULL;
    }
  if (label->kind != kind)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename,
                              stmt->free_label_loc,
                              "'%s' (line %u) is %s: free it with %s", stmt->free_label,
                              label->line, what[label->kind], how[label->kind]);
      return NULL;
    }
  return label;
}

/* A label being bound must not hide a live allocation. */
static gboolean
check_as_free (MmsRunner     *runner,
               const MmsStmt *stmt,
               GError       **error)
{
  KLabel *old;

  if (stmt->as == NULL)
    return TRUE;
  old = g_hash_table_lookup (runner->klabels, stmt->as);
  if (old != NULL)
    STEP_ERROR (stmt->as_loc, "kernel label '%s' still names the allocation of line %u; "
                "free it first or choose another name", stmt->as, old->line);
  return TRUE;
}

static gboolean
run_alloc_pages (MmsRunner     *runner,
                 const MmsStmt *stmt,
                 Proc          *proc,
                 GError       **error)
{
  MmsMachine *m = runner->machine;
  MmsStepResult *res = &runner->result;
  MmsGfp gfp;
  guint64 pfn;

  if (!check_as_free (runner, stmt, error))
    return FALSE;
  switch (stmt->zone)
    {
    case MMS_ZONE_REQ_DMA: gfp = MMS_GFP_DMA; break;
    case MMS_ZONE_REQ_DMA32: gfp = MMS_GFP_DMA32; break;
    case MMS_ZONE_REQ_NORMAL: gfp = MMS_GFP_NORMAL; break;
    case MMS_ZONE_REQ_HIGHMEM: gfp = MMS_GFP_HIGHMEM; break;
    case MMS_ZONE_REQ_NONE:
    default: gfp = MMS_GFP_KERNEL; break;
    }
  if (stmt->order > MMS_MAX_PAGE_ORDER)
    STEP_ERROR (stmt->order_loc, "order must be 0 to %d", MMS_MAX_PAGE_ORDER);
  if (!mms_gfp_valid (m, gfp))
    STEP_ERROR (stmt->zone_loc, "zone=%s: %s has no %s zone", zone_req_word (stmt->zone),
                mms_arch_name (m->arch), gfp == MMS_GFP_DMA32 ? "DMA32" : "HighMem");
  if (mms_alloc_pages (m, gfp, stmt->order, MMS_OWNER_KERNEL, &pfn))
    {
      KLabel *label = g_new0 (KLabel, 1);
      label->kind = KLABEL_PAGES;
      label->pfn = pfn;
      label->order = stmt->order;
      res->summary = /* Translators: a buddy block from alloc_pages: its first pfn, its order, the zone (Normal). */
                                      g_strdup_printf (_("block 0x%llx of order %u in %s"),
                                      (unsigned long long) pfn, stmt->order, mms_page_zone (m, pfn)->name);
      return bind_klabel (runner, stmt, label, error);
    }
  res->err = ENOMEM;
  res->summary = g_strdup_printf (_("no free block of order %u: ENOMEM"), stmt->order);
  return TRUE;
}

static gboolean
run_free_pages (MmsRunner     *runner,
                const MmsStmt *stmt,
                Proc          *proc,
                GError       **error)
{
  KLabel *label = lookup_klabel (runner, stmt, KLABEL_PAGES, error);

  if (label == NULL)
    return FALSE;
  mms_free_pages (runner->machine, label->pfn, label->order);
  runner->result.summary = g_strdup_printf (_("freed block 0x%llx of order %u"),
                                            (unsigned long long) label->pfn, label->order);
  g_hash_table_remove (runner->klabels, stmt->free_label);
  return TRUE;
}

static gboolean
run_kmem_cache_alloc (MmsRunner     *runner,
                      const MmsStmt *stmt,
                      Proc          *proc,
                      GError       **error)
{
  MmsMachine *m = runner->machine;
  MmsStepResult *res = &runner->result;
  struct kmem_cache *cache = mms_kmem_cache_find (m, stmt->cache);
  guint64 addr;

  if (cache == NULL)
    {
      g_autofree char *names = cache_names (m);
      STEP_ERROR (stmt->cache_loc, "unknown slab cache '%s'; the caches are %s",
                  stmt->cache, names);
    }
  if (!check_as_free (runner, stmt, error))
    return FALSE;
  if (mms_kmem_cache_alloc (m, cache, &addr))
    {
      KLabel *label = g_new0 (KLabel, 1);
      label->kind = KLABEL_OBJECT;
      label->addr = addr;
      label->cache = cache;
      res->summary = g_strdup_printf (/* Translators: %s is a slab cache (vm_area_struct), then a kernel address. */
                                      _("%s object at 0x%llx"), cache->name, (unsigned long long) addr);
      return bind_klabel (runner, stmt, label, error);
    }
  res->err = ENOMEM;
  res->summary = g_strdup_printf (_("%s cannot grow: ENOMEM"), cache->name);
  return TRUE;
}

static gboolean
run_kmem_cache_free (MmsRunner     *runner,
                     const MmsStmt *stmt,
                     Proc          *proc,
                     GError       **error)
{
  KLabel *label = lookup_klabel (runner, stmt, KLABEL_OBJECT, error);

  if (label == NULL)
    return FALSE;
  if (!mms_kmem_cache_free (runner->machine, label->cache, label->addr))
    STEP_ERROR (stmt->free_label_loc, "'%s' is not a live object", stmt->free_label);
  runner->result.summary = g_strdup_printf (_("freed %s object at 0x%llx"),
                                            label->cache->name, (unsigned long long) label->addr);
  g_hash_table_remove (runner->klabels, stmt->free_label);
  return TRUE;
}

static gboolean
run_kmalloc (MmsRunner     *runner,
             const MmsStmt *stmt,
             Proc          *proc,
             GError       **error)
{
  MmsMachine *m = runner->machine;
  MmsStepResult *res = &runner->result;
  guint64 addr;

  if (stmt->size == 0)
    STEP_ERROR (stmt->size_loc, "kmalloc needs a size of at least 1 byte");
  if (!check_as_free (runner, stmt, error))
    return FALSE;
  if (mms_kmalloc (m, stmt->size, &addr))
    {
      KLabel *label = g_new0 (KLabel, 1);
      struct kmem_cache *cache = mms_kmalloc_cache (m, stmt->size);
      label->kind = KLABEL_KMALLOC;
      label->addr = addr;
      res->summary = g_strdup_printf (/* Translators: a kmalloc cache (kmalloc-128) or "large allocation", then an address. */
                                      _("%s at 0x%llx"),
                                      cache != NULL ? cache->name : _("large allocation"), (unsigned long long) addr);
      return bind_klabel (runner, stmt, label, error);
    }
  res->err = ENOMEM;
  res->summary = g_strdup (_("kmalloc failed: ENOMEM"));
  return TRUE;
}

static gboolean
run_kfree (MmsRunner     *runner,
           const MmsStmt *stmt,
           Proc          *proc,
           GError       **error)
{
  KLabel *label = lookup_klabel (runner, stmt, KLABEL_KMALLOC, error);

  if (label == NULL)
    return FALSE;
  if (!mms_kfree (runner->machine, label->addr))
    STEP_ERROR (stmt->free_label_loc, "'%s' is not a live kmalloc object", stmt->free_label);
  runner->result.summary = g_strdup_printf (_("freed 0x%llx"), (unsigned long long) label->addr);
  g_hash_table_remove (runner->klabels, stmt->free_label);
  return TRUE;
}

static gboolean
run_reclaim (MmsRunner     *runner,
             const MmsStmt *stmt,
             Proc          *proc,
             GError       **error)
{
  /* Direct reclaim scans the LRU lists; only user pages and the page
   * cache are on them, and without processes they are empty. */
  runner->result.summary = g_strdup_printf (_("reclaimed 0 of %llu pages: the LRU lists are empty"),
                                            (unsigned long long) stmt->pages);
  return TRUE;
}

static const char *
errno_word (int err)
{
  const char *name = mms_errno_name (err);
  return name != NULL ? name : _("an error");
}

/* The running process a statement names. */
static Proc *
lookup_proc (MmsRunner  *runner,
             const char *name,
             MmsLoc      loc,
             GError    **error)
{
  Proc *proc = find_proc (runner, name);

  if (proc == NULL)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename, loc,
                              "no process '%s' (spawn it first)", name);
      return NULL;
    }
  if (proc->task->state != MMS_TASK_RUNNING)
    {
      const char *how = proc->task->state == MMS_TASK_KILLED_SEGV ? "was killed by SIGSEGV"
                        : proc->task->state == MMS_TASK_KILLED_OOM ? "was killed by the OOM killer"
                        : proc->task->state == MMS_TASK_KILLED_ABRT ? "was killed by SIGABRT (glibc aborted)"
                        : "has exited";
      g_autofree char *where = proc->end_line > 0 ? g_strdup_printf (" (line %u)", proc->end_line)
                                                  : g_strdup ("");
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename, loc,
                              "process '%s' %s%s", name, how, where);
      return NULL;
    }
  return proc;
}

/* A new process name must not name a running process. */
static gboolean
check_new_proc (MmsRunner  *runner,
                const char *name,
                MmsLoc      loc,
                GError    **error)
{
  Proc *proc = g_hash_table_lookup (runner->procs, name);

  if (proc != NULL && proc->task->state == MMS_TASK_RUNNING)
    STEP_ERROR (loc, "process '%s' exists already (line %u)", name, proc->line);
  return TRUE;
}

static Proc *
add_proc (MmsRunner          *runner,
          const char         *name,
          struct task_struct *task,
          guint               line,
          GHashTable         *labels)
{
  Proc *proc = g_new0 (Proc, 1);

  proc->task = task;
  proc->line = line;
  proc->labels = labels != NULL ? labels : labels_new ();
  forget_lookups (runner);
  g_hash_table_replace (runner->procs, g_strdup (name), proc);
  return proc;
}

/* Resolves ADDR in PROC: a number, a label, a label plus or minus a size. */
static gboolean
resolve_addr (MmsRunner     *runner,
              Proc          *proc,
              const MmsAddr *addr,
              guint64       *out,
              GError       **error)
{
  guint64 base = 0;

  if (addr->label != NULL)
    {
      struct mm_struct *mm = proc->task->mm;
      const guint64 *bound = find_label (runner, proc, addr->label);

      if (bound != NULL)
        base = *bound;
      else if (g_str_equal (addr->label, "text"))
        base = mm->start_code;
      else if (g_str_equal (addr->label, "data"))
        base = mm->start_data;
      else if (g_str_equal (addr->label, "bss"))
        base = mm->end_data;
      else if (g_str_equal (addr->label, "heap"))
        base = mm->start_brk;
      else if (g_str_equal (addr->label, "brk"))
        base = mm->brk;
      else if (g_str_equal (addr->label, "stack"))
        {
          struct vm_area_struct *vma;
          base = mm->start_stack;
          for (vma = mm->mmap; vma != NULL; vma = vma->vm_next)
            if (vma->vm_start <= mm->start_stack && vma->vm_end > mm->start_stack)
              base = vma->vm_start;
        }
      else
        STEP_ERROR (addr->loc, "label '%s' is not bound in this process (never bound, or its "
                    "mmap failed)", addr->label);
      if (addr->negative)
        {
          if (addr->value > base)
            STEP_ERROR (addr->loc, "'%s' - 0x%" G_GINT64_MODIFIER "x is below address 0",
                        addr->label, addr->value);
          *out = base - addr->value;
        }
      else
        {
          if (addr->value > G_MAXUINT64 - base)
            STEP_ERROR (addr->loc, "the address overflows 64 bits");
          *out = base + addr->value;
        }
      return TRUE;
    }
  *out = addr->value;
  return TRUE;
}

static void
bind_label (MmsRunner  *runner,
            Proc       *proc,
            const char *name,
            guint64     value)
{
  guint64 *v;

  if (name == NULL)
    return;
  /* A label bound again (the usual loop of mmap, use, munmap) keeps its
   * entry. */
  v = find_label (runner, proc, name);
  if (v != NULL)
    {
      *v = value;
      return;
    }
  v = g_new (guint64, 1);
  *v = value;
  g_hash_table_replace (proc->labels, g_strdup (name), v);
}

static GHashTable *
copy_labels (GHashTable *labels)
{
  GHashTable *copy = labels_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint64 *v = g_new (guint64, 1);
      *v = *(guint64 *) value;
      g_hash_table_insert (copy, g_strdup (key), v);
    }
  return copy;
}

/* The path of the file a scenario calls NAME (file NAME ... path=PATH). */
static const char *
file_path (MmsRunner  *runner,
           const char *name)
{
  for (guint i = 0; i < runner->scenario->files->len; i++)
    {
      MmsFileDecl *decl = runner->scenario->files->pdata[i];
      if (g_str_equal (decl->name, name) && decl->path != NULL)
        return decl->path;
    }
  return name;
}

/* elf=PATH: a real ELF file of this machine (src/import/mms-elf.c).
 * Returns FALSE with ERROR at the elf= value when it cannot be loaded. */
static gboolean
run_elf (MmsRunner           *runner,
         const MmsStmt       *stmt,
         Proc                *proc,
         struct task_struct **task_out,
         int                 *err,
         GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  for (guint i = 0; stmt->args != NULL && i < stmt->args->len; i++)
    g_ptr_array_add (args, stmt->args->pdata[i]);
  g_ptr_array_add (args, NULL);
  if (proc == NULL)
    *task_out = mms_elf_spawn (runner->machine, stmt->proc, stmt->elf,
                               (const char * const *) args->pdata, err, &local_error);
  else
    *err = mms_elf_exec (proc->task, stmt->elf, (const char * const *) args->pdata, &local_error);
  if (local_error != NULL)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename,
                              stmt->elf_loc, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
image_from_stmt (const MmsStmt *stmt,
                 const char    *name,
                 MmsImage      *image,
                 char         **path)
{
  *path = g_strdup_printf ("/bin/%s", name);
  image->path = *path;
  image->text = stmt->text_size;
  image->rodata = stmt->rodata_size;
  image->data = stmt->data_size;
  image->bss = stmt->bss_size;
}

static void
note_death (MmsRunner *runner,
            Proc      *proc,
            guint      line)
{
  GHashTableIter iter;
  gpointer value;

  if (proc->task->state != MMS_TASK_RUNNING && proc->end_line == 0)
    proc->end_line = line;
  /* The OOM killer may have chosen another process, if there is one. */
  if (g_hash_table_size (runner->procs) == 1)
    return;
  g_hash_table_iter_init (&iter, runner->procs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Proc *p = value;
      if (p->task->state != MMS_TASK_RUNNING && p->end_line == 0)
        p->end_line = line;
    }
}

static gboolean
run_spawn (MmsRunner     *runner,
           const MmsStmt *stmt,
           Proc          *proc,
           GError       **error)
{
  MmsStepResult *res = &runner->result;
  g_autofree char *path = NULL;
  struct task_struct *task;
  MmsImage image;
  int err = 0;

  if (!check_new_proc (runner, stmt->proc, stmt->proc_loc, error))
    return FALSE;
  if (stmt->elf != NULL)
    {
      task = NULL;
      if (!run_elf (runner, stmt, NULL, &task, &err, error))
        return FALSE;
    }
  else
    {
      image_from_stmt (stmt, stmt->proc, &image, &path);
      task = mms_spawn (runner->machine, stmt->proc, &image, &err);
    }
  if (task == NULL)
    {
      res->err = -err;
      res->summary = g_strdup_printf (/* Translators: %s is an errno name (ENOMEM). */
                                      _("spawn failed: %s"), errno_word (-err));
      return TRUE;
    }
  add_proc (runner, stmt->proc, task, stmt->loc.line, NULL);
  res->summary = g_strdup_printf (/* Translators: after spawn: the new pid, its number of VMAs, where its text starts. */
                                  _("pid %d, %d VMAs, text at 0x%llx"),
                                  task->pid, task->mm->map_count, (unsigned long long) task->mm->start_code);
  return TRUE;
}

/* The step's result once fork, vfork, thread or pthread made CHILD (or
 * failed with ERR). */
static void
finish_clone (MmsRunner          *runner,
              const MmsStmt      *stmt,
              Proc               *proc,
              struct task_struct *child,
              int                 err)
{
  MmsStepResult *res = &runner->result;

  if (child == NULL)
    {
      res->err = -err;
      res->summary = g_strdup_printf (/* Translators: a statement kind (fork, mprotect), an errno name. */
                                      _("%s failed: %s"), mms_stmt_kind_name (stmt->kind),
                                      errno_word (-err));
      return;
    }
  /* A child inherits copies of its parent's labels; a thread shares the
   * address space, and with it the labels.  A vfork child shares the mm
   * only until its exec, which forgets its labels: it gets copies. */
  add_proc (runner, stmt->target, child, stmt->loc.line,
            child->is_thread ? g_hash_table_ref (proc->labels) : copy_labels (proc->labels));
  if (child->vfork_parent != 0)
    res->summary = g_strdup_printf (/* Translators: a vfork child's name, its pid, the mm's mm_users. */
                                    _("%s is pid %d, sharing the parent's mm (mm_users %d) "
                                      "until its exec or exit"),
                                    stmt->target, child->pid, child->mm->mm_users);
  else if (child->is_thread && child->stack_end != 0)
    res->summary = g_strdup_printf (/* Translators: a new thread's name and pid, its stack's range. */
                                    _("%s is pid %d, sharing the mm, stack 0x%llx-0x%llx"),
                                    stmt->target, child->pid,
                                    (unsigned long long) child->stack_start,
                                    (unsigned long long) child->stack_end);
  else if (child->is_thread)
    res->summary = g_strdup_printf (/* Translators: a new thread's name and pid. */
                                    _("%s is pid %d, sharing the mm"), stmt->target, child->pid);
  else
    res->summary = g_strdup_printf (/* Translators: a forked child's name and pid. */
                                    _("%s is pid %d"), stmt->target, child->pid);
}

/* fork C, vfork C and thread T [stack=ADDR size=N]: clone3 with the
 * statement's flags; pthread T [stacksize=N]: glibc's pthread_create. */
static gboolean
run_fork (MmsRunner     *runner,
          const MmsStmt *stmt,
          Proc          *proc,
          GError       **error)
{
  struct task_struct *child;
  guint64 stack = 0;
  guint flags = 0;
  int err = 0;

  if (!check_new_proc (runner, stmt->target, stmt->target_loc, error))
    return FALSE;
  if (stmt->has_addr && !resolve_addr (runner, proc, &stmt->addr, &stack, error))
    return FALSE;
  if (stmt->kind == MMS_STMT_THREAD)
    flags = MMS_CLONE_VM | MMS_CLONE_THREAD;
  else if (stmt->kind == MMS_STMT_VFORK)
    flags = MMS_CLONE_VM | MMS_CLONE_VFORK;
  if (stmt->kind == MMS_STMT_PTHREAD)
    child = mms_pthread_create (proc->task, stmt->target, stmt->has_len ? stmt->len : 0, &err);
  else if (stmt->has_len && stack + stmt->len < stack)
    {
      /* clone3's access_ok() of the stack. */
      child = NULL;
      err = -EFAULT;
    }
  else
    child = mms_clone (proc->task, stmt->target, flags, stack, stmt->has_len ? stmt->len : 0,
                       &err);
  finish_clone (runner, stmt, proc, child, err);
  return TRUE;
}

static gboolean
run_exec (MmsRunner     *runner,
          const MmsStmt *stmt,
          Proc          *proc,
          GError       **error)
{
  MmsStepResult *res = &runner->result;
  g_autofree char *path = NULL;
  MmsImage image;
  int err = 0;

  if (stmt->elf != NULL)
    {
      if (!run_elf (runner, stmt, proc, NULL, &err, error))
        return FALSE;
    }
  else
    {
      image_from_stmt (stmt, stmt->proc, &image, &path);
      err = mms_exec (proc->task, &image);
    }
  if (err < 0)
    {
      res->err = -err;
      res->summary = g_strdup_printf (_("exec failed: %s"), errno_word (-err));
      return TRUE;
    }
  forget_lookups (runner);
  g_hash_table_remove_all (proc->labels);
  /* de_thread() ended the other threads of the group. */
  note_death (runner, proc, stmt->loc.line);
  res->summary = g_strdup_printf (_("new image, %d VMAs"), proc->task->mm->map_count);
  return TRUE;
}

static gboolean
run_exit (MmsRunner     *runner,
          const MmsStmt *stmt,
          Proc          *proc,
          GError       **error)
{
  struct task_struct *task = proc->task;
  guint others = 0;

  /* The leader's exit is the C library's exit (): exit_group. */
  if (task->pid == task->tgid)
    others = mms_exit_group (task);
  else
    mms_exit (task);
  note_death (runner, proc, stmt->loc.line);
  runner->result.summary = others == 0
    ? g_strdup (_("exited"))
    : g_strdup_printf (/* Translators: exit_group of a process with threads; %u is how many. */
                       ngettext ("exited, with its %u other thread (exit_group)",
                                 "exited, with its %u other threads (exit_group)", others),
                       others);
  return TRUE;
}

static gboolean
run_mmap (MmsRunner     *runner,
          const MmsStmt *stmt,
          Proc          *proc,
          GError       **error)
{
  MmsStepResult *res = &runner->result;
  struct mms_file *file = NULL;
  guint64 addr = 0;
  guint flags = stmt->shared ? MMS_MAP_SHARED : MMS_MAP_PRIVATE;
  gint64 ret;

  if (stmt->file != NULL)
    {
      file = mms_file_lookup (runner->machine, file_path (runner, stmt->file));
      if (file == NULL)
        STEP_ERROR (stmt->file_loc, "no file '%s' (declare it in the header: file %s size=SIZE)",
                    stmt->file, stmt->file);
    }
  else
    flags |= MMS_MAP_ANONYMOUS;
  if (stmt->has_addr && !resolve_addr (runner, proc, &stmt->addr, &addr, error))
    return FALSE;
  if (stmt->fixed)
    flags |= MMS_MAP_FIXED;
  if (stmt->noreplace)
    flags |= MMS_MAP_FIXED_NOREPLACE;
  if (stmt->growsdown)
    flags |= MMS_MAP_GROWSDOWN;
  if (stmt->noreserve)
    flags |= MMS_MAP_NORESERVE;
  if (stmt->map_stack)
    flags |= MMS_MAP_STACK;
  ret = mms_sys_mmap (proc->task, addr, stmt->len, stmt->prot, flags, file, stmt->offset);
  if (ret < 0)
    {
      res->err = (int) -ret;
      res->summary = g_strdup_printf (_("mmap failed: %s"), errno_word (res->err));
      return TRUE;
    }
  bind_label (runner, proc, stmt->as, (guint64) ret);
  set_summary (runner, SUMMARY_MAPPED, (guint64) ret);
  return TRUE;
}

/* The result of munmap and mprotect, which returned ERR. */
static void
set_vmas_result (MmsRunner     *runner,
                 const MmsStmt *stmt,
                 Proc          *proc,
                 int            err)
{
  MmsStepResult *res = &runner->result;

  res->err = -err;
  if (err < 0)
    res->summary = g_strdup_printf (_("%s failed: %s"), mms_stmt_kind_name (stmt->kind),
                                    errno_word (-err));
  else
    set_summary (runner, SUMMARY_VMAS, (guint64) proc->task->mm->map_count);
}

static gboolean
run_munmap (MmsRunner     *runner,
            const MmsStmt *stmt,
            Proc          *proc,
            GError       **error)
{
  guint64 addr;

  if (!resolve_addr (runner, proc, &stmt->addr, &addr, error))
    return FALSE;
  set_vmas_result (runner, stmt, proc, mms_sys_munmap (proc->task, addr, stmt->len));
  return TRUE;
}

static gboolean
run_mprotect (MmsRunner     *runner,
              const MmsStmt *stmt,
              Proc          *proc,
              GError       **error)
{
  guint64 addr;

  if (!resolve_addr (runner, proc, &stmt->addr, &addr, error))
    return FALSE;
  set_vmas_result (runner, stmt, proc,
                   mms_sys_mprotect (proc->task, addr, stmt->len, stmt->prot));
  return TRUE;
}

static gboolean
run_mremap (MmsRunner     *runner,
            const MmsStmt *stmt,
            Proc          *proc,
            GError       **error)
{
  MmsStepResult *res = &runner->result;
  guint64 addr;
  gint64 ret;

  if (!resolve_addr (runner, proc, &stmt->addr, &addr, error))
    return FALSE;
  ret = mms_sys_mremap (proc->task, addr, stmt->len, stmt->new_len,
                        stmt->maymove ? MMS_MREMAP_MAYMOVE : 0);
  if (ret < 0)
    {
      res->err = (int) -ret;
      res->summary = g_strdup_printf (_("mremap failed: %s"), errno_word (res->err));
      return TRUE;
    }
  bind_label (runner, proc, stmt->as, (guint64) ret);
  res->summary = g_strdup_printf (/* Translators: where mremap moved the mapping. */
                                  _("now at 0x%llx"), (unsigned long long) ret);
  return TRUE;
}

static gboolean
run_brk (MmsRunner     *runner,
         const MmsStmt *stmt,
         Proc          *proc,
         GError       **error)
{
  MmsStepResult *res = &runner->result;
  struct mm_struct *mm = proc->task->mm;
  guint64 want = 0, got;

  switch (stmt->brk_mode)
    {
    case MMS_BRK_SET:
      if (!resolve_addr (runner, proc, &stmt->addr, &want, error))
        return FALSE;
      break;
    case MMS_BRK_GROW:
      want = stmt->brk_size > G_MAXUINT64 - mm->brk ? G_MAXUINT64 : mm->brk + stmt->brk_size;
      break;
    case MMS_BRK_SHRINK:
      want = stmt->brk_size > mm->brk ? 0 : mm->brk - stmt->brk_size;
      break;
    }
  got = mms_sys_brk (proc->task, want);
  /* brk(0) is how a program asks for the break: not a failure. */
  if (got != want && !(stmt->brk_mode == MMS_BRK_SET && want == 0))
    res->err = ENOMEM;
  res->summary = res->err != 0
    ? g_strdup_printf (/* Translators: the program break did not move. */
                       _("brk is 0x%llx (unchanged: ENOMEM)"), (unsigned long long) got)
    : g_strdup_printf (_("brk is 0x%llx"), (unsigned long long) got);
  return TRUE;
}

/* read, write and fetch. */
static gboolean
run_access (MmsRunner     *runner,
            const MmsStmt *stmt,
            Proc          *proc,
            GError       **error)
{
  MmsStepResult *res = &runner->result;
  MmsAccess access = stmt->kind == MMS_STMT_READ ? MMS_ACCESS_READ
                     : stmt->kind == MMS_STMT_WRITE ? MMS_ACCESS_WRITE : MMS_ACCESS_EXEC;
  guint64 max_pages = MAX (MAX_TOUCH_PAGES,
                           runner->machine->nr_frames + runner->machine->nr_swap_slots);
  guint64 addr, len, done = 0;
  guint64 stalled_at = G_MAXUINT64;
  gboolean alive = TRUE;

  guint64 alloc_ptr = 0, usable = 0, want = stmt->len;
  gboolean freed = FALSE, is_alloc;

  if (!resolve_addr (runner, proc, &stmt->addr, &addr, error))
    return FALSE;
  /* P write NAME of an allocation: its whole usable size, as the program's
   * memset (malloc_usable_size ()); after free, a use after free. */
  is_alloc = stmt->addr.label != NULL && stmt->addr.value == 0
             && mms_malloc_lookup_name (proc->task->mm, stmt->addr.label, &alloc_ptr, &usable, &freed)
             && alloc_ptr == addr;
  if (is_alloc && alloc_ptr == 0)
    STEP_ERROR (stmt->addr.loc, "'%s' is NULL (its malloc failed)", stmt->addr.label);
  if (is_alloc && !stmt->has_len)
    want = usable;
  if (is_alloc && freed && stmt->kind == MMS_STMT_WRITE)
    mms_malloc_note_write (proc->task->mm, alloc_ptr, want);
  /* The access ends at the top of the address space. */
  len = addr == 0 ? want : MIN (want, G_MAXUINT64 - addr + 1);
  while (done < len && alive && stalled_at == G_MAXUINT64)
    {
      /* Chunks end on page boundaries, so that no page is touched twice. */
      guint64 room = (TOUCH_CHUNK_PAGES << MMS_PAGE_SHIFT)
                     - ((addr + done) & (MMS_PAGE_SIZE - 1));
      guint64 chunk = MIN (len - done, room);

      if (done >= max_pages << MMS_PAGE_SHIFT)
        STEP_ERROR (stmt->len_loc,
                    "%s touches more than %" G_GUINT64_FORMAT " GiB of mapped memory "
                    "in one step; split it into smaller accesses",
                    mms_stmt_kind_name (stmt->kind), max_pages >> (30 - MMS_PAGE_SHIFT));
      alive = mms_touch_stall (proc->task, addr + done, chunk, access, &stalled_at);
      done += chunk;
    }
  if (!alive)
    {
      note_death (runner, proc, stmt->loc.line);
      if (proc->task->state == MMS_TASK_KILLED_SEGV)
        {
          res->segv = TRUE;
          res->summary = g_strdup_printf (/* Translators: the si_code (SEGV_MAPERR), the faulting address, the process killed. */
                                          _("SIGSEGV (%s) at 0x%llx: %s is killed"),
                                          proc->task->segv_code == MMS_SEGV_ACCERR ? "SEGV_ACCERR"
                                                                                   : "SEGV_MAPERR",
                                          (unsigned long long) proc->task->segv_addr, stmt->proc);
        }
      else
        res->summary = g_strdup_printf (_("%s was killed by the OOM killer"), stmt->proc);
      return TRUE;
    }
  note_death (runner, proc, stmt->loc.line);
  if (stalled_at != G_MAXUINT64)
    {
      res->summary = g_strdup_printf (/* Translators: the faulting address, then the process. */
                                      _("out of memory at 0x%llx (no frame, even after "
                                        "reclaim): %s's access stops there"),
                                      (unsigned long long) stalled_at, stmt->proc);
      return TRUE;
    }
  set_summary (runner, SUMMARY_RSS, mms_mm_rss (proc->task->mm) << (MMS_PAGE_SHIFT - 10));
  return TRUE;
}

static gboolean
run_shmget (MmsRunner     *runner,
            const MmsStmt *stmt,
            Proc          *proc,
            GError       **error)
{
  MmsStepResult *res = &runner->result;
  int err = mms_sys_shmget (runner->machine, stmt->key, stmt->size);

  res->err = -err;
  res->summary = err < 0 ? g_strdup_printf (_("shmget failed: %s"), errno_word (-err))
                         : g_strdup_printf (/* Translators: a SysV shared-memory key. */
                             _("segment 0x%llx"), (unsigned long long) stmt->key);
  return TRUE;
}

static gboolean
run_shmat (MmsRunner     *runner,
           const MmsStmt *stmt,
           Proc          *proc,
           GError       **error)
{
  MmsStepResult *res = &runner->result;
  gint64 ret = mms_sys_shmat (proc->task, stmt->key);

  if (ret < 0)
    {
      res->err = (int) -ret;
      res->summary = g_strdup_printf (_("shmat failed: %s"), errno_word (res->err));
      return TRUE;
    }
  bind_label (runner, proc, stmt->as, (guint64) ret);
  res->summary = g_strdup_printf (_("attached at 0x%llx"), (unsigned long long) ret);
  return TRUE;
}

static gboolean
run_shmdt (MmsRunner     *runner,
           const MmsStmt *stmt,
           Proc          *proc,
           GError       **error)
{
  MmsStepResult *res = &runner->result;
  guint64 addr;
  int err;

  if (!resolve_addr (runner, proc, &stmt->addr, &addr, error))
    return FALSE;
  err = mms_sys_shmdt (proc->task, addr);
  res->err = -err;
  res->summary = err < 0 ? g_strdup_printf (_("shmdt failed: %s"), errno_word (-err))
                         : g_strdup (_("detached"));
  return TRUE;
}

/* After a call of the malloc family: glibc may have aborted the process
 * (SIGABRT), or the kernel killed it (out of memory). */
static gboolean
malloc_died (MmsRunner     *runner,
             const MmsStmt *stmt,
             Proc          *proc)
{
  MmsStepResult *res = &runner->result;

  if (proc->task->state == MMS_TASK_RUNNING)
    return FALSE;
  note_death (runner, proc, stmt->loc.line);
  if (proc->task->state == MMS_TASK_KILLED_ABRT)
    res->summary = g_strdup_printf (/* Translators: %1$s is glibc's message (kept in English), %2$s the process. */
                                    _("glibc: %s: SIGABRT, %s is killed"),
                                    proc->task->abort_message, stmt->proc);
  else
    res->summary = g_strdup_printf (_("%s was killed by the OOM killer"), stmt->proc);
  return TRUE;
}

/* The summary of an allocation: where its chunk is. */
static void
malloc_summary (MmsRunner        *runner,
                struct mm_struct *mm,
                guint64           ptr,
                int               err)
{
  MmsStepResult *res = &runner->result;
  MmsChunkInfo info;

  if (ptr == 0)
    {
      res->err = err;
      res->summary = g_strdup_printf (/* Translators: %s is an errno name. */
                                      _("NULL (%s)"), errno_word (err));
      return;
    }
  if (!mms_malloc_chunk_at (mm, ptr, &info))
    {
      res->summary = g_strdup_printf ("0x%llx", (unsigned long long) ptr);
      return;
    }
  res->summary = info.state == MMS_CHUNK_MMAPPED
    ? g_strdup_printf (/* Translators: a pointer, then its chunk's size; the chunk is an mmap of its own. */
                       _("0x%llx: a chunk of %llu bytes in a mapping of its own"),
                       (unsigned long long) ptr, (unsigned long long) info.size)
    : g_strdup_printf (/* Translators: a pointer, its chunk's size, its offset in the heap. */
                       _("0x%llx: a chunk of %llu bytes at heap+0x%llx"),
                       (unsigned long long) ptr, (unsigned long long) info.size,
                       (unsigned long long) (info.addr - mm->start_brk));
}

/* The pointer NAME stands for, with the errors of its misuse. */
static gboolean
lookup_allocation (MmsRunner     *runner,
                   const MmsStmt *stmt,
                   Proc          *proc,
                   guint64       *ptr,
                   gboolean      *freed,
                   GError       **error)
{
  if (!mms_malloc_lookup_name (proc->task->mm, stmt->alloc_name, ptr, NULL, freed))
    STEP_ERROR (stmt->alloc_name_loc, "no allocation named '%s' in %s (malloc or calloc "
                "it with 'as %s' first)", stmt->alloc_name, stmt->proc, stmt->alloc_name);
  return TRUE;
}

/* malloc SIZE [as L] and calloc N SIZE [as L]. */
static gboolean
run_malloc (MmsRunner     *runner,
            const MmsStmt *stmt,
            Proc          *proc,
            GError       **error)
{
  struct task_struct *task = proc->task;
  int err = 0;
  guint64 ptr = stmt->kind == MMS_STMT_CALLOC
    ? mms_calloc (task, stmt->alloc_count, stmt->alloc_size, &err)
    : mms_malloc (task, stmt->alloc_size, &err);

  if (malloc_died (runner, stmt, proc))
    return TRUE;
  if (stmt->as != NULL)
    {
      mms_malloc_set_name (task->mm, stmt->as, ptr);
      bind_label (runner, proc, stmt->as, ptr);
    }
  malloc_summary (runner, task->mm, ptr, err);
  return TRUE;
}

/* realloc L SIZE: L stands for the result. */
static gboolean
run_realloc (MmsRunner     *runner,
             const MmsStmt *stmt,
             Proc          *proc,
             GError       **error)
{
  struct task_struct *task = proc->task;
  guint64 ptr, got;
  gboolean freed;
  int err = 0;

  if (!lookup_allocation (runner, stmt, proc, &ptr, &freed, error))
    return FALSE;
  if (freed)
    STEP_ERROR (stmt->alloc_name_loc, "'%s' was freed: realloc needs a live allocation "
                "(malloc it again first)", stmt->alloc_name);
  got = mms_realloc (task, ptr, stmt->alloc_size, &err);
  if (malloc_died (runner, stmt, proc))
    return TRUE;
  if (got == 0 && stmt->alloc_size == 0 && ptr != 0)
    {
      /* realloc (p, 0) frees p. */
      mms_malloc_name_freed (task->mm, stmt->alloc_name);
      runner->result.summary = g_strdup (_("realloc to 0 bytes frees the block: NULL"));
      return TRUE;
    }
  if (got != 0)
    {
      mms_malloc_set_name (task->mm, stmt->alloc_name, got);
      bind_label (runner, proc, stmt->alloc_name, got);
    }
  malloc_summary (runner, task->mm, got, err);
  return TRUE;
}

/* free L: a second free is glibc's to notice. */
static gboolean
run_free (MmsRunner     *runner,
          const MmsStmt *stmt,
          Proc          *proc,
          GError       **error)
{
  struct task_struct *task = proc->task;
  guint64 ptr;
  gboolean freed;

  if (!lookup_allocation (runner, stmt, proc, &ptr, &freed, error))
    return FALSE;
  mms_malloc_name_freed (task->mm, stmt->alloc_name);
  mms_free (task, ptr);
  if (malloc_died (runner, stmt, proc))
    return TRUE;
  runner->result.summary = ptr == 0 ? g_strdup (_("free (NULL) does nothing"))
    : freed ? g_strdup (_("a second free that glibc does not notice: the heap is corrupt"))
    : g_strdup_printf (/* Translators: a pointer. */ _("0x%llx is freed"), (unsigned long long) ptr);
  return TRUE;
}

/* What runs a statement. */
typedef gboolean (*StmtRunFunc) (MmsRunner     *runner,
                                 const MmsStmt *stmt,
                                 Proc          *proc,
                                 GError       **error);

typedef struct
{
  MmsStmtKind kind;
  gboolean in_process;      /* run by the running process stmt->proc (else PROC is NULL) */
  StmtRunFunc run;
} StmtRun;

/* How each statement runs, one row each, indexed by kind: whether it
 * needs its process running (lookup_proc () finds it, or reports the
 * error, before the function runs) and its run_* function.  A statement
 * that fails as a program's call would (ENOMEM, EINVAL) sets the step's
 * result and returns TRUE; a misuse of the language returns FALSE with
 * ERROR at the offending token.  To add a statement, see stmt_syntax[] in
 * mms-parser.c. */
#define RUN(kind, in_process, run) [kind] = { kind, in_process, run }

static const StmtRun stmt_runs[] = {
  RUN (MMS_STMT_SPAWN, FALSE, run_spawn),
  RUN (MMS_STMT_FORK, TRUE, run_fork),
  RUN (MMS_STMT_THREAD, TRUE, run_fork),
  RUN (MMS_STMT_EXEC, TRUE, run_exec),
  RUN (MMS_STMT_EXIT, TRUE, run_exit),
  RUN (MMS_STMT_MMAP, TRUE, run_mmap),
  RUN (MMS_STMT_MUNMAP, TRUE, run_munmap),
  RUN (MMS_STMT_MPROTECT, TRUE, run_mprotect),
  RUN (MMS_STMT_MREMAP, TRUE, run_mremap),
  RUN (MMS_STMT_BRK, TRUE, run_brk),
  RUN (MMS_STMT_READ, TRUE, run_access),
  RUN (MMS_STMT_WRITE, TRUE, run_access),
  RUN (MMS_STMT_FETCH, TRUE, run_access),
  RUN (MMS_STMT_SHMGET, TRUE, run_shmget),
  RUN (MMS_STMT_SHMAT, TRUE, run_shmat),
  RUN (MMS_STMT_SHMDT, TRUE, run_shmdt),
  RUN (MMS_STMT_ALLOC_PAGES, FALSE, run_alloc_pages),
  RUN (MMS_STMT_FREE_PAGES, FALSE, run_free_pages),
  RUN (MMS_STMT_KMEM_CACHE_ALLOC, FALSE, run_kmem_cache_alloc),
  RUN (MMS_STMT_KMEM_CACHE_FREE, FALSE, run_kmem_cache_free),
  RUN (MMS_STMT_KMALLOC, FALSE, run_kmalloc),
  RUN (MMS_STMT_KFREE, FALSE, run_kfree),
  RUN (MMS_STMT_RECLAIM, FALSE, run_reclaim),
  RUN (MMS_STMT_MALLOC, TRUE, run_malloc),
  RUN (MMS_STMT_CALLOC, TRUE, run_malloc),
  RUN (MMS_STMT_REALLOC, TRUE, run_realloc),
  RUN (MMS_STMT_FREE, TRUE, run_free),
  RUN (MMS_STMT_PTHREAD, TRUE, run_fork),
  RUN (MMS_STMT_VFORK, TRUE, run_fork),
};

#undef RUN

G_STATIC_ASSERT (G_N_ELEMENTS (stmt_runs) == MMS_N_STMT_KINDS);

static gboolean
run_stmt (MmsRunner     *runner,
          const MmsStmt *stmt,
          GError       **error)
{
  const StmtRun *row;
  Proc *proc = NULL;

  g_assert ((guint) stmt->kind < G_N_ELEMENTS (stmt_runs));
  row = &stmt_runs[stmt->kind];
  if (row->in_process)
    {
      proc = lookup_proc (runner, stmt->proc, stmt->proc_loc, error);
      if (proc == NULL)
        return FALSE;
    }
  return row->run (runner, stmt, proc, error);
}

static MmsZoneId
zone_from_word (const char *name,
                gboolean   *ok)
{
  *ok = TRUE;
  if (g_ascii_strcasecmp (name, "dma") == 0) return MMS_ZONE_DMA;
  if (g_ascii_strcasecmp (name, "dma32") == 0) return MMS_ZONE_DMA32;
  if (g_ascii_strcasecmp (name, "normal") == 0) return MMS_ZONE_NORMAL;
  if (g_ascii_strcasecmp (name, "highmem") == 0) return MMS_ZONE_HIGHMEM;
  *ok = FALSE;
  return MMS_ZONE_DMA;
}

/* A failed expect is reported at the token that does not hold: the value
 * expected (7 in `expect p vmas 7`), the errno name, or the check word
 * (`segv`, `ok`); the message quotes the line and says what was found. */
#define EXPECT_FAIL(loc, ...) \
  G_STMT_START { \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__); \
    mms_scenario_set_error (error, MMS_SCENARIO_ERROR_EXPECT, runner->scenario->filename, \
                            (loc), "%s: %s", ex->text, msg_); \
    return FALSE; \
  } G_STMT_END

static gboolean
check_errno (MmsRunner       *runner,
             const MmsExpect *ex,
             Proc            *proc,
             GError         **error)
{
  const MmsStepResult *res = &runner->result;
  int want = mms_errno_from_name (ex->name);

  if (res->err != want && ex->after_step == 0)
    EXPECT_FAIL (ex->name_loc, "no step has run yet, only the boot");
  if (res->err != want)
    EXPECT_FAIL (ex->name_loc, "the step %s", res->err == 0 ? "succeeded"
                 : mms_errno_name (res->err) != NULL ? mms_errno_name (res->err) : "failed");
  return TRUE;
}

static gboolean
check_ok (MmsRunner       *runner,
          const MmsExpect *ex,
          Proc            *proc,
          GError         **error)
{
  const MmsStepResult *res = &runner->result;

  if (res->err != 0)
    EXPECT_FAIL (ex->check_loc, "the step failed with %s", mms_errno_name (res->err));
  if (res->segv)
    EXPECT_FAIL (ex->check_loc, "the step ended in SIGSEGV");
  return TRUE;
}

static gboolean
check_free (MmsRunner       *runner,
            const MmsExpect *ex,
            Proc            *proc,
            GError         **error)
{
  guint64 found = mms_machine_free_frames (runner->machine) << MMS_PAGE_SHIFT;

  if (found != ex->value)
    {
      g_autofree char *s = format_size (found);
      EXPECT_FAIL (ex->value_loc, "found %s (%" G_GUINT64_FORMAT " bytes) free", s, found);
    }
  return TRUE;
}

/* The zone an expect line names, or NULL with ERROR. */
static struct zone *
expect_zone (MmsRunner       *runner,
             const MmsExpect *ex,
             GError         **error)
{
  gboolean ok;
  MmsZoneId id = zone_from_word (ex->name, &ok);
  struct zone *zone = ok ? mms_machine_zone (runner->machine, id) : NULL;

  if (zone == NULL)
    mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename,
                            ex->name_loc, "this machine has no zone '%s'", ex->name);
  return zone;
}

static gboolean
check_nr_free (MmsRunner       *runner,
               const MmsExpect *ex,
               Proc            *proc,
               GError         **error)
{
  struct zone *zone = expect_zone (runner, ex, error);

  if (zone == NULL)
    return FALSE;
  if (ex->order > MMS_MAX_PAGE_ORDER)
    STEP_ERROR (ex->loc, "order must be 0 to %d", MMS_MAX_PAGE_ORDER);
  if (zone->free_area[ex->order].nr_free != ex->value)
    EXPECT_FAIL (ex->value_loc, "found %" G_GUINT64_FORMAT " free blocks",
                 zone->free_area[ex->order].nr_free);
  return TRUE;
}

static gboolean
check_zone_free (MmsRunner       *runner,
                 const MmsExpect *ex,
                 Proc            *proc,
                 GError         **error)
{
  struct zone *zone = expect_zone (runner, ex, error);

  if (zone == NULL)
    return FALSE;
  if ((zone->nr_free_pages << MMS_PAGE_SHIFT) != ex->value)
    {
      g_autofree char *s = format_size (zone->nr_free_pages << MMS_PAGE_SHIFT);
      EXPECT_FAIL (ex->value_loc, "found %s free in %s", s, zone->name);
    }
  return TRUE;
}

/* The slab cache an expect line names, or NULL with ERROR. */
static struct kmem_cache *
expect_cache (MmsRunner       *runner,
              const MmsExpect *ex,
              GError         **error)
{
  struct kmem_cache *cache = mms_kmem_cache_find (runner->machine, ex->name);

  if (cache == NULL)
    {
      g_autofree char *names = cache_names (runner->machine);
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename,
                              ex->name_loc, "unknown slab cache '%s'; the caches are %s",
                              ex->name, names);
    }
  return cache;
}

static gboolean
check_slabs (MmsRunner       *runner,
             const MmsExpect *ex,
             Proc            *proc,
             GError         **error)
{
  struct kmem_cache *cache = expect_cache (runner, ex, error);

  if (cache == NULL)
    return FALSE;
  if (cache->slabs_full.length != ex->full || cache->slabs_partial.length != ex->partial
      || cache->slabs_free.length != ex->empty)
    EXPECT_FAIL (ex->value_loc, "found %u full, %u partial and %u free slabs", cache->slabs_full.length,
                 cache->slabs_partial.length, cache->slabs_free.length);
  return TRUE;
}

static gboolean
check_objects (MmsRunner       *runner,
               const MmsExpect *ex,
               Proc            *proc,
               GError         **error)
{
  struct kmem_cache *cache = expect_cache (runner, ex, error);

  if (cache == NULL)
    return FALSE;
  if (cache->active_objs != ex->value)
    EXPECT_FAIL (ex->value_loc, "found %" G_GUINT64_FORMAT " active objects", cache->active_objs);
  return TRUE;
}

static gboolean
check_swap (MmsRunner       *runner,
            const MmsExpect *ex,
            Proc            *proc,
            GError         **error)
{
  MmsMachine *m = runner->machine;

  if ((m->nr_swap_used << MMS_PAGE_SHIFT) != ex->value)
    {
      g_autofree char *str = format_size (m->nr_swap_used << MMS_PAGE_SHIFT);
      EXPECT_FAIL (ex->value_loc, "found %s of swap in use", str);
    }
  return TRUE;
}

/* expect P segv and expect P oom: how PROC ended. */
static gboolean
check_killed (MmsRunner       *runner,
              const MmsExpect *ex,
              Proc            *proc,
              GError         **error)
{
  MmsTaskState want = ex->kind == MMS_EXPECT_SEGV ? MMS_TASK_KILLED_SEGV
                       : ex->kind == MMS_EXPECT_ABORT ? MMS_TASK_KILLED_ABRT
                       : MMS_TASK_KILLED_OOM;

  if (proc->task->state != want)
    EXPECT_FAIL (ex->check_loc, "%s %s", ex->proc,
                 proc->task->state == MMS_TASK_RUNNING ? "is running"
                 : proc->task->state == MMS_TASK_EXITED ? "exited"
                 : proc->task->state == MMS_TASK_KILLED_SEGV ? "was killed by SIGSEGV"
                 : proc->task->state == MMS_TASK_KILLED_ABRT ? "was killed by SIGABRT"
                 : "was killed by the OOM killer");
  return TRUE;
}

static gboolean
check_vmas (MmsRunner       *runner,
            const MmsExpect *ex,
            Proc            *proc,
            GError         **error)
{
  if ((guint64) proc->task->mm->map_count != ex->value)
    EXPECT_FAIL (ex->value_loc, "found %d VMAs", proc->task->mm->map_count);
  return TRUE;
}

static gboolean
check_rss (MmsRunner       *runner,
           const MmsExpect *ex,
           Proc            *proc,
           GError         **error)
{
  guint64 rss = mms_mm_rss (proc->task->mm) << MMS_PAGE_SHIFT;

  if (rss != ex->value)
    {
      g_autofree char *str = format_size (rss);
      EXPECT_FAIL (ex->value_loc, "found %s", str);
    }
  return TRUE;
}

/* expect P chunk L SIZE: the chunk size of L's chunk. */
static gboolean
check_chunk (MmsRunner       *runner,
             const MmsExpect *ex,
             Proc            *proc,
             GError         **error)
{
  guint64 ptr;
  MmsChunkInfo info;

  if (!mms_malloc_lookup_name (proc->task->mm, ex->name, &ptr, NULL, NULL))
    STEP_ERROR (ex->name_loc, "no allocation named '%s' in %s", ex->name, ex->proc);
  if (ptr == 0)
    EXPECT_FAIL (ex->name_loc, "%s is NULL", ex->name);
  if (!mms_malloc_chunk_at (proc->task->mm, ptr, &info))
    EXPECT_FAIL (ex->name_loc, "%s (0x%llx) is no longer a chunk", ex->name, (unsigned long long) ptr);
  if (info.size != ex->value)
    EXPECT_FAIL (ex->value_loc, "found a chunk of %llu bytes (0x%llx)",
                 (unsigned long long) info.size, (unsigned long long) info.size);
  return TRUE;
}

/* expect P heap SIZE: the break minus start_brk. */
static gboolean
check_heap (MmsRunner       *runner,
            const MmsExpect *ex,
            Proc            *proc,
            GError         **error)
{
  guint64 heap = mms_malloc_heap_size (proc->task->mm);

  if (heap != ex->value)
    {
      g_autofree char *str = format_size (heap);
      EXPECT_FAIL (ex->value_loc, "found %s of heap", str);
    }
  return TRUE;
}

/* Which process an expect line needs. */
typedef enum
{
  EXPECT_NO_PROC,           /* a check of the machine or of the step */
  EXPECT_ANY_PROC,          /* expect P ...: P running or not */
  EXPECT_RUNNING_PROC,      /* expect P ...: P still running */
} ExpectProc;

/* What checks an expect line: PROC is the process it names, or NULL. */
typedef gboolean (*ExpectCheckFunc) (MmsRunner       *runner,
                                     const MmsExpect *ex,
                                     Proc            *proc,
                                     GError         **error);

typedef struct
{
  MmsExpectKind kind;
  ExpectProc proc;
  ExpectCheckFunc check;
} ExpectCheck;

/* How each expect line is checked, one row each, indexed by kind: the
 * process it needs (looked up, and the error reported, before the
 * function runs) and its check_* function, which reports a check that
 * does not hold with EXPECT_FAIL.  To add a check, see expect_syntax[]
 * in mms-parser.c. */
#define CHECK(kind, proc, check) [kind] = { kind, proc, check }

static const ExpectCheck expect_checks[] = {
  CHECK (MMS_EXPECT_SEGV, EXPECT_ANY_PROC, check_killed),
  CHECK (MMS_EXPECT_ERRNO, EXPECT_NO_PROC, check_errno),
  CHECK (MMS_EXPECT_VMAS, EXPECT_RUNNING_PROC, check_vmas),
  CHECK (MMS_EXPECT_RSS, EXPECT_RUNNING_PROC, check_rss),
  CHECK (MMS_EXPECT_FREE, EXPECT_NO_PROC, check_free),
  CHECK (MMS_EXPECT_OK, EXPECT_NO_PROC, check_ok),
  CHECK (MMS_EXPECT_NR_FREE, EXPECT_NO_PROC, check_nr_free),
  CHECK (MMS_EXPECT_ZONE_FREE, EXPECT_NO_PROC, check_zone_free),
  CHECK (MMS_EXPECT_SLABS, EXPECT_NO_PROC, check_slabs),
  CHECK (MMS_EXPECT_OBJECTS, EXPECT_NO_PROC, check_objects),
  CHECK (MMS_EXPECT_OOM, EXPECT_ANY_PROC, check_killed),
  CHECK (MMS_EXPECT_SWAP, EXPECT_NO_PROC, check_swap),
  CHECK (MMS_EXPECT_CHUNK, EXPECT_RUNNING_PROC, check_chunk),
  CHECK (MMS_EXPECT_HEAP, EXPECT_RUNNING_PROC, check_heap),
  CHECK (MMS_EXPECT_ABORT, EXPECT_ANY_PROC, check_killed),
};

#undef CHECK

G_STATIC_ASSERT (G_N_ELEMENTS (expect_checks) == MMS_N_EXPECT_KINDS);

static gboolean
check_expect (MmsRunner       *runner,
              const MmsExpect *ex,
              GError         **error)
{
  const ExpectCheck *row;
  Proc *proc = NULL;

  g_assert ((guint) ex->kind < G_N_ELEMENTS (expect_checks));
  row = &expect_checks[ex->kind];
  if (row->proc != EXPECT_NO_PROC)
    {
      proc = g_hash_table_lookup (runner->procs, ex->proc);
      if (proc == NULL)
        STEP_ERROR (ex->proc_loc, "no process '%s'", ex->proc);
      if (row->proc == EXPECT_RUNNING_PROC && proc->task->state != MMS_TASK_RUNNING)
        EXPECT_FAIL (ex->proc_loc, "%s is no longer running", ex->proc);
    }
  return row->check (runner, ex, proc, error);
}

/* Every kind has its row in stmt_runs[] and expect_checks[] (the tables
 * are indexed by kind: a missing row would be all zeros). */
static void
check_tables (void)
{
  for (guint kind = 0; kind < G_N_ELEMENTS (stmt_runs); kind++)
    g_assert (stmt_runs[kind].kind == kind && stmt_runs[kind].run != NULL);
  for (guint kind = 0; kind < G_N_ELEMENTS (expect_checks); kind++)
    g_assert (expect_checks[kind].kind == kind && expect_checks[kind].check != NULL);
}

/* Checks the expect lines that follow the current position. */
static gboolean
check_expects (MmsRunner  *runner,
               GError    **error)
{
  GPtrArray *expects = runner->scenario->expects;

  while (runner->next_expect < expects->len)
    {
      const MmsExpect *ex = expects->pdata[runner->next_expect];

      if (ex->after_step != runner->position)
        break;
      if (!check_expect (runner, ex, error))
        return FALSE;
      runner->next_expect++;
      runner->n_expects_checked++;
    }
  return TRUE;
}

gboolean
mms_runner_step (MmsRunner  *runner,
                 GError    **error)
{
  const MmsStmt *stmt;

  g_return_val_if_fail (runner != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mms_runner_is_done (runner))
    return TRUE;

  stmt = runner->scenario->steps->pdata[runner->position];
  g_array_set_size (runner->events, 0);
  g_clear_pointer (&runner->result.summary, g_free);
  runner->summary_kind = SUMMARY_FORMATTED;
  runner->result.err = 0;
  runner->result.segv = FALSE;
  runner->result.step = runner->position + 1;

  if (!run_stmt (runner, stmt, error))
    return FALSE;
  if (runner->result.summary == NULL && runner->summary_kind == SUMMARY_FORMATTED)
    /* Translators: the summary when the scenario has run to its end. */
    runner->result.summary = g_strdup (_("done"));
  runner->position++;
  if (!check_expects (runner, error))
    return FALSE;
  maybe_checkpoint (runner);
  return TRUE;
}

gboolean
mms_runner_run_until (MmsRunner  *runner,
                      guint       n,
                      GError    **error)
{
  g_return_val_if_fail (runner != NULL, FALSE);

  while (runner->position < n && !mms_runner_is_done (runner))
    if (!mms_runner_step (runner, error))
      return FALSE;
  return TRUE;
}

/* --- Time travel ---------------------------------------------------------

 * Going back is never done by reverse logic: the runner keeps checkpoints,
 * deep copies of the machine and of its own state taken every
 * checkpoint_interval steps while stepping forward, restores the newest
 * one at or before the wanted step, and replays the steps in between.  The
 * engine is deterministic, so the state is exactly the one stepping
 * forward reached. */

typedef struct
{
  guint position;
  guint next_expect;
  guint n_expects_checked;
  MmsMachine *machine;
  GHashTable *klabels;
  GHashTable *procs;
  int err;
  gboolean segv;
  char *summary;
} Checkpoint;

static void
checkpoint_free (gpointer data)
{
  Checkpoint *cp = data;

  mms_machine_free (cp->machine);
  g_hash_table_unref (cp->klabels);
  g_hash_table_unref (cp->procs);
  g_free (cp->summary);
  g_free (cp);
}

static GHashTable *
copy_klabels (GHashTable *klabels,
              MmsMachine *to)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, klabels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      KLabel *label = g_memdup2 (value, sizeof (KLabel));
      if (label->cache != NULL)
        label->cache = to->caches->pdata[label->cache->index];
      g_hash_table_insert (copy, g_strdup (key), label);
    }
  return copy;
}

/* Copies PROCS, pointing each process at the task of the same place in
 * TO's task list, and keeping threads' shared label tables shared. */
static GHashTable *
copy_procs (GHashTable *procs,
            MmsMachine *from,
            MmsMachine *to)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, proc_free);
  g_autoptr(GHashTable) tables = g_hash_table_new_full (NULL, NULL, NULL,
                                                        (GDestroyNotify) g_hash_table_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, procs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Proc *proc = value;
      Proc *p = g_memdup2 (proc, sizeof *proc);
      GHashTable *labels = g_hash_table_lookup (tables, proc->labels);
      guint index;

      if (!g_ptr_array_find (from->tasks, proc->task, &index))
        g_assert_not_reached ();
      p->task = to->tasks->pdata[index];
      if (labels == NULL)
        {
          labels = copy_labels (proc->labels);
          g_hash_table_insert (tables, proc->labels, labels);
        }
      p->labels = g_hash_table_ref (labels);
      g_hash_table_insert (copy, g_strdup (key), p);
    }
  return copy;
}

static void
take_checkpoint (MmsRunner *runner)
{
  Checkpoint *cp = g_new0 (Checkpoint, 1);

  cp->position = runner->position;
  cp->next_expect = runner->next_expect;
  cp->n_expects_checked = runner->n_expects_checked;
  cp->machine = mms_machine_clone (runner->machine);
  cp->klabels = copy_klabels (runner->klabels, cp->machine);
  cp->procs = copy_procs (runner->procs, runner->machine, cp->machine);
  cp->err = runner->result.err;
  cp->segv = runner->result.segv;
  format_summary (runner);
  cp->summary = g_strdup (runner->result.summary);
  g_ptr_array_add (runner->checkpoints, cp);
}

static void
restore_checkpoint (MmsRunner  *runner,
                    Checkpoint *cp)
{
  MmsMachine *machine = mms_machine_clone (cp->machine);

  g_hash_table_unref (runner->klabels);
  g_hash_table_unref (runner->procs);
  runner->klabels = copy_klabels (cp->klabels, machine);
  runner->procs = copy_procs (cp->procs, cp->machine, machine);
  forget_lookups (runner);
  mms_machine_free (runner->machine);
  runner->machine = machine;
  runner->position = cp->position;
  runner->next_expect = cp->next_expect;
  runner->n_expects_checked = cp->n_expects_checked;
  runner->result.err = cp->err;
  runner->result.segv = cp->segv;
  runner->result.step = cp->position;
  g_free (runner->result.summary);
  runner->result.summary = g_strdup (cp->summary);
  runner->summary_kind = SUMMARY_FORMATTED;
  g_array_set_size (runner->events, 0);
  update_listener (runner);
}

/* Called after each step: a checkpoint every checkpoint_interval steps. */
static void
maybe_checkpoint (MmsRunner *runner)
{
  Checkpoint *last;

  if (runner->checkpoints == NULL || runner->position % runner->checkpoint_interval != 0)
    return;
  last = runner->checkpoints->len > 0
         ? runner->checkpoints->pdata[runner->checkpoints->len - 1] : NULL;
  if (last != NULL && last->position >= runner->position)
    return;
  take_checkpoint (runner);
}

void
mms_runner_enable_time_travel (MmsRunner *runner)
{
  guint64 bytes_per_checkpoint;
  guint max_checkpoints, n_steps;

  g_return_if_fail (runner != NULL);
  if (runner->checkpoints != NULL)
    return;

  /* Keep the checkpoints under about 256 MiB in all. */
  bytes_per_checkpoint = runner->machine->nr_frames * sizeof (struct page) + (64 << 10);
  max_checkpoints = MAX (4, (G_GUINT64_CONSTANT (256) << 20) / bytes_per_checkpoint);
  n_steps = runner->scenario->steps->len;
  runner->checkpoint_interval = MAX (16, (n_steps + max_checkpoints - 1) / max_checkpoints);
  runner->checkpoints = g_ptr_array_new_with_free_func (checkpoint_free);
  /* Checkpoints are taken at multiples of the interval: the one at the
   * current position (the boot, usually) first. */
  if (runner->position % runner->checkpoint_interval == 0)
    take_checkpoint (runner);
}

gboolean
mms_runner_goto (MmsRunner  *runner,
                 guint       n,
                 GError    **error)
{
  gboolean record;

  g_return_val_if_fail (runner != NULL, FALSE);

  n = MIN (n, runner->scenario->steps->len);
  if (n < runner->position)
    {
      Checkpoint *best = NULL;

      if (runner->checkpoints == NULL)
        mms_runner_enable_time_travel (runner);
      for (guint i = 0; i < runner->checkpoints->len; i++)
        {
          Checkpoint *cp = runner->checkpoints->pdata[i];
          if (cp->position <= n && (best == NULL || cp->position > best->position))
            best = cp;
        }
      if (best == NULL)
        {
          /* Time travel was enabled late: rebuild from the boot. */
          g_autoptr(MmsRunner) fresh = mms_runner_new (runner->scenario, error);
          if (fresh == NULL)
            return FALSE;
          mms_runner_enable_time_travel (fresh);
          best = fresh->checkpoints->pdata[0];
          restore_checkpoint (runner, best);
          g_ptr_array_insert (runner->checkpoints, 0,
                              g_ptr_array_steal_index (fresh->checkpoints, 0));
        }
      else
        restore_checkpoint (runner, best);
    }

  /* Replay without recording, except the last step, whose events show. */
  record = runner->record;
  while (runner->position < n)
    {
      gboolean last = runner->position + 1 == n;
      if (runner->record != (record && last))
        {
          runner->record = record && last;
          update_listener (runner);
        }
      if (!mms_runner_step (runner, error))
        {
          runner->record = record;
          update_listener (runner);
          return FALSE;
        }
    }
  if (runner->record != record)
    {
      runner->record = record;
      update_listener (runner);
    }
  return TRUE;
}

guint64
mms_runner_state_hash (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, 0);
  return mms_machine_hash (runner->machine) ^ ((guint64) runner->position << 48);
}

char *
mms_runner_to_json (MmsRunner *runner)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) names = NULL;

  g_return_val_if_fail (runner != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "scenario");
  json_builder_add_string_value (b, runner->scenario->filename);
  if (runner->scenario->title != NULL)
    {
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, runner->scenario->title);
    }
  json_builder_set_member_name (b, "step");
  json_builder_add_int_value (b, runner->position);
  json_builder_set_member_name (b, "steps");
  json_builder_add_int_value (b, runner->scenario->steps->len);
  mms_report_json_physical (runner->machine, b);

  json_builder_set_member_name (b, "kernel_labels");
  json_builder_begin_object (b);
  names = g_hash_table_get_keys (runner->klabels);
  names = g_list_sort (names, (GCompareFunc) g_strcmp0);
  for (GList *l = names; l != NULL; l = l->next)
    {
      KLabel *label = g_hash_table_lookup (runner->klabels, l->data);

      json_builder_set_member_name (b, l->data);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, label->kind == KLABEL_PAGES ? "pages"
                                        : label->kind == KLABEL_OBJECT ? "object" : "kmalloc");
      if (label->kind == KLABEL_PAGES)
        {
          json_builder_set_member_name (b, "pfn");
          json_builder_add_int_value (b, (gint64) label->pfn);
          json_builder_set_member_name (b, "order");
          json_builder_add_int_value (b, label->order);
        }
      else
        {
          g_autofree char *addr = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", label->addr);
          json_builder_set_member_name (b, "addr");
          json_builder_add_string_value (b, addr);
        }
      json_builder_end_object (b);
    }
  json_builder_end_object (b);

  json_builder_set_member_name (b, "processes");
  json_builder_begin_array (b);
  {
    MmsMachine *m = runner->machine;
    for (guint i = 0; i < m->tasks->len; i++)
      {
        struct task_struct *task = m->tasks->pdata[i];
        static const char * const states[] = { "running", "exited", "killed-segv", "killed-oom",
                                                "killed-abrt" };
        G_STATIC_ASSERT (G_N_ELEMENTS (states) == MMS_TASK_KILLED_ABRT + 1);

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, task->comm);
        json_builder_set_member_name (b, "pid");
        json_builder_add_int_value (b, task->pid);
        json_builder_set_member_name (b, "state");
        json_builder_add_string_value (b, states[task->state]);
        json_builder_set_member_name (b, "thread");
        json_builder_add_boolean_value (b, task->is_thread);
        if (task->mm != NULL)
          {
            json_builder_set_member_name (b, "rss_bytes");
            json_builder_add_int_value (b, (gint64) (mms_mm_rss (task->mm) << MMS_PAGE_SHIFT));
            json_builder_set_member_name (b, "mm");
            mms_report_json_mm (task->mm, b);
          }
        json_builder_end_object (b);
      }
  }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "swap_used_bytes");
  json_builder_add_int_value (b, (gint64) (runner->machine->nr_swap_used << MMS_PAGE_SHIFT));
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

struct task_struct *
mms_runner_lookup_task (MmsRunner  *runner,
                        const char *name)
{
  Proc *proc;

  g_return_val_if_fail (runner != NULL && name != NULL, NULL);
  proc = g_hash_table_lookup (runner->procs, name);
  return proc != NULL ? proc->task : NULL;
}

typedef struct
{
  const char *name;
  guint64 addr;
} NamedAddr;

static int
named_addr_cmp (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const NamedAddr *) a)->name, ((const NamedAddr *) b)->name);
}

void
mms_runner_foreach_label (MmsRunner          *runner,
                          struct mm_struct   *mm,
                          MmsRunnerLabelFunc  func,
                          gpointer            user_data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (NamedAddr));
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (runner != NULL && func != NULL);
  if (mm == NULL)
    return;
  g_hash_table_iter_init (&iter, runner->procs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Proc *proc = value;
      GHashTableIter it;
      gpointer name, addr;

      /* Threads share one table of labels: it is read once. */
      if (proc->task == NULL || proc->task->mm != mm || !g_hash_table_add (seen, proc->labels))
        continue;
      g_hash_table_iter_init (&it, proc->labels);
      while (g_hash_table_iter_next (&it, &name, &addr))
        {
          NamedAddr label = { name, *(guint64 *) addr };
          g_array_append_val (labels, label);
        }
    }
  g_array_sort (labels, named_addr_cmp);
  for (guint i = 0; i < labels->len; i++)
    func (g_array_index (labels, NamedAddr, i).name, g_array_index (labels, NamedAddr, i).addr,
          user_data);
}

gboolean
mms_runner_resolve_addr (MmsRunner      *runner,
                         const char     *name,
                         MmsLoc          name_loc,
                         const MmsAddr  *addr,
                         guint64        *out,
                         GError        **error)
{
  Proc *proc;

  g_return_val_if_fail (runner != NULL && name != NULL && addr != NULL && out != NULL, FALSE);
  proc = lookup_proc (runner, name, name_loc, error);
  if (proc == NULL)
    return FALSE;
  if (proc->task == NULL || proc->task->mm == NULL || proc->task->state != MMS_TASK_RUNNING)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SEMANTIC, runner->scenario->filename,
                              name_loc, "process '%s' is not running here", name);
      return FALSE;
    }
  return resolve_addr (runner, proc, addr, out, error);
}

struct zone *
mms_runner_expect_zone (MmsRunner       *runner,
                        const MmsExpect *expect,
                        GError         **error)
{
  g_return_val_if_fail (runner != NULL && expect != NULL, NULL);
  return expect_zone (runner, expect, error);
}
