/* mms-vma.c: VMAs in the sorted list and the red-black tree, find_vma,
 * vma_merge, split_vma, anon_vma_prepare and expand_stack, after
 * mm/mmap.c, mm/vma.c and mm/rmap.c.
 *
 * Invariants (engine.md section 8), cited by number below:
 *  (1) the tree keeps the red-black properties and is ordered by vm_start;
 *  (2) tree node count = map_count = the length of the mm->mmap list;
 *  (3) VMAs are sorted, page aligned and do not overlap;
 *  (4) no two neighbours are VMAs that the merge rules would merge (the
 *      heap and the VMA below start_brk excepted: sys_brk never merges
 *      them), checked between operations;
 *  (5) vm_area_struct and anon_vma objects live in their slab caches;
 *  (6) the maple tree mm_mt holds every VMA of the list once, at its
 *      range, and nothing else (checked between operations).
 *
 * The maple tree (mms-maple-tree.c) is a view kept beside the list, the
 * rbtree and the chunked index, not their replacement: find_vma keeps the
 * index (measured in tests/bench beside a lookup through the tree), the
 * rbtree stays for the views of Linux 2.6 that the course notes teach, and
 * the list orders everything.  A view cannot break the engine's results
 * (the /proc comparisons), and invariant 6 ties it to them.  It changes by
 * the stores that Linux 6.12 makes, at the same points:
 *  - a new or inserted VMA is stored over its range (vma_link,
 *    mmap_region, __split_vma's store of the new part: mms_vma_link);
 *  - a VMA that grows is stored over its new range (vma_expand and
 *    commit_merge, do_brk_flags, expand_downwards: mms_vma_set_range), which
 *    also overwrites what a merge removes; one that only shrinks stores
 *    nothing, since the store of its neighbour (a split, a merge) or the
 *    clear of munmap covers the part it lost;
 *  - munmap clears [start, end) once after its splits (do_vmi_align_munmap
 *    -> vma_iter_clear_gfp), but not when mmap_region maps over the range:
 *    there the new VMA's store overwrites it;
 *  - fork copies the tree node for node (__mt_dup), then stores each
 *    child VMA in place and clears the VM_DONTCOPY ones (dup_mmap);
 *  - exit_mmap destroys it (__mt_destroy).
 *
 * The merge rules (is_mergeable_vma, is_mergeable_anon_vma): two adjacent
 * VMAs merge when their vm_flags are equal (VM_ACCOUNT included), they map
 * the same file (or none) with contiguous vm_pgoff, and at most one of them
 * has an anon_vma, or both have the same one.
 */
#include "mms-mm-private.h"
#include "mms-process-private.h"
#include "mms-vma-index.h"

/* --- Red-black tree events --------------------------------------------- */

static void
rb_notify_cb (MmsRbOp         op,
              struct rb_node *node,
              struct rb_node *other,
              int             new_color,
              gpointer        user_data)
{
  struct mm_struct *mm = user_data;
  struct vm_area_struct *vma = rb_entry (node, struct vm_area_struct, vm_rb);
  struct vm_area_struct *vma2 = other != NULL ? rb_entry (other, struct vm_area_struct, vm_rb) : NULL;
  MmsEvent ev = { 0 };

  switch (op)
    {
    case MMS_RB_ROTATE_LEFT: ev.kind = MMS_EV_RB_ROTATE_LEFT; break;
    case MMS_RB_ROTATE_RIGHT: ev.kind = MMS_EV_RB_ROTATE_RIGHT; break;
    case MMS_RB_RECOLOR: ev.kind = MMS_EV_RB_RECOLOR; break;
    case MMS_RB_REPLACE: ev.kind = MMS_EV_RB_REPLACE; break;
    default: return;
    }
  ev.mm = mm->id;
  ev.vma = vma->id;
  ev.start = vma->vm_start;
  ev.end = vma->vm_end;
  if (vma2 != NULL)
    {
      ev.vma2 = vma2->id;
      ev.start2 = vma2->vm_start;
      ev.end2 = vma2->vm_end;
    }
  ev.count = (guint64) new_color;
  mms_machine_emit (mm->machine, &ev);
}

static void
rb_callbacks (struct mm_struct *mm,
              MmsRbCallbacks   *cb)
{
  cb->notify = MMS_EMITTING (mm->machine) ? rb_notify_cb : NULL;
  cb->user_data = mm;
}

static void
emit_vma (struct mm_struct            *mm,
          MmsEventKind                 kind,
          const struct vm_area_struct *vma,
          const struct vm_area_struct *vma2)
{
  MmsEvent ev;

  if (!MMS_EMITTING (mm->machine))
    return;
  memset (&ev, 0, sizeof ev);
  ev.kind = kind;
  ev.mm = mm->id;
  ev.vma = vma->id;
  ev.start = vma->vm_start;
  ev.end = vma->vm_end;
  ev.flags = vma->vm_flags;
  ev.pfn = vma->vm_pgoff;
  if (vma2 != NULL)
    {
      ev.vma2 = vma2->id;
      ev.start2 = vma2->vm_start;
      ev.end2 = vma2->vm_end;
    }
  mms_machine_emit (mm->machine, &ev);
}

/* --- Accounting (vm_stat_account) -------------------------------------- */

