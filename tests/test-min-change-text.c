/* test-min-change-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The smallest changes and the firmness as a person reads them: clauses
 * grouped by what they do, lists joined with "and", the reasons nothing
 * can make an option lead, and the labels of answers not proven minimal.
 */

#define G_LOG_DOMAIN "test-min-change-text"

#include "config.h"

#include "advisor-fixtures.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-text.h"

/* Django, Flask, Bottle; a, b, c in a plain group, x and y in an
 * exclusive one.  Bottle is weighed 0 everywhere. */
static TradeoffComparison *
three_options (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask", "Bottle"));
  TradeoffCriterionGroup *plain = add_group (comparison, "plain", FALSE);
  TradeoffCriterionGroup *either = add_group (comparison, "either", TRUE);

  add_criterion (comparison, plain, NULL, "a", (const int[]) { 3, 0, 0 });
  add_criterion (comparison, plain, NULL, "b", (const int[]) { 0, 3, 0 });
  add_criterion (comparison, plain, NULL, "c", (const int[]) { 0, 2, 0 });
  add_criterion (comparison, either, NULL, "x", (const int[]) { 1, 0, 0 });
  add_criterion (comparison, either, NULL, "y", (const int[]) { 0, 1, 0 });
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

static void
add_change (GArray                *changes,
            guint                  criterion,
            TradeoffMinChangeLevel was,
            TradeoffMinChangeLevel level,
            guint                  replaces)
{
  TradeoffMinChange change = { criterion, TRADEOFF_MIN_CHANGE_NO_GROUP, level, was, replaces };

  g_array_append_val (changes, change);
}

static void
test_clauses (void)
{
  g_autoptr(TradeoffComparison) comparison = three_options ();
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (TradeoffMinChange));
  g_autofree char *two = NULL, *three = NULL, *musts = NULL, *choose = NULL;
  guint none = TRADEOFF_MIN_CHANGE_NO_OPTION;

  add_change (changes, 0, TRADEOFF_MIN_CHANGE_MATTERS, TRADEOFF_MIN_CHANGE_OFF, none);
  add_change (changes, 1, TRADEOFF_MIN_CHANGE_OFF, TRADEOFF_MIN_CHANGE_MATTERS, none);
  add_change (changes, 2, TRADEOFF_MIN_CHANGE_OFF, TRADEOFF_MIN_CHANGE_MATTERS, none);
  two = tradeoff_min_change_dup_changes_text (comparison, changes);
  g_assert_cmpstr (two, ==, "ticked “\u2068Label b\u2069” and “\u2068Label c\u2069” and unticked “\u2068Label a\u2069”");

  g_array_set_size (changes, 0);
  for (guint c = 0; c < 3; c++)
    add_change (changes, c, TRADEOFF_MIN_CHANGE_OFF, TRADEOFF_MIN_CHANGE_MATTERS, none);
  three = tradeoff_min_change_dup_changes_text (comparison, changes);
  g_assert_cmpstr (three, ==, "ticked “\u2068Label a\u2069”, “\u2068Label b\u2069” and “\u2068Label c\u2069”");

  g_array_set_size (changes, 0);
  add_change (changes, 0, TRADEOFF_MIN_CHANGE_OFF, TRADEOFF_MIN_CHANGE_MUST, none);
  add_change (changes, 1, TRADEOFF_MIN_CHANGE_MATTERS, TRADEOFF_MIN_CHANGE_MUST, none);
  add_change (changes, 2, TRADEOFF_MIN_CHANGE_OFF, TRADEOFF_MIN_CHANGE_A_LOT, none);
  musts = tradeoff_min_change_dup_changes_text (comparison, changes);
  g_assert_cmpstr (musts, ==,
                   "made “\u2068Label c\u2069” matter a lot and made “\u2068Label a\u2069” and “\u2068Label b\u2069” must-haves");

  g_array_set_size (changes, 0);
  add_change (changes, 4, TRADEOFF_MIN_CHANGE_OFF, TRADEOFF_MIN_CHANGE_MATTERS, 3);
  choose = tradeoff_min_change_dup_changes_text (comparison, changes);
  g_assert_cmpstr (choose, ==, "chose “\u2068Label y\u2069” instead of “\u2068Label x\u2069”");
}

/* From the advisor's levels to sentences: with "a" ticked Django leads;
 * Flask needs one change (with ticks alone it took two: "b" and "c"
 * ticked); Bottle never leads. */
