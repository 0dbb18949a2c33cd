/* test-export.c: PNG, SVG and PDF exports and handouts (render/mms-export.h).
 *
 * The PNGs are checked by pixels at positions the scene itself gives: each
 * view's panel and the largest data element inside it (a VMA, a frame, a
 * tree node, a page table...) must show that element's colour where the
 * scene put it.  SVGs must convert with rsvg-convert, PDFs must open in
 * pdfinfo with the expected number of pages. */
#include "mms-config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "mms-builtin.h"
#include "mms-export.h"
#include "mms-render.h"

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mms-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
rm_rf (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        rm_rf (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  if (d == NULL)
    return 0;
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static MmsScenario *
open_scenario (const char *name)
{
  g_autoptr(GError) error = NULL;
  MmsScenario *scenario = mms_scenario_open (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  return scenario;
}

/* Runs ARGV; returns its exit status, its standard output in OUT. */
static int
spawn (const char * const *argv,
       char              **out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               out, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  const char *line;

  g_assert_cmpint (spawn (argv, &out), ==, 0);
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* --- pixels ------------------------------------------------------------ */

static gboolean
pixel_is (cairo_surface_t *image,
          double           x,
          double           y,
          const MmsColor  *color)
{
  int ix = (int) x, iy = (int) y;
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  guint32 p;
  int r, g, b;

  if (ix < 0 || iy < 0 || ix >= cairo_image_surface_get_width (image)
      || iy >= cairo_image_surface_get_height (image))
    return FALSE;
  p = *(const guint32 *) (data + iy * stride + ix * 4);
  r = (p >> 16) & 0xff;
  g = (p >> 8) & 0xff;
  b = p & 0xff;
  return ABS (r - (int) (color->red * 255 + 0.5)) <= 6 && ABS (g - (int) (color->green * 255 + 0.5)) <= 6
         && ABS (b - (int) (color->blue * 255 + 0.5)) <= 6;
}

/* How many of a 5x5 grid of points inside RECT (scene units) show COLOR
 * in IMAGE, the scene being drawn DY lower and scaled by SCALE. */
static guint
count_color (cairo_surface_t *image,
             const MmsRect   *rect,
             double           dy,
             double           scale,
             const MmsColor  *color)
{
  guint n = 0;

  for (int i = 1; i <= 5; i++)
    for (int j = 1; j <= 5; j++)
      {
        double x = rect->x + rect->width * i / 6.0;
        double y = rect->y + rect->height * j / 6.0;
        if (pixel_is (image, x * scale, (y + dy) * scale, color))
          n++;
      }
  return n;
}

static gboolean
is_data_color (MmsColorRole role)
{
  switch (role)
    {
    case MMS_COLOR_ANON: case MMS_COLOR_FILE: case MMS_COLOR_SHMEM: case MMS_COLOR_PAGETABLE:
    case MMS_COLOR_SLAB: case MMS_COLOR_KERNEL: case MMS_COLOR_RB_RED: case MMS_COLOR_RB_BLACK:
    case MMS_COLOR_FREE_SMALL: case MMS_COLOR_ZERO:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
rect_inside (const MmsRect *r,
             const MmsRect *outer)
{
  return r->x >= outer->x && r->y >= outer->y && r->x + r->width <= outer->x + outer->width
         && r->y + r->height <= outer->y + outer->height;
}

/* The largest filled, unchanged data element inside PANEL, or NULL. */
static MmsElement *
largest_data_element (MmsScene      *scene,
                      const MmsRect *panel)
{
  MmsElement *best = NULL;

  for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
    {
      MmsElement *e = mms_scene_get_element (scene, i);

      if (!is_data_color (e->fill) || (e->flags & (MMS_ELEMENT_CHANGED | MMS_ELEMENT_HATCHED))
          || (e->shape != MMS_SHAPE_RECT && e->shape != MMS_SHAPE_ROUNDED && e->shape != MMS_SHAPE_CIRCLE)
          || !rect_inside (&e->rect, panel) || e->rect.width < 8 || e->rect.height < 8)
        continue;
      /* Nothing painted on top of it (a later element overlapping it). */
      if (best == NULL || e->rect.width * e->rect.height > best->rect.width * best->rect.height)
        best = e;
    }
  return best;
}

/* Exports fork-cow after step 5 at WIDTH x HEIGHT and SCALE, then checks
 * the PNG's size and that every view is where the scene says. */
static void
check_png_views (double width,
                 double height,
                 double scale)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "fork.png", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScene) scene = NULL;
  const MmsPalette *palette = mms_palette_get (MMS_THEME_LIGHT);
  MmsExportOptions options;
  cairo_surface_t *image;
  double nh = 0;

  mms_export_options_init (&options);
  options.width = width;
  options.height = height;
  options.scale = scale;
  g_assert_true (mms_export_step (scenario, 5, &options, path, &error));
  g_assert_no_error (error);
  scene = mms_export_build_step (scenario, 5, &options, &nh, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (nh, >, 20);
  g_assert_cmpfloat (mms_scene_get_height (scene), ==, height - nh);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) (width * scale));
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) (height * scale));
  cairo_surface_flush (image);

  /* The narration: the panel colour in its right half, under the text. */
  {
    MmsRect strip = { width * 0.9, nh * 0.5, width * 0.08, nh * 0.4 };
    g_assert_cmpuint (count_color (image, &strip, 0, scale, mms_palette_lookup (palette, MMS_COLOR_PANEL)), >=, 20);
  }

  for (MmsView v = 0; v < MMS_VIEW_ALL; v++)
    {
      MmsRect panel;
      MmsElement *e;

      g_test_message ("view %s", mms_view_get_name (v));
      /* fork-cow never calls malloc: all views leave the heap out. */
      if (v == MMS_VIEW_HEAP)
        {
          g_assert_false (mms_view_get_panel (scene, v, &panel));
          continue;
        }
      g_assert_true (mms_view_get_panel (scene, v, &panel));
      if (v == MMS_VIEW_EVENTS || v == MMS_VIEW_MM)
        {
          /* Text only: some of its lines' text colour. */
          MmsRect body = { panel.x + 4, panel.y + 24, panel.width - 8, panel.height - 28 };
          guint dark = 0;
          for (double y = body.y; y < body.y + body.height; y += 1)
            for (double x = body.x; x < body.x + body.width * 0.3; x += 1)
              if (pixel_is (image, x * scale, (y + nh) * scale, mms_palette_lookup (palette, MMS_COLOR_TEXT))
                  || pixel_is (image, x * scale, (y + nh) * scale, mms_palette_lookup (palette, MMS_COLOR_TEXT_DIM)))
                dark++;
          g_assert_cmpuint (dark, >, 50);
          continue;
        }
      e = largest_data_element (scene, &panel);
      g_assert_nonnull (e);
      g_test_message ("  %s (%s) at %.0f,%.0f %.0fx%.0f", e->id, mms_element_kind_name (e->kind),
                      e->rect.x, e->rect.y, e->rect.width, e->rect.height);
      g_assert_cmpuint (count_color (image, &e->rect, nh, scale, mms_palette_lookup (palette, e->fill)), >=, 8);
    }
  cairo_surface_destroy (image);
  rm_rf (dir);
}

static void
test_png_views (void)
{
  check_png_views (1280, 720, 1.0);
}

static void
test_png_size_scale (void)
{
  check_png_views (1920, 1080, 1.0);
  check_png_views (1000, 800, 2.0);
}

/* A single view with its legend; the narration lists its events. */
static void
test_png_single_view (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  const MmsPalette *palette = mms_palette_get (MMS_THEME_LIGHT);

  for (MmsView v = 0; v < MMS_VIEW_ALL; v++)
    {
      g_autofree char *file = g_strdup_printf ("%s.png", mms_view_get_name (v));
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScene) scene = NULL;
      g_autoptr(MmsNarration) narration = NULL;
      MmsExportOptions options;
      cairo_surface_t *image;
      MmsRect panel;
      MmsElement *e;
      double nh;

      mms_export_options_init (&options);
      options.view = v;
      options.legend = TRUE;
      options.width = 900;
      options.height = 700;
      g_assert_true (mms_export_step (scenario, 4, &options, path, &error));
      g_assert_no_error (error);
      scene = mms_export_build_step (scenario, 4, &options, &nh, &narration, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (narration->position, ==, "Step 4 of 8");
      g_assert_nonnull (strstr (narration->statement, "parent fork child"));
      g_assert_nonnull (narration->note);
      if (v != MMS_VIEW_EVENTS)
        g_assert_cmpuint (narration->events->len, ==, 4);
      image = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, 700);
      g_assert_true (mms_view_get_panel (scene, v, &panel));
      g_assert_cmpfloat (panel.width, >, 800);
      e = largest_data_element (scene, &panel);
      /* fork-cow never calls malloc: the heap view says so (its pixels are
       * checked on malloc scenarios by test-heap-view). */
      if (v == MMS_VIEW_HEAP)
        g_assert_nonnull (mms_scene_lookup (scene, "heap-none"));
      else if (v != MMS_VIEW_EVENTS && v != MMS_VIEW_MM)
        {
          g_assert_nonnull (e);
          g_assert_cmpuint (count_color (image, &e->rect, nh, 1.0, mms_palette_lookup (palette, e->fill)), >=, 8);
        }
      cairo_surface_destroy (image);
    }
  rm_rf (dir);
}

