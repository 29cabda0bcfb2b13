/* test-quit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quitting with the window busy: a FAQ question open, the main menu
 * popped up, then Ctrl+Q (app.quit), in English, German and French, as
 * the crash at quit was once seen (raise ROUNDS to hunt for a rarer
 * one).  Run it under `run-tests.sh --sanitizers` or `--valgrind` to see
 * what a plain run cannot.
 */

#define G_LOG_DOMAIN "test-quit"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tradeoff-application.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-faq-row.h"
#include "window-testing.h"

#define ROUNDS 1

typedef struct
{
  GtkApplication *app;
  guint           step;
  gboolean        quit;
} Run;

static TradeoffWindow *
the_window (GtkApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (app);

  g_assert_true (TRADEOFF_IS_WINDOW (window));
  return TRADEOFF_WINDOW (window);
}

static void
open_first_question (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_ROW);
  GListModel *faq = tradeoff_comparison_get_faq (tradeoff_window_get_comparison (window));
  g_autoptr(TradeoffFaqEntry) first = g_list_model_get_item (faq, 0);
  GtkWidget *list;

  g_assert_cmpuint (rows->len, >, 0);
  list = gtk_widget_get_ancestor (g_ptr_array_index (rows, 0), GTK_TYPE_LIST_VIEW);
  gtk_widget_grab_focus (g_ptr_array_index (rows, 0));
  gtk_widget_activate_action (list, "list.activate-item", "u", 0);
  g_assert_true (tradeoff_faq_entry_get_expanded (first));
}

static void
pop_up_main_menu (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  /* The main menu's, not a criterion's level. */
  for (guint i = buttons->len; i > 0; i--)
    if (gtk_widget_get_ancestor (g_ptr_array_index (buttons, i - 1), TRADEOFF_TYPE_CRITERION_ROW) != NULL)
      g_ptr_array_remove_index (buttons, i - 1);
  g_assert_cmpuint (buttons->len, ==, 1);
  gtk_menu_button_popup (g_ptr_array_index (buttons, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (
    gtk_menu_button_get_popover (g_ptr_array_index (buttons, 0)))));
}

/* One step a turn of the main loop, with frames drawn between them, as a
 * person's clicks would come. */
static gboolean
next_step (gpointer user_data)
{
  Run *run = user_data;
  TradeoffWindow *window = the_window (run->app);
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_ROW);

  if (rows->len == 0)
    return G_SOURCE_CONTINUE;

  switch (run->step++)
    {
    case 0:
      open_first_question (window);
      return G_SOURCE_CONTINUE;

    case 5:
      pop_up_main_menu (window);
      return G_SOURCE_CONTINUE;

    case 10:
      /* What Ctrl+Q does. */
      g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
      run->quit = TRUE;
      return G_SOURCE_REMOVE;

    default:
      return G_SOURCE_CONTINUE;
    }
}

static void
on_activate (GApplication *app,
             Run          *run)
{
  g_timeout_add (20, next_step, run);
}

static gboolean
set_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* GTK's own timers (a tooltip's comes 500 ms after the pointer stops)
 * that outlive the windows get their chance to fire. */
static void
let_timers_fire (void)
{
  gboolean done = FALSE;

  g_timeout_add (1000, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
quit_in (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(TradeoffApplication) app = tradeoff_application_new ();
      char *argv[] = { (char *) "tradeoff", NULL };
      Run run = { GTK_APPLICATION (app), 0, FALSE };

      g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);
      g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
      g_assert_true (run.quit);
      g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
      let_timers_fire ();
    }
}

static void
test_quit_english (void)
{
  quit_in ("en");
}

static void
test_quit_german (void)
{
  quit_in ("de");
}

static void
test_quit_french (void)
{
  quit_in ("fr");
}

/* The main window: the active one may be its editor. */
static TradeoffWindow *
main_window_of (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (TRADEOFF_IS_WINDOW (l->data))
      return l->data;

  g_error ("no main window");
  return NULL;
}

/* The question asked over @editor, or %NULL. */
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

static void
press (GtkWindow  *question,
       const char *label)
{
  g_autoptr(GPtrArray) buttons = find_shown (GTK_WIDGET (question), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        gtk_widget_activate (g_ptr_array_index (buttons, i));
        return;
      }
  g_error ("no answer “%s”", label);
}

static void
change_title (TradeoffEditorWindow *editor)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();

  collect (GTK_WIDGET (editor), TRADEOFF_TYPE_EDITOR_FIELD, fields);
  for (guint i = 0; i < fields->len; i++)
    if (g_strcmp0 (tradeoff_editor_field_get_label (g_ptr_array_index (fields, i)), "Title") == 0)
      {
        GtkWidget *entry = find_one (g_ptr_array_index (fields, i), GTK_TYPE_ENTRY);

        gtk_editable_set_text (GTK_EDITABLE (entry), "Changed");
        return;
      }
  g_error ("no title field");
}

/* Ctrl+Q with unsaved edits: asked, Cancel keeps everything, Discard quits. */
static gboolean
next_edit_step (gpointer user_data)
{
  Run *run = user_data;
  TradeoffWindow *window = main_window_of (run->app);
  TradeoffEditorWindow *editor = tradeoff_editor_window_find (window);
  GtkWindow *question = editor != NULL ? question_of (editor) : NULL;

  switch (run->step)
    {
    case 0:
      if (tradeoff_window_get_comparison (window) == NULL)
        return G_SOURCE_CONTINUE;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
      g_assert_nonnull (tradeoff_editor_window_find (window));
      change_title (tradeoff_editor_window_find (window));
      g_assert_true (tradeoff_editor_window_get_modified (tradeoff_editor_window_find (window)));
      break;

    case 1:
      g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
      break;

    case 3:
      /* Cancel answers after its animation. */
      if (question != NULL)
        return G_SOURCE_CONTINUE;
      g_assert_nonnull (editor);
      g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
      break;

    case 2:
      if (question == NULL)
        return G_SOURCE_CONTINUE;
      press (question, "_Cancel");
      break;

    case 4:
      /* Nothing went: the windows, the editor and its change. */
      if (question == NULL)
        return G_SOURCE_CONTINUE;
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
      g_assert_true (tradeoff_editor_window_get_modified (editor));
      press (question, "_Discard");
      run->quit = TRUE;
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }

  run->step++;
  return G_SOURCE_CONTINUE;
}

static void
on_activate_edit (GApplication *app,
                  Run          *run)
{
  g_timeout_add (20, next_edit_step, run);
}

static void
test_quit_asks_about_edits (void)
{
  g_autoptr(TradeoffApplication) app = tradeoff_application_new ();
  char *argv[] = { (char *) "tradeoff", NULL };
  Run run = { GTK_APPLICATION (app), 0, FALSE };

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_edit), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (run.quit);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  let_timers_fire ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  /* As main.c does, with the catalogues compiled in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A session bus of our own, as a desktop has: the application registers
   * on it and the style manager asks it for the settings portal. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add_func ("/tradeoff/quit/english", test_quit_english);
  g_test_add_func ("/tradeoff/quit/german", test_quit_german);
  g_test_add_func ("/tradeoff/quit/french", test_quit_french);
  g_test_add_func ("/tradeoff/quit/asks-about-unsaved-edits", test_quit_asks_about_edits);

  status = g_test_run ();
  g_test_dbus_down (bus);

  return status;
}
