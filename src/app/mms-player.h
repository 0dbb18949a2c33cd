/* mms-player.h: steps through a runner as a debugger does, and animates.
 *
 * The player owns an MmsTimeline (render/) over the window's runner and
 * plays its keyframes on the scene view's frame clock: each event of a
 * step is interpolated from the scene before it to the scene after it
 * (MmsAnimation), eased, at 60 frames per second.  Going back is time
 * travel through mms_runner_goto ().  "changed" is emitted whenever what
 * the window shows about the position (step, event, narration) changed.
 */
#pragma once

#include "mms-scene-view.h"

G_BEGIN_DECLS

#define MMS_TYPE_PLAYER (mms_player_get_type ())

G_DECLARE_FINAL_TYPE (MmsPlayer, mms_player, MMS, PLAYER, GObject)

MmsPlayer *mms_player_new (MmsSceneView *view);

/* RUNNER is not owned: set NULL before freeing it.  Enables its time
 * travel. */
void mms_player_set_runner (MmsPlayer *self,
                            MmsRunner *runner);
MmsTimeline *mms_player_get_timeline (MmsPlayer *self);

gboolean mms_player_step_over (MmsPlayer  *self,
                               GError    **error);
gboolean mms_player_step_into (MmsPlayer  *self,
                               GError    **error);
gboolean mms_player_event_back (MmsPlayer  *self,
                                GError    **error);
gboolean mms_player_step_back (MmsPlayer  *self,
                               GError    **error);
gboolean mms_player_goto (MmsPlayer  *self,
                          guint       step,
                          GError    **error);
/* The view's size or options changed: the keyframes are built again. */
void mms_player_rebuild (MmsPlayer *self);

/* Seconds one step's animation lasts (the speed control). */
void mms_player_set_speed (MmsPlayer *self,
                           double     seconds_per_step);
/* Whether steps animate at all ("skip animation" when FALSE). */
void mms_player_set_animate (MmsPlayer *self,
                             gboolean   animate);
gboolean mms_player_get_animate (MmsPlayer *self);
/* Ends the animation under way: the view shows where it was going. */
void mms_player_skip (MmsPlayer *self);
gboolean mms_player_is_animating (MmsPlayer *self);

void mms_player_set_playing (MmsPlayer *self,
                             gboolean   playing);
gboolean mms_player_get_playing (MmsPlayer *self);

/* The keyframe shown (or being animated to) and how many the step has. */
guint mms_player_get_event (MmsPlayer *self);
guint mms_player_get_n_events (MmsPlayer *self);
/* The sentence of the event shown (mms_event_describe), or NULL. */
char *mms_player_describe_event (MmsPlayer *self);
/* Its call chain (handle_mm_fault → ...), or NULL. */
char *mms_player_get_call_chain (MmsPlayer *self);

G_END_DECLS
