/* tradeoff-compat.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every workaround here asks tradeoff_compat_gtk_older_than() with the GTK
 * release that made it unnecessary, and steps aside from that release on.
 * The answer is the running GTK's, not the one the program was built with:
 * a Tradeoff built on Debian 12 (GTK 4.8) and run with a newer GTK uses
 * that GTK's own behaviour.
 *
 * TRADEOFF_COMPAT_GTK_MINOR pretends another GTK 4 minor release, so that
 * the tests check on GTK 4.8 that each workaround really steps aside.
 */

#define G_LOG_DOMAIN "tradeoff-compat"

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-compat.h"

static guint
running_minor (void)
{
  const char *pretend = g_getenv ("TRADEOFF_COMPAT_GTK_MINOR");
  guint64 minor;

  if (pretend != NULL && g_ascii_string_to_unsigned (pretend, 10, 0, 1000, &minor, NULL))
    return (guint) minor;

  return gtk_get_minor_version ();
}

/**
 * tradeoff_compat_gtk_older_than:
 * @minor: the GTK 4 minor release from which a workaround is not needed
 *
 * Returns: whether the running GTK is older than 4.@minor
 */
gboolean
tradeoff_compat_gtk_older_than (guint minor)
{
  return running_minor () < minor;
}
