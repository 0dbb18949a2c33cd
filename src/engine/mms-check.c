/* mms-check.c: invariant checkers (engine.md section 8).
 *
 * They read the engine's structures without trusting any of its counters:
 * every count is recomputed from the lists and the frames, then compared.
 * The tests call mms_machine_check() after every event; the engine calls it
 * itself when built with -Ddebug_checks=true.
 */
#include "mms-check.h"
#include "mms-slab.h"
#include "mms-process.h"

#define FAIL(...) \
  G_STMT_START { \
    g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID, __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

gboolean
mms_check_buddy (MmsMachine  *machine,
                 GError     **error)
{
  g_autofree guint8 *listed = NULL;
  guint64 walk_free = 0, walk_used = 0, walk_reserved = 0, walk_pending = 0;
  guint64 list_free = 0;
  guint64 pfn;

  g_return_val_if_fail (machine != NULL, FALSE);

  /* Invariants 1, 3 and 5: walk each free list. */
  listed = g_new0 (guint8, machine->nr_frames);
  for (guint z = 0; z < machine->nr_zones; z++)
    {
      struct zone *zone = &machine->zones[machine->zone_ids[z]];
      guint64 zone_end = zone->zone_start_pfn + zone->spanned_pages;
      guint64 zone_free = 0;

      for (guint order = 0; order < MMS_MAX_ORDER; order++)
        {
          struct free_area *area = &zone->free_area[order];
          guint64 size = G_GUINT64_CONSTANT (1) << order;
          guint64 length = 0;
          guint32 prev = MMS_PFN_NONE;

          for (guint32 p = area->head; p != MMS_PFN_NONE; p = machine->mem_map[p].lru_next)
            {
              struct page *page;
              guint64 buddy;

              if (p >= machine->nr_frames)
                FAIL ("%s free_area[%u]: pfn 0x%x is beyond RAM", zone->name, order, p);
              page = &machine->mem_map[p];
              if (length++ > machine->nr_frames)
                FAIL ("%s free_area[%u]: the list loops", zone->name, order);
              if (page->lru_prev != prev)
                FAIL ("%s free_area[%u]: pfn 0x%x has a wrong back link", zone->name, order, p);
              if (!(page->flags & PG_buddy) || page->order != order)
                FAIL ("%s free_area[%u]: pfn 0x%x is not marked free at order %u",
                      zone->name, order, p, order);
              if ((p & (size - 1)) != 0)
                FAIL ("free block 0x%x of order %u is not aligned (invariant 1)", p, order);
              if (p < zone->zone_start_pfn || p + size > zone_end)
                FAIL ("free block 0x%x of order %u leaves zone %s (invariant 1)",
                      p, order, zone->name);
              if (listed[p])
                FAIL ("free block 0x%x is listed twice", p);
              listed[p] = 1;
              buddy = p ^ size;
              if (order < MMS_MAX_PAGE_ORDER && buddy >= zone->zone_start_pfn
                  && buddy + size <= zone_end
                  && (machine->mem_map[buddy].flags & PG_buddy)
                  && machine->mem_map[buddy].order == order)
                FAIL ("free block 0x%x and its buddy 0x%" G_GINT64_MODIFIER "x are both free "
                      "at order %u (invariant 3)", p, buddy, order);
              prev = p;
            }
          if (length != area->nr_free)
            FAIL ("%s free_area[%u]: nr_free is %" G_GUINT64_FORMAT " but the list has %"
                  G_GUINT64_FORMAT " blocks (invariant 5)", zone->name, order, area->nr_free, length);
          zone_free += length * size;
        }
      if (zone_free != zone->nr_free_pages)
        FAIL ("zone %s counts %" G_GUINT64_FORMAT " free frames, its lists hold %" G_GUINT64_FORMAT,
              zone->name, zone->nr_free_pages, zone_free);
      list_free += zone_free;
    }

  /* Invariant 2 and 4: walk all frames block by block.  Every frame is
   * reserved, the head or tail of a free block, or the head or tail of an
   * allocated block, and blocks tile memory without overlap. */
  for (pfn = 0; pfn < machine->nr_frames;)
    {
      struct page *page = &machine->mem_map[pfn];
      guint64 size;

      if (page->flags & PG_reserved)
        {
          walk_reserved++;
          pfn++;
          continue;
        }
      if (pfn >= machine->boot_cursor)
        {
          /* Boot has not handed this frame to the allocator yet. */
          walk_pending++;
          pfn++;
          continue;
        }
      size = G_GUINT64_CONSTANT (1) << page->order;
      if (page->order > MMS_MAX_PAGE_ORDER || pfn + size > machine->nr_frames
          || (pfn & (size - 1)) != 0)
        FAIL ("frame 0x%" G_GINT64_MODIFIER "x heads a bad block of order %u", pfn, page->order);
      if (page->flags & PG_buddy)
        {
          if (!listed[pfn])
            FAIL ("free block 0x%" G_GINT64_MODIFIER "x of order %u is on no free list",
                  pfn, page->order);
          walk_free += size;
        }
      else
        {
          if (page->owner == MMS_OWNER_FREE)
            FAIL ("frame 0x%" G_GINT64_MODIFIER "x is neither free nor owned", pfn);
          walk_used += size;
        }
      for (guint64 i = 1; i < size; i++)
        if (machine->mem_map[pfn + i].flags & (PG_buddy | PG_reserved))
          FAIL ("frame 0x%" G_GINT64_MODIFIER "x inside the block at 0x%" G_GINT64_MODIFIER
                "x of order %u is itself a block head (invariant 2)", pfn + i, pfn, page->order);
      pfn += size;
    }

  if (walk_free != list_free)
    FAIL ("the free lists hold %" G_GUINT64_FORMAT " frames, the frames say %" G_GUINT64_FORMAT,
          list_free, walk_free);
  if (walk_used != machine->nr_used)
    FAIL ("%" G_GUINT64_FORMAT " frames are in use, the counter says %" G_GUINT64_FORMAT,
          walk_used, machine->nr_used);
  if (walk_reserved != machine->nr_reserved)
    FAIL ("%" G_GUINT64_FORMAT " frames are reserved, the counter says %" G_GUINT64_FORMAT,
          walk_reserved, machine->nr_reserved);
  if (walk_free + walk_used + walk_reserved + walk_pending != machine->nr_frames)
    FAIL ("free + used + reserved = %" G_GUINT64_FORMAT " is not the %" G_GUINT64_FORMAT
          " frames of RAM (invariant 4)", walk_free + walk_used + walk_reserved, machine->nr_frames);
  return TRUE;
}

static gboolean
check_slab_queue (MmsMachine         *machine,
                  struct kmem_cache  *cache,
                  GQueue             *queue,
                  MmsSlabList         list,
                  guint64            *active,
                  GHashTable         *seen,
                  GError            **error)
{
  guint length = 0;

  for (GList *l = queue->head; l != NULL; l = l->next)
    {
      struct slab *slab = l->data;
      guint used = 0;

      length++;
      if (slab->cache != cache || slab->list != list)
        FAIL ("slab %u of %s is on the %s list but says %s", slab->id, cache->name,
              mms_slab_list_name (list), mms_slab_list_name (slab->list));
      if (!g_hash_table_add (seen, slab))
        FAIL ("slab %u of %s is on two lists", slab->id, cache->name);
      for (guint i = 0; i < cache->objs_per_slab; i++)
        {
          if (slab->used[i] > 1)
            FAIL ("object %u of slab %u is corrupt", i, slab->id);
          used += slab->used[i];
        }
      if (used != slab->inuse)
        FAIL ("slab %u of %s counts %u objects in use, %u are marked", slab->id,
              cache->name, slab->inuse, used);
      if ((list == MMS_SLABS_FULL && used != cache->objs_per_slab)
          || (list == MMS_SLABS_PARTIAL && (used == 0 || used == cache->objs_per_slab))
          || (list == MMS_SLABS_FREE && used != 0))
        FAIL ("slab %u of %s has %u of %u objects in use but is on the %s list (invariant 1)",
              slab->id, cache->name, used, cache->objs_per_slab, mms_slab_list_name (list));
      if (slab->pfn >= machine->nr_frames)
        FAIL ("slab %u lies beyond RAM", slab->id);
      {
        struct page *head = &machine->mem_map[slab->pfn];
        if (!(head->flags & PG_slab) || head->owner != MMS_OWNER_SLAB
            || head->order != cache->order)
          FAIL ("slab %u's frame 0x%" G_GINT64_MODIFIER "x is not a slab block of order %u",
                slab->id, slab->pfn, cache->order);
        for (guint64 i = 0; i < (G_GUINT64_CONSTANT (1) << cache->order); i++)
          if (machine->mem_map[slab->pfn + i].private != slab
              || machine->mem_map[slab->pfn + i].slab_cache != cache->index + 1)
            FAIL ("frame 0x%" G_GINT64_MODIFIER "x does not point back to slab %u",
                  slab->pfn + i, slab->id);
      }
      *active += used;
    }
  if (length != queue->length)
    FAIL ("%s's %s list length is wrong", cache->name, mms_slab_list_name (list));
  return TRUE;
}

gboolean
mms_check_slab (MmsMachine  *machine,
                GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint64 slab_frames = 0;

  g_return_val_if_fail (machine != NULL, FALSE);

  for (guint i = 0; i < machine->caches->len; i++)
    {
      struct kmem_cache *cache = machine->caches->pdata[i];
      guint64 active = 0;

      if (!check_slab_queue (machine, cache, &cache->slabs_full, MMS_SLABS_FULL, &active, seen, error)
          || !check_slab_queue (machine, cache, &cache->slabs_partial, MMS_SLABS_PARTIAL, &active, seen, error)
          || !check_slab_queue (machine, cache, &cache->slabs_free, MMS_SLABS_FREE, &active, seen, error))
        return FALSE;
      if (active != cache->active_objs)
        FAIL ("%s counts %" G_GUINT64_FORMAT " active objects, its slabs hold %" G_GUINT64_FORMAT
              " (invariant 2)", cache->name, cache->active_objs, active);
      /* Invariant 3 (one free slab kept) holds between operations, not
       * between the events of one kmem_cache_free(); the slab tests check it. */
      slab_frames += (guint64) (cache->slabs_full.length + cache->slabs_partial.length
                                + cache->slabs_free.length) << cache->order;
    }

  /* No frame claims a slab that is on no list. */
  {
    guint64 marked = 0;
    for (guint64 pfn = 0; pfn < machine->nr_frames; pfn++)
      if (machine->mem_map[pfn].slab_cache != 0)
        marked++;
    if (marked != slab_frames)
      FAIL ("%" G_GUINT64_FORMAT " frames are marked as slab frames, the caches' slabs hold %"
            G_GUINT64_FORMAT, marked, slab_frames);
  }
  return TRUE;
}

gboolean
mms_machine_check (MmsMachine  *machine,
                   GError     **error)
{
  g_return_val_if_fail (machine != NULL, FALSE);

  if (!machine->booted)
    return TRUE;
  return mms_check_buddy (machine, error) && mms_check_slab (machine, error)
         && mms_check_address_spaces (machine, error);
}
