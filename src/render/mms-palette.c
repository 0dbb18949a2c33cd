/* mms-palette.c: the light and dark palettes.
 *
 * The eight Okabe-Ito colours (Okabe and Ito, "Color Universal Design",
 * 2008) carry the data; each kind of memory keeps its colour in every view,
 * so a student learns it once: orange is anonymous memory, bluish green the
 * page cache, reddish purple shared memory, blue page tables, sky blue
 * slab, vermillion the kernel, yellow the zero page.
 */
#include "mms-config.h"

#include "mms-palette.h"

#include "mms-i18n.h"
#include "mms-types.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* Okabe-Ito. */
#define OI_ORANGE     0xE69F00
#define OI_SKY_BLUE   0x56B4E9
#define OI_GREEN      0x009E73
#define OI_YELLOW     0xF0E442
#define OI_BLUE       0x0072B2
#define OI_VERMILLION 0xD55E00
#define OI_PURPLE     0xCC79A7

static const MmsPalette light = {
  MMS_THEME_LIGHT,
  {
    [MMS_COLOR_NONE] = RGBA (0x000000, 0.0),
    [MMS_COLOR_BACKGROUND] = RGB (0xE8E8E7),
    [MMS_COLOR_PANEL] = RGB (0xFFFFFF),
    [MMS_COLOR_PANEL_BORDER] = RGB (0xBDBDBB),
    [MMS_COLOR_TITLE_BAR] = RGB (0xF3F3F2),
    [MMS_COLOR_TEXT] = RGB (0x1A1A1A),
    [MMS_COLOR_TEXT_DIM] = RGB (0x5E5E5E),
    [MMS_COLOR_TEXT_AUTO] = RGB (0x1A1A1A),
    [MMS_COLOR_GRID] = RGB (0xD9D9D6),
    [MMS_COLOR_EDGE] = RGB (0x6B6B6B),
    [MMS_COLOR_ANON] = RGB (OI_ORANGE),
    [MMS_COLOR_FILE] = RGB (OI_GREEN),
    [MMS_COLOR_SHMEM] = RGB (OI_PURPLE),
    [MMS_COLOR_PAGETABLE] = RGB (OI_BLUE),
    [MMS_COLOR_SLAB] = RGB (OI_SKY_BLUE),
    [MMS_COLOR_KERNEL] = RGB (OI_VERMILLION),
    [MMS_COLOR_ZERO] = RGB (OI_YELLOW),
    [MMS_COLOR_RESERVED] = RGB (0x4D4D4D),
    [MMS_COLOR_FREE_SMALL] = RGB (0xC4C4C0),
    [MMS_COLOR_FREE_MEDIUM] = RGB (0xDCDCD8),
    [MMS_COLOR_FREE_LARGE] = RGB (0xF0F0EC),
    [MMS_COLOR_INFLIGHT] = RGB (0xFFFFFF),
    [MMS_COLOR_HOLE] = RGB (0xF4F4F2),
    [MMS_COLOR_GUARD] = RGB (0xE2E2DE),
    [MMS_COLOR_SWAP] = RGB (0x8C8C8C),
    [MMS_COLOR_RB_RED] = RGB (OI_VERMILLION),
    [MMS_COLOR_RB_BLACK] = RGB (0x222222),
    [MMS_COLOR_CHANGED] = RGB (OI_YELLOW),
    [MMS_COLOR_SELECTED] = RGB (0x000000),
    [MMS_COLOR_ERROR] = RGB (OI_VERMILLION),
    [MMS_COLOR_OBJECT_FREE] = RGB (0xFFFFFF),
    [MMS_COLOR_CHUNK_TCACHE] = RGB (0xA9DCF5),
    [MMS_COLOR_CHUNK_FAST] = RGB (0x9ED9C3),
    [MMS_COLOR_CHUNK_UNSORTED] = RGB (0xF5EC8A),
    [MMS_COLOR_CHUNK_SMALL] = RGB (0xE9B9D6),
    [MMS_COLOR_CHUNK_LARGE] = RGB (0xC9B8EA),
    [MMS_COLOR_CHUNK_TOP] = RGB (0xF4F4F0),
  }
};

