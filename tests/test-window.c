/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is the window's own, on a real (Xvfb) display: the guide as a
 * whole, its actions, opening, saving, remembering, and its layout at
 * every width.  Each widget has a test program of its own
 * (test-faq-view.c, test-criteria-form.c, ...).
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>

#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-hover-tooltip.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window-private.h"
#include "window-testing.h"

static void
test_shows_guide (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  guint n_criteria = tradeoff_comparison_get_n_criteria (comparison);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   tradeoff_comparison_get_title (comparison));
  assert_grid (window, 4, "Aspect", "Django", "Flask", NULL);

  /* Every question of the guide is a row of the FAQ. */
  g_assert_cmpuint (count_faq_rows (GTK_WIDGET (window)), ==, 8);

  /* Every criterion has its check button, showing its rationale. */
  for (guint i = 0; i < n_criteria; i++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, i);
      GtkCheckButton *button = check_button_labelled (window, tradeoff_criterion_get_label (criterion));

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)) ||
                     gtk_widget_get_child_visible (GTK_WIDGET (button)));
      g_assert_cmpstr (tradeoff_hover_tooltip_get_text (GTK_WIDGET (button)), ==, tradeoff_criterion_get_rationale (criterion));
    }

  g_assert_null (tradeoff_window_get_error (window));
  close_window (window);
}

static void
test_reset_action (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  GtkCheckButton *stability = criterion_button (window, "long-term-stability");
  g_autofree char *before = g_strdup (headline (window));

  gtk_check_button_set_active (django, TRUE);
  gtk_check_button_set_active (stability, TRUE);
  g_assert_cmpstr (headline (window), !=, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset", NULL));
  g_assert_false (gtk_check_button_get_active (django));
  g_assert_false (gtk_check_button_get_active (stability));
  g_assert_true (gtk_check_button_get_active (check_button_labelled (window, "No preference")));
  g_assert_cmpstr (headline (window), ==, before);

  close_window (window);
}

/* A tick sets only the actions whose state it changes: GTK 4.8 tells
 * every observer of an action each time it is set (issue 13: a tick
 * within a frame on the large comparison). */
static void
test_actions_set_on_change (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  guint before;

  /* The first tick makes Reset and Undo usable. */
  before = _tradeoff_window_get_n_action_changes (window);
  gtk_check_button_set_active (criterion_button (window, "team-knows-django"), TRUE);
  g_assert_cmpuint (_tradeoff_window_get_n_action_changes (window) - before, ==, 2);

  /* The second changes no action's state, so sets none. */
  before = _tradeoff_window_get_n_action_changes (window);
  gtk_check_button_set_active (criterion_button (window, "long-term-stability"), TRUE);
  g_assert_cmpuint (_tradeoff_window_get_n_action_changes (window), ==, before);

  /* And Reset, still usable, unticks both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset", NULL));
  g_assert_false (gtk_check_button_get_active (criterion_button (window, "team-knows-django")));

  close_window (window);
}

static gboolean
banner_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (find_label_with_class (data, "banner-message")));
}

static void
test_bad_file_keeps_comparison (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *before = tradeoff_window_get_comparison (window);
  char *dir = NULL;
  char *path = write_temp_file ("broken.xml",
                                "<?xml version=\"1.0\"?>\n"
                                "<comparison id=\"broken\" version=\"1\">\n"
                                "  <title>Broken</title\n"
                                "</comparison>\n",
                                &dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkLabel *message;

  g_assert_false (tradeoff_window_open_file (window, file));
  g_assert_true (wait_until (banner_shown, window));

  /* The loader's message, naming the file and the line, is on screen. */
  message = find_label_with_class (GTK_WIDGET (window), "banner-message");
  g_assert_nonnull (strstr (gtk_label_get_text (message), "broken.xml:"));
  g_assert_true (g_regex_match_simple ("broken\\.xml:[34]:", gtk_label_get_text (message), 0, 0));

  /* What was shown before is still shown. */
  g_assert_true (tradeoff_window_get_comparison (window) == before);
  assert_grid (window, 4, "Aspect", "Django", "Flask", NULL);
  g_assert_cmpuint (count_faq_rows (GTK_WIDGET (window)), ==, 8);

  /* The banner can be dismissed from its close button's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-banner", NULL));
  g_assert_null (tradeoff_window_get_error (window));

  remove_temp_file (path, dir);
  close_window (window);
}

static void
test_save_report (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_autofree char *html_path = g_build_filename (dir, "advice.html", NULL);
  g_autofree char *bare_path = g_build_filename (dir, "advice", NULL);
  g_autofree char *text_path = g_build_filename (dir, "advice.txt", NULL);
  g_autofree char *bare_html_path = g_build_filename (dir, "advice.html", NULL);
  g_autofree char *docx_path = g_build_filename (dir, "advice.docx", NULL);
  g_autofree char *saved_text = NULL;
  g_autoptr(GFile) docx = g_file_new_for_path (docx_path);
  g_autofree char *lost_path = g_build_filename (dir, "no-such-folder", "advice.pdf", NULL);
  g_autoptr(GFile) html = g_file_new_for_path (html_path);
  g_autoptr(GFile) bare = g_file_new_for_path (bare_path);
  g_autoptr(GFile) lost = g_file_new_for_path (lost_path);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  saved_text = g_strdup_printf ("Saved to %s", text_path);
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));

  /* The format chosen in the dialog decides, and the name follows it:
   * "advice.html" saved as text is "advice.txt", and says so. */
  g_assert_true (tradeoff_window_save_report (window, html, TRADEOFF_REPORT_FORMAT_TEXT));
  wait_for_save (window);
  g_assert_false (g_file_test (html_path, G_FILE_TEST_EXISTS));
  g_file_get_contents (text_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (contents, "<html"));
  g_assert_nonnull (strstr (contents, "\u2068Django\u2069 fits you best"));
  g_clear_pointer (&contents, g_free);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), saved_text));

  /* With no extension, the chosen format gives one. */
  g_assert_true (tradeoff_window_save_report (window, bare, TRADEOFF_REPORT_FORMAT_HTML));
  wait_for_save (window);
  g_file_get_contents (bare_html_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<html"));
  g_assert_nonnull (strstr (contents, "\u2068Django\u2069 fits you best"));

  /* With no format chosen, a name that says none is refused. */
  g_assert_false (tradeoff_window_save_report (window, docx, -1));
  g_assert_true (wait_until (banner_shown, window));
  g_assert_nonnull (strstr (tradeoff_window_get_error (window), "advice.docx"));
  g_assert_false (g_file_test (docx_path, G_FILE_TEST_EXISTS));

  /* A save that fails says so in the window, once its thread has tried. */
  g_assert_true (tradeoff_window_save_report (window, lost, TRADEOFF_REPORT_FORMAT_PDF));
  wait_for_save (window);
  g_assert_true (wait_until (banner_shown, window));
  g_assert_nonnull (strstr (tradeoff_window_get_error (window), "advice.pdf"));

  g_remove (text_path);
  g_remove (bare_html_path);
  g_rmdir (dir);
  close_window (window);
}

