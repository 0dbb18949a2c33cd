/* mms-import.h: what the importers of real programs share (style.md:
 * src/import/ holds ELF loading, strace import and /proc snapshots). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MMS_IMPORT_ERROR (mms_import_error_quark ())

typedef enum
{
  MMS_IMPORT_ERROR_IO,        /* a file could not be read or written */
  MMS_IMPORT_ERROR_ELF,       /* not a loadable ELF file (or script) */
  MMS_IMPORT_ERROR_TRACE,     /* malformed strace output */
  MMS_IMPORT_ERROR_PERM,      /* /proc refused: no permission */
  MMS_IMPORT_ERROR_GONE,      /* the process does not exist (any more) */
} MmsImportError;

GQuark mms_import_error_quark (void);

/* Writes CONTENTS to PATH through a temporary file in the same directory
 * and a rename, so PATH never holds a partial file. */
gboolean mms_import_write_atomic (const char  *path,
                                  const char  *contents,
                                  gssize       length,
                                  GError     **error);

/* realpath() of PATH on this machine, as d_path() shows an opened file;
 * PATH itself when it does not resolve. */
char *mms_import_resolve_path (const char *path);

/* A string as a scenario's double-quoted string (spec/scenario.md). */
char *mms_import_quote (const char *text);

G_END_DECLS
