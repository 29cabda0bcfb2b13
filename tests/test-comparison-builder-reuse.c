/* test-comparison-builder-reuse.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A build from a previous comparison (what the editor does on every
 * keystroke) shares every item the change did not touch, makes anew the
 * ones it did, and is the same comparison a full build makes, problems
 * and all.
 */

#include "config.h"

#include "loader-testing.h"
#include "testing.h"
#include "tradeoff-comparison-builder.h"
#include "tradeoff-loader.h"

/* Builds from @previous and checks the result equals a full build. */
static TradeoffComparison *
build_from (TradeoffComparisonBuilder *builder,
            TradeoffComparison        *previous)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) full = tradeoff_comparison_builder_build (builder, &error);
  TradeoffComparison *comparison;
  g_autofree char *difference = NULL;

  g_assert_no_error (error);
  comparison = tradeoff_comparison_builder_build_from (builder, previous, &error);
  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  difference = tradeoff_comparison_describe_difference (full, comparison);
  g_assert_null (difference);
  return comparison;
}

/* How many items of @a's @get list are the very objects of @b's. */
static guint
n_shared (GListModel *a,
          GListModel *b)
{
  guint n = 0;

  for (guint i = 0; i < MIN (g_list_model_get_n_items (a), g_list_model_get_n_items (b)); i++)
    if (testing_item_at (a, i) == testing_item_at (b, i))
      n++;
  return n;
}

static void
test_unchanged_is_shared (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) after = build_from (builder, before);

  g_assert_true (after != before);
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_options (before), tradeoff_comparison_get_options (after)),
                    ==, tradeoff_comparison_get_n_options (before));
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_aspects (before), tradeoff_comparison_get_aspects (after)),
                    ==, g_list_model_get_n_items (tradeoff_comparison_get_aspects (before)));
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_faq (before), tradeoff_comparison_get_faq (after)),
                    ==, g_list_model_get_n_items (tradeoff_comparison_get_faq (before)));
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_criteria (before), tradeoff_comparison_get_criteria (after)),
                    ==, tradeoff_comparison_get_n_criteria (before));
}

static void
test_changed_criterion (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) after = NULL;
  TradeoffCriterion *first = testing_item_at (tradeoff_comparison_get_criteria (before), 0);
  TradeoffCriterionGroup *group = tradeoff_criterion_get_group (first);
  guint in_group = g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (group));
  GListModel *criteria;
  TradeoffFaqEntry *source;

  /* The first criterion's label: its group is made anew with all its
   * criteria (each points at its group); everything else is shared. */
  tradeoff_comparison_builder_set_criterion (builder, 0, 0, tradeoff_criterion_get_id (first),
                                             "A new label", tradeoff_criterion_get_rationale (first),
                                             (source = tradeoff_criterion_get_source (first)) != NULL
                                               ? tradeoff_faq_entry_get_id (source) : NULL);
  after = build_from (builder, before);
  criteria = tradeoff_comparison_get_criteria (after);
  g_assert_cmpstr (tradeoff_criterion_get_label (testing_item_at (criteria, 0)), ==, "A new label");
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_criteria (before), criteria),
                    ==, tradeoff_comparison_get_n_criteria (before) - in_group);
  g_assert_true (tradeoff_criterion_get_group (testing_item_at (criteria, 0)) != group);
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_groups (before), tradeoff_comparison_get_groups (after)),
                    ==, g_list_model_get_n_items (tradeoff_comparison_get_groups (before)) - 1);
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_faq (before), tradeoff_comparison_get_faq (after)),
                    ==, g_list_model_get_n_items (tradeoff_comparison_get_faq (before)));
  /* The new group holds exactly its new criteria. */
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (
                      tradeoff_criterion_get_group (testing_item_at (criteria, 0)))), ==, in_group);
}

