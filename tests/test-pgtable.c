/* test-pgtable.c: page tables against engine.md sections 1, 3 and 4:
 * their shape on each preset, lazy allocation, freeing after munmap and
 * exit, mprotect, mremap and the pagewalk report.
 *
 * The invariant checkers run after every event.
 */
#include "mms-test-engine.h"

typedef struct
{
  guint counts[MMS_NR_EVENT_KINDS];
  guint levels[4];          /* PTE_ALLOC events by level */
} Watch;

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  Watch *watch = user_data;

  watch->counts[event->kind]++;
  if (event->kind == MMS_EV_PTE_ALLOC && event->level < 4)
    watch->levels[event->level]++;
  mms_test_check_event (machine, event);
}

static MmsMachine *
boot (MmsArch  arch,
      Watch   *watch)
{
  memset (watch, 0, sizeof *watch);
  return mms_test_boot (arch, 64 << 20, 0, check_after_event_cb, watch);
}

static struct task_struct *
spawn (MmsMachine *machine,
       const char *comm)
{
  return mms_test_spawn (machine, comm);
}

static guint64
pte_at (struct task_struct *task,
        guint64             addr)
{
  guint64 *ptep = mms_pte_lookup (task->mm, addr);
  return ptep != NULL ? *ptep : 0;
}

static char *
pagewalk (struct task_struct *task,
          guint64             addr)
{
  GString *out = g_string_new (NULL);
  mms_report_pagewalk (task->mm, addr, out);
  return g_string_free (out, FALSE);
}

