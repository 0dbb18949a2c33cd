/* mms-elf.c: loading a real ELF program, after fs/binfmt_elf.c
 * (load_elf_binary, load_elf_interp, elf_load, elf_map,
 * total_mapping_size, maximum_alignment) and fs/binfmt_script.c.
 *
 * The files are read here, before the engine is touched: a file that is
 * not a loadable ELF program is an error of the input, not an outcome.
 * Then a loader function does what load_elf_binary() does, in its order:
 *
 *   1. setup_arg_pages(): the stack at the top (mms-exec.c);
 *   2. the PT_LOAD segments with vm_mmap(): ET_EXEC at p_vaddr
 *      (MAP_FIXED_NOREPLACE), ET_DYN with an interpreter at
 *      ELF_ET_DYN_BASE, ET_DYN without one wherever get_unmapped_area()
 *      puts it (top-down); the first mapping reserves the whole span
 *      (total_mapping_size) and the rest of the span is unmapped, then the
 *      other segments go MAP_FIXED over it; a bss is the rest of the last
 *      file page, cleared by padzero(), then anonymous pages from
 *      vm_brk_flags();
 *   3. the PT_INTERP interpreter the same way, top-down from mmap_base;
 *   4. the vdso (arch_setup_additional_pages(), top-down again);
 *   5. start_brk at the page-aligned end of the bss (ELF_ET_DYN_BASE for a
 *      static PIE, whose brk the kernel moves out of the way).
 *
 * Randomization is off, as under setarch -R: no load-bias, mmap or brk
 * randomization.
 */
#define _GNU_SOURCE           /* memfd_create () */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <gelf.h>
#include <libelf.h>

#include "mms-elf.h"
#include "mms-exec.h"

/* fs/binfmt_script.c and fs/exec.c limits. */
#define BINPRM_BUF_SIZE      256
#define BINPRM_MAX_RECURSION 4

/* The environment strings copy_strings() puts on the stack: a typical
 * login environment (strace records only how many variables there are). */
#define MMS_ELF_ENV_BYTES 1536

/* The prot bits of mms_sys_mmap(), as in mman.h. */
#define MMS_PROT_READ_BIT  0x1
#define MMS_PROT_WRITE_BIT 0x2
#define MMS_PROT_EXEC_BIT  0x4

typedef enum
{
  EXSTACK_DEFAULT,
  EXSTACK_DISABLE_X,
  EXSTACK_ENABLE_X,
} ExecStack;

/* What load_elf_binary() needs of one ELF file. */
typedef struct
{
  char *path;                 /* resolved, as d_path() shows it */
  guint64 size;
  guint16 type;               /* ET_EXEC or ET_DYN */
  GArray *phdrs;              /* GElf_Phdr, in file order */
  char *interp;               /* PT_INTERP, NULL when none */
  ExecStack exec_stack;       /* PT_GNU_STACK */
} ElfFile;

/* struct linux_binprm, the part that matters here. */
typedef struct
{
  ElfFile exec;
  ElfFile interp;             /* interp.path NULL when there is none */
  guint64 string_bytes;       /* filename, argv and envp strings */
} Binprm;

static void
elf_file_clear (ElfFile *ef)
{
  g_clear_pointer (&ef->path, g_free);
  g_clear_pointer (&ef->phdrs, g_array_unref);
  g_clear_pointer (&ef->interp, g_free);
}

static void
binprm_clear (Binprm *bprm)
{
  elf_file_clear (&bprm->exec);
  elf_file_clear (&bprm->interp);
}

static inline guint64
page_start (guint64 addr)
{
  return addr & MMS_PAGE_MASK;
}

static inline guint64
page_offset (guint64 addr)
{
  return addr & ~MMS_PAGE_MASK;
}

static inline guint64
page_align (guint64 addr)
{
  return (addr + MMS_PAGE_SIZE - 1) & MMS_PAGE_MASK;
}

static inline gboolean
bad_addr (struct mm_struct *mm,
          gint64            addr)
{
  return (guint64) addr >= mm->task_size;
}

/* ELF_ET_DYN_BASE: 2/3 of the 47-bit address space on x86_64, 4 MiB for
 * 32-bit tasks (mmap_is_ia32()). */
