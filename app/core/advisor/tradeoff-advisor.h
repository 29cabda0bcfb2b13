/* tradeoff-advisor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-comparison.h"
#include "tradeoff-flip.h"
#include "tradeoff-level.h"
#include "tradeoff-option-score.h"
#include "tradeoff-reason.h"
#include "tradeoff-tick.h"

G_BEGIN_DECLS

/* What the ticked criteria add up to. */
typedef enum
{
  TRADEOFF_VERDICT_NONE,    /* nothing ticked: the neutral advice */
  TRADEOFF_VERDICT_TIE,     /* something ticked, but two or more options share the top score */
  TRADEOFF_VERDICT_LEADER,  /* one option has the top score alone */
  TRADEOFF_VERDICT_CONFLICT, /* the must-haves rule out every option */
} TradeoffVerdictKind;

GType tradeoff_verdict_kind_get_type (void) G_GNUC_CONST;
#define TRADEOFF_TYPE_VERDICT_KIND (tradeoff_verdict_kind_get_type ())

#define TRADEOFF_TYPE_ADVISOR (tradeoff_advisor_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffAdvisor, tradeoff_advisor, TRADEOFF, ADVISOR, GObject)

TradeoffAdvisor     *tradeoff_advisor_new              (TradeoffComparison *comparison);
TradeoffComparison  *tradeoff_advisor_get_comparison   (TradeoffAdvisor    *self);

/* Ticking.  Each call costs O(options), whatever the number of criteria.
 * Ticking a criterion of an exclusive group unticks the one ticked before. */
gboolean             tradeoff_advisor_get_ticked       (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion);
void                 tradeoff_advisor_set_ticked       (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion,
                                                        gboolean            ticked);
void                 tradeoff_advisor_toggle           (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion);
/* Levels.  Setting one costs O(options + must-haves), like a tick; setting
 * TRADEOFF_LEVEL_OFF unticks, any other level ticks (and, in an exclusive
 * group, unticks the group's former choice).  A tick is
 * TRADEOFF_LEVEL_MATTERS.  Every change of a criterion's level emits
 * "level-changed" (criterion, old level); every action that changed
 * something ends with one "levels-changed". */
TradeoffLevel        tradeoff_advisor_get_level        (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion);
void                 tradeoff_advisor_set_level        (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion,
                                                        TradeoffLevel       level);
guint                tradeoff_advisor_get_n_must       (TradeoffAdvisor    *self);
void                 tradeoff_advisor_reset            (TradeoffAdvisor    *self);
guint                tradeoff_advisor_get_n_ticked     (TradeoffAdvisor    *self);
/* Ticks exactly the criteria named in @ids (unticking the rest).  An id may
 * carry a level: "id" or "id:1" matters, "id:2" matters a lot, "id:must" is
 * a must-have.  Fails with TRADEOFF_ADVISOR_ERROR_UNKNOWN_CRITERION, naming
 * the id, and leaves the ticks as they were, if an id is not a criterion of
 * the comparison; with TRADEOFF_ADVISOR_ERROR_UNKNOWN_LEVEL for another
 * level; with TRADEOFF_ADVISOR_ERROR_EXCLUSIVE_CONFLICT if two ids are
 * choices of one exclusive group. */
gboolean             tradeoff_advisor_select_ids       (TradeoffAdvisor    *self,
                                                        const char * const *ids,
                                                        GError            **error);
/* The ticked criteria's ids, in comparison order; free with g_strfreev(). */
char               **tradeoff_advisor_dup_ticked_ids   (TradeoffAdvisor    *self);
/* The same with their levels, as tradeoff_advisor_select_ids() reads them:
 * "id" (matters), "id:2", "id:must". */
char               **tradeoff_advisor_dup_level_ids    (TradeoffAdvisor    *self);

/* One TradeoffTick per criterion, in comparison order: bind a check button's
 * "active" to a tick's "ticked" property, in both directions. */
