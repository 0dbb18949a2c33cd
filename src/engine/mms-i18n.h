/* mms-i18n.h: gettext for the whole tree.  Include mms-config.h first. */
#pragma once

#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

/* Binds the text domain to the installed catalogues, or to the build
 * tree's when running uninstalled; call once from main(). */
void mms_i18n_init (void);

G_END_DECLS
