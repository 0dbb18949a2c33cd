/* mms-maple-tree-view.c: the VMA tree view's maple tree (mm->mm_mt, Linux
 * 6.1 and later), the other face of mms-vma-tree-view.c's red-black tree.
 *
 * Each node is a box of slots, one level of the tree a row: a leaf's slot
 * is a VMA (in its layout colour, with the VMA's number, selected together
 * with the VMA in the layout view) or an empty range (NULL, hatched); an
 * internal node's slot is a child, with the largest gap below it, and a
 * line down to that child.  The tooltips give each slot's range: its pivot
 * is the range's last address.  A level wider than the panel shows the
 * nodes that fit from the left and says how many more it has; the levels
 * below show the children of the nodes drawn, so that 65,530 VMAs cost no
 * more than one panel of boxes.
 *
 * The last maple tree store of the step (or of the event being animated)
 * is shown as its walk: every node on the way from the root to the range
 * stored, and the slots written, are emphasised (mas_wr_walk).
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#define ROW_H 52.0
#define BOX_H 26.0
#define NODE_GAP 6.0

/* The range of the last store to the mm's tree among the events shown. */
typedef struct
{
  gboolean any;
  guint64 first, last;
} Walk;

typedef struct
{
  const struct maple_node *node;
  double x, w;              /* where it is drawn */
  double parent_x;          /* the centre of the parent's slot, or -1 */
} Placed;

static double internal_cell_w (double cell_w);

static const char *
node_type_name (const struct maple_node *node)
{
  return node->type == maple_leaf_64 ? "leaf_64"
         : node->type == maple_arange_64 ? "arange_64" : "range_64";
}