static void
test_ticks_survive_restart (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) gsettings = g_settings_new_with_backend (APP_ID, backend);
  g_autofree char *state_dir = g_dir_make_tmp ("tradeoff-ticks-XXXXXX", NULL);
  g_autoptr(TradeoffSettings) first_settings = tradeoff_settings_new_full (gsettings, state_dir);
  g_autoptr(TradeoffSettings) second_settings = NULL;
  TradeoffWindow *window = open_window (first_settings, NULL);
  g_autofree char *ticked_headline = NULL;

  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-flask")));
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "innovation")));
  /* Levels too, set through the model until the rows have a control. */
  tradeoff_advisor_set_level (tradeoff_window_get_advisor (window),
                              tradeoff_comparison_find_criterion (tradeoff_window_get_comparison (window),
                                                                  "innovation"),
                              TRADEOFF_LEVEL_MUST);
  ticked_headline = g_strdup (headline (window));
  close_window (window);
  /* Quitting writes the ticks still waiting. */
  g_assert_finalize_object (g_steal_pointer (&first_settings));

  /* A new window with new settings over the same store: a restart. */
  second_settings = tradeoff_settings_new_full (gsettings, state_dir);
  window = open_window (second_settings, NULL);
  g_assert_true (gtk_check_button_get_active (criterion_button (window, "team-knows-flask")));
  g_assert_true (gtk_check_button_get_active (criterion_button (window, "innovation")));
  g_assert_false (gtk_check_button_get_active (criterion_button (window, "team-knows-django")));
  g_assert_false (gtk_check_button_get_active (check_button_labelled (window, "No preference")));
  g_assert_cmpint (tradeoff_advisor_get_level (tradeoff_window_get_advisor (window),
                                               tradeoff_comparison_find_criterion (
                                                 tradeoff_window_get_comparison (window), "innovation")),
                   ==, TRADEOFF_LEVEL_MUST);
  g_assert_cmpstr (headline (window), ==, ticked_headline);

  /* Ticks belong to their comparison: another one starts clean. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (tradeoff_window_open_file (window, file));
    g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_window_get_advisor (window)), ==, 0);
  }

  close_window (window);
  g_clear_object (&second_settings);
  remove_flat_dir (state_dir);
}

/* Ids saved for a comparison that no longer has them are ignored. */
static void
test_stale_ticks_ignored (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(TradeoffSettings) settings = memory_settings (backend);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  const char * const saved[] = { "gone-criterion", "team-knows-django", NULL };
  TradeoffWindow *window;

  tradeoff_tick_store_set_ticked (tradeoff_settings_get_tick_store (settings), shipped, saved);
  window = open_window (settings, NULL);
  g_assert_true (gtk_check_button_get_active (criterion_button (window, "team-knows-django")));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  close_window (window);
}

