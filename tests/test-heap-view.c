/* test-heap-view.c: the heap view (glibc's malloc) of the malloc built-in
 * scenarios: its chunk boxes against the engine's chunks, hit-testing and
 * the links to the other views, the bins as lists, the fragmentation
 * readout, MMS_VIEW_ALL's band, a heap of 10,000 chunks, and
 * `mmscope-cli export --view heap`. */
#include "mms-config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "mms-builtin.h"
#include "mms-malloc.h"
#include "mms-process.h"
#include "mms-render.h"
#include "mms-test-run.h"

/* The mm of the scenario's first process that has a heap. */
static struct mm_struct *
heap_mm (Run *run)
{
  MmsMachine *machine = mms_runner_get_machine (run->runner);

  for (guint i = 0; i < machine->mms->len; i++)
    if (mms_malloc_active (g_ptr_array_index (machine->mms, i)))
      return g_ptr_array_index (machine->mms, i);
  return NULL;
}

static gboolean
collect_cb (const MmsChunkInfo *info,
            gpointer            user_data)
{
  g_array_append_val ((GArray *) user_data, *info);
  return TRUE;
}

static GArray *
engine_chunks (struct mm_struct *mm)
{
  GArray *chunks = g_array_new (FALSE, FALSE, sizeof (MmsChunkInfo));

  mms_malloc_foreach_chunk (mm, collect_cb, chunks);
  return chunks;
}

/* The chunks of mm MM a scene shows: the objects of its elements of kind
 * CHUNK (a chunk over several rows is several pieces, one object). */
static guint
count_chunk_objects (MmsScene *scene,
                     guint     mm)
{
  g_autoptr(GPtrArray) chunks = mms_scene_find_kind (scene, MMS_ELEMENT_CHUNK);
  g_autoptr(GHashTable) objects = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *prefix = g_strdup_printf ("chunk:%u:", mm);

  for (guint i = 0; i < chunks->len; i++)
    {
      const char *object = mms_element_get_object (g_ptr_array_index (chunks, i));
      if (g_str_has_prefix (object, prefix))
        g_hash_table_add (objects, (gpointer) object);
    }
  return g_hash_table_size (objects);
}

/* Every step of every malloc built-in: one chunk object per chunk of the
 * engine (heap and mmapped), at the chunk's address range, coloured by its
 * state; the strip in address order; every element inside the scene. */
