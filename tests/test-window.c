/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window, on a real (Xvfb) display, driven through its widgets and
 * actions; every assertion is about what a person would see.
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <gtk/gtk.h>
#include <unistd.h>

#include "tradeoff-criteria-form.h"
#include "tradeoff-criteria-line.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-faq-row.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"
#include "tradeoff-settings.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window.h"
#include "window-testing.h"

static void
assert_grid (TradeoffWindow *window,
             guint           n_rows,
             const char     *first_heading,
             ...)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_one (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (view);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  GListModel *options = tradeoff_comparison_get_options (comparison);
  va_list args;
  guint i = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, n_rows);

  va_start (args, first_heading);
  for (const char *heading = first_heading; heading != NULL; heading = va_arg (args, const char *))
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i++);

      g_assert_nonnull (column);
      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, heading);
    }
  va_end (args);

  /* The aspect column, then one per option and no more. */
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, i);
  g_assert_cmpuint (g_list_model_get_n_items (options) + 1, ==, i);
}

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
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, tradeoff_criterion_get_rationale (criterion));
    }

  g_assert_null (tradeoff_window_get_error (window));
  close_window (window);
}

static void
test_tick_changes_verdict (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  g_autofree char *before = g_strdup (headline (window));

  g_assert_cmpstr (before, !=, "\u2068Django\u2069 fits you best");
  g_assert_false (gtk_check_button_get_active (django));

  /* No main-loop turn in between: the headline follows in the same frame. */
  gtk_widget_activate (GTK_WIDGET (django));
  g_assert_true (gtk_check_button_get_active (django));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  gtk_widget_activate (GTK_WIDGET (django));
  g_assert_cmpstr (headline (window), ==, before);

  close_window (window);
}

/* A person is shown the first few ways the advice could change, and told
 * how many more there are, not a list as long as the criteria. */
static void
test_flips_shown (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkLabel *more = NULL;
  guint n_rows = 0;

  /* With "talent-pool" alone ticked, 25 single changes of one answer would
   * alter the advice: ticks and unticks, and levels and must-haves too. */
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "talent-pool")));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_advisor_get_flips (
                      tradeoff_window_get_advisor (window))), ==, 25);

  collect (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, lists);
  for (guint i = 0; i < lists->len; i++)
    {
      GtkWidget *list = g_ptr_array_index (lists, i);
      GtkWidget *next = gtk_widget_get_next_sibling (list);

      if (next != NULL && GTK_IS_LABEL (next) && gtk_widget_get_visible (next))
        {
          more = GTK_LABEL (next);
          for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
               row = gtk_widget_get_next_sibling (row))
            n_rows += GTK_IS_LIST_BOX_ROW (row);
        }
    }

  g_assert_nonnull (more);
  g_assert_cmpuint (n_rows, ==, 8);
  g_assert_cmpstr (gtk_label_get_text (more), ==, "And 17 more changes of your answers would change it.");

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

/* An exclusive group is a radio choice that "No preference" takes back. */
static void
test_exclusive_group (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  GtkCheckButton *stability = criterion_button (window, "long-term-stability");
  GtkCheckButton *innovation = criterion_button (window, "innovation");
  GtkCheckButton *none = check_button_labelled (window, "No preference");
  g_auto(GStrv) ids = NULL;

  g_assert_nonnull (none);
  g_assert_true (gtk_check_button_get_active (none));

  gtk_widget_activate (GTK_WIDGET (stability));
  g_assert_true (gtk_check_button_get_active (stability));
  g_assert_false (gtk_check_button_get_active (none));

  gtk_widget_activate (GTK_WIDGET (innovation));
  g_assert_true (gtk_check_button_get_active (innovation));
  g_assert_false (gtk_check_button_get_active (stability));
  g_assert_false (gtk_check_button_get_active (none));
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, ((const char * const[]) { "innovation", NULL }));

  gtk_widget_activate (GTK_WIDGET (none));
  g_assert_true (gtk_check_button_get_active (none));
  g_assert_false (gtk_check_button_get_active (innovation));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 0);

  close_window (window);
}

