/* tradeoff-decision-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the decision's files share: its state as plain data (so that undo
 * can keep copies of it), how the comparison with own criteria is built
 * (tradeoff-decision-own.c), and the history (tradeoff-decision-history.c).
 */

#pragma once

#include "tradeoff-decision.h"

G_BEGIN_DECLS

/* A criterion of the person's own, as plain data. */
typedef struct
{
  char *id;
  char *label;
  /* A group of the comparison, or an own group's id. */
  char *group;
  int weights[TRADEOFF_MAX_OPTIONS];
} TradeoffOwnCriterion;

/* A group only own criteria are in; it goes with its last criterion. */
typedef struct
{
  char *id;
  char *label;
} TradeoffOwnGroup;

TradeoffOwnCriterion *_tradeoff_own_criterion_copy (const TradeoffOwnCriterion *own);
void                  _tradeoff_own_criterion_free (TradeoffOwnCriterion       *own);
TradeoffOwnGroup     *_tradeoff_own_group_copy     (const TradeoffOwnGroup     *own);
void                  _tradeoff_own_group_free     (TradeoffOwnGroup           *own);
/* Deep copies of arrays of the above. */
GPtrArray            *_tradeoff_own_criteria_copy  (GPtrArray                  *criteria);
GPtrArray            *_tradeoff_own_groups_copy    (GPtrArray                  *groups);

/* The record, as plain data. */
typedef struct
{
  char *note;
  char *deciders;
  char *date;
  char *chosen;
  char *reason;
  TradeoffDecisionStatus status;
} TradeoffDecisionFields;

void _tradeoff_decision_fields_copy  (TradeoffDecisionFields       *dest,
                                      const TradeoffDecisionFields *src);
void _tradeoff_decision_fields_clear (TradeoffDecisionFields       *fields);

typedef struct _TradeoffHistory TradeoffHistory;

/* The whole state, for a reset, an own criterion and opening a file. */
typedef struct
{
  TradeoffDecisionFields fields;
  GPtrArray *own_criteria;
  GPtrArray *own_groups;
  /* As tradeoff_advisor_dup_level_ids() gives them. */
  char **levels;
} TradeoffDecisionState;

TradeoffDecisionState *_tradeoff_decision_state_new  (void);
void                   _tradeoff_decision_state_free (TradeoffDecisionState *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffDecisionState, _tradeoff_decision_state_free)

/* The base plus @criteria and @groups, sealed; a new comparison. */
TradeoffComparison *_tradeoff_decision_build_comparison (TradeoffComparison *base,
                                                         GPtrArray          *criteria,
                                                         GPtrArray          *groups);

/* A copy of the current state. */
TradeoffDecisionState        *_tradeoff_decision_dup_state    (TradeoffDecision             *self);
/* Makes @state the current one, without recording a step: the comparison
 * and advisor are built again if the own criteria differ.  Fails (changing
 * nothing) if a level names no criterion, an own criterion a group that is
 * neither the comparison's nor own, or a choice no option. */
gboolean                      _tradeoff_decision_apply_state  (TradeoffDecision             *self,
                                                               TradeoffDecisionState        *state,
                                                               GError                      **error);
/* Sets the record's fields without recording a step, notifying what changed. */
void                          _tradeoff_decision_apply_fields (TradeoffDecision             *self,
                                                               const TradeoffDecisionFields *fields);
const TradeoffDecisionFields *_tradeoff_decision_peek_fields  (TradeoffDecision             *self);

/* The decision itself, shared by tradeoff-decision.c and
 * tradeoff-decision-own.c. */
struct _TradeoffDecision
{
  GObject parent_instance;

  TradeoffComparison *base;
  TradeoffComparison *comparison;
  TradeoffAdvisor *advisor;
  GListStore *own_items;

  GPtrArray *own_criteria;
  GPtrArray *own_groups;
  TradeoffDecisionFields fields;

  TradeoffHistory *history;
  /* Above 0 while a step is being applied: nothing is recorded then. */
  guint applying;
  gboolean announced_can_undo;
  gboolean announced_can_redo;
  /* The next own id's number. */
  guint next_own;
  /* The base with its texts as its file has them (not translated), for
   * saving; %NULL when that is the base itself. */
  TradeoffComparison *source;
};

/* Whether @text, typed by a person, keeps the rules the loader holds a
 * decision file's <@element> to (blank counts as no text, so it does);
 * if not, a TRADEOFF_DECISION_ERROR_INVALID in the loader's words. */
gboolean              _tradeoff_decision_check_text      (const char            *element,
                                                          const char            *text,
                                                          GError               **error);
TradeoffOwnCriterion *_tradeoff_decision_find_own        (TradeoffDecision      *self,
                                                          const char            *id,
                                                          guint                 *position);
/* Makes the comparison with the current own criteria and its advisor, with
 * @levels (those whose criteria still exist). */
void                  _tradeoff_decision_rebuild         (TradeoffDecision      *self,
                                                          char * const          *levels);
/* Notifies "can-undo" and "can-redo" if they changed. */
void                  _tradeoff_decision_update_can_undo (TradeoffDecision      *self);
/* Records the change from @before (taken) to now as one step. */
void                  _tradeoff_decision_record_state    (TradeoffDecision      *self,
                                                          TradeoffDecisionState *before);
gboolean              _tradeoff_decision_same_own        (GPtrArray             *a_criteria,
                                                          GPtrArray             *a_groups,
                                                          GPtrArray             *b_criteria,
                                                          GPtrArray             *b_groups);

/* The history.  A step is recorded unless the decision is applying one. */
TradeoffHistory *_tradeoff_history_new        (void);
void             _tradeoff_history_free       (TradeoffHistory              *history);
gboolean         _tradeoff_history_can_undo   (TradeoffHistory              *history);
gboolean         _tradeoff_history_can_redo   (TradeoffHistory              *history);
/* One level change of an action under way; the action is a step once
 * _tradeoff_history_end_levels() is called. */
void             _tradeoff_history_add_level  (TradeoffHistory              *history,
                                               const char                   *criterion_id,
                                               TradeoffLevel                 old_level,
                                               TradeoffLevel                 new_level);
void             _tradeoff_history_end_levels (TradeoffHistory              *history);
/* A change of the record; @merge_field (a bit per field, or 0) merges it
 * into the last step if that changed the same single field. */
void             _tradeoff_history_add_fields (TradeoffHistory              *history,
                                               const TradeoffDecisionFields *before,
                                               const TradeoffDecisionFields *after,
                                               guint                         merge_field);
/* A change of the whole state; takes both. */
void             _tradeoff_history_add_state  (TradeoffHistory              *history,
                                               TradeoffDecisionState        *before,
                                               TradeoffDecisionState        *after);
void             _tradeoff_history_undo       (TradeoffHistory              *history,
                                               TradeoffDecision             *decision);
void             _tradeoff_history_redo       (TradeoffHistory              *history,
                                               TradeoffDecision             *decision);

G_END_DECLS
