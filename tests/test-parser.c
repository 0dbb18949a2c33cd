/* test-parser.c: tests of the scenario lexer and parser (scenario.md). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "mms-scenario.h"

#define KiB (G_GUINT64_CONSTANT (1024))
#define MiB (1024 * KiB)

static MmsScenario *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  MmsScenario *scenario;

  scenario = mms_scenario_parse ("t.mms", text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (scenario);

  return scenario;
}

static MmsStmt *
step (MmsScenario *scenario,
      guint        index)
{
  g_assert_cmpuint (index, >=, 1);
  g_assert_cmpuint (index, <=, scenario->steps->len);

  return g_ptr_array_index (scenario->steps, index - 1);
}

static MmsExpect *
expect_at (MmsScenario *scenario,
           guint        i)
{
  g_assert_cmpuint (i, <, scenario->expects->len);

  return g_ptr_array_index (scenario->expects, i);
}

static void
assert_loc (MmsLoc loc,
            guint  line,
            guint  column)
{
  g_assert_cmpuint (loc.line, ==, line);
  g_assert_cmpuint (loc.column, ==, column);
}

static void
test_empty (void)
{
  static const char * const texts[] = {
    "",
    "\n\n",
    "# only a comment\n   \t\n# another",
    "\xef\xbb\xbf# a byte order mark, then nothing\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(MmsScenario) scenario = parse_ok (texts[i]);

      g_assert_cmpstr (scenario->filename, ==, "t.mms");
      g_assert_null (scenario->title);
      g_assert_cmpint (scenario->arch, ==, MMS_ARCH_X86_64);
      g_assert_cmpuint (scenario->ram, ==, 64 * MiB);
      g_assert_cmpuint (scenario->swap, ==, 0);
      g_assert_cmpuint (scenario->reserve, ==, 0);
      assert_loc (scenario->machine_loc, 0, 0);
      g_assert_cmpuint (scenario->files->len, ==, 0);
      g_assert_cmpuint (scenario->steps->len, ==, 0);
      g_assert_cmpuint (scenario->expects->len, ==, 0);
      g_assert_null (scenario->trailing_note);
      g_assert_null (scenario->trailing_note_zh_CN);
    }

  /* An empty buffer need not be a string at all. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MmsScenario) scenario = mms_scenario_parse ("t.mms", NULL, 0, &error);

    g_assert_no_error (error);
    g_assert_nonnull (scenario);
    g_assert_cmpuint (scenario->steps->len, ==, 0);
  }
}

static void
test_header (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "title \"Fork and \\\"copy\\\" on write \\\\ \xe5\x86\x99\"  # comment\n"
    "machine swap=16M reserve=2M arch=i386-legacy ram=0x8000000\n"
    "file libdemo.so size=200K\n"
    "file data.bin size=0x1000\n");
  MmsFileDecl *file;

  g_assert_cmpstr (scenario->title, ==, "Fork and \"copy\" on write \\ \xe5\x86\x99");
  g_assert_cmpint (scenario->arch, ==, MMS_ARCH_I386_LEGACY);
  g_assert_cmpuint (scenario->ram, ==, 128 * MiB);
  g_assert_cmpuint (scenario->swap, ==, 16 * MiB);
  g_assert_cmpuint (scenario->reserve, ==, 2 * MiB);
  assert_loc (scenario->machine_loc, 2, 1);
  assert_loc (scenario->ram_loc, 2, 46);

  g_assert_cmpuint (scenario->files->len, ==, 2);
  file = g_ptr_array_index (scenario->files, 0);
  g_assert_cmpstr (file->name, ==, "libdemo.so");
  g_assert_cmpuint (file->size, ==, 200 * KiB);
  assert_loc (file->loc, 3, 6);
  file = g_ptr_array_index (scenario->files, 1);
  g_assert_cmpstr (file->name, ==, "data.bin");
  g_assert_cmpuint (file->size, ==, 4096);

  g_assert_cmpuint (scenario->steps->len, ==, 0);
}

static void
test_machine (void)
{
  {
    g_autoptr(MmsScenario) scenario = parse_ok ("machine\n");

    g_assert_cmpint (scenario->arch, ==, MMS_ARCH_X86_64);
    g_assert_cmpuint (scenario->ram, ==, 64 * MiB);
    assert_loc (scenario->machine_loc, 1, 1);
  }
  {
    g_autoptr(MmsScenario) scenario = parse_ok ("machine arch=i386 ram=1G\n");

    g_assert_cmpint (scenario->arch, ==, MMS_ARCH_I386);
    g_assert_cmpuint (scenario->ram, ==, 1024 * MiB);
  }
  {
    g_autoptr(MmsScenario) scenario = parse_ok ("machine arch=x86_64 ram=4GiB swap=1MiB\n");

    g_assert_cmpint (scenario->arch, ==, MMS_ARCH_X86_64);
    g_assert_cmpuint (scenario->ram, ==, 4096 * MiB);
    g_assert_cmpuint (scenario->swap, ==, MiB);
  }
}

static void
test_spawn (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "spawn A\n"
    "spawn B data=4K\n"
    "spawn C text=8K rodata=4K data=12K bss=0\n"
    "spawn D elf=/bin/true -v \"two words\" X=y Z=\"a b\"\n"
    "spawn E elf=\"/opt/my prog\"\n");
  MmsStmt *s;

  s = step (scenario, 1);
  g_assert_cmpint (s->kind, ==, MMS_STMT_SPAWN);
  g_assert_cmpstr (s->proc, ==, "A");
  assert_loc (s->loc, 1, 1);
  assert_loc (s->proc_loc, 1, 7);
  g_assert_cmpuint (s->text_size, ==, 16 * KiB);
  g_assert_cmpuint (s->rodata_size, ==, 0);
  g_assert_cmpuint (s->data_size, ==, 8 * KiB);
  g_assert_cmpuint (s->bss_size, ==, 8 * KiB);
  g_assert_false (s->has_text);
  g_assert_false (s->has_rodata);
  g_assert_false (s->has_data);
  g_assert_false (s->has_bss);
  g_assert_null (s->elf);
  g_assert_null (s->args);

  s = step (scenario, 2);
  g_assert_cmpuint (s->text_size, ==, 16 * KiB);
  g_assert_cmpuint (s->rodata_size, ==, 0);
  g_assert_cmpuint (s->data_size, ==, 4 * KiB);
  g_assert_cmpuint (s->bss_size, ==, 0);
  g_assert_false (s->has_text);
  g_assert_true (s->has_data);
  g_assert_false (s->has_bss);

  s = step (scenario, 3);
  g_assert_cmpuint (s->text_size, ==, 8 * KiB);
  g_assert_cmpuint (s->rodata_size, ==, 4 * KiB);
  g_assert_cmpuint (s->data_size, ==, 12 * KiB);
  g_assert_cmpuint (s->bss_size, ==, 0);
  g_assert_true (s->has_text);
  g_assert_true (s->has_rodata);
  g_assert_true (s->has_data);
  g_assert_true (s->has_bss);

  s = step (scenario, 4);
  g_assert_cmpstr (s->proc, ==, "D");
  g_assert_cmpstr (s->elf, ==, "/bin/true");
  assert_loc (s->elf_loc, 4, 13);
  g_assert_nonnull (s->args);
  g_assert_cmpuint (s->args->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (s->args, 0), ==, "-v");
  g_assert_cmpstr (g_ptr_array_index (s->args, 1), ==, "two words");
  g_assert_cmpstr (g_ptr_array_index (s->args, 2), ==, "X=y");
  g_assert_cmpstr (g_ptr_array_index (s->args, 3), ==, "Z=a b");
  g_assert_cmpuint (s->text_size, ==, 0);
  g_assert_false (s->has_text);

  s = step (scenario, 5);
  g_assert_cmpstr (s->elf, ==, "/opt/my prog");
  g_assert_cmpuint (s->args->len, ==, 0);
}

static void
test_process (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "spawn P\n"
    "P fork C\n"
    "P thread T1\n"
    "C exec\n"
    "C exec text=32K bss=4K\n"
    "C exec elf=/bin/ls\n"
    "T1 exit\n"
    "P munmap buf 4K\n"
    "P mprotect 0x400000 8K r-x\n"
    "P mremap buf 4K 16K maymove as big\n"
    "P mremap buf 4K 2K\n"
    "P shmget 0x1234 64K\n"
    "P shmat 4660 as shm\n"
    "P shmdt shm\n"
    "P shmat 1\n");
  MmsStmt *s;

  g_assert_cmpuint (scenario->steps->len, ==, 15);
  for (guint i = 1; i <= scenario->steps->len; i++)
    g_assert_cmpuint (step (scenario, i)->index, ==, i);

  s = step (scenario, 2);
  g_assert_cmpint (s->kind, ==, MMS_STMT_FORK);
  g_assert_cmpstr (s->proc, ==, "P");
  assert_loc (s->proc_loc, 2, 1);
  assert_loc (s->loc, 2, 1);
  g_assert_cmpstr (s->target, ==, "C");
  assert_loc (s->target_loc, 2, 8);

  s = step (scenario, 3);
  g_assert_cmpint (s->kind, ==, MMS_STMT_THREAD);
  g_assert_cmpstr (s->target, ==, "T1");
  assert_loc (s->target_loc, 3, 10);

  s = step (scenario, 4);
  g_assert_cmpint (s->kind, ==, MMS_STMT_EXEC);
  g_assert_cmpstr (s->proc, ==, "C");
  g_assert_cmpuint (s->text_size, ==, 16 * KiB);
  g_assert_cmpuint (s->data_size, ==, 8 * KiB);
  g_assert_cmpuint (s->bss_size, ==, 8 * KiB);

  s = step (scenario, 5);
  g_assert_cmpuint (s->text_size, ==, 32 * KiB);
  g_assert_cmpuint (s->data_size, ==, 0);
  g_assert_cmpuint (s->bss_size, ==, 4 * KiB);
  g_assert_true (s->has_text);
  g_assert_true (s->has_bss);

  s = step (scenario, 6);
  g_assert_cmpstr (s->elf, ==, "/bin/ls");

  s = step (scenario, 7);
  g_assert_cmpint (s->kind, ==, MMS_STMT_EXIT);
  g_assert_cmpstr (s->proc, ==, "T1");

  s = step (scenario, 8);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MUNMAP);
  g_assert_cmpstr (s->addr.label, ==, "buf");
  g_assert_cmpuint (s->addr.value, ==, 0);
  assert_loc (s->addr.loc, 8, 10);
  g_assert_cmpuint (s->len, ==, 4 * KiB);
  g_assert_true (s->has_len);
  assert_loc (s->len_loc, 8, 14);

  s = step (scenario, 9);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MPROTECT);
  g_assert_null (s->addr.label);
  g_assert_cmpuint (s->addr.value, ==, 0x400000);
  g_assert_cmpuint (s->len, ==, 8 * KiB);
  g_assert_cmpuint (s->prot, ==, MMS_PROT_READ | MMS_PROT_EXEC);
  assert_loc (s->prot_loc, 9, 24);

  s = step (scenario, 10);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MREMAP);
  g_assert_cmpstr (s->addr.label, ==, "buf");
  g_assert_cmpuint (s->len, ==, 4 * KiB);
  g_assert_cmpuint (s->new_len, ==, 16 * KiB);
  assert_loc (s->new_len_loc, 10, 17);
  g_assert_true (s->maymove);
  g_assert_cmpstr (s->as, ==, "big");
  assert_loc (s->as_loc, 10, 32);

  s = step (scenario, 11);
  g_assert_false (s->maymove);
  g_assert_null (s->as);
  g_assert_cmpuint (s->new_len, ==, 2 * KiB);

  s = step (scenario, 12);
  g_assert_cmpint (s->kind, ==, MMS_STMT_SHMGET);
  g_assert_cmpuint (s->key, ==, 0x1234);
  assert_loc (s->key_loc, 12, 10);
  g_assert_cmpuint (s->size, ==, 64 * KiB);
  assert_loc (s->size_loc, 12, 17);

  s = step (scenario, 13);
  g_assert_cmpint (s->kind, ==, MMS_STMT_SHMAT);
  g_assert_cmpuint (s->key, ==, 0x1234);
  g_assert_cmpstr (s->as, ==, "shm");

  s = step (scenario, 14);
  g_assert_cmpint (s->kind, ==, MMS_STMT_SHMDT);
  g_assert_cmpstr (s->addr.label, ==, "shm");

  s = step (scenario, 15);
  g_assert_cmpuint (s->key, ==, 1);
  g_assert_null (s->as);
}

static void
test_mmap (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "file lib.so size=200K\n"
    "spawn P\n"
    "P mmap 8K rw-\n"
    "P mmap 4K --- as guard\n"
    "P mmap 1M r-x shared file=lib.so offset=4K as lib\n"
    "P mmap 4K rwx at=0x10000 fixed private anon\n"
    "P mmap 4K rw- noreplace at=stack-64K growsdown\n"
    "P mmap 0 -w-\n");
  MmsStmt *s;

  s = step (scenario, 2);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MMAP);
  g_assert_cmpuint (s->len, ==, 8 * KiB);
  assert_loc (s->len_loc, 3, 8);
  g_assert_cmpuint (s->prot, ==, MMS_PROT_READ | MMS_PROT_WRITE);
  assert_loc (s->prot_loc, 3, 11);
  g_assert_false (s->shared);
  g_assert_null (s->file);
  g_assert_false (s->has_addr);
  g_assert_false (s->has_offset);
  g_assert_false (s->fixed);
  g_assert_false (s->noreplace);
  g_assert_false (s->growsdown);
  g_assert_null (s->as);

  s = step (scenario, 3);
  g_assert_cmpuint (s->prot, ==, 0);
  g_assert_cmpstr (s->as, ==, "guard");
  assert_loc (s->as_loc, 4, 18);

  s = step (scenario, 4);
  g_assert_cmpuint (s->len, ==, MiB);
  g_assert_cmpuint (s->prot, ==, MMS_PROT_READ | MMS_PROT_EXEC);
  g_assert_true (s->shared);
  g_assert_cmpstr (s->file, ==, "lib.so");
  assert_loc (s->file_loc, 5, 27);
  g_assert_true (s->has_offset);
  g_assert_cmpuint (s->offset, ==, 4 * KiB);
  g_assert_cmpstr (s->as, ==, "lib");

  s = step (scenario, 5);
  g_assert_cmpuint (s->prot, ==, MMS_PROT_READ | MMS_PROT_WRITE | MMS_PROT_EXEC);
  g_assert_true (s->has_addr);
  g_assert_null (s->addr.label);
  g_assert_cmpuint (s->addr.value, ==, 0x10000);
  assert_loc (s->addr.loc, 6, 18);
  g_assert_true (s->fixed);
  g_assert_false (s->noreplace);
  g_assert_false (s->shared);
  g_assert_null (s->file);

  s = step (scenario, 6);
  g_assert_true (s->noreplace);
  g_assert_false (s->fixed);
  g_assert_true (s->growsdown);
  g_assert_true (s->has_addr);
  g_assert_cmpstr (s->addr.label, ==, "stack");
  g_assert_true (s->addr.negative);
  g_assert_cmpuint (s->addr.value, ==, 64 * KiB);

  /* A zero length is the engine's EINVAL, not a syntax error. */
  s = step (scenario, 7);
  g_assert_cmpuint (s->len, ==, 0);
  g_assert_cmpuint (s->prot, ==, MMS_PROT_WRITE);
}

