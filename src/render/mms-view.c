/* mms-view.c: building scenes: the views' names, the composition of all
 * views, the legend, and what the builders share. */
#include "mms-config.h"

#include "mms-view-private.h"

#include <math.h>
#include "mms-i18n.h"
#include <string.h>

static const struct
{
  const char *name;
  const char *title;
} views[MMS_N_VIEWS] = {
  [MMS_VIEW_LAYOUT] = { "layout", N_("Address space") },
  [MMS_VIEW_MM] = { "mm", "mm_struct" },
  [MMS_VIEW_VMA_TREE] = { "vma-tree", N_("VMA tree (mm_rb) and list (mmap)") },
  [MMS_VIEW_PAGE_TABLE] = { "page-table", N_("Page tables") },
  [MMS_VIEW_PHYSICAL] = { "physical", N_("Physical memory") },
  [MMS_VIEW_SLAB] = { "slab", N_("Slab caches") },
  [MMS_VIEW_EVENTS] = { "events", N_("What the kernel did") },
  [MMS_VIEW_HEAP] = { "heap", N_("Heap (glibc malloc)") },
  [MMS_VIEW_ALL] = { "all", N_("All views") },
};

const char *
mms_view_get_name (MmsView view)
{
  g_return_val_if_fail (view < MMS_N_VIEWS, NULL);
  return views[view].name;
}

const char *
mms_view_get_title (MmsView view)
{
  g_return_val_if_fail (view < MMS_N_VIEWS, NULL);
  return _(views[view].title);
}

gboolean
mms_view_from_name (const char *name,
                    MmsView    *view_out)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint i = 0; i < MMS_N_VIEWS; i++)
    if (strcmp (views[i].name, name) == 0)
      {
        if (view_out != NULL)
          *view_out = i;
        return TRUE;
      }
  return FALSE;
}

void
mms_scene_source_init (MmsSceneSource *source,
                       MmsRunner      *runner)
{
  const MmsStmt *stmt;
  MmsScenario *scenario;

  g_return_if_fail (source != NULL);
  g_return_if_fail (runner != NULL);

  memset (source, 0, sizeof *source);
  source->machine = mms_runner_get_machine (runner);
  source->events = mms_runner_get_events (runner, &source->n_events);
  source->step = mms_runner_get_position (runner);
  source->n_steps = mms_runner_get_n_steps (runner);
  stmt = source->step > 0 ? mms_runner_get_stmt (runner, source->step) : NULL;
  source->statement = stmt != NULL ? stmt->text : NULL;
  scenario = mms_runner_get_scenario (runner);
  source->title = scenario != NULL ? scenario->title : NULL;
  source->runner = runner;
}

/* --- formatting -------------------------------------------------------- */

char *
mms_format_size (guint64 bytes)
{
  static const char * const units[] = { "bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
  double v = (double) bytes;
  guint u = 0;

  if (bytes < 1024)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%llu byte", "%llu bytes", bytes), (unsigned long long) bytes);
  while (v >= 1024.0 && u + 1 < G_N_ELEMENTS (units))
    {
      v /= 1024.0;
      u++;
    }
  /* Whole numbers print without a fraction: 16 KiB, 128 TiB. */
  if (v == (double) (guint64) v)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " %s", (guint64) v, units[u]);
  return g_strdup_printf (v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[u]);
}

void
mms_format_perms (gulong vm_flags,
                  char   out[5])
{
  out[0] = (vm_flags & VM_READ) ? 'r' : '-';
  out[1] = (vm_flags & VM_WRITE) ? 'w' : '-';
  out[2] = (vm_flags & VM_EXEC) ? 'x' : '-';
  out[3] = (vm_flags & VM_SHARED) ? 's' : 'p';
  out[4] = '\0';
}

/* fs/proc/task_mmu.c: show_map_vma() names the heap and the stack by where
 * they lie; the rest is named here by what it is. */
