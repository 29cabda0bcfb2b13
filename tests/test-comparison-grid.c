/* test-comparison-grid.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison grid alone, with no window: a column per option under the
 * comparison's own headings, rebuilt when another comparison comes, and a
 * ruled-out option's heading that says so.
 */

#define G_LOG_DOMAIN "test-comparison-grid"

#include "config.h"

#include "tradeoff-comparison-grid.h"
#include "tradeoff-loader.h"
#include "window-testing.h"

/* The grid's column headings, in order, joined by "|". */
static char *
headings (GtkWidget *grid)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (find_one (grid, GTK_TYPE_COLUMN_VIEW)));
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_string_append_printf (joined, "%s%s", i > 0 ? "|" : "", column_heading (column));
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static TradeoffComparison *
load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return comparison;
}

/* Another comparison replaces the columns: never the old ones beside the
 * new, nor the old ones left when there is none. */
static void
test_columns_follow_comparison (void)
{
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffComparison) three = load_data ("three-databases.xml");
  GtkWidget *grid = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_COMPARISON_GRID, NULL));
  g_autofree char *before = NULL;
  g_autofree char *shipped_headings = NULL;
  g_autofree char *three_headings = NULL;

  before = headings (grid);
  g_assert_cmpstr (before, ==, "");

  tradeoff_comparison_grid_set_comparison (TRADEOFF_COMPARISON_GRID (grid), shipped);
  shipped_headings = headings (grid);
  g_assert_cmpstr (shipped_headings, ==, "Aspect|Django|Flask");

  tradeoff_comparison_grid_set_comparison (TRADEOFF_COMPARISON_GRID (grid), three);
  three_headings = headings (grid);
  g_assert_true (g_str_has_suffix (three_headings, "|PostgreSQL|MySQL|SQLite"));
  g_assert_null (strstr (three_headings, "Django"));

  tradeoff_comparison_grid_set_comparison (TRADEOFF_COMPARISON_GRID (grid), NULL);
  g_clear_pointer (&before, g_free);
  before = headings (grid);
  g_assert_cmpstr (before, ==, "");

  g_assert_finalize_object (grid);
}

/* A must-have that rules an option out names itself in that option's
 * heading, and only there; taking it back restores the name. */
static void
test_ruled_out_heading (void)
{
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  TradeoffCriterion *must = tradeoff_comparison_find_criterion (shipped, "team-knows-django");
  GtkWidget *grid = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_COMPARISON_GRID, NULL));
  g_autofree char *expected = NULL;
  g_autofree char *ruled_out = NULL;
  g_autofree char *back = NULL;

  tradeoff_comparison_grid_set_comparison (TRADEOFF_COMPARISON_GRID (grid), shipped);
  tradeoff_comparison_grid_set_ruled_out (TRADEOFF_COMPARISON_GRID (grid), 1, must);
  expected = g_strdup ("Aspect|Django|Flask\nruled out");
  ruled_out = headings (grid);
  g_assert_cmpstr (ruled_out, ==, expected);

  tradeoff_comparison_grid_set_ruled_out (TRADEOFF_COMPARISON_GRID (grid), 1, NULL);
  back = headings (grid);
  g_assert_cmpstr (back, ==, "Aspect|Django|Flask");

  g_assert_finalize_object (grid);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/comparison-grid/columns-follow-comparison", test_columns_follow_comparison);
  g_test_add_func ("/tradeoff/comparison-grid/ruled-out-heading", test_ruled_out_heading);

  return g_test_run ();
}
