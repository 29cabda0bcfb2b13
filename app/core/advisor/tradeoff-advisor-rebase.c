/* tradeoff-advisor-rebase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An advisor kept across an edit of its comparison that leaves everything
 * it reads as it was: the same option, group and criterion objects (an
 * edit shares unchanged items, tradeoff_comparison_builder_build_from())
 * and the same tie and none verdicts.  A title, byline, introduction,
 * grid or FAQ edit so changes nothing the advisor computed, and the
 * criteria and verdict shown stay as they are.
 */

#define G_LOG_DOMAIN "tradeoff-advisor"

#include "config.h"

#include "tradeoff-advisor-private.h"

static gboolean
same_items (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      if (x != y)
        return FALSE;
    }
  return TRUE;
}

/* Whether an advisor of @a would compute the same as one of @b. */
static gboolean
same_inputs (TradeoffComparison *a,
             TradeoffComparison *b)
{
  return g_strcmp0 (tradeoff_comparison_get_tie_verdict (a), tradeoff_comparison_get_tie_verdict (b)) == 0 &&
         g_strcmp0 (tradeoff_comparison_get_none_verdict (a), tradeoff_comparison_get_none_verdict (b)) == 0 &&
         same_items (tradeoff_comparison_get_options (a), tradeoff_comparison_get_options (b)) &&
         same_items (tradeoff_comparison_get_groups (a), tradeoff_comparison_get_groups (b)) &&
         same_items (tradeoff_comparison_get_criteria (a), tradeoff_comparison_get_criteria (b));
}

/* Makes @self the advisor of @comparison if that changes nothing it
 * computed (see above), keeping its ticks and levels; %FALSE, with @self
 * untouched, if a new advisor is needed. */
gboolean
_tradeoff_advisor_rebase (TradeoffAdvisor    *self,
                          TradeoffComparison *comparison)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), FALSE);
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), FALSE);

  if (comparison == self->comparison)
    return TRUE;
  if (!same_inputs (self->comparison, comparison))
    return FALSE;

  g_set_object (&self->comparison, comparison);
  g_object_notify (G_OBJECT (self), "comparison");
  return TRUE;
}
