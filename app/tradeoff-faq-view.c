/* tradeoff-faq-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-faq-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-faq-row.h"
#include "tradeoff-faq-view.h"

struct _TradeoffFaqView
{
  GtkWidget           parent_instance;

  TradeoffComparison *comparison;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkFilterListModel *filter_model;
};

G_DEFINE_FINAL_TYPE (TradeoffFaqView, tradeoff_faq_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
faq_heading (gpointer            unused,
             TradeoffComparison *comparison)
{
  const char *heading = comparison != NULL ? tradeoff_comparison_get_faq_heading (comparison) : NULL;

  if (heading == NULL || *heading == '\0')
    return g_strdup (_("Frequently Asked Questions"));

  return g_strdup (heading);
}

static GListModel *
comparison_faq (gpointer            unused,
                TradeoffComparison *comparison)
{
  return comparison != NULL ? g_object_ref (tradeoff_comparison_get_faq (comparison)) : NULL;
}

static char *
results_page (gpointer unused,
              guint    n_results)
{
  return g_strdup (n_results > 0 ? "results" : "empty");
}

void
tradeoff_faq_view_set_comparison (TradeoffFaqView    *self,
                                  TradeoffComparison *comparison)
{
  g_return_if_fail (TRADEOFF_IS_FAQ_VIEW (self));
  g_return_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison));

  if (!g_set_object (&self->comparison, comparison))
    return;

  /* A search typed for another comparison means nothing in this one. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

TradeoffComparison *
tradeoff_faq_view_get_comparison (TradeoffFaqView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_VIEW (self), NULL);

  return self->comparison;
}

GListModel *
tradeoff_faq_view_get_results (TradeoffFaqView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_VIEW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

void
tradeoff_faq_view_focus_search (TradeoffFaqView *self)
{
  g_return_if_fail (TRADEOFF_IS_FAQ_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
tradeoff_faq_view_dispose (GObject *object)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_FAQ_VIEW);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (tradeoff_faq_view_parent_class)->dispose (object);
}

static void
tradeoff_faq_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TradeoffFaqView *self = TRADEOFF_FAQ_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      tradeoff_faq_view_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_view_class_init (TradeoffFaqViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_faq_view_dispose;
  object_class->get_property = tradeoff_faq_view_get_property;
  object_class->set_property = tradeoff_faq_view_set_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         TRADEOFF_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRADEOFF_TYPE_FAQ_ENTRY);
  g_type_ensure (TRADEOFF_TYPE_FAQ_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-faq-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqView, filter_model);
  gtk_widget_class_bind_template_callback (widget_class, faq_heading);
  gtk_widget_class_bind_template_callback (widget_class, comparison_faq);
  gtk_widget_class_bind_template_callback (widget_class, results_page);
}

static void
tradeoff_faq_view_init (TradeoffFaqView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
