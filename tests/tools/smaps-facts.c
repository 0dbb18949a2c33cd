/* smaps-facts: record what the real kernel's /proc/PID/smaps shows for a few small anonymous
 * mappings, before and after fork and copy-on-write. Facts for mmscope's smaps view.
 *
 *   gcc -static -O2 -o smaps-facts tests/tools/smaps-facts.c
 *   setarch -R ./smaps-facts a > tests/data/realk-smaps/a-private-anon.txt     (and b, c, d)
 *
 * a  MAP_PRIVATE|MAP_ANONYMOUS, 4 pages, rw-: pages 0 and 1 written, page 2 only read (it maps
 *    the shared zero page, which smaps does not count in Rss), page 3 untouched.
 * b  a, then fork(): the parent's block (and the child's) while the child is alive and has
 *    written nothing: the two written pages are shared by both processes.
 * c  b, then the child writes page 0 (copy-on-write): the parent's and the child's blocks.
 * d  MAP_SHARED|MAP_ANONYMOUS, 2 pages, rw-: the parent writes both pages, forks, the child
 *    reads both; the parent's block before fork, then the child's and the parent's.
 *
 * Each section starts with a line "# WHO: WHAT", then the VMA's line from /proc/PID/maps
 * ("maps:" prefix), then its block from /proc/PID/smaps verbatim. Processes take turns through
 * pipes, so each block is read at a known point and the output is in a fixed order.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define PAGE 4096UL

/* Print the /proc/self/maps line and the /proc/self/smaps block of the VMA starting at addr. */
static void record(const char *who, const char *what, void *addr)
{
    char key[32], line[512];
    FILE *f;
    int in = 0;

    snprintf(key, sizeof key, "%08lx-", (unsigned long)addr);
    printf("# %s: %s\n", who, what);
    f = fopen("/proc/self/maps", "r");
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, key, strlen(key)) == 0)
            printf("maps: %s", line);
    if (f)
        fclose(f);
    f = fopen("/proc/self/smaps", "r");
    while (f && fgets(line, sizeof line, f)) {
        if (strncmp(line, key, strlen(key)) == 0)
            in = 1;
        if (in)
            fputs(line, stdout);
        if (in && strncmp(line, "VmFlags:", 8) == 0)
            break;
    }
    if (f)
        fclose(f);
    printf("\n");
    fflush(stdout);
}

/* Wait for one byte from the other process; EOF (it died) ends this one too. */
static void wait_for(int fd)
{
    char c;
    if (read(fd, &c, 1) != 1)
        _exit(3);
}

static void signal_to(int fd)
{
    if (write(fd, "x", 1) != 1)
        _exit(3);
}

static char *private4(void)
{
    char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    p[0] = 1;                          /* page 0: written */
    p[PAGE] = 1;                       /* page 1: written */
    (void)*(volatile char *)(p + 2 * PAGE); /* page 2: read only (zero page) */
    return p;                          /* page 3: untouched */
}

int main(int argc, char **argv)
{
    char which = argc > 1 ? argv[1][0] : 0;
    int to_child[2], to_parent[2];
    char *p;
    pid_t pid;

    if (which == 'a') {
        p = private4();
        record("process", "private anon 4 pages rw-: pages 0,1 written, page 2 read, page 3 untouched", p);
        return 0;
    }
    if (which != 'b' && which != 'c' && which != 'd') {
        fprintf(stderr, "usage: %s a|b|c|d\n", argv[0]);
        return 2;
    }
    if (pipe(to_child) || pipe(to_parent)) {
        perror("pipe");
        return 1;
    }
    if (which == 'd') {
        p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            perror("mmap");
            return 1;
        }
        p[0] = 1;
        p[PAGE] = 1;
        record("parent", "shared anon 2 pages rw-, both written, before fork", p);
    } else {
        p = private4();
    }
    pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        close(to_child[1]); /* so that the child sees EOF if the parent dies */
        close(to_parent[0]);
        if (which == 'b') {
            record("child", "after fork, nothing written by the child", p);
        } else if (which == 'c') {
            p[0] = 2; /* copy-on-write of page 0 */
            record("child", "after the child wrote page 0 (COW)", p);
        } else {
            (void)*(volatile char *)p;
            (void)*(volatile char *)(p + PAGE);
            record("child", "after the child read both pages", p);
        }
        signal_to(to_parent[1]);
        wait_for(to_child[0]); /* stay alive until the parent has recorded */
        _exit(0);
    }
    close(to_child[0]);
    close(to_parent[1]);
    wait_for(to_parent[0]);
    if (which == 'b')
        record("parent", "child alive, child has written nothing", p);
    else if (which == 'c')
        record("parent", "child alive, child has written page 0 (COW)", p);
    else
        record("parent", "child alive, child has read both pages", p);
    signal_to(to_child[1]);
    waitpid(pid, NULL, 0);
    return 0;
}