GListModel          *tradeoff_advisor_get_ticks        (TradeoffAdvisor    *self);
/* The item of the ticks list for @criterion, without a list walk. */
TradeoffTick        *tradeoff_advisor_get_tick         (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion);

/* The verdict and its properties; each notifies only when it really changes. */
TradeoffVerdictKind  tradeoff_advisor_get_verdict_kind (TradeoffAdvisor    *self);
TradeoffOption      *tradeoff_advisor_get_leader       (TradeoffAdvisor    *self);
const char          *tradeoff_advisor_get_headline     (TradeoffAdvisor    *self);
const char          *tradeoff_advisor_get_explanation  (TradeoffAdvisor    *self);
/* How firmly the leader leads, 0 to 1 (0 with no leader): its lead over the
 * closest rival as a share of that lead plus the most the answers not
 * given yet (criteria off, or at "matters") could still swing towards the
 * rival.  Above one half only when nothing left to answer, and no single
 * change of an answer, could overturn it.  tradeoff-advisor-confidence.c
 * says why. */
double               tradeoff_advisor_get_confidence   (TradeoffAdvisor    *self);
char                *tradeoff_advisor_dup_confidence_text (TradeoffAdvisor *self);
int                  tradeoff_advisor_get_score        (TradeoffAdvisor    *self,
                                                        guint               option_index);
/* The must-have that rules the option out (the first in comparison order it
 * does not serve), or %NULL while it is in the running. */
TradeoffCriterion   *tradeoff_advisor_get_ruled_out_by (TradeoffAdvisor    *self,
                                                        guint               option_index);
/* With a TRADEOFF_VERDICT_CONFLICT verdict: must-haves that together rule
 * out every option, none of which could be dropped (TradeoffCriterion
 * items, comparison order); otherwise an empty array. */
GPtrArray           *tradeoff_advisor_dup_conflict     (TradeoffAdvisor    *self);
/* One TradeoffOptionScore per option, in option order; the list never
 * changes, its items notify when their score does. */
GListModel          *tradeoff_advisor_get_scores       (TradeoffAdvisor    *self);
/* The ticked criteria as TradeoffReason items, the biggest contribution to
 * the verdict first.  A new list each time the ticks change. */
GListModel          *tradeoff_advisor_get_reasons      (TradeoffAdvisor    *self);
/* Every single change of one answer (a tick, an untick, another level or a
 * must-have) that would change the verdict, as TradeoffFlip items in
 * comparison order.  Computed on first read, then kept current. */
GListModel          *tradeoff_advisor_get_flips        (TradeoffAdvisor    *self);
/* Whether the flips hold @criterion: ticking or unticking it alone would
 * change the verdict.  O(log flips); reads the flips if nobody had yet. */
gboolean             tradeoff_advisor_would_flip       (TradeoffAdvisor    *self,
                                                        TradeoffCriterion  *criterion);

/* How firm the advice is, in words a person reads: "Strong lead" (a
 * confidence above one half), "Clear lead" (from a third) or "Slight lead"
 * for a leader, "Tied", "No option passes" or "Nothing ticked yet".  The
 * window, the report and the summary all say it with these words. */
const char          *tradeoff_verdict_describe         (TradeoffVerdictKind kind,
                                                        double              confidence);

/* "A", "A and B", "A, B and C", in the language's words. */
char                *tradeoff_join_names               (const char * const *names,
                                                        guint               n);

#define TRADEOFF_ADVISOR_ERROR (tradeoff_advisor_error_quark ())

typedef enum
{
  TRADEOFF_ADVISOR_ERROR_UNKNOWN_CRITERION,
  /* Two ids name choices of the same exclusive group. */
  TRADEOFF_ADVISOR_ERROR_EXCLUSIVE_CONFLICT,
  /* "id:LEVEL" with a level other than 1, 2 or must. */
  TRADEOFF_ADVISOR_ERROR_UNKNOWN_LEVEL,
} TradeoffAdvisorError;

GQuark tradeoff_advisor_error_quark (void);

G_END_DECLS
