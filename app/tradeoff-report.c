/* tradeoff-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as pages.  tradeoff_report_paginate() lays the story out as
 * blocks of pango layouts (tradeoff-report-story.c) and places them on
 * pages; tradeoff_report_draw_page() draws one page onto any cairo context.
 * Printing and PDF export both go through these two functions, so the
 * printed page and the PDF cannot differ.
 *
 * Pagination rules: a line is never split; a table row, a list item or a
 * short paragraph moves whole to the next page when it does not fit; a long
 * paragraph may break between lines but leaves at least two lines on each
 * page; anything taller than a whole page breaks between lines wherever it
 * must.  Headings, questions and a table's header row stay with what follows
 * them, and a table that goes on to another page repeats its header row.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#ifdef __GLIBC__
# include <langinfo.h>
#endif

#include "tradeoff-report-private.h"

/* Lines a broken paragraph leaves at the foot of a page, and carries over. */
#define ORPHANS 2
#define WIDOWS 2
/* Between the running header or footer and the body, in points. */
#define MARGINAL_RULE_GAP 4.0
#define MARGINAL_BODY_GAP 14.0
/* Rounding slack when comparing positions, in points. */
#define EPSILON 0.01

#define DEFAULT_MARGIN 54.0

typedef struct
{
  guint  block;
  /* The part of the block's cells shown, y0 to y1, in the cells' space. */
  double y0;
  double y1;
  /* Where the piece goes, from the top of the page's body, and how tall it
   * is there, padding included. */
  double y;
  double height;
} Piece;

struct _TradeoffReport
{
  GObject          parent_instance;

  TradeoffAdvisor *advisor;
  double           page_width;
  double           page_height;
  double           margin_top;
  double           margin_right;
  double           margin_bottom;
  double           margin_left;

  /* The last pagination. */
  GArray          *blocks;        /* TradeoffReportBlock */
  GPtrArray       *pages;         /* GArray of Piece, one per page */
  PangoLayout     *header;
  PangoLayout     *footer;
  double           width;
  double           height;
  double           body_top;
  double           body_height;
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
  g_clear_object (&self->header);
  g_clear_object (&self->footer);
}

