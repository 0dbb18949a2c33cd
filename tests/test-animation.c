/* test-animation.c: animation between the scenes of events, call chains,
 * the timeline's stepping and time travel, and the console's parser entry
 * point.  No pixels. */
#include "mms-config.h"

#include <math.h>
#include <string.h>

#include "mms-builtin.h"
#include "mms-render.h"

#define WIDTH 1280
#define HEIGHT 620

/* Small scenarios for event kinds the built-in ones do not emit. */
static const char * const extra_scenarios[] = {
  /* calloc (and its clearing), a chunk taken from a fastbin. */
  "machine arch=x86_64 ram=16M\n"
  "spawn a\n"
  "a calloc 4 100 as c\n"
  "a free c\n"
  "a calloc 4 100 as d\n"
  "a malloc 24 as f1\na malloc 24 as f2\na malloc 24 as f3\na malloc 24 as f4\n"
  "a malloc 24 as f5\na malloc 24 as f6\na malloc 24 as f7\na malloc 24 as f8\n"
  "a free f1\na free f2\na free f3\na free f4\na free f5\na free f6\na free f7\na free f8\n"
  "a malloc 24 as g1\na malloc 24 as g2\na malloc 24 as g3\na malloc 24 as g4\n"
  "a malloc 24 as g5\na malloc 24 as g6\na malloc 24 as g7\na malloc 24 as g8\n",
  "machine arch=x86_64 ram=16M swap=8M\n"
  "spawn a\n"
  "a mmap 64K rw- as buf\n"
  "a write buf 64K\n"
  "a mprotect buf+16K 16K r--\n"
  "a mprotect buf+16K 16K rw-\n"
  "a mremap buf 64K 128K maymove\n"
  "a brk +64K\n"
  "a write heap 8K\n"
  "a brk -32K\n"
  "a shmget 7 64K\n"
  "a shmat 7 as shm\n"
  "a write shm 8K\n"
  "a shmdt shm\n"
  "kernel kmalloc 100 as k\n"
  "kernel kfree k\n"
  "kernel kmem_cache_alloc vm_area_struct as o\n"
  "kernel kmem_cache_free o\n"
  "kernel alloc_pages 2 as pg\n"
  "kernel free_pages pg\n"
  "a thread t\n"
  "t exit\n"
  "a fork b\n"
  "b exec text=16K data=8K bss=8K\n"
  "b exit\n"
  "kernel reclaim 4\n"
  "a exit\n",
  /* Reclaim drops clean page-cache frames and writes dirty ones back. */
  "machine arch=x86_64 ram=4M swap=4M\n"
  "file f size=1M\n"
  "spawn a\n"
  "a mmap 1M rw- shared file=f as m\n"
  "a read m 512K\n"
  "a write m+512K 512K\n"
  "a munmap m 1M\n"
  "a mmap 3M rw- as big\n"
  "a write big 3M\n",
  "machine arch=x86_64 ram=4M swap=4M\n"
  "file f size=1M\n"
  "spawn a\n"
  "a mmap 1M rw- shared file=f as m\n"
  "a write m 1M\n"
  "a munmap m 1M\n"
  "a mmap 3M rw- as big\n"
  "a write big 3M\n",
};

typedef struct
{
  MmsView view;
  /* Pass 1: the seq of the first event of each kind. */
  guint32 first_seq[MMS_NR_EVENT_KINDS];
  gboolean seen[MMS_NR_EVENT_KINDS];
  /* Pass 2. */
  GHashTable *wanted;       /* seq -> kind + 1 */
  MmsScene *last;           /* the scene after the previous wanted event */
  guint32 last_seq;
  MmsRunner *runner;
  guint n_checked;
  gboolean checked[MMS_NR_EVENT_KINDS];
} KindRun;

static MmsScene *
build_now (MmsMachine     *machine,
           const MmsEvent *events,
           guint           n_events,
           MmsView         view)
{
  MmsSceneSource source = { 0 };

  source.machine = machine;
  source.events = events;
  source.n_events = n_events;
  return mms_view_build (view, &source, NULL, WIDTH, HEIGHT);
}