static const MmsPalette dark = {
  MMS_THEME_DARK,
  {
    [MMS_COLOR_NONE] = RGBA (0x000000, 0.0),
    [MMS_COLOR_BACKGROUND] = RGB (0x1E1E1E),
    [MMS_COLOR_PANEL] = RGB (0x2B2B2B),
    [MMS_COLOR_PANEL_BORDER] = RGB (0x4A4A4A),
    [MMS_COLOR_TITLE_BAR] = RGB (0x353535),
    [MMS_COLOR_TEXT] = RGB (0xEDEDED),
    [MMS_COLOR_TEXT_DIM] = RGB (0xB0B0B0),
    [MMS_COLOR_TEXT_AUTO] = RGB (0xEDEDED),
    [MMS_COLOR_GRID] = RGB (0x444444),
    [MMS_COLOR_EDGE] = RGB (0xA0A0A0),
    [MMS_COLOR_ANON] = RGB (OI_ORANGE),
    [MMS_COLOR_FILE] = RGB (OI_GREEN),
    [MMS_COLOR_SHMEM] = RGB (OI_PURPLE),
    [MMS_COLOR_PAGETABLE] = RGB (0x3A93D0),
    [MMS_COLOR_SLAB] = RGB (OI_SKY_BLUE),
    [MMS_COLOR_KERNEL] = RGB (OI_VERMILLION),
    [MMS_COLOR_ZERO] = RGB (OI_YELLOW),
    [MMS_COLOR_RESERVED] = RGB (0x8A8A8A),
    [MMS_COLOR_FREE_SMALL] = RGB (0x5A5A5A),
    [MMS_COLOR_FREE_MEDIUM] = RGB (0x474747),
    [MMS_COLOR_FREE_LARGE] = RGB (0x383838),
    [MMS_COLOR_INFLIGHT] = RGB (0x2B2B2B),
    [MMS_COLOR_HOLE] = RGB (0x262626),
    [MMS_COLOR_GUARD] = RGB (0x3A3A3A),
    [MMS_COLOR_SWAP] = RGB (0x7A7A7A),
    [MMS_COLOR_RB_RED] = RGB (OI_VERMILLION),
    [MMS_COLOR_RB_BLACK] = RGB (0x0A0A0A),
    [MMS_COLOR_CHANGED] = RGB (OI_YELLOW),
    [MMS_COLOR_SELECTED] = RGB (0xFFFFFF),
    [MMS_COLOR_ERROR] = RGB (OI_VERMILLION),
    [MMS_COLOR_OBJECT_FREE] = RGB (0x2B2B2B),
    [MMS_COLOR_CHUNK_TCACHE] = RGB (0x2E6E91),
    [MMS_COLOR_CHUNK_FAST] = RGB (0x2B7560),
    [MMS_COLOR_CHUNK_UNSORTED] = RGB (0x8C8430),
    [MMS_COLOR_CHUNK_SMALL] = RGB (0x7E4A6A),
    [MMS_COLOR_CHUNK_LARGE] = RGB (0x5E4E8A),
    [MMS_COLOR_CHUNK_TOP] = RGB (0x333333),
  }
};

/* For a projector in a bright room: a white ground, black text and
 * outlines, and the data colours darkened or saturated where the
 * Okabe-Ito ones wash out (sky blue, yellow, the free greys). */
static const MmsPalette high_contrast = {
  MMS_THEME_HIGH_CONTRAST,
  {
    [MMS_COLOR_NONE] = RGBA (0x000000, 0.0),
    [MMS_COLOR_BACKGROUND] = RGB (0xFFFFFF),
    [MMS_COLOR_PANEL] = RGB (0xFFFFFF),
    [MMS_COLOR_PANEL_BORDER] = RGB (0x000000),
    [MMS_COLOR_TITLE_BAR] = RGB (0xE0E0E0),
    [MMS_COLOR_TEXT] = RGB (0x000000),
    [MMS_COLOR_TEXT_DIM] = RGB (0x262626),
    [MMS_COLOR_TEXT_AUTO] = RGB (0x000000),
    [MMS_COLOR_GRID] = RGB (0x808080),
    [MMS_COLOR_EDGE] = RGB (0x000000),
    [MMS_COLOR_ANON] = RGB (0xFF9900),
    [MMS_COLOR_FILE] = RGB (0x008060),
    [MMS_COLOR_SHMEM] = RGB (0xB0408C),
    [MMS_COLOR_PAGETABLE] = RGB (0x0050A0),
    [MMS_COLOR_SLAB] = RGB (0x2A9AE0),
    [MMS_COLOR_KERNEL] = RGB (0xC03000),
    [MMS_COLOR_ZERO] = RGB (0xFFE800),
    [MMS_COLOR_RESERVED] = RGB (0x303030),
    [MMS_COLOR_FREE_SMALL] = RGB (0xA8A8A8),
    [MMS_COLOR_FREE_MEDIUM] = RGB (0xCFCFCF),
    [MMS_COLOR_FREE_LARGE] = RGB (0xF2F2F2),
    [MMS_COLOR_INFLIGHT] = RGB (0xFFFFFF),
    [MMS_COLOR_HOLE] = RGB (0xFFFFFF),
    [MMS_COLOR_GUARD] = RGB (0xD0D0D0),
    [MMS_COLOR_SWAP] = RGB (0x6E6E6E),
    [MMS_COLOR_RB_RED] = RGB (0xD00000),
    [MMS_COLOR_RB_BLACK] = RGB (0x000000),
    [MMS_COLOR_CHANGED] = RGB (0xFFE800),
    [MMS_COLOR_SELECTED] = RGB (0x0000FF),
    [MMS_COLOR_ERROR] = RGB (0xD00000),
    [MMS_COLOR_OBJECT_FREE] = RGB (0xFFFFFF),
    [MMS_COLOR_CHUNK_TCACHE] = RGB (0x80C8F0),
    [MMS_COLOR_CHUNK_FAST] = RGB (0x60C8A0),
    [MMS_COLOR_CHUNK_UNSORTED] = RGB (0xFFF060),
    [MMS_COLOR_CHUNK_SMALL] = RGB (0xE890C8),
    [MMS_COLOR_CHUNK_LARGE] = RGB (0xB898F0),
    [MMS_COLOR_CHUNK_TOP] = RGB (0xFFFFFF),
  }
};

