/* mms-rmap.c: every mapping of every frame, for the views. */
#include "mms-rmap.h"

struct _MmsRmap
{
  MmsMachine *machine;
  GArray *mappings;         /* MmsMapping */
  GHashTable *by_pfn;       /* pfn -> GPtrArray of const MmsMapping * */
  GHashTable *vmas;         /* struct mm_struct * -> GArray of MmsVmaSpan */
};

guint
mms_rmap_level_shift (MmsMachine *machine,
                      guint       level)
{
  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    return 39 - 9 * level;
  return 22 - 10 * level;
}

const guint64 *
mms_rmap_table_entries (MmsMachine *machine,
                        guint64     pfn)
{
  if (pfn >= machine->nr_frames)
    return NULL;
  if (machine->mem_map[pfn].owner != MMS_OWNER_PAGETABLE)
    return NULL;
  return machine->mem_map[pfn].private;
}

const char *
mms_rmap_level_name (MmsMachine *machine,
                     guint       level)
{
  static const char * const names64[] = { "PGD", "PUD", "PMD", "PTE" };
  static const char * const names32[] = { "PGD", "PTE" };

  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    return level < 4 ? names64[level] : "?";
  return level < 2 ? names32[level] : "?";
}

/* A depth-first walk, in address order, like walk_page_range(). */
static void
walk_table (MmsRmap          *rmap,
            struct mm_struct *mm,
            guint64           table,
            guint             level,
            guint64           base)
{
  MmsMachine *machine = rmap->machine;
  const guint64 *entries = mms_rmap_table_entries (machine, table);
  guint levels = mms_pgtable_levels (machine);
  guint n = mms_pgtable_entries (machine);
  guint shift = mms_rmap_level_shift (machine, level);

  if (entries == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      guint64 e = entries[i];
      guint64 addr = base + ((guint64) i << shift);

      if (e == 0)
        continue;
      if (level + 1 < levels)
        {
          if (mms_pte_present (e))
            walk_table (rmap, mm, mms_pte_pfn (e), level + 1, addr);
          continue;
        }
      {
        MmsMapping m = { mm, NULL, addr, e, table, i };
        g_array_append_val (rmap->mappings, m);
      }
    }
}

MmsRmap *
mms_rmap_new (MmsMachine *machine)
{
  MmsRmap *rmap;

  g_return_val_if_fail (machine != NULL, NULL);

  rmap = g_new0 (MmsRmap, 1);
  rmap->machine = machine;
  rmap->mappings = g_array_new (FALSE, FALSE, sizeof (MmsMapping));
  rmap->by_pfn = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  rmap->vmas = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; machine->mms != NULL && i < machine->mms->len; i++)
    {
      struct mm_struct *mm = g_ptr_array_index (machine->mms, i);
      guint first = rmap->mappings->len;
      const MmsVmaSpan *vmas;
      guint n_vmas = 0, k = 0;

      if (mm->pgd == 0 && mms_rmap_table_entries (machine, mm->pgd) == NULL)
        continue;
      walk_table (rmap, mm, mm->pgd, 0, 0);
      if (rmap->mappings->len == first)
        continue;

      /* Entries and VMAs are both sorted: match them in one pass. */
      vmas = mms_rmap_get_vmas (rmap, mm, &n_vmas);
      for (guint j = first; j < rmap->mappings->len; j++)
        {
          MmsMapping *m = &g_array_index (rmap->mappings, MmsMapping, j);
          while (k < n_vmas && vmas[k].end <= m->addr)
            k++;
          if (k < n_vmas && vmas[k].start <= m->addr)
            m->vma = vmas[k].vma;
        }
    }

  /* The mappings array is complete: pointers into it are now stable. */
  for (guint j = 0; j < rmap->mappings->len; j++)
    {
      const MmsMapping *m = &g_array_index (rmap->mappings, MmsMapping, j);
      GPtrArray *list;
      guint64 pfn;

      if (!mms_pte_present (m->pte))
        continue;
      pfn = mms_pte_pfn (m->pte);
      list = g_hash_table_lookup (rmap->by_pfn, GSIZE_TO_POINTER (pfn));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (rmap->by_pfn, GSIZE_TO_POINTER (pfn), list);
        }
      g_ptr_array_add (list, (gpointer) m);
    }
  return rmap;
}

