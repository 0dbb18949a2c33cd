#include <pthread.h>
#include <stdlib.h>
#include <string.h>
static void *work (void *arg) { char *p = malloc (100000); memset (p, 1, 100000); free (p); return arg; }
int main (void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create (&t[i], NULL, work, NULL);
  for (int i = 0; i < 3; i++) pthread_join (t[i], NULL);
  return 0;
}
