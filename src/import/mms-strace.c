/* mms-strace.c: import-strace (spec/cli.md).
 *
 * A trace line is, after an optional pid ("1234 " or "[pid 1234] ") and
 * timestamps: NAME(ARGS) = RESULT, or the two halves of a call that
 * another process interrupted: NAME(ARGS <unfinished ...> and later
 * <... NAME resumed>ARGS) = RESULT; "---" lines are signals and "+++"
 * lines exits.  The process whose execve succeeds first is `main`; every
 * thread and child it makes (clone, clone3, fork, vfork) is followed with
 * it (strace -f), and their calls replay against their own mm.  File
 * descriptors are followed through open, openat and close (one table per
 * thread group: CLONE_FILES), so that an mmap of fd 3 names the file that
 * fd 3 was opened on, resolved as /proc shows it (d_path(): no symbolic
 * links).  A trace cut short (a kill, a line cut in the middle, a call
 * that never finished) keeps every complete call before the cut, with a
 * warning naming the line.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "mms-strace.h"
#include "mms-scenario.h"
#include "mms-runner.h"

/* mms_trace_load () refuses bigger traces (millions of system calls). */
#define MAX_TRACE_SIZE (256 * 1024 * 1024)

#define PROT_READ_BIT  0x1
#define PROT_WRITE_BIT 0x2
#define PROT_EXEC_BIT  0x4
#define NOTE_MAX 400
#define MMS_PATH_MAX 4096    /* include/uapi/linux/limits.h */

/* A thread or process of the trace. */
typedef struct
{
  gint64 pid;
  gboolean known;             /* main, or made by a clone the trace shows */
  gboolean exited;
  gboolean is_thread;
  GHashTable *fds;            /* fd -> path (unresolved), shared in a thread group */
  /* The idiom of a directory's fd, then "." (to come back), then a
   * relative open: fchdir() to the directory between them, which the
   * trace does not show (HotSpot's open_directory_secure_cwd). */
  int dir_fd, dot_fd;
} Proc;

/* The first half of a call another process interrupted. */
typedef struct
{
  GString *text;
  guint line;
} Unfinished;

typedef struct
{
  const char *filename;
  MmsTrace *trace;
  gint64 main_pid;            /* -1: not known yet (no pid prefixes: 0) */
  gboolean started;           /* main's execve succeeded */
  GHashTable *procs;          /* pid -> Proc */
  Proc *proc;                 /* the process of the line being read */
  GHashTable *unfinished;     /* pid -> Unfinished */
  GHashTable *file_index;     /* resolved path -> MmsTraceFile */
  GHashTable *names;          /* scenario file names in use */
  guint line;
  guint entry_line;           /* where the call being read started */
} Parser;

static void
proc_free (gpointer data)
{
  Proc *proc = data;

  g_hash_table_unref (proc->fds);
  g_free (proc);
}

static void
unfinished_free (gpointer data)
{
  Unfinished *u = data;

  g_string_free (u->text, TRUE);
  g_free (u);
}

/* The Proc of PID, made (unknown, with a table of its own) when new. */
static Proc *
proc_get (Parser *p,
          gint64  pid)
{
  Proc *proc = g_hash_table_lookup (p->procs, &pid);

  if (proc == NULL)
    {
      proc = g_new0 (Proc, 1);
      proc->pid = pid;
      proc->dir_fd = proc->dot_fd = -1;
      proc->fds = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_hash_table_insert (p->procs, &proc->pid, proc);
    }
  return proc;
}

static void
call_free (gpointer data)
{
  MmsTraceCall *call = data;

  g_free (call->text);
  g_free (call->unmodelled);
  g_free (call->path);
  g_free (call->file_name);
  g_clear_pointer (&call->argv, g_ptr_array_unref);
  g_free (call);
}

static void
trace_file_free (gpointer data)
{
  MmsTraceFile *file = data;

  g_free (file->name);
  g_free (file->path);
  g_free (file);
}

void
mms_trace_free (MmsTrace *trace)
{
  if (trace == NULL)
    return;
  g_free (trace->filename);
  g_ptr_array_unref (trace->calls);
  g_ptr_array_unref (trace->files);
  g_ptr_array_unref (trace->warnings);
  g_hash_table_unref (trace->task_names);
  g_free (trace);
}

static void warn (Parser     *p,
                  guint       line,
                  const char *format,
                  ...) G_GNUC_PRINTF (3, 4);

/* A warning for stderr, and the same words as a comment in the scenario
 * at this point of the trace. */
static void
warn (Parser     *p,
      guint       line,
      const char *format,
      ...)
{
  g_autofree char *msg = NULL;
  MmsTraceCall *call;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (p->trace->warnings, g_strdup_printf ("%s:%u: warning: %s", p->filename, line, msg));
  call = g_new0 (MmsTraceCall, 1);
  call->kind = MMS_TRACE_COMMENT;
  call->line = call->entry_line = line;
  call->text = g_utf8_make_valid (msg, -1);
  g_ptr_array_add (p->trace->calls, call);
}

/* A line kept as a comment only (a signal's delivery, say). */
static void
comment (Parser     *p,
         const char *text)
{
  MmsTraceCall *call = g_new0 (MmsTraceCall, 1);

  call->kind = MMS_TRACE_COMMENT;
  call->line = call->entry_line = p->line;
  call->text = g_utf8_make_valid (text, -1);
  g_ptr_array_add (p->trace->calls, call);
}

static gboolean
fail (Parser      *p,
      const char  *line,
      const char  *at,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (5, 6);

/* FILE:LINE:COLUMN: error: MESSAGE, the column in characters from 1. */
static gboolean
fail (Parser      *p,
      const char  *line,
      const char  *at,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *msg = NULL;
  glong column;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  /* AT may point into a joined "unfinished ... resumed" copy rather than
   * into LINE: then the column is the start of the line. */
  if (at < line || at > line + strlen (line))
    column = 0;
  else
    column = g_utf8_validate (line, at - line, NULL) ? g_utf8_pointer_to_offset (line, at)
                                                     : (glong) (at - line);
  g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE, "%s:%u:%ld: error: %s",
               p->filename, p->line, column + 1, msg);
  return FALSE;
}

/* --- Arguments ------------------------------------------------------------- */

/* One argument of a call: its text and where it starts in the line. */
typedef struct
{
  const char *start;
  gsize len;
} Arg;

/* Splits the arguments that start at *POS (just after the '(') up to the
 * matching ')'.  Quotes, brackets, braces and comments nest.  Leaves *POS
 * after the ')'.  FALSE at the end of the line (a truncated call). */
static gboolean
split_args (const char **pos,
            GArray      *args)
{
  const char *p = *pos, *arg_start = p;
  int depth = 0;

  while (*p == ' ')
    p++;
  arg_start = p;
  for (; *p != '\0'; p++)
    {
      if (*p == '"')
        {
          for (p++; *p != '\0' && *p != '"'; p++)
            if (*p == '\\' && p[1] != '\0')
              p++;
          if (*p == '\0')
            return FALSE;
          continue;
        }
      if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");
          if (end == NULL)
            return FALSE;
          p = end + 1;
          continue;
        }
      if (*p == '[' || *p == '{' || *p == '(' || *p == '<')
        depth++;
      else if ((*p == ']' || *p == '}' || *p == '>' || *p == ')') && depth > 0)
        depth--;
      else if (*p == ')' || (*p == ',' && depth == 0))
        {
          const char *end = p;
          while (end > arg_start && end[-1] == ' ')
            end--;
          if (end > arg_start || *p == ',')
            {
              Arg arg = { arg_start, (gsize) (end - arg_start) };
              g_array_append_val (args, arg);
            }
          if (*p == ')')
            {
              *pos = p + 1;
              return TRUE;
            }
          arg_start = p + 1;
          while (*arg_start == ' ')
            arg_start++;
        }
    }
  return FALSE;
}

static char *
arg_dup (const Arg *arg)
{
  return g_strndup (arg->start, arg->len);
}

