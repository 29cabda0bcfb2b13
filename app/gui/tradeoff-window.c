/* tradeoff-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-criteria-form.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-hover-tooltip.h"
#include "tradeoff-loader.h"
#include "tradeoff-min-change-view.h"
#include "tradeoff-pane-layout.h"
#include "tradeoff-reasons-view.h"
#include "tradeoff-safe-text.h"
#include "tradeoff-scroller-height.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window-private.h"

G_DEFINE_FINAL_TYPE (TradeoffWindow, tradeoff_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_COMPARISON,
  PROP_ADVISOR,
  PROP_OPENING,
  PROP_SAVING,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Closures for the template: each takes the template's "this" first. */

static char *
comparison_intro (gpointer            unused,
                  TradeoffComparison *comparison)
{
  return g_strdup (comparison != NULL ? tradeoff_comparison_get_intro (comparison) : NULL);
}

static char *
comparison_byline (gpointer            unused,
                   TradeoffComparison *comparison)
{
  const char *byline;
  const char *updated;

  if (comparison == NULL)
    return NULL;

  /* A byline usually says when it was written; the bare date is only a
   * fallback for files that have none. */
  byline = tradeoff_comparison_get_byline (comparison);
  if (byline != NULL && *byline != '\0')
    return g_strdup (byline);

  updated = tradeoff_comparison_get_updated (comparison);
  if (updated != NULL && *updated != '\0')
    {
      /* The file's text, isolated from the sentence (tradeoff-safe-text.c). */
      g_autofree char *isolated = tradeoff_safe_text_isolate (updated);

      /* Translators: %s is when the comparison was last updated, as the file gives it. */
      return g_strdup_printf (_("Updated %s"), isolated);
    }

  return NULL;
}

static gboolean
has_text (gpointer    unused,
          const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
has_criteria (gpointer            unused,
              TradeoffComparison *comparison)
{
  return comparison != NULL && tradeoff_comparison_get_n_criteria (comparison) > 0;
}

static gboolean
has_no_criteria (gpointer            unused,
                 TradeoffComparison *comparison)
{
  return comparison != NULL && tradeoff_comparison_get_n_criteria (comparison) == 0;
}

static gboolean
has_ticks (gpointer unused,
           guint    n_ticked)
{
  return n_ticked > 0;
}

/* Ticks are remembered with their levels ("id:2", "id:must") per
 * comparison (its id and what its ticks mean: see tradeoff-tick-store.c)
 * on every change; the store writes them a moment later, one write for a
 * burst of ticks, and at quit. */
static void
remember_ticks (TradeoffWindow *self)
{
  g_auto(GStrv) ids = NULL;

  if (self->advisor == NULL)
    return;

  ids = tradeoff_advisor_dup_level_ids (self->advisor);
  /* Under the comparison's file, not with own criteria: those live in
   * decision files, and the comparison opened again has none. */
  tradeoff_tick_store_set_ticked (tradeoff_settings_get_tick_store (self->settings),
                                  tradeoff_decision_get_base (self->decision),
                                  (const char * const *) ids);
  _tradeoff_window_update_actions (self);
}

/* A remembered id that cannot be ticked (the file changed since, or the
 * state was damaged) is dropped on its own: the rest is still worth it. */
static void
restore_ticks (TradeoffWindow  *self,
               TradeoffAdvisor *advisor)
{
  tradeoff_tick_store_restore (tradeoff_settings_get_tick_store (self->settings), advisor);
}

static void
show_ruled_out (TradeoffWindow      *self,
                GParamSpec          *pspec,
                TradeoffOptionScore *score)
{
  TradeoffOption *option = tradeoff_option_score_get_option (score);

  /* The grid's comparison is bound to the window's: set by now. */
  tradeoff_comparison_grid_set_ruled_out (TRADEOFF_COMPARISON_GRID (self->grid),
                                          tradeoff_option_get_index (option),
                                          tradeoff_option_score_get_ruled_out_by (score));
}

static void
watch_scores (TradeoffWindow *self)
{
  GListModel *scores = tradeoff_advisor_get_scores (self->advisor);

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr(TradeoffOptionScore) score = g_list_model_get_item (scores, i);

      g_signal_connect_object (score, "notify::ruled-out-by",
                               G_CALLBACK (show_ruled_out), self, G_CONNECT_SWAPPED);
      show_ruled_out (self, NULL, score);
    }
}

