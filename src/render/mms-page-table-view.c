/* mms-page-table-view.c: the page-table walk, from the PGD down.
 *
 * An outline, one row per populated entry: each table (PGD, PUD, PMD, PTE
 * on x86_64; PGD, PTE on i386) is a heading with its frame, its populated
 * entries are indented under it, and each upper-level entry opens the
 * table it points to.  A leaf entry shows its index, the virtual address
 * it translates, its bits (P present, W writable, U user, A accessed,
 * D dirty, X executable: no NX bit) and, in a chip coloured by the
 * frame's owner, the frame it maps, or its swap slot.  Tables named in
 * MmsSceneOptions.collapsed are folded to their heading; when rows do not
 * fit, each PTE table shows its first entries and says how many more it
 * has.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#define INDENT 14.0
#define CHIP_W (7 * MMS_MONO_CHAR + 6)

typedef struct
{
  MmsViewContext *ctx;
  struct mm_struct *mm;
  MmsRect r;
  double y;
  guint max_leaf_rows;      /* per PTE table */
  const MmsVmaSpan *vmas;   /* the mm's VMAs (mms_rmap_get_vmas) */
  guint n_vmas;
  guint vma;                /* index of the VMA at or after the last leaf */
  gboolean full;
} Walk;

static void
format_bits (guint64  pte,
             gboolean has_nx,
             char     out[16])
{
  g_snprintf (out, 16, "%c%c%c%c%c%c",
              (pte & MMS_PTE_PRESENT) ? 'P' : '-',
              (pte & MMS_PTE_RW) ? 'W' : '-',
              (pte & MMS_PTE_USER) ? 'U' : '-',
              (pte & MMS_PTE_ACCESSED) ? 'A' : '-',
              (pte & MMS_PTE_DIRTY) ? 'D' : '-',
              !has_nx ? 'X' : (pte & MMS_PTE_NX) ? '-' : 'X');
}

static gboolean
room (Walk *w)
{
  if (w->y + MMS_LINE_HEIGHT > w->r.y + w->r.height)
    {
      w->full = TRUE;
      return FALSE;
    }
  return TRUE;
}

static guint
count_used (const guint64 *entries,
            guint          n)
{
  guint used = 0;

  for (guint i = 0; i < n; i++)
    used += entries[i] != 0;
  return used;
}

