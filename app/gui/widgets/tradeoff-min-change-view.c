/* tradeoff-min-change-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each change of the answers cancels the search on the stale ones and,
 * once the main loop is idle (a radio choice changes two ticks in one
 * go), starts one on a snapshot.  A small comparison is answered there
 * and then, before the next frame, when a few hundred search nodes a
 * question prove it: the answer comes with the tick that asked for it,
 * with no "Working out…" line and no second layout of the advice column
 * a moment later (the last change start-up waited for, on the shipped
 * comparison).
 * Anything larger, or not proven that quickly, is searched on a thread.
 * The first search on a thread has a time budget: a
 * large comparison may take longer to prove than a person waits, so what
 * it found is shown, labelled as not proven, while a second search without
 * a budget proves it.  Until an answer comes the rows shown are about the
 * answers before, so their buttons are insensitive.
 */

#define G_LOG_DOMAIN "tradeoff-min-change-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-hover-tooltip.h"
#include "tradeoff-label-width.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-task.h"
#include "tradeoff-min-change-text.h"
#include "tradeoff-min-change-view.h"

/* Past this the person has waited long enough to see something. */
#define DEFAULT_FIRST_BUDGET_US G_USEC_PER_SEC

/* Answered on the main thread when no larger than this (criteria times
 * options) and proven within QUICK_NODES search nodes a question.  At
 * that size a search takes 0.05–0.3 ms on this machine (release build;
 * the shipped comparison 34 cells, 2 nodes a question at most, 30–80 µs),
 * so a tick costs nothing a person could see; past it the set-up alone
 * grows to milliseconds (README, "The smallest change at once").
 * Counted in cells and nodes, not time, so what a comparison gets is the
 * same on every machine. */
#define QUICK_MAX_CELLS 256
#define QUICK_NODES     256

struct _TradeoffMinChangeView
{
  GtkWidget                   parent_instance;

  TradeoffAdvisor            *advisor;
  /* On the advisor: its levels-changed starts a new search. */
  GSignalGroup               *advisor_signals;
  GCancellable               *cancellable;
  guint                       start_idle;
  /* The first search's budget: time, or (for a test) search nodes. */
  TradeoffMinChangeBudget     first_budget;
  TradeoffMinChangeViewState  state;
  /* What the rows were made from: their changes are applied from it. */
  TradeoffMinChangeSolution  *solution;
  GPtrArray                  *buttons;   /* GtkWidget or NULL per option, not owned */
  GPtrArray                  *labels;    /* the row's GtkLabel or NULL per option, not owned */
  /* What the rows say, per option (NULL for no row), and the firmness:
   * an edit that kept the advisor shows them again only if they differ. */
  char                      **texts;

  GtkWidget                  *heading;
  GtkLabel                   *firmness;
  GtkLabel                   *status;
  GtkWidget                  *leads;
};

G_DEFINE_FINAL_TYPE (TradeoffMinChangeView, tradeoff_min_change_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVISOR,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_solve (TradeoffMinChangeView *self,
                         gboolean               first);

static void
set_state (TradeoffMinChangeView      *self,
           TradeoffMinChangeViewState  state)
{
  const char *status = "";

  switch (state)
    {
    case TRADEOFF_MIN_CHANGE_VIEW_SOLVING:
      status = _("Working out what would change the verdict…");
      break;
    case TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR:
      status = _("Best changes found so far; still searching for smaller ones…");
      break;
    case TRADEOFF_MIN_CHANGE_VIEW_IDLE:
    case TRADEOFF_MIN_CHANGE_VIEW_PROVEN:
    default:
      break;
    }
  gtk_label_set_text (self->status, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status), *status != '\0');

  if (state == self->state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
clear_rows (TradeoffMinChangeView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->leads)) != NULL)
    gtk_box_remove (GTK_BOX (self->leads), child);
  g_ptr_array_set_size (self->buttons, 0);
  g_ptr_array_set_size (self->labels, 0);
}

static void
on_apply (GtkButton             *button,
          TradeoffMinChangeView *self)
{
  guint option = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "option"));
  g_autoptr(GError) error = NULL;

  if (self->advisor == NULL || self->solution == NULL || option >= self->solution->n_options)
    return;

  if (!tradeoff_min_change_apply (self->advisor, self->solution->targets[option].changes, &error))
    g_warning ("Could not make the change: %s", error->message);
}

