/* test-advisor-confidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The confidence words are honest (issue 13): a lead is weighed against
 * what the answers not given yet could still swing, so one tick is never a
 * strong lead; a lead nothing left could overturn is; more answers for the
 * leader never make it weaker; levels count; and "Strong lead" never stands
 * beside a firmness line that says one answer decides it.
 */

#define G_LOG_DOMAIN "test-advisor-confidence"

#include "config.h"

#include "advisor-fixtures.h"
#include "tradeoff-loader.h"
#include "tradeoff-min-change-input.h"

static const char *
words (TradeoffAdvisor *advisor)
{
  return tradeoff_verdict_describe (tradeoff_advisor_get_verdict_kind (advisor),
                                    tradeoff_advisor_get_confidence (advisor));
}

static void
set_level (TradeoffAdvisor *advisor,
           const char      *id,
           TradeoffLevel    level)
{
  tradeoff_advisor_set_level (advisor, criterion (advisor, id), level);
}

/* How many answers must change before the verdict does, by the min-change
 * solver (issue 15), exactly; G_MAXUINT when none can change it. */
static guint
firmness (TradeoffAdvisor *advisor)
{
  g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (advisor);
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  g_autoptr(GError) error = NULL;

  solution = tradeoff_min_change_solve (&input->problem, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (solution->complete);
  if (solution->firmness.status == TRADEOFF_MIN_CHANGE_IMPOSSIBLE)
    return G_MAXUINT;

  g_assert_cmpint (solution->firmness.status, ==, TRADEOFF_MIN_CHANGE_FOUND);
  return solution->firmness.changes->len;
}

/* The words beside the firmness line never contradict it. */
static void
assert_agrees_with_firmness (TradeoffAdvisor *advisor)
{
  if (g_strcmp0 (words (advisor), "Strong lead") == 0)
    g_assert_cmpuint (firmness (advisor), >=, 2);
}

/* Every single tick of the shipped comparison, alone: 3 points against the
 * 28 the other sixteen could give Flask is a slight lead, not 100 %. */
static void
test_one_tick_is_not_strong (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  TradeoffAdvisor *advisor;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);

  for (guint c = 0; c < tradeoff_comparison_get_n_criteria (comparison); c++)
    {
      TradeoffCriterion *item = tradeoff_comparison_get_criterion (comparison, c);

      for (TradeoffLevel level = TRADEOFF_LEVEL_MATTERS; level <= TRADEOFF_LEVEL_A_LOT; level++)
        {
          g_autofree char *text = NULL;

          tradeoff_advisor_reset (advisor);
          tradeoff_advisor_set_level (advisor, item, level);
          g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_LEADER);
          g_assert_cmpstr (words (advisor), ==, "Slight lead");
          g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), <, 1.0 / 3.0);

          text = tradeoff_advisor_dup_confidence_text (advisor);
          g_assert_true (g_str_has_prefix (text, "Confidence: Slight lead. "));
          g_assert_null (strchr (text, '%'));
        }
    }

  tradeoff_advisor_reset (advisor);
  tick (advisor, "team-knows-django", TRUE);
  {
    g_autofree char *text = tradeoff_advisor_dup_confidence_text (advisor);

    g_assert_cmpstr (text, ==,
                     "Confidence: Slight lead. \u2068Django\u2069 leads \u2068Flask\u2069 by 3 points; "
                     "the answers not given yet could swing up to 28 points towards \u2068Flask\u2069.");
  }
  assert_agrees_with_firmness (advisor);

  /* No leader, no confidence. */
  tradeoff_advisor_reset (advisor);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.0);
  g_assert_null (tradeoff_advisor_dup_confidence_text (advisor));

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Two options that every criterion weighs positively, so no must-have can
 * rule either out: a (3, 1), b (2, 1), c (1, 2). */
static TradeoffComparison *
served_comparison (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);

  add_criterion (comparison, group, NULL, "a", (int[]) { 3, 1 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 2, 1 });
  add_criterion (comparison, group, NULL, "c", (int[]) { 1, 2 });
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

/* Answers that leave nothing able to overturn the lead, and no single
 * change that could: a strong lead, and the solver agrees it takes two. */
static void
test_decisive_set_is_strong (void)
{
  TradeoffComparison *comparison = served_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  g_autofree char *text = NULL;

  /* (11, 6): c could still give Flask 1 more, at "matters a lot". */
  set_level (advisor, "a", TRADEOFF_LEVEL_A_LOT);
  set_level (advisor, "b", TRADEOFF_LEVEL_A_LOT);
  set_level (advisor, "c", TRADEOFF_LEVEL_MATTERS);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 5.0 / 6.0);
  g_assert_cmpstr (words (advisor), ==, "Strong lead");
  g_assert_cmpuint (firmness (advisor), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_advisor_get_flips (advisor)), ==, 0);

  text = tradeoff_advisor_dup_confidence_text (advisor);
  g_assert_cmpstr (text, ==,
                   "Confidence: Strong lead. \u2068Django\u2069 leads \u2068Flask\u2069 by 5 points; "
                   "the answers not given yet could swing up to 1 point towards \u2068Flask\u2069.");

  /* c at "matters a lot" too, (12, 8): nothing is left open for Flask,
   * but unticking a alone would tie, so the words stop at Clear, beside a
   * firmness line that says one answer decides it. */
  set_level (advisor, "c", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.5);
  g_assert_cmpstr (words (advisor), ==, "Clear lead");
  g_assert_cmpuint (firmness (advisor), ==, 1);
  g_clear_pointer (&text, g_free);
  text = tradeoff_advisor_dup_confidence_text (advisor);
  g_assert_cmpstr (text, ==,
                   "Confidence: Clear lead. \u2068Django\u2069 leads \u2068Flask\u2069 by 4 points; "
                   "nothing left to answer favours \u2068Flask\u2069; but one answer decides it.");

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Answering for the leader never weakens the words, and the words go
 * Slight, Clear, Strong in that order, never back. */
