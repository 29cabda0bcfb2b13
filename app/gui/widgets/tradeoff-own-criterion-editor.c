/* tradeoff-own-criterion-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing reaches the decision until Add or Save: a half-typed criterion
 * would tick and score options meanwhile.  The decision checks what is
 * given; its error shows in the editor, which stays open.  A label that
 * breaks the rules a decision file's labels are read with shows them
 * under its field as it is typed, as the comparison editor does.
 */

#define G_LOG_DOMAIN "tradeoff-own-criterion-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-drop-down-name-private.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-own-criterion-editor.h"
#include "tradeoff-text-limit-private.h"

struct _TradeoffOwnCriterionEditor
{
  GtkWindow         parent_instance;

  TradeoffDecision *decision;
  char             *id;
  /* The group ids in the order of the group list; the list's last entry,
   * past these, is a new group. */
  GPtrArray        *group_ids;

  GtkWidget        *label;
  GtkWidget        *label_error;
  GtkWidget        *group;
  GtkWidget        *new_group;
  GtkWidget        *new_group_label;
  GtkWidget        *new_group_error;
  GPtrArray        *weights;
  GtkWidget        *error;
};

G_DEFINE_FINAL_TYPE (TradeoffOwnCriterionEditor, tradeoff_own_criterion_editor, GTK_TYPE_WINDOW)

static gboolean
is_new_group (TradeoffOwnCriterionEditor *self)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (self->group)) >= self->group_ids->len;
}

/* Shows @rule (or none) under @entry, and tells a screen reader. */
static void
show_rule (GtkWidget  *entry,
           GtkWidget  *error_label,
           const char *rule)
{
  gtk_label_set_text (GTK_LABEL (error_label), rule != NULL ? rule : "");
  gtk_widget_set_visible (error_label, rule != NULL && gtk_widget_get_visible (entry));
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               rule != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Shows under @entry the rule its label breaks, if any; an empty one is
 * said on Add (a dialog just opened has nothing wrong yet). */
static void
check_label (GtkWidget *entry,
             GtkWidget *error_label)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;
  gboolean blank = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    blank &= g_ascii_isspace (*p);
  if (!blank)
    tradeoff_rules_check_text ("label", text, &error);

  show_rule (entry, error_label, error != NULL ? error->message : NULL);
}

/* A paste longer than a label may be was cut (tradeoff-text-limit.c). */
static void
on_label_cut (const char *rule,
              gpointer    data)
{
  TradeoffOwnCriterionEditor *self = data;

  show_rule (self->label, self->label_error, rule);
}

static void
on_new_group_cut (const char *rule,
                  gpointer    data)
{
  TradeoffOwnCriterionEditor *self = data;

  show_rule (self->new_group, self->new_group_error, rule);
}

static void
on_label_changed (TradeoffOwnCriterionEditor *self)
{
  check_label (self->label, self->label_error);
}

static void
on_new_group_changed (TradeoffOwnCriterionEditor *self)
{
  check_label (self->new_group, self->new_group_error);
}

static void
on_group_selected (TradeoffOwnCriterionEditor *self)
{
  gtk_widget_set_visible (self->new_group, is_new_group (self));
  gtk_widget_set_visible (self->new_group_label, is_new_group (self));
  on_new_group_changed (self);
}

static GtkWidget *
new_error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffOwnCriterionEditor *self = TRADEOFF_OWN_CRITERION_EDITOR (widget);
  int weights[TRADEOFF_MAX_OPTIONS] = { 0 };
  const char *label = gtk_editable_get_text (GTK_EDITABLE (self->label));
  const char *group_id = NULL;
  const char *new_group = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  gboolean done;

  for (guint i = 0; i < self->weights->len; i++)
    weights[i] = gtk_spin_button_get_value_as_int (g_ptr_array_index (self->weights, i));
  if (is_new_group (self))
    new_group = gtk_editable_get_text (GTK_EDITABLE (self->new_group));
  else
    group_id = g_ptr_array_index (self->group_ids,
                                  gtk_drop_down_get_selected (GTK_DROP_DOWN (self->group)));

  if (self->id != NULL)
    done = tradeoff_decision_edit_criterion (self->decision, self->id, label, group_id, new_group,
                                             weights, self->weights->len, &error);
  else
    done = (added = tradeoff_decision_add_criterion (self->decision, label, group_id, new_group,
                                                     weights, self->weights->len, &error)) != NULL;

  if (!done)
    {
      gtk_label_set_text (GTK_LABEL (self->error), error->message);
      gtk_widget_set_visible (self->error, TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TradeoffOwnCriterionEditor *self = TRADEOFF_OWN_CRITERION_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->id == NULL)
    return;

  if (!tradeoff_decision_remove_criterion (self->decision, self->id, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->error), error->message);
      gtk_widget_set_visible (self->error, TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
add_field (GtkGrid    *grid,
           int         row,
           const char *mnemonic,
           gboolean    use_mnemonic,
           GtkWidget  *control)
{
  GtkWidget *label = use_mnemonic ? gtk_label_new_with_mnemonic (mnemonic) : gtk_label_new (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), control);
  gtk_widget_set_hexpand (control, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, control, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  _tradeoff_drop_down_name_by (control, label);
  return label;
}

/* The comparison's groups and the own ones, then "New group…". */
static void
build_groups (TradeoffOwnCriterionEditor *self,
              TradeoffCriterion          *editing)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (self->decision);
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      g_ptr_array_add (self->group_ids, g_strdup (tradeoff_criterion_group_get_id (group)));
      gtk_string_list_append (names, tradeoff_criterion_group_get_label (group));
      if (editing != NULL && tradeoff_criterion_get_group (editing) == group)
        selected = i;
    }
  gtk_string_list_append (names, _("New group…"));
  self->group = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->group),
                              self->group_ids->len > 0 ? selected : 0);
}

