/* mms-lexer.c: the tokenizer of the scenario language.
 *
 * The text is cut into lines at '\n'; a '\r' just before the '\n' (CRLF) is
 * dropped with it, and any other '\r' counts as a space.  A UTF-8 byte order
 * mark at the very start of the text is skipped.
 *
 * Each line is first checked as a whole, in one pass (so that nothing is
 * quadratic): its length, then that it is UTF-8 without NUL bytes or control
 * characters.  Only then is it cut into tokens:
 *
 *   word     a run of characters other than space, tab, '#' and '"'
 *   string   "..." with the escapes \" and \\ (and no others)
 *   option   word=word or word="string"
 *
 * A '#' outside a string starts a comment that runs to the end of the line.
 * A string must be followed by a space, a comment or the end of the line.
 *
 * Columns count code points from 1 (see mms-lexer-private.h).
 */
#include <string.h>

#include "mms-lexer-private.h"

struct _MmsLexer
{
  char *filename;
  const char *text;
  gsize length;
  gsize pos;      /* byte offset of the next line */
  guint line;     /* number of the last line read */
};

/* A position inside the line being tokenized. */
typedef struct
{
  const char *line;
  gsize len;
  guint number;
  gsize off;      /* byte offset in the line */
  guint col;      /* column of off */
} Cursor;

MmsLexer *
mms_lexer_new (const char *filename,
               const char *text,
               gsize       length)
{
  MmsLexer *lexer;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  lexer = g_new0 (MmsLexer, 1);
  lexer->filename = g_strdup (filename != NULL ? filename : "<input>");
  lexer->text = text;
  lexer->length = length;

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    lexer->pos = 3;

  return lexer;
}

void
mms_lexer_free (MmsLexer *lexer)
{
  if (lexer == NULL)
    return;

  g_free (lexer->filename);
  g_free (lexer);
}

static void
mms_token_free (MmsToken *token)
{
  g_free (token->key);
  g_free (token->value);
  g_free (token->raw);
  g_free (token);
}

void
mms_line_free (MmsLine *line)
{
  if (line == NULL)
    return;

  g_clear_pointer (&line->tokens, g_ptr_array_unref);
  g_free (line->text);
  g_free (line);
}

/* The number of code points in N bytes of valid UTF-8. */
static guint
count_chars (const char *p,
             gsize       n)
{
  guint n_chars = 0;

  for (gsize i = 0; i < n; i++)
    if (((guchar) p[i] & 0xc0) != 0x80)
      n_chars++;

  return n_chars;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

static void
cursor_advance (Cursor *cursor,
                gsize   n)
{
  g_assert (cursor->off + n <= cursor->len);

  cursor->col += count_chars (cursor->line + cursor->off, n);
  cursor->off += n;
}

static MmsLoc
cursor_loc (const Cursor *cursor)
{
  MmsLoc loc = { cursor->number, cursor->col };

  return loc;
}

/* Checks a whole line: length, UTF-8, NUL bytes, control characters. */
static gboolean
check_line (MmsLexer    *lexer,
            const char  *line,
            gsize        len,
            guint        number,
            GError     **error)
{
  const char *bad = NULL;
  MmsLoc loc = { number, 1 };

  if (len > MMS_LEXER_MAX_LINE)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                              lexer->filename, loc,
                              "line is longer than %d bytes",
                              MMS_LEXER_MAX_LINE);
      return FALSE;
    }

  if (g_utf8_validate_len (line, len, &bad))
    bad = line + len;

  /* The control characters C0 (but tab and CR), DEL and C1. */
  for (const char *p = line; p < bad; p++)
    {
      guchar c = (guchar) *p;
      gunichar ch = 0;

      if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
        ch = c;
      else if (c == 0xc2 && p + 1 < bad
               && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f)
        ch = (guchar) p[1];
      else
        continue;

      loc.column = count_chars (line, p - line) + 1;
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                              lexer->filename, loc,
                              "control character U+%04X in scenario", ch);
      return FALSE;
    }

  if (bad < line + len)
    {
      loc.column = count_chars (line, bad - line) + 1;
      if (*bad == '\0')
        mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                lexer->filename, loc,
                                "NUL byte in scenario");
      else
        mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                lexer->filename, loc,
                                "invalid UTF-8 (byte 0x%02X)", (guchar) *bad);
      return FALSE;
    }

  return TRUE;
}

/* Reads a quoted string at the cursor (on its opening quote) into OUT. */
static gboolean
lex_string (MmsLexer  *lexer,
            Cursor    *cursor,
            GString   *out,
            GError   **error)
{
  MmsLoc open = cursor_loc (cursor);

  g_assert (cursor->line[cursor->off] == '"');
  cursor_advance (cursor, 1);

  for (;;)
    {
      char c;

      if (cursor->off >= cursor->len)
        break;

      c = cursor->line[cursor->off];
      if (c == '"')
        {
          cursor_advance (cursor, 1);
          return TRUE;
        }

      if (c == '\\')
        {
          const char *next;
          const char *after;

          if (cursor->off + 1 >= cursor->len)
            break;

          next = cursor->line + cursor->off + 1;
          if (*next != '"' && *next != '\\')
            {
              after = g_utf8_next_char (next);
              mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                      lexer->filename, cursor_loc (cursor),
                                      "unknown escape '\\%.*s' in string; "
                                      "only \\\" and \\\\ are allowed",
                                      (int) (after - next), next);
              return FALSE;
            }

          g_string_append_c (out, *next);
          cursor_advance (cursor, 2);
          continue;
        }

      g_string_append_c (out, c);
      cursor_advance (cursor, 1);
    }

  mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                          lexer->filename, open, "unterminated string");
  return FALSE;
}

