/* mms-view.h: building the scene of a view from an engine state.
 *
 * A view is one way of looking at the machine: the address-space layout,
 * the mm_struct, the VMA tree, the page tables, physical memory, the slab
 * caches, the events of the step, the malloc heap.  MMS_VIEW_ALL lays every view out in one
 * scene, with a legend, as the window shows it and as `mmscope-cli export`
 * writes it.  The names are those of the CLI's --view.
 */
#pragma once

#include "mms-scene.h"
#include "mms-runner.h"

G_BEGIN_DECLS

typedef enum
{
  MMS_VIEW_LAYOUT,
  MMS_VIEW_MM,
  MMS_VIEW_VMA_TREE,
  MMS_VIEW_PAGE_TABLE,
  MMS_VIEW_PHYSICAL,
  MMS_VIEW_SLAB,
  MMS_VIEW_EVENTS,
  MMS_VIEW_HEAP,            /* glibc's malloc: the heap's chunks and bins */
  MMS_VIEW_ALL,
  MMS_N_VIEWS,
} MmsView;

/* "layout", "mm", "vma-tree", "page-table", "physical", "slab", "events",
 * "heap", "all". */
const char *mms_view_get_name (MmsView view);
/* "Address space", "mm_struct", ... */
const char *mms_view_get_title (MmsView view);
/* FALSE when NAME is no view's name. */
gboolean mms_view_from_name (const char *name,
                             MmsView    *view_out);

/* What a scene is built from: a machine, and optionally the step that
 * brought it there.  Nothing here is copied: it must outlive the build. */
typedef struct
{
  MmsMachine *machine;
  const MmsEvent *events;   /* the last step's events, or NULL */
  guint n_events;
  guint step;               /* steps done */
  guint n_steps;            /* of the scenario, 0 when unknown */
  const char *statement;    /* the last step's statement, or NULL */
  const char *title;        /* the scenario's title, or NULL */
  MmsRunner *runner;        /* for the scenario's labels (`as NAME`), or NULL */
} MmsSceneSource;

/* Fills SOURCE from RUNNER's current position. */
void mms_scene_source_init (MmsSceneSource *source,
                            MmsRunner      *runner);

typedef struct
{
  /* The processes to show: 0 shows every process that has an address
   * space, side by side; a pid shows only that one. */
  gint pid;
  /* Physical memory: the frames [pfn_first, pfn_first + pfn_count) are
   * shown; 0 frames shows the whole of RAM. */
  guint64 pfn_first;
  guint64 pfn_count;
  /* Page tables: the tables (by pfn) shown folded. */
  GHashTable *collapsed;    /* guint64 pfn as pointer set, or NULL */
  gboolean legend;          /* MMS_VIEW_ALL adds a legend strip; single views too when set */
  /* The same view before the step, or NULL: elements whose value changed
   * are flagged (mms_scene_mark_changed), and a view short of room shows
   * the changed things first. */
  MmsScene *previous;
  /* The VMA tree view shows the maple tree mm_mt of Linux 6.1 and later
   * instead of the red-black tree mm_rb of Linux 2.6 to 6.0. */
  gboolean maple_tree;
} MmsSceneOptions;

/* Builds VIEW of SOURCE at WIDTH x HEIGHT (user units: pixels at scale 1).
 * OPTIONS may be NULL. */
MmsScene *mms_view_build (MmsView                view,
                          const MmsSceneSource  *source,
                          const MmsSceneOptions *options,
                          double                 width,
                          double                 height);

/* The panel rectangle of VIEW in a scene built for MMS_VIEW_ALL (or the
 * single view's own), or FALSE when the scene has none. */
gboolean mms_view_get_panel (MmsScene *scene,
                             MmsView   view,
                             MmsRect  *rect_out);

G_END_DECLS
