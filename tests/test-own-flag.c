/* test-own-flag.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A criterion is the person's own because the decision added it, never
 * because its id starts with "own-": a comparison that names its criteria
 * "own-x" and "own-1" keeps them, they cannot be edited or removed as
 * one's own, and saving writes them in the comparison part.
 */

#define G_LOG_DOMAIN "test-own-flag"

#include "config.h"

#include <string.h>

#include "tradeoff-decision.h"

static TradeoffDecision *
load_prefixed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "own-prefixed-ids.tradeoff", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TradeoffDecision *decision = tradeoff_decision_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return decision;
}

static TradeoffCriterion *
find (TradeoffDecision *decision,
      const char       *id)
{
  TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (tradeoff_decision_get_comparison (decision), id);

  g_assert_nonnull (criterion);
  return criterion;
}

static void
assert_comparisons (TradeoffDecision *decision)
{
  for (guint i = 0; i < 2; i++)
    {
      const char *id = (const char *[]) { "own-x", "own-1" }[i];
      TradeoffCriterion *criterion = find (decision, id);

      g_assert_false (tradeoff_criterion_get_own (criterion));
      g_assert_false (tradeoff_decision_is_own (decision, criterion));
      g_assert_nonnull (tradeoff_comparison_find_criterion (tradeoff_decision_get_base (decision), id));
    }
}

static void
test_prefix_is_not_own (void)
{
  g_autoptr(TradeoffDecision) decision = load_prefixed ();
  g_autoptr(GError) error = NULL;
  gboolean flag = TRUE;

  assert_comparisons (decision);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);
  g_object_get (find (decision, "own-x"), "own", &flag, NULL);
  g_assert_false (flag);

  /* Neither editable nor removable as one's own, and left as it was. */
  g_assert_false (tradeoff_decision_edit_criterion (decision, "own-x", "Mine now", "own-3", NULL,
                                                    (int[]) { 1, 1 }, 2, &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_NOT_OWN);
  g_clear_error (&error);
  g_assert_false (tradeoff_decision_remove_criterion (decision, "own-1", &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_NOT_OWN);
  g_clear_error (&error);
  g_assert_cmpstr (tradeoff_criterion_get_label (find (decision, "own-x")), ==, "I need to stay awake");
  g_assert_false (tradeoff_decision_get_can_undo (decision));
}

static void
test_added_is_own (void)
{
  g_autoptr(TradeoffDecision) decision = load_prefixed ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *mine = NULL;
  TradeoffCriterion *own;
  GListModel *groups;
  g_autoptr(TradeoffCriterionGroup) last = NULL;

  /* In the comparison's group, and in a new group of one's own: neither
   * takes an id the comparison uses (own-1, own-2, own-3). */
  id = tradeoff_decision_add_criterion (decision, "Cheap", "own-3", NULL, (int[]) { 2, 0 }, 2, &error);
  g_assert_no_error (error);
  mine = tradeoff_decision_add_criterion (decision, "Local", NULL, "Mine", (int[]) { 0, 2 }, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "own-4");
  g_assert_cmpstr (mine, !=, "own-1");
  g_assert_cmpstr (mine, !=, "own-2");
  g_assert_cmpstr (mine, !=, "own-3");
  groups = tradeoff_comparison_get_groups (tradeoff_decision_get_comparison (decision));
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);
  last = g_list_model_get_item (groups, 1);
  g_assert_cmpstr (tradeoff_criterion_group_get_label (last), ==, "Mine");
  g_assert_cmpstr (tradeoff_criterion_group_get_id (last), !=, "own-3");

  own = find (decision, id);
  g_assert_true (tradeoff_criterion_get_own (own));
  g_assert_true (tradeoff_decision_is_own (decision, own));
  assert_comparisons (decision);
}

/* Saved and opened again: the comparison's "own-" criteria are written in
 * its <criteria>, the person's in <decision>, and each stays what it was. */
static void
test_saved_in_comparison_part (void)
{
  g_autoptr(TradeoffDecision) decision = load_prefixed ();
  g_autoptr(TradeoffDecision) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  const char *decision_part;

  id = tradeoff_decision_add_criterion (decision, "Cheap", "own-3", NULL, (int[]) { 2, 0 }, 2, &error);
  g_assert_no_error (error);
  bytes = tradeoff_decision_to_bytes (decision);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  decision_part = strstr (text, "<decision");
  g_assert_nonnull (decision_part);
  g_assert_nonnull (strstr (text, "<criterion id=\"own-x\""));
  g_assert_true (strstr (text, "<criterion id=\"own-x\"") < decision_part);
  g_assert_null (strstr (decision_part, "\"own-x\""));
  g_assert_null (strstr (decision_part, "\"own-1\""));
  g_assert_nonnull (strstr (decision_part, "<own-criterion id=\"own-4\""));

  reopened = tradeoff_decision_load_bytes (bytes, "reopened.tradeoff", &error);
  g_assert_no_error (error);
  assert_comparisons (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (reopened)), ==, 1);
  g_assert_true (tradeoff_criterion_get_own (find (reopened, "own-4")));
  g_assert_null (tradeoff_comparison_find_criterion (tradeoff_decision_get_base (reopened), "own-4"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/own-flag/prefix-is-not-own", test_prefix_is_not_own);
  g_test_add_func ("/tradeoff/own-flag/added-is-own", test_added_is_own);
  g_test_add_func ("/tradeoff/own-flag/saved-in-comparison-part", test_saved_in_comparison_part);

  return g_test_run ();
}
