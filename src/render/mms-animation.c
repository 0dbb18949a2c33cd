/* mms-animation.c: interpolating two scenes by element identity.
 *
 * mms_animation_new () matches the elements of the two scenes by id once,
 * in a merged painting order: the order of the scene after, with each
 * element that only the scene before has placed right after the element
 * that preceded it there.  It also works out, from the event, where
 * appearing elements come from and where disappearing ones go:
 *
 *   expand (a buddy split)      the upper half's block rises from its frames
 *   __rmqueue_smallest          the block taken off its list sinks into its frames
 *   __free_one_page (merge)     the buddy leaves its list for its frames, and
 *                               the merged block comes back from them
 *   cache_grow / discard_slab   a slab comes out of its frames / goes back
 *   __split_vma                 the new VMA slides out of the old one
 *   vma_merge                   the removed VMA slides into the survivor
 *   set_pte_at, copy_pte_range  the entry fills in from the left, an arrow
 *                               points at the frame it maps
 *   wp_page_copy                a copy of the old frame flies to the new one,
 *                               under an arrow from old to new
 *   add_to_swap / do_swap_page  the page flies out to swap / back from it
 *   handle_mm_fault             a ring pulses around the faulting VMA
 *
 * and in the heap view (glibc's malloc):
 *
 *   split (_int_malloc)         the remainder slides out of the split chunk
 *   the top splits              the new chunk grows out of the top's low end
 *   coalesce (_int_free)        the neighbour melts into the merged chunk
 *   a chunk merges into the top it slides into the top
 *   sysmalloc / systrim         sbrk's bytes arrive at the top's end / leave it
 *   tcache_put, tcache_get, a fastbin's or a bin's put and take
 *                               the chip on the bin list comes from the chunk's
 *                               box in the strip / goes back into it
 *   malloc_consolidate          rings around the fastbins being emptied
 *   munmap_chunk                the chunk flies off to the kernel
 *   _int_realloc's move         memcpy's copy flies from the old chunk to the new
 *
 * Everything else follows from the two scenes: a VMA that grows or
 * shrinks changes its rectangle, tree nodes travel to their new places in
 * a rotation and blend from red to black, a slab moves between lists.
 * get_frame () then only interpolates: rectangles move along the eased
 * time, colours blend (MmsElement.blend), appearing and disappearing
 * elements fade (MmsElement.fade).
 */
#include "mms-config.h"

#include "mms-animation.h"

#include "mms-i18n.h"

#include <math.h>
#include <string.h>

typedef struct
{
  const MmsElement *a;      /* in the scene before, or NULL */
  const MmsElement *b;      /* in the scene after, or NULL */
  MmsRect from, to;         /* for appearing / disappearing elements */
  gboolean has_path;
} Pair;

typedef enum
{
  EXTRA_GHOST,              /* a rectangle flying from -> to, fading at the ends */
  EXTRA_ARROW,              /* an arrow from -> to, visible in the middle */
  EXTRA_PULSE,              /* a ring growing around a rectangle */
} ExtraKind;

typedef struct
{
  ExtraKind kind;
  MmsRect from, to;
  MmsColorRole fill;
  const char *label;
} Extra;

struct _MmsAnimation
{
  MmsScene *before;
  MmsScene *after;
  MmsEvent event;
  gboolean has_event;
  GArray *pairs;            /* Pair, in painting order */
  GArray *extras;           /* Extra */
};