static void
test_access (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "spawn P\n"
    "P read buf\n"
    "P write buf+4K 8K\n"
    "P fetch text\n"
    "P brk +8K\n"
    "P brk -0x1000\n"
    "P brk heap+64K\n"
    "P brk 0x804c000\n");
  MmsStmt *s;

  s = step (scenario, 2);
  g_assert_cmpint (s->kind, ==, MMS_STMT_READ);
  g_assert_cmpstr (s->addr.label, ==, "buf");
  g_assert_cmpuint (s->len, ==, 1);
  g_assert_false (s->has_len);
  assert_loc (s->len_loc, 2, 8);

  s = step (scenario, 3);
  g_assert_cmpint (s->kind, ==, MMS_STMT_WRITE);
  g_assert_cmpstr (s->addr.label, ==, "buf");
  g_assert_false (s->addr.negative);
  g_assert_cmpuint (s->addr.value, ==, 4 * KiB);
  g_assert_cmpuint (s->len, ==, 8 * KiB);
  g_assert_true (s->has_len);
  assert_loc (s->len_loc, 3, 16);

  s = step (scenario, 4);
  g_assert_cmpint (s->kind, ==, MMS_STMT_FETCH);
  g_assert_cmpstr (s->addr.label, ==, "text");
  g_assert_cmpuint (s->len, ==, 1);

  s = step (scenario, 5);
  g_assert_cmpint (s->kind, ==, MMS_STMT_BRK);
  g_assert_cmpint (s->brk_mode, ==, MMS_BRK_GROW);
  g_assert_cmpuint (s->brk_size, ==, 8 * KiB);
  g_assert_false (s->has_addr);

  s = step (scenario, 6);
  g_assert_cmpint (s->brk_mode, ==, MMS_BRK_SHRINK);
  g_assert_cmpuint (s->brk_size, ==, 4 * KiB);

  s = step (scenario, 7);
  g_assert_cmpint (s->brk_mode, ==, MMS_BRK_SET);
  g_assert_true (s->has_addr);
  g_assert_cmpstr (s->addr.label, ==, "heap");
  g_assert_cmpuint (s->addr.value, ==, 64 * KiB);

  s = step (scenario, 8);
  g_assert_cmpint (s->brk_mode, ==, MMS_BRK_SET);
  g_assert_null (s->addr.label);
  g_assert_cmpuint (s->addr.value, ==, 0x804c000);
}

