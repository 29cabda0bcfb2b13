/* test-report-stream.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed report keeps no page laid out (issue 12): a PDF of hundreds
 * of pages is made with a handful of PangoLayouts alive at any moment
 * (counted through the report's private hook, not timed), pages come out
 * the same in whatever order they are drawn, as the print dialog's
 * preview asks for them, and the shipped comparison's PDF has the pages
 * and the text it had when every page was laid out before drawing
 * (tests/data/report-shipped.txt, taken from that code).
 */

#define G_LOG_DOMAIN "test-report-stream"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "report-fixtures.h"
#include "tradeoff-report-private.h"
#include "worst-texts.h"

/* Header, footer, the grid's column measurer, and one shared layout per
 * table column (a grid row of 8 options has 9 cells). */
#define MAX_LAYOUTS (3 + TRADEOFF_REPORT_MAX_CELLS)

/* 200 answers of 5,000 characters: about 250 pages (worst-texts.h). */
static TradeoffAdvisor *
many_pages_advisor (void)
{
  const WorstText *text = &worst_texts[G_N_ELEMENTS (worst_texts) - 1];
  g_autoptr(GBytes) document = worst_text_document (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (document, "many.xml", &error);
  TradeoffAdvisor *advisor;

  g_assert_no_error (error);
  g_assert_cmpuint (text->copies, >=, 100);
  advisor = tradeoff_advisor_new (comparison);
  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, 0), TRUE);

  return advisor;
}

static void
test_pdf_layouts_bounded (void)
{
  g_autoptr(TradeoffAdvisor) advisor = many_pages_advisor ();
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;

  _tradeoff_report_reset_peak_layouts ();
  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);

  /* Laid out page by page before, it held one layout per paragraph and
   * table cell: over 400 here. */
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), >=, 200);
  g_assert_cmpuint (_tradeoff_report_get_peak_layouts (), <=, MAX_LAYOUTS);
}

static PangoContext *
points_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_destroy (options);

  return context;
}

/* Page @page at half size, as pixels. */
static GBytes *
draw_page (TradeoffReport *report,
           guint           page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 420);
  cairo_t *cr = cairo_create (surface);
  GBytes *pixels;

  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_scale (cr, 0.5, 0.5);
  tradeoff_report_draw_page (report, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface) * 420);
  cairo_surface_destroy (surface);

  return pixels;
}

/* The print dialog's preview draws any page at any time, the printer each
 * page in turn, perhaps backwards: the same page whatever came before. */
static void
test_pages_in_any_order (void)
{
  g_autoptr(TradeoffAdvisor) advisor = many_pages_advisor ();
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  PangoContext *context = points_context ();
  GBytes *forward[3], *backward[3];
  guint pages[3];
  guint n;

  _tradeoff_report_reset_peak_layouts ();
  tradeoff_report_paginate (report, context, 487.0, 734.0);
  g_object_unref (context);
  n = tradeoff_report_get_n_pages (report);
  g_assert_cmpuint (n, >=, 200);
  pages[0] = 0;
  pages[1] = n / 2;
  pages[2] = n - 1;

  for (guint i = 0; i < 3; i++)
    forward[i] = draw_page (report, pages[i]);
  for (guint i = 3; i-- > 0;)
    backward[i] = draw_page (report, pages[i]);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (g_bytes_equal (forward[i], backward[i]));
      if (i > 0)
        g_assert_false (g_bytes_equal (forward[i], forward[i - 1]));
      g_bytes_unref (forward[i]);
      g_bytes_unref (backward[i]);
    }
  g_assert_cmpuint (_tradeoff_report_get_peak_layouts (), <=, MAX_LAYOUTS);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  char *out = NULL;
  int status = 0;
  const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Today's date is in the report: the golden text has "Advice as of DATE". */
static char *
without_date (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Advice as of "))
      {
        g_free (lines[i]);
        lines[i] = g_strdup ("Advice as of DATE");
      }

  return g_strjoinv ("\n", lines);
}

/* The text and page count of the shipped comparison's PDF are those the
 * report made before it stopped keeping pages.  Line breaks depend on the
 * fonts installed: the golden text was taken with the suite's own
 * (fonts-dejavu-core, build-aux/packages.sh).  TRADEOFF_REPORT_GOLDEN=FILE
 * writes the text there instead, for a change meant to show. */
static void
test_shipped_unchanged (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *got = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  const char *golden = g_getenv ("TRADEOFF_REPORT_GOLDEN");

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  dir = g_dir_make_tmp ("tradeoff-report-stream-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  file = g_file_new_for_path (path);
  tradeoff_report_write (report, file, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  text = pdf_text (path);
  remove_tree (dir);

  got = g_strdup_printf ("pages: %u\n%s", tradeoff_report_get_n_pages (report), text);
  g_free (text);
  text = without_date (got);

  if (golden != NULL)
    {
      g_file_set_contents (golden, text, -1, &error);
      g_assert_no_error (error);
      return;
    }

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "report-shipped.txt", NULL),
                       &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report-stream/pdf-layouts-bounded", test_pdf_layouts_bounded);
  g_test_add_func ("/tradeoff/report-stream/pages-in-any-order", test_pages_in_any_order);
  g_test_add_func ("/tradeoff/report-stream/shipped-unchanged", test_shipped_unchanged);

  return g_test_run ();
}
