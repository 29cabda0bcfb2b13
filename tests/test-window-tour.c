/* test-window-tour.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tour a person makes of the window: Tab through it and back, tick by
 * mouse and by keyboard and see nothing move, undo and redo, and what a
 * screen reader is given to say.
 */

#define G_LOG_DOMAIN "test-window-tour"

#include "config.h"

#include "tradeoff-comparison-grid.h"
#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window.h"
#include "window-testing.h"

typedef enum
{
  REGION_NONE,
  REGION_HEADER,
  REGION_GRID,
  REGION_SEARCH,
  REGION_FAQ,
  REGION_CRITERIA,
  REGION_ADVICE,
} Region;

static const char *region_names[] = { "none", "header", "grid", "search", "faq", "criteria", "advice" };

static Region
region_of (TradeoffWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *verdict = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_VERDICT_PANEL);

  if (focus == NULL)
    return REGION_NONE;
  if (gtk_widget_get_ancestor (focus, GTK_TYPE_HEADER_BAR) != NULL)
    return REGION_HEADER;
  if (gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_COMPARISON_GRID) != NULL)
    return REGION_GRID;
  if (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL)
    return REGION_SEARCH;
  if (gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_FAQ_VIEW) != NULL)
    return REGION_FAQ;
  if (gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_CRITERIA_FORM) != NULL)
    return REGION_CRITERIA;
  if (gtk_widget_is_ancestor (focus, gtk_widget_get_parent (verdict)))
    return REGION_ADVICE;

  return REGION_NONE;
}

/* Presses Tab @n times and returns the regions the focus went through,
 * each run of one region counted once. */
static GArray *
walk (TradeoffWindow *window,
      gboolean        backward,
      guint           n)
{
  GArray *regions = g_array_new (FALSE, FALSE, sizeof (Region));

  for (guint i = 0; i < n; i++)
    {
      Region region;

      press_tab (GTK_WIDGET (window), backward);
      region = region_of (window);
      g_test_message ("%s %u: %s", backward ? "Shift+Tab" : "Tab", i, region_names[region]);
      if (regions->len == 0 || g_array_index (regions, Region, regions->len - 1) != region)
        g_array_append_val (regions, region);
    }

  return regions;
}

/* Each region once per round, in reading order (backwards for
 * Shift+Tab), round after round: no trap, nothing skipped. */
static void
assert_rounds (GArray   *regions,
               gboolean  backward)
{
  static const Region order[] = { REGION_HEADER, REGION_GRID, REGION_SEARCH, REGION_FAQ,
                                  REGION_CRITERIA, REGION_ADVICE };
  guint n = G_N_ELEMENTS (order);
  guint start = n;

  g_assert_cmpuint (regions->len, >=, 2 * n);
  for (guint k = 0; k < n; k++)
    if (order[k] == g_array_index (regions, Region, 0))
      start = k;
  g_assert_cmpuint (start, <, n);

  for (guint i = 0; i < regions->len; i++)
    {
      guint k = backward ? (start + n * regions->len - i) % n : (start + i) % n;

      g_assert_cmpstr (region_names[g_array_index (regions, Region, i)], ==, region_names[order[k]]);
    }
}

static void
test_tab_walk (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GArray) forward = NULL;
  g_autoptr(GArray) backward = NULL;

  gtk_root_set_focus (GTK_ROOT (window), NULL);
  settle ();
  /* The header bar has two buttons, the rest one stop each (and the
   * advice one, with nothing ticked): three rounds. */
  forward = walk (window, FALSE, 21);
  assert_rounds (forward, FALSE);
  backward = walk (window, TRUE, 21);
  assert_rounds (backward, TRUE);

  close_window (window);
}

static gboolean
no_pending_layout (gpointer data)
{
  return !gtk_widget_get_mapped (data) || !gtk_widget_should_layout (data) ||
         gtk_widget_get_width (data) > 0;
}

