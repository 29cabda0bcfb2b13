/* test-min-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The smallest change that makes each option lead, and the firmness of the
 * verdict, against an independent brute force: on small random comparisons
 * (2 to 8 options, up to 14 criteria, exclusive groups, must-haves) every
 * combination of answers is scored from scratch, and for random starting
 * answers the solver must report exactly the fewest changes, a witness
 * that really does it with that many, and "impossible" exactly when no
 * combination does.  Then one hand-made comparison per reason for
 * impossibility, the budget and cancellation.
 *
 * The random cases run from a fixed list of seeds, then from g_test_rand
 * (replay a failure with --seed, which the failure message prints).
 */

#define G_LOG_DOMAIN "test-min-change"

#include "config.h"

#include "tradeoff-min-change-task.h"

#define MAX_CRITERIA 14
#define MAX_STATES 40000
#define COMPARISONS_PER_SEED 40
#define STARTS_PER_COMPARISON 3
#define UNREACHABLE G_MAXUINT

/* ------------------------------------------------------------------ */
/* The brute force: shares nothing with the solver but the header. */

typedef struct
{
  guint  n_options;
  guint  n_criteria;
  int    weights[MAX_CRITERIA * TRADEOFF_MIN_CHANGE_MAX_OPTIONS];
  int    groups[MAX_CRITERIA];
  guint  allowed;

  /* Answers: a criterion alone, or an exclusive group's criteria. */
  guint  n_answers;
  guint  members[MAX_CRITERIA][MAX_CRITERIA];
  guint  n_members[MAX_CRITERIA];
  guint  n_values[MAX_CRITERIA];   /* 1 (off) + members × allowed levels */
  guint  levels_allowed[3];
  guint  n_levels_allowed;

  /* Every state's verdict: a leader's index, n_options for a tie,
   * n_options + 1 for none. */
  guint  n_states;
  guint8 *codes;
} Brute;

/* Value v of answer a as levels of its criteria. */
static void
brute_set_value (const Brute *brute,
                 guint        a,
                 guint        v,
                 guint8      *levels)
{
  for (guint i = 0; i < brute->n_members[a]; i++)
    levels[brute->members[a][i]] = TRADEOFF_MIN_CHANGE_OFF;
  if (v == 0)
    return;
  v--;
  levels[brute->members[a][v / brute->n_levels_allowed]] =
    brute->levels_allowed[v % brute->n_levels_allowed];
}

static void
brute_decode (const Brute *brute,
              guint        state,
              guint       *values,
              guint8      *levels)
{
  for (guint a = 0; a < brute->n_answers; a++)
    {
      values[a] = state % brute->n_values[a];
      state /= brute->n_values[a];
      brute_set_value (brute, a, values[a], levels);
    }
}

/* The semantics of issue 15, written out the long way. */
static guint
brute_code (const Brute  *brute,
            const guint8 *levels)
{
  int scores[TRADEOFF_MIN_CHANGE_MAX_OPTIONS] = { 0 };
  gboolean out[TRADEOFF_MIN_CHANGE_MAX_OPTIONS] = { FALSE };
  gboolean any_on = FALSE;
  int top = G_MININT;
  guint n_top = 0, leader = 0;

  for (guint c = 0; c < brute->n_criteria; c++)
    for (guint o = 0; o < brute->n_options; o++)
      {
        int w = brute->weights[c * brute->n_options + o];

        any_on |= levels[c] != TRADEOFF_MIN_CHANGE_OFF;
        if (levels[c] == TRADEOFF_MIN_CHANGE_MUST && w <= 0)
          out[o] = TRUE;
        else if (levels[c] == TRADEOFF_MIN_CHANGE_MATTERS)
          scores[o] += w;
        else if (levels[c] == TRADEOFF_MIN_CHANGE_A_LOT)
          scores[o] += 2 * w;
      }
  if (!any_on)
    return brute->n_options + 1;

  for (guint o = 0; o < brute->n_options; o++)
    if (!out[o] && scores[o] > top)
      top = scores[o];
  for (guint o = 0; o < brute->n_options; o++)
    if (!out[o] && scores[o] == top)
      {
        n_top++;
        leader = o;
      }

  if (n_top == 0)
    return brute->n_options + 1;

  return n_top == 1 ? leader : brute->n_options;
}

