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
 *
 * Nothing is allocated per line or per token: the lexer keeps one token
 * array and one string buffer, which grow to the longest line seen and are
 * reused for every line.  The line is copied into the buffer once, and each
 * token's raw text is cut out of that copy by a NUL written over the space
 * (or '#') that follows it; a word's value is its raw text, an option's
 * unquoted value the tail of it.  Only keys and quoted strings take copies
 * of their own.  Before a line is cut, the buffer is made large enough for
 * all of that and the line's text (at most 5 bytes per byte of the line),
 * so that pointers into it stay valid while the line is cut.
 *
 * Most scenarios are ASCII.  A line of printable ASCII (which is_plain ()
 * tells eight bytes at a time) needs no further check, and on it a column
 * is the byte offset plus one; such a line without a quote is cut by a
 * simpler loop, lex_plain_line ().
 */
#include <string.h>

#include "mms-lexer-private.h"

struct _MmsLexer
{
  char *filename;
  const char *text;
  gsize length;
  gsize pos;          /* byte offset of the next line */
  guint line;         /* number of the last line read */

  MmsLine current;    /* the line returned last */
  MmsToken *tokens;   /* its tokens, room for n_tokens_max */
  guint n_tokens_max;
  char *buf;          /* the strings of its tokens and its text */
  gsize buf_size;
  gsize buf_used;
  char *copy;         /* the line's copy in buf, cut into raw tokens */
};

/* A position inside the line being tokenized. */
typedef struct
{
  const char *line;
  gsize len;
  guint number;
  gsize off;          /* byte offset in the line */
  guint col;          /* column of off */
  gboolean ascii;     /* the line is ASCII: columns are bytes */
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
  g_free (lexer->tokens);
  g_free (lexer->buf);
  g_free (lexer);
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

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

static inline void
cursor_advance (Cursor *cursor,
                gsize   n)
{
  g_assert (cursor->off + n <= cursor->len);

  cursor->col += cursor->ascii ? n : count_chars (cursor->line + cursor->off, n);
  cursor->off += n;
}

static inline MmsLoc
cursor_loc (const Cursor *cursor)
{
  MmsLoc loc = { cursor->number, cursor->col };

  return loc;
}

/* Copies N bytes at P into the line's buffer, NUL-terminated. */
static inline const char *
buf_add (MmsLexer   *lexer,
         const char *p,
         gsize       n)
{
  char *copy = lexer->buf + lexer->buf_used;

  g_assert (lexer->buf_used + n + 1 <= lexer->buf_size);

  memcpy (copy, p, n);
  copy[n] = '\0';
  lexer->buf_used += n + 1;
  return copy;
}

/* Whether the LEN bytes at P are printable ASCII, tabs and CRs: then they
 * pass check_line () and their columns are their bytes.  Eight bytes at a
 * time: `low` is not zero when one of them is below 0x20, `high` when one
 * is 0x7f or above (the "has less" and "has more" bit tricks, exact as to
 * whether there is one); only such words (with a tab, a CR or worse) are
 * looked at byte by byte. */
static gboolean
is_plain (const char *p,
          gsize       len)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w, low, high;

      memcpy (&w, p + i, 8);
      low = (w - ones * 0x20) & ~w & highs;
      high = ((w + ones) | w) & highs;
      if (G_LIKELY ((low | high) == 0))
        continue;
      for (gsize j = i; j < i + 8; j++)
        if ((guchar) (p[j] - 0x20) >= 0x5f && p[j] != '\t' && p[j] != '\r')
          return FALSE;
    }

  for (; i < len; i++)
    if ((guchar) (p[i] - 0x20) >= 0x5f && p[i] != '\t' && p[i] != '\r')
      return FALSE;

  return TRUE;
}

/* The length of the line at P (up to its '\n' or the end, at most AVAIL
 * bytes); *PLAIN tells whether it is_plain () (a line too long never is). */
static gsize
find_line (const char *p,
           gsize       avail,
           gboolean   *plain)
{
  const char *nl = memchr (p, '\n', avail);
  gsize len = nl != NULL ? (gsize) (nl - p) : avail;

  *plain = len <= MMS_LEXER_MAX_LINE && is_plain (p, len);
  return len;
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

/* Reads a quoted string at the cursor (on its opening quote) into the
 * line's buffer; *OUT is the string, *OUT_LEN its length. */
static gboolean
lex_string (MmsLexer     *lexer,
            Cursor       *cursor,
            const char  **out,
            gsize        *out_len,
            GError      **error)
{
  MmsLoc open = cursor_loc (cursor);
  char *copy = lexer->buf + lexer->buf_used;
  gsize n = 0;

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
          copy[n] = '\0';
          lexer->buf_used += n + 1;
          *out = copy;
          *out_len = n;
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

          copy[n++] = *next;
          cursor_advance (cursor, 2);
          continue;
        }

      copy[n++] = c;
      cursor_advance (cursor, 1);
    }

  mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                          lexer->filename, open, "unterminated string");
  return FALSE;
}

