/* test-loader-words-ascii.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text checks count a run of ASCII at once (tradeoff-loader-words.c):
 * every answer, and where it points, must be the one the checks give
 * one character at a time.  The cases sit on the run's edges: a word at
 * its limit and one over, a text at its length and one over, both limits
 * reached by the same character, spaces that break no line before a run,
 * a run after a zero-width space, a mark stacked on a run's last letter,
 * and a run joined to a letter that is not ASCII.
 */

#include "config.h"

#include <string.h>

#include "tradeoff-loader.h"
#include "tradeoff-loader-private.h"
#include "testing.h"

/* The answer of both, which must agree; @where_offset is where it points. */
static TradeoffTextProblem
check_both (const char *text,
            gsize       max_length,
            gsize      *where_offset)
{
  const char *fast_where = NULL;
  const char *slow_where = NULL;
  TradeoffTextProblem fast = _tradeoff_loader_check_words (text, max_length, &fast_where);
  TradeoffTextProblem slow = _tradeoff_loader_check_words_slowly (text, max_length, &slow_where);

  if (fast != slow || fast_where != slow_where)
    g_test_message ("differ on “%s” (at most %" G_GSIZE_FORMAT "): %d at %td, slowly %d at %td",
                    text, max_length, fast, fast_where - text, slow, slow_where - text);
  g_assert_cmpint (fast, ==, slow);
  g_assert_true (fast_where == slow_where);
  if (where_offset != NULL)
    *where_offset = fast_where - text;

  return fast;
}

static void
assert_check (const char          *text,
              gsize                max_length,
              TradeoffTextProblem  expected,
              gsize                expected_where)
{
  gsize where = G_MAXSIZE;

  g_assert_cmpint (check_both (text, max_length, &where), ==, expected);
  g_assert_cmpuint (where, ==, expected_where);
}

static void
test_edges (void)
{
  g_autofree char *longest = testing_repeat ("x", TRADEOFF_LOADER_MAX_WORD);
  g_autofree char *over = testing_repeat ("x", TRADEOFF_LOADER_MAX_WORD + 1);
  g_autofree char *after_word = g_strconcat ("tea ", over, NULL);
  g_autofree char *ninety_nine = testing_repeat ("x", TRADEOFF_LOADER_MAX_WORD - 1);
  g_autofree char *open_space = g_strconcat ("( ", ninety_nine, NULL);
  g_autofree char *open_space_over = g_strconcat ("( ", longest, NULL);
  g_autofree char *sixty = testing_repeat ("x", 60);
  g_autofree char *zero_width = g_strconcat (sixty, "\xe2\x80\x8b", sixty, NULL);
  g_autofree char *fifty = testing_repeat ("x", 50);
  g_autofree char *accented = g_strconcat (fifty, "\xc3\xa9", fifty, NULL);
  g_autofree char *marks = testing_repeat ("\xcc\x81", TRADEOFF_LOADER_MAX_MARKS + 1);
  g_autofree char *stacked = g_strconcat ("ab", marks, NULL);
  g_autofree char *spaced = g_strconcat ("a", "     ", "b", NULL);

  assert_check (longest, 1000, TRADEOFF_TEXT_OK, 0);
  assert_check (over, 1000, TRADEOFF_TEXT_LONG_WORD, 0);
  assert_check (after_word, 1000, TRADEOFF_TEXT_LONG_WORD, 4);
  /* As long as it may be, and one more. */
  assert_check (longest, TRADEOFF_LOADER_MAX_WORD, TRADEOFF_TEXT_OK, 0);
  assert_check ("tea or coffee", 13, TRADEOFF_TEXT_OK, 0);
  assert_check ("tea or coffee", 12, TRADEOFF_TEXT_TOO_LONG, 0);
  assert_check ("tea or   ", 8, TRADEOFF_TEXT_TOO_LONG, 0);
  /* The same character too long and one too many in its word: the
   * length is checked first; a character later, the word is. */
  assert_check (over, TRADEOFF_LOADER_MAX_WORD, TRADEOFF_TEXT_TOO_LONG, 0);
  assert_check (over, TRADEOFF_LOADER_MAX_WORD + 1, TRADEOFF_TEXT_LONG_WORD, 0);
  /* No line breaks after "( ": the parenthesis is in the word. */
  assert_check (open_space, 1000, TRADEOFF_TEXT_OK, 0);
  assert_check (open_space_over, 1000, TRADEOFF_TEXT_LONG_WORD, 0);
  /* A zero-width space ends the word; a letter that is not ASCII does not. */
  assert_check (zero_width, 1000, TRADEOFF_TEXT_OK, 0);
  assert_check (accented, 1000, TRADEOFF_TEXT_LONG_WORD, 0);
  /* Marks stack on the run's last letter. */
  assert_check (stacked, 1000, TRADEOFF_TEXT_MARK_STACK, 1);
  assert_check (spaced, 1000, TRADEOFF_TEXT_OK, 0);
  assert_check ("   ", 1000, TRADEOFF_TEXT_INVISIBLE, 0);
  assert_check ("", 1000, TRADEOFF_TEXT_INVISIBLE, 0);
  assert_check ("a\x01", 1000, TRADEOFF_TEXT_OK, 0);
}

