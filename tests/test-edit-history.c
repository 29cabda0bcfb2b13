/* test-edit-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's undo and redo, without a display: a step back shows the
 * comparison as it was, a word typed is one step, a new change drops what
 * could be redone, and "modified" follows the saved state.
 */

#include "config.h"

#include "tradeoff-comparison-builder.h"
#include "tradeoff-edit-history.h"
#include "testing.h"

static TradeoffComparison *
titled (const char *title)
{
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new ();
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison;

  tradeoff_comparison_builder_set_text (builder, "id", "drinks");
  tradeoff_comparison_builder_set_text (builder, "title", title);
  tradeoff_comparison_builder_set_text (builder, "tie-verdict", "Either.");
  tradeoff_comparison_builder_set_text (builder, "none-verdict", "Tick one.");
  tradeoff_comparison_builder_add_option (builder, "tea", "Tea", "Tea.");
  tradeoff_comparison_builder_add_option (builder, "coffee", "Coffee", "Coffee.");
  comparison = tradeoff_comparison_builder_build (builder, &error);
  g_assert_no_error (error);
  return comparison;
}

static const char *
current_title (TradeoffEditHistory *history)
{
  return tradeoff_comparison_get_title (tradeoff_edit_history_get_current (history));
}

static void
test_undo_redo (void)
{
  g_autoptr(TradeoffComparison) a = titled ("A");
  g_autoptr(TradeoffComparison) b = titled ("B");
  g_autoptr(TradeoffComparison) c = titled ("C");
  g_autoptr(TradeoffEditHistory) history = tradeoff_edit_history_new (a);

  g_assert_false (tradeoff_edit_history_get_can_undo (history));
  g_assert_false (tradeoff_edit_history_get_modified (history));
  g_assert_null (tradeoff_edit_history_undo (history));

  expect_notify (history, "can-undo");
  expect_notify (history, "modified");
  tradeoff_edit_history_push (history, b, NULL);
  assert_expected_notifies (history);
  tradeoff_edit_history_push (history, c, NULL);
  g_assert_cmpstr (current_title (history), ==, "C");

  g_assert_true (tradeoff_edit_history_undo (history) == b);
  g_assert_true (tradeoff_edit_history_undo (history) == a);
  g_assert_false (tradeoff_edit_history_get_modified (history));
  g_assert_null (tradeoff_edit_history_undo (history));
  g_assert_true (tradeoff_edit_history_redo (history) == b);
  g_assert_true (tradeoff_edit_history_get_can_redo (history));

  /* A change after an undo is a new branch: C cannot be redone. */
  tradeoff_edit_history_push (history, c, NULL);
  g_assert_false (tradeoff_edit_history_get_can_redo (history));
  g_assert_null (tradeoff_edit_history_redo (history));
  g_assert_cmpstr (current_title (history), ==, "C");
}

static void
test_typing_is_one_step (void)
{
  g_autoptr(TradeoffComparison) empty = titled ("T");
  g_autoptr(TradeoffEditHistory) history = tradeoff_edit_history_new (empty);
  const char *steps[] = { "Te", "Tea", "Tea?" };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(TradeoffComparison) typed = titled (steps[i]);

      tradeoff_edit_history_push (history, typed, "title");
    }
  g_assert_cmpstr (current_title (history), ==, "Tea?");

  /* Another field is another step. */
  {
    g_autoptr(TradeoffComparison) other = titled ("Tea?!");

    tradeoff_edit_history_push (history, other, "byline");
  }
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_edit_history_undo (history)), ==, "Tea?");
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_edit_history_undo (history)), ==, "T");
  g_assert_false (tradeoff_edit_history_get_can_undo (history));
}

static void
test_saved_state (void)
{
  g_autoptr(TradeoffComparison) a = titled ("A");
  g_autoptr(TradeoffComparison) ab = titled ("AB");
  g_autoptr(TradeoffComparison) abc = titled ("ABC");
  g_autoptr(TradeoffEditHistory) history = tradeoff_edit_history_new (a);

  tradeoff_edit_history_push (history, ab, "title");
  g_assert_true (tradeoff_edit_history_get_modified (history));
  expect_notify (history, "modified");
  tradeoff_edit_history_mark_saved (history);
  assert_expected_notifies (history);

  /* Typing on after a save does not swallow the saved state. */
  tradeoff_edit_history_push (history, abc, "title");
  g_assert_true (tradeoff_edit_history_get_modified (history));
  tradeoff_edit_history_undo (history);
  g_assert_false (tradeoff_edit_history_get_modified (history));
  g_assert_cmpstr (current_title (history), ==, "AB");

  /* A branch that drops the saved state leaves the history modified for good. */
  tradeoff_edit_history_undo (history);
  tradeoff_edit_history_push (history, abc, NULL);
  tradeoff_edit_history_undo (history);
  g_assert_true (tradeoff_edit_history_get_modified (history));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/edit-history/undo-redo", test_undo_redo);
  g_test_add_func ("/tradeoff/edit-history/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/tradeoff/edit-history/saved-state", test_saved_state);

  return g_test_run ();
}
