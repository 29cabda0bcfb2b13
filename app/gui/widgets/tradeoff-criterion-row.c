/* tradeoff-criterion-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-criterion-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-criterion-row.h"
#include "tradeoff-hover-tooltip.h"
#include "tradeoff-level.h"
#include "tradeoff-list-focus.h"
#include "tradeoff-pane-layout.h"

struct _TradeoffCriterionRow
{
  GtkWidget             parent_instance;

  TradeoffCriteriaLine *line;
  /* From the line: its active, both ways, to the check or the radio
   * button, whichever shows it (a group's targets are fixed, so one each). */
  GBindingGroup        *check_bindings;
  GBindingGroup        *radio_bindings;
  /* The line's tick, whose level the level button shows and sets. */
  TradeoffTick         *tick;
  GSignalGroup         *tick_signals;
  /* The line's text and description, which an edit of the comparison
   * changes without a new line (_tradeoff_criteria_lines_follow()). */
  GSignalGroup         *line_signals;

  /* GTK draws a check button as a radio button while it is in a group.
   * Each row's button joins this one, never shown or chosen, when its line
   * is exclusive: which choice excludes which is the advisor's business,
   * and buttons of one group may sit in rows far apart or not exist. */
  GtkWidget            *radio_anchor;

  /* The button showing, check or radio. */
  GtkCheckButton       *button;
  /* Said after the effect while the button has the focus: the verdict its
   * last toggle gave (GTK before 4.14 cannot announce it otherwise). */
  char                 *note;
  /* Whether the row is marked as one whose toggle would change the advice:
   * the mark and the description change only when this does, as every
   * change of the advice refreshes every row shown. */
  gboolean              marked;

  /* Template widgets */
  GtkLabel             *heading;
  GtkCheckButton       *check;
  GtkCheckButton       *radio;
  GtkWidget            *content;
  GtkLabel             *label;
  GtkLabel             *effect;
  GtkLabel             *marker;
  GtkMenuButton        *level;
  GtkWidget            *edit;
  /* The menu button's own toggle button, which takes the focus for it. */
  GtkWidget            *level_button;
  /* The level's choices, as the stateful action "criterion.level" (an
   * int32, the level; 0 unticked): made with the menu, on first opening. */
  GSimpleAction        *level_action;
};

G_DEFINE_FINAL_TYPE (TradeoffCriterionRow, tradeoff_criterion_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_heading (TradeoffCriterionRow *self,
              const char           *text)
{
  gtk_label_set_text (self->heading, text);
  gtk_widget_set_visible (GTK_WIDGET (self->heading), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->check), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->radio), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->level), FALSE);
  gtk_widget_set_visible (self->edit, FALSE);
  self->button = NULL;
}

/* The level control's name for a screen reader. */
static char *
level_name (TradeoffLevel  level,
            const char    *label)
{
  switch (level)
    {
    case TRADEOFF_LEVEL_MATTERS:
      /* Translators: the name of a criterion's level control for a screen
       * reader; %s is the criterion's label. */
      return g_strdup_printf (_("Importance of “%s”: matters"), label);
    case TRADEOFF_LEVEL_A_LOT:
      /* Translators: see "Importance of “%s”: matters". */
      return g_strdup_printf (_("Importance of “%s”: matters a lot"), label);
    case TRADEOFF_LEVEL_MUST:
      /* Translators: see "Importance of “%s”: matters". */
      return g_strdup_printf (_("Importance of “%s”: must have"), label);
    case TRADEOFF_LEVEL_OFF:
    default:
      /* Translators: see "Importance of “%s”: matters". */
      return g_strdup_printf (_("Importance of “%s”: not ticked"), label);
    }
}

/* The level button is as wide as its widest level, whatever it shows:
 * choosing "Matters a lot" moves nothing on the row, the rows' levels line
 * up, and no tick makes the criteria pane wider (with long option names
 * at 1280 px, that pushed the advice off the screen).  Measured for the
 * first row shown, and again only when the fonts change. */
