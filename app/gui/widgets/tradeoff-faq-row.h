/* tradeoff-faq-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One question of the FAQ: the question as an expander, the answer inside.
 * Rows are recycled by the list, so whether an entry is open lives in the
 * entry ("expanded"), not here.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-faq-entry.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_FAQ_ROW (tradeoff_faq_row_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffFaqRow, tradeoff_faq_row, TRADEOFF, FAQ_ROW, GtkWidget)

TradeoffFaqEntry *tradeoff_faq_row_get_entry (TradeoffFaqRow   *self);
void              tradeoff_faq_row_set_entry (TradeoffFaqRow   *self,
                                              TradeoffFaqEntry *entry);

G_END_DECLS
