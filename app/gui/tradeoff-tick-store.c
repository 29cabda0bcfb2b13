/* tradeoff-tick-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ticks remembered for each comparison.
 *
 * Each comparison's ticks are one small file in a state folder
 * ($XDG_STATE_HOME/tradeoff/ticks), named by the comparison's key.  A tick
 * rewrites that one file, whatever the number of comparisons ever opened
 * (the settings' old a{sas} dictionary was rewritten whole on every tick,
 * so a tick grew dearer with every comparison ever opened; the README has
 * the figures).  Writes wait a moment after the
 * last tick, so a burst of ticks makes one write, and are atomic
 * (g_file_set_contents: a temporary file, synced, renamed over the old
 * one).  The sync takes a disk's time, so the writing is done
 * by one worker thread, in the order of the ticks, never on the thread
 * that draws; what is still waiting is written when the store goes, at
 * quit, and flush() waits for it.
 *
 * The key.  Remembering ticks by the comparison's id alone let any file
 * that reused an id read and overwrite another comparison's ticks (a file
 * claiming to be "django-vs-flask" replaced the real guide's ticks on its
 * first tick).  The key is a SHA-256 of the id together with everything
 * that says what a tick does: each option's id, each group's id and
 * whether it is exclusive, each criterion's id, group and weights.  A
 * file that reuses the id but differs in any of these has another key: it
 * can neither see nor touch the other's ticks.  A file that copies all of
 * them gives every tick the same consequences, so sharing ticks with it
 * takes nothing over.  No text is hashed: texts are translated as they are
 * loaded, and ticks must survive a change of language (and a fixed typo);
 * leaving them out also keeps a large comparison from hashing megabytes.
 */

#define G_LOG_DOMAIN "tradeoff-tick-store"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tradeoff-tick-store.h"

struct _TradeoffTickStore
{
  GObject     parent_instance;

  char       *directory;    /* or %NULL: nothing is written */
  GHashTable *known;        /* key → char **, what was read or set */
  GHashTable *pending;      /* key → char ** (NULL-terminated), to write */
  GHashTable *names;        /* key → comparison id, for the file's comment */
  guint       write_id;

  /* One thread, so batches are written in the order they were sent. */
  GThreadPool *writer;
  GMutex       lock;
  GCond        idle;
  guint        in_flight;   /* batches sent and not yet written */
};

/* What the worker writes: the pending ticks at one moment. */
typedef struct
{
  TradeoffTickStore *self;
  char              *directory;
  GHashTable        *pending;
  GHashTable        *names;
} Batch;

G_DEFINE_FINAL_TYPE (TradeoffTickStore, tradeoff_tick_store, G_TYPE_OBJECT)

/* A state file is a few ids; anything much larger is not one of ours. */
#define MAX_FILE_SIZE (1024 * 1024)

#define KEY_DATA "tradeoff-tick-store-key"

static void
hash_text (GChecksum  *checksum,
           const char *text)
{
  /* Each text ends with a NUL, which no text holds: "ab" + "c" and "a" +
   * "bc" hash differently. */
  g_checksum_update (checksum, (const guchar *) (text != NULL ? text : ""),
                     text != NULL ? strlen (text) + 1 : 1);
}

static char *
compute_key (TradeoffComparison *comparison)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  guint n_options = tradeoff_comparison_get_n_options (comparison);
  guint n_criteria = tradeoff_comparison_get_n_criteria (comparison);

  hash_text (checksum, "tradeoff-ticks-2");
  hash_text (checksum, tradeoff_comparison_get_id (comparison));

  for (guint i = 0; i < n_options; i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (comparison, i);

      hash_text (checksum, "option");
      hash_text (checksum, tradeoff_option_get_id (option));
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      hash_text (checksum, "group");
      hash_text (checksum, tradeoff_criterion_group_get_id (group));
      hash_text (checksum, tradeoff_criterion_group_get_exclusive (group) ? "exclusive" : "any");
    }

  for (guint i = 0; i < n_criteria; i++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, i);
      TradeoffCriterionGroup *group = tradeoff_criterion_get_group (criterion);
      guint n_weights = 0;
      const int *weights = tradeoff_criterion_get_weights (criterion, &n_weights);

      hash_text (checksum, "criterion");
      hash_text (checksum, tradeoff_criterion_get_id (criterion));
      hash_text (checksum, group != NULL ? tradeoff_criterion_group_get_id (group) : NULL);
      for (guint w = 0; w < n_weights; w++)
        {
          char weight[16];

          g_snprintf (weight, sizeof weight, "%d", weights[w]);
          hash_text (checksum, weight);
        }
    }

  return g_strdup (g_checksum_get_string (checksum));
}

