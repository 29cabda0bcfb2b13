/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tradeoff-application.h"
#include "tradeoff-cli.h"
#include "tradeoff-preload.h"
#include "tradeoff-renderer-choice.h"

/* Where the translations are: the installed ones, unless TRADEOFF_LOCALEDIR
 * names another directory.  `meson devenv` sets it to the catalogues
 * compiled in the build tree (data/meson.build), so a program run from
 * there is translated without any build-tree path compiled into it. */
static const char *
find_locale_dir (void)
{
  const char *dir = g_getenv ("TRADEOFF_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/* `tradeoff FILE…` with no options: the first file can be read while GTK
 * starts (see tradeoff-preload.c).  With anything else on the command line
 * GApplication decides, and the file is read when it says. */
static gboolean
is_plain_file_list (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-')
      return FALSE;

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TradeoffApplication) app = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  int status = 0;

#if defined (__GLIBC__) && defined (M_ARENA_MAX)
  /* glibc gives each thread that allocates (the file preload, the
   * smallest-change worker, GIO's) a malloc arena of its own, whose pages
   * stay resident: two arenas in all keep the window's peak memory some
   * 0.4 MB lower (README, "Start-up against the honest floor").  Set
   * before any thread starts. */
  mallopt (M_ARENA_MAX, 2);
#endif

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_locale_dir ());
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

  tradeoff_renderer_choose ();
  app = tradeoff_application_new ();
  if (argc > 1 && is_plain_file_list (argc, argv))
    {
      g_autoptr(GFile) first = g_file_new_for_commandline_arg (argv[1]);

      tradeoff_application_preload (app, tradeoff_preload_start (first));
    }

  return g_application_run (G_APPLICATION (app), argc, argv);
}
