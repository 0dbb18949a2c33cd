/* test-png.c: mms_png_write () writes PNGs that read back as the very
 * pixels written. */
#include "mms-config.h"

#include <string.h>

#include "mms-png.h"

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  GByteArray *bytes;
  guint at;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *r = closure;

  if (r->at + length > r->bytes->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, r->bytes->data + r->at, length);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Writes an RGB24 surface of W x H (noise when NOISY, else a diagram of
 * flat boxes), reads it back with cairo's PNG reader and compares every
 * pixel. */
static void
check_round_trip (int      w,
                  int      h,
                  gboolean noisy)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_surface_t *back;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Reader reader = { bytes, 0 };
  guint32 seed = 12345;
  cairo_t *cr = cairo_create (image);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (int i = 0; i < 20; i++)
    {
      cairo_set_source_rgb (cr, (i % 3) / 2.0, (i % 5) / 4.0, (i % 7) / 6.0);
      cairo_rectangle (cr, i * w / 25.0, i * h / 30.0, w / 3.0, h / 4.0);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (image);
  if (noisy)
    for (int y = 0; y < h; y++)
      {
        guint32 *row = (guint32 *) (gpointer) (cairo_image_surface_get_data (image)
                                              + (gsize) y * cairo_image_surface_get_stride (image));
        for (int x = 0; x < w; x++)
          {
            seed = seed * 1103515245 + 12345;
            row[x] = seed >> 8;
          }
      }
  cairo_surface_mark_dirty (image);

  g_assert_cmpint (mms_png_write (image, append_cb, bytes), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (bytes->len, >, 8);
  g_assert_cmpmem (bytes->data, 8, "\x89PNG\r\n\x1a\n", 8);
  back = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (reader.at, ==, bytes->len);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (back), ==, h);
  for (int y = 0; y < h; y++)
    {
      const guint32 *a = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (image)
                                                           + (gsize) y * cairo_image_surface_get_stride (image));
      const guint32 *b = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (back)
                                                           + (gsize) y * cairo_image_surface_get_stride (back));
      for (int x = 0; x < w; x++)
        if ((a[x] & 0xffffff) != (b[x] & 0xffffff))
          g_error ("%dx%d: pixel %d,%d is %06x, read back %06x", w, h, x, y,
                   a[x] & 0xffffff, b[x] & 0xffffff);
    }
  cairo_surface_destroy (back);
  cairo_surface_destroy (image);
}

static void
test_round_trip (void)
{
  check_round_trip (1, 1, FALSE);
  check_round_trip (7, 3, TRUE);
  check_round_trip (1920, 1080, FALSE);
  /* Noise does not compress: many IDAT chunks. */
  check_round_trip (401, 300, TRUE);
}

static void
test_other_formats (void)
{
  /* Not RGB24: cairo's own writer, which reads back too. */
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 5, 5);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Reader reader = { bytes, 0 };
  cairo_surface_t *back;

  g_assert_cmpint (mms_png_write (image, append_cb, bytes), ==, CAIRO_STATUS_SUCCESS);
  back = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (back), ==, CAIRO_FORMAT_ARGB32);
  cairo_surface_destroy (back);
  cairo_surface_destroy (image);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/png/round-trip", test_round_trip);
  g_test_add_func ("/png/other-formats", test_other_formats);
  return g_test_run ();
}
