/* tradeoff-report-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as Markdown, as a MADR 4.0 decision record (the template
 * adr/madr publishes): front matter with status, date and decision-makers;
 * "Context and Problem Statement", "Decision Drivers" (the ticked criteria
 * with their levels, must-haves first), "Considered Options", "Decision
 * Outcome" with its consequences, "Pros and Cons of the Options" from the
 * weights, and "More Information": what would change the decision.  In
 * German and French the headings are those of MADR's own templates.  The
 * FAQ follows as an appendix.  Text from the data is escaped so that it can only ever be
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
 * start even in a renderer that passes HTML through.  A switch rather
 * than strchr() on a string of them: the export asks it of every
 * character, and the compiler makes a bit mask of it. */
static inline gboolean
is_special_anywhere (char c)
{
  switch (c)
    {
    case '\\': case '`': case '*': case '_': case '[': case ']':
    case '|': case '~': case '&':
      return TRUE;
    default:
      return FALSE;
    }
}

/* Those that are syntax only at the start of a line: headings, list items,
 * block quotes and setext underlines. */
#define SPECIAL_AT_START "#-+=>"

/* U+2060 WORD JOINER: invisible, and no autolinker takes it for part of a
 * link.  GFM turns "www.…", "http://…", "https://…", "ftp://…" and
 * "name@host.tld" (with or without "mailto:") into links wherever they
 * appear in text.  A backslash escape or an entity does not stop the
 * e-mail rule, which looks at the text after escapes are undone
 * ("a\\@b.org" and "a&#64;b.org" are still links in cmark-gfm); a word
 * joiner inside the pattern does, for every one of them, so it goes
 * between "www" and its ".", before the ":" of "://", and before "@". */
#define WORD_JOINER "\xe2\x81\xa0"

/* Whether a word joiner must go before *@p to keep it out of a link. */
static gboolean
breaks_autolink (const char *p,
                 const char *text)
{
  if (*p == '@')
    return TRUE;
  if (*p == ':' && p[1] == '/' && p[2] == '/')
    return TRUE;
  /* The "." of "www." */
  return *p == '.' && p - text >= 3 && g_ascii_strncasecmp (p - 3, "www", 3) == 0;
}

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

      if (breaks_autolink (p, text))
        g_string_append (out, WORD_JOINER);

      if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        {
          if (is_special_anywhere (*p))
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

/* MADR 4.0's front matter: status, date and decision-makers, under the
 * names MADR's template for the reader's language gives them. */
static void
append_front_matter (GString             *out,
                     TradeoffReportFacts *facts)
{
  static const char * const statuses[] = {
    /* Translators: MADR's status values, as its template for your language
     * writes them (German: vorgeschlagen, akzeptiert, abgelehnt, überholt,
     * ersetzt; French: proposé, accepté, rejeté, obsolète, remplacé). */
    N_("proposed"), N_("accepted"), N_("rejected"), N_("deprecated"), N_("superseded"),
  };
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;

  if (facts->record_date != NULL)
    {
      g_autofree char *iso = g_strconcat (facts->record_date, "T00:00:00Z", NULL);

      when = g_date_time_new_from_iso8601 (iso, NULL);
    }
  if (when == NULL)
    when = g_date_time_new_now_local ();
  /* Translators: the date in MADR's front matter, as MADR's template for
   * your language writes it (French: %d/%m/%Y); see g_date_time_format(). */
  date = g_date_time_format (when, C_("MADR date", "%Y-%m-%d"));

  g_string_append (out, "---\n");
  /* Translators: a key of MADR's front matter, as its template for your
   * language names it (German: status, French: statut). */
  g_string_append_printf (out, "%s: %s\n", C_("MADR front matter", "status"),
                          _(statuses[facts->status]));
  /* Translators: a key of MADR's front matter (German: datum, French: date). */
  g_string_append_printf (out, "%s: %s\n", C_("MADR front matter", "date"), date);
  if (facts->deciders != NULL)
    {
      /* Translators: a key of MADR's front matter (German: entscheidende,
       * French: décideurs). */
      g_string_append_printf (out, "%s: ", C_("MADR front matter", "decision-makers"));
      append_md (out, facts->deciders, ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "---\n\n");
}

static void
append_context (GString             *out,
                TradeoffReportFacts *facts)
{
  append_heading (out, 1, facts->title);
  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 2, _("Context and Problem Statement"));
  append_paragraphs (out, facts->intro);
  append_paragraphs (out, facts->note);
  append_paragraphs (out, facts->byline);
  append_paragraphs (out, facts->updated);
}

static const char *
level_words (TradeoffReportFacts *facts,
             TradeoffCriterion   *criterion)
{
  switch (tradeoff_advisor_get_level (facts->advisor, criterion))
    {
    case TRADEOFF_LEVEL_MUST:
      return C_("decision driver", "must have");
    case TRADEOFF_LEVEL_A_LOT:
      return C_("decision driver", "matters a lot");
    case TRADEOFF_LEVEL_MATTERS:
    case TRADEOFF_LEVEL_OFF:
    default:
      return C_("decision driver", "matters");
    }
}

static void
append_drivers (GString             *out,
                TradeoffReportFacts *facts)
{
  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 2, _("Decision Drivers"));
  if (tradeoff_comparison_get_n_criteria (facts->comparison) == 0)
    append_paragraphs (out, _("This comparison has no criteria yet."));
  else if (facts->drivers->len == 0)
    append_paragraphs (out, _("Nothing is ticked."));
  for (guint i = 0; i < facts->drivers->len; i++)
    {
      TradeoffCriterion *criterion = g_ptr_array_index (facts->drivers, i);

      g_string_append (out, "* ");
      append_md (out, tradeoff_criterion_get_label (criterion), ESCAPE_INLINE);
      g_string_append (out, " (");
      append_md (out, level_words (facts, criterion), ESCAPE_INLINE);
      g_string_append (out, ")\n");
    }
  if (facts->drivers->len > 0)
    g_string_append_c (out, '\n');
}