static void
keep_level_width (TradeoffCriterionRow *self)
{
  static int widest = -1;
  static guint widest_serial;
  /* The translation measured: tests switch languages in one process. */
  static const char *widest_text;
  GtkWidget *button = GTK_WIDGET (self->level);
  PangoContext *context;

  if (gtk_widget_get_root (button) == NULL || !gtk_widget_get_visible (button))
    return;

  context = gtk_widget_get_pango_context (button);
  if (widest < 0 || pango_context_get_serial (context) != widest_serial ||
      g_strcmp0 (widest_text, tradeoff_level_describe (TRADEOFF_LEVEL_A_LOT)) != 0)
    {
      g_autofree char *shown = g_strdup (gtk_menu_button_get_label (self->level));

      widest = 0;
      gtk_widget_set_size_request (button, -1, -1);
      for (int level = TRADEOFF_LEVEL_MATTERS; level <= TRADEOFF_LEVEL_LAST; level++)
        {
          int natural;

          gtk_menu_button_set_label (self->level, tradeoff_level_describe (level));
          gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          widest = MAX (widest, natural);
        }
      gtk_menu_button_set_label (self->level, shown != NULL ? shown : "");
      widest_serial = pango_context_get_serial (context);
      widest_text = tradeoff_level_describe (TRADEOFF_LEVEL_A_LOT);
      /* As show_level() does after each new text. */
      if (self->level_button != NULL)
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->level_button),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
  gtk_widget_set_size_request (button, widest, -1);
}

/* The button shows the level; an unticked criterion shows "Matters", what
 * a tick gives it, dimmed.  The menu, if made, marks the level itself
 * (none when unticked). */
static void
show_level (TradeoffCriterionRow *self)
{
  TradeoffLevel level = tradeoff_tick_get_level (self->tick);
  const char *text = tradeoff_level_describe (MAX (level, TRADEOFF_LEVEL_MATTERS));
  g_autofree char *name = NULL;

  if (g_strcmp0 (gtk_menu_button_get_label (self->level), text) != 0)
    {
      gtk_menu_button_set_label (self->level, text);
      /* GTK labels the button by its text as well as by the name below,
       * which already says the level: "…: not ticked Matters". */
      if (self->level_button != NULL)
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->level_button),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
  keep_level_width (self);
  gtk_widget_set_opacity (GTK_WIDGET (self->level), level == TRADEOFF_LEVEL_OFF ? 0.55 : 1.0);
  if (self->level_action != NULL)
    g_simple_action_set_state (self->level_action, g_variant_new_int32 (level));

  /* The level is in the name, as GTK 4.8 gives a button's text to no
   * screen reader. */
  name = level_name (level, gtk_label_get_text (self->label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  if (self->level_button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Space opens the levels; 1, 2, 3, + and − set it"),
                                    -1);
}

/* A choice in the level's menu: that level, ticked. */
static void
on_level_chosen (GSimpleAction        *action,
                 GVariant             *value,
                 TradeoffCriterionRow *self)
{
  int level = g_variant_get_int32 (value);

  if (self->tick == NULL || level < TRADEOFF_LEVEL_MATTERS || level > TRADEOFF_LEVEL_MUST)
    return;

  tradeoff_tick_set_level (self->tick, level);
}

/* The menu's item @to_skip, in the order the menu was made: GTK 4.8 gives
 * no way to an item of a menu made from a model but its widget, in a tree
 * of boxes and stacks.  (GTK 4.8 gives a radio item the role of a menu
 * item, with a checked state; later versions that of a radio item.) */
static GtkWidget *
find_level_item (GtkWidget *widget,
                 int       *to_skip)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (role == GTK_ACCESSIBLE_ROLE_MENU_ITEM || role == GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO)
    return (*to_skip)-- == 0 ? widget : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *item = find_level_item (child, to_skip);

      if (item != NULL)
        return item;
    }

  return NULL;
}

/* The menu opens on the level the criterion has, as a list opens on its
 * selection: GTK focuses the first item, so Enter on an opened "Must have"
 * made it "Matters", and a screen reader heard the wrong choice first.
 * An unticked criterion opens on "Matters", what a tick gives. */
static void
focus_current_level (TradeoffCriterionRow *self,
                     GtkWidget            *popover)
{
  int to_skip;
  GtkWidget *item;

  if (self->tick == NULL)
    return;

  to_skip = MAX (tradeoff_tick_get_level (self->tick), TRADEOFF_LEVEL_MATTERS) - TRADEOFF_LEVEL_MATTERS;
  item = find_level_item (popover, &to_skip);
  if (item != NULL)
    gtk_widget_grab_focus (item);
}

/* The menu, made when the button is first opened: until then a row costs
 * a menu button and its label, where a GtkDropDown made a popover, a list
 * view and a factory for each row before the first frame. */
