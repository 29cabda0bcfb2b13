/* tradeoff-window-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the window shares its width: the guide at a readable measure, the
 * decision side the rest, the advice column a fixed share of it; two
 * pages instead of side by side below NARROW_WIDTH; and never wider than
 * the screen.  Worked out before the first layout where it can be, so
 * that nothing moves after the first frame (README, "Start-up against
 * the honest floor").
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-window-private.h"

/* Below this width the two panes would each be too cramped to read. */
#define NARROW_WIDTH 880
#define NARROW_ADVICE_WIDTH 240

/* Without a window manager (or on a small screen) a remembered size larger
 * than the monitor would hide half the window. */
static void
clamp_to_monitor (int *width,
                  int *height)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle geometry;

  if (display == NULL)
    return;

  monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  if (monitor == NULL)
    return;

  gdk_monitor_get_geometry (monitor, &geometry);
  *width = MIN (*width, geometry.width);
  *height = MIN (*height, geometry.height);
}

/* The width of the frame GTK draws around the contents (its shadow and
 * border, 10 px on Xvfb with no window manager), known once the window
 * has a surface: what its surface has beyond its contents. */
static int
frame_width (TradeoffWindow *self)
{
  double frame_x = 0, frame_y = 0;

  if (!gtk_widget_get_realized (GTK_WIDGET (self)))
    return 0;
  gtk_native_get_surface_transform (GTK_NATIVE (self), &frame_x, &frame_y);
  return MAX (0, 2 * (int) frame_x);
}

/* The width the window can have: its own, unless that is more than the
 * screen's (less the frame drawn around it), as it is when the window has
 * grown to a minimum that the layout below then lowers. */
static int
screen_limited_width (TradeoffWindow *self,
                      int             window_width)
{
  int screen_width = G_MAXINT, screen_height = G_MAXINT;

  clamp_to_monitor (&screen_width, &screen_height);
  if (screen_width == G_MAXINT)
    return window_width;

  return MIN (window_width, screen_width - frame_width (self));
}

static int
advice_width_for (int window_width)
{
  return CLAMP (window_width * 24 / 100, 280, 520);
}

/* The guide is set at a readable measure, about 60 to 80 characters a
 * line; the decision side takes every pixel beyond it.  The decision comes
 * first, though: where its criteria need more than is left (long option
 * names in their effects), the guide gives way, down to 320 px, rather
 * than make the window wider than the screen and cut the advice off
 * (tests/test-window-fit.c).  @width is the width the window can have,
 * screen_limited_width()'s. */
static int
guide_width_for (TradeoffWindow *self,
                 int             width)
{
  int guide = CLAMP (width * 40 / 100, 320, 620);
  int minimum, guide_request, advice_request;

  /* Before the window has a surface (its frame) and while the panes are
   * not side by side there is nothing to go by.  From realize on there
   * is: the window is measured with its contents, so a comparison whose
   * criteria need more than the 60 % left (the large one's effects name
   * several options) gets its guide narrowed before the first frame,
   * not in a second layout after the window was first drawn wider than
   * the screen. */
  if (self->narrow || !gtk_widget_get_realized (GTK_WIDGET (self)) ||
      gtk_widget_get_parent (self->guide_pane) != self->wide_box)
    return guide;

  gtk_widget_get_size_request (self->guide_pane, &guide_request, NULL);
  gtk_widget_get_size_request (self->advice_column, &advice_request, NULL);
  if (guide_request <= 0 || advice_request <= 0)
    return guide;

  /* The window's narrowest with the advice column at its new width: what
   * it needs beyond the width it can have comes off the guide. */
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  minimum += advice_width_for (width) - advice_request;

  return MAX (320, MIN (guide, guide_request + width - minimum));
}

static void
update_guide_width (TradeoffWindow *self,
                    int             window_width)
{
  int limited = screen_limited_width (self, window_width);
  int width = guide_width_for (self, limited);

  if (width == self->guide_width)
    return;

  self->guide_width = width;
  gtk_widget_set_size_request (self->guide_pane, width, -1);
  /* The criteria take what the guide and the advice leave. */
  gtk_widget_set_size_request (self->advice_column,
                               advice_width_for (limited), -1);
}

