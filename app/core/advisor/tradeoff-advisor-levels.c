/* tradeoff-advisor-levels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The advisor's actions: ticks, levels, a reset, a selection by ids, and
 * what they leave (the ids ticked, the must-haves that rule options out or
 * conflict).  Each action changes the tally, publishes it once
 * (tradeoff-advisor.c), then emits "level-changed" for each criterion it
 * changed and one "levels-changed".
 */

#define G_LOG_DOMAIN "tradeoff-advisor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-advisor-private.h"

gboolean
tradeoff_advisor_get_ticked (TradeoffAdvisor   *self,
                             TradeoffCriterion *criterion)
{
  return tradeoff_advisor_get_level (self, criterion) != TRADEOFF_LEVEL_OFF;
}

TradeoffLevel
tradeoff_advisor_get_level (TradeoffAdvisor   *self,
                            TradeoffCriterion *criterion)
{
  guint slot;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), TRADEOFF_LEVEL_OFF);

  slot = _tradeoff_tally_find (&self->tally, criterion);
  g_return_val_if_fail (slot != TRADEOFF_NO_INDEX, TRADEOFF_LEVEL_OFF);

  return self->tally.level[slot];
}

/* One user action: a level for one criterion, which in an exclusive group
 * turns the group's former choice off too.  O(options + must-haves). */
static void
set_slot_level (TradeoffAdvisor *self,
                guint            slot,
                guint            level)
{
  guint group;
  guint old = self->tally.level[slot];
  guint displaced = TRADEOFF_NO_INDEX;
  guint displaced_old = TRADEOFF_LEVEL_OFF;

  if (old == level)
    return;

  group = self->tally.group_of[slot];
  if (level != TRADEOFF_LEVEL_OFF && group != TRADEOFF_NO_INDEX &&
      self->tally.group_ticked[group] != slot)
    displaced = self->tally.group_ticked[group];

  if (displaced == TRADEOFF_NO_INDEX)
    {
      _tradeoff_tally_set (&self->tally, slot, level);
      _tradeoff_advisor_publish (self, slot, TRADEOFF_NO_INDEX);
    }
  else
    {
      /* Two criteria change at once: held notifications make sure a
       * property both changes touch is announced once, after both. */
      displaced_old = self->tally.level[displaced];
      g_object_freeze_notify (G_OBJECT (self));
      _tradeoff_tally_set (&self->tally, displaced, TRADEOFF_LEVEL_OFF);
      _tradeoff_tally_set (&self->tally, slot, level);
      _tradeoff_advisor_publish (self, slot, displaced);
      g_object_thaw_notify (G_OBJECT (self));
    }

  if (displaced != TRADEOFF_NO_INDEX)
    _tradeoff_advisor_emit_level_changed (self, displaced, displaced_old);
  _tradeoff_advisor_emit_level_changed (self, slot, old);
  _tradeoff_advisor_emit_levels_changed (self);
}

void
tradeoff_advisor_set_level (TradeoffAdvisor   *self,
                            TradeoffCriterion *criterion,
                            TradeoffLevel      level)
{
  guint slot;

  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));
  g_return_if_fail (level <= TRADEOFF_LEVEL_LAST);

  slot = _tradeoff_tally_find (&self->tally, criterion);
  g_return_if_fail (slot != TRADEOFF_NO_INDEX);

  set_slot_level (self, slot, level);
}

/* Ticking keeps a level already set: only an unticked criterion becomes
 * TRADEOFF_LEVEL_MATTERS. */
void
tradeoff_advisor_set_ticked (TradeoffAdvisor   *self,
                             TradeoffCriterion *criterion,
                             gboolean           ticked)
{
  guint slot;

  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));

  slot = _tradeoff_tally_find (&self->tally, criterion);
  g_return_if_fail (slot != TRADEOFF_NO_INDEX);

  if (!ticked)
    set_slot_level (self, slot, TRADEOFF_LEVEL_OFF);
  else if (self->tally.level[slot] == TRADEOFF_LEVEL_OFF)
    set_slot_level (self, slot, TRADEOFF_LEVEL_MATTERS);
}

/* The criterion is looked up once, not once to read and once to write. */
void
tradeoff_advisor_toggle (TradeoffAdvisor   *self,
                         TradeoffCriterion *criterion)
{
  guint slot;

  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));

  slot = _tradeoff_tally_find (&self->tally, criterion);
  g_return_if_fail (slot != TRADEOFF_NO_INDEX);

  set_slot_level (self, slot, self->tally.level[slot] != TRADEOFF_LEVEL_OFF
                              ? TRADEOFF_LEVEL_OFF : TRADEOFF_LEVEL_MATTERS);
}

