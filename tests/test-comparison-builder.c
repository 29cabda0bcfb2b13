/* test-comparison-builder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builder makes comparisons in code: what it builds is what the loader
 * would have loaded, its columns follow their option as options move, and
 * a broken rule is refused in the loader's own words.
 */

#include "config.h"

#include <string.h>

#include "tradeoff-comparison-builder.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader.h"
#include "tradeoff-writer.h"

/* Tea, coffee and cocoa, one aspect, one FAQ entry, one criterion. */
static TradeoffComparisonBuilder *
small_builder (void)
{
  TradeoffComparisonBuilder *builder = tradeoff_comparison_builder_new ();
  guint aspect;

  tradeoff_comparison_builder_set_text (builder, "id", "drinks");
  tradeoff_comparison_builder_set_text (builder, "title", "  Tea,\n coffee   or cocoa ");
  tradeoff_comparison_builder_set_text (builder, "tie-verdict", "Any will do.");
  tradeoff_comparison_builder_set_text (builder, "none-verdict", "Tick something.");
  tradeoff_comparison_builder_add_option (builder, "tea", "Tea", "Tea it is.");
  tradeoff_comparison_builder_add_option (builder, "coffee", "Coffee", "Coffee it is.");
  tradeoff_comparison_builder_add_option (builder, "cocoa", "Cocoa", "Cocoa it is.");
  aspect = tradeoff_comparison_builder_add_aspect (builder, "caffeine", "Caffeine");
  tradeoff_comparison_builder_set_value (builder, aspect, 0, "Some");
  tradeoff_comparison_builder_set_value (builder, aspect, 1, "Most");
  tradeoff_comparison_builder_set_value (builder, aspect, 2, "Least");
  tradeoff_comparison_builder_add_faq_entry (builder, "awake", "Which keeps me awake?",
                                             "Coffee.\n\nThen tea.");
  tradeoff_comparison_builder_add_group (builder, "needs", "Your needs", FALSE);
  tradeoff_comparison_builder_add_criterion (builder, 0, "stay-awake", "I need to stay awake",
                                             "Coffee holds the most caffeine.", "awake");
  tradeoff_comparison_builder_set_weight (builder, 0, 0, 0, 1);
  tradeoff_comparison_builder_set_weight (builder, 0, 0, 1, 3);
  tradeoff_comparison_builder_set_weight (builder, 0, 0, 2, -2);

  return builder;
}

static TradeoffComparison *
build_ok (TradeoffComparisonBuilder *builder)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_comparison_builder_build (builder, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static void
test_builds (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = small_builder ();
  g_autoptr(TradeoffComparison) comparison = build_ok (builder);
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) loaded = tradeoff_loader_load_bytes (bytes, "built", &error);
  g_autofree char *difference = NULL;
  TradeoffCriterion *criterion;

  /* Texts are kept as the loader keeps them. */
  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==, "Tea, coffee or cocoa");
  g_assert_cmpstr (tradeoff_faq_entry_get_answer (tradeoff_comparison_find_faq_entry (comparison,
                                                                                       "awake")),
                   ==, "Coffee.\n\nThen tea.");
  criterion = tradeoff_comparison_find_criterion (comparison, "stay-awake");
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 1), ==, 3);
  g_assert_true (tradeoff_criterion_get_source (criterion) ==
                 tradeoff_comparison_find_faq_entry (comparison, "awake"));

  /* Saved and loaded, it is the same comparison. */
  g_assert_no_error (error);
  difference = tradeoff_comparison_describe_difference (comparison, loaded);
  g_assert_null (difference);
}

/* A builder from a comparison builds the same comparison. */
static void
test_from_comparison (void)
{
  g_autoptr(TradeoffComparison) shipped = NULL;
  g_autoptr(TradeoffComparisonBuilder) builder = NULL;
  g_autoptr(TradeoffComparison) rebuilt = NULL;
  g_autofree char *difference = NULL;
  g_autoptr(GError) error = NULL;

  shipped = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);
  builder = tradeoff_comparison_builder_new_from (shipped);
  rebuilt = build_ok (builder);
  difference = tradeoff_comparison_describe_difference (shipped, rebuilt);
  g_assert_null (difference);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (rebuilt), ==, 17);
}