/* A C string as strace prints it: "..." with escapes, perhaps "..."... */
static char *
unquote (const Arg *arg)
{
  GString *out = g_string_new (NULL);
  const char *p = arg->start, *end = arg->start + arg->len;

  if (p >= end || *p != '"')
    return g_string_free (out, TRUE), NULL;
  for (p++; p < end && *p != '"'; p++)
    {
      if (*p != '\\' || p + 1 >= end)
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (out, '\n'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 'x':
          if (p + 2 < end && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
            {
              g_string_append_c (out, (char) (g_ascii_xdigit_value (p[1]) * 16
                                              + g_ascii_xdigit_value (p[2])));
              p += 2;
            }
          break;
        default:
          if (*p >= '0' && *p <= '7')
            {
              int v = 0, n = 0;
              while (n < 3 && p < end && *p >= '0' && *p <= '7')
                v = v * 8 + (*p++ - '0'), n++;
              p--;
              g_string_append_c (out, (char) v);
            }
          else
            g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* A number: decimal, 0x hex, or NULL (0). */
static gboolean
arg_number (const Arg *arg,
            guint64   *out)
{
  g_autofree char *text = arg_dup (arg);
  char *end = NULL;

  if (g_str_equal (text, "NULL"))
    {
      *out = 0;
      return TRUE;
    }
  if (text[0] == '-')
    {
      gint64 v = g_ascii_strtoll (text, &end, 0);
      *out = (guint64) v;
    }
  else
    *out = g_ascii_strtoull (text, &end, 0);
  /* A descriptor with a path (strace -y): "3</usr/lib/libc.so.6>". */
  return end != text && (*end == '\0' || *end == '<');
}

typedef struct
{
  const char *name;
  guint value;
} Flag;

static const Flag prot_flags[] = {
  { "PROT_NONE", 0 }, { "PROT_READ", PROT_READ_BIT }, { "PROT_WRITE", PROT_WRITE_BIT },
  { "PROT_EXEC", PROT_EXEC_BIT },
};

static const Flag map_flags[] = {
  { "MAP_SHARED", MMS_MAP_SHARED }, { "MAP_PRIVATE", MMS_MAP_PRIVATE },
  { "MAP_SHARED_VALIDATE", MMS_MAP_SHARED }, { "MAP_FIXED", MMS_MAP_FIXED },
  { "MAP_ANONYMOUS", MMS_MAP_ANONYMOUS }, { "MAP_ANON", MMS_MAP_ANONYMOUS },
  { "MAP_GROWSDOWN", MMS_MAP_GROWSDOWN }, { "MAP_FIXED_NOREPLACE", MMS_MAP_FIXED_NOREPLACE },
  /* Without effect on the address space since Linux 5.15 or here. */
  { "MAP_NORESERVE", MMS_MAP_NORESERVE }, { "MAP_STACK", MMS_MAP_STACK },
  { "MAP_DENYWRITE", 0 }, { "MAP_EXECUTABLE", 0 }, { "MAP_FILE", 0 },
};

static const Flag mremap_flags[] = {
  { "MREMAP_MAYMOVE", MMS_MREMAP_MAYMOVE },
};

/* Flags like PROT_READ|PROT_WRITE; names the engine does not model go to
 * UNMODELLED.  FALSE when a part is neither a known name nor a number. */
static gboolean
arg_flags (const Arg     *arg,
           const Flag    *table,
           gsize          n_table,
           guint         *out,
           GString       *unmodelled)
{
  g_autofree char *text = arg_dup (arg);
  g_auto(GStrv) parts = g_strsplit (text, "|", -1);

  *out = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (gsize j = 0; j < n_table; j++)
        if (g_str_equal (parts[i], table[j].name))
          {
            *out |= table[j].value;
            known = TRUE;
            break;
          }
      if (known)
        continue;
      if (g_ascii_isdigit (parts[i][0]) || g_str_has_prefix (parts[i], "MAP_")
          || g_str_has_prefix (parts[i], "PROT_") || g_str_has_prefix (parts[i], "MREMAP_"))
        {
          guint64 v;
          Arg part = { parts[i], strlen (parts[i]) };
          if (g_ascii_isdigit (parts[i][0]) && (!arg_number (&part, &v) || v == 0))
            {
              if (!arg_number (&part, &v))
                return FALSE;
              continue;
            }
          if (unmodelled->len > 0)
            g_string_append_c (unmodelled, '|');
          g_string_append (unmodelled, parts[i]);
          continue;
        }
      return FALSE;
    }
  return TRUE;
}

static int
errno_from_name (const char *name)
{
  static const struct { const char *name; int value; } table[] = {
    { "EPERM", EPERM }, { "ENOENT", ENOENT }, { "EINTR", EINTR }, { "EIO", EIO },
    { "ENOEXEC", ENOEXEC }, { "EBADF", EBADF }, { "EAGAIN", EAGAIN }, { "ENOMEM", ENOMEM },
    { "EACCES", EACCES }, { "EFAULT", EFAULT }, { "EBUSY", EBUSY }, { "EEXIST", EEXIST },
    { "ENODEV", ENODEV }, { "ENOTDIR", ENOTDIR }, { "EISDIR", EISDIR }, { "EINVAL", EINVAL },
    { "ETXTBSY", ETXTBSY }, { "EFBIG", EFBIG }, { "ENOSPC", ENOSPC }, { "E2BIG", E2BIG },
    { "ENOSYS", ENOSYS }, { "EOVERFLOW", EOVERFLOW }, { "ELOOP", ELOOP },
    { "ENAMETOOLONG", ENAMETOOLONG }, { "EMFILE", EMFILE }, { "ENFILE", ENFILE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_equal (name, table[i].name))
      return table[i].value;
  return 1000;    /* an errno the engine never returns */
}

/* --- Files --------------------------------------------------------------------- */

/* A scenario name for PATH: its base name made a Name, unique. */
static char *
file_name_for (Parser     *p,
               const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  GString *name = g_string_new (NULL);

  if (!g_ascii_isalpha (base[0]) && base[0] != '_')
    g_string_append_c (name, 'f');
  for (const char *c = base; *c != '\0'; c++)
    g_string_append_c (name, g_ascii_isalnum (*c) || *c == '_' || *c == '.' || *c == '-' ? *c
                                                                                          : '_');
  if (g_hash_table_contains (p->names, name->str))
    {
      g_autofree char *stem = g_strdup (name->str);
      for (guint i = 2; g_hash_table_contains (p->names, name->str); i++)
        g_string_printf (name, "%s-%u", stem, i);
    }
  g_hash_table_add (p->names, g_strdup (name->str));
  return g_string_free (name, FALSE);
}

static MmsTraceFile *
trace_file (Parser     *p,
            const char *raw_path,
            guint64     min_size)
{
  g_autofree char *path = mms_import_resolve_path (raw_path);
  MmsTraceFile *file = g_hash_table_lookup (p->file_index, path);
  struct stat st;

  if (file == NULL)
    {
      file = g_new0 (MmsTraceFile, 1);
      file->path = g_strdup (path);
      file->name = file_name_for (p, path);
      if (stat (path, &st) == 0 && S_ISREG (st.st_mode))
        {
          file->size = (guint64) st.st_size;
          /* The file is on this machine: maps shows its real device and
           * inode (the trace's may differ when it came from elsewhere). */
          file->dev = (guint64) st.st_dev;
          file->ino = (guint64) st.st_ino;
        }
      g_ptr_array_add (p->trace->files, file);
      g_hash_table_insert (p->file_index, file->path, file);
    }
  file->size = MAX (file->size, min_size);
  return file;
}

/* The path an fd argument stands for: strace -y shows it, else the fd
 * table. */
static char *
fd_path (Parser    *p,
         const Arg *arg,
         gint64     fd)
{
  const char *lt = memchr (arg->start, '<', arg->len);
  const char *path;

  if (lt != NULL && arg->start[arg->len - 1] == '>')
    return g_strndup (lt + 1, arg->len - (gsize) (lt - arg->start) - 2);
  path = g_hash_table_lookup (p->proc->fds, GINT_TO_POINTER ((int) fd));
  /* A child whose clone has not returned yet in the trace: its table is
   * a copy of its parent's, most likely main's. */
  if (path == NULL && !p->proc->known && p->main_pid >= 0)
    path = g_hash_table_lookup (proc_get (p, p->main_pid)->fds, GINT_TO_POINTER ((int) fd));
  return path != NULL ? g_strdup (path) : g_strdup_printf ("/proc/self/fd/%" G_GINT64_FORMAT, fd);
}

/* --- Calls ------------------------------------------------------------------------ */

static gboolean
need_args (Parser      *p,
           const char  *line,
           const char  *at,
           GArray      *args,
           guint        n,
           const char  *name,
           GError     **error)
{
  if (args->len < n)
    return fail (p, line, at, error, "%s needs %u arguments, this one has %u", name, n,
                 args->len);
  return TRUE;
}

#define ARG(i) (&g_array_index (args, Arg, (i)))

static void append_step (GString            *out,
                         const MmsTraceCall *call,
                         gboolean            first_exec);

/* A file's path as the scenario names it: absolute (strace -y shows the
 * fd's path so; "<socket:[...]>" and the like are no files to map), and
 * shorter than PATH_MAX (the kernel takes no longer path, ENAMETOOLONG), so
 * that every line written stays within MMS_SCENARIO_MAX_LINE bytes. */
static gboolean
check_path (Parser      *p,
            const char  *line,
            const char  *at,
            const char  *path,
            GError     **error)
{
  gsize len = strlen (path);

  if (path[0] != '/')
    return fail (p, line, at, error, "expected an absolute path, got '%s'", path);
  if (len >= MMS_PATH_MAX)
    return fail (p, line, at, error, "a path of %" G_GSIZE_FORMAT " bytes: longer than "
                 "PATH_MAX (%d), which no successful call takes", len, MMS_PATH_MAX);
  return TRUE;
}

static gboolean
bad_arg (Parser      *p,
         const char  *line,
         const Arg   *arg,
         const char  *what,
         GError     **error)
{
  g_autofree char *text = arg_dup (arg);
  return fail (p, line, arg->start, error, "expected %s, got '%s'", what, text);
}

/* Whether the argument text ARG holds the flag FLAG (CLONE_VM...). */
static gboolean
has_flag (const Arg  *arg,
          const char *flag)
{
  gsize n = strlen (flag);

  for (const char *c = arg->start; c + n <= arg->start + arg->len; c++)
    if (memcmp (c, flag, n) == 0 && !g_ascii_isalnum (c[n]) && c[n] != '_'
        && (c == arg->start || !(g_ascii_isalnum (c[-1]) || c[-1] == '_')))
      return TRUE;
  return FALSE;
}

/* The number after KEY= in ARG ("stack=0x7ffff75ce000"), if there is one. */
static gboolean
field_number (const Arg  *arg,
              const char *key,
              guint64    *value)
{
  gsize n = strlen (key);

  for (const char *c = arg->start; c + n < arg->start + arg->len; c++)
    if (memcmp (c, key, n) == 0 && c[n] == '='
        && (c == arg->start || c[-1] == ' ' || c[-1] == '{' || c[-1] == ','))
      {
        const char *v = c + n + 1;
        char *end;

        *value = g_ascii_strtoull (v, &end, 0);
        return end != v;
      }
  return FALSE;
}

/* clone, clone3, fork and vfork: the new thread or process, copy_process()'s
 * three cases: CLONE_THREAD (a thread of the group, sharing the mm),
 * CLONE_VM without it (vfork: a process sharing the mm until its execve or
 * exit) and neither (fork: dup_mmap's copy). */
static gboolean
handle_clone (Parser      *p,
              const char  *name,
              GArray      *args,
              gboolean     has_result,
              gint64       ret,
              const char  *call_text)
{
  MmsTraceCall *call;
  Proc *child;
  guint at;

  if (!has_result || ret <= 0)
    return TRUE;              /* failed, or the child's own return (0) */
  if (!p->proc->known)
    {
      p->trace->n_skipped++;
      return TRUE;            /* a process the trace never showed made */
    }
  call = g_new0 (MmsTraceCall, 1);
  if (g_str_equal (name, "fork"))
    call->kind = MMS_TRACE_FORK;
  else if (g_str_equal (name, "vfork"))
    call->kind = MMS_TRACE_VFORK;
  else
    {
      gboolean vm = FALSE, thread = FALSE;

      for (guint i = 0; i < args->len; i++)
        {
          vm |= has_flag (ARG (i), "CLONE_VM");
          thread |= has_flag (ARG (i), "CLONE_THREAD");
        }
      call->kind = thread ? MMS_TRACE_THREAD : vm ? MMS_TRACE_VFORK : MMS_TRACE_FORK;
      /* clone3's struct clone_args: the stack's lowest address and size. */
      if (g_str_equal (name, "clone3") && args->len > 0)
        {
          guint64 size = 0;
          if (field_number (ARG (0), "stack", &call->addr) && field_number (ARG (0), "stack_size", &size))
            call->len = size;
          else
            call->addr = 0;
        }
    }
  call->child = ret;
  call->line = p->line;
  call->entry_line = p->entry_line;
  call->pid = p->proc->pid;
  call->ret = ret;
  call->text = g_utf8_make_valid (call_text, -1);

  child = proc_get (p, ret);
  {
    /* The child's table: its parent's (CLONE_FILES, as threads have), or
     * a copy of it; what the child opened before the clone returned in the
     * trace goes into it. */
    GHashTable *parent_fds = p->proc->fds;
    GHashTable *fds;
    GHashTableIter iter;
    gpointer key, value;

    if (call->kind == MMS_TRACE_THREAD)
      fds = g_hash_table_ref (parent_fds);
    else
      {
        fds = g_hash_table_new_full (NULL, NULL, NULL, g_free);
        g_hash_table_iter_init (&iter, parent_fds);
        while (g_hash_table_iter_next (&iter, &key, &value))
          g_hash_table_insert (fds, key, g_strdup (value));
      }
    g_hash_table_iter_init (&iter, child->fds);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_hash_table_replace (fds, key, g_strdup (value));
    g_hash_table_unref (child->fds);
    child->fds = fds;
  }
  child->known = TRUE;
  child->is_thread = call->kind == MMS_TRACE_THREAD;
  child->exited = FALSE;

  /* The child runs as soon as the kernel made it: its calls that strace
   * printed before the parent's return come after the clone. */
  at = p->trace->calls->len;
  while (at > 0)
    {
      const MmsTraceCall *before = p->trace->calls->pdata[at - 1];
      if (before->line < call->entry_line)
        break;
      at--;
    }
  while (at < p->trace->calls->len && ((MmsTraceCall *) p->trace->calls->pdata[at])->pid != ret)
    at++;
  g_ptr_array_insert (p->trace->calls, (gint) at, call);
  return TRUE;
}

/* One complete call: NAME, its arguments and its result. */
static gboolean
handle_call (Parser      *p,
             const char  *line,
             const char  *name,
             const char  *name_at,
             GArray      *args,
             gboolean     has_result,
             gint64       ret,
             const char  *call_text,
             GError     **error)
{
  g_autoptr(GString) unmodelled = g_string_new (NULL);
  MmsTraceCall *call;
  guint64 v;

  if (g_str_equal (name, "execve"))
    {
      g_autofree char *path = NULL;

      if (!need_args (p, line, name_at, args, 2, name, error))
        return FALSE;
      path = unquote (ARG (0));
      if (path == NULL)
        return bad_arg (p, line, ARG (0), "a quoted file name", error);
      if (!has_result || ret != 0)
        return TRUE;    /* a failed execve (PATH search) changes nothing */
      if (path[0] != '/' && path[0] != '\0')
        {
          /* "./prog": relative to the process's directory, which strace
           * does not show; the importer's is the best guess. */
          g_autofree char *cwd = g_get_current_dir ();
          char *full = g_build_filename (cwd, path, NULL);
          g_free (path);
          path = full;
        }
      if (!check_path (p, line, ARG (0)->start, path, error))
        return FALSE;
      /* Declared like the mapped files, for its real device and inode. */
      {
        g_autofree char *resolved = mms_import_resolve_path (path);
        if (g_file_test (resolved, G_FILE_TEST_IS_REGULAR))
          trace_file (p, path, 0);
      }
      call = g_new0 (MmsTraceCall, 1);
      call->kind = MMS_TRACE_EXECVE;
      call->path = g_steal_pointer (&path);
      call->argv = g_ptr_array_new_with_free_func (g_free);
      /* argv: ["prog", "arg1", ...] */
      {
        GArray *argv = g_array_new (FALSE, FALSE, sizeof (Arg));
        const char *q = ARG (1)->start + 1;

        while (q < ARG (1)->start + ARG (1)->len && *q != ']')
          {
            Arg a = { q, 0 };
            if (*q == '"')
              {
                const char *e = q + 1;
                while (*e != '\0' && *e != '"')
                  e += *e == '\\' && e[1] != '\0' ? 2 : 1;
                a.len = (gsize) (e - q + (*e == '"' ? 1 : 0));
                g_array_append_val (argv, a);
                q = e + (*e == '"' ? 1 : 0);
              }
            else
              q++;
          }
        for (guint i = 1; i < argv->len; i++)
          {
            char *s = unquote (&g_array_index (argv, Arg, i));
            if (s != NULL)
              g_ptr_array_add (call->argv, s);
          }
        g_array_unref (argv);
      }
      /* Its step names the program and its arguments on one line. */
      {
        g_autoptr(GString) step = g_string_new (NULL);

        append_step (step, call, TRUE);
        if (step->len > MMS_SCENARIO_MAX_LINE)
          {
            fail (p, line, ARG (1)->start, error,
                  "the program and its arguments make a scenario line of %" G_GSIZE_FORMAT
                  " bytes, longer than the %d a scenario line may have", step->len,
                  MMS_SCENARIO_MAX_LINE);
            goto bad;
          }
      }
      goto add;
    }

  if (g_str_equal (name, "openat") || g_str_equal (name, "open"))
    {
      guint first = g_str_equal (name, "openat") ? 1 : 0;
      g_autofree char *path = NULL;
      char *full;

      if (!need_args (p, line, name_at, args, first + 1, name, error))
        return FALSE;
      path = unquote (ARG (first));
      if (path == NULL)
        return bad_arg (p, line, ARG (first), "a quoted file name", error);
      if (!has_result || ret < 0)
        return TRUE;
      if (path[0] == '/')
        full = g_strdup (path);
      else if (first == 1 && !g_str_has_prefix (ARG (0)->start, "AT_FDCWD"))
        {
          g_autofree char *dir = NULL;
          if (!arg_number (ARG (0), &v))
            return bad_arg (p, line, ARG (0), "AT_FDCWD or a descriptor", error);
          dir = fd_path (p, ARG (0), (gint64) v);
          full = g_build_filename (dir, path, NULL);
        }
      else
        {
          /* Relative to the traced process's directory, which strace does
           * not show: the directory of the fchdir idiom, or this one's. */
          const char *dir = NULL;
          g_autofree char *cwd = NULL;

          if (p->proc->dir_fd >= 0 && p->proc->dot_fd >= 0 && !g_str_equal (path, "."))
            dir = g_hash_table_lookup (p->proc->fds, GINT_TO_POINTER (p->proc->dir_fd));
          if (dir == NULL)
            dir = cwd = g_get_current_dir ();
          full = g_build_filename (dir, path, NULL);
        }
      if (path[0] == '/' && args->len > first + 1 && has_flag (ARG (first + 1), "O_DIRECTORY"))
        p->proc->dir_fd = (int) ret;
      else if (g_str_equal (path, ".") && p->proc->dir_fd >= 0)
        p->proc->dot_fd = (int) ret;
      if (!check_path (p, line, ARG (first)->start, full, error))
        {
          g_free (full);
          return FALSE;
        }
      g_hash_table_replace (p->proc->fds, GINT_TO_POINTER ((int) ret), full);
      return TRUE;
    }

  if (g_str_equal (name, "close"))
    {
      if (args->len >= 1 && arg_number (ARG (0), &v) && has_result && ret == 0)
        {
          g_hash_table_remove (p->proc->fds, GINT_TO_POINTER ((int) v));
          if ((int) v == p->proc->dir_fd)
            p->proc->dir_fd = -1;
          if ((int) v == p->proc->dot_fd)
            p->proc->dot_fd = -1;
        }
      return TRUE;
    }

  if (!p->started)
    return TRUE;    /* the tracer's child, before the program ran */

  if (g_str_equal (name, "clone") || g_str_equal (name, "clone3") || g_str_equal (name, "fork")
      || g_str_equal (name, "vfork"))
    return handle_clone (p, name, args, has_result, ret, call_text);

  if (g_str_equal (name, "exit"))
    {
      /* A thread's own end (glibc's threads end so; exit_group ends a
       * whole process, which the "+++ exited" line shows). */
      if (p->proc->known && p->proc->is_thread && !p->proc->exited)
        {
          call = g_new0 (MmsTraceCall, 1);
          call->kind = MMS_TRACE_EXIT;
          p->proc->exited = TRUE;
          goto add;
        }
      return TRUE;
    }

  call = g_new0 (MmsTraceCall, 1);
  if (g_str_equal (name, "mmap") || g_str_equal (name, "mmap2"))
    {
      guint64 fd;

      call->kind = MMS_TRACE_MMAP;
      if (!need_args (p, line, name_at, args, 6, name, error))
        goto bad;
      if (!arg_number (ARG (0), &call->addr))
        {
          bad_arg (p, line, ARG (0), "an address", error);
          goto bad;
        }
      if (!arg_number (ARG (1), &call->len))
        {
          bad_arg (p, line, ARG (1), "a length", error);
          goto bad;
        }
      if (!arg_flags (ARG (2), prot_flags, G_N_ELEMENTS (prot_flags), &call->prot, unmodelled))
        {
          bad_arg (p, line, ARG (2), "PROT_ flags", error);
          goto bad;
        }
      if (!arg_flags (ARG (3), map_flags, G_N_ELEMENTS (map_flags), &call->flags, unmodelled))
        {
          bad_arg (p, line, ARG (3), "MAP_ flags", error);
          goto bad;
        }
      if (!arg_number (ARG (4), &fd))
        {
          bad_arg (p, line, ARG (4), "a file descriptor", error);
          goto bad;
        }
      if (!arg_number (ARG (5), &call->offset))
        {
          bad_arg (p, line, ARG (5), "an offset", error);
          goto bad;
        }
      if (g_str_equal (name, "mmap2"))
        call->offset <<= 12;
      if (!(call->flags & MMS_MAP_ANONYMOUS) && (gint64) fd >= 0)
        {
          g_autofree char *path = fd_path (p, ARG (4), (gint64) fd);
          MmsTraceFile *file;

          if (!check_path (p, line, ARG (4)->start, path, error))
            goto bad;
          file = trace_file (p, path, 0);
          call->path = g_strdup (file->path);
          call->file_name = g_strdup (file->name);
        }
      else
        call->flags |= MMS_MAP_ANONYMOUS;
    }
  else if (g_str_equal (name, "munmap"))
    {
      call->kind = MMS_TRACE_MUNMAP;
      if (!need_args (p, line, name_at, args, 2, name, error))
        goto bad;
      if (!arg_number (ARG (0), &call->addr) || !arg_number (ARG (1), &call->len))
        {
          bad_arg (p, line, ARG (!arg_number (ARG (0), &v) ? 0 : 1), "a number", error);
          goto bad;
        }
    }
  else if (g_str_equal (name, "mprotect") || g_str_equal (name, "pkey_mprotect"))
    {
      call->kind = MMS_TRACE_MPROTECT;
      if (!need_args (p, line, name_at, args, 3, name, error))
        goto bad;
      if (!arg_number (ARG (0), &call->addr) || !arg_number (ARG (1), &call->len))
        {
          bad_arg (p, line, ARG (!arg_number (ARG (0), &v) ? 0 : 1), "a number", error);
          goto bad;
        }
      if (!arg_flags (ARG (2), prot_flags, G_N_ELEMENTS (prot_flags), &call->prot, unmodelled))
        {
          bad_arg (p, line, ARG (2), "PROT_ flags", error);
          goto bad;
        }
    }
  else if (g_str_equal (name, "mremap"))
    {
      call->kind = MMS_TRACE_MREMAP;
      if (!need_args (p, line, name_at, args, 4, name, error))
        goto bad;
      if (!arg_number (ARG (0), &call->addr) || !arg_number (ARG (1), &call->len)
          || !arg_number (ARG (2), &call->new_len))
        {
          bad_arg (p, line, ARG (0), "an address and two lengths", error);
          goto bad;
        }
      if (!arg_flags (ARG (3), mremap_flags, G_N_ELEMENTS (mremap_flags), &call->flags,
                      unmodelled))
        {
          bad_arg (p, line, ARG (3), "MREMAP_ flags", error);
          goto bad;
        }
    }
  else if (g_str_equal (name, "brk"))
    {
      call->kind = MMS_TRACE_BRK;
      if (!need_args (p, line, name_at, args, 1, name, error))
        goto bad;
      if (!arg_number (ARG (0), &call->addr))
        {
          bad_arg (p, line, ARG (0), "an address", error);
          goto bad;
        }
    }
  else
    {
      /* madvise, mlock, exit_group...: not replayed. */
      if (!g_str_equal (name, "exit_group") && !g_str_equal (name, "exit"))
        p->trace->n_skipped++;
      call_free (call);
      return TRUE;
    }
  if (!has_result)
    {
      /* The process died in the call: nothing to replay. */
      call_free (call);
      return TRUE;
    }
  if (unmodelled->len > 0)
    call->unmodelled = g_strdup (unmodelled->str);

add:
  call->line = p->line;
  call->entry_line = p->entry_line;
  call->pid = p->proc->pid;
  call->ret = ret;
  call->text = g_utf8_make_valid (call_text, -1);
  if (call->kind == MMS_TRACE_EXECVE)
    p->started = TRUE;
  g_ptr_array_add (p->trace->calls, call);
  return TRUE;

bad:
  call_free (call);
  return FALSE;
}

/* The result after ") = ": a number, "-1 ENAME (text)", or "?". */
static gboolean
parse_result (Parser      *p,
              const char  *line,
              const char  *q,
              gboolean    *has_result,
              gint64      *ret,
              GError     **error)
{
  const char *start;
  char *end;

  while (*q == ' ')
    q++;
  if (*q != '=')
    return fail (p, line, q, error, *q == '\0' ? "the call has no result (a truncated line?): "
                                                 "expected ' = RESULT'"
                                               : "expected ' = RESULT' after the call");
  q++;
  while (*q == ' ')
    q++;
  start = q;
  if (*q == '?')
    {
      *has_result = FALSE;
      return TRUE;
    }
  *has_result = TRUE;
  if (q[0] == '-' && q[1] == '1' && q[2] == ' ')
    {
      g_autofree char *name = NULL;
      const char *e;

      q += 3;
      for (e = q; g_ascii_isalnum (*e) || *e == '_'; e++)
        ;
      if (e == q || q[0] != 'E')
        return fail (p, line, q, error, "expected an errno name such as ENOMEM after '-1'");
      name = g_strndup (q, (gsize) (e - q));
      *ret = -errno_from_name (name);
      return TRUE;
    }
  *ret = (gint64) g_ascii_strtoull (q, &end, 0);
  if (q[0] == '-')
    *ret = g_ascii_strtoll (q, &end, 0);
  if (end == start || (*end != '\0' && *end != ' ' && *end != '<'))
    return fail (p, line, start, error, "expected a number as the result");
  return TRUE;
}

/* Parses the text of one whole call, NAME(ARGS) = RESULT. */
static gboolean
parse_call (Parser      *p,
            const char  *line,
            const char  *text,
            GError     **error)
{
  g_autoptr(GArray) args = g_array_new (FALSE, FALSE, sizeof (Arg));
  g_autofree char *name = NULL;
  const char *q = text;
  gboolean has_result = FALSE;
  gint64 ret = 0;
  g_autofree char *call_text = NULL;

  while (g_ascii_isalnum (*q) || *q == '_')
    q++;
  name = g_strndup (text, (gsize) (q - text));
  if (*q != '(' || !g_ascii_isalpha (text[0]))
    return fail (p, line, q, error, "expected a system call such as 'mmap(...) = RESULT'");
  q++;
  if (!split_args (&q, args))
    return fail (p, line, line + strlen (line), error,
                 "the line ends inside the arguments of %s (a truncated trace?)", name);
  if (!parse_result (p, line, q, &has_result, &ret, error))
    return FALSE;
  /* The call as strace printed it, without its padding before " = ". */
  {
    g_autofree char *result = g_strdup (q);
    g_strstrip (result);
    call_text = g_strdup_printf ("%.*s %s", (int) (q - text), text, result);
  }
  return handle_call (p, line, name, text, args, has_result, ret, call_text, error);
}

/* Reads a leading pid and timestamps; returns where the call starts. */
static const char *
skip_prefix (const char *line,
             gint64     *pid)
{
  const char *q = line;

  *pid = 0;
  for (;;)
    {
      const char *e;

      while (*q == ' ')
        q++;
      if (g_str_has_prefix (q, "[pid "))
        {
          *pid = g_ascii_strtoll (q + 5, (char **) &e, 10);
          if (*e == ']')
            {
              q = e + 1;
              continue;
            }
          return q;
        }
      for (e = q; g_ascii_isdigit (*e) || *e == ':' || *e == '.'; e++)
        ;
      if (e == q || *e != ' ')
        return q;
      if (strspn (q, "0123456789") == (gsize) (e - q) && *pid == 0)
        *pid = g_ascii_strtoll (q, NULL, 10);
      q = e;
    }
}

/* parse_call(); the process whose execve succeeds first is `main`. */
static gboolean
parse_and_note_main (Parser      *p,
                     const char  *line,
                     const char  *text,
                     gint64       pid,
                     GError     **error)
{
  gboolean was_started = p->started;

  if (g_str_has_prefix (text, "???"))
    {
      /* A call strace could not name (a thread caught mid-call when it
       * attached or was killed). */
      warn (p, p->entry_line, "a system call strace could not name: %s", text);
      return TRUE;
    }
  if (!parse_call (p, line, text, error))
    return FALSE;
  if (!was_started && p->started)
    {
      p->main_pid = pid;
      p->proc->known = TRUE;
    }
  return TRUE;
}

/* "+++ exited with N +++", "+++ killed by SIGKILL +++": a thread or process
 * ended.  A thread or child that exits ends in the scenario too (do_exit);
 * main stays, so that its maps are those the trace ends with. */
static void
note_end (Parser     *p,
          const char *text)
{
  Proc *proc = p->proc;

  comment (p, text);
  if (!p->started || !proc->known || proc->exited || proc->pid == p->main_pid
      || !g_str_has_prefix (text, "+++ exited"))
    return;
  {
    MmsTraceCall *call = g_new0 (MmsTraceCall, 1);

    call->kind = MMS_TRACE_EXIT;
    call->line = call->entry_line = p->line;
    call->pid = proc->pid;
    call->text = g_strdup (text);
    proc->exited = TRUE;
    g_ptr_array_add (p->trace->calls, call);
  }
}

static gboolean
parse_line (Parser      *p,
            char        *line,
            GError     **error)
{
  gint64 pid;
  const char *q;
  gsize len = strlen (line);

  if (len > 0 && line[len - 1] == '\r')
    line[--len] = '\0';
  q = skip_prefix (line, &pid);
  p->proc = proc_get (p, pid);
  p->entry_line = p->line;
  if (*q == '\0' || g_str_has_prefix (q, "strace: ") || g_str_has_prefix (q, "????"))
    return TRUE;
  if (g_str_has_prefix (q, "+++"))
    {
      note_end (p, q);
      return TRUE;
    }
  if (g_str_has_prefix (q, "---"))
    {
      if (p->started)
        comment (p, q);
      return TRUE;
    }

  if (g_str_has_prefix (q, "<... "))
    {
      const char *r = strstr (q, " resumed>");
      Unfinished *u = g_hash_table_lookup (p->unfinished, &p->proc->pid);
      g_autofree char *whole = NULL;

      if (r == NULL)
        return fail (p, line, q, error, "expected '<... NAME resumed>'");
      if (u == NULL)
        {
          /* strace attached in the middle of the call (or the trace was
           * cut before it): nothing to join it with. */
          if (!p->started)
            return TRUE;
          return fail (p, line, q, error, "a call resumes that never started on an earlier line");
        }
      whole = g_strconcat (u->text->str, r + strlen (" resumed>"), NULL);
      p->entry_line = u->line;
      g_hash_table_remove (p->unfinished, &p->proc->pid);
      if (strstr (whole, "<detached ...>") != NULL)
        {
          if (p->started)
            warn (p, p->line, "strace detached from pid %" G_GINT64_FORMAT " inside a call: %s", pid, whole);
          return TRUE;
        }
      return parse_and_note_main (p, line, whole, pid, error);
    }

  {
    const char *u = strstr (q, "<unfinished ...>");
    if (u == NULL)
      u = strstr (q, "<detached ...>");
    if (u != NULL)
      {
        Unfinished *first = g_new0 (Unfinished, 1);

        first->text = g_string_new_len (q, u - q);
        first->line = p->line;
        while (first->text->len > 0 && first->text->str[first->text->len - 1] == ' ')
          g_string_truncate (first->text, first->text->len - 1);
        if (g_str_has_prefix (u, "<detached"))
          {
            if (p->started)
              warn (p, p->line, "strace detached from pid %" G_GINT64_FORMAT " inside a call: %s", pid,
                    first->text->str);
            unfinished_free (first);
            return TRUE;
          }
        g_hash_table_replace (p->unfinished, &p->proc->pid, first);
        return TRUE;
      }
  }

  return parse_and_note_main (p, line, q, pid, error);
}

static gint
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Unfinished *ua = *(const Unfinished * const *) a, *ub = *(const Unfinished * const *) b;

  return ua->line < ub->line ? -1 : ua->line > ub->line;
}

/* After the last line: calls that never finished become warnings, and
 * each call's task gets its scenario name (main, tPID for a thread, pPID
 * for a process); calls of processes the trace never showed made are
 * dropped. */
static void
finish (Parser *p)
{
  MmsTrace *trace = p->trace;
  g_autoptr(GPtrArray) left = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;
  guint kept = 0;

  g_hash_table_iter_init (&iter, p->unfinished);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (left, value);
  g_ptr_array_sort (left, compare_lines);
  for (guint i = 0; i < left->len; i++)
    {
      Unfinished *u = left->pdata[i];
      if (p->started && u->line > 0)
        warn (p, u->line, "the call never finished before the trace ended: %s", u->text->str);
    }

  g_hash_table_iter_init (&iter, p->procs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Proc *proc = value;
      gint64 *key;

      if (!proc->known)
        continue;
      key = g_new (gint64, 1);
      *key = proc->pid;
      g_hash_table_insert (trace->task_names, key,
                           proc->pid == p->main_pid ? g_strdup ("main")
                           : g_strdup_printf ("%c%" G_GINT64_FORMAT, proc->is_thread ? 't' : 'p', proc->pid));
    }
  for (guint i = 0; i < trace->calls->len; i++)
    {
      MmsTraceCall *call = trace->calls->pdata[i];

      if (call->kind != MMS_TRACE_COMMENT)
        {
          call->task = g_hash_table_lookup (trace->task_names, &call->pid);
          if (call->task == NULL)
            {
              trace->n_skipped++;
              call_free (call);
              continue;
            }
          if (call->kind == MMS_TRACE_THREAD || call->kind == MMS_TRACE_FORK || call->kind == MMS_TRACE_VFORK)
            call->child_task = g_hash_table_lookup (trace->task_names, &call->child);
        }
      trace->calls->pdata[kept++] = call;
    }
  trace->calls->len = kept;
}

MmsTrace *
mms_trace_parse (const char  *filename,
                 const char  *text,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(MmsTrace) trace = g_new0 (MmsTrace, 1);
  g_autofree char *copy = NULL;
  Parser p = { 0 };
  char *line, *next;
  gboolean ok = TRUE;

  g_return_val_if_fail (filename != NULL && text != NULL, NULL);

  trace->filename = g_strdup (filename);
  trace->calls = g_ptr_array_new_with_free_func (call_free);
  trace->files = g_ptr_array_new_with_free_func (trace_file_free);
  p.filename = filename;
  p.trace = trace;
  p.main_pid = -1;
  trace->warnings = g_ptr_array_new_with_free_func (g_free);
  trace->task_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  p.procs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, proc_free);
  p.unfinished = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, unfinished_free);
  p.file_index = g_hash_table_new (g_str_hash, g_str_equal);
  p.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (memchr (text, '\0', length) != NULL)
    {
      const char *nul = memchr (text, '\0', length);
      guint lineno = 1;
      const char *line_start = text;
      for (const char *c = text; c < nul; c++)
        if (*c == '\n')
          lineno++, line_start = c + 1;
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE,
                   "%s:%u:%u: error: a NUL byte: this is not strace output", filename, lineno,
                   (guint) (nul - line_start) + 1);
      ok = FALSE;
    }
  copy = g_strndup (text, length);
  for (line = copy; ok && line != NULL && *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      p.line++;
      /* strace escapes every unprintable byte of what it shows (\xNN):
       * raw control bytes or text that is not UTF-8 mean this is not
       * strace output, and must not reach the scenario written. */
      {
        const char *bad = NULL;
        const char *end = NULL;
        if (!g_utf8_validate (line, -1, &end))
          bad = end;
        else
          for (const char *c = line; *c != '\0'; c = g_utf8_next_char (c))
            {
              gunichar u = g_utf8_get_char (c);
              /* C0 (but a tab, or a CR ending the line), DEL and C1. */
              if ((u < 0x20 && u != '\t' && !(u == '\r' && c[1] == '\0'))
                  || (u >= 0x7f && u <= 0x9f))
                {
                  bad = c;
                  break;
                }
            }
        if (bad != NULL)
          {
            g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE,
                         "%s:%u:%u: error: byte 0x%02x is not text: this is not strace output",
                         filename, p.line, (guint) g_utf8_strlen (line, bad - line) + 1,
                         (guchar) *bad);
            /* (For a C1 character the byte named is its first.) */
            ok = FALSE;
            break;
          }
      }
      if (next == NULL && line + strlen (line) == copy + length)
        {
          /* The last line, with no newline: strace may have been killed
           * while it wrote it.  A line that does not parse is cut, and the
           * calls before it are kept. */
          g_autoptr(GError) cut = NULL;
          if (!parse_line (&p, line, &cut))
            {
              const char *msg = strstr (cut->message, ": error: ");
              warn (&p, p.line, "the last line is cut, and left out: %s", msg != NULL ? msg + 9 : cut->message);
            }
        }
      else if (!parse_line (&p, line, error))
        ok = FALSE;
    }
  if (ok && !p.started)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE,
                   "%s:%u:1: error: no successful execve in the trace: record it with "
                   "strace -o TRACE -e trace=memory,execve,openat,open,close CMD", filename,
                   MAX (p.line, 1));
      ok = FALSE;
    }
  if (ok)
    finish (&p);
  g_hash_table_unref (p.unfinished);
  g_hash_table_unref (p.procs);
  g_hash_table_unref (p.file_index);
  g_hash_table_unref (p.names);
  if (!ok)
    return NULL;
  return g_steal_pointer (&trace);
}

