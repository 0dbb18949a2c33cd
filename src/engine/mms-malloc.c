/* mms-malloc.c: glibc 2.36's malloc for the main arena (malloc/malloc.c).
 *
 * The model keeps the allocator's data structures as glibc keeps them, but
 * as host objects: every chunk of the heap is an MmsChunk (address, size,
 * PREV_INUSE bit, the prev_size its free neighbour below wrote), the bins
 * are the arena's circular doubly-linked lists with their headers, the
 * large bins keep their fd_nextsize/bk_nextsize skip lists, the tcache and
 * the fastbins are singly-linked stacks.  The algorithms are glibc's: each
 * function below names the one it models (__libc_malloc, _int_malloc,
 * _int_free, malloc_consolidate, sysmalloc, systrim, _int_realloc,
 * __libc_calloc...), and takes every decision glibc takes in the same
 * order, so that chunks land at the same addresses.
 *
 * What glibc writes into the process's memory is written through the
 * engine (mms_touch), after the data structures are updated: chunk headers
 * (set_head, set_foot, the PREV_INUSE bit of the next chunk), list links,
 * the tcache's counts, entries, next and key, tcache_init's memset,
 * calloc's clearing and realloc's memcpy.  The writes of one call are
 * collected and applied in order at its end, one touch a page, so that a
 * write that kills the process (out of memory) cannot leave the model half
 * updated.
 *
 * Invariants (checked by mms_check_malloc after every event in the tests):
 *   1. The heap's chunks tile [sbrk_base (aligned), top + top size) with no
 *      gap, and the top chunk ends at the break (unless a foreign brk moved
 *      it, which glibc then notices).
 *   2. Every chunk's PREV_INUSE bit is clear exactly when the chunk below
 *      it is in a doubly-linked bin (unsorted, small, large), and then its
 *      prev_size is that chunk's size.
 *   3. No two neighbours are both in doubly-linked bins (they coalesce),
 *      and no such chunk borders the top.
 *   4. Every bin's list is circular and consistent (fd->bk == self), holds
 *      chunks of its state and size class only; large bins are sorted by
 *      size, largest first, and their nextsize lists link the first chunk
 *      of each size.
 *   5. The tcache counts are the lengths of its stacks (at most 7), every
 *      tcache and fastbin chunk has the bin's size, the binmap bit of every
 *      non-empty bin is set.
 *   6. mmapped chunks are page-aligned and n_mmaps counts them (their
 *      mappings are the program's to unmap behind glibc's back).
 * After glibc did not notice a double free the heap is corrupt (as in the
 * real process); the checker then keeps to invariant 1.
 */
#include "mms-config.h"

#include <errno.h>
#include <string.h>

#include "mms-i18n.h"
#include "mms-machine.h"
#include "mms-malloc.h"
#include "mms-mm-private.h"
#include "mms-process.h"

#define SIZE_SZ     MMS_MALLOC_SIZE_SZ
#define CHUNK_HDR   MMS_MALLOC_CHUNK_HDR
#define ALIGN_MASK  (MMS_MALLOC_ALIGNMENT - 1)
#define MINSIZE     MMS_MALLOC_MINSIZE
#define NBINS       MMS_MALLOC_NBINS
#define NFASTBINS   MMS_MALLOC_NFASTBINS
#define TC_BINS     MMS_MALLOC_TCACHE_BINS
#define TC_COUNT    MMS_MALLOC_TCACHE_COUNT
#define PAGE        MMS_PAGE_SIZE
#define BINMAPSIZE  (NBINS / 32)
#define MAX_ITERS   10000
#define N_MMAPS_MAX 65536
#define PTRDIFF_MAX_64 G_GUINT64_CONSTANT (0x7fffffffffffffff)
/* The size of struct tcache_perthread_struct: 64 counts, 64 entries. */
#define TCACHE_STRUCT_SIZE (TC_BINS * 2 + TC_BINS * 8)

struct mms_chunk
{
  guint64 addr;
  guint64 size;
  guint64 prev_size;        /* what set_foot of the chunk below wrote */
  guint id;
  guint8 prev_inuse;
  guint8 state;             /* MmsChunkState */
  guint8 bin;
  guint8 clobbered;         /* the program wrote over its links while free */
  guint64 clobber_len;      /* the usable size it had when freed */
  /* Doubly-linked bins; a bin's header is a chunk of the state too. */
  MmsChunk *fd, *bk;
  MmsChunk *fd_nextsize, *bk_nextsize;
};

typedef struct
{
  guint64 addr;
  guint64 len;
  gboolean read;            /* memcpy's source */
} Write;

/* The writes of one call, in order (one buffer for every call: the engine
 * runs on one thread). */
typedef struct
{
  Write *w;
  guint len, cap;
  guint64 last_page;        /* the page of the last write kept, if one page */
} Writes;

struct mms_malloc_state
{
  GHashTable *chunks;       /* addr -> MmsChunk: heap chunks but top, mmapped chunks */
  MmsChunk *top;            /* NULL until sysmalloc (initial_top) */
  MmsChunk bins[NBINS];     /* bin headers; bins[1] is the unsorted bin */
  guint32 binmap[BINMAPSIZE];
  /* The fastbins, top of each stack last; duplicates are possible after an
   * unnoticed double free. */
  GArray *fastbins[NFASTBINS];   /* MmsChunk * */
  /* The tcache (tcache_perthread_struct), top of each stack last. */
  guint64 tcache;           /* its address (the chunk's user pointer), 0 before tcache_init */
  MmsChunk *tcache_entries[TC_BINS][TC_COUNT];
  guint16 tcache_counts[TC_BINS];
  /* After a use after free, a bin's head pointer is garbage once the
   * overwritten chunk is taken: a get that finds the stack at this depth
   * reads it and aborts (0 for the tcache, -1 for the fastbins: none). */
  guint16 tcache_poison[TC_BINS];
  gint fastbin_poison[NFASTBINS];
  gboolean have_fastchunks;
  gboolean noncontiguous;
  MmsChunk *last_remainder;
  guint64 sbrk_base, system_mem, max_system_mem;
  guint64 curbrk;           /* libc's __curbrk, 0 before the first sbrk */
  /* mp_ */
  guint64 mmap_threshold, trim_threshold, top_pad;
  gboolean no_dyn_threshold;
  guint64 n_mmaps, mmapped_mem;
  guint next_id;
  gboolean corrupt;         /* glibc did not notice a double free */
  gboolean busy;            /* a call is half done: the checker waits */
  /* The PTE slots of the two pages written last (the tcache's struct and
   * the chunk of the moment), valid while mm->pgtable_frees is pte_epoch
   * (+1: none is valid; a copy of the state starts with none). */
  guint64 pte_page[2];
  guint64 *pte_slot[2];
  guint pte_epoch;
  gboolean pte_valid;
  /* The program's names for pointers (`as NAME`), in binding order. */
  GHashTable *names;        /* char * -> MmsAllocName * */
  GPtrArray *name_order;    /* char *, owned by names */
};

/* What a name of the program stands for. */
typedef struct
{
  guint64 ptr;              /* 0: NULL */
  guint64 usable;           /* malloc_usable_size when it was bound or freed */
  gboolean freed;
} MmsAllocName;

/* One call's context: the task, its heap, the writes to apply. */
typedef struct
{
  struct task_struct *task;
  struct mm_struct *mm;
  MmsMachine *machine;
  struct mms_malloc_state *av;
  Writes *writes;
  const char *abort;        /* malloc_printerr's message, static */
  int err;
} Ctx;

/* --- Sizes and bins (malloc.c's macros) ---------------------------------- */

/* request2size */
static guint64
request2size (guint64 req)
{
  if (req + SIZE_SZ + ALIGN_MASK < MINSIZE)
    return MINSIZE;
  return (req + SIZE_SZ + ALIGN_MASK) & ~(guint64) ALIGN_MASK;
}

/* checked_request2size: 0 when REQ cannot be a chunk. */
static guint64
checked_request2size (guint64 req)
{
  if (req > PTRDIFF_MAX_64)
    return 0;
  return request2size (req);
}

static gboolean
in_smallbin_range (guint64 size)
{
  return size < MMS_MALLOC_MIN_LARGE;
}

static guint
smallbin_index (guint64 size)
{
  return (guint) (size >> 4);
}

/* largebin_index_64 */
static guint
largebin_index (guint64 sz)
{
  if ((sz >> 6) <= 48)
    return 48 + (guint) (sz >> 6);
  if ((sz >> 9) <= 20)
    return 91 + (guint) (sz >> 9);
  if ((sz >> 12) <= 10)
    return 110 + (guint) (sz >> 12);
  if ((sz >> 15) <= 4)
    return 119 + (guint) (sz >> 15);
  if ((sz >> 18) <= 2)
    return 124 + (guint) (sz >> 18);
  return 126;
}

static guint
bin_index (guint64 size)
{
  return in_smallbin_range (size) ? smallbin_index (size) : largebin_index (size);
}

static guint
fastbin_index (guint64 size)
{
  return (guint) (size >> 4) - 2;
}

/* csize2tidx */
static guint64
csize2tidx (guint64 size)
{
  return (size - MINSIZE + MMS_MALLOC_ALIGNMENT - 1) / MMS_MALLOC_ALIGNMENT;
}

static guint64
align_up (guint64 v,
          guint64 a)
{
  return (v + a - 1) & ~(a - 1);
}

static guint64
mem_of (const MmsChunk *c)
{
  return c->addr + CHUNK_HDR;
}

static MmsChunk *
unsorted_chunks (struct mms_malloc_state *av)
{
  return &av->bins[1];
}

static gboolean
is_bin_header (struct mms_malloc_state *av,
               const MmsChunk          *c)
{
  return c >= av->bins && c < av->bins + NBINS;
}

/* --- Memory writes ------------------------------------------------------- */

static void
writes_grow (Writes *ws)
{
  ws->cap = MAX (64, ws->cap * 2);
  ws->w = g_renew (Write, ws->w, ws->cap);
}

static inline void
wr_access (Ctx      *ctx,
           guint64   addr,
           guint64   len,
           gboolean  read)
{
  Writes *ws = ctx->writes;
  guint64 page = addr >> MMS_PAGE_SHIFT;

  /* A second write to the page just written changes nothing. */
  if (!read && page == ws->last_page && ((addr + len - 1) >> MMS_PAGE_SHIFT) == page)
    return;
  ws->last_page = !read && ((addr + len - 1) >> MMS_PAGE_SHIFT) == page ? page : G_MAXUINT64;
  if (G_UNLIKELY (ws->len == ws->cap))
    writes_grow (ws);
  ws->w[ws->len].addr = addr;
  ws->w[ws->len].len = len;
  ws->w[ws->len].read = read;
  ws->len++;
}

static inline void
wr (Ctx     *ctx,
    guint64  addr,
    guint64  len)
{
  wr_access (ctx, addr, len, FALSE);
}

/* A write to a list neighbour: nothing when it is a bin header (those live
 * in libc's main_arena, not in the heap). */
static void
wr_link (Ctx      *ctx,
         MmsChunk *c,
         guint     offset)
{
  if (!is_bin_header (ctx->av, c))
    wr (ctx, c->addr + offset, 8);
}

/* The PTE slot of PAGE (a page number), through the two-entry cache. */
static const guint64 *
cached_pte (Ctx     *ctx,
            guint64  page)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 *slot;

  if (!av->pte_valid || av->pte_epoch != ctx->mm->pgtable_frees)
    {
      av->pte_page[0] = av->pte_page[1] = G_MAXUINT64;
      av->pte_epoch = ctx->mm->pgtable_frees;
      av->pte_valid = TRUE;
    }
  if (av->pte_page[0] == page)
    return av->pte_slot[0];
  if (av->pte_page[1] == page)
    return av->pte_slot[1];
  slot = mms_pte_lookup (ctx->mm, page << MMS_PAGE_SHIFT);
  if (slot == NULL)
    return NULL;
  av->pte_page[1] = av->pte_page[0];
  av->pte_slot[1] = av->pte_slot[0];
  av->pte_page[0] = page;
  av->pte_slot[0] = slot;
  return slot;
}

/* Applies the writes in order, one touch a page; FALSE when the process
 * died (out of memory): its mm may be gone, nothing may be read. */
