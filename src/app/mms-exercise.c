/* mms-exercise.c: see mms-exercise.h. */
#include "mms-config.h"

#include "mms-exercise.h"

#include <string.h>

#include "mms-i18n.h"
#include "mms-presentation.h"

#define N_CHOICES 4

typedef struct
{
  MmsWindow *window;
  GtkWidget *revealer;
  GtkLabel *question_label;
  GtkWidget *choices_box;
  GtkWidget *choices[N_CHOICES];     /* radio buttons, or vote buttons */
  GtkWidget *entry;
  GtkWidget *answer_button;
  GtkWidget *reveal_button;
  GtkWidget *vote_toggle;
  GtkLabel *feedback_label;
  GtkLabel *score_label;

  MmsScenario *scenario;             /* the one the questions are of (not owned) */
  guint n_steps;                     /* its steps then (the console adds steps) */
  GPtrArray *questions;              /* MmsQuestion *, one a step at most */
  const MmsQuestion *pending;
  guint votes[N_CHOICES];
  gboolean voting;
  guint right, asked;
  gboolean active;
} Exercise;

static void
exercise_free (gpointer data)
{
  Exercise *ex = data;

  g_clear_pointer (&ex->questions, g_ptr_array_unref);
  g_free (ex);
}

static Exercise *
exercise_of (MmsWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "mms-exercise");
}

static void
update_score (Exercise *ex)
{
  /* Translators: the session's score: %1$u right answers of %2$u questions. */
  g_autofree char *text = g_strdup_printf (_("Score: %u of %u"), ex->right, ex->asked);

  gtk_label_set_text (ex->score_label, text);
}

/* The questions of the window's scenario, made again when it changed. */
static void
ensure_questions (Exercise *ex)
{
  MmsRunner *runner = mms_window_get_runner (ex->window);
  MmsScenario *scenario = runner != NULL ? mms_runner_get_scenario (runner) : NULL;
  MmsQuizOptions options = { .seed = 1, .count = 0, .kinds = 0 };
  g_autoptr(GError) error = NULL;

  if (scenario == ex->scenario && ex->questions != NULL
      && (scenario == NULL || scenario->steps->len == ex->n_steps))
    return;
  g_clear_pointer (&ex->questions, g_ptr_array_unref);
  ex->scenario = scenario;
  if (scenario == NULL)
    return;
  ex->n_steps = scenario->steps->len;
  ex->questions = mms_quiz_generate (scenario, &options, &error);
  if (ex->questions == NULL)
    gtk_label_set_text (ex->feedback_label, error->message);
}

static const MmsQuestion *
question_for_step (Exercise *ex,
                   guint     step)
{
  for (guint i = 0; ex->questions != NULL && i < ex->questions->len; i++)
    {
      const MmsQuestion *q = ex->questions->pdata[i];
      if (q->step == step)
        return q;
    }
  return NULL;
}

static void
vote_clicked_cb (GtkButton *button,
                 gpointer   data)
{
  Exercise *ex = data;

  for (guint i = 0; i < N_CHOICES; i++)
    if (ex->choices[i] == GTK_WIDGET (button) && ex->pending != NULL)
      {
        g_autofree char *label = NULL;
        ex->votes[i]++;
        /* Translators: a choice's letter, its text, then the class's votes for it. */
        label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%c) %s  (%u vote)",
                                              "%c) %s  (%u votes)", ex->votes[i]),
                                 'a' + i, (char *) ex->pending->choices->pdata[i], ex->votes[i]);
        gtk_button_set_label (button, label);
      }
}

