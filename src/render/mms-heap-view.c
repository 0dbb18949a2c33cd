/* mms-heap-view.c: the [heap] VMA opened up into glibc's chunks, beside
 * the arena's bins.
 *
 * The strip runs from the first chunk of the heap (sbrk's base) to the end
 * of the top chunk, chunk after chunk in address order, in rows that wrap
 * like lines of text: a chunk that does not end on a row goes on in the
 * next, as a second piece showing the same object.  Widths are
 * proportional to size above a minimum width that keeps a 32-byte chunk
 * visible beside a 128 KiB top; a chunk is labelled with its size (and the
 * scenario's name for it, `as NAME`) where the label fits, and always in
 * its tooltip.  When a heap has more chunks than the rows can show at the
 * minimum width, the chunks that fit are drawn, the rest is one aggregate
 * that says how many chunks and bytes it stands for, and the top is drawn
 * after it.
 *
 * Below the strip: the mmapped chunks (each in a mapping of its own), then
 * the bins as lists, as the physical view draws the buddy free lists: a
 * head (tcache 0x20 [3/7], fastbin 0x30, unsorted, small 0x110, large
 * 0x400-) followed by its chunks from the head, chips that select the same
 * chunk in the strip.  Last, the fragmentation readout: the free bytes,
 * the largest free chunk, and the free bytes that a request of 256 bytes,
 * 1 KiB and 4 KiB cannot use (chunks smaller than the request's chunk
 * size, request2size () in malloc/malloc.c; the top serves any request it
 * is large enough for).
 *
 * Every chunk links to the VMA holding it and to the PTEs and frames of
 * every page it covers, so that hovering it lights them up in the other
 * views.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-malloc.h"
#include "mms-i18n.h"

#include <math.h>
#include <string.h>

#define BIN_LABEL_W 180.0
#define CHIP_W 64.0
#define CHIP_GAP 14.0
/* The most chunk boxes the strip draws; the rest is summarised. */
#define MAX_BOXES 3000
/* The most pages a chunk links to (a big top covers many). */
#define MAX_LINKED_PAGES 512

/* The request sizes of the fragmentation readout. */
static const guint64 probe_sizes[] = { 256, 1024, 4096 };

typedef struct
{
  MmsViewContext *ctx;
  struct mm_struct *mm;
  GArray *chunks;           /* MmsChunkInfo of the heap, address order */
  GArray *mmapped;          /* MmsChunkInfo of the mmapped chunks */
  GHashTable *names;        /* chunk addr -> name (the scene's strings) */
  const MmsVmaSpan *vmas;
  guint n_vmas;
  GHashTable *used_ids;     /* ids already given to bin chips */
  GHashTable *freed_names;  /* chunk addr -> "NAME|USABLE" of a freed name */
  guint64 tcache_chunk;     /* the tcache_perthread_struct's chunk, or 0 */
  /* The link strings of the last VMA and page linked. */
  struct vm_area_struct *link_vma;
  const char *link_vma_id;
  guint64 link_page;
  const char *link_pte, *link_frame;
} HeapCtx;

static const char *freed_name (HeapCtx            *h,
                               const MmsChunkInfo *c);

static gboolean
collect_chunk_cb (const MmsChunkInfo *info,
                  gpointer            user_data)
{
  HeapCtx *h = user_data;
  MmsChunkInfo copy = *info;

  /* A free chunk that is still the freed allocation shows its name. */
  if (copy.name == NULL)
    copy.name = freed_name (h, info);
  if (copy.name != NULL)
    {
      copy.name = mms_scene_intern (h->ctx->scene, copy.name);
      g_hash_table_insert (h->names, GSIZE_TO_POINTER ((gsize) info->addr), (gpointer) copy.name);
    }
  g_array_append_val (info->state == MMS_CHUNK_MMAPPED ? h->mmapped : h->chunks, copy);
  return TRUE;
}

/* The names the program freed, by chunk address: the chunk keeps its
 * name while it is the freed allocation itself (same size: in the tcache,
 * a fastbin or a bin, not merged with a neighbour). */
static gboolean
freed_name_cb (const char *name,
               guint64     ptr,
               guint64     usable,
               gboolean    freed,
               gpointer    user_data)
{
  HeapCtx *h = user_data;

  if (freed && ptr >= MMS_MALLOC_CHUNK_HDR)
    g_hash_table_insert (h->freed_names, GSIZE_TO_POINTER ((gsize) (ptr - MMS_MALLOC_CHUNK_HDR)),
                         (gpointer) mms_scene_printf (h->ctx->scene, "%s|%" G_GUINT64_FORMAT, name, usable));
  return TRUE;
}

/* The name of free chunk C, or NULL. */
static const char *
freed_name (HeapCtx            *h,
            const MmsChunkInfo *c)
{
  const char *entry = g_hash_table_lookup (h->freed_names, GSIZE_TO_POINTER ((gsize) c->addr));
  const char *bar;

  if (entry == NULL || c->state == MMS_CHUNK_INUSE || c->state == MMS_CHUNK_TOP || c->state == MMS_CHUNK_MMAPPED)
    return NULL;
  bar = strrchr (entry, '|');
  /* malloc_usable_size is the chunk's size less its size field. */
  if (g_ascii_strtoull (bar + 1, NULL, 10) + MMS_MALLOC_SIZE_SZ != c->size)
    return NULL;
  return mms_scene_printf (h->ctx->scene, "%.*s", (int) (bar - entry), entry);
}

