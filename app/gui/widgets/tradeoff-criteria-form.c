/* tradeoff-criteria-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-criteria-form"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-criteria-form.h"
#include "tradeoff-criteria-line-private.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-list-focus.h"
#include "tradeoff-list-grower.h"

struct _TradeoffCriteriaForm
{
  GtkWidget        parent_instance;

  TradeoffAdvisor    *advisor;
  /* The advisor's comparison the lines were last made or followed for:
   * its options tell whether the effects shown name renamed ones. */
  TradeoffComparison *comparison;
  /* The advisor's notifications, following whichever advisor is set. */
  GSignalGroup       *advisor_signals;
  TradeoffListGrower *grower;
  /* The lines shown, kept across advisors of the same shape (an edit of
   * the comparison's texts): see take_lines(). */
  GListStore         *lines;
  /* The line the keyboard focus is moving to, once its row exists, and
   * the part of its row. */
  TradeoffCriteriaLine *pending_focus;
  TradeoffCriterionRowPart pending_part;
  guint               pass_heading_idle;

  /* See keep_top_in_sight(). */
  gboolean            at_top;
  double              page_size;
  guint               to_top_idle;

  /* Template widgets */
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
  GtkSliceListModel  *slice;
};

/* Criteria rows are 19 px or more and the list 350 to 470 px high at the
 * window's usual size: 30 rows fill it one and a half times. */
#define CRITERIA_STEP 30

G_DEFINE_FINAL_TYPE (TradeoffCriteriaForm, tradeoff_criteria_form, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVISOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
criteria_heading (gpointer            unused,
                  TradeoffComparison *comparison)
{
  const char *heading = NULL;

  if (comparison != NULL)
    heading = tradeoff_comparison_get_criteria_heading (comparison);

  if (heading == NULL || *heading == '\0')
    return g_strdup (_("What matters to you?"));

  return g_strdup (heading);
}

static gboolean
scroll_to_top (gpointer user_data)
{
  TradeoffCriteriaForm *self = user_data;

  self->to_top_idle = 0;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  return G_SOURCE_REMOVE;
}

/* The first tick brings the reasons in above the list, which gets shorter;
 * GtkListView then keeps the ticked row where it was as a share of the
 * list's height, scrolling the top heading out of sight.  A list that was
 * at its top stays there when only its height changed.  (Changing the
 * adjustment during the layout that changes it would be undone: after.) */
static void
keep_top_in_sight (GtkAdjustment        *adjustment,
                   TradeoffCriteriaForm *self)
{
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);

  if (page_size != self->page_size && self->at_top && value > 0 && self->to_top_idle == 0)
    self->to_top_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, scroll_to_top, self, NULL);
  else if (self->to_top_idle == 0)
    self->at_top = value <= 0;

  self->page_size = page_size;
}

/* Enter on a line (or a double click beside its box) does what a click on
 * the box does. */
static void
on_row_activated (GtkListView *list_view,
                  guint        position,
                  gpointer     user_data)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (model, position);

  if (line != NULL)
    tradeoff_criteria_line_activate (line);
}

/* Keyboard.  GTK 4.8's GtkListView keeps Tab and the arrow keys inside a
 * row whose child (here the check or radio button) holds the focus: Tab
 * would never leave the list (GTK 4.12 added GtkListView:tab-behavior).  So
 * the form moves the focus itself: Up and Down go to the neighbouring
 * criterion, passing over the group headings, which are not for focusing,
 * and keep to the part of the row (box, level, edit button) where they
 * can; Left and Right move between the parts of a row; Tab and Shift+Tab
 * leave the list, which is one region of the window's Tab walk. */

