/* tradeoff-hover-tooltip.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tooltips over the window's content that open for a pointer the person
 * moves, not for one the window appeared under (tradeoff-hover-tooltip.c
 * says why).
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Watches @window's pointer: until it moves, the content tooltips in
 * @window stay closed.  A window not watched shows them as GTK does. */
void     tradeoff_hover_tooltip_watch         (GtkWindow  *window);
/* @widget's tooltip, and its description for a screen reader, as
 * gtk_widget_set_tooltip_text() sets them; %NULL or "" takes it away. */
void     tradeoff_hover_tooltip_set_text      (GtkWidget  *widget,
                                               const char *text);
const char *tradeoff_hover_tooltip_get_text   (GtkWidget  *widget);
/* Whether @widget's window would open its tooltip now: it is not
 * watched, or its pointer has moved. */
gboolean tradeoff_hover_tooltip_can_open      (GtkWidget  *widget);

/* What the window's motion controller is told, for tests: the pointer
 * entered or moved to (@x, @y) at @time (GDK_CURRENT_TIME for a motion
 * GTK made up after a layout, not the person). */
void     _tradeoff_hover_tooltip_pointer_at   (GtkWindow  *window,
                                               double      x,
                                               double      y,
                                               guint32     time);

G_END_DECLS
