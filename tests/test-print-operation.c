/* test-print-operation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print operation before anything is printed: the job is named after
 * the comparison, as a print queue shows it, and the dialog offers the
 * page setup last printed with.  Printing itself, page for page against
 * the saved PDF, is test-print.c's.
 */

#define G_LOG_DOMAIN "test-print-operation"

#include "config.h"

#include <glib/gstdio.h>

#include "tradeoff-loader.h"
#include "tradeoff-print-operation.h"
#include "window-testing.h"

static char *
job_name (TradeoffPrintOperation *operation)
{
  char *name = NULL;

  g_object_get (operation, "job-name", &name, NULL);
  return name;
}

/* A print queue lists the job by the comparison's title, each its own. */
static void
test_job_named_after_comparison (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-databases.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffComparison) three = tradeoff_loader_load_file (file, NULL, NULL);
  g_autoptr(TradeoffAdvisor) shipped_advisor = tradeoff_advisor_new (shipped);
  g_autoptr(TradeoffAdvisor) three_advisor = tradeoff_advisor_new (three);
  g_autoptr(TradeoffPrintOperation) first = tradeoff_print_operation_new (shipped_advisor);
  g_autoptr(TradeoffPrintOperation) second = tradeoff_print_operation_new (three_advisor);
  g_autofree char *first_name = job_name (first);
  g_autofree char *second_name = job_name (second);

  g_assert_nonnull (three);
  g_assert_true (tradeoff_print_operation_get_advisor (first) == shipped_advisor);
  g_assert_cmpstr (first_name, ==, tradeoff_comparison_get_title (shipped));
  g_assert_cmpstr (second_name, ==, tradeoff_comparison_get_title (three));
  g_assert_cmpstr (first_name, !=, second_name);
}

/* With nothing remembered the dialog offers the locale's default paper;
 * with a page setup remembered, that one. */
static void
test_offers_remembered_page_setup (void)
{
  g_autoptr(GtkPageSetup) remembered = gtk_page_setup_new ();
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "tradeoff", "page-setup.ini", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPaperSize) a5 = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (shipped);
  g_autoptr(TradeoffPrintOperation) before = NULL;
  g_autoptr(TradeoffPrintOperation) after = NULL;
  GtkPageSetup *offered;

  g_remove (path);
  before = tradeoff_print_operation_new (advisor);
  offered = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (before));
  g_assert_nonnull (offered);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (offered)), !=, GTK_PAPER_NAME_A5);

  gtk_page_setup_set_paper_size (remembered, a5);
  gtk_page_setup_set_orientation (remembered, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (gtk_page_setup_to_file (remembered, path, &error));
  g_assert_no_error (error);

  after = tradeoff_print_operation_new (advisor);
  offered = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (after));
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (offered)), ==, GTK_PAPER_NAME_A5);
  g_assert_cmpint (gtk_page_setup_get_orientation (offered), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);

  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/print-operation/job-named-after-comparison", test_job_named_after_comparison);
  g_test_add_func ("/tradeoff/print-operation/offers-remembered-page-setup", test_offers_remembered_page_setup);

  return g_test_run ();
}
