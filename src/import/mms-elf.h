/* mms-elf.h: real ELF programs, loaded as fs/binfmt_elf.c does
 * (spec/engine.md section 5). */
#pragma once

#include "mms-engine.h"
#include "mms-process.h"
#include "mms-import.h"

G_BEGIN_DECLS

/* spawn P elf=PATH [ARGS...]: a new process running the ELF file PATH of
 * this machine (a "#!" script runs its interpreter, as binfmt_script
 * does).  ARGS are argv[1] on, NULL-terminated, or NULL.  A file that
 * cannot be read or loaded sets ERROR (MMS_IMPORT_ERROR) and returns NULL;
 * an outcome of the simulated kernel (ENOMEM, ...) returns NULL with the
 * negative errno in *ERR and ERROR unset. */
struct task_struct *mms_elf_spawn (MmsMachine         *machine,
                                   const char         *comm,
                                   const char         *path,
                                   const char * const *args,
                                   int                *err,
                                   GError            **error);

/* P exec elf=PATH [ARGS...]: 0, a negative errno (an outcome), or -ENOEXEC
 * with ERROR set when the file cannot be loaded at all. */
int mms_elf_exec (struct task_struct *task,
                  const char         *path,
                  const char * const *args,
                  GError            **error);

/* The simulated file that stands for the host file PATH (already
 * resolved): the one of that path, else a new one of the host file's
 * size (FALLBACK_SIZE when it cannot be stat()ed). */
struct mms_file *mms_elf_host_file (MmsMachine *machine,
                                    const char *path,
                                    guint64     fallback_size);

G_END_DECLS
