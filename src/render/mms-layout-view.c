/* mms-layout-view.c: the address-space layout, a vertical map from address
 * 0 (at the bottom) to the top of the kernel split.
 *
 * Sizes run from 4 KiB to 128 TiB, so the map is not linear: every
 * boundary between a VMA and a hole is a breakpoint, a segment between two
 * breakpoints gets a height that grows with the logarithm of its size, and
 * a hole larger than 256 MiB is drawn compressed (with torn edges) and
 * labelled with its true size.  Several processes (after fork) stand side
 * by side on the same breakpoints, so that equal addresses line up.  When
 * the segments cannot all get a few pixels (a process with 65,530 VMAs),
 * runs of small ones are drawn as one aggregate that says how many VMAs it
 * holds; zooming in (a smaller window onto the addresses) shows them
 * exactly.  Above the user part, the kernel's part of the split: on
 * x86_64 the non-canonical hole and the kernel's regions, on i386 the
 * direct map of low memory, vmalloc, pkmap and fixmap above 0xC0000000.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#include <math.h>
#include <string.h>

#define BIG_HOLE (G_GUINT64_CONSTANT (256) << 20)
#define MIN_SEGMENT 5.0
#define AGGREGATE_HEIGHT 10.0

typedef enum
{
  SEG_MAPPED,               /* a VMA of at least one column */
  SEG_HOLE,
  SEG_GUARD,                /* below a stack: the stack guard gap */
} SegKind;

typedef struct
{
  guint64 lo, hi;
  double weight;
  double y, height;         /* placed */
  SegKind kind;
  gint chunk;               /* -1, or the aggregate it belongs to */
} Segment;

typedef struct
{
  guint first, last;        /* segments [first, last] */
  double y, height;
} Chunk;

static int
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static double
segment_weight (SegKind kind,
                guint64 size)
{
  double pages = MAX (1.0, (double) size / MMS_PAGE_SIZE);

  switch (kind)
    {
    case SEG_MAPPED:
      return 18.0 + 4.5 * log2 (pages);
    case SEG_GUARD:
      return 17.0;
    case SEG_HOLE:
    default:
      if (size >= BIG_HOLE)
        return 24.0;
      return size < (G_GUINT64_CONSTANT (64) << 10) ? 5.0 : 9.0 + 1.0 * log2 (pages);
    }
}

typedef struct
{
  guint64 lo, hi;
  const char *name;
  const char *what;
  MmsColorRole fill;
  guint priority;           /* 1 is kept longest when room is short */
} Region;

/* engine.md section 1, and Documentation/arch/x86/x86_64/mm.rst. */
static guint
kernel_regions (MmsMachine *machine,
                Region     *out)
{
  guint n = 0;

  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    {
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xffff888000000000), G_GUINT64_CONSTANT (0xffffc88000000000),
                            N_("direct map"), N_("a linear map of all physical memory (page_offset_base)"), MMS_COLOR_KERNEL, 1 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xffffc90000000000), G_GUINT64_CONSTANT (0xffffe90000000000),
                            N_("vmalloc"), N_("vmalloc and ioremap space"), MMS_COLOR_KERNEL, 2 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xffffea0000000000), G_GUINT64_CONSTANT (0xffffeb0000000000),
                            N_("vmemmap"), N_("the struct page array (virtual memory map)"), MMS_COLOR_KERNEL, 5 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xffffffff80000000), G_GUINT64_CONSTANT (0xffffffffa0000000),
                            N_("kernel text"), N_("the kernel image, mapped from physical 0"), MMS_COLOR_KERNEL, 3 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xffffffffa0000000), G_GUINT64_CONSTANT (0xffffffffff000000),
                            N_("modules"), N_("the module mapping space"), MMS_COLOR_KERNEL, 4 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xffffffffff600000), G_GUINT64_CONSTANT (0xffffffffff601000),
                            N_("vsyscall"), N_("the legacy vsyscall page"), MMS_COLOR_KERNEL, 6 };
    }
  else
    {
      /* i386 without PAE (arch/x86/include/asm/pgtable_32_types.h): low
       * memory, at most 896 MiB, is mapped linearly at PAGE_OFFSET; vmalloc
       * starts 8 MiB (VMALLOC_OFFSET) above high_memory and ends below the
       * pkmap window, which sits below the fixmap at the top. */
      guint64 lowmem = MIN (machine->ram, G_GUINT64_CONSTANT (896) << 20);
      guint64 high_memory = G_GUINT64_CONSTANT (0xC0000000) + lowmem;

      out[n++] = (Region) { G_GUINT64_CONSTANT (0xC0000000), high_memory,
                            N_("direct map"), N_("low memory: phys = virt - PAGE_OFFSET (896 MiB at most)"), MMS_COLOR_KERNEL, 1 };
      out[n++] = (Region) { high_memory + (G_GUINT64_CONSTANT (8) << 20), G_GUINT64_CONSTANT (0xFF7FE000),
                            N_("vmalloc"), N_("vmalloc space, 8 MiB (VMALLOC_OFFSET) above high_memory"), MMS_COLOR_KERNEL, 2 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xFF800000), G_GUINT64_CONSTANT (0xFFC00000),
                            N_("pkmap"), N_("persistent kmap window for high memory (LAST_PKMAP 1024 pages)"), MMS_COLOR_KERNEL, 3 };
      out[n++] = (Region) { G_GUINT64_CONSTANT (0xFFE00000), G_GUINT64_CONSTANT (0xFFFFF000),
                            N_("fixmap"), N_("compile-time fixed mappings, up to FIXADDR_TOP"), MMS_COLOR_KERNEL, 4 };
    }
  return n;
}

