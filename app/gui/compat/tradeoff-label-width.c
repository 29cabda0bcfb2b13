/* tradeoff-label-width.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works around: a horizontal GtkBox (GtkBoxLayout) that allocates its
 * children asks each for its width at the box's height, and a wrapped
 * GtkLabel answers that by laying its text out at a dozen widths, looking
 * for the narrowest that fits the height.  GTK 4.8 does so on every
 * allocation of a label whose text changed: each FAQ row shown again for a
 * letter typed in the search (a GtkExpander's title is such a box), and
 * the verdict's headline on a tick.  On the large comparison that was most
 * of a frame's text shaping (README, "Performance").  No GTK release is
 * known to do otherwise, so this does not step aside.
 *
 * Tradeoff's layout is height-for-width throughout: a label takes the
 * width it is given and grows as tall as it needs.  So a label is asked
 * for its width as if no height were given: one layout, the same answer
 * the box's own measuring (the height for a width) already used.  The
 * window asks itself the same way (tradeoff_window_measure()).
 */

#define G_LOG_DOMAIN "tradeoff-label-width"

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-label-width.h"

static void (*label_measure) (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline);

static void
measure_width_first (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  label_measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

/**
 * tradeoff_label_width_install:
 *
 * From now on every GtkLabel is asked for its width without a height (see
 * above).  Widgets with wrapped labels call this in their class_init; the
 * first call does it, later ones nothing.
 */
void
tradeoff_label_width_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      GtkWidgetClass *klass = g_type_class_ref (GTK_TYPE_LABEL);

      label_measure = klass->measure;
      klass->measure = measure_width_first;
      g_once_init_leave (&installed, 1);
    }
}
