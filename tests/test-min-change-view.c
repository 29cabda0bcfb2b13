/* test-min-change-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's "what would change this", exactly (issue 15): the firmness
 * line and each other option's smallest change, shown once a worker thread
 * has them; applied with one key, then undone.  On a large comparison the
 * best change found so far is shown, labelled, and the window keeps
 * turning.  Waiting is counted in main-loop turns, never timed.
 */

#define G_LOG_DOMAIN "test-min-change-view"

#include "config.h"

#include <string.h>

#include "advisor-fixtures.h"
#include "tradeoff-loader.h"
#include "tradeoff-min-change-view.h"
#include "window-testing.h"

static gboolean
settled (gpointer data)
{
  TradeoffMinChangeViewState state = tradeoff_min_change_view_get_state (data);

  return state == TRADEOFF_MIN_CHANGE_VIEW_PROVEN || state == TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR;
}

static gboolean
proven (gpointer data)
{
  return tradeoff_min_change_view_get_state (data) == TRADEOFF_MIN_CHANGE_VIEW_PROVEN;
}

static gboolean
flask_leads (gpointer data)
{
  TradeoffOption *leader = tradeoff_advisor_get_leader (data);

  return leader != NULL && g_strcmp0 (tradeoff_option_get_name (leader), "Flask") == 0;
}

/* The shipped comparison: Django leads; Flask's button makes Flask lead,
 * pressed from the keyboard; the firmness line says how firm it was. */
static void
test_apply_by_key (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  TradeoffMinChangeView *view =
    TRADEOFF_MIN_CHANGE_VIEW (find_one (GTK_WIDGET (window), TRADEOFF_TYPE_MIN_CHANGE_VIEW));
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;

  g_assert_nonnull (view);
  tradeoff_advisor_select_ids (advisor, IDS ("team-knows-django", "greenfield"), &error);
  g_assert_no_error (error);
  /* A tick makes what was shown stale at once. */
  g_assert_cmpint (tradeoff_min_change_view_get_state (view), ==, TRADEOFF_MIN_CHANGE_VIEW_SOLVING);
  g_assert_true (wait_until (proven, view));
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_advisor_get_leader (advisor)), ==, "Django");
  g_assert_cmpstr (tradeoff_min_change_view_get_status (view), ==, "");
  g_assert_true (strstr (tradeoff_min_change_view_get_firmness (view), "verdict") != NULL ||
                 strstr (tradeoff_min_change_view_get_firmness (view), "decides it") != NULL);

  /* Django leads: no button for it; Flask's is there, named for a screen
   * reader and reachable by Tab. */
  g_assert_null (tradeoff_min_change_view_get_apply_button (view, 0));
  button = tradeoff_min_change_view_get_apply_button (view, 1);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Make Flask lead");

  before = tradeoff_advisor_dup_level_ids (advisor);
  /* Enter on the focused button, as GTK's key binding does it. */
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
  gtk_widget_activate (gtk_root_get_focus (GTK_ROOT (window)));
  /* A button shows itself pressed for a moment before it clicks. */
  g_assert_true (wait_until (flask_leads, advisor));

  /* Now Flask leads and Django has the button. */
  g_assert_true (wait_until (proven, view));
  g_assert_null (tradeoff_min_change_view_get_apply_button (view, 1));
  g_assert_nonnull (tradeoff_min_change_view_get_apply_button (view, 0));

  /* Ctrl+Z (the window's binding runs win.undo) takes the whole change
   * back in one step, levels included. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_advisor_get_leader (advisor)), ==, "Django");
  after = tradeoff_advisor_dup_level_ids (advisor);
  g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
  g_assert_true (wait_until (proven, view));
  g_assert_nonnull (tradeoff_min_change_view_get_apply_button (view, 1));

  close_window (window);
}

/* 8 options and 2,000 criteria, weights from a fixed seed. */
static TradeoffAdvisor *
large_advisor (void)
{
  g_autoptr(TradeoffComparison) comparison =
    comparison_new (IDS ("A", "B", "C", "D", "E", "F", "G", "H"));
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffAdvisor *advisor;

  for (guint c = 0; c < 2000; c++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", c);
      int weights[8];

      for (guint o = 0; o < 8; o++)
        weights[o] = g_rand_int_range (rand, -3, 4);
      add_criterion (comparison, group, NULL, id, weights);
    }
  _tradeoff_comparison_seal (comparison);

  advisor = tradeoff_advisor_new (comparison);
  for (guint c = 0; c < 2000; c += 7)
    tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, c), TRUE);

  return advisor;
}

typedef struct
{
  TradeoffMinChangeView *view;
  guint                  turns;
  guint                  best_so_far_turns;
} Watch;

static gboolean
count_turn (gpointer data)
{
  Watch *watch = data;

  watch->turns++;
  if (tradeoff_min_change_view_get_state (watch->view) == TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR)
    watch->best_so_far_turns++;

  return G_SOURCE_CONTINUE;
}

