/* mms-exec.h: exec with a loader of the caller's, for real program images.
 *
 * mms_spawn() and mms_exec() build a synthetic image (MmsImage).  A real
 * ELF file is loaded by src/import/ instead, as fs/binfmt_elf.c does it; it
 * needs the steps of load_elf_binary() that are the kernel's and not the
 * file format's: the stack of setup_arg_pages(), vm_brk_flags() for a bss,
 * padzero()'s write to the last file page, and the vdso of
 * arch_setup_additional_pages().  Those are here; the segments themselves
 * are mapped with mms_sys_mmap() and mms_sys_munmap() like vm_mmap() does.
 */
#pragma once

#include "mms-process.h"

G_BEGIN_DECLS

/* Builds an image into TASK->mm, a fresh mm that TASK points at while the
 * loader runs (so the syscalls and helpers below act on it).  Returns 0 or
 * a negative errno; on an error the new mm is released. */
typedef int (*MmsLoadFunc) (struct task_struct *task,
                            gpointer            user_data);

/* spawn and exec with LOAD in place of a synthetic image. */
struct task_struct *mms_spawn_with_loader (MmsMachine  *machine,
                                           const char  *comm,
                                           MmsLoadFunc  load,
                                           gpointer     user_data,
                                           int         *err);
int mms_exec_with_loader (struct task_struct *task,
                          MmsLoadFunc         load,
                          gpointer            user_data);

/* setup_arg_pages(): the stack VMA at the top of the address space, the
 * pages that hold STRING_BYTES of argument and environment strings plus
 * the 128 KiB that setup_arg_pages() adds; EXEC for an executable stack
 * (PT_GNU_STACK with PF_X).  Sets start_stack, arg_* and env_* and writes
 * the strings (copy_strings()).  0 or a negative errno. */
int mms_setup_arg_pages (struct task_struct *task,
                         guint64             string_bytes,
                         gboolean            exec);

/* vm_brk_flags(): an anonymous private mapping of [ADDR, ADDR + LEN), as
 * for a segment's bss; VM_EXEC when EXEC.  0 or a negative errno. */
int mms_vm_brk_flags (struct task_struct *task,
                      guint64             addr,
                      guint64             len,
                      gboolean            exec);

/* padzero(): clear_user() of the rest of ADDR's page, a write fault.
 * 0, or -EFAULT when the page cannot be written. */
int mms_padzero (struct task_struct *task,
                 guint64             addr);

/* arch_setup_additional_pages(): [vvar], [vvar_vclock] and [vdso],
 * top-down (one [vdso] page on i386).  0 or a negative errno. */
int mms_arch_setup_additional_pages (struct task_struct *task);

G_END_DECLS

G_BEGIN_DECLS

/* __get_unmapped_area() with its THP alignment (mm/huge_memory.c,
 * __thp_get_unmapped_area()): on x86_64, a mapping of a regular file that
 * covers a whole PMD-aligned 2 MiB of the file, and a private anonymous
 * mapping without a hint whose length is a multiple of 2 MiB, are placed
 * so that the file offset (or the address) is 2 MiB aligned; everything
 * else as mms_get_unmapped_area().  SHARED: MAP_SHARED (shmem's own
 * get_unmapped_area, which aligns nothing with huge pages off).  Returns
 * the address or G_MAXUINT64. */
guint64 mms_thp_get_unmapped_area (struct mm_struct *mm,
                                   struct mms_file  *file,
                                   guint64           hint,
                                   guint64           len,
                                   guint64           pgoff,
                                   gboolean          shared);

G_END_DECLS
