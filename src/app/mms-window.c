/* mms-window.c: the main window.
 *
 * Stepping is a debugger's (mms-player.c): step over runs a statement,
 * step into one event of it, and each event is animated; going back is
 * time travel by the runner's checkpoints, never reverse logic.  The
 * console under the views appends statements to the open scenario as new
 * steps, and the session can be saved as a .mms file. */
#include "mms-config.h"

#include "mms-window.h"
#include "mms-process-open.h"

#include <string.h>

#include "mms-builtin.h"
#include "mms-window-extras.h"
#include "mms-i18n.h"
#include "mms-import.h"
#include "mms-console.h"
#include "mms-exercise.h"
#include "mms-player.h"
#include "mms-step-list.h"

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

  /* Debugger-style stepping (mms-player.c), the steps, the console. */
  MmsPlayer *player;
  MmsStepList *step_list;
  MmsConsole *console;
  GtkLabel *event_label;
  GtkLabel *chain_label;
  GtkLabel *event_position_label;
  guint rebuild_source;

  /* Exercise mode's say before a step (mms-exercise.c). */
  MmsWindowStepFilter step_filter;
  gpointer step_filter_data;
};

G_DEFINE_FINAL_TYPE (MmsWindow, mms_window, GTK_TYPE_APPLICATION_WINDOW)

static void update_ui (MmsWindow *self);
static void stop_playing (MmsWindow *self);
static void update_debugger (MmsWindow *self);

/* --- errors ------------------------------------------------------------ */

