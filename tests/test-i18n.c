/* test-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tradeoff in German and French: the shipped comparison read through its
 * gettext domain, and `tradeoff --summary` run as a person would run it,
 * with LANGUAGE set.  The catalogues are the ones compiled in the build
 * tree (po/), which is where the program finds them before it is installed.
 *
 * GNU gettext ignores LANGUAGE in the "C" locale, not in C.UTF-8, which is
 * the locale the test environment sets: LANGUAGE alone picks the language.
 */

#define G_LOG_DOMAIN "test-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "tradeoff-loader.h"

/* Switches the language of this process.  setlocale() also tells gettext to
 * forget the translations it has already looked up. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

static TradeoffComparison *
load_shipped_in (const char *language)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison;

  use_language (language);
  comparison = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);

  return comparison;
}

static void
add (GPtrArray  *texts,
     const char *text)
{
  g_ptr_array_add (texts, (gpointer) text);
}

/* Every text of @comparison a person reads, always in the same order. */
static GPtrArray *
list_texts (TradeoffComparison *comparison)
{
  GPtrArray *texts = g_ptr_array_new ();
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  guint n_options = tradeoff_comparison_get_n_options (comparison);

  add (texts, tradeoff_comparison_get_title (comparison));
  add (texts, tradeoff_comparison_get_byline (comparison));
  add (texts, tradeoff_comparison_get_intro (comparison));
  add (texts, tradeoff_comparison_get_grid_heading (comparison));
  add (texts, tradeoff_comparison_get_aspect_heading (comparison));
  add (texts, tradeoff_comparison_get_faq_heading (comparison));
  add (texts, tradeoff_comparison_get_criteria_heading (comparison));
  add (texts, tradeoff_comparison_get_tie_verdict (comparison));
  add (texts, tradeoff_comparison_get_none_verdict (comparison));

  for (guint i = 0; i < n_options; i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, i);

      add (texts, tradeoff_option_get_name (option));
      add (texts, tradeoff_option_get_verdict (option));
    }

  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      add (texts, tradeoff_aspect_get_label (aspect));
      for (guint j = 0; j < n_options; j++)
        add (texts, tradeoff_aspect_get_value (aspect, j));
    }

  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      add (texts, tradeoff_faq_entry_get_question (entry));
      add (texts, tradeoff_faq_entry_get_answer (entry));
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      add (texts, tradeoff_criterion_group_get_label (group));
    }

  for (guint i = 0; i < tradeoff_comparison_get_n_criteria (comparison); i++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, i);

      add (texts, tradeoff_criterion_get_label (criterion));
      add (texts, tradeoff_criterion_get_rationale (criterion));
    }

  return texts;
}

/* Each text of the shipped comparison is shown translated, and its ids and
 * date stay as written. */
static void
check_comparison_translated (const char *language,
                             const char *title,
                             const char *criterion_label)
{
  g_autoptr(TradeoffComparison) english = load_shipped_in ("en");
  g_autoptr(TradeoffComparison) translated = load_shipped_in (language);
  g_autoptr(GPtrArray) english_texts = list_texts (english);
  g_autoptr(GPtrArray) translated_texts = list_texts (translated);

  g_assert_cmpuint (english_texts->len, ==, translated_texts->len);
  for (guint i = 0; i < english_texts->len; i++)
    {
      const char *source = g_ptr_array_index (english_texts, i);
      const char *shown = g_ptr_array_index (translated_texts, i);
      /* gettext hands back the very msgid it was given when the catalogue
       * has no translation, and a string of its own when it has one, even
       * one that reads the same ("Modern"). */
      const char *translation = g_dgettext (GETTEXT_PACKAGE, source);

      g_assert_nonnull (source);
      if (translation == source)
        g_error ("The %s catalogue does not translate “%s”", language, source);
      g_assert_cmpstr (shown, ==, translation);
    }

  g_assert_cmpstr (tradeoff_comparison_get_title (translated), ==, title);
  g_assert_cmpstr (tradeoff_criterion_get_label (
                     tradeoff_comparison_find_criterion (translated, "team-knows-django")),
                   ==, criterion_label);

  g_assert_cmpstr (tradeoff_comparison_get_id (translated), ==, "django-vs-flask");
  g_assert_cmpstr (tradeoff_comparison_get_updated (translated), ==, "2026-03");
  for (guint i = 0; i < tradeoff_comparison_get_n_criteria (english); i++)
    g_assert_cmpstr (tradeoff_criterion_get_id (tradeoff_comparison_get_criterion (translated, i)),
                     ==,
                     tradeoff_criterion_get_id (tradeoff_comparison_get_criterion (english, i)));
}

