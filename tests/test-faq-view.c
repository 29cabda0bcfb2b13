/* test-faq-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The FAQ view in the real window: the search narrows the questions as
 * they are typed, a question opens in place, and the keyboard reaches
 * every question.
 */

#define G_LOG_DOMAIN "test-faq-view"

#include "config.h"

#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-row.h"
#include "tradeoff-faq-view.h"
#include "window-testing.h"

static void
test_search_narrows_faq (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkEditable *entry = GTK_EDITABLE (find_one (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
  GtkWidget *focus;
  RowCount one = { GTK_WIDGET (window), 1 };
  RowCount two = { GTK_WIDGET (window), 2 };
  RowCount three = { GTK_WIDGET (window), 3 };
  RowCount all = { GTK_WIDGET (window), 8 };
  RowCount none = { GTK_WIDGET (window), 0 };

  /* Ctrl+F's action puts the cursor in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));

  /* One question has the word, and one answer ("extensive community
   * support"). */
  gtk_editable_set_text (entry, "community");
  g_assert_true (wait_until (faq_rows_are, &two));

  /* Only one answer mentions Stack Overflow, in other letter case. */
  gtk_editable_set_text (entry, "STACK OVERFLOW");
  g_assert_true (wait_until (faq_rows_are, &one));

  gtk_editable_set_text (entry, "no question says this");
  g_assert_true (wait_until (faq_rows_are, &none));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (check_button_labelled (window, "No preference"))));

  gtk_editable_set_text (entry, "");
  g_assert_true (wait_until (faq_rows_are, &all));

  /* Typed a letter at a time, and taken back: each step narrows or widens
   * what the one before showed ("fast" is in three entries, "faster" in
   * one). */
  gtk_editable_set_text (entry, "FA");
  g_assert_true (wait_until (faq_rows_are, &three));
  gtk_editable_set_text (entry, "FASTE");
  g_assert_true (wait_until (faq_rows_are, &one));
  gtk_editable_set_text (entry, "FASTER");
  g_assert_true (wait_until (faq_rows_are, &one));
  gtk_editable_set_text (entry, "FAST");
  g_assert_true (wait_until (faq_rows_are, &three));
  gtk_editable_set_text (entry, "F");
  g_assert_true (wait_until (faq_rows_are, &all));

  close_window (window);
}

static gboolean
label_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Rows are recycled, so an open question stays open in the entry itself. */
static void
test_faq_expands (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_ROW);
  TradeoffFaqRow *row = g_ptr_array_index (rows, 0);
  TradeoffFaqEntry *entry = tradeoff_faq_row_get_entry (row);
  GtkExpander *expander = GTK_EXPANDER (find_one (GTK_WIDGET (row), GTK_TYPE_EXPANDER));
  GtkLabel *answer;

  g_assert_false (tradeoff_faq_entry_get_expanded (entry));
  gtk_expander_set_expanded (expander, TRUE);
  g_assert_true (tradeoff_faq_entry_get_expanded (entry));

  /* An expander only holds its child while it is open. */
  answer = find_label_with_class (GTK_WIDGET (row), "faq-answer");
  g_assert_true (wait_until (label_shown, answer));
  g_assert_cmpstr (gtk_label_get_text (answer), ==, tradeoff_faq_entry_get_answer (entry));
  g_assert_true (gtk_label_get_selectable (answer));
  g_assert_true (gtk_label_get_wrap (answer));

  close_window (window);
}

/* The keyboard reaches every question: arrows move between them, Enter
 * opens one, Tab leaves the list (GTK 4.8's list would trap the focus on
 * the first question; the FAQ view moves it itself). */
static gboolean
focus_on_question (gpointer data)
{
  gpointer *want = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (want[0]));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_FAQ_ROW) : NULL;

  return row != NULL && tradeoff_faq_row_get_entry (TRADEOFF_FAQ_ROW (row)) == want[1];
}

static void
test_faq_keyboard (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GListModel *faq = tradeoff_comparison_get_faq (tradeoff_window_get_comparison (window));
  g_autoptr(TradeoffFaqEntry) first = g_list_model_get_item (faq, 0);
  g_autoptr(TradeoffFaqEntry) third = g_list_model_get_item (faq, 2);
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_ROW);
  GtkWidget *list = gtk_widget_get_ancestor (g_ptr_array_index (rows, 0), GTK_TYPE_LIST_VIEW);
  gpointer want[2] = { window, first };

  /* Tab from the search entry lands on the first question. */
  g_assert_true (gtk_widget_child_focus (g_ptr_array_index (rows, 0), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_on_question (want));

  g_assert_true (press_key (list, GDK_KEY_Down));
  g_assert_true (press_key (list, GDK_KEY_Down));
  want[1] = third;
  g_assert_true (wait_until (focus_on_question, want));

  gtk_widget_activate_action (list, "list.activate-item", "u", 2);
  g_assert_true (tradeoff_faq_entry_get_expanded (third));

  /* Tab leaves the list for the criteria. */
  g_assert_true (press_key (list, GDK_KEY_Tab));
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), list));
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                             TRADEOFF_TYPE_CRITERIA_FORM));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/faq-view/search-narrows-faq", test_search_narrows_faq);
  g_test_add_func ("/tradeoff/faq-view/faq-expands", test_faq_expands);
  g_test_add_func ("/tradeoff/faq-view/faq-keyboard", test_faq_keyboard);

  return g_test_run ();
}
