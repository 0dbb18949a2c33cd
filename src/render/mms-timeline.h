/* mms-timeline.h: a runner seen event by event, as in a debugger.
 *
 * The engine cannot stop in the middle of a step, so the timeline keeps
 * what each event left behind instead: while it runs a step it builds the
 * scene after each event (keyframes), from the runner's event callback,
 * where the machine is consistent.  Keyframe 0 is the state before the
 * step, the last one the state after it; a cursor says which one shows.
 * Moving the cursor inside a step costs nothing; going to another step
 * goes through mms_runner_goto () (checkpoints and replay, never reverse
 * logic) and, when that step's events are wanted, runs it once more while
 * capturing.
 *
 * A step with very many events (more than the keyframe limit, 240 by
 * default) is coalesced: the timeline starts with a keyframe per event and,
 * each time the limit is reached, keeps every other keyframe and builds
 * only every other one from then on, so a keyframe may stand for a run of
 * events (at most about twice as many as the limit's share).  Building
 * also stops after a time budget (250 ms by default), and the step's last
 * keyframe is then the state after the whole rest of it.
 */
#pragma once

#include "mms-scene.h"
#include "mms-view.h"

G_BEGIN_DECLS

typedef struct _MmsTimeline MmsTimeline;

/* Builds the scene to show for SOURCE; PREVIOUS (may be NULL) is the
 * scene before the step, for marking what changed. */
typedef MmsScene *(*MmsTimelineBuildFunc) (const MmsSceneSource *source,
                                           MmsScene             *previous,
                                           gpointer              user_data);

/* RUNNER is not owned and must outlive the timeline; the timeline sets its
 * event function. */
MmsTimeline *mms_timeline_new (MmsRunner *runner);
void mms_timeline_free (MmsTimeline *timeline);

void mms_timeline_set_build_func (MmsTimeline          *timeline,
                                  MmsTimelineBuildFunc  func,
                                  gpointer              user_data);
void mms_timeline_set_max_keyframes (MmsTimeline *timeline,
                                     guint        max_keyframes);
/* Milliseconds of scene building allowed per step (0: no limit). */
void mms_timeline_set_budget (MmsTimeline *timeline,
                              guint        budget_ms);

MmsRunner *mms_timeline_get_runner (MmsTimeline *timeline);
/* The step shown (the runner's position). */
guint mms_timeline_get_step (MmsTimeline *timeline);

/* Keyframes of the step shown: 1 when its events were not captured (only
 * the state after it), else 1 + the number of (possibly coalesced) events. */
guint mms_timeline_get_n_keyframes (MmsTimeline *timeline);
MmsScene *mms_timeline_get_keyframe (MmsTimeline *timeline,
                                     guint        index);
/* The events that lead to keyframe INDEX (>= 1): [*first, *last] in the
 * step's events; FALSE for keyframe 0 or when not captured. */
gboolean mms_timeline_get_keyframe_events (MmsTimeline *timeline,
                                           guint        index,
                                           guint       *first,
                                           guint       *last);
guint mms_timeline_get_cursor (MmsTimeline *timeline);
void mms_timeline_set_cursor (MmsTimeline *timeline,
                              guint        cursor);
/* Whether the cursor shows the state after the whole step. */
gboolean mms_timeline_at_step_end (MmsTimeline *timeline);

/* Runs the next step, capturing its events; the cursor goes to its end. */
gboolean mms_timeline_step_over (MmsTimeline  *timeline,
                                 GError      **error);
/* Goes to the state after step N.  With CAPTURE the events of step N are
 * captured (the cursor at its end), else only the final state is. */
gboolean mms_timeline_goto (MmsTimeline  *timeline,
                            guint         n,
                            gboolean      capture,
                            GError      **error);
/* One keyframe forward: the next event, into the next step if need be.
 * FALSE when there is nothing after. */
gboolean mms_timeline_event_forward (MmsTimeline  *timeline,
                                     GError      **error);
/* One keyframe back, into the previous step if need be. */
gboolean mms_timeline_event_back (MmsTimeline  *timeline,
                                  GError      **error);
/* Forgets the keyframes (the view's size or options changed); the current
 * step is captured again if the cursor was inside it. */
gboolean mms_timeline_rebuild (MmsTimeline  *timeline,
                               GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsTimeline, mms_timeline_free)

G_END_DECLS
