/* test-window-save-async.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving a long report from the window (issue 12): the report is written
 * on a thread, so the window answers ticks meanwhile; after a moment the
 * progress bar says what is being saved, with Cancel (and Escape) to stop
 * it, which leaves the old file as it was; a newer save replaces an older
 * one; a file opened meanwhile has the bar while it loads, then the save
 * has it back; closing the window gives the save up.  The report here is
 * about 250 pages: seconds of work, so each step below happens while the
 * thread is still writing (test-report-async.c shows it is that long).
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "tradeoff-report.h"
#include "tradeoff-window.h"
#include "window-testing.h"
#include "worst-texts.h"

typedef struct
{
  char *dir;
  char *comparison;   /* 200 answers of 5,000 characters */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const WorstText *text = &worst_texts[G_N_ELEMENTS (worst_texts) - 1];
  g_autoptr(GBytes) document = worst_text_document (text);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-window-save-async-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->comparison = g_build_filename (fixture->dir, "long.xml", NULL);
  g_file_set_contents (fixture->comparison, g_bytes_get_data (document, NULL),
                       g_bytes_get_size (document), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_flat_dir (fixture->dir);
  g_free (fixture->comparison);
  g_free (fixture->dir);
}

static GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
exists_in (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The folder's names, sorted, space-separated: to see stray files. */
static char *
names_in (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
progress_says_saving (gpointer data)
{
  const char *text = progress_text (data);

  return text != NULL && g_str_has_prefix (text, "Saving “");
}

static gboolean
progress_says_opening (gpointer data)
{
  const char *text = progress_text (data);

  return text != NULL && g_str_has_prefix (text, "Opening “");
}

static GtkCheckButton *
first_criterion (TradeoffWindow *window)
{
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);

  return criterion_button (window, tradeoff_criterion_get_id (tradeoff_comparison_get_criterion (comparison, 0)));
}

/* Ticks go on while the report is written, the bar names the file with a
 * Cancel button that says what it stops, and the end says where it went. */
static void
test_window_answers_while_saving (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, fixture->comparison);
  g_autoptr(GFile) target = file_in (fixture, "long.pdf");
  g_autofree char *saved = NULL;
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  GtkWidget *cancel;

  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 0);
  g_assert_true (tradeoff_window_save_report (window, target, -1));
  g_assert_true (tradeoff_window_get_saving (window));
  g_assert_null (progress_text (window));

  /* The main loop is the window's: a tick is taken and shown at once. */
  gtk_widget_activate (GTK_WIDGET (first_criterion (window)));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 1);
  g_assert_true (gtk_check_button_get_active (first_criterion (window)));
  g_assert_true (tradeoff_window_get_saving (window));

  g_assert_true (wait_until (progress_says_saving, window));
  g_assert_nonnull (strstr (progress_text (window), "long.pdf"));
  cancel = progress_cancel_button (window);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (cancel), ==, "Stop saving (Escape)");
  g_assert_true (gtk_widget_is_sensitive (cancel));

  wait_for_save (window);
  g_assert_null (progress_text (window));
  g_assert_null (tradeoff_window_get_error (window));
  saved = g_strdup_printf ("Saved to %s" G_DIR_SEPARATOR_S "long.pdf", fixture->dir);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), saved));
  g_assert_true (exists_in (fixture, "long.pdf"));

  close_window (window);
}

/* Escape, and the Cancel button, stop the save: the old file stays, no
 * temporary file is left, and nothing says it was saved or failed. */
static void
test_cancel_keeps_old_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, fixture->comparison);
  g_autoptr(GFile) target = file_in (fixture, "old.pdf");
  g_autofree char *path = g_file_get_path (target);
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "the old file", -1, &error);
  g_assert_no_error (error);

  /* With nothing saving or opening, Escape is left to whatever else. */
  g_assert_false (press_escape (window));

  g_assert_true (tradeoff_window_save_report (window, target, -1));
  g_assert_true (press_escape (window));
  g_assert_false (tradeoff_window_get_saving (window));

  g_assert_true (tradeoff_window_save_report (window, target, -1));
  g_assert_true (wait_until (progress_says_saving, window));
  g_signal_emit_by_name (progress_cancel_button (window), "clicked");
  g_assert_false (tradeoff_window_get_saving (window));
  g_assert_null (progress_text (window));

  /* Until both threads have given up: then the window is ours alone. */
  while (G_OBJECT (window)->ref_count > 1)
    g_main_context_iteration (NULL, TRUE);
  settle ();
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "the old file");
  names = names_in (fixture);
  g_assert_cmpstr (names, ==, "long.xml old.pdf");
  g_assert_null (tradeoff_window_get_error (window));
  g_assert_null (find_label_with_text (GTK_WIDGET (window), "Saved to"));

  close_window (window);
}

