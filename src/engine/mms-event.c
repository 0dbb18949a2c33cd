/* mms-event.c: names and plain-word descriptions of events.
 *
 * The descriptions are the narration the user reads, in the language of
 * the locale (gettext domain GETTEXT_PACKAGE): every sentence is one
 * translatable format.  Kernel function names, struct fields and numbers
 * stay as they are.  mms_event_kind_name() and mms_event_function() are
 * identifiers and are never translated.
 */
#include "mms-config.h"

#include "mms-event.h"
#include "mms-i18n.h"

typedef struct
{
  const char *name;
  const char *function;
} KindInfo;

static const KindInfo kinds[MMS_NR_EVENT_KINDS] = {
  [MMS_EV_BOOT_RESERVE] = { "reserve", "memblock_reserve" },
  [MMS_EV_BOOT_ZERO_PAGE] = { "zero-page", "mm_init" },
  [MMS_EV_BOOT_BLOCK] = { "boot-block", "__free_pages_core" },
  [MMS_EV_ALLOC_PAGES] = { "alloc-pages", "__alloc_pages" },
  [MMS_EV_ZONE_FALLBACK] = { "zone-fallback", "get_page_from_freelist" },
  [MMS_EV_RMQUEUE] = { "rmqueue", "__rmqueue_smallest" },
  [MMS_EV_EXPAND] = { "split", "expand" },
  [MMS_EV_ALLOC_DONE] = { "alloc-done", "prep_new_page" },
  [MMS_EV_ALLOC_FAIL] = { "alloc-fail", "__alloc_pages" },
  [MMS_EV_FREE_PAGES] = { "free-pages", "__free_pages" },
  [MMS_EV_MERGE] = { "merge", "__free_one_page" },
  [MMS_EV_FREE_LIST_ADD] = { "free-list-add", "__free_one_page" },
  [MMS_EV_CACHE_GROW] = { "cache-grow", "cache_grow" },
  [MMS_EV_CACHE_SHRINK] = { "cache-shrink", "discard_slab" },
  [MMS_EV_SLAB_MOVE] = { "slab-move", "list_move" },
  [MMS_EV_CACHE_ALLOC] = { "cache-alloc", "kmem_cache_alloc" },
  [MMS_EV_CACHE_FREE] = { "cache-free", "kmem_cache_free" },
  [MMS_EV_KMALLOC] = { "kmalloc", "kmalloc" },
  [MMS_EV_KFREE] = { "kfree", "kfree" },
  [MMS_EV_TASK_NEW] = { "task-new", "copy_process" },
  [MMS_EV_MM_ALLOC] = { "mm-alloc", "mm_alloc" },
  [MMS_EV_DUP_MMAP] = { "dup-mmap", "dup_mmap" },
  [MMS_EV_MM_SHARE] = { "mm-share", "copy_mm" },
  [MMS_EV_EXEC] = { "exec", "exec_mmap" },
  [MMS_EV_EXIT_MMAP] = { "exit-mmap", "exit_mmap" },
  [MMS_EV_MMDROP] = { "mmdrop", "mmdrop" },
  [MMS_EV_TASK_EXIT] = { "task-exit", "do_exit" },
  [MMS_EV_FIND_VMA] = { "find-vma", "find_vma" },
  [MMS_EV_GET_UNMAPPED_AREA] = { "get-unmapped-area", "get_unmapped_area" },
  [MMS_EV_VMA_INSERT] = { "vma-insert", "vma_link" },
  [MMS_EV_VMA_MERGE] = { "vma-merge", "vma_merge" },
  [MMS_EV_VMA_SPLIT] = { "vma-split", "__split_vma" },
  [MMS_EV_VMA_ADJUST] = { "vma-adjust", "vma_expand" },
  [MMS_EV_VMA_FLAGS] = { "vma-flags", "mprotect_fixup" },
  [MMS_EV_VMA_REMOVE] = { "vma-remove", "remove_vma" },
  [MMS_EV_RB_INSERT] = { "rb-insert", "rb_link_node" },
  [MMS_EV_RB_ERASE] = { "rb-erase", "rb_erase" },
  [MMS_EV_RB_ROTATE_LEFT] = { "rb-rotate-left", "__rb_rotate_set_parents" },
  [MMS_EV_RB_ROTATE_RIGHT] = { "rb-rotate-right", "__rb_rotate_set_parents" },
  [MMS_EV_RB_RECOLOR] = { "rb-recolor", "rb_set_parent_color" },
  [MMS_EV_RB_REPLACE] = { "rb-replace", "__rb_erase_augmented" },
  [MMS_EV_ANON_VMA_PREPARE] = { "anon-vma-prepare", "anon_vma_prepare" },
  [MMS_EV_BRK] = { "brk", "sys_brk" },
  [MMS_EV_MREMAP_MOVE] = { "mremap-move", "move_vma" },
  [MMS_EV_SHM] = { "shm", "do_shmat" },
  [MMS_EV_EXPAND_STACK] = { "expand-stack", "expand_stack" },
  [MMS_EV_PTE_ALLOC] = { "pte-alloc", "__pte_alloc" },
  [MMS_EV_PGTABLE_FREE] = { "pgtable-free", "free_pgtables" },
  [MMS_EV_SET_PTE] = { "set-pte", "set_pte_at" },
  [MMS_EV_PTE_CLEAR] = { "pte-clear", "zap_pte_range" },
  [MMS_EV_PTE_WRPROTECT] = { "pte-wrprotect", "ptep_set_wrprotect" },
  [MMS_EV_COPY_PTE] = { "copy-pte", "copy_pte_range" },
  [MMS_EV_FAULT] = { "fault", "handle_mm_fault" },
  [MMS_EV_ZERO_PAGE_MAP] = { "zero-page-map", "do_anonymous_page" },
  [MMS_EV_ANON_PAGE] = { "anon-page", "do_anonymous_page" },
  [MMS_EV_FILE_FAULT] = { "file-fault", "filemap_fault" },
  [MMS_EV_WP_COPY] = { "wp-copy", "wp_page_copy" },
  [MMS_EV_WP_REUSE] = { "wp-reuse", "wp_page_reuse" },
  [MMS_EV_SWAP_IN] = { "swap-in", "do_swap_page" },
  [MMS_EV_SEGV] = { "segv", "bad_area" },
  [MMS_EV_PAGE_CACHE_ADD] = { "page-cache-add", "filemap_add_folio" },
  [MMS_EV_LRU_ADD] = { "lru-add", "folio_add_lru" },
  [MMS_EV_LRU_MOVE] = { "lru-move", "shrink_lruvec" },
  [MMS_EV_RECLAIM] = { "reclaim", "try_to_free_pages" },
  [MMS_EV_DROP_PAGE] = { "drop-page", "shrink_folio_list" },
  [MMS_EV_WRITEBACK] = { "writeback", "pageout" },
  [MMS_EV_SWAP_OUT] = { "swap-out", "add_to_swap" },
  [MMS_EV_OOM_KILL] = { "oom-kill", "oom_kill_process" },
  [MMS_EV_MALLOC] = { "malloc", "malloc" },
  [MMS_EV_CALLOC] = { "calloc", "calloc" },
  [MMS_EV_REALLOC] = { "realloc", "realloc" },
  [MMS_EV_FREE_CALL] = { "free", "free" },
  [MMS_EV_MALLOC_DONE] = { "malloc-done", "__libc_malloc" },
  [MMS_EV_TCACHE_INIT] = { "tcache-init", "tcache_init" },
  [MMS_EV_TCACHE_GET] = { "tcache-get", "tcache_get" },
  [MMS_EV_TCACHE_PUT] = { "tcache-put", "tcache_put" },
  [MMS_EV_FASTBIN_GET] = { "fastbin-get", "_int_malloc" },
  [MMS_EV_FASTBIN_PUT] = { "fastbin-put", "_int_free" },
  [MMS_EV_BIN_TAKE] = { "bin-take", "_int_malloc" },
  [MMS_EV_BIN_PUT] = { "bin-put", "_int_malloc" },
  [MMS_EV_CHUNK_SPLIT] = { "chunk-split", "_int_malloc" },
  [MMS_EV_CHUNK_COALESCE] = { "chunk-coalesce", "_int_free" },
  [MMS_EV_TOP_SPLIT] = { "top-split", "_int_malloc" },
  [MMS_EV_TOP_MERGE] = { "top-merge", "_int_free" },
  [MMS_EV_SYSMALLOC] = { "sysmalloc", "sysmalloc" },
  [MMS_EV_SYSTRIM] = { "systrim", "systrim" },
  [MMS_EV_MMAP_CHUNK] = { "mmap-chunk", "sysmalloc_mmap" },
  [MMS_EV_MUNMAP_CHUNK] = { "munmap-chunk", "munmap_chunk" },
  [MMS_EV_MREMAP_CHUNK] = { "mremap-chunk", "mremap_chunk" },
  [MMS_EV_MALLOC_CONSOLIDATE] = { "malloc-consolidate", "malloc_consolidate" },
  [MMS_EV_MMAP_THRESHOLD] = { "mmap-threshold", "free" },
  [MMS_EV_REALLOC_GROW] = { "realloc-grow", "_int_realloc" },
  [MMS_EV_REALLOC_MOVE] = { "realloc-move", "_int_realloc" },
  [MMS_EV_CALLOC_CLEAR] = { "calloc-clear", "__libc_calloc" },
  [MMS_EV_MALLOC_ABORT] = { "malloc-abort", "malloc_printerr" },
};

