/* tradeoff-option-score.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One option's live score: the sum of the ticked criteria's weights for it.
 */

#pragma once

#include "tradeoff-types.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_OPTION_SCORE (tradeoff_option_score_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffOptionScore, tradeoff_option_score, TRADEOFF, OPTION_SCORE, GObject)

TradeoffOption *tradeoff_option_score_get_option   (TradeoffOptionScore *self);
int             tradeoff_option_score_get_score    (TradeoffOptionScore *self);
/* The score as a share of the top score, 0.0 to 1.0, for a level bar. */
double          tradeoff_option_score_get_fraction (TradeoffOptionScore *self);
/* Whether this option leads alone. */
gboolean        tradeoff_option_score_get_leading  (TradeoffOptionScore *self);
/* The must-have that rules this option out (the first, in comparison order,
 * it does not serve), or %NULL while it is in the running. */
TradeoffCriterion *tradeoff_option_score_get_ruled_out_by (TradeoffOptionScore *self);

G_END_DECLS
