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
#include "tradeoff-loader-private.h"
#include "tradeoff-preload.h"

struct _TradeoffPreload
{
  GFile              *file;
  GThread            *thread;
  /* tradeoff_preload_finish() was called. */
  gboolean            taken;

  /* Written by the thread under the lock, once, when the comparison is
   * built or the load has failed; read once ready. */
  GMutex              lock;
  GCond               cond;
  gboolean            ready;
  TradeoffComparison *comparison;
  GError             *error;
};

/* For test-preload: called on the thread once the comparison is handed
 * over, before the file's tree is freed. */
static void (*after_hand_over) (void);

static void
hand_over (TradeoffPreload    *self,
           TradeoffComparison *comparison,
           GError             *error)
{
  g_mutex_lock (&self->lock);
  self->comparison = comparison;
  self->error = error;
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
}

/* The window waits for the comparison, not for the file's tree to be
 * freed: that took the loader 33 M instructions of the large comparison's
 * start-up (xmlFreeDoc), which the thread now spends while the window
 * shows the comparison. */
static gboolean
hand_over_built (TradeoffLoadContext *ctx,
                 xmlDoc              *doc,
                 TradeoffComparison  *comparison,
                 gpointer             user_data)
{
  /* As _tradeoff_loader_load() would go on to say. */
  if (_tradeoff_load_context_failed (ctx))
    return FALSE;

  hand_over (user_data, g_object_ref (comparison), NULL);
  if (after_hand_over != NULL)
    after_hand_over ();
  return TRUE;
}

/* As tradeoff_loader_load_file() does, handing the comparison over as
 * soon as it is built. */
static gpointer
load (gpointer user_data)
{
  TradeoffPreload *self = user_data;
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  GError *error = NULL;

  bytes = _tradeoff_loader_read_file (self->file, &display_name, NULL, &error);
  if (bytes != NULL)
    comparison = _tradeoff_loader_load (bytes, display_name, TRUE, hand_over_built, self,
                                        NULL, &error);

  /* Not handed over yet: it failed. */
  if (comparison == NULL)
    hand_over (self, NULL, error);

  return NULL;
}

void
_tradeoff_preload_set_after_hand_over (void (*callback) (void))
{
  after_hand_over = callback;
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
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
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

  return !self->taken && g_file_equal (self->file, file);
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
 * Waits for the comparison to be built, or the load to fail, if it has
 * not.  Call it once.
 *
 * Returns: (transfer full) (nullable): what tradeoff_loader_load_file()
 *   returned for the file, with its error
 */
TradeoffComparison *
tradeoff_preload_finish (TradeoffPreload  *self,
                         GError          **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (!self->taken, NULL);

  g_mutex_lock (&self->lock);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->lock);
  g_mutex_unlock (&self->lock);

  /* Taken: the thread is left to tidy up, and joined when freed. */
  self->taken = TRUE;
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return NULL;
    }

  return g_steal_pointer (&self->comparison);
}

/* The thread is waited for, so that nothing outlives what it uses: a load
 * nobody took (another Tradeoff already running opened the file), or the
 * tidying up after the comparison was taken. */
void
tradeoff_preload_free (TradeoffPreload *self)
{
  if (self == NULL)
    return;

  join (self);
  g_clear_object (&self->comparison);
  g_clear_error (&self->error);
  g_clear_object (&self->file);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self);
}
