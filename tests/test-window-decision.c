/* test-window-decision.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window on a person's decision, on a real (Xvfb) display: levels set
 * from the keyboard, must-haves ruling options out, own criteria, the
 * record, decision files saved and reopened, and one undo history.
 */

#define G_LOG_DOMAIN "test-window-decision"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-decision-record.h"
#include "tradeoff-own-criterion-editor.h"
#include "window-testing.h"

#define DJANGO_TEAM "Our team already has Django expertise"
#define FLASK_TEAM "Our team already has Flask expertise"

static TradeoffCriterionRow *
row_of (TradeoffWindow *window,
        const char     *criterion_id)
{
  GtkCheckButton *button = criterion_button (window, criterion_id);
  GtkWidget *row;

  g_assert_nonnull (button);
  row = gtk_widget_get_ancestor (GTK_WIDGET (button), TRADEOFF_TYPE_CRITERION_ROW);
  g_assert_nonnull (row);
  return TRADEOFF_CRITERION_ROW (row);
}

/* A key on the criterion's row, focused, as the list's key handler gets it. */
static gboolean
press_on_level (TradeoffWindow *window,
                const char     *criterion_id,
                guint           keyval)
{
  GtkWidget *row = GTK_WIDGET (row_of (window, criterion_id));
  GtkWidget *list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_VIEW);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);
  gboolean handled = FALSE;

  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row)));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static TradeoffLevel
