/* test-list-grower.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A long list shows a few screens of its items, and more as it is
 * scrolled towards the end of what it shows.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-list-grower.h"

typedef struct
{
  GListStore         *whole;
  GtkSliceListModel  *slice;
  GtkScrolledWindow  *scroller;
  GtkAdjustment      *adjustment;
  TradeoffListGrower *grower;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  gtk_version)
{
  fixture->whole = g_list_store_new (G_TYPE_OBJECT);
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);

      g_list_store_append (fixture->whole, item);
    }
  fixture->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (fixture->whole)), 0, 0);
  fixture->scroller = GTK_SCROLLED_WINDOW (g_object_ref_sink (gtk_scrolled_window_new ()));
  fixture->adjustment = gtk_scrolled_window_get_vadjustment (fixture->scroller);
  /* The test data says which GTK the grower should believe it runs on. */
  if (gtk_version != NULL)
    g_setenv ("TRADEOFF_COMPAT_GTK_MINOR", gtk_version, TRUE);
  fixture->grower = tradeoff_list_grower_new (fixture->slice, fixture->scroller, 30);
  g_unsetenv ("TRADEOFF_COMPAT_GTK_MINOR");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  unused)
{
  g_assert_finalize_object (fixture->grower);
  g_object_unref (fixture->scroller);
  g_assert_finalize_object (fixture->slice);
  g_assert_finalize_object (fixture->whole);
}

/* Lets the idle growing happen. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static guint
shown (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->slice));
}

/* As a list of 20 px rows 200 px high would set its adjustment. */
static void
scroll_to (Fixture *fixture,
           double   value)
{
  gtk_adjustment_configure (fixture->adjustment, value, 0, shown (fixture) * 20.0, 20, 180, 200);
}

static void
test_grows_near_the_end (Fixture       *fixture,
                         gconstpointer  unused)
{
  g_assert_cmpuint (shown (fixture), ==, 30);

  /* 600 px of rows: at the top, and with half a screen below. */
  scroll_to (fixture, 0);
  settle ();
  g_assert_cmpuint (shown (fixture), ==, 30);
  scroll_to (fixture, 300);
  settle ();
  g_assert_cmpuint (shown (fixture), ==, 30);

  /* Less than half a screen left: another 30, once idle. */
  scroll_to (fixture, 310);
  g_assert_cmpuint (shown (fixture), ==, 30);
  settle ();
  g_assert_cmpuint (shown (fixture), ==, 60);

  /* Never past the whole. */
  for (guint i = 0; i < 40; i++)
    {
      scroll_to (fixture, shown (fixture) * 20.0 - 200);
      settle ();
    }
  g_assert_cmpuint (shown (fixture), ==, 1000);
}

/* A screen taller than the rows shown asks for more at once. */
static void
test_fills_a_tall_screen (Fixture       *fixture,
                          gconstpointer  unused)
{
  gtk_adjustment_configure (fixture->adjustment, 0, 0, 600, 20, 1800, 2000);
  settle ();
  g_assert_cmpuint (shown (fixture), ==, 60);
}

static void
test_reach_and_reset (Fixture       *fixture,
                      gconstpointer  unused)
{
  tradeoff_list_grower_reach (fixture->grower, 29);
  g_assert_cmpuint (shown (fixture), ==, 30);
  tradeoff_list_grower_reach (fixture->grower, 30);
  g_assert_cmpuint (shown (fixture), ==, 60);
  tradeoff_list_grower_reach (fixture->grower, 500);
  g_assert_cmpuint (shown (fixture), >, 500);

  tradeoff_list_grower_reset (fixture->grower);
  g_assert_cmpuint (shown (fixture), ==, 30);
}

/* GTK 4.12 makes only the rows in sight: the grower shows the whole list
 * from the start, and reset and reach change nothing. */
static void
test_steps_aside (Fixture       *fixture,
                  gconstpointer  gtk_version)
{
  g_assert_cmpuint (shown (fixture), ==, 1000);
  tradeoff_list_grower_reset (fixture->grower);
  tradeoff_list_grower_reach (fixture->grower, 999);
  g_assert_cmpuint (shown (fixture), ==, 1000);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/tradeoff/list-grower/grows-near-the-end", Fixture, NULL,
              fixture_set_up, test_grows_near_the_end, fixture_tear_down);
  g_test_add ("/tradeoff/list-grower/fills-a-tall-screen", Fixture, NULL,
              fixture_set_up, test_fills_a_tall_screen, fixture_tear_down);
  g_test_add ("/tradeoff/list-grower/steps-aside-from-gtk-4-12", Fixture, "12",
              fixture_set_up, test_steps_aside, fixture_tear_down);
  g_test_add ("/tradeoff/list-grower/reach-and-reset", Fixture, NULL,
              fixture_set_up, test_reach_and_reset, fixture_tear_down);

  return g_test_run ();
}