/* A region of a scene, as the window's rubber band exports it. */
static void
test_region (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "region.png", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScene) scene = NULL;
  MmsExportOptions options;
  cairo_surface_t *image;
  MmsRect panel, region;
  MmsElement *e;

  mms_export_options_init (&options);
  options.narration = FALSE;
  scene = mms_export_build_step (scenario, 5, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mms_view_get_panel (scene, MMS_VIEW_LAYOUT, &panel));
  region = panel;
  options.scale = 2;
  g_assert_true (mms_export_scene (scene, &region, NULL, &options, path, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) (region.width * 2));
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) (region.height * 2));
  e = largest_data_element (scene, &panel);
  g_assert_nonnull (e);
  {
    MmsRect local = { e->rect.x - region.x, e->rect.y - region.y, e->rect.width, e->rect.height };
    g_assert_cmpuint (count_color (image, &local, 0, 2.0, mms_palette_lookup (mms_palette_get (MMS_THEME_LIGHT),
                                                                               e->fill)), >=, 8);
  }
  cairo_surface_destroy (image);

  /* An empty region is refused, and nothing is written. */
  region = (MmsRect) { 5000, 5000, 100, 100 };
  g_unlink (path);
  g_assert_false (mms_export_scene (scene, &region, NULL, &options, path, &error));
  g_assert_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID);
  g_assert_cmpuint (count_files (dir), ==, 0);
  rm_rf (dir);
}

