/* tradeoff-report-builder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bricks of the printed report: its text styles, and blocks of text
 * (paragraphs, list items, table rows) measured line by line so the
 * paginator can break between lines and never through one.  A block keeps
 * its texts and the place of each line, not the PangoLayouts that measured
 * them: those took 750 MB for a 16 MiB comparison (issue 12).
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <string.h>

#include "tradeoff-report-private.h"

/* The system's UI font family, by its generic name, so fontconfig picks
 * whatever the desktop uses. */
#define FONT_FAMILY "Sans"

typedef struct
{
  double      size;
  PangoWeight weight;
  PangoStyle  style;
  gboolean    muted;
  double      spacing;
} StyleSpec;

static const StyleSpec style_specs[TRADEOFF_REPORT_N_STYLES] = {
  [TRADEOFF_REPORT_STYLE_TITLE]       = { 20.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, FALSE, 0.0 },
  [TRADEOFF_REPORT_STYLE_SUBTITLE]    = {  9.5, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_NORMAL, TRUE,  0.0 },
  [TRADEOFF_REPORT_STYLE_HEADING]     = { 14.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, FALSE, 0.0 },
  [TRADEOFF_REPORT_STYLE_SUBHEADING]  = { 11.5, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, FALSE, 0.0 },
  [TRADEOFF_REPORT_STYLE_LEAD]        = { 12.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, FALSE, 1.15 },
  [TRADEOFF_REPORT_STYLE_BODY]        = { 10.0, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_NORMAL, FALSE, 1.2 },
  [TRADEOFF_REPORT_STYLE_STRONG]      = { 10.0, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, FALSE, 1.2 },
  [TRADEOFF_REPORT_STYLE_NOTE]        = {  9.0, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_ITALIC, TRUE,  1.2 },
  [TRADEOFF_REPORT_STYLE_CELL]        = {  9.5, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_NORMAL, FALSE, 1.15 },
  [TRADEOFF_REPORT_STYLE_CELL_STRONG] = {  9.5, PANGO_WEIGHT_BOLD,     PANGO_STYLE_NORMAL, FALSE, 1.15 },
  /* For tables of many options, whose words would not fit otherwise. */
  [TRADEOFF_REPORT_STYLE_CELL_COMPACT]        = {  8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, FALSE, 1.1 },
  [TRADEOFF_REPORT_STYLE_CELL_COMPACT_STRONG] = {  8.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, FALSE, 1.1 },
  [TRADEOFF_REPORT_STYLE_CELL_TINY]           = {  7.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, FALSE, 1.1 },
  [TRADEOFF_REPORT_STYLE_CELL_TINY_STRONG]    = {  7.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, FALSE, 1.1 },
  [TRADEOFF_REPORT_STYLE_MARGINAL]    = {  8.0, PANGO_WEIGHT_NORMAL,   PANGO_STYLE_NORMAL, TRUE,  0.0 },
};

const PangoFontDescription *
_tradeoff_report_style_get_font (TradeoffReportStyle style)
{
  static PangoFontDescription *fonts[TRADEOFF_REPORT_N_STYLES];
  static gsize initialized = 0;

  g_return_val_if_fail (style < TRADEOFF_REPORT_N_STYLES, NULL);

  /* Font descriptions never change once made, so all reports share one set. */
  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < TRADEOFF_REPORT_N_STYLES; i++)
        {
          fonts[i] = pango_font_description_new ();
          pango_font_description_set_family_static (fonts[i], FONT_FAMILY);
          pango_font_description_set_size (fonts[i], pango_units_from_double (style_specs[i].size));
          pango_font_description_set_weight (fonts[i], style_specs[i].weight);
          pango_font_description_set_style (fonts[i], style_specs[i].style);
        }
      g_once_init_leave (&initialized, 1);
    }

  return fonts[style];
}

gboolean
_tradeoff_report_style_get_muted (TradeoffReportStyle style)
{
  g_return_val_if_fail (style < TRADEOFF_REPORT_N_STYLES, FALSE);

  return style_specs[style].muted;
}

