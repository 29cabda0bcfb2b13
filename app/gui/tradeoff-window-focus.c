/* tradeoff-window-focus.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's Tab order: its regions once each, in reading order (header
 * bar, the error banner, the comparison grid, the FAQ search, the FAQ, the
 * criteria, the advice, the toast at the foot), round and round, Shift+Tab
 * backwards.  Within a
 * list the arrow keys move; Tab goes on to the next region.
 *
 * GTK's own focus chain cannot be left to do this here: before 4.12 a
 * list keeps Tab among its rows, and its sort by position mixes the
 * regions of two columns.  So the window moves between regions itself and
 * leaves the moves inside a region to GTK.
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-list-focus.h"
#include "tradeoff-window-private.h"

typedef enum
{
  REGION_HEADER,
  REGION_MESSAGES,
  REGION_GRID,
  REGION_SEARCH,
  REGION_FAQ,
  REGION_CRITERIA,
  REGION_ADVICE,
  REGION_TOAST,
  N_REGIONS
} Region;

static GtkWidget *
region_widget (TradeoffWindow *self,
               Region          region)
{
  switch (region)
    {
    case REGION_HEADER:
      return self->header_bar;
    case REGION_MESSAGES:
      return self->messages;
    case REGION_GRID:
      return self->grid;
    case REGION_SEARCH:
      return GTK_WIDGET (self->search_entry);
    case REGION_FAQ:
      return self->faq_view;
    case REGION_CRITERIA:
      return self->criteria_form;
    case REGION_TOAST:
      return GTK_WIDGET (self->toast);
    case REGION_ADVICE:
    case N_REGIONS:
    default:
      return self->advice_scroller;
    }
}

static int
focused_region (TradeoffWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return -1;

  /* The search is inside the FAQ view: look at it first. */
  if (focus == region_widget (self, REGION_SEARCH) ||
      gtk_widget_is_ancestor (focus, region_widget (self, REGION_SEARCH)))
    return REGION_SEARCH;

  for (int r = 0; r < N_REGIONS; r++)
    if (focus == region_widget (self, r) || gtk_widget_is_ancestor (focus, region_widget (self, r)))
      return r;

  return -1;
}

/* Regions with several stops (the header bar's buttons, the advice's
 * rows) let GTK move inside them first. */
static gboolean
several_stops (Region region)
{
  return region == REGION_HEADER || region == REGION_MESSAGES || region == REGION_ADVICE ||
         region == REGION_TOAST;
}

static gboolean
enter_region (TradeoffWindow   *self,
              Region            region,
              GtkDirectionType  direction)
{
  GtkWidget *widget = region_widget (self, region);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  switch (region)
    {
    case REGION_SEARCH:
      return gtk_widget_grab_focus (widget);

    case REGION_FAQ:
      return tradeoff_faq_view_focus_questions (TRADEOFF_FAQ_VIEW (widget), direction);

    case REGION_CRITERIA:
      return tradeoff_criteria_form_focus_criteria (TRADEOFF_CRITERIA_FORM (widget), direction);

    case REGION_HEADER:
    case REGION_MESSAGES:
    case REGION_GRID:
    case REGION_ADVICE:
    case REGION_TOAST:
    case N_REGIONS:
    default:
      return gtk_widget_child_focus (widget, direction);
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TradeoffWindow        *self)
{
  GtkDirectionType direction;
  int step, region;

  if (!tradeoff_list_focus_is_tab (keyval, state, &direction))
    return FALSE;

  step = direction == GTK_DIR_TAB_FORWARD ? 1 : -1;
  region = focused_region (self);
  if (region >= 0 && several_stops (region) &&
      gtk_widget_child_focus (region_widget (self, region), direction))
    return TRUE;

  if (region < 0)
    region = step > 0 ? -1 : N_REGIONS;
  for (int i = 1; i <= N_REGIONS; i++)
    {
      int next = ((region + step * i) % N_REGIONS + N_REGIONS) % N_REGIONS;

      if (enter_region (self, next, direction))
        return TRUE;
    }

  return FALSE;
}

void
_tradeoff_window_init_focus (TradeoffWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
