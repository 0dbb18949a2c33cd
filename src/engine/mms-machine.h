/* mms-machine.h: one simulated machine (engine.md sections 1 and 2).
 *
 * An MmsMachine owns the physical memory (struct page array, zones with
 * their buddy free lists), the slab caches and the event stream.  It is a
 * plain C object: mms_machine_new() / mms_machine_free().
 */
#pragma once

#include "mms-config.h"
#include "mms-types.h"
#include "mms-page.h"
#include "mms-event.h"

G_BEGIN_DECLS

#define MMS_ENGINE_ERROR (mms_engine_error_quark ())

typedef enum
{
  MMS_ENGINE_ERROR_INVALID, /* a configuration the engine cannot model */
} MmsEngineError;

GQuark mms_engine_error_quark (void);

/* A checker's failure: sets *error (a GError **error in scope) and
 * returns FALSE from the checker. */
#define MMS_CHECK_FAIL(...) \
  G_STMT_START { \
    g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID, __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

typedef struct
{
  MmsArch arch;
  guint64 ram;              /* bytes, a multiple of the page size */
  guint64 swap;             /* bytes of swap space */
  guint64 reserve;          /* bytes reserved at the bottom of RAM (frame 0 at least) */
} MmsMachineConfig;

/* struct free_area: one list per order, linked through struct page. */
struct free_area
{
  guint32 head;             /* pfn of the first block, MMS_PFN_NONE when empty */
  guint64 nr_free;          /* blocks on the list */
};

/* struct zone */
struct zone
{
  MmsZoneId id;
  const char *name;
  guint64 zone_start_pfn;
  guint64 spanned_pages;    /* frames in [start, end) */
  guint64 nr_reserved;      /* of those, reserved at boot */
  guint64 nr_free_pages;    /* frames in free blocks */
  struct free_area free_area[MMS_MAX_ORDER];
};

struct kmem_cache;

/* One slab: pages_per_slab frames holding objs_per_slab objects. */
struct slab
{
  guint id;                 /* unique in the machine, for views and events */
  struct kmem_cache *cache;
  guint64 pfn;              /* first frame */
  guint inuse;              /* objects in use */
  guint8 *used;             /* per object: 1 when allocated */
  MmsSlabList list;
  GList link;               /* in the cache's list */
};

/* struct kmem_cache with the three lists of struct kmem_cache_node. */
struct kmem_cache
{
  guint index;
  const char *name;
  guint object_size;
  guint objs_per_slab;
  guint order;              /* log2 of pages per slab */
  GQueue slabs_full;
  GQueue slabs_partial;
  GQueue slabs_free;
  guint64 active_objs;
};

/* Called for every event, in order; the event is valid during the call. */
typedef void (*MmsEventFunc) (MmsMachine     *machine,
                              const MmsEvent *event,
                              gpointer        user_data);

/* The number of MmsGfp values (mms-buddy.h), for the zonelists below. */
#define MMS_NR_GFP 6

struct _MmsMachine
{
  MmsArch arch;
  guint64 ram;
  guint64 swap;
  guint64 reserve;
  guint64 nr_frames;        /* max_pfn */
  guint64 page_offset;      /* PAGE_OFFSET of the direct map */
  guint64 lowmem_pfn;       /* frames below this have a direct-map address */
  struct page *mem_map;

  struct zone zones[MMS_NR_ZONES];
  guint nr_zones;           /* populated zones are zones[0 .. nr_zones) */
  MmsZoneId zone_ids[MMS_NR_ZONES]; /* the populated zones, in address order */
  /* zone_bound[i]: the first pfn of zone_ids[i + 1], G_MAXUINT64 where there
   * is none, so that a pfn's zone is found without a branch (page_zone()). */
  guint64 zone_bound[MMS_NR_ZONES - 1];
  /* The zonelist of each MmsGfp, most preferred zone first, populated zones
   * only (build_zonelists()); made once at mms_machine_new(). */
  guint8 zonelist[MMS_NR_GFP][MMS_NR_ZONES];
  guint8 zonelist_len[MMS_NR_GFP];

  guint64 zero_pfn;
  guint64 nr_reserved;
  guint64 nr_used;          /* frames off the free lists and not reserved */
  guint64 boot_cursor;      /* during boot, frames from here up are not handed out yet */

  GPtrArray *caches;        /* struct kmem_cache *, by index */
  guint next_slab_id;

  /* Address spaces (mms-mm.h). */
  GPtrArray *tasks;         /* struct task_struct *, in creation order */
  GPtrArray *mms;           /* every live struct mm_struct *, in creation order */
  GPtrArray *files;         /* struct mms_file *, in creation order */
  GHashTable *shm;          /* SysV shm key (as pointer) -> struct mms_file * */
  GPtrArray *anon_vmas;     /* every struct anon_vma ever made: pages may still
                             * name one whose VMAs are gone */
  gint next_pid;
  guint next_mm_id;
  guint next_vma_id;
  /* When not NULL, every maple tree store of every mm is logged here in
   * the form tests/tools/mt-oracle reads (mms_mm_mt_store ()). */
  GString *mt_log;
  /* Maple tree events of a store made while a merge is half done: they go
   * out just before the next event, when the VMAs are whole again. */
  MmsEvent mt_pending[4];
  guint n_mt_pending;
  guint next_anon_vma_id;
  guint next_file_id;

  /* The LRU lists (0 inactive, 1 active), linked through struct page. */
  guint32 lru_head[2];
  guint32 lru_tail[2];
  guint64 nr_lru[2];

  /* Swap space: a use count per slot (swap_map). */
  guint64 nr_swap_slots;
  guint64 nr_swap_used;
  guint8 *swap_map;

  guint32 next_seq;
  gint32 current_pid;       /* the process events are attributed to */
  MmsEventFunc event_func;
  gpointer event_data;
  gboolean booted;
};

MmsMachine *mms_machine_new (const MmsMachineConfig  *config,
                             GError                 **error);
void mms_machine_free (MmsMachine *machine);

/* Boots: reserves, places the zero page and hands the free frames to the
 * buddy allocator, emitting the boot events. */
void mms_machine_boot (MmsMachine *machine);

void mms_machine_set_event_func (MmsMachine   *machine,
                                 MmsEventFunc  func,
                                 gpointer      user_data);

/* Emits EVENT (kind and payload filled in; seq is set here). */
void mms_machine_emit (MmsMachine *machine,
                       MmsEvent   *event);

/* Hot paths build an event only when someone listens (or checks). */
#if MMS_DEBUG_CHECKS
# define MMS_EMITTING(machine) TRUE
#else
# define MMS_EMITTING(machine) G_UNLIKELY ((machine)->event_func != NULL)
#endif

struct zone *mms_machine_zone (MmsMachine *machine,
                               MmsZoneId   id);
/* page_zone(): the zone of a frame, NULL past the end of RAM.  The zones
 * are contiguous and in address order, so the zone index is the number of
 * zone boundaries at or below PFN. */
static inline struct zone *
mms_page_zone (MmsMachine *machine,
               guint64     pfn)
{
  guint i;

  if (G_UNLIKELY (pfn >= machine->nr_frames))
    return NULL;
  i = (pfn >= machine->zone_bound[0]) + (pfn >= machine->zone_bound[1])
      + (pfn >= machine->zone_bound[2]);
  return &machine->zones[machine->zone_ids[i]];
}
guint64 mms_machine_free_frames (MmsMachine *machine);

static inline struct page *
mms_pfn_to_page (MmsMachine *machine,
                 guint64     pfn)
{
  return &machine->mem_map[pfn];
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsMachine, mms_machine_free)

G_END_DECLS