const MmsPalette *
mms_palette_get (MmsTheme theme)
{
  switch (theme)
    {
    case MMS_THEME_DARK: return &dark;
    case MMS_THEME_HIGH_CONTRAST: return &high_contrast;
    case MMS_THEME_LIGHT:
    default: return &light;
    }
}

const MmsColor *
mms_palette_lookup (const MmsPalette *palette,
                    MmsColorRole      role)
{
  g_return_val_if_fail (palette != NULL, NULL);
  g_return_val_if_fail (role < MMS_N_COLORS, &palette->colors[MMS_COLOR_NONE]);
  return &palette->colors[role];
}

/* Relative luminance (WCAG 2), enough to pick black or white text. */
static double
luminance (const MmsColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

MmsColorRole
mms_palette_text_on (const MmsPalette *palette,
                     MmsColorRole      fill)
{
  const MmsColor *c = mms_palette_lookup (palette, fill);

  if (fill == MMS_COLOR_NONE || c->alpha == 0.0)
    return MMS_COLOR_TEXT;
  /* The theme's TEXT is dark in the light theme and light in the dark one;
   * a saturated fill wants whichever of the two contrasts more. */
  if (palette->theme != MMS_THEME_DARK)
    return luminance (c) < 0.36 ? MMS_COLOR_PANEL : MMS_COLOR_TEXT;
  return luminance (c) < 0.36 ? MMS_COLOR_TEXT : MMS_COLOR_BACKGROUND;
}

const char *
mms_color_role_legend (MmsColorRole role)
{
  switch (role)
    {
    case MMS_COLOR_ANON: return _("anonymous");
    case MMS_COLOR_FILE: return _("file / page cache");
    case MMS_COLOR_SHMEM: return _("shared memory");
    case MMS_COLOR_PAGETABLE: return _("page table");
    case MMS_COLOR_SLAB: return _("slab");
    case MMS_COLOR_KERNEL: return _("kernel");
    case MMS_COLOR_ZERO: return _("zero page");
    case MMS_COLOR_RESERVED: return _("reserved");
    case MMS_COLOR_FREE_SMALL: return _("free, order 0-2");
    case MMS_COLOR_FREE_MEDIUM: return _("free, order 3-6");
    case MMS_COLOR_FREE_LARGE: return _("free, order 7-10");
    case MMS_COLOR_SWAP: return _("swapped out");
    case MMS_COLOR_RB_RED: return _("red node");
    case MMS_COLOR_RB_BLACK: return _("black node");
    case MMS_COLOR_CHANGED: return _("changed value");
    case MMS_COLOR_HOLE: return _("unmapped");
    case MMS_COLOR_GUARD: return _("guard gap");
    case MMS_COLOR_CHUNK_TCACHE: return _("tcache");
    case MMS_COLOR_CHUNK_FAST: return _("fastbin");
    case MMS_COLOR_CHUNK_UNSORTED: return _("unsorted bin");
    case MMS_COLOR_CHUNK_SMALL: return _("small bin");
    case MMS_COLOR_CHUNK_LARGE: return _("large bin");
    case MMS_COLOR_CHUNK_TOP: return _("top chunk");
    default: return "";
    }
}

MmsColorRole
mms_color_for_owner (guint owner,
                     guint order)
{
  switch ((MmsPageOwner) owner)
    {
    case MMS_OWNER_FREE:
      return order <= 2 ? MMS_COLOR_FREE_SMALL : order <= 6 ? MMS_COLOR_FREE_MEDIUM : MMS_COLOR_FREE_LARGE;
    case MMS_OWNER_RESERVED: return MMS_COLOR_RESERVED;
    case MMS_OWNER_ZERO: return MMS_COLOR_ZERO;
    case MMS_OWNER_KERNEL: return MMS_COLOR_KERNEL;
    case MMS_OWNER_SLAB: return MMS_COLOR_SLAB;
    case MMS_OWNER_PAGETABLE: return MMS_COLOR_PAGETABLE;
    case MMS_OWNER_ANON: return MMS_COLOR_ANON;
    case MMS_OWNER_FILE: return MMS_COLOR_FILE;
    case MMS_OWNER_SHMEM: return MMS_COLOR_SHMEM;
    case MMS_OWNER_INFLIGHT: return MMS_COLOR_INFLIGHT;
    case MMS_NR_OWNERS:
    default:
      return MMS_COLOR_NONE;
    }
}
