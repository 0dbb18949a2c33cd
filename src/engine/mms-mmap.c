/* mms-mmap.c: the memory syscalls, after mm/mmap.c, mm/vma.c,
 * mm/mprotect.c and mm/mremap.c: mmap, munmap, mprotect, mremap and brk.
 *
 * Each returns what the kernel returns: an address, 0, or a negative errno.
 * The checks happen in the kernel's order, so a call that is wrong in two
 * ways fails with the same errno as on Linux.
 */
#include <errno.h>

#include "mms-exec.h"
#include "mms-process-private.h"

static inline guint64
page_align (guint64 len)
{
  return (len + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK;
}

/* calc_vm_prot_bits() */
static gulong
prot_to_vm_flags (guint prot)
{
  gulong flags = 0;

  if (prot & 1)
    flags |= VM_READ;
  if (prot & 2)
    flags |= VM_WRITE;
  if (prot & 4)
    flags |= VM_EXEC;
  return flags;
}

/* accountable_mapping(): private writable mappings are charged. */
static gboolean
accountable (gulong vm_flags)
{
  return (vm_flags & (VM_NORESERVE | VM_SHARED | VM_WRITE)) == VM_WRITE;
}

void
mms_file_unmapped (MmsMachine      *machine,
                   struct mms_file *file)
{
  g_assert (file->nr_mappings > 0);
  file->nr_mappings--;
}

/* --- munmap ----------------------------------------------------------- */

/* do_vmi_align_munmap(): split the VMAs at the range ends, clear the
 * range in the maple tree (unless CLEAR_TREE is FALSE: mmap_region's new
 * VMA overwrites it), zap their pages, unlink and free them, then free the
 * page tables nobody needs. */
static int
do_munmap (struct mm_struct *mm,
           guint64           start,
           guint64           len,
           gboolean          clear_tree)
{
  struct vm_area_struct *vma, *last, *next;
  guint64 end;

  if ((start & ~MMS_PAGE_MASK) != 0 || start > mm->task_size || len > mm->task_size - start)
    return -EINVAL;
  len = page_align (len);
  end = start + len;
  if (len == 0)
    return -EINVAL;

  vma = mms_find_vma (mm, start);
  if (vma == NULL || vma->vm_start >= end)
    return 0;

  mm->op_busy++;
  if (start > vma->vm_start)
    {
      /* Splitting the middle of a VMA needs one more VMA than unmapping. */
      if (end < vma->vm_end && mm->map_count >= MMS_MAX_MAP_COUNT)
        {
          mm->op_busy--;
          return -ENOMEM;
        }
      if (mms_split_vma (vma, start, FALSE) == NULL)
        {
          mm->op_busy--;
          return -ENOMEM;
        }
      vma = vma->vm_next;
    }
  last = mms_find_vma (mm, end);
  if (last != NULL && end > last->vm_start)
    {
      if (mms_split_vma (last, end, TRUE) == NULL)
        {
          mm->op_busy--;
          return -ENOMEM;
        }
    }

  /* The first VMA inside the range (a split below may have made it). */
  vma = mms_find_vma (mm, start);
  if (clear_tree)
    mms_mm_mt_store (mm, start, end, NULL);

  /* unmap_region(): zap first, so no PTE is ever outside a VMA. */
  for (struct vm_area_struct *v = vma; v != NULL && v->vm_start < end; v = v->vm_next)
    mms_zap_page_range (v, v->vm_start, v->vm_end);
  while (vma != NULL && vma->vm_start < end)
    {
      next = vma->vm_next;
      mms_remove_vma (vma);
      vma = next;
    }
  /* free_pgtables() over the unmapped range: a table goes when no VMA is
   * left in its span, which keeps every table a neighbour still uses. */
  mms_free_pgtables (mm, start, end);
  mm->op_busy--;
  return 0;
}

int
mms_do_munmap (struct mm_struct *mm,
               guint64           start,
               guint64           len)
{
  return do_munmap (mm, start, len, TRUE);
}

int
mms_sys_munmap (struct task_struct *task,
                guint64             addr,
                guint64             len)
{
  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  return mms_do_munmap (task->mm, addr, len);
}

/* --- mmap --------------------------------------------------------------- */

int
mms_mmap_region (struct mm_struct *mm,
                 guint64           addr,
                 guint64           len,
                 gulong            vm_flags,
                 struct mms_file  *file,
                 guint64           pgoff,
                 const char       *special)
{
  struct vm_area_struct *vma, *prev, *next;
  guint64 end = addr + len;
  int err;

  mm->op_busy++;
  /* MAP_FIXED: unmap whatever overlaps first. */
  if (mms_find_vma_intersection (mm, addr, end) != NULL)
    {
      /* vms_gather_munmap_vmas(): the splits; the store below clears. */
      err = do_munmap (mm, addr, len, FALSE);
      if (err < 0)
        {
          mm->op_busy--;
          return err;
        }
    }
  if (mm->map_count >= MMS_MAX_MAP_COUNT)
    {
      mm->op_busy--;
      return -ENOMEM;
    }

  next = mms_find_vma_prev (mm, addr, &prev);

  /* vma_merge_new_range(): anonymous private and file mappings may merge
   * with their neighbours; shared anonymous ones get a shmem file each. */
  if (special == NULL && !(file == NULL && (vm_flags & VM_SHARED))
      && mms_vma_merge_new (mm, prev, next, addr, end, vm_flags, file, pgoff, NULL) != NULL)
    {
      mm->op_busy--;
      return 0;
    }

  vma = mms_vm_area_alloc (mm);
  if (vma == NULL)
    {
      mm->op_busy--;
      return -ENOMEM;
    }
  if (file == NULL && (vm_flags & VM_SHARED))
    {
      /* shmem_zero_setup(): a shared anonymous mapping is a shmem file. */
      file = mms_file_create_shmem (mm->machine, "/dev/zero (deleted)", len);
      pgoff = 0;
    }
  vma->vm_start = addr;
  vma->vm_end = end;
  vma->vm_flags = vm_flags;
  vma->vm_pgoff = pgoff;
  vma->vm_file = file;
  vma->special = special;
  if (file != NULL)
    file->nr_mappings++;
  mms_vma_link (mm, vma, prev);
  mm->op_busy--;
  return 0;
}

gint64
mms_sys_mmap (struct task_struct *task,
              guint64             addr,
              guint64             len,
              guint               prot,
              guint               flags,
              struct mms_file    *file,
              guint64             offset)
{
  struct mm_struct *mm;
  gulong vm_flags;
  guint64 pgoff;
  int err;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;

  /* do_mmap() */
  if (!(flags & (MMS_MAP_SHARED | MMS_MAP_PRIVATE))
      || (flags & MMS_MAP_SHARED && flags & MMS_MAP_PRIVATE))
    return -EINVAL;
  if (len == 0)
    return -EINVAL;
  if ((offset & ~MMS_PAGE_MASK) != 0)
    return -EINVAL;
  if (!(flags & MMS_MAP_FIXED) && !(flags & MMS_MAP_FIXED_NOREPLACE) && addr != 0
      && addr < MMS_MMAP_MIN_ADDR)
    addr = MMS_MMAP_MIN_ADDR;   /* round_hint_to_min() */
  if (len > G_MAXUINT64 - MMS_PAGE_SIZE)
    return -ENOMEM;
  len = page_align (len);
  pgoff = offset >> MMS_PAGE_SHIFT;
  if (pgoff + (len >> MMS_PAGE_SHIFT) < pgoff)
    return -EOVERFLOW;
  if (mm->map_count > MMS_MAX_MAP_COUNT)
    return -ENOMEM;
  if (flags & MMS_MAP_FIXED_NOREPLACE)
    flags |= MMS_MAP_FIXED;

  /* get_unmapped_area() */
  if (len > mm->task_size)
    return -ENOMEM;
  if (flags & MMS_MAP_FIXED)
    {
      if ((addr & ~MMS_PAGE_MASK) != 0)
        return -EINVAL;
      if (addr > mm->task_size - len)
        return -ENOMEM;
    }
  else
    {
      addr = mms_thp_get_unmapped_area (mm, file, addr, len, pgoff, (flags & MMS_MAP_SHARED) != 0);
      if (addr == G_MAXUINT64)
        return -ENOMEM;
    }
  /* security_mmap_addr(): nothing below mmap_min_addr. */
  if (addr < MMS_MMAP_MIN_ADDR)
    return -EPERM;
  if ((flags & MMS_MAP_FIXED_NOREPLACE)
      && mms_find_vma_intersection (mm, addr, addr + len) != NULL)
    return -EEXIST;

  vm_flags = prot_to_vm_flags (prot) | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
  if (flags & MMS_MAP_GROWSDOWN)
    vm_flags |= VM_GROWSDOWN;
  /* calc_vm_flag_bits(): with transparent huge pages, MAP_STACK asks for
   * none (so a thread stack does not merge with a neighbour that may). */
  if (flags & MMS_MAP_STACK)
    vm_flags |= VM_NOHUGEPAGE;
  if (file != NULL)
    {
      if (flags & MMS_MAP_SHARED)
        vm_flags |= VM_SHARED | VM_MAYSHARE;
    }
  else if (flags & MMS_MAP_SHARED)
    {
      vm_flags |= VM_SHARED | VM_MAYSHARE;
      pgoff = 0;
    }
  else
    pgoff = addr >> MMS_PAGE_SHIFT;
  if (accountable (vm_flags))
    vm_flags |= VM_ACCOUNT;

  err = mms_mmap_region (mm, addr, len, vm_flags, file, pgoff, NULL);
  if (err < 0)
    return err;
  return (gint64) addr;
}

/* --- mprotect --------------------------------------------------------- */

/* mprotect_fixup() */
static int
mprotect_fixup (struct vm_area_struct  *vma,
                struct vm_area_struct **pnext_start,
                guint64                 start,
                guint64                 end,
                gulong                  newflags)
{
  gulong oldflags = vma->vm_flags;

  *pnext_start = vma;
  if (newflags == oldflags)
    return 0;

  /* VM_ACCOUNT follows writability of private mappings. */
  if (newflags & VM_WRITE)
    {
      if (!(oldflags & (VM_ACCOUNT | VM_WRITE | VM_SHARED | VM_NORESERVE)))
        newflags |= VM_ACCOUNT;
    }
  else if ((oldflags & VM_ACCOUNT) && mms_vma_is_anonymous (vma) && vma->anon_vma == NULL)
    newflags &= ~VM_ACCOUNT;

  vma = mms_vma_modify (vma, start, end, newflags);
  if (vma == NULL)
    return -ENOMEM;
  *pnext_start = vma;
  if (vma->vm_flags != newflags)
    mms_vma_set_flags (vma, newflags);
  mms_change_protection (vma, start, end);
  return 0;
}

int
mms_sys_mprotect (struct task_struct *task,
                  guint64             start,
                  guint64             len,
                  guint               prot)
{
  struct mm_struct *mm;
  struct vm_area_struct *vma;
  guint64 end, tmp;
  int err = 0;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;

  if ((start & ~MMS_PAGE_MASK) != 0)
    return -EINVAL;
  if (len == 0)
    return 0;
  if (len > G_MAXUINT64 - MMS_PAGE_SIZE)
    return -ENOMEM;
  len = page_align (len);
  end = start + len;
  if (end <= start)
    return -ENOMEM;

  vma = mms_find_vma (mm, start);
  if (vma == NULL || vma->vm_start >= end)
    return -ENOMEM;
  if (vma->vm_start > start)
    return -ENOMEM;

  mm->op_busy++;
  tmp = vma->vm_start;
  for (guint64 nstart = start; vma != NULL && vma->vm_start < end; )
    {
      struct vm_area_struct *done;
      gulong newflags;

      if (vma->vm_start != tmp)
        {
          err = -ENOMEM;
          break;
        }
      newflags = prot_to_vm_flags (prot) | (vma->vm_flags & ~VM_ACCESS_FLAGS);
      /* The VM_MAY* bits are the VM_* bits shifted by 4. */
      if ((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS)
        {
          err = -EACCES;
          break;
        }
      tmp = MIN (vma->vm_end, end);
      err = mprotect_fixup (vma, &done, nstart, tmp, newflags);
      if (err < 0)
        break;
      tmp = done->vm_end;
      nstart = tmp;
      vma = done->vm_next;
      if (nstart >= end)
        break;
    }
  /* A hole at the end of the range: the VMAs before it stay changed. */
  if (err == 0 && tmp < end)
    err = -ENOMEM;
  mm->op_busy--;
  return err;
}

/* --- brk ---------------------------------------------------------------- */

/* do_brk_flags(): grows the heap VMA (BRKVMA, which ends at ADDR) or makes
 * it. */
static int
do_brk_flags (struct mm_struct      *mm,
              struct vm_area_struct *brkvma,
              guint64                addr,
              guint64                len)
{
  gulong flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_ACCOUNT;
  struct vm_area_struct *vma, *next;

  if (mm->map_count > MMS_MAX_MAP_COUNT)
    return -ENOMEM;
  if (brkvma != NULL && brkvma->vm_end == addr && brkvma->vm_flags == flags
      && brkvma->vm_file == NULL && brkvma->special == NULL
      && brkvma->vm_pgoff + ((brkvma->vm_end - brkvma->vm_start) >> MMS_PAGE_SHIFT)
         == addr >> MMS_PAGE_SHIFT)
    {
      mms_vma_set_range (brkvma, brkvma->vm_start, addr + len, brkvma->vm_pgoff);
      if (MMS_EMITTING (mm->machine))
        {
          MmsEvent ev = { .kind = MMS_EV_VMA_ADJUST, .mm = mm->id, .vma = brkvma->id,
                          .start = brkvma->vm_start, .end = brkvma->vm_end,
                          .flags = brkvma->vm_flags };
          mms_machine_emit (mm->machine, &ev);
        }
      return 0;
    }
  if (mm->map_count >= MMS_MAX_MAP_COUNT)
    return -ENOMEM;
  vma = mms_vm_area_alloc (mm);
  if (vma == NULL)
    return -ENOMEM;
  vma->vm_start = addr;
  vma->vm_end = addr + len;
  vma->vm_flags = flags;
  vma->vm_pgoff = addr >> MMS_PAGE_SHIFT;
  next = mms_find_vma (mm, addr);
  mms_vma_link (mm, vma, next != NULL ? next->vm_prev : brkvma);
  return 0;
}

guint64
mms_sys_brk (struct task_struct *task,
             guint64             brk)
{
  struct mm_struct *mm;
  guint64 origbrk, newbrk, oldbrk;
  struct vm_area_struct *next, *brkvma;
  guint64 result;

  g_return_val_if_fail (task != NULL && task->mm != NULL, 0);
  mm = task->mm;
  origbrk = mm->brk;
  result = origbrk;

  mm->op_busy++;
  if (brk < mm->start_brk || brk > mm->task_size)
    goto out;
  newbrk = page_align (brk);
  oldbrk = page_align (mm->brk);
  if (oldbrk == newbrk)
    {
      mm->brk = brk;
      result = brk;
      goto out;
    }
  if (brk <= mm->brk)
    {
      /* Shrinking: unmap the tail. */
      mm->brk = brk;
      if (mms_do_munmap (mm, newbrk, oldbrk - newbrk) < 0)
        {
          mm->brk = origbrk;
          goto out;
        }
      result = brk;
      goto out;
    }

  /* Growing: keep a page and the stack guard gap to the next VMA. */
  next = mms_find_vma (mm, oldbrk);
  if (next != NULL)
    {
      guint64 gap = next->vm_flags & VM_GROWSDOWN ? MMS_STACK_GUARD_GAP : 0;
      if (newbrk + MMS_PAGE_SIZE + gap > next->vm_start)
        goto out;
    }
  /* vma_prev_limit(start_brk): the heap VMA, never anything below it. */
  brkvma = next != NULL ? next->vm_prev : NULL;
  if (next == NULL)
    {
      struct rb_node *last = rb_last (&mm->mm_rb);
      brkvma = last != NULL ? rb_entry (last, struct vm_area_struct, vm_rb) : NULL;
    }
  if (brkvma != NULL && brkvma->vm_start < mm->start_brk)
    brkvma = NULL;
  if (do_brk_flags (mm, brkvma, oldbrk, newbrk - oldbrk) < 0)
    goto out;
  mm->brk = brk;
  result = brk;

out:
  mm->op_busy--;
  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_BRK, .mm = mm->id, .start = origbrk, .end = mm->brk,
                      .addr = brk };
      mms_machine_emit (mm->machine, &ev);
    }
  return result;
}

