/* mms-window.c: the main window.
 *
 * Stepping back re-runs the scenario from the start, deterministically,
 * to the wanted step with a new runner (checkpoints come with the
 * animation work).  Before every move the scene view keeps a snapshot of
 * the state it leaves, so the new scene highlights what changed. */
#include "mms-config.h"

#include "mms-window.h"

#include <string.h>

#include "mms-builtin.h"

#define MAX_RECENT 6

struct _MmsWindow
{
  GtkApplicationWindow parent_instance;

  /* Template children. */
  GtkHeaderBar *header_bar;
  GtkMenuButton *scenario_button;
  GtkLabel *scenario_label;
  GtkToggleButton *play_button;
  GtkImage *play_image;
  GtkSpinButton *speed_spin;
  GtkAdjustment *speed_adjustment;
  GtkLabel *position_label;
  GtkMenuButton *menu_button;
  GtkComboBoxText *process_combo;
  GtkComboBoxText *view_combo;
  GtkInfoBar *info_bar;
  GtkLabel *error_label;
  GtkLabel *statement_label;
  GtkLabel *note_label;
  MmsSceneView *scene_view;

  char *target;
  MmsScenario *scenario;
  MmsRunner *runner;
  guint play_source;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (MmsWindow, mms_window, GTK_TYPE_APPLICATION_WINDOW)

static void update_ui (MmsWindow *self);
static void stop_playing (MmsWindow *self);

/* --- errors ------------------------------------------------------------ */

static void
show_error (MmsWindow    *self,
            const GError *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_show (GTK_WIDGET (self->info_bar));
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

static void
hide_error (MmsWindow *self)
{
  gtk_widget_hide (GTK_WIDGET (self->info_bar));
}

static void
info_bar_response_cb (GtkInfoBar *info_bar,
                      gint        response,
                      MmsWindow  *self)
{
  hide_error (self);
}

/* --- moving through the scenario --------------------------------------- */

/* Re-runs the open scenario from the start up to step N.  The state of
 * step N - 1 is snapshotted first, so that the view shows what step N
 * changed. */
static void
goto_step (MmsWindow *self,
           guint      n)
{
  g_autoptr(GError) error = NULL;
  MmsRunner *runner;

  if (self->scenario == NULL)
    return;
  n = MIN (n, self->scenario->steps->len);
  runner = mms_runner_new (self->scenario, &error);
  if (runner == NULL)
    {
      show_error (self, error);
      return;
    }
  mms_scene_view_set_runner (self->scene_view, NULL);
  g_clear_pointer (&self->runner, mms_runner_free);
  self->runner = runner;
  if (n > 0 && !mms_runner_run_until (runner, n - 1, &error))
    show_error (self, error);
  mms_scene_view_set_runner (self->scene_view, runner);
  if (n > 0 && error == NULL)
    {
      mms_scene_view_snapshot (self->scene_view);
      if (!mms_runner_step (runner, &error))
        show_error (self, error);
    }
  mms_scene_view_update (self->scene_view);
  update_ui (self);
}

static gboolean
step_forward (MmsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->runner == NULL || mms_runner_is_done (self->runner))
    return FALSE;
  mms_scene_view_snapshot (self->scene_view);
  if (!mms_runner_step (self->runner, &error))
    show_error (self, error);
  mms_scene_view_update (self->scene_view);
  update_ui (self);
  return error == NULL;
}

/* --- the narration ----------------------------------------------------- */

static gboolean
want_chinese (void)
{
  const char * const *langs = g_get_language_names ();

  return langs[0] != NULL && (g_str_has_prefix (langs[0], "zh_CN") || strcmp (langs[0], "zh") == 0);
}

static void
update_narration (MmsWindow *self)
{
  guint pos = mms_runner_get_position (self->runner);
  MmsMachine *machine = mms_runner_get_machine (self->runner);
  g_autofree char *statement = NULL;
  const char *note = NULL;

  if (pos == 0)
    {
      const MmsStmt *next = mms_runner_get_stmt (self->runner, 1);
      g_autofree char *ram = g_format_size_full (machine->ram, G_FORMAT_SIZE_IEC_UNITS);

      statement = g_strdup_printf ("boot: %s, %s of RAM", mms_arch_name (machine->arch), ram);
      if (next != NULL)
        note = want_chinese () && next->note_zh_CN != NULL ? next->note_zh_CN : next->note;
      if (note == NULL && next != NULL)
        note = "Step over (→) runs the first statement.";
    }
  else
    {
      const MmsStmt *stmt = mms_runner_get_stmt (self->runner, pos);
      const MmsStepResult *result = mms_runner_get_result (self->runner);

      if (result != NULL && result->err != 0)
        statement = g_strdup_printf ("%u. %s    → fails: %s", pos, stmt->text, mms_errno_name (result->err));
      else if (result != NULL && result->segv)
        statement = g_strdup_printf ("%u. %s    → SIGSEGV", pos, stmt->text);
      else if (result != NULL && result->summary != NULL && result->summary[0] != '\0')
        statement = g_strdup_printf ("%u. %s    → %s", pos, stmt->text, result->summary);
      else
        statement = g_strdup_printf ("%u. %s", pos, stmt->text);
      note = want_chinese () && stmt->note_zh_CN != NULL ? stmt->note_zh_CN : stmt->note;
      if (note == NULL && mms_runner_is_done (self->runner))
        note = want_chinese () && self->scenario->trailing_note_zh_CN != NULL
               ? self->scenario->trailing_note_zh_CN : self->scenario->trailing_note;
    }
  gtk_label_set_text (self->statement_label, statement);
  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
}

/* --- the process switcher ---------------------------------------------- */

static void
update_processes (MmsWindow *self)
{
  MmsMachine *machine = mms_runner_get_machine (self->runner);
  g_autofree char *active = g_strdup (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->process_combo)));
  gboolean found = FALSE;

  self->updating = TRUE;
  gtk_combo_box_text_remove_all (self->process_combo);
  gtk_combo_box_text_append (self->process_combo, "0", "All processes");
  for (guint i = 0; machine->tasks != NULL && i < machine->tasks->len; i++)
    {
      struct task_struct *task = g_ptr_array_index (machine->tasks, i);
      g_autofree char *id = NULL;
      g_autofree char *text = NULL;

      if (task->state != MMS_TASK_RUNNING || task->mm == NULL)
        continue;
      id = g_strdup_printf ("%d", task->pid);
      text = g_strdup_printf ("%s (pid %d)", task->comm, task->pid);
      gtk_combo_box_text_append (self->process_combo, id, text);
      if (g_strcmp0 (id, active) == 0)
        found = TRUE;
    }
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->process_combo), found ? active : "0");
  self->updating = FALSE;
  if (!found && active != NULL && strcmp (active, "0") != 0)
    g_action_group_activate_action (G_ACTION_GROUP (self), "process", g_variant_new_int32 (0));
}

