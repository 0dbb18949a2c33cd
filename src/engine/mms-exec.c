/* mms-exec.c: the kernel's half of loading a real program, after
 * fs/exec.c (setup_arg_pages, begin_new_exec), fs/binfmt_elf.c (elf_load,
 * padzero), mm/mmap.c (vm_brk_flags) and arch/x86/entry/vdso/vma.c
 * (arch_setup_additional_pages, map_vdso).
 *
 * The file format's half (program headers, load bias, the interpreter) is
 * in src/import/mms-elf.c, which calls these through a loader function.
 */
#include <errno.h>

#include "mms-exec.h"
#include "mms-process-private.h"

static inline guint64
page_align (guint64 len)
{
  return (len + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK;
}

/* A new mm built by LOAD while TASK points at it. */
static struct mm_struct *
mm_for_loader (MmsMachine         *machine,
               struct task_struct *task,
               MmsLoadFunc         load,
               gpointer            user_data,
               int                *err)
{
  struct mm_struct *mm = mms_mm_alloc (machine);
  struct mm_struct *saved;

  if (mm == NULL)
    {
      *err = -ENOMEM;
      return NULL;
    }
  saved = task->mm;
  task->mm = mm;
  *err = load (task, user_data);
  task->mm = saved;
  if (*err < 0)
    {
      mms_mmput (mm);
      return NULL;
    }
  return mm;
}

struct task_struct *
mms_spawn_with_loader (MmsMachine  *machine,
                       const char  *comm,
                       MmsLoadFunc  load,
                       gpointer     user_data,
                       int         *err)
{
  struct task_struct *task;
  struct mm_struct *mm;
  gint32 saved_pid = machine->current_pid;
  int local_err = 0;

  g_return_val_if_fail (machine != NULL && comm != NULL && load != NULL, NULL);

  task = mms_task_new (machine, comm, 0);
  if (task == NULL)
    {
      if (err != NULL)
        *err = -ENOMEM;
      return NULL;
    }
  machine->current_pid = task->pid;
  mm = mm_for_loader (machine, task, load, user_data, &local_err);
  machine->current_pid = saved_pid;
  if (mm == NULL)
    {
      task->state = MMS_TASK_EXITED;
      mms_kmem_cache_free (machine, mms_kmem_cache_find (machine, "task_struct"), task->slab_addr);
      if (err != NULL)
        *err = local_err;
      return NULL;
    }
  task->mm = mm;
  return task;
}

int
mms_exec_with_loader (struct task_struct *task,
                      MmsLoadFunc         load,
                      gpointer            user_data)
{
  MmsMachine *m;
  struct mm_struct *old, *mm;
  gint32 saved_pid;
  int err = 0;

  g_return_val_if_fail (task != NULL && task->mm != NULL && load != NULL, -EINVAL);
  old = task->mm;
  m = old->machine;
  saved_pid = m->current_pid;
  m->current_pid = task->pid;
  mm = mm_for_loader (m, task, load, user_data, &err);
  m->current_pid = saved_pid;
  if (mm == NULL)
    return err;
  /* begin_new_exec(), past the point of no return: de_thread() ends the
   * other threads, then exec_mmap() switches the task to the new mm and
   * puts the old one (mmput(); for a vfork child, the mm it shared with
   * its parent, which mm_release() wakes). */
  mms_de_thread (m, task);
  task->vfork_parent = 0;
  /* The new image runs on the stack setup_arg_pages() made. */
  task->stack_start = task->stack_end = 0;
  task->mm = mm;
  if (MMS_EMITTING (m))
    {
      MmsEvent ev = { .kind = MMS_EV_EXEC, .mm = mm->id, .count = old->id };
      mms_machine_emit (m, &ev);
    }
  mms_mmput (old);
  return 0;
}

/* setup_arg_pages(): bprm_mm_init() made a one-page stack VMA at the top
 * and copy_strings() grew it to hold the strings below bprm->p, which
 * starts a pointer below the top; setup_arg_pages() then adds
 * stack_expand = 128 KiB below it (VM_STACK_FLAGS). */
int
mms_setup_arg_pages (struct task_struct *task,
                     guint64             string_bytes,
                     gboolean            exec)
{
  struct mm_struct *mm;
  gulong flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC
                 | VM_GROWSDOWN | VM_ACCOUNT;
  guint64 top, p, arg_pages, start;
  int err;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;
  top = mm->task_size;
  if (string_bytes > MMS_STACK_RLIMIT / 4)
    return -E2BIG;
  p = top - sizeof (guint64) - string_bytes;
  arg_pages = (top - (p & MMS_PAGE_MASK)) >> MMS_PAGE_SHIFT;
  start = top - (arg_pages << MMS_PAGE_SHIFT) - (G_GUINT64_CONSTANT (128) << 10);
  if (exec)
    flags |= VM_EXEC;
  err = mms_mmap_region (mm, start, top - start, flags, NULL, start >> MMS_PAGE_SHIFT, NULL);
  if (err < 0)
    return err;
  mm->arg_start = p;
  mm->env_end = top - sizeof (guint64);
  mm->arg_end = mm->env_start = MIN (p + 64, mm->env_end);
  /* create_elf_tables() puts argc, argv, envp and auxv below the strings. */
  mm->start_stack = (p - 512) & ~G_GUINT64_CONSTANT (15);
  for (guint64 page = mm->start_stack & MMS_PAGE_MASK; page < top; page += MMS_PAGE_SIZE)
    {
      MmsFaultResult res = mms_handle_fault (task, MAX (page, mm->start_stack), MMS_ACCESS_WRITE);
      if (res == MMS_FAULT_SEGV || res == MMS_FAULT_OOM)
        return -ENOMEM;
    }
  return 0;
}

/* vm_brk_flags() -> do_brk_flags(): VM_DATA_DEFAULT_FLAGS | VM_ACCOUNT,
 * after unmapping whatever was there. */
int
mms_vm_brk_flags (struct task_struct *task,
                  guint64             addr,
                  guint64             len,
                  gboolean            exec)
{
  struct mm_struct *mm;
  gulong flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_ACCOUNT;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;
  len = page_align (len);
  if (len == 0)
    return 0;
  if ((addr & ~MMS_PAGE_MASK) != 0 || addr + len > mm->task_size || addr + len < addr)
    return -EINVAL;
  if (exec)
    flags |= VM_EXEC;
  return mms_mmap_region (mm, addr, len, flags, NULL, addr >> MMS_PAGE_SHIFT, NULL);
}

/* padzero(): clears from ADDR to the end of its page. */
int
mms_padzero (struct task_struct *task,
             guint64             addr)
{
  MmsFaultResult res;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  if ((addr & ~MMS_PAGE_MASK) == 0)
    return 0;
  res = mms_handle_fault (task, addr, MMS_ACCESS_WRITE);
  if (res == MMS_FAULT_SEGV)
    return -EFAULT;
  if (res == MMS_FAULT_OOM)
    return -ENOMEM;
  return 0;
}

/* map_vdso(image, 0): get_unmapped_area() for the vvar pages and the
 * vdso text together, then the three special mappings. */
int
mms_arch_setup_additional_pages (struct task_struct *task)
{
  const gulong may = VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
  const gulong vvar = VM_READ | VM_MAYREAD | VM_IO | VM_DONTDUMP | VM_PFNMAP;
  struct mm_struct *mm;
  guint64 vdso;
  int err;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;
  if (mm->machine->arch == MMS_ARCH_PRESET_X86_64)
    {
      vdso = mms_get_unmapped_area (mm, 0, 32 << 10);
      if (vdso == G_MAXUINT64)
        return -ENOMEM;
      if ((err = mms_mmap_region (mm, vdso, 16 << 10, vvar, NULL, 0, "[vvar]")) < 0
          || (err = mms_mmap_region (mm, vdso + (16 << 10), 8 << 10, vvar, NULL, 0,
                                     "[vvar_vclock]")) < 0
          || (err = mms_mmap_region (mm, vdso + (24 << 10), 8 << 10, VM_READ | VM_EXEC | may,
                                     NULL, 0, "[vdso]")) < 0)
        return err;
      return 0;
    }
  vdso = mms_get_unmapped_area (mm, 0, MMS_PAGE_SIZE);
  if (vdso == G_MAXUINT64)
    return -ENOMEM;
  return mms_mmap_region (mm, vdso, MMS_PAGE_SIZE, VM_READ | VM_EXEC | may, NULL, 0, "[vdso]");
}

#define PMD_SIZE (G_GUINT64_CONSTANT (2) << 20)

guint64
mms_thp_get_unmapped_area (struct mm_struct *mm,
                           struct mms_file  *file,
                           guint64           hint,
                           guint64           len,
                           guint64           pgoff,
                           gboolean          shared)
{
  guint64 off, off_end, off_align, len_pad, ret, off_sub;

  g_return_val_if_fail (mm != NULL, G_MAXUINT64);

  /* Only 64-bit kernels, and only where __get_unmapped_area() asks for it:
   * a file's thp_get_unmapped_area(), or a private anonymous mapping with
   * no hint and a length of whole PMDs. */
  if (mm->machine->arch != MMS_ARCH_PRESET_X86_64)
    return mms_get_unmapped_area (mm, hint, len);
  if (file != NULL ? file->shmem
                   : (shared || hint != 0 || (len & (PMD_SIZE - 1)) != 0))
    return mms_get_unmapped_area (mm, hint, len);
  if (file == NULL)
    pgoff = 0;

  off = pgoff << MMS_PAGE_SHIFT;
  off_end = off + len;
  off_align = (off + PMD_SIZE - 1) & ~(PMD_SIZE - 1);
  if (off_end <= off_align || off_end - off_align < PMD_SIZE)
    return mms_get_unmapped_area (mm, hint, len);
  len_pad = len + PMD_SIZE;
  if (len_pad < len || off + len_pad < off)
    return mms_get_unmapped_area (mm, hint, len);
  ret = mms_get_unmapped_area (mm, hint, len_pad);
  /* The padding may be what failed: retry without it. */
  if (ret == G_MAXUINT64)
    return mms_get_unmapped_area (mm, hint, len);
  /* A hint that fits is used as is. */
  if (ret == hint)
    return hint;
  off_sub = (off - ret) & (PMD_SIZE - 1);
  /* MMF_TOPDOWN: an aligned start moves up by a PMD, to the top of the
   * padded gap. */
  if (off_sub == 0)
    return ret + PMD_SIZE;
  return ret + off_sub;
}
