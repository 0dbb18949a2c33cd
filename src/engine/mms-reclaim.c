/* mms-reclaim.c: the LRU lists, direct reclaim, swap and the OOM killer
 * (mm/swap.c, mm/vmscan.c, mm/rmap.c, mm/swapfile.c, mm/oom_kill.c).
 *
 * Frames of user memory (anonymous, page cache, shmem) sit on one of two
 * lists linked through struct page: inactive (0) and active (1).  A new
 * frame goes to the head of the inactive list (folio_add_lru()).
 *
 * Direct reclaim (try_to_free_pages()) scans the inactive list from its
 * tail, one frame at a time, and refills it from the active list's tail
 * whenever it is not longer than the active one (inactive_is_low(),
 * shrink_active_list(), which clears PG_referenced on the way down).  For
 * the frame at the inactive tail (shrink_folio_list()):
 *
 *   - held by someone besides its mappings and the page cache (a fault
 *     copying it): rotated to the inactive head;
 *   - shmem: activated (the engine does not swap shmem);
 *   - referenced (PG_referenced, or the accessed bit of any entry mapping
 *     it, as folio_referenced() finds and clears them): activated, its
 *     second chance;
 *   - a file frame: unmapped from every entry (try_to_unmap(); a dirty
 *     entry dirties the frame), written back first when dirty (pageout()),
 *     then dropped from the page cache and freed;
 *   - an anonymous frame: given the lowest free swap slot (add_to_swap()),
 *     every entry mapping it becomes that swap entry, and the frame is
 *     freed; with no free slot it is activated instead.
 *
 * The entries mapping a frame are found by brute force rather than through
 * anon_vma chains and i_mmap trees: every mm that has page tables is
 * searched at the page's linear index in each of its VMAs (of the frame's
 * file, for a file frame), and when that finds fewer entries than the
 * frame's map count, every entry of every mm is searched.
 *
 * mms_alloc_user_page() is __alloc_pages_slowpath() in short: the buddy
 * allocator, then direct reclaim of 32 frames, then out_of_memory(), which
 * kills the process with the most resident pages plus swap entries, then
 * one more try.
 *
 * The invariants of mms-pgtable.c hold at every event emitted here; (5)
 * and (7) are those this file keeps.
 */
#include "mms-mm-private.h"

#define LRU_INACTIVE 0
#define LRU_ACTIVE   1
#define SWAP_CLUSTER_MAX 32

/* --- the LRU lists ----------------------------------------------------- */

/* list_add() at the head of LIST.  An empty list's head and tail are
 * ignored, so a machine whose lists were never initialised is fine. */
static void
lru_link_head (MmsMachine *machine,
               guint       list,
               guint64     pfn)
{
  struct page *page = mms_pfn_to_page (machine, pfn);

  page->lru_prev = MMS_PFN_NONE;
  if (machine->nr_lru[list] == 0)
    {
      page->lru_next = MMS_PFN_NONE;
      machine->lru_tail[list] = (guint32) pfn;
    }
  else
    {
      page->lru_next = machine->lru_head[list];
      machine->mem_map[machine->lru_head[list]].lru_prev = (guint32) pfn;
    }
  machine->lru_head[list] = (guint32) pfn;
  machine->nr_lru[list]++;
  page->flags |= PG_lru;
  if (list == LRU_ACTIVE)
    page->flags |= PG_active;
  else
    page->flags &= ~PG_active;
}

static void
lru_unlink (MmsMachine *machine,
            guint64     pfn)
{
  struct page *page = mms_pfn_to_page (machine, pfn);
  guint list = (page->flags & PG_active) ? LRU_ACTIVE : LRU_INACTIVE;

  if (page->lru_prev != MMS_PFN_NONE)
    machine->mem_map[page->lru_prev].lru_next = page->lru_next;
  else
    machine->lru_head[list] = page->lru_next;
  if (page->lru_next != MMS_PFN_NONE)
    machine->mem_map[page->lru_next].lru_prev = page->lru_prev;
  else
    machine->lru_tail[list] = page->lru_prev;
  page->lru_next = page->lru_prev = MMS_PFN_NONE;
  page->flags &= ~(PG_lru | PG_active);
  if (--machine->nr_lru[list] == 0)
    machine->lru_head[list] = machine->lru_tail[list] = MMS_PFN_NONE;
}

void
mms_lru_add (MmsMachine *machine,
             guint64     pfn)
{
  g_return_if_fail (machine != NULL && pfn < machine->nr_frames);
  g_return_if_fail (!(machine->mem_map[pfn].flags & PG_lru));

  lru_link_head (machine, LRU_INACTIVE, pfn);
  /* Invariant (7). */
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
      .kind = MMS_EV_LRU_ADD, .pfn = pfn, .to_list = LRU_INACTIVE,
    });
}