static void
watch_ticks (TradeoffWindow *self)
{
  GListModel *ticks = tradeoff_advisor_get_ticks (self->advisor);
  guint n = g_list_model_get_n_items (ticks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) tick = g_list_model_get_item (ticks, i);

      /* The level changes with every tick and untick, and alone too
       * (matters a lot, must have). */
      g_signal_connect_object (tick, "notify::level",
                               G_CALLBACK (remember_ticks), self,
                               G_CONNECT_SWAPPED);
    }
}

/* The decision replaces its comparison and advisor when an own criterion
 * comes, changes or goes; the window shows the new ones. */
static void
follow_decision (TradeoffWindow *self)
{
  TradeoffComparison *comparison = tradeoff_decision_get_comparison (self->decision);
  TradeoffAdvisor *advisor = tradeoff_decision_get_advisor (self->decision);

  if (advisor == self->advisor)
    return;

  g_set_object (&self->comparison, comparison);
  g_set_object (&self->advisor, advisor);
  watch_ticks (self);
  remember_ticks (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
  watch_scores (self);
}

/* Shows @decision as it is: a decision file's levels are the person's
 * decision, not the remembered ticks. */
void
tradeoff_window_set_decision (TradeoffWindow   *self,
                              TradeoffDecision *decision)
{
  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (decision == NULL || TRADEOFF_IS_DECISION (decision));

  if (decision == self->decision)
    return;

  /* Another comparison: the file was the old one's. */
  g_clear_object (&self->file);
  g_signal_group_set_target (self->decision_signals, NULL);
  g_set_object (&self->decision, decision);
  g_clear_object (&self->comparison);
  g_clear_object (&self->advisor);
  gtk_revealer_set_reveal_child (self->toast, FALSE);

  if (decision != NULL)
    {
      self->comparison = g_object_ref (tradeoff_decision_get_comparison (decision));
      self->advisor = g_object_ref (tradeoff_decision_get_advisor (decision));
      watch_ticks (self);
      remember_ticks (self);
      /* Its advisor, which it replaces, and one history, the decision's,
       * whose can-undo and can-redo drive the actions. */
      g_signal_group_set_target (self->decision_signals, decision);
    }

  /* Set here rather than bound in the template: GTK 4.8 warns when a
   * template binds the template object's own property and is finalized. */
  gtk_window_set_title (GTK_WINDOW (self),
                        decision != NULL ? tradeoff_comparison_get_title (self->comparison) : _("Tradeoff"));
  gtk_label_set_text (self->title_label, gtk_window_get_title (GTK_WINDOW (self)));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
  if (self->advisor != NULL)
    watch_scores (self);
  _tradeoff_window_update_actions (self);
}

void
tradeoff_window_set_comparison (TradeoffWindow     *self,
                                TradeoffComparison *comparison)
{
  g_autoptr(TradeoffDecision) decision = NULL;

  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison));

  if (comparison != NULL && self->decision != NULL
      && comparison == tradeoff_decision_get_base (self->decision))
    return;
  if (comparison == NULL && self->decision == NULL)
    return;

  if (comparison != NULL)
    {
      decision = tradeoff_decision_new (comparison);
      /* What was remembered is the start: there is nothing to undo yet. */
      restore_ticks (self, tradeoff_decision_get_advisor (decision));
      tradeoff_decision_forget_history (decision);
    }
  tradeoff_window_set_decision (self, decision);
}

GFile *
tradeoff_window_get_file (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  return self->file;
}

void
tradeoff_window_set_file (TradeoffWindow *self,
                          GFile          *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  /* Saving the comparison over a decision file would lose the decision. */
  if (file != NULL)
    name = g_file_get_basename (file);
  if (name != NULL && g_str_has_suffix (name, ".tradeoff"))
    file = NULL;
  g_set_object (&self->file, file);
}

