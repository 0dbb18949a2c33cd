/* mms-process.c: files, processes and their mm_structs, after
 * kernel/fork.c (copy_process, dup_mmap, mmput), fs/exec.c and
 * fs/binfmt_elf.c (load_elf_binary), kernel/exit.c, mm/mmap.c (exit_mmap)
 * and ipc/shm.c.
 *
 * A synthetic image is laid out like a static non-PIE ELF: text (r-x, file
 * offset 0), rodata (r--), data (rw-, file-backed), bss (rw-, anonymous),
 * the break at the page-aligned end of bss.  Then, as load_elf_binary()
 * does after setup_arg_pages(): the vdso pages, placed top-down.
 */
#include <errno.h>

#include "mms-exec.h"
#include "mms-malloc.h"
#include "mms-process-private.h"
#include "mms-vma-index.h"

/* --- Architecture constants -------------------------------------------- */

guint64
mms_task_size (MmsMachine *machine)
{
  return machine->arch == MMS_ARCH_PRESET_X86_64 ? G_GUINT64_CONSTANT (0x7ffffffff000)
                                                 : G_GUINT64_CONSTANT (0xC0000000);
}

/* arch/x86/mm/mmap.c: mmap_base() = TASK_SIZE - gap, where gap is the
 * stack rlimit plus the guard gap, clamped to at least 128 MiB. */
guint64
mms_mmap_base (MmsMachine *machine)
{
  guint64 gap = MMS_STACK_RLIMIT + MMS_STACK_GUARD_GAP;

  if (machine->arch == MMS_ARCH_PRESET_I386_LEGACY)
    return G_GUINT64_CONSTANT (0x40000000);
  gap = MAX (gap, G_GUINT64_CONSTANT (128) << 20);
  return (mms_task_size (machine) - gap) & MMS_PAGE_MASK;
}