static void
update_actions (MmsWindow *self)
{
  gboolean loaded = self->runner != NULL;
  guint pos = loaded ? mms_runner_get_position (self->runner) : 0;
  gboolean done = !loaded || mms_runner_is_done (self->runner);
  const char *forward[] = { "step", "go-end", "play" };

  for (guint i = 0; i < G_N_ELEMENTS (forward); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), forward[i])),
                                 !done || (i == 2 && self->play_source != 0));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "back")), pos > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "reset")), pos > 0);
}

static void
update_ui (MmsWindow *self)
{
  g_autofree char *position = NULL;
  const char *title;

  if (self->runner == NULL)
    return;
  title = self->scenario->title != NULL ? self->scenario->title : self->target;
  gtk_label_set_text (self->scenario_label, title);
  gtk_header_bar_set_subtitle (self->header_bar, NULL);
  position = g_strdup_printf ("step %u of %u", mms_runner_get_position (self->runner),
                              mms_runner_get_n_steps (self->runner));
  gtk_label_set_text (self->position_label, position);
  update_narration (self);
  update_processes (self);
  update_actions (self);
}

/* --- the scenario menu ------------------------------------------------- */

static void
rebuild_scenario_menu (MmsWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) builtins = g_menu_new ();
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) recent = g_menu_new ();
  g_auto(GStrv) names = mms_builtin_list ();
  GList *items;
  guint n_recent = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(MmsScenario) scenario = mms_scenario_open (names[i], NULL);
      g_autoptr(GMenuItem) item = NULL;

      item = g_menu_item_new (scenario != NULL && scenario->title != NULL ? scenario->title : names[i], NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-builtin", g_variant_new_string (names[i]));
      g_menu_append_item (builtins, item);
    }
  g_menu_append_section (menu, "Built-in scenarios", G_MENU_MODEL (builtins));

  g_menu_append (files, "Open a scenario file…", "win.open");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (files));

  items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  for (GList *l = items; l != NULL && n_recent < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *base = NULL;

      if (path == NULL || !g_str_has_suffix (path, ".mms") || !g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      base = g_path_get_basename (path);
      item = g_menu_item_new (base, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-file", g_variant_new_string (path));
      g_menu_append_item (recent, item);
      n_recent++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  if (n_recent > 0)
    g_menu_append_section (menu, "Recent files", G_MENU_MODEL (recent));

  gtk_menu_button_set_menu_model (self->scenario_button, G_MENU_MODEL (menu));
}

gboolean
mms_window_open (MmsWindow  *self,
                 const char *target,
                 guint       step)
{
  g_autoptr(GError) error = NULL;
  MmsScenario *scenario;

  g_return_val_if_fail (MMS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  scenario = mms_scenario_open (target, &error);
  if (scenario == NULL)
    {
      /* The scenario that was open stays. */
      show_error (self, error);
      return FALSE;
    }
  hide_error (self);
  stop_playing (self);
  mms_scene_view_set_runner (self->scene_view, NULL);
  g_clear_pointer (&self->runner, mms_runner_free);
  g_clear_pointer (&self->scenario, mms_scenario_free);
  g_free (self->target);
  self->target = g_strdup (target);
  self->scenario = scenario;

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_autofree char *uri = g_filename_to_uri (target, NULL, NULL);
      if (uri != NULL)
        gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      rebuild_scenario_menu (self);
    }
  goto_step (self, step);
  return TRUE;
}

/* --- playing ----------------------------------------------------------- */

static void
set_play_state (MmsWindow *self,
                gboolean   playing)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "play");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (playing));
  gtk_image_set_from_icon_name (self->play_image, playing ? "media-playback-pause-symbolic"
                                                          : "media-playback-start-symbolic", GTK_ICON_SIZE_BUTTON);
}

