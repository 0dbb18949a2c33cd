/* mms-fault.c: page faults (mm/memory.c, mm/filemap.c, arch/x86/mm/fault.c).
 *
 * mms_handle_fault() is do_user_addr_fault() and handle_mm_fault() for
 * one page.  After the FAULT event it finds the VMA (growing the stack when
 * the address lies just below one), checks the access against the VMA's
 * flags, then classifies the fault by the page-table entry, exactly in the
 * seven cases of engine.md section 4:
 *
 *   1. no VMA, and no stack to grow:        SIGSEGV, SEGV_MAPERR (bad_area)
 *   2. the VMA forbids the access:          SIGSEGV, SEGV_ACCERR (bad_area_access_error)
 *   3. entry none, anonymous VMA:           do_anonymous_page(): a read maps
 *                                           the zero page, a write a new frame
 *   4. entry none, file VMA:                do_read_fault(), do_shared_fault()
 *                                           or do_cow_fault() over filemap_fault()
 *   5. swap entry:                          do_swap_page()
 *   6. present, read-only, write access:    do_wp_page(): reuse or copy
 *   7. anything else:                       no fault; the hardware sets the
 *                                           accessed (and dirty) bits
 *
 * Every path that needs a frame can reclaim, and even kill a process, on
 * the way (mms_alloc_user_page()).  Like the kernel, which drops the page
 * table lock to allocate and then checks pte_same(), each path reads the
 * entry again after allocating and starts over when it changed; a frame
 * the path still needs is held by an extra reference meanwhile, which
 * reclaim respects.  When the faulting task itself was killed, the fault
 * returns MMS_FAULT_OOM.
 *
 * The page-table invariants of mms-pgtable.c, (2) to (4), hold at every
 * event emitted here: counts, counters and entries change together before
 * the event that reports them.
 *
 * Two departures, both named: the kernel's special mappings ([vdso],
 * [vvar]) fault like anonymous memory (their kernel pages are not
 * modelled, so a read maps the zero page); and there is no swap cache, so
 * a swap-in always gets a frame of its own and frees its use of the slot.
 */
#include "mms-mm-private.h"

/* A private return value: the entry changed under an allocation. */
#define FAULT_RETRY ((MmsFaultResult) -1)
#define MAX_RETRIES 8

static MmsFaultResult
bad_area (struct task_struct *task,
          guint64             address,
          gint                code)
{
  MmsMachine *machine = task->mm->machine;

  task->segv_code = code;
  task->segv_addr = address;
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_SEGV, .mm = task->mm->id, .addr = address, .count = code,
    .pid2 = task->pid,
  });
  return MMS_FAULT_SEGV;
}

/* access_error(): the VMA's flags must allow the kind of access. */
static gboolean
access_error (struct vm_area_struct *vma,
              MmsAccess              access)
{
  switch (access)
    {
    case MMS_ACCESS_WRITE:
      return !(vma->vm_flags & VM_WRITE);
    case MMS_ACCESS_EXEC:
      return !(vma->vm_flags & VM_EXEC);
    case MMS_ACCESS_READ:
    default:
      return !(vma->vm_flags & VM_READ);
    }
}

static inline guint64
linear_page_index (struct vm_area_struct *vma,
                   guint64                addr)
{
  return vma->vm_pgoff + ((addr - vma->vm_start) >> MMS_PAGE_SHIFT);
}

static void
emit_fault (struct mm_struct      *mm,
            MmsEventKind           kind,
            struct vm_area_struct *vma,
            guint64                addr,
            guint64                pte,
            guint64                pfn,
            guint64                pfn2,
            guint64                count)
{
  if (MMS_EMITTING (mm->machine))
    mms_machine_emit (mm->machine, &(MmsEvent) {
      .kind = kind, .mm = mm->id, .vma = vma->id, .addr = addr, .pte = pte,
      .pfn = pfn, .pfn2 = pfn2, .count = count,
    });
}

/* alloc_page_vma(): a frame for TASK.  FALSE when none could be had, or
 * when the OOM killer chose TASK itself on the way (its mm, and every VMA
 * the caller holds, is gone then). */
