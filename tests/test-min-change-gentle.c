/* test-min-change-gentle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Of the smallest changes, the solver proposes the gentlest (issue 15): a
 * tick where a tick is enough, "matter a lot" only where the tick is not,
 * so "Django would lead if you ticked …" agrees with the firmness line
 * above it.  Test-min-change.c proves the counts minimal; this proves each
 * proposed move the closest to the person's answer that still works.
 */

#define G_LOG_DOMAIN "test-min-change-gentle"

#include "config.h"

#include <string.h>

#include "report-fixtures.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-text.h"

#define MAX_CRITERIA 12
#define N_COMPARISONS 400

static TradeoffMinChangeSolution *
solve (const TradeoffMinChangeProblem *problem)
{
  g_autoptr(GError) error = NULL;
  TradeoffMinChangeSolution *solution = tradeoff_min_change_solve (problem, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (solution);
  g_assert_true (solution->complete);

  return solution;
}

static guint
distance (TradeoffMinChangeLevel from,
          TradeoffMinChangeLevel to)
{
  return from > to ? from - to : to - from;
}

/* The levels after @changes, with change @swap (if not G_MAXUINT) set to
 * @level instead. */
static void
apply (const TradeoffMinChangeProblem *problem,
       GArray                         *changes,
       guint                           swap,
       TradeoffMinChangeLevel          level,
       guint8                         *levels)
{
  memcpy (levels, problem->levels, problem->n_criteria);
  for (guint i = 0; i < changes->len; i++)
    {
      const TradeoffMinChange *change = &g_array_index (changes, TradeoffMinChange, i);

      if (change->replaces != TRADEOFF_MIN_CHANGE_NO_OPTION)
        levels[change->replaces] = TRADEOFF_MIN_CHANGE_OFF;
      levels[change->criterion] = i == swap ? level : change->level;
    }
}

static gboolean
same_verdict (TradeoffMinChangeVerdict a,
              TradeoffMinChangeVerdict b)
{
  return a.kind == b.kind && a.leader == b.leader;
}

/* Whether @verdict is what the question asked for: @option alone in the
 * lead, or (@option NO_OPTION) a verdict other than @start. */
static gboolean
achieves (TradeoffMinChangeVerdict verdict,
          guint                    option,
          TradeoffMinChangeVerdict start)
{
  if (option == TRADEOFF_MIN_CHANGE_NO_OPTION)
    return !same_verdict (verdict, start);

  return verdict.kind == TRADEOFF_MIN_CHANGE_VERDICT_LEADER && verdict.leader == option;
}

/* Every change of @result achieves the goal with the others, and no level
 * of its criterion closer to the person's answer does. */
static void
assert_gentlest (const TradeoffMinChangeProblem *problem,
                 const TradeoffMinChangeResult  *result,
                 guint                           option,
                 TradeoffMinChangeVerdict        start)
{
  guint allowed = problem->allowed != 0 ? problem->allowed : TRADEOFF_MIN_CHANGE_ALLOW_ALL;
  g_autofree guint8 *levels = g_new0 (guint8, problem->n_criteria);

  if (result->status != TRADEOFF_MIN_CHANGE_FOUND)
    return;
  apply (problem, result->changes, G_MAXUINT, 0, levels);
  g_assert_true (achieves (tradeoff_min_change_verdict (problem, levels), option, start));

  for (guint i = 0; i < result->changes->len; i++)
    {
      const TradeoffMinChange *change = &g_array_index (result->changes, TradeoffMinChange, i);

      for (guint level = TRADEOFF_MIN_CHANGE_OFF; level <= TRADEOFF_MIN_CHANGE_MUST; level++)
        {
          if (level == change->was ||
              distance (change->was, level) >= distance (change->was, change->level) ||
              (level != TRADEOFF_MIN_CHANGE_OFF && (allowed & TRADEOFF_MIN_CHANGE_ALLOW (level)) == 0))
            continue;
          apply (problem, result->changes, i, level, levels);
          if (achieves (tradeoff_min_change_verdict (problem, levels), option, start))
            g_error ("criterion %u: level %u (was %u) would do as well as the proposed %u",
                     change->criterion, level, change->was, change->level);
        }
    }
}

static void
assert_solution_gentlest (const TradeoffMinChangeProblem  *problem,
                          const TradeoffMinChangeSolution *solution)
{
  for (guint o = 0; o < solution->n_options; o++)
    assert_gentlest (problem, &solution->targets[o], o, solution->verdict);
  assert_gentlest (problem, &solution->firmness, TRADEOFF_MIN_CHANGE_NO_OPTION, solution->verdict);
}

/* The shipped comparison with nothing ticked: ticking either team's
 * expertise decides it, and that is what each option's sentence and the
 * firmness line propose. */
static void
test_shipped_ticks (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, NULL);
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (advisor);
  g_autoptr(TradeoffMinChangeSolution) solution = solve (&input->problem);
  const TradeoffMinChangeResult *firmness = &solution->firmness;
  g_autofree char *firm_text = NULL, *clause = NULL;
  guint leader;

  g_assert_cmpint (solution->verdict.kind, ==, TRADEOFF_MIN_CHANGE_VERDICT_NONE);
  for (guint o = 0; o < solution->n_options; o++)
    {
      const TradeoffMinChangeResult *result = &solution->targets[o];
      g_autofree char *text = tradeoff_min_change_dup_lead_text (comparison, o, result);
      const TradeoffMinChange *change;

      g_assert_cmpint (result->status, ==, TRADEOFF_MIN_CHANGE_FOUND);
      g_assert_cmpuint (result->changes->len, ==, 1);
      change = &g_array_index (result->changes, TradeoffMinChange, 0);
      g_assert_cmpint (change->was, ==, TRADEOFF_MIN_CHANGE_OFF);
      g_assert_cmpint (change->level, ==, TRADEOFF_MIN_CHANGE_MATTERS);
      g_assert_nonnull (strstr (text, " would lead if you ticked “"));
      g_assert_null (strstr (text, "matter a lot"));
    }

  /* The firmness line and the sentence of the option it names agree. */
  g_assert_cmpint (firmness->status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (firmness->changes->len, ==, 1);
  g_assert_cmpint (firmness->outcome.kind, ==, TRADEOFF_MIN_CHANGE_VERDICT_LEADER);
  leader = firmness->outcome.leader;
  firm_text = tradeoff_min_change_dup_firmness_text (comparison, solution);
  clause = tradeoff_min_change_dup_changes_text (comparison, solution->targets[leader].changes);
  g_assert_true (g_str_has_prefix (firm_text, "One answer decides it: if you ticked “"));
  if (strstr (firm_text, clause) == NULL)
    g_error ("The firmness line “%s” does not propose what option %u's sentence does: “%s”",
             firm_text, leader, clause);

  assert_solution_gentlest (&input->problem, solution);
}

/* Other states of the shipped comparison: every proposed move gentlest. */
static const char * const *states[] = {
  (const char * const[]) { "team-knows-django", "greenfield", "performance-and-dx",
                           "integrations", NULL },
  (const char * const[]) { "team-knows-flask:must", "greenfield", NULL },
  (const char * const[]) { "team-knows-django:2", "team-knows-flask", NULL },
  (const char * const[]) { "team-knows-flask:2", NULL },
};

static void
test_shipped_states (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, states[s]);
      g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (advisor);
      g_autoptr(TradeoffMinChangeSolution) solution = solve (&input->problem);

      assert_solution_gentlest (&input->problem, solution);
    }
}