static void
test_addresses (void)
{
  static const struct
  {
    const char *addr;
    const char *label;
    guint64 value;
    gboolean negative;
  } cases[] = {
    { "0", NULL, 0, FALSE },
    { "4096", NULL, 4096, FALSE },
    { "0x7ffff7ff0000", NULL, G_GUINT64_CONSTANT (0x7ffff7ff0000), FALSE },
    { "0xffffffffffffffff", NULL, G_MAXUINT64, FALSE },
    { "18446744073709551615", NULL, G_MAXUINT64, FALSE },
    { "4K", NULL, 4096, FALSE },
    { "buf", "buf", 0, FALSE },
    { "_b.2", "_b.2", 0, FALSE },
    { "buf+4K", "buf", 4096, FALSE },
    { "buf-4K", "buf", 4096, TRUE },
    { "buf+0x10", "buf", 16, FALSE },
    { "my-buf", "my-buf", 0, FALSE },
    { "my-buf-2", "my-buf", 2, TRUE },
    { "my-buf+1M", "my-buf", MiB, FALSE },
    { "a-b-c-1G", "a-b-c", 1024 * MiB, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("spawn P\nP shmdt %s\n", cases[i].addr);
      g_autoptr(MmsScenario) scenario = parse_ok (text);
      MmsStmt *s = step (scenario, 2);

      g_assert_cmpstr (s->addr.label, ==, cases[i].label);
      g_assert_cmpuint (s->addr.value, ==, cases[i].value);
      g_assert_cmpint (s->addr.negative, ==, cases[i].negative);
      assert_loc (s->addr.loc, 2, 9);
    }
}

static void
test_numbers (void)
{
  static const struct
  {
    const char *text;
    guint64 value;
  } cases[] = {
    { "1", 1 },
    { "1000", 1000 },
    { "0x10", 16 },
    { "0XfF", 255 },
    { "007", 7 },
    { "1K", KiB },
    { "1KiB", KiB },
    { "3M", 3 * MiB },
    { "3MiB", 3 * MiB },
    { "2G", 2048 * MiB },
    { "2GiB", 2048 * MiB },
    { "1T", G_GUINT64_CONSTANT (1) << 40 },
    { "5TiB", G_GUINT64_CONSTANT (5) << 40 },
    { "0x10K", 16 * KiB },
    { "16777215T", G_GUINT64_CONSTANT (16777215) << 40 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("kernel kmalloc %s\n", cases[i].text);
      g_autoptr(MmsScenario) scenario = parse_ok (text);

      g_assert_cmpuint (step (scenario, 1)->size, ==, cases[i].value);
    }
}

static void
test_kernel (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "kernel alloc_pages 3\n"
    "kernel alloc_pages 0 zone=DMA32 as pg\n"
    "kernel alloc_pages 10 as big zone=highmem\n"
    "kernel free_pages pg\n"
    "kernel kmem_cache_alloc dentry as d\n"
    "kernel kmem_cache_free d\n"
    "kernel kmalloc 100 as k\n"
    "kernel kfree k\n"
    "kernel reclaim 32\n"
    "kernel alloc_pages 1 zone=dma\n"
    "kernel alloc_pages 1 zone=normal\n"
    "kernel kmem_cache_alloc kmalloc-64\n");
  MmsStmt *s;

  s = step (scenario, 1);
  g_assert_cmpint (s->kind, ==, MMS_STMT_ALLOC_PAGES);
  g_assert_null (s->proc);
  assert_loc (s->loc, 1, 1);
  g_assert_cmpuint (s->order, ==, 3);
  assert_loc (s->order_loc, 1, 20);
  g_assert_cmpint (s->zone, ==, MMS_ZONE_REQ_NONE);
  g_assert_null (s->as);

  s = step (scenario, 2);
  g_assert_cmpuint (s->order, ==, 0);
  g_assert_cmpint (s->zone, ==, MMS_ZONE_REQ_DMA32);
  assert_loc (s->zone_loc, 2, 27);
  g_assert_cmpstr (s->as, ==, "pg");

  s = step (scenario, 3);
  g_assert_cmpuint (s->order, ==, 10);
  g_assert_cmpint (s->zone, ==, MMS_ZONE_REQ_HIGHMEM);
  g_assert_cmpstr (s->as, ==, "big");

  s = step (scenario, 4);
  g_assert_cmpint (s->kind, ==, MMS_STMT_FREE_PAGES);
  g_assert_cmpstr (s->free_label, ==, "pg");
  assert_loc (s->free_label_loc, 4, 19);

  s = step (scenario, 5);
  g_assert_cmpint (s->kind, ==, MMS_STMT_KMEM_CACHE_ALLOC);
  g_assert_cmpstr (s->cache, ==, "dentry");
  assert_loc (s->cache_loc, 5, 25);
  g_assert_cmpstr (s->as, ==, "d");

  s = step (scenario, 6);
  g_assert_cmpint (s->kind, ==, MMS_STMT_KMEM_CACHE_FREE);
  g_assert_cmpstr (s->free_label, ==, "d");

  s = step (scenario, 7);
  g_assert_cmpint (s->kind, ==, MMS_STMT_KMALLOC);
  g_assert_cmpuint (s->size, ==, 100);
  assert_loc (s->size_loc, 7, 16);
  g_assert_cmpstr (s->as, ==, "k");

  s = step (scenario, 8);
  g_assert_cmpint (s->kind, ==, MMS_STMT_KFREE);
  g_assert_cmpstr (s->free_label, ==, "k");

  s = step (scenario, 9);
  g_assert_cmpint (s->kind, ==, MMS_STMT_RECLAIM);
  g_assert_cmpuint (s->pages, ==, 32);

  g_assert_cmpint (step (scenario, 10)->zone, ==, MMS_ZONE_REQ_DMA);
  g_assert_cmpint (step (scenario, 11)->zone, ==, MMS_ZONE_REQ_NORMAL);
  g_assert_cmpstr (step (scenario, 12)->cache, ==, "kmalloc-64");
}

static void
test_malloc (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "spawn P\n"
    "P malloc 379 as a\n"
    "P malloc 0\n"
    "P malloc 0x20 as b\n"
    "P calloc 10 4K as c\n"
    "P calloc 0 0\n"
    "P realloc a 1M\n"
    "P realloc c 0\n"
    "P free b\n"
    "P write a\n"
    "expect P chunk a 0x410\n"
    "expect P heap 132K\n"
    "expect P heap 0\n"
    "expect free 60M\n"
    "free malloc 8\n");
  g_autoptr(MmsScenario) reparsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MmsStmt *s;
  MmsExpect *e;

  g_assert_cmpuint (scenario->steps->len, ==, 11);

  s = step (scenario, 2);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MALLOC);
  g_assert_cmpstr (s->proc, ==, "P");
  g_assert_cmpuint (s->alloc_size, ==, 379);
  assert_loc (s->alloc_size_loc, 2, 10);
  g_assert_cmpstr (s->as, ==, "a");
  assert_loc (s->as_loc, 2, 17);
  g_assert_null (s->alloc_name);

  s = step (scenario, 3);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MALLOC);
  g_assert_cmpuint (s->alloc_size, ==, 0);
  g_assert_null (s->as);

  s = step (scenario, 4);
  g_assert_cmpuint (s->alloc_size, ==, 0x20);
  g_assert_cmpstr (s->as, ==, "b");

  s = step (scenario, 5);
  g_assert_cmpint (s->kind, ==, MMS_STMT_CALLOC);
  g_assert_cmpuint (s->alloc_count, ==, 10);
  assert_loc (s->alloc_count_loc, 5, 10);
  g_assert_cmpuint (s->alloc_size, ==, 4 * KiB);
  assert_loc (s->alloc_size_loc, 5, 13);
  g_assert_cmpstr (s->as, ==, "c");

  s = step (scenario, 6);
  g_assert_cmpint (s->kind, ==, MMS_STMT_CALLOC);
  g_assert_cmpuint (s->alloc_count, ==, 0);
  g_assert_cmpuint (s->alloc_size, ==, 0);
  g_assert_null (s->as);

  s = step (scenario, 7);
  g_assert_cmpint (s->kind, ==, MMS_STMT_REALLOC);
  g_assert_cmpstr (s->alloc_name, ==, "a");
  assert_loc (s->alloc_name_loc, 7, 11);
  g_assert_cmpuint (s->alloc_size, ==, 1 * MiB);
  assert_loc (s->alloc_size_loc, 7, 13);
  g_assert_null (s->as);

  s = step (scenario, 8);
  g_assert_cmpstr (s->alloc_name, ==, "c");
  g_assert_cmpuint (s->alloc_size, ==, 0);

  s = step (scenario, 9);
  g_assert_cmpint (s->kind, ==, MMS_STMT_FREE);
  g_assert_cmpstr (s->alloc_name, ==, "b");
  assert_loc (s->alloc_name_loc, 9, 8);

  /* A write without a length is still one byte here; the runner gives a
   * malloc allocation its usable size. */
  s = step (scenario, 10);
  g_assert_cmpint (s->kind, ==, MMS_STMT_WRITE);
  g_assert_cmpstr (s->addr.label, ==, "a");
  g_assert_cmpuint (s->len, ==, 1);
  g_assert_false (s->has_len);

  /* "free" still names a process before a verb. */
  s = step (scenario, 11);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MALLOC);
  g_assert_cmpstr (s->proc, ==, "free");
  g_assert_cmpuint (s->alloc_size, ==, 8);

  g_assert_cmpuint (scenario->expects->len, ==, 4);
  e = expect_at (scenario, 0);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_CHUNK);
  g_assert_cmpuint (e->after_step, ==, 10);
  g_assert_cmpstr (e->proc, ==, "P");
  assert_loc (e->proc_loc, 11, 8);
  assert_loc (e->check_loc, 11, 10);
  g_assert_cmpstr (e->name, ==, "a");
  assert_loc (e->name_loc, 11, 16);
  g_assert_cmpuint (e->value, ==, 0x410);
  assert_loc (e->value_loc, 11, 18);

  e = expect_at (scenario, 1);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_HEAP);
  g_assert_cmpstr (e->proc, ==, "P");
  g_assert_null (e->name);
  g_assert_cmpuint (e->value, ==, 132 * KiB);
  assert_loc (e->value_loc, 12, 15);

  e = expect_at (scenario, 2);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_HEAP);
  g_assert_cmpuint (e->value, ==, 0);

  /* free is a check too when no process name comes first. */
  e = expect_at (scenario, 3);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_FREE);
  g_assert_null (e->proc);
  g_assert_cmpuint (e->value, ==, 60 * MiB);

  /* Written out and parsed again: the same statements and checks. */
  text = mms_scenario_to_text (scenario);
  reparsed = mms_scenario_parse ("saved.mms", text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reparsed->steps->len, ==, scenario->steps->len);
  g_assert_cmpuint (reparsed->expects->len, ==, scenario->expects->len);
  for (guint i = 0; i < scenario->steps->len; i++)
    {
      MmsStmt *a = scenario->steps->pdata[i], *b = reparsed->steps->pdata[i];

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpuint (a->alloc_size, ==, b->alloc_size);
      g_assert_cmpstr (a->alloc_name, ==, b->alloc_name);
      g_assert_cmpstr (a->as, ==, b->as);
    }
  for (guint i = 0; i < scenario->expects->len; i++)
    {
      MmsExpect *a = expect_at (scenario, i), *b = expect_at (reparsed, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->after_step, ==, b->after_step);
      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpuint (a->value, ==, b->value);
    }
}

