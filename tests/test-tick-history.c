/* test-tick-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo of the ticks, without a display.
 */

#define G_LOG_DOMAIN "test-tick-history"

#include "config.h"

#include "tradeoff-criterion.h"
#include "tradeoff-loader.h"
#include "tradeoff-tick-history.h"

static void
set (TradeoffAdvisor *advisor,
     const char      *id,
     gboolean         ticked)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);

  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_find_criterion (comparison, id), ticked);
}

static void
assert_ticks (TradeoffAdvisor    *advisor,
              const char * const *expected)
{
  g_auto(GStrv) ids = tradeoff_advisor_dup_ticked_ids (advisor);

  g_assert_cmpstrv (ids, expected);
}

static void
test_undo_redo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (&error);
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffTickHistory) history = NULL;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  /* What was ticked before the history starts is not a step. */
  set (advisor, "greenfield", TRUE);
  history = tradeoff_tick_history_new (advisor);
  g_assert_false (tradeoff_tick_history_can_undo (history));
  g_assert_false (tradeoff_tick_history_undo (history));

  set (advisor, "team-knows-django", TRUE);
  set (advisor, "long-term-stability", TRUE);
  /* One step, though it unticks the other choice too. */
  set (advisor, "innovation", TRUE);
  assert_ticks (advisor, (const char *[]) { "team-knows-django", "greenfield", "innovation", NULL });

  g_assert_true (tradeoff_tick_history_undo (history));
  assert_ticks (advisor, (const char *[]) { "team-knows-django", "greenfield", "long-term-stability", NULL });
  g_assert_true (tradeoff_tick_history_can_redo (history));

  /* A reset is one step too. */
  tradeoff_advisor_reset (advisor);
  g_assert_false (tradeoff_tick_history_can_redo (history));
  assert_ticks (advisor, (const char *[]) { NULL });
  g_assert_true (tradeoff_tick_history_undo (history));
  assert_ticks (advisor, (const char *[]) { "team-knows-django", "greenfield", "long-term-stability", NULL });

  g_assert_true (tradeoff_tick_history_undo (history));
  g_assert_true (tradeoff_tick_history_undo (history));
  assert_ticks (advisor, (const char *[]) { "greenfield", NULL });
  g_assert_false (tradeoff_tick_history_can_undo (history));

  g_assert_true (tradeoff_tick_history_redo (history));
  g_assert_true (tradeoff_tick_history_redo (history));
  assert_ticks (advisor, (const char *[]) { "team-knows-django", "greenfield", "long-term-stability", NULL });
  g_assert_true (tradeoff_tick_history_redo (history));
  assert_ticks (advisor, (const char *[]) { NULL });
  g_assert_false (tradeoff_tick_history_redo (history));
}

/* can-undo and can-redo notify when they change, and only then. */
static void
count (guint *counter)
{
  (*counter)++;
}

static void
test_notifies (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (&error);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffTickHistory) history = tradeoff_tick_history_new (advisor);
  guint undo = 0, redo = 0;

  g_signal_connect_swapped (history, "notify::can-undo", G_CALLBACK (count), &undo);
  g_signal_connect_swapped (history, "notify::can-redo", G_CALLBACK (count), &redo);
  set (advisor, "greenfield", TRUE);
  set (advisor, "team-knows-django", TRUE);
  g_assert_cmpuint (undo, ==, 1);
  g_assert_cmpuint (redo, ==, 0);
  tradeoff_tick_history_undo (history);
  g_assert_cmpuint (undo, ==, 1);
  g_assert_cmpuint (redo, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/tick-history/undo-redo", test_undo_redo);
  g_test_add_func ("/tradeoff/tick-history/notifies", test_notifies);

  return g_test_run ();
}
