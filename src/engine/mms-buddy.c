/* mms-buddy.c: the buddy allocator, after mm/page_alloc.c.
 *
 * Invariants (engine.md section 8), cited by number below:
 *  (1) every free block is naturally aligned to its order and lies in one zone;
 *  (2) free blocks overlap nothing; a free block's head has PG_buddy and its order;
 *  (3) a free block's buddy (pfn ^ (1 << order)) is not free at the same order;
 *  (4) free + used + reserved = total frames;
 *  (5) nr_free equals the length of each free_area list.
 *
 * The allocator is exact about list order, since the rules make every run
 * reproducible: an allocation takes the head of the smallest non-empty list
 * of order >= the request, in the first zone of the zonelist that has one;
 * splitting keeps the lower half and puts the upper half at the head of the
 * next lower list (expand()); freeing merges with the buddy while the buddy
 * is free at the same order in the same zone, then adds the result at the
 * head of its list (__free_one_page()).
 *
 * A block off the free lists but not yet handed out (during expand or a
 * merge) is counted as used and marked MMS_OWNER_INFLIGHT on its head, so
 * the invariants hold at every event.
 */
#include "mms-buddy.h"

static inline guint64
order_pages (guint order)
{
  return G_GUINT64_CONSTANT (1) << order;
}

/* list_add(): at the head of AREA; marks the block free.  The counters
 * are the caller's (expand() and __free_one_page() update them once per
 * call when no one watches the events in between). */
static G_ALWAYS_INLINE inline void
list_add_block (struct page      *mem_map,
                struct free_area *area,
                guint64           pfn,
                guint             order)
{
  struct page *page = &mem_map[pfn];

  page->flags = (page->flags | PG_buddy) & ~PG_head;
  page->order = order;
  page->owner = MMS_OWNER_FREE;
  page->_refcount = 0;
  page->lru_prev = MMS_PFN_NONE;
  page->lru_next = area->head;
  if (area->head != MMS_PFN_NONE)
    mem_map[area->head].lru_prev = (guint32) pfn;
  area->head = (guint32) pfn;
  area->nr_free++;
}

/* list_del(): the block leaves AREA, in flight (counters as above). */
static G_ALWAYS_INLINE inline void
list_del_block (struct page      *mem_map,
                struct free_area *area,
                guint64           pfn,
                guint             order)
{
  struct page *page = &mem_map[pfn];

  if (page->lru_prev != MMS_PFN_NONE)
    mem_map[page->lru_prev].lru_next = page->lru_next;
  else
    area->head = page->lru_next;
  if (page->lru_next != MMS_PFN_NONE)
    mem_map[page->lru_next].lru_prev = page->lru_prev;
  page->lru_next = page->lru_prev = MMS_PFN_NONE;
  page->flags &= ~PG_buddy;
  page->owner = MMS_OWNER_INFLIGHT;
  page->order = order;
  area->nr_free--;
}

/* add_to_free_list(): at the head of zone->free_area[order]. */
static void
add_to_free_list (MmsMachine  *machine,
                  struct zone *zone,
                  guint64      pfn,
                  guint        order)
{
  list_add_block (machine->mem_map, &zone->free_area[order], pfn, order);
  zone->nr_free_pages += order_pages (order);
}

/* del_page_from_free_list(): the block becomes in flight (counted as used). */
static void
del_from_free_list (MmsMachine  *machine,
                    struct zone *zone,
                    guint64      pfn,
                    guint        order)
{
  list_del_block (machine->mem_map, &zone->free_area[order], pfn, order);
  zone->nr_free_pages -= order_pages (order);
  machine->nr_used += order_pages (order);
}

void
mms_buddy_boot_block (MmsMachine *machine,
                      guint64     pfn,
                      guint       order)
{
  struct zone *zone = mms_page_zone (machine, pfn);

  g_assert (zone != NULL);
  add_to_free_list (machine, zone, pfn, order);
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_BOOT_BLOCK, .zone = zone->id, .order = order, .pfn = pfn,
  });
}

/* build_zonelists(): the zones each request may use, most preferred
 * first (gfp_zone() gives the first), populated zones only. */
G_STATIC_ASSERT (MMS_GFP_HIGHMEM + 1 == MMS_NR_GFP);

