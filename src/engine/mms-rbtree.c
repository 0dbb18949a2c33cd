/* mms-rbtree.c: red-black trees, after the kernel's lib/rbtree.c
 * (__rb_insert(), ____rb_erase_color(), rb_next() and friends) and
 * include/linux/rbtree_augmented.h (__rb_erase_augmented()), without the
 * augmented callbacks but with every rotation and recolouring reported.
 *
 * Red-black properties, cited by number below:
 *  (1) a node is either red or black;
 *  (2) the root is black;
 *  (3) all leaves (NULL) are black;
 *  (4) both children of every red node are black;
 *  (5) every simple path from a node down to a leaf contains the same
 *      number of black nodes.
 *
 * (4) and (5) give the O(log n) guarantee: (4) forbids two red nodes in a
 * row on a path, so if every path has B black nodes (5), the longest one
 * has at most 2B nodes.
 *
 * The diagrams draw black nodes in upper case and red nodes in lower case;
 * a node in parentheses may be either colour.  Each case is drawn for one
 * side (as in lib/rbtree.c); its mirror image swaps left and right, and
 * with them the direction of every rotation.
 *
 * Rebalancing makes the same rotations and colour changes as the kernel, in
 * the same order.  Two differences in how, neither of which changes a
 * rotation or a colour, keep the tree consistent whenever the callback runs:
 *  - within one step (a case of the algorithm), the links are written
 *    first and the colours written with them are applied afterwards, so
 *    that the rotation is reported before the recolourings that go with it;
 *  - insertion's case 2 and erasure's case 3 finish their rotation; the
 *    kernel leaves two links stale there for the next case to overwrite.
 */
#include "mms-rbtree.h"

/* Bit 0 of the parent word holds the colour; bit 1 must be free as well. */
G_STATIC_ASSERT (G_ALIGNOF (struct rb_node) >= 4);

G_DEFINE_QUARK (mms-rb-error-quark, mms_rb_error)

/* No red-black tree that fits in memory has a longer root-to-leaf path:
 * fewer than 2^(pointer bits) nodes give at most that many black nodes per
 * path (5), and at most as many red ones between them (4). */
#define RB_MAX_DEPTH (2 * 8 * GLIB_SIZEOF_VOID_P)

const char *
mms_rb_op_name (MmsRbOp op)
{
  switch (op)
    {
    case MMS_RB_ROTATE_LEFT:
      return "rotate-left";
    case MMS_RB_ROTATE_RIGHT:
      return "rotate-right";
    case MMS_RB_RECOLOR:
      return "recolor";
    case MMS_RB_REPLACE:
      return "replace";
    default:
      return "unknown";
    }
}

static inline void
notify (const MmsRbCallbacks *cb,
        MmsRbOp               op,
        struct rb_node       *node,
        struct rb_node       *other,
        int                   new_color)
{
  if (cb != NULL && cb->notify != NULL)
    cb->notify (op, node, other, new_color, cb->user_data);
}

/* rb_set_parent(): changes the parent and keeps the colour. */
static inline void
rb_set_parent (struct rb_node *rb,
               struct rb_node *p)
{
  rb->__rb_parent_color = (guintptr) p | (guintptr) rb_color (rb);
}

/* Paints RB with COLOR and reports it, if that changes anything.  Only
 * called where the tree's links are consistent. */
static void
rb_recolor (struct rb_node       *rb,
            int                   color,
            const MmsRbCallbacks *cb)
{
  if (rb_color (rb) == color)
    return;
  rb->__rb_parent_color = (rb->__rb_parent_color & ~(guintptr) 1) | (guintptr) color;
  notify (cb, MMS_RB_RECOLOR, rb, NULL, color);
}

/* __rb_change_child(): makes NEW the child of PARENT (or the root) that OLD
 * was. */
static inline void
rb_change_child (struct rb_node *old,
                 struct rb_node *new,
                 struct rb_node *parent,
                 struct rb_root *root)
{
  if (parent != NULL)
    {
      if (parent->rb_left == old)
        parent->rb_left = new;
      else
        parent->rb_right = new;
    }
  else
    root->rb_node = new;
}

/* One step of rebalancing: the colour changes its parent/colour writes
 * make, held back until its links are all written. */
