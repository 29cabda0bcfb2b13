/* tradeoff-report-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as Markdown, shaped as an architecture decision record:
 * context, the options considered, the criteria, the decision and its
 * reasons, what would change it, and the date; the FAQ follows as an
 * appendix.  Text from the data is escaped so that it can only ever be
 * read as text: no HTML, links, emphasis or table cells can come from it.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-report-private.h"

/* Characters Markdown (CommonMark with GitHub's tables, task lists and
 * strikethrough) may read as syntax anywhere in a line.  All are ASCII
 * punctuation, which CommonMark lets a backslash escape.  "<" and ">" are
 * written as entities instead, so that no tag, comment or autolink can
 * start even in a renderer that passes HTML through. */
#define SPECIAL_ANYWHERE "\\`*_[]|~&"
/* Those that are syntax only at the start of a line: headings, list items,
 * block quotes and setext underlines. */
#define SPECIAL_AT_START "#-+=>"

typedef enum
{
  /* Inside a heading, list item or table cell: line breaks become spaces. */
  ESCAPE_INLINE = 1 << 0,
} EscapeFlags;

/* Escapes the start of a line: leading white space (four spaces would make
 * a code block) goes, and a list number's "1." or "1)" is escaped. */
static const char *
escape_line_start (GString    *out,
                   const char *p)
{
  const char *digits;

  while (*p == ' ' || *p == '\t')
    p++;

  if (*p != '\0' && strchr (SPECIAL_AT_START, *p) != NULL)
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      return p + 1;
    }

  digits = p;
  while (g_ascii_isdigit (*p))
    p++;
  if (p > digits && (*p == '.' || *p == ')'))
    {
      g_string_append_len (out, digits, p - digits);
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      return p + 1;
    }

  return digits;
}

static void
append_md (GString     *out,
           const char  *text,
           EscapeFlags  flags)
{
  const char *p;

  if (text == NULL)
    return;

  p = escape_line_start (out, text);
  for (; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r')
        {
          if (flags & ESCAPE_INLINE)
            {
              g_string_append_c (out, ' ');
              while (p[1] == ' ' || p[1] == '\t')
                p++;
              continue;
            }
          g_string_append_c (out, '\n');
          p = escape_line_start (out, p + 1) - 1;
          continue;
        }

      if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        {
          if (strchr (SPECIAL_ANYWHERE, *p) != NULL)
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
    }
}

static void
append_heading (GString    *out,
                guint       level,
                const char *text)
{
  for (guint i = 0; i < level; i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  append_md (out, text, ESCAPE_INLINE);
  g_string_append (out, "\n\n");
}

static void
append_paragraphs (GString    *out,
                   const char *text)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL)
    return;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if (g_strstrip (paragraphs[i])[0] == '\0')
        continue;
      append_md (out, paragraphs[i], 0);
      g_string_append (out, "\n\n");
    }
}

/* **text**, for a line of its own or the start of a list item. */
static void
append_strong (GString    *out,
               const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_string_append (out, "**");
  append_md (out, stripped, ESCAPE_INLINE);
  g_string_append (out, "**");
}

static void
append_table_row (GString            *out,
                  const char * const *cells,
                  guint               n)
{
  g_string_append (out, "|");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (out, ' ');
      append_md (out, cells[i], ESCAPE_INLINE);
      g_string_append (out, " |");
    }
  g_string_append_c (out, '\n');
}

/* A table whose columns are the options, after a first column @first. */
static void
append_options_header (GString             *out,
                       TradeoffReportFacts *facts,
                       const char          *first)
{
  const char *cells[TRADEOFF_MAX_OPTIONS + 1];
  guint n = MIN (facts->n_options, TRADEOFF_MAX_OPTIONS);

  cells[0] = first;
  for (guint o = 0; o < n; o++)
    cells[o + 1] = tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison, o));
  append_table_row (out, cells, n + 1);

  g_string_append (out, "|");
  for (guint i = 0; i <= n; i++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');
}

static void
append_context (GString             *out,
                TradeoffReportFacts *facts)
{
  append_heading (out, 1, facts->title);
  append_heading (out, 2, _("Context"));
  append_paragraphs (out, facts->intro);
  append_paragraphs (out, facts->byline);
  append_paragraphs (out, facts->updated);
}

static void
append_options (GString             *out,
                TradeoffReportFacts *facts)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  guint n = MIN (facts->n_options, TRADEOFF_MAX_OPTIONS);

  append_heading (out, 2, _("Options considered"));
  for (guint o = 0; o < facts->n_options; o++)
    {
      g_string_append (out, "- ");
      append_md (out, tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison, o)),
                 ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');

  if (n_aspects == 0)
    return;

  append_heading (out, 3, facts->grid_heading);
  append_options_header (out, facts, facts->aspect_heading);
  for (guint a = 0; a < n_aspects; a++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, a);
      const char *cells[TRADEOFF_MAX_OPTIONS + 1];

      cells[0] = tradeoff_aspect_get_label (aspect);
      for (guint o = 0; o < n; o++)
        cells[o + 1] = tradeoff_aspect_get_value (aspect, o);
      append_table_row (out, cells, n + 1);
    }
  g_string_append_c (out, '\n');
}

