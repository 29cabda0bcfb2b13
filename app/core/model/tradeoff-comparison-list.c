/* tradeoff-comparison-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list models a comparison hands out: its items in a plain array, which
 * only ever grows, and only while the comparison is being built.  A
 * GListStore keeps its items in a GSequence, a node per item to allocate
 * and free; for a large comparison (12,500 items) that was a tenth of what
 * loading it cost beyond libxml2's own work.
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"

#include "tradeoff-comparison-private.h"

struct _TradeoffComparisonList
{
  GObject parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void tradeoff_comparison_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TradeoffComparisonList, tradeoff_comparison_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      tradeoff_comparison_list_model_init))

static GType
tradeoff_comparison_list_get_item_type (GListModel *model)
{
  return TRADEOFF_COMPARISON_LIST (model)->item_type;
}

static guint
tradeoff_comparison_list_get_n_items (GListModel *model)
{
  return TRADEOFF_COMPARISON_LIST (model)->items->len;
}

static gpointer
tradeoff_comparison_list_get_item (GListModel *model,
                                   guint       position)
{
  TradeoffComparisonList *self = TRADEOFF_COMPARISON_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
tradeoff_comparison_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = tradeoff_comparison_list_get_item_type;
  iface->get_n_items = tradeoff_comparison_list_get_n_items;
  iface->get_item = tradeoff_comparison_list_get_item;
}

static void
tradeoff_comparison_list_finalize (GObject *object)
{
  TradeoffComparisonList *self = (TradeoffComparisonList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (tradeoff_comparison_list_parent_class)->finalize (object);
}

static void
tradeoff_comparison_list_class_init (TradeoffComparisonListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_comparison_list_finalize;
}

static void
tradeoff_comparison_list_init (TradeoffComparisonList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

TradeoffComparisonList *
_tradeoff_comparison_list_new (GType item_type)
{
  TradeoffComparisonList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (TRADEOFF_TYPE_COMPARISON_LIST, NULL);
  self->item_type = item_type;

  return self;
}

void
_tradeoff_comparison_list_append (TradeoffComparisonList *self,
                                 gpointer                item)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_LIST (self));
  g_return_if_fail (g_type_check_instance_is_a (item, self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

void
_tradeoff_comparison_list_take_all (TradeoffComparisonList *self,
                                   GPtrArray              *items)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_LIST (self));
  g_return_if_fail (items != NULL);
  g_return_if_fail (self->items->len == 0);

  g_ptr_array_unref (self->items);
  self->items = items;

  if (items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, items->len);
}

/* Borrowed: the list keeps its items alive. */
gpointer
_tradeoff_comparison_list_get (TradeoffComparisonList *self,
                              guint                   position)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

guint
_tradeoff_comparison_list_get_length (TradeoffComparisonList *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_LIST (self), 0);

  return self->items->len;
}
