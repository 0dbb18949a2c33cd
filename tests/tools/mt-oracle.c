/* mt-oracle.c: the kernel's own maple tree as the oracle of the engine's.
 *
 * Built only by the test suite, against lib/maple_tree.c of the Debian
 * package linux-source-6.12 through tools/testing/shared (the user-space
 * harness of tools/testing/radix-tree, with liburcu): meson extracts those
 * files from /usr/src/linux-source-6.12.tar.xz into the build directory at
 * build time; no kernel code is in this project.
 *
 * It reads the store log that the engine writes (mms_mm_mt_log, README
 * "The maple tree") on standard input and replays it with the mm's flags
 * (MT_FLAGS_ALLOC_RANGE | MT_FLAGS_USE_RCU), one tree per mm:
 *   store MM START LAST ID   mas_store_gfp() of VMA ID (0: NULL) over
 *                            [START, LAST] (hex)
 *   dup CHILD PARENT         __mt_dup() of the parent's tree (fork)
 *   destroy MM               __mt_destroy() (exit, exec)
 *   dump MM                  prints the tree in the engine's text form
 *   anything else            copied to the output as it is
 * After every store it runs mt_validate().  The text form is the one of
 * mms_mt_dump() (src/engine/mms-maple-tree.c): nodes numbered in
 * depth-first visiting order, their range, then one line per slot.
 */
/* The kernel's x86-64 node layout (16 slots): maple_tree.h is read before
 * anything includes generated/autoconf.h, which would say CONFIG_64BIT,
 * and without it the nodes are the 32-bit ones (32 slots). */
#ifndef CONFIG_64BIT
#define CONFIG_64BIT 1
#endif
#include "maple-shared.h"
#include "../../../lib/maple_tree.c"

#include <stdio.h>
#include <string.h>

/* The harness's switch (tools/testing/radix-tree/main.c defines it). */
int kmalloc_verbose;


#define MAX_MMS 4096
#define ENTRY_BASE 0x100000UL

static struct maple_tree *trees[MAX_MMS];

static void *
entry_of (unsigned long id)
{
  return id == 0 ? NULL : (void *) (ENTRY_BASE + (id << 4));
}

static unsigned long
id_of (void *entry)
{
  return ((unsigned long) entry - ENTRY_BASE) >> 4;
}

static struct maple_tree *
tree (unsigned long mm)
{
  if (mm >= MAX_MMS)
    {
      fprintf (stderr, "mt-oracle: mm %lu is out of range\n", mm);
      exit (2);
    }
  if (trees[mm] == NULL)
    {
      trees[mm] = calloc (1, sizeof (struct maple_tree));
      mt_init_flags (trees[mm], MT_FLAGS_ALLOC_RANGE | MT_FLAGS_USE_RCU);
    }
  return trees[mm];
}

static const char *
type_name (enum maple_type type)
{
  switch (type)
    {
    case maple_leaf_64: return "leaf_64";
    case maple_range_64: return "range_64";
    case maple_arange_64: return "arange_64";
    default: return "?";
    }
}

/* Numbers in depth-first visiting order. */
static unsigned int counter;

static unsigned int
count_nodes (struct maple_enode *enode)
{
  struct maple_node *node = mte_to_node (enode);
  enum maple_type type = mte_node_type (enode);
  unsigned int n = 1;

  if (!ma_is_leaf (type))
    {
      unsigned long *pivots = ma_pivots (node, type);
      void __rcu **slots = ma_slots (node, type);
      unsigned char end = ma_data_end (node, type, pivots, ULONG_MAX);
      for (unsigned char i = 0; i <= end; i++)
        n += count_nodes (slots[i]);
    }
  return n;
}

static unsigned int
dump_node (struct maple_enode *enode,
           unsigned long       min,
           unsigned long       max,
           unsigned int        depth)
{
  struct maple_node *node = mte_to_node (enode);
  enum maple_type type = mte_node_type (enode);
  unsigned long *pivots = ma_pivots (node, type);
  void __rcu **slots = ma_slots (node, type);
  unsigned char end = ma_data_end (node, type, pivots, max);
  unsigned int number = ++counter;
  unsigned int child_number = number + 1;
  unsigned long first = min;

  printf ("node %u depth %u %s 0x%lx-0x%lx\n", number, depth, type_name (type), min, max);
  for (unsigned char i = 0; i <= end; i++)
    {
      unsigned long last = i < end && i < mt_pivots[type] ? pivots[i] : max;

      printf ("  %2u 0x%lx-0x%lx", i, first, last);
      if (ma_is_leaf (type))
        {
          if (slots[i] == NULL)
            printf (" NULL\n");
          else
            printf (" vma %lu\n", id_of (slots[i]));
        }
      else
        {
          if (type == maple_arange_64)
            printf (" gap 0x%lx", ma_gaps (node, type)[i]);
          printf (" node %u\n", child_number);
          child_number += count_nodes (slots[i]);
        }
      first = last + 1;
    }
  if (!ma_is_leaf (type))
    {
      first = min;
      for (unsigned char i = 0; i <= end; i++)
        {
          unsigned long last = i < end && i < mt_pivots[type] ? pivots[i] : max;
          dump_node (slots[i], first, last, depth + 1);
          first = last + 1;
        }
    }
  return number;
}

static void
dump (struct maple_tree *mt)
{
  void *root = rcu_dereference_raw (mt->ma_root);

  if (root == NULL)
    {
      printf ("maple_tree height 0 nodes 0\n");
      return;
    }
  if (!xa_is_node (root))
    {
      printf ("maple_tree height 0 nodes 0 root-entry vma %lu\n", id_of (root));
      return;
    }
  printf ("maple_tree height %u nodes %u\n", mt_height (mt), count_nodes (mte_safe_root (root)));
  counter = 0;
  dump_node (mte_safe_root (root), 0, ULONG_MAX, 0);
}

int
main (void)
{
  char line[512];

  maple_tree_init ();
  rcu_register_thread ();
  while (fgets (line, sizeof line, stdin) != NULL)
    {
      unsigned long mm, start, last, id, parent;

      if (sscanf (line, "store %lu %lx %lx %lu", &mm, &start, &last, &id) == 4)
        {
          struct maple_tree *mt = tree (mm);
          MA_STATE (mas, mt, start, last);
          if (mas_store_gfp (&mas, entry_of (id), GFP_KERNEL) != 0)
            {
              fprintf (stderr, "mt-oracle: mas_store_gfp failed\n");
              return 1;
            }
          mt_validate (mt);
        }
      else if (sscanf (line, "dup %lu %lu", &mm, &parent) == 2)
        {
          struct maple_tree *mt = tree (mm);
          if (__mt_dup (tree (parent), mt, GFP_KERNEL) != 0)
            {
              fprintf (stderr, "mt-oracle: __mt_dup failed\n");
              return 1;
            }
        }
      else if (sscanf (line, "destroy %lu", &mm) == 1)
        __mt_destroy (tree (mm));
      else if (sscanf (line, "dump %lu", &mm) == 1)
        dump (tree (mm));
      else
        fputs (line, stdout);
    }
  for (unsigned long i = 0; i < MAX_MMS; i++)
    if (trees[i] != NULL)
      {
        __mt_destroy (trees[i]);
        free (trees[i]);
      }
  rcu_barrier ();
  return 0;
}
