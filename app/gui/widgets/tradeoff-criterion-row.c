/* tradeoff-criterion-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-criterion-row"

#include "config.h"

#include "tradeoff-criterion-row.h"

struct _TradeoffCriterionRow
{
  GtkWidget             parent_instance;

  TradeoffCriteriaLine *line;
  GBinding             *active_binding;

  /* GTK draws a check button as a radio button while it is in a group.
   * Each row's button joins this one, never shown or chosen, when its line
   * is exclusive: which choice excludes which is the advisor's business,
   * and buttons of one group may sit in rows far apart or not exist. */
  GtkWidget            *radio_anchor;

  /* Template widgets */
  GtkLabel             *heading;
  GtkCheckButton       *button;
  GtkLabel             *label;
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
  gtk_widget_set_visible (GTK_WIDGET (self->button), FALSE);
}

static void
show_button (TradeoffCriterionRow *self,
             TradeoffCriteriaLine *line)
{
  const char *text = tradeoff_criteria_line_get_text (line);
  const char *description = tradeoff_criteria_line_get_description (line);

  gtk_label_set_text (self->label, text);
  /* GTK makes the tooltip the description a screen reader reads, and
   * clears both for a line with none ("No preference"). */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);

  /* The group first, so that the binding's first sync draws the right
   * kind of box. */
  gtk_check_button_set_group (self->button,
                              tradeoff_criteria_line_get_exclusive (line)
                              ? GTK_CHECK_BUTTON (self->radio_anchor) : NULL);
  self->active_binding = g_object_bind_property (line, "active", self->button, "active",
                                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  gtk_widget_set_visible (GTK_WIDGET (self->heading), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->button), TRUE);
}

void
tradeoff_criterion_row_set_line (TradeoffCriterionRow *self,
                                 TradeoffCriteriaLine *line)
{
  g_return_if_fail (TRADEOFF_IS_CRITERION_ROW (self));
  g_return_if_fail (line == NULL || TRADEOFF_IS_CRITERIA_LINE (line));

  if (line == self->line)
    return;

  if (self->active_binding != NULL)
    {
      g_binding_unbind (self->active_binding);
      self->active_binding = NULL;
    }
  g_set_object (&self->line, line);

  if (line == NULL)
    ;
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

GtkCheckButton *
tradeoff_criterion_row_get_button (TradeoffCriterionRow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERION_ROW (self), NULL);

  return self->button;
}

static void
tradeoff_criterion_row_dispose (GObject *object)
{
  TradeoffCriterionRow *self = TRADEOFF_CRITERION_ROW (object);
  GtkWidget *child;

  if (self->active_binding != NULL)
    {
      g_binding_unbind (self->active_binding);
      self->active_binding = NULL;
    }
  g_clear_object (&self->line);
  if (self->button != NULL)
    gtk_check_button_set_group (self->button, NULL);
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

  /* Only one child shows at a time. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "criterionrow");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, heading);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, button);
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriterionRow, label);
}

static void
tradeoff_criterion_row_init (TradeoffCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->radio_anchor = g_object_ref_sink (gtk_check_button_new ());
}
