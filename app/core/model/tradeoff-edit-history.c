/* tradeoff-edit-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Snapshots rather than inverse operations: a comparison is immutable and
 * shares nothing with the next, so a step back is a pointer move and can
 * never disagree with what the window was shown.
 */

#define G_LOG_DOMAIN "tradeoff-edit-history"

#include "config.h"

#include "tradeoff-edit-history.h"

struct _TradeoffEditHistory
{
  GObject    parent_instance;

  GPtrArray *states;
  guint      current;
  /* The state last saved; G_MAXUINT once it was dropped by a new branch. */
  guint      saved;
  char      *coalesce_key;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TradeoffEditHistory, tradeoff_edit_history, G_TYPE_OBJECT)

static void
tradeoff_edit_history_finalize (GObject *object)
{
  TradeoffEditHistory *self = TRADEOFF_EDIT_HISTORY (object);

  g_clear_pointer (&self->states, g_ptr_array_unref);
  g_clear_pointer (&self->coalesce_key, g_free);

  G_OBJECT_CLASS (tradeoff_edit_history_parent_class)->finalize (object);
}

static void
tradeoff_edit_history_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TradeoffEditHistory *self = TRADEOFF_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tradeoff_edit_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, tradeoff_edit_history_get_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, tradeoff_edit_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_edit_history_class_init (TradeoffEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_edit_history_finalize;
  object_class->get_property = tradeoff_edit_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_edit_history_init (TradeoffEditHistory *self)
{
  self->states = g_ptr_array_new_with_free_func (g_object_unref);
}

TradeoffEditHistory *
tradeoff_edit_history_new (TradeoffComparison *initial)
{
  TradeoffEditHistory *self;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (initial), NULL);

  self = g_object_new (TRADEOFF_TYPE_EDIT_HISTORY, NULL);
  g_ptr_array_add (self->states, g_object_ref (initial));
  self->current = 0;
  self->saved = 0;
  return self;
}

TradeoffComparison *
tradeoff_edit_history_get_current (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), NULL);

  return g_ptr_array_index (self->states, self->current);
}

gboolean
tradeoff_edit_history_get_can_undo (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), FALSE);

  return self->current > 0;
}

gboolean
tradeoff_edit_history_get_can_redo (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), FALSE);

  return self->current + 1 < self->states->len;
}

gboolean
tradeoff_edit_history_get_modified (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), FALSE);

  return self->current != self->saved;
}

/* The flags before a change, to notify only those it really changed. */
typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
} Flags;

static Flags
flags_of (TradeoffEditHistory *self)
{
  return (Flags) {
    tradeoff_edit_history_get_can_undo (self),
    tradeoff_edit_history_get_can_redo (self),
    tradeoff_edit_history_get_modified (self),
  };
}

static void
notify_changed (TradeoffEditHistory *self,
                Flags                before)
{
  Flags after = flags_of (self);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
tradeoff_edit_history_push (TradeoffEditHistory *self,
                            TradeoffComparison  *comparison,
                            const char          *coalesce_key)
{
  Flags before;

  g_return_if_fail (TRADEOFF_IS_EDIT_HISTORY (self));
  g_return_if_fail (TRADEOFF_IS_COMPARISON (comparison));

  before = flags_of (self);

  /* What could be redone is another branch, gone once a new change is made. */
  if (self->current + 1 < self->states->len)
    {
      if (self->saved > self->current)
        self->saved = G_MAXUINT;
      g_ptr_array_set_size (self->states, self->current + 1);
    }

  /* Typing on in the same field replaces the step, unless that step is
   * the saved one, which must stay to come back to. */
  if (coalesce_key != NULL && g_strcmp0 (coalesce_key, self->coalesce_key) == 0
      && self->current > 0 && self->current != self->saved)
    {
      TradeoffComparison *replaced = g_ptr_array_index (self->states, self->current);

      g_ptr_array_index (self->states, self->current) = g_object_ref (comparison);
      g_object_unref (replaced);
    }
  else
    {
      g_ptr_array_add (self->states, g_object_ref (comparison));
      self->current++;
    }

  g_free (self->coalesce_key);
  self->coalesce_key = g_strdup (coalesce_key);
  notify_changed (self, before);
}

void
tradeoff_edit_history_break (TradeoffEditHistory *self)
{
  g_return_if_fail (TRADEOFF_IS_EDIT_HISTORY (self));

  g_clear_pointer (&self->coalesce_key, g_free);
}

static TradeoffComparison *
move_to (TradeoffEditHistory *self,
         guint                index)
{
  Flags before = flags_of (self);

  self->current = index;
  g_clear_pointer (&self->coalesce_key, g_free);
  notify_changed (self, before);
  return tradeoff_edit_history_get_current (self);
}

TradeoffComparison *
tradeoff_edit_history_undo (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), NULL);

  if (!tradeoff_edit_history_get_can_undo (self))
    return NULL;
  return move_to (self, self->current - 1);
}

TradeoffComparison *
tradeoff_edit_history_redo (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), NULL);

  if (!tradeoff_edit_history_get_can_redo (self))
    return NULL;
  return move_to (self, self->current + 1);
}

void
tradeoff_edit_history_mark_saved (TradeoffEditHistory *self)
{
  Flags before;

  g_return_if_fail (TRADEOFF_IS_EDIT_HISTORY (self));

  before = flags_of (self);
  self->saved = self->current;
  /* A step typed on after a save is a new step. */
  g_clear_pointer (&self->coalesce_key, g_free);
  notify_changed (self, before);
}

TradeoffComparison *
tradeoff_edit_history_get_saved (TradeoffEditHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDIT_HISTORY (self), NULL);

  if (self->saved >= self->states->len)
    return NULL;
  return g_ptr_array_index (self->states, self->saved);
}
