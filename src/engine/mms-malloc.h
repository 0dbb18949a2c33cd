/* mms-malloc.h: the user-space heap, glibc 2.36's ptmalloc (malloc/malloc.c)
 * for the main arena of one process, placed chunk for chunk where Debian
 * 12's glibc places it.
 *
 * The allocator lives in the process's address space: its state hangs off
 * the mm_struct (threads share it, fork copies it, exec and exit drop it).
 * Every brk, mmap, munmap and mremap it makes is an engine syscall, and
 * every word it writes (chunk headers, fd/bk, the tcache's next and key,
 * calloc's clearing, realloc's copy) is a write through the engine, so that
 * its page faults and RSS are those of the real process.
 */
#pragma once

#include "mms-mm.h"

G_BEGIN_DECLS

/* Where a chunk is (pwndbg's words). */
typedef enum
{
  MMS_CHUNK_INUSE,          /* handed out by malloc */
  MMS_CHUNK_TCACHE,         /* in a tcache bin (looks in use to the arena) */
  MMS_CHUNK_FAST,           /* in a fastbin (looks in use to the arena) */
  MMS_CHUNK_UNSORTED,       /* in the unsorted bin */
  MMS_CHUNK_SMALL,          /* in a small bin */
  MMS_CHUNK_LARGE,          /* in a large bin */
  MMS_CHUNK_TOP,            /* the top chunk */
  MMS_CHUNK_MMAPPED,        /* a chunk in a mapping of its own */
} MmsChunkState;

/* Chunk header bits (the low bits of the size field). */
#define MMS_CHUNK_PREV_INUSE 0x1
#define MMS_CHUNK_IS_MMAPPED 0x2

/* glibc 2.36's constants on x86_64. */
#define MMS_MALLOC_SIZE_SZ        8
#define MMS_MALLOC_CHUNK_HDR      16
#define MMS_MALLOC_ALIGNMENT      16
#define MMS_MALLOC_MINSIZE        32
#define MMS_MALLOC_TCACHE_BINS    64
#define MMS_MALLOC_TCACHE_COUNT   7
#define MMS_MALLOC_NFASTBINS      10
#define MMS_MALLOC_NBINS          128
#define MMS_MALLOC_MAX_FAST       0x80
#define MMS_MALLOC_MIN_LARGE      0x400
#define MMS_MALLOC_TOP_PAD        (128 * 1024)
#define MMS_MALLOC_MMAP_THRESHOLD (128 * 1024)
#define MMS_MALLOC_TRIM_THRESHOLD (128 * 1024)
#define MMS_MALLOC_MMAP_THRESHOLD_MAX (G_GUINT64_CONSTANT (32) << 20)
#define MMS_MALLOC_CONSOLIDATE_THRESHOLD 65536

typedef struct mms_chunk MmsChunk;

/* One chunk as the views and reports see it. */
typedef struct
{
  guint id;                 /* stable identity while the chunk lives */
  guint64 addr;             /* the chunk (the pointer is addr + 16) */
  guint64 size;             /* chunksize(), without the flag bits */
  guint flags;              /* MMS_CHUNK_PREV_INUSE, MMS_CHUNK_IS_MMAPPED */
  MmsChunkState state;
  guint bin;                /* tcache index, fastbin index or bin index */
  const char *name;         /* the scenario's name of the allocation, or NULL */
  guint64 fd, bk;           /* list neighbours in a doubly-linked bin (0: the bin) */
} MmsChunkInfo;

struct mms_malloc_state;

/* Results of the calls: a pointer, or 0 (with *ERR an errno) when malloc
 * returned NULL.  When glibc aborts (malloc_printerr: a double free, a
 * corrupted list) the process is killed with SIGABRT: the call returns 0,
 * *ERR is 0 and the task's state is MMS_TASK_KILLED_ABRT. */
guint64 mms_malloc (struct task_struct *task,
                    guint64             bytes,
                    int                *err);
guint64 mms_calloc (struct task_struct *task,
                    guint64             n,
                    guint64             size,
                    int                *err);
guint64 mms_realloc (struct task_struct *task,
                     guint64             ptr,
                     guint64             bytes,
                     int                *err);
void mms_free (struct task_struct *task,
               guint64             ptr);

/* The glibc message of the last abort in TASK's mm, or NULL. */
const char *mms_malloc_abort_message (struct task_struct *task);

/* malloc_usable_size (PTR), 0 for a pointer that is not a live chunk's. */
guint64 mms_malloc_usable_size (struct mm_struct *mm,
                                guint64           ptr);

/* The chunk whose user pointer is PTR (in use or not), FALSE if none. */
gboolean mms_malloc_chunk_at (struct mm_struct *mm,
                              guint64           ptr,
                              MmsChunkInfo     *info);

/* The program wrote [ADDR, ADDR + LEN) at the user pointer ADDR of a free
 * chunk (a use after free): its links are overwritten. */
