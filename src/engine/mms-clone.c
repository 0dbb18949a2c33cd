/* mms-clone.c: a deep copy of a machine, and a hash of its state.
 *
 * Time travel (going back to any step) restores a checkpoint, a clone made
 * while stepping forward, and replays the steps after it; the engine is
 * deterministic, so the result is exact.  The clone copies every structure
 * and maps each pointer of the original to its copy: struct page's
 * ->mapping (anon_vma, file or mm_struct) and ->private (slab, page-table
 * entries), the slab lists, the VMA list and red-black tree (node by node,
 * colours included), the tasks, files and page caches.
 *
 * The hash covers the state that a scenario can observe, in a form that
 * does not depend on where objects live in host memory: every frame's
 * struct page (pointers replaced by the ids of what they point to), the
 * free lists, slabs, tasks, mm_structs, VMAs with their tree colours,
 * every page-table entry, swap and the LRU lists.
 */
#include "mms-clone.h"
#include "mms-malloc.h"
#include "mms-process-private.h"
#include "mms-vma-index.h"

typedef struct
{
  GHashTable *map;          /* old pointer -> new pointer */
} Remap;

static gpointer
remap (Remap    *r,
       gpointer  old)
{
  gpointer new;

  if (old == NULL)
    return NULL;
  new = g_hash_table_lookup (r->map, old);
  g_assert (new != NULL);
  return new;
}

static void
clone_slabs (MmsMachine *m,
             MmsMachine *c,
             Remap      *r)
{
  c->caches = g_ptr_array_new ();
  for (guint i = 0; i < m->caches->len; i++)
    {
      struct kmem_cache *cache = m->caches->pdata[i];
      struct kmem_cache *copy = g_memdup2 (cache, sizeof *cache);
      GQueue *from[] = { &cache->slabs_full, &cache->slabs_partial, &cache->slabs_free };
      GQueue *to[] = { &copy->slabs_full, &copy->slabs_partial, &copy->slabs_free };

      for (guint l = 0; l < G_N_ELEMENTS (from); l++)
        {
          g_queue_init (to[l]);
          for (GList *link = from[l]->head; link != NULL; link = link->next)
            {
              struct slab *slab = link->data;
              struct slab *s = g_memdup2 (slab, sizeof *slab);

              s->cache = copy;
              s->used = g_memdup2 (slab->used, cache->objs_per_slab);
              s->link.data = s;
              s->link.next = s->link.prev = NULL;
              g_queue_push_tail_link (to[l], &s->link);
              g_hash_table_insert (r->map, slab, s);
            }
        }
      g_ptr_array_add (c->caches, copy);
    }
}

static struct mms_file *
clone_file (struct mms_file *file)
{
  struct mms_file *copy = g_memdup2 (file, sizeof *file);
  GHashTableIter iter;
  gpointer key, value;

  copy->path = g_strdup (file->path);
  copy->page_cache = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, file->page_cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->page_cache, key, value);
  return copy;
}

/* Copies the tree under NODE of the original into the copies' nodes,
 * keeping every link and colour. */
static void
clone_rb_links (Remap          *r,
                struct rb_node *node)
{
  struct vm_area_struct *vma;
  struct vm_area_struct *copy;
  struct rb_node *parent;

  if (node == NULL)
    return;
  vma = rb_entry (node, struct vm_area_struct, vm_rb);
  copy = remap (r, vma);
  parent = rb_parent (node);
  copy->vm_rb.__rb_parent_color =
    (guintptr) (parent != NULL ? &((struct vm_area_struct *) remap (r, rb_entry (parent, struct vm_area_struct, vm_rb)))->vm_rb
                               : NULL)
    | (node->__rb_parent_color & 1);
  copy->vm_rb.rb_left = node->rb_left != NULL
    ? &((struct vm_area_struct *) remap (r, rb_entry (node->rb_left, struct vm_area_struct, vm_rb)))->vm_rb
    : NULL;
  copy->vm_rb.rb_right = node->rb_right != NULL
    ? &((struct vm_area_struct *) remap (r, rb_entry (node->rb_right, struct vm_area_struct, vm_rb)))->vm_rb
    : NULL;
  clone_rb_links (r, node->rb_left);
  clone_rb_links (r, node->rb_right);
}

static gpointer
remap_cb (gpointer entry,
          gpointer user_data)
{
  return remap (user_data, entry);
}