static gboolean
alloc_frame (struct task_struct *task,
             MmsPageOwner        owner,
             guint64            *pfn_out)
{
  struct mm_struct *mm = task->mm;
  MmsMachine *machine = mm->machine;
  gboolean ok = mms_alloc_user_page (machine, owner, pfn_out);

  if (task->state != MMS_TASK_RUNNING || task->mm != mm)
    {
      if (ok)
        mms_put_user_page (machine, *pfn_out);
      return FALSE;
    }
  return ok;
}

/* folio_add_new_anon_rmap(): a new anonymous frame belongs to the VMA's
 * anon_vma at the page's linear index. */
static void
setup_anon_page (struct vm_area_struct *vma,
                 guint64                addr,
                 guint64                pfn)
{
  struct page *page = mms_pfn_to_page (vma->vm_mm->machine, pfn);

  page->mapping = vma->anon_vma;
  page->index = linear_page_index (vma, addr);
  page->flags |= PG_uptodate;
}

/* Maps the new anonymous frame PFN writable and dirty at ADDR (the tail of
 * do_anonymous_page(), wp_page_copy(), do_cow_fault()); the caller has
 * put it on the LRU with setup_anon_page() and mms_lru_add() before it
 * touched any other count, so that the LRU_ADD event sees a consistent
 * state. */
static guint64
map_new_anon_page (struct vm_area_struct *vma,
                   guint64                addr,
                   guint64               *ptep,
                   guint64                pfn)
{
  struct mm_struct *mm = vma->vm_mm;
  MmsMachine *machine = mm->machine;
  struct page *page = mms_pfn_to_page (machine, pfn);

  page->mapcount = 1;
  mm->rss_anon++;
  *ptep = mms_mk_pte (vma, pfn, TRUE) | MMS_PTE_DIRTY;
  return *ptep;
}

/* do_anonymous_page(): case 3. */
static MmsFaultResult
do_anonymous_page (struct task_struct    *task,
                   struct vm_area_struct *vma,
                   guint64                addr,
                   MmsAccess              access)
{
  struct mm_struct *mm = task->mm;
  MmsMachine *machine = mm->machine;
  guint64 *ptep;
  guint64 pfn, pte;

  if (access != MMS_ACCESS_WRITE)
    {
      /* A read maps the shared zero page read-only (pte_mkspecial()): no
       * map count, no reference, not in RSS (invariant 3 of mms-pgtable.c). */
      ptep = mms_pte_alloc (mm, addr);
      if (ptep == NULL)
        return MMS_FAULT_OOM;
      *ptep = pte = mms_mk_pte (vma, machine->zero_pfn, FALSE);
      emit_fault (mm, MMS_EV_ZERO_PAGE_MAP, vma, addr, pte, machine->zero_pfn, 0, 0);
      return MMS_FAULT_MINOR;
    }

  if (!mms_anon_vma_prepare (vma))
    return MMS_FAULT_OOM;
  if (mms_pte_alloc (mm, addr) == NULL)
    return MMS_FAULT_OOM;
  if (!alloc_frame (task, MMS_OWNER_ANON, &pfn))
    return MMS_FAULT_OOM;
  ptep = mms_pte_lookup (mm, addr);
  if (ptep == NULL || !mms_pte_none (*ptep))
    {
      mms_put_user_page (machine, pfn);
      return FAULT_RETRY;
    }
  setup_anon_page (vma, addr, pfn);
  mms_lru_add (machine, pfn);
  pte = map_new_anon_page (vma, addr, ptep, pfn);
  emit_fault (mm, MMS_EV_ANON_PAGE, vma, addr, pte, pfn, 0, 0);
  return MMS_FAULT_MINOR;
}

/* filemap_fault(): the frame caching page INDEX of FILE, read in (a major
 * fault) when it is not cached.  shmem_fault() allocates a zeroed frame
 * instead, which the kernel counts as a minor fault. */