static gboolean
flush_writes (Ctx *ctx)
{
  guint64 last_page = G_MAXUINT64;
  gboolean last_read = FALSE;

  for (guint i = 0; i < ctx->writes->len; i++)
    {
      const Write *w = &ctx->writes->w[i];
      guint64 first = w->addr >> MMS_PAGE_SHIFT;
      guint64 last = (w->addr + w->len - 1) >> MMS_PAGE_SHIFT;

      if (w->len == 0)
        continue;
      if (first == last && first == last_page && (w->read || !last_read))
        continue;
      /* A page the access would find present, writable, accessed and
       * dirty is a walk that changes nothing (handle_pte_fault's case 7):
       * with no one watching the events, skip the fault. */
      if (first == last && !MMS_EMITTING (ctx->machine))
        {
          const guint64 *ptep = cached_pte (ctx, first);
          guint64 need = w->read ? MMS_PTE_PRESENT | MMS_PTE_ACCESSED
                                 : MMS_PTE_PRESENT | MMS_PTE_RW | MMS_PTE_ACCESSED | MMS_PTE_DIRTY;

          if (ptep != NULL && (*ptep & need) == need && !(*ptep & MMS_PTE_SWAP))
            {
              last_page = last;
              last_read = w->read;
              continue;
            }
        }
      if (!mms_touch (ctx->task, w->addr, w->len, w->read ? MMS_ACCESS_READ : MMS_ACCESS_WRITE))
        return FALSE;
      last_page = last;
      last_read = w->read;
    }
  ctx->writes->len = 0;
  ctx->writes->last_page = G_MAXUINT64;
  return ctx->task->state == MMS_TASK_RUNNING;
}

/* --- Events -------------------------------------------------------------- */

static void
emit_event (Ctx          *ctx,
            MmsEventKind  kind,
            guint64       addr,
            guint64       size,
            guint64       addr2,
            guint64       size2,
            guint         bin,
            guint         state)
{
  MmsEvent ev = { 0 };

  ev.kind = kind;
  ev.pid = ctx->task->pid;
  ev.mm = ctx->mm->id;
  ev.addr = addr;
  ev.count = size;
  ev.start = addr;
  ev.end = addr + size;
  ev.start2 = addr2;
  ev.end2 = addr2 + size2;
  ev.order = bin;
  ev.level = state;
  ev.cache = kind == MMS_EV_MALLOC_ABORT ? ctx->abort : NULL;
  mms_machine_emit (ctx->machine, &ev);
}

/* Builds the event only when someone listens (the hot paths call this on
 * every malloc and free). */
static inline void
emit (Ctx          *ctx,
      MmsEventKind  kind,
      guint64       addr,
      guint64       size,
      guint64       addr2,
      guint64       size2,
      guint         bin,
      guint         state)
{
  if (MMS_EMITTING (ctx->machine))
    emit_event (ctx, kind, addr, size, addr2, size2, bin, state);
}

/* malloc_printerr: glibc prints MESSAGE and aborts. */
static void
malloc_printerr (Ctx        *ctx,
                 const char *message)
{
  if (ctx->abort != NULL)
    return;
  ctx->abort = message;
  emit (ctx, MMS_EV_MALLOC_ABORT, 0, 0, 0, 0, 0, 0);
}

/* --- Chunks -------------------------------------------------------------- */

static MmsChunk *
chunk_new (struct mms_malloc_state *av,
           guint64                  addr,
           guint64                  size,
           MmsChunkState            state)
{
  MmsChunk *c = g_new0 (MmsChunk, 1);

  c->addr = addr;
  c->size = size;
  c->state = state;
  c->id = ++av->next_id;
  if (state != MMS_CHUNK_TOP)
    g_hash_table_insert (av->chunks, &c->addr, c);
  return c;
}

static void
chunk_destroy (struct mms_malloc_state *av,
               MmsChunk                *c)
{
  if (c->state != MMS_CHUNK_TOP)
    g_hash_table_remove (av->chunks, &c->addr);
  if (av->last_remainder == c)
    av->last_remainder = NULL;
  g_free (c);
}

static MmsChunk *
chunk_at (struct mms_malloc_state *av,
          guint64                  addr)
{
  if (av->top != NULL && av->top->addr == addr)
    return av->top;
  return g_hash_table_lookup (av->chunks, &addr);
}

static MmsChunk *
next_chunk (struct mms_malloc_state *av,
            MmsChunk                *c)
{
  return chunk_at (av, c->addr + c->size);
}

/* Moves chunk C to ADDR (a split's remainder keeps the identity of the
 * chunk it came from only for the top). */
static void
chunk_move (struct mms_malloc_state *av,
            MmsChunk                *c,
            guint64                  addr)
{
  if (c->state != MMS_CHUNK_TOP)
    g_hash_table_remove (av->chunks, &c->addr);
  c->addr = addr;
  if (c->state != MMS_CHUNK_TOP)
    g_hash_table_insert (av->chunks, &c->addr, c);
}

/* set_head: size and PREV_INUSE written into the header. */
static void
set_head (Ctx      *ctx,
          MmsChunk *c,
          guint64   size,
          gboolean  prev_inuse)
{
  c->size = size;
  c->prev_inuse = prev_inuse;
  wr (ctx, c->addr + SIZE_SZ, SIZE_SZ);
}

/* set_foot: the chunk's size into the next chunk's prev_size. */
static void
set_foot (Ctx      *ctx,
          MmsChunk *c)
{
  MmsChunk *next = next_chunk (ctx->av, c);

  if (next != NULL)
    next->prev_size = c->size;
  wr (ctx, c->addr + c->size, SIZE_SZ);
}

/* set_inuse_bit_at_offset / clear_inuse_bit_at_offset */
static void
set_next_prev_inuse (Ctx      *ctx,
                     MmsChunk *c,
                     gboolean  inuse)
{
  MmsChunk *next = next_chunk (ctx->av, c);

  if (next != NULL)
    next->prev_inuse = inuse;
  wr (ctx, c->addr + c->size + SIZE_SZ, SIZE_SZ);
}

static void
mark_bin (struct mms_malloc_state *av,
          guint                    i)
{
  av->binmap[i >> 5] |= 1u << (i & 31);
}

/* Links C as the first chunk of bin BIN's list (fd side), as _int_free and
 * the remainders do for the unsorted bin. */
static void
bin_push_front (Ctx          *ctx,
                MmsChunk     *bin,
                MmsChunk     *c,
                MmsChunkState state,
                guint         index)
{
  MmsChunk *fwd = bin->fd;

  c->fd = fwd;
  c->bk = bin;
  fwd->bk = c;
  bin->fd = c;
  c->state = state;
  c->bin = index;
  wr (ctx, c->addr + 16, 16);
  wr_link (ctx, fwd, 24);
}

/* unlink_chunk: takes free chunk P out of its doubly-linked bin. */
static void
unlink_chunk (Ctx      *ctx,
              MmsChunk *p)
{
  MmsChunk *fd = p->fd, *bk = p->bk;

  if (p->clobbered)
    {
      malloc_printerr (ctx, "corrupted size vs. prev_size");
      return;
    }
  fd->bk = bk;
  bk->fd = fd;
  wr_link (ctx, fd, 24);
  wr_link (ctx, bk, 16);
  if (!in_smallbin_range (p->size) && p->fd_nextsize != NULL)
    {
      if (fd->fd_nextsize == NULL && !is_bin_header (ctx->av, fd))
        {
          if (p->fd_nextsize == p)
            fd->fd_nextsize = fd->bk_nextsize = fd;
          else
            {
              fd->fd_nextsize = p->fd_nextsize;
              fd->bk_nextsize = p->bk_nextsize;
              p->fd_nextsize->bk_nextsize = fd;
              p->bk_nextsize->fd_nextsize = fd;
              wr (ctx, p->fd_nextsize->addr + 40, 8);
              wr (ctx, p->bk_nextsize->addr + 32, 8);
            }
          wr (ctx, fd->addr + 32, 16);
        }
      else if (p->fd_nextsize != p)
        {
          p->fd_nextsize->bk_nextsize = p->bk_nextsize;
          p->bk_nextsize->fd_nextsize = p->fd_nextsize;
          wr (ctx, p->fd_nextsize->addr + 40, 8);
          wr (ctx, p->bk_nextsize->addr + 32, 8);
        }
    }
  p->fd = p->bk = p->fd_nextsize = p->bk_nextsize = NULL;
}

/* --- The tcache ---------------------------------------------------------- */

/* tcache_put: the chunk's key and next, the struct's entries and count. */
static void
tcache_put (Ctx      *ctx,
            MmsChunk *c,
            guint     tc_idx)
{
  struct mms_malloc_state *av = ctx->av;

  av->tcache_entries[tc_idx][av->tcache_counts[tc_idx]++] = c;
  c->state = MMS_CHUNK_TCACHE;
  c->bin = tc_idx;
  c->clobbered = FALSE;
  wr (ctx, mem_of (c) + 8, 8);
  wr (ctx, mem_of (c), 8);
  wr (ctx, av->tcache + 128 + 8 * tc_idx, 8);
  wr (ctx, av->tcache + 2 * tc_idx, 2);
  emit (ctx, MMS_EV_TCACHE_PUT, c->addr, c->size, 0, 0, tc_idx, av->tcache_counts[tc_idx]);
}

/* tcache_get */
static MmsChunk *
tcache_get (Ctx  *ctx,
            guint tc_idx)
{
  struct mms_malloc_state *av = ctx->av;
  MmsChunk *c;

  if (av->tcache_poison[tc_idx] != 0 && av->tcache_poison[tc_idx] == av->tcache_counts[tc_idx])
    {
      malloc_printerr (ctx, "malloc(): unaligned tcache chunk detected");
      return NULL;
    }
  c = av->tcache_entries[tc_idx][--av->tcache_counts[tc_idx]];
  /* A chunk whose next the program overwrote leaves garbage at the head. */
  if (c->clobbered)
    av->tcache_poison[tc_idx] = av->tcache_counts[tc_idx];
  c->state = MMS_CHUNK_INUSE;
  c->clobbered = FALSE;
  wr (ctx, av->tcache + 128 + 8 * tc_idx, 8);
  wr (ctx, av->tcache + 2 * tc_idx, 2);
  wr (ctx, mem_of (c) + 8, 8);
  emit (ctx, MMS_EV_TCACHE_GET, c->addr, c->size, 0, 0, tc_idx, av->tcache_counts[tc_idx]);
  return c;
}

static gboolean
tcache_holds (struct mms_malloc_state *av,
              guint                    tc_idx,
              MmsChunk                *c)
{
  for (guint i = 0; i < av->tcache_counts[tc_idx]; i++)
    if (av->tcache_entries[tc_idx][i] == c)
      return TRUE;
  return FALSE;
}

/* --- The kernel below: sbrk and mmap ------------------------------------- */

/* __sbrk: the previous break, or G_MAXUINT64 (MORECORE_FAILURE). */
static guint64
morecore (Ctx    *ctx,
          gint64  increment)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 old, want, got;

  if (av->curbrk == 0)
    av->curbrk = mms_sys_brk (ctx->task, 0);
  if (increment == 0)
    return av->curbrk;
  old = av->curbrk;
  if (increment > 0 ? old + (guint64) increment < old : old < (guint64) -increment)
    return G_MAXUINT64;
  want = old + (guint64) increment;
  got = mms_sys_brk (ctx->task, want);
  av->curbrk = got;
  if (got < want)
    return G_MAXUINT64;
  return old;
}

static guint64
sys_mmap (Ctx     *ctx,
          guint64  size)
{
  gint64 r = mms_sys_mmap (ctx->task, 0, size, 0x1 | 0x2 /* PROT_READ | PROT_WRITE */,
                           MMS_MAP_PRIVATE | MMS_MAP_ANONYMOUS, NULL, 0);
  return r < 0 ? G_MAXUINT64 : (guint64) r;
}

/* sysmalloc_mmap: a chunk of NB bytes in a mapping of its own. */
static MmsChunk *
sysmalloc_mmap (Ctx     *ctx,
                guint64  nb)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 size = align_up (nb + SIZE_SZ, PAGE);
  guint64 mm;
  MmsChunk *p;

  if (size <= nb)
    return NULL;
  mm = sys_mmap (ctx, size);
  if (mm == G_MAXUINT64)
    return NULL;
  p = chunk_new (av, mm, size, MMS_CHUNK_MMAPPED);
  p->prev_size = 0;
  wr (ctx, mm, 8);
  wr (ctx, mm + 8, 8);
  av->n_mmaps++;
  av->mmapped_mem += size;
  emit (ctx, MMS_EV_MMAP_CHUNK, p->addr, size, 0, 0, 0, 0);
  return p;
}

static void int_free (Ctx *ctx, MmsChunk *p);

/* Splits NB bytes off the top chunk: the chunk handed out keeps the top's
 * place, the top moves up. */
