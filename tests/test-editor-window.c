/* test-editor-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor on a real (Xvfb) display, driven through its fields and
 * actions: the Done-when tour (a new comparison built, saved, reopened and
 * ticked), an imported guide page, a problem shown next to its field in
 * the loader's words, a blocked save, undo and redo, and the questions
 * asked before losing something.
 */

#define G_LOG_DOMAIN "test-editor-window"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <gtk/gtk.h>

#include "tradeoff-application.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-faq-row.h"
#include "tradeoff-import.h"
#include "tradeoff-loader.h"
#include "tradeoff-window.h"
#include "window-testing.h"

/* Types @text into a field, replacing what it held. */
static void
type (TradeoffEditorWindow *editor,
      const char           *label,
      guint                 nth,
      const char           *text)
{
  TradeoffEditorField *target = editor_field (editor, label, nth);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  collect (GTK_WIDGET (target), GTK_TYPE_ENTRY, entries);
  if (entries->len > 0)
    {
      GtkWidget *entry = g_ptr_array_index (entries, 0);
      /* A whole word at once: every keystroke is a change like this one,
       * and the machines running the suite are slow. */
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }
  else
    {
      GtkWidget *view = find_one (GTK_WIDGET (target), GTK_TYPE_TEXT_VIEW);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
    }
}

static void
set_weight (TradeoffEditorWindow *editor,
            guint                 nth,
            int                   weight)
{
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  collect (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (nth, <, spins->len);
  gtk_spin_button_set_value (g_ptr_array_index (spins, nth), weight);
}

static void
act (TradeoffEditorWindow *editor,
     const char           *action,
     GVariant             *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (editor), action, parameter));
}

