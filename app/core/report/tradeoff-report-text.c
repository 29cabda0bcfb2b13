/* tradeoff-report-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as plain text, wrapped at 78 columns, telling the same story
 * as the printed pages: title and date, the grid, the verdict with its
 * reasons and flips, the criteria, and the FAQ.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-report-private.h"

#define COLUMNS 78

/* How many columns @text takes on a terminal: wide (East Asian) characters
 * take two, combining marks none.  The summary of `tradeoff --summary`
 * aligns its columns with this too. */
guint
_tradeoff_text_width (const char *text,
                      gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  guint width = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* Printable ASCII, most of any text, takes one column; the Unicode
       * tables are asked only about the rest. */
      if ((guchar)*p >= 0x20 && (guchar)*p < 0x7F)
        {
          width++;
          continue;
        }

      c = g_utf8_get_char (p);
      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

/* Splits @text into lines of at most @width columns, breaking at spaces, and
 * inside a word only when the word alone is wider than that. */
static GPtrArray *
wrap (const char *text,
      guint       width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GString *line = g_string_new (NULL);
  guint line_width = 0;
  const char *p = text != NULL ? text : "";

  width = MAX (width, 1);
  /* Words are taken where they lie in @text, not split into copies: this
   * loop runs over every word of a text export. */
  for (;;)
    {
      const char *word;
      gsize word_length;
      guint word_width;

      p += strspn (p, " \t\r\n");
      if (*p == '\0')
        break;
      word = p;
      word_length = strcspn (word, " \t\r\n");
      word_width = _tradeoff_text_width (word, word_length);
      p = word + word_length;

      if (line_width > 0 && line_width + 1 + word_width > width)
        {
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_truncate (line, 0);
          line_width = 0;
        }
      if (line_width > 0)
        {
          g_string_append_c (line, ' ');
          line_width++;
        }

      /* A word that fits goes in whole; only one too long for any line
       * is taken character by character, and cut where the line is full. */
      if (line_width + word_width <= width)
        {
          g_string_append_len (line, word, word_length);
          line_width += word_width;
          continue;
        }
      for (const char *c = word; c < p; c = g_utf8_next_char (c))
        {
          const char *next = g_utf8_next_char (c);
          guint w = _tradeoff_text_width (c, next - c);

          if (line_width > 0 && line_width + w > width)
            {
              g_ptr_array_add (lines, g_strdup (line->str));
              g_string_truncate (line, 0);
              line_width = 0;
            }
          g_string_append_len (line, c, next - c);
          line_width += w;
        }
    }

  if (line_width > 0 || lines->len == 0)
    g_ptr_array_add (lines, g_strdup (line->str));
  g_string_free (line, TRUE);

  return lines;
}

/* @text wrapped, its first line after @first and the others after @rest
 * (both of the same width). */
static void
append_wrapped (GString    *out,
                const char *first,
                const char *rest,
                const char *text)
{
  g_autoptr(GPtrArray) lines = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  lines = wrap (text, COLUMNS - _tradeoff_text_width (first, -1));
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s%s\n", i == 0 ? first : rest,
                            (const char *) g_ptr_array_index (lines, i));
}

static void
append_paragraphs (GString    *out,
                   const char *indent,
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
      append_wrapped (out, indent, indent, paragraphs[i]);
      g_string_append_c (out, '\n');
    }
}

/* A heading underlined with @rule ('=' for the title, '-' for a section,
 * '~' below that). */
static void
append_heading (GString    *out,
                const char *text,
                char        rule)
{
  g_autoptr(GPtrArray) lines = wrap (text, COLUMNS);
  guint width = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      g_string_append_printf (out, "%s\n", line);
      width = MAX (width, _tradeoff_text_width (line, -1));
    }
  for (guint i = 0; i < width; i++)
    g_string_append_c (out, rule);
  g_string_append (out, "\n\n");
}

void
_tradeoff_text_append_padded (GString    *out,
                              const char *text,
                              guint       width)
{
  guint used = _tradeoff_text_width (text, -1);

  g_string_append (out, text);
  for (guint i = used; i < width; i++)
    g_string_append_c (out, ' ');
}

static void
append_table_rule (GString     *out,
                   const guint *widths,
                   guint        n,
                   char         rule)
{
  g_string_append_c (out, '+');
  for (guint c = 0; c < n; c++)
    {
      for (guint i = 0; i < widths[c] + 2; i++)
        g_string_append_c (out, rule);
      g_string_append_c (out, '+');
    }
  g_string_append_c (out, '\n');
}