void
tradeoff_window_show_edit (TradeoffWindow     *self,
                           TradeoffComparison *comparison)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (TRADEOFF_IS_COMPARISON (comparison));

  /* The decision stays (tradeoff_decision_follow_edit()): with the same
   * advisor, the criteria and the verdict are left as they are, and the
   * grid and the FAQ replace the items that changed only; with a new one
   * (follow_decision(), on its "advisor"), the levels come along by id. */
  if (self->decision != NULL && tradeoff_decision_follow_edit (self->decision, comparison))
    {
      const char *id = tradeoff_comparison_get_id (self->comparison);
      gboolean new_id = g_strcmp0 (id, tradeoff_comparison_get_id (comparison)) != 0;

      if (g_set_object (&self->comparison, tradeoff_decision_get_comparison (self->decision)))
        {
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
          /* Remembered under the comparison's id. */
          if (new_id)
            remember_ticks (self);
        }
      gtk_window_set_title (GTK_WINDOW (self), tradeoff_comparison_get_title (comparison));
      gtk_label_set_text (self->title_label, gtk_window_get_title (GTK_WINDOW (self)));
      return;
    }

  /* A decision with own criteria, written against the comparison before
   * the edit: shown anew, the ticks remembered. */
  file = self->file != NULL ? g_object_ref (self->file) : NULL;
  tradeoff_window_set_comparison (self, comparison);
  g_set_object (&self->file, file);
}

void
tradeoff_window_show_error (TradeoffWindow *self,
                            const char     *message)
{
  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_text (self->banner_label, message);
  gtk_revealer_set_reveal_child (self->banner, TRUE);
  _tradeoff_window_update_actions (self);
}

const char *
tradeoff_window_get_error (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner))
    return NULL;

  return gtk_label_get_text (self->banner_label);
}

void
_tradeoff_window_show_toast (TradeoffWindow *self,
                            const char     *message,
                            gboolean        undo)
{
  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_text (self->toast_label, message);
  gtk_widget_set_visible (self->toast_undo, undo);
  gtk_revealer_set_reveal_child (self->toast, TRUE);
  _tradeoff_window_update_actions (self);
}

/* Whether a loaded decision holds anything a person decided: a plain
 * comparison file opens with the ticks remembered for it instead. */
static gboolean
has_decision (TradeoffDecision *decision)
{
  return tradeoff_advisor_get_n_ticked (tradeoff_decision_get_advisor (decision)) > 0
         || g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)) > 0
         || tradeoff_decision_get_note (decision) != NULL
         || tradeoff_decision_get_deciders (decision) != NULL
         || tradeoff_decision_get_date (decision) != NULL
         || tradeoff_decision_get_chosen (decision) != NULL
         || tradeoff_decision_get_status (decision) != TRADEOFF_DECISION_PROPOSED;
}

gboolean
tradeoff_window_open_file (TradeoffWindow *self,
                           GFile          *file)
{
  g_autoptr(TradeoffDecision) decision = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  decision = tradeoff_decision_load_file (file, NULL, &error);
  if (!tradeoff_window_show_loaded_decision (self, decision, error))
    return FALSE;

  tradeoff_window_set_file (self, file);
  return TRUE;
}

/* A comparison opens as a fresh decision with the ticks remembered for
 * it, a decision file as it was saved. */
gboolean
tradeoff_window_show_loaded_decision (TradeoffWindow   *self,
                                      TradeoffDecision *decision,
                                      const GError     *error)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (decision != NULL || error != NULL, FALSE);

  if (decision == NULL)
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->banner, FALSE);
  if (has_decision (decision))
    tradeoff_window_set_decision (self, decision);
  else
    tradeoff_window_set_comparison (self, tradeoff_decision_get_base (decision));
  return TRUE;
}

/**
 * tradeoff_window_show_loaded:
 * @comparison: (nullable): what the loader returned
 * @error: (nullable): and the error it set, if it returned %NULL
 *
 * Shows a comparison loaded elsewhere (see tradeoff-preload.c), or why it
 * could not be, keeping what the window showed.
 *
 * Returns: whether the window now shows @comparison
 */
gboolean
tradeoff_window_show_loaded (TradeoffWindow     *self,
                             TradeoffComparison *comparison,
                             const GError       *error)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (comparison != NULL || error != NULL, FALSE);

  if (comparison == NULL)
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->banner, FALSE);
  tradeoff_window_set_comparison (self, comparison);
  return TRUE;
}

gboolean
tradeoff_window_load_shipped (TradeoffWindow *self)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);

  comparison = tradeoff_loader_load_shipped (&error);
  if (comparison == NULL)
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  tradeoff_window_set_comparison (self, comparison);
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         TradeoffWindow *self)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;

  /* One comparison at a time: the first file dropped is the one opened. */
  tradeoff_window_begin_open (self, files->data);
  return TRUE;
}

