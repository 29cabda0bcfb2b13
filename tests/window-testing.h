/* window-testing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the tests that drive the real window (window-testing.c).
 */

#pragma once

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <gtk/gtk.h>

#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-settings.h"
#include "tradeoff-window.h"

G_BEGIN_DECLS

/* Main-loop turns to wait at the most: waiting is counted in turns, never
 * timed, so a slow machine only makes a test slower. */
#define MAX_TURNS 4000

/* For faq_rows_are(): the window and the number of FAQ rows to expect. */
typedef struct
{
  GtkWidget *root;
  guint      n;
} RowCount;

gboolean          wait_until            (gboolean (*condition) (gpointer data),
                                         gpointer   data);
void              collect               (GtkWidget        *widget,
                                         GType             type,
                                         GPtrArray        *found);
GPtrArray        *find_shown            (GtkWidget        *root,
                                         GType             type);
GtkWidget        *find_one              (GtkWidget        *root,
                                         GType             type);
GtkLabel         *find_label_with_class (GtkWidget        *root,
                                         const char       *css_class);
const char       *headline              (TradeoffWindow   *window);
TradeoffSettings *memory_settings       (GSettingsBackend *backend);
/* Removes @path, a folder of files (a tick store's, say), and its files. */
void              remove_flat_dir       (const char       *path);
gboolean          faq_rows_shown        (gpointer          data);
TradeoffWindow   *open_window           (TradeoffSettings *settings,
                                         const char       *path);
void              close_window          (TradeoffWindow   *window);
guint             count_faq_rows        (GtkWidget        *root);
gboolean          faq_rows_are          (gpointer          data);
GtkCheckButton   *check_button_labelled (TradeoffWindow   *window,
                                         const char       *text);
GtkCheckButton   *criterion_button      (TradeoffWindow   *window,
                                         const char       *criterion_id);

GtkLabel         *find_label_with_text  (GtkWidget        *root,
                                         const char       *text);
void              settle                (void);
/* Runs the window's Escape shortcut as pressing the key would; returns
 * whether anything took it. */
gboolean          press_escape          (TradeoffWindow   *window);
GtkWidget        *progress_cancel_button (TradeoffWindow  *window);
/* What the progress bar says, or %NULL when it is not shown. */
const char       *progress_text         (TradeoffWindow   *window);
/* Until the report being saved on a thread is written, or given up. */
void              wait_for_save         (TradeoffWindow   *window);
gboolean          send_key              (GtkWidget        *root,
                                         guint             keyval,
                                         GdkModifierType   state);
void              press_tab             (GtkWidget        *root,
                                         gboolean          backward);
/* Sends @keyval, with @state, to @widget's capture-phase key controllers,
 * as GTK would; %TRUE if one handled it. */
gboolean          press_key_with        (GtkWidget        *widget,
                                         guint             keyval,
                                         GdkModifierType   state);
gboolean          press_key             (GtkWidget        *widget,
                                         guint             keyval);

/* Sets up GTK and its test accessibility backend: first in main(). */
void              window_testing_init   (int              *argc,
                                         char           ***argv);
/* The grid shows @n_rows aspects, under the headings given, %NULL-ended:
 * the aspect column's, then one per option and no more. */
void              use_language          (const char       *language);
void              use_catalogues        (void);
/* Adds @func as @path/en, @path/de and @path/fr, the languages the window
 * is checked in, each given its language as its data. */
void              add_in_each_language  (const char       *path,
                                         GTestDataFunc     func);
void              let_frames_pass       (void);
gboolean          laid_out_wide         (gpointer          window);
const char       *column_heading        (GtkColumnViewColumn *column);
const char       *grid_heading          (TradeoffWindow   *window,
                                         guint             position);
void              assert_grid           (TradeoffWindow   *window,
                                         guint             n_rows,
                                         const char       *first_heading,
                                         ...) G_GNUC_NULL_TERMINATED;
/* Writes @contents to a file called @name in a new folder, @dir. */
char             *write_temp_file       (const char       *name,
                                         const char       *contents,
                                         char            **dir);
/* Removes and frees both. */
void              remove_temp_file      (char             *path,
                                         char             *dir);
/* The text of every visible label under @root, one a line, in the widget
 * tree's order: what a widget shows, to compare before and after. */
char             *label_texts           (GtkWidget        *root);
/* Whether anything listens to @object's @signal ("notify::level" too). */
gboolean          has_handler           (gpointer          object,
                                         const char       *signal);
/* The @nth field (from 0) labelled @label in the editor, scrolling down
 * to it as a person would: the editor makes the rows of the parts it
 * shows. */
TradeoffEditorField *editor_field       (TradeoffEditorWindow *editor,
                                         const char           *label,
                                         guint                 nth);
/* @widget's toplevel draws its next frame. */
void              assert_draws          (GtkWidget            *widget);
/* A tick of the first criterion changes the headline, in a frame, and
 * untick it back. */
void              assert_answers_a_tick (TradeoffWindow       *window);
/* The process's CPU time in milliseconds: the machines running tests and
 * benchmarks are shared, so wall time says little of the work done. */
double            process_cpu_ms        (void);

G_END_DECLS
