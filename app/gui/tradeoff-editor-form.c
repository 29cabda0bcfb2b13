/* tradeoff-editor-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's fields.  The builder is the editor's state, valid or not:
 * a field writes its text to the builder as it is typed, and is checked
 * on its own by the loader's rules (tradeoff-comparison-rules.h), so the
 * problem shows next to it in the loader's words.  What only the whole
 * comparison decides (an id used twice) the build says, above the form.
 * Adding, removing or moving a part changes the builder and lists the
 * parts anew.  Each function here makes the widgets of one row of the
 * form's list (tradeoff-editor-list.c), when the list shows that row.
 */

#define G_LOG_DOMAIN "tradeoff-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window-private.h"
#include "tradeoff-text-limit-private.h"

typedef enum
{
  FIELD_TEXT,            /* which: the builder's field name */
  FIELD_OPTION_ID,
  FIELD_OPTION_NAME,
  FIELD_OPTION_VERDICT,
  FIELD_ASPECT_ID,
  FIELD_ASPECT_LABEL,
  FIELD_VALUE,           /* i: aspect, j: option */
  FIELD_FAQ_ID,
  FIELD_FAQ_QUESTION,
  FIELD_FAQ_ANSWER,
  FIELD_GROUP_ID,
  FIELD_GROUP_LABEL,
  FIELD_CRITERION_ID,    /* i: group, j: criterion */
  FIELD_CRITERION_LABEL,
  FIELD_CRITERION_RATIONALE,
  FIELD_CRITERION_SOURCE,
} FieldKind;

typedef struct
{
  FieldKind   kind;
  guint       i;
  guint       j;
  const char *which;
} FieldRef;


/* Writes @text to the part of the builder @ref names.  The builder's
 * setters take whole parts, so the rest is copied first. */
