/* mms-slab.c: the slab allocator.
 *
 * Each cache keeps three lists, as mm/slab.c's struct kmem_cache_node did:
 * slabs_full, slabs_partial and slabs_free.  The cache sizes are the ones a
 * Linux 6.18 x86_64 kernel prints in /proc/slabinfo (SLUB's object sizes,
 * objects per slab and pages per slab).
 *
 * Invariants (engine.md section 8):
 *  (1) a slab is on the list its use count says: full, partial or free;
 *  (2) a cache's active_objs is the sum of its slabs' inuse, and each
 *      slab's inuse is the number of objects marked used;
 *  (3) at most one free slab per cache is kept (the others are discarded).
 *
 * kmem_cache_alloc() takes the lowest free object of the slab at the head of
 * slabs_partial, else of slabs_free, else grows the cache by one slab from
 * the buddy allocator (cache_grow()).  kmem_cache_free() moves the slab to
 * the head of the list its new count puts it on; an empty slab goes back to
 * the buddy allocator when the cache already has a free one (discard_slab()).
 */
#include "mms-slab.h"
#include "mms-buddy.h"

typedef struct
{
  const char *name;
  guint object_size;
  guint objs_per_slab;
  guint order;
} CacheSpec;

/* As read from /proc/slabinfo of Linux 6.18 (x86_64, SLUB). */
static const CacheSpec cache_specs[] = {
  { "mm_struct", 1600, 20, 3 },
  { "vm_area_struct", 192, 21, 0 },
  { "anon_vma", 104, 39, 0 },
  { "task_struct", 5888, 5, 3 },
  { "kmalloc-8k", 8192, 4, 3 },
  { "kmalloc-4k", 4096, 8, 3 },
  { "kmalloc-2k", 2048, 16, 3 },
  { "kmalloc-1k", 1024, 16, 2 },
  { "kmalloc-512", 512, 16, 1 },
  { "kmalloc-256", 256, 16, 0 },
  { "kmalloc-192", 192, 21, 0 },
  { "kmalloc-128", 128, 32, 0 },
  { "kmalloc-96", 96, 42, 0 },
  { "kmalloc-64", 64, 64, 0 },
  { "kmalloc-32", 32, 128, 0 },
  { "kmalloc-16", 16, 256, 0 },
  { "kmalloc-8", 8, 512, 0 },
};

void
mms_slab_init (MmsMachine *machine)
{
  machine->caches = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (cache_specs); i++)
    {
      struct kmem_cache *cache = g_new0 (struct kmem_cache, 1);

      cache->index = i;
      cache->name = cache_specs[i].name;
      cache->object_size = cache_specs[i].object_size;
      cache->objs_per_slab = cache_specs[i].objs_per_slab;
      cache->order = cache_specs[i].order;
      g_queue_init (&cache->slabs_full);
      g_queue_init (&cache->slabs_partial);
      g_queue_init (&cache->slabs_free);
      g_ptr_array_add (machine->caches, cache);
    }
}

static void
slab_free_struct (struct slab *slab)
{
  g_free (slab->used);
  g_free (slab);
}

static void
free_queue (GQueue *queue)
{
  GList *l;

  while ((l = g_queue_pop_head_link (queue)) != NULL)
    slab_free_struct (l->data);
}

void
mms_slab_destroy (MmsMachine *machine)
{
  for (guint i = 0; i < machine->caches->len; i++)
    {
      struct kmem_cache *cache = machine->caches->pdata[i];
      free_queue (&cache->slabs_full);
      free_queue (&cache->slabs_partial);
      free_queue (&cache->slabs_free);
      g_free (cache);
    }
  g_clear_pointer (&machine->caches, g_ptr_array_unref);
}

struct kmem_cache *
mms_kmem_cache_find (MmsMachine *machine,
                     const char *name)
{
  g_return_val_if_fail (machine != NULL && name != NULL, NULL);

  for (guint i = 0; i < machine->caches->len; i++)
    {
      struct kmem_cache *cache = machine->caches->pdata[i];
      if (g_str_equal (cache->name, name))
        return cache;
    }
  return NULL;
}

guint64
mms_pfn_to_virt (MmsMachine *machine,
                 guint64     pfn)
{
  return machine->page_offset + (pfn << MMS_PAGE_SHIFT);
}

guint64
mms_virt_to_pfn (MmsMachine *machine,
                 guint64     addr)
{
  guint64 pfn;

  if (addr < machine->page_offset)
    return G_MAXUINT64;
  pfn = (addr - machine->page_offset) >> MMS_PAGE_SHIFT;
  if (pfn >= machine->lowmem_pfn)
    return G_MAXUINT64;
  return pfn;
}

static GQueue *
slab_queue (struct kmem_cache *cache,
            MmsSlabList        list)
{
  switch (list)
    {
    case MMS_SLABS_FULL: return &cache->slabs_full;
    case MMS_SLABS_PARTIAL: return &cache->slabs_partial;
    case MMS_SLABS_FREE: return &cache->slabs_free;
    case MMS_SLAB_NONE:
    default: return NULL;
    }
}

