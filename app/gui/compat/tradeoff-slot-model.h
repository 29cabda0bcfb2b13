/* tradeoff-slot-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of places ("slots"), each showing the item at its position in
 * another list.  When that list changes, a slot keeps its place and shows
 * its new item, rather than leaving and being replaced.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_SLOT (tradeoff_slot_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffSlot, tradeoff_slot, TRADEOFF, SLOT, GObject)

gpointer tradeoff_slot_get_item (TradeoffSlot *self);

#define TRADEOFF_TYPE_SLOT_MODEL (tradeoff_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffSlotModel, tradeoff_slot_model, TRADEOFF, SLOT_MODEL, GObject)

TradeoffSlotModel *tradeoff_slot_model_new (GListModel *model);

G_END_DECLS
