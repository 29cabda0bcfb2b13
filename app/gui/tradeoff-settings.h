/* tradeoff-settings.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything Tradeoff remembers between runs, wrapped once.  When no
 * compiled schema can be found, the object still works and simply forgets
 * everything when the program ends.
 */

#pragma once

#include <gio/gio.h>

#include "tradeoff-tick-store.h"

G_BEGIN_DECLS

/* The smallest window size worth remembering; the schema has the same range. */
#define TRADEOFF_SETTINGS_MIN_WINDOW_SIZE 360
#define TRADEOFF_SETTINGS_MAX_WINDOW_SIZE 32767

#define TRADEOFF_TYPE_SETTINGS (tradeoff_settings_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffSettings, tradeoff_settings, TRADEOFF, SETTINGS, GObject)

TradeoffSettings  *tradeoff_settings_new                  (void);
/* Wraps @settings, which must use the org.tradeoff.Tradeoff schema; %NULL
 * makes a settings object that remembers nothing across runs.  Ticks are
 * remembered only while the object lives. */
TradeoffSettings  *tradeoff_settings_new_for_gsettings    (GSettings        *settings);
/* The same, with ticks remembered in @state_dir (%NULL: not kept). */
TradeoffSettings  *tradeoff_settings_new_full             (GSettings        *settings,
                                                           const char       *state_dir);
TradeoffTickStore *tradeoff_settings_get_tick_store       (TradeoffSettings *self);
gboolean           tradeoff_settings_get_persistent       (TradeoffSettings *self);

int                tradeoff_settings_get_window_width     (TradeoffSettings *self);
void               tradeoff_settings_set_window_width     (TradeoffSettings *self,
                                                           int               width);
int                tradeoff_settings_get_window_height    (TradeoffSettings *self);
void               tradeoff_settings_set_window_height    (TradeoffSettings *self,
                                                           int               height);
gboolean           tradeoff_settings_get_window_maximized (TradeoffSettings *self);
void               tradeoff_settings_set_window_maximized (TradeoffSettings *self,
                                                           gboolean          maximized);

G_END_DECLS
