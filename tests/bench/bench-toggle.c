/* bench-toggle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What ticking a criterion costs: the advisor's incremental toggle, against
 * a full recount of every ticked criterion's weights on each click, at 10,
 * 100 and 2,000 criteria and 2, 4 and 8 options; then what the flips cost,
 * once something reads them; and what changing a level costs (matters to
 * matters a lot and back, and a must-have on and off).
 *
 * Two recounts, to be honest about the yardstick: the one a naive advisor
 * written on the model's public API would do (ask the comparison for each
 * criterion, then the criterion for its weights), which the budget is
 * measured against, and the fastest recount there can be (flat arrays of
 * ticks and weights), the floor of any recount.
 *
 *   bench-toggle --generator build/tests/bench/gen-comparison
 *
 * Budget (issue 7): the toggle's cost grows with the number of options
 * only, never with the number of criteria, and is at least 100× cheaper
 * than a full recount at 2,000 criteria.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include <stdlib.h>

#include "bench-util.h"
#include "tradeoff-advisor.h"
#include "tradeoff-loader.h"

/* The clicks of a batch: a random sequence of criteria in which each one
 * comes back an even number of times, so that every batch starts from the
 * same ticks and the figures do not depend on how many batches ran. */
#define SEQUENCE 4096
/* Toggles per timed batch: enough that the clock's own cost vanishes. */
#define BATCH (5 * SEQUENCE)
/* One criterion in this many is ticked before measuring, as a person
 * would have ticked a few. */
#define TICKED_EVERY 10

typedef struct
{
  TradeoffComparison *comparison;
  TradeoffAdvisor    *advisor;
  guint               n_options;
  guint               n_criteria;
  /* Which criterion each toggle of a batch clicks: random, fixed, and
   * only criteria of non-exclusive groups, whose toggles undo each other. */
  guint              *sequence;
  /* Two choices of one exclusive group, or NULL if there is none. */
  TradeoffCriterion  *radio[2];

  /* The naive advisors' own ticks and scores, and for the fastest one a
   * flat copy of the weights. */
  int                *weights;
  gboolean           *ticked;
  int                *scores;
} Subject;

/* Keeps the compiler from dropping the recount as unused. */
static volatile int sink;

static void
subject_init (Subject    *subject,
              const char *generator,
              guint       n_options,
              guint       n_criteria)
{
  g_autoptr(GBytes) bytes = bench_generate (generator, (int)n_options, 0, 50, (int)n_criteria);
  g_autoptr(GError) error = NULL;
  guint32 state = 12345;

  g_autoptr(GArray) free_choices = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *groups;

  subject->comparison = tradeoff_loader_load_bytes (bytes, "generated", &error);
  g_assert_no_error (error);
  subject->advisor = tradeoff_advisor_new (subject->comparison);
  subject->n_options = n_options;
  subject->n_criteria = n_criteria;
  subject->weights = g_new0 (int, n_criteria * n_options);
  subject->ticked = g_new0 (gboolean, n_criteria);
  subject->scores = g_new0 (int, n_options);

  for (guint c = 0; c < n_criteria; c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (subject->comparison, c);

      for (guint o = 0; o < n_options; o++)
        subject->weights[c * n_options + o] = tradeoff_criterion_get_weight (criterion, o);
      if (!tradeoff_criterion_group_get_exclusive (tradeoff_criterion_get_group (criterion)))
        g_array_append_val (free_choices, c);
    }
  g_assert_cmpuint (free_choices->len, >, 0);

  /* The same few ticks in the advisor and in the naive advisors. */
  for (guint i = 0; i < free_choices->len; i += TICKED_EVERY)
    {
      guint c = g_array_index (free_choices, guint, i);

      tradeoff_advisor_set_ticked (subject->advisor,
                                   tradeoff_comparison_get_criterion (subject->comparison, c),
                                   TRUE);
      subject->ticked[c] = TRUE;
    }

  /* A random first half, then the same clicks again: every criterion is
   * clicked an even number of times per sequence. */
  subject->sequence = g_new (guint, SEQUENCE);
  for (guint i = 0; i < SEQUENCE / 2; i++)
    {
      state = state * 1103515245u + 12345u;
      subject->sequence[i] = g_array_index (free_choices, guint, (state >> 8) % free_choices->len);
      subject->sequence[i + SEQUENCE / 2] = subject->sequence[i];
    }

  groups = tradeoff_comparison_get_groups (subject->comparison);
  for (guint g = 0; g < g_list_model_get_n_items (groups) && subject->radio[0] == NULL; g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *choices = tradeoff_criterion_group_get_criteria (group);

      if (tradeoff_criterion_group_get_exclusive (group) && g_list_model_get_n_items (choices) >= 2)
        {
          subject->radio[0] = g_list_model_get_item (choices, 0);
          subject->radio[1] = g_list_model_get_item (choices, 1);
        }
    }
}

