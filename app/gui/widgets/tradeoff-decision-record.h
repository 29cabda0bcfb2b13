/* tradeoff-decision-record.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decision's record, edited: a note, who decided, the date, a status,
 * the option chosen and, when it is not the recommendation, why.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-decision.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_DECISION_RECORD (tradeoff_decision_record_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffDecisionRecord, tradeoff_decision_record, TRADEOFF, DECISION_RECORD, GtkWidget)

GtkWidget        *tradeoff_decision_record_new          (TradeoffDecision       *decision);
TradeoffDecision *tradeoff_decision_record_get_decision (TradeoffDecisionRecord *self);
/* A window holding the record, for @parent; closed with Escape. */
GtkWindow        *tradeoff_decision_record_new_dialog   (GtkWindow              *parent,
                                                         TradeoffDecision       *decision);

G_END_DECLS