static void
test_arch_constants (void)
{
  static const struct { MmsArch arch; guint64 task_size, mmap_base; guint levels, entries; } cases[] = {
    { MMS_ARCH_PRESET_X86_64, 0x7ffffffff000, 0x7ffff7fff000, 4, 512 },
    { MMS_ARCH_PRESET_I386, 0xC0000000, 0xB8000000, 2, 1024 },
    { MMS_ARCH_PRESET_I386_LEGACY, 0xC0000000, 0x40000000, 2, 1024 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Watch w;
      g_autoptr(MmsMachine) m = boot (cases[i].arch, &w);

      g_assert_cmphex (mms_task_size (m), ==, cases[i].task_size);
      g_assert_cmphex (mms_mmap_base (m), ==, cases[i].mmap_base);
      g_assert_cmpuint (mms_pgtable_levels (m), ==, cases[i].levels);
      g_assert_cmpuint (mms_pgtable_entries (m), ==, cases[i].entries);
    }
}

/* Tables appear on the way down as a fault needs them, and each level's
 * entry points to the next table; the walk report shows it. */
static void
test_lazy_x86_64 (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, &w);
  struct task_struct *task = spawn (m, "a");
  /* An address in the second 512 GiB (PGD index 1), where nothing else
   * is: its PUD, PMD and PTE tables are all new. */
  guint64 addr = G_GUINT64_CONSTANT (0x8000000000) + 0x1234000;
  guint64 before = task->mm->nr_pgtables;
  guint64 pgd_before = m->nr_used;
  g_autofree char *walk = NULL;
  g_autofree char *none = NULL;
  g_autofree char *expect = NULL;
  guint64 pte;
  gint64 r;

  g_assert_cmpuint (before, >=, 4);
  r = mms_sys_mmap (task, addr, 2 * PAGE, PROT_R | PROT_W,
                    MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS | MMS_MAP_FIXED, NULL, 0);
  g_assert_cmphex (r, ==, addr);
  g_assert_cmpuint (task->mm->nr_pgtables, ==, before);
  none = pagewalk (task, addr);
  g_assert_cmpstr (none, ==, "PGD index 1: none (not present)\n");

  memset (w.levels, 0, sizeof w.levels);
  g_assert_true (mms_touch (task, addr, 1, MMS_ACCESS_WRITE));
  g_assert_cmpuint (task->mm->nr_pgtables, ==, before + 3);
  g_assert_cmpuint (w.levels[0], ==, 0);
  g_assert_cmpuint (w.levels[1], ==, 1);
  g_assert_cmpuint (w.levels[2], ==, 1);
  g_assert_cmpuint (w.levels[3], ==, 1);
  /* Three tables and one anonymous frame. */
  g_assert_cmpuint (m->nr_used, >=, pgd_before + 4);

  /* The second page shares every table. */
  g_assert_true (mms_touch (task, addr + PAGE, 1, MMS_ACCESS_WRITE));
  g_assert_cmpuint (task->mm->nr_pgtables, ==, before + 3);

  pte = pte_at (task, addr);
  walk = pagewalk (task, addr);
  {
    guint64 *pgd = m->mem_map[task->mm->pgd].private;
    guint64 pud_pfn = mms_pte_pfn (pgd[1]);
    guint64 *pud = m->mem_map[pud_pfn].private;
    guint64 pmd_pfn = mms_pte_pfn (pud[0]);
    guint64 *pmd = m->mem_map[pmd_pfn].private;
    guint64 pte_pfn = mms_pte_pfn (pmd[9]);

    expect = g_strdup_printf (
      "PGD index 1: 0x%016" G_GINT64_MODIFIER "x present rw user accessed -> table 0x%" G_GINT64_MODIFIER "x\n"
      "PUD index 0: 0x%016" G_GINT64_MODIFIER "x present rw user accessed -> table 0x%" G_GINT64_MODIFIER "x\n"
      "PMD index 9: 0x%016" G_GINT64_MODIFIER "x present rw user accessed -> table 0x%" G_GINT64_MODIFIER "x\n"
      "PTE index 52: 0x%016" G_GINT64_MODIFIER "x present rw user accessed dirty nx -> frame 0x%" G_GINT64_MODIFIER "x\n",
      (pud_pfn << 12) | 0x27, pud_pfn, (pmd_pfn << 12) | 0x27, pmd_pfn,
      (pte_pfn << 12) | 0x27, pte_pfn, pte, mms_pte_pfn (pte));
    g_assert_cmphex (pte & ~MMS_PTE_PFN_MASK, ==, MMS_PTE_NX | 0x67);
  }
  g_assert_cmpstr (walk, ==, expect);

  /* munmap frees the three tables again (free_pgtables). */
  memset (w.counts, 0, sizeof w.counts);
  g_assert_cmpint (mms_sys_munmap (task, addr, 2 * PAGE), ==, 0);
  g_assert_cmpuint (w.counts[MMS_EV_PTE_CLEAR], ==, 2);
  g_assert_cmpuint (w.counts[MMS_EV_PGTABLE_FREE], ==, 3);
  g_assert_cmpuint (task->mm->nr_pgtables, ==, before);
  g_assert_cmpuint (m->nr_used, ==, pgd_before);

  /* Unmapping half of a region keeps the tables the other half needs. */
  r = mms_sys_mmap (task, addr, 2 * PAGE, PROT_R | PROT_W,
                    MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS | MMS_MAP_FIXED, NULL, 0);
  g_assert_true (mms_touch (task, addr, 2 * PAGE, MMS_ACCESS_WRITE));
  g_assert_cmpint (mms_sys_munmap (task, addr + PAGE, PAGE), ==, 0);
  g_assert_cmpuint (task->mm->nr_pgtables, ==, before + 3);
  g_assert_cmphex (pte_at (task, addr + PAGE), ==, 0);
  g_assert_true (mms_pte_present (pte_at (task, addr)));

  /* exit frees every table, the PGD included. */
  memset (w.counts, 0, sizeof w.counts);
  mms_exit (task);
  g_assert_cmpuint (w.counts[MMS_EV_PGTABLE_FREE], ==, before + 3);
  for (guint64 pfn = 0; pfn < m->nr_frames; pfn++)
    g_assert_true (m->mem_map[pfn].owner != MMS_OWNER_PAGETABLE
                   || (m->mem_map[pfn].flags & PG_buddy) || m->mem_map[pfn].private == NULL);
}

