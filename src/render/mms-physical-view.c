/* mms-physical-view.c: physical memory, frame by frame, beside the buddy
 * allocator's free lists.
 *
 * The grid walks the frames in pfn order, one row band per zone.  A frame
 * in use is a cell coloured by its owner (mms_color_for_owner) with its
 * refcount; a free buddy block is one cell for the whole block, shaded by
 * its order; an allocated block of order > 0 (a slab, a kernel
 * allocation) is one cell too, and so is a run of reserved frames.  That
 * keeps a booted 64 MiB machine to a few dozen cells that can carry their
 * numbers.  When even that is too many for the space (a 4 GiB machine full
 * of page cache), runs of neighbouring cells are drawn as one aggregate
 * coloured by the owner of most of its frames; asking for a smaller pfn
 * window (MmsSceneOptions.pfn_first/pfn_count) draws it exactly again.
 *
 * Below the grid, free_area[order] of each zone: nr_free, and the blocks
 * on the list from its head, as chips that select the same block in the
 * grid.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#include <math.h>

#define MIN_CELL 9.0
#define MAX_CELL_H 40.0
#define ZONE_LABEL_W 68.0

typedef enum
{
  CELL_FRAME,               /* one frame in use */
  CELL_BLOCK,               /* a free buddy block */
  CELL_COMPOUND,            /* an allocated block of order > 0 */
  CELL_RESERVED,            /* a run of reserved frames */
} CellKind;

/* What the grid needs of the frames, gathered in one pass over mem_map:
 * a machine full of page cache has a million cells, so a cell carries its
 * first frame's owner and order, and the grid never reads mem_map again to
 * colour an aggregate. */
typedef struct
{
  guint64 pfn;
  guint64 n;                /* frames */
  guint8 kind;              /* CellKind */
  guint8 zone;              /* index into machine->zone_ids */
  guint8 owner;             /* mem_map[pfn].owner */
  guint8 order;             /* mem_map[pfn].order */
} Cell;

static const char *
short_owner (guint owner)
{
  switch ((MmsPageOwner) owner)
    {
    case MMS_OWNER_ANON: return C_("owner", "anon");
    case MMS_OWNER_FILE: return C_("owner", "file");
    case MMS_OWNER_SHMEM: return C_("owner", "shm");
    case MMS_OWNER_PAGETABLE: return C_("owner", "pt");
    case MMS_OWNER_SLAB: return C_("owner", "slab");
    case MMS_OWNER_KERNEL: return C_("owner", "kern");
    case MMS_OWNER_ZERO: return C_("owner", "zero");
    case MMS_OWNER_RESERVED: return C_("owner", "rsvd");
    case MMS_OWNER_FREE: return C_("owner", "free");
    case MMS_OWNER_INFLIGHT:
    case MMS_NR_OWNERS:
    default:
      return C_("owner", "?");
    }
}

/* The cells of the frames [FIRST, LAST), zone by zone; IN_ZONE[z] counts
 * zone z's.  Cells are written in place, with no call per frame. */
static GArray *
collect_cells (MmsMachine *machine,
               guint64     first,
               guint64     last,
               guint      *in_zone)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  guint n = 0, cap = 256;
  Cell *out;

  g_assert (machine->nr_zones <= G_MAXUINT8);
  g_array_set_size (cells, cap);
  out = (Cell *) (gpointer) cells->data;
  for (guint z = 0; z < machine->nr_zones; z++)
    {
      struct zone *zone = mms_machine_zone (machine, machine->zone_ids[z]);
      guint64 lo = MAX (first, zone->zone_start_pfn);
      guint64 hi = MIN (last, zone->zone_start_pfn + zone->spanned_pages);
      guint64 pfn = lo;

      in_zone[z] = 0;
      while (pfn < hi)
        {
          const struct page *page = &machine->mem_map[pfn];
          Cell c = { pfn, 1, CELL_FRAME, z, page->owner, page->order };

          if (page->flags & PG_buddy)
            {
              c.kind = CELL_BLOCK;
              c.n = G_GUINT64_CONSTANT (1) << page->order;
            }
          else if ((page->flags & PG_head) && page->order > 0)
            {
              c.kind = CELL_COMPOUND;
              c.n = G_GUINT64_CONSTANT (1) << page->order;
            }
          else if (page->owner == MMS_OWNER_RESERVED || ((page->flags & PG_reserved) && page->owner != MMS_OWNER_ZERO))
            {
              c.kind = CELL_RESERVED;
              while (pfn + c.n < hi)
                {
                  struct page *next = &machine->mem_map[pfn + c.n];
                  if (next->owner != MMS_OWNER_RESERVED || (next->flags & PG_buddy))
                    break;
                  c.n++;
                }
            }
          else if (page->owner == MMS_OWNER_FREE)
            {
              /* A free frame that is no block's head: before boot hands it
               * out, or the tail of a block cut by the window; one cell per
               * run. */
              c.kind = CELL_RESERVED;
              while (pfn + c.n < hi && machine->mem_map[pfn + c.n].owner == MMS_OWNER_FREE
                     && !(machine->mem_map[pfn + c.n].flags & PG_buddy))
                c.n++;
            }
          c.n = MIN (c.n, hi - pfn);
          if (n == cap)
            {
              g_array_set_size (cells, cap *= 2);
              out = (Cell *) (gpointer) cells->data;
            }
          out[n++] = c;
          in_zone[z]++;
          pfn += c.n;
        }
    }
  g_array_set_size (cells, n);
  return cells;
}

