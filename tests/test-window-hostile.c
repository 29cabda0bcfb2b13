/* test-window-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window against every file of the hostile corpus: a bad file shows
 * its error and leaves the comparison on screen as it was; a file that
 * loads is shown, and no label ever interprets what a file says as markup.
 * After the whole corpus the window still gives advice.
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>

#include "tradeoff-window.h"
#include "window-testing.h"

static char *
hostile_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
}

/* A label showing markup from a file would have use-markup set and text
 * without the tags; a label that shows it literally has its "<" in view. */
static void
assert_no_label_uses_markup (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_label (label);

      if (text != NULL && strchr (text, '<') != NULL)
        g_assert_false (gtk_label_get_use_markup (label));
    }
}

static void
test_window_survives_corpus (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autofree char *dir_path = hostile_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_loaded = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  g_assert_cmpuint (names->len, >=, 30);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TradeoffComparison) before = g_object_ref (tradeoff_window_get_comparison (window));

      if (tradeoff_window_open_file (window, file))
        {
          n_loaded++;
          g_assert_true (tradeoff_window_get_comparison (window) != before);
        }
      else
        {
          /* The error names the file, and nothing on screen changed. */
          g_assert_nonnull (strstr (tradeoff_window_get_error (window), path));
          g_assert_true (tradeoff_window_get_comparison (window) == before);
        }

      /* Let it lay out and draw what it shows. */
      for (guint turn = 0; turn < 5; turn++)
        g_main_context_iteration (NULL, FALSE);
      assert_no_label_uses_markup (window);
    }

  /* crlf, pango-markup, script-injection, utf8-bom, weight-negative; and
   * the seven decision files whose comparison is sound and whose decision
   * part only the decision loader refuses (test-decision-file.c): the
   * window opens them as comparisons until it reads decisions. */
  g_assert_cmpuint (n_loaded, ==, 12);

  /* Still usable: back to the shipped comparison, and a tick still gives
   * the advice. */
  g_assert_true (tradeoff_window_load_shipped (window));
  gtk_check_button_set_active (criterion_button (window, "team-knows-django"), TRUE);
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window/survives-hostile-corpus", test_window_survives_corpus);

  return g_test_run ();
}
