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
 *
 * A label marked with tradeoff_label_fits_column() goes one step further:
 * it is one of the advice column's texts that change with every tick (the
 * headline, the reasons, what would change this), in a column whose width
 * is fixed (TradeoffPaneLayout gives it its width request).  GTK measures
 * such a label's width again after each change, and every height it is
 * asked for at a width makes GTK 4.8 ask its width first: two layouts of
 * the new text each time, a quarter of a tick's frame on the large
 * comparison (README).  Yet with word-and-character wrapping its answer
 * never depends on the text: the narrowest is its width-chars (a line
 * may break between any two characters), the widest its max-width-chars,
 * or the narrowest without one.  So it is given from the font's metrics,
 * with no layout, and only its height is measured from its text.
 */

#define G_LOG_DOMAIN "tradeoff-label-width"

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-label-width.h"

static GQuark width_first;
static GQuark fits_column;

/* A fits-column label's character width, and the context serial it was
 * measured at: the font changes with the style, and the serial with it. */
typedef struct
{
  guint serial;
  int   char_pixels;   /* Pango units */
} CharWidth;

static int
char_pixels (GtkWidget *widget,
             CharWidth *cached)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  guint serial = pango_context_get_serial (context);

  if (cached->char_pixels == 0 || cached->serial != serial)
    {
      /* As GtkLabel finds its width-chars' width. */
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

      cached->char_pixels = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                 pango_font_metrics_get_approximate_digit_width (metrics));
      cached->serial = serial;
      pango_font_metrics_unref (metrics);
    }

  return cached->char_pixels;
}

static void
measure_column_width (GtkLabel  *label,
                      CharWidth *cached,
                      int       *minimum,
                      int       *natural)
{
  int per_char = char_pixels (GTK_WIDGET (label), cached);
  int narrowest = MAX (gtk_label_get_width_chars (label), 1) * per_char;
  int widest = gtk_label_get_max_width_chars (label) > 0
               ? gtk_label_get_max_width_chars (label) * per_char
               : narrowest;

  *minimum = PANGO_PIXELS_CEIL (narrowest);
  *natural = PANGO_PIXELS_CEIL (MAX (widest, narrowest));
}

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
    {
      CharWidth *column = g_object_get_qdata (G_OBJECT (widget), fits_column);

      if (column != NULL)
        {
          measure_column_width (GTK_LABEL (widget), column, minimum, natural);
          if (minimum_baseline != NULL)
            *minimum_baseline = -1;
          if (natural_baseline != NULL)
            *natural_baseline = -1;
          return;
        }
      if (g_object_get_qdata (G_OBJECT (widget), width_first) != NULL)
        for_size = -1;
    }

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
      fits_column = g_quark_from_static_string ("tradeoff-label-fits-column");
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

/**
 * tradeoff_label_fits_column:
 * @label: a wrapped label alone in the width of a column of fixed width
 *
 * From now on @label's width is its width-chars at the narrowest and its
 * max-width-chars at the widest, whatever its text (see above).  It wraps
 * between words and, where a word is wider than the column, between
 * characters, so no text can make it wider than that.
 */
void
tradeoff_label_fits_column (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  install ();
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  g_object_set_qdata_full (G_OBJECT (label), fits_column, g_new0 (CharWidth, 1), g_free);
  gtk_widget_queue_resize (GTK_WIDGET (label));
}