static GtkWidget *
lead_row (TradeoffMinChangeView *self,
          guint                  option,
          const char            *text,
          gboolean               can_apply)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (self->advisor);
  const char *name = tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, option));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button;
  g_autofree char *button_name = NULL;

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  /* It takes what its row's button leaves of the column, whatever its
   * text: its width is measured with no layout (tradeoff-label-width.c),
   * so an edited criterion's label in it costs its height alone. */
  tradeoff_label_fits_column (GTK_LABEL (label));
  gtk_box_append (GTK_BOX (row), label);
  g_ptr_array_add (self->labels, label);
  g_ptr_array_add (self->buttons, NULL);
  if (!can_apply)
    return row;

  /* Translators: a button that makes the change the sentence beside it
   * proposes. */
  button = gtk_button_new_with_label (_("Apply"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: what the Apply button does, for a screen reader; %s is
   * an option.  The sentence beside it describes the change. */
  button_name = g_strdup_printf (_("Make %s lead"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_name,
                                  -1);
  /* The tooltip is what a screen reader gives as the description: the
   * change itself, after the button's name. */
  tradeoff_hover_tooltip_set_text (button, text);
  g_object_set_data (G_OBJECT (button), "option", GUINT_TO_POINTER (option));
  /* The button is a child of the view: it never outlives it. */
  g_signal_connect (button, "clicked", G_CALLBACK (on_apply), self);
  gtk_box_append (GTK_BOX (row), button);
  g_ptr_array_index (self->buttons, self->buttons->len - 1) = button;

  return row;
}

/* The solution in the comparison's words (its options' names, its
 * criteria's labels): the firmness, then one text per option. */
static char **
solution_texts (TradeoffMinChangeView *self)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (self->advisor);
  TradeoffMinChangeSolution *solution = self->solution;
  char **texts = g_new0 (char *, solution->n_options + 2);

  texts[0] = tradeoff_min_change_dup_firmness_text (comparison, solution);
  for (guint o = 0; o < solution->n_options; o++)
    {
      texts[o + 1] = tradeoff_min_change_dup_lead_text (comparison, o, &solution->targets[o]);
      /* No row: an empty text, as the array ends at the first NULL. */
      if (texts[o + 1] == NULL)
        texts[o + 1] = g_strdup ("");
    }

  return texts;
}

static void
show_rows (TradeoffMinChangeView *self,
           char                 **texts)
{
  TradeoffMinChangeSolution *solution = self->solution;

  g_strfreev (self->texts);
  self->texts = texts;
  gtk_label_set_text (self->firmness, texts[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->firmness), TRUE);

  clear_rows (self);
  for (guint o = 0; o < solution->n_options; o++)
    {
      const TradeoffMinChangeResult *result = &solution->targets[o];
      const char *text = texts[o + 1];
      gboolean can_apply = result->status == TRADEOFF_MIN_CHANGE_FOUND ||
                           result->status == TRADEOFF_MIN_CHANGE_BEST_SO_FAR;

      if (*text == '\0')
        {
          g_ptr_array_add (self->labels, NULL);
          g_ptr_array_add (self->buttons, NULL);
          continue;
        }
      gtk_box_append (GTK_BOX (self->leads), lead_row (self, o, text, can_apply));
    }
  gtk_widget_set_visible (self->heading, gtk_widget_get_first_child (self->leads) != NULL);
}

static void
show_solution (TradeoffMinChangeView     *self,
               TradeoffMinChangeSolution *solution)
{
  g_clear_pointer (&self->solution, tradeoff_min_change_solution_free);
  self->solution = solution;
  show_rows (self, solution_texts (self));
}

/* Whether @texts give a row to the same options as those shown. */
static gboolean
same_rows (TradeoffMinChangeView  *self,
           char                  **texts)
{
  if (self->texts == NULL || g_strv_length (texts) != g_strv_length (self->texts))
    return FALSE;

  for (guint i = 1; texts[i] != NULL; i++)
    if ((*texts[i] == '\0') != (*self->texts[i] == '\0'))
      return FALSE;
  return TRUE;
}

/* The rows shown take @texts in place: a row made anew would be measured
 * anew, and with it the whole advice column (three times a keystroke's
 * budget on a comparison of 100 criteria, when the edited label is in a
 * sentence here). */
static void
retext_rows (TradeoffMinChangeView  *self,
             char                  **texts)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (self->advisor);

  gtk_label_set_text (self->firmness, texts[0]);
  for (guint o = 0; o < self->labels->len; o++)
    {
      GtkWidget *label = g_ptr_array_index (self->labels, o);
      GtkWidget *button = g_ptr_array_index (self->buttons, o);

      if (label == NULL)
        continue;
      gtk_label_set_text (GTK_LABEL (label), texts[o + 1]);
      if (button != NULL)
        {
          const char *name = tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, o));
          g_autofree char *button_name = g_strdup_printf (_("Make %s lead"), name);

          tradeoff_hover_tooltip_set_text (button, texts[o + 1]);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, button_name,
                                          -1);
        }
    }
  g_strfreev (self->texts);
  self->texts = texts;
}

