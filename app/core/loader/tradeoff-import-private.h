/* tradeoff-import-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importer in two steps: each format (tradeoff-import-text.c for plain
 * text and Markdown, tradeoff-import-html.c for HTML) turns the page into
 * blocks of plain text, paragraphs, headings and table rows, each with its
 * place in the page; tradeoff-import.c then reads the guide's layout from
 * the blocks, whatever format they came from.
 */

#pragma once

#include "tradeoff-import.h"
#include "tradeoff-loader-private.h"

G_BEGIN_DECLS

typedef enum
{
  TRADEOFF_BLOCK_PARAGRAPH,
  TRADEOFF_BLOCK_HEADING,
  TRADEOFF_BLOCK_ROW,
} TradeoffBlockKind;

typedef struct
{
  TradeoffBlockKind  kind;
  /* The text, white space collapsed; for a row, its cells joined by " | ". */
  char              *text;
  /* A row's cells, else %NULL. */
  GStrv              cells;
  /* Where it starts in the page, 1-based; the column is 0 if unknown. */
  int                line;
  int                column;
} TradeoffBlock;

void _tradeoff_block_free (TradeoffBlock *block);

/* Appends @text (taken) as a block to @blocks, unless nothing is left of
 * it once white space is collapsed. */
void  _tradeoff_blocks_add            (GPtrArray        *blocks,
                                       TradeoffBlockKind kind,
                                       char             *text,
                                       int               line,
                                       int               column);
void  _tradeoff_blocks_add_row        (GPtrArray        *blocks,
                                       GStrv             cells,
                                       int               line,
                                       int               column);
/* Runs of white space as one space, none at either end; in place. */
char *_tradeoff_import_collapse_space (char             *text);

/* Each returns an array of TradeoffBlock, or %NULL with @ctx failed. */
GPtrArray *_tradeoff_import_read_text (TradeoffLoadContext *ctx,
                                       gboolean             markdown);
GPtrArray *_tradeoff_import_read_html (TradeoffLoadContext *ctx);

G_END_DECLS