/* The panes move between the wide box (side by side) and the narrow stack
 * (one page each, with the switcher in the header bar); their contents and
 * bindings stay as they are. */
static void
apply_layout (TradeoffWindow *self,
              gboolean        narrow)
{
  g_autoptr(GtkWidget) guide = g_object_ref (self->guide_pane);
  g_autoptr(GtkWidget) advice = g_object_ref (self->advice_pane);

  if (narrow)
    {
      gtk_box_remove (GTK_BOX (self->wide_box), guide);
      gtk_box_remove (GTK_BOX (self->wide_box), advice);
      gtk_widget_set_size_request (guide, -1, -1);
      /* Narrower than beside the guide: at 720 px, criteria whose ticks
       * name three options (“+2 PostgreSQL, +2 MySQL, −2 SQLite”) and a
       * 280 px advice column made the window wider than the screen. */
      gtk_widget_set_size_request (self->advice_column, NARROW_ADVICE_WIDTH, -1);
      self->guide_width = -1;
      gtk_stack_add_titled (self->narrow_stack, guide, "guide", _("Guide"));
      gtk_stack_add_titled (self->narrow_stack, advice, "advice", _("Decision"));
      gtk_stack_set_visible_child_name (self->layout_stack, "narrow");
    }
  else
    {
      if (gtk_widget_get_parent (guide) != NULL)
        gtk_stack_remove (self->narrow_stack, guide);
      if (gtk_widget_get_parent (advice) != NULL)
        gtk_stack_remove (self->narrow_stack, advice);
      gtk_box_insert_child_after (GTK_BOX (self->wide_box), guide, NULL);
      gtk_box_append (GTK_BOX (self->wide_box), advice);
      gtk_stack_set_visible_child_name (self->layout_stack, "wide");
    }

  gtk_stack_set_visible_child_name (self->title_stack, narrow ? "switcher" : "title");
  self->narrow = narrow;
}

static gboolean
apply_layout_idle (gpointer user_data)
{
  TradeoffWindow *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean narrow = width < NARROW_WIDTH;

  self->layout_idle = 0;
  if (narrow != self->narrow)
    apply_layout (self, narrow);
  if (!narrow)
    update_guide_width (self, width);
  self->laid_out_width = width;

  return G_SOURCE_REMOVE;
}

/* The size the window had when it was last closed, within the screen. */
void
_tradeoff_window_restore_size (TradeoffWindow *self)
{
  int width = tradeoff_settings_get_window_width (self->settings);
  int height = tradeoff_settings_get_window_height (self->settings);

  clamp_to_monitor (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  /* Start in the layout that fits, rather than switching after one frame. */
  if (width < NARROW_WIDTH)
    apply_layout (self, TRUE);
  else
    update_guide_width (self, width);

  if (tradeoff_settings_get_window_maximized (self->settings))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* After the window's allocation: a change of width moves the panes in an
 * idle, as widgets must not move while the window is being allocated. */
void
_tradeoff_window_layout_allocated (TradeoffWindow *self,
                                   int             width)
{
  if (((width < NARROW_WIDTH) != self->narrow ||
       (!self->narrow && width != self->laid_out_width)) &&
      self->layout_idle == 0)
    self->layout_idle = g_idle_add (apply_layout_idle, self);
}

/* The window's frame is known once it has a surface: the contents get
 * the default size less it (frame_width()).  The
 * guide's width is set from that width now, before the first layout;
 * set from the default size alone, the first allocation changed it and
 * the panes moved a few pixels right after the first frame, which was
 * also the last change start-up waited for (README, "Start-up"). */
void
_tradeoff_window_layout_realized (TradeoffWindow *self)
{
  int width, height;

  if (self->narrow || gtk_window_is_maximized (GTK_WINDOW (self)))
    return;
  /* Both, or GTK 4.8 crashes. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width <= 0)
    return;
  width -= frame_width (self);
  if (width >= NARROW_WIDTH)
    update_guide_width (self, width);
}
