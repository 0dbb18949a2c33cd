/* mms-bench-syscalls.c: the real kernel's side of mms-cli-bench, the
 * system calls of the benchmark scenarios made for real, in a process of
 * their own (as mmscope-cli runs in one).
 *
 *   mms-bench-syscalls cycles   50,000 times: mmap 16 KiB rw-, memset it,
 *                               munmap it (the scenario's mmap, write 16K,
 *                               munmap)
 *   mms-bench-syscalls vmas     32,000 times: mmap 4 KiB rw-, mmap 4 KiB
 *                               r-- (64,000 VMAs), then read
 *                               /proc/self/maps once (the text view of
 *                               what the scenario's export draws)
 *
 * Exit status 0 when every call succeeded. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#define CYCLES 50000
#define PAIRS 32000

static int
cycles (void)
{
  for (int i = 0; i < CYCLES; i++)
    {
      char *p = mmap (NULL, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

      if (p == MAP_FAILED)
        return 1;
      memset (p, 0x5a, 16384);
      /* The optimizer must not drop the writes. */
      __asm__ volatile ("" : : "r" (p) : "memory");
      if (munmap (p, 16384) != 0)
        return 1;
    }
  return 0;
}

static int
vmas (void)
{
  static char buf[1 << 16];
  int fd;
  ssize_t n;

  for (int i = 0; i < PAIRS; i++)
    {
      /* Alternating protections keep the neighbours from merging. */
      if (mmap (NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
          == MAP_FAILED
          || mmap (NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED)
        return 1;
    }
  fd = open ("/proc/self/maps", O_RDONLY);
  if (fd < 0)
    return 1;
  while ((n = read (fd, buf, sizeof buf)) > 0)
    ;
  close (fd);
  return n == 0 ? 0 : 1;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 2 && strcmp (argv[1], "cycles") == 0)
    return cycles ();
  if (argc == 2 && strcmp (argv[1], "vmas") == 0)
    return vmas ();
  fprintf (stderr, "usage: %s cycles|vmas\n", argv[0]);
  return 2;
}
