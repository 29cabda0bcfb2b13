/* test-comparison-builder-incremental.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A keystroke's build, as the editor makes it: from the comparison the
 * builder last built, with nothing added, removed or moved since, only the
 * changed items are checked and made again.  It must still be the same
 * comparison a full build makes, and must still refuse what a full build
 * refuses, in the same words.
 */

#include "config.h"

#include "loader-testing.h"
#include "testing.h"
#include "tradeoff-comparison-builder.h"
#include "tradeoff-loader.h"

/* Builds from @previous (the builder's base: the quick way), then checks
 * a full build of @reference (the same edits; @builder when last) makes an
 * equal comparison. */
static TradeoffComparison *
keystroke_as (TradeoffComparisonBuilder *builder,
              TradeoffComparisonBuilder *reference,
              TradeoffComparison        *previous)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_comparison_builder_build_from (builder, previous, &error);
  g_autoptr(TradeoffComparison) full = NULL;
  g_autofree char *difference = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  full = tradeoff_comparison_builder_build (reference, &error);
  g_assert_no_error (error);
  difference = tradeoff_comparison_describe_difference (full, comparison);
  g_assert_null (difference);
  return comparison;
}

static TradeoffComparison *
keystroke (TradeoffComparisonBuilder *builder,
           TradeoffComparison        *previous)
{
  return keystroke_as (builder, builder, previous);
}

/* A label typed letter by letter, each build from the one before: every
 * other item stays the very same object, and the edited criterion is new. */
static void
test_label_typed (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparisonBuilder) reference = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) current = g_object_ref (before);
  TradeoffCriterion *first = tradeoff_comparison_get_criterion (before, 0);
  TradeoffFaqEntry *source = tradeoff_criterion_get_source (first);
  g_autofree char *label = g_strdup (tradeoff_criterion_get_label (first));

  for (guint n = 0; n < 3; n++)
    {
      g_autofree char *longer = g_strconcat (label, "x", NULL);
      TradeoffComparison *next;

      g_free (label);
      label = g_steal_pointer (&longer);
      tradeoff_comparison_builder_set_criterion (builder, 0, 0, tradeoff_criterion_get_id (first), label,
                                                 tradeoff_criterion_get_rationale (first),
                                                 source != NULL ? tradeoff_faq_entry_get_id (source) : NULL);
      tradeoff_comparison_builder_set_criterion (reference, 0, 0, tradeoff_criterion_get_id (first), label,
                                                 tradeoff_criterion_get_rationale (first),
                                                 source != NULL ? tradeoff_faq_entry_get_id (source) : NULL);
      next = keystroke_as (builder, reference, current);
      g_assert_cmpstr (tradeoff_criterion_get_label (tradeoff_comparison_get_criterion (next, 0)), ==, label);
      /* The criteria after it, in other groups, are shared. */
      g_assert_true (tradeoff_comparison_get_criterion (next, tradeoff_comparison_get_n_criteria (next) - 1) ==
                     tradeoff_comparison_get_criterion (current, tradeoff_comparison_get_n_criteria (current) - 1));
      g_assert_true (testing_item_at (tradeoff_comparison_get_faq (next), 0) == testing_item_at (tradeoff_comparison_get_faq (current), 0));
      g_assert_true (tradeoff_comparison_get_option (next, 0) == tradeoff_comparison_get_option (current, 0));
      g_set_object (&current, next);
      g_object_unref (next);
    }
}

/* A FAQ answer edited: the entry is new, and so is every criterion that
 * cites it (it points at its entry), pointing at the new one. */
static void
test_faq_edit_reaches_citing_criteria (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) after = NULL;
  TradeoffCriterion *citing = NULL;
  TradeoffFaqEntry *entry;

  for (guint i = 0; citing == NULL && i < tradeoff_comparison_get_n_criteria (before); i++)
    if (tradeoff_criterion_get_source (tradeoff_comparison_get_criterion (before, i)) != NULL)
      citing = tradeoff_comparison_get_criterion (before, i);
  g_assert_nonnull (citing);
  entry = tradeoff_criterion_get_source (citing);

  tradeoff_comparison_builder_set_faq_entry (builder, tradeoff_faq_entry_get_index (entry),
                                             tradeoff_faq_entry_get_id (entry),
                                             tradeoff_faq_entry_get_question (entry), "A new answer.");
  after = keystroke (builder, before);
  citing = tradeoff_comparison_find_criterion (after, tradeoff_criterion_get_id (citing));
  g_assert_cmpstr (tradeoff_faq_entry_get_answer (tradeoff_criterion_get_source (citing)), ==, "A new answer.");
  g_assert_true (tradeoff_criterion_get_source (citing) ==
                 testing_item_at (tradeoff_comparison_get_faq (after), tradeoff_faq_entry_get_index (entry)));
}

