/* tradeoff-loader-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the two halves of the loader: tradeoff-loader.c turns bytes
 * into a schema-valid libxml2 tree, tradeoff-loader-build.c turns that tree
 * into a TradeoffComparison, checking what a schema cannot (unique ids,
 * references, counts).  Both report errors through a TradeoffLoadContext
 * (tradeoff-loader-context.c), which knows the source text and so can say
 * where, in lines and columns.
 */

#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "tradeoff-loader.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)

typedef struct
{
  const char *display_name;
  /* Texts stay untranslated, whatever the file's gettext-domain. */
  gboolean    as_written;
  const char *data;
  gsize       length;
  /* The last line _tradeoff_load_context_line_start() found, and where it
   * starts: the next search goes on from there.  0: none yet. */
  int         known_line;
  gsize       known_line_start;
  /* xmlNode → line, for elements past line 65,535; %NULL until one is. */
  GHashTable *big_lines;
  /* Whether the first comment before the root, or the root, has been
   * parsed: later comments stay out of the tree. */
  gboolean    past_preamble;
  /* Where the pre-scan found the file not well-formed, or G_MAXSIZE. */
  gsize       scan_stop;
  /* Only the first error counts: it is the one a person should fix first. */
  GError     *error;
  /* Checked as the file is read, scanned, parsed and built: a load given
   * up stops there, with G_IO_ERROR_CANCELLED.  May be %NULL. */
  GCancellable *cancellable;
  /* A validation message that came with no element to point at; used only
   * if no later message does better. */
  char       *unplaced_message;
} TradeoffLoadContext;

void     _tradeoff_load_context_clear     (TradeoffLoadContext *ctx);
gboolean _tradeoff_load_context_failed    (TradeoffLoadContext *ctx);
/* Whether the load was cancelled: then the context fails with
 * G_IO_ERROR_CANCELLED, unless it has already failed. */
gboolean _tradeoff_load_context_cancelled (TradeoffLoadContext *ctx);

void        _tradeoff_load_context_fail        (TradeoffLoadContext *ctx,
                                                TradeoffLoaderError  code,
                                                int                  line,
                                                int                  column,
                                                const char          *format,
                                                ...) G_GNUC_PRINTF (5, 6);
/* Points at @node's start tag, or at its attribute @attribute if not %NULL. */
void        _tradeoff_load_context_fail_at     (TradeoffLoadContext *ctx,
                                                TradeoffLoaderError  code,
                                                xmlNode             *node,
                                                const char          *attribute,
                                                const char          *format,
                                                ...) G_GNUC_PRINTF (5, 6);
/* Where @line starts in @ctx->data, or %NULL if the file has fewer lines. */
const char *_tradeoff_load_context_line_start  (TradeoffLoadContext *ctx,
                                                int                  line);
/* The 1-based line and column, in characters, of the byte at @offset. */
void        _tradeoff_load_context_locate      (TradeoffLoadContext *ctx,
                                                gsize                offset,
                                                int                 *line,
                                                int                 *column);
/* Keeps @line as @node's: libxml2 cannot, past line 65,535. */
void        _tradeoff_load_context_note_line   (TradeoffLoadContext *ctx,
                                                xmlNode             *node,
                                                int                  line);
/* The line of @node's start tag, past line 65,535 too. */
int         _tradeoff_load_context_line_of     (TradeoffLoadContext *ctx,
                                                xmlNode             *node);
/* The 1-based column of @position, in characters, on the line that starts
 * at @line_start. */
int         _tradeoff_load_context_column_at   (const char          *line_start,
                                                const char          *position);
/* The 1-based column, in characters, of the first @needle on @line, or 0. */
int         _tradeoff_load_context_find_column (TradeoffLoadContext *ctx,
                                                int                  line,
                                                const char          *needle);

/* Leading and trailing white space dropped; a run of white space holding a
 * blank line becomes a paragraph break ("\n\n"), any other run one space. */
char *_tradeoff_normalize_text (const char *text);

/* What _tradeoff_loader_check_words() finds wrong with a text. */
typedef enum
{
  TRADEOFF_TEXT_OK,
  /* Nothing in it can be seen: only zero-width characters or marks. */
  TRADEOFF_TEXT_INVISIBLE,
  /* A word longer than TRADEOFF_LOADER_MAX_WORD characters. */
  TRADEOFF_TEXT_LONG_WORD,
  /* More than TRADEOFF_LOADER_MAX_MARKS combining marks on one character. */
  TRADEOFF_TEXT_MARK_STACK,
  /* More than TRADEOFF_LOADER_MAX_UNSPACED_RUN characters of Thai, Lao,
   * Khmer or Myanmar in one word. */
  TRADEOFF_TEXT_LONG_UNSPACED_RUN,
  /* More characters than the text's kind may hold. */
  TRADEOFF_TEXT_TOO_LONG,
} TradeoffTextProblem;

