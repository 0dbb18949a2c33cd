/* test-malloc.c: the heap model (src/engine/mms-malloc.c) against glibc 2.36.
 *
 * tests/data/malloc holds sequences recorded from the real glibc by
 * glibc-malloc-ref.c (its README says how): each .ops runs here against the
 * engine, and every line the real program printed (where each live
 * allocation is, its usable size, the break, the Rss of [heap]) must come
 * out the same.  The checkers (the heap's and the engine's) run after
 * every event.  Other tests drive the corner cases glibc is known for:
 * the tcache's double-free check, fastbin consolidation, trimming, the
 * dynamic mmap threshold, realloc in place and by moving, calloc's
 * clearing, fork.
 */
#include "mms-config.h"

#include <errno.h>
#include <string.h>

#include "mms-test-engine.h"
#include "mms-malloc.h"

/* The address spaces' and heaps' checkers after every event, the whole
 * machine's (buddy, slab, page tables) after every call. */
static void
check_mm_event_cb (MmsMachine     *machine,
                   const MmsEvent *event,
                   gpointer        user_data)
{
  g_autoptr(GError) error = NULL;
  guint *n = user_data;

  (*n)++;
  for (guint i = 0; i < machine->mms->len; i++)
    if (!mms_check_mm (machine->mms->pdata[i], &error))
      {
        g_autofree char *text = mms_event_describe (event);
        g_error ("after %s (event %u: %s): %s", mms_event_kind_name (event->kind), event->seq,
                 text, error->message);
      }
}

static void
check_event_cb (MmsMachine     *machine,
                const MmsEvent *event,
                gpointer        user_data)
{
  guint *n = user_data;

  if (n != NULL)
    (*n)++;
  mms_test_check_event (machine, event);
}

typedef struct
{
  MmsMachine *machine;
  struct task_struct *task;
  GHashTable *names;        /* name -> guint64 * */
  GPtrArray *order;
  guint n_events;
} Run;

static void
run_init_ram (Run          *run,
              guint64       ram,
              MmsEventFunc  func)
{
  memset (run, 0, sizeof *run);
  run->machine = mms_test_boot (MMS_ARCH_PRESET_X86_64, ram, 0, func, &run->n_events);
  run->task = mms_test_spawn (run->machine, "p");
  run->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->order = g_ptr_array_new ();
}

static void
run_init (Run     *run,
          gboolean checked)
{
  run_init_ram (run, 32 << 20, checked ? check_event_cb : NULL);
}

static void
run_clear (Run *run)
{
  g_ptr_array_free (run->order, TRUE);
  g_hash_table_destroy (run->names);
  mms_machine_free (run->machine);
}

static guint64 *
slot (Run        *run,
      const char *name)
{
  guint64 *p = g_hash_table_lookup (run->names, name);

  if (p == NULL)
    {
      char *key = g_strdup (name);
      p = g_new0 (guint64, 1);
      g_hash_table_insert (run->names, key, p);
      g_ptr_array_add (run->order, key);
    }
  return p;
}

/* One line of an .ops file: m NAME SIZE | c NAME N SIZE | r NAME SIZE |
 * f NAME | w NAME, run as glibc-malloc-ref.c runs it. */
static void
run_op (Run        *run,
        const char *line)
{
  g_auto(GStrv) w = g_strsplit (line, " ", -1);
  guint64 *p;
  int err = 0;

  g_assert_nonnull (w[0]);
  g_assert_nonnull (w[1]);
  p = slot (run, w[1]);
  switch (w[0][0])
    {
    case 'm':
      *p = mms_malloc (run->task, g_ascii_strtoull (w[2], NULL, 10), &err);
      break;
    case 'c':
      *p = mms_calloc (run->task, g_ascii_strtoull (w[2], NULL, 10),
                       g_ascii_strtoull (w[3], NULL, 10), &err);
      break;
    case 'r':
      *p = mms_realloc (run->task, *p, g_ascii_strtoull (w[2], NULL, 10), &err);
      break;
    case 'f':
      mms_free (run->task, *p);
      *p = 0;
      break;
    case 'w':
      if (*p != 0)
        g_assert_true (mms_touch (run->task, *p, mms_malloc_usable_size (run->task->mm, *p),
                                  MMS_ACCESS_WRITE));
      break;
    default:
      g_assert_not_reached ();
    }
  g_assert_cmpint (run->task->state, ==, MMS_TASK_RUNNING);
}

