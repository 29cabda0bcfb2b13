/* tradeoff-reason.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ticked criterion, seen as a reason for (or against) the verdict.
 */

#pragma once

#include "tradeoff-level.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_REASON (tradeoff_reason_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffReason, tradeoff_reason, TRADEOFF, REASON, GObject)

TradeoffCriterion *tradeoff_reason_get_criterion    (TradeoffReason *self);
/* The option this criterion weighs most for, or %NULL if it weighs the same
 * for the top options. */
TradeoffOption    *tradeoff_reason_get_favours      (TradeoffReason *self);
/* How much this criterion adds to the leader's lead over its closest rival
 * (negative when it works against the leader); with no leader, how far apart
 * its weights are. */
int                tradeoff_reason_get_contribution (TradeoffReason *self);
/* How much the person said the criterion matters. */
TradeoffLevel      tradeoff_reason_get_level        (TradeoffReason *self);
/* A sentence a person reads, e.g. "Our team already knows Django (favours
 * Django, +3)". */
char              *tradeoff_reason_dup_summary      (TradeoffReason *self);

G_END_DECLS