static void
show_error (MmsWindow    *self,
            const GError *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_show (GTK_WIDGET (self->info_bar));
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

void
mms_window_report_error (MmsWindow    *self,
                         const GError *error)
{
  g_return_if_fail (MMS_IS_WINDOW (self) && error != NULL);
  show_error (self, error);
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

/* Goes to the state after step N by time travel (mms_runner_goto through
 * the player), with step N's events captured for stepping into them.  The
 * runner is made, with time travel on, when a scenario opens. */
static void
goto_step (MmsWindow *self,
           guint      n)
{
  g_autoptr(GError) error = NULL;

  if (self->scenario == NULL)
    return;
  if (self->runner == NULL)
    {
      MmsRunner *runner = mms_runner_new (self->scenario, &error);

      if (runner == NULL)
        {
          show_error (self, error);
          return;
        }
      self->runner = runner;
      mms_scene_view_set_runner (self->scene_view, runner);
      mms_player_set_runner (self->player, runner);
      mms_step_list_set_scenario (self->step_list, self->scenario);
    }
  if (!mms_player_goto (self->player, MIN (n, self->scenario->steps->len), &error))
    show_error (self, error);
  update_ui (self);
}

static gboolean
step_forward (MmsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->runner == NULL)
    return FALSE;
  if (!mms_player_step_over (self->player, &error) && error != NULL)
    show_error (self, error);
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

      /* Translators: %1$s is an architecture (x86_64, i386), %2$s a size ("64 MiB"). */
      statement = g_strdup_printf (_("boot: %s, %s of RAM"), mms_arch_name (machine->arch), ram);
      if (next != NULL)
        note = want_chinese () && next->note_zh_CN != NULL ? next->note_zh_CN : next->note;
      if (note == NULL && next != NULL)
        note = _("Step over (→) runs the first statement.");
    }
  else
    {
      const MmsStmt *stmt = mms_runner_get_stmt (self->runner, pos);
      const MmsStepResult *result = mms_runner_get_result (self->runner);

      if (result != NULL && result->err != 0)
        /* Translators: %1$u is a step number, %2$s the statement, %3$s an errno name (ENOMEM). */
        statement = g_strdup_printf (_("%u. %s    → fails: %s"), pos, stmt->text, mms_errno_name (result->err));
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

/* Whether the task PID runs (a thread group's leader). */
static gboolean
leader_alive (MmsMachine *machine,
              gint        pid)
{
  for (guint i = 0; i < machine->tasks->len; i++)
    {
      struct task_struct *task = g_ptr_array_index (machine->tasks, i);

      if (task->pid == pid)
        return task->state == MMS_TASK_RUNNING && task->mm != NULL;
    }
  return FALSE;
}

static void
update_processes (MmsWindow *self)
{
  MmsMachine *machine = mms_runner_get_machine (self->runner);
  g_autofree char *active = g_strdup (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->process_combo)));
  gboolean found = FALSE;

  self->updating = TRUE;
  gtk_combo_box_text_remove_all (self->process_combo);
  gtk_combo_box_text_append (self->process_combo, "0", _("All processes"));
  /* Each process (a thread group's leader), then its threads under it,
   * indented.  A thread whose leader is gone (exit of the leader alone
   * is not modelled: it is exit_group) would be listed as a process. */
  for (guint i = 0; machine->tasks != NULL && i < machine->tasks->len; i++)
    {
      struct task_struct *leader = g_ptr_array_index (machine->tasks, i);

      if (leader->state != MMS_TASK_RUNNING || leader->mm == NULL
          || (leader->tgid != leader->pid && leader_alive (machine, leader->tgid)))
        continue;
      for (guint j = i; j < machine->tasks->len; j++)
        {
          struct task_struct *task = g_ptr_array_index (machine->tasks, j);
          g_autofree char *id = NULL;
          g_autofree char *text = NULL;

          if (task->state != MMS_TASK_RUNNING || task->mm == NULL)
            continue;
          if (j == i)
            text = g_strdup_printf ("%s (pid %d)", task->comm, task->pid);
          else if (task->tgid == leader->pid && task->pid != leader->pid)
            /* Translators: a thread in the process switcher, under its process. */
            text = g_strdup_printf (_("    %s (thread, pid %d)"), task->comm, task->pid);
          else
            continue;
          id = g_strdup_printf ("%d", task->pid);
          gtk_combo_box_text_append (self->process_combo, id, text);
          if (g_strcmp0 (id, active) == 0)
            found = TRUE;
        }
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
  gboolean done = !loaded || (mms_runner_is_done (self->runner)
                               && mms_timeline_at_step_end (mms_player_get_timeline (self->player)));
  const char *forward[] = { "step", "go-end", "play", "step-over", "step-into" };
  const char *backward[] = { "back", "reset", "step-back", "event-back" };

  for (guint i = 0; i < G_N_ELEMENTS (forward); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), forward[i])),
                                 !done || (i == 2 && self->player != NULL && mms_player_get_playing (self->player)));
  for (guint i = 0; i < G_N_ELEMENTS (backward); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), backward[i])),
                                 pos > 0);
}

static void
update_ui (MmsWindow *self)
{
  g_autofree char *position = NULL;
  const char *title;

  if (self->runner == NULL)
    return;
  /* The built-in scenarios' titles are in the catalogue (mms-builtin-titles.c). */
  title = self->scenario->title != NULL ? _(self->scenario->title) : self->target;
  gtk_label_set_text (self->scenario_label, title);
  gtk_header_bar_set_subtitle (self->header_bar, NULL);
  /* Translators: the position in the scenario: step %1$u of %2$u. */
  position = g_strdup_printf (_("step %u of %u"), mms_runner_get_position (self->runner),
                              mms_runner_get_n_steps (self->runner));
  gtk_label_set_text (self->position_label, position);
  update_narration (self);
  update_processes (self);
  update_actions (self);
  update_debugger (self);
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

      item = g_menu_item_new (scenario != NULL && scenario->title != NULL ? _(scenario->title) : names[i], NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-builtin", g_variant_new_string (names[i]));
      g_menu_append_item (builtins, item);
    }
  g_menu_append_section (menu, _("Built-in scenarios"), G_MENU_MODEL (builtins));

  g_menu_append (files, _("Open a scenario file…"), "win.open");
  g_menu_append (files, _("Open a running process…"), "win.open-process-dialog");
  g_menu_append (files, _("Refresh the running process"), "win.refresh-process");
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
    g_menu_append_section (menu, _("Recent files"), G_MENU_MODEL (recent));

  {
    /* GTK 3 leaves the old popover alive, unparented, when a new model is
     * set; destroy it, or a later theme change styles a dead widget. */
    GtkPopover *old = gtk_menu_button_get_popover (self->scenario_button);
    if (old != NULL)
      g_object_ref (old);
    gtk_menu_button_set_menu_model (self->scenario_button, G_MENU_MODEL (menu));
    if (old != NULL && old != gtk_menu_button_get_popover (self->scenario_button))
      gtk_widget_destroy (GTK_WIDGET (old));
    g_clear_object (&old);
  }
}