typedef struct
{
  const MmsRbCallbacks *cb;
  struct rb_node *node[3];
  int color[3];
  guint n;
} RbStep;

static void
step_init (RbStep               *step,
           const MmsRbCallbacks *cb)
{
  step->cb = cb;
  step->n = 0;
}

/* rb_set_parent_color(), within a step: the parent is written now, the
 * colour (when it changes) by step_finish(). */
static void
step_set_parent_color (RbStep         *step,
                       struct rb_node *rb,
                       struct rb_node *p,
                       int             color)
{
  rb_set_parent (rb, p);
  if (rb_color (rb) != color)
    {
      g_assert (step->n < G_N_ELEMENTS (step->node));
      step->node[step->n] = rb;
      step->color[step->n] = color;
      step->n++;
    }
}

/* __rb_rotate_set_parents(), within a step: NEW takes OLD's parent and
 * colour, OLD gets NEW as its parent and COLOR. */
static void
step_rotate_set_parents (RbStep         *step,
                         struct rb_node *old,
                         struct rb_node *new,
                         struct rb_root *root,
                         int             color)
{
  struct rb_node *parent = rb_parent (old);
  int old_color = rb_color (old);

  step_set_parent_color (step, new, parent, old_color);
  step_set_parent_color (step, old, new, color);
  rb_change_child (old, new, parent, root);
}

/* Ends a step whose links are all written: applies and reports its colour
 * changes in the order the kernel makes them. */
static void
step_flush (RbStep *step)
{
  for (guint i = 0; i < step->n; i++)
    rb_recolor (step->node[i], step->color[i], step->cb);
  step->n = 0;
}

/* Ends a step: reports its rotation or replacement, then its colours. */
static void
step_finish (RbStep         *step,
             MmsRbOp         op,
             struct rb_node *node,
             struct rb_node *other)
{
  notify (step->cb, op, node, other, -1);
  step_flush (step);
}