static guint
brute_count_states (Brute *brute)
{
  guint64 product = 1;

  brute->n_levels_allowed = 0;
  for (guint level = TRADEOFF_MIN_CHANGE_MATTERS; level <= TRADEOFF_MIN_CHANGE_MUST; level++)
    if (brute->allowed & TRADEOFF_MIN_CHANGE_ALLOW (level))
      brute->levels_allowed[brute->n_levels_allowed++] = level;

  brute->n_answers = 0;
  for (guint c = 0; c < brute->n_criteria; c++)
    {
      guint a = brute->n_answers;

      for (guint b = 0; b < brute->n_answers && brute->groups[c] >= 0; b++)
        if (brute->groups[brute->members[b][0]] == brute->groups[c])
          a = b;
      if (a == brute->n_answers)
        brute->n_members[brute->n_answers++] = 0;
      brute->members[a][brute->n_members[a]++] = c;
    }

  for (guint a = 0; a < brute->n_answers; a++)
    {
      brute->n_values[a] = 1 + brute->n_members[a] * brute->n_levels_allowed;
      product *= brute->n_values[a];
    }

  return product > MAX_STATES ? 0 : (guint) product;
}

static void
brute_tabulate (Brute *brute)
{
  guint values[MAX_CRITERIA];
  guint8 levels[MAX_CRITERIA];

  brute->codes = g_new (guint8, brute->n_states);
  for (guint s = 0; s < brute->n_states; s++)
    {
      brute_decode (brute, s, values, levels);
      brute->codes[s] = (guint8) brute_code (brute, levels);
    }
}

/* The fewest answers to change from @start to reach each verdict. */
static void
brute_distances (const Brute *brute,
                 guint        start,
                 guint       *to_lead,
                 guint       *to_differ)
{
  guint from[MAX_CRITERIA], values[MAX_CRITERIA];
  guint8 levels[MAX_CRITERIA];

  brute_decode (brute, start, from, levels);
  for (guint o = 0; o < brute->n_options; o++)
    to_lead[o] = UNREACHABLE;
  *to_differ = UNREACHABLE;

  for (guint s = 0; s < brute->n_states; s++)
    {
      guint distance = 0, rest = s;

      for (guint a = 0; a < brute->n_answers; a++)
        {
          values[a] = rest % brute->n_values[a];
          rest /= brute->n_values[a];
          distance += values[a] != from[a];
        }
      if (brute->codes[s] < brute->n_options)
        to_lead[brute->codes[s]] = MIN (to_lead[brute->codes[s]], distance);
      if (brute->codes[s] != brute->codes[start])
        *to_differ = MIN (*to_differ, distance);
    }
}

/* ------------------------------------------------------------------ */
/* Random comparisons. */

static void
random_comparison (GRand *rand,
                   Brute *brute)
{
  static const guint allowed_choices[] = {
    TRADEOFF_MIN_CHANGE_ALLOW_ALL,
    TRADEOFF_MIN_CHANGE_ALLOW_TICKS,
    TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MATTERS) |
      TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MUST),
    TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MATTERS) |
      TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_A_LOT),
  };
  int spread = g_rand_int_range (rand, 0, 10) == 0 ? 100 : 3;
  int n_groups = g_rand_int_range (rand, 0, 4);

  memset (brute, 0, sizeof *brute);
  brute->n_options = g_rand_int_range (rand, 2, TRADEOFF_MIN_CHANGE_MAX_OPTIONS + 1);
  brute->n_criteria = g_rand_int_range (rand, 1, MAX_CRITERIA + 1);
  brute->allowed = allowed_choices[g_rand_int_range (rand, 0, G_N_ELEMENTS (allowed_choices))];
  for (guint c = 0; c < brute->n_criteria; c++)
    {
      brute->groups[c] = n_groups > 0 && g_rand_boolean (rand)
                         ? 10 * g_rand_int_range (rand, 0, n_groups) : TRADEOFF_MIN_CHANGE_NO_GROUP;
      for (guint o = 0; o < brute->n_options; o++)
        brute->weights[c * brute->n_options + o] =
          g_rand_int_range (rand, 0, 3) == 0 ? 0 : g_rand_int_range (rand, -spread, spread + 1);
    }

  /* Small enough to enumerate: fewer levels, then fewer criteria. */
  while ((brute->n_states = brute_count_states (brute)) == 0)
    {
      if (brute->allowed & TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_A_LOT))
        brute->allowed &= ~TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_A_LOT);
      else if (brute->allowed & TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MUST) &&
               g_rand_boolean (rand))
        brute->allowed &= ~TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MUST);
      else
        brute->n_criteria--;
    }
}

