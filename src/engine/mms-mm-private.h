/* mms-mm-private.h: what the address-space modules of the engine call in
 * each other.  Not for the runner, render or app: they use mms-process.h. */
#pragma once

#include "mms-mm.h"
#include "mms-buddy.h"
#include "mms-slab.h"

G_BEGIN_DECLS

/* --- mms-vma.c: VMAs, the list and the tree ---------------------------- */

/* find_vma(): the first VMA with vm_end > addr (mmap_cache, then the tree). */
struct vm_area_struct *mms_find_vma (struct mm_struct *mm,
                                     guint64           addr);
/* find_vma_prev(): find_vma (), and in *PPREV the VMA before it (the last
 * VMA when there is none after ADDR). */
struct vm_area_struct *mms_find_vma_prev (struct mm_struct       *mm,
                                          guint64                 addr,
                                          struct vm_area_struct **pprev);
/* vma_iter_store() / vma_iter_clear_gfp(): the maple tree's store of VMA
 * (NULL: an erase) over [start, end), logged in machine->mt_log. */
void mms_mm_mt_store (struct mm_struct      *mm,
                      guint64                start,
                      guint64                end,
                      struct vm_area_struct *vma);
/* unmapped_area_topdown() through the maple tree (mas_empty_area_rev):
 * the highest address in [low, high) where LEN fits, or G_MAXUINT64. */
guint64 mms_mt_unmapped_area_topdown (struct mm_struct *mm,
                                      guint64           len,
                                      guint64           low,
                                      guint64           high);
/* Every VMA of the list in the maple tree once, at its range, and nothing
 * else; the tree's own invariants (mms_mt_check ()). */
gboolean mms_check_mm_mt (struct mm_struct  *mm,
                          GError           **error);
/* The VMA containing addr, or NULL. */
struct vm_area_struct *mms_vma_lookup (struct mm_struct *mm,
                                       guint64           addr);
static inline gboolean
mms_vma_is_anonymous (const struct vm_area_struct *vma)
{
  return vma->vm_file == NULL && vma->special == NULL;
}
/* anon_vma_prepare(): FALSE when no anon_vma object could be allocated. */
gboolean mms_anon_vma_prepare (struct vm_area_struct *vma);
/* expand_stack(): grow the VM_GROWSDOWN vma down to cover addr. */
gboolean mms_expand_stack (struct vm_area_struct *vma,
                           guint64                addr);

/* --- mms-pgtable.c: page tables ----------------------------------------- */

/* pgd_alloc()/pgd_free(): the top-level table of a new mm. */
gboolean mms_pgd_alloc (struct mm_struct *mm);
void mms_pgd_free (struct mm_struct *mm);
/* The PTE slot for addr, or NULL when a table on the way is missing. */
guint64 *mms_pte_lookup (struct mm_struct *mm,
                         guint64           addr);
/* The PTE slot for addr, allocating tables on the way (PTE_ALLOC events);
 * NULL when no frame could be had. */
guint64 *mms_pte_alloc (struct mm_struct *mm,
                        guint64           addr);
/* unmap_page_range(): clears the PTEs of [start, end) in vma, drops the
 * frames' counts (freeing frames nobody holds) and swap slots. */
void mms_zap_page_range (struct vm_area_struct *vma,
                         guint64                start,
                         guint64                end);
/* free_pgtables(): frees the page-table pages below the PGD whose span
 * meets [start, end), a range no VMA is in any more, and holds no VMA. */
void mms_free_pgtables (struct mm_struct *mm,
                        guint64           start,
                        guint64           end);
/* change_protection(): the present PTEs of [start, end) follow vma's
 * (new) vm_flags: RW only where the kernel keeps it, NX from VM_EXEC. */
void mms_change_protection (struct vm_area_struct *vma,
                            guint64                start,
                            guint64                end);
/* move_page_tables(): moves the entries of [old_addr, old_addr + len) to
 * new_addr (mremap).  FALSE when a table could not be allocated. */
gboolean mms_move_page_tables (struct mm_struct *mm,
                               guint64           old_addr,
                               guint64           new_addr,
                               guint64           len);
