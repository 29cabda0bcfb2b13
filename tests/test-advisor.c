/* test-advisor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live recommendation: scores, verdicts, exclusive groups, the
 * notifications the window binds to, reasons, flips and selecting by id, on
 * comparisons built by hand and on the shipped one.  The checks against
 * brute force on random comparisons are in test-advisor-random.c.
 */

#define G_LOG_DOMAIN "test-advisor"

#include "config.h"

#include "advisor-fixtures.h"
#include "tradeoff-advisor-private.h"
#include "tradeoff-loader.h"

/* Two options; a: (3, 0), b: (0, 3), c: (1, 1). */
static TradeoffComparison *
two_options (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);

  add_criterion (comparison, group, NULL, "a", (int[]) { 3, 0 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 0, 3 });
  add_criterion (comparison, group, NULL, "c", (int[]) { 1, 1 });
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

/* Scores and verdicts */

static void
test_verdict_two_options (void)
{
  TradeoffComparison *comparison = two_options ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);

  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_NONE);
  g_assert_null (tradeoff_advisor_get_leader (advisor));
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "No advice yet");
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==, "Tick something.");
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.0);

  tick (advisor, "a", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 3);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 0);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_LEADER);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "\u2068Django\u2069 fits you best");
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==, "Pick Django.");
  /* 3 points ahead, against the 6 that b, still open, could give Flask at
   * "matters a lot": a third, not the whole. */
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 3.0 / 9.0);
  g_assert_true (tradeoff_option_score_get_leading (score_item (advisor, 0)));
  g_assert_cmpfloat (tradeoff_option_score_get_fraction (score_item (advisor, 0)), ==, 1.0);
  g_assert_cmpfloat (tradeoff_option_score_get_fraction (score_item (advisor, 1)), ==, 0.0);

  tick (advisor, "b", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_TIE);
  g_assert_null (tradeoff_advisor_get_leader (advisor));
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "It’s a tie between \u2068Django\u2069 and \u2068Flask\u2069");
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==, "Both will do.");
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.0);
  g_assert_false (tradeoff_option_score_get_leading (score_item (advisor, 0)));

  /* (1, 4): Flask leads by 3, and a, still open, could give Django 6. */
  tick (advisor, "a", FALSE);
  tick (advisor, "c", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 1);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 4);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "\u2068Flask\u2069 fits you best");
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==, "Pick Flask.");
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 3.0 / 9.0);
  g_assert_cmpfloat (tradeoff_option_score_get_fraction (score_item (advisor, 0)), ==, 0.25);

  tradeoff_advisor_reset (advisor);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 0);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_NONE);
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "No advice yet");
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 0);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

static void
test_verdict_three_options (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("A", "B", "C"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffAdvisor *advisor;

  add_criterion (comparison, group, NULL, "x", (int[]) { 2, 1, 0 });
  add_criterion (comparison, group, NULL, "y", (int[]) { 0, 2, 2 });
  add_criterion (comparison, group, NULL, "z", (int[]) { 1, 0, -1 });
  add_criterion (comparison, group, NULL, "zero", (int[]) { 0, 0, 0 });
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);

  /* Ticked, but weighing nothing: everybody ties at zero. */
  tick (advisor, "zero", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_TIE);
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "It’s a tie between \u2068A\u2069, \u2068B\u2069 and \u2068C\u2069");
  g_assert_cmpfloat (tradeoff_option_score_get_fraction (score_item (advisor, 2)), ==, 0.0);

  /* (2, 1, 0): A leads B by 1, and y and z, open, could give B up to 6
   * over their lowest weights, x one more at "matters a lot": 1 of 8. */
  tick (advisor, "x", TRUE);
  g_assert_cmpstr (leader_id (advisor), ==, "a");
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 1.0 / 8.0);

  /* (2, 3, 2): B leads by one of four points. */
  tick (advisor, "y", TRUE);
  g_assert_cmpstr (leader_id (advisor), ==, "b");
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "\u2068B\u2069 fits you best");
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==, "Pick B.");
  /* Against A: z open (4) and x at "matters" (2) could swing 6. */
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 1.0 / 7.0);
  g_assert_cmpfloat (tradeoff_option_score_get_fraction (score_item (advisor, 0)), ==, 2.0 / 3.0);
  g_assert_cmpfloat (tradeoff_option_score_get_fraction (score_item (advisor, 1)), ==, 1.0);
  g_assert_false (tradeoff_option_score_get_leading (score_item (advisor, 0)));
  g_assert_true (tradeoff_option_score_get_leading (score_item (advisor, 1)));

  /* (3, 3, 1): A and B tie; C is not named. */
  tick (advisor, "z", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_TIE);
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "It’s a tie between \u2068A\u2069 and \u2068B\u2069");
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==, "Both will do.");
  g_assert_cmpint (tradeoff_option_score_get_score (score_item (advisor, 2)), ==, 1);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 4);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Exclusive groups */

