/* mms-maple-tree.c: Linux 6.12's maple tree (lib/maple_tree.c), the store
 * of an mm's VMAs since 6.1, modelled node for node.
 *
 * A maple tree is a B-tree of ranges.  A leaf (maple_leaf_64) holds up to
 * 16 slots and the pivots between them: slot i covers (pivot[i-1],
 * pivot[i]], and an empty range is a NULL slot.  Internal nodes of an
 * MT_FLAGS_ALLOC_RANGE tree (the mm's) are maple_arange_64: 10 children,
 * and for each the largest gap (empty range) below it, which is how
 * get_unmapped_area finds a hole top-down (mas_empty_area_rev) without
 * visiting every VMA.
 *
 * A store (mas_store_gfp, mas_store_prealloc) walks down to the leaf that
 * holds the start of the range (mas_wr_walk).  When the range stays inside
 * one leaf, the leaf's new contents are computed (mas_store_b_node) and:
 *  - they fit: the leaf is rewritten (mas_wr_node_store and the fast paths
 *    mas_wr_append, mas_wr_slot_store, an exact fit);
 *  - they overflow 16 slots: mas_split splits upwards, first trying to
 *    push data into a sibling with room (mas_push_data);
 *  - they fall below the minimum (6 for a leaf, 4 for arange_64) outside
 *    the root: mas_rebalance combines the leaf with its right sibling (the
 *    left one for the last child) and splits the result evenly again,
 *    level by level up to the root (mas_spanning_rebalance).
 * A range that crosses a leaf's end, or a NULL that would end a leaf on
 * NULL, is a spanning store (mas_wr_spanning_store): the left and right
 * leaves are combined with the new range and rebuilt up to the root by the
 * same rebalancing.  NULLs next to a stored NULL are absorbed into it
 * (mas_wr_extend_null, mas_extend_spanning_null): two NULL ranges never
 * follow each other.
 *
 * The model keeps the kernel's decisions (split points, pushes, the order
 * of siblings tried, when a level is sufficient) and not its memory
 * management: nodes are plain structs with their range stored in them,
 * and a node is rewritten in place where the kernel (in RCU mode) would
 * copy it, which does not change the shape.  tests/tools/mt-oracle.c runs
 * the kernel's own lib/maple_tree.c on the same stores and the tests
 * compare the two dumps node for node.
 *
 * Invariants (mms_mt_check):
 *  (1) in every node the pivots ascend strictly and the last is the
 *      node's max; a child covers exactly its slot's range;
 *  (2) all leaves are at the same depth;
 *  (3) an arange_64 node's gap[i] is the largest gap below child i, as
 *      mas_leaf_max_gap() computes it for a leaf;
 *  (4) no two NULL ranges follow each other anywhere in the tree;
 *  (5) the node count is the number of nodes reachable from the root.
 */
#include "mms-maple-tree.h"
#include "mms-machine.h"

static const guint8 mt_slots[] = { 0, MAPLE_RANGE64_SLOTS, MAPLE_RANGE64_SLOTS, MAPLE_ARANGE64_SLOTS };
static const guint8 mt_min_slots[] = { 0, MAPLE_RANGE64_SLOTS / 2 - 2, MAPLE_RANGE64_SLOTS / 2 - 2,
                                       MAPLE_ARANGE64_SLOTS / 2 - 1 };

#define BIG_SLOTS (MAPLE_RANGE64_SLOTS * 2 + 2)

/* struct maple_big_node: the contents of one to three nodes being built. */
typedef struct
{
  guint64 pivot[BIG_SLOTS];
  gpointer slot[BIG_SLOTS];
  guint n;                  /* slots in use (the kernel's b_end is n - 1) */
  guint8 type;
} BigNode;

static inline gboolean
is_leaf (const struct maple_node *node)
{
  return node->type == maple_leaf_64;
}

/* --- Nodes -------------------------------------------------------------- */

#define MAX_SPARE_NODES 64

static struct maple_node *
node_new (struct maple_tree *mt,
          guint8             type)
{
  struct maple_node *node = mt->spare;

  if (node != NULL)
    {
      /* A spare node is linked through its parent. */
      mt->spare = node->parent;
      mt->n_spare--;
      memset (node, 0, sizeof *node);
    }
  else
    node = g_new0 (struct maple_node, 1);
  node->type = type;
  mt->n_nodes++;
  return node;
}

static void
node_free (struct maple_tree *mt,
           struct maple_node *node)
{
  mt->n_nodes--;
  if (mt->n_spare >= MAX_SPARE_NODES)
    {
      g_free (node);
      return;
    }
  node->parent = mt->spare;
  mt->spare = node;
  mt->n_spare++;
}

static void
subtree_free (struct maple_tree *mt,
              struct maple_node *node)
{
  if (node == NULL)
    return;
  if (!is_leaf (node))
    for (guint i = 0; i <= node->end; i++)
      subtree_free (mt, node->slot[i]);
  node_free (mt, node);
}

/* mas_leaf_max_gap(): the largest NULL range of a leaf, computed as the
 * kernel does, including its shortcuts (a NULL slot 0 skips slot 1, the
 * scan skips the slot after each NULL: two NULLs never follow each other). */
