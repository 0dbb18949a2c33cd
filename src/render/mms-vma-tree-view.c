/* mms-vma-tree-view.c: the VMA red-black tree (mm->mm_rb) beside the sorted
 * VMA list (mm->mmap).
 *
 * Each node is numbered by its place in the list, which is also its
 * in-order place in the tree: node 3 is the third row of the list.  Nodes
 * stand at their in-order position horizontally and their depth vertically,
 * so the tree reads from left to right in address order, as it is keyed.
 * A tree too large to draw whole (65,530 VMAs) is drawn to the depth that
 * fits, with each cut subtree as a triangle saying how many nodes it holds.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#define NODE_D 26.0
#define LEVEL_H 40.0

typedef struct
{
  MmsViewContext *ctx;
  struct mm_struct *mm;
  GHashTable *index;        /* struct vm_area_struct * -> list position + 1 */
  GHashTable *cut_sizes;    /* struct rb_node * at max_depth -> its subtree's size */
  guint slot;
  guint max_depth;
  double x0, y0, slot_w;
} TreeLayout;

static guint
subtree_size (struct rb_node *node)
{
  if (node == NULL)
    return 0;
  return 1 + subtree_size (node->rb_left) + subtree_size (node->rb_right);
}

/* In-order ranks (from 1) of the nodes down to MAX_DEPTH, into INDEX, and
 * the sizes of the subtrees cut at MAX_DEPTH, into CUT_SIZES: the nodes
 * below the cut are counted, once, and not visited again. */
static void
rank_nodes (struct rb_node *node,
            guint           depth,
            guint           max_depth,
            guint          *rank,
            GHashTable     *index,
            GHashTable     *cut_sizes)
{
  if (node == NULL)
    return;
  if (depth == max_depth)
    {
      guint left = subtree_size (node->rb_left);
      guint right = subtree_size (node->rb_right);

      g_hash_table_insert (index, rb_entry (node, struct vm_area_struct, vm_rb),
                           GUINT_TO_POINTER (*rank + left + 1));
      g_hash_table_insert (cut_sizes, node, GUINT_TO_POINTER (left + 1 + right));
      *rank += left + 1 + right;
      return;
    }
  rank_nodes (node->rb_left, depth + 1, max_depth, rank, index, cut_sizes);
  ++*rank;
  g_hash_table_insert (index, rb_entry (node, struct vm_area_struct, vm_rb), GUINT_TO_POINTER (*rank));
  rank_nodes (node->rb_right, depth + 1, max_depth, rank, index, cut_sizes);
}

static guint
count_slots (struct rb_node *node,
             guint           depth,
             guint           max_depth)
{
  if (node == NULL)
    return 0;
  if (depth == max_depth)
    return 1;
  return count_slots (node->rb_left, depth + 1, max_depth) + 1
         + count_slots (node->rb_right, depth + 1, max_depth);
}

/* The height of NODE's subtree, or CAP if it is CAP or more: the levels
 * below CAP are not visited. */
static guint
tree_height (struct rb_node *node,
             guint           cap)
{
  guint left, right;

  if (node == NULL || cap == 0)
    return 0;
  /* Not MAX (f (), g ()): the macro would evaluate each twice. */
  left = tree_height (node->rb_left, cap - 1);
  right = left + 1 >= cap ? 0 : tree_height (node->rb_right, cap - 1);
  return 1 + MAX (left, right);
}

