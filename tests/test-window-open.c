/* test-window-open.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a file from the window (tradeoff-window-open.c): it loads on a
 * thread while the comparison shown stays and answers ticks; a bar with a
 * Cancel button comes after a moment; Escape stops the load; a newer open
 * replaces an older one; a file that fails leaves the comparison as it was
 * and says why, with its line and column.
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hostile-fixtures.h"
#include "tradeoff-decision.h"
#include "tradeoff-window.h"
#include "window-testing.h"

typedef struct
{
  TradeoffWindow *window;
  guint           refs;
} Idle;

/* Every load has ended, its result shown or dropped: nothing but the test
 * and GTK holds the window any more (each load holds it while it runs). */
static gboolean
loads_ended (gpointer data)
{
  Idle *idle = data;

  return !tradeoff_window_get_opening (idle->window) &&
         g_atomic_int_get (&G_OBJECT (idle->window)->ref_count) == idle->refs;
}

static Idle
idle_state (TradeoffWindow *window)
{
  return (Idle) { window, g_atomic_int_get (&G_OBJECT (window)->ref_count) };
}

static GFile *test_file (const char *first, ...) G_GNUC_NULL_TERMINATED;

static GFile *
test_file (const char *first,
           ...)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GString) path = g_string_new (dir);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      g_string_append_c (path, G_DIR_SEPARATOR);
      g_string_append (path, part);
    }
  va_end (args);

  return g_file_new_for_path (path->str);
}

static const char *
shown_id (TradeoffWindow *window)
{
  return tradeoff_comparison_get_id (tradeoff_window_get_comparison (window));
}

static gboolean
progress_shown (TradeoffWindow *window)
{
  const char *text = progress_text (window);

  return text != NULL && strstr (text, "three-databases.xml") != NULL;
}

/* The comparison shown answers ticks while another file loads. */
static void
test_window_stays_usable (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GFile) file = test_file ("three-databases.xml", NULL);
  Idle idle = idle_state (window);

  tradeoff_window_begin_open (window, file);
  g_assert_true (tradeoff_window_get_opening (window));
  g_assert_cmpstr (shown_id (window), ==, "django-vs-flask");

  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  g_assert_true (wait_until (loads_ended, &idle));
  g_assert_cmpstr (shown_id (window), ==, "three-databases");
  g_assert_null (tradeoff_window_get_error (window));

  close_window (window);
}

/* Not at once, which would flash for a quick load; after a moment. */
static void
test_progress_after_a_moment (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GFile) file = test_file ("three-databases.xml", NULL);
  Idle idle = idle_state (window);

  tradeoff_window_begin_open (window, file);
  g_main_context_iteration (NULL, FALSE);
  g_assert_false (progress_shown (window));

  /* The main loop busy for longer than the delay: the bar is the first
   * thing it does after. */
  g_usleep (400 * 1000);
  g_main_context_iteration (NULL, FALSE);
  g_assert_true (progress_shown (window));

  g_assert_true (wait_until (loads_ended, &idle));
  g_assert_false (progress_shown (window));
  g_assert_cmpstr (shown_id (window), ==, "three-databases");

  close_window (window);
}


/* Escape, or the Cancel button, stops the load; what it read is dropped,
 * even if it has already been read. */
static void
test_cancel (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GFile) file = test_file ("three-databases.xml", NULL);
  Idle idle = idle_state (window);

  /* With nothing loading, Escape is left to whatever else wants it. */
  g_assert_false (press_escape (window));

  tradeoff_window_begin_open (window, file);
  g_assert_true (press_escape (window));
  g_assert_false (tradeoff_window_get_opening (window));
  g_assert_true (wait_until (loads_ended, &idle));
  g_assert_cmpstr (shown_id (window), ==, "django-vs-flask");
  g_assert_null (tradeoff_window_get_error (window));

  tradeoff_window_begin_open (window, file);
  g_usleep (400 * 1000);
  g_main_context_iteration (NULL, FALSE);
  g_assert_true (progress_shown (window));
  g_signal_emit_by_name (progress_cancel_button (window), "clicked");
  g_assert_false (tradeoff_window_get_opening (window));
  g_assert_true (wait_until (loads_ended, &idle));
  g_assert_cmpstr (shown_id (window), ==, "django-vs-flask");
  g_assert_false (progress_shown (window));

  close_window (window);
}

