/* test-advisor-random.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The advisor against brute force, on comparisons with random weights:
 * after thousands of random ticks, level changes and must-haves the running
 * sums and gates still equal a recount, and the flips are exactly the
 * single changes of one level that change the verdict.
 * Run with --seed to replay a failure.
 */

#define G_LOG_DOMAIN "test-advisor-random"

#include "config.h"

#include "advisor-fixtures.h"
#include "tradeoff-decision.h"

#define RANDOM_OPTIONS 5
#define RANDOM_CRITERIA 60
#define RANDOM_GROUP_SIZE 6

/* Ten groups of six criteria, every third group exclusive, weights −5..5. */
static TradeoffComparison *
random_comparison (void)
{
  TradeoffComparison *comparison =
    comparison_new (IDS ("One", "Two", "Three", "Four", "Five"));
  TradeoffCriterionGroup *group = NULL;

  for (guint c = 0; c < RANDOM_CRITERIA; c++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", c);
      int weights[RANDOM_OPTIONS];

      if (c % RANDOM_GROUP_SIZE == 0)
        {
          g_autofree char *group_id = g_strdup_printf ("g%u", c / RANDOM_GROUP_SIZE);

          group = add_group (comparison, group_id, (c / RANDOM_GROUP_SIZE) % 3 == 0);
        }

      for (guint o = 0; o < RANDOM_OPTIONS; o++)
        weights[o] = g_test_rand_int_range (-5, 6);
      add_criterion (comparison, group, NULL, id, weights);
    }
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

/* The verdict worked out from scratch, independently of the advisor. */
typedef struct
{
  int scores[RANDOM_OPTIONS];
  /* Per option: the first must-have (comparison order) it does not serve. */
  int ruled_out_by[RANDOM_OPTIONS];
  guint n_ticked;
  guint n_must;
  /* Per option: the most the answers not given yet could add to it over
   * the option each criterion weighs least (test-advisor-confidence.c has
   * the meaning). */
  int open[RANDOM_OPTIONS];
  TradeoffVerdictKind kind;
  int leader;
  double confidence;
} Recount;

static int
level_factor (TradeoffLevel level)
{
  return level == TRADEOFF_LEVEL_MATTERS ? 1 : level == TRADEOFF_LEVEL_A_LOT ? 2 : 0;
}

static int
headroom (TradeoffLevel level)
{
  return level == TRADEOFF_LEVEL_OFF ? 2 : level == TRADEOFF_LEVEL_MATTERS ? 1 : 0;
}

static int
gain (TradeoffCriterion *criterion,
      guint              option)
{
  int low = G_MAXINT;

  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    low = MIN (low, tradeoff_criterion_get_weight (criterion, o));

  return tradeoff_criterion_get_weight (criterion, option) - low;
}

/* The open swing from scratch, group by group: an exclusive group with a
 * choice can only raise that choice; with none, its best choice counts. */
static void
recount_open (TradeoffAdvisor *advisor,
              Recount         *r)
{
  GListModel *groups = tradeoff_comparison_get_groups (tradeoff_advisor_get_comparison (advisor));

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *members = tradeoff_criterion_group_get_criteria (group);
      gboolean exclusive = tradeoff_criterion_group_get_exclusive (group);
      int best[RANDOM_OPTIONS] = { 0 };
      gboolean chosen = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(TradeoffCriterion) member = g_list_model_get_item (members, i);
          TradeoffLevel level = tradeoff_advisor_get_level (advisor, member);

          for (guint o = 0; o < RANDOM_OPTIONS; o++)
            {
              if (!exclusive || level != TRADEOFF_LEVEL_OFF)
                r->open[o] += headroom (level) * gain (member, o);
              best[o] = MAX (best[o], gain (member, o));
            }
          chosen |= exclusive && level != TRADEOFF_LEVEL_OFF;
        }

      for (guint o = 0; exclusive && !chosen && o < RANDOM_OPTIONS; o++)
        r->open[o] += 2 * best[o];
    }
}

