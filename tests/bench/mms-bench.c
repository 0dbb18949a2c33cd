/* mms-bench.c: the engine's speed figures.  It measures and prints; it
 * asserts nothing.  Run: ninja -C build tests/bench/mms-bench && ./build/tests/bench/mms-bench */
#include <stdio.h>

#include "mms-engine.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static MmsMachine *
new_machine (guint64 ram)
{
  MmsMachineConfig config = { .arch = MMS_ARCH_PRESET_X86_64, .ram = ram };
  return mms_machine_new (&config, NULL);
}

static void
bench_boot (void)
{
  double best = 1e9;

  for (int i = 0; i < 10; i++)
    {
      double t0 = now ();
      g_autoptr(MmsMachine) m = new_machine (G_GUINT64_CONSTANT (4) << 30);
      mms_machine_boot (m);
      best = MIN (best, now () - t0);
    }
  printf ("%-58s %10.2f ms   (target < 50 ms)\n",
          "boot of a 4 GiB x86_64 machine (1,048,576 frames), best of 10", best * 1e3);
}

static void
bench_pairs (const char *label,
             gboolean    warm)
{
  g_autoptr(MmsMachine) m = new_machine (G_GUINT64_CONSTANT (4) << 30);
  const guint n = 10 * 1000 * 1000;
  guint64 pfn, sink = 0;
  double t0, dt;

  mms_machine_boot (m);
  if (warm)
    {
      /* A machine that has been running: order-0 frames are scattered, so
       * an order-0 list is seldom empty (every other frame allocated). */
      g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (guint64));
      for (guint i = 0; i < 20000; i++)
        {
          mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn);
          g_array_append_val (held, pfn);
        }
      for (guint i = 0; i < held->len; i += 2)
        mms_free_pages (m, g_array_index (held, guint64, i), 0);
    }
  t0 = now ();
  for (guint i = 0; i < n; i++)
    {
      mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn);
      sink += pfn;
      mms_free_pages (m, pfn, 0);
    }
  dt = now () - t0;
  printf ("%-58s %10.1f ns   (target < 50 ns)%s\n", label, dt / n * 1e9, sink == 1 ? " " : "");
}

static void
bench_slab (void)
{
  g_autoptr(MmsMachine) m = new_machine (256 << 20);
  const guint n = 2 * 1000 * 1000;
  guint64 addr;
  double t0, dt;

  mms_machine_boot (m);
  t0 = now ();
  for (guint i = 0; i < n; i++)
    {
      mms_kmalloc (m, 64, &addr);
      mms_kfree (m, addr);
    }
  dt = now () - t0;
  printf ("%-58s %10.1f ns\n", "kmalloc(64) + kfree pair, average", dt / n * 1e9);
}

int
main (void)
{
  printf ("mmscope engine benchmark (%s)\n\n", "measured, not asserted");
  printf ("%-58s %10zu bytes (target <= 64)\n", "sizeof (struct page)", sizeof (struct page));
  bench_boot ();
  bench_pairs ("order-0 alloc+free pair on a fresh machine (split+merge)", FALSE);
  bench_pairs ("order-0 alloc+free pair on a fragmented machine", TRUE);
  bench_slab ();
  return 0;
}