void
mms_vm_stat_account (struct mm_struct *mm,
                     gulong            flags,
                     gint64            npages)
{
  mm->total_vm += npages;
  if ((flags & (VM_EXEC | VM_WRITE | VM_GROWSDOWN)) == VM_EXEC)
    mm->exec_vm += npages;
  else if (flags & VM_GROWSDOWN)
    mm->stack_vm += npages;
  if (flags & VM_SHARED)
    mm->shared_vm += npages;
  if (flags & VM_LOCKED)
    mm->locked_vm += npages;
}

static inline gint64
vma_pages (const struct vm_area_struct *vma)
{
  return (gint64) ((vma->vm_end - vma->vm_start) >> MMS_PAGE_SHIFT);
}

/* --- Objects ------------------------------------------------------------ */

struct vm_area_struct *
mms_vm_area_alloc (struct mm_struct *mm)
{
  MmsMachine *m = mm->machine;
  struct kmem_cache *cache = mms_kmem_cache_find (m, "vm_area_struct");
  struct vm_area_struct *vma;
  guint64 addr;

  if (!mms_kmem_cache_alloc (m, cache, &addr))
    return NULL;
  vma = g_new0 (struct vm_area_struct, 1);
  vma->vm_mm = mm;
  vma->id = ++m->next_vma_id;
  vma->slab_addr = addr;
  RB_CLEAR_NODE (&vma->vm_rb);
  return vma;
}

/* put_anon_vma(): the object goes back to its cache when the last VMA
 * lets go.  The struct itself stays on machine->anon_vmas, because pages
 * of a child may still name it (page->mapping) until they are freed. */
static void
anon_vma_put (MmsMachine      *m,
              struct anon_vma *anon_vma)
{
  if (anon_vma == NULL)
    return;
  g_assert (anon_vma->refcount > 0);
  if (--anon_vma->refcount > 0)
    return;
  mms_kmem_cache_free (m, mms_kmem_cache_find (m, "anon_vma"), anon_vma->slab_addr);
  anon_vma->slab_addr = 0;
}

static void
anon_vma_get (struct anon_vma *anon_vma)
{
  if (anon_vma != NULL)
    anon_vma->refcount++;
}

/* vm_area_free(): the VMA must be unlinked already. */
void
mms_vm_area_free (struct vm_area_struct *vma)
{
  MmsMachine *m = vma->vm_mm->machine;

  anon_vma_put (m, vma->anon_vma);
  if (vma->vm_file != NULL)
    mms_file_unmapped (m, vma->vm_file);
  mms_kmem_cache_free (m, mms_kmem_cache_find (m, "vm_area_struct"), vma->slab_addr);
  g_free (vma);
}

/* A copy of VMA (vm_area_dup) with the same file and anon_vma. */
struct vm_area_struct *
mms_vm_area_dup (struct vm_area_struct *vma,
                 struct mm_struct      *mm)
{
  struct vm_area_struct *new = mms_vm_area_alloc (mm);

  if (new == NULL)
    return NULL;
  new->vm_start = vma->vm_start;
  new->vm_end = vma->vm_end;
  new->vm_flags = vma->vm_flags;
  new->vm_pgoff = vma->vm_pgoff;
  new->vm_file = vma->vm_file;
  new->special = vma->special;
  if (new->vm_file != NULL)
    new->vm_file->nr_mappings++;
  if (mm == vma->vm_mm)
    {
      new->anon_vma = vma->anon_vma;
      anon_vma_get (new->anon_vma);
    }
  return new;
}

/* --- The maple tree ------------------------------------------------------ */

static guint64 vm_start_gap (const struct vm_area_struct *vma);

/* Emits EV now, or, while the VMAs are mid-change (LATER), just before the
 * next event. */
static void
emit_mt (struct mm_struct *mm,
         MmsEvent         *ev,
         gboolean          later)
{
  MmsMachine *m = mm->machine;

  if (later && m->n_mt_pending < G_N_ELEMENTS (m->mt_pending))
    m->mt_pending[m->n_mt_pending++] = *ev;
  else
    mms_machine_emit (m, ev);
}

static void
mt_store (struct mm_struct      *mm,
          guint64                start,
          guint64                end,
          struct vm_area_struct *vma,
          gboolean               later)
{
  GString *log = mm->machine->mt_log;

  mms_mt_store (&mm->mm_mt, start, end - 1, vma);
  if (log != NULL)
    g_string_append_printf (log, "store %u %" G_GINT64_MODIFIER "x %" G_GINT64_MODIFIER "x %u\n",
                            mm->id, start, end - 1, vma != NULL ? vma->id : 0);
  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_MT_STORE, .mm = mm->id, .vma = vma != NULL ? vma->id : 0,
                      .start = start, .end = end, .count = mm->mm_mt.n_nodes,
                      .order = mms_mt_height (&mm->mm_mt) };
      emit_mt (mm, &ev, later);
      switch (mm->mm_mt.last_wr)
        {
        case MMS_MAPLE_WR_SPLIT: ev.kind = MMS_EV_MT_SPLIT; break;
        case MMS_MAPLE_WR_PUSH: ev.kind = MMS_EV_MT_SPLIT; ev.level = 1; break;
        case MMS_MAPLE_WR_REBALANCE: ev.kind = MMS_EV_MT_REBALANCE; break;
        case MMS_MAPLE_WR_SPANNING: ev.kind = MMS_EV_MT_SPANNING; break;
        default: return;
        }
      emit_mt (mm, &ev, later);
    }
}

void
mms_mm_mt_store (struct mm_struct      *mm,
                 guint64                start,
                 guint64                end,
                 struct vm_area_struct *vma)
{
  mt_store (mm, start, end, vma, FALSE);
}

