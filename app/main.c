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
#include "tradeoff-preload.h"
#include "tradeoff-renderer.h"

/* Where the translations are.  The installed ones come first; a program
 * started straight from the build tree, before `meson install`, has none
 * there yet and uses those i18n.gettext compiled into the build tree's po/
 * (po/LANG/LC_MESSAGES/tradeoff.mo), the way tradeoff-settings.c falls back
 * to the schema compiled in the build tree.  Only the languages the person
 * asked for are looked up, a few stat() calls: an installed Tradeoff that
 * has a catalogue for them never reads the build tree, and one that has
 * none finds none there either unless its build tree is still around. */
static const char *
find_locale_dir (void)
{
#ifdef TRADEOFF_BUILD_LOCALE_DIR
  const char * const *languages = g_get_language_names ();
  const char * const dirs[] = { LOCALEDIR, TRADEOFF_BUILD_LOCALE_DIR };

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    for (guint i = 0; languages[i] != NULL; i++)
      {
        g_autofree char *catalogue = g_build_filename (dirs[d], languages[i], "LC_MESSAGES",
                                                       GETTEXT_PACKAGE ".mo", NULL);

        if (g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
          return dirs[d];
      }
#endif

  return LOCALEDIR;
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
