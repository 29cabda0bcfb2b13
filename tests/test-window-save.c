/* test-window-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving as a person does it, through the window's own Save dialog (GTK's
 * own file chooser here, with no portal): choosing a format renames the
 * file, the file written is in the format chosen whatever the name said,
 * a name with an unknown extension is given the chosen one, and Print to
 * File suggests the comparison's own name (issue 13).
 */

#define G_LOG_DOMAIN "test-window-save"

#include "config.h"

#include <glib/gstdio.h>

#include "tradeoff-decision.h"
#include "tradeoff-loader.h"
#include "window-testing.h"

/* Any toplevel of @type but @except, once one is shown. */
static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != except && G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

typedef struct
{
  GType      type;
  GtkWindow *except;
} Wanted;

static gboolean
toplevel_shown (gpointer data)
{
  Wanted *wanted = data;

  return find_toplevel (wanted->type, wanted->except) != NULL;
}

static gboolean
toplevel_gone (gpointer data)
{
  Wanted *wanted = data;

  return find_toplevel (wanted->type, wanted->except) == NULL;
}

/* Opens the Save dialog through the action Ctrl+S and the menu run (the
 * keys are the application's, which this window has none of). */
static GtkFileChooser *
open_save_dialog (TradeoffWindow *window)
{
  Wanted wanted = { GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window) };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (toplevel_shown, &wanted));

  return GTK_FILE_CHOOSER (find_toplevel (wanted.type, wanted.except));
}

/* The format drop-down of the dialog, as a person picks from it. */
static GtkDropDown *
format_menu (GtkFileChooser *dialog)
{
  g_autoptr(GPtrArray) menus = find_shown (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);

  g_assert_cmpuint (menus->len, ==, 1);
  return menus->pdata[0];
}

/* Picks the format called @label in the dialog's drop-down. */
static void
choose_format (GtkFileChooser *dialog,
               const char     *label)
{
  GtkDropDown *menu = format_menu (dialog);
  GListModel *filters = gtk_drop_down_get_model (menu);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (g_strcmp0 (gtk_file_filter_get_name (filter), label) == 0)
        {
          gtk_drop_down_set_selected (menu, i);
          settle ();
          g_assert_true (gtk_file_chooser_get_filter (dialog) == filter);
          return;
        }
    }

  g_assert_not_reached ();
}

static gboolean
name_is (gpointer data)
{
  gpointer *args = data;
  g_autofree char *name = gtk_file_chooser_get_current_name (args[0]);

  return g_strcmp0 (name, args[1]) == 0;
}

/* The name in the dialog's name field becomes @expected. */
static void
assert_name (GtkFileChooser *dialog,
             const char     *expected)
{
  gpointer args[] = { dialog, (gpointer) expected };
  g_autofree char *name = NULL;

  if (!wait_until (name_is, args))
    {
      name = gtk_file_chooser_get_current_name (dialog);
      g_assert_cmpstr (name, ==, expected);
    }
}

/* Types @name and presses Save, in @dir. */
static void
save_as (TradeoffWindow *window,
         GtkFileChooser *dialog,
         const char     *dir,
         const char     *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  Wanted wanted = { GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window) };

  g_assert_true (gtk_file_chooser_set_current_folder (dialog, folder, &error));
  g_assert_no_error (error);
  if (name != NULL)
    gtk_file_chooser_set_current_name (dialog, name);
  settle ();
  /* What the Save button does. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_true (wait_until (toplevel_gone, &wanted));
  wait_for_save (window);
  settle ();
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static gboolean
exists (const char *dir,
        const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
remove_file (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_remove (path), ==, 0);
}

/* The dialog offers the comparison's name as a PDF; choosing another
 * format renames it, and the file written is in that format. */
