/* mms-export.h: views as PNG, SVG and PDF files, and handouts.
 *
 * An export paints the same scene as the window (mms_scene_paint), onto a
 * cairo image, SVG or PDF surface, optionally under a narration block: the
 * step's statement and what it returned, its note, and what the kernel did
 * (the event sentences).  Three shapes of output:
 *
 *   mms_export_step()      one view (or all views) after a step;
 *   mms_export_scene()     an already built scene, or a region of it (the
 *                          window's rubber-band selection);
 *   mms_export_handout()   every step of a scenario: a PDF with a title
 *                          page and one page per step, or a numbered
 *                          sequence of PNG or SVG files (step 0, the boot,
 *                          then one file per step).
 *
 * Every file is written to a temporary file in its own folder and renamed
 * into place once complete: a failed export (a missing folder, a full
 * disk) leaves nothing behind, and a reader never sees half a file.  A
 * sequence is renamed into place only when every file of it was written.
 *
 * Sizes are in user units (a pixel at scale 1; views are laid out for
 * about 1280x720).  A PNG or SVG is WIDTH*SCALE x HEIGHT*SCALE pixels; a
 * PDF page is WIDTH*SCALE x HEIGHT*SCALE points.
 */
#pragma once

#include <gio/gio.h>

#include "mms-view.h"

G_BEGIN_DECLS

#define MMS_EXPORT_ERROR (mms_export_error_quark ())
GQuark mms_export_error_quark (void);

typedef enum
{
  MMS_EXPORT_ERROR_FAILED,      /* cairo could not draw or encode */
  MMS_EXPORT_ERROR_IO,          /* the file could not be written */
  MMS_EXPORT_ERROR_INVALID,     /* a size, a format, a step out of range */
} MmsExportError;

typedef enum
{
  MMS_EXPORT_PNG,
  MMS_EXPORT_SVG,
  MMS_EXPORT_PDF,
} MmsExportFormat;

/* "png", "svg", "pdf"; FALSE when NAME is none of them. */
gboolean mms_export_format_from_name (const char      *name,
                                      MmsExportFormat *format_out);
const char *mms_export_format_get_name (MmsExportFormat format);
/* The format a file name's extension names, or FALSE. */
gboolean mms_export_format_from_filename (const char      *filename,
                                          MmsExportFormat *format_out);

/* The default size of a single export (a 16:9 slide) and of a handout
 * page (A4 landscape once scaled by MMS_EXPORT_HANDOUT_SCALE). */
#define MMS_EXPORT_DEFAULT_WIDTH 1280
#define MMS_EXPORT_DEFAULT_HEIGHT 720
#define MMS_EXPORT_HANDOUT_WIDTH 1280
#define MMS_EXPORT_HANDOUT_HEIGHT 905
#define MMS_EXPORT_HANDOUT_SCALE (841.89 / 1280.0)

/* Bounds of width and height (user units) and of scale. */
#define MMS_EXPORT_MIN_SIZE 200
#define MMS_EXPORT_MAX_SIZE 16384
#define MMS_EXPORT_MIN_SCALE 0.1
#define MMS_EXPORT_MAX_SCALE 8.0

typedef struct
{
  MmsExportFormat format;
  MmsView view;             /* MMS_VIEW_ALL by default */
  double width, height;     /* user units; 0 picks the default */
  double scale;             /* 0 picks 1 (MMS_EXPORT_HANDOUT_SCALE for a PDF handout) */
  gboolean narration;       /* a narration block above the views */
  guint max_events;         /* event sentences in the narration (0: none; none
                             * either above all views or the events view,
                             * which show the events themselves) */
  gint pid;                 /* as MmsSceneOptions.pid */
  const MmsPalette *palette;/* NULL: the light palette */
  double font_scale;        /* 0 picks 1 */
  gboolean legend;          /* a legend under a single view */
  gboolean maple_tree;      /* as MmsSceneOptions.maple_tree */
} MmsExportOptions;

