/* mms-export.c: PNG, SVG and PDF files of the views, and handouts.
 *
 * A page is the narration block (optional) above a scene, painted by
 * mms_scene_paint() exactly as the window paints it.  The output goes
 * through an atomic file: a temporary file in the destination's folder
 * (so that the rename cannot cross file systems), written through stdio,
 * flushed and synced, then renamed over the destination.  Any error on
 * the way removes the temporary file, so a failed export leaves nothing.
 */
#include "mms-config.h"

#include "mms-export.h"
#include "mms-png.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "mms-i18n.h"

G_DEFINE_QUARK (mms-export-error-quark, mms_export_error)

#define NARRATION_PAD 12.0
#define TITLE_SIZE 15.0
#define NOTE_SIZE 12.5
#define EVENT_SIZE 10.5

/* --- formats ----------------------------------------------------------- */

static const char * const format_names[] = { "png", "svg", "pdf" };

gboolean
mms_export_format_from_name (const char      *name,
                             MmsExportFormat *format_out)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        if (format_out != NULL)
          *format_out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
mms_export_format_get_name (MmsExportFormat format)
{
  g_return_val_if_fail (format <= MMS_EXPORT_PDF, NULL);
  return format_names[format];
}

gboolean
mms_export_format_from_filename (const char      *filename,
                                 MmsExportFormat *format_out)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);
  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  return mms_export_format_from_name (dot + 1, format_out);
}

void
mms_export_options_init (MmsExportOptions *options)
{
  g_return_if_fail (options != NULL);
  memset (options, 0, sizeof *options);
  options->format = MMS_EXPORT_PNG;
  options->view = MMS_VIEW_ALL;
  options->narration = TRUE;
  options->max_events = 4;
  options->font_scale = 1.0;
}

/* Checks OPTIONS and fills RESOLVED with the defaults applied. */
static gboolean
resolve_options (const MmsExportOptions *options,
                 gboolean                handout,
                 MmsExportOptions       *resolved,
                 GError                **error)
{
  if (options != NULL)
    *resolved = *options;
  else
    mms_export_options_init (resolved);
  if (resolved->view >= MMS_N_VIEWS)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID, _("No such view"));
      return FALSE;
    }
  if (resolved->width <= 0)
    resolved->width = handout && resolved->format == MMS_EXPORT_PDF ? MMS_EXPORT_HANDOUT_WIDTH
                                                                      : MMS_EXPORT_DEFAULT_WIDTH;
  if (resolved->height <= 0)
    resolved->height = handout && resolved->format == MMS_EXPORT_PDF ? MMS_EXPORT_HANDOUT_HEIGHT
                                                                       : MMS_EXPORT_DEFAULT_HEIGHT;
  if (resolved->scale <= 0)
    resolved->scale = handout && resolved->format == MMS_EXPORT_PDF && options != NULL
                      && options->width <= 0 && options->height <= 0 ? MMS_EXPORT_HANDOUT_SCALE : 1.0;
  if (resolved->font_scale <= 0)
    resolved->font_scale = 1.0;
  if (resolved->width < MMS_EXPORT_MIN_SIZE || resolved->width > MMS_EXPORT_MAX_SIZE
      || resolved->height < MMS_EXPORT_MIN_SIZE || resolved->height > MMS_EXPORT_MAX_SIZE)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID,
                   _("The size %g×%g is out of range: width and height go from %d to %d"),
                   resolved->width, resolved->height, MMS_EXPORT_MIN_SIZE, MMS_EXPORT_MAX_SIZE);
      return FALSE;
    }
  if (resolved->scale < MMS_EXPORT_MIN_SCALE || resolved->scale > MMS_EXPORT_MAX_SCALE)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID,
                   _("The scale %g is out of range: it goes from %g to %g"),
                   resolved->scale, MMS_EXPORT_MIN_SCALE, MMS_EXPORT_MAX_SCALE);
      return FALSE;
    }
  /* Each is in range, the product may not be (16384 at scale 8): say so,
   * rather than that a scale within its range is out of it. */
  if (resolved->width * resolved->scale > 4 * MMS_EXPORT_MAX_SIZE
      || resolved->height * resolved->scale > 4 * MMS_EXPORT_MAX_SIZE)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID,
                   /* TRANSLATORS: %1$g×%2$g is a size, %3$g a scale, %4$d the largest side in pixels. */
                   _("The size %g×%g at scale %g is too large: the result may be at most %d pixels on a side"),
                   resolved->width, resolved->height, resolved->scale, 4 * MMS_EXPORT_MAX_SIZE);
      return FALSE;
    }
  if (resolved->palette == NULL)
    resolved->palette = mms_palette_get (MMS_THEME_LIGHT);
  return TRUE;
}

/* --- atomic files ------------------------------------------------------ */

typedef struct
{
  char *path;               /* the destination */
  char *tmp;                /* the temporary file beside it (NULL: a device) */
  FILE *file;
  int errsv;                /* the first write error's errno, or 0 */
} AtomicFile;