static guint64
leaf_max_gap (const struct maple_node *node)
{
  guint64 max_gap = 0;
  guint i;
  gint max_piv;

  if (node->end == 0)
    return node->slot[0] == NULL ? node->max - node->min + 1 : 0;
  if (node->slot[0] == NULL)
    {
      max_gap = node->pivot[0] - node->min + 1;
      i = 2;
    }
  else
    i = 1;
  max_piv = node->end - 1;
  if (node->max == MMS_MAPLE_MAX && node->slot[max_piv + 1] == NULL)
    {
      guint64 gap = MMS_MAPLE_MAX - node->pivot[max_piv];
      if (gap > max_gap)
        max_gap = gap;
      if (max_gap > node->pivot[max_piv] - node->min)
        return max_gap;
    }
  for (; (gint) i <= max_piv; i++)
    {
      guint64 gap;
      if (node->slot[i] != NULL)
        continue;
      gap = node->pivot[i] - node->pivot[i - 1];
      if (gap > max_gap)
        max_gap = gap;
      i++;
    }
  return max_gap;
}

/* mas_max_gap(): a node's largest gap (invariant 3). */
static guint64
node_max_gap (const struct maple_node *node)
{
  guint64 max_gap = 0;

  if (is_leaf (node))
    return leaf_max_gap (node);
  for (guint i = 0; i <= node->end; i++)
    if (node->gap[i] > max_gap)
      max_gap = node->gap[i];
  return max_gap;
}

/* The range of slot I of NODE. */
static inline guint64
slot_min (const struct maple_node *node,
          guint                    i)
{
  return i == 0 ? node->min : node->pivot[i - 1] + 1;
}

/* A node from slots [from, to] of BN covering [min, max]; its children
 * are adopted and its gaps computed. */
static struct maple_node *
node_from_big (struct maple_tree *mt,
               const BigNode     *bn,
               guint              from,
               guint              to,
               guint8             type,
               guint64            min)
{
  struct maple_node *node = node_new (mt, type);

  g_assert (to >= from && to - from < mt_slots[type]);
  node->min = min;
  node->end = to - from;
  for (guint i = from; i <= to; i++)
    {
      node->pivot[i - from] = bn->pivot[i];
      node->slot[i - from] = bn->slot[i];
    }
  node->max = bn->pivot[to];
  if (type != maple_leaf_64)
    for (guint i = 0; i <= node->end; i++)
      {
        struct maple_node *child = node->slot[i];
        child->parent = node;
        child->parent_slot = i;
        if (type == maple_arange_64)
          node->gap[i] = node_max_gap (child);
      }
  return node;
}

/* Appends slots [from, to] of NODE to BN (mas_mab_cp). */
static void
big_append (BigNode                 *bn,
            const struct maple_node *node,
            guint                    from,
            guint                    to)
{
  for (guint i = from; i <= to && i <= node->end; i++)
    {
      g_assert (bn->n < BIG_SLOTS);
      bn->pivot[bn->n] = node->pivot[i];
      bn->slot[bn->n] = node->slot[i];
      bn->n++;
    }
}

/* Puts all of NODE's slots in front of BN (mab_shift_right + mas_mab_cp). */
static void
big_prepend (BigNode                 *bn,
             const struct maple_node *node)
{
  guint k = node->end + 1u;

  g_assert (bn->n + k <= BIG_SLOTS);
  memmove (bn->pivot + k, bn->pivot, bn->n * sizeof bn->pivot[0]);
  memmove (bn->slot + k, bn->slot, bn->n * sizeof bn->slot[0]);
  for (guint i = 0; i < k; i++)
    {
      bn->pivot[i] = node->pivot[i];
      bn->slot[i] = node->slot[i];
    }
  bn->n += k;
}

static void
big_add (BigNode  *bn,
         guint64   pivot,
         gpointer  slot)
{
  g_assert (bn->n < BIG_SLOTS);
  bn->pivot[bn->n] = pivot;
  bn->slot[bn->n] = slot;
  bn->n++;
}

/* Recomputes the gaps from NODE's parent up to the root (mas_update_gap). */
static void
update_gaps_up (struct maple_tree *mt,
                struct maple_node *node)
{
  if (!mt->alloc_range)
    return;
  while (node->parent != NULL)
    {
      struct maple_node *parent = node->parent;
      guint64 gap = node_max_gap (node);
      if (parent->gap[node->parent_slot] == gap)
        return;
      parent->gap[node->parent_slot] = gap;
      node = parent;
    }
}

/* NEW takes OLD's place in the tree (mas_replace_node). */
static void
replace_node (struct maple_tree *mt,
              struct maple_node *old,
              struct maple_node *new)
{
  new->parent = old->parent;
  new->parent_slot = old->parent_slot;
  if (old->parent == NULL)
    mt->root = new;
  else
    old->parent->slot[old->parent_slot] = new;
}

/* The next node on the same level (mas_next_node without the walk). */
static struct maple_node *
level_next (struct maple_node *node)
{
  struct maple_node *up;

  if (node->parent == NULL)
    return NULL;
  if (node->parent_slot < node->parent->end)
    return node->parent->slot[node->parent_slot + 1];
  up = level_next (node->parent);
  return up != NULL ? up->slot[0] : NULL;
}

/* --- Splitting ------------------------------------------------------------ */

/* mab_no_null_split(): a node may not end on a NULL. */
static guint
no_null_split (const BigNode *bn,
               guint          split,
               guint          slot_count)
{
  if (bn->slot[split] == NULL)
    {
      if (split < slot_count - 1 && (bn->n - 1 - split) > mt_min_slots[bn->type])
        split++;
      else
        split--;
    }
  return split;
}

/* mab_calc_split(): where BN splits; *MID_SPLIT is the second split of the
 * rare three-way split (mab_middle_node), else 0. */
