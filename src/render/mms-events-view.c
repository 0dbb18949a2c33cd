/* mms-events-view.c: the current step's events, in words.
 *
 * Each line starts with the kernel function the event models, in bold,
 * then says what it did (mms_event_describe).  When the step has more
 * events than lines, runs of events of the same kind are told once with
 * their count ("set_pte_at ×4: ..."), so that the story of the step still
 * fits.  Hovering a line highlights the objects it touched in the other
 * views.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#include <string.h>

static void
link_event_objects (MmsViewContext *ctx,
                    MmsElement     *e,
                    const MmsEvent *ev)
{
  MmsScene *scene = ctx->scene;

  switch (ev->kind)
    {
    case MMS_EV_ALLOC_DONE:
    case MMS_EV_FREE_PAGES:
    case MMS_EV_ANON_PAGE:
    case MMS_EV_WP_REUSE:
    case MMS_EV_FILE_FAULT:
    case MMS_EV_SWAP_IN:
    case MMS_EV_SWAP_OUT:
    case MMS_EV_DROP_PAGE:
    case MMS_EV_PTE_ALLOC:
    case MMS_EV_PAGE_CACHE_ADD:
    case MMS_EV_SET_PTE:
    case MMS_EV_COPY_PTE:
    case MMS_EV_PTE_WRPROTECT:
      mms_scene_link (scene, e, mms_scene_printf (scene, "frame:0x%" G_GINT64_MODIFIER "x", ev->pfn));
      break;
    case MMS_EV_WP_COPY:
      mms_scene_link (scene, e, mms_scene_printf (scene, "frame:0x%" G_GINT64_MODIFIER "x", ev->pfn));
      mms_scene_link (scene, e, mms_scene_printf (scene, "frame:0x%" G_GINT64_MODIFIER "x", ev->pfn2));
      break;
    case MMS_EV_CACHE_GROW:
    case MMS_EV_CACHE_SHRINK:
    case MMS_EV_SLAB_MOVE:
    case MMS_EV_CACHE_ALLOC:
    case MMS_EV_CACHE_FREE:
      mms_scene_link (scene, e, mms_scene_printf (scene, "slab:%u", ev->slab));
      break;
    default:
      break;
    }
  if (ev->mm != 0 && ev->vma != 0)
    mms_scene_link (scene, e, mms_scene_printf (scene, "vma:%u:%u", ev->mm, ev->vma));
  if (ev->mm != 0 && ev->vma2 != 0)
    mms_scene_link (scene, e, mms_scene_printf (scene, "vma:%u:%u", ev->mm, ev->vma2));
  switch (ev->kind)
    {
    case MMS_EV_SET_PTE:
    case MMS_EV_PTE_CLEAR:
    case MMS_EV_PTE_WRPROTECT:
    case MMS_EV_COPY_PTE:
    case MMS_EV_ZERO_PAGE_MAP:
    case MMS_EV_ANON_PAGE:
    case MMS_EV_WP_COPY:
    case MMS_EV_WP_REUSE:
      mms_scene_link (scene, e, mms_scene_printf (scene, "pte:%u:0x%" G_GINT64_MODIFIER "x", ev->mm,
                                                  ev->addr & MMS_PAGE_MASK));
      break;
    default:
      break;
    }
}

/* "fn: rest" as markup with the function in bold. */
static char *
event_markup (const MmsEvent *ev,
              guint           count)
{
  g_autofree char *text = mms_event_describe (ev);
  const char *colon = strstr (text, ": ");
  g_autofree char *fn = NULL;
  g_autofree char *rest = NULL;

  if (colon == NULL)
    return g_markup_escape_text (text, -1);
  fn = g_markup_escape_text (text, colon - text);
  rest = g_markup_escape_text (colon + 2, -1);
  if (count > 1)
    return g_strdup_printf ("<b>%s</b> <span alpha=\"70%%\">×%u</span>: %s", fn, count, rest);
  return g_strdup_printf ("<b>%s</b>: %s", fn, rest);
}

void
mms_events_view_build (MmsViewContext *ctx,
                       const MmsRect  *area)
{
  const MmsSceneSource *src = ctx->source;
  double line_h = MMS_LINE_HEIGHT + 1;
  guint rows = MAX (1, (guint) (area->height / line_h));
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (guint)); /* first event of each group */
  gboolean grouped;
  guint shown;

  if (src->n_events == 0 || src->events == NULL)
    {
      mms_view_add_text (ctx, "events:none", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         src->step == 0 ? _("Nothing has happened yet.") : _("This step emitted no events."), 0)
        ->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }

  grouped = src->n_events > rows;
  for (guint i = 0; i < src->n_events; i++)
    if (!grouped || i == 0 || src->events[i].kind != src->events[i - 1].kind)
      g_array_append_val (groups, i);

  shown = MIN (groups->len, rows);
  for (guint g = 0; g < shown; g++)
    {
      guint first = g_array_index (groups, guint, g);
      guint end = g + 1 < groups->len ? g_array_index (groups, guint, g + 1) : src->n_events;
      const MmsEvent *ev = &src->events[first];
      g_autofree char *markup = NULL;
      GString *tip;
      MmsElement *e;

      if (g + 1 == shown && shown < groups->len)
        {
          guint rest = src->n_events - first;
          mms_view_add_text (ctx, "events:more", area->x, area->y + g * line_h, area->width, line_h,
                             mms_scene_printf (ctx->scene,
                                               g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more event (double-click to see them all)",
                                                            "… and %u more events (double-click to see them all)", rest),
                                               rest),
                             0)->text_color = MMS_COLOR_TEXT_DIM;
          break;
        }
      markup = event_markup (ev, end - first);
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_EVENT, mms_scene_printf (ctx->scene, "event:%u", ev->seq),
                         area->x, area->y + g * line_h, area->width, line_h - 1);
      e->shape = MMS_SHAPE_RECT;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MARKUP;
      e->label = mms_scene_intern (ctx->scene, markup);
      e->lo = first;
      e->hi = end;
      tip = g_string_new (NULL);
      for (guint k = first; k < end && k < first + 12; k++)
        {
          g_autofree char *d = mms_event_describe (&src->events[k]);
          g_autofree char *esc = g_markup_escape_text (d, -1);
          g_string_append_printf (tip, "%s%s", k > first ? "\n" : "", esc);
          link_event_objects (ctx, e, &src->events[k]);
        }
      for (guint k = first + 12; k < end; k++)
        link_event_objects (ctx, e, &src->events[k]);
      if (end - first > 12)
        g_string_append_printf (tip, _("\n… %u more"), end - first - 12);
      e->tooltip = mms_scene_intern (ctx->scene, tip->str);
      g_string_free (tip, TRUE);
    }
}