MmsTrace *
mms_trace_load (const char  *path,
                GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  struct stat st;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  /* Only a regular file: reading a FIFO would wait for a writer, and a
   * device such as /dev/zero never ends. */
  if (stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: %s", path,
                   g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: %s", path,
                   S_ISDIR (st.st_mode) ? "is a directory" : "not a regular file");
      return NULL;
    }
  if (st.st_size > MAX_TRACE_SIZE)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO,
                   "%s: error: file is larger than %d MiB", path, MAX_TRACE_SIZE >> 20);
      return NULL;
    }
  if (!g_file_get_contents (path, &text, &length, &local_error))
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: %s", path,
                   local_error->message);
      return NULL;
    }
  return mms_trace_parse (path, text, length, error);
}

/* --- The scenario -------------------------------------------------------------------- */

static void
append_prot (GString *out,
             guint    prot)
{
  g_string_append_c (out, prot & PROT_READ_BIT ? 'r' : '-');
  g_string_append_c (out, prot & PROT_WRITE_BIT ? 'w' : '-');
  g_string_append_c (out, prot & PROT_EXEC_BIT ? 'x' : '-');
}

/* WORD as one scenario token: bare when it is printable ASCII without the
 * lexer's special characters, else quoted (control characters, which an
 * escape such as \n in strace's output decodes to, become '?'). */
