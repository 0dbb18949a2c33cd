/* mms-test-gui.h: what the GUI tests share (they run under Xvfb). */
#pragma once

#include <gtk/gtk.h>

#include "mms-application.h"
#include "mms-window.h"

G_BEGIN_DECLS

/* g_test_init () and gtk_init_check () with the settings in memory; the
 * registered application, or NULL (the test skipped: exit with 77) when
 * there is no display. */
MmsApplication *mms_test_gui_init (int    *argc,
                                   char ***argv);

/* Runs the main loop until nothing is pending. */
void mms_test_gui_flush (void);

/* Activates WINDOW's ACTION (it must exist) with PARAM, then flushes. */
void mms_test_gui_activate (MmsWindow  *window,
                            const char *action,
                            GVariant   *param);

G_END_DECLS
