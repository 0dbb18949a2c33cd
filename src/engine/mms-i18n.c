/* mms-i18n.c: where the translations are, and which language is used. */
#include "mms-config.h"

#include <locale.h>
#include <string.h>

#include "mms-i18n.h"

#ifdef __GLIBC__
/* glibc's gettext caches its lookups; bumping this counter (documented
 * in the GNU gettext manual, "Being a gettext grok") makes it look the
 * catalogues up again after LANGUAGE changed. */
extern int _nl_msg_cat_cntr;
#endif

/* LANGUAGE as the user started us, for mms_i18n_set_language (""). */
static char *startup_language;
static gboolean startup_language_saved;

/* Bumped by every mms_i18n_set_language (). */
static guint language_serial;

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || *name == '\0' || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

/* The locale the environment asks for messages, as setlocale reads it. */
static const char *
requested_messages_locale (void)
{
  static const char * const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      const char *value = g_getenv (vars[i]);
      if (value != NULL && *value != '\0')
        return value;
    }
  return NULL;
}

/* The user asked for a language (LANG=zh_CN.UTF-8) whose locale is not
 * generated on this machine: setlocale fell back to "C", where gettext
 * ignores every translation.  Use C.UTF-8 instead, which every Debian
 * has and where gettext honours LANGUAGE, and say the language there.
 * LC_ALL is set in the environment too because gtk_init calls
 * setlocale (LC_ALL, "") again. */
static void
fall_back_for_missing_locale (void)
{
  const char *current = setlocale (LC_MESSAGES, NULL);
  const char *wanted = requested_messages_locale ();
  g_autofree char *lang = NULL;

  if (!is_c_locale (current) || is_c_locale (wanted) || g_str_has_prefix (wanted, "C.")
      || g_str_has_prefix (wanted, "en"))
    return;
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    return;
  lang = g_strndup (wanted, strcspn (wanted, ".@"));
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  if (g_getenv ("LANGUAGE") == NULL || *g_getenv ("LANGUAGE") == '\0')
    g_setenv ("LANGUAGE", lang, TRUE);
}

void
mms_i18n_init (void)
{
  g_autofree char *installed = g_build_filename (MMS_LOCALEDIR, "zh_CN", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);
  const char *dir = MMS_LOCALEDIR;

  if (!startup_language_saved)
    {
      startup_language = g_strdup (g_getenv ("LANGUAGE"));
      startup_language_saved = TRUE;
    }
  fall_back_for_missing_locale ();

  /* Uninstalled (tests, tools/dev): the build tree's copy. */
  if (!g_file_test (installed, G_FILE_TEST_EXISTS)
      && g_file_test (MMS_BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    dir = MMS_BUILD_LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* GLib decides once, at the first g_dgettext(), whether to translate
   * at all: not when textdomain() was set and the locale (C.UTF-8, or
   * a language we have no catalogue for) gives no catalogue.  Decide it
   * now, before textdomain(), so that choosing a language later in the
   * preferences still works. */
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  textdomain (GETTEXT_PACKAGE);
}

void
mms_i18n_set_language (const char *language)
{
  if (!startup_language_saved)
    {
      startup_language = g_strdup (g_getenv ("LANGUAGE"));
      startup_language_saved = TRUE;
    }

  if (language == NULL || *language == '\0')
    {
      /* Follow the system again. */
      if (startup_language != NULL)
        g_setenv ("LANGUAGE", startup_language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
    }
  else
    {
      g_setenv ("LANGUAGE", language, TRUE);
      /* Under the "C" locale gettext ignores LANGUAGE; C.UTF-8 is the
       * same locale for everything else and lets LANGUAGE work. */
      if (!g_str_equal (language, "en") && !g_str_has_prefix (language, "en_")
          && is_c_locale (setlocale (LC_MESSAGES, NULL)))
        setlocale (LC_MESSAGES, "C.UTF-8");
    }

#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif
  language_serial++;
}

const char *
mms_i18n_cached (MmsI18nCache *cache,
                 const char   *msgid)
{
  if (cache->text == NULL || cache->serial != language_serial)
    {
      cache->text = g_dgettext (GETTEXT_PACKAGE, msgid);
      cache->serial = language_serial;
    }
  return cache->text;
}