TradeoffTextProblem _tradeoff_loader_check_words   (const char  *text,
                                                    gsize        max_length,
                                                    const char **where);
/* The same answer, worked out one character at a time: for tests. */
TradeoffTextProblem _tradeoff_loader_check_words_slowly (const char  *text,
                                                         gsize        max_length,
                                                         const char **where);
/* @value, or its first characters and "…" if it is long: what an error
 * message quotes of a value from the file. */
char               *_tradeoff_load_context_excerpt (const char  *value);

/* Says what is wrong with @node, which the schema refused, in the format's
 * own terms; %FALSE if it cannot tell. */
gboolean _tradeoff_loader_explain     (TradeoffLoadContext *ctx,
                                       xmlNode             *node);
/* Reads @node's text as a weight, a whole number from -100 to 100.  If it
 * is not one, fails at @node with @code, saying so, and returns %FALSE. */
gboolean _tradeoff_loader_read_weight (TradeoffLoadContext *ctx,
                                       xmlNode             *node,
                                       TradeoffLoaderError  code,
                                       int                 *weight);

/* Refuses, in one pass over the bytes, what the format never needs and
 * libxml2 would spend too long on (tradeoff-loader-prescan.c). */
gboolean _tradeoff_loader_prescan (TradeoffLoadContext *ctx);

/* Checks @doc against the format's schema; fails through @ctx, with
 * G_IO_ERROR_CANCELLED within a few hundred elements of a cancel
 * (tradeoff-loader-validate.c). */
gboolean _tradeoff_loader_validate (TradeoffLoadContext *ctx,
                                    xmlDoc              *doc);

/* data/comparison.rng, compiled once (tradeoff-loader-schema.c): the judge
 * of what follows the format, and a quick form with plain text for its ids
 * and texts, whose values _tradeoff_loader_schema_values_valid() checks;
 * the quick form may be %NULL. */
xmlRelaxNG *_tradeoff_loader_schema              (void);
xmlRelaxNG *_tradeoff_loader_quick_schema        (void);
/* Whether the texts and ids of @element (its own text, its attributes)
 * are what the judge wants; for trees validated against the quick form. */
gboolean    _tradeoff_loader_schema_values_valid (xmlNode *element);
/* For tests only: without the quick form, the judge validates every file
 * (process-wide); and how many trees the judge has validated whole. */
void        _tradeoff_loader_set_quick_schema_enabled (gboolean enabled);
guint       _tradeoff_loader_n_whole_validations      (void);

/* For tests only: called as validation starts (@n_validated 0) and each
 * time it looks at the cancellable, with the number of elements validated
 * so far.  Process-wide; %NULL unsets it. */
typedef void (*TradeoffLoaderValidateHook) (guint    n_validated,
                                            gpointer user_data);
void _tradeoff_loader_set_validate_hook (TradeoffLoaderValidateHook hook,
                                         gpointer                   user_data);

TradeoffComparison *_tradeoff_loader_build (TradeoffLoadContext *ctx,
                                            xmlDoc              *doc);

/* Reads what a decision file adds to a comparison, from @doc's root; the
 * comparison is already built.  Fails through @ctx. */
typedef gboolean (*TradeoffLoaderExtra) (TradeoffLoadContext *ctx,
                                         xmlDoc              *doc,
                                         TradeoffComparison  *comparison,
                                         gpointer             user_data);

/* tradeoff_loader_load_bytes(), translated or not, then @extra (may be
 * %NULL) with the same context, so its errors say FILE:LINE:COLUMN too.
 * Cancelled, it stops within a few kilobytes or items of where it is and
 * fails with G_IO_ERROR_CANCELLED. */
TradeoffComparison *_tradeoff_loader_load      (GBytes             *bytes,
                                                const char         *display_name,
                                                gboolean            translate,
                                                TradeoffLoaderExtra extra,
                                                gpointer            user_data,
                                                GCancellable       *cancellable,
                                                GError            **error);
/* For test-preload: @callback runs on tradeoff-preload.c's thread once it
 * has handed the comparison over, before it frees what it read it from. */
void                _tradeoff_preload_set_after_hand_over (void (*callback) (void));

/* A file's bytes with the loader's checks (a regular file, not too large),
 * and the name errors give it; cancelled, G_IO_ERROR_CANCELLED. */
GBytes             *_tradeoff_loader_read_file (GFile              *file,
                                                char              **display_name,
                                                GCancellable       *cancellable,
                                                GError            **error);

G_END_DECLS