static void
tradeoff_window_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GTK_WIDGET_CLASS (tradeoff_window_parent_class)->size_allocate (widget, width, height, baseline);
  _tradeoff_window_layout_allocated (TRADEOFF_WINDOW (widget), width);
}

/* GTK asks the window for its width at a given height while it works out
 * the window's size.  The question goes down to every wrapped label, and a
 * GtkLabel answers it by laying its text out at a dozen widths, looking for
 * the narrowest that fits that height: before the first frame, much of
 * the text shaping (README, "Performance").  The contents are height-for-
 * width: they take the width they are given and grow as tall as they need,
 * so the window asks for their width without a height, one layout per
 * label.  Only the narrowest width of a window squeezed below its natural
 * height can differ. */
static void
tradeoff_window_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  GTK_WIDGET_CLASS (tradeoff_window_parent_class)->measure (widget, orientation, for_size,
                                                            minimum, natural,
                                                            minimum_baseline, natural_baseline);
}

static gboolean
tradeoff_window_close_request (GtkWindow *window)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (window);
  TradeoffEditorWindow *editor = tradeoff_editor_window_find (self);
  gboolean maximized = gtk_window_is_maximized (window);

  /* The editor goes with the window: its unsaved changes are asked
   * about first, and the window closes once they are saved or discarded. */
  if (editor != NULL && !tradeoff_editor_window_ask_before (editor, "window.close"))
    return TRUE;

  /* A maximized window keeps the size it had before, for unmaximizing. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      tradeoff_settings_set_window_width (self->settings, width);
      tradeoff_settings_set_window_height (self->settings, height);
    }
  tradeoff_settings_set_window_maximized (self->settings, maximized);

  /* A report being saved is given up, leaving its file as it was: the
   * window that would say it was saved is going, and Ctrl+Q ends the
   * process, which must not cut a file short (tradeoff-window-save.c). */
  _tradeoff_window_stop_saving (self);

  return GTK_WINDOW_CLASS (tradeoff_window_parent_class)->close_request (window);
}

/* The guide's width, worked out once the window has a surface
 * (tradeoff-window-layout.c). */
static void
tradeoff_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tradeoff_window_parent_class)->realize (widget);
  _tradeoff_window_layout_realized (TRADEOFF_WINDOW (widget));
}

/* A window closed while a file loads waits for the load's thread to end
 * before it is finalized (the load holds it); it stops the load here, so
 * that nothing is shown in a window no one sees. */
static void
tradeoff_window_unrealize (GtkWidget *widget)
{
  _tradeoff_window_stop_opening (TRADEOFF_WINDOW (widget));

  GTK_WIDGET_CLASS (tradeoff_window_parent_class)->unrealize (widget);
}

static void
tradeoff_window_constructed (GObject *object)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  G_OBJECT_CLASS (tradeoff_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = tradeoff_settings_new ();

  _tradeoff_window_restore_size (self);
  _tradeoff_window_update_actions (self);
}

/* The "opening" property changed: tradeoff-window-open.c calls this. */
void
_tradeoff_window_notify_opening (TradeoffWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPENING]);
  _tradeoff_window_update_actions (self);
}

/* The "saving" property changed: tradeoff-window-save.c calls this. */
void
_tradeoff_window_notify_saving (TradeoffWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

static void
tradeoff_window_dispose (GObject *object)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  g_clear_handle_id (&self->layout_idle, g_source_remove);
  /* The load's thread ends on its own; its result is dropped. */
  if (self->opening != NULL)
    g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  g_clear_pointer (&self->opening_message, g_free);
  /* A report being written is given up: its file stays as it was. */
  if (self->saving != NULL)
    g_cancellable_cancel (self->saving);
  g_clear_object (&self->saving);
  g_clear_pointer (&self->saving_message, g_free);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  /* The switcher in the header bar outlives the stack it switches
   * otherwise, and unparents its buttons twice. */
  if (self->switcher != NULL)
    gtk_stack_switcher_set_stack (self->switcher, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_WINDOW);

  if (self->decision_signals != NULL)
    g_signal_group_set_target (self->decision_signals, NULL);
  g_clear_object (&self->decision_signals);
  g_clear_object (&self->decision);
  g_clear_object (&self->advisor);
  g_clear_object (&self->comparison);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tradeoff_window_parent_class)->dispose (object);
}

