/* mms-quiz-format.c: see mms-quiz-format.h. */
#include "mms-config.h"

#include "mms-quiz-format.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include "mms-export.h"
#include "mms-i18n.h"
#include "mms-scene.h"

gboolean
mms_quiz_format_from_name (const char    *name,
                           MmsQuizFormat *format)
{
  static const char * const names[] = { "text", "json", "moodle", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

guint
mms_question_diagram_step (const MmsQuestion *q)
{
  g_return_val_if_fail (q != NULL, 0);
  if (q->hypothetical || q->step == 0)
    return q->step;
  return q->step - 1;
}

/* The view that shows what a question is about. */
static MmsView
question_view (const MmsQuestion *q)
{
  switch (q->kind)
    {
    case MMS_QUIZ_PAGEWALK:
      return MMS_VIEW_PAGE_TABLE;
    case MMS_QUIZ_BUDDY:
      return MMS_VIEW_PHYSICAL;
    case MMS_QUIZ_SLAB:
      return MMS_VIEW_SLAB;
    case MMS_QUIZ_MM:
      return MMS_VIEW_MM;
    case MMS_QUIZ_LAYOUT:
      return q->has_pfn ? MMS_VIEW_PHYSICAL : MMS_VIEW_LAYOUT;
    case MMS_QUIZ_FAULT:
    case MMS_QUIZ_MALLOC:
    case MMS_QUIZ_MAPS:
    case MMS_QUIZ_VMA_COUNT:
    case MMS_QUIZ_RSS:
    case MMS_QUIZ_N_KINDS:
    default:
      return MMS_VIEW_LAYOUT;
    }
}

/* The strings of a question in the language chosen. */
typedef struct
{
  const char *text;
  const char *answer;
  GPtrArray *choices;
  const char *explanation;
} Words;

static Words
words (const MmsQuestion *q,
       gboolean           zh)
{
  Words w = { q->text, q->answer, q->choices, q->explanation };

  if (zh && q->text_zh_CN != NULL)
    {
      w.text = q->text_zh_CN;
      w.answer = q->answer_zh_CN;
      w.choices = q->choices_zh_CN;
      w.explanation = q->explanation_zh_CN;
    }
  return w;
}

/* Indents every line of TEXT after the first by INDENT. */
static void
append_indented (GString    *out,
                 const char *text,
                 const char *indent)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '\n' && p[1] != '\0')
        g_string_append (out, indent);
    }
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
}

/* ---- text ---------------------------------------------------------- */

static GBytes *
format_text (GPtrArray *questions,
             gboolean   zh,
             gboolean   answers)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const MmsQuestion *q = questions->pdata[i];
      Words w = words (q, zh);

      /* Translators: %1$u is a question's number, %2$s its kind (maps, fault...),
       * %3$u the step it is about. */
      g_string_append_printf (out, _("%u. [%s, step %u] "), i + 1, mms_quiz_kind_name (q->kind),
                              q->step);
      append_indented (out, w.text, "   ");
      for (guint c = 0; c < w.choices->len; c++)
        {
          g_string_append_printf (out, "   %c) ", 'a' + c);
          append_indented (out, w.choices->pdata[c], "      ");
        }
      if (answers)
        {
          if (q->form == MMS_QUIZ_FORM_CHOICE)
            /* Translators: %c is the letter of the right choice. */
            g_string_append_printf (out, _("   Answer: %c) "), 'a' + q->correct);
          else
            g_string_append (out, _("   Answer: "));
          append_indented (out, w.answer, "      ");
          if (w.explanation != NULL)
            {
              g_string_append (out, _("   Why: "));
              append_indented (out, w.explanation, "      ");
            }
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free_to_bytes (out);
}

/* ---- json ---------------------------------------------------------- */

static const char *
form_name (MmsQuizForm form)
{
  switch (form)
    {
    case MMS_QUIZ_FORM_CHOICE: return "choice";
    case MMS_QUIZ_FORM_NUMBER: return "number";
    case MMS_QUIZ_FORM_TEXT:
    default: return "text";
    }
}

