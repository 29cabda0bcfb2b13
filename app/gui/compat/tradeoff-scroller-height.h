/* tradeoff-scroller-height.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  tradeoff_scroller_height_ignores_child (GtkScrolledWindow *scroller);
guint _tradeoff_scroller_height_n_skipped    (void);

G_END_DECLS
