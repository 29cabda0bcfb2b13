/* tradeoff-list-splice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tradeoff-list-splice.h"

/* Whether @store's item at @a and @items' at @b show the same. */
static gboolean
same_at (GListModel           *store,
         guint                 a,
         GListModel           *items,
         guint                 b,
         TradeoffListSameFunc  same)
{
  g_autoptr(GObject) x = g_list_model_get_item (store, a);
  g_autoptr(GObject) y = g_list_model_get_item (items, b);

  return same != NULL ? same (x, y) : x == y;
}

/* Replaces the run [@first, @end) of @store with @items' [@first, @new_end). */
static void
splice_run (GListStore *store,
            GListModel *items,
            guint       first,
            guint       end,
            guint       new_end)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = first; i < new_end; i++)
    g_ptr_array_add (added, g_list_model_get_item (items, i));
  g_list_store_splice (store, first, end - first, added->pdata, added->len);
}

/**
 * tradeoff_list_splice_changed:
 * @store: the store a view shows
 * @items: what it should hold
 *
 * Makes @store hold the same objects as @items, in the same order, items
 * compared by identity: tradeoff_list_splice_changed_full() with no limit.
 *
 * Returns: how many positions of @store were replaced or added
 */
guint
tradeoff_list_splice_changed (GListStore *store,
                              GListModel *items)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (items), 0);

  return tradeoff_list_splice_changed_full (store, items, G_MAXUINT, NULL);
}

/**
 * tradeoff_list_splice_changed_full:
 * @store: the store a view shows
 * @items: (nullable): what it should hold; %NULL for nothing
 * @max: how many of @items at most (G_MAXUINT: all)
 * @same: (nullable): whether two items show the same; %NULL for identity
 *
 * Makes @store hold the first @max items of @items, in the same order,
 * keeping every item that shows the same where it is.  With as many items
 * as before, each run of changed positions is spliced on its own (a
 * keystroke: one position); otherwise the part between the common
 * beginning and end is (an item added or removed).  Each item is looked
 * at once.
 *
 * Returns: how many positions of @store were replaced or added
 */
guint
tradeoff_list_splice_changed_full (GListStore           *store,
                                   GListModel           *items,
                                   guint                 max,
                                   TradeoffListSameFunc  same)
{
  GListModel *shown = G_LIST_MODEL (store);
  guint n_shown = g_list_model_get_n_items (shown);
  guint n = items != NULL ? MIN (g_list_model_get_n_items (items), max) : 0;
  guint changed = 0;
  guint head = 0, tail = 0;

  g_return_val_if_fail (G_IS_LIST_STORE (store), 0);
  g_return_val_if_fail (items == NULL || G_IS_LIST_MODEL (items), 0);

  if (n == n_shown)
    {
      for (guint i = 0; i < n;)
        {
          guint end = i;

          while (end < n && !same_at (shown, end, items, end, same))
            end++;
          if (end > i)
            {
              splice_run (store, items, i, end, end);
              changed += end - i;
              i = end;
            }
          else
            i++;
        }
      return changed;
    }

  while (head < MIN (n, n_shown) && same_at (shown, head, items, head, same))
    head++;
  while (tail < MIN (n, n_shown) - head &&
         same_at (shown, n_shown - 1 - tail, items, n - 1 - tail, same))
    tail++;
  splice_run (store, items, head, n_shown - tail, n - tail);
  return n - tail - head;
}