static GtkWidget *
button_for (GtkWidget  *root,
            const char *action)
{
  g_autoptr(GPtrArray) buttons = find_shown (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static TradeoffEditorWindow *
edit (TradeoffWindow     *window,
      TradeoffComparison *comparison)
{
  TradeoffEditorWindow *editor;

  tradeoff_window_set_comparison (window, comparison);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = tradeoff_editor_window_find (window);
  g_assert_nonnull (editor);
  return editor;
}

/* The question window the editor asks in, or %NULL. */
static GtkWindow *
question_of (TradeoffEditorWindow *editor)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (editor) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static gboolean
has_question (gpointer editor)
{
  return question_of (editor) != NULL;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
answer (TradeoffEditorWindow *editor,
        const char           *label)
{
  GtkWindow *question = question_of (editor);
  g_autoptr(GPtrArray) buttons = NULL;

  g_assert_nonnull (question);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *)&question);
  buttons = find_shown (GTK_WIDGET (question), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        /* A button pressed by the keyboard answers after its animation. */
        gtk_widget_activate (g_ptr_array_index (buttons, i));
        g_assert_true (wait_until (is_gone, &question));
        return;
      }
  g_error ("no answer “%s”", label);
}

static const char *
question_detail (TradeoffEditorWindow *editor)
{
  g_autoptr(GPtrArray) labels = find_shown (GTK_WIDGET (question_of (editor)), GTK_TYPE_LABEL);

  /* The heading, then the detail. */
  g_assert_cmpuint (labels->len, >=, 2);
  return gtk_label_get_text (g_ptr_array_index (labels, 1));
}

static void
close_editor (TradeoffEditorWindow *editor)
{
  g_object_ref (editor);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_null (question_of (editor));
  g_assert_finalize_object (editor);
}

static void
build_tour_comparison (TradeoffEditorWindow *editor)
{
  const char *criteria[] = { "I need to stay awake", "I sleep badly", "I like it sweet",
                             "I drink it cold", "I count calories" };

  type (editor, "Title", 0, "Tea, coffee or cocoa");
  type (editor, "Option 1 name", 0, "Tea");
  type (editor, "Option 2 name", 0, "Coffee");
  act (editor, "editor.add-option", NULL);
  type (editor, "Option 3 name", 0, "Cocoa");

  act (editor, "editor.add-aspect", NULL);
  type (editor, "Aspect", 0, "Caffeine");
  type (editor, "Value for Tea", 0, "Some");
  type (editor, "Value for Coffee", 0, "Most");
  type (editor, "Value for Cocoa", 0, "Least");

  for (guint i = 0; i < 2; i++)
    {
      act (editor, "editor.add-faq", NULL);
      type (editor, "Question", i, i == 0 ? "Which keeps me awake?" : "Which is sweetest?");
      type (editor, "Answer", i, i == 0 ? "Coffee, then tea." : "Cocoa.");
    }

  act (editor, "editor.add-group", NULL);
  type (editor, "Group", 0, "Your needs");
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    {
      /* A new group comes with its first criterion. */
      if (i > 0)
        act (editor, "editor.add-criterion", g_variant_new_uint32 (0));
      type (editor, "Criterion", i, criteria[i]);
      type (editor, "Rationale", i, "Because.");
      /* Each criterion favours one option: three spin buttons each. */
      set_weight (editor, i * 3 + i % 3, 2);
    }
}

static void
test_tour (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-editor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "drinks.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);
  TradeoffComparison *shown;
  RowCount two = { NULL, 2 };
  const char *before;

  /* No criteria yet: the window says how to add some. */
  g_assert_nonnull (button_for (GTK_WIDGET (window), "win.edit"));

  build_tour_comparison (editor);
  g_assert_null (tradeoff_editor_window_get_blocker (editor));

  /* The main window shows the comparison as it is being made. */
  shown = tradeoff_window_get_comparison (window);
  g_assert_cmpstr (tradeoff_comparison_get_title (shown), ==, "Tea, coffee or cocoa");
  g_assert_cmpuint (tradeoff_comparison_get_n_options (shown), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (shown)), ==, 1);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (shown), ==, 5);
  two.root = GTK_WIDGET (window);
  g_assert_true (wait_until (faq_rows_are, &two));
  g_assert_null (button_for (GTK_WIDGET (window), "win.edit"));

  g_assert_true (tradeoff_editor_window_get_modified (editor));
  g_assert_true (tradeoff_editor_window_save_to (editor, file, &error));
  g_assert_no_error (error);
  g_assert_false (tradeoff_editor_window_get_modified (editor));
  close_editor (editor);
  close_window (window);

  /* Reopened, the file is the comparison made, and its criteria tick. */
  window = open_window (settings, path);
  g_assert_cmpuint (tradeoff_comparison_get_n_criteria (tradeoff_window_get_comparison (window)), ==, 5);
  before = g_strdup (headline (window));
  gtk_widget_activate (GTK_WIDGET (check_button_labelled (window, "I need to stay awake")));
  g_assert_cmpstr (headline (window), !=, before);
  g_free ((char *)before);
  close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_import_guide (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "django-vs-flask-guide.txt", NULL);
  g_autoptr(GFile) page = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) imported = tradeoff_import_file (page, TRADEOFF_IMPORT_FORMAT_AUTO, NULL, &error);
  g_autoptr(TradeoffComparison) shipped = tradeoff_loader_load_shipped (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor;
  GListModel *faq;
  RowCount rows = { NULL, 0 };

  g_assert_no_error (error);
  editor = edit (window, imported);

  /* The grid and the FAQ of the guide, in the window and in the editor. */
  faq = tradeoff_comparison_get_faq (shipped);
  rows.root = GTK_WIDGET (window);
  rows.n = g_list_model_get_n_items (faq);
  g_assert_true (wait_until (faq_rows_are, &rows));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_aspects (tradeoff_window_get_comparison (window))),
                    ==, g_list_model_get_n_items (tradeoff_comparison_get_aspects (shipped)));
  {
    g_autoptr(TradeoffFaqEntry) first = g_list_model_get_item (faq, 0);
    g_autofree char *typed = tradeoff_editor_field_dup_text (editor_field (editor, "Question", 0));

    g_assert_cmpstr (typed, ==, tradeoff_faq_entry_get_question (first));
  }
  /* No criteria yet: the window says how to add some. */
  g_assert_nonnull (button_for (GTK_WIDGET (window), "win.edit"));

  close_editor (editor);
  close_window (window);
}

