/* mms-bench.c: the engine's speed figures, each beside its target and,
 * where one exists, beside the real kernel doing the same thing in the same
 * run.  It measures and prints; it asserts nothing (a missed target is
 * printed as MISSED, the exit status stays 0).  Not run by `meson test`.
 *
 *   ninja -C build tests/bench/mms-bench && ./build/tests/bench/mms-bench
 *
 * Every workload uses fixed seeds, so the engine does exactly the same work
 * on every run.  No event listener is set on the machines measured directly
 * (the engine then hands its events to nobody); the end-to-end figure goes
 * through the scenario runner, which collects every step's events as
 * `mmscope-cli run` does. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <malloc.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mms-engine.h"
#include "mms-process.h"
#include "mms-mm-private.h"     /* mms_find_vma */
#include "mms-scenario.h"
#include "mms-runner.h"
#include "mms-malloc.h"

#define KiB (G_GUINT64_CONSTANT (1) << 10)
#define MiB (G_GUINT64_CONSTANT (1) << 20)
#define GiB (G_GUINT64_CONSTANT (1) << 30)
#define PAGE 4096

/* ---- time, random numbers, a sink the optimizer cannot see through ---- */

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static volatile guint64 sink;

/* xorshift64*: a fixed seed gives the same sequence everywhere. */
typedef struct { guint64 s; } Rng;

static inline guint64
rng_next (Rng *r)
{
  r->s ^= r->s >> 12;
  r->s ^= r->s << 25;
  r->s ^= r->s >> 27;
  return r->s * G_GUINT64_CONSTANT (2685821657736338717);
}

static inline guint
rng_below (Rng *r, guint n)
{
  return (guint) ((rng_next (r) >> 32) * n >> 32);
}

/* ---- the table ---------------------------------------------------------- */

typedef enum { KIND_TIME, KIND_BYTES } Kind;

typedef enum
{
  TARGET_NONE,
  TARGET_BELOW,     /* engine figure < limit */
  TARGET_AT_MOST,   /* engine figure <= limit */
  TARGET_FASTER,    /* reference / engine >= limit */
  TARGET_WITHIN,    /* engine <= limit * reference (at most LIMIT times slower) */
} TargetKind;

static int n_met, n_missed;

static void
fmt_time (char *buf, gsize size, double s)
{
  if (s < 1e-6)
    g_snprintf (buf, size, "%.1f ns", s * 1e9);
  else if (s < 1e-3)
    g_snprintf (buf, size, "%.2f us", s * 1e6);
  else if (s < 1)
    g_snprintf (buf, size, "%.2f ms", s * 1e3);
  else
    g_snprintf (buf, size, "%.2f s", s);
}

static void
fmt_bytes (char *buf, gsize size, double b)
{
  if (b < 1024)
    g_snprintf (buf, size, "%.0f B", b);
  else if (b < 1024 * 1024)
    g_snprintf (buf, size, "%.1f KiB", b / 1024);
  else
    g_snprintf (buf, size, "%.1f MiB", b / (1024 * 1024));
}

static void
fmt_value (char *buf, gsize size, Kind kind, double v)
{
  if (kind == KIND_TIME)
    fmt_time (buf, size, v);
  else
    fmt_bytes (buf, size, v);
}

#define W_NAME 56
#define W_FIG 11

static void
print_header (void)
{
  printf ("%-*s %*s %*s %*s  %-18s %s\n", W_NAME, "benchmark", W_FIG, "engine",
          W_FIG, "reference", 9, "ratio", "target", "result");
  for (int i = 0; i < W_NAME + 3 * W_FIG + 4 + 18 + 8; i++)
    putchar ('-');
  putchar ('\n');
}

/* One line.  REF < 0: no reference.  The ratio is reference / engine, the
 * number of times the engine is faster. */
static void
row (const char *name,
     Kind        kind,
     double      engine,
     double      ref,
     TargetKind  target,
     double      limit)
{
  char e[32], r[32] = "-", ratio[32] = "-", t[32] = "-";
  const char *result = "-";
  gboolean met = TRUE;

  fmt_value (e, sizeof e, kind, engine);
  if (ref >= 0)
    {
      fmt_value (r, sizeof r, kind, ref);
      g_snprintf (ratio, sizeof ratio, ref / engine < 1 ? "%.2fx" : "%.1fx", ref / engine);
    }
  switch (target)
    {
    case TARGET_NONE:
      break;
    case TARGET_BELOW:
      fmt_value (t, sizeof t, kind, limit);
      memmove (t + 2, t, strlen (t) + 1);
      t[0] = '<';
      t[1] = ' ';
      met = engine < limit;
      break;
    case TARGET_AT_MOST:
      fmt_value (t, sizeof t, kind, limit);
      memmove (t + 3, t, strlen (t) + 1);
      memcpy (t, "<= ", 3);
      met = engine <= limit;
      break;
    case TARGET_FASTER:
      g_snprintf (t, sizeof t, ">= %.0fx faster", limit);
      met = ref / engine >= limit;
      break;
    case TARGET_WITHIN:
      g_snprintf (t, sizeof t, "<= %.0fx slower", limit);
      met = engine <= limit * ref;
      break;
    }
  if (target != TARGET_NONE)
    {
      result = met ? "met" : "MISSED";
      if (met)
        n_met++;
      else
        n_missed++;
    }
  printf ("%-*s %*s %*s %*s  %-18s %s\n", W_NAME, name, W_FIG, e, W_FIG, r, 9, ratio,
          t, result);
  fflush (stdout);
}

