/* mms-scene-view.c: the drawing area of the window.
 *
 * The draw handler is a few lines: build the scene if the state or the
 * size changed, paint it.  Zoom builds the scene larger than the widget
 * (the views lay out more detail: more rows, exact frames) and scrolls
 * over it. */
#include "mms-config.h"

#include "mms-scene-view.h"

#include "mms-application.h"

#include <math.h>

#define MIN_ZOOM 1.0
#define MAX_ZOOM 6.0

struct _MmsSceneView
{
  GtkDrawingArea parent_instance;

  MmsRunner *runner;
  MmsScene *scene;
  MmsScene *previous;
  MmsView view;
  gint pid;
  gboolean maple_tree;       /* the VMA tree view shows mm_mt */
  MmsTheme theme;
  double mag;                 /* everything larger (presentation mode): the
                               * scene is built at the size divided by it */
  double zoom;
  double scroll_x, scroll_y;  /* top-left of the visible part, in scene units */
  GHashTable *collapsed;      /* page tables folded, pfn set */

  char *hover;                /* id of the element under the pointer */
  char *hover_object;
  char *selection;            /* object selected by a click */
  GHashTable *highlight;      /* objects related to the selection or hover */
  double drag_x, drag_y;
  gboolean dragging;
  gboolean painted;
  MmsScene *frame;            /* an animation frame or a keyframe shown instead, or NULL */
};

G_DEFINE_FINAL_TYPE (MmsSceneView, mms_scene_view, GTK_TYPE_DRAWING_AREA)

enum
{
  SIGNAL_VIEW_ACTIVATED,
  SIGNAL_DRAW_OVERLAY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
invalidate (MmsSceneView *self)
{
  g_clear_pointer (&self->scene, mms_scene_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static MmsScene *
build_scene (MmsSceneView *self,
             double        width,
             double        height,
             MmsScene     *previous)
{
  MmsSceneSource source;
  MmsSceneOptions options = { 0 };

  mms_scene_source_init (&source, self->runner);
  options.pid = self->pid;
  options.collapsed = self->collapsed;
  options.maple_tree = self->maple_tree;
  options.previous = previous;
  return mms_view_build (self->view, &source, &options, width, height);
}

static void
scene_size (MmsSceneView *self,
            double       *width,
            double       *height)
{
  *width = MAX (200, gtk_widget_get_allocated_width (GTK_WIDGET (self)) * self->zoom / self->mag);
  *height = MAX (150, gtk_widget_get_allocated_height (GTK_WIDGET (self)) * self->zoom / self->mag);
}

MmsScene *
mms_scene_view_get_scene (MmsSceneView *self)
{
  double width, height;

  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), NULL);
  if (self->runner == NULL)
    return NULL;
  scene_size (self, &width, &height);
  if (self->scene != NULL
      && (mms_scene_get_width (self->scene) != width || mms_scene_get_height (self->scene) != height))
    g_clear_pointer (&self->scene, mms_scene_unref);
  if (self->scene == NULL)
    self->scene = build_scene (self, width, height, self->previous);
  return self->scene;
}

static void
clamp_scroll (MmsSceneView *self)
{
  double w = gtk_widget_get_allocated_width (GTK_WIDGET (self)) / self->mag;
  double h = gtk_widget_get_allocated_height (GTK_WIDGET (self)) / self->mag;

  self->scroll_x = CLAMP (self->scroll_x, 0, MAX (0, w * self->zoom - w));
  self->scroll_y = CLAMP (self->scroll_y, 0, MAX (0, h * self->zoom - h));
}

static void
update_highlight (MmsSceneView *self)
{
  MmsScene *scene = mms_scene_view_get_scene (self);
  const char *object = self->selection != NULL ? self->selection : self->hover_object;

  g_clear_pointer (&self->highlight, g_hash_table_unref);
  if (scene == NULL || object == NULL)
    return;
  self->highlight = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(GHashTable) related = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTableIter iter;
    gpointer key;

    mms_scene_collect_related (scene, object, related);
    /* Selecting a VMA also lights its frames' other mappers: no.  One
     * hop keeps it readable; a frame's own links name all its mappers. */
    g_hash_table_iter_init (&iter, related);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (self->highlight, g_strdup (key));
    g_hash_table_add (self->highlight, g_strdup (object));
  }
}

