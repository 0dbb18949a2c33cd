/* mms-anim-bench.c: time travel and animation frames (printed, not asserted).
 *
 *   ninja -C build tests/bench/mms-anim-bench && ./build/tests/bench/mms-anim-bench
 *
 * 1. Going back to step 9,999 of a 10,000-step scenario (target < 50 ms):
 *    mms_runner_goto () restores the newest checkpoint and replays.
 * 2. Animation frames on every built-in scenario (target < 16 ms): for each
 *    step's keyframes (the timeline's, as the window builds them at
 *    1280x620), the slowest frame (interpolation and painting) is reported,
 *    and where the slowest of all was.  The fonts are loaded where the
 *    application loads them: mms_timeline_new () warms the painter up
 *    (mms_scene_paint_warm_up), so the first frame is measured like any
 *    other, and the warm-up is part of the first timeline's creation.
 */
#include "mms-config.h"

#include <cairo.h>

#include "mms-builtin.h"
#include "mms-render.h"

#define WIDTH 1280
#define HEIGHT 620

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_time_travel (void)
{
  g_autoptr(GString) text = g_string_new ("title \"10,000 steps\"\nmachine arch=x86_64 ram=64M\nspawn p\n");
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GError) error = NULL;
  double worst = 0, total = 0;
  gint64 start;
  guint n = 10000;

  /* Steps that change the state: map, touch, unmap, over and over. */
  for (guint i = 1; i < n; i++)
    switch (i % 3)
      {
      case 1: g_string_append_printf (text, "p mmap 16K rw- as m%u\n", i); break;
      case 2: g_string_append_printf (text, "p write m%u 8K\n", i - 1); break;
      default: g_string_append_printf (text, "p munmap m%u 16K\n", i - 2); break;
      }
  scenario = mms_scenario_parse ("bench.mms", text->str, -1, &error);
  g_assert_no_error (error);
  runner = mms_runner_new (scenario, &error);
  g_assert_no_error (error);
  mms_runner_set_record_events (runner, FALSE);
  mms_runner_enable_time_travel (runner);

  start = g_get_monotonic_time ();
  mms_runner_goto (runner, n, &error);
  g_assert_no_error (error);
  g_print ("time travel: forward to step %u: %.1f ms\n", n, ms_since (start));

  for (guint k = 0; k < 5; k++)
    {
      double t;

      mms_runner_goto (runner, n, &error);
      start = g_get_monotonic_time ();
      mms_runner_goto (runner, n - 1, &error);
      t = ms_since (start);
      g_assert_no_error (error);
      worst = MAX (worst, t);
      total += t;
    }
  g_print ("time travel: back to step %u of %u: %.2f ms average, %.2f ms worst (target < 50 ms)\n",
           n - 1, n, total / 5, worst);

  start = g_get_monotonic_time ();
  mms_runner_goto (runner, n / 2, &error);
  g_print ("time travel: back to step %u: %.2f ms\n", n / 2, ms_since (start));
  start = g_get_monotonic_time ();
  mms_runner_goto (runner, 0, &error);
  g_print ("time travel: back to the boot: %.2f ms\n", ms_since (start));
}

static void
bench_frames (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double overall = 0, first_frame = -1;
  g_autofree char *where = NULL;

  /* The window animates into a surface it has painted before: clear this
   * one once, so that the first frame does not count faulting in its
   * 3 MiB (tens of microseconds a page on some virtual machines). */
  {
    cairo_t *cr = cairo_create (surface);
    cairo_paint (cr);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
  }
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], &error);
      g_autoptr(MmsRunner) runner = mms_runner_new (scenario, &error);
      g_autoptr(MmsTimeline) timeline = NULL;
      double worst = 0, total = 0, worst_capture = 0;
      guint n_frames = 0, step = 0;
      gint64 created = g_get_monotonic_time ();

      timeline = mms_timeline_new (runner);
      if (i == 0)
        g_print ("frames: the first timeline's creation (with the painter's warm-up): %.2f ms\n",
                 ms_since (created));

      while (!mms_runner_is_done (runner))
        {
          gint64 start = g_get_monotonic_time ();
          guint n;

          mms_timeline_step_over (timeline, &error);
          g_assert_no_error (error);
          step++;
          worst_capture = MAX (worst_capture, ms_since (start));
          n = mms_timeline_get_n_keyframes (timeline);
          /* At most 12 segments a step, three frames each, as 60 fps shows them. */
          for (guint k = 0; k + 1 < n; k += MAX (1, (n - 1) / 12))
            {
              g_autoptr(MmsAnimation) animation = mms_animation_new (mms_timeline_get_keyframe (timeline, k),
                                                                     mms_timeline_get_keyframe (timeline, k + 1),
                                                                     NULL);

              for (double t = 0.25; t < 1.0; t += 0.25)
                {
                  cairo_t *cr = cairo_create (surface);
                  g_autoptr(MmsScene) frame = NULL;
                  double ms;

                  start = g_get_monotonic_time ();
                  frame = mms_animation_get_frame (animation, t);
                  mms_scene_paint (cr, frame, NULL);
                  cairo_surface_flush (surface);
                  ms = ms_since (start);
                  cairo_destroy (cr);
                  if (first_frame < 0)
                    first_frame = ms;
                  if (ms > overall)
                    {
                      overall = ms;
                      g_free (where);
                      where = g_strdup_printf ("%s step %u, keyframes %u-%u, t = %.2f", names[i], step, k, k + 1, t);
                    }
                  worst = MAX (worst, ms);
                  total += ms;
                  n_frames++;
                }
            }
        }
      g_print ("frames: %-22s %4u frames, %.2f ms average, %.2f ms worst; capturing a step %.0f ms worst\n",
               names[i], n_frames, n_frames > 0 ? total / n_frames : 0, worst, worst_capture);
    }
  g_print ("frames: worst of all %.2f ms (target < 16 ms), at %s; the very first frame %.2f ms\n", overall,
           where != NULL ? where : "-", first_frame);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  bench_time_travel ();
  bench_frames ();
  return 0;
}
