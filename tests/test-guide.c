/* test-guide.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every word of the Django vs Flask guide is in the shipped data file,
 * verbatim: this rebuilds the guide, line by line, from what the loader
 * reads, and compares it byte for byte with a copy of the guide.
 */

#include "config.h"

#include "tradeoff-loader.h"

static char *
rebuild_guide (TradeoffComparison *comparison)
{
  GString *guide = g_string_new (NULL);
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  guint n_options = tradeoff_comparison_get_n_options (comparison);

  g_string_append_printf (guide, "%s\n%s\n%s\n",
                          tradeoff_comparison_get_title (comparison),
                          tradeoff_comparison_get_byline (comparison),
                          tradeoff_comparison_get_intro (comparison));

  g_string_append_printf (guide, "%s\n| %s |",
                          tradeoff_comparison_get_grid_heading (comparison),
                          tradeoff_comparison_get_aspect_heading (comparison));
  for (guint i = 0; i < n_options; i++)
    g_string_append_printf (guide, " %s |",
                            tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, i)));
  g_string_append (guide, "\n|---|");
  for (guint i = 0; i < n_options; i++)
    g_string_append (guide, "---|");
  g_string_append_c (guide, '\n');

  for (guint i = 0; i < g_list_model_get_n_items (aspects); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      g_string_append_printf (guide, "| %s |", tradeoff_aspect_get_label (aspect));
      for (guint j = 0; j < n_options; j++)
        g_string_append_printf (guide, " %s |", tradeoff_aspect_get_value (aspect, j));
      g_string_append_c (guide, '\n');
    }

  g_string_append (guide, tradeoff_comparison_get_faq_heading (comparison));
  for (guint i = 0; i < g_list_model_get_n_items (faq); i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      g_string_append_printf (guide, "\n%s\n%s",
                              tradeoff_faq_entry_get_question (entry),
                              tradeoff_faq_entry_get_answer (entry));
    }

  return g_string_free (guide, FALSE);
}

static void
test_guide_verbatim (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "django-vs-flask-guide.txt", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *rebuilt = NULL;
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));

  rebuilt = rebuild_guide (comparison);
  g_assert_cmpstr (rebuilt, ==, expected);

  g_assert_finalize_object (comparison);
}

static void
test_guide_keeps_punctuation (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  TradeoffFaqEntry *together;

  g_assert_no_error (error);
  together = tradeoff_comparison_find_faq_entry (comparison, "together");
  g_assert_nonnull (together);
  g_assert_nonnull (g_strstr_len (tradeoff_faq_entry_get_answer (together), -1,
                                  "complementary ways — for example"));

  g_assert_finalize_object (comparison);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/guide/verbatim", test_guide_verbatim);
  g_test_add_func ("/tradeoff/guide/punctuation", test_guide_keeps_punctuation);

  return g_test_run ();
}
