/* tradeoff-report-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving a report: choosing the format by the file's extension, rendering
 * it into memory, and writing it atomically (tradeoff-atomic-file.c).
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-atomic-file.h"
#include "tradeoff-report-private.h"

typedef struct
{
  TradeoffReportFormat  format;
  const char           *extension;
  const char           *mime_type;
} FormatInfo;

/* The first extension of each format is its usual one. */
static const FormatInfo formats[] = {
  { TRADEOFF_REPORT_FORMAT_PDF,      "pdf",      "application/pdf" },
  { TRADEOFF_REPORT_FORMAT_HTML,     "html",     "text/html" },
  { TRADEOFF_REPORT_FORMAT_HTML,     "htm",      "text/html" },
  { TRADEOFF_REPORT_FORMAT_MARKDOWN, "md",       "text/markdown" },
  { TRADEOFF_REPORT_FORMAT_MARKDOWN, "markdown", "text/markdown" },
  { TRADEOFF_REPORT_FORMAT_TEXT,     "txt",      "text/plain" },
  { TRADEOFF_REPORT_FORMAT_TEXT,     "text",     "text/plain" },
};

static const FormatInfo *
format_info (TradeoffReportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return &formats[i];

  return NULL;
}

gboolean
tradeoff_report_format_for_filename (const char           *filename,
                                     TradeoffReportFormat *format)
{
  g_autofree char *basename = NULL;
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  basename = g_path_get_basename (filename);
  dot = strrchr (basename, '.');
  /* ".pdf" alone is a hidden file's name, not an extension. */
  if (dot == NULL || dot == basename)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (dot + 1, formats[i].extension) == 0)
        {
          if (format != NULL)
            *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * tradeoff_report_filename_for_format:
 * @filename: a name a person gave
 * @format: the format chosen
 *
 * The name with @format's extension: a report format's extension is
 * replaced ("advice.pdf" as HTML is "advice.html"), any other is kept and
 * the format's added ("advice.docx" as PDF is "advice.docx.pdf"), so the
 * name always says what the file holds.
 *
 * Returns: (transfer full): the name to write
 */
char *
tradeoff_report_filename_for_format (const char           *filename,
                                     TradeoffReportFormat  format)
{
  g_autofree char *stem = NULL;
  const char *extension = tradeoff_report_format_get_extension (format);
  TradeoffReportFormat named;

  g_return_val_if_fail (filename != NULL, NULL);

  if (tradeoff_report_format_for_filename (filename, &named))
    {
      if (named == format)
        return g_strdup (filename);
      stem = g_strndup (filename, strrchr (filename, '.') - filename);
    }
  else
    {
      stem = g_strdup (filename);
    }

  return g_strconcat (stem, ".", extension, NULL);
}

const char *
tradeoff_report_format_get_extension (TradeoffReportFormat format)
{
  const FormatInfo *info = format_info (format);

  g_return_val_if_fail (info != NULL, NULL);

  return info->extension;
}

const char *
tradeoff_report_format_get_mime_type (TradeoffReportFormat format)
{
  const FormatInfo *info = format_info (format);

  g_return_val_if_fail (info != NULL, NULL);

  return info->mime_type;
}

GBytes *
tradeoff_report_to_bytes (TradeoffReport        *self,
                          TradeoffReportFormat   format,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(TradeoffReportFacts) facts = NULL;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), NULL);
  g_return_val_if_fail (format_info (format) != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (format == TRADEOFF_REPORT_FORMAT_PDF)
    return _tradeoff_report_render_pdf (self, cancellable, error);

  facts = _tradeoff_report_facts_new (tradeoff_report_get_advisor (self),
                                      _tradeoff_report_dup_record (self));
  out = g_string_sized_new (16 * 1024);

  switch (format)
    {
    case TRADEOFF_REPORT_FORMAT_HTML:
      _tradeoff_report_write_html (facts, out);
      break;

    case TRADEOFF_REPORT_FORMAT_MARKDOWN:
      _tradeoff_report_write_markdown (facts, out);
      /* Plain text and Markdown end up on terminals (cat, less -R, a
       * pager in git): no control character from the file gets there. */
      tradeoff_safe_text_make_terminal_safe (out, 0);
      break;

    case TRADEOFF_REPORT_FORMAT_TEXT:
      _tradeoff_report_write_text (facts, out);
      tradeoff_safe_text_make_terminal_safe (out, 0);
      break;

    case TRADEOFF_REPORT_FORMAT_PDF:
    default:
      g_assert_not_reached ();
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
tradeoff_report_write (TradeoffReport        *self,
                       GFile                 *file,
                       TradeoffReportFormat   format,
                       GCancellable          *cancellable,
                       GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format_info (format) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tradeoff_report_to_bytes (self, format, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_prefix_error (&local_error, _("Could not save “%s”: "), name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return tradeoff_atomic_file_write (file, bytes, cancellable, error);
}

gboolean
tradeoff_report_save_decision (TradeoffDecision      *decision,
                               GFile                 *file,
                               TradeoffReportFormat   format,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_autoptr(TradeoffReport) report = NULL;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  report = tradeoff_report_new_for_decision (decision);

  return tradeoff_report_write (report, file, format, cancellable, error);
}

gboolean
tradeoff_report_save (TradeoffAdvisor       *advisor,
                      GFile                 *file,
                      TradeoffReportFormat   format,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr(TradeoffReport) report = NULL;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  report = tradeoff_report_new (advisor);

  return tradeoff_report_write (report, file, format, cancellable, error);
}
