/* test-maple-tree.c: the maple tree model (src/engine/mms-maple-tree.c).
 *
 * Random stores and erases with mms_mt_check () after every one, lookups
 * checked against a plain array of pages; and, where the kernel's maple
 * tree oracle was built (MMS_MT_ORACLE, tests/tools/mt-oracle.c), the same
 * store logs replayed by lib/maple_tree.c and the two dumps compared node
 * for node. */
#include "mms-maple-tree.h"
#include "mms-test-maple.h"
#include "mms-test-engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY(id) GUINT_TO_POINTER ((id) << 4)

static guint
entry_name (gpointer entry)
{
  return GPOINTER_TO_UINT (entry) >> 4;
}

/* Applies LOG (the oracle's input form) to one tree per mm and returns
 * what the oracle prints for it. */
static char *
replay (const char *log)
{
  g_autoptr(GHashTable) trees = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_auto(GStrv) lines = g_strsplit (log, "\n", -1);
  GString *out = g_string_new (NULL);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint mm, id, parent;
      guint64 start, last;
      struct maple_tree *mt;

      if (lines[i][0] == '\0')
        continue;
      if (sscanf (lines[i], "store %u %" G_GINT64_MODIFIER "x %" G_GINT64_MODIFIER "x %u",
                  &mm, &start, &last, &id) == 4
          || sscanf (lines[i], "dump %u", &mm) == 1 || sscanf (lines[i], "destroy %u", &mm) == 1
          || sscanf (lines[i], "dup %u %u", &mm, &parent) == 2)
        {
          mt = g_hash_table_lookup (trees, GUINT_TO_POINTER (mm));
          if (mt == NULL)
            {
              mt = g_new0 (struct maple_tree, 1);
              mms_mt_init (mt, TRUE);
              g_hash_table_insert (trees, GUINT_TO_POINTER (mm), mt);
            }
        }
      else
        {
          g_string_append_printf (out, "%s\n", lines[i]);
          continue;
        }
      if (g_str_has_prefix (lines[i], "store "))
        {
          g_autoptr(GError) error = NULL;
          mms_mt_store (mt, start, last, id != 0 ? ENTRY (id) : NULL);
          if (!mms_mt_check (mt, &error))
            g_error ("after line %u (%s): %s", i + 1, lines[i], error->message);
        }
      else if (g_str_has_prefix (lines[i], "dump "))
        mms_mt_dump (mt, entry_name, out);
      else if (g_str_has_prefix (lines[i], "destroy "))
        mms_mt_destroy (mt);
      else
        {
          struct maple_tree *src = g_hash_table_lookup (trees, GUINT_TO_POINTER (parent));
          g_assert_nonnull (src);
          mms_mt_destroy (mt);
          mms_mt_dup (mt, src, NULL, NULL);
        }
    }
  g_hash_table_iter_init (&iter, trees);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    mms_mt_destroy (value);
  return g_string_free (out, FALSE);
}

static void
compare_with_oracle (const char *log)
{
  g_autofree char *mine = replay (log);
  g_autofree char *kernel = mms_test_mt_oracle (log);

  if (kernel == NULL)
    {
      g_test_skip ("the kernel's maple tree oracle was not built (no linux-source-6.12)");
      return;
    }
  if (g_strcmp0 (mine, kernel) != 0)
    {
      g_auto(GStrv) a = g_strsplit (mine, "\n", -1);
      g_auto(GStrv) b = g_strsplit (kernel, "\n", -1);
      guint i;
      for (i = 0; a[i] != NULL && b[i] != NULL && strcmp (a[i], b[i]) == 0; i++)
        ;
      g_test_message ("first difference at output line %u: model '%s', kernel '%s'", i + 1,
                      a[i] != NULL ? a[i] : "(end)", b[i] != NULL ? b[i] : "(end)");
      g_file_set_contents ("maple-tree-log.txt", log, -1, NULL);
      g_file_set_contents ("maple-tree-model.txt", mine, -1, NULL);
      g_file_set_contents ("maple-tree-kernel.txt", kernel, -1, NULL);
    }
  g_assert_cmpstr (mine, ==, kernel);
}

/* A random log of page-aligned stores in a window of NPAGES pages: VMAs
 * mapped (fresh ids), erased, and overwritten, as munmap, mmap and
 * mprotect would; a dump after each store when EACH. */
