/* tradeoff-decision-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each control writes its field to the decision as it changes (one
 * undoable step, typing merged), and shows the decision's field whenever
 * it changes, whoever changed it (undo, redo, a file opened).
 */

#define G_LOG_DOMAIN "tradeoff-decision-record"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-drop-down-name-private.h"
#include "tradeoff-decision-record.h"
#include "tradeoff-text-limit-private.h"

struct _TradeoffDecisionRecord
{
  GtkWidget         parent_instance;

  TradeoffDecision *decision;
  /* Above 0 while the controls show the decision: not a change to write. */
  guint             syncing;

  GtkWidget        *note_view;
  GtkTextBuffer    *note;
  GtkWidget        *note_error;
  GtkWidget        *deciders;
  GtkWidget        *deciders_error;
  GtkWidget        *date;
  GtkWidget        *date_error;
  GtkWidget        *status;
  GtkWidget        *chosen;
  GtkWidget        *reason_label;
  GtkWidget        *reason;
  GtkWidget        *choice_error;
};

G_DEFINE_FINAL_TYPE (TradeoffDecisionRecord, tradeoff_decision_record, GTK_TYPE_WIDGET)

static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static const char *
entry_or_null (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return *text != '\0' ? text : NULL;
}

/* Position 0 of the chosen list is "not chosen yet", then the options. */
static guint
chosen_position (TradeoffDecisionRecord *self)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (self->decision);
  const char *id = tradeoff_decision_get_chosen (self->decision);
  TradeoffOption *option = id != NULL ? tradeoff_comparison_find_option (comparison, id) : NULL;

  return option != NULL ? tradeoff_option_get_index (option) + 1 : 0;
}

/* Whether a control showing @shown shows @wanted, a field of the
 * decision: white space alone is no text. */
static gboolean
shows (const char *shown,
       const char *wanted)
{
  if (wanted != NULL)
    return g_strcmp0 (shown, wanted) == 0;

  for (; *shown != '\0'; shown++)
    if (!g_ascii_isspace (*shown))
      return FALSE;
  return TRUE;
}

/* Shows @message, a rule broken, (or none) under @control, as the
 * comparison editor shows a rule a field breaks, and tells a screen
 * reader the control is invalid. */
static void
show_field_error (GtkWidget  *control,
                  GtkWidget  *label,
                  const char *message)
{
  gtk_label_set_text (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static const char *
message_of (const GError *error)
{
  return error != NULL ? error->message : NULL;
}

static void
show_decision (TradeoffDecisionRecord *self)
{
  g_autofree char *note = NULL;
  GtkTextIter start, end;
  const char *wanted = tradeoff_decision_get_note (self->decision);
  gboolean overrides = tradeoff_decision_get_overrides (self->decision);

  self->syncing++;

  /* A text the decision refused stays as typed, its error under it, until
   * it is one the decision takes; so does one of white space only, which
   * the decision holds as no text. */
  gtk_text_buffer_get_bounds (self->note, &start, &end);
  note = gtk_text_buffer_get_text (self->note, &start, &end, FALSE);
  if (!gtk_widget_get_visible (self->note_error) && !shows (note, wanted))
    gtk_text_buffer_set_text (self->note, wanted != NULL ? wanted : "", -1);
  if (!gtk_widget_get_visible (self->deciders_error) &&
      !shows (gtk_editable_get_text (GTK_EDITABLE (self->deciders)),
              tradeoff_decision_get_deciders (self->decision)))
    set_entry_text (self->deciders, tradeoff_decision_get_deciders (self->decision));
  /* A date being typed stays as typed until it is one. */
  if (!gtk_widget_get_visible (self->date_error))
    set_entry_text (self->date, tradeoff_decision_get_date (self->decision));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status),
                              tradeoff_decision_get_status (self->decision));
  if (!gtk_widget_get_visible (self->choice_error))
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->chosen), chosen_position (self));
      set_entry_text (self->reason, tradeoff_decision_get_reason (self->decision));
    }
  gtk_widget_set_visible (self->reason_label, overrides || gtk_widget_get_visible (self->choice_error));
  gtk_widget_set_visible (self->reason, overrides || gtk_widget_get_visible (self->choice_error));

  self->syncing--;
}

