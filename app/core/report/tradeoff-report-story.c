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
  /* The grid's first rows, whose words the columns are made to fit: all
   * of them, unless measuring them would take more than COLUMNS_SHARE of
   * the budget.  The grid shows no others. */
  guint               n_aspects;
} Columns;

/* The most of the budget measuring the grid's columns may take, per font
 * tried: a quarter. */
#define COLUMNS_SHARE 4

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

/* Where a list stops because the report has spent its budget: says how
 * many of its items are left out. */
static void
add_cut_note (TradeoffReportBuilder *builder,
              TradeoffReportCut      cut,
              guint                  left,
              guint                  total)
{
  g_autofree char *note = NULL;

  if (left == 0)
    return;

  note = _tradeoff_report_budget_dup_cut_note (cut, left, total);
  add_text (builder, TRADEOFF_REPORT_STYLE_NOTE, note, 0.0, 4.0, 6.0);
  builder->cut = TRUE;
}

/* The widest word of any option column: its name or a value. */
static double
widest_option_word (TradeoffReportBuilder *builder,
                    TradeoffReportFacts   *facts,
                    const Columns         *columns)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = columns->n_aspects;
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
  guint n_aspects = columns->n_aspects;
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

/* How many of the grid's rows the columns are measured for: a label is
 * measured twice (whole, and its widest word), a value once. */
static guint
count_measured_aspects (TradeoffReportBuilder *builder,
                        TradeoffReportFacts   *facts)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (facts->comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  guint64 share = builder->budget / COLUMNS_SHARE;
  guint64 units = 0;

  for (guint a = 0; a < n_aspects; a++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, a);

      units += 2 * _tradeoff_report_budget_estimate (tradeoff_aspect_get_label (aspect));
      for (guint o = 0; o < facts->n_options; o++)
        units += _tradeoff_report_budget_estimate (tradeoff_aspect_get_value (aspect, o));
      if (units > share)
        return a;
    }

  return n_aspects;
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

  columns->n_aspects = count_measured_aspects (builder, facts);
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
           TradeoffReportFacts   *facts,
           const Columns         *columns)
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
  guint a;
  int header;

  if (n_aspects == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, facts->grid_heading);
  header = add_options_header (builder, facts, columns, facts->aspect_heading);

  styles[0] = columns->strong;
  for (guint i = 1; i < columns->n; i++)
    styles[i] = columns->cell;

  for (a = 0; a < columns->n_aspects && !_tradeoff_report_builder_is_spent (builder); a++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, a);

      texts[0] = tradeoff_aspect_get_label (aspect);
      for (guint i = 1; i < columns->n; i++)
        texts[i] = tradeoff_aspect_get_value (aspect, i - 1);
      add_table_row (builder, columns, styles, texts, header);
    }
  add_cut_note (builder, TRADEOFF_REPORT_CUT_ASPECTS, n_aspects - a, n_aspects);
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
            TradeoffReportFacts   *facts,
            const Columns         *columns)
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
             TradeoffReportFacts   *facts,
             const Columns         *columns)
{
  guint i;

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("Reasons"));

  if (facts->reasons->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY,
              _("Nothing is ticked yet, so there are no reasons."), 0.0, 0.0, 6.0);

  for (i = 0; i < facts->reasons->len && !_tradeoff_report_builder_is_spent (builder); i++)
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
  add_cut_note (builder, TRADEOFF_REPORT_CUT_REASONS, facts->reasons->len - i, facts->reasons->len);
}

static void
add_flips (TradeoffReportBuilder *builder,
           TradeoffReportFacts   *facts,
           const Columns         *columns)
{
  guint i;

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("What would change this"));

  if (facts->flips->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY,
              _("No single tick or untick would change this advice."), 0.0, 0.0, 6.0);

  for (i = 0; i < facts->flips->len && !_tradeoff_report_builder_is_spent (builder); i++)
    add_item (builder, "•", g_ptr_array_index (facts->flips, i), 0.0,
              facts->flips->len < MIN_SPLIT_ITEMS && i + 1 < facts->flips->len);
  add_cut_note (builder, TRADEOFF_REPORT_CUT_FLIPS, facts->flips->len - i, facts->flips->len);
}

/* How firm the verdict is and what would make each other option lead. */
static void
add_min_change (TradeoffReportBuilder *builder,
                TradeoffReportFacts   *facts,
                const Columns         *columns)
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

/* The groups' criteria, each group under its label, until the budget is
 * spent; then how many were left out. */
