/* tradeoff-editor-parts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's actions on whole parts: add, move and remove options,
 * aspects, FAQ entries, groups and criteria.  Each changes the builder and
 * lists the parts anew; a part added is scrolled to and focused, to be
 * typed into; removing what a criterion refers to asks first.
 */

#define G_LOG_DOMAIN "tradeoff-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-editor-window-private.h"

static gboolean
id_taken (TradeoffComparisonBuilder *b,
          const char                *id)
{
  if (g_strcmp0 (tradeoff_comparison_builder_get_text (b, "id"), id) == 0)
    return TRUE;
  for (guint i = 0; i < b->options->len; i++)
    if (g_strcmp0 (OPTION (b, i)->id, id) == 0)
      return TRUE;
  for (guint i = 0; i < b->aspects->len; i++)
    if (g_strcmp0 (ASPECT (b, i)->id, id) == 0)
      return TRUE;
  for (guint i = 0; i < b->groups->len; i++)
    {
      if (g_strcmp0 (GROUP (b, i)->id, id) == 0)
        return TRUE;
      for (guint j = 0; j < GROUP (b, i)->criteria->len; j++)
        if (g_strcmp0 (CRITERION (b, i, j)->id, id) == 0)
          return TRUE;
    }
  return _tradeoff_editor_has_faq_entry (b, id);
}

/* Ids are the file's business, not the person's: a new part gets one no
 * other part has, which they may change. */
static char *
new_id (TradeoffComparisonBuilder *b,
        const char                *prefix)
{
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);

      if (!id_taken (b, id))
        return g_steal_pointer (&id);
    }
}

static void
rebuilt (TradeoffEditorWindow *self)
{
  _tradeoff_editor_form_populate (self);
  _tradeoff_editor_window_changed (self, NULL);
}

static void
add_option_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  g_autofree char *id = new_id (self->builder, "option");
  g_autofree char *name = NULL;
  g_autofree char *verdict = NULL;
  guint n = self->builder->options->len;

  if (n >= TRADEOFF_MAX_OPTIONS)
    return;

  /* Translators: the name a new option starts with; %u is its place. */
  name = g_strdup_printf (_("Option %u"), n + 1);
  /* Translators: the verdict a new option starts with; %s is its name. */
  verdict = g_strdup_printf (_("%s fits best."), name);
  tradeoff_comparison_builder_add_option (self->builder, id, name, verdict);
  rebuilt (self);
  _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_OPTION, n, 0);
}

static void
move_option_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint from, to;

  g_variant_get (parameter, "(uu)", &from, &to);
  if (from >= self->builder->options->len || to >= self->builder->options->len)
    return;

  tradeoff_comparison_builder_move_option (self->builder, from, to);
  rebuilt (self);
}

static void
remove_option_confirmed (TradeoffEditorWindow *self,
                         guint                 answer,
                         gpointer              data)
{
  guint index = GPOINTER_TO_UINT (data);

  if (answer != 0 || index >= self->builder->options->len)
    return;

  tradeoff_comparison_builder_remove_option (self->builder, index);
  rebuilt (self);
}

/* The labels of the criteria that @refers says refer to something, one a
 * line, or %NULL when none does. */
static char *
referring_criteria (TradeoffComparisonBuilder *b,
                    gboolean (*refers) (CriterionData *, gconstpointer),
                    gconstpointer              what)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < b->groups->len; i++)
    for (guint j = 0; j < GROUP (b, i)->criteria->len; j++)
      {
        CriterionData *c = CRITERION (b, i, j);

        if (refers (c, what))
          g_string_append_printf (list, "\n• %s", c->label != NULL ? c->label : c->id);
      }

  return list->len > 0 ? g_string_free (g_steal_pointer (&list), FALSE) : NULL;
}

static gboolean
weighs_option (CriterionData *c,
               gconstpointer  option)
{
  return g_array_index (c->weights, int, GPOINTER_TO_UINT (option)) != 0;
}

static gboolean
cites_entry (CriterionData *c,
             gconstpointer  id)
{
  return g_strcmp0 (c->source, id) == 0;
}

static void
ask_to_remove (TradeoffEditorWindow *self,
               const char           *question,
               const char           *detail,
               TradeoffEditorAnswer  callback,
               guint                 index)
{
  const char *buttons[] = { _("_Remove"), _("_Cancel"), NULL };

  _tradeoff_editor_window_ask (self, question, detail, buttons, callback,
                               GUINT_TO_POINTER (index), NULL);
}

static void
remove_option_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autofree char *criteria = NULL;
  g_autofree char *question = NULL;
  g_autofree char *detail = NULL;
  OptionData *option;

  if (index >= self->builder->options->len || self->builder->options->len <= TRADEOFF_MIN_OPTIONS)
    return;

  option = OPTION (self->builder, index);
  criteria = referring_criteria (self->builder, weighs_option, GUINT_TO_POINTER (index));
  if (criteria == NULL)
    {
      remove_option_confirmed (self, 0, GUINT_TO_POINTER (index));
      return;
    }

  /* Translators: %s is the option's name. */
  question = g_strdup_printf (_("Remove the option “%s”?"), option->name != NULL ? option->name : option->id);
  /* Translators: followed by a list of criteria, one a line. */
  detail = g_strdup_printf (_("These criteria weigh it, and lose its weights:%s"), criteria);
  ask_to_remove (self, question, detail, remove_option_confirmed, index);
}

static void
add_aspect_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  g_autofree char *id = new_id (self->builder, "aspect");
  guint index;

  index = tradeoff_comparison_builder_add_aspect (self->builder, id, NULL);
  rebuilt (self);
  _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_ASPECT, index, 0);
}