level_of (TradeoffWindow *window,
          const char     *criterion_id)
{
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);

  return tradeoff_advisor_get_level (advisor, tradeoff_comparison_find_criterion (comparison, criterion_id));
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = find_shown (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_level_by_keyboard (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffCriterionRow *row = row_of (window, "team-knows-django");
  GtkWidget *level = GTK_WIDGET (tradeoff_criterion_row_get_level (row));

  /* No Tab stop of its own: the keys on the row set it (and Right from
   * the box reaches it, see test-window-level.c). */
  g_assert_false (gtk_widget_get_focusable (level));

  /* Named for a screen reader by its criterion, with its state. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (level), GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (level), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Importance of “" DJANGO_TEAM "”: not ticked");

  g_assert_true (press_on_level (window, "team-knows-django", GDK_KEY_2));
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_A_LOT);
  g_assert_true (gtk_check_button_get_active (criterion_button (window, "team-knows-django")));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (level)), ==, "Matters a lot");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (level), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Importance of “" DJANGO_TEAM "”: matters a lot");

  g_assert_true (press_on_level (window, "team-knows-django", GDK_KEY_minus));
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_MATTERS);
  g_assert_true (press_on_level (window, "team-knows-django", GDK_KEY_plus));
  g_assert_true (press_on_level (window, "team-knows-django", GDK_KEY_plus));
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_MUST);
  /* Other keys go on to the list. */
  g_assert_false (press_on_level (window, "team-knows-django", GDK_KEY_a));

  /* Exclusive groups stay radio groups, whatever the level. */
  g_assert_true (press_on_level (window, "long-term-stability", GDK_KEY_2));
  g_assert_true (press_on_level (window, "innovation", GDK_KEY_2));
  g_assert_cmpint (level_of (window, "long-term-stability"), ==, TRADEOFF_LEVEL_OFF);
  g_assert_cmpint (level_of (window, "innovation"), ==, TRADEOFF_LEVEL_A_LOT);

  close_window (window);
}

static void
test_must_rules_out (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  const char *explanation;

  g_assert_true (press_on_level (window, "team-knows-django", GDK_KEY_3));
  /* Flask: its column, its score and the verdict. */
  g_assert_cmpstr (grid_heading (window, 1), ==, "Django");
  g_assert_cmpstr (grid_heading (window, 2), ==, "Flask\nruled out");
  g_assert_true (shows_label (GTK_WIDGET (window), "Ruled out by “" DJANGO_TEAM "”"));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  /* Both teams' expertise as must-haves: nothing is left, and the advice
   * names the two. */
  g_assert_true (press_on_level (window, "team-knows-flask", GDK_KEY_3));
  explanation = tradeoff_advisor_get_explanation (tradeoff_window_get_advisor (window));
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (tradeoff_window_get_advisor (window)), ==,
                   TRADEOFF_VERDICT_CONFLICT);
  g_assert_nonnull (strstr (explanation, DJANGO_TEAM));
  g_assert_nonnull (strstr (explanation, FLASK_TEAM));
  g_assert_true (shows_label (GTK_WIDGET (window), explanation));
  g_assert_cmpstr (grid_heading (window, 1), !=, "Django");

  /* Undone, Django is back in the running. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (grid_heading (window, 1), ==, "Django");
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  close_window (window);
}

static TradeoffOwnCriterionEditor *
open_editor (TradeoffWindow *window,
             const char     *id)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.own-criterion", "s", id);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (TRADEOFF_IS_OWN_CRITERION_EDITOR (toplevel))
        return TRADEOFF_OWN_CRITERION_EDITOR (toplevel);
    }
  g_assert_not_reached ();
}

static void
fill_editor (TradeoffOwnCriterionEditor *editor,
             const char                 *label,
             int                         django,
             int                         flask)
{
  g_autoptr(GPtrArray) entries = find_shown (GTK_WIDGET (editor), GTK_TYPE_ENTRY);
  g_autoptr(GPtrArray) spins = find_shown (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON);

  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), label);
  g_assert_cmpuint (spins->len, ==, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), django);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), flask);
}

static void
test_own_criterion (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  g_autoptr(TradeoffDecision) fresh_before = tradeoff_decision_new (tradeoff_decision_get_base (decision));
  g_autoptr(GBytes) base_before = tradeoff_decision_to_bytes (fresh_before);
  TradeoffOwnCriterionEditor *editor = open_editor (window, "");
  g_autoptr(TradeoffCriterion) own = NULL;
  g_autofree char *id = NULL;

  /* Named, with the role of a dialog's parts. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_ROLE_WINDOW);

  /* A label a decision file could not hold: the rule, in the loader's
   * words, under the field as it is typed, and Add refuses it.  One
   * longer than a label may be never gets into the field whole: it is
   * cut, with its rule under it. */
  {
    g_autofree char *word = g_strnfill (101, 'x');
    g_autofree char *start = g_strnfill (32, 'x');
    g_autofree char *rule = g_strdup_printf ("This text is longer than the 100 characters a "
                                             "<label> may have (“%s…”); shorten it.", start);
    g_autoptr(GPtrArray) entries = find_shown (GTK_WIDGET (editor), GTK_TYPE_ENTRY);

    fill_editor (editor, word, -2, 3);
    g_assert_true (shows_label (GTK_WIDGET (editor), rule));
    g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, word + 1);

    fill_editor (editor, "Pi\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81", -2, 3);
    g_assert_true (shows_label (GTK_WIDGET (editor),
                                "This text has a character with more than 8 combining marks on it."));
    gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
    g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);
  }

  fill_editor (editor, "We deploy on a Raspberry Pi", -2, 3);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 1);
  own = g_list_model_get_item (tradeoff_decision_get_own_criteria (decision), 0);
  id = g_strdup (tradeoff_criterion_get_id (own));
  g_assert_nonnull (check_button_labelled (window, "We deploy on a Raspberry Pi"));

  /* Ticked like any other. */
  gtk_check_button_set_active (check_button_labelled (window, "We deploy on a Raspberry Pi"), TRUE);
  g_assert_cmpstr (headline (window), ==, "\u2068Flask\u2069 fits you best");

  editor = open_editor (window, id);
  fill_editor (editor, "We deploy on a small board", 4, 0);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (check_button_labelled (window, "We deploy on a Raspberry Pi"));
  g_assert_true (gtk_check_button_get_active (check_button_labelled (window, "We deploy on a small board")));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");

  editor = open_editor (window, id);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove", NULL);
  g_assert_null (check_button_labelled (window, "We deploy on a small board"));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);

  /* The comparison itself never had it. */
  {
    g_autoptr(TradeoffDecision) fresh = tradeoff_decision_new (tradeoff_decision_get_base (decision));
    g_autoptr(GBytes) base_after = tradeoff_decision_to_bytes (fresh);

    g_assert_true (g_bytes_equal (base_before, base_after));
  }

  close_window (window);
}

/* The record's controls, in the order the dialog shows them. */
typedef struct
{
  GtkWindow   *dialog;
  GtkDropDown *status;
  GtkDropDown *chosen;
  GtkEditable *reason;
  GtkEditable *deciders;
  GtkEditable *date;
  GtkTextView *note;
} Record;

