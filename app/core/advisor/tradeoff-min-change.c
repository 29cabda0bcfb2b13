/* tradeoff-min-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers a comparison allows, the moves between their values, and the
 * questions asked of them: for each option that does not lead, the fewest
 * changes that make it lead; for the verdict, the fewest that change it.
 * The search itself is in tradeoff-min-change-search.c.
 */

#define G_LOG_DOMAIN "tradeoff-min-change"

#include "config.h"

#include <string.h>

#include "tradeoff-min-change-private.h"

/* The messages below name a caller's mistake in building the problem, not
 * anything a person using Tradeoff can cause or fix: they are not
 * translated, like g_return_if_fail()'s. */
static gboolean
check_problem (const TradeoffMinChangeProblem *problem,
               GError                        **error)
{
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);

  if (problem->n_options < 2 || problem->n_options > MC_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "%u options: between 2 and %u are needed", problem->n_options, MC_MAX);
      return FALSE;
    }

  for (guint c = 0; c < problem->n_criteria; c++)
    {
      int group = problem->groups ? problem->groups[c] : TRADEOFF_MIN_CHANGE_NO_GROUP;

      for (guint o = 0; o < problem->n_options; o++)
        {
          int w = problem->weights[c * problem->n_options + o];

          if (w < -100 || w > 100)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           "criterion %u: weight %d is outside -100 .. 100", c, w);
              return FALSE;
            }
        }
      if (problem->levels[c] > TRADEOFF_MIN_CHANGE_MUST || group < TRADEOFF_MIN_CHANGE_NO_GROUP)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       "criterion %u: level %u or group %d is not one", c,
                       problem->levels[c], group);
          return FALSE;
        }
      if (group == TRADEOFF_MIN_CHANGE_NO_GROUP || problem->levels[c] == TRADEOFF_MIN_CHANGE_OFF)
        continue;
      if (g_hash_table_contains (chosen, GINT_TO_POINTER (group)))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       "criterion %u: a second choice of exclusive group %d is on", c, group);
          return FALSE;
        }
      g_hash_table_add (chosen, GINT_TO_POINTER (group));
    }

  return TRUE;
}

static guint8
rules_of (const McModel *model,
          guint          criterion,
          guint8         level)
{
  const int *row = model->weights + (gsize) criterion * model->n_options;
  guint8 rules = 0;

  if (level != TRADEOFF_MIN_CHANGE_MUST)
    return 0;
  for (guint o = 0; o < model->n_options; o++)
    if (row[o] <= 0)
      rules |= 1u << o;

  return rules;
}

static int
points_of (const McModel *model,
           guint          criterion,
           guint8         level,
           guint          option)
{
  if (criterion == MC_NONE || level == TRADEOFF_MIN_CHANGE_OFF || level == TRADEOFF_MIN_CHANGE_MUST)
    return 0;

  return model->weights[(gsize) criterion * model->n_options + option] * level;
}

/* An answer per criterion outside exclusive groups and one per group, its
 * criteria listed together, in the order each answer first appears. */
static void
model_build_answers (McModel                        *model,
                     const TradeoffMinChangeProblem *problem)
{
  g_autoptr(GHashTable) group_answer = g_hash_table_new (NULL, NULL);
  g_autofree guint *answer_of = g_new (guint, MAX (problem->n_criteria, 1));
  g_autofree guint *fill = NULL;
  guint n = 0;

  for (guint c = 0; c < problem->n_criteria; c++)
    {
      int group = problem->groups ? problem->groups[c] : TRADEOFF_MIN_CHANGE_NO_GROUP;
      gpointer found;

      if (group == TRADEOFF_MIN_CHANGE_NO_GROUP)
        answer_of[c] = n++;
      else if (g_hash_table_lookup_extended (group_answer, GINT_TO_POINTER (group), NULL, &found))
        answer_of[c] = GPOINTER_TO_UINT (found);
      else
        {
          g_hash_table_insert (group_answer, GINT_TO_POINTER (group), GUINT_TO_POINTER (n));
          answer_of[c] = n++;
        }
    }

  model->n_answers = n;
  model->member_first = g_new0 (guint, n + 1);
  model->members = g_new (guint, MAX (problem->n_criteria, 1));
  model->current = g_new (guint, MAX (n, 1));
  model->current_level = g_new0 (guint8, MAX (n, 1));
  model->current_rules = g_new0 (guint8, MAX (n, 1));
  for (guint c = 0; c < problem->n_criteria; c++)
    model->member_first[answer_of[c] + 1]++;
  for (guint a = 0; a < n; a++)
    {
      model->member_first[a + 1] += model->member_first[a];
      model->current[a] = MC_NONE;
    }

  fill = g_memdup2 (model->member_first, sizeof (guint) * (n + 1));
  for (guint c = 0; c < problem->n_criteria; c++)
    {
      guint a = answer_of[c];

      model->members[fill[a]++] = c;
      if (problem->levels[c] != TRADEOFF_MIN_CHANGE_OFF)
        {
          model->current[a] = c;
          model->current_level[a] = problem->levels[c];
          model->current_rules[a] = rules_of (model, c, problem->levels[c]);
        }
    }
}

