/* test-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader accepts good comparison files whole and refuses bad ones with
 * an error that names the file, the line and what is wrong.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tradeoff-loader.h"
#include "tradeoff-loader-private.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static TradeoffComparison *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return tradeoff_loader_load_file (file, NULL, error);
}

static void
test_loads_shipped (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  g_autoptr(TradeoffAspect) maturity = NULL;
  TradeoffCriterion *criterion;

  g_assert_no_error (error);
  g_assert_nonnull (comparison);

  g_assert_cmpstr (tradeoff_comparison_get_id (comparison), ==, "django-vs-flask");
  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==,
                   "Django vs Flask: Complete Comparison Guide 2026");
  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 2);
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, 0)),
                   ==, "Django");
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (comparison)), ==, 8);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), >=, 10);

  maturity = g_list_model_get_item (tradeoff_comparison_get_aspects (comparison), 2);
  g_assert_cmpstr (tradeoff_aspect_get_label (maturity), ==, "Maturity");
  g_assert_cmpstr (tradeoff_aspect_get_value (maturity, 0), ==, "Established");
  g_assert_cmpstr (tradeoff_aspect_get_value (maturity, 1), ==, "Modern");

  criterion = tradeoff_comparison_find_criterion (comparison, "team-knows-django");
  g_assert_nonnull (criterion);
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 0), ==, 3);
  g_assert_cmpint (tradeoff_criterion_get_weight (criterion, 1), ==, 0);
  g_assert_cmpstr (tradeoff_faq_entry_get_id (tradeoff_criterion_get_source (criterion)), ==,
                   "production");
  g_assert_true (tradeoff_criterion_group_get_exclusive (
    tradeoff_criterion_get_group (tradeoff_comparison_find_criterion (comparison, "innovation"))));
  g_assert_false (tradeoff_criterion_group_get_exclusive (tradeoff_criterion_get_group (criterion)));

  /* Every criterion has a rationale and a FAQ source. */
  for (guint i = 0; i < tradeoff_comparison_get_n_criteria (comparison); i++)
    {
      TradeoffCriterion *c = tradeoff_comparison_get_criterion (comparison, i);

      g_assert_cmpuint (tradeoff_criterion_get_index (c), ==, i);
      g_assert_cmpstr (tradeoff_criterion_get_rationale (c), !=, "");
      g_assert_nonnull (tradeoff_criterion_get_source (c));
    }

  g_assert_nonnull (tradeoff_option_get_verdict (tradeoff_comparison_get_option (comparison, 1)));
  g_assert_nonnull (tradeoff_comparison_get_tie_verdict (comparison));
  g_assert_nonnull (tradeoff_comparison_get_none_verdict (comparison));

  g_assert_finalize_object (comparison);
}

static void
test_loads_three_options (void)
{
  g_autofree char *path = data_path ("three-databases.xml");
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = load_path (path, &error);
  guint n_aspects;

  g_assert_no_error (error);
  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 3);
  g_assert_cmpstr (tradeoff_comparison_get_display_name (comparison), ==, path);

  n_aspects = g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison));
  g_assert_cmpuint (n_aspects, >, 0);
  for (guint i = 0; i < n_aspects; i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (
        tradeoff_comparison_get_aspects (comparison), i);

      g_assert_cmpuint (tradeoff_aspect_get_n_values (aspect), ==, 3);
    }

  /* The fixture wraps one answer over lines with a blank line between two
   * paragraphs: the lines join, the paragraphs stay apart. */
  {
    GListModel *faq = tradeoff_comparison_get_faq (comparison);
    gboolean found_paragraphs = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
      {
        g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);
        const char *answer = tradeoff_faq_entry_get_answer (entry);

        g_assert_null (strchr (answer, '\t'));
        g_assert_false (g_str_has_prefix (answer, " "));
        if (strstr (answer, "\n\n") != NULL)
          found_paragraphs = TRUE;
        else
          g_assert_null (strchr (answer, '\n'));
      }
    g_assert_true (found_paragraphs);
  }

  g_assert_finalize_object (comparison);
}

static void
test_loads_minimal (void)
{
  g_autofree char *path = data_path ("minimal.xml");
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = load_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 2);
  /* Optional parts left out stay unset rather than empty strings. */
  g_assert_null (tradeoff_comparison_get_byline (comparison));
  g_assert_null (tradeoff_comparison_get_grid_heading (comparison));
  g_assert_finalize_object (comparison);
}