const char *
mms_vma_name (struct vm_area_struct *vma)
{
  struct mm_struct *mm = vma->vm_mm;

  if (vma->special != NULL)
    return vma->special;
  if (vma->vm_file != NULL)
    {
      const char *slash = strrchr (vma->vm_file->path, '/');
      if (vma->vm_file->shmem)
        return vma->vm_file->path;
      return slash != NULL && slash[1] != '\0' ? slash + 1 : vma->vm_file->path;
    }
  if (mm != NULL && vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk && mm->start_brk != 0)
    return "[heap]";
  if (mm != NULL && vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack)
    return "[stack]";
  if (mm != NULL && vma->vm_start == ((mm->end_data + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK)
      && vma->vm_start < mm->start_brk + MMS_PAGE_SIZE && vma->vm_start >= mm->end_data)
    return "bss";
  if (vma->vm_flags & VM_SHARED)
    /* Translators: the name of a shared anonymous VMA; "anon" stays. */
    return _("shared anon");
  return "anon";
}

MmsColorRole
mms_vma_color (struct vm_area_struct *vma)
{
  if (vma->special != NULL)
    return MMS_COLOR_KERNEL;
  if (vma->vm_file != NULL)
    return vma->vm_file->shmem ? MMS_COLOR_SHMEM : MMS_COLOR_FILE;
  if (vma->vm_flags & VM_SHARED)
    return MMS_COLOR_SHMEM;
  return MMS_COLOR_ANON;
}

static void
append_vm_flags (GString *s,
                 gulong   flags)
{
  static const struct { gulong bit; const char *name; } names[] = {
    { VM_READ, "READ" }, { VM_WRITE, "WRITE" }, { VM_EXEC, "EXEC" }, { VM_SHARED, "SHARED" },
    { VM_MAYREAD, "MAYREAD" }, { VM_MAYWRITE, "MAYWRITE" }, { VM_MAYEXEC, "MAYEXEC" },
    { VM_MAYSHARE, "MAYSHARE" }, { VM_GROWSDOWN, "GROWSDOWN" }, { VM_LOCKED, "LOCKED" },
    { VM_DONTCOPY, "DONTCOPY" }, { VM_DONTEXPAND, "DONTEXPAND" }, { VM_ACCOUNT, "ACCOUNT" },
    { VM_NORESERVE, "NORESERVE" }, { VM_DONTDUMP, "DONTDUMP" }, { VM_IO, "IO" }, { VM_PFNMAP, "PFNMAP" },
  };
  gboolean first = TRUE;

  g_string_append_printf (s, "0x%lx (", flags);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (flags & names[i].bit)
      {
        g_string_append_printf (s, "%s%s", first ? "" : " ", names[i].name);
        first = FALSE;
      }
  g_string_append (s, ")");
}

const char *
mms_vma_tooltip (MmsViewContext        *ctx,
                 struct vm_area_struct *vma)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *size = mms_format_size (vma->vm_end - vma->vm_start);
  g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, vma->vm_mm);
  g_autofree char *name = g_markup_escape_text (mms_vma_name (vma), -1);
  guint n_maps = 0;
  char perms[5];

  mms_format_perms (vma->vm_flags, perms);
  mms_rmap_lookup_vma (ctx->rmap, vma, &n_maps);
  /* Translators: a VMA's tooltip: its name, its size, the processes owning it. */
  g_string_append_printf (s, _("<b>struct vm_area_struct</b> %s (%s, of %s)\n"), name, size, owners);
  g_string_append_printf (s, "<tt>vm_start  0x%" G_GINT64_MODIFIER "x\n", vma->vm_start);
  g_string_append_printf (s, "vm_end    0x%" G_GINT64_MODIFIER "x\n", vma->vm_end);
  g_string_append (s, "vm_flags  ");
  append_vm_flags (s, vma->vm_flags);
  g_string_append_printf (s, "\nperms     %s\n", perms);
  g_string_append_printf (s, "vm_pgoff  0x%" G_GINT64_MODIFIER "x\n", vma->vm_pgoff);
  if (vma->vm_file != NULL)
    {
      g_autofree char *path = g_markup_escape_text (vma->vm_file->path, -1);
      g_string_append_printf (s, "vm_file   %s (inode %" G_GUINT64_FORMAT ")\n", path, vma->vm_file->inode);
    }
  else
    g_string_append (s, "vm_file   NULL\n");
  if (vma->anon_vma != NULL)
    g_string_append_printf (s, _("anon_vma  %u (used by %u VMAs)\n"), vma->anon_vma->id, vma->anon_vma->refcount);
  else
    g_string_append (s, "anon_vma  NULL\n");
  g_string_append (s, rb_is_red (&vma->vm_rb) ? _("vm_rb     red node</tt>\n") : _("vm_rb     black node</tt>\n"));
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u page-table entry in use", "%u page-table entries in use", n_maps), n_maps);
  return mms_scene_intern (ctx->scene, s->str);
}

