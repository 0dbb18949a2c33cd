/* test-buddy.c: the buddy allocator against engine.md section 2.
 *
 * Besides fixed cases with hand-computed results, a randomized test runs
 * thousands of allocations and frees with a fixed seed on every preset, runs
 * the invariant checkers after every event, and compares the free lists
 * with a deliberately naive second model of the same rules.
 */
#include "mms-engine.h"
#include "mms-clone.h"

typedef struct
{
  guint events;
  gboolean check;
} Watch;

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  Watch *watch = user_data;
  g_autoptr(GError) error = NULL;

  watch->events++;
  if (watch->check && !mms_machine_check (machine, &error))
    g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
             error->message);
}

static MmsMachine *
boot (MmsArch arch,
      guint64 ram,
      guint64 reserve,
      Watch  *watch)
{
  MmsMachineConfig config = { .arch = arch, .ram = ram, .reserve = reserve };
  g_autoptr(GError) error = NULL;
  MmsMachine *machine = mms_machine_new (&config, &error);

  g_assert_no_error (error);
  g_assert_nonnull (machine);
  if (watch != NULL)
    mms_machine_set_event_func (machine, check_after_event_cb, watch);
  mms_machine_boot (machine);
  return machine;
}

static char *
buddyinfo (MmsMachine *machine)
{
  GString *out = g_string_new (NULL);
  mms_report_buddyinfo (machine, out);
  return g_string_free (out, FALSE);
}

static void
test_boot_x86_64 (void)
{
  Watch watch = { .check = TRUE };
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &watch);
  g_autofree char *info = buddyinfo (m);

  /* DMA is frames 1..4095 (frame 0 holds the zero page): 1, 2, 4 .. 512,
   * then three order-10 blocks; DMA32 is 16..64 MiB, twelve order-10 blocks. */
  g_assert_cmpstr (info, ==,
    "Node 0, zone      DMA      1      1      1      1      1      1      1      1      1      1      3 \n"
    "Node 0, zone    DMA32      0      0      0      0      0      0      0      0      0      0     12 \n");
  g_assert_cmpuint (mms_machine_free_frames (m), ==, 16383);
  g_assert_cmpuint (m->nr_reserved, ==, 1);
  /* The head of DMA's order-10 list is the last block added. */
  g_assert_cmpuint (m->zones[MMS_ZONE_DMA].free_area[10].head, ==, 3072);
  g_assert_cmpuint (watch.events, ==, 2 + 13 + 12);
}

static void
test_boot_reserve (void)
{
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 2 << 20, NULL);
  g_autofree char *info = buddyinfo (m);
  GError *error = NULL;

  /* Frames 0..511 reserved: DMA keeps 512 (order 9), 1024, 2048, 3072. */
  g_assert_cmpstr (info, ==,
    "Node 0, zone      DMA      0      0      0      0      0      0      0      0      0      1      3 \n"
    "Node 0, zone    DMA32      0      0      0      0      0      0      0      0      0      0     12 \n");
  g_assert_true (mms_machine_check (m, &error));
  g_assert_no_error (error);
}

static void
test_boot_odd_sizes (void)
{
  /* 4 GiB + 4 MiB + 12 KiB: Normal holds one order-10 block and then the
   * largest aligned blocks of the 3-frame tail. */
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64,
                                  (G_GUINT64_CONSTANT (4) << 30) + (4 << 20) + 12288, 0, NULL);
  g_autofree char *info = buddyinfo (m);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (info, ==,
    "Node 0, zone      DMA      1      1      1      1      1      1      1      1      1      1      3 \n"
    "Node 0, zone    DMA32      0      0      0      0      0      0      0      0      0      0   1020 \n"
    "Node 0, zone   Normal      1      1      0      0      0      0      0      0      0      0      1 \n");
  g_assert_true (mms_machine_check (m, &error));
}

