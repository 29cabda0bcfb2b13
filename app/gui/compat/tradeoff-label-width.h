/* tradeoff-label-width.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tradeoff_label_width_first (GtkLabel *label);
void tradeoff_label_fits_column (GtkLabel *label);

G_END_DECLS
