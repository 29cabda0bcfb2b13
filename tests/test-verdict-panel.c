/* test-verdict-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The verdict panel: its headline follows every tick.
 */

#define G_LOG_DOMAIN "test-verdict-panel"

#include "config.h"

#include "tradeoff-verdict-panel.h"
#include "window-testing.h"

static void
test_tick_changes_verdict (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  g_autofree char *before = g_strdup (headline (window));

  g_assert_cmpstr (before, !=, "\u2068Django\u2069 fits you best");
  g_assert_false (gtk_check_button_get_active (django));

  /* No main-loop turn in between: the headline follows in the same frame. */
  gtk_widget_activate (GTK_WIDGET (django));
  g_assert_true (gtk_check_button_get_active (django));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  gtk_widget_activate (GTK_WIDGET (django));
  g_assert_cmpstr (headline (window), ==, before);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/verdict-panel/tick-changes-verdict", test_tick_changes_verdict);

  return g_test_run ();
}
