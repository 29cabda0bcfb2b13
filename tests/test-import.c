/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a comparison guide page: the shipped guide's text gives the
 * shipped comparison's title, byline, introduction, grid and FAQ exactly;
 * a Markdown page and an HTML page full of a real page's clutter give
 * their guide's words and nothing else; and a page that is not a guide is
 * refused with what was expected and where.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tradeoff-import.h"
#include "tradeoff-loader.h"
#include "tradeoff-writer.h"

static TradeoffComparison *
import_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_import_file (file, TRADEOFF_IMPORT_FORMAT_AUTO,
                                                         NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

/* What was imported is a valid comparison: written and loaded again, it is
 * the same, and it has no criteria yet. */
static void
assert_valid (TradeoffComparison *comparison)
{
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) loaded = tradeoff_loader_load_bytes (bytes, "imported", &error);
  g_autofree char *difference = NULL;

  g_assert_no_error (error);
  difference = tradeoff_comparison_describe_difference (comparison, loaded);
  g_assert_null (difference);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), ==, 0);
}

static void
assert_faq (TradeoffComparison *comparison,
            guint               index,
            const char         *question,
            const char         *answer)
{
  g_autoptr(TradeoffFaqEntry) entry =
    g_list_model_get_item (tradeoff_comparison_get_faq (comparison), index);

  g_assert_nonnull (entry);
  g_assert_cmpstr (tradeoff_faq_entry_get_question (entry), ==, question);
  g_assert_cmpstr (tradeoff_faq_entry_get_answer (entry), ==, answer);
}

static void
assert_aspect (TradeoffComparison *comparison,
               guint               index,
               const char         *label,
               const char         *first,
               const char         *second)
{
  g_autoptr(TradeoffAspect) aspect =
    g_list_model_get_item (tradeoff_comparison_get_aspects (comparison), index);

  g_assert_nonnull (aspect);
  g_assert_cmpstr (tradeoff_aspect_get_label (aspect), ==, label);
  g_assert_cmpstr (tradeoff_aspect_get_value (aspect, 0), ==, first);
  g_assert_cmpstr (tradeoff_aspect_get_value (aspect, 1), ==, second);
}

/* The shipped guide's text gives exactly what the shipped file holds. */
static void
test_shipped_guide (void)
{
  g_autoptr(TradeoffComparison) imported = import_data ("django-vs-flask-guide.txt");
  g_autoptr(TradeoffComparison) shipped = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *aspects;
  GListModel *faq;

  shipped = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);

  g_assert_cmpstr (tradeoff_comparison_get_id (imported), ==, "django-vs-flask");
#define SAME(getter) g_assert_cmpstr (getter (imported), ==, getter (shipped))
  SAME (tradeoff_comparison_get_title);
  SAME (tradeoff_comparison_get_byline);
  SAME (tradeoff_comparison_get_updated);
  SAME (tradeoff_comparison_get_intro);
  SAME (tradeoff_comparison_get_grid_heading);
  SAME (tradeoff_comparison_get_aspect_heading);
  SAME (tradeoff_comparison_get_faq_heading);
#undef SAME

  g_assert_cmpuint (tradeoff_comparison_get_n_options (imported), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      TradeoffOption *a = tradeoff_comparison_get_option (imported, i);
      TradeoffOption *b = tradeoff_comparison_get_option (shipped, i);

      g_assert_cmpstr (tradeoff_option_get_id (a), ==, tradeoff_option_get_id (b));
      g_assert_cmpstr (tradeoff_option_get_name (a), ==, tradeoff_option_get_name (b));
    }

  aspects = tradeoff_comparison_get_aspects (shipped);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (imported)), ==,
                    g_list_model_get_n_items (aspects));
  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      assert_aspect (imported, i, tradeoff_aspect_get_label (aspect),
                     tradeoff_aspect_get_value (aspect, 0), tradeoff_aspect_get_value (aspect, 1));
    }

  faq = tradeoff_comparison_get_faq (shipped);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (imported)), ==,
                    g_list_model_get_n_items (faq));
  g_assert_cmpuint (g_list_model_get_n_items (faq), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      assert_faq (imported, i, tradeoff_faq_entry_get_question (entry),
                  tradeoff_faq_entry_get_answer (entry));
    }

  assert_valid (imported);
}

