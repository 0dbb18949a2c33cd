/* mms-test-maple.h: the engine's maple trees against the kernel's
 * (tests/tools/mt-oracle.c), for the tests that run scenarios. */
#pragma once

#include "mms-process.h"

G_BEGIN_DECLS

/* The oracle's output for LOG, or NULL when the oracle was not built
 * (MMS_MT_ORACLE unset). */
char *mms_test_mt_oracle (const char *log);

/* Starts logging MACHINE's maple tree stores (machine->mt_log). */
void mms_test_mt_log_start (MmsMachine *machine);

/* A checkpoint: "dump MM" in the log and the engine's dump of MM's tree
 * in EXPECTED, which the oracle's output must equal line for line. */
void mms_test_mt_checkpoint (struct mm_struct *mm,
                             GString          *expected);

/* Runs the oracle on MACHINE's log and compares with EXPECTED; FALSE
 * (test skipped) when there is no oracle. */
gboolean mms_test_mt_compare (MmsMachine *machine,
                              GString    *expected);

G_END_DECLS
