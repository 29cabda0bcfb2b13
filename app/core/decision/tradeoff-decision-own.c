/* tradeoff-decision-own.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision's state as plain data, and the comparison its own criteria
 * make: the base comparison's items, with the own criteria added to their
 * groups (and own groups after the comparison's).  The options, aspects
 * and FAQ entries are shared with the base, which never changes; groups
 * and criteria are made anew, because a group lists its criteria.
 */

#define G_LOG_DOMAIN "tradeoff-decision"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tradeoff-comparison-private.h"
#include "tradeoff-decision-private.h"

TradeoffOwnCriterion *
_tradeoff_own_criterion_copy (const TradeoffOwnCriterion *own)
{
  TradeoffOwnCriterion *copy = g_new0 (TradeoffOwnCriterion, 1);

  *copy = *own;
  copy->id = g_strdup (own->id);
  copy->label = g_strdup (own->label);
  copy->group = g_strdup (own->group);

  return copy;
}

void
_tradeoff_own_criterion_free (TradeoffOwnCriterion *own)
{
  g_free (own->id);
  g_free (own->label);
  g_free (own->group);
  g_free (own);
}

TradeoffOwnGroup *
_tradeoff_own_group_copy (const TradeoffOwnGroup *own)
{
  TradeoffOwnGroup *copy = g_new0 (TradeoffOwnGroup, 1);

  copy->id = g_strdup (own->id);
  copy->label = g_strdup (own->label);

  return copy;
}

void
_tradeoff_own_group_free (TradeoffOwnGroup *own)
{
  g_free (own->id);
  g_free (own->label);
  g_free (own);
}

GPtrArray *
_tradeoff_own_criteria_copy (GPtrArray *criteria)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) _tradeoff_own_criterion_free);

  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    g_ptr_array_add (copy, _tradeoff_own_criterion_copy (criteria->pdata[i]));

  return copy;
}

GPtrArray *
_tradeoff_own_groups_copy (GPtrArray *groups)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) _tradeoff_own_group_free);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    g_ptr_array_add (copy, _tradeoff_own_group_copy (groups->pdata[i]));

  return copy;
}

void
_tradeoff_decision_fields_copy (TradeoffDecisionFields       *dest,
                               const TradeoffDecisionFields *src)
{
  dest->note = g_strdup (src->note);
  dest->deciders = g_strdup (src->deciders);
  dest->date = g_strdup (src->date);
  dest->chosen = g_strdup (src->chosen);
  dest->reason = g_strdup (src->reason);
  dest->status = src->status;
}

void
_tradeoff_decision_fields_clear (TradeoffDecisionFields *fields)
{
  g_clear_pointer (&fields->note, g_free);
  g_clear_pointer (&fields->deciders, g_free);
  g_clear_pointer (&fields->date, g_free);
  g_clear_pointer (&fields->chosen, g_free);
  g_clear_pointer (&fields->reason, g_free);
  fields->status = TRADEOFF_DECISION_PROPOSED;
}

TradeoffDecisionState *
_tradeoff_decision_state_new (void)
{
  TradeoffDecisionState *state = g_new0 (TradeoffDecisionState, 1);

  state->own_criteria = _tradeoff_own_criteria_copy (NULL);
  state->own_groups = _tradeoff_own_groups_copy (NULL);
  state->levels = g_new0 (char *, 1);

  return state;
}

void
_tradeoff_decision_state_free (TradeoffDecisionState *state)
{
  _tradeoff_decision_fields_clear (&state->fields);
  g_clear_pointer (&state->own_criteria, g_ptr_array_unref);
  g_clear_pointer (&state->own_groups, g_ptr_array_unref);
  g_clear_pointer (&state->levels, g_strfreev);
  g_free (state);
}