static void
set_io_error (GError     **error,
              const char  *path,
              int          errsv)
{
  g_autofree char *display = g_filename_display_name (path);

  if (errsv == ENOSPC || errsv == EDQUOT || errsv == EFBIG)
    g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO,
                 _("Could not write “%s”: the disk is full (%s)"), display, g_strerror (errsv));
  else
    g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO,
                 _("Could not write “%s”: %s"), display, g_strerror (errsv));
}

static gboolean
atomic_open (AtomicFile  *f,
             const char  *path,
             GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  int fd;

  memset (f, 0, sizeof *f);
  if (path == NULL || path[0] == '\0')
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID, _("No output file given"));
      return FALSE;
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR) || g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO,
                   _("Could not write “%s”: it is a folder"), display);
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *display_dir = g_filename_display_name (dir);
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_IO,
                   _("Could not write “%s”: the folder “%s” does not exist"), display, display_dir);
      return FALSE;
    }
  /* An existing device, FIFO or socket (/dev/null, /dev/full) is written
   * in place: renaming a file over it would replace the device node (as
   * root), and it cannot hold a partial file anyway.  O_NONBLOCK makes the
   * open of a FIFO without a reader fail (ENXIO) rather than wait. */
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NONBLOCK, 0);
      if (fd < 0 || fcntl (fd, F_SETFL, 0) < 0)
        {
          int errsv = errno;
          if (fd >= 0)
            close (fd);
          set_io_error (error, path, errsv);
          return FALSE;
        }
      f->file = fdopen (fd, "wb");
      if (f->file == NULL)
        {
          int errsv = errno;
          close (fd);
          set_io_error (error, path, errsv);
          return FALSE;
        }
      f->path = g_strdup (path);
      return TRUE;
    }
  name = g_strdup_printf (".%s.XXXXXX", base);
  f->tmp = g_build_filename (dir, name, NULL);
  /* The mode is that of a new file (0666 less the umask), not mkstemp's 0600. */
  fd = g_mkstemp_full (f->tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int errsv = errno;
      set_io_error (error, path, errsv);
      g_clear_pointer (&f->tmp, g_free);
      return FALSE;
    }
  f->file = fdopen (fd, "wb");
  if (f->file == NULL)
    {
      int errsv = errno;
      close (fd);
      g_unlink (f->tmp);
      g_clear_pointer (&f->tmp, g_free);
      set_io_error (error, path, errsv);
      return FALSE;
    }
  f->path = g_strdup (path);
  return TRUE;
}

