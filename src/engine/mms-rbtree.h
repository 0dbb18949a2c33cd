/* mms-rbtree.h: red-black trees, after the kernel's include/linux/rbtree.h
 * and include/linux/rbtree_augmented.h.
 *
 * The tree is intrusive, as in the kernel: embed a struct rb_node in your
 * structure, find the insertion point yourself (the tree has no comparison
 * function), link the node with rb_link_node() and let
 * mms_rb_insert_color() rebalance.  rb_entry() gets the structure back.
 *
 * Unlike the kernel, every rotation and colour change that rebalancing
 * makes is reported through an MmsRbCallbacks, so that the GUI can animate
 * exactly what lib/rbtree.c would do.  See MmsRbOp for what is reported
 * and when.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The parent pointer and the colour share one word: nodes are at least
 * pointer-aligned, so bit 0 of a parent pointer is free to hold the colour
 * (bit 1 is unused and must be clear). */
struct rb_node
{
  guintptr __rb_parent_color;
  struct rb_node *rb_right;
  struct rb_node *rb_left;
};

struct rb_root
{
  struct rb_node *rb_node;
};

#define RB_RED   0
#define RB_BLACK 1

#define rb_parent(r)   ((struct rb_node *) ((r)->__rb_parent_color & ~(guintptr) 3))
#define rb_color(r)    ((int) ((r)->__rb_parent_color & 1))
#define rb_is_red(r)   (!rb_color (r))
#define rb_is_black(r) (rb_color (r))

#define RB_ROOT ((struct rb_root) { NULL })
#define RB_EMPTY_ROOT(root) ((root)->rb_node == NULL)

/* "Empty" nodes are known not to be in any tree: they are their own parent. */
#define RB_EMPTY_NODE(node) ((node)->__rb_parent_color == (guintptr) (node))
#define RB_CLEAR_NODE(node) ((node)->__rb_parent_color = (guintptr) (node))

/* container_of(): the structure of type TYPE whose field MEMBER is PTR. */
#define rb_entry(ptr, type, member) \
  ((type *) (void *) ((char *) (ptr) - G_STRUCT_OFFSET (type, member)))

/* What rebalancing reports, one event per change, in the order in which
 * lib/rbtree.c makes the changes.
 *
 *  MMS_RB_ROTATE_LEFT, MMS_RB_ROTATE_RIGHT: a single rotation.  NODE is the
 *    node rotated down (the old root of the subtree), OTHER the node rotated
 *    up (NODE's old right child for a left rotation, its old left child for
 *    a right rotation).  OTHER's inner child moves across to NODE.  Colours
 *    do not change here; any recolouring the kernel does with the rotation
 *    follows as RECOLOR events.
 *  MMS_RB_RECOLOR: NODE's colour becomes NEW_COLOR (RB_RED or RB_BLACK).
 *    Only actual changes are reported, but all of them, including those the
 *    kernel makes by writing a whole parent/colour word (a node taking over
 *    another's colour in a rotation, or insertion painting a node red and
 *    then, at the root, black again).
 *  MMS_RB_REPLACE: the successor swap of an erase.  NODE (being erased) has
 *    two children and is replaced by OTHER, its in-order successor (the
 *    leftmost node of NODE's right subtree): OTHER takes NODE's parent and
 *    both of NODE's children (apart from itself), and OTHER's right child,
 *    if any, takes OTHER's old place.  OTHER keeps its colour here; taking
 *    over NODE's colour is a RECOLOR event.  A node with at most one child
 *    is erased without a REPLACE event: it is unlinked before the first
 *    event and its child, if any, takes its place.
 *
 * NEW_COLOR is -1 for all but RECOLOR.
 *
 * When the callback runs, the tree in memory is exactly the tree from
 * before the operation with the events so far applied: every link and
 * parent pointer is consistent, so it may be walked (but not changed).
 * Replaying the events on a copy of the tree therefore gives the result. */
typedef enum
{
  MMS_RB_ROTATE_LEFT,
  MMS_RB_ROTATE_RIGHT,
  MMS_RB_RECOLOR,
  MMS_RB_REPLACE,
} MmsRbOp;

typedef void (*MmsRbNotify) (MmsRbOp         op,
                             struct rb_node *node,
                             struct rb_node *other,
                             int             new_color,
                             gpointer        user_data);

/* NULL where an MmsRbCallbacks is expected, or a NULL notify, reports
 * nothing. */
typedef struct
{
  MmsRbNotify notify;
  gpointer user_data;
} MmsRbCallbacks;

/* A short lower-case name for OP ("rotate-left", "recolor", ...). */
const char *mms_rb_op_name (MmsRbOp op);

/* Links NODE as a red leaf into the slot RB_LINK (&PARENT->rb_left,
 * &PARENT->rb_right, or &root->rb_node with a NULL PARENT); the caller then
 * calls mms_rb_insert_color(). */
static inline void
rb_link_node (struct rb_node  *node,
              struct rb_node  *parent,
              struct rb_node **rb_link)
{
  node->__rb_parent_color = (guintptr) parent;
  node->rb_left = node->rb_right = NULL;
  *rb_link = node;
}

/* rb_insert_color(): rebalances after rb_link_node(). */
void mms_rb_insert_color (struct rb_node       *node,
                          struct rb_root       *root,
                          const MmsRbCallbacks *cb);

/* rb_erase(): unlinks NODE from ROOT and rebalances.  NODE's own fields are
 * left stale. */
void mms_rb_erase (struct rb_node       *node,
                   struct rb_root       *root,
                   const MmsRbCallbacks *cb);

/* In-order traversal; NULL at either end (or for an empty node). */
struct rb_node *rb_first (const struct rb_root *root);
struct rb_node *rb_last (const struct rb_root *root);
struct rb_node *rb_next (const struct rb_node *node);
struct rb_node *rb_prev (const struct rb_node *node);

#define MMS_RB_ERROR (mms_rb_error_quark ())

/* Which check mms_rb_check() failed; the numbered ones are the
 * red-black properties of mms-rbtree.c. */
typedef enum
{
  MMS_RB_ERROR_COLOR,        /* (1) a node's spare bit is set */
  MMS_RB_ERROR_ROOT,         /* (2) the root is red */
  MMS_RB_ERROR_RED_RED,      /* (4) a red node has a red child */
  MMS_RB_ERROR_BLACK_HEIGHT, /* (5) two paths differ in black nodes */
  MMS_RB_ERROR_LINK,         /* a parent pointer disagrees with a child link */
  MMS_RB_ERROR_ORDER,        /* the in-order keys are not strictly increasing */
  MMS_RB_ERROR_DEPTH,        /* deeper than any red-black tree can be */
} MmsRbError;

GQuark mms_rb_error_quark (void);

/* Checks the red-black properties (1)-(5) and that every parent pointer
 * matches the child links.  With CMP (called with two struct rb_node
 * pointers, returning <0, 0 or >0), also checks that the nodes are in
 * strictly increasing order.  Stores the number of nodes in *N_NODES_OUT
 * (when not NULL, and only on success).  Returns FALSE with ERROR (in
 * MMS_RB_ERROR) at the first problem found. */
gboolean mms_rb_check (const struct rb_root  *root,
                       GCompareFunc           cmp,
                       guint                 *n_nodes_out,
                       GError               **error);

G_END_DECLS
