/* report-fixtures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the report's test programs share: loading a comparison with some
 * criteria ticked, and removing the folders the tests save into.
 */

#pragma once

#include <glib/gstdio.h>

#include "advisor-fixtures.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"

static const char * const shipped_ticks[] = {
  "team-knows-django", "greenfield", "performance-and-dx", "integrations", NULL
};

/* The shipped comparison (@fixture %NULL) or a file of tests/data, with
 * @ticks ticked. */
static inline TradeoffAdvisor *
advisor_for (const char         *fixture,
             const char * const *ticks)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  TradeoffAdvisor *advisor;

  if (fixture == NULL)
    comparison = tradeoff_loader_load_shipped (&error);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data",
                                                                        fixture, NULL));

      comparison = tradeoff_loader_load_file (file, NULL, &error);
    }
  g_assert_no_error (error);

  advisor = tradeoff_advisor_new (comparison);
  if (ticks != NULL)
    {
      tradeoff_advisor_select_ids (advisor, ticks, &error);
      g_assert_no_error (error);
    }

  return advisor;
}

/* Removes @path and everything in it. */
static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

/* The words of the PDF at @path, read back by pdftotext, a form feed
 * after each page; %NULL, with the test skipped, where pdftotext
 * (poppler-utils) is not installed. */
static inline char *
report_pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}
