/* test-window-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How an edit in the editor reaches the main window (issue 16): the window
 * keeps its decision, and its advisor when the edit changes nothing the
 * advice is made of (a label, a heading, a name, a verdict), and what
 * names the edited item shows its new text: the criterion's row, the
 * reasons, the smallest changes, the scores; the criteria keep their ticks
 * and levels across an edit of their own; the grid and the FAQ replace
 * only the item that changed, in the models they already show.
 */

#define G_LOG_DOMAIN "test-window-edit"

#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-min-change-view.h"
#include "tradeoff-reasons-view.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window.h"
#include "testing.h"
#include "window-testing.h"

/* The entry of the @nth field (from 0) labelled @label, scrolling down to
 * it; %NULL for a field that is a text view. */
static GtkEditable *
entry_of (TradeoffEditorWindow *editor,
          const char           *label,
          guint                 nth)
{
  GtkWidget *found = GTK_WIDGET (editor_field (editor, label, nth));
  GtkWidget *entry = find_one (found, GTK_TYPE_ENTRY);
  GtkWidget *view = entry == NULL ? find_one (found, GTK_TYPE_TEXT_VIEW) : NULL;

  g_assert_true (entry != NULL || view != NULL);
  return entry != NULL ? GTK_EDITABLE (entry) : NULL;
}

/* Appends @text to the field, one keystroke. */
static void
type_at_end (TradeoffEditorWindow *editor,
             const char           *label,
             guint                 nth,
             const char           *text)
{
  GtkEditable *entry = entry_of (editor, label, nth);
  int end = g_utf8_strlen (gtk_editable_get_text (entry), -1);

  gtk_editable_insert_text (entry, text, -1, &end);
  settle ();
}

static TradeoffEditorWindow *
open_editor (TradeoffWindow *window)
{
  TradeoffEditorWindow *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = tradeoff_editor_window_find (window);
  g_assert_nonnull (editor);
  settle ();
  return editor;
}

/* What the widget of @type in the window shows, one label a line. */
static char *
texts_of (TradeoffWindow *window,
          GType           type)
{
  return label_texts (find_one (GTK_WIDGET (window), type));
}

/* The reasons the window shows, not the flips under them. */
static char *
reasons_of (TradeoffWindow *window)
{
  GtkWidget *view = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_REASONS_VIEW);

  return label_texts (find_one (view, GTK_TYPE_LIST_BOX));
}

static gboolean
min_change_proven (gpointer data)
{
  TradeoffMinChangeView *view = TRADEOFF_MIN_CHANGE_VIEW (find_one (data, TRADEOFF_TYPE_MIN_CHANGE_VIEW));

  return tradeoff_min_change_view_get_state (view) == TRADEOFF_MIN_CHANGE_VIEW_PROVEN;
}

/* The first criterion's label edited: the advisor stays; the criterion's
 * row shows the new label and keeps its tick and its level; the reasons
 * and the smallest changes say the new label. */
static void
test_label_keeps_tick_and_level (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  TradeoffCriterion *first = tradeoff_comparison_get_criterion (comparison, 0);
  g_autofree char *id = g_strdup (tradeoff_criterion_get_id (first));
  g_autofree char *label = g_strdup_printf ("%s!", tradeoff_criterion_get_label (first));
  TradeoffEditorWindow *editor;
  TradeoffAdvisor *advisor;

  TradeoffAdvisor *before = tradeoff_window_get_advisor (window);
  g_autofree char *reasons = NULL;
  g_autofree char *changes = NULL;

  tradeoff_advisor_set_level (before, first, TRADEOFF_LEVEL_A_LOT);
  settle ();
  g_assert_true (gtk_check_button_get_active (criterion_button (window, id)));
  g_assert_true (wait_until (min_change_proven, window));
  reasons = reasons_of (window);
  g_assert_nonnull (strstr (reasons, tradeoff_criterion_get_label (first)));
  g_assert_null (strstr (reasons, label));
  changes = texts_of (window, TRADEOFF_TYPE_MIN_CHANGE_VIEW);
  g_assert_nonnull (strstr (changes, tradeoff_criterion_get_label (first)));
  g_assert_null (strstr (changes, label));

  editor = open_editor (window);
  type_at_end (editor, "Criterion", 0, "!");
  g_assert_true (tradeoff_window_get_advisor (window) == before);
  g_clear_pointer (&reasons, g_free);
  reasons = reasons_of (window);
  g_assert_nonnull (strstr (reasons, label));
  g_clear_pointer (&changes, g_free);
  changes = texts_of (window, TRADEOFF_TYPE_MIN_CHANGE_VIEW);
  g_assert_nonnull (strstr (changes, label));

  comparison = tradeoff_window_get_comparison (window);
  g_assert_cmpstr (tradeoff_criterion_get_label (tradeoff_comparison_get_criterion (comparison, 0)), ==, label);
  g_assert_nonnull (check_button_labelled (window, label));
  g_assert_true (gtk_check_button_get_active (check_button_labelled (window, label)));
  advisor = tradeoff_window_get_advisor (window);
  g_assert_true (tradeoff_advisor_get_comparison (advisor) == comparison);
  g_assert_cmpint (tradeoff_advisor_get_level (advisor, tradeoff_comparison_find_criterion (comparison, id)),
                   ==, TRADEOFF_LEVEL_A_LOT);

  close_window (window);
}

/* The first group's heading edited: the criteria form shows it, the
 * advisor and its ticks stay. */