static cairo_status_t
atomic_write_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  AtomicFile *f = closure;

  if (f->errsv != 0)
    return CAIRO_STATUS_WRITE_ERROR;
  if (length > 0 && fwrite (data, 1, length, f->file) != length)
    {
      f->errsv = errno != 0 ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* Removes the temporary file; nothing of the export remains. */
static void
atomic_abort (AtomicFile *f)
{
  if (f->file != NULL)
    fclose (f->file);
  if (f->tmp != NULL)
    g_unlink (f->tmp);
  g_clear_pointer (&f->tmp, g_free);
  g_clear_pointer (&f->path, g_free);
  f->file = NULL;
}

/* Flushes and closes the temporary file; it is renamed later (a sequence
 * renames all its files together). */
static gboolean
atomic_close (AtomicFile  *f,
              GError     **error)
{
  int errsv = f->errsv;

  if (errsv == 0 && fflush (f->file) != 0)
    errsv = errno;
  if (errsv == 0 && fsync (fileno (f->file)) != 0 && errno != EINVAL && errno != EROFS)
    errsv = errno;
  if (fclose (f->file) != 0 && errsv == 0)
    errsv = errno;
  f->file = NULL;
  if (errsv != 0)
    {
      set_io_error (error, f->path, errsv);
      atomic_abort (f);
      return FALSE;
    }
  return TRUE;
}

static gboolean
atomic_rename (AtomicFile  *f,
               GError     **error)
{
  /* A device written in place (see atomic_open ()). */
  if (f->tmp == NULL)
    {
      g_clear_pointer (&f->path, g_free);
      return TRUE;
    }
  if (g_rename (f->tmp, f->path) != 0)
    {
      int errsv = errno;
      set_io_error (error, f->path, errsv);
      atomic_abort (f);
      return FALSE;
    }
  g_clear_pointer (&f->tmp, g_free);
  g_clear_pointer (&f->path, g_free);
  return TRUE;
}

static gboolean
atomic_commit (AtomicFile  *f,
               GError     **error)
{
  return atomic_close (f, error) && atomic_rename (f, error);
}

/* Turns a cairo status into an error, preferring the file's own. */
static gboolean
check_status (cairo_status_t   status,
              AtomicFile      *f,
              GError         **error)
{
  if (f->errsv != 0)
    {
      set_io_error (error, f->path, f->errsv);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_FAILED,
                   _("Could not draw the export: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* --- the narration ----------------------------------------------------- */

/* "64 MiB", "1.5 GiB": whole numbers without a fraction. */
static char *
format_ram (guint64 bytes)
{
  if (bytes >= (G_GUINT64_CONSTANT (1) << 30) && bytes % (G_GUINT64_CONSTANT (1) << 30) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " GiB", bytes >> 30);
  if (bytes >= (G_GUINT64_CONSTANT (1) << 20) && bytes % (G_GUINT64_CONSTANT (1) << 20) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " MiB", bytes >> 20);
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

static gboolean
want_chinese (void)
{
  const char * const *langs = g_get_language_names ();

  return langs[0] != NULL && (g_str_has_prefix (langs[0], "zh_CN") || strcmp (langs[0], "zh") == 0);
}

static const char *
pick_note (const char *note,
           const char *note_zh_CN)
{
  return want_chinese () && note_zh_CN != NULL ? note_zh_CN : note;
}

MmsNarration *
mms_narration_new (MmsRunner *runner,
                   guint      max_events)
{
  MmsNarration *n;
  MmsScenario *scenario;
  MmsMachine *machine;
  const MmsEvent *events;
  guint pos, n_steps, n_events = 0;

  g_return_val_if_fail (runner != NULL, NULL);

  n = g_new0 (MmsNarration, 1);
  scenario = mms_runner_get_scenario (runner);
  machine = mms_runner_get_machine (runner);
  pos = mms_runner_get_position (runner);
  n_steps = mms_runner_get_n_steps (runner);
  n->title = g_strdup (scenario != NULL ? scenario->title : NULL);
  n->events = g_ptr_array_new_with_free_func (g_free);

  if (pos == 0)
    {
      g_autofree char *ram = format_ram (machine->ram);

      n->position = g_strdup (_("Boot"));
      /* TRANSLATORS: the first is an architecture (x86_64), the second a size (64 MiB). */
      n->statement = g_strdup_printf (_("boot: %s, %s of RAM"), mms_arch_name (machine->arch), ram);
    }
  else
    {
      const MmsStmt *stmt = mms_runner_get_stmt (runner, pos);
      const MmsStepResult *result = mms_runner_get_result (runner);

      n->position = g_strdup_printf (_("Step %u of %u"), pos, n_steps);
      if (result != NULL && result->err != 0)
        n->statement = g_strdup_printf (_("%s  → fails: %s"), stmt->text, mms_errno_name (result->err));
      else if (result != NULL && result->segv)
        n->statement = g_strdup_printf (_("%s  → SIGSEGV"), stmt->text);
      else if (result != NULL && result->summary != NULL && result->summary[0] != '\0')
        n->statement = g_strdup_printf ("%s  → %s", stmt->text, result->summary);
      else
        n->statement = g_strdup (stmt->text);
      n->note = g_strdup (pick_note (stmt->note, stmt->note_zh_CN));
      if (n->note == NULL && pos == n_steps && scenario != NULL)
        n->note = g_strdup (pick_note (scenario->trailing_note, scenario->trailing_note_zh_CN));
    }

  events = mms_runner_get_events (runner, &n_events);
  /* The boot's events are hundreds of free blocks: they say nothing. */
  if (pos == 0)
    n_events = 0;
  for (guint i = 0; i < n_events && i < max_events; i++)
    g_ptr_array_add (n->events, mms_event_describe (&events[i]));
  n->n_more_events = n_events > max_events ? n_events - max_events : 0;
  return n;
}

void
mms_narration_free (MmsNarration *narration)
{
  if (narration == NULL)
    return;
  g_free (narration->title);
  g_free (narration->position);
  g_free (narration->statement);
  g_free (narration->note);
  g_ptr_array_unref (narration->events);
  g_free (narration);
}

/* One PangoContext at 96 dpi with unhinted metrics, as the scene painter
 * uses, so that the narration measures alike on every surface. */
static PangoContext *
get_context (void)
{
  static gsize once;
  static PangoContext *context;

  if (g_once_init_enter (&once))
    {
      cairo_font_options_t *font_options = cairo_font_options_create ();

      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (context, 96.0);
      cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
      pango_cairo_context_set_font_options (context, font_options);
      cairo_font_options_destroy (font_options);
      g_once_init_leave (&once, 1);
    }
  return context;
}

static PangoLayout *
new_layout (const char *family,
            double      size,
            gboolean    bold,
            double      width)
{
  PangoLayout *layout = pango_layout_new (get_context ());
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  return layout;
}

#define SANS "DejaVu Sans,Noto Sans,Noto Sans CJK SC,WenQuanYi Micro Hei,Sans"
#define MONO "DejaVu Sans Mono,Noto Sans Mono,Monospace"

/* The narration's three layouts: the heading line, the note, the events. */
typedef struct
{
  PangoLayout *heading;
  PangoLayout *note;
  PangoLayout *events;
  double heading_h, note_h, events_h;
} NarrationLayout;

static void
narration_layout_init (NarrationLayout    *nl,
                       const MmsNarration *narration,
                       double              width,
                       double              font_scale)
{
  double inner = MAX (50, width - 2 * NARRATION_PAD - 6);
  g_autofree char *position = g_markup_escape_text (narration->position != NULL ? narration->position : "", -1);
  g_autofree char *statement = g_markup_escape_text (narration->statement != NULL ? narration->statement : "", -1);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>    <span font_family=\"" MONO "\" weight=\"bold\">%s</span>",
                                             position, statement);
  int w, h;

  memset (nl, 0, sizeof *nl);
  nl->heading = new_layout (SANS, TITLE_SIZE * font_scale, FALSE, inner);
  pango_layout_set_markup (nl->heading, markup, -1);
  pango_layout_set_wrap (nl->heading, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (nl->heading, &w, &h);
  nl->heading_h = h;

  if (narration->note != NULL && narration->note[0] != '\0')
    {
      nl->note = new_layout (SANS, NOTE_SIZE * font_scale, FALSE, inner);
      pango_layout_set_text (nl->note, narration->note, -1);
      pango_layout_set_wrap (nl->note, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_pixel_size (nl->note, &w, &h);
      nl->note_h = h;
    }

  if (narration->events->len > 0)
    {
      g_autoptr(GString) s = g_string_new (NULL);

      for (guint i = 0; i < narration->events->len; i++)
        {
          const char *text = g_ptr_array_index (narration->events, i);
          const char *colon = strstr (text, ": ");
          g_autofree char *fn = g_markup_escape_text (text, colon != NULL ? colon - text : 0);
          g_autofree char *rest = g_markup_escape_text (colon != NULL ? colon + 2 : text, -1);

          if (s->len > 0)
            g_string_append_c (s, '\n');
          if (colon != NULL)
            g_string_append_printf (s, "<span font_family=\"" MONO "\" weight=\"bold\">%s</span>: %s", fn, rest);
          else
            g_string_append (s, rest);
        }
      if (narration->n_more_events > 0)
        {
          g_autofree char *more = g_strdup_printf (ngettext ("… and %u more event", "… and %u more events",
                                                             narration->n_more_events),
                                                   narration->n_more_events);
          g_autofree char *escaped = g_markup_escape_text (more, -1);
          g_string_append_printf (s, "\n<i>%s</i>", escaped);
        }
      nl->events = new_layout (SANS, EVENT_SIZE * font_scale, FALSE, inner);
      pango_layout_set_markup (nl->events, s->str, -1);
      pango_layout_set_ellipsize (nl->events, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (nl->events, &w, &h);
      nl->events_h = h;
    }
}

static void
narration_layout_clear (NarrationLayout *nl)
{
  g_clear_object (&nl->heading);
  g_clear_object (&nl->note);
  g_clear_object (&nl->events);
}

static double
narration_layout_height (const NarrationLayout *nl)
{
  double h = NARRATION_PAD + nl->heading_h;

  if (nl->note != NULL)
    h += 4 + nl->note_h;
  if (nl->events != NULL)
    h += 6 + nl->events_h;
  return ceil (h + NARRATION_PAD);
}

double
mms_narration_measure (const MmsNarration *narration,
                       double              width,
                       double              font_scale)
{
  NarrationLayout nl;
  double h;

  g_return_val_if_fail (narration != NULL, 0);
  narration_layout_init (&nl, narration, width, font_scale > 0 ? font_scale : 1.0);
  h = narration_layout_height (&nl);
  narration_layout_clear (&nl);
  return h;
}

static void
set_role (cairo_t          *cr,
          const MmsPalette *palette,
          MmsColorRole      role)
{
  const MmsColor *c = mms_palette_lookup (palette, role);

  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_update_layout (cr, layout);
  pango_cairo_show_layout (cr, layout);
}

void
mms_narration_paint (cairo_t            *cr,
                     const MmsNarration *narration,
                     const MmsPalette   *palette,
                     double              x,
                     double              y,
                     double              width,
                     double              height,
                     double              font_scale)
{
  NarrationLayout nl;
  double tx = x + NARRATION_PAD + 6, ty = y + NARRATION_PAD;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (narration != NULL);

  if (palette == NULL)
    palette = mms_palette_get (MMS_THEME_LIGHT);
  narration_layout_init (&nl, narration, width, font_scale > 0 ? font_scale : 1.0);

  cairo_save (cr);
  set_role (cr, palette, MMS_COLOR_PANEL);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  /* An accent bar in the colour of what a step changes, and a rule. */
  set_role (cr, palette, MMS_COLOR_CHANGED);
  cairo_rectangle (cr, x, y, 6, height);
  cairo_fill (cr);
  set_role (cr, palette, MMS_COLOR_PANEL_BORDER);
  cairo_rectangle (cr, x, y + height - 1, width, 1);
  cairo_fill (cr);

  set_role (cr, palette, MMS_COLOR_TEXT);
  show_layout (cr, nl.heading, tx, ty);
  ty += nl.heading_h;
  if (nl.note != NULL)
    {
      ty += 4;
      show_layout (cr, nl.note, tx, ty);
      ty += nl.note_h;
    }
  if (nl.events != NULL)
    {
      ty += 6;
      set_role (cr, palette, MMS_COLOR_TEXT_DIM);
      show_layout (cr, nl.events, tx, ty);
    }
  cairo_restore (cr);
  narration_layout_clear (&nl);
}

/* --- pages ------------------------------------------------------------- */

/* Paints a page: the narration (NARRATION_H high) above REGION of SCENE,
 * in user units; the caller has scaled CR. */
static void
paint_page (cairo_t                *cr,
            MmsScene               *scene,
            const MmsRect          *region,
            const MmsNarration     *narration,
            double                  narration_h,
            const MmsExportOptions *o)
{
  MmsPaintOptions paint = { 0 };

  set_role (cr, o->palette, MMS_COLOR_BACKGROUND);
  cairo_paint (cr);
  if (narration != NULL && narration_h > 0)
    mms_narration_paint (cr, narration, o->palette, 0, 0, region->width, narration_h, o->font_scale);
  paint.palette = o->palette;
  paint.font_scale = o->font_scale;
  cairo_save (cr);
  cairo_translate (cr, 0, narration_h);
  cairo_rectangle (cr, 0, 0, region->width, region->height);
  cairo_clip (cr);
  cairo_translate (cr, -region->x, -region->y);
  mms_scene_paint (cr, scene, &paint);
  cairo_restore (cr);
}

/* A page to paint: a scene (or a region of it) under a narration. */
typedef struct
{
  MmsScene *scene;
  MmsRect region;
  const MmsNarration *narration;
  double narration_h;
} Page;

static double
page_width (const Page *page)
{
  return page->region.width;
}

static double
page_height (const Page *page)
{
  return page->region.height + page->narration_h;
}

/* Writes one single-page file (PNG, SVG or one-page PDF) to F. */
static gboolean
write_page (AtomicFile              *f,
            const Page              *page,
            const MmsExportOptions  *o,
            GError                 **error)
{
  double w = page_width (page) * o->scale, h = page_height (page) * o->scale;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (o->format)
    {
    case MMS_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (w - 0.01), (int) ceil (h - 0.01));
      break;
    case MMS_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (atomic_write_cb, f, w, h);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case MMS_EXPORT_PDF:
    default:
      surface = cairo_pdf_surface_create_for_stream (atomic_write_cb, f, w, h);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "mmscope " MMS_VERSION);
      if (page->narration != NULL && page->narration->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, page->narration->title);
      break;
    }
  cr = cairo_create (surface);
  cairo_scale (cr, o->scale, o->scale);
  paint_page (cr, page->scene, &page->region, page->narration, page->narration_h, o);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && o->format == MMS_EXPORT_PNG)
    status = mms_png_write (surface, atomic_write_cb, f);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, f, error);
}

static gboolean
write_page_file (const char              *path,
                 const Page              *page,
                 const MmsExportOptions  *o,
                 GError                 **error)
{
  AtomicFile f;

  if (!atomic_open (&f, path, error))
    return FALSE;
  if (!write_page (&f, page, o, error))
    {
      atomic_abort (&f);
      return FALSE;
    }
  return atomic_commit (&f, error);
}

/* --- building scenes --------------------------------------------------- */

/* How many event sentences the narration shows: none above a scene that
 * has the events panel already. */
static guint
narration_events (const MmsExportOptions *o)
{
  return o->view == MMS_VIEW_ALL || o->view == MMS_VIEW_EVENTS ? 0 : o->max_events;
}

/* Runs RUNNER to step N without recording the events of the steps before
 * N - 1 (no view shows them; a scene of step N - 1 shows its own, so
 * they are recorded again for that step). */
static gboolean
run_quietly_until (MmsRunner  *runner,
                   guint       n,
                   GError    **error)
{
  gboolean ok;

  if (n == 0)
    return TRUE;
  mms_runner_set_record_events (runner, FALSE);
  ok = mms_runner_run_until (runner, n - 1, error);
  mms_runner_set_record_events (runner, TRUE);
  return ok && mms_runner_run_until (runner, n, error);
}

/* Builds the scene of RUNNER's state at O's size less the narration. */
static MmsScene *
build_from_runner (MmsRunner               *runner,
                   const MmsExportOptions  *o,
                   MmsScene                *previous,
                   double                   width,
                   double                   height,
                   double                   fixed_h,
                   MmsNarration           **narration_out,
                   double                  *narration_h)
{
  MmsSceneSource source;
  MmsSceneOptions scene_options = { 0 };
  g_autoptr(MmsNarration) narration = NULL;
  double nh = 0;

  if (o->narration)
    {
      narration = mms_narration_new (runner, narration_events (o));
      nh = fixed_h >= 0 ? fixed_h : mms_narration_measure (narration, width, o->font_scale);
      /* The views keep at least half the page. */
      nh = MIN (nh, floor (height / 2));
    }
  mms_scene_source_init (&source, runner);
  scene_options.pid = o->pid;
  scene_options.legend = o->legend;
  scene_options.maple_tree = o->maple_tree;
  scene_options.previous = previous;
  *narration_h = nh;
  if (narration_out != NULL)
    *narration_out = g_steal_pointer (&narration);
  return mms_view_build (o->view, &source, &scene_options, width, height - nh);
}

/* The scene of the same view before the step, for change highlighting:
 * no narration, the height the scene after it will have. */
static MmsScene *
build_plain (MmsRunner              *runner,
             const MmsExportOptions *o,
             double                  width,
             double                  height)
{
  MmsSceneSource source;
  MmsSceneOptions scene_options = { 0 };

  mms_scene_source_init (&source, runner);
  scene_options.pid = o->pid;
  scene_options.legend = o->legend;
  scene_options.maple_tree = o->maple_tree;
  return mms_view_build (o->view, &source, &scene_options, width, height);
}

MmsScene *
mms_export_build_step (MmsScenario             *scenario,
                       guint                    step,
                       const MmsExportOptions  *options,
                       double                  *narration_height,
                       MmsNarration           **narration_out,
                       GError                 **error)
{
  MmsExportOptions o;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(MmsScene) previous = NULL;
  g_autoptr(MmsNarration) narration = NULL;
  MmsScene *scene;
  double nh = -1;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!resolve_options (options, FALSE, &o, error))
    return NULL;
  if (step > scenario->steps->len)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID,
                   ngettext ("There is no step %u: the scenario has %u step",
                             "There is no step %u: the scenario has %u steps", scenario->steps->len),
                   step, scenario->steps->len);
      return NULL;
    }
  runner = mms_runner_new (scenario, error);
  if (runner == NULL)
    return NULL;
  if (step > 0)
    {
      if (!run_quietly_until (runner, step - 1, error))
        return NULL;
      if (o.narration)
        {
          /* Measure with the narration of the step to come: build the
           * "before" scene at the height the "after" scene will have. */
          g_autoptr(MmsScene) probe = NULL;
          if (!mms_runner_step (runner, error))
            return NULL;
          probe = build_from_runner (runner, &o, NULL, o.width, o.height, -1, &narration, &nh);
          g_clear_pointer (&narration, mms_narration_free);
          g_clear_pointer (&runner, mms_runner_free);
          runner = mms_runner_new (scenario, error);
          if (runner == NULL || !run_quietly_until (runner, step - 1, error))
            return NULL;
        }
      previous = build_plain (runner, &o, o.width, o.height - MAX (nh, 0));
      if (!mms_runner_step (runner, error))
        return NULL;
    }
  scene = build_from_runner (runner, &o, previous, o.width, o.height, nh, &narration, &nh);
  if (narration_height != NULL)
    *narration_height = MAX (nh, 0);
  if (narration_out != NULL)
    *narration_out = g_steal_pointer (&narration);
  return scene;
}

