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

#include "mms-runner.h"

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

struct _MmsRunner
{
  MmsScenario *scenario;
  MmsMachine *machine;
  guint position;           /* steps done */
  guint next_expect;        /* index into scenario->expects */
  guint n_expects_checked;
  GArray *events;           /* MmsEvent of the last step */
  MmsStepResult result;
  GHashTable *klabels;      /* name -> KLabel */
  MmsEventFunc user_func;
  gpointer user_data;
};

static void
collect_event_cb (MmsMachine     *machine,
                  const MmsEvent *event,
                  gpointer        user_data)
{
  MmsRunner *runner = user_data;

  g_array_append_vals (runner->events, event, 1);
  if (runner->user_func != NULL)
    runner->user_func (machine, event, runner->user_data);
}

static gboolean check_expects (MmsRunner *runner, GError **error);

MmsRunner *
mms_runner_new (MmsScenario  *scenario,
                GError      **error)
{
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GError) local_error = NULL;
  MmsMachineConfig config;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  config.arch = (MmsArch) scenario->arch;
  config.ram = scenario->ram;
  config.swap = scenario->swap;
  config.reserve = scenario->reserve;

  runner = g_new0 (MmsRunner, 1);
  runner->scenario = scenario;
  runner->events = g_array_new (FALSE, FALSE, sizeof (MmsEvent));
  runner->klabels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
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
  runner->result.summary = g_strdup ("boot");
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
  g_free (runner->result.summary);
  g_free (runner);
}