static void
test_chunks_match_engine (void)
{
  static const char * const names[] = {
    "malloc-first-call", "malloc-tcache-fastbins", "malloc-coalesce", "malloc-mmap-threshold",
    "malloc-trim", "malloc-realloc", "malloc-explicit",
  };
  guint n_checked = 0;

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      Run run = { 0 };
      guint steps;

      run_open (&run, names[n], 0);
      steps = mms_runner_get_n_steps (run.runner);
      for (guint step = 1; step <= steps; step++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(MmsScene) scene = NULL;
          g_autoptr(GArray) chunks = NULL;
          struct mm_struct *mm;
          double last_x = -1, last_y = -1;

          mms_runner_run_until (run.runner, step, &error);
          g_assert_no_error (error);
          mm = heap_mm (&run);
          if (mm == NULL)
            continue;
          {
            MmsMachine *machine = mms_runner_get_machine (run.runner);
            gboolean live = FALSE;
            for (guint t = 0; t < machine->tasks->len; t++)
              {
                struct task_struct *task = g_ptr_array_index (machine->tasks, t);
                live |= task->mm == mm && task->state == MMS_TASK_RUNNING;
              }
            if (!live)
              continue;
          }
          scene = build (&run, MMS_VIEW_HEAP, 1280, 720);
          chunks = engine_chunks (mm);
          g_assert_cmpuint (count_chunk_objects (scene, mm->id), ==, chunks->len);
          {
            guint64 n_heap = 0, n_mmapped = 0;
            mms_malloc_count_chunks (mm, &n_heap, &n_mmapped);
            g_assert_cmpuint (n_heap + n_mmapped, ==, chunks->len);
          }
          for (guint i = 0; i < chunks->len; i++)
            {
              const MmsChunkInfo *c = &g_array_index (chunks, MmsChunkInfo, i);
              g_autofree char *id = c->state == MMS_CHUNK_TOP ? g_strdup_printf ("chunk:%u:top", mm->id)
                                    : g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", mm->id, c->addr);
              MmsElement *e = mms_scene_lookup (scene, id);

              g_assert_nonnull (e);
              g_assert_cmpuint (e->lo, ==, c->addr);
              g_assert_cmpuint (e->hi, ==, c->addr + c->size);
              g_assert_true (e->flags & MMS_ELEMENT_INTERACTIVE);
              g_assert_nonnull (e->tooltip);
              if (c->state == MMS_CHUNK_INUSE)
                g_assert_cmpint (e->fill, ==, MMS_COLOR_ANON);
              else if (c->state == MMS_CHUNK_TCACHE)
                g_assert_cmpint (e->fill, ==, MMS_COLOR_CHUNK_TCACHE);
              else if (c->state == MMS_CHUNK_FAST)
                g_assert_cmpint (e->fill, ==, MMS_COLOR_CHUNK_FAST);
              else if (c->state == MMS_CHUNK_TOP)
                g_assert_cmpint (e->fill, ==, MMS_COLOR_CHUNK_TOP);
              /* Address order: left to right, row after row. */
              if (c->state != MMS_CHUNK_MMAPPED)
                {
                  g_assert_true (e->rect.y > last_y + 0.5 || (fabs (e->rect.y - last_y) < 0.5 && e->rect.x > last_x));
                  last_x = e->rect.x;
                  last_y = e->rect.y;
                }
              /* The chunk lights up its VMA. */
              g_assert_nonnull (e->links);
            }
          for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
            {
              MmsElement *e = mms_scene_get_element (scene, i);
              if (e->kind == MMS_ELEMENT_EDGE)
                continue;
              g_assert_cmpfloat (e->rect.x, >=, -0.5);
              g_assert_cmpfloat (e->rect.y, >=, -0.5);
              g_assert_cmpfloat (e->rect.x + e->rect.width, <=, 1280.5);
              g_assert_cmpfloat (e->rect.y + e->rect.height, <=, 720.5);
            }
          n_checked++;
        }
      run_close (&run);
    }
  g_assert_cmpuint (n_checked, >, 40);
}

/* malloc-coalesce after `malloc 2000 as d`: the chunk of d is hit at its
 * box's centre; hovering it yields the [heap] VMA, and the PTE and frame
 * of each page it covers, as the other views name them. */
