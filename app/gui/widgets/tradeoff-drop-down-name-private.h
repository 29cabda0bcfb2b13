/* tradeoff-drop-down-name-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void _tradeoff_drop_down_name_by (GtkWidget *control,
                                  GtkWidget *label);

G_END_DECLS