static void
model_add_move (McModel *model,
                GArray  *moves,
                guint    answer,
                guint    criterion,
                guint8   level)
{
  McMove move = { 0 };
  guint was = model->current[answer];

  move.answer = answer;
  move.criterion = criterion;
  move.group = model->groups ? model->groups[criterion] : TRADEOFF_MIN_CHANGE_NO_GROUP;
  move.level = level;
  move.rules = rules_of (model, criterion, level);
  move.on = (level != TRADEOFF_MIN_CHANGE_OFF) - (was != MC_NONE);
  for (guint o = 0; o < model->n_options; o++)
    move.delta[o] = points_of (model, criterion, level, o) -
                    points_of (model, was, model->current_level[answer], o);
  g_array_append_val (moves, move);
}

static void
model_build_moves (McModel *model,
                   guint    allowed)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (McMove));

  model->move_first = g_new0 (guint, model->n_answers + 1);
  for (guint a = 0; a < model->n_answers; a++)
    {
      model->move_first[a] = moves->len;
      if (model->current[a] != MC_NONE)
        model_add_move (model, moves, a, model->current[a], TRADEOFF_MIN_CHANGE_OFF);
      for (guint i = model->member_first[a]; i < model->member_first[a + 1]; i++)
        for (guint8 level = TRADEOFF_MIN_CHANGE_MATTERS; level <= TRADEOFF_MIN_CHANGE_MUST; level++)
          {
            guint c = model->members[i];

            if ((allowed & TRADEOFF_MIN_CHANGE_ALLOW (level)) == 0 ||
                (c == model->current[a] && level == model->current_level[a]))
              continue;
            model_add_move (model, moves, a, c, level);
          }
    }
  model->move_first[model->n_answers] = moves->len;
  model->n_moves = moves->len;
  model->moves = (McMove *) g_array_free (g_steal_pointer (&moves), FALSE);
}

static void
model_init (McModel                        *model,
            const TradeoffMinChangeProblem *problem)
{
  guint allowed = problem->allowed ? problem->allowed : TRADEOFF_MIN_CHANGE_ALLOW_ALL;

  memset (model, 0, sizeof *model);
  model->n_options = problem->n_options;
  model->n_criteria = problem->n_criteria;
  model->weights = problem->weights;
  model->groups = problem->groups;
  model_build_answers (model, problem);
  model_build_moves (model, allowed);

  for (guint a = 0; a < model->n_answers; a++)
    {
      if (model->current[a] == MC_NONE)
        continue;
      model->n_on++;
      for (guint o = 0; o < model->n_options; o++)
        {
          model->scores[o] += points_of (model, model->current[a], model->current_level[a], o);
          model->ruled[o] += (model->current_rules[a] >> o) & 1;
        }
    }
}

static void
model_clear (McModel *model)
{
  g_free (model->member_first);
  g_free (model->members);
  g_free (model->current);
  g_free (model->current_level);
  g_free (model->current_rules);
  g_free (model->moves);
  g_free (model->move_first);
}

TradeoffMinChangeVerdict
mc_state_verdict (guint        n_options,
                  const int   *scores,
                  const guint *ruled,
                  guint        n_on)
{
  TradeoffMinChangeVerdict verdict = { TRADEOFF_MIN_CHANGE_VERDICT_NONE, MC_NONE };
  int top = G_MININT;
  guint n_top = 0;

  if (n_on == 0)
    return verdict;

  for (guint o = 0; o < n_options; o++)
    {
      if (ruled[o] > 0)
        continue;
      if (scores[o] > top)
        {
          top = scores[o];
          verdict.leader = o;
          n_top = 1;
        }
      else if (scores[o] == top)
        n_top++;
    }

  if (n_top == 1)
    verdict.kind = TRADEOFF_MIN_CHANGE_VERDICT_LEADER;
  else
    {
      verdict.leader = MC_NONE;
      if (n_top > 1)
        verdict.kind = TRADEOFF_MIN_CHANGE_VERDICT_TIE;
    }

  return verdict;
}

