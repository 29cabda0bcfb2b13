/* test-reasons-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tick changes the reasons and the ways the advice could change, but
 * mostly not all of them: the rows of those that stay are kept as they
 * are, not made and laid out again, and every row still says what the
 * advisor says, in its order.  Issue 13: a tick takes one frame on the
 * large comparison.
 */

#define G_LOG_DOMAIN "test-reasons-rows"

#include "config.h"

#include "tradeoff-loader.h"
#include "tradeoff-reasons-view.h"
#include "window-testing.h"

/* The view's list boxes: the reasons', then the flips'. */
static GtkListBox *
list_box (GtkWidget *view,
          guint      index)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  collect (view, GTK_TYPE_LIST_BOX, lists);
  g_assert_cmpuint (lists->len, ==, 2);
  return g_ptr_array_index (lists, index);
}

static GtkWidget *
row_saying (GtkListBox *list,
            const char *text)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) &&
        g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))), text) == 0)
      return row;

  return NULL;
}

typedef char *(*SummaryFunc) (gpointer item);

/* The rows say what the model's first @max items say, in order. */
static void
assert_rows (GtkListBox  *list,
             GListModel  *model,
             guint        max,
             SummaryFunc  summary)
{
  guint n = MIN (g_list_model_get_n_items (model), max);
  guint i = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(GObject) item = NULL;
      g_autofree char *text = NULL;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      g_assert_cmpuint (i, <, n);
      item = g_list_model_get_item (model, i++);
      text = summary (item);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))),
                       ==, text);
    }
  g_assert_cmpuint (i, ==, n);
}

static void
assert_view (GtkWidget       *view,
             TradeoffAdvisor *advisor)
{
  assert_rows (list_box (view, 0), tradeoff_advisor_get_reasons (advisor), G_MAXUINT,
               (SummaryFunc) tradeoff_reason_dup_summary);
  if (tradeoff_advisor_get_n_ticked (advisor) > 0)
    assert_rows (list_box (view, 1), tradeoff_advisor_get_flips (advisor), 8,
                 (SummaryFunc) tradeoff_flip_dup_summary);
}

/* A second tick adds its reason; the first tick's reason reads the same
 * and keeps its row, the very widget. */
static void
test_reason_row_kept (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  TradeoffCriterion *django = tradeoff_comparison_find_criterion (comparison, "team-knows-django");
  TradeoffCriterion *flask = tradeoff_comparison_find_criterion (comparison, "team-knows-flask");
  GtkWidget *view = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_REASONS_VIEW, NULL));
  g_autoptr(TradeoffReason) first = NULL;
  g_autofree char *said = NULL;
  GtkWidget *row;

  tradeoff_reasons_view_set_advisor (TRADEOFF_REASONS_VIEW (view), advisor);
  tradeoff_advisor_set_ticked (advisor, django, TRUE);
  assert_view (view, advisor);
  first = g_list_model_get_item (tradeoff_advisor_get_reasons (advisor), 0);
  said = tradeoff_reason_dup_summary (first);
  row = row_saying (list_box (view, 0), said);
  g_assert_nonnull (row);
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);

  tradeoff_advisor_set_ticked (advisor, flask, TRUE);
  assert_view (view, advisor);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_advisor_get_reasons (advisor)), ==, 2);
  /* Still there, and still the row saying it. */
  g_assert_nonnull (row);
  g_assert_true (row_saying (list_box (view, 0), said) == row);
  g_object_remove_weak_pointer (G_OBJECT (row), (gpointer *) &row);

  g_assert_finalize_object (view);
}

/* Through ticks and unticks in any order the rows say what the advisor
 * says: nothing kept that should have gone. */
static void
test_rows_follow (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  GListModel *criteria = tradeoff_comparison_get_criteria (comparison);
  guint n = g_list_model_get_n_items (criteria);
  GtkWidget *view = g_object_ref_sink (g_object_new (TRADEOFF_TYPE_REASONS_VIEW, NULL));
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);

  tradeoff_reasons_view_set_advisor (TRADEOFF_REASONS_VIEW (view), advisor);
  for (guint step = 0; step < 60; step++)
    {
      g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, g_rand_int_range (rand, 0, n));
      TradeoffTick *tick = tradeoff_advisor_get_tick (advisor, criterion);

      tradeoff_advisor_set_ticked (advisor, criterion, !tradeoff_tick_get_ticked (tick));
      assert_view (view, advisor);
    }

  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/reasons-rows/reason-row-kept", test_reason_row_kept);
  g_test_add_func ("/tradeoff/reasons-rows/rows-follow", test_rows_follow);

  return g_test_run ();
}
