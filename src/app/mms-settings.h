/* mms-settings.h: the application's GSettings (io.github.mmscope.Mmscope). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The settings, or NULL when the schema is installed nowhere (an
 * uninstalled run finds the build tree's compiled schema).  Owned by the
 * program: do not unref. */
GSettings *mms_settings_get (void);

G_END_DECLS
