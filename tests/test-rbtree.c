/* test-rbtree.c: the red-black tree of mms-rbtree.c.
 *
 * Like the kernel's lib/rbtree_test.c, the bulk tests run the checker after
 * every insert and erase.  Besides, every tree here keeps a shadow copy
 * (links and colours of its own, in TestNode) that is updated only by
 * replaying the reported events; at every event and after every operation
 * the shadow must equal the real tree.  That pins down the event semantics
 * the GUI relies on.  The event tests compare the events of small,
 * hand-worked examples of each case of lib/rbtree.c with the expected ones.
 */
#include "mms-rbtree.h"

typedef struct TestNode TestNode;

struct TestNode
{
  struct rb_node rb;
  int key;
  gboolean in_tree;

  /* The shadow tree. */
  TestNode *s_left;
  TestNode *s_right;
  TestNode *s_parent;
  int s_color;
};

typedef struct
{
  struct rb_root root;
  TestNode *nodes;          /* indexed by key */
  int n_keys;
  guint count;              /* nodes in the tree */
  MmsRbCallbacks cb;
  TestNode *s_root;         /* the shadow tree's root */
  TestNode *erasing;        /* the node being erased, awaiting REPLACE */
  GString *log;             /* the events of the current operation */
  guint n_events;
} Tree;

static TestNode *
to_node (struct rb_node *rb)
{
  return rb != NULL ? rb_entry (rb, TestNode, rb) : NULL;
}

static int
cmp_nodes (gconstpointer a,
           gconstpointer b)
{
  const TestNode *na = rb_entry (a, TestNode, rb);
  const TestNode *nb = rb_entry (b, TestNode, rb);

  return (na->key > nb->key) - (na->key < nb->key);
}

/* The shadow tree. */

static void
shadow_change_child (Tree     *tree,
                     TestNode *old,
                     TestNode *new,
                     TestNode *parent)
{
  if (parent == NULL)
    tree->s_root = new;
  else if (parent->s_left == old)
    parent->s_left = new;
  else
    {
      g_assert_true (parent->s_right == old);
      parent->s_right = new;
    }
}

/* NODE goes down to the left, its right child OTHER comes up. */
static void
shadow_rotate_left (Tree     *tree,
                    TestNode *node,
                    TestNode *other)
{
  g_assert_true (other != NULL && node->s_right == other);
  node->s_right = other->s_left;
  if (other->s_left != NULL)
    other->s_left->s_parent = node;
  other->s_parent = node->s_parent;
  shadow_change_child (tree, node, other, node->s_parent);
  other->s_left = node;
  node->s_parent = other;
}

static void
shadow_rotate_right (Tree     *tree,
                     TestNode *node,
                     TestNode *other)
{
  g_assert_true (other != NULL && node->s_left == other);
  node->s_left = other->s_right;
  if (other->s_right != NULL)
    other->s_right->s_parent = node;
  other->s_parent = node->s_parent;
  shadow_change_child (tree, node, other, node->s_parent);
  other->s_right = node;
  node->s_parent = other;
}

/* NODE, with two children, is replaced by its successor SUCC, whose right
 * child takes SUCC's old place. */
static void
shadow_replace (Tree     *tree,
                TestNode *node,
                TestNode *succ)
{
  TestNode *leftmost = node->s_right;

  g_assert_true (node == tree->erasing);
  g_assert_nonnull (node->s_left);
  g_assert_nonnull (node->s_right);
  while (leftmost->s_left != NULL)
    leftmost = leftmost->s_left;
  g_assert_true (succ == leftmost);

  if (succ != node->s_right)
    {
      TestNode *succ_parent = succ->s_parent;

      succ_parent->s_left = succ->s_right;
      if (succ->s_right != NULL)
        succ->s_right->s_parent = succ_parent;
      succ->s_right = node->s_right;
      succ->s_right->s_parent = succ;
    }
  succ->s_left = node->s_left;
  succ->s_left->s_parent = succ;
  succ->s_parent = node->s_parent;
  shadow_change_child (tree, node, succ, node->s_parent);
  tree->erasing = NULL;
}

