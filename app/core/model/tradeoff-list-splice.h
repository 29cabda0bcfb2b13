/* tradeoff-list-splice.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes a list store hold the items of another list model, replacing only
 * the items that differ: an edited comparison shares its unchanged items
 * with the one before it (tradeoff_comparison_builder_build_from()), so a
 * view that keeps its own store rebinds the changed row only.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Whether two items show the same; %NULL compares them by identity. */
typedef gboolean (*TradeoffListSameFunc) (gpointer a,
                                          gpointer b);

guint tradeoff_list_splice_changed      (GListStore           *store,
                                         GListModel           *items);
guint tradeoff_list_splice_changed_full (GListStore           *store,
                                         GListModel           *items,
                                         guint                 max,
                                         TradeoffListSameFunc  same);

G_END_DECLS