const char *
mms_event_function (MmsEventKind kind)
{
  g_return_val_if_fail (kind < MMS_NR_EVENT_KINDS, "?");
  return kinds[kind].function;
}

const char *
mms_event_kind_name (MmsEventKind kind)
{
  g_return_val_if_fail (kind < MMS_NR_EVENT_KINDS, "?");
  return kinds[kind].name;
}

const char *
mms_slab_list_name (MmsSlabList list)
{
  switch (list)
    {
    case MMS_SLABS_FULL: return "full";
    case MMS_SLABS_PARTIAL: return "partial";
    case MMS_SLABS_FREE: return "free";
    case MMS_SLAB_NONE:
    default: return "none";
    }
}

/* Page-table levels as events number them: 0 is the top; the table
 * events carry the number of levels in order (4 on x86_64, 2 on i386,
 * whose second level is the PTE table). */
static guint
pgtable_depth (const MmsEvent *ev)
{
  guint levels = ev->order == 2 ? 2 : 4;
  return ev->level == 0 ? 0 : ev->level + (4 - levels);
}

static const char *
pgtable_level_name (const MmsEvent *ev)
{
  static const char * const names[] = { "PGD", "PUD", "PMD", "PTE" };
  guint depth = pgtable_depth (ev);
  return depth < G_N_ELEMENTS (names) ? names[depth] : "?";
}

static const char *
pgtable_alloc_function (const MmsEvent *ev)
{
  switch (pgtable_depth (ev))
    {
    case 1: return "__pud_alloc";
    case 2: return "__pmd_alloc";
    default: return "__pte_alloc";
    }
}

static gboolean
pte_is_swap (guint64 pte)
{
  return (pte & 1) == 0 && (pte & (1 << 9)) != 0;
}

/* A number for the translatable formats: they use the plain C
 * conversions (%llx, %llu) that xgettext and the translators know. */
#define U(v) ((unsigned long long) (v))

const char *
mms_zone_label (MmsZoneId zone)
{
  switch (zone)
    {
    /* Translators: a memory zone's name in a sentence ("... in zone
     * %s"); the kernel's names DMA, DMA32, Normal, HighMem are usually
     * kept, e.g. "DMA 区". */
    case MMS_ZONE_DMA: return C_("zone", "DMA");
    case MMS_ZONE_DMA32: return C_("zone", "DMA32");
    case MMS_ZONE_NORMAL: return C_("zone", "Normal");
    case MMS_ZONE_HIGHMEM: return C_("zone", "HighMem");
    case MMS_NR_ZONES:
    default: return "?";
    }
}