/* Fills OPTIONS with the defaults: PNG, all views, with the narration and
 * up to 4 event sentences. */
void mms_export_options_init (MmsExportOptions *options);

/* What is said about a step: the text of the narration block. */
typedef struct
{
  char *title;              /* the scenario's title, or NULL */
  char *position;           /* "Step 4 of 8", "Boot" */
  char *statement;          /* "parent fork child  → child is pid 2" */
  char *note;               /* in the user's language, or NULL */
  GPtrArray *events;        /* char *: "copy_process: pid 2 is born ..." */
  guint n_more_events;      /* events beyond those kept */
} MmsNarration;

/* The narration of RUNNER's current position, with at most MAX_EVENTS
 * event sentences (the runner must record events to have any). */
MmsNarration *mms_narration_new (MmsRunner *runner,
                                 guint      max_events);
void mms_narration_free (MmsNarration *narration);

/* The height (user units) the narration block takes at WIDTH. */
double mms_narration_measure (const MmsNarration *narration,
                              double              width,
                              double              font_scale);
/* Paints the narration block into (X, Y, WIDTH, HEIGHT) in PALETTE's colours. */
void mms_narration_paint (cairo_t            *cr,
                          const MmsNarration *narration,
                          const MmsPalette   *palette,
                          double              x,
                          double              y,
                          double              width,
                          double              height,
                          double              font_scale);

/* Builds the scene of SCENARIO after STEP as mms_export_step() paints it:
 * a fresh runner goes to STEP - 1, then makes the step, so that what the
 * step changed is highlighted as in the window.  NARRATION_HEIGHT gets the
 * height of the narration above the scene (scene point (x, y) is output
 * point (x, y + *narration_height) times the scale); NARRATION_OUT, when
 * not NULL, gets the narration (free it with mms_narration_free).  NULL
 * with ERROR when the scenario fails before STEP or STEP is out of range. */
MmsScene *mms_export_build_step (MmsScenario             *scenario,
                                 guint                    step,
                                 const MmsExportOptions  *options,
                                 double                  *narration_height,
                                 MmsNarration           **narration_out,
                                 GError                 **error);

/* Exports the state of SCENARIO after STEP to PATH. */
gboolean mms_export_step (MmsScenario             *scenario,
                          guint                    step,
                          const MmsExportOptions  *options,
                          const char              *path,
                          GError                 **error);

/* Exports SCENE, or the part REGION of it (scene units; NULL: all of it),
 * under NARRATION (NULL: none) to PATH.  OPTIONS' width and height are
 * ignored: the output is the region's size times the scale. */
gboolean mms_export_scene (MmsScene                *scene,
                           const MmsRect           *region,
                           const MmsNarration      *narration,
                           const MmsExportOptions  *options,
                           const char              *path,
                           GError                 **error);

/* Exports every step of SCENARIO.  A PDF goes to PATH: a title page (the
 * title, the machine, the list of steps, the boot state), then one page
 * per step, 1 + n_steps pages in all.  A PNG or SVG sequence uses PATH as
 * the pattern: "dir/name.png" writes dir/name-00.png (the boot),
 * dir/name-01.png ... one file per step, numbered with as many digits as
 * the last step needs (at least two).  N_FILES_OUT, when not NULL, gets the
 * number of pages or files.  PROGRESS, when not NULL, is called after each
 * step with the step and the number of steps. */
typedef void (*MmsExportProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

gboolean mms_export_handout (MmsScenario             *scenario,
                             const MmsExportOptions  *options,
                             const char              *path,
                             guint                   *n_files_out,
                             MmsExportProgressFunc    progress,
                             gpointer                 user_data,
                             GError                 **error);

/* The file name of step STEP in the sequence PATH of N_STEPS steps. */
char *mms_export_sequence_path (const char *path,
                                guint       step,
                                guint       n_steps);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsNarration, mms_narration_free)

G_END_DECLS
