/* test-min-change-best.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's smallest changes on a comparison too large to prove at
 * once (issue 15): the best changes found so far show first, labelled as
 * such, and the exact answer replaces them when the search that goes on
 * proves it.  The first search is bounded by search nodes, not time, so
 * the test takes the same path on any machine.
 */

#define G_LOG_DOMAIN "test-min-change-best"

#include "config.h"

#include <string.h>

#include "advisor-fixtures.h"
#include "tradeoff-hover-tooltip.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-text.h"
#include "tradeoff-min-change-view.h"
#include "window-testing.h"

#define N_OPTIONS 8
#define A_TICKS 2

/* 8 options and @n_criteria criteria, weights from a fixed seed; the
 * criteria where A scores well are ticked, so that A leads far ahead and
 * the others need several changes each. */
static TradeoffAdvisor *
random_advisor (guint n_criteria)
{
  g_autoptr(TradeoffComparison) comparison =
    comparison_new (IDS ("A", "B", "C", "D", "E", "F", "G", "H"));
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffAdvisor *advisor;

  g_autofree gboolean *tick = g_new0 (gboolean, n_criteria);

  for (guint c = 0; c < n_criteria; c++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", c);
      int weights[N_OPTIONS];

      for (guint o = 0; o < N_OPTIONS; o++)
        weights[o] = g_rand_int_range (rand, -3, 4);
      tick[c] = weights[0] >= A_TICKS;
      add_criterion (comparison, group, NULL, id, weights);
    }
  _tradeoff_comparison_seal (comparison);

  advisor = tradeoff_advisor_new (comparison);
  for (guint c = 0; c < n_criteria; c++)
    if (tick[c])
      tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, c), TRUE);

  return advisor;
}

/* What the rows say: each Apply button's description is its sentence. */
static GPtrArray *
row_texts (TradeoffMinChangeView *view)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint o = 0; o < N_OPTIONS; o++)
    {
      GtkWidget *button = tradeoff_min_change_view_get_apply_button (view, o);

      g_ptr_array_add (texts, button != NULL ? g_strdup (tradeoff_hover_tooltip_get_text (button)) : NULL);
    }

  return texts;
}

typedef struct
{
  guint      n_best;
  char      *best_status;
  GPtrArray *best_rows;
} Seen;

/* The view says "best so far" for a moment only, then searches on: what
 * it showed is taken down at the change, not by polling. */
static void
on_state (TradeoffMinChangeView *view,
          GParamSpec            *pspec,
          Seen                  *seen)
{
  if (tradeoff_min_change_view_get_state (view) != TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR)
    return;

  seen->n_best++;
  g_free (seen->best_status);
  seen->best_status = g_strdup (tradeoff_min_change_view_get_status (view));
  g_clear_pointer (&seen->best_rows, g_ptr_array_unref);
  seen->best_rows = row_texts (view);
}

static gboolean
proven (gpointer data)
{
  return tradeoff_min_change_view_get_state (data) == TRADEOFF_MIN_CHANGE_VIEW_PROVEN;
}

static void
test_best_then_exact (gconstpointer data)
{
  guint n_criteria = GPOINTER_TO_UINT (data);
  g_autoptr(TradeoffAdvisor) advisor = random_advisor (n_criteria);
  g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (advisor);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffMinChangeSolution) exact = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *window = gtk_window_new ();
  TradeoffMinChangeView *view = TRADEOFF_MIN_CHANGE_VIEW (tradeoff_min_change_view_new ());
  Seen seen = { 0 };
  guint n_unproven = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  /* One node a question: the greedy answers, nothing proven. */
  tradeoff_min_change_view_set_first_node_budget (view, 1);
  g_signal_connect (view, "notify::state", G_CALLBACK (on_state), &seen);
  tradeoff_min_change_view_set_advisor (view, advisor);
  g_assert_true (wait_until (proven, view));

  /* Best so far first, labelled so, in the status line and in each row
   * not proven, with a button to apply it all the same. */
  g_assert_cmpuint (seen.n_best, ==, 1);
  g_assert_nonnull (strstr (seen.best_status, "Best changes found so far"));
  for (guint o = 0; o < N_OPTIONS; o++)
    {
      const char *text = g_ptr_array_index (seen.best_rows, o);

      if (text != NULL && strstr (text, "not proven yet") != NULL)
        n_unproven++;
    }
  g_assert_cmpuint (n_unproven, >, 0);

  /* Then the exact answer, as a search with no budget gives it, in place
   * of the best so far: no label, no row unproven. */
  exact = tradeoff_min_change_solve (&input->problem, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (exact->complete);
  g_assert_cmpstr (tradeoff_min_change_view_get_status (view), ==, "");
  rows = row_texts (view);
  for (guint o = 0; o < N_OPTIONS; o++)
    {
      const TradeoffMinChangeResult *result = &exact->targets[o];
      g_autofree char *expected = NULL;

      if (result->status == TRADEOFF_MIN_CHANGE_FOUND)
        expected = tradeoff_min_change_dup_lead_text (tradeoff_advisor_get_comparison (advisor), o, result);
      g_assert_cmpstr (g_ptr_array_index (rows, o), ==, expected);
      g_assert_null (g_ptr_array_index (rows, o) != NULL
                     ? strstr (g_ptr_array_index (rows, o), "not proven") : NULL);
    }

  g_free (seen.best_status);
  g_clear_pointer (&seen.best_rows, g_ptr_array_unref);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  /* At 100 criteria, one node a question leaves an answer of two changes
   * unproven; at 2,000 a must-have alone makes each option lead, and
   * one change needs no proof. */
  g_test_add_data_func ("/tradeoff/min-change-best/100-criteria", GUINT_TO_POINTER (100), test_best_then_exact);

  return g_test_run ();
}