static void
test_notes (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "note \"Before anything.\"\n"
    "title \"Notes\"\n"
    "note.zh_CN \"\xe5\xbc\x80\xe5\xa7\x8b\"\n"
    "spawn A\n"
    "A fork B\n"
    "note.zh_CN \"\xe5\x86\x99\xe3\x80\x80\xe5\x85\xa5\"\n"
    "expect ok\n"
    "note \"The child writes.\"\n"
    "B write data\n"
    "note \"The end.\"\n"
    "note.zh_CN \"\xe5\xae\x8c\"\n");
  MmsStmt *s;

  g_assert_cmpstr (scenario->title, ==, "Notes");

  s = step (scenario, 1);
  g_assert_cmpstr (s->note, ==, "Before anything.");
  g_assert_cmpstr (s->note_zh_CN, ==, "\xe5\xbc\x80\xe5\xa7\x8b");

  s = step (scenario, 2);
  g_assert_null (s->note);
  g_assert_null (s->note_zh_CN);

  s = step (scenario, 3);
  g_assert_cmpstr (s->note, ==, "The child writes.");
  /* An ideographic space (U+3000) inside quotes is text. */
  g_assert_cmpstr (s->note_zh_CN, ==, "\xe5\x86\x99\xe3\x80\x80\xe5\x85\xa5");

  g_assert_cmpstr (scenario->trailing_note, ==, "The end.");
  g_assert_cmpstr (scenario->trailing_note_zh_CN, ==, "\xe5\xae\x8c");
}

static void
test_expects (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "expect free 64M\n"
    "spawn A\n"
    "expect A vmas 7\n"
    "expect A rss 12K\n"
    "A mmap 4K rw- at=0 fixed\n"
    "expect errno EPERM\n"
    "A read 0x10\n"
    "expect A segv\n"
    "expect ok\n"
    "kernel alloc_pages 2\n"
    "expect nr_free Normal 2 5\n"
    "expect zone DMA32 free 12M\n"
    "expect slabs dentry 1 2 0\n"
    "expect objects kmalloc-64 33\n"
    "expect free rss 0\n");
  MmsExpect *e;

  g_assert_cmpuint (scenario->expects->len, ==, 11);

  e = expect_at (scenario, 0);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_FREE);
  g_assert_cmpuint (e->after_step, ==, 0);
  g_assert_cmpuint (e->value, ==, 64 * MiB);
  assert_loc (e->loc, 1, 1);
  assert_loc (e->value_loc, 1, 13);
  g_assert_cmpstr (e->text, ==, "expect free 64M");

  e = expect_at (scenario, 1);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_VMAS);
  g_assert_cmpuint (e->after_step, ==, 1);
  g_assert_cmpstr (e->proc, ==, "A");
  assert_loc (e->proc_loc, 3, 8);
  g_assert_cmpuint (e->value, ==, 7);
  assert_loc (e->value_loc, 3, 15);

  e = expect_at (scenario, 2);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_RSS);
  g_assert_cmpuint (e->after_step, ==, 1);
  g_assert_cmpuint (e->value, ==, 12 * KiB);

  e = expect_at (scenario, 3);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_ERRNO);
  g_assert_cmpuint (e->after_step, ==, 2);
  g_assert_cmpstr (e->name, ==, "EPERM");
  assert_loc (e->name_loc, 6, 14);

  e = expect_at (scenario, 4);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_SEGV);
  g_assert_cmpuint (e->after_step, ==, 3);
  g_assert_cmpstr (e->proc, ==, "A");

  e = expect_at (scenario, 5);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_OK);
  g_assert_cmpuint (e->after_step, ==, 3);

  e = expect_at (scenario, 6);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_NR_FREE);
  g_assert_cmpuint (e->after_step, ==, 4);
  g_assert_cmpstr (e->name, ==, "normal");
  assert_loc (e->name_loc, 11, 16);
  g_assert_cmpuint (e->order, ==, 2);
  g_assert_cmpuint (e->value, ==, 5);
  assert_loc (e->value_loc, 11, 25);

  e = expect_at (scenario, 7);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_ZONE_FREE);
  g_assert_cmpstr (e->name, ==, "dma32");
  g_assert_cmpuint (e->value, ==, 12 * MiB);

  e = expect_at (scenario, 8);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_SLABS);
  g_assert_cmpstr (e->name, ==, "dentry");
  g_assert_cmpuint (e->full, ==, 1);
  g_assert_cmpuint (e->partial, ==, 2);
  g_assert_cmpuint (e->empty, ==, 0);

  e = expect_at (scenario, 9);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_OBJECTS);
  g_assert_cmpstr (e->name, ==, "kmalloc-64");
  g_assert_cmpuint (e->value, ==, 33);

  /* A process may be called "free": the word after it decides. */
  e = expect_at (scenario, 10);
  g_assert_cmpint (e->kind, ==, MMS_EXPECT_RSS);
  g_assert_cmpstr (e->proc, ==, "free");
  g_assert_cmpuint (e->after_step, ==, 4);

  g_assert_cmpuint (scenario->steps->len, ==, 4);
}

static void
test_text_and_locations (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "\xef\xbb\xbf" "spawn A   # a process\r\n"
    "\r\n"
    "   A\tmmap  4K rw-\t# tabs and spaces \"quoted\" # twice\r\n"
    "note \"caf\xc3\xa9 # not a comment\"\r\n"
    "A mprotect buf 4K r--\r\n"
    "expect A vmas 5 # trailing\r\n"
    "A exit");
  MmsStmt *s;
  MmsExpect *e;

  g_assert_cmpuint (scenario->steps->len, ==, 4);

  s = step (scenario, 1);
  g_assert_cmpstr (s->text, ==, "spawn A");
  assert_loc (s->loc, 1, 1);

  s = step (scenario, 2);
  g_assert_cmpuint (s->index, ==, 2);
  g_assert_cmpstr (s->text, ==, "A\tmmap  4K rw-");
  assert_loc (s->loc, 3, 4);
  assert_loc (s->proc_loc, 3, 4);
  assert_loc (s->len_loc, 3, 12);
  assert_loc (s->prot_loc, 3, 15);

  s = step (scenario, 3);
  g_assert_cmpstr (s->note, ==, "caf\xc3\xa9 # not a comment");
  g_assert_cmpstr (s->text, ==, "A mprotect buf 4K r--");
  g_assert_cmpuint (s->prot, ==, MMS_PROT_READ);

  e = expect_at (scenario, 0);
  g_assert_cmpstr (e->text, ==, "expect A vmas 5");
  g_assert_cmpuint (e->after_step, ==, 3);

  s = step (scenario, 4);
  g_assert_cmpstr (s->text, ==, "A exit");
  assert_loc (s->loc, 7, 1);
}

static void
test_unicode_columns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;

  /* Columns count code points: \xe5\x86\x99 is one column. */
  scenario = mms_scenario_parse ("t.mms",
                                 "note \"\xe5\x86\x99\xe5\x86\x99\" \"x\"\n",
                                 -1, &error);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
  g_assert_null (scenario);
  g_assert_cmpstr (error->message, ==,
                   "t.mms:1:11: error: unexpected '\"x\"' after 'note \"...\"'");
}

static void
test_names (void)
{
  /* Verbs and check words are not reserved: position decides. */
  g_autoptr(MmsScenario) scenario = parse_ok (
    "file mmap size=4K\n"
    "spawn fork\n"
    "fork fork exit\n"
    "exit mmap 4K rw- file=mmap as as\n"
    "expect exit vmas 1\n"
    "as read as-1\n");
  MmsStmt *s;

  g_assert_cmpstr (((MmsFileDecl *) g_ptr_array_index (scenario->files, 0))->name, ==, "mmap");
  g_assert_cmpstr (step (scenario, 1)->proc, ==, "fork");

  s = step (scenario, 2);
  g_assert_cmpint (s->kind, ==, MMS_STMT_FORK);
  g_assert_cmpstr (s->proc, ==, "fork");
  g_assert_cmpstr (s->target, ==, "exit");

  s = step (scenario, 3);
  g_assert_cmpint (s->kind, ==, MMS_STMT_MMAP);
  g_assert_cmpstr (s->proc, ==, "exit");
  g_assert_cmpstr (s->file, ==, "mmap");
  g_assert_cmpstr (s->as, ==, "as");

  g_assert_cmpstr (expect_at (scenario, 0)->proc, ==, "exit");

  s = step (scenario, 4);
  g_assert_cmpint (s->kind, ==, MMS_STMT_READ);
  g_assert_cmpstr (s->proc, ==, "as");
  g_assert_cmpstr (s->addr.label, ==, "as");
  g_assert_true (s->addr.negative);
  g_assert_cmpuint (s->addr.value, ==, 1);
}

