/* test-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Tradeoff remembers between runs survives damage: a corrupt page
 * setup file or settings file is ignored (with a warning where it is ours
 * to give), the defaults are used, and the next save writes a good file.
 */

#define G_LOG_DOMAIN "test-state"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

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

  /* And the next change is written as a good file. */
  gtk_check_button_set_active (criterion_button (window, "greenfield"), TRUE);
  g_settings_sync ();
  close_window (window);

  g_assert_true (g_file_get_contents (path, &rewritten, NULL, NULL));
  g_assert_nonnull (strstr (rewritten, "greenfield"));
  g_unlink (path);
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

  g_test_add_func ("/tradeoff/state/corrupt-page-setup", test_corrupt_page_setup);
  g_test_add_func ("/tradeoff/state/corrupt-settings-file", test_corrupt_settings_file);

  status = g_test_run ();

  {
    g_autofree char *app_dir = g_build_filename (config_dir, PACKAGE_NAME, NULL);

    g_rmdir (app_dir);
    g_rmdir (config_dir);
    g_free (config_dir);
  }
  return status;
}