static const char *
base_text (TradeoffComparison     *base,
           TradeoffComparisonText  which)
{
  switch (which)
    {
    case TRADEOFF_COMPARISON_ID: return tradeoff_comparison_get_id (base);
    case TRADEOFF_COMPARISON_TITLE: return tradeoff_comparison_get_title (base);
    case TRADEOFF_COMPARISON_BYLINE: return tradeoff_comparison_get_byline (base);
    case TRADEOFF_COMPARISON_UPDATED: return tradeoff_comparison_get_updated (base);
    case TRADEOFF_COMPARISON_INTRO: return tradeoff_comparison_get_intro (base);
    case TRADEOFF_COMPARISON_GRID_HEADING: return tradeoff_comparison_get_grid_heading (base);
    case TRADEOFF_COMPARISON_ASPECT_HEADING: return tradeoff_comparison_get_aspect_heading (base);
    case TRADEOFF_COMPARISON_FAQ_HEADING: return tradeoff_comparison_get_faq_heading (base);
    case TRADEOFF_COMPARISON_CRITERIA_HEADING: return tradeoff_comparison_get_criteria_heading (base);
    case TRADEOFF_COMPARISON_TIE_VERDICT: return tradeoff_comparison_get_tie_verdict (base);
    case TRADEOFF_COMPARISON_NONE_VERDICT: return tradeoff_comparison_get_none_verdict (base);
    case TRADEOFF_COMPARISON_DISPLAY_NAME: return tradeoff_comparison_get_display_name (base);
    case TRADEOFF_COMPARISON_GETTEXT_DOMAIN: return tradeoff_comparison_get_gettext_domain (base);
    case TRADEOFF_COMPARISON_PREAMBLE: return tradeoff_comparison_get_preamble (base);
    case TRADEOFF_COMPARISON_N_TEXTS:
    default: return NULL;
    }
}

static void
add_own_criteria (TradeoffComparison     *comparison,
                  TradeoffCriterionGroup *group,
                  GPtrArray              *criteria,
                  guint                   n_options)
{
  const char *group_id = tradeoff_criterion_group_get_id (group);

  for (guint i = 0; i < criteria->len; i++)
    {
      TradeoffOwnCriterion *own = criteria->pdata[i];
      g_autoptr(TradeoffCriterion) criterion = NULL;

      if (g_strcmp0 (own->group, group_id) != 0)
        continue;

      criterion = _tradeoff_criterion_new (own->id, own->label, _("One of your own criteria."),
                                          NULL, group,
                                          tradeoff_comparison_get_n_criteria (comparison),
                                          own->weights, n_options);
      _tradeoff_criterion_set_own (criterion, TRUE);
      _tradeoff_comparison_add_criterion (comparison, criterion);
    }
}

/* The comparison's own groups and criteria, each own criterion after the
 * comparison's criteria of its group. */
static void
add_groups (TradeoffComparison *comparison,
            TradeoffComparison *base,
            GPtrArray          *criteria,
            GPtrArray          *groups)
{
  GListModel *base_groups = tradeoff_comparison_get_groups (base);
  guint n_groups = g_list_model_get_n_items (base_groups);
  guint n_options = tradeoff_comparison_get_n_options (base);

  for (guint g = 0; g < n_groups; g++)
    {
      g_autoptr(TradeoffCriterionGroup) old = g_list_model_get_item (base_groups, g);
      GListModel *members = tradeoff_criterion_group_get_criteria (old);
      g_autoptr(TradeoffCriterionGroup) group =
        _tradeoff_criterion_group_new (tradeoff_criterion_group_get_id (old),
                                      tradeoff_criterion_group_get_label (old),
                                      tradeoff_criterion_group_get_exclusive (old), g);

      _tradeoff_comparison_add_group (comparison, group);
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(TradeoffCriterion) member = g_list_model_get_item (members, i);
          guint n_weights = 0;
          const int *weights = tradeoff_criterion_get_weights (member, &n_weights);
          g_autoptr(TradeoffCriterion) criterion =
            _tradeoff_criterion_new (tradeoff_criterion_get_id (member),
                                    tradeoff_criterion_get_label (member),
                                    tradeoff_criterion_get_rationale (member),
                                    tradeoff_criterion_get_source (member), group,
                                    tradeoff_comparison_get_n_criteria (comparison),
                                    weights, n_weights);

          _tradeoff_comparison_add_criterion (comparison, criterion);
        }
      add_own_criteria (comparison, group, criteria, n_options);
    }

  for (guint g = 0; g < groups->len; g++)
    {
      TradeoffOwnGroup *own = groups->pdata[g];
      g_autoptr(TradeoffCriterionGroup) group =
        _tradeoff_criterion_group_new (own->id, own->label, FALSE, n_groups + g);

      _tradeoff_comparison_add_group (comparison, group);
      add_own_criteria (comparison, group, criteria, n_options);
    }
}