static void
assert_same_scene (MmsScene *frame,
                   MmsScene *expected)
{
  g_assert_cmpuint (mms_scene_get_n_elements (frame), ==, mms_scene_get_n_elements (expected));
  for (guint i = 0; i < mms_scene_get_n_elements (expected); i++)
    {
      MmsElement *e = mms_scene_get_element (expected, i);
      MmsElement *f = mms_scene_lookup (frame, e->id);

      g_assert_nonnull (f);
      g_assert_cmpfloat_with_epsilon (f->rect.x, e->rect.x, 1e-9);
      g_assert_cmpfloat_with_epsilon (f->rect.y, e->rect.y, 1e-9);
      g_assert_cmpfloat_with_epsilon (f->rect.width, e->rect.width, 1e-9);
      g_assert_cmpfloat_with_epsilon (f->rect.height, e->rect.height, 1e-9);
      g_assert_cmpint (f->fill, ==, e->fill);
      g_assert_cmpint (f->stroke, ==, e->stroke);
      g_assert_cmpfloat (f->fade, ==, e->fade);
      g_assert_cmpfloat (f->blend, ==, 0.0);
      g_assert_cmpstr (f->label, ==, e->label);
    }
}

/* Checks the animation of EVENT from BEFORE to AFTER at 0, 1 and between. */
static void
check_animation (MmsScene       *before,
                 MmsScene       *after,
                 const MmsEvent *event)
{
  g_autoptr(MmsAnimation) animation = mms_animation_new (before, after, event);
  g_autoptr(MmsScene) at0 = mms_animation_get_frame (animation, 0.0);
  g_autoptr(MmsScene) at1 = mms_animation_get_frame (animation, 1.0);

  assert_same_scene (at0, before);
  assert_same_scene (at1, after);
  for (double t = 0.1; t < 1.0; t += 0.2)
    {
      g_autoptr(MmsScene) mid = mms_animation_get_frame (animation, t);
      g_assert_cmpuint (mms_scene_get_n_elements (mid), >=, 1);
    }
}

/* --- the heap view's animations ------------------------------------------ */

static MmsElement *
chunk_in (MmsScene *scene,
          guint     mm,
          guint64   addr)
{
  g_autofree char *id = addr == 0 ? g_strdup_printf ("chunk:%u:top", mm)
                                  : g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", mm, addr);

  return mms_scene_lookup (scene, id);
}

static gboolean
rect_near (const MmsRect *a,
           const MmsRect *b)
{
  return fabs (a->x - b->x) < 0.01 && fabs (a->y - b->y) < 0.01 && fabs (a->width - b->width) < 0.01
         && fabs (a->height - b->height) < 0.01;
}

/* The rectangle half way from A to B (the ease is 0.5 at t = 0.5). */
static MmsRect
halfway (const MmsRect *a,
         const MmsRect *b)
{
  return (MmsRect) { (a->x + b->x) / 2, (a->y + b->y) / 2, (a->width + b->width) / 2, (a->height + b->height) / 2 };
}

/* The number of the animation's own elements (anim:N) in FRAME with KIND
 * and, if LABEL is not NULL, that label. */
static guint
count_extras (MmsScene       *frame,
              MmsElementKind  kind,
              const char     *label)
{
  guint n = 0;

  for (guint i = 0; i < mms_scene_get_n_elements (frame); i++)
    {
      MmsElement *e = mms_scene_get_element (frame, i);
      if (g_str_has_prefix (e->id, "anim:") && e->kind == kind
          && (label == NULL || g_strcmp0 (e->label, label) == 0))
        n++;
    }
  return n;
}

/* Counts, by event kind, the heap-view motions checked below. */
static guint heap_motions[MMS_NR_EVENT_KINDS];

/* Where the heap view's elements go half way through EVENT: the paths
 * mms-animation.c plans for glibc's malloc, not the default fade in place. */
