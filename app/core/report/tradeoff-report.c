/* tradeoff-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as pages.  tradeoff_report_paginate() lays the story out as
 * blocks of measured text (tradeoff-report-story.c) and places them on
 * pages; tradeoff_report_draw_page() lays out again, in one shared
 * PangoLayout, only what one page shows and draws it onto any cairo
 * context, so no page is kept laid out and pages can be drawn in any order.
 * Printing and PDF export both go through these two functions, so the
 * printed page and the PDF cannot differ.  Where each block goes is
 * decided in tradeoff-report-paginator.c.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#ifdef __GLIBC__
# include <langinfo.h>
#endif

#include "tradeoff-report-private.h"

/* Between the running header or footer and the body, in points. */
#define MARGINAL_RULE_GAP 4.0
#define MARGINAL_BODY_GAP 14.0
#define EPSILON TRADEOFF_REPORT_EPSILON

#define DEFAULT_MARGIN 54.0

struct _TradeoffReport
{
  GObject          parent_instance;

  TradeoffAdvisor *advisor;
  /* The decision the report is of, or %NULL for the advice alone. */
  TradeoffDecision *decision;
  /* A snapshot's copy of its decision's record (it has no decision). */
  TradeoffReportRecord *record;
  double           page_width;
  double           page_height;
  double           margin_top;
  double           margin_right;
  double           margin_bottom;
  double           margin_left;

  /* The last pagination. */
  GArray          *blocks;        /* TradeoffReportBlock */
  GPtrArray       *pages;         /* GArray of TradeoffReportPiece, one per page */
  GStringChunk    *texts;         /* the blocks' texts */
  /* Shared by the cells of each column: made again for each cell as it
   * is drawn, unless it holds that text already.  So a paragraph broken
   * across two pages ends one page and starts the next, laid out once for
   * both, and a list's marks are laid out once. */
  PangoLayout     *cell_layouts[TRADEOFF_REPORT_MAX_CELLS];
  const TradeoffReportCell *laid_out[TRADEOFF_REPORT_MAX_CELLS];
  PangoContext    *context;
  PangoLayout     *header;
  PangoLayout     *footer;
  double           width;
  double           height;
  double           body_top;
  double           body_height;
  /* The last pagination left parts out, to keep within the budget. */
  gboolean         shortened;
};

G_DEFINE_FINAL_TYPE (TradeoffReport, tradeoff_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ADVISOR,
  PROP_PAGE_WIDTH,
  PROP_PAGE_HEIGHT,
  PROP_MARGIN_TOP,
  PROP_MARGIN_RIGHT,
  PROP_MARGIN_BOTTOM,
  PROP_MARGIN_LEFT,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The locale's paper (LC_PAPER): A4 in most of the world, Letter in the
 * Americas, as GTK's default paper size does. */
static void
default_paper_size (double *width,
                    double *height)
{
  guint width_mm = 210, height_mm = 297;

#ifdef __GLIBC__
  union { char *string; guint word; } w, h;

  w.string = nl_langinfo (_NL_PAPER_WIDTH);
  h.string = nl_langinfo (_NL_PAPER_HEIGHT);
  if (w.word > 0 && h.word > 0 && w.word < 2000 && h.word < 2000)
    {
      width_mm = w.word;
      height_mm = h.word;
    }
#endif

  if (width_mm == 216 && height_mm == 279)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = width_mm * 72.0 / 25.4;
      *height = height_mm * 72.0 / 25.4;
    }
}

static void
tradeoff_report_clear_layout (TradeoffReport *self)
{
  if (self->blocks != NULL)
    {
      for (guint i = 0; i < self->blocks->len; i++)
        _tradeoff_report_block_clear (&g_array_index (self->blocks, TradeoffReportBlock, i));
      g_clear_pointer (&self->blocks, g_array_unref);
    }
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_string_chunk_free);
  for (guint i = 0; i < TRADEOFF_REPORT_MAX_CELLS; i++)
    {
      g_clear_object (&self->cell_layouts[i]);
      self->laid_out[i] = NULL;
    }
  g_clear_object (&self->context);
  g_clear_object (&self->header);
  g_clear_object (&self->footer);
}

