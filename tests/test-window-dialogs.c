/* test-window-dialogs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decision's two dialogs, the record (Ctrl+D) and one's own criterion
 * (Ctrl+Shift+N), as a keyboard and a screen reader meet them: every
 * object the keyboard reaches has a role and a name a person would say
 * (not a GTK type name, not a mnemonic's underline), and Escape closes the
 * dialog, losing nothing: the record keeps what was typed, the editor
 * adds nothing.
 */

#define G_LOG_DOMAIN "test-window-dialogs"

#include "config.h"

#include <string.h>

#include "tradeoff-decision-record.h"
#include "tradeoff-own-criterion-editor.h"
#include "window-testing.h"

static GtkWindow *
dialog_of (TradeoffWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel != GTK_WINDOW (window) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return toplevel;
    }

  return NULL;
}

static GtkWindow *
open_dialog (TradeoffWindow *window,
             const char     *action,
             GVariant       *parameter)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  dialog = dialog_of (window);
  g_assert_nonnull (dialog);
  g_assert_true (wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, dialog));
  settle ();
  return dialog;
}

static void
collect_focusable (GtkWidget *widget,
                   GPtrArray *found)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_can_focus (widget))
    return;
  if (gtk_widget_get_focusable (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_focusable (child, found);
}

/* Every object the keyboard reaches: a role, and a name of its own (a
 * label with no underline in it, not a type name) or a labelling
 * widget.  A drop-down's own button is what takes the focus: it is
 * labelled too. */
static void
assert_named (GtkWindow *dialog,
              guint      n_expected)
{
  g_autoptr(GPtrArray) focusable = g_ptr_array_new ();
  guint n_drop_down_buttons = 0;

  collect_focusable (GTK_WIDGET (dialog), focusable);
  g_assert_cmpuint (focusable->len, >=, n_expected);
  for (guint i = 0; i < focusable->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (focusable, i);
      GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
      const char *type_name = G_OBJECT_TYPE_NAME (widget);
      gboolean labelled = gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gboolean has_label = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);

      /* A scrolled window passes the focus on to its child (the Tab walk
       * of a11y-look never stops on it). */
      if (GTK_IS_WINDOW (widget) || GTK_IS_SCROLLED_WINDOW (widget))
        continue;
      /* An entry's text is the entry, which is labelled. */
      if (GTK_IS_TEXT (widget) && !has_label && !labelled)
        {
          accessible = GTK_ACCESSIBLE (gtk_widget_get_parent (widget));
          labelled = gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          has_label = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);
        }

      g_test_message ("focusable %s", type_name);
      g_assert_false (gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_GENERIC));
      g_assert_true (has_label || labelled);
      if (gtk_widget_get_parent (widget) != NULL && GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)))
        n_drop_down_buttons++;
      if (has_label)
        {
          g_autofree char *empty = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "");
          g_autofree char *type = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      type_name);

          g_assert_nonnull (empty);
          g_assert_nonnull (type);
        }
      /* A mnemonic's underline is not part of a button's name. */
      if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
        {
          g_autofree char *plain = g_strdup (gtk_button_get_label (GTK_BUTTON (widget)));
          char *underline = strchr (plain, '_');

          g_assert_true (has_label);
          if (underline != NULL)
            memmove (underline, underline + 1, strlen (underline));
          gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, plain);
          g_assert_false (labelled);
        }
    }
  g_assert_cmpuint (n_drop_down_buttons, >, 0);
}

/* Escape, as the dialog's shortcut for it runs. */
static void
escape_dialog (GtkWindow *dialog)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (dialog));
  gboolean done = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !done; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !done; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, "Escape") == 0)
            done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (dialog),
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (done);
  settle ();
}

static void
test_record (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  GtkWindow *dialog = open_dialog (window, "win.record", NULL);
  GtkTextView *note = GTK_TEXT_VIEW (find_one (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));

  /* Status, chosen option, decided by, date, note. */
  assert_named (dialog, 5);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "We host on a PaaS.", -1);
  escape_dialog (dialog);
  g_assert_null (dialog_of (window));
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, "We host on a PaaS.");

  close_window (window);
}

static void
test_own_criterion (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  GtkWindow *dialog = open_dialog (window, "win.own-criterion", g_variant_new_string (""));
  GtkWidget *entry = find_one (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);

  /* Label, group, a weight for each option, Cancel, Add. */
  assert_named (dialog, 6);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Cheap hosting");
  escape_dialog (dialog);
  g_assert_null (dialog_of (window));
  /* Escape is Cancel: nothing added, nothing changed. */
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);
  g_assert_false (tradeoff_decision_get_can_undo (decision));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window-dialogs/record", test_record);
  g_test_add_func ("/tradeoff/window-dialogs/own-criterion", test_own_criterion);

  return g_test_run ();
}