/* NODE has at most one child, which takes its place. */
static void
shadow_splice (Tree     *tree,
               TestNode *node)
{
  TestNode *child = node->s_left != NULL ? node->s_left : node->s_right;

  g_assert_true (node->s_left == NULL || node->s_right == NULL);
  shadow_change_child (tree, node, child, node->s_parent);
  if (child != NULL)
    child->s_parent = node->s_parent;
}

static void
compare_subtree (struct rb_node *rb,
                 TestNode       *shadow,
                 TestNode       *parent)
{
  if (shadow == NULL)
    {
      g_assert_null (rb);
      return;
    }
  g_assert_true (rb == &shadow->rb);
  g_assert_true (shadow->s_parent == parent);
  g_assert_true (to_node (rb_parent (rb)) == parent);
  g_assert_cmpint (rb_color (rb), ==, shadow->s_color);
  compare_subtree (rb->rb_left, shadow->s_left, shadow);
  compare_subtree (rb->rb_right, shadow->s_right, shadow);
}

/* The real tree equals its shadow. */
static void
compare_shadow (Tree *tree)
{
  compare_subtree (tree->root.rb_node, tree->s_root, NULL);
}

static void
notify_cb (MmsRbOp         op,
           struct rb_node *rb,
           struct rb_node *rb_other,
           int             new_color,
           gpointer        user_data)
{
  Tree *tree = user_data;
  TestNode *node = to_node (rb);
  TestNode *other = to_node (rb_other);

  tree->n_events++;
  if (tree->log->len > 0)
    g_string_append (tree->log, ", ");
  g_string_append_printf (tree->log, "%s %d", mms_rb_op_name (op), node->key);

  switch (op)
    {
    case MMS_RB_ROTATE_LEFT:
      g_assert_cmpint (new_color, ==, -1);
      g_string_append_printf (tree->log, " %d", other->key);
      shadow_rotate_left (tree, node, other);
      break;
    case MMS_RB_ROTATE_RIGHT:
      g_assert_cmpint (new_color, ==, -1);
      g_string_append_printf (tree->log, " %d", other->key);
      shadow_rotate_right (tree, node, other);
      break;
    case MMS_RB_RECOLOR:
      g_assert_null (other);
      g_assert_true (new_color == RB_RED || new_color == RB_BLACK);
      g_assert_cmpint (node->s_color, !=, new_color);
      g_string_append (tree->log, new_color == RB_RED ? " red" : " black");
      node->s_color = new_color;
      break;
    case MMS_RB_REPLACE:
      g_assert_cmpint (new_color, ==, -1);
      g_string_append_printf (tree->log, " %d", other->key);
      shadow_replace (tree, node, other);
      break;
    default:
      g_assert_not_reached ();
    }

  /* The tree in memory is the tree before the operation with the events
   * so far applied. */
  compare_shadow (tree);
}

static Tree *
tree_new (int n_keys)
{
  Tree *tree = g_new0 (Tree, 1);

  tree->root = RB_ROOT;
  tree->n_keys = n_keys;
  tree->nodes = g_new0 (TestNode, n_keys);
  for (int i = 0; i < n_keys; i++)
    tree->nodes[i].key = i;
  tree->cb.notify = notify_cb;
  tree->cb.user_data = tree;
  tree->log = g_string_new (NULL);
  return tree;
}

static void
tree_free (Tree *tree)
{
  g_string_free (tree->log, TRUE);
  g_free (tree->nodes);
  g_free (tree);
}

/* Runs the checker and compares the tree with its shadow and its in-order
 * traversals (both ways) with the keys in the tree. */
