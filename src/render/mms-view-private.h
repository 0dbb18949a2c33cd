/* mms-view-private.h: what the views' builders share. */
#pragma once

#include "mms-view.h"
#include "mms-rmap.h"

G_BEGIN_DECLS

/* Text metrics the builders plan with, for 10 pt at 96 dpi (DejaVu): the
 * painter measures for real and ellipsizes what does not fit. */
#define MMS_LINE_HEIGHT 17.0
#define MMS_MONO_CHAR   8.1
#define MMS_SANS_CHAR   7.2
#define MMS_TITLE_HEIGHT 22.0
#define MMS_PAD 6.0

typedef struct
{
  const MmsSceneSource *source;
  const MmsSceneOptions *options;
  MmsMachine *machine;
  MmsScene *scene;
  MmsRmap *rmap;
  GPtrArray *mms;           /* struct mm_struct * to show */
  GHashTable *touched;      /* objects the step's events touched (owned strings) */
  gboolean focused;         /* the view has the whole scene to itself */
} MmsViewContext;

/* The panel of VIEW in AREA: its frame and title bar; returns the inside. */
MmsRect mms_view_add_panel (MmsViewContext *ctx,
                            MmsView         view,
                            const MmsRect  *area,
                            const char     *subtitle);

MmsElement *mms_view_add_text (MmsViewContext *ctx,
                               const char     *id,
                               double          x,
                               double          y,
                               double          width,
                               double          height,
                               const char     *label,
                               guint           flags);

/* Marks ELEMENT as touched by the step when its object is. */
void mms_view_mark_touched (MmsViewContext *ctx,
                            MmsElement     *element);

/* "16 KiB", "1.5 MiB", "128 TiB", "16 EiB". */
char *mms_format_size (guint64 bytes);
/* "rw-p" */
void mms_format_perms (gulong vm_flags,
                       char   out[5]);
/* The name /proc/PID/maps gives a VMA ("[heap]", "/bin/parent"), or a
 * descriptive one for unnamed VMAs ("bss", "anon"). */
const char *mms_vma_name (struct vm_area_struct *vma);
MmsColorRole mms_vma_color (struct vm_area_struct *vma);
/* The tooltip of a VMA: its fields (Pango markup). */
const char *mms_vma_tooltip (MmsViewContext        *ctx,
                             struct vm_area_struct *vma);
/* Links ELEMENT (showing VMA) to the VMA's PTEs and frames. */
void mms_view_link_vma (MmsViewContext        *ctx,
                        MmsElement            *element,
                        struct vm_area_struct *vma);

/* The builders: each fills AREA (the inside of its panel). */
void mms_layout_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_mm_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_vma_tree_view_build (MmsViewContext *ctx, const MmsRect *area);
/* The VMA tree view with MmsSceneOptions.maple_tree (mms-maple-tree-view.c). */
void mms_maple_tree_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_page_table_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_physical_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_slab_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_events_view_build (MmsViewContext *ctx, const MmsRect *area);
void mms_heap_view_build (MmsViewContext *ctx, const MmsRect *area);
/* The height the heap view wants in MMS_VIEW_ALL, 0 when no process
 * shown has a malloc heap (MMS_VIEW_ALL then leaves it out). */
double mms_heap_view_wanted (MmsViewContext *ctx);

G_END_DECLS
