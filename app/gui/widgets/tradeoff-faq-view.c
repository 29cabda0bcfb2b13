/* tradeoff-faq-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-faq-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-faq-row.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-list-grower.h"
#include "tradeoff-list-splice.h"
#include "tradeoff-slot-model.h"
#include "tradeoff-text-limit-private.h"

struct _TradeoffFaqView
{
  GtkWidget           parent_instance;

  TradeoffComparison *comparison;
  /* The entries searched and shown, kept across comparisons: an edit
   * replaces the entries that changed only (tradeoff-list-splice.c). */
  GListStore         *entries;
  GListStore         *empty;

  /* The question the keyboard focus is moving to, once its row exists. */
  TradeoffFaqEntry   *pending_focus;

  TradeoffListGrower *grower;
  GtkCustomFilter    *filter;
  char               *folded_search;   /* "" shows every question */
  guint               fold_idle;
  guint               fold_next;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkLabel           *search_limit;
  GtkScrolledWindow  *scroller;
  GtkSliceListModel  *slice;
  GtkNoSelection     *selection;
  GtkFilterListModel *filter_model;
  GtkListView        *list_view;
};

/* Questions are 33 px or more, and the list is 190 to 300 px high at the
 * window's usual size: 12 rows fill it well over once.  Each row shown is
 * laid out again for every letter typed. */
#define FAQ_STEP 12

G_DEFINE_FINAL_TYPE (TradeoffFaqView, tradeoff_faq_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
faq_heading (gpointer            unused,
             TradeoffComparison *comparison)
{
  const char *heading = comparison != NULL ? tradeoff_comparison_get_faq_heading (comparison) : NULL;

  if (heading == NULL || *heading == '\0')
    return g_strdup (_("Frequently Asked Questions"));

  return g_strdup (heading);
}

static char *
results_page (gpointer unused,
              guint    n_results)
{
  return g_strdup (n_results > 0 ? "results" : "empty");
}

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  TradeoffFaqView *self = user_data;

  return *self->folded_search == '\0' ||
         strstr (tradeoff_faq_entry_get_search_text (item), self->folded_search) != NULL;
}

/* One more letter can only narrow the results, one fewer only widen them:
 * told so, the filter model looks again at those it showed (or hid) only. */
static void
on_search_changed (TradeoffFaqView *self)
{
  g_autofree char *before = g_steal_pointer (&self->folded_search);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Shortened, the search is no longer cut. */
  if (g_utf8_strlen (text, -1) < (glong)_tradeoff_text_limit_get_max ("search"))
    gtk_widget_set_visible (GTK_WIDGET (self->search_limit), FALSE);

  self->folded_search = tradeoff_search_fold (text);
  if (strcmp (before, self->folded_search) == 0)
    return;
  if (strstr (self->folded_search, before) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (before, self->folded_search) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  /* A new search starts again from the first results. */
  tradeoff_list_grower_reset (self->grower);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

/* Folding ten thousand answers takes tens of milliseconds: done a few
 * hundred at a time once the window is idle, the first search finds them
 * ready (or folds the rest itself). */
static gboolean
fold_some (gpointer user_data)
{
  TradeoffFaqView *self = user_data;
  GListModel *faq = self->comparison != NULL ? tradeoff_comparison_get_faq (self->comparison) : NULL;
  guint n = faq != NULL ? g_list_model_get_n_items (faq) : 0;
  guint end = MIN (self->fold_next + 256, n);

  for (; self->fold_next < end; self->fold_next++)
    {
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, self->fold_next);

      tradeoff_faq_entry_get_search_text (entry);
    }

  if (self->fold_next < n)
    return G_SOURCE_CONTINUE;

  self->fold_idle = 0;
  return G_SOURCE_REMOVE;
}

void
tradeoff_faq_view_set_comparison (TradeoffFaqView    *self,
                                  TradeoffComparison *comparison)
{
  g_autoptr(TradeoffComparison) before = NULL;
  gboolean edited;

  g_return_if_fail (TRADEOFF_IS_FAQ_VIEW (self));
  g_return_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison));

  if (comparison == self->comparison)
    return;
  before = g_steal_pointer (&self->comparison);
  self->comparison = comparison != NULL ? g_object_ref (comparison) : NULL;

  /* The same comparison edited (its id kept) keeps the search and its
   * rows: only the entries that changed are replaced, and folded when
   * searched.  A search typed for another comparison means nothing in
   * this one. */
  edited = before != NULL && comparison != NULL &&
           g_strcmp0 (tradeoff_comparison_get_id (before), tradeoff_comparison_get_id (comparison)) == 0;
  if (!edited)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  tradeoff_list_splice_changed (self->entries,
                                comparison != NULL ? tradeoff_comparison_get_faq (comparison)
                                                   : G_LIST_MODEL (self->empty));

  if (!edited)
    self->fold_next = 0;
  if (comparison != NULL && !edited && self->fold_idle == 0)
    self->fold_idle = g_idle_add_full (G_PRIORITY_LOW, fold_some, self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

TradeoffComparison *
tradeoff_faq_view_get_comparison (TradeoffFaqView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_VIEW (self), NULL);

  return self->comparison;
}

