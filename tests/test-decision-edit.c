/* test-decision-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision following the editor (issue 16): an edit of texts only (a
 * criterion's label or rationale, a group's heading, an option's name or
 * verdict) keeps the advisor, its levels and the level history, and moves
 * whatever names the edited items onto the new objects; an edit of what
 * the advice is computed from (a weight) makes a new advisor that takes
 * the levels over by id.
 */

#include "config.h"

#include <string.h>

#include "loader-testing.h"
#include "testing.h"
#include "tradeoff-advisor.h"
#include "tradeoff-comparison-builder.h"
#include "tradeoff-criteria-line-private.h"
#include "tradeoff-decision.h"

typedef struct
{
  TradeoffComparison        *before;
  TradeoffComparisonBuilder *builder;
  TradeoffDecision          *decision;
  TradeoffAdvisor           *advisor;
  /* The first criterion's id, at "matters a lot", and the last one's,
   * ticked after it: two steps of history. */
  char                      *first_id;
  char                      *last_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  unused)
{
  guint n;

  fixture->before = loader_testing_shipped ();
  fixture->builder = tradeoff_comparison_builder_new_from (fixture->before);
  fixture->decision = tradeoff_decision_new (fixture->before);
  fixture->advisor = g_object_ref (tradeoff_decision_get_advisor (fixture->decision));
  n = tradeoff_comparison_get_n_criteria (fixture->before);
  fixture->first_id = g_strdup (tradeoff_criterion_get_id (tradeoff_comparison_get_criterion (fixture->before, 0)));
  fixture->last_id = g_strdup (tradeoff_criterion_get_id (tradeoff_comparison_get_criterion (fixture->before, n - 1)));

  tradeoff_advisor_set_level (fixture->advisor, tradeoff_comparison_get_criterion (fixture->before, 0),
                              TRADEOFF_LEVEL_A_LOT);
  tradeoff_advisor_set_ticked (fixture->advisor, tradeoff_comparison_get_criterion (fixture->before, n - 1),
                               TRUE);
  /* Read, so they are kept current from now on. */
  tradeoff_advisor_get_flips (fixture->advisor);
  tradeoff_advisor_get_reasons (fixture->advisor);
  tradeoff_advisor_get_headline (fixture->advisor);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  unused)
{
  g_clear_object (&fixture->advisor);
  g_assert_finalize_object (fixture->decision);
  g_clear_object (&fixture->builder);
  g_clear_object (&fixture->before);
  g_free (fixture->first_id);
  g_free (fixture->last_id);
}

/* The builder's comparison, followed by the decision. */
static TradeoffComparison *
follow (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *after = tradeoff_comparison_builder_build_from (fixture->builder, fixture->before,
                                                                      &error);

  g_assert_no_error (error);
  g_assert_true (tradeoff_decision_follow_edit (fixture->decision, after));
  g_assert_true (tradeoff_decision_get_comparison (fixture->decision) == after);
  return after;
}

static TradeoffLevel
level_of (TradeoffDecision *decision,
          const char       *id)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (decision);

  return tradeoff_advisor_get_level (tradeoff_decision_get_advisor (decision),
                                     tradeoff_comparison_find_criterion (comparison, id));
}

/* Every tick, reason and flip names the criterion and option objects of
 * @comparison, none of the one before. */
