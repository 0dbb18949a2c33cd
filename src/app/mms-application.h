/* mms-application.h: the GtkApplication (io.github.mmscope.Mmscope). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MMS_TYPE_APPLICATION (mms_application_get_type ())

G_DECLARE_FINAL_TYPE (MmsApplication, mms_application, MMS, APPLICATION, GtkApplication)

MmsApplication *mms_application_new (void);

/* g_get_monotonic_time() when the application was created, for the
 * start-to-first-frame figure (MMSCOPE_FIRST_FRAME_EXIT=1 makes the first
 * frame print it and quit). */
gint64 mms_application_get_start_time (MmsApplication *self);

/* The scenario opened when the command line names none. */
#define MMS_DEFAULT_SCENARIO "fork-cow"

G_END_DECLS