static char *
random_log (guint32  seed,
            guint    n_ops,
            guint    npages,
            gboolean each)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *log = g_string_new (NULL);
  guint next_id = 1;
  const guint64 base = 0x10000;

  for (guint i = 0; i < n_ops; i++)
    {
      guint first = g_rand_int_range (rand, 0, npages);
      guint len = 1 + g_rand_int_range (rand, 0, g_rand_boolean (rand) ? 4 : 40);
      guint64 start = base + ((guint64) first << 12);
      guint64 last = start + ((guint64) len << 12) - 1;
      gboolean erase = g_rand_int_range (rand, 0, 3) == 0;

      g_string_append_printf (log, "store 1 %" G_GINT64_MODIFIER "x %" G_GINT64_MODIFIER "x %u\n",
                              start, last, erase ? 0 : next_id++);
      if (each)
        g_string_append (log, "dump 1\n");
    }
  g_string_append (log, "dump 1\n");
  return g_string_free (log, FALSE);
}

/* Lookups agree with a page array after every store. */
static void
test_random_lookups (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  struct maple_tree mt;
  const guint npages = 3000;
  guint *pages = g_new0 (guint, npages);
  guint next_id = 1;

  mms_mt_init (&mt, TRUE);
  for (guint i = 0; i < 4000; i++)
    {
      g_autoptr(GError) error = NULL;
      guint first = g_rand_int_range (rand, 0, npages - 50);
      guint len = 1 + g_rand_int_range (rand, 0, 40);
      guint id = g_rand_int_range (rand, 0, 3) == 0 ? 0 : next_id++;
      guint64 start = (guint64) (first + 16) << 12;

      mms_mt_store (&mt, start, start + ((guint64) len << 12) - 1, id ? ENTRY (id) : NULL);
      for (guint p = first; p < first + len; p++)
        pages[p] = id;
      if (!mms_mt_check (&mt, &error))
        g_error ("store %u: %s", i, error->message);
      for (guint k = 0; k < 20; k++)
        {
          guint p = g_rand_int_range (rand, 0, npages);
          gpointer e = mms_mt_load (&mt, ((guint64) (p + 16) << 12) + 5);
          g_assert_cmpuint (e != NULL ? entry_name (e) : 0, ==, pages[p]);
        }
    }
  /* mas_find() and the node count survive erasing everything. */
  {
    guint64 s, l;
    g_autoptr(GError) error = NULL;
    gpointer e = mms_mt_find (&mt, 0, &s, &l);
    guint p = 0;
    while (p < npages && pages[p] == 0)
      p++;
    g_assert_cmpuint (e != NULL ? entry_name (e) : 0, ==, p < npages ? pages[p] : 0);
    mms_mt_store (&mt, 16 << 12, ((guint64) (npages + 16) << 12) - 1, NULL);
    g_assert_true (mms_mt_check (&mt, &error));
    g_assert_null (mms_mt_find (&mt, 0, &s, &l));
    /* The NULL absorbed its neighbours up to [0, ULONG_MAX]: mas_new_root (). */
    g_assert_cmpuint (mt.n_nodes, ==, 0);
    g_assert_null (mt.root);
  }
  mms_mt_destroy (&mt);
  g_assert_cmpuint (mt.n_nodes, ==, 0);
  g_free (pages);
}

/* mas_empty_area_rev() finds the highest hole that fits. */
static void
test_empty_area_rev (void)
{
  struct maple_tree mt;
  guint64 start, last;

  mms_mt_init (&mt, TRUE);
  for (guint i = 0; i < 200; i++)
    mms_mt_store (&mt, 0x100000 + i * 0x3000, 0x100000 + i * 0x3000 + 0x1fff, ENTRY (i + 1));
  /* Every hole is one page; two pages fit only above the last VMA. */
  g_assert_true (mms_mt_empty_area_rev (&mt, 0x10000, 0x7fffffffffff, 0x2000, &start, &last));
  g_assert_cmphex (last, ==, 0x7fffffffffff);
  g_assert_true (mms_mt_empty_area_rev (&mt, 0x10000, 0x100000 + 199 * 0x3000, 0x1000,
                                        &start, &last));
  g_assert_cmphex (start, ==, 0x100000 + 198 * 0x3000 + 0x2000);
  g_assert_false (mms_mt_empty_area_rev (&mt, 0x100000, 0x100000 + 150 * 0x3000, 0x2000,
                                         &start, &last));
  mms_mt_store (&mt, 0x100000 + 10 * 0x3000, 0x100000 + 12 * 0x3000 - 1, NULL);
  g_assert_true (mms_mt_empty_area_rev (&mt, 0x100000, 0x100000 + 150 * 0x3000, 0x2000,
                                        &start, &last));
  g_assert_cmphex (last, ==, 0x100000 + 12 * 0x3000 - 1);
  mms_mt_destroy (&mt);
}

