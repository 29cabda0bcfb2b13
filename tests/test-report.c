/* test-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report: the PDF holds the pages the paginator made and every fact of
 * the comparison; HTML, Markdown and text tell the same story; and hostile
 * text comes out as text in every format.  Saving is test-report-save.c's.
 */

#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "report-fixtures.h"
#include "tradeoff-safe-text.h"

/* A comparison long enough for many pages: a grid of @n_aspects rows and
 * @n_faq questions, each answer four sentences long. */
static TradeoffAdvisor *
long_advisor (guint n_aspects,
              guint n_faq)
{
  g_autoptr(TradeoffComparison) comparison = comparison_new (IDS ("Alpha", "Beta", "Gamma"));
  TradeoffCriterionGroup *group;
  TradeoffAdvisor *advisor;

  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_ASPECT_HEADING, "Feature");
  for (guint a = 0; a < n_aspects; a++)
    {
      g_autofree char *id = g_strdup_printf ("aspect-%u", a);
      g_autofree char *label = g_strdup_printf ("Feature %u", a);
      g_autofree char *v0 = g_strdup_printf ("Alpha value %u", a);
      g_autofree char *v1 = g_strdup_printf ("Beta value %u", a);
      g_autofree char *v2 = g_strdup_printf ("Gamma value %u, which is described at some length so "
                                             "that it wraps", a);
      const char *values[] = { v0, v1, v2 };
      g_autoptr(TradeoffAspect) aspect = _tradeoff_aspect_new (id, label, values, 3);

      _tradeoff_comparison_add_aspect (comparison, aspect);
    }

  for (guint q = 0; q < n_faq; q++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", q);
      g_autofree char *question = g_strdup_printf ("Question number %u: which one?", q);
      g_autofree char *answer =
        g_strdup_printf ("Answer number %u starts here. It goes on for a while, so that the "
                         "paragraph takes several lines on the page and has to be placed with "
                         "care. A second sentence says much the same thing again in other "
                         "words. Answer number %u ends here.", q, q);
      g_autoptr(TradeoffFaqEntry) entry = _tradeoff_faq_entry_new (id, question, answer, q);

      _tradeoff_comparison_add_faq_entry (comparison, entry);
    }

  group = add_group (comparison, "g", FALSE);
  add_criterion (comparison, group, NULL, "a", (int[]) { 2, 0, 1 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 0, 3, 0 });
  _tradeoff_comparison_seal (comparison);

  advisor = tradeoff_advisor_new (comparison);
  tick (advisor, "a", TRUE);

  return advisor;
}

/* Characters a reader sees: the isolates around a name (U+2068, U+2069)
 * take no room. */
static glong
visible_length (const char *line)
{
  glong n = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) != 0x2068 && g_utf8_get_char (p) != 0x2069)
      n++;

  return n;
}

/* White space runs become one space, so wrapped text compares to the data;
 * the isolates around texts from the file go (text taken out of a PDF has
 * none: they are not drawn). */
static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, TRADEOFF_FSI) || g_str_has_prefix (p, TRADEOFF_PDI))
        p += strlen (TRADEOFF_FSI) - 1;
      else if (g_ascii_isspace (*p))
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

/* The FSI…PDI pairs in @line. */
static guint
count_isolates (const char *line)
{
  guint n = 0;

  for (const char *p = strstr (line, TRADEOFF_FSI); p != NULL; p = strstr (p + 1, TRADEOFF_FSI))
    n++;
  return n;
}

static void
assert_holds (const char *haystack,
              const char *needle)
{
  g_autofree char *collapsed = collapse (needle);
  g_autofree char *collapsed_haystack = collapse (haystack);

  if (strstr (collapsed_haystack, collapsed) == NULL)
    g_error ("“%s” is missing from the report", collapsed);
}

