/* window-testing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window tests share: waiting on the main loop without a clock,
 * finding widgets as a person would (by type, by text, by style class), and
 * opening and closing a real window with settings of its own.
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <time.h>

#include <glib/gstdio.h>

#include "tradeoff-editor-field.h"
#include "tradeoff-faq-row.h"
#include "tradeoff-window.h"
#include "window-testing.h"

#include <glib/gi18n.h>
#include <locale.h>

/* Waiting is bounded by a number of main-loop turns, never by a clock: the
 * timeout only wakes the loop up so that it can look again. */

static gboolean
wake_up (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
wait_until (gboolean (*condition) (gpointer data),
            gpointer   data)
{
  guint waker = g_timeout_add (5, wake_up, NULL);
  gboolean met = FALSE;

  for (guint i = 0; i < MAX_TURNS && !(met = condition (data)); i++)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (waker);
  return met;
}

void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The widgets of @type under @root that are on screen. */
GPtrArray *
find_shown (GtkWidget *root,
            GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *shown = g_ptr_array_new ();

  collect (root, type, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (all, i)))
      g_ptr_array_add (shown, g_ptr_array_index (all, i));

  return shown;
}

GtkWidget *
find_one (GtkWidget *root,
          GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect (root, type, all);
  g_assert_cmpuint (all->len, >, 0);
  return g_ptr_array_index (all, 0);
}

GtkLabel *
find_label_with_class (GtkWidget  *root,
                       const char *css_class)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
      return g_ptr_array_index (labels, i);

  g_assert_not_reached ();
}

const char *
headline (TradeoffWindow *window)
{
  return gtk_label_get_text (find_label_with_class (GTK_WIDGET (window), "verdict-headline"));
}

/* Each test gets settings of its own, in memory, unless it shares them on
 * purpose (to see what survives a restart). */
TradeoffSettings *
memory_settings (GSettingsBackend *backend)
{
  g_autoptr(GSettingsBackend) own = backend != NULL ? g_object_ref (backend) : g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, own);

  return tradeoff_settings_new_for_gsettings (settings);
}

void
remove_flat_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

gboolean
faq_rows_shown (gpointer data)
{
  g_autoptr(GPtrArray) rows = find_shown (data, TRADEOFF_TYPE_FAQ_ROW);

  return rows->len > 0;
}

TradeoffWindow *
open_window (TradeoffSettings *settings,
             const char       *path)
{
  TradeoffWindow *window = tradeoff_window_new (NULL, settings);

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (tradeoff_window_open_file (window, file));
    }
  else
    {
      g_assert_true (tradeoff_window_load_shipped (window));
    }

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (faq_rows_shown, window));

  return window;
}

/* Destroys @window and checks that nothing kept it alive. */
void
close_window (TradeoffWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

guint
count_faq_rows (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = find_shown (root, TRADEOFF_TYPE_FAQ_ROW);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    if (tradeoff_faq_row_get_entry (g_ptr_array_index (rows, i)) != NULL)
      n++;

  return n;
}

gboolean
faq_rows_are (gpointer data)
{
  RowCount *count = data;

  return count_faq_rows (count->root) == count->n;
}

GtkCheckButton *
check_button_labelled (TradeoffWindow *window,
                       const char     *text)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_check_button_get_child (g_ptr_array_index (buttons, i));

      /* A criterion's box holds its label first, then its effect. */
      if (child != NULL && !GTK_IS_LABEL (child))
        child = gtk_widget_get_first_child (child);
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0 &&
          gtk_widget_get_visible (g_ptr_array_index (buttons, i)))
        return g_ptr_array_index (buttons, i);
    }

  return NULL;
}

GtkCheckButton *
criterion_button (TradeoffWindow *window,
                  const char     *criterion_id)
{
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (comparison, criterion_id);

  g_assert_nonnull (criterion);
  return check_button_labelled (window, tradeoff_criterion_get_label (criterion));
}