void mms_malloc_note_write (struct mm_struct *mm,
                            guint64           addr,
                            guint64           len);

/* Whether MM's allocator has run (it has a heap state). */
gboolean mms_malloc_active (struct mm_struct *mm);

/* Every chunk of the heap in address order, then the mmapped chunks in
 * address order; FUNC returns FALSE to stop. */
typedef gboolean (*MmsChunkFunc) (const MmsChunkInfo *info,
                                  gpointer            user_data);
void mms_malloc_foreach_chunk (struct mm_struct *mm,
                               MmsChunkFunc      func,
                               gpointer          user_data);

/* One non-empty bin, as the heap view draws it: KIND is MMS_CHUNK_TCACHE,
 * MMS_CHUNK_FAST, MMS_CHUNK_UNSORTED, MMS_CHUNK_SMALL or MMS_CHUNK_LARGE,
 * INDEX the tcache, fastbin or bin index, SIZE the chunk size the bin
 * holds (a large bin's: its first chunk's; the unsorted bin: 0), and
 * CHUNKS the addresses of its N chunks from the head (the one taken next
 * for the tcache and the fastbins, fd order for the others). */
typedef struct
{
  MmsChunkState kind;
  guint index;
  guint64 size;
  guint n;
  const guint64 *chunks;
} MmsBinInfo;

typedef gboolean (*MmsBinFunc) (const MmsBinInfo *info,
                                gpointer          user_data);
/* Every non-empty bin: the tcache's, the fastbins, the unsorted bin, the
 * small bins, then the large bins; FUNC returns FALSE to stop. */
void mms_malloc_foreach_bin (struct mm_struct *mm,
                             MmsBinFunc        func,
                             gpointer          user_data);

/* Names of allocations, kept with the heap (a fork copies them): NAME
 * stands for the pointer PTR (0: NULL).  The runner binds each result,
 * and marks a name freed when the program frees it (it keeps its pointer:
 * a second free or a write is the program's use after free). */
void mms_malloc_set_name (struct mm_struct *mm,
                          const char       *name,
                          guint64           ptr);
void mms_malloc_name_freed (struct mm_struct *mm,
                            const char       *name);
/* What NAME stands for: its pointer, its usable size when it was bound
 * or freed, and whether it was freed; FALSE when NAME was never bound. */
gboolean mms_malloc_lookup_name (struct mm_struct *mm,
                                 const char       *name,
                                 guint64          *ptr,
                                 guint64          *usable,
                                 gboolean         *freed);
/* Every name in binding order, with what it stands for now (as
 * mms_malloc_lookup_name gives it); FUNC returns FALSE to stop. */
typedef gboolean (*MmsNameFunc) (const char *name,
                                 guint64     ptr,
                                 guint64     usable,
                                 gboolean    freed,
                                 gpointer    user_data);
void mms_malloc_foreach_name (struct mm_struct *mm,
                              MmsNameFunc       func,
                              gpointer          user_data);
/* Whether the chunk of PTR is currently handed out (not freed). */
gboolean mms_malloc_is_live (struct mm_struct *mm,
                             guint64           ptr);

/* Reports (spec/cli.md, `heap`): pwndbg's `heap` and `bins`, and one line
 * per live named allocation then the break ("NAME heap 0xOFF USABLE",
 * "NAME mmap 0xPAGEOFF USABLE", "brk 0xOFF"). */
void mms_report_heap (struct mm_struct *mm,
                      GString          *out);
void mms_report_bins (struct mm_struct *mm,
                      GString          *out);
void mms_report_allocations (struct mm_struct *mm,
                             GString          *out);

/* The number of chunks of the heap (the top included) and of mmapped
 * chunks, without walking them. */
void mms_malloc_count_chunks (struct mm_struct *mm,
                              guint64          *n_heap,
                              guint64          *n_mmapped);

/* The chunk holding the tcache_perthread_struct (tcache_init's), 0 before
 * the first call. */
guint64 mms_malloc_tcache_chunk (struct mm_struct *mm);

/* Size of the heap: the break minus start_brk. */
guint64 mms_malloc_heap_size (struct mm_struct *mm);

/* Free bytes in the arena's bins and top, and the largest one chunk. */
void mms_malloc_free_bytes (struct mm_struct *mm,
                            guint64          *free_bytes,
                            guint64          *largest);

/* The heap's invariants (mms-malloc.c's header lists them). */
gboolean mms_check_malloc (struct mm_struct  *mm,
                           GError           **error);

/* For mm_struct's life cycle (fork, checkpoints, mmput). */
struct mms_malloc_state *mms_malloc_state_copy (const struct mms_malloc_state *state);
void mms_malloc_state_free (struct mms_malloc_state *state);
guint64 mms_malloc_state_hash (const struct mms_malloc_state *state);

/* Bin names as pwndbg prints them ("tcachebins", "fastbins"...). */
const char *mms_chunk_state_name (MmsChunkState state);

G_END_DECLS
