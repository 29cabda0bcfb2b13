/* tradeoff-comparison.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-types.h"
#include "tradeoff-aspect.h"
#include "tradeoff-criterion.h"
#include "tradeoff-criterion-group.h"
#include "tradeoff-faq-entry.h"
#include "tradeoff-option.h"

G_BEGIN_DECLS

/* The fewest and most options a comparison may hold (the grid and the score
 * bars are laid out for at most eight columns). */
#define TRADEOFF_MIN_OPTIONS 2
#define TRADEOFF_MAX_OPTIONS 8

#define TRADEOFF_TYPE_COMPARISON (tradeoff_comparison_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffComparison, tradeoff_comparison, TRADEOFF, COMPARISON, GObject)

const char             *tradeoff_comparison_get_id              (TradeoffComparison *self);
const char             *tradeoff_comparison_get_title           (TradeoffComparison *self);
const char             *tradeoff_comparison_get_byline          (TradeoffComparison *self);
const char             *tradeoff_comparison_get_updated         (TradeoffComparison *self);
const char             *tradeoff_comparison_get_intro           (TradeoffComparison *self);
const char             *tradeoff_comparison_get_grid_heading    (TradeoffComparison *self);
const char             *tradeoff_comparison_get_aspect_heading  (TradeoffComparison *self);
const char             *tradeoff_comparison_get_faq_heading     (TradeoffComparison *self);
const char             *tradeoff_comparison_get_criteria_heading (TradeoffComparison *self);
const char             *tradeoff_comparison_get_tie_verdict     (TradeoffComparison *self);
const char             *tradeoff_comparison_get_none_verdict    (TradeoffComparison *self);
const char             *tradeoff_comparison_get_display_name    (TradeoffComparison *self);
const char             *tradeoff_comparison_get_gettext_domain  (TradeoffComparison *self);
const char             *tradeoff_comparison_get_preamble        (TradeoffComparison *self);

GListModel             *tradeoff_comparison_get_options         (TradeoffComparison *self);
GListModel             *tradeoff_comparison_get_aspects         (TradeoffComparison *self);
GListModel             *tradeoff_comparison_get_faq             (TradeoffComparison *self);
GListModel             *tradeoff_comparison_get_groups          (TradeoffComparison *self);
GListModel             *tradeoff_comparison_get_criteria        (TradeoffComparison *self);

guint                   tradeoff_comparison_get_n_options       (TradeoffComparison *self);
guint                   tradeoff_comparison_get_n_criteria      (TradeoffComparison *self);
TradeoffOption         *tradeoff_comparison_get_option          (TradeoffComparison *self,
                                                                 guint               index);
TradeoffCriterion      *tradeoff_comparison_get_criterion       (TradeoffComparison *self,
                                                                 guint               index);
TradeoffOption         *tradeoff_comparison_find_option         (TradeoffComparison *self,
                                                                 const char         *id);
TradeoffCriterion      *tradeoff_comparison_find_criterion      (TradeoffComparison *self,
                                                                 const char         *id);
TradeoffFaqEntry       *tradeoff_comparison_find_faq_entry      (TradeoffComparison *self,
                                                                 const char         *id);

/* %NULL if @a and @b say the same, else a description of the first
 * difference found, for a test's message or a log.  The display name (where
 * a comparison came from) does not count. */
char                   *tradeoff_comparison_describe_difference (TradeoffComparison *a,
                                                                 TradeoffComparison *b);

G_END_DECLS
