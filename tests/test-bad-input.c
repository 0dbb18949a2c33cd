/* test-bad-input.c: mmscope-cli and the runner against bad input.
 *
 * Every malformed scenario is reported as FILE:LINE:COLUMN: error: MESSAGE
 * on stderr with exit status 1; a usage error exits with 2; nothing
 * crashes, hangs (every run has a deadline) or leaves a partial output file.
 * Exhausted simulated memory (no free frames, no swap, max_map_count) is
 * modelled behaviour: those scenarios exit 0 (spec/cli.md, scenario.md). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "mms-builtin.h"
#include "mms-runner.h"

/* A run that takes longer than this is a hang (valgrind included). */
#define DEADLINE_SECONDS 240

typedef struct
{
  int status;               /* exit status; -1 when killed by a signal */
  char *out;
  char *err;
} Result;

static char *tmpdir;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

static char *
read_fd (int fd)
{
  GString *s = g_string_new (NULL);
  char buf[4096];
  ssize_t n;

  g_assert_cmpint (lseek (fd, 0, SEEK_SET), ==, 0);
  while ((n = read (fd, buf, sizeof buf)) > 0)
    g_string_append_len (s, buf, n);
  g_assert_cmpint (n, ==, 0);
  close (fd);
  return g_string_free (s, FALSE);
}

static int
temp_fd (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "out-XXXXXX", NULL);
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  g_unlink (path);
  return fd;
}

/* Runs mmscope-cli with ARGV (NULL-terminated) and a deadline; output goes
 * to unlinked files, so that no pipe can fill up and block the child. */
static void
run_cliv (Result             *r,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("MMSCOPE_CLI");
  int out_fd = temp_fd ();
  int err_fd = temp_fd ();
  gint64 deadline = g_get_monotonic_time () + DEADLINE_SECONDS * G_USEC_PER_SEC;
  GPid pid;
  int wait_status;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_async_with_fds (tmpdir, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                          NULL, NULL, &pid, -1, out_fd, err_fd, &error);
  g_assert_no_error (error);

  for (;;)
    {
      pid_t done = waitpid (pid, &wait_status, WNOHANG);

      g_assert_cmpint (done, !=, -1);
      if (done == pid)
        break;
      if (g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &wait_status, 0);
          g_error ("mmscope-cli %s did not finish in %d s", args[0], DEADLINE_SECONDS);
        }
      g_usleep (5000);
    }
  g_spawn_close_pid (pid);

  r->out = read_fd (out_fd);
  r->err = read_fd (err_fd);
  if (!WIFEXITED (wait_status))
    g_error ("mmscope-cli %s died of signal %d; stderr:\n%s", args[0],
             WIFSIGNALED (wait_status) ? WTERMSIG (wait_status) : 0, r->err);
  r->status = WEXITSTATUS (wait_status);
}

#define run_cli(r, ...) run_cliv ((r), (const char * const []) { __VA_ARGS__, NULL })

