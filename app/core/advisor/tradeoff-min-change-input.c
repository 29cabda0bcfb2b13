/* tradeoff-min-change-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-min-change"

#include "config.h"

#include "tradeoff-criterion-group.h"
#include "tradeoff-criterion.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-advisor.h"

G_STATIC_ASSERT ((int) TRADEOFF_LEVEL_MUST == (int) TRADEOFF_MIN_CHANGE_MUST);
G_STATIC_ASSERT ((int) TRADEOFF_LEVEL_A_LOT == (int) TRADEOFF_MIN_CHANGE_A_LOT);

TradeoffMinChangeInput *
tradeoff_min_change_input_new (TradeoffAdvisor *advisor)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  guint n_options = tradeoff_comparison_get_n_options (comparison);
  guint n_criteria = tradeoff_comparison_get_n_criteria (comparison);
  TradeoffMinChangeInput *input = g_new0 (TradeoffMinChangeInput, 1);

  input->weights = g_new (int, MAX (n_criteria * n_options, 1));
  input->groups = g_new (int, MAX (n_criteria, 1));
  input->levels = g_new0 (guint8, MAX (n_criteria, 1));
  for (guint c = 0; c < n_criteria; c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, c);
      TradeoffCriterionGroup *group = tradeoff_criterion_get_group (criterion);

      for (guint o = 0; o < n_options; o++)
        input->weights[c * n_options + o] = tradeoff_criterion_get_weight (criterion, o);
      input->groups[c] = group != NULL && tradeoff_criterion_group_get_exclusive (group)
                         ? (int) tradeoff_criterion_group_get_index (group)
                         : TRADEOFF_MIN_CHANGE_NO_GROUP;
      /* The advisor's levels are the solver's, number for number. */
      input->levels[c] = tradeoff_advisor_get_level (advisor, criterion);
    }

  input->problem.n_options = n_options;
  input->problem.n_criteria = n_criteria;
  input->problem.weights = input->weights;
  input->problem.groups = input->groups;
  input->problem.levels = input->levels;
  /* Levels exist: a change may set any of them. */
  input->problem.allowed = TRADEOFF_MIN_CHANGE_ALLOW_ALL;

  return input;
}

void
tradeoff_min_change_input_free (TradeoffMinChangeInput *input)
{
  if (input == NULL)
    return;

  g_free (input->weights);
  g_free (input->groups);
  g_free (input->levels);
  g_free (input);
}

/* The id of @criterion at @level, as tradeoff_advisor_select_ids() reads it. */
static char *
level_id (TradeoffCriterion *criterion,
          guint8             level)
{
  const char *id = tradeoff_criterion_get_id (criterion);

  switch (level)
    {
    case TRADEOFF_MIN_CHANGE_A_LOT:
      return g_strconcat (id, ":2", NULL);
    case TRADEOFF_MIN_CHANGE_MUST:
      return g_strconcat (id, ":must", NULL);
    default:
      return g_strdup (id);
    }
}

gboolean
tradeoff_min_change_apply (TradeoffAdvisor  *advisor,
                           GArray           *changes,
                           GError          **error)
{
  TradeoffComparison *comparison;
  g_autofree guint8 *levels = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint n_criteria;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);

  comparison = tradeoff_advisor_get_comparison (advisor);
  n_criteria = tradeoff_comparison_get_n_criteria (comparison);
  levels = g_new0 (guint8, MAX (n_criteria, 1));
  for (guint c = 0; c < n_criteria; c++)
    levels[c] = tradeoff_advisor_get_level (advisor, tradeoff_comparison_get_criterion (comparison, c));

  for (guint i = 0; i < changes->len; i++)
    {
      const TradeoffMinChange *change = &g_array_index (changes, TradeoffMinChange, i);

      g_return_val_if_fail (change->criterion < n_criteria, FALSE);
      levels[change->criterion] = change->level;
      /* The group's former choice gives way to the new one. */
      if (change->replaces != TRADEOFF_MIN_CHANGE_NO_OPTION && change->replaces < n_criteria)
        levels[change->replaces] = TRADEOFF_MIN_CHANGE_OFF;
    }

  for (guint c = 0; c < n_criteria; c++)
    if (levels[c] != TRADEOFF_MIN_CHANGE_OFF)
      g_ptr_array_add (ids, level_id (tradeoff_comparison_get_criterion (comparison, c), levels[c]));
  g_ptr_array_add (ids, NULL);

  /* All at once: one step for an undo history, one verdict, one solve. */
  return tradeoff_advisor_select_ids (advisor, (const char * const *) ids->pdata, error);
}
