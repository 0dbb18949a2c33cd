/* mms-buddy.h: the buddy allocator (mm/page_alloc.c). */
#pragma once

#include "mms-machine.h"

G_BEGIN_DECLS

/* Where an allocation may come from: the highest zone of its zonelist
 * (the gfp_zone() of its GFP flags).  Kernel allocations never use HighMem. */
typedef enum
{
  MMS_GFP_KERNEL,           /* Normal, DMA32, DMA */
  MMS_GFP_USER,             /* HighMem, Normal, DMA32, DMA (GFP_HIGHUSER) */
  MMS_GFP_DMA,              /* DMA only */
  MMS_GFP_DMA32,            /* DMA32, DMA */
  MMS_GFP_NORMAL,           /* same zonelist as KERNEL */
  MMS_GFP_HIGHMEM,          /* HighMem, Normal, DMA (kernel asking for highmem) */
} MmsGfp;

/* Allocates 2^order frames; returns TRUE and the block's first pfn, or
 * FALSE when no zone of the zonelist has a block (an ALLOC_FAIL event). */
gboolean mms_alloc_pages (MmsMachine   *machine,
                          MmsGfp        gfp,
                          guint         order,
                          MmsPageOwner  owner,
                          guint64      *pfn_out);

/* Frees a block that mms_alloc_pages() returned. */
void mms_free_pages (MmsMachine *machine,
                     guint64     pfn,
                     guint       order);

/* TRUE when the machine has a zone that GFP may start from. */
gboolean mms_gfp_valid (MmsMachine *machine,
                        MmsGfp      gfp);

/* Boot-time: makes each MmsGfp's zonelist from the populated zones
 * (build_zonelists()); mms_machine_new() calls it once. */
void mms_buddy_build_zonelists (MmsMachine *machine);

/* Boot-time: hands a naturally aligned free block to its zone. */
void mms_buddy_boot_block (MmsMachine *machine,
                           guint64     pfn,
                           guint       order);

G_END_DECLS