static void
append_table_row (GString            *out,
                  const char * const *cells,
                  const guint        *widths,
                  guint               n)
{
  GPtrArray *wrapped[TRADEOFF_MAX_OPTIONS + 1];
  guint height = 0;

  for (guint c = 0; c < n; c++)
    {
      wrapped[c] = wrap (cells[c], widths[c]);
      height = MAX (height, wrapped[c]->len);
    }

  for (guint line = 0; line < height; line++)
    {
      g_string_append (out, "|");
      for (guint c = 0; c < n; c++)
        {
          g_string_append_c (out, ' ');
          _tradeoff_text_append_padded (out, line < wrapped[c]->len ? g_ptr_array_index (wrapped[c], line) : "",
                      widths[c]);
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
    }

  for (guint c = 0; c < n; c++)
    g_ptr_array_unref (wrapped[c]);
}

static guint
longest_word (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \t\r\n", -1);
  guint longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    longest = MAX (longest, _tradeoff_text_width (words[i], -1));

  return longest;
}

/* Each column as wide as its widest cell, narrowing the widest column until
 * the table fits in COLUMNS.  Returns %FALSE if that cuts a word: the table
 * is then too cramped to read. */
static gboolean
fit_columns (const char * const *cells,
             guint               n_rows,
             guint               n,
             guint              *widths)
{
  guint room = COLUMNS - (3 * n + 1);
  guint total = 0;

  for (guint c = 0; c < n; c++)
    {
      widths[c] = 1;
      for (guint r = 0; r < n_rows; r++)
        widths[c] = MAX (widths[c], _tradeoff_text_width (cells[r * n + c], -1));
      total += widths[c];
    }

  while (total > room)
    {
      guint widest = 0;

      for (guint c = 1; c < n; c++)
        if (widths[c] > widths[widest])
          widest = c;
      if (widths[widest] <= 1)
        break;
      widths[widest]--;
      total--;
    }

  for (guint c = 0; c < n; c++)
    for (guint r = 0; r < n_rows; r++)
      if (longest_word (cells[r * n + c]) > widths[c])
        return FALSE;

  return TRUE;
}

/* The table as a list, row by row, each cell after its column's header:
 * for tables too wide for the page. */
static void
append_table_as_list (GString            *out,
                      const char * const *cells,
                      guint               n_rows,
                      guint               n)
{
  for (guint r = 1; r < n_rows; r++)
    {
      append_wrapped (out, "", "", cells[r * n]);
      for (guint c = 1; c < n; c++)
        {
          /* Translators: a cell of the grid in plain text, as in "Django: Modern" */
          g_autofree char *name = tradeoff_safe_text_isolate (cells[c]);
          g_autofree char *value = tradeoff_safe_text_isolate (cells[r * n + c]);
          g_autofree char *line = g_strdup_printf (_("%s: %s"), name, value);

          append_wrapped (out, "  ", "    ", line);
        }
      g_string_append_c (out, '\n');
    }
}

/* A table of @n_rows rows of @n cells, the first row its header. */
static void
append_table (GString            *out,
              const char * const *cells,
              guint               n_rows,
              guint               n)
{
  guint widths[TRADEOFF_MAX_OPTIONS + 1];

  if (!fit_columns (cells, n_rows, n, widths))
    {
      append_table_as_list (out, cells, n_rows, n);
      return;
    }

  append_table_rule (out, widths, n, '-');
  for (guint r = 0; r < n_rows; r++)
    {
      append_table_row (out, cells + r * n, widths, n);
      append_table_rule (out, widths, n, r == 0 ? '=' : '-');
    }
  g_string_append_c (out, '\n');
}

static void
append_grid (GString             *out,
             TradeoffReportFacts *facts)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  guint n = MIN (facts->n_options, TRADEOFF_MAX_OPTIONS) + 1;
  g_autofree const char **cells = g_new0 (const char *, (n_aspects + 1) * n);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

  if (n_aspects == 0)
    return;

  cells[0] = facts->aspect_heading;
  for (guint o = 1; o < n; o++)
    cells[o] = tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison, o - 1));

  for (guint a = 0; a < n_aspects; a++)
    {
      TradeoffAspect *aspect = g_list_model_get_item (aspects, a);

      g_ptr_array_add (keep, aspect);
      cells[(a + 1) * n] = tradeoff_aspect_get_label (aspect);
      for (guint o = 1; o < n; o++)
        cells[(a + 1) * n + o] = tradeoff_aspect_get_value (aspect, o - 1);
    }

  append_heading (out, facts->grid_heading, '-');
  append_table (out, cells, n_aspects + 1, n);
}

/* The levels and the person's record: what MADR's front matter and
 * drivers say in the Markdown export. */
static void
append_record (GString             *out,
               TradeoffReportFacts *facts)
{
  if (facts->record->len == 0)
    return;

  append_heading (out, _("Your decision"), '-');
  for (guint i = 0; i < facts->record->len; i++)
    append_paragraphs (out, "", g_ptr_array_index (facts->record, i));
}