static void
subject_clear (Subject *subject)
{
  g_clear_object (&subject->radio[0]);
  g_clear_object (&subject->radio[1]);
  g_assert_finalize_object (subject->advisor);
  g_assert_finalize_object (subject->comparison);
  g_free (subject->sequence);
  g_free (subject->weights);
  g_free (subject->ticked);
  g_free (subject->scores);
}

/* The advisor's own toggle.  Nobody has read "flips" on this advisor (that
 * would make every toggle recompute them), nor "reasons". */
static void
incremental_batch (gpointer data)
{
  Subject *subject = data;

  for (guint i = 0; i < BATCH; i++)
    {
      TradeoffCriterion *criterion =
        tradeoff_comparison_get_criterion (subject->comparison,
                                           subject->sequence[i % SEQUENCE]);

      tradeoff_advisor_toggle (subject->advisor, criterion);
    }
}

/* Moving the choice of an exclusive group back and forth: each click ticks
 * one criterion and unticks the other. */
static void
radio_batch (gpointer data)
{
  Subject *subject = data;

  for (guint i = 0; i < BATCH; i++)
    tradeoff_advisor_set_ticked (subject->advisor, subject->radio[i % 2], TRUE);
}

/* Changing a level: each click moves a criterion between "matters a lot"
 * and "matters" (ticking it first if it was not). */
static void
level_batch (gpointer data)
{
  Subject *subject = data;

  for (guint i = 0; i < BATCH; i++)
    {
      TradeoffCriterion *criterion =
        tradeoff_comparison_get_criterion (subject->comparison,
                                           subject->sequence[i % SEQUENCE]);
      TradeoffLevel level = tradeoff_advisor_get_level (subject->advisor, criterion);

      tradeoff_advisor_set_level (subject->advisor, criterion,
                                  level == TRADEOFF_LEVEL_A_LOT ? TRADEOFF_LEVEL_MATTERS
                                                                : TRADEOFF_LEVEL_A_LOT);
    }
}

/* A must-have on and off: the first few criteria of the sequence, so a
 * person's handful of must-haves, each click a gate that comes or goes. */
static void
must_batch (gpointer data)
{
  Subject *subject = data;

  for (guint i = 0; i < BATCH; i++)
    {
      TradeoffCriterion *criterion =
        tradeoff_comparison_get_criterion (subject->comparison, subject->sequence[i % 4]);
      TradeoffLevel level = tradeoff_advisor_get_level (subject->advisor, criterion);

      tradeoff_advisor_set_level (subject->advisor, criterion,
                                  level == TRADEOFF_LEVEL_MUST ? TRADEOFF_LEVEL_MATTERS
                                                               : TRADEOFF_LEVEL_MUST);
    }
}

static int
top_score (const int *scores,
           guint      n_options)
{
  int top = G_MININT;

  for (guint o = 0; o < n_options; o++)
    top = MAX (top, scores[o]);

  return top;
}

/* A naive advisor on the public API: flip its tick, then ask the
 * comparison for every criterion and each ticked one for its weights. */
static void
api_recount_batch (gpointer data)
{
  Subject *subject = data;
  guint n_options = subject->n_options;

  for (guint i = 0; i < BATCH; i++)
    {
      guint toggled = subject->sequence[i % SEQUENCE];

      subject->ticked[toggled] = !subject->ticked[toggled];
      for (guint o = 0; o < n_options; o++)
        subject->scores[o] = 0;
      for (guint c = 0; c < subject->n_criteria; c++)
        {
          TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (subject->comparison, c);

          if (subject->ticked[c])
            for (guint o = 0; o < n_options; o++)
              subject->scores[o] += tradeoff_criterion_get_weight (criterion, o);
        }
      sink = top_score (subject->scores, n_options);
    }
}