static void
append_word (GString    *out,
             const char *word)
{
  gboolean bare = *word != '\0';

  for (const char *c = word; bare && *c != '\0'; c++)
    bare = *c > ' ' && *c < 0x7f && strchr ("#\"\\=", *c) == NULL;
  if (!bare)
    {
      g_autofree char *quoted = mms_import_quote (word);
      g_string_append (out, quoted);
    }
  else
    g_string_append (out, word);
}

/* TEXT cut to NOTE_MAX characters, "..." marking a cut: notes and
 * comments stay well inside a scenario line. */
static char *
shortened (const char *text)
{
  if (g_utf8_strlen (text, -1) > NOTE_MAX)
    {
      g_autofree char *head = g_utf8_substring (text, 0, NOTE_MAX);
      return g_strconcat (head, "...", NULL);
    }
  return g_strdup (text);
}

static void
append_note (GString            *out,
             const MmsTraceCall *call)
{
  g_autofree char *text = shortened (call->text);
  g_autofree char *quoted = mms_import_quote (text);

  g_string_append_printf (out, "note %s\n", quoted);
}

/* The statement that replays CALL, without its newline. */
static void
append_step (GString            *out,
             const MmsTraceCall *call,
             gboolean            first_exec)
{
  const char *who = call->task != NULL ? call->task : "main";

  switch (call->kind)
    {
    case MMS_TRACE_EXECVE:
      if (first_exec)
        g_string_append (out, "spawn main elf=");
      else
        g_string_append_printf (out, "%s exec elf=", who);
      append_word (out, call->path);
      for (guint i = 0; i < call->argv->len; i++)
        {
          g_string_append_c (out, ' ');
          append_word (out, call->argv->pdata[i]);
        }
      break;
    case MMS_TRACE_MMAP:
      g_string_append_printf (out, "%s mmap %" G_GUINT64_FORMAT " ", who, call->len);
      append_prot (out, call->prot);
      g_string_append (out, call->flags & MMS_MAP_SHARED ? " shared" : " private");
      if (call->file_name != NULL)
        g_string_append_printf (out, " file=%s offset=0x%" G_GINT64_MODIFIER "x", call->file_name,
                                call->offset);
      else
        g_string_append (out, " anon");
      if (call->addr != 0 || (call->flags & (MMS_MAP_FIXED | MMS_MAP_FIXED_NOREPLACE)))
        {
          g_string_append_printf (out, " at=0x%" G_GINT64_MODIFIER "x", call->addr);
          if (call->flags & MMS_MAP_FIXED_NOREPLACE)
            g_string_append (out, " noreplace");
          else if (call->flags & MMS_MAP_FIXED)
            g_string_append (out, " fixed");
        }
      if (call->flags & MMS_MAP_GROWSDOWN)
        g_string_append (out, " growsdown");
      if (call->flags & MMS_MAP_NORESERVE)
        g_string_append (out, " noreserve");
      if (call->flags & MMS_MAP_STACK)
        g_string_append (out, " stack");
      break;
    case MMS_TRACE_MUNMAP:
      g_string_append_printf (out, "%s munmap 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT,
                              who, call->addr, call->len);
      break;
    case MMS_TRACE_MPROTECT:
      g_string_append_printf (out, "%s mprotect 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT " ",
                              who, call->addr, call->len);
      append_prot (out, call->prot);
      break;
    case MMS_TRACE_MREMAP:
      g_string_append_printf (out, "%s mremap 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT
                              " %" G_GUINT64_FORMAT "%s", who, call->addr, call->len, call->new_len,
                              call->flags & MMS_MREMAP_MAYMOVE ? " maymove" : "");
      break;
    case MMS_TRACE_BRK:
      g_string_append_printf (out, "%s brk 0x%" G_GINT64_MODIFIER "x", who, call->addr);
      break;
    case MMS_TRACE_THREAD:
      g_string_append_printf (out, "%s thread %s", who, call->child_task);
      if (call->len > 0)
        g_string_append_printf (out, " stack=0x%" G_GINT64_MODIFIER "x size=%" G_GUINT64_FORMAT,
                                call->addr, call->len);
      break;
    case MMS_TRACE_FORK:
      g_string_append_printf (out, "%s fork %s", who, call->child_task);
      break;
    case MMS_TRACE_VFORK:
      g_string_append_printf (out, "%s vfork %s", who, call->child_task);
      break;
    case MMS_TRACE_EXIT:
      g_string_append_printf (out, "%s exit", who);
      break;
    case MMS_TRACE_COMMENT:
      break;
    }
}