/* Shows Q with the widgets its answer needs. */
static void
show_question (Exercise          *ex,
               const MmsQuestion *q)
{
  GSList *group = NULL;

  ex->pending = q;
  ex->voting = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ex->vote_toggle));
  memset (ex->votes, 0, sizeof ex->votes);
  gtk_label_set_text (ex->question_label, q->text);
  gtk_label_set_text (ex->feedback_label, "");
  for (guint i = 0; i < N_CHOICES; i++)
    g_clear_pointer (&ex->choices[i], gtk_widget_destroy);
  for (guint i = 0; i < q->choices->len && i < N_CHOICES; i++)
    {
      g_autofree char *label = g_strdup_printf ("%c) %s", 'a' + i, (char *) q->choices->pdata[i]);
      GtkWidget *child;

      if (ex->voting)
        {
          ex->choices[i] = gtk_button_new_with_label (label);
          g_signal_connect (ex->choices[i], "clicked", G_CALLBACK (vote_clicked_cb), ex);
        }
      else
        {
          ex->choices[i] = gtk_radio_button_new_with_label (group, label);
          group = gtk_radio_button_get_group (GTK_RADIO_BUTTON (ex->choices[i]));
        }
      /* Maps lines in a fixed-width font, the others wrapped. */
      child = gtk_bin_get_child (GTK_BIN (ex->choices[i]));
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_xalign (GTK_LABEL (child), 0.0);
          gtk_label_set_line_wrap (GTK_LABEL (child), strchr (label, '\n') == NULL);
          if (strchr (label, '\n') != NULL)
            gtk_style_context_add_class (gtk_widget_get_style_context (child), "monospace");
        }
      gtk_widget_set_name (ex->choices[i], "exercise-choice");
      gtk_widget_set_halign (ex->choices[i], GTK_ALIGN_START);
      gtk_box_pack_start (GTK_BOX (ex->choices_box), ex->choices[i], FALSE, FALSE, 0);
      gtk_widget_show (ex->choices[i]);
    }
  gtk_widget_set_visible (ex->entry, q->choices->len == 0);
  gtk_entry_set_text (GTK_ENTRY (ex->entry), "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (ex->entry),
                                  q->form == MMS_QUIZ_FORM_NUMBER ? _("A number")
                                  : _("Your answer, such as 0x7ffff7ff3000"));
  gtk_widget_set_visible (ex->answer_button, !ex->voting || q->choices->len == 0);
  gtk_widget_set_visible (ex->reveal_button, ex->voting);
  gtk_widget_set_sensitive (ex->answer_button, TRUE);
  gtk_widget_set_sensitive (ex->reveal_button, TRUE);
  if (q->choices->len == 0)
    gtk_widget_grab_focus (ex->entry);
}

/* Marks RESPONSE, runs the step (it animates) and explains. */
static void
answer (Exercise   *ex,
        const char *response)
{
  const MmsQuestion *q = ex->pending;
  gboolean right;
  g_autofree char *verdict = NULL;
  g_autofree char *shown = NULL;

  if (q == NULL)
    return;
  /* The window moved on (another scenario, another step) since the
   * question was asked: it no longer applies. */
  {
    MmsRunner *runner = mms_window_get_runner (ex->window);
    if (runner == NULL || mms_runner_get_scenario (runner) != ex->scenario
        || mms_window_get_position (ex->window) + 1 != q->step)
      {
        ex->pending = NULL;
        gtk_label_set_text (ex->question_label,
                            _("Predict, then see: Step asks a question about the next step."));
        gtk_label_set_text (ex->feedback_label, "");
        return;
      }
  }
  right = mms_question_check (q, response);
  ex->asked++;
  ex->right += right;
  ex->pending = NULL;
  gtk_widget_set_sensitive (ex->answer_button, FALSE);
  gtk_widget_set_sensitive (ex->reveal_button, FALSE);
  update_score (ex);
  if (q->form == MMS_QUIZ_FORM_CHOICE)
    shown = g_strdup_printf ("%c) %s", 'a' + q->correct, q->answer);
  else
    shown = g_strdup (q->answer);
  if (right)
    /* Translators: %s is the right answer and %s the explanation (the step's narration). */
    verdict = g_strdup_printf (_("Right: %s\n%s"), shown, q->explanation != NULL ? q->explanation : "");
  else
    /* Translators: %s is the right answer and %s the explanation (the step's narration). */
    verdict = g_strdup_printf (_("Wrong. The answer: %s\n%s"), shown,
                               q->explanation != NULL ? q->explanation : "");
  gtk_label_set_text (ex->feedback_label, verdict);
  gtk_style_context_remove_class (gtk_widget_get_style_context (GTK_WIDGET (ex->feedback_label)),
                                  right ? "mms-wrong" : "mms-right");
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (ex->feedback_label)),
                               right ? "mms-right" : "mms-wrong");
  /* Now see: the step runs. */
  mms_window_step (ex->window);
}