static void
check_heap_motion (MmsScene       *before,
                   MmsScene       *after,
                   const MmsEvent *ev)
{
  g_autoptr(MmsAnimation) animation = mms_animation_new (before, after, ev);
  g_autoptr(MmsScene) mid = mms_animation_get_frame (animation, 0.5);
  MmsElement *a, *b, *m;

  switch (ev->kind)
    {
    case MMS_EV_TOP_SPLIT:
      /* The new chunk grows out of the top's low end. */
      a = chunk_in (before, ev->mm, 0);
      b = chunk_in (after, ev->mm, ev->addr);
      m = chunk_in (mid, ev->mm, ev->addr);
      if (a != NULL && b != NULL && m != NULL && chunk_in (before, ev->mm, ev->addr) == NULL)
        {
          MmsRect from = a->rect, want;
          from.width = 0;
          want = halfway (&from, &b->rect);
          g_assert_true (rect_near (&m->rect, &want));
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_CHUNK_SPLIT:
      /* The remainder slides out of the split chunk. */
      a = chunk_in (before, ev->mm, ev->addr);
      b = chunk_in (after, ev->mm, ev->start2);
      m = chunk_in (mid, ev->mm, ev->start2);
      if (a != NULL && b != NULL && m != NULL && chunk_in (before, ev->mm, ev->start2) == NULL)
        {
          MmsRect want = halfway (&a->rect, &b->rect);
          g_assert_true (rect_near (&m->rect, &want));
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_CHUNK_COALESCE:
      /* The upper chunk melts into the lower one, which survives. */
      a = chunk_in (before, ev->mm, MAX (ev->addr, ev->start2));
      b = chunk_in (after, ev->mm, MIN (ev->addr, ev->start2));
      m = chunk_in (mid, ev->mm, MAX (ev->addr, ev->start2));
      if (a != NULL && b != NULL && m != NULL && chunk_in (after, ev->mm, MAX (ev->addr, ev->start2)) == NULL)
        {
          MmsRect want = halfway (&a->rect, &b->rect);
          g_assert_true (rect_near (&m->rect, &want));
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_TOP_MERGE:
      a = chunk_in (before, ev->mm, ev->addr);
      b = chunk_in (after, ev->mm, 0);
      m = chunk_in (mid, ev->mm, ev->addr);
      if (a != NULL && b != NULL && m != NULL && chunk_in (after, ev->mm, ev->addr) == NULL)
        {
          MmsRect want = halfway (&a->rect, &b->rect);
          g_assert_true (rect_near (&m->rect, &want));
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_TCACHE_PUT:
    case MMS_EV_FASTBIN_PUT:
    case MMS_EV_BIN_PUT:
    case MMS_EV_TCACHE_GET:
    case MMS_EV_FASTBIN_GET:
    case MMS_EV_BIN_TAKE:
      {
        /* The chip on the list comes from (goes to) the chunk's box, or
         * moves from one list to the other (the unsorted bin sorted). */
        g_autofree char *chip = g_strdup_printf ("binchunk:%u:0x%" G_GINT64_MODIFIER "x", ev->mm, ev->addr);
        MmsElement *in_a = mms_scene_lookup (before, chip), *in_b = mms_scene_lookup (after, chip);
        MmsElement *box = chunk_in (after, ev->mm, ev->addr);
        MmsRect want;

        if (box == NULL)
          box = chunk_in (before, ev->mm, ev->addr);
        m = mms_scene_lookup (mid, chip);
        if (m == NULL || box == NULL || (in_a == NULL && in_b == NULL))
          break;
        want = in_a != NULL && in_b != NULL ? halfway (&in_a->rect, &in_b->rect)
               : in_b != NULL ? halfway (&box->rect, &in_b->rect) : halfway (&in_a->rect, &box->rect);
        g_assert_true (rect_near (&m->rect, &want));
        heap_motions[ev->kind]++;
      }
      break;

    case MMS_EV_SYSMALLOC:
      if (chunk_in (after, ev->mm, 0) != NULL)
        {
          g_assert_cmpuint (count_extras (mid, MMS_ELEMENT_FRAME, "sbrk"), ==, 1);
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_SYSTRIM:
      if (chunk_in (before, ev->mm, 0) != NULL)
        {
          g_assert_cmpuint (count_extras (mid, MMS_ELEMENT_FRAME, "trim"), ==, 1);
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_MUNMAP_CHUNK:
      if (chunk_in (before, ev->mm, ev->addr) != NULL)
        {
          g_assert_cmpuint (count_extras (mid, MMS_ELEMENT_FRAME, "munmap"), ==, 1);
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_REALLOC_MOVE:
      if (chunk_in (before, ev->mm, ev->addr) != NULL && chunk_in (after, ev->mm, ev->start2) != NULL)
        {
          g_assert_cmpuint (count_extras (mid, MMS_ELEMENT_FRAME, "copy"), ==, 1);
          g_assert_cmpuint (count_extras (mid, MMS_ELEMENT_EDGE, NULL), ==, 1);
          heap_motions[ev->kind]++;
        }
      break;

    case MMS_EV_MALLOC_CONSOLIDATE:
      {
        /* A ring around each fastbin the scene before shows. */
        g_autofree char *prefix = g_strdup_printf ("bin:%u:fast:", ev->mm);
        guint n_fast = 0;

        for (guint i = 0; i < mms_scene_get_n_elements (before); i++)
          n_fast += g_str_has_prefix (mms_scene_get_element (before, i)->id, prefix);
        g_assert_cmpuint (count_extras (mid, MMS_ELEMENT_PANEL, NULL), ==, n_fast);
        if (n_fast > 0)
          heap_motions[ev->kind]++;
      }
      break;

    default:
      break;
    }
}

static void
kind_event_cb (MmsMachine     *machine,
               const MmsEvent *event,
               gpointer        user_data)
{
  KindRun *run = user_data;
  gpointer value;

  if (run->wanted == NULL)
    {
      if (!run->seen[event->kind])
        {
          run->seen[event->kind] = TRUE;
          run->first_seq[event->kind] = event->seq;
        }
      return;
    }

  if (!g_hash_table_lookup_extended (run->wanted, GUINT_TO_POINTER (event->seq), NULL, &value))
    return;
  {
    guint kind_plus_1 = GPOINTER_TO_UINT (value);
    g_autoptr(MmsScene) scene = build_now (machine, event, 1, run->view);

    if (kind_plus_1 > 0 && run->last != NULL && run->last_seq + 1 == event->seq)
      {
        check_animation (run->last, scene, event);
        if (run->view == MMS_VIEW_HEAP)
          check_heap_motion (run->last, scene, event);
        if (!run->checked[kind_plus_1 - 1])
          {
            run->checked[kind_plus_1 - 1] = TRUE;
            run->n_checked++;
          }
      }
    g_clear_pointer (&run->last, mms_scene_unref);
    run->last = mms_scene_ref (scene);
    run->last_seq = event->seq;
  }
}

/* Runs SCENARIO twice: once to find the first event of each kind, once to
 * build the scenes just before and just after it. */
static void
check_kinds_in_view (MmsScenario *scenario,
                     gboolean    *covered,
                     MmsView      view)
{
  KindRun run = { 0 };
  g_autoptr(GError) error = NULL;

  run.view = view;
  for (int pass = 0; pass < 2; pass++)
    {
      g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);

      g_assert_no_error (error);
      run.runner = runner;
      if (pass == 1)
        {
          run.wanted = g_hash_table_new (NULL, NULL);
          for (guint k = 0; k < MMS_NR_EVENT_KINDS; k++)
            if (run.seen[k] && !covered[k] && run.first_seq[k] > 0)
              {
                g_hash_table_insert (run.wanted, GUINT_TO_POINTER (run.first_seq[k]), GUINT_TO_POINTER (k + 1));
                if (!g_hash_table_contains (run.wanted, GUINT_TO_POINTER (run.first_seq[k] - 1)))
                  g_hash_table_insert (run.wanted, GUINT_TO_POINTER (run.first_seq[k] - 1), GUINT_TO_POINTER (0));
              }
          /* The state before step 1 is the one after the boot's last event. */
          {
            guint n_boot = 0;
            const MmsEvent *boot = mms_runner_get_events (runner, &n_boot);

            run.last = build_now (mms_runner_get_machine (runner), NULL, 0, run.view);
            run.last_seq = n_boot > 0 ? boot[n_boot - 1].seq : G_MAXUINT32 - 1;
          }
        }
      mms_runner_set_event_func (runner, kind_event_cb, &run);
      while (!mms_runner_is_done (runner))
        if (!mms_runner_step (runner, NULL))
          break;
      mms_runner_set_event_func (runner, NULL, NULL);
    }
  for (guint k = 0; k < MMS_NR_EVENT_KINDS; k++)
    if (run.checked[k])
      covered[k] = TRUE;
  g_clear_pointer (&run.last, mms_scene_unref);
  g_clear_pointer (&run.wanted, g_hash_table_unref);
}

static void
check_kinds_of (MmsScenario *scenario,
                gboolean    *covered)
{
  check_kinds_in_view (scenario, covered, MMS_VIEW_ALL);
}

/* The boot's events come before a runner exists: boot a machine by hand. */
static void
boot_event_cb (MmsMachine     *machine,
               const MmsEvent *event,
               gpointer        user_data)
{
  MmsScene **last = user_data;
  g_autoptr(MmsScene) scene = build_now (machine, event, 1, MMS_VIEW_ALL);

  if (*last != NULL)
    check_animation (*last, scene, event);
  g_clear_pointer (last, mms_scene_unref);
  *last = mms_scene_ref (scene);
}

static void
test_every_event_kind (void)
{
  gboolean covered[MMS_NR_EVENT_KINDS] = { FALSE };
  g_auto(GStrv) names = mms_builtin_list ();
  MmsMachineConfig config = { 0 };
  g_autoptr(GError) error = NULL;
  MmsMachine *machine;
  MmsScene *last = NULL;
  guint n_covered = 0;

  config.arch = (MmsArch) 0;  /* x86_64 */
  config.ram = 16 << 20;
  machine = mms_machine_new (&config, &error);
  g_assert_no_error (error);
  mms_machine_set_event_func (machine, boot_event_cb, &last);
  mms_machine_boot (machine);
  g_clear_pointer (&last, mms_scene_unref);
  mms_machine_free (machine);
  covered[MMS_EV_BOOT_RESERVE] = covered[MMS_EV_BOOT_ZERO_PAGE] = covered[MMS_EV_BOOT_BLOCK] = TRUE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], &error);

      g_assert_no_error (error);
      check_kinds_of (scenario, covered);
    }
  for (guint i = 0; i < G_N_ELEMENTS (extra_scenarios); i++)
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_parse ("extra.mms", extra_scenarios[i], -1, &error);

      g_assert_no_error (error);
      check_kinds_of (scenario, covered);
    }

  /* The engine models find_vma's cache but emits no event for it: check
   * the kind's animation on a state that does not change. */
  if (!covered[MMS_EV_FIND_VMA])
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_open ("fork-cow", &error);
      g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
      g_autoptr(MmsScene) before = NULL;
      g_autoptr(MmsScene) after = NULL;
      MmsEvent event = { 0 };

      g_assert_no_error (error);
      mms_runner_run_until (runner, 3, &error);
      g_assert_no_error (error);
      event.kind = MMS_EV_FIND_VMA;
      event.mm = 1;
      event.vma = 8;
      event.addr = 0x7ffff7ff3000;
      before = build_now (mms_runner_get_machine (runner), NULL, 0, MMS_VIEW_ALL);
      after = build_now (mms_runner_get_machine (runner), &event, 1, MMS_VIEW_ALL);
      check_animation (before, after, &event);
      covered[MMS_EV_FIND_VMA] = TRUE;
    }

  for (guint k = 0; k < MMS_NR_EVENT_KINDS; k++)
    {
      if (!covered[k])
        g_test_message ("event kind %s was not produced", mms_event_kind_name (k));
      n_covered += covered[k];
    }
  g_assert_cmpuint (n_covered, ==, MMS_NR_EVENT_KINDS);
}


/* Every malloc event kind of the malloc built-ins, animated in the heap
 * view alone: frames 0 and 1 are the scenes, and the split, the top's
 * split and merge, the coalesce, the bins' puts and gets, sysmalloc,
 * systrim, munmap_chunk, realloc's move and malloc_consolidate move the
 * way mms-animation.c plans. */
static void
test_heap_kinds (void)
{
  static const char * const names[] = {
    "malloc-first-call", "malloc-tcache-fastbins", "malloc-coalesce", "malloc-mmap-threshold",
    "malloc-trim", "malloc-realloc", "malloc-explicit",
  };
  static const MmsEventKind moved[] = {
    MMS_EV_TOP_SPLIT, MMS_EV_CHUNK_SPLIT, MMS_EV_CHUNK_COALESCE, MMS_EV_TOP_MERGE, MMS_EV_TCACHE_PUT,
    MMS_EV_TCACHE_GET, MMS_EV_FASTBIN_PUT, MMS_EV_BIN_PUT, MMS_EV_BIN_TAKE, MMS_EV_SYSMALLOC, MMS_EV_SYSTRIM,
    MMS_EV_MUNMAP_CHUNK, MMS_EV_REALLOC_MOVE, MMS_EV_MALLOC_CONSOLIDATE, MMS_EV_FASTBIN_GET,
  };
  gboolean covered[MMS_NR_EVENT_KINDS] = { FALSE };
  g_autoptr(GError) error = NULL;

  memset (heap_motions, 0, sizeof heap_motions);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], &error);
      g_assert_no_error (error);
      check_kinds_in_view (scenario, covered, MMS_VIEW_HEAP);
    }
  {
    g_autoptr(MmsScenario) scenario = mms_scenario_parse ("extra.mms", extra_scenarios[0], -1, &error);
    g_assert_no_error (error);
    check_kinds_in_view (scenario, covered, MMS_VIEW_HEAP);
  }
  for (MmsEventKind k = MMS_EV_MALLOC; k <= MMS_EV_MALLOC_ABORT; k++)
    if (!covered[k])
      g_test_message ("malloc event kind %s not animated in the heap view", mms_event_kind_name (k));
  for (MmsEventKind k = MMS_EV_MALLOC; k <= MMS_EV_MALLOC_ABORT; k++)
    g_assert_true (covered[k]);
  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      if (heap_motions[moved[i]] == 0)
        g_test_message ("no motion checked for %s", mms_event_kind_name (moved[i]));
      g_assert_cmpuint (heap_motions[moved[i]], >, 0);
    }
}

