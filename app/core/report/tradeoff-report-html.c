/* tradeoff-report-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as one self-contained HTML file: its styles embedded, no
 * scripts, nothing fetched from elsewhere, light and dark alike.  Every
 * piece of text, from the data or translated, is escaped.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-report-private.h"

static const char style_sheet[] =
  ":root {\n"
  "  color-scheme: light dark;\n"
  "  --fg: #1d1d20; --bg: #ffffff; --muted: #5e5e66;\n"
  "  --rule: #d4d4da; --strong-rule: #8e8e96; --head: #f1f1f4; --accent: #1a5fb4;\n"
  "}\n"
  "@media (prefers-color-scheme: dark) {\n"
  "  :root {\n"
  "    --fg: #e8e8ec; --bg: #1e1e22; --muted: #a4a4ac;\n"
  "    --rule: #45454d; --strong-rule: #8a8a92; --head: #2b2b31; --accent: #78aeed;\n"
  "  }\n"
  "}\n"
  "body {\n"
  "  font-family: system-ui, -apple-system, \"Segoe UI\", Cantarell, \"Noto Sans\", sans-serif;\n"
  "  color: var(--fg); background: var(--bg);\n"
  "  max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5;\n"
  "}\n"
  "h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .4rem; }\n"
  "h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; }\n"
  "h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }\n"
  "h4 { font-size: 1rem; margin: 1rem 0 .2rem; }\n"
  ".byline { color: var(--muted); font-size: .9rem; margin: .1rem 0; }\n"
  ".intro { margin-top: 1rem; }\n"
  "table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }\n"
  "th, td { text-align: start; vertical-align: top; padding: .35rem .5rem;\n"
  "         border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }\n"
  "thead th { background: var(--head); border-top: 1px solid var(--strong-rule);\n"
  "           border-bottom: 1px solid var(--strong-rule); }\n"
  "tbody th { font-weight: 600; }\n"
  ".headline { font-size: 1.15rem; font-weight: 700; margin: .2rem 0 .5rem; }\n"
  ".confidence, .source { color: var(--muted); font-size: .9rem; }\n"
  ".source { font-style: italic; }\n"
  ".leader { font-weight: 700; color: var(--accent); }\n"
  "ul { padding-inline-start: 1.4rem; }\n"
  "ul.reasons { list-style: none; padding-inline-start: 0; }\n"
  "ul.reasons li { margin-bottom: .7rem; }\n"
  "ul.reasons p { margin: .15rem 0 0 1rem; }\n"
  "ul.criteria { list-style: none; padding-inline-start: .2rem; }\n"
  ".mark { display: inline-block; width: 1.4rem; }\n"
  "dt { font-weight: 700; margin-top: 1rem; }\n"
  "dd { margin: .3rem 0 0; }\n"
  "dd p { margin: 0 0 .5rem; }\n"
  "@media print {\n"
  "  body { max-width: none; margin: 0; color: #000; background: #fff; }\n"
  "  h2, h3, h4, dt, thead { break-after: avoid; }\n"
  "  tr, li, dd p { break-inside: avoid; }\n"
  "}\n";

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* <tag class="…">text</tag>, escaped; nothing at all for no text. */
static void
append_element (GString    *out,
                const char *tag,
                const char *class_name,
                const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;

  g_string_append_printf (out, "<%s", tag);
  if (class_name != NULL)
    g_string_append_printf (out, " class=\"%s\"", class_name);
  g_string_append_c (out, '>');
  append_escaped (out, text);
  g_string_append_printf (out, "</%s>\n", tag);
}

static void
append_paragraphs (GString    *out,
                   const char *class_name,
                   const char *text)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL)
    return;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    append_element (out, "p", class_name, g_strstrip (paragraphs[i]));
}

/* The language the report's own words are in, as an HTML lang value. */
static char *
dup_language_tag (void)
{
  const char *name = g_get_language_names ()[0];
  GString *tag = g_string_new (NULL);

  for (const char *p = name; *p != '\0' && *p != '.' && *p != '@'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (tag, *p);
      else if (*p == '_' || *p == '-')
        g_string_append_c (tag, '-');
    }

  if (tag->len == 0 || g_str_equal (tag->str, "C") || g_str_equal (tag->str, "POSIX"))
    g_string_assign (tag, "en");

  return g_string_free (tag, FALSE);
}

