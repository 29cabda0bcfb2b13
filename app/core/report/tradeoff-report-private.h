/* tradeoff-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the report's files share: the facts every format tells (gathered
 * once from the advisor, so the formats cannot disagree), the blocks the
 * pages are laid out from, and one writer per format.
 */

#pragma once

#include "tradeoff-decision.h"
#include "tradeoff-report.h"
#include "tradeoff-safe-text.h"

G_BEGIN_DECLS

/* "No leader": the verdict is a tie, or nothing is ticked. */
#define TRADEOFF_REPORT_NO_LEADER G_MAXUINT

/* The person's record of a decision, copied when the report's facts are
 * gathered: a report written on a thread (tradeoff-report-async.c) reads
 * a copy, never a decision the window is still changing. */
typedef struct
{
  TradeoffDecisionStatus status;
  char                  *date;       /* YYYY-MM-DD, or %NULL */
  char                  *deciders;
  char                  *note;
  char                  *chosen;     /* an option's id, or %NULL */
  char                  *reason;
} TradeoffReportRecord;

TradeoffReportRecord *_tradeoff_report_record_new  (TradeoffDecision     *decision);
TradeoffReportRecord *_tradeoff_report_record_copy (const TradeoffReportRecord *record);
void                  _tradeoff_report_record_free (TradeoffReportRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffReportRecord, _tradeoff_report_record_free)

/* One ticked criterion, as a reason for the verdict. */
typedef struct
{
  char       *summary;
  const char *rationale;
  /* The question of the FAQ entry the advice comes from, isolated (it goes
   * into "From the FAQ: %s"), or %NULL. */
  char       *source;
} TradeoffReportReason;

/* The criteria of one group that are ticked, or those that are not. */
typedef struct
{
  const char *label;
  GPtrArray  *criteria;   /* TradeoffCriterion, not owned */
} TradeoffReportGroup;

/* Everything the report says, in words, at one moment.  Strings the
 * comparison owns are borrowed: the facts hold the advisor, which holds the
 * comparison. */
typedef struct
{
  TradeoffAdvisor     *advisor;
  TradeoffComparison  *comparison;

  const char          *title;
  const char          *byline;            /* or %NULL */
  char                *updated;           /* "Updated March 2026", or %NULL */
  const char          *intro;             /* or %NULL */
  char                *as_of;             /* "Advice as of 24 November 2025" */
  char                *today;             /* "2025-11-24" */

  const char          *grid_heading;
  const char          *aspect_heading;
  const char          *criteria_heading;
  const char          *faq_heading;

  TradeoffVerdictKind  kind;
  guint                leader;            /* or TRADEOFF_REPORT_NO_LEADER */
  const char          *headline;
  const char          *explanation;
  char                *confidence;        /* "Confidence: Slight lead. …", or %NULL */
  guint                n_options;
  int                 *scores;

  GPtrArray           *reasons;           /* TradeoffReportReason */
  GPtrArray           *flips;             /* char *, the flips' summaries */
  /* How many answers must change before the verdict does, and the
   * smallest change that makes each other option lead (issue 15). */
  char                *firmness;
  GPtrArray           *leads;             /* char *, one per option not leading */
  GPtrArray           *ticked;            /* TradeoffReportGroup */
  GPtrArray           *unticked;          /* TradeoffReportGroup */

  /* The person's record, from the decision the report was made for (all
   * %NULL, and proposed, without one). */
  TradeoffDecisionStatus status;
  const char          *record_date;       /* YYYY-MM-DD, or %NULL */
  const char          *deciders;
  const char          *note;
  guint                chosen;            /* or TRADEOFF_REPORT_NO_LEADER */
  const char          *reason;
  /* The ticked criteria, must-haves first, then by level, then in order. */
  GPtrArray           *drivers;           /* TradeoffCriterion, not owned */
  /* The record as lines a person reads ("Status: Accepted", the levels, the
   * choice and why, the note), for the formats that are not MADR; empty
   * with no decision and no level but "matters". */
  GPtrArray           *record;            /* char * */
  TradeoffReportRecord *record_copy;      /* owns the strings above, or %NULL */
} TradeoffReportFacts;