static void
append_options (GString             *out,
                TradeoffReportFacts *facts)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  guint n = MIN (facts->n_options, TRADEOFF_MAX_OPTIONS);

  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 2, _("Considered Options"));
  for (guint o = 0; o < facts->n_options; o++)
    {
      g_string_append (out, "* ");
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

static const char *
option_name (TradeoffReportFacts *facts,
             guint                option)
{
  return tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison, option));
}

/* "Chosen option: "X", because …": the person's reason when they chose
 * against the advice, the advice's own words otherwise. */
static void
append_outcome_line (GString             *out,
                     TradeoffReportFacts *facts)
{
  guint chosen = facts->chosen != TRADEOFF_REPORT_NO_LEADER ? facts->chosen : facts->leader;
  g_autofree char *line = NULL;
  g_autofree char *why = NULL;

  if (chosen == TRADEOFF_REPORT_NO_LEADER)
    {
      append_paragraphs (out, _("No option is chosen yet."));
      return;
    }

  if (chosen != facts->leader)
    why = g_strdup (facts->reason != NULL ? facts->reason : "");
  else if (tradeoff_advisor_get_n_must (facts->advisor) > 0)
    /* Translators: the end of "Chosen option: "X", because …" */
    why = g_strdup_printf (_("it meets every must-have and comes out best on the decision drivers (%s)"),
                           facts->headline);
  else
    /* Translators: the end of "Chosen option: "X", because …" */
    why = g_strdup_printf (_("it comes out best on the decision drivers (%s)"), facts->headline);

  /* Translators: MADR's outcome line, as its template for your language
   * words it (German: Gewählte Option: "%s", denn %s.). */
  line = g_strdup_printf (_("Chosen option: \"%s\", because %s."), option_name (facts, chosen), why);
  append_paragraphs (out, line);

  if (chosen != facts->leader && facts->leader != TRADEOFF_REPORT_NO_LEADER)
    {
      g_autofree char *advice = g_strdup_printf (_("The advice was %s."), option_name (facts, facts->leader));

      append_paragraphs (out, advice);
    }
}

/* Good where the chosen option has the best weight, bad where another has
 * a better one. */
static void
append_consequences (GString             *out,
                     TradeoffReportFacts *facts)
{
  guint chosen = facts->chosen != TRADEOFF_REPORT_NO_LEADER ? facts->chosen : facts->leader;
  gboolean any = FALSE;

  if (chosen == TRADEOFF_REPORT_NO_LEADER)
    return;

  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 3, _("Consequences"));
  for (guint i = 0; i < facts->drivers->len; i++)
    {
      TradeoffCriterion *criterion = g_ptr_array_index (facts->drivers, i);
      int mine = tradeoff_criterion_get_weight (criterion, chosen);
      int best_other = G_MININT;
      g_autofree char *item = NULL;

      for (guint o = 0; o < facts->n_options; o++)
        if (o != chosen)
          best_other = MAX (best_other, tradeoff_criterion_get_weight (criterion, o));

      if (mine == best_other)
        continue;
      /* Translators: MADR's consequence items, as its template for your
       * language words them (German: Gut, weil %s / Schlecht, weil %s). */
      item = mine > best_other
        ? g_strdup_printf (C_("MADR consequence", "Good, because %s"), tradeoff_criterion_get_label (criterion))
        : g_strdup_printf (C_("MADR consequence", "Bad, because %s"), tradeoff_criterion_get_label (criterion));
      g_string_append (out, "* ");
      append_md (out, item, ESCAPE_INLINE);
      g_string_append_c (out, '\n');
      any = TRUE;
    }
  if (!any)
    append_paragraphs (out, _("No decision driver tells the options apart."));
  else
    g_string_append_c (out, '\n');
}

