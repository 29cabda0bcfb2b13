/* bench-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long saving the report takes: PDF, HTML, Markdown and plain text,
 * for the given comparisons (with a few criteria ticked, so the advice is
 * in the report), and how the PDF's time grows with its number of pages,
 * over generated comparisons that double in size.
 *
 *   bench-export --generator build/tests/bench/gen-comparison SHIPPED.xml [BIG.xml…]
 *
 * Budget (issue 7): a PDF of the shipped comparison takes well under
 * 200 ms, and export time grows linearly with the number of pages.
 * Issue 12: the worst texts the loader accepts export in a few seconds
 * and a bounded amount of memory.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "bench-util.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"
#include "../hostile-fixtures.h"
#include "../worst-texts.h"

/* "Well under" 200 ms: half of it. */
#define SHIPPED_PDF_BUDGET_MS 100.0
/* Linear: the time per page stays within this factor from a few pages to
 * the large comparison's hundreds (caches make big documents a little
 * dearer per page; a quadratic layout would multiply it by the page count
 * ratio, here about 90). */
#define PER_PAGE_BUDGET 1.5
/* Below this, the fixed cost of a document hides the cost per page. */
#define MIN_PAGES 15
/* Issue 12: "no PDF export takes more than a few seconds, or runs away in
 * memory". */
#define WORST_PDF_BUDGET_MS 3000.0
#define WORST_PEAK_BUDGET_MB 300.0

typedef struct
{
  double   ms;
  guint    n_pages;
  /* Cut short by the work budget: its time is the budget's, not its
   * pages'. */
  gboolean shortened;
} PdfFigure;

typedef struct
{
  TradeoffAdvisor      *advisor;
  TradeoffReportFormat  format;
  GFile                *file;
  gsize                 size;
  guint                 n_pages;
  gboolean              shortened;
} Export;

static void
export_to_bytes (gpointer data)
{
  Export *export = data;
  g_autoptr(TradeoffReport) report = tradeoff_report_new (export->advisor);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = tradeoff_report_to_bytes (report, export->format, NULL, &error);
  g_assert_no_error (error);
  export->size = g_bytes_get_size (bytes);
  if (export->format == TRADEOFF_REPORT_FORMAT_PDF)
    {
      export->n_pages = tradeoff_report_get_n_pages (report);
      export->shortened = tradeoff_report_get_shortened (report);
    }
}

static void
export_save (gpointer data)
{
  Export *export = data;
  g_autoptr(GError) error = NULL;

  tradeoff_report_save (export->advisor, export->file, export->format, NULL, &error);
  g_assert_no_error (error);
}

/* A few ticks spread over the groups, so the report carries a verdict,
 * reasons and flips, as a saved report usually does. */
static TradeoffAdvisor *
advisor_with_ticks (TradeoffComparison *comparison)
{
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  guint n = tradeoff_comparison_get_n_criteria (comparison);

  for (guint c = 0; c < n && c < 60; c += 12)
    tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, c), TRUE);

  return advisor;
}

static TradeoffComparison *
load (GBytes     *bytes,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_bytes (bytes, name, &error);

  g_assert_no_error (error);
  return comparison;
}

