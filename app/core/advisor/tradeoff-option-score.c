/* tradeoff-option-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One option's live score, for the score bars.  The advisor keeps one per
 * option for its whole life and updates them in place, so a bar bound to
 * "fraction" redraws only when its own option's share really changed.
 */

#define G_LOG_DOMAIN "tradeoff-option-score"

#include "config.h"

#include "tradeoff-advisor-private.h"

struct _TradeoffOptionScore
{
  GObject parent_instance;

  TradeoffOption *option;
  int score;
  double fraction;
  gboolean leading;
  /* A reference: somebody may hold this item longer than the advisor. */
  TradeoffCriterion *ruled_out_by;
};

G_DEFINE_FINAL_TYPE (TradeoffOptionScore, tradeoff_option_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OPTION,
  PROP_SCORE,
  PROP_FRACTION,
  PROP_LEADING,
  PROP_RULED_OUT_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_option_score_dispose (GObject *object)
{
  TradeoffOptionScore *self = (TradeoffOptionScore *)object;

  g_clear_object (&self->option);
  g_clear_object (&self->ruled_out_by);

  G_OBJECT_CLASS (tradeoff_option_score_parent_class)->dispose (object);
}

static void
tradeoff_option_score_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TradeoffOptionScore *self = TRADEOFF_OPTION_SCORE (object);

  switch (prop_id)
    {
    case PROP_OPTION:
      g_value_set_object (value, self->option);
      break;

    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_LEADING:
      g_value_set_boolean (value, self->leading);
      break;

    case PROP_RULED_OUT_BY:
      g_value_set_object (value, self->ruled_out_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_option_score_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TradeoffOptionScore *self = TRADEOFF_OPTION_SCORE (object);

  switch (prop_id)
    {
    case PROP_OPTION:
      self->option = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_option_score_class_init (TradeoffOptionScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_option_score_dispose;
  object_class->get_property = tradeoff_option_score_get_property;
  object_class->set_property = tradeoff_option_score_set_property;

  properties[PROP_OPTION] =
    g_param_spec_object ("option", NULL, NULL, TRADEOFF_TYPE_OPTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SCORE] =
    g_param_spec_int ("score", NULL, NULL, G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LEADING] =
    g_param_spec_boolean ("leading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RULED_OUT_BY] =
    g_param_spec_object ("ruled-out-by", NULL, NULL, TRADEOFF_TYPE_CRITERION,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_option_score_init (TradeoffOptionScore *self)
{
}

TradeoffOptionScore *
_tradeoff_option_score_new (TradeoffOption *option)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION (option), NULL);

  return g_object_new (TRADEOFF_TYPE_OPTION_SCORE,
                       "option", option,
                       NULL);
}

void
_tradeoff_option_score_sync (TradeoffOptionScore *self,
                            int                  score,
                            double               fraction,
                            gboolean             leading,
                            TradeoffCriterion   *ruled_out_by)
{
  g_return_if_fail (TRADEOFF_IS_OPTION_SCORE (self));

  leading = !!leading;

  if (self->score != score)
    {
      self->score = score;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
    }

  if (self->fraction != fraction)
    {
      self->fraction = fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }

  if (self->leading != leading)
    {
      self->leading = leading;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEADING]);
    }

  if (g_set_object (&self->ruled_out_by, ruled_out_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RULED_OUT_BY]);
}

void
_tradeoff_option_score_set_option (TradeoffOptionScore *self,
                                   TradeoffOption      *option)
{
  g_return_if_fail (TRADEOFF_IS_OPTION_SCORE (self));
  g_return_if_fail (TRADEOFF_IS_OPTION (option));

  if (g_set_object (&self->option, option))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTION]);
}

TradeoffCriterion *
tradeoff_option_score_get_ruled_out_by (TradeoffOptionScore *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION_SCORE (self), NULL);

  return self->ruled_out_by;
}

TradeoffOption *
tradeoff_option_score_get_option (TradeoffOptionScore *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION_SCORE (self), NULL);

  return self->option;
}

int
tradeoff_option_score_get_score (TradeoffOptionScore *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION_SCORE (self), 0);

  return self->score;
}

double
tradeoff_option_score_get_fraction (TradeoffOptionScore *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION_SCORE (self), 0.0);

  return self->fraction;
}

gboolean
tradeoff_option_score_get_leading (TradeoffOptionScore *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION_SCORE (self), FALSE);

  return self->leading;
}