static void
test_boot_i386 (void)
{
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_I386, G_GUINT64_CONSTANT (1) << 30, 0, NULL);
  g_autofree char *info = buddyinfo (m);

  /* DMA < 16 MiB, Normal < 896 MiB (220 order-10 blocks), HighMem 128 MiB. */
  g_assert_cmpstr (info, ==,
    "Node 0, zone      DMA      1      1      1      1      1      1      1      1      1      1      3 \n"
    "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0    220 \n"
    "Node 0, zone  HighMem      0      0      0      0      0      0      0      0      0      0     32 \n");
}

static void
test_split_and_merge (void)
{
  Watch watch = { .check = TRUE };
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &watch);
  g_autofree char *before = buddyinfo (m);
  g_autofree char *after_alloc = NULL;
  g_autofree char *after_free = NULL;
  guint64 pfn = 0, pfn2 = 0;

  /* GFP_KERNEL: Normal is empty, so DMA32; its head block is 0x3c00. */
  g_assert_true (mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn));
  g_assert_cmpuint (pfn, ==, 0x3c00);
  after_alloc = buddyinfo (m);
  g_assert_cmpstr (after_alloc, ==,
    "Node 0, zone      DMA      1      1      1      1      1      1      1      1      1      1      3 \n"
    "Node 0, zone    DMA32      1      1      1      1      1      1      1      1      1      1     11 \n");
  /* The next order-0 request takes the split-off upper half 0x3c01. */
  g_assert_true (mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn2));
  g_assert_cmpuint (pfn2, ==, 0x3c01);
  /* An order-1 request now splits the order-2 block at 0x3c04... no: the
   * order-1 list holds 0x3c02, which is taken as is. */
  {
    guint64 pfn3 = 0;
    g_assert_true (mms_alloc_pages (m, MMS_GFP_KERNEL, 1, MMS_OWNER_KERNEL, &pfn3));
    g_assert_cmpuint (pfn3, ==, 0x3c02);
    mms_free_pages (m, pfn3, 1);
  }
  mms_free_pages (m, pfn2, 0);
  mms_free_pages (m, pfn, 0);
  after_free = buddyinfo (m);
  g_assert_cmpstr (after_free, ==, before);
  g_assert_cmpuint (m->zones[MMS_ZONE_DMA32].free_area[10].head, ==, 0x3c00);
}

static void
test_zone_fallback (void)
{
  Watch watch = { .check = TRUE };
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_I386, G_GUINT64_CONSTANT (1) << 30, 0, &watch);
  guint64 pfn = 0;
  guint64 normal_end = 229376, highmem_blocks = 32;

  /* User pages prefer HighMem; kernel allocations never use it. */
  g_assert_true (mms_alloc_pages (m, MMS_GFP_USER, 0, MMS_OWNER_ANON, &pfn));
  g_assert_cmpuint (pfn, >=, normal_end);
  mms_free_pages (m, pfn, 0);
  g_assert_true (mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn));
  g_assert_cmpuint (pfn, >=, 4096);
  g_assert_cmpuint (pfn, <, normal_end);
  mms_free_pages (m, pfn, 0);
  g_assert_true (mms_alloc_pages (m, MMS_GFP_DMA, 0, MMS_OWNER_KERNEL, &pfn));
  g_assert_cmpuint (pfn, <, 4096);
  mms_free_pages (m, pfn, 0);

  /* Exhaust HighMem: the next user page falls back to Normal. */
  watch.check = FALSE;
  for (guint64 i = 0; i < highmem_blocks; i++)
    g_assert_true (mms_alloc_pages (m, MMS_GFP_USER, 10, MMS_OWNER_ANON, &pfn));
  watch.check = TRUE;
  g_assert_cmpuint (m->zones[MMS_ZONE_HIGHMEM].nr_free_pages, ==, 0);
  g_assert_true (mms_alloc_pages (m, MMS_GFP_USER, 0, MMS_OWNER_ANON, &pfn));
  g_assert_cmpuint (pfn, <, normal_end);
  g_assert_cmpuint (pfn, >=, 4096);
}

