/* tradeoff-comparison.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything one comparison file says, as list models the window binds to.
 * The loader builds it through tradeoff-comparison-private.h and seals it;
 * from then on it never changes, so every view can hold on to its items.
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffComparison
{
  GObject parent_instance;

  char *texts[TRADEOFF_COMPARISON_N_TEXTS];

  TradeoffComparisonList *options;
  TradeoffComparisonList *aspects;
  TradeoffComparisonList *faq;
  TradeoffComparisonList *groups;
  TradeoffComparisonList *criteria;

  /* The items as they are added (and, for options and criteria, borrowed
   * access by index afterwards): seal() hands each array to its list,
   * one items-changed instead of one per item. */
  GPtrArray *option_array;
  GPtrArray *criterion_array;
  GPtrArray *pending_aspects;
  GPtrArray *pending_faq;
  GPtrArray *pending_groups;

  /* id → item; keys and items borrowed.  The options' is filled as they
   * are added; the criteria's and the FAQ's are made when first looked
   * in (index_by_id()): an edit builds a comparison per keystroke, with
   * thousands of items, and most are never looked up by id. */
  GHashTable *options_by_id;
  GHashTable *criteria_by_id;
  GHashTable *faq_by_id;

  guint sealed : 1;
};

G_DEFINE_FINAL_TYPE (TradeoffComparison, tradeoff_comparison, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_BYLINE,
  PROP_UPDATED,
  PROP_INTRO,
  PROP_GRID_HEADING,
  PROP_ASPECT_HEADING,
  PROP_FAQ_HEADING,
  PROP_CRITERIA_HEADING,
  PROP_TIE_VERDICT,
  PROP_NONE_VERDICT,
  PROP_DISPLAY_NAME,
  PROP_GETTEXT_DOMAIN,
  PROP_PREAMBLE,
  PROP_OPTIONS,
  PROP_ASPECTS,
  PROP_FAQ,
  PROP_GROUPS,
  PROP_CRITERIA,
  N_PROPS
};

/* The text properties come first, in the order of TradeoffComparisonText. */
G_STATIC_ASSERT (PROP_PREAMBLE - PROP_ID == TRADEOFF_COMPARISON_PREAMBLE);

static GParamSpec *properties[N_PROPS];

