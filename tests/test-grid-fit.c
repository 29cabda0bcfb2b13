/* test-grid-fit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quick comparison in the real window at 1280×800, in English, German
 * and French: with two or three options it fits its pane, no sideways
 * scroll, every row whole, and a ruled-out option's heading shows whole
 * without moving the FAQ below;
 * with eight it wraps its cells, then scrolls sideways, never widening
 * the guide past its measure nor cutting a row (issue 13).
 */

#define G_LOG_DOMAIN "test-grid-fit"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-faq-view.h"
#include "window-testing.h"

/* Eight options, three aspects whose cells wrap in a column an eighth of
 * the pane wide. */
static const char eight_options[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<comparison id=\"eight-fit\" version=\"1\">\n"
  "  <title>Eight</title>\n"
  "  <intro>Eight options.</intro>\n"
  "  <options>\n"
  "    <option id=\"a\"><name>Framework Alpha</name></option>\n"
  "    <option id=\"b\"><name>Framework Bravo</name></option>\n"
  "    <option id=\"c\"><name>Framework Charlie</name></option>\n"
  "    <option id=\"d\"><name>Framework Delta</name></option>\n"
  "    <option id=\"e\"><name>Framework Echo</name></option>\n"
  "    <option id=\"f\"><name>Framework Foxtrot</name></option>\n"
  "    <option id=\"g\"><name>Framework Golf</name></option>\n"
  "    <option id=\"h\"><name>Framework Hotel</name></option>\n"
  "  </options>\n"
  "  <aspects>\n"
  "    <aspect id=\"x\"><label>Maturity of the project</label>\n"
  "      <value option=\"a\">Established and widely deployed</value>\n"
  "      <value option=\"b\">Modern with a growing community</value>\n"
  "      <value option=\"c\">Experimental but promising</value>\n"
  "      <value option=\"d\">Established and widely deployed</value>\n"
  "      <value option=\"e\">Modern with a growing community</value>\n"
  "      <value option=\"f\">Experimental but promising</value>\n"
  "      <value option=\"g\">Established and widely deployed</value>\n"
  "      <value option=\"h\">Modern with a growing community</value>\n"
  "    </aspect>\n"
  "    <aspect id=\"y\"><label>Language</label>\n"
  "      <value option=\"a\">Python</value><value option=\"b\">Python</value>\n"
  "      <value option=\"c\">Python</value><value option=\"d\">Python</value>\n"
  "      <value option=\"e\">Python</value><value option=\"f\">Python</value>\n"
  "      <value option=\"g\">Python</value><value option=\"h\">Python</value>\n"
  "    </aspect>\n"
  "  </aspects>\n"
  "  <faq><entry id=\"q\"><question>Which?</question><answer>Any.</answer></entry></faq>\n"
  "  <criteria>\n"
  "    <group id=\"g1\"><label>Needs</label>\n"
  "      <criterion id=\"alpha-only\" source=\"q\"><label>Only Alpha will do</label>\n"
  "        <rationale>Alpha.</rationale><weight option=\"a\">3</weight></criterion>\n"
  "    </group>\n"
  "  </criteria>\n"
  "  <verdicts>\n"
  "    <verdict option=\"a\">Alpha.</verdict><verdict option=\"b\">Bravo.</verdict>\n"
  "    <verdict option=\"c\">Charlie.</verdict><verdict option=\"d\">Delta.</verdict>\n"
  "    <verdict option=\"e\">Echo.</verdict><verdict option=\"f\">Foxtrot.</verdict>\n"
  "    <verdict option=\"g\">Golf.</verdict><verdict option=\"h\">Hotel.</verdict>\n"
  "    <tie>A tie.</tie><none>Nothing.</none>\n"
  "  </verdicts>\n"
  "</comparison>\n";

static GtkWidget *
grid_of (TradeoffWindow *window)
{
  return find_one (GTK_WIDGET (window), TRADEOFF_TYPE_COMPARISON_GRID);
}

static void
rule_out_with (TradeoffWindow *window,
               const char     *must_id)
{
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);

  tradeoff_advisor_set_level (tradeoff_window_get_advisor (window),
                              tradeoff_comparison_find_criterion (comparison, must_id),
                              TRADEOFF_LEVEL_MUST);
  let_frames_pass ();
}

/* Everything the grid's scroller holds is in view that way. */
static gboolean
fits (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_upper (adjustment) <= gtk_adjustment_get_page_size (adjustment) + 0.5;
}

static GtkScrolledWindow *
scroller_of (TradeoffWindow *window)
{
  return GTK_SCROLLED_WINDOW (find_one (grid_of (window), GTK_TYPE_SCROLLED_WINDOW));
}

static gboolean
rows_whole (gpointer window)
{
  return fits (gtk_scrolled_window_get_vadjustment (scroller_of (window)));
}

static gboolean
no_sideways_scroll (gpointer window)
{
  return fits (gtk_scrolled_window_get_hadjustment (scroller_of (window)));
}

