/* test-reasons-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reasons view: why the advice is what it is, and the ways it could
 * change, a few at a time; it follows one advisor at a time.
 */

#define G_LOG_DOMAIN "test-reasons-view"

#include "config.h"

#include "tradeoff-loader.h"
#include "tradeoff-reasons-view.h"
#include "window-testing.h"

/* A person is shown the first few ways the advice could change, and told
 * how many more there are, not a list as long as the criteria. */
static void
test_flips_shown (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkLabel *more = NULL;
  guint n_rows = 0;

  /* With "talent-pool" alone ticked, 25 single changes of one answer would
   * alter the advice: ticks and unticks, and levels and must-haves too. */
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "talent-pool")));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_advisor_get_flips (
                      tradeoff_window_get_advisor (window))), ==, 25);

  collect (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, lists);
  for (guint i = 0; i < lists->len; i++)
    {
      GtkWidget *list = g_ptr_array_index (lists, i);
      GtkWidget *next = gtk_widget_get_next_sibling (list);

      if (next != NULL && GTK_IS_LABEL (next) && gtk_widget_get_visible (next))
        {
          more = GTK_LABEL (next);
          for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
               row = gtk_widget_get_next_sibling (row))
            n_rows += GTK_IS_LIST_BOX_ROW (row);
        }
    }

  g_assert_nonnull (more);
  g_assert_cmpuint (n_rows, ==, 8);
  g_assert_cmpstr (gtk_label_get_text (more), ==, "And 17 more changes of your answers would change it.");

  close_window (window);
}

/* The view follows the advisor it is given, and only that one: after two
 * swaps, ticking on the first advisor changes nothing shown, and nothing
 * listens to it any more. */
static void
test_swapped_advisor_left_alone (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffAdvisor) first = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffAdvisor) second = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffAdvisor) third = tradeoff_advisor_new (comparison);
  TradeoffCriterion *django = tradeoff_comparison_find_criterion (comparison, "team-knows-django");
  TradeoffCriterion *flask = tradeoff_comparison_find_criterion (comparison, "team-knows-flask");
  GtkWidget *view = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_REASONS_VIEW, NULL));
  g_autofree char *untouched = NULL;
  g_autofree char *first_shown = NULL;
  g_autofree char *third_shown = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_third = NULL;

  tradeoff_reasons_view_set_advisor (TRADEOFF_REASONS_VIEW (view), first);
  untouched = label_texts (view);
  tradeoff_advisor_set_ticked (first, django, TRUE);
  first_shown = label_texts (view);
  g_assert_cmpstr (first_shown, !=, untouched);

  tradeoff_reasons_view_set_advisor (TRADEOFF_REASONS_VIEW (view), second);
  tradeoff_reasons_view_set_advisor (TRADEOFF_REASONS_VIEW (view), third);
  third_shown = label_texts (view);
  g_assert_cmpstr (third_shown, ==, untouched);
  g_assert_false (has_handler (first, "notify::reasons"));
  g_assert_false (has_handler (first, "notify::flips"));
  g_assert_false (has_handler (first, "notify::n-ticked"));
  g_assert_false (has_handler (second, "notify::reasons"));

  tradeoff_advisor_set_ticked (first, django, FALSE);
  tradeoff_advisor_set_ticked (first, flask, TRUE);
  after_first = label_texts (view);
  g_assert_cmpstr (after_first, ==, third_shown);

  /* The advisor followed now is heard. */
  g_assert_true (has_handler (third, "notify::reasons"));
  tradeoff_advisor_set_ticked (third, django, TRUE);
  after_third = label_texts (view);
  g_assert_cmpstr (after_third, ==, first_shown);

  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/reasons-view/flips-shown", test_flips_shown);
  g_test_add_func ("/tradeoff/reasons-view/swapped-advisor-left-alone", test_swapped_advisor_left_alone);

  return g_test_run ();
}
