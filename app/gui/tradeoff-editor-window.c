/* tradeoff-editor-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor: a window beside the main one, so the main window keeps
 * showing the comparison as it is being made.  Every valid change becomes
 * a new immutable comparison, pushed on the history and shown in the main
 * window; an invalid one is shown next to its field and blocks the save.
 */

#define G_LOG_DOMAIN "tradeoff-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window-private.h"
#include "tradeoff-file-chooser.h"
#include "tradeoff-writer.h"

#define EDITOR_KEY "tradeoff-editor-window"

G_DEFINE_FINAL_TYPE (TradeoffEditorWindow, tradeoff_editor_window, GTK_TYPE_WINDOW)

TradeoffComparison *
tradeoff_editor_new_comparison (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new ();
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison;

  tradeoff_comparison_builder_set_text (builder, "id", "my-comparison");
  tradeoff_comparison_builder_set_text (builder, "title", _("New comparison"));
  tradeoff_comparison_builder_set_text (builder, "tie-verdict",
                                        _("Both fit what you ticked equally well."));
  tradeoff_comparison_builder_set_text (builder, "none-verdict",
                                        _("Tick what matters to you."));
  tradeoff_comparison_builder_add_option (builder, "option-1", _("First option"),
                                          _("The first option fits best."));
  tradeoff_comparison_builder_add_option (builder, "option-2", _("Second option"),
                                          _("The second option fits best."));
  comparison = tradeoff_comparison_builder_build (builder, &error);
  g_assert_no_error (error);
  return comparison;
}

static void
update_title (TradeoffEditorWindow *self)
{
  TradeoffComparison *comparison = tradeoff_edit_history_get_current (self->history);
  g_autofree char *title = NULL;

  /* Translators: the editor window's title; %s is the comparison's title. */
  title = g_strdup_printf (_("Edit “%s”"), tradeoff_comparison_get_title (comparison));
  if (tradeoff_edit_history_get_modified (self->history))
    {
      g_autofree char *plain = g_steal_pointer (&title);

      /* Translators: a window title with unsaved changes. */
      title = g_strdup_printf (_("%s (unsaved)"), plain);
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (TradeoffEditorWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "editor.save", self->blocker == NULL);
  gtk_widget_action_set_enabled (widget, "editor.save-as", self->blocker == NULL);
  gtk_widget_action_set_enabled (widget, "editor.undo",
                                 tradeoff_edit_history_get_can_undo (self->history) ||
                                 self->blocker != NULL);
  gtk_widget_action_set_enabled (widget, "editor.redo",
                                 tradeoff_edit_history_get_can_redo (self->history) &&
                                 self->blocker == NULL);
  gtk_widget_action_set_enabled (widget, "editor.add-option",
                                 self->builder->options->len < TRADEOFF_MAX_OPTIONS);
  update_title (self);
}

static void
set_blocker (TradeoffEditorWindow *self,
             const char           *blocker)
{
  g_autofree char *status = NULL;

  g_free (self->blocker);
  self->blocker = g_strdup (blocker);
  if (blocker != NULL)
    /* Translators: %s is the first problem found, in the loader's words. */
    status = g_strdup_printf (_("Cannot save yet: %s"), blocker);
  gtk_label_set_text (self->status, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status), blocker != NULL);
  update_actions (self);
}

static void
publish (TradeoffEditorWindow *self)
{
  if (self->window != NULL)
    tradeoff_window_show_edit (self->window, tradeoff_edit_history_get_current (self->history));
}

void
_tradeoff_editor_window_changed (TradeoffEditorWindow *self,
                                 const char           *coalesce_key)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  /* A spin button being typed in takes its value as it loses the focus,
   * which it does while the form is torn down: the status line is gone
   * by then, and the main window no longer follows the editor. */
  if (self->disposed)
    return;

  /* Sharing what did not change: the build costs about the field, and
   * the window updates only what changed (tradeoff_window_show_edit()). */
  comparison = tradeoff_comparison_builder_build_from (self->builder,
                                                       tradeoff_edit_history_get_current (self->history),
                                                       &error);
  if (comparison == NULL)
    {
      set_blocker (self, error->message);
      return;
    }

  tradeoff_edit_history_push (self->history, comparison, coalesce_key);
  set_blocker (self, NULL);
  publish (self);
}