static gboolean
filemap_fault (struct task_struct *task,
               struct mms_file    *file,
               guint64             index,
               guint64            *pfn_out,
               gboolean           *major)
{
  MmsMachine *machine = task->mm->machine;
  gpointer value;
  struct page *page;

  *major = FALSE;
  value = g_hash_table_lookup (file->page_cache, GSIZE_TO_POINTER (index));
  if (value != NULL)
    {
      *pfn_out = GPOINTER_TO_SIZE (value) - 1;
      return TRUE;
    }
  if (!alloc_frame (task, file->shmem ? MMS_OWNER_SHMEM : MMS_OWNER_FILE, pfn_out))
    return FALSE;
  /* filemap_add_folio(): the page cache keeps the allocation's reference. */
  page = mms_pfn_to_page (machine, *pfn_out);
  page->mapping = file;
  page->index = index;
  page->flags |= PG_uptodate;
  g_hash_table_insert (file->page_cache, GSIZE_TO_POINTER (index),
                       GSIZE_TO_POINTER (*pfn_out + 1));
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
      .kind = MMS_EV_PAGE_CACHE_ADD, .mm = task->mm->id, .pfn = *pfn_out, .addr = index,
      .count = file->id,
    });
  mms_lru_add (machine, *pfn_out);
  *major = !file->shmem;
  return TRUE;
}

/* do_fault(): case 4.  A read (or fetch) maps the cached frame: read-only
 * in a private mapping and in a shared one that wants write notification
 * (a regular file: the first write goes through do_wp_page() to dirty the
 * page), writable in a shared writable shmem mapping.  A write to a shared
 * mapping maps it writable and dirty (do_shared_fault()); a write to a
 * private mapping copies it at once into a new anonymous frame
 * (do_cow_fault()). */
static MmsFaultResult
do_fault (struct task_struct    *task,
          struct vm_area_struct *vma,
          guint64                addr,
          MmsAccess              access)
{
  struct mm_struct *mm = task->mm;
  MmsMachine *machine = mm->machine;
  struct mms_file *file = vma->vm_file;
  gboolean shared = (vma->vm_flags & VM_SHARED) != 0;
  struct page *page;
  guint64 *ptep;
  guint64 pfn, pte;
  gboolean major, writable;

  if (mms_pte_alloc (mm, addr) == NULL)
    return MMS_FAULT_OOM;
  if (!filemap_fault (task, file, linear_page_index (vma, addr), &pfn, &major))
    return MMS_FAULT_OOM;
  page = mms_pfn_to_page (machine, pfn);

  if (access == MMS_ACCESS_WRITE && !shared)
    {
      guint64 new_pfn;

      /* do_cow_fault(): hold the cached frame while allocating the copy. */
      page->_refcount++;
      if (!mms_anon_vma_prepare (vma) || !alloc_frame (task, MMS_OWNER_ANON, &new_pfn))
        {
          mms_put_user_page (machine, pfn);
          return MMS_FAULT_OOM;
        }
      ptep = mms_pte_lookup (mm, addr);
      if (ptep == NULL || !mms_pte_none (*ptep))
        {
          mms_put_user_page (machine, new_pfn);
          mms_put_user_page (machine, pfn);
          return FAULT_RETRY;
        }
      setup_anon_page (vma, addr, new_pfn);
      mms_lru_add (machine, new_pfn);
      pte = map_new_anon_page (vma, addr, ptep, new_pfn);
      emit_fault (mm, MMS_EV_WP_COPY, vma, addr, pte, pfn, new_pfn, major);
      mms_put_user_page (machine, pfn);
      return major ? MMS_FAULT_MAJOR : MMS_FAULT_MINOR;
    }

  ptep = mms_pte_lookup (mm, addr);
  if (ptep == NULL || !mms_pte_none (*ptep))
    return FAULT_RETRY;
  writable = shared && (access == MMS_ACCESS_WRITE
                        || ((vma->vm_flags & VM_WRITE) && page->owner == MMS_OWNER_SHMEM));
  pte = mms_mk_pte (vma, pfn, writable);
  if (access == MMS_ACCESS_WRITE)
    {
      pte |= MMS_PTE_DIRTY;
      page->flags |= PG_dirty;
    }
  page->_refcount++;
  page->mapcount++;
  mms_mm_add_rss (mm, page->owner, 1);
  *ptep = pte;
  emit_fault (mm, MMS_EV_FILE_FAULT, vma, addr, pte, pfn, 0, major);
  return major ? MMS_FAULT_MAJOR : MMS_FAULT_MINOR;
}

