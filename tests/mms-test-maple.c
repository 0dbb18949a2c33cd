/* mms-test-maple.c: see mms-test-maple.h. */
#include "mms-test-maple.h"
#include "mms-mm-private.h"

#include <gio/gio.h>
#include <string.h>

char *
mms_test_mt_oracle (const char *log)
{
  const char *path = g_getenv ("MMS_MT_ORACLE");
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) in = NULL;
  g_autoptr(GBytes) out = NULL;

  if (path == NULL || *path == '\0')
    return NULL;
  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                           &error, path, NULL);
  g_assert_no_error (error);
  in = g_bytes_new (log, strlen (log));
  g_subprocess_communicate (proc, in, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);
  return g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
}

void
mms_test_mt_log_start (MmsMachine *machine)
{
  mms_machine_mt_log_start (machine);
}

void
mms_test_mt_checkpoint (struct mm_struct *mm,
                        GString          *expected)
{
  g_string_append_printf (mm->machine->mt_log, "dump %u\n", mm->id);
  mms_report_mt_dump (mm, expected);
}

gboolean
mms_test_mt_compare (MmsMachine *machine,
                     GString    *expected)
{
  g_autofree char *kernel = mms_test_mt_oracle (machine->mt_log->str);

  if (kernel == NULL)
    {
      g_test_skip ("the kernel's maple tree oracle was not built (no linux-source-6.12)");
      return FALSE;
    }
  if (g_strcmp0 (expected->str, kernel) != 0)
    {
      g_auto(GStrv) a = g_strsplit (expected->str, "\n", -1);
      g_auto(GStrv) b = g_strsplit (kernel, "\n", -1);
      guint i;

      for (i = 0; a[i] != NULL && b[i] != NULL && strcmp (a[i], b[i]) == 0; i++)
        ;
      g_test_message ("maple trees differ at dump line %u: engine '%s', kernel '%s' "
                      "(log in maple-log.txt)", i + 1, a[i] != NULL ? a[i] : "(end)",
                      b[i] != NULL ? b[i] : "(end)");
      g_file_set_contents ("maple-log.txt", machine->mt_log->str, -1, NULL);
    }
  g_assert_cmpstr (expected->str, ==, kernel);
  return TRUE;
}
