/* test-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hostile corpus in tests/data/hostile/: every file either loads and is
 * shown as plain text, or is refused with the specific error a person can
 * act on, pointing at the right line.  Then every file goes through the
 * command line's summary and all four exporters, which must neither crash
 * nor pass markup through.  (test-loader.c covers the first-issue cases:
 * malformed, truncated, DOCTYPE, entities, bad UTF-8, empty, and the files
 * made on the fly: oversize, gzip, directory, missing.)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hostile-fixtures.h"
#include "tradeoff-cli.h"
#include "tradeoff-loader.h"

#define LOADS (-1)

typedef struct
{
  const char *file;
  int         code;    /* a TradeoffLoaderError, or LOADS */
  int         line;    /* 0: no line applies */
  const char *says;    /* in the message, or (LOADS) in the title or an answer */
} HostileFile;

static const HostileFile corpus[] = {
  { "binary-garbage.xml", TRADEOFF_LOADER_ERROR_ENCODING, 1, "not valid UTF-8" },
  { "child-element-in-text.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 4, "only text, not a <b>" },
  { "comment-only.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 3, "Start tag expected" },
  { "control-character.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 4, "invalid Char value 1" },
  { "crlf-line-endings.xml", LOADS, 0, "Tea vs Coffee" },
  { "declaration-only.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 2, "is it complete?" },
  { "duplicate-attribute.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 6, "redefined" },
  { "external-dtd.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "DOCTYPE" },
  { "id-too-long.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 23, "1 to 64 letters" },
  { "id-with-odd-characters.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 23, "“café<script>” is not a valid id" },
  { "id-with-space.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 23, "“stay awake” is not a valid id" },
  { "invalid-char-ref.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 4, "invalid xmlChar value 0" },
  { "missing-verdicts.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 3, "needs a <verdicts> element" },
  { "namespaced-root.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 3, "use no namespace" },
  { "nine-options.xml", TRADEOFF_LOADER_ERROR_INVALID_VALUE, 5, "this one has 9" },
  { "nul-byte.xml", TRADEOFF_LOADER_ERROR_ENCODING, 4, "NUL byte" },
  { "one-option.xml", TRADEOFF_LOADER_ERROR_INVALID_VALUE, 5, "this one has 1" },
  { "overlong-utf8.xml", TRADEOFF_LOADER_ERROR_ENCODING, 4, "byte 0xC0" },
  { "pango-markup.xml", LOADS, 0, "<span foreground=\"red\" size=\"xx-large\">Tea</span>" },
  { "parameter-entity.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "DOCTYPE" },
  { "quadratic-blowup.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "entities" },
  { "script-injection.xml", LOADS, 0, "<script>alert(\"owned\")</script> & <img src=x onerror=alert(1)>" },
  { "unknown-encoding.xml", TRADEOFF_LOADER_ERROR_ENCODING, 1, "“x-klingon”" },
  { "utf16-bom.xml", TRADEOFF_LOADER_ERROR_ENCODING, 1, "UTF-16" },
  { "utf8-bom.xml", LOADS, 0, "Tea vs Coffee" },
  { "version-2.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 3, "version “2”" },
  { "weight-fraction.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 26, "“1.5” is not a whole number" },
  { "weight-huge.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 26, "from -100 to 100" },
  { "weight-negative.xml", LOADS, 0, "Tea vs Coffee" },
  { "weight-not-a-number.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 26, "“lots” is not a whole number" },
  { "whitespace-title.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 4, "<title> element is empty" },
  { "wrong-root.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 2, "starts with a <html> element" },
  { "xinclude.xml", TRADEOFF_LOADER_ERROR_FORBIDDEN, 5, "XInclude" },
  { "xml-stylesheet.xml", TRADEOFF_LOADER_ERROR_FORBIDDEN, 2, "<?xml-stylesheet?>" },
  { "zip-archive.xml", TRADEOFF_LOADER_ERROR_COMPRESSED, 0, "zip" },
};

static char *
hostile_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
}

static TradeoffComparison *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return tradeoff_loader_load_file (file, NULL, error);
}

/* Whether @says is in the title or any FAQ answer, as plain text. */
static gboolean
comparison_says (TradeoffComparison *comparison,
                 const char         *says)
{
  GListModel *faq = tradeoff_comparison_get_faq (comparison);

  if (strstr (tradeoff_comparison_get_title (comparison), says) != NULL)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      if (strstr (tradeoff_faq_entry_get_answer (entry), says) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_corpus_file (gconstpointer data)
{
  const HostileFile *hostile = data;
  g_autofree char *path = hostile_path (hostile->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (path, &error);

  if (hostile->code == LOADS)
    {
      g_assert_no_error (error);
      g_assert_true (comparison_says (comparison, hostile->says));
      return;
    }

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, hostile->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  if (hostile->line > 0)
    {
      g_autofree char *where = g_strdup_printf ("%s:%d:", path, hostile->line);

      g_assert_true (g_str_has_prefix (error->message, where));
    }
  g_assert_nonnull (strstr (error->message, hostile->says));
}

/* Negative weights are allowed: they count against an option. */
static void
test_negative_weight_counts_against (void)
{
  g_autofree char *path = hostile_path ("weight-negative.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (path, &error);
  TradeoffCriterion *criterion;

  g_assert_no_error (error);
  criterion = tradeoff_comparison_find_criterion (comparison, "stay-awake");
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 0), ==, -3);
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 1), ==, 0);
}

/* Line numbers count CR LF as one line end, as editors do. */
static void
test_crlf_lines (void)
{
  g_autofree char *path = hostile_path ("crlf-line-endings.xml");
  g_autofree char *text = NULL;
  g_autoptr(GString) broken = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  broken = g_string_new (text);
  g_string_replace (broken, "<weight option=\"coffee\">1", "<weight option=\"cocoa\">1", 1);
  bytes = g_bytes_new (broken->str, broken->len);
  comparison = tradeoff_loader_load_bytes (bytes, "crlf.xml", &error);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE);
  g_assert_true (g_str_has_prefix (error->message, "crlf.xml:26:17:"));
}

static GBytes *
repeat_into_document (const char *before,
                      const char *unit,
                      gsize       count,
                      const char *after)
{
  GString *doc = g_string_new (before);

  for (gsize i = 0; i < count; i++)
    g_string_append (doc, unit);
  g_string_append (doc, after);

  return g_string_free_to_bytes (doc);
}

/* Each generated file, the worst of its class under the cap, is refused
 * with its exact error, or loads whole.  How fast is bench-hostile's to
 * say; the test's timeout only catches a hang. */
static void
test_generated (gconstpointer data)
{
  const HostileCase *hostile = data;
  int line = 0;
  int column = 0;
  g_autoptr(GBytes) bytes = hostile->generate (&line, &column);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autofree char *where = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), <=, TRADEOFF_LOADER_MAX_SIZE);
  comparison = tradeoff_loader_load_bytes (bytes, "generated.xml", &error);

  if (hostile->code == HOSTILE_LOADS)
    {
      GListModel *faq;
      TradeoffCriterion *criterion;

      g_assert_no_error (error);
      faq = tradeoff_comparison_get_faq (comparison);
      if (g_list_model_get_n_items (faq) > 0)
        {
          g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, 0);

          g_assert_true (g_str_has_prefix (tradeoff_faq_entry_get_answer (entry), hostile->says));
        }
      else
        g_assert_true (g_str_has_prefix (tradeoff_comparison_get_title (comparison),
                                         hostile->says));
      criterion = tradeoff_comparison_find_criterion (comparison, "stay-awake");
      g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 1), ==, 1);
      return;
    }

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, hostile->code);
  g_test_message ("%s", error->message);
  g_test_message ("expected at %d:%d", line, column);
  where = column > 0 ? g_strdup_printf ("generated.xml:%d:%d: ", line, column)
                     : g_strdup_printf ("generated.xml:%d:", line);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_nonnull (strstr (error->message, hostile->says));
  /* Whatever the file holds, the message quotes only a little of it. */
  g_assert_cmpuint (strlen (error->message), <, 300);
}

static void
test_huge_text_node (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  /* 12 MB of text in one element: under the 16 MiB file cap, over
   * libxml2's 10 MB limit for one text node. */
  bytes = repeat_into_document ("<?xml version=\"1.0\"?>\n<comparison id=\"x\" version=\"1\">"
                                "<title>", "lorem ipsum ", 1000 * 1000,
                                "</title></comparison>\n");
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 12 * 1000 * 1000);

  comparison = tradeoff_loader_load_bytes (bytes, "huge.xml", &error);
  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "huge.xml:2:"));
  g_assert_nonnull (strstr (error->message, "longer than the 10 MB"));
}

static void
test_ten_thousand_criteria (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) doc = NULL;
  g_autoptr(GString) criteria = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffCriterionGroup) group = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (int i = 0; i < 10000; i++)
    g_string_append_printf (criteria,
                            "<criterion id=\"c%d\"><label>Criterion %d</label>"
                            "<rationale>Because %d.</rationale>"
                            "<weight option=\"%s\">%d</weight></criterion>\n",
                            i, i, i, i % 2 ? "tea" : "coffee", 1 + i % 3);
  g_string_append (criteria, "    </group>");
  doc = g_string_new (text);
  g_assert_cmpuint (g_string_replace (doc, "    </group>", criteria->str, 1), ==, 1);
  bytes = g_bytes_new (doc->str, doc->len);

  comparison = tradeoff_loader_load_bytes (bytes, "many.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), ==, 10001);
  group = g_list_model_get_item (tradeoff_comparison_get_groups (comparison), 0);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (group)), ==,
                    10001);
  g_assert_nonnull (tradeoff_comparison_find_criterion (comparison, "c9999"));
}

/* Every corpus file through --summary and every export: exit 0 or 1,
 * never a crash, and nothing a file says can become live markup. */
static void
test_everything_survives_the_corpus (void)
{
  static const char * const formats[] = { "pdf", "html", "md", "txt" };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-hostile-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = hostile_path (corpus[i].file);
      int expected = corpus[i].code == LOADS ? 0 : 1;
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      char *summary_argv[] = { (char *)"tradeoff", (char *)"--summary", path, NULL };
      int status = -1;

      g_assert_true (tradeoff_cli_handle (3, summary_argv, out, err, &status));
      g_assert_cmpint (status, ==, expected);

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *target = g_strdup_printf ("%s/out.%s", dir, formats[f]);
          g_autofree char *export_arg = g_strdup_printf ("--export=%s", target);
          g_autofree char *written = NULL;
          char *export_argv[] = { (char *)"tradeoff", export_arg, path, NULL };

          g_string_truncate (out, 0);
          g_string_truncate (err, 0);
          g_assert_true (tradeoff_cli_handle (3, export_argv, out, err, &status));
          g_assert_cmpint (status, ==, expected);

          if (expected != 0)
            {
              g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
              continue;
            }

          g_assert_true (g_file_get_contents (target, &written, NULL, NULL));
          if (strcmp (formats[f], "html") == 0)
            {
              g_assert_null (strstr (written, "<script>alert"));
              g_assert_null (strstr (written, "<img src=x"));
              g_assert_null (strstr (written, "<span foreground"));
            }
          g_unlink (target);
        }
    }

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *name = g_strndup (corpus[i].file, strlen (corpus[i].file) - 4);
      g_autofree char *test_path = g_strdup_printf ("/tradeoff/hostile/%s", name);

      g_test_add_data_func (test_path, &corpus[i], test_corpus_file);
    }

  g_test_add_func ("/tradeoff/hostile/negative-weight-counts-against", test_negative_weight_counts_against);
  g_test_add_func ("/tradeoff/hostile/crlf-line-numbers", test_crlf_lines);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/tradeoff/hostile/generated/%s",
                                                    hostile_cases[i].name);

      g_test_add_data_func (test_path, &hostile_cases[i], test_generated);
    }
  g_test_add_func ("/tradeoff/hostile/huge-text-node", test_huge_text_node);
  g_test_add_func ("/tradeoff/hostile/ten-thousand-criteria", test_ten_thousand_criteria);
  g_test_add_func ("/tradeoff/hostile/exporters-survive", test_everything_survives_the_corpus);

  return g_test_run ();
}
