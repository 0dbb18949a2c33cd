/* test-mm-random.c: thousands of random address-space operations on small
 * machines, with every invariant checker run after every event.
 *
 * The operations are the scenario language's process statements: spawn,
 * fork, thread, exit, mmap (anonymous and file, private and shared, fixed
 * and not), munmap, mprotect, mremap, brk, read, write and fetch.  Memory
 * is small and swap is on, so reclaim, swap and the OOM killer run too. */
#include "mms-test-maple.h"
#include "mms-test-engine.h"
#include "mms-vma-index.h"

typedef struct
{
  guint64 events;
  guint64 kinds[MMS_NR_EVENT_KINDS];
} Watch;

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  Watch *watch = user_data;
  g_autoptr(GError) error = NULL;

  watch->events++;
  watch->kinds[event->kind]++;
  if (!mms_machine_check (machine, &error))
    g_error ("after %s (event %u): %s", mms_event_kind_name (event->kind), event->seq,
             error->message);
}

/* The gap searches, the slow way: VMA by VMA over the list. */
static guint64
naive_start_gap (const struct vm_area_struct *vma)
{
  if (vma->vm_flags & VM_GROWSDOWN)
    return vma->vm_start >= MMS_STACK_GUARD_GAP ? vma->vm_start - MMS_STACK_GUARD_GAP : 0;
  return vma->vm_start;
}

static guint64
naive_topdown (struct mm_struct *mm,
               guint64           len,
               guint64           low,
               guint64           high)
{
  struct vm_area_struct *last = mm->mmap;
  guint64 gap_end = G_MAXUINT64;

  while (last != NULL && last->vm_next != NULL)
    last = last->vm_next;
  for (struct vm_area_struct *vma = last; ; vma = vma->vm_prev)
    {
      guint64 start = MAX (vma != NULL ? vma->vm_end : 0, low);
      guint64 end = MIN (gap_end, high);
      if (end > start && end - start >= len)
        return end - len;
      if (vma == NULL || vma->vm_end <= low)
        return G_MAXUINT64;
      gap_end = naive_start_gap (vma);
    }
}

static guint64
naive_bottomup (struct mm_struct *mm,
                guint64           len,
                guint64           low,
                guint64           high)
{
  guint64 gap_start = low;

  for (struct vm_area_struct *vma = mm->mmap; ; vma = vma->vm_next)
    {
      guint64 gap_end = vma != NULL ? naive_start_gap (vma) : G_MAXUINT64;
      guint64 start = MAX (gap_start, low);
      guint64 end = MIN (gap_end, high);
      if (end > start && end - start >= len)
        return start;
      if (vma == NULL || gap_end >= high)
        return G_MAXUINT64;
      gap_start = MAX (gap_start, vma->vm_end);
    }
}

static void
check_gap_searches (MmsMachine *m,
                    GRand      *rand)
{
  for (guint i = 0; i < m->mms->len; i++)
    {
      struct mm_struct *mm = m->mms->pdata[i];
      for (guint k = 0; k < 4; k++)
        {
          guint64 len = (guint64) g_rand_int_range (rand, 1, 600) << MMS_PAGE_SHIFT;
          guint64 low = k == 0 ? MMS_MMAP_MIN_ADDR : (guint64) g_rand_int_range (rand, 1, 1 << 20) << MMS_PAGE_SHIFT;
          guint64 high = k == 0 ? mm->mmap_base : mm->task_size - ((guint64) g_rand_int_range (rand, 0, 4096) << MMS_PAGE_SHIFT);
          g_assert_cmphex (mms_vma_index_gap_topdown (mm->vma_index, len, low, high), ==,
                           naive_topdown (mm, len, low, high));
          /* mas_empty_area_rev () through the maple tree finds the same. */
          g_assert_cmphex (mms_mt_unmapped_area_topdown (mm, len, low, high), ==,
                           naive_topdown (mm, len, low, high));
          g_assert_cmphex (mms_vma_index_gap_bottomup (mm->vma_index, len, low, high), ==,
                           naive_bottomup (mm, len, low, high));
        }
    }
}