static void
test_search_narrows_faq (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkEditable *entry = GTK_EDITABLE (find_one (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY));
  GtkWidget *focus;
  RowCount one = { GTK_WIDGET (window), 1 };
  RowCount two = { GTK_WIDGET (window), 2 };
  RowCount three = { GTK_WIDGET (window), 3 };
  RowCount all = { GTK_WIDGET (window), 8 };
  RowCount none = { GTK_WIDGET (window), 0 };

  /* Ctrl+F's action puts the cursor in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));

  /* One question has the word, and one answer ("extensive community
   * support"). */
  gtk_editable_set_text (entry, "community");
  g_assert_true (wait_until (faq_rows_are, &two));

  /* Only one answer mentions Stack Overflow, in other letter case. */
  gtk_editable_set_text (entry, "STACK OVERFLOW");
  g_assert_true (wait_until (faq_rows_are, &one));

  gtk_editable_set_text (entry, "no question says this");
  g_assert_true (wait_until (faq_rows_are, &none));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (check_button_labelled (window, "No preference"))));

  gtk_editable_set_text (entry, "");
  g_assert_true (wait_until (faq_rows_are, &all));

  /* Typed a letter at a time, and taken back: each step narrows or widens
   * what the one before showed ("fast" is in three entries, "faster" in
   * one). */
  gtk_editable_set_text (entry, "FA");
  g_assert_true (wait_until (faq_rows_are, &three));
  gtk_editable_set_text (entry, "FASTE");
  g_assert_true (wait_until (faq_rows_are, &one));
  gtk_editable_set_text (entry, "FASTER");
  g_assert_true (wait_until (faq_rows_are, &one));
  gtk_editable_set_text (entry, "FAST");
  g_assert_true (wait_until (faq_rows_are, &three));
  gtk_editable_set_text (entry, "F");
  g_assert_true (wait_until (faq_rows_are, &all));

  close_window (window);
}

static gboolean
label_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Rows are recycled, so an open question stays open in the entry itself. */
static void
test_faq_expands (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_ROW);
  TradeoffFaqRow *row = g_ptr_array_index (rows, 0);
  TradeoffFaqEntry *entry = tradeoff_faq_row_get_entry (row);
  GtkExpander *expander = GTK_EXPANDER (find_one (GTK_WIDGET (row), GTK_TYPE_EXPANDER));
  GtkLabel *answer;

  g_assert_false (tradeoff_faq_entry_get_expanded (entry));
  gtk_expander_set_expanded (expander, TRUE);
  g_assert_true (tradeoff_faq_entry_get_expanded (entry));

  /* An expander only holds its child while it is open. */
  answer = find_label_with_class (GTK_WIDGET (row), "faq-answer");
  g_assert_true (wait_until (label_shown, answer));
  g_assert_cmpstr (gtk_label_get_text (answer), ==, tradeoff_faq_entry_get_answer (entry));
  g_assert_true (gtk_label_get_selectable (answer));
  g_assert_true (gtk_label_get_wrap (answer));

  close_window (window);
}

static char *
write_temp_file (const char *name,
                 const char *contents,
                 char      **dir)
{
  g_autoptr(GError) error = NULL;
  char *path;

  *dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_temp_file (char *path,
                  char *dir)
{
  g_remove (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
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
  g_assert_false (g_file_test (html_path, G_FILE_TEST_EXISTS));
  g_file_get_contents (text_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (contents, "<html"));
  g_assert_nonnull (strstr (contents, "\u2068Django\u2069 fits you best"));
  g_clear_pointer (&contents, g_free);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), saved_text));

  /* With no extension, the chosen format gives one. */
  g_assert_true (tradeoff_window_save_report (window, bare, TRADEOFF_REPORT_FORMAT_HTML));
  g_file_get_contents (bare_html_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<html"));
  g_assert_nonnull (strstr (contents, "\u2068Django\u2069 fits you best"));

  /* With no format chosen, a name that says none is refused. */
  g_assert_false (tradeoff_window_save_report (window, docx, -1));
  g_assert_true (wait_until (banner_shown, window));
  g_assert_nonnull (strstr (tradeoff_window_get_error (window), "advice.docx"));
  g_assert_false (g_file_test (docx_path, G_FILE_TEST_EXISTS));

  /* A save that fails says so in the window. */
  g_assert_false (tradeoff_window_save_report (window, lost, TRADEOFF_REPORT_FORMAT_PDF));
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
/* The keyboard reaches every question: arrows move between them, Enter
 * opens one, Tab leaves the list (GTK 4.8's list would trap the focus on
 * the first question; the FAQ view moves it itself). */
static gboolean
focus_on_question (gpointer data)
{
  gpointer *want = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (want[0]));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_FAQ_ROW) : NULL;

  return row != NULL && tradeoff_faq_row_get_entry (TRADEOFF_FAQ_ROW (row)) == want[1];
}