double
_tradeoff_report_style_get_spacing (TradeoffReportStyle style)
{
  g_return_val_if_fail (style < TRADEOFF_REPORT_N_STYLES, 0.0);

  return style_specs[style].spacing;
}

/* ---- Counting layouts ------------------------------------------------ */

static int live_layouts;
static int peak_layouts;

static void
layout_gone (gpointer  data,
             GObject  *where_the_object_was)
{
  g_atomic_int_add (&live_layouts, -1);
}

PangoLayout *
_tradeoff_report_layout_new (PangoContext *context)
{
  PangoLayout *layout = pango_layout_new (context);
  int live = g_atomic_int_add (&live_layouts, 1) + 1;
  int peak = g_atomic_int_get (&peak_layouts);

  while (live > peak && !g_atomic_int_compare_and_exchange (&peak_layouts, peak, live))
    peak = g_atomic_int_get (&peak_layouts);
  g_object_weak_ref (G_OBJECT (layout), layout_gone, NULL);

  return layout;
}

guint
_tradeoff_report_get_peak_layouts (void)
{
  return (guint) g_atomic_int_get (&peak_layouts);
}

void
_tradeoff_report_reset_peak_layouts (void)
{
  g_atomic_int_set (&peak_layouts, g_atomic_int_get (&live_layouts));
}

/* ---- Cells ----------------------------------------------------------- */

