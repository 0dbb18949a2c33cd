/* mms-export-dialog.c: the Export dialog.
 *
 * The dialog only gathers choices; render/mms-export.c does the writing,
 * atomically, exactly as `mmscope-cli export` does.  The choices other
 * than what to export are kept in the settings (export-format,
 * export-width, export-height, export-scale, export-narration,
 * last-folder), so that the next export starts where this one ended. */
#include "mms-config.h"

#include "mms-export-dialog.h"

#include <string.h>

#include "mms-i18n.h"
#include "mms-settings.h"

struct _MmsExportDialog
{
  GtkDialog parent_instance;

  GtkRadioButton *current_radio;
  GtkRadioButton *all_radio;
  GtkRadioButton *region_radio;
  GtkRadioButton *this_step_radio;
  GtkRadioButton *every_step_radio;
  GtkComboBoxText *format_combo;
  GtkWidget *size_box;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  GtkSpinButton *scale_spin;
  GtkLabel *result_label;
  GtkCheckButton *narration_check;

  MmsWindow *window;        /* weak */
  gboolean has_region;
  MmsRect region;
};

G_DEFINE_FINAL_TYPE (MmsExportDialog, mms_export_dialog, GTK_TYPE_DIALOG)

static MmsExportFormat
get_format (MmsExportDialog *self)
{
  MmsExportFormat format = MMS_EXPORT_PNG;
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->format_combo));

  if (id != NULL)
    mms_export_format_from_name (id, &format);
  return format;
}

static gboolean
every_step (MmsExportDialog *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->every_step_radio));
}

static gboolean
region_chosen (MmsExportDialog *self)
{
  return self->has_region && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->region_radio));
}

/* What the choices will write, in words, and which choices apply. */
static void
update_cb (MmsExportDialog *self)
{
  MmsExportFormat format = get_format (self);
  double scale = gtk_spin_button_get_value (self->scale_spin);
  gboolean handout = every_step (self) && format == MMS_EXPORT_PDF;
  gboolean region = region_chosen (self);
  g_autofree char *text = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->every_step_radio), !region);
  if (region && every_step (self))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->this_step_radio), TRUE);
  gtk_widget_set_sensitive (self->size_box, !region && !handout);

  if (handout)
    text = g_strdup (_("A4 landscape pages"));
  else
    {
      double w = region ? self->region.width : gtk_spin_button_get_value (self->width_spin);
      double h = region ? self->region.height : gtk_spin_button_get_value (self->height_spin);

      if (format == MMS_EXPORT_PDF)
        /* TRANSLATORS: the size of a PDF page in points. */
        text = g_strdup_printf (_("%.0f × %.0f points"), w * scale, h * scale);
      else
        /* TRANSLATORS: the size of an image in pixels. */
        text = g_strdup_printf (_("%.0f × %.0f pixels"), w * scale, h * scale);
    }
  gtk_label_set_text (self->result_label, text);
}

MmsExportDialog *
mms_export_dialog_new (MmsWindow     *window,
                       const MmsRect *region)
{
  MmsExportDialog *self;
  GSettings *settings = mms_settings_get ();
  MmsSceneView *view;

  g_return_val_if_fail (MMS_IS_WINDOW (window), NULL);

  self = g_object_new (MMS_TYPE_EXPORT_DIALOG, "transient-for", window, "use-header-bar", 1, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  if (region != NULL && region->width >= 4 && region->height >= 4)
    {
      self->has_region = TRUE;
      self->region = *region;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->region_radio), self->has_region);
  view = mms_window_get_scene_view (window);
  if (mms_scene_view_get_view (view) != MMS_VIEW_ALL)
    {
      /* Name the view the first choice exports (the heap view, the page tables...). */
      g_autofree char *label = g_strdup_printf (_("The _view on screen: %s"),
                                                mms_view_get_title (mms_scene_view_get_view (view)));
      gtk_button_set_label (GTK_BUTTON (self->current_radio), label);
    }
  if (self->has_region)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->region_radio), TRUE);
  else if (mms_scene_view_get_view (view) == MMS_VIEW_ALL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->all_radio), TRUE);

  if (settings != NULL)
    {
      g_autofree char *format = g_settings_get_string (settings, "export-format");

      gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->format_combo), format);
      gtk_spin_button_set_value (self->width_spin, g_settings_get_int (settings, "export-width"));
      gtk_spin_button_set_value (self->height_spin, g_settings_get_int (settings, "export-height"));
      gtk_spin_button_set_value (self->scale_spin, g_settings_get_double (settings, "export-scale"));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->narration_check),
                                    g_settings_get_boolean (settings, "export-narration"));
    }
  if (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->format_combo)) == NULL)
    gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->format_combo), "png");
  update_cb (self);
  return self;
}

void
mms_export_dialog_set_what (MmsExportDialog *self,
                            MmsExportWhat    what)
{
  GtkRadioButton *radio[] = { self->current_radio, self->all_radio, self->region_radio };

  g_return_if_fail (MMS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (what <= MMS_EXPORT_WHAT_REGION);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (radio[what]), TRUE);
}

