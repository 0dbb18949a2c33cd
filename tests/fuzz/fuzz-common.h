/* fuzz-common.h: what the libFuzzer harnesses share.
 *
 * Every harness is a plain LLVMFuzzerTestOneInput() built with
 * -fsanitize=fuzzer,address,undefined (meson -Dfuzzing=true).  A crash,
 * an AddressSanitizer or UndefinedBehaviorSanitizer report, a GLib critical
 * or a broken engine invariant aborts the run; everything else, including
 * every scenario error, is an ordinary outcome.
 */
#pragma once

#include <stdint.h>
#include <stdlib.h>

#include <glib.h>

#include "mms-engine.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);

/* Criticals and warnings are bugs: make them abort so the fuzzer sees them. */
static inline void
fuzz_init_glib (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_handler (NULL, G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
                     g_log_default_handler, NULL);
}

/* Runs every invariant checker after every event; aborts on the first
 * broken one, naming the event.  A check walks the whole machine (about a
 * millisecond under the sanitizers), so once the budget of checked events is
 * spent only every FUZZ_CHECK_STRIDE-th event is checked; the harnesses also
 * check between operations.  That keeps each input well under a second. */
#define FUZZ_CHECK_BUDGET 100
#define FUZZ_CHECK_STRIDE 64

typedef struct
{
  guint64 events;
  guint64 budget;
} FuzzWatch;

static inline void
fuzz_check_after_event_cb (MmsMachine     *machine,
                           const MmsEvent *event,
                           gpointer        user_data)
{
  FuzzWatch *watch = user_data;
  g_autoptr(GError) error = NULL;

  if (++watch->events > watch->budget && watch->events % FUZZ_CHECK_STRIDE != 0)
    return;
  if (!mms_machine_check (machine, &error))
    {
      g_printerr ("invariant broken after %s (event %u): %s\n",
                  mms_event_kind_name (event->kind), event->seq, error->message);
      abort ();
    }
}