/* Reads one token at the cursor, which is on a character that starts one,
 * into TOKEN. */
static gboolean
lex_token (MmsLexer  *lexer,
           Cursor    *cursor,
           MmsToken  *token,
           GError   **error)
{
  const char *line = cursor->line;
  gsize start = cursor->off;
  MmsLoc loc = cursor_loc (cursor);
  MmsLoc value_loc = loc;
  const char *eq = NULL;
  const char *string = NULL;
  gsize string_len = 0;
  gsize word_stop;
  char *raw;

  if (line[cursor->off] != '"')
    {
      gsize stop = cursor->off;

      /* The word, and its first '=' if any.  Letters come after all the
       * characters that end a word or matter in it (space, tab, CR, '#',
       * '"' and '='), and are passed with one comparison. */
      for (; stop < cursor->len; stop++)
        {
          char c = line[stop];

          if (G_LIKELY ((guchar) c > '='))
            continue;
          if (is_space (c) || c == '#' || c == '"')
            break;
          if (c == '=' && eq == NULL)
            eq = line + stop;
        }
      cursor_advance (cursor, stop - cursor->off);

      /* A space the eye cannot tell from a space (U+00A0, U+3000 from a
       * Chinese input method) or a character it cannot see at all (U+200B,
       * a byte order mark inside the file) would make one word of two, or
       * a name that looks like another: say so where it is. */
      if (!cursor->ascii)
        for (const char *q = line + start; q < line + stop; q = g_utf8_next_char (q))
          {
            gunichar ch = g_utf8_get_char (q);

            if (ch >= 0x80 && (g_unichar_isspace (ch) || g_unichar_type (ch) == G_UNICODE_FORMAT))
              {
                MmsLoc at = loc;

                at.column += count_chars (line + start, q - (line + start));
                mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                        lexer->filename, at,
                                        "invisible character U+%04X outside quotes; words are "
                                        "separated by ordinary spaces or tabs", ch);
                return FALSE;
              }
          }

      if (eq == line + start)
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                  lexer->filename, loc,
                                  "missing option name before '='");
          return FALSE;
        }

      if (eq != NULL)
        value_loc.column += cursor->ascii ? (guint) (eq + 1 - (line + start))
                                          : count_chars (line + start,
                                                         eq + 1 - (line + start));

      if (cursor->off < cursor->len && line[cursor->off] == '"'
          && (eq == NULL || eq + 1 != line + cursor->off))
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                  lexer->filename, cursor_loc (cursor),
                                  "unexpected '\"' in the middle of a word");
          return FALSE;
        }
    }
  word_stop = cursor->off;

  if (cursor->off < cursor->len && line[cursor->off] == '"')
    {
      value_loc = cursor_loc (cursor);
      if (!lex_string (lexer, cursor, &string, &string_len, error))
        return FALSE;

      if (cursor->off < cursor->len
          && !is_space (line[cursor->off])
          && line[cursor->off] != '#')
        {
          mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX,
                                  lexer->filename, cursor_loc (cursor),
                                  "expected a space after the closing quote");
          return FALSE;
        }
    }

  /* The raw text in the line's copy: what follows the token (a space, a
   * '#' or the end of the line) becomes its NUL. */
  raw = lexer->copy + start;
  raw[cursor->off - start] = '\0';

  token->raw = raw;
  token->loc = loc;
  token->value_loc = value_loc;
  token->end = cursor_loc (cursor);
  token->start = start;
  token->stop = cursor->off;
  token->quoted = string != NULL;
  token->key = NULL;

  if (eq != NULL)
    token->key = buf_add (lexer, line + start, eq - (line + start));

  if (string != NULL)
    {
      token->value = string;
      token->value_len = string_len;
    }
  else if (eq != NULL)
    {
      /* The tail of the raw text, which ends at the word's end. */
      token->value = raw + (eq + 1 - (line + start));
      token->value_len = line + word_stop - (eq + 1);
    }
  else
    {
      token->value = raw;
      token->value_len = word_stop - start;
    }

  return TRUE;
}

/* Makes room for everything a line of LEN bytes can need. */
static void
reserve_line (MmsLexer *lexer,
              gsize     len)
{
  /* Tokens are separated by spaces, so there are at most (LEN + 1) / 2. */
  guint n_tokens = (guint) (len / 2 + 2);
  gsize size = 5 * len + 16;

  if (n_tokens > lexer->n_tokens_max)
    {
      lexer->n_tokens_max = MAX (n_tokens, 2 * lexer->n_tokens_max);
      lexer->tokens = g_renew (MmsToken, lexer->tokens, lexer->n_tokens_max);
    }

  if (size > lexer->buf_size)
    {
      lexer->buf_size = MAX (size, 2 * lexer->buf_size);
      g_free (lexer->buf);
      lexer->buf = g_malloc (lexer->buf_size);
    }

  lexer->buf_used = 0;
}

