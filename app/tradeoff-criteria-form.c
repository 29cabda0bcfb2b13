/* tradeoff-criteria-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-criteria-form"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-criteria-form.h"

struct _TradeoffCriteriaForm
{
  GtkWidget        parent_instance;

  TradeoffAdvisor *advisor;

  /* Template widgets */
  GtkBox          *groups_box;
};

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

static GtkWidget *
wrapping_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  /* Data text is shown as it is, never as markup. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);

  return label;
}

static GtkWidget *
criterion_button (TradeoffCriterion *criterion,
                  TradeoffTick      *tick)
{
  const char *label = tradeoff_criterion_get_label (criterion);
  const char *rationale = tradeoff_criterion_get_rationale (criterion);
  GtkWidget *button = gtk_check_button_new ();

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), wrapping_label (label));
  gtk_widget_set_tooltip_text (button, rationale);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rationale,
                                  -1);

  /* The tick is the truth: the button follows it when the advisor changes
   * it (reset, an exclusive neighbour, restored ticks), and sets it when
   * clicked.  The binding goes when either side does. */
  g_object_bind_property (tick, "ticked", button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  return button;
}

/* "No preference" is on exactly when nothing else in its group is. */
static void
update_no_preference (GtkCheckButton *none)
{
  GPtrArray *ticks = g_object_get_data (G_OBJECT (none), "tradeoff-ticks");
  gboolean any = FALSE;

  for (guint i = 0; i < ticks->len && !any; i++)
    any = tradeoff_tick_get_ticked (g_ptr_array_index (ticks, i));

  gtk_check_button_set_active (none, !any);
}

static GtkWidget *
no_preference_button (GPtrArray *ticks)
{
  GtkWidget *none = gtk_check_button_new ();

  gtk_check_button_set_child (GTK_CHECK_BUTTON (none), wrapping_label (_("No preference")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (none),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("No preference"),
                                  -1);

  g_object_set_data_full (G_OBJECT (none), "tradeoff-ticks",
                          g_ptr_array_ref (ticks), (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < ticks->len; i++)
    g_signal_connect_object (g_ptr_array_index (ticks, i), "notify::ticked",
                             G_CALLBACK (update_no_preference), none,
                             G_CONNECT_SWAPPED);

  return none;
}

static GtkWidget *
group_box (TradeoffCriterionGroup *group,
           GListModel             *ticks)
{
  GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
  guint n = g_list_model_get_n_items (criteria);
  gboolean exclusive = tradeoff_criterion_group_get_exclusive (group);
  g_autoptr(GPtrArray) group_ticks = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 2,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 NULL);
  GtkWidget *label = wrapping_label (tradeoff_criterion_group_get_label (group));
  GtkWidget *first = NULL;

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "criteria-group-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, i);
      TradeoffTick *tick = g_list_model_get_item (ticks, tradeoff_criterion_get_index (criterion));
      GtkWidget *button = criterion_button (criterion, tick);

      g_ptr_array_add (group_ticks, tick);
      if (exclusive && first != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), GTK_CHECK_BUTTON (first));
      else if (exclusive)
        first = button;
      gtk_box_append (GTK_BOX (box), button);
    }

  if (exclusive && first != NULL)
    {
      GtkWidget *none = no_preference_button (group_ticks);

      gtk_check_button_set_group (GTK_CHECK_BUTTON (none), GTK_CHECK_BUTTON (first));
      update_no_preference (GTK_CHECK_BUTTON (none));
      gtk_box_append (GTK_BOX (box), none);
    }

  return box;
}

static void
rebuild (TradeoffCriteriaForm *self)
{
  GtkWidget *child;
  TradeoffComparison *comparison;
  GListModel *groups;
  GListModel *ticks;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  if (self->advisor == NULL)
    return;

  comparison = tradeoff_advisor_get_comparison (self->advisor);
  groups = tradeoff_comparison_get_groups (comparison);
  ticks = tradeoff_advisor_get_ticks (self->advisor);
  n = g_list_model_get_n_items (groups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      if (g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (group)) > 0)
        gtk_box_append (self->groups_box, group_box (group, ticks));
    }
}

void
tradeoff_criteria_form_set_advisor (TradeoffCriteriaForm *self,
                                    TradeoffAdvisor      *advisor)
{
  g_return_if_fail (TRADEOFF_IS_CRITERIA_FORM (self));
  g_return_if_fail (advisor == NULL || TRADEOFF_IS_ADVISOR (advisor));

  if (!g_set_object (&self->advisor, advisor))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
}

TradeoffAdvisor *
tradeoff_criteria_form_get_advisor (TradeoffCriteriaForm *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_FORM (self), NULL);

  return self->advisor;
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
  gtk_widget_class_bind_template_child (widget_class, TradeoffCriteriaForm, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, criteria_heading);
}

static void
tradeoff_criteria_form_init (TradeoffCriteriaForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
