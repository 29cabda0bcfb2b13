/* test-window-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window against every file of the hostile corpus: a bad file shows
 * its error and leaves the comparison on screen as it was; a file that
 * loads is shown, and no label ever interprets what a file says as markup.
 * After the whole corpus the window still gives advice.
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tradeoff-window.h"
#include "window-testing.h"

static char *
hostile_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
}

/* A label showing markup from a file would have use-markup set and text
 * without the tags; a label that shows it literally has its "<" in view. */
static void
assert_no_label_uses_markup (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_label (label);

      if (text != NULL && strchr (text, '<') != NULL)
        g_assert_false (gtk_label_get_use_markup (label));
    }
}

static void
test_window_survives_corpus (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autofree char *dir_path = hostile_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_loaded = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  g_assert_cmpuint (names->len, >=, 30);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TradeoffComparison) before = g_object_ref (tradeoff_window_get_comparison (window));

      if (tradeoff_window_open_file (window, file))
        {
          n_loaded++;
          g_assert_true (tradeoff_window_get_comparison (window) != before);
        }
      else
        {
          /* The error names the file, and nothing on screen changed. */
          g_assert_nonnull (strstr (tradeoff_window_get_error (window), path));
          g_assert_true (tradeoff_window_get_comparison (window) == before);
        }

      /* Let it lay out and draw what it shows. */
      for (guint turn = 0; turn < 5; turn++)
        g_main_context_iteration (NULL, FALSE);
      assert_no_label_uses_markup (window);
    }

  /* crlf, pango-markup, script-injection, utf8-bom, weight-negative, and
   * the decision with a script in its note.  The window reads decisions:
   * the decision files whose decision part is refused (test-decision-file.c)
   * stay refused, with the file named. */
  g_assert_cmpuint (n_loaded, ==, 6);

  /* Still usable: back to the shipped comparison, and a tick still gives
   * the advice. */
  g_assert_true (tradeoff_window_load_shipped (window));
  gtk_check_button_set_active (criterion_button (window, "team-knows-django"), TRUE);
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  close_window (window);
}

/* ---- The worst cases for layout, made here ---------------------------- */

typedef struct
{
  const char *name;
  const char *replace;   /* in minimal.xml */
  const char *unit;      /* repeated into its place */
  guint       n;
  gboolean    loads;
} WorstCase;

#define ZWSP "\xe2\x80\x8b"
#define ACUTE "\xcc\x81"
#define MAN_ZWJ "\xf0\x9f\x91\xa8\xe2\x80\x8d"

static const WorstCase worst_cases[] = {
  /* One unbroken word, refused by the loader (data/README.md). */
  { "word-5000-criterion", "I need to stay awake", "x", 5000, FALSE },
  { "word-10000-criterion", "I need to stay awake", "x", 10000, FALSE },
  { "word-5000-question", "Which keeps me awake longer?", "q", 5000, FALSE },
  { "word-10000-question", "Which keeps me awake longer?", "q", 10000, FALSE },
  { "word-5000-group", "Your needs", "g", 5000, FALSE },
  { "word-5000-option", ">Tea</name>", "t", 5000, FALSE },
  { "word-80000-title", ">Tea vs Coffee</title>", "T", 80000, FALSE },
  { "slashes-10000", "I need to stay awake", "/ ", 5000, FALSE },
  { "emoji-chain", "I need to stay awake", MAN_ZWJ, 2000, FALSE },
  /* Nothing to see, or a stack over everything. */
  { "zero-width-label", "I need to stay awake", ZWSP, 1000, FALSE },
  { "combining-1000", "Your needs", ACUTE, 1000, FALSE },
  /* An error message that would quote 10 KB. */
  { "weight-10000-digits", ">1</weight>", "9", 10000, FALSE },
  /* Longer than its kind of text may be (150 characters for a title). */
  { "title-84000-in-words", ">Tea vs Coffee</title>", "Tea or Coffee ", 6000, FALSE },
  /* The most the loader lets through: each text as long as its kind may
   * be (100 characters for a label, 120 for a question, 150 for a title,
   * 2,000 for a rationale, 5,000 for an answer), in words as long as they
   * may be or in ordinary ones.  A
   * label of 10,000 characters, however broken, cost GTK 4.8 seconds to
   * measure; one of 2,000 ordinary words held up the first frame too. */
  { "words-100-criterion", "I need to stay awake",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ",
    1, TRUE },
  { "title-150-in-words", ">Tea vs Coffee</title>", "Tea or Coffee ", 10, TRUE },
  { "answer-5000-in-words", "Coffee, because a cup usually holds more caffeine than a cup of tea.",
    "Tea or coffee keeps you awake longer than water does. ", 92, TRUE },
  { "rationale-2000-in-words", "A cup of coffee usually holds more caffeine than a cup of tea.",
    "Tea or coffee keeps you awake longer than water does. ", 37, TRUE },
  { "chinese-120-question", "Which keeps me awake longer?",
    "\xe8\x8c\xb6\xe8\xbf\x98\xe6\x98\xaf\xe5\x92\x96\xe5\x95\xa1", 24, TRUE },
  { "chinese-5000-answer", "Coffee, because a cup usually holds more caffeine than a cup of tea.",
    "\xe8\x8c\xb6\xe8\xbf\x98\xe6\x98\xaf\xe5\x92\x96\xe5\x95\xa1", 1000, TRUE },
  { "thai-500-run-rationale", "A cup of coffee usually holds more caffeine than a cup of tea.",
    "\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb9\x81\xe0\xb8\x9f", 125, TRUE },
  { "zero-width-spaced-label", "I need to stay awake", "abcdefghij" ZWSP, 9, TRUE },
  { "eight-marks-each", "Your needs", "a" ACUTE ACUTE ACUTE ACUTE ACUTE ACUTE ACUTE ACUTE " ", 10, TRUE },
};