static void
add_node (MmsViewContext   *ctx,
          struct mm_struct *mm,
          const Walk       *walk,
          const Placed     *p,
          guint             depth,
          double            y,
          double            cell_w,
          GArray           *next_level,
          double            limit_x)
{
  const struct maple_node *node = p->node;
  gboolean leaf = node->type == maple_leaf_64;
  MmsElement *box;

  cell_w = leaf ? cell_w : internal_cell_w (cell_w);

  if (p->parent_x >= 0)
    {
      MmsElement *e = mms_scene_add (ctx->scene, MMS_ELEMENT_EDGE,
                                     mms_scene_printf (ctx->scene, "mt-edge:%u:%u:%" G_GINT64_MODIFIER "x",
                                                       mm->id, depth, node->min),
                                     p->parent_x, y - (ROW_H - BOX_H), p->x + p->w / 2 - p->parent_x,
                                     ROW_H - BOX_H);
      e->shape = MMS_SHAPE_LINE;
    }
  box = mms_scene_add (ctx->scene, MMS_ELEMENT_NODE,
                       mms_scene_printf (ctx->scene, "mt-node:%u:%u:%" G_GINT64_MODIFIER "x", mm->id,
                                         depth, node->min),
                       p->x, y, p->w, BOX_H);
  box->shape = MMS_SHAPE_RECT;
  box->fill = MMS_COLOR_PANEL;
  box->stroke = MMS_COLOR_EDGE;
  box->flags = MMS_ELEMENT_INTERACTIVE;
  box->value = mms_scene_printf (ctx->scene, "%s %u %" G_GINT64_MODIFIER "x", node_type_name (node),
                                 node->end + 1u, node->max);
  box->lo = node->min;
  box->hi = node->max;
  if (walk->any && node->min <= walk->last && node->max >= walk->first)
    box->flags |= MMS_ELEMENT_EMPHASIS;
  box->tooltip = mms_scene_printf (ctx->scene,
                                   /* Translators: a maple tree node: its type (leaf_64, arange_64),
                                    * its slots in use, its range. */
                                   _("<b>%s node</b>, %u of %u slots\nrange <tt>[0x%llx, 0x%llx]</tt>"),
                                   node_type_name (node), node->end + 1u,
                                   leaf ? MAPLE_RANGE64_SLOTS : MAPLE_ARANGE64_SLOTS,
                                   (unsigned long long) node->min, (unsigned long long) node->max);

  for (guint i = 0; i <= node->end; i++)
    {
      guint64 first = i == 0 ? node->min : node->pivot[i - 1] + 1;
      guint64 last = node->pivot[i];
      double x = p->x + 1 + i * cell_w;
      MmsElement *e = mms_scene_add (ctx->scene, MMS_ELEMENT_ENTRY,
                                     mms_scene_printf (ctx->scene, "mt-slot:%u:%u:%" G_GINT64_MODIFIER "x",
                                                       mm->id, depth, first),
                                     x, y + 1, cell_w - 1, BOX_H - 2);
      e->shape = MMS_SHAPE_RECT;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER;
      e->text_color = MMS_COLOR_TEXT_AUTO;
      e->lo = first;
      e->hi = last;
      if (walk->any && leaf && first <= walk->last && last >= walk->first)
        e->flags |= MMS_ELEMENT_EMPHASIS;
      if (leaf)
        {
          struct vm_area_struct *vma = node->slot[i];
          if (vma == NULL)
            {
              e->fill = MMS_COLOR_HOLE;
              e->flags |= MMS_ELEMENT_HATCHED;
              e->value = mms_scene_printf (ctx->scene, "NULL %" G_GINT64_MODIFIER "x", last);
              e->tooltip = mms_scene_printf (ctx->scene,
                                             /* Translators: keep NULL; the range is inclusive. */
                                             _("slot %u: <b>NULL</b>, an empty range\n"
                                               "<tt>[0x%llx, 0x%llx]</tt> (pivot 0x%llx)"),
                                             i, (unsigned long long) first,
                                             (unsigned long long) last, (unsigned long long) last);
            }
          else
            {
              e->object = mms_scene_printf (ctx->scene, "vma:%u:%u", mm->id, vma->id);
              e->fill = mms_vma_color (vma);
              if (cell_w >= 18)
                e->label = mms_scene_printf (ctx->scene, "%u", vma->id);
              e->value = mms_scene_printf (ctx->scene, "vma %u %" G_GINT64_MODIFIER "x", vma->id, last);
              e->tooltip = mms_scene_printf (ctx->scene,
                                             /* Translators: %1$u a slot, %2$u a VMA, %3$s its name;
                                              * the range is inclusive. */
                                             _("slot %u: <b>VMA %u</b>, %s\n"
                                               "<tt>[0x%llx, 0x%llx]</tt> (pivot 0x%llx)"),
                                             i, vma->id, mms_vma_name (vma),
                                             (unsigned long long) first, (unsigned long long) last,
                                             (unsigned long long) last);
              mms_view_link_vma (ctx, e, vma);
              mms_view_mark_touched (ctx, e);
            }
        }
      else
        {
          g_autofree char *gap = mms_format_size (node->gap[i]);
          const struct maple_node *child = node->slot[i];

          e->fill = MMS_COLOR_GRID;
          if (cell_w >= 60)
            e->label = mms_scene_printf (ctx->scene, "%s", gap);
          e->value = mms_scene_printf (ctx->scene, "child %" G_GINT64_MODIFIER "x %" G_GINT64_MODIFIER "x",
                                       last, node->gap[i]);
          e->tooltip = mms_scene_printf (ctx->scene,
                                         /* Translators: %1$u a slot; the range is inclusive; %5$s a
                                          * size (the largest empty range under the child). */
                                         _("slot %u: a child node\n<tt>[0x%llx, 0x%llx]</tt> (pivot 0x%llx)\n"
                                           "largest gap below: <b>%s</b>"),
                                         i, (unsigned long long) first, (unsigned long long) last,
                                         (unsigned long long) last, gap);
          if (next_level != NULL)
            {
              Placed c = { child, 0, 0, x + (cell_w - 1) / 2 };
              g_array_append_val (next_level, c);
            }
        }
    }
  (void) limit_x;
}

/* An internal node's slots are wider: they show the gap below them. */
static double
internal_cell_w (double cell_w)
{
  return cell_w >= 26 ? 62 : cell_w;
}

/* Lays a level out from the left; returns how many of its nodes fit. */
static guint
lay_out_level (GArray *level,
               double  x0,
               double  width,
               double  cell_w)
{
  double x = x0;
  guint n = 0;

  for (guint i = 0; i < level->len; i++)
    {
      Placed *p = &g_array_index (level, Placed, i);
      p->w = (p->node->end + 1) * (p->node->type == maple_leaf_64 ? cell_w : internal_cell_w (cell_w)) + 2;
      if (x + p->w > x0 + width && n > 0)
        break;
      p->x = x;
      x += p->w + NODE_GAP;
      n++;
    }
  return n;
}