static gboolean
press_key_with (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }

  return handled;
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  return press_key_with (widget, keyval, 0);
}

static void
test_faq_keyboard (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GListModel *faq = tradeoff_comparison_get_faq (tradeoff_window_get_comparison (window));
  g_autoptr(TradeoffFaqEntry) first = g_list_model_get_item (faq, 0);
  g_autoptr(TradeoffFaqEntry) third = g_list_model_get_item (faq, 2);
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_ROW);
  GtkWidget *list = gtk_widget_get_ancestor (g_ptr_array_index (rows, 0), GTK_TYPE_LIST_VIEW);
  gpointer want[2] = { window, first };

  /* Tab from the search entry lands on the first question. */
  g_assert_true (gtk_widget_child_focus (g_ptr_array_index (rows, 0), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_on_question (want));

  g_assert_true (press_key (list, GDK_KEY_Down));
  g_assert_true (press_key (list, GDK_KEY_Down));
  want[1] = third;
  g_assert_true (wait_until (focus_on_question, want));

  gtk_widget_activate_action (list, "list.activate-item", "u", 2);
  g_assert_true (tradeoff_faq_entry_get_expanded (third));

  /* Tab leaves the list for the criteria. */
  g_assert_true (press_key (list, GDK_KEY_Tab));
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), list));
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                             TRADEOFF_TYPE_CRITERIA_FORM));

  close_window (window);
}

/* The check boxes take the focus, so that a screen reader hears a check
 * box with its state; Space or Enter on one does what a click does, once. */
static void
test_criteria_keyboard (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  GtkCheckButton *stability = criterion_button (window, "long-term-stability");
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (django), GTK_TYPE_LIST_VIEW);
  g_auto(GStrv) ids = NULL;

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (django)));

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (django)));
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_true (gtk_check_button_get_active (django));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_false (gtk_check_button_get_active (django));

  /* A radio button is chosen, and stays chosen when chosen again. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (stability)));
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_true (gtk_check_button_get_active (stability));

  /* Enter activates the row, as for the FAQ. */
  gtk_widget_activate_action (list, "list.activate-item", "u", 1);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, ((const char * const[]) { "team-knows-django", "long-term-stability", NULL }));

  /* Keys with Ctrl or Alt are not ticks. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (django)));
  g_assert_false (press_key_with (list, GDK_KEY_space, GDK_CONTROL_MASK));
  g_assert_true (gtk_check_button_get_active (django));

  close_window (window);
}

/* A comparison with N criteria in one group, written to a file. */
static char *
many_criteria_file (guint n)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<comparison id=\"many\" version=\"1\"><title>Many</title>"
                                         "<options><option id=\"a\"><name>A</name></option>"
                                         "<option id=\"b\"><name>B</name></option></options>"
                                         "<aspects><aspect id=\"x\"><label>X</label>"
                                         "<value option=\"a\">1</value><value option=\"b\">2</value></aspect></aspects>"
                                         "<faq><entry id=\"q\"><question>Q?</question><answer>A.</answer></entry></faq>"
                                         "<criteria><group id=\"g\"><label>Group</label>");
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<criterion id=\"c%u\" source=\"q\"><label>Criterion %u</label>"
                                 "<rationale>Why %u.</rationale><weight option=\"%s\">1</weight></criterion>",
                            i, i, i, i % 2 ? "a" : "b");
  g_string_append (xml, "</group></criteria><verdicts><verdict option=\"a\">A.</verdict>"
                        "<verdict option=\"b\">B.</verdict><tie>Tie.</tie><none>None.</none></verdicts></comparison>");

  fd = g_file_open_tmp ("tradeoff-many-XXXXXX.xml", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, xml->str, (gssize) xml->len, NULL));

  return path;
}

/* For wait_until(): { window, list, label }.  Scrolls the list to its end,
 * as a person dragging it down would, until the button labelled so shows. */
static gboolean
scrolled_down_to (gpointer data)
{
  gpointer *window_list_label = data;
  GtkScrollable *list = window_list_label[1];
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (list);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  return check_button_labelled (window_list_label[0], window_list_label[2]) != NULL;
}