/* lex_line () of a plain ASCII line without a quote, the usual one: it can
 * only hold words and options, and columns are bytes.  Returns the number
 * of tokens, or -1 when the line has something wrong, which the general
 * path (lex_token ()) then reports.  The tokens are exactly those that the
 * general path makes. */
static gint
lex_plain_line (MmsLexer   *lexer,
                const char *line,
                gsize       len,
                guint       number)
{
  char *copy = lexer->copy;
  gsize i = 0;
  guint n = 0;

  for (;;)
    {
      MmsToken *token;
      gsize start;
      gsize eq = G_MAXSIZE;

      while (i < len && is_space (line[i]))
        i++;
      if (i >= len || line[i] == '#')
        break;

      /* A word, and its first '=' (letters are passed with one comparison,
       * as in lex_token ()). */
      start = i;
      for (; i < len; i++)
        {
          char c = line[i];

          if (G_LIKELY ((guchar) c > '='))
            continue;
          if (is_space (c) || c == '#')
            break;
          if (c == '=' && eq == G_MAXSIZE)
            eq = i;
        }
      if (eq == start)
        return -1;

      g_assert (n < lexer->n_tokens_max);
      token = &lexer->tokens[n++];
      copy[i] = '\0';
      token->raw = copy + start;
      token->loc.line = number;
      token->loc.column = start + 1;
      token->end.line = number;
      token->end.column = i + 1;
      token->start = start;
      token->stop = i;
      token->quoted = FALSE;
      if (eq != G_MAXSIZE)
        {
          token->key = buf_add (lexer, line + start, eq - start);
          token->value = copy + eq + 1;
          token->value_len = i - (eq + 1);
          token->value_loc.line = number;
          token->value_loc.column = eq + 2;
        }
      else
        {
          token->key = NULL;
          token->value = token->raw;
          token->value_len = i - start;
          token->value_loc = token->loc;
        }
    }

  return (gint) n;
}

/* Cuts a checked line into the lexer's token array; returns the number of
 * tokens, or -1 on an error. */
static gint
lex_line (MmsLexer    *lexer,
          const char  *line,
          gsize        len,
          guint        number,
          gboolean     ascii,
          GError     **error)
{
  Cursor cursor = { line, len, number, 0, 1, ascii };
  guint n = 0;

  reserve_line (lexer, len);
  lexer->copy = (char *) buf_add (lexer, line, len);

  if (ascii && memchr (line, '"', len) == NULL)
    {
      gint n_plain = lex_plain_line (lexer, line, len, number);

      if (n_plain >= 0)
        return n_plain;

      /* Start again on the general path, which says what is wrong. */
      reserve_line (lexer, len);
      lexer->copy = (char *) buf_add (lexer, line, len);
    }

  for (;;)
    {
      gsize off = cursor.off;

      while (off < len && is_space (line[off]))
        off++;
      cursor_advance (&cursor, off - cursor.off);

      if (cursor.off >= len || line[cursor.off] == '#')
        break;

      g_assert (n < lexer->n_tokens_max);
      if (!lex_token (lexer, &cursor, &lexer->tokens[n], error))
        return -1;
      n++;
    }

  return (gint) n;
}

const MmsLine *
mms_lexer_next_line (MmsLexer  *lexer,
                     GError   **error)
{
  g_return_val_if_fail (lexer != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  while (lexer->pos < lexer->length)
    {
      const char *start = lexer->text + lexer->pos;
      gsize avail = lexer->length - lexer->pos;
      gboolean ascii;
      gsize len = find_line (start, avail, &ascii);
      const char *nl = len < avail ? start + len : NULL;
      MmsToken *first;
      MmsToken *last;
      MmsLine *line = &lexer->current;
      gint n_tokens;

      lexer->pos += nl != NULL ? len + 1 : len;
      lexer->line++;

      if (nl != NULL && len > 0 && start[len - 1] == '\r')
        len--;

      ascii = ascii && len <= MMS_LEXER_MAX_LINE;
      if (!ascii && !check_line (lexer, start, len, lexer->line, error))
        return NULL;

      n_tokens = lex_line (lexer, start, len, lexer->line, ascii, error);
      if (n_tokens < 0)
        return NULL;

      if (n_tokens == 0)
        continue;

      first = &lexer->tokens[0];
      last = &lexer->tokens[n_tokens - 1];

      line->number = lexer->line;
      line->tokens = lexer->tokens;
      line->n_tokens = (guint) n_tokens;
      line->text_len = last->stop - first->start;
      line->text = buf_add (lexer, start + first->start, line->text_len);
      line->end = last->end;

      return line;
    }

  return NULL;
}