static TradeoffCriterionRow *
row_of (GtkWidget *widget)
{
  GtkWidget *row = widget != NULL ? gtk_widget_get_ancestor (widget, TRADEOFF_TYPE_CRITERION_ROW) : NULL;

  /* The list's own row widget holds the criterion row as its child. */
  if (row == NULL && widget != NULL && TRADEOFF_IS_CRITERION_ROW (gtk_widget_get_first_child (widget)))
    row = gtk_widget_get_first_child (widget);

  return row != NULL ? TRADEOFF_CRITERION_ROW (row) : NULL;
}

static gboolean
focus_line_showing (TradeoffCriteriaForm     *self,
                    TradeoffCriteriaLine     *line,
                    TradeoffCriterionRowPart  part)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      TradeoffCriterionRow *row = row_of (item);

      if (row != NULL && tradeoff_criterion_row_get_line (row) == line &&
          tradeoff_criterion_row_get_button (row) != NULL)
        return tradeoff_criterion_row_focus_part (row, part) ||
               tradeoff_criterion_row_focus_part (row, TRADEOFF_CRITERION_ROW_BOX);
    }

  return FALSE;
}

/* The row for a line scrolled into view only exists after the next
 * layout. */
static gboolean
focus_pending_line (GtkWidget     *list_view,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  TradeoffCriteriaForm *self = user_data;

  if (self->pending_focus != NULL)
    focus_line_showing (self, self->pending_focus, self->pending_part);
  g_clear_object (&self->pending_focus);

  return G_SOURCE_REMOVE;
}

/* Focuses the first criterion from @position on, going by @step; at either
 * end of the list the focus stays where it is. */
static gboolean
focus_criterion_from (TradeoffCriteriaForm     *self,
                      guint                     position,
                      int                       step,
                      TradeoffCriterionRowPart  part)
{
  GListModel *lines = tradeoff_criteria_form_get_lines (self);
  guint n = lines != NULL ? g_list_model_get_n_items (lines) : 0;

  for (; position < n; position += step)
    {
      g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (lines, position);

      if (tradeoff_criteria_line_get_kind (line) == TRADEOFF_CRITERIA_LINE_HEADING)
        continue;

      tradeoff_list_grower_reach (self->grower, position);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
      g_clear_object (&self->pending_focus);
      if (!focus_line_showing (self, line, part))
        {
          self->pending_focus = g_steal_pointer (&line);
          self->pending_part = part;
          gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), focus_pending_line, self, NULL);
        }
      return TRUE;
    }

  return FALSE;
}

static gboolean
move_focus (TradeoffCriteriaForm *self,
            TradeoffCriterionRow *row,
            int                   step)
{
  GListModel *lines = tradeoff_criteria_form_get_lines (self);
  guint position;
  int part;

  if (row == NULL || lines == NULL ||
      !g_list_store_find (G_LIST_STORE (lines), tradeoff_criterion_row_get_line (row), &position))
    return FALSE;

  if (step < 0 && position == 0)
    return TRUE;

  part = tradeoff_criterion_row_part_of (row, gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))));
  focus_criterion_from (self, position + step, step, MAX (part, TRADEOFF_CRITERION_ROW_BOX));
  return TRUE;
}

/* Left and Right between the parts of one row; past either end the focus
 * stays where it is. */
static gboolean
move_part (TradeoffCriteriaForm *self,
           TradeoffCriterionRow *row,
           int                   step)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int part = row != NULL ? tradeoff_criterion_row_part_of (row, focus) : -1;

  if (part < 0)
    return FALSE;

  for (part += step; part >= 0 && part < TRADEOFF_CRITERION_ROW_N_PARTS; part += step)
    if (tradeoff_criterion_row_focus_part (row, part))
      break;

  return TRUE;
}

/* The level's list of choices is a popover inside the row: its keys pass
 * through the form on their way, and are its own. */
static gboolean
in_popup (TradeoffCriteriaForm  *self,
          GtkEventControllerKey *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return TRUE;
  return event != NULL && native != NULL &&
         gdk_event_get_surface (event) != gtk_native_get_surface (native);
}

