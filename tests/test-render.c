/* test-render.c: scenes without pixels, and every view painted to PNG. */
#include "mms-config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mms-builtin.h"
#include "mms-process.h"
#include "mms-render.h"
#include "mms-test-run.h"

/* After fork-cow's third step (the parent wrote its 16 KiB buffer): a VMA
 * of 16 KiB, four anonymous frames linked to it, and [stack] near the top. */
static void
test_fork_cow_layout (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(MmsScene) physical = NULL;
  g_autoptr(GPtrArray) vmas = NULL;
  g_autoptr(GPtrArray) frames = NULL;
  MmsElement *buf = NULL, *stack = NULL, *text = NULL;
  guint n_anon = 0;

  run_open (&run, "fork-cow", 3);
  scene = build (&run, MMS_VIEW_LAYOUT, 600, 900);
  vmas = mms_scene_find_kind (scene, MMS_ELEMENT_VMA);
  g_assert_cmpuint (vmas->len, >=, 5);
  for (guint i = 0; i < vmas->len; i++)
    {
      MmsElement *e = g_ptr_array_index (vmas, i);
      g_assert_true (g_str_has_prefix (e->id, "vma:"));
      g_assert_true (e->flags & MMS_ELEMENT_INTERACTIVE);
      g_assert_nonnull (e->tooltip);
      if (e->hi - e->lo == 16 << 10 && e->fill == MMS_COLOR_ANON)
        buf = e;
      if (strstr (e->label, "[stack]") != NULL)
        stack = e;
      if (e->lo == 0x400000)
        text = e;
    }
  g_assert_nonnull (buf);
  g_assert_nonnull (stack);
  g_assert_nonnull (text);
  g_assert_cmpint (text->fill, ==, MMS_COLOR_FILE);
  /* The buffer carries the scenario's name for it (`as buf`), the others
   * only their own. */
  g_assert_true (g_str_has_prefix (buf->label, "buf · anon  rw-p"));
  g_assert_true (g_str_has_prefix (text->label, "parent  r-xp"));
  /* Address 0 is at the bottom: the stack is above the buffer, which is
   * above the text, and the stack is in the top part of the user map. */
  g_assert_cmpfloat (stack->rect.y, <, buf->rect.y);
  g_assert_cmpfloat (buf->rect.y, <, text->rect.y);
  g_assert_cmpfloat (stack->rect.y, <, 900 * 0.5);
  /* The kernel part is above all of user space. */
  {
    MmsElement *direct = mms_scene_lookup (scene, "kregion:direct map");
    g_assert_nonnull (direct);
    g_assert_cmpfloat (direct->rect.y + direct->rect.height, <=, stack->rect.y);
    g_assert_nonnull (mms_scene_lookup (scene, "kregion:vmalloc"));
    g_assert_nonnull (mms_scene_lookup (scene, "kregion:kernel text"));
  }

  /* Four anonymous frames, each linked to the buffer's VMA and linked
   * from it. */
  physical = build (&run, MMS_VIEW_PHYSICAL, 1280, 720);
  frames = mms_scene_find_kind (physical, MMS_ELEMENT_FRAME);
  for (guint i = 0; i < frames->len; i++)
    {
      MmsElement *f = g_ptr_array_index (frames, i);
      if (f->fill != MMS_COLOR_ANON || !links_to (f, buf->id))
        continue;
      n_anon++;
      g_assert_true (links_to (buf, f->id));
      g_assert_true (g_str_has_prefix (f->id, "frame:0x"));
    }
  g_assert_cmpuint (n_anon, ==, 4);
  run_close (&run);
}

/* After the fork, both processes are side by side and the four frames are
 * shared: each links to a VMA of each mm. */
