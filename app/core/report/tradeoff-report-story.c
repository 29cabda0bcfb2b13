/* tradeoff-report-story.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the printed report says, in order, as blocks for the paginator: the
 * title and date, the grid, the verdict with its reasons and flips, the
 * ticked and unticked criteria, and the FAQ.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-report-private.h"

/* Room between a table cell's text and the cell's edges, in points. */
#define CELL_PAD_X 6.0
#define CELL_PAD_Y 4.0
/* From this many options on, tables may use a smaller font and less room,
 * so that words fit their columns. */
#define COMPACT_OPTIONS 4
/* How far list items, reasons' details and answers are indented. */
#define INDENT 14.0
/* Paragraphs of this many lines or more may break across pages, and lists
 * of this many items or more. */
#define MIN_SPLIT_LINES 5
#define MIN_SPLIT_ITEMS 9

typedef struct
{
  double              x[TRADEOFF_MAX_OPTIONS + 1];
  double              widths[TRADEOFF_MAX_OPTIONS + 1];
  guint               n;
  double              pad_x;
  TradeoffReportStyle cell;
  TradeoffReportStyle strong;
} Columns;

static TradeoffReportBlock *
add_text (TradeoffReportBuilder *builder,
          TradeoffReportStyle    style,
          const char            *text,
          double                 indent,
          double                 space_before,
          double                 space_after)
{
  TradeoffReportBlock *block = _tradeoff_report_builder_add_text (builder, style, text, indent);

  if (block != NULL)
    {
      block->space_before = space_before;
      block->space_after = space_after;
      block->splittable = block->cells[0].n_lines >= MIN_SPLIT_LINES;
    }

  return block;
}

static void
add_heading (TradeoffReportBuilder *builder,
             TradeoffReportStyle    style,
             const char            *text)
{
  gboolean major = style == TRADEOFF_REPORT_STYLE_HEADING;
  TradeoffReportBlock *block = add_text (builder, style, text, 0.0,
                                         major ? 20.0 : 12.0, major ? 8.0 : 5.0);

  /* A heading never ends a page: it goes with what it is the heading of. */
  if (block != NULL)
    block->keep_with_next = TRUE;
}

/* Text made of paragraphs, as the loader keeps them: one block each, so a
 * short paragraph moves whole and a long answer can still break between
 * paragraphs. */
static void
add_paragraphs (TradeoffReportBuilder *builder,
                TradeoffReportStyle    style,
                const char            *text,
                double                 indent,
                double                 space_before,
                double                 space_after)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL)
    return;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if (add_text (builder, style, g_strstrip (paragraphs[i]), indent,
                    space_before, space_after) != NULL)
        space_before = 0.0;
    }
}

/* A list item: a mark ("•", "☑") hanging left of its text.  The items of a
 * short list keep together, like the lines of a short paragraph. */
static void
add_item (TradeoffReportBuilder *builder,
          const char            *mark,
          const char            *text,
          double                 indent,
          gboolean               keep_with_next)
{
  static const TradeoffReportStyle styles[] = { TRADEOFF_REPORT_STYLE_BODY, TRADEOFF_REPORT_STYLE_BODY };
  const char *texts[] = { mark, text };
  double x[] = { indent, indent + INDENT };
  double widths[] = { INDENT, builder->width - indent - INDENT };
  TradeoffReportBlock *block;

  block = _tradeoff_report_builder_add_row (builder, styles, texts, x, widths, 2);
  block->space_after = 3.0;
  block->keep_with_next = keep_with_next;
}

/* The widest word of any option column: its name or a value. */
static double
widest_option_word (TradeoffReportBuilder *builder,
                    TradeoffReportFacts   *facts,
                    const Columns         *columns)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  double widest = 0.0;

  for (guint o = 0; o < facts->n_options; o++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (facts->comparison, o);

      widest = MAX (widest, _tradeoff_report_builder_measure_word (builder, columns->strong,
                                                                   tradeoff_option_get_name (option)));
    }

  for (guint a = 0; a < n_aspects; a++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, a);

      for (guint o = 0; o < facts->n_options; o++)
        widest = MAX (widest, _tradeoff_report_builder_measure_word (builder, columns->cell,
                                                                     tradeoff_aspect_get_value (aspect, o)));
    }

  return widest;
}

/* The label column is as wide as its longest label, within reason; the
 * options share the rest equally, so none looks favoured.  Returns %FALSE
 * if that cuts the options' words even once the label column has given up
 * room down to its own widest word. */
