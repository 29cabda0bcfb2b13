/* tradeoff-comparison-builder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison that can still change.  A TradeoffComparison never changes
 * once sealed, so every view can hold on to its items; whatever makes one
 * in code (the importer, an editor) fills a builder instead, in any order,
 * and builds a comparison when it is done.  Building checks every rule the
 * loader checks, with the same words (tradeoff-comparison-rules.c), and
 * fails rather than hand out a comparison that could not be saved and
 * loaded again (tradeoff-comparison-builder-build.c).
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"


#include "tradeoff-comparison-builder-private.h"
#include "tradeoff-loader-private.h"

G_DEFINE_FINAL_TYPE (TradeoffComparisonBuilder, tradeoff_comparison_builder, G_TYPE_OBJECT)

const char * const _tradeoff_comparison_builder_fields[] = {
  "id", "title", "byline", "updated", "intro", "grid-heading", "aspect-heading",
  "faq-heading", "criteria-heading", "tie-verdict", "none-verdict", "display-name",
  "gettext-domain", "preamble",
};

static void
option_data_free (OptionData *data)
{
  g_free (data->id);
  g_free (data->name);
  g_free (data->verdict);
  g_free (data);
}

static void
aspect_data_free (AspectData *data)
{
  g_free (data->id);
  g_free (data->label);
  g_ptr_array_unref (data->values);
  g_free (data);
}

static void
faq_data_free (FaqData *data)
{
  g_free (data->id);
  g_free (data->question);
  g_free (data->answer);
  g_free (data);
}

static void
criterion_data_free (CriterionData *data)
{
  g_free (data->id);
  g_free (data->label);
  g_free (data->rationale);
  g_free (data->source);
  g_array_unref (data->weights);
  g_free (data);
}

static void
group_data_free (GroupData *data)
{
  g_free (data->id);
  g_free (data->label);
  g_ptr_array_unref (data->criteria);
  g_free (data);
}

static void
tradeoff_comparison_builder_finalize (GObject *object)
{
  TradeoffComparisonBuilder *self = (TradeoffComparisonBuilder *)object;

  for (guint i = 0; i < TRADEOFF_COMPARISON_N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_pointer (&self->aspects, g_ptr_array_unref);
  g_clear_pointer (&self->faq, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->base);

  G_OBJECT_CLASS (tradeoff_comparison_builder_parent_class)->finalize (object);
}

static void
tradeoff_comparison_builder_class_init (TradeoffComparisonBuilderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tradeoff_comparison_builder_finalize;
}

static void
tradeoff_comparison_builder_init (TradeoffComparisonBuilder *self)
{
  self->options = g_ptr_array_new_with_free_func ((GDestroyNotify)option_data_free);
  self->aspects = g_ptr_array_new_with_free_func ((GDestroyNotify)aspect_data_free);
  self->faq = g_ptr_array_new_with_free_func ((GDestroyNotify)faq_data_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_data_free);
}

TradeoffComparisonBuilder *
tradeoff_comparison_builder_new (void)
{
  return g_object_new (TRADEOFF_TYPE_COMPARISON_BUILDER, NULL);
}

/* As the loader keeps it; %NULL if nothing is left. */
static char *
normalized (const char *text)
{
  char *result;

  if (text == NULL)
    return NULL;

  result = _tradeoff_normalize_text (text);
  if (*result == '\0')
    g_clear_pointer (&result, g_free);

  return result;
}

static int
field_index (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (_tradeoff_comparison_builder_fields); i++)
    if (g_strcmp0 (field, _tradeoff_comparison_builder_fields[i]) == 0)
      return i;

  return -1;
}

void
tradeoff_comparison_builder_set_text (TradeoffComparisonBuilder *self,
                                      const char                *field,
                                      const char                *text)
{
  int which = field_index (field);

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (which >= 0);

  g_free (self->texts[which]);
  /* Where a file came from, and its leading comment, are kept as they are. */
  if (which == TRADEOFF_COMPARISON_DISPLAY_NAME || which == TRADEOFF_COMPARISON_PREAMBLE)
    self->texts[which] = g_strdup (text);
  else
    self->texts[which] = normalized (text);
}

const char *
tradeoff_comparison_builder_get_text (TradeoffComparisonBuilder *self,
                                      const char                *field)
{
  int which = field_index (field);

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), NULL);
  g_return_val_if_fail (which >= 0, NULL);

  return self->texts[which];
}

guint
tradeoff_comparison_builder_get_n_options (TradeoffComparisonBuilder *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), 0);

  return self->options->len;
}

/* Calls @func on every per-option array: each aspect's values and each
 * criterion's weights. */
