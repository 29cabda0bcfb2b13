/* tradeoff-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forward declarations, so that headers which only pass pointers around do
 * not have to include each other in a circle.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _TradeoffAdvisor         TradeoffAdvisor;
typedef struct _TradeoffAspect          TradeoffAspect;
typedef struct _TradeoffComparison      TradeoffComparison;
typedef struct _TradeoffCriterion       TradeoffCriterion;
typedef struct _TradeoffCriterionGroup  TradeoffCriterionGroup;
typedef struct _TradeoffFaqEntry        TradeoffFaqEntry;
typedef struct _TradeoffOption          TradeoffOption;

G_END_DECLS
