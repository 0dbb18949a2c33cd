/* mms-format.c: a printf for the lines printed by the hundred thousand
 * (see mms-format.h).
 *
 * The format is read twice.  The first pass finds every conversion, the
 * argument it takes and that argument's type, and gives up (to GLib's
 * printf) at the first thing it does not know; the arguments are then
 * taken from the va_list in their order, whatever order the conversions
 * name them in; the second pass copies the text between the conversions
 * and converts each one.
 */
#include <string.h>

#include "mms-format.h"

/* No format printed by the hundred thousand has more. */
#define MAX_CONVERSIONS 12
#define MAX_ARGS 9

typedef enum
{
  ARG_UNUSED,
  ARG_INT,         /* d i c */
  ARG_UINT,        /* u x */
  ARG_LONG,        /* ld li */
  ARG_ULONG,       /* lu lx */
  ARG_LLONG,       /* lld lli */
  ARG_ULLONG,      /* llu llx */
  ARG_SSIZE,       /* zd zi */
  ARG_SIZE,        /* zu zx */
  ARG_STRING,      /* s */
} ArgType;

typedef struct
{
  guint start;     /* offset of the '%' */
  guint stop;      /* just past the conversion character */
  guint arg;       /* index into the arguments, from 0 */
  char conv;       /* d i u x s c, or '%' for %% */
} Conversion;

typedef union
{
  gint64 i;
  guint64 u;
  const char *s;
} ArgValue;

/* The type of an argument of conversion CONV with length modifier LEN
 * (0, 'l', 'L' for ll, 'z'); ARG_UNUSED if printf would not take it. */
static ArgType
arg_type (char conv,
          char len)
{
  gboolean is_signed = conv == 'd' || conv == 'i';

  if (conv == 's' || conv == 'c')
    return len != 0 ? ARG_UNUSED : conv == 's' ? ARG_STRING : ARG_INT;
  switch (len)
    {
    case 0:
      return is_signed ? ARG_INT : ARG_UINT;
    case 'l':
      return is_signed ? ARG_LONG : ARG_ULONG;
    case 'L':
      return is_signed ? ARG_LLONG : ARG_ULLONG;
    case 'z':
      return is_signed ? ARG_SSIZE : ARG_SIZE;
    default:
      return ARG_UNUSED;
    }
}

static inline gboolean
is_conversion (char c)
{
  return c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 's' || c == 'c';
}

/* Finds FORMAT's conversions.  FALSE if it has one this file does not
 * convert, or mixes positional and sequential arguments, or leaves an
 * argument out, as printf (3) forbids. */
static gboolean
scan (const char *format,
      Conversion *convs,
      guint      *n_convs,
      ArgType    *types,
      guint      *n_args)
{
  guint n = 0, next_arg = 0, max_arg = 0;
  int positional = -1;       /* unknown until the first conversion */

  memset (types, 0, MAX_ARGS * sizeof *types);
  for (const char *p = format; (p = strchr (p, '%')) != NULL;)
    {
      Conversion *c;
      const char *q = p + 1;
      guint arg;
      char len = 0;
      ArgType type;

      if (n == MAX_CONVERSIONS)
        return FALSE;
      c = &convs[n++];
      c->start = p - format;
      if (*q == '%')
        {
          c->conv = '%';
          c->stop = q + 1 - format;
          p = q + 1;
          continue;
        }
      if (*q >= '1' && *q <= '9' && q[1] == '$')
        {
          if (positional == 0)
            return FALSE;
          positional = 1;
          arg = *q - '1';
          q += 2;
        }
      else
        {
          if (positional == 1)
            return FALSE;
          positional = 0;
          arg = next_arg++;
        }
      if (*q == 'l' && q[1] == 'l')
        len = 'L', q += 2;
      else if (*q == 'l' || *q == 'z')
        len = *q++;
      if (!is_conversion (*q) || arg >= MAX_ARGS)
        return FALSE;
      type = arg_type (*q, len);
      if (type == ARG_UNUSED || (types[arg] != ARG_UNUSED && types[arg] != type))
        return FALSE;
      types[arg] = type;
      c->arg = arg;
      c->conv = *q;
      c->stop = q + 1 - format;
      max_arg = MAX (max_arg, arg + 1);
      p = q + 1;
    }
  for (guint i = 0; i < max_arg; i++)
    if (types[i] == ARG_UNUSED)
      return FALSE;
  *n_convs = n;
  *n_args = max_arg;
  return TRUE;
}