static void
add_strings (JsonBuilder *b,
             const char  *member,
             GPtrArray   *strings)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    json_builder_add_string_value (b, strings->pdata[i]);
  json_builder_end_array (b);
}

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static char *
quiz_to_json (GPtrArray *questions)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; i < questions->len; i++)
    {
      MmsQuestion *q = questions->pdata[i];
      g_autofree char *addr = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "step");
      json_builder_add_int_value (b, q->step);
      add_string (b, "kind", mms_quiz_kind_name (q->kind));
      add_string (b, "subject", q->subject);
      add_string (b, "process", q->process);
      add_string (b, "form", form_name (q->form));
      add_string (b, "text", q->text);
      add_string (b, "text_zh_CN", q->text_zh_CN);
      add_string (b, "answer", q->answer);
      add_string (b, "answer_zh_CN", q->answer_zh_CN);
      add_strings (b, "choices", q->choices);
      add_strings (b, "choices_zh_CN", q->choices_zh_CN);
      json_builder_set_member_name (b, "correct");
      if (q->form == MMS_QUIZ_FORM_CHOICE)
        json_builder_add_int_value (b, q->correct);
      else
        json_builder_add_null_value (b);
      add_string (b, "explanation", q->explanation);
      add_string (b, "explanation_zh_CN", q->explanation_zh_CN);
      if (q->has_addr)
        {
          addr = g_strdup_printf ("0x%llx", (unsigned long long) q->addr);
          add_string (b, "address", addr);
        }
      if (q->kind == MMS_QUIZ_FAULT)
        {
          static const char * const accesses[] = { "read", "write", "fetch" };
          add_string (b, "access", accesses[q->access % 3]);
          json_builder_set_member_name (b, "hypothetical");
          json_builder_add_boolean_value (b, q->hypothetical);
        }
      if (q->has_pfn)
        {
          g_autofree char *pfn = g_strdup_printf ("0x%llx", (unsigned long long) q->pfn);
          add_string (b, "frame", pfn);
        }
      if (q->zone != NULL)
        add_string (b, "zone", q->zone);
      if (q->cache != NULL)
        add_string (b, "cache", q->cache);
      json_builder_set_member_name (b, "ask");
      json_builder_add_boolean_value (b, q->from_ask);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static GBytes *
format_json (GPtrArray *questions)
{
  char *json = quiz_to_json (questions);
  gsize len = strlen (json);

  json = g_realloc (json, len + 2);
  json[len] = '\n';
  json[len + 1] = '\0';
  return g_bytes_new_take (json, len + 1);
}

/* ---- diagrams ------------------------------------------------------ */

/* The scene of the state a question's diagram shows, in its view. */
static MmsScene *
question_scene (MmsScenario        *scenario,
                const MmsQuestion  *q,
                double              width,
                double              height,
                GError            **error)
{
  MmsExportOptions options;
  double narration_h = 0;

  mms_export_options_init (&options);
  options.view = question_view (q);
  options.width = width;
  options.height = height;
  options.narration = FALSE;
  options.legend = TRUE;
  return mms_export_build_step (scenario, mms_question_diagram_step (q), &options, &narration_h,
                                NULL, error);
}

static void
paint_scene_at (cairo_t  *cr,
                MmsScene *scene,
                double    x,
                double    y,
                double    scale)
{
  MmsPaintOptions paint = { 0 };

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, mms_scene_get_width (scene), mms_scene_get_height (scene));
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  mms_scene_paint (cr, scene, &paint);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PNG of QUESTION's diagram, at 960x540. */
static GBytes *
question_png (MmsScenario        *scenario,
              const MmsQuestion  *q,
              GError            **error)
{
  g_autoptr(MmsScene) scene = question_scene (scenario, q, 960, 540, error);
  g_autoptr(GByteArray) png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (scene == NULL)
    return NULL;
  png = g_byte_array_new ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 960, 540);
  cr = cairo_create (surface);
  paint_scene_at (cr, scene, 0, 0, 1);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_FAILED, "%s",
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

/* ---- moodle -------------------------------------------------------- */

/* TEXT as HTML: escaped, in <pre> when it has several lines. */
static char *
html_of (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (strchr (text, '\n') != NULL)
    return g_strdup_printf ("<pre>%s</pre>", escaped);
  return g_strdup_printf ("<p>%s</p>", escaped);
}

/* <text><![CDATA[HTML]]></text>; HTML is escaped text, so it has no "]]>". */
static void
append_cdata (GString    *out,
              const char *html)
{
  g_string_append_printf (out, "<text><![CDATA[%s]]></text>", html);
}

static void
append_plain (GString    *out,
              const char *element,
              const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_string_append_printf (out, "<%s><text>%s</text></%s>\n", element, escaped, element);
}

