/* test-comparison-texts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a comparison keeps its items and their texts: texts in shared blocks
 * that last as long as any item using them, and lists that fill in one go
 * when the comparison is sealed.
 */

#include "config.h"

#include <string.h>

#include "tradeoff-comparison-private.h"
#include "tradeoff-loader.h"

/* An item somebody keeps after dropping its comparison still has all its
 * texts.  (meson test fills freed memory with MALLOC_PERTURB_, so texts
 * freed too early would not read back the same.) */
static void
test_items_outlive_comparison (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  GListModel *faq;
  TradeoffFaqEntry *entry;
  TradeoffCriterion *criterion;
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *label = NULL;
  g_autofree char *rationale = NULL;

  g_assert_no_error (error);
  faq = tradeoff_comparison_get_faq (comparison);
  entry = g_list_model_get_item (faq, g_list_model_get_n_items (faq) - 1);
  criterion = g_object_ref (tradeoff_comparison_get_criterion (
    comparison, tradeoff_comparison_get_n_criteria (comparison) - 1));
  question = g_strdup (tradeoff_faq_entry_get_question (entry));
  answer = g_strdup (tradeoff_faq_entry_get_answer (entry));
  label = g_strdup (tradeoff_criterion_get_label (criterion));
  rationale = g_strdup (tradeoff_criterion_get_rationale (criterion));

  g_assert_finalize_object (comparison);

  g_assert_cmpstr (tradeoff_faq_entry_get_question (entry), ==, question);
  g_assert_cmpstr (tradeoff_faq_entry_get_answer (entry), ==, answer);
  g_assert_cmpstr (tradeoff_criterion_get_label (criterion), ==, label);
  g_assert_cmpstr (tradeoff_criterion_get_rationale (criterion), ==, rationale);
  g_assert_finalize_object (entry);
  g_assert_finalize_object (criterion);
}

/* Thousands of texts fill many blocks, and a text larger than any block
 * gets one of its own; each reads back as it was added, NUL and all. */
static void
test_many_texts (void)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *huge = g_strnfill (1024 * 1024, 'x');

  for (guint i = 0; i < 5000; i++)
    {
      char *text = i == 2500 ? g_strdup (huge) : g_strdup_printf ("text number %u", i);

      g_ptr_array_add (added, (gpointer)_tradeoff_texts_add (texts, text));
      g_ptr_array_add (expected, text);
    }

  for (guint i = 0; i < added->len; i++)
    g_assert_cmpstr (added->pdata[i], ==, expected->pdata[i]);
  g_assert_null (_tradeoff_texts_add (texts, NULL));
}

/* A text written in place is kept only once committed: reserving again
 * reuses what was not. */
static void
test_reserve_commit (void)
{
  g_autoptr(TradeoffTexts) texts = _tradeoff_texts_new ();
  char *first = _tradeoff_texts_reserve (texts, 64);
  char *second;

  strcpy (first, "kept");
  _tradeoff_texts_commit (texts, first + strlen ("kept") + 1);
  second = _tradeoff_texts_reserve (texts, 64);
  g_assert_true (second == first + strlen ("kept") + 1);
  strcpy (second, "dropped");
  g_assert_true (_tradeoff_texts_reserve (texts, 64) == second);
  g_assert_cmpstr (first, ==, "kept");
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *calls)
{
  guint call[] = { position, removed, added };

  g_array_append_vals (calls, call, G_N_ELEMENTS (call));
}

/* The lists are empty until the comparison is sealed, then filled with one
 * items-changed each, not one per item. */
static void
test_lists_fill_at_seal (void)
{
  TradeoffComparison *comparison = _tradeoff_comparison_new ();
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *faq = tradeoff_comparison_get_faq (comparison);
  TradeoffFaqEntry *second;

  g_signal_connect (faq, "items-changed", G_CALLBACK (on_items_changed), calls);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", i);
      g_autoptr(TradeoffFaqEntry) entry = _tradeoff_faq_entry_new (id, "Why?", "Because.", i);

      _tradeoff_comparison_add_faq_entry (comparison, entry);
    }
  g_assert_cmpuint (g_list_model_get_n_items (faq), ==, 0);
  /* Look-ups by id work while the comparison is being built. */
  g_assert_nonnull (tradeoff_comparison_find_faq_entry (comparison, "q2"));

  _tradeoff_comparison_seal (comparison);

  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (calls, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (calls, guint, 2), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (faq), ==, 3);
  g_assert_true (g_list_model_get_item_type (faq) == TRADEOFF_TYPE_FAQ_ENTRY);
  g_assert_null (g_list_model_get_item (faq, 3));

  second = g_list_model_get_item (faq, 1);
  g_assert_cmpstr (tradeoff_faq_entry_get_id (second), ==, "q1");
  g_object_unref (second);

  g_signal_handlers_disconnect_by_func (faq, on_items_changed, calls);
  g_assert_finalize_object (comparison);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/comparison-texts/items-outlive-comparison",
                   test_items_outlive_comparison);
  g_test_add_func ("/tradeoff/comparison-texts/many-texts", test_many_texts);
  g_test_add_func ("/tradeoff/comparison-texts/reserve-commit", test_reserve_commit);
  g_test_add_func ("/tradeoff/comparison-texts/lists-fill-at-seal", test_lists_fill_at_seal);

  return g_test_run ();
}