TradeoffComparison *
_tradeoff_decision_build_comparison (TradeoffComparison *base,
                                    GPtrArray          *criteria,
                                    GPtrArray          *groups)
{
  TradeoffComparison *comparison = _tradeoff_comparison_new ();
  GListModel *aspects = tradeoff_comparison_get_aspects (base);
  GListModel *faq = tradeoff_comparison_get_faq (base);

  for (guint t = 0; t < TRADEOFF_COMPARISON_N_TEXTS; t++)
    _tradeoff_comparison_set_text (comparison, t, base_text (base, t));

  for (guint o = 0; o < tradeoff_comparison_get_n_options (base); o++)
    _tradeoff_comparison_add_option (comparison, tradeoff_comparison_get_option (base, o));

  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      _tradeoff_comparison_add_aspect (comparison, aspect);
    }

  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      _tradeoff_comparison_add_faq_entry (comparison, entry);
    }

  add_groups (comparison, base, criteria, groups);
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

/* The whole state */

TradeoffDecisionState *
_tradeoff_decision_dup_state (TradeoffDecision *self)
{
  TradeoffDecisionState *state = g_new0 (TradeoffDecisionState, 1);

  _tradeoff_decision_fields_copy (&state->fields, &self->fields);
  state->own_criteria = _tradeoff_own_criteria_copy (self->own_criteria);
  state->own_groups = _tradeoff_own_groups_copy (self->own_groups);
  state->levels = tradeoff_advisor_dup_level_ids (self->advisor);

  return state;
}

gboolean
_tradeoff_decision_same_own (GPtrArray *a_criteria,
          GPtrArray *a_groups,
          GPtrArray *b_criteria,
          GPtrArray *b_groups)
{
  if (a_criteria->len != b_criteria->len || a_groups->len != b_groups->len)
    return FALSE;

  for (guint i = 0; i < a_criteria->len; i++)
    {
      TradeoffOwnCriterion *a = a_criteria->pdata[i];
      TradeoffOwnCriterion *b = b_criteria->pdata[i];

      if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->label, b->label) != 0 ||
          g_strcmp0 (a->group, b->group) != 0 || memcmp (a->weights, b->weights, sizeof a->weights) != 0)
        return FALSE;
    }

  for (guint i = 0; i < a_groups->len; i++)
    {
      TradeoffOwnGroup *a = a_groups->pdata[i];
      TradeoffOwnGroup *b = b_groups->pdata[i];

      if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->label, b->label) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Own ids are "own-N": the next N is past every one in use. */
static void
update_next_own (TradeoffDecision *self)
{
  for (guint i = 0; i < self->own_criteria->len; i++)
    {
      TradeoffOwnCriterion *own = self->own_criteria->pdata[i];

      if (g_str_has_prefix (own->id, "own-"))
        self->next_own = MAX (self->next_own, g_ascii_strtoull (own->id + 4, NULL, 10) + 1);
    }
  for (guint i = 0; i < self->own_groups->len; i++)
    {
      TradeoffOwnGroup *own = self->own_groups->pdata[i];

      if (g_str_has_prefix (own->id, "own-"))
        self->next_own = MAX (self->next_own, g_ascii_strtoull (own->id + 4, NULL, 10) + 1);
    }
}

gboolean
_tradeoff_decision_apply_state (TradeoffDecision       *self,
                               TradeoffDecisionState  *state,
                               GError                **error)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  self->applying++;
  if (!_tradeoff_decision_same_own (self->own_criteria, self->own_groups, state->own_criteria, state->own_groups))
    {
      g_clear_pointer (&self->own_criteria, g_ptr_array_unref);
      g_clear_pointer (&self->own_groups, g_ptr_array_unref);
      self->own_criteria = _tradeoff_own_criteria_copy (state->own_criteria);
      self->own_groups = _tradeoff_own_groups_copy (state->own_groups);
      update_next_own (self);
      _tradeoff_decision_rebuild (self, state->levels);
    }
  else if (!tradeoff_advisor_select_ids (self->advisor, (const char * const *) state->levels, error))
    {
      self->applying--;
      return FALSE;
    }
  _tradeoff_decision_apply_fields (self, &state->fields);
  self->applying--;

  return TRUE;
}