static void
tradeoff_comparison_finalize (GObject *object)
{
  TradeoffComparison *self = (TradeoffComparison *)object;

  for (guint i = 0; i < TRADEOFF_COMPARISON_N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  g_clear_pointer (&self->option_array, g_ptr_array_unref);
  g_clear_pointer (&self->criterion_array, g_ptr_array_unref);
  g_clear_pointer (&self->pending_aspects, g_ptr_array_unref);
  g_clear_pointer (&self->pending_faq, g_ptr_array_unref);
  g_clear_pointer (&self->pending_groups, g_ptr_array_unref);
  g_clear_pointer (&self->options_by_id, g_hash_table_unref);
  g_clear_pointer (&self->criteria_by_id, g_hash_table_unref);
  g_clear_pointer (&self->faq_by_id, g_hash_table_unref);

  /* Criteria point at their group and FAQ source: drop them first. */
  g_clear_object (&self->criteria);
  g_clear_object (&self->groups);
  g_clear_object (&self->faq);
  g_clear_object (&self->aspects);
  g_clear_object (&self->options);

  G_OBJECT_CLASS (tradeoff_comparison_parent_class)->finalize (object);
}

static void
tradeoff_comparison_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TradeoffComparison *self = TRADEOFF_COMPARISON (object);

  if (prop_id >= PROP_ID && prop_id <= PROP_PREAMBLE)
    {
      g_value_set_string (value, self->texts[prop_id - PROP_ID]);
      return;
    }

  switch (prop_id)
    {
    case PROP_OPTIONS:
      g_value_set_object (value, self->options);
      break;

    case PROP_ASPECTS:
      g_value_set_object (value, self->aspects);
      break;

    case PROP_FAQ:
      g_value_set_object (value, self->faq);
      break;

    case PROP_GROUPS:
      g_value_set_object (value, self->groups);
      break;

    case PROP_CRITERIA:
      g_value_set_object (value, self->criteria);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_comparison_class_init (TradeoffComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const text_names[] = {
    "id", "title", "byline", "updated", "intro", "grid-heading",
    "aspect-heading", "faq-heading", "criteria-heading", "tie-verdict",
    "none-verdict", "display-name", "gettext-domain", "preamble",
  };
  static const char * const list_names[] = {
    "options", "aspects", "faq", "groups", "criteria",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (text_names) == TRADEOFF_COMPARISON_N_TEXTS);
  G_STATIC_ASSERT (G_N_ELEMENTS (list_names) == N_PROPS - PROP_OPTIONS);

  object_class->finalize = tradeoff_comparison_finalize;
  object_class->get_property = tradeoff_comparison_get_property;

  for (guint i = 0; i < G_N_ELEMENTS (text_names); i++)
    properties[PROP_ID + i] =
      g_param_spec_string (text_names[i], NULL, NULL, NULL,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  for (guint i = 0; i < G_N_ELEMENTS (list_names); i++)
    properties[PROP_OPTIONS + i] =
      g_param_spec_object (list_names[i], NULL, NULL, G_TYPE_LIST_MODEL,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_comparison_init (TradeoffComparison *self)
{
  self->options = _tradeoff_comparison_list_new (TRADEOFF_TYPE_OPTION);
  self->aspects = _tradeoff_comparison_list_new (TRADEOFF_TYPE_ASPECT);
  self->faq = _tradeoff_comparison_list_new (TRADEOFF_TYPE_FAQ_ENTRY);
  self->groups = _tradeoff_comparison_list_new (TRADEOFF_TYPE_CRITERION_GROUP);
  self->criteria = _tradeoff_comparison_list_new (TRADEOFF_TYPE_CRITERION);
  /* Options and criteria stay indexed here once sealed, sharing the array
   * with their lists; the others go to their lists whole. */
  self->option_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->criterion_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_aspects = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_faq = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->options_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

TradeoffComparison *
_tradeoff_comparison_new (void)
{
  return g_object_new (TRADEOFF_TYPE_COMPARISON, NULL);
}

void
_tradeoff_comparison_set_text (TradeoffComparison     *self,
                              TradeoffComparisonText  which,
                              const char             *text)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (which < TRADEOFF_COMPARISON_N_TEXTS);
  g_return_if_fail (!self->sealed);

  g_free (self->texts[which]);
  self->texts[which] = g_strdup (text);
}

void
_tradeoff_comparison_add_option (TradeoffComparison *self,
                                TradeoffOption     *option)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->option_array, g_object_ref (option));
  g_hash_table_insert (self->options_by_id, (gpointer)tradeoff_option_get_id (option), option);
}

void
_tradeoff_comparison_add_aspect (TradeoffComparison *self,
                                TradeoffAspect     *aspect)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->pending_aspects, g_object_ref (aspect));
}

void
_tradeoff_comparison_add_faq_entry (TradeoffComparison *self,
                                   TradeoffFaqEntry   *entry)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->pending_faq, g_object_ref (entry));
  if (self->faq_by_id != NULL)
    g_hash_table_insert (self->faq_by_id, (gpointer)tradeoff_faq_entry_get_id (entry), entry);
}

void
_tradeoff_comparison_add_group (TradeoffComparison     *self,
                               TradeoffCriterionGroup *group)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->pending_groups, g_object_ref (group));
}

void
_tradeoff_comparison_add_criterion (TradeoffComparison *self,
                                   TradeoffCriterion  *criterion)
{
  _tradeoff_comparison_add_grouped_criterion (self, criterion);
  _tradeoff_criterion_group_add (tradeoff_criterion_get_group (criterion), criterion);
}

void
_tradeoff_comparison_add_grouped_criterion (TradeoffComparison *self,
                                            TradeoffCriterion  *criterion)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->criterion_array, g_object_ref (criterion));
  if (self->criteria_by_id != NULL)
    g_hash_table_insert (self->criteria_by_id, (gpointer)tradeoff_criterion_get_id (criterion),
                         criterion);
}

void
_tradeoff_comparison_seal (TradeoffComparison *self)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON (self));
  g_return_if_fail (!self->sealed);

  _tradeoff_comparison_list_take_all (self->options, g_ptr_array_ref (self->option_array));
  _tradeoff_comparison_list_take_all (self->aspects, g_steal_pointer (&self->pending_aspects));
  _tradeoff_comparison_list_take_all (self->faq, g_steal_pointer (&self->pending_faq));
  _tradeoff_comparison_list_take_all (self->groups, g_steal_pointer (&self->pending_groups));
  _tradeoff_comparison_list_take_all (self->criteria, g_ptr_array_ref (self->criterion_array));

  self->sealed = TRUE;
}

