/* mms-event.c: names and plain-word descriptions of events. */
#include "mms-event.h"

typedef struct
{
  const char *name;
  const char *function;
} KindInfo;

static const KindInfo kinds[MMS_NR_EVENT_KINDS] = {
  [MMS_EV_BOOT_RESERVE] = { "reserve", "memblock_reserve" },
  [MMS_EV_BOOT_ZERO_PAGE] = { "zero-page", "mm_init" },
  [MMS_EV_BOOT_BLOCK] = { "boot-block", "__free_pages_core" },
  [MMS_EV_ALLOC_PAGES] = { "alloc-pages", "__alloc_pages" },
  [MMS_EV_ZONE_FALLBACK] = { "zone-fallback", "get_page_from_freelist" },
  [MMS_EV_RMQUEUE] = { "rmqueue", "__rmqueue_smallest" },
  [MMS_EV_EXPAND] = { "split", "expand" },
  [MMS_EV_ALLOC_DONE] = { "alloc-done", "prep_new_page" },
  [MMS_EV_ALLOC_FAIL] = { "alloc-fail", "__alloc_pages" },
  [MMS_EV_FREE_PAGES] = { "free-pages", "__free_pages" },
  [MMS_EV_MERGE] = { "merge", "__free_one_page" },
  [MMS_EV_FREE_LIST_ADD] = { "free-list-add", "__free_one_page" },
  [MMS_EV_CACHE_GROW] = { "cache-grow", "cache_grow" },
  [MMS_EV_CACHE_SHRINK] = { "cache-shrink", "discard_slab" },
  [MMS_EV_SLAB_MOVE] = { "slab-move", "list_move" },
  [MMS_EV_CACHE_ALLOC] = { "cache-alloc", "kmem_cache_alloc" },
  [MMS_EV_CACHE_FREE] = { "cache-free", "kmem_cache_free" },
  [MMS_EV_KMALLOC] = { "kmalloc", "kmalloc" },
  [MMS_EV_KFREE] = { "kfree", "kfree" },
};

const char *
mms_event_function (MmsEventKind kind)
{
  g_return_val_if_fail (kind < MMS_NR_EVENT_KINDS, "?");
  return kinds[kind].function;
}

const char *
mms_event_kind_name (MmsEventKind kind)
{
  g_return_val_if_fail (kind < MMS_NR_EVENT_KINDS, "?");
  return kinds[kind].name;
}

const char *
mms_slab_list_name (MmsSlabList list)
{
  switch (list)
    {
    case MMS_SLABS_FULL: return "full";
    case MMS_SLABS_PARTIAL: return "partial";
    case MMS_SLABS_FREE: return "free";
    case MMS_SLAB_NONE:
    default: return "none";
    }
}

static const char *
frames_word (guint64 n)
{
  return n == 1 ? "frame" : "frames";
}