static void
test_oracle_sequential (void)
{
  GString *log = g_string_new (NULL);
  g_autofree char *s = NULL;

  /* 300 VMAs one after another (leaf splits, pushes, a new root level),
   * then erased from the middle out (rebalancing). */
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (log, "store 1 %x %x %u\n", 0x400000 + i * 0x2000,
                            0x400000 + i * 0x2000 + 0xfff, i + 1);
  g_string_append (log, "dump 1\n");
  for (guint i = 0; i < 300; i++)
    {
      guint k = (i * 7919) % 300;
      g_string_append_printf (log, "store 1 %x %x 0\n", 0x400000 + k * 0x2000,
                              0x400000 + k * 0x2000 + 0xfff);
      if (i % 10 == 0)
        g_string_append (log, "dump 1\n");
    }
  g_string_append (log, "dump 1\n");
  s = g_string_free (log, FALSE);
  compare_with_oracle (s);
}

static void
test_oracle_random (gconstpointer data)
{
  guint seed = GPOINTER_TO_UINT (data);
  g_autofree char *log = random_log (seed, 600, seed % 2 ? 400 : 4000, TRUE);

  compare_with_oracle (log);
}

static void
check_mm_cb (MmsMachine     *machine,
             const MmsEvent *event,
             gpointer        user_data)
{
  g_autoptr(GError) error = NULL;

  if (!mms_check_address_spaces (machine, &error))
    g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
             error->message);
}

/* One process with 800 VMAs (a tree of height 3) changed by random
 * munmap, mprotect, mmap over a range, mremap and fork: the engine's store
 * sequence for each, replayed by the kernel, gives the same trees. */
static void
test_oracle_engine_many (void)
{
  g_autoptr(MmsMachine) m = mms_test_boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, check_mm_cb, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GString) trees = g_string_new (NULL);
  struct task_struct *task;
  guint64 base;

  mms_test_mt_log_start (m);
  task = mms_test_spawn (m, "many");
  /* Top-down one page each, alternately read-only and writable, so that
   * none merges. */
  for (guint i = 0; i < 800; i++)
    g_assert_cmpint (mms_sys_mmap (task, 0, PAGE, i % 2 ? PROT_R : PROT_R | PROT_W,
                                   MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS, NULL, 0), >, 0);
  g_assert_cmpuint (mms_mt_height (&task->mm->mm_mt), ==, 3);
  mms_test_mt_checkpoint (task->mm, trees);
  base = task->mm->mmap_base - 800 * PAGE;
  for (guint i = 0; i < 300; i++)
    {
      guint64 addr = base + (guint64) g_rand_int_range (rand, 0, 800) * PAGE;
      guint64 len = (guint64) g_rand_int_range (rand, 1, g_rand_boolean (rand) ? 4 : 60) * PAGE;
      guint op = g_rand_int_range (rand, 0, 10);

      if (op < 3)
        mms_sys_munmap (task, addr, len);
      else if (op < 6)
        mms_sys_mprotect (task, addr, len, g_rand_int_range (rand, 0, 2) ? PROT_R : PROT_R | PROT_W);
      else if (op < 8)
        mms_sys_mmap (task, addr, len, PROT_R | PROT_W, MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS
                      | MMS_MAP_FIXED, NULL, 0);
      else
        mms_sys_mremap (task, addr, PAGE, (guint64) g_rand_int_range (rand, 1, 5) * PAGE,
                        MMS_MREMAP_MAYMOVE);
      if (i % 25 == 0)
        mms_test_mt_checkpoint (task->mm, trees);
      if (i == 150)
        {
          struct task_struct *child = mms_fork (task, "child", NULL);
          g_assert_nonnull (child);
          mms_sys_munmap (child, base, 500 * PAGE);
          mms_test_mt_checkpoint (child->mm, trees);
        }
    }
  mms_test_mt_checkpoint (task->mm, trees);
  mms_test_mt_compare (m, trees);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/maple-tree/random-lookups", test_random_lookups);
  g_test_add_func ("/engine/maple-tree/empty-area-rev", test_empty_area_rev);
  g_test_add_func ("/engine/maple-tree/oracle/sequential", test_oracle_sequential);
  g_test_add_func ("/engine/maple-tree/oracle/engine-many", test_oracle_engine_many);
  for (guint seed = 1; seed <= (g_getenv ("MMS_MT_SEEDS") ? (guint) atoi (g_getenv ("MMS_MT_SEEDS")) : 8); seed++)
    {
      g_autofree char *path = g_strdup_printf ("/engine/maple-tree/oracle/random-%u", seed);
      g_test_add_data_func (path, GUINT_TO_POINTER (seed), test_oracle_random);
    }
  return g_test_run ();
}
