/* mms-snapshot.c: a live process as a scenario, from /proc/PID/maps (as
 * fs/proc/task_mmu.c's show_map_vma() writes it), smaps (Rss) and
 * pagemap (bit 63: the page is present).
 *
 * The scenario spawns `main` with the smallest synthetic image, unmaps all
 * of it, maps every VMA of the snapshot MAP_FIXED at its address with its
 * protection, file and offset, and touches the pages that were resident:
 * writes in private writable mappings (anonymous pages, as the process
 * made them), reads elsewhere.  What a scenario cannot state stays
 * approximate: the special mappings ([vdso], [vvar]) become anonymous
 * ones, [heap] and [stack] lose their names (the engine names them from
 * start_brk and start_stack), and adjacent anonymous VMAs that the kernel
 * kept apart (different anon_vmas) merge.  A private file VMA that would
 * merge with the one before it was writable once (RELRO: VM_ACCOUNT tells
 * them apart), so it is mapped writable and then mprotect()ed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mms-snapshot.h"

/* The most pages of one VMA whose pagemap entries are read. */
#define PAGEMAP_MAX_PAGES (G_GUINT64_CONSTANT (1) << 18)

typedef struct
{
  guint64 start, end, offset;
  char perms[5];
  char *name;                 /* path, [heap], ..., or NULL */
  char dev[16];               /* "fe:00", as maps shows it */
  guint64 inode;
  guint64 rss;                /* bytes, from smaps; G_MAXUINT64 unknown */
  GArray *present;            /* guint64 page addresses, or NULL */
} Vma;

static void
vma_clear (gpointer data)
{
  Vma *vma = data;

  g_free (vma->name);
  g_clear_pointer (&vma->present, g_array_unref);
}

static gboolean
read_proc (int          pid,
           const char  *what,
           char       **text,
           GError     **error)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/%s", pid, what);
  g_autoptr(GError) local_error = NULL;

  if (g_file_get_contents (path, text, NULL, &local_error))
    return TRUE;
  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
      || g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_FAILED))
    g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_GONE,
                 "%s: error: there is no process %d (it has exited?)", path, pid);
  else if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
           || g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_PERM))
    g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_PERM,
                 "%s: error: permission denied: process %d belongs to another user "
                 "(run as that user or as root)", path, pid);
  else
    g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO, "%s: error: %s", path,
                 local_error->message);
  return FALSE;
}

/* One maps line: start-end perms offset dev inode [name]. */
static gboolean
parse_maps_line (const char *line,
                 guint       lineno,
                 Vma        *vma,
                 GError    **error)
{
  char perms[8], dev[32];
  unsigned long long start, end, offset, inode;
  int name_at = 0;

  if (sscanf (line, "%llx-%llx %7s %llx %31s %llu %n", &start, &end, perms, &offset, dev, &inode,
              &name_at) < 6
      || strlen (perms) != 4 || start >= end)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_IO,
                   "maps:%u:1: error: expected 'start-end perms offset dev inode [path]'", lineno);
      return FALSE;
    }
  vma->start = start;
  vma->end = end;
  vma->offset = offset;
  memcpy (vma->perms, perms, 5);
  g_strlcpy (vma->dev, dev, sizeof vma->dev);
  vma->inode = inode;
  if (name_at > 0 && line[name_at] != '\0')
    vma->name = g_strstrip (g_strdup (line + name_at));
  vma->rss = G_MAXUINT64;
  return TRUE;
}

/* smaps: each VMA's line, then "Rss:  N kB". */
static void
apply_smaps (GArray     *vmas,
             const char *smaps)
{
  g_auto(GStrv) lines = g_strsplit (smaps, "\n", -1);
  Vma *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      unsigned long long start, end, kb;

      if (sscanf (lines[i], "%llx-%llx ", &start, &end) == 2 && strchr (lines[i], ':') != NULL
          && g_ascii_isxdigit (lines[i][0]))
        {
          current = NULL;
          for (guint j = 0; j < vmas->len; j++)
            if (g_array_index (vmas, Vma, j).start == start)
              current = &g_array_index (vmas, Vma, j);
        }
      else if (current != NULL && sscanf (lines[i], "Rss: %llu kB", &kb) == 1)
        current->rss = kb << 10;
    }
}

/* pagemap: 8 bytes per page, bit 63 set when the page is present. */
static void
read_pagemap (int     pid,
              GArray *vmas)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/pagemap", pid);
  int fd = open (path, O_RDONLY | O_CLOEXEC);

  if (fd < 0)
    return;
  for (guint i = 0; i < vmas->len; i++)
    {
      Vma *vma = &g_array_index (vmas, Vma, i);
      guint64 n = (vma->end - vma->start) >> 12;
      g_autofree guint64 *entries = NULL;

      if (n > PAGEMAP_MAX_PAGES || vma->start >= G_GUINT64_CONSTANT (0x800000000000)
          || vma->rss == 0)
        continue;
      entries = g_new (guint64, n);
      if (pread (fd, entries, n * 8, (off_t) ((vma->start >> 12) * 8)) != (ssize_t) (n * 8))
        continue;
      vma->present = g_array_new (FALSE, FALSE, sizeof (guint64));
      for (guint64 k = 0; k < n; k++)
        if (entries[k] & (G_GUINT64_CONSTANT (1) << 63))
          {
            guint64 addr = vma->start + (k << 12);
            g_array_append_val (vma->present, addr);
          }
    }
  close (fd);
}

