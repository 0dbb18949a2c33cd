/* mms-pgtable.c: page tables (arch/x86/mm/pgtable.c, mm/memory.c,
 * mm/mprotect.c, mm/mremap.c) and their checker.
 *
 * Each table is an order-0 frame from the buddy allocator, owned by
 * MMS_OWNER_PAGETABLE.  Its entries (512 of them on x86_64, 1024 on i386
 * without PAE) hang off the frame's struct page: ->private holds the
 * guint64 array, ->index the table's level (0 is the PGD) and ->mapping
 * the mm_struct it belongs to, as page->pt_mm does for a PGD in Linux.
 * An upper-level entry is (pfn << 12) | PRESENT | RW | USER | ACCESSED, as
 * pmd_populate() and friends write it; a leaf entry follows the x86 bits of
 * mms-mm.h, or is a swap entry.
 *
 * Tables are built lazily: a fault walks down from the PGD and allocates
 * each missing table on the way (__pud_alloc(), __pmd_alloc(),
 * __pte_alloc()).  They go away only in free_pgtables(), when no VMA is
 * left in the span a table covers, and the PGD itself in pgd_free().
 *
 * Invariants (engine.md section 8), cited by number below and checked by
 * mms_check_pgtables() after every event in the tests:
 *  (1) every table of an mm is reachable from its PGD exactly once, is an
 *      order-0 frame owned by MMS_OWNER_PAGETABLE whose ->private holds the
 *      entries, and mm->nr_pgtables counts them, the PGD included;
 *  (2) every present PTE maps a frame whose mapcount counts exactly the
 *      PTEs mapping it, and whose _refcount is at least that, plus one for
 *      the page cache's own reference on a cached frame;
 *  (3) the zero page is never mapped writable;
 *  (4) mm->rss_anon, rss_file and rss_shmem count the present PTEs by the
 *      owner of their frame (the zero page is in none), rss_swap the swap
 *      entries;
 *  (5) swap_map[slot] counts the swap entries that hold slot;
 *  (6) no entry lies outside a VMA;
 *  (7) the LRU lists are well linked, their frames carry PG_lru (and
 *      PG_active on the active list) and nr_lru counts them;
 *  (8) between operations (op_busy 0), a VMA meets the span of every table
 *      below the PGD: tables are made only for faults inside VMAs, and
 *      free_pgtables() frees the ones a munmap leaves without a VMA.
 */
#include "mms-mm-private.h"
#include "mms-vma-index.h"

#define TABLE_ENTRY_FLAGS (MMS_PTE_PRESENT | MMS_PTE_RW | MMS_PTE_USER | MMS_PTE_ACCESSED)

/* --- levels ------------------------------------------------------------- */

/* mms_task_size(), mms_mmap_base(), mms_pgtable_levels() and
 * mms_pgtable_entries() live in mms-process.c. */

const char *
mms_pgtable_level_name (MmsMachine *machine,
                        guint       level)
{
  static const char * const names64[] = { "PGD", "PUD", "PMD", "PTE" };
  static const char * const names32[] = { "PGD", "PTE" };

  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    return level < 4 ? names64[level] : "?";
  return level < 2 ? names32[level] : "?";
}

/* The lowest address bit a level's index covers: 39/30/21/12 on x86_64,
 * 22/12 on i386. */
static inline guint
level_shift (MmsMachine *machine,
             guint       level)
{
  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    return 39 - 9 * level;
  return 22 - 10 * level;
}

static inline guint
pt_index (MmsMachine *machine,
          guint       level,
          guint64     addr)
{
  return (addr >> level_shift (machine, level)) & (mms_pgtable_entries (machine) - 1);
}

static inline guint64 *
table_entries (MmsMachine *machine,
               guint64     pfn)
{
  return machine->mem_map[pfn].private;
}

/* The highest address the tables can translate, plus one. */
static inline guint64
va_limit (MmsMachine *machine)
{
  return machine->arch == MMS_ARCH_PRESET_X86_64 ? G_GUINT64_CONSTANT (1) << 47
                                                 : G_GUINT64_CONSTANT (1) << 32;
}

/* --- allocating and freeing tables ------------------------------------ */

/* A zeroed table frame for LEVEL of MM.  Page-table pages are GFP_KERNEL
 * allocations: on failure the kernel reclaims before it gives up, which is
 * done here too (but the OOM killer is left to user allocations, so that a
 * walk never loses the mm it walks). */
static gboolean
alloc_table (struct mm_struct *mm,
             guint             level,
             guint64          *pfn_out)
{
  MmsMachine *machine = mm->machine;
  struct page *page;

  if (!mms_alloc_pages (machine, MMS_GFP_KERNEL, 0, MMS_OWNER_PAGETABLE, pfn_out))
    {
      if (mms_try_to_free_pages (machine, 32) == 0
          || !mms_alloc_pages (machine, MMS_GFP_KERNEL, 0, MMS_OWNER_PAGETABLE, pfn_out))
        return FALSE;
    }
  page = mms_pfn_to_page (machine, *pfn_out);
  page->private = g_new0 (guint64, mms_pgtable_entries (machine));
  page->index = level;
  page->mapping = mm;
  return TRUE;
}

