/* mms-console.h: a line where the user types scenario statements.
 *
 * Enter activates win.console-run with the text; the window runs it as a
 * new step and answers with mms_console_show_error () or
 * mms_console_clear ().  The Save button activates win.save-session-as. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MMS_TYPE_CONSOLE (mms_console_get_type ())

G_DECLARE_FINAL_TYPE (MmsConsole, mms_console, MMS, CONSOLE, GtkBox)

GtkWidget *mms_console_new (void);

/* The statement ran: the entry empties. */
void mms_console_clear (MmsConsole *self);
/* MESSAGE (FILE:LINE:COLUMN: error: ...) shows under the entry, which
 * keeps the text with the cursor at the column. */
void mms_console_show_error (MmsConsole *self,
                             const char *message);
const char *mms_console_get_error (MmsConsole *self);
GtkEntry *mms_console_get_entry (MmsConsole *self);

G_END_DECLS