const char *
mms_owner_label (MmsPageOwner owner)
{
  switch (owner)
    {
    /* Translators: what a page frame is used for, in sentences, legends
     * and tooltips. */
    case MMS_OWNER_FREE: return C_("page owner", "free");
    case MMS_OWNER_RESERVED: return C_("page owner", "reserved");
    case MMS_OWNER_ZERO: return C_("page owner", "zero page");
    case MMS_OWNER_KERNEL: return C_("page owner", "kernel");
    case MMS_OWNER_SLAB: return C_("page owner", "slab");
    case MMS_OWNER_PAGETABLE: return C_("page owner", "page table");
    case MMS_OWNER_ANON: return C_("page owner", "anonymous");
    case MMS_OWNER_FILE: return C_("page owner", "page cache");
    case MMS_OWNER_SHMEM: return C_("page owner", "shmem");
    case MMS_OWNER_INFLIGHT: return C_("page owner", "in flight");
    case MMS_NR_OWNERS:
    default: return "?";
    }
}

static const char *
lru_label (guint list)
{
  /* Translators: an LRU list, in "moves from the %s list to ...". */
  return list == 1 ? C_("lru", "active") : C_("lru", "inactive");
}

/* Where a chunk is, in the user's language (MmsChunkState's order). */
static const char *
malloc_state_word (guint state)
{
  switch (state)
    {
    case 0: return _("allocated");
    case 1: return _("tcache");
    case 2: return _("fastbin");
    case 3: return _("unsorted bin");
    case 4: return _("small bin");
    case 5: return _("large bin");
    case 6: return _("top chunk");
    case 7: return _("mapped chunk");
    default: return "?";
    }
}

