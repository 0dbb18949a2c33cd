/* mms-window-extras.h: the window's classroom and desktop actions.
 *
 *   win.export        Ctrl+E   the Export dialog
 *   win.presentation  F5       presentation mode (stateful)
 *   win.preferences   Ctrl+,   the Preferences dialog
 *   win.about                  the About dialog
 *   win.show-help-overlay Ctrl+?  the shortcuts window (ui/mms-shortcuts.ui),
 *                              one for the whole application
 *
 * and the settings the window follows (theme, animation-speed). */
#pragma once

#include "mms-window.h"

G_BEGIN_DECLS

/* Adds the actions, their menu items and presentation mode to SELF; the
 * end of mms_window_init() calls it. */
void mms_window_extras_install (MmsWindow *self);

/* The accelerators of those actions, and the language setting; the
 * application's startup calls it. */
void mms_window_extras_startup (GtkApplication *app);

/* Opens the About dialog over PARENT. */
void mms_show_about (GtkWindow *parent);

G_END_DECLS
