/* mms-scene-paint.c: paints a scene with cairo and pango, nothing else.
 *
 * The same code paints the window (GTK hands us its cairo_t, already
 * scaled for HiDPI), PNG, SVG and PDF files.  Text is laid out by pango at
 * a fixed 96 dpi so that a point means the same on every surface; text that
 * does not fit its element is ellipsized, and text that would need a
 * smaller font than MMS_MIN_FONT_SIZE is not drawn at all: the tooltip
 * still has it.
 */
#include "mms-scene.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <pango/pangocairo.h>

#define TEXT_PAD 3.0
#define DIM_ALPHA 0.22

/* Laying text out is most of the cost of a paint, and from one step to the
 * next most labels are the same: laid-out text is cached, keyed by what
 * decides its shape.  The layouts come from one PangoContext at 96 dpi with
 * metrics unhinted, so that a window, a PNG and a PDF measure alike. */
#define LAYOUT_CACHE_MAX 8192

static GMutex cache_lock;
static PangoContext *shared_context;
static GHashTable *layout_cache;  /* key -> PangoLayout */

/* Hatching is the other big cost: a 65,530-VMA layout has a few dozen
 * hatched aggregates, some sixty antialiased diagonals each, and cairo's
 * stroker and rasteriser take about 0.1 ms per aggregate.  Where the
 * result is the same pixel for pixel (an image surface, no scaling, the
 * element inside one clip rectangle), the hatch's coverage is rasterised
 * once into an A8 mask, keyed by the element's size and its offset within
 * a pixel, and later hatches of that shape composite the mask: the same
 * coverage through the same pixman operation.  Scenes rebuilt for the same
 * size keep their geometry, so repaints and the next step hit. */
#define HATCH_CACHE_MAX_BYTES (16 << 20)

static GHashTable *hatch_cache;   /* key -> cairo_surface_t (A8) */
static gsize hatch_cache_bytes;

typedef struct
{
  cairo_t *cr;
  const MmsPalette *palette;
  const MmsPaintOptions *options;
  PangoLayout *layout;
  PangoFontDescription *fonts[4]; /* sans, sans bold, mono, mono bold */
  double font_size;               /* of fonts[] now */
  GArray *frames;                 /* sorted pfns of highlighted frames */
  gboolean hatch_masks;           /* paint_hatch may use hatch_cache */
  cairo_rectangle_list_t *clips;  /* the clip, in user units, or NULL */
} Painter;

