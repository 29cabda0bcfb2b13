/* tradeoff-tick-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo for the ticks and their levels, a Reset included.  Each
 * step is the set of ticked ids, with levels ("id:2", "id:must"), before a
 * change: small, and exact whatever changed (one tick, a radio choice that
 * unticks another, a level, a Reset, a smallest change applied at once).
 * Kept to the answers on purpose, so that a decision with more in it (own
 * criteria) can fold this into its own history.
 *
 * The advisor ends every action that changed something with one
 * "levels-changed", when its tally is whole: one step per action.
 */

#define G_LOG_DOMAIN "tradeoff-tick-history"

#include "config.h"

#include "tradeoff-tick-history.h"

/* Steps kept each way; older ones are forgotten. */
#define MAX_STEPS 100

struct _TradeoffTickHistory
{
  GObject          parent_instance;

  TradeoffAdvisor *advisor;
  char           **current;
  GQueue           undo;   /* char **, newest first */
  GQueue           redo;
  gboolean         can_undo;
  gboolean         can_redo;
};

G_DEFINE_FINAL_TYPE (TradeoffTickHistory, tradeoff_tick_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_can (TradeoffTickHistory *self)
{
  gboolean can_undo = !g_queue_is_empty (&self->undo);
  gboolean can_redo = !g_queue_is_empty (&self->redo);

  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
push (GQueue  *queue,
      char   **ids)
{
  g_queue_push_head (queue, ids);
  if (g_queue_get_length (queue) > MAX_STEPS)
    g_strfreev (g_queue_pop_tail (queue));
}

static void
clear (GQueue *queue)
{
  g_queue_clear_full (queue, (GDestroyNotify) g_strfreev);
}

static void
on_ticked (TradeoffTickHistory *self)
{
  g_auto(GStrv) now = tradeoff_advisor_dup_level_ids (self->advisor);

  if (g_strv_equal ((const char * const *) now, (const char * const *) self->current))
    return;

  push (&self->undo, g_steal_pointer (&self->current));
  self->current = g_steal_pointer (&now);
  clear (&self->redo);
  update_can (self);
}

/* Ticks @ids, making them the current step, so that the ticks' own
 * notifications find nothing new. */
static void
apply (TradeoffTickHistory *self,
       char               **ids)
{
  g_autoptr(GError) error = NULL;

  self->current = ids;
  if (!tradeoff_advisor_select_ids (self->advisor, (const char * const *) ids, &error))
    g_critical ("Could not restore ticks: %s", error->message);
}

gboolean
tradeoff_tick_history_undo (TradeoffTickHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK_HISTORY (self), FALSE);

  if (g_queue_is_empty (&self->undo))
    return FALSE;

  push (&self->redo, g_steal_pointer (&self->current));
  apply (self, g_queue_pop_head (&self->undo));
  update_can (self);
  return TRUE;
}

gboolean
tradeoff_tick_history_redo (TradeoffTickHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK_HISTORY (self), FALSE);

  if (g_queue_is_empty (&self->redo))
    return FALSE;

  push (&self->undo, g_steal_pointer (&self->current));
  apply (self, g_queue_pop_head (&self->redo));
  update_can (self);
  return TRUE;
}

gboolean
tradeoff_tick_history_can_undo (TradeoffTickHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK_HISTORY (self), FALSE);

  return self->can_undo;
}

gboolean
tradeoff_tick_history_can_redo (TradeoffTickHistory *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK_HISTORY (self), FALSE);

  return self->can_redo;
}

/**
 * tradeoff_tick_history_new:
 * @advisor: the advisor whose ticks to follow
 *
 * The ticks @advisor has now are the start: there is nothing to undo yet.
 */
TradeoffTickHistory *
tradeoff_tick_history_new (TradeoffAdvisor *advisor)
{
  TradeoffTickHistory *self;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);

  self = g_object_new (TRADEOFF_TYPE_TICK_HISTORY, NULL);
  self->advisor = g_object_ref (advisor);
  self->current = tradeoff_advisor_dup_level_ids (advisor);

  /* One step per action, levels included: the advisor ends each action
   * that changed something with one "levels-changed" (an applied smallest
   * change sets several levels at once). */
  g_signal_connect_object (advisor, "levels-changed", G_CALLBACK (on_ticked), self,
                           G_CONNECT_SWAPPED);

  return self;
}

static void
tradeoff_tick_history_finalize (GObject *object)
{
  TradeoffTickHistory *self = TRADEOFF_TICK_HISTORY (object);

  clear (&self->undo);
  clear (&self->redo);
  g_strfreev (self->current);
  g_clear_object (&self->advisor);

  G_OBJECT_CLASS (tradeoff_tick_history_parent_class)->finalize (object);
}

static void
tradeoff_tick_history_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TradeoffTickHistory *self = TRADEOFF_TICK_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_tick_history_class_init (TradeoffTickHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_tick_history_finalize;
  object_class->get_property = tradeoff_tick_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_tick_history_init (TradeoffTickHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}