gboolean
mms_export_step (MmsScenario             *scenario,
                 guint                    step,
                 const MmsExportOptions  *options,
                 const char              *path,
                 GError                 **error)
{
  MmsExportOptions o;
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(MmsNarration) narration = NULL;
  Page page = { 0 };
  double nh = 0;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_options (options, FALSE, &o, error))
    return FALSE;
  scene = mms_export_build_step (scenario, step, &o, &nh, &narration, error);
  if (scene == NULL)
    return FALSE;
  page.scene = scene;
  page.region = (MmsRect) { 0, 0, mms_scene_get_width (scene), mms_scene_get_height (scene) };
  page.narration = narration;
  page.narration_h = nh;
  return write_page_file (path, &page, &o, error);
}

gboolean
mms_export_scene (MmsScene                *scene,
                  const MmsRect           *region,
                  const MmsNarration      *narration,
                  const MmsExportOptions  *options,
                  const char              *path,
                  GError                 **error)
{
  MmsExportOptions o;
  Page page = { 0 };
  MmsRect all;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  all = (MmsRect) { 0, 0, mms_scene_get_width (scene), mms_scene_get_height (scene) };
  if (!resolve_options (options, FALSE, &o, error))
    return FALSE;
  page.scene = scene;
  page.region = region != NULL ? *region : all;
  /* A region is clipped to the scene. */
  {
    double x1 = MAX (page.region.x, 0), y1 = MAX (page.region.y, 0);
    double x2 = MIN (page.region.x + page.region.width, all.width);
    double y2 = MIN (page.region.y + page.region.height, all.height);

    if (x2 - x1 < 4 || y2 - y1 < 4)
      {
        g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID, _("The region to export is empty"));
        return FALSE;
      }
    page.region = (MmsRect) { x1, y1, x2 - x1, y2 - y1 };
  }
  if (narration != NULL && o.narration)
    {
      page.narration = narration;
      page.narration_h = mms_narration_measure (narration, page.region.width, o.font_scale);
    }
  return write_page_file (path, &page, &o, error);
}