void
mms_buddy_build_zonelists (MmsMachine *machine)
{
  static const MmsZoneId user[] = { MMS_ZONE_HIGHMEM, MMS_ZONE_NORMAL, MMS_ZONE_DMA32, MMS_ZONE_DMA };
  static const MmsZoneId kernel[] = { MMS_ZONE_NORMAL, MMS_ZONE_DMA32, MMS_ZONE_DMA };
  static const MmsZoneId dma32[] = { MMS_ZONE_DMA32, MMS_ZONE_DMA };
  static const MmsZoneId dma[] = { MMS_ZONE_DMA };

  g_return_if_fail (machine != NULL);

  for (guint gfp = 0; gfp < MMS_NR_GFP; gfp++)
    {
      const MmsZoneId *from;
      guint n_from, n = 0;

      switch ((MmsGfp) gfp)
        {
        case MMS_GFP_USER:
        case MMS_GFP_HIGHMEM:
          from = user, n_from = G_N_ELEMENTS (user);
          break;
        case MMS_GFP_DMA32:
          from = dma32, n_from = G_N_ELEMENTS (dma32);
          break;
        case MMS_GFP_DMA:
          from = dma, n_from = G_N_ELEMENTS (dma);
          break;
        case MMS_GFP_KERNEL:
        case MMS_GFP_NORMAL:
        default:
          from = kernel, n_from = G_N_ELEMENTS (kernel);
          break;
        }
      for (guint i = 0; i < n_from; i++)
        if (machine->zones[from[i]].spanned_pages > 0)
          machine->zonelist[gfp][n++] = from[i];
      machine->zonelist_len[gfp] = n;
    }
}

gboolean
mms_gfp_valid (MmsMachine *machine,
               MmsGfp      gfp)
{
  g_return_val_if_fail (machine != NULL, FALSE);

  switch (gfp)
    {
    case MMS_GFP_DMA32:
      return machine->arch == MMS_ARCH_PRESET_X86_64;
    case MMS_GFP_HIGHMEM:
      return machine->arch != MMS_ARCH_PRESET_X86_64;
    default:
      return TRUE;
    }
}

/* expand(): a block of order HIGH at PFN serves a request of order LOW.
 * Each round halves it, keeps the lower half and frees the upper one:
 *
 *      pfn                      pfn + 2^high
 *      [ kept        | upper -> free_area[high - 1] ]
 */
static void
expand (MmsMachine  *machine,
        struct zone *zone,
        guint64      pfn,
        guint        low,
        guint        high)
{
  while (high > low)
    {
      guint64 upper;

      high--;
      upper = pfn + order_pages (high);
      add_to_free_list (machine, zone, upper, high);
      machine->nr_used -= order_pages (high);
      machine->mem_map[pfn].order = high;
      mms_machine_emit (machine, &(MmsEvent) {
        .kind = MMS_EV_EXPAND, .zone = zone->id, .order = high + 1,
        .pfn = pfn, .pfn2 = upper,
      });
    }
}

/* __rmqueue_smallest(): the head of the smallest non-empty list >= order. */
static gboolean
rmqueue_smallest (MmsMachine  *machine,
                  struct zone *zone,
                  guint        order,
                  guint64     *pfn_out)
{
  for (guint current = order; current < MMS_MAX_ORDER; current++)
    {
      struct free_area *area = &zone->free_area[current];
      guint64 pfn;

      if (area->head == MMS_PFN_NONE)
        continue;
      pfn = area->head;
      del_from_free_list (machine, zone, pfn, current);
      mms_machine_emit (machine, &(MmsEvent) {
        .kind = MMS_EV_RMQUEUE, .zone = zone->id, .order = current, .pfn = pfn,
      });
      expand (machine, zone, pfn, order, current);
      *pfn_out = pfn;
      return TRUE;
    }
  return FALSE;
}

/* mms_alloc_pages () when no one watches: the same blocks on the same
 * lists and the same struct page fields as the watched path below (a twin
 * machine in tests/test-buddy.c checks it), with the counters updated once
 * and everything the loops read more than once in a local (the tree is
 * built with -fno-strict-aliasing, so a store through mem_map would
 * otherwise reload the zone's fields). */
