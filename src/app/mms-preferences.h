/* mms-preferences.h: the Preferences dialog (win.preferences, Ctrl+,),
 * every control bound to a key of the settings. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MMS_TYPE_PREFERENCES (mms_preferences_get_type ())

G_DECLARE_FINAL_TYPE (MmsPreferences, mms_preferences, MMS, PREFERENCES, GtkDialog)

MmsPreferences *mms_preferences_new (GtkWindow *parent);

G_END_DECLS