/* __rb_insert() */
void
mms_rb_insert_color (struct rb_node       *node,
                     struct rb_root       *root,
                     const MmsRbCallbacks *cb)
{
  struct rb_node *parent = rb_parent (node);
  struct rb_node *gparent, *tmp;
  RbStep step;

  g_return_if_fail (node != NULL && root != NULL);

  while (TRUE)
    {
      /* Loop invariant: NODE is red.
       *
       * If its parent is black, we are done.  Otherwise we take some
       * corrective action, as (2) forbids a red root and (4) two red nodes
       * in a row. */
      if (parent == NULL)
        {
          /* NODE is the root: painting it black restores (2), and keeps
           * (5) since every path gains the same black node. */
          rb_recolor (node, RB_BLACK, cb);
          break;
        }
      if (rb_is_black (parent))
        break;

      /* PARENT is red, so it is not the root (2) and GPARENT exists; it
       * is black (4). */
      gparent = rb_parent (parent);

      tmp = gparent->rb_right;
      if (parent != tmp)
        {
          /* PARENT == GPARENT->rb_left */
          if (tmp != NULL && rb_is_red (tmp))
            {
              /* Case 1 - colour flips
               *
               *       G            g
               *      / \          / \
               *     p   u  -->   P   U
               *    /            /
               *   n            n
               *
               * The black of G moves down to both of its children, which
               * keeps (5) and restores (4) below G.  However, G's parent
               * might be red, which (4) does not allow either, so we
               * recurse at G. */
              rb_recolor (tmp, RB_BLACK, cb);
              rb_recolor (parent, RB_BLACK, cb);
              node = gparent;
              parent = rb_parent (node);
              rb_recolor (node, RB_RED, cb);
              continue;
            }

          tmp = parent->rb_right;
          if (node == tmp)
            {
              /* Case 2 - left rotate at parent
               *
               *      G             G
               *     / \           / \
               *    p   U  -->    n   U
               *     \           /
               *      n         p
               *
               * This still leaves us in violation of (4); the continuation
               * into case 3 will fix that.  No colour changes: (5) holds,
               * as both rotated nodes are red. */
              step_init (&step, cb);
              tmp = node->rb_left;
              parent->rb_right = tmp;
              node->rb_left = parent;
              if (tmp != NULL)
                step_set_parent_color (&step, tmp, parent, RB_BLACK);
              step_set_parent_color (&step, parent, node, RB_RED);
              /* Not in the kernel, which leaves these two links for case
               * 3 to overwrite: finish the rotation. */
              gparent->rb_left = node;
              rb_set_parent (node, gparent);
              step_finish (&step, MMS_RB_ROTATE_LEFT, parent, node);
              parent = node;
              tmp = node->rb_right;
            }

          /* Case 3 - right rotate at gparent
           *
           *        G           P
           *       / \         / \
           *      p   U  -->  n   g
           *     /                 \
           *    n                   U
           *
           * P takes G's black and G becomes red: that restores (4) and
           * keeps (5), since every path through the subtree still meets
           * exactly one of them.  P's parent is whatever G's was, so
           * nothing above can break (4): we are done. */
          step_init (&step, cb);
          gparent->rb_left = tmp;   /* == PARENT->rb_right */
          parent->rb_right = gparent;
          if (tmp != NULL)
            step_set_parent_color (&step, tmp, gparent, RB_BLACK);
          step_rotate_set_parents (&step, gparent, parent, root, RB_RED);
          step_finish (&step, MMS_RB_ROTATE_RIGHT, gparent, parent);
          break;
        }
      else
        {
          /* PARENT == GPARENT->rb_right: the mirror images. */
          tmp = gparent->rb_left;
          if (tmp != NULL && rb_is_red (tmp))
            {
              /* Case 1 - colour flips
               *
               *     G            g
               *    / \          / \
               *   u   p  -->   U   P
               *        \            \
               *         n            n
               */
              rb_recolor (tmp, RB_BLACK, cb);
              rb_recolor (parent, RB_BLACK, cb);
              node = gparent;
              parent = rb_parent (node);
              rb_recolor (node, RB_RED, cb);
              continue;
            }

          tmp = parent->rb_left;
          if (node == tmp)
            {
              /* Case 2 - right rotate at parent
               *
               *    G             G
               *   / \           / \
               *  U   p  -->    U   n
               *     /               \
               *    n                 p
               */
              step_init (&step, cb);
              tmp = node->rb_right;
              parent->rb_left = tmp;
              node->rb_right = parent;
              if (tmp != NULL)
                step_set_parent_color (&step, tmp, parent, RB_BLACK);
              step_set_parent_color (&step, parent, node, RB_RED);
              /* Not in the kernel: finish the rotation (see above). */
              gparent->rb_right = node;
              rb_set_parent (node, gparent);
              step_finish (&step, MMS_RB_ROTATE_RIGHT, parent, node);
              parent = node;
              tmp = node->rb_left;
            }

          /* Case 3 - left rotate at gparent
           *
           *    G               P
           *   / \             / \
           *  U   p    -->    g   n
           *       \         /
           *        n       U
           */
          step_init (&step, cb);
          gparent->rb_right = tmp;  /* == PARENT->rb_left */
          parent->rb_left = gparent;
          if (tmp != NULL)
            step_set_parent_color (&step, tmp, gparent, RB_BLACK);
          step_rotate_set_parents (&step, gparent, parent, root, RB_RED);
          step_finish (&step, MMS_RB_ROTATE_LEFT, gparent, parent);
          break;
        }
    }
}

