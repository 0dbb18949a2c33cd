/* mms-scene.h: a scene, what one view (or all of them) shows of a state.
 *
 * Drawing happens in three phases, as in gnome-disk-utility's volume grid:
 * a view's builder turns the engine's state into elements (mms-view.h),
 * places them (their rectangles are the geometry), and mms_scene_paint()
 * paints them with cairo and pango only, on a window, a PNG, an SVG or a
 * PDF alike.  Hit-testing and tooltips reuse the stored geometry, and tests
 * check scenes without looking at a pixel.
 *
 * MmsScene is a plain reference-counted object.
 */
#pragma once

#include <cairo.h>

#include "mms-element.h"
#include "mms-palette.h"

G_BEGIN_DECLS

typedef struct _MmsScene MmsScene;

MmsScene *mms_scene_new (double width,
                         double height);
MmsScene *mms_scene_ref (MmsScene *scene);
void mms_scene_unref (MmsScene *scene);

double mms_scene_get_width (MmsScene *scene);
double mms_scene_get_height (MmsScene *scene);

/* Elements in painting order (the last one is on top). */
guint mms_scene_get_n_elements (MmsScene *scene);
MmsElement *mms_scene_get_element (MmsScene *scene,
                                   guint     index);

/* The element with ID, or NULL. */
MmsElement *mms_scene_lookup (MmsScene   *scene,
                              const char *id);

/* Every element of KIND (an MmsElementKind), in painting order; free the
 * array (not its elements) with g_ptr_array_unref. */
GPtrArray *mms_scene_find_kind (MmsScene       *scene,
                                MmsElementKind  kind);

/* Every element showing OBJECT. */
GPtrArray *mms_scene_find_object (MmsScene   *scene,
                                  const char *object);

/* The topmost interactive element at (X, Y), or NULL. */
MmsElement *mms_scene_hit (MmsScene *scene,
                           double    x,
                           double    y);

/* Adds OBJECT and every object linked from an element showing OBJECT to
 * SET (a string set: g_hash_table_new (g_str_hash, g_str_equal) whose keys
 * stay valid as long as SCENE lives). */
void mms_scene_collect_related (MmsScene   *scene,
                                const char *object,
                                GHashTable *set);

/* Flags every element whose value differs from that of the element with
 * the same id in PREVIOUS (or that PREVIOUS lacks) as changed.  Returns the
 * number of elements flagged. */
guint mms_scene_mark_changed (MmsScene *scene,
                              MmsScene *previous);

/* --- building (for the views' builders and for tests) ------------------ */

/* Appends an element with a copy of ID; the returned element belongs to
 * the scene and stays valid as long as the scene does. */
MmsElement *mms_scene_add (MmsScene       *scene,
                           MmsElementKind  kind,
                           const char     *id,
                           double          x,
                           double          y,
                           double          width,
                           double          height);
/* A copy of STR kept by the scene. */
const char *mms_scene_intern (MmsScene   *scene,
                              const char *str);
const char *mms_scene_printf (MmsScene   *scene,
                              const char *format,
                              ...) G_GNUC_PRINTF (2, 3);
/* Links ELEMENT to OBJECT (copied). */
void mms_scene_link (MmsScene   *scene,
                     MmsElement *element,
                     const char *object);
/* Links ELEMENT to OBJECT, a string of the scene already (from
 * mms_scene_intern or mms_scene_printf): many elements can share it. */
void mms_scene_link_interned (MmsScene   *scene,
                              MmsElement *element,
                              const char *object);

/* Keeps OTHER alive as long as SCENE lives (an animation frame's elements
 * share the strings of the scenes it blends). */
void mms_scene_hold (MmsScene *scene,
                     MmsScene *other);
/* Appends a shallow copy of SOURCE: its strings and links are shared, so
 * the scene that owns them must be held (mms_scene_hold). */
MmsElement *mms_scene_add_copy (MmsScene         *scene,
                                const MmsElement *source);

/* --- painting ---------------------------------------------------------- */

typedef struct
{
  const MmsPalette *palette;  /* NULL: the light palette */
  GHashTable *highlight;      /* objects to emphasise (others are dimmed), or NULL */
  const char *hover;          /* id of the element under the pointer, or NULL */
  double font_scale;          /* 1.0 normally; larger in presentation mode */
} MmsPaintOptions;

/* Paints SCENE onto CR in user units (the scene's width and height);
 * the caller sets any transformation, clip and device scale. */
void mms_scene_paint (cairo_t               *cr,
                      MmsScene              *scene,
                      const MmsPaintOptions *options);

/* Creates the painter's text context and loads, shapes and rasterises the
 * fonts and glyphs the views use, once per process: the first paint
 * would otherwise pay for it (fontconfig, font files, glyph images), tens
 * of milliseconds that would show as a stutter in the first animation
 * frame.  Later calls return at once.  mms_timeline_new() calls it, so
 * that no animated frame pays; any caller may call it earlier. */
void mms_scene_paint_warm_up (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsScene, mms_scene_unref)

G_END_DECLS