static void
stop_playing (MmsWindow *self)
{
  g_clear_handle_id (&self->play_source, g_source_remove);
  set_play_state (self, FALSE);
}

static gboolean
play_tick_cb (gpointer data)
{
  MmsWindow *self = data;

  if (!step_forward (self) || mms_runner_is_done (self->runner))
    {
      self->play_source = 0;
      set_play_state (self, FALSE);
      update_actions (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
start_playing (MmsWindow *self)
{
  guint ms = (guint) (gtk_adjustment_get_value (self->speed_adjustment) * 1000);

  g_clear_handle_id (&self->play_source, g_source_remove);
  self->play_source = g_timeout_add (MAX (50, ms), play_tick_cb, self);
  set_play_state (self, TRUE);
}

static void
speed_changed_cb (GtkAdjustment *adjustment,
                  MmsWindow     *self)
{
  if (self->play_source != 0)
    start_playing (self);
}

/* --- actions ----------------------------------------------------------- */

static void
step_activated_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  step_forward (MMS_WINDOW (data));
}

static void
back_activated_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  MmsWindow *self = data;

  if (self->runner != NULL && mms_runner_get_position (self->runner) > 0)
    goto_step (self, mms_runner_get_position (self->runner) - 1);
}

static void
reset_activated_cb (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  MmsWindow *self = data;

  stop_playing (self);
  goto_step (self, 0);
}

static void
go_end_activated_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  MmsWindow *self = data;

  stop_playing (self);
  if (self->scenario != NULL)
    goto_step (self, self->scenario->steps->len);
}

static void
goto_step_activated_cb (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       data)
{
  goto_step (MMS_WINDOW (data), g_variant_get_uint32 (param));
}

static void
play_change_state_cb (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       data)
{
  MmsWindow *self = data;

  if (g_variant_get_boolean (state) && self->runner != NULL && !mms_runner_is_done (self->runner))
    start_playing (self);
  else
    stop_playing (self);
  update_actions (self);
}

static void
open_builtin_activated_cb (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       data)
{
  mms_window_open (MMS_WINDOW (data), g_variant_get_string (param, NULL), 0);
}

