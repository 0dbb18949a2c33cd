/* mms-process-private.h: VMA-level helpers shared by mms-vma.c,
 * mms-mmap.c and mms-process.c. */
#pragma once

#include "mms-mm-private.h"
#include "mms-process.h"

G_BEGIN_DECLS

void mms_vm_stat_account (struct mm_struct *mm,
                          gulong            flags,
                          gint64            npages);
struct vm_area_struct *mms_vm_area_alloc (struct mm_struct *mm);
struct vm_area_struct *mms_vm_area_dup (struct vm_area_struct *vma,
                                        struct mm_struct      *mm);
void mms_vm_area_free (struct vm_area_struct *vma);
void mms_vma_link (struct mm_struct      *mm,
                   struct vm_area_struct *vma,
                   struct vm_area_struct *prev);
void mms_vma_unlink (struct mm_struct      *mm,
                     struct vm_area_struct *vma);
void mms_remove_vma (struct vm_area_struct *vma);
void mms_vma_set_range (struct vm_area_struct *vma,
                        guint64                start,
                        guint64                end,
                        guint64                pgoff);
void mms_vma_set_flags (struct vm_area_struct *vma,
                        gulong                 flags);
gboolean mms_vmas_mergeable (const struct vm_area_struct *prev,
                             const struct vm_area_struct *next);
struct vm_area_struct *mms_vma_merge_new (struct mm_struct      *mm,
                                          struct vm_area_struct *prev,
                                          struct vm_area_struct *next,
                                          guint64                start,
                                          guint64                end,
                                          gulong                 flags,
                                          struct mms_file       *file,
                                          guint64                pgoff,
                                          struct anon_vma       *anon_vma);
struct vm_area_struct *mms_split_vma (struct vm_area_struct *vma,
                                      guint64                addr,
                                      gboolean               new_below);
struct vm_area_struct *mms_vma_merge_existing (struct vm_area_struct *vma,
                                               guint64                start,
                                               guint64                end,
                                               gulong                 newflags);
struct vm_area_struct *mms_vma_modify (struct vm_area_struct *vma,
                                       guint64                start,
                                       guint64                end,
                                       gulong                 newflags);
guint64 mms_get_unmapped_area (struct mm_struct *mm,
                               guint64           hint,
                               guint64           len);
struct vm_area_struct *mms_find_vma_intersection (struct mm_struct *mm,
                                                  guint64           start,
                                                  guint64           end);
gboolean mms_check_vmas (struct mm_struct  *mm,
                         GError           **error);

struct mms_file *mms_file_create_shmem (MmsMachine *machine,
                                        const char *path,
                                        guint64     size);
/* mm_alloc() with its PGD; NULL when memory ran out. */
struct mm_struct *mms_mm_alloc (MmsMachine *machine);
/* mmput(): drops mm_users; at zero exit_mmap() and mmdrop(). */
void mms_mmput (struct mm_struct *mm);

/* A new task without an mm (task_struct from its slab); NULL when memory
 * ran out. */
struct task_struct *mms_task_new (MmsMachine *machine,
                                  const char *comm,
                                  gint        parent_pid);

/* A VMA stops mapping FILE (drops file->nr_mappings). */
void mms_file_unmapped (MmsMachine      *machine,
                        struct mms_file *file);

/* do_vmi_munmap(): 0 or -errno. */
int mms_do_munmap (struct mm_struct *mm,
                   guint64           start,
                   guint64           len);
/* mmap_region() for a range known to be valid: 0 or -errno. */
int mms_mmap_region (struct mm_struct *mm,
                     guint64           addr,
                     guint64           len,
                     gulong            vm_flags,
                     struct mms_file  *file,
                     guint64           pgoff,
                     const char       *special);

G_END_DECLS