/* B leads 3 to 0 on a ticked criterion; the other weighs A 4 and B 1, so
 * ticking it ties them 4 to 4, and only making it matter a lot (8 to 5)
 * puts A ahead with one change.  A must-have rules neither out (both
 * serve it), and is further from off. */
static void
test_only_a_lot (void)
{
  static const int weights[] = { 0, 3,   4, 1 };
  static const guint8 levels[] = { TRADEOFF_MIN_CHANGE_MATTERS, TRADEOFF_MIN_CHANGE_OFF };
  TradeoffMinChangeProblem problem = { 2, 2, weights, NULL, levels, TRADEOFF_MIN_CHANGE_ALLOW_ALL };
  g_autoptr(TradeoffMinChangeSolution) solution = solve (&problem);
  const TradeoffMinChangeResult *result = &solution->targets[0];
  const TradeoffMinChange *change;

  g_assert_cmpint (solution->verdict.kind, ==, TRADEOFF_MIN_CHANGE_VERDICT_LEADER);
  g_assert_cmpuint (solution->verdict.leader, ==, 1);
  g_assert_cmpint (result->status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (result->changes->len, ==, 1);
  change = &g_array_index (result->changes, TradeoffMinChange, 0);
  g_assert_cmpuint (change->criterion, ==, 1);
  g_assert_cmpint (change->level, ==, TRADEOFF_MIN_CHANGE_A_LOT);
  assert_solution_gentlest (&problem, solution);
}

/* In an exclusive group the proposal keeps the choice it moves to and
 * only ticks it: x (chosen) weighs A, y weighs B 2 and z weighs B 5; with
 * a plain criterion weighing A 1 ticked too, choosing y or z at "matters"
 * makes B lead: nothing proposes either matter a lot or a must-have. */
static void
test_group_tick (void)
{
  static const int weights[] = { 2, 0,   0, 2,   0, 5,   1, 0 };
  static const int groups[] = { 7, 7, 7, TRADEOFF_MIN_CHANGE_NO_GROUP };
  static const guint8 levels[] = { TRADEOFF_MIN_CHANGE_MATTERS, 0, 0, TRADEOFF_MIN_CHANGE_MATTERS };
  TradeoffMinChangeProblem problem = { 2, 4, weights, groups, levels, TRADEOFF_MIN_CHANGE_ALLOW_ALL };
  g_autoptr(TradeoffMinChangeSolution) solution = solve (&problem);
  const TradeoffMinChangeResult *result = &solution->targets[1];
  const TradeoffMinChange *change;

  g_assert_cmpuint (solution->verdict.leader, ==, 0);
  g_assert_cmpint (result->status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (result->changes->len, ==, 1);
  change = &g_array_index (result->changes, TradeoffMinChange, 0);
  g_assert_true (change->criterion == 1 || change->criterion == 2);
  g_assert_cmpuint (change->replaces, ==, 0);
  g_assert_cmpint (change->level, ==, TRADEOFF_MIN_CHANGE_MATTERS);
  assert_solution_gentlest (&problem, solution);
}

/* Small random comparisons and starting answers, every level mask: no
 * proposed move has a gentler one of the same answer that, with the other
 * moves kept, would do as well. */
static void
test_random (void)
{
  static const guint masks[] = {
    TRADEOFF_MIN_CHANGE_ALLOW_ALL,
    TRADEOFF_MIN_CHANGE_ALLOW_TICKS,
    TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MATTERS) |
      TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MUST),
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint moves_checked = 0;

  for (guint k = 0; k < N_COMPARISONS; k++)
    {
      int weights[MAX_CRITERIA * TRADEOFF_MIN_CHANGE_MAX_OPTIONS];
      int groups[MAX_CRITERIA];
      guint8 levels[MAX_CRITERIA];
      gboolean group_on[3] = { FALSE, FALSE, FALSE };
      TradeoffMinChangeProblem problem = { 0 };
      g_autoptr(TradeoffMinChangeSolution) solution = NULL;

      problem.n_options = g_rand_int_range (rand, 2, 6);
      problem.n_criteria = g_rand_int_range (rand, 1, MAX_CRITERIA + 1);
      problem.allowed = masks[g_rand_int_range (rand, 0, G_N_ELEMENTS (masks))];
      for (guint c = 0; c < problem.n_criteria; c++)
        {
          int g = g_rand_int_range (rand, -1, 3);

          groups[c] = g < 0 ? TRADEOFF_MIN_CHANGE_NO_GROUP : g;
          levels[c] = g_rand_int_range (rand, 0, 3) == 0 ? g_rand_int_range (rand, 1, 4) : 0;
          if ((levels[c] != 0 && (problem.allowed & TRADEOFF_MIN_CHANGE_ALLOW (levels[c])) == 0) ||
              (g >= 0 && group_on[g]))
            levels[c] = 0;
          if (g >= 0 && levels[c] != 0)
            group_on[g] = TRUE;
          for (guint o = 0; o < problem.n_options; o++)
            weights[c * problem.n_options + o] = g_rand_int_range (rand, -3, 4);
        }
      problem.weights = weights;
      problem.groups = groups;
      problem.levels = levels;

      solution = solve (&problem);
      assert_solution_gentlest (&problem, solution);
      for (guint o = 0; o < solution->n_options; o++)
        moves_checked += solution->targets[o].changes->len;
    }

  /* The check above ran on real proposals. */
  g_assert_cmpuint (moves_checked, >, N_COMPARISONS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/min-change-gentle/shipped-ticks", test_shipped_ticks);
  g_test_add_func ("/min-change-gentle/shipped-states", test_shipped_states);
  g_test_add_func ("/min-change-gentle/only-a-lot", test_only_a_lot);
  g_test_add_func ("/min-change-gentle/group-tick", test_group_tick);
  g_test_add_func ("/min-change-gentle/random", test_random);

  return g_test_run ();
}