static void
open_file_activated_cb (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       data)
{
  mms_window_open (MMS_WINDOW (data), g_variant_get_string (param, NULL), 0);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  gint             response,
                  MmsWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (dialog));
      if (path != NULL)
        mms_window_open (self, path, 0);
    }
  g_object_unref (dialog);
}

static void
open_activated_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  MmsWindow *self = data;
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  dialog = gtk_file_chooser_native_new ("Open a Scenario", GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        "_Open", "_Cancel");
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, "mmscope scenarios (*.mms)");
  gtk_file_filter_add_pattern (filter, "*.mms");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
view_change_state_cb (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       data)
{
  MmsWindow *self = data;
  MmsView view;

  if (!mms_view_from_name (g_variant_get_string (state, NULL), &view))
    return;
  g_simple_action_set_state (action, state);
  mms_scene_view_set_view (self->scene_view, view);
  self->updating = TRUE;
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->view_combo), mms_view_get_name (view));
  self->updating = FALSE;
}

static void
process_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       data)
{
  MmsWindow *self = data;
  g_autofree char *id = g_strdup_printf ("%d", g_variant_get_int32 (state));

  g_simple_action_set_state (action, state);
  mms_scene_view_set_pid (self->scene_view, g_variant_get_int32 (state));
  self->updating = TRUE;
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->process_combo), id);
  self->updating = FALSE;
}

static void
dark_change_state_cb (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       data)
{
  MmsWindow *self = data;
  gboolean dark = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  mms_scene_view_set_theme (self->scene_view, dark ? MMS_THEME_DARK : MMS_THEME_LIGHT);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

static void
zoom_in_activated_cb (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       data)
{
  MmsWindow *self = data;
  mms_scene_view_set_zoom (self->scene_view, mms_scene_view_get_zoom (self->scene_view) * 1.25);
}

static void
zoom_out_activated_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       data)
{
  MmsWindow *self = data;
  mms_scene_view_set_zoom (self->scene_view, mms_scene_view_get_zoom (self->scene_view) / 1.25);
}

static void
zoom_reset_activated_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  mms_scene_view_set_zoom (MMS_WINDOW (data)->scene_view, 1.0);
}

static void
close_activated_cb (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  gtk_window_close (GTK_WINDOW (data));
}

static const GActionEntry win_entries[] = {
  { "step", step_activated_cb, NULL, NULL, NULL },
  { "back", back_activated_cb, NULL, NULL, NULL },
  { "reset", reset_activated_cb, NULL, NULL, NULL },
  { "go-end", go_end_activated_cb, NULL, NULL, NULL },
  { "goto-step", goto_step_activated_cb, "u", NULL, NULL },
  { "play", NULL, NULL, "false", play_change_state_cb },
  { "open", open_activated_cb, NULL, NULL, NULL },
  { "open-builtin", open_builtin_activated_cb, "s", NULL, NULL },
  { "open-file", open_file_activated_cb, "s", NULL, NULL },
  { "view", NULL, "s", "'all'", view_change_state_cb },
  { "process", NULL, "i", "0", process_change_state_cb },
  { "dark", NULL, NULL, "false", dark_change_state_cb },
  { "zoom-in", zoom_in_activated_cb, NULL, NULL, NULL },
  { "zoom-out", zoom_out_activated_cb, NULL, NULL, NULL },
  { "zoom-reset", zoom_reset_activated_cb, NULL, NULL, NULL },
  { "close", close_activated_cb, NULL, NULL, NULL },
};

/* --- widgets' signals -------------------------------------------------- */

static void
view_combo_changed_cb (GtkComboBox *combo,
                       MmsWindow   *self)
{
  const char *id = gtk_combo_box_get_active_id (combo);

  if (self->updating || id == NULL)
    return;
  g_action_group_change_action_state (G_ACTION_GROUP (self), "view", g_variant_new_string (id));
}

static void
process_combo_changed_cb (GtkComboBox *combo,
                          MmsWindow   *self)
{
  const char *id = gtk_combo_box_get_active_id (combo);

  if (self->updating || id == NULL)
    return;
  g_action_group_change_action_state (G_ACTION_GROUP (self), "process",
                                      g_variant_new_int32 ((gint32) g_ascii_strtoll (id, NULL, 10)));
}

static void
view_activated_cb (MmsSceneView *view,
                   const char   *name,
                   MmsWindow    *self)
{
  g_action_group_change_action_state (G_ACTION_GROUP (self), "view", g_variant_new_string (name));
}