/* Builds from @previous and expects the problem a full build names. */
static void
assert_refused_as_full_build (TradeoffComparisonBuilder *builder,
                              TradeoffComparison        *previous)
{
  g_autoptr(GError) quick_error = NULL;
  g_autoptr(GError) full_error = NULL;
  g_autoptr(TradeoffComparison) quick = tradeoff_comparison_builder_build_from (builder, previous, &quick_error);
  g_autoptr(TradeoffComparison) full = tradeoff_comparison_builder_build (builder, &full_error);

  g_assert_null (quick);
  g_assert_null (full);
  g_assert_nonnull (quick_error);
  g_assert_nonnull (full_error);
  g_assert_cmpstr (quick_error->message, ==, full_error->message);
}

/* Each kind of field a keystroke changes, made invalid: refused. */
static void
test_problems_refused (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  TradeoffCriterion *first = tradeoff_comparison_get_criterion (before, 0);
  TradeoffOption *option = tradeoff_comparison_get_option (before, 0);
  TradeoffComparisonBuilder *builder;

  /* A weight out of range. */
  builder = tradeoff_comparison_builder_new_from (before);
  tradeoff_comparison_builder_set_weight (builder, 0, 0, 0, 1000);
  assert_refused_as_full_build (builder, before);
  g_object_unref (builder);

  /* A criterion citing a FAQ entry that is not there. */
  builder = tradeoff_comparison_builder_new_from (before);
  tradeoff_comparison_builder_set_criterion (builder, 0, 0, tradeoff_criterion_get_id (first),
                                             tradeoff_criterion_get_label (first),
                                             tradeoff_criterion_get_rationale (first), "no-such-entry");
  assert_refused_as_full_build (builder, before);
  g_object_unref (builder);

  /* An option with no name. */
  builder = tradeoff_comparison_builder_new_from (before);
  tradeoff_comparison_builder_set_option (builder, 0, tradeoff_option_get_id (option), "",
                                          tradeoff_option_get_verdict (option));
  assert_refused_as_full_build (builder, before);
  g_object_unref (builder);

  /* An id another item has (an id edit takes the full check). */
  builder = tradeoff_comparison_builder_new_from (before);
  tradeoff_comparison_builder_set_option (builder, 0, tradeoff_option_get_id (tradeoff_comparison_get_option (before, 1)),
                                          tradeoff_option_get_name (option), tradeoff_option_get_verdict (option));
  assert_refused_as_full_build (builder, before);
  g_object_unref (builder);

  /* No title. */
  builder = tradeoff_comparison_builder_new_from (before);
  tradeoff_comparison_builder_set_text (builder, "title", "");
  assert_refused_as_full_build (builder, before);
  g_object_unref (builder);
}

/* A problem typed, then mended: the build after it (from the last valid
 * comparison, the builder's base) holds both keystrokes. */
static void
test_mended_after_problem (void)
{
  g_autoptr(TradeoffComparison) before = loader_testing_shipped ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (before);
  g_autoptr(TradeoffComparison) after = NULL;
  g_autoptr(GError) error = NULL;
  TradeoffOption *option = tradeoff_comparison_get_option (before, 1);

  tradeoff_comparison_builder_set_option (builder, 1, tradeoff_option_get_id (option), "Renamed",
                                          tradeoff_option_get_verdict (option));
  tradeoff_comparison_builder_set_text (builder, "title", "");
  g_assert_null (tradeoff_comparison_builder_build_from (builder, before, &error));
  g_assert_nonnull (error);
  tradeoff_comparison_builder_set_text (builder, "title", "Mended");
  after = keystroke (builder, before);
  g_assert_cmpstr (tradeoff_comparison_get_title (after), ==, "Mended");
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (after, 1)), ==, "Renamed");
  g_assert_true (tradeoff_comparison_get_option (after, 0) == tradeoff_comparison_get_option (before, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/comparison-builder-incremental/label-typed", test_label_typed);
  g_test_add_func ("/tradeoff/comparison-builder-incremental/faq-edit-reaches-citing-criteria",
                   test_faq_edit_reaches_citing_criteria);
  g_test_add_func ("/tradeoff/comparison-builder-incremental/problems-refused", test_problems_refused);
  g_test_add_func ("/tradeoff/comparison-builder-incremental/mended-after-problem", test_mended_after_problem);

  return g_test_run ();
}