static guint
calc_split (const BigNode *bn,
            guint         *mid_split)
{
  guint b_end = bn->n - 1;
  guint split = b_end / 2;
  guint slot_count = mt_slots[bn->type];

  *mid_split = 0;
  if (b_end >= 2 * slot_count || (bn->slot[split] == NULL && b_end >= 2 * slot_count - 1))
    {
      split = b_end / 3;
      *mid_split = split * 2;
    }
  split = no_null_split (bn, split, slot_count);
  if (*mid_split)
    *mid_split = no_null_split (bn, *mid_split, slot_count);
  return split;
}

/* --- Rebalancing (mas_spanning_rebalance) ----------------------------------- */

/* struct maple_subtree_state: the old nodes [orig_l, orig_r] of the level
 * being rebuilt from BN. */
typedef struct
{
  struct maple_tree *mt;
  BigNode bn;
  struct maple_node *orig_l, *orig_r;
  GPtrArray *dead;          /* old nodes to free once the new ones are in */
  GHashTable *dead_set;
} Subtree;

static void
mark_dead (Subtree           *st,
           struct maple_node *node)
{
  if (g_hash_table_add (st->dead_set, node))
    g_ptr_array_add (st->dead, node);
}

/* Every old node from orig_l to orig_r on their level is replaced. */
static void
mark_level_dead (Subtree *st)
{
  for (struct maple_node *n = st->orig_l; n != NULL; n = level_next (n))
    {
      mark_dead (st, n);
      if (n == st->orig_r)
        break;
    }
}

static void
mark_above_dead (Subtree           *st,
                 struct maple_node *node,
                 guint              levels)
{
  if (levels == 0 || node == NULL)
    return;
  mark_dead (st, node);
  if (!is_leaf (node))
    for (guint i = 0; i <= node->end; i++)
      mark_above_dead (st, node->slot[i], levels - 1);
}

/* mast_spanning_rebalance(): takes in the nearest neighbour on the level,
 * looking right then left at each height upwards. */
static gboolean
pull_neighbour (Subtree *st)
{
  struct maple_node *a_r = st->orig_r, *a_l = st->orig_l;
  guint depth = 0;

  while (a_r->parent != NULL && a_l->parent != NULL)
    {
      struct maple_node *pr = a_r->parent, *pl = a_l->parent;
      struct maple_node *n;

      depth++;
      if (a_r->parent_slot < pr->end)
        {
          n = pr->slot[a_r->parent_slot + 1];
          for (guint d = 1; d < depth; d++)
            n = n->slot[0];
          big_append (&st->bn, n, 0, n->end);
          st->orig_r = n;
          return TRUE;
        }
      if (a_l->parent_slot > 0)
        {
          n = pl->slot[a_l->parent_slot - 1];
          for (guint d = 1; d < depth; d++)
            n = n->slot[n->end];
          big_prepend (&st->bn, n);
          st->orig_l = n;
          return TRUE;
        }
      a_r = pr;
      a_l = pl;
    }
  return FALSE;
}

static void
free_dead (Subtree *st)
{
  for (guint i = 0; i < st->dead->len; i++)
    node_free (st->mt, st->dead->pdata[i]);
  g_ptr_array_free (st->dead, TRUE);
  g_hash_table_destroy (st->dead_set);
}

static void
subtree_init (Subtree           *st,
              struct maple_tree *mt)
{
  memset (st, 0, sizeof *st);
  st->mt = mt;
  st->dead = g_ptr_array_new ();
  st->dead_set = g_hash_table_new (NULL, NULL);
}

/* mas_spanning_rebalance(): rebuilds the levels from orig_l..orig_r up,
 * COUNT levels at most, each into one, two or three nodes. */