/* Space and Enter tick as on any check box.  GtkListView's rows would take
 * Space for selecting, which this list has none of, and Enter for
 * activating: the form catches both first, so that a key toggles once. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TradeoffCriteriaForm  *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  TradeoffCriterionRow *row;
  GtkDirectionType direction;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || in_popup (self, controller))
    return FALSE;

  row = row_of (focus);
  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* On the level or the edit button, they press it. */
      if (row == NULL || tradeoff_criterion_row_get_button (row) == NULL ||
          tradeoff_criterion_row_part_of (row, focus) != TRADEOFF_CRITERION_ROW_BOX)
        return FALSE;
      tradeoff_criteria_line_activate (tradeoff_criterion_row_get_line (row));
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_focus (self, row, 1);

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_focus (self, row, -1);

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return move_part (self, row, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1);

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return move_part (self, row, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1);

    default:
      /* 1, 2, 3, + and − set how much the row's criterion matters. */
      if (row != NULL && tradeoff_criterion_row_level_key (row, keyval, state))
        return TRUE;
      if (!tradeoff_list_focus_is_tab (keyval, state, &direction))
        return FALSE;
      tradeoff_list_focus_leave (GTK_WIDGET (self), direction);
      return TRUE;
    }
}

/* The list gives the focus to a heading's row when Tab enters it there, or
 * a click lands on one: a heading is not for focusing, so the focus goes
 * on to the first criterion under it. */
static void
pass_heading_now (TradeoffCriteriaForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  TradeoffCriterionRow *row = row_of (focus);
  GListModel *lines = tradeoff_criteria_form_get_lines (self);
  guint position;

  if (row == NULL || tradeoff_criterion_row_get_button (row) != NULL || lines == NULL ||
      !g_list_store_find (G_LIST_STORE (lines), tradeoff_criterion_row_get_line (row), &position))
    return;

  focus_criterion_from (self, position, 1, TRADEOFF_CRITERION_ROW_BOX);
}

static gboolean
pass_heading (gpointer user_data)
{
  TradeoffCriteriaForm *self = user_data;

  self->pass_heading_idle = 0;
  pass_heading_now (self);
  return G_SOURCE_REMOVE;
}

/**
 * tradeoff_criteria_form_focus_criteria:
 *
 * Focuses the criterion last focused (the first, at first), for the
 * window's Tab.
 *
 * Returns: whether a criterion took the focus
 */
gboolean
tradeoff_criteria_form_focus_criteria (TradeoffCriteriaForm *self,
                                       GtkDirectionType      direction)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_FORM (self), FALSE);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    return FALSE;

  /* Not GtkListView's own focus move: in GTK 4.8 it answers as if it had
   * moved the focus into a row whose child held it before, and has not.
   * The first criterion in view takes it, so nothing scrolls. */
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      TradeoffCriterionRow *row = row_of (item);
      GtkCheckButton *button = row != NULL ? tradeoff_criterion_row_get_button (row) : NULL;
      graphene_rect_t bounds;

      if (button == NULL || !gtk_widget_get_mapped (GTK_WIDGET (button)) ||
          !gtk_widget_compute_bounds (GTK_WIDGET (button), GTK_WIDGET (self->scroller), &bounds) ||
          bounds.origin.y < 0)
        continue;

      return gtk_widget_grab_focus (GTK_WIDGET (button));
    }

  return FALSE;
}

/* The window sets its focus widget only after telling the controllers. */
static void
on_focus_enter (GtkEventControllerFocus *controller,
                TradeoffCriteriaForm    *self)
{
  if (self->pass_heading_idle == 0)
    self->pass_heading_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, pass_heading, self, NULL);
}

/* Only the rows shown exist: the others are made up to date when bound. */
static void
each_row_shown (TradeoffCriteriaForm *self,
                void                (*update) (TradeoffCriterionRow *row))
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      TradeoffCriterionRow *row = row_of (item);

      if (row != NULL)
        update (row);
    }
}