/* Each word of @needle, for text wrapped inside a table cell. */
static void
assert_holds_words (const char *haystack,
                    const char *needle)
{
  g_auto(GStrv) words = g_strsplit (needle, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    assert_holds (haystack, words[i]);
}

/* Every FAQ question (and answer, if @answers), every grid value and the
 * headline.  With @wrapped_cells, a cell's words may be on several lines. */
static void
assert_holds_facts (TradeoffAdvisor *advisor,
                    const char      *text,
                    gboolean         answers,
                    gboolean         wrapped_cells)
{
  void (*holds_cell) (const char *, const char *) = wrapped_cells ? assert_holds_words : assert_holds;
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);
  g_autofree char *collapsed = collapse (text);

  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      assert_holds (collapsed, tradeoff_faq_entry_get_question (entry));
      if (answers)
        assert_holds (collapsed, tradeoff_faq_entry_get_answer (entry));
    }

  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      holds_cell (collapsed, tradeoff_aspect_get_label (aspect));
      for (guint o = 0; o < tradeoff_comparison_get_n_options (comparison); o++)
        holds_cell (collapsed, tradeoff_aspect_get_value (aspect, o));
    }

  for (guint o = 0; o < tradeoff_comparison_get_n_options (comparison); o++)
    holds_cell (collapsed, tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, o)));

  assert_holds (collapsed, tradeoff_advisor_get_headline (advisor));
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
  g_assert_true (g_utf8_validate (data, size, NULL));

  return g_strndup (data, size);
}

/* "/Type /Page" objects, not the "/Type /Pages" tree. */
static guint
count_pdf_pages (GBytes *pdf)
{
  static const char needle[] = "/Type /Page";
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  guint n = 0;

  for (gsize i = 0; i + sizeof needle < size; i++)
    if (memcmp (data + i, needle, sizeof needle - 1) == 0 && data[i + sizeof needle - 1] != 's')
      n++;

  return n;
}

/* The PDF's text, from pdftotext: of one page (from 1), or all for 0. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *first = g_strdup_printf ("%u", page);
  g_autofree char *out = NULL;
  int status = 0;
  const char *argv[] = { program, "-enc", "UTF-8", "-f", first, "-l", first, path, "-", NULL };

  if (page == 0)
    {
      argv[3] = path;
      argv[4] = "-";
      argv[5] = NULL;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");

  if (program == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed");

  return program != NULL;
}

/* Saves a PDF of @advisor into a new folder; returns its path and the
 * number of pages the paginator made. */
static char *
save_pdf (TradeoffAdvisor *advisor,
          GBytes         **bytes,
          guint           *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-report-XXXXXX", &error);
  char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;
  gsize size;

  g_assert_no_error (error);
  tradeoff_report_write (report, file, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error);
  g_assert_no_error (error);
  *n_pages = tradeoff_report_get_n_pages (report);

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  *bytes = g_bytes_new_take (g_steal_pointer (&data), size);

  return path;
}

static void
remove_saved (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  remove_tree (dir);
  g_free (path);
}

static void
test_pdf_shipped (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  char *path;
  guint n_pages;

  path = save_pdf (advisor, &pdf, &n_pages);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);

  if (have_pdftotext ())
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

      text = pdf_text (path, 0);
      assert_holds_facts (advisor, text, FALSE, FALSE);
      assert_holds (text, footer);
      assert_holds (text, "Our team already has Django expertise — favours Django (+3)");
      assert_holds (text, "From the FAQ: Which is better for production: Django or Flask?");
      assert_holds (text, "☑ It is a greenfield project");
      assert_holds (text, "☐ Innovation matters more");
    }

  remove_saved (path);
}

/* More questions make more pages; each question and answer is there once,
 * whole; no page ends on a question; the grid's header row repeats. */
