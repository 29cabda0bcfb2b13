/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "tradeoff-application.h"
#include "tradeoff-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TradeoffApplication) app = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  int status = 0;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Everything that needs no window is answered here, before GTK starts, so
   * it works with no display at all. */
  if (tradeoff_cli_handle (argc, argv, out, err, &status))
    {
      fwrite (out->str, 1, out->len, stdout);
      fwrite (err->str, 1, err->len, stderr);
      return status;
    }

  app = tradeoff_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
