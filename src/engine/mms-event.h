/* mms-event.h: the engine's event stream (engine.md section 7).
 *
 * Every operation is reported as an ordered stream of small events.  Each
 * names the kernel function it models and the objects it touched; views,
 * narration, animation and tests are driven from this stream alone.
 * Fields an event kind does not use are zero.
 */
#pragma once

#include "mms-types.h"

G_BEGIN_DECLS

typedef enum
{
  /* Boot (mm_init / memblock_free_all). */
  MMS_EV_BOOT_RESERVE,     /* memblock_reserve: pfn .. pfn + count reserved */
  MMS_EV_BOOT_ZERO_PAGE,   /* the shared zero page lives in frame pfn */
  MMS_EV_BOOT_BLOCK,       /* __free_pages_core: block pfn/order given to zone */

  /* The buddy allocator (mm/page_alloc.c). */
  MMS_EV_ALLOC_PAGES,      /* __alloc_pages: a request for order in zonelist zone */
  MMS_EV_ZONE_FALLBACK,    /* get_page_from_freelist: zone has no block, next */
  MMS_EV_RMQUEUE,          /* __rmqueue_smallest: block pfn/order taken off its list */
  MMS_EV_EXPAND,           /* expand: pfn/order split, upper half pfn2 to list order - 1 */
  MMS_EV_ALLOC_DONE,       /* prep_new_page: block pfn/order handed out */
  MMS_EV_ALLOC_FAIL,       /* __alloc_pages: no zone could satisfy order */
  MMS_EV_FREE_PAGES,       /* __free_pages: block pfn/order given back */
  MMS_EV_MERGE,            /* __free_one_page: pfn/order merged with buddy pfn2 */
  MMS_EV_FREE_LIST_ADD,    /* __free_one_page: block pfn/order to the head of its list */

  /* The slab allocator (mm/slab.c's lists, mm/slub.c's names). */
  MMS_EV_CACHE_GROW,       /* cache_grow: slab of cache at pfn created */
  MMS_EV_CACHE_SHRINK,     /* discard_slab: empty slab at pfn returned */
  MMS_EV_SLAB_MOVE,        /* slab moves from list from_list to to_list */
  MMS_EV_CACHE_ALLOC,      /* kmem_cache_alloc: object obj of slab at addr */
  MMS_EV_CACHE_FREE,       /* kmem_cache_free: object freed */
  MMS_EV_KMALLOC,          /* kmalloc: size rounded to cache (or order for large) */
  MMS_EV_KFREE,            /* kfree: addr */

  MMS_NR_EVENT_KINDS,
} MmsEventKind;

/* Slab lists, as in struct kmem_cache_node. */
typedef enum
{
  MMS_SLAB_NONE,
  MMS_SLABS_FULL,
  MMS_SLABS_PARTIAL,
  MMS_SLABS_FREE,
} MmsSlabList;

typedef struct
{
  MmsEventKind kind;
  guint32 seq;             /* position in the machine's stream, from 0 */
  gint32 pid;              /* the process acted for, or -1 for the kernel */
  MmsZoneId zone;
  guint order;
  guint64 pfn;             /* frame or block */
  guint64 pfn2;            /* the buddy, the split-off half */
  guint64 count;           /* frames (reserve), objects, bytes (kmalloc) */
  const char *cache;       /* kmem_cache name (static) */
  guint slab;              /* slab id within the machine */
  guint obj;               /* object index in its slab */
  guint64 addr;            /* kernel virtual address of an object */
  MmsSlabList from_list;
  MmsSlabList to_list;
} MmsEvent;

/* The kernel function an event kind models ("expand", "__free_one_page"). */
const char *mms_event_function (MmsEventKind kind);

/* A short machine-readable name of the kind ("expand", "merge"). */
const char *mms_event_kind_name (MmsEventKind kind);

/* One line in plain words, starting with the kernel function:
 * "expand: split order-3 block at pfn 0x3f8 in Normal; upper half 0x3fc to free_area[2]" */
char *mms_event_describe (const MmsEvent *event);

const char *mms_slab_list_name (MmsSlabList list);

G_END_DECLS