static void
tradeoff_report_dispose (GObject *object)
{
  TradeoffReport *self = TRADEOFF_REPORT (object);

  tradeoff_report_clear_layout (self);
  g_clear_object (&self->advisor);

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

/* ---- Pagination -------------------------------------------------------- */

typedef struct
{
  TradeoffReport *self;
  GArray         *page;
  double          y;
  /* Nothing on the page yet but, perhaps, a repeated table header. */
  gboolean        fresh;
} Paginator;

static inline const TradeoffReportBlock *
get_block (TradeoffReport *self,
           guint           i)
{
  return &g_array_index (self->blocks, TradeoffReportBlock, i);
}

static double
block_full_height (const TradeoffReportBlock *block)
{
  return 2 * block->pad + block->height;
}

/* The least of @block that may start a page: all of it, unless it may break. */
static double
block_min_first (const TradeoffReportBlock *block)
{
  if (block->splittable)
    {
      const TradeoffReportCell *cell = &block->cells[0];

      return 2 * block->pad + cell->tops[MIN (ORPHANS, cell->n_lines)];
    }

  return block_full_height (block);
}

/* How much room block @i needs where it starts: with the blocks it keeps
 * with, and the least of the first block that does not. */
static double
chain_need (TradeoffReport *self,
            guint           i)
{
  const TradeoffReportBlock *first = get_block (self, i);
  const TradeoffReportBlock *prev = NULL;
  double need = 0.0;

  for (guint j = i; j < self->blocks->len; j++)
    {
      const TradeoffReportBlock *block = get_block (self, j);

      if (prev != NULL)
        need += MAX (prev->space_after, block->space_before);

      if (!block->keep_with_next || j + 1 == self->blocks->len)
        {
          need += block_min_first (block);
          break;
        }

      need += block_full_height (block);
      prev = block;
    }

  /* What cannot be kept together on any page is not kept together. */
  if (need > self->body_height)
    need = block_min_first (first);

  return need;
}

/* The height of the piece of @block from @y0 to @y1, padding included. */
static double
piece_height (const TradeoffReportBlock *block,
              double                     y0,
              double                     y1)
{
  double height = 0.0;

  for (guint c = 0; c < block->n_cells; c++)
    {
      const TradeoffReportCell *cell = &block->cells[c];

      for (guint k = 0; k < cell->n_lines; k++)
        if (cell->tops[k] >= y0 - EPSILON && cell->tops[k] < y1 - EPSILON)
          height = MAX (height, cell->tops[k + 1] - y0);
    }

  return height + 2 * block->pad;
}

static guint
first_line_from (const TradeoffReportCell *cell,
                 double                    y0)
{
  guint k = 0;

  while (k < cell->n_lines && cell->tops[k] < y0 - EPSILON)
    k++;

  return k;
}

/* Where to end the piece of @block that starts at @y0 so that it fits in
 * @avail: before the first line, in any cell, that would not fit.  With
 * @whole_lines_only, a paragraph also keeps ORPHANS and WIDOWS lines
 * together.  Returns %FALSE if not even that much fits. */
static gboolean
find_break (const TradeoffReportBlock *block,
            double                     y0,
            double                     avail,
            gboolean                   keep_lines,
            double                    *y1)
{
  double room = avail - 2 * block->pad;
  double end = G_MAXDOUBLE;

  for (guint c = 0; c < block->n_cells; c++)
    {
      const TradeoffReportCell *cell = &block->cells[c];
      guint start = first_line_from (cell, y0);
      guint k = start;

      while (k < cell->n_lines && cell->tops[k + 1] - y0 <= room + EPSILON)
        k++;

      if (keep_lines && block->n_cells == 1 && k < cell->n_lines)
        {
          if (cell->n_lines - k < WIDOWS)
            k = cell->n_lines >= WIDOWS ? cell->n_lines - WIDOWS : 0;
          if (k < start + ORPHANS)
            return FALSE;
        }

      if (k < cell->n_lines)
        end = MIN (end, cell->tops[k]);
    }

  if (end == G_MAXDOUBLE)
    end = block->height;
  if (end <= y0 + EPSILON)
    return FALSE;

  *y1 = end;
  return TRUE;
}

/* For a line taller than the page: show at least the next line. */
static double
force_break (const TradeoffReportBlock *block,
             double                     y0)
{
  double end = block->height;

  for (guint c = 0; c < block->n_cells; c++)
    {
      const TradeoffReportCell *cell = &block->cells[c];
      guint k = first_line_from (cell, y0);

      if (k < cell->n_lines)
        end = MIN (end, cell->tops[k + 1]);
    }

  return end;
}

static void
paginator_add (Paginator *p,
               guint      block,
               double     y0,
               double     y1,
               double     gap)
{
  Piece piece = { block, y0, y1, p->y + gap, 0.0 };

  piece.height = piece_height (get_block (p->self, block), y0, y1);
  g_array_append_val (p->page, piece);
  p->y += gap + piece.height;
}

static void
paginator_new_page (Paginator *p)
{
  p->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (p->self->pages, p->page);
  p->y = 0.0;
  p->fresh = TRUE;
}

static void
paginator_place (Paginator *p,
                 guint      i,
                 double     gap)
{
  const TradeoffReportBlock *block = get_block (p->self, i);
  double body = p->self->body_height;
  double y0 = 0.0;
  double y1;

  for (;;)
    {
      double avail;
      gboolean may_split;

      /* A table that goes on to a new page repeats its header row. */
      if (p->fresh && p->y == 0.0 && block->header >= 0)
        {
          paginator_add (p, block->header, 0.0, get_block (p->self, block->header)->height, 0.0);
          gap = 0.0;
        }

      avail = body - p->y - gap;
      if (2 * block->pad + block->height - y0 <= avail + EPSILON)
        {
          paginator_add (p, i, y0, block->height, gap);
          p->fresh = FALSE;
          return;
        }

      may_split = block->splittable || p->fresh || block_full_height (block) > body;
      if (may_split && find_break (block, y0, avail, block->splittable, &y1))
        {
          paginator_add (p, i, y0, y1, gap);
          y0 = y1;
        }
      else if (p->fresh)
        {
          /* Nothing fits even on an empty page: break wherever it must. */
          if (!find_break (block, y0, avail, FALSE, &y1))
            y1 = force_break (block, y0);
          paginator_add (p, i, y0, y1, gap);
          y0 = y1;
        }

      paginator_new_page (p);
      gap = 0.0;
    }
}

static void
paginate_blocks (TradeoffReport *self)
{
  Paginator p = { self, NULL, 0.0, TRUE };
  double after = 0.0;

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  paginator_new_page (&p);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const TradeoffReportBlock *block = get_block (self, i);
      double gap = p.fresh ? 0.0 : MAX (after, block->space_before);
      double need = chain_need (self, i);

      if (!p.fresh && p.y + gap + need > self->body_height + EPSILON && need <= self->body_height)
        {
          paginator_new_page (&p);
          gap = 0.0;
        }

      paginator_place (&p, i, gap);
      after = block->space_after;
    }
}