void
mms_export_dialog_set_every_step (MmsExportDialog *self,
                                  gboolean         every)
{
  g_return_if_fail (MMS_IS_EXPORT_DIALOG (self));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (every ? self->every_step_radio : self->this_step_radio), TRUE);
}

void
mms_export_dialog_set_format (MmsExportDialog *self,
                              MmsExportFormat  format)
{
  g_return_if_fail (MMS_IS_EXPORT_DIALOG (self));
  gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->format_combo), mms_export_format_get_name (format));
}

void
mms_export_dialog_set_size (MmsExportDialog *self,
                            int              width,
                            int              height,
                            double           scale)
{
  g_return_if_fail (MMS_IS_EXPORT_DIALOG (self));
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
  gtk_spin_button_set_value (self->scale_spin, scale);
}

char *
mms_export_dialog_suggest_name (MmsExportDialog *self)
{
  g_autofree char *base = NULL;
  const char *target;
  const char *ext;
  char *dot;

  g_return_val_if_fail (MMS_IS_EXPORT_DIALOG (self), NULL);
  target = self->window != NULL ? mms_window_get_target (self->window) : NULL;
  base = g_path_get_basename (target != NULL ? target : "mmscope");
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  ext = mms_export_format_get_name (get_format (self));
  if (every_step (self))
    return get_format (self) == MMS_EXPORT_PDF ? g_strdup_printf ("%s-handout.pdf", base)
                                               : g_strdup_printf ("%s.%s", base, ext);
  return g_strdup_printf ("%s-step-%u.%s", base, self->window != NULL ? mms_window_get_position (self->window) : 0,
                          ext);
}

static void
fill_options (MmsExportDialog  *self,
              MmsExportOptions *options)
{
  GVariant *dark = g_action_group_get_action_state (G_ACTION_GROUP (self->window), "dark");
  GVariant *pid = g_action_group_get_action_state (G_ACTION_GROUP (self->window), "process");
  GVariant *tree = g_action_group_get_action_state (G_ACTION_GROUP (self->window), "vma-tree");

  mms_export_options_init (options);
  options->format = get_format (self);
  options->view = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->current_radio))
                  ? mms_scene_view_get_view (mms_window_get_scene_view (self->window)) : MMS_VIEW_ALL;
  options->legend = options->view != MMS_VIEW_ALL;
  options->width = gtk_spin_button_get_value (self->width_spin);
  options->height = gtk_spin_button_get_value (self->height_spin);
  options->scale = gtk_spin_button_get_value (self->scale_spin);
  options->narration = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->narration_check));
  options->palette = mms_palette_get (dark != NULL && g_variant_get_boolean (dark) ? MMS_THEME_DARK
                                                                                 : MMS_THEME_LIGHT);
  options->pid = pid != NULL && g_variant_is_of_type (pid, G_VARIANT_TYPE_INT32) ? g_variant_get_int32 (pid) : 0;
  options->maple_tree = tree != NULL && g_variant_is_of_type (tree, G_VARIANT_TYPE_STRING)
                        && g_str_equal (g_variant_get_string (tree, NULL), "maple");
  g_clear_pointer (&dark, g_variant_unref);
  g_clear_pointer (&pid, g_variant_unref);
  g_clear_pointer (&tree, g_variant_unref);
  if (every_step (self) && options->format == MMS_EXPORT_PDF)
    {
      /* A handout is A4. */
      options->width = 0;
      options->height = 0;
      options->scale = 0;
    }
}

gboolean
mms_export_dialog_export_to (MmsExportDialog  *self,
                             const char       *path,
                             GError          **error)
{
  MmsExportOptions options;
  MmsRunner *runner;
  MmsScenario *scenario;

  g_return_val_if_fail (MMS_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  runner = self->window != NULL ? mms_window_get_runner (self->window) : NULL;
  scenario = runner != NULL ? mms_runner_get_scenario (runner) : NULL;
  if (scenario == NULL)
    {
      g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID, _("No scenario is open"));
      return FALSE;
    }
  fill_options (self, &options);
  if (region_chosen (self))
    {
      MmsScene *scene = mms_scene_view_get_scene (mms_window_get_scene_view (self->window));
      g_autoptr(MmsNarration) narration = mms_narration_new (runner, 0);

      if (scene == NULL)
        {
          g_set_error (error, MMS_EXPORT_ERROR, MMS_EXPORT_ERROR_INVALID, _("Nothing is shown"));
          return FALSE;
        }
      return mms_export_scene (scene, &self->region, narration, &options, path, error);
    }
  if (every_step (self))
    return mms_export_handout (scenario, &options, path, NULL, NULL, NULL, error);
  return mms_export_step (scenario, mms_runner_get_position (runner), &options, path, error);
}

