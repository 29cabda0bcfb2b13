/* test-slot-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Slots keep their place as the list under them changes: only the count
 * at the end changes, and each slot shows what is now at its position.
 */

#include "config.h"

#include <gio/gio.h>

#include "tradeoff-slot-model.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint times;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  *change = (Change) { position, removed, added, change->times + 1 };
}

static GListStore *
numbered_store (guint n)
{
  GListStore *store = g_list_store_new (G_TYPE_MENU_ITEM);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_list_store_append (store, item);
    }

  return store;
}

static void
test_slots_follow_positions (void)
{
  g_autoptr(GListStore) store = numbered_store (5);
  g_autoptr(TradeoffSlotModel) slots = tradeoff_slot_model_new (G_LIST_MODEL (store));
  g_autoptr(TradeoffSlot) first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_autoptr(GObject) second_item = g_list_model_get_item (G_LIST_MODEL (store), 1);
  Change change = { 0 };

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (slots)) == TRADEOFF_TYPE_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 5);
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* The first item goes: the first slot shows the second, and the list
   * only loses its last place. */
  g_list_store_remove (store, 0);
  g_assert_true (tradeoff_slot_get_item (first) == (gpointer) second_item);
  g_assert_cmpuint (change.times, ==, 1);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);

  /* Two more at the front: two more places at the end. */
  g_list_store_splice (store, 0, 0, (gpointer []) { second_item, second_item }, 2);
  g_assert_cmpuint (change.times, ==, 2);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 6);

  /* Asked for again, a place is the same slot. */
  {
    g_autoptr(TradeoffSlot) again = g_list_model_get_item (G_LIST_MODEL (slots), 0);

    g_assert_true (again == first);
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 6));
  }
}

/* From GTK 4.12 on the list recycles its rows itself: a change is passed
 * on as it happened, and the slots go with their items. */
static void
test_steps_aside (void)
{
  g_autoptr(GListStore) store = numbered_store (5);
  g_autoptr(TradeoffSlotModel) slots = NULL;
  g_autoptr(TradeoffSlot) first = NULL;
  g_autoptr(TradeoffSlot) now_first = NULL;
  g_autoptr(GObject) first_item = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_autoptr(GObject) second_item = g_list_model_get_item (G_LIST_MODEL (store), 1);
  Change change = { 0 };

  g_setenv ("TRADEOFF_COMPAT_GTK_MINOR", "12", TRUE);
  slots = tradeoff_slot_model_new (G_LIST_MODEL (store));
  g_unsetenv ("TRADEOFF_COMPAT_GTK_MINOR");
  first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_items_changed), &change);

  g_list_store_remove (store, 0);
  g_assert_cmpuint (change.times, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_true (tradeoff_slot_get_item (first) == (gpointer) first_item);

  now_first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_assert_true (now_first != first);
  g_assert_true (tradeoff_slot_get_item (now_first) == (gpointer) second_item);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/slot-model/slots-follow-positions", test_slots_follow_positions);
  g_test_add_func ("/tradeoff/slot-model/steps-aside-from-gtk-4-12", test_steps_aside);

  return g_test_run ();
}