static void
build_kernel (MmsViewContext *ctx,
              const MmsRect  *area,
              guint64         user_top)
{
  MmsMachine *machine = ctx->machine;
  Region all_regions[8], regions[8];
  guint n_all = kernel_regions (machine, all_regions);
  guint n = 0;
  guint keep = n_all;

  /* Each region wants a line of text; when the room is short, the least
   * important regions are left out (their tooltips are in the gaps). */
  while (keep > 2 && (keep * (MMS_LINE_HEIGHT + 1) + 26 + keep * 3) > area->height)
    keep--;
  for (guint i = 0; i < n_all; i++)
    if (all_regions[i].priority <= keep)
      regions[n++] = all_regions[i];
  double weights[20], total = 0, scale, y;
  guint64 los[20], his[20];
  const char *labels[20];
  const char *whats[20];
  gboolean is_region[20];
  guint m = 0;
  guint64 prev = user_top;
  guint64 kernel_base = machine->arch == MMS_ARCH_PRESET_X86_64
                        ? G_GUINT64_CONSTANT (0xffff800000000000) : G_GUINT64_CONSTANT (0xC0000000);

  /* Pieces from the bottom: the hole up to the kernel half, then regions
   * and the gaps between them. */
  if (machine->arch == MMS_ARCH_PRESET_X86_64)
    {
      los[m] = user_top; his[m] = kernel_base; labels[m] = N_("non-canonical hole");
      whats[m] = N_("addresses whose bits 63..47 are not all equal: any access faults (#GP)");
      is_region[m] = FALSE; weights[m] = 26; m++;
      prev = kernel_base;
    }
  for (guint i = 0; i < n; i++)
    {
      if (regions[i].lo > prev)
        {
          los[m] = prev; his[m] = regions[i].lo; labels[m] = NULL; whats[m] = N_("unused");
          is_region[m] = FALSE; weights[m] = 3; m++;
        }
      los[m] = regions[i].lo; his[m] = regions[i].hi; labels[m] = regions[i].name;
      whats[m] = regions[i].what; is_region[m] = TRUE;
      weights[m] = MMS_LINE_HEIGHT + 1;
      m++;
      prev = regions[i].hi;
    }
  for (guint i = 0; i < m; i++)
    total += weights[i];
  scale = area->height / total;

  y = area->y + area->height;
  for (guint i = 0; i < m; i++)
    {
      double h = weights[i] * scale;
      g_autofree char *size = mms_format_size (his[i] - los[i]);
      MmsElement *e;

      y -= h;
      if (is_region[i])
        {
          e = mms_scene_add (ctx->scene, MMS_ELEMENT_REGION,
                             mms_scene_printf (ctx->scene, "kregion:%s", labels[i]),
                             area->x, y, area->width, h - 1);
          e->fill = regions[0].fill;
          e->text_color = MMS_COLOR_TEXT_AUTO;
          e->label = mms_scene_printf (ctx->scene, "%s · %s", _(labels[i]), size);
          e->flags |= MMS_ELEMENT_INTERACTIVE;
          e->tooltip = mms_scene_printf (ctx->scene,
                                         /* Translators: a kernel region's tooltip: its name, what it is, its range, its size. */
                                         _("<b>%s</b>: %s\n<tt>0x%llx – 0x%llx</tt> (%s)\n"
                                           "Kernel space: the same in every process, and only the kernel may touch it."),
                                         _(labels[i]), _(whats[i]), (unsigned long long) los[i], (unsigned long long) his[i], size);
        }
      else
        {
          e = mms_scene_add (ctx->scene, MMS_ELEMENT_HOLE,
                             mms_scene_printf (ctx->scene, "khole:%" G_GINT64_MODIFIER "x", los[i]),
                             area->x, y, area->width, h);
          e->fill = MMS_COLOR_HOLE;
          e->shape = labels[i] != NULL ? MMS_SHAPE_ZIGZAG : MMS_SHAPE_RECT;
          e->stroke = labels[i] != NULL ? MMS_COLOR_PANEL_BORDER : MMS_COLOR_NONE;
          e->text_color = MMS_COLOR_TEXT_DIM;
          e->flags |= MMS_ELEMENT_CENTER | MMS_ELEMENT_INTERACTIVE;
          if (labels[i] != NULL)
            e->label = mms_scene_printf (ctx->scene, "%s · %s", _(labels[i]), size);
          e->tooltip = mms_scene_printf (ctx->scene, "<b>%s</b>: %s\n<tt>0x%llx – 0x%llx</tt> (%s)",
                                         labels[i] != NULL ? _(labels[i]) : _("gap"), _(whats[i]),
                                         (unsigned long long) los[i], (unsigned long long) his[i], size);
        }
      e->lo = los[i];
      e->hi = his[i];
    }
}

