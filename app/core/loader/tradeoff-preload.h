/* tradeoff-preload.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a comparison file on a thread of its own, from the moment the
 * program knows its name, while GTK starts on the main thread.
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

typedef struct _TradeoffPreload TradeoffPreload;

TradeoffPreload    *tradeoff_preload_start  (GFile            *file);
gboolean            tradeoff_preload_is_for (TradeoffPreload  *self,
                                             GFile            *file);
TradeoffComparison *tradeoff_preload_finish (TradeoffPreload  *self,
                                             GError          **error);
void                tradeoff_preload_free   (TradeoffPreload  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffPreload, tradeoff_preload_free)

G_END_DECLS