/* Reads one token at the cursor, which is on a character that starts one. */
static MmsToken *
lex_token (MmsLexer  *lexer,
           Cursor    *cursor,
           GError   **error)
{
  g_autoptr(GString) string = NULL;
  MmsToken *token;
  gsize start = cursor->off;
  MmsLoc loc = cursor_loc (cursor);
  MmsLoc value_loc = loc;
  const char *eq = NULL;
  gsize word_stop;

  if (cursor->line[cursor->off] != '"')
    {
      while (cursor->off < cursor->len
             && !is_space (cursor->line[cursor->off])
             && cursor->line[cursor->off] != '#'
             && cursor->line[cursor->off] != '"')
        cursor_advance (cursor, 1);

      eq = memchr (cursor->line + start, '=', cursor->off - start);
      if (eq == cursor->line + start)
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                  lexer->filename, loc,
                                  "missing option name before '='");
          return NULL;
        }

      if (eq != NULL)
        value_loc.column += count_chars (cursor->line + start,
                                         eq + 1 - (cursor->line + start));

      if (cursor->off < cursor->len && cursor->line[cursor->off] == '"'
          && (eq == NULL || eq + 1 != cursor->line + cursor->off))
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                  lexer->filename, cursor_loc (cursor),
                                  "unexpected '\"' in the middle of a word");
          return NULL;
        }
    }
  word_stop = cursor->off;

  if (cursor->off < cursor->len && cursor->line[cursor->off] == '"')
    {
      string = g_string_new (NULL);
      value_loc = cursor_loc (cursor);
      if (!lex_string (lexer, cursor, string, error))
        return NULL;

      if (cursor->off < cursor->len
          && !is_space (cursor->line[cursor->off])
          && cursor->line[cursor->off] != '#')
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                  lexer->filename, cursor_loc (cursor),
                                  "expected a space after the closing quote");
          return NULL;
        }
    }

  token = g_new0 (MmsToken, 1);
  token->raw = g_strndup (cursor->line + start, cursor->off - start);
  token->loc = loc;
  token->value_loc = value_loc;
  token->end = cursor_loc (cursor);
  token->start = start;
  token->stop = cursor->off;
  token->quoted = string != NULL;

  if (eq != NULL)
    token->key = g_strndup (cursor->line + start, eq - (cursor->line + start));

  if (string != NULL)
    token->value = g_string_free (g_steal_pointer (&string), FALSE);
  else if (eq != NULL)
    token->value = g_strndup (eq + 1, cursor->line + word_stop - (eq + 1));
  else
    token->value = g_strndup (cursor->line + start, word_stop - start);

  return token;
}

static GPtrArray *
lex_line (MmsLexer    *lexer,
          const char  *line,
          gsize        len,
          guint        number,
          GError     **error)
{
  g_autoptr(GPtrArray) tokens = NULL;
  Cursor cursor = { line, len, number, 0, 1 };

  tokens = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_token_free);

  for (;;)
    {
      MmsToken *token;

      while (cursor.off < len && is_space (line[cursor.off]))
        cursor_advance (&cursor, 1);

      if (cursor.off >= len || line[cursor.off] == '#')
        break;

      token = lex_token (lexer, &cursor, error);
      if (token == NULL)
        return NULL;

      g_ptr_array_add (tokens, token);
    }

  return g_steal_pointer (&tokens);
}

MmsLine *
mms_lexer_next_line (MmsLexer  *lexer,
                     GError   **error)
{
  g_return_val_if_fail (lexer != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  while (lexer->pos < lexer->length)
    {
      g_autoptr(GPtrArray) tokens = NULL;
      const char *start = lexer->text + lexer->pos;
      gsize avail = lexer->length - lexer->pos;
      const char *nl = memchr (start, '\n', avail);
      gsize len = nl != NULL ? (gsize) (nl - start) : avail;
      MmsToken *first;
      MmsToken *last;
      MmsLine *line;

      lexer->pos += nl != NULL ? len + 1 : len;
      lexer->line++;

      if (nl != NULL && len > 0 && start[len - 1] == '\r')
        len--;

      if (!check_line (lexer, start, len, lexer->line, error))
        return NULL;

      tokens = lex_line (lexer, start, len, lexer->line, error);
      if (tokens == NULL)
        return NULL;

      if (tokens->len == 0)
        continue;

      first = g_ptr_array_index (tokens, 0);
      last = g_ptr_array_index (tokens, tokens->len - 1);

      line = g_new0 (MmsLine, 1);
      line->number = lexer->line;
      line->text = g_strndup (start + first->start, last->stop - first->start);
      line->end = last->end;
      line->tokens = g_steal_pointer (&tokens);

      return line;
    }

  return NULL;
}
