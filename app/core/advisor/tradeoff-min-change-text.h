/* tradeoff-min-change-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The min-change solver's answers as sentences a person reads, in the
 * comparison's words: "Flask would lead if you ticked “X” and “Y” and
 * unticked “Z”.", "The verdict holds unless at least 3 of your answers
 * change."  Shared by the window, the summary and the exports.
 */

#pragma once

#include "tradeoff-comparison.h"
#include "tradeoff-min-change.h"

G_BEGIN_DECLS

/* "ticked “X” and “Y” and unticked “Z”": what to do, after "if you". */
char *tradeoff_min_change_dup_changes_text   (TradeoffComparison              *comparison,
                                              GArray                          *changes);
/* What would make @option lead, or why nothing can; %NULL when it leads
 * already or the search was cancelled. */
char *tradeoff_min_change_dup_lead_text      (TradeoffComparison              *comparison,
                                              guint                            option,
                                              const TradeoffMinChangeResult   *result);
/* How many answers must change before the verdict does, with an example. */
char *tradeoff_min_change_dup_firmness_text  (TradeoffComparison              *comparison,
                                              const TradeoffMinChangeSolution *solution);

G_END_DECLS