static void
foreach_column (TradeoffComparisonBuilder *self,
                void (*values_func) (GPtrArray *values, guint a, guint b),
                void (*weights_func) (GArray *weights, guint a, guint b),
                guint                      a,
                guint                      b)
{
  for (guint i = 0; i < self->aspects->len; i++)
    values_func (((AspectData *)g_ptr_array_index (self->aspects, i))->values, a, b);

  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupData *group = g_ptr_array_index (self->groups, i);

      for (guint j = 0; j < group->criteria->len; j++)
        weights_func (((CriterionData *)g_ptr_array_index (group->criteria, j))->weights, a, b);
    }
}

static void
values_append (GPtrArray *values, guint a, guint b)
{
  g_ptr_array_add (values, NULL);
}

static void
weights_append (GArray *weights, guint a, guint b)
{
  int zero = 0;

  g_array_append_val (weights, zero);
}

static void
values_remove (GPtrArray *values, guint index, guint unused)
{
  g_ptr_array_remove_index (values, index);
}

static void
weights_remove (GArray *weights, guint index, guint unused)
{
  g_array_remove_index (weights, index);
}

static void
values_move (GPtrArray *values, guint from, guint to)
{
  gpointer value = g_ptr_array_steal_index (values, from);

  g_ptr_array_insert (values, to, value);
}

static void
weights_move (GArray *weights, guint from, guint to)
{
  int weight = g_array_index (weights, int, from);

  g_array_remove_index (weights, from);
  g_array_insert_val (weights, to, weight);
}

guint
tradeoff_comparison_builder_add_option (TradeoffComparisonBuilder *self,
                                        const char                *id,
                                        const char                *name,
                                        const char                *verdict)
{
  OptionData *data;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), 0);
  self->reshaped = TRUE;

  data = g_new0 (OptionData, 1);
  data->id = g_strdup (id);
  data->name = normalized (name);
  data->verdict = normalized (verdict);
  g_ptr_array_add (self->options, data);
  foreach_column (self, values_append, weights_append, 0, 0);

  return self->options->len - 1;
}

void
tradeoff_comparison_builder_set_option (TradeoffComparisonBuilder *self,
                                        guint                      index,
                                        const char                *id,
                                        const char                *name,
                                        const char                *verdict)
{
  OptionData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (index < self->options->len);

  data = g_ptr_array_index (self->options, index);
  data->dirty = TRUE;
  g_free (data->id);
  g_free (data->name);
  g_free (data->verdict);
  data->id = g_strdup (id);
  data->name = normalized (name);
  data->verdict = normalized (verdict);
}

void
tradeoff_comparison_builder_move_option (TradeoffComparisonBuilder *self,
                                         guint                      from,
                                         guint                      to)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (from < self->options->len && to < self->options->len);
  self->reshaped = TRUE;

  values_move (self->options, from, to);
  foreach_column (self, values_move, weights_move, from, to);
}

void
tradeoff_comparison_builder_remove_option (TradeoffComparisonBuilder *self,
                                           guint                      index)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (index < self->options->len);
  self->reshaped = TRUE;

  g_ptr_array_remove_index (self->options, index);
  foreach_column (self, values_remove, weights_remove, index, 0);
}

guint
tradeoff_comparison_builder_add_aspect (TradeoffComparisonBuilder *self,
                                        const char                *id,
                                        const char                *label)
{
  AspectData *data;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), 0);
  self->reshaped = TRUE;

  data = g_new0 (AspectData, 1);
  data->id = g_strdup (id);
  data->label = normalized (label);
  data->values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->options->len; i++)
    g_ptr_array_add (data->values, NULL);
  g_ptr_array_add (self->aspects, data);

  return self->aspects->len - 1;
}

void
tradeoff_comparison_builder_set_value (TradeoffComparisonBuilder *self,
                                       guint                      aspect,
                                       guint                      option,
                                       const char                *value)
{
  AspectData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (aspect < self->aspects->len);
  g_return_if_fail (option < self->options->len);

  data = g_ptr_array_index (self->aspects, aspect);
  data->dirty = TRUE;
  g_free (g_ptr_array_index (data->values, option));
  g_ptr_array_index (data->values, option) = normalized (value);
}

void
tradeoff_comparison_builder_remove_aspect (TradeoffComparisonBuilder *self,
                                           guint                      aspect)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (aspect < self->aspects->len);
  self->reshaped = TRUE;

  g_ptr_array_remove_index (self->aspects, aspect);
}

