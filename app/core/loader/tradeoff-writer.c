/* tradeoff-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader's mirror: a comparison back into a comparison file.  There is
 * one canonical form (data/README.md, "The canonical form"), so that saving
 * an unchanged file changes no byte and two saves of the same comparison
 * can be compared with diff:
 *
 * - the XML declaration, then the comment the file began with, if any;
 * - elements in the schema's order, indented by two spaces, one element
 *   per line except an option's <name>, which shares its <option>'s line;
 * - a blank line before each of options, aspects, faq, criteria and
 *   verdicts, and between groups;
 * - attributes in the schema's order; optional ones only when they say
 *   something (exclusive="true", never exclusive="false");
 * - a text on one line, or, if it has paragraphs, on lines of its own,
 *   indented one step more than its element, with a blank line between
 *   paragraphs;
 * - &amp; &lt; &gt; in text, and &quot; and character references for line
 *   breaks and tabs in attributes; everything else as UTF-8;
 * - a weight for each option the criterion gives one other than 0 (0 is
 *   what an absent weight means), or a single 0 for the first option if it
 *   gives none.
 *
 * Built in one GString, sized for the comparison up front, so the large
 * generated comparison is written faster than it is read.
 */

#define G_LOG_DOMAIN "tradeoff-writer"

#include "config.h"

#include <string.h>

#include "tradeoff-atomic-file.h"
#include "tradeoff-writer.h"

#define INDENT "  "

/* Which bytes need escaping: 1 in text, 2 in attributes as well. */
static const guint8 special[256] = {
  ['&'] = 1, ['<'] = 1, ['>'] = 1, ['\r'] = 1,
  ['"'] = 2, ['\n'] = 2, ['\t'] = 2,
};

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  const guint8 *p = (const guint8 *)text;
  const guint8 *run = p;
  guint8 threshold = attribute ? 2 : 1;

  for (; *p != '\0'; p++)
    {
      const char *replacement;

      if (special[*p] == 0 || special[*p] > threshold)
        continue;

      switch (*p)
        {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = "&quot;"; break;
        case '\n': replacement = "&#10;"; break;
        case '\t': replacement = "&#9;"; break;
        case '\r': replacement = "&#13;"; break;
        default: g_assert_not_reached ();
        }

      g_string_append_len (out, (const char *)run, p - run);
      g_string_append (out, replacement);
      run = p + 1;
    }

  g_string_append_len (out, (const char *)run, p - run);
}

static void
append_indent (GString *out,
               guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, INDENT);
}

/* ` name="value"`, or nothing if @value is %NULL. */
static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return;

  g_string_append_c (out, ' ');
  g_string_append (out, name);
  g_string_append (out, "=\"");
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

/* The text of an element whose start tag is already written, then its end
 * tag and the end of the line. */
static void
append_text_content (GString    *out,
                     guint       depth,
                     const char *name,
                     const char *text)
{
  if (strchr (text, '\n') == NULL)
    append_escaped (out, text, FALSE);
  else
    {
      /* Paragraphs: the loader drops the white space around them and reads
       * a blank line as a paragraph break. */
      g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          g_string_append (out, i == 0 ? "\n" : "\n\n");
          append_indent (out, depth + 1);
          append_escaped (out, paragraphs[i], FALSE);
        }
      g_string_append_c (out, '\n');
      append_indent (out, depth);
    }

  g_string_append (out, "</");
  g_string_append (out, name);
  g_string_append (out, ">\n");
}

/* <name attribute="value">text</name> on a line of its own; nothing if
 * @text is %NULL.  @attribute may be %NULL. */
static void
append_text_element (GString    *out,
                     guint       depth,
                     const char *name,
                     const char *attribute,
                     const char *value,
                     const char *text)
{
  if (text == NULL)
    return;

  append_indent (out, depth);
  g_string_append_c (out, '<');
  g_string_append (out, name);
  if (attribute != NULL)
    append_attribute (out, attribute, value);
  g_string_append_c (out, '>');
  append_text_content (out, depth, name, text);
}

/* The start tag of a list element; %TRUE if it has children to come,
 * else it is written empty. */
static gboolean
start_list (GString    *out,
            const char *name,
            const char *heading,
            const char *label,
            guint       n_items)
{
  g_string_append (out, "\n" INDENT "<");
  g_string_append (out, name);
  append_attribute (out, "heading", heading);
  append_attribute (out, "label", label);
  g_string_append (out, n_items > 0 ? ">\n" : "/>\n");

  return n_items > 0;
}

