/* test-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application as `tradeoff` and `tradeoff FILE` start it, on a private
 * session bus, checking the windows it opens.
 */

#define G_LOG_DOMAIN "test-application"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "tradeoff-application.h"
#include "tradeoff-window.h"

typedef struct
{
  guint n_windows;
  char *error;
  char *comparison_id;
} Seen;

/* Runs after the application's own handler has opened its windows: note
 * what they show, then close them, which ends g_application_run(). */
static void
look_and_close (GApplication *application,
                Seen         *seen)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  seen->n_windows = g_list_length (windows);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      TradeoffWindow *window = TRADEOFF_WINDOW (l->data);
      TradeoffComparison *comparison = tradeoff_window_get_comparison (window);

      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
      seen->error = g_strdup (tradeoff_window_get_error (window));
      seen->comparison_id = comparison != NULL ? g_strdup (tradeoff_comparison_get_id (comparison)) : NULL;
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_list_free (windows);
}

/* A file that was not read while GTK started is read on a thread: wait
 * for its window to show it, or why it could not. */
static void
on_open (GApplication  *application,
         GFile        **files,
         int            n_files,
         const char    *hint,
         Seen          *seen)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application));
       l != NULL;
       l = l->next)
    while (tradeoff_window_get_opening (l->data))
      g_main_context_iteration (NULL, TRUE);

  look_and_close (application, seen);
}

static int
run_preloading (const char *file,
                const char *preloaded,
                Seen       *seen)
{
  g_autoptr(TradeoffApplication) app = tradeoff_application_new ();
  char *argv[] = { (char *) "tradeoff", (char *) file, NULL };

  /* As main() does for `tradeoff FILE`. */
  if (preloaded != NULL)
    {
      g_autoptr(GFile) preload_file = g_file_new_for_path (preloaded);

      tradeoff_application_preload (app, tradeoff_preload_start (preload_file));
    }

  g_signal_connect_after (app, "activate", G_CALLBACK (look_and_close), seen);
  g_signal_connect_after (app, "open", G_CALLBACK (on_open), seen);

  return g_application_run (G_APPLICATION (app), file != NULL ? 2 : 1, argv);
}

static int
run (const char *file,
     Seen       *seen)
{
  return run_preloading (file, NULL, seen);
}

/* `tradeoff FILE` reads the file while GTK starts: the window shows what
 * was read, a file that failed shows why, and a file read for nothing (no
 * window asked for it) is let go of. */
static void
test_preloaded_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "hostile", "truncated.xml", NULL);
  Seen seen = { 0 };

  g_assert_cmpint (run_preloading (path, path, &seen), ==, 0);
  g_assert_cmpuint (seen.n_windows, ==, 1);
  g_assert_cmpstr (seen.comparison_id, ==, "three-databases");
  g_assert_null (seen.error);
  g_clear_pointer (&seen.comparison_id, g_free);

  g_assert_cmpint (run_preloading (bad, bad, &seen), ==, 0);
  g_assert_cmpstr (seen.comparison_id, ==, "django-vs-flask");
  g_assert_nonnull (strstr (seen.error, "truncated.xml:"));
  g_clear_pointer (&seen.comparison_id, g_free);
  g_clear_pointer (&seen.error, g_free);

  g_assert_cmpint (run_preloading (NULL, path, &seen), ==, 0);
  g_assert_cmpstr (seen.comparison_id, ==, "django-vs-flask");
  g_clear_pointer (&seen.comparison_id, g_free);
}

static void
test_starts_with_shipped (void)
{
  Seen seen = { 0 };

  g_assert_cmpint (run (NULL, &seen), ==, 0);
  g_assert_cmpuint (seen.n_windows, ==, 1);
  g_assert_cmpstr (seen.comparison_id, ==, "django-vs-flask");
  g_assert_null (seen.error);

  g_free (seen.comparison_id);
}

static void
test_opens_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
  Seen seen = { 0 };

  g_assert_cmpint (run (path, &seen), ==, 0);
  g_assert_cmpuint (seen.n_windows, ==, 1);
  g_assert_cmpstr (seen.comparison_id, ==, "three-databases");
  g_assert_null (seen.error);

  g_free (seen.comparison_id);
}

/* A file that cannot be loaded still gets a window: the shipped comparison,
 * with the loader's message above it. */
static void
test_bad_file_still_opens (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-application-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bad.xml", NULL);
  Seen seen = { 0 };

  g_assert_no_error (error);
  g_file_set_contents (path, "<comparison id=\"bad\">\n<title>Bad</title\n", -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run (path, &seen), ==, 0);
  g_assert_cmpuint (seen.n_windows, ==, 1);
  g_assert_cmpstr (seen.comparison_id, ==, "django-vs-flask");
  g_assert_nonnull (seen.error);
  g_assert_nonnull (strstr (seen.error, "bad.xml:"));

  g_remove (path);
  g_rmdir (dir);
  g_free (seen.comparison_id);
  g_free (seen.error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  /* A session bus of our own, so that the application registers as it
   * would on a desktop, whatever the machine running the tests has. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add_func ("/tradeoff/application/starts-with-shipped", test_starts_with_shipped);
  g_test_add_func ("/tradeoff/application/opens-file", test_opens_file);
  g_test_add_func ("/tradeoff/application/preloaded-file", test_preloaded_file);
  g_test_add_func ("/tradeoff/application/bad-file-still-opens", test_bad_file_still_opens);

  status = g_test_run ();
  g_test_dbus_down (bus);

  return status;
}