double
mms_animation_ease (double t)
{
  t = CLAMP (t, 0.0, 1.0);
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

static MmsRect
lerp_rect (const MmsRect *a,
           const MmsRect *b,
           double         e)
{
  return (MmsRect) { a->x + (b->x - a->x) * e, a->y + (b->y - a->y) * e,
                     a->width + (b->width - a->width) * e, a->height + (b->height - a->height) * e };
}

static MmsRect
shrunk (const MmsRect *r,
        double         scale)
{
  return (MmsRect) { r->x + r->width * (1 - scale) / 2, r->y + r->height * (1 - scale) / 2,
                     r->width * scale, r->height * scale };
}

static MmsRect
centre_of (const MmsRect *r)
{
  return (MmsRect) { r->x + r->width / 2, r->y + r->height / 2, 0, 0 };
}

/* The rectangle showing frame PFN: its own cell, or the range holding it. */
static gboolean
frame_rect (MmsScene *scene,
            guint64   pfn,
            MmsRect  *rect)
{
  g_autofree char *id = g_strdup_printf ("frame:0x%" G_GINT64_MODIFIER "x", pfn);
  MmsElement *e = mms_scene_lookup (scene, id);

  if (e != NULL)
    {
      *rect = e->rect;
      return TRUE;
    }
  for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
    {
      e = mms_scene_get_element (scene, i);
      if ((e->kind == MMS_ELEMENT_FRAME_RANGE || e->kind == MMS_ELEMENT_AGGREGATE)
          && g_str_has_prefix (e->id, "frames:") && e->lo <= pfn && pfn < e->hi)
        {
          *rect = e->rect;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
frame_rect_either (MmsAnimation *self,
                   guint64       pfn,
                   MmsRect      *rect)
{
  return frame_rect (self->after, pfn, rect) || frame_rect (self->before, pfn, rect);
}

/* The index in PAIRS of the block of ORDER at PFN (ids are
 * block:ZONE:ORDER:0xPFN), or -1. */
static int
find_block (GArray  *pairs,
            guint    order,
            guint64  pfn)
{
  g_autofree char *suffix = g_strdup_printf (":%u:0x%" G_GINT64_MODIFIER "x", order, pfn);

  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, i);
      const MmsElement *e = pair->b != NULL ? pair->b : pair->a;

      if (e->kind == MMS_ELEMENT_BLOCK && g_str_has_prefix (e->id, "block:") && g_str_has_suffix (e->id, suffix))
        return i;
    }
  return -1;
}

static int
find_pair (GArray     *pairs,
           const char *id)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, i);
      const MmsElement *e = pair->b != NULL ? pair->b : pair->a;

      if (strcmp (e->id, id) == 0)
        return i;
    }
  return -1;
}

/* An element that appears comes from FROM; one that disappears goes to it. */
static void
set_path (MmsAnimation *self,
          int           index,
          const MmsRect *where)
{
  Pair *pair;

  if (index < 0)
    return;
  pair = &g_array_index (self->pairs, Pair, index);
  if (pair->a != NULL && pair->b != NULL)
    return;
  if (pair->b != NULL)
    {
      pair->from = *where;
      pair->to = pair->b->rect;
    }
  else
    {
      pair->from = pair->a->rect;
      pair->to = *where;
    }
  pair->has_path = TRUE;
}

static void
add_extra (MmsAnimation  *self,
           ExtraKind      kind,
           const MmsRect *from,
           const MmsRect *to,
           MmsColorRole   fill,
           const char    *label)
{
  Extra extra = { kind, *from, *to, fill, label };

  g_array_append_val (self->extras, extra);
}

static void
add_block_path (MmsAnimation *self,
                guint         order,
                guint64       pfn)
{
  MmsRect r;

  if (frame_rect_either (self, pfn, &r))
    set_path (self, find_block (self->pairs, order, pfn), &r);
}

static void
add_vma_paths (MmsAnimation *self,
               guint         mm,
               guint         from_vma,
               guint         vma)
{
  static const char * const prefixes[] = { "vma", "list", "node" };

  for (guint k = 0; k < G_N_ELEMENTS (prefixes); k++)
    {
      g_autofree char *from_id = g_strdup_printf ("%s:%u:%u", prefixes[k], mm, from_vma);
      g_autofree char *id = g_strdup_printf ("%s:%u:%u", prefixes[k], mm, vma);
      MmsElement *anchor = mms_scene_lookup (self->before, from_id);

      if (anchor == NULL)
        anchor = mms_scene_lookup (self->after, from_id);
      if (anchor != NULL)
        set_path (self, find_pair (self->pairs, id), &anchor->rect);
    }
}