static void
tradeoff_report_dispose (GObject *object)
{
  TradeoffReport *self = TRADEOFF_REPORT (object);

  tradeoff_report_clear_layout (self);
  g_clear_object (&self->advisor);
  g_clear_object (&self->decision);
  g_clear_pointer (&self->record, _tradeoff_report_record_free);

  G_OBJECT_CLASS (tradeoff_report_parent_class)->dispose (object);
}

static double *
margin_field (TradeoffReport *self,
              guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_MARGIN_TOP:
      return &self->margin_top;
    case PROP_MARGIN_RIGHT:
      return &self->margin_right;
    case PROP_MARGIN_BOTTOM:
      return &self->margin_bottom;
    case PROP_MARGIN_LEFT:
      return &self->margin_left;
    case PROP_PAGE_WIDTH:
      return &self->page_width;
    case PROP_PAGE_HEIGHT:
      return &self->page_height;
    default:
      return NULL;
    }
}

static void
tradeoff_report_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TradeoffReport *self = TRADEOFF_REPORT (object);
  double *field = margin_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_double (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, tradeoff_report_get_n_pages (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_dimension (TradeoffReport *self,
               guint           prop_id,
               double          value)
{
  double *field = margin_field (self, prop_id);

  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static void
tradeoff_report_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TradeoffReport *self = TRADEOFF_REPORT (object);

  if (margin_field (self, prop_id) != NULL)
    {
      set_dimension (self, prop_id, g_value_get_double (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ADVISOR:
      self->advisor = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_report_class_init (TradeoffReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const dimension_names[] = {
    "page-width", "page-height", "margin-top", "margin-right", "margin-bottom", "margin-left",
  };

  object_class->dispose = tradeoff_report_dispose;
  object_class->get_property = tradeoff_report_get_property;
  object_class->set_property = tradeoff_report_set_property;

  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* In points; the sheet a PDF is written on. */
  for (guint i = 0; i < G_N_ELEMENTS (dimension_names); i++)
    properties[PROP_PAGE_WIDTH + i] =
      g_param_spec_double (dimension_names[i], NULL, NULL,
                           0.0, 14400.0, i < 2 ? 72.0 : DEFAULT_MARGIN,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_report_init (TradeoffReport *self)
{
  default_paper_size (&self->page_width, &self->page_height);
  self->margin_top = DEFAULT_MARGIN;
  self->margin_right = DEFAULT_MARGIN;
  self->margin_bottom = DEFAULT_MARGIN;
  self->margin_left = DEFAULT_MARGIN;
}

TradeoffReport *
tradeoff_report_new (TradeoffAdvisor *advisor)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);

  return g_object_new (TRADEOFF_TYPE_REPORT, "advisor", advisor, NULL);
}

TradeoffReport *
tradeoff_report_new_for_decision (TradeoffDecision *decision)
{
  TradeoffReport *self;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (decision), NULL);

  self = tradeoff_report_new (tradeoff_decision_get_advisor (decision));
  self->decision = g_object_ref (decision);

  return self;
}

TradeoffDecision *
tradeoff_report_get_decision (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), NULL);

  return self->decision;
}

TradeoffReportRecord *
_tradeoff_report_dup_record (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), NULL);

  if (self->decision != NULL)
    return _tradeoff_report_record_new (self->decision);

  return _tradeoff_report_record_copy (self->record);
}

TradeoffReport *
_tradeoff_report_snapshot (TradeoffReport *self)
{
  TradeoffComparison *comparison;
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_auto(GStrv) levels = NULL;
  g_autoptr(GError) error = NULL;
  TradeoffReport *copy;

  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), NULL);

  /* A sealed comparison never changes and may be read from any thread
   * (tradeoff-comparison.c); the advisor is the part that moves with each
   * tick, so the copy gets its own, with the same levels. */
  comparison = tradeoff_advisor_get_comparison (self->advisor);
  advisor = tradeoff_advisor_new (comparison);
  levels = tradeoff_advisor_dup_level_ids (self->advisor);
  if (!tradeoff_advisor_select_ids (advisor, (const char * const *) levels, &error))
    g_critical ("The ticks of a comparison do not fit it again: %s", error->message);

  copy = tradeoff_report_new (advisor);
  copy->record = _tradeoff_report_dup_record (self);
  copy->page_width = self->page_width;
  copy->page_height = self->page_height;
  copy->margin_top = self->margin_top;
  copy->margin_right = self->margin_right;
  copy->margin_bottom = self->margin_bottom;
  copy->margin_left = self->margin_left;

  return copy;
}

