/* mms-parser.c: the scenario language (scenario.md) into an MmsScenario.
 *
 * The parser reads one line at a time from the lexer (mms-lexer.c) and
 * decides what the line is from its first two tokens:
 *
 *   title, machine, file          header statements (before the first step)
 *   note, note.zh_CN              narration for the next step
 *   expect                        a check after the previous step
 *   kernel OP ...                 a kernel step
 *   spawn P ...                   a step that creates a process
 *   P VERB ...                    a process step (fork, mmap, read, ...)
 *
 * Steps and expect lines are parsed by the functions of their rows in
 * stmt_syntax[] and expect_syntax[]: a new statement or check is a row
 * there and a function (see the comments above the tables).
 *
 * Each statement is parsed left to right by plain functions; nothing
 * recurses and every line is handled in time linear in its length, so a
 * hostile file costs at most a pass over its bytes.  The first error stops
 * the parse, and is reported as FILE:LINE:COLUMN: error: MESSAGE where the
 * column (counted in code points, from 1) is that of the offending token,
 * or just past the last token when something is missing.
 *
 * Invariants of a returned MmsScenario:
 *  1. steps->pdata[i]->index == i + 1;
 *  2. every expect's after_step <= steps->len;
 *  3. a step's note and note_zh_CN are the notes written since the previous
 *     step, at most one of each.
 */
#include <errno.h>
#include <sys/mman.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "mms-lexer-private.h"
#include "mms-scenario.h"
#include "mms-types.h"

/* mms_scenario_load () refuses bigger files. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)

/* The highest buddy order (MAX_ORDER - 1 in mm/page_alloc.c terms). */
#define MAX_ALLOC_ORDER 10

#define PAGE_SIZE_4K 4096

/* How many interned names the parser remembers. */
#define RECENT_NAMES 4

typedef struct
{
  const char *filename;
  MmsScenario *scenario;
  const MmsLine *line;     /* the line being parsed (the lexer's) */
  guint pos;               /* index of its next token */
  GError **error;

  /* Notes waiting for the next step. */
  char *note;
  char *note_zh_CN;

  guint title_line;        /* 0 until seen */
  guint machine_line;
  GHashTable *files;       /* file name -> GUINT_TO_POINTER (line) */

  /* Names interned lately, and the slot the next one takes (see
   * keep_name ()). */
  const char *recent_names[RECENT_NAMES];
  guint next_recent;
} Parser;

/* How a statement is written. */
typedef enum
{
  STMT_PROCESS,            /* P VERB ...: fork, mmap, read... */
  STMT_KERNEL,             /* kernel OP ...: alloc_pages, kmalloc... */
  STMT_SPAWN,              /* spawn P ... */
} StmtForm;

typedef struct _StmtSyntax StmtSyntax;
typedef struct _ExpectSyntax ExpectSyntax;

/* Parses the rest of a statement of SYNTAX into STMT, whose kind, location
 * and (for a process statement) process are set; FALSE on an error. */
typedef gboolean (*StmtParseFunc) (Parser           *p,
                                   MmsStmt          *stmt,
                                   const StmtSyntax *syntax);

/* A row of stmt_syntax[]. */
struct _StmtSyntax
{
  const char *name;        /* the verb or operation, as written */
  MmsStmtKind kind;
  StmtForm form;
  const char *usage;       /* as error messages quote it: "munmap ADDR LEN" */
  StmtParseFunc parse;
};

/* Parses the rest of an expect line of SYNTAX into EXPECT, whose kind, check
 * word and (for a check on a process) process are set. */
typedef gboolean (*ExpectParseFunc) (Parser             *p,
                                     MmsExpect          *expect,
                                     const ExpectSyntax *syntax);

/* A row of expect_syntax[]. */
struct _ExpectSyntax
{
  const char *name;        /* the check word */
  MmsExpectKind kind;
  gboolean of_process;     /* expect P CHECK ..., else expect CHECK ... */
  const char *usage;       /* as error messages quote it: "expect P rss SIZE" */
  ExpectParseFunc parse;
};

static const StmtSyntax *find_stmt (const MmsToken *token,
                                    StmtForm        form);
static const ExpectSyntax *find_check (const MmsToken *token,
                                       gboolean        of_process);

/* Words that start statements, so they cannot name a process (see
 * keyword_of ()). */
typedef enum
{
  KW_NONE,
  KW_KERNEL,
  KW_SPAWN,
  KW_TITLE,
  KW_MACHINE,
  KW_FILE,
  KW_NOTE,
  KW_NOTE_ZH_CN,
  KW_EXPECT,
  KW_ASK,
  KW_ASK_ZH_CN,
} Keyword;

/* Labels every process has (scenario.md, "Addresses and labels"). */
static const char * const builtin_labels[] = {
  "text", "data", "bss", "heap", "brk", "stack",
};

/* Linux's numbers (include/uapi/asm-generic/errno-base.h and errno.h). */
static const struct
{
  const char *name;
  int number;
} errnos[] = {
  { "EPERM", 1 },
  { "ENOENT", 2 },
  { "ESRCH", 3 },
  { "EINTR", 4 },
  { "EIO", 5 },
  { "ENXIO", 6 },
  { "E2BIG", 7 },
  { "ENOEXEC", 8 },
  { "EBADF", 9 },
  { "ECHILD", 10 },
  { "EAGAIN", 11 },
  { "ENOMEM", 12 },
  { "EACCES", 13 },
  { "EFAULT", 14 },
  { "EBUSY", 16 },
  { "EEXIST", 17 },
  { "ENODEV", 19 },
  { "ENOTDIR", 20 },
  { "EISDIR", 21 },
  { "EINVAL", 22 },
  { "ENFILE", 23 },
  { "EMFILE", 24 },
  { "ETXTBSY", 26 },
  { "EFBIG", 27 },
  { "ENOSPC", 28 },
  { "ESPIPE", 29 },
  { "EROFS", 30 },
  { "ERANGE", 34 },
  { "ENOSYS", 38 },
  { "EIDRM", 43 },
  { "EOVERFLOW", 75 },
  { "EOPNOTSUPP", 95 },
};

G_DEFINE_QUARK (mms-scenario-error-quark, mms_scenario_error)

int
mms_errno_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (errnos); i++)
    if (strcmp (errnos[i].name, name) == 0)
      return errnos[i].number;

  return 0;
}

const char *
mms_errno_name (int err)
{
  for (guint i = 0; i < G_N_ELEMENTS (errnos); i++)
    if (errnos[i].number == err)
      return errnos[i].name;

  return NULL;
}

/* A location with line 0 prints as "FILE: error: ...", one with column 0 as
 * "FILE:LINE: error: ...", for errors that have no better place. */
void
mms_scenario_set_error (GError         **error,
                        MmsScenarioError code,
                        const char      *filename,
                        MmsLoc           loc,
                        const char      *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;

  g_return_if_fail (*error == NULL);
  g_return_if_fail (format != NULL);

  if (filename == NULL)
    filename = "<input>";

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (loc.line == 0)
    g_set_error (error, MMS_SCENARIO_ERROR, code, "%s: error: %s",
                 filename, message);
  else if (loc.column == 0)
    g_set_error (error, MMS_SCENARIO_ERROR, code, "%s:%u: error: %s",
                 filename, loc.line, message);
  else
    g_set_error (error, MMS_SCENARIO_ERROR, code, "%s:%u:%u: error: %s",
                 filename, loc.line, loc.column, message);
}

static void
mms_stmt_free (MmsStmt *stmt)
{
  if (stmt == NULL)
    return;

  /* The text is part of the step's block; the other strings belong to
   * the scenario (scenario->strings). */
  if (stmt->kind == MMS_STMT_SPAWN || stmt->kind == MMS_STMT_EXEC)
    g_clear_pointer (&stmt->args, g_ptr_array_unref);
  /* A pooled one goes with its block, when the scenario does. */
  if (!stmt->pooled)
    g_free (stmt);
}

static void
mms_expect_free (MmsExpect *expect)
{
  if (expect == NULL)
    return;

  g_free (expect->proc);
  g_free (expect->name);
  g_free (expect->text);
  g_free (expect);
}

static void
mms_ask_free (MmsAsk *ask)
{
  if (ask == NULL)
    return;

  g_free (ask->check.proc);
  g_free (ask->check.name);
  g_free (ask->check.text);
  g_free (ask->question);
  g_free (ask->question_zh_CN);
  g_free (ask);
}

static void
mms_file_decl_free (MmsFileDecl *decl)
{
  if (decl == NULL)
    return;

  g_free (decl->name);
  g_free (decl->path);
  g_free (decl);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsStmt, mms_stmt_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsExpect, mms_expect_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsAsk, mms_ask_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsFileDecl, mms_file_decl_free)

void
mms_scenario_free (MmsScenario *scenario)
{
  if (scenario == NULL)
    return;

  g_free (scenario->filename);
  g_free (scenario->title);
  g_clear_pointer (&scenario->files, g_ptr_array_unref);
  g_clear_pointer (&scenario->steps, g_ptr_array_unref);
  g_clear_pointer (&scenario->stmt_blocks, g_ptr_array_unref);
  g_clear_pointer (&scenario->expects, g_ptr_array_unref);
  g_clear_pointer (&scenario->asks, g_ptr_array_unref);
  g_free (scenario->trailing_note);
  g_free (scenario->trailing_note_zh_CN);
  g_clear_pointer (&scenario->strings, g_string_chunk_free);
  g_free (scenario);
}

static MmsScenario *
mms_scenario_new (const char *filename)
{
  MmsScenario *scenario = g_new0 (MmsScenario, 1);

  scenario->filename = g_strdup (filename);
  scenario->arch = MMS_ARCH_X86_64;
  scenario->ram = 64 * 1024 * 1024;
  scenario->files = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_file_decl_free);
  scenario->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_stmt_free);
  scenario->expects = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_expect_free);
  scenario->asks = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_ask_free);
  scenario->strings = g_string_chunk_new (4 * 1024);

  return scenario;
}

/*
 * Small helpers: errors, tokens, names, numbers.
 */

static gboolean fail (Parser     *p,
                      MmsLoc      loc,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

/* Reports an error at LOC; always returns FALSE. */
static gboolean
fail (Parser     *p,
      MmsLoc      loc,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  mms_scenario_set_error (p->error, MMS_SCENARIO_ERROR_SYNTAX, p->filename,
                          loc, "%s", message);
  return FALSE;
}

static const char *
article (const char *noun)
{
  return noun[0] != '\0' && strchr ("aeiou", noun[0]) != NULL ? "an" : "a";
}

/* strcmp (A, B) == 0 for the short words of a scenario, without a call. */
static inline gboolean
str_eq (const char *a,
        const char *b)
{
  while (*a != '\0' && *a == *b)
    a++, b++;

  return *a == *b;
}

/* A copy of NAME (a process, a label, a cache) for a step, which lives as
 * long as the scenario.  Names are interned: a scenario names the same few
 * processes and labels on line after line. */
static char *
keep_name (Parser     *p,
           const char *name)
{
  const char *kept;

  /* Most often the name is one of the last few (a process and a label):
   * those are found without hashing. */
  for (guint i = 0; i < RECENT_NAMES && p->recent_names[i] != NULL; i++)
    if (str_eq (p->recent_names[i], name))
      return (char *) p->recent_names[i];

  kept = g_string_chunk_insert_const (p->scenario->strings, name);
  p->recent_names[p->next_recent] = kept;
  p->next_recent = (p->next_recent + 1) % RECENT_NAMES;
  return (char *) kept;
}

/* keep_name () of the first LEN bytes of NAME. */
static char *
keep_name_len (Parser     *p,
               const char *name,
               gsize       len)
{
  char small[256];
  g_autofree char *large = NULL;
  char *copy = small;

  if (name[len] == '\0')
    return keep_name (p, name);

  g_assert (len <= MMS_LEXER_MAX_LINE);
  if (len >= sizeof small)
    copy = large = g_malloc (len + 1);
  memcpy (copy, name, len);
  copy[len] = '\0';
  return keep_name (p, copy);
}

static MmsToken *
peek_at (Parser *p,
         guint   i)
{
  if (i < p->line->n_tokens)
    return &p->line->tokens[i];

  return NULL;
}

static MmsToken *
peek (Parser *p)
{
  return peek_at (p, p->pos);
}

static MmsToken *
take (Parser *p)
{
  MmsToken *token = peek (p);

  if (token != NULL)
    p->pos++;

  return token;
}

static gboolean
is_word (const MmsToken *token)
{
  return token->key == NULL && !token->quoted;
}

/* Whether TOKEN's value is WORD, a literal: where this is inlined, its
 * length is known and compared first. */
static inline gboolean
value_is (const MmsToken *token,
          const char     *word)
{
  gsize len = strlen (word);

  return token->value_len == len && memcmp (token->value, word, len) == 0;
}

static inline gboolean
is_word_eq (const MmsToken *token,
            const char     *word)
{
  return token != NULL && is_word (token) && value_is (token, word);
}

static gboolean
is_option (const MmsToken *token,
           const char     *key)
{
  return token != NULL && token->key != NULL && str_eq (token->key, key);
}

static gboolean
in_list (const char        *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (str_eq (word, list[i]))
      return TRUE;

  return FALSE;
}

/* The keyword TOKEN is, KW_NONE for other words and strings.  Every line
 * asks, so the words are told apart by their length first. */
static Keyword
keyword_of (const MmsToken *token)
{
  if (!is_word (token))
    return KW_NONE;

  switch (token->value_len)
    {
    case 3:
      return value_is (token, "ask") ? KW_ASK : KW_NONE;
    case 9:
      return value_is (token, "ask.zh_CN") ? KW_ASK_ZH_CN : KW_NONE;
    case 4:
      return value_is (token, "file") ? KW_FILE
             : value_is (token, "note") ? KW_NOTE : KW_NONE;
    case 5:
      return value_is (token, "spawn") ? KW_SPAWN
             : value_is (token, "title") ? KW_TITLE : KW_NONE;
    case 6:
      return value_is (token, "kernel") ? KW_KERNEL
             : value_is (token, "expect") ? KW_EXPECT : KW_NONE;
    case 7:
      return value_is (token, "machine") ? KW_MACHINE : KW_NONE;
    case 10:
      return value_is (token, "note.zh_CN") ? KW_NOTE_ZH_CN : KW_NONE;
    default:
      return KW_NONE;
    }
}

static gboolean
is_name_start (char c)
{
  return g_ascii_isalpha (c) || c == '_';
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '-';
}

/* [A-Za-z_][A-Za-z0-9_.-]* */
static gboolean
is_name (const char *s)
{
  if (!is_name_start (s[0]))
    return FALSE;

  for (s++; *s != '\0'; s++)
    if (!is_name_char (*s))
      return FALSE;

  return TRUE;
}

/* Levenshtein distance of two short words (capped, for guessing whether an
 * unknown first word is a misspelt keyword). */
static guint
edit_distance (const char *a,
               const char *b)
{
  guint row[33];
  gsize la = strlen (a);
  gsize lb = strlen (b);

  if (la > 32 || lb > 32)
    return G_MAXUINT;

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint best = diag + (a[i - 1] == b[j - 1] ? 0 : 1);

          best = MIN (best, up + 1);
          best = MIN (best, row[j - 1] + 1);
          diag = up;
          row[j] = best;
        }
    }

  return row[lb];
}