static void
test_svg (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "fork.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "fork-svg.png", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) error = NULL;
  MmsExportOptions options;
  cairo_surface_t *image;

  mms_export_options_init (&options);
  options.format = MMS_EXPORT_SVG;
  options.width = 1600;
  options.height = 900;
  g_assert_true (mms_export_step (scenario, 5, &options, path, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "rsvg-convert", "-o", png, path, NULL };
    g_assert_cmpint (spawn (argv, NULL), ==, 0);
  }
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 900);
  cairo_surface_destroy (image);
  rm_rf (dir);
}

static void
test_pdf (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "fork.pdf", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) error = NULL;
  MmsExportOptions options;

  mms_export_options_init (&options);
  options.format = MMS_EXPORT_PDF;
  g_assert_true (mms_export_step (scenario, 3, &options, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  rm_rf (dir);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

/* The handout: a title page, then one page per step. */
static void
test_handout (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) error = NULL;
  MmsExportOptions options;
  guint n_files = 0, calls = 0;

  mms_export_options_init (&options);
  options.format = MMS_EXPORT_PDF;
  g_assert_true (mms_export_handout (scenario, &options, path, &n_files, progress_cb, &calls, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_files, ==, scenario->steps->len + 1);
  g_assert_cmpuint (calls, ==, scenario->steps->len);
  g_assert_cmpuint (pdf_pages (path), ==, scenario->steps->len + 1);
  /* Only the handout: no temporary file left beside it. */
  g_assert_cmpuint (count_files (dir), ==, 1);
  rm_rf (dir);
}

/* A numbered sequence: NAME-00.png (the boot) to NAME-NN.png. */
static void
test_sequence (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) error = NULL;
  MmsExportOptions options;
  guint n = scenario->steps->len, n_files = 0;

  mms_export_options_init (&options);
  g_assert_true (mms_export_handout (scenario, &options, path, &n_files, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_files, ==, n + 1);
  g_assert_cmpuint (count_files (dir), ==, n + 1);
  for (guint step = 0; step <= n; step++)
    {
      g_autofree char *file = mms_export_sequence_path (path, step, n);
      g_autofree char *want = g_strdup_printf ("slide-%02u.png", step);
      g_autofree char *base = g_path_get_basename (file);
      cairo_surface_t *image = cairo_image_surface_create_from_png (file);

      g_assert_cmpstr (base, ==, want);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, MMS_EXPORT_DEFAULT_WIDTH);
      cairo_surface_destroy (image);
    }
  {
    g_autofree char *p = mms_export_sequence_path ("out/a.b/slides", 7, 120);
    g_assert_cmpstr (p, ==, "out/a.b/slides-007");
  }
  rm_rf (dir);
}

/* A missing folder: a clear error, and nothing written anywhere. */
static void
test_missing_folder (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "out.png", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  MmsExportOptions options;

  mms_export_options_init (&options);
  for (MmsExportFormat f = MMS_EXPORT_PNG; f <= MMS_EXPORT_PDF; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error2 = NULL;

      options.format = f;
      g_assert_false (mms_export_step (scenario, 2, &options, path, &error));
      g_assert_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "does not exist"));
      g_assert_false (mms_export_handout (scenario, &options, path, NULL, NULL, NULL, &error2));
      g_assert_error (error2, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO);
    }
  g_assert_cmpuint (count_files (dir), ==, 0);
  rm_rf (dir);
}