static gboolean
is_special (const char *name)
{
  return name != NULL && name[0] == '[' && !g_str_equal (name, "[heap]")
         && !g_str_equal (name, "[stack]") && !g_str_has_prefix (name, "[anon");
}

static gboolean
is_file (const char *name)
{
  return name != NULL && name[0] == '/' && !g_str_has_suffix (name, " (deleted)");
}

static void
touch_runs (GString    *out,
            const Vma  *vma,
            const char *verb)
{
  guint64 run_start = 0, run_end = 0;

  for (guint i = 0; i <= vma->present->len; i++)
    {
      guint64 addr = i < vma->present->len ? g_array_index (vma->present, guint64, i) : 0;

      if (i < vma->present->len && run_end == addr && run_end != 0)
        {
          run_end += 4096;
          continue;
        }
      if (run_end > run_start)
        g_string_append_printf (out, "main %s 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT "\n",
                                verb, run_start, run_end - run_start);
      run_start = addr;
      run_end = addr + 4096;
    }
}

char *
mms_snapshot_from_maps (int          pid,
                        const char  *maps,
                        const char  *smaps,
                        GArray      *resident,
                        GError     **error)
{
  g_autoptr(GArray) vmas = g_array_new (FALSE, TRUE, sizeof (Vma));
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  GString *out;
  guint64 resident_bytes = 0;

  g_return_val_if_fail (maps != NULL, NULL);
  g_array_set_clear_func (vmas, vma_clear);
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      Vma vma = { 0 };

      if (lines[i][0] == '\0')
        continue;
      if (!parse_maps_line (lines[i], i + 1, &vma, error))
        return NULL;
      /* The vsyscall page is above TASK_SIZE: every process has it. */
      if (vma.start >= G_GUINT64_CONSTANT (0x800000000000))
        {
          vma_clear (&vma);
          continue;
        }
      g_array_append_val (vmas, vma);
    }
  if (smaps != NULL)
    apply_smaps (vmas, smaps);
  if (resident != NULL)
    for (guint i = 0; i < vmas->len; i++)
      {
        Vma *vma = &g_array_index (vmas, Vma, i);
        vma->present = g_array_new (FALSE, FALSE, sizeof (guint64));
        for (guint j = 0; j < resident->len; j++)
          {
            guint64 a = g_array_index (resident, guint64, j);
            if (a >= vma->start && a < vma->end)
              g_array_append_val (vma->present, a);
          }
      }
  else if (pid > 0)
    read_pagemap (pid, vmas);

  out = g_string_new (NULL);
  g_string_append_printf (out, "# Process %d from /proc/%d/maps, smaps and pagemap: written by\n"
                               "# mmscope-cli snapshot.  Every VMA is mapped at its address; the\n"
                               "# special ones ([vdso], [vvar]) become anonymous mappings.\n",
                          pid, pid);
  g_string_append_printf (out, "title \"Process %d, a snapshot\"\n", pid);
  for (guint i = 0; i < vmas->len; i++)
    {
      Vma *vma = &g_array_index (vmas, Vma, i);
      guint64 pages = vma->present != NULL ? vma->present->len * G_GUINT64_CONSTANT (4096)
                      : vma->rss != G_MAXUINT64 ? vma->rss : 0;
      resident_bytes += pages;
    }
  /* Enough RAM for the resident pages, their page tables and the kernel. */
  g_string_append_printf (out, "machine ram=%" G_GUINT64_FORMAT "M\n",
                          MAX (G_GUINT64_CONSTANT (64), ((resident_bytes * 5 / 4) >> 20) + 64));
  for (guint i = 0; i < vmas->len; i++)
    {
      Vma *vma = &g_array_index (vmas, Vma, i);
      g_autofree char *base = NULL;
      g_autofree char *quoted = NULL;
      GString *name;
      struct stat st;
      guint64 size;

      if (!is_file (vma->name) || g_hash_table_contains (names, vma->name))
        continue;
      base = g_path_get_basename (vma->name);
      name = g_string_new (g_ascii_isalpha (base[0]) || base[0] == '_' ? "" : "f");
      for (const char *c = base; *c != '\0'; c++)
        g_string_append_c (name, g_ascii_isalnum (*c) || strchr ("_.-", *c) != NULL ? *c : '_');
      if (g_hash_table_contains (used, name->str))
        g_string_append_printf (name, "-%u", i);
      size = stat (vma->name, &st) == 0 ? (guint64) st.st_size : vma->offset + vma->end - vma->start;
      quoted = mms_import_quote (vma->name);
      g_string_append_printf (out, "file %s size=%" G_GUINT64_FORMAT " path=%s", name->str,
                              MAX (size, 1), quoted);
      /* The device and inode /proc showed, when they read as maps prints them. */
      if (vma->inode != 0 && strlen (vma->dev) <= 9 && strspn (vma->dev, "0123456789abcdef:") == strlen (vma->dev)
          && strchr (vma->dev, ':') != NULL)
        g_string_append_printf (out, " dev=%s inode=%" G_GUINT64_FORMAT, vma->dev, vma->inode);
      g_string_append_c (out, '\n');
      g_hash_table_add (used, name->str);
      g_hash_table_insert (names, g_strdup (vma->name), g_string_free (name, FALSE));
    }
  g_string_append (out, "\nnote \"A process whose image is replaced below, VMA by VMA.\"\n"
                        "spawn main text=4K\n"
                        "note \"Unmap the synthetic image: the snapshot's VMAs come next.\"\n");
  g_string_append_printf (out, "main munmap 0x10000 0x%" G_GINT64_MODIFIER "x\n",
                          G_GUINT64_CONSTANT (0x7ffffffff000) - 0x10000);
  for (guint i = 0; i < vmas->len; i++)
    {
      Vma *vma = &g_array_index (vmas, Vma, i);
      const Vma *prev = i > 0 ? &g_array_index (vmas, Vma, i - 1) : NULL;
      gboolean shared = vma->perms[3] == 's';
      gboolean file = is_file (vma->name);
      gboolean relro = FALSE;
      char prot[4] = { vma->perms[0], vma->perms[1], vma->perms[2], '\0' };
      g_autofree char *quoted = mms_import_quote (vma->name != NULL ? vma->name : "anonymous");

      /* A private file VMA that would merge with the one before it. */
      if (file && !shared && prot[1] == '-' && prev != NULL && prev->end == vma->start
          && prev->name != NULL && g_str_equal (prev->name, vma->name)
          && memcmp (prev->perms, vma->perms, 4) == 0
          && prev->offset + (prev->end - prev->start) == vma->offset)
        relro = TRUE;
      g_string_append_printf (out, "note %s\n", quoted);
      g_string_append_printf (out, "main mmap %" G_GUINT64_FORMAT " %c%c%c %s",
                              vma->end - vma->start, prot[0], relro ? 'w' : prot[1], prot[2],
                              shared ? "shared" : "private");
      if (file)
        g_string_append_printf (out, " file=%s offset=0x%" G_GINT64_MODIFIER "x",
                                (const char *) g_hash_table_lookup (names, vma->name),
                                vma->offset);
      else
        g_string_append (out, " anon");
      g_string_append_printf (out, " at=0x%" G_GINT64_MODIFIER "x fixed%s\n", vma->start,
                              vma->name != NULL && g_str_equal (vma->name, "[stack]")
                                ? " growsdown" : "");
      if (relro)
        g_string_append_printf (out, "main mprotect 0x%" G_GINT64_MODIFIER "x %" G_GUINT64_FORMAT
                                " %s\n", vma->start, vma->end - vma->start, prot);
      if (is_special (vma->name) || prot[0] == '-')
        continue;
      /* The resident pages: present bits, else the first Rss bytes. */
      if (vma->present == NULL && vma->rss != G_MAXUINT64 && vma->rss > 0)
        {
          vma->present = g_array_new (FALSE, FALSE, sizeof (guint64));
          for (guint64 a = vma->start; a < MIN (vma->end, vma->start + vma->rss); a += 4096)
            g_array_append_val (vma->present, a);
        }
      if (vma->present != NULL && vma->present->len > 0)
        touch_runs (out, vma, prot[1] == 'w' && !shared ? "write" : "read");
    }
  return g_string_free (out, FALSE);
}

char *
mms_snapshot_pid (int      pid,
                  GError **error)
{
  g_autofree char *maps = NULL;
  g_autofree char *smaps = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (pid <= 0)
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_GONE,
                   "error: %d is not a process id", pid);
      return NULL;
    }
  if (!read_proc (pid, "maps", &maps, error))
    return NULL;
  /* smaps and pagemap need more permission than maps: without them the
   * snapshot has no resident pages. */
  if (!read_proc (pid, "smaps", &smaps, NULL))
    g_clear_pointer (&smaps, g_free);
  if (maps[0] == '\0')
    {
      g_set_error (error, MMS_IMPORT_ERROR, MMS_IMPORT_ERROR_GONE,
                   "/proc/%d/maps: error: empty: process %d is a kernel thread or a zombie",
                   pid, pid);
      return NULL;
    }
  return mms_snapshot_from_maps (pid, maps, smaps, NULL, error);
}
