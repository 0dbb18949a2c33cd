/* mms-builtin.c: the built-in scenarios, from a GResource made of the
 * .mms files in data/scenarios. */
#include "mms-config.h"

#include <errno.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "mms-builtin.h"

#define SCENARIO_PATH "/io/github/mmscope/Mmscope/scenarios/"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

char **
mms_builtin_list (void)
{
  g_auto(GStrv) children = g_resources_enumerate_children (SCENARIO_PATH, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".mms"))
      g_ptr_array_add (names, g_strndup (children[i], strlen (children[i]) - 4));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

GBytes *
mms_builtin_lookup (const char *name)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  if (strchr (name, '/') != NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;
  path = g_strconcat (SCENARIO_PATH, name, ".mms", NULL);
  return g_resources_lookup_data (path, 0, NULL);
}

MmsScenario *
mms_scenario_open (const char  *file_or_name,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf st;

  g_return_val_if_fail (file_or_name != NULL, NULL);

  if (g_file_test (file_or_name, G_FILE_TEST_EXISTS))
    return mms_scenario_load (file_or_name, error);
  bytes = mms_builtin_lookup (file_or_name);
  if (bytes != NULL)
    {
      g_autofree char *filename = g_strconcat (file_or_name, ".mms", NULL);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      return mms_scenario_parse (filename, data, (gssize) size, error);
    }
  /* Neither: when the file is there but cannot be reached (a folder that
   * may not be searched, a name too long), say why, as loading it does. */
  if (g_stat (file_or_name, &st) != 0 && errno != ENOENT && errno != ENOTDIR)
    return mms_scenario_load (file_or_name, error);
  g_set_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_IO,
               "%s:1:1: error: no such file, and no built-in scenario of that name "
               "(mmscope-cli list shows them)", file_or_name);
  return NULL;
}