static void
walk_table (Walk    *w,
            guint64  table,
            guint    level,
            guint64  base,
            guint64  parent,
            guint    parent_index)
{
  MmsViewContext *ctx = w->ctx;
  MmsMachine *machine = ctx->machine;
  const guint64 *entries = mms_rmap_table_entries (machine, table);
  guint levels = mms_pgtable_levels (machine);
  guint n = mms_pgtable_entries (machine);
  guint shift = mms_rmap_level_shift (machine, level);
  gboolean has_nx = machine->arch == MMS_ARCH_PRESET_X86_64;
  double x = w->r.x + level * INDENT;
  double hx = x;
  gboolean collapsed;
  guint used, shown = 0;
  MmsElement *e;

  if (entries == NULL || !room (w))
    return;
  used = count_used (entries, n);
  collapsed = ctx->options->collapsed != NULL
              && g_hash_table_contains (ctx->options->collapsed, GSIZE_TO_POINTER (table));

  /* The upper-level entry that points here opens the row, as a chip. */
  if (level > 0)
    {
      guint64 entry = mms_rmap_table_entries (machine, parent)[parent_index];
      double chip_w = 6 * MMS_MONO_CHAR;

      e = mms_scene_add (ctx->scene, MMS_ELEMENT_ENTRY,
                         mms_scene_printf (ctx->scene, "entry:0x%" G_GINT64_MODIFIER "x:%u", parent, parent_index),
                         hx, w->y, chip_w - 2, MMS_LINE_HEIGHT - 1);
      e->shape = MMS_SHAPE_ROUNDED;
      e->stroke = MMS_COLOR_PAGETABLE;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_CENTER;
      e->label = mms_scene_printf (ctx->scene, "[%u]", parent_index);
      e->value = mms_scene_printf (ctx->scene, "%" G_GINT64_MODIFIER "x", entry);
      e->tooltip = mms_scene_printf (ctx->scene,
                                     /* Translators: an upper-level entry: its level (PGD), index, value, the
                                      * first address it covers, the level of the table it points to, its frame. */
                                     _("<b>%s entry %u</b> = <tt>0x%016llx</tt>\n"
                                       "covers the addresses from <tt>0x%llx</tt>\n"
                                       "points to the %s table in frame <tt>0x%llx</tt>"),
                                     mms_rmap_level_name (machine, level - 1), parent_index, (unsigned long long) entry,
                                     (unsigned long long) base, mms_rmap_level_name (machine, level), (unsigned long long) table);
      mms_scene_link (ctx->scene, e, mms_scene_printf (ctx->scene, "frame:0x%" G_GINT64_MODIFIER "x", table));
      hx += chip_w;
    }
  e = mms_scene_add (ctx->scene, MMS_ELEMENT_TABLE,
                     mms_scene_printf (ctx->scene, "table:0x%" G_GINT64_MODIFIER "x", table),
                     hx, w->y, w->r.x + w->r.width - hx, MMS_LINE_HEIGHT - 1);
  e->object = mms_scene_printf (ctx->scene, "frame:0x%" G_GINT64_MODIFIER "x", table);
  e->fill = MMS_COLOR_PAGETABLE;
  e->text_color = MMS_COLOR_TEXT_AUTO;
  e->shape = MMS_SHAPE_ROUNDED;
  e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_BOLD;
  e->label = mms_scene_printf (ctx->scene,
                               /* Translators: a fold mark, a level (PMD), its frame, entries used of all. */
                               _("%s %s in frame 0x%llx · %u of %u used"),
                               collapsed ? "▸" : "▾", mms_rmap_level_name (machine, level), (unsigned long long) table,
                               used, n);
  e->value = mms_scene_printf (ctx->scene, "%u", used);
  e->lo = table;
  e->hi = table + 1;
  e->tooltip = mms_scene_printf (ctx->scene, _("<b>%s table</b> in frame <tt>0x%llx</tt>\n"
                                               "%u of its %u entries are in use; each covers %s.\nClick to fold or unfold."),
                                 mms_rmap_level_name (machine, level), (unsigned long long) table, used, n,
                                 level + 1 == levels ? "4 KiB" : machine->arch == MMS_ARCH_PRESET_X86_64
                                 ? (level == 0 ? "512 GiB" : level == 1 ? "1 GiB" : "2 MiB") : "4 MiB");
  mms_view_mark_touched (ctx, e);
  w->y += MMS_LINE_HEIGHT;
  if (collapsed)
    return;

  for (guint i = 0; i < n; i++)
    {
      guint64 entry = entries[i];
      guint64 addr = base + ((guint64) i << shift);
      char bits[16];

      if (entry == 0)
        continue;
      if (level + 1 < levels)
        {
          walk_table (w, mms_pte_pfn (entry), level + 1, addr, table, i);
          continue;
        }

      /* A leaf entry. */
      if (shown >= w->max_leaf_rows)
        {
          if (shown == w->max_leaf_rows && room (w))
            {
              guint rest = 0;
              for (guint k = i; k < n; k++)
                rest += entries[k] != 0;
              mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "pte-more:0x%" G_GINT64_MODIFIER "x", table),
                                 x + INDENT, w->y, w->r.width - (level + 1) * INDENT, MMS_LINE_HEIGHT,
                                 mms_scene_printf (ctx->scene, g_dngettext (GETTEXT_PACKAGE, "… %u more entry", "… %u more entries", rest), rest),
                                 MMS_ELEMENT_MONOSPACE)->text_color = MMS_COLOR_TEXT_DIM;
              w->y += MMS_LINE_HEIGHT;
            }
          shown++;
          break;
        }
      if (!room (w))
        return;
      shown++;
      format_bits (entry, has_nx, bits);
      {
        const char *pte_id = mms_scene_printf (ctx->scene, "pte:%u:0x%" G_GINT64_MODIFIER "x", w->mm->id, addr);
        struct vm_area_struct *vma = NULL;
        double row_w = w->r.width - (level + 1) * INDENT;
        MmsElement *chip;
        const char *frame_obj = NULL;

        /* Leaves come in address order: the VMA cursor only moves up. */
        while (w->vma < w->n_vmas && w->vmas[w->vma].end <= addr)
          w->vma++;
        if (w->vma < w->n_vmas && w->vmas[w->vma].start <= addr)
          vma = w->vmas[w->vma].vma;

        e = mms_scene_add (ctx->scene, MMS_ELEMENT_PTE, pte_id, x + INDENT, w->y, row_w - CHIP_W - 4,
                           MMS_LINE_HEIGHT - 1);
        e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MONOSPACE;
        e->label = mms_scene_printf (ctx->scene, "[%u] %" G_GINT64_MODIFIER "x %s", i, addr,
                                     mms_pte_present (entry) ? bits : C_("pte", "swap"));
        e->value = mms_scene_printf (ctx->scene, "%" G_GINT64_MODIFIER "x", entry);
        e->lo = addr;
        e->hi = addr + MMS_PAGE_SIZE;
        if (vma != NULL)
          mms_scene_link (ctx->scene, e, mms_scene_printf (ctx->scene, "vma:%u:%u", w->mm->id, vma->id));

        chip = mms_scene_add (ctx->scene, MMS_ELEMENT_PTE,
                              mms_scene_printf (ctx->scene, "pte-target:%u:0x%" G_GINT64_MODIFIER "x", w->mm->id, addr),
                              x + INDENT + row_w - CHIP_W, w->y, CHIP_W, MMS_LINE_HEIGHT - 1);
        chip->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_CENTER;
        chip->shape = MMS_SHAPE_ROUNDED;
        chip->text_color = MMS_COLOR_TEXT_AUTO;
        if (mms_pte_present (entry))
          {
            guint64 pfn = mms_pte_pfn (entry);
            struct page *page = pfn < ctx->machine->nr_frames ? &ctx->machine->mem_map[pfn] : NULL;

            frame_obj = mms_scene_printf (ctx->scene, "frame:0x%" G_GINT64_MODIFIER "x", pfn);
            chip->object = frame_obj;
            chip->fill = page != NULL ? mms_color_for_owner (page->owner, 0) : MMS_COLOR_NONE;
            chip->label = mms_scene_printf (ctx->scene, "0x%" G_GINT64_MODIFIER "x", pfn);
            mms_scene_link (ctx->scene, e, frame_obj);
            e->tooltip = mms_scene_printf (ctx->scene,
                                           /* Translators: a leaf PTE: its index, its value, the virtual address,
                                            * the frame, then yes/no for each bit. */
                                           _("<b>PTE %u</b> = <tt>0x%016llx</tt>\n"
                                             "translates <tt>0x%llx</tt> to frame <tt>0x%llx</tt>\n"
                                             "present %s · writable %s · user %s · accessed %s · dirty %s%s"),
                                           i, (unsigned long long) entry, (unsigned long long) addr, (unsigned long long) pfn,
                                           (entry & MMS_PTE_PRESENT) ? _("yes") : _("no"),
                                           (entry & MMS_PTE_RW) ? _("yes") : _("no (a write faults: COW?)"),
                                           (entry & MMS_PTE_USER) ? _("yes") : _("no"),
                                           (entry & MMS_PTE_ACCESSED) ? _("yes") : _("no"),
                                           (entry & MMS_PTE_DIRTY) ? _("yes") : _("no"),
                                           has_nx ? ((entry & MMS_PTE_NX) ? " · NX" : _(" · executable")) : "");
            chip->tooltip = mms_scene_printf (ctx->scene, _("frame <tt>0x%llx</tt> (%s)%s"),
                                              (unsigned long long) pfn, page != NULL ? mms_owner_name (page->owner) : "?",
                                              page != NULL && page->mapcount > 1
                                              ? mms_scene_printf (ctx->scene, _("\nshared: %d PTEs map it"), page->mapcount)
                                              : "");
            if (page != NULL && page->mapcount > 1)
              chip->flags |= MMS_ELEMENT_DASHED, chip->stroke = MMS_COLOR_TEXT;
          }
        else
          {
            chip->fill = MMS_COLOR_SWAP;
            chip->label = mms_scene_printf (ctx->scene, /* Translators: a swap slot number in a PTE's chip. */
                                            _("swap %llu"), (unsigned long long) mms_pte_swap_slot (entry));
            chip->object = mms_scene_printf (ctx->scene, "swap:%" G_GUINT64_FORMAT, mms_pte_swap_slot (entry));
            e->tooltip = mms_scene_printf (ctx->scene, _("<b>swap entry</b> <tt>0x%016llx</tt>\n"
                                                         "<tt>0x%llx</tt> is not in RAM: it is in swap slot %llu\n"
                                                         "an access faults and do_swap_page reads it back"),
                                           (unsigned long long) entry, (unsigned long long) addr,
                                           (unsigned long long) mms_pte_swap_slot (entry));
            chip->tooltip = e->tooltip;
          }
        mms_scene_link (ctx->scene, chip, pte_id);
        if (vma != NULL)
          mms_scene_link (ctx->scene, chip, mms_scene_printf (ctx->scene, "vma:%u:%u", w->mm->id, vma->id));
        mms_view_mark_touched (ctx, e);
        if (e->flags & MMS_ELEMENT_EMPHASIS)
          chip->flags |= MMS_ELEMENT_EMPHASIS, chip->stroke = MMS_COLOR_SELECTED;
        w->y += MMS_LINE_HEIGHT;
      }
    }
}