static gboolean
alloc_pages_quiet (MmsMachine   *machine,
                   const guint8 *list,
                   guint         n,
                   guint         order,
                   MmsPageOwner  owner,
                   guint64      *pfn_out)
{
  struct page *mem_map = machine->mem_map;

  for (guint i = 0; i < n; i++)
    {
      struct zone *zone = &machine->zones[list[i]];
      struct free_area *areas = zone->free_area;
      struct page *page;
      guint64 pfn;
      guint32 next;
      guint high = order;

      /* __rmqueue_smallest(): the smallest non-empty list >= ORDER ... */
      while (high < MMS_MAX_ORDER && areas[high].head == MMS_PFN_NONE)
        high++;
      if (high == MMS_MAX_ORDER)
        continue;
      /* ... gives up its head (list_del_block ()) ... */
      pfn = areas[high].head;
      page = &mem_map[pfn];
      next = page->lru_next;
      areas[high].head = next;
      if (next != MMS_PFN_NONE)
        mem_map[next].lru_prev = MMS_PFN_NONE;
      areas[high].nr_free--;
      page->lru_next = MMS_PFN_NONE;
      page->lru_prev = MMS_PFN_NONE;
      /* ... and expand() frees the upper halves.  The lists ORDER ..
       * HIGH - 1 were empty, so each upper half is alone on its list
       * (list_add_block () without an old head). */
      while (high > order)
        {
          guint64 upper_pfn;
          struct page *upper;

          high--;
          upper_pfn = pfn + order_pages (high);
          upper = &mem_map[upper_pfn];
          upper->flags = (upper->flags | PG_buddy) & ~PG_head;
          upper->order = high;
          upper->owner = MMS_OWNER_FREE;
          upper->_refcount = 0;
          upper->lru_prev = MMS_PFN_NONE;
          upper->lru_next = MMS_PFN_NONE;
          areas[high].head = (guint32) upper_pfn;
          areas[high].nr_free = 1;
        }
      zone->nr_free_pages -= order_pages (order);
      machine->nr_used += order_pages (order);

      /* prep_new_page(), as below. */
      page->owner = owner;
      page->order = order;
      page->_refcount = 1;
      page->mapcount = 0;
      page->flags = order > 0 ? PG_head : 0;
      *pfn_out = pfn;
      return TRUE;
    }
  return FALSE;
}

/* mms_alloc_pages () with its events: get_page_from_freelist() walks the
 * zonelist.  Out of line, so that the quiet path keeps a small frame. */
static G_GNUC_NO_INLINE gboolean
alloc_pages_watched (MmsMachine   *machine,
                     const guint8 *list,
                     guint         n,
                     guint         order,
                     MmsPageOwner  owner,
                     guint64      *pfn_out)
{
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_ALLOC_PAGES, .order = order,
    .zone = n > 0 ? list[0] : MMS_ZONE_DMA,
  });

  for (guint i = 0; i < n; i++)
    {
      struct zone *zone = &machine->zones[list[i]];
      guint64 pfn;

      if (rmqueue_smallest (machine, zone, order, &pfn))
        {
          struct page *page = &machine->mem_map[pfn];

          /* prep_new_page(): set_page_refcounted() on the head. */
          page->owner = owner;
          page->order = order;
          page->_refcount = 1;
          page->mapcount = 0;
          page->flags = order > 0 ? PG_head : 0;
          mms_machine_emit (machine, &(MmsEvent) {
            .kind = MMS_EV_ALLOC_DONE, .zone = zone->id, .order = order,
            .pfn = pfn, .count = owner,
          });
          *pfn_out = pfn;
          return TRUE;
        }
      if (i + 1 < n)
        mms_machine_emit (machine, &(MmsEvent) {
          .kind = MMS_EV_ZONE_FALLBACK, .zone = zone->id, .order = order,
          .pfn2 = list[i + 1],
        });
    }
  return FALSE;
}

gboolean
mms_alloc_pages (MmsMachine   *machine,
                 MmsGfp        gfp,
                 guint         order,
                 MmsPageOwner  owner,
                 guint64      *pfn_out)
{
  const guint8 *list;
  guint n;

  g_return_val_if_fail (machine != NULL && machine->booted, FALSE);
  g_return_val_if_fail (order < MMS_MAX_ORDER, FALSE);
  g_return_val_if_fail (pfn_out != NULL, FALSE);
  g_return_val_if_fail ((guint) gfp < MMS_NR_GFP, FALSE);

  list = machine->zonelist[gfp];
  n = machine->zonelist_len[gfp];
  if (MMS_EMITTING (machine)
      ? alloc_pages_watched (machine, list, n, order, owner, pfn_out)
      : alloc_pages_quiet (machine, list, n, order, owner, pfn_out))
    return TRUE;

  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_ALLOC_FAIL, .order = order,
    .zone = n > 0 ? list[0] : MMS_ZONE_DMA,
  });
  return FALSE;
}

/* __free_one_page() when no one watches: the same merges and the same
 * struct page fields as the watched path (the twin in tests/test-buddy.c
 * checks it); the freed block's pages become free pages whatever it merges
 * with, so the counters change once. */