/* Returns the PDF's median time and its pages. */
static PdfFigure
bench_file (const char *path,
            const char *tmpdir)
{
  static const struct {
    TradeoffReportFormat format;
    const char *name;
  } formats[] = {
    { TRADEOFF_REPORT_FORMAT_PDF, "PDF" },
    { TRADEOFF_REPORT_FORMAT_HTML, "HTML" },
    { TRADEOFF_REPORT_FORMAT_MARKDOWN, "Markdown" },
    { TRADEOFF_REPORT_FORMAT_TEXT, "text" },
  };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_file (file, NULL, &error);
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autofree char *out_path = g_build_filename (tmpdir, "report.pdf", NULL);
  Export export = { NULL, TRADEOFF_REPORT_FORMAT_PDF, NULL, 0, 0 };
  PdfFigure pdf = { 0.0, 0, FALSE };
  double save_ns;
  guint runs;

  g_assert_no_error (error);
  advisor = advisor_with_ticks (comparison);
  export.advisor = advisor;
  bench_print_heading ("export: %s (%u ticked)", path, tradeoff_advisor_get_n_ticked (advisor));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      double ns;
      g_autofree char *name = NULL;

      export.format = formats[i].format;
      runs = bench_compare (NULL, NULL, NULL, export_to_bytes, &export, &ns, 3, 51, 3.0);
      if (export.format == TRADEOFF_REPORT_FORMAT_PDF)
        {
          pdf.ms = ns / 1e6;
          pdf.n_pages = export.n_pages;
          pdf.shortened = export.shortened;
          name = g_strdup_printf ("%s to bytes (%u pages, %.0f kB; %u runs)", formats[i].name,
                                  export.n_pages, export.size / 1000.0, runs);
        }
      else
        name = g_strdup_printf ("%s to bytes (%.0f kB; %u runs)", formats[i].name,
                                export.size / 1000.0, runs);
      bench_print_row (name, ns / 1e6, "ms", 0.0);
    }

  /* What Save does: the same bytes, written atomically. */
  export.format = TRADEOFF_REPORT_FORMAT_PDF;
  export.file = g_file_new_for_path (out_path);
  runs = bench_compare (NULL, NULL, NULL, export_save, &export, &save_ns, 3, 51, 3.0);
  {
    g_autofree char *name = g_strdup_printf ("PDF saved to a file (%u runs)", runs);

    bench_print_row (name, save_ns / 1e6, "ms", 0.0);
  }
  g_unlink (out_path);
  g_object_unref (export.file);

  return pdf;
}

/* PDF time against pages, over comparisons that double in size, and the
 * large comparison given on the command line (@large, may have no pages). */
static gboolean
bench_pages (const char *generator,
             PdfFigure   large)
{
  static const int faq_sizes[] = { 25, 50, 100, 200, 400, 800 };
  double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0, slope, intercept, r2;
  double cheapest = G_MAXDOUBLE, dearest = 0.0;
  guint n = G_N_ELEMENTS (faq_sizes);

  bench_print_heading ("export: PDF time against pages (generated, 2 options; FAQ doubling)");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GBytes) bytes = bench_generate (generator, 2, faq_sizes[i] / 5, faq_sizes[i],
                                                faq_sizes[i] / 2);
      g_autoptr(TradeoffComparison) comparison = load (bytes, "generated");
      g_autoptr(TradeoffAdvisor) advisor = advisor_with_ticks (comparison);
      Export export = { advisor, TRADEOFF_REPORT_FORMAT_PDF, NULL, 0, 0 };
      double ns, ms, pages;
      guint runs = bench_compare (NULL, NULL, NULL, export_to_bytes, &export, &ns, 7, 31, 2.0);

      ms = ns / 1e6;
      pages = export.n_pages;
      g_print ("  FAQ %4d: %4u pages %10.2f ms %8.3f ms/page (%u runs)\n", faq_sizes[i],
               export.n_pages, ms, ms / pages, runs);
      if (export.n_pages >= MIN_PAGES)
        {
          cheapest = MIN (cheapest, ms / pages);
          dearest = MAX (dearest, ms / pages);
        }
      sx += pages;
      sy += ms;
      sxx += pages * pages;
      sxy += pages * ms;
      syy += ms * ms;
    }

  slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  intercept = (sy - slope * sx) / n;
  r2 = pow (n * sxy - sx * sy, 2) / ((n * sxx - sx * sx) * (n * syy - sy * sy));
  g_print ("  least squares: %.3f ms + %.3f ms/page, R^2 = %.4f\n", intercept, slope, r2);
  /* A PDF the work budget cut short measured what it left out too: its
   * time is bounded by the budget (bench_worst), not linear in its pages. */
  if (large.n_pages >= MIN_PAGES && large.shortened)
    g_print ("  large comparison: %u pages %10.2f ms, cut short by the work budget: not counted\n",
             large.n_pages, large.ms);
  else if (large.n_pages >= MIN_PAGES)
    {
      g_print ("  large comparison: %u pages %10.2f ms %8.3f ms/page\n", large.n_pages,
               large.ms, large.ms / large.n_pages);
      cheapest = MIN (cheapest, large.ms / large.n_pages);
      dearest = MAX (dearest, large.ms / large.n_pages);
    }
  g_print ("  time per page, dearest / cheapest (from %d pages up): %.2f (1 is linear)\n",
           MIN_PAGES, dearest / cheapest);

  return bench_print_budget ("PDF time linear in pages (ms/page within 1.5x)",
                             dearest <= PER_PAGE_BUDGET * cheapest);
}

