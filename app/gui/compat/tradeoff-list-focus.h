/* tradeoff-list-focus.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     tradeoff_list_focus_leave   (GtkWidget        *region,
                                      GtkDirectionType  direction);
gboolean tradeoff_list_focus_is_tab  (guint             keyval,
                                      GdkModifierType   state,
                                      GtkDirectionType *direction);
void     tradeoff_list_focus_one_stop (GtkWidget       *list,
                                      GtkWidget       *region);

void     label_list_row              (GtkWidget       *row,
                                      const char      *text);

G_END_DECLS
