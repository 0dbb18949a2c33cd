/* mms-timeline.c: keyframes of a step, built from the runner's events.
 *
 * Invariants:
 *  1. the runner's position is the step shown;
 *  2. keyframes->len >= 1 while a runner is set; the last keyframe is the
 *     state after the step shown;
 *  3. ends[k] is the index of the last event that keyframe k includes
 *     (ends[0] is unused), strictly increasing;
 *  4. capturing is TRUE only inside capture_step (), so replays by
 *     mms_runner_goto () build nothing.
 */
#include "mms-config.h"

#include "mms-timeline.h"

#define DEFAULT_MAX_KEYFRAMES 240
#define DEFAULT_BUDGET_MS 250

struct _MmsTimeline
{
  MmsRunner *runner;
  MmsTimelineBuildFunc build;
  gpointer build_data;
  guint max_keyframes;
  guint budget_ms;

  GPtrArray *keyframes;     /* MmsScene * */
  GArray *ends;             /* guint, per keyframe */
  guint cursor;
  gboolean captured;        /* keyframes hold the step's events */

  /* While capturing a step. */
  gboolean capturing;
  guint n_seen;             /* events of the step so far */
  guint stride;             /* build after every stride-th event */
  gint64 spent;             /* microseconds of building so far */
  gboolean out_of_budget;
};

static MmsScene *
build (MmsTimeline          *self,
       const MmsSceneSource *source,
       MmsScene             *previous)
{
  if (self->build != NULL)
    return self->build (source, previous, self->build_data);
  return mms_view_build (MMS_VIEW_ALL, source, NULL, 1280, 720);
}

static void
clear_keyframes (MmsTimeline *self)
{
  g_ptr_array_set_size (self->keyframes, 0);
  g_array_set_size (self->ends, 0);
  self->cursor = 0;
  self->captured = FALSE;
}

static void
add_keyframe (MmsTimeline *self,
              MmsScene    *scene,
              guint        end)
{
  g_ptr_array_add (self->keyframes, scene);
  g_array_append_val (self->ends, end);
}

/* The source for the state of the runner's machine in the middle of the
 * step after the current position. */
static void
mid_step_source (MmsTimeline    *self,
                 MmsSceneSource *source,
                 MmsMachine     *machine)
{
  guint pos = mms_runner_get_position (self->runner);
  const MmsStmt *stmt = mms_runner_get_stmt (self->runner, pos + 1);

  mms_scene_source_init (source, self->runner);
  source->machine = machine;
  source->events = mms_runner_get_events (self->runner, &source->n_events);
  source->step = pos + 1;
  source->statement = stmt != NULL ? stmt->text : NULL;
}

/* Keeps keyframes 0, 2, 4... of those after the first: every other
 * coalesced run of events merges with its neighbour. */
static void
thin_out (MmsTimeline *self)
{
  guint keep = 1;

  for (guint k = 1; k < self->keyframes->len; k++)
    {
      if (k % 2 == 1 && k + 1 < self->keyframes->len)
        continue;
      if (keep != k)
        {
          MmsScene *scene = self->keyframes->pdata[k];

          self->keyframes->pdata[k] = self->keyframes->pdata[keep];
          self->keyframes->pdata[keep] = scene;
          g_array_index (self->ends, guint, keep) = g_array_index (self->ends, guint, k);
        }
      keep++;
    }
  g_ptr_array_set_size (self->keyframes, keep);
  g_array_set_size (self->ends, keep);
  self->stride *= 2;
}

static void
event_cb (MmsMachine     *machine,
          const MmsEvent *event,
          gpointer        user_data)
{
  MmsTimeline *self = user_data;
  MmsSceneSource source;
  gint64 start;

  if (!self->capturing)
    return;
  self->n_seen++;
  if (self->out_of_budget || self->n_seen % self->stride != 0)
    return;

  start = g_get_monotonic_time ();
  mid_step_source (self, &source, machine);
  add_keyframe (self, build (self, &source, self->keyframes->pdata[0]), self->n_seen - 1);
  if (self->keyframes->len > self->max_keyframes)
    thin_out (self);
  self->spent += g_get_monotonic_time () - start;
  if (self->budget_ms > 0 && self->spent > (gint64) self->budget_ms * 1000)
    self->out_of_budget = TRUE;
}