/* --- call chains --------------------------------------------------------- */

static MmsRunner *
open_at (const char   *name,
         guint         step,
         MmsScenario **scenario_out)
{
  g_autoptr(GError) error = NULL;
  MmsScenario *scenario = mms_scenario_open (name, &error);
  MmsRunner *runner;

  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_run_until (runner, step, &error);
  g_assert_no_error (error);
  *scenario_out = scenario;
  return runner;
}

static char *
chain_of_first (MmsCallChain   *chain,
                const MmsEvent *events,
                guint           n,
                MmsEventKind    kind,
                MmsEventKind    after)
{
  gboolean armed = after == MMS_NR_EVENT_KINDS;

  for (guint i = 0; i < n; i++)
    {
      if (events[i].kind == after)
        armed = TRUE;
      if (armed && events[i].kind == kind)
        return mms_call_chain_format (chain, i);
    }
  return NULL;
}

static void
test_call_chain_fault (void)
{
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = open_at ("fork-cow", 1, &scenario);
  g_autoptr(MmsCallChain) chain = NULL;
  g_autofree char *expand = NULL;
  g_autofree char *anon = NULL;
  g_autofree char *pte = NULL;
  const MmsEvent *events;
  guint n;

  /* Step 1 spawns the parent, which then touches its stack. */
  events = mms_runner_get_events (runner, &n);
  chain = mms_call_chain_new (events, n);
  g_assert_cmpuint (mms_call_chain_get_n_events (chain), ==, n);

  /* The first split after the fault makes a slab for the anon_vma... */
  expand = chain_of_first (chain, events, n, MMS_EV_EXPAND, MMS_EV_FAULT);
  g_assert_cmpstr (expand, ==, "handle_mm_fault → do_anonymous_page → anon_vma_prepare → kmem_cache_alloc → "
                               "cache_grow → __alloc_pages → get_page_from_freelist → __rmqueue_smallest → expand");
  g_clear_pointer (&expand, g_free);
  /* ...the last one is for the page itself. */
  for (guint i = n; i-- > 0;)
    if (events[i].kind == MMS_EV_EXPAND)
      {
        expand = mms_call_chain_format (chain, i);
        break;
      }
  g_assert_cmpstr (expand, ==, "handle_mm_fault → do_anonymous_page → __alloc_pages → get_page_from_freelist → "
                               "__rmqueue_smallest → expand");
  anon = chain_of_first (chain, events, n, MMS_EV_ANON_PAGE, MMS_NR_EVENT_KINDS);
  g_assert_cmpstr (anon, ==, "handle_mm_fault → do_anonymous_page");
  pte = chain_of_first (chain, events, n, MMS_EV_ALLOC_DONE, MMS_EV_ANON_VMA_PREPARE);
  g_assert_cmpstr (pte, ==, "handle_mm_fault → do_anonymous_page → __pte_alloc → __alloc_pages → prep_new_page");
}

