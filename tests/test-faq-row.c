/* test-faq-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A FAQ row alone, with no window: it shows the entry it is given, opens
 * and closes with it, and, recycled, follows only the entry it shows now.
 */

#define G_LOG_DOMAIN "test-faq-row"

#include "config.h"

#include "tradeoff-faq-row.h"
#include "tradeoff-loader.h"
#include "window-testing.h"

/* After two swaps, opening the first entry opens nothing, and nothing
 * listens to it any more; the entry shown now opens the row, and the row
 * opens it, both ways. */
static void
test_swapped_entry_left_alone (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  g_autoptr(TradeoffFaqEntry) first = g_list_model_get_item (faq, 0);
  g_autoptr(TradeoffFaqEntry) second = g_list_model_get_item (faq, 1);
  g_autoptr(TradeoffFaqEntry) third = g_list_model_get_item (faq, 2);
  TradeoffFaqRow *row = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_FAQ_ROW, NULL));
  GtkExpander *expander = GTK_EXPANDER (find_one (GTK_WIDGET (row), GTK_TYPE_EXPANDER));

  tradeoff_faq_row_set_entry (row, first);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (row), tradeoff_faq_entry_get_question (first)));
  tradeoff_faq_row_set_entry (row, second);
  tradeoff_faq_row_set_entry (row, third);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (row), tradeoff_faq_entry_get_question (third)));
  g_assert_null (find_label_with_text (GTK_WIDGET (row), tradeoff_faq_entry_get_question (first)));
  g_assert_false (has_handler (first, "notify::expanded"));
  g_assert_false (has_handler (second, "notify::expanded"));

  tradeoff_faq_entry_set_expanded (first, TRUE);
  g_assert_false (gtk_expander_get_expanded (expander));

  tradeoff_faq_entry_set_expanded (third, TRUE);
  g_assert_true (gtk_expander_get_expanded (expander));
  gtk_expander_set_expanded (expander, FALSE);
  g_assert_false (tradeoff_faq_entry_get_expanded (third));
  g_assert_true (tradeoff_faq_entry_get_expanded (first));

  /* An entry left open before the row was recycled opens the row that
   * shows it now; no entry, and the row is closed. */
  tradeoff_faq_row_set_entry (row, first);
  g_assert_true (gtk_expander_get_expanded (expander));
  tradeoff_faq_row_set_entry (row, NULL);
  g_assert_false (gtk_expander_get_expanded (expander));
  g_assert_true (tradeoff_faq_entry_get_expanded (first));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/faq-row/swapped-entry-left-alone", test_swapped_entry_left_alone);

  return g_test_run ();
}
