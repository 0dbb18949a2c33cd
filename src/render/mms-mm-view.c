/* mms-mm-view.c: the fields of struct mm_struct (include/linux/mm_types.h),
 * one column of values per address space, in the order a teacher reads
 * them: the structure's own bookkeeping, the VMA counters, then the
 * layout addresses.  A field's value is the element's value, so
 * mms_scene_mark_changed() against the previous step's scene highlights
 * what the step changed. */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

typedef struct
{
  const char *name;
  const char *help;
} FieldInfo;

static const FieldInfo fields[] = {
  { "pgd", N_("pfn of the top-level page table (the PGD)") },
  { "mm_users", N_("tasks using this address space (threads share it)") },
  { "mm_count", N_("references to the mm_struct itself (mm_users counts as one)") },
  { "map_count", N_("number of VMAs") },
  { "mmap_cache", N_("the VMA find_vma() returned last") },
  { "total_vm", N_("pages mapped, all VMAs together") },
  { "rss anon", N_("resident anonymous pages (MM_ANONPAGES)") },
  { "rss file", N_("resident file pages (MM_FILEPAGES)") },
  { "rss shmem", N_("resident shared-memory pages (MM_SHMEMPAGES)") },
  { "swapents", N_("pages out on swap (MM_SWAPENTS)") },
  { "pgtables", N_("page-table pages, the PGD included") },
  { "stack_vm", N_("pages in VM_GROWSDOWN (stack) VMAs") },
  { "exec_vm", N_("pages in executable VMAs") },
  { "shared_vm", N_("pages in shared or file-backed VMAs") },
  { "locked_vm", N_("pages mlocked (VM_LOCKED)") },
  { "start_code", N_("start of the text") },
  { "end_code", N_("end of the text") },
  { "start_data", N_("start of the data") },
  { "end_data", N_("end of the data") },
  { "start_brk", N_("start of the heap (page-aligned end of bss)") },
  { "brk", N_("the program break: the current end of the heap") },
  { "start_stack", N_("the initial stack pointer's page") },
  { "mmap_base", N_("where top-down mmap allocation starts") },
  { "task_size", N_("the end of user space") },
  { "arg_start", N_("the argument strings on the stack") },
  { "env_start", N_("the environment strings on the stack") },
};

/* The counters of mm->rss_stat are shown by their /proc/PID/status names,
 * identifiers in every language. */
static const char *
field_display_name (const char *name)
{
  if (g_str_equal (name, "rss anon"))
    return "RssAnon";
  if (g_str_equal (name, "rss file"))
    return "RssFile";
  if (g_str_equal (name, "rss shmem"))
    return "RssShmem";
  return name;
}

static char *
field_value (struct mm_struct *mm,
             guint             i)
{
  switch (i)
    {
    case 0: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->pgd);
    case 1: return g_strdup_printf ("%d", mm->mm_users);
    case 2: return g_strdup_printf ("%d", mm->mm_count);
    case 3: return g_strdup_printf ("%d", mm->map_count);
    case 4: return mm->mmap_cache != NULL ? g_strdup_printf ("VMA %u", mm->mmap_cache->id) : g_strdup ("NULL");
    case 5: return g_strdup_printf ("%" G_GUINT64_FORMAT, mm->total_vm);
    case 6: return g_strdup_printf ("%" G_GINT64_FORMAT, mm->rss_anon);
    case 7: return g_strdup_printf ("%" G_GINT64_FORMAT, mm->rss_file);
    case 8: return g_strdup_printf ("%" G_GINT64_FORMAT, mm->rss_shmem);
    case 9: return g_strdup_printf ("%" G_GINT64_FORMAT, mm->rss_swap);
    case 10: return g_strdup_printf ("%" G_GUINT64_FORMAT, mm->nr_pgtables);
    case 11: return g_strdup_printf ("%" G_GUINT64_FORMAT, mm->stack_vm);
    case 12: return g_strdup_printf ("%" G_GUINT64_FORMAT, mm->exec_vm);
    case 13: return g_strdup_printf ("%" G_GUINT64_FORMAT, mm->shared_vm);
    case 14: return g_strdup_printf ("%" G_GUINT64_FORMAT, mm->locked_vm);
    case 15: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->start_code);
    case 16: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->end_code);
    case 17: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->start_data);
    case 18: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->end_data);
    case 19: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->start_brk);
    case 20: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->brk);
    case 21: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->start_stack);
    case 22: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->mmap_base);
    case 23: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->task_size);
    case 24: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->arg_start);
    case 25: return g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", mm->env_start);
    default: return g_strdup ("?");
    }
}