void
mms_rmap_free (MmsRmap *rmap)
{
  if (rmap == NULL)
    return;
  g_array_unref (rmap->mappings);
  g_hash_table_unref (rmap->by_pfn);
  g_hash_table_unref (rmap->vmas);
  g_free (rmap);
}

const MmsVmaSpan *
mms_rmap_get_vmas (MmsRmap          *rmap,
                   struct mm_struct *mm,
                   guint            *n_out)
{
  GArray *vmas;

  g_return_val_if_fail (rmap != NULL, NULL);
  g_return_val_if_fail (mm != NULL, NULL);
  g_return_val_if_fail (n_out != NULL, NULL);

  vmas = g_hash_table_lookup (rmap->vmas, mm);
  if (vmas == NULL)
    {
      guint n = 0, cap = MAX (mm->map_count, 0) + 1;

      /* Written in place: a call per VMA would cost as much as the walk. */
      vmas = g_array_sized_new (FALSE, FALSE, sizeof (MmsVmaSpan), cap);
      g_array_set_size (vmas, cap);
      for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
        {
          if (n == cap)
            g_array_set_size (vmas, cap *= 2);
          g_array_index (vmas, MmsVmaSpan, n++) = (MmsVmaSpan) { vma->vm_start, vma->vm_end, vma->vm_flags, vma };
        }
      g_array_set_size (vmas, n);
      g_hash_table_insert (rmap->vmas, mm, vmas);
    }
  *n_out = vmas->len;
  return (const MmsVmaSpan *) (gpointer) vmas->data;
}

const MmsMapping *
mms_rmap_get_mappings (MmsRmap *rmap,
                       guint   *n_out)
{
  g_return_val_if_fail (rmap != NULL, NULL);
  *n_out = rmap->mappings->len;
  return (const MmsMapping *) (gpointer) rmap->mappings->data;
}

const MmsMapping * const *
mms_rmap_lookup_frame (MmsRmap *rmap,
                       guint64  pfn,
                       guint   *n_out)
{
  GPtrArray *list;

  g_return_val_if_fail (rmap != NULL, NULL);
  list = g_hash_table_lookup (rmap->by_pfn, GSIZE_TO_POINTER (pfn));
  if (list == NULL)
    {
      *n_out = 0;
      return NULL;
    }
  *n_out = list->len;
  return (const MmsMapping * const *) list->pdata;
}

const MmsMapping *
mms_rmap_lookup_vma (MmsRmap               *rmap,
                     struct vm_area_struct *vma,
                     guint                 *n_out)
{
  const MmsMapping *all = (const MmsMapping *) (gpointer) rmap->mappings->data;
  guint a = 0, b = rmap->mappings->len;
  guint first;

  g_return_val_if_fail (rmap != NULL, NULL);
  *n_out = 0;

  /* Binary search for the first entry of VMA's mm at or above vm_start:
   * entries are grouped by mm in machine->mms order, so search by
   * (mm's position, address). */
  {
    guint mm_pos = 0;
    MmsMachine *machine = rmap->machine;

    while (mm_pos < machine->mms->len && g_ptr_array_index (machine->mms, mm_pos) != vma->vm_mm)
      mm_pos++;
    while (a < b)
      {
        guint mid = (a + b) / 2;
        guint pos = 0;

        while (pos < machine->mms->len && g_ptr_array_index (machine->mms, pos) != all[mid].mm)
          pos++;
        if (pos < mm_pos || (pos == mm_pos && all[mid].addr < vma->vm_start))
          a = mid + 1;
        else
          b = mid;
      }
  }
  first = a;
  while (a < rmap->mappings->len && all[a].mm == vma->vm_mm && all[a].addr < vma->vm_end)
    a++;
  *n_out = a - first;
  return *n_out > 0 ? &all[first] : NULL;
}

char *
mms_rmap_mm_owners (MmsMachine       *machine,
                    struct mm_struct *mm)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; machine->tasks != NULL && i < machine->tasks->len; i++)
    {
      struct task_struct *task = g_ptr_array_index (machine->tasks, i);
      if (task->mm != mm || task->state != MMS_TASK_RUNNING)
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, task->comm);
    }
  if (s->len == 0)
    g_string_append_printf (s, "mm %u", mm->id);
  return g_string_free (s, FALSE);
}
