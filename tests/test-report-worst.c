/* test-report-worst.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The worst texts the loader lets through (worst-texts.h) load, and each
 * exports to a PDF whose pages hold them.  Before the title in the page
 * header was shortened, an 80,000-character title took 17 s, and emoji
 * families 150 s and 1.2 GB: tests/meson.build gives this test a timeout
 * that such a file would run into, and bench/bench-export.c says how long
 * each takes and how much memory.  The 16 MiB files each class of text
 * can fill are over the PDF's work budget: they export, cut to about
 * what the budget holds, within the same timeout.
 */

#include "config.h"

#include <string.h>

#include "tradeoff-report.h"
#include "hostile-fixtures.h"
#include "worst-texts.h"

static void
test_worst_text (gconstpointer data)
{
  const WorstText *text = data;
  g_autoptr(GBytes) document = worst_text_document (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;

  comparison = tradeoff_loader_load_bytes (document, "worst.xml", &error);
  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, 0), TRUE);

  report = tradeoff_report_new (advisor);
  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), >, 0);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
  g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF", 4) == 0);
}

/* The 16 MiB files over the work budget: a PDF of about the budget's
 * pages, not of the thousands the whole would take (92 s for the emoji). */
static void
test_over_budget (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;

  document = g_str_equal (name, "emoji-at-limit") ? hostile_faq_at_limit ("Which? ", WORST_FAMILY, 0)
                                                  : hostile_generate (name);
  g_assert_nonnull (document);

  comparison = tradeoff_loader_load_bytes (document, name, &error);
  g_assert_no_error (error);
  g_clear_pointer (&document, g_bytes_unref);
  advisor = tradeoff_advisor_new (comparison);
  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, 0), TRUE);

  report = tradeoff_report_new (advisor);
  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tradeoff_report_get_shortened (report));
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), <=, 2 * tradeoff_report_get_max_pages ());
  g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF", 4) == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (worst_texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tradeoff/report-worst/%u", i);

      g_test_add_data_func (path, &worst_texts[i], test_worst_text);
    }

  g_test_add_data_func ("/tradeoff/report-worst/over-budget/texts", "texts-at-limit", test_over_budget);
  g_test_add_data_func ("/tradeoff/report-worst/over-budget/chinese", "chinese-at-limit", test_over_budget);
  g_test_add_data_func ("/tradeoff/report-worst/over-budget/emoji", "emoji-at-limit", test_over_budget);
  g_test_add_data_func ("/tradeoff/report-worst/over-budget/dense-criteria", "dense-valid-criteria",
                        test_over_budget);

  return g_test_run ();
}
