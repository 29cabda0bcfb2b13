/* test-hover-tooltip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content's tooltips wait for the pointer to move
 * (tradeoff-hover-tooltip.c): a window that appears under a resting
 * pointer opens none, however long it rests; once the person moves it,
 * they open as GTK's do, with the text a screen reader is given as the
 * description.
 */

#define G_LOG_DOMAIN "test-hover-tooltip"

#include "config.h"

#include "tradeoff-hover-tooltip.h"
#include "window-testing.h"

/* What GTK asks @widget when its tooltip delay ends: whether to open.
 * (GtkTooltip keeps the text it is given to itself.) */
static gboolean
query (GtkWidget *widget)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean open = FALSE;

  g_signal_emit_by_name (widget, "query-tooltip", 4, 4, FALSE, tooltip, &open);
  return open;
}

static guint
count_query_handlers (GtkWidget *widget)
{
  guint signal = g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET);
  guint n = 0;
  gulong handler;

  while ((handler = g_signal_handler_find (widget, G_SIGNAL_MATCH_ID, signal, 0, NULL, NULL, NULL)) != 0)
    {
      g_signal_handler_disconnect (widget, handler);
      n++;
    }
  return n;
}

static void
test_waits_for_motion (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_button_new_with_label ("Apply");

  g_object_ref_sink (window);
  gtk_window_set_child (GTK_WINDOW (window), button);
  tradeoff_hover_tooltip_set_text (button, "Make Flask lead");

  /* Not watched: GTK's behaviour. */
  g_assert_true (tradeoff_hover_tooltip_can_open (button));
  g_assert_true (gtk_widget_get_has_tooltip (button));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Make Flask lead");

  tradeoff_hover_tooltip_watch (GTK_WINDOW (window));
  g_assert_false (tradeoff_hover_tooltip_can_open (button));
  g_assert_false (query (button));

  /* The window appears under the pointer: entered, not moved. */
  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 640, 400, 1000);
  g_assert_false (query (button));
  /* The same place again, as a second enter or a motion at the spot. */
  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 640, 400, 1500);
  g_assert_false (query (button));
  /* GTK's made-up motion after a layout under the pointer (no time),
   * wherever the widgets are now. */
  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 700, 420, GDK_CURRENT_TIME);
  g_assert_false (tradeoff_hover_tooltip_can_open (button));
  g_assert_false (query (button));

  /* The person moves it: from now on, as GTK's. */
  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 641, 400, 2000);
  g_assert_true (tradeoff_hover_tooltip_can_open (button));
  g_assert_true (query (button));
  g_assert_cmpstr (tradeoff_hover_tooltip_get_text (button), ==, "Make Flask lead");
  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 641, 400, 2500);
  g_assert_true (query (button));

  /* No text, no tooltip and no description; a text again, both. */
  tradeoff_hover_tooltip_set_text (button, "");
  g_assert_false (gtk_widget_get_has_tooltip (button));
  g_assert_false (query (button));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  tradeoff_hover_tooltip_set_text (button, "Make Django lead");
  g_assert_true (query (button));
  g_assert_cmpstr (tradeoff_hover_tooltip_get_text (button), ==, "Make Django lead");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Make Django lead");
  /* One handler, however often the text changes. */
  g_assert_cmpuint (count_query_handlers (button), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Tradeoff's window watches its pointer: its criteria's rationales stay
 * closed when it opens under the pointer, and open once it moves. */
static void
test_window_watches (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(TradeoffSettings) settings = memory_settings (backend);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *button = criterion_button (window, "team-knows-django");

  g_assert_nonnull (button);
  g_assert_nonnull (tradeoff_hover_tooltip_get_text (GTK_WIDGET (button)));
  g_assert_false (tradeoff_hover_tooltip_can_open (GTK_WIDGET (button)));
  g_assert_false (query (GTK_WIDGET (button)));

  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 10, 10, 1000);
  _tradeoff_hover_tooltip_pointer_at (GTK_WINDOW (window), 20, 10, 1100);
  g_assert_true (query (GTK_WIDGET (button)));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hover-tooltip/waits-for-motion", test_waits_for_motion);
  g_test_add_func ("/hover-tooltip/window-watches", test_window_watches);

  return g_test_run ();
}