void
mms_runner_set_event_func (MmsRunner    *runner,
                           MmsEventFunc  func,
                           gpointer      user_data)
{
  g_return_if_fail (runner != NULL);
  runner->user_func = func;
  runner->user_data = user_data;
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

const MmsStepResult *
mms_runner_get_result (MmsRunner *runner)
{
  g_return_val_if_fail (runner != NULL, NULL);
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
run_kernel_stmt (MmsRunner     *runner,
                 const MmsStmt *stmt,
                 GError       **error)
{
  MmsMachine *m = runner->machine;
  MmsStepResult *res = &runner->result;

  switch (stmt->kind)
    {
    case MMS_STMT_ALLOC_PAGES:
      {
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
            res->summary = g_strdup_printf ("block 0x%" G_GINT64_MODIFIER "x of order %u in %s",
                                            pfn, stmt->order, mms_page_zone (m, pfn)->name);
            return bind_klabel (runner, stmt, label, error);
          }
        res->err = ENOMEM;
        res->summary = g_strdup_printf ("no free block of order %u: ENOMEM", stmt->order);
        return TRUE;
      }

    case MMS_STMT_FREE_PAGES:
      {
        KLabel *label = lookup_klabel (runner, stmt, KLABEL_PAGES, error);

        if (label == NULL)
          return FALSE;
        mms_free_pages (m, label->pfn, label->order);
        res->summary = g_strdup_printf ("freed block 0x%" G_GINT64_MODIFIER "x of order %u",
                                        label->pfn, label->order);
        g_hash_table_remove (runner->klabels, stmt->free_label);
        return TRUE;
      }

    case MMS_STMT_KMEM_CACHE_ALLOC:
      {
        struct kmem_cache *cache = mms_kmem_cache_find (m, stmt->cache);
        guint64 addr;

        if (cache == NULL)
          {
            g_autoptr(GString) names = g_string_new (NULL);
            for (guint i = 0; i < m->caches->len; i++)
              g_string_append_printf (names, "%s%s", i ? ", " : "",
                                      ((struct kmem_cache *) m->caches->pdata[i])->name);
            STEP_ERROR (stmt->cache_loc, "unknown slab cache '%s'; the caches are %s",
                        stmt->cache, names->str);
          }
        if (!check_as_free (runner, stmt, error))
          return FALSE;
        if (mms_kmem_cache_alloc (m, cache, &addr))
          {
            KLabel *label = g_new0 (KLabel, 1);
            label->kind = KLABEL_OBJECT;
            label->addr = addr;
            label->cache = cache;
            res->summary = g_strdup_printf ("%s object at 0x%" G_GINT64_MODIFIER "x", cache->name, addr);
            return bind_klabel (runner, stmt, label, error);
          }
        res->err = ENOMEM;
        res->summary = g_strdup_printf ("%s cannot grow: ENOMEM", cache->name);
        return TRUE;
      }

    case MMS_STMT_KMEM_CACHE_FREE:
      {
        KLabel *label = lookup_klabel (runner, stmt, KLABEL_OBJECT, error);

        if (label == NULL)
          return FALSE;
        if (!mms_kmem_cache_free (m, label->cache, label->addr))
          STEP_ERROR (stmt->free_label_loc, "'%s' is not a live object", stmt->free_label);
        res->summary = g_strdup_printf ("freed %s object at 0x%" G_GINT64_MODIFIER "x",
                                        label->cache->name, label->addr);
        g_hash_table_remove (runner->klabels, stmt->free_label);
        return TRUE;
      }

    case MMS_STMT_KMALLOC:
      {
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
            res->summary = g_strdup_printf ("%s at 0x%" G_GINT64_MODIFIER "x",
                                            cache != NULL ? cache->name : "large allocation", addr);
            return bind_klabel (runner, stmt, label, error);
          }
        res->err = ENOMEM;
        res->summary = g_strdup ("kmalloc failed: ENOMEM");
        return TRUE;
      }

    case MMS_STMT_KFREE:
      {
        KLabel *label = lookup_klabel (runner, stmt, KLABEL_KMALLOC, error);

        if (label == NULL)
          return FALSE;
        if (!mms_kfree (m, label->addr))
          STEP_ERROR (stmt->free_label_loc, "'%s' is not a live kmalloc object", stmt->free_label);
        res->summary = g_strdup_printf ("freed 0x%" G_GINT64_MODIFIER "x", label->addr);
        g_hash_table_remove (runner->klabels, stmt->free_label);
        return TRUE;
      }

    case MMS_STMT_RECLAIM:
      /* Direct reclaim scans the LRU lists; only user pages and the page
       * cache are on them, and without processes they are empty. */
      res->summary = g_strdup_printf ("reclaimed 0 of %" G_GUINT64_FORMAT
                                      " pages: the LRU lists are empty", stmt->pages);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
run_stmt (MmsRunner     *runner,
          const MmsStmt *stmt,
          GError       **error)
{
  switch (stmt->kind)
    {
    case MMS_STMT_ALLOC_PAGES:
    case MMS_STMT_FREE_PAGES:
    case MMS_STMT_KMEM_CACHE_ALLOC:
    case MMS_STMT_KMEM_CACHE_FREE:
    case MMS_STMT_KMALLOC:
    case MMS_STMT_KFREE:
    case MMS_STMT_RECLAIM:
      return run_kernel_stmt (runner, stmt, error);
    default:
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_UNSUPPORTED, runner->scenario->filename,
                              stmt->loc, "'%s' is not supported yet: this engine models "
                              "physical memory only (address spaces come next)",
                              mms_stmt_kind_name (stmt->kind));
      return FALSE;
    }
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

#define EXPECT_FAIL(...) \
  G_STMT_START { \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__); \
    mms_scenario_set_error (error, MMS_SCENARIO_ERROR_EXPECT, runner->scenario->filename, \
                            ex->loc, "%s: %s", ex->text, msg_); \
    return FALSE; \
  } G_STMT_END

static gboolean
check_expect (MmsRunner       *runner,
              const MmsExpect *ex,
              GError         **error)
{
  MmsMachine *m = runner->machine;
  const MmsStepResult *res = &runner->result;

  switch (ex->kind)
    {
    case MMS_EXPECT_ERRNO:
      {
        int want = mms_errno_from_name (ex->name);
        if (res->err != want)
          EXPECT_FAIL ("the step %s", res->err == 0 ? "succeeded"
                       : mms_errno_name (res->err) != NULL ? mms_errno_name (res->err) : "failed");
        return TRUE;
      }

    case MMS_EXPECT_OK:
      if (res->err != 0)
        EXPECT_FAIL ("the step failed with %s", mms_errno_name (res->err));
      if (res->segv)
        EXPECT_FAIL ("the step ended in SIGSEGV");
      return TRUE;

    case MMS_EXPECT_FREE:
      {
        guint64 found = mms_machine_free_frames (m) << MMS_PAGE_SHIFT;
        if (found != ex->value)
          {
            g_autofree char *s = format_size (found);
            EXPECT_FAIL ("found %s (%" G_GUINT64_FORMAT " bytes) free", s, found);
          }
        return TRUE;
      }

    case MMS_EXPECT_NR_FREE:
    case MMS_EXPECT_ZONE_FREE:
      {
        gboolean ok;
        MmsZoneId id = zone_from_word (ex->name, &ok);
        struct zone *zone = ok ? mms_machine_zone (m, id) : NULL;

        if (zone == NULL)
          STEP_ERROR (ex->name_loc, "this machine has no zone '%s'", ex->name);
        if (ex->kind == MMS_EXPECT_NR_FREE)
          {
            if (ex->order > MMS_MAX_PAGE_ORDER)
              STEP_ERROR (ex->loc, "order must be 0 to %d", MMS_MAX_PAGE_ORDER);
            if (zone->free_area[ex->order].nr_free != ex->value)
              EXPECT_FAIL ("found %" G_GUINT64_FORMAT " free blocks", zone->free_area[ex->order].nr_free);
          }
        else if ((zone->nr_free_pages << MMS_PAGE_SHIFT) != ex->value)
          {
            g_autofree char *s = format_size (zone->nr_free_pages << MMS_PAGE_SHIFT);
            EXPECT_FAIL ("found %s free in %s", s, zone->name);
          }
        return TRUE;
      }

    case MMS_EXPECT_SLABS:
    case MMS_EXPECT_OBJECTS:
      {
        struct kmem_cache *cache = mms_kmem_cache_find (m, ex->name);

        if (cache == NULL)
          STEP_ERROR (ex->name_loc, "unknown slab cache '%s'", ex->name);
        if (ex->kind == MMS_EXPECT_OBJECTS)
          {
            if (cache->active_objs != ex->value)
              EXPECT_FAIL ("found %" G_GUINT64_FORMAT " active objects", cache->active_objs);
          }
        else if (cache->slabs_full.length != ex->full || cache->slabs_partial.length != ex->partial
                 || cache->slabs_free.length != ex->empty)
          EXPECT_FAIL ("found %u full, %u partial and %u free slabs", cache->slabs_full.length,
                       cache->slabs_partial.length, cache->slabs_free.length);
        return TRUE;
      }

    case MMS_EXPECT_SEGV:
    case MMS_EXPECT_VMAS:
    case MMS_EXPECT_RSS:
    default:
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_UNSUPPORTED, runner->scenario->filename,
                              ex->loc, "this expect is not supported yet: processes come next");
      return FALSE;
    }
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
  runner->result.err = 0;
  runner->result.segv = FALSE;
  runner->result.step = runner->position + 1;

  if (!run_stmt (runner, stmt, error))
    return FALSE;
  if (runner->result.summary == NULL)
    runner->result.summary = g_strdup ("done");
  runner->position++;
  return check_expects (runner, error);
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
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}