static void
test_alloc_failure (void)
{
  Watch watch = { .check = TRUE };
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 4 << 20, 0, &watch);
  guint64 pfn = 0;
  guint n = 0;

  /* 4 MiB: frames 1..1023, no order-10 block at all. */
  g_assert_false (mms_alloc_pages (m, MMS_GFP_KERNEL, 10, MMS_OWNER_KERNEL, &pfn));
  while (mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn))
    n++;
  g_assert_cmpuint (n, ==, 1023);
  g_assert_cmpuint (mms_machine_free_frames (m), ==, 0);
  g_assert_false (mms_gfp_valid (m, MMS_GFP_HIGHMEM));
  g_assert_true (mms_gfp_valid (m, MMS_GFP_DMA32));
}

/* The naive model: per zone and order, an array of block pfns, head first. */
typedef struct
{
  GArray *lists[MMS_NR_ZONES][MMS_MAX_ORDER];
  guint64 start[MMS_NR_ZONES], end[MMS_NR_ZONES];
} Model;

static void
model_init (Model      *model,
            MmsMachine *m)
{
  memset (model, 0, sizeof *model);
  for (guint z = 0; z < MMS_NR_ZONES; z++)
    {
      model->start[z] = m->zones[z].zone_start_pfn;
      model->end[z] = m->zones[z].zone_start_pfn + m->zones[z].spanned_pages;
      for (guint o = 0; o < MMS_MAX_ORDER; o++)
        {
          model->lists[z][o] = g_array_new (FALSE, FALSE, sizeof (guint64));
          /* Copy the boot state, head first. */
          for (guint32 p = m->zones[z].free_area[o].head; p != MMS_PFN_NONE; p = m->mem_map[p].lru_next)
            {
              guint64 v = p;
              g_array_append_val (model->lists[z][o], v);
            }
        }
    }
}

static void
model_clear (Model *model)
{
  for (guint z = 0; z < MMS_NR_ZONES; z++)
    for (guint o = 0; o < MMS_MAX_ORDER; o++)
      g_array_unref (model->lists[z][o]);
}

static gboolean
model_alloc (Model          *model,
             const MmsZoneId *zones,
             guint           n_zones,
             guint           order,
             guint64        *pfn_out)
{
  for (guint i = 0; i < n_zones; i++)
    {
      MmsZoneId z = zones[i];
      for (guint o = order; o < MMS_MAX_ORDER; o++)
        {
          GArray *list = model->lists[z][o];
          guint64 pfn;
          if (list->len == 0)
            continue;
          pfn = g_array_index (list, guint64, 0);
          g_array_remove_index (list, 0);
          while (o > order)
            {
              guint64 upper;
              o--;
              upper = pfn + (G_GUINT64_CONSTANT (1) << o);
              g_array_prepend_val (model->lists[z][o], upper);
            }
          *pfn_out = pfn;
          return TRUE;
        }
    }
  return FALSE;
}

static void
model_free (Model  *model,
            guint64 pfn,
            guint   order)
{
  MmsZoneId z = MMS_ZONE_DMA;

  for (guint i = 0; i < MMS_NR_ZONES; i++)
    if (pfn >= model->start[i] && pfn < model->end[i])
      z = i;
  while (order < MMS_MAX_ORDER - 1)
    {
      guint64 buddy = pfn ^ (G_GUINT64_CONSTANT (1) << order);
      GArray *list = model->lists[z][order];
      gboolean found = FALSE;

      for (guint j = 0; j < list->len; j++)
        if (g_array_index (list, guint64, j) == buddy)
          {
            g_array_remove_index (list, j);
            found = TRUE;
            break;
          }
      if (!found)
        break;
      pfn &= buddy;
      order++;
    }
  g_array_prepend_val (model->lists[z][order], pfn);
}