static void
test_hit_and_links (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) heap = NULL;
  g_autoptr(MmsScene) all = NULL;
  g_autoptr(GHashTable) related = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *id = NULL;
  struct mm_struct *mm;
  struct vm_area_struct *vma;
  guint64 ptr = 0, usable = 0, addr;
  MmsElement *box, *hit;
  guint n_pages = 0;

  run_open (&run, "malloc-coalesce", 5);
  mm = heap_mm (&run);
  g_assert_nonnull (mm);
  g_assert_true (mms_malloc_lookup_name (mm, "d", &ptr, &usable, NULL));
  addr = ptr - 16;
  id = g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", mm->id, addr);

  heap = build (&run, MMS_VIEW_HEAP, 1280, 720);
  /* The heap's first chunk is tcache_init's struct. */
  {
    MmsElement *first = mms_scene_lookup (heap, mms_scene_printf (heap, "chunk:%u:0x%" G_GINT64_MODIFIER "x", mm->id,
                                                                  mms_malloc_tcache_chunk (mm)));
    g_assert_cmpuint (mms_malloc_tcache_chunk (mm), ==, mm->start_brk);
    g_assert_nonnull (first);
    g_assert_nonnull (strstr (first->tooltip, "tcache_perthread_struct"));
  }
  box = mms_scene_lookup (heap, id);
  g_assert_nonnull (box);
  /* The scenario's name for it is on its box. */
  g_assert_nonnull (box->label);
  g_assert_true (g_str_has_prefix (box->label, "d"));
  hit = mms_scene_hit (heap, box->rect.x + box->rect.width / 2, box->rect.y + box->rect.height / 2);
  g_assert_nonnull (hit);
  g_assert_cmpstr (mms_element_get_object (hit), ==, id);

  /* The VMA holding it, and every page it covers. */
  vma = NULL;
  for (struct vm_area_struct *v = mm->mmap; v != NULL; v = v->vm_next)
    if (v->vm_start <= addr && addr < v->vm_end)
      vma = v;
  g_assert_nonnull (vma);
  {
    g_autofree char *vma_id = g_strdup_printf ("vma:%u:%u", mm->id, vma->id);
    g_assert_true (links_to (box, vma_id));
  }
  for (guint64 page = addr & ~G_GUINT64_CONSTANT (0xfff); page < addr + usable + 8; page += 4096)
    {
      g_autofree char *pte = g_strdup_printf ("pte:%u:0x%" G_GINT64_MODIFIER "x", mm->id, page);
      g_assert_true (links_to (box, pte));
      n_pages++;
    }
  /* 2016 bytes at heap+0x1a30 straddle a page boundary. */
  g_assert_cmpuint (n_pages, ==, 2);

  /* In the scene of all views, the related objects are elements of the
   * layout, page-table and physical views. */
  all = build (&run, MMS_VIEW_ALL, 1280, 720);
  g_assert_nonnull (mms_scene_lookup (all, id));
  mms_scene_collect_related (all, id, related);
  {
    GHashTableIter iter;
    gpointer key;
    gboolean vma_shown = FALSE, frame_shown = FALSE;
    guint n_ptes = 0;

    g_hash_table_iter_init (&iter, related);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        g_autoptr(GPtrArray) shown = mms_scene_find_object (all, key);
        if (g_str_has_prefix (key, "vma:") && shown->len > 0)
          vma_shown = TRUE;
        if (g_str_has_prefix (key, "frame:"))
          {
            /* The frame exists in the engine and maps the chunk's page. */
            frame_shown |= shown->len > 0;
          }
        n_ptes += g_str_has_prefix (key, "pte:");
      }
    g_assert_true (vma_shown);
    g_assert_true (frame_shown);
    g_assert_cmpuint (n_ptes, ==, 2);
  }
  run_close (&run);
}

/* malloc-tcache-fastbins after the eighth free: tcache 0x20 holds 7
 * chunks, the fastbin 0x20 the eighth, drawn as lists in the engine's
 * order; the readout counts the 32-byte chunks as unusable by a request
 * of 256 bytes. */
static void
test_bins (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(GArray) chunks = NULL;
  struct mm_struct *mm;
  MmsElement *tcache, *fast, *frag;
  guint64 t7 = 0, t8 = 0, unusable = 0;

  run_open (&run, "malloc-tcache-fastbins", 18);
  mm = heap_mm (&run);
  scene = build (&run, MMS_VIEW_HEAP, 1280, 720);
  tcache = mms_scene_lookup (scene, mms_scene_printf (scene, "bin:%u:tcache:0", mm->id));
  fast = mms_scene_lookup (scene, mms_scene_printf (scene, "bin:%u:fast:0", mm->id));
  g_assert_nonnull (tcache);
  g_assert_nonnull (fast);
  g_assert_cmpstr (tcache->label, ==, "tcache 0x20 [7/7]");
  g_assert_cmpstr (fast->label, ==, "fastbin 0x20 [1]");
  g_assert_true (mms_malloc_lookup_name (mm, "t7", &t7, NULL, NULL));
  g_assert_true (mms_malloc_lookup_name (mm, "t8", &t8, NULL, NULL));
  {
    /* t7 was freed last into the tcache: its head; t8 went to the fastbin. */
    MmsElement *head = mms_scene_lookup (scene, mms_scene_printf (scene, "binchunk:%u:0x%" G_GINT64_MODIFIER "x",
                                                                  mm->id, t7 - 16));
    MmsElement *in_fast = mms_scene_lookup (scene, mms_scene_printf (scene, "binchunk:%u:0x%" G_GINT64_MODIFIER "x",
                                                                     mm->id, t8 - 16));
    g_assert_nonnull (head);
    g_assert_nonnull (in_fast);
    /* A freed chunk that is still the freed allocation keeps its name. */
    g_assert_cmpstr (head->label, ==, "t7");
    g_assert_cmpstr (in_fast->label, ==, "t8");
    g_assert_cmpfloat (fabs (head->rect.y - tcache->rect.y), <, 1);
    g_assert_cmpfloat (fabs (in_fast->rect.y - fast->rect.y), <, 1);
    g_assert_null (head->links);
    g_assert_cmpstr (head->object, ==, mms_scene_printf (scene, "chunk:%u:0x%" G_GINT64_MODIFIER "x", mm->id, t7 - 16));
    /* The head is the first chip after the bin's label. */
    for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
      {
        MmsElement *e = mms_scene_get_element (scene, i);
        if (e->kind == MMS_ELEMENT_BIN && g_str_has_prefix (e->id, "binchunk:")
            && fabs (e->rect.y - tcache->rect.y) < 1 && e != head)
          g_assert_cmpfloat (e->rect.x, >, head->rect.x);
      }
  }
  chunks = engine_chunks (mm);
  for (guint i = 0; i < chunks->len; i++)
    {
      const MmsChunkInfo *c = &g_array_index (chunks, MmsChunkInfo, i);
      if (c->state != MMS_CHUNK_INUSE && c->state != MMS_CHUNK_MMAPPED && c->size < 272)
        unusable += c->size;
    }
  g_assert_cmpuint (unusable, ==, 8 * 32);
  frag = mms_scene_lookup (scene, mms_scene_printf (scene, "heap-frag:%u", mm->id));
  g_assert_nonnull (frag);
  g_assert_nonnull (strstr (frag->label, "256 bytes: 256 bytes"));
  run_close (&run);
}

