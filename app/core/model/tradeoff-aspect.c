/* tradeoff-aspect.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the quick-comparison grid: a label and one value per option.
 */

#define G_LOG_DOMAIN "tradeoff-aspect"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffAspect
{
  GObject parent_instance;

  /* Every text points into @texts. */
  TradeoffTexts *texts;
  const char *id;
  const char *label;
  const char **values;
  guint n_values;
};

G_DEFINE_FINAL_TYPE (TradeoffAspect, tradeoff_aspect, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_aspect_finalize (GObject *object)
{
  TradeoffAspect *self = (TradeoffAspect *)object;

  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->texts, _tradeoff_texts_unref);

  G_OBJECT_CLASS (tradeoff_aspect_parent_class)->finalize (object);
}

static void
tradeoff_aspect_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TradeoffAspect *self = TRADEOFF_ASPECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_VALUES:
      g_value_set_boxed (value, self->values);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_aspect_class_init (TradeoffAspectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_aspect_finalize;
  object_class->get_property = tradeoff_aspect_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALUES] =
    g_param_spec_boxed ("values", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_aspect_init (TradeoffAspect *self)
{
}

TradeoffAspect *
_tradeoff_aspect_new_in (TradeoffTexts      *texts,
                        const char         *id,
                        const char         *label,
                        const char * const *values,
                        guint               n_values)
{
  TradeoffAspect *self;

  g_return_val_if_fail (texts != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  self = g_object_new (TRADEOFF_TYPE_ASPECT, NULL);
  self->texts = _tradeoff_texts_ref (texts);
  self->id = id;
  self->label = label;
  self->n_values = n_values;
  /* NULL-terminated: the "values" property is a strv. */
  self->values = g_new (const char *, n_values + 1);
  for (guint i = 0; i < n_values; i++)
    self->values[i] = values[i] != NULL ? values[i] : "";
  self->values[n_values] = NULL;

  return self;
}

TradeoffAspect *
_tradeoff_aspect_new (const char         *id,
                     const char         *label,
                     const char * const *values,
                     guint               n_values)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();
  g_autofree const char **copies = g_new (const char *, n_values);

  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  for (guint i = 0; i < n_values; i++)
    copies[i] = _tradeoff_texts_add (texts, values[i]);

  return _tradeoff_aspect_new_in (texts, _tradeoff_texts_add (texts, id),
                                 _tradeoff_texts_add (texts, label), copies, n_values);
}

const char *
tradeoff_aspect_get_id (TradeoffAspect *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ASPECT (self), NULL);

  return self->id;
}

const char *
tradeoff_aspect_get_label (TradeoffAspect *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ASPECT (self), NULL);

  return self->label;
}

guint
tradeoff_aspect_get_n_values (TradeoffAspect *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ASPECT (self), 0);

  return self->n_values;
}

/* The value in the column of the option with index @option_index. */
const char *
tradeoff_aspect_get_value (TradeoffAspect *self,
                           guint           option_index)
{
  g_return_val_if_fail (TRADEOFF_IS_ASPECT (self), NULL);
  g_return_val_if_fail (option_index < self->n_values, NULL);

  return self->values[option_index];
}