void
_tradeoff_report_cell_apply (const TradeoffReportCell *cell,
                             PangoLayout              *layout)
{
  double spacing = _tradeoff_report_style_get_spacing (cell->style);

  pango_layout_set_font_description (layout, _tradeoff_report_style_get_font (cell->style));
  pango_layout_set_width (layout, pango_units_from_double (MAX (cell->width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* 0 is the font's own spacing, as a fresh layout has. */
  pango_layout_set_line_spacing (layout, (float) spacing);
  /* Always plain text: the data may contain anything, markup included. */
  pango_layout_set_text (layout, cell->text, -1);
}

/* Records where each line starts and where its baseline is, so a block can
 * be broken between two lines and each line drawn on its own. */
static void
cell_measure_lines (TradeoffReportCell *cell,
                    PangoLayout        *layout)
{
  PangoLayoutIter *iter;
  guint i = 0;
  int y0, y1 = 0;

  cell->n_lines = pango_layout_get_line_count (layout);
  cell->tops = g_new (double, cell->n_lines + 1);
  cell->baselines = g_new (double, cell->n_lines);

  iter = pango_layout_get_iter (layout);
  do
    {
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      cell->tops[i] = (double) y0 / PANGO_SCALE;
      cell->baselines[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      i++;
    }
  while (i < cell->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  cell->n_lines = i;
  cell->tops[i] = (double) y1 / PANGO_SCALE;
}

/* Texts this short are stored once, however often they come: a list's
 * marks, option names, "Score". */
#define SHARED_TEXT_BYTES 64

static void
cell_init (TradeoffReportCell    *cell,
           TradeoffReportBuilder *builder,
           guint                  column,
           TradeoffReportStyle    style,
           const char            *text,
           double                 x,
           double                 width)
{
  const TradeoffReportCell *same = builder->measured[column];

  cell->text = strlen (text) < SHARED_TEXT_BYTES ? g_string_chunk_insert_const (builder->texts, text)
                                                 : g_string_chunk_insert (builder->texts, text);
  cell->style = style;
  cell->x = x;
  cell->width = width;
  cell->muted = _tradeoff_report_style_get_muted (style);
  builder->measured[column] = cell;

  if (_tradeoff_report_cell_same (cell, same))
    {
      cell->n_lines = same->n_lines;
      cell->tops = g_memdup2 (same->tops, (same->n_lines + 1) * sizeof (double));
      cell->baselines = g_memdup2 (same->baselines, same->n_lines * sizeof (double));
      /* Not measured again, but drawn all the same. */
      _tradeoff_report_builder_charge (builder, cell->text, cell->n_lines, NULL);
      return;
    }

  /* A cancelled report is given up: no more text is shaped for it. */
  if (builder->cancellable != NULL && g_cancellable_is_cancelled (builder->cancellable))
    {
      cell->n_lines = 0;
      cell->tops = g_new0 (double, 1);
      cell->baselines = NULL;
      return;
    }

  /* Laid out once to find its lines, in the one layout every cell shares;
   * nothing of the layout is kept. */
  if (builder->lines == NULL)
    builder->lines = _tradeoff_report_layout_new (builder->context);
  _tradeoff_report_cell_apply (cell, builder->lines);
  cell_measure_lines (cell, builder->lines);
  _tradeoff_report_builder_charge (builder, cell->text, cell->n_lines, builder->lines);
}

static TradeoffReportBlock *
builder_append (TradeoffReportBuilder *builder,
                guint                  n_cells)
{
  TradeoffReportBlock block = { 0 };

  block.cells = g_new0 (TradeoffReportCell, n_cells);
  block.n_cells = n_cells;
  block.header = -1;
  g_array_append_val (builder->blocks, block);

  return &g_array_index (builder->blocks, TradeoffReportBlock, builder->blocks->len - 1);
}

static void
block_finish (TradeoffReportBlock *block)
{
  block->height = 0.0;
  for (guint i = 0; i < block->n_cells; i++)
    {
      const TradeoffReportCell *cell = &block->cells[i];

      block->height = MAX (block->height, cell->tops[cell->n_lines]);
    }
}

TradeoffReportBlock *
_tradeoff_report_builder_add_text (TradeoffReportBuilder *builder,
                                   TradeoffReportStyle    style,
                                   const char            *text,
                                   double                 indent)
{
  TradeoffReportBlock *block;

  if (text == NULL || text[0] == '\0')
    return NULL;

  block = builder_append (builder, 1);
  cell_init (&block->cells[0], builder, 0, style, text, indent, builder->width - indent);
  block_finish (block);

  return block;
}

TradeoffReportBlock *
_tradeoff_report_builder_add_row (TradeoffReportBuilder     *builder,
                                  const TradeoffReportStyle *styles,
                                  const char * const        *texts,
                                  const double              *x,
                                  const double              *widths,
                                  guint                      n)
{
  TradeoffReportBlock *block;

  g_return_val_if_fail (n > 0 && n <= TRADEOFF_REPORT_MAX_CELLS, NULL);

  block = builder_append (builder, n);
  for (guint i = 0; i < n; i++)
    cell_init (&block->cells[i], builder, i, styles[i], texts[i] != NULL ? texts[i] : "",
               x[i], widths[i]);
  block_finish (block);

  return block;
}

static double
measure (TradeoffReportBuilder *builder,
         TradeoffReportStyle    style,
         const char            *text,
         int                    width)
{
  PangoRectangle logical;

  if (builder->measure == NULL)
    {
      builder->measure = _tradeoff_report_layout_new (builder->context);
      pango_layout_set_wrap (builder->measure, PANGO_WRAP_WORD);
    }

  pango_layout_set_font_description (builder->measure, _tradeoff_report_style_get_font (style));
  pango_layout_set_width (builder->measure, width);
  pango_layout_set_text (builder->measure, text != NULL ? text : "", -1);
  pango_layout_get_extents (builder->measure, NULL, &logical);
  /* Measured only, never drawn: its lines cost nothing more. */
  _tradeoff_report_builder_charge (builder, text != NULL ? text : "", 0, builder->measure);

  return (double) logical.width / PANGO_SCALE;
}

double
_tradeoff_report_builder_measure (TradeoffReportBuilder *builder,
                                  TradeoffReportStyle    style,
                                  const char            *text)
{
  return measure (builder, style, text, -1);
}

double
_tradeoff_report_builder_measure_word (TradeoffReportBuilder *builder,
                                       TradeoffReportStyle    style,
                                       const char            *text)
{
  /* Wrapped at every word, the layout is as wide as its widest word. */
  return measure (builder, style, text, 1);
}

void
_tradeoff_report_block_clear (TradeoffReportBlock *block)
{
  for (guint i = 0; i < block->n_cells; i++)
    {
      g_clear_pointer (&block->cells[i].tops, g_free);
      g_clear_pointer (&block->cells[i].baselines, g_free);
    }
  g_clear_pointer (&block->cells, g_free);
  block->n_cells = 0;
}
