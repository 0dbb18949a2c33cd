/* mms-strace.h: mmscope-cli import-strace (spec/cli.md): a trace of
 * `strace [-f] -e trace=memory,execve,openat,open,close CMD` becomes a
 * scenario that replays it, every thread and child included, and --check
 * compares each result with the kernel's. */
#pragma once

#include "mms-import.h"

G_BEGIN_DECLS

typedef enum
{
  MMS_TRACE_EXECVE,
  MMS_TRACE_MMAP,
  MMS_TRACE_MUNMAP,
  MMS_TRACE_MPROTECT,
  MMS_TRACE_MREMAP,
  MMS_TRACE_BRK,
  MMS_TRACE_THREAD,           /* clone/clone3 with CLONE_VM and CLONE_THREAD */
  MMS_TRACE_FORK,             /* fork, or clone without CLONE_VM */
  MMS_TRACE_VFORK,            /* vfork, or clone with CLONE_VM, without CLONE_THREAD */
  MMS_TRACE_EXIT,             /* a thread's exit, or a child's end */
  MMS_TRACE_COMMENT,          /* a line kept as a comment (a signal, a kill, a cut call) */
} MmsTraceCallKind;

/* One replayed system call of a traced thread or process. */
typedef struct
{
  MmsTraceCallKind kind;
  guint line;                 /* where it ended in the trace */
  guint entry_line;           /* where it started (its "<unfinished ...>" line) */
  gint64 pid;                 /* who made it (0: the trace has no pids) */
  const char *task;           /* ... as the scenario names it ("main", "t4396") */
  gint64 child;               /* THREAD, FORK, VFORK: the new task's pid */
  const char *child_task;     /* ... and its name */
  char *text;                 /* the call as strace printed it */
  guint64 addr, len, new_len, offset;
  guint prot;                 /* PROT_* bits */
  guint flags;                /* MMS_MAP_* bits; mremap: MMS_MREMAP_MAYMOVE */
  char *unmodelled;           /* flags the engine does not model, or NULL */
  char *path;                 /* mmap of a file: its resolved path */
  char *file_name;            /* ... and the scenario's name for it */
  GPtrArray *argv;            /* execve: argv[1...] */
  gint64 ret;                 /* the real result: a value, or -errno */
} MmsTraceCall;

typedef struct
{
  char *filename;             /* the trace, as given */
  GPtrArray *calls;           /* MmsTraceCall * */
  GPtrArray *files;           /* MmsTraceFile *: the mapped files */
  guint n_skipped;            /* calls of other processes or not replayed */
  GPtrArray *warnings;        /* "FILE:LINE: warning: ..." for stderr */
  GHashTable *task_names;     /* pid -> the scenario's name, owned here */
  guint n_reordered;          /* calls moved to reproduce the recorded results */
} MmsTrace;

typedef struct
{
  char *name;                 /* a scenario name: "libc.so.6" */
  char *path;                 /* resolved: "/usr/lib/x86_64-linux-gnu/libc.so.6" */
  guint64 size;
  guint64 dev;                /* st_dev and st_ino on the importing machine, or 0 */
  guint64 ino;
} MmsTraceFile;

/* Parses strace output.  Errors are "FILE:LINE:COLUMN: error: MESSAGE"
 * (MMS_IMPORT_ERROR_TRACE), or MMS_IMPORT_ERROR_IO for an unreadable file. */
MmsTrace *mms_trace_parse (const char  *filename,
                           const char  *text,
                           gsize        length,
                           GError     **error);
MmsTrace *mms_trace_load (const char  *path,
                          GError     **error);
void mms_trace_free (MmsTrace *trace);

/* The scenario that replays TRACE: the process `main`, a step and a note
 * for each call. */
char *mms_trace_to_scenario (MmsTrace *trace);

/* Among calls whose windows (entry to completion) overlap, which strace
 * shows in the order they finished, chooses the order, run in the engine,
 * that reproduces the recorded results; where no order does, keeps theirs
 * and adds a warning naming the lines.  FALSE with ERROR when the scenario
 * cannot run (an ELF file missing). */
gboolean mms_trace_order (MmsTrace  *trace,
                          GError   **error);

/* Runs the scenario of TRACE and appends to REPORT, per call, whether the
 * engine returned what the real kernel returned, then the line
 * "N of M results matched the real kernel".  FALSE with ERROR when the
 * scenario cannot run (an ELF file missing, say). */
gboolean mms_trace_check (MmsTrace  *trace,
                          GString   *report,
                          guint     *n_matched,
                          guint     *n_total,
                          GError   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsTrace, mms_trace_free)

G_END_DECLS