static MmsChunk *
split_top (Ctx     *ctx,
           guint64  nb)
{
  struct mms_malloc_state *av = ctx->av;
  MmsChunk *top = av->top;
  guint64 remainder_size = top->size - nb;
  MmsChunk *victim = chunk_new (av, top->addr, nb, MMS_CHUNK_INUSE);

  victim->prev_inuse = top->prev_inuse;
  victim->prev_size = top->prev_size;
  chunk_move (av, top, top->addr + nb);
  set_head (ctx, victim, nb, TRUE);
  set_head (ctx, top, remainder_size, TRUE);
  emit (ctx, MMS_EV_TOP_SPLIT, victim->addr, nb, top->addr, remainder_size, 0, 0);
  return victim;
}

/* sysmalloc: more memory from the system, the heap grown with brk, or a
 * chunk of its own with mmap for a request at or above the threshold. */
static MmsChunk *
sysmalloc (Ctx     *ctx,
           guint64  nb)
{
  struct mms_malloc_state *av = ctx->av;
  MmsChunk *old_top = av->top;
  guint64 old_size = old_top != NULL ? old_top->size : 0;
  guint64 old_end = old_top != NULL ? old_top->addr + old_size : 0;
  guint64 brk = G_MAXUINT64, snd_brk = G_MAXUINT64;
  gint64 size;
  gboolean tried_mmap = FALSE;

  if (nb >= av->mmap_threshold && av->n_mmaps < N_MMAPS_MAX)
    {
      MmsChunk *p = sysmalloc_mmap (ctx, nb);
      if (p != NULL)
        return p;
      tried_mmap = TRUE;
    }
  (void) tried_mmap;

  size = (gint64) (nb + av->top_pad + MINSIZE);
  if (!av->noncontiguous)
    size -= (gint64) old_size;
  size = (gint64) align_up ((guint64) size, PAGE);

  if (size > 0)
    brk = morecore (ctx, size);

  if (brk == G_MAXUINT64)
    {
      /* sysmalloc_mmap_fallback: the heap goes on in a mapping. */
      gint64 msize = size;
      guint64 mbrk;

      if (!av->noncontiguous)
        msize = (gint64) align_up ((guint64) msize + old_size, PAGE);
      if ((guint64) msize < (G_GUINT64_CONSTANT (1) << 20))
        msize = 1 << 20;
      if ((guint64) msize > nb)
        {
          mbrk = sys_mmap (ctx, (guint64) msize);
          if (mbrk != G_MAXUINT64)
            {
              av->noncontiguous = TRUE;
              size = msize;
              brk = mbrk;
              snd_brk = brk + (guint64) size;
            }
        }
    }

  if (brk != G_MAXUINT64)
    {
      if (av->sbrk_base == 0)
        av->sbrk_base = brk;
      av->system_mem += (guint64) size;

      if (old_top != NULL && brk == old_end && snd_brk == G_MAXUINT64)
        {
          /* The break extends the heap: the top grows in place. */
          set_head (ctx, old_top, (guint64) size + old_size, TRUE);
          emit (ctx, MMS_EV_SYSMALLOC, old_top->addr, old_top->size, brk, (guint64) size, 0, 0);
        }
      else if (!av->noncontiguous && old_size != 0 && brk < old_end)
        {
          malloc_printerr (ctx, "break adjusted to free malloc space");
          return NULL;
        }
      else
        {
          guint64 front_misalign = 0, correction = 0, aligned_brk = brk;

          if (!av->noncontiguous)
            {
              guint64 end_misalign;

              if (old_size != 0)
                av->system_mem += brk - old_end;
              front_misalign = (brk + CHUNK_HDR) & ALIGN_MASK;
              if (front_misalign > 0)
                {
                  correction = MMS_MALLOC_ALIGNMENT - front_misalign;
                  aligned_brk += correction;
                }
              correction += old_size;
              end_misalign = brk + (guint64) size + correction;
              correction += align_up (end_misalign, PAGE) - end_misalign;
              snd_brk = morecore (ctx, (gint64) correction);
              if (snd_brk == G_MAXUINT64)
                {
                  correction = 0;
                  snd_brk = morecore (ctx, 0);
                }
            }
          else if (snd_brk == G_MAXUINT64)
            snd_brk = morecore (ctx, 0);

          if (snd_brk != G_MAXUINT64)
            {
              MmsChunk *top = chunk_new (av, aligned_brk, 0, MMS_CHUNK_TOP);

              av->top = top;
              top->prev_size = 0;
              set_head (ctx, top, snd_brk - aligned_brk + correction, TRUE);
              av->system_mem += correction;
              emit (ctx, MMS_EV_SYSMALLOC, top->addr, top->size, brk, (guint64) size, 0, 0);

              if (old_size != 0)
                {
                  /* Two fenceposts close the old top; what is left of it
                   * is freed. */
                  MmsChunk *f1, *f2;

                  guint64 fence = old_top->addr;

                  old_size = (old_size - 2 * CHUNK_HDR) & ~(guint64) ALIGN_MASK;
                  fence += old_size;
                  if (old_size == 0)
                    {
                      /* The fenceposts overwrite the whole old top. */
                      g_free (old_top);
                      old_top = NULL;
                    }
                  else
                    {
                      old_top->state = MMS_CHUNK_INUSE;
                      g_hash_table_insert (av->chunks, &old_top->addr, old_top);
                      set_head (ctx, old_top, old_size, old_top->prev_inuse);
                    }
                  f1 = chunk_new (av, fence, CHUNK_HDR, MMS_CHUNK_INUSE);
                  set_head (ctx, f1, CHUNK_HDR, TRUE);
                  f2 = chunk_new (av, fence + CHUNK_HDR, CHUNK_HDR, MMS_CHUNK_INUSE);
                  set_head (ctx, f2, CHUNK_HDR, TRUE);
                  if (old_top != NULL && old_size >= MINSIZE)
                    int_free (ctx, old_top);
                  if (ctx->abort != NULL)
                    return NULL;
                }
              else if (old_top != NULL)
                chunk_destroy (av, old_top);
            }
        }
    }

  if (av->system_mem > av->max_system_mem)
    av->max_system_mem = av->system_mem;

  if (av->top != NULL && av->top->size >= nb + MINSIZE)
    return split_top (ctx, nb);

  ctx->err = ENOMEM;
  return NULL;
}

/* systrim: gives the top's memory above PAD back with a negative sbrk. */
static gboolean
systrim (Ctx     *ctx,
         guint64  pad)
{
  struct mms_malloc_state *av = ctx->av;
  gint64 top_size = (gint64) av->top->size;
  gint64 top_area = top_size - MINSIZE - 1;
  guint64 extra, current_brk, new_brk;

  if (top_area <= (gint64) pad)
    return FALSE;
  extra = ((guint64) top_area - pad) & ~(guint64) (PAGE - 1);
  if (extra == 0)
    return FALSE;
  current_brk = morecore (ctx, 0);
  if (current_brk != av->top->addr + (guint64) top_size)
    return FALSE;
  morecore (ctx, -(gint64) extra);
  new_brk = morecore (ctx, 0);
  if (new_brk != G_MAXUINT64 && current_brk != new_brk)
    {
      guint64 released = current_brk - new_brk;

      av->system_mem -= released;
      set_head (ctx, av->top, (guint64) top_size - released, TRUE);
      emit (ctx, MMS_EV_SYSTRIM, av->top->addr, av->top->size, new_brk, released, 0, 0);
      return TRUE;
    }
  return FALSE;
}

/* munmap_chunk */
static void
munmap_chunk (Ctx      *ctx,
              MmsChunk *p)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 block = p->addr - p->prev_size;
  guint64 total = p->prev_size + p->size;

  if (((block | total) & (PAGE - 1)) != 0)
    {
      malloc_printerr (ctx, "munmap_chunk(): invalid pointer");
      return;
    }
  av->n_mmaps--;
  av->mmapped_mem -= total;
  emit (ctx, MMS_EV_MUNMAP_CHUNK, p->addr, p->size, 0, 0, 0, 0);
  chunk_destroy (av, p);
  mms_sys_munmap (ctx->task, block, total);
}

/* mremap_chunk: NULL when mremap failed. */
static MmsChunk *
mremap_chunk (Ctx      *ctx,
              MmsChunk *p,
              guint64   new_size)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 offset = p->prev_size;
  guint64 block = p->addr - offset;
  guint64 total = offset + p->size;
  gint64 cp;

  new_size = align_up (new_size + offset + SIZE_SZ, PAGE);
  if (total == new_size)
    return p;
  cp = mms_sys_mremap (ctx->task, block, total, new_size, MMS_MREMAP_MAYMOVE);
  if (cp < 0)
    return NULL;
  av->mmapped_mem += new_size - total;
  emit (ctx, MMS_EV_MREMAP_CHUNK, p->addr, p->size, (guint64) cp + offset, new_size - offset, 0, 0);
  chunk_move (av, p, (guint64) cp + offset);
  set_head (ctx, p, new_size - offset, FALSE);
  return p;
}

/* --- malloc_consolidate, _int_malloc, _int_free ------------------------- */

/* The common part of _int_free and malloc_consolidate: P (whose size is
 * SIZE) merges with its free neighbours and goes to the unsorted bin or
 * into the top.  Returns the chunk it became (NULL on an abort). */
static MmsChunk *
coalesce (Ctx      *ctx,
          MmsChunk *p)
{
  struct mms_malloc_state *av = ctx->av;
  MmsChunk *next = next_chunk (av, p);
  guint64 size = p->size;

  if (next == NULL)
    {
      malloc_printerr (ctx, "free(): invalid next size (normal)");
      return NULL;
    }
  if (!p->prev_inuse)
    {
      MmsChunk *prev = chunk_at (av, p->addr - p->prev_size);

      if (prev == NULL || prev->size != p->prev_size)
        {
          malloc_printerr (ctx, "corrupted size vs. prev_size while consolidating");
          return NULL;
        }
      unlink_chunk (ctx, prev);
      if (ctx->abort != NULL)
        return NULL;
      {
        /* The event follows the merge, so that who watches the events
         * sees the merged chunk. */
        guint64 prev_size = prev->size, p_addr = p->addr, p_size = size;

        size += prev->size;
        chunk_destroy (av, p);
        p = prev;
        p->size = size;
        emit (ctx, MMS_EV_CHUNK_COALESCE, p->addr, prev_size, p_addr, p_size, 0, 0);
      }
    }

  if (next != av->top)
    {
      MmsChunk *after = next_chunk (av, next);
      gboolean nextinuse = after == NULL || after->prev_inuse;

      if (!nextinuse)
        {
          unlink_chunk (ctx, next);
          if (ctx->abort != NULL)
            return NULL;
          guint64 p_size = size, next_addr = next->addr, next_size = next->size;

          size += next->size;
          chunk_destroy (av, next);
          emit (ctx, MMS_EV_CHUNK_COALESCE, p->addr, p_size, next_addr, next_size, 0, 0);
        }
      else
        {
          next->prev_inuse = FALSE;
          wr (ctx, next->addr + SIZE_SZ, SIZE_SZ);
        }
      p->size = size;
      bin_push_front (ctx, unsorted_chunks (av), p, MMS_CHUNK_UNSORTED, 1);
      if (!in_smallbin_range (size))
        {
          p->fd_nextsize = p->bk_nextsize = NULL;
          wr (ctx, p->addr + 32, 16);
        }
      set_head (ctx, p, size, TRUE);
      set_foot (ctx, p);
      emit (ctx, MMS_EV_BIN_PUT, p->addr, size, 0, 0, 1, MMS_CHUNK_UNSORTED);
      return p;
    }

  /* The chunk borders the top: it becomes the top. */
  {
    /* The event follows the merge, as the coalescing's do. */
    guint64 p_size = size, next_addr = next->addr, next_size = next->size;

    size += next->size;
    chunk_destroy (av, next);
    g_hash_table_remove (av->chunks, &p->addr);
    p->state = MMS_CHUNK_TOP;
    av->top = p;
    set_head (ctx, p, size, TRUE);
    emit (ctx, MMS_EV_TOP_MERGE, p->addr, p_size, next_addr, next_size, 0, 0);
  }
  return p;
}

/* malloc_consolidate: every fastbin chunk merges with its free neighbours
 * and goes to the unsorted bin (or the top). */