static void
test_pdf_long (void)
{
  g_autoptr(TradeoffAdvisor) shipped = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffAdvisor) advisor = long_advisor (40, 60);
  g_autoptr(GBytes) shipped_pdf = NULL;
  g_autoptr(GBytes) pdf = NULL;
  char *shipped_path, *path;
  guint shipped_pages, n_pages;

  shipped_path = save_pdf (shipped, &shipped_pdf, &shipped_pages);
  path = save_pdf (advisor, &pdf, &n_pages);
  g_assert_cmpuint (n_pages, >, shipped_pages + 5);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);

  if (have_pdftotext ())
    {
      g_autofree char *text = pdf_text (path, 0);
      g_autofree char *collapsed = collapse (text);
      gboolean table_went_on = FALSE;

      assert_holds_facts (advisor, text, TRUE, FALSE);
      for (guint q = 0; q < 60; q++)
        {
          g_autofree char *question = g_strdup_printf ("Question number %u: which one?", q);
          const char *first = strstr (collapsed, question);

          g_assert_nonnull (first);
          g_assert_null (strstr (first + 1, question));
        }

      for (guint page = 1; page <= n_pages; page++)
        {
          g_autofree char *page_text = pdf_text (path, page);
          g_auto(GStrv) lines = g_strsplit (page_text, "\n", -1);
          const char *last = NULL;

          for (guint i = 0; lines[i] != NULL; i++)
            if (g_strstrip (lines[i])[0] != '\0' && !g_str_has_prefix (lines[i], "Page "))
              last = lines[i];

          g_assert_nonnull (last);
          g_assert_false (g_str_has_prefix (last, "Question number"));
          g_assert_cmpstr (last, !=, "Frequently asked questions");

          /* A page that goes on with the grid starts with its header row. */
          if (page > 1 && strstr (page_text, "Alpha value") != NULL &&
              strstr (page_text, "Quick comparison") == NULL)
            {
              table_went_on = TRUE;
              g_assert_nonnull (strstr (page_text, "\nFeature\n\nAlpha\n\nBeta\n\nGamma\n"));
              g_assert_true (strstr (page_text, "Gamma") < strstr (page_text, "Alpha value"));
            }
        }
      g_assert_true (table_went_on);
    }

  remove_saved (shipped_path);
  remove_saved (path);
}

/* A paragraph or a table row taller than a page breaks between lines: every
 * word (each one different) is on some page, once, in order. */
static void
test_taller_than_a_page (void)
{
  g_autoptr(TradeoffComparison) comparison = comparison_new (IDS ("Short", "Long"));
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(GString) cell = g_string_new (NULL);
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autoptr(TradeoffAspect) aspect = NULL;
  g_autoptr(TradeoffFaqEntry) entry = NULL;
  g_autoptr(GBytes) pdf = NULL;
  const char *values[2];
  guint n_pages;
  char *path;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (cell, "cell%04u ", i);
  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (answer, "answer%04u ", i);
  values[0] = "Brief";
  values[1] = cell->str;
  aspect = _tradeoff_aspect_new ("size", "Size", values, 2);
  _tradeoff_comparison_add_aspect (comparison, aspect);
  entry = _tradeoff_faq_entry_new ("long", "How long is it?", answer->str, 0);
  _tradeoff_comparison_add_faq_entry (comparison, entry);
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);

  path = save_pdf (advisor, &pdf, &n_pages);
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);

  if (have_pdftotext ())
    {
      g_autofree char *text = pdf_text (path, 0);
      g_autofree char *collapsed = collapse (text);
      const char *at = collapsed;

      for (guint i = 0; i < 1500; i++)
        {
          g_autofree char *word = g_strdup_printf ("cell%04u", i);
          const char *found = strstr (at, word);

          g_assert_nonnull (found);
          g_assert_null (strstr (found + 1, word));
          at = found;
        }
      for (guint i = 0; i < 1500; i++)
        {
          g_autofree char *word = g_strdup_printf ("answer%04u", i);
          const char *found = strstr (at, word);

          g_assert_nonnull (found);
          g_assert_null (strstr (found + 1, word));
          at = found;
        }
    }

  remove_saved (path);
}

