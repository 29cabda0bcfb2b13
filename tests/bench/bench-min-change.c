/* bench-min-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the exact smallest changes cost (issue 15): the min-change solver,
 * every option and the firmness, against today's single-flip list (the
 * advisor's flips, first read), at 10, 100 and 2,000 criteria with 8
 * options, from several random sets of ticks.  Twice: with ticks only (what
 * a person can say today) and with every level and must-haves (issue 14).
 *
 *   bench-min-change --generator build/tests/bench/gen-comparison
 *
 * Where the exact answer takes longer than the budget (a second), it says
 * what the budget returns: how many answers are proven, and for the rest
 * the change found and the proven lower bound.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include "bench-util.h"
#include "tradeoff-advisor.h"
#include "tradeoff-criterion-group.h"
#include "tradeoff-criterion.h"
#include "tradeoff-loader.h"
#include "tradeoff-min-change-input.h"

#define N_OPTIONS 8
#define N_STATES 7
#define FLIP_RUNS 31
/* The budget the window would give a solve before showing the best so
 * far. */
#define BUDGET_US G_USEC_PER_SEC

static volatile guint sink;

/* One criterion in ten outside exclusive groups ticked, at random, and
 * one choice of some exclusive groups, as a person would have. */
static void
tick_at_random (TradeoffAdvisor *advisor,
                GRand           *rand)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);

  tradeoff_advisor_reset (advisor);
  for (guint c = 0; c < tradeoff_comparison_get_n_criteria (comparison); c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, c);
      gboolean exclusive =
        tradeoff_criterion_group_get_exclusive (tradeoff_criterion_get_group (criterion));

      if (g_rand_int_range (rand, 0, exclusive ? 20 : 10) == 0)
        tradeoff_advisor_set_ticked (advisor, criterion, TRUE);
    }
  /* At least one tick, so there is a verdict to be firm about. */
  if (tradeoff_advisor_get_n_ticked (advisor) == 0)
    tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, 0), TRUE);
}

static double
flips_first_read_ns (TradeoffAdvisor *advisor)
{
  g_autofree double *samples = g_new (double, FLIP_RUNS);
  g_auto(GStrv) ids = tradeoff_advisor_dup_ticked_ids (advisor);
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);

  for (guint r = 0; r < FLIP_RUNS; r++)
    {
      g_autoptr(TradeoffAdvisor) fresh = tradeoff_advisor_new (comparison);
      gint64 start;

      tradeoff_advisor_select_ids (fresh, (const char * const *) ids, NULL);
      start = bench_now_ns ();
      sink = g_list_model_get_n_items (tradeoff_advisor_get_flips (fresh));
      samples[r] = (double) (bench_now_ns () - start);
    }

  return bench_median (samples, FLIP_RUNS);
}

typedef struct
{
  double   ns;
  gboolean complete;
  guint    proven;
  guint    questions;
  guint64  nodes;
  GString *unproven;   /* "found 4 (at least 3)" for each unproven answer */
} Solve;

static void
solve_once (const TradeoffMinChangeProblem *problem,
            gint64                          budget_us,
            Solve                          *solve)
{
  TradeoffMinChangeBudget budget = { 0, budget_us };
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  gint64 start = bench_now_ns ();

  solution = tradeoff_min_change_solve (problem, &budget, NULL, NULL);
  solve->ns = (double) (bench_now_ns () - start);
  solve->complete = solution->complete;
  solve->proven = 0;
  solve->questions = problem->n_options + 1;
  solve->nodes = 0;
  for (guint q = 0; q <= problem->n_options; q++)
    {
      const TradeoffMinChangeResult *result =
        q < problem->n_options ? &solution->targets[q] : &solution->firmness;

      solve->nodes += result->nodes;
      if (result->status == TRADEOFF_MIN_CHANGE_BEST_SO_FAR)
        g_string_append_printf (solve->unproven, " %s%u (>= %u)", q < problem->n_options ? "" : "firm ",
                                result->changes->len, result->lower_bound);
      else if (result->status == TRADEOFF_MIN_CHANGE_UNKNOWN)
        g_string_append_printf (solve->unproven, " ? (>= %u)", result->lower_bound);
      else
        solve->proven++;
    }
}

