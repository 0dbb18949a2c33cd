/* mms-report.c: buddyinfo and slabinfo text, and the JSON state.
 *
 * buddyinfo follows mm/vmstat.c:frag_show_print() to the byte:
 *   seq_printf(m, "Node %d, zone %8s ", ...); then "%6lu " per order; "\n".
 * slabinfo follows mm/slab_common.c:cache_show()'s columns, with the
 * slabdata triple replaced by the counts of full, partial and free slabs.
 */
#include "mms-report.h"

void
mms_report_buddyinfo (MmsMachine *machine,
                      GString    *out)
{
  g_return_if_fail (machine != NULL && out != NULL);

  for (guint i = 0; i < machine->nr_zones; i++)
    {
      struct zone *zone = &machine->zones[machine->zone_ids[i]];

      g_string_append_printf (out, "Node 0, zone %8s ", zone->name);
      for (guint order = 0; order < MMS_MAX_ORDER; order++)
        g_string_append_printf (out, "%6" G_GUINT64_FORMAT " ", zone->free_area[order].nr_free);
      g_string_append_c (out, '\n');
    }
}

void
mms_report_slabinfo (MmsMachine *machine,
                     GString    *out)
{
  g_return_if_fail (machine != NULL && out != NULL);

  g_string_append (out, "# name            <active_objs> <num_objs> <objsize> <objperslab> "
                        "<pagesperslab> : slabdata <full> <partial> <free>\n");
  for (guint i = 0; i < machine->caches->len; i++)
    {
      struct kmem_cache *cache = machine->caches->pdata[i];
      guint nr_slabs = cache->slabs_full.length + cache->slabs_partial.length
                       + cache->slabs_free.length;

      g_string_append_printf (out, "%-17s %6" G_GUINT64_FORMAT " %6" G_GUINT64_FORMAT
                              " %6u %4u %4u : slabdata %6u %6u %6u\n",
                              cache->name, cache->active_objs,
                              (guint64) nr_slabs * cache->objs_per_slab,
                              cache->object_size, cache->objs_per_slab, 1u << cache->order,
                              cache->slabs_full.length, cache->slabs_partial.length,
                              cache->slabs_free.length);
    }
}

void
mms_report_json_physical (MmsMachine  *machine,
                          JsonBuilder *b)
{
  g_return_if_fail (machine != NULL && b != NULL);

  json_builder_set_member_name (b, "machine");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "arch");
  json_builder_add_string_value (b, mms_arch_name (machine->arch));
  json_builder_set_member_name (b, "ram");
  json_builder_add_int_value (b, (gint64) machine->ram);
  json_builder_set_member_name (b, "swap");
  json_builder_add_int_value (b, (gint64) machine->swap);
  json_builder_set_member_name (b, "frames");
  json_builder_add_int_value (b, (gint64) machine->nr_frames);
  json_builder_set_member_name (b, "reserved_frames");
  json_builder_add_int_value (b, (gint64) machine->nr_reserved);
  json_builder_set_member_name (b, "used_frames");
  json_builder_add_int_value (b, (gint64) machine->nr_used);
  json_builder_set_member_name (b, "free_frames");
  json_builder_add_int_value (b, (gint64) mms_machine_free_frames (machine));
  json_builder_set_member_name (b, "zero_pfn");
  json_builder_add_int_value (b, (gint64) machine->zero_pfn);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "zones");
  json_builder_begin_array (b);
  for (guint i = 0; i < machine->nr_zones; i++)
    {
      struct zone *zone = &machine->zones[machine->zone_ids[i]];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, zone->name);
      json_builder_set_member_name (b, "start_pfn");
      json_builder_add_int_value (b, (gint64) zone->zone_start_pfn);
      json_builder_set_member_name (b, "spanned_pages");
      json_builder_add_int_value (b, (gint64) zone->spanned_pages);
      json_builder_set_member_name (b, "reserved_pages");
      json_builder_add_int_value (b, (gint64) zone->nr_reserved);
      json_builder_set_member_name (b, "free_pages");
      json_builder_add_int_value (b, (gint64) zone->nr_free_pages);
      json_builder_set_member_name (b, "free_area");
      json_builder_begin_array (b);
      for (guint order = 0; order < MMS_MAX_ORDER; order++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "nr_free");
          json_builder_add_int_value (b, (gint64) zone->free_area[order].nr_free);
          json_builder_set_member_name (b, "blocks");
          json_builder_begin_array (b);
          for (guint32 p = zone->free_area[order].head; p != MMS_PFN_NONE;
               p = machine->mem_map[p].lru_next)
            json_builder_add_int_value (b, p);
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "slab_caches");
  json_builder_begin_array (b);
  for (guint i = 0; i < machine->caches->len; i++)
    {
      struct kmem_cache *cache = machine->caches->pdata[i];
      GQueue *lists[] = { &cache->slabs_full, &cache->slabs_partial, &cache->slabs_free };
      const char *names[] = { "slabs_full", "slabs_partial", "slabs_free" };

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, cache->name);
      json_builder_set_member_name (b, "object_size");
      json_builder_add_int_value (b, cache->object_size);
      json_builder_set_member_name (b, "objs_per_slab");
      json_builder_add_int_value (b, cache->objs_per_slab);
      json_builder_set_member_name (b, "pages_per_slab");
      json_builder_add_int_value (b, 1 << cache->order);
      json_builder_set_member_name (b, "active_objs");
      json_builder_add_int_value (b, (gint64) cache->active_objs);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          json_builder_set_member_name (b, names[l]);
          json_builder_begin_array (b);
          for (GList *link = lists[l]->head; link != NULL; link = link->next)
            {
              struct slab *slab = link->data;
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "id");
              json_builder_add_int_value (b, slab->id);
              json_builder_set_member_name (b, "pfn");
              json_builder_add_int_value (b, (gint64) slab->pfn);
              json_builder_set_member_name (b, "inuse");
              json_builder_add_int_value (b, slab->inuse);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}