static void
on_note_changed (TradeoffDecisionRecord *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GtkTextIter start, end;

  if (self->syncing > 0)
    return;

  gtk_text_buffer_get_bounds (self->note, &start, &end);
  note = gtk_text_buffer_get_text (self->note, &start, &end, FALSE);
  tradeoff_decision_set_note (self->decision, *note != '\0' ? note : NULL, &error);
  show_field_error (self->note_view, self->note_error, message_of (error));
}

/* A paste of a megabyte would be refused by the decision, but the field
 * would lay it all out first, for seconds: so each field holds no more
 * characters than the decision may keep (tradeoff-text-limit.c), and
 * the rule a longer paste broke is shown under it, as it is when too
 * much is typed. */
static void
on_note_cut (const char *rule,
             gpointer    data)
{
  TradeoffDecisionRecord *self = data;

  show_field_error (self->note_view, self->note_error, rule);
}

static void
on_deciders_cut (const char *rule,
                 gpointer    data)
{
  TradeoffDecisionRecord *self = data;

  show_field_error (self->deciders, self->deciders_error, rule);
}

/* The date's own sentence says its rule. */
static void
on_date_cut (const char *rule,
             gpointer    data)
{
  TradeoffDecisionRecord *self = data;

  gtk_widget_set_visible (self->date_error, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->date), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

/* The reason's rule shows where a choice's problems do. */
static void
on_reason_cut (const char *rule,
               gpointer    data)
{
  TradeoffDecisionRecord *self = data;

  gtk_label_set_text (GTK_LABEL (self->choice_error), rule);
  gtk_widget_set_visible (self->choice_error, TRUE);
}

static void
on_deciders_changed (TradeoffDecisionRecord *self)
{
  g_autoptr(GError) error = NULL;

  if (self->syncing > 0)
    return;

  tradeoff_decision_set_deciders (self->decision, entry_or_null (self->deciders), &error);
  show_field_error (self->deciders, self->deciders_error, message_of (error));
}

static void
on_date_changed (TradeoffDecisionRecord *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid;

  if (self->syncing > 0)
    return;

  valid = tradeoff_decision_set_date (self->decision, entry_or_null (self->date), &error);
  gtk_widget_set_visible (self->date_error, !valid);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->date), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static void
on_status_selected (TradeoffDecisionRecord *self)
{
  if (self->syncing == 0)
    tradeoff_decision_set_status (self->decision,
                                  gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status)));
}

/* A choice other than the recommendation waits, with the reason's field
 * shown, until a reason is given. */
static void
write_choice (TradeoffDecisionRecord *self)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (self->decision);
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->chosen));
  TradeoffOption *option = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->syncing > 0)
    return;

  if (position > 0 && position != GTK_INVALID_LIST_POSITION)
    option = tradeoff_comparison_get_option (comparison, position - 1);
  done = tradeoff_decision_set_choice (self->decision,
                                       option != NULL ? tradeoff_option_get_id (option) : NULL,
                                       entry_or_null (self->reason), &error);
  gtk_widget_set_visible (self->choice_error, !done);
  if (!done)
    gtk_label_set_text (GTK_LABEL (self->choice_error), error->message);
  show_decision (self);
}

