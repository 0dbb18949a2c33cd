/* mms-check.h: the invariant checkers of engine.md section 8. */
#pragma once

#include "mms-machine.h"

G_BEGIN_DECLS

/* Each returns TRUE when its invariants hold, else FALSE with ERROR saying
 * which one broke and where. */
gboolean mms_check_buddy (MmsMachine  *machine,
                          GError     **error);
gboolean mms_check_slab (MmsMachine  *machine,
                         GError     **error);

/* All of the checkers above (and, as they land, the address-space ones). */
gboolean mms_machine_check (MmsMachine  *machine,
                            GError     **error);

G_END_DECLS