/* Whether the scenario language can state CALL at all (it has no
 * zero-length mmap, say); the others stay comments. */
static gboolean
replayable (const MmsTraceCall *call)
{
  switch (call->kind)
    {
    case MMS_TRACE_COMMENT:
      return FALSE;
    case MMS_TRACE_MMAP:
    case MMS_TRACE_MUNMAP:
    case MMS_TRACE_MREMAP:
      return call->len > 0 && (call->kind != MMS_TRACE_MREMAP || call->new_len > 0);
    case MMS_TRACE_MPROTECT:
      return call->len > 0;
    default:
      return TRUE;
    }
}

/* Whether the ELF file at PATH is a 32-bit one. */
static gboolean
elf_is_32 (const char *path)
{
  gsize len = 0;
  struct stat st;
  FILE *f;
  char head[5];

  /* Not a FIFO, whose open would wait for a writer. */
  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return FALSE;
  f = fopen (path, "rb");
  if (f == NULL)
    return FALSE;
  len = fread (head, 1, sizeof head, f);
  fclose (f);
  return len == sizeof head && memcmp (head, "\177ELF", 4) == 0 && head[4] == 1;
}

char *
mms_trace_to_scenario (MmsTrace *trace)
{
  GString *out = g_string_new (NULL);
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  g_autofree char *quoted = NULL;
  const MmsTraceCall *exec;
  gboolean first_exec = TRUE;

  g_return_val_if_fail (trace != NULL && trace->calls->len > 0, NULL);
  /* The first execve (warnings about lines before it come first). */
  exec = NULL;
  for (guint i = 0; exec == NULL && i < trace->calls->len; i++)
    if (((MmsTraceCall *) trace->calls->pdata[i])->kind == MMS_TRACE_EXECVE)
      exec = trace->calls->pdata[i];
  g_assert (exec != NULL);
  base = g_path_get_basename (trace->filename);
  g_string_append_printf (out, "# %s, replayed: written by mmscope-cli import-strace.\n", base);
  g_string_append (out, "# The traced process is `main`; tPID is one of its threads, pPID a child\n"
                        "# process.  Each mmap, munmap, mprotect, mremap, brk, clone and exit\n"
                        "# is a step, with the call as strace printed it for its note.\n");
  if (trace->n_reordered > 0)
    g_string_append_printf (out, "# %u calls that overlapped in time run in the order that reproduces\n"
                            "# the recorded results, not in the order strace printed them.\n",
                            trace->n_reordered);
  if (trace->n_skipped > 0)
    g_string_append_printf (out, "# %u other calls (other processes, madvise...) are not replayed.\n",
                            trace->n_skipped);
  title = g_strdup_printf ("%s, from its strace", exec->path);
  quoted = mms_import_quote (title);
  g_string_append_printf (out, "title %s\n", quoted);
  if (elf_is_32 (exec->path))
    g_string_append (out, "machine arch=i386\n");
  for (guint i = 0; i < trace->files->len; i++)
    {
      MmsTraceFile *file = trace->files->pdata[i];
      g_autofree char *path = mms_import_quote (file->path);
      g_string_append_printf (out, "file %s size=%" G_GUINT64_FORMAT " path=%s", file->name,
                              MAX (file->size, 1), path);
      if (file->ino != 0)
        g_string_append_printf (out, " dev=%x:%x inode=%" G_GUINT64_FORMAT, major ((dev_t) file->dev),
                                minor ((dev_t) file->dev), file->ino);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < trace->calls->len; i++)
    {
      const MmsTraceCall *call = trace->calls->pdata[i];

      if (call->kind == MMS_TRACE_COMMENT)
        {
          g_autofree char *text = shortened (call->text);
          g_string_append_printf (out, "# line %u: %s\n", call->line, text);
          continue;
        }
      if (!replayable (call))
        {
          g_autofree char *text = shortened (call->text);
          g_string_append_printf (out, "# line %u, not a step: %s\n", call->line, text);
          continue;
        }
      append_note (out, call);
      if (call->unmodelled != NULL)
        {
          g_autofree char *text = shortened (call->unmodelled);
          g_string_append_printf (out, "# not modelled: %s\n", text);
        }
      append_step (out, call, first_exec);
      g_string_append_c (out, '\n');
      if (call->kind == MMS_TRACE_EXECVE)
        first_exec = FALSE;
    }
  return g_string_free (out, FALSE);
}

