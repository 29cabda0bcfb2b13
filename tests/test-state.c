/* test-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Tradeoff remembers between runs survives damage: a corrupt page
 * setup file or settings file is ignored (with a warning where it is ours
 * to give), the defaults are used, and the next save writes a good file.
 * Remembered ticks belong to their comparison alone, a bad one drops only
 * itself, and a tick writes one small file, a moment later, whatever else
 * is remembered.
 */

#define G_LOG_DOMAIN "test-state"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tradeoff-loader.h"
#include "tradeoff-print-operation.h"
#include "window-testing.h"

static const char garbage[] =
  "[Page Setup\nPaperSize=\xff\xfe\x00 not a key file\n=\n[[[\nwidth=-1e999\n";

static char *config_dir;

static void
test_corrupt_page_setup (void)
{
  g_autofree char *dir = g_build_filename (config_dir, PACKAGE_NAME, NULL);
  g_autofree char *path = g_build_filename (dir, "page-setup.ini", NULL);
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage - 1, NULL));

  g_test_expect_message ("tradeoff-print", G_LOG_LEVEL_WARNING,
                         "Ignoring the saved page setup*cannot be read*");
  setup = tradeoff_print_operation_load_page_setup ();
  g_test_assert_expected_messages ();

  /* The locale's paper: A4 in the tests' C.UTF-8 locale. */
  g_assert_nonnull (setup);
  g_assert_true (gtk_paper_size_is_equal (gtk_page_setup_get_paper_size (setup), a4));
  g_unlink (path);
}

static void
test_corrupt_settings_file (void)
{
  g_autofree char *path = g_build_filename (config_dir, "corrupt-settings.ini", NULL);
  g_autofree char *rewritten = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(TradeoffSettings) settings = NULL;
  TradeoffWindow *window;

  /* Every key present, none of them readable. */
  g_assert_true (g_file_set_contents (path,
                                      "[org/tradeoff/Tradeoff]\n"
                                      "window-width='wide'\n"
                                      "window-maximized=maybe\n"
                                      "ticked-criteria={'django-vs-flask': [unclosed\n"
                                      "\xff\xfe\x00garbage\n", -1, NULL));

  backend = g_keyfile_settings_backend_new (path, "/", NULL);
  settings = memory_settings (backend);
  window = open_window (settings, NULL);

  /* The defaults: nothing ticked, the default size. */
  g_assert_cmpstr (headline (window), ==, "No advice yet");
  g_assert_cmpint (tradeoff_settings_get_window_width (settings), ==, 1280);

  /* And the next change is written as a good file. */
  tradeoff_settings_set_window_width (settings, 900);
  g_settings_sync ();
  close_window (window);

  g_assert_true (g_file_get_contents (path, &rewritten, NULL, NULL));
  g_assert_nonnull (strstr (rewritten, "window-width=900"));
  g_unlink (path);
}

/* Settings whose ticks are kept in a folder of their own, made here. */
static TradeoffSettings *
settings_with_state (char **state_dir)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) gsettings = g_settings_new_with_backend (APP_ID, backend);

  *state_dir = g_dir_make_tmp ("tradeoff-ticks-XXXXXX", NULL);
  g_assert_nonnull (*state_dir);
  return tradeoff_settings_new_full (gsettings, *state_dir);
}

static char *
state_file_of (const char         *state_dir,
               TradeoffComparison *comparison)
{
  return g_build_filename (state_dir, tradeoff_tick_store_get_key (comparison), NULL);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static gboolean
is_ticked (TradeoffWindow *window,
           const char     *id)
{
  return gtk_check_button_get_active (criterion_button (window, id));
}

/* A file that reuses the shipped guide's id is another comparison: it
 * starts with none of the guide's ticks, and its ticks leave the guide's
 * alone. */
static void
test_id_reuse_cannot_take_over (void)
{
  g_autofree char *state_dir = NULL;
  g_autoptr(TradeoffSettings) settings = settings_with_state (&state_dir);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *impostor = g_build_filename (state_dir, "..", "impostor.xml", NULL);
  g_autoptr(GString) text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (impostor);
  TradeoffWindow *window;

  g_assert_true (g_file_get_contents (minimal, &xml, NULL, NULL));
  text = g_string_new (xml);
  g_assert_cmpuint (g_string_replace (text, "id=\"minimal\"", "id=\"django-vs-flask\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (impostor, text->str, -1, NULL));

  window = open_window (settings, NULL);
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));
  tradeoff_tick_store_flush (tradeoff_settings_get_tick_store (settings));

  g_assert_true (tradeoff_window_open_file (window, file));
  g_assert_cmpstr (tradeoff_comparison_get_id (tradeoff_window_get_comparison (window)), ==, "django-vs-flask");
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_window_get_advisor (window)), ==, 0);
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "stay-awake")));
  tradeoff_tick_store_flush (tradeoff_settings_get_tick_store (settings));
  g_assert_cmpuint (count_files (state_dir), ==, 2);

  g_assert_true (tradeoff_window_load_shipped (window));
  g_assert_true (is_ticked (window, "team-knows-django"));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_window_get_advisor (window)), ==, 1);

  close_window (window);
  g_clear_object (&settings);
  g_unlink (impostor);
  remove_flat_dir (state_dir);
}

/* Remembered ticks that cannot all be ticked (two choices of one exclusive
 * group, an id the comparison lacks, one twice): each bad one goes alone. */
