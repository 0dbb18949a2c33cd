/* mms-process-open.h: "Open running process…": a live process's address
 * space, read from /proc, as a scenario in the window. */
#pragma once

#include "mms-window.h"

G_BEGIN_DECLS

/* Adds win.open-process(i), win.open-process-dialog and
 * win.refresh-process to SELF. */
void mms_process_open_install (MmsWindow *self);

/* Snapshots PID into a scenario file under the user cache folder and
 * opens it at its last step.  FALSE (the info bar says why, and the open
 * scenario stays) when the process is gone or /proc refuses. */
gboolean mms_window_open_process (MmsWindow *self,
                                  gint       pid);

G_END_DECLS
