/* tradeoff-min-change-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "What would change this", exactly (issue 15): how many answers must
 * change before the verdict does, and for each option that does not lead
 * the smallest change that makes it lead, with a button that makes it.
 * Worked out on a worker thread; no frame waits for it.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_MIN_CHANGE_VIEW (tradeoff_min_change_view_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffMinChangeView, tradeoff_min_change_view, TRADEOFF, MIN_CHANGE_VIEW, GtkWidget)

typedef enum
{
  TRADEOFF_MIN_CHANGE_VIEW_IDLE,        /* nothing to show (no advisor) */
  TRADEOFF_MIN_CHANGE_VIEW_SOLVING,     /* nothing found yet for these answers */
  TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR, /* shown, still proving */
  TRADEOFF_MIN_CHANGE_VIEW_PROVEN,      /* shown, exact */
} TradeoffMinChangeViewState;

GtkWidget                 *tradeoff_min_change_view_new              (void);
TradeoffAdvisor           *tradeoff_min_change_view_get_advisor      (TradeoffMinChangeView *self);
void                       tradeoff_min_change_view_set_advisor      (TradeoffMinChangeView *self,
                                                                      TradeoffAdvisor       *advisor);
TradeoffMinChangeViewState tradeoff_min_change_view_get_state        (TradeoffMinChangeView *self);
/* The first search's time, in microseconds: past it, the best change
 * found so far is shown, labelled as such, while the search goes on. */
void                       tradeoff_min_change_view_set_first_budget (TradeoffMinChangeView *self,
                                                                      gint64                 budget_us);
/* The first search bounded by search nodes per question instead: the
 * same first answer on any machine (for tests). */
void                       tradeoff_min_change_view_set_first_node_budget (TradeoffMinChangeView *self,
                                                                           guint64                max_nodes);
/* What the view says: the firmness line, and the status line ("" when
 * all is proven). */
const char                *tradeoff_min_change_view_get_firmness     (TradeoffMinChangeView *self);
const char                *tradeoff_min_change_view_get_status       (TradeoffMinChangeView *self);
/* The button that makes @option lead, or %NULL (it leads, nothing can, or
 * nothing is shown yet). */
GtkWidget                 *tradeoff_min_change_view_get_apply_button (TradeoffMinChangeView *self,
                                                                      guint                  option);

G_END_DECLS
