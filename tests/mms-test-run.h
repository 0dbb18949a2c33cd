/* mms-test-run.h: what the scene tests share: a built-in scenario run to
 * a step, the scene of a view of it, an element's links. */
#pragma once

#include "mms-builtin.h"
#include "mms-render.h"

G_BEGIN_DECLS

typedef struct
{
  MmsScenario *scenario;
  MmsRunner *runner;
} Run;

/* Opens the built-in NAME and runs it to STEP (G_MAXUINT: the end). */
void run_open (Run        *run,
               const char *name,
               guint       step);
void run_close (Run *run);

/* VIEW of RUN's current state at WIDTH x HEIGHT, default options. */
MmsScene *build (Run     *run,
                 MmsView  view,
                 double   width,
                 double   height);

/* Whether E links to OBJECT. */
gboolean links_to (MmsElement *e,
                   const char *object);

G_END_DECLS