static void
test_normalize_text (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "  plain  ", "plain" },
    { "one\n    two", "one two" },
    { "one\t\t two", "one two" },
    { "first para\n\n   second\n line", "first para\n\nsecond line" },
    { "a\n \n \n b", "a\n\nb" },
    { "\n\n", "" },
    { "Both — em dash", "Both — em dash" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = _tradeoff_normalize_text (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* Each bad file: the error it must give and the line it must point at
 * (0 where no line applies). */
typedef struct
{
  const char          *file;
  TradeoffLoaderError  code;
  int                  line;
  const char          *says;
} BadFile;

static const BadFile bad_files[] = {
  { "malformed.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 4, "titel" },
  { "truncated.xml", TRADEOFF_LOADER_ERROR_MALFORMED, 15, "not well-formed" },
  { "schema-violation.xml", TRADEOFF_LOADER_ERROR_SCHEMA, 6, "colour" },
  { "duplicate-id.xml", TRADEOFF_LOADER_ERROR_DUPLICATE_ID, 7, "“tea” is already used on line 6" },
  { "unknown-option.xml", TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, 26, "no option “cocoa”" },
  { "doctype.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "DOCTYPE" },
  { "internal-entity.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "entities" },
  { "external-entity.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "DOCTYPE" },
  { "entity-bomb.xml", TRADEOFF_LOADER_ERROR_DOCTYPE, 2, "DOCTYPE" },
  { "invalid-utf8.xml", TRADEOFF_LOADER_ERROR_ENCODING, 4, "0xE9" },
  { "empty.xml", TRADEOFF_LOADER_ERROR_EMPTY, 0, "empty" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *name = g_build_filename ("hostile", bad->file, NULL);
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (path, &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, (int)bad->code);
  g_test_message ("%s", error->message);

  /* "PATH:LINE:COLUMN: message" — the place comes first, as compilers do. */
  g_assert_true (g_str_has_prefix (error->message, path));
  if (bad->line > 0)
    {
      g_autofree char *where = g_strdup_printf ("%s:%d:", path, bad->line);
      const char *after = error->message + strlen (where);

      g_assert_true (g_str_has_prefix (error->message, where));
      /* A column follows the line: "N: " */
      g_assert_true (g_ascii_isdigit (after[0]));
    }
  g_assert_nonnull (strstr (error->message, bad->says));
}

static void
test_external_entity_not_read (void)
{
  g_autofree char *path = data_path ("hostile/external-entity.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (path, &error);

  /* Refused, and the secret it named is nowhere in what comes back. */
  g_assert_null (comparison);
  g_assert_null (strstr (error->message, "root:"));
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tradeoff-loader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_file (const char *dir,
                  const char *path)
{
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_oversize (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  FILE *f = fopen (path, "wb");
  char block[4096];

  /* A well-formed start, then padding well past the cap. */
  memset (block, ' ', sizeof block);
  fputs ("<?xml version=\"1.0\"?><comparison id=\"huge\" version=\"1\">", f);
  for (gsize written = 0; written <= TRADEOFF_LOADER_MAX_SIZE; written += sizeof block)
    fwrite (block, 1, sizeof block, f);
  fclose (f);

  comparison = load_path (path, &error);
  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "16 MiB"));

  remove_temp_file (dir, path);
}

static void
test_gzip (void)
{
  g_autofree char *source = data_path ("minimal.xml");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "minimal.xml.gz", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GFile) in = g_file_new_for_path (source);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GInputStream) raw = G_INPUT_STREAM (g_file_read (in, NULL, &error));
  g_autoptr(GInputStream) gz = g_converter_input_stream_new (raw, G_CONVERTER (compressor));
  g_autoptr(GOutputStream) sink = G_OUTPUT_STREAM (g_file_replace (out, NULL, FALSE,
                                                                   G_FILE_CREATE_NONE,
                                                                   NULL, &error));

  g_assert_no_error (error);
  g_output_stream_splice (sink, gz, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                          G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);

  /* libxml2 would transparently gunzip a file it opens itself; this loader
   * never lets it, and says why. */
  comparison = load_path (path, &error);
  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_COMPRESSED);
  g_assert_nonnull (strstr (error->message, "gzip"));

  remove_temp_file (dir, path);
}

static void
test_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (dir, &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_assert_nonnull (strstr (error->message, "folder"));

  g_rmdir (dir);
}

static void
test_missing (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "nowhere.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (path, &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, path));

  g_rmdir (dir);
}

/* Errors found by the meaning checks, on documents the schema accepts. */
static void
test_meaning_checks (void)
{
  static const struct {
    const char          *from;
    const char          *to;
    TradeoffLoaderError  code;
    const char          *says;
  } cases[] = {
    { "<weight option=\"coffee\">1</weight>", "<weight option=\"coffee\">1</weight><weight option=\"coffee\">2</weight>",
      TRADEOFF_LOADER_ERROR_INVALID_VALUE, "already has a weight for “coffee”" },
    { "<value option=\"coffee\">More</value>", "",
      TRADEOFF_LOADER_ERROR_INVALID_VALUE, "no value for the option “coffee”" },
    { "source=\"sleep\"", "source=\"nap\"",
      TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, "no FAQ entry with that id" },
    { "<verdict option=\"tea\">Tea is the gentler choice.</verdict>", "",
      TRADEOFF_LOADER_ERROR_INVALID_VALUE, "no verdict for the option “tea”" },
    { "<option id=\"coffee\"><name>Coffee</name></option>", "",
      TRADEOFF_LOADER_ERROR_INVALID_VALUE, "from 2 to 8 options; this one has 1" },
  };
  g_autofree char *path = data_path ("minimal.xml");
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) changed = g_string_new (text);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TradeoffComparison) comparison = NULL;

      g_assert_cmpuint (g_string_replace (changed, cases[i].from, cases[i].to, 1), ==, 1);
      bytes = g_bytes_new (changed->str, changed->len);
      comparison = tradeoff_loader_load_bytes (bytes, "changed.xml", &error);

      g_assert_null (comparison);
      g_assert_error (error, TRADEOFF_LOADER_ERROR, (int)cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "changed.xml:"));
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

/* Nine options: one past the most the format allows. */
static void
test_too_many_options (void)
{
  g_autofree char *path = data_path ("minimal.xml");
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GString) extra = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (int i = 0; i < 7; i++)
    g_string_append_printf (extra, "<option id=\"o%d\"><name>O%d</name></option>", i, i);
  g_string_append (extra, "</options>");
  changed = g_string_new (text);
  g_string_replace (changed, "</options>", extra->str, 1);

  bytes = g_bytes_new (changed->str, changed->len);
  comparison = tradeoff_loader_load_bytes (bytes, "nine.xml", &error);
  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "this one has 9"));
  g_assert_true (g_str_has_prefix (error->message, "nine.xml:5:3:"));
}

