/* test-window-level.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A criterion's level control, by keyboard only, on a real (Xvfb) display:
 * Right from the box reaches it, named with its criterion and its level;
 * Up and Down keep to it; Left goes back; Tab leaves the list, one region
 * of the window, as before.  The edit button of one's own criterion is
 * the next stop to the right, and only on one's own: a comparison
 * criterion whose id starts with "own-" has none.  The level's menu opens
 * on the criterion's level, announced as the checked item.
 */

#define G_LOG_DOMAIN "test-window-level"

#include "config.h"

#include "tradeoff-criteria-form.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-own-criterion-editor.h"
#include "window-testing.h"

#define DJANGO_TEAM "Our team already has Django expertise"
#define FLASK_TEAM "Our team already has Flask expertise"

static GtkWidget *
focus_of (TradeoffWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  return focus;
}

static TradeoffCriterionRow *
focused_row (TradeoffWindow *window)
{
  GtkWidget *row = gtk_widget_get_ancestor (focus_of (window), TRADEOFF_TYPE_CRITERION_ROW);

  g_assert_nonnull (row);
  return TRADEOFF_CRITERION_ROW (row);
}

static int
focused_part (TradeoffWindow *window)
{
  return tradeoff_criterion_row_part_of (focused_row (window), focus_of (window));
}

static const char *
focused_criterion (TradeoffWindow *window)
{
  TradeoffCriteriaLine *line = tradeoff_criterion_row_get_line (focused_row (window));

  return tradeoff_criterion_get_id (tradeoff_criteria_line_get_criterion (line));
}

static TradeoffLevel
level_of (TradeoffWindow *window,
          const char     *criterion_id)
{
  TradeoffComparison *comparison = tradeoff_window_get_comparison (window);

  return tradeoff_advisor_get_level (tradeoff_window_get_advisor (window),
                                     tradeoff_comparison_find_criterion (comparison, criterion_id));
}

static void
press (TradeoffWindow *window,
       guint           keyval)
{
  g_assert_true (send_key (GTK_WIDGET (window), keyval, 0));
  settle ();
}

/* Tab from nowhere until the focus is on a criterion. */
static void
tab_to_criteria (TradeoffWindow *window)
{
  GtkWidget *form = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_CRITERIA_FORM);

  gtk_root_set_focus (GTK_ROOT (window), NULL);
  settle ();
  for (guint i = 0; i < 12; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus != NULL && gtk_widget_is_ancestor (focus, form))
        return;
      press_tab (GTK_WIDGET (window), FALSE);
    }
  g_assert_not_reached ();
}

static void
test_level_by_keyboard (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkWidget *form = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_CRITERIA_FORM);
  GtkWidget *level;

  tab_to_criteria (window);
  g_assert_cmpstr (focused_criterion (window), ==, "team-knows-django");
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_BOX);

  /* Right: the level control, which says whose it is and what it is. */
  press (window, GDK_KEY_Right);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_LEVEL);
  g_assert_cmpstr (focused_criterion (window), ==, "team-knows-django");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus_of (window)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Importance of “" DJANGO_TEAM "”: not ticked");

  /* 2 on it: matters a lot, ticked, and said so. */
  press (window, GDK_KEY_2);
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_A_LOT);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus_of (window)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Importance of “" DJANGO_TEAM "”: matters a lot");
  level = GTK_WIDGET (tradeoff_criterion_row_get_level (focused_row (window)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (level), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Importance of “" DJANGO_TEAM "”: matters a lot");

  /* Space and Enter on the level are the level's (they open its list),
   * never a toggle of the box. */
  g_assert_false (send_key (GTK_WIDGET (window), GDK_KEY_space, 0));
  g_assert_false (send_key (GTK_WIDGET (window), GDK_KEY_Return, 0));
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_A_LOT);

  /* Nothing further right on a comparison's criterion. */
  press (window, GDK_KEY_Right);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_LEVEL);

  /* Down keeps to the level column; 3 makes it a must-have. */
  press (window, GDK_KEY_Down);
  g_assert_cmpstr (focused_criterion (window), ==, "team-knows-flask");
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_LEVEL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus_of (window)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Importance of “" FLASK_TEAM "”: not ticked");
  press (window, GDK_KEY_3);
  g_assert_cmpint (level_of (window, "team-knows-flask"), ==, TRADEOFF_LEVEL_MUST);
  press (window, GDK_KEY_minus);
  g_assert_cmpint (level_of (window, "team-knows-flask"), ==, TRADEOFF_LEVEL_A_LOT);

  /* Up, then Left back to the box; Space there toggles it. */
  press (window, GDK_KEY_Up);
  g_assert_cmpstr (focused_criterion (window), ==, "team-knows-django");
  press (window, GDK_KEY_Left);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_BOX);
  press (window, GDK_KEY_Left);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_BOX);
  press (window, GDK_KEY_space);
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_OFF);

  /* Tab leaves the list from the level as from the box: the list is one
   * stop of the window's walk. */
  press (window, GDK_KEY_Right);
  press_tab (GTK_WIDGET (window), FALSE);
  g_assert_false (gtk_widget_is_ancestor (focus_of (window), form));
  press_tab (GTK_WIDGET (window), TRUE);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), form));

  close_window (window);
}