/* A table event; order carries the number of levels, so that a
 * description can name the level without knowing the machine. */
static void
emit_table (struct mm_struct *mm,
            MmsEventKind      kind,
            guint64           pfn,
            guint             level,
            guint64           addr)
{
  if (MMS_EMITTING (mm->machine))
    mms_machine_emit (mm->machine, &(MmsEvent) {
      .kind = kind, .mm = mm->id, .pfn = pfn, .level = level, .addr = addr,
      .order = mms_pgtable_levels (mm->machine),
    });
}

/* Frees a table already unhooked from its parent (pte_free() and co). */
static void
free_table (struct mm_struct *mm,
            guint64           pfn,
            guint             level,
            guint64           addr)
{
  MmsMachine *machine = mm->machine;
  struct page *page = mms_pfn_to_page (machine, pfn);

  g_clear_pointer (&page->private, g_free);
  page->mapping = NULL;
  mm->nr_pgtables--;
  mm->pgtable_frees++;
  /* Invariant (1) holds again: the table is unreachable and uncounted. */
  emit_table (mm, MMS_EV_PGTABLE_FREE, pfn, level, addr);
  mms_free_pages (machine, pfn, 0);
}

gboolean
mms_pgd_alloc (struct mm_struct *mm)
{
  guint64 pfn;

  g_return_val_if_fail (mm != NULL && mm->pgd == 0, FALSE);

  /* pgd_alloc(): the user half starts empty (the kernel half of a real
   * PGD is shared and not modelled). */
  if (!alloc_table (mm, 0, &pfn))
    return FALSE;
  mm->pgd = pfn;
  mm->nr_pgtables++;
  emit_table (mm, MMS_EV_PTE_ALLOC, pfn, 0, 0);
  return TRUE;
}

guint64 *
mms_pte_lookup (struct mm_struct *mm,
                guint64           addr)
{
  MmsMachine *machine;
  guint levels;
  guint64 table;

  g_return_val_if_fail (mm != NULL, NULL);

  machine = mm->machine;
  if (mm->pgd == 0 || addr >= va_limit (machine))
    return NULL;
  levels = mms_pgtable_levels (machine);
  table = mm->pgd;
  for (guint level = 0; level + 1 < levels; level++)
    {
      guint64 entry = table_entries (machine, table)[pt_index (machine, level, addr)];

      if (!mms_pte_present (entry))
        return NULL;
      table = mms_pte_pfn (entry);
    }
  return &table_entries (machine, table)[pt_index (machine, levels - 1, addr)];
}

/* __handle_mm_fault()'s walk: p4d/pud/pmd_alloc() and __pte_alloc() fill
 * each missing level with a new table (pud_populate(), pmd_populate()). */
guint64 *
mms_pte_alloc (struct mm_struct *mm,
               guint64           addr)
{
  MmsMachine *machine;
  guint levels;
  guint64 table;

  g_return_val_if_fail (mm != NULL && mm->pgd != 0, NULL);

  machine = mm->machine;
  g_return_val_if_fail (addr < va_limit (machine), NULL);
  levels = mms_pgtable_levels (machine);
  table = mm->pgd;
  for (guint level = 0; level + 1 < levels; level++)
    {
      guint idx = pt_index (machine, level, addr);
      guint64 entry = table_entries (machine, table)[idx];

      if (mms_pte_none (entry))
        {
          guint64 pfn;
          guint shift = level_shift (machine, level);

          if (!alloc_table (mm, level + 1, &pfn))
            return NULL;
          /* The allocation may have reclaimed, which never frees tables:
           * the parent is still where it was. */
          entry = (pfn << MMS_PAGE_SHIFT) | TABLE_ENTRY_FLAGS;
          table_entries (machine, table)[idx] = entry;
          mm->nr_pgtables++;
          /* Invariant (1): reachable and counted. */
          emit_table (mm, MMS_EV_PTE_ALLOC, pfn, level + 1,
                      (addr >> shift) << shift);
        }
      table = mms_pte_pfn (entry);
    }
  return &table_entries (machine, table)[pt_index (machine, levels - 1, addr)];
}

guint64 *
mms_pte_next (struct mm_struct *mm,
              guint64          *addr,
              guint64           end)
{
  MmsMachine *machine;
  guint levels;
  guint64 a;

  g_return_val_if_fail (mm != NULL && addr != NULL, NULL);

  machine = mm->machine;
  if (mm->pgd == 0)
    return NULL;
  levels = mms_pgtable_levels (machine);
  end = MIN (end, va_limit (machine));
  a = *addr & MMS_PAGE_MASK;
  while (a < end)
    {
      guint64 table = mm->pgd;
      guint level;

      for (level = 0; level + 1 < levels; level++)
        {
          guint64 entry = table_entries (machine, table)[pt_index (machine, level, a)];
          if (!mms_pte_present (entry))
            break;
          table = mms_pte_pfn (entry);
        }
      if (level + 1 < levels)
        {
          /* A missing table: skip the whole span it would cover. */
          guint64 span = G_GUINT64_CONSTANT (1) << level_shift (machine, level);
          a = (a | (span - 1)) + 1;
          continue;
        }
      {
        guint64 *entries = table_entries (machine, table);
        guint idx = pt_index (machine, levels - 1, a);
        guint n = mms_pgtable_entries (machine);

        for (; idx < n && a < end; idx++, a += MMS_PAGE_SIZE)
          if (!mms_pte_none (entries[idx]))
            {
              *addr = a;
              return &entries[idx];
            }
      }
    }
  return NULL;
}

