/* test-editor-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor on a long comparison (issue 16): it makes the fields of the
 * parts it shows, not one for every text; scrolling down brings the next
 * parts; an edit still reaches the window; Tab walks from one field to
 * the next, and on from one part into the next.
 */

#define G_LOG_DOMAIN "test-editor-list"

#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

#include "tradeoff-comparison-builder.h"
#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-window.h"
#include "window-testing.h"

#define N_FAQ 2000

static TradeoffComparison *
long_comparison (void)
{
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new_from (empty);
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison;

  for (guint i = 0; i < N_FAQ; i++)
    {
      g_autofree char *id = g_strdup_printf ("question-%u", i + 1);
      g_autofree char *question = g_strdup_printf ("Question number %u?", i + 1);

      tradeoff_comparison_builder_add_faq_entry (builder, id, question, "An answer.");
    }
  comparison = tradeoff_comparison_builder_build (builder, &error);
  g_assert_no_error (error);
  return comparison;
}

static GPtrArray *
fields_of (TradeoffEditorWindow *editor)
{
  GPtrArray *fields = g_ptr_array_new ();

  collect (GTK_WIDGET (editor), TRADEOFF_TYPE_EDITOR_FIELD, fields);
  return fields;
}

static TradeoffEditorField *
field_labelled (TradeoffEditorWindow *editor,
                const char           *label)
{
  g_autoptr(GPtrArray) fields = fields_of (editor);

  for (guint i = 0; i < fields->len; i++)
    if (g_strcmp0 (tradeoff_editor_field_get_label (g_ptr_array_index (fields, i)), label) == 0)
      return g_ptr_array_index (fields, i);
  return NULL;
}

static TradeoffEditorWindow *
edit (TradeoffWindow     *window,
      TradeoffComparison *comparison)
{
  tradeoff_window_set_comparison (window, comparison);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  return tradeoff_editor_window_find (window);
}

static void
test_long_is_lazy (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) comparison = long_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, comparison);
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) later = NULL;
  GtkEditable *title;

  settle ();
  first = fields_of (editor);
  /* Three fields an entry: six thousand had it made them all. */
  g_assert_cmpuint (first->len, >, 0);
  g_assert_cmpuint (first->len, <, 200);
  g_assert_nonnull (field_labelled (editor, "Title"));

  /* An edit reaches the window as before. */
  title = GTK_EDITABLE (find_one (GTK_WIDGET (field_labelled (editor, "Title")), GTK_TYPE_ENTRY));
  gtk_editable_set_text (title, "Many questions");
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_window_get_comparison (window)), ==,
                   "Many questions");

  /* Scrolled to its end, the list brings the next questions. */
  scroller = GTK_SCROLLED_WINDOW (find_one (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  for (guint i = 0; i < 5; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      settle ();
    }
  later = fields_of (editor);
  g_assert_nonnull (field_labelled (editor, "Question"));
  {
    TradeoffEditorField *last = g_ptr_array_index (later, later->len - 1);
    g_autofree char *text = tradeoff_editor_field_dup_text (last);

    /* Further down than the first screens went, and still not all. */
    g_assert_true (g_str_has_prefix (text, "question-"));
    g_assert_cmpint (atoi (text + strlen ("question-")), >, 5);
    g_assert_cmpint (atoi (text + strlen ("question-")), <, N_FAQ);
  }

  close_window (window);
}

static GtkWidget *focused_field (TradeoffEditorWindow *editor);

static gboolean
question_focused (gpointer editor)
{
  GtkWidget *focus = focused_field (editor);

  return focus != NULL &&
         g_strcmp0 (tradeoff_editor_field_get_label (TRADEOFF_EDITOR_FIELD (focus)), "Question") == 0;
}

/* A question added at the end of two thousand is brought into view and
 * focused, to be typed into; what is typed reaches the window. */
static void
test_added_part_focused (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) comparison = long_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, comparison);
  GListModel *faq;
  g_autoptr(TradeoffFaqEntry) last = NULL;
  GtkWidget *focus;

  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-faq", NULL));
  g_assert_true (wait_until (question_focused, editor));
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_true (GTK_IS_TEXT (focus));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_parent (focus)), "The last question?");
  /* Tab to its answer: a new entry is valid once it has both. */
  press_tab (GTK_WIDGET (editor), FALSE);
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), "Its answer.", -1);

  faq = tradeoff_comparison_get_faq (tradeoff_window_get_comparison (window));
  g_assert_cmpuint (g_list_model_get_n_items (faq), ==, N_FAQ + 1);
  last = g_list_model_get_item (faq, N_FAQ);
  g_assert_cmpstr (tradeoff_faq_entry_get_question (last), ==, "The last question?");

  close_window (window);
}

static GtkWidget *
focused_field (TradeoffEditorWindow *editor)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));

  return focus != NULL ? gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_EDITOR_FIELD) : NULL;
}