typedef struct
{
  const char *text;
  gssize length;
  const char *message;
} ErrorCase;

#define E(text, message) { text, sizeof (text) - 1, message }

static const ErrorCase error_cases[] = {
  /* Lexical errors. */
  E ("spawn A\nA ex\0it\n", "t.mms:2:5: error: NUL byte in scenario"),
  E ("spawn A\nnote \"\xc3\xa9\xff\"\n", "t.mms:2:8: error: invalid UTF-8 (byte 0xFF)"),
  E ("title \"caf\xc3\"\n", "t.mms:1:11: error: invalid UTF-8 (byte 0xC3)"),
  E ("note \"\xed\xa0\x80\"\n", "t.mms:1:7: error: invalid UTF-8 (byte 0xED)"),
  E ("spawn A\x01\n", "t.mms:1:8: error: control character U+0001 in scenario"),
  E ("note \"\xc3\xa9\x7f\"\n", "t.mms:1:8: error: control character U+007F in scenario"),
  /* Invisible characters outside quotes (inside them they are text). */
  E ("spawn\xc2\xa0" "A\n", "t.mms:1:6: error: invisible character U+00A0 outside quotes; "
     "words are separated by ordinary spaces or tabs"),
  E ("spawn A\xe3\x80\x80\n", "t.mms:1:8: error: invisible character U+3000 outside quotes; "
     "words are separated by ordinary spaces or tabs"),
  E ("spawn A\n\xef\xbb\xbf" "A mmap 4K rw-\n", "t.mms:2:1: error: invisible character U+FEFF "
     "outside quotes; words are separated by ordinary spaces or tabs"),
  E ("spawn A\nA mmap 4K rw- as m\xe2\x80\x8b\n", "t.mms:2:19: error: invisible character U+200B "
     "outside quotes; words are separated by ordinary spaces or tabs"),
  E ("spawn A\rB\x0b\n", "t.mms:1:10: error: control character U+000B in scenario"),
  E ("title \"abc\n", "t.mms:1:7: error: unterminated string"),
  E ("title \"abc\\\"\n", "t.mms:1:7: error: unterminated string"),
  E ("note \"a\\nb\"\n",
     "t.mms:1:8: error: unknown escape '\\n' in string; only \\\" and \\\\ are allowed"),
  E ("title \"a\"b\n", "t.mms:1:10: error: expected a space after the closing quote"),
  E ("spawn A\nA mmap 4K rw- file=x\"y\"\n",
     "t.mms:2:21: error: unexpected '\"' in the middle of a word"),
  E ("machine =64M\n", "t.mms:1:9: error: missing option name before '='"),

  /* Numbers. */
  E ("spawn A\nA mmap 99999999999999999999 rw-\n",
     "t.mms:2:8: error: number too large: '99999999999999999999'"),
  E ("machine ram=16777216T\n", "t.mms:1:13: error: number too large: '16777216T'"),
  E ("kernel kmalloc 0x10000000000000000\n",
     "t.mms:1:16: error: number too large: '0x10000000000000000'"),
  E ("spawn A\nA mmap -4K rw-\n",
     "t.mms:2:8: error: expected a length, got '-4K' (negative numbers are not allowed)"),
  E ("spawn A\nA mmap 4Q rw-\n", "t.mms:2:8: error: expected a length like '4K', got '4Q'"),
  E ("spawn A\nA mmap 0x rw-\n", "t.mms:2:8: error: expected a length like '4K', got '0x'"),
  E ("kernel reclaim 4K\n", "t.mms:1:16: error: expected a number of pages, got '4K'"),
  E ("spawn A\nexpect A vmas many\n", "t.mms:2:15: error: expected a number, got 'many'"),

  /* Header. */
  E ("spawn A\ntitle \"x\"\n", "t.mms:2:1: error: 'title' must come before the first step"),
  E ("kernel reclaim 1\nmachine ram=8M\n",
     "t.mms:2:1: error: 'machine' must come before the first step"),
  E ("spawn A\nfile f size=4K\n", "t.mms:2:1: error: 'file' must come before the first step"),
  E ("title \"a\"\ntitle \"b\"\n", "t.mms:2:1: error: duplicate 'title' (the first is on line 1)"),
  E ("machine\n# x\nmachine ram=8M\n",
     "t.mms:3:1: error: duplicate 'machine' (the first is on line 1)"),
  E ("file a size=1\nfile a size=2\n", "t.mms:2:6: error: duplicate file 'a' (the first is on line 1)"),
  E ("machine ram=4M swap=4K ram=8M\n", "t.mms:1:24: error: duplicate option 'ram='"),
  E ("machine arch=arm\n",
     "t.mms:1:14: error: unknown arch 'arm'; expected x86_64, i386 or i386-legacy"),
  E ("machine arch=X86_64\n",
     "t.mms:1:14: error: unknown arch 'X86_64'; expected x86_64, i386 or i386-legacy"),
  E ("machine ram=5000\n", "t.mms:1:13: error: ram= must be a positive multiple of 4K, got '5000'"),
  E ("machine ram=0\n", "t.mms:1:13: error: ram= must be a positive multiple of 4K, got '0'"),
  E ("machine swap=1\n", "t.mms:1:14: error: swap= must be a multiple of 4K, got '1'"),
  /* The machine's limits point at the value that breaks them. */
  E ("machine ram=1T\n", "t.mms:1:13: error: ram= must be between 1M and 64G on x86_64, got '1T'"),
  E ("machine ram=512K\n",
     "t.mms:1:13: error: ram= must be between 1M and 64G on x86_64, got '512K'"),
  E ("machine ram=8G arch=i386-legacy\n",
     "t.mms:1:13: error: ram= must be between 1M and 4G on i386-legacy, got '8G'"),
  E ("machine swap=65G\n", "t.mms:1:14: error: swap= must be at most 64G, got '65G'"),
  E ("machine reserve=64M\n", "t.mms:1:17: error: reserve= must be smaller than ram="),
  E ("machine reserve=4M ram=4M\n", "t.mms:1:17: error: reserve= must be smaller than ram="),
  E ("machine ram=\n", "t.mms:1:13: error: missing value after 'ram='"),
  E ("machine cpus=2\n", "t.mms:1:9: error: unknown option 'cpus=' for machine"),
  E ("machine x86_64\n", "t.mms:1:9: error: expected an option like 'ram=64M', got 'x86_64'"),
  E ("title\n", "t.mms:1:6: error: missing quoted string after 'title'"),
  E ("title Fork\n", "t.mms:1:7: error: expected a quoted string after 'title', got 'Fork'"),
  E ("file lib.so\n", "t.mms:1:12: error: missing 'size=SIZE' after 'file NAME'"),
  E ("file lib.so 4K\n", "t.mms:1:13: error: unknown option '4K' for file"),

  /* Notes. */
  E ("note \"a\"\nnote \"b\"\nspawn A\n", "t.mms:2:1: error: second 'note' before the same step"),
  E ("spawn A\nnote.zh_CN \"a\"\nnote.zh_CN \"b\"\n",
     "t.mms:3:1: error: second 'note.zh_CN' before the same step"),
  E ("note hello\n", "t.mms:1:6: error: expected a quoted string after 'note', got 'hello'"),
  E ("note.fr \"x\"\n", "t.mms:1:1: error: unknown statement 'note.fr'"),

  /* Statements and their arguments. */
  E ("spawn A\nA mmapp 4K rw-\n", "t.mms:2:3: error: unknown statement 'mmapp'"),
  E ("spawn A\nA Mmap 4K rw-\n",
     "t.mms:2:3: error: unknown statement 'Mmap' (keywords are lower case: 'mmap')"),
  E ("Mmap 4K rw-\n", "t.mms:1:1: error: unknown statement 'Mmap' (keywords are lower case: 'mmap')"),
  /* A keyword in capitals is the unknown word, not the verb after it. */
  E ("SPAWN A\n", "t.mms:1:1: error: unknown statement 'SPAWN' (keywords are lower case: 'spawn')"),
  E ("Kernel kmalloc 64\n",
     "t.mms:1:1: error: unknown statement 'Kernel' (keywords are lower case: 'kernel')"),
  E ("spwan A\n", "t.mms:1:1: error: unknown statement 'spwan'"),
  E ("\"hello\"\n", "t.mms:1:1: error: unknown statement '\"hello\"'"),
  E ("ram=64M\n", "t.mms:1:1: error: unknown statement 'ram=64M'"),
  E ("spawn A\nA munmap buf\n", "t.mms:2:13: error: missing length after 'munmap ADDR'"),
  E ("spawn A\nA munmap\n", "t.mms:2:9: error: missing address after 'munmap'"),
  E ("spawn A\nA mmap 4K\n", "t.mms:2:10: error: missing protection after 'mmap LEN'"),
  E ("spawn A\nA fork\n", "t.mms:2:7: error: missing child process name after 'fork'"),
  E ("spawn\n", "t.mms:1:6: error: missing process name after 'spawn'"),
  E ("spawn 1A\n", "t.mms:1:7: error: expected a process name, got '1A'"),
  E ("spawn A\nA mremap buf 4K\n", "t.mms:2:16: error: missing new length after 'mremap ADDR OLDLEN'"),
  E ("spawn A\nA shmget 1\n", "t.mms:2:11: error: missing size after 'shmget KEY'"),
  E ("spawn A\nA brk\n", "t.mms:2:6: error: missing address or +SIZE or -SIZE after 'brk'"),
  E ("spawn A\nA brk +\n", "t.mms:2:8: error: missing size after '+'"),
  E ("spawn A\nA brk -x\n", "t.mms:2:8: error: expected a size like '4K' after '-', got 'x'"),
  E ("spawn A\nA mprotect buf 4K rwz\n",
     "t.mms:2:19: error: expected a protection like 'rw-', got 'rwz'"),
  E ("spawn A\nA mmap 4K rw\n", "t.mms:2:11: error: expected a protection like 'rw-', got 'rw'"),
  E ("spawn A\nA mmap 4K wr-\n", "t.mms:2:11: error: expected a protection like 'rw-', got 'wr-'"),
  E ("spawn A\nA mmap 4K rw- foo=1\n", "t.mms:2:15: error: unknown option 'foo=' for mmap"),
  E ("spawn A\nA mmap 4K rw- privat\n", "t.mms:2:15: error: unknown option 'privat' for mmap"),
  E ("spawn A\nA mmap 4K rw- private private\n", "t.mms:2:23: error: duplicate option 'private'"),
  E ("spawn A\nA mmap 4K rw- fixed\n", "t.mms:2:15: error: 'fixed' needs 'at=ADDR'"),
  E ("spawn A\nA mmap 4K rw- noreplace\n", "t.mms:2:15: error: 'noreplace' needs 'at=ADDR'"),
  E ("spawn A\nA mmap 4K rw- at=0x1000 fixed noreplace\n",
     "t.mms:2:31: error: 'fixed' and 'noreplace' are exclusive"),
  E ("spawn A\nA mmap 4K rw- private shared\n",
     "t.mms:2:23: error: 'private' and 'shared' are exclusive"),
  E ("file f size=4K\nspawn A\nA mmap 4K rw- anon file=f\n",
     "t.mms:3:20: error: 'anon' and 'file=' are exclusive"),
  E ("spawn A\nA mmap 4K rw- offset=4K\n", "t.mms:2:15: error: 'offset=' needs 'file=NAME'"),
  E ("spawn A\nA mmap 4K rw- file=/lib\n", "t.mms:2:20: error: expected a file name, got '/lib'"),
  E ("spawn A\nA mmap 4K rw- as\n", "t.mms:2:17: error: missing label after 'as'"),
  E ("spawn A\nA mmap 4K rw- as 2x\n", "t.mms:2:18: error: expected a label, got '2x'"),
  E ("spawn A\nA mmap 4K rw- as heap\n", "t.mms:2:18: error: 'heap' is a built-in label of every process"),
  E ("spawn A text=4K elf=/bin/true\n", "t.mms:1:17: error: 'elf=' cannot be combined with 'text='"),
  E ("spawn A stack=8K\n", "t.mms:1:9: error: unknown option 'stack=' for spawn"),
  E ("spawn A data=4K data=8K\n", "t.mms:1:17: error: duplicate option 'data='"),
  E ("spawn A elf=\n", "t.mms:1:13: error: missing value after 'elf='"),

  /* Addresses and labels. */
  E ("spawn A\nA read buf+\n", "t.mms:2:12: error: missing size after '+' in 'buf+'"),
  E ("spawn A\nA read buf-\n", "t.mms:2:12: error: missing size after '-' in 'buf-'"),
  E ("spawn A\nA read +4K\n", "t.mms:2:8: error: missing label before '+' in '+4K'"),
  E ("spawn A\nA read buf+4Q\n", "t.mms:2:12: error: expected a size like '4K' after '+', got '4Q'"),
  E ("spawn A\nA read buf+4K+1\n", "t.mms:2:12: error: expected a size like '4K' after '+', got '4K+1'"),
  E ("spawn A\nA read 1x\n",
     "t.mms:2:8: error: expected an address (a number, a label or label+SIZE), got '1x'"),
  E ("spawn A\nA read b*2\n",
     "t.mms:2:8: error: expected an address (a number, a label or label+SIZE), got 'b*2'"),
  E ("spawn A\nA read -4K\n",
     "t.mms:2:8: error: expected an address, got '-4K' (negative numbers are not allowed)"),
  E ("spawn A\nA mmap 4K rw- at=\n", "t.mms:2:18: error: missing value after 'at='"),
  E ("spawn A\nA mmap 4K rw- at=buf+ fixed\n", "t.mms:2:22: error: missing size after '+' in 'buf+'"),

  /* Reserved words as process names. */
  E ("spawn kernel\n", "t.mms:1:7: error: 'kernel' is a keyword and cannot name a process"),
  E ("kernel mmap 4K rw-\n", "t.mms:1:1: error: 'kernel' is a keyword and cannot name a process"),
  E ("spawn A\nA fork expect\n", "t.mms:2:8: error: 'expect' is a keyword and cannot name a process"),
  E ("machine fork B\n", "t.mms:1:1: error: 'machine' is a keyword and cannot name a process"),
  E ("file mmap 4K rw-\n", "t.mms:1:1: error: 'file' is a keyword and cannot name a process"),
  E ("note read the page\n", "t.mms:1:6: error: expected a quoted string after 'note', got 'read'"),
  E ("spawn mmap 4K rw-\n", "t.mms:1:1: error: 'spawn' is a keyword and cannot name a process"),
  E ("expect note segv\n", "t.mms:1:8: error: 'note' is a keyword and cannot name a process"),

  /* The malloc family. */
  E ("spawn A\nA malloc\n", "t.mms:2:9: error: missing size after 'malloc'"),
  E ("spawn A\nA malloc x\n", "t.mms:2:10: error: expected a size like '4K', got 'x'"),
  E ("spawn A\nA malloc -8\n",
     "t.mms:2:10: error: expected a size, got '-8' (negative numbers are not allowed)"),
  E ("spawn A\nA malloc 16 as\n", "t.mms:2:15: error: missing label after 'as'"),
  E ("spawn A\nA malloc 16 as heap\n",
     "t.mms:2:16: error: 'heap' is a built-in label of every process"),
  E ("spawn A\nA malloc 16 as a as b\n", "t.mms:2:18: error: duplicate option 'as'"),
  E ("spawn A\nA malloc 16 rw-\n", "t.mms:2:13: error: unknown option 'rw-' for malloc"),
  E ("spawn A\nA calloc\n", "t.mms:2:9: error: missing number of elements after 'calloc'"),
  E ("spawn A\nA calloc 4\n", "t.mms:2:11: error: missing size after 'calloc N'"),
  E ("spawn A\nA calloc 4K 16\n", "t.mms:2:10: error: expected a number of elements, got '4K'"),
  E ("spawn A\nA calloc 4 16 x\n", "t.mms:2:15: error: unknown option 'x' for calloc"),
  E ("spawn A\nA realloc\n", "t.mms:2:10: error: missing label after 'realloc'"),
  E ("spawn A\nA realloc a\n", "t.mms:2:12: error: missing size after 'realloc NAME'"),
  E ("spawn A\nA realloc 4K 8K\n", "t.mms:2:11: error: expected a label, got '4K'"),
  E ("spawn A\nA realloc a 8K as b\n", "t.mms:2:16: error: unexpected 'as' after 'realloc NAME SIZE'"),
  E ("spawn A\nA realloc stack 8K\n",
     "t.mms:2:11: error: 'stack' is a built-in label of every process, not a malloc allocation"),
  E ("spawn A\nA free\n", "t.mms:2:7: error: missing label after 'free'"),
  E ("spawn A\nA free a b\n", "t.mms:2:10: error: unexpected 'b' after 'free NAME'"),
  E ("spawn A\nA free a+16\n", "t.mms:2:8: error: expected a label, got 'a+16'"),
  E ("spawn A\nA free heap\n",
     "t.mms:2:8: error: 'heap' is a built-in label of every process, not a malloc allocation"),
  E ("spawn A\nA Free a\n",
     "t.mms:2:3: error: unknown statement 'Free' (keywords are lower case: 'free')"),
  /* A verb out of place, in the right case, is just unknown. */
  E ("free kernel\n", "t.mms:1:1: error: unknown statement 'free'"),
  E ("spawn A\nexpect A chunk\n", "t.mms:2:15: error: missing label after 'expect P chunk'"),
  E ("spawn A\nexpect A chunk a\n", "t.mms:2:17: error: missing size after 'expect P chunk NAME'"),
  E ("spawn A\nexpect A chunk 32 a\n", "t.mms:2:16: error: expected a label, got '32'"),
  E ("spawn A\nexpect A chunk a 32 now\n",
     "t.mms:2:21: error: unexpected 'now' after 'expect P chunk NAME SIZE'"),
  E ("spawn A\nexpect A heap\n", "t.mms:2:14: error: missing size after 'expect P heap'"),
  E ("spawn A\nexpect A heap big\n", "t.mms:2:15: error: expected a size like '4K', got 'big'"),
  E ("spawn A\nexpect A heap 4K 8K\n", "t.mms:2:18: error: unexpected '8K' after 'expect P heap SIZE'"),
  E ("spawn A\nexpect A hep 4K\n", "t.mms:2:10: error: unknown check 'hep'; expected segv, oom, "
     "vmas, rss, chunk, heap or abort after the process name"),

  /* Kernel statements. */
  E ("kernel alloc_pages 11\n", "t.mms:1:20: error: expected an order from 0 to 10, got '11'"),
  E ("kernel alloc_pages x\n", "t.mms:1:20: error: expected an order from 0 to 10, got 'x'"),
  E ("kernel alloc_pages\n", "t.mms:1:19: error: missing order after 'kernel alloc_pages'"),
  E ("kernel alloc_pages 0 zone=dma64\n",
     "t.mms:1:27: error: unknown zone 'dma64'; expected dma, dma32, normal or highmem"),
  E ("kernel alloc_pages 0 zone=dma zone=dma\n", "t.mms:1:31: error: duplicate option 'zone='"),
  E ("kernel alloc_pages 0 gfp=kernel\n", "t.mms:1:22: error: unknown option 'gfp=' for alloc_pages"),
  E ("kernel kmallok 4K\n", "t.mms:1:8: error: unknown kernel operation 'kmallok'"),
  E ("kernel\n", "t.mms:1:7: error: missing operation after 'kernel'"),
  E ("kernel kmalloc 4K as a as b\n", "t.mms:1:24: error: duplicate option 'as'"),
  E ("kernel kfree\n", "t.mms:1:13: error: missing label after 'kernel kfree'"),
  E ("kernel kfree a b\n", "t.mms:1:16: error: unexpected 'b' after 'kernel kfree L'"),
  E ("kernel reclaim\n", "t.mms:1:15: error: missing number of pages after 'kernel reclaim'"),

  /* Checks. */
  E ("expect errno EFOO\n", "t.mms:1:14: error: unknown errno 'EFOO'"),
  E ("expect errno enomem\n", "t.mms:1:14: error: unknown errno 'enomem'"),
  E ("expect errno\n", "t.mms:1:13: error: missing errno name after 'expect errno'"),
  E ("expect nr_free foo 0 1\n",
     "t.mms:1:16: error: unknown zone 'foo'; expected dma, dma32, normal or highmem"),
  E ("expect nr_free normal 11 1\n", "t.mms:1:23: error: expected an order from 0 to 10, got '11'"),
  E ("expect zone normal used 4K\n",
     "t.mms:1:20: error: expected 'free' after 'expect zone ZONE', got 'used'"),
  E ("expect slabs dentry 1 2\n",
     "t.mms:1:24: error: missing number after 'expect slabs CACHE FULL PARTIAL'"),
  E ("expect\n", "t.mms:1:7: error: missing check after 'expect'"),
  E ("expect frree 60M\n", "t.mms:1:8: error: unknown check 'frree'; expected ok, errno, free, swap, "
     "nr_free, zone, slabs, objects, or a process name and segv, oom, vmas, rss, chunk, heap or abort"),
  E ("spawn A\nexpect A sgev\n",
     "t.mms:2:10: error: unknown check 'sgev'; expected segv, oom, vmas, rss, chunk, heap or abort after the process name"),
  /* A process name alone is not a check. */
  E ("spawn A\nexpect A\n", "t.mms:2:8: error: unknown check 'A'; expected ok, errno, free, swap, "
     "nr_free, zone, slabs, objects, or a process name and segv, oom, vmas, rss, chunk, heap or abort"),
  E ("spawn A\nexpect A segv now\n", "t.mms:2:15: error: unexpected 'now' after 'expect P segv'"),
  E ("expect ok 1\n", "t.mms:1:11: error: unexpected '1' after 'expect ok'"),

  /* Trailing garbage. */
  E ("spawn A\nA exit now\n", "t.mms:2:8: error: unexpected 'now' after 'exit'"),
  E ("spawn A\nA munmap buf 4K 8K\n", "t.mms:2:17: error: unexpected '8K' after 'munmap ADDR LEN'"),
  E ("spawn A\nA read buf 1 2\n", "t.mms:2:14: error: unexpected '2' after 'read ADDR LEN'"),
  E ("spawn A\nA brk 0x1000 x\n", "t.mms:2:14: error: unexpected 'x' after 'brk ADDR'"),
  E ("title \"a\" \"b\"\n", "t.mms:1:11: error: unexpected '\"b\"' after 'title \"...\"'"),

  /* Line endings and tabs do not move columns. */
  E ("spawn A\r\nA exit now\r\n", "t.mms:2:8: error: unexpected 'now' after 'exit'"),
  E ("spawn A\n\tA\texit\tnow\n", "t.mms:2:9: error: unexpected 'now' after 'exit'"),

  /* The first error wins. */
  E ("spawn A\nA mmapp\nA exitt\n", "t.mms:2:3: error: unknown statement 'mmapp'"),
};