/* A full disk (a file size limit stands in for it): the export fails
 * with an error, and neither the file nor its temporary copy remains. */
static void
test_full_disk (void)
{
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      const char *target = g_getenv ("MMS_TEST_EXPORT_DIR");
      g_autofree char *png = g_build_filename (target, "big.png", NULL);
      g_autofree char *pdf = g_build_filename (target, "big.pdf", NULL);
      g_autofree char *seq = g_build_filename (target, "seq.svg", NULL);
      g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
      g_autoptr(GError) e1 = NULL;
      g_autoptr(GError) e2 = NULL;
      g_autoptr(GError) e3 = NULL;
      MmsExportOptions options;
      struct rlimit limit = { 20000, 20000 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      mms_export_options_init (&options);
      g_assert_false (mms_export_step (scenario, 5, &options, png, &e1));
      g_assert_error (e1, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO);
      g_assert_nonnull (strstr (e1->message, "disk is full"));
      options.format = MMS_EXPORT_PDF;
      g_assert_false (mms_export_handout (scenario, &options, pdf, NULL, NULL, NULL, &e2));
      g_assert_error (e2, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO);
      options.format = MMS_EXPORT_SVG;
      g_assert_false (mms_export_handout (scenario, &options, seq, NULL, NULL, NULL, &e3));
      g_assert_error (e3, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO);
      return;
    }
  dir = make_tmpdir ();
  g_setenv ("MMS_TEST_EXPORT_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_cmpuint (count_files (dir), ==, 0);
  rm_rf (dir);
}

static void
test_options (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "x.png", NULL);
  g_autoptr(MmsScenario) scenario = open_scenario ("fork-cow");
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  MmsExportOptions options;
  MmsExportFormat format;

  g_assert_true (mms_export_format_from_filename ("a/b.SVG", &format));
  g_assert_cmpint (format, ==, MMS_EXPORT_SVG);
  g_assert_false (mms_export_format_from_filename ("a.d/b", &format));
  g_assert_true (mms_export_format_from_name ("pdf", &format));
  g_assert_cmpint (format, ==, MMS_EXPORT_PDF);
  g_assert_cmpstr (mms_export_format_get_name (MMS_EXPORT_PNG), ==, "png");

  mms_export_options_init (&options);
  options.width = 50;
  g_assert_false (mms_export_step (scenario, 1, &options, path, &e1));
  g_assert_error (e1, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID);
  mms_export_options_init (&options);
  options.scale = 100;
  g_assert_false (mms_export_step (scenario, 1, &options, path, &e2));
  g_assert_error (e2, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID);
  mms_export_options_init (&options);
  g_assert_false (mms_export_step (scenario, 99, &options, path, &e3));
  g_assert_error (e3, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* The high-contrast palette is its own. */
  g_assert_true (mms_palette_get (MMS_THEME_HIGH_CONTRAST) != mms_palette_get (MMS_THEME_LIGHT));
  g_assert_cmpfloat (mms_palette_lookup (mms_palette_get (MMS_THEME_HIGH_CONTRAST), MMS_COLOR_BACKGROUND)->red, ==, 1.0);
  rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/png/views", test_png_views);
  g_test_add_func ("/export/png/size-and-scale", test_png_size_scale);
  g_test_add_func ("/export/png/single-views", test_png_single_view);
  g_test_add_func ("/export/png/region", test_region);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/handout", test_handout);
  g_test_add_func ("/export/sequence", test_sequence);
  g_test_add_func ("/export/errors/missing-folder", test_missing_folder);
  g_test_add_func ("/export/errors/full-disk", test_full_disk);
  g_test_add_func ("/export/errors/options", test_options);
  return g_test_run ();
}