/* @record (nullable, taken) is the decision's record: %NULL for a report of
 * the advice alone. */
TradeoffReportFacts *_tradeoff_report_facts_new  (TradeoffAdvisor      *advisor,
                                                  TradeoffReportRecord *record);
void                 _tradeoff_report_facts_free (TradeoffReportFacts *facts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffReportFacts, _tradeoff_report_facts_free)

/* The score of option @option as a person reads it ("5 points"). */
char *_tradeoff_report_facts_dup_score (TradeoffReportFacts *facts,
                                        guint                option);

/* ---- Page layout ---------------------------------------------------- */

typedef enum
{
  TRADEOFF_REPORT_STYLE_TITLE,
  TRADEOFF_REPORT_STYLE_SUBTITLE,
  TRADEOFF_REPORT_STYLE_HEADING,
  TRADEOFF_REPORT_STYLE_SUBHEADING,
  TRADEOFF_REPORT_STYLE_LEAD,
  TRADEOFF_REPORT_STYLE_BODY,
  TRADEOFF_REPORT_STYLE_STRONG,
  TRADEOFF_REPORT_STYLE_NOTE,
  TRADEOFF_REPORT_STYLE_CELL,
  TRADEOFF_REPORT_STYLE_CELL_STRONG,
  TRADEOFF_REPORT_STYLE_CELL_COMPACT,
  TRADEOFF_REPORT_STYLE_CELL_COMPACT_STRONG,
  TRADEOFF_REPORT_STYLE_CELL_TINY,
  TRADEOFF_REPORT_STYLE_CELL_TINY_STRONG,
  TRADEOFF_REPORT_STYLE_MARGINAL,
  TRADEOFF_REPORT_N_STYLES
} TradeoffReportStyle;

/* One piece of text in a block: a paragraph, or a table cell.  A cell
 * keeps its text and where its lines fall, never a PangoLayout: the layout
 * is made again, in one shared PangoLayout, when the cell is drawn, so a
 * report of any length holds a handful of layouts at any time. */
typedef struct
{
  const char          *text;      /* in the report's string chunk */
  TradeoffReportStyle  style;
  double               x;
  double               width;
  gboolean             muted;
  guint                n_lines;
  /* n_lines + 1 values: the top of each line, then the bottom of the last,
   * relative to the top of the layout. */
  double              *tops;
  double              *baselines;
} TradeoffReportCell;

typedef enum
{
  TRADEOFF_REPORT_FRAME_NONE,
  TRADEOFF_REPORT_FRAME_ROW,
  TRADEOFF_REPORT_FRAME_HEADER,
} TradeoffReportFrame;

/* What the paginator places: a paragraph, a list item or a table row.  A
 * block is never split through a line; see tradeoff-report.c. */
typedef struct
{
  TradeoffReportCell  *cells;
  guint                n_cells;
  double               height;        /* of the cells, without the padding */
  double               pad;           /* above and below the cells */
  double               space_before;
  double               space_after;
  /* The frame of a table row spans frame_x to frame_x + frame_width. */
  TradeoffReportFrame  frame;
  double               frame_x;
  double               frame_width;
  /* For a table's rows, its header row, repeated atop each page the table
   * continues on; -1 otherwise. */
  int                  header;
  /* Headings and questions stay on the page of what follows them. */
  guint                keep_with_next : 1;
  /* A long paragraph may break between lines (leaving two lines or more on
   * each side); anything else moves whole unless it is taller than a page. */
  guint                splittable : 1;
} TradeoffReportBlock;

/* Rounding slack when comparing positions, in points. */
#define TRADEOFF_REPORT_EPSILON 0.01