/* ---- helpers ------------------------------------------------------------- */

static MmsMachine *
new_machine (guint64 ram)
{
  MmsMachineConfig config = { .arch = MMS_ARCH_PRESET_X86_64, .ram = ram };
  MmsMachine *m = mms_machine_new (&config, NULL);
  mms_machine_boot (m);
  return m;
}

static struct task_struct *
spawn (MmsMachine *m)
{
  MmsImage image = { .path = "/bin/bench", .text = 16 * KiB, .data = 8 * KiB, .bss = 8 * KiB };
  int err = 0;
  struct task_struct *t = mms_spawn (m, "bench", &image, &err);
  if (t == NULL)
    g_error ("spawn failed: %d", err);
  return t;
}

#define ANON_PRIVATE (MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS)
#define RW (MMS_PROT_READ | MMS_PROT_WRITE)

/* ---- issue 2: physical memory ------------------------------------------- */

static void
bench_boot (void)
{
  double best = 1e9;

  for (int i = 0; i < 10; i++)
    {
      MmsMachineConfig config = { .arch = MMS_ARCH_PRESET_X86_64, .ram = 4 * GiB };
      double t0 = now ();
      g_autoptr(MmsMachine) m = mms_machine_new (&config, NULL);
      mms_machine_boot (m);
      best = MIN (best, now () - t0);
    }
  row ("boot of a 4 GiB x86_64 machine (1,048,576 frames), best/10", KIND_TIME, best, -1,
       TARGET_BELOW, 50e-3);
}

static void
bench_pairs (const char *label,
             gboolean    warm)
{
  g_autoptr(MmsMachine) m = new_machine (4 * GiB);
  const guint n = 2 * 1000 * 1000;
  guint64 pfn, s = 0;
  double t0, dt = 1e9;

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
  /* The best of five rounds: on a virtual machine another guest's load
   * can slow a round down (up to 2.5 times here), never speed it up. */
  for (int round = 0; round < 5; round++)
    {
      t0 = now ();
      for (guint i = 0; i < n; i++)
        {
          mms_alloc_pages (m, MMS_GFP_KERNEL, 0, MMS_OWNER_KERNEL, &pfn);
          s += pfn;
          mms_free_pages (m, pfn, 0);
        }
      dt = MIN (dt, (now () - t0) / n);
    }
  sink += s;
  row (label, KIND_TIME, dt, -1, TARGET_BELOW, 50e-9);
}

static void
bench_buddy (void)
{
  bench_pairs ("order-0 alloc+free, fresh machine (split+merge), best/5", FALSE);
  bench_pairs ("order-0 alloc+free, fragmented machine, best/5", TRUE);
}

static void
bench_page_size (void)
{
  row ("sizeof (struct page)", KIND_BYTES, sizeof (struct page), -1, TARGET_AT_MOST, 64);
}

static void
bench_slab (void)
{
  g_autoptr(MmsMachine) m = new_machine (256 * MiB);
  const guint n = 2 * 1000 * 1000;
  guint64 addr;
  double t0, dt;

  t0 = now ();
  for (guint i = 0; i < n; i++)
    {
      mms_kmalloc (m, 64, &addr);
      mms_kfree (m, addr);
    }
  dt = now () - t0;
  row ("kmalloc(64) + kfree pair, average", KIND_TIME, dt / n, -1, TARGET_NONE, 0);
}

/* ---- issue 3: mmap+munmap and faults against the real kernel ------------ */