static void
test_other_encoding_declared (void)
{
  static const char doc[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<comparison/>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (doc, sizeof doc - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (bytes, "latin.xml", &error);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "latin.xml:1:21:"));
  g_assert_nonnull (strstr (error->message, "ISO-8859-1"));
}

/* The pre-scan that bounds the work (tradeoff-loader-prescan.c) reads
 * every construct XML allows as an XML parser does: markup inside CDATA,
 * comments and attribute values is not markup, and attributes may be
 * spaced and quoted either way. */
static void
test_prescan_reads_xml (void)
{
  static const struct {
    const char *from;
    const char *to;
  } changes[] = {
    { "<title>Tea vs Coffee</title>",
      "<title>Tea vs <![CDATA[<b>Coffee</b> <e1/>]]><!-- <title a='1' b='2' c='3' d='4'> "
      "<x:y xmlns:x=\"urn:x\"> <unknown> --></title>" },
    { "<option id=\"tea\">", "<option\n      id = 'tea'\t>" },
    { "<aspects>", "<aspects heading='He said \"a > b\" /> &lt;x:y xmlns=&quot;u&quot;>'>" },
    { "</comparison>", "</comparison>\n<!-- <faq> -->\n" },
  };
  g_autofree char *path = data_path ("minimal.xml");
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_string_new (text);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    g_assert_cmpuint (g_string_replace (changed, changes[i].from, changes[i].to, 1), ==, 1);

  bytes = g_bytes_new (changed->str, changed->len);
  comparison = tradeoff_loader_load_bytes (bytes, "xml.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tradeoff_comparison_get_title (comparison), ==, "Tea vs <b>Coffee</b> <e1/>");
  g_assert_cmpstr (tradeoff_comparison_get_grid_heading (comparison), ==,
                   "He said \"a > b\" /> <x:y xmlns=\"u\">");
}

/* The pre-scan's list of elements follows the schema: every element the
 * schema names passes it, and is left for the schema to place. */
static void
test_prescan_knows_the_schema (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "comparison.rng",
                                                 NULL);
  g_autofree char *schema = NULL;
  guint n_names = 0;

  g_assert_true (g_file_get_contents (path, &schema, NULL, NULL));

  for (const char *p = strstr (schema, "<element name=\""); p != NULL;
       p = strstr (p + 1, "<element name=\""))
    {
      const char *name = p + strlen ("<element name=\"");
      g_autofree char *element = g_strndup (name, strchr (name, '"') - name);
      g_autofree char *doc = g_strdup_printf ("<comparison id=\"x\" version=\"1\"><%s/>"
                                              "</comparison>", element);
      g_autoptr(GBytes) bytes = g_bytes_new (doc, strlen (doc));
      g_autoptr(GError) error = NULL;
      g_autoptr(TradeoffComparison) comparison = NULL;

      comparison = tradeoff_loader_load_bytes (bytes, "element.xml", &error);
      g_assert_nonnull (error);
      g_test_message ("<%s>: %s", element, error->message);
      g_assert_null (strstr (error->message, "There is no <"));
      g_assert_false (g_error_matches (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_LIMIT));
      n_names++;
    }

  g_assert_cmpuint (n_names, >, 20);
}