static void
spanning_rebalance (Subtree *st,
                    guint    count)
{
  struct maple_tree *mt = st->mt;
  struct maple_node *old_root = mt->root;
  guint old_height = mms_mt_height (mt);
  guint level = 0;
  struct maple_node *top;

  if ((st->orig_l->min != 0 || st->orig_r->max != MMS_MAPLE_MAX)
      && st->bn.n <= mt_min_slots[st->bn.type])
    pull_neighbour (st);

  while (count--)
    {
      struct maple_node *left, *middle = NULL, *right = NULL;
      struct maple_node *pl, *pr;
      guint split, mid_split = 0, b_end;
      guint8 type = st->orig_l->type;
      BigNode *bn = &st->bn;

      mark_level_dead (st);
      bn->type = type;
      b_end = bn->n - 1;
      if (b_end < mt_slots[type])
        split = b_end;
      else
        split = calc_split (bn, &mid_split);
      left = node_from_big (mt, bn, 0, split, type, st->orig_l->min);
      if (mid_split)
        {
          middle = node_from_big (mt, bn, split + 1, mid_split, type, bn->pivot[split] + 1);
          split = mid_split;
        }
      if (split < b_end)
        right = node_from_big (mt, bn, split + 1, b_end, type, bn->pivot[split] + 1);

      if (left->min == 0 && left->max == MMS_MAPLE_MAX)
        {
          /* The new subtree is the whole tree: it becomes the root and
           * every old node above it goes. */
          mark_above_dead (st, old_root, old_height - 1 - level);
          left->parent = NULL;
          mt->root = left;
          free_dead (st);
          return;
        }

      /* mast_ascend(): the parents hold the old nodes' slots. */
      pl = st->orig_l->parent != NULL ? st->orig_l->parent : st->orig_l;
      pr = st->orig_r->parent != NULL ? st->orig_r->parent : st->orig_r;
      {
        guint l_off = st->orig_l->parent != NULL ? st->orig_l->parent_slot : 0;
        guint r_off = st->orig_r->parent != NULL ? st->orig_r->parent_slot : pr->end;
        struct maple_node *last_new = right != NULL ? right : middle != NULL ? middle : left;

        bn->n = 0;
        if (l_off > 0)
          big_append (bn, pl, 0, l_off - 1);
        big_add (bn, left->max, left);
        if (middle != NULL)
          big_add (bn, middle->max, middle);
        if (right != NULL)
          big_add (bn, right->max, right);
        if (last_new->max < pr->max)
          big_append (bn, pr, r_off + 1, pr->end);
      }
      st->orig_l = pl;
      st->orig_r = pr;
      bn->type = pl->type;
      level++;

      if (bn->n > mt_min_slots[pl->type])
        continue;
      if (bn->n >= mt_slots[pl->type])
        continue;
      if (pl->min == 0 && pl->max == MMS_MAPLE_MAX)
        break;
      pull_neighbour (st);
      if (count == 0)
        count++;
    }

  /* The last level fits in one node, which takes orig_l's place. */
  g_assert (st->orig_l == st->orig_r);
  mark_level_dead (st);
  if (st->orig_l->parent == NULL && st->orig_l->type == maple_leaf_64 && st->bn.n > 0
      && !is_leaf (st->bn.slot[0]))
    st->bn.type = mt->alloc_range ? maple_arange_64 : maple_range_64;
  top = node_from_big (mt, &st->bn, 0, st->bn.n - 1,
                       st->orig_l->parent == NULL && level > 0
                       ? (mt->alloc_range ? maple_arange_64 : maple_range_64) : st->orig_l->type,
                       st->orig_l->min);
  replace_node (mt, st->orig_l, top);
  free_dead (st);
  update_gaps_up (mt, top);
}

/* mas_rebalance(): LEAF's new contents BN are below the minimum; they are
 * combined with the next sibling, or the previous one for the last child,
 * and rebuilt level by level. */
static void
rebalance (struct maple_tree *mt,
           struct maple_node *leaf,
           const BigNode     *bn)
{
  Subtree st;
  struct maple_node *parent = leaf->parent;

  subtree_init (&st, mt);
  st.bn = *bn;
  st.orig_l = st.orig_r = leaf;
  if (leaf->parent_slot < parent->end)
    {
      st.orig_r = parent->slot[leaf->parent_slot + 1];
      big_append (&st.bn, st.orig_r, 0, st.orig_r->end);
    }
  else if (leaf->parent_slot > 0)
    {
      st.orig_l = parent->slot[leaf->parent_slot - 1];
      big_prepend (&st.bn, st.orig_l);
    }
  mt->last_wr = MMS_MAPLE_WR_REBALANCE;
  spanning_rebalance (&st, mms_mt_height (mt));
}

/* The parent's contents with slots [off, off + skip) replaced by L and R
 * (mast_fill_bnode). */
static void
fill_parent (BigNode                 *bn,
             const struct maple_node *parent,
             guint                    off,
             guint                    skip,
             struct maple_node       *l,
             struct maple_node       *r)
{
  bn->n = 0;
  if (off > 0)
    big_append (bn, parent, 0, off - 1);
  big_add (bn, l->max, l);
  big_add (bn, r->max, r);
  if (r->max != parent->max)
    big_append (bn, parent, off + skip, parent->end);
  bn->type = parent->type;
}

/* mas_push_data(): NODE's contents BN overflow; when the previous (LEFT)
 * or next sibling has room, the two are split into two nodes instead, and
 * the split stops at the parent. */
static gboolean
push_data (struct maple_tree  *mt,
           struct maple_node **nodep,
           BigNode            *bn,
           gboolean            left,
           GPtrArray          *dead)
{
  struct maple_node *node = *nodep;
  struct maple_node *parent = node->parent;
  struct maple_node *sib, *l, *r;
  guint slot_total, space, split, end;
  guint8 type = bn->type;

  if (parent == NULL)
    return FALSE;
  if (left && node->parent_slot == 0)
    return FALSE;
  if (!left && node->parent_slot >= parent->end)
    return FALSE;
  sib = parent->slot[left ? node->parent_slot - 1 : node->parent_slot + 1];
  end = sib->end;
  slot_total = bn->n - 1 + end;
  space = 2 * mt_slots[node->type] - 2;
  if (type == maple_leaf_64)
    space--;
  if (node->max == MMS_MAPLE_MAX)
    space--;
  if (slot_total >= space)
    return FALSE;

  if (left)
    big_prepend (bn, sib);
  else
    big_append (bn, sib, 0, sib->end);
  split = mt_slots[type] - 2;
  if (!left)
    split = slot_total - split;
  split = no_null_split (bn, split, mt_slots[type]);

  l = node_from_big (mt, bn, 0, split, type, left ? sib->min : node->min);
  r = node_from_big (mt, bn, split + 1, bn->n - 1, type, bn->pivot[split] + 1);
  g_ptr_array_add (dead, node);
  g_ptr_array_add (dead, sib);
  fill_parent (bn, parent, left ? sib->parent_slot : node->parent_slot, 2, l, r);
  *nodep = parent;
  return TRUE;
}

/* mas_split(): LEAF's contents BN overflow; split upwards until a level
 * fits in one node. */