TradeoffAdvisor *
tradeoff_report_get_advisor (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), NULL);

  return self->advisor;
}

double
tradeoff_report_get_page_width (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), 0.0);

  return self->page_width;
}

double
tradeoff_report_get_page_height (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), 0.0);

  return self->page_height;
}

void
tradeoff_report_set_page_size (TradeoffReport *self,
                               double          width,
                               double          height)
{
  g_return_if_fail (TRADEOFF_IS_REPORT (self));
  g_return_if_fail (width > 0.0 && height > 0.0);

  g_object_freeze_notify (G_OBJECT (self));
  set_dimension (self, PROP_PAGE_WIDTH, width);
  set_dimension (self, PROP_PAGE_HEIGHT, height);
  g_object_thaw_notify (G_OBJECT (self));
}

void
tradeoff_report_get_margins (TradeoffReport *self,
                             double         *top,
                             double         *right,
                             double         *bottom,
                             double         *left)
{
  g_return_if_fail (TRADEOFF_IS_REPORT (self));

  if (top != NULL)
    *top = self->margin_top;
  if (right != NULL)
    *right = self->margin_right;
  if (bottom != NULL)
    *bottom = self->margin_bottom;
  if (left != NULL)
    *left = self->margin_left;
}

void
tradeoff_report_set_margins (TradeoffReport *self,
                             double          top,
                             double          right,
                             double          bottom,
                             double          left)
{
  g_return_if_fail (TRADEOFF_IS_REPORT (self));
  g_return_if_fail (top >= 0.0 && right >= 0.0 && bottom >= 0.0 && left >= 0.0);

  g_object_freeze_notify (G_OBJECT (self));
  set_dimension (self, PROP_MARGIN_TOP, top);
  set_dimension (self, PROP_MARGIN_RIGHT, right);
  set_dimension (self, PROP_MARGIN_BOTTOM, bottom);
  set_dimension (self, PROP_MARGIN_LEFT, left);
  g_object_thaw_notify (G_OBJECT (self));
}

static PangoLayout *
marginal_layout (PangoContext   *context,
                 double          width,
                 PangoAlignment  alignment)
{
  PangoLayout *layout = _tradeoff_report_layout_new (context);

  pango_layout_set_font_description (layout,
                                     _tradeoff_report_style_get_font (TRADEOFF_REPORT_STYLE_MARGINAL));
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_alignment (layout, alignment);

  return layout;
}

/* The most of the title a page's header holds: more than any page is wide,
 * so Pango still ends it with an ellipsis.  Pango's ellipsis stands for
 * all the text it hides, and cairo writes that text into the PDF with every
 * header, so an 80,000-character title, on every one of its pages, made
 * the export take 17 s. */
#define HEADER_CHARS 300