/* Moves SLAB to the head of list TO, with a SLAB_MOVE event (invariant 1). */
static void
slab_move (MmsMachine  *machine,
           struct slab *slab,
           MmsSlabList  to)
{
  MmsSlabList from = slab->list;

  if (from == to)
    return;
  if (from != MMS_SLAB_NONE)
    g_queue_unlink (slab_queue (slab->cache, from), &slab->link);
  g_queue_push_head_link (slab_queue (slab->cache, to), &slab->link);
  slab->list = to;
  if (from != MMS_SLAB_NONE && MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
      .kind = MMS_EV_SLAB_MOVE, .cache = slab->cache->name, .slab = slab->id,
      .pfn = slab->pfn, .from_list = from, .to_list = to,
    });
}

/* cache_grow() / allocate_slab(): a new slab from the buddy allocator. */
static struct slab *
cache_grow (MmsMachine        *machine,
            struct kmem_cache *cache)
{
  struct slab *slab;
  guint64 pfn;

  if (!mms_alloc_pages (machine, MMS_GFP_KERNEL, cache->order, MMS_OWNER_SLAB, &pfn))
    return NULL;

  slab = g_new0 (struct slab, 1);
  slab->id = machine->next_slab_id++;
  slab->cache = cache;
  slab->pfn = pfn;
  slab->used = g_new0 (guint8, cache->objs_per_slab);
  slab->link.data = slab;
  for (guint64 i = 0; i < (G_GUINT64_CONSTANT (1) << cache->order); i++)
    {
      struct page *page = &machine->mem_map[pfn + i];
      page->private = slab;
      page->slab_cache = cache->index + 1;
    }
  machine->mem_map[pfn].flags |= PG_slab;

  g_queue_push_head_link (&cache->slabs_free, &slab->link);
  slab->list = MMS_SLABS_FREE;
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_CACHE_GROW, .cache = cache->name, .slab = slab->id,
    .pfn = pfn, .order = cache->order, .count = cache->objs_per_slab,
    .to_list = MMS_SLABS_FREE,
  });
  return slab;
}

/* discard_slab(): an empty slab's frames go back to the buddy allocator. */
static void
discard_slab (MmsMachine  *machine,
              struct slab *slab)
{
  struct kmem_cache *cache = slab->cache;
  guint64 pfn = slab->pfn;
  guint id = slab->id;

  if (slab->list != MMS_SLAB_NONE)
    g_queue_unlink (slab_queue (cache, slab->list), &slab->link);
  for (guint64 i = 0; i < (G_GUINT64_CONSTANT (1) << cache->order); i++)
    {
      struct page *page = &machine->mem_map[pfn + i];
      page->private = NULL;
      page->slab_cache = 0;
    }
  machine->mem_map[pfn].flags &= ~PG_slab;
  slab_free_struct (slab);
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_CACHE_SHRINK, .cache = cache->name, .slab = id,
    .pfn = pfn, .order = cache->order, .from_list = MMS_SLABS_FREE,
  });
  mms_free_pages (machine, pfn, cache->order);
}

gboolean
mms_kmem_cache_alloc (MmsMachine        *machine,
                      struct kmem_cache *cache,
                      guint64           *addr_out)
{
  struct slab *slab;
  guint index;
  guint64 addr;

  g_return_val_if_fail (machine != NULL && cache != NULL && addr_out != NULL, FALSE);

  if (cache->slabs_partial.head != NULL)
    slab = cache->slabs_partial.head->data;
  else if (cache->slabs_free.head != NULL)
    slab = cache->slabs_free.head->data;
  else if ((slab = cache_grow (machine, cache)) == NULL)
    return FALSE;

  for (index = 0; index < cache->objs_per_slab; index++)
    if (!slab->used[index])
      break;
  g_assert (index < cache->objs_per_slab);

  slab->used[index] = 1;
  slab->inuse++;
  cache->active_objs++;
  addr = mms_pfn_to_virt (machine, slab->pfn) + (guint64) index * cache->object_size;
  /* The list move comes first, so the lists agree with the counts at
   * every event (invariant 1). */
  slab_move (machine, slab,
             slab->inuse == cache->objs_per_slab ? MMS_SLABS_FULL : MMS_SLABS_PARTIAL);
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_CACHE_ALLOC, .cache = cache->name, .slab = slab->id,
    .pfn = slab->pfn, .obj = index, .addr = addr, .count = slab->inuse,
  });
  *addr_out = addr;
  return TRUE;
}

struct slab *
mms_slab_of_addr (MmsMachine *machine,
                  guint64     addr,
                  guint      *index_out)
{
  guint64 pfn = mms_virt_to_pfn (machine, addr);
  struct slab *slab;
  guint64 offset;

  if (pfn == G_MAXUINT64 || pfn >= machine->nr_frames)
    return NULL;
  if (machine->mem_map[pfn].slab_cache == 0)
    return NULL;
  slab = machine->mem_map[pfn].private;
  offset = addr - mms_pfn_to_virt (machine, slab->pfn);
  if (offset % slab->cache->object_size != 0
      || offset / slab->cache->object_size >= slab->cache->objs_per_slab)
    return NULL;
  if (index_out != NULL)
    *index_out = (guint) (offset / slab->cache->object_size);
  return slab;
}

