/* tradeoff-editor-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's form as one list view of the comparison's parts: a row for
 * each section's heading, for the texts, each option, aspect, FAQ entry,
 * group, criterion, and the verdicts.  A row's fields are made when the
 * list binds it (tradeoff-editor-form.c reads them from the builder then)
 * and dropped when it is unbound, so opening the editor on ten thousand
 * FAQ entries makes the rows of the first screens, not a field for every
 * text: that took minutes (README, "The editor at scale").  GTK 4.8 binds
 * 200 rows whatever the list's height, so the list shows a slice of the
 * parts that grows as it scrolls (tradeoff-list-grower.c).
 *
 * The keyboard: Tab goes through a row's fields and on into the next
 * part's, scrolling to it (form_key_pressed(): GtkListView's own focus
 * handling reaches only the rows on the screen); the focused field is
 * kept in view.
 */

#define G_LOG_DOMAIN "tradeoff-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-editor-field.h"
#include "tradeoff-editor-window-private.h"
#include "tradeoff-list-focus.h"

/* The rows made first, and added each time the list nears its end: a
 * screen and a half of the tallest rows (an aspect of eight options is
 * about 700 px). */
#define PART_STEP 12

static void init_keys (TradeoffEditorWindow *self);

static const char *
or_section (const char *text,
            const char *section)
{
  return text != NULL && *text != '\0' ? text : section;
}

/* What a screen reader says for a row: its section's name, or what the
 * part says first (an option's name, a question, a criterion's label).
 * GTK 4.8 would name it after its type (GtkListItemWidget). */
static const char *
part_name (TradeoffEditorWindow *self,
           TradeoffEditorPart   *part)
{
  const char *sections[] = {
    _("Comparison"), _("Options"), _("Grid"), _("Frequently asked questions"), _("Criteria"),
    _("Verdicts"),
  };
  TradeoffComparisonBuilder *b = self->builder;
  guint i = tradeoff_editor_part_get_i (part);
  guint j = tradeoff_editor_part_get_j (part);

  switch (tradeoff_editor_part_get_kind (part))
    {
    case TRADEOFF_EDITOR_PART_HEADING:
      return sections[MIN (i, G_N_ELEMENTS (sections) - 1)];
    case TRADEOFF_EDITOR_PART_TEXTS:
      return or_section (tradeoff_comparison_builder_get_text (b, "title"), sections[0]);
    case TRADEOFF_EDITOR_PART_OPTION:
      return or_section (OPTION (b, i)->name, sections[1]);
    case TRADEOFF_EDITOR_PART_ASPECT:
      return or_section (ASPECT (b, i)->label, sections[2]);
    case TRADEOFF_EDITOR_PART_FAQ:
      return or_section (FAQ (b, i)->question, sections[3]);
    case TRADEOFF_EDITOR_PART_GROUP:
      return or_section (GROUP (b, i)->label, sections[4]);
    case TRADEOFF_EDITOR_PART_CRITERION:
      return or_section (CRITERION (b, i, j)->label, sections[4]);
    case TRADEOFF_EDITOR_PART_VERDICTS:
    default:
      return sections[5];
    }
}

static void
bind_part (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           TradeoffEditorWindow     *self)
{
  TradeoffEditorPart *part = gtk_list_item_get_item (item);
  GtkWidget *row = _tradeoff_editor_form_build_part (self, part);

  gtk_widget_set_margin_start (row, gtk_widget_get_margin_start (row) + 18);
  gtk_widget_set_margin_end (row, 18);
  gtk_widget_set_margin_bottom (row, 6);
  g_object_set_data (G_OBJECT (row), "part", part);
  gtk_list_item_set_child (item, row);
  if (gtk_widget_get_parent (row) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, part_name (self, part), -1);
}

static void
unbind_part (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TradeoffEditorWindow     *self)
{
  gtk_list_item_set_child (item, NULL);
}

static void
setup_part (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            TradeoffEditorWindow     *self)
{
  /* The fields take the focus; a row is neither chosen nor activated. */
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_activatable (item, FALSE);
}

void
_tradeoff_editor_list_init (TradeoffEditorWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->parts = g_list_store_new (TRADEOFF_TYPE_EDITOR_PART);
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->parts)), 0, PART_STEP);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_part), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_part), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_part), self, 0);
  gtk_list_view_set_factory (self->form, factory);
  gtk_list_view_set_model (self->form, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_object_unref (factory);
  self->grower = tradeoff_list_grower_new (self->slice, self->scroller, PART_STEP);
  init_keys (self);
}

