/* mms-presentation.h: presentation mode and what is drawn over the views.
 *
 * Presentation mode (win.presentation, F5): the window goes full screen,
 * text is larger (the presentation-font-scale setting), the palette is the
 * high-contrast one (presentation-high-contrast), a yellow halo follows
 * the pointer (presentation-pointer), and Page Down/Page Up, Return and
 * BackSpace step as Right and Left do (a presenter's remote sends Page
 * keys); Escape or F5 ends it.
 *
 * A region of the views is selected with Shift+drag (a rubber band), for
 * the Export dialog; a click without Shift clears it. */
#pragma once

#include "mms-window.h"

G_BEGIN_DECLS

/* Connects WINDOW's scene view and keys; called once per window. */
void mms_presentation_attach (MmsWindow *window);

void mms_presentation_set_active (MmsWindow *window,
                                  gboolean   active);
gboolean mms_presentation_get_active (MmsWindow *window);

/* The selected region in scene units, or FALSE when there is none. */
gboolean mms_presentation_get_region (MmsWindow *window,
                                      MmsRect   *region_out);
/* Selects REGION (scene units), or clears the selection when NULL. */
void mms_presentation_set_region (MmsWindow     *window,
                                  const MmsRect *region);

G_END_DECLS