/* Values and weights stay with their option as options move and go. */
static void
test_columns_follow_options (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = small_builder ();
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffAspect) aspect = NULL;
  TradeoffCriterion *criterion;

  /* tea coffee cocoa → cocoa tea coffee → cocoa coffee */
  tradeoff_comparison_builder_move_option (builder, 2, 0);
  tradeoff_comparison_builder_remove_option (builder, 1);
  g_assert_cmpuint (tradeoff_comparison_builder_get_n_options (builder), ==, 2);

  comparison = build_ok (builder);
  g_assert_cmpstr (tradeoff_option_get_id (tradeoff_comparison_get_option (comparison, 0)), ==,
                   "cocoa");
  g_assert_cmpstr (tradeoff_option_get_verdict (tradeoff_comparison_get_option (comparison, 1)),
                   ==, "Coffee it is.");
  aspect = g_list_model_get_item (tradeoff_comparison_get_aspects (comparison), 0);
  g_assert_cmpstr (tradeoff_aspect_get_value (aspect, 0), ==, "Least");
  g_assert_cmpstr (tradeoff_aspect_get_value (aspect, 1), ==, "Most");
  criterion = tradeoff_comparison_get_criterion (comparison, 0);
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 0), ==, -2);
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 1), ==, 3);
}

/* An import starts with no criteria; a criterion may weigh nothing yet. */
static void
test_no_criteria_and_zero_weights (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = small_builder ();
  g_autoptr(TradeoffComparisonBuilder) empty = tradeoff_comparison_builder_new ();
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffComparison) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *difference = NULL;

  for (guint i = 0; i < 3; i++)
    tradeoff_comparison_builder_set_weight (builder, 0, 0, i, 0);
  comparison = build_ok (builder);
  bytes = tradeoff_writer_to_bytes (comparison);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "<rationale>Coffee holds the most caffeine.</rationale>\n"
                                  "        <weight option=\"tea\">0</weight>\n"
                                  "      </criterion>"));
  loaded = tradeoff_loader_load_bytes (bytes, "zero", &error);
  g_assert_no_error (error);
  difference = tradeoff_comparison_describe_difference (comparison, loaded);
  g_assert_null (difference);

  g_clear_object (&comparison);
  tradeoff_comparison_builder_set_text (empty, "id", "empty");
  tradeoff_comparison_builder_set_text (empty, "title", "Two things");
  tradeoff_comparison_builder_set_text (empty, "tie-verdict", "Level.");
  tradeoff_comparison_builder_set_text (empty, "none-verdict", "Nothing yet.");
  tradeoff_comparison_builder_add_option (empty, "a", "A", "A leads.");
  tradeoff_comparison_builder_add_option (empty, "b", "B", "B leads.");
  comparison = build_ok (empty);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), ==, 0);
}

/* The builder's error for a mistake is the loader's for the same mistake
 * in a file, without the file's name and position. */
static void
assert_same_words (TradeoffComparisonBuilder *builder,
                   const char                *hostile_file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", hostile_file,
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GError) build_error = NULL;
  g_autoptr(TradeoffComparison) loaded = tradeoff_loader_load_file (file, NULL, &load_error);
  g_autoptr(TradeoffComparison) built = tradeoff_comparison_builder_build (builder, &build_error);

  g_assert_null (loaded);
  g_assert_null (built);
  g_assert_nonnull (build_error);
  g_test_message ("%s / %s", load_error->message, build_error->message);
  g_assert_true (g_str_has_suffix (load_error->message, build_error->message));
  g_assert_cmpuint (strlen (load_error->message), >, strlen (build_error->message));
}