static void
build_tree (MmsViewContext   *ctx,
            struct mm_struct *mm,
            const MmsRect    *r)
{
  const struct maple_tree *mt = &mm->mm_mt;
  g_autoptr(GArray) level = g_array_new (FALSE, FALSE, sizeof (Placed));
  guint height = mms_mt_height (mt);
  double y = r->y + MMS_LINE_HEIGHT + 6;
  double cell_w = 30;
  MmsElement *head;
  Walk walk = { FALSE, 0, 0 };

  for (guint i = 0; i < ctx->source->n_events; i++)
    {
      const MmsEvent *ev = &ctx->source->events[i];
      if (ev->kind == MMS_EV_MT_STORE && ev->mm == mm->id && ev->end > ev->start)
        {
          walk.any = TRUE;
          walk.first = ev->start;
          walk.last = ev->end - 1;
        }
    }

  head = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "mt-root:%u", mm->id), r->x, r->y,
                            r->width, MMS_LINE_HEIGHT,
                            mms_scene_printf (ctx->scene,
                                              g_dngettext (GETTEXT_PACKAGE,
                                                           "mm_mt: height %u, %u node",
                                                           "mm_mt: height %u, %u nodes", mt->n_nodes),
                                              height, mt->n_nodes),
                            MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_BOLD);
  head->text_color = MMS_COLOR_TEXT_DIM;
  if (mt->root == NULL)
    return;
  /* Narrower cells when even the widest single node would not fit. */
  while (cell_w > 8 && MAPLE_RANGE64_SLOTS * cell_w + 2 > r->width)
    cell_w -= 2;
  {
    Placed root = { mt->root, 0, 0, -1 };
    g_array_append_val (level, root);
  }
  for (guint depth = 0; level->len > 0; depth++)
    {
      g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (Placed));
      guint n;

      if (y + BOX_H > r->y + r->height)
        {
          mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "mt-more-levels:%u", mm->id), r->x,
                             y - ROW_H + BOX_H + 2, r->width, MMS_LINE_HEIGHT,
                             mms_scene_printf (ctx->scene,
                                               g_dngettext (GETTEXT_PACKAGE, "… %u more level below",
                                                            "… %u more levels below", height - depth),
                                               height - depth),
                             0)->text_color = MMS_COLOR_TEXT_DIM;
          break;
        }
      n = lay_out_level (level, r->x, r->width, cell_w);
      for (guint i = 0; i < n; i++)
        add_node (ctx, mm, &walk, &g_array_index (level, Placed, i), depth, y, cell_w, next,
                  r->x + r->width);
      if (n < level->len)
        {
          const Placed *last = &g_array_index (level, Placed, n - 1);
          double x = last->x + last->w + NODE_GAP;
          MmsElement *more = mms_scene_add (ctx->scene, MMS_ELEMENT_AGGREGATE,
                                            mms_scene_printf (ctx->scene, "mt-more:%u:%u", mm->id, depth),
                                            x, y, MAX (0, r->x + r->width - x), BOX_H);
          more->shape = MMS_SHAPE_NONE;
          more->text_color = MMS_COLOR_TEXT_DIM;
          more->flags = MMS_ELEMENT_INTERACTIVE;
          more->label = mms_scene_printf (ctx->scene, "+%u", level->len - n);
          more->tooltip = mms_scene_printf (ctx->scene,
                                            g_dngettext (GETTEXT_PACKAGE,
                                                         "%u more node on this level, not drawn",
                                                         "%u more nodes on this level, not drawn",
                                                         level->len - n),
                                            level->len - n);
        }
      g_array_free (level, TRUE);
      level = g_steal_pointer (&next);
      y += ROW_H;
    }
}

void
mms_maple_tree_view_build (MmsViewContext *ctx,
                           const MmsRect  *area)
{
  if (ctx->mms->len == 0)
    {
      mms_view_add_text (ctx, "vma-tree:empty", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         _("No process has an address space yet."), 0)->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }
  /* One tree at a time: a maple tree is wide.  The others are one click
   * away in the process switcher. */
  if (ctx->mms->len > 1)
    {
      g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, g_ptr_array_index (ctx->mms, 0));
      MmsRect rest = { area->x, area->y + MMS_LINE_HEIGHT, area->width, area->height - MMS_LINE_HEIGHT };

      mms_view_add_text (ctx, "tree-note", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         mms_scene_printf (ctx->scene, _("%s (%u more in the process switcher)"),
                                           owners, ctx->mms->len - 1),
                         MMS_ELEMENT_BOLD)->text_color = MMS_COLOR_TEXT_DIM;
      build_tree (ctx, g_ptr_array_index (ctx->mms, 0), &rest);
      return;
    }
  build_tree (ctx, g_ptr_array_index (ctx->mms, 0), area);
}
