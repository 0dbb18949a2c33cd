#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <pthread.h>
#include <fcntl.h>
#include <unistd.h>
static void *worker (void *arg) { return arg; }
int main (void)
{
  char *a = malloc (200000), *b;
  memset (a, 1, 200000);
  b = realloc (a, 2000000);
  b = realloc (b, 8000000);
  char *p = mmap (NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mprotect (p + 4096, 8192, PROT_READ);
  munmap (p + 65536, 65536);
  p = mremap (p, 65536, 4 << 20, MREMAP_MAYMOVE);
  int fd = open ("/etc/passwd", O_RDONLY);
  char *f = mmap (NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
  close (fd);
  void *x = sbrk (0); brk ((char *) x + 300000);
  for (int i = 0; i < 100; i++) malloc (1000);
  pthread_t t; pthread_create (&t, NULL, worker, NULL); pthread_join (t, NULL);
  mmap (NULL, 12345, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  printf ("%p %p\n", (void *) b, (void *) f);
  return 0;
}
