/* tradeoff-window-progress.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar under the header that says what the window is doing on a
 * thread: opening a file (tradeoff-window-open.c) or saving a report
 * (tradeoff-window-save.c).  It comes only once the work has taken long
 * enough to notice, names the work begun last, and its Cancel button (and
 * Escape) stops that work; the other, if any, is then named.
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-window-private.h"

/* Work quicker than this shows no bar at all, rather than one that
 * flashes by. */
#define PROGRESS_DELAY_MS 300

/* Whether the bar names the save (else the open, or nothing). */
static gboolean
names_save (TradeoffWindow *self)
{
  return self->saving != NULL && (self->opening == NULL || self->progress_names_save);
}

static gboolean
show_progress (gpointer user_data)
{
  TradeoffWindow *self = user_data;

  self->progress_timeout = 0;
  gtk_spinner_start (self->progress_spinner);
  gtk_revealer_set_reveal_child (self->progress, TRUE);

  return G_SOURCE_REMOVE;
}

void
_tradeoff_window_update_progress (TradeoffWindow *self)
{
  gboolean save = names_save (self);
  const char *message = save ? self->saving_message : self->opening_message;
  const char *stop = save ? _("Stop saving (Escape)") : _("Stop opening the file (Escape)");

  if (self->opening == NULL && self->saving == NULL)
    {
      g_clear_handle_id (&self->progress_timeout, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress, FALSE);
      gtk_spinner_stop (self->progress_spinner);
      _tradeoff_window_update_actions (self);
      return;
    }

  gtk_label_set_text (self->progress_label, message);
  gtk_widget_set_tooltip_text (self->progress_cancel, stop);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_cancel),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, stop,
                                  -1);

  /* Work that replaces other work keeps the bar, if it was showing: the
   * person is still waiting. */
  if (!gtk_revealer_get_reveal_child (self->progress) && self->progress_timeout == 0)
    {
      /* High priority, so that the bar comes on time even when the main
       * loop has a backlog; it is only a revealer. */
      self->progress_timeout = g_timeout_add_full (G_PRIORITY_HIGH, PROGRESS_DELAY_MS,
                                                   show_progress, self, NULL);
    }
  _tradeoff_window_update_actions (self);
}

void
_tradeoff_window_begin_progress (TradeoffWindow *self,
                                 gboolean        save)
{
  self->progress_names_save = save;
  _tradeoff_window_update_progress (self);
}

void
_tradeoff_window_stop_progress (TradeoffWindow *self)
{
  if (names_save (self))
    _tradeoff_window_stop_saving (self);
  else
    _tradeoff_window_stop_opening (self);
}