static void
test_problem_next_to_field (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  g_autoptr(GError) expected = NULL;
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);
  GtkWidget *save;

  save = button_for (GTK_WIDGET (editor), "editor.save");
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* An emptied title: the loader's words next to the field, and no save. */
  type (editor, "Title", 0, "");
  tradeoff_rules_check_text ("title", "", &expected);
  g_assert_cmpstr (tradeoff_editor_field_get_error (editor_field (editor, "Title", 0)), ==, expected->message);
  g_assert_cmpstr (tradeoff_editor_window_get_blocker (editor), ==, expected->message);
  g_assert_false (gtk_widget_is_sensitive (save));
  /* The window keeps showing the last valid comparison. */
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==,
                   tradeoff_comparison_get_title (empty));

  /* A bad identifier, in the loader's words too. */
  type (editor, "Title", 0, "Fixed");
  g_assert_null (tradeoff_editor_field_get_error (editor_field (editor, "Title", 0)));
  type (editor, "Identifier", 0, "not an id!");
  g_clear_error (&expected);
  tradeoff_rules_check_id ("not an id!", &expected);
  g_assert_cmpstr (tradeoff_editor_field_get_error (editor_field (editor, "Identifier", 0)), ==, expected->message);
  g_assert_false (gtk_widget_is_sensitive (save));

  /* Two options with one id: only the whole comparison says so. */
  type (editor, "Identifier", 0, "drinks");
  type (editor, "Identifier", 2, "option-1");
  g_assert_null (tradeoff_editor_field_get_error (editor_field (editor, "Identifier", 2)));
  g_assert_nonnull (tradeoff_editor_window_get_blocker (editor));
  g_assert_false (gtk_widget_is_sensitive (save));
  type (editor, "Identifier", 2, "option-2");
  g_assert_null (tradeoff_editor_window_get_blocker (editor));
  g_assert_true (gtk_widget_is_sensitive (save));

  close_window (window);
}

static void
test_undo_redo (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);

  type (editor, "Title", 0, "Tea or coffee");
  type (editor, "Option 1 name", 0, "Tea");
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (tradeoff_window_get_comparison (window), 0)),
                   ==, "Tea");

  /* Each field typed in is one step; the window follows. */
  act (editor, "editor.undo", NULL);
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (tradeoff_window_get_comparison (window), 0)),
                   ==, "First option");
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==, "Tea or coffee");
  act (editor, "editor.undo", NULL);
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==, "New comparison");
  g_assert_false (tradeoff_editor_window_get_modified (editor));
  {
    g_autofree char *title = tradeoff_editor_field_dup_text (editor_field (editor, "Title", 0));

    g_assert_cmpstr (title, ==, "New comparison");
  }

  act (editor, "editor.redo", NULL);
  act (editor, "editor.redo", NULL);
  g_assert_cmpstr (tradeoff_option_get_name (tradeoff_comparison_get_option (tradeoff_window_get_comparison (window), 0)),
                   ==, "Tea");

  /* Adding an option is one step too. */
  act (editor, "editor.add-option", NULL);
  g_assert_cmpuint (tradeoff_comparison_get_n_options (tradeoff_window_get_comparison (window)), ==, 3);
  act (editor, "editor.undo", NULL);
  g_assert_cmpuint (tradeoff_comparison_get_n_options (tradeoff_window_get_comparison (window)), ==, 2);

  /* An invalid field is undone first, back to the last valid state. */
  type (editor, "Title", 0, "");
  g_assert_nonnull (tradeoff_editor_window_get_blocker (editor));
  act (editor, "editor.undo", NULL);
  g_assert_null (tradeoff_editor_window_get_blocker (editor));
  {
    g_autofree char *title = tradeoff_editor_field_dup_text (editor_field (editor, "Title", 0));

    g_assert_cmpstr (title, ==, "Tea or coffee");
  }

  close_window (window);
}