static MmsColorRole
chunk_color (MmsChunkState state)
{
  switch (state)
    {
    case MMS_CHUNK_TCACHE: return MMS_COLOR_CHUNK_TCACHE;
    case MMS_CHUNK_FAST: return MMS_COLOR_CHUNK_FAST;
    case MMS_CHUNK_UNSORTED: return MMS_COLOR_CHUNK_UNSORTED;
    case MMS_CHUNK_SMALL: return MMS_COLOR_CHUNK_SMALL;
    case MMS_CHUNK_LARGE: return MMS_COLOR_CHUNK_LARGE;
    case MMS_CHUNK_TOP: return MMS_COLOR_CHUNK_TOP;
    case MMS_CHUNK_INUSE:
    case MMS_CHUNK_MMAPPED:
    default:
      return MMS_COLOR_ANON;
    }
}

static const char *
state_words (MmsChunkState state)
{
  switch (state)
    {
    case MMS_CHUNK_INUSE: return _("in use");
    case MMS_CHUNK_TCACHE: return _("free, in the tcache");
    case MMS_CHUNK_FAST: return _("free, in a fastbin");
    case MMS_CHUNK_UNSORTED: return _("free, in the unsorted bin");
    case MMS_CHUNK_SMALL: return _("free, in a small bin");
    case MMS_CHUNK_LARGE: return _("free, in a large bin");
    case MMS_CHUNK_TOP: return _("the top chunk");
    case MMS_CHUNK_MMAPPED: return _("in use, in a mapping of its own");
    default: return "?";
    }
}

static const char *
chunk_id (MmsScene           *scene,
          struct mm_struct   *mm,
          const MmsChunkInfo *info)
{
  if (info->state == MMS_CHUNK_TOP)
    return mms_scene_printf (scene, "chunk:%u:top", mm->id);
  return mms_scene_printf (scene, "chunk:%u:0x%" G_GINT64_MODIFIER "x", mm->id, info->addr);
}

static struct vm_area_struct *
vma_at (HeapCtx *h,
        guint64  addr)
{
  guint lo = 0, hi = h->n_vmas;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (h->vmas[mid].end <= addr)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < h->n_vmas && h->vmas[lo].start <= addr)
    return h->vmas[lo].vma;
  return NULL;
}

/* Links E to the VMA holding [LO, HI) and to the PTE and frame of every
 * page of it. */
static void
link_range (HeapCtx    *h,
            MmsElement *e,
            guint64     lo,
            guint64     hi)
{
  MmsScene *scene = h->ctx->scene;
  struct vm_area_struct *vma = vma_at (h, lo);
  const MmsMapping *maps;
  guint n = 0, i = 0, lo_i = 0, hi_i;
  guint64 first = lo & MMS_PAGE_MASK;
  guint pages = 0;

  if (vma == NULL)
    return;
  /* Neighbouring chunks share their VMA and pages: their link strings
   * are made once (a heap of 10,000 chunks would print them thousands of
   * times). */
  if (vma != h->link_vma)
    {
      h->link_vma = vma;
      h->link_vma_id = mms_scene_printf (scene, "vma:%u:%u", h->mm->id, vma->id);
      h->link_page = G_MAXUINT64;
    }
  mms_scene_link_interned (scene, e, h->link_vma_id);
  maps = mms_rmap_lookup_vma (h->ctx->rmap, vma, &n);
  /* The first entry at or above the chunk's first page. */
  hi_i = n;
  while (lo_i < hi_i)
    {
      guint mid = lo_i + (hi_i - lo_i) / 2;
      if (maps[mid].addr < first)
        lo_i = mid + 1;
      else
        hi_i = mid;
    }
  for (i = lo_i; i < n && maps[i].addr < hi && pages < MAX_LINKED_PAGES; i++, pages++)
    {
      if (maps[i].addr != h->link_page)
        {
          h->link_page = maps[i].addr;
          h->link_pte = mms_scene_printf (scene, "pte:%u:0x%" G_GINT64_MODIFIER "x", h->mm->id, maps[i].addr);
          h->link_frame = mms_pte_present (maps[i].pte)
                          ? mms_scene_printf (scene, "frame:0x%" G_GINT64_MODIFIER "x", mms_pte_pfn (maps[i].pte))
                          : NULL;
        }
      mms_scene_link_interned (scene, e, h->link_pte);
      if (h->link_frame != NULL)
        mms_scene_link_interned (scene, e, h->link_frame);
    }
}