static gboolean
score_bars_shown (gpointer data)
{
  g_autoptr(GPtrArray) bars = find_shown (data, GTK_TYPE_LEVEL_BAR);

  return bars->len == 3;
}

static void
test_three_options (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, path);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);
  GtkWidget *panel = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_VERDICT_PANEL);
  g_autoptr(GPtrArray) bars = NULL;

  g_assert_cmpstr (tradeoff_comparison_get_id (comparison), ==, "three-databases");
  assert_grid (window, g_list_model_get_n_items (aspects),
               tradeoff_comparison_get_aspect_heading (comparison) != NULL ?
                 tradeoff_comparison_get_aspect_heading (comparison) : "Aspect",
               "PostgreSQL", "MySQL", "SQLite", NULL);

  g_assert_true (wait_until (score_bars_shown, panel));
  bars = find_shown (panel, GTK_TYPE_LEVEL_BAR);
  g_assert_cmpuint (bars->len, ==, 3);

  /* Ticking works the same way as with two options. */
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "inside-app")));
  g_assert_cmpstr (headline (window), ==, tradeoff_advisor_get_headline (tradeoff_window_get_advisor (window)));
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (tradeoff_window_get_advisor (window)), ==,
                   TRADEOFF_VERDICT_LEADER);
  g_assert_cmpfloat (gtk_level_bar_get_value (g_ptr_array_index (bars, 2)), ==, 1.0);

  close_window (window);
}

/* A file may hold Pango markup meant to restyle or hide text: it is shown
 * as the characters it is. */
static void
test_markup_shown_literally (void)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) hostile = NULL;
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(GError) error = NULL;
  TradeoffWindow *window;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *markup = "<b>Tea</b> &amp; <span size=\"1\">hidden</span>";
  char *dir = NULL;
  char *path;
  gboolean seen = FALSE;

  g_file_get_contents (minimal, &contents, NULL, &error);
  g_assert_no_error (error);
  hostile = g_string_new (contents);
  g_string_replace (hostile, "<name>Tea</name>",
                    "<name>&lt;b&gt;Tea&lt;/b&gt; &amp;amp; &lt;span size=\"1\"&gt;hidden&lt;/span&gt;</name>", 1);
  g_string_replace (hostile, "<question>Which keeps me awake longer?</question>",
                    "<question>&lt;i&gt;Which&lt;/i&gt; keeps me awake?</question>", 1);
  path = write_temp_file ("markup.xml", hostile->str, &dir);

  window = open_window (settings, path);
  assert_grid (window, 1, "Aspect", markup, "Coffee", NULL);

  collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_label (label), markup) == 0 ||
          g_strcmp0 (gtk_label_get_label (label), "<i>Which</i> keeps me awake?") == 0)
        {
          /* What is laid out is the text itself, tags and all. */
          g_assert_false (gtk_label_get_use_markup (label));
          g_assert_cmpstr (pango_layout_get_text (gtk_label_get_layout (label)), ==,
                           gtk_label_get_label (label));
          seen = TRUE;
        }
    }
  g_assert_true (seen);

  remove_temp_file (path, dir);
  close_window (window);
}