static guint64
elf_et_dyn_base (struct mm_struct *mm)
{
  if (mm->machine->arch != MMS_ARCH_PRESET_X86_64)
    return G_GUINT64_CONSTANT (0x400000);
  return mm->task_size / 3 * 2;
}

/* --- Reading the files ------------------------------------------------------ */

/* Opens PATH for reading, as do_open_execat() does: only a regular file
 * can be executed (anything else is EACCES there).  O_NONBLOCK keeps the
 * open of a FIFO from waiting for a writer that never comes, and the check
 * comes before any read, which on a FIFO or a device could block or never
 * end.  Returns the descriptor (and its status in *ST), or -1 with ERROR
 * set. */
/* Programs bundled with mmscope for the built-in scenarios that replay a
 * real program (a JVM's launcher), under their absolute path: a built-in
 * runs the same everywhere, whether that program is installed or not. */
#define BUNDLED_ELF_PATH "/io/github/mmscope/Mmscope/elf"

/* The bundled copy of PATH as a file (a memfd), or -1. */
static int
open_bundled (const char *path)
{
  g_autofree char *resource = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const guint8 *data;
  gsize size, done = 0;
  int fd;

  if (path[0] != '/')
    return -1;
  resource = g_strconcat (BUNDLED_ELF_PATH, path, NULL);
  bytes = g_resources_lookup_data (resource, 0, NULL);
  if (bytes == NULL)
    return -1;
  fd = memfd_create ("mmscope-elf", MFD_CLOEXEC);
  if (fd < 0)
    return -1;
  data = g_bytes_get_data (bytes, &size);
  while (done < size)
    {
      ssize_t n = write (fd, data + done, size - done);
      if (n <= 0)
        {
          close (fd);
          return -1;
        }
      done += (gsize) n;
    }
  return fd;
}

static int
open_regular (const char   *path,
              struct stat  *st,
              GError      **error)
{
  int fd;

  fd = open_bundled (path);
  if (fd < 0)
    fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0 || fstat (fd, st) < 0)
    {
      int saved = errno;
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "cannot open '%s': %s", path,
                   g_strerror (saved));
      if (fd >= 0)
        close (fd);
      return -1;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO,
                   S_ISDIR (st->st_mode) ? "'%s' is a directory, not a program"
                                         : "'%s' is not a regular file, not a program",
                   path);
      close (fd);
      return -1;
    }
  return fd;
}

static gboolean
elf_file_read (MmsMachine  *machine,
               const char  *path,
               ElfFile     *ef,
               GError     **error)
{
  gboolean want64 = machine->arch == MMS_ARCH_PRESET_X86_64;
  Elf *elf = NULL;
  GElf_Ehdr ehdr;
  struct stat st;
  size_t phnum;
  gboolean ok = FALSE;
  int fd;

  fd = open_regular (path, &st, error);
  if (fd < 0)
    return FALSE;
  if (elf_version (EV_CURRENT) == EV_NONE
      || (elf = elf_begin (fd, ELF_C_READ, NULL)) == NULL
      || elf_kind (elf) != ELF_K_ELF
      || gelf_getehdr (elf, &ehdr) == NULL)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF, "'%s' is not an ELF file", path);
      goto out;
    }
  if (ehdr.e_type != ET_EXEC && ehdr.e_type != ET_DYN)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                   "'%s' is neither an executable nor a shared object (e_type %u)", path,
                   ehdr.e_type);
      goto out;
    }
  if (gelf_getclass (elf) == ELFCLASS64 && ehdr.e_machine == EM_X86_64)
    {
      if (!want64)
        {
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                       "'%s' is an x86_64 program: it needs machine arch=x86_64", path);
          goto out;
        }
    }
  else if (gelf_getclass (elf) == ELFCLASS32 && ehdr.e_machine == EM_386)
    {
      if (want64)
        {
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                       "'%s' is an i386 program: it needs machine arch=i386", path);
          goto out;
        }
    }
  else
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                   "'%s' is for another architecture (e_machine %u)", path, ehdr.e_machine);
      goto out;
    }
  if (elf_getphdrnum (elf, &phnum) != 0 || phnum == 0 || phnum > 65536 / sizeof (Elf64_Phdr))
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                   "'%s' has no valid program headers", path);
      goto out;
    }

  ef->size = (guint64) st.st_size;
  ef->type = ehdr.e_type;
  ef->phdrs = g_array_new (FALSE, FALSE, sizeof (GElf_Phdr));
  for (size_t i = 0; i < phnum; i++)
    {
      GElf_Phdr ph;

      if (gelf_getphdr (elf, (int) i, &ph) == NULL)
        {
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                       "'%s': program header %zu cannot be read", path, i);
          goto out;
        }
      g_array_append_val (ef->phdrs, ph);
      if (ph.p_type == PT_LOAD
          && (page_offset (ph.p_vaddr) != page_offset (ph.p_offset) || ph.p_filesz > ph.p_memsz))
        {
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                       "'%s': PT_LOAD %zu is not loadable (offset and address disagree)", path, i);
          goto out;
        }
      if (ph.p_type == PT_INTERP && ef->interp == NULL)
        {
          /* The name must be NUL-terminated and a sane length. */
          char buf[4096];

          if (ph.p_filesz < 2 || ph.p_filesz > sizeof buf
              || pread (fd, buf, ph.p_filesz, (off_t) ph.p_offset) != (ssize_t) ph.p_filesz
              || buf[ph.p_filesz - 1] != '\0')
            {
              g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                           "'%s' has a malformed PT_INTERP", path);
              goto out;
            }
          ef->interp = g_strdup (buf);
        }
      if (ph.p_type == PT_GNU_STACK)
        ef->exec_stack = ph.p_flags & PF_X ? EXSTACK_ENABLE_X : EXSTACK_DISABLE_X;
    }
  ef->path = mms_import_resolve_path (path);
  ok = TRUE;