/* i386: two levels of 1024 entries, 8-digit entries, no NX. */
static void
test_i386 (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_I386, &w);
  struct task_struct *task = spawn (m, "a");
  gint64 addr = mms_sys_mmap (task, 0, 2 * PAGE, PROT_R | PROT_W,
                              MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS, NULL, 0);
  g_autofree char *walk = NULL;
  g_autofree char *expect = NULL;
  guint64 pte, table;

  g_assert_cmpint (addr, >, 0);
  g_assert_true (mms_touch (task, addr, 1, MMS_ACCESS_WRITE));
  g_assert_true (mms_touch (task, addr + PAGE, 1, MMS_ACCESS_READ));
  pte = pte_at (task, addr);
  g_assert_cmphex (pte & ~MMS_PTE_PFN_MASK, ==, 0x67);
  table = mms_pte_pfn (((guint64 *) m->mem_map[task->mm->pgd].private)[addr >> 22]);
  walk = pagewalk (task, addr + PAGE);
  expect = g_strdup_printf ("PGD index %u: 0x%08" G_GINT64_MODIFIER "x present rw user accessed"
                            " -> table 0x%" G_GINT64_MODIFIER "x\n"
                            "PTE index %u: 0x%08" G_GINT64_MODIFIER "x present user accessed"
                            " -> frame 0x0 (zero page)\n",
                            (guint) (addr >> 22), (table << 12) | 0x27, table,
                            (guint) (((addr + PAGE) >> 12) & 1023), (guint64) 0x25);
  g_assert_cmpstr (walk, ==, expect);
  mms_exit (task);
}

/* mprotect: removing write protects the entries, adding it back does not
 * make a private page writable (the next write reuses it); NX follows
 * VM_EXEC. */
static void
test_mprotect (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, &w);
  struct task_struct *task = spawn (m, "a");
  gint64 addr = mms_sys_mmap (task, 0, 2 * PAGE, PROT_R | PROT_W,
                              MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS, NULL, 0);
  guint64 pfn;

  g_assert_cmpint (addr, >, 0);
  g_assert_true (mms_touch (task, addr, 2 * PAGE, MMS_ACCESS_WRITE));
  pfn = mms_pte_pfn (pte_at (task, addr));
  memset (w.counts, 0, sizeof w.counts);
  g_assert_cmpint (mms_sys_mprotect (task, addr, 2 * PAGE, PROT_R), ==, 0);
  g_assert_cmpuint (w.counts[MMS_EV_PTE_WRPROTECT], ==, 2);
  g_assert_false (pte_at (task, addr) & MMS_PTE_RW);
  g_assert_cmpuint (mms_pte_pfn (pte_at (task, addr)), ==, pfn);
  g_assert_false (mms_touch (task, addr, 1, MMS_ACCESS_WRITE));
  g_assert_cmpint (task->segv_code, ==, MMS_SEGV_ACCERR);
  task = spawn (m, "b");
  addr = mms_sys_mmap (task, 0, 2 * PAGE, PROT_R | PROT_W, MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS,
                       NULL, 0);
  g_assert_true (mms_touch (task, addr, 2 * PAGE, MMS_ACCESS_WRITE));
  pfn = mms_pte_pfn (pte_at (task, addr));
  g_assert_cmpint (mms_sys_mprotect (task, addr, 2 * PAGE, PROT_R), ==, 0);
  g_assert_cmpint (mms_sys_mprotect (task, addr, 2 * PAGE, PROT_R | PROT_W), ==, 0);
  g_assert_false (pte_at (task, addr) & MMS_PTE_RW);
  memset (w.counts, 0, sizeof w.counts);
  g_assert_true (mms_touch (task, addr, 1, MMS_ACCESS_WRITE));
  g_assert_cmpuint (w.counts[MMS_EV_WP_REUSE], ==, 1);
  g_assert_cmpuint (mms_pte_pfn (pte_at (task, addr)), ==, pfn);
  g_assert_true (pte_at (task, addr) & MMS_PTE_RW);

  /* PROT_EXEC clears NX, and a fetch is no fault then. */
  g_assert_cmpint (mms_sys_mprotect (task, addr, PAGE, PROT_R | PROT_X), ==, 0);
  g_assert_false (pte_at (task, addr) & MMS_PTE_NX);
  g_assert_false (pte_at (task, addr) & MMS_PTE_RW);
  g_assert_true (pte_at (task, addr + PAGE) & MMS_PTE_NX);
  g_assert_cmpint (mms_handle_fault (task, addr, MMS_ACCESS_EXEC), ==, MMS_FAULT_NONE);
}