/* The output is gathered here and handed to the GString in one call
 * (g_string_append_len () is not inline in the GLib of Debian 12). */
typedef struct
{
  GString *string;
  gsize len;
  char buf[256];
} Out;

static void
out_flush (Out *out)
{
  g_string_append_len (out->string, out->buf, out->len);
  out->len = 0;
}

static inline void
out_add (Out        *out,
         const char *text,
         gsize       len)
{
  if (out->len + len > sizeof out->buf)
    {
      out_flush (out);
      if (len > sizeof out->buf)
        {
          g_string_append_len (out->string, text, len);
          return;
        }
    }
  memcpy (out->buf + out->len, text, len);
  out->len += len;
}

static inline void
out_unsigned (Out     *out,
              guint64  value,
              gboolean hex)
{
  char buf[24];
  char *end = buf + sizeof buf, *p = end;

  do
    {
      *--p = "0123456789abcdef"[hex ? value & 15 : value % 10];
      value = hex ? value >> 4 : value / 10;
    }
  while (value != 0);
  out_add (out, p, end - p);
}

static void
out_conversion (Out              *out,
                const Conversion *c,
                const ArgValue   *args)
{
  const ArgValue *v = &args[c->arg];
  char ch;

  switch (c->conv)
    {
    case '%':
      out_add (out, "%", 1);
      break;
    case 's':
      if (v->s == NULL)
        out_add (out, "(null)", 6);
      else
        out_add (out, v->s, strlen (v->s));
      break;
    case 'c':
      ch = (char) (guchar) v->i;
      out_add (out, &ch, 1);
      break;
    case 'd':
    case 'i':
      if (v->i < 0)
        {
          out_add (out, "-", 1);
          out_unsigned (out, -(guint64) v->i, FALSE);
        }
      else
        out_unsigned (out, v->i, FALSE);
      break;
    default:
      /* u x: the value is already the type's, zero-extended. */
      out_unsigned (out, v->u, c->conv == 'x');
      break;
    }
}

void
mms_string_append_vformat (GString    *string,
                           const char *format,
                           va_list     args)
{
  Conversion convs[MAX_CONVERSIONS];
  ArgType types[MAX_ARGS];
  ArgValue values[MAX_ARGS];
  guint n_convs, n_args, at = 0;
  Out out;

  g_return_if_fail (string != NULL && format != NULL);

  if (!scan (format, convs, &n_convs, types, &n_args))
    {
      g_string_append_vprintf (string, format, args);
      return;
    }
  for (guint i = 0; i < n_args; i++)
    switch (types[i])
      {
      case ARG_INT:
        values[i].i = va_arg (args, int);
        break;
      case ARG_UINT:
        values[i].u = va_arg (args, unsigned int);
        break;
      case ARG_LONG:
        values[i].i = va_arg (args, long);
        break;
      case ARG_ULONG:
        values[i].u = va_arg (args, unsigned long);
        break;
      case ARG_LLONG:
        values[i].i = va_arg (args, long long);
        break;
      case ARG_ULLONG:
        values[i].u = va_arg (args, unsigned long long);
        break;
      case ARG_SSIZE:
        values[i].i = va_arg (args, gssize);
        break;
      case ARG_SIZE:
        values[i].u = va_arg (args, gsize);
        break;
      case ARG_STRING:
        values[i].s = va_arg (args, const char *);
        break;
      case ARG_UNUSED:
      default:
        g_assert_not_reached ();
      }
  out.string = string;
  out.len = 0;
  for (guint i = 0; i < n_convs; i++)
    {
      out_add (&out, format + at, convs[i].start - at);
      out_conversion (&out, &convs[i], values);
      at = convs[i].stop;
    }
  out_add (&out, format + at, strlen (format + at));
  out_flush (&out);
}

void
mms_string_append_format (GString    *string,
                          const char *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  mms_string_append_vformat (string, format, args);
  va_end (args);
}