/* --- --check ----------------------------------------------------------------------- */

static const char *
kind_name (MmsTraceCallKind kind)
{
  static const char * const names[] = { "execve", "mmap", "munmap", "mprotect", "mremap", "brk",
                                        "clone", "fork", "vfork", "exit", "comment" };
  return names[kind];
}

static char *
describe (gint64 value)
{
  if (value < 0 && value > -4096)
    {
      const char *name = mms_errno_name ((int) -value);
      return g_strdup_printf ("-1 %s", name != NULL ? name : "(an errno)");
    }
  if (value >= 0 && value < 4096)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", (guint64) value);
}

/* The engine's result of the step just run, as the syscall returns it. */
static gint64
step_value (MmsRunner          *runner,
            const MmsTraceCall *call)
{
  const MmsStepResult *res = mms_runner_get_result (runner);
  const char *hexp;

  if (call->kind == MMS_TRACE_BRK)
    {
      struct task_struct *task = mms_runner_lookup_task (runner, call->task != NULL ? call->task : "main");
      return task != NULL && task->mm != NULL ? (gint64) task->mm->brk : -ESRCH;
    }
  if (res->err != 0)
    return -res->err;
  if (call->kind == MMS_TRACE_MUNMAP || call->kind == MMS_TRACE_MPROTECT
      || call->kind == MMS_TRACE_EXECVE)
    return 0;
  /* mmap and mremap: "mapped at 0x..." / "now at 0x...". */
  hexp = res->summary != NULL ? strstr (res->summary, "0x") : NULL;
  return hexp != NULL ? (gint64) g_ascii_strtoull (hexp, NULL, 16) : -EINVAL;
}