/* A second save while the first is written: the first is given up. */
static void
test_newer_save_replaces (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, fixture->comparison);
  g_autoptr(GFile) first = file_in (fixture, "first.pdf");
  g_autoptr(GFile) second = file_in (fixture, "second.md");
  g_autofree char *saved = NULL;
  g_autofree char *names = NULL;

  g_assert_true (tradeoff_window_save_report (window, first, -1));
  g_assert_true (tradeoff_window_save_report (window, second, -1));
  wait_for_save (window);
  while (G_OBJECT (window)->ref_count > 1)
    g_main_context_iteration (NULL, TRUE);

  names = names_in (fixture);
  g_assert_cmpstr (names, ==, "long.xml second.md");
  saved = g_strdup_printf ("Saved to %s" G_DIR_SEPARATOR_S "second.md", fixture->dir);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), saved));

  close_window (window);
}

static gboolean
not_opening (gpointer data)
{
  return !tradeoff_window_get_opening (data);
}

/* A file opened while a report is saved: the bar names the open, which
 * ends first; then the save again.  Both end as they would alone, and the
 * report is of the comparison shown when saving began. */
static void
test_open_while_saving (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, fixture->comparison);
  g_autoptr(GFile) target = file_in (fixture, "long.txt");
  g_autofree char *shipped_path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (shipped_path);
  g_autoptr(GFile) report = file_in (fixture, "long.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tradeoff_window_save_report (window, report, -1));
  tradeoff_window_begin_open (window, other);
  g_assert_true (tradeoff_window_get_saving (window));
  g_assert_true (tradeoff_window_get_opening (window));

  g_assert_true (wait_until (not_opening, window));
  g_assert_cmpstr (tradeoff_comparison_get_id (tradeoff_window_get_comparison (window)), ==,
                   "three-databases");
  if (tradeoff_window_get_saving (window))
    {
      g_assert_true (wait_until (progress_says_saving, window));
      g_assert_false (progress_says_opening (window));
    }
  wait_for_save (window);
  g_assert_null (tradeoff_window_get_error (window));
  g_assert_true (exists_in (fixture, "long.pdf"));

  /* The next save is of the comparison shown now. */
  g_assert_true (tradeoff_window_save_report (window, target, -1));
  wait_for_save (window);
  g_file_get_contents (g_file_peek_path (target), &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "PostgreSQL"));

  while (G_OBJECT (window)->ref_count > 1)
    g_main_context_iteration (NULL, TRUE);
  close_window (window);
}

/* Closing the window (Ctrl+W, the title bar, Ctrl+Q) gives the save up:
 * no file, no temporary file. */
static void
test_close_while_saving (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, fixture->comparison);
  g_autoptr(GFile) target = file_in (fixture, "closed.pdf");
  g_autofree char *names = NULL;

  g_assert_true (tradeoff_window_save_report (window, target, -1));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (tradeoff_window_get_saving (window));
  while (G_OBJECT (window)->ref_count > 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (window);

  names = names_in (fixture);
  g_assert_cmpstr (names, ==, "long.xml");
}

/* A PDF that keeps within the work budget only by leaving parts out is
 * saved, and the message that says where it went says so too, and where
 * to get all of it. */
static void
test_shortened_pdf_says_so (Fixture       *fixture,
                            gconstpointer  data)
{
  static const WorstText longer = { "700 answers", "ANSWER", WORST_WORDS, 92, 700 };
  g_autoptr(GBytes) document = worst_text_document (&longer);
  g_autofree char *path = g_build_filename (fixture->dir, "longer.xml", NULL);
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = file_in (fixture, "longer.pdf");
  g_autofree char *saved = NULL;
  TradeoffWindow *window;

  g_file_set_contents (path, g_bytes_get_data (document, NULL), g_bytes_get_size (document), &error);
  g_assert_no_error (error);
  window = open_window (settings, path);

  g_assert_true (tradeoff_window_save_report (window, target, -1));
  wait_for_save (window);
  g_assert_null (tradeoff_window_get_error (window));
  g_assert_true (exists_in (fixture, "longer.pdf"));
  saved = g_strdup_printf ("Saved to %s" G_DIR_SEPARATOR_S "longer.pdf, with parts left out: a PDF "
                           "holds at most about %u pages' worth. Save as HTML, Markdown or text "
                           "for all of it.", fixture->dir, tradeoff_report_get_max_pages ());
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), saved));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/tradeoff/window-save-async/answers-while-saving", Fixture, NULL,
              fixture_set_up, test_window_answers_while_saving, fixture_tear_down);
  g_test_add ("/tradeoff/window-save-async/cancel-keeps-old-file", Fixture, NULL,
              fixture_set_up, test_cancel_keeps_old_file, fixture_tear_down);
  g_test_add ("/tradeoff/window-save-async/newer-save-replaces", Fixture, NULL,
              fixture_set_up, test_newer_save_replaces, fixture_tear_down);
  g_test_add ("/tradeoff/window-save-async/open-while-saving", Fixture, NULL,
              fixture_set_up, test_open_while_saving, fixture_tear_down);
  g_test_add ("/tradeoff/window-save-async/close-while-saving", Fixture, NULL,
              fixture_set_up, test_close_while_saving, fixture_tear_down);
  g_test_add ("/tradeoff/window-save-async/shortened-pdf-says-so", Fixture, NULL,
              fixture_set_up, test_shortened_pdf_says_so, fixture_tear_down);

  return g_test_run ();
}
