/* mms-test-engine.h: what the engine's tests share: booting a machine whose
 * every event runs the invariant checkers, and a small synthetic process.
 */
#pragma once

#include "mms-engine.h"
#include "mms-mm-private.h"
#include "mms-process.h"

G_BEGIN_DECLS

#define PROT_R 1
#define PROT_W 2
#define PROT_X 4
#define PAGE MMS_PAGE_SIZE

/* The checkers of engine.md section 8 (buddy, slab, address spaces, page
 * tables) after EVENT; a failure ends the test naming the event. */
void mms_test_check_event (MmsMachine     *machine,
                           const MmsEvent *event);

/* A booted machine of ARCH with RAM and SWAP bytes; FUNC (which calls
 * mms_test_check_event()) sees every event, from the boot's on. */
MmsMachine *mms_test_boot (MmsArch       arch,
                           guint64       ram,
                           guint64       swap,
                           MmsEventFunc  func,
                           gpointer      user_data);

/* A process running /bin/demo: 2 pages of text, one of data, one of bss. */
struct task_struct *mms_test_spawn (MmsMachine *machine,
                                    const char *comm);

G_END_DECLS