GPtrArray *
mms_pgtable_mms (MmsMachine *machine)
{
  GPtrArray *mms = g_ptr_array_new ();

  for (guint64 pfn = 0; pfn < machine->nr_frames; pfn++)
    {
      struct page *page = &machine->mem_map[pfn];

      if (page->owner == MMS_OWNER_PAGETABLE && page->private != NULL
          && page->index == 0 && page->mapping != NULL
          && ((struct mm_struct *) page->mapping)->pgd == pfn)
        g_ptr_array_add (mms, page->mapping);
    }
  return mms;
}

/* mms_pgtable_release (): TABLE of LEVEL and every table below it. */
static guint64
release_below (MmsMachine *machine,
               guint64     table,
               guint       level)
{
  guint levels = mms_pgtable_levels (machine);
  guint n = mms_pgtable_entries (machine);
  struct page *page = &machine->mem_map[table];
  guint64 *entries = page->private;
  guint64 found = 1;

  if (page->owner != MMS_OWNER_PAGETABLE || (page->flags & PG_buddy) || entries == NULL)
    return 0;
  if (level + 1 < levels)
    for (guint i = 0; i < n; i++)
      if (!mms_pte_none (entries[i]) && mms_pte_pfn (entries[i]) < machine->nr_frames)
        found += release_below (machine, mms_pte_pfn (entries[i]), level + 1);
  g_clear_pointer (&page->private, g_free);
  return found;
}

guint64
mms_pgtable_release (struct mm_struct *mm)
{
  MmsMachine *machine = mm->machine;

  /* An mm whose PGD went (exit) may name a frame another mm now has. */
  if (mm->pgd >= machine->nr_frames || machine->mem_map[mm->pgd].mapping != mm
      || machine->mem_map[mm->pgd].index != 0)
    return 0;
  return release_below (machine, mm->pgd, 0);
}

/* Frees every table below TABLE of LEVEL (covering from BASE), bottom up,
 * each unhooked from its parent just before it goes, so that the tables
 * reachable from the PGD are always the ones nr_pgtables counts
 * (invariant 1).  No VMA intersects the span, so the leaf entries are all
 * none (invariant 6); with FORCE (pgd_free() after exit_mmap()) a leftover
 * entry is reported. */
static void
free_below (struct mm_struct *mm,
            guint64           table,
            guint             level,
            guint64           base,
            gboolean          force)
{
  MmsMachine *machine = mm->machine;
  guint levels = mms_pgtable_levels (machine);
  guint n = mms_pgtable_entries (machine);
  guint64 *entries = table_entries (machine, table);
  guint64 span = G_GUINT64_CONSTANT (1) << level_shift (machine, level);

  for (guint i = 0; i < n; i++)
    {
      guint64 child;

      if (mms_pte_none (entries[i]))
        continue;
      if (level + 1 == levels)
        {
          if (force)
            g_warning ("pgd_free: mm %u still maps 0x%" G_GINT64_MODIFIER "x", mm->id,
                       base + i * span);
          continue;
        }
      child = mms_pte_pfn (entries[i]);
      free_below (mm, child, level + 1, base + i * span, force);
      entries[i] = 0;
      free_table (mm, child, level + 1, base + i * span);
    }
}

/* The range free_pgtables() works on: [start, end) was just unmapped,
 * and no VMA lies in [floor, ceiling), the gap around it between the VMA
 * before (its vm_end, or 0) and the VMA after (its vm_start, or the top),
 * as free_pgd_range() gets them from its callers. */
typedef struct
{
  guint64 start, end;
  guint64 floor, ceiling;
} FreeRange;

/* free_pgd_range() in the form of a recursion: below TABLE (of LEVEL,
 * covering from BASE), every table whose span intersects [start, end) and
 * lies in the VMA-free [floor, ceiling) goes, with all the tables under it.
 * A span that meets [start, end) holds a VMA exactly when it reaches below
 * floor or above ceiling (the VMAs next to the gap are the nearest ones),
 * so no VMA is looked up, and only the entries within [start, end) are
 * looked at: unmapping a few pages does not scan whole tables. */
static void
free_level (struct mm_struct *mm,
            guint64           table,
            guint             level,
            guint64           base,
            const FreeRange  *range)
{
  MmsMachine *machine = mm->machine;
  guint levels = mms_pgtable_levels (machine);
  guint n = mms_pgtable_entries (machine);
  guint64 *entries = table_entries (machine, table);
  guint shift = level_shift (machine, level);
  guint64 span = G_GUINT64_CONSTANT (1) << shift;
  guint64 first, last;

  if (level + 1 == levels)
    return;
  first = range->start > base ? (range->start - base) >> shift : 0;
  last = range->end - 1 > base ? ((range->end - 1 - base) >> shift) : 0;
  last = MIN (last, (guint64) n - 1);
  for (guint64 i = first; i <= last; i++)
    {
      guint64 child_base = base + i * span;
      guint64 child;

      if (mms_pte_none (entries[i]))
        continue;
      child = mms_pte_pfn (entries[i]);
      /* child_base + span - 1: the top span of the address space ends at
       * 2^64, which does not fit. */
      if (child_base >= range->floor && child_base + span - 1 <= range->ceiling - 1)
        {
          free_below (mm, child, level + 1, child_base, FALSE);
          entries[i] = 0;
          free_table (mm, child, level + 1, child_base);
        }
      else
        free_level (mm, child, level + 1, child_base, range);
    }
}

