/* test-fault.c: page faults, copy-on-write, swap and the OOM killer
 * against engine.md sections 4 to 6, with smaps numbers checked against a
 * real kernel's (tests/data/realk-smaps).
 *
 * Every test runs the invariant checkers (the buddy and slab ones, and
 * mms_check_pgtables()) after every event, and counts the events by kind.
 */
#include "mms-test-engine.h"

typedef struct
{
  guint counts[MMS_NR_EVENT_KINDS];
  guint in[MMS_NR_EVENT_KINDS];   /* those with addr in [lo, hi) */
  guint64 lo, hi;
  GArray *faults;           /* the count field of FILE_FAULT events, in order */
} Watch;

static void
check_after_event_cb (MmsMachine     *machine,
                      const MmsEvent *event,
                      gpointer        user_data)
{
  Watch *watch = user_data;
  g_autofree char *text = mms_event_describe (event);

  g_assert_nonnull (text);
  watch->counts[event->kind]++;
  if (event->addr >= watch->lo && event->addr < watch->hi)
    watch->in[event->kind]++;
  mms_test_check_event (machine, event);
}

static MmsMachine *
boot (MmsArch  arch,
      guint64  ram,
      guint64  swap,
      Watch   *watch)
{
  memset (watch, 0, sizeof *watch);
  return mms_test_boot (arch, ram, swap, check_after_event_cb, watch);
}

static struct task_struct *
spawn (MmsMachine *machine,
       const char *comm)
{
  return mms_test_spawn (machine, comm);
}

static guint64
map_anon (struct task_struct *task,
          guint64             len,
          guint               prot,
          guint               flags)
{
  gint64 addr = mms_sys_mmap (task, 0, len, prot, flags | MMS_MAP_ANONYMOUS, NULL, 0);

  g_assert_cmpint (addr, >, 0);
  return (guint64) addr;
}

static guint64
pte_at (struct task_struct *task,
        guint64             addr)
{
  guint64 *ptep = mms_pte_lookup (task->mm, addr);
  return ptep != NULL ? *ptep : 0;
}

static struct page *
frame_at (struct task_struct *task,
          guint64             addr)
{
  guint64 pte = pte_at (task, addr);

  g_assert_true (mms_pte_present (pte));
  return mms_pfn_to_page (task->mm->machine, mms_pte_pfn (pte));
}

static void
touch (struct task_struct *task,
       guint64             addr,
       guint64             len,
       MmsAccess           access)
{
  g_assert_true (mms_touch (task, addr, len, access));
}

/* The ten smaps lines (without the maps line) of the VMA starting at START. */
static char *
smaps_of (struct task_struct *task,
          guint64             start)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *prefix = g_strdup_printf ("%08" G_GINT64_MODIFIER "x-", start);
  g_auto(GStrv) lines = NULL;
  GString *block = g_string_new (NULL);

  mms_report_smaps (task->mm, out);
  lines = g_strsplit (out->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        for (guint j = 1; j <= 10; j++)
          {
            g_assert_nonnull (lines[i + j]);
            g_string_append_printf (block, "%s\n", lines[i + j]);
          }
        return g_string_free (block, FALSE);
      }
  g_error ("no VMA at 0x%" G_GINT64_MODIFIER "x in\n%s", start, out->str);
  return NULL;
}

/* The same ten lines from a real kernel's smaps in tests/data/realk-smaps,
 * in the block under the comment line TITLE. */
static char *
realk_smaps (const char *file,
             const char *title)
{
  static const char * const names[] = {
    "Size:", "Rss:", "Pss:", "Shared_Clean:", "Shared_Dirty:", "Private_Clean:",
    "Private_Dirty:", "Referenced:", "Anonymous:", "Swap:",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "realk-smaps", file, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GString *block = g_string_new (NULL);
  gboolean in = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#')
        {
          if (in)
            break;
          in = g_str_equal (lines[i] + 2, title);
          continue;
        }
      if (!in)
        continue;
      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        if (g_str_has_prefix (lines[i], names[n]))
          g_string_append_printf (block, "%s\n", lines[i]);
    }
  g_assert_true (in);
  return g_string_free (block, FALSE);
}

