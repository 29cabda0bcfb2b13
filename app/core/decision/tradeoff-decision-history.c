/* tradeoff-decision-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision's undo and redo: a list of steps, each what one action
 * changed.  A level step keeps only the criteria that changed (by id, so
 * it survives the advisor being made again for an own criterion), a record
 * step the record's fields before and after, and a state step (own
 * criteria, a reset) the whole state before and after.
 */

#define G_LOG_DOMAIN "tradeoff-decision"

#include "config.h"

#include "tradeoff-decision-private.h"

/* Enough for a working session; the oldest steps go first. */
#define MAX_STEPS 1000

typedef enum
{
  STEP_LEVELS,
  STEP_FIELDS,
  STEP_STATE,
} StepKind;

typedef struct
{
  char *id;
  TradeoffLevel old_level;
  TradeoffLevel new_level;
} LevelChange;

typedef struct
{
  StepKind kind;
  GArray *levels;
  TradeoffDecisionFields before;
  TradeoffDecisionFields after;
  guint merge_field;
  TradeoffDecisionState *state_before;
  TradeoffDecisionState *state_after;
} Step;

struct _TradeoffHistory
{
  /* Steps to undo, the latest last; and to redo, the next last. */
  GPtrArray *undo;
  GPtrArray *redo;
  /* The level changes of the action under way. */
  GArray *pending;
};

static void
level_change_clear (gpointer data)
{
  LevelChange *change = data;

  g_free (change->id);
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->levels, g_array_unref);
  _tradeoff_decision_fields_clear (&step->before);
  _tradeoff_decision_fields_clear (&step->after);
  g_clear_pointer (&step->state_before, _tradeoff_decision_state_free);
  g_clear_pointer (&step->state_after, _tradeoff_decision_state_free);
  g_free (step);
}

static GArray *
new_level_array (void)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (LevelChange));

  g_array_set_clear_func (array, level_change_clear);
  return array;
}

TradeoffHistory *
_tradeoff_history_new (void)
{
  TradeoffHistory *history = g_new0 (TradeoffHistory, 1);

  history->undo = g_ptr_array_new_with_free_func (step_free);
  history->redo = g_ptr_array_new_with_free_func (step_free);
  history->pending = new_level_array ();

  return history;
}

void
_tradeoff_history_free (TradeoffHistory *history)
{
  g_ptr_array_unref (history->undo);
  g_ptr_array_unref (history->redo);
  g_array_unref (history->pending);
  g_free (history);
}

gboolean
_tradeoff_history_can_undo (TradeoffHistory *history)
{
  return history->undo->len > 0;
}

gboolean
_tradeoff_history_can_redo (TradeoffHistory *history)
{
  return history->redo->len > 0;
}

/* A new step: whatever was undone can no longer be redone. */
static void
push (TradeoffHistory *history,
      Step            *step)
{
  g_ptr_array_set_size (history->redo, 0);
  if (history->undo->len >= MAX_STEPS)
    g_ptr_array_remove_index (history->undo, 0);
  g_ptr_array_add (history->undo, step);
}

void
_tradeoff_history_add_level (TradeoffHistory *history,
                            const char      *criterion_id,
                            TradeoffLevel    old_level,
                            TradeoffLevel    new_level)
{
  LevelChange change = { g_strdup (criterion_id), old_level, new_level };

  g_array_append_val (history->pending, change);
}

void
_tradeoff_history_end_levels (TradeoffHistory *history)
{
  Step *step;

  if (history->pending->len == 0)
    return;

  step = g_new0 (Step, 1);
  step->kind = STEP_LEVELS;
  step->levels = g_steal_pointer (&history->pending);
  history->pending = new_level_array ();
  push (history, step);
}

/* The one field (of those that merge) that differs, or 0. */
static guint
only_changed (const TradeoffDecisionFields *a,
              const TradeoffDecisionFields *b,
              guint                         merge_field)
{
  gboolean others_same = g_strcmp0 (a->date, b->date) == 0 &&
                         g_strcmp0 (a->chosen, b->chosen) == 0 &&
                         g_strcmp0 (a->reason, b->reason) == 0 &&
                         a->status == b->status;

  if (!others_same)
    return 0;
  if (merge_field == 1 && g_strcmp0 (a->deciders, b->deciders) == 0)
    return merge_field;
  if (merge_field == 2 && g_strcmp0 (a->note, b->note) == 0)
    return merge_field;

  return 0;
}

void
_tradeoff_history_add_fields (TradeoffHistory              *history,
                             const TradeoffDecisionFields *before,
                             const TradeoffDecisionFields *after,
                             guint                         merge_field)
{
  Step *last = history->undo->len > 0 ? history->undo->pdata[history->undo->len - 1] : NULL;
  Step *step;

  /* Typing a note is one step, not one per key. */
  if (merge_field != 0 && last != NULL && history->redo->len == 0 &&
      last->kind == STEP_FIELDS && last->merge_field == merge_field &&
      only_changed (&last->before, after, merge_field) == merge_field)
    {
      _tradeoff_decision_fields_clear (&last->after);
      _tradeoff_decision_fields_copy (&last->after, after);
      return;
    }

  step = g_new0 (Step, 1);
  step->kind = STEP_FIELDS;
  step->merge_field = merge_field;
  _tradeoff_decision_fields_copy (&step->before, before);
  _tradeoff_decision_fields_copy (&step->after, after);
  push (history, step);
}

void
_tradeoff_history_add_state (TradeoffHistory       *history,
                            TradeoffDecisionState *before,
                            TradeoffDecisionState *after)
{
  Step *step = g_new0 (Step, 1);

  step->kind = STEP_STATE;
  step->state_before = before;
  step->state_after = after;
  push (history, step);
}

static void
apply_levels (TradeoffDecision *decision,
              GArray           *levels,
              gboolean          forward)
{
  TradeoffAdvisor *advisor = tradeoff_decision_get_advisor (decision);
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (decision);

  /* Backwards to undo: in an exclusive group the new choice goes off
   * before the old one comes back. */
  for (guint i = 0; i < levels->len; i++)
    {
      LevelChange *change = &g_array_index (levels, LevelChange, forward ? i : levels->len - 1 - i);
      TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (comparison, change->id);

      if (criterion != NULL)
        tradeoff_advisor_set_level (advisor, criterion,
                                    forward ? change->new_level : change->old_level);
    }
}

static void
apply (Step             *step,
       TradeoffDecision *decision,
       gboolean          forward)
{
  switch (step->kind)
    {
    case STEP_LEVELS:
      apply_levels (decision, step->levels, forward);
      break;

    case STEP_FIELDS:
      _tradeoff_decision_apply_fields (decision, forward ? &step->after : &step->before);
      break;

    case STEP_STATE:
    default:
      _tradeoff_decision_apply_state (decision, forward ? step->state_after : step->state_before,
                                     NULL);
      break;
    }
}

void
_tradeoff_history_undo (TradeoffHistory  *history,
                       TradeoffDecision *decision)
{
  Step *step;

  if (history->undo->len == 0)
    return;

  step = g_ptr_array_steal_index (history->undo, history->undo->len - 1);
  apply (step, decision, FALSE);
  g_ptr_array_add (history->redo, step);
}

void
_tradeoff_history_redo (TradeoffHistory  *history,
                       TradeoffDecision *decision)
{
  Step *step;

  if (history->redo->len == 0)
    return;

  step = g_ptr_array_steal_index (history->redo, history->redo->len - 1);
  apply (step, decision, TRUE);
  g_ptr_array_add (history->undo, step);
}