static void
set_header_text (PangoLayout *layout,
                 const char  *title)
{
  const char *end = title;

  for (guint i = 0; i < HEADER_CHARS && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  if (*end == '\0')
    pango_layout_set_text (layout, title, -1);
  else
    {
      g_autofree char *shortened = g_strdup_printf ("%.*s…", (int)(end - title), title);

      pango_layout_set_text (layout, shortened, -1);
    }
}

void
tradeoff_report_paginate (TradeoffReport *self,
                          PangoContext   *context,
                          double          width,
                          double          height)
{
  _tradeoff_report_paginate_cancellable (self, context, width, height, NULL);
}

void
_tradeoff_report_paginate_cancellable (TradeoffReport *self,
                                       PangoContext   *context,
                                       double          width,
                                       double          height,
                                       GCancellable   *cancellable)
{
  g_autoptr(TradeoffReportFacts) facts = NULL;
  g_autofree char *number = NULL;
  TradeoffReportBuilder builder = { 0 };
  guint old_n_pages;
  int header_height, footer_height;

  g_return_if_fail (TRADEOFF_IS_REPORT (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (width > 0.0 && height > 0.0);

  old_n_pages = tradeoff_report_get_n_pages (self);
  tradeoff_report_clear_layout (self);

  facts = _tradeoff_report_facts_new (self->advisor, _tradeoff_report_dup_record (self));
  self->width = width;
  self->height = height;

  self->header = marginal_layout (context, width, PANGO_ALIGN_LEFT);
  set_header_text (self->header, facts->title);
  self->footer = marginal_layout (context, width, PANGO_ALIGN_RIGHT);
  /* Any page number is as tall as the first. */
  number = g_strdup_printf (_("Page %u of %u"), 1, 1);
  pango_layout_set_text (self->footer, number, -1);
  pango_layout_get_pixel_size (self->header, NULL, &header_height);
  pango_layout_get_pixel_size (self->footer, NULL, &footer_height);

  self->body_top = header_height + MARGINAL_RULE_GAP + MARGINAL_BODY_GAP;
  self->body_height = MAX (height - self->body_top - footer_height
                           - MARGINAL_RULE_GAP - MARGINAL_BODY_GAP, 1.0);

  builder.context = context;
  builder.cancellable = cancellable;
  builder.budget = _tradeoff_report_budget_get_units ();
  builder.width = width;
  builder.blocks = self->blocks = g_array_new (FALSE, FALSE, sizeof (TradeoffReportBlock));
  builder.texts = self->texts = g_string_chunk_new (64 * 1024);
  _tradeoff_report_build_story (&builder, facts);
  self->shortened = builder.cut;
  g_debug ("Laid out %" G_GUINT64_FORMAT " units of a budget of %" G_GUINT64_FORMAT "%s",
           builder.spent, builder.budget, builder.cut ? ", shortened" : "");
  g_clear_object (&builder.measure);
  self->cell_layouts[0] = builder.lines;
  self->context = g_object_ref (context);

  self->pages = _tradeoff_report_paginate_blocks (self->blocks, self->body_height);

  if (old_n_pages != self->pages->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

guint
tradeoff_report_get_n_pages (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

gboolean
tradeoff_report_get_shortened (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), FALSE);

  return self->shortened;
}

void
_tradeoff_report_set_shortened (TradeoffReport *self,
                                gboolean        shortened)
{
  g_return_if_fail (TRADEOFF_IS_REPORT (self));

  self->shortened = shortened;
}

/* ---- Drawing ----------------------------------------------------------- */

static void
set_ink (cairo_t  *cr,
         gboolean  muted)
{
  if (muted)
    cairo_set_source_rgb (cr, 0.40, 0.40, 0.42);
  else
    cairo_set_source_rgb (cr, 0.10, 0.10, 0.12);
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   grey,
           double   line_width)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

/* Draws the lines of @cell that begin between y0 and y1, one by one, so a
 * line that belongs to another page is never drawn (nor found in the PDF's
 * text) on this one. */
/* The layout of column @column, holding @cell's text. */
static PangoLayout *
lay_out_cell (TradeoffReport           *self,
              guint                     column,
              const TradeoffReportCell *cell)
{
  if (self->cell_layouts[column] == NULL)
    self->cell_layouts[column] = _tradeoff_report_layout_new (self->context);

  if (!_tradeoff_report_cell_same (self->laid_out[column], cell))
    _tradeoff_report_cell_apply (cell, self->cell_layouts[column]);
  self->laid_out[column] = cell;

  return self->cell_layouts[column];
}

static void
draw_cell (cairo_t                  *cr,
           PangoLayout              *layout,
           const TradeoffReportCell *cell,
           double                    y0,
           double                    y1,
           double                    top)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint k = 0;

  set_ink (cr, cell->muted);
  do
    {
      PangoLayoutLine *line;
      PangoRectangle logical, line_logical;

      if (cell->tops[k] < y0 - EPSILON)
        continue;
      if (cell->tops[k] >= y1 - EPSILON)
        break;

      line = pango_layout_iter_get_line_readonly (iter);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (line, NULL, &line_logical);
      cairo_move_to (cr,
                     cell->x + (double) (logical.x - line_logical.x) / PANGO_SCALE,
                     top + cell->baselines[k] - y0);
      pango_cairo_show_layout_line (cr, line);
    }
  while (++k < cell->n_lines && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_piece (TradeoffReport            *self,
            cairo_t                   *cr,
            const TradeoffReportBlock *block,
            const TradeoffReportPiece *piece)
{
  switch (block->frame)
    {
    case TRADEOFF_REPORT_FRAME_HEADER:
      cairo_set_source_rgb (cr, 0.93, 0.93, 0.94);
      cairo_rectangle (cr, block->frame_x, piece->y, block->frame_width, piece->height);
      cairo_fill (cr);
      draw_rule (cr, block->frame_x, piece->y, block->frame_width, 0.55, 0.8);
      draw_rule (cr, block->frame_x, piece->y + piece->height, block->frame_width, 0.55, 0.8);
      break;

    case TRADEOFF_REPORT_FRAME_ROW:
      draw_rule (cr, block->frame_x, piece->y + piece->height, block->frame_width, 0.80, 0.5);
      break;

    case TRADEOFF_REPORT_FRAME_NONE:
    default:
      break;
    }

  for (guint c = 0; c < block->n_cells; c++)
    draw_cell (cr, lay_out_cell (self, c, &block->cells[c]), &block->cells[c],
               piece->y0, piece->y1, piece->y + block->pad);
}

static void
draw_marginalia (TradeoffReport *self,
                 cairo_t        *cr,
                 guint           page)
{
  g_autofree char *number = NULL;
  int header_height, footer_height;
  double rule;

  pango_layout_get_pixel_size (self->header, NULL, &header_height);
  set_ink (cr, TRUE);
  cairo_move_to (cr, 0.0, 0.0);
  pango_cairo_show_layout (cr, self->header);
  rule = header_height + MARGINAL_RULE_GAP;
  draw_rule (cr, 0.0, rule, self->width, 0.75, 0.5);

  /* Translators: the footer of every printed page, as in "Page 2 of 5" */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  pango_layout_set_text (self->footer, number, -1);
  pango_layout_get_pixel_size (self->footer, NULL, &footer_height);
  rule = self->height - footer_height - MARGINAL_RULE_GAP;
  draw_rule (cr, 0.0, rule, self->width, 0.75, 0.5);
  set_ink (cr, TRUE);
  cairo_move_to (cr, 0.0, self->height - footer_height);
  pango_cairo_show_layout (cr, self->footer);
}

void
tradeoff_report_draw_page (TradeoffReport *self,
                           cairo_t        *cr,
                           guint           page)
{
  GArray *pieces;

  g_return_if_fail (TRADEOFF_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < tradeoff_report_get_n_pages (self));

  pieces = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  draw_marginalia (self, cr, page);

  /* Only a line taller than the whole page could reach past the body; it
   * must not run over the footer. */
  cairo_translate (cr, 0.0, self->body_top);
  cairo_rectangle (cr, -self->width, -MARGINAL_RULE_GAP,
                   3 * self->width, self->body_height + 2 * MARGINAL_RULE_GAP);
  cairo_clip (cr);

  for (guint i = 0; i < pieces->len; i++)
    {
      const TradeoffReportPiece *piece = &g_array_index (pieces, TradeoffReportPiece, i);

      draw_piece (self, cr, &g_array_index (self->blocks, TradeoffReportBlock, piece->block), piece);
    }

  cairo_restore (cr);
}