static void
test_bad_tick_drops_alone (void)
{
  g_autofree char *state_dir = NULL;
  g_autoptr(TradeoffSettings) settings = settings_with_state (&state_dir);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  g_autofree char *path = state_file_of (state_dir, shipped);
  TradeoffWindow *window;

  g_assert_true (g_file_set_contents (path,
                                      "# a comment\ninnovation\nno-such-criterion\n"
                                      "long-term-stability\n\ngreenfield\ngreenfield\n", -1, NULL));
  window = open_window (settings, NULL);

  g_assert_true (is_ticked (window, "innovation"));
  g_assert_false (is_ticked (window, "long-term-stability"));
  g_assert_true (is_ticked (window, "greenfield"));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_window_get_advisor (window)), ==, 2);

  close_window (window);
  g_clear_object (&settings);
  remove_flat_dir (state_dir);
}

/* A damaged ticks file loses its ticks, with a warning, and nothing else. */
static void
test_corrupt_ticks_file (void)
{
  g_autofree char *state_dir = NULL;
  g_autoptr(TradeoffSettings) settings = settings_with_state (&state_dir);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  g_autofree char *path = state_file_of (state_dir, shipped);
  TradeoffWindow *window;

  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage - 1, NULL));
  g_test_expect_message ("tradeoff-tick-store", G_LOG_LEVEL_WARNING,
                         "Ignoring the remembered ticks*not a ticks file");
  window = open_window (settings, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (headline (window), ==, "No advice yet");

  /* The next tick writes a good file over it. */
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "greenfield")));
  close_window (window);
  g_clear_object (&settings);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_true (g_str_has_suffix (contents, "\ngreenfield\n"));
  }
  remove_flat_dir (state_dir);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A burst of ticks is one write, a moment after the last, of the one
 * comparison's file: the other comparisons' files are not touched, however
 * many there are. */
static void
test_ticks_written_once_alone (void)
{
  g_autofree char *state_dir = g_dir_make_tmp ("tradeoff-ticks-XXXXXX", NULL);
  g_autoptr(TradeoffTickStore) store = tradeoff_tick_store_new (state_dir);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  g_autofree char *path = state_file_of (state_dir, shipped);
  g_autofree char *contents = NULL;
  const char * const ids[] = { "greenfield", "innovation", NULL };
  gint64 deadline;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *other = g_strdup_printf ("%s/%064x", state_dir, i);

      g_assert_true (g_file_set_contents (other, "team-knows-django\n", -1, NULL));
    }

  /* 100 ticks, then nothing is written until the delay has passed. */
  for (guint i = 0; i < 100; i++)
    {
      const char * const one[] = { i % 2 ? "greenfield" : "innovation", NULL };

      tradeoff_tick_store_set_ticked (store, shipped, one);
    }
  tradeoff_tick_store_set_ticked (store, shipped, ids);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  /* The timeout is on this thread, the writing on the store's own. */
  while (!file_exists (path) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_suffix (contents, "\ngreenfield\ninnovation\n"));
  g_assert_cmpuint (count_files (state_dir), ==, 301);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *other = g_strdup_printf ("%s/%064x", state_dir, i);
      g_autofree char *kept = NULL;

      g_assert_true (g_file_get_contents (other, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, "team-knows-django\n");
    }

  /* Nothing ticked: the file goes. */
  tradeoff_tick_store_set_ticked (store, shipped, NULL);
  tradeoff_tick_store_flush (store);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  remove_flat_dir (state_dir);
}

/* Ticks belong to what the criteria do, not to how they read: the shipped
 * guide in German has the key it has in English, so switching the
 * language keeps them. */
static void
test_key_survives_language (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(TradeoffComparison) english = NULL;
  g_autoptr(TradeoffComparison) german = NULL;
  g_autoptr(GError) error = NULL;

  /* In a process of its own, so that no translation looked up before (in
   * English) is reused from gettext's cache. */
  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "de", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  /* gtk_test_init() keeps the "C" locale, where gettext ignores LANGUAGE. */
  setlocale (LC_ALL, "");
  file = g_file_new_for_uri (TRADEOFF_SHIPPED_COMPARISON_URI);
  english = tradeoff_loader_load_file_as_written (file, NULL, &error);
  g_assert_no_error (error);
  german = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);

  g_assert_cmpstr (tradeoff_comparison_get_intro (english), !=, tradeoff_comparison_get_intro (german));
  g_assert_cmpstr (tradeoff_tick_store_get_key (english), ==, tradeoff_tick_store_get_key (german));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* A configuration folder of this test's own, set before anything asks
   * GLib where it is. */
  config_dir = g_dir_make_tmp ("tradeoff-state-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/tradeoff/state/ticks/key-survives-a-change-of-language", test_key_survives_language);
  g_test_add_func ("/tradeoff/state/corrupt-page-setup", test_corrupt_page_setup);
  g_test_add_func ("/tradeoff/state/corrupt-settings-file", test_corrupt_settings_file);
  g_test_add_func ("/tradeoff/state/ticks/id-reuse-cannot-take-over", test_id_reuse_cannot_take_over);
  g_test_add_func ("/tradeoff/state/ticks/bad-tick-drops-alone", test_bad_tick_drops_alone);
  g_test_add_func ("/tradeoff/state/ticks/corrupt-file", test_corrupt_ticks_file);
  g_test_add_func ("/tradeoff/state/ticks/written-once-alone", test_ticks_written_once_alone);

  status = g_test_run ();

  {
    g_autofree char *app_dir = g_build_filename (config_dir, PACKAGE_NAME, NULL);

    g_rmdir (app_dir);
    g_rmdir (config_dir);
    g_free (config_dir);
  }
  return status;
}
