/* mms-player.c: debugger-style stepping and the animation of events.
 *
 * Positions are the timeline's (render/mms-timeline.h): a step, and a
 * keyframe of it.  Moving forward runs or captures the step first and then
 * animates from the keyframe shown to the new one, segment by segment (one
 * segment per event, or per run of coalesced events), on the scene view's
 * frame clock.  While the cursor rests at the end of a step the view shows
 * its own scene of the runner's state; inside a step it shows the
 * keyframe.  Going back is instant: time travel by the runner's
 * checkpoints, then the keyframe.
 */
#include "mms-config.h"

#include "mms-player.h"

#include <math.h>

#include "mms-i18n.h"

#define FRAME_US 16667
#define MIN_EVENT_US 120000
#define MAX_EVENT_US 900000

struct _MmsPlayer
{
  GObject parent_instance;

  MmsSceneView *view;       /* weak */
  MmsRunner *runner;
  MmsTimeline *timeline;
  MmsCallChain *chain;      /* of the step shown */
  guint chain_step;

  double speed;             /* seconds per step */
  gboolean animate;
  gboolean playing;
  guint play_source;

  /* The animation under way: keyframe positions from -> to. */
  guint tick_id;
  double from, to;
  gint64 start_us;
  gint64 segment_us;
  MmsAnimation *animation;
  guint animation_k;        /* the segment (k, k + 1) it animates */
  guint shown;              /* keyframe the narration speaks of */
  int last_width, last_height;
  gboolean stale;           /* the view's size changed during an animation */
};

G_DEFINE_FINAL_TYPE (MmsPlayer, mms_player, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_play (MmsPlayer *self);

static void
emit_changed (MmsPlayer *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static MmsScene *
build_cb (const MmsSceneSource *source,
          MmsScene             *previous,
          gpointer              user_data)
{
  MmsPlayer *self = user_data;

  return mms_scene_view_build_scene (self->view, source, previous);
}

/* What the view shows at rest: its own scene at the end of a step, else
 * the keyframe. */
static void
show_rest (MmsPlayer *self)
{
  guint cursor = mms_timeline_get_cursor (self->timeline);

  self->shown = cursor;
  if (mms_timeline_at_step_end (self->timeline))
    {
      if (mms_timeline_get_n_keyframes (self->timeline) > 1)
        mms_scene_view_set_previous (self->view, mms_timeline_get_keyframe (self->timeline, 0));
      else
        mms_scene_view_clear_snapshot (self->view);
      mms_scene_view_set_frame (self->view, NULL);
      mms_scene_view_update (self->view);
    }
  else
    mms_scene_view_set_frame (self->view, mms_timeline_get_keyframe (self->timeline, cursor));
}

static void
stop_animation (MmsPlayer *self)
{
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->tick_id);
      self->tick_id = 0;
    }
  g_clear_pointer (&self->animation, mms_animation_free);
}

/* The event that leads to keyframe K, when it stands for one event alone. */
static const MmsEvent *
keyframe_event (MmsPlayer *self,
                guint      k,
                gboolean   single_only)
{
  const MmsEvent *events;
  guint first, last, n;

  if (!mms_timeline_get_keyframe_events (self->timeline, k, &first, &last))
    return NULL;
  if (single_only && first != last)
    return NULL;
  events = mms_runner_get_events (self->runner, &n);
  return first < n ? &events[first] : NULL;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  MmsPlayer *self = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double span = fabs (self->to - self->from);
  double progress = (double) (now - self->start_us) / ((double) self->segment_us * MAX (1.0, span));
  double position;
  guint k, shown;
  g_autoptr(MmsScene) frame = NULL;

  if (self->start_us == 0)
    {
      self->start_us = now;
      progress = 0;
    }
  if (progress >= 1.0)
    {
      self->tick_id = 0;
      g_clear_pointer (&self->animation, mms_animation_free);
      if (self->stale)
        {
          self->stale = FALSE;
          mms_player_rebuild (self);
          if (self->playing)
            schedule_play (self);
          return G_SOURCE_REMOVE;
        }
      show_rest (self);
      emit_changed (self);
      if (self->playing)
        schedule_play (self);
      return G_SOURCE_REMOVE;
    }
  position = self->from + (self->to - self->from) * progress;
  k = (guint) floor (position);
  if (k + 1 >= mms_timeline_get_n_keyframes (self->timeline))
    k = mms_timeline_get_n_keyframes (self->timeline) - 2;
  if (self->animation == NULL || self->animation_k != k)
    {
      g_clear_pointer (&self->animation, mms_animation_free);
      self->animation = mms_animation_new (mms_timeline_get_keyframe (self->timeline, k),
                                           mms_timeline_get_keyframe (self->timeline, k + 1),
                                           keyframe_event (self, k + 1, TRUE));
      self->animation_k = k;
    }
  frame = mms_animation_get_frame (self->animation, position - k);
  mms_scene_view_set_frame (self->view, frame);

  /* The narration follows the event being animated. */
  shown = self->to > self->from ? k + 1 : k;
  if (shown != self->shown)
    {
      self->shown = shown;
      emit_changed (self);
    }
  return G_SOURCE_CONTINUE;
}