static void
test_same_words_as_loader (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = small_builder ();

  /* One option, then nine. */
  tradeoff_comparison_builder_remove_option (builder, 2);
  tradeoff_comparison_builder_remove_option (builder, 1);
  assert_same_words (builder, "one-option.xml");
  for (guint i = 1; i < 9; i++)
    {
      g_autofree char *id = g_strdup_printf ("o%u", i);

      tradeoff_comparison_builder_add_option (builder, id, id, id);
      tradeoff_comparison_builder_set_value (builder, 0, i, "x");
    }
  assert_same_words (builder, "nine-options.xml");

  g_clear_object (&builder);
  builder = small_builder ();
  tradeoff_comparison_builder_set_text (builder, "title", " \n ");
  assert_same_words (builder, "whitespace-title.xml");

  g_clear_object (&builder);
  builder = small_builder ();
  tradeoff_comparison_builder_add_group (builder, "g", "G", FALSE);
  tradeoff_comparison_builder_add_criterion (builder, 1, "stay awake", "L", "R", NULL);
  assert_same_words (builder, "id-with-space.xml");
}

static void
assert_build_fails (TradeoffComparisonBuilder *builder,
                    int                        code,
                    const char                *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_comparison_builder_build (builder, &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_rules (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = small_builder ();
  g_autoptr(TradeoffComparison) fixed = NULL;

  tradeoff_comparison_builder_set_weight (builder, 0, 0, 1, 101);
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                      "The weight “101” is not a whole number from -100 to 100.");
  /* A failed build leaves the builder as it was, ready to be put right. */
  tradeoff_comparison_builder_set_weight (builder, 0, 0, 1, 100);
  fixed = build_ok (builder);

  tradeoff_comparison_builder_add_aspect (builder, "tea", "Again");
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_DUPLICATE_ID,
                      "The id “tea” is already used; every id must be different.");
  tradeoff_comparison_builder_remove_aspect (builder, 1);

  tradeoff_comparison_builder_add_aspect (builder, "origin", "Origin");
  tradeoff_comparison_builder_set_value (builder, 1, 0, "China");
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                      "The aspect “origin” has no value for the option “coffee”.");
  tradeoff_comparison_builder_remove_aspect (builder, 1);

  tradeoff_comparison_builder_add_criterion (builder, 0, "late", "Late", "Why", "nowhere");
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE,
                      "The criterion “late” cites the FAQ entry “nowhere”, but there is no FAQ "
                      "entry with that id.");

  g_clear_object (&builder);
  builder = small_builder ();
  tradeoff_comparison_builder_add_group (builder, "lonely", "Lonely", TRUE);
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_SCHEMA,
                      "The <group> element needs a <criterion> element.");

  g_clear_object (&builder);
  builder = small_builder ();
  tradeoff_comparison_builder_set_option (builder, 1, "coffee", "Coffee", NULL);
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                      "There is no verdict for the option “coffee”; add "
                      "<verdict option=\"coffee\">…</verdict>.");
  tradeoff_comparison_builder_set_option (builder, 1, "coffee", "Cof\x01" "fee", "Yes.");
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_ENCODING,
                      "The <name> element holds the control character U+0001, which a "
                      "comparison file cannot hold.");

  g_clear_object (&builder);
  builder = small_builder ();
  tradeoff_comparison_builder_set_text (builder, "preamble", " a -- b ");
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                      "The comment at the top of the file may not hold “--” or end with “-”.");

  g_clear_object (&builder);
  builder = small_builder ();
  tradeoff_comparison_builder_set_text (builder, "updated", "March 2026");
  assert_build_fails (builder, TRADEOFF_LOADER_ERROR_SCHEMA,
                      "The date “March 2026” is not written YYYY-MM or YYYY-MM-DD.");
}

/* The checks an editor calls as a field is typed. */
static void
test_field_checks (void)
{
  g_autoptr(GError) error = NULL;
  int weight = 0;

  g_assert_true (tradeoff_rules_check_id ("a.b_c-9", NULL));
  g_assert_false (tradeoff_rules_check_id ("-a", &error));
  g_assert_cmpstr (error->message, ==, "“-a” is not a valid id: use 1 to 64 letters, digits, "
                   "“_”, “.” or “-”, starting with a letter or digit.");
  g_clear_error (&error);
  g_assert_false (tradeoff_rules_check_id ("", NULL));

  g_assert_true (tradeoff_rules_parse_weight (" -7 ", &weight, NULL));
  g_assert_cmpint (weight, ==, -7);
  g_assert_false (tradeoff_rules_parse_weight ("1.5", &weight, NULL));
  g_assert_false (tradeoff_rules_check_weight (-101, NULL));

  g_assert_true (tradeoff_rules_check_n_options (8, NULL));
  g_assert_false (tradeoff_rules_check_n_options (9, &error));
  g_assert_cmpstr (error->message, ==, "A comparison needs from 2 to 8 options; this one has 9.");
  g_clear_error (&error);

  g_assert_true (tradeoff_rules_check_date ("2026-03", NULL));
  g_assert_true (tradeoff_rules_check_date ("2026-03-14", NULL));
  g_assert_false (tradeoff_rules_check_date ("2026-3", NULL));

  g_assert_false (tradeoff_rules_check_text ("answer", "\xff", &error));
  g_assert_cmpstr (error->message, ==, "The <answer> element is not valid UTF-8 text.");
}