void
mms_lru_del (MmsMachine *machine,
             guint64     pfn)
{
  g_return_if_fail (machine != NULL && pfn < machine->nr_frames);

  if (machine->mem_map[pfn].flags & PG_lru)
    lru_unlink (machine, pfn);
}

/* Moves PFN to the head of list TO (activation, rotation or refill). */
static void
lru_move (MmsMachine *machine,
          guint64     pfn,
          guint       to)
{
  guint from = (machine->mem_map[pfn].flags & PG_active) ? LRU_ACTIVE : LRU_INACTIVE;

  lru_unlink (machine, pfn);
  lru_link_head (machine, to, pfn);
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
      .kind = MMS_EV_LRU_MOVE, .pfn = pfn, .from_list = from, .to_list = to,
    });
}

void
mms_put_user_page (MmsMachine *machine,
                   guint64     pfn)
{
  struct page *page;

  g_return_if_fail (machine != NULL && pfn < machine->nr_frames);

  page = mms_pfn_to_page (machine, pfn);
  g_return_if_fail (page->_refcount > 0);
  if (--page->_refcount > 0)
    return;
  /* __folio_put(): off the LRU, back to the buddy allocator. */
  mms_lru_del (machine, pfn);
  mms_free_pages (machine, pfn, 0);
}

/* --- swap slots -------------------------------------------------------- */

/* The swap area is sized from the machine on first use, unless the
 * machine set it up already. */
static void
swap_map_ensure (MmsMachine *machine)
{
  if (machine->swap_map == NULL && machine->swap >= MMS_PAGE_SIZE)
    {
      machine->nr_swap_slots = machine->swap >> MMS_PAGE_SHIFT;
      machine->swap_map = g_new0 (guint8, machine->nr_swap_slots);
    }
}

/* scan_swap_map_slots(), simplified to: the lowest free slot. */
static gboolean
get_swap_slot (MmsMachine *machine,
               guint64    *slot_out)
{
  swap_map_ensure (machine);
  if (machine->nr_swap_used >= machine->nr_swap_slots)
    return FALSE;
  for (guint64 slot = 0; slot < machine->nr_swap_slots; slot++)
    if (machine->swap_map[slot] == 0)
      {
        *slot_out = slot;
        return TRUE;
      }
  return FALSE;
}

void
mms_swap_free (MmsMachine *machine,
               guint64     slot)
{
  g_return_if_fail (machine != NULL && slot < machine->nr_swap_slots);
  g_return_if_fail (machine->swap_map[slot] > 0);

  /* swap_entry_free(): the last use frees the slot. */
  if (--machine->swap_map[slot] == 0)
    machine->nr_swap_used--;
}

/* --- reverse mapping --------------------------------------------------- */

typedef struct
{
  struct mm_struct *mm;
  struct vm_area_struct *vma;
  guint64 addr;
} Mapping;

/* rmap_walk(): every present entry of every mm in MMS that maps PFN. */
static void
rmap_walk (MmsMachine *machine,
           GPtrArray  *mms,
           guint64     pfn,
           GArray     *out)
{
  struct page *page = mms_pfn_to_page (machine, pfn);
  gboolean anon = page->owner == MMS_OWNER_ANON;

  g_array_set_size (out, 0);
  for (guint i = 0; i < mms->len; i++)
    {
      struct mm_struct *mm = mms->pdata[i];

      for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
        {
          guint64 pages = (vma->vm_end - vma->vm_start) >> MMS_PAGE_SHIFT;
          guint64 addr;
          guint64 *ptep;

          if (!anon && vma->vm_file != page->mapping)
            continue;
          if (page->index < vma->vm_pgoff || page->index - vma->vm_pgoff >= pages)
            continue;
          addr = vma->vm_start + ((page->index - vma->vm_pgoff) << MMS_PAGE_SHIFT);
          ptep = mms_pte_lookup (mm, addr);
          if (ptep != NULL && mms_pte_present (*ptep) && mms_pte_pfn (*ptep) == pfn)
            g_array_append_val (out, ((Mapping) { mm, vma, addr }));
        }
    }
  if (out->len == (guint) page->mapcount)
    return;

  /* The linear index missed some: search every entry. */
  g_array_set_size (out, 0);
  for (guint i = 0; i < mms->len; i++)
    {
      struct mm_struct *mm = mms->pdata[i];
      guint64 *ptep;
      guint64 addr;

      for (addr = 0; (ptep = mms_pte_next (mm, &addr, G_MAXUINT64)) != NULL;
           addr += MMS_PAGE_SIZE)
        if (mms_pte_present (*ptep) && mms_pte_pfn (*ptep) == pfn)
          g_array_append_val (out, ((Mapping) { mm, mms_vma_lookup (mm, addr), addr }));
    }
}

