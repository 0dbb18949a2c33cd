/* mms-scene.c: the scene container, lookups, hit-testing and changes. */
#include "mms-scene.h"

#include <stdarg.h>
#include <string.h>

struct _MmsScene
{
  gint ref_count;
  double width;
  double height;
  GPtrArray *elements;      /* MmsElement *, owned */
  GStringChunk *strings;
  GHashTable *by_id;        /* built on the first lookup */
  GPtrArray *held;          /* MmsScene *: scenes whose strings we share */
};

static const char * const kind_names[MMS_N_ELEMENT_KINDS] = {
  [MMS_ELEMENT_PANEL] = "panel",
  [MMS_ELEMENT_TEXT] = "text",
  [MMS_ELEMENT_LEGEND] = "legend",
  [MMS_ELEMENT_VMA] = "vma",
  [MMS_ELEMENT_HOLE] = "hole",
  [MMS_ELEMENT_REGION] = "region",
  [MMS_ELEMENT_AGGREGATE] = "aggregate",
  [MMS_ELEMENT_FIELD] = "field",
  [MMS_ELEMENT_NODE] = "node",
  [MMS_ELEMENT_EDGE] = "edge",
  [MMS_ELEMENT_LIST_ITEM] = "list-item",
  [MMS_ELEMENT_TABLE] = "table",
  [MMS_ELEMENT_ENTRY] = "entry",
  [MMS_ELEMENT_PTE] = "pte",
  [MMS_ELEMENT_FRAME] = "frame",
  [MMS_ELEMENT_FRAME_RANGE] = "frame-range",
  [MMS_ELEMENT_FREE_LIST] = "free-list",
  [MMS_ELEMENT_BLOCK] = "block",
  [MMS_ELEMENT_CACHE] = "cache",
  [MMS_ELEMENT_SLAB] = "slab",
  [MMS_ELEMENT_OBJECT] = "object",
  [MMS_ELEMENT_EVENT] = "event",
  [MMS_ELEMENT_CHUNK] = "chunk",
  [MMS_ELEMENT_BIN] = "bin",
};

const char *
mms_element_kind_name (MmsElementKind kind)
{
  g_return_val_if_fail (kind < MMS_N_ELEMENT_KINDS, NULL);
  return kind_names[kind];
}

static void
element_free (gpointer data)
{
  MmsElement *element = data;

  g_clear_pointer (&element->links, g_ptr_array_unref);
  g_free (element);
}

MmsScene *
mms_scene_new (double width,
               double height)
{
  MmsScene *scene = g_new0 (MmsScene, 1);

  scene->ref_count = 1;
  scene->width = width;
  scene->height = height;
  scene->elements = g_ptr_array_new_with_free_func (element_free);
  scene->strings = g_string_chunk_new (4096);
  return scene;
}

MmsScene *
mms_scene_ref (MmsScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_atomic_int_inc (&scene->ref_count);
  return scene;
}

void
mms_scene_unref (MmsScene *scene)
{
  g_return_if_fail (scene != NULL);
  if (!g_atomic_int_dec_and_test (&scene->ref_count))
    return;
  g_clear_pointer (&scene->by_id, g_hash_table_unref);
  g_ptr_array_unref (scene->elements);
  g_clear_pointer (&scene->held, g_ptr_array_unref);
  g_string_chunk_free (scene->strings);
  g_free (scene);
}

double
mms_scene_get_width (MmsScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->width;
}

double
mms_scene_get_height (MmsScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->height;
}

guint
mms_scene_get_n_elements (MmsScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->elements->len;
}

MmsElement *
mms_scene_get_element (MmsScene *scene,
                       guint     index)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (index < scene->elements->len, NULL);
  return g_ptr_array_index (scene->elements, index);
}

MmsElement *
mms_scene_lookup (MmsScene   *scene,
                  const char *id)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (scene->by_id == NULL)
    {
      scene->by_id = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < scene->elements->len; i++)
        {
          MmsElement *element = g_ptr_array_index (scene->elements, i);
          g_hash_table_insert (scene->by_id, (gpointer) element->id, element);
        }
    }
  return g_hash_table_lookup (scene->by_id, id);
}

GPtrArray *
mms_scene_find_kind (MmsScene       *scene,
                     MmsElementKind  kind)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (scene != NULL, found);
  for (guint i = 0; i < scene->elements->len; i++)
    {
      MmsElement *element = g_ptr_array_index (scene->elements, i);
      if (element->kind == kind)
        g_ptr_array_add (found, element);
    }
  return found;
}

GPtrArray *
mms_scene_find_object (MmsScene   *scene,
                       const char *object)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (scene != NULL, found);
  g_return_val_if_fail (object != NULL, found);
  for (guint i = 0; i < scene->elements->len; i++)
    {
      MmsElement *element = g_ptr_array_index (scene->elements, i);
      if (strcmp (mms_element_get_object (element), object) == 0)
        g_ptr_array_add (found, element);
    }
  return found;
}