/* unmapped_area_topdown() of Linux 6.x: mas_empty_area_rev () finds the
 * highest gap of LEN in [low, high); a stack above it that would lose its
 * guard gap lowers HIGH below the stack's gap and the search starts again.
 * get_unmapped_area () takes its answer from here; the tests check it and
 * the index's mms_vma_index_gap_topdown () against a walk of the list. */
guint64
mms_mt_unmapped_area_topdown (struct mm_struct *mm,
                              guint64           len,
                              guint64           low,
                              guint64           high)
{
  for (;;)
    {
      guint64 first, last, gap_end, s, l;
      struct vm_area_struct *next;

      if (high <= low || !mms_mt_empty_area_rev (&mm->mm_mt, low, high - 1, len, &first, &last))
        return G_MAXUINT64;
      gap_end = last + 1;
      next = mms_mt_find (&mm->mm_mt, gap_end, &s, &l);
      if (next != NULL && (next->vm_flags & VM_GROWSDOWN) && vm_start_gap (next) < gap_end)
        {
          high = vm_start_gap (next);
          continue;
        }
      return gap_end - len;
    }
}

typedef struct
{
  const struct vm_area_struct *next;   /* the list's VMA the tree's next entry must be */
  const struct vm_area_struct *bad;    /* the first entry that is not */
  guint64 bad_start;
} MtWalk;

static void
mt_walk_cb (guint64  start,
            guint64  last,
            gpointer entry,
            gpointer data)
{
  MtWalk *walk = data;

  if (walk->bad != NULL || walk->bad_start != 0)
    return;
  if (entry != walk->next || walk->next == NULL || start != walk->next->vm_start
      || last != walk->next->vm_end - 1)
    {
      walk->bad = entry;
      walk->bad_start = start != 0 ? start : 1;
      return;
    }
  walk->next = walk->next->vm_next;
}

gboolean
mms_check_mm_mt (struct mm_struct  *mm,
                 GError           **error)
{
  MtWalk walk = { .next = mm->mmap };

  /* The tree's own invariants change only when the tree does. */
  if (mm->mt_checked_gen != mm->mm_mt.gen + 1)
    {
      if (!mms_mt_check (&mm->mm_mt, error))
        return FALSE;
      mm->mt_checked_gen = mm->mm_mt.gen + 1;
    }
  mms_mt_foreach (&mm->mm_mt, mt_walk_cb, &walk);
  if (walk.bad_start != 0)
    MMS_CHECK_FAIL ("mm %u: the maple tree holds %s at 0x%" G_GINT64_MODIFIER "x where the list "
                    "has %s (invariant 6)", mm->id,
                    walk.bad != NULL ? "a VMA" : "nothing", walk.bad_start,
                    walk.next != NULL ? "another VMA" : "none");
  if (walk.next != NULL)
    MMS_CHECK_FAIL ("mm %u: VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x) is not "
                    "in the maple tree (invariant 6)", mm->id, walk.next->id,
                    walk.next->vm_start, walk.next->vm_end);
  return TRUE;
}

/* --- find_vma ------------------------------------------------------------ */

/* find_vma(): mmap_cache first, then the search index (the rbtree holds
 * the same order; the index answers with fewer cache misses, as the maple
 * tree does in Linux 6.x). */
struct vm_area_struct *
mms_find_vma (struct mm_struct *mm,
              guint64           addr)
{
  struct vm_area_struct *vma = mm->mmap_cache;

  /* The hint first: a stale one only sends the lookup to the index, which
   * gives the same answer. */
  if (vma != NULL && addr - mm->mmap_cache_start < mm->mmap_cache_end - mm->mmap_cache_start
      && vma->vm_end > addr && vma->vm_start <= addr)
    return vma;
  vma = mms_vma_index_find (mm->vma_index, addr);
  if (vma != NULL)
    {
      mm->mmap_cache = vma;
      mm->mmap_cache_start = vma->vm_start;
      mm->mmap_cache_end = vma->vm_end;
    }
  return vma;
}

struct vm_area_struct *
mms_vma_lookup (struct mm_struct *mm,
                guint64           addr)
{
  struct vm_area_struct *vma = mms_find_vma (mm, addr);

  if (vma != NULL && vma->vm_start <= addr)
    return vma;
  return NULL;
}

struct vm_area_struct *
mms_find_vma_prev (struct mm_struct       *mm,
                   guint64                 addr,
                   struct vm_area_struct **pprev)
{
  struct vm_area_struct *vma = mms_find_vma (mm, addr);

  if (vma != NULL)
    *pprev = vma->vm_prev;
  else
    {
      /* The last VMA of the list. */
      struct rb_node *last = rb_last (&mm->mm_rb);
      *pprev = last != NULL ? rb_entry (last, struct vm_area_struct, vm_rb) : NULL;
    }
  return vma;
}

/* --- Linking ------------------------------------------------------------- */

/* vma_link(): into the sorted list after PREV and into the tree
 * (invariants 1-3). */
void
mms_vma_link (struct mm_struct      *mm,
              struct vm_area_struct *vma,
              struct vm_area_struct *prev)
{
  struct rb_node **link = &mm->mm_rb.rb_node;
  struct rb_node *parent = NULL;
  MmsRbCallbacks cb;

  vma->vm_mm = mm;
  vma->vm_prev = prev;
  if (prev != NULL)
    {
      vma->vm_next = prev->vm_next;
      prev->vm_next = vma;
    }
  else
    {
      vma->vm_next = mm->mmap;
      mm->mmap = vma;
    }
  if (vma->vm_next != NULL)
    vma->vm_next->vm_prev = vma;

