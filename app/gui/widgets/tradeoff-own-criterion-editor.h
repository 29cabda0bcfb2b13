/* tradeoff-own-criterion-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small window to add, edit or remove a criterion of one's own: its
 * label, its group (one of the comparison's, or a new one) and a weight
 * for each option.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-decision.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_OWN_CRITERION_EDITOR (tradeoff_own_criterion_editor_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffOwnCriterionEditor, tradeoff_own_criterion_editor, TRADEOFF, OWN_CRITERION_EDITOR, GtkWindow)

/* Edits the own criterion @id, or adds one when @id is %NULL.  Its
 * actions: "editor.save" (adds or saves, and closes), "editor.remove". */
GtkWindow  *tradeoff_own_criterion_editor_new    (GtkWindow                  *parent,
                                                  TradeoffDecision           *decision,
                                                  const char                 *id);
/* The criterion edited, or %NULL while adding. */
const char *tradeoff_own_criterion_editor_get_id (TradeoffOwnCriterionEditor *self);

G_END_DECLS
