/* test-loader-words.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts a window could not lay out in time, or not show at all, are
 * refused where they are in the file (tradeoff-loader-words.c): a word
 * longer than TRADEOFF_LOADER_MAX_WORD characters, a character with more
 * than TRADEOFF_LOADER_MAX_MARKS combining marks, a text with nothing
 * visible in it.  Ordinary text in any script still loads, and no error
 * message quotes more than a short excerpt of what the file says.
 */

#include "config.h"

#include <string.h>

#include "loader-testing.h"
#include "tradeoff-loader.h"
#include "testing.h"

static const LoaderTestingPlace criterion_label = { "I need to stay awake", NULL, 24, 9, NULL };
static const LoaderTestingPlace title = { "Tea vs Coffee", NULL, 4, 3, NULL };
static const LoaderTestingPlace option_name = { "<name>Tea</name>", "<name>%s</name>", 6, 22, NULL };
static const LoaderTestingPlace question = { "Which keeps me awake longer?", NULL, 17, 7, NULL };
static const LoaderTestingPlace group_label = { "Your needs", NULL, 22, 23, NULL };
static const LoaderTestingPlace answer = { "Coffee, because a cup usually holds more caffeine than a cup of tea.", NULL, 18, 7, NULL };

static void
test_long_words (void)
{
  const LoaderTestingPlace *places[] = { &criterion_label, &title, &option_name, &question, &group_label };
  g_autofree char *longest = testing_repeat ("x", TRADEOFF_LOADER_MAX_WORD);
  g_autofree char *too_long = testing_repeat ("x", TRADEOFF_LOADER_MAX_WORD + 1);
  g_autofree char *huge = testing_repeat ("x", 10000);
  g_autofree char *longest_twice = g_strdup_printf ("%s %s", longest, longest);

  loader_testing_assert_loads (&criterion_label, longest);
  loader_testing_assert_loads (&answer, longest_twice);
  loader_testing_assert_refused (&answer, too_long, "a word longer than 100 characters");

  /* Wherever it is; the message quotes the word's start only. */
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    loader_testing_assert_refused (places[i], huge, "(“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”)");
}

/* Pango breaks no line in "( ( (" or "/ / /" or between quotation marks,
 * spaces or not; nor across a zero-width joiner, so a chain of emoji is
 * one long word. */
static void
test_spaces_that_do_not_break (void)
{
  g_autofree char *slashes = testing_repeat ("/ ", 2000);
  g_autofree char *parentheses = testing_repeat ("( ", 2000);
  g_autofree char *quotes = testing_repeat ("\" ", 2000);
  g_autofree char *emoji = testing_repeat ("\xf0\x9f\x91\xa8\xe2\x80\x8d", 1000);

  loader_testing_assert_refused (&answer, slashes, "a word longer than");
  loader_testing_assert_refused (&answer, parentheses, "a word longer than");
  loader_testing_assert_refused (&answer, quotes, "a word longer than");
  loader_testing_assert_refused (&answer, emoji, "a word longer than");
}

/* Texts as long as a label may be are fine where lines can break:
 * between words, after a zero-width space, between Chinese characters
 * (test-loader-limits.c has the longer kinds of text). */
static void
test_ordinary_text_loads (void)
{
  g_autofree char *words = testing_repeat ("Tea or coffee, (both) / either \"one\". ", 2);
  g_autofree char *chinese = testing_repeat ("\xe8\x8c\xb6\xe8\xbf\x98\xe6\x98\xaf\xe5\x92\x96\xe5\x95\xa1", 24);
  g_autofree char *zero_width_spaced = testing_repeat ("abcdefghij\xe2\x80\x8b", 9);
  g_autofree char *url = g_strdup_printf ("See https://example.org/%s for more.",
                                          "a-very-long-path/with/many/parts/and-a-file-name.html");

  loader_testing_assert_loads (&criterion_label, words);
  loader_testing_assert_loads (&question, chinese);
  loader_testing_assert_loads (&criterion_label, zero_width_spaced);
  loader_testing_assert_loads (&title, url);
  /* Vietnamese and Hebrew with points: a few marks on a letter. */
  loader_testing_assert_loads (&criterion_label, "Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t");
  loader_testing_assert_loads (&criterion_label, "\xd7\xa9\xd6\xb8\xd7\x9c\xd7\x95\xd6\xb9\xd7\x9d");
}

static void
test_combining_stacks (void)
{
  g_autofree char *acutes = testing_repeat ("\xcc\x81", TRADEOFF_LOADER_MAX_MARKS);
  g_autofree char *most = g_strconcat ("Zalgo a", acutes, " here", NULL);
  g_autofree char *too_many = g_strconcat ("Zalgo a", acutes, "\xcc\x81 here", NULL);
  g_autofree char *thousand = testing_repeat ("\xcc\x81", 1000);
  g_autofree char *stack = g_strconcat ("a", thousand, NULL);

  loader_testing_assert_loads (&criterion_label, most);
  loader_testing_assert_refused (&criterion_label, too_many, "more than 8 combining marks");
  loader_testing_assert_refused (&group_label, stack, "more than 8 combining marks");
}

static void
test_invisible_texts (void)
{
  const char *invisible[] = {
    "\xe2\x80\x8b\xe2\x80\x8b\xe2\x80\x8b",          /* zero-width spaces */
    "\xe2\x81\xa0 \xe2\x81\xa0",                      /* word joiners */
    "\xef\xbb\xbf\xe2\x80\x8c",                       /* BOM, non-joiner */
    "\xcc\x81\xcc\x81",                               /* marks with no letter */
    "\xe3\x85\xa4\xe3\x85\xa4",                       /* Hangul fillers */
    "\xc2\xa0\xe3\x80\x80",                           /* no-break, ideographic space */
  };

  for (guint i = 0; i < G_N_ELEMENTS (invisible); i++)
    {
      g_test_message ("invisible text %u", i);
      loader_testing_assert_refused (&criterion_label, invisible[i], "nothing that can be seen");
    }
}

/* A value that is wrong, and huge, is quoted by its start only. */
static void
test_errors_quote_an_excerpt (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *digits = testing_repeat ("12", 5000);
  g_autofree char *name = testing_repeat ("n", 5000);
  g_autofree char *weight = g_strdup_printf (">%s</weight>", digits);
  g_autofree char *element = g_strdup_printf ("<%s/></comparison>", name);
  const char *replacements[][2] = {
    { ">1</weight>", weight },
    { "</comparison>", element },
  };

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (replacements); i++)
    {
      g_autoptr(GString) document = g_string_new (contents);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TradeoffComparison) comparison = NULL;

      g_string_replace (document, replacements[i][0], replacements[i][1], 1);
      bytes = g_bytes_new (document->str, document->len);
      comparison = tradeoff_loader_load_bytes (bytes, "long-value.xml", &error);

      g_assert_null (comparison);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "long-value.xml:"));
      g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 300);
      g_assert_nonnull (strstr (error->message, "…"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/loader-words/long-words", test_long_words);
  g_test_add_func ("/tradeoff/loader-words/spaces-that-do-not-break", test_spaces_that_do_not_break);
  g_test_add_func ("/tradeoff/loader-words/ordinary-text-loads", test_ordinary_text_loads);
  g_test_add_func ("/tradeoff/loader-words/combining-stacks", test_combining_stacks);
  g_test_add_func ("/tradeoff/loader-words/invisible-texts", test_invisible_texts);
  g_test_add_func ("/tradeoff/loader-words/errors-quote-an-excerpt", test_errors_quote_an_excerpt);

  return g_test_run ();
}