static gboolean
mms_scene_view_draw (GtkWidget *widget,
                     cairo_t   *cr)
{
  MmsSceneView *self = MMS_SCENE_VIEW (widget);
  MmsPaintOptions options = { 0 };
  MmsScene *scene = self->frame != NULL && self->zoom == 1.0 ? self->frame : mms_scene_view_get_scene (self);
  const MmsPalette *palette = mms_palette_get (self->theme);

  if (scene == NULL)
    {
      const MmsColor *bg = mms_palette_lookup (palette, MMS_COLOR_BACKGROUND);
      cairo_set_source_rgb (cr, bg->red, bg->green, bg->blue);
      cairo_paint (cr);
      return GDK_EVENT_STOP;
    }
  if (self->highlight == NULL && (self->selection != NULL || self->hover_object != NULL))
    update_highlight (self);

  options.palette = palette;
  options.highlight = self->highlight;
  options.hover = self->hover;
  options.font_scale = 1.0;
  clamp_scroll (self);
  cairo_scale (cr, self->mag, self->mag);
  cairo_translate (cr, -self->scroll_x, -self->scroll_y);
  mms_scene_paint (cr, scene, &options);
  /* What is drawn over the views (the rubber band, the pointer's halo),
   * in widget coordinates. */
  cairo_save (cr);
  cairo_translate (cr, self->scroll_x, self->scroll_y);
  cairo_scale (cr, 1 / self->mag, 1 / self->mag);
  g_signal_emit (self, signals[SIGNAL_DRAW_OVERLAY], 0, cr);
  cairo_restore (cr);

  if (!self->painted && g_getenv ("MMSCOPE_FIRST_FRAME_EXIT") != NULL)
    {
      GtkWidget *toplevel = gtk_widget_get_toplevel (widget);
      GtkApplication *app = GTK_IS_WINDOW (toplevel) ? gtk_window_get_application (GTK_WINDOW (toplevel)) : NULL;

      if (MMS_IS_APPLICATION (app))
        {
          g_print ("first frame %.0f ms after start\n",
                   (g_get_monotonic_time () - mms_application_get_start_time (MMS_APPLICATION (app))) / 1000.0);
          g_application_quit (G_APPLICATION (app));
        }
    }
  self->painted = TRUE;
  return GDK_EVENT_STOP;
}

static void
mms_scene_view_size_allocate (GtkWidget     *widget,
                              GtkAllocation *allocation)
{
  GTK_WIDGET_CLASS (mms_scene_view_parent_class)->size_allocate (widget, allocation);
  g_clear_pointer (&MMS_SCENE_VIEW (widget)->highlight, g_hash_table_unref);
}

static MmsElement *
element_at (MmsSceneView *self,
            double        x,
            double        y)
{
  MmsScene *scene = mms_scene_view_get_scene (self);

  if (scene == NULL)
    return NULL;
  return mms_scene_hit (scene, x / self->mag + self->scroll_x, y / self->mag + self->scroll_y);
}

static gboolean
mms_scene_view_motion_notify_event (GtkWidget      *widget,
                                    GdkEventMotion *event)
{
  MmsSceneView *self = MMS_SCENE_VIEW (widget);
  MmsElement *element;

  if (self->dragging)
    {
      self->scroll_x += self->drag_x - event->x;
      self->scroll_y += self->drag_y - event->y;
      self->drag_x = event->x;
      self->drag_y = event->y;
      clamp_scroll (self);
      gtk_widget_queue_draw (widget);
      return GDK_EVENT_STOP;
    }

  element = element_at (self, event->x, event->y);
  if (g_strcmp0 (element != NULL ? element->id : NULL, self->hover) != 0)
    {
      g_free (self->hover);
      g_free (self->hover_object);
      self->hover = element != NULL ? g_strdup (element->id) : NULL;
      self->hover_object = element != NULL ? g_strdup (mms_element_get_object (element)) : NULL;
      if (self->selection == NULL)
        g_clear_pointer (&self->highlight, g_hash_table_unref);
      gtk_widget_queue_draw (widget);
    }
  return GDK_EVENT_PROPAGATE;
}