gboolean
mms_kmem_cache_free (MmsMachine        *machine,
                     struct kmem_cache *cache,
                     guint64            addr)
{
  struct slab *slab;
  guint index;

  g_return_val_if_fail (machine != NULL && cache != NULL, FALSE);

  slab = mms_slab_of_addr (machine, addr, &index);
  if (slab == NULL || slab->cache != cache || !slab->used[index])
    return FALSE;

  slab->used[index] = 0;
  slab->inuse--;
  cache->active_objs--;
  slab_move (machine, slab, slab->inuse > 0 ? MMS_SLABS_PARTIAL : MMS_SLABS_FREE);
  if (MMS_EMITTING (machine))
    mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_CACHE_FREE, .cache = cache->name, .slab = slab->id,
    .pfn = slab->pfn, .obj = index, .addr = addr, .count = slab->inuse,
  });

  /* Invariant 3: one free slab is kept, the one before it goes back. */
  if (slab->inuse == 0 && cache->slabs_free.length > 1)
    discard_slab (machine, slab);
  return TRUE;
}

struct kmem_cache *
mms_kmalloc_cache (MmsMachine *machine,
                   guint64     size)
{
  const char *name;

  g_return_val_if_fail (machine != NULL, NULL);

  /* kmalloc_index(): the kmalloc-96 and kmalloc-192 caches serve 65..96
   * and 129..192 bytes. */
  if (size == 0 || size > MMS_KMALLOC_MAX_CACHE_SIZE)
    return NULL;
  if (size <= 8) name = "kmalloc-8";
  else if (size <= 16) name = "kmalloc-16";
  else if (size <= 32) name = "kmalloc-32";
  else if (size <= 64) name = "kmalloc-64";
  else if (size <= 96) name = "kmalloc-96";
  else if (size <= 128) name = "kmalloc-128";
  else if (size <= 192) name = "kmalloc-192";
  else if (size <= 256) name = "kmalloc-256";
  else if (size <= 512) name = "kmalloc-512";
  else if (size <= 1024) name = "kmalloc-1k";
  else if (size <= 2048) name = "kmalloc-2k";
  else if (size <= 4096) name = "kmalloc-4k";
  else name = "kmalloc-8k";
  return mms_kmem_cache_find (machine, name);
}

/* get_order(): the smallest order whose block holds SIZE bytes. */
static guint
get_order (guint64 size)
{
  guint order = 0;

  while ((MMS_PAGE_SIZE << order) < size && order < 63)
    order++;
  return order;
}

gboolean
mms_kmalloc (MmsMachine *machine,
             guint64     size,
             guint64    *addr_out)
{
  struct kmem_cache *cache;
  guint64 pfn;
  guint order;

  g_return_val_if_fail (machine != NULL && addr_out != NULL && size > 0, FALSE);

  cache = mms_kmalloc_cache (machine, size);
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_KMALLOC, .count = size,
    .cache = cache != NULL ? cache->name : NULL,
    .order = cache != NULL ? 0 : get_order (size),
  });
  if (cache != NULL)
    return mms_kmem_cache_alloc (machine, cache, addr_out);

  /* kmalloc_large(): straight from the buddy allocator. */
  order = get_order (size);
  if (order > MMS_MAX_PAGE_ORDER)
    return FALSE;
  if (!mms_alloc_pages (machine, MMS_GFP_KERNEL, order, MMS_OWNER_KERNEL, &pfn))
    return FALSE;
  *addr_out = mms_pfn_to_virt (machine, pfn);
  return TRUE;
}

gboolean
mms_kfree (MmsMachine *machine,
           guint64     addr)
{
  guint64 pfn;
  struct slab *slab;
  guint index;
  struct page *page;

  g_return_val_if_fail (machine != NULL, FALSE);

  pfn = mms_virt_to_pfn (machine, addr);
  if (pfn == G_MAXUINT64 || pfn >= machine->nr_frames)
    return FALSE;
  slab = mms_slab_of_addr (machine, addr, &index);
  if (slab != NULL)
    {
      if (!g_str_has_prefix (slab->cache->name, "kmalloc-") || !slab->used[index])
        return FALSE;
      mms_machine_emit (machine, &(MmsEvent) {
        .kind = MMS_EV_KFREE, .addr = addr, .cache = slab->cache->name,
      });
      return mms_kmem_cache_free (machine, slab->cache, addr);
    }

  /* A kmalloc_large() block: free_large_kmalloc(). */
  page = &machine->mem_map[pfn];
  if (page->owner != MMS_OWNER_KERNEL || (addr & ~MMS_PAGE_MASK) != 0
      || (page->flags & (PG_buddy | PG_reserved)))
    return FALSE;
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_KFREE, .addr = addr, .order = page->order, .pfn = pfn,
  });
  mms_free_pages (machine, pfn, page->order);
  return TRUE;
}