static Record
open_record (TradeoffWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  Record record = { NULL };
  g_autoptr(GPtrArray) drops = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.record", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      g_autoptr(GPtrArray) panels = g_ptr_array_new ();

      collect (toplevel, TRADEOFF_TYPE_DECISION_RECORD, panels);
      if (panels->len > 0)
        record.dialog = GTK_WINDOW (toplevel);
    }
  g_assert_nonnull (record.dialog);
  collect (GTK_WIDGET (record.dialog), GTK_TYPE_DROP_DOWN, drops);
  collect (GTK_WIDGET (record.dialog), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (drops->len, ==, 2);
  g_assert_cmpuint (entries->len, ==, 3);
  record.status = g_ptr_array_index (drops, 0);
  record.chosen = g_ptr_array_index (drops, 1);
  record.reason = g_ptr_array_index (entries, 0);
  record.deciders = g_ptr_array_index (entries, 1);
  record.date = g_ptr_array_index (entries, 2);
  record.note = GTK_TEXT_VIEW (find_one (GTK_WIDGET (record.dialog), GTK_TYPE_TEXT_VIEW));
  return record;
}

static void
assert_same_decision (TradeoffWindow *a,
                      TradeoffWindow *b)
{
  g_autoptr(GBytes) bytes_a = tradeoff_decision_to_bytes (tradeoff_window_get_decision (a));
  g_autoptr(GBytes) bytes_b = tradeoff_decision_to_bytes (tradeoff_window_get_decision (b));
  g_auto(GStrv) levels_a = tradeoff_advisor_dup_level_ids (tradeoff_window_get_advisor (a));
  g_auto(GStrv) levels_b = tradeoff_advisor_dup_level_ids (tradeoff_window_get_advisor (b));

  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
  g_assert_cmpstrv (levels_a, levels_b);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (tradeoff_window_get_comparison (a)), ==,
                    tradeoff_comparison_get_n_criteria (tradeoff_window_get_comparison (b)));
}