out:
  if (elf != NULL)
    elf_end (elf);
  close (fd);
  return ok;
}

/* The "#!" line of a script (fs/binfmt_script.c): the interpreter and its
 * optional argument.  FALSE when BUF is not a script. */
static gboolean
parse_shebang (const char  *buf,
               gsize        len,
               char       **interp,
               char       **arg)
{
  g_autofree char *line = NULL;
  char *p, *end;

  if (len < 2 || buf[0] != '#' || buf[1] != '!')
    return FALSE;
  line = g_strndup (buf + 2, len - 2);
  end = strchr (line, '\n');
  if (end != NULL)
    *end = '\0';
  g_strstrip (line);
  for (p = line; *p != '\0' && *p != ' ' && *p != '\t'; p++)
    ;
  if (p == line)
    return FALSE;
  *interp = g_strndup (line, (gsize) (p - line));
  while (*p == ' ' || *p == '\t')
    p++;
  *arg = *p != '\0' ? g_strdup (p) : NULL;
  return TRUE;
}

/* prepare_binprm() and search_binary_handler(): scripts name their
 * interpreter, ELF files are read, anything else is ENOEXEC. */
static gboolean
binprm_prepare (MmsMachine         *machine,
                const char         *path,
                const char * const *args,
                Binprm             *bprm,
                GError            **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *file = g_strdup (path);

  g_ptr_array_add (argv, g_strdup (path));
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));

  for (guint depth = 0; ; depth++)
    {
      char buf[BINPRM_BUF_SIZE];
      char *interp = NULL, *arg = NULL;
      struct stat st;
      gssize n;
      int fd;

      fd = open_regular (file, &st, error);
      if (fd < 0)
        return FALSE;
      n = read (fd, buf, sizeof buf);
      close (fd);
      if (n < 0 || !parse_shebang (buf, (gsize) n, &interp, &arg))
        break;
      if (depth >= BINPRM_MAX_RECURSION)
        {
          g_free (interp);
          g_free (arg);
          g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                       "'%s': too many levels of script interpreters", path);
          return FALSE;
        }
      /* argv becomes: interpreter, its argument, the script, argv[1]... */
      g_free (g_ptr_array_steal_index (argv, 0));
      g_ptr_array_insert (argv, 0, g_strdup (file));
      if (arg != NULL)
        g_ptr_array_insert (argv, 0, arg);
      g_ptr_array_insert (argv, 0, g_strdup (interp));
      g_free (file);
      file = interp;
    }

  if (!elf_file_read (machine, file, &bprm->exec, error))
    return FALSE;
  if (bprm->exec.interp != NULL && !elf_file_read (machine, bprm->exec.interp, &bprm->interp, error))
    return FALSE;
  if (bprm->interp.path != NULL && bprm->interp.interp != NULL)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_ELF,
                   "'%s': the interpreter '%s' has an interpreter itself", path,
                   bprm->exec.interp);
      return FALSE;
    }

  /* copy_strings(): the file name, the environment, then argv. */
  bprm->string_bytes = strlen (path) + 1 + MMS_ELF_ENV_BYTES;
  for (guint i = 0; i < argv->len; i++)
    bprm->string_bytes += strlen (argv->pdata[i]) + 1;
  return TRUE;
}