/* Sets every criterion's level at once (@levels by index, NULL for all
 * off), publishes once, and then tells which criteria changed.  O(criteria). */
static void
set_all_levels (TradeoffAdvisor *self,
                const guint8    *levels)
{
  TradeoffTally *tally = &self->tally;
  g_autofree guint8 *old = g_memdup2 (tally->level, MAX (tally->n_criteria, 1));
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  for (guint c = 0; c < tally->n_criteria; c++)
    {
      guint level = levels != NULL ? levels[c] : TRADEOFF_LEVEL_OFF;

      /* Off first, so that no exclusive group ever holds two choices. */
      if (tally->level[c] != level && tally->level[c] != TRADEOFF_LEVEL_OFF)
        _tradeoff_tally_set (tally, c, TRADEOFF_LEVEL_OFF);
    }
  for (guint c = 0; levels != NULL && c < tally->n_criteria; c++)
    {
      if (tally->level[c] != levels[c])
        _tradeoff_tally_set (tally, c, levels[c]);
    }
  _tradeoff_advisor_publish (self, ALL_CRITERIA, TRADEOFF_NO_INDEX);
  g_object_thaw_notify (G_OBJECT (self));

  for (guint c = 0; c < tally->n_criteria; c++)
    {
      if (old[c] != tally->level[c])
        {
          _tradeoff_advisor_emit_level_changed (self, c, old[c]);
          changed = TRUE;
        }
    }
  if (changed)
    _tradeoff_advisor_emit_levels_changed (self);
}

void
tradeoff_advisor_reset (TradeoffAdvisor *self)
{
  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));

  if (self->tally.n_ticked == 0)
    return;

  set_all_levels (self, NULL);
}

guint
tradeoff_advisor_get_n_ticked (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), 0);

  return self->tally.n_ticked;
}

guint
tradeoff_advisor_get_n_must (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), 0);

  return self->tally.n_must;
}

gboolean
tradeoff_advisor_select_ids (TradeoffAdvisor     *self,
                             const char * const  *ids,
                             GError             **error)
{
  guint n_ids;
  g_autofree guint *slots = NULL;
  g_autofree guint8 *id_levels = NULL;
  g_autofree guint8 *levels = NULL;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_ids = ids != NULL ? g_strv_length ((char **) ids) : 0;
  slots = g_new (guint, MAX (n_ids, 1));
  id_levels = g_new (guint8, MAX (n_ids, 1));

  if (!_tradeoff_tally_resolve_ids (&self->tally, self->comparison, ids, n_ids,
                                   slots, id_levels, error))
    return FALSE;

  levels = g_new0 (guint8, MAX (self->tally.n_criteria, 1));
  for (guint i = 0; i < n_ids; i++)
    levels[slots[i]] = id_levels[i];

  set_all_levels (self, levels);

  return TRUE;
}

static char **
dup_ids (TradeoffAdvisor *self,
         gboolean         with_levels)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint c = 0; c < self->tally.n_criteria; c++)
    {
      guint level = self->tally.level[c];
      const char *id = tradeoff_criterion_get_id (self->tally.criteria[c]);

      if (level == TRADEOFF_LEVEL_OFF)
        continue;

      if (!with_levels || level == TRADEOFF_LEVEL_MATTERS)
        {
          g_strv_builder_add (builder, id);
        }
      else
        {
          g_autofree char *with_level =
            g_strconcat (id, level == TRADEOFF_LEVEL_A_LOT ? ":2" : ":must", NULL);

          g_strv_builder_add (builder, with_level);
        }
    }

  return g_strv_builder_end (builder);
}

char **
tradeoff_advisor_dup_ticked_ids (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  return dup_ids (self, FALSE);
}

char **
tradeoff_advisor_dup_level_ids (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  return dup_ids (self, TRUE);
}

TradeoffCriterion *
tradeoff_advisor_get_ruled_out_by (TradeoffAdvisor *self,
                                   guint            option_index)
{
  guint by;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);
  g_return_val_if_fail (option_index < self->tally.n_options, NULL);

  by = _tradeoff_tally_ruled_out_by (&self->tally, option_index);

  return by != TRADEOFF_NO_INDEX ? self->tally.criteria[by] : NULL;
}

GPtrArray *
tradeoff_advisor_dup_conflict (TradeoffAdvisor *self)
{
  GPtrArray *conflict;
  g_autofree guint *slots = NULL;
  guint n;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  conflict = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->verdict.kind != TRADEOFF_VERDICT_CONFLICT)
    return conflict;

  slots = g_new (guint, MAX (self->tally.n_must, 1));
  n = _tradeoff_tally_find_conflict (&self->tally, slots);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (conflict, g_object_ref (self->tally.criteria[slots[i]]));

  return conflict;
}