/* Runs SCENARIO from the boot to its end on a machine of its own, without
 * events.  A scenario that fails at run time (an expect at boot or after
 * a step, an unbound label, a process that has exited) is refused when it
 * opens, as `mmscope-cli run` refuses it: opened, it would have replaced
 * the open one and then stopped half-way, with time travel past the
 * failing step impossible. */
static gboolean
check_scenario (MmsScenario  *scenario,
                GError      **error)
{
  g_autoptr(MmsRunner) runner = mms_runner_new (scenario, error);

  if (runner == NULL)
    return FALSE;
  mms_runner_set_record_events (runner, FALSE);
  return mms_runner_run_until (runner, scenario->steps->len, error);
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
  if (scenario != NULL && !check_scenario (scenario, &error))
    g_clear_pointer (&scenario, mms_scenario_free);
  if (scenario == NULL)
    {
      /* The scenario that was open stays. */
      show_error (self, error);
      return FALSE;
    }
  hide_error (self);
  stop_playing (self);
  mms_player_set_runner (self->player, NULL);
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

/* Playing is the player's: a step, its animation, a short pause, the next. */
static void
stop_playing (MmsWindow *self)
{
  if (self->player != NULL)
    mms_player_set_playing (self->player, FALSE);
  set_play_state (self, FALSE);
}

static void
start_playing (MmsWindow *self)
{
  mms_player_set_speed (self->player, gtk_adjustment_get_value (self->speed_adjustment));
  mms_player_set_playing (self->player, TRUE);
  set_play_state (self, mms_player_get_playing (self->player));
}

static void
speed_changed_cb (GtkAdjustment *adjustment,
                  MmsWindow     *self)
{
  if (self->player != NULL)
    mms_player_set_speed (self->player, gtk_adjustment_get_value (adjustment));
}

/* --- actions ----------------------------------------------------------- */

static void
step_activated_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  MmsWindow *self = MMS_WINDOW (data);

  /* Exercise mode asks its question first and steps once it is answered. */
  if (self->step_filter != NULL && self->step_filter (self, self->step_filter_data))
    return;
  step_forward (self);
}

static void
back_activated_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  MmsWindow *self = data;
  g_autoptr(GError) error = NULL;

  /* Step back: to the state before the step shown (time travel). */
  if (self->runner != NULL && !mms_player_step_back (self->player, &error) && error != NULL)
    show_error (self, error);
  update_ui (self);
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

  dialog = gtk_file_chooser_native_new (_("Open a Scenario"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("mmscope scenarios (*.mms)"));
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

/* win.vma-tree: "rbtree" (Linux 2.6 to 6.0, the course notes) or "maple"
 * (Linux 6.1 and later); exports follow it too. */
static void
vma_tree_change_state_cb (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       data)
{
  MmsWindow *self = data;
  const char *tree = g_variant_get_string (state, NULL);

  if (!g_str_equal (tree, "rbtree") && !g_str_equal (tree, "maple"))
    return;
  g_simple_action_set_state (action, state);
  mms_scene_view_set_maple_tree (self->scene_view, g_str_equal (tree, "maple"));
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

/* --- debugger-style stepping, the console ------------------------------ */

static void
step_into_activated_cb (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       data)
{
  MmsWindow *self = data;
  g_autoptr(GError) error = NULL;

  if (self->runner != NULL && !mms_player_step_into (self->player, &error) && error != NULL)
    show_error (self, error);
  update_ui (self);
}

static void
event_back_activated_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  MmsWindow *self = data;
  g_autoptr(GError) error = NULL;

  if (self->runner != NULL && !mms_player_event_back (self->player, &error) && error != NULL)
    show_error (self, error);
  update_ui (self);
}

static void
skip_animation_activated_cb (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       data)
{
  mms_player_skip (MMS_WINDOW (data)->player);
}

static void
animate_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       data)
{
  g_simple_action_set_state (action, state);
  mms_player_set_animate (MMS_WINDOW (data)->player, g_variant_get_boolean (state));
}