static void
test_markdown_page (void)
{
  g_autoptr(TradeoffComparison) comparison = import_data ("import/postgresql-vs-mysql.md");

  g_assert_cmpstr (tradeoff_comparison_get_id (comparison), ==, "postgresql-vs-mysql");
  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==,
                   "PostgreSQL vs MySQL: Complete Comparison Guide 2026");
  g_assert_cmpstr (tradeoff_comparison_get_byline (comparison), ==,
                   "Last updated: January 2026 | Category: Databases | SQL Ecosystem");
  g_assert_cmpstr (tradeoff_comparison_get_updated (comparison), ==, "2026-01");
  /* Lines of a paragraph join; a link keeps its words. */
  g_assert_cmpstr (tradeoff_comparison_get_intro (comparison), ==,
                   "This FAQ covers the most common questions developers ask when choosing "
                   "between PostgreSQL and MySQL. Both are popular relational databases.\n\n"
                   "Each answer below is short; follow the official documentation for the "
                   "details.");
  g_assert_cmpstr (tradeoff_comparison_get_grid_heading (comparison), ==, "Quick Comparison");
  g_assert_cmpstr (tradeoff_comparison_get_aspect_heading (comparison), ==, "Aspect");
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, 1)),
                   ==, "MySQL");
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)), ==,
                    4);
  /* An escaped pipe is text; code and emphasis keep their words. */
  assert_aspect (comparison, 1, "Licence", "PostgreSQL Licence", "GPL | commercial");
  assert_aspect (comparison, 2, "JSON support", "jsonb, indexed", "JSON type");
  assert_aspect (comparison, 3, "Replication", "Streaming & logical", "Binary log");

  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (comparison)), ==, 3);
  assert_faq (comparison, 0, "What is the difference between PostgreSQL and MySQL?",
              "PostgreSQL puts standards and extensibility first, while MySQL puts simplicity "
              "and read speed first.\n\n"
              "The right choice depends on your workload, your team and your hosting.");
  assert_faq (comparison, 1, "Which is easier to run in production?",
              "MySQL has a long history on shared hosting and is simple to start with. "
              "PostgreSQL asks a little more tuning (shared_buffers, work_mem) but rewards it.");

  assert_valid (comparison);
}

/* Every word of the page's clutter: none may reach the comparison. */
static const char * const clutter[] = {
  "cookie", "Accept all", "DevCompare", "Frameworks</", "Search", "Popular comparisons",
  "Angular", "Advertisement", "Written by", "Subscribe", "e-mail", "rights reserved",
  "Privacy", "tracking", "dataLayer", "font-family",
};

static void
test_html_page (void)
{
  g_autoptr(TradeoffComparison) comparison = import_data ("import/react-vs-vue.html");
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);
  g_autofree char *written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpstr (tradeoff_comparison_get_id (comparison), ==, "react-vs-vue");
  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==,
                   "React vs Vue: Complete Comparison Guide 2026");
  g_assert_cmpstr (tradeoff_comparison_get_byline (comparison), ==,
                   "Last updated: February 2026 | Category: Front-end Frameworks | "
                   "JavaScript Ecosystem");
  g_assert_cmpstr (tradeoff_comparison_get_updated (comparison), ==, "2026-02");
  /* Inline markup gives its words; entities are the characters they name. */
  g_assert_cmpstr (tradeoff_comparison_get_intro (comparison), ==,
                   "This FAQ covers the most common questions developers ask when choosing "
                   "between React and Vue. Both are popular tools for building user interfaces "
                   "in JavaScript\u00a0& TypeScript.");
  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 2);
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, 0)),
                   ==, "React");
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)), ==,
                    3);
  assert_aspect (comparison, 1, "Templates", "JSX", "HTML templates & JSX");
  assert_aspect (comparison, 2, "State", "useState, Redux", "Reactive refs, Pinia");

  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (comparison)), ==, 3);
  assert_faq (comparison, 0, "What is the difference between React and Vue?",
              "React is a library for building user interfaces from components, while Vue is a "
              "progressive framework that adds routing & state management as you need them."
              "\n\nThe right choice depends on your team’s experience and your project’s size.");
  assert_faq (comparison, 1, "Which is easier to learn: React or Vue?",
              "Vue’s single-file components feel familiar to anyone who knows HTML <templates>; "
              "React asks you to learn JSX first.");
  /* The article's footer after the last answer is not part of it. */
  assert_faq (comparison, 2, "Can I use React and Vue together?",
              "Rarely in one page: most teams pick one and use micro-frontends only when they "
              "must.");

  for (guint i = 0; i < G_N_ELEMENTS (clutter); i++)
    if (strstr (written, clutter[i]) != NULL)
      g_error ("“%s” from the page's clutter was imported", clutter[i]);

  assert_valid (comparison);
}

