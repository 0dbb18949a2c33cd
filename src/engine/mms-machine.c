/* mms-machine.c: machine presets, zones and boot (engine.md sections 1, 2).
 *
 * Boot follows mm_init() in spirit: memblock reserves the lowest frames
 * (frame 0 at least, which holds the shared zero page), then each zone's
 * free frames are handed to the buddy allocator in ascending pfn order as
 * the largest naturally aligned blocks that fit (memblock_free_all() ->
 * __free_pages_core()), each at the head of its free list.
 */
#include "mms-config.h"

#include "mms-machine.h"
#include "mms-buddy.h"
#include "mms-slab.h"
#include "mms-check.h"
#include "mms-process.h"

G_DEFINE_QUARK (mms-engine-error-quark, mms_engine_error)

/* Zone limits in frames (arch/x86/mm/init.c: zone_sizes_init). */
#define PFN_16M  (G_GUINT64_CONSTANT (16) << (20 - MMS_PAGE_SHIFT))
#define PFN_4G   (G_GUINT64_CONSTANT (4) << (30 - MMS_PAGE_SHIFT))
#define PFN_896M (G_GUINT64_CONSTANT (896) << (20 - MMS_PAGE_SHIFT))

static const char * const zone_names[MMS_NR_ZONES] = {
  "DMA", "DMA32", "Normal", "HighMem",
};

const char *
mms_zone_name (MmsZoneId zone)
{
  g_return_val_if_fail (zone < MMS_NR_ZONES, "?");
  return zone_names[zone];
}

const char *
mms_arch_name (MmsArch arch)
{
  switch (arch)
    {
    case MMS_ARCH_PRESET_X86_64: return "x86_64";
    case MMS_ARCH_PRESET_I386: return "i386";
    case MMS_ARCH_PRESET_I386_LEGACY: return "i386-legacy";
    default: return "?";
    }
}

const char *
mms_owner_name (MmsPageOwner owner)
{
  static const char * const names[MMS_NR_OWNERS] = {
    "free", "reserved", "zero page", "kernel", "slab", "page table",
    "anonymous", "page cache", "shmem", "in flight",
  };
  g_return_val_if_fail (owner < MMS_NR_OWNERS, "?");
  return names[owner];
}

static void
setup_zone (MmsMachine *machine,
            MmsZoneId   id,
            guint64     start_pfn,
            guint64     end_pfn)
{
  struct zone *zone = &machine->zones[id];

  zone->id = id;
  zone->name = zone_names[id];
  zone->zone_start_pfn = start_pfn;
  zone->spanned_pages = end_pfn > start_pfn ? end_pfn - start_pfn : 0;
  for (guint order = 0; order < MMS_MAX_ORDER; order++)
    {
      zone->free_area[order].head = MMS_PFN_NONE;
      zone->free_area[order].nr_free = 0;
    }
  if (zone->spanned_pages > 0)
    machine->zone_ids[machine->nr_zones++] = id;
}

MmsMachine *
mms_machine_new (const MmsMachineConfig  *config,
                 GError                 **error)
{
  g_autoptr(MmsMachine) machine = NULL;
  guint64 max_ram;
  guint64 n;

  g_return_val_if_fail (config != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  max_ram = config->arch == MMS_ARCH_PRESET_X86_64 ? MMS_RAM_MAX : MMS_RAM_MAX_I386;
  if (config->arch > MMS_ARCH_PRESET_I386_LEGACY)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "unknown architecture");
      return NULL;
    }
  if (config->ram < MMS_RAM_MIN || config->ram > max_ram)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "ram must be between 1 MiB and %" G_GUINT64_FORMAT " GiB on %s",
                   max_ram >> 30, mms_arch_name (config->arch));
      return NULL;
    }
  if (config->ram % MMS_PAGE_SIZE != 0 || config->reserve % MMS_PAGE_SIZE != 0
      || config->swap % MMS_PAGE_SIZE != 0)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "ram, swap and reserve must be multiples of 4 KiB");
      return NULL;
    }
  if (config->reserve >= config->ram)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "reserve must be smaller than ram");
      return NULL;
    }
  if (config->swap > MMS_SWAP_MAX)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "swap must be at most 64 GiB");
      return NULL;
    }

  machine = g_new0 (MmsMachine, 1);
  machine->arch = config->arch;
  machine->ram = config->ram;
  machine->swap = config->swap;
  machine->reserve = config->reserve;
  machine->nr_frames = n = config->ram >> MMS_PAGE_SHIFT;
  machine->current_pid = -1;

  /* Zeroed memory is a valid array of frames not yet handed out; calloc
   * leaves the pages untouched until boot writes the block heads. */
  machine->mem_map = g_try_new0 (struct page, n);
  if (machine->mem_map == NULL)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "not enough host memory for %" G_GUINT64_FORMAT " frames", n);
      return NULL;
    }

  if (config->arch == MMS_ARCH_PRESET_X86_64)
    {
      machine->page_offset = G_GUINT64_CONSTANT (0xffff888000000000);
      machine->lowmem_pfn = n;
      setup_zone (machine, MMS_ZONE_DMA, 0, MIN (n, PFN_16M));
      setup_zone (machine, MMS_ZONE_DMA32, MIN (n, PFN_16M), MIN (n, PFN_4G));
      setup_zone (machine, MMS_ZONE_NORMAL, MIN (n, PFN_4G), n);
      setup_zone (machine, MMS_ZONE_HIGHMEM, n, n);
    }
  else
    {
      machine->page_offset = G_GUINT64_CONSTANT (0xC0000000);
      machine->lowmem_pfn = MIN (n, PFN_896M);
      setup_zone (machine, MMS_ZONE_DMA, 0, MIN (n, PFN_16M));
      setup_zone (machine, MMS_ZONE_DMA32, 0, 0);
      setup_zone (machine, MMS_ZONE_NORMAL, MIN (n, PFN_16M), MIN (n, PFN_896M));
      setup_zone (machine, MMS_ZONE_HIGHMEM, MIN (n, PFN_896M), n);
    }

  for (guint i = 0; i + 1 < MMS_NR_ZONES; i++)
    machine->zone_bound[i] = i + 1 < machine->nr_zones
      ? machine->zones[machine->zone_ids[i + 1]].zone_start_pfn : G_MAXUINT64;
  mms_buddy_build_zonelists (machine);

  mms_slab_init (machine);
  mms_mm_init_machine (machine);

  return g_steal_pointer (&machine);
}