static void
assert_smaps_realk (struct task_struct *task,
                    guint64             start,
                    const char         *file,
                    const char         *title)
{
  g_autofree char *ours = smaps_of (task, start);
  g_autofree char *theirs = realk_smaps (file, title);

  g_assert_cmpstr (ours, ==, theirs);
}

/* Demand paging: writes get frames, a read the zero page, which is in no
 * RSS; writing the zero page copies it. */
static void
test_demand_paging (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *task = spawn (m, "a");
  guint64 addr = map_anon (task, 4 * PAGE, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  gint64 base = task->mm->rss_anon;
  guint64 pte, used;
  struct page *page;

  memset (w.counts, 0, sizeof w.counts);
  touch (task, addr, 2 * PAGE, MMS_ACCESS_WRITE);
  touch (task, addr + 2 * PAGE, 1, MMS_ACCESS_READ);
  g_assert_cmpuint (w.counts[MMS_EV_ANON_PAGE], ==, 2);
  g_assert_cmpuint (w.counts[MMS_EV_ZERO_PAGE_MAP], ==, 1);
  g_assert_cmpint (task->mm->rss_anon, ==, base + 2);
  g_assert_cmpuint (mms_mm_rss (task->mm), ==, base + 2);

  /* Pages 0 and 1: present, writable, dirty, young, NX; counts of one. */
  pte = pte_at (task, addr);
  g_assert_cmphex (pte & (MMS_PTE_PRESENT | MMS_PTE_RW | MMS_PTE_USER | MMS_PTE_ACCESSED
                          | MMS_PTE_DIRTY | MMS_PTE_NX),
                   ==, MMS_PTE_PRESENT | MMS_PTE_RW | MMS_PTE_USER | MMS_PTE_ACCESSED
                       | MMS_PTE_DIRTY | MMS_PTE_NX);
  page = frame_at (task, addr);
  g_assert_cmpint (page->owner, ==, MMS_OWNER_ANON);
  g_assert_cmpint (page->_refcount, ==, 1);
  g_assert_cmpint (page->mapcount, ==, 1);
  g_assert_true (page->mapping == task->mm->mmap_cache->anon_vma
                 || page->mapping == mms_vma_lookup (task->mm, addr)->anon_vma);
  g_assert_cmpuint (page->index, ==, addr >> MMS_PAGE_SHIFT);
  g_assert_true (page->flags & PG_lru);
  g_assert_cmpuint (mms_pte_pfn (pte_at (task, addr + PAGE)), !=, mms_pte_pfn (pte));

  /* Page 2: the zero page, read-only; page 3: nothing. */
  pte = pte_at (task, addr + 2 * PAGE);
  g_assert_cmpuint (mms_pte_pfn (pte), ==, m->zero_pfn);
  g_assert_false (pte & MMS_PTE_RW);
  g_assert_cmpint (m->mem_map[m->zero_pfn].mapcount, ==, 0);
  g_assert_cmphex (pte_at (task, addr + 3 * PAGE), ==, 0);

  /* What Linux 6.18 shows for the same accesses. */
  assert_smaps_realk (task, addr, "a-private-anon.txt",
                      "process: private anon 4 pages rw-: pages 0,1 written, page 2 read, page 3 untouched");

  /* A second access to a present page is no fault at all. */
  used = m->nr_used;
  touch (task, addr, 1, MMS_ACCESS_READ);
  g_assert_cmpuint (m->nr_used, ==, used);
  g_assert_cmpuint (w.counts[MMS_EV_ANON_PAGE], ==, 2);

  /* Writing the zero page copies it (do_wp_page). */
  touch (task, addr + 2 * PAGE, 1, MMS_ACCESS_WRITE);
  g_assert_cmpuint (w.counts[MMS_EV_WP_COPY], ==, 1);
  g_assert_cmpint (task->mm->rss_anon, ==, base + 3);
  pte = pte_at (task, addr + 2 * PAGE);
  g_assert_cmpuint (mms_pte_pfn (pte), !=, m->zero_pfn);
  g_assert_true (pte & MMS_PTE_RW);
  g_assert_cmpuint (m->nr_used, ==, used + 1);

  /* munmap gives every frame back. */
  g_assert_cmpint (mms_sys_munmap (task, addr, 4 * PAGE), ==, 0);
  g_assert_cmpint (task->mm->rss_anon, ==, base);
  g_assert_cmpuint (m->nr_used, <, used);
  mms_exit (task);
}

/* fork shares the written pages read-only; a write copies; when the other
 * side is gone, a write reuses the frame in place. */
static void
test_cow_fork (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *parent = spawn (m, "parent");
  guint64 addr = map_anon (parent, 4 * PAGE, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  struct task_struct *child;
  struct page *p0, *p1;
  guint64 pfn0, pfn1;
  int err = 0;

  w.lo = addr;
  w.hi = addr + 4 * PAGE;
  touch (parent, addr, 2 * PAGE, MMS_ACCESS_WRITE);
  pfn0 = mms_pte_pfn (pte_at (parent, addr));
  pfn1 = mms_pte_pfn (pte_at (parent, addr + PAGE));
  child = mms_fork (parent, "child", &err);
  g_assert_nonnull (child);
  g_assert_cmpint (err, ==, 0);

  /* Both sides map the same frames, read-only; counts of two. */
  p0 = &m->mem_map[pfn0];
  p1 = &m->mem_map[pfn1];
  for (guint i = 0; i < 2; i++)
    {
      guint64 pp = pte_at (parent, addr + i * PAGE), pc = pte_at (child, addr + i * PAGE);
      g_assert_cmpuint (mms_pte_pfn (pp), ==, mms_pte_pfn (pc));
      g_assert_false (pp & MMS_PTE_RW);
      g_assert_false (pc & MMS_PTE_RW);
      g_assert_true (pp & MMS_PTE_ACCESSED);
      g_assert_false (pc & MMS_PTE_ACCESSED);
    }
  g_assert_cmpint (p0->_refcount, ==, 2);
  g_assert_cmpint (p0->mapcount, ==, 2);
  g_assert_cmpint (child->mm->rss_anon, ==, parent->mm->rss_anon);
  g_assert_cmpuint (w.in[MMS_EV_PTE_WRPROTECT], ==, 2);
  g_assert_cmpuint (w.in[MMS_EV_COPY_PTE], ==, 2);
  assert_smaps_realk (child, addr, "b-after-fork.txt", "child: after fork, nothing written by the child");
  assert_smaps_realk (parent, addr, "b-after-fork.txt", "parent: child alive, child has written nothing");

  /* The child writes page 0: a copy. */
  touch (child, addr, 1, MMS_ACCESS_WRITE);
  g_assert_cmpuint (w.in[MMS_EV_WP_COPY], ==, 1);
  g_assert_cmpuint (mms_pte_pfn (pte_at (child, addr)), !=, pfn0);
  g_assert_true (pte_at (child, addr) & MMS_PTE_RW);
  g_assert_cmpuint (mms_pte_pfn (pte_at (parent, addr)), ==, pfn0);
  g_assert_false (pte_at (parent, addr) & MMS_PTE_RW);
  g_assert_cmpint (p0->_refcount, ==, 1);
  g_assert_cmpint (p0->mapcount, ==, 1);
  assert_smaps_realk (child, addr, "c-after-cow.txt", "child: after the child wrote page 0 (COW)");
  assert_smaps_realk (parent, addr, "c-after-cow.txt", "parent: child alive, child has written page 0 (COW)");

  /* The parent writes page 0, which only it maps now: reuse in place. */
  touch (parent, addr, 1, MMS_ACCESS_WRITE);
  g_assert_cmpuint (w.in[MMS_EV_WP_REUSE], ==, 1);
  g_assert_cmpuint (w.in[MMS_EV_WP_COPY], ==, 1);
  g_assert_cmpuint (mms_pte_pfn (pte_at (parent, addr)), ==, pfn0);
  g_assert_true (pte_at (parent, addr) & MMS_PTE_RW);

  /* Page 1 is still shared; once the child exits the parent reuses it. */
  g_assert_cmpint (p1->mapcount, ==, 2);
  mms_exit (child);
  g_assert_cmpint (p1->mapcount, ==, 1);
  g_assert_cmpint (p1->_refcount, ==, 1);
  touch (parent, addr + PAGE, 1, MMS_ACCESS_WRITE);
  g_assert_cmpuint (w.in[MMS_EV_WP_REUSE], ==, 2);
  g_assert_cmpuint (mms_pte_pfn (pte_at (parent, addr + PAGE)), ==, pfn1);
  mms_exit (parent);
}

/* A read-only zero-page mapping is copied to the child like any entry,
 * and a write in either copies the zero page. */
static void
test_cow_zero_page (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *parent = spawn (m, "parent");
  guint64 addr = map_anon (parent, 2 * PAGE, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  struct task_struct *child;
  int err = 0;

  touch (parent, addr, PAGE, MMS_ACCESS_WRITE);
  touch (parent, addr + PAGE, PAGE, MMS_ACCESS_READ);
  child = mms_fork (parent, "child", &err);
  g_assert_nonnull (child);
  g_assert_cmpuint (mms_pte_pfn (pte_at (child, addr + PAGE)), ==, m->zero_pfn);
  g_assert_cmpint (child->mm->rss_anon, ==, parent->mm->rss_anon);
  touch (child, addr + PAGE, PAGE, MMS_ACCESS_WRITE);
  g_assert_cmpuint (mms_pte_pfn (pte_at (child, addr + PAGE)), !=, m->zero_pfn);
  g_assert_cmpuint (mms_pte_pfn (pte_at (parent, addr + PAGE)), ==, m->zero_pfn);
  g_assert_cmpint (child->mm->rss_anon, ==, parent->mm->rss_anon + 1);
  mms_exit (parent);
  mms_exit (child);
}

/* MAP_SHARED | MAP_ANONYMOUS is shmem: the child faults the same frames
 * in again (no PTEs are copied), and they are not Anonymous. */
static void
test_shared_anon (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *parent = spawn (m, "parent");
  guint64 addr = map_anon (parent, 2 * PAGE, PROT_R | PROT_W, MMS_MAP_SHARED);
  struct task_struct *child;
  struct page *page;
  int err = 0;

  touch (parent, addr, 2 * PAGE, MMS_ACCESS_WRITE);
  g_assert_cmpint (parent->mm->rss_shmem, ==, 2);
  page = frame_at (parent, addr);
  g_assert_cmpint (page->owner, ==, MMS_OWNER_SHMEM);
  /* The page cache's reference and the entry's. */
  g_assert_cmpint (page->_refcount, ==, 2);
  g_assert_cmpint (page->mapcount, ==, 1);
  assert_smaps_realk (parent, addr, "d-shared-anon.txt",
                      "parent: shared anon 2 pages rw-, both written, before fork");

  child = mms_fork (parent, "child", &err);
  g_assert_nonnull (child);
  g_assert_cmphex (pte_at (child, addr), ==, 0);
  g_assert_cmpint (child->mm->rss_shmem, ==, 0);
  touch (child, addr, 2 * PAGE, MMS_ACCESS_READ);
  g_assert_cmpuint (w.counts[MMS_EV_FILE_FAULT], ==, 4);
  g_assert_cmpuint (w.counts[MMS_EV_PAGE_CACHE_ADD], ==, 2);
  g_assert_true (frame_at (child, addr) == page);
  g_assert_cmpint (page->_refcount, ==, 3);
  g_assert_cmpint (page->mapcount, ==, 2);
  /* shmem needs no write notification: the read mapped it writable. */
  g_assert_true (pte_at (child, addr) & MMS_PTE_RW);
  assert_smaps_realk (child, addr, "d-shared-anon.txt", "child: after the child read both pages");
  assert_smaps_realk (parent, addr, "d-shared-anon.txt",
                      "parent: child alive, child has read both pages");

  /* A write by the child is seen by the parent: same frame, no copy. */
  touch (child, addr, 1, MMS_ACCESS_WRITE);
  g_assert_true (frame_at (child, addr) == page);
  g_assert_cmpuint (w.counts[MMS_EV_WP_COPY], ==, 0);
  mms_exit (child);
  g_assert_cmpint (page->mapcount, ==, 1);
  mms_exit (parent);
}

/* File mappings: a miss reads the file (major), a hit is minor; a private
 * write copies at once; a shared write dirties the cached frame. */
static void
test_file (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *a = spawn (m, "a");
  struct task_struct *b = spawn (m, "b");
  struct mms_file *file = mms_file_create (m, "/data/file", 4 * PAGE);
  gint64 fa, fb, fs;
  struct page *page;
  guint64 cache_pfn;
  gint64 anon_b;

  g_assert_nonnull (file);
  fa = mms_sys_mmap (a, 0, 4 * PAGE, PROT_R, MMS_MAP_PRIVATE, file, 0);
  fb = mms_sys_mmap (b, 0, 4 * PAGE, PROT_R | PROT_W, MMS_MAP_PRIVATE, file, 0);
  g_assert_cmpint (fa, >, 0);
  g_assert_cmpint (fb, >, 0);
  anon_b = b->mm->rss_anon;

  g_assert_cmpint (mms_handle_fault (a, fa, MMS_ACCESS_READ), ==, MMS_FAULT_MAJOR);
  g_assert_cmpuint (w.counts[MMS_EV_PAGE_CACHE_ADD], ==, 1);
  g_assert_cmpint (mms_handle_fault (b, fb, MMS_ACCESS_READ), ==, MMS_FAULT_MINOR);
  g_assert_cmpint (mms_handle_fault (a, fa, MMS_ACCESS_READ), ==, MMS_FAULT_NONE);
  g_assert_cmpuint (w.counts[MMS_EV_PAGE_CACHE_ADD], ==, 1);
  g_assert_cmpuint (w.counts[MMS_EV_FILE_FAULT], ==, 2);
  page = frame_at (a, fa);
  cache_pfn = page - m->mem_map;
  g_assert_cmpint (page->owner, ==, MMS_OWNER_FILE);
  g_assert_cmpint (page->mapcount, ==, 2);
  g_assert_cmpint (page->_refcount, ==, 3);
  g_assert_cmpint (a->mm->rss_file, ==, 1);
  g_assert_cmpuint (g_hash_table_size (file->page_cache), ==, 1);
  g_assert_false (pte_at (b, fb) & MMS_PTE_RW);

  /* B writes its private copy of page 0: the cache frame stays A's. */
  g_assert_cmpint (mms_handle_fault (b, fb, MMS_ACCESS_WRITE), ==, MMS_FAULT_MINOR);
  g_assert_cmpuint (mms_pte_pfn (pte_at (b, fb)), !=, cache_pfn);
  g_assert_cmpint (page->mapcount, ==, 1);
  g_assert_cmpint (page->_refcount, ==, 2);
  g_assert_cmpint (b->mm->rss_file, ==, 0);
  g_assert_cmpint (b->mm->rss_anon, ==, anon_b + 1);
  g_assert_false (page->flags & PG_dirty);

  /* B writes page 1, never read: major, and copied at once. */
  g_assert_cmpint (mms_handle_fault (b, fb + PAGE, MMS_ACCESS_WRITE), ==, MMS_FAULT_MAJOR);
  g_assert_cmpuint (g_hash_table_size (file->page_cache), ==, 2);
  g_assert_cmpint (frame_at (b, fb + PAGE)->owner, ==, MMS_OWNER_ANON);

  /* A shared writable mapping: a read maps read-only (write notify), the
   * write then makes it writable and dirties the frame. */
  fs = mms_sys_mmap (a, 0, 4 * PAGE, PROT_R | PROT_W, MMS_MAP_SHARED, file, 0);
  g_assert_cmpint (fs, >, 0);
  touch (a, fs + 2 * PAGE, 1, MMS_ACCESS_READ);
  g_assert_false (pte_at (a, fs + 2 * PAGE) & MMS_PTE_RW);
  touch (a, fs + 2 * PAGE, 1, MMS_ACCESS_WRITE);
  g_assert_true (pte_at (a, fs + 2 * PAGE) & MMS_PTE_RW);
  g_assert_true (frame_at (a, fs + 2 * PAGE)->flags & PG_dirty);
  g_assert_cmpuint (w.counts[MMS_EV_WP_REUSE], ==, 1);
  g_assert_cmpint (mms_sys_munmap (a, fs, 4 * PAGE), ==, 0);
  /* The page cache keeps the frame (dirty) after the last unmap. */
  g_assert_cmpuint (g_hash_table_size (file->page_cache), ==, 3);
  mms_exit (a);
  mms_exit (b);
  g_assert_cmpint (m->mem_map[cache_pfn]._refcount, ==, 1);
}

/* SIGSEGV: no VMA, or a VMA that forbids the access. */
static void
test_segv (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *a = spawn (m, "a");
  struct task_struct *b = spawn (m, "b");
  struct task_struct *c = spawn (m, "c");
  guint64 ro = map_anon (b, PAGE, PROT_R, MMS_MAP_PRIVATE);
  guint64 rw = map_anon (c, PAGE, PROT_R | PROT_W, MMS_MAP_PRIVATE);

  g_assert_false (mms_touch (a, 0x10000, 1, MMS_ACCESS_READ));
  g_assert_cmpint (a->state, ==, MMS_TASK_KILLED_SEGV);
  g_assert_cmpint (a->segv_code, ==, MMS_SEGV_MAPERR);
  g_assert_cmphex (a->segv_addr, ==, 0x10000);

  g_assert_false (mms_touch (b, ro + 8, 1, MMS_ACCESS_WRITE));
  g_assert_cmpint (b->state, ==, MMS_TASK_KILLED_SEGV);
  g_assert_cmpint (b->segv_code, ==, MMS_SEGV_ACCERR);
  g_assert_cmphex (b->segv_addr, ==, ro + 8);

  g_assert_false (mms_touch (c, rw, 1, MMS_ACCESS_EXEC));
  g_assert_cmpint (c->segv_code, ==, MMS_SEGV_ACCERR);
  g_assert_cmpuint (w.counts[MMS_EV_SEGV], ==, 3);
}

/* A fault just below the stack grows it. */
static void
test_stack_growth (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 64 << 20, 0, &w);
  struct task_struct *a = spawn (m, "a");
  struct vm_area_struct *stack = NULL;
  guint64 start;

  for (struct vm_area_struct *v = a->mm->mmap; v != NULL; v = v->vm_next)
    if (v->vm_flags & VM_GROWSDOWN)
      stack = v;
  g_assert_nonnull (stack);
  start = stack->vm_start;
  memset (w.counts, 0, sizeof w.counts);
  touch (a, start - 2 * PAGE, 1, MMS_ACCESS_WRITE);
  g_assert_cmphex (stack->vm_start, ==, start - 2 * PAGE);
  g_assert_cmpuint (w.counts[MMS_EV_ANON_PAGE], ==, 1);
  mms_exit (a);
}

/* With little RAM, anonymous pages go to swap and come back on access. */
static void
test_swap (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 4 << 20, 8 << 20, &w);
  struct task_struct *a = spawn (m, "a");
  guint64 len = 6 << 20;
  guint64 pages = len >> MMS_PAGE_SHIFT;
  guint64 addr = map_anon (a, len, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  guint64 pte;
  g_autoptr(GString) walk = g_string_new (NULL);
  g_autofree char *expect = NULL;
  gint64 base = a->mm->rss_anon;

  touch (a, addr, len, MMS_ACCESS_WRITE);
  g_assert_cmpint (a->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (a->mm->rss_anon + a->mm->rss_swap, ==, pages + base);
  g_assert_cmpint (a->mm->rss_swap, >, 0);
  g_assert_cmpuint (w.counts[MMS_EV_SWAP_OUT], ==, a->mm->rss_swap);
  g_assert_cmpuint (m->nr_swap_used, ==, a->mm->rss_swap);
  g_assert_cmpuint (w.counts[MMS_EV_RECLAIM], >, 0);
  g_assert_cmpuint (w.counts[MMS_EV_OOM_KILL], ==, 0);

  /* The oldest pages went first, to the lowest slots: the stack page the
   * image wrote, then the region's first page. */
  pte = pte_at (a, addr);
  g_assert_true (mms_pte_is_swap (pte));
  g_assert_cmpuint (mms_pte_swap_slot (pte), ==, base);
  mms_report_pagewalk (a->mm, addr, walk);
  expect = g_strdup_printf ("PTE index %u: 0x%016" G_GINT64_MODIFIER "x swap entry slot %"
                            G_GINT64_FORMAT " (not present)\n", (guint) ((addr >> 12) & 511),
                            pte, base);
  g_assert_true (g_str_has_suffix (walk->str, expect));

  /* Reading it back is a major fault: the slot is free again. */
  g_assert_cmpint (mms_handle_fault (a, addr, MMS_ACCESS_READ), ==, MMS_FAULT_MAJOR);
  g_assert_cmpuint (w.counts[MMS_EV_SWAP_IN], ==, 1);
  g_assert_true (mms_pte_present (pte_at (a, addr)));
  g_assert_cmpint (a->mm->rss_anon + a->mm->rss_swap, ==, pages + base);
  g_assert_cmpuint (m->swap_map[base], ==, 0);

  /* A swapped page survives fork: both entries hold the slot. */
  {
    int err = 0;
    struct task_struct *child;
    guint64 other = 0;

    for (guint64 p = 0; p < pages && other == 0; p++)
      if (mms_pte_is_swap (pte_at (a, addr + p * PAGE)))
        other = addr + p * PAGE;
    g_assert_cmpuint (other, !=, 0);
    child = mms_fork (a, "child", &err);
    g_assert_nonnull (child);
    g_assert_true (mms_pte_is_swap (pte_at (child, other)));
    g_assert_cmphex (pte_at (child, other), ==, pte_at (a, other));
    g_assert_cmpuint (m->swap_map[mms_pte_swap_slot (pte_at (a, other))], ==, 2);
    g_assert_cmpint (child->mm->rss_swap, ==, a->mm->rss_swap);
    mms_exit (child);
    g_assert_cmpuint (m->swap_map[mms_pte_swap_slot (pte_at (a, other))], ==, 1);
  }

  mms_exit (a);
  g_assert_cmpuint (m->nr_swap_used, ==, 0);
  g_assert_cmpuint (m->nr_lru[0] + m->nr_lru[1], ==, 0);
}

/* Reclaim drops clean file pages, and writes dirty ones back first. */
static void
test_reclaim_file (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 4 << 20, 0, &w);
  struct task_struct *a = spawn (m, "a");
  struct mms_file *file = mms_file_create (m, "/data/big", 6 << 20);
  gint64 f = mms_sys_mmap (a, 0, 6 << 20, PROT_R | PROT_W, MMS_MAP_SHARED, file, 0);

  g_assert_cmpint (f, >, 0);
  touch (a, f, PAGE, MMS_ACCESS_WRITE);
  touch (a, f + PAGE, (6 << 20) - PAGE, MMS_ACCESS_READ);
  g_assert_cmpint (a->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpuint (w.counts[MMS_EV_DROP_PAGE], >, 0);
  g_assert_cmpuint (w.counts[MMS_EV_WRITEBACK], ==, 1);
  g_assert_cmpuint (w.counts[MMS_EV_OOM_KILL], ==, 0);
  g_assert_cmpuint (g_hash_table_size (file->page_cache), ==, a->mm->rss_file);
  g_assert_cmpint (a->mm->rss_file, <, (6 << 20) >> MMS_PAGE_SHIFT);
  mms_exit (a);
}

/* Without swap, the OOM killer kills the biggest process. */
static void
test_oom (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 8 << 20, 0, &w);
  struct task_struct *small = spawn (m, "small");
  struct task_struct *big = spawn (m, "big");
  struct task_struct *late = spawn (m, "late");
  guint64 s = map_anon (small, 1 << 20, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  guint64 b = map_anon (big, 5 << 20, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  guint64 l = map_anon (late, 4 << 20, PROT_R | PROT_W, MMS_MAP_PRIVATE);

  gint64 base = late->mm->rss_anon;

  touch (small, s, 1 << 20, MMS_ACCESS_WRITE);
  touch (big, b, 5 << 20, MMS_ACCESS_WRITE);
  g_assert_cmpuint (w.counts[MMS_EV_OOM_KILL], ==, 0);
  /* late runs out of memory: big is the biggest and dies, late goes on. */
  touch (late, l, 4 << 20, MMS_ACCESS_WRITE);
  g_assert_cmpuint (w.counts[MMS_EV_OOM_KILL], ==, 1);
  g_assert_cmpint (big->state, ==, MMS_TASK_KILLED_OOM);
  g_assert_cmpint (small->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (late->state, ==, MMS_TASK_RUNNING);
  g_assert_cmpint (late->mm->rss_anon, ==, base + 256 * 4);
  mms_exit (small);
  mms_exit (late);
}

/* The faulting process itself can be the victim. */
static void
test_oom_self (void)
{
  Watch w;
  g_autoptr(MmsMachine) m = boot (MMS_ARCH_PRESET_X86_64, 4 << 20, 0, &w);
  struct task_struct *a = spawn (m, "a");
  guint64 addr = map_anon (a, 8 << 20, PROT_R | PROT_W, MMS_MAP_PRIVATE);
  guint64 used;

  g_assert_false (mms_touch (a, addr, 8 << 20, MMS_ACCESS_WRITE));
  g_assert_cmpint (a->state, ==, MMS_TASK_KILLED_OOM);
  g_assert_cmpuint (w.counts[MMS_EV_OOM_KILL], ==, 1);
  /* Everything it had is back: only the boot-time frames are used. */
  used = m->nr_used;
  g_assert_cmpuint (m->nr_lru[0] + m->nr_lru[1], ==, 0);
  g_assert_cmpuint (used, <, 64);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/fault/demand-paging", test_demand_paging);
  g_test_add_func ("/engine/fault/cow-fork", test_cow_fork);
  g_test_add_func ("/engine/fault/cow-zero-page", test_cow_zero_page);
  g_test_add_func ("/engine/fault/shared-anon", test_shared_anon);
  g_test_add_func ("/engine/fault/file", test_file);
  g_test_add_func ("/engine/fault/segv", test_segv);
  g_test_add_func ("/engine/fault/stack-growth", test_stack_growth);
  g_test_add_func ("/engine/fault/swap", test_swap);
  g_test_add_func ("/engine/fault/reclaim-file", test_reclaim_file);
  g_test_add_func ("/engine/fault/oom", test_oom);
  g_test_add_func ("/engine/fault/oom-self", test_oom_self);
  return g_test_run ();
}