static void
emit_entry (MmsMachine   *machine,
            MmsEventKind  kind,
            Mapping      *m,
            guint64       pte,
            guint64       pfn)
{
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
      .kind = kind, .mm = m->mm->id, .vma = m->vma != NULL ? m->vma->id : 0,
      .addr = m->addr, .pte = pte, .pfn = pfn,
    });
}

/* shrink_folio_list() for the frame at the inactive tail; returns the
 * number of frames freed (0 or 1). */
static guint64
shrink_page (MmsMachine *machine,
             GPtrArray  *mms,
             GArray     *maps,
             guint64     pfn)
{
  struct page *page = mms_pfn_to_page (machine, pfn);
  gboolean anon = page->owner == MMS_OWNER_ANON;
  gboolean referenced;
  guint64 slot = 0;

  /* Someone besides the mappings and the page cache holds the frame. */
  if (page->_refcount > page->mapcount + (anon ? 0 : 1))
    {
      lru_move (machine, pfn, LRU_INACTIVE);
      return 0;
    }
  if (page->owner == MMS_OWNER_SHMEM)
    {
      lru_move (machine, pfn, LRU_ACTIVE);
      return 0;
    }

  /* folio_referenced(): test and clear every accessed bit.  The cleared
   * bits are reported by the LRU_MOVE (or the unmapping) that follows,
   * not by an event each. */
  rmap_walk (machine, mms, pfn, maps);
  if (maps->len != (guint) page->mapcount)
    {
      g_warning ("reclaim: frame 0x%" G_GINT64_MODIFIER "x has mapcount %d but %u entries",
                 pfn, page->mapcount, maps->len);
      lru_move (machine, pfn, LRU_ACTIVE);
      return 0;
    }
  referenced = (page->flags & PG_referenced) != 0;
  page->flags &= ~PG_referenced;
  for (guint i = 0; i < maps->len; i++)
    {
      Mapping *m = &g_array_index (maps, Mapping, i);
      guint64 *ptep = mms_pte_lookup (m->mm, m->addr);

      if (*ptep & MMS_PTE_ACCESSED)
        {
          referenced = TRUE;
          *ptep &= ~MMS_PTE_ACCESSED;
        }
    }
  if (referenced)
    {
      lru_move (machine, pfn, LRU_ACTIVE);
      return 0;
    }

  if (anon && !get_swap_slot (machine, &slot))
    {
      lru_move (machine, pfn, LRU_ACTIVE);
      return 0;
    }

  /* isolate_lru_folios() took it off the LRU; try_to_unmap(): every
   * entry goes, its reference and map count too. */
  mms_lru_del (machine, pfn);
  for (guint i = 0; i < maps->len; i++)
    {
      Mapping *m = &g_array_index (maps, Mapping, i);
      guint64 *ptep = mms_pte_lookup (m->mm, m->addr);
      guint64 old = *ptep;

      page->mapcount--;
      page->_refcount--;
      if (anon)
        {
          if (machine->swap_map[slot]++ == 0)
            machine->nr_swap_used++;
          *ptep = mms_swap_pte (slot);
          m->mm->rss_anon--;
          m->mm->rss_swap++;
          /* Invariants (2), (4) and (5). */
          emit_entry (machine, MMS_EV_SET_PTE, m, *ptep, pfn);
        }
      else
        {
          if (old & MMS_PTE_DIRTY)
            page->flags |= PG_dirty;
          *ptep = 0;
          mms_mm_add_rss (m->mm, page->owner, -1);
          emit_entry (machine, MMS_EV_PTE_CLEAR, m, old, pfn);
        }
    }

  if (anon)
    {
      /* add_to_swap() and swap_writepage(): the frame's data is in the
       * slot now; nothing holds the frame. */
      g_assert (page->_refcount == 0);
      if (MMS_EMITTING (machine))
        mms_machine_emit (machine, &(MmsEvent) {
          .kind = MMS_EV_SWAP_OUT, .pfn = pfn, .count = slot,
        });
      mms_free_pages (machine, pfn, 0);
      return 1;
    }

  if (page->flags & PG_dirty)
    {
      /* pageout(): the file gets the data; the frame is clean again. */
      page->flags &= ~PG_dirty;
      if (MMS_EMITTING (machine))
        mms_machine_emit (machine, &(MmsEvent) {
          .kind = MMS_EV_WRITEBACK, .pfn = pfn, .addr = page->index,
        });
    }
  /* __remove_mapping(): out of the page cache, whose reference was the
   * last one. */
  {
    struct mms_file *file = page->mapping;
    g_hash_table_remove (file->page_cache, GSIZE_TO_POINTER (page->index));
  }
  page->_refcount--;
  g_assert (page->_refcount == 0);
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
      .kind = MMS_EV_DROP_PAGE, .pfn = pfn, .addr = page->index,
    });
  mms_free_pages (machine, pfn, 0);
  return 1;
}

