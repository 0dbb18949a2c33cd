/* mms-export-dialog.h: the Export dialog (win.export, Ctrl+E).
 *
 * The view on screen, all views or the region selected with Shift+drag,
 * this step or every step, as PNG, SVG or PDF, at a size and scale, with
 * or without the narration; then a file chooser that starts in the folder
 * used last (the last-folder setting). */
#pragma once

#include <gtk/gtk.h>

#include "mms-export.h"
#include "mms-window.h"

G_BEGIN_DECLS

#define MMS_TYPE_EXPORT_DIALOG (mms_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MmsExportDialog, mms_export_dialog, MMS, EXPORT_DIALOG, GtkDialog)

/* REGION (scene units) is the selected region, or NULL when there is none. */
MmsExportDialog *mms_export_dialog_new (MmsWindow     *window,
                                        const MmsRect *region);

/* Shows the dialog; Export… asks for a file and writes it. */
void mms_export_dialog_present (MmsWindow     *window,
                                const MmsRect *region);

typedef enum
{
  MMS_EXPORT_WHAT_VIEW,
  MMS_EXPORT_WHAT_ALL,
  MMS_EXPORT_WHAT_REGION,
} MmsExportWhat;

/* The dialog's choices, as a test sets them. */
void mms_export_dialog_set_what (MmsExportDialog *self,
                                 MmsExportWhat    what);
void mms_export_dialog_set_every_step (MmsExportDialog *self,
                                       gboolean         every_step);
void mms_export_dialog_set_format (MmsExportDialog *self,
                                   MmsExportFormat  format);
void mms_export_dialog_set_size (MmsExportDialog *self,
                                 int              width,
                                 int              height,
                                 double           scale);

/* The file name the file chooser proposes ("fork-cow-step-4.png"). */
char *mms_export_dialog_suggest_name (MmsExportDialog *self);

/* Writes the export to PATH with the dialog's choices, without a file
 * chooser (the file chooser's response calls this too). */
gboolean mms_export_dialog_export_to (MmsExportDialog  *self,
                                      const char       *path,
                                      GError          **error);

G_END_DECLS
