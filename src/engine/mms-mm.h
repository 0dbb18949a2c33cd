/* mms-mm.h: address spaces (engine.md sections 3 to 6).
 *
 * struct mm_struct, struct vm_area_struct, struct anon_vma, simulated files
 * with their page cache, processes, and the page tables.  The kernel's
 * names are kept so that code, narration and textbook share a vocabulary.
 */
#pragma once

#include "mms-machine.h"
#include "mms-rbtree.h"
#include "mms-maple-tree.h"

G_BEGIN_DECLS

/* vm_flags (include/linux/mm.h). */
#define VM_NONE       0x00000000UL
#define VM_READ       0x00000001UL
#define VM_WRITE      0x00000002UL
#define VM_EXEC       0x00000004UL
#define VM_SHARED     0x00000008UL
#define VM_MAYREAD    0x00000010UL
#define VM_MAYWRITE   0x00000020UL
#define VM_MAYEXEC    0x00000040UL
#define VM_MAYSHARE   0x00000080UL
#define VM_GROWSDOWN  0x00000100UL
#define VM_PFNMAP     0x00000400UL
#define VM_LOCKED     0x00002000UL
#define VM_IO         0x00004000UL
#define VM_DONTCOPY   0x00020000UL
#define VM_DONTEXPAND 0x00040000UL
#define VM_ACCOUNT    0x00100000UL
#define VM_NORESERVE  0x00200000UL
#define VM_DONTDUMP   0x04000000UL
#define VM_NOHUGEPAGE 0x40000000UL

#define VM_ACCESS_FLAGS (VM_READ | VM_WRITE | VM_EXEC)

/* PTE bits (arch/x86/include/asm/pgtable_types.h).  i386 without PAE has
 * no NX bit; the engine never sets it there. */
#define MMS_PTE_PRESENT  (G_GUINT64_CONSTANT (1) << 0)
#define MMS_PTE_RW       (G_GUINT64_CONSTANT (1) << 1)
#define MMS_PTE_USER     (G_GUINT64_CONSTANT (1) << 2)
#define MMS_PTE_ACCESSED (G_GUINT64_CONSTANT (1) << 5)
#define MMS_PTE_DIRTY    (G_GUINT64_CONSTANT (1) << 6)
#define MMS_PTE_NX       (G_GUINT64_CONSTANT (1) << 63)
#define MMS_PTE_PFN_MASK G_GUINT64_CONSTANT (0x000ffffffffff000)
/* A swap entry: not present, the slot number above bit 12, bit 9 set so
 * that slot 0 is not an empty entry. */
#define MMS_PTE_SWAP     (G_GUINT64_CONSTANT (1) << 9)

#define mms_pte_present(pte)  (((pte) & MMS_PTE_PRESENT) != 0)
#define mms_pte_none(pte)     ((pte) == 0)
#define mms_pte_is_swap(pte)  (!mms_pte_present (pte) && ((pte) & MMS_PTE_SWAP) != 0)
#define mms_pte_pfn(pte)      (((pte) & MMS_PTE_PFN_MASK) >> MMS_PAGE_SHIFT)
#define mms_pte_swap_slot(pte) ((pte) >> MMS_PAGE_SHIFT)
#define mms_swap_pte(slot)    (((guint64) (slot) << MMS_PAGE_SHIFT) | MMS_PTE_SWAP)

struct mm_struct;
struct task_struct;

/* A file of the simulated file system (struct inode + address_space). */
struct mms_file
{
  guint id;
  char *path;               /* as /proc shows it: "/lib/libdemo.so", "/dev/zero (deleted)" */
  guint64 size;             /* bytes */
  guint64 inode;
  guint dev_major, dev_minor; /* with real_dev: the real file's st_dev */
  gboolean real_dev;        /* a real file's device and inode (import-strace, snapshot) */
  gboolean shmem;           /* shared anonymous memory or SysV shm */
  GHashTable *page_cache;   /* index (guint64 as pointer) -> pfn + 1 */
  guint nr_mappings;        /* VMAs mapping it (i_mmap) */
};

/* struct anon_vma: the reverse map of anonymous pages. */
struct anon_vma
{
  guint id;
  guint refcount;           /* VMAs that point to it; 0 once released */
  guint64 slab_addr;        /* its object in the anon_vma cache, 0 once released */
};

struct vm_area_struct
{
  /* find_vma() reads these three on every level of the tree: they share a
   * cache line. */
  guint64 vm_start;
  guint64 vm_end;           /* first byte after */
  struct rb_node vm_rb;     /* in mm->mm_rb, keyed by vm_start */

  gulong vm_flags;
  guint64 vm_pgoff;         /* in pages */
  struct mms_file *vm_file;
  struct anon_vma *anon_vma;
  struct mm_struct *vm_mm;
  const char *special;      /* "[vdso]", "[vvar]", "[vvar_vclock]" or NULL */

  struct vm_area_struct *vm_next;
  struct vm_area_struct *vm_prev;

  guint id;                 /* stable identity for views and animation */
  guint64 slab_addr;        /* its object in the vm_area_struct cache */
};

struct mm_struct
{
  MmsMachine *machine;
  guint id;
  guint64 slab_addr;        /* its object in the mm_struct cache */

