/* mms-animation.h: the scenes between two scenes.
 *
 * An animation blends the scene before an event into the scene after it,
 * element by element, matched by id (mms-element.h): an element in both
 * moves, resizes and changes colour; one that appears fades in from where
 * it comes from; one that disappears fades out towards where it goes.  The
 * event tells where that is, and adds what only exists in between: the
 * arrow of a copy-on-write copy, a page flying out to swap and back.
 *
 * At t = 0 the frame holds exactly the elements of the scene before (ids,
 * rectangles, colours), at t = 1 exactly those of the scene after.  No GTK
 * here: the window plays frames on its frame clock, tests check them.
 */
#pragma once

#include "mms-scene.h"
#include "mms-event.h"

G_BEGIN_DECLS

typedef struct _MmsAnimation MmsAnimation;

/* Cubic ease-in-out: 0 -> 0, 1 -> 1, slow at both ends. */
double mms_animation_ease (double t);

/* BEFORE and AFTER are referenced; EVENT (may be NULL) is copied. */
MmsAnimation *mms_animation_new (MmsScene       *before,
                                 MmsScene       *after,
                                 const MmsEvent *event);
void mms_animation_free (MmsAnimation *animation);

MmsScene *mms_animation_get_before (MmsAnimation *animation);
MmsScene *mms_animation_get_after (MmsAnimation *animation);

/* The scene at time T in [0, 1] (eased inside); a new scene, unref it. */
MmsScene *mms_animation_get_frame (MmsAnimation *animation,
                                   double        t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsAnimation, mms_animation_free)

G_END_DECLS
