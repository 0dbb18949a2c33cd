/* mms-rmap.h: the reverse map the views need, built from the page tables.
 *
 * Linux finds a page's mappers through its anon_vma or address_space
 * (mm/rmap.c); the views need the same answer for every frame at once, so
 * MmsRmap walks every live mm's page tables once, from the PGD down, and
 * records each leaf entry that is not empty: present entries by the frame
 * they map, swap entries by their slot.  It reads the engine's public
 * structures only: a table is a frame whose struct page ->private holds
 * its entries.
 */
#pragma once

#include "mms-engine.h"
#include "mms-mm.h"

G_BEGIN_DECLS

typedef struct
{
  struct mm_struct *mm;
  struct vm_area_struct *vma;   /* NULL if no VMA covers the entry */
  guint64 addr;
  guint64 pte;
  guint64 table;                /* pfn of the PTE page holding the entry */
  guint index;                  /* the entry's index in it */
} MmsMapping;

typedef struct _MmsRmap MmsRmap;

/* A VMA as the views go over it: an mm's VMAs are copied into an array in
 * one walk of mm->mmap, because every view goes over them again, and 65,530
 * VMAs linked through the heap cost a cache miss each on every walk while
 * an array is read at the speed of memory. */
typedef struct
{
  guint64 start;                /* vm_start */
  guint64 end;                  /* vm_end */
  gulong flags;                 /* vm_flags */
  struct vm_area_struct *vma;
} MmsVmaSpan;

MmsRmap *mms_rmap_new (MmsMachine *machine);
void mms_rmap_free (MmsRmap *rmap);

/* Every non-empty leaf entry of every mm, by mm (in machine->mms order) and
 * address. */
const MmsMapping *mms_rmap_get_mappings (MmsRmap *rmap,
                                         guint   *n_out);

/* The present entries that map PFN (NULL and 0 when none). */
const MmsMapping * const *mms_rmap_lookup_frame (MmsRmap *rmap,
                                                 guint64  pfn,
                                                 guint   *n_out);

/* The entries inside VMA, in address order. */
const MmsMapping *mms_rmap_lookup_vma (MmsRmap               *rmap,
                                       struct vm_area_struct *vma,
                                       guint                 *n_out);

/* MM's VMAs in list (address) order, copied on the first call: the copy
 * stays valid as long as RMAP does, and the engine must not change in the
 * meantime (a scene is built from a state that holds still). */
const MmsVmaSpan *mms_rmap_get_vmas (MmsRmap          *rmap,
                                     struct mm_struct *mm,
                                     guint            *n_out);

/* The tasks whose address space is MM, as "parent, child" (or "mm N"). */
char *mms_rmap_mm_owners (MmsMachine       *machine,
                          struct mm_struct *mm);

/* Page-table geometry of MACHINE: the lowest address bit LEVEL's index
 * covers (39/30/21/12 on x86_64, 22/12 on i386) and the entries of the
 * table in frame PFN. */
guint mms_rmap_level_shift (MmsMachine *machine,
                            guint       level);
const guint64 *mms_rmap_table_entries (MmsMachine *machine,
                                       guint64     pfn);
const char *mms_rmap_level_name (MmsMachine *machine,
                                 guint       level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsRmap, mms_rmap_free)

G_END_DECLS