  while (*link != NULL)
    {
      struct vm_area_struct *tmp = rb_entry (*link, struct vm_area_struct, vm_rb);
      parent = *link;
      link = vma->vm_start < tmp->vm_start ? &parent->rb_left : &parent->rb_right;
    }
  rb_link_node (&vma->vm_rb, parent, link);
  mms_vma_index_insert (mm->vma_index, vma);
  mm->map_count++;
  mms_vm_stat_account (mm, vma->vm_flags, vma_pages (vma));

  /* The red leaf may have a red parent until rebalancing is done. */
  mm->rb_busy++;
  emit_vma (mm, MMS_EV_VMA_INSERT, vma, NULL);
  emit_vma (mm, MMS_EV_RB_INSERT, vma, NULL);
  rb_callbacks (mm, &cb);
  mms_rb_insert_color (&vma->vm_rb, &mm->mm_rb, &cb);
  mm->rb_busy--;
  /* vma_iter_store(): the maple tree holds it too (invariant 6). */
  if (mm->mt_quiet == 0)
    mms_mm_mt_store (mm, vma->vm_start, vma->vm_end, vma);
}

/* Takes VMA out of the list and the tree; the caller frees it. */
void
mms_vma_unlink (struct mm_struct      *mm,
                struct vm_area_struct *vma)
{
  MmsRbCallbacks cb;

  mm->rb_busy++;
  emit_vma (mm, MMS_EV_RB_ERASE, vma, NULL);
  rb_callbacks (mm, &cb);
  mms_rb_erase (&vma->vm_rb, &mm->mm_rb, &cb);
  RB_CLEAR_NODE (&vma->vm_rb);
  mms_vma_index_remove (mm->vma_index, vma);
  if (vma->vm_prev != NULL)
    vma->vm_prev->vm_next = vma->vm_next;
  else
    mm->mmap = vma->vm_next;
  if (vma->vm_next != NULL)
    vma->vm_next->vm_prev = vma->vm_prev;
  vma->vm_next = vma->vm_prev = NULL;
  if (mm->mmap_cache == vma)
    mm->mmap_cache = NULL;
  mm->map_count--;
  mms_vm_stat_account (mm, vma->vm_flags, -vma_pages (vma));
  mm->rb_busy--;
  emit_vma (mm, MMS_EV_VMA_REMOVE, vma, NULL);
}

/* Changes a linked VMA's range; its place in the list and the tree stays
 * valid because neighbours never overlap (invariant 3). */
void
mms_vma_set_range (struct vm_area_struct *vma,
                   guint64                start,
                   guint64                end,
                   guint64                pgoff)
{
  struct mm_struct *mm = vma->vm_mm;
  guint64 old_start = vma->vm_start;
  guint64 old_end = vma->vm_end;

  mms_vm_stat_account (mm, vma->vm_flags, -vma_pages (vma));
  vma->vm_start = start;
  vma->vm_end = end;
  vma->vm_pgoff = pgoff;
  mms_vm_stat_account (mm, vma->vm_flags, vma_pages (vma));
  if (!RB_EMPTY_NODE (&vma->vm_rb))
    {
      mms_vma_index_rekey (mm->vma_index, vma, old_start);
      mms_vma_index_touch (mm->vma_index, vma);
      /* vma_expand(), commit_merge(): a VMA that grows is stored over its
       * new range (invariant 6). */
      if (mm->mt_quiet == 0 && (start < old_start || end > old_end))
        mt_store (mm, start, end, vma, TRUE);
    }
}

void
mms_vma_set_flags (struct vm_area_struct *vma,
                   gulong                 flags)
{
  struct mm_struct *mm = vma->vm_mm;
  gulong old = vma->vm_flags;

  mms_vm_stat_account (mm, old, -vma_pages (vma));
  vma->vm_flags = flags;
  mms_vm_stat_account (mm, flags, vma_pages (vma));
  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_VMA_FLAGS, .mm = mm->id, .vma = vma->id,
                      .start = vma->vm_start, .end = vma->vm_end, .flags = flags,
                      .count = old };
      mms_machine_emit (mm->machine, &ev);
    }
}

/* Removes and frees a VMA whose pages are unmapped already. */
void
mms_remove_vma (struct vm_area_struct *vma)
{
  mms_vma_unlink (vma->vm_mm, vma);
  mms_vm_area_free (vma);
}

/* --- Merging -------------------------------------------------------------- */

/* is_mergeable_anon_vma() */
static gboolean
anon_vmas_compatible (const struct anon_vma *a,
                      const struct anon_vma *b)
{
  return a == NULL || b == NULL || a == b;
}

/* is_mergeable_vma() plus the vm_pgoff rule: could a VMA with FLAGS, FILE,
 * ANON_VMA and PGOFF starting at START be merged after PREV? */
static gboolean
can_merge_after (const struct vm_area_struct *prev,
                 gulong                       flags,
                 const struct mms_file       *file,
                 const struct anon_vma       *anon_vma,
                 guint64                      start,
                 guint64                      pgoff)
{
  return prev != NULL && prev->special == NULL
         && prev->vm_end == start
         && prev->vm_flags == flags
         && prev->vm_file == file
         && anon_vmas_compatible (prev->anon_vma, anon_vma)
         && prev->vm_pgoff + (guint64) vma_pages (prev) == pgoff;
}

