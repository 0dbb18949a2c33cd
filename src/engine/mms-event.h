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

  /* Processes and mm_structs (kernel/fork.c, fs/exec.c, kernel/exit.c). */
  MMS_EV_TASK_NEW,         /* copy_process: task pid created (pid2: parent or 0) */
  MMS_EV_MM_ALLOC,         /* mm_alloc: mm id created */
  MMS_EV_DUP_MMAP,         /* dup_mmap: mm copied from mm2 */
  MMS_EV_MM_SHARE,         /* copy_mm with CLONE_VM: mm_users grows (count) */
  MMS_EV_EXEC,             /* begin_new_exec: the task gets a new mm */
  MMS_EV_EXIT_MMAP,        /* exit_mmap: mm torn down */
  MMS_EV_MMDROP,           /* mmdrop / __mmdrop: mm_count drops (count) */
  MMS_EV_TASK_EXIT,        /* do_exit */

  /* VMAs (mm/mmap.c, mm/vma.c). */
  MMS_EV_FIND_VMA,         /* find_vma: addr -> VMA vma [start, end) or none */
  MMS_EV_GET_UNMAPPED_AREA,/* get_unmapped_area: count bytes at addr */
  MMS_EV_VMA_INSERT,       /* vma_link: VMA vma [start, end) flags */
  MMS_EV_VMA_MERGE,        /* vma_merge: VMA vma becomes [start, end); vma2 (if any) removed */
  MMS_EV_VMA_SPLIT,        /* __split_vma: vma [start, end) and new vma2 [start2, end2) */
  MMS_EV_VMA_ADJUST,       /* vma_expand/vma_shrink: VMA vma becomes [start, end) */
  MMS_EV_VMA_FLAGS,        /* mprotect_fixup: VMA vma's flags become flags (count: old) */
  MMS_EV_VMA_REMOVE,       /* remove_vma: VMA vma [start, end) */
  MMS_EV_RB_INSERT,        /* vma_rb_insert: node of VMA vma */
  MMS_EV_RB_ERASE,         /* vma_rb_erase: node of VMA vma */
  MMS_EV_RB_ROTATE_LEFT,   /* __rb_rotate_set_parents: vma goes down, vma2 up */
  MMS_EV_RB_ROTATE_RIGHT,
  MMS_EV_RB_RECOLOR,       /* rb_set_parent_color: VMA vma's node becomes colour count */
  MMS_EV_RB_REPLACE,       /* __rb_erase: vma2 takes the place of erased vma */
  MMS_EV_ANON_VMA_PREPARE, /* anon_vma_prepare: VMA vma gets anon_vma obj (count 1: reused) */
  MMS_EV_BRK,              /* sys_brk: brk moves from start to end */
  MMS_EV_MREMAP_MOVE,      /* move_vma: [start, end) moves to [start2, end2) */
  MMS_EV_SHM,              /* shmget/shmat/shmdt: key count, at addr */
  /* The maple tree mm_mt (lib/maple_tree.c): count is its node count after
   * the change, order its height. */
  MMS_EV_MT_STORE,         /* mas_wr_store_entry: VMA vma (0: NULL) over [start, end) */
  MMS_EV_MT_SPLIT,         /* mas_split: the store overflowed a leaf (level 1: pushed) */
  MMS_EV_MT_REBALANCE,     /* mas_rebalance: the store left a leaf below its minimum */
  MMS_EV_MT_SPANNING,      /* mas_wr_spanning_store: the store crossed a leaf's end */
  MMS_EV_MT_EMPTY_AREA,    /* mas_empty_area_rev: count bytes below end: gap ends at addr */

  /* Page tables and faults (mm/memory.c). */
  MMS_EV_PTE_ALLOC,        /* __pte_alloc & co: table at pfn for level, covering addr */
  MMS_EV_PGTABLE_FREE,     /* free_pgtables: table at pfn of level */
  MMS_EV_SET_PTE,          /* set_pte_at: the entry for addr becomes pte (frame pfn) */
  MMS_EV_PTE_CLEAR,        /* zap_pte_range: the entry for addr is cleared (was pte) */
  MMS_EV_PTE_WRPROTECT,    /* copy_present_pte / change_protection: entry for addr becomes pte */
  MMS_EV_COPY_PTE,         /* copy_pte_range: child's entry for addr is pte */
  MMS_EV_FAULT,            /* handle_mm_fault: access (count) at addr */
  MMS_EV_ZERO_PAGE_MAP,    /* do_anonymous_page: a read maps the zero page at addr */
  MMS_EV_ANON_PAGE,        /* do_anonymous_page: new zeroed frame pfn at addr */
  MMS_EV_FILE_FAULT,       /* filemap_fault: frame pfn of the page cache (count 1: major) */
  MMS_EV_WP_COPY,          /* do_wp_page -> wp_page_copy: frame pfn copied to pfn2 */
  MMS_EV_WP_REUSE,         /* do_wp_page -> wp_page_reuse: frame pfn made writable */
  MMS_EV_SWAP_IN,          /* do_swap_page: slot count read into frame pfn */
  MMS_EV_EXPAND_STACK,     /* expand_stack: the stack VMA grows to start */
  MMS_EV_SEGV,             /* bad_area: SIGSEGV at addr, code count */
  MMS_EV_PAGE_CACHE_ADD,   /* filemap_add_folio: frame pfn holds page index addr of a file */

  /* Reclaim and swap (mm/vmscan.c, mm/swapfile.c, mm/oom_kill.c). */
  MMS_EV_LRU_ADD,          /* folio_add_lru: frame pfn on list to_list */
  MMS_EV_LRU_MOVE,         /* second chance / refill: frame pfn from_list -> to_list */
  MMS_EV_RECLAIM,          /* try_to_free_pages: wanted count pages */
  MMS_EV_DROP_PAGE,        /* shrink_folio_list: clean file frame pfn dropped */
  MMS_EV_WRITEBACK,        /* pageout: dirty file frame pfn written back */
  MMS_EV_SWAP_OUT,         /* add_to_swap + pageout: frame pfn to swap slot count */
  MMS_EV_OOM_KILL,         /* oom_kill_process: pid killed, count pages freed */

  /* The user-space heap: glibc 2.36's malloc (malloc/malloc.c).  addr and
   * count are a chunk's address and size, start2/end2 a second chunk's
   * range; order is a bin index, level a chunk state (MmsChunkState). */
  MMS_EV_MALLOC,           /* __libc_malloc: count bytes requested */
  MMS_EV_CALLOC,           /* __libc_calloc: count bytes requested */
  MMS_EV_REALLOC,          /* __libc_realloc: chunk addr to end2 - start2 bytes */
  MMS_EV_FREE_CALL,        /* __libc_free: chunk addr */
  MMS_EV_MALLOC_DONE,      /* __libc_malloc: chunk addr of count bytes handed out */
  MMS_EV_TCACHE_INIT,      /* tcache_init: the tcache_perthread_struct in chunk addr */
  MMS_EV_TCACHE_GET,       /* tcache_get: chunk addr from tcache bin order (level: left) */
  MMS_EV_TCACHE_PUT,       /* tcache_put: chunk addr to tcache bin order (level: count) */
  MMS_EV_FASTBIN_GET,      /* _int_malloc: chunk addr from fastbin order */
  MMS_EV_FASTBIN_PUT,      /* _int_free: chunk addr to fastbin order */
  MMS_EV_BIN_TAKE,         /* _int_malloc: chunk addr taken from bin order (level: state) */
  MMS_EV_BIN_PUT,          /* chunk addr placed in bin order (level: state) */
  MMS_EV_CHUNK_SPLIT,      /* chunk addr keeps count bytes; the rest start2 is a chunk */
  MMS_EV_CHUNK_COALESCE,   /* chunk addr merges with its neighbour start2 */
  MMS_EV_TOP_SPLIT,        /* _int_malloc: count bytes from the top; the top moves to start2 */
  MMS_EV_TOP_MERGE,        /* _int_free: chunk addr merges into the top start2 */
  MMS_EV_SYSMALLOC,        /* sysmalloc: the top addr grows to count bytes (brk start2 by end2 - start2) */
  MMS_EV_SYSTRIM,          /* systrim: the top shrinks to count bytes, end2 - start2 given back */
  MMS_EV_MMAP_CHUNK,       /* sysmalloc_mmap: chunk addr of count bytes in its own mapping */
  MMS_EV_MUNMAP_CHUNK,     /* munmap_chunk: chunk addr's mapping goes */
  MMS_EV_MREMAP_CHUNK,     /* mremap_chunk: chunk addr becomes [start2, end2) */
  MMS_EV_MALLOC_CONSOLIDATE, /* malloc_consolidate: the fastbins are merged */
  MMS_EV_MMAP_THRESHOLD,   /* __libc_free: the mmap threshold rises to count */
  MMS_EV_REALLOC_GROW,     /* _int_realloc: chunk addr grows in place into start2 */
  MMS_EV_REALLOC_MOVE,     /* _int_realloc: chunk addr is copied to start2 and freed */
  MMS_EV_CALLOC_CLEAR,     /* __libc_calloc: [start2, end2) of chunk addr cleared */
  MMS_EV_MALLOC_ABORT,     /* malloc_printerr: cache is glibc's message; SIGABRT */

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
  /* Address-space events. */
  guint mm;                /* mm_struct id */
  guint vma;               /* VMA id */
  guint vma2;
  guint64 start, end;      /* a VMA's or an operation's range */
  guint64 start2, end2;
  gulong flags;            /* vm_flags */
  guint64 pte;             /* a page-table entry's value */
  guint level;             /* page-table level: 0 is the top (PGD) */
  gint pid2;               /* another task: a parent, a victim */
} MmsEvent;

/* The kernel function an event kind models ("expand", "__free_one_page"). */
const char *mms_event_function (MmsEventKind kind);

/* A short machine-readable name of the kind ("expand", "merge"). */
const char *mms_event_kind_name (MmsEventKind kind);

/* One line in plain words, starting with the kernel function:
 * "expand: split order-3 block at pfn 0x3f8 in Normal; upper half 0x3fc to free_area[2]" */
char *mms_event_describe (const MmsEvent *event);

const char *mms_slab_list_name (MmsSlabList list);

/* The names of a zone and of a page owner for sentences, legends and
 * tooltips, in the user's language.  mms_zone_name() and mms_owner_name()
 * are the fixed English identifiers of the machine-readable outputs. */
const char *mms_zone_label (MmsZoneId zone);
const char *mms_owner_label (MmsPageOwner owner);

G_END_DECLS