static void
apply (TradeoffComparisonBuilder *b,
       const FieldRef            *ref,
       const char                *text)
{
  g_autofree char *id = NULL;
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  g_autofree char *t3 = NULL;

  switch (ref->kind)
    {
    case FIELD_TEXT:
      tradeoff_comparison_builder_set_text (b, ref->which, text);
      break;
    case FIELD_OPTION_ID:
    case FIELD_OPTION_NAME:
    case FIELD_OPTION_VERDICT:
      id = g_strdup (ref->kind == FIELD_OPTION_ID ? text : OPTION (b, ref->i)->id);
      t1 = g_strdup (ref->kind == FIELD_OPTION_NAME ? text : OPTION (b, ref->i)->name);
      t2 = g_strdup (ref->kind == FIELD_OPTION_VERDICT ? text : OPTION (b, ref->i)->verdict);
      tradeoff_comparison_builder_set_option (b, ref->i, id, t1, t2);
      break;
    case FIELD_ASPECT_ID:
    case FIELD_ASPECT_LABEL:
      tradeoff_comparison_builder_set_aspect (b, ref->i,
                                              ref->kind == FIELD_ASPECT_ID ? text : ASPECT (b, ref->i)->id,
                                              ref->kind == FIELD_ASPECT_LABEL ? text : ASPECT (b, ref->i)->label);
      break;
    case FIELD_VALUE:
      tradeoff_comparison_builder_set_value (b, ref->i, ref->j, text);
      break;
    case FIELD_FAQ_ID:
    case FIELD_FAQ_QUESTION:
    case FIELD_FAQ_ANSWER:
      tradeoff_comparison_builder_set_faq_entry (b, ref->i,
                                                 ref->kind == FIELD_FAQ_ID ? text : FAQ (b, ref->i)->id,
                                                 ref->kind == FIELD_FAQ_QUESTION ? text : FAQ (b, ref->i)->question,
                                                 ref->kind == FIELD_FAQ_ANSWER ? text : FAQ (b, ref->i)->answer);
      break;
    case FIELD_GROUP_ID:
    case FIELD_GROUP_LABEL:
      tradeoff_comparison_builder_set_group (b, ref->i,
                                             ref->kind == FIELD_GROUP_ID ? text : GROUP (b, ref->i)->id,
                                             ref->kind == FIELD_GROUP_LABEL ? text : GROUP (b, ref->i)->label,
                                             GROUP (b, ref->i)->exclusive);
      break;
    case FIELD_CRITERION_ID:
    case FIELD_CRITERION_LABEL:
    case FIELD_CRITERION_RATIONALE:
    case FIELD_CRITERION_SOURCE:
      {
        CriterionData *c = CRITERION (b, ref->i, ref->j);

        id = g_strdup (ref->kind == FIELD_CRITERION_ID ? text : c->id);
        t1 = g_strdup (ref->kind == FIELD_CRITERION_LABEL ? text : c->label);
        t2 = g_strdup (ref->kind == FIELD_CRITERION_RATIONALE ? text : c->rationale);
        t3 = g_strdup (ref->kind == FIELD_CRITERION_SOURCE ? text : c->source);
        tradeoff_comparison_builder_set_criterion (b, ref->i, ref->j, id, t1, t2, t3);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* The element the file format names the text by, as the loader's errors do. */
static const char *
element_of (const FieldRef *ref)
{
  static const struct { const char *field; const char *element; } texts[] = {
    { "title", "title" }, { "byline", "byline" }, { "intro", "intro" },
    { "tie-verdict", "tie" }, { "none-verdict", "none" },
  };
  static const char * const elements[] = {
    [FIELD_OPTION_NAME] = "name",
    [FIELD_OPTION_VERDICT] = "verdict",
    [FIELD_ASPECT_LABEL] = "label",
    [FIELD_VALUE] = "value",
    [FIELD_FAQ_QUESTION] = "question",
    [FIELD_FAQ_ANSWER] = "answer",
    [FIELD_GROUP_LABEL] = "label",
    [FIELD_CRITERION_LABEL] = "label",
    [FIELD_CRITERION_RATIONALE] = "rationale",
    [FIELD_CRITERION_SOURCE] = NULL,
  };

  if (ref->kind == FIELD_TEXT)
    {
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        if (g_str_equal (texts[i].field, ref->which))
          return texts[i].element;
      return ref->which;
    }

  return elements[ref->kind];
}

static gboolean
is_id (const FieldRef *ref)
{
  return ref->kind == FIELD_OPTION_ID || ref->kind == FIELD_ASPECT_ID ||
         ref->kind == FIELD_FAQ_ID || ref->kind == FIELD_GROUP_ID ||
         ref->kind == FIELD_CRITERION_ID ||
         (ref->kind == FIELD_TEXT && g_str_equal (ref->which, "id"));
}

gboolean
_tradeoff_editor_has_faq_entry (TradeoffComparisonBuilder *b,
               const char                *id)
{
  for (guint i = 0; i < b->faq->len; i++)
    if (g_strcmp0 (FAQ (b, i)->id, id) == 0)
      return TRUE;
  return FALSE;
}

/* The field's own problem, as the loader would say it, or %NULL. */
static char *
check (TradeoffComparisonBuilder *b,
       const FieldRef            *ref,
       const char                *text)
{
  g_autoptr(GError) error = NULL;
  gboolean optional = ref->kind == FIELD_TEXT &&
                      (g_str_equal (ref->which, "byline") || g_str_equal (ref->which, "intro"));

  if (is_id (ref))
    tradeoff_rules_check_id (text, &error);
  else if (ref->kind == FIELD_CRITERION_SOURCE)
    {
      /* No source is allowed; a source must be a FAQ entry's id. */
      if (!is_blank (text) && tradeoff_rules_check_id (text, &error) &&
          !_tradeoff_editor_has_faq_entry (b, text))
        tradeoff_rules_set_unknown_source (&error, CRITERION (b, ref->i, ref->j)->id, text);
    }
  else if (!(optional && is_blank (text)))
    tradeoff_rules_check_text (element_of (ref), text, &error);

  return error != NULL ? g_strdup (error->message) : NULL;
}

static void
field_changed (TradeoffEditorField  *field,
               TradeoffEditorWindow *self)
{
  const FieldRef *ref = g_object_get_data (G_OBJECT (field), "ref");
  g_autofree char *text = tradeoff_editor_field_dup_text (field);
  g_autofree char *problem = NULL;
  g_autofree char *key = NULL;

  apply (self->builder, ref, text);
  problem = check (self->builder, ref, text);
  tradeoff_editor_field_set_error (field, problem);

  key = g_strdup_printf ("%d/%u/%u/%s", ref->kind, ref->i, ref->j, ref->which ? ref->which : "");
  _tradeoff_editor_window_changed (self, key);
}

static GtkWidget *
add_field (TradeoffEditorWindow *self,
           GtkWidget            *box,
           const char           *label,
           gboolean              multiline,
           const char           *text,
           FieldRef              ref)
{
  GtkWidget *field = tradeoff_editor_field_new (label, multiline);
  g_autofree char *problem = NULL;

  g_object_set_data_full (G_OBJECT (field), "ref", g_memdup2 (&ref, sizeof ref), g_free);
  /* Before the text: the comparison's texts all keep their rules (the
   * loader and the builder refuse any other), so none is ever cut here. */
  tradeoff_editor_field_set_limit (TRADEOFF_EDITOR_FIELD (field),
                                   is_id (&ref) || ref.kind == FIELD_CRITERION_SOURCE ? "id"
                                                                                       : element_of (&ref));
  tradeoff_editor_field_set_text (TRADEOFF_EDITOR_FIELD (field), text);
  problem = check (self->builder, &ref, text != NULL ? text : "");
  tradeoff_editor_field_set_error (TRADEOFF_EDITOR_FIELD (field), problem);
  g_signal_connect_object (field, "changed", G_CALLBACK (field_changed), self, 0);
  gtk_box_append (GTK_BOX (box), field);
  return field;
}

/* A button with a mnemonic, named once and without its underscore: GTK
 * 4.8 names a button by its label with the underscore and then by the
 * label's text ("_Remove Remove"), and by a name given and then the text
 * ("Remove Remove"); a label that presents only is left out. */
static GtkWidget *
mnemonic_button (const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = g_object_new (GTK_TYPE_LABEL,
                                  "label", label,
                                  "use-underline", TRUE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  g_autoptr(GString) plain = g_string_new (label);

  /* No mnemonic widget: that would name the button by the label again;
   * the mnemonic finds the button around it. */
  gtk_button_set_child (GTK_BUTTON (button), text);
  g_string_replace (plain, "_", "", 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str, -1);
  return button;
}

/* A section's heading, with the button that adds to it. */
static GtkWidget *
heading_row (const char *title,
             const char *add_label,
             const char *add_action)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (row), heading);
  if (add_label != NULL)
    {
      GtkWidget *add = mnemonic_button (add_label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), add_action);
      gtk_box_append (GTK_BOX (row), add);
    }
  gtk_widget_set_margin_top (row, 18);
  return row;
}

static GtkWidget *
build_heading (TradeoffEditorSection section)
{
  switch (section)
    {
    case TRADEOFF_EDITOR_SECTION_COMPARISON:
      return heading_row (_("Comparison"), NULL, NULL);
    case TRADEOFF_EDITOR_SECTION_OPTIONS:
      return heading_row (_("Options"), _("Add _option"), "editor.add-option");
    case TRADEOFF_EDITOR_SECTION_GRID:
      return heading_row (_("Grid"), _("Add as_pect"), "editor.add-aspect");
    case TRADEOFF_EDITOR_SECTION_FAQ:
      return heading_row (_("Frequently asked questions"), _("Add _question"), "editor.add-faq");
    case TRADEOFF_EDITOR_SECTION_CRITERIA:
      return heading_row (_("Criteria"), _("Add g_roup"), "editor.add-group");
    case TRADEOFF_EDITOR_SECTION_VERDICTS:
    default:
      return heading_row (_("Verdicts"), NULL, NULL);
    }
}

/* A framed part with a row of buttons under its fields; @frame is the
 * row's widget. */
static GtkWidget *
part (GtkWidget  **frame,
      GtkWidget  **buttons)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  *frame = gtk_frame_new (NULL);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_frame_set_child (GTK_FRAME (*frame), box);
  *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (*buttons, GTK_ALIGN_END);
  return box;
}

