/* tradeoff-advisor-tally.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The advisor's arithmetic, apart from its GObject side: the running sums
 * of the ticked criteria's weights, and what they add up to.  Nothing here
 * notifies; tradeoff-advisor.c announces the results.
 */

#define G_LOG_DOMAIN "tradeoff-advisor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "tradeoff-advisor-private.h"
#include "tradeoff-safe-text.h"

void
_tradeoff_verdict_compute (TradeoffVerdict *verdict,
                          const int       *scores,
                          guint            n_options,
                          const int       *delta,
                          guint64          ruled_out,
                          guint            n_ticked)
{
  guint n_top = 0;

  verdict->kind = TRADEOFF_VERDICT_NONE;
  verdict->leader = TRADEOFF_NO_INDEX;
  verdict->top = 0;
  verdict->second = 0;
  verdict->top_mask = 0;

  if (n_ticked == 0 || n_options == 0)
    return;

  verdict->top = G_MININT;
  verdict->second = G_MININT;

  for (guint o = 0; o < n_options; o++)
    {
      int score = scores[o] + (delta ? delta[o] : 0);

      /* A ruled-out option is not in the running at all. */
      if (ruled_out & (G_GUINT64_CONSTANT (1) << o))
        continue;

      if (score > verdict->top)
        {
          verdict->second = verdict->top;
          verdict->top = score;
          verdict->top_mask = G_GUINT64_CONSTANT (1) << o;
          verdict->leader = o;
          n_top = 1;
        }
      else if (score == verdict->top)
        {
          verdict->second = score;
          verdict->top_mask |= G_GUINT64_CONSTANT (1) << o;
          n_top++;
        }
      else if (score > verdict->second)
        {
          verdict->second = score;
        }
    }

  if (n_top == 0)
    {
      /* Every option is ruled out: say so rather than pick one. */
      verdict->kind = TRADEOFF_VERDICT_CONFLICT;
      verdict->leader = TRADEOFF_NO_INDEX;
      verdict->top = 0;
      verdict->second = 0;
      return;
    }

  if (n_top == 1)
    {
      verdict->kind = TRADEOFF_VERDICT_LEADER;
    }
  else
    {
      verdict->kind = TRADEOFF_VERDICT_TIE;
      verdict->leader = TRADEOFF_NO_INDEX;
    }

  /* A single option has no rival: it leads by nothing over nobody. */
  if (verdict->second == G_MININT)
    verdict->second = verdict->top;
}

static void
init_criterion (TradeoffTally     *tally,
                guint              c,
                TradeoffCriterion *criterion)
{
  int *row = tally->weights + (gsize) c * tally->n_options;
  guint n_weights = 0;
  const int *weights = tradeoff_criterion_get_weights (criterion, &n_weights);
  int min = G_MAXINT;
  int max = G_MININT;

  tally->criteria[c] = criterion;
  tally->group_of[c] = TRADEOFF_NO_INDEX;

  for (guint o = 0; o < tally->n_options; o++)
    {
      row[o] = o < n_weights ? weights[o] : 0;
      min = MIN (min, row[o]);
      max = MAX (max, row[o]);
      if (!_tradeoff_weight_serves (row[o]))
        tally->unserved[o]++;
    }
  tally->lows[c] = tally->n_options > 0 ? min : 0;
  tally->spreads[c] = tally->n_options > 0 ? max - min : 0;

  /* Finding a criterion by its index is what makes a toggle O(1); a
   * comparison that numbers its criteria otherwise is a bug. */
  g_warn_if_fail (tradeoff_criterion_get_index (criterion) == c);
}

/* How much more a criterion at @level can still count: the answers not
 * given yet.  A must-have is an answer given; it gives no points. */
static inline int
headroom (guint level)
{
  return level == TRADEOFF_LEVEL_OFF ? 2 : level == TRADEOFF_LEVEL_MATTERS ? 1 : 0;
}