static void
make_level_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  TradeoffCriterionRow *self = user_data;
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GSimpleActionGroup) group = NULL;
  GtkWidget *popover;

  if (self->level_action != NULL)
    return;

  self->level_action = g_simple_action_new_stateful ("level", G_VARIANT_TYPE_INT32,
                                                     g_variant_new_int32 (TRADEOFF_LEVEL_OFF));
  g_signal_connect (self->level_action, "change-state", G_CALLBACK (on_level_chosen), self);
  group = g_simple_action_group_new ();
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (self->level_action));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "criterion", G_ACTION_GROUP (group));

  menu = g_menu_new ();
  for (int level = TRADEOFF_LEVEL_MATTERS; level <= TRADEOFF_LEVEL_MUST; level++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (tradeoff_level_describe (level), NULL);

      g_menu_item_set_action_and_target_value (item, "criterion.level", g_variant_new_int32 (level));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  /* Its items are named by their labels; the menu itself would be
   * announced by its type name. */
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("How much it matters"),
                                  -1);
  /* After GTK's own focusing of the first item, at each opening. */
  g_signal_connect_object (popover, "show", G_CALLBACK (focus_current_level), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  if (self->tick != NULL)
    show_level (self);
}

/* On the focused row: 1, 2, 3 choose a level, + and − step it.  The list
 * calls this for its focused row (see tradeoff-criteria-form.c). */
gboolean
tradeoff_criterion_row_level_key (TradeoffCriterionRow *self,
                                  guint                 keyval,
                                  GdkModifierType       state)
{
  TradeoffLevel level;

  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), FALSE);

  if (self->tick == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  level = MAX (tradeoff_tick_get_level (self->tick), TRADEOFF_LEVEL_MATTERS);
  switch (keyval)
    {
    case GDK_KEY_1: case GDK_KEY_KP_1:
      level = TRADEOFF_LEVEL_MATTERS;
      break;
    case GDK_KEY_2: case GDK_KEY_KP_2:
      level = TRADEOFF_LEVEL_A_LOT;
      break;
    case GDK_KEY_3: case GDK_KEY_KP_3:
      level = TRADEOFF_LEVEL_MUST;
      break;
    case GDK_KEY_plus: case GDK_KEY_KP_Add:
      level = MIN (level + 1, TRADEOFF_LEVEL_MUST);
      break;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      level = MAX (level - 1, TRADEOFF_LEVEL_MATTERS);
      break;
    default:
      return FALSE;
    }

  tradeoff_tick_set_level (self->tick, level);
  return TRUE;
}

static void
unbind_line (TradeoffCriterionRow *self)
{
  if (self->check_bindings != NULL)
    g_binding_group_set_source (self->check_bindings, NULL);
  if (self->radio_bindings != NULL)
    g_binding_group_set_source (self->radio_bindings, NULL);
}

static void
clear_tick (TradeoffCriterionRow *self)
{
  if (self->tick_signals != NULL)
    g_signal_group_set_target (self->tick_signals, NULL);
  g_clear_object (&self->tick);
}