/* A criterion citing a changed FAQ entry is made anew, citing the new one. */
static void
test_changed_source (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) after = NULL;
  GListModel *criteria = tradeoff_comparison_get_criteria (before);
  TradeoffCriterion *citing = NULL;
  TradeoffFaqEntry *entry;
  guint index;

  for (guint i = 0; i < g_list_model_get_n_items (criteria) && citing == NULL; i++)
    if (tradeoff_criterion_get_source (testing_item_at (criteria, i)) != NULL)
      citing = testing_item_at (criteria, i);
  g_assert_nonnull (citing);
  entry = tradeoff_criterion_get_source (citing);
  index = tradeoff_faq_entry_get_index (entry);

  tradeoff_comparison_builder_set_faq_entry (builder, index, tradeoff_faq_entry_get_id (entry),
                                             "A new question?", tradeoff_faq_entry_get_answer (entry));
  after = build_from (builder, before);
  {
    TradeoffCriterion *now = tradeoff_comparison_find_criterion (after, tradeoff_criterion_get_id (citing));
    TradeoffFaqEntry *new_entry = testing_item_at (tradeoff_comparison_get_faq (after), index);

    g_assert_true (now != citing);
    g_assert_true (tradeoff_criterion_get_source (now) == new_entry);
    g_assert_cmpstr (tradeoff_faq_entry_get_question (new_entry), ==, "A new question?");
  }
}

/* A shared item's id taken by a changed one is still refused, in the
 * same words as a full build. */
static void
test_problems_as_full_build (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(GError) full_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) full = NULL;
  g_autoptr(TradeoffComparison) from = NULL;
  TradeoffFaqEntry *first = testing_item_at (tradeoff_comparison_get_faq (before), 0);
  TradeoffFaqEntry *last = testing_item_at (tradeoff_comparison_get_faq (before),
                                 g_list_model_get_n_items (tradeoff_comparison_get_faq (before)) - 1);

  tradeoff_comparison_builder_set_faq_entry (builder, tradeoff_faq_entry_get_index (last),
                                             tradeoff_faq_entry_get_id (first),
                                             tradeoff_faq_entry_get_question (last),
                                             tradeoff_faq_entry_get_answer (last));
  full = tradeoff_comparison_builder_build (builder, &full_error);
  from = tradeoff_comparison_builder_build_from (builder, before, &error);
  g_assert_null (full);
  g_assert_null (from);
  g_assert_nonnull (full_error);
  g_assert_error (error, full_error->domain, full_error->code);
  g_assert_cmpstr (error->message, ==, full_error->message);
}

/* Moving an option changes every value and weight: nothing is shared
 * that would be wrong. */
static void
test_moved_option (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) after = NULL;

  tradeoff_comparison_builder_move_option (builder, 0, 1);
  after = build_from (builder, before);
  /* The options' places changed; an aspect is shared only where both
   * options had the same value, so the swap changed nothing in it. */
  g_assert_cmpuint (n_shared (tradeoff_comparison_get_options (before), tradeoff_comparison_get_options (after)),
                    ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (tradeoff_comparison_get_aspects (after)); i++)
    {
      TradeoffAspect *aspect = testing_item_at (tradeoff_comparison_get_aspects (after), i);

      if (aspect == testing_item_at (tradeoff_comparison_get_aspects (before), i))
        g_assert_cmpstr (tradeoff_aspect_get_value (aspect, 0), ==, tradeoff_aspect_get_value (aspect, 1));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/comparison-builder-reuse/unchanged-is-shared", test_unchanged_is_shared);
  g_test_add_func ("/tradeoff/comparison-builder-reuse/changed-criterion", test_changed_criterion);
  g_test_add_func ("/tradeoff/comparison-builder-reuse/changed-source", test_changed_source);
  g_test_add_func ("/tradeoff/comparison-builder-reuse/problems-as-full-build", test_problems_as_full_build);
  g_test_add_func ("/tradeoff/comparison-builder-reuse/moved-option", test_moved_option);

  return g_test_run ();
}