static void
set_color (Painter      *p,
           MmsColorRole  role,
           double        alpha)
{
  const MmsColor *c = mms_palette_lookup (p->palette, role);

  cairo_set_source_rgba (p->cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* ROLE's colour mixed BLEND of the way towards TO's (an animation frame). */
static void
set_color_mix (Painter      *p,
               MmsColorRole  role,
               MmsColorRole  to,
               double        blend,
               double        alpha)
{
  const MmsColor *a = mms_palette_lookup (p->palette, role);
  const MmsColor *b;

  if (blend <= 0.0 || to == role || to == MMS_COLOR_NONE)
    {
      set_color (p, role, alpha);
      return;
    }
  b = mms_palette_lookup (p->palette, to);
  cairo_set_source_rgba (p->cr, a->red + (b->red - a->red) * blend,
                         a->green + (b->green - a->green) * blend,
                         a->blue + (b->blue - a->blue) * blend,
                         (a->alpha + (b->alpha - a->alpha) * blend) * alpha);
}

static int
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static void
collect_frames (Painter *p)
{
  GHashTableIter iter;
  gpointer key;

  p->frames = g_array_new (FALSE, FALSE, sizeof (guint64));
  if (p->options == NULL || p->options->highlight == NULL)
    return;
  g_hash_table_iter_init (&iter, p->options->highlight);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *s = key;
      if (g_str_has_prefix (s, "frame:"))
        {
          guint64 pfn = g_ascii_strtoull (s + 6, NULL, 16);
          g_array_append_val (p->frames, pfn);
        }
    }
  g_array_sort (p->frames, compare_u64);
}

/* Whether a highlighted frame lies in [lo, hi). */
static gboolean
frames_in_range (Painter *p,
                 guint64  lo,
                 guint64  hi)
{
  guint a = 0, b = p->frames->len;

  while (a < b)
    {
      guint mid = (a + b) / 2;
      if (g_array_index (p->frames, guint64, mid) < lo)
        a = mid + 1;
      else
        b = mid;
    }
  return a < p->frames->len && g_array_index (p->frames, guint64, a) < hi;
}

static gboolean
is_highlighted (Painter          *p,
                const MmsElement *element)
{
  if (g_hash_table_contains (p->options->highlight, mms_element_get_object (element)))
    return TRUE;
  if (element->kind == MMS_ELEMENT_FRAME_RANGE || element->kind == MMS_ELEMENT_AGGREGATE)
    return element->hi > element->lo && frames_in_range (p, element->lo, element->hi);
  return FALSE;
}

static void
rounded_rect (cairo_t       *cr,
              const MmsRect *r,
              double         radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A rectangle whose top and bottom edges are torn: the sign of a hole drawn
 * much smaller than it is. */
static void
zigzag_rect (cairo_t       *cr,
             const MmsRect *r)
{
  double tooth = 6.0;
  int n = MAX (2, (int) (r->width / tooth));
  double step = r->width / n;
  double amp = MIN (3.0, r->height / 4);

  cairo_move_to (cr, r->x, r->y + amp);
  for (int i = 1; i <= n; i++)
    cairo_line_to (cr, r->x + i * step, r->y + ((i % 2) ? 0 : amp));
  cairo_line_to (cr, r->x + r->width, r->y + r->height - amp);
  for (int i = n - 1; i >= 0; i--)
    cairo_line_to (cr, r->x + i * step, r->y + r->height - ((i % 2) ? 0 : amp));
  cairo_close_path (cr);
}

static void
shape_path (Painter          *p,
            const MmsElement *element,
            double            grow)
{
  MmsRect r = element->rect;

  r.x -= grow;
  r.y -= grow;
  r.width += 2 * grow;
  r.height += 2 * grow;

  switch (element->shape)
    {
    case MMS_SHAPE_ROUNDED:
      rounded_rect (p->cr, &r, 4.0 + grow);
      break;
    case MMS_SHAPE_CIRCLE:
      cairo_new_sub_path (p->cr);
      cairo_arc (p->cr, r.x + r.width / 2, r.y + r.height / 2, MIN (r.width, r.height) / 2, 0, 2 * G_PI);
      break;
    case MMS_SHAPE_ZIGZAG:
      zigzag_rect (p->cr, &r);
      break;
    case MMS_SHAPE_RECT:
    case MMS_SHAPE_NONE:
    case MMS_SHAPE_LINE:
    case MMS_SHAPE_ARROW:
    default:
      cairo_rectangle (p->cr, r.x, r.y, r.width, r.height);
      break;
    }
}

/* The hatch's lines, clipped to ELEMENT's shape, as the path of CR. */
static void
hatch_path (Painter          *p,
            cairo_t          *cr,
            const MmsElement *element)
{
  const MmsRect *r = &element->rect;
  cairo_t *saved = p->cr;

  p->cr = cr;
  shape_path (p, element, 0);
  p->cr = saved;
  cairo_clip (cr);
  cairo_set_line_width (cr, 1.0);
  for (double d = -r->height; d < r->width; d += 7.0)
    {
      cairo_move_to (cr, r->x + d, r->y + r->height);
      cairo_line_to (cr, r->x + d + r->height, r->y);
    }
}

/* Whether a cached mask paints ELEMENT's hatch exactly as stroking would:
 * a rectangle that lies, with a pixel to spare, inside one rectangle of
 * the clip (so that no other clip edge cuts its lines). */
static gboolean
hatch_mask_ok (Painter          *p,
               const MmsElement *element)
{
  const MmsRect *r = &element->rect;

  if (!p->hatch_masks || element->shape != MMS_SHAPE_RECT || r->width <= 0 || r->height <= 0)
    return FALSE;
  for (int i = 0; i < p->clips->num_rectangles; i++)
    {
      const cairo_rectangle_t *c = &p->clips->rectangles[i];
      if (r->x - 2 >= c->x && r->y - 2 >= c->y && r->x + r->width + 2 <= c->x + c->width
          && r->y + r->height + 2 <= c->y + c->height)
        return TRUE;
    }
  return FALSE;
}

static void
paint_hatch (Painter          *p,
             const MmsElement *element,
             double            alpha)
{
  const MmsRect *r = &element->rect;
  cairo_surface_t *mask;
  double dx = r->x, dy = r->y;
  double ix, iy;
  char key[128];

  if (!hatch_mask_ok (p, element))
    {
      cairo_save (p->cr);
      hatch_path (p, p->cr, element);
      set_color (p, MMS_COLOR_EDGE, 0.35 * alpha);
      cairo_stroke (p->cr);
      cairo_restore (p->cr);
      return;
    }

  /* The mask's pixel (1, 1) is the device pixel (ix, iy). */
  cairo_user_to_device (p->cr, &dx, &dy);
  ix = floor (dx);
  iy = floor (dy);
  g_snprintf (key, sizeof key, "%a|%a|%a|%a", dx - ix, dy - iy, r->width, r->height);
  mask = g_hash_table_lookup (hatch_cache, key);
  if (mask == NULL)
    {
      int width = (int) ceil (dx - ix + r->width) + 3, height = (int) ceil (dy - iy + r->height) + 3;
      cairo_matrix_t ctm;
      cairo_t *cr;

      if (hatch_cache_bytes + (gsize) width * height > HATCH_CACHE_MAX_BYTES)
        {
          g_hash_table_remove_all (hatch_cache);
          hatch_cache_bytes = 0;
        }
      mask = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
      /* Drawn at the same device coordinates, less whole pixels. */
      cairo_surface_set_device_offset (mask, 1 - ix, 1 - iy);
      cr = cairo_create (mask);
      cairo_get_matrix (p->cr, &ctm);
      cairo_set_matrix (cr, &ctm);
      hatch_path (p, cr, element);
      cairo_set_source_rgba (cr, 0, 0, 0, 1);
      cairo_stroke (cr);
      cairo_destroy (cr);
      cairo_surface_set_device_offset (mask, 0, 0);
      cairo_surface_flush (mask);
      g_hash_table_insert (hatch_cache, g_strdup (key), mask);
      hatch_cache_bytes += (gsize) width * height;
    }
  cairo_save (p->cr);
  cairo_identity_matrix (p->cr);
  set_color (p, MMS_COLOR_EDGE, 0.35 * alpha);
  {
    /* Device (ix - 1, iy - 1) in the user space of an identity CTM. */
    double ux = ix - 1, uy = iy - 1;
    cairo_device_to_user (p->cr, &ux, &uy);
    cairo_mask_surface (p->cr, mask, ux, uy);
  }
  cairo_restore (p->cr);
}

static void
paint_line (Painter          *p,
            const MmsElement *element,
            double            alpha,
            gboolean          emphasis)
{
  const MmsRect *r = &element->rect;
  double x1 = r->x, y1 = r->y, x2 = r->x + r->width, y2 = r->y + r->height;

  set_color (p, element->stroke != MMS_COLOR_NONE ? element->stroke : MMS_COLOR_EDGE, alpha);
  cairo_set_line_width (p->cr, emphasis ? 2.5 : 1.25);
  if (element->flags & MMS_ELEMENT_DASHED)
    {
      double dash[] = { 4.0, 3.0 };
      cairo_set_dash (p->cr, dash, 2, 0);
    }
  cairo_move_to (p->cr, x1, y1);
  cairo_line_to (p->cr, x2, y2);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);

  if (element->shape == MMS_SHAPE_ARROW)
    {
      double angle = atan2 (y2 - y1, x2 - x1);
      double len = 7.0;

      cairo_move_to (p->cr, x2, y2);
      cairo_line_to (p->cr, x2 - len * cos (angle - 0.4), y2 - len * sin (angle - 0.4));
      cairo_line_to (p->cr, x2 - len * cos (angle + 0.4), y2 - len * sin (angle + 0.4));
      cairo_close_path (p->cr);
      cairo_fill (p->cr);
    }
}

static PangoFontDescription *
font_for (Painter *p,
          double   size,
          guint    flags)
{
  int i = ((flags & MMS_ELEMENT_MONOSPACE) ? 2 : 0) + ((flags & MMS_ELEMENT_BOLD) ? 1 : 0);

  if (size != p->font_size)
    {
      for (int k = 0; k < 4; k++)
        {
          g_clear_pointer (&p->fonts[k], pango_font_description_free);
          p->fonts[k] = pango_font_description_new ();
          pango_font_description_set_family_static (p->fonts[k], k >= 2 ? "DejaVu Sans Mono,Noto Sans Mono,Monospace"
                                                                      : "DejaVu Sans,Noto Sans,Sans");
          pango_font_description_set_weight (p->fonts[k], (k & 1) ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
          pango_font_description_set_size (p->fonts[k], (int) (size * PANGO_SCALE));
        }
      p->font_size = size;
    }
  return p->fonts[i];
}

static void
paint_text (Painter          *p,
            const MmsElement *element,
            double            alpha)
{
  const MmsRect *r = &element->rect;
  double size = MAX (element->font_size, MMS_MIN_FONT_SIZE) * p->options->font_scale;
  double pad = element->shape == MMS_SHAPE_NONE ? 0.0 : TEXT_PAD;
  double avail_w = r->width - 2 * pad;
  double avail_h = r->height;
  PangoRectangle ink, logical;
  MmsColorRole role;
  double y;

  if (avail_w < 6.0)
    return;

  {
    g_autofree char *key = g_strdup_printf ("%x|%.2f|%.1f|%.1f|%s", element->flags
                                            & (MMS_ELEMENT_BOLD | MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_CENTER
                                               | MMS_ELEMENT_RIGHT | MMS_ELEMENT_WRAP | MMS_ELEMENT_MARKUP),
                                            size, avail_w, avail_h, element->label);
    PangoLayout *layout = g_hash_table_lookup (layout_cache, key);

    if (layout == NULL)
      {
        layout = pango_layout_new (shared_context);
        pango_layout_set_font_description (layout, font_for (p, size, element->flags));
        if (element->flags & MMS_ELEMENT_MARKUP)
          pango_layout_set_markup (layout, element->label, -1);
        else
          pango_layout_set_text (layout, element->label, -1);
        pango_layout_set_width (layout, (int) (avail_w * PANGO_SCALE));
        pango_layout_set_alignment (layout,
                                    (element->flags & MMS_ELEMENT_CENTER) ? PANGO_ALIGN_CENTER
                                    : (element->flags & MMS_ELEMENT_RIGHT) ? PANGO_ALIGN_RIGHT
                                    : PANGO_ALIGN_LEFT);
        if (element->flags & MMS_ELEMENT_WRAP)
          {
            pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
            pango_layout_set_height (layout, (int) (avail_h * PANGO_SCALE));
          }
        else
          pango_layout_set_height (layout, -1);
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

        /* Never shrink the font: a line that does not fit in height is
         * left out (the first lines of a multi-line label still show). */
        {
          PangoLayoutIter *iter = pango_layout_get_iter (layout);
          PangoRectangle first;
          int first_h;

          pango_layout_iter_get_line_extents (iter, NULL, &first);
          first_h = first.height / PANGO_SCALE;
          pango_layout_iter_free (iter);
          pango_layout_get_pixel_extents (layout, &ink, &logical);
          if (first_h > avail_h + 3.0)
            pango_layout_set_text (layout, "", 0);
          else if (logical.height > avail_h + 2.0 && !(element->flags & MMS_ELEMENT_WRAP))
            {
              int n_lines = MAX (1, (int) ((avail_h + 2.0) / MAX (1, first_h)));
              pango_layout_set_height (layout, -n_lines);
            }
        }
        if (g_hash_table_size (layout_cache) >= LAYOUT_CACHE_MAX)
          g_hash_table_remove_all (layout_cache);
        g_hash_table_insert (layout_cache, g_steal_pointer (&key), layout);
      }
    p->layout = layout;
    pango_layout_get_pixel_extents (layout, &ink, &logical);
    if (logical.width == 0)
      return;
  }

  role = element->text_color;
  if (role == MMS_COLOR_TEXT_AUTO)
    role = mms_palette_text_on (p->palette, element->fill);
  set_color (p, role, alpha);

  if (element->flags & MMS_ELEMENT_TOP)
    y = r->y + (element->shape == MMS_SHAPE_NONE ? 0 : 1);
  else
    y = r->y + (r->height - logical.height) / 2.0;
  cairo_move_to (p->cr, r->x + pad, y);
  pango_cairo_show_layout (p->cr, p->layout);
  p->layout = NULL;
}

/* The shared context and the layout cache; CACHE_LOCK is held. */
static void
ensure_context_locked (void)
{
  cairo_font_options_t *font_options;

  if (shared_context != NULL)
    return;
  font_options = cairo_font_options_create ();
  shared_context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (shared_context, 96.0);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (shared_context, font_options);
  cairo_font_options_destroy (font_options);
  layout_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  hatch_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) cairo_surface_destroy);
}