static struct mm_struct *
clone_mm (struct mm_struct *mm,
          MmsMachine       *c,
          Remap            *r)
{
  struct mm_struct *copy = g_memdup2 (mm, sizeof *mm);
  struct vm_area_struct *prev = NULL;

  copy->machine = c;
  g_hash_table_insert (r->map, mm, copy);
  copy->mmap = NULL;
  copy->vma_index = mms_vma_index_new ();
  copy->malloc_state = mms_malloc_state_copy (mm->malloc_state);
  for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    {
      struct vm_area_struct *v = g_memdup2 (vma, sizeof *vma);

      v->vm_mm = copy;
      v->vm_file = remap (r, vma->vm_file);
      v->anon_vma = remap (r, vma->anon_vma);
      v->vm_prev = prev;
      v->vm_next = NULL;
      if (prev != NULL)
        prev->vm_next = v;
      else
        copy->mmap = v;
      prev = v;
      mms_vma_index_insert (copy->vma_index, v);
      g_hash_table_insert (r->map, vma, v);
    }
  clone_rb_links (r, mm->mm_rb.rb_node);
  copy->mm_rb.rb_node = mm->mm_rb.rb_node != NULL
    ? &((struct vm_area_struct *) remap (r, rb_entry (mm->mm_rb.rb_node, struct vm_area_struct, vm_rb)))->vm_rb
    : NULL;
  copy->mmap_cache = remap (r, mm->mmap_cache);
  mms_mt_init (&copy->mm_mt, mm->mm_mt.alloc_range);
  mms_mt_dup (&copy->mm_mt, &mm->mm_mt, remap_cb, r);
  return copy;
}

MmsMachine *
mms_machine_clone (MmsMachine *m)
{
  MmsMachine *c;
  Remap r;

  g_return_val_if_fail (m != NULL && m->booted, NULL);

  r.map = g_hash_table_new (NULL, NULL);
  c = g_memdup2 (m, sizeof *m);
  c->event_func = NULL;
  c->event_data = NULL;
  c->mt_log = m->mt_log != NULL ? g_string_new_len (m->mt_log->str, m->mt_log->len) : NULL;
  c->mem_map = g_memdup2 (m->mem_map, sizeof (struct page) * m->nr_frames);
  c->swap_map = g_memdup2 (m->swap_map, MAX (m->nr_swap_slots, 1));

  clone_slabs (m, c, &r);

  c->files = g_ptr_array_new ();
  for (guint i = 0; i < m->files->len; i++)
    {
      struct mms_file *copy = clone_file (m->files->pdata[i]);
      g_ptr_array_add (c->files, copy);
      g_hash_table_insert (r.map, m->files->pdata[i], copy);
    }
  c->shm = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  {
    GHashTableIter iter;
    gpointer key, value;
    g_hash_table_iter_init (&iter, m->shm);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_hash_table_insert (c->shm, g_memdup2 (key, sizeof (gint64)), remap (&r, value));
  }

  c->anon_vmas = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < m->anon_vmas->len; i++)
    {
      struct anon_vma *copy = g_memdup2 (m->anon_vmas->pdata[i], sizeof (struct anon_vma));
      g_ptr_array_add (c->anon_vmas, copy);
      g_hash_table_insert (r.map, m->anon_vmas->pdata[i], copy);
    }

  c->mms = g_ptr_array_new ();
  for (guint i = 0; i < m->mms->len; i++)
    g_ptr_array_add (c->mms, clone_mm (m->mms->pdata[i], c, &r));

  c->tasks = g_ptr_array_new ();
  for (guint i = 0; i < m->tasks->len; i++)
    {
      struct task_struct *task = m->tasks->pdata[i];
      struct task_struct *copy = g_memdup2 (task, sizeof *task);

      copy->comm = g_strdup (task->comm);
      copy->mm = remap (&r, task->mm);
      g_ptr_array_add (c->tasks, copy);
    }

  /* struct page: slab descriptors, page-table entries, mappings. */
  for (guint64 pfn = 0; pfn < m->nr_frames; pfn++)
    {
      struct page *page = &c->mem_map[pfn];

      if (page->slab_cache != 0)
        page->private = remap (&r, page->private);
      else if (page->owner == MMS_OWNER_PAGETABLE && !(page->flags & PG_buddy)
               && page->private != NULL)
        page->private = g_memdup2 (page->private, sizeof (guint64) * mms_pgtable_entries (m));
      if (page->mapping != NULL && !(page->flags & PG_buddy) && page->owner != MMS_OWNER_FREE)
        page->mapping = remap (&r, page->mapping);
    }

  g_hash_table_unref (r.map);
  return c;
}

/* --- Hashing ------------------------------------------------------------ */

/* FNV-1a, 64 bits. */
typedef struct
{
  guint64 h;
} Hash;