static double
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/* The PDF of one worst case: the median time, printed. */
static double
bench_worst_pdf (GBytes     *bytes,
                 const char *label)
{
  g_autoptr(TradeoffComparison) comparison = load (bytes, "worst");
  g_autoptr(TradeoffAdvisor) advisor = advisor_with_ticks (comparison);
  Export export = { advisor, TRADEOFF_REPORT_FORMAT_PDF, NULL, 0, 0, FALSE };
  g_autofree char *name = NULL;
  double ns;
  guint runs = bench_compare (NULL, NULL, NULL, export_to_bytes, &export, &ns, 3, 11, 2.0);

  name = g_strdup_printf ("%s (%u pages%s; %u runs)", label, export.n_pages,
                          export.shortened ? ", shortened by the budget" : "", runs);
  bench_print_row (name, ns / 1e6, "ms", 0.0);

  return ns / 1e6;
}

/* The worst texts the loader accepts (worst-texts.h), and the 16 MiB
 * files over the PDF's work budget (hostile-fixtures.h), each as a PDF:
 * the slowest, and the process's peak memory after them all (it only
 * grows, so it bounds every one of them). */
static gboolean
bench_worst_texts (void)
{
  static const char * const over_budget[] = {
    "texts-at-limit", "chinese-at-limit", "dense-valid-criteria",
  };
  double slowest = 0.0;

  bench_print_heading ("export: PDF of the worst texts the loader accepts");
  for (guint i = 0; i < G_N_ELEMENTS (worst_texts); i++)
    {
      g_autoptr(GBytes) bytes = worst_text_document (&worst_texts[i]);

      slowest = MAX (slowest, bench_worst_pdf (bytes, worst_texts[i].name));
    }
  for (guint i = 0; i < G_N_ELEMENTS (over_budget); i++)
    {
      g_autoptr(GBytes) bytes = hostile_generate (over_budget[i]);

      slowest = MAX (slowest, bench_worst_pdf (bytes, over_budget[i]));
    }
  {
    g_autoptr(GBytes) bytes = hostile_faq_at_limit ("Which? ", WORST_FAMILY, 0);

    slowest = MAX (slowest, bench_worst_pdf (bytes, "emoji-at-limit"));
  }
  bench_print_row ("peak memory of the process so far", peak_mb (), "MB", 0.0);

  return bench_print_budget ("worst-case PDF within a few seconds (<= 3 s)",
                             slowest <= WORST_PDF_BUDGET_MS) &&
         bench_print_budget ("worst-case PDF peak memory <= 300 MB",
                             peak_mb () <= WORST_PEAK_BUDGET_MB);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *generator = NULL;
  GOptionEntry entries[] = {
    { "generator", 0, 0, G_OPTION_ARG_FILENAME, &generator,
      "The gen-comparison program, for the pages series", "PROGRAM" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("SHIPPED.xml [FILE…]");
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  PdfFigure shipped;
  PdfFigure large = { 0.0, 0 };

  g_option_context_set_summary (context,
                                "Times PDF, HTML, Markdown and text export; the first FILE "
                                "is the shipped comparison.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("bench-export: %s\n", error != NULL ? error->message : "no FILE given");
      return 2;
    }

  tmpdir = g_dir_make_tmp ("bench-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_print ("Exporting: the report with a few criteria ticked (median of several runs)\n");
  shipped = bench_file (argv[1], tmpdir);
  for (int i = 2; i < argc; i++)
    {
      PdfFigure figure = bench_file (argv[i], tmpdir);

      if (figure.n_pages > large.n_pages)
        large = figure;
    }
  g_rmdir (tmpdir);

  if (generator != NULL)
    bench_pages (generator, large);
  bench_worst_texts ();

  g_print ("\n");
  bench_print_budget ("PDF of the shipped comparison well under 200 ms (<= 100 ms)",
                      shipped.ms <= SHIPPED_PDF_BUDGET_MS);

  return 0;
}