static void
answer_clicked_cb (GtkButton *button,
                   gpointer   data)
{
  Exercise *ex = data;
  g_autofree char *response = NULL;

  if (ex->pending == NULL)
    return;
  if (ex->pending->choices->len == 0)
    response = g_strdup (gtk_entry_get_text (GTK_ENTRY (ex->entry)));
  else
    for (guint i = 0; i < N_CHOICES; i++)
      if (ex->choices[i] != NULL && GTK_IS_TOGGLE_BUTTON (ex->choices[i])
          && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ex->choices[i])))
        response = g_strdup_printf ("%u", i);
  answer (ex, response);
}

/* The teacher reveals: the class's answer is the choice with the most
 * votes (none: unanswered). */
static void
reveal_clicked_cb (GtkButton *button,
                   gpointer   data)
{
  Exercise *ex = data;
  guint best = G_MAXUINT, most = 0;
  g_autofree char *response = NULL;

  if (ex->pending == NULL)
    return;
  if (ex->pending->choices->len == 0)
    {
      answer (ex, gtk_entry_get_text (GTK_ENTRY (ex->entry)));
      return;
    }
  for (guint i = 0; i < N_CHOICES; i++)
    if (ex->votes[i] > most)
      most = ex->votes[i], best = i;
  if (best != G_MAXUINT)
    response = g_strdup_printf ("%u", best);
  answer (ex, response);
}

static void
entry_activate_cb (GtkEntry *entry,
                   gpointer  data)
{
  answer_clicked_cb (NULL, data);
}

/* Step, in exercise mode: the question first. */
static gboolean
step_filter (MmsWindow *window,
             gpointer   data)
{
  Exercise *ex = data;
  const MmsQuestion *q;
  guint next;

  if (!ex->active || mms_window_get_runner (window) == NULL)
    return FALSE;
  if (ex->pending != NULL
      && (mms_runner_get_scenario (mms_window_get_runner (window)) != ex->scenario
          || mms_window_get_position (window) + 1 != ex->pending->step))
    ex->pending = NULL;   /* asked about a state the window has left */
  if (ex->pending != NULL)
    return TRUE;   /* the question waits for its answer */
  ensure_questions (ex);
  next = mms_window_get_position (window) + 1;
  if (next > mms_window_get_n_steps (window))
    return FALSE;
  q = question_for_step (ex, next);
  if (q == NULL)
    return FALSE;
  if (mms_presentation_get_active (window))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ex->vote_toggle), TRUE);
  show_question (ex, q);
  return TRUE;
}

static void
exercise_change_state_cb (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       data)
{
  Exercise *ex = data;

  g_simple_action_set_state (action, state);
  ex->active = g_variant_get_boolean (state);
  gtk_revealer_set_reveal_child (GTK_REVEALER (ex->revealer), ex->active);
  if (!ex->active)
    ex->pending = NULL;
  else
    {
      ensure_questions (ex);
      gtk_label_set_text (ex->question_label,
                          _("Predict, then see: Step asks a question about the next step."));
      update_score (ex);
    }
}