/* The part of a block one page shows. */
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
} TradeoffReportPiece;

/* Places @blocks on pages whose body is @body_height tall; returns one
 * GArray of TradeoffReportPiece per page, always at least one. */
GPtrArray *_tradeoff_report_paginate_blocks (GArray *blocks,
                                             double  body_height);

/* A block has at most this many cells: a table row of every option. */
#define TRADEOFF_REPORT_MAX_CELLS (TRADEOFF_MAX_OPTIONS + 1)

/* Whether @a and @b are laid out alike: the same text (short texts are
 * stored once, so equal pointers), font and width. */
static inline gboolean
_tradeoff_report_cell_same (const TradeoffReportCell *a,
                            const TradeoffReportCell *b)
{
  return a != NULL && b != NULL && a->text == b->text && a->style == b->style &&
         a->width == b->width;
}

typedef struct
{
  PangoContext *context;
  double        width;
  GArray       *blocks;    /* TradeoffReportBlock */
  GStringChunk *texts;     /* the cells' texts */
  PangoLayout  *lines;     /* shared: lays out each cell to find its lines */
  /* The last cell measured in each column: a list's marks ("•", "☐") and
   * a table's repeated texts are measured once. */
  const TradeoffReportCell *measured[TRADEOFF_REPORT_MAX_CELLS];
  PangoLayout  *measure;   /* scratch, for _tradeoff_report_builder_measure() */
  /* Once cancelled, cells are no longer measured: the blocks are then
   * unfit to draw and the report is given up (tradeoff-report-pdf.c). */
  GCancellable *cancellable;
  /* The work budget (tradeoff-report-budget.c): units spent measuring so
   * far, of @budget; and whether the story has left anything out. */
  guint64       spent;
  guint64       budget;
  gboolean      cut;
} TradeoffReportBuilder;

/* ---- The work budget (tradeoff-report-budget.c) ---------------------- */

/* What a list cut short by the budget was a list of. */
typedef enum
{
  TRADEOFF_REPORT_CUT_ASPECTS,
  TRADEOFF_REPORT_CUT_REASONS,
  TRADEOFF_REPORT_CUT_FLIPS,
  TRADEOFF_REPORT_CUT_TICKED,
  TRADEOFF_REPORT_CUT_UNTICKED,
  TRADEOFF_REPORT_CUT_QUESTIONS,
} TradeoffReportCut;

/* Counts what laying @text out in @n_lines lines and drawing them costs;
 * @layout (nullable) holds it laid out, to count the glyphs no font has. */
void      _tradeoff_report_builder_charge       (TradeoffReportBuilder *builder,
                                                 const char            *text,
                                                 guint                  n_lines,
                                                 PangoLayout           *layout);
/* What laying @text out will cost, without laying it out (no glyph is
 * known to be missing yet). */
guint64   _tradeoff_report_budget_estimate      (const char            *text);
/* Whether the report has spent its budget: lists stop there. */
gboolean  _tradeoff_report_builder_is_spent     (TradeoffReportBuilder *builder);
guint64   _tradeoff_report_budget_get_units     (void);
/* "… 9000 of the 10000 questions are left out of these pages." */
char     *_tradeoff_report_budget_dup_cut_note  (TradeoffReportCut      cut,
                                                 guint                  left,
                                                 guint                  total);
/* The last paragraph of a report that left anything out. */
char     *_tradeoff_report_budget_dup_final_note (void);

/* Every PangoLayout of the report is made here, so that tests can count
 * them (tests/test-report-stream.c): the most alive at once since
 * _tradeoff_report_reset_peak_layouts(). */
PangoLayout *_tradeoff_report_layout_new         (PangoContext *context);
guint        _tradeoff_report_get_peak_layouts   (void);
void         _tradeoff_report_reset_peak_layouts (void);

/* Sets @layout up as @cell's paragraph: its font, width, wrapping, line
 * spacing and text.  Measuring and drawing both go through this, so a
 * cell is drawn exactly as it was measured. */