/* --- handouts and sequences -------------------------------------------- */

char *
mms_export_sequence_path (const char *path,
                          guint       step,
                          guint       n_steps)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  const char *dot;
  int digits = 2;

  g_return_val_if_fail (path != NULL, NULL);
  for (guint n = n_steps; n >= 100; n /= 10)
    digits++;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    name = g_strdup_printf ("%.*s-%0*u%s", (int) (dot - base), base, digits, step, dot);
  else
    name = g_strdup_printf ("%s-%0*u", base, digits, step);
  if (strcmp (dir, ".") == 0 && !g_str_has_prefix (path, "." G_DIR_SEPARATOR_S))
    return g_steal_pointer (&name);
  return g_build_filename (dir, name, NULL);
}

/* The title page: the scenario's title, its machine, the list of its
 * steps in columns, and the boot state below when there is room. */
static void
paint_title_page (cairo_t                *cr,
                  MmsScenario            *scenario,
                  MmsRunner              *boot,
                  const MmsExportOptions *o)
{
  double W = o->width, H = o->height, margin = 48, y;
  const char *title = scenario->title != NULL ? scenario->title : scenario->filename;
  g_autofree char *ram = format_ram (mms_runner_get_machine (boot)->ram);
  g_autofree char *subtitle = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) sub = NULL;
  guint n = scenario->steps->len;
  double line_h, col_w, list_h;
  guint n_cols, per_col;
  int w, h;

  set_role (cr, o->palette, MMS_COLOR_BACKGROUND);
  cairo_paint (cr);
  set_role (cr, o->palette, MMS_COLOR_PANEL);
  cairo_rectangle (cr, 0, 0, W, 150);
  cairo_fill (cr);
  set_role (cr, o->palette, MMS_COLOR_CHANGED);
  cairo_rectangle (cr, 0, 0, 10, 150);
  cairo_fill (cr);

  heading = new_layout (SANS, 30 * o->font_scale, TRUE, W - 2 * margin);
  pango_layout_set_text (heading, title, -1);
  pango_layout_set_ellipsize (heading, PANGO_ELLIPSIZE_END);
  set_role (cr, o->palette, MMS_COLOR_TEXT);
  show_layout (cr, heading, margin, 36);
  pango_layout_get_pixel_size (heading, &w, &h);
  y = 36 + h + 10;

  /* TRANSLATORS: a handout's subtitle: the architecture, the RAM, the number of steps. */
  subtitle = g_strdup_printf (ngettext ("A Linux memory-management walk-through on %s with %s of RAM, in %u step",
                                        "A Linux memory-management walk-through on %s with %s of RAM, in %u steps", n),
                              mms_arch_name (mms_runner_get_machine (boot)->arch), ram, n);
  sub = new_layout (SANS, 14 * o->font_scale, FALSE, W - 2 * margin);
  pango_layout_set_text (sub, subtitle, -1);
  set_role (cr, o->palette, MMS_COLOR_TEXT_DIM);
  show_layout (cr, sub, margin, y);
  y = 150 + 24;

  /* The steps, in as many columns as they need (at most three). */
  line_h = 18 * o->font_scale;
  n_cols = 1;
  per_col = MAX (1, (guint) floor ((H - y - margin) / line_h));
  while (n_cols < 3 && n > per_col * n_cols)
    n_cols++;
  per_col = MAX (1, (n + n_cols - 1) / n_cols);
  col_w = (W - 2 * margin - (n_cols - 1) * 24) / n_cols;
  for (guint i = 0; i < n; i++)
    {
      const MmsStmt *stmt = g_ptr_array_index (scenario->steps, i);
      g_autoptr(PangoLayout) line = new_layout (MONO, 11 * o->font_scale, FALSE, col_w);
      g_autofree char *text = g_strdup_printf ("%2u. %s", i + 1, stmt->text);
      guint col = i / per_col, row = i % per_col;
      double ly = y + row * line_h;

      if (ly + line_h > H - margin / 2)
        continue;
      pango_layout_set_text (line, text, -1);
      pango_layout_set_ellipsize (line, PANGO_ELLIPSIZE_END);
      set_role (cr, o->palette, MMS_COLOR_TEXT);
      show_layout (cr, line, margin + col * (col_w + 24), ly);
    }
  list_h = MIN (per_col, n) * line_h;

  /* The boot state, when the list leaves room for it. */
  {
    double top = y + list_h + 24;
    double avail = H - top - 16;

    if (avail >= 320)
      {
        MmsExportOptions plain = *o;
        g_autoptr(MmsScene) scene = NULL;
        MmsPaintOptions paint = { 0 };
        g_autoptr(PangoLayout) caption = new_layout (SANS, 12 * o->font_scale, TRUE, W - 32);

        pango_layout_set_text (caption, _("The machine after boot"), -1);
        set_role (cr, o->palette, MMS_COLOR_TEXT_DIM);
        show_layout (cr, caption, margin, top - 4);
        pango_layout_get_pixel_size (caption, &w, &h);
        top += h;
        avail -= h;
        plain.narration = FALSE;
        scene = build_plain (boot, &plain, W - 32, avail);
        paint.palette = o->palette;
        paint.font_scale = o->font_scale;
        cairo_save (cr);
        cairo_translate (cr, 16, top);
        cairo_rectangle (cr, 0, 0, W - 32, avail);
        cairo_clip (cr);
        mms_scene_paint (cr, scene, &paint);
        cairo_restore (cr);
      }
  }
}