static void
append_outcome (GString             *out,
                TradeoffReportFacts *facts)
{
  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 2, _("Decision Outcome"));
  append_outcome_line (out, facts);
  if (facts->headline[0] != '\0')
    {
      append_strong (out, facts->headline);
      g_string_append (out, "\n\n");
    }
  append_paragraphs (out, facts->explanation);
  append_paragraphs (out, facts->confidence);
  if (facts->kind != TRADEOFF_VERDICT_NONE)
    append_scores (out, facts);
  append_consequences (out, facts);
}

/* One option's good and bad points: every criterion that matters, by the
 * sign of its weight; a must-have it fails first. */
static void
append_option_pros_cons (GString             *out,
                         TradeoffReportFacts *facts,
                         guint                option)
{
  TradeoffCriterion *ruled_out_by = tradeoff_advisor_get_ruled_out_by (facts->advisor, option);
  gboolean any = FALSE;

  append_heading (out, 3, option_name (facts, option));
  if (ruled_out_by != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("it does not meet the must-have “%s”"),
                                               tradeoff_criterion_get_label (ruled_out_by));
      g_autofree char *item = g_strdup_printf (C_("MADR pro or con", "Bad, because %s"), text);

      g_string_append (out, "* ");
      append_md (out, item, ESCAPE_INLINE);
      g_string_append_c (out, '\n');
      any = TRUE;
    }

  for (guint i = 0; i < facts->drivers->len; i++)
    {
      TradeoffCriterion *criterion = g_ptr_array_index (facts->drivers, i);
      int weight = tradeoff_criterion_get_weight (criterion, option);
      const char *label = tradeoff_criterion_get_label (criterion);
      g_autofree char *item = NULL;

      /* Translators: MADR's pros and cons, as its template for your
       * language words them (German: Gut, weil %s / Neutral, weil %s /
       * Schlecht, weil %s). */
      if (weight > 0)
        item = g_strdup_printf (C_("MADR pro or con", "Good, because %s"), label);
      else if (weight < 0)
        item = g_strdup_printf (C_("MADR pro or con", "Bad, because %s"), label);
      else
        item = g_strdup_printf (C_("MADR pro or con", "Neutral, because %s"), label);
      g_string_append (out, "* ");
      append_md (out, item, ESCAPE_INLINE);
      g_string_append_printf (out, " (%+d)\n", weight);
      any = TRUE;
    }

  if (!any)
    append_paragraphs (out, _("Nothing is ticked."));
  else
    g_string_append_c (out, '\n');
}

static void
append_pros_cons (GString             *out,
                  TradeoffReportFacts *facts)
{
  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 2, _("Pros and Cons of the Options"));
  for (guint o = 0; o < facts->n_options; o++)
    append_option_pros_cons (out, facts, o);
}

/* What would change the decision, as conditions to revisit it under. */
static void
append_more_information (GString             *out,
                         TradeoffReportFacts *facts)
{
  /* Translators: MADR's section, as its template for your language names it. */
  append_heading (out, 2, _("More Information"));
  if (facts->flips->len == 0)
    append_paragraphs (out, _("No single change of your answers would change this advice."));
  else
    append_paragraphs (out, _("Revisit this decision if one of these changes:"));
  for (guint i = 0; i < facts->flips->len; i++)
    {
      g_string_append (out, "* ");
      append_md (out, g_ptr_array_index (facts->flips, i), ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  if (facts->flips->len > 0)
    g_string_append_c (out, '\n');

  /* The conditions to revisit the decision under: how many answers must
   * change before the verdict does, and what would put each other option
   * ahead. */
  if (facts->firmness != NULL)
    append_paragraphs (out, facts->firmness);
  for (guint i = 0; i < facts->leads->len; i++)
    {
      g_string_append (out, "* ");
      append_md (out, g_ptr_array_index (facts->leads, i), ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  if (facts->leads->len > 0)
    g_string_append_c (out, '\n');

  append_paragraphs (out, facts->as_of);
}

static void
append_faq (GString             *out,
            TradeoffReportFacts *facts)
{
  GListModel *faq = tradeoff_comparison_get_faq (facts->comparison);
  guint n = g_list_model_get_n_items (faq);
  g_autofree char *heading = NULL;
  g_autofree char *isolated = NULL;

  if (n == 0)
    return;

  isolated = tradeoff_safe_text_isolate (facts->faq_heading);
  /* Translators: %s is the heading of the comparison's FAQ */
  heading = g_strdup_printf (_("Appendix: %s"), isolated);
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
  append_front_matter (out, facts);
  append_context (out, facts);
  append_drivers (out, facts);
  append_options (out, facts);
  append_outcome (out, facts);
  append_pros_cons (out, facts);
  append_more_information (out, facts);
  append_faq (out, facts);

  /* One newline at the end, not a blank line. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