static void
append_head (GString             *out,
             TradeoffReportFacts *facts)
{
  g_autofree char *lang = dup_language_tag ();

  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n", lang);
  g_string_append (out,
                   "<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"" PACKAGE_NAME " " PACKAGE_VERSION "\">\n");
  append_element (out, "title", NULL, facts->title);
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n", style_sheet);

  g_string_append (out, "<header>\n");
  append_element (out, "h1", NULL, facts->title);
  append_element (out, "p", "byline", facts->byline);
  append_element (out, "p", "byline", facts->updated);
  append_element (out, "p", "byline", facts->as_of);
  g_string_append (out, "</header>\n");
  append_paragraphs (out, "intro", facts->intro);
}

static void
append_options_header (GString             *out,
                       TradeoffReportFacts *facts,
                       const char          *first)
{
  g_string_append (out, "<thead><tr><th scope=\"col\">");
  append_escaped (out, first);
  g_string_append (out, "</th>");
  for (guint o = 0; o < facts->n_options; o++)
    {
      g_string_append (out, "<th scope=\"col\">");
      append_escaped (out, tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison, o)));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n");
}

static void
append_grid (GString             *out,
             TradeoffReportFacts *facts)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n = g_list_model_get_n_items (aspects);

  if (n == 0)
    return;

  g_string_append (out, "<section class=\"grid\">\n");
  append_element (out, "h2", NULL, facts->grid_heading);
  g_string_append (out, "<table>\n");
  append_options_header (out, facts, facts->aspect_heading);
  g_string_append (out, "<tbody>\n");
  for (guint a = 0; a < n; a++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, a);

      g_string_append (out, "<tr><th scope=\"row\">");
      append_escaped (out, tradeoff_aspect_get_label (aspect));
      g_string_append (out, "</th>");
      for (guint o = 0; o < facts->n_options; o++)
        {
          g_string_append (out, "<td>");
          append_escaped (out, tradeoff_aspect_get_value (aspect, o));
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

static void
append_scores (GString             *out,
               TradeoffReportFacts *facts)
{
  g_string_append (out, "<table class=\"scores\">\n");
  append_options_header (out, facts, "");
  g_string_append (out, "<tbody><tr><th scope=\"row\">");
  append_escaped (out, _("Score"));
  g_string_append (out, "</th>");
  for (guint o = 0; o < facts->n_options; o++)
    {
      g_autofree char *score = _tradeoff_report_facts_dup_score (facts, o);

      g_string_append_printf (out, "<td%s>%s</td>",
                              facts->leader == o ? " class=\"leader\"" : "", score);
    }
  g_string_append (out, "</tr></tbody>\n</table>\n");
}

/* The levels and the person's record, as in the text export. */
static void
append_record (GString             *out,
               TradeoffReportFacts *facts)
{
  if (facts->record->len == 0)
    return;

  g_string_append (out, "<section class=\"record\">\n");
  append_element (out, "h2", NULL, _("Your decision"));
  for (guint i = 0; i < facts->record->len; i++)
    append_paragraphs (out, NULL, g_ptr_array_index (facts->record, i));
  g_string_append (out, "</section>\n");
}

/* How firm the verdict is and what would make each other option lead. */
static void
append_min_change (GString             *out,
                   TradeoffReportFacts *facts)
{
  if (facts->firmness == NULL)
    return;

  append_element (out, "h3", NULL, _("How firm the verdict is"));
  append_element (out, "p", "firmness", facts->firmness);
  if (facts->leads->len == 0)
    return;

  append_element (out, "h3", NULL, _("What would make each option lead"));
  g_string_append (out, "<ul class=\"leads\">\n");
  for (guint i = 0; i < facts->leads->len; i++)
    append_element (out, "li", NULL, g_ptr_array_index (facts->leads, i));
  g_string_append (out, "</ul>\n");
}

static void
append_verdict (GString             *out,
                TradeoffReportFacts *facts)
{
  g_string_append (out, "<section class=\"verdict\">\n");
  append_element (out, "h2", NULL, _("Recommendation"));
  append_element (out, "p", "headline", facts->headline);
  append_paragraphs (out, "explanation", facts->explanation);
  append_element (out, "p", "confidence", facts->confidence);
  if (facts->kind != TRADEOFF_VERDICT_NONE)
    append_scores (out, facts);

  append_element (out, "h3", NULL, _("Reasons"));
  if (facts->reasons->len == 0)
    append_element (out, "p", NULL, _("Nothing is ticked yet, so there are no reasons."));
  else
    {
      g_string_append (out, "<ul class=\"reasons\">\n");
      for (guint i = 0; i < facts->reasons->len; i++)
        {
          const TradeoffReportReason *reason = g_ptr_array_index (facts->reasons, i);
          g_autofree char *from = NULL;

          g_string_append (out, "<li>");
          append_element (out, "strong", NULL, reason->summary);
          append_element (out, "p", NULL, reason->rationale);
          if (reason->source != NULL)
            {
              from = g_strdup_printf (_("From the FAQ: %s"), reason->source);
              append_element (out, "p", "source", from);
            }
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }

  append_element (out, "h3", NULL, _("What would change this"));
  if (facts->flips->len == 0)
    append_element (out, "p", NULL, _("No single tick or untick would change this advice."));
  else
    {
      g_string_append (out, "<ul class=\"flips\">\n");
      for (guint i = 0; i < facts->flips->len; i++)
        append_element (out, "li", NULL, g_ptr_array_index (facts->flips, i));
      g_string_append (out, "</ul>\n");
    }
  append_min_change (out, facts);
  g_string_append (out, "</section>\n");
}

static void
append_groups (GString    *out,
               GPtrArray  *groups,
               const char *mark,
               const char *mark_label)
{
  for (guint g = 0; g < groups->len; g++)
    {
      const TradeoffReportGroup *group = g_ptr_array_index (groups, g);

      append_element (out, "h4", NULL, group->label);
      g_string_append (out, "<ul class=\"criteria\">\n");
      for (guint i = 0; i < group->criteria->len; i++)
        {
          g_string_append (out, "<li><span class=\"mark\" role=\"img\" aria-label=\"");
          append_escaped (out, mark_label);
          g_string_append_printf (out, "\">%s</span>", mark);
          append_escaped (out, tradeoff_criterion_get_label (g_ptr_array_index (group->criteria, i)));
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
}

static void
append_criteria (GString             *out,
                 TradeoffReportFacts *facts)
{
  g_string_append (out, "<section class=\"criteria\">\n");
  append_element (out, "h2", NULL, facts->criteria_heading);

  if (facts->ticked->len == 0 && facts->unticked->len == 0)
    {
      append_element (out, "p", NULL, _("This comparison has no criteria yet."));
      g_string_append (out, "</section>\n");
      return;
    }

  append_element (out, "h3", NULL, _("Ticked"));
  if (facts->ticked->len == 0)
    append_element (out, "p", NULL, _("Nothing is ticked."));
  append_groups (out, facts->ticked, "☑", _("Ticked"));

  append_element (out, "h3", NULL, _("Not ticked"));
  if (facts->unticked->len == 0)
    append_element (out, "p", NULL, _("Everything is ticked."));
  append_groups (out, facts->unticked, "☐", _("Not ticked"));
  g_string_append (out, "</section>\n");
}

static void
append_faq (GString             *out,
            TradeoffReportFacts *facts)
{
  GListModel *faq = tradeoff_comparison_get_faq (facts->comparison);
  guint n = g_list_model_get_n_items (faq);

  if (n == 0)
    return;

  g_string_append (out, "<section class=\"faq\">\n");
  append_element (out, "h2", NULL, facts->faq_heading);
  g_string_append (out, "<dl>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      append_element (out, "dt", NULL, tradeoff_faq_entry_get_question (entry));
      g_string_append (out, "<dd>\n");
      append_paragraphs (out, NULL, tradeoff_faq_entry_get_answer (entry));
      g_string_append (out, "</dd>\n");
    }
  g_string_append (out, "</dl>\n</section>\n");
}

void
_tradeoff_report_write_html (TradeoffReportFacts *facts,
                             GString             *out)
{
  append_head (out, facts);
  append_grid (out, facts);
  append_verdict (out, facts);
  append_record (out, facts);
  append_criteria (out, facts);
  append_faq (out, facts);
  g_string_append (out, "</body>\n</html>\n");
}
