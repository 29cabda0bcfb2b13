/* tradeoff-drop-down-name.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkDropDown's own toggle button is what takes the focus, so it is what
 * a screen reader names; GTK 4.8 names it after its type
 * ("GtkToggleButton").  The dialogs' field labels name it instead.
 */

#define G_LOG_DOMAIN "tradeoff-drop-down-name"

#include "config.h"

#include "tradeoff-drop-down-name-private.h"

/* Names @control's button by @label; does nothing unless @control is a
 * GtkDropDown, so a form can call it for every field. */
void
_tradeoff_drop_down_name_by (GtkWidget *control,
                             GtkWidget *label)
{
  if (!GTK_IS_DROP_DOWN (control))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (control);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      -1);
}