static void
test_group_heading_shown (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  TradeoffCriterion *first = tradeoff_comparison_get_criterion (comparison, 0);
  TradeoffCriterionGroup *group = tradeoff_criterion_get_group (first);
  g_autofree char *id = g_strdup (tradeoff_criterion_get_id (first));
  g_autofree char *heading = g_strdup_printf ("%s!", tradeoff_criterion_group_get_label (group));
  TradeoffAdvisor *before = tradeoff_window_get_advisor (window);
  GtkWidget *form = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_CRITERIA_FORM);
  TradeoffEditorWindow *editor;

  tradeoff_advisor_set_ticked (before, first, TRUE);
  settle ();
  g_assert_nonnull (find_label_with_text (form, tradeoff_criterion_group_get_label (group)));
  g_assert_null (find_label_with_text (form, heading));

  editor = open_editor (window);
  type_at_end (editor, "Group", 0, "!");

  g_assert_true (tradeoff_window_get_advisor (window) == before);
  g_assert_nonnull (find_label_with_text (form, heading));
  g_assert_true (gtk_check_button_get_active (criterion_button (window, id)));

  close_window (window);
}


/* The leading option renamed: the grid's heading and the verdict say the
 * new name. */
static void
test_rename_reaches_grid_and_verdict (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  TradeoffEditorWindow *editor;
  TradeoffOption *leader;
  guint index;
  g_autofree char *name = NULL;
  g_autofree char *verdict = NULL;

  /* Tick criteria until one option leads. */
  for (guint i = 0; tradeoff_advisor_get_leader (advisor) == NULL && i < tradeoff_comparison_get_n_criteria (comparison); i++)
    tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_get_criterion (comparison, i), TRUE);
  settle ();
  leader = tradeoff_advisor_get_leader (advisor);
  g_assert_nonnull (leader);
  index = tradeoff_option_get_index (leader);
  name = g_strdup_printf ("%sQ", tradeoff_option_get_name (leader));
  /* The leader is the comparison's, gone once the edit replaced it. */
  verdict = g_strdup_printf ("%sQ", tradeoff_option_get_verdict (leader));
  g_assert_nonnull (strstr (headline (window), tradeoff_option_get_name (leader)));

  editor = open_editor (window);
  {
    g_autofree char *field = g_strdup_printf ("Option %u name", index + 1);

    type_at_end (editor, field, 0, "Q");
  }

  g_assert_cmpstr (grid_heading (window, index + 1), ==, name);
  g_assert_nonnull (strstr (headline (window), name));
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_advisor_get_leader (tradeoff_window_get_advisor (window))),
                   ==, name);
  /* The same advisor, and its scores say the new name. */
  g_assert_true (tradeoff_window_get_advisor (window) == advisor);
  g_assert_nonnull (find_label_with_text (find_one (GTK_WIDGET (window), TRADEOFF_TYPE_VERDICT_PANEL), name));
  /* The criteria's effects ("+2 Django") name it too. */
  {
    g_autofree char *form = texts_of (window, TRADEOFF_TYPE_CRITERIA_FORM);

    g_assert_nonnull (strstr (form, name));
  }

  /* Its verdict reworded: the explanation shown says it. */
  {
    type_at_end (editor, "Verdict when it fits best", index, "Q");
    g_assert_true (tradeoff_window_get_advisor (window) == advisor);
    g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), verdict));
  }

  close_window (window);
}

/* A keystroke in an answer replaces that entry in the FAQ the window
 * shows, not the model; a keystroke in the title touches neither the FAQ
 * nor the advice. */
static void
test_keystroke_splices_faq (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffFaqView *faq = TRADEOFF_FAQ_VIEW (find_one (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_VIEW));
  GListModel *results = tradeoff_faq_view_get_results (faq);
  GListModel *entries = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (results));
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  TradeoffComparison *before = tradeoff_window_get_comparison (window);
  g_autoptr(TradeoffFaqEntry) second = g_list_model_get_item (tradeoff_comparison_get_faq (before), 1);
  g_autofree char *question = g_strdup_printf ("%s?", tradeoff_faq_entry_get_question (second));
  TradeoffEditorWindow *editor;
  ItemsChanged changes = { 0 };

  watch_items_changed (results, &changes);
  editor = open_editor (window);

  type_at_end (editor, "Title", 0, "!");
  g_assert_cmpuint (changes.n, ==, 0);
  g_assert_true (tradeoff_window_get_advisor (window) == advisor);
  g_assert_true (tradeoff_window_get_comparison (window) != before);
  g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), "!"));

  type_at_end (editor, "Question", 1, "?");
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_true (tradeoff_faq_view_get_results (faq) == results);
  g_assert_true (gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (results)) == entries);
  {
    g_autoptr(TradeoffFaqEntry) shown = g_list_model_get_item (results, 1);

    g_assert_cmpstr (tradeoff_faq_entry_get_question (shown), ==, question);
  }
  /* A FAQ entry no criterion cites: the advice is the same. */
  unwatch_items_changed (results, &changes);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window-edit/label-keeps-tick-and-level", test_label_keeps_tick_and_level);
  g_test_add_func ("/tradeoff/window-edit/group-heading-shown", test_group_heading_shown);
  g_test_add_func ("/tradeoff/window-edit/rename-reaches-grid-and-verdict", test_rename_reaches_grid_and_verdict);
  g_test_add_func ("/tradeoff/window-edit/keystroke-splices-faq", test_keystroke_splices_faq);

  return g_test_run ();
}
