/* tradeoff-decision.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's decision on a comparison.  The levels live in the advisor, so
 * that everything bound to it (the window's criterion rows, the scores)
 * keeps working; the decision listens to the advisor's "level-changed"
 * and "levels-changed" to record each action as one undoable step,
 * whoever made it.  Own criteria make a new comparison (the base plus
 * them) and a new advisor, the levels carried over by id.
 */

#define G_LOG_DOMAIN "tradeoff-decision"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-decision-private.h"


G_DEFINE_FINAL_TYPE (TradeoffDecision, tradeoff_decision, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TradeoffDecisionStatus, tradeoff_decision_status,
  G_DEFINE_ENUM_VALUE (TRADEOFF_DECISION_PROPOSED, "proposed"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_DECISION_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_DECISION_REJECTED, "rejected"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_DECISION_DEPRECATED, "deprecated"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_DECISION_SUPERSEDED, "superseded"))

G_DEFINE_QUARK (tradeoff-decision-error-quark, tradeoff_decision_error)

enum {
  PROP_0,
  PROP_BASE,
  PROP_COMPARISON,
  PROP_ADVISOR,
  PROP_OWN_CRITERIA,
  PROP_NOTE,
  PROP_DECIDERS,
  PROP_DATE,
  PROP_STATUS,
  PROP_CHOSEN,
  PROP_REASON,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Bits for merging runs of changes to one text field into one step. */
enum {
  FIELD_NOTE = 1 << 0,
  FIELD_DECIDERS = 1 << 1,
};

static const char * const status_nicks[] = {
  "proposed", "accepted", "rejected", "deprecated", "superseded"
};

const char *
tradeoff_decision_status_to_nick (TradeoffDecisionStatus status)
{
  g_return_val_if_fail (status <= TRADEOFF_DECISION_STATUS_LAST, "proposed");

  return status_nicks[status];
}

gboolean
tradeoff_decision_status_from_nick (const char             *nick,
                                    TradeoffDecisionStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_nicks); i++)
    {
      if (g_strcmp0 (nick, status_nicks[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
tradeoff_decision_status_describe (TradeoffDecisionStatus status)
{
  switch (status)
    {
    case TRADEOFF_DECISION_ACCEPTED:
      return C_("decision status", "Accepted");
    case TRADEOFF_DECISION_REJECTED:
      return C_("decision status", "Rejected");
    case TRADEOFF_DECISION_DEPRECATED:
      return C_("decision status", "Deprecated");
    case TRADEOFF_DECISION_SUPERSEDED:
      return C_("decision status", "Superseded");
    case TRADEOFF_DECISION_PROPOSED:
    default:
      return C_("decision status", "Proposed");
    }
}

void
_tradeoff_decision_update_can_undo (TradeoffDecision *self)
{
  gboolean can_undo = _tradeoff_history_can_undo (self->history);
  gboolean can_redo = _tradeoff_history_can_redo (self->history);

  if (self->announced_can_undo != can_undo)
    {
      self->announced_can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (self->announced_can_redo != can_redo)
    {
      self->announced_can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
on_level_changed (TradeoffAdvisor   *advisor,
                  TradeoffCriterion *criterion,
                  int                old_level,
                  TradeoffDecision  *self)
{
  if (self->applying > 0)
    return;

  _tradeoff_history_add_level (self->history, tradeoff_criterion_get_id (criterion), old_level,
                              tradeoff_advisor_get_level (advisor, criterion));
}

static void
on_levels_changed (TradeoffAdvisor  *advisor,
                   TradeoffDecision *self)
{
  if (self->applying > 0)
    return;

  _tradeoff_history_end_levels (self->history);
  _tradeoff_decision_update_can_undo (self);
}

/* Only the ids the comparison has: a level of a removed own criterion goes
 * with it.  And one choice per exclusive group: an own criterion moved into
 * a group whose choice is made loses its level, the first one stays. */
static char **
filter_levels (TradeoffComparison *comparison,
               char * const       *levels)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; levels != NULL && levels[i] != NULL; i++)
    {
      const char *colon = strchr (levels[i], ':');
      g_autofree char *id = colon ? g_strndup (levels[i], colon - levels[i]) : g_strdup (levels[i]);
      TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (comparison, id);
      TradeoffCriterionGroup *group;

      if (criterion == NULL)
        continue;

      group = tradeoff_criterion_get_group (criterion);
      if (tradeoff_criterion_group_get_exclusive (group) && !g_hash_table_add (chosen, group))
        continue;

      g_strv_builder_add (builder, levels[i]);
    }

  return g_strv_builder_end (builder);
}

/* Makes the comparison with the current own criteria, and its advisor. */
void
_tradeoff_decision_rebuild (TradeoffDecision *self,
         char * const     *levels)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffAdvisor) advisor = NULL;
  g_auto(GStrv) kept = NULL;
  GListModel *criteria;
  g_autoptr(GPtrArray) own_items = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->own_criteria->len == 0 && self->own_groups->len == 0)
    comparison = g_object_ref (self->base);
  else
    comparison = _tradeoff_decision_build_comparison (self->base, self->own_criteria,
                                                     self->own_groups);

  advisor = tradeoff_advisor_new (comparison);
  kept = filter_levels (comparison, levels);
  /* Known ids, one per exclusive group: this cannot fail. */
  self->applying++;
  if (!tradeoff_advisor_select_ids (advisor, (const char * const *) kept, NULL))
    g_warn_if_reached ();
  self->applying--;

  if (self->advisor != NULL)
    g_signal_handlers_disconnect_by_data (self->advisor, self);
  g_signal_connect_object (advisor, "level-changed", G_CALLBACK (on_level_changed), self, 0);
  g_signal_connect_object (advisor, "levels-changed", G_CALLBACK (on_levels_changed), self, 0);

  g_set_object (&self->comparison, comparison);
  g_set_object (&self->advisor, advisor);

  criteria = tradeoff_comparison_get_criteria (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, i);

      if (tradeoff_decision_is_own (self, criterion))
        g_ptr_array_add (own_items, g_steal_pointer (&criterion));
    }
  g_list_store_splice (self->own_items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->own_items)),
                       own_items->pdata, own_items->len);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
}

