/* mms-scenario.h: the parsed form of a scenario (.mms) file.
 *
 * The parser (mms-parser.c) turns the text of scenario.md's language into an
 * MmsScenario: a header (title, machine, files) and a list of statements.
 * Steps and checks keep the line and column of every token that a later
 * error may have to point at, so that the runner reports runtime errors as
 * FILE:LINE:COLUMN: error: MESSAGE too.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MMS_SCENARIO_ERROR (mms_scenario_error_quark ())

/* The longest line a scenario may have, in bytes, not counting the line
 * terminator (the lexer's limit; writers of scenarios keep to it). */
#define MMS_SCENARIO_MAX_LINE 65536

typedef enum
{
  MMS_SCENARIO_ERROR_SYNTAX,      /* the text does not follow the grammar */
  MMS_SCENARIO_ERROR_SEMANTIC,    /* well formed, but wrong at run time */
  MMS_SCENARIO_ERROR_EXPECT,      /* an expect line found something else */
  MMS_SCENARIO_ERROR_UNSUPPORTED, /* parsed, but the engine cannot run it yet */
  MMS_SCENARIO_ERROR_IO,          /* the file could not be read */
} MmsScenarioError;

GQuark mms_scenario_error_quark (void);

/* A position in the source file; lines and columns count from 1. */
typedef struct
{
  guint line;
  guint column;
} MmsLoc;

typedef enum
{
  MMS_ARCH_X86_64,
  MMS_ARCH_I386,
  MMS_ARCH_I386_LEGACY,
} MmsScenarioArch;

/* An address operand: a number, a label, or a label plus or minus a size. */
typedef struct
{
  MmsLoc loc;          /* the operand's first character */
  char *label;         /* NULL for a plain number */
  guint64 value;       /* the number, or the offset's magnitude */
  gboolean negative;   /* label - value */
} MmsAddr;

typedef enum
{
  /* Process statements: the first token is the process name. */
  MMS_STMT_SPAWN,
  MMS_STMT_FORK,
  MMS_STMT_THREAD,
  MMS_STMT_EXEC,
  MMS_STMT_EXIT,
  MMS_STMT_MMAP,
  MMS_STMT_MUNMAP,
  MMS_STMT_MPROTECT,
  MMS_STMT_MREMAP,
  MMS_STMT_BRK,
  MMS_STMT_READ,
  MMS_STMT_WRITE,
  MMS_STMT_FETCH,
  MMS_STMT_SHMGET,
  MMS_STMT_SHMAT,
  MMS_STMT_SHMDT,
  /* Kernel statements. */
  MMS_STMT_ALLOC_PAGES,
  MMS_STMT_FREE_PAGES,
  MMS_STMT_KMEM_CACHE_ALLOC,
  MMS_STMT_KMEM_CACHE_FREE,
  MMS_STMT_KMALLOC,
  MMS_STMT_KFREE,
  MMS_STMT_RECLAIM,
  /* Process statements of the C library's allocator (malloc(3)). */
  MMS_STMT_MALLOC,
  MMS_STMT_CALLOC,
  MMS_STMT_REALLOC,
  MMS_STMT_FREE,
  /* Process statements of threads and children (after the others: the
   * kinds are numbered in the order they were added). */
  MMS_STMT_PTHREAD,
  MMS_STMT_VFORK,

  /* Not a kind: the number of kinds.  New kinds go above it (see
   * stmt_syntax[] in mms-parser.c for what else a statement needs). */
  MMS_N_STMT_KINDS
} MmsStmtKind;

/* Protection bits, as in mman.h. */
#define MMS_PROT_READ  0x1
#define MMS_PROT_WRITE 0x2
#define MMS_PROT_EXEC  0x4

typedef enum
{
  MMS_BRK_SET,  /* brk ADDR */
  MMS_BRK_GROW, /* brk +SIZE */
  MMS_BRK_SHRINK, /* brk -SIZE */
} MmsBrkMode;

