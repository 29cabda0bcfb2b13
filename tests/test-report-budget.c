/* test-report-budget.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The work budget of the PDF and the printout (issue 12,
 * tradeoff-report-budget.c): a comparison over it gives a PDF that keeps
 * the decision, stops its bulky lists at an item with a count of what is
 * left out, ends with a note that says where to get all of it, and counts
 * its own pages right ("Page N of M"); one within it is printed whole.
 */

#include "config.h"

#include <string.h>

#include "report-fixtures.h"
#include "testing.h"
#include "tradeoff-report.h"
#include "worst-texts.h"

/* 3.5 million characters of answers: well over the budget. */
static const WorstText over_budget = { "700 answers of 5,000 characters", "ANSWER", WORST_WORDS, 92, 700 };

static TradeoffAdvisor *
load_ticked (GBytes *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  TradeoffAdvisor *advisor;

  comparison = tradeoff_loader_load_bytes (document, "budget.xml", &error);
  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, 0), TRUE);

  return advisor;
}

/* A comparison whose grid is the bulk: 6,000 rows of long values. */
static GBytes *
big_grid_document (void)
{
  g_autoptr(GBytes) plain = worst_text_document (&worst_texts[0]);
  g_autoptr(GString) document = g_string_new_len (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  g_autoptr(GString) rows = g_string_new ("<aspects>");

  for (guint i = 0; i < 6000; i++)
    g_string_append_printf (rows,
                            "<aspect id=\"a%u\"><label>Aspect %u of what to weigh</label>"
                            "<value option=\"tea\">Less of it, on most days, for most people, in most cups</value>"
                            "<value option=\"coffee\">More of it, on most days, for most people, in most cups</value>"
                            "</aspect>\n", i, i);
  g_string_replace (document, "<aspects>", rows->str, 1);

  return g_string_free_to_bytes (g_steal_pointer (&document));
}

/* The PDF's words (report_pdf_text()); %NULL, the test skipped, without
 * pdftotext. */
static char *
pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-budget-XXXXXX", &error);
  g_autofree char *path = NULL;
  char *out;

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  out = report_pdf_text (path);
  remove_tree (dir);

  return out;
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *at = strstr (text, what); at != NULL; at = strstr (at + 1, what))
    n++;

  return n;
}

/* Every page's footer counts the pages there are, and there is one form
 * feed a page. */
static void
assert_pages_counted (const char *text,
                      guint       n_pages)
{
  g_autofree char *first = g_strdup_printf ("Page 1 of %u\n", n_pages);
  g_autofree char *last = g_strdup_printf ("Page %u of %u\n", n_pages, n_pages);
  g_autofree char *of = g_strdup_printf (" of %u\n", n_pages);

  g_assert_cmpuint (count (text, "\f"), ==, n_pages);
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, last));
  g_assert_cmpuint (count (text, of), ==, n_pages);
}

static const char final_note_end[] = "The HTML, Markdown and text exports hold the whole comparison.";

/* What the report of a ticked "I need to stay awake" decides. */
static void
assert_has_decision (const char *text)
{
  g_assert_nonnull (strstr (text, "Recommendation"));
  g_assert_nonnull (strstr (text, "Coffee.\n"));
  g_assert_nonnull (strstr (text, "Reasons"));
  g_assert_nonnull (strstr (text, "Coffee holds more caffeine."));
  g_assert_nonnull (strstr (text, "Ticked"));
  g_assert_nonnull (strstr (text, "☑"));
}

static void
test_over_budget (void)
{
  g_autoptr(GBytes) document = worst_text_document (&over_budget);
  g_autoptr(TradeoffAdvisor) advisor = load_ticked (document);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages;
  const char *cut, *note;

  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tradeoff_report_get_shortened (report));
  n_pages = tradeoff_report_get_n_pages (report);
  /* Bounded: about what the note says a PDF holds, not the 860 pages of
   * the whole. */
  g_assert_cmpuint (n_pages, >, tradeoff_report_get_max_pages () / 2);
  g_assert_cmpuint (n_pages, <=, tradeoff_report_get_max_pages () * 5 / 4);

  text = pdf_text (pdf);
  if (text == NULL)
    return;

  assert_pages_counted (text, n_pages);
  assert_has_decision (text);
  /* The FAQ stops at a question, and says how many are left out. */
  cut = strstr (text, " of the 701 questions are left out of these pages.");
  g_assert_nonnull (cut);
  g_assert_nonnull (strstr (text, "Which keeps me awake, 0?"));
  g_assert_null (strstr (text, "Which keeps me awake, 699?"));
  /* And the report ends with the note, on its last page. */
  note = strstr (text, "These pages leave out what is marked “left out”");
  g_assert_nonnull (note);
  g_assert_true (note > cut);
  g_assert_nonnull (strstr (note, final_note_end));
  g_assert_cmpuint (count (note, "\f"), ==, 1);
}

/* The grid comes before the verdict, but the verdict, the reasons and the
 * ticked criteria are measured first: a grid of 6,000 rows is cut, not
 * the decision. */
static void
test_decision_first (void)
{
  g_autoptr(GBytes) document = big_grid_document ();
  g_autoptr(TradeoffAdvisor) advisor = load_ticked (document);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  const char *grid_cut, *verdict;

  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tradeoff_report_get_shortened (report));

  text = pdf_text (pdf);
  if (text == NULL)
    return;

  assert_pages_counted (text, tradeoff_report_get_n_pages (report));
  assert_has_decision (text);
  grid_cut = strstr (text, " of the 6001 rows of the comparison are left out of these pages.");
  verdict = strstr (text, "Recommendation");
  g_assert_nonnull (grid_cut);
  g_assert_true (grid_cut < verdict);
  g_assert_nonnull (strstr (text, "Aspect 0 of what to weigh"));
  g_assert_null (strstr (text, "Aspect 5999 of what to weigh"));
  /* Measuring the columns may take a quarter of the budget, so the grid
   * stops there and leaves room for the FAQ's one question. */
  g_assert_nonnull (strstr (text, "Which keeps me awake?\n"));
  g_assert_nonnull (strstr (text, final_note_end));
}

/* 200 answers of 5,000 characters, about 250 pages, are within the
 * budget: printed whole, with no note. */
static void
test_within_budget (void)
{
  g_autoptr(GBytes) document = worst_text_document (&worst_texts[G_N_ELEMENTS (worst_texts) - 1]);
  g_autoptr(TradeoffAdvisor) advisor = load_ticked (document);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (tradeoff_report_get_shortened (report));
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), >, 200);

  text = pdf_text (pdf);
  if (text == NULL)
    return;

  assert_pages_counted (text, tradeoff_report_get_n_pages (report));
  g_assert_nonnull (strstr (text, "Which keeps me awake, 199?"));
  g_assert_null (strstr (text, "left out"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report-budget/over-budget", test_over_budget);
  g_test_add_func ("/tradeoff/report-budget/decision-first", test_decision_first);
  g_test_add_func ("/tradeoff/report-budget/within-budget", test_within_budget);

  return g_test_run ();
}
