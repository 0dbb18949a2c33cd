/* mms-vma-index.c: a compact, cache-friendly search index of an mm's VMAs.
 *
 * find_vma() must stay fast with 65,530 VMAs.  A red-black tree of that
 * size is 17 levels of pointer chasing through VMAs spread over the heap:
 * about 17 cache misses per lookup.  Linux 6.x replaced the VMA rbtree by
 * the maple tree, a B-tree whose nodes hold many keys, for this reason.
 * The engine keeps the rbtree (the kernel's mm_rb, which the views show and
 * whose rotations are events) and adds this index in the maple tree's
 * spirit: the VMAs' start addresses in sorted chunks of up to CHUNK
 * entries, with an array of each chunk's first key on top.  A lookup is a
 * binary search of the top array (small, cache resident), one of a chunk,
 * and one VMA.
 *
 * Invariant (checked by mms_check_vmas): the index holds every VMA of the
 * mm exactly once, in list order, each under its vm_start.  Keys are
 * non-decreasing; two may be equal for an instant while a merge moves a
 * VMA's start onto its neighbour's, so removal finds an entry by its VMA.
 */
#include "mms-vma-index.h"

#define CHUNK 64

/* Chunks per block of the search for a gap (see block_gaps). */
#define BLOCK 32

/* Keys and VMAs in separate arrays: a search reads only keys. */
typedef struct
{
  guint n;
  gboolean dirty;           /* max_gap must be recomputed */
  guint64 max_gap;          /* the largest gap below one of its VMAs */
  guint64 key[CHUNK];
  guint64 end[CHUNK];       /* the VMAs' vm_end, as the maple tree keeps pivots */
  struct vm_area_struct *vma[CHUNK];
} Chunk;

struct _MmsVmaIndex
{
  Chunk **chunks;
  guint64 *firsts;          /* firsts[i] == chunks[i]->key[0] */
  /* gaps[i] == chunks[i]->max_gap, or G_MAXUINT64 while it is dirty: the
   * search for a gap skips the chunks too small for it on these two
   * arrays alone, without reading a chunk or a VMA (a cache miss each,
   * a thousand chunks for 64,000 VMAs). */
  guint64 *gaps;
  /* block_gaps[b] >= gaps[i] for every chunk i of block b (chunks
   * b * BLOCK to b * BLOCK + BLOCK - 1): the top-down search skips whole
   * blocks.  G_MAXUINT64 when unknown; the search makes it exact again
   * when it has read a whole block. */
  guint64 *block_gaps;
  guint n_chunks;
  guint cap;
  guint n;                  /* entries in all */
};

MmsVmaIndex *
mms_vma_index_new (void)
{
  return g_new0 (MmsVmaIndex, 1);
}

void
mms_vma_index_free (MmsVmaIndex *index)
{
  if (index == NULL)
    return;
  for (guint i = 0; i < index->n_chunks; i++)
    g_free (index->chunks[i]);
  g_free (index->chunks);
  g_free (index->firsts);
  g_free (index->gaps);
  g_free (index->block_gaps);
  g_free (index);
}

guint
mms_vma_index_size (MmsVmaIndex *index)
{
  return index->n;
}

/* The number of KEYS (sorted, N of them) that are <= key: a branch-free
 * binary search, whose steps the CPU does not have to guess. */
static inline guint
count_le (const guint64 *keys,
          guint          n,
          guint64        key)
{
  const guint64 *base = keys;

  if (n == 0)
    return 0;
  while (n > 1)
    {
      guint half = n / 2;
      base = base[half] <= key ? base + half : base;
      n -= half;
    }
  return (guint) (base - keys) + (*base <= key);
}

/* The last chunk whose first key is <= key (chunk 0 when none is). */
static inline guint
chunk_for (MmsVmaIndex *index,
           guint64      key)
{
  guint n = count_le (index->firsts, index->n_chunks, key);
  return n > 0 ? n - 1 : 0;
}

/* The number of entries of C with a key <= key. */
static inline guint
upper_bound (const Chunk *c,
             guint64      key)
{
  return count_le (c->key, c->n, key);
}

/* The blocks of chunks FROM to TO - 1 may have new gaps. */
static void
forget_block_gaps (MmsVmaIndex *index,
                   guint        from,
                   guint        to)
{
  for (guint b = from / BLOCK; b <= (to > 0 ? to - 1 : 0) / BLOCK; b++)
    index->block_gaps[b] = G_MAXUINT64;
}