/* An edit kept the advisor (tradeoff-advisor-rebase.c): the solution
 * holds, and only its words may have changed.  Rows shown again for
 * answers that changed since stay unappliable, as before. */
static void
on_comparison_changed (TradeoffMinChangeView *self)
{
  g_auto(GStrv) texts = NULL;
  gboolean stale;

  if (self->solution == NULL)
    return;

  texts = solution_texts (self);
  if (self->texts != NULL && g_strv_equal ((const char * const *) texts, (const char * const *) self->texts))
    return;
  if (same_rows (self, texts))
    {
      retext_rows (self, g_steal_pointer (&texts));
      return;
    }

  stale = self->state == TRADEOFF_MIN_CHANGE_VIEW_SOLVING;
  show_rows (self, g_steal_pointer (&texts));
  for (guint i = 0; stale && i < self->buttons->len; i++)
    if (g_ptr_array_index (self->buttons, i) != NULL)
      gtk_widget_set_sensitive (g_ptr_array_index (self->buttons, i), FALSE);
}

static void
show_nothing (TradeoffMinChangeView *self)
{
  g_clear_pointer (&self->solution, tradeoff_min_change_solution_free);
  g_clear_pointer (&self->texts, g_strfreev);
  gtk_label_set_text (self->firmness, "");
  gtk_widget_set_visible (GTK_WIDGET (self->firmness), FALSE);
  clear_rows (self);
  gtk_widget_set_visible (self->heading, FALSE);
  set_state (self, TRADEOFF_MIN_CHANGE_VIEW_PROVEN);
}

