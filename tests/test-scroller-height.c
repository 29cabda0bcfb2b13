/* test-scroller-height.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scrolled window marked so (app/gui/compat/tradeoff-scroller-height.c)
 * gives GTK's answer for its height without measuring its child, whose
 * answer GTK would not have read: its child is measured at the width it
 * gets, not at every width the window asks about.  Issue 13: every flip
 * row renewed by a tick was laid out twice, once at the advice column's
 * narrowest width for nothing.
 */

#define G_LOG_DOMAIN "test-scroller-height"

#include "config.h"

#include "tradeoff-scroller-height.h"
#include "window-testing.h"

/* A child as tall as a wrapped text: 20,000 square pixels at any width,
 * counting the heights it is asked for. */
#define TEST_TYPE_TALL (test_tall_get_type ())
G_DECLARE_FINAL_TYPE (TestTall, test_tall, TEST, TALL, GtkWidget)

struct _TestTall
{
  GtkWidget parent_instance;
  guint     heights_asked;
  int       last_width;
};

G_DEFINE_FINAL_TYPE (TestTall, test_tall, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
test_tall_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_tall_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  TestTall *self = TEST_TALL (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 50;
      *natural = 200;
      return;
    }

  self->heights_asked++;
  self->last_width = for_size;
  *minimum = *natural = 20000 / MAX (for_size < 0 ? 200 : for_size, 1);
}

static void
test_tall_class_init (TestTallClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = test_tall_get_request_mode;
  widget_class->measure = test_tall_measure;
}

static void
test_tall_init (TestTall *self)
{
}

static GtkWidget *
scroller_of (TestTall *tall)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (tall));
  gtk_widget_set_vexpand (scroller, TRUE);

  return scroller;
}

static void
measure_height (GtkWidget *widget,
                int        for_width,
                int       *minimum,
                int       *natural)
{
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, for_width, minimum, natural, NULL, NULL);
}

static gboolean
allocated (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0 && TEST_TALL (data)->heights_asked > 0;
}

/* Its height is GTK's answer, at any width and with its content limits;
 * the child is not asked for it; the child is measured at the width it is
 * given when the scrolled window is allocated, and shown. */
static void
test_height_without_child (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  TestTall *tall = g_object_new (TEST_TYPE_TALL, NULL);
  TestTall *plain_tall = g_object_new (TEST_TYPE_TALL, NULL);
  GtkWidget *marked = scroller_of (tall);
  GtkWidget *plain = scroller_of (plain_tall);
  static const int widths[] = { -1, 60, 100, 333 };

  tradeoff_scroller_height_ignores_child (GTK_SCROLLED_WINDOW (marked));
  gtk_box_append (GTK_BOX (box), marked);
  gtk_box_append (GTK_BOX (box), plain);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);

  for (guint limits = 0; limits < 2; limits++)
    {
      if (limits == 1)
        for (GtkWidget *s = marked; s != NULL; s = s == marked ? plain : NULL)
          {
            gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (s), 40);
            gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (s), 120);
          }

      for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
        {
          int min, nat, plain_min, plain_nat;

          tall->heights_asked = plain_tall->heights_asked = 0;
          gtk_widget_queue_resize (GTK_WIDGET (tall));
          gtk_widget_queue_resize (GTK_WIDGET (plain_tall));
          measure_height (marked, widths[i], &min, &nat);
          measure_height (plain, widths[i], &plain_min, &plain_nat);
          g_assert_cmpint (min, ==, plain_min);
          g_assert_cmpint (nat, ==, plain_nat);
          g_assert_cmpuint (tall->heights_asked, ==, 0);
          g_assert_cmpuint (plain_tall->heights_asked, >, 0);
        }
    }

  /* Shown, the child gets its height at its width. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (allocated, tall));
  g_assert_cmpuint (tall->heights_asked, >, 0);
  g_assert_cmpint (tall->last_width, ==, gtk_widget_get_width (GTK_WIDGET (tall)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (tall)), ==, 20000 / gtk_widget_get_width (GTK_WIDGET (tall)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* When its height does read the child's (a natural height passed on, or
 * no vertical scrolling), GTK answers, child and all. */
static void
test_reads_child_when_it_counts (void)
{
  TestTall *tall = g_object_new (TEST_TYPE_TALL, NULL);
  TestTall *plain_tall = g_object_new (TEST_TYPE_TALL, NULL);
  GtkWidget *marked = g_object_ref_sink (scroller_of (tall));
  GtkWidget *plain = g_object_ref_sink (scroller_of (plain_tall));

  tradeoff_scroller_height_ignores_child (GTK_SCROLLED_WINDOW (marked));
  for (guint setting = 0; setting < 2; setting++)
    {
      int min, nat, plain_min, plain_nat;

      for (GtkWidget *s = marked; s != NULL; s = s == marked ? plain : NULL)
        {
          if (setting == 0)
            gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (s), TRUE);
          else
            gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (s), GTK_POLICY_NEVER, GTK_POLICY_NEVER);
        }
      tall->heights_asked = 0;
      gtk_widget_queue_resize (GTK_WIDGET (tall));
      gtk_widget_queue_resize (GTK_WIDGET (plain_tall));
      measure_height (marked, 100, &min, &nat);
      measure_height (plain, 100, &plain_min, &plain_nat);
      g_assert_cmpuint (tall->heights_asked, >, 0);
      g_assert_cmpint (min, ==, plain_min);
      g_assert_cmpint (nat, ==, plain_nat);
    }

  g_object_unref (marked);
  g_object_unref (plain);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/scroller-height/height-without-child", test_height_without_child);
  g_test_add_func ("/tradeoff/scroller-height/reads-child-when-it-counts", test_reads_child_when_it_counts);

  return g_test_run ();
}