/* The corner where swap lives: bottom right of the scene. */
static MmsRect
swap_corner (MmsAnimation *self)
{
  double w = mms_scene_get_width (self->after), h = mms_scene_get_height (self->after);

  return (MmsRect) { w - 40, h - 30, 24, 16 };
}

/* The box of chunk ADDR of MM in SCENE (its first piece); ADDR 0 is the
 * top chunk. */
static MmsElement *
chunk_box (MmsScene *scene,
           guint     mm,
           guint64   addr)
{
  g_autofree char *id = addr == 0 ? g_strdup_printf ("chunk:%u:top", mm)
                                  : g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", mm, addr);

  return mms_scene_lookup (scene, id);
}

/* The chunk ADDR appears out of, or disappears into, the box FROM. */
static void
add_chunk_path (MmsAnimation     *self,
                guint             mm,
                guint64           addr,
                const MmsElement *from)
{
  g_autofree char *id = g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", mm, addr);

  if (from != NULL)
    set_path (self, find_pair (self->pairs, id), &from->rect);
}

/* A chunk's chip on a bin list comes from its box in the strip (a put) or
 * goes back into it (a get). */
static void
add_bin_path (MmsAnimation *self,
              guint         mm,
              guint64       addr)
{
  g_autofree char *id = g_strdup_printf ("binchunk:%u:0x%" G_GINT64_MODIFIER "x", mm, addr);
  MmsElement *box = chunk_box (self->after, mm, addr);

  if (box == NULL)
    box = chunk_box (self->before, mm, addr);
  if (box != NULL)
    set_path (self, find_pair (self->pairs, id), &box->rect);
}

static void
add_pulse (MmsAnimation     *self,
           const MmsElement *e)
{
  if (e != NULL)
    add_extra (self, EXTRA_PULSE, &e->rect, &e->rect, MMS_COLOR_SELECTED, NULL);
}