static char *
write_file (const char *name,
            const char *text,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Asserts that ERR is exactly one line "PATH:LINE:COLUMN: error: ...", with
 * LINE:COLUMN as given (or any, when NULL), containing WORDS. */
static void
assert_error_line (const char *err,
                   const char *path,
                   const char *line_column,
                   const char *words)
{
  g_autofree char *prefix = NULL;
  const char *p;

  /* One line. */
  g_assert_true (g_str_has_suffix (err, "\n"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  if (line_column != NULL)
    {
      prefix = g_strdup_printf ("%s:%s: error: ", path, line_column);
      if (!g_str_has_prefix (err, prefix))
        g_error ("expected '%s...', got '%s'", prefix, err);
    }
  else
    {
      prefix = g_strdup_printf ("%s:", path);
      g_assert_true (g_str_has_prefix (err, prefix));
      p = err + strlen (prefix);
      g_assert_true (g_ascii_isdigit (*p));
      while (g_ascii_isdigit (*p))
        p++;
      g_assert_cmpint (*p++, ==, ':');
      g_assert_true (g_ascii_isdigit (*p));
      while (g_ascii_isdigit (*p))
        p++;
      g_assert_true (g_str_has_prefix (p, ": error: "));
    }
  if (words != NULL && strstr (err, words) == NULL)
    g_error ("expected '%s' in '%s'", words, err);
}

typedef struct
{
  const char *name;
  const char *text;
  gssize length;            /* -1: NUL-terminated */
  const char *line_column;
  const char *words;
} BadCase;

/* Scenarios that `run` must refuse with exit 1 and one error line. */
static const BadCase bad_cases[] = {
  /* Huge and overflowing numbers. */
  { "huge", "spawn a\na mmap 99999999999999999999 rw-\n", -1, "2:8", "number too large" },
  { "huge-suffix", "spawn a\na mmap 17179869184G rw-\n", -1, "2:8", "number too large" },
  { "huge-hex", "machine ram=0x10000000000000000\n", -1, "1:13", "number too large" },
  { "huge-offset", "spawn a\na munmap heap+99999999999999999999 4K\n", -1, "2:15", "number too large" },
  { "overflow-label", "spawn a\na mmap 4K rw- as b\na munmap b+0xfffffffffffffff0 4K\n", -1,
    "3:10", "overflows" },
  { "below-zero", "spawn a\na munmap text-1G 4K\n", -1, "2:10", "below address 0" },
  { "huge-ram", "machine ram=1T\nspawn a\n", -1, "1:13", "between 1M and 64G" },
  { "huge-ram-i386", "machine ram=8G arch=i386\n", -1, "1:13", "between 1M and 4G on i386" },
  { "tiny-ram", "machine ram=64K\n", -1, "1:13", "between 1M" },
  { "huge-swap", "machine swap=1T\n", -1, "1:14", "at most 64G" },
  { "huge-order", "kernel alloc_pages 11\n", -1, "1:20", "order" },
  /* Zero and negative sizes. */
  { "zero-ram", "machine ram=0\n", -1, "1:13", "ram=" },
  { "odd-ram", "machine ram=5000\n", -1, "1:13", "multiple of 4K" },
  { "reserve-all", "machine ram=8M reserve=8M\n", -1, "1:24", "reserve=" },
  { "zero-kmalloc", "kernel kmalloc 0\n", -1, "1:16", "at least 1 byte" },
  { "negative-len", "spawn a\na mmap -4K rw-\n", -1, "2:8", "negative" },
  { "negative-size", "spawn a text=-1\n", -1, "1:14", "negative" },
  { "negative-addr", "spawn a\na write -4096\n", -1, "2:9", "negative" },
  /* Unknown keywords and options. */
  { "unknown-keyword", "spwan a\n", -1, "1:1", "unknown statement 'spwan'" },
  { "upper-keyword", "SPAWN a\n", -1, "1:1", "unknown statement 'SPAWN' (keywords are lower case" },
  { "unknown-verb", "spawn a\na mmapp 4K rw-\n", -1, "2:3", "unknown statement 'mmapp'" },
  { "unknown-option", "spawn a color=red\n", -1, "1:9", "unknown option 'color='" },
  { "unknown-flag", "spawn a\na mmap 4K rw- sharde\n", -1, "2:15", "unknown option 'sharde'" },
  { "unknown-arch", "machine arch=arm64\n", -1, "1:14", "unknown arch" },
  { "unknown-prot", "spawn a\na mmap 4K rwz\n", -1, "2:11", "protection" },
  { "unknown-errno", "spawn a\nexpect errno EWHAT\n", -1, "2:14", "unknown errno" },
  { "unknown-cache", "kernel kmem_cache_alloc dentry\n", -1, "1:25", "unknown slab cache" },
  { "unknown-suffix", "spawn a\na mmap 4Q rw-\n", -1, "2:8", NULL },
  { "keyword-process", "kernel mmap 4K rw-\n", -1, "1:1", "keyword" },
  /* Unbound labels and processes. */
  { "unbound-label", "spawn a\na munmap nowhere 4K\n", -1, "2:10", "not bound" },
  { "unbound-klabel", "kernel free_pages x\n", -1, "1:19", "not bound" },
  { "double-free", "kernel kmalloc 64 as x\nkernel kfree x\nkernel kfree x\n", -1, "3:14",
    "not bound" },
  { "wrong-free", "kernel kmalloc 64 as x\nkernel free_pages x\n", -1, "2:19", "kfree" },
  { "no-process", "b mmap 4K rw-\n", -1, "1:1", "no process 'b'" },
  { "exited", "spawn a\na exit\na mmap 4K rw-\n", -1, "3:1", "has exited" },
  { "twice", "spawn a\nspawn a\n", -1, "2:7", "exists already" },
  { "no-file", "spawn a\na mmap 4K r-- file=nothing\n", -1, "2:20", "no file" },
  { "expect-nobody", "expect a vmas 3\n", -1, "1:8", "no process" },
  /* Statements out of place. */
  { "late-title", "spawn a\ntitle \"late\"\n", -1, "2:1", "before the first step" },
  { "late-machine", "spawn a\nmachine ram=8M\n", -1, "2:1", "before the first step" },
  { "late-file", "spawn a\nfile f size=4K\n", -1, "2:1", "before the first step" },
  { "two-titles", "title \"a\"\ntitle \"b\"\n", -1, "2:1", "duplicate" },
  { "two-notes", "note \"a\"\nnote \"b\"\nspawn a\n", -1, "2:1", "second 'note'" },
  { "failed-expect", "spawn a\nexpect a vmas 1\n", -1, "2:15", "found" },
  /* Broken text. */
  { "long-line", NULL, 0, "2:1", "longer than" },
  { "nul", "spawn a\nspawn b\0c\n", 16, "2:8", "NUL byte" },
  { "nul-first", "\0", 1, "1:1", "NUL byte" },
  { "latin1", "title \"Caf\xe9\"\n", -1, "1:11", "UTF-8" },
  { "overlong", "spawn a\n# \xc0\xaf\n", -1, "2:3", "UTF-8" },
  { "surrogate", "note \"\xed\xa0\x80\"\n", -1, "1:7", "UTF-8" },
  { "truncated-utf8", "spawn \xe5\x86", -1, "1:7", "UTF-8" },
  { "control", "spawn a\x1b[31m\n", -1, "1:8", "control character" },
  { "unterminated", "title \"no end\n", -1, "1:7", "unterminated" },
  { "bad-escape", "title \"a\\n\"\n", -1, "1:9", "escape" },
  { "binary", "\x7f" "ELF\x02\x01\x01\0\0\0", 10, "1:1", NULL },
  /* Nothing at all. */
  { "empty", "", 0, "1:1", "empty" },
  { "blank", "\n\n   \t\n", -1, "1:1", "empty" },
  { "comments", "# just a comment\n# and another\n", -1, "1:1", "empty" },
};

static void
test_bad_scenarios (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *name = g_strdup_printf ("%s.mms", c->name);
      g_autofree char *path = NULL;
      g_autofree char *long_text = NULL;
      Result r = { 0 };

      g_test_message ("case %s", c->name);
      if (c->text == NULL)
        {
          /* A line far over the limit, after a good one. */
          GString *s = g_string_new ("spawn a\na mmap 4K rw- as ");
          for (guint k = 0; k < 100000; k++)
            g_string_append_c (s, 'x');
          g_string_append_c (s, '\n');
          long_text = g_string_free (s, FALSE);
          path = write_file (name, long_text, -1);
        }
      else
        path = write_file (name, c->text, c->length);

      run_cli (&r, "run", path);
      if (r.status != 1)
        g_error ("case %s: exit status %d, stderr '%s'", c->name, r.status, r.err);
      assert_error_line (r.err, path, c->line_column, c->words);
      result_clear (&r);

      /* Every command that reads a scenario says the same. */
      run_cli (&r, "buddyinfo", path);
      g_assert_cmpint (r.status, ==, 1);
      assert_error_line (r.err, path, c->line_column, c->words);
      g_assert_cmpstr (r.out, ==, "");
      result_clear (&r);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

/* Random bytes, random ASCII words and random keyword soup: never a crash,
 * always exit 0 or a well-formed error with exit 1. */
static void
test_garbage (void)
{
  static const char * const words[] = {
    "spawn", "a", "b", "mmap", "munmap", "4K", "rw-", "r--", "as", "x", "x+4K", "fork",
    "write", "read", "kernel", "alloc_pages", "kmalloc", "kfree", "expect", "vmas", "0x1000",
    "machine", "ram=4M", "title", "\"t\"", "note", "#", "\n", "\n", "=", "-", "+", "exit",
    "brk", "+8K", "mremap", "maymove", "mprotect", "---", "shmget", "1", "shmat",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);

  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *name = g_strdup_printf ("garbage-%u.mms", i);
      g_autofree char *path = NULL;
      GString *s = g_string_new (NULL);
      g_autofree char *text = NULL;
      gsize length;
      Result r = { 0 };

      for (guint k = 0; k < 2000; k++)
        {
          if (i % 3 == 0)
            g_string_append_c (s, (char) g_rand_int_range (rand, 0, 256));
          else if (i % 3 == 1)
            g_string_append_c (s, (char) g_rand_int_range (rand, 32, 127));
          else
            {
              g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
              g_string_append_c (s, ' ');
            }
        }
      length = s->len;
      text = g_string_free (s, FALSE);
      path = write_file (name, text, length);
      run_cli (&r, "run", path);
      g_assert_cmpint (r.status, ==, 1);
      assert_error_line (r.err, path, NULL, NULL);
      result_clear (&r);
      g_unlink (path);
    }
}

/* Mutants of every built-in scenario, run in this process: the parser and
 * the runner either accept them or report one well-formed error. */
static void
test_mutants (void)
{
  g_auto(GStrv) names = mms_builtin_list ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261125);
  guint n_errors = 0, n_ok = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = mms_builtin_lookup (names[i]);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      for (guint k = 0; k < 12; k++)
        {
          g_autoptr(GByteArray) text = g_byte_array_new ();
          g_autoptr(GError) error = NULL;
          g_autoptr(MmsScenario) scenario = NULL;
          g_autoptr(MmsRunner) runner = NULL;
          guint n_mutations = g_rand_int_range (rand, 1, 6);

          g_byte_array_append (text, (const guint8 *) data, size);
          for (guint m = 0; m < n_mutations && text->len > 0; m++)
            {
              guint at = g_rand_int_range (rand, 0, text->len);
              static const char * const snippets[] = {
                " 0", "99999999999999999999", "\n", "#", "\"", "-", "+4G", "=", "\xff",
                " as x", "\nspawn a\n", "0x", "T", " fixed", "\0",
              };

              switch (g_rand_int_range (rand, 0, 3))
                {
                case 0:
                  text->data[at] = (guint8) g_rand_int_range (rand, 0, 256);
                  break;
                case 1:
                  {
                    guint n = g_rand_int_range (rand, 1, 40);
                    g_byte_array_remove_range (text, at, MIN (text->len - at, n));
                  }
                  break;
                default:
                  {
                    const char *snip = snippets[g_rand_int_range (rand, 0, G_N_ELEMENTS (snippets))];
                    gsize len = MAX (strlen (snip), 1);
                    g_byte_array_set_size (text, text->len + len);
                    memmove (text->data + at + len, text->data + at, text->len - len - at);
                    memcpy (text->data + at, snip, len);
                  }
                  break;
                }
            }

          scenario = mms_scenario_parse ("mutant.mms", (const char *) text->data, text->len, &error);
          if (scenario != NULL && scenario->ram <= (G_GUINT64_CONSTANT (256) << 20))
            {
              /* A mutant may touch gigabytes: keep each run short. */
              for (guint st = 0; st < scenario->steps->len; st++)
                {
                  MmsStmt *stmt = scenario->steps->pdata[st];
                  if (stmt->kind == MMS_STMT_READ || stmt->kind == MMS_STMT_WRITE
                      || stmt->kind == MMS_STMT_FETCH)
                    stmt->len = MIN (stmt->len, G_GUINT64_CONSTANT (16) << 20);
                }
              runner = mms_runner_new (scenario, &error);
              if (runner != NULL)
                mms_runner_run_until (runner, G_MAXUINT, &error);
            }
          if (error != NULL)
            {
              g_assert_true (g_str_has_prefix (error->message, "mutant.mms:"));
              g_assert_nonnull (strstr (error->message, ": error: "));
              g_assert_true (g_ascii_isdigit (error->message[strlen ("mutant.mms:")]));
              n_errors++;
            }
          else
            n_ok++;
        }
    }
  g_test_message ("%u mutants refused, %u ran", n_errors, n_ok);
  g_assert_cmpuint (n_errors, >, 0);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "dir.mms", NULL);
  g_autofree char *fifo = g_build_filename (tmpdir, "fifo.mms", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "missing.mms", NULL);
  g_autofree char *want = NULL;
  g_autofree char *elf = NULL;
  g_autofree char *elf_path = NULL;
  g_autofree char *long_name = NULL;
  Result r = { 0 };

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  run_cli (&r, "run", dir);
  g_assert_cmpint (r.status, ==, 1);
  want = g_strdup_printf ("%s:1:1: error: is a directory\n", dir);
  g_assert_cmpstr (r.err, ==, want);
  g_assert_cmpstr (r.out, ==, "");
  result_clear (&r);
  g_clear_pointer (&want, g_free);

  /* A FIFO is refused before anything reads it (reading would block). */
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  run_cli (&r, "run", fifo);
  g_assert_cmpint (r.status, ==, 1);
  want = g_strdup_printf ("%s:1:1: error: not a regular file\n", fifo);
  g_assert_cmpstr (r.err, ==, want);
  result_clear (&r);
  g_clear_pointer (&want, g_free);

  /* Nor is a FIFO named as a program or as a trace. */
  elf = g_strdup_printf ("spawn a elf=%s\n", fifo);
  elf_path = write_file ("fifo-elf.mms", elf, -1);
  run_cli (&r, "run", elf_path);
  g_assert_cmpint (r.status, ==, 1);
  assert_error_line (r.err, elf_path, "1:13", "not a regular file");
  result_clear (&r);
  run_cli (&r, "import-strace", fifo);
  g_assert_cmpint (r.status, ==, 1);
  want = g_strdup_printf ("%s: error: not a regular file\n", fifo);
  g_assert_cmpstr (r.err, ==, want);
  result_clear (&r);
  g_clear_pointer (&want, g_free);

  /* A device that never ends is not read. */
  run_cli (&r, "import-strace", "/dev/zero");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "/dev/zero: error: not a regular file\n");
  result_clear (&r);

  run_cli (&r, "maps", missing, "a");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, missing));
  g_assert_nonnull (strstr (r.err, ": error: "));
  result_clear (&r);

  /* A name the file system refuses says why, not "no such file". */
  long_name = g_strnfill (300, 'x');
  run_cli (&r, "run", long_name);
  g_assert_cmpint (r.status, ==, 1);
  want = g_strdup_printf ("%s:1:1: error: %s\n", long_name, g_strerror (ENAMETOOLONG));
  g_assert_cmpstr (r.err, ==, want);
  result_clear (&r);
  g_clear_pointer (&want, g_free);

  g_rmdir (dir);
  g_unlink (fifo);
  g_unlink (elf_path);
}

