/* tradeoff-hover-tooltip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK opens a tooltip half a second after the pointer enters a widget
 * that has one, and a window that appears under a resting pointer is
 * "entered" too.  Launched from GNOME's overview, Tradeoff's window
 * appears where the person just clicked, the middle of the screen, which
 * is the criteria list: half a second later a criterion's rationale
 * opened over the criteria they were about to read, though they had
 * pointed at nothing.  So the tooltips over the content wait until the
 * pointer has moved in the window; from then on they open as GTK's do.
 * (The header bar's buttons keep GTK's own: their tooltips are their
 * names, at the window's edge.)
 *
 * The text is kept by the widget and given in its "query-tooltip", and is
 * the widget's description for a screen reader, as GTK makes a tooltip.
 */

#define G_LOG_DOMAIN "tradeoff-hover-tooltip"

#include "config.h"

#include "tradeoff-hover-tooltip.h"

/* Set on a watched window: where its pointer was first seen, and whether
 * it has moved since. */
typedef struct
{
  gboolean seen;
  gboolean moved;
  double   x;
  double   y;
} PointerWatch;

static GQuark
watch_quark (void)
{
  static GQuark quark;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("tradeoff-hover-tooltip-watch");
  return quark;
}

static GQuark
text_quark (void)
{
  static GQuark quark;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("tradeoff-hover-tooltip-text");
  return quark;
}

void
_tradeoff_hover_tooltip_pointer_at (GtkWindow *window,
                                    double     x,
                                    double     y,
                                    guint32    time)
{
  PointerWatch *watch = g_object_get_qdata (G_OBJECT (window), watch_quark ());

  if (watch == NULL || watch->moved)
    return;

  if (!watch->seen)
    {
      watch->seen = TRUE;
      watch->x = x;
      watch->y = y;
      return;
    }

  /* GTK makes up motions, with no time, when a layout changes under the
   * pointer: those are not the person's. */
  if (time == GDK_CURRENT_TIME)
    return;

  watch->moved = x != watch->x || y != watch->y;
}

static void
pointer_event (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               gpointer                  user_data)
{
  GtkEventController *controller = GTK_EVENT_CONTROLLER (motion);
  GtkWindow *window = GTK_WINDOW (gtk_event_controller_get_widget (controller));
  PointerWatch *watch;

  _tradeoff_hover_tooltip_pointer_at (window, x, y, gtk_event_controller_get_current_event_time (controller));

  /* Once it has moved, the window has nothing more to watch. */
  watch = g_object_get_qdata (G_OBJECT (window), watch_quark ());
  if (watch->moved)
    gtk_widget_remove_controller (GTK_WIDGET (window), controller);
}

void
tradeoff_hover_tooltip_watch (GtkWindow *window)
{
  GtkEventController *motion;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_object_get_qdata (G_OBJECT (window), watch_quark ()) != NULL)
    return;

  g_object_set_qdata_full (G_OBJECT (window), watch_quark (), g_new0 (PointerWatch, 1), g_free);

  /* In the capture phase, so that no widget's own controller keeps the
   * motion from the window. */
  motion = gtk_event_controller_motion_new ();
  gtk_event_controller_set_propagation_phase (motion, GTK_PHASE_CAPTURE);
  g_signal_connect (motion, "enter", G_CALLBACK (pointer_event), NULL);
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_event), NULL);
  gtk_widget_add_controller (GTK_WIDGET (window), motion);
}

gboolean
tradeoff_hover_tooltip_can_open (GtkWidget *widget)
{
  GtkRoot *root;
  PointerWatch *watch;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  watch = root != NULL ? g_object_get_qdata (G_OBJECT (root), watch_quark ()) : NULL;

  return watch == NULL || watch->moved;
}

static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard_mode,
               GtkTooltip *tooltip,
               gpointer    user_data)
{
  const char *text = tradeoff_hover_tooltip_get_text (widget);

  if (text == NULL || !tradeoff_hover_tooltip_can_open (widget))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

const char *
tradeoff_hover_tooltip_get_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_qdata (G_OBJECT (widget), text_quark ());
}

void
tradeoff_hover_tooltip_set_text (GtkWidget  *widget,
                                 const char *text)
{
  const char *old;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;

  /* A row bound again to the same criterion keeps its text. */
  old = tradeoff_hover_tooltip_get_text (widget);
  if (g_strcmp0 (text, old) == 0)
    return;

  if (old == NULL && text != NULL
      && g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, query_tooltip, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip), NULL);

  g_object_set_qdata_full (G_OBJECT (widget), text_quark (), g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);

  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
