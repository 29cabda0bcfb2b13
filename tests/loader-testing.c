/* loader-testing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See loader-testing.h.
 */

#include "config.h"

#include <string.h>

#include "loader-testing.h"

TradeoffComparison *
loader_testing_load_with (const LoaderTestingPlace  *place,
                          const char                *text,
                          GError                   **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *replacement = NULL;
  g_autoptr(GString) document = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  document = g_string_new (contents);
  if (place->markup != NULL)
    {
      /* The markup's "%s" replaced by hand, not by printf: a format that
       * is not a literal is a warning the build keeps on. */
      g_auto(GStrv) halves = g_strsplit (place->markup, "%s", 2);

      g_assert_nonnull (halves[1]);
      replacement = g_strconcat (halves[0], text, halves[1], NULL);
    }
  else
    replacement = g_strdup (text);
  g_assert_cmpuint (g_string_replace (document, place->original, replacement, 1), ==, 1);
  bytes = g_bytes_new (document->str, document->len);

  return tradeoff_loader_load_bytes (bytes, LOADER_TESTING_FILE_NAME, error);
}

void
loader_testing_assert_loads (const LoaderTestingPlace *place,
                             const char               *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = loader_testing_load_with (place, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
}

void
loader_testing_assert_refused (const LoaderTestingPlace *place,
                               const char               *text,
                               const char               *says)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = loader_testing_load_with (place, text, &error);
  g_autofree char *where = g_strdup_printf (LOADER_TESTING_FILE_NAME ":%d:%d: ",
                                            place->line, place->column);

  g_assert_null (comparison);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_nonnull (strstr (error->message, says));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 200);
}

TradeoffComparison *
loader_testing_shipped (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);

  g_assert_no_error (error);
  return comparison;
}
