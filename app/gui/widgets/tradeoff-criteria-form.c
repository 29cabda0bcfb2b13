/* tradeoff-criteria-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-criteria-form"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-criteria-form.h"
#include "tradeoff-criteria-line.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-list-grower.h"

struct _TradeoffCriteriaForm
{
  GtkWidget        parent_instance;

  TradeoffAdvisor    *advisor;
  TradeoffListGrower *grower;

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
criteria_heading (gpointer         unused,
                  TradeoffAdvisor *advisor)
{
  const char *heading = NULL;

  if (advisor != NULL)
    heading = tradeoff_comparison_get_criteria_heading (tradeoff_advisor_get_comparison (advisor));

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

/* Space ticks too, as it does on any check box.  GtkListView's rows take
 * Space for selecting, which this list has none of, so the form catches
 * it first. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TradeoffCriteriaForm  *self)
{
  GtkWidget *focus;
  GtkWidget *row;

  if ((keyval != GDK_KEY_space && keyval != GDK_KEY_KP_Space) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  /* The focused row of the list: its child is the line's row widget. */
  focus = gtk_widget_get_focus_child (GTK_WIDGET (self->list_view));
  row = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;
  if (!TRADEOFF_IS_CRITERION_ROW (row))
    return FALSE;

  tradeoff_criteria_line_activate (tradeoff_criterion_row_get_line (TRADEOFF_CRITERION_ROW (row)));
  return TRUE;
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

  if (advisor != NULL)
    lines = tradeoff_criteria_lines_new (advisor);
  tradeoff_list_grower_reset (self->grower);
  gtk_slice_list_model_set_model (self->slice, lines);

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

  return gtk_slice_list_model_get_model (self->slice);
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
  g_clear_object (&self->advisor);
  g_clear_object (&self->grower);
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

  g_type_ensure (TRADEOFF_TYPE_CRITERION_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
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
}