static void
drag_data_received_cb (GtkWidget        *widget,
                       GdkDragContext   *context,
                       gint              x,
                       gint              y,
                       GtkSelectionData *data,
                       guint             info,
                       guint             time,
                       MmsWindow        *self)
{
  g_auto(GStrv) uris = gtk_selection_data_get_uris (data);
  gboolean ok = FALSE;

  if (uris != NULL && uris[0] != NULL)
    {
      g_autofree char *path = g_filename_from_uri (uris[0], NULL, NULL);
      if (path != NULL)
        ok = mms_window_open (self, path, 0);
    }
  gtk_drag_finish (context, ok, FALSE, time);
}

/* --- the type ---------------------------------------------------------- */

static void
mms_window_dispose (GObject *object)
{
  MmsWindow *self = MMS_WINDOW (object);

  g_clear_handle_id (&self->play_source, g_source_remove);
  if (self->scene_view != NULL)
    mms_scene_view_set_runner (self->scene_view, NULL);
  g_clear_pointer (&self->runner, mms_runner_free);
  g_clear_pointer (&self->scenario, mms_scenario_free);
  G_OBJECT_CLASS (mms_window_parent_class)->dispose (object);
}

static void
mms_window_finalize (GObject *object)
{
  MmsWindow *self = MMS_WINDOW (object);

  g_free (self->target);
  G_OBJECT_CLASS (mms_window_parent_class)->finalize (object);
}

static void
mms_window_class_init (MmsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mms_window_dispose;
  object_class->finalize = mms_window_finalize;

  g_type_ensure (MMS_TYPE_SCENE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/mmscope/Mmscope/ui/mms-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, scenario_button);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, scenario_label);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, play_image);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, speed_spin);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, speed_adjustment);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, process_combo);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, view_combo);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, statement_label);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, note_label);
  gtk_widget_class_bind_template_child (widget_class, MmsWindow, scene_view);
  gtk_widget_class_bind_template_callback (widget_class, info_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_activated_cb);
}

static void
mms_window_init (MmsWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) zoom = g_menu_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);

  gtk_combo_box_text_append (self->view_combo, "all", mms_view_get_title (MMS_VIEW_ALL));
  for (MmsView v = 0; v < MMS_VIEW_ALL; v++)
    gtk_combo_box_text_append (self->view_combo, mms_view_get_name (v), mms_view_get_title (v));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->view_combo), "all");
  g_signal_connect (self->view_combo, "changed", G_CALLBACK (view_combo_changed_cb), self);
  g_signal_connect (self->process_combo, "changed", G_CALLBACK (process_combo_changed_cb), self);
  g_signal_connect (self->speed_adjustment, "value-changed", G_CALLBACK (speed_changed_cb), self);

  g_menu_append (menu, "Dark theme", "win.dark");
  g_menu_append (zoom, "Zoom in", "win.zoom-in");
  g_menu_append (zoom, "Zoom out", "win.zoom-out");
  g_menu_append (zoom, "Actual size", "win.zoom-reset");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (zoom));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));

  rebuild_scenario_menu (self);

  /* A .mms file dropped on the window opens. */
  gtk_drag_dest_set (GTK_WIDGET (self), GTK_DEST_DEFAULT_ALL, NULL, 0, GDK_ACTION_COPY);
  gtk_drag_dest_add_uri_targets (GTK_WIDGET (self));
  g_signal_connect (self, "drag-data-received", G_CALLBACK (drag_data_received_cb), self);
}

MmsWindow *
mms_window_new (MmsApplication *app)
{
  return g_object_new (MMS_TYPE_WINDOW, "application", app, NULL);
}

const char *
mms_window_get_target (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return self->target;
}

guint
mms_window_get_position (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), 0);
  return self->runner != NULL ? mms_runner_get_position (self->runner) : 0;
}

guint
mms_window_get_n_steps (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), 0);
  return self->runner != NULL ? mms_runner_get_n_steps (self->runner) : 0;
}

MmsRunner *
mms_window_get_runner (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return self->runner;
}

const char *
mms_window_get_error (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->info_bar)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

const char *
mms_window_get_statement_text (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->statement_label);
}

const char *
mms_window_get_note_text (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->note_label);
}

MmsSceneView *
mms_window_get_scene_view (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return self->scene_view;
}
