/* tradeoff-comparison-builder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_COMPARISON_BUILDER (tradeoff_comparison_builder_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffComparisonBuilder, tradeoff_comparison_builder,
                      TRADEOFF, COMPARISON_BUILDER, GObject)

TradeoffComparisonBuilder *tradeoff_comparison_builder_new      (void);
/* A builder holding everything @comparison says, to change and build anew. */
TradeoffComparisonBuilder *tradeoff_comparison_builder_new_from (TradeoffComparison *comparison);

/* @field is the name of one of TradeoffComparison's text properties:
 * "id", "title", "byline", "updated", "intro", "grid-heading",
 * "aspect-heading", "faq-heading", "criteria-heading", "tie-verdict",
 * "none-verdict", "display-name", "gettext-domain", "preamble".  Texts are
 * normalized as the loader normalizes them; %NULL or a blank text unsets
 * an optional one. */
void      tradeoff_comparison_builder_set_text       (TradeoffComparisonBuilder *self,
                                                      const char                *field,
                                                      const char                *text);
const char *tradeoff_comparison_builder_get_text     (TradeoffComparisonBuilder *self,
                                                      const char                *field);

/* Options, in column order.  Every aspect's values and every criterion's
 * weights follow their option when it moves or goes. */
guint     tradeoff_comparison_builder_get_n_options  (TradeoffComparisonBuilder *self);
guint     tradeoff_comparison_builder_add_option     (TradeoffComparisonBuilder *self,
                                                      const char                *id,
                                                      const char                *name,
                                                      const char                *verdict);
void      tradeoff_comparison_builder_set_option     (TradeoffComparisonBuilder *self,
                                                      guint                      index,
                                                      const char                *id,
                                                      const char                *name,
                                                      const char                *verdict);
void      tradeoff_comparison_builder_move_option    (TradeoffComparisonBuilder *self,
                                                      guint                      from,
                                                      guint                      to);
void      tradeoff_comparison_builder_remove_option  (TradeoffComparisonBuilder *self,
                                                      guint                      index);

/* Grid rows; a new one has no values yet. */
guint     tradeoff_comparison_builder_add_aspect     (TradeoffComparisonBuilder *self,
                                                      const char                *id,
                                                      const char                *label);
void      tradeoff_comparison_builder_set_value      (TradeoffComparisonBuilder *self,
                                                      guint                      aspect,
                                                      guint                      option,
                                                      const char                *value);
void      tradeoff_comparison_builder_remove_aspect  (TradeoffComparisonBuilder *self,
                                                      guint                      aspect);

guint     tradeoff_comparison_builder_add_faq_entry  (TradeoffComparisonBuilder *self,
                                                      const char                *id,
                                                      const char                *question,
                                                      const char                *answer);
void      tradeoff_comparison_builder_remove_faq_entry (TradeoffComparisonBuilder *self,
                                                      guint                      entry);

guint     tradeoff_comparison_builder_add_group      (TradeoffComparisonBuilder *self,
                                                      const char                *id,
                                                      const char                *label,
                                                      gboolean                   exclusive);
/* A criterion of the group at @group; @source (a FAQ entry's id) may be
 * %NULL.  Every weight starts at 0.  Returns its index in its group. */
guint     tradeoff_comparison_builder_add_criterion  (TradeoffComparisonBuilder *self,
                                                      guint                      group,
                                                      const char                *id,
                                                      const char                *label,
                                                      const char                *rationale,
                                                      const char                *source);
void      tradeoff_comparison_builder_set_weight     (TradeoffComparisonBuilder *self,
                                                      guint                      group,
                                                      guint                      criterion,
                                                      guint                      option,
                                                      int                        weight);

/* What an editor changes in place: every part keeps its index. */
void      tradeoff_comparison_builder_set_aspect     (TradeoffComparisonBuilder *self,
                                                      guint                      aspect,
                                                      const char                *id,
                                                      const char                *label);
void      tradeoff_comparison_builder_set_faq_entry  (TradeoffComparisonBuilder *self,
                                                      guint                      entry,
                                                      const char                *id,
                                                      const char                *question,
                                                      const char                *answer);
void      tradeoff_comparison_builder_set_group      (TradeoffComparisonBuilder *self,
                                                      guint                      group,
                                                      const char                *id,
                                                      const char                *label,
                                                      gboolean                   exclusive);
void      tradeoff_comparison_builder_remove_group   (TradeoffComparisonBuilder *self,
                                                      guint                      group);
void      tradeoff_comparison_builder_set_criterion  (TradeoffComparisonBuilder *self,
                                                      guint                      group,
                                                      guint                      criterion,
                                                      const char                *id,
                                                      const char                *label,
                                                      const char                *rationale,
                                                      const char                *source);
void      tradeoff_comparison_builder_remove_criterion (TradeoffComparisonBuilder *self,
                                                      guint                      group,
                                                      guint                      criterion);

/* A sealed comparison, or %NULL and the first rule broken, in the
 * TRADEOFF_LOADER_ERROR domain and the loader's words.  The builder is
 * left as it was, so it can be corrected and built again. */
TradeoffComparison *tradeoff_comparison_builder_build (TradeoffComparisonBuilder  *self,
                                                       GError                    **error);
/* As tradeoff_comparison_builder_build(), but each item of @previous
 * (nullable) that the builder holds unchanged at the same place is shared
 * with it, not made and checked anew: a change to one field of a big
 * comparison costs little more than that field.  Items are immutable, so
 * sharing them cannot be seen, except that the window can tell which
 * items changed by comparing pointers. */
TradeoffComparison *tradeoff_comparison_builder_build_from (TradeoffComparisonBuilder  *self,
                                                            TradeoffComparison         *previous,
                                                            GError                    **error);

G_END_DECLS
