/* bench-ticks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What one tick costs to remember, with many comparisons remembered
 * (issue 12): the tick store (a file per comparison, written atomically)
 * against the previous design, a GSettings a{sas} dictionary of every
 * comparison ever opened that each tick rewrote whole (the code removed
 * from tradeoff-settings.c, run here on GSettings' key-file backend, which
 * like dconf writes the whole value out).
 *
 *   bench-ticks [--entries N] [--old-entries N] [--old-backend keyfile|memory] [--dir DIR]
 *
 * Creates N remembered comparisons (default 1,000,000) for each design in
 * DIR (default: a new folder under /tmp), measures, and removes them.  The
 * store's other files are made empty: what they hold never matters to a
 * tick, only how many there are in the folder.  Making a million files on
 * a slow disk takes a quarter of an hour; on tmpfs (--dir /dev/shm/…) a
 * minute, and about 1 GB of memory while they exist.
 */

/* open(2) and O_CLOEXEC are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <fcntl.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "bench-util.h"
#include "tradeoff-loader.h"
#include "tradeoff-tick-store.h"

#define OLD_SCHEMA \
  "<schemalist><schema id=\"org.tradeoff.BenchOld\" path=\"/org/tradeoff/BenchOld/\">" \
  "<key name=\"ticked-criteria\" type=\"a{sas}\"><default>{}</default></key>" \
  "</schema></schemalist>\n"

static const char * const tick_a[] = { "team-knows-django", "greenfield", NULL };
static const char * const tick_b[] = { "team-knows-django", NULL };

/* The previous design's tick, as tradeoff-settings.c had it. */
static GVariant *
old_replace_entry (GVariant           *all,
                   const char         *comparison_id,
                   const char * const *criterion_ids)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sas}"));
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_iter_init (&iter, all);
  while (g_variant_iter_next (&iter, "{&s@as}", &key, &value))
    {
      if (g_strcmp0 (key, comparison_id) != 0)
        g_variant_builder_add (&builder, "{s@as}", key, value);
      g_variant_unref (value);
    }

  if (criterion_ids != NULL && criterion_ids[0] != NULL)
    g_variant_builder_add (&builder, "{s^as}", comparison_id, criterion_ids);

  return g_variant_builder_end (&builder);
}

static void
old_tick (GSettings          *settings,
          const char * const *ids)
{
  g_autoptr(GVariant) all = g_settings_get_value (settings, "ticked-criteria");
  g_autoptr(GVariant) updated = g_variant_ref_sink (old_replace_entry (all, "django-vs-flask", ids));

  if (!g_variant_equal (all, updated))
    g_settings_set_value (settings, "ticked-criteria", updated);
  g_settings_sync ();
}

static GSettings *
old_settings (const char *dir,
              guint       n_entries,
              gboolean    in_memory)
{
  g_autofree char *schema_dir = g_build_filename (dir, "schema", NULL);
  g_autofree char *schema_file = g_build_filename (schema_dir, "bench-old.gschema.xml", NULL);
  g_autofree char *keyfile = g_build_filename (dir, "settings.ini", NULL);
  const char *compile[] = { "glib-compile-schemas", schema_dir, NULL };
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sas}"));
  g_autoptr(GError) error = NULL;
  GSettings *settings;
  int status = 0;

  g_mkdir_with_parents (schema_dir, 0700);
  g_assert_true (g_file_set_contents (schema_file, OLD_SCHEMA, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) compile, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  source = g_settings_schema_source_new_from_directory (schema_dir, NULL, FALSE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, "org.tradeoff.BenchOld", FALSE);
  backend = in_memory ? g_memory_settings_backend_new ()
                      : g_keyfile_settings_backend_new (keyfile, "/", NULL);
  settings = g_settings_new_full (schema, backend, NULL);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char *id = g_strdup_printf ("comparison-%07u", i);
      const char * const ids[] = { "team-knows-django", "greenfield", NULL };

      g_variant_builder_add (&builder, "{s^as}", id, ids);
    }
  g_settings_set_value (settings, "ticked-criteria", g_variant_builder_end (&builder));
  g_settings_sync ();

  return settings;
}

/* N files named like the store's keys. */
static void
fill_store (const char *dir,
            guint       n_entries)
{
  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; i < n_entries; i++)
    {
      char path[4096];
      int fd;

      g_snprintf (path, sizeof path, "%s/%064x", dir, i);
      fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      g_assert_cmpint (fd, >=, 0);
      close (fd);
    }
}

static void
empty_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        empty_dir (child);
      g_remove (child);
    }
}