void
mms_view_link_vma (MmsViewContext        *ctx,
                   MmsElement            *element,
                   struct vm_area_struct *vma)
{
  const MmsMapping *maps;
  guint n = 0;

  maps = mms_rmap_lookup_vma (ctx->rmap, vma, &n);
  for (guint i = 0; i < n; i++)
    {
      char buf[64];

      g_snprintf (buf, sizeof buf, "pte:%u:0x%" G_GINT64_MODIFIER "x", vma->vm_mm->id, maps[i].addr);
      mms_scene_link (ctx->scene, element, buf);
      if (mms_pte_present (maps[i].pte))
        {
          g_snprintf (buf, sizeof buf, "frame:0x%" G_GINT64_MODIFIER "x", mms_pte_pfn (maps[i].pte));
          mms_scene_link (ctx->scene, element, buf);
        }
    }
}

/* --- shared element helpers -------------------------------------------- */

MmsElement *
mms_view_add_text (MmsViewContext *ctx,
                   const char     *id,
                   double          x,
                   double          y,
                   double          width,
                   double          height,
                   const char     *label,
                   guint           flags)
{
  MmsElement *e = mms_scene_add (ctx->scene, MMS_ELEMENT_TEXT, id, x, y, width, height);

  e->shape = MMS_SHAPE_NONE;
  e->flags = flags;
  e->label = mms_scene_intern (ctx->scene, label);
  return e;
}

void
mms_view_mark_touched (MmsViewContext *ctx,
                       MmsElement     *element)
{
  if (ctx->touched != NULL && g_hash_table_contains (ctx->touched, mms_element_get_object (element)))
    element->flags |= MMS_ELEMENT_EMPHASIS;
}

MmsRect
mms_view_add_panel (MmsViewContext *ctx,
                    MmsView         view,
                    const MmsRect  *area,
                    const char     *subtitle)
{
  MmsElement *panel, *title;
  const char *view_title;
  g_autofree char *id = g_strdup_printf ("view:%s", mms_view_get_name (view));
  g_autofree char *title_id = g_strdup_printf ("title:%s", mms_view_get_name (view));
  g_autofree char *text = NULL;

  panel = mms_scene_add (ctx->scene, MMS_ELEMENT_PANEL, id, area->x, area->y, area->width, area->height);
  panel->fill = MMS_COLOR_PANEL;
  panel->stroke = MMS_COLOR_PANEL_BORDER;

  /* The VMA tree view's title names the tree it shows. */
  view_title = view == MMS_VIEW_VMA_TREE && ctx->options != NULL && ctx->options->maple_tree
               ? _("VMA tree: maple tree (mm_mt)") : mms_view_get_title (view);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      g_autofree char *esc = g_markup_escape_text (subtitle, -1);
      text = g_strdup_printf ("<b>%s</b>  <span alpha=\"75%%\">%s</span>", view_title, esc);
    }
  else
    text = g_strdup_printf ("<b>%s</b>", view_title);
  title = mms_scene_add (ctx->scene, MMS_ELEMENT_TEXT, title_id, area->x + 1, area->y + 1,
                         area->width - 2, MMS_TITLE_HEIGHT);
  title->fill = MMS_COLOR_TITLE_BAR;
  title->flags = MMS_ELEMENT_MARKUP;
  title->font_size = 10.5;
  title->label = mms_scene_intern (ctx->scene, text);
  title->object = mms_scene_intern (ctx->scene, id);

  return (MmsRect) { area->x + MMS_PAD, area->y + MMS_TITLE_HEIGHT + MMS_PAD,
                     area->width - 2 * MMS_PAD, area->height - MMS_TITLE_HEIGHT - 2 * MMS_PAD };
}