static void
test_record_save_reopen (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffSettings) other_settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "choice.tradeoff", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TradeoffOwnCriterionEditor *editor;
  TradeoffWindow *reopened;
  Record record;

  g_assert_true (press_on_level (window, "team-knows-django", GDK_KEY_2));
  g_assert_true (press_on_level (window, "talent-pool", GDK_KEY_3));
  editor = open_editor (window, "");
  fill_editor (editor, "We deploy on a Raspberry Pi", -2, 3);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  record = open_record (window);
  gtk_drop_down_set_selected (record.status, TRADEOFF_DECISION_ACCEPTED);
  gtk_editable_set_text (record.deciders, "Ana, Bo");
  gtk_editable_set_text (record.date, "2026-13-40");
  g_assert_null (tradeoff_decision_get_date (decision));
  gtk_editable_set_text (record.date, "2026-12-01");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (record.note), "Flask for the small board.", -1);
  /* Not the recommendation: it waits for a reason. */
  gtk_drop_down_set_selected (record.chosen, 2);
  g_assert_null (tradeoff_decision_get_chosen (decision));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (record.reason)));
  gtk_editable_set_text (record.reason, "The board runs Flask better");
  g_assert_cmpstr (tradeoff_decision_get_chosen (decision), ==, "flask");
  g_assert_cmpint (tradeoff_decision_get_status (decision), ==, TRADEOFF_DECISION_ACCEPTED);
  g_assert_cmpstr (tradeoff_decision_get_deciders (decision), ==, "Ana, Bo");
  g_assert_cmpstr (tradeoff_decision_get_date (decision), ==, "2026-12-01");
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, "Flask for the small board.");
  gtk_window_destroy (record.dialog);

  g_assert_true (tradeoff_window_save_report (window, file, -1));

  /* Another window, other settings: the file alone says everything. */
  reopened = open_window (other_settings, path);
  assert_same_decision (window, reopened);
  g_assert_cmpstr (headline (reopened), ==, headline (window));
  g_assert_cmpstr (grid_heading (reopened, 1), ==, grid_heading (window, 1));
  g_assert_cmpstr (grid_heading (reopened, 2), ==, grid_heading (window, 2));
  g_assert_false (tradeoff_decision_get_can_undo (tradeoff_window_get_decision (reopened)));
  record = open_record (reopened);
  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, "Ana, Bo");
  g_assert_cmpuint (gtk_drop_down_get_selected (record.chosen), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (record.reason), ==, "The board runs Flask better");
  gtk_window_destroy (record.dialog);
  close_window (reopened);

  /* In German: the same decision, in German words. */
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");
  reopened = open_window (other_settings, path);
  assert_same_decision (window, reopened);
  g_assert_cmpstr (headline (reopened), ==, "\u2068Django\u2069 passt am besten zu Ihnen");
  close_window (reopened);
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_undo_redo (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  GtkWidget *widget = GTK_WIDGET (window);
  TradeoffOwnCriterionEditor *editor;
  Record record;

  /* What the window starts with is not a step. */
  g_assert_false (tradeoff_decision_get_can_undo (decision));

  /* A tick, and a level. */
  gtk_check_button_set_active (criterion_button (window, "greenfield"), TRUE);
  g_assert_true (press_on_level (window, "greenfield", GDK_KEY_3));
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_cmpint (level_of (window, "greenfield"), ==, TRADEOFF_LEVEL_MATTERS);
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_cmpint (level_of (window, "greenfield"), ==, TRADEOFF_LEVEL_OFF);
  g_assert_false (gtk_check_button_get_active (criterion_button (window, "greenfield")));
  gtk_widget_activate_action (widget, "win.redo", NULL);
  gtk_widget_activate_action (widget, "win.redo", NULL);
  g_assert_cmpint (level_of (window, "greenfield"), ==, TRADEOFF_LEVEL_MUST);

  /* An own criterion. */
  editor = open_editor (window, "");
  fill_editor (editor, "Mine", 1, 1);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_nonnull (check_button_labelled (window, "Mine"));
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_null (check_button_labelled (window, "Mine"));
  /* Levels live on with the comparison that changed under them. */
  g_assert_cmpint (level_of (window, "greenfield"), ==, TRADEOFF_LEVEL_MUST);
  gtk_widget_activate_action (widget, "win.redo", NULL);
  g_assert_nonnull (check_button_labelled (window, "Mine"));

  /* The record: what the dialog shows follows. */
  record = open_record (window);
  gtk_editable_set_text (record.deciders, "Ana");
  gtk_drop_down_set_selected (record.status, TRADEOFF_DECISION_REJECTED);
  /* The recommendation needs no reason. */
  g_assert_nonnull (tradeoff_advisor_get_leader (tradeoff_window_get_advisor (window)));
  gtk_drop_down_set_selected (record.chosen,
                              tradeoff_option_get_index (tradeoff_advisor_get_leader (tradeoff_window_get_advisor (window))) + 1);
  g_assert_nonnull (tradeoff_decision_get_chosen (decision));
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_null (tradeoff_decision_get_chosen (decision));
  g_assert_cmpuint (gtk_drop_down_get_selected (record.chosen), ==, 0);
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (record.status), ==, TRADEOFF_DECISION_PROPOSED);
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, "");
  gtk_widget_activate_action (widget, "win.redo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, "Ana");
  gtk_window_destroy (record.dialog);

  close_window (window);
}

static void
test_record_accessible (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  Record record = open_record (window);
  GtkWidget *panel = find_one (GTK_WIDGET (record.dialog), TRADEOFF_TYPE_DECISION_RECORD);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (panel), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Decision record");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (record.status), GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (record.note), GTK_ACCESSIBLE_ROLE_TEXT_BOX);
  g_assert_cmpstr (gtk_window_get_title (record.dialog), ==, "Decision Record");
  gtk_window_destroy (record.dialog);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* The catalogues compiled in the build tree, for the German reopening. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/tradeoff/window-decision/level-by-keyboard", test_level_by_keyboard);
  g_test_add_func ("/tradeoff/window-decision/must-rules-out", test_must_rules_out);
  g_test_add_func ("/tradeoff/window-decision/own-criterion", test_own_criterion);
  g_test_add_func ("/tradeoff/window-decision/record-save-reopen", test_record_save_reopen);
  g_test_add_func ("/tradeoff/window-decision/undo-redo", test_undo_redo);
  g_test_add_func ("/tradeoff/window-decision/record-accessible", test_record_accessible);

  return g_test_run ();
}