/* The items of an open menu: the focusable widgets with a text. */
static void
collect_items (GtkWidget  *widget,
               GtkWidget **items,
               guint      *n_items)
{
  if (gtk_widget_get_focusable (widget) &&
      g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "text") != NULL)
    {
      g_assert_cmpuint (*n_items, <, 3);
      items[(*n_items)++] = widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_items (child, items, n_items);
}

static gboolean
has_menu (gpointer level)
{
  return gtk_menu_button_get_popover (GTK_MENU_BUTTON (level)) != NULL;
}

/* The level's list of choices, open: its keys are its own. */
static void
test_level_list_keys (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkWidget *level;
  GtkWidget *popover;

  tab_to_criteria (window);
  press (window, GDK_KEY_Right);
  level = GTK_WIDGET (tradeoff_criterion_row_get_level (focused_row (window)));
  /* What Space does on the focused button (which clicks at the end of
   * its press). */
  g_assert_true (gtk_widget_activate (focus_of (window)));
  /* The menu is made when the button's click lands, a moment later. */
  g_assert_true (wait_until (has_menu, level));
  popover = find_one (level, GTK_TYPE_POPOVER);
  g_assert_true (wait_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, popover));
  settle ();
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), popover));
  g_assert_false (send_key (GTK_WIDGET (window), GDK_KEY_Down, 0));
  g_assert_false (send_key (GTK_WIDGET (window), GDK_KEY_space, 0));
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_OFF);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle ();

  close_window (window);
}

/* The level's menu, made on first opening: each choice named as a person
 * would say it, choosing one sets the level (and ticks), and undo takes it
 * back. */
static void
test_level_menu_choice (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  const char *names[] = { "Matters", "Matters a lot", "Must have" };
  GtkWidget *level;
  GtkWidget *popover;
  GtkWidget *items[3] = { NULL, };
  guint n_items = 0;

  tab_to_criteria (window);
  press (window, GDK_KEY_Right);
  level = GTK_WIDGET (tradeoff_criterion_row_get_level (focused_row (window)));
  /* No menu until it is first opened. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (level)));
  g_assert_true (gtk_widget_activate (focus_of (window)));
  /* The menu is made when the button's click lands, a moment later. */
  g_assert_true (wait_until (has_menu, level));
  popover = find_one (level, GTK_TYPE_POPOVER);
  g_assert_true (wait_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, popover));
  settle ();

  collect_items (popover, items, &n_items);
  g_assert_cmpuint (n_items, ==, 3);
  /* Each item is named by its own label, and by nothing else: the name a
   * screen reader says is that label's text. */
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = find_one (items[i], GTK_TYPE_LABEL);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, names[i]);
      gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (items[i]), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                           label, NULL);
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (items[i]),
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL));
    }

  /* "Must have", as a click or Enter on it does. */
  g_assert_true (gtk_widget_activate (items[2]));
  settle ();
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_MUST);
  g_assert_true (gtk_check_button_get_active (criterion_button (window, "team-knows-django")));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (level)), ==, "Must have");
  g_assert_true (tradeoff_decision_get_can_undo (decision));
  tradeoff_decision_undo (decision);
  settle ();
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_OFF);

  close_window (window);
}

/* Space on the focused level (the button clicks at the end of its
 * press): the menu, open, with the focus in it. */
static GtkWidget *
open_level_menu (TradeoffWindow *window)
{
  GtkWidget *level = GTK_WIDGET (tradeoff_criterion_row_get_level (focused_row (window)));
  GtkWidget *popover;

  g_assert_true (gtk_widget_activate (focus_of (window)));
  g_assert_true (wait_until (has_menu, level));
  popover = find_one (level, GTK_TYPE_POPOVER);
  g_assert_true (wait_until ((gboolean (*) (gpointer)) gtk_widget_get_visible, popover));
  settle ();
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), popover));

  return popover;
}

static void
assert_checked (GtkWidget *item,
                gboolean   checked)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (item));

  /* GTK 4.8 gives a radio item the role of a menu item and a checked
   * state; later versions the role of a radio item. */
  g_assert_true (role == GTK_ACCESSIBLE_ROLE_MENU_ITEM || role == GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_CHECKED,
                                    checked ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE);
}