/* TASK_UNMAPPED_BASE: PAGE_ALIGN(TASK_SIZE / 3), the bottom-up start. */
guint64
mms_task_unmapped_base (MmsMachine *machine)
{
  return ((mms_task_size (machine) / 3) + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK;
}

guint
mms_pgtable_levels (MmsMachine *machine)
{
  return machine->arch == MMS_ARCH_PRESET_X86_64 ? 4 : 2;
}

guint
mms_pgtable_entries (MmsMachine *machine)
{
  return machine->arch == MMS_ARCH_PRESET_X86_64 ? 512 : 1024;
}

/* --- Files --------------------------------------------------------------- */

static struct mms_file *
file_new (MmsMachine *machine,
          const char *path,
          guint64     size,
          gboolean    shmem)
{
  struct mms_file *file = g_new0 (struct mms_file, 1);

  file->id = ++machine->next_file_id;
  file->path = g_strdup (path);
  file->size = size;
  file->shmem = shmem;
  file->inode = (shmem ? 32768 : 1048576) + file->id;
  file->page_cache = g_hash_table_new (NULL, NULL);
  g_ptr_array_add (machine->files, file);
  return file;
}

static void
file_free (struct mms_file *file)
{
  g_hash_table_unref (file->page_cache);
  g_free (file->path);
  g_free (file);
}

struct mms_file *
mms_file_lookup (MmsMachine *machine,
                 const char *path)
{
  g_return_val_if_fail (machine != NULL && path != NULL, NULL);

  for (guint i = 0; i < machine->files->len; i++)
    {
      struct mms_file *file = machine->files->pdata[i];
      if (!file->shmem && g_str_equal (file->path, path))
        return file;
    }
  return NULL;
}

struct mms_file *
mms_file_create (MmsMachine *machine,
                 const char *path,
                 guint64     size)
{
  g_return_val_if_fail (machine != NULL && path != NULL, NULL);
  return file_new (machine, path, size, FALSE);
}

struct mms_file *
mms_file_create_shmem (MmsMachine *machine,
                       const char *path,
                       guint64     size)
{
  return file_new (machine, path, size, TRUE);
}

/* --- Machine-wide state --------------------------------------------------- */

void
mms_mm_init_machine (MmsMachine *machine)
{
  machine->tasks = g_ptr_array_new ();
  machine->mms = g_ptr_array_new ();
  machine->anon_vmas = g_ptr_array_new_with_free_func (g_free);
  machine->files = g_ptr_array_new ();
  machine->shm = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  machine->next_pid = 1;
  for (guint i = 0; i < 2; i++)
    machine->lru_head[i] = machine->lru_tail[i] = MMS_PFN_NONE;
  machine->nr_swap_slots = machine->swap >> MMS_PAGE_SHIFT;
  machine->swap_map = g_new0 (guint8, MAX (machine->nr_swap_slots, 1));
}

static void
mm_free_structs (struct mm_struct *mm)
{
  struct vm_area_struct *vma = mm->mmap;

  while (vma != NULL)
    {
      struct vm_area_struct *next = vma->vm_next;
      g_free (vma);
      vma = next;
    }
  mms_vma_index_free (mm->vma_index);
  mms_mt_destroy (&mm->mm_mt);
  mms_malloc_state_free (mm->malloc_state);
  g_free (mm);
}

/* Frees the host memory of everything; the simulated machine goes with it. */
void
mms_mm_destroy_machine (MmsMachine *machine)
{
  guint64 tables = 0, found = 0;

  if (machine->tasks == NULL)
    return;
  for (guint i = 0; i < machine->tasks->len; i++)
    {
      struct task_struct *task = machine->tasks->pdata[i];
      g_free (task->comm);
      g_free (task);
    }
  for (guint i = 0; i < machine->mms->len; i++)
    {
      struct mm_struct *mm = machine->mms->pdata[i];

      /* The page tables, from each PGD down: scanning every struct page
       * for them faulted in all of mem_map (48 MiB for 4 GiB) at exit. */
      tables += mm->nr_pgtables;
      found += mms_pgtable_release (mm);
      mm_free_structs (mm);
    }
  g_clear_pointer (&machine->mms, g_ptr_array_unref);
  g_clear_pointer (&machine->anon_vmas, g_ptr_array_unref);
  for (guint i = 0; i < machine->files->len; i++)
    file_free (machine->files->pdata[i]);
  g_clear_pointer (&machine->tasks, g_ptr_array_unref);
  g_clear_pointer (&machine->files, g_ptr_array_unref);
  g_clear_pointer (&machine->shm, g_hash_table_unref);
  g_clear_pointer (&machine->swap_map, g_free);
  /* Page-table entry arrays hang off their frames: when the walks did
   * not find every table the mms count, the frames say which are left. */
  for (guint64 pfn = 0; found != tables && pfn < machine->nr_frames; pfn++)
    if (machine->mem_map[pfn].owner == MMS_OWNER_PAGETABLE
        && !(machine->mem_map[pfn].flags & PG_buddy))
      g_clear_pointer (&machine->mem_map[pfn].private, g_free);
}

/* --- mm_structs ------------------------------------------------------------ */

struct mm_struct *
mms_mm_alloc (MmsMachine *machine)
{
  struct kmem_cache *cache = mms_kmem_cache_find (machine, "mm_struct");
  struct mm_struct *mm;
  guint64 addr;

  if (!mms_kmem_cache_alloc (machine, cache, &addr))
    return NULL;
  mm = g_new0 (struct mm_struct, 1);
  mm->machine = machine;
  mm->id = ++machine->next_mm_id;
  mm->slab_addr = addr;
  mm->mm_rb = RB_ROOT;
  mm->vma_index = mms_vma_index_new ();
  /* mm_init(): mt_init_flags (&mm->mm_mt, MM_MT_FLAGS). */
  mms_mt_init (&mm->mm_mt, TRUE);
  mm->mm_users = 1;
  mm->mm_count = 1;
  mm->task_size = mms_task_size (machine);
  mm->mmap_base = mms_mmap_base (machine);
  g_ptr_array_add (machine->mms, mm);
  if (MMS_EMITTING (machine))
    {
      MmsEvent ev = { .kind = MMS_EV_MM_ALLOC, .mm = mm->id, .addr = addr };
      mms_machine_emit (machine, &ev);
    }
  if (!mms_pgd_alloc (mm))
    {
      g_ptr_array_remove (machine->mms, mm);
      mms_kmem_cache_free (machine, cache, addr);
      mms_vma_index_free (mm->vma_index);
      g_free (mm);
      return NULL;
    }
  return mm;
}

/* exit_mmap(): unmap every VMA, free the page tables, free the VMAs. */
static void
exit_mmap (struct mm_struct *mm)
{
  MmsMachine *m = mm->machine;

  if (MMS_EMITTING (m))
    {
      MmsEvent ev = { .kind = MMS_EV_EXIT_MMAP, .mm = mm->id, .count = (guint64) mm->map_count };
      mms_machine_emit (m, &ev);
    }
  /* The heap lives in the memory that goes now. */
  g_clear_pointer (&mm->malloc_state, mms_malloc_state_free);
  mm->op_busy++;
  for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    mms_zap_page_range (vma, vma->vm_start, vma->vm_end);
  while (mm->mmap != NULL)
    mms_remove_vma (mm->mmap);
  /* __mt_destroy (&mm->mm_mt) */
  mms_mt_destroy (&mm->mm_mt);
  if (m->mt_log != NULL)
    g_string_append_printf (m->mt_log, "destroy %u\n", mm->id);
  mms_free_pgtables (mm, 0, mm->task_size);
  mm->op_busy--;
}

/* mmdrop(): at mm_count zero the PGD and the mm_struct go. */
static void
mmdrop (struct mm_struct *mm)
{
  MmsMachine *m = mm->machine;

  mm->mm_count--;
  if (MMS_EMITTING (m))
    {
      MmsEvent ev = { .kind = MMS_EV_MMDROP, .mm = mm->id, .count = (guint64) mm->mm_count };
      mms_machine_emit (m, &ev);
    }
  if (mm->mm_count > 0)
    return;
  mms_pgd_free (mm);
  g_ptr_array_remove (m->mms, mm);
  mms_kmem_cache_free (m, mms_kmem_cache_find (m, "mm_struct"), mm->slab_addr);
  mms_vma_index_free (mm->vma_index);
  g_free (mm);
}

void
mms_mmput (struct mm_struct *mm)
{
  g_assert (mm->mm_users > 0);
  if (--mm->mm_users > 0)
    return;
  exit_mmap (mm);
  mmdrop (mm);
}

/* --- Tasks --------------------------------------------------------------- */

struct task_struct *
mms_task_lookup (MmsMachine *machine,
                 const char *comm)
{
  g_return_val_if_fail (machine != NULL && comm != NULL, NULL);

  /* The newest task of that name. */
  for (guint i = machine->tasks->len; i > 0; i--)
    {
      struct task_struct *task = machine->tasks->pdata[i - 1];
      if (g_str_equal (task->comm, comm))
        return task;
    }
  return NULL;
}

static struct task_struct *
task_new (MmsMachine *machine,
          const char *comm,
          gint        parent_pid)
{
  struct kmem_cache *cache = mms_kmem_cache_find (machine, "task_struct");
  struct task_struct *task;
  guint64 addr;

  if (!mms_kmem_cache_alloc (machine, cache, &addr))
    return NULL;
  task = g_new0 (struct task_struct, 1);
  task->pid = machine->next_pid++;
  task->comm = g_strdup (comm);
  task->slab_addr = addr;
  task->state = MMS_TASK_RUNNING;
  task->tgid = task->pid;
  g_ptr_array_add (machine->tasks, task);
  if (MMS_EMITTING (machine))
    {
      MmsEvent ev = { .kind = MMS_EV_TASK_NEW, .pid2 = parent_pid, .addr = addr };
      gint32 saved = machine->current_pid;
      machine->current_pid = task->pid;
      mms_machine_emit (machine, &ev);
      machine->current_pid = saved;
    }
  return task;
}

/* copy_process() for a task with no mm yet (mms-exec.c's spawn). */
struct task_struct *
mms_task_new (MmsMachine *machine,
              const char *comm,
              gint        parent_pid)
{
  return task_new (machine, comm, parent_pid);
}

/* Releases a task's memory: its mm reference and its task_struct. */
static void
task_release (struct task_struct *task,
              MmsTaskState        state)
{
  MmsMachine *m;
  struct mm_struct *mm = task->mm;

  if (task->state != MMS_TASK_RUNNING)
    return;
  m = mm != NULL ? mm->machine : NULL;
  task->state = state;
  if (m != NULL && MMS_EMITTING (m))
    {
      MmsEvent ev = { .kind = MMS_EV_TASK_EXIT, .count = (guint64) state, .mm = mm->id };
      gint32 saved = m->current_pid;
      m->current_pid = task->pid;
      mms_machine_emit (m, &ev);
      m->current_pid = saved;
    }
  task->mm = NULL;
  /* exit_mm() -> mm_release(): a vfork child's exit wakes its parent. */
  task->vfork_parent = 0;
  if (mm != NULL)
    {
      mms_mmput (mm);
      mms_kmem_cache_free (m, mms_kmem_cache_find (m, "task_struct"), task->slab_addr);
    }
}

void
mms_exit (struct task_struct *task)
{
  g_return_if_fail (task != NULL);
  task_release (task, MMS_TASK_EXITED);
}

void
mms_task_kill (struct task_struct *task,
               MmsTaskState        why)
{
  g_return_if_fail (task != NULL);
  task_release (task, why);
}

/* --- Images ---------------------------------------------------------------- */

static int
map_fixed (struct mm_struct *mm,
           guint64           addr,
           guint64           len,
           gulong            flags,
           struct mms_file  *file,
           guint64           pgoff,
           const char       *special)
{
  if (len == 0)
    return 0;
  return mms_mmap_region (mm, addr, len, flags, file, pgoff, special);
}

static inline guint64
page_align (guint64 len)
{
  return (len + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK;
}

/* load_elf_binary() for a synthetic image into a fresh MM. */
static int
load_image (struct mm_struct *mm,
            const MmsImage   *image)
{
  MmsMachine *m = mm->machine;
  const gulong may = VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
  guint64 top = mm->task_size;
  guint64 base = m->arch == MMS_ARCH_PRESET_X86_64 ? 0x400000 : 0x08048000;
  guint64 text = page_align (image->text);
  guint64 rodata = page_align (image->rodata);
  guint64 data = page_align (image->data);
  guint64 bss = page_align (image->bss);
  struct mms_file *file;
  guint64 addr, vdso;
  int err;

  if (base + text + rodata + data + bss + MMS_PAGE_SIZE > mm->mmap_base - (G_GUINT64_CONSTANT (16) << 20)
      || text + rodata + data + bss > (G_GUINT64_CONSTANT (1) << 40))
    return -ENOMEM;

  /* setup_arg_pages(): the stack, 132 KiB below the top. */
  err = map_fixed (mm, top - MMS_STACK_SIZE, MMS_STACK_SIZE,
                   VM_READ | VM_WRITE | may | VM_GROWSDOWN | VM_ACCOUNT, NULL,
                   (top - MMS_STACK_SIZE) >> MMS_PAGE_SHIFT, NULL);
  if (err < 0)
    return err;
  mm->start_stack = top - 0x1000 + 0x800;
  mm->arg_start = top - 0x1000 + 0x900;
  mm->arg_end = mm->arg_start + 0x40;
  mm->env_start = mm->arg_end;
  mm->env_end = top - 0x10;

  /* The PT_LOAD segments: text, rodata and data from the file. */
  file = mms_file_lookup (m, image->path);
  if (file == NULL)
    file = mms_file_create (m, image->path, text + rodata + data);
  addr = base;
  if ((err = map_fixed (mm, addr, text, VM_READ | VM_EXEC | may, file, 0, NULL)) < 0)
    return err;
  mm->start_code = addr;
  mm->end_code = addr + text;
  addr += text;
  if ((err = map_fixed (mm, addr, rodata, VM_READ | may, file, text >> MMS_PAGE_SHIFT, NULL)) < 0)
    return err;
  addr += rodata;
  if ((err = map_fixed (mm, addr, data, VM_READ | VM_WRITE | may | VM_ACCOUNT, file,
                        (text + rodata) >> MMS_PAGE_SHIFT, NULL)) < 0)
    return err;
  mm->start_data = addr;
  mm->end_data = addr + data;
  addr += data;
  /* set_brk() -> vm_brk_flags(): the bss is anonymous. */
  if ((err = map_fixed (mm, addr, bss, VM_READ | VM_WRITE | may | VM_ACCOUNT, NULL,
                        addr >> MMS_PAGE_SHIFT, NULL)) < 0)
    return err;
  addr += bss;
  mm->start_brk = mm->brk = addr;

  /* arch_setup_additional_pages(): the vdso, top-down. */
  if (m->arch == MMS_ARCH_PRESET_X86_64)
    {
      vdso = mms_get_unmapped_area (mm, 0, 32 << 10);
      if (vdso == G_MAXUINT64)
        return -ENOMEM;
      if ((err = map_fixed (mm, vdso, 16 << 10, VM_READ | VM_MAYREAD | VM_IO | VM_DONTDUMP | VM_PFNMAP,
                            NULL, 0, "[vvar]")) < 0
          || (err = map_fixed (mm, vdso + (16 << 10), 8 << 10,
                               VM_READ | VM_MAYREAD | VM_IO | VM_DONTDUMP | VM_PFNMAP,
                               NULL, 0, "[vvar_vclock]")) < 0
          || (err = map_fixed (mm, vdso + (24 << 10), 8 << 10, VM_READ | VM_EXEC | may,
                               NULL, 0, "[vdso]")) < 0)
        return err;
    }
  else
    {
      vdso = mms_get_unmapped_area (mm, 0, MMS_PAGE_SIZE);
      if (vdso == G_MAXUINT64)
        return -ENOMEM;
      if ((err = map_fixed (mm, vdso, MMS_PAGE_SIZE, VM_READ | VM_EXEC | may, NULL, 0, "[vdso]")) < 0)
        return err;
    }
  return 0;
}

/* The loader of a synthetic image (mms_spawn_with_loader() calls it with
 * TASK pointing at the new mm): the image, then the arguments written to
 * the stack (copy_strings() touches the stack's top page). */
static int
load_synthetic (struct task_struct *task,
                gpointer            user_data)
{
  const MmsImage *image = user_data;
  struct mm_struct *mm = task->mm;
  MmsFaultResult res;
  int err;

  err = load_image (mm, image);
  if (err < 0)
    return err;
  res = mms_handle_fault (task, mm->arg_start, MMS_ACCESS_WRITE);
  if (res == MMS_FAULT_SEGV || res == MMS_FAULT_OOM)
    return -ENOMEM;
  return 0;
}

struct task_struct *
mms_spawn (MmsMachine     *machine,
           const char     *comm,
           const MmsImage *image,
           int            *err)
{
  g_return_val_if_fail (machine != NULL && comm != NULL && image != NULL, NULL);

  return mms_spawn_with_loader (machine, comm, load_synthetic, (gpointer) image, err);
}

int
mms_exec (struct task_struct *task,
          const MmsImage     *image)
{
  g_return_val_if_fail (task != NULL && task->mm != NULL && image != NULL, -EINVAL);

  return mms_exec_with_loader (task, load_synthetic, (gpointer) image);
}

/* dup_mmap(): the child's VMAs are copies; the page tables of VMAs with an
 * anon_vma are copied too (vma_needs_copy()), the others fault in again. */
static int
dup_mmap (struct mm_struct *mm,
          struct mm_struct *oldmm)
{
  MmsMachine *m = mm->machine;
  struct vm_area_struct *prev = NULL;

  mm->start_code = oldmm->start_code;
  mm->end_code = oldmm->end_code;
  mm->start_data = oldmm->start_data;
  mm->end_data = oldmm->end_data;
  mm->start_brk = oldmm->start_brk;
  mm->brk = oldmm->brk;
  mm->start_stack = oldmm->start_stack;
  mm->arg_start = oldmm->arg_start;
  mm->arg_end = oldmm->arg_end;
  mm->env_start = oldmm->env_start;
  mm->env_end = oldmm->env_end;
  mm->mmap_base = oldmm->mmap_base;

  if (MMS_EMITTING (m))
    {
      MmsEvent ev = { .kind = MMS_EV_DUP_MMAP, .mm = mm->id, .count = oldmm->id };
      mms_machine_emit (m, &ev);
    }
  mm->op_busy++;
  /* __mt_dup(): the child's tree is a copy of the parent's, node for node;
   * each child VMA is then stored in its slot and VM_DONTCOPY ranges are
   * cleared, in address order. */
  mms_mt_destroy (&mm->mm_mt);
  mms_mt_dup (&mm->mm_mt, &oldmm->mm_mt, NULL, NULL);
  if (m->mt_log != NULL)
    g_string_append_printf (m->mt_log, "dup %u %u\n", mm->id, oldmm->id);
  for (struct vm_area_struct *mpnt = oldmm->mmap; mpnt != NULL; mpnt = mpnt->vm_next)
    {
      struct vm_area_struct *tmp;

      if (mpnt->vm_flags & VM_DONTCOPY)
        {
          mms_mm_mt_store (mm, mpnt->vm_start, mpnt->vm_end, NULL);
          continue;
        }
      tmp = mms_vm_area_dup (mpnt, mm);
      if (tmp == NULL)
        {
          mm->op_busy--;
          return -ENOMEM;
        }
      mms_vma_link (mm, tmp, prev);
      prev = tmp;
      if (mpnt->anon_vma != NULL)
        {
          /* anon_vma_fork(): the child's VMA gets an anon_vma of its own. */
          if (!mms_anon_vma_prepare (tmp) || !mms_copy_page_range (tmp, mpnt))
            {
              mm->op_busy--;
              return -ENOMEM;
            }
        }
    }
  mm->op_busy--;
  return 0;
}

/* copy_mm() without CLONE_VM: CHILD gets a new mm, a copy of PARENT's
 * (dup_mmap()).  0 or a negative errno. */
static int
copy_mm_dup (struct task_struct *parent,
             struct task_struct *child)
{
  MmsMachine *m = parent->mm->machine;
  struct mm_struct *mm;
  gint32 saved_pid = m->current_pid;
  int err;

  m->current_pid = child->pid;
  mm = mms_mm_alloc (m);
  err = mm == NULL ? -ENOMEM : dup_mmap (mm, parent->mm);
  m->current_pid = saved_pid;
  if (err < 0)
    {
      if (mm != NULL)
        mms_mmput (mm);
      return err;
    }
  /* The heap is in the copied memory: the child's malloc goes on from
   * the parent's state. */
  mm->malloc_state = mms_malloc_state_copy (parent->mm->malloc_state);
  child->mm = mm;
  return 0;
}

/* copy_mm() with CLONE_VM: CHILD shares PARENT's mm, mm_users grows
 * (mmget()). */
static void
copy_mm_share (struct task_struct *parent,
               struct task_struct *child)
{
  MmsMachine *m = parent->mm->machine;

  child->mm = parent->mm;
  child->mm->mm_users++;
  if (MMS_EMITTING (m))
    {
      /* The event is the new task's, as copy_mm_dup ()'s are. */
      gint32 saved_pid = m->current_pid;
      MmsEvent ev = { .kind = MMS_EV_MM_SHARE, .mm = child->mm->id,
                      .count = (guint64) child->mm->mm_users, .pid2 = parent->pid };

      m->current_pid = child->pid;
      mms_machine_emit (m, &ev);
      m->current_pid = saved_pid;
    }
}

struct task_struct *
mms_clone (struct task_struct *parent,
           const char         *comm,
           guint               flags,
           guint64             stack,
           guint64             stack_size,
           int                *err)
{
  MmsMachine *m;
  struct task_struct *child;

  g_return_val_if_fail (parent != NULL && parent->mm != NULL && comm != NULL, NULL);
  m = parent->mm->machine;
  /* copy_process(): a thread shares its signal handlers, which needs the
   * shared mm (CLONE_THREAD needs CLONE_SIGHAND needs CLONE_VM). */
  if ((flags & MMS_CLONE_THREAD) && !(flags & MMS_CLONE_VM))
    {
      if (err != NULL)
        *err = -EINVAL;
      return NULL;
    }
  child = task_new (m, comm, parent->pid);
  if (child == NULL)
    {
      if (err != NULL)
        *err = -ENOMEM;
      return NULL;
    }
  if (flags & MMS_CLONE_VM)
    copy_mm_share (parent, child);
  else
    {
      int local_err = copy_mm_dup (parent, child);

      if (local_err < 0)
        {
          child->state = MMS_TASK_EXITED;
          mms_kmem_cache_free (m, mms_kmem_cache_find (m, "task_struct"), child->slab_addr);
          if (err != NULL)
            *err = local_err;
          return NULL;
        }
    }
  if (flags & MMS_CLONE_THREAD)
    {
      /* copy_process(): p->group_leader = current->group_leader, p->tgid =
       * current->tgid. */
      child->tgid = parent->tgid;
      child->is_thread = TRUE;
    }
  else if (flags & MMS_CLONE_VM)
    child->vfork_parent = parent->pid;
  if (stack_size != 0)
    {
      child->stack_start = stack;
      child->stack_end = stack + stack_size;
    }
  else if (!(flags & MMS_CLONE_VM))
    {
      /* A forked child goes on on the calling thread's stack. */
      child->stack_start = parent->stack_start;
      child->stack_end = parent->stack_end;
    }
  return child;
}

struct task_struct *
mms_fork (struct task_struct *parent,
          const char         *comm,
          int                *err)
{
  return mms_clone (parent, comm, 0, 0, 0, err);
}

struct task_struct *
mms_thread (struct task_struct *parent,
            const char         *comm,
            int                *err)
{
  return mms_clone (parent, comm, MMS_CLONE_VM | MMS_CLONE_THREAD, 0, 0, err);
}

struct task_struct *
mms_pthread_create (struct task_struct *parent,
                    const char         *comm,
                    guint64             stacksize,
                    int                *err)
{
  /* allocate_stack(): the size is rounded to pages, the guard
   * (attr->guardsize, a page by default) is added to it, and the whole is
   * mapped PROT_NONE; setup_stack_prot() then opens all above the guard
   * (the stack grows down, so the guard is at the bottom). */
  guint64 size, guard = MMS_PAGE_SIZE;
  gint64 mem;
  int ret;

  g_return_val_if_fail (parent != NULL && parent->mm != NULL && comm != NULL, NULL);
  if (stacksize == 0)
    stacksize = MMS_STACK_RLIMIT;
  size = ((stacksize + MMS_PAGE_SIZE - 1) & ~(guint64) (MMS_PAGE_SIZE - 1)) + guard;
  mem = mms_sys_mmap (parent, 0, size, 0, MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS | MMS_MAP_STACK,
                      NULL, 0);
  if (mem < 0)
    {
      if (err != NULL)
        *err = (int) mem;
      return NULL;
    }
  ret = mms_sys_mprotect (parent, (guint64) mem + guard, size - guard,
                          1 | 2 /* PROT_READ | PROT_WRITE */);
  if (ret < 0)
    {
      mms_sys_munmap (parent, (guint64) mem, size);
      if (err != NULL)
        *err = ret;
      return NULL;
    }
  /* create_thread(): clone3 with the whole mapping as the stack. */
  return mms_clone (parent, comm, MMS_CLONE_VM | MMS_CLONE_THREAD, (guint64) mem, size, err);
}

struct task_struct *
mms_task_group_leader (MmsMachine         *machine,
                       struct task_struct *task)
{
  g_return_val_if_fail (machine != NULL && task != NULL, NULL);

  for (guint i = 0; i < machine->tasks->len; i++)
    {
      struct task_struct *t = machine->tasks->pdata[i];

      if (t->pid == task->tgid && t->tgid == task->tgid)
        return t->state == MMS_TASK_RUNNING ? t : NULL;
    }
  return NULL;
}

/* de_thread() (fs/exec.c): before TASK execs, the other threads of its
 * group are killed (zap_other_threads()), each running do_exit(); a
 * thread that is not the leader takes the leader's pid (exchange_tids()),
 * and the old leader is released under the thread's. */
void
mms_de_thread (MmsMachine         *machine,
               struct task_struct *task)
{
  struct task_struct *leader = NULL;

  for (guint i = 0; i < machine->tasks->len; i++)
    {
      struct task_struct *t = machine->tasks->pdata[i];

      if (t == task || t->tgid != task->tgid)
        continue;
      if (t->pid == t->tgid)
        leader = t;
      task_release (t, MMS_TASK_EXITED);
    }
  if (task->pid != task->tgid)
    {
      if (leader != NULL)
        leader->pid = task->pid;
      task->pid = task->tgid;
      task->is_thread = FALSE;
    }
}

guint
mms_exit_group (struct task_struct *task)
{
  MmsMachine *m;
  guint others = 0;

  g_return_val_if_fail (task != NULL, 0);
  if (task->state != MMS_TASK_RUNNING)
    return 0;
  m = task->mm->machine;
  /* zap_other_threads(): SIGKILL to the rest of the group, each of which
   * then runs do_exit(). */
  for (guint i = 0; i < m->tasks->len; i++)
    {
      struct task_struct *t = m->tasks->pdata[i];

      if (t != task && t->tgid == task->tgid && t->state == MMS_TASK_RUNNING)
        {
          task_release (t, MMS_TASK_EXITED);
          others++;
        }
    }
  task_release (task, MMS_TASK_EXITED);
  return others;
}

/* --- SysV shared memory ---------------------------------------------------- */

int
mms_sys_shmget (MmsMachine *machine,
                guint64     key,
                guint64     size)
{
  struct mms_file *file;
  g_autofree char *path = NULL;
  gint64 *k;

  g_return_val_if_fail (machine != NULL, -EINVAL);
  file = g_hash_table_lookup (machine->shm, &(gint64) { (gint64) key });
  if (file != NULL)
    return size > file->size ? -EINVAL : 0;
  if (size == 0 || size > (G_GUINT64_CONSTANT (1) << 40))
    return -EINVAL;
  path = g_strdup_printf ("/SYSV%08" G_GINT64_MODIFIER "x (deleted)", key & 0xffffffff);
  file = mms_file_create_shmem (machine, path, page_align (size));
  k = g_new (gint64, 1);
  *k = (gint64) key;
  g_hash_table_insert (machine->shm, k, file);
  if (MMS_EMITTING (machine))
    {
      MmsEvent ev = { .kind = MMS_EV_SHM, .count = key, .end = file->size };
      mms_machine_emit (machine, &ev);
    }
  return 0;
}

gint64
mms_sys_shmat (struct task_struct *task,
               guint64             key)
{
  struct mm_struct *mm;
  struct mms_file *file;
  guint64 addr;
  int err;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  mm = task->mm;
  file = g_hash_table_lookup (mm->machine->shm, &(gint64) { (gint64) key });
  if (file == NULL)
    return -EINVAL;
  addr = mms_get_unmapped_area (mm, 0, file->size);
  if (addr == G_MAXUINT64)
    return -ENOMEM;
  err = mms_mmap_region (mm, addr, file->size,
                         VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC
                         | VM_SHARED | VM_MAYSHARE, file, 0, NULL);
  if (err < 0)
    return err;
  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_SHM, .mm = mm->id, .count = key, .addr = addr,
                      .start = addr, .end = addr + file->size };
      mms_machine_emit (mm->machine, &ev);
    }
  return (gint64) addr;
}