/* glibc's malloc in the heap view. */
static void
plan_malloc_event (MmsAnimation *self)
{
  const MmsEvent *ev = &self->event;
  MmsElement *a, *b;

  switch (ev->kind)
    {
    case MMS_EV_CHUNK_SPLIT:
      /* The remainder slides out of the chunk that was split. */
      add_chunk_path (self, ev->mm, ev->start2, chunk_box (self->before, ev->mm, ev->addr));
      add_pulse (self, chunk_box (self->after, ev->mm, ev->addr));
      break;

    case MMS_EV_TOP_SPLIT:
      /* The new chunk grows out of the top's low end; the top shrinks. */
      a = chunk_box (self->before, ev->mm, 0);
      if (a != NULL)
        {
          MmsElement edge = *a;
          edge.rect.width = 0;
          add_chunk_path (self, ev->mm, ev->addr, &edge);
        }
      break;

    case MMS_EV_CHUNK_COALESCE:
      /* The neighbour melts into the merged chunk. */
      add_chunk_path (self, ev->mm, ev->start2, chunk_box (self->after, ev->mm, ev->addr));
      add_chunk_path (self, ev->mm, ev->addr, chunk_box (self->after, ev->mm, MIN (ev->addr, ev->start2)));
      add_pulse (self, chunk_box (self->after, ev->mm, MIN (ev->addr, ev->start2)));
      break;

    case MMS_EV_TOP_MERGE:
      add_chunk_path (self, ev->mm, ev->addr, chunk_box (self->after, ev->mm, 0));
      add_pulse (self, chunk_box (self->after, ev->mm, 0));
      break;

    case MMS_EV_SYSMALLOC:
      /* The top grows: sbrk's new bytes arrive at its end. */
      b = chunk_box (self->after, ev->mm, 0);
      if (b != NULL)
        {
          MmsRect end = { b->rect.x + b->rect.width - 30, b->rect.y, 30, b->rect.height };
          MmsRect from = { end.x + 40, end.y, 30, end.height };
          add_extra (self, EXTRA_GHOST, &from, &end, MMS_COLOR_CHUNK_TOP, C_("animation", "sbrk"));
          add_pulse (self, b);
        }
      break;

    case MMS_EV_SYSTRIM:
      /* The top's end goes back to the kernel. */
      a = chunk_box (self->before, ev->mm, 0);
      if (a != NULL)
        {
          MmsRect end = { a->rect.x + a->rect.width - 30, a->rect.y, 30, a->rect.height };
          MmsRect to = { end.x + 40, end.y - 30, 30, end.height };
          add_extra (self, EXTRA_GHOST, &end, &to, MMS_COLOR_CHUNK_TOP, C_("animation", "trim"));
        }
      break;

    case MMS_EV_TCACHE_PUT:
    case MMS_EV_FASTBIN_PUT:
    case MMS_EV_BIN_PUT:
    case MMS_EV_TCACHE_GET:
    case MMS_EV_FASTBIN_GET:
    case MMS_EV_BIN_TAKE:
      add_bin_path (self, ev->mm, ev->addr);
      add_pulse (self, chunk_box (self->after, ev->mm, ev->addr));
      break;

    case MMS_EV_MALLOC_CONSOLIDATE:
      /* Every fastbin is emptied: a ring around each of their heads. */
      for (guint i = 0; i < mms_scene_get_n_elements (self->before); i++)
        {
          MmsElement *e = mms_scene_get_element (self->before, i);
          g_autofree char *prefix = g_strdup_printf ("bin:%u:fast:", ev->mm);

          if (e->kind == MMS_ELEMENT_BIN && g_str_has_prefix (e->id, prefix))
            add_pulse (self, e);
        }
      break;

    case MMS_EV_MMAP_CHUNK:
    case MMS_EV_MREMAP_CHUNK:
    case MMS_EV_REALLOC_GROW:
    case MMS_EV_CALLOC_CLEAR:
    case MMS_EV_MALLOC_DONE:
    case MMS_EV_TCACHE_INIT:
    case MMS_EV_FREE_CALL:
      add_pulse (self, chunk_box (self->after, ev->mm, ev->addr));
      break;

    case MMS_EV_MUNMAP_CHUNK:
      /* The chunk's mapping goes back to the kernel. */
      a = chunk_box (self->before, ev->mm, ev->addr);
      if (a != NULL)
        {
          MmsRect to = { a->rect.x, a->rect.y - 30, a->rect.width, a->rect.height };
          add_extra (self, EXTRA_GHOST, &a->rect, &to, MMS_COLOR_ANON, C_("animation", "munmap"));
        }
      break;

    case MMS_EV_REALLOC_MOVE:
      /* memcpy: the old chunk's bytes fly to the new one. */
      a = chunk_box (self->before, ev->mm, ev->addr);
      b = chunk_box (self->after, ev->mm, ev->start2);
      if (a != NULL && b != NULL)
        {
          MmsRect from = centre_of (&a->rect), to = centre_of (&b->rect);
          add_extra (self, EXTRA_ARROW, &from, &to, MMS_COLOR_CHANGED, NULL);
          add_extra (self, EXTRA_GHOST, &a->rect, &b->rect, MMS_COLOR_ANON, C_("animation", "copy"));
        }
      break;

    default:
      break;
    }
}