/* Escape on the largest load there is, the densest valid file: the
 * comparison shown stays, and the loading thread gives up where it is
 * rather than read, validate and build the rest (test-loader-cancel.c
 * asserts it returns "cancelled"; here how soon it ends is printed). */
static void
test_cancel_large (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-open-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "dense.xml", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TradeoffDecision) whole = NULL;
  Idle idle = idle_state (window);
  int line = 0;
  int column = 0;
  gint64 start;
  gint64 full;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases) && bytes == NULL; i++)
    if (g_str_equal (hostile_cases[i].name, "dense-valid-criteria"))
      bytes = hostile_cases[i].generate (&line, &column);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  start = g_get_monotonic_time ();
  whole = tradeoff_decision_load_file (file, NULL, &error);
  g_assert_no_error (error);
  full = g_get_monotonic_time () - start;

  tradeoff_window_begin_open (window, file);
  g_usleep (full / 10);
  g_assert_true (press_escape (window));
  start = g_get_monotonic_time ();
  g_assert_false (tradeoff_window_get_opening (window));
  g_assert_true (wait_until (loads_ended, &idle));
  g_test_message ("a whole load %" G_GINT64_FORMAT " ms; the load stopped by Escape ended "
                  "%" G_GINT64_FORMAT " ms after it", full / 1000,
                  (g_get_monotonic_time () - start) / 1000);

  g_assert_cmpstr (shown_id (window), ==, "django-vs-flask");
  g_assert_null (tradeoff_window_get_error (window));

  g_remove (path);
  g_rmdir (dir);
  close_window (window);
}

/* The last file asked for is the one shown, whichever load ends first. */
static void
test_newer_open_replaces_older (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GFile) minimal = test_file ("minimal.xml", NULL);
  g_autoptr(GFile) bad = test_file ("hostile", "truncated.xml", NULL);
  g_autoptr(GFile) three = test_file ("three-databases.xml", NULL);
  Idle idle = idle_state (window);

  tradeoff_window_begin_open (window, minimal);
  tradeoff_window_begin_open (window, bad);
  tradeoff_window_begin_open (window, three);
  g_assert_true (tradeoff_window_get_opening (window));
  g_assert_true (wait_until (loads_ended, &idle));

  g_assert_cmpstr (shown_id (window), ==, "three-databases");
  g_assert_null (tradeoff_window_get_error (window));

  close_window (window);
}

/* A file that fails: the comparison stays, the banner says where. */
static void
test_error_keeps_comparison (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GFile) bad = test_file ("hostile", "weight-not-a-number.xml", NULL);
  g_autofree char *path = g_file_get_path (bad);
  g_autofree char *where = g_strdup_printf ("%s:26:", path);
  Idle idle = idle_state (window);

  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));
  tradeoff_window_begin_open (window, bad);
  g_assert_true (wait_until (loads_ended, &idle));

  g_assert_cmpstr (shown_id (window), ==, "django-vs-flask");
  g_assert_true (g_str_has_prefix (tradeoff_window_get_error (window), where));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  close_window (window);
}

/* Closing the window while a file loads: the load ends on its own, and
 * then nothing holds the window. */
static void
test_close_while_opening (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GFile) file = test_file ("three-databases.xml", NULL);

  tradeoff_window_begin_open (window, file);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_false (tradeoff_window_get_opening (window));

  while (g_atomic_int_get (&G_OBJECT (window)->ref_count) > 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window-open/stays-usable", test_window_stays_usable);
  g_test_add_func ("/tradeoff/window-open/progress-after-a-moment", test_progress_after_a_moment);
  g_test_add_func ("/tradeoff/window-open/cancel", test_cancel);
  g_test_add_func ("/tradeoff/window-open/cancel-large", test_cancel_large);
  g_test_add_func ("/tradeoff/window-open/newer-replaces-older", test_newer_open_replaces_older);
  g_test_add_func ("/tradeoff/window-open/error-keeps-comparison", test_error_keeps_comparison);
  g_test_add_func ("/tradeoff/window-open/close-while-opening", test_close_while_opening);

  return g_test_run ();
}
