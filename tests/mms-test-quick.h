/* mms-test-quick.h: how far the tests that walk every step of every
 * built-in scenario walk.  The 'asan' and 'valgrind' test setups
 * (tests/meson.build) set MMS_TEST_QUICK, where a step costs ten to fifty
 * times as much (jvm-start alone has 477 steps): a scenario is then walked
 * step by step over its first MMS_TEST_QUICK_STEPS steps only, and jumped
 * to its end.  The plain suite walks every step of every scenario; the
 * sanitizers look for memory errors, which the first steps of each
 * scenario and the jump reach as well. */
#pragma once

#include <glib.h>

#define MMS_TEST_QUICK_STEPS 6

/* How many of a scenario's N steps to walk one by one. */
static inline guint
mms_test_walk_steps (guint n)
{
  if (g_getenv ("MMS_TEST_QUICK") != NULL && n > MMS_TEST_QUICK_STEPS)
    return MMS_TEST_QUICK_STEPS;
  return n;
}