/* ____rb_erase_color(): PARENT lost a black node on one side. */
static void
rb_erase_color (struct rb_node       *parent,
                struct rb_root       *root,
                const MmsRbCallbacks *cb)
{
  struct rb_node *node = NULL, *sibling, *tmp1, *tmp2;
  RbStep step;

  while (TRUE)
    {
      /* Loop invariants:
       * - NODE is black (or NULL on the first iteration);
       * - NODE is not the root (PARENT is not NULL);
       * - all leaf paths going through PARENT and NODE have a black node
       *   count that is 1 lower than other leaf paths: (5) is broken.
       * SIBLING therefore exists and, if it is black, has a subtree of
       * black height at least one. */
      sibling = parent->rb_right;
      if (node != sibling)
        {
          /* NODE == PARENT->rb_left */
          if (rb_is_red (sibling))
            {
              /* Case 1 - left rotate at parent
               *
               *     P               S
               *    / \             / \
               *   N   s    -->    p   Sr
               *      / \         / \
               *     Sl  Sr      N   Sl
               *
               * S takes P's black and P becomes red, which keeps (4) and
               * (5) as they were; N now has a black sibling (Sl), which
               * cases 2-4 need.  P being red, case 2 will end the loop. */
              step_init (&step, cb);
              tmp1 = sibling->rb_left;
              parent->rb_right = tmp1;
              sibling->rb_left = parent;
              step_set_parent_color (&step, tmp1, parent, RB_BLACK);
              step_rotate_set_parents (&step, parent, sibling, root, RB_RED);
              step_finish (&step, MMS_RB_ROTATE_LEFT, parent, sibling);
              sibling = tmp1;
            }
          tmp1 = sibling->rb_right;
          if (tmp1 == NULL || rb_is_black (tmp1))
            {
              tmp2 = sibling->rb_left;
              if (tmp2 == NULL || rb_is_black (tmp2))
                {
                  /* Case 2 - sibling colour flip
                   * (p could be either colour here)
                   *
                   *    (p)           (p)
                   *    / \           / \
                   *   N   S    -->  N   s
                   *      / \           / \
                   *     Sl  Sr        Sl  Sr
                   *
                   * Both sides of P are now one black short, which can be
                   * fixed for (5) by painting p black if it was red (S's
                   * children being black, (4) holds), or else by
                   * recursing at P.  p is red when coming from case 1. */
                  rb_recolor (sibling, RB_RED, cb);
                  if (rb_is_red (parent))
                    rb_recolor (parent, RB_BLACK, cb);
                  else
                    {
                      node = parent;
                      parent = rb_parent (node);
                      if (parent != NULL)
                        continue;
                    }
                  break;
                }

              /* Case 3 - right rotate at sibling
               * (p could be either colour here)
               *
               *   (p)           (p)
               *   / \           / \
               *  N   S    -->  N   sl
               *     / \             \
               *    sl  Sr            S
               *                       \
               *                        Sr
               *
               * No colour changes: this breaks (4) between sl and p and
               * (5) below sl, for case 4 to fix: sl takes p's colour
               * there and p becomes black. */
              step_init (&step, cb);
              tmp1 = tmp2->rb_right;
              sibling->rb_left = tmp1;
              tmp2->rb_right = sibling;
              parent->rb_right = tmp2;
              if (tmp1 != NULL)
                step_set_parent_color (&step, tmp1, sibling, RB_BLACK);
              /* Not in the kernel, which leaves these two parent pointers
               * for case 4 to overwrite: finish the rotation. */
              rb_set_parent (sibling, tmp2);
              rb_set_parent (tmp2, parent);
              step_finish (&step, MMS_RB_ROTATE_RIGHT, sibling, tmp2);
              tmp1 = sibling;
              sibling = tmp2;
            }

          /* Case 4 - left rotate at parent + colour flips
           * (p and sl could be either colour here.  After rotation, p
           * becomes black, s acquires p's colour, and sl keeps its
           * colour.)
           *
           *      (p)             (s)
           *      / \             / \
           *     N   S     -->   P   Sr
           *        / \         / \
           *      (sl) sr      N  (sl)
           *
           * N gains the black P, Sr's paths the black Sr in place of S,
           * and sl's paths keep one black (S before, P now): (5) is
           * restored.  S in p's place with p's colour and Sr black keep
           * (4).  We are done. */
          step_init (&step, cb);
          tmp2 = sibling->rb_left;
          parent->rb_right = tmp2;
          sibling->rb_left = parent;
          step_set_parent_color (&step, tmp1, sibling, RB_BLACK);
          if (tmp2 != NULL)
            rb_set_parent (tmp2, parent);
          step_rotate_set_parents (&step, parent, sibling, root, RB_BLACK);
          step_finish (&step, MMS_RB_ROTATE_LEFT, parent, sibling);
          break;
        }
      else
        {
          /* NODE == PARENT->rb_right: the mirror images. */
          sibling = parent->rb_left;
          if (rb_is_red (sibling))
            {
              /* Case 1 - right rotate at parent
               *
               *       P           S
               *      / \         / \
               *     s   N  -->  Sl  p
               *    / \             / \
               *   Sl  Sr          Sr  N
               */
              step_init (&step, cb);
              tmp1 = sibling->rb_right;
              parent->rb_left = tmp1;
              sibling->rb_right = parent;
              step_set_parent_color (&step, tmp1, parent, RB_BLACK);
              step_rotate_set_parents (&step, parent, sibling, root, RB_RED);
              step_finish (&step, MMS_RB_ROTATE_RIGHT, parent, sibling);
              sibling = tmp1;
            }
          tmp1 = sibling->rb_left;
          if (tmp1 == NULL || rb_is_black (tmp1))
            {
              tmp2 = sibling->rb_right;
              if (tmp2 == NULL || rb_is_black (tmp2))
                {
                  /* Case 2 - sibling colour flip
                   *
                   *      (p)           (p)
                   *      / \           / \
                   *     S   N   -->   s   N
                   *    / \           / \
                   *   Sl  Sr        Sl  Sr
                   */
                  rb_recolor (sibling, RB_RED, cb);
                  if (rb_is_red (parent))
                    rb_recolor (parent, RB_BLACK, cb);
                  else
                    {
                      node = parent;
                      parent = rb_parent (node);
                      if (parent != NULL)
                        continue;
                    }
                  break;
                }

              /* Case 3 - left rotate at sibling
               *
               *     (p)           (p)
               *     / \           / \
               *    S   N   -->   sr  N
               *   / \           /
               *  Sl  sr        S
               *               /
               *              Sl
               */
              step_init (&step, cb);
              tmp1 = tmp2->rb_left;
              sibling->rb_right = tmp1;
              tmp2->rb_left = sibling;
              parent->rb_left = tmp2;
              if (tmp1 != NULL)
                step_set_parent_color (&step, tmp1, sibling, RB_BLACK);
              /* Not in the kernel: finish the rotation (see above). */
              rb_set_parent (sibling, tmp2);
              rb_set_parent (tmp2, parent);
              step_finish (&step, MMS_RB_ROTATE_LEFT, sibling, tmp2);
              tmp1 = sibling;
              sibling = tmp2;
            }

          /* Case 4 - right rotate at parent + colour flips
           *
           *        (p)           (s)
           *        / \           / \
           *       S   N   -->  Sl   P
           *      / \               / \
           *     sl (sr)          (sr) N
           */
          step_init (&step, cb);
          tmp2 = sibling->rb_right;
          parent->rb_left = tmp2;
          sibling->rb_right = parent;
          step_set_parent_color (&step, tmp1, sibling, RB_BLACK);
          if (tmp2 != NULL)
            rb_set_parent (tmp2, parent);
          step_rotate_set_parents (&step, parent, sibling, root, RB_BLACK);
          step_finish (&step, MMS_RB_ROTATE_RIGHT, parent, sibling);
          break;
        }
    }
}

