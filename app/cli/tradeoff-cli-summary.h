/* tradeoff-cli-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

/* What `tradeoff --summary` prints: the recommendation first (so a script
 * can read line one), then the grid, the ticks, the scores, the reasons and
 * what would change the advice. */
void tradeoff_cli_write_summary (TradeoffAdvisor *advisor,
                                 GString         *out);

G_END_DECLS
