/* test-pane-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Panes side by side (TradeoffPaneLayout): where each pane goes and how
 * wide it is, and that a pane of wrapped text is never asked for its width
 * at a height while the panes' height is worked out, nor the pane that
 * expands while they are placed.  A horizontal GtkBox asks both, and a
 * wrapped label answers each such question by laying its text out at a
 * dozen widths: before this layout, most of the text shaping before the
 * window's first frame.
 */

#define G_LOG_DOMAIN "test-pane-layout"

#include "config.h"

#include "tradeoff-pane-layout.h"
#include "window-testing.h"

/* A pane that behaves as wrapped text does: it takes any width from its
 * minimum up and grows as tall as its text needs at that width; asked
 * for its width at a height, it answers as GtkLabel does, and the test
 * counts those questions. */
#define TEST_TYPE_PANE (test_pane_get_type ())
G_DECLARE_FINAL_TYPE (TestPane, test_pane, TEST, PANE, GtkWidget)

struct _TestPane
{
  GtkWidget parent_instance;

  int       min_width;
  int       nat_width;
  /* The text's area, in pixels: its height at a width is this divided
   * by the width. */
  int       area;
  guint     width_for_height_asked;
};

G_DEFINE_FINAL_TYPE (TestPane, test_pane, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
test_pane_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_pane_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  TestPane *self = TEST_PANE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (for_size >= 0)
        self->width_for_height_asked++;
      *minimum = self->min_width;
      *natural = self->nat_width;
    }
  else
    {
      int width = for_size >= 0 ? MAX (for_size, self->min_width) : self->nat_width;

      *minimum = *natural = (self->area + width - 1) / width;
    }
}

static void
test_pane_class_init (TestPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = test_pane_get_request_mode;
  widget_class->measure = test_pane_measure;
}

static void
test_pane_init (TestPane *self)
{
}

static TestPane *
add_pane (GtkWidget *parent,
          int        min_width,
          int        nat_width,
          int        area,
          gboolean   expand)
{
  TestPane *pane = g_object_new (TEST_TYPE_PANE, "hexpand", expand, NULL);

  pane->min_width = min_width;
  pane->nat_width = nat_width;
  pane->area = area;
  gtk_box_append (GTK_BOX (parent), GTK_WIDGET (pane));

  return pane;
}

static GtkWidget *
new_panes (int spacing)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  GtkLayoutManager *layout = tradeoff_pane_layout_new ();

  tradeoff_pane_layout_set_spacing (TRADEOFF_PANE_LAYOUT (layout), spacing);
  gtk_widget_set_layout_manager (box, layout);

  return box;
}

static void
assert_placed (TestPane *pane,
               int       x,
               int       width)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (pane), gtk_widget_get_parent (GTK_WIDGET (pane)),
                                            &bounds));
  g_assert_cmpint ((int) bounds.origin.x, ==, x);
  g_assert_cmpint ((int) bounds.size.width, ==, width);
}

/* The guide at its natural width when there is room for it, the decision
 * the rest; squeezed, the guide gives up what it has beyond its minimum
 * first; a hidden pane takes no room and no spacing. */
static void
test_widths (void)
{
  GtkWidget *box = new_panes (10);
  TestPane *guide = add_pane (box, 100, 150, 6000, FALSE);
  TestPane *hidden = add_pane (box, 80, 80, 800, FALSE);
  TestPane *advice = add_pane (box, 50, 400, 6000, TRUE);

  gtk_widget_set_visible (GTK_WIDGET (hidden), FALSE);

  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 400, 300 }, -1);
  assert_placed (guide, 0, 150);
  assert_placed (advice, 160, 240);

  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 200, 300 }, -1);
  assert_placed (guide, 0, 140);
  assert_placed (advice, 150, 50);

  /* Never narrower than their minimum widths: the panes then overflow. */
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 100, 300 }, -1);
  assert_placed (guide, 0, 100);
  assert_placed (advice, 110, 50);

  g_assert_finalize_object (box);
}

