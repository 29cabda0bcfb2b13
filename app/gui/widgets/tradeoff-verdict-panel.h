/* tradeoff-verdict-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live recommendation: the headline, its explanation, a bar per option
 * and how firm the lead is, all bound to the advisor.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_VERDICT_PANEL (tradeoff_verdict_panel_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffVerdictPanel, tradeoff_verdict_panel, TRADEOFF, VERDICT_PANEL, GtkWidget)

TradeoffAdvisor *tradeoff_verdict_panel_get_advisor (TradeoffVerdictPanel *self);
void             tradeoff_verdict_panel_set_advisor (TradeoffVerdictPanel *self,
                                                     TradeoffAdvisor      *advisor);

G_END_DECLS
