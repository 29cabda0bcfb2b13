/* bench-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long saving a comparison takes against loading it (issue 16): the
 * writer into memory against the loader from memory, and a whole save (an
 * atomic write to a file on disk) against a whole load (reading the file),
 * run alternately so drift hits both alike.
 *
 *   bench-save FILE…
 *
 * Budget (issue 16): saving the large generated comparison (the largest
 * FILE) takes no longer than loading it, into memory and to disk.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include <glib/gstdio.h>

#include "bench-util.h"
#include "tradeoff-loader.h"
#include "tradeoff-writer.h"

typedef struct
{
  GBytes             *bytes;
  GFile              *file;
  GFile              *out;
  TradeoffComparison *comparison;
} Subject;

static void
load_bytes (gpointer data)
{
  Subject *subject = data;
  g_autoptr(TradeoffComparison) comparison =
    tradeoff_loader_load_bytes (subject->bytes, "bench", NULL);

  g_assert_nonnull (comparison);
}

static void
write_bytes (gpointer data)
{
  Subject *subject = data;
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (subject->comparison);

  g_assert_nonnull (bytes);
}

static void
load_file (gpointer data)
{
  Subject *subject = data;
  g_autoptr(TradeoffComparison) comparison =
    tradeoff_loader_load_file (subject->file, NULL, NULL);

  g_assert_nonnull (comparison);
}

static void
save_file (gpointer data)
{
  Subject *subject = data;
  g_autoptr(GError) error = NULL;

  if (!tradeoff_writer_save (subject->comparison, subject->out, NULL, &error))
    g_error ("bench-save: %s", error->message);
}

/* %TRUE if saving took no longer than loading, both ways.  @size is set to
 * the file's size. */
static gboolean
bench_file (const char *path,
            const char *tmpdir,
            gsize      *size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out_path = g_build_filename (tmpdir, "saved.xml", NULL);
  Subject subject = { 0 };
  double load_ns;
  double write_ns;
  double read_ns;
  double save_ns;
  guint runs;

  subject.file = g_file_new_for_path (path);
  subject.out = g_file_new_for_path (out_path);
  subject.bytes = g_file_load_bytes (subject.file, NULL, NULL, &error);
  g_assert_no_error (error);
  subject.comparison = tradeoff_loader_load_bytes (subject.bytes, path, &error);
  g_assert_no_error (error);

  *size = g_bytes_get_size (subject.bytes);
  bench_print_heading ("save: %s (%.1f MB)", path, g_bytes_get_size (subject.bytes) / 1e6);

  runs = bench_compare (load_bytes, &subject, &load_ns, write_bytes, &subject, &write_ns,
                        5, 51, 4.0);
  bench_print_row ("load from memory (tradeoff_loader_load_bytes)", load_ns / 1e6, "ms", 0.0);
  bench_print_row ("write to memory (tradeoff_writer_to_bytes)", write_ns / 1e6, "ms",
                   write_ns / load_ns);

  runs = bench_compare (load_file, &subject, &read_ns, save_file, &subject, &save_ns,
                        5, 51, 4.0);
  bench_print_row ("load the file (tradeoff_loader_load_file)", read_ns / 1e6, "ms", 0.0);
  bench_print_row ("save atomically (tradeoff_writer_save)", save_ns / 1e6, "ms",
                   save_ns / read_ns);
  g_print ("  (median of %u runs each; ratios are to the load above them)\n", runs);

  g_unlink (out_path);
  g_clear_object (&subject.comparison);
  g_clear_object (&subject.out);
  g_clear_object (&subject.file);
  g_clear_pointer (&subject.bytes, g_bytes_unref);

  return write_ns <= load_ns && save_ns <= read_ns;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  gboolean met = FALSE;
  gsize largest = 0;

  if (argc < 2)
    {
      g_printerr ("bench-save: give the comparison files to time\n");
      return 2;
    }

  tmpdir = g_dir_make_tmp ("bench-save-XXXXXX", &error);
  g_assert_no_error (error);

  g_print ("Saving against loading (median of several runs, run alternately)\n");
  /* The budget is the largest file's: with a small one, the disk's flush
   * on an atomic save is most of the time, and it is the same for any
   * size. */
  for (int i = 1; i < argc; i++)
    {
      gsize size = 0;
      gboolean file_met = bench_file (argv[i], tmpdir, &size);

      if (size > largest)
        {
          largest = size;
          met = file_met;
        }
    }
  g_rmdir (tmpdir);

  g_print ("\n");
  bench_print_budget ("saving the largest file takes no longer than loading it", met);

  return 0;
}