static void
recount (TradeoffAdvisor *advisor,
         Recount         *r)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  int top = G_MININT, second = G_MININT, n_top = 0;

  memset (r, 0, sizeof *r);
  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    r->ruled_out_by[o] = -1;

  for (guint c = 0; c < tradeoff_comparison_get_n_criteria (comparison); c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, c);
      TradeoffLevel level = tradeoff_advisor_get_level (advisor, criterion);

      if (level == TRADEOFF_LEVEL_OFF)
        continue;

      r->n_ticked++;
      r->n_must += level == TRADEOFF_LEVEL_MUST;
      for (guint o = 0; o < RANDOM_OPTIONS; o++)
        {
          int weight = tradeoff_criterion_get_weight (criterion, o);

          r->scores[o] += level_factor (level) * weight;
          if (level == TRADEOFF_LEVEL_MUST && weight <= 0 && r->ruled_out_by[o] < 0)
            r->ruled_out_by[o] = c;
        }
    }
  recount_open (advisor, r);

  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    {
      if (r->ruled_out_by[o] >= 0)
        continue;

      if (r->scores[o] > top)
        {
          second = top;
          top = r->scores[o];
          n_top = 1;
          r->leader = o;
        }
      else if (r->scores[o] == top)
        n_top++;
      else
        second = MAX (second, r->scores[o]);
    }

  if (r->n_ticked == 0)
    r->kind = TRADEOFF_VERDICT_NONE;
  else if (n_top == 0)
    r->kind = TRADEOFF_VERDICT_CONFLICT;
  else if (n_top > 1)
    r->kind = TRADEOFF_VERDICT_TIE;
  else
    r->kind = TRADEOFF_VERDICT_LEADER;

  if (second == G_MININT)
    second = top;

  if (r->kind != TRADEOFF_VERDICT_LEADER)
    {
      r->leader = -1;
      return;
    }

  /* The lead over each rival in the running, as a share of itself plus
   * the rival's open swing; the least of them. */
  r->confidence = 1.0;
  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    {
      int margin = top - r->scores[o];

      if ((int) o != r->leader && r->ruled_out_by[o] < 0)
        r->confidence = MIN (r->confidence, (double) margin / (margin + r->open[o]));
    }

  /* Not above one half while one answer decides it: the flips, which
   * assert_flips_brute_force() proves are every such answer. */
  if (r->confidence > 0.5 &&
      g_list_model_get_n_items (tradeoff_advisor_get_flips (advisor)) > 0)
    r->confidence = 0.5;
}

/* Whether the criteria in @must, but the one at @skip, rule out every option. */
static gboolean
rule_out_all (GPtrArray *must,
              guint      skip)
{
  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    {
      gboolean passes = TRUE;

      for (guint i = 0; i < must->len; i++)
        if (i != skip && tradeoff_criterion_get_weight (must->pdata[i], o) <= 0)
          passes = FALSE;
      if (passes)
        return FALSE;
    }

  return TRUE;
}

/* A conflict names must-haves that rule out everything together, and none
 * of which could go. */
static void
assert_conflict (TradeoffAdvisor *advisor,
                 TradeoffVerdictKind kind)
{
  g_autoptr(GPtrArray) conflict = tradeoff_advisor_dup_conflict (advisor);
  const char *explanation = tradeoff_advisor_get_explanation (advisor);

  if (kind != TRADEOFF_VERDICT_CONFLICT)
    {
      g_assert_cmpuint (conflict->len, ==, 0);
      return;
    }

  g_assert_cmpuint (conflict->len, >, 0);
  g_assert_true (rule_out_all (conflict, G_MAXUINT));
  for (guint i = 0; i < conflict->len; i++)
    {
      g_assert_cmpint (tradeoff_advisor_get_level (advisor, conflict->pdata[i]), ==, TRADEOFF_LEVEL_MUST);
      g_assert_false (rule_out_all (conflict, i));
      g_assert_nonnull (strstr (explanation, tradeoff_criterion_get_label (conflict->pdata[i])));
    }
}