/* Where @widget is drawn in @window. */
static graphene_rect_t
bounds_in_window (GtkWidget      *widget,
                  TradeoffWindow *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  return bounds;
}

static void
wait_for_frames (TradeoffWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 start = gdk_frame_clock_get_frame_counter (clock);

  for (guint i = 0; i < MAX_TURNS && gdk_frame_clock_get_frame_counter (clock) < start + 3; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (wait_until (no_pending_layout, window));
}

static void
assert_in_view (GtkWidget      *widget,
                TradeoffWindow *window)
{
  graphene_rect_t bounds = bounds_in_window (widget, window);

  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)));
}

/* Where each criterion's check box or radio button is drawn, in the
 * order of the comparison's criteria. */
static GArray *
criterion_bounds (TradeoffWindow *window)
{
  GListModel *criteria = tradeoff_comparison_get_criteria (tradeoff_window_get_comparison (window));
  GArray *bounds = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, i);
      GtkCheckButton *button = criterion_button (window, tradeoff_criterion_get_id (criterion));
      graphene_rect_t rect = bounds_in_window (GTK_WIDGET (button), window);

      g_array_append_val (bounds, rect);
    }

  return bounds;
}

/* The ticked row stays where the pointer or the focus is, every other
 * row where it was too (a wider advice column once re-wrapped the
 * criteria's labels), and the verdict where it was, at its height, in
 * view. */
static void
tick_and_check (TradeoffWindow *window,
                const char     *criterion_id,
                gboolean        by_keyboard)
{
  GtkCheckButton *button = criterion_button (window, criterion_id);
  GtkWidget *verdict = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_VERDICT_PANEL);
  graphene_rect_t row_before, row_after, verdict_before, verdict_after;
  g_autoptr(GArray) rows_before = NULL;
  g_autoptr(GArray) rows_after = NULL;
  gboolean was = gtk_check_button_get_active (button);

  wait_for_frames (window);
  row_before = bounds_in_window (GTK_WIDGET (button), window);
  verdict_before = bounds_in_window (verdict, window);
  rows_before = criterion_bounds (window);

  if (by_keyboard)
    {
      g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (button)));
      g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_space, 0));
    }
  else
    {
      /* What a click on the box does. */
      g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
    }
  g_assert_true (gtk_check_button_get_active (button) != was);

  wait_for_frames (window);
  /* The same button still shows the criterion (no row was recycled). */
  g_assert_true (criterion_button (window, criterion_id) == button);
  row_after = bounds_in_window (GTK_WIDGET (button), window);
  verdict_after = bounds_in_window (verdict, window);
  g_assert_cmpfloat (row_after.origin.y, ==, row_before.origin.y);
  g_assert_cmpfloat (row_after.origin.x, ==, row_before.origin.x);
  g_assert_cmpfloat (verdict_after.origin.y, ==, verdict_before.origin.y);
  g_assert_cmpfloat (verdict_after.size.height, ==, verdict_before.size.height);
  assert_in_view (verdict, window);
  assert_in_view (GTK_WIDGET (button), window);

  rows_after = criterion_bounds (window);
  g_assert_cmpuint (rows_after->len, ==, rows_before->len);
  for (guint i = 0; i < rows_before->len; i++)
    {
      graphene_rect_t *before = &g_array_index (rows_before, graphene_rect_t, i);
      graphene_rect_t *after = &g_array_index (rows_after, graphene_rect_t, i);

      g_assert_cmpfloat (after->origin.x, ==, before->origin.x);
      g_assert_cmpfloat (after->origin.y, ==, before->origin.y);
      g_assert_cmpfloat (after->size.width, ==, before->size.width);
      g_assert_cmpfloat (after->size.height, ==, before->size.height);
    }
}

/* Every row of the shipped comparison's grid in full view: none cut at
 * the pane's height through a line (issue 13). */