static void
tradeoff_decision_constructed (GObject *object)
{
  TradeoffDecision *self = (TradeoffDecision *)object;

  G_OBJECT_CLASS (tradeoff_decision_parent_class)->constructed (object);

  g_return_if_fail (TRADEOFF_IS_COMPARISON (self->base));

  self->comparison = g_object_ref (self->base);
  self->advisor = tradeoff_advisor_new (self->comparison);
  g_signal_connect_object (self->advisor, "level-changed", G_CALLBACK (on_level_changed), self, 0);
  g_signal_connect_object (self->advisor, "levels-changed", G_CALLBACK (on_levels_changed), self, 0);
}

static void
tradeoff_decision_dispose (GObject *object)
{
  TradeoffDecision *self = (TradeoffDecision *)object;

  if (self->advisor != NULL)
    g_signal_handlers_disconnect_by_data (self->advisor, self);
  g_clear_object (&self->advisor);
  g_clear_object (&self->comparison);
  g_clear_object (&self->base);
  g_clear_object (&self->source);
  g_clear_object (&self->own_items);

  G_OBJECT_CLASS (tradeoff_decision_parent_class)->dispose (object);
}

static void
tradeoff_decision_finalize (GObject *object)
{
  TradeoffDecision *self = (TradeoffDecision *)object;

  g_clear_pointer (&self->own_criteria, g_ptr_array_unref);
  g_clear_pointer (&self->own_groups, g_ptr_array_unref);
  g_clear_pointer (&self->history, _tradeoff_history_free);
  _tradeoff_decision_fields_clear (&self->fields);

  G_OBJECT_CLASS (tradeoff_decision_parent_class)->finalize (object);
}