/* Makes the form show a state of the history again. */
static void
show_state (TradeoffEditorWindow *self,
            TradeoffComparison   *comparison)
{
  g_set_object (&self->builder, tradeoff_comparison_builder_new_from (comparison));
  g_object_unref (self->builder);
  _tradeoff_editor_form_populate (self);
  set_blocker (self, NULL);
  publish (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  TradeoffComparison *comparison;

  /* An invalid field is the newest change: undo it first. */
  if (self->blocker != NULL)
    comparison = tradeoff_edit_history_get_current (self->history);
  else
    comparison = tradeoff_edit_history_undo (self->history);

  if (comparison != NULL)
    show_state (self, comparison);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  TradeoffComparison *comparison = tradeoff_edit_history_redo (self->history);

  if (comparison != NULL)
    show_state (self, comparison);
}

gboolean
tradeoff_editor_window_save_to (TradeoffEditorWindow  *self,
                                GFile                 *file,
                                GError               **error)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->blocker != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, self->blocker);
      return FALSE;
    }

  if (!tradeoff_writer_save (tradeoff_edit_history_get_current (self->history), file, NULL, error))
    return FALSE;

  g_set_object (&self->file, file);
  /* Edit again saves here too. */
  if (self->window != NULL)
    tradeoff_window_set_file (self->window, file);
  tradeoff_edit_history_mark_saved (self->history);
  update_actions (self);
  return TRUE;
}

/* Closes the editor after its changes were saved or discarded, then does
 * what was waiting for that on the main window. */
/* The main window has no editor any more, even while something (a
 * question being answered) still holds this one. */
static void
detach (TradeoffEditorWindow *self)
{
  if (self->window != NULL && g_object_get_data (G_OBJECT (self->window), EDITOR_KEY) == self)
    g_object_set_data (G_OBJECT (self->window), EDITOR_KEY, NULL);
  g_clear_weak_pointer (&self->window);
}

static void
finish_closing (TradeoffEditorWindow *self)
{
  g_autoptr(TradeoffWindow) window = self->window != NULL ? g_object_ref (self->window) : NULL;
  g_autofree char *then_action = g_steal_pointer (&self->then_action);

  self->closing = TRUE;
  detach (self);
  /* The question answered holds the editor a moment longer, and
   * @then_action may destroy the main window meanwhile. */
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
  if (window != NULL && then_action != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), then_action, NULL);
}

/* A save that did not happen (no file chosen, or it failed) closes
 * nothing: the changes are still only here. */
static void
stop_closing (TradeoffEditorWindow *self)
{
  self->closing = FALSE;
  g_clear_pointer (&self->then_action, g_free);
}

static void
save_chosen (GFile    *file,
             gpointer  user_data)
{
  g_autoptr(TradeoffEditorWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    {
      stop_closing (self);
      return;
    }

  if (!tradeoff_editor_window_save_to (self, file, &error))
    {
      stop_closing (self);
      set_blocker (self, error->message);
    }
  else if (self->closing)
    {
      finish_closing (self);
    }
}

/* Asks where to save, offering the file's name or one from the id. */
static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->blocker != NULL)
    return;

  if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else
    name = g_strdup_printf ("%s.xml",
                            tradeoff_comparison_get_id (tradeoff_edit_history_get_current (self->history)));
  tradeoff_file_chooser_save_comparison (GTK_WINDOW (self), name, save_chosen, g_object_ref (self));
}

/* Writes back to the file the comparison came from or was last saved to;
 * only a comparison without one asks for a name. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);

  if (self->blocker != NULL)
    return;

  if (self->file != NULL)
    save_chosen (self->file, g_object_ref (self));
  else
    save_as_action (widget, action_name, parameter);
}

typedef struct
{
  TradeoffEditorWindow *self;
  TradeoffEditorAnswer  callback;
  gpointer              data;
  GDestroyNotify        destroy;
  guint                 cancel;
  gboolean              answered;
} Question;

static void
question_free (Question *question)
{
  /* Closed by the window manager: as good as Cancel. */
  if (!question->answered)
    question->callback (question->self, question->cancel, question->data);
  if (question->destroy != NULL)
    question->destroy (question->data);
  g_object_unref (question->self);
  g_free (question);
}