/* Runs TEXT as a new step after the last one.  An error (the parser's or
 * the runner's, FILE:LINE:COLUMN: error: ...) shows under the console and
 * leaves the scenario and the state as they were. */
static void
console_run_activated_cb (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       data)
{
  MmsWindow *self = data;
  g_autoptr(GError) error = NULL;
  const char *text = g_variant_get_string (param, NULL);
  guint n;

  if (self->runner == NULL)
    return;
  stop_playing (self);
  n = self->scenario->steps->len;
  /* The new step comes after the last one: go there first. */
  if (mms_runner_get_position (self->runner) < n && !mms_player_goto (self->player, n, &error))
    {
      mms_console_show_error (self->console, error->message);
      update_ui (self);
      return;
    }
  if (!mms_scenario_append_line (self->scenario, text, &error))
    {
      mms_console_show_error (self->console, error->message);
      return;
    }
  if (self->scenario->steps->len == n)
    {
      /* A note: it waits for the next step. */
      mms_console_clear (self->console);
      update_ui (self);
      return;
    }
  if (!mms_player_step_over (self->player, &error))
    {
      g_autoptr(GError) restore_error = NULL;

      /* A runtime error (an unknown label or process): forget the step
       * and travel back to the state before it. */
      mms_console_show_error (self->console, error != NULL ? error->message : _("the statement did not run"));
      /* A note typed before it waits for the next statement again: the
       * step took it, and the step is forgotten. */
      {
        const MmsStmt *failed = self->scenario->steps->pdata[n];

        if (self->scenario->trailing_note == NULL && failed->note != NULL)
          self->scenario->trailing_note = g_strdup (failed->note);
        if (self->scenario->trailing_note_zh_CN == NULL && failed->note_zh_CN != NULL)
          self->scenario->trailing_note_zh_CN = g_strdup (failed->note_zh_CN);
      }
      g_ptr_array_set_size (self->scenario->steps, n);
      mms_step_list_set_scenario (self->step_list, self->scenario);
      if (n > 0)
        mms_player_goto (self->player, n - 1, &restore_error);
      if (!mms_player_goto (self->player, n, &restore_error) && restore_error != NULL)
        show_error (self, restore_error);
      update_ui (self);
      return;
    }
  mms_console_clear (self->console);
  mms_step_list_set_scenario (self->step_list, self->scenario);
  update_ui (self);
}

/* Writes the scenario to PATH atomically (a temporary file, then a
 * rename), as mmscope-cli writes its files: a device such as /dev/null is
 * written in place, not replaced by a regular file, and a folder is
 * refused. */
static gboolean
save_session (MmsWindow   *self,
              const char  *path,
              GError     **error)
{
  g_autofree char *text = NULL;

  if (self->scenario == NULL)
    return FALSE;
  text = mms_scenario_to_text (self->scenario);
  return mms_import_write_atomic (path, text, -1, error);
}

static void
save_session_activated_cb (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       data)
{
  MmsWindow *self = data;
  g_autoptr(GError) error = NULL;

  if (!save_session (self, g_variant_get_string (param, NULL), &error) && error != NULL)
    show_error (self, error);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  gint             response,
                  MmsWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (path != NULL && !save_session (self, path, &error) && error != NULL)
        show_error (self, error);
    }
  g_object_unref (dialog);
}