static void
test_comparison_german (void)
{
  check_comparison_translated ("de", "Django vs. Flask: Der umfassende Vergleich 2026",
                               "Unser Team hat bereits Django-Erfahrung");
}

static void
test_comparison_french (void)
{
  check_comparison_translated ("fr", "Django vs Flask\u00a0: le guide comparatif complet 2026",
                               "Notre équipe maîtrise déjà Django");
}

/* A small comparison whose title and intro are strings the catalogue has. */
static TradeoffComparison *
load_small (const char *domain_attribute,
            const char *title,
            const char *intro)
{
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<comparison id=\"small\" version=\"1\"%s>\n"
    "  <title>%s</title>\n"
    "  <intro>%s</intro>\n"
    "  <options>\n"
    "    <option id=\"a\"><name>Performance</name></option>\n"
    "    <option id=\"b\"><name>Innovation matters more</name></option>\n"
    "  </options>\n"
    "  <aspects/>\n"
    "  <faq/>\n"
    "  <criteria/>\n"
    "  <verdicts>\n"
    "    <verdict option=\"a\">A.</verdict><verdict option=\"b\">B.</verdict>\n"
    "    <tie>Tie.</tie><none>None.</none>\n"
    "  </verdicts>\n"
    "</comparison>\n",
    domain_attribute, title, intro);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_strdup (xml), strlen (xml));
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_bytes (bytes, "small.xml", &error);

  g_assert_no_error (error);
  return comparison;
}

/* A file that names no domain is shown as written, even where the
 * catalogue happens to have its words. */
static void
test_no_domain_not_translated (void)
{
  g_autoptr(TradeoffComparison) comparison = NULL;

  use_language ("de");
  comparison = load_small ("", "Performance", "What matters to you?");

  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==, "Performance");
  g_assert_cmpstr (tradeoff_comparison_get_intro (comparison), ==, "What matters to you?");
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, 0)),
                   ==, "Performance");
}

/* A text is looked up as xgettext extracts it: however it is wrapped, and
 * with a paragraph break counting as one space.  A text the catalogue does
 * not have keeps its paragraphs. */
static void
test_lookup_normalized (void)
{
  g_autoptr(TradeoffComparison) comparison = NULL;

  use_language ("de");
  comparison = load_small (" gettext-domain=\"" GETTEXT_PACKAGE "\"",
                           "\n    What matters\n      to you?\n  ",
                           "Tick what matters to you\n\n    and the reasons appear here.\n\n"
                           "Nobody has translated\n\n  this one.");

  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==, "Was ist Ihnen wichtig?");
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, 1)),
                   ==, "Innovation ist wichtiger");
  g_assert_cmpstr (tradeoff_comparison_get_tie_verdict (comparison), ==, "Tie.");
  g_assert_cmpstr (tradeoff_comparison_get_intro (comparison), ==,
                   "Tick what matters to you\n\nand the reasons appear here.\n\n"
                   "Nobody has translated\n\nthis one.");

  g_clear_object (&comparison);
  comparison = load_small (" gettext-domain=\"" GETTEXT_PACKAGE "\"", "Performance",
                           "Tick what matters to you\n\n    and the reasons appear here.");
  g_assert_cmpstr (tradeoff_comparison_get_intro (comparison), ==,
                   "Kreuzen Sie an, was Ihnen wichtig ist, dann erscheinen hier die Gründe.");
}

/* In English the shipped comparison is byte for byte what the file says. */
static void
test_english_unchanged (void)
{
  g_autoptr(TradeoffComparison) comparison = load_shipped_in ("en");

  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==,
                   "Django vs Flask: Complete Comparison Guide 2026");
  g_assert_cmpstr (tradeoff_comparison_get_grid_heading (comparison), ==, "Quick Comparison");
}

