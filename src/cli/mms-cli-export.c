/* mms-cli-export.c: mmscope-cli export, diagrams and handouts from the
 * command line.
 *
 *   mmscope-cli export FILE [--step N|all] [--view V] [--format png|svg|pdf]
 *                     [--width W] [--height H] [--scale S] [--theme T]
 *                     [--no-narration] [--events N] -o OUT
 *
 * --step N (default: the last step) writes one file: view V after step N.
 * --step all writes every step: with --format pdf a handout OUT (a title
 * page, then a page per step, with its statement and narration); with png
 * or svg a numbered sequence named after OUT: -o slides/fork.png writes
 * slides/fork-00.png (the boot), slides/fork-01.png, ... one per step.
 * Without --format, OUT's extension chooses (.png, .svg, .pdf), else PNG.
 */
#include "mms-config.h"

#include "mms-cli-export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mms-builtin.h"
#include "mms-cli-common.h"
#include "mms-export.h"
#include "mms-i18n.h"


static int
output_error (const GError *error)
{
  /* Scenario errors already read FILE:LINE:COLUMN: error: MESSAGE. */
  if (error->domain == MMS_EXPORT_ERROR)
    fprintf (stderr, "mmscope-cli: error: %s\n", error->message);
  else
    fprintf (stderr, "%s\n", error->message);
  return EXIT_INPUT;
}

static gboolean
parse_number (const char *text,
              double      min,
              double      max,
              double     *out)
{
  char *end = NULL;
  double v;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  v = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !(v >= min && v <= max))
    return FALSE;
  *out = v;
  return TRUE;
}