static char *
frame_tooltip (MmsViewContext *ctx,
               guint64         pfn)
{
  MmsMachine *machine = ctx->machine;
  struct page *page = &machine->mem_map[pfn];
  struct zone *zone = mms_page_zone (machine, pfn);
  GString *s = g_string_new (NULL);
  const MmsMapping * const *maps;
  guint n = 0;

  g_string_append_printf (s, _("<b>frame 0x%llx</b> (%s, zone %s)\n<tt>"), (unsigned long long) pfn,
                          mms_owner_name (page->owner), zone != NULL ? zone->name : "?");
  g_string_append_printf (s, "_refcount %d\n_mapcount %d\n", page->_refcount, page->mapcount - 1);
  g_string_append_printf (s, "flags     0x%x%s%s%s%s%s%s\n", page->flags,
                          (page->flags & PG_dirty) ? " dirty" : "", (page->flags & PG_lru) ? " lru" : "",
                          (page->flags & PG_active) ? " active" : "", (page->flags & PG_slab) ? " slab" : "",
                          (page->flags & PG_reserved) ? " reserved" : "", (page->flags & PG_swapcache) ? " swapcache" : "");
  if (page->order > 0 || (page->flags & PG_head))
    g_string_append_printf (s, "order     %u\n", page->order);
  if (page->owner == MMS_OWNER_ANON || page->owner == MMS_OWNER_FILE || page->owner == MMS_OWNER_SHMEM)
    g_string_append_printf (s, "index     0x%" G_GINT64_MODIFIER "x\n", page->index);
  g_string_append (s, "</tt>");
  if (machine->page_offset != 0 && pfn < machine->lowmem_pfn)
    g_string_append_printf (s, _("kernel address <tt>0x%llx</tt>\n"),
                            (unsigned long long) (machine->page_offset + (pfn << MMS_PAGE_SHIFT)));
  maps = mms_rmap_lookup_frame (ctx->rmap, pfn, &n);
  if (n > 0)
    {
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "mapped by %u PTE:", "mapped by %u PTEs:", n), n);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *owners = mms_rmap_mm_owners (machine, maps[i]->mm);
          g_string_append_printf (s, (maps[i]->pte & MMS_PTE_RW) ? _("\n  %s at <tt>0x%llx</tt> (writable)")
                                                                 : _("\n  %s at <tt>0x%llx</tt> (read-only)"),
                                  owners, (unsigned long long) maps[i]->addr);
        }
    }
  else if (page->mapcount == 0 && page->owner == MMS_OWNER_ANON)
    g_string_append (s, _("mapped by no PTE"));
  if (s->str[s->len - 1] == '\n')
    g_string_truncate (s, s->len - 1);
  return g_string_free (s, FALSE);
}