static char *
write_worst_case (const char      *dir,
                  const WorstCase *c)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) document = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/%s.xml", dir, c->name);
  const char *close = strchr (c->replace, '<');

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  document = g_string_new (contents);

  /* ">Tea</name>" keeps its tags around the new text. */
  if (c->replace[0] == '>')
    g_string_append_c (text, '>');
  for (guint i = 0; i < c->n; i++)
    g_string_append (text, c->unit);
  if (close != NULL)
    g_string_append (text, close);

  g_assert_cmpuint (g_string_replace (document, c->replace, text->str, 1), ==, 1);
  g_file_set_contents (path, document->str, document->len, &error);
  g_assert_no_error (error);

  return path;
}

static gboolean
not_opening (gpointer data)
{
  return !tradeoff_window_get_opening (data);
}

/* Each worst case for the window's text layout, opened as Ctrl+O opens a
 * file: refused with its place in the file, or shown; either way the
 * window draws its next frame and answers a tick.  A case that froze the
 * window (one 5,000-character word took 9-15 s, 10,000 a minute) would
 * run into the test's timeout. */
static void
test_window_survives_worst_cases (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-hostile-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (worst_cases); i++)
    {
      const WorstCase *c = &worst_cases[i];
      g_autofree char *path = write_worst_case (dir, c);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TradeoffComparison) before = g_object_ref (tradeoff_window_get_comparison (window));

      gint64 t0 = g_get_monotonic_time ();

      tradeoff_window_begin_open (window, file);
      g_assert_true (wait_until (not_opening, window));

      if (c->loads)
        {
          g_assert_true (tradeoff_window_get_comparison (window) != before);
          g_assert_null (tradeoff_window_get_error (window));
        }
      else
        {
          const char *message = tradeoff_window_get_error (window);
          g_autofree char *where = g_strdup_printf ("%s:", path);

          g_assert_true (tradeoff_window_get_comparison (window) == before);
          g_assert_nonnull (message);
          /* FILE:LINE:COLUMN, and a message a banner shows at once. */
          g_assert_true (g_str_has_prefix (message, where));
          g_assert_true (g_ascii_isdigit (message[strlen (where)]));
          g_assert_cmpuint (g_utf8_strlen (message, -1), <, strlen (path) + 200);
        }

      assert_draws (GTK_WIDGET (window));
      g_test_message ("%s: opened and drawn in %d ms", c->name, (int) ((g_get_monotonic_time () - t0) / 1000));
      t0 = g_get_monotonic_time ();
      assert_answers_a_tick (window);
      g_test_message ("%s: ticked in %d ms", c->name, (int) ((g_get_monotonic_time () - t0) / 1000));
      g_remove (path);
    }

  g_rmdir (dir);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window/survives-hostile-corpus", test_window_survives_corpus);
  g_test_add_func ("/tradeoff/window/survives-worst-cases", test_window_survives_worst_cases);

  return g_test_run ();
}
