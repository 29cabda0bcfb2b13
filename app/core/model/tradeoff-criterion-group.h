/* tradeoff-criterion-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-types.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_CRITERION_GROUP (tradeoff_criterion_group_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffCriterionGroup, tradeoff_criterion_group, TRADEOFF, CRITERION_GROUP, GObject)

const char *tradeoff_criterion_group_get_id        (TradeoffCriterionGroup *self);
const char *tradeoff_criterion_group_get_label     (TradeoffCriterionGroup *self);
gboolean    tradeoff_criterion_group_get_exclusive (TradeoffCriterionGroup *self);
guint       tradeoff_criterion_group_get_index     (TradeoffCriterionGroup *self);
GListModel *tradeoff_criterion_group_get_criteria  (TradeoffCriterionGroup *self);

G_END_DECLS