static void
test_unsaved_changes_asked (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);

  type (editor, "Title", 0, "Changed");
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (wait_until (has_question, editor));

  /* Cancel keeps the editor and the change. */
  answer (editor, "_Cancel");
  g_assert_null (question_of (editor));
  g_assert_true (tradeoff_editor_window_find (window) == editor);
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==, "Changed");

  /* Discard closes it, and the window shows the comparison as saved. */
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (wait_until (has_question, editor));
  answer (editor, "_Discard");
  g_assert_null (tradeoff_editor_window_find (window));
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==, "New comparison");

  close_window (window);
}

static void
test_removing_referenced_asks (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);

  act (editor, "editor.add-faq", NULL);
  type (editor, "Question", 0, "Why?");
  type (editor, "Answer", 0, "Because.");
  type (editor, "Identifier", 3, "why");
  act (editor, "editor.add-group", NULL);
  type (editor, "Group", 0, "Needs");
  type (editor, "Criterion", 0, "I ask why");
  type (editor, "Rationale", 0, "Always.");
  type (editor, "Identifier of the FAQ entry it comes from (optional)", 0, "why");
  set_weight (editor, 0, 3);
  g_assert_null (tradeoff_editor_window_get_blocker (editor));

  /* The FAQ entry: the criterion citing it is named, and nothing goes
   * without a yes. */
  act (editor, "editor.remove-faq", g_variant_new_uint32 (0));
  g_assert_true (wait_until (has_question, editor));
  g_assert_nonnull (strstr (question_detail (editor), "I ask why"));
  answer (editor, "_Cancel");
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (tradeoff_window_get_comparison (window))), ==, 1);

  /* The option the criterion weighs: the same (two options may not lose one). */
  act (editor, "editor.add-option", NULL);
  act (editor, "editor.remove-option", g_variant_new_uint32 (0));
  g_assert_true (wait_until (has_question, editor));
  g_assert_nonnull (strstr (question_detail (editor), "I ask why"));
  answer (editor, "_Cancel");
  g_assert_cmpuint (tradeoff_comparison_get_n_options (tradeoff_window_get_comparison (window)), ==, 3);

  /* Yes removes the entry and the citation, and stays valid. */
  act (editor, "editor.remove-faq", g_variant_new_uint32 (0));
  g_assert_true (wait_until (has_question, editor));
  answer (editor, "_Remove");
  g_assert_null (tradeoff_editor_window_get_blocker (editor));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_comparison_get_faq (tradeoff_window_get_comparison (window))), ==, 0);

  close_window (window);
}

/* A copy of tests/data/minimal.xml in a folder of its own. */
static char *
copy_of_minimal (char **dir)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *bytes = NULL;
  gsize length;
  char *path;

  *dir = g_dir_make_tmp ("tradeoff-editor-XXXXXX", NULL);
  path = g_build_filename (*dir, "minimal.xml", NULL);
  g_assert_true (g_file_get_contents (source, &bytes, &length, NULL));
  g_assert_true (g_file_set_contents (path, bytes, length, NULL));
  return path;
}

static char *
title_in (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (tradeoff_comparison_get_title (comparison));
}