static void
apply_changes (const Brute *brute,
               GArray      *changes,
               guint8      *levels)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const TradeoffMinChange *change = &g_array_index (changes, TradeoffMinChange, i);

      g_assert_cmpuint (change->criterion, <, brute->n_criteria);
      g_assert_cmpint (change->group, ==, brute->groups[change->criterion]);
      g_assert_true (change->level == TRADEOFF_MIN_CHANGE_OFF ||
                     (brute->allowed & TRADEOFF_MIN_CHANGE_ALLOW (change->level)));
      g_assert_cmpuint (change->was, ==, levels[change->criterion]);
      if (change->group != TRADEOFF_MIN_CHANGE_NO_GROUP)
        for (guint c = 0; c < brute->n_criteria; c++)
          if (brute->groups[c] == change->group)
            {
              g_assert_true (levels[c] == TRADEOFF_MIN_CHANGE_OFF || c == change->criterion ||
                             c == change->replaces);
              levels[c] = TRADEOFF_MIN_CHANGE_OFF;
            }
      levels[change->criterion] = change->level;
    }
}

/* The number of answers that differ between two sets of levels. */
static guint
answers_changed (const Brute  *brute,
                 const guint8 *before,
                 const guint8 *after)
{
  guint changed = 0;

  for (guint a = 0; a < brute->n_answers; a++)
    {
      gboolean differs = FALSE;

      for (guint i = 0; i < brute->n_members[a]; i++)
        differs |= before[brute->members[a][i]] != after[brute->members[a][i]];
      changed += differs;
    }

  return changed;
}

static void
check_result (const Brute                   *brute,
              const guint8                  *start,
              const TradeoffMinChangeResult *result,
              guint                          expected,
              guint                          option)
{
  guint8 levels[MAX_CRITERIA];
  guint code;

  if (expected == UNREACHABLE)
    {
      g_assert_cmpint (result->status, ==, TRADEOFF_MIN_CHANGE_IMPOSSIBLE);
      g_assert_cmpint (result->reason, !=, TRADEOFF_MIN_CHANGE_REASON_NONE);
      return;
    }
  g_assert_cmpint (result->status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (result->changes->len, ==, expected);
  g_assert_cmpuint (result->lower_bound, ==, expected);

  /* The witness, applied: that many answers change, and it does it. */
  memcpy (levels, start, brute->n_criteria);
  apply_changes (brute, result->changes, levels);
  g_assert_cmpuint (answers_changed (brute, start, levels), ==, expected);
  code = brute_code (brute, levels);
  if (option != G_MAXUINT)
    g_assert_cmpuint (code, ==, option);
  else
    g_assert_cmpuint (code, !=, brute_code (brute, start));
}

static void
check_start (const Brute *brute,
             guint        start)
{
  guint values[MAX_CRITERIA];
  guint8 levels[MAX_CRITERIA];
  guint to_lead[TRADEOFF_MIN_CHANGE_MAX_OPTIONS], to_differ;
  TradeoffMinChangeProblem problem = {
    brute->n_options, brute->n_criteria, brute->weights, brute->groups, levels, brute->allowed,
  };
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  g_autoptr(GError) error = NULL;

  brute_decode (brute, start, values, levels);
  brute_distances (brute, start, to_lead, &to_differ);
  solution = tradeoff_min_change_solve (&problem, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (solution->complete);

  for (guint o = 0; o < brute->n_options; o++)
    {
      if (brute->codes[start] == o)
        g_assert_cmpint (solution->targets[o].status, ==, TRADEOFF_MIN_CHANGE_ALREADY);
      else
        check_result (brute, levels, &solution->targets[o], to_lead[o], o);
    }
  check_result (brute, levels, &solution->firmness, to_differ, G_MAXUINT);
}

static void
run_random (guint32 seed,
            guint   n_comparisons)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n_comparisons; i++)
    {
      Brute brute;

      random_comparison (rand, &brute);
      g_test_message ("seed %u, comparison %u: %u options, %u criteria, %u answers, "
                      "levels mask %#x, %u states", seed, i, brute.n_options,
                      brute.n_criteria, brute.n_answers, brute.allowed, brute.n_states);
      brute_tabulate (&brute);
      for (guint s = 0; s < STARTS_PER_COMPARISON; s++)
        check_start (&brute, g_rand_int_range (rand, 0, brute.n_states));
      g_free (brute.codes);
    }
}