/* ... and could a VMA like that, ending at END, be merged before NEXT? */
static gboolean
can_merge_before (const struct vm_area_struct *next,
                  gulong                       flags,
                  const struct mms_file       *file,
                  const struct anon_vma       *anon_vma,
                  guint64                      end,
                  guint64                      pgoff_end)
{
  return next != NULL && next->special == NULL
         && next->vm_start == end
         && next->vm_flags == flags
         && next->vm_file == file
         && anon_vmas_compatible (next->anon_vma, anon_vma)
         && next->vm_pgoff == pgoff_end;
}

gboolean
mms_vmas_mergeable (const struct vm_area_struct *prev,
                    const struct vm_area_struct *next)
{
  return next->special == NULL
         && can_merge_after (prev, next->vm_flags, next->vm_file, next->anon_vma,
                             next->vm_start, next->vm_pgoff);
}

/* Gives VMA the anon_vma ANON_VMA when it has none (dup_anon_vma). */
static void
dup_anon_vma (struct vm_area_struct *vma,
              struct anon_vma       *anon_vma)
{
  if (vma->anon_vma == NULL && anon_vma != NULL)
    {
      vma->anon_vma = anon_vma;
      anon_vma_get (anon_vma);
    }
}

/* vma_merge_new_range(): a new range [start, end) with FLAGS, FILE and
 * PGOFF, not yet backed by a VMA, between PREV and NEXT.  Returns the VMA
 * it merged into, or NULL.
 *
 *     prev    new     next            prev (grown)        next removed
 *   [......|.......|.......]   ->   [.......................]
 *
 * When prev and next both could merge but their anon_vmas differ, only
 * prev merges (the kernel prefers the left side). */
struct vm_area_struct *
mms_vma_merge_new (struct mm_struct      *mm,
                   struct vm_area_struct *prev,
                   struct vm_area_struct *next,
                   guint64                start,
                   guint64                end,
                   gulong                 flags,
                   struct mms_file       *file,
                   guint64                pgoff,
                   struct anon_vma       *anon_vma)
{
  guint64 pglen = (end - start) >> MMS_PAGE_SHIFT;
  gboolean left = can_merge_after (prev, flags, file, anon_vma, start, pgoff);
  gboolean right = can_merge_before (next, flags, file, anon_vma, end, pgoff + pglen);

  if (left && right && !anon_vmas_compatible (prev->anon_vma, next->anon_vma))
    right = FALSE;

  /* The survivor grows before the absorbed VMA goes, so that no page is
   * ever outside a VMA (the checkers allow the overlap while op_busy). */
  if (left && right)
    {
      dup_anon_vma (prev, next->anon_vma);
      dup_anon_vma (prev, anon_vma);
      mms_vma_set_range (prev, prev->vm_start, next->vm_end, prev->vm_pgoff);
      mms_remove_vma (next);
      emit_vma (mm, MMS_EV_VMA_MERGE, prev, NULL);
      return prev;
    }
  if (left)
    {
      dup_anon_vma (prev, anon_vma);
      mms_vma_set_range (prev, prev->vm_start, end, prev->vm_pgoff);
      emit_vma (mm, MMS_EV_VMA_MERGE, prev, NULL);
      return prev;
    }
  if (right)
    {
      dup_anon_vma (next, anon_vma);
      mms_vma_set_range (next, start, next->vm_end, pgoff);
      emit_vma (mm, MMS_EV_VMA_MERGE, next, NULL);
      return next;
    }
  return NULL;
}

/* __split_vma(): splits VMA at ADDR.  With NEW_BELOW the new VMA takes the
 * lower part [vm_start, addr), otherwise the upper part [addr, vm_end).
 *
 *     vma                           vma          new
 *   [.................]   ->     [........][........]     (new_below = 0)
 *
 * Returns the new VMA, or NULL (ENOMEM) when map_count is at its limit
 * or no vm_area_struct could be allocated. */
struct vm_area_struct *
mms_split_vma (struct vm_area_struct *vma,
               guint64                addr,
               gboolean               new_below)
{
  struct mm_struct *mm = vma->vm_mm;
  struct vm_area_struct *new;
  guint64 offset;

  g_assert (addr > vma->vm_start && addr < vma->vm_end);
  g_assert ((addr & ~MMS_PAGE_MASK) == 0);

  if (mm->map_count >= MMS_MAX_MAP_COUNT)
    return NULL;
  new = mms_vm_area_dup (vma, mm);
  if (new == NULL)
    return NULL;

  offset = (addr - vma->vm_start) >> MMS_PAGE_SHIFT;
  if (new_below)
    {
      new->vm_end = addr;
      mms_vma_set_range (vma, addr, vma->vm_end, vma->vm_pgoff + offset);
      mms_vma_link (mm, new, vma->vm_prev);
    }
  else
    {
      new->vm_start = addr;
      new->vm_pgoff += offset;
      mms_vma_set_range (vma, vma->vm_start, addr, vma->vm_pgoff);
      mms_vma_link (mm, new, vma);
    }
  emit_vma (mm, MMS_EV_VMA_SPLIT, vma, new);
  return new;
}

/* vma_merge_existing_range(): the part [start, end) of VMA is about to get
 * NEWFLAGS.  Merges it into PREV and/or NEXT when the rules allow and
 * returns the VMA that now holds [start, end), or NULL when no merge is
 * possible (the caller splits instead). */
