/* test-report-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Markdown and plain-text exports of a file whose texts try to become
 * links when the Markdown is rendered as GFM, or to drive the terminal the
 * export is shown on.
 */

#define G_LOG_DOMAIN "test-report-markdown"

#include "config.h"

#include <string.h>

#include "tradeoff-loader.h"
#include "tradeoff-report.h"

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
  g_assert_true (g_utf8_validate (data, size, NULL));

  return g_strndup (data, size);
}

/* A comparison whose every kind of text holds what GFM would make a link
 * of, and C1 controls (CSI, OSC) for the terminal a report is shown on. */
static const char autolink_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<comparison id=\"links\" version=\"1\"><title>See www.example.com now</title>\n"
  "<intro>Mail me@example.org or mailto:me@example.org, xmpp:me@example.org;"
  " read https://evil.example/x, http://a.example and ftp://files.example."
  " Terminal: &#x9B;31m red &#x9D;0;title&#x9C; end.</intro>\n"
  "<options><option id=\"a\"><name>WWW.Example.org</name></option>"
  "<option id=\"b\"><name>b@example.com</name></option></options>\n"
  "<aspects><aspect id=\"s\"><label>Site</label><value option=\"a\">(www.a.example)</value>"
  "<value option=\"b\">*https://b.example*</value></aspect></aspects>\n"
  "<faq><entry id=\"q\"><question>Is www.q.example safe?</question>"
  "<answer>Ask x.y+z@mail.example.</answer></entry></faq>\n"
  "<criteria><group id=\"g\"><label>Links http://g.example</label>"
  "<criterion id=\"c\" source=\"q\"><label>Visit www.c.example</label>"
  "<rationale>Because https://r.example says so.</rationale>"
  "<weight option=\"a\">2</weight></criterion></group></criteria>\n"
  "<verdicts><verdict option=\"a\">Go to www.v.example.</verdict>"
  "<verdict option=\"b\">Write to v@example.net.</verdict>"
  "<tie>Tie.</tie><none>None.</none></verdicts></comparison>\n";

static char *
without_word_joiners (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "\u2060", "", 0);
  return g_strdup (out->str);
}

/* Nothing in the Markdown export is a link in GFM: every "www.", "://" and
 * "@" from the file has a word joiner in it, which no GFM renderer reads
 * as part of a link.  Rendered with cmark-gfm (GitHub's), when installed,
 * the HTML has no link at all. */
static void
test_markdown_autolinks (void)
{
  static const char * const ticks[] = { "c", NULL };
  g_autoptr(GBytes) bytes = g_bytes_new_static (autolink_xml, strlen (autolink_xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (bytes, "links.xml", &error);
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *readable = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cmark = g_find_program_in_path ("cmark-gfm");
  static const char * const patterns[] = {
    "(?i)www\\.", "(?i)(https?|ftp)://", "[A-Za-z0-9._+-]@", "(?i)(mailto|xmpp):[A-Za-z0-9._+-]+@",
  };

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);
  g_assert_true (tradeoff_advisor_select_ids (advisor, ticks, NULL));
  report = tradeoff_report_new (advisor);
  markdown = report_string (report, TRADEOFF_REPORT_FORMAT_MARKDOWN);
  text = report_string (report, TRADEOFF_REPORT_FORMAT_TEXT);

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    if (g_regex_match_simple (patterns[i], markdown, 0, 0))
      g_error ("“%s” would be a link in:\n%s", patterns[i], markdown);

  /* Read without the word joiners, the texts are all there. */
  readable = without_word_joiners (markdown);
  g_assert_nonnull (strstr (readable, "See www.example.com now"));
  g_assert_nonnull (strstr (readable, "mailto:me@example.org"));
  g_assert_nonnull (strstr (readable, "https://evil.example/x"));
  g_assert_nonnull (strstr (readable, "x.y+z@mail.example"));

  /* No C1 control of the intro reaches a terminal through either file. */
  g_assert_null (strstr (markdown, "\xc2\x9b"));
  g_assert_null (strstr (markdown, "\xc2\x9d"));
  g_assert_null (strstr (text, "\xc2\x9b"));
  g_assert_null (strstr (text, "\xc2\x9d"));
  g_assert_nonnull (strstr (text, "\ufffd31m red"));

  if (cmark != NULL)
    {
      const char *argv[] = { cmark, "-e", "autolink", "-e", "table", NULL };
      g_autoptr(GSubprocess) process =
        g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
      g_autofree char *html = NULL;

      g_assert_no_error (error);
      g_assert_true (g_subprocess_communicate_utf8 (process, markdown, NULL, &html, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (html, "See www"));
      g_assert_null (strstr (html, "<a "));
    }
  else
    g_test_message ("cmark-gfm is not installed: the Markdown was not rendered");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report-markdown/no-autolinks", test_markdown_autolinks);

  return g_test_run ();
}
