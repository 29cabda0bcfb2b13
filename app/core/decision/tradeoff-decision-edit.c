/* tradeoff-decision-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision following the editor: each keystroke gives a new base
 * comparison, which shares its unchanged items with the one before
 * (tradeoff_comparison_builder_build_from()).  The decision stays, and so
 * does its advisor when the edit changes nothing it computes with (texts
 * only: a label, a rationale, a heading, a name, a verdict), taking the
 * edited objects in place of the old (tradeoff-advisor-rebase.c); otherwise
 * one new advisor takes the levels over by id.
 */

#define G_LOG_DOMAIN "tradeoff-decision"

#include "config.h"

#include "tradeoff-advisor-private.h"
#include "tradeoff-decision-private.h"

/**
 * tradeoff_decision_follow_edit:
 * @self: a decision with no own criteria
 * @base: the edited comparison
 *
 * Makes @base the decision's comparison.  The advisor is kept, with its
 * levels and the level history, when the options, groups and criteria are
 * the same in everything but their texts (the advisor notifies
 * "comparison", and whatever of it names an edited item); otherwise a new one is made with the levels
 * of the criteria still there, by id, and the level history (whose steps
 * name criteria) is forgotten ("comparison" and "advisor" notified).
 *
 * Returns: %FALSE, changing nothing, when the decision has own criteria:
 *   they were written against the comparison before the edit.
 */
gboolean
tradeoff_decision_follow_edit (TradeoffDecision   *self,
                               TradeoffComparison *base)
{
  g_auto(GStrv) levels = NULL;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (base), FALSE);

  if (self->own_criteria->len > 0 || self->own_groups->len > 0)
    return FALSE;
  if (base == self->base)
    return TRUE;

  g_set_object (&self->base, base);
  /* The edited texts are what is saved now, as the editor shows them. */
  g_clear_object (&self->source);

  if (_tradeoff_advisor_rebase (self->advisor, base))
    {
      g_set_object (&self->comparison, base);
      g_object_notify (G_OBJECT (self), "comparison");
      return TRUE;
    }

  levels = tradeoff_advisor_dup_level_ids (self->advisor);
  _tradeoff_decision_rebuild (self, levels);
  tradeoff_decision_forget_history (self);
  return TRUE;
}
