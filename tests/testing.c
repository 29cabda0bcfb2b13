/* testing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "testing.h"

#define EXPECTATIONS_KEY "tradeoff-test-expected-notifies"

typedef struct
{
  GHashTable *expected; /* property name → times expected */
  GHashTable *seen;     /* property name → times notified */
} Expectations;

static void
expectations_free (gpointer data)
{
  Expectations *expectations = data;

  g_hash_table_unref (expectations->expected);
  g_hash_table_unref (expectations->seen);
  g_free (expectations);
}

static void
bump (GHashTable *counts,
      const char *name)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));

  g_hash_table_insert (counts, g_strdup (name), GUINT_TO_POINTER (count + 1));
}

static void
record_notify (GObject    *object,
               GParamSpec *pspec,
               gpointer    user_data)
{
  bump (user_data, pspec->name);
}

static Expectations *
expectations_for (gpointer object)
{
  Expectations *expectations = g_object_get_data (object, EXPECTATIONS_KEY);

  if (expectations == NULL)
    {
      expectations = g_new0 (Expectations, 1);
      expectations->expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      expectations->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_signal_connect (object, "notify", G_CALLBACK (record_notify), expectations->seen);
      g_object_set_data_full (object, EXPECTATIONS_KEY, expectations, expectations_free);
    }

  return expectations;
}

void
expect_notify (gpointer    object,
               const char *property)
{
  g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (object), property));
  bump (expectations_for (object)->expected, property);
}

void
assert_expected_notifies (gpointer object)
{
  Expectations *expectations = expectations_for (object);
  GHashTableIter iter;
  gpointer name, count;

  g_hash_table_iter_init (&iter, expectations->expected);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (expectations->seen, name));

      if (seen != GPOINTER_TO_UINT (count))
        g_error ("%s::%s notified %u times, expected %u",
                 G_OBJECT_TYPE_NAME (object), (const char *) name, seen, GPOINTER_TO_UINT (count));
    }

  g_hash_table_iter_init (&iter, expectations->seen);
  while (g_hash_table_iter_next (&iter, &name, &count))
    if (!g_hash_table_contains (expectations->expected, name))
      g_error ("%s::%s notified %u times, expected never",
               G_OBJECT_TYPE_NAME (object), (const char *) name, GPOINTER_TO_UINT (count));

  g_hash_table_remove_all (expectations->expected);
  g_hash_table_remove_all (expectations->seen);
}

GHashTable *
watch (gpointer object)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_signal_connect_data (object, "notify", G_CALLBACK (record_notify),
                         g_hash_table_ref (counts), (GClosureNotify) G_CALLBACK (g_hash_table_unref), 0);
  return counts;
}

guint
count_of (GHashTable *counts,
          const char *property)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, property));
}

static void
record_items_changed (GObject      *model,
                      guint         position,
                      guint         removed,
                      guint         added,
                      ItemsChanged *changes)
{
  changes->n++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

void
watch_items_changed (gpointer      model,
                     ItemsChanged *changes)
{
  g_signal_connect (model, "items-changed", G_CALLBACK (record_items_changed), changes);
}

void
unwatch_items_changed (gpointer      model,
                       ItemsChanged *changes)
{
  g_signal_handlers_disconnect_by_func (model, record_items_changed, changes);
}

gpointer
testing_item_at (gpointer model,
                 guint    position)
{
  g_autoptr(GObject) object = g_list_model_get_item (model, position);

  /* The model holds it. */
  return object;
}

char *
testing_repeat (const char *unit,
                guint       n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (out, unit);

  return g_string_free (out, FALSE);
}
