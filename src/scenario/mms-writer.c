/* mms-writer.c: an MmsScenario back to the text of a .mms file.
 *
 * The window's console appends steps to the open scenario; saving the
 * session writes it out again.  Statements and expect lines keep their
 * source text (MmsStmt.text, MmsExpect.text); the header is rebuilt from
 * its fields, so comments and blank lines of the original are not kept.
 * Parsing the result gives the same steps, notes and checks.
 */
#include "mms-config.h"

#include "mms-scenario.h"

#include <string.h>

static void
append_size (GString *out,
             guint64  bytes)
{
  if (bytes != 0 && bytes % (G_GUINT64_CONSTANT (1) << 30) == 0)
    g_string_append_printf (out, "%" G_GUINT64_FORMAT "G", bytes >> 30);
  else if (bytes != 0 && bytes % (1 << 20) == 0)
    g_string_append_printf (out, "%" G_GUINT64_FORMAT "M", bytes >> 20);
  else if (bytes != 0 && bytes % 1024 == 0)
    g_string_append_printf (out, "%" G_GUINT64_FORMAT "K", bytes >> 10);
  else
    g_string_append_printf (out, "%" G_GUINT64_FORMAT, bytes);
}

/* A quoted string: the lexer undoes \" and \\. */
static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *s = text; *s != '\0'; s++)
    {
      if (*s == '"' || *s == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

static void
append_notes (GString    *out,
              const char *note,
              const char *note_zh_CN)
{
  if (note != NULL)
    {
      g_string_append (out, "note ");
      append_quoted (out, note);
      g_string_append_c (out, '\n');
    }
  if (note_zh_CN != NULL)
    {
      g_string_append (out, "note.zh_CN ");
      append_quoted (out, note_zh_CN);
      g_string_append_c (out, '\n');
    }
}

static void
append_expects (GString     *out,
                MmsScenario *scenario,
                guint        after_step)
{
  for (guint i = 0; i < scenario->expects->len; i++)
    {
      const MmsExpect *expect = scenario->expects->pdata[i];

      if (expect->after_step == after_step)
        g_string_append_printf (out, "%s\n", expect->text);
    }
  /* The ask lines as written (their question included), each with its
   * Chinese words. */
  for (guint i = 0; i < scenario->asks->len; i++)
    {
      const MmsAsk *ask = scenario->asks->pdata[i];

      if (ask->check.after_step != after_step)
        continue;
      g_string_append_printf (out, "%s\n", ask->check.text);
      if (ask->question_zh_CN != NULL)
        {
          g_string_append (out, "ask.zh_CN ");
          append_quoted (out, ask->question_zh_CN);
          g_string_append_c (out, '\n');
        }
    }
}

char *
mms_scenario_to_text (MmsScenario *scenario)
{
  static const char * const arch_names[] = { "x86_64", "i386", "i386-legacy" };
  GString *out;

  g_return_val_if_fail (scenario != NULL, NULL);

  out = g_string_new (NULL);
  if (scenario->title != NULL)
    {
      g_string_append (out, "title ");
      append_quoted (out, scenario->title);
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "machine arch=%s ram=",
                          (guint) scenario->arch < G_N_ELEMENTS (arch_names) ? arch_names[scenario->arch] : "x86_64");
  append_size (out, scenario->ram);
  if (scenario->swap != 0)
    {
      g_string_append (out, " swap=");
      append_size (out, scenario->swap);
    }
  if (scenario->reserve != 0)
    {
      g_string_append (out, " reserve=");
      append_size (out, scenario->reserve);
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < scenario->files->len; i++)
    {
      const MmsFileDecl *decl = scenario->files->pdata[i];

      g_string_append_printf (out, "file %s size=", decl->name);
      append_size (out, decl->size);
      if (decl->path != NULL)
        {
          g_string_append (out, " path=");
          append_quoted (out, decl->path);
        }
      g_string_append_c (out, '\n');
    }
  append_expects (out, scenario, 0);

  for (guint i = 0; i < scenario->steps->len; i++)
    {
      const MmsStmt *stmt = scenario->steps->pdata[i];

      g_string_append_c (out, '\n');
      append_notes (out, stmt->note, stmt->note_zh_CN);
      g_string_append_printf (out, "%s\n", stmt->text);
      append_expects (out, scenario, stmt->index);
    }
  if (scenario->trailing_note != NULL || scenario->trailing_note_zh_CN != NULL)
    {
      g_string_append_c (out, '\n');
      append_notes (out, scenario->trailing_note, scenario->trailing_note_zh_CN);
    }
  return g_string_free (out, FALSE);
}