/* A button of a part; one that can do nothing there (the first option
 * moved up, one of two removed) is off, with no action: a button with an
 * action takes its sensitivity from the action, enabled for every part. */
static GtkWidget *
part_button (GtkWidget  *buttons,
             const char *label,
             const char *action,
             GVariant   *target,
             gboolean    can)
{
  GtkWidget *button = mnemonic_button (label);

  if (can)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
    }
  else
    {
      g_variant_unref (g_variant_ref_sink (target));
      gtk_widget_set_sensitive (button, FALSE);
    }
  gtk_box_append (GTK_BOX (buttons), button);
  return button;
}

static GtkWidget *
build_texts (TradeoffEditorWindow *self)
{
  TradeoffComparisonBuilder *b = self->builder;
  static const struct { const char *field; const char *label; gboolean multiline; } texts[] = {
    { "title", N_("Title"), FALSE },
    { "byline", N_("Byline"), FALSE },
    { "intro", N_("Introduction"), TRUE },
    { "id", N_("Identifier"), FALSE },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    add_field (self, box, _(texts[i].label), texts[i].multiline,
               tradeoff_comparison_builder_get_text (b, texts[i].field),
               (FieldRef) { FIELD_TEXT, 0, 0, texts[i].field });
  return box;
}

static GtkWidget *
build_option (TradeoffEditorWindow *self,
              guint                 i)
{
  TradeoffComparisonBuilder *b = self->builder;
  guint n = b->options->len;
  OptionData *option = OPTION (b, i);
  GtkWidget *frame, *buttons;
  GtkWidget *fields = part (&frame, &buttons);
  GtkWidget *button;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  /* Translators: %u is the option's place, from 1. */
  name = g_strdup_printf (_("Option %u name"), i + 1);
  add_field (self, fields, name, FALSE, option->name, (FieldRef) { FIELD_OPTION_NAME, i, 0, NULL });
  add_field (self, fields, _("Verdict when it fits best"), FALSE, option->verdict,
             (FieldRef) { FIELD_OPTION_VERDICT, i, 0, NULL });
  add_field (self, fields, _("Identifier"), FALSE, option->id, (FieldRef) { FIELD_OPTION_ID, i, 0, NULL });

  part_button (buttons, _("Move up"), "editor.move-option", g_variant_new ("(uu)", i, i - 1), i > 0);
  part_button (buttons, _("Move down"), "editor.move-option", g_variant_new ("(uu)", i, i + 1), i + 1 < n);
  button = part_button (buttons, _("Remove"), "editor.remove-option", g_variant_new_uint32 (i),
                        n > TRADEOFF_MIN_OPTIONS);
  /* Translators: what a screen reader says for the Remove button of an option. */
  label = g_strdup_printf (_("Remove option %u"), i + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (fields), buttons);
  return frame;
}

static GtkWidget *
build_aspect (TradeoffEditorWindow *self,
              guint                 i)
{
  TradeoffComparisonBuilder *b = self->builder;
  AspectData *aspect = ASPECT (b, i);
  GtkWidget *frame, *buttons;
  GtkWidget *fields = part (&frame, &buttons);
  GtkWidget *button;
  g_autofree char *label = NULL;

  add_field (self, fields, _("Aspect"), FALSE, aspect->label,
             (FieldRef) { FIELD_ASPECT_LABEL, i, 0, NULL });
  for (guint j = 0; j < b->options->len; j++)
    {
      g_autofree char *value_label = NULL;

      /* Translators: the label of an aspect's value; %s is the option's name. */
      value_label = g_strdup_printf (_("Value for %s"),
                                     OPTION (b, j)->name != NULL ? OPTION (b, j)->name : OPTION (b, j)->id);
      add_field (self, fields, value_label, FALSE, g_ptr_array_index (aspect->values, j),
                 (FieldRef) { FIELD_VALUE, i, j, NULL });
    }
  add_field (self, fields, _("Identifier"), FALSE, aspect->id, (FieldRef) { FIELD_ASPECT_ID, i, 0, NULL });
  button = part_button (buttons, _("Remove"), "editor.remove-aspect", g_variant_new_uint32 (i), TRUE);
  label = g_strdup_printf (_("Remove aspect %u"), i + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (fields), buttons);
  return frame;
}

static GtkWidget *
build_faq (TradeoffEditorWindow *self,
           guint                 i)
{
  FaqData *entry = FAQ (self->builder, i);
  GtkWidget *frame, *buttons;
  GtkWidget *fields = part (&frame, &buttons);
  GtkWidget *button;
  g_autofree char *label = NULL;

  add_field (self, fields, _("Question"), FALSE, entry->question,
             (FieldRef) { FIELD_FAQ_QUESTION, i, 0, NULL });
  add_field (self, fields, _("Answer"), TRUE, entry->answer, (FieldRef) { FIELD_FAQ_ANSWER, i, 0, NULL });
  add_field (self, fields, _("Identifier"), FALSE, entry->id, (FieldRef) { FIELD_FAQ_ID, i, 0, NULL });
  button = part_button (buttons, _("Remove"), "editor.remove-faq", g_variant_new_uint32 (i), TRUE);
  label = g_strdup_printf (_("Remove question %u"), i + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (fields), buttons);
  return frame;
}

static void
weight_changed (GtkSpinButton        *spin,
                TradeoffEditorWindow *self)
{
  const FieldRef *ref = g_object_get_data (G_OBJECT (spin), "ref");
  guint option = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "option"));
  g_autofree char *key = g_strdup_printf ("weight/%u/%u/%u", ref->i, ref->j, option);

  tradeoff_comparison_builder_set_weight (self->builder, ref->i, ref->j, option,
                                          gtk_spin_button_get_value_as_int (spin));
  _tradeoff_editor_window_changed (self, key);
}