int
mms_sys_shmdt (struct task_struct *task,
               guint64             addr)
{
  struct vm_area_struct *vma;

  g_return_val_if_fail (task != NULL && task->mm != NULL, -EINVAL);
  vma = mms_vma_lookup (task->mm, addr);
  if (vma == NULL || vma->vm_start != addr || vma->vm_file == NULL || !vma->vm_file->shmem
      || !g_str_has_prefix (vma->vm_file->path, "/SYSV"))
    return -EINVAL;
  return mms_do_munmap (task->mm, vma->vm_start, vma->vm_end - vma->vm_start);
}

/* --- Touching memory --------------------------------------------------------- */

/* The tasks still running: the OOM killer makes them fewer. */
static guint
count_running (MmsMachine *machine)
{
  guint n = 0;

  for (guint i = 0; machine->tasks != NULL && i < machine->tasks->len; i++)
    if (((struct task_struct *) machine->tasks->pdata[i])->state == MMS_TASK_RUNNING)
      n++;
  return n;
}

gboolean
mms_touch_stall (struct task_struct *task,
                 guint64             addr,
                 guint64             len,
                 MmsAccess           access,
                 guint64            *stalled_at)
{
  MmsMachine *m;
  guint64 page, end;

  g_return_val_if_fail (task != NULL, FALSE);
  if (stalled_at != NULL)
    *stalled_at = G_MAXUINT64;
  if (task->mm == NULL || task->state != MMS_TASK_RUNNING)
    return FALSE;
  if (len == 0)
    return TRUE;
  m = task->mm->machine;
  end = addr + len < addr ? G_MAXUINT64 : addr + len;
  for (page = addr & MMS_PAGE_MASK; page < end; page += MMS_PAGE_SIZE)
    {
      MmsFaultResult res;
      gint32 saved = m->current_pid;
      guint64 at = MAX (page, addr);
      guint alive = G_MAXUINT;

      m->current_pid = task->pid;
      res = mms_handle_fault (task, at, access);
      /* Out of memory, and the OOM killer chose somebody else (or could not
       * free a page table): like a task back from pagefault_out_of_memory(),
       * fault on the same page again while that kills a task; when it no
       * longer does, nothing will change, and the access stops there
       * rather than failing on every page left (which is a fault and a
       * reclaim scan each, enough to take hours on a huge mapping). */
      while (res == MMS_FAULT_OOM && task->state == MMS_TASK_RUNNING)
        {
          guint now = count_running (m);

          if (now >= alive)
            break;
          alive = now;
          res = mms_handle_fault (task, at, access);
        }
      m->current_pid = saved;
      if (res == MMS_FAULT_SEGV)
        {
          mms_task_kill (task, MMS_TASK_KILLED_SEGV);
          return FALSE;
        }
      if (task->state != MMS_TASK_RUNNING)
        return FALSE;   /* the OOM killer chose this task */
      if (res == MMS_FAULT_OOM)
        {
          if (stalled_at != NULL)
            *stalled_at = at;
          return TRUE;
        }
      if (page + MMS_PAGE_SIZE < page)
        break;
    }
  return TRUE;
}