const char *
tradeoff_tick_store_get_key (TradeoffComparison *comparison)
{
  const char *key;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), NULL);

  /* A comparison never changes once loaded, so neither does its key. */
  key = g_object_get_data (G_OBJECT (comparison), KEY_DATA);
  if (key == NULL)
    {
      key = compute_key (comparison);
      g_object_set_data_full (G_OBJECT (comparison), KEY_DATA, (gpointer) key, g_free);
    }

  return key;
}

static char *
file_for_key (TradeoffTickStore *self,
              const char        *key)
{
  return g_build_filename (self->directory, key, NULL);
}

/* On the worker thread: touches nothing of the store's but @directory. */
static void
write_one (const char         *directory,
           const char         *key,
           const char         *name,
           const char * const *ids)
{
  g_autofree char *path = g_build_filename (directory, key, NULL);
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing ticked: no file, so the folder does not grow with every
   * comparison ever opened. */
  if (ids == NULL || ids[0] == NULL)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("Could not forget the ticks in “%s”: %s", path, g_strerror (errno));
      return;
    }

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_warning ("Could not make “%s” to remember ticks in: %s", directory, g_strerror (errno));
      return;
    }

  text = g_string_new (NULL);
  g_string_append_printf (text, "# Tradeoff: the criteria ticked in “%s”, one id a line\n", name);
  for (guint i = 0; ids[i] != NULL; i++)
    g_string_append_printf (text, "%s\n", ids[i]);

  if (!g_file_set_contents_full (path, text->str, text->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &error))
    g_warning ("Could not remember the ticks: %s", error->message);
}

static void
write_batch (gpointer data,
             gpointer user_data)
{
  Batch *batch = data;
  TradeoffTickStore *self = batch->self;
  GHashTableIter iter;
  gpointer key, ids;

  g_hash_table_iter_init (&iter, batch->pending);
  while (g_hash_table_iter_next (&iter, &key, &ids))
    write_one (batch->directory, key, g_hash_table_lookup (batch->names, key), ids);

  g_hash_table_unref (batch->pending);
  g_hash_table_unref (batch->names);
  g_free (batch->directory);
  g_free (batch);

  g_mutex_lock (&self->lock);
  self->in_flight--;
  g_cond_broadcast (&self->idle);
  g_mutex_unlock (&self->lock);
}

static GHashTable *
new_strv_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

/* Hands what is pending to the worker; the main thread goes on at once. */
static void
send_pending (TradeoffTickStore *self)
{
  Batch *batch;

  g_clear_handle_id (&self->write_id, g_source_remove);
  if (g_hash_table_size (self->pending) == 0)
    return;

  batch = g_new0 (Batch, 1);
  batch->self = self;
  batch->directory = g_strdup (self->directory);
  batch->pending = g_steal_pointer (&self->pending);
  batch->names = g_steal_pointer (&self->names);
  self->pending = new_strv_table ();
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_mutex_lock (&self->lock);
  self->in_flight++;
  g_mutex_unlock (&self->lock);
  g_thread_pool_push (self->writer, batch, NULL);
}

void
tradeoff_tick_store_flush (TradeoffTickStore *self)
{
  g_return_if_fail (TRADEOFF_IS_TICK_STORE (self));

  send_pending (self);

  g_mutex_lock (&self->lock);
  while (self->in_flight > 0)
    g_cond_wait (&self->idle, &self->lock);
  g_mutex_unlock (&self->lock);
}

static gboolean
write_pending (gpointer data)
{
  TradeoffTickStore *self = data;

  self->write_id = 0;
  send_pending (self);

  return G_SOURCE_REMOVE;
}

static char **
read_file (TradeoffTickStore *self,
           const char        *key)
{
  g_autofree char *path = file_for_key (self, key);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("Ignoring the remembered ticks in “%s”: %s", path, error->message);
      return g_new0 (char *, 1);
    }

  /* A damaged file loses its ticks, never more: anything that is not a
   * short line of text is left out, and unknown ids later. */
  if (length > MAX_FILE_SIZE || !g_utf8_validate (contents, length, NULL))
    {
      g_warning ("Ignoring the remembered ticks in “%s”: not a ticks file", path);
      return g_new0 (char *, 1);
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_strv_builder_add (builder, g_strstrip (lines[i]));

  return g_strv_builder_end (builder);
}

char **
tradeoff_tick_store_dup_ticked (TradeoffTickStore  *self,
                                TradeoffComparison *comparison)
{
  const char *key;
  char **ids;

  g_return_val_if_fail (TRADEOFF_IS_TICK_STORE (self), NULL);
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), NULL);

  key = tradeoff_tick_store_get_key (comparison);
  ids = g_hash_table_lookup (self->known, key);
  if (ids == NULL)
    {
      ids = self->directory != NULL ? read_file (self, key) : g_new0 (char *, 1);
      g_hash_table_insert (self->known, g_strdup (key), ids);
    }

  return g_strdupv (ids);
}

