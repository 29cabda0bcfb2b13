/* test-preload.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison read on a thread while GTK starts is the same comparison,
 * or the same error, as one read on the spot.
 */

#include "config.h"

#include "tradeoff-loader.h"
#include "tradeoff-loader-private.h"
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
  /* The thread lets its reference go as it ends. */
  g_clear_pointer (&preload, tradeoff_preload_free);
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

/* The thread stops after handing the comparison over, until told to go
 * on and free what it read the comparison from. */
static GMutex gate_lock;
static GCond gate_cond;
static gboolean gate_reached;
static gboolean gate_open;

static void
wait_at_gate (void)
{
  gint64 until = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  g_mutex_lock (&gate_lock);
  gate_reached = TRUE;
  g_cond_broadcast (&gate_cond);
  while (!gate_open && g_cond_wait_until (&gate_cond, &gate_lock, until))
    ;
  g_mutex_unlock (&gate_lock);
}

/* The window takes the comparison as soon as it is built: the thread
 * frees the file's tree (a twentieth of the large comparison's load)
 * while the window shows it. */
static void
test_taken_before_tidying (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "three-databases.xml", NULL));
  TradeoffPreload *preload = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  gint64 until = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  gboolean reached;

  _tradeoff_preload_set_after_hand_over (wait_at_gate);
  preload = tradeoff_preload_start (file);
  comparison = tradeoff_preload_finish (preload, &error);

  /* The thread gets to the gate after handing over; finish() did not
   * wait for it to go further. */
  g_mutex_lock (&gate_lock);
  while (!gate_reached && g_cond_wait_until (&gate_cond, &gate_lock, until))
    ;
  reached = gate_reached;
  gate_open = TRUE;
  g_cond_broadcast (&gate_cond);
  g_mutex_unlock (&gate_lock);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 3);
  g_assert_true (reached);

  tradeoff_preload_free (preload);
  _tradeoff_preload_set_after_hand_over (NULL);
  g_assert_finalize_object (g_steal_pointer (&comparison));
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
  g_test_add_func ("/tradeoff/preload/taken-before-tidying", test_taken_before_tidying);

  return g_test_run ();
}
