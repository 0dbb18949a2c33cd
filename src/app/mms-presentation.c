/* mms-presentation.c: presentation mode, the pointer's halo, the region.
 *
 * The state lives in a small struct attached to the window; everything is
 * drawn from the scene view's draw-overlay signal, after the scene, in
 * widget coordinates, so nothing here touches the scene or render/. */
#include "mms-config.h"

#include "mms-presentation.h"

#include <math.h>

#include "mms-i18n.h"
#include "mms-settings.h"

#define HALO_RADIUS 34.0

typedef struct
{
  MmsWindow *window;        /* weak: the struct dies with it */
  MmsSceneView *view;
  gboolean active;
  gboolean halo;
  MmsTheme saved_theme;
  GtkCssProvider *css;

  gboolean pointer_in;
  double px, py;            /* the pointer, widget coordinates */

  gboolean banding;
  double bx0, by0, bx1, by1;
  gboolean has_region;
  MmsRect region;           /* scene units */
} Presentation;

static const char presenting_css[] =
  "window.mms-presenting .mms-statement { font-size: 150%; }\n"
  "window.mms-presenting .mms-note { font-size: 135%; }\n"
  "window.mms-presenting .mms-narration { background-color: #ffffff; color: #000000; }\n";

static void
presentation_free (gpointer data)
{
  Presentation *p = data;

  g_clear_object (&p->css);
  g_free (p);
}

static Presentation *
get (MmsWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "mms-presentation");
}

/* The halo's rectangle, to redraw only that. */
static void
queue_halo (Presentation *p)
{
  gtk_widget_queue_draw_area (GTK_WIDGET (p->view), (int) (p->px - HALO_RADIUS - 2),
                              (int) (p->py - HALO_RADIUS - 2), (int) (2 * HALO_RADIUS + 4),
                              (int) (2 * HALO_RADIUS + 4));
}

