/* mms-report.h: the kernel-style text views and the JSON state. */
#pragma once

#include <json-glib/json-glib.h>

#include "mms-machine.h"

G_BEGIN_DECLS

/* /proc/buddyinfo, exactly: one line per populated zone. */
void mms_report_buddyinfo (MmsMachine *machine,
                           GString    *out);

/* One line per cache: name, active objects, total objects, object size,
 * objects per slab, pages per slab, then full, partial and free slabs. */
void mms_report_slabinfo (MmsMachine *machine,
                          GString    *out);

/* Adds "machine", "zones" and "slab_caches" members to the open object. */
void mms_report_json_physical (MmsMachine  *machine,
                               JsonBuilder *builder);

struct mm_struct;

/* An object describing MM: its mm_struct fields, its VMAs and a summary of
 * its page tables. */
void mms_report_json_mm (struct mm_struct *mm,
                         JsonBuilder      *builder);

G_END_DECLS