static double
real_mmap_munmap (guint n, gsize len)
{
  double best = 1e9;

  for (int round = 0; round < 3; round++)
    {
      double t0 = now ();
      for (guint i = 0; i < n; i++)
        {
          void *p = mmap (NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
          if (p == MAP_FAILED)
            g_error ("mmap: %s", g_strerror (errno));
          sink += (guintptr) p;
          munmap (p, len);
        }
      best = MIN (best, (now () - t0) / n);
    }
  return best;
}

static void
bench_mmap_munmap (void)
{
  g_autoptr(MmsMachine) m = new_machine (256 * MiB);
  struct task_struct *t = spawn (m);
  const guint n = 1000 * 1000;
  double best = 1e9, ref;

  for (int round = 0; round < 3; round++)
    {
      double t0 = now ();
      for (guint i = 0; i < n; i++)
        {
          gint64 a = mms_sys_mmap (t, 0, 4 * PAGE, RW, ANON_PRIVATE, NULL, 0);
          sink += a;
          mms_sys_munmap (t, a, 4 * PAGE);
        }
      best = MIN (best, (now () - t0) / n);
    }
  ref = real_mmap_munmap (200 * 1000, 4 * PAGE);
  row ("mmap+munmap of 4 anonymous pages (vs kernel syscalls)", KIND_TIME, best, ref,
       TARGET_FASTER, 20);
}

static double
real_write_faults (gsize len, int rounds)
{
  double best = 1e9;
  const gsize npages = len / PAGE;

  for (int round = 0; round < rounds; round++)
    {
      volatile char *p = mmap (NULL, len, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      double t0;

      if (p == MAP_FAILED)
        g_error ("mmap: %s", g_strerror (errno));
      /* 4 KiB faults, as the engine models them: no transparent huge pages. */
      madvise ((void *) p, len, MADV_NOHUGEPAGE);
      t0 = now ();
      for (gsize i = 0; i < npages; i++)
        p[i * PAGE] = 1;
      best = MIN (best, (now () - t0) / npages);
      munmap ((void *) p, len);
    }
  return best;
}

static void
bench_write_fault (void)
{
  g_autoptr(MmsMachine) m = new_machine (1 * GiB);
  struct task_struct *t = spawn (m);
  const guint64 len = 64 * MiB, npages = len / PAGE;
  double best = 1e9, ref;

  for (int round = 0; round < 5; round++)
    {
      gint64 a = mms_sys_mmap (t, 0, len, RW, ANON_PRIVATE, NULL, 0);
      double t0 = now ();
      for (guint64 i = 0; i < npages; i++)
        mms_touch (t, a + i * PAGE, 1, MMS_ACCESS_WRITE);
      best = MIN (best, (now () - t0) / npages);
      if (mms_mm_rss (t->mm) < npages)
        g_error ("write faults did not make the pages resident");
      mms_sys_munmap (t, a, len);
    }
  ref = real_write_faults (len, 5);
  row ("anonymous write fault, 64 MiB page by page (vs kernel)", KIND_TIME, best, ref,
       TARGET_FASTER, 20);
}

/* ---- find_vma ------------------------------------------------------------ */

/* Maps one-page VMAs with alternating protections (so that no two merge)
 * until the mm has N of them, packed downwards from 16 MiB below
 * mmap_base.  Each mmap passes its address as a hint: without one, every
 * mmap would pay get_unmapped_area's walk over all the VMAs below
 * mmap_base (see the README), and building 65,530 of them would take
 * seconds. */
#define FILL_TOP(t) ((t)->mm->mmap_base - 16 * MiB)

static void
fill_vmas (struct task_struct *t,
           gint                n)
{
  guint64 top = FILL_TOP (t);

  for (guint i = 0; t->mm->map_count < n; i++)
    {
      guint64 hint = top - (guint64) (i + 1) * PAGE;
      gint64 a = mms_sys_mmap (t, hint, PAGE, (i & 1) ? RW : MMS_PROT_READ, ANON_PRIVATE,
                               NULL, 0);
      if (a < 0 || (guint64) a != hint)
        g_error ("mmap %u failed: %" G_GINT64_FORMAT, i, a);
    }
}

/* The lookup through mm_rb alone, for comparison with the index. */
static struct vm_area_struct *
tree_find_vma (struct mm_struct *mm,
               guint64           addr)
{
  struct rb_node *node = mm->mm_rb.rb_node;
  struct vm_area_struct *vma = NULL;

  while (node != NULL)
    {
      struct vm_area_struct *tmp = rb_entry (node, struct vm_area_struct, vm_rb);
      if (tmp->vm_end > addr)
        {
          vma = tmp;
          if (tmp->vm_start <= addr)
            break;
          node = node->rb_left;
        }
      else
        node = node->rb_right;
    }
  return vma;
}

static void
bench_find_vma (void)
{
  static const gint sizes[] = { 100, 10000, MMS_MAX_MAP_COUNT };
  const guint n_addrs = 1 << 16, n = 1000 * 1000;

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(MmsMachine) m = new_machine (1 * GiB);
      struct task_struct *t = spawn (m);
      guint64 *addrs = g_new (guint64, n_addrs);
      guint64 lo, hi, s = 0;
      double t0, dt, cached, tree;
      Rng rng = { 0x9e3779b97f4a7c15 + k };
      struct vm_area_struct *vma;
      char name[80];

      fill_vmas (t, sizes[k]);
      /* Random addresses over the span of the mmap'ed VMAs: successive
       * lookups land in different VMAs, so mmap_cache almost never hits and
       * the tree is walked. */
      hi = FILL_TOP (t);
      lo = hi - (guint64) sizes[k] * PAGE;
      for (guint i = 0; i < n_addrs; i++)
        addrs[i] = lo + (rng_next (&rng) % (hi - lo));
      /* The best of five rounds each (as bench_pairs ()), taken in turns
       * so that a slow moment of the host falls on both alike. */
      dt = tree = 1e9;
      for (int round = 0; round < 5; round++)
        {
          t0 = now ();
          for (guint i = 0; i < n; i++)
            {
              vma = mms_find_vma (t->mm, addrs[i & (n_addrs - 1)]);
              s += (guintptr) vma;
            }
          dt = MIN (dt, (now () - t0) / n);

          /* The same lookups through the red-black tree alone. */
          t0 = now ();
          for (guint i = 0; i < n; i++)
            {
              vma = tree_find_vma (t->mm, addrs[i & (n_addrs - 1)]);
              s += (guintptr) vma;
            }
          tree = MIN (tree, (now () - t0) / n);
        }

      /* The same address again and again: the mmap_cache hit. */
      t0 = now ();
      for (guint i = 0; i < n; i++)
        {
          vma = mms_find_vma (t->mm, addrs[(i >> 10) & (n_addrs - 1)]);
          s += (guintptr) vma;
        }
      cached = (now () - t0) / n;
      sink += s;

      g_snprintf (name, sizeof name, "find_vma, %d VMAs, random, best/5 (vs rbtree)", t->mm->map_count);
      row (name, KIND_TIME, dt, tree, sizes[k] == MMS_MAX_MAP_COUNT ? TARGET_BELOW : TARGET_NONE,
           100e-9);
      if (sizes[k] == MMS_MAX_MAP_COUNT)
        {
          g_snprintf (name, sizeof name, "find_vma, %d VMAs, repeated address (mmap_cache)",
                      t->mm->map_count);
          row (name, KIND_TIME, cached, -1, TARGET_NONE, 0);
        }
      g_free (addrs);
    }
}

/* ---- 1,000,000 mixed operations ----------------------------------------- */

/* The address space is cut into SLOTS slots of SLOT_PAGES pages at fixed
 * addresses; every operation works on a random run of pages inside one slot
 * (so neighbouring slots' VMAs still split and merge), and the state of
 * every page is tracked so that no access is ever made that would SIGSEGV. */
#define SLOTS 1024
#define SLOT_PAGES 16
#define MIX_BASE G_GUINT64_CONSTANT (0x10000000)
#define UNMAPPED 0xff

static void
bench_mixed (void)
{
  g_autoptr(MmsMachine) m = new_machine (512 * MiB);
  struct task_struct *t = spawn (m);
  static guint8 state[SLOTS * SLOT_PAGES];   /* prot of each page, or UNMAPPED */
  static const guint prots[] = { RW, RW, MMS_PROT_READ, 0 };
  const guint n = 1000 * 1000;
  guint counts[5] = { 0 };
  Rng rng = { 20240601 };
  double t0, dt;
  char name[80];

  memset (state, UNMAPPED, sizeof state);
  t0 = now ();
  for (guint i = 0; i < n; i++)
    {
      guint slot = rng_below (&rng, SLOTS);
      guint first = rng_below (&rng, SLOT_PAGES);
      guint len = 1 + rng_below (&rng, SLOT_PAGES - first);
      guint op = rng_below (&rng, 100);
      guint8 *st = &state[slot * SLOT_PAGES + first];
      guint64 addr = MIX_BASE + ((guint64) slot * SLOT_PAGES + first) * PAGE;
      guint j;

      if (op < 20)
        op = 0;                         /* mmap */
      else if (op < 35)
        op = 1;                         /* munmap */
      else if (op < 50)
        op = 2;                         /* mprotect */
      else if (op < 80)
        op = 3;                         /* write */
      else
        op = 4;                         /* read */

      if (op == 2)
        {
          /* mprotect of a range with a hole is ENOMEM after a partial
           * change: keep to fully mapped ranges. */
          for (j = 0; j < len && st[j] != UNMAPPED; j++)
            ;
          if (j < len)
            op = 0;
        }
      else if (op >= 3)
        {
          guint need = op == 3 ? MMS_PROT_WRITE : MMS_PROT_READ;
          for (j = 0; j < len && st[j] != UNMAPPED && (st[j] & need); j++)
            ;
          if (j == 0)
            op = 0;                     /* nothing accessible there: map it */
          else
            len = j;
        }

      switch (op)
        {
        case 0:
          {
            guint prot = prots[rng_below (&rng, G_N_ELEMENTS (prots))];
            gint64 r = mms_sys_mmap (t, addr, (guint64) len * PAGE, prot,
                                     ANON_PRIVATE | MMS_MAP_FIXED, NULL, 0);
            if (r < 0)
              g_error ("mixed: mmap failed %" G_GINT64_FORMAT, r);
            memset (st, prot, len);
            break;
          }
        case 1:
          mms_sys_munmap (t, addr, (guint64) len * PAGE);
          memset (st, UNMAPPED, len);
          break;
        case 2:
          {
            guint prot = prots[rng_below (&rng, G_N_ELEMENTS (prots))];
            if (mms_sys_mprotect (t, addr, (guint64) len * PAGE, prot) != 0)
              g_error ("mixed: mprotect failed");
            memset (st, prot, len);
            break;
          }
        case 3:
          if (!mms_touch (t, addr, (guint64) len * PAGE, MMS_ACCESS_WRITE))
            g_error ("mixed: write killed the task");
          break;
        case 4:
          if (!mms_touch (t, addr, (guint64) len * PAGE, MMS_ACCESS_READ))
            g_error ("mixed: read killed the task");
          break;
        }
      counts[op]++;
    }
  dt = now () - t0;
  g_snprintf (name, sizeof name, "1,000,000 mixed ops (%u VMAs, RSS %" G_GUINT64_FORMAT " pages at end)",
              t->mm->map_count, mms_mm_rss (t->mm));
  row (name, KIND_TIME, dt, -1, TARGET_BELOW, 2.0);
}

/* ---- fork ---------------------------------------------------------------- */

static double real_fork_time = -1;

/* The real kernel's fork of a process with 10,000 resident anonymous pages
 * (the benchmark itself, measured first thing, while it is still small). */
static void
measure_real_fork (void)
{
  const gsize len = 10000 * (gsize) PAGE;
  volatile char *p = mmap (NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  double best = 1e9;

  madvise ((void *) p, len, MADV_NOHUGEPAGE);
  for (gsize i = 0; i < len; i += PAGE)
    p[i] = 1;
  for (int round = 0; round < 5; round++)
    {
      double t0 = now ();
      pid_t pid = fork ();
      if (pid == 0)
        _exit (0);
      best = MIN (best, now () - t0);
      waitpid (pid, NULL, 0);
    }
  munmap ((void *) p, len);
  real_fork_time = best;
}

static void
bench_fork (void)
{
  g_autoptr(MmsMachine) m = new_machine (1 * GiB);
  struct task_struct *t = spawn (m);
  const guint64 len = 10000 * (guint64) PAGE;
  gint64 a = mms_sys_mmap (t, 0, len, RW, ANON_PRIVATE, NULL, 0);
  double best_fork = 1e9, best_exit = 1e9;
  guint64 child_rss = 0;

  mms_touch (t, a, len, MMS_ACCESS_WRITE);
  for (int round = 0; round < 10; round++)
    {
      char comm[16];
      struct task_struct *c;
      double t0;
      int err = 0;

      g_snprintf (comm, sizeof comm, "child%d", round);
      t0 = now ();
      c = mms_fork (t, comm, &err);
      best_fork = MIN (best_fork, now () - t0);
      if (c == NULL)
        g_error ("fork failed: %d", err);
      child_rss = mms_mm_rss (c->mm);
      t0 = now ();
      mms_exit (c);
      best_exit = MIN (best_exit, now () - t0);
    }
  if (child_rss < 10000)
    g_error ("the child has %" G_GUINT64_FORMAT " resident pages", child_rss);
  row ("fork, 10,000 resident pages, best/10 (vs kernel fork)", KIND_TIME, best_fork,
       real_fork_time, TARGET_BELOW, 5e-3);
  row ("exit of that child (exit_mmap), best/10", KIND_TIME, best_exit, -1, TARGET_NONE, 0);
}

/* ---- end to end: a scenario against the same syscalls ------------------- */

#define CYCLES 50000

static double
real_cycles (void)
{
  double best = 1e9;

  for (int round = 0; round < 3; round++)
    {
      double t0 = now ();
      for (guint i = 0; i < CYCLES; i++)
        {
          volatile char *p = mmap (NULL, 4 * PAGE, PROT_READ | PROT_WRITE,
                                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
          if (p == MAP_FAILED)
            g_error ("mmap: %s", g_strerror (errno));
          for (int j = 0; j < 4; j++)
            p[j * PAGE] = 1;
          munmap ((void *) p, 4 * PAGE);
        }
      best = MIN (best, now () - t0);
    }
  return best;
}

static void
bench_end_to_end (void)
{
  g_autoptr(GString) text = g_string_new ("title \"50,000 mmap/write/munmap cycles\"\n"
                                          "machine arch=x86_64 ram=64M\n"
                                          "spawn p\n");
  double best = 1e9, parse_best = 1e9, ref;
  guint n_steps = 0;

  for (guint i = 0; i < CYCLES; i++)
    g_string_append (text, "p mmap 16K rw- as b\np write b 16K\np munmap b 16K\n");

  for (int round = 0; round < 3; round++)
    {
      g_autoptr(GError) error = NULL;
      double t0 = now (), t1;
      g_autoptr(MmsScenario) sc = mms_scenario_parse ("cycles.mms", text->str, text->len, &error);
      g_autoptr(MmsRunner) runner = NULL;

      if (sc == NULL)
        g_error ("%s", error->message);
      t1 = now ();
      runner = mms_runner_new (sc, &error);
      /* As mmscope-cli run does when it prints no events. */
      if (runner != NULL)
        mms_runner_set_record_events (runner, FALSE);
      if (runner == NULL || !mms_runner_run_until (runner, G_MAXUINT, &error))
        g_error ("%s", error->message);
      if (!mms_runner_is_done (runner))
        g_error ("the scenario did not finish");
      n_steps = mms_runner_get_position (runner);
      best = MIN (best, now () - t0);
      parse_best = MIN (parse_best, t1 - t0);
    }
  ref = real_cycles ();
  row ("scenario: 50,000 mmap/write 16K/munmap cycles (vs C)", KIND_TIME, best, ref,
       TARGET_FASTER, 10);
  printf ("  (parse + run of %u steps, the parse alone %.1f ms; the reference makes the\n"
          "   same mmap, page writes and munmap calls in this process)\n",
          n_steps, parse_best * 1e3);
}

/* ---- issue 15: glibc's malloc ------------------------------------------- */

#define MALLOC_PAIRS 1000000
#define MALLOC_CALLS 100000

/* Sizes in the tcache's range: a pair is tcache_get then tcache_put once
 * the bins are warm, the common case of a real program. */
static const guint64 malloc_sizes[] = { 24, 40, 100, 200, 500, 1000, 24, 72 };

/* The real glibc, through pointers the compiler cannot see through (it
 * would drop a malloc () whose result only goes to free ()). */
static void *(*volatile real_malloc) (size_t) = malloc;
static void (*volatile real_free) (void *) = free;

static void
bench_malloc_pairs (void)
{
  MmsMachine *m = new_machine (256 * MiB);
  struct task_struct *t = spawn (m);
  double best = 1e9, ref = 1e9;

  for (int round = 0; round < 5; round++)
    {
      double t0 = now ();
      for (guint i = 0; i < MALLOC_PAIRS; i++)
        mms_free (t, mms_malloc (t, malloc_sizes[i & 7], NULL));
      best = MIN (best, (now () - t0) / MALLOC_PAIRS);
    }
  for (int round = 0; round < 5; round++)
    {
      double t0 = now ();
      for (guint i = 0; i < MALLOC_PAIRS; i++)
        {
          void *p = real_malloc (malloc_sizes[i & 7]);
          sink += (guintptr) p;
          real_free (p);
        }
      ref = MIN (ref, (now () - t0) / MALLOC_PAIRS);
    }
  row ("malloc+free pair, tcache sizes, best/5 (vs glibc)", KIND_TIME, best, ref, TARGET_WITHIN, 10);
  mms_machine_free (m);
}

/* One call of a random mix: 64 names, sizes small to large, writes. */
typedef struct
{
  char op;
  guint name;
  guint64 a, b;
} MallocCall;

static GArray *
malloc_mix (guint n)
{
  GArray *calls = g_array_new (FALSE, FALSE, sizeof (MallocCall));
  gboolean live[64] = { FALSE };
  Rng r = { 15 };

  for (guint i = 0; i < n; i++)
    {
      MallocCall c = { 0 };
      guint k = rng_below (&r, 64);
      guint kind = rng_below (&r, 100);
      guint64 size = kind < 60 ? 1 + rng_below (&r, 1024)
                     : kind < 90 ? 1024 + rng_below (&r, 64 * 1024)
                     : kind < 98 ? 64 * 1024 + rng_below (&r, 256 * 1024)
                     : 1 * MiB + rng_below (&r, 4 * MiB);

      c.name = k;
      if (!live[k])
        {
          c.op = rng_below (&r, 8) == 0 ? 'c' : 'm';
          c.a = c.op == 'c' ? 1 + rng_below (&r, 8) : size;
          c.b = c.op == 'c' ? size / c.a + 1 : 0;
          live[k] = TRUE;
        }
      else
        {
          guint what = rng_below (&r, 10);
          c.op = what < 5 ? 'f' : what < 7 ? 'r' : 'w';
          c.a = size;
          if (c.op == 'f')
            live[k] = FALSE;
        }
      g_array_append_val (calls, c);
    }
  return calls;
}

static char *
malloc_mix_text (GArray *calls)
{
  GString *s = g_string_new ("title \"100,000 calls of malloc\"\nmachine arch=x86_64 ram=256M\nspawn p\n");

  for (guint i = 0; i < calls->len; i++)
    {
      const MallocCall *c = &g_array_index (calls, MallocCall, i);
      switch (c->op)
        {
        case 'm': g_string_append_printf (s, "p malloc %" G_GUINT64_FORMAT " as a%u\n", c->a, c->name); break;
        case 'c': g_string_append_printf (s, "p calloc %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " as a%u\n", c->a, c->b, c->name); break;
        case 'r': g_string_append_printf (s, "p realloc a%u %" G_GUINT64_FORMAT "\n", c->name, c->a); break;
        case 'f': g_string_append_printf (s, "p free a%u\n", c->name); break;
        default: g_string_append_printf (s, "p write a%u\n", c->name); break;
        }
    }
  return g_string_free (s, FALSE);
}

/* The same calls on the real glibc, in this process. */
static double
real_malloc_mix (GArray *calls)
{
  double best = 1e9;

  for (int round = 0; round < 3; round++)
    {
      void *p[64] = { NULL };
      double t0 = now ();

      for (guint i = 0; i < calls->len; i++)
        {
          const MallocCall *c = &g_array_index (calls, MallocCall, i);
          switch (c->op)
            {
            case 'm': p[c->name] = real_malloc (c->a); break;
            case 'c': p[c->name] = calloc (c->a, c->b); break;
            case 'r': p[c->name] = realloc (p[c->name], c->a); break;
            case 'f': real_free (p[c->name]); p[c->name] = NULL; break;
            default:
              if (p[c->name] != NULL)
                memset (p[c->name], 0x5a, malloc_usable_size (p[c->name]));
              break;
            }
        }
      for (guint k = 0; k < 64; k++)
        real_free (p[k]);
      best = MIN (best, now () - t0);
    }
  return best;
}

static char *cli_path;

static void
bench_malloc_scenario (void)
{
  g_autoptr(GArray) calls = malloc_mix (MALLOC_CALLS);
  g_autofree char *text = malloc_mix_text (calls);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "mms-bench-malloc.mms", NULL);
  const char *argv[] = { cli_path, "run", path, NULL };
  double best = 1e9, ref;

  if (!g_file_set_contents (path, text, -1, NULL))
    g_error ("cannot write %s", path);
  for (int round = 0; round < 3; round++)
    {
      g_autoptr(GError) error = NULL;
      int status = 0;
      double t0 = now ();

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                         NULL, &status, &error) || !g_spawn_check_wait_status (status, &error))
        g_error ("%s: %s", cli_path, error->message);
      best = MIN (best, now () - t0);
    }
  ref = real_malloc_mix (calls);
  row ("mmscope-cli run: 100,000 malloc/free/realloc/write calls (vs glibc)", KIND_TIME, best, ref,
       TARGET_NONE, 0);
  printf ("  (the whole process: parse, run, output; the reference makes the same calls,\n"
          "   memsets included, in this process)\n");
  g_unlink (path);
}

static void
bench_malloc (void)
{
  bench_malloc_pairs ();
  bench_malloc_scenario ();
}

/* ---- peak RSS ------------------------------------------------------------ */

static double peak_rss = -1, peak_rss_base = -1;

/* In a child forked first thing (while the benchmark is small, so that the
 * high-water mark it inherits does not hide its own): a 4 GiB machine and a
 * process with 65,530 VMAs.  wait4 gives the child's ru_maxrss. */
static void
measure_peak_rss (void)
{
  struct rusage ru;
  int status;
  pid_t pid;

  getrusage (RUSAGE_SELF, &ru);
  peak_rss_base = ru.ru_maxrss * 1024.0;
  pid = fork ();
  if (pid == 0)
    {
      g_autoptr(MmsMachine) m = new_machine (4 * GiB);
      struct task_struct *t = spawn (m);
      fill_vmas (t, MMS_MAX_MAP_COUNT);
      _exit (t->mm->map_count == MMS_MAX_MAP_COUNT ? 0 : 1);
    }
  if (wait4 (pid, &status, 0, &ru) == pid && WIFEXITED (status) && WEXITSTATUS (status) == 0)
    peak_rss = ru.ru_maxrss * 1024.0;
}

static void
bench_peak_rss (void)
{
  char name[80];

  if (peak_rss < 0)
    {
      printf ("%-*s failed\n", W_NAME, "peak RSS, 4 GiB machine + 65,530 VMAs");
      return;
    }
  /* The child inherits the high-water mark of the benchmark at its fork. */
  g_snprintf (name, sizeof name, "peak RSS, 4 GiB machine + 65,530 VMAs (%.1f MiB at fork)",
              peak_rss_base / MiB);
  row (name, KIND_BYTES, peak_rss, -1, TARGET_NONE, 0);
}

/* `mms-bench` runs everything; `mms-bench NAME...` only the named parts
 * (for profiling one of them, e.g. under valgrind --tool=callgrind). */
static const struct
{
  const char *name;
  void (*func) (void);
  gboolean fresh;           /* runs in a fresh process (see main ()) */
} parts[] = {
  { "page", bench_page_size, FALSE },
  { "boot", bench_boot, FALSE },
  { "buddy", bench_buddy, FALSE },
  { "slab", bench_slab, FALSE },
  { "mmap", bench_mmap_munmap, FALSE },
  { "fault", bench_write_fault, FALSE },
  { "find_vma", bench_find_vma, FALSE },
  { "mixed", bench_mixed, FALSE },
  { "fork", bench_fork, FALSE },
  { "e2e", bench_end_to_end, TRUE },
  { "malloc", bench_malloc, FALSE },
  { "rss", bench_peak_rss, FALSE },
};

static gboolean
wanted (int argc, char **argv, const char *name)
{
  if (argc < 2)
    return TRUE;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], name) == 0)
      return TRUE;
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  double t_start = now ();
  g_autofree char *bench_dir = g_path_get_dirname (argv[0]);

  /* mmscope-cli of the same build tree. */
  cli_path = g_build_filename (bench_dir, "..", "..", "src", "cli", "mmscope-cli", NULL);

  for (int i = 1; i < argc; i++)
    {
      gboolean known = FALSE;
      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        known |= strcmp (argv[i], parts[j].name) == 0;
      if (!known)
        {
          fprintf (stderr, "usage: %s [PART...]\nparts:", argv[0]);
          for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
            fprintf (stderr, " %s", parts[j].name);
          fprintf (stderr, "\n");
          return 2;
        }
    }

  if (g_getenv ("MMS_BENCH_CHILD") != NULL)
    {
      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        if (wanted (argc, argv, parts[j].name))
          parts[j].func ();
      fflush (stdout);
      return MIN (n_met, 15) << 4 | MIN (n_missed, 15);
    }

  /* These two fork the benchmark: do them while it is small. */
  if (wanted (argc, argv, "rss"))
    measure_peak_rss ();
  if (wanted (argc, argv, "fork"))
    measure_real_fork ();

  printf ("mmscope engine benchmark (measured, not asserted; ratio = reference / engine)\n\n");
  print_header ();
  /* The end-to-end part is `mmscope-cli run` in a fresh process: after the
   * big parts (65,530 VMAs, 4 GiB of struct page) glibc's malloc is tuned by
   * their frees (its mmap and trim thresholds rise) and the scenario's
   * parse would page-fault anew.  It runs in a new process of this program
   * (MMS_BENCH_CHILD set: rows only, and the met and missed targets in its
   * exit status).  The other parts measure the kernel's syscalls in this
   * same process, as before. */
  for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
    if (wanted (argc, argv, parts[j].name) && !parts[j].fresh)
      parts[j].func ();
    else if (wanted (argc, argv, parts[j].name))
      {
        const char *child_argv[] = { argv[0], parts[j].name, NULL };
        g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "MMS_BENCH_CHILD", "1", TRUE);
        g_autofree char *out = NULL;
        g_autoptr(GError) error = NULL;
        int status;

        if (!g_spawn_sync (NULL, (char **) child_argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out,
                           NULL, &status, &error))
          g_error ("%s: %s", parts[j].name, error->message);
        if (!WIFEXITED (status))
          g_error ("the part %s did not finish", parts[j].name);
        fputs (out, stdout);
        n_met += WEXITSTATUS (status) >> 4;
        n_missed += WEXITSTATUS (status) & 15;
      }
  printf ("\n%d targets met, %d missed; %.1f s in all\n", n_met, n_missed, now () - t_start);
  return 0;
}