static void
add_weights (TradeoffEditorWindow *self,
             GtkWidget            *fields,
             guint                 group,
             guint                 criterion)
{
  TradeoffComparisonBuilder *b = self->builder;
  CriterionData *data = CRITERION (b, group, criterion);
  GtkWidget *flow = gtk_flow_box_new ();
  FieldRef ref = { FIELD_CRITERION_ID, group, criterion, NULL };

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  for (guint j = 0; j < b->options->len; j++)
    {
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *spin = gtk_spin_button_new_with_range (TRADEOFF_MIN_WEIGHT, TRADEOFF_MAX_WEIGHT, 1);
      g_autofree char *label = NULL;
      GtkWidget *title, *message;

      /* Translators: a criterion's weight for one option; %s is its name. */
      label = g_strdup_printf (_("Weight for %s"),
                               OPTION (b, j)->name != NULL ? OPTION (b, j)->name : OPTION (b, j)->id);
      title = gtk_label_new (label);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), g_array_index (data->weights, int, j));
      /* A paste into its text is cut at a weight's length too, and the
       * message under it says why; it takes the nearest weight when it
       * is left. */
      message = gtk_label_new (NULL);
      _tradeoff_text_limit_weight (GTK_SPIN_BUTTON (spin), GTK_LABEL (message));
      g_object_set_data_full (G_OBJECT (spin), "ref", g_memdup2 (&ref, sizeof ref), g_free);
      g_object_set_data (G_OBJECT (spin), "option", GUINT_TO_POINTER (j));
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (weight_changed), self, 0);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
      gtk_box_append (GTK_BOX (cell), title);
      gtk_box_append (GTK_BOX (cell), spin);
      gtk_box_append (GTK_BOX (cell), message);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), cell);
      gtk_widget_set_focusable (gtk_widget_get_parent (cell), FALSE);
    }
  gtk_box_append (GTK_BOX (fields), flow);
}

