/* test-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line: what it prints and how it exits.  Most cases call
 * tradeoff_cli_handle() in-process; the last ones run the real program with
 * no display at all, to show it never needs one for these options.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <string.h>

#include "tradeoff-cli.h"
#include "tradeoff-report.h"
#include "worst-texts.h"

typedef struct
{
  gboolean handled;
  int      status;
  GString *out;
  GString *err;
} Result;

static void
result_clear (Result *result)
{
  g_string_free (result->out, TRUE);
  g_string_free (result->err, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs "tradeoff ARGS…", NULL-terminated. */
static Result
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  Result result = { FALSE, -1, g_string_new (NULL), g_string_new (NULL) };
  va_list args;

  g_ptr_array_add (argv, (gpointer)"tradeoff");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  result.handled = tradeoff_cli_handle (argv->len - 1, (char **)argv->pdata,
                                        result.out, result.err, &result.status);
  return result;
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
first_line (GString *text)
{
  const char *end = strchr (text->str, '\n');

  return g_strndup (text->str, end != NULL ? (gsize)(end - text->str) : text->len);
}

static void
assert_recommends (Result     *result,
                   const char *expected)
{
  g_autofree char *line = first_line (result->out);

  g_assert_true (result->handled);
  g_assert_cmpstr (result->err->str, ==, "");
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (line, ==, expected);
}

static void
test_summary_nothing_ticked (void)
{
  g_auto(Result) result = run_cli ("--summary", NULL);

  assert_recommends (&result, "Recommendation: none");
  /* The grid, with both columns. */
  g_assert_nonnull (strstr (result.out->str, "Quick Comparison"));
  g_assert_nonnull (strstr (result.out->str, "Maturity"));
  g_assert_nonnull (strstr (result.out->str, "Established"));
  g_assert_nonnull (strstr (result.out->str, "Modern"));
  g_assert_nonnull (strstr (result.out->str, "Ticked criteria (0 of"));
}

static void
test_summary_django_expertise (void)
{
  g_auto(Result) result = run_cli ("--summary", "--select=team-knows-django", NULL);

  assert_recommends (&result, "Recommendation: Django");
  g_assert_nonnull (strstr (result.out->str, "[x] \u2068Our team already has Django expertise\u2069 (team-knows-django)"));
  /* Issue 13: one tick of seventeen is a slight lead, said in points. */
  g_assert_nonnull (strstr (result.out->str,
                            "Confidence: Slight lead. \u2068Django\u2069 leads \u2068Flask\u2069 by 3 points; "
                            "the answers not given yet could swing up to 28 points towards \u2068Flask\u2069.\n"));
  g_assert_null (strstr (result.out->str, "%"));
  /* The reason cites the FAQ answer it comes from. */
  g_assert_nonnull (strstr (result.out->str, "From the FAQ: \u2068Which is better for production: Django or Flask?\u2069"));
  g_assert_nonnull (strstr (result.out->str, "What would change this"));
  /* Issue 15: the smallest change for the other option, and how firm the
   * verdict is, in the person's own answers, levels included (issue 14). */
  g_assert_nonnull (strstr (result.out->str,
                            "How firm the verdict is\n  One answer decides it: if you unticked "
                            "“\u2068Our team already has Django expertise\u2069”, there would be no advice.\n"));
  g_assert_nonnull (strstr (result.out->str,
                            "What would make each option lead\n  - \u2068Flask\u2069 would lead if you made "
                            "“\u2068Our team already has Flask expertise\u2069” matter a lot.\n"));
}

static void
test_summary_greenfield (void)
{
  g_auto(Result) result = run_cli ("--summary", "--select", "greenfield, performance-and-dx", NULL);

  assert_recommends (&result, "Recommendation: Flask");
  g_assert_nonnull (strstr (result.out->str, "Ticked criteria (2 of"));
}

