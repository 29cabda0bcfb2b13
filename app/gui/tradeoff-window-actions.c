/* tradeoff-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's win.* actions and their keys.  Menus, buttons and shortcuts
 * all go through these, so each works from the keyboard.
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-decision-record.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-own-criterion-editor.h"
#include "tradeoff-print-operation.h"
#include "tradeoff-window-private.h"

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            TradeoffWindow          *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        tradeoff_window_show_error (self, error->message);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
           tradeoff_print_operation_get_shortened (TRADEOFF_PRINT_OPERATION (operation)))
    {
      g_autofree char *message = NULL;

      /* Translators: %u is a number of pages, about 300 */
      message = g_strdup_printf (_("Printed with parts left out: a printout holds at most about %u "
                                   "pages' worth. Save as HTML, Markdown or text for all of it."),
                                 tradeoff_report_get_max_pages ());
      _tradeoff_window_show_toast (self, message, FALSE);
    }

  /* The reference taken when printing started. */
  g_object_unref (operation);
}

/* Print to File offers the comparison's own name, not "output.pdf". */
static void
suggest_file_name (TradeoffWindow    *self,
                   GtkPrintOperation *operation)
{
  GtkPrintSettings *current = gtk_print_operation_get_print_settings (operation);
  g_autoptr(GtkPrintSettings) settings = current != NULL ? gtk_print_settings_copy (current)
                                                         : gtk_print_settings_new ();

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME,
                          tradeoff_comparison_get_id (self->comparison));
  gtk_print_operation_set_print_settings (operation, settings);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);
  TradeoffPrintOperation *operation;
  GtkPrintOperationResult result;
  g_autoptr(GError) error = NULL;

  if (self->advisor == NULL)
    return;

  operation = tradeoff_print_operation_new (self->advisor);
  suggest_file_name (self, GTK_PRINT_OPERATION (operation));
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done), self, 0);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    tradeoff_window_show_error (self, error->message);
  /* "done" comes later only for an operation still in progress. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      g_signal_handlers_disconnect_by_func (operation, print_done, self);
      g_object_unref (operation);
    }
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);
  guint n_ticked;
  g_autofree char *message = NULL;

  if (self->advisor == NULL || (n_ticked = tradeoff_advisor_get_n_ticked (self->advisor)) == 0)
    return;

  tradeoff_advisor_reset (self->advisor);
  message = g_strdup_printf (ngettext ("Cleared %u tick.", "Cleared all %u ticks.", n_ticked), n_ticked);
  _tradeoff_window_show_toast (self, message, TRUE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  /* One history: the decision's, ticks and levels included. */
  if (self->decision != NULL)
    tradeoff_decision_undo (self->decision);
  /* The toast's Undo is done with. */
  gtk_revealer_set_reveal_child (self->toast, FALSE);
  _tradeoff_window_update_actions (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  if (self->decision != NULL)
    tradeoff_decision_redo (self->decision);
  _tradeoff_window_update_actions (self);
}

static void
close_toast_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->toast, FALSE);
  _tradeoff_window_update_actions (self);
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);
  GtkWindow *dialog;

  if (self->decision == NULL)
    return;

  dialog = tradeoff_decision_record_new_dialog (GTK_WINDOW (self), self->decision);
  gtk_window_present (dialog);
}

static void
add_criterion_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GtkWindow *editor;

  if (self->decision == NULL)
    return;

  /* "" adds a criterion; an own criterion's id edits it.  The
   * comparison's criteria are not the person's to edit, whatever their
   * id. */
  if (*id != '\0')
    {
      TradeoffCriterion *criterion =
        tradeoff_comparison_find_criterion (tradeoff_decision_get_comparison (self->decision), id);

      if (criterion == NULL || !tradeoff_decision_is_own (self->decision, criterion))
        return;
    }
  editor = tradeoff_own_criterion_editor_new (GTK_WINDOW (self), self->decision,
                                              *id != '\0' ? id : NULL);
  gtk_window_present (editor);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  /* A narrow window shows the FAQ on the guide page only. */
  if (self->narrow)
    gtk_stack_set_visible_child_name (self->narrow_stack, "guide");
  tradeoff_faq_view_focus_search (TRADEOFF_FAQ_VIEW (self->faq_view));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  if (self->comparison != NULL)
    tradeoff_editor_window_open (self, self->file);
}

static void
close_banner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->banner, FALSE);
  _tradeoff_window_update_actions (self);
}

static void
cancel_progress_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _tradeoff_window_stop_progress (TRADEOFF_WINDOW (widget));
}

/* The order of the bits in actions_set and actions_enabled. */
static const char * const action_names[] = {
  "win.save", "win.print", "win.reset", "win.find", "win.edit", "win.record",
  "win.own-criterion", "win.undo", "win.redo", "win.close-banner",
  "win.cancel-progress", "win.close-toast",
};

/* GTK 4.8 tells every observer of an action each time it is set, changed
 * or not, and the window's actions are observed from every row of its
 * lists: setting all of them on each tick cost 2 M instructions a tick on
 * the large comparison.  So only what changed is set. */
static void
set_action_enabled (TradeoffWindow *self,
                    guint           index,
                    gboolean        enabled)
{
  guint bit = 1u << index;

  if ((self->actions_set & bit) != 0 && ((self->actions_enabled & bit) != 0) == enabled)
    return;

  self->actions_set |= bit;
  if (enabled)
    self->actions_enabled |= bit;
  else
    self->actions_enabled &= ~bit;
  self->n_action_changes++;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action_names[index], enabled);
}

void
_tradeoff_window_update_actions (TradeoffWindow *self)
{
  gboolean has_comparison = self->advisor != NULL;
  gboolean has_ticks = has_comparison && tradeoff_advisor_get_n_ticked (self->advisor) > 0;
  gboolean enabled[] = {
    has_comparison,
    has_comparison,
    has_ticks,
    has_comparison,
    has_comparison,
    has_comparison,
    has_comparison,
    self->decision != NULL && tradeoff_decision_get_can_undo (self->decision),
    self->decision != NULL && tradeoff_decision_get_can_redo (self->decision),
    gtk_revealer_get_reveal_child (self->banner),
    /* Escape goes on to whatever else wants it unless a file is being
     * opened or saved. */
    self->opening != NULL || self->saving != NULL,
    gtk_revealer_get_reveal_child (self->toast),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (enabled) == G_N_ELEMENTS (action_names));
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    set_action_enabled (self, i, enabled[i]);
}

guint
_tradeoff_window_get_n_action_changes (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), 0);

  return self->n_action_changes;
}

void
_tradeoff_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, _tradeoff_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "win.close-banner", NULL, close_banner_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-progress", NULL, cancel_progress_action);
  gtk_widget_class_install_action (widget_class, "win.close-toast", NULL, close_toast_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "win.own-criterion", "s", add_criterion_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-progress", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.own-criterion", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.own-criterion", "s", "");
}