static void
hash_bytes (Hash          *hash,
            gconstpointer  data,
            gsize          len)
{
  const guint8 *p = data;

  for (gsize i = 0; i < len; i++)
    {
      hash->h ^= p[i];
      hash->h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
}

static void
hash_u64 (Hash    *hash,
          guint64  v)
{
  hash_bytes (hash, &v, sizeof v);
}

/* The id of what page->mapping points to, by the page's owner. */
static guint64
mapping_id (const struct page *page)
{
  if (page->mapping == NULL || (page->flags & PG_buddy) || page->owner == MMS_OWNER_FREE)
    return 0;
  switch (page->owner)
    {
    case MMS_OWNER_ANON:
      return ((const struct anon_vma *) page->mapping)->id;
    case MMS_OWNER_FILE:
    case MMS_OWNER_SHMEM:
      return ((const struct mms_file *) page->mapping)->id;
    case MMS_OWNER_PAGETABLE:
      return ((const struct mm_struct *) page->mapping)->id;
    default:
      return 1;
    }
}

guint64
mms_machine_hash (MmsMachine *m)
{
  Hash hash = { G_GUINT64_CONSTANT (0xcbf29ce484222325) };

  g_return_val_if_fail (m != NULL, 0);

  hash_u64 (&hash, m->nr_used);
  hash_u64 (&hash, m->nr_swap_used);
  for (guint64 pfn = 0; pfn < m->nr_frames; pfn++)
    {
      const struct page *page = &m->mem_map[pfn];
      guint64 fields[8];

      /* Frames that are tails of a free block carry stale fields that no
       * rule reads; a free head's links and order matter. */
      fields[0] = page->flags;
      fields[1] = (guint32) page->_refcount;
      fields[2] = (guint32) page->mapcount;
      fields[3] = page->order | ((guint64) page->owner << 8) | ((guint64) page->slab_cache << 16);
      fields[4] = page->lru_next | ((guint64) page->lru_prev << 32);
      fields[5] = page->index;
      fields[6] = mapping_id (page);
      fields[7] = page->slab_cache != 0 ? ((const struct slab *) page->private)->id : 0;
      hash_bytes (&hash, fields, sizeof fields);
      if (page->owner == MMS_OWNER_PAGETABLE && page->private != NULL && !(page->flags & PG_buddy))
        hash_bytes (&hash, page->private, sizeof (guint64) * mms_pgtable_entries (m));
    }
  for (guint z = 0; z < MMS_NR_ZONES; z++)
    for (guint o = 0; o < MMS_MAX_ORDER; o++)
      {
        hash_u64 (&hash, m->zones[z].free_area[o].head);
        hash_u64 (&hash, m->zones[z].free_area[o].nr_free);
      }
  for (guint i = 0; i < m->caches->len; i++)
    {
      struct kmem_cache *cache = m->caches->pdata[i];
      GQueue *lists[] = { &cache->slabs_full, &cache->slabs_partial, &cache->slabs_free };

      hash_u64 (&hash, cache->active_objs);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          hash_u64 (&hash, G_GUINT64_CONSTANT (0xabcdef) + l);
          for (GList *link = lists[l]->head; link != NULL; link = link->next)
            {
              struct slab *slab = link->data;
              hash_u64 (&hash, slab->id);
              hash_u64 (&hash, slab->pfn);
              hash_bytes (&hash, slab->used, cache->objs_per_slab);
            }
        }
    }
  for (guint i = 0; i < m->tasks->len; i++)
    {
      struct task_struct *task = m->tasks->pdata[i];
      hash_u64 (&hash, task->pid);
      hash_u64 (&hash, task->tgid);
      hash_u64 (&hash, task->vfork_parent);
      hash_u64 (&hash, task->state);
      hash_u64 (&hash, task->mm != NULL ? task->mm->id : 0);
      hash_bytes (&hash, task->comm, strlen (task->comm));
    }
  for (guint i = 0; i < m->mms->len; i++)
    {
      struct mm_struct *mm = m->mms->pdata[i];
      guint64 fields[] = {
        mm->id, mm->pgd, (guint64) mm->mm_users, (guint64) mm->mm_count, (guint64) mm->map_count,
        mm->total_vm, mm->locked_vm, mm->shared_vm, mm->exec_vm, mm->stack_vm,
        mm->start_code, mm->end_code, mm->start_data, mm->end_data, mm->start_brk, mm->brk,
        mm->start_stack, mm->mmap_base, (guint64) mm->rss_file, (guint64) mm->rss_anon,
        (guint64) mm->rss_swap, (guint64) mm->rss_shmem, mm->nr_pgtables,
        mms_malloc_state_hash (mm->malloc_state),
      };
      hash_bytes (&hash, fields, sizeof fields);
      for (struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
        {
          guint64 v[] = {
            vma->id, vma->vm_start, vma->vm_end, vma->vm_flags, vma->vm_pgoff,
            vma->vm_file != NULL ? vma->vm_file->id : 0,
            vma->anon_vma != NULL ? vma->anon_vma->id : 0,
            (guint64) rb_color (&vma->vm_rb),
            rb_parent (&vma->vm_rb) != NULL
              ? rb_entry (rb_parent (&vma->vm_rb), struct vm_area_struct, vm_rb)->id : 0,
          };
          hash_bytes (&hash, v, sizeof v);
        }
    }
  for (guint i = 0; i < m->files->len; i++)
    {
      struct mms_file *file = m->files->pdata[i];
      hash_u64 (&hash, file->id);
      hash_u64 (&hash, g_hash_table_size (file->page_cache));
      hash_u64 (&hash, file->nr_mappings);
    }
  for (guint i = 0; i < m->anon_vmas->len; i++)
    hash_u64 (&hash, ((struct anon_vma *) m->anon_vmas->pdata[i])->refcount);
  hash_bytes (&hash, m->swap_map, m->nr_swap_slots);
  hash_bytes (&hash, m->lru_head, sizeof m->lru_head);
  hash_bytes (&hash, m->lru_tail, sizeof m->lru_tail);
  hash_bytes (&hash, m->nr_lru, sizeof m->nr_lru);
  return hash.h;
}
