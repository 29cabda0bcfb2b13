/* tradeoff-criterion-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading in the criteria form with its criteria.  In an exclusive group
 * at most one criterion can be ticked at a time, like radio buttons.
 */

#define G_LOG_DOMAIN "tradeoff-criterion-group"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffCriterionGroup
{
  GObject parent_instance;

  /* Every text points into @texts. */
  TradeoffTexts *texts;
  const char *id;
  const char *label;
  TradeoffComparisonList *criteria;
  guint index;
  guint exclusive : 1;
};

G_DEFINE_FINAL_TYPE (TradeoffCriterionGroup, tradeoff_criterion_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_EXCLUSIVE,
  PROP_INDEX,
  PROP_CRITERIA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_criterion_group_finalize (GObject *object)
{
  TradeoffCriterionGroup *self = (TradeoffCriterionGroup *)object;

  g_clear_pointer (&self->texts, _tradeoff_texts_unref);
  g_clear_object (&self->criteria);

  G_OBJECT_CLASS (tradeoff_criterion_group_parent_class)->finalize (object);
}

static void
tradeoff_criterion_group_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TradeoffCriterionGroup *self = TRADEOFF_CRITERION_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_EXCLUSIVE:
      g_value_set_boolean (value, self->exclusive);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_CRITERIA:
      g_value_set_object (value, self->criteria);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criterion_group_class_init (TradeoffCriterionGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_criterion_group_finalize;
  object_class->get_property = tradeoff_criterion_group_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_EXCLUSIVE] =
    g_param_spec_boolean ("exclusive", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CRITERIA] =
    g_param_spec_object ("criteria", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_criterion_group_init (TradeoffCriterionGroup *self)
{
  self->criteria = _tradeoff_comparison_list_new (TRADEOFF_TYPE_CRITERION);
}

TradeoffCriterionGroup *
_tradeoff_criterion_group_new_in (TradeoffTexts *texts,
                                 const char    *id,
                                 const char    *label,
                                 gboolean       exclusive,
                                 guint          index)
{
  TradeoffCriterionGroup *self;

  g_return_val_if_fail (texts != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (TRADEOFF_TYPE_CRITERION_GROUP, NULL);
  self->texts = _tradeoff_texts_ref (texts);
  self->id = id;
  self->label = label;
  self->exclusive = !!exclusive;
  self->index = index;

  return self;
}

TradeoffCriterionGroup *
_tradeoff_criterion_group_new (const char *id,
                              const char *label,
                              gboolean    exclusive,
                              guint       index)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();

  return _tradeoff_criterion_group_new_in (texts, _tradeoff_texts_add (texts, id),
                                          _tradeoff_texts_add (texts, label),
                                          exclusive, index);
}

void
_tradeoff_criterion_group_add (TradeoffCriterionGroup *self,
                              TradeoffCriterion      *criterion)
{
  g_return_if_fail (TRADEOFF_IS_CRITERION_GROUP (self));
  g_return_if_fail (TRADEOFF_IS_CRITERION (criterion));

  _tradeoff_comparison_list_append (self->criteria, criterion);
}

const char *
tradeoff_criterion_group_get_id (TradeoffCriterionGroup *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_GROUP (self), NULL);

  return self->id;
}

const char *
tradeoff_criterion_group_get_label (TradeoffCriterionGroup *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_GROUP (self), NULL);

  return self->label;
}

gboolean
tradeoff_criterion_group_get_exclusive (TradeoffCriterionGroup *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_GROUP (self), FALSE);

  return self->exclusive;
}

guint
tradeoff_criterion_group_get_index (TradeoffCriterionGroup *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_GROUP (self), 0);

  return self->index;
}

/* The group's criteria, in file order. */
GListModel *
tradeoff_criterion_group_get_criteria (TradeoffCriterionGroup *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_GROUP (self), NULL);

  return G_LIST_MODEL (self->criteria);
}
