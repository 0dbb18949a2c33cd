/* vma-harness: the real-kernel side of mmscope's VMA differential test.
 *
 * Reads one operation per line on stdin, performs it with the real system call, and answers on
 * stdout (one line, or a maps dump ended by "END"):
 *
 *   M LEN PROT          mmap(NULL, LEN, PROT, MAP_PRIVATE|MAP_ANONYMOUS)   -> "ADDR" | "ERR errno"
 *   F ADDR LEN PROT     the same with MAP_FIXED at ADDR                    -> "ADDR" | "ERR errno"
 *   U ADDR LEN          munmap                                             -> "0" | "errno"
 *   P ADDR LEN PROT     mprotect                                           -> "0" | "errno"
 *   W ADDR              write one byte at ADDR                             -> "0" | "SEGV"
 *   Q                   dump /proc/self/maps verbatim, then "END"
 *   X                   exit
 *
 * ADDR and LEN are hexadecimal (with or without 0x); PROT is three characters as in
 * /proc/PID/maps ("rw-", "r-x", "---"). A write to a page that is not writable is caught
 * (SIGSEGV handler with siglongjmp) and answered "SEGV" instead of killing the harness.
 *
 * Build and run (see tests/data/vma-cases/README.md):
 *   gcc -static -O2 -o vma-harness tests/tools/vma-harness.c
 *   setarch -R ./vma-harness
 * A static non-PIE binary without address randomization has its [vvar] at 0x7ffff7ff7000 and
 * puts every anonymous mmap below it, exactly where mmscope's `spawn` does.
 *
 * All I/O goes through stdio, whose buffers come from the brk heap (far below 0x10000000), so the
 * harness itself adds no mapping to the range that the test compares.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static sigjmp_buf segv_env;

static void on_segv(int sig)
{
    (void)sig;
    siglongjmp(segv_env, 1);
}

static int parse_prot(const char *s)
{
    int prot = 0;
    if (strlen(s) != 3)
        return -1;
    if (s[0] == 'r')
        prot |= PROT_READ;
    else if (s[0] != '-')
        return -1;
    if (s[1] == 'w')
        prot |= PROT_WRITE;
    else if (s[1] != '-')
        return -1;
    if (s[2] == 'x')
        prot |= PROT_EXEC;
    else if (s[2] != '-')
        return -1;
    return prot;
}

static void dump_maps(void)
{
    static char buf[512];
    FILE *f = fopen("/proc/self/maps", "r");
    if (f) {
        while (fgets(buf, sizeof buf, f))
            fputs(buf, stdout);
        fclose(f);
    }
    puts("END");
}

int main(void)
{
    static char line[256];
    struct sigaction sa;
    /* The handler runs on an alternate stack so that it works whatever the op did. */
    static char altstack[65536];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 };

    sigaltstack(&ss, NULL);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sa.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    setvbuf(stdout, NULL, _IOLBF, 0);

    while (fgets(line, sizeof line, stdin)) {
        char op = 0, ps[8] = "";
        unsigned long a = 0, l = 0;
        int prot;

        if (sscanf(line, " %c", &op) != 1)
            continue;
        switch (op) {
        case 'M':
            if (sscanf(line, " M %lx %7s", &l, ps) != 2 || (prot = parse_prot(ps)) < 0)
                goto bad;
            {
                void *r = mmap(NULL, l, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
                if (r == MAP_FAILED)
                    printf("ERR %d\n", errno);
                else
                    printf("%lx\n", (unsigned long)r);
            }
            break;
        case 'F':
            if (sscanf(line, " F %lx %lx %7s", &a, &l, ps) != 3 || (prot = parse_prot(ps)) < 0)
                goto bad;
            {
                void *r = mmap((void *)a, l, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
                if (r == MAP_FAILED)
                    printf("ERR %d\n", errno);
                else
                    printf("%lx\n", (unsigned long)r);
            }
            break;
        case 'U':
            if (sscanf(line, " U %lx %lx", &a, &l) != 2)
                goto bad;
            printf("%d\n", munmap((void *)a, l) == 0 ? 0 : errno);
            break;
        case 'P':
            if (sscanf(line, " P %lx %lx %7s", &a, &l, ps) != 3 || (prot = parse_prot(ps)) < 0)
                goto bad;
            printf("%d\n", mprotect((void *)a, l, prot) == 0 ? 0 : errno);
            break;
        case 'W':
            if (sscanf(line, " W %lx", &a) != 1)
                goto bad;
            if (sigsetjmp(segv_env, 1) == 0) {
                *(volatile char *)a = 1;
                puts("0");
            } else {
                puts("SEGV");
            }
            break;
        case 'Q':
            dump_maps();
            break;
        case 'X':
            return 0;
        default:
        bad:
            printf("BAD %s", line);
            if (!strchr(line, '\n'))
                putchar('\n');
            break;
        }
    }
    return 0;
}
