/* tradeoff-style-manager.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * TradeoffColorScheme:
 * @TRADEOFF_COLOR_SCHEME_DEFAULT: no preference, or none known
 * @TRADEOFF_COLOR_SCHEME_PREFER_DARK: the person prefers dark
 * @TRADEOFF_COLOR_SCHEME_PREFER_LIGHT: the person prefers light
 *
 * The values of the freedesktop "org.freedesktop.appearance color-scheme"
 * setting, in its order.
 */
typedef enum
{
  TRADEOFF_COLOR_SCHEME_DEFAULT,
  TRADEOFF_COLOR_SCHEME_PREFER_DARK,
  TRADEOFF_COLOR_SCHEME_PREFER_LIGHT,
} TradeoffColorScheme;

#define TRADEOFF_TYPE_COLOR_SCHEME (tradeoff_color_scheme_get_type ())

GType tradeoff_color_scheme_get_type (void) G_GNUC_CONST;

#define TRADEOFF_TYPE_STYLE_MANAGER (tradeoff_style_manager_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffStyleManager, tradeoff_style_manager, TRADEOFF, STYLE_MANAGER, GObject)

TradeoffStyleManager *tradeoff_style_manager_new              (GDBusConnection      *connection,
                                                               GtkSettings          *settings);
TradeoffColorScheme   tradeoff_style_manager_get_color_scheme (TradeoffStyleManager *self);

G_END_DECLS