static void
test_call_chain_fork (void)
{
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = open_at ("fork-cow", 4, &scenario);
  g_autoptr(MmsCallChain) chain = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *rotate = NULL;
  g_autofree char *slab = NULL;
  g_autofree const char **names = NULL;
  const MmsEvent *events;
  guint n;

  g_assert_cmpstr (mms_runner_get_stmt (runner, 4)->text, ==, "parent fork child");
  events = mms_runner_get_events (runner, &n);
  chain = mms_call_chain_new (events, n);
  copy = chain_of_first (chain, events, n, MMS_EV_COPY_PTE, MMS_NR_EVENT_KINDS);
  g_assert_cmpstr (copy, ==, "copy_process → dup_mmap → copy_page_range → copy_pte_range");
  rotate = chain_of_first (chain, events, n, MMS_EV_RB_ROTATE_LEFT, MMS_NR_EVENT_KINDS);
  g_assert_cmpstr (rotate, ==, "copy_process → dup_mmap → vma_link → rb_insert_color → __rb_rotate_set_parents");
  slab = chain_of_first (chain, events, n, MMS_EV_CACHE_ALLOC, MMS_EV_DUP_MMAP);
  g_assert_cmpstr (slab, ==, "copy_process → dup_mmap → vma_link → kmem_cache_alloc");

  names = mms_call_chain_get (chain, 0);
  /* The task_struct is allocated for copy_process. */
  g_assert_cmpstr (names[0], ==, "copy_process");
  g_assert_cmpstr (names[1], ==, "kmem_cache_alloc");
  g_assert_null (names[2]);
}

