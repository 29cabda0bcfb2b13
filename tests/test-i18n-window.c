/* test-i18n-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window under LANGUAGE=de and LANGUAGE=fr: the headline, the
 * criteria, the grid and the FAQ speak the language, and nothing on screen
 * is a string the catalogue would have translated.  The catalogues are the
 * ones compiled in the build tree's po/.
 */

#define G_LOG_DOMAIN "test-i18n-window"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "window-testing.h"

typedef struct
{
  const char *language;
  const char *headline;
  const char *headline_ticked;
  const char *criterion;
  const char *grid_heading;
  const char *faq_heading;
  const char *search_placeholder;
} Expected;

static const Expected german = {
  .language = "de",
  .headline = "Noch keine Empfehlung",
  .headline_ticked = "\u2068Django\u2069 passt am besten zu Ihnen",
  .criterion = "Unser Team hat bereits Django-Erfahrung",
  .grid_heading = "Schnellvergleich",
  .faq_heading = "Häufig gestellte Fragen",
  .search_placeholder = "Fragen und Antworten durchsuchen",
};

static const Expected french = {
  .language = "fr",
  .headline = "Pas encore de recommandation",
  .headline_ticked = "\u2068Django\u2069 vous convient le mieux",
  .criterion = "Notre équipe maîtrise déjà Django",
  .grid_heading = "Comparaison rapide",
  .faq_heading = "Foire aux questions",
  .search_placeholder = "Rechercher dans les questions et réponses",
};

static gboolean
shows_label (TradeoffWindow *window,
             const char     *text)
{
  g_autoptr(GPtrArray) labels = find_shown (GTK_WIDGET (window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

/* No label on screen shows an English string that the catalogue has a
 * translation for: gettext returns the very msgid when it has none. */
static void
assert_nothing_untranslated (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) labels = find_shown (GTK_WIDGET (window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));
      const char *translation = g_dgettext (GETTEXT_PACKAGE, text);

      if (translation != text && g_strcmp0 (translation, text) != 0)
        g_error ("The window shows “%s”, which is “%s” in %s", text, translation,
                 g_getenv ("LANGUAGE"));
    }
}

static void
test_window_in (gconstpointer data)
{
  const Expected *expected = data;
  g_autoptr(TradeoffSettings) settings = NULL;
  TradeoffWindow *window;
  GtkCheckButton *button;
  g_autofree char *placeholder = NULL;

  use_language (expected->language);
  settings = memory_settings (NULL);
  window = open_window (settings, NULL);

  g_assert_cmpstr (headline (window), ==, expected->headline);
  g_assert_true (shows_label (window, expected->grid_heading));
  g_assert_true (shows_label (window, expected->faq_heading));
  g_object_get (find_one (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY),
                "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, expected->search_placeholder);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)));
  assert_nothing_untranslated (window);

  button = check_button_labelled (window, expected->criterion);
  g_assert_nonnull (button);
  g_assert_true (button == criterion_button (window, "team-knows-django"));
  gtk_check_button_set_active (button, TRUE);
  g_assert_cmpstr (headline (window), ==, expected->headline_ticked);
  assert_nothing_untranslated (window);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  /* As main.c does, but with the catalogues compiled in the build tree:
   * GtkBuilder translates the templates in the default text domain. */
  use_catalogues ();

  g_test_add_data_func ("/tradeoff/i18n-window/german", &german, test_window_in);
  g_test_add_data_func ("/tradeoff/i18n-window/french", &french, test_window_in);

  return g_test_run ();
}
