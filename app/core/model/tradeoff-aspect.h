/* tradeoff-aspect.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_ASPECT (tradeoff_aspect_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffAspect, tradeoff_aspect, TRADEOFF, ASPECT, GObject)

const char *tradeoff_aspect_get_id    (TradeoffAspect *self);
const char *tradeoff_aspect_get_label (TradeoffAspect *self);
guint       tradeoff_aspect_get_n_values (TradeoffAspect *self);
const char *tradeoff_aspect_get_value (TradeoffAspect *self,
                                       guint           option_index);

G_END_DECLS