static void
insert_chunk (MmsVmaIndex *index,
              guint        at,
              Chunk       *chunk)
{
  if (index->n_chunks == index->cap)
    {
      index->cap = MAX (8, index->cap * 2);
      index->chunks = g_renew (Chunk *, index->chunks, index->cap);
      index->firsts = g_renew (guint64, index->firsts, index->cap);
      index->gaps = g_renew (guint64, index->gaps, index->cap);
      index->block_gaps = g_renew (guint64, index->block_gaps, index->cap / BLOCK + 1);
    }
  memmove (&index->chunks[at + 1], &index->chunks[at], (index->n_chunks - at) * sizeof (Chunk *));
  memmove (&index->firsts[at + 1], &index->firsts[at], (index->n_chunks - at) * sizeof (guint64));
  memmove (&index->gaps[at + 1], &index->gaps[at], (index->n_chunks - at) * sizeof (guint64));
  index->gaps[at] = G_MAXUINT64;
  forget_block_gaps (index, at, index->n_chunks + 1);
  index->chunks[at] = chunk;
  index->firsts[at] = chunk->n > 0 ? chunk->key[0] : 0;
  index->n_chunks++;
  chunk->dirty = TRUE;
}

static void
remove_chunk (MmsVmaIndex *index,
              guint        at)
{
  g_free (index->chunks[at]);
  memmove (&index->chunks[at], &index->chunks[at + 1], (index->n_chunks - at - 1) * sizeof (Chunk *));
  memmove (&index->firsts[at], &index->firsts[at + 1], (index->n_chunks - at - 1) * sizeof (guint64));
  memmove (&index->gaps[at], &index->gaps[at + 1], (index->n_chunks - at - 1) * sizeof (guint64));
  forget_block_gaps (index, at, index->n_chunks);
  index->n_chunks--;
}

/* The gap below a VMA depends on it and on the VMA before it: a change
 * to a VMA makes its chunk's and the next chunk's max_gap stale. */
static void
mark_dirty (MmsVmaIndex *index,
            guint        ci)
{
  for (guint i = ci > 0 ? ci - 1 : 0; i <= ci + 1 && i < index->n_chunks; i++)
    {
      index->chunks[i]->dirty = TRUE;
      index->gaps[i] = G_MAXUINT64;
      index->block_gaps[i / BLOCK] = G_MAXUINT64;
    }
}

void
mms_vma_index_touch (MmsVmaIndex           *index,
                     struct vm_area_struct *vma)
{
  guint ci;

  if (index->n_chunks == 0)
    return;
  ci = chunk_for (index, vma->vm_start);
  mark_dirty (index, ci);
  /* Refresh the copy of vm_end (an equal key may sit one chunk lower). */
  for (guint k = 0; k < 2; k++, ci--)
    {
      Chunk *c = index->chunks[ci];
      guint pos = count_le (c->key, c->n, vma->vm_start);

      while (pos > 0 && c->key[pos - 1] == vma->vm_start)
        {
          if (c->vma[pos - 1] == vma)
            {
              c->end[pos - 1] = vma->vm_end;
              return;
            }
          pos--;
        }
      if (ci == 0)
        break;
    }
}

void
mms_vma_index_insert (MmsVmaIndex           *index,
                      struct vm_area_struct *vma)
{
  guint64 key = vma->vm_start;
  guint ci, pos;
  Chunk *c;

  if (index->n_chunks == 0)
    insert_chunk (index, 0, g_new0 (Chunk, 1));
  ci = chunk_for (index, key);
  c = index->chunks[ci];
  if (c->n == CHUNK)
    {
      /* Split the full chunk in halves. */
      Chunk *upper = g_new0 (Chunk, 1);
      upper->n = CHUNK / 2;
      memcpy (upper->key, &c->key[CHUNK / 2], (CHUNK / 2) * sizeof (guint64));
      memcpy (upper->end, &c->end[CHUNK / 2], (CHUNK / 2) * sizeof (guint64));
      memcpy (upper->vma, &c->vma[CHUNK / 2], (CHUNK / 2) * sizeof (gpointer));
      c->n = CHUNK / 2;
      insert_chunk (index, ci + 1, upper);
      if (key >= upper->key[0])
        c = upper, ci++;
    }
  pos = upper_bound (c, key);
  memmove (&c->key[pos + 1], &c->key[pos], (c->n - pos) * sizeof (guint64));
  memmove (&c->end[pos + 1], &c->end[pos], (c->n - pos) * sizeof (guint64));
  memmove (&c->vma[pos + 1], &c->vma[pos], (c->n - pos) * sizeof (gpointer));
  c->key[pos] = key;
  c->end[pos] = vma->vm_end;
  c->vma[pos] = vma;
  c->n++;
  index->firsts[ci] = c->key[0];
  index->n++;
  mark_dirty (index, ci);
}

