/* test-report-min-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export carries how firm the verdict is and the smallest change
 * that makes each other option lead (issue 15), in the same words as the
 * window and --summary; the MADR record has them under "More Information",
 * as the conditions to revisit the decision under.
 */

#include "config.h"

#include <string.h>

#include "report-fixtures.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-text.h"

/* White space runs become one space, so wrapped text compares whole. */
static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      /* The isolates around a name (U+2068, U+2069) are closed and opened
       * again where a line wraps inside it: they are not words. */
      if (strncmp (p, "\u2068", 3) == 0 || strncmp (p, "\u2069", 3) == 0)
        {
          p += 2;
          continue;
        }
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* The sentences, worked out here with no time limit: the firmness line
 * first, then one per option that does not lead. */
static GPtrArray *
expected_lines (TradeoffAdvisor *advisor)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (advisor);
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  solution = tradeoff_min_change_solve (&input->problem, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (solution->complete);
  g_ptr_array_add (lines, tradeoff_min_change_dup_firmness_text (comparison, solution));
  for (guint o = 0; o < solution->n_options; o++)
    {
      char *text = tradeoff_min_change_dup_lead_text (comparison, o, &solution->targets[o]);

      if (text != NULL)
        g_ptr_array_add (lines, text);
    }

  return lines;
}

static char *
report_string (TradeoffReport       *report,
               TradeoffReportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = tradeoff_report_to_bytes (report, format, NULL, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static void
assert_carries (const char *text,
                GPtrArray  *lines)
{
  g_autofree char *collapsed = collapse (text);

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = collapse (g_ptr_array_index (lines, i));

      if (strstr (collapsed, line) == NULL)
        g_error ("“%s” is not in:\n%s", line, text);
    }
}

/* Several states of the shipped comparison: nothing ticked, a plain lead,
 * a tie-breaking must-have, a level. */
static const char * const *states[] = {
  (const char * const[]) { NULL },
  (const char * const[]) { "team-knows-django", "greenfield", "performance-and-dx",
                           "integrations", NULL },
  (const char * const[]) { "team-knows-flask:must", "greenfield", NULL },
  (const char * const[]) { "team-knows-django:2", "team-knows-flask", NULL },
};

static void
test_text_html_markdown (void)
{
  static const TradeoffReportFormat formats[] = {
    TRADEOFF_REPORT_FORMAT_TEXT, TRADEOFF_REPORT_FORMAT_HTML, TRADEOFF_REPORT_FORMAT_MARKDOWN,
  };

  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, states[s]);
      g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
      g_autoptr(GPtrArray) lines = expected_lines (advisor);

      /* The firmness line and the other option's change. */
      g_assert_cmpuint (lines->len, >=, 2);
      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *text = report_string (report, formats[f]);

          assert_carries (text, lines);
        }
    }
}

/* MADR: in "More Information", after the flips and before the appendix. */
static void
test_madr_more_information (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, states[1]);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GPtrArray) lines = expected_lines (advisor);
  g_autofree char *markdown = report_string (report, TRADEOFF_REPORT_FORMAT_MARKDOWN);
  const char *more = strstr (markdown, "\n## More Information\n");
  const char *appendix = strstr (markdown, "\n## Appendix");
  const char *firmness;

  g_assert_nonnull (more);
  g_assert_nonnull (appendix);
  firmness = strstr (more, g_ptr_array_index (lines, 0));
  g_assert_nonnull (firmness);
  g_assert_true (firmness < appendix);
  for (guint i = 1; i < lines->len; i++)
    {
      g_autofree char *item = g_strconcat ("\n* ", (char *) g_ptr_array_index (lines, i), "\n", NULL);
      const char *at = strstr (more, item);

      g_assert_nonnull (at);
      g_assert_true (at > firmness && at < appendix);
    }
}

/* The PDF's words, read back with pdftotext where it is installed. */
static void
test_pdf (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, states[1]);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autoptr(GPtrArray) lines = expected_lines (advisor);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *out = NULL;

  dir = g_dir_make_tmp ("tradeoff-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  file = g_file_new_for_path (path);
  tradeoff_report_write (report, file, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);

  out = report_pdf_text (path);
  if (out != NULL)
    assert_carries (out, lines);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report-min-change/text-html-markdown", test_text_html_markdown);
  g_test_add_func ("/tradeoff/report-min-change/madr-more-information", test_madr_more_information);
  g_test_add_func ("/tradeoff/report-min-change/pdf", test_pdf);

  return g_test_run ();
}