static void
tradeoff_decision_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TradeoffDecision *self = TRADEOFF_DECISION (object);

  switch (prop_id)
    {
    case PROP_BASE:
      g_value_set_object (value, self->base);
      break;
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;
    case PROP_OWN_CRITERIA:
      g_value_set_object (value, self->own_items);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->fields.note);
      break;
    case PROP_DECIDERS:
      g_value_set_string (value, self->fields.deciders);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->fields.date);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->fields.status);
      break;
    case PROP_CHOSEN:
      g_value_set_string (value, self->fields.chosen);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->fields.reason);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tradeoff_decision_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, tradeoff_decision_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_decision_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TradeoffDecision *self = TRADEOFF_DECISION (object);

  switch (prop_id)
    {
    case PROP_BASE:
      self->base = g_value_dup_object (value);
      break;
    case PROP_NOTE:
      tradeoff_decision_set_note (self, g_value_get_string (value), NULL);
      break;
    case PROP_DECIDERS:
      tradeoff_decision_set_deciders (self, g_value_get_string (value), NULL);
      break;
    case PROP_DATE:
      tradeoff_decision_set_date (self, g_value_get_string (value), NULL);
      break;
    case PROP_STATUS:
      tradeoff_decision_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_decision_class_init (TradeoffDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = (G_PARAM_READABLE |
                                 G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  const GParamFlags read_write = (G_PARAM_READWRITE |
                                  G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  object_class->constructed = tradeoff_decision_constructed;
  object_class->dispose = tradeoff_decision_dispose;
  object_class->finalize = tradeoff_decision_finalize;
  object_class->get_property = tradeoff_decision_get_property;
  object_class->set_property = tradeoff_decision_set_property;

  properties[PROP_BASE] =
    g_param_spec_object ("base", NULL, NULL, TRADEOFF_TYPE_COMPARISON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, TRADEOFF_TYPE_COMPARISON, read_only);
  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL, TRADEOFF_TYPE_ADVISOR, read_only);
  properties[PROP_OWN_CRITERIA] =
    g_param_spec_object ("own-criteria", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, read_write);
  properties[PROP_DECIDERS] = g_param_spec_string ("deciders", NULL, NULL, NULL, read_write);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, read_write);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TRADEOFF_TYPE_DECISION_STATUS,
                       TRADEOFF_DECISION_PROPOSED, read_write);
  properties[PROP_CHOSEN] = g_param_spec_string ("chosen", NULL, NULL, NULL, read_only);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, read_only);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, read_only);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_decision_init (TradeoffDecision *self)
{
  self->own_criteria = _tradeoff_own_criteria_copy (NULL);
  self->own_groups = _tradeoff_own_groups_copy (NULL);
  self->own_items = g_list_store_new (TRADEOFF_TYPE_CRITERION);
  self->history = _tradeoff_history_new ();
  self->next_own = 1;
}

TradeoffDecision *
tradeoff_decision_new (TradeoffComparison *base)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (base), NULL);

  return g_object_new (TRADEOFF_TYPE_DECISION, "base", base, NULL);
}

TradeoffComparison *
tradeoff_decision_get_base (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->base;
}

TradeoffComparison *
tradeoff_decision_get_comparison (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->comparison;
}

TradeoffAdvisor *
tradeoff_decision_get_advisor (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->advisor;
}

GListModel *
tradeoff_decision_get_own_criteria (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return G_LIST_MODEL (self->own_items);
}

TradeoffOwnCriterion *
_tradeoff_decision_find_own (TradeoffDecision *self,
          const char       *id,
          guint            *position)
{
  for (guint i = 0; i < self->own_criteria->len; i++)
    {
      TradeoffOwnCriterion *own = self->own_criteria->pdata[i];

      if (g_strcmp0 (own->id, id) == 0)
        {
          if (position != NULL)
            *position = i;
          return own;
        }
    }

  return NULL;
}

gboolean
tradeoff_decision_is_own (TradeoffDecision  *self,
                          TradeoffCriterion *criterion)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (criterion), FALSE);

  return _tradeoff_decision_find_own (self, tradeoff_criterion_get_id (criterion), NULL) != NULL;
}

/* Fields */