GListModel *
tradeoff_faq_view_get_results (TradeoffFaqView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_VIEW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

void
tradeoff_faq_view_focus_search (TradeoffFaqView *self)
{
  g_return_if_fail (TRADEOFF_IS_FAQ_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

GtkSearchEntry *
tradeoff_faq_view_get_search_entry (TradeoffFaqView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_VIEW (self), NULL);

  return self->search_entry;
}

/* Focuses the question last focused (the first, at first), for the
 * window's Tab; %FALSE when no question shows. */
gboolean
tradeoff_faq_view_focus_questions (TradeoffFaqView  *self,
                                   GtkDirectionType  direction)
{
  GtkRoot *root;

  g_return_val_if_fail (TRADEOFF_IS_FAQ_VIEW (self), FALSE);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    return FALSE;

  /* Not GtkListView's own focus move: in GTK 4.8 it answers as if it had
   * moved the focus into a row whose child held it before, and has not.
   * The first question in view takes it, so nothing scrolls. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (!TRADEOFF_IS_FAQ_ROW (row) || !gtk_widget_get_mapped (row) ||
          tradeoff_faq_row_get_entry (TRADEOFF_FAQ_ROW (row)) == NULL ||
          !gtk_widget_compute_bounds (row, GTK_WIDGET (self->scroller), &bounds) ||
          bounds.origin.y < 0)
        continue;

      gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
      return root != NULL && gtk_root_get_focus (root) != NULL &&
             gtk_widget_is_ancestor (gtk_root_get_focus (root), row);
    }

  return FALSE;
}

/* Enter (or a double click) on a question opens or closes its answer.
 * The row shows whatever the entry's "expanded" says. */
static void
on_row_activated (GtkListView *list_view,
                  guint        position,
                  gpointer     user_data)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(TradeoffSlot) slot = g_list_model_get_item (model, position);
  TradeoffFaqEntry *entry = slot != NULL ? tradeoff_slot_get_item (slot) : NULL;

  if (entry != NULL)
    tradeoff_faq_entry_set_expanded (entry, !tradeoff_faq_entry_get_expanded (entry));
}

/* Keyboard navigation.  GTK 4.8's GtkListView does not move the focus out
 * of a row whose child (here the expander) holds it: Tab and the arrow keys
 * would stay on the first question (GTK 4.12 fixed this with
 * GtkListView:tab-behavior).  So the view moves the focus itself: Up and
 * Down go to the neighbouring question, Tab and Shift+Tab leave the list. */

static gboolean
focus_row_showing (TradeoffFaqView  *self,
                   TradeoffFaqEntry *entry)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (TRADEOFF_IS_FAQ_ROW (row) && tradeoff_faq_row_get_entry (TRADEOFF_FAQ_ROW (row)) == entry)
        return gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
    }

  return FALSE;
}

/* The row for a question scrolled into view only exists after the next
 * layout. */
static gboolean
focus_pending_row (GtkWidget     *list_view,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  TradeoffFaqView *self = user_data;

  if (self->pending_focus != NULL)
    focus_row_showing (self, self->pending_focus);
  g_clear_object (&self->pending_focus);

  return G_SOURCE_REMOVE;
}

