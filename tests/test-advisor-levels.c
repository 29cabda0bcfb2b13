/* test-advisor-levels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How much each criterion matters: levels count their weights once or
 * twice, must-haves rule out the options that do not serve them, a
 * conflict of must-haves is named, and every change notifies only what it
 * changed.
 */

#define G_LOG_DOMAIN "test-advisor-levels"

#include "config.h"

#include "advisor-fixtures.h"
#include "tradeoff-loader.h"

static void
set_level (TradeoffAdvisor *advisor,
           const char      *id,
           TradeoffLevel    level)
{
  tradeoff_advisor_set_level (advisor, criterion (advisor, id), level);
}

/* Two options; a: (3, 0), b: (0, 2), c: (1, 1), d: (-1, 1). */
static TradeoffComparison *
small_comparison (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffCriterionGroup *either = add_group (comparison, "either", TRUE);

  add_criterion (comparison, group, NULL, "a", (int[]) { 3, 0 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 0, 2 });
  add_criterion (comparison, either, NULL, "c", (int[]) { 1, 1 });
  add_criterion (comparison, either, NULL, "d", (int[]) { -1, 1 });
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

static void
test_levels_multiply (void)
{
  TradeoffComparison *comparison = small_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);

  /* (3, 2) at one each; (3, 4) once b matters a lot. */
  tick (advisor, "a", TRUE);
  tick (advisor, "b", TRUE);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  set_level (advisor, "b", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 3);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 4);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");

  /* Ticking keeps the level; a toggle off and on is back to one. */
  tick (advisor, "b", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_level (advisor, criterion (advisor, "b")), ==,
                   TRADEOFF_LEVEL_A_LOT);
  tradeoff_advisor_toggle (advisor, criterion (advisor, "b"));
  tradeoff_advisor_toggle (advisor, criterion (advisor, "b"));
  g_assert_cmpint (tradeoff_advisor_get_level (advisor, criterion (advisor, "b")), ==,
                   TRADEOFF_LEVEL_MATTERS);
  g_assert_cmpstr (leader_id (advisor), ==, "django");

  /* A must-have gives no points: a alone, as a must-have, leaves Django
   * alone in the running with 0 points, and that is a lead. */
  tradeoff_advisor_reset (advisor);
  set_level (advisor, "a", TRADEOFF_LEVEL_MUST);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 0);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  g_assert_true (tradeoff_advisor_get_ruled_out_by (advisor, 1) == criterion (advisor, "a"));
  g_assert_null (tradeoff_advisor_get_ruled_out_by (advisor, 0));
  g_assert_true (tradeoff_option_score_get_ruled_out_by (score_item (advisor, 1)) ==
                 criterion (advisor, "a"));

  /* Flask outscores Django, but is out of the running. */
  set_level (advisor, "b", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 4);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  g_assert_false (tradeoff_option_score_get_leading (score_item (advisor, 1)));

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

static void
test_conflict_is_named (void)
{
  TradeoffComparison *comparison = small_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GPtrArray) conflict = NULL;
  const char *explanation;

  /* c is served by both; a only by Django, b only by Flask. */
  set_level (advisor, "c", TRADEOFF_LEVEL_MUST);
  set_level (advisor, "a", TRADEOFF_LEVEL_MUST);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  set_level (advisor, "b", TRADEOFF_LEVEL_MUST);

  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_CONFLICT);
  g_assert_null (tradeoff_advisor_get_leader (advisor));
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "No option passes your must-haves");
  explanation = tradeoff_advisor_get_explanation (advisor);
  g_assert_nonnull (strstr (explanation, "“Label a” and “Label b”"));
  g_assert_null (strstr (explanation, "Label c"));
  g_assert_cmpstr (tradeoff_verdict_describe (TRADEOFF_VERDICT_CONFLICT, 0.0), ==, "No option passes");

  conflict = tradeoff_advisor_dup_conflict (advisor);
  g_assert_cmpuint (conflict->len, ==, 2);
  g_assert_true (conflict->pdata[0] == criterion (advisor, "a"));
  g_assert_true (conflict->pdata[1] == criterion (advisor, "b"));

  /* One must-have nobody serves is a conflict of its own. */
  tradeoff_advisor_reset (advisor);
  set_level (advisor, "d", TRADEOFF_LEVEL_MUST);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");
  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("a:must", "d:must"), NULL));
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_CONFLICT);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

static void
on_level_changed (TradeoffAdvisor   *advisor,
                  TradeoffCriterion *changed,
                  int                old_level,
                  GString           *log)
{
  g_string_append_printf (log, "%s:%s>%s ", tradeoff_criterion_get_id (changed),
                          tradeoff_level_to_nick (old_level),
                          tradeoff_level_to_nick (tradeoff_advisor_get_level (advisor, changed)));
}

static void
on_levels_changed (TradeoffAdvisor *advisor,
                   GString         *log)
{
  g_string_append (log, "| ");
}