char *
mms_event_describe (const MmsEvent *ev)
{
  const char *fn;
  const char *zone;
  guint64 size;

  g_return_val_if_fail (ev != NULL && ev->kind < MMS_NR_EVENT_KINDS, NULL);

  fn = kinds[ev->kind].function;
  zone = mms_zone_name (ev->zone);
  size = G_GUINT64_CONSTANT (1) << ev->order;

  switch (ev->kind)
    {
    case MMS_EV_BOOT_RESERVE:
      return g_strdup_printf ("%s: reserve %" G_GUINT64_FORMAT " %s from pfn 0x%" G_GINT64_MODIFIER "x",
                              fn, ev->count, frames_word (ev->count), ev->pfn);
    case MMS_EV_BOOT_ZERO_PAGE:
      return g_strdup_printf ("%s: the shared zero page is frame 0x%" G_GINT64_MODIFIER "x", fn, ev->pfn);
    case MMS_EV_BOOT_BLOCK:
      return g_strdup_printf ("%s: give block 0x%" G_GINT64_MODIFIER "x of order %u (%" G_GUINT64_FORMAT
                              " %s) to %s free_area[%u]", fn, ev->pfn, ev->order, size,
                              frames_word (size), zone, ev->order);
    case MMS_EV_ALLOC_PAGES:
      return g_strdup_printf ("%s: request an order-%u block (%" G_GUINT64_FORMAT " %s), starting at zone %s",
                              fn, ev->order, size, frames_word (size), zone);
    case MMS_EV_ZONE_FALLBACK:
      return g_strdup_printf ("%s: zone %s has no free block of order %u or more, fall back to %s",
                              fn, zone, ev->order, mms_zone_name ((MmsZoneId) ev->pfn2));
    case MMS_EV_RMQUEUE:
      return g_strdup_printf ("%s: take block 0x%" G_GINT64_MODIFIER "x from the head of %s free_area[%u]",
                              fn, ev->pfn, zone, ev->order);
    case MMS_EV_EXPAND:
      return g_strdup_printf ("%s: split order-%u block 0x%" G_GINT64_MODIFIER "x; keep the lower half, "
                              "put the upper half 0x%" G_GINT64_MODIFIER "x on %s free_area[%u]",
                              fn, ev->order, ev->pfn, ev->pfn2, zone, ev->order - 1);
    case MMS_EV_ALLOC_DONE:
      return g_strdup_printf ("%s: hand out block 0x%" G_GINT64_MODIFIER "x of order %u from %s as %s",
                              fn, ev->pfn, ev->order, zone, mms_owner_name ((MmsPageOwner) ev->count));
    case MMS_EV_ALLOC_FAIL:
      return g_strdup_printf ("%s: no zone has a free block of order %u: the allocation fails",
                              fn, ev->order);
    case MMS_EV_FREE_PAGES:
      return g_strdup_printf ("%s: free block 0x%" G_GINT64_MODIFIER "x of order %u in %s",
                              fn, ev->pfn, ev->order, zone);
    case MMS_EV_MERGE:
      return g_strdup_printf ("%s: buddy 0x%" G_GINT64_MODIFIER "x of block 0x%" G_GINT64_MODIFIER
                              "x is free at order %u: merge them into order-%u block 0x%"
                              G_GINT64_MODIFIER "x", fn, ev->pfn2, ev->pfn, ev->order,
                              ev->order + 1, ev->pfn & ev->pfn2);
    case MMS_EV_FREE_LIST_ADD:
      return g_strdup_printf ("%s: put block 0x%" G_GINT64_MODIFIER "x at the head of %s free_area[%u]",
                              fn, ev->pfn, zone, ev->order);
    case MMS_EV_CACHE_GROW:
      return g_strdup_printf ("%s: %s grows by slab %u (frames 0x%" G_GINT64_MODIFIER "x, order %u, "
                              "%" G_GUINT64_FORMAT " objects)", fn, ev->cache, ev->slab, ev->pfn,
                              ev->order, ev->count);
    case MMS_EV_CACHE_SHRINK:
      return g_strdup_printf ("%s: %s already keeps a free slab, so empty slab %u goes back to the "
                              "buddy allocator", fn, ev->cache, ev->slab);
    case MMS_EV_SLAB_MOVE:
      return g_strdup_printf ("%s: slab %u of %s moves from slabs_%s to slabs_%s", fn, ev->slab,
                              ev->cache, mms_slab_list_name (ev->from_list),
                              mms_slab_list_name (ev->to_list));
    case MMS_EV_CACHE_ALLOC:
      return g_strdup_printf ("%s: %s object %u of slab %u at 0x%" G_GINT64_MODIFIER "x (%"
                              G_GUINT64_FORMAT " in use)", fn, ev->cache, ev->obj, ev->slab,
                              ev->addr, ev->count);
    case MMS_EV_CACHE_FREE:
      return g_strdup_printf ("%s: free %s object %u of slab %u at 0x%" G_GINT64_MODIFIER "x (%"
                              G_GUINT64_FORMAT " in use)", fn, ev->cache, ev->obj, ev->slab,
                              ev->addr, ev->count);
    case MMS_EV_KMALLOC:
      if (ev->cache != NULL)
        return g_strdup_printf ("%s: %" G_GUINT64_FORMAT " bytes come from %s", fn, ev->count, ev->cache);
      return g_strdup_printf ("%s: %" G_GUINT64_FORMAT " bytes are more than 8 KiB: kmalloc_large "
                              "asks the buddy allocator for order %u", fn, ev->count, ev->order);
    case MMS_EV_KFREE:
      if (ev->cache != NULL)
        return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x is an object of %s", fn, ev->addr, ev->cache);
      return g_strdup_printf ("%s: 0x%" G_GINT64_MODIFIER "x is a large allocation of order %u",
                              fn, ev->addr, ev->order);
    case MMS_NR_EVENT_KINDS:
    default:
      break;
    }
  return g_strdup (fn);
}