/* Lets every idle and frame already due run. */
void
settle (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Sends @keyval to the capture-phase key controllers from @root down to
 * its focus widget, as GTK delivers a key press; returns whether one took
 * it. */
gboolean
send_key (GtkWidget       *root,
          guint            keyval,
          GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (root));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);
  if (chain->len == 0)
    g_ptr_array_add (chain, root);

  for (guint i = 0; i < chain->len; i++)
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (g_ptr_array_index (chain, i));

      for (guint j = 0; j < g_list_model_get_n_items (controllers); j++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, j);
          gboolean handled = FALSE;

          if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
              gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
            g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          if (handled)
            return TRUE;
        }
    }

  return FALSE;
}

/* Tab (or Shift+Tab) as a person presses it: what the widgets catch first,
 * else the window's own move of the focus. */
void
press_tab (GtkWidget *root,
           gboolean   backward)
{
  if (!send_key (root, backward ? GDK_KEY_ISO_Left_Tab : GDK_KEY_Tab,
                 backward ? GDK_SHIFT_MASK : 0))
    gtk_widget_child_focus (root, backward ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
  settle ();
}

/* A label under @root showing @text, shown or not; %NULL if none. */
GtkLabel *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}


/* A grid column's heading as a person reads it: without the empty second
 * line that every heading keeps for "ruled out" (tradeoff-comparison-grid.c). */
const char *
column_heading (GtkColumnViewColumn *column)
{
  const char *title = gtk_column_view_column_get_title (column);
  g_autofree char *shown = NULL;

  if (!g_str_has_suffix (title, "\n"))
    return title;
  shown = g_strndup (title, strlen (title) - 1);
  return g_intern_string (shown);
}

/* The heading of the window's grid column at @position (0, the aspects'). */
const char *
grid_heading (TradeoffWindow *window,
              guint           position)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_one (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), position);

  return column_heading (column);
}

/* What every window test program does first. */
void
window_testing_init (int    *argc,
                     char ***argv)
{
  /* GTK's own test accessibility backend, so that what a screen reader is
   * told can be checked (the suite turns the real one off). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (argc, argv, NULL);
}

/* Switches the language of this process; setlocale() also makes gettext
 * forget what it has looked up. */
void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

/* Tradeoff's catalogues, compiled in the build tree, as main.c binds them. */
void
use_catalogues (void)
{
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

void
add_in_each_language (const char    *path,
                      GTestDataFunc  func)
{
  static const char *const languages[] = { "en", "de", "fr" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/%s", path, languages[i]);

      g_test_add_data_func (name, languages[i], func);
    }
}

/* A few frames: a change is laid out at the next one, not at once, and a
 * busy machine takes a few. */
void
let_frames_pass (void)
{
  gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  g_assert_true (wait_until (time_passed, &until));
  settle ();
}

/* The window at the test display's 1280 px, less the frame GTK draws with
 * no window manager. */
gboolean
laid_out_wide (gpointer window)
{
  return gtk_widget_get_width (window) > 1200;
}

void
assert_grid (TradeoffWindow *window,
             guint           n_rows,
             const char     *first_heading,
             ...)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_one (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (view);
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  GListModel *options = tradeoff_comparison_get_options (comparison);
  va_list args;
  guint i = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, n_rows);

  va_start (args, first_heading);
  for (const char *heading = first_heading; heading != NULL; heading = va_arg (args, const char *))
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i++);

      g_assert_nonnull (column);
      g_assert_cmpstr (column_heading (column), ==, heading);
    }
  va_end (args);

  /* The aspect column, then one per option and no more. */
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, i);
  g_assert_cmpuint (g_list_model_get_n_items (options) + 1, ==, i);
}

char *
write_temp_file (const char *name,
                 const char *contents,
                 char      **dir)
{
  g_autoptr(GError) error = NULL;
  char *path;

  *dir = g_dir_make_tmp ("tradeoff-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

void
remove_temp_file (char *path,
                  char *dir)
{
  g_remove (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
}

gboolean
press_key_with (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }

  return handled;
}

gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  return press_key_with (widget, keyval, 0);
}

/* What @root shows in writing: the text of every label under it that is
 * visible, it and its parents (on screen or not: @root may be in no
 * window), in the order of the widget tree, one a line. */
char *
label_texts (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *texts = g_string_new (NULL);

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (labels, i)))
      g_string_append_printf (texts, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_string_free (texts, FALSE);
}

/* Whether anything listens to @object's @signal (a detailed name such as
 * "notify::level" too). */