static void
test_random_seed (gconstpointer data)
{
  run_random (GPOINTER_TO_UINT (data), COMPARISONS_PER_SEED);
}

/* A new seed each run of the suite, from g_test_rand (so --seed replays it). */
static void
test_random_test_rand (void)
{
  run_random ((guint32) g_test_rand_int (), COMPARISONS_PER_SEED);
}

/* ------------------------------------------------------------------ */
/* Hand-made comparisons, one per reason nothing can make an option lead. */

static TradeoffMinChangeSolution *
solve_simple (guint         n_options,
              guint         n_criteria,
              const int    *weights,
              const int    *groups,
              const guint8 *levels,
              guint         allowed)
{
  TradeoffMinChangeProblem problem = { n_options, n_criteria, weights, groups, levels, allowed };
  g_autoptr(GError) error = NULL;
  TradeoffMinChangeSolution *solution = tradeoff_min_change_solve (&problem, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (solution->complete);

  return solution;
}

static void
assert_impossible (const TradeoffMinChangeResult *result,
                   TradeoffMinChangeReason        reason,
                   guint                          rival)
{
  g_assert_cmpint (result->status, ==, TRADEOFF_MIN_CHANGE_IMPOSSIBLE);
  g_assert_cmpint (result->reason, ==, reason);
  if (rival != G_MAXUINT)
    g_assert_cmpuint (result->rival, ==, rival);
  g_assert_cmpuint (result->changes->len, ==, 0);
}

/* Before levels exist: B is weighed at most as high as A everywhere, and a
 * tick cannot rule A out. */
static void
test_reason_outweighed (void)
{
  static const int weights[] = { 3, 1,   1, 1 };
  static const guint8 levels[] = { 1, 0 };
  g_autoptr(TradeoffMinChangeSolution) s = solve_simple (2, 2, weights, NULL, levels,
                                                         TRADEOFF_MIN_CHANGE_ALLOW_TICKS);

  g_assert_cmpint (s->verdict.kind, ==, TRADEOFF_MIN_CHANGE_VERDICT_LEADER);
  g_assert_cmpuint (s->verdict.leader, ==, 0);
  assert_impossible (&s->targets[1], TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED, 0);
}

/* B serves no criterion (no weight above 0) and is never above A: no
 * must-have keeps B in while it rules A out. */
static void
test_reason_serves_nothing (void)
{
  static const int weights[] = { 2, 0,   1, -1,   0, 0 };
  static const guint8 levels[] = { 0, 0, 0 };
  g_autoptr(TradeoffMinChangeSolution) s = solve_simple (2, 3, weights, NULL, levels, 0);

  g_assert_cmpint (s->verdict.kind, ==, TRADEOFF_MIN_CHANGE_VERDICT_NONE);
  assert_impossible (&s->targets[1], TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_SERVES_NOTHING, 0);
  /* A leads with one tick. */
  g_assert_cmpint (s->targets[0].status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (s->targets[0].changes->len, ==, 1);
}

/* C serves both criteria, but so does A, which is weighed higher on both:
 * every must-have that keeps C in keeps A in. */
static void
test_reason_rival_serves_too (void)
{
  static const int weights[] = { 3, -1, 2,   1, 2, 1 };
  static const guint8 levels[] = { 2, 0 };
  g_autoptr(TradeoffMinChangeSolution) s = solve_simple (3, 2, weights, NULL, levels, 0);

  assert_impossible (&s->targets[2], TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_RIVAL_SERVES_TOO, 0);
}

/* C is exactly halfway between A and B on both criteria, which are one
 * exclusive group: each rival can be beaten alone, never both at once, and
 * one must-have cannot rule both out. */
static void
test_reason_no_combination (void)
{
  static const int weights[] = { 2, 0, 1,   0, 2, 1 };
  static const int groups[] = { 5, 5 };
  static const guint8 levels[] = { 1, 0 };
  g_autoptr(TradeoffMinChangeSolution) s = solve_simple (3, 2, weights, groups, levels, 0);

  assert_impossible (&s->targets[2], TRADEOFF_MIN_CHANGE_REASON_NO_COMBINATION, G_MAXUINT);
  /* B leads by moving the group's choice: one change. */
  g_assert_cmpint (s->targets[1].status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (s->targets[1].changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (s->targets[1].changes, TradeoffMinChange, 0).replaces, ==, 0);
}

/* The same without the group and from nothing on, with must-haves: a
 * must-have is needed, and one change is not enough. */
static void
test_two_musts (void)
{
  static const int weights[] = { 2, 0, 1,   0, 2, 1 };
  static const guint8 levels[] = { 0, 0 };
  g_autoptr(TradeoffMinChangeSolution) s = solve_simple (3, 2, weights, NULL, levels, 0);
  const TradeoffMinChangeResult *c = &s->targets[2];
  gboolean must = FALSE;

  g_assert_cmpint (c->status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  g_assert_cmpuint (c->changes->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    must |= g_array_index (c->changes, TradeoffMinChange, i).level == TRADEOFF_MIN_CHANGE_MUST;
  g_assert_true (must);
  /* With ticks only, nothing can. */
  {
    g_autoptr(TradeoffMinChangeSolution) ticks =
      solve_simple (3, 2, weights, NULL, levels, TRADEOFF_MIN_CHANGE_ALLOW_TICKS);

    assert_impossible (&ticks->targets[2], TRADEOFF_MIN_CHANGE_REASON_NO_COMBINATION, G_MAXUINT);
  }
}

/* A must-have that rules the target out has to go, and counts. */
static void
test_must_gate (void)
{
  static const int weights[] = { 1, 0,   0, 1 };
  static const guint8 levels[] = { 3, 1 };
  g_autoptr(TradeoffMinChangeSolution) s = solve_simple (2, 2, weights, NULL, levels, 0);
  const TradeoffMinChange *change;

  /* B is ruled out by the must-have on the first criterion: A leads. */
  g_assert_cmpuint (s->verdict.leader, ==, 0);
  g_assert_cmpuint (s->targets[1].changes->len, ==, 1);
  change = &g_array_index (s->targets[1].changes, TradeoffMinChange, 0);
  g_assert_cmpuint (change->criterion, ==, 0);
  g_assert_cmpint (change->was, ==, TRADEOFF_MIN_CHANGE_MUST);
  g_assert_cmpint (change->level, ==, TRADEOFF_MIN_CHANGE_OFF);
  /* One answer decides it. */
  g_assert_cmpuint (s->firmness.changes->len, ==, 1);
}

/* ------------------------------------------------------------------ */
/* The budget, cancellation and bad input. */

static void
large_problem (GRand  *rand,
               guint   n_criteria,
               int    *weights,
               int    *groups,
               guint8 *levels)
{
  for (guint c = 0; c < n_criteria; c++)
    {
      groups[c] = (c / 10) % 7 == 3 ? (int) (c / 10) : TRADEOFF_MIN_CHANGE_NO_GROUP;
      levels[c] = groups[c] < 0 && c % 10 == 0 ? TRADEOFF_MIN_CHANGE_MATTERS
                                               : TRADEOFF_MIN_CHANGE_OFF;
      for (guint o = 0; o < 8; o++)
        weights[c * 8 + o] = g_rand_boolean (rand) ? g_rand_int_range (rand, -3, 4) : 0;
    }
}

/* Whatever a budget returns at 600 criteria works: each change found
 * makes its option lead, and the proven bound is no more than its size. */
static guint
check_budgeted (const TradeoffMinChangeProblem  *problem,
                const TradeoffMinChangeSolution *s)
{
  guint8 after[600];
  guint unproven = 0;

  for (guint o = 0; o < problem->n_options; o++)
    {
      const TradeoffMinChangeResult *r = &s->targets[o];

      unproven += r->status == TRADEOFF_MIN_CHANGE_BEST_SO_FAR ||
                  r->status == TRADEOFF_MIN_CHANGE_UNKNOWN;
      if (r->status != TRADEOFF_MIN_CHANGE_BEST_SO_FAR && r->status != TRADEOFF_MIN_CHANGE_FOUND)
        continue;
      g_assert_cmpuint (r->lower_bound, <=, r->changes->len);
      memcpy (after, problem->levels, problem->n_criteria);
      for (guint i = 0; i < r->changes->len; i++)
        {
          const TradeoffMinChange *change = &g_array_index (r->changes, TradeoffMinChange, i);

          if (change->replaces != TRADEOFF_MIN_CHANGE_NO_OPTION)
            after[change->replaces] = TRADEOFF_MIN_CHANGE_OFF;
          after[change->criterion] = change->level;
        }
      g_assert_cmpuint (tradeoff_min_change_verdict (problem, after).leader, ==, o);
    }

  return unproven + (s->firmness.status == TRADEOFF_MIN_CHANGE_BEST_SO_FAR ||
                     s->firmness.status == TRADEOFF_MIN_CHANGE_UNKNOWN);
}

/* A budget of a few nodes cannot prove much at 600 criteria, and says so;
 * a time budget (resuming the unproven questions with the time left) gives
 * answers as valid. */
static void
test_budget (void)
{
  enum { N = 600 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree int *weights = g_new (int, N * 8);
  int groups[N];
  guint8 levels[N];
  TradeoffMinChangeProblem problem = { 8, N, weights, groups, levels,
                                       TRADEOFF_MIN_CHANGE_ALLOW_TICKS };
  TradeoffMinChangeBudget nodes = { 50, 0 };
  TradeoffMinChangeBudget time = { 0, G_USEC_PER_SEC / 5 };
  g_autoptr(TradeoffMinChangeSolution) s = NULL;
  g_autoptr(TradeoffMinChangeSolution) timed = NULL;

  large_problem (rand, N, weights, groups, levels);
  s = tradeoff_min_change_solve (&problem, &nodes, NULL, NULL);
  g_assert_nonnull (s);
  g_assert_cmpuint (check_budgeted (&problem, s), >, 0);
  g_assert_false (s->complete);
  for (guint o = 0; o < 8; o++)
    g_assert_cmpuint (s->targets[o].nodes, <=, nodes.max_nodes + 1);

  timed = tradeoff_min_change_solve (&problem, &time, NULL, NULL);
  g_assert_nonnull (timed);
  g_assert_true ((check_budgeted (&problem, timed) == 0) == timed->complete);
}

static void
test_cancelled (void)
{
  static const int weights[] = { 3, 1,   1, 2 };
  static const guint8 levels[] = { 1, 0 };
  TradeoffMinChangeProblem problem = { 2, 2, weights, NULL, levels, 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TradeoffMinChangeSolution) s = NULL;

  g_cancellable_cancel (cancellable);
  s = tradeoff_min_change_solve (&problem, NULL, cancellable, NULL);
  g_assert_false (s->complete);
  g_assert_cmpint (s->targets[1].status, ==, TRADEOFF_MIN_CHANGE_CANCELLED);
  g_assert_cmpint (s->firmness.status, ==, TRADEOFF_MIN_CHANGE_CANCELLED);
}

static void
test_bad_problem (void)
{
  static const int weights[] = { 3, 1,   1, 2 };
  static const int groups[] = { 4, 4 };
  static const guint8 levels[] = { 1, 2 };
  static const int too_heavy[] = { 300, 1,   1, 2 };
  TradeoffMinChangeProblem problem = { 2, 2, weights, groups, levels, 0 };
  TradeoffMinChangeSolution *s;
  g_autoptr(GError) error = NULL;

  s = tradeoff_min_change_solve (&problem, NULL, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  problem.groups = NULL;
  problem.n_options = 1;
  g_assert_null (tradeoff_min_change_solve (&problem, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  problem.n_options = 2;
  problem.weights = too_heavy;
  g_assert_null (tradeoff_min_change_solve (&problem, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* ------------------------------------------------------------------ */
/* Off the main thread. */

typedef struct
{
  GMainLoop                 *loop;
  guint                      pending;
  GError                    *stale_error;
  TradeoffMinChangeSolution *fresh;
} Async;

static void
stale_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Async *async = data;

  g_assert_null (tradeoff_min_change_solve_finish (result, &async->stale_error));
  if (--async->pending == 0)
    g_main_loop_quit (async->loop);
}

static void
fresh_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Async *async = data;
  g_autoptr(GError) error = NULL;

  async->fresh = tradeoff_min_change_solve_finish (result, &error);
  g_assert_no_error (error);
  if (--async->pending == 0)
    g_main_loop_quit (async->loop);
}

static TradeoffMinChangeInput *
input_copy (const int    *weights,
            const int    *groups,
            const guint8 *levels,
            guint         n_options,
            guint         n_criteria,
            guint         allowed)
{
  TradeoffMinChangeInput *input = g_new0 (TradeoffMinChangeInput, 1);

  input->weights = g_memdup2 (weights, sizeof (int) * n_options * n_criteria);
  input->groups = g_memdup2 (groups, sizeof (int) * n_criteria);
  input->levels = g_memdup2 (levels, n_criteria);
  input->problem = (TradeoffMinChangeProblem) { n_options, n_criteria, input->weights,
                                                input->groups, input->levels, allowed };

  return input;
}

/* A long solve (600 criteria, ticks only, no budget) made stale by newer
 * answers: renewing cancels it, it reports G_IO_ERROR_CANCELLED rather
 * than an answer about old ticks, and the new one answers. */
static void
test_async_stale (void)
{
  enum { N = 600 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree int *weights = g_new (int, N * 8);
  int groups[N];
  guint8 levels[N];
  static const int small_weights[] = { 3, 1,   1, 2 };
  static const int small_groups[] = { -1, -1 };
  static const guint8 small_levels[] = { 1, 0 };
  GCancellable *slot = NULL;
  Async async = { g_main_loop_new (NULL, FALSE), 2, NULL, NULL };

  large_problem (rand, N, weights, groups, levels);
  tradeoff_min_change_solve_async (input_copy (weights, groups, levels, 8, N,
                                               TRADEOFF_MIN_CHANGE_ALLOW_TICKS),
                                   NULL, tradeoff_min_change_renew (&slot), stale_done, &async);
  tradeoff_min_change_solve_async (input_copy (small_weights, small_groups, small_levels, 2, 2, 0),
                                   NULL, tradeoff_min_change_renew (&slot), fresh_done, &async);
  g_main_loop_run (async.loop);

  g_assert_error (async.stale_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (async.fresh);
  g_assert_true (async.fresh->complete);
  g_assert_cmpuint (async.fresh->verdict.leader, ==, 0);
  /* Untick the first, tick the second. */
  g_assert_cmpuint (async.fresh->targets[1].changes->len, ==, 2);

  g_clear_error (&async.stale_error);
  tradeoff_min_change_solution_free (async.fresh);
  g_main_loop_unref (async.loop);
  g_clear_object (&slot);
}

int
main (int   argc,
      char *argv[])
{
  static const guint32 seeds[] = { 1, 2, 3, 15, 2026, 777777 };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tradeoff/min-change/random/seed-%u", seeds[i]);

      g_test_add_data_func (path, GUINT_TO_POINTER (seeds[i]), test_random_seed);
    }
  g_test_add_func ("/tradeoff/min-change/random/test-rand", test_random_test_rand);
  g_test_add_func ("/tradeoff/min-change/reason/outweighed", test_reason_outweighed);
  g_test_add_func ("/tradeoff/min-change/reason/serves-nothing", test_reason_serves_nothing);
  g_test_add_func ("/tradeoff/min-change/reason/rival-serves-too", test_reason_rival_serves_too);
  g_test_add_func ("/tradeoff/min-change/reason/no-combination", test_reason_no_combination);
  g_test_add_func ("/tradeoff/min-change/two-musts", test_two_musts);
  g_test_add_func ("/tradeoff/min-change/must-gate", test_must_gate);
  g_test_add_func ("/tradeoff/min-change/budget", test_budget);
  g_test_add_func ("/tradeoff/min-change/cancelled", test_cancelled);
  g_test_add_func ("/tradeoff/min-change/bad-problem", test_bad_problem);
  g_test_add_func ("/tradeoff/min-change/async-stale", test_async_stale);

  return g_test_run ();
}