/* The level control, and an edit button on one's own criteria. */
static void
show_level_controls (TradeoffCriterionRow *self,
                     TradeoffCriteriaLine *line)
{
  TradeoffCriterion *criterion;
  const char *id;
  g_autofree char *name = NULL;

  self->tick = tradeoff_criteria_line_get_tick (line);
  /* "No preference" has no level of its own. */
  gtk_widget_set_visible (GTK_WIDGET (self->level), self->tick != NULL);
  gtk_widget_set_visible (self->edit, FALSE);
  if (self->tick == NULL)
    return;

  g_object_ref (self->tick);
  g_signal_group_set_target (self->tick_signals, self->tick);
  show_level (self);

  /* Whose criterion it is, never what its id looks like: a comparison may
   * well name one of its own "own-1". */
  criterion = tradeoff_criteria_line_get_criterion (line);
  id = tradeoff_criterion_get_id (criterion);
  gtk_widget_set_visible (self->edit, tradeoff_criterion_get_own (criterion));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit), "win.own-criterion");
  /* Translators: %s is the label of a criterion of one's own. */
  name = g_strdup_printf (_("Edit “%s”"), gtk_label_get_text (self->label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* What a screen reader says after the label and the state: the effect,
 * whether it would change the advice, the note, and why it matters. */
static void
update_description (TradeoffCriterionRow *self)
{
  g_autoptr(GString) text = g_string_new (gtk_label_get_text (self->effect));
  const char *rationale = tradeoff_criteria_line_get_description (self->line);

  if (self->button == NULL)
    return;

  if (self->marked)
    g_string_append_printf (text, text->len > 0 ? "; %s" : "%s", _("would change the advice"));
  if (self->note != NULL)
    g_string_append_printf (text, text->len > 0 ? ". %s" : "%s", self->note);
  if (rationale != NULL && *rationale != '\0')
    g_string_append_printf (text, text->len > 0 ? ". %s" : "%s", rationale);

  if (text->len == 0)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                    -1);
}

/* The longest effect of one option kept on one line: "+2 PostgreSQL"
 * and "+3 Ruby on Rails" never break.  A longer one breaks between the
 * words of the option's name, never between the number and the name:
 * kept whole, "+2 MySQL Community Edition" made the row, and with it the
 * window, wider than a 1280 px screen (tests/test-window-fit.c). */
#define EFFECT_WHOLE_CHARS 14

/* "+2 PostgreSQL, −2 SQLite" wraps between the options, and inside an
 * option's effect only where it is too long to keep whole. */
static char *
keep_effects_whole (const char *effect)
{
  g_auto(GStrv) items = g_strsplit (effect, ", ", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      GString *item = g_string_new (items[i]);
      /* Every space of a short one; only the one after the number of a
       * long one. */
      guint limit = g_utf8_strlen (item->str, -1) <= EFFECT_WHOLE_CHARS ? 0 : 1;

      g_string_replace (item, " ", "\u00a0", limit);
      g_free (items[i]);
      items[i] = g_string_free (item, FALSE);
    }

  return g_strjoinv (", ", items);
}

static void
show_button (TradeoffCriterionRow *self,
             TradeoffCriteriaLine *line)
{
  const char *text = tradeoff_criteria_line_get_text (line);
  g_autofree char *raw_effect = tradeoff_criteria_line_dup_effect (line);
  g_autofree char *effect = raw_effect != NULL ? keep_effects_whole (raw_effect) : NULL;
  gboolean exclusive = tradeoff_criteria_line_get_exclusive (line);
  GtkCheckButton *button = exclusive ? self->radio : self->check;
  GtkCheckButton *other = exclusive ? self->check : self->radio;

  if (gtk_check_button_get_child (button) != self->content)
    {
      g_object_ref (self->content);
      gtk_check_button_set_child (other, NULL);
      gtk_check_button_set_child (button, self->content);
      g_object_unref (self->content);
    }
  self->button = button;
  gtk_widget_set_visible (GTK_WIDGET (other), FALSE);

  gtk_label_set_text (self->label, text);
  gtk_label_set_text (self->effect, effect != NULL ? effect : "");
  self->marked = tradeoff_criteria_line_get_would_change (line);
  gtk_widget_set_opacity (GTK_WIDGET (self->marker), self->marked ? 1.0 : 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->effect), effect != NULL);
  g_clear_pointer (&self->note, g_free);
  /* The rationale as a tooltip for a pointer the person moves; the
   * description a screen reader hears is set after, as the tooltip's
   * text is made it. */
  tradeoff_hover_tooltip_set_text (GTK_WIDGET (button), tradeoff_criteria_line_get_description (line));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  update_description (self);

  /* The group first, so that the binding's first sync draws the right
   * kind of box. */
  gtk_check_button_set_group (button, exclusive ? GTK_CHECK_BUTTON (self->radio_anchor) : NULL);
  g_binding_group_set_source (exclusive ? self->radio_bindings : self->check_bindings, line);

  gtk_widget_set_visible (GTK_WIDGET (self->heading), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (button), TRUE);
  show_level_controls (self, line);
}

/* The line's heading, label or rationale was edited: only the texts that
 * show them are set again, not the whole row. */
static void
show_text (TradeoffCriterionRow *self)
{
  const char *text = tradeoff_criteria_line_get_text (self->line);

  label_list_row (GTK_WIDGET (self), text);
  if (self->button == NULL)
    {
      gtk_label_set_text (self->heading, text);
      return;
    }

  gtk_label_set_text (self->label, text);
  /* The tooltip first: its text is made the description, set after. */
  tradeoff_hover_tooltip_set_text (GTK_WIDGET (self->button), tradeoff_criteria_line_get_description (self->line));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  update_description (self);
  /* The level control's name says the label. */
  if (self->tick != NULL)
    show_level (self);
}