const TradeoffDecisionFields *
_tradeoff_decision_peek_fields (TradeoffDecision *self)
{
  return &self->fields;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  /* An empty text is no text: a cleared entry leaves the record as new. */
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
_tradeoff_decision_apply_fields (TradeoffDecision             *self,
                                const TradeoffDecisionFields *fields)
{
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);
  if (set_string (&self->fields.note, fields->note))
    g_object_notify_by_pspec (object, properties[PROP_NOTE]);
  if (set_string (&self->fields.deciders, fields->deciders))
    g_object_notify_by_pspec (object, properties[PROP_DECIDERS]);
  if (set_string (&self->fields.date, fields->date))
    g_object_notify_by_pspec (object, properties[PROP_DATE]);
  if (set_string (&self->fields.chosen, fields->chosen))
    g_object_notify_by_pspec (object, properties[PROP_CHOSEN]);
  if (set_string (&self->fields.reason, fields->reason))
    g_object_notify_by_pspec (object, properties[PROP_REASON]);
  if (self->fields.status != fields->status)
    {
      self->fields.status = fields->status;
      g_object_notify_by_pspec (object, properties[PROP_STATUS]);
    }
  g_object_thaw_notify (object);
}

/* Records and applies a change of the record: @after is @self's fields
 * with one change made. */
static void
change_fields (TradeoffDecision       *self,
               TradeoffDecisionFields *after,
               guint                   merge_field)
{
  TradeoffDecisionFields before = { 0 };

  _tradeoff_decision_fields_copy (&before, &self->fields);
  _tradeoff_decision_apply_fields (self, after);
  /* Compare what was applied, so "" and NULL count as the same. */
  if (g_strcmp0 (before.note, self->fields.note) != 0 ||
      g_strcmp0 (before.deciders, self->fields.deciders) != 0 ||
      g_strcmp0 (before.date, self->fields.date) != 0 ||
      g_strcmp0 (before.chosen, self->fields.chosen) != 0 ||
      g_strcmp0 (before.reason, self->fields.reason) != 0 ||
      before.status != self->fields.status)
    {
      _tradeoff_history_add_fields (self->history, &before, &self->fields, merge_field);
      _tradeoff_decision_update_can_undo (self);
    }
  _tradeoff_decision_fields_clear (&before);
}

#define WITH_FIELD(self, name, value, merge) G_STMT_START { \
    TradeoffDecisionFields _after = { 0 }; \
    _tradeoff_decision_fields_copy (&_after, &(self)->fields); \
    g_free (_after.name); \
    _after.name = g_strdup (value); \
    change_fields ((self), &_after, (merge)); \
    _tradeoff_decision_fields_clear (&_after); \
  } G_STMT_END

const char *
tradeoff_decision_get_note (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->fields.note;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

gboolean
_tradeoff_decision_check_text (const char  *element,
                               const char  *text,
                               GError     **error)
{
  g_autoptr(GError) rule = NULL;

  if (is_blank (text) || tradeoff_rules_check_text (element, text, &rule))
    return TRUE;

  g_set_error_literal (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID,
                       rule->message);
  return FALSE;
}

gboolean
tradeoff_decision_set_note (TradeoffDecision  *self,
                            const char        *note,
                            GError           **error)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  if (!_tradeoff_decision_check_text ("note", note, error))
    return FALSE;

  /* Only white space is no note: the file could not hold it. */
  WITH_FIELD (self, note, is_blank (note) ? NULL : note, FIELD_NOTE);
  return TRUE;
}

const char *
tradeoff_decision_get_deciders (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->fields.deciders;
}

gboolean
tradeoff_decision_set_deciders (TradeoffDecision  *self,
                                const char        *deciders,
                                GError           **error)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  if (!_tradeoff_decision_check_text ("deciders", deciders, error))
    return FALSE;

  WITH_FIELD (self, deciders, is_blank (deciders) ? NULL : deciders, FIELD_DECIDERS);
  return TRUE;
}

const char *
tradeoff_decision_get_date (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->fields.date;
}

/* YYYY-MM-DD and a real day: what MADR's front matter holds. */
static gboolean
check_date (const char  *date,
            GError     **error)
{
  int y, m, d;
  char end;

  if (date == NULL || *date == '\0')
    return TRUE;

  if (strlen (date) == 10 && date[4] == '-' && date[7] == '-' &&
      sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 &&
      g_date_valid_dmy (d, m, y))
    return TRUE;

  g_set_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID,
               _("“%s” is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31."), date);
  return FALSE;
}

