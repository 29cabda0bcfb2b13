/* test-reasons-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reasons view: the ways the advice could change, a few at a time.
 */

#define G_LOG_DOMAIN "test-reasons-view"

#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/reasons-view/flips-shown", test_flips_shown);

  return g_test_run ();
}