static gboolean
mms_scene_view_leave_notify_event (GtkWidget        *widget,
                                   GdkEventCrossing *event)
{
  MmsSceneView *self = MMS_SCENE_VIEW (widget);

  g_clear_pointer (&self->hover, g_free);
  g_clear_pointer (&self->hover_object, g_free);
  if (self->selection == NULL)
    g_clear_pointer (&self->highlight, g_hash_table_unref);
  gtk_widget_queue_draw (widget);
  return GDK_EVENT_PROPAGATE;
}

/* The view whose panel holds (x, y), in an all-views scene. */
static gboolean
panel_at (MmsSceneView *self,
          double        x,
          double        y,
          MmsView      *view_out)
{
  MmsScene *scene = mms_scene_view_get_scene (self);

  for (MmsView v = 0; scene != NULL && v < MMS_VIEW_ALL; v++)
    {
      MmsRect r;
      if (mms_view_get_panel (scene, v, &r) && mms_rect_contains (&r, x / self->mag + self->scroll_x, y / self->mag + self->scroll_y))
        {
          *view_out = v;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
mms_scene_view_button_press_event (GtkWidget      *widget,
                                   GdkEventButton *event)
{
  MmsSceneView *self = MMS_SCENE_VIEW (widget);
  MmsElement *element;

  gtk_widget_grab_focus (widget);
  if (event->button == GDK_BUTTON_MIDDLE || (event->button == GDK_BUTTON_PRIMARY && self->zoom > 1.0
                                             && (event->state & GDK_SHIFT_MASK)))
    {
      self->dragging = TRUE;
      self->drag_x = event->x;
      self->drag_y = event->y;
      return GDK_EVENT_STOP;
    }
  if (event->button != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;

  if (event->type == GDK_2BUTTON_PRESS)
    {
      MmsView view;
      /* Double-click: a panel of all views fills the window; in a single
       * view, back to all. */
      if (self->view == MMS_VIEW_ALL && panel_at (self, event->x, event->y, &view))
        g_signal_emit (self, signals[SIGNAL_VIEW_ACTIVATED], 0, mms_view_get_name (view));
      else if (self->view != MMS_VIEW_ALL)
        g_signal_emit (self, signals[SIGNAL_VIEW_ACTIVATED], 0, "all");
      return GDK_EVENT_STOP;
    }

  element = element_at (self, event->x, event->y);
  if (element != NULL && element->kind == MMS_ELEMENT_TABLE)
    {
      /* A page table's heading folds and unfolds it. */
      gpointer key = GSIZE_TO_POINTER (element->lo);
      if (!g_hash_table_remove (self->collapsed, key))
        g_hash_table_add (self->collapsed, key);
      invalidate (self);
    }
  if (element != NULL && g_strcmp0 (self->selection, mms_element_get_object (element)) != 0)
    mms_scene_view_select (self, mms_element_get_object (element));
  else
    mms_scene_view_select (self, NULL);
  return GDK_EVENT_STOP;
}

static gboolean
mms_scene_view_button_release_event (GtkWidget      *widget,
                                     GdkEventButton *event)
{
  MMS_SCENE_VIEW (widget)->dragging = FALSE;
  return GDK_EVENT_PROPAGATE;
}

static gboolean
mms_scene_view_scroll_event (GtkWidget      *widget,
                             GdkEventScroll *event)
{
  MmsSceneView *self = MMS_SCENE_VIEW (widget);
  double dx = 0, dy = 0;

  if (event->direction == GDK_SCROLL_SMOOTH)
    gdk_event_get_scroll_deltas ((GdkEvent *) event, &dx, &dy);
  else
    dy = event->direction == GDK_SCROLL_UP ? -1 : event->direction == GDK_SCROLL_DOWN ? 1 : 0;

  if (event->state & GDK_CONTROL_MASK)
    {
      /* Zoom about the pointer. */
      double old = self->zoom;
      double zoom = CLAMP (old * (dy < 0 ? 1.25 : 0.8), MIN_ZOOM, MAX_ZOOM);
      double sx = (event->x + self->scroll_x) / old, sy = (event->y + self->scroll_y) / old;

      mms_scene_view_set_zoom (self, zoom);
      self->scroll_x = sx * zoom - event->x;
      self->scroll_y = sy * zoom - event->y;
      clamp_scroll (self);
      return GDK_EVENT_STOP;
    }
  if (self->zoom > 1.0)
    {
      self->scroll_x += dx * 40;
      self->scroll_y += dy * 40;
      clamp_scroll (self);
      gtk_widget_queue_draw (widget);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static gboolean
mms_scene_view_query_tooltip (GtkWidget  *widget,
                              gint        x,
                              gint        y,
                              gboolean    keyboard,
                              GtkTooltip *tooltip)
{
  MmsSceneView *self = MMS_SCENE_VIEW (widget);
  MmsElement *element = element_at (self, x, y);
  GdkRectangle area;

  if (element == NULL || element->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, element->tooltip);
  area.x = (int) floor (element->rect.x - self->scroll_x);
  area.y = (int) floor (element->rect.y - self->scroll_y);
  area.width = (int) ceil (element->rect.width);
  area.height = (int) ceil (element->rect.height);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
mms_scene_view_finalize (GObject *object)
{
  MmsSceneView *self = MMS_SCENE_VIEW (object);

  g_clear_pointer (&self->scene, mms_scene_unref);
  g_clear_pointer (&self->previous, mms_scene_unref);
  g_clear_pointer (&self->frame, mms_scene_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->highlight, g_hash_table_unref);
  g_free (self->hover);
  g_free (self->hover_object);
  g_free (self->selection);
  G_OBJECT_CLASS (mms_scene_view_parent_class)->finalize (object);
}

static void
mms_scene_view_class_init (MmsSceneViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mms_scene_view_finalize;
  widget_class->draw = mms_scene_view_draw;
  widget_class->size_allocate = mms_scene_view_size_allocate;
  widget_class->motion_notify_event = mms_scene_view_motion_notify_event;
  widget_class->leave_notify_event = mms_scene_view_leave_notify_event;
  widget_class->button_press_event = mms_scene_view_button_press_event;
  widget_class->button_release_event = mms_scene_view_button_release_event;
  widget_class->scroll_event = mms_scene_view_scroll_event;
  widget_class->query_tooltip = mms_scene_view_query_tooltip;

  /* A view's panel was double-clicked: NAME is the view to show alone
   * ("all" to go back). */
  signals[SIGNAL_VIEW_ACTIVATED] =
    g_signal_new ("view-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* draw-overlay (cairo_t *cr): after the scene is painted, in widget
   * coordinates, for what the window draws over it. */
  signals[SIGNAL_DRAW_OVERLAY] =
    g_signal_new ("draw-overlay", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_css_name (widget_class, "mmssceneview");
}

static void
mms_scene_view_init (MmsSceneView *self)
{
  self->view = MMS_VIEW_ALL;
  self->zoom = 1.0;
  self->mag = 1.0;
  self->collapsed = g_hash_table_new (NULL, NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), TRUE);
  gtk_widget_add_events (GTK_WIDGET (self), GDK_POINTER_MOTION_MASK | GDK_BUTTON_PRESS_MASK
                         | GDK_BUTTON_RELEASE_MASK | GDK_LEAVE_NOTIFY_MASK | GDK_SCROLL_MASK
                         | GDK_SMOOTH_SCROLL_MASK);
}

GtkWidget *
mms_scene_view_new (void)
{
  return g_object_new (MMS_TYPE_SCENE_VIEW, NULL);
}

void
mms_scene_view_set_runner (MmsSceneView *self,
                           MmsRunner    *runner)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  self->runner = runner;
  g_hash_table_remove_all (self->collapsed);
  mms_scene_view_clear_snapshot (self);
  mms_scene_view_update (self);
}

void
mms_scene_view_snapshot (MmsSceneView *self)
{
  double width, height;

  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  g_clear_pointer (&self->previous, mms_scene_unref);
  if (self->runner == NULL)
    return;
  /* Values are compared by id, so any size will do; a large one keeps the
   * views from leaving out rows, whose absence would read as a change. */
  scene_size (self, &width, &height);
  width = MAX (width, 1280) * 3;
  height = MAX (height, 600) * 3;
  self->previous = build_scene (self, width, height, NULL);
}

void
mms_scene_view_clear_snapshot (MmsSceneView *self)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  g_clear_pointer (&self->previous, mms_scene_unref);
}

void
mms_scene_view_update (MmsSceneView *self)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  g_clear_pointer (&self->highlight, g_hash_table_unref);
  invalidate (self);
}

void
mms_scene_view_set_view (MmsSceneView *self,
                         MmsView       view)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  g_return_if_fail (view < MMS_N_VIEWS);
  if (self->view == view)
    return;
  self->view = view;
  self->zoom = 1.0;
  self->scroll_x = self->scroll_y = 0;
  /* The previous scene was of another view: rebuild it for this one. */
  if (self->previous != NULL)
    g_clear_pointer (&self->previous, mms_scene_unref);
  mms_scene_view_update (self);
}

MmsView
mms_scene_view_get_view (MmsSceneView *self)
{
  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), MMS_VIEW_ALL);
  return self->view;
}

void
mms_scene_view_set_pid (MmsSceneView *self,
                        gint          pid)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  self->pid = pid;
  mms_scene_view_update (self);
}

void
mms_scene_view_set_maple_tree (MmsSceneView *self,
                               gboolean      maple_tree)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  self->maple_tree = maple_tree;
  mms_scene_view_update (self);
}