/* The median of a few solves of the same answers, or one if it is slow. */
static void
solve_median (const TradeoffMinChangeProblem *problem,
              gint64                          budget_us,
              Solve                          *solve)
{
  double samples[5];
  guint runs = 0;

  do
    {
      g_string_truncate (solve->unproven, 0);
      solve_once (problem, budget_us, solve);
      samples[runs++] = solve->ns;
    }
  while (runs < G_N_ELEMENTS (samples) && solve->ns < 0.05 * G_USEC_PER_SEC * 1000);
  solve->ns = bench_median (samples, runs);
}

static void
bench_size (const char *generator,
            guint       n_criteria,
            guint       allowed,
            gint64      budget_us)
{
  g_autoptr(GBytes) bytes = bench_generate (generator, N_OPTIONS, 0, 50, (int) n_criteria);
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (bytes, "generated", NULL);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GRand) rand = g_rand_new_with_seed (n_criteria);
  double flips[N_STATES], exact[N_STATES];
  guint n_complete = 0;

  for (guint s = 0; s < N_STATES; s++)
    {
      g_autoptr(TradeoffMinChangeInput) input = NULL;
      Solve solve = { 0 };

      tick_at_random (advisor, rand);
      input = tradeoff_min_change_input_new (advisor);
      input->problem.allowed = allowed;
      solve.unproven = g_string_new (NULL);
      flips[s] = flips_first_read_ns (advisor);
      solve_median (&input->problem, budget_us, &solve);
      exact[s] = solve.ns;
      n_complete += solve.complete;
      g_print ("    ticks %2u: flips %9.1f us, min-change %11.1f us (%6.0fx), %" G_GUINT64_FORMAT
               " nodes, %u/%u proven%s%s\n",
               tradeoff_advisor_get_n_ticked (advisor), flips[s] / 1000, exact[s] / 1000,
               exact[s] / flips[s], solve.nodes, solve.proven, solve.questions,
               solve.unproven->len ? ", best so far:" : "", solve.unproven->str);
      g_string_free (solve.unproven, TRUE);
    }

  g_print ("  %u criteria: median flips %.1f us, median min-change %.1f us, ratio %.0fx; "
           "%u/%u states exact within the budget\n",
           n_criteria, bench_median (flips, N_STATES) / 1000, bench_median (exact, N_STATES) / 1000,
           bench_median (exact, N_STATES) / bench_median (flips, N_STATES), n_complete, N_STATES);
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 10, 100, 2000 };
  g_autofree char *generator = NULL;
  gint64 budget_us = BUDGET_US;
  GOptionEntry entries[] = {
    { "generator", 0, 0, G_OPTION_ARG_FILENAME, &generator, "The gen-comparison program", "PROGRAM" },
    { "budget-us", 0, 0, G_OPTION_ARG_INT64, &budget_us, "Time budget per solve (default 1 s)", "US" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generator == NULL)
    {
      g_printerr ("bench-min-change: %s\n", error != NULL ? error->message : "--generator is needed");
      return 2;
    }

  g_print ("Min-change (every option and the firmness) against the single-flip list "
           "(first read), %u options, %u random tick states, budget %.1f s per solve\n",
           N_OPTIONS, N_STATES, budget_us / 1e6);
  g_print ("\n  ticks only (today):\n");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    bench_size (generator, sizes[i], TRADEOFF_MIN_CHANGE_ALLOW_TICKS, budget_us);
  g_print ("\n  every level and must-haves (issue 14):\n");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    bench_size (generator, sizes[i], TRADEOFF_MIN_CHANGE_ALLOW_ALL, budget_us);

  return 0;
}
