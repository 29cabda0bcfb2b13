/* test-list-splice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store made to hold another model's items replaces only those that
 * differ: one position for one changed item, the middle for an item added
 * or removed, and nothing at all when nothing changed.
 */

#include "config.h"

#include "testing.h"
#include "tradeoff-list-splice.h"

static GListStore *
store_of (GObject **items,
          guint     n)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);

  g_list_store_splice (store, 0, 0, (gpointer *)items, n);
  return store;
}

static void
assert_same (GListModel *a,
             GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      g_assert_true (x == y);
    }
}

static void
test_splices (void)
{
  GObject *items[6];
  g_autoptr(GListStore) shown = NULL;
  ItemsChanged changes = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    items[i] = g_object_new (G_TYPE_OBJECT, NULL);
  shown = store_of (items, 5);
  watch_items_changed (shown, &changes);

  /* Nothing changed: nothing said. */
  {
    g_autoptr(GListStore) same = store_of (items, 5);

    g_assert_cmpuint (tradeoff_list_splice_changed (shown, G_LIST_MODEL (same)), ==, 0);
    g_assert_cmpuint (changes.n, ==, 0);
  }

  /* One item replaced: that position only. */
  {
    GObject *edited[] = { items[0], items[1], items[5], items[3], items[4] };
    g_autoptr(GListStore) after = store_of (edited, 5);

    g_assert_cmpuint (tradeoff_list_splice_changed (shown, G_LIST_MODEL (after)), ==, 1);
    g_assert_cmpuint (changes.n, ==, 1);
    g_assert_cmpuint (changes.position, ==, 2);
    g_assert_cmpuint (changes.removed, ==, 1);
    g_assert_cmpuint (changes.added, ==, 1);
    assert_same (G_LIST_MODEL (shown), G_LIST_MODEL (after));
  }

  /* One removed, then one added at the end. */
  {
    GObject *fewer[] = { items[0], items[5], items[3], items[4] };
    GObject *more[] = { items[0], items[5], items[3], items[4], items[2] };
    g_autoptr(GListStore) after = store_of (fewer, 4);
    g_autoptr(GListStore) last = store_of (more, 5);

    changes.n = 0;
    tradeoff_list_splice_changed (shown, G_LIST_MODEL (after));
    g_assert_cmpuint (changes.n, ==, 1);
    g_assert_cmpuint (changes.position, ==, 1);
    g_assert_cmpuint (changes.removed, ==, 1);
    g_assert_cmpuint (changes.added, ==, 0);
    assert_same (G_LIST_MODEL (shown), G_LIST_MODEL (after));

    tradeoff_list_splice_changed (shown, G_LIST_MODEL (last));
    g_assert_cmpuint (changes.position, ==, 4);
    g_assert_cmpuint (changes.added, ==, 1);
    assert_same (G_LIST_MODEL (shown), G_LIST_MODEL (last));
  }

  unwatch_items_changed (shown, &changes);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_object_unref (items[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/list-splice/splices", test_splices);

  return g_test_run ();
}