/* The size a person left the window at is the size it opens at. */
static void
test_size_remembered (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(TradeoffSettings) settings = memory_settings (backend);
  TradeoffWindow *window = open_window (settings, NULL);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_cmpint (tradeoff_settings_get_window_width (settings), ==, 900);
  g_assert_cmpint (tradeoff_settings_get_window_height (settings), ==, 640);
  g_assert_false (tradeoff_settings_get_window_maximized (settings));

  window = tradeoff_window_new (NULL, settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  close_window (window);
}

static gboolean
is_wide (gpointer data)
{
  GtkWidget *guide = gtk_widget_get_parent (find_one (data, TRADEOFF_TYPE_FAQ_VIEW));

  /* Side by side, not pages of a stack: the guide and the decision both
   * show (a stack shows two pages only while it fades between them). */
  return !GTK_IS_STACK (gtk_widget_get_parent (guide)) &&
         gtk_widget_get_mapped (guide) &&
         gtk_widget_get_mapped (find_one (data, TRADEOFF_TYPE_CRITERIA_FORM));
}

/* A narrow window shows the guide and the advice as two pages, and goes
 * back to side by side when widened. */
static void
test_narrow_window (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window;
  GtkStackSwitcher *switcher;
  GtkStack *pages;

  tradeoff_settings_set_window_width (settings, 720);
  window = open_window (settings, NULL);
  switcher = GTK_STACK_SWITCHER (find_one (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER));
  pages = gtk_stack_switcher_get_stack (switcher);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (switcher)));
  g_assert_false (is_wide (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "guide");

  /* Ticking happens on the advice page, next to the verdict. */
  gtk_stack_set_visible_child_name (pages, "advice");
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  /* Ctrl+F goes back to the page with the FAQ. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "guide");

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  g_assert_true (wait_until (is_wide, window));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (switcher)));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  close_window (window);
}

/* The window follows the decision it shows, and only that one: after two
 * swaps, the first decision replacing its advisor (an own criterion comes)
 * changes nothing shown, and nothing listens to it any more. */
static void
test_swapped_decision_left_alone (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  g_autoptr(TradeoffDecision) first = tradeoff_decision_new (comparison);
  g_autoptr(TradeoffDecision) second = tradeoff_decision_new (comparison);
  g_autoptr(TradeoffDecision) third = tradeoff_decision_new (comparison);
  const int weights[] = { 2, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *third_id = NULL;
  TradeoffAdvisor *shown;

  tradeoff_window_set_decision (window, first);
  g_assert_true (has_handler (first, "notify::advisor"));
  tradeoff_window_set_decision (window, second);
  tradeoff_window_set_decision (window, third);
  g_assert_false (has_handler (first, "notify::advisor"));
  g_assert_false (has_handler (first, "notify::can-undo"));
  g_assert_false (has_handler (second, "notify::advisor"));
  shown = tradeoff_window_get_advisor (window);
  g_assert_true (shown == tradeoff_decision_get_advisor (third));

  first_id = tradeoff_decision_add_criterion (first, "Mine", NULL, "My own", weights, 2, &error);
  g_assert_no_error (error);
  g_assert_true (tradeoff_decision_get_advisor (first) != shown);
  g_assert_true (tradeoff_window_get_advisor (window) == shown);
  g_assert_null (check_button_labelled (window, "Mine"));

  /* The decision shown now is followed: its new advisor is the window's. */
  third_id = tradeoff_decision_add_criterion (third, "Mine", NULL, "My own", weights, 2, &error);
  g_assert_no_error (error);
  g_assert_true (tradeoff_window_get_advisor (window) == tradeoff_decision_get_advisor (third));
  g_assert_true (tradeoff_window_get_advisor (window) != shown);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/window/shows-guide", test_shows_guide);
  g_test_add_func ("/tradeoff/window/reset-action", test_reset_action);
  g_test_add_func ("/tradeoff/window/actions-set-on-change", test_actions_set_on_change);
  g_test_add_func ("/tradeoff/window/bad-file-keeps-comparison", test_bad_file_keeps_comparison);
  g_test_add_func ("/tradeoff/window/save-report", test_save_report);
  g_test_add_func ("/tradeoff/window/ticks-survive-restart", test_ticks_survive_restart);
  g_test_add_func ("/tradeoff/window/narrow-window", test_narrow_window);
  g_test_add_func ("/tradeoff/window/size-remembered", test_size_remembered);
  g_test_add_func ("/tradeoff/window/stale-ticks-ignored", test_stale_ticks_ignored);
  g_test_add_func ("/tradeoff/window/three-options", test_three_options);
  g_test_add_func ("/tradeoff/window/markup-shown-literally", test_markup_shown_literally);
  g_test_add_func ("/tradeoff/window/swapped-decision-left-alone", test_swapped_decision_left_alone);

  return g_test_run ();
}