static void
save_settings (MmsExportDialog *self)
{
  GSettings *settings = mms_settings_get ();

  if (settings == NULL)
    return;
  g_settings_set_string (settings, "export-format", mms_export_format_get_name (get_format (self)));
  g_settings_set_int (settings, "export-width", gtk_spin_button_get_value_as_int (self->width_spin));
  g_settings_set_int (settings, "export-height", gtk_spin_button_get_value_as_int (self->height_spin));
  g_settings_set_double (settings, "export-scale", gtk_spin_button_get_value (self->scale_spin));
  g_settings_set_boolean (settings, "export-narration",
                          gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->narration_check)));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     gint             response,
                     MmsExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->window != NULL)
    {
      g_autofree char *path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      GSettings *settings = mms_settings_get ();
      GdkWindow *gdk_window = gtk_widget_get_window (GTK_WIDGET (self->window));
      g_autoptr(GdkCursor) busy = NULL;

      if (path != NULL)
        {
          g_autofree char *folder = g_path_get_dirname (path);

          if (settings != NULL)
            g_settings_set_string (settings, "last-folder", folder);
          if (gdk_window != NULL)
            {
              busy = gdk_cursor_new_from_name (gdk_window_get_display (gdk_window), "wait");
              gdk_window_set_cursor (gdk_window, busy);
              gdk_display_flush (gdk_window_get_display (gdk_window));
            }
          /* In the window's info bar, as every other error: the
           * messages say what could not be written, and why. */
          if (!mms_export_dialog_export_to (self, path, &error))
            mms_window_report_error (self->window, error);
          if (gdk_window != NULL)
            gdk_window_set_cursor (gdk_window, NULL);
        }
    }
  g_object_unref (chooser);
  gtk_widget_destroy (GTK_WIDGET (self));
}

static void
mms_export_dialog_response (GtkDialog *dialog,
                            gint       response)
{
  MmsExportDialog *self = MMS_EXPORT_DIALOG (dialog);
  GtkFileChooserNative *chooser;
  GSettings *settings = mms_settings_get ();
  g_autofree char *folder = settings != NULL ? g_settings_get_string (settings, "last-folder") : NULL;
  g_autofree char *name = NULL;
  GtkFileFilter *filter;

  if (response != GTK_RESPONSE_OK || self->window == NULL)
    {
      gtk_widget_destroy (GTK_WIDGET (self));
      return;
    }
  save_settings (self);
  gtk_widget_hide (GTK_WIDGET (self));
  chooser = gtk_file_chooser_native_new (every_step (self) && get_format (self) != MMS_EXPORT_PDF
                                         ? _("Export Every Step As") : _("Export As"),
                                         GTK_WINDOW (self->window), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (chooser), TRUE);
  if (folder == NULL || folder[0] == '\0' || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_free (folder);
      folder = g_strdup (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES));
    }
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder);
  name = mms_export_dialog_suggest_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  switch (get_format (self))
    {
    case MMS_EXPORT_PNG:
      gtk_file_filter_set_name (filter, _("PNG images"));
      gtk_file_filter_add_pattern (filter, "*.png");
      break;
    case MMS_EXPORT_SVG:
      gtk_file_filter_set_name (filter, _("SVG drawings"));
      gtk_file_filter_add_pattern (filter, "*.svg");
      break;
    case MMS_EXPORT_PDF:
    default:
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_pattern (filter, "*.pdf");
      break;
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
mms_export_dialog_present (MmsWindow     *window,
                           const MmsRect *region)
{
  MmsExportDialog *self = mms_export_dialog_new (window, region);

  gtk_window_present (GTK_WINDOW (self));
}

static void
mms_export_dialog_dispose (GObject *object)
{
  MmsExportDialog *self = MMS_EXPORT_DIALOG (object);

  if (self->window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  G_OBJECT_CLASS (mms_export_dialog_parent_class)->dispose (object);
}

static void
mms_export_dialog_class_init (MmsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = mms_export_dialog_dispose;
  dialog_class->response = mms_export_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/mmscope/Mmscope/ui/mms-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, current_radio);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, all_radio);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, region_radio);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, this_step_radio);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, every_step_radio);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, format_combo);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, size_box);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, result_label);
  gtk_widget_class_bind_template_child (widget_class, MmsExportDialog, narration_check);
}

static void
mms_export_dialog_init (MmsExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->format_combo, "changed", G_CALLBACK (update_cb), self);
  g_signal_connect_swapped (self->every_step_radio, "toggled", G_CALLBACK (update_cb), self);
  g_signal_connect_swapped (self->region_radio, "toggled", G_CALLBACK (update_cb), self);
  g_signal_connect_swapped (self->width_spin, "value-changed", G_CALLBACK (update_cb), self);
  g_signal_connect_swapped (self->height_spin, "value-changed", G_CALLBACK (update_cb), self);
  g_signal_connect_swapped (self->scale_spin, "value-changed", G_CALLBACK (update_cb), self);
}