static void
add_cell (MmsViewContext *ctx,
          const Cell     *c,
          double          x,
          double          y,
          double          w,
          double          h)
{
  MmsMachine *machine = ctx->machine;
  struct page *page = &machine->mem_map[c->pfn];
  struct zone *zone = mms_machine_zone (machine, machine->zone_ids[c->zone]);
  gboolean two_lines = h >= 2 * MMS_LINE_HEIGHT - 2;
  gboolean text = w >= 2 * MMS_MONO_CHAR + 4 && h >= MMS_LINE_HEIGHT - 2;
  MmsElement *e;

  switch (c->kind)
    {
    case CELL_BLOCK:
      {
        g_autofree char *size = mms_format_size (c->n << MMS_PAGE_SHIFT);
        e = mms_scene_add (ctx->scene, MMS_ELEMENT_BLOCK,
                           mms_scene_printf (ctx->scene, "block:%s:%u:0x%" G_GINT64_MODIFIER "x", zone->name,
                                             page->order, c->pfn), x, y, w, h);
        e->fill = mms_color_for_owner (MMS_OWNER_FREE, page->order);
        e->stroke = MMS_COLOR_PANEL_BORDER;
        e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER;
        if (text && w >= 3 * MMS_MONO_CHAR + 4)
          e->label = two_lines ? mms_scene_printf (ctx->scene, _("free\no%u"), page->order)
                               : mms_scene_printf (ctx->scene, "o%u", page->order);
        e->text_color = MMS_COLOR_TEXT_DIM;
        e->tooltip = mms_scene_printf (ctx->scene, _("<b>free block</b> of order %u at frame <tt>0x%llx</tt>\n"
                                                     "%llu frames (%s) on %s free_area[%u]\n"
                                                     "(drawn as one cell)"),
                                       page->order, (unsigned long long) c->pfn, (unsigned long long) c->n, size,
                                       zone->name, page->order);
        e->value = mms_scene_printf (ctx->scene, "free %u", page->order);
        break;
      }
    case CELL_RESERVED:
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_FRAME_RANGE,
                         mms_scene_printf (ctx->scene, "frames:0x%" G_GINT64_MODIFIER "x-0x%" G_GINT64_MODIFIER "x",
                                           c->pfn, c->pfn + c->n), x, y, w, h);
      e->fill = page->owner == MMS_OWNER_FREE ? MMS_COLOR_FREE_SMALL : MMS_COLOR_RESERVED;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER;
      e->text_color = MMS_COLOR_TEXT_AUTO;
      if (text && w >= 5 * MMS_MONO_CHAR + 4)
        e->label = c->n > 1 ? mms_scene_printf (ctx->scene, "×%" G_GUINT64_FORMAT, c->n) : C_("owner", "rsvd");
      e->tooltip = mms_scene_printf (ctx->scene,
                                     page->owner == MMS_OWNER_FREE
                                     ? g_dngettext (GETTEXT_PACKAGE, "<b>%llu free frame</b> from <tt>0x%llx</tt>",
                                                    "<b>%llu free frames</b> from <tt>0x%llx</tt>", c->n)
                                     : g_dngettext (GETTEXT_PACKAGE, "<b>%llu reserved frame</b> from <tt>0x%llx</tt>",
                                                    "<b>%llu reserved frames</b> from <tt>0x%llx</tt>", c->n),
                                     (unsigned long long) c->n, (unsigned long long) c->pfn);
      break;
    case CELL_COMPOUND:
    case CELL_FRAME:
    default:
      {
        g_autofree char *tip = frame_tooltip (ctx, c->pfn);
        const MmsMapping * const *maps;
        guint n = 0;

        e = mms_scene_add (ctx->scene, MMS_ELEMENT_FRAME,
                           mms_scene_printf (ctx->scene, "frame:0x%" G_GINT64_MODIFIER "x", c->pfn), x, y, w, h);
        e->fill = mms_color_for_owner (page->owner, page->order);
        e->stroke = MMS_COLOR_PANEL;
        e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_MONOSPACE;
        e->text_color = MMS_COLOR_TEXT_AUTO;
        if (text)
          {
            if (two_lines)
              e->label = c->kind == CELL_COMPOUND
                         ? mms_scene_printf (ctx->scene, "%" G_GINT64_MODIFIER "x\n%s o%u", c->pfn,
                                             short_owner (page->owner), page->order)
                         : mms_scene_printf (ctx->scene, /* Translators: a frame's cell: its pfn, then its _refcount. */
                                             _("%llx\nref %d"), (unsigned long long) c->pfn, page->_refcount);
            else if (w >= (c->pfn >= 0x1000 ? 5 : 4) * MMS_MONO_CHAR + 4)
              e->label = mms_scene_printf (ctx->scene, "%" G_GINT64_MODIFIER "x", c->pfn);
            else if (c->kind == CELL_FRAME)
              e->label = mms_scene_printf (ctx->scene, "%d", page->_refcount);
          }
        e->value = mms_scene_printf (ctx->scene, "%u %d %d", page->owner, page->_refcount, page->mapcount);
        e->tooltip = mms_scene_intern (ctx->scene, tip);
        maps = mms_rmap_lookup_frame (ctx->rmap, c->pfn, &n);
        for (guint i = 0; i < n; i++)
          {
            if (maps[i]->vma != NULL)
              mms_scene_link (ctx->scene, e, mms_scene_printf (ctx->scene, "vma:%u:%u", maps[i]->mm->id,
                                                               maps[i]->vma->id));
            mms_scene_link (ctx->scene, e, mms_scene_printf (ctx->scene, "pte:%u:0x%" G_GINT64_MODIFIER "x",
                                                             maps[i]->mm->id, maps[i]->addr));
          }
        /* A frame mapped more than once (shared after fork) says so. */
        if (page->mapcount > 1)
          {
            e->flags |= MMS_ELEMENT_DASHED;
            e->stroke = MMS_COLOR_TEXT;
            if (text && two_lines)
              e->label = mms_scene_printf (ctx->scene, /* Translators: pfn, mapcount, _refcount. */
                                           _("%llx\n×%d ref %d"), (unsigned long long) c->pfn,
                                           page->mapcount, page->_refcount);
          }
        if (page->owner == MMS_OWNER_SLAB && page->private != NULL)
          mms_scene_link (ctx->scene, e, mms_scene_printf (ctx->scene, "slab:%u", ((struct slab *) page->private)->id));
        e->lo = c->pfn;
        e->hi = c->pfn + c->n;
        mms_view_mark_touched (ctx, e);
        break;
      }
    }
  e->lo = c->pfn;
  e->hi = c->pfn + c->n;
}

