/* mms-process.h: the engine's process-level operations: what the runner
 * calls for the scenario's process statements.  Syscalls return 0 or a
 * negative errno, as the kernel does. */
#pragma once

#include "mms-mm.h"

G_BEGIN_DECLS

/* A synthetic program image (engine.md section 5): sizes in bytes. */
typedef struct
{
  const char *path;         /* the image file's path, "/bin/NAME" */
  guint64 text, rodata, data, bss;
} MmsImage;

/* mmap flags (the subset the scenario language has). */
#define MMS_MAP_SHARED          0x01
#define MMS_MAP_PRIVATE         0x02
#define MMS_MAP_FIXED           0x10
#define MMS_MAP_ANONYMOUS       0x20
#define MMS_MAP_GROWSDOWN       0x100
#define MMS_MAP_NORESERVE       0x4000
#define MMS_MAP_STACK           0x20000
#define MMS_MAP_FIXED_NOREPLACE 0x100000

#define MMS_MREMAP_MAYMOVE 1

/* Files of the simulated file system. */
struct mms_file *mms_file_lookup (MmsMachine *machine,
                                  const char *path);
struct mms_file *mms_file_create (MmsMachine *machine,
                                  const char *path,
                                  guint64     size);

struct task_struct *mms_task_lookup (MmsMachine *machine,
                                     const char *comm);

/* spawn: a new process running IMAGE.  NULL (and ENOMEM in *err) when
 * memory ran out. */
struct task_struct *mms_spawn (MmsMachine     *machine,
                               const char     *comm,
                               const MmsImage *image,
                               int            *err);
/* fork: CHILD is a copy-on-write copy of PARENT. */
struct task_struct *mms_fork (struct task_struct *parent,
                              const char         *comm,
                              int                *err);
/* thread: a task sharing PARENT's mm (CLONE_VM|CLONE_THREAD). */
struct task_struct *mms_thread (struct task_struct *parent,
                                const char         *comm,
                                int                *err);

/* clone flags (the subset the engine models). */
#define MMS_CLONE_VM     0x00000100
#define MMS_CLONE_VFORK  0x00004000
#define MMS_CLONE_THREAD 0x00010000

/* clone3 (kernel/fork.c copy_process()): a new task of PARENT.  Without
 * CLONE_VM the child gets a copy of the mm (dup_mmap(), copy-on-write);
 * with it the mm is shared (mm_users grows), and CLONE_THREAD puts the
 * task in PARENT's thread group, while without it (vfork) the child is a
 * process of its own that shares the mm until its exec or exit.  STACK and
 * STACK_SIZE are clone3's stack and stack_size (0 and 0 for none).  NULL
 * with the errno in *err (EINVAL: CLONE_THREAD without CLONE_VM). */
struct task_struct *mms_clone (struct task_struct *parent,
                               const char         *comm,
                               guint               flags,
                               guint64             stack,
                               guint64             stack_size,
                               int                *err);
/* glibc 2.36's pthread_create (nptl/allocatestack.c): mmap of STACKSIZE
 * plus a guard page, PROT_NONE with MAP_STACK, mprotect of all but the
 * guard page to read-write, then clone3 with CLONE_VM|CLONE_THREAD and
 * that stack.  STACKSIZE 0 means RLIMIT_STACK (8 MiB).  NULL with the
 * errno in *err. */
struct task_struct *mms_pthread_create (struct task_struct *parent,
                                        const char         *comm,
                                        guint64             stacksize,
                                        int                *err);
/* exit_group (kernel/exit.c do_group_exit()): every task of TASK's thread
 * group exits (do_exit(), mmput() each), TASK last.  Returns how many
 * others there were. */
guint mms_exit_group (struct task_struct *task);
/* The thread-group leader of TASK (itself for a leader), or NULL once it
 * has gone. */
struct task_struct *mms_task_group_leader (MmsMachine         *machine,
                                           struct task_struct *task);
/* de_thread() (fs/exec.c), the start of an exec by TASK: the other threads
 * of its group exit, and TASK becomes the leader with the leader's pid. */
void mms_de_thread (MmsMachine         *machine,
                    struct task_struct *task);
int mms_exec (struct task_struct *task,
              const MmsImage     *image);
void mms_exit (struct task_struct *task);

/* The syscalls; each returns the result or a negative errno. */
gint64 mms_sys_mmap (struct task_struct *task,
                     guint64             addr,
                     guint64             len,
                     guint               prot,
                     guint               flags,
                     struct mms_file    *file,
                     guint64             offset);
int mms_sys_munmap (struct task_struct *task,
                    guint64             addr,
                    guint64             len);
int mms_sys_mprotect (struct task_struct *task,
                      guint64             addr,
                      guint64             len,
                      guint               prot);
gint64 mms_sys_mremap (struct task_struct *task,
                       guint64             addr,
                       guint64             old_len,
                       guint64             new_len,
                       guint               flags);
/* brk(addr): returns the new (or unchanged) break, as the syscall does. */
guint64 mms_sys_brk (struct task_struct *task,
                     guint64             addr);
int mms_sys_shmget (MmsMachine *machine,
                    guint64     key,
                    guint64     size);
gint64 mms_sys_shmat (struct task_struct *task,
                      guint64             key);
int mms_sys_shmdt (struct task_struct *task,
                   guint64             addr);

/* read/write/fetch of [addr, addr + len): faults page by page.  Returns
 * FALSE when the access killed the task (SIGSEGV), with the task's
 * segv_code and segv_addr set. */
gboolean mms_touch (struct task_struct *task,
                    guint64             addr,
                    guint64             len,
                    MmsAccess           access);
/* mms_touch (), which also says where an access stopped short with the
 * task still running: out of memory, with nobody the OOM killer could kill
 * to make room, the access stalls at the address *STALLED_AT, which is
 * G_MAXUINT64 when it did not (mms_touch () stops there too). */
gboolean mms_touch_stall (struct task_struct *task,
                          guint64             addr,
                          guint64             len,
                          MmsAccess           access,
                          guint64            *stalled_at);

/* Kernel-style reports (spec/cli.md). */
void mms_report_maps (struct mm_struct *mm,
                      GString          *out);
void mms_report_smaps (struct mm_struct *mm,
                       GString          *out);
void mms_report_pagewalk (struct mm_struct *mm,
                          guint64           addr,
                          GString          *out);
/* The mm's maple tree in the text form of README "The maple tree" (the one
 * tests/tools/mt-oracle prints for the kernel's). */
void mms_report_mt_dump (struct mm_struct *mm,
                         GString          *out);
/* Starts logging the maple tree stores of every mm (machine->mt_log); the
 * log so far, in mt-oracle's input form, or NULL when not started. */
void mms_machine_mt_log_start (MmsMachine *machine);
const char *mms_machine_mt_log (MmsMachine *machine);

/* Resident set in pages (the RSS counters). */
guint64 mms_mm_rss (struct mm_struct *mm);

/* Invariants of section 8 for address spaces (VMAs, tree, PTEs, RSS). */
gboolean mms_check_mm (struct mm_struct  *mm,
                       GError           **error);
gboolean mms_check_address_spaces (MmsMachine  *machine,
                                   GError     **error);

void mms_mm_init_machine (MmsMachine *machine);
void mms_mm_destroy_machine (MmsMachine *machine);

G_END_DECLS
