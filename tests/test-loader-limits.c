/* test-loader-limits.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long a text may be, by kind (tradeoff-comparison-rules.c), and
 * where a line may break in scripts that write no spaces
 * (tradeoff-loader-words.c): a text at its limit loads and one character
 * more is refused at its place in the file, quoting only its start; the
 * comparison builder, which the editor and the importer use, refuses the
 * same text in the same words, so nothing they write is a file the loader
 * refuses.  Chinese, Japanese and Thai prose loads; an unbroken run of a
 * Latin letter does not.
 */

#include "config.h"

#include <string.h>

#include "loader-testing.h"
#include "tradeoff-comparison-builder.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader.h"
#include "tradeoff-writer.h"
#include "testing.h"

static const LoaderTestingPlace places[] = {
  { "Tea vs Coffee", NULL, 4, 3, "title" },
  { "<name>Tea</name>", "<name>%s</name>", 6, 22, "name" },
  { "Caffeine", NULL, 10, 27, "label" },
  { "Less", NULL, 11, 7, "value" },
  { "Which keeps me awake longer?", NULL, 17, 7, "question" },
  { "Coffee, because a cup usually holds more caffeine than a cup of tea.", NULL, 18, 7, "answer" },
  { "Your needs", NULL, 22, 23, "label" },
  { "I need to stay awake", NULL, 24, 9, "label" },
  { "A cup of coffee usually holds more caffeine than a cup of tea.", NULL, 25, 9, "rationale" },
  { "Tea is the gentler choice.", NULL, 31, 5, "verdict" },
  { "Either will do.", NULL, 33, 5, "tie" },
  { "Tick what matters to you.", NULL, 34, 5, "none" },
};

/* Ordinary words, exactly @length characters. */
static char *
words_of_length (gsize length)
{
  static const char *words[] = { "tea", "coffee", "keeps", "you", "awake", "longer", "than" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; out->len < length; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i % G_N_ELEMENTS (words)]);
    }
  g_string_truncate (out, length);
  /* No trailing space, which the loader would drop. */
  if (out->str[length - 1] == ' ')
    out->str[length - 1] = 'x';

  return g_string_free (out, FALSE);
}

/* Every kind of text: at its limit it loads, one character over it is
 * refused there, and the message quotes only the text's first words. */
static void
test_each_kind_at_its_limit (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      const LoaderTestingPlace *place = &places[i];
      gsize limit = tradeoff_rules_max_text_length (place->element);
      g_autofree char *longest = words_of_length (limit);
      g_autofree char *too_long = words_of_length (limit + 1);
      g_autofree char *says = g_strdup_printf ("longer than the %u characters a <%s> may have "
                                               "(“tea coffee keeps you awake longe…”)",
                                               (guint)limit, place->element);

      g_test_message ("%s at %d:%d, %" G_GSIZE_FORMAT " characters",
                      place->element, place->line, place->column, limit);
      loader_testing_assert_loads (place, longest);
      loader_testing_assert_refused (place, too_long, says);
    }
}

/* Names, labels and headings are short; answers, the introduction and
 * rationales longer; each with room over the longest of its kind in the
 * shipped comparison and the tests' files (29 characters for a name, 54
 * for a label, 56 for a question, 81 for a title, 161 for the
 * introduction, 200 for a verdict, 451 for an answer). */