/* Builds the final state's keyframe alone. */
static void
capture_final (MmsTimeline *self)
{
  MmsSceneSource source;
  guint n_events = 0;

  clear_keyframes (self);
  mms_scene_source_init (&source, self->runner);
  mms_runner_get_events (self->runner, &n_events);
  add_keyframe (self, build (self, &source, NULL), n_events > 0 ? n_events - 1 : 0);
}

/* Runs the next step, building a keyframe after each (kept) event. */
static gboolean
capture_step (MmsTimeline  *self,
              GError      **error)
{
  MmsSceneSource source;
  gboolean ok;
  guint n_events = 0;

  clear_keyframes (self);
  mid_step_source (self, &source, mms_runner_get_machine (self->runner));
  source.events = NULL;
  source.n_events = 0;
  add_keyframe (self, build (self, &source, NULL), 0);

  self->capturing = TRUE;
  self->n_seen = 0;
  self->stride = 1;
  self->spent = 0;
  self->out_of_budget = FALSE;
  ok = mms_runner_step (self->runner, error);
  self->capturing = FALSE;

  mms_runner_get_events (self->runner, &n_events);
  if (!ok || n_events == 0 || self->keyframes->len == 1
      || g_array_index (self->ends, guint, self->ends->len - 1) != n_events - 1)
    {
      MmsScene *previous = self->keyframes->pdata[0];

      mms_scene_source_init (&source, self->runner);
      add_keyframe (self, build (self, &source, previous), n_events > 0 ? n_events - 1 : 0);
    }
  self->captured = TRUE;
  self->cursor = self->keyframes->len - 1;
  return ok;
}

MmsTimeline *
mms_timeline_new (MmsRunner *runner)
{
  MmsTimeline *self;

  g_return_val_if_fail (runner != NULL, NULL);

  self = g_new0 (MmsTimeline, 1);
  self->runner = runner;
  self->max_keyframes = DEFAULT_MAX_KEYFRAMES;
  self->budget_ms = DEFAULT_BUDGET_MS;
  /* Tests make the timeline build every keyframe however slow the machine
   * (a sanitizer build): MMS_TIMELINE_BUDGET_MS=0. */
  if (g_getenv ("MMS_TIMELINE_BUDGET_MS") != NULL)
    self->budget_ms = (guint) g_ascii_strtoull (g_getenv ("MMS_TIMELINE_BUDGET_MS"), NULL, 10);
  self->keyframes = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_scene_unref);
  self->ends = g_array_new (FALSE, TRUE, sizeof (guint));
  self->stride = 1;
  mms_runner_enable_time_travel (runner);
  mms_runner_set_event_func (runner, event_cb, self);
  /* The frames this timeline's keyframes animate must not wait for fonts. */
  mms_scene_paint_warm_up ();
  return self;
}

void
mms_timeline_free (MmsTimeline *self)
{
  if (self == NULL)
    return;
  mms_runner_set_event_func (self->runner, NULL, NULL);
  g_ptr_array_unref (self->keyframes);
  g_array_unref (self->ends);
  g_free (self);
}

void
mms_timeline_set_build_func (MmsTimeline          *self,
                             MmsTimelineBuildFunc  func,
                             gpointer              user_data)
{
  g_return_if_fail (self != NULL);
  self->build = func;
  self->build_data = user_data;
  clear_keyframes (self);
}

void
mms_timeline_set_max_keyframes (MmsTimeline *self,
                                guint        max_keyframes)
{
  g_return_if_fail (self != NULL);
  self->max_keyframes = MAX (4, max_keyframes);
}

void
mms_timeline_set_budget (MmsTimeline *self,
                         guint        budget_ms)
{
  g_return_if_fail (self != NULL);
  self->budget_ms = budget_ms;
}

MmsRunner *
mms_timeline_get_runner (MmsTimeline *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->runner;
}

guint
mms_timeline_get_step (MmsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return mms_runner_get_position (self->runner);
}

static void
ensure_keyframes (MmsTimeline *self)
{
  if (self->keyframes->len == 0)
    capture_final (self);
}