/* Every character the views' labels use: ASCII, and the few others their
 * strings hold (grep the sources for non-ASCII when adding one). */
#define WARM_UP_TEXT \
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" \
  "…·→–×“”▾▸›"

void
mms_scene_paint_warm_up (void)
{
  static gboolean warm;
  Painter p = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  /* The sizes the views use: MMS_MIN_FONT_SIZE, and the panels' titles. */
  static const double sizes[] = { MMS_MIN_FONT_SIZE, 10.5 };

  g_mutex_lock (&cache_lock);
  if (warm)
    {
      g_mutex_unlock (&cache_lock);
      return;
    }
  ensure_context_locked ();
  /* Glyphs are rasterised once per font, size and transformation, into a
   * cache that every later paint at scale 1 reuses: show the text on a
   * small image surface, with the painter's own fonts. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 16, 16);
  cr = cairo_create (surface);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint f = 0; f < 4; f++)
      {
        guint flags = ((f & 2) ? MMS_ELEMENT_MONOSPACE : 0) | ((f & 1) ? MMS_ELEMENT_BOLD : 0);
        PangoLayout *layout = pango_layout_new (shared_context);

        pango_layout_set_font_description (layout, font_for (&p, sizes[s], flags));
        pango_layout_set_text (layout, WARM_UP_TEXT, -1);
        cairo_move_to (cr, 0, 0);
        pango_cairo_show_layout (cr, layout);
        g_object_unref (layout);
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (int k = 0; k < 4; k++)
    g_clear_pointer (&p.fonts[k], pango_font_description_free);
  warm = TRUE;
  g_mutex_unlock (&cache_lock);
}

static void
paint_element (Painter          *p,
               const MmsElement *element)
{
  gboolean interactive = (element->flags & MMS_ELEMENT_INTERACTIVE) != 0;
  gboolean highlighted = FALSE;
  gboolean hover = FALSE;
  double alpha = 1.0;

  if (interactive && p->options->highlight != NULL && g_hash_table_size (p->options->highlight) > 0)
    {
      highlighted = is_highlighted (p, element);
      if (!highlighted)
        alpha = DIM_ALPHA + (element->kind == MMS_ELEMENT_EVENT || element->kind == MMS_ELEMENT_FIELD ? 0.35 : 0);
    }
  if (p->options->hover != NULL && strcmp (p->options->hover, element->id) == 0)
    hover = TRUE;
  if (element->fade > 0.0)
    {
      alpha *= 1.0 - MIN (element->fade, 1.0);
      if (alpha <= 0.004)
        return;
    }

  if (element->shape == MMS_SHAPE_LINE || element->shape == MMS_SHAPE_ARROW)
    {
      paint_line (p, element, alpha, (element->flags & MMS_ELEMENT_EMPHASIS) || highlighted);
      return;
    }

  /* A changed element without a fill of its own (a field, a line of
   * text) is marked as with a highlighter pen; a filled one gets a thick
   * outline below, as the step's touched elements do (yellow is the zero
   * page's colour). */
  if ((element->flags & MMS_ELEMENT_CHANGED) && element->fill == MMS_COLOR_NONE)
    {
      shape_path (p, element, 0);
      set_color (p, MMS_COLOR_CHANGED, alpha);
      cairo_fill (p->cr);
    }

  if (element->fill != MMS_COLOR_NONE && element->shape != MMS_SHAPE_NONE)
    {
      shape_path (p, element, 0);
      set_color_mix (p, element->fill, element->fill_to, element->blend, alpha);
      cairo_fill (p->cr);
    }
  if (element->flags & MMS_ELEMENT_HATCHED)
    paint_hatch (p, element, alpha);

  if ((element->flags & (MMS_ELEMENT_EMPHASIS | MMS_ELEMENT_CHANGED)) && element->fill != MMS_COLOR_NONE
      && element->shape != MMS_SHAPE_NONE)
    {
      /* Touched by the step: a thick outline in the text colour. */
      shape_path (p, element, -1.0);
      set_color (p, MMS_COLOR_TEXT, alpha);
      cairo_set_line_width (p->cr, 2.5);
      cairo_stroke (p->cr);
    }
  else if (element->stroke != MMS_COLOR_NONE && element->shape != MMS_SHAPE_NONE)
    {
      shape_path (p, element, 0);
      set_color_mix (p, element->stroke, element->stroke_to, element->blend, alpha);
      cairo_set_line_width (p->cr, 1.0);
      if (element->flags & MMS_ELEMENT_DASHED)
        {
          double dash[] = { 3.0, 2.0 };
          cairo_set_dash (p->cr, dash, 2, 0);
        }
      cairo_stroke (p->cr);
      cairo_set_dash (p->cr, NULL, 0, 0);
    }

  if (element->label != NULL && element->label[0] != '\0')
    paint_text (p, element, element->kind == MMS_ELEMENT_EVENT || element->kind == MMS_ELEMENT_FIELD
                ? MAX (alpha, 0.55) : MAX (alpha, 0.35));

  if (highlighted || hover)
    {
      shape_path (p, element, 1.0);
      set_color (p, MMS_COLOR_SELECTED, 1.0);
      cairo_set_line_width (p->cr, hover && !highlighted ? 1.5 : 2.5);
      cairo_stroke (p->cr);
    }
}