void
_tradeoff_editor_list_clear (TradeoffEditorWindow *self)
{
  g_clear_object (&self->pending_focus);
  /* The form, and its tick callback with it, went with the template. */
  self->focus_tick = 0;
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  g_clear_object (&self->grower);
  g_clear_object (&self->slice);
  g_clear_object (&self->parts);
}

static void
add (GPtrArray              *parts,
     TradeoffEditorPartKind  kind,
     guint                   i,
     guint                   j)
{
  g_ptr_array_add (parts, tradeoff_editor_part_new (kind, i, j));
}

static void
add_heading (GPtrArray             *parts,
             TradeoffEditorSection  section)
{
  add (parts, TRADEOFF_EDITOR_PART_HEADING, section, 0);
}

void
_tradeoff_editor_form_populate (TradeoffEditorWindow *self)
{
  TradeoffComparisonBuilder *b = self->builder;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);

  add_heading (parts, TRADEOFF_EDITOR_SECTION_COMPARISON);
  add (parts, TRADEOFF_EDITOR_PART_TEXTS, 0, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_OPTIONS);
  for (guint i = 0; i < b->options->len; i++)
    add (parts, TRADEOFF_EDITOR_PART_OPTION, i, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_GRID);
  for (guint i = 0; i < b->aspects->len; i++)
    add (parts, TRADEOFF_EDITOR_PART_ASPECT, i, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_FAQ);
  for (guint i = 0; i < b->faq->len; i++)
    add (parts, TRADEOFF_EDITOR_PART_FAQ, i, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_CRITERIA);
  for (guint i = 0; i < b->groups->len; i++)
    {
      add (parts, TRADEOFF_EDITOR_PART_GROUP, i, 0);
      for (guint j = 0; j < GROUP (b, i)->criteria->len; j++)
        add (parts, TRADEOFF_EDITOR_PART_CRITERION, i, j);
    }
  add_heading (parts, TRADEOFF_EDITOR_SECTION_VERDICTS);
  add (parts, TRADEOFF_EDITOR_PART_VERDICTS, 0, 0);

  /* Every row is bound anew: its fields read the builder as it is now. */
  g_list_store_splice (self->parts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->parts)),
                       parts->pdata, parts->len);
}

typedef enum
{
  PART_NOT_SHOWN,
  PART_FOCUSED,
  PART_NOTHING_TO_FOCUS,
} PartFocus;

/* Appends the widgets under @widget that Tab stops at, in the order they
 * are laid out: the fields' texts, the buttons, check and spin buttons.
 * GTK 4.8's own walk (gtk_widget_child_focus()) stops at a label on
 * Shift+Tab, taking no focus and going no further. */
static void
collect_stops (GtkWidget *widget,
               GPtrArray *stops)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child) || !gtk_widget_get_can_focus (child) ||
          !gtk_widget_is_sensitive (child))
        continue;
      if (gtk_widget_get_focusable (child))
        g_ptr_array_add (stops, child);
      else
        collect_stops (child, stops);
    }
}

/* Focuses the stop of @row after (or before) the one holding @focus, or
 * with @focus %NULL the row's first (or last); %FALSE if there is none. */
static gboolean
focus_in_row (GtkWidget        *row,
              GtkWidget        *focus,
              GtkDirectionType  direction)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new ();
  gboolean backward = direction == GTK_DIR_TAB_BACKWARD;
  guint next = backward ? 0 : G_MAXUINT;

  collect_stops (row, stops);
  if (focus == NULL)
    next = backward ? stops->len - 1 : 0;
  else
    for (guint i = 0; i < stops->len; i++)
      if (focus == g_ptr_array_index (stops, i) || gtk_widget_is_ancestor (focus, g_ptr_array_index (stops, i)))
        next = backward ? i - 1 : i + 1;

  return next < stops->len && gtk_widget_grab_focus (g_ptr_array_index (stops, next));
}

/* Focuses the first (or, going backwards, the last) field or button of
 * @part's row, if the list shows it: a row off the screen is not mapped,
 * and takes no focus until it is scrolled to. */
static PartFocus
focus_part_showing (TradeoffEditorWindow *self,
                    TradeoffEditorPart   *part,
                    GtkDirectionType      direction)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->form));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row == NULL || g_object_get_data (G_OBJECT (row), "part") != part)
        continue;
      if (!gtk_widget_get_mapped (row))
        return PART_NOT_SHOWN;
      return focus_in_row (row, NULL, direction) ? PART_FOCUSED : PART_NOTHING_TO_FOCUS;
    }
  return PART_NOT_SHOWN;
}

/* The row of a part scrolled to only exists after the next layout, and a
 * tick callback runs before it: tried again on the next few frames (a part
 * far up the list, from the Go To menu, takes more than one). */
#define FOCUS_FRAMES 10

