/* tradeoff-text-limit-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field a person can type or paste into holds at most as many
 * characters as its text may have (tradeoff-text-limit.c says why).
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Told, after an insertion was cut, the rule it broke, in the words the
 * loader and the decision use for it. */
typedef void (*TradeoffTextLimitFunc) (const char *rule,
                                       gpointer    user_data);

/* The most characters a field of @kind holds.  @kind is an element of
 * the file format, as tradeoff_rules_max_text_length() knows it ("name",
 * "label", "question", "note", …), or "id", "date", "weight" (a spin
 * button's text) or "search" (the FAQ's). */
gsize _tradeoff_text_limit_get_max      (const char            *kind);
/* Cuts whatever is inserted into @editable (a GtkEntry, GtkSearchEntry,
 * GtkSpinButton or GtkText) past the limit of @kind; @cut, if not
 * %NULL, is then told the rule.  Lasts as long as @editable. */
void  _tradeoff_text_limit_editable     (GtkEditable           *editable,
                                         const char            *kind,
                                         TradeoffTextLimitFunc  cut,
                                         gpointer               user_data);
/* A weight's spin button, cut at a weight's length like any field, and
 * @message, a label its owner places under it: a cut paste shows the
 * rule there, for the eye and, as the button's description, for a
 * screen reader, until the button takes a weight. */
void  _tradeoff_text_limit_weight       (GtkSpinButton         *spin,
                                         GtkLabel              *message);
/* The same for a GtkTextView's buffer. */
void  _tradeoff_text_limit_buffer       (GtkTextBuffer         *buffer,
                                         const char            *kind,
                                         TradeoffTextLimitFunc  cut,
                                         gpointer               user_data);

G_END_DECLS
