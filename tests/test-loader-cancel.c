/* test-loader-cancel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A load given up stops where it is: the window opens files on a thread
 * and cancels the load when the person presses Escape or opens another
 * file, and that thread should not go on reading, parsing and building a
 * 16 MiB file nobody will see.  Cancelled at any moment, the loader
 * returns G_IO_ERROR_CANCELLED (not a comparison, nor an error about the
 * file).  How soon after is printed, not asserted: the test's timeout
 * catches a load that never stops.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hostile-fixtures.h"
#include "tradeoff-decision.h"
#include "tradeoff-loader.h"
#include "tradeoff-loader-private.h"

typedef struct
{
  GFile        *file;
  GCancellable *cancellable;
  gboolean      decision;
  /* Set by the thread. */
  gint          started;
  gint64        ended_at;
  GError       *error;
  gboolean      loaded;
} Load;

static gpointer
load_in_thread (gpointer data)
{
  Load *load = data;

  g_atomic_int_set (&load->started, 1);
  if (load->decision)
    {
      g_autoptr(TradeoffDecision) decision =
        tradeoff_decision_load_file (load->file, load->cancellable, &load->error);

      load->loaded = decision != NULL;
    }
  else
    {
      g_autoptr(TradeoffComparison) comparison =
        tradeoff_loader_load_file (load->file, load->cancellable, &load->error);

      load->loaded = comparison != NULL;
    }
  load->ended_at = g_get_monotonic_time ();

  return NULL;
}

/* The densest valid file there is, 150,000 elements in 4.2 MiB: the
 * longest load of a file that loads. */
static GFile *
write_dense_file (char **dir)
{
  g_autoptr(GError) error = NULL;
  int line = 0;
  int column = 0;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases) && bytes == NULL; i++)
    if (g_str_equal (hostile_cases[i].name, "dense-valid-criteria"))
      bytes = hostile_cases[i].generate (&line, &column);
  g_assert_nonnull (bytes);

  *dir = g_dir_make_tmp ("test-loader-cancel-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "dense.xml", NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
remove_dense_file (GFile *file,
                   char  *dir)
{
  g_autofree char *path = g_file_get_path (file);

  g_remove (path);
  g_rmdir (dir);
  g_free (dir);
}

/* Loads @file on a thread and cancels it @delay µs after the thread
 * starts (0: before); returns how long after the cancel the load ended. */
static gint64
load_and_cancel (GFile    *file,
                 gboolean  decision,
                 gint64    delay,
                 GError  **error,
                 gboolean *loaded)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Load load = { file, cancellable, decision, 0, 0, NULL, FALSE };
  GThread *thread;
  gint64 cancelled_at;

  if (delay == 0)
    g_cancellable_cancel (cancellable);
  thread = g_thread_new ("load", load_in_thread, &load);
  while (!g_atomic_int_get (&load.started))
    g_thread_yield ();
  if (delay > 0)
    {
      g_usleep (delay);
      g_cancellable_cancel (cancellable);
    }
  cancelled_at = g_get_monotonic_time ();
  g_thread_join (thread);

  if (load.error != NULL)
    g_propagate_error (error, load.error);
  *loaded = load.loaded;
  return load.ended_at - cancelled_at;
}

static void
test_cancelled_before (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_dense_file (&dir);

  for (int decision = 0; decision <= 1; decision++)
    {
      g_autoptr(GError) error = NULL;
      gboolean loaded = TRUE;

      load_and_cancel (file, decision, 0, &error, &loaded);
      g_assert_false (loaded);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }

  remove_dense_file (g_steal_pointer (&file), g_steal_pointer (&dir));
}

/* Cancelled while it reads, scans, parses or builds, a load returns
 * "cancelled".  A whole load is timed first (the quicker of two), so
 * that each cancel falls well inside one; on a machine whose load
 * changes meanwhile a load may still end before its cancel, and is then
 * tried again with half the delay, never counted as a pass. */