/* Removes VMA, filed under KEY. */
static void
remove_entry (MmsVmaIndex           *index,
              struct vm_area_struct *vma,
              guint64                key)
{
  guint ci = chunk_for (index, key);

  /* An equal key may sit at the end of the chunk before. */
  for (guint k = 0; k < 2; k++, ci--)
    {
      Chunk *c = index->chunks[ci];
      guint pos = upper_bound (c, key);

      while (pos > 0 && c->key[pos - 1] == key)
        {
          if (c->vma[pos - 1] == vma)
            {
              pos--;
              memmove (&c->key[pos], &c->key[pos + 1], (c->n - pos - 1) * sizeof (guint64));
              memmove (&c->end[pos], &c->end[pos + 1], (c->n - pos - 1) * sizeof (guint64));
              memmove (&c->vma[pos], &c->vma[pos + 1], (c->n - pos - 1) * sizeof (gpointer));
              c->n--;
              index->n--;
              if (c->n == 0)
                remove_chunk (index, ci);
              else
                index->firsts[ci] = c->key[0];
              mark_dirty (index, MIN (ci, index->n_chunks));
              return;
            }
          pos--;
        }
      if (ci == 0)
        break;
    }
  g_assert_not_reached ();
}

void
mms_vma_index_remove (MmsVmaIndex           *index,
                      struct vm_area_struct *vma)
{
  remove_entry (index, vma, vma->vm_start);
}

void
mms_vma_index_rekey (MmsVmaIndex           *index,
                     struct vm_area_struct *vma,
                     guint64                old_start)
{
  if (old_start == vma->vm_start)
    return;
  remove_entry (index, vma, old_start);
  mms_vma_index_insert (index, vma);
}

/* find_vma(): the first VMA with vm_end > addr.  It is the VMA with the
 * largest start <= addr when that one ends above addr, else the one after
 * it. */
struct vm_area_struct *
mms_vma_index_find (MmsVmaIndex *index,
                    guint64      addr)
{
  guint ci;
  guint pos;
  Chunk *c;

  if (index->n == 0)
    return NULL;
  ci = chunk_for (index, addr);
  c = index->chunks[ci];
  pos = upper_bound (c, addr);
  if (pos > 0 && c->end[pos - 1] > addr)
    return c->vma[pos - 1];
  /* The entry after. */
  if (pos < c->n)
    return c->vma[pos];
  if (ci + 1 < index->n_chunks)
    return index->chunks[ci + 1]->vma[0];
  return NULL;
}

/* --- Gaps for get_unmapped_area() ---------------------------------------

 * Each chunk caches the largest gap below one of its VMAs (from the end of
 * the VMA before to the VMA's start, less a stack's guard gap), recomputed
 * lazily after a change.  A search skips every chunk whose largest gap is
 * too small, so filling an address space with 65,530 VMAs is no longer
 * quadratic; the answer is the one the VMA-by-VMA walk gives. */

/* vm_start_gap(): a stack's guard gap belongs to it. */
static inline guint64
start_gap (const struct vm_area_struct *vma)
{
  if (vma->vm_flags & VM_GROWSDOWN)
    return vma->vm_start >= MMS_STACK_GUARD_GAP ? vma->vm_start - MMS_STACK_GUARD_GAP : 0;
  return vma->vm_start;
}

/* The VMA before entry I of chunk CI, or NULL. */
static inline struct vm_area_struct *
prev_of (MmsVmaIndex *index,
         guint        ci,
         guint        i)
{
  if (i > 0)
    return index->chunks[ci]->vma[i - 1];
  if (ci > 0)
    return index->chunks[ci - 1]->vma[index->chunks[ci - 1]->n - 1];
  return NULL;
}

static void
refresh (MmsVmaIndex *index,
         guint        ci)
{
  Chunk *c = index->chunks[ci];
  guint64 best = 0;

  for (guint i = 0; i < c->n; i++)
    {
      struct vm_area_struct *prev = prev_of (index, ci, i);
      guint64 lo = prev != NULL ? prev->vm_end : 0;
      guint64 hi = start_gap (c->vma[i]);
      if (hi > lo && hi - lo > best)
        best = hi - lo;
    }
  c->max_gap = best;
  c->dirty = FALSE;
  index->gaps[ci] = best;
}

