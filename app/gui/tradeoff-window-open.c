/* tradeoff-window-open.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a file from the window (Ctrl+O, a drop, `tradeoff FILE` sent to
 * a Tradeoff already running) without freezing it: the loader runs on a
 * thread and the window shows the result when it comes.  Meanwhile the
 * comparison shown stays and answers ticks; after a moment the progress
 * bar (tradeoff-window-progress.c) says which file is being opened, with a
 * button (and Escape) to stop.  A newer open replaces one still under way,
 * whose result is then dropped.
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-loader.h"
#include "tradeoff-window-private.h"

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  TradeoffDecision *decision;

  /* A decision file's decision too; a comparison as a fresh decision. */
  decision = tradeoff_decision_load_file (file, cancellable, &error);
  if (decision == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, decision, g_object_unref);
}

/* Called on the main thread, once per load, whatever became of it. */
static void
load_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (source_object);
  g_autoptr(TradeoffDecision) decision = NULL;
  g_autoptr(GError) error = NULL;

  /* A load that was stopped or replaced says so here, even if it had
   * finished: whoever stopped it has already put the window right. */
  decision = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->opening);
  g_clear_pointer (&self->opening_message, g_free);
  _tradeoff_window_update_progress (self);
  _tradeoff_window_notify_opening (self);

  if (tradeoff_window_show_loaded_decision (self, decision, error))
    {
      tradeoff_window_set_file (self, g_task_get_task_data (G_TASK (result)));
    }
  else if (self->comparison == NULL)
    {
      /* A new window had nothing to show yet: it shows the shipped
       * comparison under the error, as one opened at start-up does. */
      tradeoff_window_load_shipped (self);
    }
}

/**
 * tradeoff_window_begin_open:
 * @file: the comparison file to show
 *
 * Starts loading @file on a thread; the window shows it once it is
 * loaded, or why it could not be, keeping the comparison shown before.
 * A file still being opened is given up for this one.
 */
void
tradeoff_window_begin_open (TradeoffWindow *self,
                            GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  gboolean was_opening;

  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  was_opening = self->opening != NULL;
  if (was_opening)
    {
      g_cancellable_cancel (self->opening);
      g_clear_object (&self->opening);
    }

  self->opening = g_cancellable_new ();
  task = g_task_new (self, self->opening, load_done, NULL);
  g_task_set_source_tag (task, tradeoff_window_begin_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);

  name = g_file_get_parse_name (file);
  g_free (self->opening_message);
  /* Translators: shown while a file is being opened; %s is its name. */
  self->opening_message = g_strdup_printf (_("Opening “%s”…"), name);
  _tradeoff_window_begin_progress (self, FALSE);

  if (!was_opening)
    _tradeoff_window_notify_opening (self);
}

void
_tradeoff_window_stop_opening (TradeoffWindow *self)
{
  if (self->opening == NULL)
    return;

  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  g_clear_pointer (&self->opening_message, g_free);
  _tradeoff_window_update_progress (self);
  _tradeoff_window_notify_opening (self);
}

/**
 * tradeoff_window_get_opening:
 *
 * Returns: whether a file is being opened
 */
gboolean
tradeoff_window_get_opening (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);

  return self->opening != NULL;
}