static void
test_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = NULL;

      scenario = mms_scenario_parse ("t.mms", c->text, c->length, &error);
      g_assert_null (scenario);
      g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, c->message);
    }
}

static void
test_long_line (void)
{
  g_autoptr(GString) text = g_string_new ("spawn A\n# ");
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autofree char *too_long = g_strdup_printf ("t.mms:2:1: error: line is longer than %d bytes",
                                               MMS_SCENARIO_MAX_LINE);

  /* MMS_SCENARIO_MAX_LINE bytes are fine, CRLF not counted. */
  g_assert_cmpint (MMS_SCENARIO_MAX_LINE, >=, 4096);
  for (gsize i = text->len; i < 8 + MMS_SCENARIO_MAX_LINE; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\r\nA exit\n");
  scenario = mms_scenario_parse ("t.mms", text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenario->steps->len, ==, 2);
  g_clear_pointer (&scenario, mms_scenario_free);

  /* One more byte is not. */
  g_string_insert_c (text, 10, 'y');
  scenario = mms_scenario_parse ("t.mms", text->str, text->len, &error);
  g_assert_null (scenario);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, too_long);
  g_clear_error (&error);

  /* Nor without a final newline. */
  g_string_truncate (text, 8 + MMS_SCENARIO_MAX_LINE + 1);
  scenario = mms_scenario_parse ("t.mms", text->str, text->len, &error);
  g_assert_null (scenario);
  g_assert_cmpstr (error->message, ==, too_long);
}