static inline int
gain (const TradeoffTally *tally,
      guint                criterion,
      guint                option)
{
  return _tradeoff_tally_weights (tally, criterion)[option] - tally->lows[criterion];
}

/* Adds (@sign 1) or takes away (@sign -1) what criterion @c, or in an
 * exclusive group its group, adds to every option's open swing now: the
 * headroom its level leaves times its gain for each option, or for a
 * group with no choice yet twice its best gain.  The criterion's kind
 * and level are looked at once, not once an option (a tick does this
 * twice; issue 7's toggle budget). */
static void
add_open_parts (TradeoffTally *tally,
                guint          c,
                int            sign)
{
  guint group = tally->group_of[c];
  guint chosen = c;
  const int *weights;
  int low, factor;

  if (group != TRADEOFF_NO_INDEX)
    {
      chosen = tally->group_ticked[group];
      if (chosen == TRADEOFF_NO_INDEX)
        {
          const int *gains = &tally->group_gains[(gsize) group * tally->n_options];

          for (guint o = 0; o < tally->n_options; o++)
            tally->open_swing[o] += sign * 2 * gains[o];
          return;
        }
    }

  factor = sign * headroom (tally->level[chosen]);
  if (factor == 0)
    return;
  weights = _tradeoff_tally_weights (tally, chosen);
  low = tally->lows[chosen];
  for (guint o = 0; o < tally->n_options; o++)
    tally->open_swing[o] += factor * (weights[o] - low);
}

/* The open swing with nothing ticked: every criterion, and every exclusive
 * group's best choice, at "matters a lot". */
static void
init_open_swing (TradeoffTally *tally)
{
  for (guint c = 0; c < tally->n_criteria; c++)
    {
      guint group = tally->group_of[c];

      for (guint o = 0; o < tally->n_options; o++)
        {
          if (group == TRADEOFF_NO_INDEX)
            {
              tally->open_swing[o] += 2 * gain (tally, c, o);
            }
          else
            {
              int *best = &tally->group_gains[(gsize) group * tally->n_options + o];

              *best = MAX (*best, gain (tally, c, o));
            }
        }
    }

  for (guint g = 0; g < tally->n_groups; g++)
    for (guint o = 0; o < tally->n_options; o++)
      tally->open_swing[o] += 2 * tally->group_gains[(gsize) g * tally->n_options + o];
}

void
_tradeoff_tally_init (TradeoffTally      *tally,
                     TradeoffComparison *comparison)
{
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  guint n_cells;

  tally->n_options = MIN (tradeoff_comparison_get_n_options (comparison), 64);
  tally->n_criteria = tradeoff_comparison_get_n_criteria (comparison);
  tally->n_groups = g_list_model_get_n_items (groups);
  n_cells = tally->n_criteria * tally->n_options;

  /* A verdict keeps the top options as bits of a guint64; a comparison
   * holds at most TRADEOFF_MAX_OPTIONS. */
  g_warn_if_fail (tally->n_options == tradeoff_comparison_get_n_options (comparison));

  tally->options = g_new0 (TradeoffOption *, MAX (tally->n_options, 1));
  tally->criteria = g_new0 (TradeoffCriterion *, MAX (tally->n_criteria, 1));
  tally->weights = g_new0 (int, MAX (n_cells, 1));
  tally->lows = g_new0 (int, MAX (tally->n_criteria, 1));
  tally->spreads = g_new0 (int, MAX (tally->n_criteria, 1));
  tally->group_gains = g_new0 (int, MAX (tally->n_groups * tally->n_options, 1));
  tally->unserved = g_new0 (int, MAX (tally->n_options, 1));
  tally->open_swing = g_new0 (int, MAX (tally->n_options, 1));
  tally->group_of = g_new (guint, MAX (tally->n_criteria, 1));
  tally->level = g_new0 (guint8, MAX (tally->n_criteria, 1));
  tally->group_ticked = g_new (guint, MAX (tally->n_groups, 1));
  tally->scores = g_new0 (int, MAX (tally->n_options, 1));
  tally->fails = g_new0 (int, MAX (tally->n_options, 1));
  tally->musts = g_new (guint, MAX (tally->n_criteria, 1));
  tally->ruled_out_by = g_new (guint, MAX (tally->n_options, 1));
  for (guint o = 0; o < tally->n_options; o++)
    tally->ruled_out_by[o] = TRADEOFF_NO_INDEX;

  for (guint o = 0; o < tally->n_options; o++)
    tally->options[o] = tradeoff_comparison_get_option (comparison, o);

  for (guint c = 0; c < tally->n_criteria; c++)
    init_criterion (tally, c, tradeoff_comparison_get_criterion (comparison, c));

  for (guint g = 0; g < tally->n_groups; g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *members = tradeoff_criterion_group_get_criteria (group);

      tally->group_ticked[g] = TRADEOFF_NO_INDEX;
      if (!tradeoff_criterion_group_get_exclusive (group))
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(TradeoffCriterion) member = g_list_model_get_item (members, i);
          guint slot = _tradeoff_tally_find (tally, member);

          if (slot != TRADEOFF_NO_INDEX)
            tally->group_of[slot] = g;
        }
    }

  init_open_swing (tally);
}