/* Places NODE's subtree; returns the centre x of NODE (or of its cut). */
static double
place (TreeLayout     *t,
       struct rb_node *node,
       guint           depth,
       double         *cy_out)
{
  MmsViewContext *ctx = t->ctx;
  struct vm_area_struct *vma = rb_entry (node, struct vm_area_struct, vm_rb);
  double y = t->y0 + depth * LEVEL_H;
  double lx = -1, rx = -1, ly = 0, ry = 0, cx;
  MmsElement *e;

  if (depth == t->max_depth)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (t->cut_sizes, node));
      cx = t->x0 + (t->slot + 0.5) * t->slot_w;
      t->slot++;
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_AGGREGATE,
                         mms_scene_printf (ctx->scene, "subtree:%u:%u", t->mm->id, vma->id),
                         cx - MIN (t->slot_w, 60) / 2, y, MIN (t->slot_w, 60) - 2, NODE_D);
      e->shape = MMS_SHAPE_ROUNDED;
      e->fill = MMS_COLOR_GRID;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER;
      e->label = mms_scene_printf (ctx->scene, "%u", n);
      e->tooltip = mms_scene_printf (ctx->scene, _("a subtree of <b>%u nodes</b> under VMA %u, too deep to draw here"), n,
                                     vma->id);
      *cy_out = y;
      return cx;
    }

  if (node->rb_left != NULL)
    lx = place (t, node->rb_left, depth + 1, &ly);
  cx = t->x0 + (t->slot + 0.5) * t->slot_w;
  t->slot++;
  if (node->rb_right != NULL)
    rx = place (t, node->rb_right, depth + 1, &ry);

  /* Edges under the node, so that they start at its rim. */
  if (lx >= 0)
    {
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_EDGE,
                         mms_scene_printf (ctx->scene, "rb-edge:%u:%u:l", t->mm->id, vma->id),
                         cx, y + NODE_D / 2, lx - cx, ly - y - NODE_D / 2);
      e->shape = MMS_SHAPE_LINE;
    }
  if (rx >= 0)
    {
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_EDGE,
                         mms_scene_printf (ctx->scene, "rb-edge:%u:%u:r", t->mm->id, vma->id),
                         cx, y + NODE_D / 2, rx - cx, ry - y - NODE_D / 2);
      e->shape = MMS_SHAPE_LINE;
    }

  {
    double d = MIN (NODE_D, t->slot_w - 2);
    guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (t->index, vma));
    g_autofree char *size = mms_format_size (vma->vm_end - vma->vm_start);

    e = mms_scene_add (ctx->scene, MMS_ELEMENT_NODE,
                       mms_scene_printf (ctx->scene, "node:%u:%u", t->mm->id, vma->id),
                       cx - MAX (d, 20) / 2, y, MAX (d, 20), NODE_D);
    e->object = mms_scene_printf (ctx->scene, "vma:%u:%u", t->mm->id, vma->id);
    e->shape = t->slot_w >= NODE_D ? MMS_SHAPE_CIRCLE : MMS_SHAPE_ROUNDED;
    e->fill = rb_is_red (node) ? MMS_COLOR_RB_RED : MMS_COLOR_RB_BLACK;
    e->stroke = MMS_COLOR_PANEL;
    e->text_color = MMS_COLOR_TEXT_AUTO;
    e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_BOLD;
    e->label = mms_scene_printf (ctx->scene, "%u", pos);
    e->value = mms_scene_printf (ctx->scene, "%s %" G_GINT64_MODIFIER "x", rb_is_red (node) ? "red" : "black",
                                 vma->vm_start);
    e->lo = vma->vm_start;
    e->hi = vma->vm_end;
    e->tooltip = mms_scene_printf (ctx->scene,
                                   rb_is_red (node) ? _("<b>red node</b> of VMA %u, %s (%s)\nkey <tt>[0x%llx, 0x%llx)</tt>\n"
                                                        "row %u of the sorted list")
                                                    : _("<b>black node</b> of VMA %u, %s (%s)\nkey <tt>[0x%llx, 0x%llx)</tt>\n"
                                                        "row %u of the sorted list"),
                                   vma->id, mms_vma_name (vma), size,
                                   (unsigned long long) vma->vm_start, (unsigned long long) vma->vm_end, pos);
    mms_view_link_vma (ctx, e, vma);
    mms_view_mark_touched (ctx, e);
  }
  *cy_out = y;
  return cx;
}

