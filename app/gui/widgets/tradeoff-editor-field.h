/* tradeoff-editor-field.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_EDITOR_FIELD (tradeoff_editor_field_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffEditorField, tradeoff_editor_field,
                      TRADEOFF, EDITOR_FIELD, GtkWidget)

/* One text of the comparison in the editor: its label, the text (one line,
 * or several for an introduction or an answer) and, under it, what is wrong
 * with it.  A screen reader reads the label as the field's name and the
 * problem as its description. */
GtkWidget  *tradeoff_editor_field_new       (const char          *label,
                                             gboolean             multiline);
const char *tradeoff_editor_field_get_label (TradeoffEditorField *self);
/* The text as typed; the caller owns it. */
char       *tradeoff_editor_field_dup_text  (TradeoffEditorField *self);
/* Sets the text without emitting "changed". */
void        tradeoff_editor_field_set_text  (TradeoffEditorField *self,
                                             const char          *text);
/* Makes the field hold no more characters than a text of @kind may
 * have (_tradeoff_text_limit_get_max()); what is typed or pasted past
 * that is cut, and the rule shown as the field's problem. */
void        tradeoff_editor_field_set_limit (TradeoffEditorField *self,
                                             const char          *kind);
/* %NULL hides the problem. */
void        tradeoff_editor_field_set_error (TradeoffEditorField *self,
                                             const char          *error);
const char *tradeoff_editor_field_get_error (TradeoffEditorField *self);
void        tradeoff_editor_field_focus     (TradeoffEditorField *self);

G_END_DECLS