/* Whether the engine's result of CALL is compared with the recorded one
 * (a clone's is a pid, which the engine numbers its own way). */
static gboolean
compared (const MmsTraceCall *call)
{
  return replayable (call) && call->kind != MMS_TRACE_EXECVE && call->kind != MMS_TRACE_THREAD
         && call->kind != MMS_TRACE_FORK && call->kind != MMS_TRACE_VFORK && call->kind != MMS_TRACE_EXIT;
}

/* One replay of the trace's calls in their present order: GOT[i] is the
 * engine's result of call i (for the compared ones).  Returns the index of
 * the first compared call, not in SKIP, whose result differs from the
 * recorded one, or the number of calls.  A scenario that does not run (an
 * order in which a thread acts before its clone) stops at the call whose
 * step fails, with *BROKEN set; ERROR is set only for a trace whose own
 * order does not run (an ELF file missing). */
static guint
replay (MmsTrace    *trace,
        const guint8 *skip,
        gint64      *got,
        gboolean    *broken,
        GError     **error)
{
  g_autofree char *text = mms_trace_to_scenario (trace);
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(MmsRunner) runner = NULL;
  g_autoptr(GError) local_error = NULL;
  guint first = trace->calls->len;

  *broken = FALSE;
  scenario = mms_scenario_parse (trace->filename, text, -1, &local_error);
  if (scenario != NULL)
    runner = mms_runner_new (scenario, &local_error);
  if (runner == NULL)
    {
      *broken = TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }
  mms_runner_set_record_events (runner, FALSE);
  for (guint i = 0; i < trace->calls->len; i++)
    {
      const MmsTraceCall *call = trace->calls->pdata[i];

      if (!replayable (call))
        continue;
      if (!mms_runner_step (runner, &local_error))
        {
          *broken = TRUE;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return i;
        }
      if (call->kind == MMS_TRACE_EXECVE && mms_runner_get_result (runner)->err != 0)
        {
          *broken = TRUE;
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_TRACE,
                       "%s:%u:1: error: the engine could not load %s: %s", trace->filename,
                       call->line, call->path, mms_runner_get_result (runner)->summary);
          return i;
        }
      if (!compared (call))
        continue;
      got[i] = step_value (runner, call);
      if (got[i] != call->ret && first == trace->calls->len && (skip == NULL || !skip[i]))
        first = i;
    }
  return first;
}

