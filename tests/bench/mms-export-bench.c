/* mms-export-bench.c: how long exports take (prints, asserts nothing).
 *
 *   ninja -C build tests/bench/mms-export-bench && ./build/tests/bench/mms-export-bench
 *
 * Targets (issue 6): a 1920x1080 PNG of all views under 200 ms; the PDF
 * handout of a 50-step scenario under 5 s. */
#include "mms-config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "mms-builtin.h"
#include "mms-export.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* A classroom-sized scenario of 50 steps: two processes map, write,
 * fork, split and unmap memory. */
static char *
fifty_steps (void)
{
  GString *s = g_string_new ("title \"Fifty steps\"\nmachine arch=x86_64 ram=64M\n");
  guint n = 0;

  g_string_append (s, "spawn p\n");
  n++;
  for (guint i = 0; n < 50; i++)
    {
      g_string_append_printf (s, "note \"Region %u: map it, touch it, cut a hole in it.\"\n", i);
      g_string_append_printf (s, "p mmap 64K rw- private anon as r%u\n", i);
      g_string_append_printf (s, "p write r%u 32K\n", i);
      n += 2;
      if (n < 50 && i == 3)
        {
          g_string_append (s, "p fork q\n");
          n++;
        }
      if (n < 50)
        {
          g_string_append_printf (s, "p munmap r%u+16K 8K\n", i);
          n++;
        }
    }
  return g_string_free (s, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) fork_cow = mms_scenario_open ("fork-cow", &error);
  g_autofree char *text = fifty_steps ();
  g_autoptr(MmsScenario) fifty = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mms-export-bench-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "all.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "all.svg", NULL);
  MmsExportOptions options;
  double best = G_MAXDOUBLE, total = 0, t;
  const int runs = 10;
  guint pages = 0;

  g_assert_no_error (error);
  fifty = mms_scenario_parse ("fifty.mms", text, -1, &error);
  if (fifty == NULL)
    g_error ("%s", error->message);

  mms_export_options_init (&options);
  options.width = 1920;
  options.height = 1080;
  for (int i = 0; i < runs; i++)
    {
      t = now_ms ();
      if (!mms_export_step (fork_cow, 5, &options, png, &error))
        g_error ("%s", error->message);
      t = now_ms () - t;
      best = MIN (best, t);
      total += t;
    }
  g_print ("PNG 1920x1080, all views, fork-cow step 5:  best %.1f ms, mean %.1f ms  (target < 200 ms)\n",
           best, total / runs);

  options.format = MMS_EXPORT_SVG;
  t = now_ms ();
  if (!mms_export_step (fork_cow, 5, &options, svg, &error))
    g_error ("%s", error->message);
  g_print ("SVG 1920x1080, all views:                   %.1f ms\n", now_ms () - t);

  mms_export_options_init (&options);
  options.format = MMS_EXPORT_PDF;
  t = now_ms ();
  if (!mms_export_handout (fifty, &options, pdf, &pages, NULL, NULL, &error))
    g_error ("%s", error->message);
  t = now_ms () - t;
  g_print ("PDF handout, %u-step scenario, %u pages:     %.0f ms  (target < 5000 ms)\n",
           fifty->steps->len, pages, t);

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
  return 0;
}