/* Zone restriction of `kernel alloc_pages ... zone=`; NONE means the default. */
typedef enum
{
  MMS_ZONE_REQ_NONE,
  MMS_ZONE_REQ_DMA,
  MMS_ZONE_REQ_DMA32,
  MMS_ZONE_REQ_NORMAL,
  MMS_ZONE_REQ_HIGHMEM,
} MmsZoneReq;

/* One step.
 *
 * A scenario has a step a line, so steps are kept small: the fields of one
 * statement kind only (after `prot_loc`) share their storage with those of
 * the other kinds, in an anonymous union.  Read only the fields of the
 * statement's kind (the comments say which); those of its kind that a
 * statement does not use stay zero/NULL, as do the common fields above the
 * union. */
typedef struct
{
  MmsStmtKind kind;
  gboolean pooled;         /* in the scenario's statement blocks (private) */
  guint index;             /* step number, from 1 */
  MmsLoc loc;              /* the statement's first token */
  char *text;              /* the statement's source text, trimmed, no comment */

  char *proc;              /* P (process statements); NULL for kernel ones */
  MmsLoc proc_loc;

  char *as;                /* as L, NULL when absent */
  MmsLoc as_loc;

  /* The notes that precede this step. */
  char *note;              /* English, NULL when none */
  char *note_zh_CN;        /* Simplified Chinese, NULL when none */

  /* mmap, munmap, mprotect, mremap, read, write, fetch, shmdt, brk;
   * thread's stack= and size=, pthread's stacksize= */
  MmsAddr addr;            /* ADDR (also at= of mmap, ADDR of brk, stack= of thread) */
  guint64 len;             /* LEN; mremap OLDLEN; read/write/fetch default 1; the stack size */
  MmsLoc len_loc;
  gboolean has_addr;       /* mmap at= given / brk ADDR form */
  gboolean has_len;
  guint prot;              /* MMS_PROT_* */
  MmsLoc prot_loc;

  union
  {
    /* fork, thread, pthread, vfork */
    struct
    {
      char *target;        /* C of fork and vfork, T of thread and pthread */
      MmsLoc target_loc;
    };

    /* spawn, exec images: sizes are 0 when not given (has_* tells). */
    struct
    {
      guint64 text_size, rodata_size, data_size, bss_size;
      gboolean has_text, has_rodata, has_data, has_bss;
      char *elf;           /* elf=PATH */
      MmsLoc elf_loc;
      GPtrArray *args;     /* spawn P elf=PATH args... (char *), may be NULL */
    };

    /* mmap */
    struct
    {
      char *file;          /* mmap file=NAME (NULL: anonymous) */
      MmsLoc file_loc;
      guint64 offset;      /* mmap offset= */
      gboolean has_offset;
      gboolean shared;     /* mmap shared */
      gboolean fixed;      /* mmap ... fixed */
      gboolean noreplace;  /* mmap ... noreplace */
      gboolean growsdown;  /* mmap ... growsdown */
      gboolean noreserve;  /* mmap ... noreserve (MAP_NORESERVE) */
      gboolean map_stack;  /* mmap ... stack (MAP_STACK) */
    };

    /* mremap */
    struct
    {
      guint64 new_len;     /* mremap NEWLEN */
      MmsLoc new_len_loc;
      gboolean maymove;    /* mremap ... maymove */
    };

    /* brk */
    struct
    {
      MmsBrkMode brk_mode;
      guint64 brk_size;    /* brk +SIZE / -SIZE */
    };

    /* shmget KEY SIZE, shmat KEY; kmalloc SIZE */
    struct
    {
      guint64 key;
      MmsLoc key_loc;
      guint64 size;        /* kmalloc SIZE, shmget SIZE */
      MmsLoc size_loc;
    };

    /* kernel alloc_pages */
    struct
    {
      guint order;         /* alloc_pages ORDER */
      MmsLoc order_loc;
      MmsZoneReq zone;     /* alloc_pages zone= */
      MmsLoc zone_loc;
    };

    /* kernel kmem_cache_alloc */
    struct
    {
      char *cache;         /* kmem_cache_alloc CACHE */
      MmsLoc cache_loc;
    };

    /* kernel free_pages, kmem_cache_free, kfree */
    struct
    {
      char *free_label;    /* free_pages L, kmem_cache_free L, kfree L */
      MmsLoc free_label_loc;
    };

    /* kernel reclaim */
    guint64 pages;         /* reclaim PAGES */

    /* malloc SIZE [as L], calloc N SIZE [as L], realloc L SIZE, free L */
    struct
    {
      guint64 alloc_size;  /* malloc, calloc, realloc SIZE (0 allowed) */
      MmsLoc alloc_size_loc;
      guint64 alloc_count; /* calloc N */
      MmsLoc alloc_count_loc;
      char *alloc_name;    /* realloc L (the result rebinds it), free L */
      MmsLoc alloc_name_loc;
    };
  };
} MmsStmt;