/* Whether WORD is a misspelt keyword: "spwan", or "SPAWN" (keywords are
 * lower case, but a word in capitals is still meant as one). */
static gboolean
looks_like_keyword (const char *word)
{
  static const char * const starters[] = {
    "title", "machine", "file", "note", "expect", "kernel", "spawn",
  };
  g_autofree char *lower = g_ascii_strdown (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    if (edit_distance (lower, starters[i]) <= 2)
      return TRUE;

  return FALSE;
}

/* Fails with "unknown statement", saying so when the word is a keyword or
 * a verb in the wrong case ("SPAWN", "Mmap"). */
static gboolean
fail_unknown_statement (Parser         *p,
                        const MmsToken *token)
{
  if (is_word (token) && token->value_len <= 16)
    {
      g_autofree char *lower = g_ascii_strdown (token->value, -1);
      MmsToken folded = *token;

      /* A verb in the right case out of place ("free kernel ...") is just
       * unknown there. */
      folded.value = lower;
      if (!str_eq (lower, token->value)
          && (keyword_of (&folded) != KW_NONE || find_stmt (&folded, STMT_PROCESS) != NULL))
        return fail (p, token->loc, "unknown statement '%s' (keywords are lower case: '%s')",
                     token->raw, lower);
    }

  return fail (p, token->loc, "unknown statement '%s'", token->raw);
}

/* The words of a statement that an error message quotes, as in "missing
 * length after 'munmap ADDR'": the first WORDS words of USAGE, a
 * statement's usage ("munmap ADDR LEN", see stmt_syntax[]), all of it when
 * WORDS is 0, all but its last word when WORDS is SHAPE_BUT_LAST.  The
 * words are counted only when an error is reported, so passing a shape
 * costs nothing on a line that parses. */
typedef struct
{
  const char *usage;
  guint words;
} Shape;

#define SHAPE_BUT_LAST G_MAXUINT

/* All of USAGE, a literal or a row's usage. */
static inline Shape
shape_all (const char *usage)
{
  return (Shape) { usage, 0 };
}

/* The first WORDS words of USAGE. */
static inline Shape
shape_upto (const char *usage,
            guint       words)
{
  return (Shape) { usage, words };
}

/* The length in bytes of the words SHAPE quotes. */
static int
shape_length (Shape shape)
{
  const char *s = shape.usage;
  const char *last_space = NULL;
  guint words = 1;

  if (shape.words == 0)
    return strlen (s);

  for (; *s != '\0'; s++)
    if (*s == ' ')
      {
        if (words == shape.words)
          return s - shape.usage;
        words++;
        last_space = s;
      }

  if (shape.words == SHAPE_BUT_LAST && last_space != NULL)
    return last_space - shape.usage;
  return s - shape.usage;
}

/* The arguments of a "%.*s" that prints SHAPE. */
#define SHAPE_PRINTF(shape) shape_length (shape), (shape).usage

/* Reports a missing argument: "missing NOUN after 'SHAPE'", pointing just
 * past the last token of the line. */
static gboolean
fail_missing (Parser     *p,
              const char *noun,
              Shape       shape)
{
  return fail (p, p->line->end, "missing %s after '%.*s'", noun, SHAPE_PRINTF (shape));
}

/* Fails on any token left after a complete statement SHAPE. */
static gboolean
expect_end (Parser     *p,
            Shape       shape)
{
  MmsToken *token = peek (p);

  if (token != NULL)
    return fail (p, token->loc, "unexpected '%s' after '%.*s'", token->raw,
                 SHAPE_PRINTF (shape));

  return TRUE;
}

/* Takes the next token, which must be a plain word. */
static MmsToken *
take_word (Parser     *p,
           const char *noun,
           Shape       shape)
{
  MmsToken *token = take (p);

  if (token == NULL)
    {
      fail_missing (p, noun, shape);
      return NULL;
    }

  if (!is_word (token))
    {
      fail (p, token->loc, "expected %s %s, got '%s'",
            article (noun), noun, token->raw);
      return NULL;
    }

  return token;
}

/* Takes the next token, which must be a name (of a label, cache, file...).
 * *OUT is the token's (the lexer's) text: the caller copies what it keeps. */
static gboolean
take_name (Parser      *p,
           const char  *noun,
           Shape        shape,
           const char **out,
           MmsLoc      *loc)
{
  MmsToken *token = take_word (p, noun, shape);

  if (token == NULL)
    return FALSE;

  if (!is_name (token->value))
    return fail (p, token->loc, "expected %s %s, got '%s'",
                 article (noun), noun, token->raw);

  *out = token->value;
  *loc = token->loc;
  return TRUE;
}

static gboolean
check_process_name (Parser         *p,
                    const MmsToken *token,
                    const char     *noun)
{
  if (!is_word (token) || !is_name (token->value))
    return fail (p, token->loc, "expected %s %s, got '%s'",
                 article (noun), noun, token->raw);

  if (keyword_of (token) != KW_NONE)
    return fail (p, token->loc, "'%s' is a keyword and cannot name a process",
                 token->value);

  return TRUE;
}

/* Takes the next token, which must name a process; *OUT as for
 * take_name (). */
static gboolean
take_process_name (Parser      *p,
                   const char  *noun,
                   Shape        shape,
                   const char **out,
                   MmsLoc      *loc)
{
  MmsToken *token = take (p);

  if (token == NULL)
    return fail_missing (p, noun, shape);

  if (!check_process_name (p, token, noun))
    return FALSE;

  *out = token->value;
  *loc = token->loc;
  return TRUE;
}

/* Takes the next token, which must be a quoted string. */
static MmsToken *
take_string (Parser     *p,
             Shape       shape)
{
  MmsToken *token = take (p);

  if (token == NULL)
    {
      fail_missing (p, "quoted string", shape);
      return NULL;
    }

  if (!token->quoted || token->key != NULL)
    {
      fail (p, token->loc, "expected a quoted string after '%.*s', got '%s'",
            SHAPE_PRINTF (shape), token->raw);
      return NULL;
    }

  return token;
}

typedef enum
{
  NUM_OK,
  NUM_BAD,
  NUM_NEGATIVE,
  NUM_TOO_LARGE,
} NumStatus;

/* Decimal or 0x hexadecimal; with ALLOW_SUFFIX, times K/KiB, M/MiB, G/GiB or
 * T/TiB (binary).  Anything that does not fit 64 bits is NUM_TOO_LARGE. */
static NumStatus
parse_number (const char *s,
              gboolean    allow_suffix,
              guint64    *out)
{
  guint64 value = 0;
  gboolean any = FALSE;
  const char *q = s;
  guint shift = 0;

  if (s[0] == '-' && g_ascii_isdigit (s[1]))
    return NUM_NEGATIVE;

  if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X'))
    {
      for (q += 2; g_ascii_isxdigit (*q); q++)
        {
          if (value > (G_MAXUINT64 >> 4))
            return NUM_TOO_LARGE;
          value = (value << 4) | (guint64) g_ascii_xdigit_value (*q);
          any = TRUE;
        }
    }
  else
    {
      for (; g_ascii_isdigit (*q); q++)
        {
          guint digit = *q - '0';

          if (value > (G_MAXUINT64 - digit) / 10)
            return NUM_TOO_LARGE;
          value = value * 10 + digit;
          any = TRUE;
        }
    }

  if (!any)
    return NUM_BAD;

  if (*q != '\0')
    {
      if (!allow_suffix)
        return NUM_BAD;

      /* K or KiB, M or MiB, G or GiB, T or TiB. */
      switch (q[0])
        {
        case 'K': shift = 10; break;
        case 'M': shift = 20; break;
        case 'G': shift = 30; break;
        case 'T': shift = 40; break;
        default: return NUM_BAD;
        }
      if (q[1] != '\0' && !str_eq (q + 1, "iB"))
        return NUM_BAD;

      if (value > (G_MAXUINT64 >> shift))
        return NUM_TOO_LARGE;
      value <<= shift;
    }

  *out = value;
  return NUM_OK;
}

/* Parses TEXT (at LOC) as a size (IS_SIZE) or a plain count. */
static gboolean
number_value (Parser     *p,
              const char *text,
              MmsLoc      loc,
              gboolean    is_size,
              const char *noun,
              guint64    *out)
{
  switch (parse_number (text, is_size, out))
    {
    case NUM_OK:
      return TRUE;

    case NUM_NEGATIVE:
      return fail (p, loc, "expected %s %s, got '%s' (negative numbers are not allowed)",
                   article (noun), noun, text);

    case NUM_TOO_LARGE:
      return fail (p, loc, "number too large: '%s'", text);

    case NUM_BAD:
    default:
      if (text[0] == '\0')
        return fail (p, loc, "missing %s", noun);
      if (is_size)
        return fail (p, loc, "expected %s %s like '4K', got '%s'",
                     article (noun), noun, text);
      return fail (p, loc, "expected %s %s, got '%s'", article (noun), noun, text);
    }
}

static gboolean
take_number (Parser     *p,
             gboolean    is_size,
             const char *noun,
             Shape       shape,
             guint64    *out,
             MmsLoc     *loc)
{
  MmsToken *token = take_word (p, noun, shape);

  if (token == NULL)
    return FALSE;

  if (loc != NULL)
    *loc = token->loc;

  return number_value (p, token->value, token->loc, is_size, noun, out);
}

static gboolean
take_size (Parser     *p,
           const char *noun,
           Shape       shape,
           guint64    *out,
           MmsLoc     *loc)
{
  return take_number (p, TRUE, noun, shape, out, loc);
}

static gboolean
take_count (Parser     *p,
            const char *noun,
            Shape       shape,
            guint64    *out,
            MmsLoc     *loc)
{
  return take_number (p, FALSE, noun, shape, out, loc);
}

static gboolean
take_order (Parser     *p,
            Shape       shape,
            guint      *order,
            MmsLoc     *loc)
{
  MmsToken *token = take_word (p, "order", shape);
  guint64 value;

  if (token == NULL)
    return FALSE;

  if (parse_number (token->value, FALSE, &value) != NUM_OK
      || value > MAX_ALLOC_ORDER)
    return fail (p, token->loc, "expected an order from 0 to %d, got '%s'",
                 MAX_ALLOC_ORDER, token->raw);

  *order = (guint) value;
  if (loc != NULL)
    *loc = token->loc;
  return TRUE;
}

/* An ADDR: a number, a label, label+SIZE or label-SIZE.  Since '-' may also
 * appear inside a name, label-SIZE is recognised by a '-' that is followed by
 * a digit (the last such '-'), or that ends the word. */
static gboolean
addr_value (Parser     *p,
            const char *text,
            MmsLoc      loc,
            MmsAddr    *addr)
{
  const char *op = NULL;
  gsize len = strlen (text);
  MmsLoc off_loc = loc;

  memset (addr, 0, sizeof *addr);
  addr->loc = loc;

  if (len == 0)
    return fail (p, loc, "missing address");

  if (g_ascii_isdigit (text[0]))
    {
      switch (parse_number (text, TRUE, &addr->value))
        {
        case NUM_OK:
          return TRUE;
        case NUM_TOO_LARGE:
          return fail (p, loc, "number too large: '%s'", text);
        case NUM_BAD:
        case NUM_NEGATIVE:
        default:
          return fail (p, loc, "expected an address (a number, a label or label+SIZE), got '%s'",
                       text);
        }
    }

  if (text[0] == '-' && g_ascii_isdigit (text[1]))
    return fail (p, loc, "expected an address, got '%s' (negative numbers are not allowed)",
                 text);

  if (text[0] == '+' || text[0] == '-')
    return fail (p, loc, "missing label before '%c' in '%s'", text[0], text);

  if (!is_name_start (text[0]))
    return fail (p, loc, "expected an address (a number, a label or label+SIZE), got '%s'",
                 text);

  op = strchr (text, '+');
  if (op == NULL)
    {
      for (const char *q = text; *q != '\0'; q++)
        if (*q == '-' && g_ascii_isdigit (q[1]))
          op = q;
      if (op == NULL && text[len - 1] == '-')
        op = text + len - 1;
    }

  for (const char *q = text; q < (op != NULL ? op : text + len); q++)
    if (!is_name_char (*q))
      return fail (p, loc, "expected an address (a number, a label or label+SIZE), got '%s'",
                   text);

  addr->label = keep_name_len (p, text, op != NULL ? (gsize) (op - text) : len);

  if (op == NULL)
    return TRUE;

  /* The label is ASCII, so bytes are columns up to the operator. */
  off_loc.column += (op - text) + 1;
  addr->negative = *op == '-';

  if (op[1] == '\0')
    return fail (p, off_loc, "missing size after '%c' in '%s'", *op, text);

  switch (parse_number (op + 1, TRUE, &addr->value))
    {
    case NUM_OK:
      return TRUE;
    case NUM_TOO_LARGE:
      return fail (p, off_loc, "number too large: '%s'", op + 1);
    case NUM_BAD:
    case NUM_NEGATIVE:
    default:
      return fail (p, off_loc, "expected a size like '4K' after '%c', got '%s'",
                   *op, op + 1);
    }
}

static gboolean
take_addr (Parser     *p,
           Shape       shape,
           MmsAddr    *addr)
{
  MmsToken *token = take_word (p, "address", shape);

  if (token == NULL)
    return FALSE;

  return addr_value (p, token->value, token->loc, addr);
}

static gboolean
take_prot (Parser     *p,
           Shape       shape,
           guint      *prot,
           MmsLoc     *loc)
{
  MmsToken *token = take (p);
  const char *s;

  if (token == NULL)
    return fail_missing (p, "protection", shape);

  s = token->value;
  if (!is_word (token) || token->value_len != 3
      || (s[0] != 'r' && s[0] != '-')
      || (s[1] != 'w' && s[1] != '-')
      || (s[2] != 'x' && s[2] != '-'))
    return fail (p, token->loc, "expected a protection like 'rw-', got '%s'",
                 token->raw);

  *prot = (s[0] == 'r' ? MMS_PROT_READ : 0)
          | (s[1] == 'w' ? MMS_PROT_WRITE : 0)
          | (s[2] == 'x' ? MMS_PROT_EXEC : 0);
  *loc = token->loc;
  return TRUE;
}

static gboolean
zone_value (Parser     *p,
            const char *text,
            MmsLoc      loc,
            MmsZoneReq *zone,
            char      **name)
{
  static const struct
  {
    const char *name;
    MmsZoneReq zone;
  } zones[] = {
    { "dma", MMS_ZONE_REQ_DMA },
    { "dma32", MMS_ZONE_REQ_DMA32 },
    { "normal", MMS_ZONE_REQ_NORMAL },
    { "highmem", MMS_ZONE_REQ_HIGHMEM },
  };

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    if (g_ascii_strcasecmp (text, zones[i].name) == 0)
      {
        if (zone != NULL)
          *zone = zones[i].zone;
        if (name != NULL)
          {
            g_free (*name);
            *name = g_strdup (zones[i].name);
          }
        return TRUE;
      }

  if (text[0] == '\0')
    return fail (p, loc, "missing zone");

  return fail (p, loc, "unknown zone '%s'; expected dma, dma32, normal or highmem",
               text);
}

/* Records that the option at TOKEN ("ram=64M", "private") was seen; fails if
 * it was seen before on this line. */
static gboolean
mark_seen (Parser         *p,
           MmsLoc         *seen,
           const MmsToken *token)
{
  if (seen->line != 0)
    return fail (p, token->loc, "duplicate option '%s%s'",
                 token->key != NULL ? token->key : token->value,
                 token->key != NULL ? "=" : "");

  *seen = token->loc;
  return TRUE;
}

/* Fails on an option written with nothing after '='. */
static gboolean
check_option_value (Parser         *p,
                    const MmsToken *token)
{
  if (token->value[0] == '\0' && !token->quoted)
    return fail (p, token->value_loc, "missing value after '%s='", token->key);

  return TRUE;
}

static gboolean
fail_unknown_option (Parser         *p,
                     const MmsToken *token,
                     const char     *what)
{
  if (token->key != NULL)
    return fail (p, token->loc, "unknown option '%s=' for %s", token->key, what);

  return fail (p, token->loc, "unknown option '%s' for %s", token->raw, what);
}

/* The `as L` after TOKEN (the word `as`). */
static gboolean
parse_as (Parser         *p,
          MmsStmt        *stmt,
          MmsLoc         *seen,
          const MmsToken *token,
          gboolean        process_label)
{
  const char *name;

  if (!mark_seen (p, seen, token))
    return FALSE;

  if (!take_name (p, "label", shape_all ("as"), &name, &stmt->as_loc))
    return FALSE;

  stmt->as = keep_name (p, name);

  if (process_label
      && in_list (stmt->as, builtin_labels, G_N_ELEMENTS (builtin_labels)))
    return fail (p, stmt->as_loc, "'%s' is a built-in label of every process",
                 stmt->as);

  return TRUE;
}

/*
 * Header statements.
 */

static gboolean
check_header_position (Parser         *p,
                       const MmsToken *token)
{
  if (p->scenario->steps->len > 0)
    return fail (p, token->loc, "'%s' must come before the first step",
                 token->value);

  return TRUE;
}

static gboolean
parse_title (Parser         *p,
             const MmsToken *keyword)
{
  MmsToken *token;

  if (!check_header_position (p, keyword))
    return FALSE;

  if (p->title_line != 0)
    return fail (p, keyword->loc, "duplicate 'title' (the first is on line %u)",
                 p->title_line);

  token = take_string (p, shape_all ("title"));
  if (token == NULL)
    return FALSE;

  if (!expect_end (p, shape_all ("title \"...\"")))
    return FALSE;

  p->title_line = keyword->loc.line;
  p->scenario->title = g_strdup (token->value);
  return TRUE;
}

static gboolean
parse_machine (Parser         *p,
               const MmsToken *keyword)
{
  MmsScenario *scenario = p->scenario;
  MmsLoc seen_arch = { 0, 0 }, seen_ram = { 0, 0 };
  MmsLoc seen_swap = { 0, 0 }, seen_reserve = { 0, 0 };
  const MmsToken *ram_token = NULL;
  const MmsToken *swap_token = NULL;
  const MmsToken *reserve_token = NULL;
  MmsToken *token;
  guint64 max_ram;

  if (!check_header_position (p, keyword))
    return FALSE;

  if (p->machine_line != 0)
    return fail (p, keyword->loc, "duplicate 'machine' (the first is on line %u)",
                 p->machine_line);

  p->machine_line = keyword->loc.line;
  scenario->machine_loc = keyword->loc;
  scenario->ram_loc = keyword->loc;

  while ((token = take (p)) != NULL)
    {
      if (token->key == NULL)
        return fail (p, token->loc, "expected an option like 'ram=64M', got '%s'",
                     token->raw);

      if (str_eq (token->key, "arch"))
        {
          if (!mark_seen (p, &seen_arch, token)
              || !check_option_value (p, token))
            return FALSE;

          if (str_eq (token->value, "x86_64"))
            scenario->arch = MMS_ARCH_X86_64;
          else if (str_eq (token->value, "i386"))
            scenario->arch = MMS_ARCH_I386;
          else if (str_eq (token->value, "i386-legacy"))
            scenario->arch = MMS_ARCH_I386_LEGACY;
          else
            return fail (p, token->value_loc,
                         "unknown arch '%s'; expected x86_64, i386 or i386-legacy",
                         token->value);
        }
      else if (str_eq (token->key, "ram"))
        {
          if (!mark_seen (p, &seen_ram, token)
              || !check_option_value (p, token)
              || !number_value (p, token->value, token->value_loc, TRUE,
                                "size", &scenario->ram))
            return FALSE;

          if (scenario->ram == 0 || scenario->ram % PAGE_SIZE_4K != 0)
            return fail (p, token->value_loc,
                         "ram= must be a positive multiple of 4K, got '%s'",
                         token->value);
          scenario->ram_loc = token->loc;
          ram_token = token;
        }
      else if (str_eq (token->key, "swap"))
        {
          if (!mark_seen (p, &seen_swap, token)
              || !check_option_value (p, token)
              || !number_value (p, token->value, token->value_loc, TRUE,
                                "size", &scenario->swap))
            return FALSE;

          if (scenario->swap % PAGE_SIZE_4K != 0)
            return fail (p, token->value_loc,
                         "swap= must be a multiple of 4K, got '%s'",
                         token->value);
          swap_token = token;
        }
      else if (str_eq (token->key, "reserve"))
        {
          if (!mark_seen (p, &seen_reserve, token)
              || !check_option_value (p, token)
              || !number_value (p, token->value, token->value_loc, TRUE,
                                "size", &scenario->reserve))
            return FALSE;

          if (scenario->reserve % PAGE_SIZE_4K != 0)
            return fail (p, token->value_loc,
                         "reserve= must be a multiple of 4K, got '%s'",
                         token->value);
          reserve_token = token;
        }
      else
        return fail_unknown_option (p, token, "machine");
    }

  /* The limits of mms_machine_new (), checked here where the value that
   * breaks one has a column (the default ram= is within all of them). */
  max_ram = scenario->arch == MMS_ARCH_X86_64 ? MMS_RAM_MAX : MMS_RAM_MAX_I386;
  if (ram_token != NULL && (scenario->ram < MMS_RAM_MIN || scenario->ram > max_ram))
    return fail (p, ram_token->value_loc,
                 "ram= must be between 1M and %" G_GUINT64_FORMAT "G on %s, got '%s'",
                 max_ram >> 30,
                 scenario->arch == MMS_ARCH_X86_64 ? "x86_64"
                 : scenario->arch == MMS_ARCH_I386 ? "i386" : "i386-legacy",
                 ram_token->value);
  if (swap_token != NULL && scenario->swap > MMS_SWAP_MAX)
    return fail (p, swap_token->value_loc,
                 "swap= must be at most %" G_GUINT64_FORMAT "G, got '%s'",
                 MMS_SWAP_MAX >> 30, swap_token->value);
  if (reserve_token != NULL && scenario->reserve >= scenario->ram)
    return fail (p, reserve_token->value_loc,
                 "reserve= must be smaller than ram=");

  return TRUE;
}

static gboolean
parse_file (Parser         *p,
            const MmsToken *keyword)
{
  g_autoptr(MmsFileDecl) decl = g_new0 (MmsFileDecl, 1);
  MmsLoc seen_size = { 0, 0 };
  MmsLoc seen_path = { 0, 0 };
  MmsLoc seen_dev = { 0, 0 }, seen_inode = { 0, 0 };
  MmsToken *token;
  gpointer first_line;
  const char *name;

  if (!check_header_position (p, keyword))
    return FALSE;

  if (!take_name (p, "file name", shape_all ("file"), &name, &decl->loc))
    return FALSE;

  decl->name = g_strdup (name);

  if (g_hash_table_lookup_extended (p->files, decl->name, NULL, &first_line))
    return fail (p, decl->loc, "duplicate file '%s' (the first is on line %u)",
                 decl->name, GPOINTER_TO_UINT (first_line));

  while ((token = take (p)) != NULL)
    {
      /* path=PATH: the file's path as /proc shows it (real programs). */
      if (is_option (token, "path"))
        {
          if (!mark_seen (p, &seen_path, token)
              || !check_option_value (p, token))
            return FALSE;
          if (token->value[0] != '/')
            return fail (p, token->value_loc, "expected an absolute path, got '%s'",
                         token->value);
          decl->path = g_strdup (token->value);
          continue;
        }

      /* dev=MAJOR:MINOR (hexadecimal, as maps prints it) and inode=N: the
       * real file's, so that maps shows what the kernel showed. */
      if (is_option (token, "dev"))
        {
          char *end = NULL;
          guint64 major, minor;

          if (!mark_seen (p, &seen_dev, token) || !check_option_value (p, token))
            return FALSE;
          major = g_ascii_strtoull (token->value, &end, 16);
          if (end == token->value || *end != ':' || !g_ascii_isxdigit (end[1]))
            return fail (p, token->value_loc, "expected a device MAJOR:MINOR in hexadecimal, got '%s'",
                         token->value);
          minor = g_ascii_strtoull (end + 1, &end, 16);
          if (*end != '\0' || major > 0xfff || minor > 0xfffff)
            return fail (p, token->value_loc, "expected a device MAJOR:MINOR in hexadecimal, got '%s'",
                         token->value);
          decl->dev_major = (guint) major;
          decl->dev_minor = (guint) minor;
          continue;
        }
      if (is_option (token, "inode"))
        {
          if (!mark_seen (p, &seen_inode, token) || !check_option_value (p, token)
              || !number_value (p, token->value, token->value_loc, FALSE, "inode", &decl->inode))
            return FALSE;
          continue;
        }

      if (!is_option (token, "size"))
        return fail_unknown_option (p, token, "file");

      if (!mark_seen (p, &seen_size, token)
          || !check_option_value (p, token)
          || !number_value (p, token->value, token->value_loc, TRUE, "size",
                            &decl->size))
        return FALSE;
    }

  if (seen_size.line == 0)
    return fail_missing (p, "'size=SIZE'", shape_all ("file NAME"));
  if ((seen_dev.line == 0) != (seen_inode.line == 0))
    return fail (p, decl->loc, "'dev=' and 'inode=' go together: give both or neither");
  decl->has_dev = seen_dev.line != 0;

  g_hash_table_insert (p->files, g_strdup (decl->name),
                       GUINT_TO_POINTER (decl->loc.line));
  g_ptr_array_add (p->scenario->files, g_steal_pointer (&decl));
  return TRUE;
}

static gboolean
parse_note (Parser         *p,
            const MmsToken *keyword)
{
  gboolean zh = str_eq (keyword->value, "note.zh_CN");
  char **slot = zh ? &p->note_zh_CN : &p->note;
  MmsToken *token;

  token = take_string (p, shape_all (keyword->value));
  if (token == NULL)
    return FALSE;

  if (!expect_end (p, shape_all (zh ? "note.zh_CN \"...\"" : "note \"...\"")))
    return FALSE;

  if (*slot != NULL)
    return fail (p, keyword->loc, "second '%s' before the same step",
                 keyword->value);

  *slot = g_strdup (token->value);
  return TRUE;
}

/*
 * Checks.
 */

/* expect ok, expect P segv, expect P oom: nothing follows the check. */
static gboolean
parse_expect_plain (Parser             *p,
                    MmsExpect          *expect,
                    const ExpectSyntax *syntax)
{
  return expect_end (p, shape_all (syntax->usage));
}

/* expect P vmas N: a count ends the line. */
static gboolean
parse_expect_count (Parser             *p,
                    MmsExpect          *expect,
                    const ExpectSyntax *syntax)
{
  return take_count (p, "number", shape_upto (syntax->usage, SHAPE_BUT_LAST),
                     &expect->value, &expect->value_loc)
         && expect_end (p, shape_all (syntax->usage));
}

/* expect P rss SIZE, expect P heap SIZE, expect free SIZE, expect swap
 * SIZE: a size ends the line. */
static gboolean
parse_expect_size (Parser             *p,
                   MmsExpect          *expect,
                   const ExpectSyntax *syntax)
{
  return take_size (p, "size", shape_upto (syntax->usage, SHAPE_BUT_LAST),
                    &expect->value, &expect->value_loc)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_expect_errno (Parser             *p,
                    MmsExpect          *expect,
                    const ExpectSyntax *syntax)
{
  MmsToken *token = take_word (p, "errno name", shape_upto (syntax->usage, 2));

  if (token == NULL)
    return FALSE;
  if (mms_errno_from_name (token->value) == 0)
    return fail (p, token->loc, "unknown errno '%s'", token->raw);
  expect->name = g_strdup (token->value);
  expect->name_loc = token->loc;
  return expect_end (p, shape_all (syntax->usage));
}

/* The ZONE of expect nr_free and expect zone, into EXPECT's name. */
static gboolean
take_expect_zone (Parser             *p,
                  MmsExpect          *expect,
                  const ExpectSyntax *syntax)
{
  MmsToken *token = take_word (p, "zone", shape_upto (syntax->usage, 2));

  if (token == NULL
      || !zone_value (p, token->value, token->loc, NULL, &expect->name))
    return FALSE;
  expect->name_loc = token->loc;
  return TRUE;
}

static gboolean
parse_expect_nr_free (Parser             *p,
                      MmsExpect          *expect,
                      const ExpectSyntax *syntax)
{
  return take_expect_zone (p, expect, syntax)
         && take_order (p, shape_upto (syntax->usage, 3), &expect->order, NULL)
         && take_count (p, "number", shape_upto (syntax->usage, 4),
                        &expect->value, &expect->value_loc)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_expect_zone (Parser             *p,
                   MmsExpect          *expect,
                   const ExpectSyntax *syntax)
{
  Shape after_zone = shape_upto (syntax->usage, 3);
  MmsToken *token;

  if (!take_expect_zone (p, expect, syntax))
    return FALSE;

  token = take (p);
  if (token == NULL)
    return fail_missing (p, "'free'", after_zone);
  if (!is_word_eq (token, "free"))
    return fail (p, token->loc, "expected 'free' after '%.*s', got '%s'",
                 SHAPE_PRINTF (after_zone), token->raw);

  return take_size (p, "size", shape_upto (syntax->usage, 4), &expect->value,
                    &expect->value_loc)
         && expect_end (p, shape_all (syntax->usage));
}

/* The CACHE of expect slabs and expect objects, into EXPECT's name. */
static gboolean
take_expect_cache (Parser             *p,
                   MmsExpect          *expect,
                   const ExpectSyntax *syntax)
{
  const char *name;

  if (!take_name (p, "cache name", shape_upto (syntax->usage, 2), &name,
                  &expect->name_loc))
    return FALSE;
  expect->name = g_strdup (name);
  return TRUE;
}

static gboolean
parse_expect_slabs (Parser             *p,
                    MmsExpect          *expect,
                    const ExpectSyntax *syntax)
{
  return take_expect_cache (p, expect, syntax)
         && take_count (p, "number", shape_upto (syntax->usage, 3), &expect->full,
                        &expect->value_loc)
         && take_count (p, "number", shape_upto (syntax->usage, 4), &expect->partial,
                        NULL)
         && take_count (p, "number", shape_upto (syntax->usage, 5), &expect->empty,
                        NULL)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_expect_objects (Parser             *p,
                      MmsExpect          *expect,
                      const ExpectSyntax *syntax)
{
  return take_expect_cache (p, expect, syntax)
         && take_count (p, "number", shape_upto (syntax->usage, 3), &expect->value,
                        &expect->value_loc)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_expect_chunk (Parser             *p,
                    MmsExpect          *expect,
                    const ExpectSyntax *syntax)
{
  const char *name = NULL;

  if (!take_name (p, "label", shape_upto (syntax->usage, 3), &name, &expect->name_loc))
    return FALSE;
  expect->name = g_strdup (name);
  return take_size (p, "size", shape_upto (syntax->usage, 4), &expect->value,
                    &expect->value_loc)
         && expect_end (p, shape_all (syntax->usage));
}

/* The checks of expect lines, one row each: the check word, its kind,
 * whether a process name comes first, its usage (the error messages quote
 * its first words: "missing size after 'expect P rss'") and its parser.
 * The rows are in the order the error for an unknown check lists them.
 *
 * To add a check: an MmsExpectKind (mms-scenario.h), a row here and its
 * parse_expect_* function (or one of the generic ones above), a row in
 * mms-runner.c's expect_checks[] and its check_* function. */
static const ExpectSyntax expect_syntax[] = {
  { "ok", MMS_EXPECT_OK, FALSE, "expect ok", parse_expect_plain },
  { "errno", MMS_EXPECT_ERRNO, FALSE, "expect errno NAME", parse_expect_errno },
  { "free", MMS_EXPECT_FREE, FALSE, "expect free SIZE", parse_expect_size },
  { "swap", MMS_EXPECT_SWAP, FALSE, "expect swap SIZE", parse_expect_size },
  { "nr_free", MMS_EXPECT_NR_FREE, FALSE, "expect nr_free ZONE ORDER N", parse_expect_nr_free },
  { "zone", MMS_EXPECT_ZONE_FREE, FALSE, "expect zone ZONE free SIZE", parse_expect_zone },
  { "slabs", MMS_EXPECT_SLABS, FALSE, "expect slabs CACHE FULL PARTIAL EMPTY", parse_expect_slabs },
  { "objects", MMS_EXPECT_OBJECTS, FALSE, "expect objects CACHE N", parse_expect_objects },
  { "segv", MMS_EXPECT_SEGV, TRUE, "expect P segv", parse_expect_plain },
  { "oom", MMS_EXPECT_OOM, TRUE, "expect P oom", parse_expect_plain },
  { "vmas", MMS_EXPECT_VMAS, TRUE, "expect P vmas N", parse_expect_count },
  { "rss", MMS_EXPECT_RSS, TRUE, "expect P rss SIZE", parse_expect_size },
  { "chunk", MMS_EXPECT_CHUNK, TRUE, "expect P chunk NAME SIZE", parse_expect_chunk },
  { "heap", MMS_EXPECT_HEAP, TRUE, "expect P heap SIZE", parse_expect_size },
  { "abort", MMS_EXPECT_ABORT, TRUE, "expect P abort", parse_expect_plain },
};

G_STATIC_ASSERT (G_N_ELEMENTS (expect_syntax) == MMS_N_EXPECT_KINDS);

/* The check (on a process if OF_PROCESS) the word TOKEN is, or NULL. */
static const ExpectSyntax *
find_check (const MmsToken *token,
            gboolean        of_process)
{
  if (!is_word (token))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expect_syntax); i++)
    if (expect_syntax[i].of_process == of_process
        && str_eq (token->value, expect_syntax[i].name))
      return &expect_syntax[i];

  return NULL;
}

/* The check words (on a process if OF_PROCESS) as a list: "segv, oom, vmas
 * or rss", or with LAST_OR FALSE "ok, errno, free". */
static char *
list_checks (gboolean of_process,
             gboolean last_or)
{
  GString *list = g_string_new (NULL);
  guint n = 0, i_last = 0;

  for (guint i = 0; i < G_N_ELEMENTS (expect_syntax); i++)
    if (expect_syntax[i].of_process == of_process)
      n++, i_last = i;

  for (guint i = 0; i < G_N_ELEMENTS (expect_syntax); i++)
    if (expect_syntax[i].of_process == of_process)
      {
        if (list->len > 0)
          g_string_append (list, i == i_last && last_or && n > 1 ? " or " : ", ");
        g_string_append (list, expect_syntax[i].name);
      }

  return g_string_free (list, FALSE);
}

static gboolean
fail_unknown_check (Parser         *p,
                    const MmsToken *first,
                    const MmsToken *second)
{
  g_autofree char *of_process = list_checks (TRUE, TRUE);
  g_autofree char *of_machine = NULL;

  /* "expect A sgev" is a bad check on a process; "expect frree 60M" a bad
   * check word. */
  if (second != NULL && is_word (second) && is_name (first->value)
      && !g_ascii_isdigit (second->value[0]))
    return fail (p, second->loc, "unknown check '%s'; expected %s after the process name",
                 second->raw, of_process);

  of_machine = list_checks (FALSE, FALSE);
  return fail (p, first->loc, "unknown check '%s'; expected %s, or a process name and %s",
               first->raw, of_machine, of_process);
}

/* The check word of an expect or ask line (FIRST and SECOND are the words
 * after the keyword), with the process before it for a check on a
 * process: sets EXPECT's kind, process and check_loc.  NULL on an error. */
static const ExpectSyntax *
take_check (Parser         *p,
            MmsExpect      *expect,
            const MmsToken *first,
            const MmsToken *second)
{
  const ExpectSyntax *syntax = second != NULL ? find_check (second, TRUE) : NULL;

  if (syntax != NULL)
    {
      const char *proc = NULL;

      if (!take_process_name (p, "process name", shape_upto (syntax->usage, 1), &proc,
                              &expect->proc_loc))
        return NULL;
      expect->proc = g_strdup (proc);
      take (p);
      expect->check_loc = second->loc;
    }
  else
    {
      take (p);
      syntax = find_check (first, FALSE);
      if (syntax == NULL)
        {
          fail_unknown_check (p, first, second);
          return NULL;
        }
      expect->check_loc = first->loc;
    }
  expect->kind = syntax->kind;
  return syntax;
}

static gboolean
parse_expect (Parser         *p,
              const MmsToken *keyword)
{
  g_autoptr(MmsExpect) expect = g_new0 (MmsExpect, 1);
  MmsToken *first = peek_at (p, 1);
  MmsToken *second = peek_at (p, 2);
  const ExpectSyntax *syntax;

  expect->loc = keyword->loc;
  expect->after_step = p->scenario->steps->len;
  expect->text = g_strdup (p->line->text);

  if (first == NULL)
    return fail_missing (p, "check", shape_all ("expect"));

  syntax = take_check (p, expect, first, second);
  if (syntax == NULL)
    return FALSE;
  if (!syntax->parse (p, expect, syntax))
    return FALSE;

  g_ptr_array_add (p->scenario->expects, g_steal_pointer (&expect));
  return TRUE;
}

/* What an ask line takes after its check word: the arguments of the
 * expect form without its value.  The usages are those the errors quote. */
static const char * const ask_usage[MMS_N_EXPECT_KINDS] = {
  [MMS_EXPECT_SEGV] = "ask P segv",
  [MMS_EXPECT_ERRNO] = "ask errno",
  [MMS_EXPECT_VMAS] = "ask P vmas",
  [MMS_EXPECT_RSS] = "ask P rss",
  [MMS_EXPECT_FREE] = "ask free",
  [MMS_EXPECT_OK] = "ask ok",
  [MMS_EXPECT_NR_FREE] = "ask nr_free ZONE ORDER",
  [MMS_EXPECT_ZONE_FREE] = "ask zone ZONE free",
  [MMS_EXPECT_SLABS] = "ask slabs CACHE",
  [MMS_EXPECT_OBJECTS] = "ask objects CACHE",
  [MMS_EXPECT_OOM] = "ask P oom",
  [MMS_EXPECT_SWAP] = "ask swap",
  [MMS_EXPECT_CHUNK] = "ask P chunk NAME",
  [MMS_EXPECT_HEAP] = "ask P heap",
  [MMS_EXPECT_ABORT] = "ask P abort",
};

/* The question's words, when a quoted string ends the line. */
static gboolean
take_ask_question (Parser     *p,
                   MmsAsk     *ask,
                   const char *usage)
{
  MmsToken *token = peek (p);

  if (token != NULL && token->quoted && token->key == NULL)
    {
      take (p);
      ask->question = g_strdup (token->value);
    }
  return expect_end (p, shape_all (usage));
}

/* ask fault P read|write|fetch ADDR ["..."] */
static gboolean
parse_ask_fault (Parser *p,
                 MmsAsk *ask)
{
  static const char *usage = "ask fault P ACCESS ADDR";
  static const char * const accesses[] = { "read", "write", "fetch" };
  MmsToken *token;
  const char *proc;

  take (p);
  ask->fault = TRUE;
  if (!take_process_name (p, "process name", shape_upto (usage, 2), &proc, &ask->check.proc_loc))
    return FALSE;
  ask->check.proc = g_strdup (proc);
  token = take_word (p, "access (read, write or fetch)", shape_upto (usage, 3));
  if (token == NULL)
    return FALSE;
  for (ask->access = 0; ask->access < G_N_ELEMENTS (accesses); ask->access++)
    if (value_is (token, accesses[ask->access]))
      break;
  if (ask->access == G_N_ELEMENTS (accesses))
    return fail (p, token->loc, "unknown access '%s'; expected read, write or fetch", token->raw);
  ask->check.name_loc = token->loc;
  return take_addr (p, shape_upto (usage, 4), &ask->addr)
         && take_ask_question (p, ask, "ask fault P ACCESS ADDR \"...\"");
}

static gboolean
parse_ask (Parser         *p,
           const MmsToken *keyword)
{
  g_autoptr(MmsAsk) ask = g_new0 (MmsAsk, 1);
  MmsExpect *check = &ask->check;
  MmsToken *first = peek_at (p, 1);
  MmsToken *second = peek_at (p, 2);
  const ExpectSyntax *syntax;
  ExpectSyntax ask_syntax;
  const char *usage;
  g_autofree char *with_text = NULL;

  check->loc = keyword->loc;
  check->after_step = p->scenario->steps->len;
  check->text = g_strdup (p->line->text);

  if (first == NULL)
    return fail_missing (p, "check", shape_all ("ask"));
  if (is_word_eq (first, "fault") && (second == NULL || find_check (second, TRUE) == NULL))
    {
      check->check_loc = first->loc;
      if (!parse_ask_fault (p, ask))
        return FALSE;
      g_ptr_array_add (p->scenario->asks, g_steal_pointer (&ask));
      return TRUE;
    }

  syntax = take_check (p, check, first, second);
  if (syntax == NULL)
    return FALSE;
  usage = ask_usage[syntax->kind];
  with_text = g_strdup_printf ("%s \"...\"", usage);
  /* The expect row's helpers, quoting the ask line in their errors. */
  ask_syntax = *syntax;
  ask_syntax.usage = usage;
  syntax = &ask_syntax;

  /* The arguments before the value. */
  switch (syntax->kind)
    {
    case MMS_EXPECT_NR_FREE:
      if (!take_expect_zone (p, check, syntax)
          || !take_order (p, shape_upto (usage, 3), &check->order, NULL))
        return FALSE;
      break;
    case MMS_EXPECT_ZONE_FREE:
      {
        MmsToken *token;
        if (!take_expect_zone (p, check, syntax))
          return FALSE;
        token = take (p);
        if (token == NULL)
          return fail_missing (p, "'free'", shape_upto (usage, 3));
        if (!is_word_eq (token, "free"))
          return fail (p, token->loc, "expected 'free' after '%.*s', got '%s'",
                       SHAPE_PRINTF (shape_upto (usage, 3)), token->raw);
      }
      break;
    case MMS_EXPECT_SLABS:
    case MMS_EXPECT_OBJECTS:
      if (!take_expect_cache (p, check, syntax))
        return FALSE;
      break;
    case MMS_EXPECT_CHUNK:
      {
        const char *name = NULL;
        if (!take_name (p, "label", shape_upto (usage, 3), &name, &check->name_loc))
          return FALSE;
        check->name = g_strdup (name);
      }
      break;
    default:
      break;
    }
  if (!take_ask_question (p, ask, with_text))
    return FALSE;

  g_ptr_array_add (p->scenario->asks, g_steal_pointer (&ask));
  return TRUE;
}

/* ask.zh_CN "...": the Chinese words of the ask line just before it. */
static gboolean
parse_ask_zh_CN (Parser         *p,
                 const MmsToken *keyword)
{
  GPtrArray *asks = p->scenario->asks;
  MmsAsk *ask;
  MmsToken *token = take_string (p, shape_all ("ask.zh_CN"));

  if (token == NULL || !expect_end (p, shape_all ("ask.zh_CN \"...\"")))
    return FALSE;
  ask = asks->len > 0 ? asks->pdata[asks->len - 1] : NULL;
  if (ask == NULL || ask->check.after_step != p->scenario->steps->len)
    return fail (p, keyword->loc, "'ask.zh_CN' must follow an 'ask' line");
  if (ask->question_zh_CN != NULL)
    return fail (p, keyword->loc, "second 'ask.zh_CN' for the same question");
  ask->question_zh_CN = g_strdup (token->value);
  return TRUE;
}

/*
 * Steps.
 */

/* A scenario of 150,000 statements holds 35 MB of them: page-faulting
 * that in, 4 KiB at a time, was most of what `mmscope-cli run` did for it.
 * After the first STMT_UNPOOLED statements, they are packed into blocks
 * of STMT_BLOCK bytes aligned to a huge page, which the kernel may back
 * with transparent huge pages (MADV_HUGEPAGE: one fault for 2 MiB); a
 * small scenario, the common case, never makes a block. */
#define STMT_UNPOOLED 4096
#define STMT_BLOCK (4u << 20)
#define STMT_BLOCK_ALIGN (2u << 20)

static void
stmt_block_free (gpointer block)
{
  g_aligned_free (block);
}

/* SIZE zeroed bytes for a statement, or NULL for g_malloc0 to give. */
static void *
stmt_alloc_pooled (MmsScenario *scenario,
                   gsize        size)
{
  void *mem;

  size = (size + 7) & ~(gsize) 7;
  if (scenario->n_stmts < STMT_UNPOOLED || size > STMT_BLOCK / 64)
    return NULL;
  if (size > scenario->stmt_left)
    {
      guint8 *block = g_aligned_alloc (1, STMT_BLOCK, STMT_BLOCK_ALIGN);

#ifdef MADV_HUGEPAGE
      /* A hint: without transparent huge pages it changes nothing. */
      (void) madvise (block, STMT_BLOCK, MADV_HUGEPAGE);
#endif
      if (scenario->stmt_blocks == NULL)
        scenario->stmt_blocks = g_ptr_array_new_with_free_func (stmt_block_free);
      g_ptr_array_add (scenario->stmt_blocks, block);
      scenario->stmt_next = block;
      scenario->stmt_left = STMT_BLOCK;
    }
  mem = scenario->stmt_next;
  scenario->stmt_next += size;
  scenario->stmt_left -= size;
  return memset (mem, 0, size);
}

static MmsStmt *
stmt_new (Parser      *p,
          MmsStmtKind  kind,
          MmsLoc       loc)
{
  gsize len = p->line->text_len;
  MmsStmt *stmt = stmt_alloc_pooled (p->scenario, sizeof (MmsStmt) + len + 1);

  if (stmt != NULL)
    stmt->pooled = TRUE;
  else
    stmt = g_malloc0 (sizeof (MmsStmt) + len + 1);
  p->scenario->n_stmts++;
  /* One block for the step and its text, which follows it (already
   * NUL-terminated: the block is zeroed). */
  stmt->kind = kind;
  stmt->loc = loc;
  stmt->text = memcpy (stmt + 1, p->line->text, len);

  return stmt;
}

/* Appends STMT as the next step and gives it the pending notes. */
static void
add_step (Parser  *p,
          MmsStmt *stmt)
{
  g_autofree char *note = g_steal_pointer (&p->note);
  g_autofree char *note_zh_CN = g_steal_pointer (&p->note_zh_CN);

  stmt->index = p->scenario->steps->len + 1;
  if (note != NULL)
    stmt->note = g_string_chunk_insert (p->scenario->strings, note);
  if (note_zh_CN != NULL)
    stmt->note_zh_CN = g_string_chunk_insert (p->scenario->strings, note_zh_CN);
  g_ptr_array_add (p->scenario->steps, stmt);
}

/* The image of spawn and exec: image sizes, or elf=PATH [args...]. */
static gboolean
parse_image (Parser     *p,
             MmsStmt    *stmt,
             const char *verb)
{
  MmsLoc seen[4] = { { 0, 0 } };
  static const char * const keys[] = { "text", "rodata", "data", "bss" };
  guint64 *sizes[4] = {
    &stmt->text_size, &stmt->rodata_size, &stmt->data_size, &stmt->bss_size,
  };
  gboolean *has[4] = {
    &stmt->has_text, &stmt->has_rodata, &stmt->has_data, &stmt->has_bss,
  };
  const char *first_size = NULL;
  MmsToken *token = peek (p);

  if (is_option (token, "elf"))
    {
      take (p);
      if (!check_option_value (p, token))
        return FALSE;

      stmt->elf = g_string_chunk_insert (p->scenario->strings, token->value);
      stmt->elf_loc = token->value_loc;
      stmt->args = g_ptr_array_new_with_free_func (g_free);

      while ((token = take (p)) != NULL)
        {
          if (token->key != NULL)
            g_ptr_array_add (stmt->args, g_strconcat (token->key, "=",
                                                      token->value, NULL));
          else
            g_ptr_array_add (stmt->args, g_strdup (token->value));
        }

      return TRUE;
    }

  while ((token = take (p)) != NULL)
    {
      guint i;

      if (is_option (token, "elf"))
        return fail (p, token->loc, "'elf=' cannot be combined with '%s='",
                     first_size);

      if (token->key == NULL)
        return fail_unknown_option (p, token, verb);

      for (i = 0; i < G_N_ELEMENTS (keys); i++)
        if (str_eq (token->key, keys[i]))
          break;

      if (i == G_N_ELEMENTS (keys))
        return fail_unknown_option (p, token, verb);

      if (!mark_seen (p, &seen[i], token)
          || !check_option_value (p, token)
          || !number_value (p, token->value, token->value_loc, TRUE, "size",
                            sizes[i]))
        return FALSE;

      *has[i] = TRUE;
      if (first_size == NULL)
        first_size = keys[i];
    }

  /* scenario.md: "spawn P alone is text=16K data=8K bss=8K". */
  if (first_size == NULL)
    {
      stmt->text_size = 16 * 1024;
      stmt->data_size = 8 * 1024;
      stmt->bss_size = 8 * 1024;
    }
  else if (!stmt->has_text)
    stmt->text_size = 16 * 1024;

  return TRUE;
}

static gboolean
parse_spawn (Parser           *p,
             MmsStmt          *stmt,
             const StmtSyntax *syntax)
{
  const char *proc = NULL;

  if (!take_process_name (p, "process name", shape_upto (syntax->usage, 1), &proc,
                          &stmt->proc_loc))
    return FALSE;
  stmt->proc = keep_name (p, proc);
  return parse_image (p, stmt, syntax->name);
}

static gboolean
parse_mmap (Parser           *p,
            MmsStmt          *stmt,
            const StmtSyntax *syntax)
{
  MmsLoc seen_private = { 0, 0 }, seen_shared = { 0, 0 };
  MmsLoc seen_anon = { 0, 0 }, seen_file = { 0, 0 }, seen_offset = { 0, 0 };
  MmsLoc seen_at = { 0, 0 }, seen_fixed = { 0, 0 }, seen_noreplace = { 0, 0 };
  MmsLoc seen_growsdown = { 0, 0 }, seen_as = { 0, 0 };
  MmsLoc seen_noreserve = { 0, 0 }, seen_stack = { 0, 0 };
  MmsToken *token;

  if (!take_size (p, "length", shape_upto (syntax->usage, 1), &stmt->len, &stmt->len_loc)
      || !take_prot (p, shape_upto (syntax->usage, 2), &stmt->prot, &stmt->prot_loc))
    return FALSE;
  stmt->has_len = TRUE;

  while ((token = take (p)) != NULL)
    {
      if (token->key != NULL)
        {
          if (str_eq (token->key, "file"))
            {
              if (!mark_seen (p, &seen_file, token)
                  || !check_option_value (p, token))
                return FALSE;
              if (seen_anon.line != 0)
                return fail (p, token->loc, "'anon' and 'file=' are exclusive");
              if (!is_name (token->value))
                return fail (p, token->value_loc, "expected a file name, got '%s'",
                             token->value);
              stmt->file = keep_name (p, token->value);
              stmt->file_loc = token->value_loc;
            }
          else if (str_eq (token->key, "offset"))
            {
              if (!mark_seen (p, &seen_offset, token)
                  || !check_option_value (p, token)
                  || !number_value (p, token->value, token->value_loc, TRUE,
                                    "offset", &stmt->offset))
                return FALSE;
              stmt->has_offset = TRUE;
            }
          else if (str_eq (token->key, "at"))
            {
              if (!mark_seen (p, &seen_at, token)
                  || !check_option_value (p, token)
                  || !addr_value (p, token->value, token->value_loc, &stmt->addr))
                return FALSE;
              stmt->has_addr = TRUE;
            }
          else
            return fail_unknown_option (p, token, syntax->name);
        }
      else if (token->quoted)
        return fail_unknown_option (p, token, syntax->name);
      else if (value_is (token, "private"))
        {
          if (!mark_seen (p, &seen_private, token))
            return FALSE;
          if (seen_shared.line != 0)
            return fail (p, token->loc, "'shared' and 'private' are exclusive");
          stmt->shared = FALSE;
        }
      else if (value_is (token, "shared"))
        {
          if (!mark_seen (p, &seen_shared, token))
            return FALSE;
          if (seen_private.line != 0)
            return fail (p, token->loc, "'private' and 'shared' are exclusive");
          stmt->shared = TRUE;
        }
      else if (value_is (token, "anon"))
        {
          if (!mark_seen (p, &seen_anon, token))
            return FALSE;
          if (seen_file.line != 0)
            return fail (p, token->loc, "'file=' and 'anon' are exclusive");
        }
      else if (value_is (token, "fixed"))
        {
          if (!mark_seen (p, &seen_fixed, token))
            return FALSE;
          if (seen_noreplace.line != 0)
            return fail (p, token->loc, "'noreplace' and 'fixed' are exclusive");
          stmt->fixed = TRUE;
        }
      else if (value_is (token, "noreplace"))
        {
          if (!mark_seen (p, &seen_noreplace, token))
            return FALSE;
          if (seen_fixed.line != 0)
            return fail (p, token->loc, "'fixed' and 'noreplace' are exclusive");
          stmt->noreplace = TRUE;
        }
      else if (value_is (token, "growsdown"))
        {
          if (!mark_seen (p, &seen_growsdown, token))
            return FALSE;
          stmt->growsdown = TRUE;
        }
      else if (value_is (token, "noreserve"))
        {
          if (!mark_seen (p, &seen_noreserve, token))
            return FALSE;
          stmt->noreserve = TRUE;
        }
      else if (value_is (token, "stack"))
        {
          if (!mark_seen (p, &seen_stack, token))
            return FALSE;
          stmt->map_stack = TRUE;
        }
      else if (value_is (token, "as"))
        {
          if (!parse_as (p, stmt, &seen_as, token, TRUE))
            return FALSE;
        }
      else
        return fail_unknown_option (p, token, syntax->name);
    }

  if (seen_offset.line != 0 && seen_file.line == 0)
    return fail (p, seen_offset, "'offset=' needs 'file=NAME'");
  if (seen_fixed.line != 0 && seen_at.line == 0)
    return fail (p, seen_fixed, "'fixed' needs 'at=ADDR'");
  if (seen_noreplace.line != 0 && seen_at.line == 0)
    return fail (p, seen_noreplace, "'noreplace' needs 'at=ADDR'");

  return TRUE;
}

static gboolean
parse_mremap (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  MmsLoc seen_maymove = { 0, 0 }, seen_as = { 0, 0 };
  MmsToken *token;

  if (!take_addr (p, shape_upto (syntax->usage, 1), &stmt->addr)
      || !take_size (p, "old length", shape_upto (syntax->usage, 2), &stmt->len,
                     &stmt->len_loc)
      || !take_size (p, "new length", shape_upto (syntax->usage, 3), &stmt->new_len,
                     &stmt->new_len_loc))
    return FALSE;
  stmt->has_len = TRUE;

  while ((token = take (p)) != NULL)
    {
      if (is_word_eq (token, "maymove"))
        {
          if (!mark_seen (p, &seen_maymove, token))
            return FALSE;
          stmt->maymove = TRUE;
        }
      else if (is_word_eq (token, "as"))
        {
          if (!parse_as (p, stmt, &seen_as, token, TRUE))
            return FALSE;
        }
      else
        return fail_unknown_option (p, token, syntax->name);
    }

  return TRUE;
}

/* brk ADDR, brk +SIZE, brk -SIZE: the usage is the first form. */
static gboolean
parse_brk (Parser           *p,
           MmsStmt          *stmt,
           const StmtSyntax *syntax)
{
  MmsToken *token = take_word (p, "address or +SIZE or -SIZE", shape_upto (syntax->usage, 1));
  const char *s;

  if (token == NULL)
    return FALSE;

  s = token->value;
  if (s[0] == '+' || s[0] == '-')
    {
      MmsLoc loc = token->loc;

      loc.column++;
      stmt->brk_mode = s[0] == '+' ? MMS_BRK_GROW : MMS_BRK_SHRINK;
      stmt->len_loc = loc;
      if (s[1] == '\0')
        return fail (p, loc, "missing size after '%c'", s[0]);

      switch (parse_number (s + 1, TRUE, &stmt->brk_size))
        {
        case NUM_OK:
          break;
        case NUM_TOO_LARGE:
          return fail (p, loc, "number too large: '%s'", s + 1);
        case NUM_BAD:
        case NUM_NEGATIVE:
        default:
          return fail (p, loc, "expected a size like '4K' after '%c', got '%s'",
                       s[0], s + 1);
        }
    }
  else
    {
      stmt->brk_mode = MMS_BRK_SET;
      stmt->has_addr = TRUE;
      if (!addr_value (p, s, token->loc, &stmt->addr))
        return FALSE;
    }

  return expect_end (p, stmt->brk_mode == MMS_BRK_SET ? shape_all (syntax->usage) :
                        stmt->brk_mode == MMS_BRK_GROW ? shape_all ("brk +SIZE") :
                        shape_all ("brk -SIZE"));
}

/* The rest of a statement whose only option is `as L`. */
static gboolean
parse_as_only (Parser           *p,
               MmsStmt          *stmt,
               const StmtSyntax *syntax)
{
  MmsLoc seen_as = { 0, 0 };
  MmsToken *token;

  while ((token = take (p)) != NULL)
    {
      if (!is_word_eq (token, "as"))
        return fail_unknown_option (p, token, syntax->name);
      if (!parse_as (p, stmt, &seen_as, token, syntax->form == STMT_PROCESS))
        return FALSE;
    }

  return TRUE;
}

/* The new process of fork C and thread T, called NOUN in errors. */
static gboolean
parse_target (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax,
              const char       *noun)
{
  const char *name = NULL;

  if (!take_process_name (p, noun, shape_upto (syntax->usage, 1), &name,
                          &stmt->target_loc))
    return FALSE;
  stmt->target = keep_name (p, name);
  return expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_fork (Parser           *p,
            MmsStmt          *stmt,
            const StmtSyntax *syntax)
{
  return parse_target (p, stmt, syntax, "child process name");
}

static gboolean
parse_vfork (Parser           *p,
             MmsStmt          *stmt,
             const StmtSyntax *syntax)
{
  return parse_target (p, stmt, syntax, "child process name");
}

/* The size option KEY=N of thread (size=) and pthread (stacksize=) into
 * stmt->len; a size of 0 is an error. */
static gboolean
take_stack_size (Parser         *p,
                 MmsStmt        *stmt,
                 MmsLoc         *seen,
                 const MmsToken *token)
{
  if (!mark_seen (p, seen, token)
      || !check_option_value (p, token)
      || !number_value (p, token->value, token->value_loc, TRUE, "stack size", &stmt->len))
    return FALSE;
  if (stmt->len == 0)
    return fail (p, token->value_loc, "a thread's stack needs a size of at least 1 byte");
  stmt->len_loc = token->value_loc;
  stmt->has_len = TRUE;
  return TRUE;
}

/* thread T [stack=ADDR] [size=N]: the stack given to clone3, which
 * needs both or neither. */
static gboolean
parse_thread (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  MmsLoc seen_stack = { 0, 0 }, seen_size = { 0, 0 };
  const char *name = NULL;
  MmsToken *token;

  if (!take_process_name (p, "thread name", shape_upto (syntax->usage, 1), &name,
                          &stmt->target_loc))
    return FALSE;
  stmt->target = keep_name (p, name);
  while ((token = take (p)) != NULL)
    {
      if (is_option (token, "stack"))
        {
          if (!mark_seen (p, &seen_stack, token)
              || !check_option_value (p, token)
              || !addr_value (p, token->value, token->value_loc, &stmt->addr))
            return FALSE;
          stmt->has_addr = TRUE;
        }
      else if (is_option (token, "size"))
        {
          if (!take_stack_size (p, stmt, &seen_size, token))
            return FALSE;
        }
      else
        return fail_unknown_option (p, token, syntax->name);
    }
  if (seen_stack.line != 0 && seen_size.line == 0)
    return fail (p, seen_stack, "'stack=' needs 'size=' (the stack's length)");
  if (seen_size.line != 0 && seen_stack.line == 0)
    return fail (p, seen_size, "'size=' needs 'stack=' (the stack's lowest address)");
  return TRUE;
}

/* pthread T [stacksize=N]. */
static gboolean
parse_pthread (Parser           *p,
               MmsStmt          *stmt,
               const StmtSyntax *syntax)
{
  MmsLoc seen_size = { 0, 0 };
  const char *name = NULL;
  MmsToken *token;

  if (!take_process_name (p, "thread name", shape_upto (syntax->usage, 1), &name,
                          &stmt->target_loc))
    return FALSE;
  stmt->target = keep_name (p, name);
  while ((token = take (p)) != NULL)
    {
      if (!is_option (token, "stacksize"))
        return fail_unknown_option (p, token, syntax->name);
      if (!take_stack_size (p, stmt, &seen_size, token))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_exec (Parser           *p,
            MmsStmt          *stmt,
            const StmtSyntax *syntax)
{
  return parse_image (p, stmt, syntax->name);
}

/* A statement of one word (exit). */
static gboolean
parse_nothing (Parser           *p,
               MmsStmt          *stmt,
               const StmtSyntax *syntax)
{
  return expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_munmap (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  stmt->has_len = TRUE;
  return take_addr (p, shape_upto (syntax->usage, 1), &stmt->addr)
         && take_size (p, "length", shape_upto (syntax->usage, 2), &stmt->len,
                       &stmt->len_loc)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_mprotect (Parser           *p,
                MmsStmt          *stmt,
                const StmtSyntax *syntax)
{
  stmt->has_len = TRUE;
  return take_addr (p, shape_upto (syntax->usage, 1), &stmt->addr)
         && take_size (p, "length", shape_upto (syntax->usage, 2), &stmt->len,
                       &stmt->len_loc)
         && take_prot (p, shape_upto (syntax->usage, 3), &stmt->prot, &stmt->prot_loc)
         && expect_end (p, shape_all (syntax->usage));
}

/* read, write and fetch: ADDR [LEN]. */
static gboolean
parse_access (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  Shape shape = shape_upto (syntax->usage, 2);

  if (!take_addr (p, shape_upto (syntax->usage, 1), &stmt->addr))
    return FALSE;

  /* scenario.md: the length defaults to one byte. */
  stmt->len = 1;
  stmt->len_loc = stmt->addr.loc;
  if (peek (p) != NULL)
    {
      if (!take_size (p, "length", shape, &stmt->len, &stmt->len_loc))
        return FALSE;
      stmt->has_len = TRUE;
      shape = shape_all (syntax->usage);
    }

  return expect_end (p, shape);
}

static gboolean
parse_shmget (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  return take_count (p, "key", shape_upto (syntax->usage, 1), &stmt->key, &stmt->key_loc)
         && take_size (p, "size", shape_upto (syntax->usage, 2), &stmt->size,
                       &stmt->size_loc)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_shmat (Parser           *p,
             MmsStmt          *stmt,
             const StmtSyntax *syntax)
{
  return take_count (p, "key", shape_upto (syntax->usage, 1), &stmt->key, &stmt->key_loc)
         && parse_as_only (p, stmt, syntax);
}

static gboolean
parse_shmdt (Parser           *p,
             MmsStmt          *stmt,
             const StmtSyntax *syntax)
{
  return take_addr (p, shape_upto (syntax->usage, 1), &stmt->addr)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_alloc_pages (Parser           *p,
                   MmsStmt          *stmt,
                   const StmtSyntax *syntax)
{
  MmsLoc seen_zone = { 0, 0 }, seen_as = { 0, 0 };
  MmsToken *token;

  if (!take_order (p, shape_upto (syntax->usage, 2), &stmt->order, &stmt->order_loc))
    return FALSE;

  while ((token = take (p)) != NULL)
    {
      if (is_option (token, "zone"))
        {
          if (!mark_seen (p, &seen_zone, token)
              || !check_option_value (p, token)
              || !zone_value (p, token->value, token->value_loc,
                              &stmt->zone, NULL))
            return FALSE;
          stmt->zone_loc = token->value_loc;
        }
      else if (is_word_eq (token, "as"))
        {
          if (!parse_as (p, stmt, &seen_as, token, FALSE))
            return FALSE;
        }
      else
        return fail_unknown_option (p, token, syntax->name);
    }

  return TRUE;
}

/* kernel free_pages L, kernel kmem_cache_free L, kernel kfree L. */
static gboolean
parse_kernel_free (Parser           *p,
                   MmsStmt          *stmt,
                   const StmtSyntax *syntax)
{
  const char *name;

  if (!take_name (p, "label", shape_upto (syntax->usage, 2), &name,
                  &stmt->free_label_loc))
    return FALSE;
  stmt->free_label = keep_name (p, name);
  return expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_kmem_cache_alloc (Parser           *p,
                        MmsStmt          *stmt,
                        const StmtSyntax *syntax)
{
  const char *name;

  if (!take_name (p, "cache name", shape_upto (syntax->usage, 2), &name,
                  &stmt->cache_loc))
    return FALSE;
  stmt->cache = keep_name (p, name);
  return parse_as_only (p, stmt, syntax);
}

static gboolean
parse_kmalloc (Parser           *p,
               MmsStmt          *stmt,
               const StmtSyntax *syntax)
{
  return take_size (p, "size", shape_upto (syntax->usage, 2), &stmt->size,
                    &stmt->size_loc)
         && parse_as_only (p, stmt, syntax);
}

static gboolean
parse_reclaim (Parser           *p,
               MmsStmt          *stmt,
               const StmtSyntax *syntax)
{
  return take_count (p, "number of pages", shape_upto (syntax->usage, 2), &stmt->pages,
                     NULL)
         && expect_end (p, shape_all (syntax->usage));
}

/* The label of realloc L and free L: an allocation's, so not one that
 * every process has. */
static gboolean
take_alloc_name (Parser           *p,
                 MmsStmt          *stmt,
                 const StmtSyntax *syntax)
{
  const char *name = NULL;

  if (!take_name (p, "label", shape_upto (syntax->usage, 1), &name, &stmt->alloc_name_loc))
    return FALSE;
  if (in_list (name, builtin_labels, G_N_ELEMENTS (builtin_labels)))
    return fail (p, stmt->alloc_name_loc,
                 "'%s' is a built-in label of every process, not a malloc allocation", name);
  stmt->alloc_name = keep_name (p, name);
  return TRUE;
}

static gboolean
parse_malloc (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  return take_size (p, "size", shape_upto (syntax->usage, 1), &stmt->alloc_size,
                    &stmt->alloc_size_loc)
         && parse_as_only (p, stmt, syntax);
}

static gboolean
parse_calloc (Parser           *p,
              MmsStmt          *stmt,
              const StmtSyntax *syntax)
{
  return take_count (p, "number of elements", shape_upto (syntax->usage, 1),
                     &stmt->alloc_count, &stmt->alloc_count_loc)
         && take_size (p, "size", shape_upto (syntax->usage, 2), &stmt->alloc_size,
                       &stmt->alloc_size_loc)
         && parse_as_only (p, stmt, syntax);
}

static gboolean
parse_realloc (Parser           *p,
               MmsStmt          *stmt,
               const StmtSyntax *syntax)
{
  return take_alloc_name (p, stmt, syntax)
         && take_size (p, "size", shape_upto (syntax->usage, 2), &stmt->alloc_size,
                       &stmt->alloc_size_loc)
         && expect_end (p, shape_all (syntax->usage));
}

static gboolean
parse_free (Parser           *p,
            MmsStmt          *stmt,
            const StmtSyntax *syntax)
{
  return take_alloc_name (p, stmt, syntax)
         && expect_end (p, shape_all (syntax->usage));
}

/* The statements, one row each, indexed by kind: the verb (or kernel
 * operation) as written, its kind, how it is written (P VERB, kernel OP or
 * spawn P), its usage and the function that parses what follows the verb.
 * Error messages quote the usage's first words ("missing length after
 * 'munmap ADDR'"), so a usage lists the operands in their order, without
 * options.  mms_stmt_kind_name () is the row's name.
 *
 * To add a statement: a value at the end of MmsStmtKind (mms-scenario.h),
 * a row here and its parse_* function, a row in mms-runner.c's
 * stmt_runs[] and its run_* function.  Nothing else dispatches on the
 * kind: the verb is found by find_stmt (), by its length first. */
#define STMT(kind, form, name, usage, parse) [kind] = { name, kind, form, usage, parse }

static const StmtSyntax stmt_syntax[] = {
  STMT (MMS_STMT_SPAWN, STMT_SPAWN, "spawn", "spawn P", parse_spawn),
  STMT (MMS_STMT_FORK, STMT_PROCESS, "fork", "fork C", parse_fork),
  STMT (MMS_STMT_THREAD, STMT_PROCESS, "thread", "thread T", parse_thread),
  STMT (MMS_STMT_EXEC, STMT_PROCESS, "exec", "exec", parse_exec),
  STMT (MMS_STMT_EXIT, STMT_PROCESS, "exit", "exit", parse_nothing),
  STMT (MMS_STMT_MMAP, STMT_PROCESS, "mmap", "mmap LEN PROT", parse_mmap),
  STMT (MMS_STMT_MUNMAP, STMT_PROCESS, "munmap", "munmap ADDR LEN", parse_munmap),
  STMT (MMS_STMT_MPROTECT, STMT_PROCESS, "mprotect", "mprotect ADDR LEN PROT", parse_mprotect),
  STMT (MMS_STMT_MREMAP, STMT_PROCESS, "mremap", "mremap ADDR OLDLEN NEWLEN", parse_mremap),
  STMT (MMS_STMT_BRK, STMT_PROCESS, "brk", "brk ADDR", parse_brk),
  STMT (MMS_STMT_READ, STMT_PROCESS, "read", "read ADDR LEN", parse_access),
  STMT (MMS_STMT_WRITE, STMT_PROCESS, "write", "write ADDR LEN", parse_access),
  STMT (MMS_STMT_FETCH, STMT_PROCESS, "fetch", "fetch ADDR LEN", parse_access),
  STMT (MMS_STMT_SHMGET, STMT_PROCESS, "shmget", "shmget KEY SIZE", parse_shmget),
  STMT (MMS_STMT_SHMAT, STMT_PROCESS, "shmat", "shmat KEY", parse_shmat),
  STMT (MMS_STMT_SHMDT, STMT_PROCESS, "shmdt", "shmdt ADDR", parse_shmdt),
  STMT (MMS_STMT_ALLOC_PAGES, STMT_KERNEL, "alloc_pages", "kernel alloc_pages ORDER",
        parse_alloc_pages),
  STMT (MMS_STMT_FREE_PAGES, STMT_KERNEL, "free_pages", "kernel free_pages L", parse_kernel_free),
  STMT (MMS_STMT_KMEM_CACHE_ALLOC, STMT_KERNEL, "kmem_cache_alloc",
        "kernel kmem_cache_alloc CACHE", parse_kmem_cache_alloc),
  STMT (MMS_STMT_KMEM_CACHE_FREE, STMT_KERNEL, "kmem_cache_free", "kernel kmem_cache_free L",
        parse_kernel_free),
  STMT (MMS_STMT_KMALLOC, STMT_KERNEL, "kmalloc", "kernel kmalloc SIZE", parse_kmalloc),
  STMT (MMS_STMT_KFREE, STMT_KERNEL, "kfree", "kernel kfree L", parse_kernel_free),
  STMT (MMS_STMT_RECLAIM, STMT_KERNEL, "reclaim", "kernel reclaim PAGES", parse_reclaim),
  STMT (MMS_STMT_MALLOC, STMT_PROCESS, "malloc", "malloc SIZE", parse_malloc),
  STMT (MMS_STMT_CALLOC, STMT_PROCESS, "calloc", "calloc N SIZE", parse_calloc),
  STMT (MMS_STMT_REALLOC, STMT_PROCESS, "realloc", "realloc NAME SIZE", parse_realloc),
  STMT (MMS_STMT_FREE, STMT_PROCESS, "free", "free NAME", parse_free),
  STMT (MMS_STMT_PTHREAD, STMT_PROCESS, "pthread", "pthread T", parse_pthread),
  STMT (MMS_STMT_VFORK, STMT_PROCESS, "vfork", "vfork C", parse_vfork),
};

#undef STMT

G_STATIC_ASSERT (G_N_ELEMENTS (stmt_syntax) == MMS_N_STMT_KINDS);

/* The longest name in stmt_syntax[], and the most names of one length. */
#define MAX_STMT_NAME 16
#define MAX_STMTS_OF_LENGTH 12

/* The rows of stmt_syntax[] by the length of their name: the kinds plus 1,
 * ending at 0.  Built once, by index_stmts (), when stmts_indexed is 0. */
static guint8 stmts_by_length[MAX_STMT_NAME + 1][MAX_STMTS_OF_LENGTH + 1];
static gsize stmts_indexed;

/* Out of line: the lookup that calls it stays small. */
static G_GNUC_NO_INLINE void
index_stmts (void)
{
  if (!g_once_init_enter (&stmts_indexed))
    return;

  G_STATIC_ASSERT (G_N_ELEMENTS (stmt_syntax) < G_MAXUINT8);
  for (guint kind = 0; kind < G_N_ELEMENTS (stmt_syntax); kind++)
    {
      const StmtSyntax *syntax = &stmt_syntax[kind];
      gsize len = syntax->name != NULL ? strlen (syntax->name) : 0;
      guint n = 0;

      /* Every kind has its row (the table is indexed by kind). */
      g_assert (syntax->name != NULL && syntax->kind == kind && syntax->parse != NULL);
      g_assert (len > 0 && len <= MAX_STMT_NAME);
      while (stmts_by_length[len][n] != 0)
        n++;
      g_assert (n < MAX_STMTS_OF_LENGTH);
      stmts_by_length[len][n] = kind + 1;
    }

  g_once_init_leave (&stmts_indexed, 1);
}

/* The statement of FORM whose verb TOKEN's value is, or NULL.  Every step
 * asks, so the verbs are told apart by their length and first letter. */
static const StmtSyntax *
find_stmt (const MmsToken *token,
           StmtForm        form)
{
  const guint8 *kinds;

  if (token->value_len > MAX_STMT_NAME)
    return NULL;

  if (G_UNLIKELY (g_atomic_pointer_get (&stmts_indexed) == 0))
    index_stmts ();
  kinds = stmts_by_length[token->value_len];
  for (guint i = 0; kinds[i] != 0; i++)
    {
      const StmtSyntax *syntax = &stmt_syntax[kinds[i] - 1];

      if (syntax->name[0] == token->value[0] && syntax->form == form
          && memcmp (token->value, syntax->name, token->value_len) == 0)
        return syntax;
    }

  return NULL;
}

const char *
mms_stmt_kind_name (MmsStmtKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (stmt_syntax), NULL);

  return stmt_syntax[kind].name;
}

/* Parses the rest of the line with SYNTAX's function into STMT, and makes
 * it the next step. */
static gboolean
parse_step (Parser           *p,
            MmsStmt          *stmt_in,
            const StmtSyntax *syntax)
{
  g_autoptr(MmsStmt) stmt = stmt_in;

  if (!syntax->parse (p, stmt, syntax))
    return FALSE;

  add_step (p, g_steal_pointer (&stmt));
  return TRUE;
}

/* P VERB ...: PROC is the first token, the verb the second. */
static gboolean
parse_process_stmt (Parser           *p,
                    const MmsToken   *proc,
                    const StmtSyntax *syntax)
{
  MmsStmt *stmt;

  if (!check_process_name (p, proc, "process name"))
    return FALSE;

  stmt = stmt_new (p, syntax->kind, proc->loc);
  stmt->proc = keep_name (p, proc->value);
  stmt->proc_loc = proc->loc;
  p->pos = 2;
  return parse_step (p, stmt, syntax);
}

/* kernel OP ... */
static gboolean
parse_kernel (Parser         *p,
              const MmsToken *keyword)
{
  MmsToken *op = take_word (p, "operation", shape_all ("kernel"));
  const StmtSyntax *syntax;

  if (op == NULL)
    return FALSE;

  syntax = find_stmt (op, STMT_KERNEL);
  if (syntax == NULL)
    {
      if (find_stmt (op, STMT_PROCESS) != NULL)
        return fail (p, keyword->loc, "'kernel' is a keyword and cannot name a process");
      return fail (p, op->loc, "unknown kernel operation '%s'", op->raw);
    }

  return parse_step (p, stmt_new (p, syntax->kind, keyword->loc), syntax);
}

/* A keyword in front of a process verb ("kernel mmap 4K rw-") is a keyword
 * used as a process name.  For spawn, file and expect, whose next word may
 * itself be a name, only when what follows cannot be theirs; title and notes
 * say better themselves that they want a quoted string. */
static gboolean
is_keyword_as_process (Parser  *p,
                       Keyword  kw)
{
  MmsToken *verb = peek_at (p, 1);
  MmsToken *third = peek_at (p, 2);

  if (kw == KW_NONE || verb == NULL || !is_word (verb)
      || find_stmt (verb, STMT_PROCESS) == NULL)
    return FALSE;

  if (kw == KW_TITLE || kw == KW_NOTE || kw == KW_NOTE_ZH_CN)
    return FALSE;

  if (kw == KW_SPAWN || kw == KW_FILE)
    return third != NULL && is_word (third);

  if (kw == KW_ASK_ZH_CN)
    return FALSE;

  /* "expect free 60M": free is a check as well as a verb. */
  if (kw == KW_ASK)
    return third != NULL && find_check (verb, FALSE) == NULL
           && find_check (third, TRUE) == NULL && !is_word_eq (verb, "fault");
  if (kw == KW_EXPECT)
    return third != NULL && find_check (verb, FALSE) == NULL
           && find_check (third, TRUE) == NULL;

  return TRUE;
}

static gboolean
parse_line (Parser *p)
{
  MmsToken *first = take (p);
  MmsToken *second = peek (p);
  const StmtSyntax *syntax;
  Keyword kw;

  g_assert (first != NULL);

  kw = keyword_of (first);
  if (is_keyword_as_process (p, kw))
    return fail (p, first->loc, "'%s' is a keyword and cannot name a process",
                 first->value);

  switch (kw)
    {
    case KW_TITLE:
      return parse_title (p, first);
    case KW_MACHINE:
      return parse_machine (p, first);
    case KW_FILE:
      return parse_file (p, first);
    case KW_NOTE:
    case KW_NOTE_ZH_CN:
      return parse_note (p, first);
    case KW_EXPECT:
      return parse_expect (p, first);
    case KW_ASK:
      return parse_ask (p, first);
    case KW_ASK_ZH_CN:
      return parse_ask_zh_CN (p, first);
    case KW_KERNEL:
      return parse_kernel (p, first);
    case KW_SPAWN:
      return parse_step (p, stmt_new (p, MMS_STMT_SPAWN, first->loc),
                         &stmt_syntax[MMS_STMT_SPAWN]);
    case KW_NONE:
    default:
      break;
    }

  if (second != NULL && is_word (second)
      && (syntax = find_stmt (second, STMT_PROCESS)) != NULL)
    return parse_process_stmt (p, first, syntax);

  /* Which of the first two words is the unknown statement?  A misspelt
   * keyword ("spwan P"), else the verb after a process name ("A mmapp"). */
  if (second != NULL && is_word (first) && is_name (first->value)
      && !looks_like_keyword (first->value)
      && is_word (second) && is_name_start (second->value[0]))
    return fail_unknown_statement (p, second);

  return fail_unknown_statement (p, first);
}

MmsScenario *
mms_scenario_parse (const char  *filename,
                    const char  *text,
                    gssize       length,
                    GError     **error)
{
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsLexer) lexer = NULL;
  g_autoptr(GHashTable) files = NULL;
  GError *local_error = NULL;
  Parser p = { 0 };
  const MmsLine *line;

  g_return_val_if_fail (text != NULL || length <= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filename == NULL)
    filename = "<input>";
  if (text == NULL)
    length = 0;
  else if (length < 0)
    length = strlen (text);

  scenario = mms_scenario_new (filename);
  lexer = mms_lexer_new (filename, text, length);
  files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  p.filename = filename;
  p.scenario = scenario;
  p.error = &local_error;
  p.files = files;

  while ((line = mms_lexer_next_line (lexer, &local_error)) != NULL)
    {
      gboolean ok;

      p.line = line;
      p.pos = 0;
      ok = parse_line (&p);
      p.line = NULL;

      if (!ok)
        break;
    }

  if (local_error != NULL)
    {
      g_free (p.note);
      g_free (p.note_zh_CN);
      g_propagate_error (error, local_error);
      return NULL;
    }

  scenario->trailing_note = g_steal_pointer (&p.note);
  scenario->trailing_note_zh_CN = g_steal_pointer (&p.note_zh_CN);

  return g_steal_pointer (&scenario);
}

/* The line a statement appended after the end of SCENARIO would have. */
static guint
next_line_number (MmsScenario *scenario)
{
  guint line = MAX (scenario->machine_loc.line, scenario->ram_loc.line);

  for (guint i = 0; i < scenario->files->len; i++)
    line = MAX (line, ((MmsFileDecl *) scenario->files->pdata[i])->loc.line);
  if (scenario->steps->len > 0)
    line = MAX (line, ((MmsStmt *) scenario->steps->pdata[scenario->steps->len - 1])->loc.line);
  if (scenario->expects->len > 0)
    line = MAX (line, ((MmsExpect *) scenario->expects->pdata[scenario->expects->len - 1])->loc.line);
  return line + 1;
}

/* Appends one line, a step or a note (for the next step), to SCENARIO, as
 * if it were written at the end of its file: an error names the file and
 * the line it would have there.  On an error SCENARIO is unchanged.  Labels
 * and process names are checked by the runner when the step runs. */
gboolean
mms_scenario_append_line (MmsScenario  *scenario,
                          const char   *text,
                          GError      **error)
{
  static const char * const not_here[] = { "title", "machine", "file", "expect" };
  g_autoptr(MmsLexer) lexer = NULL;
  const MmsLine *line;
  g_autoptr(GHashTable) files = NULL;
  g_autofree char *padded = NULL;
  GError *local_error = NULL;
  Parser p = { 0 };
  guint number, n_steps;
  MmsToken *first;
  gboolean ok;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  number = next_line_number (scenario);
  if (strpbrk (text, "\n\r") != NULL)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX, scenario->filename,
                              (MmsLoc) { number, 1 }, "one statement at a time");
      return FALSE;
    }

  /* Blank lines in front give the lexer the line number. */
  padded = g_malloc (number - 1 + strlen (text) + 1);
  memset (padded, '\n', number - 1);
  strcpy (padded + number - 1, text);
  lexer = mms_lexer_new (scenario->filename, padded, strlen (padded));
  line = mms_lexer_next_line (lexer, &local_error);
  if (line == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX, scenario->filename,
                                (MmsLoc) { number, 1 }, "expected a statement");
      return FALSE;
    }

  first = &line->tokens[0];
  if (is_word (first) && in_list (first->value, not_here, G_N_ELEMENTS (not_here)))
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX, scenario->filename, first->loc,
                              "only steps and notes can be appended, not '%s'", first->value);
      return FALSE;
    }

  files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.filename = scenario->filename;
  p.scenario = scenario;
  p.error = &local_error;
  p.files = files;
  p.line = line;
  p.note = g_steal_pointer (&scenario->trailing_note);
  p.note_zh_CN = g_steal_pointer (&scenario->trailing_note_zh_CN);
  n_steps = scenario->steps->len;
  ok = parse_line (&p);
  p.line = NULL;

  /* Notes not taken by a step wait for the next one. */
  scenario->trailing_note = g_steal_pointer (&p.note);
  scenario->trailing_note_zh_CN = g_steal_pointer (&p.note_zh_CN);
  if (!ok)
    {
      g_assert (scenario->steps->len == n_steps);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

MmsScenario *
mms_scenario_load (const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  MmsScenario *scenario;
  g_autofree char *contents = NULL;
  GStatBuf st;
  gsize length = 0;
  /* A file that cannot be read is an error at its start: every scenario
   * error reads FILE:LINE:COLUMN: error: MESSAGE (scenario.md). */
  MmsLoc nowhere = { 1, 1 };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_IO, path, nowhere,
                              "%s", g_strerror (saved_errno));
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_IO, path, nowhere,
                              "is a directory");
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_IO, path, nowhere,
                              "not a regular file");
      return NULL;
    }

  if (st.st_size > MAX_FILE_SIZE)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_IO, path, nowhere,
                              "file is larger than 16 MiB");
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_IO, path, nowhere,
                              "%s", local_error->message);
      return NULL;
    }

  /* The file may have grown since g_stat (). */
  if (length > MAX_FILE_SIZE)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_IO, path, nowhere,
                              "file is larger than 16 MiB");
      return NULL;
    }

  scenario = mms_scenario_parse (path, contents, length, error);

  /* A file without a single statement is not a scenario (an empty file, a
   * truncated download, the wrong file): say so rather than run nothing. */
  if (scenario != NULL && scenario->title == NULL && scenario->machine_loc.line == 0
      && scenario->files->len == 0 && scenario->steps->len == 0
      && scenario->expects->len == 0 && scenario->trailing_note == NULL
      && scenario->trailing_note_zh_CN == NULL)
    {
      mms_scenario_set_error (error, MMS_SCENARIO_ERROR_SYNTAX, path, (MmsLoc) { 1, 1 },
                              "the scenario is empty: expected a statement such as "
                              "'spawn P' or 'machine ram=64M'");
      g_clear_pointer (&scenario, mms_scenario_free);
    }

  return scenario;
}
