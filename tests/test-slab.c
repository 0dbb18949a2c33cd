/* test-slab.c: slab caches, kmalloc and kfree, with the checkers after
 * every event. */
#include "mms-test-engine.h"

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  guint *events = user_data;

  (*events)++;
  mms_test_check_event (machine, event);
}

static MmsMachine *
boot (guint64  ram,
      guint   *events)
{
  return mms_test_boot (MMS_ARCH_PRESET_X86_64, ram, 0, check_after_event_cb, events);
}

static void
assert_one_free_slab_at_most (MmsMachine *m)
{
  for (guint i = 0; i < m->caches->len; i++)
    {
      struct kmem_cache *cache = m->caches->pdata[i];
      g_assert_cmpuint (cache->slabs_free.length, <=, 1);
    }
}

static void
test_grow_and_shrink (void)
{
  guint events = 0;
  g_autoptr(MmsMachine) m = boot (16 << 20, &events);
  struct kmem_cache *vma = mms_kmem_cache_find (m, "vm_area_struct");
  guint64 addrs[50];
  guint64 free_before = mms_machine_free_frames (m);

  g_assert_nonnull (vma);
  g_assert_cmpuint (vma->object_size, ==, 192);
  g_assert_cmpuint (vma->objs_per_slab, ==, 21);

  for (guint i = 0; i < 50; i++)
    g_assert_true (mms_kmem_cache_alloc (m, vma, &addrs[i]));
  /* 50 objects: two full slabs of 21 and one partial slab with 8. */
  g_assert_cmpuint (vma->slabs_full.length, ==, 2);
  g_assert_cmpuint (vma->slabs_partial.length, ==, 1);
  g_assert_cmpuint (vma->slabs_free.length, ==, 0);
  g_assert_cmpuint (vma->active_objs, ==, 50);
  g_assert_cmpuint (mms_machine_free_frames (m), ==, free_before - 3);
  /* Objects of one slab are consecutive, 192 bytes apart. */
  g_assert_cmpuint (addrs[1] - addrs[0], ==, 192);

  /* Freeing all: the first slab to empty is kept, the others go back. */
  for (guint i = 0; i < 50; i++)
    {
      g_assert_true (mms_kmem_cache_free (m, vma, addrs[i]));
      assert_one_free_slab_at_most (m);
    }
  g_assert_cmpuint (vma->slabs_free.length, ==, 1);
  g_assert_cmpuint (vma->active_objs, ==, 0);
  g_assert_cmpuint (mms_machine_free_frames (m), ==, free_before - 1);
  /* A double free changes nothing. */
  g_assert_false (mms_kmem_cache_free (m, vma, addrs[0]));
  g_assert_cmpuint (events, >, 100);
}