/* `tradeoff --summary --select=team-knows-django` in @language. */
static char **
run_summary (const char *language)
{
  const char *program = g_getenv ("TRADEOFF_PROGRAM");
  const char *argv[] = { program, "--summary", "--select=team-knows-django", NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_strsplit (out, "\n", -1);
}

/* Whether @line has English words, not only names, numbers, punctuation
 * and @same (words that the language spells as English does). */
static gboolean
has_words (const char         *line,
           const char * const *same)
{
  static const char * const names[] = { "Django", "Flask", "Python", "CBFDAE", NULL };
  g_auto(GStrv) words = g_regex_split_simple ("[^A-Za-z]+", line, 0, 0);

  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 3 && !g_strv_contains (names, words[i]) &&
        !g_strv_contains (same, words[i]))
      return TRUE;

  return FALSE;
}

/* The summary in @language says everything in that language: every line
 * with words in it differs from the English one. */
static void
check_summary (const char         *language,
               const char * const *same,
               const char * const *expected)
{
  g_auto(GStrv) english = NULL;
  g_auto(GStrv) translated = NULL;
  g_autofree char *all = NULL;

  if (g_getenv ("TRADEOFF_PROGRAM") == NULL)
    {
      g_test_skip ("TRADEOFF_PROGRAM is not set");
      return;
    }

  english = run_summary ("en");
  translated = run_summary (language);
  all = g_strjoinv ("\n", translated);

  g_assert_cmpuint (g_strv_length (translated), ==, g_strv_length (english));
  for (guint i = 0; english[i] != NULL; i++)
    if (has_words (english[i], same) && strcmp (english[i], translated[i]) == 0)
      g_error ("Line %u is in English under LANGUAGE=%s: “%s”", i + 1, language, english[i]);

  g_assert_cmpstr (translated[0], ==, expected[0]);
  for (guint i = 1; expected[i] != NULL; i++)
    if (strstr (all, expected[i]) == NULL)
      g_error ("The %s summary does not say “%s”:\n%s", language, expected[i], all);
}

static void
test_summary_german (void)
{
  const char * const expected[] = {
    "Empfehlung: Django",
    "\u2068Django\u2069 passt am besten zu Ihnen",
    "Schnellvergleich",
    "Reife",
    "Etabliert",
    "[x] \u2068Unser Team hat bereits Django-Erfahrung\u2069 (team-knows-django)",
    "Ohne Kreuz bei „\u2068Unser Team hat bereits Django-Erfahrung\u2069“ gäbe es keine Empfehlung",
    NULL
  };
  const char * const same[] = { NULL };

  check_summary ("de", same, expected);
}

static void
test_summary_french (void)
{
  const char * const expected[] = {
    "Recommandation\u00a0: Django",
    "\u2068Django\u2069 vous convient le mieux",
    "Comparaison rapide",
    "Maturité",
    "Établi",
    "[x] \u2068Notre équipe maîtrise déjà Django\u2069 (team-knows-django)",
    "Décocher «\u202f\u2068Notre équipe maîtrise déjà Django\u2069\u202f» ne laisserait aucune recommandation",
    NULL
  };
  const char * const same[] = { "Aspect", "Scores", NULL };

  check_summary ("fr", same, expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* The catalogues compiled in the build tree, not any installed ones. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/tradeoff/i18n/comparison-german", test_comparison_german);
  g_test_add_func ("/tradeoff/i18n/comparison-french", test_comparison_french);
  g_test_add_func ("/tradeoff/i18n/no-domain-not-translated", test_no_domain_not_translated);
  g_test_add_func ("/tradeoff/i18n/lookup-normalized", test_lookup_normalized);
  g_test_add_func ("/tradeoff/i18n/english-unchanged", test_english_unchanged);
  g_test_add_func ("/tradeoff/i18n/summary-german", test_summary_german);
  g_test_add_func ("/tradeoff/i18n/summary-french", test_summary_french);

  return g_test_run ();
}