static void
model_compare (Model      *model,
               MmsMachine *m)
{
  for (guint z = 0; z < MMS_NR_ZONES; z++)
    for (guint o = 0; o < MMS_MAX_ORDER; o++)
      {
        GArray *list = model->lists[z][o];
        guint j = 0;
        for (guint32 p = m->zones[z].free_area[o].head; p != MMS_PFN_NONE; p = m->mem_map[p].lru_next, j++)
          {
            g_assert_cmpuint (j, <, list->len);
            g_assert_cmpuint (p, ==, g_array_index (list, guint64, j));
          }
        g_assert_cmpuint (j, ==, list->len);
      }
}

typedef struct
{
  guint64 pfn;
  guint order;
} Block;

static void
random_run (MmsArch  arch,
            guint64  ram,
            guint64  reserve,
            guint32  seed,
            guint    steps)
{
  Watch watch = { .check = TRUE };
  g_autoptr(MmsMachine) m = boot (arch, ram, reserve, &watch);
  /* A twin that no one watches takes the engine's other paths (no events,
   * counters updated once per call): it must end in the same state. */
  g_autoptr(MmsMachine) twin = boot (arch, ram, reserve, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) live = g_array_new (FALSE, FALSE, sizeof (Block));
  Model model;

  model_init (&model, m);
  /* Under valgrind (meson test --setup=valgrind) a quarter: the same
   * paths, in the time its slowdown allows. */
  steps = g_getenv ("MMS_TEST_UNDER_VALGRIND") != NULL ? steps / 4 : steps;
  for (guint step = 0; step < steps; step++)
    {
      gboolean do_alloc = live->len == 0 || g_rand_int_range (rand, 0, 100) < 55;

      if (do_alloc)
        {
          /* Mostly small orders, as in a running kernel. */
          guint order = g_rand_int_range (rand, 0, 100) < 70 ? g_rand_int_range (rand, 0, 3)
                                                              : g_rand_int_range (rand, 0, MMS_MAX_ORDER);
          MmsGfp gfps[] = { MMS_GFP_KERNEL, MMS_GFP_USER, MMS_GFP_DMA, MMS_GFP_DMA32, MMS_GFP_HIGHMEM };
          MmsGfp gfp = gfps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gfps))];
          MmsZoneId zones[4];
          guint n = 0;
          guint64 pfn = 0, model_pfn = 0;
          gboolean ok, model_ok;

          if (!mms_gfp_valid (m, gfp))
            gfp = MMS_GFP_KERNEL;
          switch (gfp)
            {
            case MMS_GFP_USER:
            case MMS_GFP_HIGHMEM:
              zones[n++] = MMS_ZONE_HIGHMEM;
              G_GNUC_FALLTHROUGH;
            case MMS_GFP_KERNEL:
            case MMS_GFP_NORMAL:
              zones[n++] = MMS_ZONE_NORMAL;
              G_GNUC_FALLTHROUGH;
            case MMS_GFP_DMA32:
              zones[n++] = MMS_ZONE_DMA32;
              G_GNUC_FALLTHROUGH;
            case MMS_GFP_DMA:
            default:
              zones[n++] = MMS_ZONE_DMA;
            }
          if (gfp == MMS_GFP_DMA)
            zones[0] = MMS_ZONE_DMA, n = 1;
          ok = mms_alloc_pages (m, gfp, order, MMS_OWNER_KERNEL, &pfn);
          model_ok = model_alloc (&model, zones, n, order, &model_pfn);
          g_assert_cmpint (ok, ==, model_ok);
          {
            guint64 twin_pfn = 0;
            g_assert_cmpint (mms_alloc_pages (twin, gfp, order, MMS_OWNER_KERNEL, &twin_pfn), ==, ok);
            if (ok)
              g_assert_cmpuint (twin_pfn, ==, pfn);
          }
          if (ok)
            {
              Block b = { pfn, order };
              g_assert_cmpuint (pfn, ==, model_pfn);
              g_array_append_val (live, b);
            }
        }
      else
        {
          guint i = g_rand_int_range (rand, 0, live->len);
          Block b = g_array_index (live, Block, i);
          g_array_remove_index_fast (live, i);
          mms_free_pages (m, b.pfn, b.order);
          mms_free_pages (twin, b.pfn, b.order);
          model_free (&model, b.pfn, b.order);
        }
      if (step % 64 == 0)
        {
          model_compare (&model, m);
          g_assert_cmpuint (mms_machine_hash (twin), ==, mms_machine_hash (m));
        }
    }
  model_compare (&model, m);
  model_compare (&model, twin);
  g_assert_cmpuint (mms_machine_hash (twin), ==, mms_machine_hash (m));
  g_assert_true (mms_machine_check (twin, &error));

  /* Free everything: memory returns to one block per aligned region. */
  for (guint i = 0; i < live->len; i++)
    {
      mms_free_pages (m, g_array_index (live, Block, i).pfn, g_array_index (live, Block, i).order);
      mms_free_pages (twin, g_array_index (live, Block, i).pfn, g_array_index (live, Block, i).order);
    }
  g_assert_cmpuint (m->nr_used, ==, 0);
  g_assert_cmpuint (mms_machine_hash (twin), ==, mms_machine_hash (m));
  model_clear (&model);
  g_assert_cmpuint (watch.events, >, steps);
}

