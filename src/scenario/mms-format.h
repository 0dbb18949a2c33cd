/* mms-format.h: a printf for the lines printed by the hundred thousand.
 *
 * mmscope-cli run prints a line per step, and a step's summary is a
 * translated format ("mapped at 0x%llx").  glibc's printf takes about a
 * microsecond for such a line, more than the engine takes to run the step;
 * mms_string_append_format () takes a tenth of that.  It understands the
 * conversions those formats use, %s %c %d %i %u %x and %% with the length
 * modifiers l, ll and z, in argument order or with positions (%2$s, as
 * translations reorder them).  Any other format (a width, a precision, a
 * flag, another conversion) goes to g_string_append_vprintf () whole, so
 * the output is always printf's.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void mms_string_append_format (GString    *string,
                               const char *format,
                               ...) G_GNUC_PRINTF (2, 3);

void mms_string_append_vformat (GString    *string,
                                const char *format,
                                va_list     args) G_GNUC_PRINTF (2, 0);

G_END_DECLS