static void
remove_aspect_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->builder->aspects->len)
    return;

  tradeoff_comparison_builder_remove_aspect (self->builder, index);
  rebuilt (self);
}

static void
add_faq_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  g_autofree char *id = new_id (self->builder, "question");
  guint index;

  index = tradeoff_comparison_builder_add_faq_entry (self->builder, id, NULL, NULL);
  rebuilt (self);
  _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_FAQ, index, 0);
}

static void
remove_faq_confirmed (TradeoffEditorWindow *self,
                      guint                 answer,
                      gpointer              data)
{
  TradeoffComparisonBuilder *b = self->builder;
  guint index = GPOINTER_TO_UINT (data);
  g_autofree char *id = NULL;

  if (answer != 0 || index >= b->faq->len)
    return;

  /* The criteria that cited it no longer cite anything. */
  id = g_strdup (FAQ (b, index)->id);
  for (guint i = 0; i < b->groups->len; i++)
    for (guint j = 0; j < GROUP (b, i)->criteria->len; j++)
      {
        CriterionData *c = CRITERION (b, i, j);

        if (g_strcmp0 (c->source, id) == 0)
          {
            g_autofree char *cid = g_strdup (c->id);
            g_autofree char *label = g_strdup (c->label);
            g_autofree char *rationale = g_strdup (c->rationale);

            tradeoff_comparison_builder_set_criterion (b, i, j, cid, label, rationale, NULL);
          }
      }
  tradeoff_comparison_builder_remove_faq_entry (b, index);
  rebuilt (self);
}

static void
remove_faq_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autofree char *criteria = NULL;
  g_autofree char *question = NULL;
  g_autofree char *detail = NULL;
  FaqData *entry;

  if (index >= self->builder->faq->len)
    return;

  entry = FAQ (self->builder, index);
  criteria = referring_criteria (self->builder, cites_entry, entry->id);
  if (criteria == NULL)
    {
      remove_faq_confirmed (self, 0, GUINT_TO_POINTER (index));
      return;
    }

  /* Translators: %s is the question. */
  question = g_strdup_printf (_("Remove the question “%s”?"),
                              entry->question != NULL ? entry->question : entry->id);
  /* Translators: followed by a list of criteria, one a line. */
  detail = g_strdup_printf (_("These criteria cite it as their source, and will cite nothing:%s"), criteria);
  ask_to_remove (self, question, detail, remove_faq_confirmed, index);
}

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  g_autofree char *id = new_id (self->builder, "group");
  g_autofree char *criterion_id = NULL;
  guint group;

  /* A group holds at least one criterion: it comes with its first. */
  group = tradeoff_comparison_builder_add_group (self->builder, id, NULL, FALSE);
  criterion_id = new_id (self->builder, "criterion");
  tradeoff_comparison_builder_add_criterion (self->builder, group, criterion_id, NULL, NULL, NULL);
  rebuilt (self);
  _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_GROUP, group, 0);
}

static void
remove_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->builder->groups->len)
    return;

  tradeoff_comparison_builder_remove_group (self->builder, index);
  rebuilt (self);
}

static void
add_criterion_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint group = g_variant_get_uint32 (parameter);
  g_autofree char *id = NULL;
  guint index;

  if (group >= self->builder->groups->len)
    return;

  id = new_id (self->builder, "criterion");
  index = tradeoff_comparison_builder_add_criterion (self->builder, group, id, NULL, NULL, NULL);
  rebuilt (self);
  _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_CRITERION, group, index);
}

static void
remove_criterion_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint group, criterion;

  g_variant_get (parameter, "(uu)", &group, &criterion);
  if (group >= self->builder->groups->len || criterion >= GROUP (self->builder, group)->criteria->len)
    return;

  tradeoff_comparison_builder_remove_criterion (self->builder, group, criterion);
  rebuilt (self);
}

/* The Go To menu: a section's first field, or its heading's Add button
 * where it has one (a comparison may have no aspects or criteria yet). */
static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TradeoffEditorWindow *self = TRADEOFF_EDITOR_WINDOW (widget);
  guint section = g_variant_get_uint32 (parameter);

  if (section == TRADEOFF_EDITOR_SECTION_COMPARISON)
    _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_TEXTS, 0, 0);
  else if (section == TRADEOFF_EDITOR_SECTION_VERDICTS)
    _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_VERDICTS, 0, 0);
  else if (section < TRADEOFF_EDITOR_SECTION_VERDICTS)
    _tradeoff_editor_form_reveal (self, TRADEOFF_EDITOR_PART_HEADING, section, 0);
}

void
_tradeoff_editor_form_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.go-to", "u", go_to_action);
  gtk_widget_class_install_action (widget_class, "editor.add-option", NULL, add_option_action);
  gtk_widget_class_install_action (widget_class, "editor.move-option", "(uu)", move_option_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-option", "u", remove_option_action);
  gtk_widget_class_install_action (widget_class, "editor.add-aspect", NULL, add_aspect_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-aspect", "u", remove_aspect_action);
  gtk_widget_class_install_action (widget_class, "editor.add-faq", NULL, add_faq_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-faq", "u", remove_faq_action);
  gtk_widget_class_install_action (widget_class, "editor.add-group", NULL, add_group_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-group", "u", remove_group_action);
  gtk_widget_class_install_action (widget_class, "editor.add-criterion", "u", add_criterion_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-criterion", "(uu)", remove_criterion_action);
}