void
mms_machine_free (MmsMachine *machine)
{
  if (machine == NULL)
    return;
  mms_mm_destroy_machine (machine);
  if (machine->mt_log != NULL)
    g_string_free (machine->mt_log, TRUE);
  if (machine->caches != NULL)
    mms_slab_destroy (machine);
  g_free (machine->mem_map);
  g_free (machine);
}

void
mms_machine_set_event_func (MmsMachine   *machine,
                            MmsEventFunc  func,
                            gpointer      user_data)
{
  g_return_if_fail (machine != NULL);
  machine->event_func = func;
  machine->event_data = user_data;
}

void
mms_machine_emit (MmsMachine *machine,
                  MmsEvent   *event)
{
  if (machine->n_mt_pending > 0)
    {
      guint n = machine->n_mt_pending;
      machine->n_mt_pending = 0;
      for (guint i = 0; i < n; i++)
        mms_machine_emit (machine, &machine->mt_pending[i]);
    }
  event->seq = machine->next_seq++;
  event->pid = machine->current_pid;
#if MMS_DEBUG_CHECKS
  {
    g_autoptr(GError) error = NULL;
    if (!mms_machine_check (machine, &error))
      g_error ("invariant broken after %s: %s",
               mms_event_kind_name (event->kind), error->message);
  }
#endif
  if (machine->event_func != NULL)
    machine->event_func (machine, event, machine->event_data);
}

struct zone *
mms_machine_zone (MmsMachine *machine,
                  MmsZoneId   id)
{
  g_return_val_if_fail (machine != NULL && id < MMS_NR_ZONES, NULL);
  if (machine->zones[id].spanned_pages == 0)
    return NULL;
  return &machine->zones[id];
}

guint64
mms_machine_free_frames (MmsMachine *machine)
{
  guint64 total = 0;

  for (guint i = 0; i < machine->nr_zones; i++)
    total += machine->zones[machine->zone_ids[i]].nr_free_pages;
  return total;
}

void
mms_machine_boot (MmsMachine *machine)
{
  guint64 nr_reserved;

  g_return_if_fail (machine != NULL && !machine->booted);
  machine->booted = TRUE;
  machine->boot_cursor = 0;

  /* memblock_reserve(): the lowest frames, frame 0 at least. */
  nr_reserved = MAX (machine->reserve >> MMS_PAGE_SHIFT, 1);
  for (guint64 pfn = 0; pfn < nr_reserved; pfn++)
    {
      struct page *page = &machine->mem_map[pfn];
      page->flags = PG_reserved;
      page->owner = MMS_OWNER_RESERVED;
      page->_refcount = 1;
      page->lru_next = page->lru_prev = MMS_PFN_NONE;
    }
  machine->nr_reserved = nr_reserved;
  machine->boot_cursor = nr_reserved;
  for (guint i = 0; i < machine->nr_zones; i++)
    {
      struct zone *zone = &machine->zones[machine->zone_ids[i]];
      guint64 end = zone->zone_start_pfn + zone->spanned_pages;
      if (zone->zone_start_pfn < nr_reserved)
        zone->nr_reserved = MIN (end, nr_reserved) - zone->zone_start_pfn;
    }
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_BOOT_RESERVE, .pfn = 0, .count = nr_reserved,
    .zone = MMS_ZONE_DMA,
  });

  /* The shared zero page (empty_zero_page) sits in frame 0. */
  machine->zero_pfn = 0;
  machine->mem_map[0].owner = MMS_OWNER_ZERO;
  machine->mem_map[0].flags |= PG_uptodate;
  mms_machine_emit (machine, &(MmsEvent) {
    .kind = MMS_EV_BOOT_ZERO_PAGE, .pfn = 0, .zone = MMS_ZONE_DMA,
  });

  /* memblock_free_all(): each zone's free run, in ascending pfn order. */
  for (guint i = 0; i < machine->nr_zones; i++)
    {
      struct zone *zone = &machine->zones[machine->zone_ids[i]];
      guint64 pfn = MAX (zone->zone_start_pfn, nr_reserved);
      guint64 end = zone->zone_start_pfn + zone->spanned_pages;

      while (pfn < end)
        {
          guint order = MMS_MAX_PAGE_ORDER;

          while (order > 0
                 && ((pfn & ((G_GUINT64_CONSTANT (1) << order) - 1)) != 0
                     || pfn + (G_GUINT64_CONSTANT (1) << order) > end))
            order--;
          machine->boot_cursor = pfn + (G_GUINT64_CONSTANT (1) << order);
          mms_buddy_boot_block (machine, pfn, order);
          pfn += G_GUINT64_CONSTANT (1) << order;
        }
    }
  machine->boot_cursor = machine->nr_frames;
}
