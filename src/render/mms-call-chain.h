/* mms-call-chain.h: which kernel functions are active at an event.
 *
 * The engine's events are flat, but the kernel functions they model nest:
 * a write fault enters handle_mm_fault, which calls do_anonymous_page,
 * which calls __alloc_pages, which calls __rmqueue_smallest, which calls
 * expand.  A call chain recovers that nesting from the order of a step's
 * events alone (nothing here re-runs engine logic): see mms-call-chain.c.
 */
#pragma once

#include "mms-event.h"

G_BEGIN_DECLS

typedef struct _MmsCallChain MmsCallChain;

/* Analyses the N_EVENTS EVENTS of one step.  EVENTS is copied. */
MmsCallChain *mms_call_chain_new (const MmsEvent *events,
                                  guint           n_events);
void mms_call_chain_free (MmsCallChain *chain);

guint mms_call_chain_get_n_events (MmsCallChain *chain);

/* The functions active at event INDEX, outermost first, ending with the
 * event's own function: a NULL-terminated array of static strings (free the
 * array only, with g_free). */
const char **mms_call_chain_get (MmsCallChain *chain,
                                 guint         index);

/* The same joined with " → ", as the window shows it. */
char *mms_call_chain_format (MmsCallChain *chain,
                             guint         index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsCallChain, mms_call_chain_free)

G_END_DECLS
