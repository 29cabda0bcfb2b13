/* test-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing, run to a file through GTK_PRINT_OPERATION_ACTION_EXPORT: the
 * printed pages are the report's, page for page the same as a saved PDF on
 * that paper, and the page setup printed with is remembered.
 */

#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tradeoff-loader.h"
#include "tradeoff-print-operation.h"
#include "worst-texts.h"

static const char * const ticks[] = { "team-knows-django", "greenfield", "integrations", NULL };

static TradeoffAdvisor *
shipped_advisor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (&error);
  TradeoffAdvisor *advisor;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  tradeoff_advisor_select_ids (advisor, ticks, &error);
  g_assert_no_error (error);

  return advisor;
}

/* "/Type /Page" objects, not the "/Type /Pages" tree. */
static guint
count_pdf_pages (const char *data,
                 gsize       size)
{
  static const char needle[] = "/Type /Page";
  guint n = 0;

  for (gsize i = 0; i + sizeof needle < size; i++)
    if (memcmp (data + i, needle, sizeof needle - 1) == 0 && data[i + sizeof needle - 1] != 's')
      n++;

  return n;
}

/* The size of the PDF's first page, in points. */
static void
assert_paper (GBytes *pdf,
              double  width,
              double  height)
{
  static const char needle[] = "/MediaBox [";
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  g_autofree char *box = NULL;
  double x, y, w, h;

  /* The file is binary: search it byte by byte, not as a string. */
  for (gsize i = 0; box == NULL && i + 64 < size; i++)
    if (memcmp (data + i, needle, sizeof needle - 1) == 0)
      box = g_strndup (data + i, 64);

  g_assert_nonnull (box);
  g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf ]", &x, &y, &w, &h), ==, 4);
  g_assert_cmpfloat_with_epsilon (w - x, width, 0.5);
  g_assert_cmpfloat_with_epsilon (h - y, height, 0.5);
}

/* Prints to a PDF file with no dialog; returns the file's contents. */
static GBytes *
export (TradeoffPrintOperation *operation,
        guint                  *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  GtkPrintOperationResult result;
  char *data = NULL;
  gsize size;
  int pages = 0;

  g_assert_no_error (error);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), FALSE);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, 5);
  g_assert_cmpmem (data, 5, "%PDF-", 5);

  g_object_get (operation, "n-pages", &pages, NULL);
  g_assert_cmpint (pages, >, 0);
  *n_pages = pages;

  g_remove (path);
  g_rmdir (dir);

  return g_bytes_new_take (data, size);
}

static void
test_export (void)
{
  g_autoptr(TradeoffAdvisor) advisor = shipped_advisor ();
  TradeoffPrintOperation *operation = tradeoff_print_operation_new (advisor);
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GBytes) printed = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;
  guint n_pages;

  g_assert_true (tradeoff_print_operation_get_advisor (operation) == advisor);

  printed = export (operation, &n_pages);
  data = g_bytes_get_data (printed, &size);
  g_assert_cmpuint (count_pdf_pages (data, size), ==, n_pages);
  g_assert_cmpuint (n_pages, >=, 2);
  /* The locale's paper, A4 here, when nothing was printed before. */
  assert_paper (printed, 595.28, 841.89);

  /* A PDF saved on the same page setup has the same pages. */
  report = tradeoff_print_operation_create_report (advisor);
  saved = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (saved, &size);
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), ==, n_pages);
  g_assert_cmpuint (count_pdf_pages (data, size), ==, n_pages);
  g_assert_false (tradeoff_print_operation_get_shortened (operation));

  g_assert_finalize_object (operation);
}

/* A printout is held to the PDF's work budget: the same bounded pages,
 * and the operation says it left parts out, for the window to tell. */
static void
test_over_budget (void)
{
  static const WorstText longer = { "700 answers", "ANSWER", WORST_WORDS, 92, 700 };
  g_autoptr(GBytes) document = worst_text_document (&longer);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (document, "longer.xml", &error);
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GBytes) printed = NULL;
  g_autoptr(GBytes) saved = NULL;
  TradeoffPrintOperation *operation;
  guint n_pages;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  operation = tradeoff_print_operation_new (advisor);
  printed = export (operation, &n_pages);
  g_assert_true (tradeoff_print_operation_get_shortened (operation));
  g_assert_cmpuint (n_pages, <=, tradeoff_report_get_max_pages () * 5 / 4);

  report = tradeoff_print_operation_create_report (advisor);
  saved = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tradeoff_report_get_shortened (report));
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), ==, n_pages);

  g_assert_finalize_object (operation);
}

static void
test_page_setup_remembered (void)
{
  g_autoptr(TradeoffAdvisor) advisor = shipped_advisor ();
  TradeoffPrintOperation *operation = tradeoff_print_operation_new (advisor);
  g_autoptr(GtkPageSetup) letter = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPageSetup) loaded = NULL;
  g_autoptr(GBytes) printed = NULL;
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "tradeoff",
                                            "page-setup.ini", NULL);
  guint n_pages, letter_pages;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  loaded = tradeoff_print_operation_load_page_setup ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded)), ==,
                   GTK_PAPER_NAME_A4);
  g_clear_object (&loaded);

  gtk_page_setup_set_paper_size_and_default_margins (letter, paper);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), letter);
  g_clear_pointer (&printed, g_bytes_unref);
  printed = export (operation, &letter_pages);
  assert_paper (printed, 612.0, 792.0);
  g_assert_finalize_object (operation);

  /* The next run, even of a new program, starts on Letter. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  loaded = tradeoff_print_operation_load_page_setup ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded)), ==,
                   GTK_PAPER_NAME_LETTER);

  operation = tradeoff_print_operation_new (advisor);
  g_clear_pointer (&printed, g_bytes_unref);
  printed = export (operation, &n_pages);
  assert_paper (printed, 612.0, 792.0);
  g_assert_cmpuint (n_pages, ==, letter_pages);
  g_assert_finalize_object (operation);
}

int
main (int   argc,
      char *argv[])
{
  /* Each test has its own empty configuration folder. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();

  g_test_add_func ("/tradeoff/print/export", test_export);
  g_test_add_func ("/tradeoff/print/over-budget", test_over_budget);
  g_test_add_func ("/tradeoff/print/page-setup-remembered", test_page_setup_remembered);

  return g_test_run ();
}