void
_tradeoff_tally_free_arrays (TradeoffTally *tally)
{
  g_clear_pointer (&tally->options, g_free);
  g_clear_pointer (&tally->criteria, g_free);
  g_clear_pointer (&tally->weights, g_free);
  g_clear_pointer (&tally->lows, g_free);
  g_clear_pointer (&tally->spreads, g_free);
  g_clear_pointer (&tally->group_gains, g_free);
  g_clear_pointer (&tally->unserved, g_free);
  g_clear_pointer (&tally->open_swing, g_free);
  g_clear_pointer (&tally->group_of, g_free);
  g_clear_pointer (&tally->level, g_free);
  g_clear_pointer (&tally->group_ticked, g_free);
  g_clear_pointer (&tally->scores, g_free);
  g_clear_pointer (&tally->fails, g_free);
  g_clear_pointer (&tally->musts, g_free);
  g_clear_pointer (&tally->ruled_out_by, g_free);
}

guint
_tradeoff_tally_find (const TradeoffTally *tally,
                     TradeoffCriterion   *criterion)
{
  guint index;

  if (!TRADEOFF_IS_CRITERION (criterion))
    return TRADEOFF_NO_INDEX;

  index = tradeoff_criterion_get_index (criterion);
  if (index >= tally->n_criteria || tally->criteria[index] != criterion)
    return TRADEOFF_NO_INDEX;

  return index;
}

/* Adds (@sign 1) or takes away (@sign -1) what @criterion at @level does
 * to the scores and the gates. */
static void
apply_level (TradeoffTally *tally,
             guint          criterion,
             guint          level,
             int            sign)
{
  const int *weights = _tradeoff_tally_weights (tally, criterion);
  int factor = sign * _tradeoff_level_factor (level);

  if (level == TRADEOFF_LEVEL_OFF)
    return;

  if (level != TRADEOFF_LEVEL_MUST)
    {
      for (guint o = 0; o < tally->n_options; o++)
        tally->scores[o] += factor * weights[o];
      return;
    }

  for (guint o = 0; o < tally->n_options; o++)
    {
      if (!_tradeoff_weight_serves (weights[o]))
        tally->fails[o] += sign;
    }

  if (sign > 0)
    {
      tally->musts[tally->n_must++] = criterion;
      return;
    }

  for (guint i = 0; i < tally->n_must; i++)
    {
      if (tally->musts[i] == criterion)
        {
          tally->musts[i] = tally->musts[--tally->n_must];
          break;
        }
    }
}

static guint
find_ruled_out_by (const TradeoffTally *tally,
                   guint                option)
{
  guint first = TRADEOFF_NO_INDEX;

  if ((tally->ruled_out & (G_GUINT64_CONSTANT (1) << option)) == 0)
    return TRADEOFF_NO_INDEX;

  for (guint i = 0; i < tally->n_must; i++)
    {
      guint c = tally->musts[i];

      if (c < first && !_tradeoff_weight_serves (_tradeoff_tally_weights (tally, c)[option]))
        first = c;
    }

  return first;
}