static void
refresh_rows (TradeoffCriteriaForm *self)
{
  each_row_shown (self, tradeoff_criterion_row_refresh);
}

static gboolean
same_options (TradeoffComparison *a,
              TradeoffComparison *b)
{
  guint n = tradeoff_comparison_get_n_options (a);

  if (n != tradeoff_comparison_get_n_options (b))
    return FALSE;
  for (guint o = 0; o < n; o++)
    if (tradeoff_comparison_get_option (a, o) != tradeoff_comparison_get_option (b, o))
      return FALSE;
  return TRUE;
}

/* An edit kept the advisor (tradeoff-advisor-rebase.c): the lines take the
 * edited criteria and headings, and each row shown follows its line's
 * text (tradeoff_criterion_row_set_line()); an option renamed changes the
 * effects the rows shown say.  No row is bound again. */
static void
follow_comparison (TradeoffCriteriaForm *self)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (self->advisor);
  gboolean renamed = self->comparison != NULL && !same_options (self->comparison, comparison);

  g_set_object (&self->comparison, comparison);
  _tradeoff_criteria_lines_follow (G_LIST_MODEL (self->lines), self->advisor);
  if (renamed)
    each_row_shown (self, tradeoff_criterion_row_refresh_effect);
}

/* A new verdict becomes part of what the focused criterion reports, so a
 * person ticking with a screen reader hears it where they are. */
static void
note_verdict (TradeoffCriteriaForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  TradeoffCriterionRow *focused = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view))
                                  ? row_of (focus) : NULL;
  g_autofree char *note = NULL;

  if (self->advisor != NULL)
    /* Translators: added to what a screen reader says of the criterion just
     * ticked: "Advice now: Django is the better fit" */
    note = g_strdup_printf (_("Advice now: %s"), tradeoff_advisor_get_headline (self->advisor));

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      TradeoffCriterionRow *row = row_of (item);

      if (row != NULL)
        tradeoff_criterion_row_set_note (row, row == focused ? note : NULL);
    }
}

static gboolean
same_shape (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n == 0 || n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriteriaLine) x = g_list_model_get_item (a, i);
      g_autoptr(TradeoffCriteriaLine) y = g_list_model_get_item (b, i);

      if (tradeoff_criteria_line_get_kind (x) != tradeoff_criteria_line_get_kind (y))
        return FALSE;
    }
  return TRUE;
}

/* An edit of the comparison brings a new advisor with the same lines, but
 * for new criteria objects.  GTK 4.8's list view would make a row for each
 * new item; the lines shown take the new contents instead, and only the
 * rows on screen are bound again: O(lines) pointer moves, O(rows shown)
 * widget work. */
static void
take_lines (TradeoffCriteriaForm *self,
            GListModel           *lines)
{
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(TradeoffCriteriaLine) shown = g_list_model_get_item (G_LIST_MODEL (self->lines), i);
      g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (lines, i);

      _tradeoff_criteria_line_swap (shown, line);
    }

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      TradeoffCriterionRow *row = row_of (item);
      g_autoptr(TradeoffCriteriaLine) line = NULL;

      if (row == NULL || tradeoff_criterion_row_get_line (row) == NULL)
        continue;
      line = g_object_ref (tradeoff_criterion_row_get_line (row));
      tradeoff_criterion_row_set_line (row, NULL);
      tradeoff_criterion_row_set_line (row, line);
    }
}

static void
show_lines (TradeoffCriteriaForm *self,
            GListModel           *lines)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (lines != NULL && same_shape (G_LIST_MODEL (self->lines), lines))
    {
      take_lines (self, lines);
      return;
    }

  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    g_ptr_array_add (items, g_list_model_get_item (lines, i));
  tradeoff_list_grower_reset (self->grower);
  g_list_store_splice (self->lines, 0, n, items->pdata, items->len);
}

