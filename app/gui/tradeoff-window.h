/* tradeoff-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-advisor.h"
#include "tradeoff-comparison.h"
#include "tradeoff-decision.h"
#include "tradeoff-settings.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_WINDOW (tradeoff_window_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffWindow, tradeoff_window, TRADEOFF, WINDOW, GtkApplicationWindow)

/* @settings may be %NULL: the window then opens the settings itself. */
TradeoffWindow     *tradeoff_window_new            (GtkApplication     *application,
                                                    TradeoffSettings   *settings);
TradeoffComparison *tradeoff_window_get_comparison (TradeoffWindow     *self);
TradeoffAdvisor    *tradeoff_window_get_advisor    (TradeoffWindow     *self);
/* The person's decision on the comparison shown: its levels, own criteria
 * and record.  Setting a comparison starts a fresh one with the ticks
 * remembered for it. */
TradeoffDecision   *tradeoff_window_get_decision   (TradeoffWindow     *self);
void                tradeoff_window_set_decision   (TradeoffWindow     *self,
                                                    TradeoffDecision   *decision);
/* Shows @comparison, with the ticks remembered for its id. */
void                tradeoff_window_set_comparison (TradeoffWindow     *self,
                                                    TradeoffComparison *comparison);
/* The comparison file the window shows (%NULL when it shows none, or a
 * decision file): Edit saves back to it.  Showing another comparison
 * forgets it; showing an edit of it (tradeoff_window_show_edit()) keeps it. */
GFile              *tradeoff_window_get_file       (TradeoffWindow     *self);
void                tradeoff_window_set_file       (TradeoffWindow     *self,
                                                    GFile              *file);
/* Shows @comparison, an edit of the one shown (the editor's), keeping the
 * file, the ticks and their levels for the criteria that remain. */
void                tradeoff_window_show_edit      (TradeoffWindow     *self,
                                                    TradeoffComparison *comparison);
/* Loads @file and shows it; if it cannot be loaded, shows why in the window,
 * keeps the comparison shown before, and returns %FALSE. */
gboolean            tradeoff_window_open_file      (TradeoffWindow     *self,
                                                    GFile              *file);
/* Loads @file on a thread, then shows it as tradeoff_window_open_file()
 * does; the window stays usable meanwhile, and a newer open replaces an
 * older one still loading.  win.cancel-progress (Escape) stops it. */
void                tradeoff_window_begin_open     (TradeoffWindow     *self,
                                                    GFile              *file);
/* Whether a file is being opened: the "opening" property. */
gboolean            tradeoff_window_get_opening    (TradeoffWindow     *self);
/* Whether a report is being written on a thread: the "saving" property. */
gboolean            tradeoff_window_get_saving     (TradeoffWindow     *self);
gboolean            tradeoff_window_show_loaded    (TradeoffWindow     *self,
                                                    TradeoffComparison *comparison,
                                                    const GError       *error);
gboolean            tradeoff_window_show_loaded_decision (TradeoffWindow   *self,
                                                          TradeoffDecision *decision,
                                                          const GError     *error);
gboolean            tradeoff_window_load_shipped   (TradeoffWindow     *self);
/* Saves the report of what the window shows (comparison, ticks, verdict)
 * to @file, in the format its name says, else @filter_format (a
 * TradeoffReportFormat, or -1 for PDF).  If that fails, shows why in the
 * window and returns %FALSE. */
/* Writes the decision file (.tradeoff), atomically. */
gboolean            tradeoff_window_save_decision  (TradeoffWindow     *self,
                                                    GFile              *file);
gboolean            tradeoff_window_save_report    (TradeoffWindow     *self,
                                                    GFile              *file,
                                                    int                 filter_format);
/* Shows @message in the banner at the top of the window. */
void                tradeoff_window_show_error     (TradeoffWindow     *self,
                                                    const char         *message);
/* The message the banner shows, or %NULL when it is hidden. */
const char         *tradeoff_window_get_error      (TradeoffWindow     *self);

G_END_DECLS
