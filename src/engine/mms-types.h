/* mms-types.h: constants and small types shared by the whole engine.
 *
 * The engine is a deterministic model of Linux memory management; these are
 * the numbers the kernel uses (include/linux/mmzone.h, arch/x86/include/asm).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MMS_PAGE_SHIFT 12
#define MMS_PAGE_SIZE  (G_GUINT64_CONSTANT (1) << MMS_PAGE_SHIFT)
#define MMS_PAGE_MASK  (~(MMS_PAGE_SIZE - 1))

/* MAX_ORDER as in Linux 6.x before the rename: orders 0..10. */
#define MMS_MAX_ORDER     11
#define MMS_MAX_PAGE_ORDER (MMS_MAX_ORDER - 1)

/* The end of a pfn-linked list. */
#define MMS_PFN_NONE G_MAXUINT32

/* RAM limits the engine accepts: at least 1 MiB, at most 64 GiB (i386: 4 GiB). */
#define MMS_RAM_MIN (G_GUINT64_CONSTANT (1) << 20)
#define MMS_RAM_MAX (G_GUINT64_CONSTANT (64) << 30)
#define MMS_RAM_MAX_I386 (G_GUINT64_CONSTANT (4) << 30)
/* The most swap the engine accepts. */
#define MMS_SWAP_MAX (G_GUINT64_CONSTANT (64) << 30)

typedef enum
{
  MMS_ARCH_PRESET_X86_64,
  MMS_ARCH_PRESET_I386,
  MMS_ARCH_PRESET_I386_LEGACY,
} MmsArch;

/* Zone numbers in address order, as enum zone_type. */
typedef enum
{
  MMS_ZONE_DMA,
  MMS_ZONE_DMA32,
  MMS_ZONE_NORMAL,
  MMS_ZONE_HIGHMEM,
  MMS_NR_ZONES,
} MmsZoneId;

/* What a frame is used for; the physical view colours frames by it. */
typedef enum
{
  MMS_OWNER_FREE,       /* in a buddy free block */
  MMS_OWNER_RESERVED,   /* memblock_reserve()d at boot */
  MMS_OWNER_ZERO,       /* the shared zero page */
  MMS_OWNER_KERNEL,     /* kernel alloc_pages / kmalloc_large */
  MMS_OWNER_SLAB,       /* a slab's frames */
  MMS_OWNER_PAGETABLE,  /* a page-table page */
  MMS_OWNER_ANON,       /* a process's anonymous page */
  MMS_OWNER_FILE,       /* page cache */
  MMS_OWNER_SHMEM,      /* shared anonymous memory / SysV shm */
  MMS_OWNER_INFLIGHT,   /* taken off a free list, not yet handed out */
  MMS_NR_OWNERS,
} MmsPageOwner;

typedef struct _MmsMachine MmsMachine;

const char *mms_arch_name (MmsArch arch);
const char *mms_zone_name (MmsZoneId zone);
const char *mms_owner_name (MmsPageOwner owner);

G_END_DECLS