void
mms_scene_paint (cairo_t               *cr,
                 MmsScene              *scene,
                 const MmsPaintOptions *options)
{
  MmsPaintOptions defaults = { NULL, NULL, NULL, 1.0 };
  Painter p = { 0 };
  double x1, y1, x2, y2;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);

  if (options == NULL)
    options = &defaults;
  p.cr = cr;
  p.options = options;
  p.palette = options->palette != NULL ? options->palette : mms_palette_get (MMS_THEME_LIGHT);
  if (options->font_scale <= 0)
    {
      defaults = *options;
      defaults.font_scale = 1.0;
      p.options = &defaults;
    }

  cairo_save (cr);
  /* Shapes here are rectangles, lines and circles of a pixel or two: the
   * faster antialiasing changes 0.5% of the pixels of a 1920x1080 frame,
   * by a shade nobody sees, and takes a sixth off the paint (text keeps
   * its font options). */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  g_mutex_lock (&cache_lock);
  ensure_context_locked ();
  collect_frames (&p);

  set_color (&p, MMS_COLOR_BACKGROUND, 1.0);
  cairo_rectangle (cr, 0, 0, mms_scene_get_width (scene), mms_scene_get_height (scene));
  cairo_fill (cr);

  /* Hatch masks (paint_hatch) only where they paint the same pixels. */
  {
    cairo_surface_t *target = cairo_get_target (cr);
    cairo_matrix_t ctm;
    double sx = 0, sy = 0, ox = 0.5, oy = 0.5;

    cairo_get_matrix (cr, &ctm);
    cairo_surface_get_device_scale (target, &sx, &sy);
    cairo_surface_get_device_offset (target, &ox, &oy);
    if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_IMAGE && sx == 1.0 && sy == 1.0
        && ox == floor (ox) && oy == floor (oy)
        && ctm.xx == 1.0 && ctm.yy == 1.0 && ctm.xy == 0.0 && ctm.yx == 0.0)
      {
        p.clips = cairo_copy_clip_rectangle_list (cr);
        p.hatch_masks = p.clips->status == CAIRO_STATUS_SUCCESS;
      }
  }

  /* Skip what lies outside the clip: a zoomed-in window paints a part. */
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
    {
      const MmsElement *element = mms_scene_get_element (scene, i);
      const MmsRect *r = &element->rect;
      double ex1 = MIN (r->x, r->x + r->width), ex2 = MAX (r->x, r->x + r->width);
      double ey1 = MIN (r->y, r->y + r->height), ey2 = MAX (r->y, r->y + r->height);

      if (ex2 < x1 - 4 || ex1 > x2 + 4 || ey2 < y1 - 4 || ey1 > y2 + 4)
        continue;
      paint_element (&p, element);
    }

  for (int k = 0; k < 4; k++)
    g_clear_pointer (&p.fonts[k], pango_font_description_free);
  g_array_unref (p.frames);
  g_clear_pointer (&p.clips, cairo_rectangle_list_destroy);
  g_mutex_unlock (&cache_lock);
  cairo_restore (cr);
}
