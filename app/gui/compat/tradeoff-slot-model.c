/* tradeoff-slot-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works around: GTK 4.8–4.10 rebuilding a list's rows from their template
 * when the items under them change.  Steps aside from GTK 4.12, which
 * recycles rows itself: there the slots follow the items one for one, and
 * the list sees every change as it happens.
 *
 * Why: GTK 4.8's list views keep a row only for an item that stays in
 * their model; a search that changes which questions show replaced every
 * row, each made again from its template, styled and laid out, some 30 a
 * letter typed.  Given slots, the list sees the same items before and
 * after (only the count at the end changes), and each row shows the new
 * question of its slot: its labels change, the row stays.
 */

#define G_LOG_DOMAIN "tradeoff-slot-model"

#include "config.h"

#include "tradeoff-compat.h"
#include "tradeoff-slot-model.h"

struct _TradeoffSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (TradeoffSlot, tradeoff_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_ITEM,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

/* The item the slot shows now: "notify::item" says when it changes. */
gpointer
tradeoff_slot_get_item (TradeoffSlot *self)
{
  g_return_val_if_fail (TRADEOFF_IS_SLOT (self), NULL);

  return self->item;
}

/* Takes @item's reference. */
static void
slot_take_item (TradeoffSlot *self,
                GObject      *item)
{
  if (item == self->item)
    {
      g_clear_object (&item);
      return;
    }

  g_clear_object (&self->item);
  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), slot_properties[SLOT_PROP_ITEM]);
}

static void
tradeoff_slot_finalize (GObject *object)
{
  g_clear_object (&TRADEOFF_SLOT (object)->item);

  G_OBJECT_CLASS (tradeoff_slot_parent_class)->finalize (object);
}

static void
tradeoff_slot_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, TRADEOFF_SLOT (object)->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_slot_class_init (TradeoffSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_slot_finalize;
  object_class->get_property = tradeoff_slot_get_property;

  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
tradeoff_slot_init (TradeoffSlot *self)
{
}

struct _TradeoffSlotModel
{
  GObject     parent_instance;

  GListModel *model;

  /* One per position of @model; NULL until the list asks for it. */
  GPtrArray  *slots;

  /* Whether slots stay as the items under them change (GTK < 4.12). */
  gboolean    keep_rows;
};

static void tradeoff_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TradeoffSlotModel, tradeoff_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      tradeoff_slot_model_list_model_init))

static GType
tradeoff_slot_model_get_item_type (GListModel *list)
{
  return TRADEOFF_TYPE_SLOT;
}

static guint
tradeoff_slot_model_get_n_items (GListModel *list)
{
  return TRADEOFF_SLOT_MODEL (list)->slots->len;
}

static gpointer
tradeoff_slot_model_get_item (GListModel *list,
                              guint       position)
{
  TradeoffSlotModel *self = TRADEOFF_SLOT_MODEL (list);
  TradeoffSlot *slot;

  if (position >= self->slots->len)
    return NULL;

  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      slot = g_object_new (TRADEOFF_TYPE_SLOT, NULL);
      slot->item = g_list_model_get_item (self->model, position);
      self->slots->pdata[position] = slot;
    }

  return g_object_ref (slot);
}

static void
tradeoff_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = tradeoff_slot_model_get_item_type;
  iface->get_n_items = tradeoff_slot_model_get_n_items;
  iface->get_item = tradeoff_slot_model_get_item;
}

/* Where GTK recycles rows itself, the change is passed on as it is: the
 * slots of the items that went go too, new items get new slots. */
static void
pass_on (TradeoffSlotModel *self,
         guint              position,
         guint              removed,
         guint              added)
{
  g_ptr_array_remove_range (self->slots, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->slots, position, NULL);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* The slots that stay show what is now at their position; only the count
 * at the end changes, as far as the list can tell. */
static void
on_items_changed (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  TradeoffSlotModel *self)
{
  guint before = self->slots->len;
  guint after = g_list_model_get_n_items (model);

  if (!self->keep_rows)
    {
      pass_on (self, position, removed, added);
      return;
    }

  for (guint i = position; i < MIN (before, after); i++)
    {
      TradeoffSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        slot_take_item (slot, g_list_model_get_item (model, i));
    }

  if (after < before)
    {
      g_ptr_array_remove_range (self->slots, after, before - after);
      g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
    }
  else if (after > before)
    {
      g_ptr_array_set_size (self->slots, after);
      g_list_model_items_changed (G_LIST_MODEL (self), before, 0, after - before);
    }
}

/**
 * tradeoff_slot_model_new:
 * @model: the list whose items the slots show
 *
 * Returns: (transfer full): a slot for each position of @model
 */
TradeoffSlotModel *
tradeoff_slot_model_new (GListModel *model)
{
  TradeoffSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (TRADEOFF_TYPE_SLOT_MODEL, NULL);
  self->model = g_object_ref (model);
  self->keep_rows = tradeoff_compat_gtk_older_than (12);
  g_ptr_array_set_size (self->slots, g_list_model_get_n_items (model));
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self, 0);

  return self;
}

static void
tradeoff_slot_model_dispose (GObject *object)
{
  TradeoffSlotModel *self = TRADEOFF_SLOT_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tradeoff_slot_model_parent_class)->dispose (object);
}

static void
tradeoff_slot_model_finalize (GObject *object)
{
  g_ptr_array_unref (TRADEOFF_SLOT_MODEL (object)->slots);

  G_OBJECT_CLASS (tradeoff_slot_model_parent_class)->finalize (object);
}

static void
tradeoff_slot_model_class_init (TradeoffSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_slot_model_dispose;
  object_class->finalize = tradeoff_slot_model_finalize;
}

/* Slots the list never asked for are NULL. */
static void
unref_slot (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
tradeoff_slot_model_init (TradeoffSlotModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (unref_slot);
}