static void
assert_matches_recount (TradeoffAdvisor *advisor)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  GListModel *groups = tradeoff_comparison_get_groups (comparison);
  TradeoffOption *leader = tradeoff_advisor_get_leader (advisor);
  Recount r;

  recount (advisor, &r);

  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    {
      g_assert_cmpint (tradeoff_advisor_get_score (advisor, o), ==, r.scores[o]);
      g_assert_cmpint (tradeoff_option_score_get_score (score_item (advisor, o)), ==, r.scores[o]);
      g_assert_true (tradeoff_option_score_get_leading (score_item (advisor, o)) ==
                     (r.leader == (int) o));
      if (r.ruled_out_by[o] < 0)
        g_assert_null (tradeoff_option_score_get_ruled_out_by (score_item (advisor, o)));
      else
        g_assert_true (tradeoff_option_score_get_ruled_out_by (score_item (advisor, o)) ==
                       tradeoff_comparison_get_criterion (comparison, r.ruled_out_by[o]));
    }

  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, r.n_ticked);
  g_assert_cmpuint (tradeoff_advisor_get_n_must (advisor), ==, r.n_must);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, r.kind);
  if (r.leader < 0)
    g_assert_null (leader);
  else
    g_assert_cmpuint (tradeoff_option_get_index (leader), ==, (guint) r.leader);
  g_assert_cmpfloat_with_epsilon (tradeoff_advisor_get_confidence (advisor), r.confidence, 1e-9);
  assert_conflict (advisor, r.kind);

  /* An exclusive group never has two ticks, and the ticks agree. */
  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *members = tradeoff_criterion_group_get_criteria (group);
      guint n_ticked = 0;

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(TradeoffCriterion) member = g_list_model_get_item (members, i);
          gboolean ticked = tradeoff_advisor_get_ticked (advisor, member);

          g_assert_true (tradeoff_tick_get_ticked (tradeoff_advisor_get_tick (advisor, member)) ==
                         ticked);
          g_assert_cmpint (tradeoff_tick_get_level (tradeoff_advisor_get_tick (advisor, member)), ==,
                           tradeoff_advisor_get_level (advisor, member));
          n_ticked += ticked;
        }

      if (tradeoff_criterion_group_get_exclusive (group))
        g_assert_cmpuint (n_ticked, <=, 1);
    }
}

/* A random level, must-haves rarer than the others: with random weights
 * each one rules out about half the options. */
static TradeoffLevel
random_level (void)
{
  switch (g_test_rand_int_range (0, 7))
    {
    case 0: case 1: return TRADEOFF_LEVEL_OFF;
    case 2: case 3: return TRADEOFF_LEVEL_MATTERS;
    case 4: case 5: return TRADEOFF_LEVEL_A_LOT;
    default: return TRADEOFF_LEVEL_MUST;
    }
}

/* One random action, the ways the window and the command line make them:
 * set, toggle, a level, or through the tick a control binds to. */
static void
random_toggle (TradeoffAdvisor *advisor)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  guint c = g_test_rand_int_range (0, tradeoff_comparison_get_n_criteria (comparison));
  TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, c);

  switch (g_test_rand_int_range (0, 6))
    {
    case 0:
      tradeoff_advisor_toggle (advisor, criterion);
      break;

    case 3:
      tradeoff_advisor_set_level (advisor, criterion, random_level ());
      break;

    case 4:
      g_object_set (tradeoff_advisor_get_tick (advisor, criterion), "level", random_level (), NULL);
      break;

    case 1:
      tradeoff_advisor_set_ticked (advisor, criterion, g_test_rand_bit ());
      break;

    default:
      tradeoff_tick_set_ticked (tradeoff_advisor_get_tick (advisor, criterion),
                                !tradeoff_advisor_get_ticked (advisor, criterion));
      break;
    }
}