static void focus_changed (GtkWindow            *window,
                           GParamSpec           *pspec,
                           TradeoffEditorWindow *self);
static void focus_from (TradeoffEditorWindow *self,
                        guint                 position,
                        GtkDirectionType      direction,
                        gboolean              leave);

static guint
position_of (TradeoffEditorWindow *self,
             TradeoffEditorPart   *part)
{
  guint position;

  return g_list_store_find (self->parts, part, &position) ? position : GTK_INVALID_LIST_POSITION;
}

/* The next position @direction goes to; past the first part it is
 * %GTK_INVALID_LIST_POSITION, past any part count. */
static guint
step (guint            position,
      GtkDirectionType direction)
{
  return direction == GTK_DIR_TAB_BACKWARD ? position - 1 : position + 1;
}

static gboolean
focus_pending_part (GtkWidget     *list_view,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  TradeoffEditorWindow *self = user_data;

  if (self->pending_focus != NULL)
    switch (focus_part_showing (self, self->pending_focus, self->pending_direction))
      {
      case PART_NOT_SHOWN:
        if (++self->pending_frames >= FOCUS_FRAMES)
          g_clear_object (&self->pending_focus);
        break;
      case PART_NOTHING_TO_FOCUS:
        {
          g_autoptr(TradeoffEditorPart) part = g_steal_pointer (&self->pending_focus);
          guint position = position_of (self, part);

          /* Lists anew since: nothing to go on from. */
          if (position != GTK_INVALID_LIST_POSITION)
            focus_from (self, step (position, self->pending_direction), self->pending_direction,
                        self->pending_leave);
        }
        break;
      case PART_FOCUSED:
      default:
        g_clear_object (&self->pending_focus);
        break;
      }

  if (self->pending_focus != NULL)
    return G_SOURCE_CONTINUE;
  self->focus_tick = 0;
  /* Given up, the focus may be left on the list itself. */
  focus_changed (NULL, NULL, self);
  return G_SOURCE_REMOVE;
}

/* Focuses the first part from @position on, going @direction, that has a
 * field or button to focus (a section's heading may have none): at once
 * when its row is shown, else once it has been scrolled to.  Past the
 * first or last part, the focus leaves the list if @leave. */
static void
focus_from (TradeoffEditorWindow *self,
            guint                 position,
            GtkDirectionType      direction,
            gboolean              leave)
{
  GListModel *parts = G_LIST_MODEL (self->parts);
  guint n = g_list_model_get_n_items (parts);

  g_clear_object (&self->pending_focus);
  for (; position < n; position = step (position, direction))
    {
      g_autoptr(TradeoffEditorPart) part = g_list_model_get_item (parts, position);

      switch (focus_part_showing (self, part, direction))
        {
        case PART_FOCUSED:
          return;
        case PART_NOT_SHOWN:
          /* A part past the rows made so far: the slice grows to it first. */
          tradeoff_list_grower_reach (self->grower, position);
          gtk_widget_activate_action (GTK_WIDGET (self->form), "list.scroll-to-item", "u", position);
          self->pending_focus = g_steal_pointer (&part);
          self->pending_direction = direction;
          self->pending_leave = leave;
          self->pending_frames = 0;
          if (self->focus_tick == 0)
            self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->form), focus_pending_part,
                                                             self, NULL);
          return;
        case PART_NOTHING_TO_FOCUS:
        default:
          break;
        }
    }

  if (leave)
    tradeoff_list_focus_leave (GTK_WIDGET (self->scroller), direction);
}

void
_tradeoff_editor_form_reveal (TradeoffEditorWindow   *self,
                              TradeoffEditorPartKind  kind,
                              guint                   i,
                              guint                   j)
{
  GListModel *parts = G_LIST_MODEL (self->parts);
  guint n = g_list_model_get_n_items (parts);

  for (guint position = 0; position < n; position++)
    {
      g_autoptr(TradeoffEditorPart) part = g_list_model_get_item (parts, position);

      if (tradeoff_editor_part_get_kind (part) == kind &&
          tradeoff_editor_part_get_i (part) == i && tradeoff_editor_part_get_j (part) == j)
        {
          focus_from (self, position, GTK_DIR_TAB_FORWARD, FALSE);
          return;
        }
    }
}

/* The row (a list row's child, which knows its part) holding @widget. */
static GtkWidget *
row_holding (TradeoffEditorWindow *self,
             GtkWidget            *widget)
{
  for (; widget != NULL && widget != GTK_WIDGET (self->form); widget = gtk_widget_get_parent (widget))
    if (g_object_get_data (G_OBJECT (widget), "part") != NULL)
      return widget;
  return NULL;
}

