/* mms-png.c: a fast PNG writer for the exports (see mms-png.h).
 *
 * A PNG file (ISO/IEC 15948) is an 8-byte signature and chunks, each a
 * big-endian length, a 4-letter type, the data and a CRC-32 of type and
 * data: IHDR (size, 8 bits a sample, colour type 2: RGB), IDAT (the rows,
 * each a filter byte and its pixels, as one zlib stream, which may be cut
 * into several IDATs anywhere) and IEND.  Filter 2 (Up) stores each byte
 * minus the byte above it (none above the first row).
 */
#include <glib.h>
#include <string.h>
#include <zlib.h>

#include "mms-png.h"

#define OUT_SIZE (64 * 1024)

typedef struct
{
  cairo_write_func_t write;
  void *closure;
  cairo_status_t status;
} Writer;

static void
put32 (guchar *p,
       guint32 v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static void
write_bytes (Writer       *w,
             const guchar *data,
             gsize         len)
{
  if (w->status == CAIRO_STATUS_SUCCESS && len > 0)
    w->status = w->write (w->closure, data, len);
}

static void
write_chunk (Writer       *w,
             const char   *type,
             const guchar *data,
             guint32       len)
{
  guchar head[8], tail[4];
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  put32 (head, len);
  memcpy (head + 4, type, 4);
  if (len > 0)
    crc = crc32 (crc, data, len);
  put32 (tail, (guint32) crc);
  write_bytes (w, head, 8);
  write_bytes (w, data, len);
  write_bytes (w, tail, 4);
}

/* Compresses what STREAM holds with FLUSH, writing an IDAT each time OUT
 * fills up (and what is left at Z_FINISH). */
static gboolean
deflate_rows (Writer   *w,
              z_stream *stream,
              guchar   *out,
              int       flush)
{
  do
    {
      int ret = deflate (stream, flush);

      if (ret == Z_STREAM_ERROR)
        return FALSE;
      if (stream->avail_out == 0 || (flush == Z_FINISH && stream->avail_out < OUT_SIZE))
        {
          write_chunk (w, "IDAT", out, OUT_SIZE - stream->avail_out);
          stream->next_out = out;
          stream->avail_out = OUT_SIZE;
        }
      if (flush == Z_FINISH && ret == Z_STREAM_END)
        return TRUE;
    }
  while (stream->avail_in > 0 || flush == Z_FINISH);
  return TRUE;
}

cairo_status_t
mms_png_write (cairo_surface_t    *image,
               cairo_write_func_t  write,
               void               *closure)
{
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  Writer w = { write, closure, CAIRO_STATUS_SUCCESS };
  int width, height, stride;
  const guchar *data;
  guchar ihdr[13];
  g_autofree guchar *row = NULL, *prev = NULL, *out = NULL;
  z_stream stream = { 0 };

  if (cairo_surface_get_type (image) != CAIRO_SURFACE_TYPE_IMAGE
      || cairo_image_surface_get_format (image) != CAIRO_FORMAT_RGB24
      || cairo_surface_status (image) != CAIRO_STATUS_SUCCESS)
    return cairo_surface_write_to_png_stream (image, write, closure);

  cairo_surface_flush (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  data = cairo_image_surface_get_data (image);
  if (width <= 0 || height <= 0 || data == NULL)
    return cairo_surface_write_to_png_stream (image, write, closure);

  write_bytes (&w, signature, sizeof signature);
  put32 (ihdr, width);
  put32 (ihdr + 4, height);
  ihdr[8] = 8;        /* bits per sample */
  ihdr[9] = 2;        /* RGB */
  ihdr[10] = 0;       /* deflate */
  ihdr[11] = 0;       /* adaptive filtering, one filter byte a row */
  ihdr[12] = 0;       /* not interlaced */
  write_chunk (&w, "IHDR", ihdr, sizeof ihdr);

  if (deflateInit (&stream, Z_BEST_SPEED) != Z_OK)
    return CAIRO_STATUS_NO_MEMORY;
  row = g_malloc (1 + 3 * (gsize) width);
  prev = g_malloc0 (3 * (gsize) width);
  out = g_malloc (OUT_SIZE);
  stream.next_out = out;
  stream.avail_out = OUT_SIZE;
  for (int y = 0; y < height && w.status == CAIRO_STATUS_SUCCESS; y++)
    {
      /* RGB24 pixels are 32-bit words 0x00RRGGBB in the machine's order. */
      const guint32 *pixels = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);
      guchar *rgb = row + 1;

      row[0] = 2;     /* Up */
      for (int x = 0; x < width; x++)
        {
          guint32 p = pixels[x];
          guchar r = p >> 16, g = p >> 8, b = p;

          rgb[3 * x] = r - prev[3 * x];
          rgb[3 * x + 1] = g - prev[3 * x + 1];
          rgb[3 * x + 2] = b - prev[3 * x + 2];
          prev[3 * x] = r;
          prev[3 * x + 1] = g;
          prev[3 * x + 2] = b;
        }
      stream.next_in = row;
      stream.avail_in = 1 + 3 * (uInt) width;
      if (!deflate_rows (&w, &stream, out, Z_NO_FLUSH))
        w.status = CAIRO_STATUS_NO_MEMORY;
    }
  if (w.status == CAIRO_STATUS_SUCCESS && !deflate_rows (&w, &stream, out, Z_FINISH))
    w.status = CAIRO_STATUS_NO_MEMORY;
  deflateEnd (&stream);
  write_chunk (&w, "IEND", NULL, 0);
  return w.status;
}