static GBytes *
format_moodle (MmsScenario  *scenario,
               GPtrArray    *questions,
               gboolean      zh,
               GError      **error)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
  g_autofree char *category = g_strdup_printf ("$course$/mmscope/%s",
                                               scenario->title != NULL ? scenario->title
                                                                       : "scenario");

  g_string_append (out, "<question type=\"category\">\n");
  append_plain (out, "category", category);
  g_string_append (out, "</question>\n");
  for (guint i = 0; i < questions->len; i++)
    {
      const MmsQuestion *q = questions->pdata[i];
      Words w = words (q, zh);
      g_autoptr(GBytes) png = question_png (scenario, q, error);
      g_autofree char *b64 = NULL;
      g_autofree char *image = NULL;
      g_autofree char *name = NULL;
      g_autofree char *text_html = NULL;
      g_autofree char *html = NULL;
      g_autofree char *why = NULL;
      const char *type;

      if (png == NULL)
        return NULL;
      b64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
      image = g_strdup_printf ("q%02u-step%u.png", i + 1, mms_question_diagram_step (q));
      type = q->form == MMS_QUIZ_FORM_CHOICE ? "multichoice"
             : q->form == MMS_QUIZ_FORM_NUMBER ? "numerical" : "shortanswer";
      /* Translators: a Moodle question's name: %1$u its number, %2$s its kind, %3$u a step. */
      name = g_strdup_printf (_("Question %u: %s, step %u"), i + 1, mms_quiz_kind_name (q->kind),
                              q->step);
      text_html = html_of (w.text);
      html = g_strdup_printf ("%s<p><img src=\"@@PLUGINFILE@@/%s\" alt=\"%s\" "
                              "width=\"960\" height=\"540\"/></p>", text_html, image,
                              mms_quiz_kind_name (q->kind));
      why = html_of (w.explanation != NULL ? w.explanation : "");

      g_string_append_printf (out, "<question type=\"%s\">\n", type);
      append_plain (out, "name", name);
      g_string_append (out, "<questiontext format=\"html\">");
      append_cdata (out, html);
      g_string_append_printf (out, "\n<file name=\"%s\" path=\"/\" encoding=\"base64\">%s</file>"
                              "\n</questiontext>\n", image, b64);
      g_string_append (out, "<generalfeedback format=\"html\">");
      append_cdata (out, why);
      g_string_append (out, "</generalfeedback>\n<defaultgrade>1.0000000</defaultgrade>\n"
                            "<penalty>0.3333333</penalty>\n<hidden>0</hidden>\n");
      if (q->form == MMS_QUIZ_FORM_CHOICE)
        {
          g_string_append (out, "<single>true</single>\n<shuffleanswers>true</shuffleanswers>\n"
                                "<answernumbering>abc</answernumbering>\n");
          for (guint c = 0; c < w.choices->len; c++)
            {
              g_autofree char *choice = html_of (w.choices->pdata[c]);
              g_string_append_printf (out, "<answer fraction=\"%d\" format=\"html\">",
                                      c == q->correct ? 100 : 0);
              append_cdata (out, choice);
              g_string_append (out, "<feedback format=\"html\"><text></text></feedback>"
                                    "</answer>\n");
            }
        }
      else if (q->form == MMS_QUIZ_FORM_NUMBER)
        {
          g_autofree char *value = g_markup_escape_text (w.answer, -1);
          g_string_append_printf (out, "<answer fraction=\"100\" format=\"moodle_auto_format\">"
                                  "<text>%s</text><tolerance>0</tolerance>"
                                  "<feedback format=\"html\"><text></text></feedback></answer>\n",
                                  value);
        }
      else
        {
          g_autofree char *value = g_markup_escape_text (w.answer, -1);
          g_string_append_printf (out, "<usecase>0</usecase>\n<answer fraction=\"100\" "
                                  "format=\"moodle_auto_format\"><text>%s</text>"
                                  "<feedback format=\"html\"><text></text></feedback></answer>\n",
                                  value);
        }
      g_string_append (out, "</question>\n");
    }
  g_string_append (out, "</quiz>\n");
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* ---- pdf ----------------------------------------------------------- */

#define PAGE_W 595.28   /* A4 portrait, points */
#define PAGE_H 841.89
#define MARGIN 42.0

/* Lays TEXT out at (X, Y), WIDTH wide, in FONT; returns its height. */
static double
show_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) h / PANGO_SCALE;
}

static cairo_status_t
append_pdf_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A choice's letter and text, in the monospace font when it has lines
 * (maps). */
static double
show_choice (cairo_t    *cr,
             guint       index,
             const char *choice,
             double      y)
{
  g_autofree char *label = g_strdup_printf ("%c)", 'a' + index);
  gboolean lines = strchr (choice, '\n') != NULL;

  show_text (cr, label, "Sans Bold 10", MARGIN, y, 20);
  return show_text (cr, choice, lines ? "Monospace 6.5" : "Sans 10", MARGIN + 20, y,
                    PAGE_W - 2 * MARGIN - 20) + 6;
}