/* The shape of the whole walk, measured once: a heading row per table
 * shown (*HEADINGS), and the number of leaf entries of each table unfolded
 * (LEAVES, guint). */
static void
measure_tables (MmsMachine *machine,
                guint64     table,
                guint       level,
                GHashTable *collapsed,
                guint      *headings,
                GArray     *leaves)
{
  const guint64 *entries = mms_rmap_table_entries (machine, table);
  guint levels = mms_pgtable_levels (machine);
  guint n = mms_pgtable_entries (machine);
  guint count = 0;

  if (entries == NULL)
    return;
  ++*headings;
  if (collapsed != NULL && g_hash_table_contains (collapsed, GSIZE_TO_POINTER (table)))
    return;
  for (guint i = 0; i < n; i++)
    {
      if (entries[i] == 0)
        continue;
      if (level + 1 < levels)
        measure_tables (machine, mms_pte_pfn (entries[i]), level + 1, collapsed, headings, leaves);
      else
        count++;
    }
  if (count > 0)
    g_array_append_val (leaves, count);
}

/* Rows the whole walk would take, with at most LIMIT leaf rows per table
 * (and a "more" row under a table cut short). */
static guint
count_rows (guint         headings,
            const GArray *leaves,
            guint         limit)
{
  guint rows = headings;

  for (guint i = 0; i < leaves->len; i++)
    rows += MIN (g_array_index (leaves, guint, i), limit + 1);
  return rows;
}