void
mms_exercise_install (MmsWindow    *window,
                      GtkBox       *column,
                      GtkHeaderBar *header)
{
  static const GActionEntry entries[] = {
    { "exercise", NULL, NULL, "false", exercise_change_state_cb },
  };
  Exercise *ex = g_new0 (Exercise, 1);
  GtkWidget *toggle = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name ("dialog-question-symbolic", GTK_ICON_SIZE_BUTTON);

  ex->window = window;
  g_object_set_data_full (G_OBJECT (window), "mms-exercise", ex, exercise_free);
  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), ex);
  mms_window_set_step_filter (window, step_filter, ex);

  gtk_container_add (GTK_CONTAINER (toggle), image);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "win.exercise");
  gtk_widget_set_tooltip_text (toggle, _("Exercise mode: predict each step, then see it"));
  gtk_header_bar_pack_end (header, toggle);
  gtk_widget_show_all (toggle);

  ex->question_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (ex->question_label, 0.0);
  gtk_label_set_line_wrap (ex->question_label, TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (ex->question_label)),
                               "mms-question");
  ex->choices_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  ex->entry = gtk_entry_new ();
  gtk_entry_set_width_chars (GTK_ENTRY (ex->entry), 24);
  g_signal_connect (ex->entry, "activate", G_CALLBACK (entry_activate_cb), ex);
  ex->answer_button = gtk_button_new_with_label (_("Answer"));
  g_signal_connect (ex->answer_button, "clicked", G_CALLBACK (answer_clicked_cb), ex);
  ex->reveal_button = gtk_button_new_with_label (_("Reveal"));
  gtk_widget_set_tooltip_text (ex->reveal_button,
                               _("Mark the class's answer (the most votes) and run the step"));
  g_signal_connect (ex->reveal_button, "clicked", G_CALLBACK (reveal_clicked_cb), ex);
  ex->vote_toggle = gtk_check_button_new_with_label (_("Class vote"));
  gtk_widget_set_tooltip_text (ex->vote_toggle,
                               _("The class votes on the choices; the teacher reveals the answer"));
  ex->score_label = GTK_LABEL (gtk_label_new (NULL));
  ex->feedback_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (ex->feedback_label, 0.0);
  gtk_label_set_line_wrap (ex->feedback_label, TRUE);
  gtk_label_set_selectable (ex->feedback_label, TRUE);

  gtk_box_pack_start (GTK_BOX (row), ex->entry, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (row), ex->answer_button, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (row), ex->reveal_button, FALSE, FALSE, 0);
  gtk_box_pack_end (GTK_BOX (row), GTK_WIDGET (ex->score_label), FALSE, FALSE, 0);
  gtk_box_pack_end (GTK_BOX (row), ex->vote_toggle, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), GTK_WIDGET (ex->question_label), FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), ex->choices_box, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), row, FALSE, FALSE, 0);
  gtk_box_pack_start (GTK_BOX (box), GTK_WIDGET (ex->feedback_label), FALSE, FALSE, 0);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_style_context_add_class (gtk_widget_get_style_context (box), "mms-exercise");

  ex->revealer = gtk_revealer_new ();
  gtk_container_add (GTK_CONTAINER (ex->revealer), box);
  gtk_widget_show_all (ex->revealer);
  gtk_widget_hide (ex->entry);
  gtk_widget_hide (ex->reveal_button);
  gtk_revealer_set_reveal_child (GTK_REVEALER (ex->revealer), FALSE);
  gtk_box_pack_start (column, ex->revealer, FALSE, FALSE, 0);
  /* Under the info bar and the narration. */
  gtk_box_reorder_child (column, ex->revealer, 2);
  update_score (ex);
}

const MmsQuestion *
mms_exercise_get_pending (MmsWindow *window)
{
  return exercise_of (window)->pending;
}

guint
mms_exercise_get_score (MmsWindow *window,
                        guint     *asked)
{
  Exercise *ex = exercise_of (window);

  if (asked != NULL)
    *asked = ex->asked;
  return ex->right;
}

GtkWidget *
mms_exercise_get_choice (MmsWindow *window,
                         guint      index)
{
  return index < N_CHOICES ? exercise_of (window)->choices[index] : NULL;
}

GtkWidget *
mms_exercise_get_entry (MmsWindow *window)
{
  return exercise_of (window)->entry;
}

GtkWidget *
mms_exercise_get_answer_button (MmsWindow *window)
{
  return exercise_of (window)->answer_button;
}

GtkWidget *
mms_exercise_get_reveal_button (MmsWindow *window)
{
  return exercise_of (window)->reveal_button;
}

GtkWidget *
mms_exercise_get_vote_toggle (MmsWindow *window)
{
  return exercise_of (window)->vote_toggle;
}

const char *
mms_exercise_get_feedback (MmsWindow *window)
{
  return gtk_label_get_text (exercise_of (window)->feedback_label);
}

const char *
mms_exercise_get_score_text (MmsWindow *window)
{
  return gtk_label_get_text (exercise_of (window)->score_label);
}