static void
test_unreadable (void)
{
  g_autofree char *path = write_file ("secret.mms", "spawn a\n", -1);
  g_autofree char *dir = NULL;
  g_autofree char *inner = NULL;
  g_autofree char *want = NULL;
  Result r = { 0 };

  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  if (access (path, R_OK) == 0)
    {
      g_unlink (path);
      g_test_skip ("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reading");
      return;
    }
  run_cli (&r, "run", path);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, path));
  g_assert_nonnull (strstr (r.err, ": error: "));
  g_assert_nonnull (strstr (r.err, g_strerror (EACCES)));
  result_clear (&r);
  g_unlink (path);

  /* A file in a folder that may not be searched: not "no such file". */
  dir = g_build_filename (tmpdir, "locked", NULL);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  inner = g_build_filename (dir, "x.mms", NULL);
  g_assert_true (g_file_set_contents (inner, "spawn a\n", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0), ==, 0);
  run_cli (&r, "run", inner);
  g_assert_cmpint (r.status, ==, 1);
  want = g_strdup_printf ("%s: error: %s\n", inner, g_strerror (EACCES));
  g_assert_cmpstr (r.err, ==, want);
  result_clear (&r);
  g_chmod (dir, 0755);
  g_unlink (inner);
  g_rmdir (dir);
}