static void
test_cancelled_while_loading (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_dense_file (&dir);
  const double fractions[] = { 0.02, 0.1, 0.25, 0.5 };
  gint64 full = G_MAXINT64;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TradeoffComparison) whole = NULL;
      gint64 start = g_get_monotonic_time ();

      whole = tradeoff_loader_load_file (file, NULL, &error);
      g_assert_no_error (error);
      full = MIN (full, g_get_monotonic_time () - start);
    }
  g_test_message ("a whole load: %" G_GINT64_FORMAT " ms", full / 1000);

  for (int decision = 0; decision <= 1; decision++)
    for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
      {
        g_autoptr(GError) cancel_error = NULL;
        gboolean loaded = TRUE;
        gint64 delay = MAX ((gint64)(full * fractions[i]), 1);
        gint64 after = 0;

        for (guint attempt = 0; attempt < 6; attempt++)
          {
            g_clear_error (&cancel_error);
            after = load_and_cancel (file, decision, delay, &cancel_error, &loaded);
            if (!loaded)
              break;
            g_test_message ("loaded before the cancel at %" G_GINT64_FORMAT " ms: again sooner",
                            delay / 1000);
            delay = MAX (delay / 2, 1);
          }

        g_test_message ("%s cancelled after %" G_GINT64_FORMAT " ms: ended %" G_GINT64_FORMAT
                        " ms later", decision ? "decision" : "comparison", delay / 1000,
                        after / 1000);
        g_assert_false (loaded);
        g_assert_error (cancel_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      }

  remove_dense_file (g_steal_pointer (&file), g_steal_pointer (&dir));
}

/* What the validation hook saw: cancelled once @cancel_at elements were
 * validated; the last count it was told. */
typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;
  gboolean      started;
  guint         last;
} Validation;

static void
on_validation (guint    n_validated,
               gpointer user_data)
{
  Validation *validation = user_data;

  if (n_validated == 0)
    validation->started = TRUE;
  validation->last = n_validated;
  if (n_validated >= validation->cancel_at)
    g_cancellable_cancel (validation->cancellable);
}

/* Cancelled while libxml2 validates the tree (said by the loader's
 * private hook, not guessed from a clock), the load stops within a few
 * hundred elements, long before the 150,000 of the file, and returns
 * "cancelled", as it does anywhere else. */
static void
test_cancelled_while_validating (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_dense_file (&dir);
  const guint cancel_at[] = { 0, 1000, 60000 };

  for (int decision = 0; decision <= 1; decision++)
    for (guint i = 0; i < G_N_ELEMENTS (cancel_at); i++)
      {
        g_autoptr(GCancellable) cancellable = g_cancellable_new ();
        Validation validation = { cancellable, cancel_at[i], FALSE, 0 };
        g_autoptr(GError) error = NULL;
        g_autoptr(TradeoffComparison) comparison = NULL;
        g_autoptr(TradeoffDecision) loaded = NULL;

        _tradeoff_loader_set_validate_hook (on_validation, &validation);
        if (decision)
          loaded = tradeoff_decision_load_file (file, cancellable, &error);
        else
          comparison = tradeoff_loader_load_file (file, cancellable, &error);
        _tradeoff_loader_set_validate_hook (NULL, NULL);

        g_test_message ("%s cancelled at %u elements validated: stopped at %u",
                        decision ? "decision" : "comparison", cancel_at[i], validation.last);
        g_assert_true (validation.started);
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
        g_assert_null (comparison);
        g_assert_null (loaded);
        g_assert_cmpuint (validation.last, >=, cancel_at[i]);
        g_assert_cmpuint (validation.last, <=, cancel_at[i] + 512);
      }

  remove_dense_file (g_steal_pointer (&file), g_steal_pointer (&dir));
}

/* Not cancelled, the hook sees validation go through every element. */
static void
test_validation_counts_elements (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_dense_file (&dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Validation validation = { cancellable, G_MAXUINT, FALSE, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  _tradeoff_loader_set_validate_hook (on_validation, &validation);
  comparison = tradeoff_loader_load_file (file, cancellable, &error);
  _tradeoff_loader_set_validate_hook (NULL, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  g_assert_true (validation.started);
  /* The cancellable is looked at every few hundred of 150,000 elements. */
  g_assert_cmpuint (validation.last, >, 140000);

  remove_dense_file (g_steal_pointer (&file), g_steal_pointer (&dir));
}

/* Loading bytes takes no cancellable, and a load that is not cancelled
 * is not disturbed by one. */
static void
test_not_cancelled_loads (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_dense_file (&dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_file (file, cancellable, &error);

  g_assert_no_error (error);
  g_assert_nonnull (decision);

  remove_dense_file (g_steal_pointer (&file), g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/loader-cancel/cancelled-before", test_cancelled_before);
  g_test_add_func ("/tradeoff/loader-cancel/cancelled-while-loading", test_cancelled_while_loading);
  g_test_add_func ("/tradeoff/loader-cancel/cancelled-while-validating",
                   test_cancelled_while_validating);
  g_test_add_func ("/tradeoff/loader-cancel/validation-counts-elements",
                   test_validation_counts_elements);
  g_test_add_func ("/tradeoff/loader-cancel/not-cancelled-loads", test_not_cancelled_loads);

  return g_test_run ();
}