/**
 * tradeoff_criterion_row_refresh_effect:
 *
 * Shows the effect again, if it changed: it names the options, which an
 * edit of the comparison may have renamed without a new advisor.
 */
void
tradeoff_criterion_row_refresh_effect (TradeoffCriterionRow *self)
{
  g_autofree char *raw_effect = NULL;
  g_autofree char *effect = NULL;

  g_return_if_fail (TRADEOFF_IS_CRITERION_ROW (self));

  if (self->line == NULL || self->button == NULL)
    return;

  raw_effect = tradeoff_criteria_line_dup_effect (self->line);
  effect = raw_effect != NULL ? keep_effects_whole (raw_effect) : g_strdup ("");
  if (g_strcmp0 (effect, gtk_label_get_text (self->effect)) == 0)
    return;

  gtk_label_set_text (self->effect, effect);
  gtk_widget_set_visible (GTK_WIDGET (self->effect), raw_effect != NULL);
  update_description (self);
}

/**
 * tradeoff_criterion_row_refresh:
 *
 * Marks the row if a toggle of its criterion would now change the advice.
 * The form calls this on the rows it shows when the advice changed.
 */
void
tradeoff_criterion_row_refresh (TradeoffCriterionRow *self)
{
  gboolean would_change;

  g_return_if_fail (TRADEOFF_IS_CRITERION_ROW (self));

  if (self->line == NULL || self->button == NULL)
    return;

  would_change = tradeoff_criteria_line_get_would_change (self->line);
  if (would_change == self->marked)
    return;

  self->marked = would_change;
  gtk_widget_set_opacity (GTK_WIDGET (self->marker), would_change ? 1.0 : 0.0);
  update_description (self);
}

/**
 * tradeoff_criterion_row_set_note:
 * @note: (nullable): the new verdict, as a sentence
 *
 * Adds @note to what the row reports to a screen reader, until the row
 * shows another line.  On GTK 4.8 this is how a person ticking with a
 * screen reader hears the verdict change without moving.
 */
void
tradeoff_criterion_row_set_note (TradeoffCriterionRow *self,
                                 const char           *note)
{
  g_return_if_fail (TRADEOFF_IS_CRITERION_ROW (self));

  if (g_strcmp0 (note, self->note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  update_description (self);
}

void
tradeoff_criterion_row_set_line (TradeoffCriterionRow *self,
                                 TradeoffCriteriaLine *line)
{
  g_return_if_fail (TRADEOFF_IS_CRITERION_ROW (self));
  g_return_if_fail (line == NULL || TRADEOFF_IS_CRITERIA_LINE (line));

  if (line == self->line)
    return;

  unbind_line (self);
  clear_tick (self);
  g_set_object (&self->line, line);
  g_signal_group_set_target (self->line_signals, line);

  if (line != NULL)
    label_list_row (GTK_WIDGET (self), tradeoff_criteria_line_get_text (line));

  if (line == NULL)
    self->button = NULL;
  else if (tradeoff_criteria_line_get_kind (line) == TRADEOFF_CRITERIA_LINE_HEADING)
    show_heading (self, tradeoff_criteria_line_get_text (line));
  else
    show_button (self, line);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

TradeoffCriteriaLine *
tradeoff_criterion_row_get_line (TradeoffCriterionRow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), NULL);

  return self->line;
}

GtkWidget *
tradeoff_criterion_row_get_level (TradeoffCriterionRow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), NULL);

  return GTK_WIDGET (self->level);
}

GtkCheckButton *
tradeoff_criterion_row_get_button (TradeoffCriterionRow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), NULL);

  return self->button;
}

static GtkWidget *
part_widget (TradeoffCriterionRow     *self,
             TradeoffCriterionRowPart  part)
{
  switch (part)
    {
    case TRADEOFF_CRITERION_ROW_BOX:
      return self->button != NULL ? GTK_WIDGET (self->button) : NULL;
    case TRADEOFF_CRITERION_ROW_LEVEL:
      return GTK_WIDGET (self->level);
    case TRADEOFF_CRITERION_ROW_EDIT:
      return self->edit;
    case TRADEOFF_CRITERION_ROW_N_PARTS:
    default:
      return NULL;
    }
}