static void
test_summary_tie (void)
{
  g_auto(Result) result = run_cli ("--summary", "--select=team-knows-django,team-knows-flask", NULL);

  assert_recommends (&result, "Recommendation: none");
  g_assert_nonnull (strstr (result.out->str, "Django"));
  g_assert_nonnull (strstr (result.out->str, "benchmark"));
}

static void
test_summary_three_options (void)
{
  g_autofree char *path = data_path ("three-databases.xml");
  g_auto(Result) result = run_cli ("--summary", path, NULL);

  assert_recommends (&result, "Recommendation: none");
  g_assert_nonnull (strstr (result.out->str, "PostgreSQL"));
  g_assert_nonnull (strstr (result.out->str, "SQLite"));
}

static void
test_unknown_criterion (void)
{
  g_auto(Result) result = run_cli ("--summary", "--select=team-knows-django,telepathy", NULL);

  g_assert_true (result.handled);
  g_assert_cmpint (result.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_cmpstr (result.out->str, ==, "");
  g_assert_nonnull (strstr (result.err->str, "“telepathy”"));
  g_assert_nonnull (strstr (result.err->str, "--list-criteria"));
}

static void
test_unknown_option (void)
{
  g_auto(Result) result = run_cli ("--summary", "--frobnicate", NULL);

  g_assert_true (result.handled);
  g_assert_cmpint (result.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (result.err->str, "--frobnicate"));
  g_assert_nonnull (strstr (result.err->str, "tradeoff --help"));
}

static void
test_usage_mistakes (void)
{
  g_autofree char *a = data_path ("minimal.xml");
  g_autofree char *b = data_path ("three-databases.xml");
  g_auto(Result) two_actions = run_cli ("--summary", "--list-criteria", NULL);
  g_auto(Result) two_files = run_cli ("--summary", a, b, NULL);
  g_auto(Result) no_file = run_cli ("--validate", NULL);
  g_auto(Result) lone_select = run_cli ("--select=greenfield", NULL);

  g_assert_cmpint (two_actions.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_cmpint (two_files.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_cmpint (no_file.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_cmpint (lone_select.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (lone_select.err->str, "--summary or --export"));
}

static void
test_validate_good (void)
{
  g_autofree char *a = data_path ("minimal.xml");
  g_autofree char *b = data_path ("three-databases.xml");
  g_auto(Result) result = run_cli ("--validate", a, b, NULL);

  g_assert_true (result.handled);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err->str, ==, "");
  g_assert_nonnull (strstr (result.out->str, "minimal.xml\u2069: valid (2 options, 1 criterion, 1 question)"));
  g_assert_nonnull (strstr (result.out->str, "three-databases.xml\u2069: valid (3 options"));
}

static void
test_validate_bad (void)
{
  g_autofree char *good = data_path ("minimal.xml");
  g_autofree char *bad = data_path ("hostile/malformed.xml");
  g_autofree char *where = g_strdup_printf ("%s:4:31: ", bad);
  g_auto(Result) result = run_cli ("--validate", good, bad, NULL);

  /* One bad file fails the run, and the good one is still reported. */
  g_assert_cmpint (result.status, ==, TRADEOFF_CLI_EXIT_INVALID);
  g_assert_true (g_str_has_prefix (result.err->str, where));
  g_assert_nonnull (strstr (result.out->str, "minimal.xml\u2069: valid"));
}

static void
test_summary_of_bad_file (void)
{
  g_autofree char *bad = data_path ("hostile/doctype.xml");
  g_auto(Result) result = run_cli ("--summary", bad, NULL);

  g_assert_cmpint (result.status, ==, TRADEOFF_CLI_EXIT_INVALID);
  g_assert_cmpstr (result.out->str, ==, "");
  g_assert_nonnull (strstr (result.err->str, "DOCTYPE"));
}

static void
test_list_criteria (void)
{
  g_auto(Result) result = run_cli ("--list-criteria", NULL);
  g_auto(GStrv) lines = NULL;
  guint n_lines;

  g_assert_cmpint (result.status, ==, 0);
  lines = g_strsplit (result.out->str, "\n", -1);
  n_lines = g_strv_length (lines) - 1;   /* the output ends with a newline */
  g_assert_cmpuint (n_lines, >=, 10);
  g_assert_cmpstr (lines[0], ==, "team-knows-django\tteam\tOur team already has Django expertise");

  for (guint i = 0; i < n_lines; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
    }
}

static void
test_version_and_help (void)
{
  g_auto(Result) version = run_cli ("--version", NULL);
  g_auto(Result) help = run_cli ("--help", NULL);

  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out->str, ==, "tradeoff " PACKAGE_VERSION "\n");

  g_assert_cmpint (help.status, ==, 0);
  for (guint i = 0; i < 5; i++)
    {
      static const char * const options[] = {
        "--summary", "--select", "--export", "--list-criteria", "--validate",
      };

      g_assert_nonnull (strstr (help.out->str, options[i]));
    }
}

static void
test_window_arguments_pass_through (void)
{
  g_auto(Result) none = run_cli (NULL);
  g_auto(Result) file = run_cli ("comparison.xml", NULL);
  g_auto(Result) after_dashes = run_cli ("--", "--summary", NULL);

  g_assert_false (none.handled);
  g_assert_false (file.handled);
  g_assert_false (after_dashes.handled);
}

static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "decision.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(Result) good = run_cli ("--export", path, "--select=team-knows-django", NULL);
  g_auto(Result) unknown = run_cli ("--export=decision.xyz", NULL);
  g_auto(Result) failed = run_cli ("--export", missing, NULL);

  g_assert_cmpint (good.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Django"));
  g_assert_nonnull (strstr (contents, "Our team already has Django expertise"));

  g_assert_cmpint (unknown.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (unknown.err->str, ".pdf, .html, .md, .txt or .tradeoff"));

  g_assert_cmpint (failed.status, ==, TRADEOFF_CLI_EXIT_INVALID);
  g_assert_nonnull (strstr (failed.err->str, "dir.md"));

  g_unlink (path);
  g_rmdir (dir);
}

/* A PDF over the work budget is written, with a notice on standard error
 * that says what it lacks and where to get all of it; the exit status
 * stays 0.  The shipped comparison's PDF gets none. */
static void
test_export_over_budget (void)
{
  static const WorstText long_faq = { "700 answers", "ANSWER", WORST_WORDS, 92, 700 };
  g_autoptr(GBytes) document = worst_text_document (&long_faq);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-cli-XXXXXX", &error);
  g_autofree char *comparison = g_build_filename (dir, "long.xml", NULL);
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *shipped = g_build_filename (dir, "shipped.pdf", NULL);
  g_autofree char *notice = NULL;

  g_file_set_contents (comparison, g_bytes_get_data (document, NULL), g_bytes_get_size (document), &error);
  g_assert_no_error (error);

  {
    g_auto(Result) cut = run_cli ("--export", pdf, comparison, NULL);
    g_auto(Result) whole = run_cli ("--export", shipped, NULL);

    notice = g_strdup_printf ("tradeoff: “%s” leaves parts of the comparison out: a PDF holds at most "
                              "about %u pages' worth. The HTML, Markdown and text exports hold all of it.\n",
                              pdf, tradeoff_report_get_max_pages ());
    g_assert_cmpint (cut.status, ==, 0);
    g_assert_cmpstr (cut.err->str, ==, notice);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpint (whole.status, ==, 0);
    g_assert_cmpstr (whole.err->str, ==, "");
  }

  g_unlink (comparison);
  g_unlink (pdf);
  g_unlink (shipped);
  g_rmdir (dir);
}

/* Levels on the command line, a decision file written and read back, and
 * the decision it holds printed with the advice. */
static void
test_decision_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "hosting.tradeoff", NULL);
  g_autofree char *markdown = g_build_filename (dir, "hosting.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(Result) saved = run_cli ("--export", path,
                                  "--select=team-knows-django:must,greenfield:2,fast-startup:1", NULL);
  g_auto(Result) summary = run_cli ("--summary", path, NULL);
  g_auto(Result) valid = run_cli ("--validate", path, NULL);
  g_auto(Result) exported = run_cli ("--export", markdown, path, NULL);
  g_auto(Result) reselected = run_cli ("--summary", path, "--select=greenfield", NULL);
  g_auto(Result) bad_level = run_cli ("--summary", "--select=greenfield:3", NULL);
  g_auto(Result) bad_id = run_cli ("--summary", "--select=greenfield:2,nowhere:must", NULL);

  g_assert_cmpint (saved.status, ==, 0);
  g_assert_cmpstr (saved.err->str, ==, "");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<decision status=\"proposed\">"));
  g_assert_nonnull (strstr (contents, "<level criterion=\"team-knows-django\">must</level>"));
  g_assert_nonnull (strstr (contents, "<level criterion=\"greenfield\">a-lot</level>"));
  g_assert_nonnull (strstr (contents, "<level criterion=\"fast-startup\">matters</level>"));

  /* The must-have leaves Django alone, whatever Flask scores. */
  assert_recommends (&summary, "Recommendation: Django");
  g_assert_nonnull (strstr (summary.out->str,
                            "[x] \u2068Our team already has Django expertise\u2069 (team-knows-django) — Must have\n"));
  g_assert_nonnull (strstr (summary.out->str, "[x] \u2068It is a greenfield project\u2069 (greenfield) — Matters a lot\n"));
  g_assert_nonnull (strstr (summary.out->str, "(ruled out: does not meet “\u2068Our team already has Django expertise\u2069”)"));
  /* The must-have is an answer like any other: the one that decides it.
   * The gentlest change proposed: one level down already ties, two make
   * Flask lead; unticking it is not needed. */
  g_assert_nonnull (strstr (summary.out->str,
                            "How firm the verdict is\n  One answer decides it: if you made "
                            "“\u2068Our team already has Django expertise\u2069” matter a lot, it would be a tie.\n"));
  g_assert_nonnull (strstr (summary.out->str,
                            "What would make each option lead\n  - \u2068Flask\u2069 would lead if you made "
                            "“\u2068Our team already has Django expertise\u2069” simply matter.\n"));
  g_assert_nonnull (strstr (summary.out->str, "\nYour decision\n  Status: Proposed\n  Chosen: nothing yet\n"));

  g_assert_cmpint (valid.status, ==, 0);
  g_assert_nonnull (strstr (valid.out->str, "hosting.tradeoff\u2069: valid ("));

  g_assert_cmpint (exported.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (markdown, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "---\nstatus: proposed\n"));
  g_assert_nonnull (strstr (contents, "* Our team already has Django expertise (must have)\n"));

  /* --select replaces the file's levels. */
  assert_recommends (&reselected, "Recommendation: Flask");

  g_assert_cmpint (bad_level.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (bad_level.err->str, "Unknown level “3” for “greenfield”: use 1, 2 or must."));
  g_assert_cmpint (bad_id.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (bad_id.err->str, "There is no criterion “nowhere” in this comparison."));

  g_unlink (path);
  g_unlink (markdown);
  g_rmdir (dir);
}