static void
build_list (MmsViewContext   *ctx,
            struct mm_struct *mm,
            const MmsRect    *r,
            GHashTable       *index)
{
  guint n = mm->map_count > 0 ? (guint) mm->map_count : 0;
  guint rows = MAX (1, (guint) (r->height / MMS_LINE_HEIGHT));
  guint row = 0, pos = 0;
  double w = r->width;
  MmsElement *head;
  guint n_vmas = 0;
  const MmsVmaSpan *vmas = mms_rmap_get_vmas (ctx->rmap, mm, &n_vmas);

  head = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "list-head:%u", mm->id), r->x, r->y, w,
                            MMS_LINE_HEIGHT, "mmap →", MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_BOLD);
  head->text_color = MMS_COLOR_TEXT_DIM;
  row++;

  for (guint i = 0; i < n_vmas; i++)
    {
      struct vm_area_struct *vma;
      MmsElement *e;
      char perms[5];

      pos++;
      /* Keep the last row for the last VMA when the list is cut. */
      if (row + 1 >= rows && i + 1 < n_vmas && n > rows)
        {
          if (row + 1 == rows)
            {
              mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "list-more:%u", mm->id), r->x,
                                 r->y + row * MMS_LINE_HEIGHT, w, MMS_LINE_HEIGHT,
                                 mms_scene_printf (ctx->scene, g_dngettext (GETTEXT_PACKAGE, "… %u more VMA", "… %u more VMAs", n - pos),
                                                   n - pos),
                                 MMS_ELEMENT_MONOSPACE)->text_color = MMS_COLOR_TEXT_DIM;
              row++;
            }
          continue;
        }
      vma = vmas[i].vma;
      mms_format_perms (vma->vm_flags, perms);
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_LIST_ITEM,
                         mms_scene_printf (ctx->scene, "list:%u:%u", mm->id, vma->id),
                         r->x, r->y + row * MMS_LINE_HEIGHT, w, MMS_LINE_HEIGHT - 1);
      e->object = mms_scene_printf (ctx->scene, "vma:%u:%u", mm->id, vma->id);
      e->fill = MMS_COLOR_NONE;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_MARKUP;
      e->label = mms_scene_printf (ctx->scene, "<b>%u</b> <span background=\"%s\"> </span> %"
                                   G_GINT64_MODIFIER "x %s %s", pos,
                                   mms_vma_color (vma) == MMS_COLOR_ANON ? "#E69F00"
                                   : mms_vma_color (vma) == MMS_COLOR_FILE ? "#009E73"
                                   : mms_vma_color (vma) == MMS_COLOR_SHMEM ? "#CC79A7" : "#D55E00",
                                   vma->vm_start, perms, mms_vma_name (vma));
      e->value = mms_scene_printf (ctx->scene, "%u %" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x", pos,
                                   vma->vm_start, vma->vm_end);
      e->lo = vma->vm_start;
      e->hi = vma->vm_end;
      e->tooltip = mms_vma_tooltip (ctx, vma);
      mms_view_link_vma (ctx, e, vma);
      mms_view_mark_touched (ctx, e);
      row++;
    }
}

static void build_columns (MmsViewContext *ctx,
                           const MmsRect  *area,
                           guint           n_mm,
                           double          col_w);

void
mms_vma_tree_view_build (MmsViewContext *ctx,
                         const MmsRect  *area)
{
  guint n_mm = ctx->mms->len;
  double col_w;

  if (n_mm == 0)
    {
      mms_view_add_text (ctx, "vma-tree:empty", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         _("No process has an address space yet."), 0)->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }
  /* Several processes: each gets a column when there is room for a tree
   * and its list; otherwise the first is shown (the others are one click
   * away in the process switcher, and after fork their trees have the
   * same shape). */
  if (n_mm > 1 && (area->width - (n_mm - 1) * 8) / n_mm < 330)
    {
      g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, g_ptr_array_index (ctx->mms, 0));
      MmsElement *note = mms_view_add_text (ctx, "tree-note", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                                            mms_scene_printf (ctx->scene,
                                                              /* Translators: the process shown, then how many others. */
                                                              _("%s (%u more in the process switcher)"),
                                                              owners, n_mm - 1),
                                            MMS_ELEMENT_BOLD);
      note->text_color = MMS_COLOR_TEXT_DIM;
      n_mm = 1;
      col_w = area->width;
      {
        MmsRect rest = { area->x, area->y + MMS_LINE_HEIGHT, area->width, area->height - MMS_LINE_HEIGHT };
        area = &rest;
        build_columns (ctx, area, n_mm, col_w);
      }
      return;
    }
  col_w = (area->width - (n_mm - 1) * 8) / n_mm;
  build_columns (ctx, area, n_mm, col_w);
}

