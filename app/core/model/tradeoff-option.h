/* tradeoff-option.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_OPTION (tradeoff_option_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffOption, tradeoff_option, TRADEOFF, OPTION, GObject)

const char *tradeoff_option_get_id      (TradeoffOption *self);
const char *tradeoff_option_get_name    (TradeoffOption *self);
const char *tradeoff_option_get_verdict (TradeoffOption *self);
guint       tradeoff_option_get_index   (TradeoffOption *self);

G_END_DECLS