/* --- Loading ----------------------------------------------------------------- */

/* make_prot() */
static guint
make_prot (guint32 p_flags)
{
  return (p_flags & PF_R ? MMS_PROT_READ_BIT : 0) | (p_flags & PF_W ? MMS_PROT_WRITE_BIT : 0)
         | (p_flags & PF_X ? MMS_PROT_EXEC_BIT : 0);
}

static guint64
total_mapping_size (GArray *phdrs)
{
  guint64 min_addr = G_MAXUINT64, max_addr = 0;
  gboolean pt_load = FALSE;

  for (guint i = 0; i < phdrs->len; i++)
    {
      GElf_Phdr *ph = &g_array_index (phdrs, GElf_Phdr, i);

      if (ph->p_type != PT_LOAD)
        continue;
      min_addr = MIN (min_addr, page_start (ph->p_vaddr));
      max_addr = MAX (max_addr, ph->p_vaddr + ph->p_memsz);
      pt_load = TRUE;
    }
  return pt_load ? max_addr - min_addr : 0;
}

static guint64
maximum_alignment (GArray *phdrs)
{
  guint64 alignment = 0;

  for (guint i = 0; i < phdrs->len; i++)
    {
      GElf_Phdr *ph = &g_array_index (phdrs, GElf_Phdr, i);

      /* Alignments that are not powers of two are skipped as invalid. */
      if (ph->p_type != PT_LOAD || ph->p_align == 0 || (ph->p_align & (ph->p_align - 1)) != 0)
        continue;
      alignment = MAX (alignment, ph->p_align);
    }
  return page_align (alignment);
}

/* elf_map(): the file part of a segment; with TOTAL_SIZE (the first
 * mapping of an ET_DYN image) the whole span, then the tail unmapped. */
static gint64
elf_map (struct task_struct *task,
         struct mms_file    *file,
         guint64             addr,
         const GElf_Phdr    *ph,
         guint               prot,
         guint               flags,
         guint64             total_size)
{
  guint64 size = page_align (ph->p_filesz + page_offset (ph->p_vaddr));
  guint64 off = ph->p_offset - page_offset (ph->p_vaddr);
  gint64 map_addr;

  addr = page_start (addr);
  if (size == 0)
    return (gint64) addr;
  if (total_size != 0)
    {
      total_size = page_align (total_size);
      map_addr = mms_sys_mmap (task, addr, total_size, prot, flags, file, off);
      if (!bad_addr (task->mm, map_addr) && total_size > size)
        mms_sys_munmap (task, (guint64) map_addr + size, total_size - size);
    }
  else
    map_addr = mms_sys_mmap (task, addr, size, prot, flags, file, off);
  return map_addr;
}

/* elf_load(): elf_map(), then the bss: padzero() of the last file page and
 * vm_brk_flags() for the pages after it. */
static gint64
elf_load (struct task_struct *task,
          struct mms_file    *file,
          guint64             addr,
          const GElf_Phdr    *ph,
          guint               prot,
          guint               flags,
          guint64             total_size)
{
  guint64 zero_start, zero_end;
  gint64 map_addr;

  if (ph->p_filesz != 0)
    {
      map_addr = elf_map (task, file, addr, ph, prot, flags, total_size);
      if (bad_addr (task->mm, map_addr))
        return map_addr;
      zero_start = (guint64) map_addr + page_offset (ph->p_vaddr) + ph->p_filesz;
      zero_end = (guint64) map_addr + page_offset (ph->p_vaddr) + ph->p_memsz;
      /* clear_user() fails on a read-only page; that is ignored. */
      if (ph->p_memsz > ph->p_filesz && (prot & MMS_PROT_WRITE_BIT)
          && mms_padzero (task, zero_start) < 0)
        return -EFAULT;
    }
  else
    {
      map_addr = (gint64) page_start (addr);
      zero_start = (guint64) map_addr;
      zero_end = zero_start + page_offset (ph->p_vaddr) + ph->p_memsz;
    }
  if (ph->p_memsz > ph->p_filesz)
    {
      int err;

      zero_start = page_align (zero_start);
      zero_end = page_align (zero_end);
      err = mms_vm_brk_flags (task, zero_start, zero_end - zero_start,
                              (prot & MMS_PROT_EXEC_BIT) != 0);
      if (err < 0)
        map_addr = err;
    }
  return map_addr;
}