static void
plan_event (MmsAnimation *self)
{
  const MmsEvent *ev = &self->event;
  MmsRect r, r2;

  switch (ev->kind)
    {
    case MMS_EV_EXPAND:
      add_block_path (self, ev->order > 0 ? ev->order - 1 : 0, ev->pfn2);
      add_block_path (self, ev->order, ev->pfn);
      break;

    case MMS_EV_RMQUEUE:
    case MMS_EV_FREE_LIST_ADD:
    case MMS_EV_BOOT_BLOCK:
    case MMS_EV_ALLOC_DONE:
      add_block_path (self, ev->order, ev->pfn);
      break;

    case MMS_EV_MERGE:
      add_block_path (self, ev->order, ev->pfn2);
      add_block_path (self, ev->order, ev->pfn);
      add_block_path (self, ev->order + 1, MIN (ev->pfn, ev->pfn2));
      break;

    case MMS_EV_CACHE_GROW:
    case MMS_EV_CACHE_SHRINK:
      if (frame_rect_either (self, ev->pfn, &r))
        {
          g_autofree char *id = g_strdup_printf ("slab:%u", ev->slab);
          set_path (self, find_pair (self->pairs, id), &r);
        }
      break;

    case MMS_EV_VMA_SPLIT:
      add_vma_paths (self, ev->mm, ev->vma, ev->vma2);
      break;

    case MMS_EV_VMA_MERGE:
      if (ev->vma2 != 0)
        add_vma_paths (self, ev->mm, ev->vma, ev->vma2);
      break;

    case MMS_EV_SET_PTE:
    case MMS_EV_COPY_PTE:
      {
        g_autofree char *id = g_strdup_printf ("pte:%u:0x%" G_GINT64_MODIFIER "x", ev->mm, ev->addr & ~G_GUINT64_CONSTANT (0xfff));
        MmsElement *pte = mms_scene_lookup (self->after, id);

        if (pte == NULL)
          break;
        r = pte->rect;
        r.width = 0;
        set_path (self, find_pair (self->pairs, id), &r);
        if (ev->pfn != 0 && frame_rect (self->after, ev->pfn, &r2))
          {
            MmsRect from = centre_of (&pte->rect), to = centre_of (&r2);
            add_extra (self, EXTRA_ARROW, &from, &to, MMS_COLOR_SELECTED, NULL);
          }
      }
      break;

    case MMS_EV_WP_COPY:
      if (frame_rect (self->before, ev->pfn, &r) && frame_rect (self->after, ev->pfn2, &r2))
        {
          MmsRect from = centre_of (&r), to = centre_of (&r2);
          MmsElement *old = NULL;
          g_autofree char *id = g_strdup_printf ("frame:0x%" G_GINT64_MODIFIER "x", ev->pfn);

          old = mms_scene_lookup (self->before, id);
          add_extra (self, EXTRA_ARROW, &from, &to, MMS_COLOR_CHANGED, NULL);
          add_extra (self, EXTRA_GHOST, &r, &r2, old != NULL ? old->fill : MMS_COLOR_ANON, C_("animation", "copy"));
        }
      break;

    case MMS_EV_SWAP_OUT:
      if (frame_rect (self->before, ev->pfn, &r))
        {
          MmsRect corner = swap_corner (self);
          add_extra (self, EXTRA_GHOST, &r, &corner, MMS_COLOR_SWAP, C_("animation", "swap"));
        }
      break;

    case MMS_EV_SWAP_IN:
      if (frame_rect (self->after, ev->pfn, &r))
        {
          MmsRect corner = swap_corner (self);
          add_extra (self, EXTRA_GHOST, &corner, &r, MMS_COLOR_SWAP, C_("animation", "swap"));
        }
      break;

    case MMS_EV_FAULT:
      for (guint i = 0; i < mms_scene_get_n_elements (self->before); i++)
        {
          MmsElement *e = mms_scene_get_element (self->before, i);

          if (e->kind == MMS_ELEMENT_VMA && e->lo <= ev->addr && ev->addr < e->hi
              && (ev->mm == 0 || g_str_has_prefix (e->id, "vma:")))
            {
              g_autofree char *prefix = g_strdup_printf ("vma:%u:", ev->mm);

              if (ev->mm != 0 && !g_str_has_prefix (e->id, prefix))
                continue;
              add_extra (self, EXTRA_PULSE, &e->rect, &e->rect, MMS_COLOR_SELECTED, NULL);
            }
        }
      break;

    default:
      if (ev->kind >= MMS_EV_MALLOC && ev->kind <= MMS_EV_MALLOC_ABORT)
        plan_malloc_event (self);
      break;
    }
}

