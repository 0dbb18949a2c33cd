/* mms-step-list.h: the timeline of a scenario, as a debugger shows one.
 *
 * A scrubber (a scale over the steps, dragged or clicked) above the list
 * of the scenario's statements, the current one selected.  Both only
 * activate win.goto-step; the window tells the list where it is. */
#pragma once

#include <gtk/gtk.h>

#include "mms-scenario.h"

G_BEGIN_DECLS

#define MMS_TYPE_STEP_LIST (mms_step_list_get_type ())

G_DECLARE_FINAL_TYPE (MmsStepList, mms_step_list, MMS, STEP_LIST, GtkBox)

GtkWidget *mms_step_list_new (void);

/* SCENARIO is not owned; NULL empties the list.  Call again after steps
 * were appended. */
void mms_step_list_set_scenario (MmsStepList *self,
                                 MmsScenario *scenario);
void mms_step_list_set_position (MmsStepList *self,
                                 guint        step);

G_END_DECLS