/* find_vma() against a walk of the list: the first VMA with vm_end > ADDR. */
static struct vm_area_struct *
naive_find_vma (struct mm_struct *mm,
                guint64           addr)
{
  for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    if (vma->vm_end > addr)
      return vma;
  return NULL;
}

/* find_vma() at the edges of the range its cache's hint remembers (which
 * the operations since may have made stale: split, merged, moved), then
 * at the edges of random VMAs and at random addresses. */
static void
check_find_vma (MmsMachine *m,
                GRand      *rand)
{
  for (guint i = 0; i < m->mms->len; i++)
    {
      struct mm_struct *mm = m->mms->pdata[i];
      guint64 hint[] = { mm->mmap_cache_start, mm->mmap_cache_end };

      for (guint k = 0; k < 2 * G_N_ELEMENTS (hint); k++)
        {
          guint64 addr = hint[k / 2] - (k % 2);
          g_assert_true (mms_find_vma (mm, addr) == naive_find_vma (mm, addr));
        }
      for (guint k = 0; k < 16 && mm->map_count > 0; k++)
        {
          struct vm_area_struct *vma = mm->mmap;
          guint64 addr;

          for (gint skip = g_rand_int_range (rand, 0, mm->map_count); skip > 0; skip--)
            vma = vma->vm_next;
          switch (k % 4)
            {
            case 0: addr = vma->vm_start - 1; break;
            case 1: addr = vma->vm_start; break;
            case 2: addr = vma->vm_end - 1; break;
            default: addr = vma->vm_end; break;
            }
          g_assert_true (mms_find_vma (mm, addr) == naive_find_vma (mm, addr));
          addr = g_rand_int_range (rand, 0, G_MAXINT32) * (guint64) MMS_PAGE_SIZE % mm->task_size;
          g_assert_true (mms_find_vma (mm, addr) == naive_find_vma (mm, addr));
        }
    }
}

static struct task_struct *
random_task (MmsMachine *m,
             GRand      *rand)
{
  g_autoptr(GPtrArray) live = g_ptr_array_new ();

  for (guint i = 0; i < m->tasks->len; i++)
    {
      struct task_struct *t = m->tasks->pdata[i];
      if (t->state == MMS_TASK_RUNNING && t->mm != NULL)
        g_ptr_array_add (live, t);
    }
  if (live->len == 0)
    return NULL;
  return live->pdata[g_rand_int_range (rand, 0, live->len)];
}

/* An address near the task's mappings: inside a VMA, at its edges, or in
 * the area below mmap_base where the mmaps go. */
static guint64
random_addr (struct task_struct *task,
             GRand              *rand)
{
  struct mm_struct *mm = task->mm;
  struct vm_area_struct *vma = mm->mmap;
  guint n = g_rand_int_range (rand, 0, mm->map_count);

  for (guint i = 0; i < n && vma->vm_next != NULL; i++)
    vma = vma->vm_next;
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return vma->vm_start;
    case 1:
      return vma->vm_end;
    case 2:
      return vma->vm_start + (((vma->vm_end - vma->vm_start) >> MMS_PAGE_SHIFT) > 1
                              ? (guint64) g_rand_int_range (rand, 1, (vma->vm_end - vma->vm_start) >> MMS_PAGE_SHIFT)
                                  << MMS_PAGE_SHIFT
                              : 0);
    default:
      return mm->mmap_base - ((guint64) g_rand_int_range (rand, 1, 128) << MMS_PAGE_SHIFT);
    }
}

