/* tradeoff-file-chooser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that asks for a file (see tradeoff-file-chooser.c for why
 * through GtkFileChooserNative).
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-report.h"

G_BEGIN_DECLS

/* @file is %NULL when the person cancelled. */
typedef void (*TradeoffFileChosen) (GFile    *file,
                                    gpointer  user_data);

/* @filter_format is the format of the filter that was chosen, or -1 when
 * that is not known (then only the file name tells). */
typedef void (*TradeoffSaveFileChosen) (GFile    *file,
                                        int       filter_format,
                                        gpointer  user_data);

/* The Save dialog's filter_format for a Tradeoff decision (.tradeoff): not
 * a report but the decision itself, to open again. */
#define TRADEOFF_FILE_CHOOSER_FORMAT_DECISION 100

/* @name with the extension of @format (a TradeoffReportFormat or
 * TRADEOFF_FILE_CHOOSER_FORMAT_DECISION) in place of one a format of the
 * Save dialog has, or added to it: what the name becomes when that format
 * is chosen. */
char          *tradeoff_file_chooser_name_for_format       (const char *name,
                                                            int         format);

/* What the Open dialog shows: comparison files by name and by type. */
GtkFileFilter *tradeoff_file_chooser_new_comparison_filter (void);

/* Asks for a comparison file to open. */
void tradeoff_file_chooser_open (GtkWindow              *parent,
                                 TradeoffFileChosen      callback,
                                 gpointer                user_data);
/* Asks where to save, offering a Tradeoff decision, PDF, HTML, Markdown
 * and text. */
void tradeoff_file_chooser_save (GtkWindow              *parent,
                                 const char             *initial_name,
                                 TradeoffSaveFileChosen  callback,
                                 gpointer                user_data);

/* Asks where to save a comparison file. */
void tradeoff_file_chooser_save_comparison (GtkWindow          *parent,
                                            const char         *initial_name,
                                            TradeoffFileChosen  callback,
                                            gpointer            user_data);
/* Asks for a comparison guide page to import. */
void tradeoff_file_chooser_open_page       (GtkWindow          *parent,
                                            TradeoffFileChosen  callback,
                                            gpointer            user_data);

G_END_DECLS