static void
save_session_as_activated_cb (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       data)
{
  MmsWindow *self = data;
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->scenario == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Save the Session"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (dialog), TRUE);
  name = g_strdup_printf ("%s-session.mms", g_str_has_suffix (self->target, ".mms")
                          ? "scenario" : self->target);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const GActionEntry win_entries[] = {
  { "step", step_activated_cb, NULL, NULL, NULL },
  { "back", back_activated_cb, NULL, NULL, NULL },
  { "reset", reset_activated_cb, NULL, NULL, NULL },
  { "go-end", go_end_activated_cb, NULL, NULL, NULL },
  { "goto-step", goto_step_activated_cb, "u", NULL, NULL },
  { "step-over", step_activated_cb, NULL, NULL, NULL },
  { "step-into", step_into_activated_cb, NULL, NULL, NULL },
  { "event-back", event_back_activated_cb, NULL, NULL, NULL },
  { "step-back", back_activated_cb, NULL, NULL, NULL },
  { "skip-animation", skip_animation_activated_cb, NULL, NULL, NULL },
  { "animate", NULL, NULL, "true", animate_change_state_cb },
  { "vma-tree", NULL, "s", "'rbtree'", vma_tree_change_state_cb },
  { "console-run", console_run_activated_cb, "s", NULL, NULL },
  { "save-session", save_session_activated_cb, "s", NULL, NULL },
  { "save-session-as", save_session_as_activated_cb, NULL, NULL, NULL },
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

/* --- the debugger's widgets ------------------------------------------- */

/* The event shown, its call chain, where the step list is. */
static void
update_debugger (MmsWindow *self)
{
  g_autofree char *event = NULL;
  g_autofree char *chain = NULL;
  g_autofree char *where = NULL;
  guint n;

  if (self->runner == NULL || self->player == NULL)
    return;
  event = mms_player_describe_event (self->player);
  chain = mms_player_get_call_chain (self->player);
  n = mms_player_get_n_events (self->player);
  /* The labels keep their place when empty: the views do not jump. */
  gtk_label_set_text (self->event_label, event != NULL ? event : "");
  gtk_label_set_text (self->chain_label, chain != NULL ? chain : "");
  if (n > 0)
    /* Translators: the event shown of the step's events. */
    where = g_strdup_printf (_("event %u of %u"), mms_player_get_event (self->player), n);
  gtk_label_set_text (self->event_position_label, where != NULL ? where : "");
  mms_step_list_set_position (self->step_list, mms_runner_get_position (self->runner));
  set_play_state (self, mms_player_get_playing (self->player));
}

static void
player_changed_cb (MmsPlayer *player,
                   MmsWindow *self)
{
  update_debugger (self);
  update_actions (self);
}

/* Keys go to the console's entry first while it has the focus, so that
 * Space and the arrows edit the statement there instead of stepping. */
static gboolean
key_press_cb (GtkWidget   *widget,
              GdkEventKey *event,
              MmsWindow   *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return gtk_window_propagate_key_event (GTK_WINDOW (self), event);
  return GDK_EVENT_PROPAGATE;
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  MmsWindow *self = data;

  self->rebuild_source = 0;
  if (self->player != NULL)
    mms_player_rebuild (self->player);
  return G_SOURCE_REMOVE;
}

/* Another view or process: the step's keyframes are built again, later,
 * since going back to the step replaces the machine under the caller. */
static void
view_options_changed_cb (MmsWindow *self)
{
  if (self->updating || self->rebuild_source != 0)
    return;
  self->rebuild_source = g_idle_add (rebuild_idle_cb, self);
}

/* The steps take 280 pixels at first; the views the rest. */
static void
paned_size_allocate_cb (GtkWidget     *paned,
                        GdkRectangle  *allocation,
                        MmsWindow     *self)
{
  if (g_object_get_data (G_OBJECT (paned), "mms-placed") != NULL || allocation->width < 600)
    return;
  g_object_set_data (G_OBJECT (paned), "mms-placed", GINT_TO_POINTER (1));
  gtk_paned_set_position (GTK_PANED (paned), allocation->width - 280);
}

static void
install_debugger (MmsWindow *self)
{
  GtkWidget *narration = gtk_widget_get_parent (GTK_WIDGET (self->statement_label));
  GtkWidget *column = gtk_widget_get_parent (GTK_WIDGET (self->scene_view));
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *animate = gtk_check_button_new_with_label (_("Animate"));
  GtkWidget *into = gtk_button_new_with_label (_("Step into"));
  GtkWidget *out = gtk_button_new_with_label (_("Event back"));

  self->player = mms_player_new (self->scene_view);
  mms_player_set_speed (self->player, gtk_adjustment_get_value (self->speed_adjustment));
  g_signal_connect (self->player, "changed", G_CALLBACK (player_changed_cb), self);

  /* The event in words, and the kernel functions it is in. */
  self->event_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->event_label, 0.0);
  gtk_label_set_ellipsize (self->event_label, PANGO_ELLIPSIZE_END);
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->event_label)), "mms-event");
  gtk_container_add (GTK_CONTAINER (narration), GTK_WIDGET (self->event_label));
  self->chain_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->chain_label, 0.0);
  gtk_label_set_ellipsize (self->chain_label, PANGO_ELLIPSIZE_START);
  gtk_label_set_selectable (self->chain_label, TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self->chain_label), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chain_label), _("The kernel functions the current event is in"));
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->chain_label)), "mms-call-chain");
  gtk_container_add (GTK_CONTAINER (narration), GTK_WIDGET (self->chain_label));
  gtk_widget_show (GTK_WIDGET (self->event_label));
  gtk_widget_show (GTK_WIDGET (self->chain_label));

  /* The views and, beside them, the steps. */
  g_object_ref (self->scene_view);
  gtk_container_remove (GTK_CONTAINER (column), GTK_WIDGET (self->scene_view));
  gtk_paned_pack1 (GTK_PANED (paned), GTK_WIDGET (self->scene_view), TRUE, FALSE);
  g_object_unref (self->scene_view);
  self->step_list = MMS_STEP_LIST (mms_step_list_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->step_list), 200, -1);
  gtk_box_pack_start (GTK_BOX (side), GTK_WIDGET (self->step_list), TRUE, TRUE, 0);

  /* Step into, event back, where in the step, animate. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (into), "win.step-into");
  gtk_widget_set_tooltip_text (into, _("Step into: the next event (Right)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (out), "win.event-back");
  gtk_widget_set_tooltip_text (out, _("The previous event (Left)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (animate), "win.animate");
  gtk_widget_set_tooltip_text (animate, _("Animate each event; off skips the animation"));
  self->event_position_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (self->event_position_label, 14);
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->event_position_label)), "dim-label");
  gtk_box_pack_start (GTK_BOX (controls), out, TRUE, TRUE, 0);
  gtk_box_pack_start (GTK_BOX (controls), into, TRUE, TRUE, 0);
  gtk_label_set_xalign (self->event_position_label, 0.0);
  gtk_box_pack_start (GTK_BOX (status), GTK_WIDGET (self->event_position_label), FALSE, FALSE, 0);
  gtk_box_pack_end (GTK_BOX (status), animate, FALSE, FALSE, 0);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *row = i == 0 ? status : controls;

      gtk_widget_set_margin_start (row, 6);
      gtk_widget_set_margin_end (row, 6);
      gtk_widget_set_margin_bottom (row, 4);
      gtk_box_pack_start (GTK_BOX (side), row, FALSE, FALSE, 0);
    }
  gtk_paned_pack2 (GTK_PANED (paned), side, FALSE, TRUE);
  gtk_widget_set_vexpand (paned, TRUE);
  g_signal_connect (paned, "size-allocate", G_CALLBACK (paned_size_allocate_cb), self);
  gtk_widget_show_all (paned);
  gtk_container_add (GTK_CONTAINER (column), paned);

  self->console = MMS_CONSOLE (mms_console_new ());
  gtk_container_add (GTK_CONTAINER (column), GTK_WIDGET (self->console));

  g_signal_connect (self, "key-press-event", G_CALLBACK (key_press_cb), self);
  g_signal_connect_swapped (self->view_combo, "changed", G_CALLBACK (view_options_changed_cb), self);
  g_signal_connect_swapped (self->process_combo, "changed", G_CALLBACK (view_options_changed_cb), self);
}

/* --- the type ---------------------------------------------------------- */