/* load_elf_interp(): returns the interpreter's load address or -errno. */
static gint64
load_elf_interp (struct task_struct *task,
                 const ElfFile      *interp,
                 guint64             no_base)
{
  struct mms_file *file = mms_elf_host_file (task->mm->machine, interp->path, interp->size);
  guint64 total_size = total_mapping_size (interp->phdrs);
  guint64 load_addr = 0;
  gboolean load_addr_set = FALSE;

  if (total_size == 0)
    return -EINVAL;
  for (guint i = 0; i < interp->phdrs->len; i++)
    {
      const GElf_Phdr *ph = &g_array_index (interp->phdrs, GElf_Phdr, i);
      guint flags = MMS_MAP_PRIVATE;
      gint64 map_addr;

      if (ph->p_type != PT_LOAD)
        continue;
      if (interp->type == ET_EXEC || load_addr_set)
        flags |= MMS_MAP_FIXED;
      else if (no_base != 0 && interp->type == ET_DYN)
        load_addr = -ph->p_vaddr;
      map_addr = elf_load (task, file, load_addr + ph->p_vaddr, ph, make_prot (ph->p_flags), flags,
                           total_size);
      total_size = 0;
      if (bad_addr (task->mm, map_addr))
        return map_addr < 0 ? map_addr : -EINVAL;
      if (!load_addr_set && interp->type == ET_DYN)
        {
          load_addr = (guint64) map_addr - page_start (ph->p_vaddr);
          load_addr_set = TRUE;
        }
    }
  return (gint64) load_addr;
}

/* load_elf_binary(), from setup_arg_pages() on. */
static int
load_elf_binary (struct task_struct *task,
                 gpointer            user_data)
{
  Binprm *bprm = user_data;
  const ElfFile *ex = &bprm->exec;
  struct mm_struct *mm = task->mm;
  struct mms_file *file = mms_elf_host_file (mm->machine, ex->path, ex->size);
  gboolean has_interp = bprm->interp.path != NULL;
  guint64 load_bias = 0, elf_brk = 0;
  guint64 start_code = G_MAXUINT64, end_code = 0, start_data = 0, end_data = 0;
  gboolean first_pt_load = TRUE;
  int err;

  err = mms_setup_arg_pages (task, bprm->string_bytes, ex->exec_stack == EXSTACK_ENABLE_X);
  if (err < 0)
    return err;

  for (guint i = 0; i < ex->phdrs->len; i++)
    {
      const GElf_Phdr *ph = &g_array_index (ex->phdrs, GElf_Phdr, i);
      guint prot = make_prot (ph->p_flags);
      guint flags = MMS_MAP_PRIVATE;
      guint64 vaddr = ph->p_vaddr, total_size = 0, k;
      gint64 addr;

      if (ph->p_type != PT_LOAD)
        continue;
      if (!first_pt_load)
        flags |= MMS_MAP_FIXED;
      else if (ex->type == ET_EXEC)
        flags |= MMS_MAP_FIXED_NOREPLACE;
      else
        {
          guint64 alignment = maximum_alignment (ex->phdrs);

          total_size = total_mapping_size (ex->phdrs);
          if (total_size == 0)
            return -EINVAL;
          if (has_interp)
            {
              load_bias = elf_et_dyn_base (mm);
              if (alignment != 0)
                load_bias &= ~(alignment - 1);
              flags |= MMS_MAP_FIXED_NOREPLACE;
            }
          else if (alignment > MMS_PAGE_SIZE)
            {
              /* Find where the image fits, then align it there. */
              addr = elf_load (task, file, 0, ph, prot, flags, total_size);
              if (bad_addr (mm, addr))
                return addr < 0 ? (int) addr : -EINVAL;
              mms_sys_munmap (task, (guint64) addr, page_align (total_size));
              load_bias = (guint64) addr & ~(alignment - 1);
              flags |= MMS_MAP_FIXED_NOREPLACE;
            }
          else
            load_bias = 0;
          load_bias = page_start (load_bias - vaddr);
        }

      addr = elf_load (task, file, load_bias + vaddr, ph, prot, flags, total_size);
      if (bad_addr (mm, addr))
        return addr < 0 ? (int) addr : -EINVAL;
      if (first_pt_load)
        {
          first_pt_load = FALSE;
          if (ex->type == ET_DYN)
            load_bias += (guint64) addr - page_start (load_bias + vaddr);
        }

      k = ph->p_vaddr;
      if ((ph->p_flags & PF_X) && k < start_code)
        start_code = k;
      if (start_data < k)
        start_data = k;
      k = ph->p_vaddr + ph->p_filesz;
      if ((ph->p_flags & PF_X) && end_code < k)
        end_code = k;
      if (end_data < k)
        end_data = k;
      k = ph->p_vaddr + ph->p_memsz;
      if (k > elf_brk)
        elf_brk = k;
    }
  if (first_pt_load)
    return -ENOEXEC;
  elf_brk += load_bias;
  start_code = start_code == G_MAXUINT64 ? load_bias : start_code + load_bias;
  end_code += load_bias;
  start_data += load_bias;
  end_data += load_bias;

  if (has_interp)
    {
      gint64 interp_load_addr = load_elf_interp (task, &bprm->interp, load_bias);
      if (bad_addr (mm, interp_load_addr))
        return interp_load_addr < 0 ? (int) interp_load_addr : -EINVAL;
    }

  err = mms_arch_setup_additional_pages (task);
  if (err < 0)
    return err;

  mm->start_code = start_code;
  mm->end_code = end_code;
  mm->start_data = start_data;
  mm->end_data = end_data;
  /* A static PIE's brk moves to ELF_ET_DYN_BASE, out of the way of the
   * image that was mapped top-down (!CONFIG_COMPAT_BRK). */
  if (ex->type == ET_DYN && !has_interp)
    elf_brk = elf_et_dyn_base (mm);
  mm->start_brk = mm->brk = page_align (elf_brk);
  return 0;
}