struct vm_area_struct *
mms_vma_merge_existing (struct vm_area_struct *vma,
                        guint64                start,
                        guint64                end,
                        gulong                 newflags)
{
  struct mm_struct *mm = vma->vm_mm;
  struct vm_area_struct *prev = vma->vm_prev;
  struct vm_area_struct *next = vma->vm_next;
  gboolean left_side = start == vma->vm_start;
  gboolean right_side = end == vma->vm_end;
  guint64 pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> MMS_PAGE_SHIFT);
  guint64 pgoff_end = pgoff + ((end - start) >> MMS_PAGE_SHIFT);
  gboolean merge_left, merge_right;

  if (vma->special != NULL)
    return NULL;
  merge_left = left_side
               && can_merge_after (prev, newflags, vma->vm_file, vma->anon_vma, start, pgoff);
  merge_right = right_side
                && can_merge_before (next, newflags, vma->vm_file, vma->anon_vma, end, pgoff_end);
  if (merge_left && merge_right && !anon_vmas_compatible (prev->anon_vma, next->anon_vma))
    merge_right = FALSE;

  if (merge_left && merge_right)
    {
      /* prev absorbs vma and next. */
      dup_anon_vma (prev, vma->anon_vma);
      dup_anon_vma (prev, next->anon_vma);
      mms_vma_set_range (prev, prev->vm_start, next->vm_end, prev->vm_pgoff);
      mms_remove_vma (vma);
      mms_remove_vma (next);
      emit_vma (mm, MMS_EV_VMA_MERGE, prev, NULL);
      return prev;
    }
  if (merge_left)
    {
      dup_anon_vma (prev, vma->anon_vma);
      mms_vma_set_range (prev, prev->vm_start, end, prev->vm_pgoff);
      if (right_side)
        mms_remove_vma (vma);
      else
        {
          /* vma keeps [end, vm_end); prev grew to end. */
          mms_vma_set_range (vma, end, vma->vm_end,
                             vma->vm_pgoff + ((end - vma->vm_start) >> MMS_PAGE_SHIFT));
          emit_vma (mm, MMS_EV_VMA_ADJUST, vma, NULL);
        }
      emit_vma (mm, MMS_EV_VMA_MERGE, prev, NULL);
      return prev;
    }
  if (merge_right)
    {
      dup_anon_vma (next, vma->anon_vma);
      mms_vma_set_range (next, start, next->vm_end, pgoff);
      if (left_side)
        mms_remove_vma (vma);
      else
        {
          /* vma keeps [vm_start, start); next grew down to start. */
          mms_vma_set_range (vma, vma->vm_start, start, vma->vm_pgoff);
          emit_vma (mm, MMS_EV_VMA_ADJUST, vma, NULL);
        }
      emit_vma (mm, MMS_EV_VMA_MERGE, next, NULL);
      return next;
    }
  return NULL;
}

/* vma_modify(): merges [start, end) of VMA with NEWFLAGS into a neighbour,
 * or splits it out so that one VMA covers exactly [start, end).  Returns
 * that VMA, or NULL (ENOMEM). */
struct vm_area_struct *
mms_vma_modify (struct vm_area_struct *vma,
                guint64                start,
                guint64                end,
                gulong                 newflags)
{
  struct vm_area_struct *merged = mms_vma_merge_existing (vma, start, end, newflags);

  if (merged != NULL)
    return merged;
  if (vma->vm_start < start && mms_split_vma (vma, start, TRUE) == NULL)
    return NULL;
  if (vma->vm_end > end && mms_split_vma (vma, end, FALSE) == NULL)
    return NULL;
  return vma;
}

/* --- anon_vma ------------------------------------------------------------- */

/* anon_vma_compatible(): may A and B (A below B) share an anon_vma? */
static gboolean
anon_vma_compatible (const struct vm_area_struct *a,
                     const struct vm_area_struct *b)
{
  return a->vm_end == b->vm_start
         && a->vm_file == b->vm_file
         && ((a->vm_flags ^ b->vm_flags) & ~VM_ACCESS_FLAGS) == 0
         && b->vm_pgoff == a->vm_pgoff + ((b->vm_start - a->vm_start) >> MMS_PAGE_SHIFT);
}

/* anon_vma_prepare() -> find_mergeable_anon_vma(): reuse the next VMA's
 * anon_vma, else the previous one's, when compatible; else a new one. */
gboolean
mms_anon_vma_prepare (struct vm_area_struct *vma)
{
  struct mm_struct *mm = vma->vm_mm;
  MmsMachine *m = mm->machine;
  struct anon_vma *anon_vma = NULL;
  gboolean reused = FALSE;

  if (vma->anon_vma != NULL)
    return TRUE;

  if (vma->vm_next != NULL && vma->vm_next->anon_vma != NULL
      && anon_vma_compatible (vma, vma->vm_next))
    anon_vma = vma->vm_next->anon_vma;
  else if (vma->vm_prev != NULL && vma->vm_prev->anon_vma != NULL
           && anon_vma_compatible (vma->vm_prev, vma))
    anon_vma = vma->vm_prev->anon_vma;

  if (anon_vma != NULL)
    {
      anon_vma_get (anon_vma);
      reused = TRUE;
    }
  else
    {
      guint64 addr;
      if (!mms_kmem_cache_alloc (m, mms_kmem_cache_find (m, "anon_vma"), &addr))
        return FALSE;
      anon_vma = g_new0 (struct anon_vma, 1);
      anon_vma->id = ++m->next_anon_vma_id;
      anon_vma->refcount = 1;
      anon_vma->slab_addr = addr;
      g_ptr_array_add (m->anon_vmas, anon_vma);
    }
  vma->anon_vma = anon_vma;
  if (MMS_EMITTING (m))
    {
      MmsEvent ev = { .kind = MMS_EV_ANON_VMA_PREPARE, .mm = mm->id, .vma = vma->id,
                      .start = vma->vm_start, .end = vma->vm_end, .obj = anon_vma->id,
                      .count = reused, .addr = anon_vma->slab_addr };
      mms_machine_emit (m, &ev);
    }
  return TRUE;
}