/* The same layout draws onto any cairo context, page by page. */
static void
test_paginate (void)
{
  g_autoptr(TradeoffAdvisor) advisor = long_advisor (10, 20);
  TradeoffReport *report = tradeoff_report_new (advisor);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  guint a4, small;

  pango_cairo_context_set_resolution (context, 72.0);
  g_assert_cmpuint (tradeoff_report_get_n_pages (report), ==, 0);

  tradeoff_report_paginate (report, context, 487.0, 734.0);
  a4 = tradeoff_report_get_n_pages (report);
  g_assert_cmpuint (a4, >, 1);

  tradeoff_report_paginate (report, context, 300.0, 400.0);
  small = tradeoff_report_get_n_pages (report);
  g_assert_cmpuint (small, >, a4);

  for (guint page = 0; page < small; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, width, height;

      tradeoff_report_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      /* Something, and nothing past the page's edges. */
      g_assert_cmpfloat (width, >, 0.0);
      g_assert_cmpfloat (x, >=, -1.0);
      g_assert_cmpfloat (y, >=, -1.0);
      g_assert_cmpfloat (x + width, <=, 301.0);
      g_assert_cmpfloat (y + height, <=, 401.0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  /* The pages hold nothing that keeps the report alive. */
  g_assert_finalize_object (report);
  g_assert_finalize_object (context);
}

static void
test_html (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *html = report_string (report, TRADEOFF_REPORT_FORMAT_HTML);
  g_autofree char *unescaped = NULL;
  GString *plain = g_string_new (html);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<style>"));
  g_assert_nonnull (strstr (html, "prefers-color-scheme: dark"));
  /* One self-contained file: nothing to fetch, nothing to run. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  g_assert_nonnull (strstr (html, "<title>Django vs Flask: Complete Comparison Guide 2026</title>"));

  g_string_replace (plain, "&apos;", "'", 0);
  g_string_replace (plain, "&quot;", "\"", 0);
  g_string_replace (plain, "&amp;", "&", 0);
  unescaped = g_string_free (plain, FALSE);
  assert_holds_facts (advisor, unescaped, TRUE, FALSE);
  assert_holds (unescaped, "☑</span>It is a greenfield project");
}

static void
assert_in_order (const char         *text,
                 const char * const *parts,
                 guint               n_parts)
{
  const char *at = text;

  for (guint i = 0; i < n_parts; i++)
    {
      const char *found = strstr (at, parts[i]);

      if (found == NULL)
        g_error ("“%s” is missing or out of order in:\n%s", parts[i], text);
      at = found + 1;
    }
}

/* The advice alone: a MADR 4.0 record, section by section, proposed. */
static void
test_markdown (void)
{
  static const char * const parts[] = {
    "---\nstatus: proposed\ndate: ", "\n---\n\n",
    "# Django vs Flask: Complete Comparison Guide 2026\n", "\n## Context and Problem Statement\n",
    "\n## Decision Drivers\n", "\n* Our team already has Django expertise (matters)\n",
    "\n## Considered Options\n", "\n* Django\n* Flask\n", "\n| Aspect | Django | Flask |\n",
    "\n## Decision Outcome\n",
    "\nChosen option: \"Django\", because it comes out best on the decision drivers (\u2068Django\u2069 fits you best).\n",
    "\n**\u2068Django\u2069 fits you best**\n", "\n### Consequences\n",
    "\n* Good, because Our team already has Django expertise\n",
    "\n## Pros and Cons of the Options\n", "\n### Django\n",
    "\n* Good, because Our team already has Django expertise (+3)\n", "\n### Flask\n",
    "\n* Neutral, because Our team already has Django expertise (+0)\n",
    "\n## More Information\n", "\nRevisit this decision if one of these changes:\n",
    "\n## Appendix: \u2068Frequently Asked Questions\u2069\n",
    "\n### What is the difference between Django and Flask?\n",
  };
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *markdown = report_string (report, TRADEOFF_REPORT_FORMAT_MARKDOWN);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "\ndate: %Y-%m-%d\n");

  assert_in_order (markdown, parts, G_N_ELEMENTS (parts));
  g_assert_nonnull (strstr (markdown, today));
  assert_holds_facts (advisor, markdown, TRUE, FALSE);
  g_assert_true (g_str_has_suffix (markdown, ".\n"));
}

/* A decision: its record in the front matter, must-haves first among the
 * drivers, the chosen option with the person's reason, a ruled-out option
 * said to be so. */
static void
test_markdown_decision (void)
{
  static const char * const parts[] = {
    "---\nstatus: accepted\ndate: 2026-12-01\ndecision-makers: Ana Lopez, Bo Chen\n---\n",
    "\n## Context and Problem Statement\n", "\nWe host on a PaaS.\n",
    "\n## Decision Drivers\n",
    "\n* Our team already has Django expertise (must have)\n"
    "* It is a greenfield project (matters a lot)\n",
    "\n## Decision Outcome\n",
    "\nChosen option: \"Flask\", because Our contractors know Flask.\n",
    "\nThe advice was Django.\n",
    "\n### Consequences\n", "\n* Bad, because Our team already has Django expertise\n",
    "\n### Flask\n", "\n* Bad, because it does not meet the must-have “Our team already has Django expertise”\n",
    "\n## More Information\n",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_shipped (&error);
  g_autoptr(TradeoffReport) report = NULL;
  g_autofree char *markdown = NULL;

  g_assert_no_error (error);
  g_assert_true (tradeoff_advisor_select_ids (tradeoff_decision_get_advisor (decision),
                                              (const char * const[]) { "greenfield:2", "team-knows-django:must", NULL },
                                              &error));
  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_ACCEPTED);
  g_assert_true (tradeoff_decision_set_date (decision, "2026-12-01", &error));
  tradeoff_decision_set_deciders (decision, "Ana Lopez, Bo Chen", NULL);
  tradeoff_decision_set_note (decision, "We host on a PaaS.", NULL);
  g_assert_true (tradeoff_decision_set_choice (decision, "flask", "Our contractors know Flask", &error));
  g_assert_no_error (error);

  report = tradeoff_report_new_for_decision (decision);
  markdown = report_string (report, TRADEOFF_REPORT_FORMAT_MARKDOWN);
  assert_in_order (markdown, parts, G_N_ELEMENTS (parts));

  /* The other formats carry the same record in their own layout. */
  {
    static const char * const record[] = {
      "Your decision", "Must have: Our team already has Django expertise",
      "Matters a lot: It is a greenfield project", "Status: Accepted", "Date: 2026-12-01",
      "Decided by: Ana Lopez, Bo Chen",
      "Chosen: Flask, not what the advice says, because: Our contractors know Flask",
      "Note: We host on a PaaS.", "4 points (ruled out)",
    };
    g_autofree char *raw_text = report_string (report, TRADEOFF_REPORT_FORMAT_TEXT);
    g_autofree char *raw_html = report_string (report, TRADEOFF_REPORT_FORMAT_HTML);
    g_autofree char *text = collapse (raw_text);
    g_autofree char *html = collapse (raw_html);

    for (guint i = 0; i < G_N_ELEMENTS (record); i++)
      {
        assert_holds (text, record[i]);
        assert_holds (html, record[i]);
      }
  }
}

static void
test_text (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *text = report_string (report, TRADEOFF_REPORT_FORMAT_TEXT);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  /* The isolates around texts from the file take no column. */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_utf8_strlen (lines[i], -1) - 2 * count_isolates (lines[i]) > 78)
      g_error ("Line %u is longer than 78 columns: %s", i + 1, lines[i]);

  assert_holds_facts (advisor, text, TRUE, FALSE);
  assert_holds (text, "[x] Our team already has Django expertise");
  assert_holds (text, "[ ] Innovation matters more");
  assert_holds (text, "\u2068Django\u2069: 5 points");
}

/* A comparison with no criteria yet (as an import starts) says so in every
 * format, rather than list nothing as ticked and everything as not. */
static void
test_no_criteria (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for ("no-criteria.xml", NULL);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  TradeoffReportFormat formats[] = {
    TRADEOFF_REPORT_FORMAT_HTML, TRADEOFF_REPORT_FORMAT_MARKDOWN, TRADEOFF_REPORT_FORMAT_TEXT,
  };
  g_autoptr(GBytes) pdf = NULL;
  char *path;
  guint n_pages;

  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_advisor_get_flips (advisor)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *text = report_string (report, formats[i]);

      assert_holds (text, "This comparison has no criteria yet.");
      g_assert_null (strstr (text, "Everything is ticked."));
      g_assert_null (strstr (text, "Not ticked"));
    }

  path = save_pdf (advisor, &pdf, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  if (have_pdftotext ())
    {
      g_autofree char *text = pdf_text (path, 0);
      g_autofree char *collapsed = collapse (text);

      assert_holds (collapsed, "This comparison has no criteria yet.");
      g_assert_null (strstr (collapsed, "Everything is ticked."));
    }
  remove_saved (path);
}

/* Three options: every format has every column. */
static void
test_three_options (void)
{
  static const char * const ticks[] = { "inside-app", NULL };
  g_autoptr(TradeoffAdvisor) advisor = advisor_for ("three-databases.xml", ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  TradeoffReportFormat formats[] = { TRADEOFF_REPORT_FORMAT_MARKDOWN, TRADEOFF_REPORT_FORMAT_TEXT };
  g_autoptr(GBytes) pdf = NULL;
  char *path;
  guint n_pages;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *text = report_string (report, formats[i]);
      GString *plain = g_string_new (text);
      g_autofree char *unescaped = NULL;

      g_string_replace (plain, "\\", "", 0);
      unescaped = g_string_free (plain, FALSE);
      assert_holds_facts (advisor, unescaped, TRUE, formats[i] == TRADEOFF_REPORT_FORMAT_TEXT);
    }

  path = save_pdf (advisor, &pdf, &n_pages);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);
  if (have_pdftotext ())
    {
      g_autofree char *text = pdf_text (path, 0);

      assert_holds_facts (advisor, text, FALSE, FALSE);
    }
  remove_saved (path);
}

