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
} OptionData;

typedef struct
{
  char      *id;
  char      *label;
  /* One per option, in option order; %NULL until set. */
  GPtrArray *values;
} AspectData;

typedef struct
{
  char *id;
  char *question;
  char *answer;
} FaqData;

typedef struct
{
  char   *id;
  char   *label;
  char   *rationale;
  char   *source;
  /* One per option, in option order. */
  GArray *weights;
} CriterionData;

typedef struct
{
  char      *id;
  char      *label;
  gboolean   exclusive;
  GPtrArray *criteria;
} GroupData;

struct _TradeoffComparisonBuilder
{
  GObject parent_instance;

  char *texts[TRADEOFF_COMPARISON_N_TEXTS];

  GPtrArray *options;
  GPtrArray *aspects;
  GPtrArray *faq;
  GPtrArray *groups;
};

/* The comparison's text property names, in the order of
 * TradeoffComparisonText. */
extern const char * const _tradeoff_comparison_builder_fields[TRADEOFF_COMPARISON_N_TEXTS];

G_END_DECLS
