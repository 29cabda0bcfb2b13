/* test-comparison.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison built by hand: lists, look-ups by id, groups and sources.
 */

#include "config.h"

#include <string.h>

#include "testing.h"
#include "tradeoff-comparison-private.h"

static TradeoffComparison *
build_comparison (void)
{
  TradeoffComparison *comparison = _tradeoff_comparison_new ();
  g_autoptr(TradeoffOption) a = _tradeoff_option_new ("a", "Alpha", 0);
  g_autoptr(TradeoffOption) b = _tradeoff_option_new ("b", "Beta", 1);
  const char *values[] = { "old", "new" };
  g_autoptr(TradeoffAspect) age = _tradeoff_aspect_new ("age", "Age", values, 2);
  g_autoptr(TradeoffFaqEntry) why = _tradeoff_faq_entry_new ("why", "Why?", "Because.", 0);
  g_autoptr(TradeoffCriterionGroup) group = _tradeoff_criterion_group_new ("g", "Group", TRUE, 0);
  const int weights_one[] = { 2, -1 };
  const int weights_two[] = { 0, 5 };
  g_autoptr(TradeoffCriterion) one =
    _tradeoff_criterion_new ("one", "One", "First.", why, group, 0, weights_one, 2);
  g_autoptr(TradeoffCriterion) two =
    _tradeoff_criterion_new ("two", "Two", "Second.", NULL, group, 1, weights_two, 2);

  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_ID, "hand");
  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_TITLE, "By hand");
  _tradeoff_comparison_add_option (comparison, a);
  _tradeoff_comparison_add_option (comparison, b);
  _tradeoff_comparison_add_aspect (comparison, age);
  _tradeoff_comparison_add_faq_entry (comparison, why);
  _tradeoff_comparison_add_group (comparison, group);
  _tradeoff_comparison_add_criterion (comparison, one);
  _tradeoff_comparison_add_criterion (comparison, two);
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

static void
test_lookups (void)
{
  TradeoffComparison *comparison = build_comparison ();
  TradeoffCriterion *two;

  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==, "By hand");
  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 2);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), ==, 2);
  g_assert_true (tradeoff_comparison_find_option (comparison, "b") ==
                 tradeoff_comparison_get_option (comparison, 1));
  g_assert_null (tradeoff_comparison_find_option (comparison, "c"));
  g_assert_null (tradeoff_comparison_find_criterion (comparison, NULL));
  g_assert_nonnull (tradeoff_comparison_find_faq_entry (comparison, "why"));

  two = tradeoff_comparison_find_criterion (comparison, "two");
  g_assert_true (two == tradeoff_comparison_get_criterion (comparison, 1));
  g_assert_cmpint (tradeoff_criterion_get_weight (two, 1), ==, 5);
  g_assert_null (tradeoff_criterion_get_source (two));

  g_assert_finalize_object (comparison);
}

static void
test_groups_hold_their_criteria (void)
{
  TradeoffComparison *comparison = build_comparison ();
  g_autoptr(TradeoffCriterionGroup) group =
    g_list_model_get_item (tradeoff_comparison_get_groups (comparison), 0);
  GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
  guint n_weights = 0;
  const int *weights;

  g_assert_true (tradeoff_criterion_group_get_exclusive (group));
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 2);
  weights = tradeoff_criterion_get_weights (tradeoff_comparison_get_criterion (comparison, 0),
                                            &n_weights);
  g_assert_cmpuint (n_weights, ==, 2);
  g_assert_cmpint (weights[0], ==, 2);
  g_assert_cmpint (weights[1], ==, -1);

  g_clear_object (&group);
  g_assert_finalize_object (comparison);
}

/* The FAQ rows are recycled, so "expanded" lives in the entry; it must
 * notify when it changes and only then, or rows would redraw for nothing. */
static void
test_expanded_notifies_on_change_only (void)
{
  TradeoffFaqEntry *entry = _tradeoff_faq_entry_new ("q", "Q?", "A.", 0);

  expect_notify (entry, "expanded");
  tradeoff_faq_entry_set_expanded (entry, FALSE); /* no change */
  tradeoff_faq_entry_set_expanded (entry, TRUE);
  g_object_set (entry, "expanded", TRUE, NULL);   /* no change */
  assert_expected_notifies (entry);
  g_assert_true (tradeoff_faq_entry_get_expanded (entry));

  g_assert_finalize_object (entry);
}

/* A search compares texts folded alike: letter case and compatibility
 * forms do not matter, and question and answer are searched apart. */
static void
test_search_text (void)
{
  g_autoptr(TradeoffFaqEntry) entry = _tradeoff_faq_entry_new ("q", "Is it FAST?", "Stack Overﬂow says so.", 0);
  g_autofree char *query = tradeoff_search_fold ("STACK OVERFLOW");
  g_autofree char *across = tradeoff_search_fold ("fast? stack");

  g_assert_cmpstr (tradeoff_faq_entry_get_search_text (entry), ==, "is it fast?\nstack overflow says so.");
  g_assert_nonnull (strstr (tradeoff_faq_entry_get_search_text (entry), query));
  g_assert_null (strstr (tradeoff_faq_entry_get_search_text (entry), across));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/comparison/lookups", test_lookups);
  g_test_add_func ("/tradeoff/comparison/groups", test_groups_hold_their_criteria);
  g_test_add_func ("/tradeoff/comparison/expanded", test_expanded_notifies_on_change_only);

  g_test_add_func ("/tradeoff/comparison/search-text", test_search_text);

  return g_test_run ();
}