/* __rb_erase_augmented(): unlinks NODE; returns the node below which a
 * black node went missing, or NULL when the tree is already balanced. */
static struct rb_node *
rb_erase_unlink (struct rb_node       *node,
                 struct rb_root       *root,
                 const MmsRbCallbacks *cb)
{
  struct rb_node *child = node->rb_right;
  struct rb_node *tmp = node->rb_left;
  struct rb_node *parent, *rebalance;
  guintptr pc;
  RbStep step;

  step_init (&step, cb);

  if (tmp == NULL)
    {
      /* Case 1: the node to erase has no more than one child (easy!)
       *
       *    (n)                      N
       *            -->  (nothing)    \     -->   C
       *                               c
       *
       * If there is one child, it must be red due to (5) and the node
       * black due to (4).  The child takes the node's place and colour,
       * which keeps (5) and bypasses rb_erase_color().  Removing a leaf
       * breaks (5) only if it was black. */
      pc = node->__rb_parent_color;
      parent = rb_parent (node);
      rb_change_child (node, child, parent, root);
      if (child != NULL)
        {
          step_set_parent_color (&step, child, parent, (int) (pc & 1));
          rebalance = NULL;
        }
      else
        rebalance = (pc & 1) == RB_BLACK ? parent : NULL;
      step_flush (&step);
    }
  else if (child == NULL)
    {
      /* Still case 1, but this time the child is NODE->rb_left.
       *
       *        N
       *       /       -->   C
       *      c
       */
      pc = node->__rb_parent_color;
      parent = rb_parent (node);
      rb_change_child (node, tmp, parent, root);
      step_set_parent_color (&step, tmp, parent, (int) (pc & 1));
      rebalance = NULL;
      step_flush (&step);
    }
  else
    {
      struct rb_node *successor = child, *child2;

      tmp = child->rb_left;
      if (tmp == NULL)
        {
          /* Case 2: the node's successor is its right child
           *
           *    (n)          (s)
           *    / \          / \
           *  (x) (s)  ->  (x) (c)
           *        \
           *        (c)
           */
          parent = successor;
          child2 = successor->rb_right;
        }
      else
        {
          /* Case 3: the node's successor is leftmost under the node's
           * right child subtree
           *
           *    (n)          (s)
           *    / \          / \
           *  (x) (y)  ->  (x) (y)
           *      /            /
           *    (p)          (p)
           *    /            /
           *  (s)          (c)
           *    \
           *    (c)
           */
          do
            {
              parent = successor;
              successor = tmp;
              tmp = tmp->rb_left;
            }
          while (tmp != NULL);
          child2 = successor->rb_right;
          parent->rb_left = child2;
          successor->rb_right = child;
          rb_set_parent (child, successor);
        }

      tmp = node->rb_left;
      successor->rb_left = tmp;
      rb_set_parent (tmp, successor);

      pc = node->__rb_parent_color;
      tmp = rb_parent (node);
      rb_change_child (node, successor, tmp, root);

      if (child2 != NULL)
        {
          /* The successor has no left child, so a right child is red (5)
           * and the successor black (4): painting the child black makes
           * up for the successor leaving, keeping (5). */
          step_set_parent_color (&step, child2, parent, RB_BLACK);
          rebalance = NULL;
        }
      else
        rebalance = rb_is_black (successor) ? parent : NULL;

      /* The successor takes the node's place and colour, so that nothing
       * changes above it. */
      step_set_parent_color (&step, successor, tmp, (int) (pc & 1));
      step_finish (&step, MMS_RB_REPLACE, node, successor);
    }

  return rebalance;
}

