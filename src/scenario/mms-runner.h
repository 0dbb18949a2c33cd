/* mms-runner.h: drives the engine through a scenario, one step at a time.
 *
 * The runner owns the machine it builds from the scenario's header, binds
 * labels, executes steps and checks `expect` lines.  It can stop after any
 * step; the events of the last step are kept for the views and the CLI.
 */
#pragma once

#include "mms-scenario.h"
#include "mms-engine.h"
#include "mms-process.h"

G_BEGIN_DECLS

typedef struct _MmsRunner MmsRunner;

/* What one step did, in words and in numbers. */
typedef struct
{
  guint step;               /* 1-based; 0 is the boot */
  int err;                  /* errno of a failed syscall or allocation, else 0 */
  gboolean segv;            /* the step killed its process with SIGSEGV */
  char *summary;            /* "block 0x3c00 of order 3 in DMA32" */
} MmsStepResult;

/* Builds the machine and boots it (the boot's events are step 0's).
 * Takes a reference to nothing: SCENARIO must outlive the runner. */
MmsRunner *mms_runner_new (MmsScenario  *scenario,
                           GError      **error);
void mms_runner_free (MmsRunner *runner);

/* Every event of every later step goes to FUNC too (the tests' checkers). */
void mms_runner_set_event_func (MmsRunner    *runner,
                                MmsEventFunc  func,
                                gpointer      user_data);

/* Whether the events of each step are kept (the default).  Without them,
 * and without an event function, the engine builds no events at all:
 * mmscope-cli run does this when it prints no events. */
void mms_runner_set_record_events (MmsRunner *runner,
                                   gboolean   record);

/* Executes the next step and the expects that follow it.  FALSE with
 * ERROR (FILE:LINE:COLUMN: error: ...) on a scenario error; the machine is
 * then left as the step left it. */
gboolean mms_runner_step (MmsRunner  *runner,
                          GError    **error);

/* Steps until N steps are done (or the scenario ends). */
gboolean mms_runner_run_until (MmsRunner  *runner,
                               guint       n,
                               GError    **error);

guint mms_runner_get_position (MmsRunner *runner);   /* steps done */
guint mms_runner_get_n_steps (MmsRunner *runner);
gboolean mms_runner_is_done (MmsRunner *runner);
MmsMachine *mms_runner_get_machine (MmsRunner *runner);
MmsScenario *mms_runner_get_scenario (MmsRunner *runner);

/* The events of the last executed step (the boot's before any step). */
const MmsEvent *mms_runner_get_events (MmsRunner *runner,
                                       guint     *n_events);
const MmsStepResult *mms_runner_get_result (MmsRunner *runner);

/* Appends the last step's summary (the result's) to OUT.  It is the same
 * text, but formatted straight into OUT, and the result's summary stays
 * unformatted if it was (see mms-runner.c): mmscope-cli run prints a
 * summary a step this way. */
void mms_runner_append_summary (MmsRunner *runner,
                                GString   *out);

/* The statement of step N (1-based), or NULL. */
const MmsStmt *mms_runner_get_stmt (MmsRunner *runner,
                                    guint      n);

/* Keeps checkpoints from now on, so that going back is fast. */
void mms_runner_enable_time_travel (MmsRunner *runner);

/* Goes to the state after step N, forward by stepping, backward by
 * restoring the newest checkpoint at or before N and replaying.  The events
 * of step N are the last step's events afterwards. */
gboolean mms_runner_goto (MmsRunner  *runner,
                          guint       n,
                          GError    **error);

/* A hash of the whole state (the machine's and the step number). */
guint64 mms_runner_state_hash (MmsRunner *runner);

/* The task a scenario's process name stands for (running or not), or NULL. */
struct task_struct *mms_runner_lookup_task (MmsRunner  *runner,
                                            const char *name);

/* The scenario's labels (`as NAME`) of the processes whose address space
 * is MM: FUNC is called with each name and the address it stands for, in
 * the order of the names. */
typedef void (*MmsRunnerLabelFunc) (const char *name,
                                    guint64     addr,
                                    gpointer    user_data);
void mms_runner_foreach_label (MmsRunner          *runner,
                               struct mm_struct   *mm,
                               MmsRunnerLabelFunc  func,
                               gpointer            user_data);

/* ADDR (a number or a label of process NAME, as a step reads it) as an
 * address; FALSE and ERROR (FILE:LINE:COLUMN: error: ..., at NAME_LOC or
 * the label) when NAME is no running process or the label is unbound. */
gboolean mms_runner_resolve_addr (MmsRunner      *runner,
                                  const char     *name,
                                  MmsLoc          name_loc,
                                  const MmsAddr  *addr,
                                  guint64        *out,
                                  GError        **error);

/* The zone EXPECT's name stands for on this machine, or NULL and ERROR. */
struct zone *mms_runner_expect_zone (MmsRunner       *runner,
                                     const MmsExpect *expect,
                                     GError         **error);

/* How many expect lines have been checked so far. */
guint mms_runner_get_n_expects_checked (MmsRunner *runner);

/* The whole state as JSON (machine, zones, slab caches, kernel labels). */
char *mms_runner_to_json (MmsRunner *runner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsRunner, mms_runner_free)

G_END_DECLS