static void
tradeoff_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;

    case PROP_OPENING:
      g_value_set_boolean (value, self->opening != NULL);
      break;

    case PROP_SAVING:
      g_value_set_boolean (value, self->saving != NULL);
      break;

    case PROP_DECISION:
      g_value_set_object (value, self->decision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_COMPARISON:
      tradeoff_window_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_window_class_init (TradeoffWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tradeoff_window_constructed;
  object_class->dispose = tradeoff_window_dispose;
  object_class->get_property = tradeoff_window_get_property;
  object_class->set_property = tradeoff_window_set_property;
  widget_class->measure = tradeoff_window_measure;
  widget_class->size_allocate = tradeoff_window_size_allocate;
  widget_class->realize = tradeoff_window_realize;
  widget_class->unrealize = tradeoff_window_unrealize;
  window_class->close_request = tradeoff_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         TRADEOFF_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         TRADEOFF_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPENING] =
    g_param_spec_boolean ("opening", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION] =
    g_param_spec_object ("decision", NULL, NULL,
                         TRADEOFF_TYPE_DECISION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRADEOFF_TYPE_COMPARISON_GRID);
  g_type_ensure (TRADEOFF_TYPE_CRITERIA_FORM);
  g_type_ensure (TRADEOFF_TYPE_FAQ_VIEW);
  g_type_ensure (TRADEOFF_TYPE_MIN_CHANGE_VIEW);
  g_type_ensure (TRADEOFF_TYPE_PANE_LAYOUT);
  g_type_ensure (TRADEOFF_TYPE_REASONS_VIEW);
  g_type_ensure (TRADEOFF_TYPE_VERDICT_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, progress_cancel);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, faq_view);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, toast);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, toast_undo);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, layout_stack);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, wide_box);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, advice_column);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, messages);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, criteria_form);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, advice_scroller);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, narrow_stack);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, guide_pane);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, advice_pane);
  gtk_widget_class_bind_template_callback (widget_class, comparison_intro);
  gtk_widget_class_bind_template_callback (widget_class, comparison_byline);
  gtk_widget_class_bind_template_callback (widget_class, has_criteria);
  gtk_widget_class_bind_template_callback (widget_class, has_no_criteria);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, has_ticks);

  _tradeoff_window_class_install_actions (widget_class);
}

static void
tradeoff_window_init (TradeoffWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->guide_width = -1;
  self->laid_out_width = -1;
  /* Not bound as a template child: GTK 4.8 would then unparent it twice
   * when the window goes. */
  self->header_bar = gtk_window_get_titlebar (GTK_WINDOW (self));
  self->search_entry = tradeoff_faq_view_get_search_entry (TRADEOFF_FAQ_VIEW (self->faq_view));
  /* Its height is the column's share, whatever its rows say: they are
   * measured once, at the width they get (tradeoff-scroller-height.c). */
  tradeoff_scroller_height_ignores_child (GTK_SCROLLED_WINDOW (self->advice_scroller));
  _tradeoff_window_init_focus (self);
  /* The content's tooltips wait until the pointer moves: the window
   * may appear under it (tradeoff-hover-tooltip.c). */
  tradeoff_hover_tooltip_watch (GTK_WINDOW (self));

  self->decision_signals = g_signal_group_new (TRADEOFF_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "notify::advisor",
                                  G_CALLBACK (follow_decision), self);
  g_signal_group_connect_object (self->decision_signals, "notify::can-undo",
                                 G_CALLBACK (_tradeoff_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->decision_signals, "notify::can-redo",
                                 G_CALLBACK (_tradeoff_window_update_actions), self,
                                 G_CONNECT_SWAPPED);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

TradeoffWindow *
tradeoff_window_new (GtkApplication   *application,
                     TradeoffSettings *settings)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || TRADEOFF_IS_SETTINGS (settings), NULL);

  return g_object_new (TRADEOFF_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

TradeoffComparison *
tradeoff_window_get_comparison (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  return self->comparison;
}

TradeoffDecision *
tradeoff_window_get_decision (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  return self->decision;
}

TradeoffAdvisor *
tradeoff_window_get_advisor (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  return self->advisor;
}