void
mms_free_pgtables (struct mm_struct *mm,
                   guint64           start,
                   guint64           end)
{
  struct vm_area_struct *prev, *next;
  FreeRange range;

  g_return_if_fail (mm != NULL);

  if (mm->pgd == 0 || start >= end)
    return;
  /* The VMAs around the range: the first one ending above it starts at or
   * above its end (the range holds none), and the one before it. */
  next = mms_find_vma_prev (mm, start, &prev);
  g_return_if_fail (next == NULL || next->vm_start >= end);
  range.start = start;
  range.end = end;
  range.floor = prev != NULL ? prev->vm_end : 0;
  range.ceiling = next != NULL ? next->vm_start : 0;   /* 0: the top, 2^64 */
  free_level (mm, mm->pgd, 0, 0, &range);
}

void
mms_pgd_free (struct mm_struct *mm)
{
  guint64 pgd;

  g_return_if_fail (mm != NULL);

  if (mm->pgd == 0)
    return;
  free_below (mm, mm->pgd, 0, 0, TRUE);
  pgd = mm->pgd;
  mm->pgd = 0;
  free_table (mm, pgd, 0, 0);
}

/* --- entries ------------------------------------------------------------ */

/* mk_pte(page, vma->vm_page_prot): x86's protection_map[] entries all carry
 * _PAGE_ACCESSED, and on x86_64 _PAGE_NX unless VM_EXEC. */
guint64
mms_mk_pte (struct vm_area_struct *vma,
            guint64                pfn,
            gboolean               writable)
{
  guint64 pte;

  g_return_val_if_fail (vma != NULL, 0);

  pte = (pfn << MMS_PAGE_SHIFT) | MMS_PTE_PRESENT | MMS_PTE_USER | MMS_PTE_ACCESSED;
  if (writable)
    pte |= MMS_PTE_RW;
  if (vma->vm_mm->machine->arch == MMS_ARCH_PRESET_X86_64 && !(vma->vm_flags & VM_EXEC))
    pte |= MMS_PTE_NX;
  return pte;
}

static void
emit_pte (struct mm_struct      *mm,
          MmsEventKind           kind,
          struct vm_area_struct *vma,
          guint64                addr,
          guint64                pte,
          guint64                pfn)
{
  if (MMS_EMITTING (mm->machine))
    mms_machine_emit (mm->machine, &(MmsEvent) {
      .kind = kind, .mm = mm->id, .vma = vma != NULL ? vma->id : 0,
      .addr = addr, .pte = pte, .pfn = pfn,
    });
}

/* zap_pte_range() with zap_present_ptes() and the swap-entry case: each
 * entry is cleared, the frame loses the PTE's map count and reference
 * (a dirty PTE of a file frame dirties the frame first: folio_mark_dirty()),
 * and a swap entry gives back its use of the slot. */
void
mms_zap_page_range (struct vm_area_struct *vma,
                    guint64                start,
                    guint64                end)
{
  struct mm_struct *mm;
  MmsMachine *machine;
  guint64 *ptep;
  guint64 addr;

  g_return_if_fail (vma != NULL);

  mm = vma->vm_mm;
  machine = mm->machine;
  for (addr = start; (ptep = mms_pte_next (mm, &addr, end)) != NULL; addr += MMS_PAGE_SIZE)
    {
      guint64 pte = *ptep;

      if (mms_pte_present (pte))
        {
          guint64 pfn = mms_pte_pfn (pte);
          gboolean normal = pfn != machine->zero_pfn;

          *ptep = 0;
          if (normal)
            {
              struct page *page = mms_pfn_to_page (machine, pfn);

              if (page->owner != MMS_OWNER_ANON && (pte & MMS_PTE_DIRTY))
                page->flags |= PG_dirty;
              page->mapcount--;
              mms_mm_add_rss (mm, page->owner, -1);
            }
          /* Invariants (2) and (4): the count and the counter went with
           * the entry; the reference goes below. */
          emit_pte (mm, MMS_EV_PTE_CLEAR, vma, addr, pte, pfn);
          if (normal)
            mms_put_user_page (machine, pfn);
        }
      else if (mms_pte_is_swap (pte))
        {
          *ptep = 0;
          mm->rss_swap--;
          mms_swap_free (machine, mms_pte_swap_slot (pte));
          /* Invariants (4) and (5). */
          emit_pte (mm, MMS_EV_PTE_CLEAR, vma, addr, pte, 0);
        }
      else
        g_assert_not_reached ();
    }
}