static TradeoffComparison *
exclusive_comparison (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *plain = add_group (comparison, "plain", FALSE);
  TradeoffCriterionGroup *priority = add_group (comparison, "priority", TRUE);

  add_criterion (comparison, plain, NULL, "free", (int[]) { 1, 0 });
  add_criterion (comparison, priority, NULL, "p1", (int[]) { 2, 0 });
  add_criterion (comparison, priority, NULL, "p2", (int[]) { 0, 2 });
  _tradeoff_comparison_seal (comparison);

  return comparison;
}

static void
test_exclusive_group_is_radio (void)
{
  TradeoffComparison *comparison = exclusive_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  TradeoffTick *p1 = tradeoff_advisor_get_tick (advisor, criterion (advisor, "p1"));
  TradeoffTick *p2 = tradeoff_advisor_get_tick (advisor, criterion (advisor, "p2"));
  g_autoptr(GHashTable) advisor_counts = watch (advisor);
  g_autoptr(GHashTable) p1_counts = watch (p1);
  g_autoptr(GHashTable) p2_counts = watch (p2);

  g_assert_true (tradeoff_tick_get_criterion (p1) == criterion (advisor, "p1"));

  tick (advisor, "free", TRUE);
  tradeoff_tick_set_ticked (p1, TRUE);
  g_assert_true (tradeoff_tick_get_ticked (p1));
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 3);
  g_hash_table_remove_all (advisor_counts);
  g_hash_table_remove_all (p1_counts);

  /* Ticking p2 (through its tick, as a check button would) unticks p1. */
  g_object_set (p2, "ticked", TRUE, NULL);
  g_assert_true (tradeoff_tick_get_ticked (p2));
  g_assert_false (tradeoff_tick_get_ticked (p1));
  g_assert_false (tradeoff_advisor_get_ticked (advisor, criterion (advisor, "p1")));
  g_assert_true (tradeoff_advisor_get_ticked (advisor, criterion (advisor, "free")));
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 1);
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 2);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");
  g_assert_cmpuint (count_of (p1_counts, "ticked"), ==, 1);
  g_assert_cmpuint (count_of (p2_counts, "ticked"), ==, 1);

  /* One user action: each property announced once; the number ticked
   * stayed at two, so it is not announced at all. */
  g_assert_cmpuint (count_of (advisor_counts, "leader"), ==, 1);
  g_assert_cmpuint (count_of (advisor_counts, "headline"), ==, 1);
  g_assert_cmpuint (count_of (advisor_counts, "reasons"), ==, 1);
  g_assert_cmpuint (count_of (advisor_counts, "n-ticked"), ==, 0);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 2);

  /* A radio group may also be left empty. */
  tradeoff_tick_set_ticked (p2, FALSE);
  g_assert_false (tradeoff_tick_get_ticked (p1));
  g_assert_false (tradeoff_tick_get_ticked (p2));
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 1), ==, 0);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Notifications */

/* Something with a boolean property, like a check button's "active",
 * counting how often it is set. */
#define TEST_TYPE_SWITCH (test_switch_get_type ())
G_DECLARE_FINAL_TYPE (TestSwitch, test_switch, TEST, SWITCH, GObject)