static void
test_set_error (void)
{
  g_autoptr(GError) error = NULL;
  MmsLoc loc = { 7, 3 };
  MmsLoc line_only = { 7, 0 };
  MmsLoc nowhere = { 0, 0 };

  mms_scenario_set_error (&error, MMS_SCENARIO_ERROR_EXPECT, "x.mms", loc,
                          "found %d VMAs", 6);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_EXPECT);
  g_assert_cmpstr (error->message, ==, "x.mms:7:3: error: found 6 VMAs");
  g_clear_error (&error);

  mms_scenario_set_error (&error, MMS_SCENARIO_ERROR_SEMANTIC, "x.mms", line_only, "bad");
  g_assert_cmpstr (error->message, ==, "x.mms:7: error: bad");
  g_clear_error (&error);

  mms_scenario_set_error (&error, MMS_SCENARIO_ERROR_IO, "x.mms", nowhere, "gone");
  g_assert_cmpstr (error->message, ==, "x.mms: error: gone");

  /* A NULL error is ignored. */
  mms_scenario_set_error (NULL, MMS_SCENARIO_ERROR_IO, "x.mms", nowhere, "gone");
}

static void
test_errno_names (void)
{
  static const struct
  {
    const char *name;
    int number;
  } linux_errnos[] = {
    { "EPERM", 1 }, { "ENOENT", 2 }, { "EINTR", 4 }, { "EIO", 5 },
    { "EBADF", 9 }, { "EAGAIN", 11 }, { "ENOMEM", 12 }, { "EACCES", 13 },
    { "EFAULT", 14 }, { "EBUSY", 16 }, { "EEXIST", 17 }, { "ENODEV", 19 },
    { "EINVAL", 22 }, { "ENFILE", 23 }, { "EMFILE", 24 }, { "EFBIG", 27 },
    { "ENOSPC", 28 }, { "EOVERFLOW", 75 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (linux_errnos); i++)
    {
      g_assert_cmpint (mms_errno_from_name (linux_errnos[i].name), ==, linux_errnos[i].number);
      g_assert_cmpstr (mms_errno_name (linux_errnos[i].number), ==, linux_errnos[i].name);
    }

  g_assert_cmpint (mms_errno_from_name ("EFOO"), ==, 0);
  g_assert_cmpint (mms_errno_from_name ("enomem"), ==, 0);
  g_assert_cmpint (mms_errno_from_name (""), ==, 0);
  g_assert_null (mms_errno_name (0));
  g_assert_null (mms_errno_name (-12));
  g_assert_null (mms_errno_name (100000));
}

static void
test_kind_names (void)
{
  g_autoptr(MmsScenario) scenario = parse_ok (
    "spawn P\nP fork C\nP thread T\nP exec\nT exit\nP mmap 4K rw-\n"
    "P munmap a 4K\nP mprotect a 4K r--\nP mremap a 4K 8K\nP brk +4K\n"
    "P read a\nP write a\nP fetch a\nP shmget 1 4K\nP shmat 1\nP shmdt a\n"
    "kernel alloc_pages 0\nkernel free_pages p\nkernel kmem_cache_alloc c\n"
    "kernel kmem_cache_free o\nkernel kmalloc 8\nkernel kfree k\n"
    "kernel reclaim 1\nP malloc 1\nP calloc 1 1\nP realloc a 1\nP free a\n");
  static const char * const names[] = {
    "spawn", "fork", "thread", "exec", "exit", "mmap", "munmap", "mprotect",
    "mremap", "brk", "read", "write", "fetch", "shmget", "shmat", "shmdt",
    "alloc_pages", "free_pages", "kmem_cache_alloc", "kmem_cache_free",
    "kmalloc", "kfree", "reclaim", "malloc", "calloc", "realloc", "free",
  };

  g_assert_cmpuint (scenario->steps->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      MmsStmt *s = step (scenario, i + 1);

      g_assert_cmpint (s->kind, ==, (int) i);
      g_assert_cmpstr (mms_stmt_kind_name (s->kind), ==, names[i]);
    }
}

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MmsScenario) scenario = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *big = NULL;
  g_autofree char *expected = NULL;
  FILE *f;

  dir = g_dir_make_tmp ("test-parser-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (dir, "ok.mms", NULL);
  g_file_set_contents (path, "title \"T\"\nspawn A\nA exit\n", -1, &error);
  g_assert_no_error (error);
  scenario = mms_scenario_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (scenario->filename, ==, path);
  g_assert_cmpstr (scenario->title, ==, "T");
  g_assert_cmpuint (scenario->steps->len, ==, 2);
  g_clear_pointer (&scenario, mms_scenario_free);

  /* Syntax errors name the path. */
  g_file_set_contents (path, "spawn A\nA exit now\n", -1, &error);
  g_assert_no_error (error);
  scenario = mms_scenario_load (path, &error);
  g_assert_null (scenario);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
  expected = g_strdup_printf ("%s:2:8: error: unexpected 'now' after 'exit'", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  missing = g_build_filename (dir, "missing.mms", NULL);
  scenario = mms_scenario_load (missing, &error);
  g_assert_null (scenario);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_IO);
  expected = g_strdup_printf ("%s:1:1: error: %s", missing, g_strerror (ENOENT));
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  scenario = mms_scenario_load (dir, &error);
  g_assert_null (scenario);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_IO);
  expected = g_strdup_printf ("%s:1:1: error: is a directory", dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  /* A sparse file just over the cap is refused before it is read. */
  big = g_build_filename (dir, "big.mms", NULL);
  f = g_fopen (big, "wb");
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, 16 * 1024 * 1024, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('\n', f), ==, '\n');
  g_assert_cmpint (fclose (f), ==, 0);
  scenario = mms_scenario_load (big, &error);
  g_assert_null (scenario);
  g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_IO);
  expected = g_strdup_printf ("%s:1:1: error: file is larger than 16 MiB", big);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (big), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Random mutations of a valid scenario must parse or fail cleanly, never
 * crash or leak (this runs under valgrind and ASan too). */