static void
assert_refused (const char *name,
                const char *page,
                gssize      length,
                int         code,
                const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (page, length >= 0 ? (gsize)length : strlen (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison =
    tradeoff_import_bytes (bytes, name, TRADEOFF_IMPORT_FORMAT_AUTO, &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* The shipped guide with its grid's rows replaced by @grid. */
static char *
guide_with_grid (const char *grid)
{
  return g_strconcat ("Django vs Flask\nLast updated: March 2026\nAn introduction.\n"
                      "Quick Comparison\n", grid,
                      "Frequently Asked Questions\nIs it?\nIt is.\n", NULL);
}

static void
test_huge_page (void)
{
  g_autofree char *huge = g_malloc (TRADEOFF_IMPORT_MAX_SIZE + 1);

  memset (huge, 'a', TRADEOFF_IMPORT_MAX_SIZE + 1);
  assert_refused ("huge.txt", huge, TRADEOFF_IMPORT_MAX_SIZE + 1,
                  TRADEOFF_LOADER_ERROR_TOO_LARGE,
                  "huge.txt: The page is larger than 8 MiB, the most a page to import may be.");
}

static void
test_deeply_nested_page (void)
{
  g_autoptr(GString) deep = g_string_new ("<html><body>\n");

  for (guint i = 0; i < 5000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "Django vs Flask");
  assert_refused ("deep.html", deep->str, -1, TRADEOFF_LOADER_ERROR_LAYOUT,
                  "deep.html:2: The page has elements nested more than 256 deep; expected a "
                  "comparison guide page, which is not.");
}

static void
test_binary_page (void)
{
  assert_refused ("binary.txt", "PK\x03\x04\x14\x00\x06\x00", 8, TRADEOFF_LOADER_ERROR_ENCODING,
                  "binary.txt:1:3: This is not text (byte 0x03); expected a guide page as UTF-8 "
                  "plain text, Markdown or HTML.");
  assert_refused ("latin1.txt", "Title\ncaf\xe9\n", -1, TRADEOFF_LOADER_ERROR_ENCODING,
                  "latin1.txt:2:4: This is not text (byte 0xE9); expected a guide page as UTF-8 "
                  "plain text, Markdown or HTML.");
}

static void
test_page_without_structure (void)
{
  assert_refused ("notes.txt", "Shopping\nMilk, eggs and bread.\n", -1,
                  TRADEOFF_LOADER_ERROR_LAYOUT,
                  "notes.txt:1:1: Expected the introduction after the guide’s title here, then a "
                  "“Quick Comparison” heading and the grid; the page has no such heading.");
  assert_refused ("blank.md", " \n\n\t\n", -1, TRADEOFF_LOADER_ERROR_EMPTY,
                  "blank.md: The page has no text; expected a comparison guide: a title, an "
                  "introduction, a “Quick Comparison” table and “Frequently Asked Questions” "
                  "with their answers.");
  /* A page of clutter alone has no text of its own. */
  assert_refused ("menu.html", "<html><body><nav><a href='/'>Home</a></nav>"
                  "<script>alert(1)</script></body></html>", -1, TRADEOFF_LOADER_ERROR_EMPTY,
                  "menu.html: The page has no text; expected a comparison guide: a title, an "
                  "introduction, a “Quick Comparison” table and “Frequently Asked Questions” "
                  "with their answers.");
}

static void
test_nine_options (void)
{
  g_autofree char *nine = guide_with_grid ("| Aspect | A | B | C | D | E | F | G | H | I |\n"
                                           "|---|---|---|---|---|---|---|---|---|---|\n");

  assert_refused ("nine.txt", nine, -1, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                  "nine.txt:5:1: A comparison needs from 2 to 8 options; this one has 9.");
}

/* In plain text a question is a line ending with "?", but the line right
 * after a question is its answer whatever it ends with. */
static void
test_answer_that_asks (void)
{
  static const char page[] = "T\nI\nQuick Comparison\n| A | x | y |\n| r | 1 | 2 |\n"
                             "Frequently Asked Questions\nWhy?\nWhy not?\nIt depends.\n"
                             "How?\nCarefully.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, strlen (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison =
    tradeoff_import_bytes (bytes, "asks.txt", TRADEOFF_IMPORT_FORMAT_AUTO, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (comparison)), ==, 2);
  assert_faq (comparison, 0, "Why?", "Why not?\n\nIt depends.");
  assert_faq (comparison, 1, "How?", "Carefully.");
  assert_aspect (comparison, 0, "r", "1", "2");
  assert_valid (comparison);
}

static void
test_layout_mistakes (void)
{
  g_autofree char *ragged = guide_with_grid ("| Aspect | Django | Flask |\n|---|---|---|\n"
                                             "| Maturity | Established |\n");

  assert_refused ("ragged.txt", ragged, -1, TRADEOFF_LOADER_ERROR_LAYOUT,
                  "ragged.txt:7:1: This row of the grid has 2 cells; expected 3, as in its "
                  "first row.");
  assert_refused ("no-grid.txt", "T\nB\nI\nQuick Comparison\nFrequently Asked Questions\n", -1,
                  TRADEOFF_LOADER_ERROR_LAYOUT,
                  "no-grid.txt:5:1: Expected the grid here: a table whose first row names the "
                  "aspects’ column and then each option, like “| Aspect | Django | Flask |”.");
  assert_refused ("no-faq.txt", "T\nI\nQuick Comparison\n| A | x | y |\n| r | 1 | 2 |\n"
                  "Some closing words.\n", -1, TRADEOFF_LOADER_ERROR_LAYOUT,
                  "no-faq.txt:6:1: Expected a “Frequently Asked Questions” heading here, after "
                  "the grid.");
  assert_refused ("no-answer.txt", "T\nI\nQuick Comparison\n| A | x | y |\n"
                  "Frequently Asked Questions\nWhy?\nBecause.\nHow?\n", -1,
                  TRADEOFF_LOADER_ERROR_LAYOUT,
                  "no-answer.txt:8:1: Expected the answer to this question after it.");
  assert_refused ("statement.md", "# T\n\nI\n\n## Quick Comparison\n\n| A | x | y |\n\n"
                  "## Frequently Asked Questions\n\nNot a question.\n\n### Why?\n\nBecause.\n",
                  -1, TRADEOFF_LOADER_ERROR_LAYOUT,
                  "statement.md:11:1: Expected a question here, as a heading, with its answer "
                  "after it.");
  /* In HTML too, the line and column of what is out of place. */
  assert_refused ("grid.html", "<html><body>\n<h1>T</h1>\n<p>Intro</p>\n"
                  "  <h2>Quick Comparison</h2>\n<table>\n"
                  "   <tr><td>A</td><td>x</td><td>y</td></tr>\n</table>\n"
                  " <p>After the &amp; grid</p></body></html>\n", -1,
                  TRADEOFF_LOADER_ERROR_LAYOUT,
                  "grid.html:8:5: Expected a “Frequently Asked Questions” heading here, after "
                  "the grid.");
}

/* A page too large is refused before it is read. */
static void
test_huge_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autofree char *message = NULL;

  g_assert_nonnull (stream);
  /* A sparse file: big, without writing 8 MiB. */
  g_assert_true (g_seekable_truncate (G_SEEKABLE (stream), TRADEOFF_IMPORT_MAX_SIZE + 1, NULL,
                                      NULL));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL));

  comparison = tradeoff_import_file (file, TRADEOFF_IMPORT_FORMAT_AUTO, NULL, &error);
  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_TOO_LARGE);
  message = g_strdup_printf ("%s: The page is larger than 8 MiB, the most a page to import may "
                             "be.", path);
  g_assert_cmpstr (error->message, ==, message);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/import/shipped-guide", test_shipped_guide);
  g_test_add_func ("/tradeoff/import/markdown-page", test_markdown_page);
  g_test_add_func ("/tradeoff/import/html-page", test_html_page);
  g_test_add_func ("/tradeoff/import/hostile/huge", test_huge_page);
  g_test_add_func ("/tradeoff/import/hostile/huge-file", test_huge_file);
  g_test_add_func ("/tradeoff/import/hostile/deeply-nested", test_deeply_nested_page);
  g_test_add_func ("/tradeoff/import/hostile/binary", test_binary_page);
  g_test_add_func ("/tradeoff/import/hostile/no-structure", test_page_without_structure);
  g_test_add_func ("/tradeoff/import/hostile/nine-options", test_nine_options);
  g_test_add_func ("/tradeoff/import/answer-that-asks", test_answer_that_asks);
  g_test_add_func ("/tradeoff/import/layout-mistakes", test_layout_mistakes);

  return g_test_run ();
}