typedef enum
{
  MMS_EXPECT_SEGV,        /* expect P segv */
  MMS_EXPECT_ERRNO,       /* expect errno NAME */
  MMS_EXPECT_VMAS,        /* expect P vmas N */
  MMS_EXPECT_RSS,         /* expect P rss SIZE */
  MMS_EXPECT_FREE,        /* expect free SIZE */
  MMS_EXPECT_OK,          /* expect ok: the previous step's syscall succeeded */
  MMS_EXPECT_NR_FREE,     /* expect nr_free ZONE ORDER N */
  MMS_EXPECT_ZONE_FREE,   /* expect zone ZONE free SIZE */
  MMS_EXPECT_SLABS,       /* expect slabs CACHE FULL PARTIAL EMPTY */
  MMS_EXPECT_OBJECTS,     /* expect objects CACHE N (active objects) */
  MMS_EXPECT_OOM,         /* expect P oom: the OOM killer killed P */
  MMS_EXPECT_SWAP,        /* expect swap SIZE: swap space in use */
  MMS_EXPECT_CHUNK,       /* expect P chunk L SIZE: the chunk size of L's chunk */
  MMS_EXPECT_HEAP,        /* expect P heap SIZE: brk - start_brk */
  MMS_EXPECT_ABORT,       /* expect P abort: glibc aborted P (SIGABRT) */

  /* Not a kind: the number of kinds (see expect_syntax[] in
   * mms-parser.c for what else a check needs). */
  MMS_N_EXPECT_KINDS
} MmsExpectKind;

/* An expect line; it checks the state after the step it follows. */
typedef struct
{
  MmsExpectKind kind;
  MmsLoc loc;              /* the `expect` keyword */
  MmsLoc check_loc;        /* the check word: ok, errno, segv, free... */
  guint after_step;        /* the step it follows (0: after boot) */
  char *proc;              /* segv, oom, vmas, rss, chunk, heap */
  MmsLoc proc_loc;
  char *name;              /* errno name ("ENOMEM"), zone, cache, chunk L */
  MmsLoc name_loc;
  guint64 value;           /* vmas N, rss/free/chunk/heap SIZE, nr_free N, objects N */
  MmsLoc value_loc;
  guint order;             /* nr_free ZONE ORDER N */
  guint64 full, partial, empty; /* slabs CACHE FULL PARTIAL EMPTY */
  char *text;              /* the line's source text */
} MmsExpect;

/* An ask line: a question for the student about the state after the step
 * it follows, answered by the engine (mms-quiz.c).  `ask` takes any expect
 * form without its value (`ask P rss`, `ask free`, `ask nr_free ZONE
 * ORDER`, `ask slabs CACHE`) or `ask fault P read|write|fetch ADDR`, then
 * optionally the question's words as a quoted string; an `ask.zh_CN
 * "..."` line after it gives them in Simplified Chinese. */