static void
test_fork_cow_shared (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(GPtrArray) frames = NULL;
  g_autoptr(GHashTable) related = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_shared = 0;

  run_open (&run, "fork-cow", 4);
  scene = build (&run, MMS_VIEW_ALL, 1280, 720);
  g_assert_nonnull (mms_scene_lookup (scene, "view:layout"));
  g_assert_nonnull (mms_scene_lookup (scene, "view:physical"));
  g_assert_nonnull (mms_scene_lookup (scene, "view:vma-tree"));
  frames = mms_scene_find_kind (scene, MMS_ELEMENT_FRAME);
  for (guint i = 0; i < frames->len; i++)
    {
      MmsElement *f = g_ptr_array_index (frames, i);
      guint vmas = 0;
      for (guint j = 0; f->links != NULL && j < f->links->len; j++)
        vmas += g_str_has_prefix (g_ptr_array_index (f->links, j), "vma:");
      if (f->fill == MMS_COLOR_ANON && vmas == 2)
        {
          n_shared++;
          g_assert_true (f->flags & MMS_ELEMENT_DASHED);
          if (n_shared == 1)
            mms_scene_collect_related (scene, f->id, related);
        }
    }
  g_assert_cmpuint (n_shared, >=, 4);
  /* Selecting a shared frame relates both mappers' VMAs and PTEs. */
  {
    guint n_vma = 0, n_pte = 0;
    GHashTableIter iter;
    gpointer key;
    g_hash_table_iter_init (&iter, related);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        n_vma += g_str_has_prefix (key, "vma:");
        n_pte += g_str_has_prefix (key, "pte:");
      }
    g_assert_cmpuint (n_vma, ==, 2);
    g_assert_cmpuint (n_pte, ==, 2);
  }
  /* Two address spaces: two columns of VMAs with the same addresses, lined up. */
  {
    g_autoptr(GPtrArray) vmas = mms_scene_find_kind (scene, MMS_ELEMENT_VMA);
    for (guint i = 0; i < vmas->len; i++)
      for (guint j = 0; j < vmas->len; j++)
        {
          MmsElement *a = g_ptr_array_index (vmas, i), *b = g_ptr_array_index (vmas, j);
          if (i != j && a->lo == b->lo && a->hi == b->hi)
            {
              g_assert_cmpfloat_with_epsilon (a->rect.y, b->rect.y, 0.01);
              g_assert_cmpfloat (a->rect.x, !=, b->rect.x);
            }
        }
  }
  run_close (&run);
}

/* Ids are stable across steps and changes are found by comparing scenes. */
static void
test_changes (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) before = NULL;
  g_autoptr(MmsScene) after = NULL;
  MmsElement *rss, *users;

  run_open (&run, "fork-cow", 2);
  before = build (&run, MMS_VIEW_MM, 900, 700);
  g_assert_true (mms_runner_step (run.runner, NULL));
  after = build (&run, MMS_VIEW_MM, 900, 700);
  g_assert_cmpuint (mms_scene_mark_changed (after, before), >, 0);
  rss = NULL;
  users = NULL;
  for (guint i = 0; i < mms_scene_get_n_elements (after); i++)
    {
      MmsElement *e = mms_scene_get_element (after, i);
      if (e->kind != MMS_ELEMENT_FIELD)
        continue;
      if (g_str_has_suffix (e->id, ":rss anon"))
        rss = e;
      if (g_str_has_suffix (e->id, ":mm_users"))
        users = e;
    }
  g_assert_nonnull (rss);
  g_assert_nonnull (users);
  g_assert_cmpstr (rss->label, ==, "5"); /* the stack page and the four of the buffer */
  g_assert_true (rss->flags & MMS_ELEMENT_CHANGED);
  g_assert_false (users->flags & MMS_ELEMENT_CHANGED);
  g_assert_nonnull (mms_scene_lookup (before, rss->id));
  run_close (&run);
}

static void
test_hit (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  run_open (&run, "fork-cow", 3);
  scene = build (&run, MMS_VIEW_VMA_TREE, 800, 500);
  nodes = mms_scene_find_kind (scene, MMS_ELEMENT_NODE);
  g_assert_cmpuint (nodes->len, >=, 5);
  for (guint i = 0; i < nodes->len; i++)
    {
      MmsElement *n = g_ptr_array_index (nodes, i);
      MmsElement *hit = mms_scene_hit (scene, n->rect.x + n->rect.width / 2, n->rect.y + n->rect.height / 2);
      g_assert_true (hit == n);
      g_assert_true (n->fill == MMS_COLOR_RB_RED || n->fill == MMS_COLOR_RB_BLACK);
      g_assert_true (g_str_has_prefix (mms_element_get_object (n), "vma:"));
      /* The same VMA is in the list beside the tree. */
      {
        g_autoptr(GPtrArray) same = mms_scene_find_object (scene, mms_element_get_object (n));
        g_assert_cmpuint (same->len, ==, 2);
      }
    }
  /* The root is black (red-black property 2). */
  {
    MmsElement *root = g_ptr_array_index (nodes, 0);
    for (guint i = 1; i < nodes->len; i++)
      {
        MmsElement *n = g_ptr_array_index (nodes, i);
        if (n->rect.y < root->rect.y)
          root = n;
      }
    g_assert_cmpint (root->fill, ==, MMS_COLOR_RB_BLACK);
  }
  g_assert_null (mms_scene_hit (scene, -10, -10));
  run_close (&run);
}