void _tradeoff_report_cell_apply (const TradeoffReportCell *cell,
                                  PangoLayout              *layout);

/* The font of @style, made once and shared. */
const PangoFontDescription *_tradeoff_report_style_get_font    (TradeoffReportStyle style);
gboolean                    _tradeoff_report_style_get_muted   (TradeoffReportStyle style);
/* Pango line spacing factor, or 0 for the font's own. */
double                      _tradeoff_report_style_get_spacing (TradeoffReportStyle style);

/* Appends a paragraph of @text (plain text, never markup); returns it, valid
 * until the next block is added.  Returns %NULL, adding nothing, when @text
 * is %NULL or empty. */
TradeoffReportBlock *_tradeoff_report_builder_add_text     (TradeoffReportBuilder     *builder,
                                                            TradeoffReportStyle        style,
                                                            const char                *text,
                                                            double                     indent);
/* Appends a row of @n cells; column i starts at @x[i] and is @widths[i] wide. */
TradeoffReportBlock *_tradeoff_report_builder_add_row      (TradeoffReportBuilder     *builder,
                                                            const TradeoffReportStyle *styles,
                                                            const char * const        *texts,
                                                            const double              *x,
                                                            const double              *widths,
                                                            guint                      n);
/* How wide @text is in @style, unwrapped, in points. */
double               _tradeoff_report_builder_measure      (TradeoffReportBuilder     *builder,
                                                            TradeoffReportStyle        style,
                                                            const char                *text);
/* How wide the widest word of @text is in @style, in points. */
double               _tradeoff_report_builder_measure_word (TradeoffReportBuilder     *builder,
                                                            TradeoffReportStyle        style,
                                                            const char                *text);
void                 _tradeoff_report_block_clear          (TradeoffReportBlock       *block);

/* Fills @builder with the report's blocks, in reading order. */
void _tradeoff_report_build_story (TradeoffReportBuilder *builder,
                                   TradeoffReportFacts   *facts);

/* ---- Writers ---------------------------------------------------------- */

/* Renders every page onto a PDF in memory; NULL only when cancelled or when
 * cairo fails. */
GBytes *_tradeoff_report_render_pdf     (TradeoffReport      *self,
                                         GCancellable        *cancellable,
                                         GError             **error);
/* The report's record of its decision, as it is now (a copy), or %NULL. */
TradeoffReportRecord *_tradeoff_report_dup_record (TradeoffReport *self);
/* A report that shares nothing the window may change while it is written:
 * its own advisor with @self's levels, a copy of the record, the same
 * paper.  Made on the thread that owns @self; then used on one thread. */
TradeoffReport       *_tradeoff_report_snapshot   (TradeoffReport *self);
/* What a write on a thread found: whether the snapshot it wrote was
 * shortened (tradeoff-report-async.c). */
void                  _tradeoff_report_set_shortened (TradeoffReport *self,
                                                      gboolean        shortened);
/* tradeoff_report_paginate(), stopping early once @cancellable is
 * cancelled (the pages are then unfit to draw). */
void                  _tradeoff_report_paginate_cancellable (TradeoffReport *self,
                                                             PangoContext   *context,
                                                             double          width,
                                                             double          height,
                                                             GCancellable   *cancellable);

void    _tradeoff_report_write_html     (TradeoffReportFacts *facts,
                                         GString             *out);
void    _tradeoff_report_write_markdown (TradeoffReportFacts *facts,
                                         GString             *out);
void    _tradeoff_report_write_text     (TradeoffReportFacts *facts,
                                         GString             *out);

/* Plain text in terminal columns (tradeoff-report-text.c). */
guint _tradeoff_text_width         (const char *text,
                                    gssize      length);
/* Appends @text, then spaces up to @width columns. */
void  _tradeoff_text_append_padded (GString    *out,
                                    const char *text,
                                    guint       width);

G_END_DECLS
