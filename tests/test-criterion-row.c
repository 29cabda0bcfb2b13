/* test-criterion-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A criterion row alone, with no window: what it shows and what a screen
 * reader is told, as the list recycles it from line to line.
 */

#define G_LOG_DOMAIN "test-criterion-row"

#include "config.h"

#include "tradeoff-criteria-line.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-hover-tooltip.h"
#include "tradeoff-loader.h"
#include "window-testing.h"

/* A row shows one line, then another: the second never keeps the first's
 * tooltip or the description a screen reader reads. */
static void
test_recycled_row_description (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (&error);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GListModel) lines = tradeoff_criteria_lines_new (advisor);
  g_autoptr(TradeoffCriteriaLine) criterion = g_list_model_get_item (lines, 1);
  g_autoptr(TradeoffCriteriaLine) none = NULL;
  GtkWidget *row = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_CRITERION_ROW, NULL));
  GtkCheckButton *button;
  g_autofree char *description = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (lines) && none == NULL; i++)
    {
      g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (lines, i);

      if (tradeoff_criteria_line_get_kind (line) == TRADEOFF_CRITERIA_LINE_NO_PREFERENCE)
        none = g_steal_pointer (&line);
    }
  g_assert_nonnull (none);

  tradeoff_criterion_row_set_line (TRADEOFF_CRITERION_ROW (row), criterion);
  button = tradeoff_criterion_row_get_button (TRADEOFF_CRITERION_ROW (row));
  /* What a tick does first, then why. */
  description = g_strdup_printf ("+3\u00a0Django. %s", tradeoff_criteria_line_get_description (criterion));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_cmpstr (tradeoff_hover_tooltip_get_text (GTK_WIDGET (button)), ==,
                   tradeoff_criteria_line_get_description (criterion));

  tradeoff_criterion_row_set_line (TRADEOFF_CRITERION_ROW (row), none);
  /* The same button: "No preference" is in an exclusive group. */
  button = tradeoff_criterion_row_get_button (TRADEOFF_CRITERION_ROW (row));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "No preference");
  g_assert_null (tradeoff_hover_tooltip_get_text (GTK_WIDGET (button)));

  g_assert_finalize_object (row);
}

/* The line of @lines whose criterion is @id. */
static TradeoffCriteriaLine *
line_of (GListModel *lines,
         const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (lines, i);
      TradeoffCriterion *criterion = tradeoff_criteria_line_get_criterion (line);

      if (criterion != NULL && g_strcmp0 (tradeoff_criterion_get_id (criterion), id) == 0)
        return g_steal_pointer (&line);
    }

  g_assert_not_reached ();
}

/* A recycled row follows the line it shows now, and only that one: after
 * two swaps, ticking the first line or changing its level changes nothing
 * the row shows, and nothing listens to it or its tick any more. */
static void
test_swapped_line_left_alone (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GListModel) lines = tradeoff_criteria_lines_new (advisor);
  g_autoptr(TradeoffCriteriaLine) first = line_of (lines, "team-knows-django");
  g_autoptr(TradeoffCriteriaLine) second = line_of (lines, "team-knows-flask");
  g_autoptr(TradeoffCriteriaLine) third = line_of (lines, "talent-pool");
  TradeoffTick *first_tick = tradeoff_criteria_line_get_tick (first);
  TradeoffCriterionRow *row = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_CRITERION_ROW, NULL));
  GtkCheckButton *button;
  GtkMenuButton *level = GTK_MENU_BUTTON (tradeoff_criterion_row_get_level (row));
  g_autofree char *level_shown = NULL;

  g_assert_false (tradeoff_criteria_line_get_exclusive (third));
  tradeoff_criterion_row_set_line (row, first);
  g_assert_true (has_handler (first_tick, "notify::level"));
  tradeoff_criterion_row_set_line (row, second);
  tradeoff_criterion_row_set_line (row, third);
  button = tradeoff_criterion_row_get_button (row);
  level_shown = g_strdup (gtk_menu_button_get_label (level));
  g_assert_false (has_handler (first, "notify::active"));
  g_assert_false (has_handler (first_tick, "notify::level"));
  g_assert_false (has_handler (tradeoff_criteria_line_get_tick (second), "notify::level"));

  tradeoff_criteria_line_set_active (first, TRUE);
  tradeoff_tick_set_level (first_tick, TRADEOFF_LEVEL_MUST);
  g_assert_true (tradeoff_criteria_line_get_active (first));
  g_assert_false (gtk_check_button_get_active (button));
  g_assert_cmpstr (gtk_menu_button_get_label (level), ==, level_shown);

  /* The line shown now is followed, both ways. */
  tradeoff_criteria_line_set_active (third, TRUE);
  g_assert_true (gtk_check_button_get_active (button));
  tradeoff_tick_set_level (tradeoff_criteria_line_get_tick (third), TRADEOFF_LEVEL_MUST);
  g_assert_cmpstr (gtk_menu_button_get_label (level), !=, level_shown);
  gtk_check_button_set_active (button, FALSE);
  g_assert_false (tradeoff_criteria_line_get_active (third));
  g_assert_true (tradeoff_criteria_line_get_active (first));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/criterion-row/recycled-row-description", test_recycled_row_description);
  g_test_add_func ("/tradeoff/criterion-row/swapped-line-left-alone", test_swapped_line_left_alone);

  return g_test_run ();
}
