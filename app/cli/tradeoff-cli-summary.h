/* tradeoff-cli-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-advisor.h"
#include "tradeoff-decision.h"

G_BEGIN_DECLS

/* What `tradeoff --summary` prints: the recommendation first (so a script
 * can read line one), then the grid, the ticks, the scores, the reasons and
 * what would change the advice. */
void tradeoff_cli_write_summary (TradeoffAdvisor *advisor,
                                 GString         *out);
/* The person's record: status, date, who decided, the option chosen (and
 * why, when it is not the advice), the note. */
void tradeoff_cli_write_decision (TradeoffDecision *decision,
                                  GString          *out);

G_END_DECLS
