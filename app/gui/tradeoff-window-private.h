/* tradeoff-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tradeoff-window.c (the window and its state) and the files
 * that do one part of its work: tradeoff-window-actions.c (what the
 * window's actions do), -layout.c (how it shares its width), -focus.c,
 * -open.c, -save.c and -progress.c.
 */

#pragma once

#include "tradeoff-window.h"

G_BEGIN_DECLS

struct _TradeoffWindow
{
  GtkApplicationWindow  parent_instance;

  TradeoffSettings     *settings;
  /* The decision; the comparison and advisor are its current ones. */
  TradeoffDecision     *decision;
  TradeoffComparison   *comparison;
  TradeoffAdvisor      *advisor;
  /* The comparison file shown, which the editor saves back to; %NULL for
   * the shipped comparison, a new one and decision files. */
  GFile                *file;
  /* On the decision: its advisor, which the window follows, and its
   * can-undo and can-redo, which drive the actions. */
  GSignalGroup         *decision_signals;
  /* The guide's width at the window's width (tradeoff-window-layout.c). */
  int                   guide_width;
  int                   laid_out_width;   /* the width the panes were last set for */

  /* The file being opened on a thread (tradeoff-window-open.c): cancelled
   * when another replaces it, and %NULL when none is. */
  GCancellable         *opening;
  char                 *opening_message;
  /* The report being written on a thread (tradeoff-window-save.c), the
   * same way. */
  GCancellable         *saving;
  char                 *saving_message;
  /* The progress bar (tradeoff-window-progress.c) names the work begun
   * last: the save when this is set, else the open. */
  gboolean              progress_names_save;
  guint                 progress_timeout;

  /* Narrow windows show the guide and the advice as two pages instead of
   * side by side; the idle applies a change of width after allocation. */
  guint                 layout_idle;
  gboolean              narrow;

  /* Which win.* actions _tradeoff_window_update_actions() has set, and to
   * what, one bit each: an action is only set again when that changes. */
  guint                 actions_set;
  guint                 actions_enabled;
  /* How many times it has set one, for tests. */
  guint                 n_action_changes;

  /* Template widgets */
  GtkRevealer          *banner;
  GtkLabel             *banner_label;
  GtkRevealer          *progress;
  GtkSpinner           *progress_spinner;
  GtkLabel             *progress_label;
  GtkWidget            *progress_cancel;
  GtkWidget            *faq_view;
  GtkRevealer          *toast;
  GtkLabel             *toast_label;
  GtkWidget            *toast_undo;
  GtkStack             *title_stack;
  GtkLabel             *title_label;
  GtkStack             *layout_stack;
  GtkWidget            *wide_box;
  GtkWidget            *pane_separator;
  GtkWidget            *advice_column;
  GtkWidget            *header_bar;
  GtkStackSwitcher     *switcher;
  GtkWidget            *messages;
  GtkWidget            *grid;
  GtkWidget            *criteria_form;
  GtkWidget            *advice_scroller;
  GtkSearchEntry       *search_entry;
  GtkStack             *narrow_stack;
  GtkWidget            *guide_pane;
  GtkWidget            *advice_pane;
};

void _tradeoff_window_class_install_actions (GtkWidgetClass *widget_class);
/* Stops the file being opened, if any, leaving what is shown as it is. */
void _tradeoff_window_stop_opening          (TradeoffWindow *self);
void _tradeoff_window_notify_opening        (TradeoffWindow *self);
void _tradeoff_window_notify_saving         (TradeoffWindow *self);
/* Gives up the report being written, if any; the file stays as it was. */
void _tradeoff_window_stop_saving           (TradeoffWindow *self);
void _tradeoff_window_save_action           (GtkWidget      *widget,
                                             const char     *action_name,
                                             GVariant       *parameter);
/* The progress bar: after tradeoff-window-open.c or -save.c began work
 * (@save says which) or ended it; stop_progress stops what it names. */
void _tradeoff_window_begin_progress        (TradeoffWindow *self,
                                             gboolean        save);
void _tradeoff_window_update_progress       (TradeoffWindow *self);
void _tradeoff_window_stop_progress         (TradeoffWindow *self);
/* The one place that decides which win.* actions can be used. */
void _tradeoff_window_update_actions        (TradeoffWindow *self);
/* How many times an action's state was set there, for tests. */
guint _tradeoff_window_get_n_action_changes (TradeoffWindow *self);
/* How the window shares its width (tradeoff-window-layout.c): its size
 * as last closed, then the panes set for each width it gets. */
void _tradeoff_window_restore_size          (TradeoffWindow *self);
void _tradeoff_window_layout_realized       (TradeoffWindow *self);
void _tradeoff_window_layout_allocated      (TradeoffWindow *self,
                                             int             width);
/* The Tab order, region by region: see tradeoff-window-focus.c. */
void _tradeoff_window_init_focus            (TradeoffWindow *self);
/* A toast-style banner saying what was just done, with Undo if @undo. */
void _tradeoff_window_show_toast            (TradeoffWindow *self,
                                             const char     *message,
                                             gboolean        undo);

G_END_DECLS