static void
free_one_page_quiet (MmsMachine  *machine,
                     struct zone *zone,
                     guint64      pfn,
                     guint        order)
{
  /* Everything the loop reads more than once is in a local (the tree is
   * built with -fno-strict-aliasing, so each store through mem_map would
   * make the compiler load the zone's fields again). */
  struct page *mem_map = machine->mem_map;
  struct free_area *areas = zone->free_area;
  const guint64 start = zone->zone_start_pfn, span = zone->spanned_pages;
  guint64 freed = order_pages (order);

  while (order < MMS_MAX_PAGE_ORDER)
    {
      guint64 buddy_pfn = pfn ^ order_pages (order);
      struct page *buddy, *upper;
      guint32 prev, next;

      if (buddy_pfn - start >= span)
        break;
      buddy = &mem_map[buddy_pfn];
      if (!(buddy->flags & PG_buddy) || buddy->order != order)
        break;
      /* list_del_block () but for the owner and order, which the
       * next lines set anyway (the buddy's order is ORDER). */
      prev = buddy->lru_prev;
      next = buddy->lru_next;
      if (prev != MMS_PFN_NONE)
        mem_map[prev].lru_next = next;
      else
        areas[order].head = next;
      if (next != MMS_PFN_NONE)
        mem_map[next].lru_prev = prev;
      buddy->lru_next = MMS_PFN_NONE;
      buddy->lru_prev = MMS_PFN_NONE;
      buddy->flags &= ~PG_buddy;
      areas[order].nr_free--;
      /* The upper half's head becomes a tail page, with the order of
       * the block it headed; the lower one heads the merged block,
       * whose owner and order the last merge or list_add_block () set
       * (the watched path's stores in between are overwritten). */
      upper = &mem_map[pfn | buddy_pfn];
      upper->owner = MMS_OWNER_FREE;
      upper->order = order;
      pfn &= buddy_pfn;
      order++;
    }
  list_add_block (mem_map, &areas[order], pfn, order);
  zone->nr_free_pages += freed;
  machine->nr_used -= freed;
}

/* __free_one_page() with its events, out of line as alloc_pages_watched (). */
static G_GNUC_NO_INLINE void
free_one_page_watched (MmsMachine  *machine,
                       struct zone *zone,
                       guint64      pfn,
                       guint        order)
{
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_FREE_PAGES, .zone = zone->id, .order = order, .pfn = pfn,
  });
  while (order < MMS_MAX_PAGE_ORDER)
    {
      guint64 buddy_pfn = pfn ^ order_pages (order);
      guint64 combined_pfn;
      struct page *buddy;

      if (buddy_pfn < zone->zone_start_pfn
          || buddy_pfn >= zone->zone_start_pfn + zone->spanned_pages)
        break;
      buddy = &machine->mem_map[buddy_pfn];
      if (!(buddy->flags & PG_buddy) || buddy->order != order)
        break;

      del_from_free_list (machine, zone, buddy_pfn, order);
      combined_pfn = buddy_pfn & pfn;
      /* The old head of the upper half is now a tail page. */
      machine->mem_map[pfn | buddy_pfn].owner = MMS_OWNER_FREE;
      machine->mem_map[combined_pfn].owner = MMS_OWNER_INFLIGHT;
      machine->mem_map[combined_pfn].order = order + 1;
      mms_machine_emit (machine, &(MmsEvent) {
        .kind = MMS_EV_MERGE, .zone = zone->id, .order = order,
        .pfn = pfn, .pfn2 = buddy_pfn,
      });
      pfn = combined_pfn;
      order++;
    }

  add_to_free_list (machine, zone, pfn, order);
  machine->nr_used -= order_pages (order);
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_FREE_LIST_ADD, .zone = zone->id, .order = order, .pfn = pfn,
  });
}

/* __free_one_page(): merge upwards while the buddy is free at the same
 * order in the same zone, then add at the head of the list (invariant 3).
 *
 *   order o:  [ pfn ][ buddy ]   ->   order o + 1:  [ pfn & ~(1 << o)      ]
 */
void
mms_free_pages (MmsMachine *machine,
                guint64     pfn,
                guint       order)
{
  struct zone *zone;
  struct page *page;

  g_return_if_fail (machine != NULL && pfn < machine->nr_frames);
  g_return_if_fail (order < MMS_MAX_ORDER);

  zone = mms_page_zone (machine, pfn);
  page = &machine->mem_map[pfn];
  g_return_if_fail (zone != NULL && !(page->flags & (PG_buddy | PG_reserved)));

  page->owner = MMS_OWNER_INFLIGHT;
  page->order = order;
  page->_refcount = 0;
  page->mapcount = 0;
  page->flags = 0;
  page->mapping = NULL;
  page->private = NULL;
  page->slab_cache = 0;
  if (MMS_EMITTING (machine))
    free_one_page_watched (machine, zone, pfn, order);
  else
    free_one_page_quiet (machine, zone, pfn, order);
}