static const char *
chunk_tooltip (HeapCtx            *h,
               const MmsChunkInfo *c)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *size = mms_format_size (c->size);

  if (c->name != NULL)
    {
      g_autofree char *name = g_markup_escape_text (c->name, -1);
      g_string_append_printf (s, "<b>%s</b> ", name);
    }
  /* Translators: a malloc chunk's tooltip: its address, size and state. */
  g_string_append_printf (s, _("<b>chunk</b> at <tt>0x%llx</tt>, %s (<tt>0x%llx</tt>), %s\n"),
                          (unsigned long long) c->addr, size, (unsigned long long) c->size, state_words (c->state));
  g_string_append_printf (s, "<tt>mem       0x%" G_GINT64_MODIFIER "x\n", c->addr + MMS_MALLOC_CHUNK_HDR);
  g_string_append_printf (s, "size      0x%" G_GINT64_MODIFIER "x%s%s\n", c->size | c->flags,
                          (c->flags & MMS_CHUNK_PREV_INUSE) ? " PREV_INUSE" : "",
                          (c->flags & MMS_CHUNK_IS_MMAPPED) ? " IS_MMAPPED" : "");
  if (c->state == MMS_CHUNK_UNSORTED || c->state == MMS_CHUNK_SMALL || c->state == MMS_CHUNK_LARGE)
    g_string_append_printf (s, "fd        0x%" G_GINT64_MODIFIER "x\nbk        0x%" G_GINT64_MODIFIER "x\n",
                            c->fd, c->bk);
  g_string_append (s, "</tt>");
  if (c->addr == h->tcache_chunk)
    g_string_append (s, _("the tcache_perthread_struct: tcache_init's first allocation, the counts and heads of the "
                          "64 tcache bins\n"));
  if (c->state == MMS_CHUNK_INUSE || c->state == MMS_CHUNK_MMAPPED)
    g_string_append_printf (s, _("malloc_usable_size: %llu bytes"),
                            (unsigned long long) (c->size - (c->state == MMS_CHUNK_MMAPPED ? MMS_MALLOC_CHUNK_HDR
                                                                                           : MMS_MALLOC_SIZE_SZ)));
  else if (c->state == MMS_CHUNK_TOP)
    g_string_append (s, _("what is left between the last chunk and the break: malloc splits it (_int_malloc), "
                          "sysmalloc grows it, systrim gives its end back"));
  else
    g_string_append_printf (s, _("offset 0x%llx in the heap"), (unsigned long long) (c->addr - h->mm->start_brk));
  return mms_scene_intern (h->ctx->scene, s->str);
}

/* The label of a chunk's box that fits in WIDTH x HEIGHT, or NULL. */
static const char *
chunk_label (MmsScene           *scene,
             const MmsChunkInfo *c,
             double              width,
             double              height)
{
  g_autofree char *size = c->state == MMS_CHUNK_TOP
                          ? g_strdup_printf ("top 0x%" G_GINT64_MODIFIER "x", c->size)
                          : g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", c->size);
  double room = (width - 4) / MMS_MONO_CHAR;
  gboolean two = height >= 2 * MMS_LINE_HEIGHT - 2;

  if (c->name != NULL)
    {
      double need_name = g_utf8_strlen (c->name, -1);
      if (two && room >= MAX (need_name, strlen (size)))
        return mms_scene_printf (scene, "%s\n%s", c->name, size);
      if (room >= need_name + 1 + strlen (size))
        return mms_scene_printf (scene, "%s %s", c->name, size);
      if (room >= need_name)
        return mms_scene_intern (scene, c->name);
    }
  if (room >= strlen (size))
    return mms_scene_intern (scene, size);
  return NULL;
}

/* The chunk boxes: C's pieces, laid from (*X, *ROW) on; returns the
 * widest piece. */
static MmsElement *
add_chunk_pieces (HeapCtx            *h,
                  const MmsChunkInfo *c,
                  double              w,
                  const MmsRect      *strip,
                  double              row_h,
                  double             *x,
                  guint              *row)
{
  MmsScene *scene = h->ctx->scene;
  const char *id = chunk_id (scene, h->mm, c);
  const char *tip = chunk_tooltip (h, c);
  MmsElement *widest = NULL, *first = NULL;
  guint piece = 0;

  while (w > 0.01)
    {
      double room = strip->x + strip->width - *x;
      double pw = MIN (w, room);
      MmsElement *e;
      double y = strip->y + *row * row_h;

      if (room < 1.0)
        {
          *x = strip->x;
          (*row)++;
          continue;
        }
      e = mms_scene_add (scene, MMS_ELEMENT_CHUNK,
                         piece == 0 ? id : mms_scene_printf (scene, "%s:%u", id, piece + 1),
                         *x, y + 1, pw, row_h - 2);
      e->object = piece == 0 ? NULL : id;
      e->fill = chunk_color (c->state);
      e->stroke = MMS_COLOR_PANEL_BORDER;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_MONOSPACE;
      if (c->state == MMS_CHUNK_TOP)
        e->flags |= MMS_ELEMENT_DASHED;
      if (c->state == MMS_CHUNK_TCACHE || c->state == MMS_CHUNK_FAST)
        /* They look in use to the arena (their PREV_INUSE bits stay set). */
        e->flags |= MMS_ELEMENT_HATCHED;
      e->text_color = MMS_COLOR_TEXT_AUTO;
      e->tooltip = tip;
      e->lo = c->addr;
      e->hi = c->addr + c->size;
      e->value = mms_scene_printf (scene, "%" G_GUINT64_FORMAT " %u %u", c->size, c->state, c->flags);
      mms_view_mark_touched (h->ctx, e);
      if (first == NULL)
        first = e;
      if (widest == NULL || pw > widest->rect.width)
        widest = e;
      w -= pw;
      *x += pw;
      piece++;
    }
  /* The other pieces show the same object: its links are theirs. */
  if (first != NULL)
    link_range (h, first, c->addr, c->addr + c->size);
  if (widest != NULL)
    widest->label = chunk_label (scene, c, widest->rect.width, widest->rect.height);
  return widest;
}

/* The widths of the strip's chunks: proportional to size at PX bytes a
 * pixel, never below MIN_W. */
static double
total_width (GArray *chunks,
             guint   n,
             double  px,
             double  min_w)
{
  double sum = 0;

  for (guint i = 0; i < n; i++)
    sum += MAX (min_w, g_array_index (chunks, MmsChunkInfo, i).size * px);
  return sum;
}