struct _TestSwitch
{
  GObject parent_instance;
  gboolean active;
  guint n_sets;
};

G_DEFINE_FINAL_TYPE (TestSwitch, test_switch, G_TYPE_OBJECT)

static GParamSpec *switch_active;

static void
test_switch_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  g_value_set_boolean (value, TEST_SWITCH (object)->active);
}

static void
test_switch_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TestSwitch *self = TEST_SWITCH (object);

  self->n_sets++;
  if (self->active != g_value_get_boolean (value))
    {
      self->active = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, switch_active);
    }
}

static void
test_switch_class_init (TestSwitchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = test_switch_get_property;
  object_class->set_property = test_switch_set_property;
  switch_active = g_param_spec_boolean ("active", NULL, NULL, FALSE,
                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                        G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, 1, switch_active);
}

static void
test_switch_init (TestSwitch *self)
{
}

static void
test_notify_only_on_change (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffAdvisor *advisor;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) django = NULL;
  g_autoptr(GHashTable) flask = NULL;
  g_autoptr(GHashTable) small = NULL;

  add_criterion (comparison, group, NULL, "big", (int[]) { 5, 0 });
  add_criterion (comparison, group, NULL, "small", (int[]) { 1, 0 });
  add_criterion (comparison, group, NULL, "rival", (int[]) { 0, 2 });
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);
  counts = watch (advisor);
  django = watch (score_item (advisor, 0));
  flask = watch (score_item (advisor, 1));
  small = watch (tradeoff_advisor_get_tick (advisor, criterion (advisor, "small")));

  tick (advisor, "big", TRUE);
  g_assert_cmpuint (count_of (counts, "leader"), ==, 1);
  g_assert_cmpuint (count_of (counts, "verdict-kind"), ==, 1);
  g_assert_cmpuint (count_of (counts, "headline"), ==, 1);
  g_assert_cmpuint (count_of (counts, "explanation"), ==, 1);
  g_assert_cmpuint (count_of (counts, "confidence"), ==, 1);
  g_assert_cmpuint (count_of (django, "leading"), ==, 1);
  g_hash_table_remove_all (counts);
  g_hash_table_remove_all (django);

  /* (6, 0): more of the same.  The leader, and so the headline and the
   * explanation, stay; the confidence stays at one half, all it can be
   * while a must-have on "rival" would rule Django out; Flask's bar is
   * untouched, and so is Django's share of the top score. */
  tick (advisor, "small", TRUE);
  g_assert_cmpuint (count_of (counts, "n-ticked"), ==, 1);
  g_assert_cmpuint (count_of (counts, "reasons"), ==, 1);
  g_assert_cmpuint (count_of (counts, "leader"), ==, 0);
  g_assert_cmpuint (count_of (counts, "verdict-kind"), ==, 0);
  g_assert_cmpuint (count_of (counts, "headline"), ==, 0);
  g_assert_cmpuint (count_of (counts, "explanation"), ==, 0);
  g_assert_cmpuint (count_of (counts, "confidence"), ==, 0);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 2);
  g_assert_cmpuint (count_of (django, "score"), ==, 1);
  g_assert_cmpuint (g_hash_table_size (django), ==, 1);
  g_assert_cmpuint (g_hash_table_size (flask), ==, 0);
  g_assert_cmpuint (count_of (small, "ticked"), ==, 1);
  g_hash_table_remove_all (counts);
  g_hash_table_remove_all (django);
  g_hash_table_remove_all (small);

  /* The same state again, four ways: nothing at all. */
  tick (advisor, "small", TRUE);
  g_object_set (tradeoff_advisor_get_tick (advisor, criterion (advisor, "small")),
                "ticked", TRUE, NULL);
  tick (advisor, "rival", FALSE);
  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("small", "big"), NULL));
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);
  g_assert_cmpuint (g_hash_table_size (django), ==, 0);
  g_assert_cmpuint (g_hash_table_size (small), ==, 0);

  /* (6, 2): Flask's score and share change, Django's do not. */
  tick (advisor, "rival", TRUE);
  g_assert_cmpuint (g_hash_table_size (django), ==, 0);
  g_assert_cmpuint (count_of (flask, "score"), ==, 1);
  g_assert_cmpuint (count_of (flask, "fraction"), ==, 1);
  g_assert_cmpuint (count_of (flask, "leading"), ==, 0);
  g_assert_cmpuint (count_of (counts, "confidence"), ==, 0);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.5);

  /* (6, 0) with nothing open for Flask: the confidence does change. */
  tick (advisor, "rival", FALSE);
  tick (advisor, "small", FALSE);
  g_hash_table_remove_all (counts);
  tick (advisor, "big", FALSE);
  g_assert_cmpuint (count_of (counts, "confidence"), ==, 1);
  g_assert_cmpfloat (tradeoff_advisor_get_confidence (advisor), ==, 0.0);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* A check button binds its "active" to a tick both ways: a click goes to
 * the advisor and back once, and a change the advisor makes (an exclusive
 * group's untick) reaches the button, all without a loop. */
static void
test_tick_binding_round_trips (void)
{
  TradeoffComparison *comparison = exclusive_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  TradeoffTick *p1 = tradeoff_advisor_get_tick (advisor, criterion (advisor, "p1"));
  TestSwitch *button = g_object_new (TEST_TYPE_SWITCH, NULL);
  g_autoptr(GHashTable) button_counts = watch (button);
  g_autoptr(GHashTable) tick_counts = watch (p1);

  g_object_bind_property (button, "active", p1, "ticked",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  button->n_sets = 0;

  g_object_set (button, "active", TRUE, NULL);
  g_assert_true (tradeoff_advisor_get_ticked (advisor, criterion (advisor, "p1")));
  g_assert_cmpint (tradeoff_advisor_get_score (advisor, 0), ==, 2);
  g_assert_cmpuint (count_of (tick_counts, "ticked"), ==, 1);
  g_assert_cmpuint (count_of (button_counts, "active"), ==, 1);
  g_assert_cmpuint (button->n_sets, ==, 1);

  tick (advisor, "p2", TRUE);
  g_assert_false (button->active);
  g_assert_cmpuint (count_of (tick_counts, "ticked"), ==, 2);
  g_assert_cmpuint (count_of (button_counts, "active"), ==, 2);
  g_assert_cmpuint (button->n_sets, ==, 2);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (button);
  g_assert_finalize_object (comparison);
}

/* Flips */

static char *
flip_summary (TradeoffAdvisor *advisor,
              guint            position)
{
  g_autoptr(TradeoffFlip) flip = g_list_model_get_item (tradeoff_advisor_get_flips (advisor),
                                                        position);

  return tradeoff_flip_dup_summary (flip);
}

/* All the flips' summaries, one a line. */
static char *
flip_summaries (TradeoffAdvisor *advisor)
{
  GListModel *flips = tradeoff_advisor_get_flips (advisor);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (flips); i++)
    {
      g_autofree char *summary = flip_summary (advisor, i);

      g_string_append_printf (text, "%s\n", summary);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_flips(advisor, expected) G_STMT_START { \
    g_autofree char *_summaries = flip_summaries (advisor); \
    g_assert_cmpstr (_summaries, ==, expected); \
  } G_STMT_END

/* Two options; a: (3, 0), b: (0, 1), c: (0, 1), d: (1, 0), e: (1, 1).  The
 * flips cover every other level of every criterion: making b a must-have
 * rules Django out, for one. */
static void
test_flips_notify_when_they_change (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffAdvisor *advisor;
  g_autoptr(GHashTable) counts = NULL;
  GListModel *flips;

  add_criterion (comparison, group, NULL, "a", (int[]) { 3, 0 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 0, 1 });
  add_criterion (comparison, group, NULL, "c", (int[]) { 0, 1 });
  add_criterion (comparison, group, NULL, "d", (int[]) { 1, 0 });
  add_criterion (comparison, group, NULL, "e", (int[]) { 1, 1 });
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);
  counts = watch (advisor);

  /* Nobody has asked for the flips yet: they are not even computed. */
  tick (advisor, "a", TRUE);
  g_assert_cmpuint (count_of (counts, "flips"), ==, 0);

  assert_flips (advisor,
                "Unticking “\u2068Label a\u2069” would leave no recommendation\n"
                "Making “\u2068Label b\u2069” a must-have would make it \u2068Flask\u2069\n"
                "Making “\u2068Label c\u2069” a must-have would make it \u2068Flask\u2069\n");
  flips = tradeoff_advisor_get_flips (advisor);

  /* (3, 1): now unticking a would make it Flask. */
  tick (advisor, "b", TRUE);
  g_assert_cmpuint (count_of (counts, "flips"), ==, 1);
  g_assert_true (tradeoff_advisor_get_flips (advisor) != flips);
  flips = tradeoff_advisor_get_flips (advisor);
  assert_flips (advisor,
                "Unticking “\u2068Label a\u2069” would make it \u2068Flask\u2069\n"
                "Making “\u2068Label b\u2069” a must-have would make it \u2068Flask\u2069\n"
                "Making “\u2068Label c\u2069” matter a lot would make it a tie\n"
                "Making “\u2068Label c\u2069” a must-have would make it \u2068Flask\u2069\n");

  /* (4, 2): the same flips, so no notification and the same list. */
  tick (advisor, "e", TRUE);
  g_assert_cmpuint (count_of (counts, "flips"), ==, 1);
  g_assert_true (tradeoff_advisor_get_flips (advisor) == flips);

  /* (1, 2): Flask leads, and ticking a again, at any level, would bring
   * Django back; ticking d would tie, unticking b too. */
  tick (advisor, "a", FALSE);
  g_assert_cmpuint (count_of (counts, "flips"), ==, 2);
  assert_flips (advisor,
                "Ticking “\u2068Label a\u2069” would make it \u2068Django\u2069\n"
                "Making “\u2068Label a\u2069” matter a lot would make it \u2068Django\u2069\n"
                "Making “\u2068Label a\u2069” a must-have would make it \u2068Django\u2069\n"
                "Unticking “\u2068Label b\u2069” would leave it a tie\n"
                "Ticking “\u2068Label d\u2069” would make it a tie\n"
                "Making “\u2068Label d\u2069” matter a lot would make it \u2068Django\u2069\n"
                "Making “\u2068Label d\u2069” a must-have would make it \u2068Django\u2069\n");

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Reads the first @n flips, as the window's list does. */
static void
read_first_flips (TradeoffAdvisor *advisor,
                  guint            n)
{
  GListModel *flips = tradeoff_advisor_get_flips (advisor);

  for (guint i = 0; i < MIN (n, g_list_model_get_n_items (flips)); i++)
    g_object_unref (g_list_model_get_item (flips, i));
}

/* Three options; a: (3, 0, 0), b: (0, 5, 0), then a hundred criteria Django
 * does not serve, d0…: (0, 1, 1), and a hundred Flask does not, f0…:
 * (1, 0, 1).  While Django leads, making any d a must-have rules it out;
 * once Flask leads, any f: a tick that changes the leader renews every
 * flip.  Issue 13: only the flips somebody reads are made, as objects. */
static void
test_flips_made_when_read (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("Django", "Flask", "Pyramid"));
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  TradeoffAdvisor *advisor;
  GListModel *flips;
  g_autofree char *last = NULL;
  guint made;

  add_criterion (comparison, group, NULL, "a", (int[]) { 3, 0, 0 });
  add_criterion (comparison, group, NULL, "b", (int[]) { 0, 5, 0 });
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("%c%u", i < 100 ? 'd' : 'f', i % 100);

      add_criterion (comparison, group, NULL, id,
                     i < 100 ? (int[]) { 0, 1, 1 } : (int[]) { 1, 0, 1 });
    }
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);

  tick (advisor, "a", TRUE);
  made = _tradeoff_flips_made ();
  flips = tradeoff_advisor_get_flips (advisor);
  g_assert_cmpuint (g_list_model_get_n_items (flips), >, 100);
  read_first_flips (advisor, 8);
  g_assert_cmpuint (_tradeoff_flips_made () - made, ==, 8);

  /* Flask leads: a hundred flips and more are new, eight are read. */
  tick (advisor, "b", TRUE);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");
  flips = tradeoff_advisor_get_flips (advisor);
  g_assert_cmpuint (g_list_model_get_n_items (flips), >, 100);
  read_first_flips (advisor, 8);
  g_assert_cmpuint (_tradeoff_flips_made () - made, <=, 16);

  /* What is made when read says what it would have said. */
  last = flip_summary (advisor, g_list_model_get_n_items (flips) - 1);
  g_assert_cmpstr (last, ==, "Making “\u2068Label f99\u2069” a must-have would make it \u2068Django\u2069");
  /* And a flip read twice is one object. */
  {
    g_autoptr(TradeoffFlip) first = g_list_model_get_item (flips, 0);
    g_autoptr(TradeoffFlip) again = g_list_model_get_item (flips, 0);

    g_assert_true (first == again);
  }

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Reasons */

static void
test_reasons_ranked_by_contribution (void)
{
  TradeoffComparison *comparison = comparison_new (IDS ("A", "B", "C"));
  g_autoptr(TradeoffFaqEntry) faq = _tradeoff_faq_entry_new ("why", "Why A?", "Because.", 0);
  TradeoffCriterionGroup *group = add_group (comparison, "g", FALSE);
  const char *expected[] = { "r2", "r1", "r5", "r4", "r3" };
  const int contributions[] = { 2, 1, 1, 0, -2 };
  const char *favours[] = { "a", "a", "a", NULL, "b" };
  TradeoffAdvisor *advisor;
  GListModel *reasons;
  g_autoptr(GHashTable) counts = NULL;

  _tradeoff_comparison_add_faq_entry (comparison, faq);
  add_criterion (comparison, group, NULL, "r1", (int[]) { 1, 0, 0 });
  add_criterion (comparison, group, faq, "r2", (int[]) { 3, 0, 1 });
  add_criterion (comparison, group, NULL, "r3", (int[]) { 0, 2, 0 });
  add_criterion (comparison, group, NULL, "r4", (int[]) { 2, 2, 0 });
  add_criterion (comparison, group, NULL, "r5", (int[]) { 1, 0, 0 });
  _tradeoff_comparison_seal (comparison);
  advisor = tradeoff_advisor_new (comparison);
  counts = watch (advisor);

  /* (7, 4, 1): A leads. */
  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("r1", "r2", "r3", "r4", "r5"),
                                              NULL));
  g_assert_cmpuint (count_of (counts, "reasons"), ==, 1);
  g_assert_cmpstr (leader_id (advisor), ==, "a");

  reasons = tradeoff_advisor_get_reasons (advisor);
  g_assert_cmpuint (g_list_model_get_n_items (reasons), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(TradeoffReason) reason = g_list_model_get_item (reasons, i);
      TradeoffOption *option = tradeoff_reason_get_favours (reason);

      g_assert_cmpstr (tradeoff_criterion_get_id (tradeoff_reason_get_criterion (reason)), ==,
                       expected[i]);
      g_assert_cmpint (tradeoff_reason_get_contribution (reason), ==, contributions[i]);
      g_assert_cmpstr (option ? tradeoff_option_get_id (option) : NULL, ==, favours[i]);
    }

  {
    g_autoptr(TradeoffReason) first = g_list_model_get_item (reasons, 0);
    g_autoptr(TradeoffReason) tied = g_list_model_get_item (reasons, 3);
    TradeoffCriterion *because = tradeoff_reason_get_criterion (first);
    g_autofree char *summary = tradeoff_reason_dup_summary (first);
    g_autofree char *tied_summary = tradeoff_reason_dup_summary (tied);

    g_assert_cmpstr (tradeoff_criterion_get_rationale (because), ==, "Because of r2.");
    g_assert_cmpstr (tradeoff_faq_entry_get_question (tradeoff_criterion_get_source (because)),
                     ==, "Why A?");
    /* Among three options the point is counted against a named one:
     * r2 is (3, 0, 1), two ahead of C; r1 is (1, 0, 0), one ahead of B
     * and C alike. */
    g_assert_cmpstr (summary, ==, "\u2068Label r2\u2069 — favours \u2068A\u2069 (+2 over \u2068C\u2069)");
    g_assert_cmpstr (tied_summary, ==, "\u2068Label r4\u2069 — weighs the same for the top options");
  }
  {
    g_autoptr(TradeoffReason) second = g_list_model_get_item (reasons, 1);
    g_autofree char *summary = tradeoff_reason_dup_summary (second);

    g_assert_cmpstr (summary, ==,
                     "\u2068Label r1\u2069 — favours \u2068A\u2069 (+1 over \u2068B\u2069 and \u2068C\u2069)");
  }

  /* The list is read as it is until the ticks change; then it is new.
   * With no leader, a reason counts how far apart its weights are. */
  g_assert_true (tradeoff_advisor_get_reasons (advisor) == reasons);
  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("r4"), NULL));
  g_assert_cmpuint (count_of (counts, "reasons"), ==, 2);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_TIE);
  reasons = tradeoff_advisor_get_reasons (advisor);
  g_assert_cmpuint (g_list_model_get_n_items (reasons), ==, 1);
  {
    g_autoptr(TradeoffReason) only = g_list_model_get_item (reasons, 0);

    g_assert_cmpint (tradeoff_reason_get_contribution (only), ==, 2);
    g_assert_null (tradeoff_reason_get_favours (only));
  }

  g_assert_finalize_object (advisor);
  g_clear_object (&faq);
  g_assert_finalize_object (comparison);
}