static void
assert_names_current (TradeoffAdvisor    *advisor,
                      TradeoffComparison *comparison)
{
  GListModel *ticks = tradeoff_advisor_get_ticks (advisor);
  GListModel *reasons = tradeoff_advisor_get_reasons (advisor);
  GListModel *flips = tradeoff_advisor_get_flips (advisor);
  GListModel *scores = tradeoff_advisor_get_scores (advisor);

  for (guint c = 0; c < g_list_model_get_n_items (ticks); c++)
    g_assert_true (tradeoff_tick_get_criterion (testing_item_at (ticks, c)) ==
                   tradeoff_comparison_get_criterion (comparison, c));
  for (guint i = 0; i < g_list_model_get_n_items (reasons); i++)
    {
      TradeoffCriterion *criterion = tradeoff_reason_get_criterion (testing_item_at (reasons, i));

      g_assert_true (criterion == tradeoff_comparison_get_criterion (comparison, tradeoff_criterion_get_index (criterion)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (flips); i++)
    {
      TradeoffCriterion *criterion = tradeoff_flip_get_criterion (testing_item_at (flips, i));
      TradeoffOption *outcome = tradeoff_flip_get_outcome (testing_item_at (flips, i));

      g_assert_true (criterion == tradeoff_comparison_get_criterion (comparison, tradeoff_criterion_get_index (criterion)));
      g_assert_true (outcome == NULL ||
                     outcome == tradeoff_comparison_get_option (comparison, tradeoff_option_get_index (outcome)));
    }
  for (guint o = 0; o < g_list_model_get_n_items (scores); o++)
    g_assert_true (tradeoff_option_score_get_option (testing_item_at (scores, o)) ==
                   tradeoff_comparison_get_option (comparison, o));
}

static gboolean
reasons_say (TradeoffAdvisor *advisor,
             const char      *label)
{
  GListModel *reasons = tradeoff_advisor_get_reasons (advisor);

  for (guint i = 0; i < g_list_model_get_n_items (reasons); i++)
    {
      g_autofree char *text = tradeoff_reason_dup_summary (testing_item_at (reasons, i));

      if (strstr (text, label) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A ticked criterion's label: the same advisor, its ticks and levels, the
 * history; the tick and the reasons name the new criterion. */
static void
test_label_keeps_advisor (Fixture       *fixture,
                          gconstpointer  unused)
{
  TradeoffCriterion *first = tradeoff_comparison_get_criterion (fixture->before, 0);
  g_autoptr(GHashTable) notified = watch (fixture->advisor);
  g_autoptr(TradeoffComparison) after = NULL;
  TradeoffCriterion *edited;

  tradeoff_comparison_builder_set_criterion (fixture->builder, 0, 0, fixture->first_id, "A new label",
                                             "A new rationale", NULL);
  after = follow (fixture);
  edited = tradeoff_comparison_get_criterion (after, 0);
  g_assert_true (edited != first);

  g_assert_true (tradeoff_decision_get_advisor (fixture->decision) == fixture->advisor);
  g_assert_true (tradeoff_advisor_get_comparison (fixture->advisor) == after);
  g_assert_cmpint (tradeoff_advisor_get_level (fixture->advisor, edited), ==, TRADEOFF_LEVEL_A_LOT);
  g_assert_true (tradeoff_tick_get_criterion (tradeoff_advisor_get_tick (fixture->advisor, edited)) == edited);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (fixture->advisor), ==, 2);
  g_assert_true (reasons_say (fixture->advisor, "A new label"));
  assert_names_current (fixture->advisor, after);
  g_assert_cmpuint (count_of (notified, "comparison"), ==, 1);
  g_assert_cmpuint (count_of (notified, "reasons"), ==, 1);
  g_assert_cmpuint (count_of (notified, "n-ticked"), ==, 0);
  g_assert_cmpuint (count_of (notified, "headline"), ==, 0);
  g_assert_cmpuint (count_of (notified, "leader"), ==, 0);

  /* The history is the decision's still: the last tick is undone, then
   * the level of the edited criterion. */
  g_assert_true (tradeoff_decision_get_can_undo (fixture->decision));
  tradeoff_decision_undo (fixture->decision);
  g_assert_cmpint (level_of (fixture->decision, fixture->last_id), ==, TRADEOFF_LEVEL_OFF);
  tradeoff_decision_undo (fixture->decision);
  g_assert_cmpint (level_of (fixture->decision, fixture->first_id), ==, TRADEOFF_LEVEL_OFF);
}

/* A weight: what the advice is computed from, so a new advisor, with the
 * levels by id; the steps named criteria of the old one and are gone. */
static void
test_weight_makes_new_advisor (Fixture       *fixture,
                               gconstpointer  unused)
{
  TradeoffCriterion *first = tradeoff_comparison_get_criterion (fixture->before, 0);
  g_autoptr(TradeoffComparison) after = NULL;

  tradeoff_comparison_builder_set_weight (fixture->builder, 0, 0, 0,
                                          tradeoff_criterion_get_weight (first, 0) + 1);
  after = follow (fixture);

  g_assert_true (tradeoff_decision_get_advisor (fixture->decision) != fixture->advisor);
  g_assert_cmpint (level_of (fixture->decision, fixture->first_id), ==, TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpint (level_of (fixture->decision, fixture->last_id), ==, TRADEOFF_LEVEL_MATTERS);
}

/* A group's heading: its criteria are new objects too (they point at
 * it); the advisor stays, and its criteria lines take the new heading. */
static void
test_group_heading_keeps_advisor (Fixture       *fixture,
                                  gconstpointer  unused)
{
  TradeoffCriterionGroup *group = tradeoff_criterion_get_group (tradeoff_comparison_get_criterion (fixture->before, 0));
  g_autoptr(GListModel) lines = tradeoff_criteria_lines_new (fixture->advisor);
  TradeoffCriteriaLine *heading = testing_item_at (lines, 0);
  TradeoffCriteriaLine *first_line = testing_item_at (lines, 1);
  g_autoptr(GHashTable) heading_notified = watch (heading);
  g_autoptr(GHashTable) line_notified = watch (first_line);
  g_autoptr(TradeoffComparison) after = NULL;

  g_assert_cmpint (tradeoff_criteria_line_get_kind (heading), ==, TRADEOFF_CRITERIA_LINE_HEADING);
  tradeoff_comparison_builder_set_group (fixture->builder, 0, tradeoff_criterion_group_get_id (group),
                                         "A new heading", tradeoff_criterion_group_get_exclusive (group));
  after = follow (fixture);
  g_assert_true (tradeoff_comparison_get_criterion (after, 0) != tradeoff_comparison_get_criterion (fixture->before, 0));

  g_assert_true (tradeoff_decision_get_advisor (fixture->decision) == fixture->advisor);
  g_assert_cmpint (level_of (fixture->decision, fixture->first_id), ==, TRADEOFF_LEVEL_A_LOT);
  assert_names_current (fixture->advisor, after);
  g_assert_true (tradeoff_decision_get_can_undo (fixture->decision));

  _tradeoff_criteria_lines_follow (lines, fixture->advisor);
  g_assert_cmpstr (tradeoff_criteria_line_get_text (heading), ==, "A new heading");
  g_assert_cmpuint (count_of (heading_notified, "text"), ==, 1);
  /* The criterion's line takes the new object, its text unchanged. */
  g_assert_true (tradeoff_criteria_line_get_criterion (first_line) == tradeoff_comparison_get_criterion (after, 0));
  g_assert_cmpuint (count_of (line_notified, "text"), ==, 0);
  g_assert_cmpuint (count_of (line_notified, "description"), ==, 0);
}

/* The leader renamed and its verdict reworded: the headline and the
 * explanation say so, once each; the ticks are kept. */
static void
test_option_rename_keeps_advisor (Fixture       *fixture,
                                  gconstpointer  unused)
{
  TradeoffOption *leader = tradeoff_advisor_get_leader (fixture->advisor);
  g_autoptr(GHashTable) notified = NULL;
  g_autoptr(TradeoffComparison) after = NULL;
  guint index;

  g_assert_nonnull (leader);
  index = tradeoff_option_get_index (leader);
  tradeoff_advisor_get_explanation (fixture->advisor);
  notified = watch (fixture->advisor);
  tradeoff_comparison_builder_set_option (fixture->builder, index, tradeoff_option_get_id (leader),
                                          "Renamed", "A new verdict.");
  after = follow (fixture);

  g_assert_true (tradeoff_decision_get_advisor (fixture->decision) == fixture->advisor);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (fixture->advisor), ==, 2);
  g_assert_true (tradeoff_advisor_get_leader (fixture->advisor) == tradeoff_comparison_get_option (after, index));
  g_assert_nonnull (strstr (tradeoff_advisor_get_headline (fixture->advisor), "Renamed"));
  g_assert_cmpstr (tradeoff_advisor_get_explanation (fixture->advisor), ==, "A new verdict.");
  assert_names_current (fixture->advisor, after);
  g_assert_cmpuint (count_of (notified, "headline"), ==, 1);
  g_assert_cmpuint (count_of (notified, "explanation"), ==, 1);
  g_assert_cmpuint (count_of (notified, "leader"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/tradeoff/decision-edit/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("label-keeps-advisor", test_label_keeps_advisor);
  ADD ("weight-makes-new-advisor", test_weight_makes_new_advisor);
  ADD ("group-heading-keeps-advisor", test_group_heading_keeps_advisor);
  ADD ("option-rename-keeps-advisor", test_option_rename_keeps_advisor);
#undef ADD

  return g_test_run ();
}