int
mms_cli_export (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autofree char *step_text = NULL;
  g_autofree char *view_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *width_text = NULL;
  g_autofree char *height_text = NULL;
  g_autofree char *scale_text = NULL;
  g_autofree char *theme_text = NULL;
  g_autofree char *tree_text = NULL;
  g_autofree char *out = NULL;
  gboolean no_narration = FALSE;
  gint max_events = 4;
  MmsExportOptions options;
  gboolean all_steps = FALSE;
  guint step = 0;
  gboolean step_given = FALSE;
  GOptionEntry entries[] = {
    { "step", 0, 0, G_OPTION_ARG_STRING, &step_text, N_("The state after step N (default: the last), or all steps"), N_("N|all") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_text, N_("layout, mm, vma-tree, page-table, physical, slab, events, heap or all (the default)"), N_("V") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("png, svg or pdf (default: from OUT's extension, else png)"), N_("FORMAT") },
    { "width", 0, 0, G_OPTION_ARG_STRING, &width_text, N_("Width in pixels (default 1280; a handout: A4 landscape)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_STRING, &height_text, N_("Height in pixels (default 720)"), N_("H") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_text, N_("Device pixels (PNG, SVG) or points (PDF) per pixel (default 1)"), N_("S") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme_text, N_("light (the default), dark or high-contrast"), N_("T") },
    { "vma-tree", 0, 0, G_OPTION_ARG_STRING, &tree_text, N_("The VMA tree view's tree: rbtree (Linux 2.6 to 6.0, the default) or maple (Linux 6.1 and later)"), N_("TREE") },
    { "no-narration", 0, 0, G_OPTION_ARG_NONE, &no_narration, N_("Leave out the statement, its note and its events"), NULL },
    { "events", 0, 0, G_OPTION_ARG_INT, &max_events, N_("Event sentences in the narration (default 4)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The file to write (with --step all and png or svg: the name of the sequence)"), N_("OUT") },
    { NULL },
  };

  mms_export_options_init (&options);
  context = g_option_context_new (_("FILE - write a view, or every step, as PNG, SVG or PDF"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return mms_cli_usage_error ("%s", error->message);
  if (argc < 3)
    return mms_cli_usage_error ("%s", _("'export' needs a scenario FILE"));
  if (argc > 3)
    return mms_cli_usage_error (_("unexpected argument '%s'"), argv[3]);
  if (out == NULL)
    return mms_cli_usage_error ("%s", _("'export' needs -o OUT, the file to write"));

  if (step_text != NULL)
    {
      guint64 n;

      if (g_str_equal (step_text, "all"))
        all_steps = TRUE;
      else if (g_ascii_string_to_unsigned (step_text, 10, 0, G_MAXUINT32, &n, NULL))
        {
          step = (guint) n;
          step_given = TRUE;
        }
      else
        return mms_cli_usage_error (_("--step takes a step number, 0 or more, or 'all' (not '%s')"), step_text);
    }
  if (tree_text != NULL)
    {
      if (g_str_equal (tree_text, "maple"))
        options.maple_tree = TRUE;
      else if (!g_str_equal (tree_text, "rbtree"))
        return mms_cli_usage_error (_("--vma-tree takes rbtree or maple (not '%s')"), tree_text);
    }
  if (view_text != NULL && !mms_view_from_name (view_text, &options.view))
    return mms_cli_usage_error (_("--view: no view '%s' (layout, mm, vma-tree, page-table, physical, slab, events, heap, all)"),
                        view_text);
  if (format_text != NULL)
    {
      if (!mms_export_format_from_name (format_text, &options.format))
        return mms_cli_usage_error (_("--format takes png, svg or pdf (not '%s')"), format_text);
    }
  else if (!mms_export_format_from_filename (out, &options.format))
    options.format = MMS_EXPORT_PNG;
  if (width_text != NULL && !parse_number (width_text, MMS_EXPORT_MIN_SIZE, MMS_EXPORT_MAX_SIZE, &options.width))
    return mms_cli_usage_error (_("--width takes a number of pixels from %d to %d (not '%s')"),
                        MMS_EXPORT_MIN_SIZE, MMS_EXPORT_MAX_SIZE, width_text);
  if (height_text != NULL && !parse_number (height_text, MMS_EXPORT_MIN_SIZE, MMS_EXPORT_MAX_SIZE, &options.height))
    return mms_cli_usage_error (_("--height takes a number of pixels from %d to %d (not '%s')"),
                        MMS_EXPORT_MIN_SIZE, MMS_EXPORT_MAX_SIZE, height_text);
  if (scale_text != NULL && !parse_number (scale_text, MMS_EXPORT_MIN_SCALE, MMS_EXPORT_MAX_SCALE, &options.scale))
    return mms_cli_usage_error (_("--scale takes a number from %g to %g (not '%s')"),
                        MMS_EXPORT_MIN_SCALE, MMS_EXPORT_MAX_SCALE, scale_text);
  if (theme_text != NULL)
    {
      if (g_str_equal (theme_text, "light"))
        options.palette = mms_palette_get (MMS_THEME_LIGHT);
      else if (g_str_equal (theme_text, "dark"))
        options.palette = mms_palette_get (MMS_THEME_DARK);
      else if (g_str_equal (theme_text, "high-contrast"))
        options.palette = mms_palette_get (MMS_THEME_HIGH_CONTRAST);
      else
        return mms_cli_usage_error (_("--theme takes light, dark or high-contrast (not '%s')"), theme_text);
    }
  if (max_events < 0 || max_events > 100)
    return mms_cli_usage_error ("%s", _("--events takes a number from 0 to 100"));
  options.max_events = (guint) max_events;
  options.narration = !no_narration;
  /* A single view is easier to read with its legend. */
  options.legend = options.view != MMS_VIEW_ALL;
  /* A handout page with a size given is that size, at scale 1. */

  scenario = mms_scenario_open (argv[2], &error);
  if (scenario == NULL)
    return output_error (error);
  if (!step_given)
    step = scenario->steps->len;
  if (!all_steps && step > scenario->steps->len)
    return mms_cli_usage_error (ngettext ("--step %u: %s has %u step", "--step %u: %s has %u steps",
                                  scenario->steps->len),
                        step, argv[2], scenario->steps->len);

  if (all_steps)
    {
      guint n_files = 0;

      if (!mms_export_handout (scenario, &options, out, &n_files, NULL, NULL, &error))
        return output_error (error);
      if (options.format != MMS_EXPORT_PDF)
        {
          g_autofree char *first = mms_export_sequence_path (out, 0, scenario->steps->len);
          g_autofree char *last = mms_export_sequence_path (out, scenario->steps->len, scenario->steps->len);

          printf (ngettext ("%s … %s (%u file)\n", "%s … %s (%u files)\n", n_files), first, last, n_files);
        }
      return EXIT_OK;
    }
  if (!mms_export_step (scenario, step, &options, out, &error))
    return output_error (error);
  return EXIT_OK;
}
