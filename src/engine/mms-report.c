/* mms-report.c: buddyinfo and slabinfo text, and the JSON state.
 *
 * buddyinfo follows mm/vmstat.c:frag_show_print() to the byte:
 *   seq_printf(m, "Node %d, zone %8s ", ...); then "%6lu " per order; "\n".
 * slabinfo follows mm/slab_common.c:cache_show()'s columns, with the
 * slabdata triple replaced by the counts of full, partial and free slabs.
 */
#include "mms-report.h"
#include "mms-mm-private.h"

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

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_hex (JsonBuilder *b,
         const char  *name,
         guint64      value)
{
  g_autofree char *text = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", value);
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, text);
}

void
mms_report_json_mm (struct mm_struct *mm,
                    JsonBuilder      *b)
{
  guint64 present = 0, swapped = 0;
  guint64 addr = 0;
  guint64 *ptep;

  g_return_if_fail (mm != NULL && b != NULL);

  json_builder_begin_object (b);
  add_int (b, "id", mm->id);
  add_hex (b, "pgd", mm->pgd);
  add_int (b, "mm_users", mm->mm_users);
  add_int (b, "mm_count", mm->mm_count);
  add_int (b, "map_count", mm->map_count);
  add_int (b, "total_vm", (gint64) mm->total_vm);
  add_int (b, "locked_vm", (gint64) mm->locked_vm);
  add_int (b, "shared_vm", (gint64) mm->shared_vm);
  add_int (b, "exec_vm", (gint64) mm->exec_vm);
  add_int (b, "stack_vm", (gint64) mm->stack_vm);
  add_hex (b, "start_code", mm->start_code);
  add_hex (b, "end_code", mm->end_code);
  add_hex (b, "start_data", mm->start_data);
  add_hex (b, "end_data", mm->end_data);
  add_hex (b, "start_brk", mm->start_brk);
  add_hex (b, "brk", mm->brk);
  add_hex (b, "start_stack", mm->start_stack);
  add_hex (b, "arg_start", mm->arg_start);
  add_hex (b, "arg_end", mm->arg_end);
  add_hex (b, "env_start", mm->env_start);
  add_hex (b, "env_end", mm->env_end);
  add_hex (b, "mmap_base", mm->mmap_base);
  add_hex (b, "task_size", mm->task_size);
  add_int (b, "rss_anon", mm->rss_anon);
  add_int (b, "rss_file", mm->rss_file);
  add_int (b, "rss_shmem", mm->rss_shmem);
  add_int (b, "swap_entries", mm->rss_swap);

  json_builder_set_member_name (b, "vmas");
  json_builder_begin_array (b);
  for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    {
      char perms[5] = {
        vma->vm_flags & VM_READ ? 'r' : '-', vma->vm_flags & VM_WRITE ? 'w' : '-',
        vma->vm_flags & VM_EXEC ? 'x' : '-', vma->vm_flags & VM_MAYSHARE ? 's' : 'p', 0,
      };
      json_builder_begin_object (b);
      add_int (b, "id", vma->id);
      add_hex (b, "vm_start", vma->vm_start);
      add_hex (b, "vm_end", vma->vm_end);
      json_builder_set_member_name (b, "perms");
      json_builder_add_string_value (b, perms);
      add_hex (b, "vm_flags", vma->vm_flags);
      add_int (b, "vm_pgoff", (gint64) vma->vm_pgoff);
      json_builder_set_member_name (b, "file");
      if (vma->vm_file != NULL)
        json_builder_add_string_value (b, vma->vm_file->path);
      else if (vma->special != NULL)
        json_builder_add_string_value (b, vma->special);
      else
        json_builder_add_null_value (b);
      add_int (b, "anon_vma", vma->anon_vma != NULL ? vma->anon_vma->id : 0);
      json_builder_set_member_name (b, "color");
      json_builder_add_string_value (b, rb_is_red (&vma->vm_rb) ? "red" : "black");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  while ((ptep = mms_pte_next (mm, &addr, G_MAXUINT64)) != NULL)
    {
      if (mms_pte_present (*ptep))
        present++;
      else if (mms_pte_is_swap (*ptep))
        swapped++;
      if (addr >= G_MAXUINT64 - MMS_PAGE_SIZE)
        break;
      addr += MMS_PAGE_SIZE;
    }
  json_builder_set_member_name (b, "page_tables");
  json_builder_begin_object (b);
  add_int (b, "levels", mms_pgtable_levels (mm->machine));
  add_int (b, "table_pages", (gint64) mm->nr_pgtables);
  add_int (b, "present_ptes", (gint64) present);
  add_int (b, "swap_ptes", (gint64) swapped);
  json_builder_end_object (b);
  json_builder_end_object (b);
}