static gboolean
columns_fit (Columns               *columns,
             TradeoffReportBuilder *builder,
             TradeoffReportFacts   *facts)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  guint n_options = MAX (facts->n_options, 1);
  double label, label_word, option, option_word;
  gboolean compact = columns->cell != TRADEOFF_REPORT_STYLE_CELL;

  label = _tradeoff_report_builder_measure (builder, columns->strong, facts->aspect_heading);
  label_word = _tradeoff_report_builder_measure_word (builder, columns->strong, facts->aspect_heading);
  for (guint i = 0; i < n_aspects; i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);
      const char *text = tradeoff_aspect_get_label (aspect);

      label = MAX (label, _tradeoff_report_builder_measure (builder, columns->strong, text));
      label_word = MAX (label_word, _tradeoff_report_builder_measure_word (builder, columns->strong, text));
    }

  label = CLAMP (label + 2 * columns->pad_x, builder->width * 0.12,
                 builder->width * (compact ? 0.22 : 0.34));
  option_word = widest_option_word (builder, facts, columns) + 2 * columns->pad_x;
  if ((builder->width - label) / n_options < option_word)
    label = MIN (label, MAX (label_word + 2 * columns->pad_x, builder->width - n_options * option_word));
  option = (builder->width - label) / n_options;

  columns->n = MIN (facts->n_options, TRADEOFF_MAX_OPTIONS) + 1;
  columns->x[0] = 0.0;
  columns->widths[0] = label;
  for (guint i = 1; i < columns->n; i++)
    {
      columns->x[i] = label + (i - 1) * option;
      columns->widths[i] = option;
    }

  return option >= option_word - TRADEOFF_REPORT_EPSILON;
}

/* The grid's font: the usual one, or for many options the largest smaller
 * one whose words fit their columns. */
static void
columns_init (Columns               *columns,
              TradeoffReportBuilder *builder,
              TradeoffReportFacts   *facts)
{
  static const TradeoffReportStyle tiers[][2] = {
    { TRADEOFF_REPORT_STYLE_CELL, TRADEOFF_REPORT_STYLE_CELL_STRONG },
    { TRADEOFF_REPORT_STYLE_CELL_COMPACT, TRADEOFF_REPORT_STYLE_CELL_COMPACT_STRONG },
    { TRADEOFF_REPORT_STYLE_CELL_TINY, TRADEOFF_REPORT_STYLE_CELL_TINY_STRONG },
  };
  guint n_tiers = facts->n_options >= COMPACT_OPTIONS ? G_N_ELEMENTS (tiers) : 1;

  for (guint t = 0; t < n_tiers; t++)
    {
      columns->cell = tiers[t][0];
      columns->strong = tiers[t][1];
      columns->pad_x = t == 0 ? CELL_PAD_X : CELL_PAD_X * 2 / 3;

      if (columns_fit (columns, builder, facts))
        return;
    }
}

static TradeoffReportBlock *
add_table_row (TradeoffReportBuilder     *builder,
               const Columns             *columns,
               const TradeoffReportStyle *styles,
               const char * const        *texts,
               int                        header)
{
  double x[TRADEOFF_MAX_OPTIONS + 1];
  double widths[TRADEOFF_MAX_OPTIONS + 1];
  TradeoffReportBlock *block;

  for (guint i = 0; i < columns->n; i++)
    {
      x[i] = columns->x[i] + columns->pad_x;
      widths[i] = columns->widths[i] - 2 * columns->pad_x;
    }

  block = _tradeoff_report_builder_add_row (builder, styles, texts, x, widths, columns->n);
  block->pad = CELL_PAD_Y;
  block->frame_x = 0.0;
  block->frame_width = builder->width;
  if (header < 0)
    {
      /* The header row goes with the table's first row. */
      block->frame = TRADEOFF_REPORT_FRAME_HEADER;
      block->keep_with_next = TRUE;
      block->space_before = 4.0;
    }
  else
    {
      block->frame = TRADEOFF_REPORT_FRAME_ROW;
      block->header = header;
    }

  return block;
}

/* A header row of the option names, after @first; returns its index. */
static int
add_options_header (TradeoffReportBuilder *builder,
                    TradeoffReportFacts   *facts,
                    const Columns         *columns,
                    const char            *first)
{
  TradeoffReportStyle styles[TRADEOFF_MAX_OPTIONS + 1];
  const char *texts[TRADEOFF_MAX_OPTIONS + 1];

  styles[0] = columns->strong;
  texts[0] = first;
  for (guint i = 1; i < columns->n; i++)
    {
      styles[i] = columns->strong;
      texts[i] = tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison, i - 1));
    }

  add_table_row (builder, columns, styles, texts, -1);

  return (int) builder->blocks->len - 1;
}