static void
test_random_toggles_match_recount (void)
{
  TradeoffComparison *comparison = random_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);

  for (guint i = 0; i < 3000; i++)
    {
      random_toggle (advisor);
      assert_matches_recount (advisor);

      if (i % 997 == 996)
        {
          tradeoff_advisor_reset (advisor);
          assert_matches_recount (advisor);
        }
    }

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}


/* Every single change of level, tried for real on a second advisor, against
 * the flips the first one found by arithmetic. */
static void
assert_flips_brute_force (TradeoffAdvisor *advisor,
                          TradeoffAdvisor *scratch)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  GListModel *flips = tradeoff_advisor_get_flips (advisor);
  g_auto(GStrv) state = tradeoff_advisor_dup_level_ids (advisor);
  TradeoffVerdictKind kind = tradeoff_advisor_get_verdict_kind (advisor);
  TradeoffOption *leader = tradeoff_advisor_get_leader (advisor);
  guint n_found = 0;

  for (guint c = 0; c < tradeoff_comparison_get_n_criteria (comparison); c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, c);

      for (TradeoffLevel level = TRADEOFF_LEVEL_OFF; level <= TRADEOFF_LEVEL_LAST; level++)
        {
          g_autoptr(TradeoffFlip) flip = NULL;
          g_autofree char *summary = NULL;
          TradeoffLevel from = tradeoff_advisor_get_level (advisor, criterion);

          if (level == from)
            continue;

          g_assert_true (tradeoff_advisor_select_ids (scratch, (const char * const *) state, NULL));
          g_assert_cmpint (tradeoff_advisor_get_level (scratch, criterion), ==, from);
          tradeoff_advisor_set_level (scratch, criterion, level);
          if (tradeoff_advisor_get_verdict_kind (scratch) == kind &&
              tradeoff_advisor_get_leader (scratch) == leader)
            continue;

          flip = g_list_model_get_item (flips, n_found++);
          g_assert_nonnull (flip);
          g_assert_true (tradeoff_flip_get_criterion (flip) == criterion);
          g_assert_cmpint (tradeoff_flip_get_level (flip), ==, level);
          g_assert_cmpint (tradeoff_flip_get_from (flip), ==, from);
          g_assert_true (tradeoff_flip_get_tick (flip) == (level != TRADEOFF_LEVEL_OFF));
          g_assert_true (tradeoff_flip_get_outcome (flip) == tradeoff_advisor_get_leader (scratch));

          summary = tradeoff_flip_dup_summary (flip);
          g_assert_nonnull (strstr (summary, tradeoff_criterion_get_label (criterion)));
        }
    }

  g_assert_cmpuint (g_list_model_get_n_items (flips), ==, n_found);
}

static void
test_flips_match_brute_force (void)
{
  TradeoffComparison *comparison = random_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  TradeoffAdvisor *scratch = tradeoff_advisor_new (comparison);

  assert_flips_brute_force (advisor, scratch);

  for (guint state = 0; state < 25; state++)
    {
      guint n_toggles = g_test_rand_int_range (1, 12);

      for (guint i = 0; i < n_toggles; i++)
        random_toggle (advisor);
      assert_flips_brute_force (advisor, scratch);
    }

  g_assert_finalize_object (scratch);
  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}


/* The decision's state as a string: its levels and own criteria. */
static char *
describe_state (TradeoffDecision *decision)
{
  g_auto(GStrv) levels = tradeoff_advisor_dup_level_ids (tradeoff_decision_get_advisor (decision));
  g_autofree char *joined = g_strjoinv (",", levels);
  GListModel *own = tradeoff_decision_get_own_criteria (decision);
  GString *text = g_string_new (joined);

  for (guint i = 0; i < g_list_model_get_n_items (own); i++)
    {
      g_autoptr(TradeoffCriterion) item = g_list_model_get_item (own, i);

      g_string_append_printf (text, " %s/%s/%s/%d", tradeoff_criterion_get_id (item),
                              tradeoff_criterion_get_label (item),
                              tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (item)),
                              tradeoff_criterion_get_weight (item, 0));
    }

  return g_string_free (text, FALSE);
}

