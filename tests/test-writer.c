/* test-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer is the loader's mirror: load → save → load gives the same
 * comparison for every valid file the tests have and for the shipped one;
 * a canonical file comes back byte for byte; what it writes matches the
 * schema; and a save is atomic.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tradeoff-loader.h"
#include "tradeoff-writer.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
shipped_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "django-vs-flask.xml", NULL);
}

/* Every valid comparison the tests have: the files directly in tests/data
 * (the hostile ones are in a folder of their own), and the shipped one. */
static GPtrArray *
valid_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  /* A test that looks at nothing cannot fail. */
  g_assert_cmpuint (paths->len, >=, 4);
  g_ptr_array_add (paths, shipped_path ());
  return paths;
}

static TradeoffComparison *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return comparison;
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) paths = valid_files ();

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(TradeoffComparison) first = load_path (path);
      g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (first);
      g_autoptr(GError) error = NULL;
      g_autoptr(TradeoffComparison) second = tradeoff_loader_load_bytes (bytes, path, &error);
      g_autofree char *difference = NULL;

      g_test_message ("%s", path);
      g_assert_no_error (error);
      difference = tradeoff_comparison_describe_difference (first, second);
      g_assert_cmpstr (difference, ==, NULL);

      /* What was written once is canonical: writing it again changes nothing. */
      {
        g_autoptr(GBytes) again = tradeoff_writer_to_bytes (second);

        g_assert_true (g_bytes_equal (bytes, again));
      }
    }
}

/* The equality the round trip relies on does see a difference. */
static void
test_difference_is_seen (void)
{
  g_autofree char *minimal = data_path ("minimal.xml");
  g_autofree char *shipped = shipped_path ();
  g_autoptr(TradeoffComparison) a = load_path (minimal);
  g_autoptr(TradeoffComparison) b = load_path (shipped);
  g_autoptr(TradeoffComparison) c = load_path (minimal);
  g_autofree char *difference = tradeoff_comparison_describe_difference (a, b);
  g_autofree char *none = tradeoff_comparison_describe_difference (a, c);

  g_assert_cmpstr (difference, ==, "id: “minimal” ≠ “django-vs-flask”");
  g_assert_null (none);
}

static void
test_shipped_is_canonical (void)
{
  g_autofree char *path = shipped_path ();
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(TradeoffComparison) comparison = load_path (path);
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
}

/* The canonical form in detail: what a person reading a saved file sees. */
static void
test_canonical_form (void)
{
  g_autofree char *path = data_path ("injection.xml");
  g_autoptr(TradeoffComparison) comparison = load_path (path);
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n"));
  g_assert_true (g_str_has_suffix (text, "  </verdicts>\n</comparison>\n"));
  /* Markup in text is escaped, never written as markup. */
  g_assert_nonnull (strstr (text, "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "));
  g_assert_null (strstr (text, "<script>"));
  /* Paragraphs on lines of their own, a blank line between them. */
  g_assert_nonnull (strstr (text, "  <intro>\n    # Not a heading\n\n    - not a list item\n"));
  /* A blank line before each part. */
  g_assert_nonnull (strstr (text, "\n\n  <options>\n    <option id=\"evil\"><name>"));
}

static void
test_no_criteria (void)
{
  g_autofree char *path = data_path ("no-criteria.xml");
  g_autoptr(TradeoffComparison) comparison = load_path (path);
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), ==, 0);
  g_assert_nonnull (strstr (text, "\n\n  <criteria/>\n\n  <verdicts>\n"));
}

/* xmllint, an independent reader of the schema, agrees with it. */
static void
test_output_matches_schema (void)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                   "comparison.rng", NULL);
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *dir = NULL;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed (package libxml2-utils)");
      return;
    }

  paths = valid_files ();
  dir = g_dir_make_tmp ("test-writer-XXXXXX", NULL);
  g_assert_nonnull (dir);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(TradeoffComparison) comparison = load_path (g_ptr_array_index (paths, i));
      g_autofree char *out_path = g_build_filename (dir, "out.xml", NULL);
      g_autoptr(GFile) out = g_file_new_for_path (out_path);
      g_autoptr(GError) error = NULL;
      const char *argv[] = { xmllint, "--noout", "--relaxng", schema, out_path, NULL };
      g_autofree char *err = NULL;
      g_autofree char *validates = g_strconcat (out_path, " validates\n", NULL);
      int status = -1;

      g_assert_true (tradeoff_writer_save (comparison, out, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                   NULL, NULL, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (err, ==, validates);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpint (g_unlink (out_path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Saving writes the file whole, and a save that cannot happen leaves the
 * old file as it was and says which file. */
static void
test_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.xml", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "mine.xml", NULL);
  g_autofree char *source = shipped_path ();
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(TradeoffComparison) comparison = load_path (source);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (nowhere);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (tradeoff_writer_save (comparison, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (source, &expected, NULL, NULL));
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  g_assert_false (tradeoff_writer_save (comparison, bad, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  message = g_strdup_printf ("Could not save “%s”: the folder “%s%sno-such-folder” does not exist",
                             nowhere, dir, G_DIR_SEPARATOR_S);
  g_assert_cmpstr (error->message, ==, message);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A file with a gettext-domain, loaded as written in another language,
 * saves its own words; loaded translated, it would not. */
static void
test_as_written (void)
{
  g_autofree char *path = shipped_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) translated = NULL;
  g_autoptr(TradeoffComparison) as_written = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_getenv ("TRADEOFF_LOCALEDIR") == NULL)
    {
      g_test_skip ("TRADEOFF_LOCALEDIR is not set");
      return;
    }

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");

  translated = tradeoff_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  as_written = tradeoff_loader_load_file_as_written (file, NULL, &error);
  g_assert_no_error (error);

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");

  g_assert_cmpstr (tradeoff_comparison_get_title (translated), ==,
                   "Django vs. Flask: Der umfassende Vergleich 2026");
  g_assert_cmpstr (tradeoff_comparison_get_gettext_domain (as_written), ==, "tradeoff");
  bytes = tradeoff_writer_to_bytes (as_written);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/writer/round-trip", test_round_trip);
  g_test_add_func ("/tradeoff/writer/difference-is-seen", test_difference_is_seen);
  g_test_add_func ("/tradeoff/writer/shipped-is-canonical", test_shipped_is_canonical);
  g_test_add_func ("/tradeoff/writer/canonical-form", test_canonical_form);
  g_test_add_func ("/tradeoff/writer/no-criteria", test_no_criteria);
  g_test_add_func ("/tradeoff/writer/schema", test_output_matches_schema);
  g_test_add_func ("/tradeoff/writer/save", test_save);
  g_test_add_func ("/tradeoff/writer/as-written", test_as_written);

  return g_test_run ();
}
