/* mms-step-list.c: the steps of the scenario, and a scrubber over them. */
#include "mms-config.h"

#include "mms-step-list.h"

#include "mms-i18n.h"
#include "mms-window.h"

#include <string.h>

/* Whether the messages are in Chinese: the notes then are too (a note's
 * note.zh_CN line), as in the window's narration. */
static gboolean
want_chinese (void)
{
  const char * const *langs = g_get_language_names ();

  return langs[0] != NULL && (g_str_has_prefix (langs[0], "zh_CN") || strcmp (langs[0], "zh") == 0);
}

struct _MmsStepList
{
  GtkBox parent_instance;

  GtkScale *scale;
  GtkListBox *list;
  GtkScrolledWindow *scrolled;
  guint n_steps;
  guint position;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (MmsStepList, mms_step_list, GTK_TYPE_BOX)

static void
goto_step (MmsStepList *self,
           guint        step)
{
  mms_window_activate_action (GTK_WIDGET (self), "goto-step", g_variant_new_uint32 (step));
}

static void
scale_value_changed_cb (GtkRange    *range,
                        MmsStepList *self)
{
  guint step = (guint) (gtk_range_get_value (range) + 0.5);

  if (self->updating || step == self->position)
    return;
  goto_step (self, step);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  MmsStepList   *self)
{
  if (!self->updating)
    goto_step (self, (guint) gtk_list_box_row_get_index (row));
}

static GtkWidget *
row_new (const char *number,
         const char *text,
         const char *tooltip)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *num = gtk_label_new (number);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (num), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (num), 3);
  gtk_style_context_add_class (gtk_widget_get_style_context (num), "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "mms-step-text");
  gtk_container_add (GTK_CONTAINER (box), num);
  gtk_container_add (GTK_CONTAINER (box), label);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (box, tooltip);
  gtk_widget_show_all (box);
  return box;
}

void
mms_step_list_set_scenario (MmsStepList *self,
                            MmsScenario *scenario)
{
  g_autoptr(GList) children = NULL;

  g_return_if_fail (MMS_IS_STEP_LIST (self));

  self->updating = TRUE;
  children = gtk_container_get_children (GTK_CONTAINER (self->list));
  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  self->n_steps = scenario != NULL ? scenario->steps->len : 0;
  gtk_container_add (GTK_CONTAINER (self->list), row_new ("0", _("boot"), NULL));
  for (guint i = 0; i < self->n_steps; i++)
    {
      const MmsStmt *stmt = scenario->steps->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      /* The note in the user's language, as the narration shows it. */
      gtk_container_add (GTK_CONTAINER (self->list),
                         row_new (number, stmt->text,
                                  want_chinese () && stmt->note_zh_CN != NULL ? stmt->note_zh_CN : stmt->note));
    }
  gtk_range_set_range (GTK_RANGE (self->scale), 0, MAX (1, self->n_steps));
  gtk_scale_clear_marks (self->scale);
  /* No tick marks: in a narrow timeline GTK draws them with negative
   * sizes and warns (the monkey test found it); the list shows the steps. */
  self->updating = FALSE;
  self->position = G_MAXUINT;
}

void
mms_step_list_set_position (MmsStepList *self,
                            guint        step)
{
  GtkListBoxRow *row;

  g_return_if_fail (MMS_IS_STEP_LIST (self));
  if (step == self->position)
    return;
  self->updating = TRUE;
  self->position = step;
  gtk_range_set_value (GTK_RANGE (self->scale), step);
  row = gtk_list_box_get_row_at_index (self->list, (int) step);
  gtk_list_box_select_row (self->list, row);
  if (row != NULL && gtk_widget_get_realized (GTK_WIDGET (row)))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scrolled);
      GtkAllocation alloc;

      gtk_widget_get_allocation (GTK_WIDGET (row), &alloc);
      if (alloc.y < gtk_adjustment_get_value (adj)
          || alloc.y + alloc.height > gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj))
        gtk_adjustment_set_value (adj, alloc.y - gtk_adjustment_get_page_size (adj) / 3);
    }
  self->updating = FALSE;
}

static void
mms_step_list_class_init (MmsStepListClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "mmssteplist");
}

static void
mms_step_list_init (MmsStepList *self)
{
  GtkWidget *heading;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 4);

  heading = gtk_label_new (_("Steps"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_style_context_add_class (gtk_widget_get_style_context (heading), "heading");
  gtk_widget_set_margin_start (heading, 6);
  gtk_widget_set_margin_top (heading, 4);
  gtk_container_add (GTK_CONTAINER (self), heading);

  self->scale = GTK_SCALE (gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 1, 1));
  gtk_scale_set_draw_value (self->scale, FALSE);
  /* Never narrower than its slider, however small the window gets. */
  gtk_widget_set_size_request (GTK_WIDGET (self->scale), 96, -1);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->scale), _("Drag to go to any step"));
  g_signal_connect (self->scale, "value-changed", G_CALLBACK (scale_value_changed_cb), self);
  gtk_container_add (GTK_CONTAINER (self), GTK_WIDGET (self->scale));

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new (NULL, NULL));
  gtk_scrolled_window_set_policy (self->scrolled, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scrolled), TRUE);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_container_add (GTK_CONTAINER (self->scrolled), GTK_WIDGET (self->list));
  gtk_container_add (GTK_CONTAINER (self), GTK_WIDGET (self->scrolled));
  gtk_widget_show_all (GTK_WIDGET (self));
  self->position = G_MAXUINT;
}

GtkWidget *
mms_step_list_new (void)
{
  return g_object_new (MMS_TYPE_STEP_LIST, NULL);
}