/* Past line 65,535 libxml2 keeps no line for an element; the loader does. */
static void
test_error_lines_past_65535 (void)
{
  g_autofree char *path = data_path ("minimal.xml");
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (int i = 0; i < 70000; i++)
    g_string_append (lines, "<!-- -->\n");
  g_string_append (lines, "  <title>");
  changed = g_string_new (text);
  g_string_replace (changed, "  <title>", lines->str, 1);
  g_string_replace (changed, "source=\"sleep\"", "source=\"nap\"", 1);

  bytes = g_bytes_new (changed->str, changed->len);
  comparison = tradeoff_loader_load_bytes (bytes, "long.xml", &error);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE);
  /* minimal.xml's line 23, 70,000 lines down: xmlGetLineNo() would guess
   * from the <label> below it. */
  g_assert_true (g_str_has_prefix (error->message, "long.xml:70023:34: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/loader/shipped", test_loads_shipped);
  g_test_add_func ("/tradeoff/loader/three-options", test_loads_three_options);
  g_test_add_func ("/tradeoff/loader/minimal", test_loads_minimal);
  g_test_add_func ("/tradeoff/loader/normalize-text", test_normalize_text);
  g_test_add_func ("/tradeoff/loader/prescan-reads-xml", test_prescan_reads_xml);
  g_test_add_func ("/tradeoff/loader/prescan-knows-the-schema", test_prescan_knows_the_schema);
  g_test_add_func ("/tradeoff/loader/error-lines-past-65535", test_error_lines_past_65535);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strndup (bad_files[i].file, strlen (bad_files[i].file) - 4);
      g_autofree char *test_path = g_strdup_printf ("/tradeoff/loader/refuses/%s", name);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }

  g_test_add_func ("/tradeoff/loader/refuses/external-entity-not-read", test_external_entity_not_read);
  g_test_add_func ("/tradeoff/loader/refuses/oversize", test_oversize);
  g_test_add_func ("/tradeoff/loader/refuses/gzip", test_gzip);
  g_test_add_func ("/tradeoff/loader/refuses/directory", test_directory);
  g_test_add_func ("/tradeoff/loader/refuses/missing", test_missing);
  g_test_add_func ("/tradeoff/loader/refuses/meaning", test_meaning_checks);
  g_test_add_func ("/tradeoff/loader/refuses/nine-options", test_too_many_options);
  g_test_add_func ("/tradeoff/loader/refuses/other-encoding", test_other_encoding_declared);

  return g_test_run ();
}
