/* tradeoff-faq-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question and its answer.  Its text never changes; "expanded" is the one
 * writable property, because the FAQ list recycles its row widgets and so
 * whether an answer is open has to live with the entry, not the row.
 */

#define G_LOG_DOMAIN "tradeoff-faq-entry"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffFaqEntry
{
  GObject parent_instance;

  /* Every text points into @texts. */
  TradeoffTexts *texts;
  const char *id;
  const char *question;
  const char *answer;
  guint index;
  guint expanded : 1;

  /* Made on the first search: see tradeoff_faq_entry_get_search_text(). */
  char *search_text;
};

G_DEFINE_FINAL_TYPE (TradeoffFaqEntry, tradeoff_faq_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_QUESTION,
  PROP_ANSWER,
  PROP_INDEX,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_faq_entry_finalize (GObject *object)
{
  TradeoffFaqEntry *self = (TradeoffFaqEntry *)object;

  g_clear_pointer (&self->texts, _tradeoff_texts_unref);
  g_free (self->search_text);

  G_OBJECT_CLASS (tradeoff_faq_entry_parent_class)->finalize (object);
}

static void
tradeoff_faq_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TradeoffFaqEntry *self = TRADEOFF_FAQ_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_entry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TradeoffFaqEntry *self = TRADEOFF_FAQ_ENTRY (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      tradeoff_faq_entry_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_entry_class_init (TradeoffFaqEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_faq_entry_finalize;
  object_class->get_property = tradeoff_faq_entry_get_property;
  object_class->set_property = tradeoff_faq_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_faq_entry_init (TradeoffFaqEntry *self)
{
}

TradeoffFaqEntry *
_tradeoff_faq_entry_new_in (TradeoffTexts *texts,
                           const char    *id,
                           const char    *question,
                           const char    *answer,
                           guint          index)
{
  TradeoffFaqEntry *self;

  g_return_val_if_fail (texts != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (answer != NULL, NULL);

  self = g_object_new (TRADEOFF_TYPE_FAQ_ENTRY, NULL);
  self->texts = _tradeoff_texts_ref (texts);
  self->id = id;
  self->question = question;
  self->answer = answer;
  self->index = index;

  return self;
}

TradeoffFaqEntry *
_tradeoff_faq_entry_new (const char *id,
                        const char *question,
                        const char *answer,
                        guint       index)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();

  return _tradeoff_faq_entry_new_in (texts, _tradeoff_texts_add (texts, id),
                                    _tradeoff_texts_add (texts, question),
                                    _tradeoff_texts_add (texts, answer), index);
}

const char *
tradeoff_faq_entry_get_id (TradeoffFaqEntry *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ENTRY (self), NULL);

  return self->id;
}

const char *
tradeoff_faq_entry_get_question (TradeoffFaqEntry *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ENTRY (self), NULL);

  return self->question;
}

const char *
tradeoff_faq_entry_get_answer (TradeoffFaqEntry *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ENTRY (self), NULL);

  return self->answer;
}

guint
tradeoff_faq_entry_get_index (TradeoffFaqEntry *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ENTRY (self), 0);

  return self->index;
}

gboolean
tradeoff_faq_entry_get_expanded (TradeoffFaqEntry *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ENTRY (self), FALSE);

  return self->expanded;
}

void
tradeoff_faq_entry_set_expanded (TradeoffFaqEntry *self,
                                 gboolean          expanded)
{
  g_return_if_fail (TRADEOFF_IS_FAQ_ENTRY (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * tradeoff_search_fold:
 * @text: text a person searches, or searches for
 *
 * The form in which a search compares texts: compatibility-decomposed and
 * case-folded, so that "STACK OVERFLOW" finds "Stack Overflow" and "ﬁ"
 * finds "fi", as GtkStringFilter's ignore-case search would.
 *
 * Returns: (transfer full): the folded text
 */
char *
tradeoff_search_fold (const char *text)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}

/**
 * tradeoff_faq_entry_get_search_text:
 *
 * The question and the answer, folded (tradeoff_search_fold()) and joined
 * by a line break, which no search text holds, so no match spans both.
 * Made once and kept: folding every entry again for each letter typed
 * was most of what a search of ten thousand questions cost.
 *
 * Returns: the entry's text for searching in
 */
const char *
tradeoff_faq_entry_get_search_text (TradeoffFaqEntry *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ENTRY (self), NULL);

  if (self->search_text == NULL)
    {
      g_autofree char *joined = g_strconcat (self->question != NULL ? self->question : "", "\n",
                                            self->answer != NULL ? self->answer : "", NULL);

      self->search_text = tradeoff_search_fold (joined);
    }

  return self->search_text;
}