/* A saved decision's record, printed by --summary. */
static void
test_summary_of_record (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "record.tradeoff", NULL);
  g_autofree char *source = data_path ("minimal.xml");
  g_autofree char *comparison = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GString) with_record = NULL;

  g_assert_true (g_file_get_contents (source, &comparison, NULL, NULL));
  with_record = g_string_new (comparison);
  g_string_replace (with_record, "</comparison>",
                    "<decision status=\"accepted\" date=\"2026-12-01\">"
                    "<deciders>Ana</deciders>"
                    "<chosen option=\"tea\"><reason>We sleep badly.</reason></chosen>"
                    "<note>Night shifts.</note>"
                    "<level criterion=\"stay-awake\">a-lot</level>"
                    "</decision></comparison>", 1);
  g_assert_true (g_file_set_contents (path, with_record->str, -1, NULL));

  {
    g_auto(Result) summary = run_cli ("--summary", path, NULL);

    assert_recommends (&summary, "Recommendation: Coffee");
    g_assert_nonnull (strstr (summary.out->str,
                              "\nYour decision\n  Status: Accepted\n  Date: 2026-12-01\n"
                              "  Decided by: Ana\n  Chosen: Tea\n"
                              "  Not what the advice says, because: We sleep badly.\n"
                              "  Note: Night shifts.\n"));
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* "--export=decision.pdf/" names a folder that is not there: an error,
 * and nothing is written, neither the folder nor "decision.pdf". */
static void
test_export_trailing_slash (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "decision.pdf", NULL);
  g_autofree char *slashed = g_strconcat (path, "/", NULL);
  g_autofree char *expected = g_strdup_printf ("tradeoff: Could not save “%s”: a file name cannot "
                                               "end in “/”\n", slashed);
  g_auto(Result) result = run_cli ("--export", slashed, NULL);

  g_assert_cmpint (result.status, ==, TRADEOFF_CLI_EXIT_INVALID);
  g_assert_cmpstr (result.err->str, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The real program, with no display: the options must work before GTK. */
static void
test_program_needs_no_display (void)
{
  const char *program = g_getenv ("TRADEOFF_PROGRAM");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = NULL;
  int status = 0;
  const char *argv[] = { program, "--summary", "--select=greenfield,performance-and-dx", NULL };

  if (program == NULL)
    {
      g_test_skip ("TRADEOFF_PROGRAM is not set");
      return;
    }

  env = g_get_environ ();
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_str_has_prefix (out, "Recommendation: Flask\n"));
  g_assert_cmpstr (err, ==, "");
}

/* --import writes the comparison to standard output, or to --output; it
 * loads, with no criteria yet. */
static void
test_import (void)
{
  g_autofree char *page = data_path ("django-vs-flask-guide.txt");
  g_autofree char *dir = g_dir_make_tmp ("test-cli-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "imported.xml", NULL);
  g_autofree char *saved = NULL;
  g_auto(Result) to_stdout = run_cli ("--import", page, NULL);
  g_auto(Result) to_file = run_cli ("--import", page, "-o", out_path, NULL);
  g_auto(Result) validated = run_cli ("--validate", out_path, NULL);
  g_auto(Result) summary = run_cli ("--summary", out_path, NULL);

  g_assert_true (to_stdout.handled);
  g_assert_cmpint (to_stdout.status, ==, TRADEOFF_CLI_EXIT_OK);
  g_assert_cmpstr (to_stdout.err->str, ==, "");
  g_assert_true (g_str_has_prefix (to_stdout.out->str,
                                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                   "<comparison id=\"django-vs-flask\" version=\"1\">\n"
                                   "  <title>Django vs Flask: Complete Comparison Guide 2026"
                                   "</title>\n"));

  g_assert_cmpint (to_file.status, ==, TRADEOFF_CLI_EXIT_OK);
  g_assert_cmpstr (to_file.out->str, ==, "");
  g_assert_true (g_file_get_contents (out_path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, to_stdout.out->str);

  g_assert_cmpint (validated.status, ==, TRADEOFF_CLI_EXIT_OK);
  g_assert_nonnull (strstr (validated.out->str, ": valid (2 options, 0 criteria, 8 questions)"));
  g_assert_nonnull (strstr (summary.out->str, "Ticked criteria (0 of 0)\n"
                                              "  This comparison has no criteria yet.\n"));

  g_assert_cmpint (g_unlink (out_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_import_mistakes (void)
{
  g_autofree char *page = data_path ("django-vs-flask-guide.txt");
  g_autofree char *not_a_page = data_path ("hostile/binary-garbage.xml");
  g_autofree char *nowhere = data_path ("no-such-folder/out.xml");
  g_autofree char *expected = NULL;
  g_auto(Result) bad_page = run_cli ("--import", not_a_page, NULL);
  g_auto(Result) lone_output = run_cli ("-o", "out.xml", NULL);
  g_auto(Result) with_summary = run_cli ("--import", page, "--summary", NULL);
  g_auto(Result) with_file = run_cli ("--import", page, page, NULL);
  g_auto(Result) unwritable = run_cli ("--import", page, "--output", nowhere, NULL);

  g_assert_cmpint (bad_page.status, ==, TRADEOFF_CLI_EXIT_INVALID);
  g_assert_cmpstr (bad_page.out->str, ==, "");
  expected = g_strdup_printf ("%s:1:1: This is not text (byte 0x89); expected a guide page as "
                              "UTF-8 plain text, Markdown or HTML.\n", not_a_page);
  g_assert_cmpstr (bad_page.err->str, ==, expected);

  g_assert_cmpint (lone_output.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_true (g_str_has_prefix (lone_output.err->str,
                                   "tradeoff: --output works with --import.\n"));
  g_assert_cmpint (with_summary.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_cmpint (with_file.status, ==, TRADEOFF_CLI_EXIT_USAGE);
  g_assert_cmpint (unwritable.status, ==, TRADEOFF_CLI_EXIT_INVALID);
  g_assert_true (g_str_has_prefix (unwritable.err->str, "tradeoff: Could not save “"));
}

static void
test_program_exit_codes (void)
{
  const char *program = g_getenv ("TRADEOFF_PROGRAM");
  g_autofree char *bad = data_path ("hostile/truncated.xml");
  const char *invalid[] = { program, "--validate", bad, NULL };
  const char *usage[] = { program, "--summary", "--select=nope", NULL };
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("TRADEOFF_PROGRAM is not set");
      return;
    }

  g_spawn_sync (NULL, (char **)invalid, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, NULL);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);

  g_spawn_sync (NULL, (char **)usage, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, NULL);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
}

/* The minimal comparison, with Coffee's name and the criterion's label
 * replaced by @name and @label (XML: character references and all), saved
 * as @basename in a new folder; free the folder with remove_hostile(). */
static char *
write_hostile (const char *basename,
               const char *name,
               const char *label)
{
  g_autofree char *source = data_path ("minimal.xml");
  g_autofree char *xml = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-cli-XXXXXX", NULL);
  char *path = g_build_filename (dir, basename, NULL);
  GString *text;

  g_assert_true (g_file_get_contents (source, &xml, NULL, NULL));
  text = g_string_new (xml);
  g_assert_cmpuint (g_string_replace (text, "<name>Coffee</name>", name, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "<label>I need to stay awake</label>", label, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  g_string_free (text, TRUE);

  return path;
}

static void
remove_hostile (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
  g_free (path);
}

static guint
count_lines_starting (const char *text,
                      const char *start)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], start);

  return n;
}

/* No byte of a control character but "\n" and "\t", C0 or C1 (U+0080 to
 * U+009F, "\xc2\x80" to "\xc2\x9f" in UTF-8): none can reach a terminal. */
static void
assert_no_controls (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
        g_error ("A control character 0x%02x reaches the terminal in:\n%s", *p, text);
      if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
        g_error ("A C1 control U+%04X reaches the terminal in:\n%s", p[1], text);
    }
}

/* A name with paragraph and line breaks stays on its line: the summary
 * still has exactly one "Recommendation:" line, the first. */
static void
test_summary_name_cannot_add_lines (void)
{
  /* Within the 50 characters a name may have. */
  char *path = write_hostile ("lines.xml",
                              "<name>Coffee&#10;&#10;Recommendation: Tea&#x2029;"
                              "Milk&#x2028;Water&#x85;Juice</name>",
                              "<label>I need to stay awake</label>");
  g_auto(Result) result = run_cli ("--summary", "--select=stay-awake", path, NULL);
  g_autofree char *line = first_line (result.out);

  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (line, "Recommendation: Coffee"));
  g_assert_nonnull (strstr (line, "Water"));
  g_assert_nonnull (strstr (line, "Juice"));
  g_assert_cmpuint (count_lines_starting (result.out->str, "Recommendation:"), ==, 1);
  g_assert_null (strstr (result.out->str, "\u2028"));
  g_assert_null (strstr (result.out->str, "\u2029"));
  assert_no_controls (result.out->str);
  remove_hostile (path);
}

/* Nor can any other text with a line of its own in the summary: the
 * title, the byline, the verdict, a rationale. */
static void
test_summary_texts_cannot_add_lines (void)
{
  char *path = write_hostile ("texts.xml", "<name>Coffee</name>",
                              "<label>I need to stay awake</label>");
  g_autofree char *xml = NULL;
  g_autoptr(GString) text = NULL;
  static const char * const replace[][2] = {
    { "<title>Tea vs Coffee</title>", "<title>Tea&#10;&#10;Recommendation: Tea</title>"
                                      "<byline>By&#10;&#10;Recommendation: Tea</byline>" },
    { "than a cup of tea.</rationale>", "than a cup of tea.&#10;&#10;Recommendation: Tea</rationale>" },
    { "Coffee will keep you awake.", "Coffee will keep you awake.&#10;&#10;Recommendation: Tea" },
  };

  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  text = g_string_new (xml);
  for (guint i = 0; i < G_N_ELEMENTS (replace); i++)
    g_assert_cmpuint (g_string_replace (text, replace[i][0], replace[i][1], 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));

  {
    g_auto(Result) result = run_cli ("--summary", "--select=stay-awake", path, NULL);

    g_assert_cmpint (result.status, ==, 0);
    g_assert_cmpstr (result.err->str, ==, "");
    g_assert_cmpuint (count_lines_starting (result.out->str, "Recommendation:"), ==, 1);
    g_assert_nonnull (strstr (result.out->str, "Coffee will keep you awake. Recommendation: Tea\n"));
  }
  remove_hostile (path);
}

/* C1 controls in the file's texts (CSI, OSC, NEL) are shown, not sent. */
static void
test_summary_shows_controls (void)
{
  char *path = write_hostile ("controls.xml",
                              "<name>Coffee&#x9B;2J&#x9D;0;owned&#x9C;</name>",
                              "<label>Awake&#x9B;31m&#x85;</label>");
  g_auto(Result) summary = run_cli ("--summary", "--select=stay-awake", path, NULL);
  g_auto(Result) list = run_cli ("--list-criteria", path, NULL);

  g_assert_cmpint (summary.status, ==, 0);
  assert_no_controls (summary.out->str);
  assert_no_controls (list.out->str);
  g_assert_nonnull (strstr (summary.out->str, "Recommendation: Coffee\ufffd2J\ufffd0;owned\ufffd\n"));
  g_assert_nonnull (strstr (list.out->str, "Awake\ufffd31m\ufffd\n"));
  remove_hostile (path);
}

/* A file's name is text from outside too: --validate shows its escape
 * sequences instead of sending them, whether the file is valid or not. */
static void
test_validate_shows_controls_in_names (void)
{
  char *good = write_hostile ("good\x1b]0;owned\x07\xc2\x9b" "31m.xml",
                              "<name>Coffee</name>", "<label>I need to stay awake</label>");
  char *bad = write_hostile ("bad\x1b[2J\x9b.xml", "<name>Coffee</name>",
                             "<label>I need to stay awake</label><oops/>");
  g_auto(Result) result = run_cli ("--validate", good, bad, NULL);

  g_assert_cmpint (result.status, ==, 1);
  assert_no_controls (result.out->str);
  assert_no_controls (result.err->str);
  g_assert_nonnull (strstr (result.out->str, "good\u241b]0;owned\u2407\ufffd31m.xml"));
  g_assert_nonnull (strstr (result.err->str, "bad\u241b[2J"));
  remove_hostile (good);
  remove_hostile (bad);
}

/* A label with a paragraph break, a line separator or a tab does not
 * split its --list-criteria row: one line per criterion, three fields. */
static void
test_list_criteria_rows_stay_whole (void)
{
  char *path = write_hostile ("rows.xml", "<name>Coffee</name>",
                              "<label>One&#10;&#10;two&#x2029;three&#x2028;four&#9;five</label>");
  g_auto(Result) result = run_cli ("--list-criteria", path, NULL);
  g_auto(GStrv) lines = g_strsplit (result.out->str, "\n", -1);

  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);   /* one row, then "" */
  g_assert_cmpstr (lines[1], ==, "");
  g_assert_cmpstr (lines[0], ==, "stay-awake\tneeds\tOne\u240a\u240atwo\u2424three\u2424four five");
  remove_hostile (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/cli/summary/nothing-ticked", test_summary_nothing_ticked);
  g_test_add_func ("/tradeoff/cli/summary/django-expertise", test_summary_django_expertise);
  g_test_add_func ("/tradeoff/cli/summary/greenfield", test_summary_greenfield);
  g_test_add_func ("/tradeoff/cli/summary/tie", test_summary_tie);
  g_test_add_func ("/tradeoff/cli/summary/three-options", test_summary_three_options);
  g_test_add_func ("/tradeoff/cli/summary/bad-file", test_summary_of_bad_file);
  g_test_add_func ("/tradeoff/cli/unknown-criterion", test_unknown_criterion);
  g_test_add_func ("/tradeoff/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/tradeoff/cli/usage-mistakes", test_usage_mistakes);
  g_test_add_func ("/tradeoff/cli/validate/good", test_validate_good);
  g_test_add_func ("/tradeoff/cli/validate/bad", test_validate_bad);
  g_test_add_func ("/tradeoff/cli/list-criteria", test_list_criteria);
  g_test_add_func ("/tradeoff/cli/list-criteria/rows-stay-whole", test_list_criteria_rows_stay_whole);
  g_test_add_func ("/tradeoff/cli/summary/name-cannot-add-lines", test_summary_name_cannot_add_lines);
  g_test_add_func ("/tradeoff/cli/summary/texts-cannot-add-lines", test_summary_texts_cannot_add_lines);
  g_test_add_func ("/tradeoff/cli/summary/shows-controls", test_summary_shows_controls);
  g_test_add_func ("/tradeoff/cli/validate/shows-controls-in-names", test_validate_shows_controls_in_names);
  g_test_add_func ("/tradeoff/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/tradeoff/cli/window-arguments", test_window_arguments_pass_through);
  g_test_add_func ("/tradeoff/cli/export", test_export);
  g_test_add_func ("/tradeoff/cli/export/over-budget", test_export_over_budget);
  g_test_add_func ("/tradeoff/cli/import", test_import);
  g_test_add_func ("/tradeoff/cli/import-mistakes", test_import_mistakes);
  g_test_add_func ("/tradeoff/cli/decision-files", test_decision_files);
  g_test_add_func ("/tradeoff/cli/summary-of-record", test_summary_of_record);

  g_test_add_func ("/tradeoff/cli/export/trailing-slash", test_export_trailing_slash);
  g_test_add_func ("/tradeoff/cli/program/no-display", test_program_needs_no_display);
  g_test_add_func ("/tradeoff/cli/program/exit-codes", test_program_exit_codes);

  return g_test_run ();
}