/* --- mremap ------------------------------------------------------------ */

gint64
mms_sys_mremap (struct task_struct *task,
                guint64             addr,
                guint64             old_len,
                guint64             new_len,
                guint               flags)
{
  struct mm_struct *mm;
  struct vm_area_struct *vma, *new_vma;
  guint64 new_addr, pgoff;
  int err;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;

  if (flags & ~MMS_MREMAP_MAYMOVE)
    return -EINVAL;
  if ((addr & ~MMS_PAGE_MASK) != 0)
    return -EINVAL;
  if (old_len > G_MAXUINT64 - MMS_PAGE_SIZE || new_len > G_MAXUINT64 - MMS_PAGE_SIZE)
    return -EINVAL;
  old_len = page_align (old_len);
  new_len = page_align (new_len);
  if (new_len == 0)
    return -EINVAL;
  if (old_len == 0)
    return -EINVAL;   /* only shared mappings may be duplicated; not modelled */
  if (addr > mm->task_size || old_len > mm->task_size - addr || new_len > mm->task_size)
    return -EINVAL;

  mm->op_busy++;
  if (old_len >= new_len)
    {
      /* Shrinking in place: unmap the tail. */
      err = old_len > new_len ? mms_do_munmap (mm, addr + new_len, old_len - new_len) : 0;
      mm->op_busy--;
      return err < 0 ? err : (gint64) addr;
    }

  /* vma_to_resize() */
  vma = mms_vma_lookup (mm, addr);
  if (vma == NULL || old_len > vma->vm_end - addr)
    {
      mm->op_busy--;
      return -EFAULT;
    }
  if (vma->special != NULL)
    {
      mm->op_busy--;
      return -EFAULT;
    }

  /* Grow in place when old_len reaches the VMA's end and the gap above
   * allows (vma_expandable()). */
  if (old_len == vma->vm_end - addr)
    {
      guint64 delta = new_len - old_len;
      struct vm_area_struct *next = vma->vm_next;
      guint64 limit = next != NULL ? (next->vm_flags & VM_GROWSDOWN
                                        ? next->vm_start - MMS_STACK_GUARD_GAP : next->vm_start)
                                   : mm->task_size;
      if (vma->vm_end + delta <= limit && vma->vm_end + delta <= mm->task_size)
        {
          guint64 new_end = vma->vm_end + delta;
          /* vma_merge_extend() -> vma_expand(): one store of the final
           * range, the next VMA's included when it merges. */
          mm->mt_quiet++;
          mms_vma_set_range (vma, vma->vm_start, new_end, vma->vm_pgoff);
          if (MMS_EMITTING (mm->machine))
            {
              MmsEvent ev = { .kind = MMS_EV_VMA_ADJUST, .mm = mm->id, .vma = vma->id,
                              .start = vma->vm_start, .end = vma->vm_end, .flags = vma->vm_flags };
              mms_machine_emit (mm->machine, &ev);
            }
          /* vma_merge_extend(): the grown VMA may now meet its next. */
          if (next != NULL && mms_vmas_mergeable (vma, next))
            {
              guint64 next_end = next->vm_end;
              if (vma->anon_vma == NULL && next->anon_vma != NULL)
                {
                  vma->anon_vma = next->anon_vma;
                  vma->anon_vma->refcount++;
                }
              mms_vma_set_range (vma, vma->vm_start, next_end, vma->vm_pgoff);
              mms_remove_vma (next);
            }
          mm->mt_quiet--;
          mms_mm_mt_store (mm, vma->vm_start, vma->vm_end, vma);
          mm->op_busy--;
          return (gint64) addr;
        }
    }

  if (!(flags & MMS_MREMAP_MAYMOVE))
    {
      mm->op_busy--;
      return -ENOMEM;
    }

  /* move_vma(): a new VMA elsewhere, the page tables moved, the old range
   * unmapped. */
  if (mm->map_count >= MMS_MAX_MAP_COUNT - 3)
    {
      mm->op_busy--;
      return -ENOMEM;
    }
  new_addr = mms_thp_get_unmapped_area (mm, vma->vm_file, 0, new_len,
                                        vma->vm_pgoff + ((addr - vma->vm_start) >> MMS_PAGE_SHIFT),
                                        (vma->vm_flags & VM_MAYSHARE) != 0);
  if (new_addr == G_MAXUINT64)
    {
      mm->op_busy--;
      return -ENOMEM;
    }
  pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> MMS_PAGE_SHIFT);

  /* copy_vma(): merge with the new neighbours, or a new VMA. */
  {
    struct vm_area_struct *prev;
    struct vm_area_struct *next = mms_find_vma_prev (mm, new_addr, &prev);
    new_vma = mms_vma_merge_new (mm, prev, next, new_addr, new_addr + new_len,
                                 vma->vm_flags, vma->vm_file, pgoff, vma->anon_vma);
    if (new_vma == NULL)
      {
        new_vma = mms_vm_area_dup (vma, mm);
        if (new_vma == NULL)
          {
            mm->op_busy--;
            return -ENOMEM;
          }
        new_vma->vm_start = new_addr;
        new_vma->vm_end = new_addr + new_len;
        new_vma->vm_pgoff = pgoff;
        mms_vma_link (mm, new_vma, prev);
      }
  }
  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_MREMAP_MOVE, .mm = mm->id, .vma = new_vma->id,
                      .start = addr, .end = addr + old_len,
                      .start2 = new_addr, .end2 = new_addr + new_len };
      mms_machine_emit (mm->machine, &ev);
    }
  if (!mms_move_page_tables (mm, addr, new_addr, old_len))
    {
      mm->op_busy--;
      return -ENOMEM;
    }
  err = mms_do_munmap (mm, addr, old_len);
  mm->op_busy--;
  if (err < 0)
    return err;
  return (gint64) new_addr;
}
