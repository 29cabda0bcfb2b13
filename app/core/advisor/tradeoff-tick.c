/* tradeoff-tick.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether one criterion is ticked, as an object a check button can bind its
 * "active" property to in both directions.  The tick does not decide
 * anything: setting "ticked" asks the advisor, and the advisor, which knows
 * about exclusive groups, tells every tick that changed (this one included)
 * through _tradeoff_tick_sync().
 */

#define G_LOG_DOMAIN "tradeoff-tick"

#include "config.h"

#include "tradeoff-advisor-private.h"

struct _TradeoffTick
{
  GObject parent_instance;

  /* A plain back pointer: the advisor owns its ticks, so a reference would
   * be a cycle.  The advisor clears it (_tradeoff_tick_detach) when it is
   * disposed, in case somebody still holds the tick. */
  TradeoffAdvisor *advisor;
  TradeoffCriterion *criterion;
  gboolean ticked;
  TradeoffLevel level;
};

G_DEFINE_FINAL_TYPE (TradeoffTick, tradeoff_tick, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CRITERION,
  PROP_TICKED,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_tick_dispose (GObject *object)
{
  TradeoffTick *self = (TradeoffTick *)object;

  self->advisor = NULL;
  g_clear_object (&self->criterion);

  G_OBJECT_CLASS (tradeoff_tick_parent_class)->dispose (object);
}

static void
tradeoff_tick_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TradeoffTick *self = TRADEOFF_TICK (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      g_value_set_object (value, self->criterion);
      break;

    case PROP_TICKED:
      g_value_set_boolean (value, self->ticked);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_tick_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TradeoffTick *self = TRADEOFF_TICK (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      self->criterion = g_value_dup_object (value);
      break;

    case PROP_TICKED:
      tradeoff_tick_set_ticked (self, g_value_get_boolean (value));
      break;

    case PROP_LEVEL:
      tradeoff_tick_set_level (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_tick_class_init (TradeoffTickClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_tick_dispose;
  object_class->get_property = tradeoff_tick_get_property;
  object_class->set_property = tradeoff_tick_set_property;

  properties[PROP_CRITERION] =
    g_param_spec_object ("criterion", NULL, NULL, TRADEOFF_TYPE_CRITERION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TICKED] =
    g_param_spec_boolean ("ticked", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* How much the criterion matters; a level control binds to it in both
   * directions, as a check button binds to "ticked". */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, TRADEOFF_TYPE_LEVEL, TRADEOFF_LEVEL_OFF,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_tick_init (TradeoffTick *self)
{
}

TradeoffTick *
_tradeoff_tick_new (TradeoffAdvisor   *advisor,
                   TradeoffCriterion *criterion)
{
  TradeoffTick *self;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (criterion), NULL);

  self = g_object_new (TRADEOFF_TYPE_TICK,
                       "criterion", criterion,
                       NULL);
  self->advisor = advisor;

  return self;
}

gboolean
_tradeoff_tick_sync (TradeoffTick *self,
                    guint         level)
{
  gboolean ticked = level != TRADEOFF_LEVEL_OFF;
  gboolean ticked_changed;
  gboolean level_changed;

  g_return_val_if_fail (TRADEOFF_IS_TICK (self), FALSE);

  /* Both values first, so a handler of either notification reads both new;
   * no freeze_notify, which would cost more than the rest of a toggle. */
  ticked_changed = self->ticked != ticked;
  level_changed = self->level != level;
  self->ticked = ticked;
  self->level = level;

  if (ticked_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKED]);
  if (level_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);

  return ticked_changed || level_changed;
}

void
_tradeoff_tick_set_criterion (TradeoffTick      *self,
                              TradeoffCriterion *criterion)
{
  g_return_if_fail (TRADEOFF_IS_TICK (self));
  g_return_if_fail (TRADEOFF_IS_CRITERION (criterion));

  if (g_set_object (&self->criterion, criterion))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITERION]);
}

void
_tradeoff_tick_detach (TradeoffTick *self)
{
  g_return_if_fail (TRADEOFF_IS_TICK (self));

  self->advisor = NULL;
}

TradeoffCriterion *
tradeoff_tick_get_criterion (TradeoffTick *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK (self), NULL);

  return self->criterion;
}

gboolean
tradeoff_tick_get_ticked (TradeoffTick *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK (self), FALSE);

  return self->ticked;
}

/* Asks the advisor to tick or untick the criterion.  "ticked" changes (and
 * notifies) only through the advisor's answer, so a check button bound in
 * both directions settles after one round trip. */
void
tradeoff_tick_set_ticked (TradeoffTick *self,
                          gboolean      ticked)
{
  g_return_if_fail (TRADEOFF_IS_TICK (self));

  if (self->advisor != NULL)
    tradeoff_advisor_set_ticked (self->advisor, self->criterion, ticked);
}

TradeoffLevel
tradeoff_tick_get_level (TradeoffTick *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK (self), TRADEOFF_LEVEL_OFF);

  return self->level;
}

/* Asks the advisor, as tradeoff_tick_set_ticked() does. */
void
tradeoff_tick_set_level (TradeoffTick  *self,
                         TradeoffLevel  level)
{
  g_return_if_fail (TRADEOFF_IS_TICK (self));
  g_return_if_fail (level <= TRADEOFF_LEVEL_LAST);

  if (self->advisor != NULL)
    tradeoff_advisor_set_level (self->advisor, self->criterion, level);
}