static void
add_aggregate (MmsViewContext *ctx,
               const Cell     *cells,
               guint           n,
               double          x,
               double          y,
               double          w,
               double          h)
{
  guint64 by_owner[MMS_NR_OWNERS] = { 0 };
  guint64 lo = cells[0].pfn, hi = cells[n - 1].pfn + cells[n - 1].n;
  guint best = MMS_OWNER_FREE, best_order = 0;
  guint64 best_n = 0;
  GString *tip = g_string_new (NULL);
  MmsElement *e;

  for (guint i = 0; i < n; i++)
    {
      guint owner = cells[i].kind == CELL_BLOCK ? MMS_OWNER_FREE : cells[i].owner;
      by_owner[MIN (owner, MMS_NR_OWNERS - 1)] += cells[i].n;
      if (cells[i].kind == CELL_BLOCK)
        best_order = MAX (best_order, cells[i].order);
    }
  /* The colour of the most frames, but any use beats free space. */
  for (guint o = 0; o < MMS_NR_OWNERS; o++)
    if (o != MMS_OWNER_FREE && by_owner[o] > best_n)
      {
        best = o;
        best_n = by_owner[o];
      }
  if (best_n == 0)
    best = MMS_OWNER_FREE;

  g_string_append_printf (tip, _("<b>frames 0x%llx – 0x%llx</b> (%llu frames, drawn as one cell)"),
                          (unsigned long long) lo, (unsigned long long) hi, (unsigned long long) (hi - lo));
  for (guint o = 0; o < MMS_NR_OWNERS; o++)
    if (by_owner[o] > 0)
      g_string_append_printf (tip, "\n%s: %" G_GUINT64_FORMAT, mms_owner_name (o), by_owner[o]);

  e = mms_scene_add (ctx->scene, MMS_ELEMENT_FRAME_RANGE,
                     mms_scene_printf (ctx->scene, "frames:0x%" G_GINT64_MODIFIER "x-0x%" G_GINT64_MODIFIER "x", lo, hi),
                     x, y, w, h);
  e->fill = mms_color_for_owner (best, best_order);
  e->flags = MMS_ELEMENT_INTERACTIVE;
  e->lo = lo;
  e->hi = hi;
  e->tooltip = mms_scene_intern (ctx->scene, tip->str);
  g_string_free (tip, TRUE);
}