/* The Rss of [heap] in KiB, from the engine's own smaps. */
static guint64
heap_rss_kb (struct mm_struct *mm)
{
  g_autoptr(GString) smaps = g_string_new (NULL);
  const char *heap, *rss;

  mms_report_smaps (mm, smaps);
  heap = strstr (smaps->str, "[heap]");
  if (heap == NULL)
    return 0;
  rss = strstr (heap, "\nRss:");
  g_assert_nonnull (rss);
  return g_ascii_strtoull (rss + 5, NULL, 10);
}

/* What glibc-malloc-ref.c prints, in the order of the names. */
static char *
report (Run *run)
{
  GString *out = g_string_new (NULL);
  struct mm_struct *mm = run->task->mm;

  for (guint i = 0; i < run->order->len; i++)
    {
      const char *name = run->order->pdata[i];
      guint64 ptr = *(guint64 *) g_hash_table_lookup (run->names, name);

      if (ptr == 0)
        continue;
      if (ptr >= mm->start_brk && ptr < mm->brk)
        g_string_append_printf (out, "%s heap 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n", name,
                                ptr - mm->start_brk, mms_malloc_usable_size (mm, ptr));
      else
        g_string_append_printf (out, "%s mmap 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n", name,
                                ptr & 0xfff, mms_malloc_usable_size (mm, ptr));
    }
  g_string_append_printf (out, "brk 0x%" G_GINT64_MODIFIER "x\n", mm->brk - mm->start_brk);
  g_string_append_printf (out, "heap-rss %" G_GUINT64_FORMAT "\n", heap_rss_kb (mm));
  return g_string_free (out, FALSE);
}

/* Runs CASE.ops and compares with CASE.expected line for line. */
static void
test_realk_case (gconstpointer data)
{
  const char *name = data;
  g_autofree char *ops_path = g_test_build_filename (G_TEST_DIST, "data", "malloc", name, NULL);
  g_autofree char *ops = NULL, *expected = NULL, *got = NULL;
  g_autofree char *base = g_strndup (ops_path, strlen (ops_path) - 4);
  g_autofree char *expected_path = g_strconcat (base, ".expected", NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  Run run;

  g_assert_true (g_file_get_contents (ops_path, &ops, NULL, &error));
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  /* As the .mms files: 256 MiB, which the large writes need. */
  run_init_ram (&run, 256 << 20, check_mm_event_cb);
  lines = g_strsplit (ops, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      {
        g_autoptr(GError) check_error = NULL;

        run_op (&run, lines[i]);
        if (!mms_machine_check (run.machine, &check_error)
            || !mms_check_pgtables (run.machine, &check_error))
          g_error ("after line %u (%s): %s", i + 1, lines[i], check_error->message);
      }
  got = report (&run);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpuint (run.n_events, >, 0);
  run_clear (&run);
}

/* The first malloc: the tcache's struct (0x290) at the start of the heap,
 * 132 KiB of heap from one brk, the chunk right after the tcache's. */
static void
test_first_call (void)
{
  Run run;
  int err = 0;
  guint64 p;
  MmsChunkInfo info;

  run_init (&run, TRUE);
  p = mms_malloc (run.task, 1, &err);
  g_assert_cmpint (err, ==, 0);
  g_assert_cmphex (p - run.task->mm->start_brk, ==, 0x2a0);
  g_assert_cmphex (run.task->mm->brk - run.task->mm->start_brk, ==, 0x21000);
  g_assert_true (mms_malloc_chunk_at (run.task->mm, p, &info));
  g_assert_cmphex (info.size, ==, 0x20);
  g_assert_cmpuint (mms_malloc_usable_size (run.task->mm, p), ==, 24);
  g_assert_true (mms_malloc_chunk_at (run.task->mm, run.task->mm->start_brk + 16, &info));
  g_assert_cmphex (info.size, ==, 0x290);
  /* glibc wrote headers in the first page only. */
  g_assert_cmpuint (heap_rss_kb (run.task->mm), ==, 4);
  run_clear (&run);
}

/* A second free of a chunk in the tcache: glibc's message and SIGABRT. */
static void
test_tcache_double_free (void)
{
  Run run;
  guint64 p;

  run_init (&run, TRUE);
  p = mms_malloc (run.task, 40, NULL);
  mms_free (run.task, p);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_RUNNING);
  mms_free (run.task, p);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_KILLED_ABRT);
  g_assert_cmpstr (mms_malloc_abort_message (run.task), ==, "free(): double free detected in tcache 2");
  run_clear (&run);
}