MmsElement *
mms_scene_hit (MmsScene *scene,
               double    x,
               double    y)
{
  g_return_val_if_fail (scene != NULL, NULL);

  /* From the top: the last painted element wins, as the eye expects. */
  for (guint i = scene->elements->len; i > 0; i--)
    {
      MmsElement *element = g_ptr_array_index (scene->elements, i - 1);
      if ((element->flags & MMS_ELEMENT_INTERACTIVE) && mms_rect_contains (&element->rect, x, y))
        return element;
    }
  return NULL;
}

void
mms_scene_collect_related (MmsScene   *scene,
                           const char *object,
                           GHashTable *set)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (object != NULL);
  g_return_if_fail (set != NULL);

  for (guint i = 0; i < scene->elements->len; i++)
    {
      MmsElement *element = g_ptr_array_index (scene->elements, i);
      const char *obj = mms_element_get_object (element);

      if (strcmp (obj, object) != 0)
        continue;
      g_hash_table_add (set, (gpointer) obj);
      if (element->links == NULL)
        continue;
      for (guint j = 0; j < element->links->len; j++)
        g_hash_table_add (set, g_ptr_array_index (element->links, j));
    }
}

guint
mms_scene_mark_changed (MmsScene *scene,
                        MmsScene *previous)
{
  guint n = 0;

  g_return_val_if_fail (scene != NULL, 0);
  g_return_val_if_fail (previous != NULL, 0);

  for (guint i = 0; i < scene->elements->len; i++)
    {
      MmsElement *element = g_ptr_array_index (scene->elements, i);
      MmsElement *before;

      if (element->value == NULL)
        continue;
      before = mms_scene_lookup (previous, element->id);
      if (before == NULL || g_strcmp0 (before->value, element->value) != 0)
        {
          element->flags |= MMS_ELEMENT_CHANGED;
          n++;
        }
    }
  return n;
}

MmsElement *
mms_scene_add (MmsScene       *scene,
               MmsElementKind  kind,
               const char     *id,
               double          x,
               double          y,
               double          width,
               double          height)
{
  MmsElement *element;

  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  element = g_new0 (MmsElement, 1);
  element->kind = kind;
  element->shape = MMS_SHAPE_RECT;
  element->id = g_string_chunk_insert (scene->strings, id);
  element->rect = (MmsRect) { x, y, width, height };
  element->fill = MMS_COLOR_NONE;
  element->stroke = MMS_COLOR_NONE;
  element->text_color = MMS_COLOR_TEXT;
  element->font_size = MMS_MIN_FONT_SIZE;
  g_ptr_array_add (scene->elements, element);
  if (scene->by_id != NULL)
    g_hash_table_insert (scene->by_id, (gpointer) element->id, element);
  return element;
}

const char *
mms_scene_intern (MmsScene   *scene,
                  const char *str)
{
  g_return_val_if_fail (scene != NULL, NULL);
  if (str == NULL)
    return NULL;
  return g_string_chunk_insert_const (scene->strings, str);
}

const char *
mms_scene_printf (MmsScene   *scene,
                  const char *format,
                  ...)
{
  char buf[512];
  g_autofree char *big = NULL;
  va_list args;
  int n;

  va_start (args, format);
  n = g_vsnprintf (buf, sizeof buf, format, args);
  va_end (args);
  if (n < (int) sizeof buf)
    return g_string_chunk_insert (scene->strings, buf);

  va_start (args, format);
  big = g_strdup_vprintf (format, args);
  va_end (args);
  return g_string_chunk_insert (scene->strings, big);
}

void
mms_scene_link (MmsScene   *scene,
                MmsElement *element,
                const char *object)
{
  g_return_if_fail (scene != NULL && object != NULL);

  mms_scene_link_interned (scene, element, mms_scene_intern (scene, object));
}

void
mms_scene_link_interned (MmsScene   *scene,
                         MmsElement *element,
                         const char *object)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (element != NULL);
  g_return_if_fail (object != NULL);

  if (element->links == NULL)
    element->links = g_ptr_array_new ();
  g_ptr_array_add (element->links, (gpointer) object);
}

void
mms_scene_hold (MmsScene *scene,
                MmsScene *other)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (other != NULL && other != scene);

  if (scene->held == NULL)
    scene->held = g_ptr_array_new_with_free_func ((GDestroyNotify) mms_scene_unref);
  g_ptr_array_add (scene->held, mms_scene_ref (other));
}

MmsElement *
mms_scene_add_copy (MmsScene         *scene,
                    const MmsElement *source)
{
  MmsElement *element;
  const char *id;

  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  element = mms_scene_add (scene, source->kind, source->id, source->rect.x, source->rect.y,
                           source->rect.width, source->rect.height);
  id = element->id;
  *element = *source;
  element->id = id;
  if (source->links != NULL)
    element->links = g_ptr_array_ref (source->links);
  return element;
}