gboolean
mms_touch (struct task_struct *task,
           guint64             addr,
           guint64             len,
           MmsAccess           access)
{
  return mms_touch_stall (task, addr, len, access, NULL);
}

guint64
mms_mm_rss (struct mm_struct *mm)
{
  g_return_val_if_fail (mm != NULL, 0);
  return (guint64) (mm->rss_anon + mm->rss_file + mm->rss_shmem);
}

/* --- Checkers ---------------------------------------------------------------- */

gboolean
mms_check_mm (struct mm_struct  *mm,
              GError           **error)
{
  g_return_val_if_fail (mm != NULL, FALSE);
  return mms_check_vmas (mm, error) && mms_check_malloc (mm, error);
}

gboolean
mms_check_address_spaces (MmsMachine  *machine,
                          GError     **error)
{
  g_return_val_if_fail (machine != NULL, FALSE);

  for (guint i = 0; i < machine->mms->len; i++)
    {
      struct mm_struct *mm = machine->mms->pdata[i];

      if (!mms_check_mm (mm, error))
        return FALSE;
      if (mm->mm_users < 0 || mm->mm_count < (mm->mm_users > 0 ? 1 : 0))
        {
          g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                       "mm %u has mm_users %d and mm_count %d", mm->id, mm->mm_users,
                       mm->mm_count);
          return FALSE;
        }
    }
  return mms_check_pgtables (machine, error);
}