void
mms_scene_view_set_theme (MmsSceneView *self,
                          MmsTheme      theme)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  self->theme = theme;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mms_scene_view_set_zoom (MmsSceneView *self,
                         double        zoom)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  mms_scene_view_update (self);
}

double
mms_scene_view_get_zoom (MmsSceneView *self)
{
  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), 1.0);
  return self->zoom;
}

const char *
mms_scene_view_get_selection (MmsSceneView *self)
{
  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), NULL);
  return self->selection;
}

void
mms_scene_view_select (MmsSceneView *self,
                       const char   *object)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  g_free (self->selection);
  self->selection = g_strdup (object);
  g_clear_pointer (&self->highlight, g_hash_table_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mms_scene_view_set_magnification (MmsSceneView *self,
                                  double        mag)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  g_return_if_fail (mag >= 1.0 && mag <= 4.0);
  self->mag = mag;
  self->scroll_x = self->scroll_y = 0;
  invalidate (self);
}

double
mms_scene_view_get_magnification (MmsSceneView *self)
{
  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), 1.0);
  return self->mag;
}

MmsTheme
mms_scene_view_get_theme (MmsSceneView *self)
{
  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), MMS_THEME_LIGHT);
  return self->theme;
}

void
mms_scene_view_get_scroll (MmsSceneView *self,
                           double       *x,
                           double       *y)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  *x = self->scroll_x;
  *y = self->scroll_y;
}