static void
build_weights (TradeoffOwnCriterionEditor *self,
               GtkGrid                    *grid,
               int                         row,
               TradeoffCriterion          *editing)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (self->decision);
  GtkWidget *heading = gtk_label_new (_("How well each option serves it, from −100 to 100"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_grid_attach (grid, heading, 0, row++, 2, 1);

  for (guint i = 0; i < tradeoff_comparison_get_n_options (comparison); i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, i);
      GtkWidget *spin = gtk_spin_button_new_with_range (-100, 100, 1);
      GtkWidget *message = gtk_label_new (NULL);

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                                 editing != NULL ? tradeoff_criterion_get_weight (editing, i) : 0);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      /* A paste is cut at a weight's length, and the line under it says
       * why; the spin button takes the nearest weight when it is left. */
      _tradeoff_text_limit_weight (GTK_SPIN_BUTTON (spin), GTK_LABEL (message));
      /* The option's name as it is, never a mnemonic. */
      add_field (grid, row++, tradeoff_option_get_name (option), FALSE, spin);
      gtk_grid_attach (grid, message, 1, row++, 1, 1);
      g_ptr_array_add (self->weights, spin);
    }
}

/* A button with a mnemonic, named for a screen reader by its text without
 * the underline: GTK 4.8 gives it as "_Cancel Cancel" otherwise, the
 * button's label and then its mnemonic label, which labels it too. */
static GtkWidget *
mnemonic_button (const char *mnemonic)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = mnemonic; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (plain, *p);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  return button;
}

static GtkWidget *
build_buttons (TradeoffOwnCriterionEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *save = mnemonic_button (self->id != NULL ? _("_Save") : _("_Add"));
  GtkWidget *cancel = mnemonic_button (_("_Cancel"));

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  if (self->id != NULL)
    {
      GtkWidget *remove = mnemonic_button (_("_Remove"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove");
      gtk_widget_add_css_class (remove, "destructive-action");
      gtk_box_append (GTK_BOX (box), remove);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (box), cancel);
  gtk_box_append (GTK_BOX (box), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  return box;
}

static void
build (TradeoffOwnCriterionEditor *self)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (self->decision);
  TradeoffCriterion *editing = self->id != NULL ? tradeoff_comparison_find_criterion (comparison, self->id) : NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_title (GTK_WINDOW (self), self->id != NULL ? _("Edit Your Criterion") : _("Add Your Own Criterion"));
  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);

  self->label = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (self->label), TRUE);
  if (editing != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->label), tradeoff_criterion_get_label (editing));
  add_field (grid, 0, _("_Label"), TRUE, self->label);
  self->label_error = new_error_label ();
  gtk_grid_attach (grid, self->label_error, 1, 1, 1, 1);

  build_groups (self, editing);
  add_field (grid, 2, _("_Group"), TRUE, self->group);
  self->new_group = gtk_entry_new ();
  self->new_group_label = add_field (grid, 3, _("_New group"), TRUE, self->new_group);
  self->new_group_error = new_error_label ();
  gtk_grid_attach (grid, self->new_group_error, 1, 4, 1, 1);
  on_group_selected (self);
  g_signal_connect_swapped (self->group, "notify::selected", G_CALLBACK (on_group_selected), self);
  g_signal_connect_swapped (self->label, "changed", G_CALLBACK (on_label_changed), self);
  g_signal_connect_swapped (self->new_group, "changed", G_CALLBACK (on_new_group_changed), self);
  _tradeoff_text_limit_editable (GTK_EDITABLE (self->label), "label", on_label_cut, self);
  _tradeoff_text_limit_editable (GTK_EDITABLE (self->new_group), "label", on_new_group_cut, self);

  build_weights (self, grid, 5, editing);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (grid));
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 480);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  self->error = new_error_label ();

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), self->error);
  gtk_box_append (GTK_BOX (box), build_buttons (self));
  gtk_window_set_child (GTK_WINDOW (self), box);
}

GtkWindow *
tradeoff_own_criterion_editor_new (GtkWindow        *parent,
                                   TradeoffDecision *decision,
                                   const char       *id)
{
  TradeoffOwnCriterionEditor *self;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (decision), NULL);

  self = g_object_new (TRADEOFF_TYPE_OWN_CRITERION_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "default-width", 440,
                       NULL);
  self->decision = g_object_ref (decision);
  self->id = g_strdup (id);
  build (self);
  return GTK_WINDOW (self);
}

const char *
tradeoff_own_criterion_editor_get_id (TradeoffOwnCriterionEditor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OWN_CRITERION_EDITOR (self), NULL);

  return self->id;
}

static void
tradeoff_own_criterion_editor_dispose (GObject *object)
{
  TradeoffOwnCriterionEditor *self = TRADEOFF_OWN_CRITERION_EDITOR (object);

  g_clear_object (&self->decision);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_clear_pointer (&self->weights, g_ptr_array_unref);

  G_OBJECT_CLASS (tradeoff_own_criterion_editor_parent_class)->dispose (object);
}

static void
tradeoff_own_criterion_editor_class_init (TradeoffOwnCriterionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_own_criterion_editor_dispose;

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tradeoff_own_criterion_editor_init (TradeoffOwnCriterionEditor *self)
{
  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->weights = g_ptr_array_new ();
}