/* --- The stack ------------------------------------------------------------ */

/* expand_stack() -> expand_downwards(): the stack may grow while it stays
 * within the 8 MiB rlimit and keeps the guard gap to the VMA below. */
gboolean
mms_expand_stack (struct vm_area_struct *vma,
                  guint64                addr)
{
  struct mm_struct *mm = vma->vm_mm;
  struct vm_area_struct *prev = vma->vm_prev;
  guint64 address = addr & MMS_PAGE_MASK;

  if (!(vma->vm_flags & VM_GROWSDOWN) || address >= vma->vm_start)
    return FALSE;
  if (address < MMS_MMAP_MIN_ADDR)
    return FALSE;
  if (vma->vm_end - address > MMS_STACK_RLIMIT)
    return FALSE;
  /* The guard gap: the VMA below must end at least stack_guard_gap under
   * the new start (unless it is a stack too). */
  if (prev != NULL && !(prev->vm_flags & VM_GROWSDOWN)
      && address - prev->vm_end < MMS_STACK_GUARD_GAP
      && prev->vm_end > address - MMS_STACK_GUARD_GAP)
    return FALSE;
  if (prev != NULL && prev->vm_end > address)
    return FALSE;

  mms_vma_set_range (vma, address, vma->vm_end,
                     vma->vm_pgoff - ((vma->vm_start - address) >> MMS_PAGE_SHIFT));
  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_EXPAND_STACK, .mm = mm->id, .vma = vma->id,
                      .start = vma->vm_start, .end = vma->vm_end, .addr = addr };
      mms_machine_emit (mm->machine, &ev);
    }
  return TRUE;
}

/* --- get_unmapped_area ---------------------------------------------------- */

/* vm_start_gap() / vm_end_gap(): a stack's guard gap belongs to it. */
static guint64
vm_start_gap (const struct vm_area_struct *vma)
{
  if ((vma->vm_flags & VM_GROWSDOWN) && vma->vm_start >= MMS_STACK_GUARD_GAP)
    return vma->vm_start - MMS_STACK_GUARD_GAP;
  if (vma->vm_flags & VM_GROWSDOWN)
    return 0;
  return vma->vm_start;
}

/* unmapped_area_topdown(): the highest gap in [low, high) that fits LEN,
 * found as Linux 6.x finds it, down the maple tree's gaps
 * (mms_mt_unmapped_area_topdown ()): a walk of the tree's height, where
 * the index's per-chunk gaps are read chunk by chunk (64,000 VMAs packed
 * under mmap_base made each mmap read a thousand chunks).  The tests check
 * both against a walk of the list. */
static guint64
unmapped_area_topdown (struct mm_struct *mm,
                       guint64           len,
                       guint64           low,
                       guint64           high)
{
  return mms_mt_unmapped_area_topdown (mm, len, low, high);
}

/* unmapped_area(): the lowest gap in [low, high) that fits LEN. */
static guint64
unmapped_area (struct mm_struct *mm,
               guint64           len,
               guint64           low,
               guint64           high)
{
  return mms_vma_index_gap_bottomup (mm->vma_index, len, low, high);
}

/* get_unmapped_area() for a non-fixed request, as
 * arch_get_unmapped_area_topdown() (or arch_get_unmapped_area() on
 * i386-legacy) does it: a free hint is used as is; otherwise top-down from
 * mmap_base, falling back to bottom-up from TASK_UNMAPPED_BASE.  Returns
 * the address or G_MAXUINT64 (ENOMEM). */
