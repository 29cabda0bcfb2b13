/* tradeoff-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-preload.h"
#include "tradeoff-settings.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_APPLICATION (tradeoff_application_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffApplication, tradeoff_application, TRADEOFF, APPLICATION, GtkApplication)

TradeoffApplication *tradeoff_application_new          (void);
/* Only valid between "startup" and "shutdown". */
TradeoffSettings    *tradeoff_application_get_settings (TradeoffApplication *self);
void                 tradeoff_application_preload      (TradeoffApplication *self,
                                                        TradeoffPreload     *preload);

/* Tradeoff's style sheet on the default display, as "startup" loads it;
 * for window tests that must lay out what a person sees. */
void                 _tradeoff_application_load_style  (void);

G_END_DECLS