static void
split (struct maple_tree *mt,
       struct maple_node *leaf,
       BigNode           *bn)
{
  struct maple_node *node = leaf;
  g_autoptr(GPtrArray) dead = g_ptr_array_new ();
  struct maple_node *top;

  mt->last_wr = MMS_MAPLE_WR_SPLIT;
  for (;;)
    {
      struct maple_node *l, *r;
      guint s, mid;

      if (bn->n - 1 < mt_slots[bn->type])
        break;
      if (push_data (mt, &node, bn, TRUE, dead) || push_data (mt, &node, bn, FALSE, dead))
        {
          mt->last_wr = MMS_MAPLE_WR_PUSH;
          break;
        }
      s = calc_split (bn, &mid);
      l = node_from_big (mt, bn, 0, s, bn->type, node->min);
      r = node_from_big (mt, bn, s + 1, bn->n - 1, bn->type, bn->pivot[s] + 1);
      if (node->parent == NULL)
        {
          bn->n = 0;
          big_add (bn, l->max, l);
          big_add (bn, r->max, r);
          /* mas_split_final_node(): a new root above. */
          bn->type = mt->alloc_range ? maple_arange_64 : maple_range_64;
          break;
        }
      g_ptr_array_add (dead, node);
      fill_parent (bn, node->parent, node->parent_slot, 1, l, r);
      node = node->parent;
    }
  /* mas_split_final_node(): the last level in one node, in NODE's place. */
  top = node_from_big (mt, bn, 0, bn->n - 1,
                       node->parent == NULL && !is_leaf (bn->slot[0]) && bn->type == maple_leaf_64
                       ? maple_arange_64 : bn->type, node->min);
  replace_node (mt, node, top);
  g_ptr_array_add (dead, node);
  for (guint i = 0; i < dead->len; i++)
    node_free (mt, dead->pdata[i]);
  update_gaps_up (mt, top);
}

/* --- The store ------------------------------------------------------------ */

/* A walk's position in a leaf (struct ma_wr_state). */
typedef struct
{
  struct maple_node *node;
  guint offset, offset_end;
  guint64 r_min, r_max, end_piv;
  guint64 index, last;
  gpointer content;
} WrState;

/* mas_wr_node_walk(): the slot of NODE holding INDEX (the last one when
 * INDEX is above the node). */
static guint
node_offset (const struct maple_node *node,
             guint64                  index)
{
  guint offset = 0;

  while (offset < node->end && index > node->pivot[offset])
    offset++;
  return offset;
}

static struct maple_node *
walk_index (struct maple_node *node,
            guint64            index,
            WrState           *wr)
{
  for (;;)
    {
      guint offset = node_offset (node, index);
      if (is_leaf (node))
        {
          wr->node = node;
          wr->offset = offset;
          wr->r_min = slot_min (node, offset);
          wr->r_max = node->pivot[offset];
          wr->content = node->slot[offset];
          return node;
        }
      node = node->slot[offset];
    }
}

/* mas_store_b_node(): the leaf's contents with [index, last] = ENTRY. */
static void
store_big (const WrState *wr,
           gpointer       entry,
           BigNode       *bn)
{
  const struct maple_node *node = wr->node;
  guint64 piv;

  bn->n = 0;
  bn->type = node->type;
  if (wr->offset > 0)
    {
      big_append (bn, node, 0, wr->offset - 1);
      piv = bn->pivot[bn->n - 1];
    }
  else
    piv = node->min - 1;
  if (piv + 1 < wr->index)
    big_add (bn, wr->index - 1, wr->content);
  big_add (bn, wr->last, entry);
  if (wr->last >= node->max)
    return;
  piv = node->pivot[MIN (wr->offset_end, node->end)];
  if (piv > wr->last)
    big_add (bn, piv, node->slot[wr->offset_end]);
  if (wr->offset_end + 1 <= node->end)
    big_append (bn, node, wr->offset_end + 1, node->end);
}

static struct maple_node *
leaf_new_root (struct maple_tree *mt,
               guint64            index,
               guint64            last,
               gpointer           entry)
{
  struct maple_node *node = node_new (mt, maple_leaf_64);
  guint slot = 0;

  node->min = 0;
  node->max = MMS_MAPLE_MAX;
  if (index > 0)
    node->pivot[slot++] = index - 1;
  node->slot[slot] = entry;
  node->pivot[slot] = last;
  if (last != MMS_MAPLE_MAX)
    node->pivot[++slot] = MMS_MAPLE_MAX;
  node->end = slot;
  return node;
}

/* mas_new_root(): a store of [0, ULONG_MAX]. */
static void
new_root (struct maple_tree *mt,
          gpointer           entry)
{
  subtree_free (mt, mt->root);
  mt->root = entry != NULL ? leaf_new_root (mt, 0, MMS_MAPLE_MAX, entry) : NULL;
  mt->last_wr = MMS_MAPLE_WR_ROOT;
}

/* mas_wr_spanning_store(): [index, last] crosses the end of a leaf below
 * X, the node where the walk found it spanning. */
