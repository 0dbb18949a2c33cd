/* mms-vma-index.h: the search index behind find_vma() (see the .c file). */
#pragma once

#include "mms-mm.h"

G_BEGIN_DECLS

typedef struct _MmsVmaIndex MmsVmaIndex;

MmsVmaIndex *mms_vma_index_new (void);
void mms_vma_index_free (MmsVmaIndex *index);
guint mms_vma_index_size (MmsVmaIndex *index);

/* VMA goes in under its vm_start. */
void mms_vma_index_insert (MmsVmaIndex           *index,
                           struct vm_area_struct *vma);
void mms_vma_index_remove (MmsVmaIndex           *index,
                           struct vm_area_struct *vma);
/* VMA's vm_start changed from OLD_START. */
void mms_vma_index_rekey (MmsVmaIndex           *index,
                          struct vm_area_struct *vma,
                          guint64                old_start);
/* VMA's range changed (its start, if changed, already rekeyed). */
void mms_vma_index_touch (MmsVmaIndex           *index,
                          struct vm_area_struct *vma);
/* The highest (lowest) address in [low, high) where LEN bytes fit between
 * the VMAs, keeping a stack's guard gap; G_MAXUINT64 when none. */
guint64 mms_vma_index_gap_topdown (MmsVmaIndex *index,
                                   guint64      len,
                                   guint64      low,
                                   guint64      high);
guint64 mms_vma_index_gap_bottomup (MmsVmaIndex *index,
                                    guint64      len,
                                    guint64      low,
                                    guint64      high);

/* The first VMA with vm_end > addr, or NULL. */
struct vm_area_struct *mms_vma_index_find (MmsVmaIndex *index,
                                           guint64      addr);
/* The index holds exactly the VMAs of the list starting at FIRST. */
gboolean mms_vma_index_check (MmsVmaIndex           *index,
                              struct vm_area_struct *first,
                              GError               **error);

G_END_DECLS