static double
build_free_lists (MmsViewContext *ctx,
                  const MmsRect  *r,
                  gboolean        measure_only)
{
  MmsMachine *machine = ctx->machine;
  double cell_w = (r->width - ZONE_LABEL_W) / MMS_MAX_ORDER;
  double chip_h = cell_w >= 7 * MMS_MONO_CHAR ? MMS_LINE_HEIGHT - 2 : 7;
  guint max_chips = ctx->focused ? 6 : 2;
  double row_h = MMS_LINE_HEIGHT + max_chips * (chip_h + 2) + 4;
  double y = r->y;

  /* A short panel shows fewer blocks per list (none at the least), so that
   * the lists stay inside it. */
  while (max_chips > 0 && MMS_LINE_HEIGHT + machine->nr_zones * row_h > r->height + 0.5)
    {
      max_chips--;
      row_h = MMS_LINE_HEIGHT + max_chips * (chip_h + 2) + 4;
    }
  if (measure_only)
    return MMS_LINE_HEIGHT + machine->nr_zones * row_h;

  mms_view_add_text (ctx, "free-area-head", r->x, y, ZONE_LABEL_W, MMS_LINE_HEIGHT, _("order"), MMS_ELEMENT_BOLD)
    ->text_color = MMS_COLOR_TEXT_DIM;
  for (guint o = 0; o < MMS_MAX_ORDER; o++)
    {
      MmsElement *e = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "free-area-order:%u", o),
                                         r->x + ZONE_LABEL_W + o * cell_w, y, cell_w, MMS_LINE_HEIGHT,
                                         mms_scene_printf (ctx->scene, "%u", o), MMS_ELEMENT_CENTER | MMS_ELEMENT_BOLD);
      e->text_color = MMS_COLOR_TEXT_DIM;
      e->flags |= MMS_ELEMENT_INTERACTIVE;
      e->tooltip = mms_scene_printf (ctx->scene, _("order %u: blocks of %u frames (%u KiB)"), o, 1u << o, 4u << o);
    }
  y += MMS_LINE_HEIGHT;

  for (guint z = 0; z < machine->nr_zones && y + MMS_LINE_HEIGHT <= r->y + r->height + 0.5; z++)
    {
      struct zone *zone = mms_machine_zone (machine, machine->zone_ids[z]);
      g_autofree char *free_size = mms_format_size (zone->nr_free_pages << MMS_PAGE_SHIFT);
      MmsElement *label = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "zone:%s", zone->name), r->x, y,
                                             ZONE_LABEL_W - 4, MMS_LINE_HEIGHT, zone->name, MMS_ELEMENT_BOLD);

      label->flags |= MMS_ELEMENT_INTERACTIVE;
      label->tooltip = mms_scene_printf (ctx->scene, _("<b>zone %s</b>\nframes <tt>0x%llx</tt> – <tt>0x%llx</tt>\n"
                                                       "%s free (%llu frames), %llu reserved"),
                                         zone->name, (unsigned long long) zone->zone_start_pfn,
                                         (unsigned long long) (zone->zone_start_pfn + zone->spanned_pages),
                                         free_size, (unsigned long long) zone->nr_free_pages,
                                         (unsigned long long) zone->nr_reserved);
      for (guint o = 0; o < MMS_MAX_ORDER; o++)
        {
          struct free_area *area = &zone->free_area[o];
          double x = r->x + ZONE_LABEL_W + o * cell_w;
          MmsElement *e;
          guint32 pfn = area->head;
          guint k = 0;

          e = mms_scene_add (ctx->scene, MMS_ELEMENT_FREE_LIST,
                             mms_scene_printf (ctx->scene, "free_area:%s:%u", zone->name, o),
                             x + 1, y, cell_w - 2, MMS_LINE_HEIGHT);
          e->fill = area->nr_free > 0 ? mms_color_for_owner (MMS_OWNER_FREE, o) : MMS_COLOR_NONE;
          e->stroke = MMS_COLOR_GRID;
          e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_MONOSPACE;
          e->text_color = area->nr_free > 0 ? MMS_COLOR_TEXT : MMS_COLOR_TEXT_DIM;
          e->label = mms_scene_printf (ctx->scene, "%" G_GUINT64_FORMAT, area->nr_free);
          e->value = e->label;
          e->tooltip = mms_scene_printf (ctx->scene, _("<b>%s free_area[%u]</b>: nr_free = %llu\n"
                                                     "blocks of %u frames, linked through page->lru from the head"),
                                         zone->name, o, (unsigned long long) area->nr_free, 1u << o);

          while (pfn != MMS_PFN_NONE && k < max_chips)
            {
              double cy = y + MMS_LINE_HEIGHT + 2 + k * (chip_h + 2);
              const char *block = mms_scene_printf (ctx->scene, "block:%s:%u:0x%x", zone->name, o, pfn);
              MmsElement *chip = mms_scene_add (ctx->scene, MMS_ELEMENT_BLOCK,
                                                mms_scene_printf (ctx->scene, "fl-%s", block),
                                                x + 3, cy, cell_w - 6, chip_h);
              chip->object = block;
              chip->fill = mms_color_for_owner (MMS_OWNER_FREE, o);
              chip->stroke = MMS_COLOR_EDGE;
              chip->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_MONOSPACE;
              chip->text_color = MMS_COLOR_TEXT;
              if (chip_h >= MMS_LINE_HEIGHT - 2)
                chip->label = mms_scene_printf (ctx->scene, "%x", pfn);
              chip->tooltip = mms_scene_printf (ctx->scene, k == 0 ? _("block <tt>0x%x</tt> of order %u, the head on %s free_area[%u]")
                                                                    : _("block <tt>0x%x</tt> of order %u, next on %s free_area[%u]"),
                                                pfn, o, zone->name, o);
              chip->lo = pfn;
              chip->hi = pfn + (1u << o);
              pfn = machine->mem_map[pfn].lru_next;
              k++;
            }
        }
      y += row_h;
    }
  return y - r->y;
}

