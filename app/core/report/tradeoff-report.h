/* tradeoff-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison with the current ticks and verdict, as a report: pages laid
 * out with pango and drawn with cairo (shared by printing and PDF export),
 * and the same story as HTML, Markdown and plain text.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "tradeoff-advisor.h"
#include "tradeoff-decision.h"

G_BEGIN_DECLS

typedef enum
{
  TRADEOFF_REPORT_FORMAT_PDF,
  TRADEOFF_REPORT_FORMAT_HTML,
  TRADEOFF_REPORT_FORMAT_MARKDOWN,
  TRADEOFF_REPORT_FORMAT_TEXT,
} TradeoffReportFormat;

/* By extension, case-insensitive: .pdf, .html/.htm, .md/.markdown,
 * .txt/.text.  Returns %FALSE, leaving @format alone, for anything else. */
gboolean    tradeoff_report_format_for_filename  (const char           *filename,
                                                  TradeoffReportFormat *format);
/* @filename with @format's extension, replacing a report format's. */
char       *tradeoff_report_filename_for_format  (const char           *filename,
                                                  TradeoffReportFormat  format);
/* The usual extension, without the dot ("pdf"), and the MIME type, for file
 * chooser filters. */
const char *tradeoff_report_format_get_extension (TradeoffReportFormat  format);
const char *tradeoff_report_format_get_mime_type (TradeoffReportFormat  format);

#define TRADEOFF_TYPE_REPORT (tradeoff_report_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffReport, tradeoff_report, TRADEOFF, REPORT, GObject)

TradeoffReport  *tradeoff_report_new             (TradeoffAdvisor      *advisor);
TradeoffAdvisor *tradeoff_report_get_advisor     (TradeoffReport       *self);
/* A report of a person's decision: its advisor's advice, and its record
 * (status, date, deciders, choice, note), which the Markdown export gives
 * as a MADR 4.0 decision record. */
TradeoffReport  *tradeoff_report_new_for_decision (TradeoffDecision    *decision);
/* The decision, or %NULL for a report of the advice alone. */
TradeoffDecision *tradeoff_report_get_decision   (TradeoffReport       *self);

/* The sheet a PDF is written on, in points (1/72 inch).  The default paper
 * is the locale's (A4, or Letter where that is the custom) with 54 pt
 * margins; printing takes both from the print dialog instead. */
double           tradeoff_report_get_page_width  (TradeoffReport       *self);
double           tradeoff_report_get_page_height (TradeoffReport       *self);
void             tradeoff_report_set_page_size   (TradeoffReport       *self,
                                                  double                width,
                                                  double                height);
void             tradeoff_report_get_margins     (TradeoffReport       *self,
                                                  double               *top,
                                                  double               *right,
                                                  double               *bottom,
                                                  double               *left);
void             tradeoff_report_set_margins     (TradeoffReport       *self,
                                                  double                top,
                                                  double                right,
                                                  double                bottom,
                                                  double                left);

/* Lays the report out, with the advisor's ticks and verdict as they are now,
 * into pages of @width × @height (the printable area, in the units of
 * @context: points when its resolution is 72 dpi).  Call again after the
 * ticks change. */
void             tradeoff_report_paginate        (TradeoffReport       *self,
                                                  PangoContext         *context,
                                                  double                width,
                                                  double                height);
guint            tradeoff_report_get_n_pages     (TradeoffReport       *self);
/* Whether the last pagination (or PDF) left parts of the comparison out to
 * keep within the work budget of a PDF and a printout; the pages then end
 * with a note that says so.  After tradeoff_report_write_finish(), whether
 * the PDF written was. */
gboolean         tradeoff_report_get_shortened   (TradeoffReport       *self);
/* About how many pages' worth of prose a PDF or printout holds at most. */
guint            tradeoff_report_get_max_pages   (void);
/* Draws page @page (from 0) with its header and footer; the printable area
 * starts at the origin of @cr. */
void             tradeoff_report_draw_page       (TradeoffReport       *self,
                                                  cairo_t              *cr,
                                                  guint                 page);

/* The whole report in @format.  A PDF uses the page size and margins above. */
GBytes          *tradeoff_report_to_bytes        (TradeoffReport       *self,
                                                  TradeoffReportFormat  format,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
/* Writes tradeoff_report_to_bytes() to @file atomically: on failure any
 * existing file is untouched and no temporary file is left.  The error, in
 * the G_IO_ERROR domain, names the file. */
gboolean         tradeoff_report_write           (TradeoffReport       *self,
                                                  GFile                *file,
                                                  TradeoffReportFormat  format,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

/* tradeoff_report_write() on a thread, of the report as it is when called:
 * ticks changed afterwards are not in the file.  Cancelling stops it and
 * leaves any existing file as it was (G_IO_ERROR_CANCELLED). */
void             tradeoff_report_write_async     (TradeoffReport       *self,
                                                  GFile                *file,
                                                  TradeoffReportFormat  format,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean         tradeoff_report_write_finish    (TradeoffReport       *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

/* Writes the comparison with the advisor's current ticks and verdict,
 * atomically: on failure any existing file is untouched and no temporary
 * file is left.  A PDF is on the locale's default paper. */
gboolean         tradeoff_report_save_decision   (TradeoffDecision     *decision,
                                                  GFile                *file,
                                                  TradeoffReportFormat  format,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
gboolean         tradeoff_report_save            (TradeoffAdvisor      *advisor,
                                                  GFile                *file,
                                                  TradeoffReportFormat  format,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

G_END_DECLS