int
tradeoff_criterion_row_part_of (TradeoffCriterionRow *self,
                                GtkWidget            *widget)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), -1);

  for (int part = 0; part < TRADEOFF_CRITERION_ROW_N_PARTS; part++)
    {
      GtkWidget *shown = part_widget (self, part);

      if (shown != NULL && widget != NULL &&
          (widget == shown || gtk_widget_is_ancestor (widget, shown)))
        return part;
    }

  return -1;
}

gboolean
tradeoff_criterion_row_focus_part (TradeoffCriterionRow     *self,
                                   TradeoffCriterionRowPart  part)
{
  GtkWidget *widget;

  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), FALSE);

  widget = part_widget (self, part);
  if (self->button == NULL || widget == NULL || !gtk_widget_get_visible (widget))
    return FALSE;

  return gtk_widget_grab_focus (part == TRADEOFF_CRITERION_ROW_LEVEL && self->level_button != NULL
                                ? self->level_button : widget);
}

static void
tradeoff_criterion_row_dispose (GObject *object)
{
  TradeoffCriterionRow *self = TRADEOFF_CRITERION_ROW (object);
  GtkWidget *child;

  unbind_line (self);
  g_clear_object (&self->check_bindings);
  g_clear_object (&self->radio_bindings);
  clear_tick (self);
  g_clear_object (&self->tick_signals);
  if (self->line_signals != NULL)
    g_signal_group_set_target (self->line_signals, NULL);
  g_clear_object (&self->line_signals);
  if (self->level_action != NULL)
    g_signal_handlers_disconnect_by_data (self->level_action, self);
  g_clear_object (&self->level_action);
  g_clear_object (&self->line);
  g_clear_pointer (&self->note, g_free);
  if (self->radio != NULL)
    gtk_check_button_set_group (self->radio, NULL);
  g_clear_object (&self->radio_anchor);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_CRITERION_ROW);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tradeoff_criterion_row_parent_class)->dispose (object);
}

static void
tradeoff_criterion_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TradeoffCriterionRow *self = TRADEOFF_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_object (value, self->line);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criterion_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TradeoffCriterionRow *self = TRADEOFF_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE:
      tradeoff_criterion_row_set_line (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criterion_row_class_init (TradeoffCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_criterion_row_dispose;
  object_class->get_property = tradeoff_criterion_row_get_property;
  object_class->set_property = tradeoff_criterion_row_set_property;

  properties[PROP_LINE] =
    g_param_spec_object ("line", NULL, NULL,
                         TRADEOFF_TYPE_CRITERIA_LINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* One of heading, check and radio shows, with the level after a box.
   * Placed as a horizontal box would, without the box's search for the
   * height at which they fit, which laid each row's wrapped text out at
   * a dozen widths for every height it tried (tradeoff-pane-layout.h). */
  gtk_widget_class_set_layout_manager_type (widget_class, TRADEOFF_TYPE_PANE_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "criterionrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, heading);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, check);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, radio);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, content);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, label);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, effect);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, marker);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, level);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, edit);
}

static void
tradeoff_criterion_row_init (TradeoffCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tradeoff_pane_layout_set_spacing (TRADEOFF_PANE_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_menu_button_set_create_popup_func (self->level, make_level_menu, self, NULL);
  /* The menu button's own toggle button takes the focus for it: not a Tab
   * stop (the list is one region, see tradeoff-criteria-form.c), but Right
   * from the box reaches it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->level));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      self->level_button = child;
  self->radio_anchor = g_object_ref_sink (gtk_check_button_new ());

  self->check_bindings = g_binding_group_new ();
  g_binding_group_bind (self->check_bindings, "active", self->check, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->radio_bindings = g_binding_group_new ();
  g_binding_group_bind (self->radio_bindings, "active", self->radio, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->tick_signals = g_signal_group_new (TRADEOFF_TYPE_TICK);
  g_signal_group_connect_swapped (self->tick_signals, "notify::level",
                                  G_CALLBACK (show_level), self);
  self->line_signals = g_signal_group_new (TRADEOFF_TYPE_CRITERIA_LINE);
  g_signal_group_connect_swapped (self->line_signals, "notify::text",
                                  G_CALLBACK (show_text), self);
  g_signal_group_connect_swapped (self->line_signals, "notify::description",
                                  G_CALLBACK (show_text), self);
}