/* MMS_VIEW_ALL has the heap view once malloc has run, not before. */
static void
test_all_band (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) before = NULL;
  g_autoptr(MmsScene) after = NULL;
  MmsRect panel;

  run_open (&run, "malloc-first-call", 1);
  before = build (&run, MMS_VIEW_ALL, 1280, 720);
  g_assert_false (mms_view_get_panel (before, MMS_VIEW_HEAP, NULL));
  run_close (&run);
  run_open (&run, "malloc-first-call", G_MAXUINT);
  after = build (&run, MMS_VIEW_ALL, 1280, 720);
  g_assert_true (mms_view_get_panel (after, MMS_VIEW_HEAP, &panel));
  g_assert_cmpfloat (panel.width, >, 1200);
  {
    g_autoptr(GPtrArray) chunks = mms_scene_find_kind (after, MMS_ELEMENT_CHUNK);
    g_assert_cmpuint (chunks->len, >, 0);
  }
  run_close (&run);
}

/* A heap of 10,000 chunks: the strip draws what fits, summarises the rest
 * in one aggregate that counts them, keeps the top, and a redraw stays
 * under 16 ms. */
static void
test_big_heap (void)
{
  g_autoptr(GString) text = g_string_new ("machine arch=x86_64 ram=64M\nspawn a\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  MmsSceneSource source;
  MmsElement *agg = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 t0, best = G_MAXINT64;
  guint boxes;
  g_autoptr(GArray) ptrs = g_array_new (FALSE, FALSE, sizeof (guint64));
  struct task_struct *task;

  /* The scenario spawns the process; the 10,000 calls go to the engine
   * directly (as many runner steps would cost seconds). */
  scenario = mms_scenario_parse ("big.mms", text->str, -1, &error);
  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_run_until (runner, G_MAXUINT, &error);
  g_assert_no_error (error);
  task = mms_task_lookup (mms_runner_get_machine (runner), "a");
  g_assert_nonnull (task);
  for (guint i = 0; i < 10000; i++)
    {
      int err = 0;
      guint64 p = mms_malloc (task, 24 + (i % 5) * 16, &err);
      g_assert_cmpuint (p, !=, 0);
      g_array_append_val (ptrs, p);
    }
  for (guint i = 0; i < 10000; i += 3)
    mms_free (task, g_array_index (ptrs, guint64, i));
  mms_scene_source_init (&source, runner);
  for (int k = 0; k < 3; k++)
    {
      g_clear_pointer (&scene, mms_scene_unref);
      t0 = g_get_monotonic_time ();
      scene = mms_view_build (MMS_VIEW_HEAP, &source, NULL, 1280, 720);
      best = MIN (best, g_get_monotonic_time () - t0);
    }
  g_test_message ("heap view of 10,000 chunks built in %.2f ms", best / 1000.0);
  best = G_MAXINT64;
  {
    g_autoptr(MmsScene) all = NULL;
    gint64 all_best = G_MAXINT64;
    for (int k = 0; k < 3; k++)
      {
        g_clear_pointer (&all, mms_scene_unref);
        t0 = g_get_monotonic_time ();
        all = mms_view_build (MMS_VIEW_ALL, &source, NULL, 1280, 720);
        all_best = MIN (all_best, g_get_monotonic_time () - t0);
      }
    g_test_message ("all views with that heap built in %.2f ms", all_best / 1000.0);
  }
  rest = mms_scene_find_kind (scene, MMS_ELEMENT_AGGREGATE);
  for (guint i = 0; i < rest->len; i++)
    if (g_str_has_prefix (((MmsElement *) g_ptr_array_index (rest, i))->id, "chunks:"))
      agg = g_ptr_array_index (rest, i);
  g_assert_nonnull (agg);
  boxes = count_chunk_objects (scene, 1);
  g_assert_cmpuint (boxes, >, 100);
  g_assert_cmpuint (boxes, <, 10000);
  g_assert_nonnull (mms_scene_lookup (scene, "chunk:1:top"));
  {
    /* The aggregate counts exactly the chunks not drawn (the top aside). */
    g_autofree char *want = g_strdup_printf ("+%u chunks", 10000 + 1 + 1 - boxes);
    g_assert_cmpstr (agg->label, ==, want);
  }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cr = cairo_create (surface);
  mms_scene_paint_warm_up ();
  for (int k = 0; k < 5; k++)
    {
      t0 = g_get_monotonic_time ();
      mms_scene_paint (cr, scene, NULL);
      best = MIN (best, g_get_monotonic_time () - t0);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_test_message ("heap view of %u chunk boxes painted in %.2f ms", boxes, best / 1000.0);
  /* The budget of a frame, in a build without sanitizers (they make a
   * paint several times slower) and outside valgrind. */
#if !defined(__SANITIZE_ADDRESS__)
  if (g_getenv ("MMS_TEST_UNDER_VALGRIND") == NULL)
    g_assert_cmpint (best, <, 16000);
#endif
}

/* `mmscope-cli export malloc-coalesce --view heap`: a PNG of the asked
 * size that is not blank (chunk colours in it). */
static void
test_cli_export (void)
{
  const char *cli = g_getenv ("MMSCOPE_CLI");
  g_autofree char *dir = g_dir_make_tmp ("mms-heap-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "heap.png", NULL);
  const char *argv[] = { cli, "export", "malloc-coalesce", "--step", "10", "--view", "heap", "--width", "1000",
                         "--height", "600", "-o", out, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;
  cairo_surface_t *png;
  guint n_anon = 0, n_unsorted = 0;

  g_assert_nonnull (cli);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  png = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 600);
  {
    const guint8 *data = cairo_image_surface_get_data (png);
    int stride = cairo_image_surface_get_stride (png);
    for (int y = 0; y < 600; y++)
      for (int x = 0; x < 1000; x++)
        {
          guint32 px = *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x) & 0xffffff;
          n_anon += px == 0xE69F00;       /* chunks in use */
          n_unsorted += px == 0xF5EC8A;   /* the coalesced chunk in the unsorted bin */
        }
  }
  g_assert_cmpuint (n_anon, >, 1000);
  g_assert_cmpuint (n_unsorted, >, 500);
  cairo_surface_destroy (png);
  g_unlink (out);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/heap-view/chunks-match-engine", test_chunks_match_engine);
  g_test_add_func ("/heap-view/hit-and-links", test_hit_and_links);
  g_test_add_func ("/heap-view/bins", test_bins);
  g_test_add_func ("/heap-view/all-band", test_all_band);
  g_test_add_func ("/heap-view/big-heap", test_big_heap);
  g_test_add_func ("/heap-view/cli-export", test_cli_export);
  return g_test_run ();
}
