/* mms-lexer-private.h: the tokenizer of the scenario language.
 *
 * The lexer cuts a scenario's text into lines and each line into tokens,
 * following the lexical rules of scenario.md.  It also guards the parser
 * against hostile input: it rejects NUL bytes, invalid UTF-8, control
 * characters other than tab and carriage return, and lines longer than
 * MMS_LEXER_MAX_LINE bytes, each with the line and column of the offending
 * byte.
 *
 * Columns count Unicode code points (not bytes) from 1, so a column points at
 * the same character in any UTF-8 aware editor; a tab counts as one column.
 */
#pragma once

#include <glib.h>

#include "mms-scenario.h"

G_BEGIN_DECLS

/* The longest line accepted, in bytes, not counting the line terminator. */
#define MMS_LEXER_MAX_LINE MMS_SCENARIO_MAX_LINE

/* One token.  There are three shapes:
 *
 *  - a word such as `mmap`, `rw-` or `buf+4K`: key is NULL, quoted FALSE;
 *  - a quoted string such as `"Fork"`: key is NULL, quoted TRUE, value holds
 *    the contents with the escapes `\"` and `\\` undone;
 *  - an option such as `ram=64M` or `elf="/bin/true"`: key is "ram", value
 *    is "64M" (quoted tells whether the value was a quoted string).
 *
 * The strings are NUL-terminated and live in one buffer that the lexer
 * reuses for every line (a word's value is its raw text, an option's
 * unquoted value the tail of its raw text): nothing is allocated per token
 * or per line.  They stay valid until the next call to
 * mms_lexer_next_line (); whatever the parser keeps, it copies.
 */
typedef struct
{
  const char *key;    /* option name, NULL unless key=value */
  const char *value;  /* word text, string contents, or option value */
  gsize value_len;    /* strlen (value) */
  gboolean quoted;    /* value came from a quoted string */
  const char *raw;    /* the token exactly as written */
  MmsLoc loc;         /* the token's first character */
  MmsLoc value_loc;   /* the value's first character (== loc without key) */
  MmsLoc end;         /* just past the token's last character */
  gsize start;        /* byte offset of the token in its line */
  gsize stop;         /* byte offset just past the token */
} MmsToken;

/* One non-blank line, owned by the lexer like its tokens. */
typedef struct
{
  guint number;       /* line number, from 1 */
  MmsToken *tokens;   /* n_tokens of them, at least one */
  guint n_tokens;
  const char *text;   /* the line trimmed, without its comment */
  gsize text_len;     /* strlen (text) */
  MmsLoc end;         /* just past the last token */
} MmsLine;

typedef struct _MmsLexer MmsLexer;

/* TEXT must stay alive as long as the lexer; FILENAME is used in errors. */
MmsLexer *mms_lexer_new (const char *filename,
                         const char *text,
                         gsize       length);
void      mms_lexer_free (MmsLexer *lexer);

/* Returns the next line that holds at least one token, NULL at the end of
 * the text or on an error (then ERROR is set, code MMS_SCENARIO_ERROR_SYNTAX).
 * The line belongs to the lexer and stays valid until the next call or
 * until the lexer is freed.  After an error the lexer must not be used
 * again. */
const MmsLine *mms_lexer_next_line (MmsLexer  *lexer,
                                    GError   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsLexer, mms_lexer_free)

G_END_DECLS
