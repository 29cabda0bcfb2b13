/* tradeoff-decision.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's decision on a comparison: how much each criterion matters
 * (through its advisor), criteria of their own, a note, who decided, when,
 * a status and the option chosen; every change undoable.
 */

#pragma once

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

/* Where a decision stands, as MADR says it. */
typedef enum
{
  TRADEOFF_DECISION_PROPOSED,
  TRADEOFF_DECISION_ACCEPTED,
  TRADEOFF_DECISION_REJECTED,
  TRADEOFF_DECISION_DEPRECATED,
  TRADEOFF_DECISION_SUPERSEDED,
} TradeoffDecisionStatus;

#define TRADEOFF_DECISION_STATUS_LAST TRADEOFF_DECISION_SUPERSEDED

GType tradeoff_decision_status_get_type (void) G_GNUC_CONST;
#define TRADEOFF_TYPE_DECISION_STATUS (tradeoff_decision_status_get_type ())

/* "proposed", "accepted", …: the names files and MADR's front matter use. */
const char *tradeoff_decision_status_to_nick   (TradeoffDecisionStatus  status);
gboolean    tradeoff_decision_status_from_nick (const char             *nick,
                                                TradeoffDecisionStatus *status);
/* What a person reads: "Proposed", "Accepted", … */
const char *tradeoff_decision_status_describe  (TradeoffDecisionStatus  status);

#define TRADEOFF_DECISION_ERROR (tradeoff_decision_error_quark ())

typedef enum
{
  TRADEOFF_DECISION_ERROR_INVALID,        /* an empty label, a weight out of range, a bad date */
  TRADEOFF_DECISION_ERROR_UNKNOWN,        /* no such criterion, group or option */
  TRADEOFF_DECISION_ERROR_NOT_OWN,        /* a criterion of the comparison, not one's own */
  TRADEOFF_DECISION_ERROR_REASON_NEEDED,  /* a choice other than the recommendation, without a reason */
} TradeoffDecisionError;

GQuark tradeoff_decision_error_quark (void);

#define TRADEOFF_TYPE_DECISION (tradeoff_decision_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffDecision, tradeoff_decision, TRADEOFF, DECISION, GObject)

TradeoffDecision       *tradeoff_decision_new             (TradeoffComparison *base);

/* The comparison as its file has it. */
TradeoffComparison     *tradeoff_decision_get_base        (TradeoffDecision   *self);
/* The base plus the person's own criteria (the base itself while there are
 * none), and the advisor on it.  Both are replaced, and "comparison" and
 * "advisor" notified, when an own criterion is added, edited or removed;
 * the levels carry over by id. */
TradeoffComparison     *tradeoff_decision_get_comparison  (TradeoffDecision   *self);
TradeoffAdvisor        *tradeoff_decision_get_advisor     (TradeoffDecision   *self);
/* The base replaced by an edit of it, keeping the decision, and its
 * advisor when the edit allows (tradeoff-decision-edit.c). */
gboolean                tradeoff_decision_follow_edit     (TradeoffDecision   *self,
                                                           TradeoffComparison *base);

/* Own criteria.  @group_id names a group of the comparison or an own group;
 * or it is %NULL and @new_group_label names a new own group.  @weights holds
 * one weight per option, -100 to 100.  Adding returns the new criterion's
 * id (free it); it starts unticked. */
char                   *tradeoff_decision_add_criterion   (TradeoffDecision   *self,
                                                           const char         *label,
                                                           const char         *group_id,
                                                           const char         *new_group_label,
                                                           const int          *weights,
                                                           guint               n_weights,
                                                           GError            **error);
gboolean                tradeoff_decision_edit_criterion  (TradeoffDecision   *self,
                                                           const char         *id,
                                                           const char         *label,
                                                           const char         *group_id,
                                                           const char         *new_group_label,
                                                           const int          *weights,
                                                           guint               n_weights,
                                                           GError            **error);
gboolean                tradeoff_decision_remove_criterion (TradeoffDecision  *self,
                                                           const char         *id,
                                                           GError            **error);