guint
mms_timeline_get_n_keyframes (MmsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  ensure_keyframes (self);
  return self->keyframes->len;
}

MmsScene *
mms_timeline_get_keyframe (MmsTimeline *self,
                           guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  ensure_keyframes (self);
  g_return_val_if_fail (index < self->keyframes->len, NULL);
  return self->keyframes->pdata[index];
}

gboolean
mms_timeline_get_keyframe_events (MmsTimeline *self,
                                  guint        index,
                                  guint       *first,
                                  guint       *last)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (!self->captured || index == 0 || index >= self->keyframes->len)
    return FALSE;
  *first = index == 1 ? 0 : g_array_index (self->ends, guint, index - 1) + 1;
  *last = g_array_index (self->ends, guint, index);
  return TRUE;
}

guint
mms_timeline_get_cursor (MmsTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);
  ensure_keyframes (self);
  return self->cursor;
}

void
mms_timeline_set_cursor (MmsTimeline *self,
                         guint        cursor)
{
  g_return_if_fail (self != NULL);
  ensure_keyframes (self);
  self->cursor = MIN (cursor, self->keyframes->len - 1);
}

gboolean
mms_timeline_at_step_end (MmsTimeline *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  ensure_keyframes (self);
  return self->cursor + 1 >= self->keyframes->len;
}

gboolean
mms_timeline_step_over (MmsTimeline  *self,
                        GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (mms_runner_is_done (self->runner))
    return TRUE;
  return capture_step (self, error);
}

gboolean
mms_timeline_goto (MmsTimeline  *self,
                   guint         n,
                   gboolean      capture,
                   GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  n = MIN (n, mms_runner_get_n_steps (self->runner));
  if (capture && n > 0)
    {
      if (!mms_runner_goto (self->runner, n - 1, error))
        {
          capture_final (self);
          return FALSE;
        }
      return capture_step (self, error);
    }
  if (!mms_runner_goto (self->runner, n, error))
    {
      capture_final (self);
      return FALSE;
    }
  capture_final (self);
  return TRUE;
}

gboolean
mms_timeline_event_forward (MmsTimeline  *self,
                            GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  ensure_keyframes (self);
  if (self->cursor + 1 < self->keyframes->len)
    {
      self->cursor++;
      return TRUE;
    }
  if (mms_runner_is_done (self->runner))
    return FALSE;
  if (!capture_step (self, error))
    return FALSE;
  self->cursor = MIN (1, self->keyframes->len - 1);
  return TRUE;
}

gboolean
mms_timeline_event_back (MmsTimeline  *self,
                         GError      **error)
{
  guint step;

  g_return_val_if_fail (self != NULL, FALSE);

  ensure_keyframes (self);
  step = mms_runner_get_position (self->runner);
  if (!self->captured && step > 0)
    {
      /* Only the final state is known: capture the step's events first. */
      if (!mms_timeline_goto (self, step, TRUE, error))
        return FALSE;
    }
  if (self->cursor > 0)
    {
      self->cursor--;
      return TRUE;
    }
  if (step == 0)
    return FALSE;
  /* Keyframe 0 is the previous step's end: go to the event before it. */
  if (!mms_timeline_goto (self, step - 1, TRUE, error))
    return FALSE;
  if (self->cursor > 0 && step - 1 > 0)
    self->cursor--;
  return TRUE;
}

gboolean
mms_timeline_rebuild (MmsTimeline  *self,
                      GError      **error)
{
  guint step, cursor;
  gboolean inside;

  g_return_val_if_fail (self != NULL, FALSE);

  step = mms_runner_get_position (self->runner);
  inside = self->captured && self->keyframes->len > 1;
  /* At the end stays at the end, however many keyframes there are now. */
  cursor = self->cursor + 1 >= self->keyframes->len ? G_MAXUINT : self->cursor;
  if (!inside || step == 0)
    {
      capture_final (self);
      return TRUE;
    }
  if (!mms_timeline_goto (self, step, TRUE, error))
    return FALSE;
  self->cursor = MIN (cursor, self->keyframes->len - 1);
  return TRUE;
}
