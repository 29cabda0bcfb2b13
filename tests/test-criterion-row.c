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
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==,
                   tradeoff_criteria_line_get_description (criterion));

  tradeoff_criterion_row_set_line (TRADEOFF_CRITERION_ROW (row), none);
  /* The same button: "No preference" is in an exclusive group. */
  button = tradeoff_criterion_row_get_button (TRADEOFF_CRITERION_ROW (row));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "No preference");
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (button)));

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/criterion-row/recycled-row-description", test_recycled_row_description);

  return g_test_run ();
}
