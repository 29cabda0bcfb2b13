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
 * A label marked with tradeoff_label_width_first() is asked for its width
 * as if no height were given: one layout, the same answer the box's own
 * measuring (the height for a width) already used.  The window asks
 * itself the same way (tradeoff_window_measure()).  Only marked labels:
 * GTK's answer also decides how a box shares its width between a label
 * and its siblings (a criterion's label and its effect), and asked
 * without a height every label would get less than it has now.  The
 * labels marked are those alone in the width they get (a FAQ question
 * beside its arrow, an answer, the verdict's headline in its column).
 */

#define G_LOG_DOMAIN "tradeoff-label-width"

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-label-width.h"

static GQuark width_first;

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
  if (orientation == GTK_ORIENTATION_HORIZONTAL &&
      g_object_get_qdata (G_OBJECT (widget), width_first) != NULL)
    for_size = -1;

  label_measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      GtkWidgetClass *klass = g_type_class_ref (GTK_TYPE_LABEL);

      width_first = g_quark_from_static_string ("tradeoff-label-width-first");
      label_measure = klass->measure;
      klass->measure = measure_width_first;
      g_once_init_leave (&installed, 1);
    }
}

/**
 * tradeoff_label_width_first:
 * @label: a wrapped label with the whole width its box gives
 *
 * From now on @label is asked for its width without a height (see above).
 */
void
tradeoff_label_width_first (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  install ();
  g_object_set_qdata (G_OBJECT (label), width_first, GINT_TO_POINTER (TRUE));
  gtk_widget_queue_resize (GTK_WIDGET (label));
}