/* By keyboard only: the level's menu opens on the level the criterion
 * has, that item focused and announced as the checked radio item, so
 * Enter keeps it; opened again after another level, on that one.  An
 * unticked criterion's opens on "Matters", what a tick gives. */
static void
test_level_menu_opens_on_level (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkWidget *popover;
  GtkWidget *items[3] = { NULL, };
  guint n_items = 0;

  tab_to_criteria (window);
  press (window, GDK_KEY_Right);
  press (window, GDK_KEY_3);
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_MUST);

  popover = open_level_menu (window);
  collect_items (popover, items, &n_items);
  g_assert_cmpuint (n_items, ==, 3);
  g_assert_true (focus_of (window) == items[2]);
  assert_checked (items[0], FALSE);
  assert_checked (items[1], FALSE);
  assert_checked (items[2], TRUE);

  /* Enter on the item the menu opened on: the level as it was. */
  g_assert_true (gtk_widget_activate (focus_of (window)));
  settle ();
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_MUST);

  /* Back to the level: 2, then the menu again, on "Matters a lot". */
  tab_to_criteria (window);
  press (window, GDK_KEY_Right);
  press (window, GDK_KEY_2);
  g_assert_cmpint (level_of (window, "team-knows-django"), ==, TRADEOFF_LEVEL_A_LOT);
  popover = open_level_menu (window);
  g_assert_true (focus_of (window) == items[1]);
  assert_checked (items[1], TRUE);
  assert_checked (items[2], FALSE);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle ();

  /* An unticked criterion's menu: "Matters", nothing checked. */
  tab_to_criteria (window);
  press (window, GDK_KEY_Down);
  press (window, GDK_KEY_Right);
  g_assert_cmpstr (focused_criterion (window), ==, "team-knows-flask");
  popover = open_level_menu (window);
  n_items = 0;
  collect_items (popover, items, &n_items);
  g_assert_cmpuint (n_items, ==, 3);
  g_assert_true (focus_of (window) == items[0]);
  assert_checked (items[0], FALSE);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle ();

  close_window (window);
}

/* One's own criterion: Right, Right reaches its edit button, named. */
static void
test_own_edit_button (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffDecision *decision = tradeoff_window_get_decision (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GtkCheckButton *button;

  id = tradeoff_decision_add_criterion (decision, "Cheap hosting", "project", NULL,
                                        (int[]) { 4, 0 }, 2, &error);
  g_assert_no_error (error);
  settle ();
  button = criterion_button (window, id);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (button)));
  press (window, GDK_KEY_Right);
  press (window, GDK_KEY_Right);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_EDIT);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus_of (window)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Edit “Cheap hosting”");
  /* Enter is the button's. */
  g_assert_false (send_key (GTK_WIDGET (window), GDK_KEY_Return, 0));
  press (window, GDK_KEY_Left);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_LEVEL);

  close_window (window);
}

static gboolean
editor_open (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (TRADEOFF_IS_OWN_CRITERION_EDITOR (toplevel))
        return TRUE;
    }
  return FALSE;
}

/* A comparison's "own-x" is not one's own: no edit button, no editor. */
static void
test_prefixed_id_not_own (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "own-prefixed-ids.tradeoff", NULL);
  TradeoffWindow *window = open_window (settings, path);
  GtkCheckButton *button = criterion_button (window, "own-x");
  TradeoffCriterionRow *row = TRADEOFF_CRITERION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                               TRADEOFF_TYPE_CRITERION_ROW));

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (button)));
  press (window, GDK_KEY_Right);
  press (window, GDK_KEY_Right);
  g_assert_cmpint (focused_part (window), ==, TRADEOFF_CRITERION_ROW_LEVEL);
  g_assert_false (tradeoff_criterion_row_focus_part (row, TRADEOFF_CRITERION_ROW_EDIT));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.own-criterion", "s", "own-x");
  settle ();
  g_assert_false (editor_open ());

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/window-level/by-keyboard", test_level_by_keyboard);
  g_test_add_func ("/tradeoff/window-level/list-keys", test_level_list_keys);
  g_test_add_func ("/tradeoff/window-level/menu-choice", test_level_menu_choice);
  g_test_add_func ("/tradeoff/window-level/menu-opens-on-level", test_level_menu_opens_on_level);
  g_test_add_func ("/tradeoff/window-level/own-edit-button", test_own_edit_button);
  g_test_add_func ("/tradeoff/window-level/prefixed-id-not-own", test_prefixed_id_not_own);

  return g_test_run ();
}
