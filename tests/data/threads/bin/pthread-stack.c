/* pthread-stack.c: one thread, alive when the process calls exit_group, so
 * that /proc/PID/maps shows its stack and guard page (see ../README). */
#include <pthread.h>
#include <unistd.h>

static void *
wait_forever (void *arg)
{
  (void) arg;
  for (;;)
    pause ();
  return NULL;
}

int
main (void)
{
  pthread_t thread;

  pthread_create (&thread, NULL, wait_forever, NULL);
  usleep (100000);
  return 0;
}