static void
test_kinds (void)
{
  static const struct { const char *element; gsize longest_known; } kinds[] = {
    { "name", 29 }, { "label", 54 }, { "value", 33 }, { "aspects", 26 }, { "faq", 26 },
    { "criteria", 26 }, { "question", 56 }, { "title", 81 }, { "byline", 70 },
    { "intro", 161 }, { "rationale", 112 }, { "verdict", 200 }, { "tie", 134 },
    { "none", 143 }, { "answer", 451 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpuint (tradeoff_rules_max_text_length (kinds[i].element), >=,
                      MAX (50, kinds[i].longest_known * 17 / 10));
  g_assert_cmpuint (tradeoff_rules_max_text_length ("name"), ==, TRADEOFF_MAX_NAME_LENGTH);
  g_assert_cmpuint (tradeoff_rules_max_text_length ("label"), ==, TRADEOFF_MAX_LABEL_LENGTH);
  g_assert_cmpuint (tradeoff_rules_max_text_length ("faq"), ==, TRADEOFF_MAX_LABEL_LENGTH);
  g_assert_cmpuint (tradeoff_rules_max_text_length ("intro"), ==, TRADEOFF_MAX_INTRO_LENGTH);
  g_assert_cmpuint (tradeoff_rules_max_text_length ("answer"), ==, TRADEOFF_MAX_ANSWER_LENGTH);
}

/* The heading attributes are held to the short limit too. */
static void
test_headings (void)
{
  static const LoaderTestingPlace faq = { "<faq>", NULL, 15, 8, "faq" };
  g_autofree char *too_long = words_of_length (TRADEOFF_MAX_LABEL_LENGTH + 1);
  g_autofree char *heading = g_strdup_printf ("<faq heading=\"%s\">", too_long);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = loader_testing_load_with (&faq, heading, &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_prefix (error->message, LOADER_TESTING_FILE_NAME ":15:8: "));
  g_assert_nonnull (strstr (error->message, "100 characters a <faq>"));
}

/* White space is counted as the loader keeps it: a text wrapped over many
 * lines and indented is as long as its words and single spaces. */
static void
test_counted_after_normalizing (void)
{
  g_autofree char *longest = words_of_length (TRADEOFF_MAX_LABEL_LENGTH);
  g_auto(GStrv) words = g_strsplit (longest, " ", -1);
  g_autofree char *wrapped = g_strjoinv ("\n          ", words);

  g_assert_cmpuint (strlen (wrapped), >, TRADEOFF_MAX_LABEL_LENGTH * 2);
  loader_testing_assert_loads (&places[7], wrapped);
}

/* The builder (the editor's and the importer's way to a file) says what
 * the loader says of the same text, so it never builds a comparison the
 * loader would refuse once written. */
static void
test_builder_same_rule (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TradeoffComparison) minimal = tradeoff_loader_load_file (file, NULL, NULL);
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (minimal);
  g_autofree char *longest = words_of_length (TRADEOFF_MAX_ANSWER_LENGTH);
  g_autofree char *too_long = words_of_length (TRADEOFF_MAX_ANSWER_LENGTH + 1);
  g_autofree char *word = testing_repeat ("x", TRADEOFF_LOADER_MAX_WORD + 1);
  g_autoptr(GError) loader_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) built = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffComparison) reloaded = NULL;
  g_autoptr(GBytes) written = NULL;

  g_assert_nonnull (minimal);

  /* Over the limit: refused in the loader's words, without a place. */
  tradeoff_comparison_builder_set_faq_entry (builder, 0, "sleep", "Which keeps me awake longer?",
                                             too_long);
  built = tradeoff_comparison_builder_build (builder, &error);
  g_assert_null (built);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE);
  comparison = loader_testing_load_with (&places[5], too_long, &loader_error);
  g_assert_null (comparison);
  g_assert_true (g_str_has_suffix (loader_error->message, error->message));
  g_clear_error (&error);

  /* A word too long, as the editor checks a field while it is typed. */
  g_assert_false (tradeoff_rules_check_text ("rationale", word, &error));
  g_assert_nonnull (strstr (error->message, "a word longer than 100 characters"));
  g_clear_error (&error);
  g_assert_false (tradeoff_rules_check_text ("label", longest, &error));
  g_assert_nonnull (strstr (error->message, "100 characters a <label>"));
  g_clear_error (&error);

  /* At the limit: built, written, and loaded back the same. */
  tradeoff_comparison_builder_set_faq_entry (builder, 0, "sleep", "Which keeps me awake longer?",
                                             longest);
  built = tradeoff_comparison_builder_build (builder, &error);
  g_assert_no_error (error);
  written = tradeoff_writer_to_bytes (built);
  reloaded = tradeoff_loader_load_bytes (written, "written.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
}

/* Chinese and Japanese break between almost any two characters, so a
 * long answer in them is many short "words"; Thai is written without
 * spaces between words, with one between sentences. */