void
_tradeoff_tally_set (TradeoffTally *tally,
                    guint          criterion,
                    guint          level)
{
  guint old = tally->level[criterion];
  guint group = tally->group_of[criterion];

  g_assert (old != level);
  g_assert (level <= TRADEOFF_LEVEL_LAST);

  add_open_parts (tally, criterion, -1);

  apply_level (tally, criterion, old, -1);
  apply_level (tally, criterion, level, 1);
  tally->level[criterion] = level;

  if (old == TRADEOFF_LEVEL_OFF)
    tally->n_ticked++;
  else if (level == TRADEOFF_LEVEL_OFF)
    tally->n_ticked--;

  if (old == TRADEOFF_LEVEL_MUST || level == TRADEOFF_LEVEL_MUST)
    {
      tally->ruled_out = 0;
      for (guint o = 0; o < tally->n_options; o++)
        {
          if (tally->fails[o] > 0)
            tally->ruled_out |= G_GUINT64_CONSTANT (1) << o;
        }
      for (guint o = 0; o < tally->n_options; o++)
        tally->ruled_out_by[o] = find_ruled_out_by (tally, o);
    }

  if (group != TRADEOFF_NO_INDEX)
    tally->group_ticked[group] = level != TRADEOFF_LEVEL_OFF ? criterion : TRADEOFF_NO_INDEX;

  add_open_parts (tally, criterion, 1);
}

double
_tradeoff_tally_closest_rival (const TradeoffTally *tally,
                              guint                leader,
                              guint               *rival)
{
  double closest = 1.0;

  *rival = TRADEOFF_NO_INDEX;
  for (guint o = 0; o < tally->n_options; o++)
    {
      int margin = tally->scores[leader] - tally->scores[o];
      int open = tally->open_swing[o];
      double share;

      if (o == leader || (tally->ruled_out & (G_GUINT64_CONSTANT (1) << o)) != 0)
        continue;

      /* The leader leads alone, so margin > 0. */
      share = (double) margin / ((double) margin + open);
      if (*rival == TRADEOFF_NO_INDEX || share < closest)
        {
          closest = share;
          *rival = o;
        }
    }

  return closest;
}

void
_tradeoff_tally_untick_all (TradeoffTally *tally)
{
  for (guint c = 0; c < tally->n_criteria && tally->n_ticked > 0; c++)
    {
      if (tally->level[c] != TRADEOFF_LEVEL_OFF)
        _tradeoff_tally_set (tally, c, TRADEOFF_LEVEL_OFF);
    }
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  guint sa = *(const guint *) a;
  guint sb = *(const guint *) b;

  return sa < sb ? -1 : sa > sb;
}

/* Whether the must-haves in @slots, but for the one at @skip, still rule
 * out every option. */
static gboolean
rules_out_all (const TradeoffTally *tally,
               const guint         *slots,
               guint                n_slots,
               guint                skip)
{
  for (guint o = 0; o < tally->n_options; o++)
    {
      gboolean passes = TRUE;

      for (guint i = 0; i < n_slots && passes; i++)
        {
          if (i != skip && !_tradeoff_weight_serves (_tradeoff_tally_weights (tally, slots[i])[o]))
            passes = FALSE;
        }
      if (passes)
        return FALSE;
    }

  return TRUE;
}

/* Drops, in comparison order, each must-have the others rule everything
 * out without: what is left is a conflict none of whose must-haves can go.
 * O(must-haves² × options), only ever run on a conflict. */