guint
tradeoff_comparison_builder_add_faq_entry (TradeoffComparisonBuilder *self,
                                           const char                *id,
                                           const char                *question,
                                           const char                *answer)
{
  FaqData *data;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), 0);
  self->reshaped = TRUE;

  data = g_new0 (FaqData, 1);
  data->id = g_strdup (id);
  data->question = normalized (question);
  data->answer = normalized (answer);
  g_ptr_array_add (self->faq, data);

  return self->faq->len - 1;
}

void
tradeoff_comparison_builder_remove_faq_entry (TradeoffComparisonBuilder *self,
                                              guint                      entry)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (entry < self->faq->len);
  self->reshaped = TRUE;

  g_ptr_array_remove_index (self->faq, entry);
}

guint
tradeoff_comparison_builder_add_group (TradeoffComparisonBuilder *self,
                                       const char                *id,
                                       const char                *label,
                                       gboolean                   exclusive)
{
  GroupData *data;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), 0);
  self->reshaped = TRUE;

  data = g_new0 (GroupData, 1);
  data->id = g_strdup (id);
  data->label = normalized (label);
  data->exclusive = !!exclusive;
  data->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify)criterion_data_free);
  g_ptr_array_add (self->groups, data);

  return self->groups->len - 1;
}

guint
tradeoff_comparison_builder_add_criterion (TradeoffComparisonBuilder *self,
                                           guint                      group,
                                           const char                *id,
                                           const char                *label,
                                           const char                *rationale,
                                           const char                *source)
{
  GroupData *group_data;
  CriterionData *data;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), 0);
  g_return_val_if_fail (group < self->groups->len, 0);
  self->reshaped = TRUE;

  group_data = g_ptr_array_index (self->groups, group);
  data = g_new0 (CriterionData, 1);
  data->id = g_strdup (id);
  data->label = normalized (label);
  data->rationale = normalized (rationale);
  data->source = g_strdup (source);
  data->weights = g_array_new (FALSE, TRUE, sizeof (int));
  g_array_set_size (data->weights, self->options->len);
  g_ptr_array_add (group_data->criteria, data);

  return group_data->criteria->len - 1;
}

void
tradeoff_comparison_builder_set_weight (TradeoffComparisonBuilder *self,
                                        guint                      group,
                                        guint                      criterion,
                                        guint                      option,
                                        int                        weight)
{
  GroupData *group_data;
  CriterionData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (group < self->groups->len);
  group_data = g_ptr_array_index (self->groups, group);
  g_return_if_fail (criterion < group_data->criteria->len);
  g_return_if_fail (option < self->options->len);

  data = g_ptr_array_index (group_data->criteria, criterion);
  data->dirty = TRUE;
  g_array_index (data->weights, int, option) = weight;
}

/* Every setter below takes new texts before freeing the old, so a caller
 * may pass a text the builder holds. */
static void
replace (char       **slot,
         char        *value)
{
  g_free (*slot);
  *slot = value;
}

void
tradeoff_comparison_builder_set_aspect (TradeoffComparisonBuilder *self,
                                        guint                      aspect,
                                        const char                *id,
                                        const char                *label)
{
  AspectData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (aspect < self->aspects->len);

  data = g_ptr_array_index (self->aspects, aspect);
  data->dirty = TRUE;
  replace (&data->id, g_strdup (id));
  replace (&data->label, normalized (label));
}

void
tradeoff_comparison_builder_set_faq_entry (TradeoffComparisonBuilder *self,
                                           guint                      entry,
                                           const char                *id,
                                           const char                *question,
                                           const char                *answer)
{
  FaqData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (entry < self->faq->len);

  data = g_ptr_array_index (self->faq, entry);
  data->dirty = TRUE;
  replace (&data->id, g_strdup (id));
  replace (&data->question, normalized (question));
  replace (&data->answer, normalized (answer));
}

void
tradeoff_comparison_builder_set_group (TradeoffComparisonBuilder *self,
                                       guint                      group,
                                       const char                *id,
                                       const char                *label,
                                       gboolean                   exclusive)
{
  GroupData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (group < self->groups->len);

  data = g_ptr_array_index (self->groups, group);
  data->dirty = TRUE;
  replace (&data->id, g_strdup (id));
  replace (&data->label, normalized (label));
  data->exclusive = !!exclusive;
}

void
tradeoff_comparison_builder_remove_group (TradeoffComparisonBuilder *self,
                                          guint                      group)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (group < self->groups->len);
  self->reshaped = TRUE;

  g_ptr_array_remove_index (self->groups, group);
}