static void
malloc_consolidate (Ctx *ctx)
{
  struct mms_malloc_state *av = ctx->av;

  av->have_fastchunks = FALSE;
  emit (ctx, MMS_EV_MALLOC_CONSOLIDATE, 0, 0, 0, 0, 0, 0);
  for (guint i = 0; i < NFASTBINS; i++)
    {
      GArray *fb = av->fastbins[i];

      if (av->fastbin_poison[i] >= 0)
        {
          malloc_printerr (ctx, "malloc_consolidate(): unaligned fastbin chunk detected");
          return;
        }
      /* From the head of the list (the top of the stack) down. */
      while (fb->len > 0)
        {
          MmsChunk *p = g_array_index (fb, MmsChunk *, fb->len - 1);

          g_array_set_size (fb, fb->len - 1);
          if (p->clobbered)
            {
              malloc_printerr (ctx, "malloc_consolidate(): unaligned fastbin chunk detected");
              return;
            }
          p->state = MMS_CHUNK_INUSE;
          coalesce (ctx, p);
          if (ctx->abort != NULL)
            return;
        }
    }
}

/* Places chunk VICTIM, just taken off the unsorted list, in its bin: the
 * small bins at the front, the large bins sorted (largest first) with the
 * nextsize skip list through the first chunk of each size. */
static void
place_in_bin (Ctx      *ctx,
              MmsChunk *victim)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 size = victim->size;
  guint index;
  MmsChunk *bck, *fwd;

  if (in_smallbin_range (size))
    {
      index = smallbin_index (size);
      bck = &av->bins[index];
      fwd = bck->fd;
      victim->state = MMS_CHUNK_SMALL;
    }
  else
    {
      index = largebin_index (size);
      bck = &av->bins[index];
      fwd = bck->fd;
      victim->state = MMS_CHUNK_LARGE;
      if (fwd != bck)
        {
          if (size < bck->bk->size)
            {
              /* Smaller than the smallest: at the end. */
              fwd = bck;
              bck = bck->bk;
              victim->fd_nextsize = fwd->fd;
              victim->bk_nextsize = fwd->fd->bk_nextsize;
              fwd->fd->bk_nextsize = victim;
              victim->bk_nextsize->fd_nextsize = victim;
              wr (ctx, victim->fd_nextsize->addr + 40, 8);
              wr (ctx, victim->bk_nextsize->addr + 32, 8);
            }
          else
            {
              while (size < fwd->size)
                fwd = fwd->fd_nextsize;
              if (size == fwd->size)
                /* Always insert in the second position. */
                fwd = fwd->fd;
              else
                {
                  victim->fd_nextsize = fwd;
                  victim->bk_nextsize = fwd->bk_nextsize;
                  fwd->bk_nextsize = victim;
                  victim->bk_nextsize->fd_nextsize = victim;
                  wr (ctx, fwd->addr + 40, 8);
                  wr (ctx, victim->bk_nextsize->addr + 32, 8);
                }
              bck = fwd->bk;
            }
        }
      else
        victim->fd_nextsize = victim->bk_nextsize = victim;
      wr (ctx, victim->addr + 32, 16);
    }
  mark_bin (av, index);
  victim->bk = bck;
  victim->fd = fwd;
  fwd->bk = victim;
  bck->fd = victim;
  victim->bin = index;
  wr (ctx, victim->addr + 16, 16);
  wr_link (ctx, fwd, 24);
  wr_link (ctx, bck, 16);
  emit (ctx, MMS_EV_BIN_PUT, victim->addr, size, 0, 0, index, victim->state);
}

/* Splits NB bytes off free chunk VICTIM (already unlinked): the remainder
 * goes to the front of the unsorted bin. */
static MmsChunk *
split_free (Ctx      *ctx,
            MmsChunk *victim,
            guint64   nb)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 remainder_size = victim->size - nb;
  MmsChunk *remainder = chunk_new (av, victim->addr + nb, remainder_size, MMS_CHUNK_UNSORTED);

  remainder->prev_inuse = TRUE;
  bin_push_front (ctx, unsorted_chunks (av), remainder, MMS_CHUNK_UNSORTED, 1);
  if (!in_smallbin_range (remainder_size))
    {
      remainder->fd_nextsize = remainder->bk_nextsize = NULL;
      wr (ctx, remainder->addr + 32, 16);
    }
  victim->state = MMS_CHUNK_INUSE;
  set_head (ctx, victim, nb, TRUE);
  set_head (ctx, remainder, remainder_size, TRUE);
  set_foot (ctx, remainder);
  emit (ctx, MMS_EV_CHUNK_SPLIT, victim->addr, nb, remainder->addr, remainder_size, 1, 0);
  return remainder;
}

/* Takes the chunk at the end of small bin BIN (FIFO) and gives the next
 * chunk PREV_INUSE. */
static MmsChunk *
smallbin_take_last (Ctx      *ctx,
                    MmsChunk *bin)
{
  MmsChunk *victim = bin->bk;
  MmsChunk *bck = victim->bk;

  set_next_prev_inuse (ctx, victim, TRUE);
  bin->bk = bck;
  bck->fd = bin;
  wr_link (ctx, bck, 16);
  victim->fd = victim->bk = NULL;
  victim->state = MMS_CHUNK_INUSE;
  return victim;
}

/* _int_malloc: a chunk of request2size (BYTES), from the fastbins, the
 * small bins, the unsorted bin, the large bins, the binmap, the top, or
 * the system. */
static MmsChunk *
int_malloc (Ctx     *ctx,
            guint64  bytes)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 nb = checked_request2size (bytes);
  guint idx, tc_idx;
  guint64 tcache_nb = 0;
  gboolean return_cached = FALSE;

  if (nb == 0)
    {
      ctx->err = ENOMEM;
      return NULL;
    }
  tc_idx = (guint) MIN (csize2tidx (nb), G_MAXUINT);

  if (nb <= MMS_MALLOC_MAX_FAST)
    {
      GArray *fb;

      idx = fastbin_index (nb);
      fb = av->fastbins[idx];
      if (fb->len > 0 || av->fastbin_poison[idx] >= 0)
        {
          MmsChunk *victim;

          if (av->fastbin_poison[idx] == (gint) fb->len)
            {
              malloc_printerr (ctx, "malloc(): unaligned fastbin chunk detected 2");
              return NULL;
            }
          victim = g_array_index (fb, MmsChunk *, fb->len - 1);
          g_array_set_size (fb, fb->len - 1);
          if (victim->clobbered)
            av->fastbin_poison[idx] = (gint) fb->len;
          victim->state = MMS_CHUNK_INUSE;
          victim->clobbered = FALSE;
          emit (ctx, MMS_EV_FASTBIN_GET, victim->addr, victim->size, 0, 0, idx, 0);
          /* While here, the rest of the bin goes to the tcache. */
          if (av->tcache != 0 && tc_idx < TC_BINS)
            while (av->tcache_counts[tc_idx] < TC_COUNT && fb->len > 0
                   && av->fastbin_poison[idx] != (gint) fb->len)
              {
                MmsChunk *tc_victim = g_array_index (fb, MmsChunk *, fb->len - 1);

                g_array_set_size (fb, fb->len - 1);
                if (tc_victim->clobbered)
                  av->fastbin_poison[idx] = (gint) fb->len;
                tcache_put (ctx, tc_victim, tc_idx);
              }
          return victim;
        }
    }

  if (in_smallbin_range (nb))
    {
      MmsChunk *bin;

      idx = smallbin_index (nb);
      bin = &av->bins[idx];
      if (bin->bk != bin)
        {
          MmsChunk *victim;

          if (bin->bk->clobbered)
            {
              malloc_printerr (ctx, "malloc(): smallbin double linked list corrupted");
              return NULL;
            }
          victim = smallbin_take_last (ctx, bin);
          emit (ctx, MMS_EV_BIN_TAKE, victim->addr, victim->size, 0, 0, idx, MMS_CHUNK_SMALL);
          if (av->tcache != 0 && tc_idx < TC_BINS)
            while (av->tcache_counts[tc_idx] < TC_COUNT && bin->bk != bin)
              {
                MmsChunk *tc_victim = smallbin_take_last (ctx, bin);
                tcache_put (ctx, tc_victim, tc_idx);
              }
          return victim;
        }
    }
  else
    {
      idx = largebin_index (nb);
      if (av->have_fastchunks)
        {
          malloc_consolidate (ctx);
          if (ctx->abort != NULL)
            return NULL;
        }
    }

  if (av->tcache != 0 && tc_idx < TC_BINS)
    tcache_nb = nb;

  for (;;)
    {
      MmsChunk *unsorted = unsorted_chunks (av);
      guint iters = 0;
      guint block, bit, map;

      while (unsorted->bk != unsorted)
        {
          MmsChunk *victim = unsorted->bk;
          MmsChunk *bck = victim->bk;
          guint64 size = victim->size;

          if (victim->clobbered)
            {
              malloc_printerr (ctx, "malloc(): mismatching next->prev_size (unsorted)");
              return NULL;
            }

          /* The last remainder serves runs of small requests. */
          if (in_smallbin_range (nb) && bck == unsorted && victim == av->last_remainder
              && size > nb + MINSIZE)
            {
              MmsChunk *remainder;

              unsorted->fd = unsorted->bk = unsorted;
              victim->fd = victim->bk = NULL;
              remainder = split_free (ctx, victim, nb);
              av->last_remainder = remainder;
              return victim;
            }

          unsorted->bk = bck;
          bck->fd = unsorted;
          wr_link (ctx, bck, 16);
          victim->fd = victim->bk = NULL;

          if (size == nb)
            {
              set_next_prev_inuse (ctx, victim, TRUE);
              victim->state = MMS_CHUNK_INUSE;
              emit (ctx, MMS_EV_BIN_TAKE, victim->addr, size, 0, 0, 1, MMS_CHUNK_UNSORTED);
              if (tcache_nb != 0 && av->tcache_counts[tc_idx] < TC_COUNT)
                {
                  tcache_put (ctx, victim, tc_idx);
                  return_cached = TRUE;
                  continue;
                }
              return victim;
            }

          place_in_bin (ctx, victim);
          if (++iters >= MAX_ITERS)
            break;
        }

      if (return_cached)
        return tcache_get (ctx, tc_idx);

      if (!in_smallbin_range (nb))
        {
          MmsChunk *bin = &av->bins[idx];
          MmsChunk *victim = bin->fd;

          if (victim != bin && victim->size >= nb)
            {
              victim = victim->bk_nextsize;
              while (victim->size < nb)
                victim = victim->bk_nextsize;
              /* Not the first of its size: the skip list stays. */
              if (victim != bin->bk && victim->size == victim->fd->size)
                victim = victim->fd;
              unlink_chunk (ctx, victim);
              if (ctx->abort != NULL)
                return NULL;
              emit (ctx, MMS_EV_BIN_TAKE, victim->addr, victim->size, 0, 0, idx, MMS_CHUNK_LARGE);
              if (victim->size - nb < MINSIZE)
                {
                  set_next_prev_inuse (ctx, victim, TRUE);
                  victim->state = MMS_CHUNK_INUSE;
                }
              else
                split_free (ctx, victim, nb);
              return victim;
            }
        }

      /* The binmap: the smallest non-empty bin above. */
      ++idx;
      block = idx >> 5;
      map = av->binmap[block];
      bit = 1u << (idx & 31);
      for (;;)
        {
          MmsChunk *bin, *victim;

          if (bit > map || bit == 0)
            {
              do
                {
                  if (++block >= BINMAPSIZE)
                    goto use_top;
                }
              while ((map = av->binmap[block]) == 0);
              idx = block << 5;
              bit = 1;
            }
          while ((bit & map) == 0)
            {
              idx++;
              bit <<= 1;
            }
          bin = &av->bins[idx];
          victim = bin->bk;
          if (victim == bin)
            {
              /* A false alarm: the bit is cleared. */
              av->binmap[block] = map &= ~bit;
              idx++;
              bit <<= 1;
              continue;
            }
          unlink_chunk (ctx, victim);
          if (ctx->abort != NULL)
            return NULL;
          emit (ctx, MMS_EV_BIN_TAKE, victim->addr, victim->size, 0, 0, idx, victim->state);
          if (victim->size - nb < MINSIZE)
            {
              set_next_prev_inuse (ctx, victim, TRUE);
              victim->state = MMS_CHUNK_INUSE;
            }
          else
            {
              MmsChunk *remainder = split_free (ctx, victim, nb);
              if (in_smallbin_range (nb))
                av->last_remainder = remainder;
            }
          return victim;
        }

    use_top:
      if (av->top != NULL && av->top->size >= nb + MINSIZE)
        return split_top (ctx, nb);
      if (av->have_fastchunks)
        {
          malloc_consolidate (ctx);
          if (ctx->abort != NULL)
            return NULL;
          idx = bin_index (nb);
          continue;
        }
      return sysmalloc (ctx, nb);
    }
}

