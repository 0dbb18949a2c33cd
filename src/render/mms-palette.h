/* mms-palette.h: the colours of every view, by role.
 *
 * Elements name a role (MMS_COLOR_ANON, MMS_COLOR_RB_RED, ...), never an
 * RGB value, so that a scene can be painted in the light or the dark theme
 * (and later a high-contrast one) without being rebuilt.  The data colours
 * are the Okabe-Ito palette, which stays distinguishable for the common
 * forms of colour blindness; roles that must also be told apart in grey
 * (free blocks by order) differ in lightness.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MMS_COLOR_NONE,           /* not painted */
  MMS_COLOR_BACKGROUND,
  MMS_COLOR_PANEL,
  MMS_COLOR_PANEL_BORDER,
  MMS_COLOR_TITLE_BAR,
  MMS_COLOR_TEXT,
  MMS_COLOR_TEXT_DIM,
  MMS_COLOR_TEXT_AUTO,      /* black or white, whichever reads on the fill */
  MMS_COLOR_GRID,
  MMS_COLOR_EDGE,           /* lines between elements */
  /* What memory holds: frames, VMAs and kernel regions share these. */
  MMS_COLOR_ANON,           /* a process's anonymous memory */
  MMS_COLOR_FILE,           /* file-backed memory, the page cache */
  MMS_COLOR_SHMEM,          /* shared anonymous memory, SysV shm */
  MMS_COLOR_PAGETABLE,
  MMS_COLOR_SLAB,
  MMS_COLOR_KERNEL,         /* kernel allocations and kernel space */
  MMS_COLOR_ZERO,           /* the shared zero page */
  MMS_COLOR_RESERVED,
  MMS_COLOR_FREE_SMALL,     /* free, in a block of order 0 to 2 */
  MMS_COLOR_FREE_MEDIUM,    /* order 3 to 6 */
  MMS_COLOR_FREE_LARGE,     /* order 7 to 10 */
  MMS_COLOR_INFLIGHT,
  MMS_COLOR_HOLE,           /* unmapped addresses */
  MMS_COLOR_GUARD,          /* the stack guard gap */
  MMS_COLOR_SWAP,           /* a swapped-out page */
  /* The red-black tree. */
  MMS_COLOR_RB_RED,
  MMS_COLOR_RB_BLACK,
  /* Emphasis. */
  MMS_COLOR_CHANGED,        /* changed by the current step */
  MMS_COLOR_SELECTED,       /* outline of the selection and its relatives */
  MMS_COLOR_ERROR,
  MMS_COLOR_OBJECT_FREE,    /* a free slab object */
  /* glibc's free chunks, by the bin holding them, and the top chunk (a
   * chunk in use is MMS_COLOR_ANON: it is the process's anonymous memory). */
  MMS_COLOR_CHUNK_TCACHE,
  MMS_COLOR_CHUNK_FAST,
  MMS_COLOR_CHUNK_UNSORTED,
  MMS_COLOR_CHUNK_SMALL,
  MMS_COLOR_CHUNK_LARGE,
  MMS_COLOR_CHUNK_TOP,
  MMS_N_COLORS,
} MmsColorRole;

typedef enum
{
  MMS_THEME_LIGHT,
  MMS_THEME_DARK,
  MMS_THEME_HIGH_CONTRAST,  /* presentation mode: white, black, saturated */
} MmsTheme;

typedef struct
{
  double red, green, blue, alpha;
} MmsColor;

typedef struct _MmsPalette MmsPalette;

struct _MmsPalette
{
  MmsTheme theme;
  MmsColor colors[MMS_N_COLORS];
};

/* A palette lives as long as the program: no need to free it. */
const MmsPalette *mms_palette_get (MmsTheme theme);

const MmsColor *mms_palette_lookup (const MmsPalette *palette,
                                    MmsColorRole      role);

/* The text colour (black or white in the theme's sense) that reads best on
 * FILL. */
MmsColorRole mms_palette_text_on (const MmsPalette *palette,
                                  MmsColorRole      fill);

/* A short English name for the legend ("anonymous", "page cache"). */
const char *mms_color_role_legend (MmsColorRole role);

/* The role of a frame owned by OWNER (an MmsPageOwner); free frames take
 * their block's ORDER into account. */
MmsColorRole mms_color_for_owner (guint owner,
                                  guint order);

G_END_DECLS