guint64
mms_vma_index_gap_topdown (MmsVmaIndex *index,
                           guint64      len,
                           guint64      low,
                           guint64      high)
{
  guint64 start, end;

  /* The gap above the last VMA. */
  if (index->n == 0)
    start = low;
  else
    {
      Chunk *last = index->chunks[index->n_chunks - 1];
      start = MAX (last->vma[last->n - 1]->vm_end, low);
    }
  if (high > start && high - start >= len)
    return high - len;
  if (index->n == 0)
    return G_MAXUINT64;
  {
    Chunk *last = index->chunks[index->n_chunks - 1];
    if (last->vma[last->n - 1]->vm_end <= low)
      return G_MAXUINT64;
  }

  for (guint b = (index->n_chunks - 1) / BLOCK + 1; b-- > 0; )
    {
      guint first = b * BLOCK, stop = MIN (first + BLOCK, index->n_chunks);
      guint64 block_gap = 0;

      /* Too small, and known to be: the top arrays tell.  When the block
       * (or the chunk) starts at or below LOW, so do all the gaps below
       * it.  (When only the VMA before it ends below LOW, the next round
       * stops.) */
      if (index->block_gaps[b] < len)
        {
          if (index->firsts[first] <= low)
            return G_MAXUINT64;
          continue;
        }
      for (guint ci = stop; ci-- > first; )
    {
      Chunk *c;

      if (index->gaps[ci] < len)
        {
          block_gap = MAX (block_gap, index->gaps[ci]);
          if (index->firsts[ci] <= low)
            return G_MAXUINT64;
          continue;
        }
      c = index->chunks[ci];
      if (c->dirty)
        refresh (index, ci);
      block_gap = MAX (block_gap, c->max_gap);
      if (c->max_gap < len)
        {
          struct vm_area_struct *before = prev_of (index, ci, 0);
          if (before == NULL || before->vm_end <= low)
            return G_MAXUINT64;
          continue;
        }
      for (guint i = c->n; i-- > 0; )
        {
          struct vm_area_struct *prev = prev_of (index, ci, i);
          start = MAX (prev != NULL ? prev->vm_end : 0, low);
          end = MIN (start_gap (c->vma[i]), high);
          if (end > start && end - start >= len)
            return end - len;
          if (prev == NULL || prev->vm_end <= low)
            return G_MAXUINT64;
        }
    }
      /* Every chunk of the block was read and none had room: its gaps
       * are all known now. */
      index->block_gaps[b] = block_gap;
    }
  return G_MAXUINT64;
}

guint64
mms_vma_index_gap_bottomup (MmsVmaIndex *index,
                            guint64      len,
                            guint64      low,
                            guint64      high)
{
  guint64 gap_start = low;

  for (guint ci = 0; ci < index->n_chunks; ci++)
    {
      Chunk *c = index->chunks[ci];

      if (c->dirty)
        refresh (index, ci);
      if (c->max_gap < len)
        {
          struct vm_area_struct *last = c->vma[c->n - 1];
          if (start_gap (last) >= high)
            return G_MAXUINT64;
          gap_start = MAX (gap_start, last->vm_end);
          continue;
        }
      for (guint i = 0; i < c->n; i++)
        {
          struct vm_area_struct *vma = c->vma[i];
          guint64 gap_end = start_gap (vma);
          guint64 start = MAX (gap_start, low);
          guint64 end = MIN (gap_end, high);

          if (end > start && end - start >= len)
            return start;
          if (gap_end >= high)
            return G_MAXUINT64;
          gap_start = MAX (gap_start, vma->vm_end);
        }
    }
  /* The gap above the last VMA. */
  {
    guint64 start = MAX (gap_start, low);
    if (high > start && high - start >= len)
      return start;
  }
  return G_MAXUINT64;
}

gboolean
mms_vma_index_check (MmsVmaIndex           *index,
                     struct vm_area_struct *first,
                     GError               **error)
{
  struct vm_area_struct *vma = first;
  guint count = 0;

  for (guint ci = 0; ci < index->n_chunks; ci++)
    {
      Chunk *c = index->chunks[ci];

      if (c->n == 0 || c->n > CHUNK || index->firsts[ci] != c->key[0]
          || index->gaps[ci] != (c->dirty ? G_MAXUINT64 : c->max_gap)
          || index->block_gaps[ci / BLOCK] < index->gaps[ci])
        {
          g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID, "VMA index chunk %u is malformed", ci);
          return FALSE;
        }
      for (guint i = 0; i < c->n; i++, count++)
        {
          if (vma == NULL || c->vma[i] != vma || c->key[i] != vma->vm_start
              || c->end[i] != vma->vm_end)
            {
              g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                           "the VMA index differs from the list at entry %u", count);
              return FALSE;
            }
          vma = vma->vm_next;
        }
    }
  if (vma != NULL || count != index->n)
    {
      g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID,
                   "the VMA index holds %u VMAs, the list more", count);
      return FALSE;
    }
  return TRUE;
}