static void
test_format_renames (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-save-XXXXXX", &error);
  g_autofree char *html = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *saved = NULL;
  GtkFileChooser *dialog;

  g_assert_no_error (error);
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "team-knows-django")));

  dialog = open_save_dialog (window);
  assert_name (dialog, "django-vs-flask.pdf");
  /* The format shown chosen is the one the name says. */
  g_assert_cmpstr (gtk_file_filter_get_name (gtk_file_chooser_get_filter (dialog)), ==, "PDF documents");
  choose_format (dialog, "Web pages (HTML)");
  assert_name (dialog, "django-vs-flask.html");
  choose_format (dialog, "Markdown");
  assert_name (dialog, "django-vs-flask.md");
  choose_format (dialog, "Web pages (HTML)");
  assert_name (dialog, "django-vs-flask.html");
  save_as (window, dialog, dir, NULL);

  html = read_file (dir, "django-vs-flask.html");
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "\u2068Django\u2069 fits you best"));
  g_assert_false (exists (dir, "django-vs-flask.pdf"));
  /* The window says where it went. */
  saved = g_strdup_printf ("Saved to %s" G_DIR_SEPARATOR_S "django-vs-flask.html", dir);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), saved));

  /* A name typed after choosing: HTML chosen, "advice.pdf" typed: an HTML
   * page, named for what it is. */
  dialog = open_save_dialog (window);
  choose_format (dialog, "Web pages (HTML)");
  save_as (window, dialog, dir, "advice.pdf");
  g_assert_false (exists (dir, "advice.pdf"));
  g_clear_pointer (&html, g_free);
  html = read_file (dir, "advice.html");
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));

  /* An extension no format has is kept as part of the name and given the
   * chosen format's: never a PDF named .docx. */
  dialog = open_save_dialog (window);
  choose_format (dialog, "Markdown");
  save_as (window, dialog, dir, "advice.docx");
  g_assert_false (exists (dir, "advice.docx"));
  markdown = read_file (dir, "advice.docx.md");
  g_assert_nonnull (strstr (markdown, "# "));
  g_assert_null (strstr (markdown, "<html"));

  remove_file (dir, "django-vs-flask.html");
  remove_file (dir, "advice.html");
  remove_file (dir, "advice.docx.md");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
}

/* "Tradeoff decision" writes a decision file that opens again as it was,
 * whatever extension the name was typed with. */
static void
test_decision_format (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-save-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TradeoffDecision) decision = NULL;
  GtkFileChooser *dialog;

  g_assert_no_error (error);
  gtk_widget_activate (GTK_WIDGET (criterion_button (window, "greenfield")));

  dialog = open_save_dialog (window);
  choose_format (dialog, "Tradeoff decision (*.tradeoff)");
  assert_name (dialog, "django-vs-flask.tradeoff");
  save_as (window, dialog, dir, "ours");
  g_assert_false (exists (dir, "ours"));

  path = g_build_filename (dir, "ours.tradeoff", NULL);
  file = g_file_new_for_path (path);
  decision = tradeoff_decision_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tradeoff_advisor_get_level (tradeoff_decision_get_advisor (decision),
                                               tradeoff_comparison_find_criterion (tradeoff_decision_get_comparison (decision),
                                                                                   "greenfield")),
                   ==, TRADEOFF_LEVEL_MATTERS);

  remove_file (dir, "ours.tradeoff");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
}

/* Picks the file printer in the print dialog's list of printers, once
 * the file backend has listed it.  Its objects are GtkPrinters, read by
 * property: their header needs gtk4-unix-print. */
static gboolean
select_print_to_file (gpointer data)
{
  GtkWidget *dialog = data;
  g_autoptr(GPtrArray) views = find_shown (dialog, GTK_TYPE_COLUMN_VIEW);

  for (guint i = 0; i < views->len; i++)
    {
      GtkSelectionModel *printers = gtk_column_view_get_model (views->pdata[i]);

      for (guint p = 0; GTK_IS_SINGLE_SELECTION (printers) &&
                        p < g_list_model_get_n_items (G_LIST_MODEL (printers)); p++)
        {
          g_autoptr(GObject) printer = g_list_model_get_item (G_LIST_MODEL (printers), p);
          gboolean is_virtual = FALSE;
          g_autofree char *name = NULL;

          if (!g_object_class_find_property (G_OBJECT_GET_CLASS (printer), "is-virtual"))
            continue;
          g_object_get (printer, "is-virtual", &is_virtual, "name", &name, NULL);
          if (is_virtual && g_strcmp0 (name, "Print to File") == 0)
            {
              gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (printers), p);
              return TRUE;
            }
        }
    }

  return FALSE;
}

static gboolean
output_is_named (gpointer data)
{
  GtkWidget *dialog = data;
  g_autoptr(GtkPrintSettings) settings = NULL;
  const char *uri;

  g_object_get (dialog, "print-settings", &settings, NULL);
  uri = settings != NULL ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;

  return uri != NULL && g_str_has_suffix (uri, "/django-vs-flask.pdf");
}

/* Print to File offers the comparison's own name, not "output.pdf": pick
 * it in the print dialog as a person does, and read the file it would
 * write. */
static void
test_print_to_file_name (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  Wanted wanted = { G_TYPE_INVALID, GTK_WINDOW (window) };
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  /* GtkPrintUnixDialog, by name: its header needs gtk4-unix-print. */
  wanted.type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (wait_until (toplevel_shown, &wanted));
  dialog = find_toplevel (wanted.type, wanted.except);

  g_assert_true (wait_until (select_print_to_file, dialog));
  g_assert_true (wait_until (output_is_named, dialog));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_true (wait_until (toplevel_gone, &wanted));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window-save/format-renames", test_format_renames);
  g_test_add_func ("/tradeoff/window-save/decision-format", test_decision_format);
  g_test_add_func ("/tradeoff/window-save/print-to-file-name", test_print_to_file_name);

  return g_test_run ();
}