/* Whether the windows (entry to completion) of two calls overlap: the
 * kernel may have run them in either order. */
static gboolean
overlap (const MmsTraceCall *a,
         const MmsTraceCall *b)
{
  return a->entry_line < b->line && b->entry_line < a->line;
}

#define MAX_ORDERS 720

/* Heap's algorithm, K-th permutation of N items in ORDER (first call
 * with K = 0 gives the identity). */
static gboolean
next_order (guint *order,
            guint *c,
            guint  n,
            guint *i)
{
  while (*i < n)
    {
      if (c[*i] < *i)
        {
          guint j = *i % 2 == 0 ? 0 : c[*i], t = order[j];
          order[j] = order[*i];
          order[*i] = t;
          c[*i]++;
          *i = 1;
          return TRUE;
        }
      c[*i] = 0;
      (*i)++;
    }
  return FALSE;
}

gboolean
mms_trace_order (MmsTrace  *trace,
                 GError   **error)
{
  guint n = trace->calls->len;
  g_autofree guint8 *skip = g_new0 (guint8, n + 1);
  g_autofree gint64 *got = g_new0 (gint64, n + 1);
  gboolean broken;
  guint at;

  g_return_val_if_fail (trace != NULL, FALSE);

  for (at = replay (trace, skip, got, &broken, error); !broken && at < n;
       at = replay (trace, skip, got, &broken, error))
    {
      MmsTraceCall **calls = (MmsTraceCall **) trace->calls->pdata;
      guint a = at, b = at, lo_entry = calls[at]->entry_line, hi_line = calls[at]->line;
      gboolean found = FALSE;

      /* The calls around it whose windows overlap, one after another. */
      while (a > 0 && calls[a - 1]->line > lo_entry)
        {
          a--;
          lo_entry = MIN (lo_entry, calls[a]->entry_line);
        }
      while (b + 1 < n && calls[b + 1]->entry_line < hi_line)
        {
          b++;
          hi_line = MAX (hi_line, calls[b]->line);
        }
      {
        gboolean any = FALSE;
        for (guint j = a; j <= b; j++)
          any |= j != at && overlap (calls[j], calls[at]);
        if (!any)
          {
            skip[at] = TRUE;   /* a result no order changes */
            continue;
          }
      }
      if (b - a + 1 <= 6)
        {
          guint m = b - a + 1, k = 1;
          guint order[6], c[6] = { 0 };
          MmsTraceCall *orig[6];

          for (guint j = 0; j < m; j++)
            order[j] = j, orig[j] = calls[a + j];
          while (!found && next_order (order, c, m, &k))
            {
              g_autoptr(GError) ignored = NULL;
              guint again;

              for (guint j = 0; j < m; j++)
                calls[a + j] = orig[order[j]];
              again = replay (trace, skip, got, &broken, &ignored);
              found = !broken && again > b;
            }
          if (!found)
            for (guint j = 0; j < m; j++)
              calls[a + j] = orig[j];
          else
            for (guint j = 0; j < m; j++)
              if (calls[a + j] != orig[j])
                trace->n_reordered++;
        }
      if (!found)
        {
          g_autoptr(GString) lines = g_string_new (NULL);

          for (guint j = a; j <= b; j++)
            g_string_append_printf (lines, "%s%u", j > a ? ", " : "", calls[j]->line);
          g_ptr_array_add (trace->warnings,
                           g_strdup_printf ("%s:%u: warning: no order of the overlapping calls of lines %s "
                                            "reproduces the recorded results: they stay in the order "
                                            "they finished", trace->filename, calls[at]->line, lines->str));
          /* One warning for them: --check reports each result. */
          for (guint j = a; j <= b; j++)
            skip[j] = TRUE;
        }
      broken = FALSE;
    }
  return !broken;
}

gboolean
mms_trace_check (MmsTrace  *trace,
                 GString   *report,
                 guint     *n_matched,
                 guint     *n_total,
                 GError   **error)
{
  guint n = trace->calls->len;
  g_autofree gint64 *got = g_new0 (gint64, n + 1);
  g_autoptr(GHashTable) per_task = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new ();
  guint matched = 0, total = 0;
  gboolean broken;

  g_return_val_if_fail (trace != NULL && report != NULL, FALSE);

  replay (trace, NULL, got, &broken, error);
  if (broken)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const MmsTraceCall *call = trace->calls->pdata[i];
      g_autofree char *got_text = NULL;
      g_autofree char *want_text = NULL;
      g_autofree char *who = NULL;
      guint *counts;

      if (!compared (call))
        continue;
      counts = g_hash_table_lookup (per_task, call->task);
      if (counts == NULL)
        {
          counts = g_new0 (guint, 2);
          g_hash_table_insert (per_task, (gpointer) call->task, counts);
          g_ptr_array_add (tasks, (gpointer) call->task);
        }
      total++;
      counts[1]++;
      got_text = describe (got[i]);
      want_text = describe (call->ret);
      who = g_strcmp0 (call->task, "main") == 0 ? g_strdup ("") : g_strdup_printf ("%s ", call->task);
      if (got[i] == call->ret)
        {
          matched++;
          counts[0]++;
          g_string_append_printf (report, "%s:%u: %s%s = %s: matched\n", trace->filename, call->line, who,
                                  kind_name (call->kind), want_text);
        }
      else
        g_string_append_printf (report, "%s:%u: %s%s: the engine returned %s, the real kernel %s"
                                "%s%s\n", trace->filename, call->line, who, kind_name (call->kind),
                                got_text, want_text, call->unmodelled != NULL ? "; not modelled: " : "",
                                call->unmodelled != NULL ? call->unmodelled : "");
    }
  /* Per thread and process, when there are more than one. */
  if (tasks->len > 1)
    for (guint i = 0; i < tasks->len; i++)
      {
        const guint *counts = g_hash_table_lookup (per_task, tasks->pdata[i]);
        g_string_append_printf (report, "%s: %u of %u results matched\n", (char *) tasks->pdata[i], counts[0],
                                counts[1]);
      }
  g_string_append_printf (report, "%u of %u results matched the real kernel\n", matched, total);
  if (n_matched != NULL)
    *n_matched = matched;
  if (n_total != NULL)
    *n_total = total;
  return TRUE;
}
