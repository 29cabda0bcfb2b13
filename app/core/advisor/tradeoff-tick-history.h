/* tradeoff-tick-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_TICK_HISTORY (tradeoff_tick_history_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffTickHistory, tradeoff_tick_history, TRADEOFF, TICK_HISTORY, GObject)

TradeoffTickHistory *tradeoff_tick_history_new      (TradeoffAdvisor     *advisor);
gboolean             tradeoff_tick_history_can_undo (TradeoffTickHistory *self);
gboolean             tradeoff_tick_history_can_redo (TradeoffTickHistory *self);
gboolean             tradeoff_tick_history_undo     (TradeoffTickHistory *self);
gboolean             tradeoff_tick_history_redo     (TradeoffTickHistory *self);

G_END_DECLS
