/* mms-test-run.c: what the scene tests share (mms-test-run.h). */
#include "mms-config.h"

#include "mms-test-run.h"

#include <string.h>

void
run_open (Run        *run,
          const char *name,
          guint       step)
{
  g_autoptr(GError) error = NULL;

  run->scenario = mms_scenario_open (name, &error);
  g_assert_no_error (error);
  run->runner = mms_runner_new (run->scenario, &error);
  g_assert_no_error (error);
  mms_runner_run_until (run->runner, step, &error);
  g_assert_no_error (error);
}

void
run_close (Run *run)
{
  g_clear_pointer (&run->runner, mms_runner_free);
  g_clear_pointer (&run->scenario, mms_scenario_free);
}

MmsScene *
build (Run     *run,
       MmsView  view,
       double   width,
       double   height)
{
  MmsSceneSource source;

  mms_scene_source_init (&source, run->runner);
  return mms_view_build (view, &source, NULL, width, height);
}

gboolean
links_to (MmsElement *e,
          const char *object)
{
  for (guint i = 0; e->links != NULL && i < e->links->len; i++)
    if (strcmp (g_ptr_array_index (e->links, i), object) == 0)
      return TRUE;
  return FALSE;
}
