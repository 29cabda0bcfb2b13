/* tradeoff-criterion.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A checkbox of the criteria form: what it says, why it matters, which FAQ
 * answer it comes from, and how much ticking it weighs for each option.
 */

#define G_LOG_DOMAIN "tradeoff-criterion"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffCriterion
{
  GObject parent_instance;

  /* Every text points into @texts. */
  TradeoffTexts *texts;
  const char *id;
  const char *label;
  const char *rationale;
  /* Owned by the comparison, which outlives its criteria. */
  TradeoffFaqEntry *source;
  TradeoffCriterionGroup *group;
  int *weights;
  guint n_weights;
  guint index;
  /* Whether the criterion is the person's, not the comparison's: where it
   * came from, never what its id looks like. */
  gboolean own;
};

G_DEFINE_FINAL_TYPE (TradeoffCriterion, tradeoff_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_RATIONALE,
  PROP_SOURCE,
  PROP_GROUP,
  PROP_INDEX,
  PROP_OWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_criterion_finalize (GObject *object)
{
  TradeoffCriterion *self = (TradeoffCriterion *)object;

  g_clear_pointer (&self->weights, g_free);
  g_clear_pointer (&self->texts, _tradeoff_texts_unref);

  G_OBJECT_CLASS (tradeoff_criterion_parent_class)->finalize (object);
}

static void
tradeoff_criterion_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TradeoffCriterion *self = TRADEOFF_CRITERION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    case PROP_GROUP:
      g_value_set_object (value, self->group);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_OWN:
      g_value_set_boolean (value, self->own);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criterion_class_init (TradeoffCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_criterion_finalize;
  object_class->get_property = tradeoff_criterion_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, TRADEOFF_TYPE_FAQ_ENTRY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_GROUP] =
    g_param_spec_object ("group", NULL, NULL, TRADEOFF_TYPE_CRITERION_GROUP,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_OWN] =
    g_param_spec_boolean ("own", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_criterion_init (TradeoffCriterion *self)
{
}

TradeoffCriterion *
_tradeoff_criterion_new_in (TradeoffTexts          *texts,
                           const char             *id,
                           const char             *label,
                           const char             *rationale,
                           TradeoffFaqEntry       *source,
                           TradeoffCriterionGroup *group,
                           guint                   index,
                           const int              *weights,
                           guint                   n_weights)
{
  TradeoffCriterion *self;

  g_return_val_if_fail (texts != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (source == NULL || TRADEOFF_IS_FAQ_ENTRY (source), NULL);
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_GROUP (group), NULL);
  g_return_val_if_fail (weights != NULL || n_weights == 0, NULL);

  self = g_object_new (TRADEOFF_TYPE_CRITERION, NULL);
  self->texts = _tradeoff_texts_ref (texts);
  self->id = id;
  self->label = label;
  self->rationale = rationale != NULL ? rationale : "";
  self->source = source;
  self->group = group;
  self->index = index;
  self->n_weights = n_weights;
  self->weights = g_memdup2 (weights, sizeof (int) * n_weights);

  return self;
}

TradeoffCriterion *
_tradeoff_criterion_new (const char             *id,
                        const char             *label,
                        const char             *rationale,
                        TradeoffFaqEntry       *source,
                        TradeoffCriterionGroup *group,
                        guint                   index,
                        const int              *weights,
                        guint                   n_weights)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();

  return _tradeoff_criterion_new_in (texts, _tradeoff_texts_add (texts, id),
                                    _tradeoff_texts_add (texts, label),
                                    _tradeoff_texts_add (texts, rationale), source, group,
                                    index, weights, n_weights);
}

/* Only the decision makes own criteria, before its comparison is sealed:
 * the flag never changes on a criterion anyone sees, so it has no
 * notification. */
void
_tradeoff_criterion_set_own (TradeoffCriterion *self,
                            gboolean           own)
{
  g_return_if_fail (TRADEOFF_IS_CRITERION (self));

  self->own = !!own;
}

/**
 * tradeoff_criterion_get_own:
 *
 * Returns: whether the criterion is one of the person's own, added to
 *   their decision, rather than one of the comparison's
 */
gboolean
tradeoff_criterion_get_own (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), FALSE);

  return self->own;
}

const char *
tradeoff_criterion_get_id (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), NULL);

  return self->id;
}

const char *
tradeoff_criterion_get_label (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), NULL);

  return self->label;
}

const char *
tradeoff_criterion_get_rationale (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), NULL);

  return self->rationale;
}

/* The FAQ entry this criterion comes from, or %NULL. */
TradeoffFaqEntry *
tradeoff_criterion_get_source (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), NULL);

  return self->source;
}

TradeoffCriterionGroup *
tradeoff_criterion_get_group (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), NULL);

  return self->group;
}

/* The position among all of the comparison's criteria. */
guint
tradeoff_criterion_get_index (TradeoffCriterion *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), 0);

  return self->index;
}

int
tradeoff_criterion_get_weight (TradeoffCriterion *self,
                               guint              option_index)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), 0);
  g_return_val_if_fail (option_index < self->n_weights, 0);

  return self->weights[option_index];
}

/* All weights at once, one per option: the advisor's hot path reads these
 * without a function call per option. */
const int *
tradeoff_criterion_get_weights (TradeoffCriterion *self,
                                guint             *n_weights)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (self), NULL);

  if (n_weights != NULL)
    *n_weights = self->n_weights;

  return self->weights;
}