void
tradeoff_comparison_builder_set_criterion (TradeoffComparisonBuilder *self,
                                           guint                      group,
                                           guint                      criterion,
                                           const char                *id,
                                           const char                *label,
                                           const char                *rationale,
                                           const char                *source)
{
  GroupData *group_data;
  CriterionData *data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (group < self->groups->len);
  group_data = g_ptr_array_index (self->groups, group);
  g_return_if_fail (criterion < group_data->criteria->len);

  data = g_ptr_array_index (group_data->criteria, criterion);
  data->dirty = TRUE;
  replace (&data->id, g_strdup (id));
  replace (&data->label, normalized (label));
  replace (&data->rationale, normalized (rationale));
  /* No source is no FAQ entry, not an empty id. */
  replace (&data->source, source != NULL && *source != '\0' ? g_strdup (source) : NULL);
}

void
tradeoff_comparison_builder_remove_criterion (TradeoffComparisonBuilder *self,
                                              guint                      group,
                                              guint                      criterion)
{
  GroupData *group_data;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self));
  g_return_if_fail (group < self->groups->len);
  group_data = g_ptr_array_index (self->groups, group);
  g_return_if_fail (criterion < group_data->criteria->len);
  self->reshaped = TRUE;

  g_ptr_array_remove_index (group_data->criteria, criterion);
}

/* A builder from a comparison. */
TradeoffComparisonBuilder *
tradeoff_comparison_builder_new_from (TradeoffComparison *comparison)
{
  TradeoffComparisonBuilder *self;
  GListModel *aspects;
  GListModel *faq;
  GListModel *groups;
  guint n_options;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), NULL);

  self = tradeoff_comparison_builder_new ();
  for (guint i = 0; i < TRADEOFF_COMPARISON_N_TEXTS; i++)
    g_object_get (comparison, _tradeoff_comparison_builder_fields[i], &self->texts[i], NULL);

  n_options = tradeoff_comparison_get_n_options (comparison);
  for (guint i = 0; i < n_options; i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, i);

      tradeoff_comparison_builder_add_option (self, tradeoff_option_get_id (option),
                                              tradeoff_option_get_name (option),
                                              tradeoff_option_get_verdict (option));
    }

  aspects = tradeoff_comparison_get_aspects (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);
      guint index = tradeoff_comparison_builder_add_aspect (self, tradeoff_aspect_get_id (aspect),
                                                            tradeoff_aspect_get_label (aspect));

      for (guint j = 0; j < n_options; j++)
        tradeoff_comparison_builder_set_value (self, index, j,
                                               tradeoff_aspect_get_value (aspect, j));
    }

  faq = tradeoff_comparison_get_faq (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      tradeoff_comparison_builder_add_faq_entry (self, tradeoff_faq_entry_get_id (entry),
                                                 tradeoff_faq_entry_get_question (entry),
                                                 tradeoff_faq_entry_get_answer (entry));
    }

  groups = tradeoff_comparison_get_groups (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);

      tradeoff_comparison_builder_add_group (self, tradeoff_criterion_group_get_id (group),
                                             tradeoff_criterion_group_get_label (group),
                                             tradeoff_criterion_group_get_exclusive (group));
      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, j);
          TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);

          tradeoff_comparison_builder_add_criterion (self, i, tradeoff_criterion_get_id (criterion),
                                                     tradeoff_criterion_get_label (criterion),
                                                     tradeoff_criterion_get_rationale (criterion),
                                                     source != NULL
                                                       ? tradeoff_faq_entry_get_id (source)
                                                       : NULL);
          for (guint k = 0; k < n_options; k++)
            tradeoff_comparison_builder_set_weight (self, i, j, k,
                                                    tradeoff_criterion_get_weight (criterion, k));
        }
    }

  _tradeoff_comparison_builder_rebase (self, comparison);
  return self;
}

/* @base is what the builder holds now: nothing is dirty any more. */
void
_tradeoff_comparison_builder_rebase (TradeoffComparisonBuilder *self,
                                     TradeoffComparison        *base)
{
  g_set_object (&self->base, base);
  self->reshaped = FALSE;
  for (guint i = 0; i < self->options->len; i++)
    ((OptionData *)g_ptr_array_index (self->options, i))->dirty = FALSE;
  for (guint i = 0; i < self->aspects->len; i++)
    ((AspectData *)g_ptr_array_index (self->aspects, i))->dirty = FALSE;
  for (guint i = 0; i < self->faq->len; i++)
    ((FaqData *)g_ptr_array_index (self->faq, i))->dirty = FALSE;
  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupData *group = g_ptr_array_index (self->groups, i);

      group->dirty = FALSE;
      for (guint j = 0; j < group->criteria->len; j++)
        ((CriterionData *)g_ptr_array_index (group->criteria, j))->dirty = FALSE;
    }
}