static void
test_page_table (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) scene = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) ptes = NULL;
  guint n_leaf = 0;

  run_open (&run, "fork-cow", 3);
  scene = build (&run, MMS_VIEW_PAGE_TABLE, 900, 700);
  tables = mms_scene_find_kind (scene, MMS_ELEMENT_TABLE);
  /* x86_64: PGD, PUD, PMD, PTE at least. */
  g_assert_cmpuint (tables->len, >=, 4);
  ptes = mms_scene_find_kind (scene, MMS_ELEMENT_PTE);
  for (guint i = 0; i < ptes->len; i++)
    {
      MmsElement *e = g_ptr_array_index (ptes, i);
      if (g_str_has_prefix (e->id, "pte:"))
        {
          n_leaf++;
          g_assert_nonnull (e->links);
        }
    }
  g_assert_cmpuint (n_leaf, >=, 4);
  run_close (&run);
}

static void
test_i386_kernel (void)
{
  Run run = { 0 };
  g_autoptr(MmsScene) scene = NULL;

  run_open (&run, "layout-i386", 1);
  scene = build (&run, MMS_VIEW_LAYOUT, 500, 800);
  g_assert_nonnull (mms_scene_lookup (scene, "kregion:direct map"));
  g_assert_nonnull (mms_scene_lookup (scene, "kregion:vmalloc"));
  g_assert_nonnull (mms_scene_lookup (scene, "kregion:pkmap"));
  g_assert_nonnull (mms_scene_lookup (scene, "kregion:fixmap"));
  g_assert_cmphex (mms_scene_lookup (scene, "kregion:direct map")->lo, ==, 0xC0000000);
  g_assert_null (mms_scene_lookup (scene, "kregion:vmemmap"));
  run_close (&run);
}

/* No text below 10 pt, and every element inside the scene. */
static void
test_fonts_and_bounds (void)
{
  g_auto(GStrv) names = mms_builtin_list ();

  for (guint n = 0; names[n] != NULL; n++)
    {
      Run run = { 0 };
      g_autoptr(MmsScene) scene = NULL;

      run_open (&run, names[n], G_MAXUINT);
      scene = build (&run, MMS_VIEW_ALL, 1280, 720);
      for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
        {
          MmsElement *e = mms_scene_get_element (scene, i);
          if (e->label != NULL)
            g_assert_cmpfloat (e->font_size, >=, MMS_MIN_FONT_SIZE);
          if (e->kind == MMS_ELEMENT_EDGE)
            continue;
          g_assert_cmpfloat (e->rect.x, >=, -0.5);
          g_assert_cmpfloat (e->rect.y, >=, -0.5);
          g_assert_cmpfloat (e->rect.x + e->rect.width, <=, 1280.5);
          g_assert_cmpfloat (e->rect.y + e->rect.height, <=, 720.5);
        }
      /* Ids are unique. */
      {
        g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
        for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
          {
            MmsElement *e = mms_scene_get_element (scene, i);
            if (g_hash_table_contains (ids, e->id))
              g_error ("%s: duplicate id %s", names[n], e->id);
            g_hash_table_add (ids, (gpointer) e->id);
          }
      }
      run_close (&run);
    }
}

static gboolean
rects_overlap (const MmsRect *a,
               const MmsRect *b)
{
  return a->x < b->x + b->width - 0.5 && b->x < a->x + a->width - 0.5
         && a->y < b->y + b->height - 0.5 && b->y < a->y + a->height - 0.5;
}

/* A short window (the exercise mode's question above the views leaves them
 * little height): the physical view's free lists and the mm view's fields
 * stay inside their panels, and the mm view's "more" line covers no field. */