/* With the tcache bin full, the eighth chunk goes to its fastbin; a second
 * free of the fastbin's head is "double free or corruption (fasttop)". */
static void
test_fastbin_double_free (void)
{
  Run run;
  guint64 p[8];

  run_init (&run, TRUE);
  for (guint i = 0; i < 8; i++)
    p[i] = mms_malloc (run.task, 24, NULL);
  for (guint i = 0; i < 8; i++)
    mms_free (run.task, p[i]);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_RUNNING);
  mms_free (run.task, p[7]);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_KILLED_ABRT);
  g_assert_cmpstr (mms_malloc_abort_message (run.task), ==, "double free or corruption (fasttop)");
  run_clear (&run);
}

/* A small-bin sized chunk freed twice once it is in the unsorted bin. */
static void
test_unsorted_double_free (void)
{
  Run run;
  guint64 p[9];

  run_init (&run, TRUE);
  for (guint i = 0; i < 9; i++)
    p[i] = mms_malloc (run.task, 0x200, NULL);
  for (guint i = 0; i < 8; i++)
    mms_free (run.task, p[i]);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_RUNNING);
  mms_free (run.task, p[7]);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_KILLED_ABRT);
  g_assert_cmpstr (mms_malloc_abort_message (run.task), ==, "double free or corruption (!prev)");
  run_clear (&run);
}

/* A large request consolidates the fastbins: eight 0x20 chunks, seven in
 * the tcache, one in a fastbin that merges into the top. */
static void
test_consolidate (void)
{
  Run run;
  guint64 p[8], big;
  GString *bins = g_string_new (NULL);

  run_init (&run, TRUE);
  for (guint i = 0; i < 8; i++)
    p[i] = mms_malloc (run.task, 24, NULL);
  for (guint i = 0; i < 8; i++)
    mms_free (run.task, p[i]);
  mms_report_bins (run.task->mm, bins);
  g_assert_nonnull (strstr (bins->str, "fastbins\n0x20: "));
  big = mms_malloc (run.task, 2000, NULL);
  /* The fastbin chunk (the last one, next to the top) joined the top, and
   * the large request is carved from there. */
  g_assert_cmphex (big, ==, p[7]);
  g_string_truncate (bins, 0);
  mms_report_bins (run.task->mm, bins);
  g_assert_nonnull (strstr (bins->str, "fastbins\nempty\n"));
  g_string_free (bins, TRUE);
  run_clear (&run);
}

/* The dynamic threshold: freeing a 200 KiB mapped chunk raises the
 * threshold, and the next 200 KiB request comes from the heap. */
static void
test_dynamic_threshold (void)
{
  Run run;
  guint64 a, b;
  MmsChunkInfo info;

  run_init (&run, TRUE);
  a = mms_malloc (run.task, 200 << 10, NULL);
  g_assert_true (mms_malloc_chunk_at (run.task->mm, a, &info));
  g_assert_cmpint (info.state, ==, MMS_CHUNK_MMAPPED);
  g_assert_cmphex (a & 0xfff, ==, 0x10);
  mms_free (run.task, a);
  b = mms_malloc (run.task, 200 << 10, NULL);
  g_assert_true (mms_malloc_chunk_at (run.task->mm, b, &info));
  g_assert_cmpint (info.state, ==, MMS_CHUNK_INUSE);
  g_assert_true (b >= run.task->mm->start_brk && b < run.task->mm->brk);
  run_clear (&run);
}

/* Freeing most of a big heap gives memory back (systrim). */
static void
test_trim (void)
{
  Run run;
  guint64 p[16];
  guint64 grown;

  run_init (&run, TRUE);
  for (guint i = 0; i < 16; i++)
    p[i] = mms_malloc (run.task, 100 << 10, NULL);
  grown = run.task->mm->brk - run.task->mm->start_brk;
  g_assert_cmpuint (grown, >, 1600 << 10);
  for (guint i = 16; i-- > 1;)
    mms_free (run.task, p[i]);
  /* The top keeps M_TOP_PAD (128 KiB) and a page at most. */
  g_assert_cmpuint (run.task->mm->brk - run.task->mm->start_brk, <, (100 + 132 + 4) << 10);
  run_clear (&run);
}