/* --- the timeline ------------------------------------------------------- */

static void
test_timeline_events (void)
{
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = open_at ("fork-cow", 0, &scenario);
  g_autoptr(MmsTimeline) timeline = mms_timeline_new (runner);
  g_autoptr(GError) error = NULL;
  guint64 hash0;

  /* No time budget: under a sanitizer every keyframe must still be built. */
  mms_timeline_set_budget (timeline, 0);
  hash0 = mms_runner_state_hash (runner);
  guint64 hash1;
  guint n, first, last, n_events;

  g_assert_true (mms_timeline_step_over (timeline, &error));
  g_assert_no_error (error);
  mms_runner_get_events (runner, &n_events);
  hash1 = mms_runner_state_hash (runner);
  n = mms_timeline_get_n_keyframes (timeline);
  g_assert_cmpuint (n, ==, n_events + 1);
  g_assert_cmpuint (mms_timeline_get_cursor (timeline), ==, n - 1);
  g_assert_true (mms_timeline_get_keyframe_events (timeline, 1, &first, &last));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 0);

  /* Back through every event of step 1, then into the boot's end. */
  for (guint i = 0; i + 1 < n; i++)
    g_assert_true (mms_timeline_event_back (timeline, &error));
  g_assert_cmpuint (mms_timeline_get_cursor (timeline), ==, 0);
  g_assert_cmpuint (mms_timeline_get_step (timeline), ==, 1);
  g_assert_true (mms_timeline_event_forward (timeline, &error));
  g_assert_cmpuint (mms_timeline_get_cursor (timeline), ==, 1);

  g_assert_true (mms_timeline_goto (timeline, 0, FALSE, &error));
  g_assert_cmpuint (mms_runner_state_hash (runner), ==, hash0);
  g_assert_cmpuint (mms_timeline_get_n_keyframes (timeline), ==, 1);
  g_assert_true (mms_timeline_event_forward (timeline, &error));
  g_assert_cmpuint (mms_timeline_get_step (timeline), ==, 1);
  g_assert_cmpuint (mms_timeline_get_cursor (timeline), ==, 1);
  g_assert_cmpuint (mms_runner_state_hash (runner), ==, hash1);
  g_assert_false (mms_timeline_at_step_end (timeline));
}