/* A scenario's name for an address (runner labels, `as NAME`). */
typedef struct
{
  const char *name;
  guint64 addr;
  guint64 guard_end;        /* not 0: a thread's guard page, shown only on a
                             * PROT_NONE VMA that ends at ADDR + 1 (below
                             * the stack clone3 was given) or that holds
                             * ADDR and ends below GUARD_END (the lowest
                             * page of that stack, as glibc gives it) */
} ScenarioLabel;

static void
add_scenario_label (const char *name,
                    guint64     addr,
                    gpointer    user_data)
{
  ScenarioLabel label = { name, addr, 0 };

  g_array_append_val ((GArray *) user_data, label);
}

static int
scenario_label_cmp (gconstpointer a,
                    gconstpointer b)
{
  guint64 x = ((const ScenarioLabel *) a)->addr, y = ((const ScenarioLabel *) b)->addr;

  return x < y ? -1 : x > y;
}

/* VMA's name, after the scenario's names of addresses in it ("buf ·
 * anon"); NAMES are sorted by address, *AT the first one not yet below
 * VMA (VMAs come in address order). */
static char *
vma_display_name (struct vm_area_struct *vma,
                  GArray                 *names,
                  guint                  *at)
{
  g_autoptr(GString) text = NULL;

  while (*at < names->len && g_array_index (names, ScenarioLabel, *at).addr < vma->vm_start)
    (*at)++;
  for (guint i = *at; i < names->len && g_array_index (names, ScenarioLabel, i).addr < vma->vm_end; i++)
    {
      const ScenarioLabel *label = &g_array_index (names, ScenarioLabel, i);

      if (label->guard_end != 0
          && ((vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC))
              || (label->addr + 1 != vma->vm_end && vma->vm_end >= label->guard_end)))
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      else if (text->len > 40)
        {
          g_string_append (text, "…");
          break;
        }
      else
        g_string_append (text, ", ");
      g_string_append (text, g_array_index (names, ScenarioLabel, i).name);
    }
  if (text == NULL)
    return g_strdup (mms_vma_name (vma));
  g_string_append_printf (text, " · %s", mms_vma_name (vma));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