/* The height of the tallest narration of SCENARIO's steps, so that every
 * page of a handout or a sequence lays the views out alike (and the scene
 * before a step, built at that height, matches the scene after it). */
static gboolean
measure_narrations (MmsScenario             *scenario,
                    const MmsExportOptions  *o,
                    double                  *height_out,
                    GError                 **error)
{
  g_autoptr(MmsRunner) runner = NULL;
  double h = 0;

  *height_out = 0;
  if (!o->narration)
    return TRUE;
  runner = mms_runner_new (scenario, error);
  if (runner == NULL)
    return FALSE;
  for (guint step = 0; step <= scenario->steps->len; step++)
    {
      g_autoptr(MmsNarration) narration = NULL;

      if (step > 0 && !mms_runner_step (runner, error))
        return FALSE;
      narration = mms_narration_new (runner, narration_events (o));
      h = MAX (h, mms_narration_measure (narration, o->width, o->font_scale));
    }
  *height_out = MIN (h, floor (o->height / 2));
  return TRUE;
}

/* The PDF handout: the title page, then one page per step. */
static gboolean
write_handout_pdf (AtomicFile              *f,
                   MmsScenario             *scenario,
                   const MmsExportOptions  *o,
                   guint                   *n_pages,
                   MmsExportProgressFunc    progress,
                   gpointer                 user_data,
                   GError                 **error)
{
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, error);
  g_autoptr(MmsScene) previous = NULL;
  cairo_surface_t *surface;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  guint n = scenario->steps->len;
  gboolean ok = TRUE;
  double fixed_h;
  cairo_t *cr;

  if (runner == NULL || !measure_narrations (scenario, o, &fixed_h, error))
    return FALSE;
  previous = build_plain (runner, o, o->width, o->height - fixed_h);
  surface = cairo_pdf_surface_create_for_stream (atomic_write_cb, f, o->width * o->scale, o->height * o->scale);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "mmscope " MMS_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  scenario->title != NULL ? scenario->title : scenario->filename);
  cr = cairo_create (surface);
  cairo_scale (cr, o->scale, o->scale);

  paint_title_page (cr, scenario, runner, o);
  cairo_show_page (cr);
  *n_pages = 1;

  for (guint step = 1; step <= n && ok; step++)
    {
      g_autoptr(MmsNarration) narration = NULL;
      g_autoptr(MmsScene) scene = NULL;
      Page page = { 0 };
      double nh = 0;

      if (!mms_runner_step (runner, error))
        {
          ok = FALSE;
          break;
        }
      scene = build_from_runner (runner, o, previous, o->width, o->height, fixed_h, &narration, &nh);
      page.scene = scene;
      page.region = (MmsRect) { 0, 0, o->width, o->height - nh };
      page.narration = narration;
      page.narration_h = nh;
      cairo_save (cr);
      paint_page (cr, scene, &page.region, narration, nh, o);
      cairo_restore (cr);
      cairo_show_page (cr);
      (*n_pages)++;
      g_clear_pointer (&previous, mms_scene_unref);
      previous = build_plain (runner, o, o->width, o->height - nh);
      status = cairo_status (cr);
      if (status != CAIRO_STATUS_SUCCESS || f->errsv != 0)
        ok = FALSE;
      if (progress != NULL)
        progress (step, n, user_data);
    }
  if (ok)
    status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (!check_status (status, f, error))
    return FALSE;
  return ok;
}