/* With a first budget too short to prove anything, the best change found
 * so far is shown, labelled, with buttons; the main loop keeps turning
 * while the proof goes on; a newer tick makes it all stale at once. */
static void
test_large_best_so_far (void)
{
  g_autoptr(TradeoffAdvisor) advisor = large_advisor ();
  GtkWidget *window = gtk_window_new ();
  TradeoffMinChangeView *view = TRADEOFF_MIN_CHANGE_VIEW (tradeoff_min_change_view_new ());
  Watch watch = { view, 0, 0 };
  guint idle;
  guint with_button = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  tradeoff_min_change_view_set_first_budget (view, 1000);
  tradeoff_min_change_view_set_advisor (view, advisor);
  g_assert_cmpint (tradeoff_min_change_view_get_state (view), ==, TRADEOFF_MIN_CHANGE_VIEW_SOLVING);
  g_assert_cmpstr (tradeoff_min_change_view_get_status (view), !=, "");

  /* Not an idle: one always ready would use up the counted turns at once. */
  idle = g_timeout_add (5, count_turn, &watch);
  g_assert_true (wait_until (settled, view));
  if (tradeoff_min_change_view_get_state (view) == TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR)
    {
      g_assert_nonnull (strstr (tradeoff_min_change_view_get_status (view), "so far"));
      /* The loop goes on turning while the proof runs on its thread. */
      while (watch.best_so_far_turns < 50 &&
             tradeoff_min_change_view_get_state (view) == TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR)
        g_main_context_iteration (NULL, TRUE);
    }
  else
    g_test_message ("Proven within the first budget: nothing to show as best so far");
  g_assert_cmpstr (tradeoff_min_change_view_get_firmness (view), !=, "");
  for (guint o = 0; o < 8; o++)
    if (tradeoff_min_change_view_get_apply_button (view, o) != NULL)
      with_button++;
  g_assert_cmpuint (with_button, >, 0);

  /* A newer tick: stale at once, buttons insensitive, a new search. */
  {
    GtkWidget *button = NULL;

    for (guint o = 0; o < 8 && button == NULL; o++)
      button = tradeoff_min_change_view_get_apply_button (view, o);
    tradeoff_advisor_toggle (advisor, tradeoff_comparison_get_criterion (
                                        tradeoff_advisor_get_comparison (advisor), 1));
    g_assert_cmpint (tradeoff_min_change_view_get_state (view), ==, TRADEOFF_MIN_CHANGE_VIEW_SOLVING);
    g_assert_false (gtk_widget_is_sensitive (button));
  }
  g_assert_true (wait_until (settled, view));
  g_assert_cmpuint (watch.turns, >, 0);

  g_source_remove (idle);
  /* Closing while the proof runs cancels it and leaks nothing. */
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The view follows the advisor it is given, and only that one: after two
 * swaps, a tick on the first starts no new search, and nothing listens to
 * it any more. */
static void
test_swapped_advisor_left_alone (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffAdvisor) first = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffAdvisor) second = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffAdvisor) third = tradeoff_advisor_new (comparison);
  TradeoffCriterion *django = tradeoff_comparison_find_criterion (comparison, "team-knows-django");
  GtkWidget *window = gtk_window_new ();
  TradeoffMinChangeView *view = TRADEOFF_MIN_CHANGE_VIEW (tradeoff_min_change_view_new ());

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  tradeoff_min_change_view_set_advisor (view, first);
  g_assert_true (has_handler (first, "levels-changed"));
  g_assert_true (wait_until (proven, view));

  tradeoff_min_change_view_set_advisor (view, second);
  tradeoff_min_change_view_set_advisor (view, third);
  g_assert_true (wait_until (proven, view));
  g_assert_false (has_handler (first, "levels-changed"));
  g_assert_false (has_handler (second, "levels-changed"));

  tradeoff_advisor_set_ticked (first, django, TRUE);
  g_assert_cmpint (tradeoff_min_change_view_get_state (view), ==, TRADEOFF_MIN_CHANGE_VIEW_PROVEN);

  /* The advisor followed now is heard: its tick makes what shows stale. */
  tradeoff_advisor_set_ticked (third, django, TRUE);
  g_assert_cmpint (tradeoff_min_change_view_get_state (view), ==, TRADEOFF_MIN_CHANGE_VIEW_SOLVING);
  g_assert_true (wait_until (proven, view));

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

  g_test_add_func ("/tradeoff/min-change-view/apply-by-key", test_apply_by_key);
  g_test_add_func ("/tradeoff/min-change-view/large-best-so-far", test_large_best_so_far);
  g_test_add_func ("/tradeoff/min-change-view/swapped-advisor-left-alone", test_swapped_advisor_left_alone);

  return g_test_run ();
}
