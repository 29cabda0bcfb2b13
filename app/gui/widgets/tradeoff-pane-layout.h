/* tradeoff-pane-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Panes side by side, left to right (right to left in a right-to-left
 * locale), placed as a horizontal GtkBox places them: a pane that does
 * not expand gets its minimum width, then up to its natural width (both
 * at the height it is given), the panes that expand share the rest; a
 * pane that does not expand is served first when there is too little
 * room for every pane's natural width.  Unlike a box, a pane that does
 * not expand and has a width request (gtk_widget_set_size_request())
 * gets exactly that width, or its minimum if that is larger, whatever
 * its natural width: a column whose text changes does not move the
 * panes beside it.
 *
 * What differs is what is asked.  Working out the panes' height for a
 * width, a GtkBox searches for the height at which its panes fit side by
 * side, asking each pane its width at every height it tries, and a
 * wrapped label answers each of those by laying its text out at a dozen
 * widths.  Here the panes' widths for that are measured without a height,
 * and a pane that expands is never asked its width at a height (README,
 * "Start-up against the honest floor").
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_PANE_LAYOUT (tradeoff_pane_layout_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffPaneLayout, tradeoff_pane_layout, TRADEOFF, PANE_LAYOUT, GtkLayoutManager)

GtkLayoutManager *tradeoff_pane_layout_new         (void);
int               tradeoff_pane_layout_get_spacing (TradeoffPaneLayout *self);
void              tradeoff_pane_layout_set_spacing (TradeoffPaneLayout *self,
                                                    int                 spacing);

G_END_DECLS