void
tradeoff_criteria_form_set_advisor (TradeoffCriteriaForm *self,
                                    TradeoffAdvisor      *advisor)
{
  g_autoptr(GListModel) lines = NULL;

  g_return_if_fail (TRADEOFF_IS_CRITERIA_FORM (self));
  g_return_if_fail (advisor == NULL || TRADEOFF_IS_ADVISOR (advisor));

  if (!g_set_object (&self->advisor, advisor))
    return;

  g_signal_group_set_target (self->advisor_signals, advisor);
  g_clear_object (&self->comparison);
  if (advisor != NULL)
    self->comparison = g_object_ref (tradeoff_advisor_get_comparison (advisor));

  if (advisor != NULL)
    lines = tradeoff_criteria_lines_new (advisor);
  show_lines (self, lines);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
}

TradeoffAdvisor *
tradeoff_criteria_form_get_advisor (TradeoffCriteriaForm *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_FORM (self), NULL);

  return self->advisor;
}

/* The lines the form shows, for tests and for finding a criterion's row. */
GListModel *
tradeoff_criteria_form_get_lines (TradeoffCriteriaForm *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_FORM (self), NULL);

  return self->advisor != NULL ? G_LIST_MODEL (self->lines) : NULL;
}

static void
tradeoff_criteria_form_dispose (GObject *object)
{
  TradeoffCriteriaForm *self = TRADEOFF_CRITERIA_FORM (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_CRITERIA_FORM);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->advisor_signals != NULL)
    g_signal_group_set_target (self->advisor_signals, NULL);
  g_clear_object (&self->advisor_signals);
  g_clear_object (&self->advisor);
  g_clear_object (&self->comparison);
  g_clear_object (&self->pending_focus);
  g_clear_handle_id (&self->pass_heading_idle, g_source_remove);
  g_clear_object (&self->grower);
  g_clear_object (&self->lines);
  g_clear_handle_id (&self->to_top_idle, g_source_remove);

  G_OBJECT_CLASS (tradeoff_criteria_form_parent_class)->dispose (object);
}

static void
tradeoff_criteria_form_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TradeoffCriteriaForm *self = TRADEOFF_CRITERIA_FORM (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criteria_form_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TradeoffCriteriaForm *self = TRADEOFF_CRITERIA_FORM (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      tradeoff_criteria_form_set_advisor (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criteria_form_class_init (TradeoffCriteriaFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_criteria_form_dispose;
  object_class->get_property = tradeoff_criteria_form_get_property;
  object_class->set_property = tradeoff_criteria_form_set_property;

  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-criteria-form.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriteriaForm, scroller);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriteriaForm, list_view);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriteriaForm, slice);
  gtk_widget_class_bind_template_callback (widget_class, criteria_heading);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
tradeoff_criteria_form_init (TradeoffCriteriaForm *self)
{
  GtkEventController *keys;
  GtkEventController *focus;

  g_type_ensure (TRADEOFF_TYPE_CRITERION_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lines = g_list_store_new (TRADEOFF_TYPE_CRITERIA_LINE);
  gtk_slice_list_model_set_model (self->slice, G_LIST_MODEL (self->lines));
  self->grower = tradeoff_list_grower_new (self->slice, self->scroller, CRITERIA_STEP);
  self->at_top = TRUE;
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (keep_top_in_sight), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (keep_top_in_sight), self, 0);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_focus_enter), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), focus);

  self->advisor_signals = g_signal_group_new (TRADEOFF_TYPE_ADVISOR);
  g_signal_group_connect_object (self->advisor_signals, "notify::comparison",
                                 G_CALLBACK (follow_comparison), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->advisor_signals, "notify::flips",
                                 G_CALLBACK (refresh_rows), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->advisor_signals, "notify::headline",
                                 G_CALLBACK (note_verdict), self, G_CONNECT_SWAPPED);
}
