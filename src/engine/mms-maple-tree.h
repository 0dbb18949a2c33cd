/* mms-maple-tree.h: a model of Linux 6.12's maple tree (lib/maple_tree.c)
 * as the mm uses it for its VMAs (see the .c file). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MAPLE_RANGE64_SLOTS  16
#define MAPLE_ARANGE64_SLOTS 10
#define MMS_MAPLE_MAX        G_MAXUINT64

/* enum maple_type (include/linux/maple_tree.h), without maple_dense. */
enum maple_type
{
  maple_leaf_64 = 1,
  maple_range_64 = 2,
  maple_arange_64 = 3,
};

/* struct maple_node: one node.  The kernel packs parent, type and slot
 * into pointers; the model keeps them as fields, and keeps the range the
 * node covers (the kernel derives it from the parent's pivots on the way
 * down).  pivot[end] is the node's max here (the kernel leaves it
 * implied when the node is full). */
struct maple_node
{
  struct maple_node *parent;          /* NULL for the root */
  guint64 min, max;
  guint8 type;
  guint8 parent_slot;
  guint8 end;                         /* the last slot in use */
  guint64 pivot[MAPLE_RANGE64_SLOTS];
  gpointer slot[MAPLE_RANGE64_SLOTS]; /* entries (leaf) or children */
  guint64 gap[MAPLE_RANGE64_SLOTS];   /* arange_64: each child's largest gap */
};

/* What the last store did, for narration and animation. */
typedef enum
{
  MMS_MAPLE_WR_NONE,
  MMS_MAPLE_WR_ROOT,        /* mas_root_expand / mas_new_root */
  MMS_MAPLE_WR_EXACT_FIT,   /* one slot overwritten */
  MMS_MAPLE_WR_NODE_STORE,  /* the leaf rewritten in place */
  MMS_MAPLE_WR_SPLIT,       /* mas_split */
  MMS_MAPLE_WR_PUSH,        /* mas_split pushed data into a sibling */
  MMS_MAPLE_WR_REBALANCE,   /* mas_rebalance */
  MMS_MAPLE_WR_SPANNING,    /* mas_wr_spanning_store */
} MmsMapleWrType;

/* struct maple_tree: MT_FLAGS_ALLOC_RANGE trees (the mm's) have
 * maple_arange_64 internal nodes with gaps. */
struct maple_tree
{
  struct maple_node *root;  /* NULL: the tree is empty */
  gboolean alloc_range;
  guint n_nodes;
  MmsMapleWrType last_wr;
  guint64 gen;              /* grows with every change (checkers skip an unchanged tree) */
  /* Nodes freed and kept for the next stores (the kernel's maple_node
   * kmem_cache does the same for it): a store replaces its nodes, and
   * 64,000 mmaps would otherwise be 64,000 trips through malloc. */
  struct maple_node *spare;
  guint n_spare;
};

void mms_mt_init (struct maple_tree *mt,
                  gboolean           alloc_range);
/* __mt_destroy(): frees every node. */
void mms_mt_destroy (struct maple_tree *mt);
/* __mt_dup(): DST (empty) becomes a node-for-node copy of SRC; entries
 * are mapped through MAP (NULL: kept). */
void mms_mt_dup (struct maple_tree *dst,
                 const struct maple_tree *src,
                 gpointer (*map) (gpointer entry, gpointer user_data),
                 gpointer user_data);

/* mas_store_gfp() of ENTRY (NULL erases) over [index, last]. */
void mms_mt_store (struct maple_tree *mt,
                   guint64            index,
                   guint64            last,
                   gpointer           entry);
/* mtree_load(): the entry at INDEX (NULL in a gap). */
gpointer mms_mt_load (const struct maple_tree *mt,
                      guint64                  index);
/* mas_find() from INDEX: the first entry whose range ends at or above
 * INDEX, with its range in *START and *LAST; NULL when none. */
gpointer mms_mt_find (const struct maple_tree *mt,
                      guint64                  index,
                      guint64                 *start,
                      guint64                 *last);
/* mas_empty_area_rev(): the highest empty range of SIZE within [min, max]:
 * TRUE and its bounds in *START, *LAST (LAST - START + 1 == SIZE, the
 * range ends where the empty area does), FALSE when there is none. */
gboolean mms_mt_empty_area_rev (const struct maple_tree *mt,
                                guint64                  min,
                                guint64                  max,
                                guint64                  size,
                                guint64                 *start,
                                guint64                 *last);
guint mms_mt_height (const struct maple_tree *mt);

/* The stable text form shared with tests/tools/mt-oracle.c (README):
 * nodes numbered in depth-first visiting order, entries named by
 * NAME (entry) (a VMA's id). */
void mms_mt_dump (const struct maple_tree *mt,
                  guint (*name) (gpointer entry),
                  GString *out);

/* Pivots ascending within each node's range, children covering their
 * slot's range exactly, all leaves at one depth, gaps equal to the largest
 * empty range below, the fill rules (no node but the root below its
 * minimum, no leaf but the last ending in NULL), n_nodes right. */
gboolean mms_mt_check (const struct maple_tree *mt,
                       GError                 **error);

/* Calls FUNC for every entry in order with its range. */
void mms_mt_foreach (const struct maple_tree *mt,
                     void (*func) (guint64 start, guint64 last, gpointer entry, gpointer data),
                     gpointer data);

G_END_DECLS