/* do_swap_page(): case 5.  The frame is read back from the slot, becomes
 * the VMA's anonymous page again, and the entry's use of the slot is given
 * back at once (with no swap cache, the frame is the only copy now, hence
 * dirty: folio_free_swap() does the same).  The entry is writable when the
 * VMA is (the frame is this entry's alone), and dirty on a write. */
static MmsFaultResult
do_swap_page (struct task_struct    *task,
              struct vm_area_struct *vma,
              guint64                addr,
              guint64                orig_pte,
              MmsAccess              access)
{
  struct mm_struct *mm = task->mm;
  MmsMachine *machine = mm->machine;
  guint64 slot = mms_pte_swap_slot (orig_pte);
  guint64 *ptep;
  guint64 pfn, pte;
  struct page *page;

  if (!alloc_frame (task, MMS_OWNER_ANON, &pfn))
    return MMS_FAULT_OOM;
  ptep = mms_pte_lookup (mm, addr);
  if (ptep == NULL || *ptep != orig_pte)
    {
      mms_put_user_page (machine, pfn);
      return FAULT_RETRY;
    }
  page = mms_pfn_to_page (machine, pfn);
  setup_anon_page (vma, addr, pfn);
  page->flags |= PG_dirty;
  mms_lru_add (machine, pfn);
  pte = mms_mk_pte (vma, pfn, (vma->vm_flags & VM_WRITE) != 0);
  if (access == MMS_ACCESS_WRITE)
    pte |= MMS_PTE_DIRTY;
  page->mapcount = 1;
  mm->rss_swap--;
  mm->rss_anon++;
  *ptep = pte;
  mms_swap_free (machine, slot);
  emit_fault (mm, MMS_EV_SWAP_IN, vma, addr, pte, pfn, 0, slot);
  return MMS_FAULT_MAJOR;
}

/* do_wp_page(): case 6, a write to a present read-only entry of a
 * writable VMA.  A shared mapping's frame is made writable and dirty in
 * place (wp_page_shared()); so is an anonymous frame that only this entry
 * maps (wp_page_reuse()).  Anything else, the zero page always, is copied
 * into a new anonymous frame (wp_page_copy()). */
static MmsFaultResult
do_wp_page (struct task_struct    *task,
            struct vm_area_struct *vma,
            guint64                addr,
            guint64                orig_pte)
{
  struct mm_struct *mm = task->mm;
  MmsMachine *machine = mm->machine;
  guint64 pfn = mms_pte_pfn (orig_pte);
  gboolean zero = pfn == machine->zero_pfn;
  struct page *page = zero ? NULL : mms_pfn_to_page (machine, pfn);
  guint64 *ptep;
  guint64 new_pfn, pte;

  if (!zero && ((vma->vm_flags & VM_SHARED)
                || (page->owner == MMS_OWNER_ANON && page->mapcount == 1)))
    {
      ptep = mms_pte_lookup (mm, addr);
      *ptep = pte = orig_pte | MMS_PTE_RW | MMS_PTE_DIRTY | MMS_PTE_ACCESSED;
      if (page->owner != MMS_OWNER_ANON)
        page->flags |= PG_dirty;
      emit_fault (mm, MMS_EV_WP_REUSE, vma, addr, pte, pfn, 0, 0);
      return MMS_FAULT_MINOR;
    }

  if (!zero)
    page->_refcount++;
  if (!mms_anon_vma_prepare (vma) || !alloc_frame (task, MMS_OWNER_ANON, &new_pfn))
    {
      if (!zero)
        mms_put_user_page (machine, pfn);
      return MMS_FAULT_OOM;
    }
  ptep = mms_pte_lookup (mm, addr);
  if (ptep == NULL || *ptep != orig_pte)
    {
      mms_put_user_page (machine, new_pfn);
      if (!zero)
        mms_put_user_page (machine, pfn);
      return FAULT_RETRY;
    }
  setup_anon_page (vma, addr, new_pfn);
  mms_lru_add (machine, new_pfn);
  if (!zero)
    {
      page->mapcount--;
      mms_mm_add_rss (mm, page->owner, -1);
    }
  pte = map_new_anon_page (vma, addr, ptep, new_pfn);
  emit_fault (mm, MMS_EV_WP_COPY, vma, addr, pte, pfn, new_pfn, 0);
  if (!zero)
    {
      /* The old entry's reference, then the one held for the copy. */
      mms_put_user_page (machine, pfn);
      mms_put_user_page (machine, pfn);
    }
  return MMS_FAULT_MINOR;
}

