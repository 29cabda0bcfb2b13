/* test-editor-go-to.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's Go To menu (issue 16): each section is one step away, its
 * first field (or its Add button) focused, however many parts come before
 * it; and the menu button is named for a screen reader.
 */

#define G_LOG_DOMAIN "test-editor-go-to"

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-window.h"
#include "window-testing.h"

typedef struct
{
  GtkWindow  *editor;
  const char *field;    /* the focused field's label, or NULL */
  const char *action;   /* else the focused button's action */
} Target;

static gboolean
focus_reached (gpointer data)
{
  Target *target = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (target->editor));
  GtkWidget *field;

  if (focus == NULL)
    return FALSE;
  if (target->field == NULL)
    {
      GtkWidget *button = GTK_IS_BUTTON (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON);

      return button != NULL &&
             g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), target->action) == 0;
    }
  field = gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_EDITOR_FIELD);
  return field != NULL &&
         g_strcmp0 (tradeoff_editor_field_get_label (TRADEOFF_EDITOR_FIELD (field)), target->field) == 0;
}

static void
go_to (GtkWindow  *editor,
       guint       section,
       const char *field,
       const char *action)
{
  Target target = { editor, field, action };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.go-to", "u", section));
  g_assert_true (wait_until (focus_reached, &target));
}

static void
test_sections (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkWindow *editor;
  GtkWidget *menu;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = GTK_WINDOW (tradeoff_editor_window_find (window));
  g_assert_nonnull (editor);
  settle ();

  /* Last first: past every other part. */
  go_to (editor, 5, "When options tie", NULL);
  go_to (editor, 4, NULL, "editor.add-group");
  go_to (editor, 3, NULL, "editor.add-faq");
  go_to (editor, 0, "Title", NULL);

  menu = find_one (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu);
  g_assert_true (gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (menu)));
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu)));
  g_assert_cmpuint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu))), ==, 1);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/editor-go-to/sections", test_sections);

  return g_test_run ();
}