static void
test_scripts_without_spaces (void)
{
  /* "Tea or coffee? A cup of coffee usually has more caffeine than tea,
   * so it keeps you awake longer." */
  const char *chinese_sentence =
    "\xe8\x8c\xb6\xe8\xbf\x98\xe6\x98\xaf\xe5\x92\x96\xe5\x95\xa1\xef\xbc\x9f"
    "\xe4\xb8\x80\xe6\x9d\xaf\xe5\x92\x96\xe5\x95\xa1\xe9\x80\x9a\xe5\xb8\xb8"
    "\xe6\xaf\x94\xe8\x8c\xb6\xe5\x90\xab\xe6\x9b\xb4\xe5\xa4\x9a\xe5\x92\x96"
    "\xe5\x95\xa1\xe5\x9b\xa0\xef\xbc\x8c\xe6\x89\x80\xe4\xbb\xa5\xe8\x83\xbd"
    "\xe8\xae\xa9\xe4\xbd\xa0\xe6\x9b\xb4\xe4\xb9\x85\xe5\x9c\xb0\xe4\xbf\x9d"
    "\xe6\x8c\x81\xe6\xb8\x85\xe9\x86\x92\xe3\x80\x82";
  /* "Coffee (コーヒー) keeps you awake longer than tea." */
  const char *japanese =
    "\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x92\xe3\x83\xbc\xe3\x81\xaf\xe3\x81\x8a"
    "\xe8\x8c\xb6\xe3\x82\x88\xe3\x82\x8a\xe3\x82\x82\xe3\x81\xa1\xe3\x82\x87"
    "\xe3\x81\xa3\xe3\x81\xa8\xe9\x95\xb7\xe3\x81\x8f\xe7\x9b\xae\xe3\x81\x8c"
    "\xe8\xa6\x9a\xe3\x82\x81\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82";
  /* "Coffee has more caffeine than tea, so it keeps you awake longer." */
  const char *thai_sentence =
    "\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb9\x81\xe0\xb8\x9f\xe0\xb8\xa1\xe0\xb8\xb5"
    "\xe0\xb8\x84\xe0\xb8\xb2\xe0\xb9\x80\xe0\xb8\x9f\xe0\xb8\xad\xe0\xb8\xb5"
    "\xe0\xb8\x99\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\x81\xe0\xb8\x81\xe0\xb8\xa7"
    "\xe0\xb9\x88\xe0\xb8\xb2\xe0\xb8\x8a\xe0\xb8\xb2\xe0\xb8\x88\xe0\xb8\xb6"
    "\xe0\xb8\x87\xe0\xb8\x97\xe0\xb8\xb3\xe0\xb9\x83\xe0\xb8\xab\xe0\xb9\x89"
    "\xe0\xb8\x95\xe0\xb8\xb7\xe0\xb9\x88\xe0\xb8\x99\xe0\xb8\x99\xe0\xb8\xb2"
    "\xe0\xb8\x99\xe0\xb8\x81\xe0\xb8\xa7\xe0\xb9\x88\xe0\xb8\xb2";
  const LoaderTestingPlace *answer = &places[5];
  const LoaderTestingPlace *criterion_label = &places[7];
  g_autoptr(GString) chinese = g_string_new (NULL);
  g_autofree char *japanese_answer = testing_repeat (japanese, 60);
  g_autofree char *thai_answer = NULL;
  g_autofree char *thai_run = NULL;
  g_autofree char *latin_run = testing_repeat ("a", 5000);
  g_autofree char *latin_words = NULL;

  /* A Chinese answer of 2,000 characters, with no space in it. */
  while (g_utf8_strlen (chinese->str, -1) < 2000)
    g_string_append (chinese, chinese_sentence);
  g_string_truncate (chinese, g_utf8_offset_to_pointer (chinese->str, 2000) - chinese->str);
  g_assert_null (strchr (chinese->str, ' '));
  loader_testing_assert_loads (answer, chinese->str);
  loader_testing_assert_loads (answer, japanese_answer);
  loader_testing_assert_loads (criterion_label, thai_sentence);

  /* Thai sentences, a space between each. */
  {
    g_autoptr(GString) sentences = g_string_new (NULL);

    for (guint i = 0; i < 40; i++)
      g_string_append_printf (sentences, "%s%s", i > 0 ? " " : "", thai_sentence);
    thai_answer = g_string_free (g_steal_pointer (&sentences), FALSE);
  }
  loader_testing_assert_loads (answer, thai_answer);

  /* A run of Thai longer than any sentence needs, with no space: a window
   * lays it out as one word where Pango has no dictionary for the script. */
  thai_run = testing_repeat (thai_sentence, 20);
  loader_testing_assert_refused (answer, thai_run, "more than 500 characters of Thai, Lao, Khmer or Myanmar");

  /* A Latin letter over and over is still one word, whatever it is in. */
  loader_testing_assert_refused (answer, latin_run, "a word longer than 100 characters");
  latin_words = g_strdup_printf ("%s %s", chinese_sentence, latin_run);
  loader_testing_assert_refused (answer, latin_words, "a word longer than 100 characters");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/loader-limits/each-kind-at-its-limit", test_each_kind_at_its_limit);
  g_test_add_func ("/tradeoff/loader-limits/kinds", test_kinds);
  g_test_add_func ("/tradeoff/loader-limits/headings", test_headings);
  g_test_add_func ("/tradeoff/loader-limits/counted-after-normalizing", test_counted_after_normalizing);
  g_test_add_func ("/tradeoff/loader-limits/builder-same-rule", test_builder_same_rule);
  g_test_add_func ("/tradeoff/loader-limits/scripts-without-spaces", test_scripts_without_spaces);

  return g_test_run ();
}
