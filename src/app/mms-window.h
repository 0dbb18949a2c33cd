/* mms-window.h: the main window: a scenario, its step controls and
 * narration, and the views.  Everything it can do is a GAction of the
 * window (win.step, win.back, win.reset, win.go-end, win.play,
 * win.open-builtin(s), win.open-file(s), win.goto-step(u), win.view(s),
 * win.process(i), win.dark, win.zoom-in, win.zoom-out, win.zoom-reset,
 * win.open), so that tests drive it as a user would. */
#pragma once

#include <gtk/gtk.h>

#include "mms-application.h"
#include "mms-scene-view.h"

G_BEGIN_DECLS

#define MMS_TYPE_WINDOW (mms_window_get_type ())

G_DECLARE_FINAL_TYPE (MmsWindow, mms_window, MMS, WINDOW, GtkApplicationWindow)

MmsWindow *mms_window_new (MmsApplication *app);

/* Opens TARGET (a .mms path or a built-in scenario's name) at STEP.  On
 * an error, in the file or when it runs (a failed expect, an unbound
 * label), the info bar shows it and the scenario open before stays. */
gboolean mms_window_open (MmsWindow  *self,
                          const char *target,
                          guint       step);

/* Shows ERROR in the info bar; the open scenario stays. */
void mms_window_report_error (MmsWindow    *self,
                              const GError *error);

/* The window's state, for tests. */
const char *mms_window_get_target (MmsWindow *self);
guint mms_window_get_position (MmsWindow *self);
guint mms_window_get_n_steps (MmsWindow *self);
MmsRunner *mms_window_get_runner (MmsWindow *self);
/* The message in the info bar, or NULL when it is hidden. */
const char *mms_window_get_error (MmsWindow *self);
const char *mms_window_get_statement_text (MmsWindow *self);
const char *mms_window_get_note_text (MmsWindow *self);
MmsSceneView *mms_window_get_scene_view (MmsWindow *self);
/* The process switcher's entries, in order ("All processes" first). */
char **mms_window_dup_process_list (MmsWindow *self);

/* Debugger-style stepping: the player, and the console's error shown (or NULL). */
typedef struct _MmsPlayer MmsPlayer;
MmsPlayer *mms_window_get_player (MmsWindow *self);
const char *mms_window_get_console_error (MmsWindow *self);

/* Activates the window action NAME ("win" group) of WIDGET's window with
 * PARAM (floating, consumed; may be NULL).  GTK 3 has no
 * gtk_widget_activate_action (). */
void mms_window_activate_action (GtkWidget  *widget,
                                 const char *name,
                                 GVariant   *param);

/* Called before the user's Step (win.step) runs; TRUE keeps the step from
 * running (exercise mode asks its question first). */
typedef gboolean (*MmsWindowStepFilter) (MmsWindow *window,
                                         gpointer   user_data);
void mms_window_set_step_filter (MmsWindow           *self,
                                 MmsWindowStepFilter  filter,
                                 gpointer             user_data);

/* Runs the next step as Step does, without the filter; FALSE on an error
 * (the info bar shows it) or at the end. */
gboolean mms_window_step (MmsWindow *self);

G_END_DECLS