/* Selecting by id */

static void
test_select_ids (void)
{
  TradeoffComparison *comparison = exclusive_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GHashTable) counts = watch (advisor);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  /* Given in any order, kept in the comparison's; each property once. */
  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("p2", "free"), &error));
  g_assert_no_error (error);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, (IDS ("free", "p2")));
  g_assert_cmpuint (count_of (counts, "n-ticked"), ==, 1);
  g_assert_cmpuint (count_of (counts, "leader"), ==, 1);
  g_assert_cmpuint (count_of (counts, "reasons"), ==, 1);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");
  g_hash_table_remove_all (counts);

  /* The same selection again changes nothing, so announces nothing. */
  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("free", "p2"), NULL));
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);

  g_assert_false (tradeoff_advisor_select_ids (advisor, IDS ("p1", "nonsense"), &error));
  g_assert_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_UNKNOWN_CRITERION);
  g_assert_cmpstr (error->message, ==, "There is no criterion “nonsense” in this comparison.");
  g_clear_error (&error);
  g_clear_pointer (&ids, g_strfreev);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, (IDS ("free", "p2")));
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);

  g_assert_false (tradeoff_advisor_select_ids (advisor, IDS ("p1", "free", "p2"), &error));
  g_assert_error (error, TRADEOFF_ADVISOR_ERROR, TRADEOFF_ADVISOR_ERROR_EXCLUSIVE_CONFLICT);
  g_assert_nonnull (strstr (error->message, "“p1”"));
  g_assert_nonnull (strstr (error->message, "“p2”"));
  g_assert_nonnull (strstr (error->message, "Group priority"));
  g_clear_error (&error);
  g_clear_pointer (&ids, g_strfreev);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, (IDS ("free", "p2")));
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);

  /* Nothing selected is a reset. */
  g_assert_true (tradeoff_advisor_select_ids (advisor, NULL, NULL));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 0);
  g_assert_cmpuint (count_of (counts, "n-ticked"), ==, 1);

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}

