/* mms-call-chain.c: recovering the nesting of kernel functions from the
 * flat event stream of one step.
 *
 * The engine emits an event when a modelled kernel function does
 * something; it does not emit "enter" and "leave".  The nesting is still
 * in the order of the events, because every operation is emitted in the
 * order the kernel performs it:
 *
 *   - __alloc_pages opens at ALLOC_PAGES and returns at ALLOC_DONE or
 *     ALLOC_FAIL; __rmqueue_smallest (RMQUEUE) and its expand()s, and
 *     try_to_free_pages (RECLAIM), run inside it;
 *   - the caller of an allocation is the event that uses the frames right
 *     after it: cache_grow, __pte_alloc, do_anonymous_page, wp_page_copy,
 *     do_swap_page, filemap_fault;
 *   - kmem_cache_alloc opens at the allocation of its new slab, if it
 *     grows the cache, and returns at CACHE_ALLOC; its caller is the event
 *     that uses the object (copy_process, mm_alloc, vma_link,
 *     anon_vma_prepare);
 *   - __free_pages opens at FREE_PAGES and returns at FREE_LIST_ADD;
 *   - handle_mm_fault opens at FAULT and returns at the event of its
 *     handler (do_anonymous_page, do_wp_page, do_swap_page, do_fault),
 *     found by looking ahead in the step;
 *   - dup_mmap opens at DUP_MMAP (inside copy_process) and runs to the end
 *     of the fork; vma_link's tree events (rb_link_node, rotations and
 *     recolourings) follow VMA_INSERT; do_mmap runs from
 *     get_unmapped_area to the end of the mmap.
 *
 * Each rule adds a span [start, end] named after a function.  The chain at
 * event I is the names of the spans that contain I, outermost (earliest
 * start, then latest end) first, then the event's own function; a name
 * repeated next to itself is said once.
 */
#include "mms-config.h"

#include "mms-call-chain.h"

#include <string.h>

typedef struct
{
  guint start, end;
  guint seq;                /* order of creation, for equal spans */
  const char *name;
} Span;

struct _MmsCallChain
{
  MmsEvent *events;
  guint n_events;
  GArray *spans;            /* Span, sorted */
};