static void
add_groups (TradeoffReportBuilder *builder,
            GPtrArray             *groups,
            const char            *mark,
            TradeoffReportCut      cut)
{
  guint shown = 0, total = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      const TradeoffReportGroup *group = g_ptr_array_index (groups, g);
      TradeoffReportBlock *block;

      total += group->criteria->len;
      if (_tradeoff_report_builder_is_spent (builder))
        continue;

      block = add_text (builder, TRADEOFF_REPORT_STYLE_STRONG, group->label, 0.0, 6.0, 3.0);
      if (block != NULL)
        block->keep_with_next = TRUE;

      for (guint i = 0; i < group->criteria->len && !_tradeoff_report_builder_is_spent (builder); i++, shown++)
        add_item (builder, mark,
                  tradeoff_criterion_get_label (g_ptr_array_index (group->criteria, i)),
                  0.0, group->criteria->len < MIN_SPLIT_ITEMS && i + 1 < group->criteria->len);
    }
  add_cut_note (builder, cut, total - shown, total);
}

/* The criteria, ticked first: the ticked ones are part of the decision,
 * the others part of the guide, so they are two parts of the story. */
static void
add_ticked (TradeoffReportBuilder *builder,
            TradeoffReportFacts   *facts,
            const Columns         *columns)
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
  add_groups (builder, facts->ticked, "☑", TRADEOFF_REPORT_CUT_TICKED);
}

static void
add_unticked (TradeoffReportBuilder *builder,
              TradeoffReportFacts   *facts,
              const Columns         *columns)
{
  if (facts->ticked->len == 0 && facts->unticked->len == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_SUBHEADING, _("Not ticked"));
  if (facts->unticked->len == 0)
    add_text (builder, TRADEOFF_REPORT_STYLE_BODY, _("Everything is ticked."), 0.0, 0.0, 6.0);
  add_groups (builder, facts->unticked, "☐", TRADEOFF_REPORT_CUT_UNTICKED);
}

static void
add_faq (TradeoffReportBuilder *builder,
         TradeoffReportFacts   *facts,
         const Columns         *columns)
{
  GListModel *faq = tradeoff_comparison_get_faq (facts->comparison);
  guint n = g_list_model_get_n_items (faq);
  guint i;

  if (n == 0)
    return;

  add_heading (builder, TRADEOFF_REPORT_STYLE_HEADING, facts->faq_heading);
  for (i = 0; i < n && !_tradeoff_report_builder_is_spent (builder); i++)
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
  add_cut_note (builder, TRADEOFF_REPORT_CUT_QUESTIONS, n - i, n);
}

typedef void (*AddPart) (TradeoffReportBuilder *builder,
                         TradeoffReportFacts   *facts,
                         const Columns         *columns);

/* The story's parts in reading order, each with its rank: the parts are
 * measured in the order of their ranks, each while the budget lasts, so
 * the decision (the verdict, the person's record, the reasons, what is
 * ticked) is in the report before the bulky parts of the guide (the grid,
 * the ways to change the advice, the other criteria, the FAQ).  The title,
 * the verdict and the record are short by the loader's rules and always
 * whole; the lists stop at an item once the budget is spent. */
static const struct
{
  AddPart add;
  guint   rank;
} story_parts[] = {
  { add_title,      0 },
  { add_grid,       5 },
  { add_verdict,    1 },
  { add_record,     2 },
  { add_reasons,    3 },
  { add_flips,      7 },
  { add_min_change, 6 },
  { add_ticked,     4 },
  { add_unticked,   8 },
  { add_faq,        9 },
};

/* Appends @part's blocks to @blocks; a table row's header is then
 * further on. */
static void
splice_part (GArray *blocks,
             GArray *part)
{
  guint offset = blocks->len;

  for (guint i = 0; i < part->len; i++)
    {
      TradeoffReportBlock *block = &g_array_index (part, TradeoffReportBlock, i);

      if (block->header >= 0)
        block->header += (int) offset;
    }
  g_array_append_vals (blocks, part->data, part->len);
}

void
_tradeoff_report_build_story (TradeoffReportBuilder *builder,
                              TradeoffReportFacts   *facts)
{
  GArray *blocks = builder->blocks;
  GArray *parts[G_N_ELEMENTS (story_parts)];
  Columns columns;

  columns_init (&columns, builder, facts);

  for (guint rank = 0; rank < G_N_ELEMENTS (story_parts); rank++)
    for (guint i = 0; i < G_N_ELEMENTS (story_parts); i++)
      if (story_parts[i].rank == rank)
        {
          builder->blocks = parts[i] = g_array_new (FALSE, FALSE, sizeof (TradeoffReportBlock));
          story_parts[i].add (builder, facts, &columns);
        }

  builder->blocks = blocks;
  for (guint i = 0; i < G_N_ELEMENTS (story_parts); i++)
    {
      splice_part (blocks, parts[i]);
      g_array_unref (parts[i]);
    }

  if (builder->cut)
    {
      g_autofree char *note = _tradeoff_report_budget_dup_final_note ();

      add_text (builder, TRADEOFF_REPORT_STYLE_NOTE, note, 0.0, 20.0, 0.0);
    }
}