static void
test_mutations (void)
{
  static const char base[] =
    "title \"M\\\"x\\\\\"\nmachine arch=i386 ram=64M swap=4M reserve=1M\n"
    "file f size=8K\nnote \"n\"\nspawn A text=4K\nA mmap 4K rw- shared file=f "
    "offset=0 at=buf+4K fixed as b\nexpect A vmas 3\nA brk -4K\n"
    "kernel alloc_pages 2 zone=dma as p\nexpect nr_free dma 2 1\n"
    "expect slabs c 1 2 3\nnote.zh_CN \"\xe5\x86\x99\"\n";
  static const char alphabet[] = " \t\r\n\"\\#=+-0x9Kz\xc3\xa9\xff\x01";
  GRand *rand = g_rand_new_with_seed (20240601);
  guint n_ok = 0;

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MmsScenario) scenario = NULL;
      char text[sizeof base];
      gsize len = sizeof base - 1;
      guint n_edits = g_rand_int_range (rand, 1, 4);

      memcpy (text, base, sizeof base);
      for (guint j = 0; j < n_edits; j++)
        {
          gsize at;

          if (len == 0)
            break;

          at = g_rand_int_range (rand, 0, len);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              text[at] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet)];
              break;
            case 1:
              text[at] = '\0';
              break;
            default:
              len = at;
              break;
            }
        }

      scenario = mms_scenario_parse ("m.mms", text, len, &error);
      if (scenario != NULL)
        {
          g_assert_no_error (error);
          n_ok++;
        }
      else
        {
          g_assert_error (error, MMS_SCENARIO_ERROR, MMS_SCENARIO_ERROR_SYNTAX);
          g_assert_true (g_str_has_prefix (error->message, "m.mms:"));
          g_assert_nonnull (strstr (error->message, ": error: "));
        }
    }

  g_assert_cmpuint (n_ok, >, 0);
  g_rand_free (rand);
}

/* A scenario of many statements: those after the first 4096 are packed in
 * the scenario's blocks (stmt_new ()); each keeps its own text, fields and
 * index, a line appended later (the console) joins them, and freeing the
 * scenario frees them all (the asan setup checks that). */
static void
test_many_statements (void)
{
  g_autoptr(GString) text = g_string_new ("machine arch=x86_64 ram=64M\nspawn p\n");
  g_autoptr(MmsScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 20000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "p mmap %uK rw- as b%u\n", 4 + 4 * (i % 7), i);
  /* A long line among them: longer than a packed statement may be. */
  g_string_append (text, "note \"");
  for (guint i = 0; i < 60000; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"\np munmap b0");
  for (guint i = 0; i < 65000; i++)
    g_string_append_c (text, ' ');
  g_string_append (text, "4K\n");
  scenario = mms_scenario_parse ("many.mms", text->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenario->steps->len, ==, n + 2);
  for (guint i = 0; i < n; i++)
    {
      const MmsStmt *stmt = g_ptr_array_index (scenario->steps, i + 1);
      g_autofree char *want = g_strdup_printf ("p mmap %uK rw- as b%u", 4 + 4 * (i % 7), i);
      g_autofree char *label = g_strdup_printf ("b%u", i);

      g_assert_cmpuint (stmt->kind, ==, MMS_STMT_MMAP);
      g_assert_cmpuint (stmt->index, ==, i + 2);
      g_assert_cmpuint (stmt->loc.line, ==, i + 3);
      g_assert_cmpstr (stmt->text, ==, want);
      g_assert_cmpstr (stmt->as, ==, label);
      g_assert_cmpuint (stmt->len, ==, (4 + 4 * (i % 7)) * 1024);
      g_assert_true (stmt->pooled == (i + 1 >= 4096));
    }
  g_assert_cmpuint (strlen (((MmsStmt *) g_ptr_array_index (scenario->steps, n + 1))->note), ==, 60000);
  g_assert_cmpuint (strlen (((MmsStmt *) g_ptr_array_index (scenario->steps, n + 1))->text), ==, 65013);
  g_assert_cmpuint (((MmsStmt *) g_ptr_array_index (scenario->steps, n + 1))->len, ==, 4096);
  g_assert_true (((MmsStmt *) g_ptr_array_index (scenario->steps, n + 1))->pooled);
  g_assert_true (mms_scenario_append_line (scenario, "p munmap b1 4K", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (((MmsStmt *) g_ptr_array_index (scenario->steps, n + 2))->text, ==, "p munmap b1 4K");
  /* A bad line appended changes nothing. */
  g_assert_false (mms_scenario_append_line (scenario, "p munmap b1 4Q", &error));
  g_clear_error (&error);
  g_assert_cmpuint (scenario->steps->len, ==, n + 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/parser/empty", test_empty);
  g_test_add_func ("/scenario/parser/header", test_header);
  g_test_add_func ("/scenario/parser/machine", test_machine);
  g_test_add_func ("/scenario/parser/spawn", test_spawn);
  g_test_add_func ("/scenario/parser/process", test_process);
  g_test_add_func ("/scenario/parser/mmap", test_mmap);
  g_test_add_func ("/scenario/parser/access", test_access);
  g_test_add_func ("/scenario/parser/addresses", test_addresses);
  g_test_add_func ("/scenario/parser/numbers", test_numbers);
  g_test_add_func ("/scenario/parser/kernel", test_kernel);
  g_test_add_func ("/scenario/parser/malloc", test_malloc);
  g_test_add_func ("/scenario/parser/notes", test_notes);
  g_test_add_func ("/scenario/parser/expects", test_expects);
  g_test_add_func ("/scenario/parser/names", test_names);
  g_test_add_func ("/scenario/parser/text-and-locations", test_text_and_locations);
  g_test_add_func ("/scenario/parser/unicode-columns", test_unicode_columns);
  g_test_add_func ("/scenario/parser/errors", test_errors);
  g_test_add_func ("/scenario/parser/long-line", test_long_line);
  g_test_add_func ("/scenario/parser/set-error", test_set_error);
  g_test_add_func ("/scenario/parser/errno-names", test_errno_names);
  g_test_add_func ("/scenario/parser/kind-names", test_kind_names);
  g_test_add_func ("/scenario/parser/load", test_load);
  g_test_add_func ("/scenario/parser/mutations", test_mutations);
  g_test_add_func ("/scenario/parser/many-statements", test_many_statements);

  return g_test_run ();
}
