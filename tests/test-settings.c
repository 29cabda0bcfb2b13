/* test-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's size and state, as Tradeoff remembers them: kept in
 * GSettings where there are any, within sizes a screen can show, and
 * notified only when they change.  (Damaged settings files are
 * test-state.c's; the remembered ticks test-state.c's and test-window.c's.)
 */

#define G_LOG_DOMAIN "test-settings"

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "testing.h"
#include "tradeoff-settings.h"

/* What one run leaves is what the next one opens with. */
static void
test_size_kept (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) gsettings = g_settings_new_with_backend (APP_ID, backend);
  g_autofree char *state_dir = g_dir_make_tmp ("tradeoff-settings-XXXXXX", NULL);
  g_autoptr(TradeoffSettings) first = tradeoff_settings_new_full (gsettings, state_dir);
  g_autoptr(TradeoffSettings) second = NULL;

  g_assert_true (tradeoff_settings_get_persistent (first));
  g_assert_cmpint (tradeoff_settings_get_window_width (first), ==, 1280);
  g_assert_cmpint (tradeoff_settings_get_window_height (first), ==, 800);
  g_assert_false (tradeoff_settings_get_window_maximized (first));

  tradeoff_settings_set_window_width (first, 1000);
  tradeoff_settings_set_window_height (first, 700);
  tradeoff_settings_set_window_maximized (first, TRUE);
  g_assert_cmpint (g_settings_get_int (gsettings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (gsettings, "window-height"), ==, 700);
  g_assert_true (g_settings_get_boolean (gsettings, "window-maximized"));
  g_clear_object (&first);

  second = tradeoff_settings_new_full (gsettings, state_dir);
  g_assert_cmpint (tradeoff_settings_get_window_width (second), ==, 1000);
  g_assert_cmpint (tradeoff_settings_get_window_height (second), ==, 700);
  g_assert_true (tradeoff_settings_get_window_maximized (second));
  g_assert_cmpstr (tradeoff_tick_store_get_directory (tradeoff_settings_get_tick_store (second)), ==,
                   state_dir);

  g_clear_object (&second);
  g_rmdir (state_dir);
}

/* With no schema to keep them in, the sizes still work for this run. */
static void
test_not_kept_without_settings (void)
{
  g_autoptr(TradeoffSettings) settings = tradeoff_settings_new_for_gsettings (NULL);

  g_assert_false (tradeoff_settings_get_persistent (settings));
  g_assert_nonnull (tradeoff_settings_get_tick_store (settings));
  tradeoff_settings_set_window_width (settings, 900);
  g_assert_cmpint (tradeoff_settings_get_window_width (settings), ==, 900);
}

/* A size no window could have, from a damaged or hand-edited setting, is
 * brought within what a screen shows; each property notifies only when
 * its value changes. */
static void
test_sizes_clamped_and_notified_once (void)
{
  g_autoptr(TradeoffSettings) settings = tradeoff_settings_new_for_gsettings (NULL);

  expect_notify (settings, "window-width");
  tradeoff_settings_set_window_width (settings, 10);
  assert_expected_notifies (settings);
  g_assert_cmpint (tradeoff_settings_get_window_width (settings), ==, TRADEOFF_SETTINGS_MIN_WINDOW_SIZE);

  /* The same size again, or one clamped to it, is no change. */
  tradeoff_settings_set_window_width (settings, TRADEOFF_SETTINGS_MIN_WINDOW_SIZE);
  tradeoff_settings_set_window_width (settings, 1);
  assert_expected_notifies (settings);

  expect_notify (settings, "window-height");
  tradeoff_settings_set_window_height (settings, G_MAXINT);
  assert_expected_notifies (settings);
  g_assert_cmpint (tradeoff_settings_get_window_height (settings), ==, TRADEOFF_SETTINGS_MAX_WINDOW_SIZE);

  expect_notify (settings, "window-maximized");
  tradeoff_settings_set_window_maximized (settings, 2);
  tradeoff_settings_set_window_maximized (settings, TRUE);
  assert_expected_notifies (settings);
  g_assert_true (tradeoff_settings_get_window_maximized (settings));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/settings/size-kept", test_size_kept);
  g_test_add_func ("/tradeoff/settings/not-kept-without-settings", test_not_kept_without_settings);
  g_test_add_func ("/tradeoff/settings/sizes-clamped-and-notified-once", test_sizes_clamped_and_notified_once);

  return g_test_run ();
}
