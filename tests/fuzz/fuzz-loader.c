/* fuzz-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader's fuzz target.  Built with -Dfuzzing=true (clang, libFuzzer,
 * ASan, UBSan) it is fed mutated input by build-aux/fuzz.sh.  In every other
 * build the same file is a test program that replays the seed corpus and
 * every crasher ever found, so what fuzzing has fixed stays fixed.
 *
 * Each input goes all the way a file can go: the loader, and when it loads,
 * the advisor (toggles, reasons, flips) and the text, Markdown and HTML
 * writers, and the comparison writer, whose output must load as the same
 * comparison.  (The PDF writer is left out to keep each run fast; the
 * hostile corpus test covers it.)  The same bytes also go through the
 * guide-page importer, as plain text, Markdown and HTML: it either refuses
 * them with a message that names the page, or gives a comparison that the
 * writer and the loader take back unchanged.
 */

#include "config.h"

#include <stdint.h>

#include "tradeoff-advisor.h"
#include "tradeoff-cli-summary.h"
#include "tradeoff-import.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"
#include "tradeoff-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
exercise (TradeoffComparison *comparison)
{
  static const TradeoffReportFormat formats[] = {
    TRADEOFF_REPORT_FORMAT_TEXT, TRADEOFF_REPORT_FORMAT_MARKDOWN, TRADEOFF_REPORT_FORMAT_HTML,
  };
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n = tradeoff_comparison_get_n_criteria (comparison);

  /* Read the flips first, so every toggle below keeps them current too. */
  g_list_model_get_n_items (tradeoff_advisor_get_flips (advisor));
  for (guint i = 0; i < MIN (n, 64); i++)
    tradeoff_advisor_toggle (advisor, tradeoff_comparison_get_criterion (comparison, i));

  tradeoff_cli_write_summary (advisor, summary);

  report = tradeoff_report_new (advisor);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) bytes = tradeoff_report_to_bytes (report, formats[i], NULL, NULL);

      g_assert_nonnull (bytes);
    }
}

/* Written and loaded again, @comparison is the same comparison. */
static void
round_trip (TradeoffComparison *comparison)
{
  g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) loaded = tradeoff_loader_load_bytes (bytes, "written.xml", &error);
  g_autofree char *difference = NULL;

  g_assert_no_error (error);
  difference = tradeoff_comparison_describe_difference (comparison, loaded);
  g_assert_cmpstr (difference, ==, NULL);
}

static void
import (GBytes               *bytes,
        TradeoffImportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison =
    tradeoff_import_bytes (bytes, "fuzz.page", format, &error);

  g_assert_true ((comparison == NULL) != (error == NULL));

  if (comparison != NULL)
    round_trip (comparison);
  else
    g_assert_true (g_str_has_prefix (error->message, "fuzz.page"));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (bytes, "fuzz.xml", &error);

  /* Exactly one of the two, never both, never neither. */
  g_assert_true ((comparison == NULL) != (error == NULL));

  if (comparison != NULL)
    {
      exercise (comparison);
      round_trip (comparison);
    }
  else
    g_assert_true (g_str_has_prefix (error->message, "fuzz.xml"));

  import (bytes, TRADEOFF_IMPORT_FORMAT_TEXT);
  import (bytes, TRADEOFF_IMPORT_FORMAT_MARKDOWN);
  import (bytes, TRADEOFF_IMPORT_FORMAT_HTML);

  return 0;
}

#ifndef TRADEOFF_FUZZING

/* Replay: one test case per file in the corpus directories. */
static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  LLVMFuzzerTestOneInput ((const uint8_t *)contents, length);
}

static void
add_directory (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *base = g_path_get_basename (dir_path);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      char *path = g_build_filename (dir_path, file, NULL);
      g_autofree char *test_path = g_strdup_printf ("/tradeoff/fuzz/%s/%s", base, file);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_test_add_data_func_full (test_path, path, replay_file, g_free);
      else
        g_free (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    add_directory (argv[i]);

  return g_test_run ();
}

#endif
