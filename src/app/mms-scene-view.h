/* mms-scene-view.h: a widget that shows a view (or all views) of a runner's
 * state.  It is a thin shell over render/: it builds the scene for its
 * size, paints it, and turns pointer events into hover, selection,
 * tooltips and zoom from the scene's stored geometry. */
#pragma once

#include <gtk/gtk.h>

#include "mms-render.h"

G_BEGIN_DECLS

#define MMS_TYPE_SCENE_VIEW (mms_scene_view_get_type ())

G_DECLARE_FINAL_TYPE (MmsSceneView, mms_scene_view, MMS, SCENE_VIEW, GtkDrawingArea)

GtkWidget *mms_scene_view_new (void);

/* RUNNER is not owned: set NULL before freeing it. */
void mms_scene_view_set_runner (MmsSceneView *self,
                                MmsRunner    *runner);
/* Keeps the current state's scene as the "before" of the next change, so
 * that the next scene highlights what changed. */
void mms_scene_view_snapshot (MmsSceneView *self);
/* Forgets the "before" scene (after a jump). */
void mms_scene_view_clear_snapshot (MmsSceneView *self);
/* The runner's state changed. */
void mms_scene_view_update (MmsSceneView *self);

void mms_scene_view_set_view (MmsSceneView *self,
                              MmsView       view);
MmsView mms_scene_view_get_view (MmsSceneView *self);
void mms_scene_view_set_pid (MmsSceneView *self,
                             gint          pid);
/* The VMA tree view: the maple tree (Linux 6.1+) instead of the rbtree. */
void mms_scene_view_set_maple_tree (MmsSceneView *self,
                                    gboolean      maple_tree);
void mms_scene_view_set_theme (MmsSceneView *self,
                               MmsTheme      theme);
MmsTheme mms_scene_view_get_theme (MmsSceneView *self);
/* Everything MAG times larger, text included (presentation mode): the
 * views are laid out for the widget's size divided by MAG; 1 is normal. */
void mms_scene_view_set_magnification (MmsSceneView *self,
                                       double        mag);
double mms_scene_view_get_magnification (MmsSceneView *self);
/* The scene point at the widget's top-left corner (zoomed in). */
void mms_scene_view_get_scroll (MmsSceneView *self,
                                double       *x,
                                double       *y);
void mms_scene_view_set_zoom (MmsSceneView *self,
                              double        zoom);
double mms_scene_view_get_zoom (MmsSceneView *self);

/* The object selected (clicked), or NULL. */
const char *mms_scene_view_get_selection (MmsSceneView *self);
void mms_scene_view_select (MmsSceneView *self,
                            const char   *object);

/* Shows FRAME (an animation frame, a keyframe) instead of the scene of the
 * runner's state, until set to NULL. */
void mms_scene_view_set_frame (MmsSceneView *self,
                               MmsScene     *frame);
/* Builds SOURCE as this view shows it, at its size (at zoom 1). */
MmsScene *mms_scene_view_build_scene (MmsSceneView         *self,
                                      const MmsSceneSource *source,
                                      MmsScene             *previous);
/* Sets the "before" scene of the next update (mms_scene_view_snapshot's). */
void mms_scene_view_set_previous (MmsSceneView *self,
                                  MmsScene     *previous);

/* The scene on screen (built on demand for the current size). */
MmsScene *mms_scene_view_get_scene (MmsSceneView *self);

G_END_DECLS