/* mremap moves entries with their frames and counts. */
static void
test_mremap_move (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, &w);
  struct task_struct *task = spawn (m, "a");
  gint64 addr = mms_sys_mmap (task, 0, 2 * PAGE, PROT_R | PROT_W,
                              MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS, NULL, 0);
  gint64 blocker, moved;
  guint64 pfn0, pfn1;

  g_assert_cmpint (addr, >, 0);
  g_assert_true (mms_touch (task, addr, 2 * PAGE, MMS_ACCESS_WRITE));
  pfn0 = mms_pte_pfn (pte_at (task, addr));
  pfn1 = mms_pte_pfn (pte_at (task, addr + PAGE));
  /* Something right above keeps it from growing in place. */
  blocker = mms_sys_mmap (task, addr + 2 * PAGE, PAGE, PROT_R,
                          MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS | MMS_MAP_FIXED, NULL, 0);
  g_assert_cmpint (blocker, ==, addr + 2 * PAGE);
  moved = mms_sys_mremap (task, addr, 2 * PAGE, 4 * PAGE, MMS_MREMAP_MAYMOVE);
  g_assert_cmpint (moved, >, 0);
  g_assert_cmpint (moved, !=, addr);
  g_assert_cmphex (pte_at (task, addr), ==, 0);
  g_assert_cmpuint (mms_pte_pfn (pte_at (task, moved)), ==, pfn0);
  g_assert_cmpuint (mms_pte_pfn (pte_at (task, moved + PAGE)), ==, pfn1);
  g_assert_cmpint (m->mem_map[pfn0].mapcount, ==, 1);
  g_assert_cmpint (m->mem_map[pfn0]._refcount, ==, 1);
  /* The moved page is still found by its index (a write reuses it). */
  g_assert_true (mms_touch (task, moved, 1, MMS_ACCESS_WRITE));
  g_assert_cmpuint (mms_pte_pfn (pte_at (task, moved)), ==, pfn0);
  mms_exit (task);
}

/* Beyond user space the walk says so. */
static void
test_pagewalk_outside (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, &w);
  struct task_struct *task = spawn (m, "a");
  g_autofree char *walk = pagewalk (task, G_GUINT64_CONSTANT (0xffff888000000000));

  g_assert_cmpstr (walk, ==, "0xffff888000000000: outside user space (TASK_SIZE 0x7ffffffff000)\n");
  mms_exit (task);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/pgtable/arch-constants", test_arch_constants);
  g_test_add_func ("/engine/pgtable/lazy-x86_64", test_lazy_x86_64);
  g_test_add_func ("/engine/pgtable/i386", test_i386);
  g_test_add_func ("/engine/pgtable/mprotect", test_mprotect);
  g_test_add_func ("/engine/pgtable/mremap-move", test_mremap_move);
  g_test_add_func ("/engine/pgtable/pagewalk-outside", test_pagewalk_outside);
  return g_test_run ();
}