/* The fastest recount: flat arrays, nothing but additions. */
static void
flat_recount_batch (gpointer data)
{
  Subject *subject = data;
  guint n_options = subject->n_options;

  for (guint i = 0; i < BATCH; i++)
    {
      guint toggled = subject->sequence[i % SEQUENCE];

      subject->ticked[toggled] = !subject->ticked[toggled];
      for (guint o = 0; o < n_options; o++)
        subject->scores[o] = 0;
      for (guint c = 0; c < subject->n_criteria; c++)
        if (subject->ticked[c])
          for (guint o = 0; o < n_options; o++)
            subject->scores[o] += subject->weights[c * n_options + o];
      sink = top_score (subject->scores, n_options);
    }
}

/* Flips are computed on first read: a fresh advisor with the same ticks
 * each run, and only the read timed. */
static double
first_flips_read_ns (Subject *subject,
                     guint    runs)
{
  g_autofree double *samples = g_new (double, runs);
  g_auto(GStrv) ids = tradeoff_advisor_dup_ticked_ids (subject->advisor);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (subject->comparison);
      g_autoptr(GError) error = NULL;
      gint64 start;
      GListModel *flips;

      tradeoff_advisor_select_ids (advisor, (const char * const *)ids, &error);
      g_assert_no_error (error);
      start = bench_now_ns ();
      flips = tradeoff_advisor_get_flips (advisor);
      samples[r] = (double)(bench_now_ns () - start);
      sink = (int)g_list_model_get_n_items (flips);
    }

  return bench_median (samples, runs);
}

typedef struct
{
  double toggle_ns;
  double level_ns;
  double must_ns;
  double api_recount_ns;
  double flat_recount_ns;
} Figures;

static Figures
bench_size (const char *generator,
            guint       n_options,
            guint       n_criteria,
            gboolean    with_flips)
{
  Subject subject = { 0 };
  Figures figures;
  double batch_ns, api_ns, flat_ns;
  g_autofree char *name = NULL;

  subject_init (&subject, generator, n_options, n_criteria);
  bench_compare (api_recount_batch, &subject, &api_ns, incremental_batch, &subject, &batch_ns,
                 9, 101, 1.0);
  bench_compare (flat_recount_batch, &subject, &flat_ns, incremental_batch, &subject, &batch_ns,
                 9, 101, 1.0);
  figures.toggle_ns = batch_ns / BATCH;
  figures.api_recount_ns = api_ns / BATCH;
  figures.flat_recount_ns = flat_ns / BATCH;

  /* The level batches leave criteria at other levels: back to the ticks
   * every other figure starts from afterwards. */
  {
    g_auto(GStrv) before = tradeoff_advisor_dup_level_ids (subject.advisor);

    bench_compare (NULL, NULL, NULL, level_batch, &subject, &batch_ns, 9, 101, 1.0);
    figures.level_ns = batch_ns / BATCH;
    bench_compare (NULL, NULL, NULL, must_batch, &subject, &batch_ns, 9, 101, 1.0);
    figures.must_ns = batch_ns / BATCH;
    tradeoff_advisor_select_ids (subject.advisor, (const char * const *) before, NULL);
  }

  name = g_strdup_printf ("%u options, %u criteria", n_options, n_criteria);
  g_print ("  %-26s %9.1f ns %10.1f ns %7.1fx %10.1f ns %7.1fx %9.1f ns %9.1f ns\n", name,
           figures.toggle_ns,
           figures.api_recount_ns, figures.api_recount_ns / figures.toggle_ns,
           figures.flat_recount_ns, figures.flat_recount_ns / figures.toggle_ns,
           figures.level_ns, figures.must_ns);

  if (with_flips && subject.radio[0] != NULL)
    {
      double radio_ns;

      bench_compare (NULL, NULL, NULL, radio_batch, &subject, &radio_ns, 9, 101, 1.0);
      g_print ("    moving an exclusive group's choice   %9.1f ns\n", radio_ns / BATCH);
      /* Back to the ticks the other figures start from. */
      tradeoff_advisor_set_ticked (subject.advisor, subject.radio[0], FALSE);
    }

  if (with_flips)
    {
      double first_ns = first_flips_read_ns (&subject, 31);
      double observed_ns;

      /* From here on the flips are observed: each toggle recomputes them. */
      tradeoff_advisor_get_flips (subject.advisor);
      bench_compare (NULL, NULL, NULL, incremental_batch, &subject, &observed_ns, 5, 31, 1.0);
      g_print ("    flips, first read (%4u ticked)  %9.1f ns\n",
               tradeoff_advisor_get_n_ticked (subject.advisor), first_ns);
      g_print ("    toggle with flips observed     %9.1f ns\n", observed_ns / BATCH);
    }

  subject_clear (&subject);

  return figures;
}