/* _int_free: P goes to the tcache, a fastbin, or the unsorted bin after
 * merging with its free neighbours (or into the top), and the top may be
 * trimmed. */
static void
int_free (Ctx      *ctx,
          MmsChunk *p)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 size = p->size;
  guint64 tc_idx = csize2tidx (size);

  if (av->tcache != 0 && tc_idx < TC_BINS)
    {
      /* The key marks a chunk in the tcache: a second free finds it. */
      if (p->state == MMS_CHUNK_TCACHE && !p->clobbered && tcache_holds (av, (guint) tc_idx, p))
        {
          malloc_printerr (ctx, "free(): double free detected in tcache 2");
          return;
        }
      if (av->tcache_counts[tc_idx] < TC_COUNT)
        {
          if (p->state != MMS_CHUNK_INUSE)
            av->corrupt = TRUE;
          tcache_put (ctx, p, (guint) tc_idx);
          return;
        }
    }

  if (size <= MMS_MALLOC_MAX_FAST)
    {
      guint idx = fastbin_index (size);
      GArray *fb = av->fastbins[idx];

      if (fb->len > 0 && g_array_index (fb, MmsChunk *, fb->len - 1) == p)
        {
          malloc_printerr (ctx, "double free or corruption (fasttop)");
          return;
        }
      if (p->state != MMS_CHUNK_INUSE)
        av->corrupt = TRUE;
      av->have_fastchunks = TRUE;
      g_array_append_val (fb, p);
      p->state = MMS_CHUNK_FAST;
      p->bin = idx;
      p->clobbered = FALSE;
      wr (ctx, mem_of (p), 8);
      emit (ctx, MMS_EV_FASTBIN_PUT, p->addr, size, 0, 0, idx, fb->len);
      return;
    }

  if (p == av->top)
    {
      malloc_printerr (ctx, "double free or corruption (top)");
      return;
    }
  if (av->top != NULL && p->addr + size >= av->top->addr + av->top->size)
    {
      malloc_printerr (ctx, "double free or corruption (out)");
      return;
    }
  if (p->state != MMS_CHUNK_INUSE)
    {
      MmsChunk *next = next_chunk (av, p);
      if (next == NULL || !next->prev_inuse || p->state == MMS_CHUNK_UNSORTED
          || p->state == MMS_CHUNK_SMALL || p->state == MMS_CHUNK_LARGE)
        {
          malloc_printerr (ctx, "double free or corruption (!prev)");
          return;
        }
      /* A tcache or fastbin chunk freed again once its bin is full:
       * glibc does not notice, and the chunk is in two places. */
      av->corrupt = TRUE;
    }

  p = coalesce (ctx, p);
  if (p == NULL)
    return;

  if (p->size >= MMS_MALLOC_CONSOLIDATE_THRESHOLD)
    {
      if (av->have_fastchunks)
        {
          malloc_consolidate (ctx);
          if (ctx->abort != NULL)
            return;
        }
      if (av->top->size >= av->trim_threshold)
        systrim (ctx, av->top_pad);
    }
}

/* malloc_init_state */
static struct mms_malloc_state *
malloc_state_new (void)
{
  struct mms_malloc_state *av = g_new0 (struct mms_malloc_state, 1);

  av->chunks = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < NBINS; i++)
    av->bins[i].fd = av->bins[i].bk = &av->bins[i];
  for (guint i = 0; i < NFASTBINS; i++)
    {
      av->fastbins[i] = g_array_new (FALSE, FALSE, sizeof (MmsChunk *));
      av->fastbin_poison[i] = -1;
    }
  av->mmap_threshold = MMS_MALLOC_MMAP_THRESHOLD;
  av->trim_threshold = MMS_MALLOC_TRIM_THRESHOLD;
  av->top_pad = MMS_MALLOC_TOP_PAD;
  av->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  av->name_order = g_ptr_array_new ();
  return av;
}

void
mms_malloc_state_free (struct mms_malloc_state *av)
{
  GHashTableIter iter;
  gpointer value;

  if (av == NULL)
    return;
  g_hash_table_iter_init (&iter, av->chunks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_free (value);
  g_hash_table_destroy (av->chunks);
  g_free (av->top);
  for (guint i = 0; i < NFASTBINS; i++)
    g_array_free (av->fastbins[i], TRUE);
  g_ptr_array_free (av->name_order, TRUE);
  g_hash_table_destroy (av->names);
  g_free (av);
}

/* --- The calls ----------------------------------------------------------- */

static gboolean
ctx_begin (Ctx                *ctx,
           struct task_struct *task)
{
  static Writes writes;

  memset (ctx, 0, sizeof *ctx);
  if (task == NULL || task->mm == NULL || task->state != MMS_TASK_RUNNING)
    return FALSE;
  ctx->task = task;
  ctx->mm = task->mm;
  ctx->machine = task->mm->machine;
  if (task->mm->malloc_state == NULL)
    task->mm->malloc_state = malloc_state_new ();
  ctx->av = task->mm->malloc_state;
  ctx->av->busy = TRUE;
  writes.len = 0;
  writes.last_page = G_MAXUINT64;
  ctx->writes = &writes;
  return TRUE;
}

/* Ends a call: the writes, then the abort (SIGABRT) if glibc aborted.
 * FALSE when the process is gone. */
static gboolean
ctx_end (Ctx *ctx)
{
  gboolean alive;

  ctx->av->busy = FALSE;
  alive = flush_writes (ctx);
  ctx->writes->len = 0;
  ctx->writes->last_page = G_MAXUINT64;
  if (!alive)
    return FALSE;
  if (ctx->abort != NULL)
    {
      ctx->task->abort_message = ctx->abort;
      mms_task_kill (ctx->task, MMS_TASK_KILLED_ABRT);
      return FALSE;
    }
  return TRUE;
}

/* MAYBE_INIT_TCACHE / tcache_init: the first call takes the tcache's
 * struct from the arena and clears it. */
static void
maybe_init_tcache (Ctx *ctx)
{
  MmsChunk *victim;

  if (ctx->av->tcache != 0)
    return;
  victim = int_malloc (ctx, TCACHE_STRUCT_SIZE);
  if (victim == NULL)
    return;
  ctx->av->tcache = mem_of (victim);
  wr (ctx, mem_of (victim), TCACHE_STRUCT_SIZE);
  emit (ctx, MMS_EV_TCACHE_INIT, victim->addr, victim->size, 0, 0, 0, 0);
}

static guint64
result (Ctx      *ctx,
        MmsChunk *c,
        int      *err)
{
  guint64 ptr = c != NULL && ctx->abort == NULL ? mem_of (c) : 0;

  if (err != NULL)
    *err = ptr == 0 && ctx->abort == NULL ? (ctx->err != 0 ? ctx->err : ENOMEM) : 0;
  return ptr;
}

/* __libc_malloc */
guint64
mms_malloc (struct task_struct *task,
            guint64             bytes,
            int                *err)
{
  Ctx ctx;
  MmsChunk *victim = NULL;
  guint64 tbytes, tc_idx, ptr;

  if (!ctx_begin (&ctx, task))
    {
      if (err != NULL)
        *err = ESRCH;
      return 0;
    }
  emit (&ctx, MMS_EV_MALLOC, 0, bytes, 0, 0, 0, 0);
  tbytes = checked_request2size (bytes);
  if (tbytes == 0)
    {
      ctx.err = ENOMEM;
      ctx_end (&ctx);
      return result (&ctx, NULL, err);
    }
  tc_idx = csize2tidx (tbytes);
  maybe_init_tcache (&ctx);
  if (ctx.abort == NULL)
    {
      if (tc_idx < TC_BINS && ctx.av->tcache != 0 && ctx.av->tcache_counts[tc_idx] > 0)
        victim = tcache_get (&ctx, (guint) tc_idx);
      else
        victim = int_malloc (&ctx, bytes);
    }
  ptr = result (&ctx, victim, err);
  if (victim != NULL && ctx.abort == NULL)
    emit (&ctx, MMS_EV_MALLOC_DONE, victim->addr, victim->size, 0, 0, 0, victim->state);
  if (!ctx_end (&ctx))
    return 0;
  return ptr;
}

static MmsChunk *
lookup_chunk (struct mms_malloc_state *av,
              guint64                  ptr)
{
  MmsChunk *c;

  if (ptr < CHUNK_HDR || (ptr & ALIGN_MASK) != 0)
    return NULL;
  c = chunk_at (av, ptr - CHUNK_HDR);
  return c;
}

/* __libc_free */
void
mms_free (struct task_struct *task,
          guint64             ptr)
{
  Ctx ctx;
  MmsChunk *p;

  if (ptr == 0 || !ctx_begin (&ctx, task))
    return;
  p = lookup_chunk (ctx.av, ptr);
  emit (&ctx, MMS_EV_FREE_CALL, p != NULL ? p->addr : ptr - CHUNK_HDR, p != NULL ? p->size : 0,
        0, 0, 0, p != NULL ? p->state : 0);
  if (p == NULL)
    malloc_printerr (&ctx, "free(): invalid pointer");
  else if (p->state == MMS_CHUNK_MMAPPED)
    {
      /* The dynamic threshold: freeing a mapped chunk raises it. */
      if (!ctx.av->no_dyn_threshold && (p->size | MMS_CHUNK_IS_MMAPPED) > ctx.av->mmap_threshold
          && (p->size | MMS_CHUNK_IS_MMAPPED) <= MMS_MALLOC_MMAP_THRESHOLD_MAX)
        {
          ctx.av->mmap_threshold = p->size;
          ctx.av->trim_threshold = 2 * p->size;
          emit (&ctx, MMS_EV_MMAP_THRESHOLD, p->addr, p->size, 0, ctx.av->trim_threshold, 0, 0);
        }
      munmap_chunk (&ctx, p);
    }
  else
    {
      maybe_init_tcache (&ctx);
      if (ctx.abort == NULL)
        int_free (&ctx, p);
    }
  ctx_end (&ctx);
}

/* _int_realloc: OLDP (not mmapped) to NB bytes, in place when the chunk or
 * its free neighbour above (or the top) has room, else by moving. */
static MmsChunk *
int_realloc (Ctx      *ctx,
             MmsChunk *oldp,
             guint64   nb)
{
  struct mms_malloc_state *av = ctx->av;
  guint64 oldsize = oldp->size;
  MmsChunk *next = next_chunk (av, oldp);
  MmsChunk *newp;
  guint64 newsize;

  if (next == NULL)
    {
      malloc_printerr (ctx, "realloc(): invalid next size");
      return NULL;
    }
  if (oldsize >= nb)
    {
      newp = oldp;
      newsize = oldsize;
    }
  else if (next == av->top && oldsize + next->size >= nb + MINSIZE)
    {
      /* Forward into the top. */
      newsize = oldsize + next->size;
      emit (ctx, MMS_EV_REALLOC_GROW, oldp->addr, nb, next->addr, next->size, 0, MMS_CHUNK_TOP);
      oldp->size = nb;
      wr (ctx, oldp->addr + SIZE_SZ, SIZE_SZ);
      chunk_move (av, next, oldp->addr + nb);
      set_head (ctx, next, newsize - nb, TRUE);
      return oldp;
    }
  else if (next != av->top && next->state != MMS_CHUNK_INUSE && next->state != MMS_CHUNK_TCACHE
           && next->state != MMS_CHUNK_FAST && oldsize + next->size >= nb)
    {
      /* Forward into the free chunk above. */
      newp = oldp;
      newsize = oldsize + next->size;
      unlink_chunk (ctx, next);
      if (ctx->abort != NULL)
        return NULL;
      emit (ctx, MMS_EV_REALLOC_GROW, oldp->addr, nb, next->addr, next->size, 0, next->state);
      chunk_destroy (av, next);
      oldp->size = newsize;
    }
  else
    {
      /* Allocate, copy, free. */
      MmsChunk *got = int_malloc (ctx, nb - ALIGN_MASK);

      if (got == NULL || ctx->abort != NULL)
        return NULL;
      if (got == next_chunk (av, oldp) && got->state != MMS_CHUNK_MMAPPED)
        {
          /* The new chunk is the one above: no copy. */
          newsize = got->size + oldsize;
          chunk_destroy (av, got);
          newp = oldp;
          oldp->size = newsize;
        }
      else
        {
          guint64 sz = oldsize - CHUNK_HDR + SIZE_SZ;
          wr_access (ctx, mem_of (oldp), sz, TRUE);
          wr (ctx, mem_of (got), sz);
          emit (ctx, MMS_EV_REALLOC_MOVE, oldp->addr, oldsize, got->addr, got->size, 0, 0);
          int_free (ctx, oldp);
          return got;
        }
    }

  /* The rest is split off and freed. */
  if (newsize - nb < MINSIZE)
    {
      newp->size = newsize;
      wr (ctx, newp->addr + SIZE_SZ, SIZE_SZ);
      set_next_prev_inuse (ctx, newp, TRUE);
    }
  else
    {
      MmsChunk *remainder = chunk_new (av, newp->addr + nb, newsize - nb, MMS_CHUNK_INUSE);

      newp->size = nb;
      wr (ctx, newp->addr + SIZE_SZ, SIZE_SZ);
      set_head (ctx, remainder, newsize - nb, TRUE);
      set_next_prev_inuse (ctx, remainder, TRUE);
      emit (ctx, MMS_EV_CHUNK_SPLIT, newp->addr, nb, remainder->addr, remainder->size, 0, 0);
      int_free (ctx, remainder);
    }
  return newp;
}

/* __libc_realloc */
guint64
mms_realloc (struct task_struct *task,
             guint64             ptr,
             guint64             bytes,
             int                *err)
{
  Ctx ctx;
  MmsChunk *oldp, *newp = NULL;
  guint64 nb, out;

  if (ptr == 0)
    return mms_malloc (task, bytes, err);
  if (bytes == 0)
    {
      /* REALLOC_ZERO_BYTES_FREES */
      mms_free (task, ptr);
      if (err != NULL)
        *err = 0;
      return 0;
    }
  if (!ctx_begin (&ctx, task))
    {
      if (err != NULL)
        *err = ESRCH;
      return 0;
    }
  oldp = lookup_chunk (ctx.av, ptr);
  emit (&ctx, MMS_EV_REALLOC, oldp != NULL ? oldp->addr : ptr - CHUNK_HDR,
        oldp != NULL ? oldp->size : 0, 0, bytes, 0, 0);
  if (oldp == NULL || oldp->state == MMS_CHUNK_TOP)
    malloc_printerr (&ctx, "realloc(): invalid pointer");
  else if ((nb = checked_request2size (bytes)) == 0)
    ctx.err = ENOMEM;
  else if (oldp->state == MMS_CHUNK_MMAPPED)
    {
      newp = mremap_chunk (&ctx, oldp, nb);
      if (newp == NULL)
        {
          if (oldp->size - SIZE_SZ >= nb)
            newp = oldp;
          else
            {
              /* Must allocate, copy, free. */
              guint64 oldsize = oldp->size;
              guint64 oldmem = mem_of (oldp);
              flush_writes (&ctx);
              out = mms_malloc (task, bytes, err);
              if (out == 0)
                return 0;
              if (!ctx_begin (&ctx, task))
                return out;
              oldp = lookup_chunk (ctx.av, oldmem);
              wr_access (&ctx, oldmem, oldsize - CHUNK_HDR, TRUE);
              wr (&ctx, out, oldsize - CHUNK_HDR);
              if (oldp != NULL)
                munmap_chunk (&ctx, oldp);
              ctx_end (&ctx);
              return out;
            }
        }
    }
  else
    {
      maybe_init_tcache (&ctx);
      if (ctx.abort == NULL)
        newp = int_realloc (&ctx, oldp, nb);
    }
  out = result (&ctx, newp, err);
  if (!ctx_end (&ctx))
    return 0;
  return out;
}

/* __libc_calloc: _int_malloc (no tcache), then the clearing, except of
 * memory fresh from the system (MORECORE_CLEARS) and mapped chunks. */
guint64
mms_calloc (struct task_struct *task,
            guint64             n,
            guint64             elem_size,
            int                *err)
{
  Ctx ctx;
  guint64 bytes, oldtopsize = 0, out;
  MmsChunk *oldtop, *p = NULL;

  if (!ctx_begin (&ctx, task))
    {
      if (err != NULL)
        *err = ESRCH;
      return 0;
    }
  if (n != 0 && elem_size > G_MAXUINT64 / n)
    {
      ctx.err = ENOMEM;
      ctx_end (&ctx);
      return result (&ctx, NULL, err);
    }
  bytes = n * elem_size;
  if (bytes > PTRDIFF_MAX_64)
    {
      ctx.err = ENOMEM;
      ctx_end (&ctx);
      return result (&ctx, NULL, err);
    }
  emit (&ctx, MMS_EV_CALLOC, 0, bytes, 0, 0, 0, 0);
  maybe_init_tcache (&ctx);
  if (ctx.abort == NULL)
    {
      oldtop = ctx.av->top;
      guint64 oldtop_addr = oldtop != NULL ? oldtop->addr : 0;
      if (oldtop != NULL)
        {
          /* What was the top before the call is cleared; what sysmalloc
           * gets from the kernel now is zero already.  The source extends
           * oldtopsize to the high-water mark (max_system_mem), so that
           * memory given back by systrim and taken again would be cleared
           * too; Debian 12's libc.so.6 does not: after a trim, a calloc
           * that grows the heap writes only the old top (measured with
           * setarch -R on 2.36-9+deb12u14, the test calloc-after-trim). */
          oldtopsize = oldtop->size;
        }
      p = int_malloc (&ctx, bytes);
      if (p != NULL && ctx.abort == NULL && p->state != MMS_CHUNK_MMAPPED)
        {
          guint64 csz = p->size;

          if (oldtop != NULL && p->addr == oldtop_addr && csz > oldtopsize)
            csz = oldtopsize;
          if (csz >= SIZE_SZ)
            {
              wr (&ctx, mem_of (p), csz - SIZE_SZ);
              emit (&ctx, MMS_EV_CALLOC_CLEAR, p->addr, p->size, mem_of (p), csz - SIZE_SZ, 0, 0);
            }
        }
    }
  out = result (&ctx, p, err);
  if (!ctx_end (&ctx))
    return 0;
  return out;
}

const char *
mms_malloc_abort_message (struct task_struct *task)
{
  g_return_val_if_fail (task != NULL, NULL);
  return task->abort_message;
}

/* --- Queries ------------------------------------------------------------- */

gboolean
mms_malloc_active (struct mm_struct *mm)
{
  return mm != NULL && mm->malloc_state != NULL;
}

/* Pointer -> the name bound last to it, for the reports and views. */
static GHashTable *
names_by_ptr (struct mms_malloc_state *av)
{
  GHashTable *map = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < av->name_order->len; i++)
    {
      const char *name = av->name_order->pdata[i];
      MmsAllocName *slot = g_hash_table_lookup (av->names, name);
      if (slot->ptr != 0 && !slot->freed)
        g_hash_table_insert (map, &slot->ptr, (gpointer) name);
    }
  return map;
}