static void
on_solved (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  /* Not a reference: a view kept alive by a worker would outlive its
   * window.  Its dispose cancels the search, and a cancelled search
   * returns here without touching it. */
  TradeoffMinChangeView *self = user_data;
  g_autoptr(GError) error = NULL;
  TradeoffMinChangeSolution *solution = tradeoff_min_change_solve_finish (result, &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  /* Cancelled: newer answers have a search of their own. */
  if (solution == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (cancellable != self->cancellable || self->advisor == NULL)
    {
      g_clear_pointer (&solution, tradeoff_min_change_solution_free);
      return;
    }
  if (solution == NULL)
    {
      /* Fewer than two options: there is nothing to compare. */
      g_debug ("No smallest changes: %s", error->message);
      show_nothing (self);
      return;
    }

  if (solution->complete)
    {
      show_solution (self, solution);
      set_state (self, TRADEOFF_MIN_CHANGE_VIEW_PROVEN);
      return;
    }

  show_solution (self, solution);
  set_state (self, TRADEOFF_MIN_CHANGE_VIEW_BEST_SO_FAR);
  start_solve (self, FALSE);
}

static void
start_solve (TradeoffMinChangeView *self,
             gboolean               first)
{
  tradeoff_min_change_solve_async (tradeoff_min_change_input_new (self->advisor),
                                   first ? &self->first_budget : NULL, self->cancellable,
                                   on_solved, self);
}

static gboolean
is_quick_size (TradeoffMinChangeView *self)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (self->advisor);

  return (gsize) tradeoff_comparison_get_n_criteria (comparison) *
         tradeoff_comparison_get_n_options (comparison) <= QUICK_MAX_CELLS;
}

/* The search done here and now, if the comparison is small and the
 * search proves it within its few nodes.  Returns whether it did. */
static gboolean
solve_now (TradeoffMinChangeView *self)
{
  TradeoffMinChangeBudget budget = { .max_nodes = QUICK_NODES };
  TradeoffMinChangeInput *input;
  TradeoffMinChangeSolution *solution;
  g_autoptr(GError) error = NULL;

  if (!is_quick_size (self))
    return FALSE;
  /* A test's small first budget is for the search on a thread: it gets it. */
  if (self->first_budget.max_nodes > 0)
    budget.max_nodes = MIN (budget.max_nodes, self->first_budget.max_nodes);

  input = tradeoff_min_change_input_new (self->advisor);
  solution = tradeoff_min_change_solve (&input->problem, &budget, NULL, &error);
  tradeoff_min_change_input_free (input);

  if (solution == NULL)
    {
      g_debug ("No smallest changes: %s", error->message);
      show_nothing (self);
      return TRUE;
    }
  if (!solution->complete)
    {
      tradeoff_min_change_solution_free (solution);
      return FALSE;
    }

  show_solution (self, solution);
  set_state (self, TRADEOFF_MIN_CHANGE_VIEW_PROVEN);
  return TRUE;
}

static gboolean
start_idle (gpointer user_data)
{
  TradeoffMinChangeView *self = user_data;

  self->start_idle = 0;
  if (self->advisor != NULL && !solve_now (self))
    start_solve (self, TRUE);

  return G_SOURCE_REMOVE;
}

/* The rows shown are about the answers before: not to be applied now.
 * The stale search was cancelled by the caller's renewing. */
static void
mark_solving (TradeoffMinChangeView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    if (g_ptr_array_index (self->buttons, i) != NULL)
      gtk_widget_set_sensitive (g_ptr_array_index (self->buttons, i), FALSE);
  set_state (self, TRADEOFF_MIN_CHANGE_VIEW_SOLVING);
}

static void
on_levels_changed (TradeoffMinChangeView *self)
{
  tradeoff_min_change_renew (&self->cancellable);
  mark_solving (self);
  /* After the handlers of the event that changed the levels, so a radio
   * choice's two changes make one search.  A quick answer comes before
   * the next frame is laid out (GDK_PRIORITY_REDRAW), so it is in it; a
   * search on a thread starts after, as its snapshot of a large
   * comparison would make the tick's frame late. */
  if (self->start_idle == 0)
    self->start_idle = g_idle_add_full (is_quick_size (self) ? G_PRIORITY_HIGH_IDLE + 10
                                                             : G_PRIORITY_DEFAULT_IDLE,
                                        start_idle, self, NULL);
}

void
tradeoff_min_change_view_set_advisor (TradeoffMinChangeView *self,
                                      TradeoffAdvisor       *advisor)
{
  g_return_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self));
  g_return_if_fail (advisor == NULL || TRADEOFF_IS_ADVISOR (advisor));

  if (advisor == self->advisor)
    return;

  g_set_object (&self->advisor, advisor);
  g_signal_group_set_target (self->advisor_signals, advisor);
  g_clear_pointer (&self->solution, tradeoff_min_change_solution_free);
  g_clear_pointer (&self->texts, g_strfreev);
  clear_rows (self);
  gtk_label_set_text (self->firmness, "");
  gtk_widget_set_visible (GTK_WIDGET (self->firmness), FALSE);
  gtk_widget_set_visible (self->heading, FALSE);

  /* The first answer, when quick, is there before the window's first
   * frame: GTK paints that frame before any idle of ours runs.  A larger
   * comparison's search starts at once, on the other core, while this
   * one builds and lays out the window for it: its answer, delivered at
   * the default priority, comes before a frame it is ready for
   * (GDK_PRIORITY_REDRAW is lower), so start-up shows it in its first
   * frame rather than "Working out…" and then a second layout.  (A tick
   * waits for an idle instead, see on_levels_changed().) */
  g_clear_handle_id (&self->start_idle, g_source_remove);
  if (advisor != NULL)
    {
      tradeoff_min_change_renew (&self->cancellable);
      if (!solve_now (self))
        {
          mark_solving (self);
          start_solve (self, TRUE);
        }
    }
  else
    {
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      set_state (self, TRADEOFF_MIN_CHANGE_VIEW_IDLE);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
}

TradeoffAdvisor *
tradeoff_min_change_view_get_advisor (TradeoffMinChangeView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self), NULL);

  return self->advisor;
}

TradeoffMinChangeViewState
tradeoff_min_change_view_get_state (TradeoffMinChangeView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self), TRADEOFF_MIN_CHANGE_VIEW_IDLE);

  return self->state;
}

void
tradeoff_min_change_view_set_first_budget (TradeoffMinChangeView *self,
                                           gint64                 budget_us)
{
  g_return_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self));
  g_return_if_fail (budget_us > 0);

  self->first_budget.max_nodes = 0;
  self->first_budget.max_time_us = budget_us;
}

/**
 * tradeoff_min_change_view_set_first_node_budget:
 * @max_nodes: search nodes per question, more than 0
 *
 * Bounds the first search by work instead of time: what it finds, and so
 * whether the view shows a best-so-far answer before the exact one, is
 * then the same on any machine, however loaded.  For tests.
 */