static void
add_span (MmsCallChain *chain,
          guint         start,
          guint         end,
          const char   *name)
{
  Span span = { start, MAX (start, end), chain->spans->len, name };

  g_array_append_val (chain->spans, span);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static MmsEventKind
kind_at (MmsCallChain *chain,
         guint         i)
{
  return chain->events[i].kind;
}

/* Events that begin a new operation of the step: a fault, a fork, an mmap,
 * an exit. */
static gboolean
is_root (MmsEventKind kind)
{
  switch (kind)
    {
    case MMS_EV_FAULT:
    case MMS_EV_TASK_NEW:
    case MMS_EV_GET_UNMAPPED_AREA:
    case MMS_EV_EXIT_MMAP:
    case MMS_EV_TASK_EXIT:
    case MMS_EV_OOM_KILL:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The last event of the operation that event I is part of. */
static guint
segment_end (MmsCallChain *chain,
             guint         i)
{
  for (guint j = i + 1; j < chain->n_events; j++)
    if (is_root (kind_at (chain, j)))
      return j - 1;
  return chain->n_events > 0 ? chain->n_events - 1 : 0;
}

/* The first event after I (up to LIMIT) of one of the N KINDS, or G_MAXUINT. */
static guint
find_next (MmsCallChain       *chain,
           guint               i,
           guint               limit,
           const MmsEventKind *kinds,
           guint               n)
{
  for (guint j = i + 1; j <= limit && j < chain->n_events; j++)
    for (guint k = 0; k < n; k++)
      if (kind_at (chain, j) == kinds[k])
        return j;
  return G_MAXUINT;
}

static gboolean
is_tree_event (MmsEventKind kind)
{
  return kind == MMS_EV_RB_INSERT || kind == MMS_EV_RB_ERASE || kind == MMS_EV_RB_ROTATE_LEFT
         || kind == MMS_EV_RB_ROTATE_RIGHT || kind == MMS_EV_RB_RECOLOR || kind == MMS_EV_RB_REPLACE;
}

/* The consumer of frames handed out at ALLOC_DONE index E: the event right
 * after it (past the LRU), when it is one that allocates frames. */
static void
add_alloc_caller (MmsCallChain *chain,
                  guint         start,
                  guint         e)
{
  guint c = e + 1;

  while (c < chain->n_events && kind_at (chain, c) == MMS_EV_LRU_ADD)
    c++;
  if (c >= chain->n_events)
    return;
  switch (kind_at (chain, c))
    {
    case MMS_EV_CACHE_GROW:
    case MMS_EV_PTE_ALLOC:
    case MMS_EV_ANON_PAGE:
    case MMS_EV_WP_COPY:
    case MMS_EV_SWAP_IN:
    case MMS_EV_FILE_FAULT:
    case MMS_EV_PAGE_CACHE_ADD:
    case MMS_EV_KMALLOC:
      add_span (chain, start, c, mms_event_function (kind_at (chain, c)));
      break;
    default:
      break;
    }
}

/* The user of the object that kmem_cache_alloc returned at index A. */
static void
add_cache_caller (MmsCallChain *chain,
                  guint         start,
                  guint         a)
{
  guint c = a + 1;

  if (c >= chain->n_events)
    return;
  switch (kind_at (chain, c))
    {
    case MMS_EV_TASK_NEW:
    case MMS_EV_MM_ALLOC:
    case MMS_EV_VMA_INSERT:
    case MMS_EV_VMA_SPLIT:
    case MMS_EV_ANON_VMA_PREPARE:
      add_span (chain, start, c, mms_event_function (kind_at (chain, c)));
      break;
    default:
      break;
    }
}

static const char *
fault_handler (MmsEventKind kind)
{
  switch (kind)
    {
    case MMS_EV_ANON_PAGE:
    case MMS_EV_ZERO_PAGE_MAP:
      return "do_anonymous_page";
    case MMS_EV_WP_COPY:
    case MMS_EV_WP_REUSE:
      return "do_wp_page";
    case MMS_EV_SWAP_IN:
      return "do_swap_page";
    case MMS_EV_FILE_FAULT:
      return "do_fault";
    default:
      return NULL;
    }
}

static void
analyse (MmsCallChain *chain)
{
  static const MmsEventKind alloc_end[] = { MMS_EV_ALLOC_DONE, MMS_EV_ALLOC_FAIL };
  static const MmsEventKind rmqueue_end[] = { MMS_EV_RMQUEUE, MMS_EV_ALLOC_DONE, MMS_EV_ALLOC_FAIL };
  static const MmsEventKind free_end[] = { MMS_EV_FREE_LIST_ADD };
  static const MmsEventKind cache_alloc[] = { MMS_EV_CACHE_ALLOC };
  guint n = chain->n_events;

  for (guint i = 0; i < n; i++)
    {
      const MmsEvent *ev = &chain->events[i];
      guint e, j;

      switch (ev->kind)
        {
        case MMS_EV_ALLOC_PAGES:
          e = find_next (chain, i, n - 1, alloc_end, G_N_ELEMENTS (alloc_end));
          if (e == G_MAXUINT)
            e = n - 1;
          else
            add_alloc_caller (chain, i, e);
          add_span (chain, i, e, "__alloc_pages");
          break;

        case MMS_EV_RMQUEUE:
          /* __rmqueue_smallest and the expand()s that follow it. */
          for (j = i; j + 1 < n && kind_at (chain, j + 1) == MMS_EV_EXPAND; j++)
            ;
          add_span (chain, i, j, "get_page_from_freelist");
          add_span (chain, i, j, "__rmqueue_smallest");
          break;

        case MMS_EV_RECLAIM:
          e = find_next (chain, i, n - 1, rmqueue_end, G_N_ELEMENTS (rmqueue_end));
          add_span (chain, i, e == G_MAXUINT ? n - 1 : e - 1, "try_to_free_pages");
          break;

        case MMS_EV_SWAP_OUT:
        case MMS_EV_WRITEBACK:
          add_span (chain, i, i, "shrink_folio_list");
          break;

        case MMS_EV_CACHE_GROW:
          {
            guint start = i;

            /* The new slab's frames were allocated just before. */
            if (i > 0 && kind_at (chain, i - 1) == MMS_EV_ALLOC_DONE)
              for (j = i - 1; j-- > 0;)
                if (kind_at (chain, j) == MMS_EV_ALLOC_PAGES)
                  {
                    start = j;
                    break;
                  }
            e = find_next (chain, i, n - 1, cache_alloc, 1);
            if (e != G_MAXUINT)
              {
                add_span (chain, start, e, "kmem_cache_alloc");
                add_cache_caller (chain, start, e);
              }
          }
          break;

        case MMS_EV_CACHE_ALLOC:
          /* Without a new slab: the object comes straight off a list. */
          if (i == 0 || (kind_at (chain, i - 1) != MMS_EV_SLAB_MOVE && kind_at (chain, i - 1) != MMS_EV_CACHE_GROW))
            add_cache_caller (chain, i, i);
          break;

        case MMS_EV_KMALLOC:
          e = find_next (chain, i, MIN (n - 1, i + 64), cache_alloc, 1);
          if (e != G_MAXUINT)
            add_span (chain, i, e, "kmalloc");
          break;

        case MMS_EV_FREE_PAGES:
          e = find_next (chain, i, n - 1, free_end, 1);
          add_span (chain, i, e == G_MAXUINT ? i : e, "__free_pages");
          break;

        case MMS_EV_FAULT:
          {
            guint end = segment_end (chain, i);
            guint h = G_MAXUINT;

            for (j = i + 1; j <= end; j++)
              if (fault_handler (kind_at (chain, j)) != NULL || kind_at (chain, j) == MMS_EV_SEGV)
                {
                  h = j;
                  break;
                }
            add_span (chain, i, h != G_MAXUINT ? h : end, "handle_mm_fault");
            if (h != G_MAXUINT && fault_handler (kind_at (chain, h)) != NULL)
              add_span (chain, i + 1 <= h ? i + 1 : h, h, fault_handler (kind_at (chain, h)));
          }
          break;

        case MMS_EV_TASK_NEW:
          add_span (chain, i, segment_end (chain, i), "copy_process");
          break;

        case MMS_EV_DUP_MMAP:
          e = segment_end (chain, i);
          add_span (chain, i, e, "dup_mmap");
          /* copy_page_range: each run of copied entries. */
          for (j = i + 1; j <= e; j++)
            if (kind_at (chain, j) == MMS_EV_COPY_PTE || kind_at (chain, j) == MMS_EV_PTE_WRPROTECT)
              {
                guint k = j;

                while (k + 1 <= e && (kind_at (chain, k + 1) == MMS_EV_COPY_PTE
                                      || kind_at (chain, k + 1) == MMS_EV_PTE_WRPROTECT))
                  k++;
                add_span (chain, j, k, "copy_page_range");
                j = k;
              }
          break;

        case MMS_EV_GET_UNMAPPED_AREA:
          e = segment_end (chain, i);
          add_span (chain, i, e, "do_mmap");
          if (i + 1 <= e)
            add_span (chain, i + 1, e, "mmap_region");
          break;

        case MMS_EV_EXIT_MMAP:
          add_span (chain, i, segment_end (chain, i), "exit_mmap");
          break;

        case MMS_EV_VMA_INSERT:
        case MMS_EV_RB_ERASE:
          for (j = i; j + 1 < n && is_tree_event (kind_at (chain, j + 1))
                      && kind_at (chain, j + 1) != MMS_EV_RB_ERASE; j++)
            ;
          if (ev->kind == MMS_EV_VMA_INSERT)
            {
              add_span (chain, i, j, "vma_link");
              if (i + 2 <= j)
                add_span (chain, i + 2, j, "rb_insert_color");
            }
          else
            {
              add_span (chain, i, j, "rb_erase");
              if (i + 1 <= j)
                add_span (chain, i + 1, j, "____rb_erase_color");
            }
          break;

        default:
          break;
        }
    }
  g_array_sort (chain->spans, compare_spans);
}

MmsCallChain *
mms_call_chain_new (const MmsEvent *events,
                    guint           n_events)
{
  MmsCallChain *chain;

  g_return_val_if_fail (events != NULL || n_events == 0, NULL);

  chain = g_new0 (MmsCallChain, 1);
  chain->events = g_memdup2 (events, sizeof (MmsEvent) * n_events);
  chain->n_events = n_events;
  chain->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  analyse (chain);
  return chain;
}

void
mms_call_chain_free (MmsCallChain *chain)
{
  if (chain == NULL)
    return;
  g_array_unref (chain->spans);
  g_free (chain->events);
  g_free (chain);
}

guint
mms_call_chain_get_n_events (MmsCallChain *chain)
{
  g_return_val_if_fail (chain != NULL, 0);
  return chain->n_events;
}

const char **
mms_call_chain_get (MmsCallChain *chain,
                    guint         index)
{
  GPtrArray *names;
  const char *leaf;

  g_return_val_if_fail (chain != NULL, NULL);
  g_return_val_if_fail (index < chain->n_events, NULL);

  names = g_ptr_array_new ();
  for (guint s = 0; s < chain->spans->len; s++)
    {
      const Span *span = &g_array_index (chain->spans, Span, s);

      if (span->start > index)
        break;
      if (span->end < index)
        continue;
      if (names->len == 0 || strcmp (names->pdata[names->len - 1], span->name) != 0)
        g_ptr_array_add (names, (gpointer) span->name);
    }
  leaf = mms_event_function (chain->events[index].kind);
  if (names->len == 0 || strcmp (names->pdata[names->len - 1], leaf) != 0)
    g_ptr_array_add (names, (gpointer) leaf);
  g_ptr_array_add (names, NULL);
  return (const char **) g_ptr_array_free (names, FALSE);
}

char *
mms_call_chain_format (MmsCallChain *chain,
                       guint         index)
{
  g_autofree const char **names = NULL;

  g_return_val_if_fail (chain != NULL, NULL);
  g_return_val_if_fail (index < chain->n_events, NULL);

  names = mms_call_chain_get (chain, index);
  return g_strjoinv (" → ", (char **) names);
}