#define DEFINE_TEXT_GETTER(name, WHICH)                              \
  const char *                                                       \
  tradeoff_comparison_get_##name (TradeoffComparison *self)          \
  {                                                                  \
    g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);      \
    return self->texts[TRADEOFF_COMPARISON_##WHICH];                 \
  }

DEFINE_TEXT_GETTER (id, ID)
DEFINE_TEXT_GETTER (title, TITLE)
DEFINE_TEXT_GETTER (byline, BYLINE)
DEFINE_TEXT_GETTER (updated, UPDATED)
DEFINE_TEXT_GETTER (intro, INTRO)
DEFINE_TEXT_GETTER (grid_heading, GRID_HEADING)
DEFINE_TEXT_GETTER (aspect_heading, ASPECT_HEADING)
DEFINE_TEXT_GETTER (faq_heading, FAQ_HEADING)
DEFINE_TEXT_GETTER (criteria_heading, CRITERIA_HEADING)
DEFINE_TEXT_GETTER (tie_verdict, TIE_VERDICT)
DEFINE_TEXT_GETTER (none_verdict, NONE_VERDICT)
DEFINE_TEXT_GETTER (display_name, DISPLAY_NAME)
/* The file's gettext-domain="…", kept so that saving writes it again. */
DEFINE_TEXT_GETTER (gettext_domain, GETTEXT_DOMAIN)
/* The text of the comment before the root element (a file's licence and
 * description), as written, kept so that saving writes it again. */
DEFINE_TEXT_GETTER (preamble, PREAMBLE)

#undef DEFINE_TEXT_GETTER

GListModel *
tradeoff_comparison_get_options (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->options);
}

GListModel *
tradeoff_comparison_get_aspects (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->aspects);
}

GListModel *
tradeoff_comparison_get_faq (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->faq);
}

GListModel *
tradeoff_comparison_get_groups (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->groups);
}

/* Every criterion of every group, in file order. */
GListModel *
tradeoff_comparison_get_criteria (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->criteria);
}

guint
tradeoff_comparison_get_n_options (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), 0);

  return self->option_array->len;
}

guint
tradeoff_comparison_get_n_criteria (TradeoffComparison *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), 0);

  return self->criterion_array->len;
}

/* Borrowed: the comparison keeps its items alive. */
TradeoffOption *
tradeoff_comparison_get_option (TradeoffComparison *self,
                                guint               index)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  g_return_val_if_fail (index < self->option_array->len, NULL);

  return g_ptr_array_index (self->option_array, index);
}

TradeoffCriterion *
tradeoff_comparison_get_criterion (TradeoffComparison *self,
                                   guint               index)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  g_return_val_if_fail (index < self->criterion_array->len, NULL);

  return g_ptr_array_index (self->criterion_array, index);
}

TradeoffOption *
tradeoff_comparison_find_option (TradeoffComparison *self,
                                 const char         *id)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->options_by_id, id) : NULL;
}

/* The index in *@slot, made from @items (@get_id each) if not made yet.
 * A sealed comparison may be read from several threads: the first index
 * made is the one kept.  Later items win, as when they were added. */
static GHashTable *
index_by_id (GHashTable  **slot,
             GPtrArray    *items,
             GListModel   *list,
             const char *(*get_id) (gpointer))
{
  GHashTable *index = g_atomic_pointer_get (slot);
  guint n = items != NULL ? items->len : g_list_model_get_n_items (list);

  if (index != NULL)
    return index;

  index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) owned = items != NULL ? NULL : g_list_model_get_item (list, i);
      gpointer item = items != NULL ? g_ptr_array_index (items, i) : owned;

      g_hash_table_insert (index, (gpointer)get_id (item), item);
    }

  if (!g_atomic_pointer_compare_and_exchange (slot, NULL, index))
    {
      g_hash_table_unref (index);
      index = g_atomic_pointer_get (slot);
    }
  return index;
}

TradeoffCriterion *
tradeoff_comparison_find_criterion (TradeoffComparison *self,
                                    const char         *id)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (index_by_id (&self->criteria_by_id, self->criterion_array, NULL,
                                           (const char *(*) (gpointer))tradeoff_criterion_get_id),
                              id);
}

TradeoffFaqEntry *
tradeoff_comparison_find_faq_entry (TradeoffComparison *self,
                                    const char         *id)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (self), NULL);

  if (id == NULL)
    return NULL;
  /* Before sealing the entries wait in pending_faq. */
  return g_hash_table_lookup (index_by_id (&self->faq_by_id, self->pending_faq, G_LIST_MODEL (self->faq),
                                           (const char *(*) (gpointer))tradeoff_faq_entry_get_id),
                              id);
}