static void
end_list (GString    *out,
          const char *name)
{
  g_string_append (out, INDENT "</");
  g_string_append (out, name);
  g_string_append (out, ">\n");
}

static void
append_header (GString            *out,
               TradeoffComparison *comparison)
{
  const char *preamble = tradeoff_comparison_get_preamble (comparison);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  /* Only a comment that is one: "--" inside, or "-" at its end, would end
   * it early. */
  if (preamble != NULL && strstr (preamble, "--") == NULL && !g_str_has_suffix (preamble, "-"))
    {
      g_string_append (out, "<!--");
      g_string_append (out, preamble);
      g_string_append (out, "-->\n");
    }

  g_string_append (out, "<comparison");
  append_attribute (out, "id", tradeoff_comparison_get_id (comparison));
  append_attribute (out, "version", "1");
  append_attribute (out, "gettext-domain", tradeoff_comparison_get_gettext_domain (comparison));
  g_string_append (out, ">\n");

  append_text_element (out, 1, "title", NULL, NULL, tradeoff_comparison_get_title (comparison));
  append_text_element (out, 1, "byline", NULL, NULL, tradeoff_comparison_get_byline (comparison));
  append_text_element (out, 1, "updated", NULL, NULL,
                       tradeoff_comparison_get_updated (comparison));
  append_text_element (out, 1, "intro", NULL, NULL, tradeoff_comparison_get_intro (comparison));
}

static void
append_options (GString            *out,
                TradeoffComparison *comparison)
{
  guint n = tradeoff_comparison_get_n_options (comparison);

  start_list (out, "options", NULL, NULL, n);
  for (guint i = 0; i < n; i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, i);

      g_string_append (out, INDENT INDENT "<option");
      append_attribute (out, "id", tradeoff_option_get_id (option));
      g_string_append (out, "><name>");
      append_escaped (out, tradeoff_option_get_name (option), FALSE);
      g_string_append (out, "</name></option>\n");
    }
  end_list (out, "options");
}

static void
append_aspects (GString            *out,
                TradeoffComparison *comparison)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);
  guint n = g_list_model_get_n_items (aspects);
  guint n_options = tradeoff_comparison_get_n_options (comparison);

  if (!start_list (out, "aspects", tradeoff_comparison_get_grid_heading (comparison),
                   tradeoff_comparison_get_aspect_heading (comparison), n))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      g_string_append (out, INDENT INDENT "<aspect");
      append_attribute (out, "id", tradeoff_aspect_get_id (aspect));
      g_string_append (out, ">\n");
      append_text_element (out, 3, "label", NULL, NULL, tradeoff_aspect_get_label (aspect));
      for (guint j = 0; j < n_options; j++)
        append_text_element (out, 3, "value", "option",
                             tradeoff_option_get_id (tradeoff_comparison_get_option (comparison,
                                                                                     j)),
                             tradeoff_aspect_get_value (aspect, j));
      g_string_append (out, INDENT INDENT "</aspect>\n");
    }
  end_list (out, "aspects");
}

static void
append_faq (GString            *out,
            TradeoffComparison *comparison)
{
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  guint n = g_list_model_get_n_items (faq);

  if (!start_list (out, "faq", tradeoff_comparison_get_faq_heading (comparison), NULL, n))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      g_string_append (out, INDENT INDENT "<entry");
      append_attribute (out, "id", tradeoff_faq_entry_get_id (entry));
      g_string_append (out, ">\n");
      append_text_element (out, 3, "question", NULL, NULL,
                           tradeoff_faq_entry_get_question (entry));
      append_text_element (out, 3, "answer", NULL, NULL, tradeoff_faq_entry_get_answer (entry));
      g_string_append (out, INDENT INDENT "</entry>\n");
    }
  end_list (out, "faq");
}

static void
append_weight (GString    *out,
               const char *option_id,
               int         weight)
{
  g_string_append (out, INDENT INDENT INDENT INDENT "<weight");
  append_attribute (out, "option", option_id);
  g_string_append_printf (out, ">%d</weight>\n", weight);
}

