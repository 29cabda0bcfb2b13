/* tradeoff-min-change-input.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The min-change solver's plain description of a comparison and of the
 * person's answers, taken from an advisor.  Until levels exist (issue 14)
 * a tick is "matters" and a change may only tick or untick.
 */

#pragma once

#include "tradeoff-advisor.h"
#include "tradeoff-min-change.h"

G_BEGIN_DECLS

typedef struct
{
  TradeoffMinChangeProblem problem;
  int                     *weights;
  int                     *groups;
  guint8                  *levels;
} TradeoffMinChangeInput;

/* A snapshot: later ticks do not change it, so a solve can run on it from
 * another thread. */
TradeoffMinChangeInput *tradeoff_min_change_input_new  (TradeoffAdvisor        *advisor);
void                    tradeoff_min_change_input_free (TradeoffMinChangeInput *input);

/* Makes @changes (of TradeoffMinChange, from a solve on @advisor's
 * current answers) in one go, through tradeoff_advisor_select_ids(), so
 * that an undo history records one step.  Fails as that does. */
gboolean                tradeoff_min_change_apply      (TradeoffAdvisor        *advisor,
                                                        GArray                 *changes,
                                                        GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffMinChangeInput, tradeoff_min_change_input_free)

G_END_DECLS