/* Animates from keyframe FROM to the timeline's cursor. */
static void
animate_to_cursor (MmsPlayer *self,
                   guint      from,
                   gboolean   whole_step)
{
  guint to = mms_timeline_get_cursor (self->timeline);
  guint n = (guint) ABS ((int) to - (int) from);
  gint64 total_us = (gint64) (self->speed * 0.8 * G_USEC_PER_SEC);

  stop_animation (self);
  if (!self->animate || n == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    {
      show_rest (self);
      return;
    }
  self->from = from;
  self->to = to;
  self->start_us = 0;
  if (whole_step)
    /* The step takes its time; a long one runs several events a frame. */
    self->segment_us = MAX (total_us / n, FRAME_US / 4);
  else
    self->segment_us = CLAMP (total_us / 2, MIN_EVENT_US, MAX_EVENT_US);
  self->segment_us = MIN (self->segment_us, MAX_EVENT_US);
  self->shown = from;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), tick_cb, self, NULL);
}

static void
finish (MmsPlayer *self,
        gboolean   ok)
{
  if (!ok)
    {
      stop_animation (self);
      show_rest (self);
    }
  emit_changed (self);
}

gboolean
mms_player_step_over (MmsPlayer  *self,
                      GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  if (self->timeline == NULL || mms_runner_is_done (self->runner))
    return FALSE;
  stop_animation (self);
  if (!mms_timeline_at_step_end (self->timeline))
    {
      /* Inside a step, step over finishes it. */
      guint from = mms_timeline_get_cursor (self->timeline);

      mms_timeline_set_cursor (self->timeline, mms_timeline_get_n_keyframes (self->timeline) - 1);
      animate_to_cursor (self, from, TRUE);
      emit_changed (self);
      return TRUE;
    }
  ok = mms_timeline_step_over (self->timeline, error);
  if (ok)
    animate_to_cursor (self, 0, TRUE);
  finish (self, ok);
  return ok;
}

gboolean
mms_player_step_into (MmsPlayer  *self,
                      GError    **error)
{
  guint from, step;
  gboolean ok;

  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  if (self->timeline == NULL)
    return FALSE;
  stop_animation (self);
  step = mms_timeline_get_step (self->timeline);
  from = mms_timeline_get_cursor (self->timeline);
  if (mms_timeline_at_step_end (self->timeline) && mms_runner_is_done (self->runner))
    return FALSE;
  ok = mms_timeline_event_forward (self->timeline, error);
  if (ok)
    animate_to_cursor (self, mms_timeline_get_step (self->timeline) != step ? 0 : from, FALSE);
  finish (self, ok);
  return ok;
}

gboolean
mms_player_event_back (MmsPlayer  *self,
                       GError    **error)
{
  guint from, step;
  gboolean ok;

  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  if (self->timeline == NULL)
    return FALSE;
  stop_animation (self);
  step = mms_timeline_get_step (self->timeline);
  from = mms_timeline_get_cursor (self->timeline);
  if (step == 0)
    return FALSE;
  ok = mms_timeline_event_back (self->timeline, error);
  if (ok && mms_timeline_get_step (self->timeline) == step && mms_timeline_get_n_keyframes (self->timeline) > from)
    animate_to_cursor (self, from, FALSE);
  else
    show_rest (self);
  finish (self, ok);
  return ok;
}