static void
test_kmalloc_sizes (void)
{
  guint events = 0;
  g_autoptr(MmsMachine) m = boot (16 << 20, &events);
  const struct { guint64 size; const char *cache; } cases[] = {
    { 1, "kmalloc-8" }, { 8, "kmalloc-8" }, { 9, "kmalloc-16" }, { 33, "kmalloc-64" },
    { 65, "kmalloc-96" }, { 97, "kmalloc-128" }, { 129, "kmalloc-192" }, { 193, "kmalloc-256" },
    { 257, "kmalloc-512" }, { 1000, "kmalloc-1k" }, { 2048, "kmalloc-2k" },
    { 4097, "kmalloc-8k" }, { 8192, "kmalloc-8k" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (mms_kmalloc_cache (m, cases[i].size)->name, ==, cases[i].cache);
  g_assert_null (mms_kmalloc_cache (m, 8193));
}

static void
test_kmalloc_large (void)
{
  guint events = 0;
  g_autoptr(MmsMachine) m = boot (16 << 20, &events);
  guint64 free_before = mms_machine_free_frames (m);
  guint64 addr = 0, small = 0;

  /* 20 KiB is kmalloc_large: an order-3 block from the buddy allocator. */
  g_assert_true (mms_kmalloc (m, 20 << 10, &addr));
  g_assert_cmpuint (mms_machine_free_frames (m), ==, free_before - 8);
  g_assert_true (mms_kmalloc (m, 100, &small));
  g_assert_true (mms_kfree (m, small));
  g_assert_false (mms_kfree (m, small + 1));
  g_assert_true (mms_kfree (m, addr));
  /* kmalloc-128's one slab stays as its free slab. */
  g_assert_cmpuint (mms_machine_free_frames (m), ==, free_before - 1);
  /* More than 4 MiB cannot be had at all (order > 10). */
  g_assert_false (mms_kmalloc (m, 5 << 20, &addr));
}

static void
test_exhaustion (void)
{
  guint events = 0;
  g_autoptr(MmsMachine) m = boot (1 << 20, &events);
  struct kmem_cache *mm = mms_kmem_cache_find (m, "mm_struct");
  guint64 addr;
  guint n = 0;

  /* 1 MiB = 255 free frames; mm_struct slabs are order 3. */
  while (mms_kmem_cache_alloc (m, mm, &addr))
    n++;
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n % mm->objs_per_slab, ==, 0);
  g_assert_cmpuint (mm->slabs_partial.length, ==, 0);
}

static void
test_random (void)
{
  guint events = 0;
  g_autoptr(MmsMachine) m = boot (8 << 20, &events);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  g_autoptr(GArray) live = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint step = 0; step < 4000; step++)
    {
      if (live->len == 0 || g_rand_int_range (rand, 0, 100) < 55)
        {
          guint64 size = g_rand_int_range (rand, 1, 100) < 90 ? g_rand_int_range (rand, 1, 600)
                                                              : g_rand_int_range (rand, 600, 20000);
          guint64 addr;
          if (mms_kmalloc (m, size, &addr))
            g_array_append_val (live, addr);
        }
      else
        {
          guint i = g_rand_int_range (rand, 0, live->len);
          g_assert_true (mms_kfree (m, g_array_index (live, guint64, i)));
          g_array_remove_index_fast (live, i);
        }
      assert_one_free_slab_at_most (m);
    }
  for (guint i = 0; i < live->len; i++)
    g_assert_true (mms_kfree (m, g_array_index (live, guint64, i)));
  for (guint i = 0; i < m->caches->len; i++)
    g_assert_cmpuint (((struct kmem_cache *) m->caches->pdata[i])->active_objs, ==, 0);
}

static void
test_slabinfo (void)
{
  guint events = 0;
  g_autoptr(MmsMachine) m = boot (16 << 20, &events);
  g_autoptr(GString) out = g_string_new (NULL);
  struct kmem_cache *anon = mms_kmem_cache_find (m, "anon_vma");
  guint64 addr;

  for (guint i = 0; i < 40; i++)
    g_assert_true (mms_kmem_cache_alloc (m, anon, &addr));
  mms_report_slabinfo (m, out);
  g_assert_true (g_str_has_prefix (out->str, "# name            <active_objs> <num_objs> <objsize>"));
  g_assert_nonnull (strstr (out->str,
    "\nanon_vma              40     78    104   39    1 : slabdata      1      1      0\n"));
  g_assert_nonnull (strstr (out->str,
    "\nmm_struct              0      0   1600   20    8 : slabdata      0      0      0\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/slab/grow-and-shrink", test_grow_and_shrink);
  g_test_add_func ("/engine/slab/kmalloc-sizes", test_kmalloc_sizes);
  g_test_add_func ("/engine/slab/kmalloc-large", test_kmalloc_large);
  g_test_add_func ("/engine/slab/exhaustion", test_exhaustion);
  g_test_add_func ("/engine/slab/random", test_random);
  g_test_add_func ("/engine/slab/slabinfo", test_slabinfo);
  return g_test_run ();
}