/* What an editor changes in place: each part keeps its place, and a
 * criterion's source may be cleared. */
static void
test_change_in_place (void)
{
  g_autoptr(TradeoffComparisonBuilder) builder = small_builder ();
  g_autoptr(TradeoffComparison) changed = NULL;
  g_autoptr(TradeoffAspect) aspect = NULL;
  g_autoptr(TradeoffFaqEntry) entry = NULL;
  g_autoptr(TradeoffCriterionGroup) group = NULL;
  TradeoffCriterion *criterion;

  tradeoff_comparison_builder_set_aspect (builder, 0, "kick", "  The kick ");
  tradeoff_comparison_builder_set_faq_entry (builder, 0, "awake", "Which one wakes me?", "Coffee.");
  tradeoff_comparison_builder_set_group (builder, 0, "wants", "What you want", TRUE);
  tradeoff_comparison_builder_set_criterion (builder, 0, 0, "awake-all-night", "All night",
                                             "Coffee wins.", "");
  changed = build_ok (builder);

  aspect = g_list_model_get_item (tradeoff_comparison_get_aspects (changed), 0);
  g_assert_cmpstr (tradeoff_aspect_get_id (aspect), ==, "kick");
  g_assert_cmpstr (tradeoff_aspect_get_label (aspect), ==, "The kick");
  g_assert_cmpstr (tradeoff_aspect_get_value (aspect, 1), ==, "Most");
  entry = g_list_model_get_item (tradeoff_comparison_get_faq (changed), 0);
  g_assert_cmpstr (tradeoff_faq_entry_get_question (entry), ==, "Which one wakes me?");
  group = g_list_model_get_item (tradeoff_comparison_get_groups (changed), 0);
  g_assert_true (tradeoff_criterion_group_get_exclusive (group));
  g_assert_cmpstr (tradeoff_criterion_group_get_label (group), ==, "What you want");
  criterion = tradeoff_comparison_find_criterion (changed, "awake-all-night");
  g_assert_nonnull (criterion);
  g_assert_null (tradeoff_criterion_get_source (criterion));
  /* The weights stay with the criterion. */
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 1), ==, 3);

  /* A group left empty is refused, in the loader's words… */
  tradeoff_comparison_builder_remove_criterion (builder, 0, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TradeoffComparison) empty_group = tradeoff_comparison_builder_build (builder, &error);

    g_assert_null (empty_group);
    g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_SCHEMA);
  }
  /* …and with the group gone, no criteria at all is valid. */
  tradeoff_comparison_builder_remove_group (builder, 0);
  g_clear_object (&changed);
  changed = build_ok (builder);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_groups (changed)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/comparison-builder/builds", test_builds);
  g_test_add_func ("/tradeoff/comparison-builder/from-comparison", test_from_comparison);
  g_test_add_func ("/tradeoff/comparison-builder/columns-follow-options",
                   test_columns_follow_options);
  g_test_add_func ("/tradeoff/comparison-builder/no-criteria-and-zero-weights",
                   test_no_criteria_and_zero_weights);
  g_test_add_func ("/tradeoff/comparison-builder/same-words-as-loader",
                   test_same_words_as_loader);
  g_test_add_func ("/tradeoff/comparison-builder/rules", test_rules);
  g_test_add_func ("/tradeoff/comparison-builder/field-checks", test_field_checks);
  g_test_add_func ("/tradeoff/comparison-builder/change-in-place", test_change_in_place);

  return g_test_run ();
}
