/* mms-quiz-format.h: a quiz (mms-quiz.h) as text, JSON, Moodle XML or a
 * PDF worksheet.
 *
 * text: numbered questions with their choices, and with ANSWERS each
 * answer and the narration that explains it.  json: an array of objects,
 * both languages, every answer (spec/cli.md).  moodle: Moodle's XML
 * question format (multichoice, numerical and shortanswer questions),
 * each question with a PNG of the diagram of the state before it
 * embedded as base64.  pdf: a worksheet, a question a page under that
 * diagram, and with ANSWERS an answer key at the end.
 */
#pragma once

#include <glib.h>

#include "mms-quiz.h"

G_BEGIN_DECLS

typedef enum
{
  MMS_QUIZ_FORMAT_TEXT,
  MMS_QUIZ_FORMAT_JSON,
  MMS_QUIZ_FORMAT_MOODLE,
  MMS_QUIZ_FORMAT_PDF,
} MmsQuizFormat;

gboolean mms_quiz_format_from_name (const char    *name,
                                    MmsQuizFormat *format);

/* QUESTIONS (from mms_quiz_generate_bilingual) of SCENARIO in FORMAT, in
 * Simplified Chinese with ZH, else English (json has both).  The words
 * around the questions are in the current language of the messages. */
GBytes *mms_quiz_format (MmsScenario   *scenario,
                         GPtrArray     *questions,
                         MmsQuizFormat  format,
                         gboolean       zh,
                         gboolean       answers,
                         GError       **error);

/* The step whose state a question's diagram shows: the one before the
 * step it asks about (the student predicts the step), or, for an access
 * that the scenario does not make, the state it is made in. */
guint mms_question_diagram_step (const MmsQuestion *question);

G_END_DECLS
