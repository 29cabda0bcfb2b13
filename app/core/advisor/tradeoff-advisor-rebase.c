/* tradeoff-advisor-rebase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An advisor kept across an edit of its comparison that leaves everything
 * it computes with as it was: each option's id, each group's id and
 * exclusivity, each criterion's id, group, place and weights.  The texts
 * (a criterion's label or rationale, a group's heading, an option's name
 * or verdict, the tie and none verdicts, and every text the advisor never
 * reads) may differ.
 *
 * An edit makes new objects for the items it touched (the rest are shared,
 * tradeoff_comparison_builder_build_from()); a group's heading edited makes
 * its criteria new as well, as they point at it.  The advisor then takes
 * the new objects in place of the old ones, slot by slot, so its ticks,
 * levels and verdict stay, and so do the decision's level history and
 * everything the window bound to the advisor: only what names an edited
 * object is told.  A new advisor would cost every tick, row and watch of
 * the window made again (issue 16: a keystroke in a criterion's label on
 * the large comparison).
 */

#define G_LOG_DOMAIN "tradeoff-advisor"

#include "config.h"

#include <string.h>

#include "tradeoff-advisor-private.h"

static gboolean
same_option (TradeoffOption *a,
             TradeoffOption *b)
{
  return a == b ||
         (tradeoff_option_get_index (a) == tradeoff_option_get_index (b) &&
          g_strcmp0 (tradeoff_option_get_id (a), tradeoff_option_get_id (b)) == 0);
}

static gboolean
same_group (TradeoffCriterionGroup *a,
            TradeoffCriterionGroup *b)
{
  return a == b ||
         (tradeoff_criterion_group_get_index (a) == tradeoff_criterion_group_get_index (b) &&
          tradeoff_criterion_group_get_exclusive (a) == tradeoff_criterion_group_get_exclusive (b) &&
          g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (a)) ==
          g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (b)) &&
          g_strcmp0 (tradeoff_criterion_group_get_id (a), tradeoff_criterion_group_get_id (b)) == 0);
}

/* A criterion's group by its place and id: the groups themselves were
 * compared with same_group(). */
static gboolean
same_criterion (TradeoffCriterion *a,
                TradeoffCriterion *b)
{
  TradeoffCriterionGroup *group_a, *group_b;
  const int *weights_a, *weights_b;
  guint n_a, n_b;

  if (a == b)
    return TRUE;

  group_a = tradeoff_criterion_get_group (a);
  group_b = tradeoff_criterion_get_group (b);
  weights_a = tradeoff_criterion_get_weights (a, &n_a);
  weights_b = tradeoff_criterion_get_weights (b, &n_b);

  return tradeoff_criterion_get_index (a) == tradeoff_criterion_get_index (b) &&
         tradeoff_criterion_get_own (a) == tradeoff_criterion_get_own (b) &&
         tradeoff_criterion_group_get_index (group_a) == tradeoff_criterion_group_get_index (group_b) &&
         n_a == n_b &&
         (n_a == 0 || memcmp (weights_a, weights_b, n_a * sizeof *weights_a) == 0) &&
         g_strcmp0 (tradeoff_criterion_get_id (a), tradeoff_criterion_get_id (b)) == 0;
}

typedef gboolean (*SameItem) (gpointer a,
                              gpointer b);

static gboolean
same_items (GListModel *a,
            GListModel *b,
            SameItem    same)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      if (!same (x, y))
        return FALSE;
    }
  return TRUE;
}

/* Whether an advisor of @a would compute the same as one of @b. */
static gboolean
same_inputs (TradeoffComparison *a,
             TradeoffComparison *b)
{
  return same_items (tradeoff_comparison_get_options (a), tradeoff_comparison_get_options (b),
                     (SameItem) same_option) &&
         same_items (tradeoff_comparison_get_groups (a), tradeoff_comparison_get_groups (b),
                     (SameItem) same_group) &&
         same_items (tradeoff_comparison_get_criteria (a), tradeoff_comparison_get_criteria (b),
                     (SameItem) same_criterion);
}