static void
spanning_store (struct maple_tree *mt,
                struct maple_node *x,
                guint64            index,
                guint64            last,
                gpointer           entry)
{
  WrState l = { 0 }, r = { 0 };
  Subtree st;
  guint height = mms_mt_height (mt);

  if (index == 0 && last == MMS_MAPLE_MAX)
    {
      new_root (mt, entry);
      return;
    }
  walk_index (x, last != MMS_MAPLE_MAX ? last + 1 : last, &r);
  walk_index (x, index, &l);
  l.index = index;
  l.last = last;
  if (entry == NULL)
    {
      /* mas_extend_spanning_null() */
      if (l.content == NULL)
        l.index = l.r_min;
      if (l.index == l.r_min && l.offset > 0 && l.node->slot[l.offset - 1] == NULL)
        {
          l.index = slot_min (l.node, l.offset - 1);
          l.offset--;
        }
      if (r.content == NULL)
        {
          if (l.last < r.r_max)
            l.last = r.r_max;
          r.offset++;
        }
    }
  if (l.index == 0 && l.last == MMS_MAPLE_MAX)
    {
      new_root (mt, entry);
      return;
    }
  subtree_init (&st, mt);
  l.offset_end = l.node->end;
  store_big (&l, entry, &st.bn);
  if (r.node->max > l.last)
    big_append (&st.bn, r.node, r.offset, r.node->end);
  st.orig_l = l.node;
  st.orig_r = r.node;
  mt->last_wr = MMS_MAPLE_WR_SPANNING;
  spanning_rebalance (&st, height + 1);
}

void
mms_mt_store (struct maple_tree *mt,
              guint64            index,
              guint64            last,
              gpointer           entry)
{
  struct maple_node *node = mt->root;
  WrState wr = { 0 };
  BigNode bn;
  guint new_end;

  g_return_if_fail (index <= last);
  mt->last_wr = MMS_MAPLE_WR_NONE;
  mt->gen++;
  if (node == NULL)
    {
      /* mas_store_root() -> mas_root_expand() */
      if (entry != NULL)
        {
          mt->root = leaf_new_root (mt, index, last, entry);
          mt->last_wr = MMS_MAPLE_WR_ROOT;
        }
      return;
    }

  /* mas_wr_walk(): down to the leaf, unless the range spans a node. */
  for (;;)
    {
      guint offset = node_offset (node, index);
      guint64 r_max = node->pivot[offset];
      gboolean span = TRUE;

      if (last < r_max)
        span = FALSE;
      else if (is_leaf (node) && last < node->max)
        span = FALSE;
      else if (last == (is_leaf (node) ? node->max : r_max)
               && (entry != NULL || last == MMS_MAPLE_MAX))
        span = FALSE;
      if (span)
        {
          spanning_store (mt, node, index, last, entry);
          return;
        }
      if (is_leaf (node))
        {
          wr.node = node;
          wr.offset = offset;
          wr.r_min = slot_min (node, offset);
          wr.r_max = r_max;
          wr.content = node->slot[offset];
          break;
        }
      node = node->slot[offset];
    }
  wr.index = index;
  wr.last = last;

  /* mas_wr_end_piv() */
  wr.offset_end = wr.offset;
  while (wr.offset_end < node->end && last > node->pivot[wr.offset_end])
    wr.offset_end++;
  wr.end_piv = node->pivot[wr.offset_end];

  /* mas_wr_extend_null() */
  if (entry == NULL)
    {
      if (node->slot[wr.offset_end] == NULL)
        wr.last = wr.end_piv;
      else if (wr.last == wr.end_piv && node->end != wr.offset_end
               && node->slot[wr.offset_end + 1] == NULL)
        {
          wr.offset_end++;
          wr.last = node->pivot[wr.offset_end];
          wr.end_piv = wr.last;
        }
      if (wr.content == NULL)
        wr.index = wr.r_min;
      else if (wr.index == wr.r_min && wr.offset > 0 && node->slot[wr.offset - 1] == NULL)
        {
          wr.offset--;
          wr.r_min = wr.index = slot_min (node, wr.offset);
          wr.r_max = node->pivot[wr.offset];
        }
    }

  /* mas_wr_new_end() */
  new_end = node->end + 2u - (wr.offset_end - wr.offset);
  if (wr.r_min == wr.index)
    new_end--;
  if (wr.end_piv == wr.last)
    new_end--;

  /* mas_wr_store_type() */
  if (wr.r_min == wr.index && wr.r_max == wr.last)
    {
      gboolean was_null = node->slot[wr.offset] == NULL;
      node->slot[wr.offset] = entry;
      mt->last_wr = MMS_MAPLE_WR_EXACT_FIT;
      if (was_null != (entry == NULL))
        update_gaps_up (mt, node);
      return;
    }
  if (wr.index == 0 && wr.last == MMS_MAPLE_MAX)
    {
      new_root (mt, entry);
      return;
    }
  store_big (&wr, entry, &bn);
  g_assert (bn.n == new_end + 1);
  if (new_end < mt_min_slots[node->type] && node->parent != NULL)
    {
      rebalance (mt, node, &bn);
      return;
    }
  if (new_end >= mt_slots[node->type])
    {
      split (mt, node, &bn);
      return;
    }
  /* mas_wr_node_store() and the fast paths: the leaf rewritten. */
  for (guint i = 0; i < bn.n; i++)
    {
      node->pivot[i] = bn.pivot[i];
      node->slot[i] = bn.slot[i];
    }
  for (guint i = bn.n; i < MAPLE_RANGE64_SLOTS; i++)
    {
      node->pivot[i] = 0;
      node->slot[i] = NULL;
    }
  node->end = bn.n - 1;
  mt->last_wr = MMS_MAPLE_WR_NODE_STORE;
  update_gaps_up (mt, node);
}

/* --- Reading -------------------------------------------------------------- */

