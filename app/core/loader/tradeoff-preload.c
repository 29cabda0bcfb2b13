/* tradeoff-preload.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why: `tradeoff big.xml` spent its start-up first starting GTK and
 * building the window, then loading the file, one after the other on one
 * core of two (README, "Performance").  main() starts the load here before GTK starts, and the
 * window takes the result when it is ready for it; the loader uses no
 * GTK and shares nothing with the main thread until then.
 */

#define G_LOG_DOMAIN "tradeoff-preload"

#include "config.h"

#include <libxml/parser.h>

#include "tradeoff-loader.h"
#include "tradeoff-preload.h"

struct _TradeoffPreload
{
  GFile              *file;
  GThread            *thread;

  /* Written by the thread, read once it is joined. */
  TradeoffComparison *comparison;
  GError             *error;
};

static gpointer
load (gpointer user_data)
{
  TradeoffPreload *self = user_data;

  self->comparison = tradeoff_loader_load_file (self->file, NULL, &self->error);

  return NULL;
}

/**
 * tradeoff_preload_start:
 * @file: the comparison file to read
 *
 * Returns: (transfer full): the load under way
 */
TradeoffPreload *
tradeoff_preload_start (GFile *file)
{
  TradeoffPreload *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* libxml2 2.9 wants to be set up by the main thread before any other
   * thread uses it. */
  xmlInitParser ();

  self = g_new0 (TradeoffPreload, 1);
  self->file = g_object_ref (file);
  self->thread = g_thread_new ("tradeoff-preload", load, self);

  return self;
}

gboolean
tradeoff_preload_is_for (TradeoffPreload *self,
                         GFile           *file)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return self->thread != NULL && g_file_equal (self->file, file);
}

static void
join (TradeoffPreload *self)
{
  if (self->thread != NULL)
    g_thread_join (g_steal_pointer (&self->thread));
}

/**
 * tradeoff_preload_finish:
 *
 * Waits for the load to end, if it has not.  Call it once.
 *
 * Returns: (transfer full) (nullable): what tradeoff_loader_load_file()
 *   returned for the file, with its error
 */
TradeoffComparison *
tradeoff_preload_finish (TradeoffPreload  *self,
                         GError          **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->thread != NULL, NULL);

  join (self);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return NULL;
    }

  return g_steal_pointer (&self->comparison);
}

/* A load nobody took (another Tradeoff already running opened the file)
 * is waited for, so that nothing outlives what it uses. */
void
tradeoff_preload_free (TradeoffPreload *self)
{
  if (self == NULL)
    return;

  join (self);
  g_clear_object (&self->comparison);
  g_clear_error (&self->error);
  g_clear_object (&self->file);
  g_free (self);
}