static void
match (MmsAnimation *self)
{
  MmsScene *a = self->before, *b = self->after;
  guint na = mms_scene_get_n_elements (a), nb = mms_scene_get_n_elements (b);
  /* For each element of B, the elements only A has that follow it. */
  g_autoptr(GHashTable) after_b = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) leading = g_ptr_array_new ();
  const MmsElement *anchor = NULL;

  for (guint i = 0; i < na; i++)
    {
      const MmsElement *e = mms_scene_get_element (a, i);
      MmsElement *in_b = mms_scene_lookup (b, e->id);

      if (in_b != NULL)
        {
          anchor = in_b;
          continue;
        }
      if (anchor == NULL)
        g_ptr_array_add (leading, (gpointer) e);
      else
        {
          GPtrArray *list = g_hash_table_lookup (after_b, anchor);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (after_b, (gpointer) anchor, list);
            }
          g_ptr_array_add (list, (gpointer) e);
        }
    }

  for (guint i = 0; i < leading->len; i++)
    {
      Pair pair = { leading->pdata[i], NULL };
      g_array_append_val (self->pairs, pair);
    }
  for (guint i = 0; i < nb; i++)
    {
      const MmsElement *e = mms_scene_get_element (b, i);
      Pair pair = { mms_scene_lookup (a, e->id), e };
      GPtrArray *list = g_hash_table_lookup (after_b, e);

      g_array_append_val (self->pairs, pair);
      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          Pair gone = { list->pdata[k], NULL };
          g_array_append_val (self->pairs, gone);
        }
    }
}

MmsAnimation *
mms_animation_new (MmsScene       *before,
                   MmsScene       *after,
                   const MmsEvent *event)
{
  MmsAnimation *self;

  g_return_val_if_fail (before != NULL, NULL);
  g_return_val_if_fail (after != NULL, NULL);

  self = g_new0 (MmsAnimation, 1);
  self->before = mms_scene_ref (before);
  self->after = mms_scene_ref (after);
  self->pairs = g_array_new (FALSE, TRUE, sizeof (Pair));
  self->extras = g_array_new (FALSE, TRUE, sizeof (Extra));
  match (self);
  if (event != NULL)
    {
      self->event = *event;
      self->has_event = TRUE;
      plan_event (self);
    }
  return self;
}

void
mms_animation_free (MmsAnimation *self)
{
  if (self == NULL)
    return;
  mms_scene_unref (self->before);
  mms_scene_unref (self->after);
  g_array_unref (self->pairs);
  g_array_unref (self->extras);
  g_free (self);
}

MmsScene *
mms_animation_get_before (MmsAnimation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->before;
}

MmsScene *
mms_animation_get_after (MmsAnimation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->after;
}

/* A matched element between its two states. */
static void
blend_pair (MmsElement       *out,
            const MmsElement *a,
            const MmsElement *b,
            double            e)
{
  out->rect = lerp_rect (&a->rect, &b->rect, e);
  out->fade = a->fade + (b->fade - a->fade) * e;
  out->fill = a->fill;
  out->stroke = a->stroke;
  out->fill_to = b->fill;
  out->stroke_to = b->stroke;
  out->blend = (a->fill != b->fill || a->stroke != b->stroke) ? e : 0.0;
}