/* The scale at which N chunks take TARGET pixels. */
static double
fit_scale (GArray *chunks,
           guint   n,
           double  min_w,
           double  target)
{
  double lo = 0, hi = 1;

  while (total_width (chunks, n, hi, min_w) < target && hi < 1e6)
    hi *= 2;
  for (int k = 0; k < 40; k++)
    {
      double mid = (lo + hi) / 2;
      if (total_width (chunks, n, mid, min_w) < target)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static double
build_strip (HeapCtx       *h,
             const MmsRect *area,
             double         row_h,
             guint          max_rows)
{
  MmsScene *scene = h->ctx->scene;
  GArray *chunks = h->chunks;
  double agg_w = 150, x = area->x;
  guint n = chunks->len, shown = n, row = 0, rows;
  gboolean has_top = n > 0 && g_array_index (chunks, MmsChunkInfo, n - 1).state == MMS_CHUNK_TOP;
  double capacity = max_rows * area->width;
  double min_w, px;

  if (n == 0)
    return 0;
  /* The minimum width: room for a label ("t1 0x20") when the rows have
   * it, else down to a sliver that stays visible. */
  min_w = CLAMP (floor (capacity / (3.0 * n)), h->ctx->focused ? 8 : 6, 8 * MMS_MONO_CHAR + 4);
  /* Rows grow with the number of chunks. */
  rows = CLAMP ((guint) ceil (n * min_w * 1.5 / area->width), 1, max_rows);
  if (n > MAX_BOXES || n * min_w > capacity * 0.98)
    {
      /* Too many: the first chunks, an aggregate, the top. */
      guint room = (guint) floor ((capacity - agg_w - (has_top ? agg_w : 0)) / min_w);
      shown = MIN (MIN (room, MAX_BOXES), n - (has_top ? 1 : 0));
      px = 0;
      rows = max_rows;
    }
  else
    px = fit_scale (chunks, n, min_w, rows * area->width - 0.5);

  for (guint i = 0; i < shown; i++)
    {
      const MmsChunkInfo *c = &g_array_index (chunks, MmsChunkInfo, i);
      add_chunk_pieces (h, c, MAX (min_w, c->size * px), area, row_h, &x, &row);
    }
  if (shown < n - (has_top ? 1 : 0))
    {
      guint last = n - (has_top ? 1 : 0);
      guint64 bytes = 0, in_use = 0;
      MmsElement *e;
      double room;

      for (guint i = shown; i < last; i++)
        {
          bytes += g_array_index (chunks, MmsChunkInfo, i).size;
          in_use += g_array_index (chunks, MmsChunkInfo, i).state == MMS_CHUNK_INUSE;
        }
      room = area->x + area->width - x;
      if (room < agg_w)
        {
          x = area->x;
          row++;
        }
      e = mms_scene_add (scene, MMS_ELEMENT_AGGREGATE, mms_scene_printf (scene, "chunks:%u:rest", h->mm->id),
                         x, area->y + row * row_h + 1, agg_w, row_h - 2);
      e->fill = MMS_COLOR_GRID;
      e->stroke = MMS_COLOR_PANEL_BORDER;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_HATCHED;
      e->text_color = MMS_COLOR_TEXT;
      e->label = mms_scene_printf (scene, g_dngettext (GETTEXT_PACKAGE, "+%u chunk", "+%u chunks", last - shown),
                                   last - shown);
      {
        g_autofree char *size = mms_format_size (bytes);
        e->tooltip = mms_scene_printf (scene, _("<b>%u more chunks</b> (%s, %llu in use), from <tt>0x%llx</tt>: "
                                                "too many to draw one by one"),
                                       last - shown, size, (unsigned long long) in_use,
                                       (unsigned long long) g_array_index (chunks, MmsChunkInfo, shown).addr);
      }
      e->lo = g_array_index (chunks, MmsChunkInfo, shown).addr;
      e->hi = g_array_index (chunks, MmsChunkInfo, last - 1).addr + g_array_index (chunks, MmsChunkInfo, last - 1).size;
      x += agg_w;
    }
  if (has_top && shown < n)
    {
      const MmsChunkInfo *top = &g_array_index (chunks, MmsChunkInfo, n - 1);
      double w = px > 0 ? MAX (min_w, top->size * px) : MAX (agg_w, area->x + area->width - x);

      if (px == 0 && row + 1 >= max_rows)
        w = MAX (min_w, area->x + area->width - x);
      add_chunk_pieces (h, top, w, area, row_h, &x, &row);
    }
  return (row + (x > area->x + 0.5 ? 1 : 0)) * row_h;
}

static double
build_mmapped (HeapCtx       *h,
               const MmsRect *area)
{
  MmsScene *scene = h->ctx->scene;
  double x = area->x + BIN_LABEL_W, h_row = MMS_LINE_HEIGHT + 2;
  MmsElement *label;

  if (h->mmapped->len == 0)
    return 0;
  label = mms_view_add_text (h->ctx, mms_scene_printf (scene, "heap-mmapped:%u", h->mm->id), area->x, area->y,
                             BIN_LABEL_W - 6, h_row, _("mmapped chunks"), MMS_ELEMENT_BOLD);
  label->text_color = MMS_COLOR_TEXT_DIM;
  for (guint i = 0; i < h->mmapped->len; i++)
    {
      const MmsChunkInfo *c = &g_array_index (h->mmapped, MmsChunkInfo, i);
      g_autofree char *size = mms_format_size (c->size);
      const char *text = c->name != NULL ? mms_scene_printf (scene, "%s %s", c->name, size) : mms_scene_intern (scene, size);
      double w = MAX (CHIP_W, (g_utf8_strlen (text, -1) + 1) * MMS_MONO_CHAR + 6);
      MmsElement *e;

      if (x + w > area->x + area->width)
        {
          mms_view_add_text (h->ctx, mms_scene_printf (scene, "heap-mmapped-more:%u", h->mm->id), x, area->y,
                             area->x + area->width - x, h_row,
                             mms_scene_printf (scene, "+%u", h->mmapped->len - i), 0)->text_color = MMS_COLOR_TEXT_DIM;
          break;
        }
      e = mms_scene_add (scene, MMS_ELEMENT_CHUNK, chunk_id (scene, h->mm, c), x, area->y + 1, w, h_row - 2);
      e->fill = MMS_COLOR_ANON;
      e->stroke = MMS_COLOR_PANEL_BORDER;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_DASHED;
      e->text_color = MMS_COLOR_TEXT_AUTO;
      e->label = text;
      e->tooltip = chunk_tooltip (h, c);
      e->lo = c->addr;
      e->hi = c->addr + c->size;
      e->value = mms_scene_printf (scene, "%" G_GUINT64_FORMAT " %u", c->size, c->state);
      mms_view_mark_touched (h->ctx, e);
      link_range (h, e, c->addr, c->addr + c->size);
      x += w + 6;
    }
  return h_row + 2;
}

typedef struct
{
  HeapCtx *h;
  MmsRect area;
  double y;
  double row_h;
  guint max_rows;
  guint n_rows;
  guint n_bins;             /* all non-empty bins */
} BinsRun;

static const char *
bin_head_label (MmsScene         *scene,
                const MmsBinInfo *bin)
{
  switch (bin->kind)
    {
    case MMS_CHUNK_TCACHE:
      return mms_scene_printf (scene, "tcache 0x%" G_GINT64_MODIFIER "x [%u/%u]", bin->size, bin->n,
                               MMS_MALLOC_TCACHE_COUNT);
    case MMS_CHUNK_FAST:
      return mms_scene_printf (scene, "fastbin 0x%" G_GINT64_MODIFIER "x [%u]", bin->size, bin->n);
    case MMS_CHUNK_UNSORTED:
      return mms_scene_printf (scene, "unsorted [%u]", bin->n);
    case MMS_CHUNK_SMALL:
      return mms_scene_printf (scene, "small 0x%" G_GINT64_MODIFIER "x [%u]", bin->size, bin->n);
    case MMS_CHUNK_LARGE:
    default:
      return mms_scene_printf (scene, "large 0x%" G_GINT64_MODIFIER "x- [%u]", bin->size, bin->n);
    }
}

static const char *
bin_kind_key (MmsChunkState kind)
{
  switch (kind)
    {
    case MMS_CHUNK_TCACHE: return "tcache";
    case MMS_CHUNK_FAST: return "fast";
    case MMS_CHUNK_UNSORTED: return "unsorted";
    case MMS_CHUNK_SMALL: return "small";
    case MMS_CHUNK_LARGE:
    default: return "large";
    }
}

static const char *
bin_tooltip (MmsScene         *scene,
             const MmsBinInfo *bin)
{
  switch (bin->kind)
    {
    case MMS_CHUNK_TCACHE:
      return mms_scene_printf (scene, _("<b>tcache->entries[%u]</b>: %u of at most %u chunks of 0x%llx bytes, "
                                        "a stack: tcache_put pushes, tcache_get pops from the head"),
                               bin->index, bin->n, MMS_MALLOC_TCACHE_COUNT, (unsigned long long) bin->size);
    case MMS_CHUNK_FAST:
      return mms_scene_printf (scene, _("<b>fastbinsY[%u]</b>: %u chunks of 0x%llx bytes, a stack linked through fd; "
                                        "malloc_consolidate merges them"),
                               bin->index, bin->n, (unsigned long long) bin->size);
    case MMS_CHUNK_UNSORTED:
      return mms_scene_printf (scene, _("<b>the unsorted bin</b> (bins[1]): %u chunks; _int_malloc sorts them "
                                        "into the small and large bins, or hands one out"), bin->n);
    case MMS_CHUNK_SMALL:
      return mms_scene_printf (scene, _("<b>small bin %u</b>: %u chunks of 0x%llx bytes, doubly linked (fd, bk)"),
                               bin->index, bin->n, (unsigned long long) bin->size);
    case MMS_CHUNK_LARGE:
    default:
      return mms_scene_printf (scene, _("<b>large bin %u</b>: %u chunks from 0x%llx bytes, sorted by size"),
                               bin->index, bin->n, (unsigned long long) bin->size);
    }
}

static gboolean
bin_cb (const MmsBinInfo *bin,
        gpointer          user_data)
{
  BinsRun *run = user_data;
  HeapCtx *h = run->h;
  MmsScene *scene = h->ctx->scene;
  double y = run->y, x = run->area.x + BIN_LABEL_W;
  const char *kind = bin_kind_key (bin->kind);
  MmsElement *head;
  guint k;

  run->n_bins++;
  if (run->n_rows >= run->max_rows)
    return TRUE;
  run->n_rows++;
  run->y += run->row_h;

  head = mms_scene_add (scene, MMS_ELEMENT_BIN, mms_scene_printf (scene, "bin:%u:%s:%u", h->mm->id, kind, bin->index),
                        run->area.x, y + 1, BIN_LABEL_W - 8, run->row_h - 2);
  head->fill = chunk_color (bin->kind);
  head->stroke = MMS_COLOR_GRID;
  head->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MONOSPACE;
  head->text_color = MMS_COLOR_TEXT_AUTO;
  head->label = bin_head_label (scene, bin);
  head->value = mms_scene_printf (scene, "%u %" G_GINT64_MODIFIER "x", bin->n, bin->n > 0 ? bin->chunks[0] : 0);
  head->tooltip = bin_tooltip (scene, bin);

  for (k = 0; k < bin->n; k++)
    {
      guint64 addr = bin->chunks[k];
      const char *object = mms_scene_printf (scene, "chunk:%u:0x%" G_GINT64_MODIFIER "x", h->mm->id, addr);
      const char *id = mms_scene_printf (scene, "binchunk:%u:0x%" G_GINT64_MODIFIER "x", h->mm->id, addr);
      const char *name = g_hash_table_lookup (h->names, GSIZE_TO_POINTER ((gsize) addr));
      MmsElement *chip, *edge;

      if (x + CHIP_W + (k + 1 < bin->n ? 6 * MMS_MONO_CHAR : 0) > run->area.x + run->area.width)
        {
          mms_view_add_text (h->ctx, mms_scene_printf (scene, "bin-more:%u:%s:%u", h->mm->id, kind, bin->index),
                             x, y, run->area.x + run->area.width - x, run->row_h,
                             mms_scene_printf (scene, "+%u", bin->n - k), MMS_ELEMENT_MONOSPACE)
            ->text_color = MMS_COLOR_TEXT_DIM;
          break;
        }
      /* A chunk listed twice (a double free the fastbins did not catch). */
      if (g_hash_table_contains (h->used_ids, id))
        id = mms_scene_printf (scene, "%s:%u", id, k);
      g_hash_table_add (h->used_ids, (gpointer) id);
      edge = mms_scene_add (scene, MMS_ELEMENT_EDGE, mms_scene_printf (scene, "%s:fd", id),
                            x - CHIP_GAP + 2, y + run->row_h / 2, CHIP_GAP - 4, 0);
      edge->shape = MMS_SHAPE_ARROW;
      edge->stroke = MMS_COLOR_EDGE;
      chip = mms_scene_add (scene, MMS_ELEMENT_BIN, id, x, y + 1, CHIP_W, run->row_h - 2);
      chip->object = object;
      chip->fill = chunk_color (bin->kind);
      chip->stroke = MMS_COLOR_EDGE;
      chip->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_CENTER | MMS_ELEMENT_MONOSPACE;
      chip->text_color = MMS_COLOR_TEXT_AUTO;
      chip->label = name != NULL ? name : mms_scene_printf (scene, "+%" G_GINT64_MODIFIER "x", addr - h->mm->start_brk);
      chip->tooltip = mms_scene_printf (scene, k == 0 ? _("chunk <tt>0x%llx</tt>, the head of %s")
                                                      : _("chunk <tt>0x%llx</tt>, next on %s"),
                                        (unsigned long long) addr, bin_head_label (scene, bin));
      chip->lo = addr;
      mms_view_mark_touched (h->ctx, chip);
      x += CHIP_W + CHIP_GAP;
    }
  return TRUE;
}

static gboolean
count_bin_cb (const MmsBinInfo *bin,
              gpointer          user_data)
{
  (*(guint *) user_data)++;
  return TRUE;
}

/* request2size (): a request's chunk size. */
static guint64
request2size (guint64 req)
{
  guint64 sz = (req + MMS_MALLOC_SIZE_SZ + MMS_MALLOC_ALIGNMENT - 1) & ~(guint64) (MMS_MALLOC_ALIGNMENT - 1);

  return MAX (sz, (guint64) MMS_MALLOC_MINSIZE);
}

static void
build_readout (HeapCtx       *h,
               const MmsRect *area,
               gboolean       two_lines)
{
  MmsScene *scene = h->ctx->scene;
  guint64 free_bytes = 0, largest = 0, unusable[G_N_ELEMENTS (probe_sizes)] = { 0 };
  guint n_free = 0;
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *total = NULL;
  g_autofree char *big = NULL;
  MmsElement *e;

  for (guint i = 0; i < h->chunks->len; i++)
    {
      const MmsChunkInfo *c = &g_array_index (h->chunks, MmsChunkInfo, i);

      if (c->state == MMS_CHUNK_INUSE)
        continue;
      free_bytes += c->size;
      largest = MAX (largest, c->size);
      n_free++;
      for (guint k = 0; k < G_N_ELEMENTS (probe_sizes); k++)
        if (c->size < request2size (probe_sizes[k]))
          unusable[k] += c->size;
    }
  total = mms_format_size (free_bytes);
  big = mms_format_size (largest);
  /* Translators: the heap view's fragmentation readout, first part. */
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "free: %s in %u chunk (top included), largest %s.",
                                          "free: %s in %u chunks (top included), largest %s.", n_free),
                          total, n_free, big);
  g_string_append (s, two_lines ? "\n" : "  ");
  if (h->ctx->focused)
    /* Translators: followed by "256 bytes: 96 bytes · 1 KiB: ...". */
    g_string_append (s, _("Free bytes a request cannot use (chunks smaller than it needs):"));
  else
    /* Translators: the short form beside the other views, followed by "256 bytes: 96 bytes · 1 KiB: ...". */
    g_string_append (s, _("Unusable by a request of"));
  for (guint k = 0; k < G_N_ELEMENTS (probe_sizes); k++)
    {
      g_autofree char *req = mms_format_size (probe_sizes[k]);
      g_autofree char *lost = mms_format_size (unusable[k]);
      g_string_append_printf (s, "%s %s: %s", k == 0 ? "" : " ·", req, lost);
    }
  e = mms_view_add_text (h->ctx, mms_scene_printf (scene, "heap-frag:%u", h->mm->id), area->x, area->y,
                         area->width, area->height, s->str, MMS_ELEMENT_TOP);
  e->text_color = MMS_COLOR_TEXT;
  e->flags |= MMS_ELEMENT_INTERACTIVE;
  e->tooltip = mms_scene_intern (scene, _("A free chunk serves a request only if it is at least the request's chunk "
                                          "size (request2size: the request plus 8 bytes, rounded up to 16, at least 32); "
                                          "tcache and fastbin chunks serve only their own size until "
                                          "malloc_consolidate merges them"));
}