static void
exclusive_toggled (GtkCheckButton       *check,
                   TradeoffEditorWindow *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "group"));
  GroupData *group = GROUP (self->builder, i);
  g_autofree char *id = g_strdup (group->id);
  g_autofree char *label = g_strdup (group->label);

  tradeoff_comparison_builder_set_group (self->builder, i, id, label,
                                         gtk_check_button_get_active (check));
  _tradeoff_editor_window_changed (self, NULL);
}

static GtkWidget *
build_criterion (TradeoffEditorWindow *self,
                 guint                 i,
                 guint                 j)
{
  CriterionData *criterion = CRITERION (self->builder, i, j);
  GtkWidget *frame, *buttons;
  GtkWidget *fields = part (&frame, &buttons);
  GtkWidget *button;
  g_autofree char *label = NULL;

  add_field (self, fields, _("Criterion"), FALSE, criterion->label,
             (FieldRef) { FIELD_CRITERION_LABEL, i, j, NULL });
  add_field (self, fields, _("Rationale"), FALSE, criterion->rationale,
             (FieldRef) { FIELD_CRITERION_RATIONALE, i, j, NULL });
  add_weights (self, fields, i, j);
  add_field (self, fields, _("Identifier of the FAQ entry it comes from (optional)"), FALSE,
             criterion->source, (FieldRef) { FIELD_CRITERION_SOURCE, i, j, NULL });
  add_field (self, fields, _("Identifier"), FALSE, criterion->id,
             (FieldRef) { FIELD_CRITERION_ID, i, j, NULL });
  button = part_button (buttons, _("Remove"), "editor.remove-criterion", g_variant_new ("(uu)", i, j), TRUE);
  /* Translators: the screen reader's name of a criterion's Remove button. */
  label = g_strdup_printf (_("Remove criterion %u of group %u"), j + 1, i + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (fields), buttons);
  /* Under its group's row, indented as it was inside the group's frame. */
  gtk_widget_set_margin_start (frame, 24);
  return frame;
}

