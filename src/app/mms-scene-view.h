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
void mms_scene_view_set_theme (MmsSceneView *self,
                               MmsTheme      theme);
void mms_scene_view_set_zoom (MmsSceneView *self,
                              double        zoom);
double mms_scene_view_get_zoom (MmsSceneView *self);

/* The object selected (clicked), or NULL. */
const char *mms_scene_view_get_selection (MmsSceneView *self);
void mms_scene_view_select (MmsSceneView *self,
                            const char   *object);

/* The scene on screen (built on demand for the current size). */
MmsScene *mms_scene_view_get_scene (MmsSceneView *self);

G_END_DECLS