  struct vm_area_struct *mmap;       /* the sorted VMA list */
  struct rb_root mm_rb;
  struct vm_area_struct *mmap_cache; /* the last VMA find_vma() returned */
  /* Its range when it was cached: a hint that keeps find_vma() from
   * reading a VMA that is probably not the one (a random VMA among
   * thousands is a cache and TLB miss).  It may be stale; only the VMA's
   * own fields decide a hit. */
  guint64 mmap_cache_start;
  guint64 mmap_cache_end;
  struct _MmsVmaIndex *vma_index;    /* find_vma()'s search index (mms-vma-index.c) */
  /* mm_mt: the VMAs in Linux 6.x's maple tree, a view kept beside the
   * list, the rbtree and the index (mms-vma.c says why), updated by the
   * stores Linux 6.12's mm/vma.c and mm/mmap.c make. */
  struct maple_tree mm_mt;
  guint mt_quiet;           /* while > 0, range changes store nothing (one store follows) */
  guint64 mt_checked_gen;   /* mm_mt.gen when mms_mt_check () last passed, + 1 (0: never) */
  guint64 pgd;              /* pfn of the top-level page table */

  gint mm_users;
  gint mm_count;
  gint map_count;
  guint64 total_vm, locked_vm, shared_vm, exec_vm, stack_vm;  /* pages */
  guint64 start_code, end_code, start_data, end_data;
  guint64 start_brk, brk, start_stack;
  guint64 arg_start, arg_end, env_start, env_end;
  guint64 mmap_base;
  guint64 task_size;

  /* RSS counters (mm->rss_stat): MM_FILEPAGES, MM_ANONPAGES, MM_SWAPENTS,
   * MM_SHMEMPAGES, in pages. */
  gint64 rss_file, rss_anon, rss_swap, rss_shmem;
  guint64 nr_pgtables;      /* page-table pages, the PGD included */
  guint pgtable_frees;      /* tables freed so far: a PTE pointer kept across calls is
                             * still valid while this has not changed */

  /* While an operation or a tree rebalance is half done, the checkers skip
   * the rules that only hold between operations. */
  guint rb_busy;
  guint op_busy;

  /* The user-space heap (glibc's malloc, mms-malloc.c), NULL until the
   * program calls malloc: it lives in the address space, so fork copies
   * it and exec drops it. */
  struct mms_malloc_state *malloc_state;
};

typedef enum
{
  MMS_TASK_RUNNING,
  MMS_TASK_EXITED,
  MMS_TASK_KILLED_SEGV,
  MMS_TASK_KILLED_OOM,
  MMS_TASK_KILLED_ABRT,     /* glibc's malloc_printerr: abort () */
} MmsTaskState;

struct task_struct
{
  gint pid;
  char *comm;               /* the scenario's name for it */
  struct mm_struct *mm;
  MmsTaskState state;
  gboolean is_thread;       /* made by `thread` (CLONE_VM|CLONE_THREAD) */
  gint tgid;                /* its thread group: the leader's pid */
  gint vfork_parent;        /* CLONE_VM without CLONE_THREAD: the pid whose mm
                             * it shares until its exec or exit, else 0 */
  guint64 stack_start;      /* the stack clone3 was given: [stack_start, */
  guint64 stack_end;        /* stack_end), both 0 when none was */
  guint64 slab_addr;        /* its object in the task_struct cache */
  gint segv_code;           /* SEGV_MAPERR 1 / SEGV_ACCERR 2 of its SIGSEGV */
  guint64 segv_addr;
  const char *abort_message; /* glibc's message before SIGABRT (static), or NULL */
};

/* The kind of access of a fault or a touch. */
typedef enum
{
  MMS_ACCESS_READ,
  MMS_ACCESS_WRITE,
  MMS_ACCESS_EXEC,
} MmsAccess;

#define MMS_SEGV_MAPERR 1
#define MMS_SEGV_ACCERR 2

/* Result of a fault: VM_FAULT_* in spirit. */
typedef enum
{
  MMS_FAULT_NONE,           /* the PTE already allowed the access */
  MMS_FAULT_MINOR,
  MMS_FAULT_MAJOR,
  MMS_FAULT_SEGV,
  MMS_FAULT_OOM,
} MmsFaultResult;

/* Limits (engine.md section 1). */
#define MMS_MMAP_MIN_ADDR   (G_GUINT64_CONSTANT (64) << 10)
#define MMS_MAX_MAP_COUNT   65530
#define MMS_STACK_RLIMIT    (G_GUINT64_CONSTANT (8) << 20)
#define MMS_STACK_GUARD_GAP (G_GUINT64_CONSTANT (256) << MMS_PAGE_SHIFT)
#define MMS_STACK_SIZE      (G_GUINT64_CONSTANT (132) << 10)

/* Architecture constants of a machine. */
guint64 mms_task_unmapped_base (MmsMachine *machine);
guint64 mms_task_size (MmsMachine *machine);
guint64 mms_mmap_base (MmsMachine *machine);
guint mms_pgtable_levels (MmsMachine *machine);
guint mms_pgtable_entries (MmsMachine *machine);  /* per table: 512 or 1024 */

G_END_DECLS
