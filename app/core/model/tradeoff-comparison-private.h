/* tradeoff-comparison-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a comparison is put together.  Only the loader (and tests that build
 * small comparisons by hand) include this: everybody else sees a comparison
 * that can no longer change once it has been sealed.
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

/* A comparison's texts, kept together and shared by its items: see
 * tradeoff-comparison-texts.c. */
typedef struct _TradeoffTexts TradeoffTexts;

TradeoffTexts *_tradeoff_texts_new     (void);
TradeoffTexts *_tradeoff_texts_ref     (TradeoffTexts *self);
void           _tradeoff_texts_unref   (TradeoffTexts *self);
/* Room for a text of up to @size bytes, NUL included, to write in place;
 * valid until the next reserve or add.  Nothing is kept until it is
 * committed. */
char          *_tradeoff_texts_reserve (TradeoffTexts *self,
                                        gsize          size);
/* Keeps what was written at the last reserve, up to @end (just past its NUL). */
void           _tradeoff_texts_commit  (TradeoffTexts *self,
                                        const char    *end);
/* A copy of @text, or %NULL, that lives as long as @self. */
const char    *_tradeoff_texts_add     (TradeoffTexts *self,
                                        const char    *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffTexts, _tradeoff_texts_unref)

/* The list models a comparison and its groups hand out: an array that only
 * grows, and only while the comparison is built (tradeoff-comparison-list.c). */
#define TRADEOFF_TYPE_COMPARISON_LIST (tradeoff_comparison_list_get_type ())
G_DECLARE_FINAL_TYPE (TradeoffComparisonList, tradeoff_comparison_list,
                      TRADEOFF, COMPARISON_LIST, GObject)

TradeoffComparisonList *_tradeoff_comparison_list_new        (GType                   item_type);
void                    _tradeoff_comparison_list_append     (TradeoffComparisonList *self,
                                                              gpointer                item);
/* Takes @items, which holds a reference to each item and drops it with
 * g_object_unref(), as the whole content of the still empty list. */
void                    _tradeoff_comparison_list_take_all   (TradeoffComparisonList *self,
                                                              GPtrArray              *items);
gpointer                _tradeoff_comparison_list_get        (TradeoffComparisonList *self,
                                                              guint                   position);
guint                   _tradeoff_comparison_list_get_length (TradeoffComparisonList *self);

typedef enum
{
  TRADEOFF_COMPARISON_ID,
  TRADEOFF_COMPARISON_TITLE,
  TRADEOFF_COMPARISON_BYLINE,
  TRADEOFF_COMPARISON_UPDATED,
  TRADEOFF_COMPARISON_INTRO,
  TRADEOFF_COMPARISON_GRID_HEADING,
  TRADEOFF_COMPARISON_ASPECT_HEADING,
  TRADEOFF_COMPARISON_FAQ_HEADING,
  TRADEOFF_COMPARISON_CRITERIA_HEADING,
  TRADEOFF_COMPARISON_TIE_VERDICT,
  TRADEOFF_COMPARISON_NONE_VERDICT,
  TRADEOFF_COMPARISON_DISPLAY_NAME,
  TRADEOFF_COMPARISON_GETTEXT_DOMAIN,
  TRADEOFF_COMPARISON_PREAMBLE,
  TRADEOFF_COMPARISON_N_TEXTS
} TradeoffComparisonText;

TradeoffComparison *_tradeoff_comparison_new           (void);
void                _tradeoff_comparison_set_text      (TradeoffComparison     *self,
                                                        TradeoffComparisonText  which,
                                                        const char             *text);
void                _tradeoff_comparison_add_option    (TradeoffComparison     *self,
                                                        TradeoffOption         *option);
void                _tradeoff_comparison_add_aspect    (TradeoffComparison     *self,
                                                        TradeoffAspect         *aspect);
void                _tradeoff_comparison_add_faq_entry (TradeoffComparison     *self,
                                                        TradeoffFaqEntry       *entry);
void                _tradeoff_comparison_add_group     (TradeoffComparison     *self,
                                                        TradeoffCriterionGroup *group);
/* Also appends @criterion to its group. */
void                _tradeoff_comparison_add_criterion (TradeoffComparison     *self,
                                                        TradeoffCriterion      *criterion);
/* A criterion already in its group: one shared with another comparison. */
void                _tradeoff_comparison_add_grouped_criterion (TradeoffComparison *self,
                                                                TradeoffCriterion  *criterion);
/* Fills the list models; nothing may be added after this.  (The find
 * functions work from the moment an item is added.) */
void                _tradeoff_comparison_seal          (TradeoffComparison     *self);

TradeoffOption *_tradeoff_option_new         (const char     *id,
                                              const char     *name,
                                              guint           index);
void            _tradeoff_option_set_verdict (TradeoffOption *self,
                                              const char     *verdict);

/* @values holds one value per option, in option order. */
TradeoffAspect *_tradeoff_aspect_new (const char         *id,
                                      const char         *label,
                                      const char * const *values,
                                      guint               n_values);

TradeoffFaqEntry *_tradeoff_faq_entry_new (const char *id,
                                           const char *question,
                                           const char *answer,
                                           guint       index);

TradeoffCriterionGroup *_tradeoff_criterion_group_new (const char             *id,
                                                       const char             *label,
                                                       gboolean                exclusive,
                                                       guint                   index);
void                    _tradeoff_criterion_group_add (TradeoffCriterionGroup *self,
                                                       TradeoffCriterion      *criterion);

/* @weights holds one weight per option, in option order.  @source may be
 * %NULL.  The criterion keeps plain pointers to @source and @group: the
 * comparison owns all three and outlives them. */
TradeoffCriterion *_tradeoff_criterion_new (const char             *id,
                                            const char             *label,
                                            const char             *rationale,
                                            TradeoffFaqEntry       *source,
                                            TradeoffCriterionGroup *group,
                                            guint                   index,
                                            const int              *weights,
                                            guint                   n_weights);
void               _tradeoff_criterion_set_own (TradeoffCriterion      *self,
                                                gboolean                own);

/* The same constructors with their texts already in @texts: the item keeps
 * a reference to @texts and points into it instead of copying each text.
 * The loader builds every item of a comparison this way. */
TradeoffOption         *_tradeoff_option_new_in          (TradeoffTexts          *texts,
                                                          const char             *id,
                                                          const char             *name,
                                                          guint                   index);
TradeoffAspect         *_tradeoff_aspect_new_in          (TradeoffTexts          *texts,
                                                          const char             *id,
                                                          const char             *label,
                                                          const char * const     *values,
                                                          guint                   n_values);
TradeoffFaqEntry       *_tradeoff_faq_entry_new_in       (TradeoffTexts          *texts,
                                                          const char             *id,
                                                          const char             *question,
                                                          const char             *answer,
                                                          guint                   index);
TradeoffCriterionGroup *_tradeoff_criterion_group_new_in (TradeoffTexts          *texts,
                                                          const char             *id,
                                                          const char             *label,
                                                          gboolean                exclusive,
                                                          guint                   index);
TradeoffCriterion      *_tradeoff_criterion_new_in       (TradeoffTexts          *texts,
                                                          const char             *id,
                                                          const char             *label,
                                                          const char             *rationale,
                                                          TradeoffFaqEntry       *source,
                                                          TradeoffCriterionGroup *group,
                                                          guint                   index,
                                                          const int              *weights,
                                                          guint                   n_weights);

G_END_DECLS
