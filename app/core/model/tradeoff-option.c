/* tradeoff-option.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the things being compared (a column of the grid).
 */

#define G_LOG_DOMAIN "tradeoff-option"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffOption
{
  GObject parent_instance;

  /* Every text points into @texts. */
  TradeoffTexts *texts;
  const char *id;
  const char *name;
  const char *verdict;
  guint index;
};

G_DEFINE_FINAL_TYPE (TradeoffOption, tradeoff_option, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_VERDICT,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_option_finalize (GObject *object)
{
  TradeoffOption *self = (TradeoffOption *)object;

  g_clear_pointer (&self->texts, _tradeoff_texts_unref);

  G_OBJECT_CLASS (tradeoff_option_parent_class)->finalize (object);
}

static void
tradeoff_option_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TradeoffOption *self = TRADEOFF_OPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_VERDICT:
      g_value_set_string (value, self->verdict);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_option_class_init (TradeoffOptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_option_finalize;
  object_class->get_property = tradeoff_option_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VERDICT] =
    g_param_spec_string ("verdict", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_option_init (TradeoffOption *self)
{
}

TradeoffOption *
_tradeoff_option_new_in (TradeoffTexts *texts,
                        const char    *id,
                        const char    *name,
                        guint          index)
{
  TradeoffOption *self;

  g_return_val_if_fail (texts != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (TRADEOFF_TYPE_OPTION, NULL);
  self->texts = _tradeoff_texts_ref (texts);
  self->id = id;
  self->name = name;
  self->index = index;

  return self;
}

TradeoffOption *
_tradeoff_option_new (const char *id,
                     const char *name,
                     guint       index)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();

  return _tradeoff_option_new_in (texts, _tradeoff_texts_add (texts, id),
                                 _tradeoff_texts_add (texts, name), index);
}

void
_tradeoff_option_set_verdict (TradeoffOption *self,
                             const char     *verdict)
{
  g_return_if_fail (TRADEOFF_IS_OPTION (self));

  self->verdict = _tradeoff_texts_add (self->texts, verdict);
}

const char *
tradeoff_option_get_id (TradeoffOption *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION (self), NULL);

  return self->id;
}

const char *
tradeoff_option_get_name (TradeoffOption *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION (self), NULL);

  return self->name;
}

/* The data file's advice for when this option leads. */
const char *
tradeoff_option_get_verdict (TradeoffOption *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION (self), NULL);

  return self->verdict;
}

guint
tradeoff_option_get_index (TradeoffOption *self)
{
  g_return_val_if_fail (TRADEOFF_IS_OPTION (self), 0);

  return self->index;
}
