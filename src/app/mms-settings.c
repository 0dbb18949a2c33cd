/* mms-settings.c: the settings, found where they are.
 *
 * Installed, the schema is in the system's schema directories.  Run from
 * the build tree (tools/dev app, the GUI tests), it is the one compiled
 * into build/data; GSETTINGS_SCHEMA_DIR points there in the tests, and
 * this looks there too so that `build/src/app/mmscope` just works. */
#include "mms-config.h"

#include "mms-settings.h"

GSettings *
mms_settings_get (void)
{
  static gsize once;
  static GSettings *settings;

  if (g_once_init_enter (&once))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, MMS_APP_ID, TRUE);
      if (schema == NULL && g_file_test (MMS_BUILD_SCHEMADIR "/gschemas.compiled", G_FILE_TEST_EXISTS))
        {
          g_autoptr(GSettingsSchemaSource) local =
            g_settings_schema_source_new_from_directory (MMS_BUILD_SCHEMADIR, source, FALSE, NULL);
          if (local != NULL)
            schema = g_settings_schema_source_lookup (local, MMS_APP_ID, FALSE);
        }
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_message ("The settings schema %s is not installed: settings are not kept", MMS_APP_ID);
      g_once_init_leave (&once, 1);
    }
  return settings;
}
