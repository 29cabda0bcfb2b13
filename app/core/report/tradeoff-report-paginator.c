/* tradeoff-report-paginator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Places the report's blocks on pages.  A line is never split; a table row,
 * a list item or a short paragraph moves whole to the next page when it
 * does not fit; a long paragraph may break between lines but leaves at
 * least two lines on each page; anything taller than a whole page breaks
 * between lines wherever it must.  Headings, questions and a table's header
 * row stay with what follows them, and a table that goes on to another page
 * repeats its header row there.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include "tradeoff-report-private.h"

/* Lines a broken paragraph leaves at the foot of a page, and carries over. */
#define ORPHANS 2
#define WIDOWS 2
#define EPSILON TRADEOFF_REPORT_EPSILON

typedef struct
{
  GArray    *blocks;
  double     body_height;
  GPtrArray *pages;
  GArray    *page;
  double     y;
  /* Nothing on the page yet but, perhaps, a repeated table header. */
  gboolean   fresh;
} Paginator;

static inline const TradeoffReportBlock *
get_block (Paginator *p,
           guint      i)
{
  return &g_array_index (p->blocks, TradeoffReportBlock, i);
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
chain_need (Paginator *p,
            guint      i)
{
  const TradeoffReportBlock *first = get_block (p, i);
  const TradeoffReportBlock *prev = NULL;
  double need = 0.0;

  for (guint j = i; j < p->blocks->len; j++)
    {
      const TradeoffReportBlock *block = get_block (p, j);

      if (prev != NULL)
        need += MAX (prev->space_after, block->space_before);

      if (!block->keep_with_next || j + 1 == p->blocks->len)
        {
          need += block_min_first (block);
          break;
        }

      need += block_full_height (block);
      prev = block;
    }

  /* What cannot be kept together on any page is not kept together. */
  if (need > p->body_height)
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
  TradeoffReportPiece piece = { block, y0, y1, p->y + gap, 0.0 };

  piece.height = piece_height (get_block (p, block), y0, y1);
  g_array_append_val (p->page, piece);
  p->y += gap + piece.height;
}

static void
paginator_new_page (Paginator *p)
{
  p->page = g_array_new (FALSE, FALSE, sizeof (TradeoffReportPiece));
  g_ptr_array_add (p->pages, p->page);
  p->y = 0.0;
  p->fresh = TRUE;
}

static void
paginator_place (Paginator *p,
                 guint      i,
                 double     gap)
{
  const TradeoffReportBlock *block = get_block (p, i);
  double body = p->body_height;
  double y0 = 0.0;
  double y1;

  for (;;)
    {
      double avail;
      gboolean may_split;

      /* A table that goes on to a new page repeats its header row. */
      if (p->fresh && p->y == 0.0 && block->header >= 0)
        {
          paginator_add (p, block->header, 0.0, get_block (p, block->header)->height, 0.0);
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

GPtrArray *
_tradeoff_report_paginate_blocks (GArray *blocks,
                                  double  body_height)
{
  Paginator p = { blocks, body_height, NULL, NULL, 0.0, TRUE };
  double after = 0.0;

  p.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  paginator_new_page (&p);

  for (guint i = 0; i < blocks->len; i++)
    {
      const TradeoffReportBlock *block = get_block (&p, i);
      double gap = p.fresh ? 0.0 : MAX (after, block->space_before);
      double need = chain_need (&p, i);

      if (!p.fresh && p.y + gap + need > body_height + EPSILON && need <= body_height)
        {
          paginator_new_page (&p);
          gap = 0.0;
        }

      paginator_place (&p, i, gap);
      after = block->space_after;
    }

  return p.pages;
}
