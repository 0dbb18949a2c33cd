/* mms-element.h: one drawable thing of a scene.
 *
 * An element shows one kernel object (a VMA, a tree node, a page-table
 * entry, a frame, a free block, a slab...) or a piece of decoration (a
 * panel, a label, an edge).  Its id is stable: the same object has the same
 * id in the scene of every step, so animation can interpolate two scenes
 * and the app can keep a selection across steps.  Ids look like
 *
 *   vma:MM:ID       a VMA in the address-space layout    (object vma:MM:ID)
 *   node:MM:ID      its node in the red-black tree       (object vma:MM:ID)
 *   list:MM:ID      its entry in the sorted list         (object vma:MM:ID)
 *   pte:MM:ADDR     a leaf page-table entry (ADDR in hex, 0x...)
 *   table:PFN       a page-table page                    (object frame:PFN)
 *   entry:PFN:IDX   an upper-level entry of that table
 *   frame:PFN       a frame; frames:LO-HI an aggregate of frames [LO, HI)
 *   block:ZONE:ORDER:PFN   a free block on a buddy list
 *   slab:ID, obj:ID:INDEX, cache:NAME
 *   field:MM:NAME   a field of an mm_struct
 *   event:SEQ       an event of the current step
 *   chunk:MM:ADDR   a malloc chunk (ADDR in hex); chunk:MM:top the top chunk
 *   bin:MM:KIND:IDX a malloc bin; binchunk:MM:ADDR a chunk on its list
 *                                                        (object chunk:MM:ADDR)
 *
 * The object is what selection works on: several elements may show the
 * same object (a VMA in the layout, the tree and the list), and an element's
 * links name the objects related to it (a VMA's PTEs and frames, a frame's
 * mappers).  Strings belong to the scene's string chunk.
 */
#pragma once

#include <glib.h>

#include "mms-palette.h"

G_BEGIN_DECLS

typedef enum
{
  MMS_ELEMENT_PANEL,        /* a view's frame and title */
  MMS_ELEMENT_TEXT,         /* a label, a heading */
  MMS_ELEMENT_LEGEND,       /* a legend swatch with its text */
  MMS_ELEMENT_VMA,          /* a VMA in the address-space layout */
  MMS_ELEMENT_HOLE,         /* unmapped addresses, a guard gap */
  MMS_ELEMENT_REGION,       /* a kernel region, the canonical hole */
  MMS_ELEMENT_AGGREGATE,    /* many small things drawn as one */
  MMS_ELEMENT_FIELD,        /* an mm_struct field: label and value */
  MMS_ELEMENT_NODE,         /* a red-black tree node */
  MMS_ELEMENT_EDGE,         /* a line from (x, y) to (x + width, y + height) */
  MMS_ELEMENT_LIST_ITEM,    /* an entry of the sorted VMA list */
  MMS_ELEMENT_TABLE,        /* a page-table page */
  MMS_ELEMENT_ENTRY,        /* an upper-level page-table entry */
  MMS_ELEMENT_PTE,          /* a leaf page-table entry */
  MMS_ELEMENT_FRAME,        /* one physical frame */
  MMS_ELEMENT_FRAME_RANGE,  /* frames [lo, hi) drawn as one cell */
  MMS_ELEMENT_FREE_LIST,    /* free_area[order] of a zone */
  MMS_ELEMENT_BLOCK,        /* a free buddy block */
  MMS_ELEMENT_CACHE,        /* a kmem_cache */
  MMS_ELEMENT_SLAB,         /* a slab */
  MMS_ELEMENT_OBJECT,       /* an object of a slab */
  MMS_ELEMENT_EVENT,        /* a line of the events view */
  MMS_ELEMENT_CHUNK,        /* a glibc malloc chunk in the heap strip */
  MMS_ELEMENT_BIN,          /* a malloc bin's head, or a chunk on its list */
  MMS_N_ELEMENT_KINDS,
} MmsElementKind;

typedef enum
{
  MMS_SHAPE_NONE,           /* text only */
  MMS_SHAPE_RECT,
  MMS_SHAPE_ROUNDED,
  MMS_SHAPE_CIRCLE,         /* the largest circle in the rectangle */
  MMS_SHAPE_LINE,
  MMS_SHAPE_ARROW,          /* a line with an arrow head at its end */
  MMS_SHAPE_ZIGZAG,         /* a compressed hole: a rectangle with torn edges */
} MmsShape;

typedef enum
{
  MMS_ELEMENT_BOLD         = 1 << 0,
  MMS_ELEMENT_MONOSPACE    = 1 << 1,
  MMS_ELEMENT_CENTER       = 1 << 2,  /* text centred (else left) */
  MMS_ELEMENT_RIGHT        = 1 << 3,  /* text right-aligned */
  MMS_ELEMENT_INTERACTIVE  = 1 << 4,  /* hit-testable: tooltip, selection */
  MMS_ELEMENT_CHANGED      = 1 << 5,  /* differs from the previous step */
  MMS_ELEMENT_DASHED       = 1 << 6,  /* dashed outline */
  MMS_ELEMENT_HATCHED      = 1 << 7,  /* diagonal hatching over the fill */
  MMS_ELEMENT_WRAP         = 1 << 8,  /* wrap text on words */
  MMS_ELEMENT_TOP          = 1 << 9,  /* text at the top (else middle) */
  MMS_ELEMENT_EMPHASIS     = 1 << 10, /* thicker outline: the current, the touched */
  MMS_ELEMENT_MARKUP       = 1 << 11, /* label is Pango markup */
} MmsElementFlags;

typedef struct
{
  double x, y, width, height;
} MmsRect;

typedef struct _MmsElement MmsElement;

struct _MmsElement
{
  MmsElementKind kind;
  MmsShape shape;
  guint flags;              /* MmsElementFlags */
  const char *id;           /* unique in the scene, stable across steps */
  const char *object;       /* the object shown; NULL means the id */
  MmsRect rect;
  MmsColorRole fill;
  MmsColorRole stroke;
  MmsColorRole text_color;  /* MMS_COLOR_TEXT_AUTO: readable on fill */
  double font_size;         /* points; never below MMS_MIN_FONT_SIZE */
  const char *label;        /* may hold several lines */
  const char *value;        /* compared across steps to find changes */
  const char *tooltip;      /* Pango markup */
  GPtrArray *links;         /* related objects (const char *), or NULL */
  guint64 lo, hi;           /* an address range, a pfn range */
  /* Animation (mms-animation.c): an element painted FADE of the way
   * transparent (0: opaque), its fill and stroke BLEND of the way from
   * fill and stroke to fill_to and stroke_to. */
  double fade;
  double blend;
  MmsColorRole fill_to, stroke_to;
};

/* No text is ever smaller than this (points), so that the views stay
 * readable on a projector at 1280x720. */
#define MMS_MIN_FONT_SIZE 10.0

static inline const char *
mms_element_get_object (const MmsElement *element)
{
  return element->object != NULL ? element->object : element->id;
}

static inline gboolean
mms_rect_contains (const MmsRect *rect,
                   double         x,
                   double         y)
{
  return x >= rect->x && y >= rect->y && x < rect->x + rect->width && y < rect->y + rect->height;
}

const char *mms_element_kind_name (MmsElementKind kind);

G_END_DECLS