void
mms_mm_view_build (MmsViewContext *ctx,
                   const MmsRect  *area)
{
  guint n_mm = ctx->mms->len;
  double name_w = 11 * MMS_MONO_CHAR + 8;
  double value_w = 14 * MMS_MONO_CHAR + 8;
  double group_w, row_h = MMS_LINE_HEIGHT + 1;
  guint rows, groups, per_group, n_fields = G_N_ELEMENTS (fields);
  guint selected[G_N_ELEMENTS (fields)];
  guint shown;

  if (n_mm == 0)
    {
      mms_view_add_text (ctx, "mm:empty", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         _("No process has an address space yet."), 0)->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }

  group_w = name_w + n_mm * value_w + 12;
  groups = MAX (1, (guint) ((area->width + 12) / group_w));
  rows = MAX (1, (guint) ((area->height - MMS_LINE_HEIGHT - 2) / row_h));
  /* When not every field fits, the last row is the "more" line, across the
   * whole panel. */
  if (rows * groups < n_fields)
    rows--;

  /* Which fields: all when they fit; otherwise the first six, then those
   * the step changed, then the rest in order. */
  {
    guint capacity = rows * groups;
    guint n_sel = 0;

    if (capacity >= n_fields)
      {
        for (guint i = 0; i < n_fields; i++)
          selected[n_sel++] = i;
      }
    else
      {
        gboolean take[G_N_ELEMENTS (fields)] = { FALSE };
        guint n_take = 0;

        for (guint i = 0; i < 6 && n_take < capacity; i++)
          take[i] = TRUE, n_take++;
        for (guint i = 6; i < n_fields && n_take < capacity && ctx->options->previous != NULL; i++)
          for (guint m = 0; m < n_mm; m++)
            {
              struct mm_struct *mm = g_ptr_array_index (ctx->mms, m);
              g_autofree char *id = g_strdup_printf ("field:%u:%s", mm->id, fields[i].name);
              g_autofree char *value = field_value (mm, i);
              MmsElement *before = mms_scene_lookup (ctx->options->previous, id);
              if (!take[i] && (before == NULL || g_strcmp0 (before->value, value) != 0))
                take[i] = TRUE, n_take++;
            }
        for (guint i = 6; i < n_fields && n_take < capacity; i++)
          if (!take[i])
            take[i] = TRUE, n_take++;
        for (guint i = 0; i < n_fields; i++)
          if (take[i])
            selected[n_sel++] = i;
      }
    shown = n_sel;
  }
  per_group = MAX (1, MIN (rows, (shown + groups - 1) / groups));
  groups = (shown + per_group - 1) / per_group;
  if (groups * group_w < area->width)
    {
      /* Spread the spare width over the value columns. */
      double spare = (area->width - groups * group_w) / groups;
      value_w += MIN (spare / n_mm, 40);
      group_w = name_w + n_mm * value_w + 12;
    }

  for (guint g = 0; g < groups; g++)
    {
      double gx = area->x + g * group_w;
      /* Headings: the process names over their values. */
      for (guint m = 0; m < n_mm; m++)
        {
          struct mm_struct *mm = g_ptr_array_index (ctx->mms, m);
          g_autofree char *owners = mms_rmap_mm_owners (ctx->machine, mm);
          MmsElement *e = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "mm-head:%u:%u", g, mm->id),
                                             gx + name_w + m * value_w, area->y, value_w - 4,
                                             MMS_LINE_HEIGHT, owners, MMS_ELEMENT_BOLD);
          e->text_color = MMS_COLOR_TEXT;
        }
    }

  for (guint k = 0; k < shown; k++)
    {
      guint i = selected[k];
      guint g = k / per_group, r = k % per_group;
      double gx = area->x + g * group_w;
      double y = area->y + MMS_LINE_HEIGHT + 2 + r * row_h;
      MmsElement *name;

      name = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "field-name:%s", fields[i].name),
                                gx, y, name_w - 4, row_h - 1, field_display_name (fields[i].name),
                                MMS_ELEMENT_MONOSPACE);
      name->text_color = MMS_COLOR_TEXT_DIM;
      name->flags |= MMS_ELEMENT_INTERACTIVE;
      name->tooltip = mms_scene_printf (ctx->scene, "<b>mm->%s</b>\n%s", fields[i].name, _(fields[i].help));

      for (guint m = 0; m < n_mm; m++)
        {
          struct mm_struct *mm = g_ptr_array_index (ctx->mms, m);
          g_autofree char *value = field_value (mm, i);
          MmsElement *e = mms_scene_add (ctx->scene, MMS_ELEMENT_FIELD,
                                         mms_scene_printf (ctx->scene, "field:%u:%s", mm->id, fields[i].name),
                                         gx + name_w + m * value_w, y, value_w - 4, row_h - 1);
          e->shape = MMS_SHAPE_RECT;
          e->flags = MMS_ELEMENT_MONOSPACE | MMS_ELEMENT_INTERACTIVE;
          e->label = mms_scene_intern (ctx->scene, value);
          e->value = e->label;
          e->tooltip = mms_scene_printf (ctx->scene, "<b>mm->%s</b> = <tt>%s</tt>\n%s", fields[i].name, value,
                                         _(fields[i].help));
          if (i == 0)
            e->object = mms_scene_printf (ctx->scene, "frame:0x%" G_GINT64_MODIFIER "x", mm->pgd);
          else if (i == 4 && mm->mmap_cache != NULL)
            e->object = mms_scene_printf (ctx->scene, "vma:%u:%u", mm->id, mm->mmap_cache->id);
        }
    }

  if (shown < n_fields)
    {
      MmsElement *e = mms_view_add_text (ctx, "mm:more", area->x, area->y + area->height - MMS_LINE_HEIGHT,
                                         area->width, MMS_LINE_HEIGHT,
                                         mms_scene_printf (ctx->scene,
                                                           g_dngettext (GETTEXT_PACKAGE,
                                                                        "… %u more field: double-click to enlarge",
                                                                        "… %u more fields: double-click to enlarge",
                                                                        n_fields - shown),
                                                           n_fields - shown), MMS_ELEMENT_RIGHT);
      e->text_color = MMS_COLOR_TEXT_DIM;
    }
}