static GBytes *
format_pdf (MmsScenario  *scenario,
            GPtrArray    *questions,
            gboolean      zh,
            gboolean      answers,
            GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double y;

  surface = cairo_pdf_surface_create_for_stream (append_pdf_cb, pdf, PAGE_W, PAGE_H);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "mmscope " MMS_VERSION);
  /* A built-in's title is in the catalogue (mms-builtin-titles.c): the
   * worksheet shows it in the worksheet's language. */
  if (scenario->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _(scenario->title));
  cr = cairo_create (surface);

  for (guint i = 0; i < questions->len; i++)
    {
      const MmsQuestion *q = questions->pdata[i];
      Words w = words (q, zh);
      g_autoptr(MmsScene) scene = question_scene (scenario, q, 1280, 720, error);
      g_autofree char *head = NULL;
      double scale;

      if (scene == NULL)
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return NULL;
        }
      y = MARGIN;
      if (i == 0 && scenario->title != NULL)
        y += show_text (cr, _(scenario->title), "Sans Bold 15", MARGIN, y, PAGE_W - 2 * MARGIN) + 8;
      /* Translators: a worksheet's question heading: %1$u its number, %2$s its kind, %3$u a step. */
      head = g_strdup_printf (_("Question %u (%s, step %u)"), i + 1, mms_quiz_kind_name (q->kind),
                              q->step);
      y += show_text (cr, head, "Sans Bold 12", MARGIN, y, PAGE_W - 2 * MARGIN) + 6;
      y += show_text (cr, w.text, "Sans 10.5", MARGIN, y, PAGE_W - 2 * MARGIN) + 8;
      /* The diagram of the state before it, as wide as the text. */
      scale = (PAGE_W - 2 * MARGIN) / mms_scene_get_width (scene);
      paint_scene_at (cr, scene, MARGIN, y, scale);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, MARGIN, y, PAGE_W - 2 * MARGIN, mms_scene_get_height (scene) * scale);
      cairo_stroke (cr);
      y += mms_scene_get_height (scene) * scale + 12;
      for (guint c = 0; c < w.choices->len; c++)
        y += show_choice (cr, c, w.choices->pdata[c], y);
      if (w.choices->len == 0)
        {
          y += show_text (cr, _("Your answer:"), "Sans 10", MARGIN, y, PAGE_W - 2 * MARGIN) + 4;
          cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
          cairo_move_to (cr, MARGIN, y + 18);
          cairo_line_to (cr, PAGE_W - MARGIN, y + 18);
          cairo_stroke (cr);
        }
      cairo_show_page (cr);
    }

  if (answers)
    {
      y = MARGIN;
      y += show_text (cr, _("Answer key"), "Sans Bold 15", MARGIN, y, PAGE_W - 2 * MARGIN) + 10;
      for (guint i = 0; i < questions->len; i++)
        {
          const MmsQuestion *q = questions->pdata[i];
          Words w = words (q, zh);
          g_autofree char *line = NULL;
          gboolean lines = strchr (w.answer, '\n') != NULL;
          double need = lines ? 12 : 40;

          if (lines)
            for (const char *p = w.answer; *p != '\0'; p++)
              need += *p == '\n' ? 8.5 : 0;
          if (y + need > PAGE_H - MARGIN)
            {
              cairo_show_page (cr);
              y = MARGIN;
            }
          if (q->form == MMS_QUIZ_FORM_CHOICE)
            line = g_strdup_printf ("%u. %c)", i + 1, 'a' + q->correct);
          else
            line = g_strdup_printf ("%u.", i + 1);
          show_text (cr, line, "Sans Bold 10", MARGIN, y, 40);
          y += show_text (cr, w.answer, lines ? "Monospace 6.5" : "Sans 10", MARGIN + 40, y,
                          PAGE_W - 2 * MARGIN - 40) + 2;
          if (w.explanation != NULL)
            y += show_text (cr, w.explanation, "Sans Italic 9", MARGIN + 40, y,
                            PAGE_W - 2 * MARGIN - 40);
          y += 8;
        }
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_FAILED, "%s",
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

GBytes *
mms_quiz_format (MmsScenario   *scenario,
                 GPtrArray     *questions,
                 MmsQuizFormat  format,
                 gboolean       zh,
                 gboolean       answers,
                 GError       **error)
{
  g_return_val_if_fail (scenario != NULL && questions != NULL, NULL);

  switch (format)
    {
    case MMS_QUIZ_FORMAT_JSON:
      return format_json (questions);
    case MMS_QUIZ_FORMAT_MOODLE:
      return format_moodle (scenario, questions, zh, error);
    case MMS_QUIZ_FORMAT_PDF:
      return format_pdf (scenario, questions, zh, answers, error);
    case MMS_QUIZ_FORMAT_TEXT:
    default:
      return format_text (questions, zh, answers);
    }
}