static void
assert_grid_rows_whole (TradeoffWindow *window)
{
  GtkWidget *grid = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_COMPARISON_GRID);
  GtkWidget *rows = find_one (grid, GTK_TYPE_LIST_VIEW);
  GtkWidget *scroller = gtk_widget_get_ancestor (rows, GTK_TYPE_SCROLLED_WINDOW);
  guint n_rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (rows); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_child_visible (row) || !gtk_widget_compute_bounds (row, scroller, &bounds))
        continue;
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                         gtk_widget_get_height (scroller) + 0.5);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 4);
}

static void
test_tick_keeps_place (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_for_frames (window);

  tick_and_check (window, "team-knows-django", FALSE);
  tick_and_check (window, "greenfield", FALSE);
  tick_and_check (window, "long-term-stability", TRUE);
  tick_and_check (window, "team-knows-django", TRUE);
  assert_grid_rows_whole (window);

  /* A must-have widens the ruled-out option's column heading, which
   * squeezed the other columns until their cells wrapped and the last
   * row was cut. */
  tick_and_check (window, "team-knows-django", TRUE);
  g_assert_true (send_key (GTK_WIDGET (window), GDK_KEY_3, 0));
  wait_for_frames (window);
  g_assert_cmpint (tradeoff_tick_get_level (tradeoff_advisor_get_tick (
                     tradeoff_window_get_advisor (window),
                     tradeoff_comparison_find_criterion (tradeoff_window_get_comparison (window),
                                                         "team-knows-django"))),
                   ==, TRADEOFF_LEVEL_MUST);
  assert_grid_rows_whole (window);

  close_window (window);
}

/* Three options: the advice's sentences name more options and run longer,
 * and the criteria's effects ("+2 PostgreSQL, +2 MySQL, −2 SQLite") take
 * more of the row. */
static void
test_tick_keeps_place_three (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
  TradeoffWindow *window = open_window (settings, path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_for_frames (window);

  tick_and_check (window, "rich-types", FALSE);
  tick_and_check (window, "no-admin", TRUE);
  tick_and_check (window, "inside-app", TRUE);
  tick_and_check (window, "many-writers", FALSE);

  close_window (window);
}

static void
test_undo_redo (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  const char *first[] = { "team-knows-django", NULL };
  const char *second[] = { "team-knows-django", "long-term-stability", NULL };
  const char *third[] = { "team-knows-django", "innovation", NULL };
  const char *none[] = { NULL };
  g_auto(GStrv) ids = NULL;

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL) &&
                  tradeoff_advisor_get_n_ticked (advisor) != 0);

  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "long-term-stability")));
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "innovation")));
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, third);
  g_clear_pointer (&ids, g_strfreev);

  /* A radio choice is one step, though two ticks changed. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, second);
  g_clear_pointer (&ids, g_strfreev);

  /* Reset says what it did, and its Undo brings every tick back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reset", NULL);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 0);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), "Cleared all 2 ticks."));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, second);
  g_clear_pointer (&ids, g_strfreev);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, none);
  g_clear_pointer (&ids, g_strfreev);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, first);
  g_clear_pointer (&ids, g_strfreev);

  /* The check boxes show what the advisor has. */
  g_assert_true (gtk_check_button_get_active (criterion_button (window, "team-knows-django")));
  g_assert_false (gtk_check_button_get_active (criterion_button (window, "long-term-stability")));

  close_window (window);
}