gboolean
has_handler (gpointer    object,
             const char *signal)
{
  guint signal_id;
  GQuark detail;

  g_assert_true (g_signal_parse_name (signal, G_OBJECT_TYPE (object), &signal_id, &detail, TRUE));
  return g_signal_has_handler_pending (object, signal_id, detail, TRUE);
}

static TradeoffEditorField *
editor_field_shown (TradeoffEditorWindow *editor,
                    const char           *label,
                    guint                 nth)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();

  collect (GTK_WIDGET (editor), TRADEOFF_TYPE_EDITOR_FIELD, fields);
  for (guint i = 0; i < fields->len; i++)
    if (g_strcmp0 (tradeoff_editor_field_get_label (g_ptr_array_index (fields, i)), label) == 0 &&
        nth-- == 0)
      return g_ptr_array_index (fields, i);
  return NULL;
}

/* The @nth field (from 0) labelled @label, scrolling down to it as a
 * person would: the editor makes the rows of the parts it shows. */
TradeoffEditorField *
editor_field (TradeoffEditorWindow *editor,
              const char           *label,
              guint                 nth)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (find_one (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  TradeoffEditorField *found;

  for (guint tries = 0; tries < 50; tries++)
    {
      if ((found = editor_field_shown (editor, label, nth)) != NULL)
        return found;
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      settle ();
    }

  g_error ("no field “%s” number %u", label, nth);
  return NULL;
}

/* The window's Escape shortcut, as pressing the key would run it. */
gboolean
press_escape (TradeoffWindow *window)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GtkShortcutTrigger) escape = gtk_keyval_trigger_new (GDK_KEY_Escape, 0);
  gboolean handled = FALSE;
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), escape))
            {
              found = TRUE;
              handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                      GTK_WIDGET (window), NULL);
            }
        }
    }
  g_object_unref (controllers);

  g_assert_true (found);
  return handled;
}

/* The progress bar's Cancel button. */
GtkWidget *
progress_cancel_button (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "win.cancel-progress") == 0)
      return g_ptr_array_index (buttons, i);

  g_assert_not_reached ();
}

const char *
progress_text (TradeoffWindow *window)
{
  g_autoptr(GPtrArray) revealers = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_REVEALER, revealers);
  for (guint i = 0; i < revealers->len; i++)
    {
      GtkRevealer *revealer = g_ptr_array_index (revealers, i);
      GtkWidget *box = gtk_revealer_get_child (revealer);

      if (box != NULL && gtk_widget_has_css_class (box, "progress-banner"))
        return gtk_revealer_get_reveal_child (revealer)
               ? gtk_label_get_text (GTK_LABEL (find_one (box, GTK_TYPE_LABEL)))
               : NULL;
    }
  g_assert_not_reached ();
}

static gboolean
not_saving (gpointer data)
{
  return !tradeoff_window_get_saving (data);
}

void
wait_for_save (TradeoffWindow *window)
{
  g_assert_true (wait_until (not_saving, window));
}

typedef struct
{
  GdkFrameClock *clock;
  gint64         after;
} Frame;

static gboolean
frame_drawn (gpointer data)
{
  Frame *frame = data;

  return gdk_frame_clock_get_frame_counter (frame->clock) > frame->after;
}

/* The toplevel of @widget draws a new frame. */
void
assert_draws (GtkWidget *widget)
{
  Frame frame = { gtk_widget_get_frame_clock (widget), 0 };

  frame.after = gdk_frame_clock_get_frame_counter (frame.clock);
  gtk_widget_queue_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
  g_assert_true (wait_until (frame_drawn, &frame));
}

/* A tick on whatever the window shows changes the headline, in a frame. */
void
assert_answers_a_tick (TradeoffWindow *window)
{
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);
  GListModel *criteria = tradeoff_comparison_get_criteria (comparison);
  g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, 0);
  g_autofree char *before = g_strdup (headline (window));
  GtkCheckButton *button = criterion_button (window, tradeoff_criterion_get_id (criterion));

  g_assert_nonnull (button);
  gtk_widget_activate (GTK_WIDGET (button));
  g_assert_cmpstr (headline (window), !=, before);
  assert_draws (GTK_WIDGET (window));
  gtk_widget_activate (GTK_WIDGET (button));
  g_assert_cmpstr (headline (window), ==, before);
}

double
process_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}