gboolean
mms_view_get_panel (MmsScene *scene,
                    MmsView   view,
                    MmsRect  *rect_out)
{
  g_autofree char *id = g_strdup_printf ("view:%s", mms_view_get_name (view));
  MmsElement *e = mms_scene_lookup (scene, id);

  if (e == NULL)
    return FALSE;
  if (rect_out != NULL)
    *rect_out = e->rect;
  return TRUE;
}

/* --- events and the objects they touch --------------------------------- */

static void
add_touched (GHashTable *set,
             char       *object)
{
  g_hash_table_add (set, object);
}

/* The objects an event names, as the views' object keys. */
static GHashTable *
touched_objects (const MmsSceneSource *source)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < source->n_events; i++)
    {
      const MmsEvent *ev = &source->events[i];

      switch (ev->kind)
        {
        case MMS_EV_ALLOC_DONE:
        case MMS_EV_FREE_PAGES:
        case MMS_EV_ANON_PAGE:
        case MMS_EV_WP_REUSE:
        case MMS_EV_FILE_FAULT:
        case MMS_EV_SWAP_IN:
        case MMS_EV_SWAP_OUT:
        case MMS_EV_DROP_PAGE:
        case MMS_EV_PTE_ALLOC:
        case MMS_EV_PAGE_CACHE_ADD:
          add_touched (set, g_strdup_printf ("frame:0x%" G_GINT64_MODIFIER "x", ev->pfn));
          break;
        case MMS_EV_WP_COPY:
          add_touched (set, g_strdup_printf ("frame:0x%" G_GINT64_MODIFIER "x", ev->pfn));
          add_touched (set, g_strdup_printf ("frame:0x%" G_GINT64_MODIFIER "x", ev->pfn2));
          break;
        case MMS_EV_CACHE_GROW:
        case MMS_EV_SLAB_MOVE:
        case MMS_EV_CACHE_ALLOC:
        case MMS_EV_CACHE_FREE:
          add_touched (set, g_strdup_printf ("slab:%u", ev->slab));
          break;
        default:
          break;
        }
      /* A malloc event names its chunk, and a second one (the remainder
       * of a split, a neighbour, the top). */
      if (ev->kind >= MMS_EV_MALLOC && ev->kind <= MMS_EV_MALLOC_ABORT && ev->mm != 0)
        {
          if (ev->addr != 0)
            add_touched (set, g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", ev->mm, ev->addr));
          if (ev->kind == MMS_EV_CHUNK_SPLIT || ev->kind == MMS_EV_CHUNK_COALESCE || ev->kind == MMS_EV_REALLOC_MOVE)
            add_touched (set, g_strdup_printf ("chunk:%u:0x%" G_GINT64_MODIFIER "x", ev->mm, ev->start2));
          if (ev->kind == MMS_EV_TOP_SPLIT || ev->kind == MMS_EV_TOP_MERGE || ev->kind == MMS_EV_SYSMALLOC
              || ev->kind == MMS_EV_SYSTRIM)
            add_touched (set, g_strdup_printf ("chunk:%u:top", ev->mm));
        }
      if (ev->vma != 0 && ev->mm != 0)
        add_touched (set, g_strdup_printf ("vma:%u:%u", ev->mm, ev->vma));
      if (ev->vma2 != 0 && ev->mm != 0)
        add_touched (set, g_strdup_printf ("vma:%u:%u", ev->mm, ev->vma2));
      switch (ev->kind)
        {
        case MMS_EV_SET_PTE:
        case MMS_EV_PTE_CLEAR:
        case MMS_EV_PTE_WRPROTECT:
        case MMS_EV_COPY_PTE:
        case MMS_EV_ZERO_PAGE_MAP:
        case MMS_EV_ANON_PAGE:
        case MMS_EV_WP_COPY:
        case MMS_EV_WP_REUSE:
          add_touched (set, g_strdup_printf ("pte:%u:0x%" G_GINT64_MODIFIER "x", ev->mm,
                                             ev->addr & MMS_PAGE_MASK));
          break;
        default:
          break;
        }
    }
  return set;
}