static void
collect_focusable (GtkWidget *widget,
                   GPtrArray *found)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_can_focus (widget))
    return;
  if (gtk_widget_get_focusable (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_focusable (child, found);
}

/* Every object the keyboard can reach has a role and a name a person would
 * say: not empty, not a GTK type name. */
static void
assert_named (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) focusable = g_ptr_array_new ();

  collect_focusable (GTK_WIDGET (window), focusable);
  g_assert_cmpuint (focusable->len, >, 10);
  for (guint i = 0; i < focusable->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (focusable, i);
      GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
      const char *type_name = G_OBJECT_TYPE_NAME (widget);
      gboolean labelled = gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gboolean has_label = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);
      g_autofree char *empty = NULL;
      g_autofree char *type = NULL;

      if (GTK_IS_WINDOW (widget))
        continue;
      /* An entry's text is the entry, for a screen reader. */
      if (GTK_IS_TEXT (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY) != NULL)
        {
          accessible = GTK_ACCESSIBLE (gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY));
          labelled = FALSE;
          has_label = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);
          g_assert_true (has_label);
        }

      g_test_message ("focusable %s", type_name);
      g_assert_false (gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_GENERIC));
      /* A button says its own label, an entry its placeholder; the rest
       * need a label or a labelling widget. */
      if (!has_label && !labelled)
        {
          g_assert_true (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL);
          continue;
        }
      if (has_label)
        {
          empty = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "");
          type = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, type_name);
          g_assert_nonnull (empty);
          g_assert_nonnull (type);
        }
    }
}

/* The labels of the grid's column headings under @widget, in order. */
static void
collect_heading_labels (GtkWidget *widget,
                        GPtrArray *labels)
{
  if (GTK_IS_LIST_VIEW (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_heading_labels (child, labels);
}

/* A heading is read as its words: the line kept free under a name (for
 * "ruled out") is not part of what a screen reader says. */
static void
assert_headings_named (TradeoffWindow *window,
                       const char     *first,
                       ...)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *view = find_one (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  const char *name = first;
  va_list args;
  guint i = 0;

  collect_heading_labels (view, labels);
  va_start (args, first);
  for (; name != NULL; name = va_arg (args, const char *), i++)
    {
      GtkWidget *heading;

      g_assert_cmpuint (i, <, labels->len);
      heading = labels->pdata[i];
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      /* And the heading around it, which GTK names after its type. */
      while (gtk_widget_get_parent (gtk_widget_get_parent (heading)) != view)
        heading = gtk_widget_get_parent (heading);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, name);
    }
  va_end (args);
  g_assert_cmpuint (i, ==, labels->len);
}

static void
test_accessible_names (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *stability;

  wait_for_frames (window);
  assert_named (window);
  assert_headings_named (window, "Aspect", "Django", "Flask", NULL);
  tradeoff_comparison_grid_set_ruled_out (
    TRADEOFF_COMPARISON_GRID (find_one (GTK_WIDGET (window), TRADEOFF_TYPE_COMPARISON_GRID)), 0,
    tradeoff_comparison_find_criterion (tradeoff_window_get_comparison (window), "team-knows-flask"));
  assert_headings_named (window, "Aspect", "Django\nruled out", "Flask", NULL);

  /* A criterion is a check box or a radio button, carrying its state. */
  gtk_test_accessible_assert_role (criterion_button (window, "team-knows-django"),
                                   GTK_ACCESSIBLE_ROLE_CHECKBOX);
  stability = criterion_button (window, "long-term-stability");
  gtk_test_accessible_assert_role (stability, GTK_ACCESSIBLE_ROLE_RADIO);
  gtk_widget_activate (GTK_WIDGET (stability));
  gtk_test_accessible_assert_state (stability, GTK_ACCESSIBLE_STATE_CHECKED, GTK_ACCESSIBLE_TRISTATE_TRUE);

  /* With ticks, the reasons and the flips have rows too. */
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));
  wait_for_frames (window);
  assert_named (window);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window-tour/tab-walk", test_tab_walk);
  g_test_add_func ("/tradeoff/window-tour/tick-keeps-place", test_tick_keeps_place);
  g_test_add_func ("/tradeoff/window-tour/tick-keeps-place-three", test_tick_keeps_place_three);
  g_test_add_func ("/tradeoff/window-tour/undo-redo", test_undo_redo);
  g_test_add_func ("/tradeoff/window-tour/accessible-names", test_accessible_names);

  return g_test_run ();
}