/* Eight options are too many for a plain-text table: the grid becomes a
 * list rather than cut words.  On the page a smaller font keeps every word
 * whole, in the page's text as in the data. */
static void
test_eight_options (void)
{
  g_autoptr(TradeoffComparison) comparison =
    comparison_new (IDS ("PostgreSQL", "MySQL", "SQLite", "MariaDB", "Redis",
                         "Oracle Database", "Microsoft SQL Server", "DuckDB"));
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GBytes) pdf = NULL;
  const char *values[8];
  guint n_pages;
  char *path;

  for (guint i = 0; i < 8; i++)
    values[i] = i % 2 ? "Row-level locking everywhere" : "Single writer";
  for (guint a = 0; a < 3; a++)
    {
      g_autofree char *id = g_strdup_printf ("aspect-%u", a);
      g_autofree char *label = g_strdup_printf ("Concurrency model %u", a);
      g_autoptr(TradeoffAspect) aspect = _tradeoff_aspect_new (id, label, values, 8);

      _tradeoff_comparison_add_aspect (comparison, aspect);
    }
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);
  report = tradeoff_report_new (advisor);

  text = report_string (report, TRADEOFF_REPORT_FORMAT_TEXT);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (visible_length (lines[i]), <=, 78);
  assert_holds (text, "Microsoft SQL Server: Single writer");
  assert_holds (text, "DuckDB: Row-level locking everywhere");
  assert_holds (text, "Oracle Database: Row-level locking everywhere");

  path = save_pdf (advisor, &pdf, &n_pages);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);
  if (have_pdftotext ())
    {
      g_autofree char *pdf_string = pdf_text (path, 0);

      assert_holds_facts (advisor, pdf_string, FALSE, TRUE);
    }
  remove_saved (path);
}