/* Pieces that put every kind of character next to a run. */
static const char * const pieces[] = {
  "x", "tea", "coffee", " ", "  ", "\n\n", "\t", "(", "\"", "'", ",", ".", "/", "-", ")",
  "\x01", "\x7f", "\xc3\xa9", "\xcc\x81", "\xe2\x80\x8b", "\xe2\x80\x8d", "\xe2\x81\xa0",
  "\xe8\x8c\xb6", "\xe0\xb8\x81", "\xe3\x80\x81", "\xc2\xa0",
};

/* Random texts of those pieces, with long runs of ASCII and of Thai and
 * stacks of marks among them, against lengths around the word's limit. */
static void
test_random_texts (void)
{
  const gsize lengths[] = { 0, 1, 37, TRADEOFF_LOADER_MAX_WORD, TRADEOFF_LOADER_MAX_WORD + 1, 250, 100000 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  guint problems[TRADEOFF_TEXT_TOO_LONG + 1] = { 0 };

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n_pieces = g_rand_int_range (rand, 0, 40);

      for (guint j = 0; j < n_pieces; j++)
        {
          guint dice = g_rand_int_range (rand, 0, 64);

          if (dice == 0)
            {
              guint run = g_rand_int_range (rand, TRADEOFF_LOADER_MAX_UNSPACED_RUN - 3,
                                            TRADEOFF_LOADER_MAX_UNSPACED_RUN + 3);

              for (guint k = 0; k < run; k++)
                g_string_append (text, "\xe0\xb8\x81");
            }
          else if (dice == 1)
            {
              guint stack = g_rand_int_range (rand, TRADEOFF_LOADER_MAX_MARKS - 1,
                                              TRADEOFF_LOADER_MAX_MARKS + 2);

              for (guint k = 0; k < stack; k++)
                g_string_append (text, "\xcc\x81");
            }
          else if (dice < 8)
            {
              guint run = g_rand_int_range (rand, TRADEOFF_LOADER_MAX_WORD - 3, TRADEOFF_LOADER_MAX_WORD + 3);

              for (guint k = 0; k < run; k++)
                g_string_append_c (text, "ab-_"[g_rand_int_range (rand, 0, 4)]);
            }
          else
            g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }

      for (guint j = 0; j < G_N_ELEMENTS (lengths); j++)
        problems[check_both (text->str, lengths[j], NULL)]++;
    }

  /* Every answer was given some of the time. */
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    {
      g_test_message ("answer %u: %u times", i, problems[i]);
      g_assert_cmpuint (problems[i], >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/loader-words-ascii/edges", test_edges);
  g_test_add_func ("/tradeoff/loader-words-ascii/random-texts", test_random_texts);

  return g_test_run ();
}