TradeoffMinChangeVerdict
tradeoff_min_change_verdict (const TradeoffMinChangeProblem *problem,
                             const guint8                   *levels)
{
  int scores[MC_MAX] = { 0 };
  guint ruled[MC_MAX] = { 0 };
  guint n_on = 0;

  for (guint c = 0; c < problem->n_criteria; c++)
    {
      const int *row = problem->weights + (gsize) c * problem->n_options;

      if (levels[c] == TRADEOFF_MIN_CHANGE_OFF)
        continue;
      n_on++;
      for (guint o = 0; o < problem->n_options; o++)
        {
          if (levels[c] == TRADEOFF_MIN_CHANGE_MUST)
            ruled[o] += row[o] <= 0;
          else
            scores[o] += row[o] * levels[c];
        }
    }

  return mc_state_verdict (problem->n_options, scores, ruled, n_on);
}

/* Whether any answer can ever weigh @option above @rival: a sound and
 * instant proof of impossibility, with the reason a person can act on,
 * before any search.  Every answer is free, so the best margin over @rival
 * is the sum of each answer's best, which is positive as soon as one
 * criterion can be on with @option weighed above @rival. */
static TradeoffMinChangeReason
outweighed_reason (const TradeoffMinChangeProblem *problem,
                   guint                           option,
                   guint                           rival)
{
  guint allowed = problem->allowed ? problem->allowed : TRADEOFF_MIN_CHANGE_ALLOW_ALL;
  gboolean can_score = (allowed & (TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MATTERS) |
                                   TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_A_LOT))) != 0;
  gboolean can_must = (allowed & TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MUST)) != 0;
  gboolean serves_any = FALSE;

  for (guint c = 0; c < problem->n_criteria; c++)
    {
      const int *row = problem->weights + (gsize) c * problem->n_options;
      guint8 level = problem->levels[c];
      gboolean scores_here = can_score || level == TRADEOFF_MIN_CHANGE_MATTERS ||
                             level == TRADEOFF_MIN_CHANGE_A_LOT;
      gboolean must_here = can_must || level == TRADEOFF_MIN_CHANGE_MUST;

      if (scores_here && row[option] > row[rival])
        return TRADEOFF_MIN_CHANGE_REASON_NONE;
      if (must_here && row[option] > 0 && row[rival] <= 0)
        return TRADEOFF_MIN_CHANGE_REASON_NONE;
      serves_any |= must_here && row[option] > 0;
    }

  if (!can_must)
    return TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED;
  if (!serves_any)
    return TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_SERVES_NOTHING;

  return TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_RIVAL_SERVES_TOO;
}

static gboolean
result_is_proven (const TradeoffMinChangeResult *result)
{
  return result->status == TRADEOFF_MIN_CHANGE_ALREADY ||
         result->status == TRADEOFF_MIN_CHANGE_FOUND ||
         result->status == TRADEOFF_MIN_CHANGE_IMPOSSIBLE;
}

/* Each question gets an equal share of the time that is left. */
static void
limits_for_next (McLimits                      *limits,
                 const TradeoffMinChangeBudget *budget,
                 gint64                         end_us,
                 guint                          questions_left)
{
  limits->max_nodes = budget ? budget->max_nodes : 0;
  limits->deadline_us = 0;
  if (end_us != 0)
    {
      gint64 now = g_get_monotonic_time ();

      limits->deadline_us = now + MAX (end_us - now, 0) / MAX (questions_left, 1);
    }
}

static void
solve_target (const TradeoffMinChangeProblem *problem,
              const McModel                  *model,
              TradeoffMinChangeVerdict        verdict,
              guint                           option,
              const McLimits                 *limits,
              TradeoffMinChangeResult        *result)
{
  result->changes = g_array_new (FALSE, FALSE, sizeof (TradeoffMinChange));
  result->rival = MC_NONE;
  if (verdict.kind == TRADEOFF_MIN_CHANGE_VERDICT_LEADER && verdict.leader == option)
    {
      result->status = TRADEOFF_MIN_CHANGE_ALREADY;
      return;
    }

  for (guint r = 0; r < problem->n_options; r++)
    {
      if (r == option)
        continue;
      result->reason = outweighed_reason (problem, option, r);
      if (result->reason != TRADEOFF_MIN_CHANGE_REASON_NONE)
        {
          result->status = TRADEOFF_MIN_CHANGE_IMPOSSIBLE;
          result->rival = r;
          return;
        }
    }

  mc_search (model, MC_QUESTION_LEAD, option, verdict, limits, result);
}

static gboolean
result_is_unproven (const TradeoffMinChangeResult *result)
{
  return result->status == TRADEOFF_MIN_CHANGE_BEST_SO_FAR ||
         result->status == TRADEOFF_MIN_CHANGE_UNKNOWN;
}

/* Searches again from the depth @result has proven, and keeps the better
 * of the two answers. */