/* change_pte_range(): the present entries of [start, end) follow the VMA's
 * new flags.  Removing write clears RW.  Adding write sets RW only on a
 * shared mapping whose frame needs no write notification (shmem, or a
 * frame already dirty: can_change_pte_writable()); a private mapping's
 * entries stay read-only and fault (to reuse or copy) on the next write.
 * NX follows VM_EXEC on x86_64.  Swap entries are left as they are.  A
 * PROT_NONE VMA keeps its entries present: the engine checks the VMA's
 * flags before the entry on every access, which is what _PAGE_PROTNONE
 * achieves in the kernel. */
void
mms_change_protection (struct vm_area_struct *vma,
                       guint64                start,
                       guint64                end)
{
  struct mm_struct *mm;
  MmsMachine *machine;
  guint64 *ptep;
  guint64 addr;

  g_return_if_fail (vma != NULL);

  mm = vma->vm_mm;
  machine = mm->machine;
  for (addr = start; (ptep = mms_pte_next (mm, &addr, end)) != NULL; addr += MMS_PAGE_SIZE)
    {
      guint64 old = *ptep, pte = old;
      guint64 pfn;

      if (!mms_pte_present (old))
        continue;
      pfn = mms_pte_pfn (old);
      if (!(vma->vm_flags & VM_WRITE))
        pte &= ~MMS_PTE_RW;
      else if ((vma->vm_flags & VM_SHARED) && pfn != machine->zero_pfn
               && (mms_pfn_to_page (machine, pfn)->owner == MMS_OWNER_SHMEM
                   || (old & MMS_PTE_DIRTY)))
        pte |= MMS_PTE_RW;
      if (machine->arch == MMS_ARCH_PRESET_X86_64)
        {
          if (vma->vm_flags & VM_EXEC)
            pte &= ~MMS_PTE_NX;
          else
            pte |= MMS_PTE_NX;
        }
      if (pte == old)
        continue;
      *ptep = pte;
      emit_pte (mm, (old & MMS_PTE_RW) && !(pte & MMS_PTE_RW) ? MMS_EV_PTE_WRPROTECT
                                                              : MMS_EV_SET_PTE,
                vma, addr, pte, pfn);
    }
}

/* move_ptes(): each entry moves as it is (accessed and dirty bits kept);
 * the frames keep their counts since one entry replaces another. */
gboolean
mms_move_page_tables (struct mm_struct *mm,
                      guint64           old_addr,
                      guint64           new_addr,
                      guint64           len)
{
  guint64 *ptep;
  guint64 addr;

  g_return_val_if_fail (mm != NULL, FALSE);

  for (addr = old_addr; (ptep = mms_pte_next (mm, &addr, old_addr + len)) != NULL;
       addr += MMS_PAGE_SIZE)
    {
      guint64 to = new_addr + (addr - old_addr);
      guint64 *new_ptep = mms_pte_alloc (mm, to);
      guint64 pte;

      if (new_ptep == NULL)
        return FALSE;
      /* Tables never move, but the allocation may have reclaimed: read
       * the entry again. */
      ptep = mms_pte_lookup (mm, addr);
      pte = *ptep;
      if (mms_pte_none (pte))
        continue;
      *ptep = 0;
      *new_ptep = pte;
      emit_pte (mm, MMS_EV_PTE_CLEAR, mms_vma_lookup (mm, addr), addr, pte,
                mms_pte_present (pte) ? mms_pte_pfn (pte) : 0);
      emit_pte (mm, MMS_EV_SET_PTE, mms_vma_lookup (mm, to), to, pte,
                mms_pte_present (pte) ? mms_pte_pfn (pte) : 0);
    }
  return TRUE;
}

/* copy_pte_range() with copy_present_pte() and copy_nonpresent_pte():
 * in a private (COW) mapping a writable entry is write-protected in the
 * parent and copied read-only to the child; the child's copy is old
 * (pte_mkold()), and clean in a shared mapping (pte_mkclean()).  The frame
 * gains a reference and a map count per copy; a swap entry gains a use of
 * its slot (swap_duplicate()). */
gboolean
mms_copy_page_range (struct vm_area_struct *dst_vma,
                     struct vm_area_struct *src_vma)
{
  struct mm_struct *src_mm, *dst_mm;
  MmsMachine *machine;
  gboolean cow;
  guint64 *src_ptep;
  guint64 addr;

  g_return_val_if_fail (dst_vma != NULL && src_vma != NULL, FALSE);

