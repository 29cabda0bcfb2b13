/* tradeoff-list-focus.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works around GTK before 4.12, where Tab inside a GtkListView or
 * GtkColumnView goes from row to row and never leaves the list: a list of
 * a hundred rows takes a hundred Tabs, and one whose rows hold focusable
 * children keeps the focus for ever.  From GTK 4.12, set
 * GtkListView:tab-behavior (GTK_LIST_TAB_ITEM) instead.
 */

#define G_LOG_DOMAIN "tradeoff-list-focus"

#include "config.h"

#include "tradeoff-list-focus.h"

/**
 * tradeoff_list_focus_leave:
 * @region: the list that holds the focus, or the widget around it and its
 *   heading
 * @direction: %GTK_DIR_TAB_FORWARD or %GTK_DIR_TAB_BACKWARD
 *
 * Moves the focus to the next (or previous) widget outside @region, as if
 * it were not there; past the window's last widget it goes round to the
 * first, as Tab does everywhere else.  (Leave a list's heading out too:
 * GTK 4.8's GtkLabel answers a focus move with %TRUE without taking the
 * focus, so Shift+Tab from the list would stop at its heading.)
 */
void
tradeoff_list_focus_leave (GtkWidget        *region,
                           GtkDirectionType  direction)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (region));

  if (root == NULL)
    return;

  /* A widget that cannot take the focus is passed over, with all inside. */
  gtk_widget_set_can_focus (region, FALSE);
  if (!gtk_widget_child_focus (root, direction))
    {
      gtk_root_set_focus (GTK_ROOT (root), NULL);
      gtk_widget_child_focus (root, direction);
    }
  gtk_widget_set_can_focus (region, TRUE);
}

/* Whether the key is Tab or Shift+Tab, and which way it goes. */
gboolean
tradeoff_list_focus_is_tab (guint             keyval,
                            GdkModifierType   state,
                            GtkDirectionType *direction)
{
  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  *direction = (state & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab
               ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkWidget             *region)
{
  GtkDirectionType direction;

  if (!tradeoff_list_focus_is_tab (keyval, state, &direction))
    return FALSE;

  tradeoff_list_focus_leave (region, direction);
  return TRUE;
}

/**
 * tradeoff_list_focus_one_stop:
 * @list: a list whose rows need no Tab stop each (a read-only table)
 * @region: @list or a widget around it, to leave at once (unowned: it
 *   must hold @list)
 *
 * Makes @list one Tab stop: Tab enters it, the arrow keys move inside it,
 * and the next Tab leaves @region.
 */
void
tradeoff_list_focus_one_stop (GtkWidget *list,
                              GtkWidget *region)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), region);
  gtk_widget_add_controller (list, keys);
}

/**
 * label_list_row:
 * @row: the child of a GtkListView's row
 * @text: what the row shows, in words
 *
 * Names @row, and the list's own row around it, which GTK 4.8 names after
 * its type (GtkListItemWidget) and makes focusable.
 */
void
label_list_row (GtkWidget  *row,
                const char *text)
{
  GtkWidget *list_row = gtk_widget_get_parent (row);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  if (list_row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);
}