static void
test_monotone (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  const char *order[] = { "Slight lead", "Clear lead", "Strong lead" };
  const char *ids[] = { "d0", "d1", "d2", "d3", "d4", "d5" };
  TradeoffAdvisor *advisor;
  double before = 0.0;
  guint rank = 0;

  /* Six criteria for Django, one for Flask, each served by both. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    add_criterion (comparison, group, NULL, ids[i], (int[]) { 3, 1 });
  add_criterion (comparison, group, NULL, "f", (int[]) { 1, 3 });
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      for (TradeoffLevel level = TRADEOFF_LEVEL_MATTERS; level <= TRADEOFF_LEVEL_A_LOT; level++)
        {
          double now;
          guint now_rank = 0;

          set_level (advisor, ids[i], level);
          now = tradeoff_advisor_get_confidence (advisor);
          g_assert_cmpfloat (now, >=, before);
          while (g_strcmp0 (order[now_rank], words (advisor)) != 0)
            now_rank++;
          g_assert_cmpuint (now_rank, >=, rank);
          assert_agrees_with_firmness (advisor);
          before = now;
          rank = now_rank;
        }
    }

  /* All six at "a lot": 24 points against the 4 "f" could give Flask. */
  g_assert_cmpstr (words (advisor), ==, "Strong lead");

  /* A bigger lead with the same answers open is never weaker: "f" at
   * "matters" narrows the lead by 2 and leaves 2 open. */
  set_level (advisor, "f", TRADEOFF_LEVEL_MATTERS);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 22.0 / 24.0);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* "Matters a lot" counts twice, both in the lead and in what is open; a
 * must-have is an answer given, with no points; an exclusive group with
 * nothing chosen counts once, as its best choice. */
static void
test_levels_count (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffCriterionGroup *either = add_group (comparison, "either", TRUE);
  TradeoffAdvisor *advisor;

  add_criterion (comparison, group, NULL, "a", (int[]) { 4, 1 });
  add_criterion (comparison, group, NULL, "a2", (int[]) { 3, 1 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 1, 2 });
  add_criterion (comparison, either, NULL, "p1", (int[]) { 1, 3 });
  add_criterion (comparison, either, NULL, "p2", (int[]) { 1, 2 });
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);

  /* a matters: 3 ahead; open for Flask: b 2 × 1, the group once, 2 × 2. */
  set_level (advisor, "a", TRADEOFF_LEVEL_MATTERS);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 3.0 / 9.0);
  g_assert_cmpstr (words (advisor), ==, "Clear lead");
  /* a a lot: 6 ahead, as much as is open: a tie is still possible. */
  set_level (advisor, "a", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.5);
  g_assert_cmpstr (words (advisor), ==, "Clear lead");

  /* b a must-have: answered, with no points, and both serve it: 6 ahead,
   * 4 open; but unticking a would leave a tie at 0, so not Strong. */
  set_level (advisor, "b", TRADEOFF_LEVEL_MUST);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.5);
  g_assert_cmpstr (words (advisor), ==, "Clear lead");
  g_assert_cmpuint (firmness (advisor), ==, 1);

  /* a2 a lot: (14, 4), 4 open, and no single change overturns it. */
  set_level (advisor, "a2", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 10.0 / 14.0);
  g_assert_cmpstr (words (advisor), ==, "Strong lead");
  g_assert_cmpuint (firmness (advisor), >=, 2);

  /* p2 chosen at "matters": the group can only rise by p2 now, 1 × 1. */
  set_level (advisor, "p2", TRADEOFF_LEVEL_MATTERS);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 15);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 6);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 9.0 / 10.0);
  g_assert_cmpstr (words (advisor), ==, "Strong lead");
  assert_agrees_with_firmness (advisor);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* On the shipped comparison, a must-have on any of Flask's criteria rules
 * Django out, so one answer always decides a Django lead: however many
 * answers favour Django, the words say Clear at most, as the firmness line
 * beside them says "One answer decides it". */
static void
test_shipped_never_strong_beside_one_answer (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  const char *django[] = { "team-knows-django", "talent-pool", "proven-scalability",
                           "long-term-stability", "sustained-throughput", "integrations",
                           "documentation", "answers-and-tutorials", "battle-tested" };
  TradeoffAdvisor *advisor;
  double before = 0.0;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  for (guint i = 0; i < G_N_ELEMENTS (django); i++)
    {
      set_level (advisor, django[i], TRADEOFF_LEVEL_A_LOT);
      g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), >=, before);
      before = tradeoff_advisor_get_confidence (advisor);
      g_assert_cmpstr (words (advisor), !=, "Strong lead");
      assert_agrees_with_firmness (advisor);
    }
  g_assert_cmpstr (words (advisor), ==, "Clear lead");
  g_assert_cmpuint (firmness (advisor), ==, 1);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/advisor-confidence/one-tick-is-not-strong", test_one_tick_is_not_strong);
  g_test_add_func ("/tradeoff/advisor-confidence/decisive-set-is-strong", test_decisive_set_is_strong);
  g_test_add_func ("/tradeoff/advisor-confidence/monotone", test_monotone);
  g_test_add_func ("/tradeoff/advisor-confidence/levels-count", test_levels_count);
  g_test_add_func ("/tradeoff/advisor-confidence/shipped-never-strong-beside-one-answer",
                   test_shipped_never_strong_beside_one_answer);

  return g_test_run ();
}