/* --- Public -------------------------------------------------------------------- */

struct mms_file *
mms_elf_host_file (MmsMachine *machine,
                   const char *path,
                   guint64     fallback_size)
{
  struct mms_file *file;
  struct stat st;

  g_return_val_if_fail (machine != NULL && path != NULL, NULL);
  file = mms_file_lookup (machine, path);
  if (file != NULL)
    return file;
  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return mms_file_create (machine, path, fallback_size);
  /* A file of this machine (the program and its interpreter, which exec
   * reads here): maps shows its real device and inode. */
  file = mms_file_create (machine, path, (guint64) st.st_size);
  file->real_dev = TRUE;
  file->dev_major = major (st.st_dev);
  file->dev_minor = minor (st.st_dev);
  file->inode = (guint64) st.st_ino;
  return file;
}

struct task_struct *
mms_elf_spawn (MmsMachine         *machine,
               const char         *comm,
               const char         *path,
               const char * const *args,
               int                *err,
               GError            **error)
{
  Binprm bprm = { 0 };
  struct task_struct *task;
  int local_err = 0;

  g_return_val_if_fail (machine != NULL && comm != NULL && path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!binprm_prepare (machine, path, args, &bprm, error))
    {
      binprm_clear (&bprm);
      if (err != NULL)
        *err = -ENOEXEC;
      return NULL;
    }
  task = mms_spawn_with_loader (machine, comm, load_elf_binary, &bprm, &local_err);
  binprm_clear (&bprm);
  if (err != NULL)
    *err = local_err;
  return task;
}

int
mms_elf_exec (struct task_struct *task,
              const char         *path,
              const char * const *args,
              GError            **error)
{
  Binprm bprm = { 0 };
  int err;

  g_return_val_if_fail (task != NULL && task->mm != NULL && path != NULL, -EINVAL);
  g_return_val_if_fail (error == NULL || *error == NULL, -EINVAL);

  if (!binprm_prepare (task->mm->machine, path, args, &bprm, error))
    {
      binprm_clear (&bprm);
      return -ENOEXEC;
    }
  err = mms_exec_with_loader (task, load_elf_binary, &bprm);
  binprm_clear (&bprm);
  return err;
}