static void
append_groups (GString    *out,
               GPtrArray  *groups,
               const char *mark)
{
  for (guint g = 0; g < groups->len; g++)
    {
      const TradeoffReportGroup *group = g_ptr_array_index (groups, g);

      append_strong (out, group->label);
      g_string_append (out, "\n\n");
      for (guint i = 0; i < group->criteria->len; i++)
        {
          g_string_append_printf (out, "- %s ", mark);
          append_md (out, tradeoff_criterion_get_label (g_ptr_array_index (group->criteria, i)),
                     ESCAPE_INLINE);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_criteria (GString             *out,
                 TradeoffReportFacts *facts)
{
  append_heading (out, 2, _("Criteria"));
  if (facts->ticked->len == 0 && facts->unticked->len == 0)
    {
      append_paragraphs (out, _("This comparison has no criteria yet."));
      return;
    }
  if (facts->ticked->len == 0)
    append_paragraphs (out, _("Nothing is ticked."));
  append_groups (out, facts->ticked, "[x]");

  append_heading (out, 3, _("Not ticked"));
  if (facts->unticked->len == 0)
    append_paragraphs (out, _("Everything is ticked."));
  append_groups (out, facts->unticked, "[ ]");
}

static void
append_scores (GString             *out,
               TradeoffReportFacts *facts)
{
  const char *cells[TRADEOFF_MAX_OPTIONS + 1];
  char *scores[TRADEOFF_MAX_OPTIONS] = { NULL };
  guint n = MIN (facts->n_options, TRADEOFF_MAX_OPTIONS);

  append_options_header (out, facts, "");
  cells[0] = _("Score");
  for (guint o = 0; o < n; o++)
    cells[o + 1] = scores[o] = _tradeoff_report_facts_dup_score (facts, o);
  append_table_row (out, cells, n + 1);
  g_string_append_c (out, '\n');

  for (guint o = 0; o < n; o++)
    g_free (scores[o]);
}

static void
append_decision (GString             *out,
                 TradeoffReportFacts *facts)
{
  append_heading (out, 2, _("Decision"));
  if (facts->headline[0] != '\0')
    {
      append_strong (out, facts->headline);
      g_string_append (out, "\n\n");
    }
  append_paragraphs (out, facts->explanation);
  append_paragraphs (out, facts->confidence);
  if (facts->kind != TRADEOFF_VERDICT_NONE)
    append_scores (out, facts);

  append_heading (out, 3, _("Reasons"));
  if (facts->reasons->len == 0)
    append_paragraphs (out, _("Nothing is ticked yet, so there are no reasons."));
  for (guint i = 0; i < facts->reasons->len; i++)
    {
      const TradeoffReportReason *reason = g_ptr_array_index (facts->reasons, i);

      /* One loose list item: the summary, then its paragraphs indented. */
      g_string_append (out, "- ");
      append_strong (out, reason->summary);
      g_string_append (out, "\n\n");
      if (reason->rationale != NULL)
        {
          g_string_append (out, "  ");
          append_md (out, reason->rationale, ESCAPE_INLINE);
          g_string_append (out, "\n\n");
        }
      if (reason->source != NULL)
        {
          g_autofree char *from = g_strdup_printf (_("From the FAQ: %s"), reason->source);

          g_string_append (out, "  *");
          append_md (out, from, ESCAPE_INLINE);
          g_string_append (out, "*\n\n");
        }
    }
}

static void
append_flips (GString             *out,
              TradeoffReportFacts *facts)
{
  append_heading (out, 2, _("What would change this decision"));
  if (facts->flips->len == 0)
    append_paragraphs (out, _("No single tick or untick would change this advice."));
  for (guint i = 0; i < facts->flips->len; i++)
    {
      g_string_append (out, "- ");
      append_md (out, g_ptr_array_index (facts->flips, i), ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  if (facts->flips->len > 0)
    g_string_append_c (out, '\n');
}

static void
append_faq (GString             *out,
            TradeoffReportFacts *facts)
{
  GListModel *faq = tradeoff_comparison_get_faq (facts->comparison);
  guint n = g_list_model_get_n_items (faq);
  g_autofree char *heading = NULL;

  if (n == 0)
    return;

  /* Translators: %s is the heading of the comparison's FAQ */
  heading = g_strdup_printf (_("Appendix: %s"), facts->faq_heading);
  append_heading (out, 2, heading);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      append_heading (out, 3, tradeoff_faq_entry_get_question (entry));
      append_paragraphs (out, tradeoff_faq_entry_get_answer (entry));
    }
}

void
_tradeoff_report_write_markdown (TradeoffReportFacts *facts,
                                 GString             *out)
{
  append_context (out, facts);
  append_options (out, facts);
  append_criteria (out, facts);
  append_decision (out, facts);
  append_flips (out, facts);

  append_heading (out, 2, _("Date"));
  g_string_append_printf (out, "%s\n\n", facts->today);

  append_faq (out, facts);

  /* One newline at the end, not a blank line. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