static void
answered (GtkButton *button,
          Question  *question)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_WINDOW);
  guint answer = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "answer"));

  question->answered = TRUE;
  question->callback (question->self, answer, question->data);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A small modal window rather than GtkMessageDialog, deprecated since 4.10,
 * or GtkAlertDialog, which 4.8 lacks. */
void
_tradeoff_editor_window_ask (TradeoffEditorWindow *self,
                             const char           *question_text,
                             const char           *detail,
                             const char * const   *buttons,
                             TradeoffEditorAnswer  callback,
                             gpointer              data,
                             GDestroyNotify        destroy)
{
  Question *question = g_new0 (Question, 1);
  GtkWidget *dialog = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (question_text);
  GtkWidget *body = gtk_label_new (detail);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  guint n = g_strv_length ((char **)buttons);

  question->self = g_object_ref (self);
  question->callback = callback;
  question->data = data;
  question->destroy = destroy;
  question->cancel = n - 1;
  g_object_set_data_full (G_OBJECT (dialog), "question", question, (GDestroyNotify)question_free);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_title (GTK_WINDOW (dialog), question_text);
  gtk_widget_set_size_request (dialog, 360, -1);
  gtk_widget_add_css_class (dialog, "editor-question");
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 50);
  gtk_widget_set_visible (body, detail != NULL);
  gtk_widget_set_halign (row, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), body);
  gtk_box_append (GTK_BOX (box), row);
  gtk_window_set_child (GTK_WINDOW (dialog), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail != NULL ? detail : "",
                                  -1);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (buttons[i]);

      g_object_set_data (G_OBJECT (button), "answer", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (answered), question);
      gtk_box_append (GTK_BOX (row), button);
      /* The safe answer is the default: Escape or Enter cancels. */
      if (i + 1 == n)
        {
          gtk_window_set_default_widget (GTK_WINDOW (dialog), button);
          gtk_widget_grab_focus (button);
        }
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

enum { ANSWER_SAVE, ANSWER_DISCARD, ANSWER_CANCEL };

static void
close_answered (TradeoffEditorWindow *self,
                guint                 answer,
                gpointer              data)
{
  TradeoffComparison *saved;

  switch (answer)
    {
    case ANSWER_SAVE:
      self->closing = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
      break;
    case ANSWER_DISCARD:
      /* The main window goes back to what is saved. */
      saved = tradeoff_edit_history_get_saved (self->history);
      if (saved != NULL && self->window != NULL)
        tradeoff_window_show_edit (self->window, saved);
      finish_closing (self);
      break;
    default:
      stop_closing (self);
      break;
    }
}

/* Without Save, the answers start at Discard. */
static void
close_answered_invalid (TradeoffEditorWindow *self,
                        guint                 answer,
                        gpointer              data)
{
  close_answered (self, answer + 1, data);
}

static gboolean
tradeoff_editor_window_close_request (GtkWindow *window)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (window);
  static const char *buttons[] = { N_("_Save"), N_("_Discard"), N_("_Cancel"), NULL };
  const char *labels[G_N_ELEMENTS (buttons)];

  if (self->closing ||
      (!tradeoff_edit_history_get_modified (self->history) && self->blocker == NULL))
    return GTK_WINDOW_CLASS (tradeoff_editor_window_parent_class)->close_request (window);

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    labels[i] = buttons[i] != NULL ? _(buttons[i]) : NULL;
  /* Nothing valid to save: only discard or go on. */
  if (self->blocker != NULL)
    labels[0] = NULL;
  _tradeoff_editor_window_ask (self, _("Save the changes before closing?"),
                               self->blocker != NULL
                               ? self->blocker
                               : _("Closing without saving loses the changes made since the last save."),
                               self->blocker != NULL ? labels + 1 : labels,
                               self->blocker != NULL ? close_answered_invalid : close_answered,
                               NULL, NULL);
  return TRUE;
}

