/* tradeoff-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

/* Pages larger than this are refused before they are read. */
#define TRADEOFF_IMPORT_MAX_SIZE (8 * 1024 * 1024)

typedef enum
{
  TRADEOFF_IMPORT_FORMAT_AUTO,     /* by the file's extension, else by its first bytes */
  TRADEOFF_IMPORT_FORMAT_TEXT,
  TRADEOFF_IMPORT_FORMAT_MARKDOWN,
  TRADEOFF_IMPORT_FORMAT_HTML,
} TradeoffImportFormat;

/* A comparison guide page in the layout of the shipped guide (a title, a
 * byline, an introduction, a "Quick Comparison" table and "Frequently Asked
 * Questions" with their answers) as a comparison with no criteria yet, or
 * %NULL and an error in the TRADEOFF_LOADER_ERROR domain that says what was
 * expected and where ("PAGE:LINE:COLUMN: …").  data/README.md, "Importing
 * a guide page", describes the layout. */
TradeoffComparison *tradeoff_import_bytes (GBytes                *bytes,
                                           const char            *display_name,
                                           TradeoffImportFormat   format,
                                           GError               **error);
TradeoffComparison *tradeoff_import_file  (GFile                 *file,
                                           TradeoffImportFormat   format,
                                           GCancellable          *cancellable,
                                           GError               **error);

G_END_DECLS