/* A group's own fields; its criteria are the rows after it. */
static GtkWidget *
build_group (TradeoffEditorWindow *self,
             guint                 i)
{
  GroupData *group = GROUP (self->builder, i);
  GtkWidget *frame, *buttons;
  GtkWidget *fields = part (&frame, &buttons);
  GtkWidget *exclusive = gtk_check_button_new_with_label (_("Only one of this group can be ticked"));
  GtkWidget *button;
  g_autofree char *label = NULL;

  add_field (self, fields, _("Group"), FALSE, group->label, (FieldRef) { FIELD_GROUP_LABEL, i, 0, NULL });
  add_field (self, fields, _("Identifier"), FALSE, group->id, (FieldRef) { FIELD_GROUP_ID, i, 0, NULL });
  gtk_check_button_set_active (GTK_CHECK_BUTTON (exclusive), group->exclusive);
  g_object_set_data (G_OBJECT (exclusive), "group", GUINT_TO_POINTER (i));
  g_signal_connect_object (exclusive, "toggled", G_CALLBACK (exclusive_toggled), self, 0);
  gtk_box_append (GTK_BOX (fields), exclusive);

  part_button (buttons, _("Add criterion"), "editor.add-criterion", g_variant_new_uint32 (i), TRUE);
  button = part_button (buttons, _("Remove group"), "editor.remove-group", g_variant_new_uint32 (i), TRUE);
  label = g_strdup_printf (_("Remove group %u"), i + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (fields), buttons);
  return frame;
}

static GtkWidget *
build_verdicts (TradeoffEditorWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  add_field (self, box, _("When options tie"), FALSE,
             tradeoff_comparison_builder_get_text (self->builder, "tie-verdict"),
             (FieldRef) { FIELD_TEXT, 0, 0, "tie-verdict" });
  add_field (self, box, _("When nothing is ticked"), FALSE,
             tradeoff_comparison_builder_get_text (self->builder, "none-verdict"),
             (FieldRef) { FIELD_TEXT, 0, 0, "none-verdict" });
  return box;
}

/* The row's widgets for @part, read from the builder now: a row is made
 * only when the list shows it (see tradeoff-editor-list.c). */
GtkWidget *
_tradeoff_editor_form_build_part (TradeoffEditorWindow *self,
                                  TradeoffEditorPart   *part)
{
  guint i = tradeoff_editor_part_get_i (part);
  guint j = tradeoff_editor_part_get_j (part);

  switch (tradeoff_editor_part_get_kind (part))
    {
    case TRADEOFF_EDITOR_PART_HEADING:
      return build_heading (i);
    case TRADEOFF_EDITOR_PART_TEXTS:
      return build_texts (self);
    case TRADEOFF_EDITOR_PART_OPTION:
      return build_option (self, i);
    case TRADEOFF_EDITOR_PART_ASPECT:
      return build_aspect (self, i);
    case TRADEOFF_EDITOR_PART_FAQ:
      return build_faq (self, i);
    case TRADEOFF_EDITOR_PART_GROUP:
      return build_group (self, i);
    case TRADEOFF_EDITOR_PART_CRITERION:
      return build_criterion (self, i, j);
    case TRADEOFF_EDITOR_PART_VERDICTS:
    default:
      return build_verdicts (self);
    }
}