static PangoLayout *
marginal_layout (PangoContext   *context,
                 double          width,
                 PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout,
                                     _tradeoff_report_style_get_font (TRADEOFF_REPORT_STYLE_MARGINAL));
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_alignment (layout, alignment);

  return layout;
}

void
tradeoff_report_paginate (TradeoffReport *self,
                          PangoContext   *context,
                          double          width,
                          double          height)
{
  g_autoptr(TradeoffReportFacts) facts = NULL;
  TradeoffReportBuilder builder = { 0 };
  guint old_n_pages;
  int header_height, footer_height;

  g_return_if_fail (TRADEOFF_IS_REPORT (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (width > 0.0 && height > 0.0);

  old_n_pages = tradeoff_report_get_n_pages (self);
  tradeoff_report_clear_layout (self);

  facts = _tradeoff_report_facts_new (self->advisor);
  self->width = width;
  self->height = height;

  self->header = marginal_layout (context, width, PANGO_ALIGN_LEFT);
  pango_layout_set_text (self->header, facts->title, -1);
  self->footer = marginal_layout (context, width, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (self->footer, _("Page 1 of 1"), -1);
  pango_layout_get_pixel_size (self->header, NULL, &header_height);
  pango_layout_get_pixel_size (self->footer, NULL, &footer_height);

  self->body_top = header_height + MARGINAL_RULE_GAP + MARGINAL_BODY_GAP;
  self->body_height = MAX (height - self->body_top - footer_height
                           - MARGINAL_RULE_GAP - MARGINAL_BODY_GAP, 1.0);

  builder.context = context;
  builder.width = width;
  builder.blocks = self->blocks = g_array_new (FALSE, FALSE, sizeof (TradeoffReportBlock));
  _tradeoff_report_build_story (&builder, facts);
  g_clear_object (&builder.measure);

  paginate_blocks (self);

  if (old_n_pages != self->pages->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

guint
tradeoff_report_get_n_pages (TradeoffReport *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
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
static void
draw_cell (cairo_t                  *cr,
           const TradeoffReportCell *cell,
           double                    y0,
           double                    y1,
           double                    top)
{
  PangoLayoutIter *iter = pango_layout_get_iter (cell->layout);
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
draw_piece (cairo_t                   *cr,
            const TradeoffReportBlock *block,
            const Piece               *piece)
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
    draw_cell (cr, &block->cells[c], piece->y0, piece->y1, piece->y + block->pad);
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
      const Piece *piece = &g_array_index (pieces, Piece, i);

      draw_piece (cr, get_block (self, piece->block), piece);
    }

  cairo_restore (cr);
}