/* rb_erase() */
void
mms_rb_erase (struct rb_node       *node,
              struct rb_root       *root,
              const MmsRbCallbacks *cb)
{
  struct rb_node *rebalance;

  g_return_if_fail (node != NULL && root != NULL);

  rebalance = rb_erase_unlink (node, root, cb);
  if (rebalance != NULL)
    rb_erase_color (rebalance, root, cb);
}

struct rb_node *
rb_first (const struct rb_root *root)
{
  struct rb_node *n = root->rb_node;

  if (n == NULL)
    return NULL;
  while (n->rb_left != NULL)
    n = n->rb_left;
  return n;
}

struct rb_node *
rb_last (const struct rb_root *root)
{
  struct rb_node *n = root->rb_node;

  if (n == NULL)
    return NULL;
  while (n->rb_right != NULL)
    n = n->rb_right;
  return n;
}

struct rb_node *
rb_next (const struct rb_node *node)
{
  struct rb_node *parent;

  if (RB_EMPTY_NODE (node))
    return NULL;

  /* If we have a right-hand child, go down and then left as far as we
   * can. */
  if (node->rb_right != NULL)
    {
      node = node->rb_right;
      while (node->rb_left != NULL)
        node = node->rb_left;
      return (struct rb_node *) node;
    }

  /* No right-hand children.  Everything down and left is smaller than us,
   * so any 'next' node must be in the general direction of our parent.  Go
   * up the tree; any time the ancestor is a right-hand child of its parent,
   * keep going up.  First time it's a left-hand child of its parent, said
   * parent is our 'next' node. */
  while ((parent = rb_parent (node)) != NULL && node == parent->rb_right)
    node = parent;

  return parent;
}

struct rb_node *
rb_prev (const struct rb_node *node)
{
  struct rb_node *parent;

  if (RB_EMPTY_NODE (node))
    return NULL;

  /* If we have a left-hand child, go down and then right as far as we
   * can. */
  if (node->rb_left != NULL)
    {
      node = node->rb_left;
      while (node->rb_right != NULL)
        node = node->rb_right;
      return (struct rb_node *) node;
    }

  /* No left-hand children: go up till we find an ancestor which is a
   * right-hand child of its parent. */
  while ((parent = rb_parent (node)) != NULL && node == parent->rb_left)
    node = parent;

  return parent;
}