/* The sentence after "function: ", in the user's language. */
static char *
describe_body (const MmsEvent *ev)
{
  const char *zone = mms_zone_label (ev->zone);
  guint64 size = G_GUINT64_CONSTANT (1) << ev->order;

  switch (ev->kind)
    {
    case MMS_EV_BOOT_RESERVE:
      /* Translators: %llu is a number of page frames, %llx the first frame number (pfn). */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "reserve %llu frame from pfn 0x%llx",
                                           "reserve %llu frames from pfn 0x%llx", ev->count),
                              U (ev->count), U (ev->pfn));
    case MMS_EV_BOOT_ZERO_PAGE:
      /* Translators: %llx is a page frame number. */
      return g_strdup_printf (_("the shared zero page is frame 0x%llx"), U (ev->pfn));
    case MMS_EV_BOOT_BLOCK:
      /* Translators: block 0x%1$llx of order %2$u (%3$llu frames) goes to the free list
       * free_area[%5$u] of zone %4$s.  Keep "free_area[%u]" as it is. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "give block 0x%llx of order %u (%llu frame) to %s free_area[%u]",
                                           "give block 0x%llx of order %u (%llu frames) to %s free_area[%u]",
                                           size),
                              U (ev->pfn), ev->order, U (size), zone, ev->order);
    case MMS_EV_ALLOC_PAGES:
      /* Translators: an order-%1$u block is 2^order frames (%2$llu); %3$s is the zone the
       * search starts at. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "request an order-%u block (%llu frame), starting at zone %s",
                                           "request an order-%u block (%llu frames), starting at zone %s",
                                           size),
                              ev->order, U (size), zone);
    case MMS_EV_ZONE_FALLBACK:
      /* Translators: %1$s is a zone, %2$u an order, %3$s the next zone tried. */
      return g_strdup_printf (_("zone %s has no free block of order %u or more, fall back to %s"),
                              zone, ev->order, mms_zone_label ((MmsZoneId) ev->pfn2));
    case MMS_EV_RMQUEUE:
      /* Translators: %1$llx is a block's first pfn, %2$s a zone, %3$u an order. */
      return g_strdup_printf (_("take block 0x%llx from the head of %s free_area[%u]"),
                              U (ev->pfn), zone, ev->order);
    case MMS_EV_EXPAND:
      /* Translators: %1$u is the order of the block split, %2$llx its pfn, %3$llx the pfn of
       * its upper half, %4$s a zone, %5$u the order of the halves. */
      return g_strdup_printf (_("split order-%u block 0x%llx; keep the lower half, put the upper "
                                "half 0x%llx on %s free_area[%u]"),
                              ev->order, U (ev->pfn), U (ev->pfn2), zone, ev->order - 1);
    case MMS_EV_ALLOC_DONE:
      /* Translators: %1$llx is a block's pfn, %2$u its order, %3$s a zone, %4$s what the
       * block is used for ("anonymous", "page table", ...). */
      return g_strdup_printf (_("hand out block 0x%llx of order %u from %s as %s"),
                              U (ev->pfn), ev->order, zone,
                              mms_owner_label ((MmsPageOwner) ev->count));
    case MMS_EV_ALLOC_FAIL:
      /* Translators: %u is an order. */
      return g_strdup_printf (_("no zone has a free block of order %u: the allocation fails"),
                              ev->order);
    case MMS_EV_FREE_PAGES:
      /* Translators: %1$llx is a block's pfn, %2$u its order, %3$s a zone. */
      return g_strdup_printf (_("free block 0x%llx of order %u in %s"), U (ev->pfn), ev->order, zone);
    case MMS_EV_MERGE:
      /* Translators: %1$llx is the buddy's pfn, %2$llx the block's pfn, %3$u their order,
       * %4$u the order of the merged block, %5$llx its pfn. */
      return g_strdup_printf (_("buddy 0x%llx of block 0x%llx is free at order %u: merge them into "
                                "order-%u block 0x%llx"),
                              U (ev->pfn2), U (ev->pfn), ev->order, ev->order + 1,
                              U (ev->pfn & ev->pfn2));
    case MMS_EV_FREE_LIST_ADD:
      /* Translators: %1$llx is a block's pfn, %2$s a zone, %3$u an order. */
      return g_strdup_printf (_("put block 0x%llx at the head of %s free_area[%u]"),
                              U (ev->pfn), zone, ev->order);
    case MMS_EV_CACHE_GROW:
      /* Translators: %1$s is a slab cache's name (kmalloc-64), %2$u a slab number, %3$llx
       * its first pfn, %4$u its order, %5$llu the number of objects it holds. */
      return g_strdup_printf (_("%s grows by slab %u (frames 0x%llx, order %u, %llu objects)"),
                              ev->cache, ev->slab, U (ev->pfn), ev->order, U (ev->count));
    case MMS_EV_CACHE_SHRINK:
      /* Translators: %1$s is a slab cache's name, %2$u a slab number. */
      return g_strdup_printf (_("%s already keeps a free slab, so empty slab %u goes back to the "
                                "buddy allocator"), ev->cache, ev->slab);
    case MMS_EV_SLAB_MOVE:
      /* Translators: %1$u is a slab number, %2$s a slab cache's name; slabs_%3$s and
       * slabs_%4$s are the kernel's list names (slabs_full, slabs_partial, slabs_free):
       * keep them. */
      return g_strdup_printf (_("slab %u of %s moves from slabs_%s to slabs_%s"), ev->slab,
                              ev->cache, mms_slab_list_name (ev->from_list),
                              mms_slab_list_name (ev->to_list));
    case MMS_EV_CACHE_ALLOC:
      /* Translators: %1$s is a slab cache's name, %2$u an object's index, %3$u a slab number,
       * %4$llx the object's kernel address, %5$llu the objects in use in that slab. */
      return g_strdup_printf (_("%s object %u of slab %u at 0x%llx (%llu in use)"),
                              ev->cache, ev->obj, ev->slab, U (ev->addr), U (ev->count));
    case MMS_EV_CACHE_FREE:
      /* Translators: as the previous message, for freeing the object. */
      return g_strdup_printf (_("free %s object %u of slab %u at 0x%llx (%llu in use)"),
                              ev->cache, ev->obj, ev->slab, U (ev->addr), U (ev->count));
    case MMS_EV_KMALLOC:
      if (ev->cache != NULL)
        /* Translators: %1$llu is a size in bytes, %2$s a slab cache's name. */
        return g_strdup_printf (_("%llu bytes come from %s"), U (ev->count), ev->cache);
      /* Translators: %1$llu is a size in bytes, %2$u an order. */
      return g_strdup_printf (_("%llu bytes are more than 8 KiB: kmalloc_large asks the buddy "
                                "allocator for order %u"), U (ev->count), ev->order);
    case MMS_EV_KFREE:
      if (ev->cache != NULL)
        /* Translators: %1$llx is a kernel address, %2$s a slab cache's name. */
        return g_strdup_printf (_("0x%llx is an object of %s"), U (ev->addr), ev->cache);
      /* Translators: %1$llx is a kernel address, %2$u an order. */
      return g_strdup_printf (_("0x%llx is a large allocation of order %u"), U (ev->addr), ev->order);
    case MMS_EV_TASK_NEW:
      if (ev->pid2 > 0)
        /* Translators: %1$d is the new process's pid, %2$d its parent's, %3$llx the kernel
         * address of its task_struct. */
        return g_strdup_printf (_("pid %d is born from pid %d (task_struct at 0x%llx)"),
                                ev->pid, ev->pid2, U (ev->addr));
      /* Translators: %1$d is a pid, %2$llx a kernel address. */
      return g_strdup_printf (_("pid %d is born (task_struct at 0x%llx)"), ev->pid, U (ev->addr));
    case MMS_EV_MM_ALLOC:
      /* Translators: %1$u is an mm_struct's number, %2$llx its kernel address. */
      return g_strdup_printf (_("a new mm_struct %u at 0x%llx"), ev->mm, U (ev->addr));
    case MMS_EV_DUP_MMAP:
      /* Translators: %1$u is the child's mm number, %2$llu the parent's. */
      return g_strdup_printf (_("mm %u copies every VMA of mm %llu; page tables only where a VMA "
                                "has an anon_vma"), ev->mm, U (ev->count));
    case MMS_EV_MM_SHARE:
      /* Translators: %1$d is a pid, %2$u an mm number, %3$llu the new value of mm_users. */
      return g_strdup_printf (_("CLONE_VM: pid %d shares mm %u, mm_users is now %llu"),
                              ev->pid, ev->mm, U (ev->count));
    case MMS_EV_EXEC:
      /* Translators: %1$d is a pid, %2$u the new mm's number, %3$llu the old one's. */
      return g_strdup_printf (_("pid %d switches to the new mm %u; the old mm %llu is put"),
                              ev->pid, ev->mm, U (ev->count));
    case MMS_EV_EXIT_MMAP:
      /* Translators: %1$u is an mm number, %2$llu a number of VMAs. */
      return g_strdup_printf (_("the last user of mm %u is gone: unmap its %llu VMAs and free its "
                                "page tables"), ev->mm, U (ev->count));
    case MMS_EV_MMDROP:
      if (ev->count == 0)
        /* Translators: %u is an mm number. */
        return g_strdup_printf (_("mm %u's mm_count drops to 0: the mm_struct is freed"), ev->mm);
      /* Translators: %1$u is an mm number, %2$llu the new mm_count. */
      return g_strdup_printf (_("mm %u's mm_count drops to %llu"), ev->mm, U (ev->count));
    case MMS_EV_TASK_EXIT:
      if (ev->count == 2)
        /* Translators: %1$d is a pid, %2$u an mm number. */
        return g_strdup_printf (_("pid %d is killed by SIGSEGV and drops its mm %u"), ev->pid, ev->mm);
      if (ev->count == 3)
        /* Translators: %1$d is a pid, %2$u an mm number. */
        return g_strdup_printf (_("pid %d is killed by the OOM killer and drops its mm %u"),
                                ev->pid, ev->mm);
      /* Translators: %1$d is a pid, %2$u an mm number. */
      return g_strdup_printf (_("pid %d exits and drops its mm %u"), ev->pid, ev->mm);
    case MMS_EV_FIND_VMA:
      /* Translators: %1$llx is a user address, [%2$llx, %3$llx) a VMA's range. */
      return g_strdup_printf (_("0x%llx lies in VMA [0x%llx, 0x%llx)"),
                              U (ev->addr), U (ev->start), U (ev->end));
    case MMS_EV_GET_UNMAPPED_AREA:
      if (ev->addr == G_MAXUINT64)
        /* Translators: %llu is a size in KiB. */
        return g_strdup_printf (_("no gap of %llu KiB is free"), U (ev->count >> 10));
      if (ev->start != 0 && ev->start == ev->addr)
        /* Translators: %1$llu is a size in KiB, %2$llx an address (the mmap hint). */
        return g_strdup_printf (_("%llu KiB fit at 0x%llx, the hint is free"),
                                U (ev->count >> 10), U (ev->addr));
      /* Translators: %1$llu is a size in KiB, %2$llx an address; keep mmap_base. */
      return g_strdup_printf (_("%llu KiB fit at 0x%llx, the highest free gap below mmap_base"),
                              U (ev->count >> 10), U (ev->addr));
    case MMS_EV_VMA_INSERT:
      /* Translators: %1$u is a VMA's number, [%2$llx, %3$llx) its range. */
      return g_strdup_printf (_("new VMA %u [0x%llx, 0x%llx) goes into the list and the tree"),
                              ev->vma, U (ev->start), U (ev->end));
    case MMS_EV_VMA_MERGE:
      /* Translators: %1$u is a VMA's number, [%2$llx, %3$llx) its new range. */
      return g_strdup_printf (_("the neighbour VMA %u has the same flags, file and anon_vma: it "
                                "grows to [0x%llx, 0x%llx) instead of a new VMA"),
                              ev->vma, U (ev->start), U (ev->end));
    case MMS_EV_VMA_SPLIT:
      /* Translators: %1$u is a VMA's number, [%2$llx, %3$llx) what it keeps, %4$u the new
       * VMA's number, [%5$llx, %6$llx) the new VMA's range. */
      return g_strdup_printf (_("VMA %u is split into [0x%llx, 0x%llx) and the new VMA %u "
                                "[0x%llx, 0x%llx)"),
                              ev->vma, U (ev->start), U (ev->end), ev->vma2, U (ev->start2),
                              U (ev->end2));
    case MMS_EV_VMA_ADJUST:
      /* Translators: %1$u is a VMA's number, [%2$llx, %3$llx) its new range. */
      return g_strdup_printf (_("VMA %u becomes [0x%llx, 0x%llx)"), ev->vma, U (ev->start), U (ev->end));
    case MMS_EV_VMA_FLAGS:
      /* Translators: %1$u is a VMA's number, [%2$llx, %3$llx) its range, %4$lx the new
       * vm_flags, %5$llx the old ones. */
      return g_strdup_printf (_("VMA %u [0x%llx, 0x%llx) gets vm_flags 0x%lx (was 0x%llx)"),
                              ev->vma, U (ev->start), U (ev->end), ev->flags, U (ev->count));
    case MMS_EV_VMA_REMOVE:
      /* Translators: %1$u is a VMA's number, [%2$llx, %3$llx) its range. */
      return g_strdup_printf (_("VMA %u [0x%llx, 0x%llx) is unlinked and freed"),
                              ev->vma, U (ev->start), U (ev->end));
    case MMS_EV_RB_INSERT:
      /* Translators: %u is a VMA's number; the VMA tree is a red-black tree. */
      return g_strdup_printf (_("VMA %u's node is linked as a red leaf of the VMA tree"), ev->vma);
    case MMS_EV_RB_ERASE:
      /* Translators: %u is a VMA's number. */
      return g_strdup_printf (_("VMA %u's node leaves the VMA tree"), ev->vma);
    case MMS_EV_RB_ROTATE_LEFT:
      /* Translators: a red-black tree rotation; %1$u and %2$u are VMA numbers. */
      return g_strdup_printf (_("rotate left at VMA %u: VMA %u moves up"), ev->vma, ev->vma2);
    case MMS_EV_RB_ROTATE_RIGHT:
      /* Translators: a red-black tree rotation; %1$u and %2$u are VMA numbers. */
      return g_strdup_printf (_("rotate right at VMA %u: VMA %u moves up"), ev->vma, ev->vma2);
    case MMS_EV_RB_RECOLOR:
      if (ev->count == 0)
        /* Translators: %u is a VMA's number. */
        return g_strdup_printf (_("VMA %u's node turns red"), ev->vma);
      /* Translators: %u is a VMA's number. */
      return g_strdup_printf (_("VMA %u's node turns black"), ev->vma);
    case MMS_EV_RB_REPLACE:
      /* Translators: %1$u is the erased VMA's number, %2$u its successor's. */
      return g_strdup_printf (_("VMA %u's successor, VMA %u, takes its place in the tree"),
                              ev->vma, ev->vma2);
    case MMS_EV_ANON_VMA_PREPARE:
      if (ev->count)
        /* Translators: %1$u is a VMA's number, %2$u an anon_vma's number. */
        return g_strdup_printf (_("VMA %u reuses its neighbour's anon_vma %u"), ev->vma, ev->obj);
      /* Translators: %1$u is a VMA's number, %2$u an anon_vma's number. */
      return g_strdup_printf (_("VMA %u gets a new anon_vma %u"), ev->vma, ev->obj);
    case MMS_EV_BRK:
      if (ev->end == ev->addr)
        /* Translators: the program break (brk) moves from 0x%1$llx to 0x%2$llx. */
        return g_strdup_printf (_("the break moves from 0x%llx to 0x%llx"), U (ev->start), U (ev->end));
      /* Translators: the program break would move from 0x%1$llx to 0x%2$llx, but the
       * kernel refuses. */
      return g_strdup_printf (_("the break moves from 0x%llx to 0x%llx (refused)"),
                              U (ev->start), U (ev->end));
    case MMS_EV_MREMAP_MOVE:
      /* Translators: [%1$llx, %2$llx) is the old range, [%3$llx, %4$llx) the new one. */
      return g_strdup_printf (_("[0x%llx, 0x%llx) cannot grow in place: it moves to [0x%llx, 0x%llx) "
                                "with its page-table entries"),
                              U (ev->start), U (ev->end), U (ev->start2), U (ev->end2));
    case MMS_EV_SHM:
      if (ev->mm == 0)
        /* Translators: %1$llx is a SysV IPC key, %2$llu a size in KiB. */
        return g_strdup_printf (_("SysV segment 0x%llx of %llu KiB"), U (ev->count), U (ev->end >> 10));
      /* Translators: %1$llx is a SysV IPC key, %2$llx a user address. */
      return g_strdup_printf (_("segment 0x%llx attached at 0x%llx"), U (ev->count), U (ev->addr));
    case MMS_EV_EXPAND_STACK:
      /* Translators: %1$u is a VMA's number, %2$llx its new start, %3$llx the faulting
       * address. */
      return g_strdup_printf (_("the stack VMA %u grows down to 0x%llx to cover 0x%llx"),
                              ev->vma, U (ev->start), U (ev->addr));
    case MMS_EV_PTE_ALLOC:
      if (ev->level == 0)
        /* Translators: %1$u is an mm number, %2$llx a pfn. */
        return g_strdup_printf (_("mm %u gets its top-level table (PGD) in frame 0x%llx"),
                                ev->mm, U (ev->pfn));
      /* Translators: %1$u is an mm number, %2$s a page-table level (PUD, PMD or PTE),
       * %3$llx a pfn, %4$llx the first user address the table maps. */
      return g_strdup_printf (_("mm %u gets a %s table in frame 0x%llx for the span from 0x%llx"),
                              ev->mm, pgtable_level_name (ev), U (ev->pfn), U (ev->addr));
    case MMS_EV_PGTABLE_FREE:
      /* Translators: %1$u is an mm number, %2$s a page-table level (PGD, PUD, PMD or PTE),
       * %3$llx a pfn, %4$llx the first user address the table maps. */
      return g_strdup_printf (_("mm %u frees the %s table in frame 0x%llx (span from 0x%llx): no "
                                "VMA needs it"),
                              ev->mm, pgtable_level_name (ev), U (ev->pfn), U (ev->addr));
    case MMS_EV_SET_PTE:
      if (pte_is_swap (ev->pte))
        /* Translators: %1$llx is a user address, %2$llx a page-table entry's value,
         * %3$llu a swap slot. */
        return g_strdup_printf (_("the entry for 0x%llx becomes swap entry 0x%llx (slot %llu)"),
                                U (ev->addr), U (ev->pte), U (ev->pte >> 12));
      /* Translators: %1$llx is a user address, %2$llx a page-table entry's value, %3$llx
       * the pfn it maps. */
      return g_strdup_printf (_("the entry for 0x%llx becomes 0x%llx (frame 0x%llx)"),
                              U (ev->addr), U (ev->pte), U (ev->pfn));
    case MMS_EV_PTE_CLEAR:
      if (pte_is_swap (ev->pte))
        /* Translators: %1$llx is a user address, %2$llx the entry's old value. */
        return g_strdup_printf (_("the entry for 0x%llx (0x%llx) is cleared, giving back its swap slot"),
                                U (ev->addr), U (ev->pte));
      /* Translators: %1$llx is a user address, %2$llx the entry's old value. */
      return g_strdup_printf (_("the entry for 0x%llx (0x%llx) is cleared"), U (ev->addr), U (ev->pte));
    case MMS_EV_PTE_WRPROTECT:
      /* Translators: %1$llx is a user address, %2$llx the entry's new value. */
      return g_strdup_printf (_("the entry for 0x%llx becomes read-only (0x%llx), so the next "
                                "write faults"), U (ev->addr), U (ev->pte));
    case MMS_EV_COPY_PTE:
      if (pte_is_swap (ev->pte))
        /* Translators: %1$llx is a user address, %2$llu a swap slot. */
        return g_strdup_printf (_("the child's entry for 0x%llx holds swap slot %llu too"),
                                U (ev->addr), U (ev->pte >> 12));
      /* Translators: %1$llx is a user address, %2$llx a pfn, %3$llx the entry's value. */
      return g_strdup_printf (_("the child's entry for 0x%llx maps frame 0x%llx too (0x%llx)"),
                              U (ev->addr), U (ev->pfn), U (ev->pte));
    case MMS_EV_FAULT:
      if (ev->count == 1)
        /* Translators: a page fault: %1$d is a pid, %2$llx the faulting address. */
        return g_strdup_printf (_("pid %d writes 0x%llx"), ev->pid2, U (ev->addr));
      if (ev->count == 2)
        /* Translators: a page fault: %1$d is a pid, %2$llx the faulting address. */
        return g_strdup_printf (_("pid %d executes at 0x%llx"), ev->pid2, U (ev->addr));
      /* Translators: a page fault: %1$d is a pid, %2$llx the faulting address. */
      return g_strdup_printf (_("pid %d reads 0x%llx"), ev->pid2, U (ev->addr));
    case MMS_EV_ZERO_PAGE_MAP:
      /* Translators: %llx is a user address. */
      return g_strdup_printf (_("a read of untouched anonymous memory at 0x%llx maps the shared "
                                "zero page read-only"), U (ev->addr));
    case MMS_EV_ANON_PAGE:
      /* Translators: %1$llx is a user address, %2$llx a pfn. */
      return g_strdup_printf (_("a write at 0x%llx gets the new zeroed frame 0x%llx"),
                              U (ev->addr), U (ev->pfn));
    case MMS_EV_FILE_FAULT:
      if (ev->count)
        /* Translators: %1$llx is a user address, %2$llx a pfn. */
        return g_strdup_printf (_("0x%llx maps page-cache frame 0x%llx (major fault: read from the file)"),
                                U (ev->addr), U (ev->pfn));
      /* Translators: %1$llx is a user address, %2$llx a pfn. */
      return g_strdup_printf (_("0x%llx maps page-cache frame 0x%llx (minor fault: already cached)"),
                              U (ev->addr), U (ev->pfn));
    case MMS_EV_WP_COPY:
      /* Translators: %1$llx is a user address, %2$llx the shared pfn, %3$llx the copy's pfn. */
      return g_strdup_printf (_("copy-on-write at 0x%llx: frame 0x%llx is copied to the new frame 0x%llx"),
                              U (ev->addr), U (ev->pfn), U (ev->pfn2));
    case MMS_EV_WP_REUSE:
      /* Translators: %1$llx is a pfn, %2$llx a user address. */
      return g_strdup_printf (_("frame 0x%llx at 0x%llx has no other mapper: it is made writable in place"),
                              U (ev->pfn), U (ev->addr));
    case MMS_EV_SWAP_IN:
      /* Translators: %1$llx is a user address, %2$llu a swap slot, %3$llx a pfn. */
      return g_strdup_printf (_("0x%llx is read back from swap slot %llu into frame 0x%llx (major fault)"),
                              U (ev->addr), U (ev->count), U (ev->pfn));
    case MMS_EV_SEGV:
      if (ev->count == 2)
        /* Translators: %1$d is a pid, %2$llx the faulting address; keep SIGSEGV and
         * SEGV_ACCERR. */
        return g_strdup_printf (_("SIGSEGV for pid %d at 0x%llx (SEGV_ACCERR: the VMA forbids the access)"),
                                ev->pid2, U (ev->addr));
      /* Translators: %1$d is a pid, %2$llx the faulting address; keep SIGSEGV and
       * SEGV_MAPERR. */
      return g_strdup_printf (_("SIGSEGV for pid %d at 0x%llx (SEGV_MAPERR: no VMA maps the address)"),
                              ev->pid2, U (ev->addr));
    case MMS_EV_PAGE_CACHE_ADD:
      /* Translators: %1$llx is a pfn, %2$llu a page index in a file, %3$llu a file's number. */
      return g_strdup_printf (_("frame 0x%llx now caches page %llu of file %llu"),
                              U (ev->pfn), U (ev->addr), U (ev->count));
    case MMS_EV_LRU_ADD:
      /* Translators: %llx is a pfn. */
      return g_strdup_printf (_("frame 0x%llx goes to the head of the inactive list"), U (ev->pfn));
    case MMS_EV_LRU_MOVE:
      /* Translators: %1$llx is a pfn, %2$s and %3$s are LRU lists ("active", "inactive"). */
      return g_strdup_printf (_("frame 0x%llx moves from the %s list to the head of the %s list"),
                              U (ev->pfn), lru_label (ev->from_list), lru_label (ev->to_list));
    case MMS_EV_RECLAIM:
      /* Translators: %llu is a number of page frames. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "no free frame: direct reclaim looks for %llu frame",
                                           "no free frame: direct reclaim looks for %llu frames",
                                           ev->count),
                              U (ev->count));
    case MMS_EV_DROP_PAGE:
      /* Translators: %llx is a pfn. */
      return g_strdup_printf (_("clean page-cache frame 0x%llx is dropped"), U (ev->pfn));
    case MMS_EV_WRITEBACK:
      /* Translators: %llx is a pfn. */
      return g_strdup_printf (_("dirty page-cache frame 0x%llx is written back to its file"), U (ev->pfn));
    case MMS_EV_SWAP_OUT:
      /* Translators: %1$llx is a pfn, %2$llu a swap slot. */
      return g_strdup_printf (_("anonymous frame 0x%llx is written to swap slot %llu and freed"),
                              U (ev->pfn), U (ev->count));
    case MMS_EV_OOM_KILL:
      /* Translators: %1$d is a pid, %2$llu a number of pages. */
      return g_strdup_printf (_("out of memory: kill pid %d, the largest (%llu resident and swapped "
                                "pages)"), ev->pid2, U (ev->count));
    case MMS_EV_MALLOC:
      /* Translators: %llu is a number of bytes asked of malloc. */
      return g_strdup_printf (_("the program asks for %llu bytes"), U (ev->count));
    case MMS_EV_CALLOC:
      /* Translators: %llu is a number of bytes asked of calloc. */
      return g_strdup_printf (_("the program asks for %llu bytes, cleared"), U (ev->count));
    case MMS_EV_REALLOC:
      /* Translators: %1$llx is a chunk's address, %2$llu a number of bytes. */
      return g_strdup_printf (_("the block of chunk 0x%llx is to hold %llu bytes"),
                              U (ev->addr), U (ev->end2 - ev->start2));
    case MMS_EV_FREE_CALL:
      /* Translators: %1$llx is a chunk's address, %2$s where it is (allocated, tcachebins...). */
      return g_strdup_printf (_("the program frees chunk 0x%llx (%s)"), U (ev->addr),
                              malloc_state_word (ev->level));
    case MMS_EV_MALLOC_DONE:
      /* Translators: %1$llx is a chunk's address, %2$llu its size; the pointer is 16 bytes in. */
      return g_strdup_printf (_("chunk 0x%llx of %llu bytes is handed out (the pointer is 16 bytes "
                                "past its header)"), U (ev->addr), U (ev->count));
    case MMS_EV_TCACHE_INIT:
      /* Translators: %llx is a chunk's address. */
      return g_strdup_printf (_("the first call takes chunk 0x%llx (0x290 bytes) for the thread's "
                                "tcache_perthread_struct and clears it"), U (ev->addr));
    case MMS_EV_TCACHE_GET:
      /* Translators: %1$llx is a chunk's address, %2$llu its size, %3$u chunks left in its bin. */
      return g_strdup_printf (_("chunk 0x%llx (%llu bytes) comes from the tcache without a lock "
                                "(%u left in its bin)"), U (ev->addr), U (ev->count), ev->level);
    case MMS_EV_TCACHE_PUT:
      /* Translators: %1$llx is a chunk's address, %2$llu its size, %3$u chunks in its bin now. */
      return g_strdup_printf (_("chunk 0x%llx (%llu bytes) goes to the tcache: its bin holds %u of 7"),
                              U (ev->addr), U (ev->count), ev->level);
    case MMS_EV_FASTBIN_GET:
      /* Translators: %1$llx is a chunk's address, %2$llu its size. */
      return g_strdup_printf (_("chunk 0x%llx (%llu bytes) comes from its fastbin"), U (ev->addr),
                              U (ev->count));
    case MMS_EV_FASTBIN_PUT:
      /* Translators: %1$llx is a chunk's address, %2$llu its size. */
      return g_strdup_printf (_("the tcache bin is full: chunk 0x%llx (%llu bytes) goes to the head "
                                "of its fastbin, still marked in use"), U (ev->addr), U (ev->count));
    case MMS_EV_BIN_TAKE:
      /* Translators: %1$llx is a chunk's address, %2$llu its size, %3$s a bin (smallbins...). */
      return g_strdup_printf (_("chunk 0x%llx (%llu bytes) is taken off the %s"), U (ev->addr),
                              U (ev->count), malloc_state_word (ev->level));
    case MMS_EV_BIN_PUT:
      /* Translators: %1$llx is a chunk's address, %2$llu its size, %3$s a bin, %4$u its index. */
      return g_strdup_printf (_("free chunk 0x%llx (%llu bytes) goes to the %s (bin %u)"), U (ev->addr),
                              U (ev->count), malloc_state_word (ev->level), ev->order);
    case MMS_EV_CHUNK_SPLIT:
      /* Translators: %1$llx is a chunk's address, %2$llu the bytes it keeps, %3$llx the rest's
       * address, %4$llu the rest's size. */
      return g_strdup_printf (_("chunk 0x%llx is split: %llu bytes are used, the remainder 0x%llx "
                                "(%llu bytes) goes to the unsorted bin"),
                              U (ev->addr), U (ev->count), U (ev->start2), U (ev->end2 - ev->start2));
    case MMS_EV_CHUNK_COALESCE:
      /* Translators: two chunks' addresses and sizes. */
      return g_strdup_printf (_("free chunks 0x%llx (%llu bytes) and 0x%llx (%llu bytes) are "
                                "neighbours: they coalesce"),
                              U (ev->addr), U (ev->count), U (ev->start2), U (ev->end2 - ev->start2));
    case MMS_EV_TOP_SPLIT:
      /* Translators: %1$llu is a size, %2$llx the new top's address, %3$llu its size. */
      return g_strdup_printf (_("no bin has a chunk: %llu bytes come from the top chunk, which moves "
                                "up to 0x%llx (%llu bytes left)"),
                              U (ev->count), U (ev->start2), U (ev->end2 - ev->start2));
    case MMS_EV_TOP_MERGE:
      /* Translators: %1$llx is a chunk's address, %2$llu its size. */
      return g_strdup_printf (_("chunk 0x%llx (%llu bytes) borders the top chunk and merges into it"),
                              U (ev->addr), U (ev->count));
    case MMS_EV_SYSMALLOC:
      /* Translators: %1$llu bytes asked of the kernel with brk at %2$llx; the top becomes %3$llu
       * bytes. */
      return g_strdup_printf (_("the top chunk is too small: sbrk asks the kernel for %llu bytes at "
                                "0x%llx; the top is now %llu bytes"),
                              U (ev->end2 - ev->start2), U (ev->start2), U (ev->count));
    case MMS_EV_SYSTRIM:
      /* Translators: %1$llu bytes given back, %2$llu the top's new size. */
      return g_strdup_printf (_("the top chunk passes M_TRIM_THRESHOLD: sbrk gives %llu bytes back to "
                                "the kernel; the top keeps %llu bytes"),
                              U (ev->end2 - ev->start2), U (ev->count));
    case MMS_EV_MMAP_CHUNK:
      /* Translators: %1$llu is a size, %2$llx an address. */
      return g_strdup_printf (_("the request is at or above the mmap threshold: a mapping of its own "
                                "(%llu bytes at 0x%llx), not the heap"), U (ev->count), U (ev->addr));
    case MMS_EV_MUNMAP_CHUNK:
      /* Translators: %1$llx is an address, %2$llu a size. */
      return g_strdup_printf (_("the mapped chunk 0x%llx (%llu bytes) goes back to the kernel with "
                                "munmap"), U (ev->addr), U (ev->count));
    case MMS_EV_MREMAP_CHUNK:
      /* Translators: %1$llx is the old address, %2$llx the new one, %3$llu the new size. */
      return g_strdup_printf (_("the mapped chunk 0x%llx is resized with mremap: now 0x%llx, %llu bytes"),
                              U (ev->addr), U (ev->start2), U (ev->end2 - ev->start2));
    case MMS_EV_MALLOC_CONSOLIDATE:
      return g_strdup (_("the fastbins' chunks merge with their free neighbours and go to the "
                         "unsorted bin"));
    case MMS_EV_MMAP_THRESHOLD:
      /* Translators: %1$llu is the new mmap threshold, %2$llu the new trim threshold. */
      return g_strdup_printf (_("freeing a mapped chunk raises the mmap threshold to %llu bytes (and "
                                "M_TRIM_THRESHOLD to %llu)"), U (ev->count), U (ev->end2 - ev->start2));
    case MMS_EV_REALLOC_GROW:
      /* Translators: %1$llx is a chunk's address, %2$llu its new size, %3$llx the neighbour. */
      return g_strdup_printf (_("chunk 0x%llx grows in place to %llu bytes into its free neighbour 0x%llx"),
                              U (ev->addr), U (ev->count), U (ev->start2));
    case MMS_EV_REALLOC_MOVE:
      /* Translators: %1$llx is the old chunk, %2$llx the new one. */
      return g_strdup_printf (_("chunk 0x%llx cannot grow in place: its bytes are copied to chunk "
                                "0x%llx and it is freed"), U (ev->addr), U (ev->start2));
    case MMS_EV_CALLOC_CLEAR:
      /* Translators: %1$llu bytes at %2$llx. */
      return g_strdup_printf (_("calloc clears %llu bytes at 0x%llx (memory fresh from the kernel is "
                                "already zero and is not written)"),
                              U (ev->end2 - ev->start2), U (ev->start2));
    case MMS_EV_MALLOC_ABORT:
      /* Translators: %s is glibc's own message, kept in English as glibc prints it. */
      return g_strdup_printf (_("glibc prints \"%s\" and calls abort (): the process dies of SIGABRT"),
                              ev->cache != NULL ? ev->cache : "?");
    case MMS_NR_EVENT_KINDS:
    default:
      break;
    }
  return NULL;
}

char *
mms_event_describe (const MmsEvent *ev)
{
  const char *fn;
  g_autofree char *body = NULL;

  g_return_val_if_fail (ev != NULL && ev->kind < MMS_NR_EVENT_KINDS, NULL);

  fn = kinds[ev->kind].function;
  /* A few events name a more precise function than their kind's. */
  if (ev->kind == MMS_EV_PTE_ALLOC)
    fn = ev->level == 0 ? "pgd_alloc" : pgtable_alloc_function (ev);
  else if (ev->kind == MMS_EV_PGTABLE_FREE && ev->level == 0)
    fn = "pgd_free";
  else if (ev->kind == MMS_EV_SHM && ev->mm == 0)
    fn = "shmget";
  else if (ev->kind == MMS_EV_BIN_PUT && ev->order == 1)
    /* Only frees (and malloc_consolidate) put chunks in the unsorted bin. */
    fn = "_int_free";

  body = describe_body (ev);
  if (body == NULL)
    return g_strdup (fn);
  return g_strdup_printf ("%s: %s", fn, body);
}
