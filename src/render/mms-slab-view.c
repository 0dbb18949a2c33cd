/* mms-slab-view.c: the slab caches (mm/slab.c's three lists).
 *
 * One row per cache that has slabs: its name and object size, then its
 * slabs, those on slabs_full first, then slabs_partial, then slabs_free.
 * A slab is a box whose objects are cells, filled when in use; when the
 * cells would be too thin to see (kmalloc-8 has 512 objects a slab) the
 * box shows how full it is as a bar instead.  Slabs that do not fit are
 * counted at the end of the row.
 */
#include "mms-config.h"

#include "mms-view-private.h"
#include "mms-i18n.h"

#define NAME_W (15 * MMS_MONO_CHAR + 4)
#define COUNT_W (12 * MMS_MONO_CHAR)

static void
add_slab (MmsViewContext    *ctx,
          struct kmem_cache *cache,
          struct slab       *slab,
          double             x,
          double             y,
          double             w,
          double             h)
{
  MmsElement *e;
  double cell = (w - 2) / cache->objs_per_slab;
  const char *list = slab->list == MMS_SLABS_FULL ? "full" : slab->list == MMS_SLABS_PARTIAL ? "partial" : "free";

  e = mms_scene_add (ctx->scene, MMS_ELEMENT_SLAB, mms_scene_printf (ctx->scene, "slab:%u", slab->id), x, y, w, h);
  e->fill = MMS_COLOR_OBJECT_FREE;
  e->stroke = MMS_COLOR_SLAB;
  e->flags = MMS_ELEMENT_INTERACTIVE;
  if (slab->list == MMS_SLABS_FREE)
    e->flags |= MMS_ELEMENT_DASHED;
  e->value = mms_scene_printf (ctx->scene, "%s %u", list, slab->inuse);
  e->lo = slab->pfn;
  e->hi = slab->pfn + (G_GUINT64_CONSTANT (1) << cache->order);
  e->tooltip = mms_scene_printf (ctx->scene,
                                 /* Translators: slab id, cache name, list (full, partial, free: part of slabs_full...). */
                                 _("<b>slab %u</b> of %s, on slabs_%s\n%u of %u objects in use\n"
                                   "frames <tt>0x%llx</tt> (order %u)"), slab->id, cache->name, list,
                                 slab->inuse, cache->objs_per_slab, (unsigned long long) slab->pfn, cache->order);
  for (guint64 i = 0; i < (G_GUINT64_CONSTANT (1) << cache->order); i++)
    mms_scene_link (ctx->scene, e, mms_scene_printf (ctx->scene, "frame:0x%" G_GINT64_MODIFIER "x", slab->pfn + i));
  mms_view_mark_touched (ctx, e);

  if (cell >= 3.0)
    {
      for (guint i = 0; i < cache->objs_per_slab; i++)
        {
          MmsElement *o;
          if (!slab->used[i])
            continue;
          o = mms_scene_add (ctx->scene, MMS_ELEMENT_OBJECT, mms_scene_printf (ctx->scene, "obj:%u:%u", slab->id, i),
                             x + 1 + i * cell, y + 1, MAX (1.0, cell - (cell >= 5 ? 1 : 0)), h - 2);
          o->object = mms_scene_printf (ctx->scene, "slab:%u", slab->id);
          o->fill = MMS_COLOR_SLAB;
        }
    }
  else if (slab->inuse > 0)
    {
      MmsElement *o = mms_scene_add (ctx->scene, MMS_ELEMENT_OBJECT,
                                     mms_scene_printf (ctx->scene, "objs:%u", slab->id),
                                     x + 1, y + 1, (w - 2) * slab->inuse / cache->objs_per_slab, h - 2);
      o->object = mms_scene_printf (ctx->scene, "slab:%u", slab->id);
      o->fill = MMS_COLOR_SLAB;
    }
}