static void
test_from_advisor (void)
{
  g_autoptr(TradeoffComparison) comparison = three_options ();
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffMinChangeInput) input = NULL;
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  g_autofree char *django = NULL, *flask = NULL, *bottle = NULL, *firmness = NULL;

  tick (advisor, "a", TRUE);
  input = tradeoff_min_change_input_new (advisor);
  /* Levels exist (issue 14): any of them is a change the solver may propose. */
  g_assert_cmpuint (input->problem.allowed, ==, TRADEOFF_MIN_CHANGE_ALLOW_ALL);
  solution = tradeoff_min_change_solve (&input->problem, NULL, NULL, NULL);

  django = tradeoff_min_change_dup_lead_text (comparison, 0, &solution->targets[0]);
  g_assert_null (django);
  flask = tradeoff_min_change_dup_lead_text (comparison, 1, &solution->targets[1]);
  /* One change now: "b" or "c" made to matter a lot, or a must-have. */
  g_assert_true (g_str_has_prefix (flask, "\u2068Flask\u2069 would lead if you made “\u2068Label "));
  g_assert_cmpuint (solution->targets[1].changes->len, ==, 1);
  bottle = tradeoff_min_change_dup_lead_text (comparison, 2, &solution->targets[2]);
  g_assert_cmpstr (bottle, ==, "Nothing within this comparison’s criteria can make \u2068Bottle\u2069 lead: "
                               "no criterion weighs it above \u2068Django\u2069, and it serves no criterion "
                               "that a must-have could keep it in by.");
  firmness = tradeoff_min_change_dup_firmness_text (comparison, solution);
  g_assert_true (g_str_has_prefix (firmness, "One answer decides it: if you "));
}

/* Answers made by hand, for the wordings the comparison above cannot
 * produce. */
static void
test_firmness_and_labels (void)
{
  g_autoptr(TradeoffComparison) comparison = three_options ();
  TradeoffMinChangeSolution solution = { { TRADEOFF_MIN_CHANGE_VERDICT_LEADER, 0 }, 3, NULL, { 0 },
                                         TRUE };
  TradeoffMinChangeResult lead = { 0 };
  g_autofree char *holds = NULL, *unproven = NULL, *impossible = NULL, *best = NULL;
  g_autofree char *serves = NULL, *together = NULL;
  guint none = TRADEOFF_MIN_CHANGE_NO_OPTION;

  solution.firmness.changes = g_array_new (FALSE, FALSE, sizeof (TradeoffMinChange));
  for (guint c = 0; c < 3; c++)
    add_change (solution.firmness.changes, c, TRADEOFF_MIN_CHANGE_OFF,
                TRADEOFF_MIN_CHANGE_MATTERS, none);
  solution.firmness.status = TRADEOFF_MIN_CHANGE_FOUND;
  solution.firmness.outcome.kind = TRADEOFF_MIN_CHANGE_VERDICT_TIE;
  holds = tradeoff_min_change_dup_firmness_text (comparison, &solution);
  g_assert_cmpstr (holds, ==, "The verdict holds unless at least 3 of your answers change. "
                              "For example, if you ticked “\u2068Label a\u2069”, “\u2068Label b\u2069” and “\u2068Label c\u2069”, "
                              "it would be a tie.");
  solution.firmness.status = TRADEOFF_MIN_CHANGE_BEST_SO_FAR;
  unproven = tradeoff_min_change_dup_firmness_text (comparison, &solution);
  g_assert_true (g_str_has_prefix (unproven, "Changing 3 answers changes the verdict; perhaps "
                                             "fewer would (not proven yet)."));

  lead.changes = solution.firmness.changes;
  lead.status = TRADEOFF_MIN_CHANGE_BEST_SO_FAR;
  best = tradeoff_min_change_dup_lead_text (comparison, 2, &lead);
  g_assert_true (g_str_has_suffix (best, "(perhaps with fewer changes: not proven yet)."));

  lead.status = TRADEOFF_MIN_CHANGE_IMPOSSIBLE;
  lead.rival = 1;
  lead.reason = TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_RIVAL_SERVES_TOO;
  impossible = tradeoff_min_change_dup_lead_text (comparison, 2, &lead);
  g_assert_cmpstr (impossible, ==, "Nothing within this comparison’s criteria can make \u2068Bottle\u2069 "
                                   "lead: no criterion weighs it above \u2068Flask\u2069, and every "
                                   "must-have it serves, \u2068Flask\u2069 serves too.");
  lead.reason = TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_SERVES_NOTHING;
  serves = tradeoff_min_change_dup_lead_text (comparison, 2, &lead);
  g_assert_nonnull (strstr (serves, "it serves no criterion that a must-have could keep it in by"));
  lead.reason = TRADEOFF_MIN_CHANGE_REASON_NO_COMBINATION;
  together = tradeoff_min_change_dup_lead_text (comparison, 2, &lead);
  g_assert_nonnull (strstr (together, "no combination of answers puts it ahead of all of them"));

  g_array_unref (solution.firmness.changes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/min-change-text/clauses", test_clauses);
  g_test_add_func ("/tradeoff/min-change-text/from-advisor", test_from_advisor);
  g_test_add_func ("/tradeoff/min-change-text/firmness-and-labels", test_firmness_and_labels);

  return g_test_run ();
}