static void
tree_check (Tree *tree)
{
  g_autoptr(GError) error = NULL;
  guint n_nodes = G_MAXUINT;
  struct rb_node *rb;
  int key;

  g_assert_true (mms_rb_check (&tree->root, cmp_nodes, &n_nodes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nodes, ==, tree->count);
  compare_shadow (tree);

  rb = rb_first (&tree->root);
  for (key = 0; key < tree->n_keys; key++)
    if (tree->nodes[key].in_tree)
      {
        g_assert_nonnull (rb);
        g_assert_cmpint (to_node (rb)->key, ==, key);
        rb = rb_next (rb);
      }
  g_assert_null (rb);

  rb = rb_last (&tree->root);
  for (key = tree->n_keys - 1; key >= 0; key--)
    if (tree->nodes[key].in_tree)
      {
        g_assert_nonnull (rb);
        g_assert_cmpint (to_node (rb)->key, ==, key);
        rb = rb_prev (rb);
      }
  g_assert_null (rb);
}

static void
tree_insert (Tree *tree,
             int   key)
{
  TestNode *node = &tree->nodes[key];
  struct rb_node **link = &tree->root.rb_node;
  struct rb_node *parent = NULL;
  TestNode *s_parent;

  g_assert_false (node->in_tree);
  while (*link != NULL)
    {
      parent = *link;
      g_assert_cmpint (key, !=, to_node (parent)->key);
      if (key < to_node (parent)->key)
        link = &parent->rb_left;
      else
        link = &parent->rb_right;
    }
  rb_link_node (&node->rb, parent, link);

  /* The shadow links the same red leaf. */
  s_parent = to_node (parent);
  node->s_left = node->s_right = NULL;
  node->s_parent = s_parent;
  node->s_color = RB_RED;
  if (s_parent == NULL)
    tree->s_root = node;
  else if (link == &parent->rb_left)
    s_parent->s_left = node;
  else
    s_parent->s_right = node;

  g_string_truncate (tree->log, 0);
  mms_rb_insert_color (&node->rb, &tree->root, &tree->cb);
  node->in_tree = TRUE;
  tree->count++;
  tree_check (tree);
}

static void
tree_erase (Tree *tree,
            int   key)
{
  TestNode *node = &tree->nodes[key];

  g_assert_true (node->in_tree);

  /* A node with at most one child is unlinked before the first event; one
   * with two children waits for its REPLACE event. */
  if (node->s_left == NULL || node->s_right == NULL)
    shadow_splice (tree, node);
  else
    tree->erasing = node;

  g_string_truncate (tree->log, 0);
  mms_rb_erase (&node->rb, &tree->root, &tree->cb);
  g_assert_null (tree->erasing);
  node->in_tree = FALSE;
  tree->count--;
  tree_check (tree);
}

/* Fisher-Yates with a fixed seed. */
static int *
shuffled_keys (GRand *rand,
               int    n)
{
  int *keys = g_new (int, n);

  for (int i = 0; i < n; i++)
    keys[i] = i;
  for (int i = n - 1; i > 0; i--)
    {
      int j = g_rand_int_range (rand, 0, i + 1);
      int tmp = keys[i];

      keys[i] = keys[j];
      keys[j] = tmp;
    }
  return keys;
}

/* Bulk tests. */

#define N_BULK 1000

static void
test_empty (void)
{
  struct rb_root root = RB_ROOT;
  g_autoptr(GError) error = NULL;
  guint n_nodes = G_MAXUINT;
  struct rb_node node;

  g_assert_true (RB_EMPTY_ROOT (&root));
  g_assert_null (rb_first (&root));
  g_assert_null (rb_last (&root));
  g_assert_true (mms_rb_check (&root, cmp_nodes, &n_nodes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nodes, ==, 0);

  RB_CLEAR_NODE (&node);
  g_assert_true (RB_EMPTY_NODE (&node));
  g_assert_null (rb_next (&node));
  g_assert_null (rb_prev (&node));

  /* A single node, inserted and erased without callbacks. */
  rb_link_node (&node, NULL, &root.rb_node);
  g_assert_false (RB_EMPTY_NODE (&node));
  mms_rb_insert_color (&node, &root, NULL);
  g_assert_true (rb_is_black (&node));
  g_assert_true (rb_first (&root) == &node);
  g_assert_true (rb_last (&root) == &node);
  g_assert_null (rb_next (&node));
  g_assert_null (rb_prev (&node));
  g_assert_true (mms_rb_check (&root, NULL, &n_nodes, &error));
  g_assert_cmpuint (n_nodes, ==, 1);
  mms_rb_erase (&node, &root, NULL);
  g_assert_true (RB_EMPTY_ROOT (&root));
}

static void
test_sequential (void)
{
  Tree *tree = tree_new (N_BULK);

  for (int i = 0; i < N_BULK; i++)
    tree_insert (tree, i);
  for (int i = 0; i < N_BULK; i++)
    tree_erase (tree, i);
  g_assert_true (RB_EMPTY_ROOT (&tree->root));

  /* And the other way out. */
  for (int i = 0; i < N_BULK; i++)
    tree_insert (tree, i);
  for (int i = N_BULK - 1; i >= 0; i--)
    tree_erase (tree, i);
  g_assert_true (RB_EMPTY_ROOT (&tree->root));
  tree_free (tree);
}

static void
test_reverse (void)
{
  Tree *tree = tree_new (N_BULK);

  for (int i = N_BULK - 1; i >= 0; i--)
    tree_insert (tree, i);
  for (int i = N_BULK - 1; i >= 0; i--)
    tree_erase (tree, i);
  g_assert_true (RB_EMPTY_ROOT (&tree->root));

  for (int i = N_BULK - 1; i >= 0; i--)
    tree_insert (tree, i);
  for (int i = 0; i < N_BULK; i++)
    tree_erase (tree, i);
  g_assert_true (RB_EMPTY_ROOT (&tree->root));
  tree_free (tree);
}

static void
test_random (void)
{
  GRand *rand = g_rand_new_with_seed (20240611);
  Tree *tree = tree_new (N_BULK);
  int *keys;
  guint ops;

  /* All keys in, in random order, then out in another. */
  keys = shuffled_keys (rand, N_BULK);
  for (int i = 0; i < N_BULK; i++)
    tree_insert (tree, keys[i]);
  g_free (keys);
  keys = shuffled_keys (rand, N_BULK);
  for (int i = 0; i < N_BULK; i++)
    tree_erase (tree, keys[i]);
  g_free (keys);
  g_assert_true (RB_EMPTY_ROOT (&tree->root));

  /* Random inserts and erases: a key in the tree is erased, another one
   * inserted. */
  for (ops = 0; ops < 6000; ops++)
    {
      int key = g_rand_int_range (rand, 0, ops < 3000 ? 400 : N_BULK);

      if (tree->nodes[key].in_tree)
        tree_erase (tree, key);
      else
        tree_insert (tree, key);
    }
  g_assert_cmpuint (tree->count, >, 0);
  g_assert_cmpuint (tree->n_events, >, ops);

  /* Empty it again, from the first node on. */
  while (!RB_EMPTY_ROOT (&tree->root))
    tree_erase (tree, to_node (rb_first (&tree->root))->key);

  tree_free (tree);
  g_rand_free (rand);
}

/* The same operations without callbacks give the same tree. */
static void
same_shape (struct rb_node *a,
            struct rb_node *b)
{
  if (a == NULL || b == NULL)
    {
      g_assert_true (a == b);
      return;
    }
  g_assert_cmpint (to_node (a)->key, ==, to_node (b)->key);
  g_assert_cmpint (rb_color (a), ==, rb_color (b));
  same_shape (a->rb_left, b->rb_left);
  same_shape (a->rb_right, b->rb_right);
}

static void
test_no_callbacks (void)
{
  GRand *rand = g_rand_new_with_seed (7);
  Tree *tree = tree_new (300);
  g_autofree TestNode *plain = g_new0 (TestNode, 300);
  struct rb_root plain_root = RB_ROOT;

  for (int i = 0; i < 300; i++)
    plain[i].key = i;

  for (guint ops = 0; ops < 2000; ops++)
    {
      int key = g_rand_int_range (rand, 0, 300);

      if (tree->nodes[key].in_tree)
        {
          tree_erase (tree, key);
          mms_rb_erase (&plain[key].rb, &plain_root, NULL);
        }
      else
        {
          struct rb_node **link = &plain_root.rb_node, *parent = NULL;

          tree_insert (tree, key);
          while (*link != NULL)
            {
              parent = *link;
              link = key < to_node (parent)->key ? &parent->rb_left : &parent->rb_right;
            }
          rb_link_node (&plain[key].rb, parent, link);
          mms_rb_insert_color (&plain[key].rb, &plain_root, NULL);
        }
      same_shape (tree->root.rb_node, plain_root.rb_node);
    }

  tree_free (tree);
  g_rand_free (rand);
}

/* Event tests: each operation's events, worked out by hand from
 * lib/rbtree.c. */

static void
insert_expect (Tree       *tree,
               int         key,
               const char *events)
{
  tree_insert (tree, key);
  g_assert_cmpstr (tree->log->str, ==, events);
}

static void
erase_expect (Tree       *tree,
              int         key,
              const char *events)
{
  tree_erase (tree, key);
  g_assert_cmpstr (tree->log->str, ==, events);
}

/* Builds a tree by inserting KEYS (ending with -1), ignoring the events. */
static Tree *
tree_build (const int *keys)
{
  Tree *tree = tree_new (10);

  for (int i = 0; keys[i] >= 0; i++)
    tree_insert (tree, keys[i]);
  return tree;
}

/* The tree as text: each node as KEY(LEFT RIGHT), with an "r" after the
 * key of a red node, and "." for an empty subtree. */
static void
shape_append (GString        *out,
              struct rb_node *rb)
{
  if (rb == NULL)
    {
      g_string_append_c (out, '.');
      return;
    }
  g_string_append_printf (out, "%d%s(", to_node (rb)->key, rb_is_red (rb) ? "r" : "");
  shape_append (out, rb->rb_left);
  g_string_append_c (out, ' ');
  shape_append (out, rb->rb_right);
  g_string_append_c (out, ')');
}

static void
assert_shape (Tree       *tree,
              const char *shape)
{
  g_autoptr(GString) out = g_string_new (NULL);

  shape_append (out, tree->root.rb_node);
  g_assert_cmpstr (out->str, ==, shape);
}

static void
test_events_insert (void)
{
  Tree *tree;

  /* 1, 2, 3: the root is painted black, then case 3 (mirror): left
   * rotation at 1, 2 takes 1's black and 1 becomes red. */
  tree = tree_new (10);
  insert_expect (tree, 1, "recolor 1 black");
  insert_expect (tree, 2, "");
  insert_expect (tree, 3, "rotate-left 1 2, recolor 2 black, recolor 1 red");
  assert_shape (tree, "2(1r(. .) 3r(. .))");
  tree_free (tree);

  /* 3, 2, 1: the mirror image, case 3. */
  tree = tree_new (10);
  insert_expect (tree, 3, "recolor 3 black");
  insert_expect (tree, 2, "");
  insert_expect (tree, 1, "rotate-right 3 2, recolor 2 black, recolor 3 red");
  assert_shape (tree, "2(1r(. .) 3r(. .))");
  tree_free (tree);

  /* 1, 3, 2: case 2 (right rotation at the parent) runs into case 3. */
  tree = tree_new (10);
  insert_expect (tree, 1, "recolor 1 black");
  insert_expect (tree, 3, "");
  insert_expect (tree, 2, "rotate-right 3 2, rotate-left 1 2, recolor 2 black, recolor 1 red");
  assert_shape (tree, "2(1r(. .) 3r(. .))");
  tree_free (tree);

  /* 3, 1, 2: its mirror image. */
  tree = tree_new (10);
  insert_expect (tree, 3, "recolor 3 black");
  insert_expect (tree, 1, "");
  insert_expect (tree, 2, "rotate-left 1 2, rotate-right 3 2, recolor 2 black, recolor 3 red");
  assert_shape (tree, "2(1r(. .) 3r(. .))");
  tree_free (tree);

  /* 2, 1, 3, 4: case 1 flips the colours and recurses at the root, which
   * the kernel paints red and then black again. */
  tree = tree_new (10);
  insert_expect (tree, 2, "recolor 2 black");
  insert_expect (tree, 1, "");
  insert_expect (tree, 3, "");
  insert_expect (tree, 4, "recolor 1 black, recolor 3 black, recolor 2 red, recolor 2 black");
  assert_shape (tree, "2(1(. .) 3(. 4r(. .)))");
  tree_free (tree);

  /* 4, 2, 5, 1, 3, 0: case 1 twice, the second time stopping below the
   * black root. */
  tree = tree_new (10);
  insert_expect (tree, 4, "recolor 4 black");
  insert_expect (tree, 2, "");
  insert_expect (tree, 5, "");
  insert_expect (tree, 1, "recolor 5 black, recolor 2 black, recolor 4 red, recolor 4 black");
  insert_expect (tree, 3, "");
  insert_expect (tree, 0, "recolor 3 black, recolor 1 black, recolor 2 red");
  assert_shape (tree, "4(2r(1(0r(. .) .) 3(. .)) 5(. .))");
  tree_free (tree);

  /* 1 to 6: case 3 at 3 when inserting 5, case 1 when inserting 6. */
  tree = tree_new (10);
  for (int i = 1; i <= 4; i++)
    tree_insert (tree, i);
  insert_expect (tree, 5, "rotate-left 3 4, recolor 4 black, recolor 3 red");
  insert_expect (tree, 6, "recolor 3 black, recolor 5 black, recolor 4 red");
  assert_shape (tree, "2(1(. .) 4r(3(. .) 5(. 6r(. .))))");
  tree_free (tree);
}

static void
test_events_erase (void)
{
  Tree *tree;

  /* Erase case 1, no child: a red leaf goes without rebalancing. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, -1 });
  assert_shape (tree, "2(1(. .) 3(. 4r(. .)))");
  erase_expect (tree, 4, "");
  assert_shape (tree, "2(1(. .) 3(. .))");
  tree_free (tree);

  /* Erase case 1, a right child: it takes the node's black. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, -1 });
  erase_expect (tree, 3, "recolor 4 black");
  assert_shape (tree, "2(1(. .) 4(. .))");
  tree_free (tree);

  /* Erase case 1, a left child. */
  tree = tree_build ((const int []) { 1, 2, 4, 3, -1 });
  assert_shape (tree, "2(1(. .) 4(3r(. .) .))");
  erase_expect (tree, 4, "recolor 3 black");
  assert_shape (tree, "2(1(. .) 3(. .))");
  tree_free (tree);

  /* Erase case 2 (the successor is the right child), red successor: it
   * takes the node's black, no rebalancing. */
  tree = tree_build ((const int []) { 1, 2, 3, -1 });
  erase_expect (tree, 2, "replace 2 3, recolor 3 black");
  assert_shape (tree, "3(1r(. .) .)");
  tree_free (tree);

  /* Erase case 2, black successor without a child: rebalancing at the
   * successor, whose missing black is on its right; rebalance case 2
   * (mirror) recurses up to the root. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, -1 });
  erase_expect (tree, 4, "");
  erase_expect (tree, 2, "replace 2 3, recolor 1 red");
  assert_shape (tree, "3(1r(. .) .)");
  tree_free (tree);

  /* Erase case 2, the successor's red right child takes its black, and
   * the successor the erased node's red (the kernel writes the child
   * first). */
  tree = tree_build ((const int []) { 1, 2, 3, 4, 5, 6, -1 });
  erase_expect (tree, 4, "replace 4 5, recolor 6 black, recolor 5 red");
  assert_shape (tree, "2(1(. .) 5r(3(. .) 6(. .)))");
  tree_free (tree);

  /* Erase case 3: the successor is the leftmost node of the right
   * subtree. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, 5, -1 });
  assert_shape (tree, "2(1(. .) 4(3r(. .) 5r(. .)))");
  erase_expect (tree, 2, "replace 2 3, recolor 3 black");
  assert_shape (tree, "3(1(. .) 4(. 5r(. .)))");
  tree_free (tree);

  /* Rebalance case 2 with a black parent, recursing to the root. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, -1 });
  erase_expect (tree, 4, "");
  erase_expect (tree, 1, "recolor 3 red");
  assert_shape (tree, "2(. 3r(. .))");
  tree_free (tree);

  /* Rebalance case 2 with a red parent, which becomes black. */
  tree = tree_build ((const int []) { 4, 2, 5, 1, 3, 0, -1 });
  erase_expect (tree, 0, "");
  erase_expect (tree, 1, "recolor 3 red, recolor 2 black");
  assert_shape (tree, "4(2(. 3r(. .)) 5(. .))");
  tree_free (tree);

  /* Rebalance case 1 (red sibling) into case 2 with the now red
   * parent. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, 5, 6, -1 });
  erase_expect (tree, 6, "");
  assert_shape (tree, "2(1(. .) 4r(3(. .) 5(. .)))");
  erase_expect (tree, 1, "rotate-left 2 4, recolor 4 black, recolor 2 red, "
                "recolor 3 red, recolor 2 black");
  assert_shape (tree, "4(2(. 3r(. .)) 5(. .))");
  tree_free (tree);

  /* Rebalance case 4 alone: the sibling's red right child turns black. */
  tree = tree_build ((const int []) { 1, 2, 3, 4, -1 });
  erase_expect (tree, 1, "rotate-left 2 3, recolor 4 black");
  assert_shape (tree, "3(2(. .) 4(. .))");
  tree_free (tree);

  /* Rebalance case 3 into case 4: sl takes p's colour. */
  tree = tree_build ((const int []) { 1, 2, 4, 3, -1 });
  erase_expect (tree, 1, "rotate-right 4 3, rotate-left 2 3, recolor 3 black");
  assert_shape (tree, "3(2(. .) 4(. .))");
  tree_free (tree);

  /* Its mirror image. */
  tree = tree_build ((const int []) { 4, 3, 1, 2, -1 });
  assert_shape (tree, "3(1(. 2r(. .)) 4(. .))");
  erase_expect (tree, 4, "rotate-left 1 2, rotate-right 3 2, recolor 2 black");
  assert_shape (tree, "2(1(. .) 3(. .))");
  tree_free (tree);
}

static void
test_op_names (void)
{
  g_assert_cmpstr (mms_rb_op_name (MMS_RB_ROTATE_LEFT), ==, "rotate-left");
  g_assert_cmpstr (mms_rb_op_name (MMS_RB_ROTATE_RIGHT), ==, "rotate-right");
  g_assert_cmpstr (mms_rb_op_name (MMS_RB_RECOLOR), ==, "recolor");
  g_assert_cmpstr (mms_rb_op_name (MMS_RB_REPLACE), ==, "replace");
}

/* Checker tests: hand-built trees, each breaking one thing. */

static void
set_node (TestNode *node,
          TestNode *parent,
          int       color,
          TestNode *left,
          TestNode *right)
{
  node->rb.__rb_parent_color = (guintptr) (parent != NULL ? &parent->rb : NULL) | (guintptr) color;
  node->rb.rb_left = left != NULL ? &left->rb : NULL;
  node->rb.rb_right = right != NULL ? &right->rb : NULL;
}

/* Nodes keyed 0-3 for the hand-built trees. */
static TestNode *
hand_nodes (void)
{
  TestNode *nodes = g_new0 (TestNode, 4);

  for (int i = 0; i < 4; i++)
    nodes[i].key = i;
  return nodes;
}

static void
assert_broken (struct rb_root *root,
               GCompareFunc    cmp,
               MmsRbError      code)
{
  g_autoptr(GError) error = NULL;
  guint n_nodes = G_MAXUINT;

  g_assert_false (mms_rb_check (root, cmp, &n_nodes, &error));
  g_assert_error (error, MMS_RB_ERROR, (gint) code);
  g_assert_cmpuint (n_nodes, ==, G_MAXUINT);
  g_test_message ("as expected: %s", error->message);
}

static void
test_check_valid (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[2].rb };
  g_autoptr(GError) error = NULL;
  guint n_nodes = 0;

  /*     2
   *    / \
   *   1   3
   *  /
   * 0r
   */
  set_node (&n[2], NULL, RB_BLACK, &n[1], &n[3]);
  set_node (&n[1], &n[2], RB_BLACK, &n[0], NULL);
  set_node (&n[3], &n[2], RB_BLACK, NULL, NULL);
  set_node (&n[0], &n[1], RB_RED, NULL, NULL);
  g_assert_true (mms_rb_check (&root, cmp_nodes, &n_nodes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_nodes, ==, 4);
  g_assert_true (mms_rb_check (&root, cmp_nodes, NULL, NULL));
}

static void
test_check_red_root (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[1].rb };

  set_node (&n[1], NULL, RB_RED, NULL, NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_ROOT);
}

static void
test_check_red_red (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[2].rb };

  /* Every path has one black node, but 1 and 0 are both red:
   *
   *      2
   *     / \
   *    1r  3r
   *   /
   *  0r
   */
  set_node (&n[2], NULL, RB_BLACK, &n[1], &n[3]);
  set_node (&n[1], &n[2], RB_RED, &n[0], NULL);
  set_node (&n[3], &n[2], RB_RED, NULL, NULL);
  set_node (&n[0], &n[1], RB_RED, NULL, NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_RED_RED);
}

