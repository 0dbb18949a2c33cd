/* mms-import.c: the helpers the importers share. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "mms-import.h"

G_DEFINE_QUARK (mms-import-error-quark, mms_import_error)

/* Writes LENGTH bytes of CONTENTS to the device at PATH.  O_NONBLOCK makes
 * the open of a FIFO without a reader fail (ENXIO) rather than wait. */
static gboolean
write_in_place (const char  *path,
                const char  *contents,
                gsize        length,
                GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NONBLOCK, 0);
  int errsv = 0;

  if (fd < 0 || fcntl (fd, F_SETFL, 0) < 0)
    errsv = errno;
  while (errsv == 0 && length > 0)
    {
      gssize n = write (fd, contents, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          errsv = n < 0 ? errno : EIO;
          break;
        }
      contents += n;
      length -= n;
    }
  if (fd >= 0 && close (fd) != 0 && errsv == 0)
    errsv = errno;
  if (errsv != 0)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: %s", path,
                   g_strerror (errsv));
      return FALSE;
    }
  return TRUE;
}

gboolean
mms_import_write_atomic (const char  *path,
                         const char  *contents,
                         gssize       length,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL && contents != NULL, FALSE);

  /* An existing device, FIFO or socket (/dev/null, /dev/full) is written
   * in place: renaming a file over it would replace the device node (as
   * root), and it cannot hold a partial file anyway.  A directory is
   * refused before a temporary file is made beside it. */
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: is a directory",
                       path);
          return FALSE;
        }
      return write_in_place (path, contents, length < 0 ? strlen (contents) : (gsize) length,
                             error);
    }

  /* g_file_set_contents() writes PATH.XXXXXX and renames it over PATH. */
  if (!g_file_set_contents (path, contents, length, &local_error))
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: %s", path,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

char *
mms_import_resolve_path (const char *path)
{
  char *resolved;

  g_return_val_if_fail (path != NULL, NULL);
  resolved = realpath (path, NULL);
  /* A file not on this machine: "." and ".." resolved by name, as d_path()
   * would show the file that was there ("bin/../lib/libjli.so"). */
  if (resolved == NULL)
    return path[0] == '/' ? g_canonicalize_filename (path, NULL) : g_strdup (path);
  /* realpath()'s buffer comes from malloc(); hand out a g_malloc() one. */
  {
    char *copy = g_strdup (resolved);
    free (resolved);
    return copy;
  }
}

char *
mms_import_quote (const char *text)
{
  GString *out = g_string_new ("\"");
  g_autofree char *valid = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  /* A path strace showed with escapes may decode to bytes that are not
   * UTF-8; the scenario language is UTF-8 (U+FFFD stands in). */
  valid = g_utf8_make_valid (text, -1);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);

      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      /* The scenario lexer refuses control characters (C0, DEL, C1). */
      if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        g_string_append_c (out, '?');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}
