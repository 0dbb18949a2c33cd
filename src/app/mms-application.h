/* mms-application.h: the GtkApplication (io.github.mmscope.Mmscope). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MMS_TYPE_APPLICATION (mms_application_get_type ())

G_DECLARE_FINAL_TYPE (MmsApplication, mms_application, MMS, APPLICATION, GtkApplication)

MmsApplication *mms_application_new (void);

/* The scenario opened when the command line names none. */
#define MMS_DEFAULT_SCENARIO "fork-cow"

G_END_DECLS
