/* tradeoff-tick.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether one criterion is ticked.  Setting "ticked" asks the advisor, which
 * owns the ticks, to tick or untick; the advisor then updates this object.
 */

#pragma once

#include "tradeoff-level.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_TICK (tradeoff_tick_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffTick, tradeoff_tick, TRADEOFF, TICK, GObject)

TradeoffCriterion *tradeoff_tick_get_criterion (TradeoffTick *self);
gboolean           tradeoff_tick_get_ticked    (TradeoffTick *self);
void               tradeoff_tick_set_ticked    (TradeoffTick *self,
                                                gboolean      ticked);
TradeoffLevel      tradeoff_tick_get_level     (TradeoffTick *self);
void               tradeoff_tick_set_level     (TradeoffTick *self,
                                                TradeoffLevel level);

G_END_DECLS