static void
chunk_info (GHashTable     *names,
            const MmsChunk *c,
            MmsChunkInfo   *info)
{
  guint64 mem = mem_of (c);

  info->id = c->id;
  info->addr = c->addr;
  info->size = c->size;
  info->flags = (c->prev_inuse ? MMS_CHUNK_PREV_INUSE : 0)
                | (c->state == MMS_CHUNK_MMAPPED ? MMS_CHUNK_IS_MMAPPED : 0);
  info->state = c->state;
  info->bin = c->bin;
  info->name = names != NULL ? g_hash_table_lookup (names, &mem) : NULL;
  /* A bin header is not in the heap: pwndbg shows libc's address, we 0. */
  info->fd = c->fd != NULL && c->fd->addr != 0 ? c->fd->addr : 0;
  info->bk = c->bk != NULL && c->bk->addr != 0 ? c->bk->addr : 0;
}

gboolean
mms_malloc_chunk_at (struct mm_struct *mm,
                     guint64           ptr,
                     MmsChunkInfo     *info)
{
  MmsChunk *c;

  g_return_val_if_fail (info != NULL, FALSE);
  if (!mms_malloc_active (mm))
    return FALSE;
  g_autoptr(GHashTable) names = NULL;

  c = lookup_chunk (mm->malloc_state, ptr);
  if (c == NULL)
    return FALSE;
  names = names_by_ptr (mm->malloc_state);
  chunk_info (names, c, info);
  return TRUE;
}

guint64
mms_malloc_usable_size (struct mm_struct *mm,
                        guint64           ptr)
{
  MmsChunk *c;

  if (!mms_malloc_active (mm))
    return 0;
  c = lookup_chunk (mm->malloc_state, ptr);
  if (c == NULL || c->state == MMS_CHUNK_TOP)
    return 0;
  if (c->state == MMS_CHUNK_MMAPPED)
    return c->size - CHUNK_HDR;
  /* musable: in use when the next chunk's PREV_INUSE says so. */
  if (c->state == MMS_CHUNK_UNSORTED || c->state == MMS_CHUNK_SMALL || c->state == MMS_CHUNK_LARGE)
    return 0;
  return c->size - SIZE_SZ;
}

gboolean
mms_malloc_is_live (struct mm_struct *mm,
                    guint64           ptr)
{
  MmsChunk *c;

  if (!mms_malloc_active (mm))
    return FALSE;
  c = lookup_chunk (mm->malloc_state, ptr);
  return c != NULL && (c->state == MMS_CHUNK_INUSE || c->state == MMS_CHUNK_MMAPPED);
}

/* Marks a write by the program over the free chunk of PTR (a use after
 * free): its links and the next chunk's prev_size are gone. */
void
mms_malloc_note_write (struct mm_struct *mm,
                       guint64           addr,
                       guint64           len)
{
  struct mms_malloc_state *av;
  MmsChunk *c;

  if (!mms_malloc_active (mm) || len == 0)
    return;
  av = mm->malloc_state;
  c = lookup_chunk (av, addr);
  if (c == NULL || c->state == MMS_CHUNK_INUSE || c->state == MMS_CHUNK_MMAPPED
      || c->state == MMS_CHUNK_TOP)
    return;
  c->clobbered = TRUE;
  c->clobber_len = len;
}

