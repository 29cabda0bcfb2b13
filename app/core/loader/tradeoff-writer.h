/* tradeoff-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

/* @comparison as a comparison file, valid against data/comparison.rng, in
 * the canonical form data/README.md describes: loading it gives an equal
 * comparison, and a canonical file loaded and written again gives the same
 * bytes.  The texts are written as @comparison holds them: to save a file
 * with a gettext-domain in its own words rather than the reader's
 * language, load it with tradeoff_loader_load_file_as_written(). */
GBytes   *tradeoff_writer_to_bytes (TradeoffComparison  *comparison);

/* Writes tradeoff_writer_to_bytes() to @file atomically: on failure any
 * existing file is untouched, and @error (G_IO_ERROR) names the file. */
gboolean  tradeoff_writer_save     (TradeoffComparison  *comparison,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GError             **error);

G_END_DECLS
