/* tradeoff-atomic-file.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @bytes to @file through a temporary file and a rename: a reader
 * sees the old file or the new one, never half of one.  On failure any
 * existing file is untouched, no temporary file is left, and @error (in the
 * G_IO_ERROR domain) names the file and says why. */
gboolean tradeoff_atomic_file_write (GFile         *file,
                                     GBytes        *bytes,
                                     GCancellable  *cancellable,
                                     GError       **error);

G_END_DECLS
