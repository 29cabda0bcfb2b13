/* tradeoff-edit-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_EDIT_HISTORY (tradeoff_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffEditHistory, tradeoff_edit_history,
                      TRADEOFF, EDIT_HISTORY, GObject)

/* The editor's undo and redo: a line of immutable comparisons, each one a
 * valid state the editor published, and a place in it.  @initial is the
 * saved state. */
TradeoffEditHistory *tradeoff_edit_history_new         (TradeoffComparison  *initial);
TradeoffComparison  *tradeoff_edit_history_get_current (TradeoffEditHistory *self);

/* Makes @comparison the current state and drops whatever could be redone.
 * Two pushes in a row with the same non-%NULL @coalesce_key (the field
 * being typed in) are one step: a word typed is undone at once, not
 * letter by letter. */
void                 tradeoff_edit_history_push        (TradeoffEditHistory *self,
                                                        TradeoffComparison  *comparison,
                                                        const char          *coalesce_key);
/* Ends the step being typed, so the next push starts a new one. */
void                 tradeoff_edit_history_break       (TradeoffEditHistory *self);

gboolean             tradeoff_edit_history_get_can_undo (TradeoffEditHistory *self);
gboolean             tradeoff_edit_history_get_can_redo (TradeoffEditHistory *self);
/* The state now current, or %NULL when there was nothing to undo/redo. */
TradeoffComparison  *tradeoff_edit_history_undo        (TradeoffEditHistory *self);
TradeoffComparison  *tradeoff_edit_history_redo        (TradeoffEditHistory *self);

/* Whether the current state differs from the one last saved. */
gboolean             tradeoff_edit_history_get_modified (TradeoffEditHistory *self);
/* The state last saved, or %NULL once a new change replaced it. */
TradeoffComparison  *tradeoff_edit_history_get_saved   (TradeoffEditHistory *self);
void                 tradeoff_edit_history_mark_saved  (TradeoffEditHistory *self);

G_END_DECLS
