/* tradeoff-comparison-grid.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quick comparison: one row per aspect, one column per option.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_COMPARISON_GRID (tradeoff_comparison_grid_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffComparisonGrid, tradeoff_comparison_grid, TRADEOFF, COMPARISON_GRID, GtkWidget)

TradeoffComparison *tradeoff_comparison_grid_get_comparison (TradeoffComparisonGrid *self);
void                tradeoff_comparison_grid_set_comparison (TradeoffComparisonGrid *self,
                                                             TradeoffComparison     *comparison);

void                tradeoff_comparison_grid_set_ruled_out (TradeoffComparisonGrid *self,
                                                           guint                   option_index,
                                                           TradeoffCriterion      *must);

G_END_DECLS