/* Ownership */

/* Every list read out and every item held: none of them keeps the advisor
 * alive, and a tick that outlives it is inert rather than dangling. */
static void
test_no_cycles (void)
{
  TradeoffComparison *comparison = exclusive_comparison ();
  TradeoffAdvisor *advisor = tradeoff_advisor_new (comparison);
  g_autoptr(GListModel) reasons = NULL;
  g_autoptr(GListModel) flips = NULL;
  TradeoffTick *held;

  tick (advisor, "p1", TRUE);
  g_object_get (advisor, "reasons", &reasons, "flips", &flips, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (reasons), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (flips), >, 0);
  held = g_object_ref (tradeoff_advisor_get_tick (advisor, criterion (advisor, "free")));

  g_assert_finalize_object (advisor);
  tradeoff_tick_set_ticked (held, TRUE);
  g_assert_false (tradeoff_tick_get_ticked (held));
  g_assert_finalize_object (held);
  g_assert_finalize_object (g_steal_pointer (&reasons));
  g_assert_finalize_object (g_steal_pointer (&flips));
  g_assert_finalize_object (comparison);
}

/* The shipped comparison */

static void
test_shipped_comparison (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_shipped (&error);
  TradeoffAdvisor *advisor;

  g_assert_no_error (error);
  advisor = tradeoff_advisor_new (comparison);

  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_NONE);
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==,
                   tradeoff_comparison_get_none_verdict (comparison));
  g_assert_true (g_str_has_prefix (tradeoff_advisor_get_explanation (advisor),
                                   "Tick what matters to you and the recommendation will follow."));

  tick (advisor, "team-knows-django", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_LEADER);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  g_assert_cmpstr (tradeoff_advisor_get_headline (advisor), ==, "\u2068Django\u2069 fits you best");
  g_assert_true (g_str_has_prefix (tradeoff_advisor_get_explanation (advisor),
                                   "Django offers a mature ecosystem"));

  tick (advisor, "team-knows-flask", TRUE);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_TIE);
  g_assert_cmpstr (tradeoff_advisor_get_explanation (advisor), ==,
                   tradeoff_comparison_get_tie_verdict (comparison));
  g_assert_true (g_str_has_prefix (tradeoff_advisor_get_explanation (advisor),
                                   "Django and Flask are level on what you ticked."));

  g_assert_true (tradeoff_advisor_select_ids (advisor, IDS ("greenfield", "performance-and-dx"),
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");
  g_assert_true (g_str_has_prefix (tradeoff_advisor_get_explanation (advisor), "Flask provides modern APIs"));

  /* Stability or innovation: the guide's either-or question. */
  tradeoff_advisor_reset (advisor);
  tick (advisor, "long-term-stability", TRUE);
  g_assert_cmpstr (leader_id (advisor), ==, "django");
  tick (advisor, "innovation", TRUE);
  g_assert_false (tradeoff_advisor_get_ticked (advisor,
                                               criterion (advisor, "long-term-stability")));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 1);
  g_assert_cmpstr (leader_id (advisor), ==, "flask");

  g_assert_finalize_object (advisor);
  g_assert_finalize_object (comparison);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/advisor/verdict/two-options",
                   test_verdict_two_options);
  g_test_add_func ("/tradeoff/advisor/verdict/three-options",
                   test_verdict_three_options);
  g_test_add_func ("/tradeoff/advisor/exclusive-group-is-radio",
                   test_exclusive_group_is_radio);
  g_test_add_func ("/tradeoff/advisor/notify/only-on-change",
                   test_notify_only_on_change);
  g_test_add_func ("/tradeoff/advisor/notify/tick-binding-round-trips",
                   test_tick_binding_round_trips);
  g_test_add_func ("/tradeoff/advisor/flips/notify-when-they-change",
                   test_flips_notify_when_they_change);
  g_test_add_func ("/tradeoff/advisor/flips/made-when-read",
                   test_flips_made_when_read);
  g_test_add_func ("/tradeoff/advisor/reasons/ranked-by-contribution",
                   test_reasons_ranked_by_contribution);
  g_test_add_func ("/tradeoff/advisor/select-ids", test_select_ids);
  g_test_add_func ("/tradeoff/advisor/no-cycles", test_no_cycles);
  g_test_add_func ("/tradeoff/advisor/shipped-comparison", test_shipped_comparison);

  return g_test_run ();
}