/* The planned width of TEXT: a CJK character is about two Latin ones. */
static double
text_width (const char *text)
{
  double w = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    w += g_utf8_get_char (p) < 0x80 ? MMS_SANS_CHAR : 1.8 * MMS_SANS_CHAR;
  return w;
}

static const MmsChunkState legend_states[] = {
  MMS_CHUNK_INUSE, MMS_CHUNK_TCACHE, MMS_CHUNK_FAST, MMS_CHUNK_UNSORTED, MMS_CHUNK_SMALL, MMS_CHUNK_LARGE,
  MMS_CHUNK_TOP,
};

static void
build_legend (HeapCtx       *h,
              const MmsRect *area)
{
  MmsScene *scene = h->ctx->scene;
  double x = area->x;

  for (guint i = 0; i < G_N_ELEMENTS (legend_states); i++)
    {
      MmsChunkState st = legend_states[i];
      const char *text = st == MMS_CHUNK_INUSE ? _("in use") : mms_color_role_legend (chunk_color (st));
      double w = 16 + 6 + text_width (text) + 12;
      MmsElement *sw;

      if (x + w > area->x + area->width)
        break;
      sw = mms_scene_add (scene, MMS_ELEMENT_LEGEND, mms_scene_printf (scene, "heap-legend:%u:%u", h->mm->id, st),
                          x, area->y + 3, 16, area->height - 6);
      sw->fill = chunk_color (st);
      sw->stroke = MMS_COLOR_PANEL_BORDER;
      if (st == MMS_CHUNK_TOP)
        sw->flags |= MMS_ELEMENT_DASHED;
      if (st == MMS_CHUNK_TCACHE || st == MMS_CHUNK_FAST)
        sw->flags |= MMS_ELEMENT_HATCHED;
      mms_view_add_text (h->ctx, mms_scene_printf (scene, "heap-legend:%u:%u:text", h->mm->id, st), x + 21, area->y,
                         w - 21, area->height, text, 0)->text_color = MMS_COLOR_TEXT;
      x += w;
    }
}