static gboolean
move_to_question (TradeoffFaqView *self,
                  GtkWidget       *focus,
                  int              step)
{
  GtkWidget *row = gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_FAQ_ROW);
  GListModel *model = G_LIST_MODEL (self->filter_model);
  TradeoffFaqEntry *entry;
  guint n = g_list_model_get_n_items (model);
  guint position = n;

  if (row == NULL)
    return FALSE;

  entry = tradeoff_faq_row_get_entry (TRADEOFF_FAQ_ROW (row));
  for (guint i = 0; i < n && position == n; i++)
    {
      g_autoptr(TradeoffFaqEntry) item = g_list_model_get_item (model, i);

      if (item == entry)
        position = i;
    }

  /* At either end the focus stays where it is. */
  if (position == n || (step < 0 && position == 0) || (step > 0 && position + 1 >= n))
    return TRUE;

  position += step;
  tradeoff_list_grower_reach (self->grower, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  g_clear_object (&self->pending_focus);
  self->pending_focus = g_list_model_get_item (model, position);
  if (!focus_row_showing (self, self->pending_focus))
    gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), focus_pending_row, self, NULL);
  else
    g_clear_object (&self->pending_focus);

  return TRUE;
}

/* Moves the focus to the next (or previous) widget outside the list, as if
 * the list were not there. */
static void
leave_list (TradeoffFaqView  *self,
            GtkDirectionType  direction)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));

  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), FALSE);
  gtk_widget_child_focus (root, direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), TRUE);
}

static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     TradeoffFaqView       *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_to_question (self, focus, 1);

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_to_question (self, focus, -1);

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      leave_list (self, (state & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab
                        ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return TRUE;

    default:
      return FALSE;
    }
}

/* A longer paste was cut to what a search may be. */
static void
on_search_cut (const char *rule,
               gpointer    data)
{
  TradeoffFaqView *self = data;

  gtk_label_set_text (self->search_limit, rule);
  gtk_widget_set_visible (GTK_WIDGET (self->search_limit), TRUE);
}

static void
clear_search (GtkEditable *entry)
{
  gtk_editable_set_text (entry, "");
}

static void
tradeoff_faq_view_dispose (GObject *object)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_FAQ_VIEW);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  g_clear_object (&self->pending_focus);
  g_clear_object (&self->grower);
  g_clear_handle_id (&self->fold_idle, g_source_remove);
  g_clear_object (&self->filter);
  g_clear_object (&self->entries);
  g_clear_object (&self->empty);

  G_OBJECT_CLASS (tradeoff_faq_view_parent_class)->dispose (object);
}

static void
tradeoff_faq_view_finalize (GObject *object)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);

  g_free (self->folded_search);

  G_OBJECT_CLASS (tradeoff_faq_view_parent_class)->finalize (object);
}

static void
tradeoff_faq_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      tradeoff_faq_view_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_view_class_init (TradeoffFaqViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_faq_view_dispose;
  object_class->finalize = tradeoff_faq_view_finalize;
  object_class->get_property = tradeoff_faq_view_get_property;
  object_class->set_property = tradeoff_faq_view_set_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         TRADEOFF_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRADEOFF_TYPE_FAQ_ENTRY);
  g_type_ensure (TRADEOFF_TYPE_FAQ_ROW);
  g_type_ensure (TRADEOFF_TYPE_SLOT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-faq-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, search_limit);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, scroller);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, slice);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, selection);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, faq_heading);
  gtk_widget_class_bind_template_callback (widget_class, results_page);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
tradeoff_faq_view_init (TradeoffFaqView *self)
{
  g_autoptr(TradeoffSlotModel) slots = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->grower = tradeoff_list_grower_new (self->slice, self->scroller, FAQ_STEP);
  slots = tradeoff_slot_model_new (G_LIST_MODEL (self->slice));
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (slots));
  self->folded_search = g_strdup ("");
  self->entries = g_list_store_new (TRADEOFF_TYPE_FAQ_ENTRY);
  self->empty = g_list_store_new (TRADEOFF_TYPE_FAQ_ENTRY);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->entries));
  self->filter = gtk_custom_filter_new (matches_search, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  /* Escape clears the search, showing every question again. */
  g_signal_connect_swapped (self->search_entry, "stop-search",
                            G_CALLBACK (clear_search), self->search_entry);
  g_signal_connect_object (self->search_entry, "changed",
                           G_CALLBACK (on_search_changed), self,
                           G_CONNECT_SWAPPED);
  _tradeoff_text_limit_editable (GTK_EDITABLE (self->search_entry), "search", on_search_cut, self);

  /* Before the row and the list see the keys: see on_list_key_pressed(). */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
}