/* --- composition ------------------------------------------------------- */

static void
build_one (MmsViewContext *ctx,
           MmsView         view,
           const MmsRect  *area)
{
  g_autofree char *subtitle = NULL;
  MmsRect inside;

  if (view == MMS_VIEW_LAYOUT || view == MMS_VIEW_MM || view == MMS_VIEW_VMA_TREE
      || view == MMS_VIEW_PAGE_TABLE || view == MMS_VIEW_HEAP)
    {
      GString *s = g_string_new (NULL);
      for (guint i = 0; i < ctx->mms->len; i++)
        {
          g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, g_ptr_array_index (ctx->mms, i));
          g_string_append_printf (s, "%s%s", i > 0 ? " | " : "", owners);
        }
      if (ctx->mms->len == 0)
        g_string_append (s, _("no process yet"));
      if (view == MMS_VIEW_VMA_TREE && ctx->options != NULL && ctx->options->maple_tree)
        /* Translators: the VMA tree view's subtitle prefix when it shows the maple tree. */
        g_string_prepend (s, _("Linux 6.1 and later: "));
      subtitle = g_string_free (s, FALSE);
    }
  else if (view == MMS_VIEW_PHYSICAL)
    {
      g_autofree char *ram = mms_format_size (ctx->machine->ram);
      subtitle = g_strdup_printf (/* Translators: the physical view's subtitle: architecture, RAM size, number of frames. */
                                  _("%s, %s, %llu frames"),
                                  mms_arch_name (ctx->machine->arch), ram, (unsigned long long) ctx->machine->nr_frames);
    }
  else if (view == MMS_VIEW_EVENTS)
    {
      if (ctx->source->step == 0)
        subtitle = g_strdup (_("boot"));
      else
        subtitle = g_strdup_printf (/* Translators: the events view's subtitle: a step number and its statement. */
                                    _("step %u: %s"), ctx->source->step,
                                    ctx->source->statement != NULL ? ctx->source->statement : "");
    }

  inside = mms_view_add_panel (ctx, view, area, subtitle);
  if (inside.width < 20 || inside.height < MMS_LINE_HEIGHT)
    return;

  switch (view)
    {
    case MMS_VIEW_LAYOUT: mms_layout_view_build (ctx, &inside); break;
    case MMS_VIEW_MM: mms_mm_view_build (ctx, &inside); break;
    case MMS_VIEW_VMA_TREE:
      if (ctx->options != NULL && ctx->options->maple_tree)
        mms_maple_tree_view_build (ctx, &inside);
      else
        mms_vma_tree_view_build (ctx, &inside);
      break;
    case MMS_VIEW_PAGE_TABLE: mms_page_table_view_build (ctx, &inside); break;
    case MMS_VIEW_PHYSICAL: mms_physical_view_build (ctx, &inside); break;
    case MMS_VIEW_SLAB: mms_slab_view_build (ctx, &inside); break;
    case MMS_VIEW_EVENTS: mms_events_view_build (ctx, &inside); break;
    case MMS_VIEW_HEAP: mms_heap_view_build (ctx, &inside); break;
    case MMS_VIEW_ALL:
    case MMS_N_VIEWS:
    default:
      g_assert_not_reached ();
    }
}