void
mms_mt_init (struct maple_tree *mt,
             gboolean           alloc_range)
{
  memset (mt, 0, sizeof *mt);
  mt->alloc_range = alloc_range;
}

void
mms_mt_destroy (struct maple_tree *mt)
{
  mt->gen++;
  subtree_free (mt, mt->root);
  mt->root = NULL;
  while (mt->spare != NULL)
    {
      struct maple_node *next = mt->spare->parent;

      g_free (mt->spare);
      mt->spare = next;
    }
  mt->n_spare = 0;
}

static struct maple_node *
dup_node (struct maple_tree       *dst,
          const struct maple_node *node,
          gpointer (*map) (gpointer entry, gpointer user_data),
          gpointer                 user_data)
{
  struct maple_node *copy = node_new (dst, node->type);

  *copy = *node;
  copy->parent = NULL;
  for (guint i = 0; i <= node->end; i++)
    {
      if (!is_leaf (node))
        {
          struct maple_node *child = dup_node (dst, node->slot[i], map, user_data);
          child->parent = copy;
          child->parent_slot = i;
          copy->slot[i] = child;
        }
      else if (map != NULL && node->slot[i] != NULL)
        copy->slot[i] = map (node->slot[i], user_data);
    }
  return copy;
}

void
mms_mt_dup (struct maple_tree       *dst,
            const struct maple_tree *src,
            gpointer (*map) (gpointer entry, gpointer user_data),
            gpointer                 user_data)
{
  g_return_if_fail (dst->root == NULL);
  dst->alloc_range = src->alloc_range;
  dst->gen++;
  if (src->root != NULL)
    dst->root = dup_node (dst, src->root, map, user_data);
}

guint
mms_mt_height (const struct maple_tree *mt)
{
  guint height = 0;

  for (const struct maple_node *n = mt->root; n != NULL; n = is_leaf (n) ? NULL : n->slot[0])
    height++;
  return height;
}

gpointer
mms_mt_load (const struct maple_tree *mt,
             guint64                  index)
{
  const struct maple_node *node = mt->root;

  while (node != NULL)
    {
      guint offset = node_offset (node, index);
      if (is_leaf (node))
        return node->slot[offset];
      node = node->slot[offset];
    }
  return NULL;
}

gpointer
mms_mt_find (const struct maple_tree *mt,
             guint64                  index,
             guint64                 *start,
             guint64                 *last)
{
  const struct maple_node *node = mt->root;
  guint offset;

  if (node == NULL)
    return NULL;
  while (!is_leaf (node))
    node = node->slot[node_offset (node, index)];
  offset = node_offset (node, index);
  for (;;)
    {
      for (; offset <= node->end; offset++)
        if (node->slot[offset] != NULL)
          {
            *start = slot_min (node, offset);
            *last = node->pivot[offset];
            return node->slot[offset];
          }
      node = level_next ((struct maple_node *) node);
      if (node == NULL)
        return NULL;
      offset = 0;
    }
}

/* mas_empty_area_rev(): down the rightmost child whose gap fits and whose
 * range meets [min, max]; in the leaf, the highest NULL slot that fits. */
static gboolean
empty_area_rev (const struct maple_node *node,
                guint64                  min,
                guint64                  max,
                guint64                  size,
                guint64                 *start,
                guint64                 *last)
{
  for (gint i = node->end; i >= 0; i--)
    {
      guint64 lo = MAX (slot_min (node, i), min);
      guint64 hi = MIN (node->pivot[i], max);

      if (slot_min (node, i) > max || node->pivot[i] < min)
        continue;
      if (!is_leaf (node))
        {
          if (node->gap[i] < size)
            continue;
          if (empty_area_rev (node->slot[i], min, max, size, start, last))
            return TRUE;
          continue;
        }
      if (node->slot[i] != NULL || hi - lo + 1 < size || hi - lo == MMS_MAPLE_MAX)
        continue;
      *last = hi;
      *start = hi - size + 1;
      return TRUE;
    }
  return FALSE;
}

gboolean
mms_mt_empty_area_rev (const struct maple_tree *mt,
                       guint64                  min,
                       guint64                  max,
                       guint64                  size,
                       guint64                 *start,
                       guint64                 *last)
{
  if (size == 0 || min > max || max - min < size - 1)
    return FALSE;
  if (mt->root == NULL)
    {
      *last = max;
      *start = max - size + 1;
      return TRUE;
    }
  return empty_area_rev (mt->root, min, max, size, start, last);
}

static void
foreach_node (const struct maple_node *node,
              void (*func) (guint64 start, guint64 last, gpointer entry, gpointer data),
              gpointer data)
{
  for (guint i = 0; i <= node->end; i++)
    {
      if (!is_leaf (node))
        foreach_node (node->slot[i], func, data);
      else if (node->slot[i] != NULL)
        func (slot_min (node, i), node->pivot[i], node->slot[i], data);
    }
}

void
mms_mt_foreach (const struct maple_tree *mt,
                void (*func) (guint64 start, guint64 last, gpointer entry, gpointer data),
                gpointer data)
{
  if (mt->root != NULL)
    foreach_node (mt->root, func, data);
}

/* --- The dump --------------------------------------------------------------- */

static const char *
type_name (guint8 type)
{
  switch (type)
    {
    case maple_leaf_64: return "leaf_64";
    case maple_range_64: return "range_64";
    case maple_arange_64: return "arange_64";
    default: return "?";
    }
}

