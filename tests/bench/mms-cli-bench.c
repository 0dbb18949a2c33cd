/* mms-cli-bench.c: mmscope-cli measured as a user runs it, a whole
 * process each time (start, parse, run, output, exit), beside the real
 * kernel making the same system calls in a process of its own
 * (mms-bench-syscalls), in the same run.  Each figure is the best of 3
 * wall-clock times.  It measures and prints; it asserts nothing.
 *
 *   ninja -C build tests/bench/mms-cli-bench && ./build/tests/bench/mms-cli-bench
 *
 * The scenarios (issue 18, point 6):
 *   cycles  machine arch=x86_64 ram=256M, spawn p, then 50,000 times
 *           `p mmap 16K rw- as b`, `p write b 16K`, `p munmap b 16K`;
 *           `mmscope-cli run` of it, target: 10 times faster than the kernel
 *   vmas    machine arch=x86_64 ram=4G, spawn p, then 32,000 times
 *           `p mmap 4K rw-`, `p mmap 4K r--` (64,000 VMAs); `mmscope-cli
 *           export --view all --width 1920 --height 1080` to PNG, target
 *           200 ms (the kernel makes the VMAs and reads /proc/self/maps)
 *   java    `mmscope-cli import-strace` of a real `java -version` trace
 *           (tests/data/bench), then `run` of the scenario it writes,
 *           target 100 ms; beside `java -version` itself when java is
 *           installed.
 */
#include "mms-config.h"

#include <stdio.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#define ROUNDS 3

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* Runs ARGV (stdout to /dev/null), returns its wall-clock time in
 * seconds, or a negative number if it failed. */
static double
time_once (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  double t0 = now ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error)
      || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return -1;
  return now () - t0;
}

/* The best of ROUNDS runs of the commands ARGVS (run one after the other,
 * timed together); negative if one failed. */
static double
best_of (const char * const * const *argvs,
         guint                       n)
{
  double best = G_MAXDOUBLE;

  for (int round = 0; round < ROUNDS; round++)
    {
      double total = 0;

      for (guint i = 0; i < n; i++)
        {
          double t = time_once (argvs[i]);
          if (t < 0)
            return -1;
          total += t;
        }
      best = MIN (best, total);
    }
  return best;
}

static void
fmt_ms (char   *buf,
        gsize   size,
        double  s)
{
  if (s < 0)
    g_strlcpy (buf, "failed", size);
  else
    g_snprintf (buf, size, "%.1f ms", s * 1e3);
}

static void
print_header (void)
{
  printf ("%-62s %11s %11s %8s  %-22s %s\n", "command (best of 3, whole process)", "real kernel",
          "mmscope", "ratio", "target", "result");
  for (int i = 0; i < 62 + 2 * 12 + 9 + 24 + 7; i++)
    putchar ('-');
  putchar ('\n');
}

/* One line.  KERNEL < 0: no kernel figure.  The ratio is kernel / mmscope.
 * FASTER > 0: the target is mmscope FASTER times faster than the kernel;
 * else mmscope under BELOW seconds. */
static void
row (const char *command,
     double      kernel,
     double      mmscope,
     double      faster,
     double      below)
{
  char k[32] = "-", m[32], ratio[32] = "-", target[32];
  gboolean met;

  if (kernel >= 0)
    fmt_ms (k, sizeof k, kernel);
  fmt_ms (m, sizeof m, mmscope);
  if (kernel > 0 && mmscope > 0)
    g_snprintf (ratio, sizeof ratio, "%.1fx", kernel / mmscope);
  if (faster > 0)
    {
      g_snprintf (target, sizeof target, ">= %.0fx faster", faster);
      met = kernel > 0 && mmscope > 0 && kernel / mmscope >= faster;
    }
  else
    {
      g_snprintf (target, sizeof target, "< %.0f ms", below * 1e3);
      met = mmscope > 0 && mmscope < below;
    }
  printf ("%-62s %11s %11s %8s  %-22s %s\n", command, k, m, ratio, target, met ? "met" : "MISSED");
  fflush (stdout);
}

static char *
write_scenario (const char *dir,
                const char *name,
                const char *header,
                const char *body,
                guint       times)
{
  g_autoptr(GString) text = g_string_new (header);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, body);
  if (!g_file_set_contents (path, text->str, text->len, &error))
    g_error ("%s", error->message);
  return path;
}

int
main (int    argc,
      char **argv)
{
  const char *cli = MMS_BENCH_CLI;
  const char *syscalls = MMS_BENCH_SYSCALLS;
  const char *trace = MMS_BENCH_SRCDIR "/../data/bench/java-version.strace";
  g_autofree char *dir = g_dir_make_tmp ("mms-cli-bench-XXXXXX", NULL);
  g_autofree char *cycles = NULL, *vmas = NULL, *png = NULL, *java_mms = NULL;
  g_autofree char *java = g_find_program_in_path ("java");
  double kernel, ours;

  (void) argc;
  (void) argv;
  if (dir == NULL)
    g_error ("no temporary directory");
  cycles = write_scenario (dir, "cycles.mms", "machine arch=x86_64 ram=256M\nspawn p\n",
                           "p mmap 16K rw- as b\np write b 16K\np munmap b 16K\n", 50000);
  vmas = write_scenario (dir, "vmas.mms", "machine arch=x86_64 ram=4G\nspawn p\n",
                         "p mmap 4K rw-\np mmap 4K r--\n", 32000);
  png = g_build_filename (dir, "vmas.png", NULL);
  java_mms = g_build_filename (dir, "java.mms", NULL);

  printf ("mmscope-cli benchmark (measured, not asserted; ratio = real kernel / mmscope)\n\n");
  print_header ();

  {
    const char *real[] = { syscalls, "cycles", NULL };
    const char *run[] = { cli, "run", cycles, NULL };
    const char * const *k[] = { real }, * const *m[] = { run };

    kernel = best_of (k, 1);
    ours = best_of (m, 1);
    row ("run: 50,000 x mmap 16K rw-, write 16K, munmap (150,002 lines)", kernel, ours, 10, 0);
  }
  {
    const char *real[] = { syscalls, "vmas", NULL };
    const char *export[] = { cli, "export", vmas, "--view", "all", "--width", "1920",
                             "--height", "1080", "-o", png, NULL };
    const char * const *k[] = { real }, * const *m[] = { export };

    kernel = best_of (k, 1);
    ours = best_of (m, 1);
    row ("export --view all 1920x1080 PNG: 64,000 VMAs on 4 GiB", kernel, ours, 0, 0.2);
  }
  {
    const char *real[] = { java != NULL ? java : "java", "-version", NULL };
    const char *import[] = { cli, "import-strace", trace, "-o", java_mms, NULL };
    const char *run[] = { cli, "run", java_mms, NULL };
    const char * const *k[] = { real }, * const *m[] = { import, run };

    kernel = java != NULL ? best_of (k, 1) : -1;
    ours = best_of (m, 2);
    row ("import-strace + run: java -version (kernel: java itself)", kernel, ours, 0, 0.1);
  }
  printf ("\n  the java trace: %s\n", trace);

  g_unlink (cycles);
  g_unlink (vmas);
  g_unlink (png);
  g_unlink (java_mms);
  g_rmdir (dir);
  return 0;
}
