/* mms-i18n.h: gettext for the whole tree.  Include mms-config.h first. */
#pragma once

#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

/* Binds the text domain to the installed catalogues, or to the build
 * tree's when running uninstalled; call once from main(). */
void mms_i18n_init (void);

/* Chooses the language of the messages from now on: "zh_CN", "en", or
 * "" (or NULL) to follow the system again (the LANGUAGE the program was
 * started with, else the locale).  It sets LANGUAGE and makes gettext
 * look its catalogues up again: every string translated after the call
 * is in the new language; widgets already built keep their text until
 * they are rebuilt.  Call from the main thread. */
void mms_i18n_set_language (const char *language);

/* A translation kept for as long as the language stays the one it was
 * made in: code that prints the same message many times translates it
 * once (gettext takes about a microsecond a call).  Zero-initialise it. */
typedef struct
{
  guint serial;             /* the language's serial when text was made */
  const char *text;         /* NULL: not translated yet */
} MmsI18nCache;

/* The translation of MSGID (mark it with N_()), from CACHE unless the
 * language changed since CACHE was filled. */
const char *mms_i18n_cached (MmsI18nCache *cache,
                             const char   *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
