/* tiny.c: a program without libc for the ELF-loading tests: it makes the
 * memory system calls itself.  Built as tiny-static (gcc -static) and
 * tiny-static-pie (gcc -static-pie); see ../README. */
typedef unsigned long u64;

static long
sys (long n, long a, long b, long c, long d, long e, long f)
{
  long ret;
  register long r10 __asm__ ("r10") = d;
  register long r8 __asm__ ("r8") = e;
  register long r9 __asm__ ("r9") = f;
  __asm__ volatile ("syscall" : "=a" (ret) : "a" (n), "D" (a), "S" (b), "d" (c),
                    "r" (r10), "r" (r8), "r" (r9) : "rcx", "r11", "memory");
  return ret;
}

static char bss[40000];

void
_start (void)
{
  long brk0 = sys (12, 0, 0, 0, 0, 0, 0);
  long p, q;

  sys (12, brk0 + 70000, 0, 0, 0, 0, 0);
  p = sys (9, 0, 1 << 20, 3, 0x22, -1, 0);
  sys (10, p + 8192, 16384, 1, 0, 0, 0);
  sys (11, p + 65536, 65536, 0, 0, 0, 0);
  q = sys (25, p, 8192, 3 << 20, 1, 0, 0);
  sys (9, 0, 4 << 20, 0, 0x22, -1, 0);
  bss[100] = (char) q;
  sys (231, 0, 0, 0, 0, 0, 0);
  for (;;)
    ;
}