static void
append_criterion (GString            *out,
                  TradeoffComparison *comparison,
                  TradeoffCriterion  *criterion)
{
  TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);
  guint n_options = tradeoff_comparison_get_n_options (comparison);
  gboolean any = FALSE;

  g_string_append (out, INDENT INDENT INDENT "<criterion");
  append_attribute (out, "id", tradeoff_criterion_get_id (criterion));
  append_attribute (out, "source", source != NULL ? tradeoff_faq_entry_get_id (source) : NULL);
  g_string_append (out, ">\n");
  append_text_element (out, 4, "label", NULL, NULL, tradeoff_criterion_get_label (criterion));
  append_text_element (out, 4, "rationale", NULL, NULL,
                       tradeoff_criterion_get_rationale (criterion));

  for (guint i = 0; i < n_options; i++)
    {
      int weight = tradeoff_criterion_get_weight (criterion, i);

      if (weight == 0)
        continue;

      append_weight (out, tradeoff_option_get_id (tradeoff_comparison_get_option (comparison, i)),
                     weight);
      any = TRUE;
    }

  /* The schema wants at least one weight. */
  if (!any)
    append_weight (out, tradeoff_option_get_id (tradeoff_comparison_get_option (comparison, 0)),
                   0);

  g_string_append (out, INDENT INDENT INDENT "</criterion>\n");
}

static void
append_criteria (GString            *out,
                 TradeoffComparison *comparison)
{
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  guint n = g_list_model_get_n_items (groups);

  if (!start_list (out, "criteria", tradeoff_comparison_get_criteria_heading (comparison),
                   NULL, n))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
      guint n_criteria = g_list_model_get_n_items (criteria);

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, INDENT INDENT "<group");
      append_attribute (out, "id", tradeoff_criterion_group_get_id (group));
      append_attribute (out, "exclusive",
                        tradeoff_criterion_group_get_exclusive (group) ? "true" : NULL);
      g_string_append (out, ">\n");
      append_text_element (out, 3, "label", NULL, NULL, tradeoff_criterion_group_get_label (group));
      for (guint j = 0; j < n_criteria; j++)
        {
          g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, j);

          append_criterion (out, comparison, criterion);
        }
      g_string_append (out, INDENT INDENT "</group>\n");
    }
  end_list (out, "criteria");
}

static void
append_verdicts (GString            *out,
                 TradeoffComparison *comparison)
{
  guint n = tradeoff_comparison_get_n_options (comparison);

  start_list (out, "verdicts", NULL, NULL, 1);
  for (guint i = 0; i < n; i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, i);

      append_text_element (out, 2, "verdict", "option", tradeoff_option_get_id (option),
                           tradeoff_option_get_verdict (option));
    }
  append_text_element (out, 2, "tie", NULL, NULL, tradeoff_comparison_get_tie_verdict (comparison));
  append_text_element (out, 2, "none", NULL, NULL,
                       tradeoff_comparison_get_none_verdict (comparison));
  end_list (out, "verdicts");
}

/* A first guess at the size: the texts and their markup, so the string
 * seldom grows (each growth copies all of it). */
static gsize
estimate_size (TradeoffComparison *comparison)
{
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  guint n_faq = g_list_model_get_n_items (faq);
  gsize size = 16 * 1024;

  for (guint i = 0; i < n_faq; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      size += strlen (tradeoff_faq_entry_get_question (entry)) +
              strlen (tradeoff_faq_entry_get_answer (entry)) + 96;
    }

  size += g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)) *
          (64 + 64 * tradeoff_comparison_get_n_options (comparison));
  size += tradeoff_comparison_get_n_criteria (comparison) * 512;

  return size;
}

GBytes *
tradeoff_writer_to_bytes (TradeoffComparison *comparison)
{
  GString *out;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (tradeoff_comparison_get_n_options (comparison) > 0, NULL);

  out = g_string_sized_new (estimate_size (comparison));
  append_header (out, comparison);
  append_options (out, comparison);
  append_aspects (out, comparison);
  append_faq (out, comparison);
  append_criteria (out, comparison);
  append_verdicts (out, comparison);
  g_string_append (out, "</comparison>\n");

  return g_string_free_to_bytes (out);
}

gboolean
tradeoff_writer_save (TradeoffComparison  *comparison,
                      GFile               *file,
                      GCancellable        *cancellable,
                      GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tradeoff_writer_to_bytes (comparison);
  return tradeoff_atomic_file_write (file, bytes, cancellable, error);
}