static gint
chunk_addr_cmp (gconstpointer a,
                gconstpointer b)
{
  const MmsChunk *x = *(MmsChunk * const *) a;
  const MmsChunk *y = *(MmsChunk * const *) b;

  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* The chunks sorted by address, the top in its place. */
static GPtrArray *
sorted_chunks (struct mms_malloc_state *av)
{
  GPtrArray *all = g_ptr_array_sized_new (g_hash_table_size (av->chunks) + 1);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, av->chunks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (all, value);

  if (av->top != NULL)
    g_ptr_array_add (all, av->top);
  g_ptr_array_sort (all, chunk_addr_cmp);
  return all;
}

void
mms_malloc_foreach_chunk (struct mm_struct *mm,
                          MmsChunkFunc      func,
                          gpointer          user_data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) names = NULL;

  g_return_if_fail (func != NULL);
  if (!mms_malloc_active (mm))
    return;
  all = sorted_chunks (mm->malloc_state);
  names = names_by_ptr (mm->malloc_state);
  /* Heap chunks first, then the mapped ones. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < all->len; i++)
      {
        MmsChunk *c = all->pdata[i];
        MmsChunkInfo info;

        if ((c->state == MMS_CHUNK_MMAPPED) != (pass == 1))
          continue;
        chunk_info (names, c, &info);
        if (!func (&info, user_data))
          return;
      }
}

/* Calls FUNC with one bin's chunks, the stack STACK (top last) read from
 * its top. */
static gboolean
emit_stack (MmsBinFunc  func,
            gpointer    user_data,
            GArray     *addrs,
            MmsBinInfo *info,
            MmsChunk  **stack,
            guint       n)
{
  g_array_set_size (addrs, 0);
  for (guint i = n; i-- > 0;)
    g_array_append_val (addrs, stack[i]->addr);
  info->n = n;
  info->chunks = (const guint64 *) (gpointer) addrs->data;
  return func (info, user_data);
}

void
mms_malloc_foreach_bin (struct mm_struct *mm,
                        MmsBinFunc        func,
                        gpointer          user_data)
{
  struct mms_malloc_state *av;
  g_autoptr(GArray) addrs = g_array_new (FALSE, FALSE, sizeof (guint64));

  g_return_if_fail (func != NULL);
  if (!mms_malloc_active (mm))
    return;
  av = mm->malloc_state;
  for (guint i = 0; i < TC_BINS; i++)
    if (av->tcache_counts[i] > 0)
      {
        MmsBinInfo info = { MMS_CHUNK_TCACHE, i, (i + 2) * 16, 0, NULL };
        if (!emit_stack (func, user_data, addrs, &info, av->tcache_entries[i], av->tcache_counts[i]))
          return;
      }
  for (guint i = 0; i < NFASTBINS; i++)
    if (av->fastbins[i]->len > 0)
      {
        MmsBinInfo info = { MMS_CHUNK_FAST, i, (i + 2) * 16, 0, NULL };
        if (!emit_stack (func, user_data, addrs, &info, (MmsChunk **) (gpointer) av->fastbins[i]->data,
                         av->fastbins[i]->len))
          return;
      }
  for (guint i = 1; i < NBINS - 1; i++)
    {
      MmsChunk *bin = &av->bins[i];
      MmsBinInfo info = { i == 1 ? MMS_CHUNK_UNSORTED : i < 64 ? MMS_CHUNK_SMALL : MMS_CHUNK_LARGE, i, 0, 0, NULL };
      guint n = 0, bound = g_hash_table_size (av->chunks);

      if (bin->fd == bin || bin->fd == NULL)
        continue;
      g_array_set_size (addrs, 0);
      /* A list the program corrupted may loop: no list is longer than the
       * heap has chunks. */
      for (MmsChunk *c = bin->fd; c != NULL && c != bin && n <= bound; c = c->fd, n++)
        g_array_append_val (addrs, c->addr);
      info.size = i == 1 ? 0 : i < 64 ? (guint64) i * 16 : bin->fd->size;
      info.n = n;
      info.chunks = (const guint64 *) (gpointer) addrs->data;
      if (!func (&info, user_data))
        return;
    }
}

void
mms_malloc_set_name (struct mm_struct *mm,
                     const char       *name,
                     guint64           ptr)
{
  struct mms_malloc_state *av;
  MmsAllocName *slot;

  g_return_if_fail (mm != NULL && name != NULL);
  if (mm->malloc_state == NULL)
    mm->malloc_state = malloc_state_new ();
  av = mm->malloc_state;
  slot = g_hash_table_lookup (av->names, name);
  if (slot == NULL)
    {
      char *key = g_strdup (name);
      slot = g_new0 (MmsAllocName, 1);
      g_hash_table_insert (av->names, key, slot);
      g_ptr_array_add (av->name_order, key);
    }
  slot->ptr = ptr;
  slot->usable = mms_malloc_usable_size (mm, ptr);
  slot->freed = FALSE;
}

void
mms_malloc_name_freed (struct mm_struct *mm,
                       const char       *name)
{
  MmsAllocName *slot;

  if (!mms_malloc_active (mm))
    return;
  slot = g_hash_table_lookup (mm->malloc_state->names, name);
  if (slot != NULL)
    slot->freed = TRUE;
}

gboolean
mms_malloc_lookup_name (struct mm_struct *mm,
                        const char       *name,
                        guint64          *ptr,
                        guint64          *usable,
                        gboolean         *freed)
{
  const MmsAllocName *slot;

  if (!mms_malloc_active (mm))
    return FALSE;
  slot = g_hash_table_lookup (mm->malloc_state->names, name);
  if (slot == NULL)
    return FALSE;
  if (ptr != NULL)
    *ptr = slot->ptr;
  if (usable != NULL)
    *usable = slot->usable;
  if (freed != NULL)
    *freed = slot->freed;
  return TRUE;
}

void
mms_malloc_foreach_name (struct mm_struct *mm,
                         MmsNameFunc       func,
                         gpointer          user_data)
{
  struct mms_malloc_state *av;

  g_return_if_fail (func != NULL);
  if (!mms_malloc_active (mm))
    return;
  av = mm->malloc_state;
  for (guint i = 0; i < av->name_order->len; i++)
    {
      const char *name = av->name_order->pdata[i];
      const MmsAllocName *slot = g_hash_table_lookup (av->names, name);

      if (!func (name, slot->ptr, slot->usable, slot->freed, user_data))
        return;
    }
}

void
mms_malloc_count_chunks (struct mm_struct *mm,
                         guint64          *n_heap,
                         guint64          *n_mmapped)
{
  guint64 heap = 0, mapped = 0;

  if (mms_malloc_active (mm))
    {
      struct mms_malloc_state *av = mm->malloc_state;

      /* Invariant 6: n_mmaps counts the mapped chunks of the table. */
      mapped = av->n_mmaps;
      heap = g_hash_table_size (av->chunks) - mapped + (av->top != NULL ? 1 : 0);
    }
  if (n_heap != NULL)
    *n_heap = heap;
  if (n_mmapped != NULL)
    *n_mmapped = mapped;
}

guint64
mms_malloc_tcache_chunk (struct mm_struct *mm)
{
  if (!mms_malloc_active (mm) || mm->malloc_state->tcache == 0)
    return 0;
  return mm->malloc_state->tcache - CHUNK_HDR;
}

guint64
mms_malloc_heap_size (struct mm_struct *mm)
{
  g_return_val_if_fail (mm != NULL, 0);
  return mm->brk - mm->start_brk;
}

void
mms_malloc_free_bytes (struct mm_struct *mm,
                       guint64          *free_bytes,
                       guint64          *largest)
{
  guint64 total = 0, big = 0;

  if (mms_malloc_active (mm))
    {
      GHashTableIter iter;
      gpointer value;
      struct mms_malloc_state *av = mm->malloc_state;

      g_hash_table_iter_init (&iter, av->chunks);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          MmsChunk *c = value;
          if (c->state == MMS_CHUNK_INUSE || c->state == MMS_CHUNK_MMAPPED)
            continue;
          total += c->size;
          big = MAX (big, c->size);
        }
      if (av->top != NULL)
        {
          total += av->top->size;
          big = MAX (big, av->top->size);
        }
    }
  if (free_bytes != NULL)
    *free_bytes = total;
  if (largest != NULL)
    *largest = big;
}

const char *
mms_chunk_state_name (MmsChunkState state)
{
  switch (state)
    {
    case MMS_CHUNK_INUSE: return "allocated";
    case MMS_CHUNK_TCACHE: return "tcachebins";
    case MMS_CHUNK_FAST: return "fastbins";
    case MMS_CHUNK_UNSORTED: return "unsortedbin";
    case MMS_CHUNK_SMALL: return "smallbins";
    case MMS_CHUNK_LARGE: return "largebins";
    case MMS_CHUNK_TOP: return "top";
    case MMS_CHUNK_MMAPPED: return "mmapped";
    default: return "?";
    }
}

/* --- Reports ------------------------------------------------------------- */

static gboolean
report_chunk_cb (const MmsChunkInfo *info,
                 gpointer            user_data)
{
  GString *out = user_data;
  const char *what;

  switch (info->state)
    {
    case MMS_CHUNK_TOP: what = "Top chunk"; break;
    case MMS_CHUNK_TCACHE: what = "Free chunk (tcachebins)"; break;
    case MMS_CHUNK_FAST: what = "Free chunk (fastbins)"; break;
    case MMS_CHUNK_UNSORTED: what = "Free chunk (unsortedbin)"; break;
    case MMS_CHUNK_SMALL: what = "Free chunk (smallbins)"; break;
    case MMS_CHUNK_LARGE: what = "Free chunk (largebins)"; break;
    case MMS_CHUNK_INUSE:
    case MMS_CHUNK_MMAPPED:
    default: what = "Allocated chunk"; break;
    }
  g_string_append_printf (out, "%s%s%s", what,
                          (info->flags & MMS_CHUNK_PREV_INUSE) ? " | PREV_INUSE" : "",
                          (info->flags & MMS_CHUNK_IS_MMAPPED) ? " | IS_MMAPPED" : "");
  if (info->name != NULL)
    g_string_append_printf (out, " | %s", info->name);
  g_string_append_printf (out, "\nAddr: 0x%" G_GINT64_MODIFIER "x\nSize: 0x%" G_GINT64_MODIFIER
                          "x (with flag bits: 0x%" G_GINT64_MODIFIER "x)\n",
                          info->addr, info->size, info->size | info->flags);
  if (info->state == MMS_CHUNK_UNSORTED || info->state == MMS_CHUNK_SMALL
      || info->state == MMS_CHUNK_LARGE)
    g_string_append_printf (out, "fd: 0x%" G_GINT64_MODIFIER "x\nbk: 0x%" G_GINT64_MODIFIER "x\n",
                            info->fd, info->bk);
  g_string_append_c (out, '\n');
  return TRUE;
}

/* pwndbg's `heap`: a block for every chunk. */
void
mms_report_heap (struct mm_struct *mm,
                 GString          *out)
{
  g_return_if_fail (mm != NULL && out != NULL);
  if (!mms_malloc_active (mm) || (mm->malloc_state->top == NULL
                                  && g_hash_table_size (mm->malloc_state->chunks) == 0))
    {
      g_string_append (out, "no heap: malloc has not been called\n");
      return;
    }
  mms_malloc_foreach_chunk (mm, report_chunk_cb, out);
}

static void
append_chain (GString   *out,
              MmsChunk **chunks,
              guint      n)
{
  for (guint i = n; i-- > 0;)
    g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x \xe2\x80\x94\xe2\x96\xb8 ",
                            mem_of (chunks[i]));
  g_string_append (out, "0x0\n");
}

static void
append_list (GString  *out,
             MmsChunk *bin)
{
  g_string_append (out, "0x0");
  for (MmsChunk *c = bin->fd; c != bin; c = c->fd)
    g_string_append_printf (out, " \xe2\x80\x94\xe2\x96\xb8 0x%" G_GINT64_MODIFIER "x", c->addr);
  g_string_append (out, "\n");
}

/* pwndbg's `bins`. */
void
mms_report_bins (struct mm_struct *mm,
                 GString          *out)
{
  struct mms_malloc_state *av;
  gboolean any;

  g_return_if_fail (mm != NULL && out != NULL);
  if (!mms_malloc_active (mm))
    {
      g_string_append (out, "no heap: malloc has not been called\n");
      return;
    }
  av = mm->malloc_state;
  g_string_append (out, "tcachebins\n");
  any = FALSE;
  for (guint i = 0; i < TC_BINS; i++)
    if (av->tcache_counts[i] > 0)
      {
        g_string_append_printf (out, "0x%x [%3u]: ", (i + 2) * 16, av->tcache_counts[i]);
        append_chain (out, av->tcache_entries[i], av->tcache_counts[i]);
        any = TRUE;
      }
  if (!any)
    g_string_append (out, "empty\n");
  g_string_append (out, "fastbins\n");
  any = FALSE;
  for (guint i = 0; i < NFASTBINS; i++)
    {
      GArray *fb = av->fastbins[i];
      if (fb->len == 0)
        continue;
      g_string_append_printf (out, "0x%x: ", (i + 2) * 16);
      append_chain (out, (MmsChunk **) (gpointer) fb->data, fb->len);
      any = TRUE;
    }
  if (!any)
    g_string_append (out, "empty\n");
  g_string_append (out, "unsortedbin\n");
  if (av->bins[1].fd == &av->bins[1])
    g_string_append (out, "empty\n");
  else
    {
      g_string_append (out, "all: ");
      append_list (out, &av->bins[1]);
    }
  for (int large = 0; large < 2; large++)
    {
      g_string_append (out, large ? "largebins\n" : "smallbins\n");
      any = FALSE;
      for (guint i = large ? 64 : 2; i < (guint) (large ? NBINS - 1 : 64); i++)
        {
          MmsChunk *bin = &av->bins[i];
          if (bin->fd == bin)
            continue;
          if (large)
            g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x-: ", bin->fd->size);
          else
            g_string_append_printf (out, "0x%x: ", i * 16);
          append_list (out, bin);
          any = TRUE;
        }
      if (!any)
        g_string_append (out, "empty\n");
    }
}

/* One line per live named allocation, then the break. */
void
mms_report_allocations (struct mm_struct *mm,
                        GString          *out)
{
  g_return_if_fail (mm != NULL && out != NULL);
  if (mms_malloc_active (mm))
    {
      struct mms_malloc_state *av = mm->malloc_state;

      for (guint i = 0; i < av->name_order->len; i++)
        {
          const char *name = av->name_order->pdata[i];
          const MmsAllocName *slot = g_hash_table_lookup (av->names, name);
          MmsChunk *c;

          if (slot->ptr == 0 || slot->freed)
            continue;
          c = lookup_chunk (av, slot->ptr);
          if (c == NULL || (c->state != MMS_CHUNK_INUSE && c->state != MMS_CHUNK_MMAPPED))
            continue;
          if (c->state == MMS_CHUNK_MMAPPED)
            g_string_append_printf (out, "%s mmap 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n",
                                    name, slot->ptr & (PAGE - 1), c->size - CHUNK_HDR);
          else
            g_string_append_printf (out, "%s heap 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n",
                                    name, slot->ptr - mm->start_brk, c->size - SIZE_SZ);
        }
    }
  g_string_append_printf (out, "brk 0x%" G_GINT64_MODIFIER "x\n", mm->brk - mm->start_brk);
}

