/* tradeoff-scroller-height.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works around: GtkScrolledWindow, asked for its height, measures its
 * child's height at that width even when it does not use the answer.
 * With a vertical scrollbar shown as needed (GTK_POLICY_AUTOMATIC) and no
 * natural height passed on, its height is its minimum content height and
 * its scrollbar's, whatever the child says; yet GTK 4.8 lays the child's
 * text out for the question, at every width the window asks about while it
 * works out its own size.  In the advice column that is every row whose
 * text changed on a tick (the flips, the reasons, the explanation), laid
 * out once at the column's narrowest width for nothing, then again at its
 * real width when the scrolled window is allocated (README, "The tick
 * within a frame").  No GTK release is known to do otherwise, so this
 * does not step aside.
 *
 * A scrolled window marked with tradeoff_scroller_height_ignores_child()
 * answers that question as GTK's own code does for it, from its content
 * limits and its scrollbar, without asking the child.  Only while the
 * answer cannot depend on the child: the horizontal scrollbar never shown
 * (else the child's width would matter), the vertical one automatic, the
 * natural height not propagated.  Otherwise, and for widths, GTK answers.
 * The child is still measured, at the width it gets, when the scrolled
 * window is allocated.
 */

#define G_LOG_DOMAIN "tradeoff-scroller-height"

#include "config.h"

#include "tradeoff-scroller-height.h"

static GQuark ignores_child;
static guint n_skipped;

static void (*scrolled_window_measure) (GtkWidget      *widget,
                                        GtkOrientation  orientation,
                                        int             for_size,
                                        int            *minimum,
                                        int            *natural,
                                        int            *minimum_baseline,
                                        int            *natural_baseline);

/* Whether GTK's answer for @self's height measures a child whose answer
 * it then does not read. */
static gboolean
height_ignores_child (GtkScrolledWindow *self)
{
  GtkWidget *child = gtk_scrolled_window_get_child (self);
  GtkPolicyType hpolicy, vpolicy;

  gtk_scrolled_window_get_policy (self, &hpolicy, &vpolicy);

  return child != NULL && gtk_widget_get_visible (child) &&
         hpolicy == GTK_POLICY_NEVER && vpolicy == GTK_POLICY_AUTOMATIC &&
         !gtk_scrolled_window_get_propagate_natural_height (self);
}

/* GtkScrolledWindow's measure, gtk/gtkscrolledwindow.c, for a vertical
 * scrollbar shown as needed and no horizontal one: the content limits,
 * then at least the scrollbar and the scrollable's border. */
static void
measure_height (GtkScrolledWindow *self,
                int               *minimum,
                int               *natural)
{
  GtkWidget *child = gtk_scrolled_window_get_child (self);
  int min_content = gtk_scrolled_window_get_min_content_height (self);
  int max_content = gtk_scrolled_window_get_max_content_height (self);
  int low = min_content >= 0 ? min_content : 0;
  int high = max_content >= 0 ? max_content : G_MAXINT;
  int scrollbar_min, scrollbar_nat;
  GtkBorder border = { 0, };

  if (child != NULL && GTK_IS_SCROLLABLE (child) &&
      !gtk_scrollable_get_border (GTK_SCROLLABLE (child), &border))
    border = (GtkBorder) { 0, };

  /* The child's answer would go here, unread. */
  *minimum = CLAMP (0, low, high);
  *natural = *minimum;

  gtk_widget_measure (gtk_scrolled_window_get_vscrollbar (self), GTK_ORIENTATION_VERTICAL, -1,
                      &scrollbar_min, &scrollbar_nat, NULL, NULL);
  *minimum = MAX (*minimum, scrollbar_min + border.top + border.bottom);
  *natural = MAX (*natural, scrollbar_nat + border.top + border.bottom);
}

static void
measure_ignoring_child (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_VERTICAL &&
      g_object_get_qdata (G_OBJECT (widget), ignores_child) != NULL &&
      height_ignores_child (GTK_SCROLLED_WINDOW (widget)))
    {
      measure_height (GTK_SCROLLED_WINDOW (widget), minimum, natural);
      if (minimum_baseline != NULL)
        *minimum_baseline = -1;
      if (natural_baseline != NULL)
        *natural_baseline = -1;
      n_skipped++;
      return;
    }

  scrolled_window_measure (widget, orientation, for_size, minimum, natural,
                           minimum_baseline, natural_baseline);
}

static void
install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      GtkWidgetClass *klass = g_type_class_ref (GTK_TYPE_SCROLLED_WINDOW);

      ignores_child = g_quark_from_static_string ("tradeoff-scroller-height-ignores-child");
      scrolled_window_measure = klass->measure;
      klass->measure = measure_ignoring_child;
      g_once_init_leave (&installed, 1);
    }
}

/**
 * tradeoff_scroller_height_ignores_child:
 * @scroller: a scrolled window
 *
 * From now on @scroller works out its height without measuring its child
 * whenever GTK's answer would not use the child's (see above).
 */
void
tradeoff_scroller_height_ignores_child (GtkScrolledWindow *scroller)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));

  install ();
  g_object_set_qdata (G_OBJECT (scroller), ignores_child, GINT_TO_POINTER (TRUE));
  gtk_widget_queue_resize (GTK_WIDGET (scroller));
}

/* How many times a marked scrolled window's height was worked out without
 * measuring its child, for tests. */
guint
_tradeoff_scroller_height_n_skipped (void)
{
  return n_skipped;
}