static void
test_level_notifies_only_changes (void)
{
  TradeoffComparison *comparison = small_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  TradeoffTick *tick_b = tradeoff_advisor_get_tick (advisor, criterion (advisor, "b"));
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GHashTable) counts = watch (advisor);
  g_autoptr(GHashTable) tick_counts = watch (tick_b);

  g_signal_connect (advisor, "level-changed", G_CALLBACK (on_level_changed), log);
  g_signal_connect (advisor, "levels-changed", G_CALLBACK (on_levels_changed), log);

  tick (advisor, "a", TRUE);
  tick (advisor, "b", TRUE);
  g_assert_cmpuint (count_of (tick_counts, "ticked"), ==, 1);
  g_assert_cmpuint (count_of (tick_counts, "level"), ==, 1);
  g_assert_cmpuint (count_of (counts, "n-ticked"), ==, 2);

  /* Matters a lot: the level changes, the tick does not; (3, 4). */
  g_object_set (tick_b, "level", TRADEOFF_LEVEL_A_LOT, NULL);
  g_assert_cmpuint (count_of (tick_counts, "ticked"), ==, 1);
  g_assert_cmpuint (count_of (tick_counts, "level"), ==, 2);
  g_assert_cmpuint (count_of (counts, "n-ticked"), ==, 2);
  g_assert_cmpuint (count_of (counts, "leader"), ==, 2);

  /* The same level again changes nothing and says nothing. */
  set_level (advisor, "b", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpuint (count_of (tick_counts, "level"), ==, 2);
  g_assert_cmpuint (count_of (counts, "leader"), ==, 2);
  g_assert_cmpuint (count_of (counts, "n-must"), ==, 0);

  /* Choosing d in the exclusive group after c: one action, two changes. */
  set_level (advisor, "c", TRADEOFF_LEVEL_MUST);
  g_assert_cmpuint (count_of (counts, "n-must"), ==, 1);
  set_level (advisor, "d", TRADEOFF_LEVEL_A_LOT);
  g_assert_cmpuint (count_of (counts, "n-must"), ==, 2);
  g_assert_cmpint (tradeoff_advisor_get_level (advisor, criterion (advisor, "c")), ==,
                   TRADEOFF_LEVEL_OFF);

  g_assert_cmpstr (log->str, ==,
                   "a:off>matters | b:off>matters | b:matters>a-lot | c:off>must | "
                   "c:must>off d:off>a-lot | ");

  g_string_truncate (log, 0);
  tradeoff_advisor_reset (advisor);
  g_assert_cmpstr (log->str, ==, "a:matters>off b:a-lot>off d:a-lot>off | ");

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

static void
test_select_ids_with_levels (void)
{
  TradeoffComparison *comparison = small_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("a:1", "b:2", "c:must"), &error));
  g_assert_no_error (error);
  ids = tradeoff_advisor_dup_level_ids (advisor);
  g_assert_cmpstrv (ids, IDS ("a", "b:2", "c:must"));
  g_clear_pointer (&ids, g_strfreev);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, IDS ("a", "b", "c"));

  /* An unknown level says what to type, and changes nothing. */
  g_assert_false (tradeoff_advisor_select_ids (advisor, IDS ("a", "b:3"), &error));
  g_assert_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_UNKNOWN_LEVEL);
  g_assert_cmpstr (error->message, ==, "Unknown level “3” for “b”: use 1, 2 or must.");
  g_clear_error (&error);
  g_assert_false (tradeoff_advisor_select_ids (advisor, IDS ("x:2"), &error));
  g_assert_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_UNKNOWN_CRITERION);
  g_assert_cmpstr (error->message, ==, "There is no criterion “x” in this comparison.");
  g_clear_error (&error);
  g_assert_cmpuint (tradeoff_advisor_get_n_must (advisor), ==, 1);
  g_assert_cmpint (tradeoff_advisor_get_level (advisor, criterion (advisor, "b")), ==,
                   TRADEOFF_LEVEL_A_LOT);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* The check: Django expertise as a must-have leaves Django alone. */
static void
test_shipped_must_have (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  TradeoffAdvisor *advisor;
  GListModel *flips;
  gboolean found_must_flip = FALSE;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);

  set_level (advisor, "team-knows-django", TRADEOFF_LEVEL_MUST);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  g_assert_true (tradeoff_advisor_get_ruled_out_by (advisor, 1) ==
                 criterion (advisor, "team-knows-django"));

  /* Whatever else matters, Flask stays out. */
  g_assert_true (tradeoff_advisor_select_ids (advisor,
                                              IDS ("team-knows-django:must", "greenfield:2",
                                                   "performance-and-dx:2", "fast-startup"),
                                              &error));
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), >, tradeoff_advisor_get_score (advisor, 0));
  g_assert_cmpstr (leader_id (advisor), ==, "django");

  /* And the flips say that dropping the must-have would change it. */
  flips = tradeoff_advisor_get_flips (advisor);
  for (guint i = 0; i < g_list_model_get_n_items (flips); i++)
    {
      g_autoptr(TradeoffFlip) flip = g_list_model_get_item (flips, i);

      if (tradeoff_flip_get_from (flip) == TRADEOFF_LEVEL_MUST &&
          tradeoff_flip_get_criterion (flip) == criterion (advisor, "team-knows-django"))
        found_must_flip = TRUE;
    }
  g_assert_true (found_must_flip);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/advisor-levels/multiply", test_levels_multiply);
  g_test_add_func ("/tradeoff/advisor-levels/conflict-is-named", test_conflict_is_named);
  g_test_add_func ("/tradeoff/advisor-levels/notify-only-changes", test_level_notifies_only_changes);
  g_test_add_func ("/tradeoff/advisor-levels/select-ids", test_select_ids_with_levels);
  g_test_add_func ("/tradeoff/advisor-levels/shipped-must-have", test_shipped_must_have);

  return g_test_run ();
}