/* Thousands of criteria cost only the rows near the screen: the form
 * makes rows for the first few screens, and more as it is scrolled, until
 * the last criterion shows. */
static void
test_many_criteria (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = many_criteria_file (2000);
  TradeoffWindow *window = open_window (settings, path);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *form = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_CRITERIA_FORM);
  GListModel *lines = tradeoff_criteria_form_get_lines (TRADEOFF_CRITERIA_FORM (form));
  GtkWidget *list = find_one (form, GTK_TYPE_LIST_VIEW);

  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2001);
  collect (form, TRADEOFF_TYPE_CRITERION_ROW, rows);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <=, 70);
  g_assert_null (check_button_labelled (window, "Criterion 1999"));

  g_assert_true (wait_until (scrolled_down_to, (gpointer []) { window, list, (gpointer) "Criterion 1999" }));
  gtk_widget_activate (GTK_WIDGET (check_button_labelled (window, "Criterion 1999")));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_window_get_advisor (window)), ==, 1);

  close_window (window);
  g_remove (path);
}

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

/* For wait_until(): the list is at its top, and has had a few main-loop
 * turns for the layout that brings the reasons in above it. */
static gboolean
list_settled_at_top (gpointer data)
{
  GtkScrollable *list = data;
  static guint turns;

  /* A few turns, so that a layout that scrolls it has happened. */
  return ++turns % 20 == 0 && gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (list)) == 0;
}

static gboolean
list_laid_out (gpointer adjustment)
{
  return gtk_adjustment_get_page_size (adjustment) > 0;
}

/* The first tick brings the reasons in beside the criteria, never above:
 * the list keeps its height and stays at its top, its first heading in
 * sight. */
static void
test_criteria_stay_at_top (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (django), GTK_TYPE_LIST_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  double page_before;

  g_assert_true (wait_until (list_laid_out, adjustment));
  page_before = gtk_adjustment_get_page_size (adjustment);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (django)));
  gtk_widget_activate (GTK_WIDGET (django));
  g_assert_true (wait_until (list_settled_at_top, list));
  g_assert_cmpfloat (gtk_adjustment_get_page_size (adjustment), ==, page_before);

  close_window (window);
}

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

int
main (int   argc,
      char *argv[])
{
  /* GTK's own test accessibility backend, so that what a screen reader is
   * told can be checked (the suite turns the real one off). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window/shows-guide", test_shows_guide);
  g_test_add_func ("/tradeoff/window/tick-changes-verdict", test_tick_changes_verdict);
  g_test_add_func ("/tradeoff/window/flips-shown", test_flips_shown);
  g_test_add_func ("/tradeoff/window/reset-action", test_reset_action);
  g_test_add_func ("/tradeoff/window/exclusive-group", test_exclusive_group);
  g_test_add_func ("/tradeoff/window/faq-keyboard", test_faq_keyboard);
  g_test_add_func ("/tradeoff/window/criteria-keyboard", test_criteria_keyboard);
  g_test_add_func ("/tradeoff/window/many-criteria", test_many_criteria);
  g_test_add_func ("/tradeoff/window/criteria-stay-at-top", test_criteria_stay_at_top);
  g_test_add_func ("/tradeoff/window/recycled-row-description", test_recycled_row_description);
  g_test_add_func ("/tradeoff/window/search-narrows-faq", test_search_narrows_faq);
  g_test_add_func ("/tradeoff/window/faq-expands", test_faq_expands);
  g_test_add_func ("/tradeoff/window/bad-file-keeps-comparison", test_bad_file_keeps_comparison);
  g_test_add_func ("/tradeoff/window/save-report", test_save_report);
  g_test_add_func ("/tradeoff/window/ticks-survive-restart", test_ticks_survive_restart);
  g_test_add_func ("/tradeoff/window/narrow-window", test_narrow_window);
  g_test_add_func ("/tradeoff/window/size-remembered", test_size_remembered);
  g_test_add_func ("/tradeoff/window/stale-ticks-ignored", test_stale_ticks_ignored);
  g_test_add_func ("/tradeoff/window/three-options", test_three_options);
  g_test_add_func ("/tradeoff/window/markup-shown-literally", test_markup_shown_literally);

  return g_test_run ();
}