static void
random_run (MmsArch  arch,
            guint64  ram,
            guint64  swap,
            guint32  seed,
            guint    steps,
            gboolean pressure)
{
  g_autoptr(GError) error = NULL;
  Watch watch = { 0 };
  g_autoptr(MmsMachine) m = mms_test_boot (arch, ram, swap, check_after_event_cb, &watch);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GRand) gap_rand = g_rand_new_with_seed (seed ^ 0x5eed);
  struct mms_file *file;

  /* Under the sanitizers (MMS_TEST_QUICK) every run is as long as the
   * shortest (400 steps), which still splits, merges, copies and swaps. */
  if (g_getenv ("MMS_TEST_QUICK") != NULL)
    steps = MIN (steps, 400);
  guint names = 0;
  const guint prots[] = { 0, 1, 3, 5, 7, 3, 3 };
  g_autoptr(GString) trees = g_string_new (NULL);

  file = mms_file_create (m, "data.bin", 256 << 10);
  mms_test_mt_log_start (m);

  for (guint step = 0; step < steps; step++)
    {
      struct task_struct *task = random_task (m, rand);
      guint op = g_rand_int_range (rand, 0, 100);
      guint64 len = (guint64) (g_rand_int_range (rand, 0, pressure ? 2 : 10) == 0
                               ? g_rand_int_range (rand, 16, 400)
                               : g_rand_int_range (rand, 1, 9))
                    << MMS_PAGE_SHIFT;
      guint prot = prots[g_rand_int_range (rand, 0, G_N_ELEMENTS (prots))];
      g_autofree char *name = NULL;

      if (task == NULL || (op < 3 && m->tasks->len < 12))
        {
          MmsImage image = { .path = "/bin/rand", .text = 16 << 10, .data = 8 << 10, .bss = 8 << 10 };
          name = g_strdup_printf ("p%u", names++);
          mms_spawn (m, name, &image, NULL);
          continue;
        }
      if (op < 6 && m->tasks->len < 12)
        {
          name = g_strdup_printf ("c%u", names++);
          if (op < 5)
            mms_fork (task, name, NULL);
          else
            mms_thread (task, name, NULL);
        }
      else if (op < 8)
        mms_exit (task);
      else if (op < 30)
        {
          guint flags = g_rand_boolean (rand) ? MMS_MAP_PRIVATE : MMS_MAP_SHARED;
          guint64 addr = 0;
          struct mms_file *f = g_rand_int_range (rand, 0, 4) == 0 ? file : NULL;
          if (f == NULL)
            flags |= MMS_MAP_ANONYMOUS;
          if (g_rand_int_range (rand, 0, 3) == 0)
            {
              addr = random_addr (task, rand) & MMS_PAGE_MASK;
              flags |= g_rand_boolean (rand) ? MMS_MAP_FIXED : MMS_MAP_FIXED_NOREPLACE;
            }
          mms_sys_mmap (task, addr, len, prot, flags, f,
                        f != NULL ? (guint64) g_rand_int_range (rand, 0, 32) << MMS_PAGE_SHIFT : 0);
        }
      else if (op < 42)
        mms_sys_munmap (task, random_addr (task, rand), len);
      else if (op < 54)
        mms_sys_mprotect (task, random_addr (task, rand), len, prot);
      else if (op < 58)
        mms_sys_mremap (task, random_addr (task, rand), len,
                        (guint64) g_rand_int_range (rand, 1, 12) << MMS_PAGE_SHIFT,
                        g_rand_boolean (rand) ? MMS_MREMAP_MAYMOVE : 0);
      else if (op < 64)
        mms_sys_brk (task, task->mm->brk + (guint64) g_rand_int_range (rand, -8, 16) * MMS_PAGE_SIZE);
      else
        {
          /* Mostly accesses the VMA allows (a few that fault to SIGSEGV). */
          struct vm_area_struct *vma = task->mm->mmap;
          guint n = g_rand_int_range (rand, 0, task->mm->map_count);
          MmsAccess access;
          guint64 pages;

          for (guint i = 0; i < n && vma->vm_next != NULL; i++)
            vma = vma->vm_next;
          /* Half the time the biggest VMA, to build memory pressure. */
          if (g_rand_boolean (rand))
            for (struct vm_area_struct *v = task->mm->mmap; v != NULL; v = v->vm_next)
              if (v->vm_end - v->vm_start > vma->vm_end - vma->vm_start && v->special == NULL
                  && !(v->vm_flags & VM_GROWSDOWN))
                vma = v;
          if (op < 96)
            {
              access = (vma->vm_flags & VM_WRITE) && op < 88 ? MMS_ACCESS_WRITE
                       : (vma->vm_flags & VM_READ) ? MMS_ACCESS_READ
                       : (vma->vm_flags & VM_EXEC) ? MMS_ACCESS_EXEC : MMS_ACCESS_READ;
              if (!(vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)) || vma->special != NULL)
                continue;
            }
          else
            access = op < 98 ? MMS_ACCESS_WRITE : MMS_ACCESS_EXEC;
          pages = (vma->vm_end - vma->vm_start) >> MMS_PAGE_SHIFT;
          mms_touch (task, vma->vm_start, MIN (pages, (guint64) g_rand_int_range (rand, 1, 400))
                                            << MMS_PAGE_SHIFT, access);
        }

      /* Between operations the rules that hold only then hold too. */
      if (!mms_machine_check (m, &error))
        g_error ("after step %u: %s", step, error->message);
      check_gap_searches (m, gap_rand);
      check_find_vma (m, gap_rand);
      if (task != NULL && task->mm != NULL)
        mms_test_mt_checkpoint (task->mm, trees);
    }
  /* Every mm's maple tree, after each step on it, is the kernel's. */
  mms_test_mt_compare (m, trees);
  g_assert_cmpuint (watch.events, >, steps);
  /* The run went through the interesting paths, not just the easy ones. */
  g_test_message ("%" G_GUINT64_FORMAT " events: %" G_GUINT64_FORMAT " splits, %" G_GUINT64_FORMAT
                  " merges, %" G_GUINT64_FORMAT " COW copies, %" G_GUINT64_FORMAT " reuses, %"
                  G_GUINT64_FORMAT " swap-outs, %" G_GUINT64_FORMAT " swap-ins, %" G_GUINT64_FORMAT
                  " OOM kills, %" G_GUINT64_FORMAT " moves, %" G_GUINT64_FORMAT " segvs",
                  watch.events, watch.kinds[MMS_EV_VMA_SPLIT], watch.kinds[MMS_EV_VMA_MERGE],
                  watch.kinds[MMS_EV_WP_COPY], watch.kinds[MMS_EV_WP_REUSE],
                  watch.kinds[MMS_EV_SWAP_OUT], watch.kinds[MMS_EV_SWAP_IN],
                  watch.kinds[MMS_EV_OOM_KILL], watch.kinds[MMS_EV_MREMAP_MOVE],
                  watch.kinds[MMS_EV_SEGV]);
  g_assert_cmpuint (watch.kinds[MMS_EV_VMA_SPLIT], >, 0);
  g_assert_cmpuint (watch.kinds[MMS_EV_VMA_MERGE], >, 0);
  g_assert_cmpuint (watch.kinds[MMS_EV_WP_COPY], >, 0);
  g_assert_cmpuint (watch.kinds[MMS_EV_ANON_PAGE], >, 0);
  if (pressure)
    {
      g_assert_cmpuint (watch.kinds[MMS_EV_SWAP_OUT], >, 0);
      g_assert_cmpuint (watch.kinds[MMS_EV_SWAP_IN], >, 0);
      g_assert_cmpuint (watch.kinds[MMS_EV_OOM_KILL], >, 0);
    }
}

static void
test_random_x86_64 (void)
{
  random_run (MMS_ARCH_PRESET_X86_64, 4 << 20, 1 << 20, 20261125, 400, TRUE);
}

static void
test_random_x86_64_roomy (void)
{
  random_run (MMS_ARCH_PRESET_X86_64, 16 << 20, 0, 1, 1500, FALSE);
}

static void
test_random_i386 (void)
{
  random_run (MMS_ARCH_PRESET_I386, 3 << 20, 256 << 10, 7, 400, TRUE);
}

static void
test_random_i386_legacy (void)
{
  random_run (MMS_ARCH_PRESET_I386_LEGACY, 8 << 20, 0, 99, 1000, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/mm/random-x86_64-swap", test_random_x86_64);
  g_test_add_func ("/engine/mm/random-x86_64", test_random_x86_64_roomy);
  g_test_add_func ("/engine/mm/random-i386", test_random_i386);
  g_test_add_func ("/engine/mm/random-i386-legacy", test_random_i386_legacy);
  return g_test_run ();
}
