/* test-preload.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison read on a thread while GTK starts is the same comparison,
 * or the same error, as one read on the spot.
 */

#include "config.h"

#include "tradeoff-loader.h"
#include "tradeoff-preload.h"

static void
test_same_comparison (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "three-databases.xml", NULL));
  g_autoptr(GFile) other = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal.xml", NULL));
  g_autoptr(TradeoffPreload) preload = tradeoff_preload_start (file);
  g_autoptr(TradeoffComparison) here = NULL;
  g_autoptr(TradeoffComparison) preloaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tradeoff_preload_is_for (preload, file));
  g_assert_false (tradeoff_preload_is_for (preload, other));

  here = tradeoff_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  preloaded = tradeoff_preload_finish (preload, &error);
  g_assert_no_error (error);
  g_assert_nonnull (preloaded);
  g_assert_cmpstr (tradeoff_comparison_get_title (preloaded), ==, tradeoff_comparison_get_title (here));
  g_assert_cmpuint (tradeoff_comparison_get_n_options (preloaded), ==, 3);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (preloaded), ==, tradeoff_comparison_get_n_criteria (here));

  /* Taken, it is for no file any more. */
  g_assert_false (tradeoff_preload_is_for (preload, file));
  g_assert_finalize_object (g_steal_pointer (&preloaded));
}

static void
test_same_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "hostile", "truncated.xml", NULL));
  g_autoptr(TradeoffPreload) preload = tradeoff_preload_start (file);
  g_autoptr(GError) here = NULL;
  g_autoptr(GError) preloaded = NULL;

  g_assert_null (tradeoff_loader_load_file (file, NULL, &here));
  g_assert_null (tradeoff_preload_finish (preload, &preloaded));
  g_assert_nonnull (preloaded);
  g_assert_cmpstr (preloaded->message, ==, here->message);
}

/* Nobody takes it: freeing waits for the thread and keeps nothing. */
static void
test_never_taken (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal.xml", NULL));

  tradeoff_preload_free (tradeoff_preload_start (file));
  tradeoff_preload_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/preload/same-comparison", test_same_comparison);
  g_test_add_func ("/tradeoff/preload/same-error", test_same_error);
  g_test_add_func ("/tradeoff/preload/never-taken", test_never_taken);

  return g_test_run ();
}