guint64
mms_try_to_free_pages (MmsMachine *machine,
                       guint64     nr_pages)
{
  g_autoptr(GPtrArray) mms = NULL;
  g_autoptr(GArray) maps = NULL;
  guint64 freed = 0;
  guint64 budget;

  g_return_val_if_fail (machine != NULL, 0);

  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_RECLAIM, .count = nr_pages,
  });
  mms = mms_pgtable_mms (machine);
  maps = g_array_new (FALSE, FALSE, sizeof (Mapping));
  /* Each frame is seen at most about twice: once referenced, once not. */
  budget = 2 * (machine->nr_lru[LRU_INACTIVE] + machine->nr_lru[LRU_ACTIVE]) + 2;
  while (freed < nr_pages && budget-- > 0)
    {
      /* shrink_active_list(): refill the inactive list while it is low. */
      if (machine->nr_lru[LRU_ACTIVE] > 0
          && machine->nr_lru[LRU_INACTIVE] <= machine->nr_lru[LRU_ACTIVE])
        {
          guint64 pfn = machine->lru_tail[LRU_ACTIVE];

          machine->mem_map[pfn].flags &= ~PG_referenced;
          lru_move (machine, pfn, LRU_INACTIVE);
        }
      if (machine->nr_lru[LRU_INACTIVE] == 0)
        break;
      freed += shrink_page (machine, mms, maps, machine->lru_tail[LRU_INACTIVE]);
    }
  return freed;
}

/* --- the OOM killer ----------------------------------------------------- */

/* oom_badness(): resident pages plus swap entries. */
static gint64
oom_badness (struct task_struct *task)
{
  struct mm_struct *mm = task->mm;

  return mm->rss_anon + mm->rss_file + mm->rss_shmem + mm->rss_swap;
}

/* out_of_memory(): select_bad_process() walks the processes in creation
 * order, a later one replacing the chosen one on equal points; threads are
 * not processes of their own.  oom_kill_process() then kills the victim
 * and every task sharing its mm.  FALSE when there was nobody to kill. */
static gboolean
out_of_memory (MmsMachine *machine)
{
  struct task_struct *victim = NULL;
  gint64 chosen = -1;
  g_autoptr(GPtrArray) doomed = NULL;

  for (guint i = 0; machine->tasks != NULL && i < machine->tasks->len; i++)
    {
      struct task_struct *task = machine->tasks->pdata[i];
      gint64 points;

      if (task->state != MMS_TASK_RUNNING || task->mm == NULL || task->is_thread)
        continue;
      points = oom_badness (task);
      if (points >= chosen)
        {
          chosen = points;
          victim = task;
        }
    }
  if (victim == NULL)
    return FALSE;

  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_OOM_KILL, .mm = victim->mm->id, .pid2 = victim->pid, .count = chosen,
  });
  doomed = g_ptr_array_new ();
  for (guint i = 0; i < machine->tasks->len; i++)
    {
      struct task_struct *task = machine->tasks->pdata[i];
      if (task->state == MMS_TASK_RUNNING && task->mm == victim->mm)
        g_ptr_array_add (doomed, task);
    }
  for (guint i = 0; i < doomed->len; i++)
    mms_task_kill (doomed->pdata[i], MMS_TASK_KILLED_OOM);
  return TRUE;
}

gboolean
mms_alloc_user_page (MmsMachine   *machine,
                     MmsPageOwner  owner,
                     guint64      *pfn_out)
{
  g_return_val_if_fail (machine != NULL && pfn_out != NULL, FALSE);

  /* __alloc_pages_slowpath(): reclaim while it makes progress... */
  for (guint round = 0; round < 4; round++)
    {
      if (mms_alloc_pages (machine, MMS_GFP_USER, 0, owner, pfn_out))
        return TRUE;
      if (mms_try_to_free_pages (machine, SWAP_CLUSTER_MAX) == 0)
        break;
    }
  /* ...then __alloc_pages_may_oom(), and one more try. */
  if (!out_of_memory (machine))
    return FALSE;
  return mms_alloc_pages (machine, MMS_GFP_USER, 0, owner, pfn_out);
}
