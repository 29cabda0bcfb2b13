/* tradeoff-report-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as a PDF: the very pages printing draws, rendered onto a cairo
 * PDF surface in memory, so the file can then be written atomically.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "tradeoff-report-private.h"

static cairo_status_t
append_to_buffer (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Laid out the way GtkPrintContext lays out a printed page: points, and no
 * hinted metrics, so text measures the same on paper, in the PDF and at any
 * printer resolution. */
static PangoContext *
create_pdf_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_destroy (options);

  return context;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s says what went wrong, in cairo's words */
               _("Could not make the PDF: %s"), cairo_status_to_string (status));
  return FALSE;
}

GBytes *
_tradeoff_report_render_pdf (TradeoffReport  *self,
                             GCancellable    *cancellable,
                             GError         **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  PangoContext *context;
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (tradeoff_report_get_advisor (self));
  double page_width = tradeoff_report_get_page_width (self);
  double page_height = tradeoff_report_get_page_height (self);
  double top, right, bottom, left;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  tradeoff_report_get_margins (self, &top, &right, &bottom, &left);
  if (page_width - left - right < 72.0 || page_height - top - bottom < 72.0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The margins leave no room on the page"));
      return NULL;
    }

  context = create_pdf_context ();
  _tradeoff_report_paginate_cancellable (self, context, page_width - left - right,
                                         page_height - top - bottom, cancellable);
  g_object_unref (context);
  /* Stopped while measuring: the pages are unfit to draw. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  n_pages = tradeoff_report_get_n_pages (self);

  surface = cairo_pdf_surface_create_for_stream (append_to_buffer, buffer, page_width, page_height);
  if (tradeoff_comparison_get_title (comparison) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                    tradeoff_comparison_get_title (comparison));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;

      cairo_save (cr);
      cairo_translate (cr, left, top);
      tradeoff_report_draw_page (self, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !check_cairo (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