guint
_tradeoff_tally_find_conflict (const TradeoffTally *tally,
                              guint               *slots)
{
  guint n = tally->n_must;

  if (n == 0 || !rules_out_all (tally, tally->musts, n, TRADEOFF_NO_INDEX))
    return 0;

  memcpy (slots, tally->musts, n * sizeof (guint));
  qsort (slots, n, sizeof (guint), compare_slots);

  for (guint i = 0; i < n;)
    {
      if (rules_out_all (tally, slots, n, i))
        {
          memmove (slots + i, slots + i + 1, (n - i - 1) * sizeof (guint));
          n--;
        }
      else
        {
          i++;
        }
    }

  return n;
}

/* Two ids naming choices of one exclusive group are a mistake worth saying,
 * rather than silently keeping whichever came last. */
static gboolean
check_exclusive (const TradeoffTally *tally,
                 const char * const  *ids,
                 guint                n_ids,
                 const guint         *slots,
                 GError             **error)
{
  g_autofree guint *chosen = g_new (guint, MAX (tally->n_groups, 1));

  for (guint g = 0; g < tally->n_groups; g++)
    chosen[g] = TRADEOFF_NO_INDEX;

  for (guint i = 0; i < n_ids; i++)
    {
      guint group = tally->group_of[slots[i]];
      guint earlier;
      TradeoffCriterionGroup *criterion_group;
      g_autofree char *label = NULL;

      if (group == TRADEOFF_NO_INDEX)
        continue;

      earlier = chosen[group];
      if (earlier == TRADEOFF_NO_INDEX || slots[earlier] == slots[i])
        {
          chosen[group] = i;
          continue;
        }

      criterion_group = tradeoff_criterion_get_group (tally->criteria[slots[i]]);
      label = tradeoff_safe_text_isolate (tradeoff_criterion_group_get_label (criterion_group));
      g_set_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_EXCLUSIVE_CONFLICT,
                   /* Translators: two criterion ids, then the label of the
                    * group of which only one may be ticked. */
                   _("“%s” and “%s” cannot both be ticked: only one choice of “%s” can be"),
                   ids[earlier], ids[i], label);
      return FALSE;
    }

  return TRUE;
}

/* "1", "2" and "must" are what --select=id:LEVEL documents; the level's
 * nicks ("matters", "a-lot") are accepted too, as a decision file says them. */
static gboolean
parse_level (const char *text,
             guint8     *level)
{
  TradeoffLevel parsed;

  if (g_str_equal (text, "1"))
    parsed = TRADEOFF_LEVEL_MATTERS;
  else if (g_str_equal (text, "2"))
    parsed = TRADEOFF_LEVEL_A_LOT;
  else if (!tradeoff_level_from_nick (text, &parsed) || parsed == TRADEOFF_LEVEL_OFF)
    return FALSE;

  *level = parsed;
  return TRUE;
}

gboolean
_tradeoff_tally_resolve_ids (const TradeoffTally *tally,
                            TradeoffComparison  *comparison,
                            const char * const  *ids,
                            guint                n_ids,
                            guint               *slots,
                            guint8              *levels,
                            GError             **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      const char *colon = strchr (ids[i], ':');
      g_autofree char *id = colon ? g_strndup (ids[i], colon - ids[i]) : g_strdup (ids[i]);
      TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (comparison, id);
      guint8 level = TRADEOFF_LEVEL_MATTERS;

      slots[i] = _tradeoff_tally_find (tally, criterion);
      if (slots[i] == TRADEOFF_NO_INDEX)
        {
          g_set_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_UNKNOWN_CRITERION,
                       _("There is no criterion “%s” in this comparison."), id);
          return FALSE;
        }

      if (colon != NULL && !parse_level (colon + 1, &level))
        {
          g_set_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_UNKNOWN_LEVEL,
                       /* Translators: the first %s is what follows the colon in
                        * “id:LEVEL”, the second the criterion id.  Keep 1, 2
                        * and must as they are: they are what to type. */
                       _("Unknown level “%s” for “%s”: use 1, 2 or must."),
                       colon + 1, id);
          return FALSE;
        }

      if (levels != NULL)
        levels[i] = level;
    }

  return check_exclusive (tally, ids, n_ids, slots, error);
}