gboolean
mms_player_goto (MmsPlayer  *self,
                 guint       step,
                 GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  if (self->timeline == NULL)
    return FALSE;
  stop_animation (self);
  ok = mms_timeline_goto (self->timeline, step, step > 0, error);
  show_rest (self);
  finish (self, ok);
  return ok;
}

gboolean
mms_player_step_back (MmsPlayer  *self,
                      GError    **error)
{
  guint step;

  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  if (self->timeline == NULL)
    return FALSE;
  step = mms_timeline_get_step (self->timeline);
  if (step == 0)
    return FALSE;
  return mms_player_goto (self, step - 1, error);
}

void
mms_player_rebuild (MmsPlayer *self)
{
  g_return_if_fail (MMS_IS_PLAYER (self));
  if (self->timeline == NULL)
    return;
  stop_animation (self);
  if (!mms_timeline_rebuild (self->timeline, NULL))
    g_warning ("could not rebuild the keyframes");
  show_rest (self);
  emit_changed (self);
}

static void
size_allocate_cb (GtkWidget     *widget,
                  GdkRectangle  *allocation,
                  MmsPlayer     *self)
{
  if (allocation->width == self->last_width && allocation->height == self->last_height)
    return;
  self->last_width = allocation->width;
  self->last_height = allocation->height;
  /* Keyframes are built at the view's size: again, once the animation
   * under way (which may itself change the labels' heights) is over. */
  if (self->timeline == NULL || mms_timeline_get_n_keyframes (self->timeline) <= 1)
    return;
  if (self->tick_id != 0)
    self->stale = TRUE;
  else
    mms_player_rebuild (self);
}

/* --- playing ------------------------------------------------------------ */

static gboolean
play_cb (gpointer data)
{
  MmsPlayer *self = data;
  g_autoptr(GError) error = NULL;

  self->play_source = 0;
  if (!self->playing)
    return G_SOURCE_REMOVE;
  if (self->runner == NULL || (mms_runner_is_done (self->runner) && mms_timeline_at_step_end (self->timeline))
      || !mms_player_step_over (self, &error))
    {
      self->playing = FALSE;
      emit_changed (self);
      return G_SOURCE_REMOVE;
    }
  if (self->tick_id == 0)
    schedule_play (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_play (MmsPlayer *self)
{
  guint ms;

  g_clear_handle_id (&self->play_source, g_source_remove);
  /* With animation, a short pause after each step's; without, a step a tick. */
  ms = (guint) (self->speed * 1000 * (self->animate && self->tick_id == 0 ? 0.2 : 1.0));
  self->play_source = g_timeout_add (MAX (30, ms), play_cb, self);
}

void
mms_player_set_playing (MmsPlayer *self,
                        gboolean   playing)
{
  g_return_if_fail (MMS_IS_PLAYER (self));
  if (playing && (self->runner == NULL || mms_runner_is_done (self->runner)))
    playing = FALSE;
  self->playing = playing;
  g_clear_handle_id (&self->play_source, g_source_remove);
  if (playing && self->tick_id == 0)
    self->play_source = g_idle_add (play_cb, self);
  emit_changed (self);
}

gboolean
mms_player_get_playing (MmsPlayer *self)
{
  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  return self->playing;
}

/* --- settings and state -------------------------------------------------- */

void
mms_player_set_speed (MmsPlayer *self,
                      double     seconds_per_step)
{
  g_return_if_fail (MMS_IS_PLAYER (self));
  self->speed = CLAMP (seconds_per_step, 0.05, 60.0);
}

void
mms_player_set_animate (MmsPlayer *self,
                        gboolean   animate)
{
  g_return_if_fail (MMS_IS_PLAYER (self));
  self->animate = animate;
  if (!animate)
    mms_player_skip (self);
}

gboolean
mms_player_get_animate (MmsPlayer *self)
{
  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  return self->animate;
}

void
mms_player_skip (MmsPlayer *self)
{
  g_return_if_fail (MMS_IS_PLAYER (self));
  if (self->tick_id == 0)
    return;
  stop_animation (self);
  if (self->stale)
    {
      self->stale = FALSE;
      mms_player_rebuild (self);
    }
  show_rest (self);
  emit_changed (self);
  if (self->playing)
    schedule_play (self);
}

gboolean
mms_player_is_animating (MmsPlayer *self)
{
  g_return_val_if_fail (MMS_IS_PLAYER (self), FALSE);
  return self->tick_id != 0;
}

MmsTimeline *
mms_player_get_timeline (MmsPlayer *self)
{
  g_return_val_if_fail (MMS_IS_PLAYER (self), NULL);
  return self->timeline;
}

guint
mms_player_get_event (MmsPlayer *self)
{
  g_return_val_if_fail (MMS_IS_PLAYER (self), 0);
  return self->timeline != NULL ? self->shown : 0;
}

guint
mms_player_get_n_events (MmsPlayer *self)
{
  g_return_val_if_fail (MMS_IS_PLAYER (self), 0);
  return self->timeline != NULL ? mms_timeline_get_n_keyframes (self->timeline) - 1 : 0;
}

char *
mms_player_describe_event (MmsPlayer *self)
{
  const MmsEvent *event;
  guint first, last;
  char *text;

  g_return_val_if_fail (MMS_IS_PLAYER (self), NULL);
  if (self->timeline == NULL || (event = keyframe_event (self, self->shown, FALSE)) == NULL)
    return NULL;
  text = mms_event_describe (event);
  if (mms_timeline_get_keyframe_events (self->timeline, self->shown, &first, &last) && last > first)
    {
      char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (and %u more event)",
                                                 "%s (and %u more events)", last - first),
                                    text, last - first);
      g_free (text);
      text = more;
    }
  return text;
}