/* What moving onto the new objects changed, for what is told after. */
typedef struct
{
  gboolean options;
  gboolean criteria;
  /* A criterion at any level: the reasons name it. */
  gboolean ticked;
  gboolean flips;
  /* The headline as it was built before, if it was: an option renamed
   * changes it when the option is named in it. */
  char *headline;
} Moved;

/* The tally takes the new objects, and the lists built from the old ones
 * go, silently: every notification waits until the whole advisor is in
 * step (tell()). */
static void
move_items (TradeoffAdvisor    *self,
            TradeoffComparison *comparison,
            Moved              *moved)
{
  TradeoffTally *tally = &self->tally;
  GListModel *flips = NULL;

  for (guint o = 0; o < tally->n_options; o++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, o);

      if (tally->options[o] == option)
        continue;
      tally->options[o] = option;
      moved->options = TRUE;
    }

  for (guint c = 0; c < tally->n_criteria; c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, c);

      if (tally->criteria[c] == criterion)
        continue;
      tally->criteria[c] = criterion;
      moved->criteria = TRUE;
      moved->ticked |= tally->level[c] != TRADEOFF_LEVEL_OFF;
    }

  /* The reasons and the headline are built again when read; the flips,
   * kept current once read, take the new objects now. */
  if (moved->ticked || moved->options)
    g_clear_object (&self->reasons);
  if (moved->options)
    moved->headline = g_steal_pointer (&self->headline);
  if (self->flips != NULL && (moved->criteria || moved->options))
    flips = _tradeoff_flips_follow (self->comparison, tally, self->flips);
  if (flips != NULL)
    {
      g_object_unref (self->flips);
      self->flips = flips;
      moved->flips = TRUE;
    }
}

/* Tells whoever shows something of an edited object.  Once per edit, so
 * the properties go by name. */
static void
tell (TradeoffAdvisor *self,
      const Moved     *moved)
{
  TradeoffTally *tally = &self->tally;
  GObject *object = G_OBJECT (self);

  for (guint c = 0; moved->criteria && c < tally->n_criteria; c++)
    _tradeoff_tick_set_criterion (self->tick_items[c], tally->criteria[c]);
  for (guint o = 0; moved->options && o < tally->n_options; o++)
    _tradeoff_option_score_set_option (self->score_items[o], tally->options[o]);

  /* A score's must-have that rules its option out, the conflict's
   * sentence and the explanation (an option's verdict, or the tie or
   * none verdict) are published as after a tick: what differs from what
   * was announced, and only that. */
  _tradeoff_advisor_publish (self, TRADEOFF_NO_INDEX, TRADEOFF_NO_INDEX);

  if (moved->ticked || moved->options)
    g_object_notify (object, "reasons");
  if (moved->headline != NULL &&
      g_strcmp0 (moved->headline, tradeoff_advisor_get_headline (self)) != 0)
    g_object_notify (object, "headline");
  if (moved->flips)
    g_object_notify (object, "flips");
  g_object_notify (object, "comparison");
}

/* Makes @self the advisor of @comparison if that changes nothing it
 * computed (see above), keeping its ticks and levels; %FALSE, with @self
 * untouched, if a new advisor is needed. */
gboolean
_tradeoff_advisor_rebase (TradeoffAdvisor    *self,
                          TradeoffComparison *comparison)
{
  Moved moved = { FALSE, };

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), FALSE);
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), FALSE);

  if (comparison == self->comparison)
    return TRUE;
  if (!same_inputs (self->comparison, comparison))
    return FALSE;

  g_set_object (&self->comparison, comparison);
  move_items (self, comparison, &moved);
  tell (self, &moved);
  g_free (moved.headline);
  return TRUE;
}
