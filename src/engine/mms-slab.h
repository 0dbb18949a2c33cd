/* mms-slab.h: the slab allocator with full, partial and free slab lists. */
#pragma once

#include "mms-machine.h"

G_BEGIN_DECLS

/* Largest kmalloc served by a cache (KMALLOC_MAX_CACHE_SIZE = 2 pages). */
#define MMS_KMALLOC_MAX_CACHE_SIZE (2 * MMS_PAGE_SIZE)

/* Creates the kernel's caches (mm_struct, vm_area_struct, anon_vma,
 * task_struct and kmalloc-8 .. kmalloc-8k); called by mms_machine_new. */
void mms_slab_init (MmsMachine *machine);
void mms_slab_destroy (MmsMachine *machine);

struct kmem_cache *mms_kmem_cache_find (MmsMachine *machine,
                                        const char *name);

/* Allocates an object; returns TRUE and its kernel virtual address, or
 * FALSE when no frames could be had for a new slab. */
gboolean mms_kmem_cache_alloc (MmsMachine        *machine,
                               struct kmem_cache *cache,
                               guint64           *addr_out);

/* Frees the object at ADDR; FALSE (and nothing changes) when ADDR is not an
 * allocated object of CACHE. */
gboolean mms_kmem_cache_free (MmsMachine        *machine,
                              struct kmem_cache *cache,
                              guint64            addr);

/* The cache kmalloc(SIZE) uses, or NULL when SIZE > 8 KiB (kmalloc_large). */
struct kmem_cache *mms_kmalloc_cache (MmsMachine *machine,
                                      guint64     size);

gboolean mms_kmalloc (MmsMachine *machine,
                      guint64     size,
                      guint64    *addr_out);
/* FALSE when ADDR is not a live kmalloc object or large allocation. */
gboolean mms_kfree (MmsMachine *machine,
                    guint64     addr);

/* The kernel virtual address of frame PFN (lowmem only). */
guint64 mms_pfn_to_virt (MmsMachine *machine,
                         guint64     pfn);
/* The frame of a kernel virtual address, or G_MAXUINT64. */
guint64 mms_virt_to_pfn (MmsMachine *machine,
                         guint64     addr);

/* The slab holding ADDR and the object's index, or NULL. */
struct slab *mms_slab_of_addr (MmsMachine *machine,
                               guint64     addr,
                               guint      *index_out);

G_END_DECLS