/* --- Copies, hashes, the checker ----------------------------------------- */

static MmsChunk *
remap_chunk (GHashTable              *map,
             struct mms_malloc_state *from,
             struct mms_malloc_state *to,
             MmsChunk                *c)
{
  if (c == NULL)
    return NULL;
  if (is_bin_header (from, c))
    return &to->bins[c - from->bins];
  return g_hash_table_lookup (map, c);
}

struct mms_malloc_state *
mms_malloc_state_copy (const struct mms_malloc_state *src)
{
  struct mms_malloc_state *from = (struct mms_malloc_state *) src;
  struct mms_malloc_state *av;
  g_autoptr(GHashTable) map = NULL;
  GHashTableIter iter;
  gpointer value;

  if (src == NULL)
    return NULL;
  av = malloc_state_new ();
  map = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_hash_table_iter_init (&iter, from->chunks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      MmsChunk *c = g_memdup2 (value, sizeof (MmsChunk));
      g_hash_table_insert (av->chunks, &c->addr, c);
      g_hash_table_insert (map, value, c);
    }
  if (from->top != NULL)
    {
      av->top = g_memdup2 (from->top, sizeof (MmsChunk));
      g_hash_table_insert (map, from->top, av->top);
    }
  g_hash_table_iter_init (&iter, av->chunks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      MmsChunk *c = value;
      c->fd = remap_chunk (map, from, av, c->fd);
      c->bk = remap_chunk (map, from, av, c->bk);
      c->fd_nextsize = remap_chunk (map, from, av, c->fd_nextsize);
      c->bk_nextsize = remap_chunk (map, from, av, c->bk_nextsize);
    }
  for (guint i = 0; i < NBINS; i++)
    {
      av->bins[i].fd = remap_chunk (map, from, av, from->bins[i].fd);
      av->bins[i].bk = remap_chunk (map, from, av, from->bins[i].bk);
    }
  memcpy (av->binmap, from->binmap, sizeof av->binmap);
  for (guint i = 0; i < NFASTBINS; i++)
    for (guint j = 0; j < from->fastbins[i]->len; j++)
      {
        MmsChunk *c = remap_chunk (map, from, av, g_array_index (from->fastbins[i], MmsChunk *, j));
        g_array_append_val (av->fastbins[i], c);
      }
  av->tcache = from->tcache;
  memcpy (av->tcache_counts, from->tcache_counts, sizeof av->tcache_counts);
  for (guint i = 0; i < TC_BINS; i++)
    for (guint j = 0; j < from->tcache_counts[i]; j++)
      av->tcache_entries[i][j] = remap_chunk (map, from, av, from->tcache_entries[i][j]);
  memcpy (av->tcache_poison, from->tcache_poison, sizeof av->tcache_poison);
  memcpy (av->fastbin_poison, from->fastbin_poison, sizeof av->fastbin_poison);
  av->have_fastchunks = from->have_fastchunks;
  av->noncontiguous = from->noncontiguous;
  av->last_remainder = remap_chunk (map, from, av, from->last_remainder);
  av->sbrk_base = from->sbrk_base;
  av->system_mem = from->system_mem;
  av->max_system_mem = from->max_system_mem;
  av->curbrk = from->curbrk;
  av->mmap_threshold = from->mmap_threshold;
  av->trim_threshold = from->trim_threshold;
  av->top_pad = from->top_pad;
  av->no_dyn_threshold = from->no_dyn_threshold;
  av->n_mmaps = from->n_mmaps;
  av->mmapped_mem = from->mmapped_mem;
  av->next_id = from->next_id;
  av->corrupt = from->corrupt;
  for (guint i = 0; i < from->name_order->len; i++)
    {
      const char *name = from->name_order->pdata[i];
      char *key = g_strdup (name);
      g_hash_table_insert (av->names, key, g_memdup2 (g_hash_table_lookup (from->names, name), sizeof (MmsAllocName)));
      g_ptr_array_add (av->name_order, key);
    }
  return av;
}

static guint64
mix (guint64 h,
     guint64 v)
{
  h ^= v + G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) + (h << 6) + (h >> 2);
  return h;
}

guint64
mms_malloc_state_hash (const struct mms_malloc_state *src)
{
  struct mms_malloc_state *av = (struct mms_malloc_state *) src;
  g_autoptr(GPtrArray) all = NULL;
  guint64 h = 0;

  if (av == NULL)
    return 0;
  all = sorted_chunks (av);
  for (guint i = 0; i < all->len; i++)
    {
      MmsChunk *c = all->pdata[i];
      h = mix (h, c->addr);
      h = mix (h, c->size | (c->prev_inuse ? 1 : 0));
      h = mix (h, c->state);
    }
  for (guint i = 0; i < TC_BINS; i++)
    h = mix (h, av->tcache_counts[i]);
  h = mix (h, av->mmap_threshold);
  h = mix (h, av->system_mem);
  return h;
}

#define CHECK(cond, ...) \
  G_STMT_START { if (!(cond)) { g_set_error (error, MMS_ENGINE_ERROR, MMS_ENGINE_ERROR_INVALID, __VA_ARGS__); return FALSE; } } G_STMT_END

static gboolean
in_list_bin (const MmsChunk *c)
{
  return c->state == MMS_CHUNK_UNSORTED || c->state == MMS_CHUNK_SMALL || c->state == MMS_CHUNK_LARGE;
}

static gboolean
check_bins (struct mms_malloc_state  *av,
            GError                  **error)
{
  guint64 n_in_bins = 0, n_free = 0;
  GHashTableIter iter;
  gpointer value;

  for (guint i = 1; i < NBINS - 1; i++)
    {
      MmsChunk *bin = &av->bins[i];
      MmsChunk *prev = bin;
      guint64 last_size = G_MAXUINT64;

      for (MmsChunk *c = bin->fd; c != bin; prev = c, c = c->fd)
        {
          CHECK (c != NULL && c->bk == prev, "heap invariant 4: bin %u's list is broken at 0x%" G_GINT64_MODIFIER "x", i, prev->addr);
          CHECK (in_list_bin (c) && c->bin == i, "heap invariant 4: chunk 0x%" G_GINT64_MODIFIER "x in bin %u is %s (bin %u)",
                 c->addr, i, mms_chunk_state_name (c->state), c->bin);
          if (i >= 2)
            {
              CHECK (bin_index (c->size) == i, "heap invariant 4: chunk 0x%" G_GINT64_MODIFIER "x of size 0x%" G_GINT64_MODIFIER "x in bin %u",
                     c->addr, c->size, i);
              CHECK ((av->binmap[i >> 5] >> (i & 31)) & 1, "heap invariant 5: bin %u is not empty but its binmap bit is clear", i);
            }
          if (i >= 64)
            {
              CHECK (c->size <= last_size, "heap invariant 4: large bin %u is not sorted at 0x%" G_GINT64_MODIFIER "x", i, c->addr);
              CHECK ((c->size != last_size) == (c->fd_nextsize != NULL),
                     "heap invariant 4: chunk 0x%" G_GINT64_MODIFIER "x of large bin %u: nextsize links wrong", c->addr, i);
              last_size = c->size;
            }
          n_in_bins++;
          CHECK (n_in_bins <= g_hash_table_size (av->chunks), "heap invariant 4: bin %u's list loops", i);
        }
      CHECK (bin->bk == prev, "heap invariant 4: bin %u's bk does not end its list", i);
    }
  g_hash_table_iter_init (&iter, av->chunks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (in_list_bin (value))
      n_free++;
  CHECK (n_free == n_in_bins, "heap invariant 4: %" G_GUINT64_FORMAT " free chunks but %" G_GUINT64_FORMAT " in the bins",
         n_free, n_in_bins);

  for (guint i = 0; i < TC_BINS; i++)
    {
      CHECK (av->tcache_counts[i] <= TC_COUNT, "heap invariant 5: tcache bin %u holds %u chunks", i, av->tcache_counts[i]);
      for (guint j = 0; j < av->tcache_counts[i]; j++)
        {
          MmsChunk *c = av->tcache_entries[i][j];
          CHECK (c->state == MMS_CHUNK_TCACHE && csize2tidx (c->size) == i,
                 "heap invariant 5: tcache bin %u holds chunk 0x%" G_GINT64_MODIFIER "x (%s, size 0x%" G_GINT64_MODIFIER "x)",
                 i, c->addr, mms_chunk_state_name (c->state), c->size);
        }
    }
  for (guint i = 0; i < NFASTBINS; i++)
    for (guint j = 0; j < av->fastbins[i]->len; j++)
      {
        MmsChunk *c = g_array_index (av->fastbins[i], MmsChunk *, j);
        CHECK (c->state == MMS_CHUNK_FAST && fastbin_index (c->size) == i,
               "heap invariant 5: fastbin %u holds chunk 0x%" G_GINT64_MODIFIER "x (%s)", i, c->addr,
               mms_chunk_state_name (c->state));
      }
  return TRUE;
}

gboolean
mms_check_malloc (struct mm_struct  *mm,
                  GError           **error)
{
  struct mms_malloc_state *av;
  g_autoptr(GPtrArray) all = NULL;
  guint64 expect;
  MmsChunk *prev = NULL;
  guint64 n_mmapped = 0;

  if (!mms_malloc_active (mm))
    return TRUE;
  av = mm->malloc_state;
  if (av->top == NULL || av->busy)
    return TRUE;
  all = sorted_chunks (av);
  expect = 0;
  for (guint i = 0; i < all->len; i++)
    {
      MmsChunk *c = all->pdata[i];

      if (c->state == MMS_CHUNK_MMAPPED)
        {
          /* Its mapping may be gone: the program can munmap glibc's
           * memory, which glibc finds out when it next touches it. */
          CHECK (((c->addr - c->prev_size) & (PAGE - 1)) == 0 && (c->size & (PAGE - 1)) == 0,
                 "heap invariant 6: mmapped chunk 0x%" G_GINT64_MODIFIER "x is not page-aligned", c->addr);
          n_mmapped++;
          continue;
        }
      if (av->noncontiguous)
        continue;
      if (expect == 0)
        expect = c->addr;
      /* After a foreign brk, two fenceposts close the old part of the heap. */
      if (c->addr != expect && prev != NULL && prev->size == CHUNK_HDR && c->addr > expect)
        expect = c->addr;
      CHECK (c->addr == expect, "heap invariant 1: a chunk at 0x%" G_GINT64_MODIFIER "x, the one below ends at 0x%" G_GINT64_MODIFIER "x",
             c->addr, expect);
      CHECK (c->size >= CHUNK_HDR && (c->size & ALIGN_MASK) == 0,
             "heap invariant 1: chunk 0x%" G_GINT64_MODIFIER "x has size 0x%" G_GINT64_MODIFIER "x", c->addr, c->size);
      expect = c->addr + c->size;
      if (prev != NULL && !av->corrupt)
        {
          gboolean prev_free = in_list_bin (prev);
          CHECK (c->prev_inuse == !prev_free,
                 "heap invariant 2: chunk 0x%" G_GINT64_MODIFIER "x's PREV_INUSE is %d, the chunk below is %s",
                 c->addr, c->prev_inuse, mms_chunk_state_name (prev->state));
          if (prev_free)
            {
              CHECK (c->prev_size == prev->size, "heap invariant 2: chunk 0x%" G_GINT64_MODIFIER "x's prev_size is 0x%" G_GINT64_MODIFIER "x, not 0x%" G_GINT64_MODIFIER "x",
                     c->addr, c->prev_size, prev->size);
              CHECK (!in_list_bin (c) && c->state != MMS_CHUNK_TOP,
                     "heap invariant 3: free chunks 0x%" G_GINT64_MODIFIER "x and 0x%" G_GINT64_MODIFIER "x are neighbours", prev->addr, c->addr);
            }
        }
      prev = c;
    }
  CHECK (prev == NULL || av->noncontiguous || prev == av->top,
         "heap invariant 1: the top chunk is not the last one");
  CHECK (n_mmapped == av->n_mmaps, "heap invariant 6: %" G_GUINT64_FORMAT " mmapped chunks, n_mmaps %" G_GUINT64_FORMAT,
         n_mmapped, av->n_mmaps);
  if (av->corrupt)
    return TRUE;
  return check_bins (av, error);
}
