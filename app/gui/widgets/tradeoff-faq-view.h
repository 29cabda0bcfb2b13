/* tradeoff-faq-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The FAQ: a search entry over a recycling list of expandable questions, so
 * ten thousand entries cost no more to show than ten.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_FAQ_VIEW (tradeoff_faq_view_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffFaqView, tradeoff_faq_view, TRADEOFF, FAQ_VIEW, GtkWidget)

TradeoffComparison *tradeoff_faq_view_get_comparison (TradeoffFaqView    *self);
void                tradeoff_faq_view_set_comparison (TradeoffFaqView    *self,
                                                      TradeoffComparison *comparison);
/* The entries the search lets through. */
GListModel         *tradeoff_faq_view_get_results    (TradeoffFaqView    *self);
GtkSearchEntry     *tradeoff_faq_view_get_search_entry (TradeoffFaqView *self);
gboolean            tradeoff_faq_view_focus_questions (TradeoffFaqView  *self,
                                                       GtkDirectionType  direction);
void                tradeoff_faq_view_focus_search   (TradeoffFaqView    *self);

G_END_DECLS
