/* testing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by every test program (testing.c); those that drive the
 * real window are in window-testing.h.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Property notifications, the way GNOME Console's tests check them: say
 * which notifications an action must cause, do it, then assert that each
 * came exactly once and that nothing else on the object notified.
 *
 *   expect_notify (advisor, "leader");
 *   expect_notify (advisor, "headline");
 *   tradeoff_advisor_toggle (advisor, criterion);
 *   assert_expected_notifies (advisor);
 *
 * The first expect_notify() on an object starts watching it; the watch
 * ends with the object. */
void        expect_notify            (gpointer    object,
                                      const char *property);
void        assert_expected_notifies (gpointer    object);

/* Counting instead, for the tests that follow several objects through
 * many steps: watch() returns a table of notifications per property name,
 * which count_of() reads.  The caller unrefs the table. */
GHashTable *watch                    (gpointer    object);
guint       count_of                 (GHashTable *counts,
                                      const char *property);

/* What a list model's "items-changed" said: how many times, and what
 * the last one said.  watch_items_changed() starts recording into
 * @changes, unwatch_items_changed() stops before @changes goes. */
typedef struct
{
  guint n;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

void        watch_items_changed      (gpointer      model,
                                      ItemsChanged *changes);
void        unwatch_items_changed    (gpointer      model,
                                      ItemsChanged *changes);

/* The item at @position of @model, borrowed: @model holds it. */
gpointer    testing_item_at          (gpointer      model,
                                      guint         position);

/* @unit written @n times: long texts for the limits' tests. */
char       *testing_repeat           (const char *unit,
                                      guint       n);

G_END_DECLS