gboolean
mms_export_handout (MmsScenario             *scenario,
                    const MmsExportOptions  *options,
                    const char              *path,
                    guint                   *n_files_out,
                    MmsExportProgressFunc    progress,
                    gpointer                 user_data,
                    GError                 **error)
{
  MmsExportOptions o;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(MmsScene) previous = NULL;
  g_autoptr(GArray) files = NULL;
  guint n, n_files = 0;
  gboolean ok = TRUE;
  double fixed_h;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_options (options, TRUE, &o, error))
    return FALSE;
  n = scenario->steps->len;

  if (o.format == MMS_EXPORT_PDF)
    {
      AtomicFile f;

      if (!atomic_open (&f, path, error))
        return FALSE;
      if (!write_handout_pdf (&f, scenario, &o, &n_files, progress, user_data, error))
        {
          atomic_abort (&f);
          return FALSE;
        }
      if (!atomic_commit (&f, error))
        return FALSE;
      if (n_files_out != NULL)
        *n_files_out = n_files;
      return TRUE;
    }

  /* A sequence: every file is written to its temporary file first, and
   * renamed only when all of them were written. */
  runner = mms_runner_new (scenario, error);
  if (runner == NULL || !measure_narrations (scenario, &o, &fixed_h, error))
    return FALSE;
  files = g_array_new (FALSE, TRUE, sizeof (AtomicFile));
  for (guint step = 0; step <= n && ok; step++)
    {
      g_autofree char *file_path = mms_export_sequence_path (path, step, n);
      g_autoptr(MmsNarration) narration = NULL;
      g_autoptr(MmsScene) scene = NULL;
      Page page = { 0 };
      AtomicFile f;
      double nh = 0;

      if (step > 0 && !mms_runner_step (runner, error))
        {
          ok = FALSE;
          break;
        }
      scene = build_from_runner (runner, &o, previous, o.width, o.height, fixed_h, &narration, &nh);
      page.scene = scene;
      page.region = (MmsRect) { 0, 0, o.width, o.height - nh };
      page.narration = narration;
      page.narration_h = nh;
      if (!atomic_open (&f, file_path, error))
        {
          ok = FALSE;
          break;
        }
      if (!write_page (&f, &page, &o, error))
        {
          atomic_abort (&f);
          ok = FALSE;
          break;
        }
      if (!atomic_close (&f, error))
        {
          ok = FALSE;
          break;
        }
      g_array_append_val (files, f);
      g_clear_pointer (&previous, mms_scene_unref);
      previous = build_plain (runner, &o, o.width, o.height - nh);
      if (progress != NULL)
        progress (step, n, user_data);
    }
  for (guint i = 0; i < files->len; i++)
    {
      AtomicFile *f = &g_array_index (files, AtomicFile, i);

      if (ok && !atomic_rename (f, error))
        ok = FALSE;
      else if (f->path != NULL)
        atomic_abort (f);
      else
        n_files++;
    }
  if (n_files_out != NULL)
    *n_files_out = ok ? n_files : 0;
  return ok;
}
