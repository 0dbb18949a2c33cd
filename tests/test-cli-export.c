/* test-cli-export.c: `mmscope-cli export` as a user runs it (spec/cli.md):
 * every built-in scenario to PNG, SVG and a PDF handout, and the exit
 * statuses of bad input. */
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "mms-test-quick.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

static void
run_argv (Result             *r,
          const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &r->out, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
}

static void
run_cli (Result     *r,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("MMSCOPE_CLI");
  const char *arg;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  run_argv (r, (const char * const *) argv->pdata);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
rm_rf (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        rm_rf (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* Width and height from a PNG's IHDR. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree guint8 *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, (char **) &data, &len, NULL));
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpint (memcmp (data, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  Result r = { 0 };
  const char *line;
  guint pages;

  run_argv (&r, argv);
  g_assert_cmpint (r.status, ==, 0);
  line = strstr (r.out, "Pages:");
  g_assert_nonnull (line);
  pages = (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
  result_clear (&r);
  return pages;
}

static guint
n_steps (const char *name)
{
  Result r = { 0 };
  const char *line;
  guint n;

  run_cli (&r, "run", name, NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* "N of N steps done, ..." */
  line = strrchr (g_strchomp (r.out), '\n');
  line = line != NULL ? line + 1 : r.out;
  n = (guint) g_ascii_strtoull (line, NULL, 10);
  result_clear (&r);
  return n;
}

/* Every built-in scenario: a PNG at a requested size, an SVG that
 * rsvg-convert reads, and a handout with a title page and a page per step. */
static void
test_builtins (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mms-cli-export-XXXXXX", &error);
  Result list = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_files;

  g_assert_no_error (error);
  run_cli (&list, "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  lines = g_strsplit (g_strchomp (list.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 10);
  n_files = 4 * g_strv_length (lines);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *name = g_strndup (lines[i], strcspn (lines[i], " "));
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, name);
      g_autofree char *svg = g_strdup_printf ("%s/%s.svg", dir, name);
      g_autofree char *svg_png = g_strdup_printf ("%s/%s-svg.png", dir, name);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, name);
      guint steps = n_steps (name), w, h;
      Result r = { 0 };

      g_test_message ("%s: %u steps", name, steps);
      run_cli (&r, "export", name, "--width", "1600", "--height", "900", "-o", png, NULL);
      g_assert_cmpstr (r.err, ==, "");
      g_assert_cmpint (r.status, ==, 0);
      result_clear (&r);
      png_size (png, &w, &h);
      g_assert_cmpuint (w, ==, 1600);
      g_assert_cmpuint (h, ==, 900);

      run_cli (&r, "export", name, "--step", "1", "--format", "svg", "-o", svg, NULL);
      g_assert_cmpint (r.status, ==, 0);
      result_clear (&r);
      {
        const char *argv[] = { "rsvg-convert", "-o", svg_png, svg, NULL };
        run_argv (&r, argv);
        g_assert_cmpint (r.status, ==, 0);
        result_clear (&r);
        png_size (svg_png, &w, &h);
        g_assert_cmpuint (w, ==, 1280);
        g_assert_cmpuint (h, ==, 720);
      }

      /* Under MMS_TEST_QUICK, no handout of a long scenario (jvm-start's
       * has 478 pages): mms-test-quick.h. */
      if (mms_test_walk_steps (steps) < steps)
        {
          g_test_message ("%s: no handout (MMS_TEST_QUICK)", name);
          n_files--;
          continue;
        }
      run_cli (&r, "export", name, "--step", "all", "--format", "pdf", "-o", pdf, NULL);
      g_assert_cmpstr (r.err, ==, "");
      g_assert_cmpint (r.status, ==, 0);
      result_clear (&r);
      g_assert_cmpuint (pdf_pages (pdf), ==, steps + 1);
    }
  /* Four files a scenario, and no temporary file left over. */
  g_assert_cmpuint (count_files (dir), ==, n_files);
  result_clear (&list);
  rm_rf (dir);
}

/* --step all with png: a numbered sequence, the boot first. */
static void
test_sequence (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mms-cli-export-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "fork.png", NULL);
  g_autofree char *first = g_build_filename (dir, "fork-00.png", NULL);
  g_autofree char *last = g_build_filename (dir, "fork-08.png", NULL);
  Result r = { 0 };

  run_cli (&r, "export", "fork-cow", "--step", "all", "--scale", "0.5", "-o", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "9 files"));
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (last, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 9);
  {
    guint w, h;
    png_size (last, &w, &h);
    g_assert_cmpuint (w, ==, 640);
    g_assert_cmpuint (h, ==, 360);
  }
  result_clear (&r);
  rm_rf (dir);
}

/* Usage errors exit 2, input and output errors 1; nothing is written. */
static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mms-cli-export-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "x.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "nope", "x.png", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.mms", NULL);
  struct { int status; const char *args[12]; const char *message; } cases[] = {
    { 2, { "export", "fork-cow", NULL }, "-o OUT" },
    { 2, { "export", "-o", out, NULL }, "FILE" },
    { 2, { "export", "fork-cow", "--view", "nope", "-o", out, NULL }, "--view" },
    { 2, { "export", "fork-cow", "--format", "gif", "-o", out, NULL }, "--format" },
    { 2, { "export", "fork-cow", "--width", "12", "-o", out, NULL }, "--width" },
    { 2, { "export", "fork-cow", "--height", "tall", "-o", out, NULL }, "--height" },
    { 2, { "export", "fork-cow", "--scale", "0", "-o", out, NULL }, "--scale" },
    { 2, { "export", "fork-cow", "--step", "99", "-o", out, NULL }, "--step" },
    { 2, { "export", "fork-cow", "--step", "-1", "-o", out, NULL }, "--step" },
    { 2, { "export", "fork-cow", "--bogus", "-o", out, NULL }, "bogus" },
    { 2, { "export", "fork-cow", "extra", "-o", out, NULL }, "extra" },
    { 1, { "export", "no-such-scenario", "-o", out, NULL }, "no-such-scenario" },
    { 1, { "export", bad, "-o", out, NULL }, "bad.mms:1:" },
    { 1, { "export", "fork-cow", "-o", missing, NULL }, "does not exist" },
    { 1, { "export", "fork-cow", "--step", "all", "--format", "pdf", "-o", missing, NULL }, "does not exist" },
    { 1, { "export", "fork-cow", "-o", dir, NULL }, "folder" },
  };

  g_assert_true (g_file_set_contents (bad, "machine ram=12Q\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      Result r = { 0 };

      g_ptr_array_add (argv, (gpointer) g_getenv ("MMSCOPE_CLI"));
      for (guint k = 0; cases[i].args[k] != NULL; k++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[k]);
      g_ptr_array_add (argv, NULL);
      run_argv (&r, (const char * const *) argv->pdata);
      g_test_message ("case %u: %s", i, r.err);
      g_assert_cmpint (r.status, ==, cases[i].status);
      g_assert_nonnull (strstr (r.err, cases[i].message));
      g_assert_cmpstr (r.out, ==, "");
      result_clear (&r);
    }
  /* Only the bad scenario file: no output, no temporary file. */
  g_assert_cmpuint (count_files (dir), ==, 1);
  rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/export/builtins", test_builtins);
  g_test_add_func ("/cli/export/sequence", test_sequence);
  g_test_add_func ("/cli/export/errors", test_errors);
  return g_test_run ();
}