static void
draw_overlay_cb (MmsSceneView *view,
                 cairo_t      *cr,
                 Presentation *p)
{
  if (p->banding || p->has_region)
    {
      double x0, y0, w, h, sx, sy;

      double mag = mms_scene_view_get_magnification (view);

      mms_scene_view_get_scroll (view, &sx, &sy);
      if (p->banding)
        {
          x0 = MIN (p->bx0, p->bx1);
          y0 = MIN (p->by0, p->by1);
          w = fabs (p->bx1 - p->bx0);
          h = fabs (p->by1 - p->by0);
        }
      else
        {
          x0 = (p->region.x - sx) * mag;
          y0 = (p->region.y - sy) * mag;
          w = p->region.width * mag;
          h = p->region.height * mag;
        }
      cairo_save (cr);
      cairo_rectangle (cr, x0 + 0.5, y0 + 0.5, w, h);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.12);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
      cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  if (p->active && p->halo && p->pointer_in)
    {
      cairo_pattern_t *glow = cairo_pattern_create_radial (p->px, p->py, 0, p->px, p->py, HALO_RADIUS);

      cairo_save (cr);
      cairo_pattern_add_color_stop_rgba (glow, 0.0, 1.0, 0.85, 0.0, 0.55);
      cairo_pattern_add_color_stop_rgba (glow, 0.6, 1.0, 0.85, 0.0, 0.35);
      cairo_pattern_add_color_stop_rgba (glow, 1.0, 1.0, 0.85, 0.0, 0.0);
      cairo_set_source (cr, glow);
      cairo_arc (cr, p->px, p->py, HALO_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, 0.85, 0.25, 0.0, 0.9);
      cairo_set_line_width (cr, 2.5);
      cairo_arc (cr, p->px, p->py, HALO_RADIUS * 0.55, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_pattern_destroy (glow);
    }
}

static gboolean
button_press_cb (GtkWidget      *widget,
                 GdkEventButton *event,
                 Presentation   *p)
{
  if (event->type != GDK_BUTTON_PRESS || event->button != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;
  if (event->state & GDK_SHIFT_MASK)
    {
      p->banding = TRUE;
      p->has_region = FALSE;
      p->bx0 = p->bx1 = event->x;
      p->by0 = p->by1 = event->y;
      gtk_widget_queue_draw (widget);
      return GDK_EVENT_STOP;
    }
  if (p->has_region)
    {
      p->has_region = FALSE;
      gtk_widget_queue_draw (widget);
    }
  return GDK_EVENT_PROPAGATE;
}

static gboolean
motion_cb (GtkWidget      *widget,
           GdkEventMotion *event,
           Presentation   *p)
{
  if (p->active && p->halo)
    {
      queue_halo (p);
      p->px = event->x;
      p->py = event->y;
      p->pointer_in = TRUE;
      queue_halo (p);
    }
  if (p->banding)
    {
      p->bx1 = event->x;
      p->by1 = event->y;
      gtk_widget_queue_draw (widget);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static gboolean
button_release_cb (GtkWidget      *widget,
                   GdkEventButton *event,
                   Presentation   *p)
{
  double sx, sy, mag;

  if (!p->banding || event->button != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;
  p->banding = FALSE;
  mms_scene_view_get_scroll (p->view, &sx, &sy);
  mag = mms_scene_view_get_magnification (p->view);
  p->region.x = MIN (p->bx0, event->x) / mag + sx;
  p->region.y = MIN (p->by0, event->y) / mag + sy;
  p->region.width = fabs (event->x - p->bx0) / mag;
  p->region.height = fabs (event->y - p->by0) / mag;
  p->has_region = p->region.width >= 8 && p->region.height >= 8;
  gtk_widget_queue_draw (widget);
  return GDK_EVENT_STOP;
}

static gboolean
leave_cb (GtkWidget        *widget,
          GdkEventCrossing *event,
          Presentation     *p)
{
  if (p->pointer_in)
    queue_halo (p);
  p->pointer_in = FALSE;
  return GDK_EVENT_PROPAGATE;
}

/* While presenting, a remote's Page keys and Return/BackSpace step, and
 * Escape ends the presentation (before the window's own accelerators). */
static gboolean
key_press_cb (GtkWidget   *widget,
              GdkEventKey *event,
              Presentation *p)
{
  const char *action = NULL;

  if (!p->active)
    return GDK_EVENT_PROPAGATE;
  switch (event->keyval)
    {
    case GDK_KEY_Escape:
      mms_presentation_set_active (p->window, FALSE);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      action = "step";
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      action = "back";
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  if (g_action_group_get_action_enabled (G_ACTION_GROUP (p->window), action))
    g_action_group_activate_action (G_ACTION_GROUP (p->window), action, NULL);
  return GDK_EVENT_STOP;
}

static gboolean
window_state_cb (GtkWidget           *widget,
                 GdkEventWindowState *event,
                 Presentation        *p)
{
  /* Leaving full screen another way (the window manager) ends it too. */
  if (p->active && (event->changed_mask & GDK_WINDOW_STATE_FULLSCREEN)
      && !(event->new_window_state & GDK_WINDOW_STATE_FULLSCREEN))
    mms_presentation_set_active (p->window, FALSE);
  return GDK_EVENT_PROPAGATE;
}

void
mms_presentation_attach (MmsWindow *window)
{
  Presentation *p;

  g_return_if_fail (MMS_IS_WINDOW (window));
  g_return_if_fail (get (window) == NULL);

  p = g_new0 (Presentation, 1);
  p->window = window;
  p->view = mms_window_get_scene_view (window);
  g_object_set_data_full (G_OBJECT (window), "mms-presentation", p, presentation_free);
  g_signal_connect (p->view, "draw-overlay", G_CALLBACK (draw_overlay_cb), p);
  g_signal_connect (p->view, "button-press-event", G_CALLBACK (button_press_cb), p);
  g_signal_connect (p->view, "motion-notify-event", G_CALLBACK (motion_cb), p);
  g_signal_connect (p->view, "button-release-event", G_CALLBACK (button_release_cb), p);
  g_signal_connect (p->view, "leave-notify-event", G_CALLBACK (leave_cb), p);
  g_signal_connect (window, "key-press-event", G_CALLBACK (key_press_cb), p);
  g_signal_connect (window, "window-state-event", G_CALLBACK (window_state_cb), p);
}

void
mms_presentation_set_active (MmsWindow *window,
                             gboolean   active)
{
  Presentation *p;
  GSettings *settings = mms_settings_get ();
  GtkStyleContext *style;
  GAction *action;

  g_return_if_fail (MMS_IS_WINDOW (window));
  p = get (window);
  g_return_if_fail (p != NULL);

  active = !!active;
  if (p->active == active)
    return;
  p->active = active;
  style = gtk_widget_get_style_context (GTK_WIDGET (window));
  if (p->css == NULL)
    {
      p->css = gtk_css_provider_new ();
      gtk_css_provider_load_from_data (p->css, presenting_css, -1, NULL);
      gtk_style_context_add_provider_for_screen (gtk_widget_get_screen (GTK_WIDGET (window)),
                                                 GTK_STYLE_PROVIDER (p->css),
                                                 GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  if (active)
    {
      double scale = settings != NULL ? g_settings_get_double (settings, "presentation-font-scale") : 1.5;
      gboolean contrast = settings == NULL || g_settings_get_boolean (settings, "presentation-high-contrast");

      p->halo = settings == NULL || g_settings_get_boolean (settings, "presentation-pointer");
      p->saved_theme = mms_scene_view_get_theme (p->view);
      gtk_style_context_add_class (style, "mms-presenting");
      mms_scene_view_set_magnification (p->view, CLAMP (scale, 1.0, 3.0));
      if (contrast)
        mms_scene_view_set_theme (p->view, MMS_THEME_HIGH_CONTRAST);
      gtk_window_fullscreen (GTK_WINDOW (window));
    }
  else
    {
      gtk_style_context_remove_class (style, "mms-presenting");
      mms_scene_view_set_magnification (p->view, 1.0);
      mms_scene_view_set_theme (p->view, p->saved_theme);
      p->pointer_in = FALSE;
      gtk_window_unfullscreen (GTK_WINDOW (window));
    }
  gtk_widget_queue_draw (GTK_WIDGET (p->view));
  action = g_action_map_lookup_action (G_ACTION_MAP (window), "presentation");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (active));
}

gboolean
mms_presentation_get_active (MmsWindow *window)
{
  Presentation *p;

  g_return_val_if_fail (MMS_IS_WINDOW (window), FALSE);
  p = get (window);
  return p != NULL && p->active;
}

gboolean
mms_presentation_get_region (MmsWindow *window,
                             MmsRect   *region_out)
{
  Presentation *p;

  g_return_val_if_fail (MMS_IS_WINDOW (window), FALSE);
  p = get (window);
  if (p == NULL || !p->has_region)
    return FALSE;
  if (region_out != NULL)
    *region_out = p->region;
  return TRUE;
}

void
mms_presentation_set_region (MmsWindow     *window,
                             const MmsRect *region)
{
  Presentation *p;

  g_return_if_fail (MMS_IS_WINDOW (window));
  p = get (window);
  g_return_if_fail (p != NULL);
  p->has_region = region != NULL;
  if (region != NULL)
    p->region = *region;
  gtk_widget_queue_draw (GTK_WIDGET (p->view));
}