void
mms_page_table_view_build (MmsViewContext *ctx,
                           const MmsRect  *area)
{
  guint n_mm = ctx->mms->len;
  gboolean side_by_side;
  double col_w, col_h;

  if (n_mm == 0)
    {
      mms_view_add_text (ctx, "page-table:empty", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         _("No process has page tables yet."), 0)->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }
  side_by_side = area->width / n_mm >= 34 * MMS_MONO_CHAR;
  col_w = side_by_side ? (area->width - (n_mm - 1) * 8) / n_mm : area->width;
  col_h = side_by_side ? area->height : (area->height - (n_mm - 1) * 4) / n_mm;

  for (guint m = 0; m < n_mm; m++)
    {
      struct mm_struct *mm = g_ptr_array_index (ctx->mms, m);
      g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, mm);
      Walk w = { 0 };
      guint rows_fit, limit, headings = 0;
      g_autoptr(GArray) leaves = g_array_new (FALSE, FALSE, sizeof (guint));
      MmsElement *head;

      w.ctx = ctx;
      w.mm = mm;
      w.vmas = mms_rmap_get_vmas (ctx->rmap, mm, &w.n_vmas);
      w.vma = 0;
      w.r = (MmsRect) { area->x + (side_by_side ? m * (col_w + 8) : 0),
                        area->y + (side_by_side ? 0 : m * (col_h + 4)), col_w, col_h };
      head = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "pt-head:%u", mm->id), w.r.x, w.r.y, w.r.width,
                                MMS_LINE_HEIGHT,
                                mms_scene_printf (ctx->scene,
                                                  /* Translators: the processes, their PGD's frame, the number of page-table pages. */
                                                  g_dngettext (GETTEXT_PACKAGE, "%s: mm->pgd = 0x%llx, %llu table",
                                                               "%s: mm->pgd = 0x%llx, %llu tables", mm->nr_pgtables),
                                                  owners, (unsigned long long) mm->pgd,
                                                  (unsigned long long) mm->nr_pgtables),
                                MMS_ELEMENT_BOLD);
      head->object = mms_scene_printf (ctx->scene, "mm:%u", mm->id);
      w.r.y += MMS_LINE_HEIGHT;
      w.r.height -= MMS_LINE_HEIGHT;
      w.y = w.r.y;

      /* As many leaf rows per table as fit. */
      rows_fit = (guint) (w.r.height / MMS_LINE_HEIGHT);
      limit = 512;
      measure_tables (ctx->machine, mm->pgd, 0, ctx->options->collapsed, &headings, leaves);
      while (limit > 1 && count_rows (headings, leaves, limit) > rows_fit)
        limit = limit > 16 ? limit / 2 : limit - 1;
      w.max_leaf_rows = limit;
      walk_table (&w, mm->pgd, 0, 0, 0, 0);
    }
}
