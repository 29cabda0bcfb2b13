/* tradeoff-label-width.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void tradeoff_label_width_install (void);

G_END_DECLS