/* A step with more events than the keyframe limit is coalesced. */
static void
test_timeline_coalesce (void)
{
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = open_at ("fork-cow", 0, &scenario);
  g_autoptr(MmsTimeline) timeline = mms_timeline_new (runner);
  g_autoptr(GError) error = NULL;
  guint n, n_events, prev = 0;

  mms_timeline_set_max_keyframes (timeline, 16);
  mms_timeline_set_budget (timeline, 0);
  g_assert_true (mms_timeline_step_over (timeline, &error));
  mms_runner_get_events (runner, &n_events);
  n = mms_timeline_get_n_keyframes (timeline);
  g_assert_cmpuint (n, <=, 17 + 1);
  g_assert_cmpuint (n, >=, 8);
  for (guint k = 1; k < n; k++)
    {
      guint first, last;

      g_assert_true (mms_timeline_get_keyframe_events (timeline, k, &first, &last));
      g_assert_cmpuint (first, ==, k == 1 ? 0 : prev + 1);
      g_assert_cmpuint (last, >=, first);
      prev = last;
    }
  g_assert_cmpuint (prev, ==, n_events - 1);
}

/* Forward N steps then back N gives the same state, for every built-in. */
static void
test_timeline_back_and_forth (void)
{
  g_auto(GStrv) names = mms_builtin_list ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(MmsScenario) scenario = NULL;
      g_autoptr(MmsRunner) runner = open_at (names[i], 0, &scenario);
      g_autoptr(MmsTimeline) timeline = mms_timeline_new (runner);
      g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
      g_autoptr(GError) error = NULL;
      guint n = mms_runner_get_n_steps (runner);

      mms_timeline_set_budget (timeline, 20);
      for (guint s = 0; s <= n; s++)
        {
          guint64 h = mms_runner_state_hash (runner);

          g_array_append_val (hashes, h);
          if (s < n)
            g_assert_true (mms_timeline_step_over (timeline, &error));
          g_assert_no_error (error);
        }
      for (guint s = n; s-- > 0;)
        {
          g_assert_true (mms_timeline_goto (timeline, s, s % 2 == 0, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (mms_runner_state_hash (runner), ==, g_array_index (hashes, guint64, s));
        }
    }
}

/* --- the console's parser entry point ---------------------------------- */

static void
test_append_line (void)
{
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = open_at ("fork-cow", 0, &scenario);
  g_autoptr(MmsScenario) reparsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = scenario->steps->len;
  guint last_line = ((MmsStmt *) scenario->steps->pdata[n - 1])->loc.line;
  g_autofree char *where = NULL;

  g_assert_true (mms_scenario_append_line (scenario, "note \"Typed in the console.\"", &error));
  g_assert_no_error (error);
  g_assert_true (mms_scenario_append_line (scenario, "parent mmap 64K rw- as buf2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (scenario->steps->len, ==, n + 1);
  g_assert_cmpstr (((MmsStmt *) scenario->steps->pdata[n])->text, ==, "parent mmap 64K rw- as buf2");
  g_assert_cmpstr (((MmsStmt *) scenario->steps->pdata[n])->note, ==, "Typed in the console.");
  g_assert_cmpuint (((MmsStmt *) scenario->steps->pdata[n])->index, ==, n + 1);

  /* Errors name the file, the line the statement would have, the column. */
  g_assert_false (mms_scenario_append_line (scenario, "parent mmap 64Q rw-", &error));
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
  g_assert_cmpuint (((MmsStmt *) scenario->steps->pdata[n])->loc.line, >, last_line);
  where = g_strdup_printf ("%s:%u:13: error:", scenario->filename,
                           ((MmsStmt *) scenario->steps->pdata[n])->loc.line + 1);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_clear_error (&error);
  g_assert_false (mms_scenario_append_line (scenario, "parent mmapp 4K", &error));
  g_assert_nonnull (strstr (error->message, "unknown statement 'mmapp'"));
  g_clear_error (&error);
  g_assert_false (mms_scenario_append_line (scenario, "title \"again\"", &error));
  g_assert_nonnull (strstr (error->message, "only steps and notes"));
  g_clear_error (&error);
  g_assert_false (mms_scenario_append_line (scenario, "", &error));
  g_clear_error (&error);
  g_assert_false (mms_scenario_append_line (scenario, "a\nb", &error));
  g_clear_error (&error);
  g_assert_cmpuint (scenario->steps->len, ==, n + 1);

  /* The runner runs the new step like any other. */
  g_assert_true (mms_runner_run_until (runner, n + 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mms_runner_get_position (runner), ==, n + 1);

  /* The runner checks labels: an unknown one is an error at its column. */
  g_assert_true (mms_scenario_append_line (scenario, "parent write nosuch 4K", &error));
  g_assert_false (mms_runner_step (runner, &error));
  g_assert_nonnull (strstr (error->message, ":14: error:"));
  g_clear_error (&error);

  /* Saved and parsed again: the same steps, notes and checks. */
  g_ptr_array_set_size (scenario->steps, n + 1);
  text = mms_scenario_to_text (scenario);
  reparsed = mms_scenario_parse ("saved.mms", text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reparsed->title, ==, scenario->title);
  g_assert_cmpuint (reparsed->steps->len, ==, scenario->steps->len);
  g_assert_cmpuint (reparsed->expects->len, ==, scenario->expects->len);
  for (guint i = 0; i < scenario->steps->len; i++)
    {
      MmsStmt *a = scenario->steps->pdata[i], *b = reparsed->steps->pdata[i];
      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpstr (a->note, ==, b->note);
      g_assert_cmpstr (a->note_zh_CN, ==, b->note_zh_CN);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Every keyframe is built, however slow the build (sanitizers): the
   * scenarios here are small. */
  g_setenv ("MMS_TIMELINE_BUDGET_MS", "0", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/animation/every-event-kind", test_every_event_kind);
  g_test_add_func ("/animation/heap-kinds", test_heap_kinds);
  g_test_add_func ("/animation/call-chain/fault", test_call_chain_fault);
  g_test_add_func ("/animation/call-chain/fork", test_call_chain_fork);
  g_test_add_func ("/animation/timeline/events", test_timeline_events);
  g_test_add_func ("/animation/timeline/coalesce", test_timeline_coalesce);
  g_test_add_func ("/animation/timeline/back-and-forth", test_timeline_back_and_forth);
  g_test_add_func ("/animation/console/append-line", test_append_line);
  return g_test_run ();
}
