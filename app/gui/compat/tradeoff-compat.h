/* tradeoff-compat.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether a workaround in this folder is still needed by the GTK that runs
 * Tradeoff, which may be newer than the one it was built with.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean tradeoff_compat_gtk_older_than (guint minor);

G_END_DECLS