static void
add_extras (MmsAnimation *self,
            MmsScene     *frame,
            double        t,
            double        e)
{
  double bump = sin (G_PI * t);   /* 0 at both ends, 1 in the middle */

  for (guint i = 0; i < self->extras->len; i++)
    {
      const Extra *x = &g_array_index (self->extras, Extra, i);
      g_autofree char *id = g_strdup_printf ("anim:%u", i);
      MmsElement *el;

      switch (x->kind)
        {
        case EXTRA_ARROW:
          el = mms_scene_add (frame, MMS_ELEMENT_EDGE, id, x->from.x, x->from.y,
                              (x->to.x - x->from.x) * MIN (1.0, e * 1.6), (x->to.y - x->from.y) * MIN (1.0, e * 1.6));
          el->shape = MMS_SHAPE_ARROW;
          el->stroke = x->fill;
          el->flags |= MMS_ELEMENT_EMPHASIS;
          el->fade = 1.0 - MIN (1.0, 1.5 * bump);
          break;

        case EXTRA_GHOST:
          {
            MmsRect from = x->from, to = x->to;
            MmsRect r;

            /* At least big enough to read. */
            from = shrunk (&from, 1.0);
            if (from.width < 26)
              from = (MmsRect) { from.x + from.width / 2 - 13, from.y + from.height / 2 - 9, 26, 18 };
            if (to.width < 26)
              to = (MmsRect) { to.x + to.width / 2 - 13, to.y + to.height / 2 - 9, 26, 18 };
            r = lerp_rect (&from, &to, e);
            el = mms_scene_add (frame, MMS_ELEMENT_FRAME, id, r.x, r.y, r.width, r.height);
            el->shape = MMS_SHAPE_ROUNDED;
            el->fill = x->fill;
            el->stroke = MMS_COLOR_TEXT;
            el->flags |= MMS_ELEMENT_EMPHASIS;
            el->text_color = MMS_COLOR_TEXT_AUTO;
            el->label = x->label != NULL ? mms_scene_intern (frame, x->label) : NULL;
            el->flags |= MMS_ELEMENT_CENTER;
            el->fade = 1.0 - MIN (1.0, 2.0 * bump);
          }
          break;

        case EXTRA_PULSE:
          {
            MmsRect r = shrunk (&x->from, 1.0);
            double grow = 3 + 8 * e;

            r.x -= grow;
            r.y -= grow;
            r.width += 2 * grow;
            r.height += 2 * grow;
            el = mms_scene_add (frame, MMS_ELEMENT_PANEL, id, r.x, r.y, r.width, r.height);
            el->shape = MMS_SHAPE_ROUNDED;
            el->stroke = x->fill;
            el->flags |= MMS_ELEMENT_DASHED;
            el->fade = 1.0 - bump;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

MmsScene *
mms_animation_get_frame (MmsAnimation *self,
                         double        t)
{
  MmsScene *frame;
  double e;

  g_return_val_if_fail (self != NULL, NULL);

  t = CLAMP (t, 0.0, 1.0);
  e = mms_animation_ease (t);
  frame = mms_scene_new (mms_scene_get_width (self->after), mms_scene_get_height (self->after));
  mms_scene_hold (frame, self->before);
  mms_scene_hold (frame, self->after);

  for (guint i = 0; i < self->pairs->len; i++)
    {
      const Pair *pair = &g_array_index (self->pairs, Pair, i);
      MmsElement *el;

      if (pair->a != NULL && pair->b != NULL)
        {
          /* Text, flags and links switch half way; geometry and colour blend. */
          el = mms_scene_add_copy (frame, e < 0.5 ? pair->a : pair->b);
          if (t <= 0.0 || t >= 1.0)
            continue;
          blend_pair (el, pair->a, pair->b, e);
        }
      else if (pair->b != NULL)
        {
          MmsRect from;

          /* Appearing: absent at t = 0. */
          if (t <= 0.0)
            continue;
          el = mms_scene_add_copy (frame, pair->b);
          if (t >= 1.0)
            continue;
          from = pair->has_path ? pair->from : shrunk (&pair->b->rect, 0.4);
          el->rect = lerp_rect (&from, &pair->b->rect, e);
          el->fade = 1.0 - e * (1.0 - pair->b->fade);
        }
      else
        {
          MmsRect to;

          /* Disappearing: absent at t = 1. */
          if (t >= 1.0)
            continue;
          el = mms_scene_add_copy (frame, pair->a);
          if (t <= 0.0)
            continue;
          to = pair->has_path ? pair->to : shrunk (&pair->a->rect, 0.4);
          el->rect = lerp_rect (&pair->a->rect, &to, e);
          el->fade = pair->a->fade + (1.0 - pair->a->fade) * e;
        }
    }

  if (t > 0.0 && t < 1.0)
    add_extras (self, frame, t, e);
  return frame;
}