static void
mms_window_dispose (GObject *object)
{
  MmsWindow *self = MMS_WINDOW (object);

  g_clear_handle_id (&self->play_source, g_source_remove);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->player != NULL)
    mms_player_set_runner (self->player, NULL);
  g_clear_object (&self->player);
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

  g_menu_append (menu, _("Dark theme"), "win.dark");
  {
    g_autoptr(GMenu) trees = g_menu_new ();
    g_menu_append (trees, _("VMA tree: red-black tree (Linux 2.6 to 6.0, the course notes)"),
                   "win.vma-tree::rbtree");
    g_menu_append (trees, _("VMA tree: maple tree (Linux 6.1 and later)"), "win.vma-tree::maple");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (trees));
  }
  g_menu_append (zoom, _("Zoom in"), "win.zoom-in");
  g_menu_append (zoom, _("Zoom out"), "win.zoom-out");
  g_menu_append (zoom, _("Actual size"), "win.zoom-reset");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (zoom));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));

  rebuild_scenario_menu (self);

  /* A .mms file dropped on the window opens. */
  gtk_drag_dest_set (GTK_WIDGET (self), GTK_DEST_DEFAULT_ALL, NULL, 0, GDK_ACTION_COPY);
  gtk_drag_dest_add_uri_targets (GTK_WIDGET (self));
  g_signal_connect (self, "drag-data-received", G_CALLBACK (drag_data_received_cb), self);

  /* Export, presentation mode, preferences, about (mms-window-extras.c). */
  mms_window_extras_install (self);
  mms_process_open_install (self);

  install_debugger (self);
  mms_exercise_install (self, GTK_BOX (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->statement_label)))),
                        self->header_bar);
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