/* realloc grows into the top in place, and moves when it cannot. */
static void
test_realloc (void)
{
  Run run;
  guint64 a, b, c;

  run_init (&run, TRUE);
  a = mms_malloc (run.task, 100, NULL);
  b = mms_realloc (run.task, a, 1000, NULL);
  g_assert_cmphex (a, ==, b);
  c = mms_malloc (run.task, 100, NULL);
  a = mms_realloc (run.task, b, 5000, NULL);
  g_assert_cmphex (a, !=, b);
  g_assert_cmpuint (mms_malloc_usable_size (run.task->mm, a), >=, 5000);
  /* The old chunk (1008 bytes) went to the tcache. */
  g_assert_false (mms_malloc_is_live (run.task->mm, b));
  g_assert_true (mms_malloc_is_live (run.task->mm, c));
  run_clear (&run);
}

/* calloc clears what was the top before the call, not the memory its
 * sysmalloc just got from the kernel (MORECORE_CLEARS). */
static void
test_calloc_clear (void)
{
  Run run;
  guint64 a, top_left, rss0, rss1;
  MmsChunkInfo info;

  run_init (&run, TRUE);
  a = mms_malloc (run.task, 100 << 10, NULL);
  g_assert_true (mms_malloc_chunk_at (run.task->mm, a, &info));
  top_left = run.task->mm->brk - (info.addr + info.size);
  rss0 = heap_rss_kb (run.task->mm);
  /* The top (about 31 KiB) is too small: the heap grows, and only the old
   * top's part of the new chunk is written. */
  mms_calloc (run.task, 1, 100 << 10, NULL);
  rss1 = heap_rss_kb (run.task->mm);
  g_assert_cmpuint (rss1 - rss0, >=, (top_left >> 10) - 1);
  g_assert_cmpuint (rss1 - rss0, <=, (top_left >> 10) + 8);
  /* From a top the kernel gave earlier, everything is written. */
  run_clear (&run);
  run_init (&run, TRUE);
  mms_free (run.task, mms_malloc (run.task, 8, NULL));
  rss0 = heap_rss_kb (run.task->mm);
  mms_calloc (run.task, 1, 100 << 10, NULL);
  g_assert_cmpuint (heap_rss_kb (run.task->mm), >=, rss0 + 100);
  run_clear (&run);
}

/* After systrim gave memory back, a calloc that grows the heap again
 * clears only the old top (measured on Debian 12's glibc: a heap of
 * 100 MiB freed and trimmed, then calloc (1, 21 MiB) adds 136 KiB of
 * Rss, not 21 MiB). */
static void
test_calloc_after_trim (void)
{
  Run run;
  guint64 b[5], rss0;

  run_init_ram (&run, 256 << 20, check_mm_event_cb);
  mms_free (run.task, mms_malloc (run.task, 30 << 20, NULL));
  for (guint i = 0; i < 5; i++)
    b[i] = mms_malloc (run.task, 20 << 20, NULL);
  for (guint i = 0; i < 5; i++)
    mms_free (run.task, b[i]);
  g_assert_cmphex (run.task->mm->brk - run.task->mm->start_brk, ==, 0x21000);
  rss0 = heap_rss_kb (run.task->mm);
  mms_calloc (run.task, 1, 21 << 20, NULL);
  g_assert_cmpuint (heap_rss_kb (run.task->mm) - rss0, ==, 136);
  run_clear (&run);
}

/* fork: the child's heap is a copy (its pages COW); both go on alone. */
static void
test_fork (void)
{
  Run run;
  guint64 a, b, c;
  int err = 0;
  struct task_struct *child;

  run_init (&run, TRUE);
  a = mms_malloc (run.task, 64, NULL);
  child = mms_fork (run.task, "child", &err);
  g_assert_nonnull (child);
  g_assert_true (mms_malloc_is_live (child->mm, a));
  b = mms_malloc (child, 64, NULL);
  c = mms_malloc (run.task, 64, NULL);
  /* The same state gives the same address in both. */
  g_assert_cmphex (b, ==, c);
  mms_free (child, a);
  g_assert_false (mms_malloc_is_live (child->mm, a));
  g_assert_true (mms_malloc_is_live (run.task->mm, a));
  run_clear (&run);
}