static void
test_short_panels (void)
{
  static const double heights[] = { 280, 300, 330, 400, 500 };

  for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
    {
      Run run = { 0 };
      g_autoptr(MmsScene) scene = NULL;
      MmsElement *physical, *mm, *more;

      run_open (&run, "fork-cow", 2);
      scene = build (&run, MMS_VIEW_ALL, 1000, heights[h]);
      physical = mms_scene_lookup (scene, "view:physical");
      mm = mms_scene_lookup (scene, "view:mm");
      g_assert_nonnull (physical);
      g_assert_nonnull (mm);
      more = mms_scene_lookup (scene, "mm:more");
      for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
        {
          MmsElement *e = mms_scene_get_element (scene, i);
          MmsElement *panel = NULL;

          if (g_str_has_prefix (e->id, "free-area") || g_str_has_prefix (e->id, "free_area:")
              || g_str_has_prefix (e->id, "fl-block:") || g_str_has_prefix (e->id, "zone:"))
            panel = physical;
          else if (g_str_has_prefix (e->id, "field") || g_str_has_prefix (e->id, "mm-head:")
                   || g_str_has_prefix (e->id, "mm:"))
            panel = mm;
          if (panel == NULL)
            continue;
          if (e->rect.y < panel->rect.y - 0.5 || e->rect.y + e->rect.height > panel->rect.y + panel->rect.height + 0.5)
            g_error ("height %g: %s [%g, %g] is outside its panel [%g, %g]", heights[h], e->id, e->rect.y,
                     e->rect.y + e->rect.height, panel->rect.y, panel->rect.y + panel->rect.height);
          if (more != NULL && e != more && g_str_has_prefix (e->id, "field") && rects_overlap (&e->rect, &more->rect))
            g_error ("height %g: %s lies under the \"more fields\" line", heights[h], e->id);
        }
      run_close (&run);
    }
}

static void
write_png_highlight (MmsScene   *scene,
                     const char *path,
                     MmsTheme    theme,
                     GHashTable *highlight)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  MmsPaintOptions options = { mms_palette_get (theme), highlight, NULL, 1.0 };

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) mms_scene_get_width (scene),
                                        (int) mms_scene_get_height (scene));
  cr = cairo_create (surface);
  mms_scene_paint (cr, scene, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
write_png (MmsScene   *scene,
           const char *path,
           MmsTheme    theme)
{
  write_png_highlight (scene, path, theme, NULL);
}

/* Every view at 1280x720 into PNG files in the build directory, to look at. */
static void
test_png (void)
{
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *dir = g_build_filename (builddir != NULL ? builddir : ".", "tests", "render", NULL);
  g_auto(GStrv) names = mms_builtin_list ();

  g_mkdir_with_parents (dir, 0755);
  {
    Run run = { 0 };
    run_open (&run, "fork-cow", 5);
    for (MmsView v = 0; v < MMS_N_VIEWS; v++)
      {
        g_autoptr(MmsScene) scene = build (&run, v, 1280, 720);
        g_autofree char *file = g_strdup_printf ("fork-cow-5-%s.png", mms_view_get_name (v));
        g_autofree char *path = g_build_filename (dir, file, NULL);
        write_png (scene, path, MMS_THEME_LIGHT);
        g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      }
    {
      g_autoptr(MmsScene) scene = build (&run, MMS_VIEW_ALL, 1280, 720);
      g_autofree char *path = g_build_filename (dir, "fork-cow-5-all-dark.png", NULL);
      g_autofree char *selected = g_build_filename (dir, "fork-cow-5-all-selected.png", NULL);
      g_autoptr(GHashTable) related = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) vmas = mms_scene_find_kind (scene, MMS_ELEMENT_VMA);

      write_png (scene, path, MMS_THEME_DARK);
      /* Linked highlighting: the parent's 16 KiB buffer selected. */
      for (guint i = 0; i < vmas->len; i++)
        {
          MmsElement *e = g_ptr_array_index (vmas, i);
          if (e->hi - e->lo == 16 << 10 && e->fill == MMS_COLOR_ANON && g_str_has_prefix (e->id, "vma:1:"))
            mms_scene_collect_related (scene, e->id, related);
        }
      g_assert_cmpuint (g_hash_table_size (related), >, 4);
      write_png_highlight (scene, selected, MMS_THEME_LIGHT, related);
    }
    run_close (&run);
  }
  for (guint n = 0; names[n] != NULL; n++)
    {
      Run run = { 0 };
      g_autoptr(MmsScene) scene = NULL;
      g_autofree char *file = g_strdup_printf ("%s-end-all.png", names[n]);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      run_open (&run, names[n], G_MAXUINT);
      scene = build (&run, MMS_VIEW_ALL, 1280, 720);
      write_png (scene, path, MMS_THEME_LIGHT);
      run_close (&run);
    }
}

static guint
count_prefix (MmsScene   *scene,
              const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < mms_scene_get_n_elements (scene); i++)
    if (g_str_has_prefix (mms_scene_get_element (scene, i)->id, prefix))
      n++;
  return n;
}