static void
test_edit_saves_back (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = copy_of_minimal (&dir);
  g_autofree char *title = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TradeoffWindow *window = open_window (settings, path);
  TradeoffEditorWindow *editor;

  /* Ctrl+E on a comparison opened from a file edits that file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  editor = tradeoff_editor_window_find (window);
  g_assert_nonnull (editor);
  g_assert_true (g_file_equal (tradeoff_editor_window_get_file (editor), file));

  /* Ctrl+S writes there, asking nothing. */
  type (editor, "Title", 0, "Green tea vs Coffee");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_null (question_of (editor));
  g_assert_false (tradeoff_editor_window_get_modified (editor));
  title = title_in (path);
  g_assert_cmpstr (title, ==, "Green tea vs Coffee");

  /* Editing again after closing still edits the same file. */
  close_editor (editor);
  g_assert_true (g_file_equal (tradeoff_window_get_file (window), file));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  editor = tradeoff_editor_window_find (window);
  g_assert_true (g_file_equal (tradeoff_editor_window_get_file (editor), file));
  close_editor (editor);

  /* Another comparison shown forgets the file. */
  tradeoff_window_load_shipped (window);
  g_assert_null (tradeoff_window_get_file (window));

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The file chooser Save As opens, or %NULL. */
static GtkWindow *
file_chooser_of (TradeoffEditorWindow *editor)
{
  GtkWindow *question = question_of (editor);

  return question != NULL && GTK_IS_FILE_CHOOSER (question) ? question : NULL;
}

static gboolean
has_file_chooser (gpointer editor)
{
  return file_chooser_of (editor) != NULL;
}

static gboolean
has_no_file_chooser (gpointer editor)
{
  return file_chooser_of (editor) == NULL;
}

static void
test_new_asks_for_a_name (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);
  GtkWindow *chooser;

  /* A new comparison has no file: Save asks for one, named after its id. */
  g_assert_null (tradeoff_editor_window_get_file (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (wait_until (has_file_chooser, editor));
  chooser = file_chooser_of (editor);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_cmpstr (name, ==, "my-comparison.xml");
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_null (tradeoff_editor_window_get_file (editor));

  close_window (window);
}

static gboolean
is_not_visible (gpointer window)
{
  return !gtk_widget_get_visible (window);
}

static void
test_closing_window_asks (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);

  type (editor, "Title", 0, "Changed");

  /* Closing the main window asks about the editor's changes... */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (has_question, editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* ...and Cancel loses nothing: both windows stay, with the change. */
  answer (editor, "_Cancel");
  g_assert_true (tradeoff_editor_window_find (window) == editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (tradeoff_editor_window_get_modified (editor));
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==, "Changed");

  /* Closed by the window manager, the question is a Cancel too. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (has_question, editor));
  gtk_window_destroy (question_of (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (has_question, editor));

  /* Discard closes the editor, then the window. */
  g_object_ref (window);
  answer (editor, "_Discard");
  g_assert_true (wait_until (is_not_visible, window));
  g_assert_null (tradeoff_editor_window_find (window));
  g_object_unref (window);
}

/* An edit shows in the window's criteria without making their rows anew:
 * the row on screen is the same widget, with the new label, and a tick
 * stays ticked. */
static void
test_edit_keeps_rows (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *shipped = tradeoff_window_get_comparison (window);
  g_autoptr(TradeoffCriterion) first = g_list_model_get_item (tradeoff_comparison_get_criteria (shipped), 0);
  g_autofree char *id = g_strdup (tradeoff_criterion_get_id (first));
  g_autofree char *label = g_strdup_printf ("%s, really", tradeoff_criterion_get_label (first));
  TradeoffEditorWindow *editor;
  GtkCheckButton *before = criterion_button (window, id);
  GtkCheckButton *after;

  g_assert_nonnull (before);
  g_object_add_weak_pointer (G_OBJECT (before), (gpointer *)&before);
  gtk_widget_activate (GTK_WIDGET (before));
  g_assert_true (gtk_check_button_get_active (before));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = tradeoff_editor_window_find (window);
  type (editor, "Criterion", 0, label);
  settle ();

  after = check_button_labelled (window, label);
  g_assert_nonnull (after);
  g_assert_true (after == before);
  g_assert_true (gtk_check_button_get_active (after));
  g_object_remove_weak_pointer (G_OBJECT (before), (gpointer *)&before);

  close_window (window);
}

/* A weight typed and not yet left is taken as the spin button loses the
 * focus, which it does while the closing editor tears its form down:
 * that change is not shown in the status line, gone by then (it was a
 * critical warning on a freed label). */
static void
test_close_while_typing_weight (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  GtkWidget *spin;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = tradeoff_editor_window_find (window);
  editor_field (editor, "Criterion", 0);
  collect (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, >, 0);
  spin = g_ptr_array_index (spins, 0);
  gtk_widget_grab_focus (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "7");
  settle ();

  gtk_window_destroy (GTK_WINDOW (editor));
  settle ();
  g_assert_null (tradeoff_editor_window_find (window));

  close_window (window);
}

/* The editor window the application shows, or %NULL. */
static TradeoffEditorWindow *
editor_of (GtkApplication *application)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (TRADEOFF_IS_EDITOR_WINDOW (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_editor (gpointer application)
{
  return editor_of (application) != NULL;
}

static gboolean
has_no_windows (gpointer application)
{
  return gtk_application_get_windows (application) == NULL;
}

/* The Done-when tour as a person makes it, end to end: the application's
 * New (Ctrl+N), the comparison built in the editor's fields, Save through
 * the save dialog to a file, the application quit, the file opened in a
 * new window, and ticks changing the verdict. */
static void
test_tour_as_a_person (void)
{
  g_autoptr(TradeoffApplication) app = tradeoff_application_new ();
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-tour-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "drinks.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) accels = NULL;
  g_autoptr(GError) error = NULL;
  TradeoffWindow *window;
  TradeoffEditorWindow *editor;
  GtkWindow *chooser;
  g_autofree char *nothing_ticked = NULL;

  /* Startup, as `tradeoff` runs it: the actions and their keys. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.new");
  g_assert_true (g_strv_contains ((const char * const *)accels, "<Control>n"));

  /* Ctrl+N: a valid comparison with two options, in the editor. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new", NULL);
  g_assert_true (wait_until (has_editor, app));
  editor = editor_of (GTK_APPLICATION (app));
  window = TRADEOFF_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (editor)));
  g_assert_cmpuint (tradeoff_comparison_get_n_options (tradeoff_window_get_comparison (window)), ==, 2);
  g_assert_null (tradeoff_editor_window_get_blocker (editor));

  /* Three options, a grid, two questions, five criteria. */
  build_tour_comparison (editor);
  g_assert_null (tradeoff_editor_window_get_blocker (editor));

  /* Ctrl+S asks for a name, and the name chosen is written.  (The
   * dialog's own Save is GTK's: with the application registered, GTK
   * 4.8's file chooser gives back a folder of its own, so the file is
   * given as its Save gives it.) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (wait_until (has_file_chooser, editor));
  chooser = file_chooser_of (editor);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_true (wait_until (has_no_file_chooser, editor));
  g_assert_true (tradeoff_editor_window_get_modified (editor));
  g_assert_true (tradeoff_editor_window_save_to (editor, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (tradeoff_editor_window_get_modified (editor));
  g_assert_true (g_file_equal (tradeoff_editor_window_get_file (editor), file));

  /* Quit: nothing unsaved, nothing asked, every window gone. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (wait_until (has_no_windows, app));

  /* Reopened in a new window: the comparison made, whose ticks lead. */
  window = open_window (settings, path);
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==,
                   "Tea, coffee or cocoa");
  assert_grid (window, 1, "Aspect", "Tea", "Coffee", "Cocoa", NULL);
  nothing_ticked = g_strdup (headline (window));
  /* “I need to stay awake” favours Tea, “I sleep badly” Coffee. */
  gtk_widget_activate (GTK_WIDGET (check_button_labelled (window, "I need to stay awake")));
  g_assert_nonnull (strstr (headline (window), "Tea"));
  gtk_widget_activate (GTK_WIDGET (check_button_labelled (window, "I sleep badly")));
  gtk_widget_activate (GTK_WIDGET (check_button_labelled (window, "I need to stay awake")));
  g_assert_nonnull (strstr (headline (window), "Coffee"));
  g_assert_cmpstr (headline (window), !=, nothing_ticked);
  close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

/* Whether the @nth shown button labelled @label (with its underline) in
 * the editor can be pressed. */
static gboolean
button_sensitive (TradeoffEditorWindow *editor,
                  const char           *label,
                  guint                 nth)
{
  g_autoptr(GPtrArray) buttons = find_shown (GTK_WIDGET (editor), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (GTK_IS_LABEL (gtk_button_get_child (g_ptr_array_index (buttons, i))) &&
        g_strcmp0 (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (g_ptr_array_index (buttons, i)))),
                   label) == 0 &&
        nth-- == 0)
      return gtk_widget_is_sensitive (g_ptr_array_index (buttons, i));
  g_error ("no button “%s”", label);
  return FALSE;
}

/* A button that can do nothing for its option is off: the first option
 * is not moved up, the last not down, and one of two is not removed.
 * (They were on, their action being on for every option, and did
 * nothing.) */
static void
test_option_buttons_say_what_they_can (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);

  settle ();
  g_assert_false (button_sensitive (editor, "Move up", 0));
  g_assert_true (button_sensitive (editor, "Move down", 0));
  g_assert_true (button_sensitive (editor, "Move up", 1));
  g_assert_false (button_sensitive (editor, "Move down", 1));
  g_assert_false (button_sensitive (editor, "Remove", 0));
  g_assert_false (button_sensitive (editor, "Remove", 1));

  /* Each button is named once, by its words: its label only presents
   * (GTK 4.8 read a named button's label too: "Remove option 1 Remove"). */
  {
    g_autoptr(GPtrArray) buttons = find_shown (GTK_WIDGET (editor), GTK_TYPE_BUTTON);
    guint labelled = 0;

    for (guint i = 0; i < buttons->len; i++)
      {
        GtkWidget *child = gtk_button_get_child (g_ptr_array_index (buttons, i));

        if (!GTK_IS_LABEL (child))
          continue;
        labelled++;
        g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)), ==,
                         GTK_ACCESSIBLE_ROLE_PRESENTATION);
        g_assert_true (gtk_test_accessible_has_property (g_ptr_array_index (buttons, i),
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL));
        /* Nor by the label again. */
        g_assert_false (gtk_test_accessible_has_relation (g_ptr_array_index (buttons, i),
                                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      }
    g_assert_cmpuint (labelled, >=, 6);
  }

  /* Three options: each can go. */
  act (editor, "editor.add-option", NULL);
  settle ();
  g_assert_true (button_sensitive (editor, "Remove", 0));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/editor-window/tour", test_tour);
  g_test_add_func ("/tradeoff/editor-window/tour-as-a-person", test_tour_as_a_person);
  g_test_add_func ("/tradeoff/editor-window/import-guide", test_import_guide);
  g_test_add_func ("/tradeoff/editor-window/problem-next-to-field", test_problem_next_to_field);
  g_test_add_func ("/tradeoff/editor-window/undo-redo", test_undo_redo);
  g_test_add_func ("/tradeoff/editor-window/unsaved-changes-asked", test_unsaved_changes_asked);
  g_test_add_func ("/tradeoff/editor-window/removing-referenced-asks", test_removing_referenced_asks);
  g_test_add_func ("/tradeoff/editor-window/edit-saves-back", test_edit_saves_back);
  g_test_add_func ("/tradeoff/editor-window/new-asks-for-a-name", test_new_asks_for_a_name);
  g_test_add_func ("/tradeoff/editor-window/closing-window-asks", test_closing_window_asks);
  g_test_add_func ("/tradeoff/editor-window/edit-keeps-rows", test_edit_keeps_rows);
  g_test_add_func ("/tradeoff/editor-window/close-while-typing-weight", test_close_while_typing_weight);
  g_test_add_func ("/tradeoff/editor-window/option-buttons-say-what-they-can",
                   test_option_buttons_say_what_they_can);

  return g_test_run ();
}