gboolean
tradeoff_editor_window_ask_before (TradeoffEditorWindow *self,
                                   const char           *then_action)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_WINDOW (self), TRUE);
  g_return_val_if_fail (then_action != NULL, TRUE);

  if (!tradeoff_edit_history_get_modified (self->history) && self->blocker == NULL)
    return TRUE;

  /* Asked already: the question is still open. */
  if (self->then_action != NULL)
    return FALSE;

  self->then_action = g_strdup (then_action);
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_close (GTK_WINDOW (self));
  return FALSE;
}

static void
tradeoff_editor_window_dispose (GObject *object)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (object);

  self->disposed = TRUE;
  detach (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_EDITOR_WINDOW);
  _tradeoff_editor_list_clear (self);

  G_OBJECT_CLASS (tradeoff_editor_window_parent_class)->dispose (object);
}

static void
tradeoff_editor_window_finalize (GObject *object)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (object);

  g_clear_object (&self->file);
  g_clear_object (&self->history);
  g_clear_object (&self->builder);
  g_clear_pointer (&self->blocker, g_free);
  g_clear_pointer (&self->then_action, g_free);

  G_OBJECT_CLASS (tradeoff_editor_window_parent_class)->finalize (object);
}

static void
tradeoff_editor_window_class_init (TradeoffEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tradeoff_editor_window_dispose;
  object_class->finalize = tradeoff_editor_window_finalize;
  window_class->close_request = tradeoff_editor_window_close_request;

  g_type_ensure (TRADEOFF_TYPE_EDITOR_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-editor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffEditorWindow, form);
  gtk_widget_class_bind_template_child (widget_class, TradeoffEditorWindow, status);
  gtk_widget_class_bind_template_child (widget_class, TradeoffEditorWindow, scroller);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action);
  _tradeoff_editor_form_install_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "editor.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tradeoff_editor_window_init (TradeoffEditorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _tradeoff_editor_list_init (self);
}

TradeoffEditorWindow *
tradeoff_editor_window_open (TradeoffWindow *window,
                             GFile          *file)
{
  TradeoffEditorWindow *self;
  TradeoffComparison *comparison;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (window), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  comparison = tradeoff_window_get_comparison (window);
  g_return_val_if_fail (comparison != NULL, NULL);

  self = g_object_get_data (G_OBJECT (window), EDITOR_KEY);
  if (self != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  self = g_object_new (TRADEOFF_TYPE_EDITOR_WINDOW,
                       "application", gtk_window_get_application (GTK_WINDOW (window)),
                       "transient-for", window,
                       /* No editor without the window it shows its work in. */
                       "destroy-with-parent", TRUE,
                       "default-width", 720,
                       "default-height", 800,
                       NULL);
  g_set_weak_pointer (&self->window, window);
  g_object_set_data (G_OBJECT (window), EDITOR_KEY, self);
  g_set_object (&self->file, file);
  self->history = tradeoff_edit_history_new (comparison);
  self->builder = tradeoff_comparison_builder_new_from (comparison);
  _tradeoff_editor_form_populate (self);
  set_blocker (self, NULL);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

TradeoffEditorWindow *
tradeoff_editor_window_find (TradeoffWindow *window)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), EDITOR_KEY);
}

TradeoffComparison *
tradeoff_editor_window_get_comparison (TradeoffEditorWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_WINDOW (self), NULL);

  return tradeoff_edit_history_get_current (self->history);
}

const char *
tradeoff_editor_window_get_blocker (TradeoffEditorWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_WINDOW (self), NULL);

  return self->blocker;
}

gboolean
tradeoff_editor_window_get_modified (TradeoffEditorWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_WINDOW (self), FALSE);

  return tradeoff_edit_history_get_modified (self->history);
}

GFile *
tradeoff_editor_window_get_file (TradeoffEditorWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_WINDOW (self), NULL);

  return self->file;
}
