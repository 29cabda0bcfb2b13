/* tradeoff-faq-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_FAQ_ENTRY (tradeoff_faq_entry_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffFaqEntry, tradeoff_faq_entry, TRADEOFF, FAQ_ENTRY, GObject)

const char *tradeoff_faq_entry_get_id       (TradeoffFaqEntry *self);
const char *tradeoff_faq_entry_get_question (TradeoffFaqEntry *self);
const char *tradeoff_faq_entry_get_answer   (TradeoffFaqEntry *self);
guint       tradeoff_faq_entry_get_index    (TradeoffFaqEntry *self);
const char *tradeoff_faq_entry_get_search_text (TradeoffFaqEntry *self);
gboolean    tradeoff_faq_entry_get_expanded (TradeoffFaqEntry *self);
void        tradeoff_faq_entry_set_expanded (TradeoffFaqEntry *self,
                                             gboolean          expanded);

char       *tradeoff_search_fold            (const char       *text);

G_END_DECLS
