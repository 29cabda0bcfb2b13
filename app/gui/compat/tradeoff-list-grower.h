/* tradeoff-list-grower.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a long list a few screens at a time: the list's model is a slice
 * of the whole, which grows as the list is scrolled towards its end.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_LIST_GROWER (tradeoff_list_grower_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffListGrower, tradeoff_list_grower, TRADEOFF, LIST_GROWER, GObject)

TradeoffListGrower *tradeoff_list_grower_new   (GtkSliceListModel  *slice,
                                                GtkScrolledWindow  *scroller,
                                                guint               step);
void                tradeoff_list_grower_reset (TradeoffListGrower *self);
void                tradeoff_list_grower_reach (TradeoffListGrower *self,
                                                guint               position);

G_END_DECLS
