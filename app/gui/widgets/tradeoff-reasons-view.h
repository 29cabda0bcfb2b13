/* tradeoff-reasons-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why the advisor says what it says (the reasons), and what single tick or
 * untick would change it (the flips).
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_REASONS_VIEW (tradeoff_reasons_view_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffReasonsView, tradeoff_reasons_view, TRADEOFF, REASONS_VIEW, GtkWidget)

TradeoffAdvisor *tradeoff_reasons_view_get_advisor (TradeoffReasonsView *self);
void             tradeoff_reasons_view_set_advisor (TradeoffReasonsView *self,
                                                    TradeoffAdvisor     *advisor);

G_END_DECLS