void
mms_slab_view_build (MmsViewContext *ctx,
                     const MmsRect  *area)
{
  MmsMachine *machine = ctx->machine;
  double row_h = MMS_LINE_HEIGHT + 5;
  double slabs_x = area->x + NAME_W;
  double slabs_w = area->width - NAME_W - COUNT_W;
  double y = area->y;
  guint n_rows = 0, n_caches = 0;

  for (guint c = 0; c < machine->caches->len; c++)
    {
      struct kmem_cache *cache = g_ptr_array_index (machine->caches, c);
      if (cache->slabs_full.length + cache->slabs_partial.length + cache->slabs_free.length > 0)
        n_caches++;
    }
  if (n_caches == 0)
    {
      mms_view_add_text (ctx, "slab:empty", area->x, area->y, area->width, MMS_LINE_HEIGHT,
                         _("No cache has a slab yet: caches grow on their first allocation."), MMS_ELEMENT_WRAP)
        ->text_color = MMS_COLOR_TEXT_DIM;
      return;
    }

  for (guint c = 0; c < machine->caches->len; c++)
    {
      struct kmem_cache *cache = g_ptr_array_index (machine->caches, c);
      GQueue *lists[3] = { &cache->slabs_full, &cache->slabs_partial, &cache->slabs_free };
      guint total = cache->slabs_full.length + cache->slabs_partial.length + cache->slabs_free.length;
      double slab_w = MAX (28.0, MIN (6.0 * cache->objs_per_slab + 2, 90.0));
      guint fit = MAX (1, (guint) (slabs_w / (slab_w + 4)));
      guint drawn = 0;
      double x = slabs_x;
      MmsElement *e;

      if (total == 0)
        continue;
      /* When caches are left over, the line that counts them needs room
       * below the last row. */
      if (y + row_h > area->y + area->height
          || (n_rows + 1 < n_caches && y + row_h + MMS_LINE_HEIGHT - 2 > area->y + area->height))
        {
          mms_view_add_text (ctx, "slab:more", area->x, area->y + area->height - MMS_LINE_HEIGHT + 2, area->width,
                             MMS_LINE_HEIGHT, mms_scene_printf (ctx->scene,
                                                               g_dngettext (GETTEXT_PACKAGE, "… %u more cache", "… %u more caches",
                                                                            n_caches - n_rows),
                                                               n_caches - n_rows),
                             MMS_ELEMENT_RIGHT)->text_color = MMS_COLOR_TEXT_DIM;
          break;
        }
      e = mms_scene_add (ctx->scene, MMS_ELEMENT_CACHE, mms_scene_printf (ctx->scene, "cache:%s", cache->name),
                         area->x, y, NAME_W - 4, row_h - 3);
      e->shape = MMS_SHAPE_NONE;
      e->flags = MMS_ELEMENT_INTERACTIVE | MMS_ELEMENT_MONOSPACE;
      /* The scene may outlive the machine (exports): a copy. */
      e->label = mms_scene_printf (ctx->scene, "%s", cache->name);
      e->value = mms_scene_printf (ctx->scene, "%u %u %u %" G_GUINT64_FORMAT, cache->slabs_full.length,
                                   cache->slabs_partial.length, cache->slabs_free.length, cache->active_objs);
      e->tooltip = mms_scene_printf (ctx->scene, _("<b>kmem_cache %s</b>\nobject_size %u bytes, %u objects per slab, "
                                                   "%u pages per slab\n%llu active objects\n"
                                                   "slabs_full %u · slabs_partial %u · slabs_free %u"),
                                     cache->name, cache->object_size, cache->objs_per_slab, 1u << cache->order,
                                     (unsigned long long) cache->active_objs, cache->slabs_full.length,
                                     cache->slabs_partial.length, cache->slabs_free.length);

      for (guint l = 0; l < 3; l++)
        for (GList *link = lists[l]->head; link != NULL; link = link->next)
          {
            struct slab *slab = link->data;
            if (drawn + 1 == fit && total > fit)
              break;
            if (drawn >= fit)
              break;
            add_slab (ctx, cache, slab, x, y + 2, slab_w, row_h - 7);
            x += slab_w + 4;
            drawn++;
          }
      {
        g_autofree char *counts = NULL;
        if (drawn < total)
          counts = g_strdup_printf ("+%u · %u/%u/%u", total - drawn, cache->slabs_full.length,
                                    cache->slabs_partial.length, cache->slabs_free.length);
        else
          counts = g_strdup_printf ("%u/%u/%u", cache->slabs_full.length, cache->slabs_partial.length,
                                    cache->slabs_free.length);
        e = mms_view_add_text (ctx, mms_scene_printf (ctx->scene, "cache-count:%s", cache->name),
                               area->x + area->width - COUNT_W, y, COUNT_W, row_h - 3, counts,
                               MMS_ELEMENT_RIGHT | MMS_ELEMENT_MONOSPACE);
        e->text_color = MMS_COLOR_TEXT_DIM;
        e->flags |= MMS_ELEMENT_INTERACTIVE;
        e->object = mms_scene_printf (ctx->scene, "cache:%s", cache->name);
        e->tooltip = _("slabs on the full / partial / free lists");
      }
      y += row_h;
      n_rows++;
    }
}