  src_mm = src_vma->vm_mm;
  dst_mm = dst_vma->vm_mm;
  machine = src_mm->machine;
  cow = !(src_vma->vm_flags & VM_SHARED);
  for (addr = src_vma->vm_start;
       (src_ptep = mms_pte_next (src_mm, &addr, src_vma->vm_end)) != NULL;
       addr += MMS_PAGE_SIZE)
    {
      guint64 *dst_ptep = mms_pte_alloc (dst_mm, addr);
      guint64 pte;

      if (dst_ptep == NULL)
        return FALSE;
      src_ptep = mms_pte_lookup (src_mm, addr);
      pte = *src_ptep;
      if (mms_pte_none (pte))
        continue;

      if (mms_pte_is_swap (pte))
        {
          guint64 slot = mms_pte_swap_slot (pte);

          g_assert (machine->swap_map[slot] < G_MAXUINT8);
          machine->swap_map[slot]++;
          *dst_ptep = pte;
          dst_mm->rss_swap++;
          /* Invariants (4) and (5). */
          emit_pte (dst_mm, MMS_EV_COPY_PTE, dst_vma, addr, pte, 0);
          continue;
        }

      g_assert (mms_pte_present (pte));
      {
        guint64 pfn = mms_pte_pfn (pte);

        if (pfn != machine->zero_pfn)
          {
            struct page *page = mms_pfn_to_page (machine, pfn);

            if (cow && (pte & MMS_PTE_RW))
              {
                /* ptep_set_wrprotect() on the parent's entry. */
                pte &= ~MMS_PTE_RW;
                *src_ptep = pte;
                emit_pte (src_mm, MMS_EV_PTE_WRPROTECT, src_vma, addr, pte, pfn);
              }
            if (!cow)
              pte &= ~MMS_PTE_DIRTY;
            page->_refcount++;
            page->mapcount++;
            mms_mm_add_rss (dst_mm, page->owner, 1);
          }
        pte &= ~MMS_PTE_ACCESSED;
        *dst_ptep = pte;
        /* Invariants (2) and (4): the count grew with the entry. */
        emit_pte (dst_mm, MMS_EV_COPY_PTE, dst_vma, addr, pte, pfn);
      }
    }
  return TRUE;
}

/* --- the checker ------------------------------------------------------ */

#define FAIL(...) \
  G_STMT_START { \
    g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID, __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

typedef struct
{
  guint32 *mapped;          /* per frame: present PTEs mapping it */
  guint32 *swapped;         /* per slot: swap entries holding it */
  guint8 *table_seen;       /* per frame: reached as a table */
} CheckState;

static void
check_state_clear (CheckState *st)
{
  g_free (st->mapped);
  g_free (st->swapped);
  g_free (st->table_seen);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckState, check_state_clear)

/* Invariants (1) and (8): the tables of MM, from the top; TABLE covers
 * from BASE. */
static gboolean
check_tables (struct mm_struct  *mm,
              guint64            table,
              guint              level,
              guint64            base,
              guint64           *count,
              CheckState        *st,
              GError           **error)
{
  MmsMachine *machine = mm->machine;
  struct page *page;
  guint n = mms_pgtable_entries (machine);
  guint64 span = G_GUINT64_CONSTANT (1) << level_shift (machine, level);

  if (table >= machine->nr_frames)
    FAIL ("mm %u: a table pointer 0x%" G_GINT64_MODIFIER "x lies beyond RAM", mm->id, table);
  page = mms_pfn_to_page (machine, table);
  if (page->owner != MMS_OWNER_PAGETABLE || page->private == NULL || page->mapping != mm
      || page->index != level || (page->flags & PG_buddy))
    FAIL ("mm %u: frame 0x%" G_GINT64_MODIFIER "x is not a %s table of it (invariant 1)",
          mm->id, table, mms_pgtable_level_name (machine, level));
  if (st->table_seen[table])
    FAIL ("table frame 0x%" G_GINT64_MODIFIER "x is reached twice (invariant 1)", table);
  st->table_seen[table] = 1;
  (*count)++;
  if (level > 0 && mm->op_busy == 0)
    {
      /* find_vma() without moving mmap_cache: checking changes nothing. */
      guint64 top = base + (G_GUINT64_CONSTANT (1) << level_shift (machine, level - 1)) - 1;
      struct vm_area_struct *vma = mms_vma_index_find (mm->vma_index, base);

      if (vma == NULL || vma->vm_start > top)
        FAIL ("mm %u: the %s table 0x%" G_GINT64_MODIFIER "x covers 0x%" G_GINT64_MODIFIER
              "x-0x%" G_GINT64_MODIFIER "x, where no VMA is (invariant 8)",
              mm->id, mms_pgtable_level_name (machine, level), table, base, top);
    }
  if (level + 1 == mms_pgtable_levels (machine))
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      guint64 e = table_entries (machine, table)[i];

      if (mms_pte_none (e))
        continue;
      if ((e & ~MMS_PTE_PFN_MASK) != TABLE_ENTRY_FLAGS)
        FAIL ("mm %u: %s entry %u of table 0x%" G_GINT64_MODIFIER "x is 0x%"
              G_GINT64_MODIFIER "x, not a table pointer", mm->id,
              mms_pgtable_level_name (machine, level), i, table, e);
      if (!check_tables (mm, mms_pte_pfn (e), level + 1, base + i * span, count, st, error))
        return FALSE;
    }
  return TRUE;
}