typedef struct
{
  MmsExpect check;         /* the expect form asked; its value is unused */
  gboolean fault;          /* ask fault P ACCESS ADDR (check.proc is P) */
  guint access;            /* fault: 0 read, 1 write, 2 fetch (MmsAccess) */
  MmsAddr addr;            /* fault: ADDR */
  char *question;          /* the teacher's words, or NULL */
  char *question_zh_CN;
} MmsAsk;

/* A file of the simulated file system (header statement `file NAME
 * size=SIZE [path=PATH] [dev=MAJOR:MINOR inode=INODE]`). */
typedef struct
{
  char *name;
  MmsLoc loc;
  guint64 size;
  char *path;              /* path="/usr/lib/..." (NULL: the name is the path) */
  gboolean has_dev;        /* dev= and inode=: the real file's, as maps shows them */
  guint dev_major, dev_minor;
  guint64 inode;
} MmsFileDecl;

typedef struct _MmsScenario MmsScenario;

struct _MmsScenario
{
  char *filename;          /* as given to the parser, used in messages */
  char *title;             /* NULL when the file has none */

  /* machine: defaults x86_64, 64M, 0, 0 */
  MmsScenarioArch arch;
  guint64 ram;
  guint64 swap;
  guint64 reserve;
  MmsLoc machine_loc;      /* 0:0 when there is no machine line */
  MmsLoc ram_loc;

  GPtrArray *files;        /* MmsFileDecl * */
  GPtrArray *steps;        /* MmsStmt *, steps->pdata[i]->index == i + 1 */
  GPtrArray *expects;      /* MmsExpect *, in file order */
  GPtrArray *asks;         /* MmsAsk *, in file order */

  /* Notes after the last step (they belong to no step). */
  char *trailing_note;
  char *trailing_note_zh_CN;

  /*< private >*/
  /* The names, notes and paths of the steps, interned: a step does not
   * own them, they live as long as the scenario. */
  GStringChunk *strings;
  /* The statements after the first few thousand, packed in big blocks
   * (mms-parser.c: stmt_new ()); a step's block lives as long as the
   * scenario. */
  GPtrArray *stmt_blocks;
  guint8 *stmt_next;
  gsize stmt_left;
  guint n_stmts;
};

/* Parses TEXT (LENGTH bytes, or -1 for NUL-terminated) read from FILENAME.
 * Returns NULL and sets ERROR (MMS_SCENARIO_ERROR_SYNTAX) with a message of
 * the form "FILENAME:LINE:COLUMN: error: MESSAGE" on the first error. */
MmsScenario *mms_scenario_parse (const char  *filename,
                                 const char  *text,
                                 gssize       length,
                                 GError     **error);

/* Reads and parses a file; I/O errors are reported as FILENAME: error: ... */
MmsScenario *mms_scenario_load (const char  *path,
                                GError     **error);

void mms_scenario_free (MmsScenario *scenario);

/* Parses TEXT, one step or note, and appends it to SCENARIO as if it were
 * the next line of its file; errors read FILE:LINE:COLUMN: error: ... with
 * that line.  On an error SCENARIO is unchanged. */
gboolean mms_scenario_append_line (MmsScenario  *scenario,
                                   const char   *text,
                                   GError      **error);

/* SCENARIO as the text of a .mms file (header, then each step with its
 * notes and the expect lines after it); mms-writer.c. */
char *mms_scenario_to_text (MmsScenario *scenario);

/* Formats "FILE:LINE:COLUMN: error: MESSAGE" into ERROR. */
void mms_scenario_set_error (GError         **error,
                             MmsScenarioError code,
                             const char      *filename,
                             MmsLoc           loc,
                             const char      *format,
                             ...) G_GNUC_PRINTF (5, 6);

/* The name of a statement kind as written ("mmap", "alloc_pages"). */
const char *mms_stmt_kind_name (MmsStmtKind kind);

/* errno names the engine can produce ("ENOMEM" <-> 12); 0 / NULL if unknown. */
int mms_errno_from_name (const char *name);
const char *mms_errno_name (int err);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MmsScenario, mms_scenario_free)

G_END_DECLS
