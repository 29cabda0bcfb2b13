/* tradeoff-list-grower.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works around: GTK 4.8–4.10 making a row for 200 items of a list
 * whatever its height.  Steps aside from GTK 4.12, which makes only the
 * rows in sight: there the slice shows the whole list from the start.
 *
 * Why: GTK 4.8's GtkListView and GtkColumnView make, bind and measure a
 * row for up to 200 items around the top of what they show, whatever
 * their height (GTK 4.12 made only the rows in sight).  For a comparison
 * with thousands of questions or criteria that is hundreds of rows laid
 * out before the window first shows, and again on every search.  Given a
 * slice of the first few dozen items instead, a list makes only those;
 * the slice grows by as many whenever less than half a screen of rows is left
 * below what is shown, so scrolling never reaches an end that is not the
 * real one.  The scroll bar measures the rows shown so far.
 */

#define G_LOG_DOMAIN "tradeoff-list-grower"

#include "config.h"

#include "tradeoff-compat.h"
#include "tradeoff-list-grower.h"


struct _TradeoffListGrower
{
  GObject            parent_instance;

  GtkSliceListModel *slice;
  GtkAdjustment     *adjustment;
  guint              step;
  guint              grow_idle;
};

G_DEFINE_FINAL_TYPE (TradeoffListGrower, tradeoff_list_grower, G_TYPE_OBJECT)

static guint
n_items_in_whole (TradeoffListGrower *self)
{
  GListModel *whole = gtk_slice_list_model_get_model (self->slice);

  return whole != NULL ? g_list_model_get_n_items (whole) : 0;
}

static gboolean
grow (gpointer user_data)
{
  TradeoffListGrower *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->slice);

  self->grow_idle = 0;
  if (size < n_items_in_whole (self))
    gtk_slice_list_model_set_size (self->slice, size + self->step);

  return G_SOURCE_REMOVE;
}

/* Called as the list scrolls or changes size: during a layout, which must
 * not change the list's model, so the growing waits for an idle moment. */
static void
check_end (TradeoffListGrower *self)
{
  double left = gtk_adjustment_get_upper (self->adjustment)
                - gtk_adjustment_get_value (self->adjustment)
                - gtk_adjustment_get_page_size (self->adjustment);

  if (self->grow_idle != 0 ||
      gtk_slice_list_model_get_size (self->slice) >= n_items_in_whole (self) ||
      left >= gtk_adjustment_get_page_size (self->adjustment) / 2)
    return;

  self->grow_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, grow, self, NULL);
}

/**
 * tradeoff_list_grower_new:
 * @slice: the slice the list shows, of the whole model
 * @scroller: the scrolled window the list scrolls in
 * @step: how many rows to show first, and to add each time: enough to
 *   fill the list one and a half times at the window's usual size (a
 *   taller list grows at once).  Start-up and search time follow it
 *   closely (README, "Performance").  From GTK 4.12 on the step is the
 *   whole list: see the top of this file.
 *
 * Returns: (transfer full): a grower, which does its work for as long as
 *   it lives: keep it with the widget that owns the list.
 */
TradeoffListGrower *
tradeoff_list_grower_new (GtkSliceListModel *slice,
                          GtkScrolledWindow *scroller,
                          guint              step)
{
  TradeoffListGrower *self;

  g_return_val_if_fail (GTK_IS_SLICE_LIST_MODEL (slice), NULL);
  g_return_val_if_fail (GTK_IS_SCROLLED_WINDOW (scroller), NULL);
  g_return_val_if_fail (step > 0, NULL);

  if (!tradeoff_compat_gtk_older_than (12))
    step = G_MAXUINT;

  self = g_object_new (TRADEOFF_TYPE_LIST_GROWER, NULL);
  self->slice = g_object_ref (slice);
  self->adjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (scroller));
  self->step = step;
  gtk_slice_list_model_set_offset (slice, 0);
  gtk_slice_list_model_set_size (slice, step);

  g_signal_connect_object (self->adjustment, "value-changed", G_CALLBACK (check_end), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->adjustment, "changed", G_CALLBACK (check_end), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * tradeoff_list_grower_reset:
 *
 * Back to the first step's items, for when the whole changed (a new search)
 * and the list starts again from its top.
 */
void
tradeoff_list_grower_reset (TradeoffListGrower *self)
{
  g_return_if_fail (TRADEOFF_IS_LIST_GROWER (self));

  g_clear_handle_id (&self->grow_idle, g_source_remove);
  gtk_slice_list_model_set_size (self->slice, self->step);
}

/**
 * tradeoff_list_grower_reach:
 * @position: an item of the whole
 *
 * Grows the slice at once to show @position, for the keyboard moving to
 * an item, or anything scrolling to one.
 */
void
tradeoff_list_grower_reach (TradeoffListGrower *self,
                            guint               position)
{
  g_return_if_fail (TRADEOFF_IS_LIST_GROWER (self));

  if (position >= gtk_slice_list_model_get_size (self->slice))
    gtk_slice_list_model_set_size (self->slice, (position / self->step + 1) * self->step);
}

static void
tradeoff_list_grower_dispose (GObject *object)
{
  TradeoffListGrower *self = TRADEOFF_LIST_GROWER (object);

  g_clear_handle_id (&self->grow_idle, g_source_remove);
  g_clear_object (&self->adjustment);
  g_clear_object (&self->slice);

  G_OBJECT_CLASS (tradeoff_list_grower_parent_class)->dispose (object);
}

static void
tradeoff_list_grower_class_init (TradeoffListGrowerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_list_grower_dispose;
}

static void
tradeoff_list_grower_init (TradeoffListGrower *self)
{
}