void
tradeoff_tick_store_set_ticked (TradeoffTickStore  *self,
                                TradeoffComparison *comparison,
                                const char * const *criterion_ids)
{
  const char *key;
  char **known;
  const char * const none[] = { NULL };

  g_return_if_fail (TRADEOFF_IS_TICK_STORE (self));
  g_return_if_fail (TRADEOFF_IS_COMPARISON (comparison));

  if (criterion_ids == NULL)
    criterion_ids = none;

  key = tradeoff_tick_store_get_key (comparison);
  known = g_hash_table_lookup (self->known, key);
  if (known != NULL && g_strv_equal ((const char * const *) known, criterion_ids))
    return;

  g_hash_table_insert (self->known, g_strdup (key), g_strdupv ((char **) criterion_ids));
  if (self->directory == NULL)
    return;

  g_hash_table_insert (self->names, g_strdup (key), g_strdup (tradeoff_comparison_get_id (comparison)));
  g_hash_table_insert (self->pending, g_strdup (key), g_strdupv ((char **) criterion_ids));
  if (self->write_id == 0)
    self->write_id = g_timeout_add (TRADEOFF_TICK_STORE_WRITE_DELAY_MS, write_pending, self);
}

guint
tradeoff_tick_store_restore (TradeoffTickStore *self,
                             TradeoffAdvisor   *advisor)
{
  TradeoffComparison *comparison;
  g_auto(GStrv) saved = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) chosen_groups = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  guint dropped = 0;

  g_return_val_if_fail (TRADEOFF_IS_TICK_STORE (self), 0);
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), 0);

  comparison = tradeoff_advisor_get_comparison (advisor);
  saved = tradeoff_tick_store_dup_ticked (self, comparison);
  for (guint i = 0; saved[i] != NULL; i++)
    {
      /* "id", or "id:LEVEL" for a tick that matters a lot or is a must. */
      g_autofree char *id = g_strndup (saved[i], strcspn (saved[i], ":"));
      TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (comparison, id);
      TradeoffCriterionGroup *group = criterion != NULL ? tradeoff_criterion_get_group (criterion) : NULL;

      /* An id the comparison does not have, one already kept, or a second
       * choice of an exclusive group: that one id goes, the rest stays. */
      if (criterion == NULL ||
          !g_hash_table_add (chosen, criterion) ||
          (group != NULL && tradeoff_criterion_group_get_exclusive (group) &&
           !g_hash_table_add (chosen_groups, group)))
        {
          g_debug ("Not restoring the remembered tick “%s”", saved[i]);
          dropped++;
          continue;
        }
      g_ptr_array_add (kept, saved[i]);
    }
  g_ptr_array_add (kept, NULL);

  if (!tradeoff_advisor_select_ids (advisor, (const char * const *) kept->pdata, &error))
    g_warning ("Could not restore the remembered ticks: %s", error->message);

  return dropped;
}

static void
tradeoff_tick_store_dispose (GObject *object)
{
  TradeoffTickStore *self = TRADEOFF_TICK_STORE (object);

  /* Quitting writes what a tick a moment ago left waiting. */
  if (self->writer != NULL)
    {
      tradeoff_tick_store_flush (self);
      g_thread_pool_free (g_steal_pointer (&self->writer), FALSE, TRUE);
    }

  G_OBJECT_CLASS (tradeoff_tick_store_parent_class)->dispose (object);
}

static void
tradeoff_tick_store_finalize (GObject *object)
{
  TradeoffTickStore *self = TRADEOFF_TICK_STORE (object);

  g_free (self->directory);
  g_hash_table_unref (self->known);
  g_hash_table_unref (self->pending);
  g_hash_table_unref (self->names);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->idle);

  G_OBJECT_CLASS (tradeoff_tick_store_parent_class)->finalize (object);
}

static void
tradeoff_tick_store_class_init (TradeoffTickStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_tick_store_dispose;
  object_class->finalize = tradeoff_tick_store_finalize;
}

static void
tradeoff_tick_store_init (TradeoffTickStore *self)
{
  self->known = new_strv_table ();
  self->pending = new_strv_table ();
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_mutex_init (&self->lock);
  g_cond_init (&self->idle);
  self->writer = g_thread_pool_new (write_batch, NULL, 1, FALSE, NULL);
}

TradeoffTickStore *
tradeoff_tick_store_new (const char *directory)
{
  TradeoffTickStore *self = g_object_new (TRADEOFF_TYPE_TICK_STORE, NULL);

  self->directory = g_strdup (directory);

  return self;
}

char *
tradeoff_tick_store_dup_default_directory (void)
{
  return g_build_filename (g_get_user_state_dir (), PACKAGE_NAME, "ticks", NULL);
}

const char *
tradeoff_tick_store_get_directory (TradeoffTickStore *self)
{
  g_return_val_if_fail (TRADEOFF_IS_TICK_STORE (self), NULL);

  return self->directory;
}