/* Records the change from @before to the current state as one step. */
void
_tradeoff_decision_record_state (TradeoffDecision      *self,
              TradeoffDecisionState *before)
{
  _tradeoff_history_add_state (self->history, before, _tradeoff_decision_dup_state (self));
  _tradeoff_decision_update_can_undo (self);
}

void
tradeoff_decision_reset (TradeoffDecision *self)
{
  TradeoffDecisionState *before;
  g_autoptr(TradeoffDecisionState) fresh = _tradeoff_decision_state_new ();

  g_return_if_fail (TRADEOFF_IS_DECISION (self));

  before = _tradeoff_decision_dup_state (self);
  _tradeoff_decision_apply_state (self, fresh, NULL);
  _tradeoff_decision_record_state (self, before);
}

/* Own criteria */

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_own (TradeoffDecision  *self,
           const char        *label,
           const char        *group_id,
           const char        *new_group_label,
           const int         *weights,
           guint              n_weights,
           GError           **error)
{
  guint n_options = tradeoff_comparison_get_n_options (self->base);
  gboolean known_group = FALSE;

  if (is_blank (label))
    {
      g_set_error_literal (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID,
                           _("A criterion needs a label."));
      return FALSE;
    }

  if (group_id == NULL && is_blank (new_group_label))
    {
      g_set_error_literal (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID,
                           _("A criterion needs a group: choose one, or name a new one."));
      return FALSE;
    }

  /* The labels a criterion row and a group heading show, held to the
   * limits of the comparison's own labels. */
  if (!_tradeoff_decision_check_text ("label", label, error) ||
      (group_id == NULL && !_tradeoff_decision_check_text ("label", new_group_label, error)))
    return FALSE;

  if (group_id != NULL)
    {
      GListModel *groups = tradeoff_comparison_get_groups (self->comparison);

      for (guint g = 0; g < g_list_model_get_n_items (groups) && !known_group; g++)
        {
          g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);

          known_group = g_strcmp0 (tradeoff_criterion_group_get_id (group), group_id) == 0;
        }
      if (!known_group)
        {
          g_set_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_UNKNOWN,
                       _("There is no group “%s” in this comparison."), group_id);
          return FALSE;
        }
    }

  if (n_weights != n_options)
    {
      g_set_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID,
                   ngettext ("A criterion needs a weight for each of the %u option.",
                             "A criterion needs a weight for each of the %u options.", n_options),
                   n_options);
      return FALSE;
    }

  for (guint o = 0; o < n_weights; o++)
    {
      if (weights[o] < -100 || weights[o] > 100)
        {
          g_set_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID,
                       _("The weight for %s is %d: weights go from -100 to 100."),
                       tradeoff_option_get_name (tradeoff_comparison_get_option (self->base, o)),
                       weights[o]);
          return FALSE;
        }
    }

  return TRUE;
}