/* Tab and Shift+Tab in the form.  GtkListView (GTK 4.8) moves the focus
 * only into rows on the screen, and a heading with nothing to focus stops
 * it: past the last row shown, Tab went round to the header bar, and every
 * part below the first screen was out of the keyboard's reach.  So the
 * editor walks the parts itself: the stops of a row in their order, then
 * the next part that has something to focus, scrolled to first; past the
 * last part (or before the first), on out of the list. */
static gboolean
form_key_pressed (GtkEventControllerKey *keys,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  TradeoffEditorWindow  *self)
{
  GtkDirectionType direction;
  GtkWidget *focus;
  GtkWidget *row;

  if (!tradeoff_list_focus_is_tab (keyval, state, &direction))
    return FALSE;
  focus = gtk_root_get_focus (GTK_ROOT (self));
  row = row_holding (self, focus);
  if (row == NULL)
    return FALSE;

  if (!focus_in_row (row, focus, direction))
    focus_from (self, step (position_of (self, g_object_get_data (G_OBJECT (row), "part")), direction),
                direction, TRUE);
  return TRUE;
}

/* Which way the last Tab went, wherever the focus was: the way into the
 * form from the header bar. */
static gboolean
window_key_pressed (GtkEventControllerKey *keys,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    TradeoffEditorWindow  *self)
{
  GtkDirectionType direction;

  if (tradeoff_list_focus_is_tab (keyval, state, &direction))
    self->tab_direction = direction;
  return FALSE;
}

/* The first (or last) part of those on the screen. */
static guint
part_on_screen (TradeoffEditorWindow *self,
                GtkDirectionType      direction)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self->form));
  guint found = GTK_INVALID_LIST_POSITION;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->form));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;
      guint position;

      if (row == NULL || !gtk_widget_get_mapped (row) ||
          !gtk_widget_compute_bounds (item, GTK_WIDGET (self->form), &bounds) ||
          bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= height)
        continue;
      position = position_of (self, g_object_get_data (G_OBJECT (row), "part"));
      if (found == GTK_INVALID_LIST_POSITION ||
          (direction == GTK_DIR_TAB_BACKWARD ? position > found : position < found))
        found = position;
    }

  return found != GTK_INVALID_LIST_POSITION ? found : 0;
}

/* Scrolls the form so that the focused field, with its label, is seen: a
 * row can be taller than the screen, and GtkListView scrolls to rows, not
 * to what is focused inside them. */
static void
keep_in_view (TradeoffEditorWindow *self,
              GtkWidget            *focus)
{
  GtkWidget *shown = gtk_widget_get_ancestor (focus, TRADEOFF_TYPE_EDITOR_FIELD);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;
  double value = gtk_adjustment_get_value (adjustment);

  if (!gtk_widget_compute_bounds (shown != NULL ? shown : focus, GTK_WIDGET (self->form), &bounds))
    return;
  gtk_adjustment_clamp_page (adjustment, value + bounds.origin.y,
                             value + bounds.origin.y + bounds.size.height);
}

/* After the focus moved, not while it moves (a text focused, or
 * scrolled, in the middle of another focus change was left blinking with
 * its text selected: GTK 4.8 warns of it):
 * - the scrolled window takes the focus itself when the list has none to
 *   give (the editor just opened, or Tab came in from the header bar to a
 *   row now off the screen), and shows nothing focused there: the focus
 *   goes on to the first part on the screen (the last, for Shift+Tab);
 * - a field focused is scrolled into view. */
static gboolean
focus_moved (gpointer user_data)
{
  TradeoffEditorWindow *self = user_data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  self->focus_idle = 0;
  /* Scrolling to a part, the list takes the focus a moment (GTK 4.8):
   * the part is focused once it is shown. */
  if (self->pending_focus != NULL)
    return G_SOURCE_REMOVE;
  if (focus == GTK_WIDGET (self->scroller) || focus == GTK_WIDGET (self->form))
    focus_from (self, part_on_screen (self, self->tab_direction), self->tab_direction, FALSE);
  else if (focus != NULL && row_holding (self, focus) != NULL)
    keep_in_view (self, focus);
  return G_SOURCE_REMOVE;
}

static void
focus_changed (GtkWindow            *window,
               GParamSpec           *pspec,
               TradeoffEditorWindow *self)
{
  if (self->parts != NULL && self->focus_idle == 0)
    self->focus_idle = g_idle_add (focus_moved, self);
}

static void
init_keys (TradeoffEditorWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (form_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (window_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->tab_direction = GTK_DIR_TAB_FORWARD;
  g_signal_connect_object (self, "notify::focus-widget", G_CALLBACK (focus_changed), self, 0);
}