/* A use after free: the program writes over a tcache chunk's next and
 * key; the next malloc of that size takes it, the one after finds garbage. */
static void
test_use_after_free (void)
{
  Run run;
  guint64 a, b;

  run_init (&run, TRUE);
  b = mms_malloc (run.task, 40, NULL);
  a = mms_malloc (run.task, 40, NULL);
  mms_free (run.task, b);
  mms_free (run.task, a);
  mms_malloc_note_write (run.task->mm, a, 40);
  g_assert_cmphex (mms_malloc (run.task, 40, NULL), ==, a);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_RUNNING);
  g_assert_cmphex (mms_malloc (run.task, 40, NULL), ==, 0);
  g_assert_cmpint (run.task->state, ==, MMS_TASK_KILLED_ABRT);
  g_assert_cmpstr (mms_malloc_abort_message (run.task), ==, "malloc(): unaligned tcache chunk detected");
  run_clear (&run);
}

/* Random mixes of the calls with the checkers after every event: no
 * invariant breaks, whatever the sizes (the real-glibc cases check the
 * placement). */
static void
test_random (void)
{
  static const guint64 sizes[] = { 1, 24, 100, 500, 1000, 5000, 70000, 140000, 2 << 20 };
  GRand *rand = g_rand_new_with_seed (20261207);

  for (guint round = 0; round < 8; round++)
    {
      Run run;
      guint64 live[32] = { 0 };

      run_init (&run, TRUE);
      for (guint i = 0; i < 300 && run.task->state == MMS_TASK_RUNNING; i++)
        {
          guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (live));
          guint64 size = sizes[g_rand_int_range (rand, 0, G_N_ELEMENTS (sizes))]
                         + g_rand_int_range (rand, 0, 64);
          switch (g_rand_int_range (rand, 0, 5))
            {
            case 0:
            case 1:
              if (live[k] == 0)
                live[k] = mms_malloc (run.task, size, NULL);
              break;
            case 2:
              if (live[k] == 0)
                live[k] = mms_calloc (run.task, 1 + size % 7, size / 7 + 1, NULL);
              break;
            case 3:
              if (live[k] != 0)
                live[k] = mms_realloc (run.task, live[k], size, NULL);
              break;
            default:
              mms_free (run.task, live[k]);
              live[k] = 0;
              break;
            }
        }
      g_assert_cmpint (run.task->state, ==, MMS_TASK_RUNNING);
      run_clear (&run);
    }
  g_rand_free (rand);
}

static gint
name_cmp (gconstpointer a,
          gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  /* A case that differs is reported, and the others still run. */
  g_test_set_nonfatal_assertions ();
  path = g_test_build_filename (G_TEST_DIST, "data", "malloc", NULL);
  dir = g_dir_open (path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".ops"))
      g_ptr_array_add (cases, g_strdup (name));
  g_ptr_array_sort (cases, name_cmp);
  for (guint i = 0; i < cases->len; i++)
    {
      g_autofree char *test = NULL;
      g_autofree char *stem = g_strndup (cases->pdata[i], strlen (cases->pdata[i]) - 4);

      test = g_strdup_printf ("/engine/malloc/realk/%s", stem);
      g_test_add_data_func (test, cases->pdata[i], test_realk_case);
    }
  g_test_add_func ("/engine/malloc/first-call", test_first_call);
  g_test_add_func ("/engine/malloc/tcache-double-free", test_tcache_double_free);
  g_test_add_func ("/engine/malloc/fastbin-double-free", test_fastbin_double_free);
  g_test_add_func ("/engine/malloc/unsorted-double-free", test_unsorted_double_free);
  g_test_add_func ("/engine/malloc/consolidate", test_consolidate);
  g_test_add_func ("/engine/malloc/dynamic-threshold", test_dynamic_threshold);
  g_test_add_func ("/engine/malloc/trim", test_trim);
  g_test_add_func ("/engine/malloc/realloc", test_realloc);
  g_test_add_func ("/engine/malloc/calloc-clear", test_calloc_clear);
  g_test_add_func ("/engine/malloc/calloc-after-trim", test_calloc_after_trim);
  g_test_add_func ("/engine/malloc/fork", test_fork);
  g_test_add_func ("/engine/malloc/use-after-free", test_use_after_free);
  g_test_add_func ("/engine/malloc/random", test_random);
  return g_test_run ();
}