static void
test_check_black_height (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[2].rb };

  /*      2
   *     / \
   *    1   3
   *   /
   *  0
   */
  set_node (&n[2], NULL, RB_BLACK, &n[1], &n[3]);
  set_node (&n[1], &n[2], RB_BLACK, &n[0], NULL);
  set_node (&n[3], &n[2], RB_BLACK, NULL, NULL);
  set_node (&n[0], &n[1], RB_BLACK, NULL, NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_BLACK_HEIGHT);

  /* The same after a red 3 (only the root's sides differ now). */
  set_node (&n[3], &n[2], RB_RED, NULL, NULL);
  set_node (&n[0], &n[1], RB_RED, NULL, NULL);
  set_node (&n[1], &n[2], RB_BLACK, &n[0], NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_BLACK_HEIGHT);
}

static void
test_check_order (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[2].rb };
  guint n_nodes = 0;

  /* 3 and 1 swapped: a valid red-black tree out of order. */
  set_node (&n[2], NULL, RB_BLACK, &n[3], &n[1]);
  set_node (&n[3], &n[2], RB_RED, NULL, NULL);
  set_node (&n[1], &n[2], RB_RED, NULL, NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_ORDER);

  /* Without a comparison function, nothing is wrong. */
  g_assert_true (mms_rb_check (&root, NULL, &n_nodes, NULL));
  g_assert_cmpuint (n_nodes, ==, 3);

  /* Equal keys are out of order too. */
  n[3].key = 2;
  set_node (&n[2], NULL, RB_BLACK, NULL, &n[3]);
  set_node (&n[3], &n[2], RB_RED, NULL, NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_ORDER);
}