/* Invariants (3), (4) and (6) for MM, counting its references into ST. */
static gboolean
check_entries (struct mm_struct  *mm,
               CheckState        *st,
               GError           **error)
{
  MmsMachine *machine = mm->machine;
  struct vm_area_struct *vma = mm->mmap;
  gint64 anon = 0, file = 0, shmem = 0, swap = 0;
  guint64 *ptep;
  guint64 addr;

  for (addr = 0; (ptep = mms_pte_next (mm, &addr, G_MAXUINT64)) != NULL; addr += MMS_PAGE_SIZE)
    {
      guint64 pte = *ptep;

      while (vma != NULL && vma->vm_end <= addr)
        vma = vma->vm_next;
      if (vma == NULL || vma->vm_start > addr)
        FAIL ("mm %u: the entry for 0x%" G_GINT64_MODIFIER "x (0x%" G_GINT64_MODIFIER
              "x) lies in no VMA (invariant 6)", mm->id, addr, pte);

      if (mms_pte_is_swap (pte))
        {
          guint64 slot = mms_pte_swap_slot (pte);

          if (slot >= machine->nr_swap_slots)
            FAIL ("mm %u: the swap entry for 0x%" G_GINT64_MODIFIER "x names slot %"
                  G_GUINT64_FORMAT " beyond swap", mm->id, addr, slot);
          st->swapped[slot]++;
          swap++;
          continue;
        }
      if (!mms_pte_present (pte) || !(pte & MMS_PTE_USER))
        FAIL ("mm %u: the entry for 0x%" G_GINT64_MODIFIER "x is 0x%" G_GINT64_MODIFIER
              "x: neither a user page nor a swap entry", mm->id, addr, pte);
      if (machine->arch != MMS_ARCH_PRESET_X86_64 && (pte & MMS_PTE_NX))
        FAIL ("mm %u: the entry for 0x%" G_GINT64_MODIFIER "x has NX on a machine without it",
              mm->id, addr);
      {
        guint64 pfn = mms_pte_pfn (pte);
        struct page *page;

        if (pfn >= machine->nr_frames)
          FAIL ("mm %u: the entry for 0x%" G_GINT64_MODIFIER "x maps frame 0x%"
                G_GINT64_MODIFIER "x beyond RAM", mm->id, addr, pfn);
        if (pfn == machine->zero_pfn)
          {
            if (pte & MMS_PTE_RW)
              FAIL ("mm %u: the zero page is mapped writable at 0x%" G_GINT64_MODIFIER
                    "x (invariant 3)", mm->id, addr);
            continue;
          }
        page = mms_pfn_to_page (machine, pfn);
        switch (page->owner)
          {
          case MMS_OWNER_ANON: anon++; break;
          case MMS_OWNER_FILE: file++; break;
          case MMS_OWNER_SHMEM: shmem++; break;
          default:
            FAIL ("mm %u: the entry for 0x%" G_GINT64_MODIFIER "x maps frame 0x%"
                  G_GINT64_MODIFIER "x, which is %s (invariant 2)", mm->id, addr, pfn,
                  mms_owner_name (page->owner));
          }
        st->mapped[pfn]++;
      }
    }
  if (anon != mm->rss_anon || file != mm->rss_file || shmem != mm->rss_shmem
      || swap != mm->rss_swap)
    FAIL ("mm %u: rss anon/file/shmem/swap is %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%"
          G_GINT64_FORMAT "/%" G_GINT64_FORMAT " but the entries say %" G_GINT64_FORMAT "/%"
          G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT " (invariant 4)", mm->id,
          mm->rss_anon, mm->rss_file, mm->rss_shmem, mm->rss_swap, anon, file, shmem, swap);
  return TRUE;
}

/* Invariant (7). */
static gboolean
check_lru (MmsMachine  *machine,
           GError     **error)
{
  guint64 flagged = 0;

  for (guint list = 0; list < 2; list++)
    {
      guint64 length = 0;
      guint32 prev = MMS_PFN_NONE;
      guint32 p;

      if (machine->nr_lru[list] == 0)
        continue;
      for (p = machine->lru_head[list]; p != MMS_PFN_NONE; p = machine->mem_map[p].lru_next)
        {
          struct page *page;

          if (p >= machine->nr_frames || length++ > machine->nr_frames)
            FAIL ("LRU list %u is corrupt at 0x%x (invariant 7)", list, p);
          page = &machine->mem_map[p];
          if (page->lru_prev != prev)
            FAIL ("LRU list %u: frame 0x%x has a wrong back link (invariant 7)", list, p);
          if (!(page->flags & PG_lru) || !!(page->flags & PG_active) != (list == 1))
            FAIL ("LRU list %u: frame 0x%x has the wrong flags (invariant 7)", list, p);
          if (page->owner != MMS_OWNER_ANON && page->owner != MMS_OWNER_FILE
              && page->owner != MMS_OWNER_SHMEM)
            FAIL ("LRU list %u: frame 0x%x is %s (invariant 7)", list, p,
                  mms_owner_name (page->owner));
          if (page->_refcount <= 0)
            FAIL ("LRU list %u: frame 0x%x has no reference (invariant 7)", list, p);
          prev = p;
        }
      if (prev != machine->lru_tail[list])
        FAIL ("LRU list %u: the tail is wrong (invariant 7)", list);
      if (length != machine->nr_lru[list])
        FAIL ("LRU list %u holds %" G_GUINT64_FORMAT " frames, nr_lru says %" G_GUINT64_FORMAT
              " (invariant 7)", list, length, machine->nr_lru[list]);
    }
  for (guint64 pfn = 0; pfn < machine->nr_frames; pfn++)
    if (machine->mem_map[pfn].flags & PG_lru)
      flagged++;
  if (flagged != machine->nr_lru[0] + machine->nr_lru[1])
    FAIL ("%" G_GUINT64_FORMAT " frames have PG_lru, the lists hold %" G_GUINT64_FORMAT
          " (invariant 7)", flagged, machine->nr_lru[0] + machine->nr_lru[1]);
  return TRUE;
}

