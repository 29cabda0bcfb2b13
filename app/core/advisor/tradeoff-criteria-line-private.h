/* tradeoff-criteria-line-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the criteria form, which keeps its lines when an edit replaces the
 * comparison and advisor: GTK 4.8's list view makes a new row for every new
 * item, so the form moves the new lines' contents into the old ones.
 */

#pragma once

#include "tradeoff-criteria-line.h"

G_BEGIN_DECLS

/* Makes @self show what @from shows (a line of the same kind, for another
 * advisor), and @from what @self showed. */
void _tradeoff_criteria_line_swap (TradeoffCriteriaLine *self,
                                   TradeoffCriteriaLine *from);

/* The lines of an advisor that took an edited comparison's objects. */
void _tradeoff_criteria_lines_follow (GListModel           *lines,
                                      TradeoffAdvisor      *advisor);

G_END_DECLS