MmsPlayer *
mms_window_get_player (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return self->player;
}

char **
mms_window_dup_process_list (MmsWindow *self)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  GtkTreeModel *model;
  GtkTreeIter iter;

  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  model = gtk_combo_box_get_model (GTK_COMBO_BOX (self->process_combo));
  if (model != NULL && gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        char *text = NULL;

        /* GtkComboBoxText keeps the text in column 0. */
        gtk_tree_model_get (model, &iter, 0, &text, -1);
        g_ptr_array_add (texts, text);
      }
    while (gtk_tree_model_iter_next (model, &iter));
  g_ptr_array_add (texts, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&texts), FALSE);
}

const char *
mms_window_get_console_error (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), NULL);
  return mms_console_get_error (self->console);
}

void
mms_window_activate_action (GtkWidget  *widget,
                            const char *name,
                            GVariant   *param)
{
  GtkWidget *toplevel;

  g_return_if_fail (GTK_IS_WIDGET (widget) && name != NULL);

  toplevel = gtk_widget_get_toplevel (widget);
  if (G_IS_ACTION_GROUP (toplevel))
    g_action_group_activate_action (G_ACTION_GROUP (toplevel), name, param);
  else if (param != NULL)
    g_variant_unref (g_variant_ref_sink (param));
}

void
mms_window_set_step_filter (MmsWindow           *self,
                            MmsWindowStepFilter  filter,
                            gpointer             user_data)
{
  g_return_if_fail (MMS_IS_WINDOW (self));
  self->step_filter = filter;
  self->step_filter_data = user_data;
}

gboolean
mms_window_step (MmsWindow *self)
{
  g_return_val_if_fail (MMS_IS_WINDOW (self), FALSE);
  return step_forward (self);
}