static const MmsColorRole legend_roles[] = {
  MMS_COLOR_ANON, MMS_COLOR_FILE, MMS_COLOR_SHMEM, MMS_COLOR_PAGETABLE, MMS_COLOR_SLAB,
  MMS_COLOR_KERNEL, MMS_COLOR_ZERO, MMS_COLOR_RESERVED, MMS_COLOR_FREE_SMALL,
  MMS_COLOR_FREE_MEDIUM, MMS_COLOR_FREE_LARGE, MMS_COLOR_SWAP, MMS_COLOR_RB_RED,
  MMS_COLOR_RB_BLACK, MMS_COLOR_CHANGED, MMS_COLOR_NONE,
};

/* A strip of swatches.  Returns the height used. */
static double
build_legend (MmsViewContext *ctx,
              const MmsRect  *area)
{
  double x = area->x + MMS_PAD, y = area->y;
  double row = MMS_LINE_HEIGHT + 4;

  for (guint i = 0; i < G_N_ELEMENTS (legend_roles); i++)
    {
      const char *text = legend_roles[i] == MMS_COLOR_NONE ? _("touched by this step")
                         : legend_roles[i] == MMS_COLOR_RB_BLACK ? _("black node · dashed: shared")
                         : mms_color_role_legend (legend_roles[i]);
      double w = 16 + 6 + strlen (text) * MMS_SANS_CHAR + 14;
      g_autofree char *id = g_strdup_printf ("legend:%u", legend_roles[i]);
      MmsElement *sw, *label;

      if (x + w > area->x + area->width && x > area->x + MMS_PAD)
        {
          x = area->x + MMS_PAD;
          y += row;
        }
      sw = mms_scene_add (ctx->scene, MMS_ELEMENT_LEGEND, id, x, y + 3, 16, row - 6);
      sw->fill = legend_roles[i];
      sw->stroke = MMS_COLOR_PANEL_BORDER;
      if (legend_roles[i] == MMS_COLOR_NONE)
        {
          /* The outline the views draw around what the step touched. */
          sw->fill = MMS_COLOR_PANEL;
          sw->flags |= MMS_ELEMENT_EMPHASIS;
        }
      if (legend_roles[i] == MMS_COLOR_RB_RED || legend_roles[i] == MMS_COLOR_RB_BLACK)
        sw->shape = MMS_SHAPE_CIRCLE;
      label = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "%s:text", id), x + 21, y,
                                 w - 21, row, text, 0);
      label->text_color = MMS_COLOR_TEXT;
      x += w;
    }
  return y + row - area->y;
}

static GPtrArray *
shown_mms (MmsMachine            *machine,
           const MmsSceneOptions *options)
{
  GPtrArray *mms = g_ptr_array_new ();

  if (machine->mms == NULL)
    return mms;
  for (guint i = 0; i < machine->mms->len; i++)
    {
      struct mm_struct *mm = g_ptr_array_index (machine->mms, i);
      gboolean live = FALSE;

      /* Only address spaces some task still runs in (an mm being torn down
       * belongs to no one). */
      for (guint j = 0; machine->tasks != NULL && j < machine->tasks->len; j++)
        {
          struct task_struct *task = g_ptr_array_index (machine->tasks, j);
          if (task->mm == mm && task->state == MMS_TASK_RUNNING
              && (options == NULL || options->pid == 0 || options->pid == task->pid))
            live = TRUE;
        }
      if (live)
        g_ptr_array_add (mms, mm);
    }
  return mms;
}