/* Groups and aspects share the file's one set of ids with the rest. */
static gboolean
group_or_aspect_uses (TradeoffComparison *comparison,
                      const char         *id)
{
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      if (g_strcmp0 (tradeoff_criterion_group_get_id (group), id) == 0)
        return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      if (g_strcmp0 (tradeoff_aspect_get_id (aspect), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A fresh "own-N" id that nothing in the comparison uses: a comparison
 * may name its own things "own-1" too, and they stay the comparison's. */
static char *
new_own_id (TradeoffDecision *self)
{
  for (;;)
    {
      char *id = g_strdup_printf ("own-%u", self->next_own++);

      if (tradeoff_comparison_find_criterion (self->comparison, id) == NULL &&
          tradeoff_comparison_find_option (self->comparison, id) == NULL &&
          tradeoff_comparison_find_faq_entry (self->comparison, id) == NULL &&
          !group_or_aspect_uses (self->comparison, id))
        return id;
      g_free (id);
    }
}

/* Fills @own from the arguments, making a new own group if asked. */
static void
fill_own (TradeoffDecision     *self,
          TradeoffOwnCriterion *own,
          const char           *label,
          const char           *group_id,
          const char           *new_group_label,
          const int            *weights,
          guint                 n_weights)
{
  g_free (own->label);
  own->label = g_strstrip (g_strdup (label));
  g_free (own->group);
  if (group_id != NULL)
    {
      own->group = g_strdup (group_id);
    }
  else
    {
      TradeoffOwnGroup *group = g_new0 (TradeoffOwnGroup, 1);

      group->id = new_own_id (self);
      group->label = g_strstrip (g_strdup (new_group_label));
      own->group = g_strdup (group->id);
      g_ptr_array_add (self->own_groups, group);
    }
  memset (own->weights, 0, sizeof own->weights);
  memcpy (own->weights, weights, MIN (n_weights, TRADEOFF_MAX_OPTIONS) * sizeof (int));
}

/* An own group goes with its last criterion. */
static void
drop_empty_groups (TradeoffDecision *self)
{
  for (guint g = self->own_groups->len; g > 0; g--)
    {
      TradeoffOwnGroup *group = self->own_groups->pdata[g - 1];
      gboolean used = FALSE;

      for (guint i = 0; i < self->own_criteria->len && !used; i++)
        used = g_strcmp0 (((TradeoffOwnCriterion *) self->own_criteria->pdata[i])->group, group->id) == 0;
      if (!used)
        g_ptr_array_remove_index (self->own_groups, g - 1);
    }
}

/* Applies a change of own criteria already made to the arrays. */
static void
commit_own (TradeoffDecision      *self,
            TradeoffDecisionState *before)
{
  g_auto(GStrv) levels = tradeoff_advisor_dup_level_ids (self->advisor);

  drop_empty_groups (self);
  self->applying++;
  _tradeoff_decision_rebuild (self, levels);
  self->applying--;
  _tradeoff_decision_record_state (self, before);
}

char *
tradeoff_decision_add_criterion (TradeoffDecision  *self,
                                 const char        *label,
                                 const char        *group_id,
                                 const char        *new_group_label,
                                 const int         *weights,
                                 guint              n_weights,
                                 GError           **error)
{
  TradeoffOwnCriterion *own;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  if (!check_own (self, label, group_id, new_group_label, weights, n_weights, error))
    return NULL;

  own = g_new0 (TradeoffOwnCriterion, 1);
  own->id = new_own_id (self);
  {
    TradeoffDecisionState *before = _tradeoff_decision_dup_state (self);

    fill_own (self, own, label, group_id, new_group_label, weights, n_weights);
    g_ptr_array_add (self->own_criteria, own);
    commit_own (self, before);
  }

  return g_strdup (own->id);
}

gboolean
tradeoff_decision_edit_criterion (TradeoffDecision  *self,
                                  const char        *id,
                                  const char        *label,
                                  const char        *group_id,
                                  const char        *new_group_label,
                                  const int         *weights,
                                  guint              n_weights,
                                  GError           **error)
{
  TradeoffOwnCriterion *own;
  TradeoffDecisionState *before;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  own = _tradeoff_decision_find_own (self, id, NULL);
  if (own == NULL)
    {
      g_set_error (error, TRADEOFF_DECISION_ERROR,
                   tradeoff_comparison_find_criterion (self->comparison, id) != NULL
                   ? TRADEOFF_DECISION_ERROR_NOT_OWN : TRADEOFF_DECISION_ERROR_UNKNOWN,
                   _("“%s” is not one of your own criteria."), id);
      return FALSE;
    }

  if (!check_own (self, label, group_id, new_group_label, weights, n_weights, error))
    return FALSE;

  before = _tradeoff_decision_dup_state (self);
  fill_own (self, own, label, group_id, new_group_label, weights, n_weights);
  if (_tradeoff_decision_same_own (self->own_criteria, self->own_groups, before->own_criteria, before->own_groups))
    {
      _tradeoff_decision_state_free (before);
      return TRUE;
    }
  commit_own (self, before);

  return TRUE;
}

gboolean
tradeoff_decision_remove_criterion (TradeoffDecision  *self,
                                    const char        *id,
                                    GError           **error)
{
  guint position;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  if (_tradeoff_decision_find_own (self, id, &position) == NULL)
    {
      g_set_error (error, TRADEOFF_DECISION_ERROR,
                   tradeoff_comparison_find_criterion (self->comparison, id) != NULL
                   ? TRADEOFF_DECISION_ERROR_NOT_OWN : TRADEOFF_DECISION_ERROR_UNKNOWN,
                   _("“%s” is not one of your own criteria."), id);
      return FALSE;
    }

  {
    TradeoffDecisionState *before = _tradeoff_decision_dup_state (self);

    g_ptr_array_remove_index (self->own_criteria, position);
    commit_own (self, before);
  }

  return TRUE;
}
