/* tradeoff-editor-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tradeoff-editor-window.c (the window, its history, saving and
 * closing) and tradeoff-editor-form.c (the fields, built from the builder
 * and written back to it as they are typed in).
 */

#pragma once

#include "tradeoff-comparison-builder-private.h"
#include "tradeoff-edit-history.h"
#include "tradeoff-editor-part.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-list-grower.h"

G_BEGIN_DECLS

struct _TradeoffEditorWindow
{
  GtkWindow                  parent_instance;

  TradeoffWindow            *window;
  GFile                     *file;
  TradeoffEditHistory       *history;
  /* What the fields say, valid or not; the history holds what was valid. */
  TradeoffComparisonBuilder *builder;
  char                      *blocker;
  /* Closing after the unsaved changes were saved or discarded. */
  gboolean                   closing;
  /* What to do on the main window once the editor has closed that way:
   * "window.close" or "app.quit" (see tradeoff_editor_window_ask_before()). */
  char                      *then_action;
  /* Set once the window is being torn down (see _tradeoff_editor_window_changed()). */
  gboolean                   disposed;

  /* The form's rows, one a part (tradeoff-editor-list.c): all of them,
   * and the slice the list shows so far. */
  GListStore                *parts;
  GtkSliceListModel         *slice;
  TradeoffListGrower        *grower;
  /* The part to focus once its row exists (_tradeoff_editor_form_reveal(),
   * Tab): going which way, for how many frames so far, and whether the
   * focus leaves the list when no part is left to focus. */
  TradeoffEditorPart        *pending_focus;
  GtkDirectionType           pending_direction;
  gboolean                   pending_leave;
  guint                      pending_frames;
  guint                      focus_tick;
  /* Which way the last Tab went: into the form from the header bar. */
  GtkDirectionType           tab_direction;
  guint                      focus_idle;

  /* Template widgets */
  GtkListView               *form;
  GtkLabel                  *status;
  GtkScrolledWindow         *scroller;
};

/* The builder's parts, as the editor reads them. */
#define OPTION(b, i) ((OptionData *)g_ptr_array_index ((b)->options, (i)))
#define ASPECT(b, i) ((AspectData *)g_ptr_array_index ((b)->aspects, (i)))
#define FAQ(b, i) ((FaqData *)g_ptr_array_index ((b)->faq, (i)))
#define GROUP(b, i) ((GroupData *)g_ptr_array_index ((b)->groups, (i)))
#define CRITERION(b, i, j) ((CriterionData *)g_ptr_array_index (GROUP (b, i)->criteria, (j)))

gboolean _tradeoff_editor_has_faq_entry        (TradeoffComparisonBuilder *builder,
                                                const char                *id);
/* Lists the parts of self->builder anew (tradeoff-editor-list.c); each
 * row's fields are made and checked when the list shows it. */
void     _tradeoff_editor_form_populate        (TradeoffEditorWindow      *self);
void     _tradeoff_editor_list_init            (TradeoffEditorWindow      *self);
void     _tradeoff_editor_list_clear           (TradeoffEditorWindow      *self);
/* Scrolls to the part of that kind and place and focuses its first
 * field: where a part just added is typed into. */
void     _tradeoff_editor_form_reveal          (TradeoffEditorWindow      *self,
                                                TradeoffEditorPartKind     kind,
                                                guint                      i,
                                                guint                      j);
/* The widgets of one row of the form, from self->builder, every field
 * checked (tradeoff-editor-form.c). */
GtkWidget *_tradeoff_editor_form_build_part    (TradeoffEditorWindow      *self,
                                                TradeoffEditorPart        *part);
/* The parts' actions (tradeoff-editor-parts.c): add, remove and move options, aspects, FAQ entries,
 * groups and criteria. */
void     _tradeoff_editor_form_install_actions (GtkWidgetClass            *widget_class);
/* Tries to build self->builder: on success records and shows the
 * comparison (@coalesce_key as for tradeoff_edit_history_push()), else
 * says what blocks the save. */
void     _tradeoff_editor_window_changed       (TradeoffEditorWindow      *self,
                                                const char                *coalesce_key);
/* Asks @question with @detail and the buttons' labels (%NULL-terminated,
 * the last one the cancel), then calls @callback with the index chosen. */
typedef void (*TradeoffEditorAnswer) (TradeoffEditorWindow *self,
                                      guint                 answer,
                                      gpointer              data);
void _tradeoff_editor_window_ask (TradeoffEditorWindow *self,
                                  const char           *question,
                                  const char           *detail,
                                  const char * const   *buttons,
                                  TradeoffEditorAnswer  callback,
                                  gpointer              data,
                                  GDestroyNotify        destroy);

G_END_DECLS