/* copy_page_range(): fork's copy of src_vma's entries into dst (only for
 * VMAs with an anon_vma: vma_needs_copy()). */
gboolean mms_copy_page_range (struct vm_area_struct *dst_vma,
                              struct vm_area_struct *src_vma);
/* The entry for addr as the protection of vma wants it for frame pfn. */
guint64 mms_mk_pte (struct vm_area_struct *vma,
                    guint64                pfn,
                    gboolean               writable);
/* The next entry that is not none at or above *addr and below end, with
 * *addr set to its address; NULL when there is none.  Missing tables are
 * skipped whole.  Iterate with addr += MMS_PAGE_SIZE after each hit. */
guint64 *mms_pte_next (struct mm_struct *mm,
                       guint64          *addr,
                       guint64           end);
/* "PGD", "PUD", "PMD", "PTE" (i386: "PGD", "PTE") for level 0 (the top) on. */
const char *mms_pgtable_level_name (MmsMachine *machine,
                                    guint       level);
/* Every mm that has a PGD, found from the page-table frames themselves, so
 * that an mm half built (fork) or half torn down (exit) is never missed. */
GPtrArray *mms_pgtable_mms (MmsMachine *machine);
/* At the machine's end: frees the entry arrays of MM's tables, walked down
 * from its PGD (no frame goes back to the buddy allocator, no event);
 * returns how many tables it found (mm->nr_pgtables when invariant 1
 * holds). */
guint64 mms_pgtable_release (struct mm_struct *mm);
/* The RSS counter (MM_ANONPAGES, MM_FILEPAGES, MM_SHMEMPAGES) of a frame
 * owned by OWNER grows by DELTA. */
static inline void
mms_mm_add_rss (struct mm_struct *mm,
                guint             owner,
                gint64            delta)
{
  if (owner == MMS_OWNER_ANON)
    mm->rss_anon += delta;
  else if (owner == MMS_OWNER_SHMEM)
    mm->rss_shmem += delta;
  else
    mm->rss_file += delta;
}

/* --- mms-fault.c: faults ---------------------------------------------- */

/* handle_mm_fault() and the classification of engine.md section 4 for one
 * page.  On SIGSEGV the caller kills the task. */
MmsFaultResult mms_handle_fault (struct task_struct *task,
                                 guint64             addr,
                                 MmsAccess           access);

/* --- mms-reclaim.c: LRU, reclaim, swap, OOM ---------------------------- */

/* An order-0 frame for user memory (GFP_HIGHUSER_MOVABLE): on failure,
 * direct reclaim, then the OOM killer, then one more try. */
gboolean mms_alloc_user_page (MmsMachine   *machine,
                              MmsPageOwner  owner,
                              guint64      *pfn_out);
void mms_lru_add (MmsMachine *machine,
                  guint64     pfn);
void mms_lru_del (MmsMachine *machine,
                  guint64     pfn);
/* try_to_free_pages(): returns the number of frames freed. */
guint64 mms_try_to_free_pages (MmsMachine *machine,
                               guint64     nr_pages);
void mms_swap_free (MmsMachine *machine,
                    guint64     slot);

/* Drops one reference to a user frame (put_page); frees it at zero. */
void mms_put_user_page (MmsMachine *machine,
                        guint64     pfn);

/* --- mms-process.c -------------------------------------------------- */

/* Kills TASK (SIGSEGV or the OOM killer): its mm is released as at exit. */
void mms_task_kill (struct task_struct *task,
                    MmsTaskState        why);

/* --- mms-proc.c ------------------------------------------------------- */

/* One /proc/PID/maps line for VMA, with its newline. */
void mms_format_maps_line (struct vm_area_struct *vma,
                           GString               *out);

/* --- checkers ---------------------------------------------------------- */

/* PTEs, frames' mapcounts, RSS counters, LRU and swap (mms-pgtable.c). */
gboolean mms_check_pgtables (MmsMachine  *machine,
                             GError     **error);

G_END_DECLS
