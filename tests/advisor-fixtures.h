/* advisor-fixtures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the advisor's test programs share: building small comparisons by
 * hand, finding their parts, and counting notifications by property name.
 * Inline, so that each program may use only some of them.
 */

#pragma once

#include "tradeoff-advisor.h"
#include "tradeoff-comparison-private.h"
#include "testing.h"

/* A NULL-terminated list of strings: option names, or criterion ids. */
#define IDS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static inline TradeoffComparison *
comparison_new (const char * const *names)
{
  TradeoffComparison *comparison = _tradeoff_comparison_new ();

  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_ID, "hand");
  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_TITLE, "By hand");
  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_TIE_VERDICT, "Both will do.");
  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_NONE_VERDICT, "Tick something.");

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *id = g_ascii_strdown (names[i], -1);
      g_autofree char *verdict = g_strdup_printf ("Pick %s.", names[i]);
      g_autoptr(TradeoffOption) option = _tradeoff_option_new (id, names[i], i);

      _tradeoff_option_set_verdict (option, verdict);
      _tradeoff_comparison_add_option (comparison, option);
    }

  return comparison;
}

static inline TradeoffCriterionGroup *
add_group (TradeoffComparison *comparison,
           const char         *id,
           gboolean            exclusive)
{
  guint index = g_list_model_get_n_items (tradeoff_comparison_get_groups (comparison));
  g_autofree char *label = g_strdup_printf ("Group %s", id);
  g_autoptr(TradeoffCriterionGroup) group =
    _tradeoff_criterion_group_new (id, label, exclusive, index);

  _tradeoff_comparison_add_group (comparison, group);

  return group; /* the comparison holds it */
}

static inline void
add_criterion (TradeoffComparison     *comparison,
               TradeoffCriterionGroup *group,
               TradeoffFaqEntry       *source,
               const char             *id,
               const int              *weights)
{
  g_autofree char *label = g_strdup_printf ("Label %s", id);
  g_autofree char *rationale = g_strdup_printf ("Because of %s.", id);
  g_autoptr(TradeoffCriterion) criterion =
    _tradeoff_criterion_new (id, label, rationale, source, group,
                            tradeoff_comparison_get_n_criteria (comparison),
                            weights, tradeoff_comparison_get_n_options (comparison));

  _tradeoff_comparison_add_criterion (comparison, criterion);
}

/* Two options; a: (3, 0), b: (0, 3), c: (1, 1). */

static inline TradeoffCriterion *
criterion (TradeoffAdvisor *advisor,
           const char      *id)
{
  TradeoffCriterion *found =
    tradeoff_comparison_find_criterion (tradeoff_advisor_get_comparison (advisor), id);

  g_assert_nonnull (found);
  return found;
}

static inline void
tick (TradeoffAdvisor *advisor,
      const char      *id,
      gboolean         ticked)
{
  tradeoff_advisor_set_ticked (advisor, criterion (advisor, id), ticked);
}

static inline const char *
leader_id (TradeoffAdvisor *advisor)
{
  TradeoffOption *leader = tradeoff_advisor_get_leader (advisor);

  return leader != NULL ? tradeoff_option_get_id (leader) : NULL;
}

static inline TradeoffOptionScore *
score_item (TradeoffAdvisor *advisor,
            guint            index)
{
  g_autoptr(TradeoffOptionScore) item =
    g_list_model_get_item (tradeoff_advisor_get_scores (advisor), index);

  return item; /* the advisor holds it */
}


/* Two options; exclusive group "priority" with p1: (2, 0), p2: (0, 2), and
 * a plain group with free: (1, 0). */