static void
random_own_change (TradeoffDecision *decision)
{
  GListModel *own = tradeoff_decision_get_own_criteria (decision);
  guint n_own = g_list_model_get_n_items (own);
  g_autoptr(TradeoffCriterion) item = NULL;
  g_autofree char *label = g_strdup_printf ("Own %d", g_test_rand_int_range (0, 1000));
  g_autofree char *group = g_strdup_printf ("g%d", g_test_rand_int_range (0, RANDOM_CRITERIA / RANDOM_GROUP_SIZE));
  g_autofree char *added = NULL;
  gboolean new_group = g_test_rand_int_range (0, 4) == 0;
  int weights[RANDOM_OPTIONS];
  g_autoptr(GError) error = NULL;

  for (guint o = 0; o < RANDOM_OPTIONS; o++)
    weights[o] = g_test_rand_int_range (-5, 6);

  if (n_own > 0)
    item = g_list_model_get_item (own, g_test_rand_int_range (0, n_own));

  switch (n_own == 0 ? 0 : g_test_rand_int_range (0, 3))
    {
    case 0:
      added = tradeoff_decision_add_criterion (decision, label, new_group ? NULL : group,
                                               new_group ? "Mine" : NULL, weights, RANDOM_OPTIONS, &error);
      g_assert_nonnull (added);
      break;

    case 1:
      g_assert_true (tradeoff_decision_edit_criterion (decision, tradeoff_criterion_get_id (item), label,
                                                       group, NULL, weights, RANDOM_OPTIONS, &error));
      break;

    default:
      g_assert_true (tradeoff_decision_remove_criterion (decision, tradeoff_criterion_get_id (item), &error));
      break;
    }
  g_assert_no_error (error);
}

/* Random levels, must-haves and own criteria on a decision, with undo and
 * redo in between: the advisor always equals a recount, and undoing every
 * step comes back to where it started, redoing them to where it ended. */
static void
test_decision_matches_recount (void)
{
  TradeoffComparison *comparison = random_comparison ();
  TradeoffDecision *decision = tradeoff_decision_new (comparison);
  g_autofree char *start = describe_state (decision);
  g_autofree char *end = NULL;
  g_autofree char *back = NULL;

  for (guint i = 0; i < 600; i++)
    {
      switch (g_test_rand_int_range (0, 10))
        {
        case 0:
          random_own_change (decision);
          break;

        case 1:
          tradeoff_decision_undo (decision);
          break;

        case 2:
          tradeoff_decision_redo (decision);
          break;

        default:
          random_toggle (tradeoff_decision_get_advisor (decision));
          break;
        }
      assert_matches_recount (tradeoff_decision_get_advisor (decision));
    }

  /* Whatever is left to redo first, so "the end" is the last step. */
  while (tradeoff_decision_get_can_redo (decision))
    tradeoff_decision_redo (decision);
  assert_matches_recount (tradeoff_decision_get_advisor (decision));
  end = describe_state (decision);
  while (tradeoff_decision_get_can_undo (decision))
    {
      tradeoff_decision_undo (decision);
      assert_matches_recount (tradeoff_decision_get_advisor (decision));
    }
  back = describe_state (decision);
  g_assert_cmpstr (back, ==, start);

  while (tradeoff_decision_get_can_redo (decision))
    tradeoff_decision_redo (decision);
  g_clear_pointer (&back, g_free);
  back = describe_state (decision);
  g_assert_cmpstr (back, ==, end);
  assert_matches_recount (tradeoff_decision_get_advisor (decision));

  g_assert_finalize_object (decision);
  g_assert_finalize_object (comparison);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/advisor-random/toggles-match-recount",
                   test_random_toggles_match_recount);
  g_test_add_func ("/tradeoff/advisor-random/flips-match-brute-force",
                   test_flips_match_brute_force);

  g_test_add_func ("/tradeoff/advisor-random/decision-matches-recount",
                   test_decision_matches_recount);

  return g_test_run ();
}