gboolean                tradeoff_decision_is_own          (TradeoffDecision   *self,
                                                           TradeoffCriterion  *criterion);
/* The own criteria, as TradeoffCriterion items of "comparison". */
GListModel             *tradeoff_decision_get_own_criteria (TradeoffDecision  *self);

/* The record.  Each setter is one undoable step (a run of changes to the
 * same text, as typing makes, is one step); each property notifies only on
 * a real change.  Texts are held to the rules a decision file's texts are
 * loaded with (data/README.md: a note is at most 5,000 characters, who
 * decided 150, a reason 2,000, an own label 100; no word over 100): one
 * that breaks them is refused with TRADEOFF_DECISION_ERROR_INVALID, in the
 * loader's words, and the decision keeps what it had.  White space alone
 * is no text. */
const char             *tradeoff_decision_get_note        (TradeoffDecision   *self);
gboolean                tradeoff_decision_set_note        (TradeoffDecision   *self,
                                                           const char         *note,
                                                           GError            **error);
const char             *tradeoff_decision_get_deciders    (TradeoffDecision   *self);
gboolean                tradeoff_decision_set_deciders    (TradeoffDecision   *self,
                                                           const char         *deciders,
                                                           GError            **error);
/* YYYY-MM-DD, or %NULL. */
const char             *tradeoff_decision_get_date        (TradeoffDecision   *self);
gboolean                tradeoff_decision_set_date        (TradeoffDecision   *self,
                                                           const char         *date,
                                                           GError            **error);
TradeoffDecisionStatus  tradeoff_decision_get_status      (TradeoffDecision   *self);
void                    tradeoff_decision_set_status      (TradeoffDecision   *self,
                                                           TradeoffDecisionStatus status);
/* The option chosen (an option id, or %NULL for none yet) and why.  A
 * choice other than the advisor's leader needs a reason. */
const char             *tradeoff_decision_get_chosen      (TradeoffDecision   *self);
const char             *tradeoff_decision_get_reason      (TradeoffDecision   *self);
gboolean                tradeoff_decision_set_choice      (TradeoffDecision   *self,
                                                           const char         *option_id,
                                                           const char         *reason,
                                                           GError            **error);
/* Whether a choice is made and is not what the advisor recommends. */
gboolean                tradeoff_decision_get_overrides   (TradeoffDecision   *self);

/* Everything back to a fresh decision: no levels, no own criteria, no
 * record.  One undoable step. */
void                    tradeoff_decision_reset           (TradeoffDecision   *self);

/* Undo and redo cover every change: levels (through the advisor, whoever
 * made them), own criteria, the record and a reset. */
gboolean                tradeoff_decision_get_can_undo    (TradeoffDecision   *self);
gboolean                tradeoff_decision_get_can_redo    (TradeoffDecision   *self);
/* Drops every step: what the decision is now is where undo stops. */
void                    tradeoff_decision_forget_history (TradeoffDecision *self);
void                    tradeoff_decision_undo            (TradeoffDecision   *self);
void                    tradeoff_decision_redo            (TradeoffDecision   *self);

/* Decision files (.tradeoff): a comparison with a <decision> element,
 * loaded with the comparison loader's rules and errors (FILE:LINE:COLUMN).
 * A comparison without one opens as a fresh decision. */
TradeoffDecision       *tradeoff_decision_load_bytes      (GBytes             *bytes,
                                                           const char         *display_name,
                                                           GError            **error);
TradeoffDecision       *tradeoff_decision_load_file       (GFile              *file,
                                                           GCancellable       *cancellable,
                                                           GError            **error);
TradeoffDecision       *tradeoff_decision_load_shipped    (GError            **error);
/* The decision file's bytes: the comparison with its texts as written,
 * then the decision. */
GBytes                 *tradeoff_decision_to_bytes        (TradeoffDecision   *self);
/* Written atomically: a reader sees the old file or the new one. */
gboolean                tradeoff_decision_save            (TradeoffDecision   *self,
                                                           GFile              *file,
                                                           GCancellable       *cancellable,
                                                           GError            **error);

G_END_DECLS