static void
resume (const McModel            *model,
        McQuestion                question,
        guint                     option,
        TradeoffMinChangeVerdict  verdict,
        McLimits                 *limits,
        TradeoffMinChangeResult  *result)
{
  TradeoffMinChangeResult again = { 0 };

  again.changes = g_array_new (FALSE, FALSE, sizeof (TradeoffMinChange));
  again.rival = MC_NONE;
  limits->start_depth = result->lower_bound;
  mc_search (model, question, option, verdict, limits, &again);
  again.nodes += result->nodes;

  if (again.status == TRADEOFF_MIN_CHANGE_BEST_SO_FAR &&
      (result->status == TRADEOFF_MIN_CHANGE_UNKNOWN ||
       result->changes->len > again.changes->len))
    {
      again.lower_bound = MAX (again.lower_bound, result->lower_bound);
      again.reason = result->reason;
    }
  else if (again.status != TRADEOFF_MIN_CHANGE_FOUND &&
           again.status != TRADEOFF_MIN_CHANGE_IMPOSSIBLE)
    {
      result->lower_bound = MAX (again.lower_bound, result->lower_bound);
      result->nodes = again.nodes;
      g_array_unref (again.changes);
      return;
    }

  g_array_unref (result->changes);
  *result = again;
}

/* The time the first pass left goes to the questions it could not prove,
 * in turn, each resuming from the depth it had proven.  Only for a time
 * budget: a node budget is per question, and has been spent. */
static void
resume_unproven (const McModel                 *model,
                 TradeoffMinChangeSolution     *solution,
                 const TradeoffMinChangeBudget *budget,
                 gint64                         end_us,
                 GCancellable                  *cancellable)
{
  guint n_left = 0;

  if (end_us == 0 || budget->max_nodes != 0)
    return;
  for (guint q = 0; q <= solution->n_options; q++)
    n_left += result_is_unproven (q < solution->n_options ? &solution->targets[q]
                                                          : &solution->firmness);

  for (guint q = 0; q <= solution->n_options && n_left > 0; q++)
    {
      gboolean firm = q == solution->n_options;
      TradeoffMinChangeResult *result = firm ? &solution->firmness : &solution->targets[q];
      McLimits limits = { .cancellable = cancellable };

      if (!result_is_unproven (result))
        continue;
      if (g_get_monotonic_time () >= end_us || g_cancellable_is_cancelled (cancellable))
        return;
      limits_for_next (&limits, budget, end_us, n_left--);
      resume (model, firm ? MC_QUESTION_FIRM : MC_QUESTION_LEAD,
              firm ? solution->verdict.leader : q, solution->verdict, &limits, result);
    }
}

TradeoffMinChangeSolution *
tradeoff_min_change_solve (const TradeoffMinChangeProblem *problem,
                           const TradeoffMinChangeBudget  *budget,
                           GCancellable                   *cancellable,
                           GError                        **error)
{
  TradeoffMinChangeSolution *solution;
  McModel model;
  McLimits limits = { .cancellable = cancellable };
  gint64 end_us = 0;

  g_return_val_if_fail (problem != NULL, NULL);
  if (!check_problem (problem, error))
    return NULL;

  if (budget != NULL && budget->max_time_us > 0)
    end_us = g_get_monotonic_time () + budget->max_time_us;

  model_init (&model, problem);
  solution = g_new0 (TradeoffMinChangeSolution, 1);
  solution->n_options = problem->n_options;
  solution->verdict = mc_state_verdict (model.n_options, model.scores, model.ruled, model.n_on);
  solution->targets = g_new0 (TradeoffMinChangeResult, problem->n_options);

  for (guint o = 0; o < problem->n_options; o++)
    {
      limits_for_next (&limits, budget, end_us, problem->n_options + 1 - o);
      solve_target (problem, &model, solution->verdict, o, &limits, &solution->targets[o]);
    }

  limits_for_next (&limits, budget, end_us, 1);
  solution->firmness.changes = g_array_new (FALSE, FALSE, sizeof (TradeoffMinChange));
  solution->firmness.rival = MC_NONE;
  mc_search (&model, MC_QUESTION_FIRM, solution->verdict.leader, solution->verdict,
             &limits, &solution->firmness);

  resume_unproven (&model, solution, budget, end_us, cancellable);
  solution->complete = result_is_proven (&solution->firmness);
  for (guint o = 0; o < problem->n_options; o++)
    solution->complete &= result_is_proven (&solution->targets[o]);

  model_clear (&model);

  return solution;
}

void
tradeoff_min_change_solution_free (TradeoffMinChangeSolution *solution)
{
  if (solution == NULL)
    return;

  for (guint o = 0; o < solution->n_options; o++)
    g_clear_pointer (&solution->targets[o].changes, g_array_unref);
  g_free (solution->targets);
  g_clear_pointer (&solution->firmness.changes, g_array_unref);
  g_free (solution);
}