static void
test_check_links (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[2].rb };

  /* 3's parent pointer names 1. */
  set_node (&n[2], NULL, RB_BLACK, &n[1], &n[3]);
  set_node (&n[1], &n[2], RB_RED, NULL, NULL);
  set_node (&n[3], &n[1], RB_RED, NULL, NULL);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_LINK);

  /* The root has a parent. */
  set_node (&n[3], &n[2], RB_RED, NULL, NULL);
  set_node (&n[2], &n[0], RB_BLACK, &n[1], &n[3]);
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_LINK);

  /* A node is both children of another. */
  set_node (&n[2], NULL, RB_BLACK, &n[1], &n[1]);
  assert_broken (&root, NULL, MMS_RB_ERROR_LINK);
}

static void
test_check_color_bit (void)
{
  g_autofree TestNode *n = hand_nodes ();
  struct rb_root root = { &n[2].rb };

  set_node (&n[2], NULL, RB_BLACK, &n[1], &n[3]);
  set_node (&n[1], &n[2], RB_RED, NULL, NULL);
  set_node (&n[3], &n[2], RB_RED, NULL, NULL);
  g_assert_true (mms_rb_check (&root, cmp_nodes, NULL, NULL));
  n[1].rb.__rb_parent_color |= 2;
  assert_broken (&root, cmp_nodes, MMS_RB_ERROR_COLOR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/rbtree/empty", test_empty);
  g_test_add_func ("/engine/rbtree/sequential", test_sequential);
  g_test_add_func ("/engine/rbtree/reverse", test_reverse);
  g_test_add_func ("/engine/rbtree/random", test_random);
  g_test_add_func ("/engine/rbtree/no-callbacks", test_no_callbacks);
  g_test_add_func ("/engine/rbtree/events/insert", test_events_insert);
  g_test_add_func ("/engine/rbtree/events/erase", test_events_erase);
  g_test_add_func ("/engine/rbtree/events/op-names", test_op_names);
  g_test_add_func ("/engine/rbtree/check/valid", test_check_valid);
  g_test_add_func ("/engine/rbtree/check/red-root", test_check_red_root);
  g_test_add_func ("/engine/rbtree/check/red-red", test_check_red_red);
  g_test_add_func ("/engine/rbtree/check/black-height", test_check_black_height);
  g_test_add_func ("/engine/rbtree/check/order", test_check_order);
  g_test_add_func ("/engine/rbtree/check/links", test_check_links);
  g_test_add_func ("/engine/rbtree/check/color-bit", test_check_color_bit);

  return g_test_run ();
}