gboolean
mms_check_pgtables (MmsMachine  *machine,
                    GError     **error)
{
  g_auto(CheckState) st = { NULL, NULL, NULL };
  g_autoptr(GPtrArray) mms = NULL;
  g_autofree guint8 *cached = NULL;
  guint64 used_slots = 0;

  g_return_val_if_fail (machine != NULL, FALSE);

  if (!machine->booted)
    return TRUE;
  st.mapped = g_new0 (guint32, machine->nr_frames);
  st.swapped = g_new0 (guint32, MAX (machine->nr_swap_slots, 1));
  st.table_seen = g_new0 (guint8, machine->nr_frames);
  cached = g_new0 (guint8, machine->nr_frames);

  mms = mms_pgtable_mms (machine);
  for (guint i = 0; i < mms->len; i++)
    {
      struct mm_struct *mm = mms->pdata[i];
      guint64 count = 0;

      if (!check_tables (mm, mm->pgd, 0, 0, &count, &st, error))
        return FALSE;
      if (count != mm->nr_pgtables)
        FAIL ("mm %u has %" G_GUINT64_FORMAT " tables, nr_pgtables says %" G_GUINT64_FORMAT
              " (invariant 1)", mm->id, count, mm->nr_pgtables);
      if (!check_entries (mm, &st, error))
        return FALSE;
    }
  for (guint64 pfn = 0; pfn < machine->nr_frames; pfn++)
    {
      struct page *page = &machine->mem_map[pfn];
      if (page->owner == MMS_OWNER_PAGETABLE && page->private != NULL && !st.table_seen[pfn])
        FAIL ("table frame 0x%" G_GINT64_MODIFIER "x belongs to no mm (invariant 1)", pfn);
    }

  /* The page cache: each entry names a frame of that file at that index. */
  for (guint i = 0; machine->files != NULL && i < machine->files->len; i++)
    {
      struct mms_file *file = machine->files->pdata[i];
      GHashTableIter iter;
      gpointer key, value;

      if (file->page_cache == NULL)
        continue;
      g_hash_table_iter_init (&iter, file->page_cache);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint64 pfn = GPOINTER_TO_SIZE (value) - 1;
          struct page *page;

          if (pfn >= machine->nr_frames)
            FAIL ("%s: page %" G_GUINT64_FORMAT " is cached beyond RAM", file->path,
                  (guint64) GPOINTER_TO_SIZE (key));
          page = &machine->mem_map[pfn];
          if ((page->owner != MMS_OWNER_FILE && page->owner != MMS_OWNER_SHMEM)
              || page->mapping != file || page->index != GPOINTER_TO_SIZE (key) || cached[pfn])
            FAIL ("%s: page %" G_GUINT64_FORMAT " is cached in frame 0x%" G_GINT64_MODIFIER
                  "x, which is not that page", file->path, (guint64) GPOINTER_TO_SIZE (key), pfn);
          cached[pfn] = 1;
        }
    }

  /* Invariant (2). */
  for (guint64 pfn = 0; pfn < machine->nr_frames; pfn++)
    {
      struct page *page = &machine->mem_map[pfn];

      if (pfn == machine->zero_pfn)
        continue;
      if (page->owner != MMS_OWNER_ANON && page->owner != MMS_OWNER_FILE
          && page->owner != MMS_OWNER_SHMEM)
        continue;
      if (page->flags & PG_buddy)
        continue;
      if ((guint32) page->mapcount != st.mapped[pfn] || page->mapcount < 0)
        FAIL ("frame 0x%" G_GINT64_MODIFIER "x (%s) has mapcount %d but %u PTEs map it "
              "(invariant 2)", pfn, mms_owner_name (page->owner), page->mapcount, st.mapped[pfn]);
      if (page->_refcount < page->mapcount + cached[pfn])
        FAIL ("frame 0x%" G_GINT64_MODIFIER "x (%s) has _refcount %d below its %d mappings%s "
              "(invariant 2)", pfn, mms_owner_name (page->owner), page->_refcount,
              page->mapcount, cached[pfn] ? " and the page cache" : "");
    }

  /* Invariant (5). */
  for (guint64 slot = 0; slot < machine->nr_swap_slots; slot++)
    {
      guint count = machine->swap_map != NULL ? machine->swap_map[slot] : 0;

      if (count != st.swapped[slot])
        FAIL ("swap slot %" G_GUINT64_FORMAT " has use count %u but %u entries hold it "
              "(invariant 5)", slot, count, st.swapped[slot]);
      if (count > 0)
        used_slots++;
    }
  if (used_slots != machine->nr_swap_used)
    FAIL ("%" G_GUINT64_FORMAT " swap slots are in use, nr_swap_used says %" G_GUINT64_FORMAT
          " (invariant 5)", used_slots, machine->nr_swap_used);

  return check_lru (machine, error);
}