static GtkWidget *
add_field (GtkGrid    *grid,
           int         row,
           const char *mnemonic,
           GtkWidget  *control)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), control);
  gtk_widget_set_hexpand (control, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, control, 1, row, 1, 1);
  /* The label names the control for a screen reader. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  _tradeoff_drop_down_name_by (control, label);
  return label;
}

static GtkWidget *
new_error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static GtkStringList *
new_status_list (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i <= TRADEOFF_DECISION_STATUS_LAST; i++)
    gtk_string_list_append (list, tradeoff_decision_status_describe (i));
  return list;
}

static GtkStringList *
new_chosen_list (TradeoffComparison *comparison)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Not chosen yet"));
  for (guint i = 0; i < tradeoff_comparison_get_n_options (comparison); i++)
    gtk_string_list_append (list, tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, i)));
  return list;
}

static void
build (TradeoffDecisionRecord *self)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *note_view = gtk_text_view_new ();
  GtkWidget *note_scroller = gtk_scrolled_window_new ();
  GtkWidget *label;
  g_autoptr(GtkStringList) statuses = new_status_list ();
  g_autoptr(GtkStringList) options = new_chosen_list (tradeoff_decision_get_comparison (self->decision));

  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_widget_set_parent (GTK_WIDGET (grid), GTK_WIDGET (self));

  self->status = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL);
  add_field (grid, 0, _("_Status"), self->status);

  self->chosen = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (options)), NULL);
  add_field (grid, 1, _("_Chosen option"), self->chosen);
  self->reason = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->reason), _("Why not the recommendation"));
  self->reason_label = add_field (grid, 2, _("_Reason"), self->reason);
  self->choice_error = new_error_label ();
  gtk_grid_attach (grid, self->choice_error, 1, 3, 1, 1);

  self->deciders = gtk_entry_new ();
  add_field (grid, 4, _("_Decided by"), self->deciders);
  self->deciders_error = new_error_label ();
  gtk_grid_attach (grid, self->deciders_error, 1, 5, 1, 1);
  self->date = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->date), _("YYYY-MM-DD"));
  add_field (grid, 6, _("D_ate"), self->date);
  self->date_error = new_error_label ();
  /* Translators: shown under the decision's date while it is not one. */
  gtk_label_set_text (GTK_LABEL (self->date_error), _("A date is written as year-month-day, such as 2026-12-01."));
  gtk_grid_attach (grid, self->date_error, 1, 7, 1, 1);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (note_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (note_view), FALSE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (note_scroller), 120);
  gtk_widget_set_vexpand (note_scroller, TRUE);
  gtk_widget_add_css_class (note_scroller, "frame");
  label = add_field (grid, 8, _("_Note"), note_view);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  /* The scroller, not the view, sits in the grid. */
  g_object_ref (note_view);
  gtk_grid_remove (grid, note_view);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (note_scroller), note_view);
  g_object_unref (note_view);
  gtk_grid_attach (grid, note_scroller, 1, 8, 1, 1);
  self->note_view = note_view;
  self->note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (note_view));
  self->note_error = new_error_label ();
  gtk_grid_attach (grid, self->note_error, 1, 9, 1, 1);

  show_decision (self);

  g_signal_connect_swapped (self->note, "changed", G_CALLBACK (on_note_changed), self);
  _tradeoff_text_limit_buffer (self->note, "note", on_note_cut, self);
  _tradeoff_text_limit_editable (GTK_EDITABLE (self->deciders), "deciders", on_deciders_cut, self);
  _tradeoff_text_limit_editable (GTK_EDITABLE (self->date), "date", on_date_cut, self);
  _tradeoff_text_limit_editable (GTK_EDITABLE (self->reason), "reason", on_reason_cut, self);
  g_signal_connect_swapped (self->deciders, "changed", G_CALLBACK (on_deciders_changed), self);
  g_signal_connect_swapped (self->date, "changed", G_CALLBACK (on_date_changed), self);
  g_signal_connect_swapped (self->status, "notify::selected", G_CALLBACK (on_status_selected), self);
  g_signal_connect_swapped (self->chosen, "notify::selected", G_CALLBACK (write_choice), self);
  g_signal_connect_swapped (self->reason, "changed", G_CALLBACK (write_choice), self);
  /* Whoever changes the decision, the controls show it. */
  g_signal_connect_object (self->decision, "notify", G_CALLBACK (show_decision), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
tradeoff_decision_record_new (TradeoffDecision *decision)
{
  TradeoffDecisionRecord *self;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (decision), NULL);

  self = g_object_new (TRADEOFF_TYPE_DECISION_RECORD, NULL);
  self->decision = g_object_ref (decision);
  build (self);
  return GTK_WIDGET (self);
}

TradeoffDecision *
tradeoff_decision_record_get_decision (TradeoffDecisionRecord *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION_RECORD (self), NULL);

  return self->decision;
}

GtkWindow *
tradeoff_decision_record_new_dialog (GtkWindow        *parent,
                                     TradeoffDecision *decision)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *record = tradeoff_decision_record_new (decision);
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Decision Record"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 520, -1);
  gtk_widget_set_margin_top (record, 18);
  gtk_widget_set_margin_bottom (record, 18);
  gtk_widget_set_margin_start (record, 18);
  gtk_widget_set_margin_end (record, 18);
  gtk_window_set_child (GTK_WINDOW (window), record);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);
  return GTK_WINDOW (window);
}

static void
tradeoff_decision_record_dispose (GObject *object)
{
  TradeoffDecisionRecord *self = TRADEOFF_DECISION_RECORD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->decision);

  G_OBJECT_CLASS (tradeoff_decision_record_parent_class)->dispose (object);
}

static void
tradeoff_decision_record_class_init (TradeoffDecisionRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_decision_record_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "decisionrecord");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tradeoff_decision_record_init (TradeoffDecisionRecord *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decision record"),
                                  -1);
}