mms_layout_view_build (MmsViewContext *ctx,
                       const MmsRect  *area)
{
  MmsMachine *machine = ctx->machine;
  guint64 task_size = mms_task_size (machine);
  guint64 user_top;
  g_autoptr(GArray) bounds = NULL;
  g_autoptr(GArray) segs = NULL;
  g_autoptr(GArray) chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
  g_autofree const MmsVmaSpan **vmas = g_new0 (const MmsVmaSpan *, MAX (1, ctx->mms->len));
  g_autofree guint *n_vmas = g_new0 (guint, MAX (1, ctx->mms->len));
  guint n_bounds = 4;
  guint n_cols = MAX (1, ctx->mms->len);
  double axis_w, col_w, col_gap = 6, kernel_h, user_h, total, scale, y;
  MmsRect kernel_area, user;

  /* The user part ends at TASK_SIZE on i386 (where the kernel starts) and
   * at the end of the lower canonical half on x86_64. */
  user_top = machine->arch == MMS_ARCH_PRESET_X86_64 ? G_GUINT64_CONSTANT (0x800000000000) : task_size;

  /* Columns: an address axis, then one column per address space. */
  axis_w = area->width >= 300 ? 15 * MMS_MONO_CHAR + 4 : 0;
  if (ctx->mms->len > 3)
    n_cols = ctx->mms->len;
  col_w = (area->width - axis_w - (n_cols - 1) * col_gap) / n_cols;

  /* Column headings. */
  for (guint c = 0; c < ctx->mms->len; c++)
    {
      struct mm_struct *mm = g_ptr_array_index (ctx->mms, c);
      g_autofree char *owners = mms_rmap_mm_owners (machine, mm);
      MmsElement *e = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "layout-head:%u", mm->id),
                                         area->x + axis_w + c * (col_w + col_gap), area->y,
                                         col_w, MMS_LINE_HEIGHT, owners,
                                         MMS_ELEMENT_BOLD | MMS_ELEMENT_CENTER);
      e->object = mms_scene_printf (ctx->scene, "mm:%u", mm->id);
    }
  user = (MmsRect) { area->x, area->y + MMS_LINE_HEIGHT + 2, area->width, area->height - MMS_LINE_HEIGHT - 2 };

  /* The kernel part: every region gets a line of text when it can, but
   * user space keeps at least 60% of the height. */
  {
    Region regions[8];
    guint n_regions = kernel_regions (machine, regions);
    double want = n_regions * (MMS_LINE_HEIGHT + 1) + 26 + n_regions * 3;
    kernel_h = floor (MIN (want, user.height * 0.26));
  }
  kernel_area = (MmsRect) { area->x + axis_w, user.y, area->width - axis_w, kernel_h };
  build_kernel (ctx, &kernel_area, user_top);
  {
    MmsElement *e = mms_view_add_text (ctx, "layout-axis:kernel", area->x, user.y, axis_w - 6, kernel_h,
                                       machine->arch == MMS_ARCH_PRESET_X86_64 ? _("kernel\nspace\n(top half)")
                                       : _("kernel\nspace\n(top 1 GiB)"),
                                       MMS_ELEMENT_RIGHT | MMS_ELEMENT_BOLD);
    e->text_color = MMS_COLOR_TEXT_DIM;
  }
  user.y += kernel_h + 4;
  user.height -= kernel_h + 4;
  user_h = user.height;

  /* Breakpoints.  The VMAs are read from the arrays the reverse map
   * copied them into (mms_rmap_get_vmas): with 65,530 of them, every walk
   * of the list would cost a cache miss per VMA. */
  for (guint c = 0; c < ctx->mms->len; c++)
    {
      vmas[c] = mms_rmap_get_vmas (ctx->rmap, g_ptr_array_index (ctx->mms, c), &n_vmas[c]);
      n_bounds += 3 * n_vmas[c];
    }
  /* Written in place: a call per breakpoint would cost more than the rest. */
  bounds = g_array_sized_new (FALSE, FALSE, sizeof (guint64), n_bounds);
  g_array_set_size (bounds, n_bounds);
  {
    guint64 *b = (guint64 *) (gpointer) bounds->data;
    guint n = 0;

    b[n++] = 0;
    for (guint c = 0; c < ctx->mms->len; c++)
      for (guint k = 0; k < n_vmas[c]; k++)
        {
          const MmsVmaSpan *vma = &vmas[c][k];

          if ((vma->flags & VM_GROWSDOWN) && vma->start >= MMS_STACK_GUARD_GAP)
            {
              guint64 guard = vma->start - MMS_STACK_GUARD_GAP;
              guint64 below = vma->vma->vm_prev != NULL ? vma->vma->vm_prev->vm_end : 0;
              if (guard > below)
                b[n++] = guard;
            }
          b[n++] = vma->start;
          b[n++] = vma->end;
        }
    g_array_set_size (bounds, n);
  }
  if (task_size < user_top)
    g_array_append_val (bounds, task_size);
  g_array_append_val (bounds, user_top);
  /* One address space gives its breakpoints in order already (65,530
   * VMAs are worth not sorting); several need a sort. */
  {
    gboolean sorted = TRUE;
    for (guint i = 1; i < bounds->len && sorted; i++)
      sorted = g_array_index (bounds, guint64, i - 1) <= g_array_index (bounds, guint64, i);
    if (!sorted)
      g_array_sort (bounds, compare_u64);
  }

  /* Segments, with what each column has there.  Their weights wait until
   * it is known which ones are drawn on their own. */
  segs = g_array_sized_new (FALSE, FALSE, sizeof (Segment), bounds->len);
  g_array_set_size (segs, bounds->len);
  {
    g_autofree guint *cursor = g_new0 (guint, MAX (1, ctx->mms->len));
    const guint64 *b = (const guint64 *) (gpointer) bounds->data;
    Segment *out = (Segment *) (gpointer) segs->data;
    guint n = 0;

    for (guint i = 0; i + 1 < bounds->len; i++)
      {
        guint64 lo = b[i], hi = b[i + 1];
        Segment s = { lo, hi, 0, 0, 0, SEG_HOLE, -1 };

        if (hi == lo)
          continue;
        for (guint c = 0; c < ctx->mms->len; c++)
          {
            const MmsVmaSpan *at;

            while (cursor[c] < n_vmas[c] && vmas[c][cursor[c]].end <= lo)
              cursor[c]++;
            at = cursor[c] < n_vmas[c] ? &vmas[c][cursor[c]] : NULL;
            if (at != NULL && at->start <= lo)
              s.kind = SEG_MAPPED;
            else if (s.kind == SEG_HOLE && at != NULL && (at->flags & VM_GROWSDOWN)
                     && hi == at->start && hi - lo == MMS_STACK_GUARD_GAP)
              s.kind = SEG_GUARD;
          }
        out[n++] = s;
      }
    g_array_set_size (segs, n);
  }

  /* Aggregate runs of small segments when they cannot all be seen. */
  {
    guint budget = (guint) MAX (8.0, user_h / (MIN_SEGMENT + 3));

    if (segs->len > budget)
      {
        guint per = (segs->len + budget - 1) / budget * 2;
        guint i = 0;

        while (i < segs->len)
          {
            Segment *s = &g_array_index (segs, Segment, i);
            guint j = i;

            if (s->kind == SEG_HOLE && s->hi - s->lo >= BIG_HOLE)
              {
                i++;
                continue;
              }
            while (j < segs->len && j - i < per)
              {
                Segment *t = &g_array_index (segs, Segment, j);
                if (t->kind == SEG_HOLE && t->hi - t->lo >= BIG_HOLE)
                  break;
                j++;
              }
            if (j - i >= 3)
              {
                Chunk ch = { i, j - 1, 0, 0 };
                for (guint k = i; k < j; k++)
                  {
                    Segment *t = &g_array_index (segs, Segment, k);
                    t->chunk = chunks->len;
                    t->weight = k == i ? AGGREGATE_HEIGHT : 0;
                  }
                g_array_append_val (chunks, ch);
              }
            i = MAX (j, i + 1);
          }
      }
  }

  total = 0;
  for (guint i = 0; i < segs->len; i++)
    {
      Segment *s = &g_array_index (segs, Segment, i);

      if (s->chunk < 0)
        s->weight = segment_weight (s->kind, s->hi - s->lo);
      total += s->weight;
    }
  scale = MIN (1.8, user_h / MAX (1.0, total));

  /* Place segments from the bottom (address 0) up. */
  y = user.y + user_h;
  for (guint i = 0; i < segs->len; i++)
    {
      Segment *s = &g_array_index (segs, Segment, i);

      s->height = s->weight * scale;
      y -= s->height;
      s->y = y;
    }
  for (guint k = 0; k < chunks->len; k++)
    {
      Chunk *ch = &g_array_index (chunks, Chunk, k);
      Segment *first = &g_array_index (segs, Segment, ch->first);
      ch->y = first->y;
      ch->height = first->height;
    }
  /* The top of the user part, if the map does not fill it (few segments). */

  /* Holes and guard gaps: across every column. */
  for (guint i = 0; i < segs->len; i++)
    {
      Segment *s = &g_array_index (segs, Segment, i);
      g_autofree char *size = NULL;
      MmsElement *e;

      if (s->kind == SEG_MAPPED || s->chunk >= 0)
        continue;
      size = mms_format_size (s->hi - s->lo);
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_HOLE,
                         mms_scene_printf (ctx->scene, "hole:0x%" G_GINT64_MODIFIER "x", s->lo),
                         area->x + axis_w, s->y, area->width - axis_w, s->height);
      e->lo = s->lo;
      e->hi = s->hi;
      e->flags = MMS_ELEMENT_CENTER | MMS_ELEMENT_INTERACTIVE;
      e->text_color = MMS_COLOR_TEXT_DIM;
      if (s->kind == SEG_GUARD)
        {
          e->fill = MMS_COLOR_GUARD;
          e->flags |= MMS_ELEMENT_HATCHED;
          e->label = mms_scene_printf (ctx->scene, _("stack guard gap · %s"), size);
          e->tooltip = mms_scene_printf (ctx->scene, _("<b>stack guard gap</b> (stack_guard_gap, 256 pages)\n"
                                                       "No mapping may come this close below a VM_GROWSDOWN stack.\n"
                                                       "<tt>0x%llx – 0x%llx</tt> (%s)"),
                                         (unsigned long long) s->lo, (unsigned long long) s->hi, size);
        }
      else
        {
          gboolean big = s->hi - s->lo >= BIG_HOLE;
          e->fill = MMS_COLOR_HOLE;
          e->shape = big ? MMS_SHAPE_ZIGZAG : MMS_SHAPE_RECT;
          e->stroke = big ? MMS_COLOR_PANEL_BORDER : MMS_COLOR_NONE;
          e->label = big ? mms_scene_printf (ctx->scene, _("unmapped · %s"), size) : NULL;
          if (s->lo >= task_size && s->hi <= user_top)
            e->label = NULL;
          e->tooltip = mms_scene_printf (ctx->scene, big ? _("<b>unmapped</b> (drawn compressed)\n<tt>0x%llx – 0x%llx</tt> (%s)")
                                                             : _("<b>unmapped</b>\n<tt>0x%llx – 0x%llx</tt> (%s)"),
                                         (unsigned long long) s->lo, (unsigned long long) s->hi, size);
        }
    }

  /* VMAs, one column per address space. */
  for (guint c = 0; c < ctx->mms->len; c++)
    {
      struct mm_struct *mm = g_ptr_array_index (ctx->mms, c);
      double x = area->x + axis_w + c * (col_w + col_gap);
      g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (ScenarioLabel));
      guint li = 0;
      guint si = 0;
      g_autofree guint *chunk_vmas = g_new0 (guint, MAX (1, chunks->len));
      g_autofree guint64 *chunk_bytes = g_new0 (guint64, MAX (1, chunks->len));

      /* The scenario's names for places in this address space, by address:
       * a VMA shows those that fall in it ("buf · anon"). */
      if (ctx->source->runner != NULL)
        mms_runner_foreach_label (ctx->source->runner, mm, add_scenario_label, names);
      /* Each thread's stack, the one clone3 was given (glibc's
       * pthread_create, nptl/allocatestack.c, gives the whole mapping,
       * guard page included), and its PROT_NONE guard page. */
      for (guint t = 0; t < machine->tasks->len; t++)
        {
          struct task_struct *task = g_ptr_array_index (machine->tasks, t);
          ScenarioLabel guard;

          if (task->mm != mm || task->state != MMS_TASK_RUNNING || task->stack_start == 0
              || task->stack_end <= task->stack_start)
            continue;
          add_scenario_label (mms_scene_printf (ctx->scene, _("stack of %s"), task->comm),
                              task->stack_end - 1, names);
          guard.name = mms_scene_printf (ctx->scene, _("guard page of %s"), task->comm);
          guard.guard_end = task->stack_end;
          guard.addr = task->stack_start - 1;
          g_array_append_val (names, guard);
          guard.addr = task->stack_start;
          g_array_append_val (names, guard);
        }
      g_array_sort (names, scenario_label_cmp);

      for (guint vi = 0; vi < n_vmas[c]; vi++)
        {
          const MmsVmaSpan *span = &vmas[c][vi];
          struct vm_area_struct *vma;
          Segment *first, *last;
          guint sj;
          MmsElement *e;
          char perms[5];
          g_autofree char *size = NULL;
          g_autofree char *name = NULL;
          double top, bottom;

          while (si < segs->len && g_array_index (segs, Segment, si).hi <= span->start)
            si++;
          if (si >= segs->len)
            break;
          first = &g_array_index (segs, Segment, si);
          sj = si;
          while (sj + 1 < segs->len && g_array_index (segs, Segment, sj).hi < span->end)
            sj++;
          last = &g_array_index (segs, Segment, sj);
          if (first->chunk >= 0 || last->chunk >= 0)
            {
              gint k = first->chunk >= 0 ? first->chunk : last->chunk;
              chunk_vmas[k]++;
              chunk_bytes[k] += span->end - span->start;
              continue;
            }
          vma = span->vma;
          bottom = first->y + first->height;
          top = last->y;
          size = mms_format_size (vma->vm_end - vma->vm_start);
          name = vma_display_name (vma, names, &li);
          mms_format_perms (vma->vm_flags, perms);
          e = mms_scene_add (ctx->scene, MMS_ELEMENT_VMA,
                             mms_scene_printf (ctx->scene, "vma:%u:%u", mm->id, vma->id),
                             x, top + 0.5, col_w, MAX (1.0, bottom - top - 1.0));
          e->lo = vma->vm_start;
          e->hi = vma->vm_end;
          e->fill = mms_vma_color (vma);
          e->stroke = MMS_COLOR_PANEL;
          e->text_color = MMS_COLOR_TEXT_AUTO;
          e->flags = MMS_ELEMENT_INTERACTIVE;
          if (!(vma->vm_flags & VM_WRITE) && e->fill != MMS_COLOR_KERNEL)
            e->flags |= MMS_ELEMENT_HATCHED;
          /* Name, permissions and size, as much as the column takes. */
          if (bottom - top >= 2 * MMS_LINE_HEIGHT + 2)
            e->label = mms_scene_printf (ctx->scene, "%s  %s\n%s", name, perms, size);
          else if (col_w >= (g_utf8_strlen (name, -1) + 16) * MMS_SANS_CHAR)
            e->label = mms_scene_printf (ctx->scene, "%s  %s  %s", name, perms, size);
          else if (col_w >= (g_utf8_strlen (name, -1) + 6) * MMS_SANS_CHAR)
            e->label = mms_scene_printf (ctx->scene, "%s  %s", name, perms);
          else
            e->label = mms_scene_printf (ctx->scene, "%s", name);
          e->value = mms_scene_printf (ctx->scene, "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x %lx %p",
                                       vma->vm_start, vma->vm_end, vma->vm_flags, (void *) vma->anon_vma);
          e->tooltip = mms_vma_tooltip (ctx, vma);
          mms_view_link_vma (ctx, e, vma);
          mms_view_mark_touched (ctx, e);
        }

      for (guint k = 0; k < chunks->len; k++)
        {
          Chunk *ch = &g_array_index (chunks, Chunk, k);
          g_autofree char *bytes = NULL;
          MmsElement *e;
          guint64 lo = g_array_index (segs, Segment, ch->first).lo;
          guint64 hi = g_array_index (segs, Segment, ch->last).hi;

          if (chunk_vmas[k] == 0)
            continue;
          bytes = mms_format_size (chunk_bytes[k]);
          e = mms_scene_add (ctx->scene, MMS_ELEMENT_AGGREGATE,
                             mms_scene_printf (ctx->scene, "vmas:%u:0x%" G_GINT64_MODIFIER "x", mm->id, lo),
                             x, ch->y, col_w, ch->height);
          e->fill = MMS_COLOR_ANON;
          e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_HATCHED;
          e->text_color = MMS_COLOR_TEXT_AUTO;
          e->lo = lo;
          e->hi = hi;
          e->label = mms_scene_printf (ctx->scene, "%u VMAs · %s", chunk_vmas[k], bytes);
          e->tooltip = mms_scene_printf (ctx->scene, _("<b>%u VMAs</b> (%s mapped) between\n<tt>0x%llx and 0x%llx</tt>\n"
                                                       "too small to draw one by one at this size"),
                                         chunk_vmas[k], bytes, (unsigned long long) lo, (unsigned long long) hi);
        }
    }

  /* The address axis: a boundary's address where there is room for it. */
  if (axis_w > 0)
    {
      double last_y = G_MAXDOUBLE;

      for (guint i = 0; i < segs->len; i++)
        {
          Segment *s = &g_array_index (segs, Segment, i);
          double by = s->y + s->height;
          MmsElement *e;

          if (s->chunk >= 0 && i > 0 && g_array_index (segs, Segment, i - 1).chunk == s->chunk)
            continue;
          if (last_y - by < MMS_LINE_HEIGHT - 2 || by - MMS_LINE_HEIGHT / 2 < user.y)
            continue;
          e = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "axis:0x%" G_GINT64_MODIFIER "x", s->lo),
                                 area->x, by - MMS_LINE_HEIGHT / 2, axis_w - 6, MMS_LINE_HEIGHT,
                                 mms_scene_printf (ctx->scene, "0x%" G_GINT64_MODIFIER "x", s->lo),
                                 MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_RIGHT);
          e->text_color = MMS_COLOR_TEXT_DIM;
          last_y = by;
        }
      /* The top of user space. */
      {
        Segment *s = &g_array_index (segs, Segment, segs->len - 1);
        if (last_y - s->y >= MMS_LINE_HEIGHT)
          {
            MmsElement *e = mms_view_add_text (ctx, "axis:top", area->x, s->y - 2, axis_w - 6, MMS_LINE_HEIGHT,
                                               mms_scene_printf (ctx->scene, "0x%" G_GINT64_MODIFIER "x", s->hi),
                                               MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_RIGHT);
            e->text_color = MMS_COLOR_TEXT_DIM;
          }
      }
    }

  /* mmap_base, where top-down mmap starts. */
  if (ctx->mms->len > 0)
    {
      struct mm_struct *mm = g_ptr_array_index (ctx->mms, 0);
      for (guint i = 0; i < segs->len; i++)
        {
          Segment *s = &g_array_index (segs, Segment, i);
          if (mm->mmap_base > s->lo && mm->mmap_base <= s->hi && s->chunk < 0)
            {
              double fy = s->y + s->height * (1.0 - (double) (mm->mmap_base - s->lo) / (double) (s->hi - s->lo));
              MmsElement *e = mms_scene_add (ctx->scene, MMS_ELEMENT_EDGE, "marker:mmap_base",
                                             area->x + axis_w - 4, fy, area->width - axis_w + 4, 0);
              e->shape = MMS_SHAPE_LINE;
              e->stroke = MMS_COLOR_TEXT_DIM;
              e->flags = MMS_ELEMENT_DASHED;
              break;
            }
        }
    }
}