MmsScene *
mms_view_build (MmsView                view,
                const MmsSceneSource  *source,
                const MmsSceneOptions *options,
                double                 width,
                double                 height)
{
  MmsSceneOptions defaults = { 0 };
  MmsViewContext ctx = { 0 };
  MmsScene *scene;

  g_return_val_if_fail (view < MMS_N_VIEWS, NULL);
  g_return_val_if_fail (source != NULL && source->machine != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  if (options == NULL)
    options = &defaults;
  scene = mms_scene_new (width, height);
  ctx.source = source;
  ctx.options = options;
  ctx.machine = source->machine;
  ctx.scene = scene;
  ctx.rmap = mms_rmap_new (source->machine);
  ctx.mms = shown_mms (source->machine, options);
  ctx.touched = touched_objects (source);
  ctx.focused = view != MMS_VIEW_ALL;

  if (view == MMS_VIEW_ALL)
    {
      const double gap = 4;
      MmsRect all = { gap, gap, width - 2 * gap, height - 2 * gap };
      double wa, wb, wc, x;

      /* The legend first, at the bottom: measure it on a scratch scene. */
      {
        MmsScene *scratch = mms_scene_new (width, height);
        MmsViewContext tmp = ctx;
        MmsRect strip = { 0, 0, width, 100 };
        double lh;

        tmp.scene = scratch;
        lh = build_legend (&tmp, &strip);
        mms_scene_unref (scratch);
        strip = (MmsRect) { 0, height - lh - gap, width, lh };
        build_legend (&ctx, &strip);
        all.height -= lh + gap;
      }

      /* A process with a malloc heap: the heap view is a band across the
       * bottom, as wide as the scene, which suits a strip of chunks. */
      if (mms_heap_view_wanted (&ctx) > 0)
        {
          double hh = floor (MIN (all.height * 0.32, mms_heap_view_wanted (&ctx)));
          MmsRect band = { all.x, all.y + all.height - hh, all.width, hh };

          all.height -= hh + gap;
          build_one (&ctx, MMS_VIEW_HEAP, &band);
        }
      wa = floor (all.width * 0.30);
      wb = floor (all.width * 0.35);
      wc = all.width - wa - wb - 2 * gap;
      x = all.x;
      {
        double hl = floor (all.height * 0.70);
        MmsRect r1 = { x, all.y, wa, hl };
        MmsRect r2 = { x, all.y + hl + gap, wa, all.height - hl - gap };
        build_one (&ctx, MMS_VIEW_LAYOUT, &r1);
        build_one (&ctx, MMS_VIEW_MM, &r2);
      }
      x += wa + gap;
      {
        double ht = floor (all.height * 0.42);
        MmsRect r1 = { x, all.y, wb, ht };
        MmsRect r2 = { x, all.y + ht + gap, wb, all.height - ht - gap };
        build_one (&ctx, MMS_VIEW_VMA_TREE, &r1);
        build_one (&ctx, MMS_VIEW_PAGE_TABLE, &r2);
      }
      x += wb + gap;
      {
        double hp = floor (all.height * 0.44);
        double hs = floor (all.height * 0.24);
        MmsRect r1 = { x, all.y, wc, hp };
        MmsRect r2 = { x, all.y + hp + gap, wc, hs };
        MmsRect r3 = { x, all.y + hp + hs + 2 * gap, wc, all.height - hp - hs - 2 * gap };
        build_one (&ctx, MMS_VIEW_PHYSICAL, &r1);
        build_one (&ctx, MMS_VIEW_SLAB, &r2);
        build_one (&ctx, MMS_VIEW_EVENTS, &r3);
      }
    }
  else
    {
      MmsRect area = { 0, 0, width, height };

      if (options->legend)
        {
          MmsScene *scratch = mms_scene_new (width, height);
          MmsViewContext tmp = ctx;
          MmsRect strip = { 0, 0, width, 100 };
          double lh;

          tmp.scene = scratch;
          lh = build_legend (&tmp, &strip);
          mms_scene_unref (scratch);
          strip = (MmsRect) { 0, height - lh, width, lh };
          area.height -= lh + 2;
          build_one (&ctx, view, &area);
          build_legend (&ctx, &strip);
        }
      else
        build_one (&ctx, view, &area);
    }

  if (options->previous != NULL)
    mms_scene_mark_changed (scene, options->previous);

  g_hash_table_unref (ctx.touched);
  g_ptr_array_unref (ctx.mms);
  mms_rmap_free (ctx.rmap);
  return scene;
}