/* An access over a mapping of terabytes is a fault per page: it is
 * refused past 64 GiB rather than run for hours. */
static void
test_huge_access (void)
{
  g_autofree char *path = NULL;
  Result r = { 0 };

  if (g_getenv ("MMS_TEST_UNDER_VALGRIND") != NULL)
    {
      g_test_skip ("16 million faults take too long under valgrind");
      return;
    }
  path = write_file ("huge-access.mms",
                     "machine ram=256M\nspawn a\na mmap 1T r-- as m\na read m 1T\n", -1);
  run_cli (&r, "run", path);
  g_assert_cmpint (r.status, ==, 1);
  assert_error_line (r.err, path, "4:10", "more than 64 GiB");
  result_clear (&r);
  g_unlink (path);
}

static gboolean
dir_has_other_files (const char *dir,
                     const char *except)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_strcmp0 (name, except) != 0)
      return TRUE;
  return FALSE;
}

/* Outputs: a missing folder, a bad input, a directory as OUT.  Nothing may
 * be left behind, not even a temporary file. */
static void
test_output_files (void)
{
  g_autofree char *outdir = g_build_filename (tmpdir, "outputs", NULL);
  g_autofree char *missing_png = g_build_filename (tmpdir, "no", "such", "dir", "x.png", NULL);
  g_autofree char *missing_mms = g_build_filename (tmpdir, "no", "such", "dir", "x.mms", NULL);
  g_autofree char *png = g_build_filename (outdir, "x.png", NULL);
  g_autofree char *mms = g_build_filename (outdir, "x.mms", NULL);
  g_autofree char *bad = write_file ("bad-for-export.mms", "spawn a\na frob\n", -1);
  g_autofree char *late_bad = write_file ("late-bad.mms", "spawn a\na munmap nowhere 4K\n", -1);
  g_autofree char *trace = write_file ("bad.strace", "hello world\n", -1);
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  GStatBuf st;
  Result r = { 0 };

  g_assert_cmpint (g_mkdir (outdir, 0755), ==, 0);

  run_cli (&r, "export", "fork-cow", "-o", missing_png);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "error"));
  g_assert_false (g_file_test (missing_png, G_FILE_TEST_EXISTS));
  result_clear (&r);

  run_cli (&r, "export", bad, "-o", png);
  g_assert_cmpint (r.status, ==, 1);
  assert_error_line (r.err, bad, "2:3", "unknown statement");
  result_clear (&r);
  run_cli (&r, "export", late_bad, "-o", png);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, ":2:10: error: "));
  result_clear (&r);
  g_assert_false (dir_has_other_files (outdir, NULL));

  /* OUT is a directory. */
  run_cli (&r, "export", "fork-cow", "-o", outdir);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "error"));
  result_clear (&r);
  g_assert_false (dir_has_other_files (outdir, NULL));

  /* A full disk: /dev/full is written in place, never replaced by a file
   * renamed over it; /dev/null takes anything. */
  g_assert_true (g_file_test ("/dev/full", G_FILE_TEST_EXISTS));
  run_cli (&r, "export", "fork-cow", "-o", "/dev/full");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "error"));
  result_clear (&r);
  run_cli (&r, "export", "fork-cow", "--format", "pdf", "-o", "/dev/null");
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  run_cli (&r, "snapshot", "--pid", pid, "-o", "/dev/full");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "error"));
  result_clear (&r);
  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  run_cli (&r, "import-strace", trace, "-o", mms);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "bad.strace:1:"));
  result_clear (&r);
  g_assert_false (dir_has_other_files (outdir, NULL));

  run_cli (&r, "snapshot", "--pid", pid, "-o", missing_mms);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "error"));
  g_assert_false (g_file_test (missing_mms, G_FILE_TEST_EXISTS));
  result_clear (&r);

  g_rmdir (outdir);
  g_unlink (bad);
  g_unlink (late_bad);
  g_unlink (trace);
}