static void
test_random_x86_64 (void)
{
  random_run (MMS_ARCH_PRESET_X86_64, 24 << 20, 0, 20261125, 4000);
}

static void
test_random_x86_64_normal (void)
{
  /* 4 GiB + 8 MiB so that Normal exists; no per-event check (too big). */
  random_run (MMS_ARCH_PRESET_X86_64, 20 << 20, 1 << 20, 7, 3000);
}

static void
test_random_i386 (void)
{
  /* 900 MiB: a small HighMem zone above 896 MiB. */
  random_run (MMS_ARCH_PRESET_I386, 900 << 20, 64 << 10, 42, 1500);
}

static void
test_random_small (void)
{
  /* Tiny memory: many failures and merges back to the boot layout. */
  random_run (MMS_ARCH_PRESET_I386_LEGACY, 2 << 20, 0, 99, 5000);
}

static void
test_page_size (void)
{
  g_assert_cmpuint (sizeof (struct page), <=, 64);
}

static void
test_bad_config (void)
{
  MmsMachineConfig bad[] = {
    { .arch = MMS_ARCH_PRESET_X86_64, .ram = 0 },
    { .arch = MMS_ARCH_PRESET_X86_64, .ram = (64 << 20) + 1 },
    { .arch = MMS_ARCH_PRESET_X86_64, .ram = 64 << 20, .reserve = 64 << 20 },
    { .arch = MMS_ARCH_PRESET_I386, .ram = G_GUINT64_CONSTANT (8) << 30 },
    { .arch = MMS_ARCH_PRESET_X86_64, .ram = G_GUINT64_CONSTANT (1) << 40 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsMachine) m = mms_machine_new (&bad[i], &error);
      g_assert_null (m);
      g_assert_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/buddy/page-size", test_page_size);
  g_test_add_func ("/engine/buddy/bad-config", test_bad_config);
  g_test_add_func ("/engine/buddy/boot-x86_64", test_boot_x86_64);
  g_test_add_func ("/engine/buddy/boot-reserve", test_boot_reserve);
  g_test_add_func ("/engine/buddy/boot-odd-sizes", test_boot_odd_sizes);
  g_test_add_func ("/engine/buddy/boot-i386", test_boot_i386);
  g_test_add_func ("/engine/buddy/split-and-merge", test_split_and_merge);
  g_test_add_func ("/engine/buddy/zone-fallback", test_zone_fallback);
  g_test_add_func ("/engine/buddy/alloc-failure", test_alloc_failure);
  g_test_add_func ("/engine/buddy/random-x86_64", test_random_x86_64);
  g_test_add_func ("/engine/buddy/random-x86_64-reserve", test_random_x86_64_normal);
  g_test_add_func ("/engine/buddy/random-i386", test_random_i386);
  g_test_add_func ("/engine/buddy/random-small", test_random_small);
  return g_test_run ();
}