/* The VMA tree view in maple mode after maple-node-split's split (step 7):
 * one box per node of mm_mt, one cell per slot, the new VMA's slot the same
 * object as its VMA in the layout view; the rbtree mode draws no box. */
static void
test_maple_tree (void)
{
  Run run = { 0 };
  MmsSceneSource source;
  MmsSceneOptions options = { 0 };
  g_autoptr(MmsScene) maple = NULL;
  g_autoptr(MmsScene) rb = NULL;
  g_autoptr(MmsScene) all = NULL;
  struct task_struct *task;
  const struct maple_tree *mt;
  guint slots = 0;
  gboolean in_layout = FALSE;
  MmsElement *slot = NULL;

  run_open (&run, "maple-node-split", 7);
  task = mms_runner_lookup_task (run.runner, "p");
  mt = &task->mm->mm_mt;
  g_assert_cmpuint (mt->n_nodes, ==, 3);
  for (guint i = 0; i <= mt->root->end; i++)
    slots += ((struct maple_node *) mt->root->slot[i])->end + 1u;
  slots += mt->root->end + 1u;

  mms_scene_source_init (&source, run.runner);
  options.maple_tree = TRUE;
  maple = mms_view_build (MMS_VIEW_VMA_TREE, &source, &options, 1280, 720);
  g_assert_cmpuint (count_prefix (maple, "mt-node:"), ==, mt->n_nodes);
  g_assert_cmpuint (count_prefix (maple, "mt-slot:"), ==, slots);
  g_assert_cmpuint (count_prefix (maple, "mt-edge:"), ==, mt->root->end + 1u);
  g_assert_cmpuint (count_prefix (maple, "node:"), ==, 0);
  for (guint i = 0; i < mms_scene_get_n_elements (maple); i++)
    {
      MmsElement *e = mms_scene_get_element (maple, i);
      if (g_str_has_prefix (e->id, "mt-slot:") && e->lo == 0x7ffff7ff1000)
        slot = e;
    }
  g_assert_nonnull (slot);
  g_assert_cmpstr (mms_element_get_object (slot), ==, "vma:1:13");
  g_assert_cmphex (slot->hi, ==, 0x7ffff7ff1fff);
  g_assert_true (slot->flags & MMS_ELEMENT_EMPHASIS);
  /* The store's walk: the root and the leaf holding the new range are
   * emphasised, the other leaf is not. */
  {
    guint emphasised = 0;
    for (guint i = 0; i < mms_scene_get_n_elements (maple); i++)
      {
        MmsElement *e = mms_scene_get_element (maple, i);
        if (g_str_has_prefix (e->id, "mt-node:") && (e->flags & MMS_ELEMENT_EMPHASIS))
          {
            g_assert_cmphex (e->lo, <=, 0x7ffff7ff1000);
            g_assert_cmphex (e->hi, >=, 0x7ffff7ff1fff);
            emphasised++;
          }
      }
    g_assert_cmpuint (emphasised, ==, 2);
  }

  all = mms_view_build (MMS_VIEW_ALL, &source, &options, 1280, 720);
  for (guint i = 0; i < mms_scene_get_n_elements (all); i++)
    {
      MmsElement *e = mms_scene_get_element (all, i);
      if (e->kind == MMS_ELEMENT_VMA && g_strcmp0 (mms_element_get_object (e), "vma:1:13") == 0)
        in_layout = TRUE;
    }
  g_assert_true (in_layout);

  rb = mms_view_build (MMS_VIEW_VMA_TREE, &source, NULL, 1280, 720);
  g_assert_cmpuint (count_prefix (rb, "mt-node:"), ==, 0);
  g_assert_cmpuint (count_prefix (rb, "node:"), >, 0);
  run_close (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/scene/fork-cow-layout", test_fork_cow_layout);
  g_test_add_func ("/render/scene/fork-cow-shared", test_fork_cow_shared);
  g_test_add_func ("/render/scene/changes", test_changes);
  g_test_add_func ("/render/scene/hit", test_hit);
  g_test_add_func ("/render/scene/page-table", test_page_table);
  g_test_add_func ("/render/scene/i386-kernel", test_i386_kernel);
  g_test_add_func ("/render/scene/fonts-and-bounds", test_fonts_and_bounds);
  g_test_add_func ("/render/scene/short-panels", test_short_panels);
  g_test_add_func ("/render/png", test_png);
  g_test_add_func ("/render/scene/maple-tree", test_maple_tree);
  return g_test_run ();
}
