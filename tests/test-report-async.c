/* test-report-async.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a report on a thread (issue 12: a long PDF must not freeze the
 * window): the file holds the report as it was when the write began,
 * whatever is ticked or written in the record meanwhile; every format
 * comes out as the synchronous write gives it; a cancelled write leaves
 * the old file and no temporary one.
 */

#define G_LOG_DOMAIN "test-report-async"

#include "config.h"

#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "report-fixtures.h"
#include "tradeoff-decision.h"
#include "tradeoff-report-private.h"
#include "worst-texts.h"

typedef struct
{
  gboolean  done;
  gboolean  written;
  GError   *error;
} Outcome;

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->written = tradeoff_report_write_finish (TRADEOFF_REPORT (source), result,
                                                   &outcome->error);
  outcome->done = TRUE;
}

static void
wait_for (Outcome *outcome)
{
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tradeoff-async-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* HTML, Markdown and text are byte for byte what the synchronous write
 * gives; a PDF carries its creation time, so its pages are compared. */
static void
test_same_as_sync (void)
{
  static const TradeoffReportFormat formats[] = {
    TRADEOFF_REPORT_FORMAT_HTML, TRADEOFF_REPORT_FORMAT_MARKDOWN,
    TRADEOFF_REPORT_FORMAT_TEXT, TRADEOFF_REPORT_FORMAT_PDF,
  };
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *dir = make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, "report", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) expected = NULL;
      g_autoptr(GBytes) written = NULL;
      g_autoptr(GError) error = NULL;
      Outcome outcome = { 0 };

      expected = tradeoff_report_to_bytes (report, formats[i], NULL, &error);
      g_assert_no_error (error);
      tradeoff_report_write_async (report, file, formats[i], NULL, write_done, &outcome);
      wait_for (&outcome);
      g_assert_no_error (outcome.error);
      g_assert_true (outcome.written);

      written = read_bytes (path);
      if (formats[i] != TRADEOFF_REPORT_FORMAT_PDF)
        {
          g_assert_true (g_bytes_equal (written, expected));
        }
      else
        {
          gsize length;
          const char *data = g_bytes_get_data (written, &length);

          g_assert_cmpuint (length, >, 1000);
          g_assert_true (strncmp (data, "%PDF-", 5) == 0);
          /* Within a few bytes: the same pages, another timestamp. */
          g_assert_cmpint (ABS ((gssize) length - (gssize) g_bytes_get_size (expected)), <, 64);
        }
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* What is ticked after the write began is not in the file, and the live
 * advisor is left with what was ticked last. */
static void
test_snapshot_of_ticks (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "advice.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  Outcome outcome = { 0 };

  before = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL, &error);
  g_assert_no_error (error);
  tradeoff_report_write_async (report, file, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL,
                               write_done, &outcome);
  /* Before the thread can have read anything of the live advisor. */
  tradeoff_advisor_reset (advisor);
  tradeoff_advisor_set_level (advisor, tradeoff_comparison_get_criterion (tradeoff_advisor_get_comparison (advisor), 1),
                              TRADEOFF_LEVEL_MUST);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);

  written = read_bytes (path);
  after = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (before, after));
  g_assert_true (g_bytes_equal (written, before));
  g_assert_cmpuint (tradeoff_advisor_get_n_must (advisor), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* A decision's record is copied too: a note changed meanwhile waits for
 * the next save. */
static void
test_snapshot_of_record (void)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffDecision) decision = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "decision.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  Outcome outcome = { 0 };
  const char *text;

  comparison = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);
  decision = tradeoff_decision_new (comparison);
  g_assert_true (tradeoff_decision_set_note (decision, "Chosen for the admin site.", &error));
  g_assert_true (tradeoff_decision_set_deciders (decision, "Ada, Grace", &error));
  g_assert_no_error (error);
  report = tradeoff_report_new_for_decision (decision);

  tradeoff_report_write_async (report, file, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL,
                               write_done, &outcome);
  g_assert_true (tradeoff_decision_set_note (decision, "Changed while saving.", &error));
  g_assert_true (tradeoff_decision_set_deciders (decision, "Linus", &error));
  g_assert_no_error (error);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);

  written = read_bytes (path);
  text = g_bytes_get_data (written, NULL);
  g_assert_nonnull (strstr (text, "Chosen for the admin site."));
  g_assert_nonnull (strstr (text, "Ada, Grace"));
  g_assert_null (strstr (text, "Changed while saving."));
  g_assert_null (strstr (text, "Linus"));

  g_unlink (path);
  g_rmdir (dir);
}

/* About 250 pages (worst-texts.h): seconds of work, cancelled at once.
 * The old file stays, no temporary file is left, and the error is
 * G_IO_ERROR_CANCELLED, which a window shows as nothing at all. */
static void
test_cancel_keeps_old_file (void)
{
  const WorstText *text = &worst_texts[G_N_ELEMENTS (worst_texts) - 1];
  g_autoptr(GBytes) document = worst_text_document (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (document, "many.xml", &error);
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GBytes) kept = NULL;
  Outcome outcome = { 0 };

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  report = tradeoff_report_new (advisor);
  g_assert_true (g_file_set_contents (path, "the old file", -1, &error));

  tradeoff_report_write_async (report, file, TRADEOFF_REPORT_FORMAT_PDF, cancellable,
                               write_done, &outcome);
  g_cancellable_cancel (cancellable);
  wait_for (&outcome);
  g_assert_false (outcome.written);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);

  kept = read_bytes (path);
  g_assert_cmpstr (g_bytes_get_data (kept, NULL), ==, "the old file");
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "old.pdf");
  g_assert_null (g_dir_read_name (listing));

  g_unlink (path);
  g_rmdir (dir);
}

/* Measuring stops once cancelled: the pages of a cancelled report are
 * not made (the PDF writer then gives up before drawing). */
static void
test_cancel_stops_measuring (void)
{
  const WorstText *text = &worst_texts[G_N_ELEMENTS (worst_texts) - 1];
  g_autoptr(GBytes) document = worst_text_document (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (document, "many.xml", &error);
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) pdf = NULL;
  PangoContext *context;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  report = tradeoff_report_new (advisor);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  _tradeoff_report_paginate_cancellable (report, context, 480, 700, NULL);
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), >=, 100);

  /* Cancelled before it starts: every cell is left unmeasured, no line
   * at all, so only the blocks' spacing takes room: a few pages where the
   * measured report had over a hundred. */
  g_cancellable_cancel (cancellable);
  _tradeoff_report_paginate_cancellable (report, context, 480, 700, cancellable);
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), <=, 10);

  g_object_unref (context);

  pdf = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_PDF, cancellable, &error);
  g_assert_null (pdf);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report-async/same-as-sync", test_same_as_sync);
  g_test_add_func ("/tradeoff/report-async/snapshot-of-ticks", test_snapshot_of_ticks);
  g_test_add_func ("/tradeoff/report-async/snapshot-of-record", test_snapshot_of_record);
  g_test_add_func ("/tradeoff/report-async/cancel-keeps-old-file", test_cancel_keeps_old_file);
  g_test_add_func ("/tradeoff/report-async/cancel-stops-measuring", test_cancel_stops_measuring);

  return g_test_run ();
}
