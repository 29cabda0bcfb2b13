/* tradeoff-flip.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One tick or untick that, on its own, would change the verdict.
 */

#pragma once

#include "tradeoff-level.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_FLIP (tradeoff_flip_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffFlip, tradeoff_flip, TRADEOFF, FLIP, GObject)

TradeoffCriterion *tradeoff_flip_get_criterion (TradeoffFlip *self);
/* %TRUE if the flip is ticking the criterion, %FALSE if unticking it. */
gboolean           tradeoff_flip_get_tick      (TradeoffFlip *self);
/* The level the flip sets the criterion to, and the one it has now. */
TradeoffLevel      tradeoff_flip_get_level     (TradeoffFlip *self);
TradeoffLevel      tradeoff_flip_get_from      (TradeoffFlip *self);
/* The option that would then lead, or %NULL if it would be a tie (or, for
 * the last untick, no advice at all). */
TradeoffOption    *tradeoff_flip_get_outcome   (TradeoffFlip *self);
/* A sentence a person reads, e.g. "Ticking “Performance matters most” would
 * make it Flask". */
char              *tradeoff_flip_dup_summary   (TradeoffFlip *self);

G_END_DECLS
