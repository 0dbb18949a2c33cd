/* test-format.c: mms_string_append_format () writes what printf writes. */
#include "mms-config.h"

#include <string.h>
#include <wchar.h>

#include "mms-format.h"

/* Appends FORMAT twice, once with each function, to a string that already
 * holds something, and compares. */
#define CHECK_FORMAT(format, ...)                                        \
  G_STMT_START                                                           \
  {                                                                      \
    g_autoptr(GString) ours = g_string_new ("before ");                  \
    g_autoptr(GString) theirs = g_string_new ("before ");                \
    mms_string_append_format (ours, format, __VA_ARGS__);                \
    g_string_append_printf (theirs, format, __VA_ARGS__);                \
    g_assert_cmpstr (ours->str, ==, theirs->str);                        \
    g_assert_cmpuint (ours->len, ==, theirs->len);                       \
  }                                                                      \
  G_STMT_END

static void
test_conversions (void)
{
  CHECK_FORMAT ("step %u (line %u): %s: %s\n", 150001u, 150002u, "p munmap b 16K", "7 VMAs");
  CHECK_FORMAT ("mapped at 0x%llx", 0x7ffff7ff3000ull);
  CHECK_FORMAT ("RSS %llu KiB", 0ull);
  CHECK_FORMAT ("%d VMAs", -7);
  CHECK_FORMAT ("%d %d %d", G_MININT, G_MAXINT, 0);
  CHECK_FORMAT ("%u %x", G_MAXUINT, G_MAXUINT);
  CHECK_FORMAT ("%ld %lu %lx", G_MINLONG, G_MAXULONG, G_MAXULONG);
  CHECK_FORMAT ("%lld %llu %llx", G_MININT64 + 0LL, G_MAXUINT64 + 0ULL, 0x123456789abcdefULL);
  CHECK_FORMAT ("%zu %zx %zd", (gsize) 0, G_MAXSIZE, (gssize) -1);
  CHECK_FORMAT ("%i%c%s", 42, 'x', "");
  CHECK_FORMAT ("100%% of %s%%", "it");
  CHECK_FORMAT ("%s", (const char *) NULL);
  CHECK_FORMAT ("no conversion at all%s", "");
}

static void
test_positions (void)
{
  /* A translation may reorder the arguments (zh_CN does). */
  CHECK_FORMAT ("%2$s, %1$u", 3u, "three");
  CHECK_FORMAT ("%3$llx %1$d %2$s %1$d", -1, "b", 0xabcull);
}

static void
test_fallback (void)
{
  /* Widths, precisions, flags and other conversions are printf's. */
  CHECK_FORMAT ("%08x|%-5d|%.3s|%5s", 0xbeefu, 12, "abcdef", "ab");
  CHECK_FORMAT ("%#llx %+d %f %p", 255ull, 5, 1.5, (void *) 0);
  CHECK_FORMAT ("%hu %hhx %lc", (unsigned short) 65535, (unsigned char) 255, (wint_t) 'a');
}

static void
test_long (void)
{
  /* Longer than the formatter's buffer, in the text and in an argument. */
  g_autofree char *big = g_strnfill (1000, 'x');
  CHECK_FORMAT ("%s|%s|%u", big, big + 500, 7u);
  {
    g_autoptr(GString) ours = g_string_new (NULL);
    g_autoptr(GString) want = g_string_new (NULL);

    for (int i = 0; i < 40; i++)
      {
        mms_string_append_format (ours, "%u %llx %s|", (guint) i, (unsigned long long) i << 40,
                                  big);
        g_string_append_printf (want, "%u %llx %s|", (guint) i, (unsigned long long) i << 40, big);
      }
    g_assert_cmpstr (ours->str, ==, want->str);
  }
  /* Twelve conversions at most: this falls back, and must still be right. */
  CHECK_FORMAT ("%u%u%u%u%u%u%u%u%u%u%u%u%u", 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u, 11u, 12u,
                13u);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format/conversions", test_conversions);
  g_test_add_func ("/format/positions", test_positions);
  g_test_add_func ("/format/fallback", test_fallback);
  g_test_add_func ("/format/long", test_long);
  return g_test_run ();
}