/* Hostile text stays text: escaped in HTML and Markdown, literal on the
 * page and in plain text. */
static void
test_injection (void)
{
  static const char * const ticks[] = { "script-tick", NULL };
  g_autoptr(TradeoffAdvisor) advisor = advisor_for ("injection.xml", ticks);
  g_autoptr(TradeoffReport) report = tradeoff_report_new (advisor);
  g_autofree char *html = report_string (report, TRADEOFF_REPORT_FORMAT_HTML);
  g_autofree char *markdown = report_string (report, TRADEOFF_REPORT_FORMAT_MARKDOWN);
  g_autofree char *text = report_string (report, TRADEOFF_REPORT_FORMAT_TEXT);
  g_autofree char *lower = g_ascii_strdown (html, -1);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  static const char * const hostile_tags[] = {
    "<script", "<b>", "<i>", "<img", "<h1>grid", "<u>", "<span foreground", "<!--", "</p></body>",
  };
  g_autoptr(GBytes) pdf = NULL;
  guint n_pages, n_rows = 0;
  char *path;

  for (guint i = 0; i < G_N_ELEMENTS (hostile_tags); i++)
    g_assert_null (strstr (lower, hostile_tags[i]));
  g_assert_nonnull (strstr (html, "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                  "&lt;b&gt;bold&lt;/b&gt; | *star*"));
  g_assert_nonnull (strstr (html, "<td>Fish &amp; chips &lt; 5 &gt; 3</td>"));
  g_assert_nonnull (strstr (html, "&lt;span foreground=&quot;red&quot;&gt;"));

  /* No tag, comment or entity can start in the Markdown; no link, emphasis
   * or extra table cell either. */
  g_assert_null (strchr (markdown, '<'));
  g_assert_nonnull (strstr (markdown, "# &lt;script&gt;alert(1)&lt;/script&gt; \\& "));
  g_assert_nonnull (strstr (markdown, "\\[x\\](javascript:alert(1))"));
  g_assert_nonnull (strstr (markdown, "\\*emphasis\\* and \\_under\\_ and \\`code\\`"));
  g_assert_nonnull (strstr (markdown, "\n\\# Not a heading\n"));
  g_assert_nonnull (strstr (markdown, "\n\\- not a list item\n"));
  g_assert_nonnull (strstr (markdown, "\n1\\. not a numbered item\n"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint pipes = 0;

      for (const char *p = strstr (lines[i], "]("); p != NULL; p = strstr (p + 1, "]("))
        g_assert_true (p > lines[i] && p[-1] == '\\');
      if (lines[i][0] != '|')
        continue;
      for (const char *p = lines[i]; *p != '\0'; p++)
        pipes += *p == '|' && (p == lines[i] || p[-1] != '\\');
      g_assert_cmpuint (pipes, ==, 4);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 7);

  assert_holds (text, "Is <script>alert(6)</script> run?");
  assert_holds (text, "<b>Group</b> | *one*");

  path = save_pdf (advisor, &pdf, &n_pages);
  if (have_pdftotext ())
    {
      g_autofree char *pdf_string = pdf_text (path, 0);
      g_autofree char *collapsed = collapse (pdf_string);

      assert_holds (collapsed, "<script>alert(1)</script> & <b>bold</b> | *star* _under_");
      assert_holds (collapsed, "<b>bold</b> label");
      assert_holds (collapsed, "Fish & chips < 5 > 3");
      assert_holds (collapsed, "*emphasis* and _under_ and `code`");
      assert_holds (collapsed, "<span foreground=\"red\">red?</span>");
      assert_holds (collapsed, "Is <script>alert(6)</script> run?");
    }
  remove_saved (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report/pdf", test_pdf_shipped);
  g_test_add_func ("/tradeoff/report/pdf-long", test_pdf_long);
  g_test_add_func ("/tradeoff/report/taller-than-a-page", test_taller_than_a_page);
  g_test_add_func ("/tradeoff/report/paginate", test_paginate);
  g_test_add_func ("/tradeoff/report/html", test_html);
  g_test_add_func ("/tradeoff/report/markdown", test_markdown);
  g_test_add_func ("/tradeoff/report/markdown-decision", test_markdown_decision);
  g_test_add_func ("/tradeoff/report/text", test_text);
  g_test_add_func ("/tradeoff/report/three-options", test_three_options);
  g_test_add_func ("/tradeoff/report/no-criteria", test_no_criteria);
  g_test_add_func ("/tradeoff/report/eight-options", test_eight_options);
  g_test_add_func ("/tradeoff/report/injection", test_injection);

  return g_test_run ();
}