/* In a right-to-left locale the first pane is on the right. */
static void
test_right_to_left (void)
{
  GtkWidget *box = new_panes (10);
  TestPane *guide = add_pane (box, 100, 150, 6000, FALSE);
  TestPane *advice = add_pane (box, 50, 400, 6000, TRUE);

  gtk_widget_set_direction (box, GTK_TEXT_DIR_RTL);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 400, 300 }, -1);
  assert_placed (guide, 250, 150);
  assert_placed (advice, 0, 240);

  g_assert_finalize_object (box);
}

/* The widths: the panes' minimum and natural widths and the spacing
 * between them.  The height at a width: the tallest pane's, each at the
 * width it would be given, and no pane is asked for its width at a
 * height to find it. */
static void
test_measure (void)
{
  GtkWidget *box = new_panes (10);
  TestPane *guide = add_pane (box, 100, 150, 6000, FALSE);
  TestPane *advice = add_pane (box, 50, 400, 5800, TRUE);
  int minimum, natural;

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 160);
  g_assert_cmpint (natural, ==, 560);

  /* The guide at its minimum, 100: 60 high; the advice at 400 - 110 = 290:
   * 20 high. */
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 400, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 60);
  g_assert_cmpint (natural, ==, 60);
  g_assert_cmpuint (guide->width_for_height_asked, ==, 0);
  g_assert_cmpuint (advice->width_for_height_asked, ==, 0);

  /* Placed, only the pane that keeps its own width is asked it at the
   * height it is given. */
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 400, 300 }, -1);
  g_assert_cmpuint (guide->width_for_height_asked, ==, 1);
  g_assert_cmpuint (advice->width_for_height_asked, ==, 0);

  g_assert_finalize_object (box);
}

/* A column given a width keeps it whatever its text would like: the
 * advice's sentences change with every tick, and a column that followed
 * them took width from the criteria beside it and re-wrapped their labels
 * (issue 13). */
static void
test_width_request (void)
{
  GtkWidget *box = new_panes (10);
  TestPane *criteria = add_pane (box, 50, 400, 6000, TRUE);
  TestPane *advice = add_pane (box, 50, 200, 6000, FALSE);

  gtk_widget_set_size_request (GTK_WIDGET (advice), 120, -1);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 600, 300 }, -1);
  assert_placed (criteria, 0, 470);
  assert_placed (advice, 480, 120);

  /* A tick lengthens the advice. */
  advice->nat_width = 500;
  gtk_widget_queue_resize (GTK_WIDGET (advice));
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 600, 300 }, -1);
  assert_placed (criteria, 0, 470);
  assert_placed (advice, 480, 120);
  /* Its width is known: it is not asked for one at a height. */
  g_assert_cmpuint (advice->width_for_height_asked, ==, 0);

  /* Never narrower than its minimum. */
  advice->min_width = 150;
  gtk_widget_queue_resize (GTK_WIDGET (advice));
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 600, 300 }, -1);
  assert_placed (criteria, 0, 440);
  assert_placed (advice, 450, 150);

  g_assert_finalize_object (box);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* The spacing is a property, notified only when it changes. */
static void
test_spacing (void)
{
  g_autoptr(GtkLayoutManager) layout = tradeoff_pane_layout_new ();
  TradeoffPaneLayout *panes = TRADEOFF_PANE_LAYOUT (layout);
  guint notified = 0;

  g_signal_connect_swapped (layout, "notify::spacing", G_CALLBACK (count_notify), &notified);
  g_assert_cmpint (tradeoff_pane_layout_get_spacing (panes), ==, 0);
  tradeoff_pane_layout_set_spacing (panes, 24);
  tradeoff_pane_layout_set_spacing (panes, 24);
  g_assert_cmpint (tradeoff_pane_layout_get_spacing (panes), ==, 24);
  g_assert_cmpuint (notified, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/pane-layout/widths", test_widths);
  g_test_add_func ("/tradeoff/pane-layout/right-to-left", test_right_to_left);
  g_test_add_func ("/tradeoff/pane-layout/measure", test_measure);
  g_test_add_func ("/tradeoff/pane-layout/spacing", test_spacing);
  g_test_add_func ("/tradeoff/pane-layout/width-request", test_width_request);

  return g_test_run ();
}