static void
add_title (TradeoffReportBuilder *builder,
           TradeoffReportFacts   *facts)
{
  add_text (builder, TRADEOFF_REPORT_STYLE_TITLE, facts->title, 0.0, 0.0, 6.0);
  add_text (builder, TRADEOFF_REPORT_STYLE_SUBTITLE, facts->byline, 0.0, 0.0, 2.0);
  add_text (builder, TRADEOFF_REPORT_STYLE_SUBTITLE, facts->updated, 0.0, 0.0, 2.0);
  add_text (builder, TRADEOFF_REPORT_STYLE_SUBTITLE, facts->as_of, 0.0, 0.0, 2.0);
  add_paragraphs (builder, TRADEOFF_REPORT_STYLE_BODY, facts->intro, 0.0, 12.0, 6.0);
}

static void
add_grid (TradeoffReportBuilder *builder,
          TradeoffReportFacts   *facts,
          const Columns         *columns)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  TradeoffReportStyle styles[TRADEOFF_MAX_OPTIONS + 1];
  const char *texts[TRADEOFF_MAX_OPTIONS + 1];
  int header;

  if (n_aspects == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, facts->grid_heading);
  header = add_options_header (builder, facts, columns, facts->aspect_heading);

  styles[0] = columns->strong;
  for (guint i = 1; i < columns->n; i++)
    styles[i] = columns->cell;

  for (guint a = 0; a < n_aspects; a++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, a);

      texts[0] = tradeoff_aspect_get_label (aspect);
      for (guint i = 1; i < columns->n; i++)
        texts[i] = tradeoff_aspect_get_value (aspect, i - 1);
      add_table_row (builder, columns, styles, texts, header);
    }
}

static void
add_scores (TradeoffReportBuilder *builder,
            TradeoffReportFacts   *facts,
            const Columns         *columns)
{
  TradeoffReportStyle styles[TRADEOFF_MAX_OPTIONS + 1];
  const char *texts[TRADEOFF_MAX_OPTIONS + 1];
  char *scores[TRADEOFF_MAX_OPTIONS] = { NULL };
  TradeoffReportBlock *row;
  int header;

  /* The option names line up with the grid's columns above. */
  header = add_options_header (builder, facts, columns, "");

  styles[0] = columns->strong;
  texts[0] = _("Score");
  for (guint i = 1; i < columns->n; i++)
    {
      gboolean leads = facts->leader == i - 1;

      scores[i - 1] = _tradeoff_report_facts_dup_score (facts, i - 1);
      styles[i] = leads ? columns->strong : columns->cell;
      texts[i] = scores[i - 1];
    }
  row = add_table_row (builder, columns, styles, texts, header);
  row->space_after = 6.0;

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    g_free (scores[i]);
}

static void
add_verdict (TradeoffReportBuilder *builder,
             TradeoffReportFacts   *facts,
             const Columns         *columns)
{
  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, _("Recommendation"));
  add_text (builder, TRADEOFF_REPORT_STYLE_LEAD, facts->headline, 0.0, 0.0, 6.0);
  add_paragraphs (builder, TRADEOFF_REPORT_STYLE_BODY, facts->explanation, 0.0, 0.0, 6.0);
  add_text (builder, TRADEOFF_REPORT_STYLE_NOTE, facts->confidence, 0.0, 0.0, 6.0);

  if (facts->kind != TRADEOFF_VERDICT_NONE)
    add_scores (builder, facts, columns);
}

/* The levels and the person's record, as in the text export. */
static void
add_record (TradeoffReportBuilder *builder,
            TradeoffReportFacts   *facts)
{
  if (facts->record->len == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, _("Your decision"));
  for (guint i = 0; i < facts->record->len; i++)
    add_paragraphs (builder, TRADEOFF_REPORT_STYLE_BODY, g_ptr_array_index (facts->record, i),
                    0.0, 0.0, 4.0);
}

static void
add_reasons (TradeoffReportBuilder *builder,
             TradeoffReportFacts   *facts)
{
  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("Reasons"));

  if (facts->reasons->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY,
              _("Nothing is ticked yet, so there are no reasons."), 0.0, 0.0, 6.0);

  for (guint i = 0; i < facts->reasons->len; i++)
    {
      const TradeoffReportReason *reason = g_ptr_array_index (facts->reasons, i);
      g_autofree char *from = NULL;
      TradeoffReportBlock *block;

      /* Each reason stays together: its summary, why, and where from. */
      block = add_text (builder, TRADEOFF_REPORT_STYLE_STRONG, reason->summary, 0.0, 6.0, 2.0);
      if (block != NULL)
        block->keep_with_next = reason->rationale != NULL || reason->source != NULL;

      block = add_text (builder, TRADEOFF_REPORT_STYLE_BODY, reason->rationale, INDENT, 0.0, 2.0);
      if (block != NULL)
        block->keep_with_next = reason->source != NULL;

      if (reason->source != NULL)
        {
          /* Translators: %s is a question of the comparison's FAQ */
          from = g_strdup_printf (_("From the FAQ: %s"), reason->source);
          add_text (builder, TRADEOFF_REPORT_STYLE_NOTE, from, INDENT, 0.0, 4.0);
        }
    }
}

