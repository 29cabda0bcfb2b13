/* test-criteria-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The criteria form's lines, with no display: what the form shows, in
 * which order, and what ticking a line does to the advice.
 */

#include "config.h"

#include "testing.h"
#include "tradeoff-criteria-line.h"
#include "tradeoff-loader.h"

typedef struct
{
  TradeoffComparison *comparison;
  TradeoffAdvisor    *advisor;
  GListModel         *lines;
} Form;

static void
form_open (Form *form)
{
  g_autoptr(GError) error = NULL;

  form->comparison = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);
  form->advisor = tradeoff_advisor_new (form->comparison);
  form->lines = tradeoff_criteria_lines_new (form->advisor);
}

static void
form_close (Form *form)
{
  g_assert_finalize_object (form->lines);
  g_assert_finalize_object (form->advisor);
  g_assert_finalize_object (form->comparison);
}

/* The line showing TEXT, borrowed. */
static TradeoffCriteriaLine *
line_with_text (Form       *form,
                const char *text)
{
  guint n = g_list_model_get_n_items (form->lines);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (form->lines, i);

      if (g_strcmp0 (tradeoff_criteria_line_get_text (line), text) == 0)
        return line;
    }

  g_assert_not_reached ();
}

static TradeoffCriteriaLine *
criterion_line (Form       *form,
                const char *id)
{
  TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (form->comparison, id);

  g_assert_nonnull (criterion);
  return line_with_text (form, tradeoff_criterion_get_label (criterion));
}

/* Every group with criteria is its heading, then its criteria in file
 * order; the exclusive one ends with "No preference". */
static void
test_lines_in_order (void)
{
  Form form;
  GListModel *groups;
  guint n_groups;
  guint position = 0;

  form_open (&form);
  groups = tradeoff_comparison_get_groups (form.comparison);
  n_groups = g_list_model_get_n_items (groups);
  g_assert_cmpuint (n_groups, ==, 6);

  for (guint g = 0; g < n_groups; g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
      g_autoptr(TradeoffCriteriaLine) heading = g_list_model_get_item (form.lines, position++);

      g_assert_cmpint (tradeoff_criteria_line_get_kind (heading), ==, TRADEOFF_CRITERIA_LINE_HEADING);
      g_assert_cmpstr (tradeoff_criteria_line_get_text (heading), ==, tradeoff_criterion_group_get_label (group));

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, c);
          g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (form.lines, position++);

          g_assert_cmpint (tradeoff_criteria_line_get_kind (line), ==, TRADEOFF_CRITERIA_LINE_CRITERION);
          g_assert_true (tradeoff_criteria_line_get_criterion (line) == criterion);
          g_assert_cmpstr (tradeoff_criteria_line_get_text (line), ==, tradeoff_criterion_get_label (criterion));
          g_assert_cmpstr (tradeoff_criteria_line_get_description (line), ==, tradeoff_criterion_get_rationale (criterion));
          g_assert_true (tradeoff_criteria_line_get_exclusive (line) == tradeoff_criterion_group_get_exclusive (group));
        }

      if (tradeoff_criterion_group_get_exclusive (group))
        {
          g_autoptr(TradeoffCriteriaLine) none = g_list_model_get_item (form.lines, position++);

          g_assert_cmpint (tradeoff_criteria_line_get_kind (none), ==, TRADEOFF_CRITERIA_LINE_NO_PREFERENCE);
          g_assert_cmpstr (tradeoff_criteria_line_get_text (none), ==, "No preference");
          g_assert_null (tradeoff_criteria_line_get_description (none));
        }
    }

  /* 6 headings, 17 criteria, 1 "No preference". */
  g_assert_cmpuint (position, ==, 24);
  g_assert_cmpuint (g_list_model_get_n_items (form.lines), ==, 24);
  form_close (&form);
}

/* A check box: activating toggles the tick, and the line follows ticks
 * set elsewhere (restored, reset), with one notification per change. */
static void
test_check_box (void)
{
  Form form;
  TradeoffCriteriaLine *line;
  g_autoptr(GHashTable) notified = NULL;

  form_open (&form);
  line = criterion_line (&form, "team-knows-django");
  notified = watch (line);
  g_assert_false (tradeoff_criteria_line_get_active (line));

  tradeoff_criteria_line_activate (line);
  g_assert_true (tradeoff_criteria_line_get_active (line));
  g_assert_true (tradeoff_advisor_get_ticked (form.advisor, tradeoff_criteria_line_get_criterion (line)));
  g_assert_cmpstr (tradeoff_advisor_get_headline (form.advisor), ==, "\u2068Django\u2069 fits you best");

  tradeoff_criteria_line_activate (line);
  g_assert_false (tradeoff_advisor_get_ticked (form.advisor, tradeoff_criteria_line_get_criterion (line)));

  tradeoff_advisor_toggle (form.advisor, tradeoff_criteria_line_get_criterion (line));
  g_assert_true (tradeoff_criteria_line_get_active (line));
  tradeoff_advisor_reset (form.advisor);
  g_assert_false (tradeoff_criteria_line_get_active (line));
  g_assert_cmpuint (count_of (notified, "active"), ==, 4);

  /* Headings have no box: setting them changes nothing. */
  tradeoff_criteria_line_activate (line_with_text (&form, "Your team"));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (form.advisor), ==, 0);

  form_close (&form);
}

/* Radio buttons: one choice at a time, chosen again it stays, and "No
 * preference" is on exactly when nothing in the group is. */
static void
test_radio_buttons (void)
{
  Form form;
  TradeoffCriteriaLine *stability;
  TradeoffCriteriaLine *innovation;
  TradeoffCriteriaLine *none;

  form_open (&form);
  stability = criterion_line (&form, "long-term-stability");
  innovation = criterion_line (&form, "innovation");
  none = line_with_text (&form, "No preference");
  g_assert_true (tradeoff_criteria_line_get_exclusive (stability));
  g_assert_true (tradeoff_criteria_line_get_active (none));

  tradeoff_criteria_line_activate (stability);
  g_assert_true (tradeoff_criteria_line_get_active (stability));
  g_assert_false (tradeoff_criteria_line_get_active (none));

  tradeoff_criteria_line_activate (stability);
  g_assert_true (tradeoff_criteria_line_get_active (stability));

  g_object_set (innovation, "active", TRUE, NULL);
  g_assert_true (tradeoff_criteria_line_get_active (innovation));
  g_assert_false (tradeoff_criteria_line_get_active (stability));
  g_assert_false (tradeoff_criteria_line_get_active (none));

  /* Turning "No preference" off alone has nothing to choose instead. */
  tradeoff_criteria_line_set_active (none, FALSE);
  g_assert_true (tradeoff_criteria_line_get_active (innovation));

  tradeoff_criteria_line_activate (none);
  g_assert_true (tradeoff_criteria_line_get_active (none));
  g_assert_false (tradeoff_criteria_line_get_active (innovation));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (form.advisor), ==, 0);

  form_close (&form);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/criteria-line/lines-in-order", test_lines_in_order);
  g_test_add_func ("/tradeoff/criteria-line/check-box", test_check_box);
  g_test_add_func ("/tradeoff/criteria-line/radio-buttons", test_radio_buttons);

  return g_test_run ();
}