static void
test_usage (void)
{
  static const char * const cases[][5] = {
    { "run", NULL },
    { "run", "fork-cow", "--until", "-1", NULL },
    { "run", "fork-cow", "--until", "lots", NULL },
    { "run", "fork-cow", "--until", "99999999999999999999", NULL },
    { "run", "fork-cow", "--until", "9999", NULL },
    { "run", "fork-cow", "--frob", NULL },
    { "run", "fork-cow", "extra", NULL },
    { "maps", "fork-cow", NULL },
    { "pagewalk", "fork-cow", "parent", "nowhere", NULL },
    { "frobnicate", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Result r = { 0 };

      run_cliv (&r, cases[i]);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_true (g_str_has_prefix (r.err, "mmscope-cli: "));
      g_assert_nonnull (strstr (r.err, "--help"));
      g_assert_cmpstr (r.out, ==, "");
      result_clear (&r);
    }
}

/* Exhausted simulated memory is a result, not an error: exit 0. */
static void
test_exhausted_memory (void)
{
  static const char * const scenarios[] = {
    /* No free frames and no swap: the OOM killer. */
    "machine ram=4M\nspawn a\na mmap 16M rw- as big\na write big 16M\nexpect a oom\n",
    /* Swap fills up too. */
    "machine ram=4M swap=1M\nspawn a\nspawn b\na mmap 8M rw- as big\na write big 8M\n"
    "expect a oom\nb brk +8M\nb write heap 8M\nexpect b oom\n",
    /* The buddy allocator has no block that big, then none at all. */
    "machine ram=4M\nkernel alloc_pages 10 as a\nexpect errno ENOMEM\n"
    "kernel kmalloc 4M as b\nexpect errno ENOMEM\n",
    /* mmap of more than the address space. */
    "spawn a\na mmap 200T rw-\nexpect errno ENOMEM\na mmap 0xfffffffffffff000 rw-\n"
    "expect errno ENOMEM\na mremap text 4K 1T\nexpect errno ENOMEM\n",
    /* Reads of the zero page until no page table can be had: the access
     * stops there (it used to fail on each of the 2^28 pages left). */
    "machine ram=4M\nspawn a\na mmap 1T r-- as m\na read m 1T\nexpect a vmas 8\n",
    /* Processes until a spawn finds no frames (written out below). */
    NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *name = g_strdup_printf ("exhausted-%u.mms", i);
      g_autofree char *path = NULL;
      Result r = { 0 };

      if (scenarios[i] == NULL)
        {
          GString *s = g_string_new ("machine ram=1M\n");
          for (guint k = 0; k < 60; k++)
            g_string_append_printf (s, "spawn p%u\n", k);
          g_string_append (s, "expect errno ENOMEM\n");
          path = write_file (name, s->str, -1);
          g_string_free (s, TRUE);
        }
      else
        path = write_file (name, scenarios[i], -1);

      run_cli (&r, "run", path);
      if (r.status != 0)
        g_error ("%s: exit status %d: %s", name, r.status, r.err);
      g_assert_cmpstr (r.err, ==, "");
      result_clear (&r);
      g_unlink (path);
    }
}

/* max_map_count: 65,530 VMAs, then mmap fails with ENOMEM. */
static void
test_max_map_count (void)
{
  GString *s = g_string_new ("spawn a\nexpect a vmas 7\n");
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  Result r = { 0 };

  if (g_getenv ("MMS_TEST_UNDER_VALGRIND") != NULL)
    {
      g_string_free (s, TRUE);
      g_test_skip ("65,530 mmaps take too long under valgrind");
      return;
    }
  /* Alternating protections, so that no two neighbours merge. */
  for (guint i = 0; i < 65530 - 7; i++)
    g_string_append (s, i % 2 == 0 ? "a mmap 4K r--\n" : "a mmap 4K rw-\n");
  g_string_append (s, "expect ok\nexpect a vmas 65530\na mmap 4K r--\nexpect errno ENOMEM\n"
                      "a mprotect text 4K rw-\nexpect errno ENOMEM\nexpect a vmas 65530\n");
  text = g_string_free (s, FALSE);
  path = write_file ("max-map-count.mms", text, -1);

  run_cli (&r, "buddyinfo", path);
  if (r.status != 0)
    g_error ("exit status %d: %s", r.status, r.err);
  g_assert_cmpstr (r.err, ==, "");
  result_clear (&r);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("test-bad-input-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/bad-input/scenarios", test_bad_scenarios);
  g_test_add_func ("/cli/bad-input/garbage", test_garbage);
  g_test_add_func ("/cli/bad-input/mutants", test_mutants);
  g_test_add_func ("/cli/bad-input/not-a-file", test_not_a_file);
  g_test_add_func ("/cli/bad-input/unreadable", test_unreadable);
  g_test_add_func ("/cli/bad-input/output-files", test_output_files);
  g_test_add_func ("/cli/bad-input/usage", test_usage);
  g_test_add_func ("/cli/bad-input/exhausted-memory", test_exhausted_memory);
  g_test_add_func ("/cli/bad-input/max-map-count", test_max_map_count);
  g_test_add_func ("/cli/bad-input/huge-access", test_huge_access);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