static void
build_columns (MmsViewContext *ctx,
               const MmsRect  *area,
               guint           n_mm,
               double          col_w)
{

  for (guint m = 0; m < n_mm; m++)
    {
      struct mm_struct *mm = g_ptr_array_index (ctx->mms, m);
      g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) cut_sizes = g_hash_table_new (NULL, NULL);
      MmsRect col = { area->x + m * (col_w + 8), area->y, col_w, area->height };
      MmsRect tree_r, list_r;
      TreeLayout t = { 0 };
      guint pos = 0, height, slots;
      double list_w;

      (void) pos;

      if (n_mm > 1)
        {
          g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, mm);
          mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "tree-head:%u", mm->id), col.x, col.y, col.width, MMS_LINE_HEIGHT, owners, MMS_ELEMENT_BOLD);
          col.y += MMS_LINE_HEIGHT;
          col.height -= MMS_LINE_HEIGHT;
        }

      /* The list beside the tree when there is width for both, else below. */
      list_w = MIN (30 * MMS_MONO_CHAR, col.width * 0.5);
      if (col.width - list_w >= 150)
        {
          tree_r = (MmsRect) { col.x, col.y, col.width - list_w - 8, col.height };
          list_r = (MmsRect) { col.x + col.width - list_w, col.y, list_w, col.height };
        }
      else
        {
          double th = col.height * 0.55;
          tree_r = (MmsRect) { col.x, col.y, col.width, th };
          list_r = (MmsRect) { col.x, col.y + th + 4, col.width, col.height - th - 4 };
        }

      {
        MmsElement *root = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "rb-root:%u", mm->id), tree_r.x,
                                              tree_r.y, tree_r.width, MMS_LINE_HEIGHT,
                                              mms_scene_printf (ctx->scene, g_dngettext (GETTEXT_PACKAGE, "mm_rb: %d node", "mm_rb: %d nodes",
                                                                                        mm->map_count), mm->map_count),
                                              MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_BOLD);
        root->text_color = MMS_COLOR_TEXT_DIM;
      }

      if (mm->mm_rb.rb_node != NULL)
        {
          guint fit_levels = MAX (1, (guint) ((tree_r.height - MMS_LINE_HEIGHT - NODE_D) / LEVEL_H) + 1);
          /* Whether the tree is deeper than what fits is all that matters
           * past fit_levels: a taller tree is measured no further. */
          height = tree_height (mm->mm_rb.rb_node, fit_levels + 1);
          t.max_depth = MIN (height, fit_levels);
          /* Cut deeper while the slots would be narrower than a node. */
          while (t.max_depth > 1
                 && count_slots (mm->mm_rb.rb_node, 0, t.max_depth) * 14.0 > tree_r.width)
            t.max_depth--;
          if (t.max_depth >= height)
            t.max_depth = G_MAXUINT;
          /* The list position of each node drawn: its in-order rank. */
          {
            guint rank = 0;
            rank_nodes (mm->mm_rb.rb_node, 0, t.max_depth, &rank, index, cut_sizes);
          }
          slots = count_slots (mm->mm_rb.rb_node, 0, t.max_depth);
          t.ctx = ctx;
          t.mm = mm;
          t.index = index;
          t.cut_sizes = cut_sizes;
          t.slot_w = MIN (44.0, tree_r.width / MAX (1, slots));
          t.x0 = tree_r.x + (tree_r.width - t.slot_w * slots) / 2;
          t.y0 = tree_r.y + MMS_LINE_HEIGHT + 4;
          {
            double cy;
            place (&t, mm->mm_rb.rb_node, 0, &cy);
          }
        }
      build_list (ctx, mm, &list_r, index);
    }
}