static void
build_mm (MmsViewContext   *ctx,
          struct mm_struct *mm,
          const MmsRect    *area,
          gboolean          name_owner)
{
  MmsScene *scene = ctx->scene;
  HeapCtx h = { ctx, mm };
  g_autoptr(GString) head = g_string_new (NULL);
  double line = MMS_LINE_HEIGHT, y = area->y;
  double row_h = ctx->focused ? 2 * MMS_LINE_HEIGHT + 2 : MMS_LINE_HEIGHT + 6;
  double bin_row = MMS_LINE_HEIGHT + 3;
  gboolean two_readout = ctx->focused && area->height > 12 * MMS_LINE_HEIGHT;
  double fixed, avail, mmapped_h;
  guint n_bins = 0, in_use = 0, strip_rows, bin_rows;
  guint64 first, end;
  MmsElement *e;

  h.chunks = g_array_new (FALSE, FALSE, sizeof (MmsChunkInfo));
  h.mmapped = g_array_new (FALSE, FALSE, sizeof (MmsChunkInfo));
  h.names = g_hash_table_new (NULL, NULL);
  h.used_ids = g_hash_table_new (g_str_hash, g_str_equal);
  h.freed_names = g_hash_table_new (NULL, NULL);
  h.tcache_chunk = mms_malloc_tcache_chunk (mm);
  h.vmas = mms_rmap_get_vmas (ctx->rmap, mm, &h.n_vmas);
  mms_malloc_foreach_name (mm, freed_name_cb, &h);
  mms_malloc_foreach_chunk (mm, collect_chunk_cb, &h);
  mms_malloc_foreach_bin (mm, count_bin_cb, &n_bins);
  for (guint i = 0; i < h.chunks->len; i++)
    in_use += g_array_index (h.chunks, MmsChunkInfo, i).state == MMS_CHUNK_INUSE;

  first = h.chunks->len > 0 ? g_array_index (h.chunks, MmsChunkInfo, 0).addr : mm->start_brk;
  end = h.chunks->len > 0 ? g_array_index (h.chunks, MmsChunkInfo, h.chunks->len - 1).addr
                            + g_array_index (h.chunks, MmsChunkInfo, h.chunks->len - 1).size
                          : mm->brk;
  if (name_owner)
    {
      g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, mm);
      g_string_append_printf (head, "%s: ", owners);
    }
  {
    g_autofree char *size = mms_format_size (mm->brk - mm->start_brk);
    /* Translators: the heap view's first line: the heap's range and size, its chunks, the mmapped ones. */
    g_string_append_printf (head, _("[heap] 0x%llx – 0x%llx (%s): %u chunks, %u in use, the top last; %u mmapped"),
                            (unsigned long long) first, (unsigned long long) end, size, h.chunks->len, in_use,
                            h.mmapped->len);
  }
  e = mms_view_add_text (ctx, mms_scene_printf (scene, "heap-head:%u", mm->id), area->x, y, area->width, line,
                         head->str, MMS_ELEMENT_BOLD);
  e->text_color = MMS_COLOR_TEXT;
  y += line + 2;

  /* The room: the strip takes what the bins leave, and at least a row. */
  mmapped_h = h.mmapped->len > 0 ? MMS_LINE_HEIGHT + 4 : 0;
  fixed = (line + 2) + mmapped_h + (two_readout ? 2 : 1) * line + 4 + line + 4;
  avail = MAX (0, area->height - fixed);
  bin_rows = MIN (MAX (n_bins, 1), (guint) MAX (0, (avail - row_h - 4) / bin_row));
  strip_rows = MAX (1, (guint) ((avail - bin_rows * bin_row - 4) / row_h));
  if (h.chunks->len == 0)
    {
      mms_view_add_text (ctx, mms_scene_printf (scene, "heap-empty:%u", mm->id), area->x, y, area->width, line,
                         _("no chunk yet: the first malloc calls sysmalloc"), 0)->text_color = MMS_COLOR_TEXT_DIM;
      y += line;
    }
  else
    {
      MmsRect strip = { area->x, y, area->width, strip_rows * row_h };
      y += build_strip (&h, &strip, row_h, strip_rows) + 4;
    }
  {
    MmsRect r = { area->x, y, area->width, mmapped_h };
    y += build_mmapped (&h, &r);
  }
  if (n_bins == 0)
    {
      mms_view_add_text (ctx, mms_scene_printf (scene, "heap-bins-empty:%u", mm->id), area->x, y, area->width, bin_row,
                         _("bins: all empty"), 0)->text_color = MMS_COLOR_TEXT_DIM;
      y += bin_row;
    }
  else if (bin_rows > 0)
    {
      BinsRun run = { &h, { area->x, y, area->width, bin_rows * bin_row }, y, bin_row, bin_rows, 0, 0 };
      double end_y;

      /* The last row says how many bins did not fit. */
      if (n_bins > bin_rows)
        run.max_rows = bin_rows - 1;
      mms_malloc_foreach_bin (mm, bin_cb, &run);
      end_y = run.y;
      if (run.n_bins > run.n_rows)
        {
          mms_view_add_text (ctx, mms_scene_printf (scene, "heap-bins-more:%u", mm->id), area->x, end_y,
                             area->width, bin_row,
                             mms_scene_printf (scene, g_dngettext (GETTEXT_PACKAGE, "+%u more bin", "+%u more bins",
                                                                   run.n_bins - run.n_rows),
                                               run.n_bins - run.n_rows), 0)->text_color = MMS_COLOR_TEXT_DIM;
          end_y += bin_row;
        }
      y = end_y;
    }
  y += 2;
  {
    double rh = (two_readout ? 2 : 1) * line + 2;
    MmsRect r = { area->x, MIN (y, area->y + area->height - rh - line - 4), area->width, rh };
    build_readout (&h, &r, two_readout);
    y = r.y + rh + 2;
  }
  {
    MmsRect r = { area->x, MIN (y, area->y + area->height - line - 4), area->width, line + 4 };
    build_legend (&h, &r);
  }

  g_hash_table_unref (h.used_ids);
  g_hash_table_unref (h.freed_names);
  g_hash_table_unref (h.names);
  g_array_unref (h.chunks);
  g_array_unref (h.mmapped);
}

