/* tradeoff-editor-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-window.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_EDITOR_WINDOW (tradeoff_editor_window_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffEditorWindow, tradeoff_editor_window,
                      TRADEOFF, EDITOR_WINDOW, GtkWindow)

/* A valid comparison with two options and nothing else yet: what New starts. */
TradeoffComparison   *tradeoff_editor_new_comparison       (void);

/* The editor of @window's comparison, opened if it was not: each valid
 * change is shown in @window at once.  @file (nullable) is where Save
 * writes; without one, Save asks. */
TradeoffEditorWindow *tradeoff_editor_window_open          (TradeoffWindow       *window,
                                                            GFile                *file);
/* @window's editor, or %NULL when it has none open. */
TradeoffEditorWindow *tradeoff_editor_window_find          (TradeoffWindow       *window);
TradeoffComparison   *tradeoff_editor_window_get_comparison (TradeoffEditorWindow *self);
/* Why the comparison cannot be saved, or %NULL when it can. */
const char           *tradeoff_editor_window_get_blocker   (TradeoffEditorWindow *self);
gboolean              tradeoff_editor_window_get_modified  (TradeoffEditorWindow *self);
GFile                *tradeoff_editor_window_get_file      (TradeoffEditorWindow *self);
/* Whether the editor can go with nothing lost.  If not, asks to save or
 * discard the changes and returns %FALSE; once they are saved or
 * discarded, the editor closes and activates @then_action (such as
 * "window.close" or "app.quit") on its main window.  Cancel leaves both
 * windows as they were. */
gboolean              tradeoff_editor_window_ask_before    (TradeoffEditorWindow *self,
                                                            const char           *then_action);
/* Writes the comparison to @file and makes it the file Save writes to. */
gboolean              tradeoff_editor_window_save_to       (TradeoffEditorWindow *self,
                                                            GFile                *file,
                                                            GError              **error);

G_END_DECLS