gboolean
tradeoff_decision_set_date (TradeoffDecision  *self,
                            const char        *date,
                            GError           **error)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  if (!check_date (date, error))
    return FALSE;

  WITH_FIELD (self, date, date, 0);
  return TRUE;
}

TradeoffDecisionStatus
tradeoff_decision_get_status (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), TRADEOFF_DECISION_PROPOSED);

  return self->fields.status;
}

void
tradeoff_decision_set_status (TradeoffDecision       *self,
                              TradeoffDecisionStatus  status)
{
  TradeoffDecisionFields after = { 0 };

  g_return_if_fail (TRADEOFF_IS_DECISION (self));
  g_return_if_fail (status <= TRADEOFF_DECISION_STATUS_LAST);

  _tradeoff_decision_fields_copy (&after, &self->fields);
  after.status = status;
  change_fields (self, &after, 0);
  _tradeoff_decision_fields_clear (&after);
}

const char *
tradeoff_decision_get_chosen (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->fields.chosen;
}

const char *
tradeoff_decision_get_reason (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  return self->fields.reason;
}

gboolean
tradeoff_decision_get_overrides (TradeoffDecision *self)
{
  TradeoffOption *leader;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  if (self->fields.chosen == NULL)
    return FALSE;

  leader = tradeoff_advisor_get_leader (self->advisor);
  return leader == NULL || g_strcmp0 (tradeoff_option_get_id (leader), self->fields.chosen) != 0;
}

gboolean
tradeoff_decision_set_choice (TradeoffDecision  *self,
                              const char        *option_id,
                              const char        *reason,
                              GError           **error)
{
  TradeoffDecisionFields after = { 0 };
  TradeoffOption *leader;
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  if (option_id != NULL && tradeoff_comparison_find_option (self->base, option_id) == NULL)
    {
      g_set_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_UNKNOWN,
                   _("There is no option “%s” in this comparison."), option_id);
      return FALSE;
    }

  leader = tradeoff_advisor_get_leader (self->advisor);
  if (option_id != NULL && *stripped == '\0' &&
      (leader == NULL || g_strcmp0 (tradeoff_option_get_id (leader), option_id) != 0))
    {
      g_set_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_REASON_NEEDED,
                   _("Say why you choose “%s”: it is not what your answers recommend."),
                   tradeoff_option_get_name (tradeoff_comparison_find_option (self->base, option_id)));
      return FALSE;
    }

  if (option_id != NULL && !_tradeoff_decision_check_text ("reason", stripped, error))
    return FALSE;

  _tradeoff_decision_fields_copy (&after, &self->fields);
  g_free (after.chosen);
  g_free (after.reason);
  after.chosen = g_strdup (option_id);
  after.reason = option_id != NULL ? g_strdup (stripped) : NULL;
  change_fields (self, &after, 0);
  _tradeoff_decision_fields_clear (&after);

  return TRUE;
}

/* Undo and redo */

gboolean
tradeoff_decision_get_can_undo (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  return _tradeoff_history_can_undo (self->history);
}

gboolean
tradeoff_decision_get_can_redo (TradeoffDecision *self)
{
  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);

  return _tradeoff_history_can_redo (self->history);
}

/* A window restoring what it remembered starts from there: that is not a
 * change the person made, so there is nothing to undo yet. */
void
tradeoff_decision_forget_history (TradeoffDecision *self)
{
  g_return_if_fail (TRADEOFF_IS_DECISION (self));

  g_clear_pointer (&self->history, _tradeoff_history_free);
  self->history = _tradeoff_history_new ();
  _tradeoff_decision_update_can_undo (self);
}

void
tradeoff_decision_undo (TradeoffDecision *self)
{
  g_return_if_fail (TRADEOFF_IS_DECISION (self));

  self->applying++;
  _tradeoff_history_undo (self->history, self);
  self->applying--;
  _tradeoff_decision_update_can_undo (self);
}

void
tradeoff_decision_redo (TradeoffDecision *self)
{
  g_return_if_fail (TRADEOFF_IS_DECISION (self));

  self->applying++;
  _tradeoff_history_redo (self->history, self);
  self->applying--;
  _tradeoff_decision_update_can_undo (self);
}