static void
number_nodes (const struct maple_node *node,
              GHashTable              *numbers)
{
  g_hash_table_insert (numbers, (gpointer) node,
                       GUINT_TO_POINTER (g_hash_table_size (numbers) + 1));
  if (!is_leaf (node))
    for (guint i = 0; i <= node->end; i++)
      number_nodes (node->slot[i], numbers);
}

static void
dump_node (const struct maple_node *node,
           guint                    depth,
           GHashTable              *numbers,
           guint (*name) (gpointer entry),
           GString                 *out)
{
  g_string_append_printf (out, "node %u depth %u %s 0x%" G_GINT64_MODIFIER "x-0x%"
                          G_GINT64_MODIFIER "x\n",
                          GPOINTER_TO_UINT (g_hash_table_lookup (numbers, node)), depth,
                          type_name (node->type), node->min, node->max);
  for (guint i = 0; i <= node->end; i++)
    {
      g_string_append_printf (out, "  %2u 0x%" G_GINT64_MODIFIER "x-0x%" G_GINT64_MODIFIER "x",
                              i, slot_min (node, i), node->pivot[i]);
      if (is_leaf (node))
        {
          if (node->slot[i] == NULL)
            g_string_append (out, " NULL\n");
          else
            g_string_append_printf (out, " vma %u\n", name (node->slot[i]));
        }
      else
        {
          if (node->type == maple_arange_64)
            g_string_append_printf (out, " gap 0x%" G_GINT64_MODIFIER "x", node->gap[i]);
          g_string_append_printf (out, " node %u\n",
                                  GPOINTER_TO_UINT (g_hash_table_lookup (numbers, node->slot[i])));
        }
    }
  if (!is_leaf (node))
    for (guint i = 0; i <= node->end; i++)
      dump_node (node->slot[i], depth + 1, numbers, name, out);
}

void
mms_mt_dump (const struct maple_tree *mt,
             guint (*name) (gpointer entry),
             GString                 *out)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new (NULL, NULL);

  if (mt->root == NULL)
    {
      g_string_append (out, "maple_tree height 0 nodes 0\n");
      return;
    }
  number_nodes (mt->root, numbers);
  g_string_append_printf (out, "maple_tree height %u nodes %u\n", mms_mt_height (mt),
                          g_hash_table_size (numbers));
  dump_node (mt->root, 0, numbers, name, out);
}

/* --- The checker ------------------------------------------------------------ */

#define FAIL MMS_CHECK_FAIL

typedef struct
{
  guint leaf_depth;         /* 0: not seen yet */
  guint n_nodes;
  gboolean prev_null;
  gboolean seen_entry;
} CheckState;

static gboolean
check_node (const struct maple_tree *mt,
            const struct maple_node *node,
            guint                    depth,
            CheckState              *cs,
            GError                 **error)
{
  cs->n_nodes++;
  if (node->type != maple_leaf_64
      && node->type != (mt->alloc_range ? maple_arange_64 : maple_range_64))
    FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x] has type %u",
          node->min, node->max, node->type);
  if (node->end >= mt_slots[node->type])
    FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, ...] has %u slots", node->min, node->end + 1u);
  if (node->pivot[node->end] != node->max)
    FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x]: its last pivot "
          "is not its max (invariant 1)", node->min, node->max);
  for (guint i = 0; i <= node->end; i++)
    if (node->pivot[i] < slot_min (node, i))
      FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x]: pivot %u does "
            "not ascend (invariant 1)", node->min, node->max, i);
  if (is_leaf (node))
    {
      if (cs->leaf_depth == 0)
        cs->leaf_depth = depth + 1;
      else if (cs->leaf_depth != depth + 1)
        FAIL ("maple leaves at depths %u and %u (invariant 2)", cs->leaf_depth - 1, depth);
      for (guint i = 0; i <= node->end; i++)
        {
          gboolean null = node->slot[i] == NULL;
          if (null && cs->prev_null)
            FAIL ("two NULL ranges follow each other at 0x%" G_GINT64_MODIFIER "x (invariant 4)",
                  slot_min (node, i));
          cs->prev_null = null;
        }
      return TRUE;
    }
  for (guint i = 0; i <= node->end; i++)
    {
      const struct maple_node *child = node->slot[i];
      if (child == NULL || child->parent != node || child->parent_slot != i)
        FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, ...]: child %u is not linked to it",
              node->min, i);
      if (child->min != slot_min (node, i) || child->max != node->pivot[i])
        FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, ...]: child %u covers another range "
              "(invariant 1)", node->min, i);
      if (node->type == maple_arange_64 && node->gap[i] != node_max_gap (child))
        FAIL ("maple node [0x%" G_GINT64_MODIFIER "x, ...]: gap %u is 0x%" G_GINT64_MODIFIER
              "x, the child's largest is 0x%" G_GINT64_MODIFIER "x (invariant 3)",
              node->min, i, node->gap[i], node_max_gap (child));
      if (!check_node (mt, child, depth + 1, cs, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
mms_mt_check (const struct maple_tree *mt,
              GError                 **error)
{
  CheckState cs = { 0 };

  if (mt->root != NULL)
    {
      if (mt->root->parent != NULL || mt->root->min != 0 || mt->root->max != MMS_MAPLE_MAX)
        FAIL ("the maple tree's root does not cover the whole range");
      if (!check_node (mt, mt->root, 0, &cs, error))
        return FALSE;
    }
  if (cs.n_nodes != mt->n_nodes)
    FAIL ("the maple tree counts %u nodes but %u are in it (invariant 5)", mt->n_nodes,
          cs.n_nodes);
  return TRUE;
}