void
tradeoff_min_change_view_set_first_node_budget (TradeoffMinChangeView *self,
                                                guint64                max_nodes)
{
  g_return_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self));
  g_return_if_fail (max_nodes > 0);

  self->first_budget.max_nodes = max_nodes;
  self->first_budget.max_time_us = 0;
}

const char *
tradeoff_min_change_view_get_firmness (TradeoffMinChangeView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self), NULL);

  return gtk_label_get_text (self->firmness);
}

const char *
tradeoff_min_change_view_get_status (TradeoffMinChangeView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self), NULL);

  return gtk_label_get_text (self->status);
}

GtkWidget *
tradeoff_min_change_view_get_apply_button (TradeoffMinChangeView *self,
                                           guint                  option)
{
  g_return_val_if_fail (TRADEOFF_IS_MIN_CHANGE_VIEW (self), NULL);

  if (option >= self->buttons->len)
    return NULL;

  return g_ptr_array_index (self->buttons, option);
}

GtkWidget *
tradeoff_min_change_view_new (void)
{
  return g_object_new (TRADEOFF_TYPE_MIN_CHANGE_VIEW, NULL);
}

static void
tradeoff_min_change_view_dispose (GObject *object)
{
  TradeoffMinChangeView *self = TRADEOFF_MIN_CHANGE_VIEW (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->start_idle, g_source_remove);
  if (self->advisor_signals != NULL)
    g_signal_group_set_target (self->advisor_signals, NULL);
  g_clear_object (&self->advisor_signals);
  g_clear_object (&self->advisor);
  g_clear_pointer (&self->solution, tradeoff_min_change_solution_free);
  if (self->buttons != NULL)
    g_ptr_array_set_size (self->buttons, 0);
  if (self->labels != NULL)
    g_ptr_array_set_size (self->labels, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tradeoff_min_change_view_parent_class)->dispose (object);
}

static void
tradeoff_min_change_view_finalize (GObject *object)
{
  TradeoffMinChangeView *self = TRADEOFF_MIN_CHANGE_VIEW (object);

  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_strfreev);

  G_OBJECT_CLASS (tradeoff_min_change_view_parent_class)->finalize (object);
}

static void
tradeoff_min_change_view_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TradeoffMinChangeView *self = TRADEOFF_MIN_CHANGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;

    case PROP_STATE:
      g_value_set_uint (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_min_change_view_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TradeoffMinChangeView *self = TRADEOFF_MIN_CHANGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      tradeoff_min_change_view_set_advisor (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_min_change_view_class_init (TradeoffMinChangeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_min_change_view_dispose;
  object_class->finalize = tradeoff_min_change_view_finalize;
  object_class->get_property = tradeoff_min_change_view_get_property;
  object_class->set_property = tradeoff_min_change_view_set_property;

  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A TradeoffMinChangeViewState. */
  properties[PROP_STATE] =
    g_param_spec_uint ("state", NULL, NULL,
                       0, TRADEOFF_MIN_CHANGE_VIEW_PROVEN, TRADEOFF_MIN_CHANGE_VIEW_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "minchangeview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (TradeoffMinChangeView *self,
           const char            *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Else GTK finds its narrowest width by laying it out a letter a line:
   * see ui/tradeoff-faq-row.ui. */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return GTK_LABEL (label);
}

static void
tradeoff_min_change_view_init (TradeoffMinChangeView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  self->first_budget.max_time_us = DEFAULT_FIRST_BUDGET_US;
  self->buttons = g_ptr_array_new ();
  self->labels = g_ptr_array_new ();
  self->advisor_signals = g_signal_group_new (TRADEOFF_TYPE_ADVISOR);
  g_signal_group_connect_swapped (self->advisor_signals, "levels-changed",
                                  G_CALLBACK (on_levels_changed), self);
  g_signal_group_connect_swapped (self->advisor_signals, "notify::comparison",
                                  G_CALLBACK (on_comparison_changed), self);

  self->firmness = add_label (self, "firmness");
  gtk_widget_set_visible (GTK_WIDGET (self->firmness), FALSE);
  self->status = add_label (self, "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  /* Translators: a heading above the smallest change for each option. */
  self->heading = GTK_WIDGET (add_label (self, "heading"));
  gtk_label_set_text (GTK_LABEL (self->heading), _("What would make each option lead"));
  /* As far from the firmness line as the advice's other headings are from
   * the text above them, so it reads as a heading, not as its last line. */
  gtk_widget_set_margin_top (self->heading, 12);
  gtk_widget_set_visible (self->heading, FALSE);
  self->leads = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->leads, GTK_WIDGET (self));
}