char *
mms_player_get_call_chain (MmsPlayer *self)
{
  const MmsEvent *events;
  guint first, last, n;

  g_return_val_if_fail (MMS_IS_PLAYER (self), NULL);
  if (self->timeline == NULL || !mms_timeline_get_keyframe_events (self->timeline, self->shown, &first, &last))
    return NULL;
  events = mms_runner_get_events (self->runner, &n);
  if (self->chain == NULL || self->chain_step != mms_timeline_get_step (self->timeline)
      || mms_call_chain_get_n_events (self->chain) != n)
    {
      g_clear_pointer (&self->chain, mms_call_chain_free);
      self->chain = mms_call_chain_new (events, n);
      self->chain_step = mms_timeline_get_step (self->timeline);
    }
  return first < n ? mms_call_chain_format (self->chain, first) : NULL;
}

void
mms_player_set_runner (MmsPlayer *self,
                       MmsRunner *runner)
{
  g_return_if_fail (MMS_IS_PLAYER (self));
  stop_animation (self);
  g_clear_handle_id (&self->play_source, g_source_remove);
  self->playing = FALSE;
  g_clear_pointer (&self->timeline, mms_timeline_free);
  g_clear_pointer (&self->chain, mms_call_chain_free);
  self->runner = runner;
  self->shown = 0;
  if (self->view != NULL)
    mms_scene_view_set_frame (self->view, NULL);
  if (runner != NULL)
    {
      self->timeline = mms_timeline_new (runner);
      mms_timeline_set_build_func (self->timeline, build_cb, self);
    }
}

static void
mms_player_dispose (GObject *object)
{
  MmsPlayer *self = MMS_PLAYER (object);

  mms_player_set_runner (self, NULL);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  G_OBJECT_CLASS (mms_player_parent_class)->dispose (object);
}

static void
mms_player_class_init (MmsPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mms_player_dispose;

  /* The position, the event shown or the playing state changed. */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mms_player_init (MmsPlayer *self)
{
  self->speed = 1.5;
  self->animate = TRUE;
}

MmsPlayer *
mms_player_new (MmsSceneView *view)
{
  MmsPlayer *self;

  g_return_val_if_fail (MMS_IS_SCENE_VIEW (view), NULL);

  self = g_object_new (MMS_TYPE_PLAYER, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  g_signal_connect (view, "size-allocate", G_CALLBACK (size_allocate_cb), self);
  return self;
}