void
mms_physical_view_build (MmsViewContext *ctx,
                         const MmsRect  *area)
{
  MmsMachine *machine = ctx->machine;
  guint64 first = ctx->options->pfn_count > 0 ? ctx->options->pfn_first : 0;
  guint64 last = ctx->options->pfn_count > 0 ? MIN (machine->nr_frames, first + ctx->options->pfn_count)
                                             : machine->nr_frames;
  g_autofree guint *in_zone = g_new0 (guint, MAX (1, machine->nr_zones));
  g_autoptr(GArray) cells = collect_cells (machine, first, last, in_zone);
  double fl_h = build_free_lists (ctx, area, TRUE);
  MmsRect grid = { area->x, area->y, area->width, area->height - fl_h - 6 };
  MmsRect fl = { area->x, MAX (area->y, area->y + area->height - fl_h), area->width, MIN (fl_h, area->height) };
  guint per_cell = 1, n_cells = cells->len;
  double cell_w = 0, cell_h = 0;
  guint cols = 1;

  /* The largest cells (about 3:2) for which every zone's band fits. */
  for (;;)
    {
      for (cell_h = MAX_CELL_H; cell_h >= MIN_CELL; cell_h -= 1)
        {
          double rows = 0;
          cell_w = cell_h * 1.5;
          cols = MAX (1, (guint) ((grid.width - ZONE_LABEL_W) / cell_w));
          for (guint z = 0; z < machine->nr_zones; z++)
            rows += ceil ((double) ((in_zone[z] + per_cell - 1) / per_cell) / cols);
          if (rows * cell_h <= grid.height)
            break;
        }
      if (cell_h >= MIN_CELL)
        break;
      per_cell *= 2;
      if (per_cell > n_cells)
        {
          cell_h = MIN_CELL;
          break;
        }
    }
  cell_w = MIN (cell_h * 1.5, (grid.width - ZONE_LABEL_W) / MAX (1, cols));

  {
    double y = grid.y;
    guint i = 0;

    for (guint z = 0; z < machine->nr_zones; z++)
      {
        struct zone *zone = mms_machine_zone (machine, machine->zone_ids[z]);
        guint col = 0;
        MmsElement *label;

        if (i >= cells->len || g_array_index (cells, Cell, i).zone != z)
          continue;
        if (y + cell_h > grid.y + grid.height + 0.5)
          break;
        label = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "grid-zone:%s", zone->name), grid.x, y,
                                   ZONE_LABEL_W - 4, MIN (cell_h, MMS_LINE_HEIGHT + 2), zone->name,
                                   MMS_ELEMENT_BOLD | MMS_ELEMENT_TOP);
        label->text_color = MMS_COLOR_TEXT_DIM;
        while (i < cells->len && g_array_index (cells, Cell, i).zone == z)
          {
            guint j = i;
            double x = grid.x + ZONE_LABEL_W + col * cell_w;

            while (j < cells->len && j - i < per_cell && g_array_index (cells, Cell, j).zone == z)
              j++;
            if (y + cell_h <= grid.y + grid.height + 0.5)
              {
                if (j - i == 1)
                  add_cell (ctx, &g_array_index (cells, Cell, i), x + 1, y + 1, cell_w - 2, cell_h - 2);
                else
                  add_aggregate (ctx, &g_array_index (cells, Cell, i), j - i, x + 1, y + 1, cell_w - 2, cell_h - 2);
              }
            i = j;
            if (++col == cols)
              {
                col = 0;
                y += cell_h;
              }
          }
        if (col != 0)
          y += cell_h;
        y += 2;
      }
  }

  build_free_lists (ctx, &fl, FALSE);
}