/* --- animation (mms-player.c) ------------------------------------------- */

void
mms_scene_view_set_frame (MmsSceneView *self,
                          MmsScene     *frame)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  if (frame == self->frame)
    return;
  if (frame != NULL)
    mms_scene_ref (frame);
  g_clear_pointer (&self->frame, mms_scene_unref);
  self->frame = frame;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

MmsScene *
mms_scene_view_build_scene (MmsSceneView         *self,
                            const MmsSceneSource *source,
                            MmsScene             *previous)
{
  MmsSceneOptions options = { 0 };

  g_return_val_if_fail (MMS_IS_SCENE_VIEW (self), NULL);
  options.pid = self->pid;
  options.collapsed = self->collapsed;
  options.maple_tree = self->maple_tree;
  options.previous = previous;
  return mms_view_build (self->view, source, &options,
                         MAX (200, gtk_widget_get_allocated_width (GTK_WIDGET (self))),
                         MAX (150, gtk_widget_get_allocated_height (GTK_WIDGET (self))));
}

void
mms_scene_view_set_previous (MmsSceneView *self,
                             MmsScene     *previous)
{
  g_return_if_fail (MMS_IS_SCENE_VIEW (self));
  if (previous != NULL)
    mms_scene_ref (previous);
  g_clear_pointer (&self->previous, mms_scene_unref);
  self->previous = previous;
}
