/* test-decision.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's decision: own criteria are ticked like any other and leave the
 * comparison alone, the record notifies only on change, and undo and redo
 * cover every change, levels made through the advisor included.
 */

#define G_LOG_DOMAIN "test-decision"

#include "config.h"

#include "advisor-fixtures.h"
#include "tradeoff-decision.h"
#include "tradeoff-loader.h"

static TradeoffDecision *
shipped_decision (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (&error);

  g_assert_no_error (error);
  return tradeoff_decision_new (comparison);
}

static void
set_level (TradeoffDecision *decision,
           const char       *id,
           TradeoffLevel     level)
{
  TradeoffAdvisor *advisor = tradeoff_decision_get_advisor (decision);

  tradeoff_advisor_set_level (advisor, criterion (advisor, id), level);
}

static char *
levels_of (TradeoffDecision *decision)
{
  g_auto(GStrv) ids = tradeoff_advisor_dup_level_ids (tradeoff_decision_get_advisor (decision));

  return g_strjoinv (",", ids);
}

#define assert_levels(decision, expected) G_STMT_START { \
    g_autofree char *_levels = levels_of (decision); \
    g_assert_cmpstr (_levels, ==, expected); \
  } G_STMT_END

static void
test_own_criteria (void)
{
  TradeoffDecision *decision = shipped_decision ();
  TradeoffComparison *base = tradeoff_decision_get_base (decision);
  guint n_base = tradeoff_comparison_get_n_criteria (base);
  g_autoptr(GHashTable) counts = watch (decision);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *second = NULL;
  TradeoffAdvisor *advisor;
  TradeoffCriterion *own;

  set_level (decision, "team-knows-flask", TRADEOFF_LEVEL_MATTERS);
  g_assert_cmpstr (leader_id (tradeoff_decision_get_advisor (decision)), ==, "flask");

  /* Hosting costs, in the comparison's "project" group: Django 4, Flask 0. */
  id = tradeoff_decision_add_criterion (decision, "  Cheap hosting we already pay for ", "project", NULL,
                                        (int[]) { 4, 0 }, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "own-1");
  g_assert_cmpuint (count_of (counts, "advisor"), ==, 1);
  g_assert_cmpuint (count_of (counts, "comparison"), ==, 1);

  advisor = tradeoff_decision_get_advisor (decision);
  own = criterion (advisor, id);
  g_assert_cmpstr (tradeoff_criterion_get_label (own), ==, "Cheap hosting we already pay for");
  g_assert_cmpstr (tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (own)), ==, "project");
  g_assert_true (tradeoff_decision_is_own (decision, own));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 1);
  /* The base comparison is untouched; the level carried over. */
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (base), ==, n_base);
  g_assert_null (tradeoff_comparison_find_criterion (base, id));
  assert_levels (decision, "team-knows-flask");

  /* Ticked like any other: a lot, and Django leads (8 to 3). */
  set_level (decision, id, TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpstr (leader_id (tradeoff_decision_get_advisor (decision)), ==, "django");

  /* A second one in a group of its own. */
  second = tradeoff_decision_add_criterion (decision, "Runs on our old servers", NULL, "Our setup",
                                            (int[]) { 0, 1 }, 2, &error);
  g_assert_no_error (error);
  advisor = tradeoff_decision_get_advisor (decision);
  g_assert_cmpstr (tradeoff_criterion_group_get_label (tradeoff_criterion_get_group (criterion (advisor, second))),
                   ==, "Our setup");
  assert_levels (decision, "team-knows-flask,own-1:2");

  /* Edited: Flask 5 now; the level stays. */
  g_assert_true (tradeoff_decision_edit_criterion (decision, id, "Cheap hosting", "project", NULL,
                                                   (int[]) { 0, 5 }, 2, &error));
  g_assert_cmpstr (leader_id (tradeoff_decision_get_advisor (decision)), ==, "flask");
  assert_levels (decision, "team-knows-flask,own-1:2");

  /* Mistakes say what is wrong and change nothing. */
  g_assert_null (tradeoff_decision_add_criterion (decision, " ", "project", NULL, (int[]) { 1, 1 }, 2, &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (tradeoff_decision_add_criterion (decision, "X", "nowhere", NULL, (int[]) { 1, 1 }, 2, &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_UNKNOWN);
  g_assert_cmpstr (error->message, ==, "There is no group “nowhere” in this comparison.");
  g_clear_error (&error);
  g_assert_null (tradeoff_decision_add_criterion (decision, "X", "project", NULL, (int[]) { 1, 101 }, 2, &error));
  g_assert_cmpstr (error->message, ==, "The weight for Flask is 101: weights go from -100 to 100.");
  g_clear_error (&error);
  g_assert_false (tradeoff_decision_remove_criterion (decision, "greenfield", &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_NOT_OWN);
  g_clear_error (&error);

  /* Removed, with its level and its own group. */
  g_assert_true (tradeoff_decision_remove_criterion (decision, id, &error));
  g_assert_true (tradeoff_decision_remove_criterion (decision, second, &error));
  g_assert_no_error (error);
  assert_levels (decision, "team-knows-flask");
  g_assert_true (tradeoff_decision_get_comparison (decision) == base);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);

  g_assert_finalize_object (decision);
}

static void
test_record_notifies_only_changes (void)
{
  TradeoffDecision *decision = shipped_decision ();
  g_autoptr(GHashTable) counts = watch (decision);
  g_autoptr(GError) error = NULL;

  tradeoff_decision_set_note (decision, "We host on a PaaS.", NULL);
  tradeoff_decision_set_note (decision, "We host on a PaaS.", NULL);
  g_assert_cmpuint (count_of (counts, "note"), ==, 1);
  g_assert_cmpuint (count_of (counts, "can-undo"), ==, 1);

  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_ACCEPTED);
  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_ACCEPTED);
  g_assert_cmpuint (count_of (counts, "status"), ==, 1);
  g_assert_cmpstr (tradeoff_decision_status_to_nick (tradeoff_decision_get_status (decision)), ==, "accepted");

  g_assert_true (tradeoff_decision_set_date (decision, "2026-12-01", &error));
  g_assert_false (tradeoff_decision_set_date (decision, "2026-02-30", &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.");
  g_clear_error (&error);
  g_assert_cmpstr (tradeoff_decision_get_date (decision), ==, "2026-12-01");
  g_assert_cmpuint (count_of (counts, "date"), ==, 1);

  /* Choosing against the advice needs a reason; with the advice, not. */
  set_level (decision, "team-knows-django", TRADEOFF_LEVEL_MUST);
  g_assert_false (tradeoff_decision_set_choice (decision, "flask", "", &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_false (tradeoff_decision_set_choice (decision, "rails", "why not", &error));
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_UNKNOWN);
  g_clear_error (&error);
  g_assert_true (tradeoff_decision_set_choice (decision, "django", NULL, &error));
  g_assert_false (tradeoff_decision_get_overrides (decision));
  g_assert_true (tradeoff_decision_set_choice (decision, "flask", "The new team knows Flask.", &error));
  g_assert_no_error (error);
  g_assert_true (tradeoff_decision_get_overrides (decision));
  g_assert_cmpstr (tradeoff_decision_get_chosen (decision), ==, "flask");
  g_assert_cmpstr (tradeoff_decision_get_reason (decision), ==, "The new team knows Flask.");
  g_assert_cmpuint (count_of (counts, "chosen"), ==, 2);
  g_assert_cmpuint (count_of (counts, "reason"), ==, 1);

  g_assert_finalize_object (decision);
}

/* Every kind of change, then undone one by one back to a fresh decision,
 * then redone to the end. */
static void
test_undo_redo_everything (void)
{
  TradeoffDecision *decision = shipped_decision ();
  TradeoffAdvisor *advisor = tradeoff_decision_get_advisor (decision);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint steps = 0;

  g_assert_false (tradeoff_decision_get_can_undo (decision));

  tradeoff_advisor_toggle (advisor, criterion (advisor, "greenfield"));             /* 1 */
  set_level (decision, "greenfield", TRADEOFF_LEVEL_A_LOT);                         /* 2 */
  set_level (decision, "long-term-stability", TRADEOFF_LEVEL_MATTERS);              /* 3 */
  set_level (decision, "innovation", TRADEOFF_LEVEL_MUST);                          /* 4: moves the radio */
  id = tradeoff_decision_add_criterion (decision, "Cheap hosting", "project", NULL,
                                        (int[]) { 4, 0 }, 2, &error);               /* 5 */
  set_level (decision, id, TRADEOFF_LEVEL_MATTERS);                                 /* 6 */
  tradeoff_decision_edit_criterion (decision, id, "Cheaper hosting", "project", NULL,
                                    (int[]) { 3, 0 }, 2, &error);                   /* 7 */
  tradeoff_decision_set_note (decision, "W", NULL);                                       /* 8 */
  tradeoff_decision_set_note (decision, "We", NULL);                                      /*   typing */
  tradeoff_decision_set_note (decision, "We host on a PaaS.", NULL);                      /*   typing */
  tradeoff_decision_set_deciders (decision, "Ana, Bo", NULL);                             /* 9 */
  tradeoff_decision_set_date (decision, "2026-12-01", NULL);                        /* 10 */
  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_ACCEPTED);              /* 11 */
  tradeoff_decision_set_choice (decision, "django", "Hosting decides.", NULL);      /* 12 */
  tradeoff_advisor_reset (tradeoff_decision_get_advisor (decision));                /* 13 */
  tradeoff_decision_remove_criterion (decision, id, &error);                        /* 14 */
  tradeoff_decision_reset (decision);                                               /* 15 */
  g_assert_no_error (error);

  assert_levels (decision, "");
  g_assert_null (tradeoff_decision_get_note (decision));

  while (tradeoff_decision_get_can_undo (decision))
    {
      tradeoff_decision_undo (decision);
      steps++;
      if (steps == 1)
        {
          /* Before the reset: the note and the record are back. */
          g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, "We host on a PaaS.");
          g_assert_cmpstr (tradeoff_decision_get_chosen (decision), ==, "django");
        }
      if (steps == 3)
        assert_levels (decision, "greenfield:2,own-1,innovation:must");
      if (steps == 8)
        g_assert_null (tradeoff_decision_get_note (decision));
      if (steps == 9)
        {
          advisor = tradeoff_decision_get_advisor (decision);
          g_assert_cmpstr (tradeoff_criterion_get_label (criterion (advisor, "own-1")), ==, "Cheap hosting");
        }
      if (steps == 12)
        assert_levels (decision, "greenfield:2,long-term-stability");
    }
  g_assert_cmpuint (steps, ==, 15);
  assert_levels (decision, "");
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);

  while (tradeoff_decision_get_can_redo (decision))
    tradeoff_decision_redo (decision);
  assert_levels (decision, "");
  g_assert_null (tradeoff_decision_get_note (decision));

  /* One undo more: everything as it was before the reset. */
  tradeoff_decision_undo (decision);
  g_assert_cmpstr (tradeoff_decision_get_deciders (decision), ==, "Ana, Bo");
  g_assert_cmpint (tradeoff_decision_get_status (decision), ==, TRADEOFF_DECISION_ACCEPTED);
  g_assert_cmpstr (tradeoff_decision_get_reason (decision), ==, "Hosting decides.");

  /* A new change drops what could be redone. */
  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_REJECTED);
  g_assert_false (tradeoff_decision_get_can_redo (decision));

  g_assert_finalize_object (decision);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/decision/own-criteria", test_own_criteria);
  g_test_add_func ("/tradeoff/decision/record-notifies-only-changes", test_record_notifies_only_changes);
  g_test_add_func ("/tradeoff/decision/undo-redo-everything", test_undo_redo_everything);

  return g_test_run ();
}