/* --flips-only: the toggle with the flips observed at 8 options, alone,
 * for a quick before and after (2,000 criteria would take an hour when
 * the flips cost milliseconds, as they did). */
static void
bench_flips_only (const char *generator)
{
  static const guint criteria[] = { 10, 100 };

  g_print ("Toggling with the flips observed, 8 options (median of batches of %d)\n\n", BATCH);
  for (guint c = 0; c < G_N_ELEMENTS (criteria); c++)
    {
      Subject subject = { 0 };
      double plain_ns, observed_ns;

      subject_init (&subject, generator, 8, criteria[c]);
      bench_compare (NULL, NULL, NULL, incremental_batch, &subject, &plain_ns, 5, 9, 1.0);
      tradeoff_advisor_get_flips (subject.advisor);
      bench_compare (NULL, NULL, NULL, incremental_batch, &subject, &observed_ns, 5, 9, 1.0);
      g_print ("  %4u criteria: toggle %9.1f ns, with flips observed %9.1f ns\n",
               criteria[c], plain_ns / BATCH, observed_ns / BATCH);
      subject_clear (&subject);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const guint options[] = { 2, 4, 8 };
  static const guint criteria[] = { 10, 100, 2000 };
  g_autofree char *generator = NULL;
  gboolean flips_only = FALSE;
  GOptionEntry entries[] = {
    { "generator", 0, 0, G_OPTION_ARG_FILENAME, &generator,
      "The gen-comparison program", "PROGRAM" },
    { "flips-only", 0, 0, G_OPTION_ARG_NONE, &flips_only,
      "Only the toggle with the flips observed, at 8 options", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  Figures at[G_N_ELEMENTS (options)][G_N_ELEMENTS (criteria)];
  gboolean flat = TRUE;
  double worst_growth = 0.0;
  double worst_level_growth = 0.0;
  gboolean level_flat = TRUE;

  g_option_context_set_summary (context,
                                "Times the advisor's incremental toggle against a full "
                                "recount, and the flips.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || generator == NULL)
    {
      g_printerr ("bench-toggle: %s\n", error != NULL ? error->message : "--generator is needed");
      return 2;
    }

  if (flips_only)
    {
      bench_flips_only (generator);
      return 0;
    }

  g_print ("Toggling: tradeoff_advisor_toggle against a full recount, per toggle "
           "(median of batches of %d, interleaved)\n\n", BATCH);
  g_print ("  %-26s %12s %13s %8s %13s %8s %12s %12s\n", "", "incremental", "recount: API", "ratio",
           "flat arrays", "ratio", "level", "must-have");
  for (guint o = 0; o < G_N_ELEMENTS (options); o++)
    for (guint c = 0; c < G_N_ELEMENTS (criteria); c++)
      at[o][c] = bench_size (generator, options[o], criteria[c], options[o] == 8);

  /* Flat in the criteria: the toggle at 2,000 criteria costs what it costs
   * at 10, give or take cache effects, for every number of options. */
  for (guint o = 0; o < G_N_ELEMENTS (options); o++)
    {
      double growth = at[o][2].toggle_ns / at[o][0].toggle_ns;

      worst_growth = MAX (worst_growth, growth);
      flat &= growth <= 1.5;
      growth = at[o][2].level_ns / at[o][0].level_ns;
      worst_level_growth = MAX (worst_level_growth, growth);
      level_flat &= growth <= 1.5;
    }

  g_print ("\n  toggle at 2,000 criteria / toggle at 10 criteria: at most %.2fx\n", worst_growth);
  bench_print_budget ("toggle cost flat in criteria (2,000 vs 10: within 1.5x)", flat);
  g_print ("  level change at 2,000 criteria / at 10 criteria: at most %.2fx\n", worst_level_growth);
  bench_print_budget ("level change flat in criteria (2,000 vs 10: within 1.5x)", level_flat);
  bench_print_budget ("toggle >= 100x cheaper than the API recount, 2,000 criteria",
                      at[2][2].api_recount_ns >= 100.0 * at[2][2].toggle_ns);
  g_print ("  (against the flat-array recount, the floor of any recount: %.1fx)\n",
           at[2][2].flat_recount_ns / at[2][2].toggle_ns);

  return 0;
}
