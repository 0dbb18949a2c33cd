/* mms-strace.h: mmscope-cli import-strace (spec/cli.md): a trace of
 * `strace -e trace=memory,execve,openat,open,close CMD` becomes a scenario
 * that replays it, and --check compares each result with the kernel's. */
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
} MmsTraceCallKind;

/* One replayed system call of the traced process. */
typedef struct
{
  MmsTraceCallKind kind;
  guint line;                 /* where it ended in the trace */
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
} MmsTrace;

typedef struct
{
  char *name;                 /* a scenario name: "libc.so.6" */
  char *path;                 /* resolved: "/usr/lib/x86_64-linux-gnu/libc.so.6" */
  guint64 size;
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