/* Every row of the grid is whole: nothing of the list is out of view,
 * once the window has laid out what changed (a busy machine takes a few
 * frames). */
static void
assert_rows_whole (TradeoffWindow *window)
{
  g_assert_true (wait_until (rows_whole, window));
}

/* The guide pane is as wide as the window sets it (see
 * update_guide_width()): the grid does not widen it. */
static gboolean
guide_keeps_width (gpointer window)
{
  GtkWidget *guide = gtk_widget_get_ancestor (grid_of (window), GTK_TYPE_BOX);
  int guide_width;

  gtk_widget_get_size_request (guide, &guide_width, NULL);
  return guide_width > 0 && gtk_widget_get_width (guide) == guide_width;
}

/* The heading of the column that says "ruled out" (the mark in the
 * current language) is given at least its natural size: shown whole. */
static gboolean
shown_whole (gpointer heading)
{
  int natural_width, natural_height;

  gtk_widget_measure (heading, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural_width, NULL, NULL);
  gtk_widget_measure (heading, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (heading),
                      NULL, &natural_height, NULL, NULL);

  return gtk_widget_get_width (heading) >= natural_width &&
         gtk_widget_get_height (heading) >= natural_height;
}

static void
assert_ruled_out_heading_whole (TradeoffWindow *window,
                                const char     *option_name,
                                gboolean        in_view)
{
  GtkWidget *view = find_one (grid_of (window), GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *prefix = g_strconcat (option_name, "\n", NULL);
  GtkWidget *heading = NULL;
  graphene_rect_t bounds, viewport;

  collect (view, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      heading = g_ptr_array_index (labels, i);
  g_assert_nonnull (heading);
  g_assert_true (wait_until (shown_whole, heading));

  if (!in_view)
    return;

  /* And inside the pane, not beyond its edge. */
  g_assert_true (gtk_widget_compute_bounds (heading, GTK_WIDGET (scroller_of (window)), &bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (scroller_of (window)),
                                            GTK_WIDGET (scroller_of (window)), &viewport));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, viewport.size.width);
}

typedef struct
{
  const char *path;
  const char *must_id;
  const char *ruled_out;
} FitCase;

/* Where the FAQ starts in the window: ruling an option out must not move
 * it (the mark takes a heading line kept for it). */
static float
faq_top (TradeoffWindow *window)
{
  GtkWidget *faq = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_VIEW);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (faq, GTK_WIDGET (window), &bounds));
  return bounds.origin.y;
}

static void
check_fits (const FitCase *fit)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = fit->path != NULL ? g_test_build_filename (G_TEST_DIST, "data", fit->path, NULL) : NULL;
  TradeoffWindow *window = open_window (settings, path);
  float top;

  g_assert_true (wait_until (laid_out_wide, window));
  let_frames_pass ();
  g_assert_true (wait_until (no_sideways_scroll, window));
  assert_rows_whole (window);
  top = faq_top (window);

  rule_out_with (window, fit->must_id);
  g_assert_true (wait_until (no_sideways_scroll, window));
  assert_rows_whole (window);
  g_assert_cmpfloat (faq_top (window), ==, top);
  assert_ruled_out_heading_whole (window, fit->ruled_out, TRUE);

  close_window (window);
}

static void
test_fits (gconstpointer data)
{
  const char *language = data;
  const FitCase shipped = { NULL, "team-knows-django", "Flask" };
  const FitCase three = { "three-databases.xml", "many-writers", "SQLite" };

  use_language (language);
  check_fits (&shipped);
  check_fits (&three);
  use_language ("en");
}

/* Eight options: the cells wrap, then the grid scrolls sideways; the
 * guide keeps its width and no row is cut. */
static void
test_eight_options (gconstpointer data)
{
  const char *language = data;
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *dir = NULL;
  char *path;
  TradeoffWindow *window;

  use_language (language);
  path = write_temp_file ("eight.xml", eight_options, &dir);
  window = open_window (settings, path);
  g_assert_true (wait_until (laid_out_wide, window));
  let_frames_pass ();

  g_assert_true (wait_until (guide_keeps_width, window));
  assert_rows_whole (window);
  g_assert_false (no_sideways_scroll (window));

  rule_out_with (window, "alpha-only");
  g_assert_true (wait_until (guide_keeps_width, window));
  assert_rows_whole (window);
  assert_ruled_out_heading_whole (window, "Framework Bravo", FALSE);

  close_window (window);
  remove_temp_file (path, g_steal_pointer (&dir));
  use_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);
  use_catalogues ();

  add_in_each_language ("/tradeoff/grid-fit/two-and-three", test_fits);
  g_test_add_data_func ("/tradeoff/grid-fit/eight/en", "en", test_eight_options);
  g_test_add_data_func ("/tradeoff/grid-fit/eight/de", "de", test_eight_options);

  return g_test_run ();
}
