/* tradeoff-comparison-builder-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the two halves of the builder: tradeoff-comparison-builder.c
 * holds and changes the parts, tradeoff-comparison-builder-build.c checks
 * them and builds the comparison.
 */

#pragma once

#include "tradeoff-comparison-builder.h"
#include "tradeoff-comparison-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *name;
  char *verdict;
  /* Changed since the builder's base (see below). */
  gboolean   dirty;
} OptionData;

typedef struct
{
  char      *id;
  char      *label;
  /* One per option, in option order; %NULL until set. */
  GPtrArray *values;
  /* Changed since the builder's base (see below). */
  gboolean   dirty;
} AspectData;

typedef struct
{
  char *id;
  char *question;
  char *answer;
  /* Changed since the builder's base (see below). */
  gboolean   dirty;
} FaqData;

typedef struct
{
  char   *id;
  char   *label;
  char   *rationale;
  char   *source;
  /* One per option, in option order. */
  GArray *weights;
  /* Changed since the builder's base (see below). */
  gboolean   dirty;
} CriterionData;

typedef struct
{
  char      *id;
  char      *label;
  gboolean   exclusive;
  GPtrArray *criteria;
  /* Changed since the builder's base (see below). */
  gboolean   dirty;
} GroupData;

struct _TradeoffComparisonBuilder
{
  GObject parent_instance;

  char *texts[TRADEOFF_COMPARISON_N_TEXTS];

  GPtrArray *options;
  GPtrArray *aspects;
  GPtrArray *faq;
  GPtrArray *groups;

  /* The comparison the builder was made from or last built, and whether
   * an item was added, removed or moved since: while none was, each
   * setter marks its item dirty, and a build from the base checks and
   * makes again the dirty items only (tradeoff-comparison-builder-build.c). */
  TradeoffComparison *base;
  gboolean            reshaped;
};

/* The comparison's text property names, in the order of
 * TradeoffComparisonText. */
/* Makes @base the builder's base, nothing dirty (tradeoff-comparison-builder-build.c). */
void _tradeoff_comparison_builder_rebase (TradeoffComparisonBuilder *self,
                                          TradeoffComparison        *base);

extern const char * const _tradeoff_comparison_builder_fields[TRADEOFF_COMPARISON_N_TEXTS];

G_END_DECLS