static void
append_verdict (GString             *out,
                TradeoffReportFacts *facts)
{
  append_heading (out, _("Recommendation"), '-');
  append_paragraphs (out, "", facts->headline);
  append_paragraphs (out, "", facts->explanation);
  append_paragraphs (out, "", facts->confidence);

  if (facts->kind != TRADEOFF_VERDICT_NONE)
    {
      for (guint o = 0; o < facts->n_options; o++)
        {
          TradeoffOption *option = tradeoff_comparison_get_option (facts->comparison, o);
          g_autofree char *score = _tradeoff_report_facts_dup_score (facts, o);
          g_autofree char *line = NULL;
          g_autofree char *name = tradeoff_safe_text_isolate (tradeoff_option_get_name (option));

          /* Translators: an option's score, as in "Django: 5" */
          line = g_strdup_printf (_("%s: %s"), name, score);
          append_wrapped (out, "  ", "    ", line);
        }
      g_string_append_c (out, '\n');
    }

  append_heading (out, _("Reasons"), '~');
  if (facts->reasons->len == 0)
    append_paragraphs (out, "", _("Nothing is ticked yet, so there are no reasons."));
  for (guint i = 0; i < facts->reasons->len; i++)
    {
      const TradeoffReportReason *reason = g_ptr_array_index (facts->reasons, i);
      g_autofree char *from = NULL;

      append_wrapped (out, "  * ", "    ", reason->summary);
      append_wrapped (out, "    ", "    ", reason->rationale);
      if (reason->source != NULL)
        {
          from = g_strdup_printf (_("From the FAQ: %s"), reason->source);
          append_wrapped (out, "    ", "    ", from);
        }
      g_string_append_c (out, '\n');
    }

  append_heading (out, _("What would change this"), '~');
  if (facts->flips->len == 0)
    append_paragraphs (out, "", _("No single tick or untick would change this advice."));
  for (guint i = 0; i < facts->flips->len; i++)
    append_wrapped (out, "  * ", "    ", g_ptr_array_index (facts->flips, i));
  if (facts->flips->len > 0)
    g_string_append_c (out, '\n');

  if (facts->firmness == NULL)
    return;
  append_heading (out, _("How firm the verdict is"), '~');
  append_paragraphs (out, "", facts->firmness);
  if (facts->leads->len == 0)
    return;
  append_heading (out, _("What would make each option lead"), '~');
  for (guint i = 0; i < facts->leads->len; i++)
    append_wrapped (out, "  * ", "    ", g_ptr_array_index (facts->leads, i));
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

      append_wrapped (out, "", "", group->label);
      for (guint i = 0; i < group->criteria->len; i++)
        append_wrapped (out, mark, "      ",
                        tradeoff_criterion_get_label (g_ptr_array_index (group->criteria, i)));
      g_string_append_c (out, '\n');
    }
}

static void
append_criteria (GString             *out,
                 TradeoffReportFacts *facts)
{
  append_heading (out, facts->criteria_heading, '-');
  if (facts->ticked->len == 0 && facts->unticked->len == 0)
    {
      append_paragraphs (out, "", _("This comparison has no criteria yet."));
      return;
    }

  append_heading (out, _("Ticked"), '~');
  if (facts->ticked->len == 0)
    append_paragraphs (out, "", _("Nothing is ticked."));
  append_groups (out, facts->ticked, "  [x] ");

  append_heading (out, _("Not ticked"), '~');
  if (facts->unticked->len == 0)
    append_paragraphs (out, "", _("Everything is ticked."));
  append_groups (out, facts->unticked, "  [ ] ");
}

static void
append_faq (GString             *out,
            TradeoffReportFacts *facts)
{
  GListModel *faq = tradeoff_comparison_get_faq (facts->comparison);
  guint n = g_list_model_get_n_items (faq);

  if (n == 0)
    return;

  append_heading (out, facts->faq_heading, '-');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      append_wrapped (out, "", "", tradeoff_faq_entry_get_question (entry));
      g_string_append_c (out, '\n');
      append_paragraphs (out, "    ", tradeoff_faq_entry_get_answer (entry));
    }
}

void
_tradeoff_report_write_text (TradeoffReportFacts *facts,
                             GString             *out)
{
  append_heading (out, facts->title, '=');
  append_wrapped (out, "", "", facts->byline);
  append_wrapped (out, "", "", facts->updated);
  append_wrapped (out, "", "", facts->as_of);
  g_string_append_c (out, '\n');
  append_paragraphs (out, "", facts->intro);

  append_grid (out, facts);
  append_verdict (out, facts);
  append_record (out, facts);
  append_criteria (out, facts);
  append_faq (out, facts);

  /* One newline at the end, not a blank line. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
