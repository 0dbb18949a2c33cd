/* mms-clone.h: deep copies of a machine (checkpoints) and state hashes. */
#pragma once

#include "mms-machine.h"

G_BEGIN_DECLS

/* A copy of M that shares nothing with it and has no event function. */
MmsMachine *mms_machine_clone (MmsMachine *m);

/* A hash of M's observable state, independent of host addresses: two
 * machines in the same state hash the same. */
guint64 mms_machine_hash (MmsMachine *m);

G_END_DECLS
