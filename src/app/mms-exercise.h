/* mms-exercise.h: exercise mode, predict then see.
 *
 * With win.exercise on (a toggle in the header bar), Step first asks the
 * question about the next step (the scenario's ask line, or one generated
 * by mms-quiz.c); the student answers with a choice, a number or a typed
 * address, and then the step runs and animates and the answer is marked
 * right or wrong with the step's narration as the explanation.  The panel
 * keeps the session's score.  In presentation mode (or with "Class vote")
 * the class votes on the choices, and the teacher's Reveal marks the
 * class's answer and runs the step. */
#pragma once

#include "mms-window.h"
#include "mms-quiz.h"

G_BEGIN_DECLS

/* Adds win.exercise (stateful), its header toggle, and the panel, at the
 * top of COLUMN under the narration. */
void mms_exercise_install (MmsWindow    *window,
                           GtkBox       *column,
                           GtkHeaderBar *header);

/* For the tests: the question waiting for an answer (NULL: none), the
 * score (right of asked), and the widgets a student uses. */
const MmsQuestion *mms_exercise_get_pending (MmsWindow *window);
guint mms_exercise_get_score (MmsWindow *window,
                              guint     *asked);
GtkWidget *mms_exercise_get_choice (MmsWindow *window,
                                    guint      index);
GtkWidget *mms_exercise_get_entry (MmsWindow *window);
GtkWidget *mms_exercise_get_answer_button (MmsWindow *window);
GtkWidget *mms_exercise_get_reveal_button (MmsWindow *window);
GtkWidget *mms_exercise_get_vote_toggle (MmsWindow *window);
const char *mms_exercise_get_feedback (MmsWindow *window);
const char *mms_exercise_get_score_text (MmsWindow *window);

G_END_DECLS
