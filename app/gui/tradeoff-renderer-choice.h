/* tradeoff-renderer-choice.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *tradeoff_renderer_for_machine (const char *dev_dir);
void        tradeoff_renderer_gl_switch   (guint        gtk_minor,
                                           const char **variable,
                                           const char **value);
void        tradeoff_renderer_choose      (void);

G_END_DECLS