double
mms_heap_view_wanted (MmsViewContext *ctx)
{
  double want = 0;

  /* What the view takes beside the others (not focused): a row of strip
   * per 40 chunks, a row per bin, up to a few of each. */
  for (guint i = 0; i < ctx->mms->len; i++)
    {
      struct mm_struct *mm = g_ptr_array_index (ctx->mms, i);
      guint n_bins = 0;
      guint64 n_chunks[2] = { 0, 0 };

      if (!mms_malloc_active (mm))
        continue;
      mms_malloc_foreach_bin (mm, count_bin_cb, &n_bins);
      mms_malloc_count_chunks (mm, &n_chunks[0], &n_chunks[1]);
      want += (MMS_LINE_HEIGHT + 2) + MIN (3, 1 + n_chunks[0] / 40) * (MMS_LINE_HEIGHT + 6) + 4
              + (n_chunks[1] > 0 ? MMS_LINE_HEIGHT + 4 : 0)
              + MIN (MAX (n_bins, 1), 4) * (MMS_LINE_HEIGHT + 3) + 2 + (MMS_LINE_HEIGHT + 2)
              + (MMS_LINE_HEIGHT + 4) + 8;
    }
  return want > 0 ? want + MMS_TITLE_HEIGHT + 2 * MMS_PAD : 0;
}

void
mms_heap_view_build (MmsViewContext *ctx,
                     const MmsRect  *area)
{
  g_autoptr(GPtrArray) heaps = g_ptr_array_new ();
  double each;

  for (guint i = 0; i < ctx->mms->len; i++)
    if (mms_malloc_active (g_ptr_array_index (ctx->mms, i)))
      g_ptr_array_add (heaps, g_ptr_array_index (ctx->mms, i));
  if (heaps->len == 0)
    {
      mms_view_add_text (ctx, "heap-none", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         _("malloc has not been called: no heap to show"), 0)->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }
  /* Several processes with a heap (after fork): one band each. */
  each = floor (area->height / heaps->len);
  for (guint i = 0; i < heaps->len; i++)
    {
      MmsRect r = { area->x, area->y + i * each, area->width, each - (i + 1 < heaps->len ? 6 : 0) };
      build_mm (ctx, g_ptr_array_index (heaps, i), &r, heaps->len > 1);
    }
}
