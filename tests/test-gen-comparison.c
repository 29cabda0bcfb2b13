/* test-gen-comparison.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The benchmarks' generator (tests/bench/gen-comparison.c): what it writes
 * loads, has the sizes asked for and text of realistic length, and is the
 * same bytes for the same arguments.  Small sizes, so this stays fast; the
 * program is found through $GEN_COMPARISON, which meson sets.
 */

#include "config.h"

#include "tradeoff-loader.h"

typedef struct
{
  int     status;
  GBytes *out;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the generator with ARGS…, NULL-terminated. */
static Run
run_generator (const char *first,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { -1, NULL };
  const char *program = g_getenv ("GEN_COMPARISON");
  va_list args;

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (gpointer)program);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *)argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &run.out, NULL, &error);
  g_assert_no_error (error);
  run.status = g_subprocess_get_exit_status (process);

  return run;
}

static double
mean_length (GListModel  *model,
             const char *(*get_text) (TradeoffFaqEntry *))
{
  guint n = g_list_model_get_n_items (model);
  gsize total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (model, i);

      total += g_utf8_strlen (get_text (entry), -1);
    }

  return (double)total / n;
}

static void
test_loads_with_the_sizes_asked (void)
{
  g_auto(Run) run = run_generator ("--options=3", "--aspects=5", "--faq=40",
                                   "--criteria=60", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  GListModel *groups;
  guint n_exclusive = 0;

  g_assert_cmpint (run.status, ==, 0);
  comparison = tradeoff_loader_load_bytes (run.out, "generated.xml", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (tradeoff_comparison_get_n_options (comparison), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (comparison)), ==, 40);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (comparison), ==, 60);

  /* Groups of about ten, a few of them radio choices. */
  groups = tradeoff_comparison_get_groups (comparison);
  g_assert_cmpuint (g_list_model_get_n_items (groups), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (groups), <=, 8);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      n_exclusive += tradeoff_criterion_group_get_exclusive (group);
    }
  g_assert_cmpuint (n_exclusive, >=, 1);
  g_assert_cmpuint (n_exclusive, <, g_list_model_get_n_items (groups));

  g_assert_finalize_object (g_steal_pointer (&comparison));
}

/* The loader and the search cost in proportion to the text, so the text
 * must be as long as real text: questions of about 60 characters, answers
 * of about 400. */
static void
test_text_has_realistic_lengths (void)
{
  g_auto(Run) run = run_generator ("--faq=200", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  GListModel *faq;
  double question, answer;

  comparison = tradeoff_loader_load_bytes (run.out, "generated.xml", &error);
  g_assert_no_error (error);
  faq = tradeoff_comparison_get_faq (comparison);

  question = mean_length (faq, tradeoff_faq_entry_get_question);
  answer = mean_length (faq, tradeoff_faq_entry_get_answer);
  g_assert_cmpfloat (question, >=, 45.0);
  g_assert_cmpfloat (question, <=, 80.0);
  g_assert_cmpfloat (answer, >=, 300.0);
  g_assert_cmpfloat (answer, <=, 550.0);

  g_assert_finalize_object (g_steal_pointer (&comparison));
}

static void
test_same_arguments_same_bytes (void)
{
  g_auto(Run) first = run_generator ("--options=4", "--faq=30", "--criteria=25", NULL);
  g_auto(Run) second = run_generator ("--options=4", "--faq=30", "--criteria=25", NULL);
  g_auto(Run) other_seed = run_generator ("--options=4", "--faq=30", "--criteria=25",
                                          "--seed=2", NULL);

  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpuint (g_bytes_get_size (first.out), >, 0);
  g_assert_true (g_bytes_equal (first.out, second.out));
  g_assert_false (g_bytes_equal (first.out, other_seed.out));
}

static void
test_refuses_impossible_sizes (void)
{
  g_auto(Run) nine = run_generator ("--options=9", NULL);
  g_auto(Run) negative = run_generator ("--faq=-1", NULL);

  g_assert_cmpint (nine.status, ==, 2);
  g_assert_cmpuint (g_bytes_get_size (nine.out), ==, 0);
  g_assert_cmpint (negative.status, ==, 2);
  g_assert_cmpuint (g_bytes_get_size (negative.out), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/gen-comparison/loads-with-the-sizes-asked",
                   test_loads_with_the_sizes_asked);
  g_test_add_func ("/tradeoff/gen-comparison/text-has-realistic-lengths",
                   test_text_has_realistic_lengths);
  g_test_add_func ("/tradeoff/gen-comparison/same-arguments-same-bytes",
                   test_same_arguments_same_bytes);
  g_test_add_func ("/tradeoff/gen-comparison/refuses-impossible-sizes",
                   test_refuses_impossible_sizes);

  return g_test_run ();
}