static void
add_flips (TradeoffReportBuilder *builder,
           TradeoffReportFacts   *facts)
{
  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("What would change this"));

  if (facts->flips->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY,
              _("No single tick or untick would change this advice."), 0.0, 0.0, 6.0);

  for (guint i = 0; i < facts->flips->len; i++)
    add_item (builder, "•", g_ptr_array_index (facts->flips, i), 0.0,
              facts->flips->len < MIN_SPLIT_ITEMS && i + 1 < facts->flips->len);
}

/* How firm the verdict is and what would make each other option lead. */
static void
add_min_change (TradeoffReportBuilder *builder,
                TradeoffReportFacts   *facts)
{
  if (facts->firmness == NULL)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("How firm the verdict is"));
  add_text (builder, TRADEOFF_REPORT_STYLE_BODY, facts->firmness, 0.0, 0.0, 6.0);
  if (facts->leads->len == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("What would make each option lead"));
  for (guint i = 0; i < facts->leads->len; i++)
    add_item (builder, "•", g_ptr_array_index (facts->leads, i), 0.0,
              facts->leads->len < MIN_SPLIT_ITEMS && i + 1 < facts->leads->len);
}

static void
add_groups (TradeoffReportBuilder *builder,
            GPtrArray             *groups,
            const char            *mark)
{
  for (guint g = 0; g < groups->len; g++)
    {
      const TradeoffReportGroup *group = g_ptr_array_index (groups, g);
      TradeoffReportBlock *block;

      block = add_text (builder, TRADEOFF_REPORT_STYLE_STRONG, group->label, 0.0, 6.0, 3.0);
      if (block != NULL)
        block->keep_with_next = TRUE;

      for (guint i = 0; i < group->criteria->len; i++)
        add_item (builder, mark,
                  tradeoff_criterion_get_label (g_ptr_array_index (group->criteria, i)),
                  0.0, group->criteria->len < MIN_SPLIT_ITEMS && i + 1 < group->criteria->len);
    }
}

static void
add_criteria (TradeoffReportBuilder *builder,
              TradeoffReportFacts   *facts)
{
  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, facts->criteria_heading);
  if (facts->ticked->len == 0 && facts->unticked->len == 0)
    {
      add_text (builder, TRADEOFF_REPORT_STYLE_BODY, _("This comparison has no criteria yet."), 0.0, 0.0, 6.0);
      return;
    }

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("Ticked"));
  if (facts->ticked->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY, _("Nothing is ticked."), 0.0, 0.0, 6.0);
  add_groups (builder, facts->ticked, "☑");

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("Not ticked"));
  if (facts->unticked->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY, _("Everything is ticked."), 0.0, 0.0, 6.0);
  add_groups (builder, facts->unticked, "☐");
}

static void
add_faq (TradeoffReportBuilder *builder,
         TradeoffReportFacts   *facts)
{
  GListModel *faq = tradeoff_comparison_get_faq (facts->comparison);
  guint n = g_list_model_get_n_items (faq);

  if (n == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, facts->faq_heading);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);
      TradeoffReportBlock *block;

      block = add_text (builder, TRADEOFF_REPORT_STYLE_STRONG,
                        tradeoff_faq_entry_get_question (entry), 0.0, 10.0, 3.0);
      if (block != NULL)
        block->keep_with_next = TRUE;
      add_paragraphs (builder, TRADEOFF_REPORT_STYLE_BODY,
                      tradeoff_faq_entry_get_answer (entry), 0.0, 0.0, 6.0);
    }
}

void
_tradeoff_report_build_story (TradeoffReportBuilder *builder,
                              TradeoffReportFacts   *facts)
{
  Columns columns;

  columns_init (&columns, builder, facts);

  add_title (builder, facts);
  add_grid (builder, facts, &columns);
  add_verdict (builder, facts, &columns);
  add_record (builder, facts);
  add_reasons (builder, facts);
  add_flips (builder, facts);
  add_min_change (builder, facts);
  add_criteria (builder, facts);
  add_faq (builder, facts);
}
