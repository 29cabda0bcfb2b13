/* tradeoff-criterion.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-types.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_CRITERION (tradeoff_criterion_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffCriterion, tradeoff_criterion, TRADEOFF, CRITERION, GObject)

const char             *tradeoff_criterion_get_id        (TradeoffCriterion *self);
const char             *tradeoff_criterion_get_label     (TradeoffCriterion *self);
const char             *tradeoff_criterion_get_rationale (TradeoffCriterion *self);
TradeoffFaqEntry       *tradeoff_criterion_get_source    (TradeoffCriterion *self);
TradeoffCriterionGroup *tradeoff_criterion_get_group     (TradeoffCriterion *self);
guint                   tradeoff_criterion_get_index     (TradeoffCriterion *self);
gboolean                tradeoff_criterion_get_own       (TradeoffCriterion *self);
int                     tradeoff_criterion_get_weight    (TradeoffCriterion *self,
                                                          guint              option_index);
const int              *tradeoff_criterion_get_weights   (TradeoffCriterion *self,
                                                          guint             *n_weights);

G_END_DECLS