typedef struct
{
  GCompareFunc cmp;
  const struct rb_node *prev;   /* the last node in order so far */
  guint n;                      /* nodes counted so far */
  char path[RB_MAX_DEPTH + 1];  /* 'L' and 'R' from the root to the node */
  char where[RB_MAX_DEPTH + 8];
  GError **error;
} RbCheck;

#define CHECK_FAIL(code, ...) \
  G_STMT_START { \
    g_set_error (check->error, MMS_RB_ERROR, (code), __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

/* The node at DEPTH along CHECK's path, for messages: "the root", or
 * "node LR" for the root's left child's right child. */
static const char *
check_where (RbCheck *check,
             guint    depth)
{
  check->path[depth] = '\0';
  if (depth == 0)
    return "the root";
  g_snprintf (check->where, sizeof check->where, "node %s", check->path);
  return check->where;
}

/* Checks the subtree NODE, whose parent must be PARENT, at DEPTH below the
 * root; stores its black height (its black nodes on any path down) in
 * *BLACK_HEIGHT. */
static gboolean
check_subtree (RbCheck              *check,
               const struct rb_node *node,
               const struct rb_node *parent,
               guint                 depth,
               guint                *black_height)
{
  guint left_height, right_height;

  if (node == NULL)
    {
      /* (3): leaves are black; we count no black node for them. */
      *black_height = 0;
      return TRUE;
    }

  if (depth >= RB_MAX_DEPTH)
    CHECK_FAIL (MMS_RB_ERROR_DEPTH, "%s is deeper than any red-black tree can be",
                check_where (check, depth));

  /* (1): a colour is one bit; the other spare bit must be clear. */
  if ((node->__rb_parent_color & 2) != 0)
    CHECK_FAIL (MMS_RB_ERROR_COLOR, "(1) %s has the spare colour bit set",
                check_where (check, depth));

  if (rb_parent (node) != parent)
    CHECK_FAIL (MMS_RB_ERROR_LINK, "the parent pointer of %s is not its parent",
                check_where (check, depth));

  if (node->rb_left != NULL && node->rb_left == node->rb_right)
    CHECK_FAIL (MMS_RB_ERROR_LINK, "both children of %s are the same node",
                check_where (check, depth));

  /* (4), checked from the child's side. */
  if (parent != NULL && rb_is_red (node) && rb_is_red (parent))
    CHECK_FAIL (MMS_RB_ERROR_RED_RED, "(4) %s is red, as is its parent",
                check_where (check, depth));

  check->path[depth] = 'L';
  if (!check_subtree (check, node->rb_left, node, depth + 1, &left_height))
    return FALSE;

  if (check->cmp != NULL && check->prev != NULL && check->cmp (check->prev, node) >= 0)
    CHECK_FAIL (MMS_RB_ERROR_ORDER, "%s (number %u in order) is not greater than the one "
                "before it", check_where (check, depth), check->n + 1);
  check->prev = node;
  check->n++;

  check->path[depth] = 'R';
  if (!check_subtree (check, node->rb_right, node, depth + 1, &right_height))
    return FALSE;

  if (left_height != right_height)
    CHECK_FAIL (MMS_RB_ERROR_BLACK_HEIGHT,
                "(5) below %s, the left paths have %u black nodes, the right ones %u",
                check_where (check, depth), left_height, right_height);

  *black_height = left_height + (rb_is_black (node) ? 1 : 0);
  return TRUE;
}

gboolean
mms_rb_check (const struct rb_root  *root,
              GCompareFunc           cmp,
              guint                 *n_nodes_out,
              GError               **error)
{
  RbCheck check_data = { .cmp = cmp, .prev = NULL, .n = 0, .error = error };
  RbCheck *check = &check_data;
  guint black_height;

  g_return_val_if_fail (root != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (root->rb_node != NULL && rb_is_red (root->rb_node))
    CHECK_FAIL (MMS_RB_ERROR_ROOT, "(2) the root is red");

  if (!check_subtree (check, root->rb_node, NULL, 0, &black_height))
    return FALSE;

  if (n_nodes_out != NULL)
    *n_nodes_out = check->n;
  return TRUE;
}