static void
test_tab_walks_the_parts (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(TradeoffComparison) empty = tradeoff_editor_new_comparison ();
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffEditorWindow *editor = edit (window, empty);
  const char *walk[] = { "Title", "Byline", "Introduction", "Identifier", NULL };
  GtkWidget *focus;

  settle ();
  tradeoff_editor_field_focus (field_labelled (editor, "Title"));
  for (guint i = 0; walk[i] != NULL; i++)
    {
      focus = focused_field (editor);
      g_assert_nonnull (focus);
      g_assert_cmpstr (tradeoff_editor_field_get_label (TRADEOFF_EDITOR_FIELD (focus)), ==, walk[i]);
      press_tab (GTK_WIDGET (editor), FALSE);
    }

  /* Past the texts' last field, the Options heading's button, then into
   * the first option's part. */
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "editor.add-option");
  press_tab (GTK_WIDGET (editor), FALSE);
  focus = focused_field (editor);
  g_assert_nonnull (focus);
  g_assert_cmpstr (tradeoff_editor_field_get_label (TRADEOFF_EDITOR_FIELD (focus)), ==, "Option 1 name");

  close_window (window);
}

/* Where a Tab leaves the focus: a field (by its label) or a button (by
 * its action), once it has left @before and landed on one: the list
 * takes the focus a moment while it scrolls to a part. */
typedef struct
{
  TradeoffEditorWindow *editor;
  GtkWidget            *before;
} Walk;

static gboolean
landed (gpointer data)
{
  Walk *walk = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (walk->editor));

  return focus != NULL && focus != walk->before && !GTK_IS_LIST_VIEW (focus) &&
         !GTK_IS_SCROLLED_WINDOW (focus);
}

static const char *
stop_name (GtkWidget *focus)
{
  GtkWidget *field = gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_EDITOR_FIELD);

  if (field != NULL)
    return tradeoff_editor_field_get_label (TRADEOFF_EDITOR_FIELD (field));
  if (GTK_IS_ACTIONABLE (focus) && gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)) != NULL)
    return gtk_actionable_get_action_name (GTK_ACTIONABLE (focus));
  return G_OBJECT_TYPE_NAME (focus);
}

/* Whether the focus, when in the form, is on the screen. */
static gboolean
focus_in_view (gpointer editor)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));
  GtkWidget *scroller = find_one (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (!gtk_widget_is_ancestor (focus, scroller))
    return TRUE;
  return gtk_widget_compute_bounds (focus, scroller, &bounds) && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* Presses Tab (or Shift+Tab) and returns where the focus landed; a field
 * or button of the form is scrolled into view. */
static const char *
tab (TradeoffEditorWindow *editor,
     gboolean              backward)
{
  Walk walk = { editor, gtk_root_get_focus (GTK_ROOT (editor)) };

  press_tab (GTK_WIDGET (editor), backward);
  g_assert_true (wait_until (landed, &walk));
  g_assert_true (wait_until (focus_in_view, editor));
  return stop_name (gtk_root_get_focus (GTK_ROOT (editor)));
}

/* Tab reaches every part, however far below the first screen, in order,
 * and Shift+Tab goes back the same way; the editor opens with its title
 * focused, and Tab from the header bar comes back into the form.  (GTK
 * 4.8's list moved the focus only into rows on the screen: Tab went from
 * the second option back to the header bar, and the grid, the FAQ, the
 * criteria and the verdicts were never reached.) */
static void
test_tab_reaches_every_part (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffComparison *shipped = tradeoff_window_get_comparison (window);
  guint n_criteria = tradeoff_comparison_get_n_criteria (shipped);
  guint n_faq = g_list_model_get_n_items (tradeoff_comparison_get_faq (shipped));
  TradeoffEditorWindow *editor;
  g_autoptr(GPtrArray) forward = g_ptr_array_new ();
  guint criteria = 0;
  guint questions = 0;
  const char *name;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  editor = tradeoff_editor_window_find (window);
  {
    Walk walk = { editor, NULL };

    g_assert_true (wait_until (landed, &walk));
  }
  g_assert_cmpstr (stop_name (gtk_root_get_focus (GTK_ROOT (editor))), ==, "Title");

  g_ptr_array_add (forward, (gpointer)"Title");
  do
    {
      name = tab (editor, FALSE);
      g_ptr_array_add (forward, (gpointer)name);
      criteria += g_strcmp0 (name, "Criterion") == 0;
      questions += g_strcmp0 (name, "Question") == 0;
      g_assert_cmpuint (forward->len, <, 1000);
    }
  while (g_strcmp0 (name, "When nothing is ticked") != 0);
  g_assert_cmpuint (criteria, ==, n_criteria);
  g_assert_cmpuint (questions, ==, n_faq);

  /* On to the header bar, round to the form where it was left. */
  g_assert_cmpstr (tab (editor, FALSE), ==, "GtkToggleButton");
  g_assert_cmpstr (tab (editor, FALSE), ==, "editor.save-as");
  g_assert_cmpstr (tab (editor, FALSE), ==, "editor.save");
  g_assert_cmpstr (tab (editor, FALSE), ==, "When options tie");
  g_assert_cmpstr (tab (editor, FALSE), ==, "When nothing is ticked");

  /* Back, stop by stop, to the title. */
  for (guint i = forward->len - 1; i > 0; i--)
    g_assert_cmpstr (tab (editor, TRUE), ==, g_ptr_array_index (forward, i - 1));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/editor-list/long-is-lazy", test_long_is_lazy);
  g_test_add_func ("/tradeoff/editor-list/tab-walks-the-parts", test_tab_walks_the_parts);
  g_test_add_func ("/tradeoff/editor-list/added-part-focused", test_added_part_focused);
  g_test_add_func ("/tradeoff/editor-list/tab-reaches-every-part", test_tab_reaches_every_part);

  return g_test_run ();
}
