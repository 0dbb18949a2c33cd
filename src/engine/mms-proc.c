/* mms-proc.c: /proc/PID/maps, after fs/proc/task_mmu.c (show_map_vma). */
#include "mms-process-private.h"

/* get_vma_name(): the file, a special mapping's name, [heap] or [stack]. */
static const char *
vma_name (struct vm_area_struct *vma)
{
  struct mm_struct *mm = vma->vm_mm;

  if (vma->vm_file != NULL)
    return vma->vm_file->path;
  if (vma->special != NULL)
    return vma->special;
  /* vma_is_initial_heap(): strict, so a bss that ends at start_brk is
   * not the heap while brk == start_brk. */
  if (vma->vm_start < mm->brk && vma->vm_end > mm->start_brk)
    return "[heap]";
  if (vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack)
    return "[stack]";
  return NULL;
}

/* show_vma_header_prefix() and the padded name.  seq_setwidth(m, 25 +
 * sizeof (void *) * 6 - 1) makes the name start in column 74 on 64-bit
 * kernels and 50 on 32-bit ones. */
static void
format_line (GString    *out,
             MmsMachine *m,
             guint64     vm_start,
             guint64     vm_end,
             const char *perms,
             guint64     offset,
             guint       major,
             guint       minor,
             guint64     inode,
             const char *name)
{
  gsize width = m->arch == MMS_ARCH_PRESET_X86_64 ? 72 : 48;
  gsize start = out->len;

  g_string_append_printf (out, "%08" G_GINT64_MODIFIER "x-%08" G_GINT64_MODIFIER "x %s %08"
                          G_GINT64_MODIFIER "x %02x:%02x %" G_GUINT64_FORMAT " ",
                          vm_start, vm_end, perms, offset, major, minor, inode);
  if (name != NULL)
    {
      /* seq_pad(m, ' ') */
      while (out->len - start < width)
        g_string_append_c (out, ' ');
      g_string_append_c (out, ' ');
      g_string_append (out, name);
    }
  g_string_append_c (out, '\n');
}

void
mms_format_maps_line (struct vm_area_struct *vma,
                      GString               *out)
{
  const char *name = vma_name (vma);
  char perms[5];
  guint64 offset = 0;
  guint major = 0, minor = 0;
  guint64 inode = 0;

  if (vma->vm_file != NULL)
    {
      offset = vma->vm_pgoff << MMS_PAGE_SHIFT;
      inode = vma->vm_file->inode;
      if (vma->vm_file->real_dev)
        major = vma->vm_file->dev_major, minor = vma->vm_file->dev_minor;
      else if (vma->vm_file->shmem)
        minor = 1;
      else
        major = 8, minor = 1;
    }
  perms[0] = vma->vm_flags & VM_READ ? 'r' : '-';
  perms[1] = vma->vm_flags & VM_WRITE ? 'w' : '-';
  perms[2] = vma->vm_flags & VM_EXEC ? 'x' : '-';
  perms[3] = vma->vm_flags & VM_MAYSHARE ? 's' : 'p';
  perms[4] = '\0';
  format_line (out, vma->vm_mm->machine, vma->vm_start, vma->vm_end, perms, offset,
               major, minor, inode, name);
}

static guint
mt_entry_name (gpointer entry)
{
  return ((struct vm_area_struct *) entry)->id;
}

void
mms_report_mt_dump (struct mm_struct *mm,
                    GString          *out)
{
  g_return_if_fail (mm != NULL && out != NULL);
  mms_mt_dump (&mm->mm_mt, mt_entry_name, out);
}

void
mms_machine_mt_log_start (MmsMachine *machine)
{
  if (machine->mt_log == NULL)
    machine->mt_log = g_string_new (NULL);
}

const char *
mms_machine_mt_log (MmsMachine *machine)
{
  return machine->mt_log != NULL ? machine->mt_log->str : NULL;
}

void
mms_report_maps (struct mm_struct *mm,
                 GString          *out)
{
  g_return_if_fail (mm != NULL && out != NULL);

  for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    mms_format_maps_line (vma, out);
  /* The vsyscall page is in every x86_64 process's maps (gate_vma). */
  if (mm->machine->arch == MMS_ARCH_PRESET_X86_64)
    format_line (out, mm->machine, G_GUINT64_CONSTANT (0xffffffffff600000),
                 G_GUINT64_CONSTANT (0xffffffffff601000), "--xp", 0, 0, 0, 0, "[vsyscall]");
}
