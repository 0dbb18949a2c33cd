/* mms-cli-quiz.c: mmscope-cli quiz, exercises from a scenario.
 *
 *   mmscope-cli quiz FILE --seed N [--count K] [--kinds K1,K2]
 *                   [--format text|json|moodle|pdf] [--answers]
 *                   [--lang en|zh_CN] [-o OUT]
 *
 * The questions come from mms-quiz.c; this file writes them.  text is for
 * reading (with --answers each question's answer and explanation), json
 * for programs (both languages, every answer), moodle Moodle's XML
 * question format (mms-quiz-moodle.c), pdf a worksheet.
 */
#include "mms-config.h"

#include "mms-cli-quiz.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mms-builtin.h"
#include "mms-cli-common.h"
#include "mms-import.h"
#include "mms-i18n.h"
#include "mms-quiz.h"
#include "mms-quiz-format.h"

int
mms_cli_quiz (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *kinds_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *lang_text = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint count = 10;
  gboolean answers = FALSE;
  gboolean zh;
  MmsQuizOptions options = { 0 };
  GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("Choose the questions with seed N"), "N" },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, N_("Ask K questions (default 10)"), "K" },
    { "kinds", 0, 0, G_OPTION_ARG_STRING, &kinds_text,
      N_("Only these kinds of question, separated by commas"), N_("K1,K2") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("text (the default), json, moodle or pdf"), N_("FORMAT") },
    { "answers", 0, 0, G_OPTION_ARG_NONE, &answers, N_("Print the answers too"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text,
      N_("The language of text, moodle and pdf: en or zh_CN (default: the user's)"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT"), N_("OUT") },
    { NULL },
  };
  MmsQuizFormat format = MMS_QUIZ_FORMAT_TEXT;
  const char *lang;

  context = g_option_context_new ("quiz FILE --seed N");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return mms_cli_usage_error ("%s", error->message);
  if (argc < 3)
    return mms_cli_usage_error (_("'%s' needs a scenario FILE"), "quiz");
  if (argc > 3)
    return mms_cli_usage_error (_("unexpected argument '%s'"), argv[3]);
  if (seed_text == NULL)
    return mms_cli_usage_error ("%s", _("'quiz' needs --seed N"));
  if (!g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT64, &options.seed, NULL))
    /* Translators: keep --seed. */
    return mms_cli_usage_error (_("--seed '%s' is not a number, 0 or more"), seed_text);
  if (count < 1)
    return mms_cli_usage_error ("%s", _("--count takes a number of questions, 1 or more"));
  options.count = count;
  if (kinds_text != NULL && !mms_quiz_kinds_parse (kinds_text, &options.kinds, &error))
    return mms_cli_usage_error ("%s", error->message);
  if (format_text != NULL && !mms_quiz_format_from_name (format_text, &format))
    /* Translators: keep the format names. */
    return mms_cli_usage_error (_("--format '%s': use text, json, moodle or pdf"), format_text);
  if (format == MMS_QUIZ_FORMAT_PDF && output == NULL)
    return mms_cli_usage_error ("%s", _("--format pdf needs -o OUT"));
  lang = lang_text;
  if (lang == NULL)
    {
      const char *env = g_getenv ("LANGUAGE");
      const char *msgs = setlocale (LC_MESSAGES, NULL);
      zh = (env != NULL && g_str_has_prefix (env, "zh"))
           || (msgs != NULL && g_str_has_prefix (msgs, "zh"));
    }
  else if (g_str_equal (lang, "zh_CN"))
    zh = TRUE;
  else if (g_str_equal (lang, "en"))
    zh = FALSE;
  else
    return mms_cli_usage_error (_("--lang '%s': use en or zh_CN"), lang);

  scenario = mms_scenario_open (argv[2], &error);
  if (scenario == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_INPUT;
    }
  questions = mms_quiz_generate_bilingual (scenario, &options, &error);
  if (questions == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_INPUT;
    }
  /* The messages around the questions in the quiz's language. */
  mms_i18n_set_language (zh ? "zh_CN" : "en");

  bytes = mms_quiz_format (scenario, questions, format, zh, answers, &error);
  mms_i18n_set_language (NULL);
  if (bytes == NULL)
    {
      fprintf (stderr, "mmscope-cli: error: %s\n", error->message);
      return EXIT_INPUT;
    }
  if (output == NULL)
    {
      fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
      fflush (stdout);
      return EXIT_OK;
    }
  if (!mms_import_write_atomic (output, g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes), &error))
    {
      fprintf (stderr, "mmscope-cli: error: %s\n", error->message);
      return EXIT_INPUT;
    }
  return EXIT_OK;
}
