/* mms-event.c: names and plain-word descriptions of events. */
#include "mms-event.h"

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

static const char *
frames_word (guint64 n)
{
  return n == 1 ? "frame" : "frames";
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

static const char *
lru_name (guint list)
{
  return list == 1 ? "active" : "inactive";
}

char *
mms_event_describe (const MmsEvent *ev)
{
  const char *fn;
  const char *zone;
  guint64 size;

  g_return_val_if_fail (ev != NULL && ev->kind < MMS_NR_EVENT_KINDS, NULL);

  fn = kinds[ev->kind].function;
  zone = mms_zone_name (ev->zone);
  size = G_GUINT64_CONSTANT (1) << ev->order;

  switch (ev->kind)
    {
    case MMS_EV_BOOT_RESERVE:
      return g_strdup_printf ("%s: reserve %" G_GUINT64_FORMAT " %s from pfn 0x%" G_GINT64_MODIFIER "x",
                              fn, ev->count, frames_word (ev->count), ev->pfn);
    case MMS_EV_BOOT_ZERO_PAGE:
      return g_strdup_printf ("%s: the shared zero page is frame 0x%" G_GINT64_MODIFIER "x", fn, ev->pfn);
    case MMS_EV_BOOT_BLOCK:
      return g_strdup_printf ("%s: give block 0x%" G_GINT64_MODIFIER "x of order %u (%" G_GUINT64_FORMAT
                              " %s) to %s free_area[%u]", fn, ev->pfn, ev->order, size,
                              frames_word (size), zone, ev->order);
    case MMS_EV_ALLOC_PAGES:
      return g_strdup_printf ("%s: request an order-%u block (%" G_GUINT64_FORMAT " %s), starting at zone %s",
                              fn, ev->order, size, frames_word (size), zone);
    case MMS_EV_ZONE_FALLBACK:
      return g_strdup_printf ("%s: zone %s has no free block of order %u or more, fall back to %s",
                              fn, zone, ev->order, mms_zone_name ((MmsZoneId) ev->pfn2));
    case MMS_EV_RMQUEUE:
      return g_strdup_printf ("%s: take block 0x%" G_GINT64_MODIFIER "x from the head of %s free_area[%u]",
                              fn, ev->pfn, zone, ev->order);
    case MMS_EV_EXPAND:
      return g_strdup_printf ("%s: split order-%u block 0x%" G_GINT64_MODIFIER "x; keep the lower half, "
                              "put the upper half 0x%" G_GINT64_MODIFIER "x on %s free_area[%u]",
                              fn, ev->order, ev->pfn, ev->pfn2, zone, ev->order - 1);
    case MMS_EV_ALLOC_DONE:
      return g_strdup_printf ("%s: hand out block 0x%" G_GINT64_MODIFIER "x of order %u from %s as %s",
                              fn, ev->pfn, ev->order, zone, mms_owner_name ((MmsPageOwner) ev->count));
    case MMS_EV_ALLOC_FAIL:
      return g_strdup_printf ("%s: no zone has a free block of order %u: the allocation fails",
                              fn, ev->order);
    case MMS_EV_FREE_PAGES:
      return g_strdup_printf ("%s: free block 0x%" G_GINT64_MODIFIER "x of order %u in %s",
                              fn, ev->pfn, ev->order, zone);
    case MMS_EV_MERGE:
      return g_strdup_printf ("%s: buddy 0x%" G_GINT64_MODIFIER "x of block 0x%" G_GINT64_MODIFIER
                              "x is free at order %u: merge them into order-%u block 0x%"
                              G_GINT64_MODIFIER "x", fn, ev->pfn2, ev->pfn, ev->order,
                              ev->order + 1, ev->pfn & ev->pfn2);
    case MMS_EV_FREE_LIST_ADD:
      return g_strdup_printf ("%s: put block 0x%" G_GINT64_MODIFIER "x at the head of %s free_area[%u]",
                              fn, ev->pfn, zone, ev->order);
    case MMS_EV_CACHE_GROW:
      return g_strdup_printf ("%s: %s grows by slab %u (frames 0x%" G_GINT64_MODIFIER "x, order %u, "
                              "%" G_GUINT64_FORMAT " objects)", fn, ev->cache, ev->slab, ev->pfn,
                              ev->order, ev->count);
    case MMS_EV_CACHE_SHRINK:
      return g_strdup_printf ("%s: %s already keeps a free slab, so empty slab %u goes back to the "
                              "buddy allocator", fn, ev->cache, ev->slab);
    case MMS_EV_SLAB_MOVE:
      return g_strdup_printf ("%s: slab %u of %s moves from slabs_%s to slabs_%s", fn, ev->slab,
                              ev->cache, mms_slab_list_name (ev->from_list),
                              mms_slab_list_name (ev->to_list));
    case MMS_EV_CACHE_ALLOC:
      return g_strdup_printf ("%s: %s object %u of slab %u at 0x%" G_GINT64_MODIFIER "x (%"
                              G_GUINT64_FORMAT " in use)", fn, ev->cache, ev->obj, ev->slab,
                              ev->addr, ev->count);
    case MMS_EV_CACHE_FREE:
      return g_strdup_printf ("%s: free %s object %u of slab %u at 0x%" G_GINT64_MODIFIER "x (%"
                              G_GUINT64_FORMAT " in use)", fn, ev->cache, ev->obj, ev->slab,
                              ev->addr, ev->count);
    case MMS_EV_KMALLOC:
      if (ev->cache != NULL)
        return g_strdup_printf ("%s: %" G_GUINT64_FORMAT " bytes come from %s", fn, ev->count, ev->cache);
      return g_strdup_printf ("%s: %" G_GUINT64_FORMAT " bytes are more than 8 KiB: kmalloc_large "
                              "asks the buddy allocator for order %u", fn, ev->count, ev->order);
    case MMS_EV_KFREE:
      if (ev->cache != NULL)
        return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x is an object of %s", fn, ev->addr, ev->cache);
      return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x is a large allocation of order %u",
                              fn, ev->addr, ev->order);
    case MMS_EV_TASK_NEW:
      if (ev->pid2 > 0)
        return g_strdup_printf ("%s: pid %d is born from pid %d (task_struct at 0x%" G_GINT64_MODIFIER "x)",
                                fn, ev->pid, ev->pid2, ev->addr);
      return g_strdup_printf ("%s: pid %d is born (task_struct at 0x%" G_GINT64_MODIFIER "x)",
                              fn, ev->pid, ev->addr);
    case MMS_EV_MM_ALLOC:
      return g_strdup_printf ("%s: a new mm_struct %u at 0x%" G_GINT64_MODIFIER "x", fn, ev->mm, ev->addr);
    case MMS_EV_DUP_MMAP:
      return g_strdup_printf ("%s: mm %u copies every VMA of mm %" G_GUINT64_FORMAT
                              "; page tables only where a VMA has an anon_vma", fn, ev->mm, ev->count);
    case MMS_EV_MM_SHARE:
      return g_strdup_printf ("%s: CLONE_VM: pid %d shares mm %u, mm_users is now %" G_GUINT64_FORMAT,
                              fn, ev->pid, ev->mm, ev->count);
    case MMS_EV_EXEC:
      return g_strdup_printf ("%s: pid %d switches to the new mm %u; the old mm %" G_GUINT64_FORMAT
                              " is put", fn, ev->pid, ev->mm, ev->count);
    case MMS_EV_EXIT_MMAP:
      return g_strdup_printf ("%s: the last user of mm %u is gone: unmap its %" G_GUINT64_FORMAT
                              " VMAs and free its page tables", fn, ev->mm, ev->count);
    case MMS_EV_MMDROP:
      return g_strdup_printf ("%s: mm %u's mm_count drops to %" G_GUINT64_FORMAT "%s", fn, ev->mm,
                              ev->count, ev->count == 0 ? ": the mm_struct is freed" : "");
    case MMS_EV_TASK_EXIT:
      return g_strdup_printf ("%s: pid %d %s and drops its mm %u", fn, ev->pid,
                              ev->count == 2 ? "is killed by SIGSEGV"
                              : ev->count == 3 ? "is killed by the OOM killer" : "exits", ev->mm);
    case MMS_EV_FIND_VMA:
      return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x lies in VMA [0x%" G_GINT64_MODIFIER "x, 0x%"
                              G_GINT64_MODIFIER "x)", fn, ev->addr, ev->start, ev->end);
    case MMS_EV_GET_UNMAPPED_AREA:
      if (ev->addr == G_MAXUINT64)
        return g_strdup_printf ("%s: no gap of %" G_GUINT64_FORMAT " KiB is free", fn, ev->count >> 10);
      return g_strdup_printf ("%s: %" G_GUINT64_FORMAT " KiB fit at 0x%" G_GINT64_MODIFIER "x, %s",
                              fn, ev->count >> 10, ev->addr,
                              ev->start != 0 && ev->start == ev->addr ? "the hint is free"
                              : "the highest free gap below mmap_base");
    case MMS_EV_VMA_INSERT:
      return g_strdup_printf ("%s: new VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER
                              "x) goes into the list and the tree", fn, ev->vma, ev->start, ev->end);
    case MMS_EV_VMA_MERGE:
      return g_strdup_printf ("%s: the neighbour VMA %u has the same flags, file and anon_vma: it grows "
                              "to [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x) instead of "
                              "a new VMA", fn, ev->vma, ev->start, ev->end);
    case MMS_EV_VMA_SPLIT:
      return g_strdup_printf ("%s: VMA %u is split into [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER
                              "x) and the new VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x)",
                              fn, ev->vma, ev->start, ev->end, ev->vma2, ev->start2, ev->end2);
    case MMS_EV_VMA_ADJUST:
      return g_strdup_printf ("%s: VMA %u becomes [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x)",
                              fn, ev->vma, ev->start, ev->end);
    case MMS_EV_VMA_FLAGS:
      return g_strdup_printf ("%s: VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER
                              "x) gets vm_flags 0x%lx (was 0x%" G_GINT64_MODIFIER "x)", fn, ev->vma,
                              ev->start, ev->end, ev->flags, ev->count);
    case MMS_EV_VMA_REMOVE:
      return g_strdup_printf ("%s: VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER
                              "x) is unlinked and freed", fn, ev->vma, ev->start, ev->end);
    case MMS_EV_RB_INSERT:
      return g_strdup_printf ("%s: VMA %u's node is linked as a red leaf of the VMA tree", fn, ev->vma);
    case MMS_EV_RB_ERASE:
      return g_strdup_printf ("%s: VMA %u's node leaves the VMA tree", fn, ev->vma);
    case MMS_EV_RB_ROTATE_LEFT:
    case MMS_EV_RB_ROTATE_RIGHT:
      return g_strdup_printf ("%s: rotate %s at VMA %u: VMA %u moves up", fn,
                              ev->kind == MMS_EV_RB_ROTATE_LEFT ? "left" : "right", ev->vma, ev->vma2);
    case MMS_EV_RB_RECOLOR:
      return g_strdup_printf ("%s: VMA %u's node turns %s", fn, ev->vma, ev->count == 0 ? "red" : "black");
    case MMS_EV_RB_REPLACE:
      return g_strdup_printf ("%s: VMA %u's successor, VMA %u, takes its place in the tree", fn,
                              ev->vma, ev->vma2);
    case MMS_EV_ANON_VMA_PREPARE:
      return g_strdup_printf ("%s: VMA %u %s anon_vma %u", fn, ev->vma,
                              ev->count ? "reuses its neighbour's" : "gets a new", ev->obj);
    case MMS_EV_BRK:
      return g_strdup_printf ("%s: the break moves from 0x%" G_GINT64_MODIFIER "x to 0x%" G_GINT64_MODIFIER
                              "x%s", fn, ev->start, ev->end, ev->end == ev->addr ? "" : " (refused)");
    case MMS_EV_MREMAP_MOVE:
      return g_strdup_printf ("%s: [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x) cannot grow in "
                              "place: it moves to [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER
                              "x) with its page-table entries", fn, ev->start, ev->end, ev->start2, ev->end2);
    case MMS_EV_SHM:
      if (ev->mm == 0)
        return g_strdup_printf ("shmget: SysV segment 0x%" G_GINT64_MODIFIER "x of %" G_GUINT64_FORMAT
                                " KiB", ev->count, ev->end >> 10);
      return g_strdup_printf ("%s: segment 0x%" G_GINT64_MODIFIER "x attached at 0x%" G_GINT64_MODIFIER "x",
                              fn, ev->count, ev->addr);
    case MMS_EV_EXPAND_STACK:
      return g_strdup_printf ("%s: the stack VMA %u grows down to 0x%" G_GINT64_MODIFIER "x to cover 0x%"
                              G_GINT64_MODIFIER "x", fn, ev->vma, ev->start, ev->addr);
    case MMS_EV_PTE_ALLOC:
      if (ev->level == 0)
        return g_strdup_printf ("pgd_alloc: mm %u gets its top-level table (PGD) in frame 0x%"
                                G_GINT64_MODIFIER "x", ev->mm, ev->pfn);
      return g_strdup_printf ("%s: mm %u gets a %s table in frame 0x%" G_GINT64_MODIFIER
                              "x for the span from 0x%" G_GINT64_MODIFIER "x",
                              pgtable_alloc_function (ev), ev->mm, pgtable_level_name (ev),
                              ev->pfn, ev->addr);
    case MMS_EV_PGTABLE_FREE:
      return g_strdup_printf ("%s: mm %u frees the %s table in frame 0x%" G_GINT64_MODIFIER
                              "x (span from 0x%" G_GINT64_MODIFIER "x): no VMA needs it",
                              ev->level == 0 ? "pgd_free" : fn, ev->mm, pgtable_level_name (ev),
                              ev->pfn, ev->addr);
    case MMS_EV_SET_PTE:
      if (pte_is_swap (ev->pte))
        return g_strdup_printf ("%s: the entry for 0x%" G_GINT64_MODIFIER "x becomes swap entry "
                                "0x%" G_GINT64_MODIFIER "x (slot %" G_GUINT64_FORMAT ")",
                                fn, ev->addr, ev->pte, ev->pte >> 12);
      return g_strdup_printf ("%s: the entry for 0x%" G_GINT64_MODIFIER "x becomes 0x%"
                              G_GINT64_MODIFIER "x (frame 0x%" G_GINT64_MODIFIER "x)",
                              fn, ev->addr, ev->pte, ev->pfn);
    case MMS_EV_PTE_CLEAR:
      return g_strdup_printf ("%s: the entry for 0x%" G_GINT64_MODIFIER "x (0x%" G_GINT64_MODIFIER
                              "x) is cleared%s", fn, ev->addr, ev->pte,
                              pte_is_swap (ev->pte) ? ", giving back its swap slot" : "");
    case MMS_EV_PTE_WRPROTECT:
      return g_strdup_printf ("%s: the entry for 0x%" G_GINT64_MODIFIER "x becomes read-only (0x%"
                              G_GINT64_MODIFIER "x), so the next write faults", fn, ev->addr, ev->pte);
    case MMS_EV_COPY_PTE:
      if (pte_is_swap (ev->pte))
        return g_strdup_printf ("%s: the child's entry for 0x%" G_GINT64_MODIFIER "x holds swap slot %"
                                G_GUINT64_FORMAT " too", fn, ev->addr, ev->pte >> 12);
      return g_strdup_printf ("%s: the child's entry for 0x%" G_GINT64_MODIFIER "x maps frame 0x%"
                              G_GINT64_MODIFIER "x too (0x%" G_GINT64_MODIFIER "x)",
                              fn, ev->addr, ev->pfn, ev->pte);
    case MMS_EV_FAULT:
      return g_strdup_printf ("%s: pid %d %s 0x%" G_GINT64_MODIFIER "x", fn, ev->pid2,
                              ev->count == 1 ? "writes" : ev->count == 2 ? "executes at" : "reads",
                              ev->addr);
    case MMS_EV_ZERO_PAGE_MAP:
      return g_strdup_printf ("%s: a read of untouched anonymous memory at 0x%" G_GINT64_MODIFIER
                              "x maps the shared zero page read-only", fn, ev->addr);
    case MMS_EV_ANON_PAGE:
      return g_strdup_printf ("%s: a write at 0x%" G_GINT64_MODIFIER "x gets the new zeroed frame 0x%"
                              G_GINT64_MODIFIER "x", fn, ev->addr, ev->pfn);
    case MMS_EV_FILE_FAULT:
      return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x maps page-cache frame 0x%" G_GINT64_MODIFIER
                              "x (%s fault)", fn, ev->addr, ev->pfn,
                              ev->count ? "major: read from the file" : "minor: already cached");
    case MMS_EV_WP_COPY:
      return g_strdup_printf ("%s: copy-on-write at 0x%" G_GINT64_MODIFIER "x: frame 0x%" G_GINT64_MODIFIER
                              "x is copied to the new frame 0x%" G_GINT64_MODIFIER "x", fn, ev->addr,
                              ev->pfn, ev->pfn2);
    case MMS_EV_WP_REUSE:
      return g_strdup_printf ("%s: frame 0x%" G_GINT64_MODIFIER "x at 0x%" G_GINT64_MODIFIER
                              "x has no other mapper: it is made writable in place", fn, ev->pfn,
                              ev->addr);
    case MMS_EV_SWAP_IN:
      return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x is read back from swap slot %"
                              G_GUINT64_FORMAT " into frame 0x%" G_GINT64_MODIFIER "x (major fault)",
                              fn, ev->addr, ev->count, ev->pfn);
    case MMS_EV_SEGV:
      return g_strdup_printf ("%s: SIGSEGV for pid %d at 0x%" G_GINT64_MODIFIER "x (%s)", fn, ev->pid2,
                              ev->addr, ev->count == 2 ? "SEGV_ACCERR: the VMA forbids the access"
                              : "SEGV_MAPERR: no VMA maps the address");
    case MMS_EV_PAGE_CACHE_ADD:
      return g_strdup_printf ("%s: frame 0x%" G_GINT64_MODIFIER "x now caches page %" G_GUINT64_FORMAT
                              " of file %" G_GUINT64_FORMAT, fn, ev->pfn, ev->addr, ev->count);
    case MMS_EV_LRU_ADD:
      return g_strdup_printf ("%s: frame 0x%" G_GINT64_MODIFIER "x goes to the head of the inactive list",
                              fn, ev->pfn);
    case MMS_EV_LRU_MOVE:
      return g_strdup_printf ("%s: frame 0x%" G_GINT64_MODIFIER "x moves from the %s list to the head "
                              "of the %s list", fn, ev->pfn, lru_name (ev->from_list),
                              lru_name (ev->to_list));
    case MMS_EV_RECLAIM:
      return g_strdup_printf ("%s: no free frame: direct reclaim looks for %" G_GUINT64_FORMAT " %s",
                              fn, ev->count, frames_word (ev->count));
    case MMS_EV_DROP_PAGE:
      return g_strdup_printf ("%s: clean page-cache frame 0x%" G_GINT64_MODIFIER "x is dropped", fn, ev->pfn);
    case MMS_EV_WRITEBACK:
      return g_strdup_printf ("%s: dirty page-cache frame 0x%" G_GINT64_MODIFIER "x is written back to "
                              "its file", fn, ev->pfn);
    case MMS_EV_SWAP_OUT:
      return g_strdup_printf ("%s: anonymous frame 0x%" G_GINT64_MODIFIER "x is written to swap slot %"
                              G_GUINT64_FORMAT " and freed", fn, ev->pfn, ev->count);
    case MMS_EV_OOM_KILL:
      return g_strdup_printf ("%s: out of memory: kill pid %d, the largest (%" G_GUINT64_FORMAT
                              " resident and swapped pages)", fn, ev->pid2, ev->count);
    case MMS_NR_EVENT_KINDS:
    default:
      break;
    }
  return g_strdup (fn);
}