/* The median cost of @runs ticks, alternating between two sets of ids:
 * in @tick_ns what the tick costs the thread that draws, in @write_ns
 * until its state is on disk (the worker's write, fsync and rename). */
static void
time_store_ticks (TradeoffTickStore  *store,
                  TradeoffComparison *comparison,
                  guint               runs,
                  double             *tick_ns,
                  double             *write_ns)
{
  g_autofree double *ticks = g_new (double, runs);
  g_autofree double *writes = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = bench_now_ns ();

      tradeoff_tick_store_set_ticked (store, comparison, i % 2 ? tick_a : tick_b);
      ticks[i] = bench_now_ns () - start;
      tradeoff_tick_store_flush (store);
      writes[i] = bench_now_ns () - start;
    }

  *tick_ns = bench_median (ticks, runs);
  *write_ns = bench_median (writes, runs);
}

int
main (int   argc,
      char *argv[])
{
  int n_entries = 1000000;
  int n_old_entries = -1;
  g_autofree char *base = NULL;
  g_autofree char *old_backend = NULL;
  const GOptionEntry entries[] = {
    { "old-backend", 0, 0, G_OPTION_ARG_STRING, &old_backend,
      "GSettings backend for the previous design: keyfile (default) or memory", "NAME" },
    { "entries", 0, 0, G_OPTION_ARG_INT, &n_entries, "Remembered comparisons", "N" },
    { "old-entries", 0, 0, G_OPTION_ARG_INT, &n_old_entries, "For the previous design (default: N)", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &base, "Where to make them", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autofree char *store_dir = NULL;
  g_autofree char *empty_store_dir = NULL;
  double empty_ns, full_ns, old_ns, empty_tick_ns, full_tick_ns;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (n_old_entries < 0)
    n_old_entries = n_entries;
  if (base == NULL)
    base = g_dir_make_tmp ("bench-ticks-XXXXXX", NULL);

  comparison = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);
  store_dir = g_build_filename (base, "ticks", NULL);
  empty_store_dir = g_build_filename (base, "ticks-empty", NULL);

  bench_print_heading ("Remembering a tick, %d comparisons remembered", n_entries);

  {
    g_autoptr(TradeoffTickStore) store = tradeoff_tick_store_new (empty_store_dir);

    time_store_ticks (store, comparison, 21, &empty_tick_ns, &empty_ns);
  }
  {
    g_autoptr(TradeoffTickStore) store = NULL;
    gint64 start = bench_now_ns ();

    fill_store (store_dir, n_entries);
    g_print ("  (made %d state files in %.1f s)\n", n_entries, (bench_now_ns () - start) / 1e9);
    store = tradeoff_tick_store_new (store_dir);
    time_store_ticks (store, comparison, 21, &full_tick_ns, &full_ns);
  }
  empty_dir (store_dir);
  g_rmdir (store_dir);

  bench_print_row ("Tick store, 1 remembered: on the drawing thread", empty_tick_ns / 1e3, "us", 0);
  bench_print_row ("Tick store, all remembered: on the drawing thread", full_tick_ns / 1e3, "us",
                   full_tick_ns / empty_tick_ns);
  bench_print_row ("Tick store, 1 remembered: until written (write, fsync, rename)", empty_ns / 1e6, "ms", 0);
  bench_print_row ("Tick store, all remembered: until written", full_ns / 1e6, "ms", full_ns / empty_ns);

  {
    g_autoptr(GSettings) settings = NULL;
    double times[3];
    gint64 start = bench_now_ns ();

    settings = old_settings (base, n_old_entries, g_strcmp0 (old_backend, "memory") == 0);
    g_print ("  (previous design: %d entries set up in %.1f s)\n", n_old_entries,
             (bench_now_ns () - start) / 1e9);
    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        start = bench_now_ns ();
        old_tick (settings, i % 2 ? tick_a : tick_b);
        times[i] = bench_now_ns () - start;
      }
    old_ns = bench_median (times, G_N_ELEMENTS (times));
  }
  empty_dir (base);
  g_rmdir (base);

  {
    g_autofree char *name = g_strdup_printf ("Previous design (a{sas} in GSettings, %s backend), "
                                             "%d remembered",
                                             g_strcmp0 (old_backend, "memory") == 0 ? "memory" : "key-file",
                                             n_old_entries);

    bench_print_row (name, old_ns / 1e6, "ms", old_ns / full_ns);
  }
  bench_print_budget ("a tick costs the same whatever the number remembered (within 3x)",
                      full_ns < 3 * empty_ns);

  return 0;
}