/* handle_pte_fault(): cases 3 to 7 for the page at ADDR. */
static MmsFaultResult
handle_pte_fault (struct task_struct    *task,
                  struct vm_area_struct *vma,
                  guint64                addr,
                  MmsAccess              access)
{
  struct mm_struct *mm = task->mm;
  guint64 *ptep = mms_pte_lookup (mm, addr);
  guint64 pte = ptep != NULL ? *ptep : 0;
  guint64 young;

  if (mms_pte_none (pte))
    {
      if (vma->vm_file != NULL)
        return do_fault (task, vma, addr, access);
      return do_anonymous_page (task, vma, addr, access);
    }
  if (mms_pte_is_swap (pte))
    return do_swap_page (task, vma, addr, pte, access);
  g_assert (mms_pte_present (pte));
  if (access == MMS_ACCESS_WRITE && !(pte & MMS_PTE_RW))
    return do_wp_page (task, vma, addr, pte);

  /* Case 7: the walk succeeds; the MMU sets the accessed bit, and the
   * dirty bit on a write. */
  young = pte | MMS_PTE_ACCESSED | (access == MMS_ACCESS_WRITE ? MMS_PTE_DIRTY : 0);
  if (young != pte)
    {
      *ptep = young;
      emit_fault (mm, MMS_EV_SET_PTE, vma, addr, young, mms_pte_pfn (young), 0, 0);
    }
  return MMS_FAULT_NONE;
}

MmsFaultResult
mms_handle_fault (struct task_struct *task,
                  guint64             address,
                  MmsAccess           access)
{
  struct mm_struct *mm;
  struct vm_area_struct *vma;
  guint64 addr = address & MMS_PAGE_MASK;

  g_return_val_if_fail (task != NULL && task->mm != NULL, MMS_FAULT_SEGV);

  mm = task->mm;
  if (MMS_EMITTING (mm->machine))
    mms_machine_emit (mm->machine, &(MmsEvent) {
      .kind = MMS_EV_FAULT, .mm = mm->id, .addr = address, .count = access,
      .pid2 = task->pid,
    });

  /* do_user_addr_fault(): find_vma(), then expand_stack() below a stack. */
  vma = mms_find_vma (mm, address);
  if (vma == NULL)
    return bad_area (task, address, MMS_SEGV_MAPERR);
  if (address < vma->vm_start)
    {
      if (!(vma->vm_flags & VM_GROWSDOWN) || !mms_expand_stack (vma, address))
        return bad_area (task, address, MMS_SEGV_MAPERR);
    }
  if (access_error (vma, access))
    return bad_area (task, address, MMS_SEGV_ACCERR);

  for (guint retries = 0; retries < MAX_RETRIES; retries++)
    {
      MmsFaultResult result = handle_pte_fault (task, vma, addr, access);

      if (result != FAULT_RETRY)
        return result;
      if (task->state != MMS_TASK_RUNNING)
        return MMS_FAULT_OOM;
    }
  return MMS_FAULT_OOM;
}