guint64
mms_get_unmapped_area (struct mm_struct *mm,
                       guint64           hint,
                       guint64           len)
{
  guint64 task_size = mm->task_size;
  guint64 addr = G_MAXUINT64;

  if (len > task_size - MMS_MMAP_MIN_ADDR)
    return G_MAXUINT64;

  if (hint != 0)
    {
      struct vm_area_struct *prev;
      struct vm_area_struct *vma;

      hint = (hint + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK;
      vma = mms_find_vma_prev (mm, hint, &prev);
      if (task_size - len >= hint && hint >= MMS_MMAP_MIN_ADDR
          && (vma == NULL || hint + len <= vm_start_gap (vma))
          && (prev == NULL || hint >= prev->vm_end))
        addr = hint;
    }

  if (addr == G_MAXUINT64)
    {
      if (mm->machine->arch == MMS_ARCH_PRESET_I386_LEGACY)
        addr = unmapped_area (mm, len, mm->mmap_base, task_size);
      else
        {
          guint64 low = MMS_PAGE_SIZE > MMS_MMAP_MIN_ADDR ? MMS_PAGE_SIZE : MMS_MMAP_MIN_ADDR;
          addr = unmapped_area_topdown (mm, len, low, mm->mmap_base);
          /* mas_empty_area_rev ()'s walk, for the maple view. */
          if (MMS_EMITTING (mm->machine))
            {
              MmsEvent ev = { .kind = MMS_EV_MT_EMPTY_AREA, .mm = mm->id, .count = len,
                              .start = low, .end = mm->mmap_base,
                              .addr = addr != G_MAXUINT64 ? addr + len : G_MAXUINT64 };
              mms_machine_emit (mm->machine, &ev);
            }
          if (addr == G_MAXUINT64)
            addr = unmapped_area (mm, len, mms_task_unmapped_base (mm->machine), task_size);
        }
    }

  if (MMS_EMITTING (mm->machine))
    {
      MmsEvent ev = { .kind = MMS_EV_GET_UNMAPPED_AREA, .mm = mm->id, .count = len,
                      .addr = addr, .start = hint };
      mms_machine_emit (mm->machine, &ev);
    }
  return addr;
}

/* find_vma_intersection(): the first VMA overlapping [start, end). */
struct vm_area_struct *
mms_find_vma_intersection (struct mm_struct *mm,
                           guint64           start,
                           guint64           end)
{
  struct vm_area_struct *vma = mms_find_vma (mm, start);

  if (vma != NULL && vma->vm_start < end)
    return vma;
  return NULL;
}

/* --- Checker --------------------------------------------------------------- */

static int
compare_vma_nodes (gconstpointer a,
                   gconstpointer b)
{
  const struct vm_area_struct *va = rb_entry ((struct rb_node *) a, struct vm_area_struct, vm_rb);
  const struct vm_area_struct *vb = rb_entry ((struct rb_node *) b, struct vm_area_struct, vm_rb);

  return va->vm_start < vb->vm_start ? -1 : va->vm_start > vb->vm_start;
}

#define FAIL(...) \
  G_STMT_START { \
    g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID, __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

gboolean
mms_check_vmas (struct mm_struct  *mm,
                GError           **error)
{
  g_autoptr(GError) rb_error = NULL;
  guint n_nodes = 0;
  gint length = 0;
  guint64 total = 0;
  struct rb_node *node;
  const struct vm_area_struct *prev = NULL;

  /* Invariant 1: the colours may be mid-rebalance while rb_busy. */
  if (mm->rb_busy == 0
      && !mms_rb_check (&mm->mm_rb, compare_vma_nodes, &n_nodes, &rb_error))
    FAIL ("mm %u: the VMA tree is broken: %s (invariant 1)", mm->id, rb_error->message);

  node = rb_first (&mm->mm_rb);
  for (const struct vm_area_struct *vma = mm->mmap; vma != NULL; vma = vma->vm_next)
    {
      length++;
      if (vma->vm_mm != mm)
        FAIL ("VMA %u points to another mm", vma->id);
      if (vma->vm_prev != prev)
        FAIL ("VMA %u has a wrong vm_prev", vma->id);
      /* While a node goes into or out of the tree, list and tree differ. */
      if (mm->rb_busy == 0)
        {
          if (node == NULL || rb_entry (node, struct vm_area_struct, vm_rb) != vma)
            FAIL ("VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x) is not at its "
                  "place in the tree (invariant 2)", vma->id, vma->vm_start, vma->vm_end);
          node = rb_next (node);
        }
      if ((vma->vm_start | vma->vm_end) & ~MMS_PAGE_MASK || vma->vm_start >= vma->vm_end)
        FAIL ("VMA %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x) is not a page-aligned "
              "range (invariant 3)", vma->id, vma->vm_start, vma->vm_end);
      if (vma->vm_end > mm->task_size)
        FAIL ("VMA %u ends above TASK_SIZE", vma->id);
      if (prev != NULL && prev->vm_end > vma->vm_start && mm->op_busy == 0)
        FAIL ("VMAs %u and %u overlap (invariant 3)", prev->id, vma->id);
      if (prev != NULL && (prev->vm_start > vma->vm_start
                           || (prev->vm_start == vma->vm_start && mm->op_busy == 0)))
        FAIL ("VMAs %u and %u are out of order (invariant 3)", prev->id, vma->id);
      if (mm->op_busy == 0 && prev != NULL && mms_vmas_mergeable (prev, vma)
          && !(prev->vm_end == mm->start_brk || vma->vm_start == mm->start_brk))
        FAIL ("VMAs %u [0x%" G_GINT64_MODIFIER "x, 0x%" G_GINT64_MODIFIER "x) and %u are "
              "neighbours that should have merged (invariant 4)", prev->id, prev->vm_start,
              prev->vm_end, vma->id);
      if (vma->anon_vma != NULL && vma->anon_vma->refcount == 0)
        FAIL ("VMA %u's anon_vma has no references", vma->id);
      if (mms_slab_of_addr (mm->machine, vma->slab_addr, NULL) == NULL)
        FAIL ("VMA %u's vm_area_struct is not a slab object (invariant 5)", vma->id);
      total += (guint64) vma_pages (vma);
      prev = vma;
    }
  if (mm->rb_busy == 0 && node != NULL)
    FAIL ("the tree has more nodes than the list (invariant 2)");
  if (mm->rb_busy == 0 && length != mm->map_count)
    FAIL ("mm %u: map_count is %d but the list has %d VMAs (invariant 2)", mm->id,
          mm->map_count, length);
  if (mm->rb_busy == 0 && n_nodes != (guint) length)
    FAIL ("mm %u: the tree has %u nodes, the list %d (invariant 2)", mm->id, n_nodes, length);
  if (!mms_vma_index_check (mm->vma_index, mm->mmap, error))
    return FALSE;
  if (mm->op_busy == 0 && !mms_check_mm_mt (mm, error))
    return FALSE;
  if (total != mm->total_vm)
    FAIL ("mm %u: total_vm is %" G_GUINT64_FORMAT " pages, the VMAs span %" G_GUINT64_FORMAT,
          mm->id, mm->total_vm, total);
  return TRUE;
}
