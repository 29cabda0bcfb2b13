/* tradeoff-faq-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-faq-row"

#include "config.h"

#include "tradeoff-faq-row.h"
#include "tradeoff-label-width.h"
#include "tradeoff-list-focus.h"
#include "tradeoff-pane-layout.h"

struct _TradeoffFaqRow
{
  GtkWidget         parent_instance;

  TradeoffFaqEntry *entry;
  /* From the entry: its expanded, both ways. */
  GBindingGroup    *entry_bindings;

  /* Template widgets */
  GtkExpander      *expander;
  GtkLabel         *question;
  GtkLabel         *answer;
};

G_DEFINE_FINAL_TYPE (TradeoffFaqRow, tradeoff_faq_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
tradeoff_faq_row_set_entry (TradeoffFaqRow   *self,
                            TradeoffFaqEntry *entry)
{
  g_return_if_fail (TRADEOFF_IS_FAQ_ROW (self));
  g_return_if_fail (entry == NULL || TRADEOFF_IS_FAQ_ENTRY (entry));

  if (entry == self->entry)
    return;

  g_set_object (&self->entry, entry);

  gtk_label_set_text (self->question, entry != NULL ? tradeoff_faq_entry_get_question (entry) : "");
  gtk_label_set_text (self->answer, entry != NULL ? tradeoff_faq_entry_get_answer (entry) : "");
  /* A screen reader names the expander by its question. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (self->question),
                                  -1);
  label_list_row (GTK_WIDGET (self), gtk_label_get_text (self->question));

  /* Both ways: opening the row opens the entry, and an entry opened before
   * the row was recycled opens the row that shows it now. */
  g_binding_group_set_source (self->entry_bindings, entry);
  if (entry == NULL)
    gtk_expander_set_expanded (self->expander, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

TradeoffFaqEntry *
tradeoff_faq_row_get_entry (TradeoffFaqRow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FAQ_ROW (self), NULL);

  return self->entry;
}

static void
tradeoff_faq_row_dispose (GObject *object)
{
  TradeoffFaqRow *self = TRADEOFF_FAQ_ROW (object);
  GtkWidget *child;

  if (self->entry_bindings != NULL)
    g_binding_group_set_source (self->entry_bindings, NULL);
  g_clear_object (&self->entry_bindings);
  g_clear_object (&self->entry);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_FAQ_ROW);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tradeoff_faq_row_parent_class)->dispose (object);
}

static void
tradeoff_faq_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TradeoffFaqRow *self = TRADEOFF_FAQ_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TradeoffFaqRow *self = TRADEOFF_FAQ_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      tradeoff_faq_row_set_entry (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_faq_row_class_init (TradeoffFaqRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_faq_row_dispose;
  object_class->get_property = tradeoff_faq_row_get_property;
  object_class->set_property = tradeoff_faq_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         TRADEOFF_TYPE_FAQ_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "faqrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-faq-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqRow, expander);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqRow, question);
  gtk_widget_class_bind_template_child (widget_class, TradeoffFaqRow, answer);
}

static void
tradeoff_faq_row_init (TradeoffFaqRow *self)
{
  GtkWidget *title;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Laid out again for each letter typed in the search: one layout to
   * answer its width, not a dozen (tradeoff-label-width.c). */
  tradeoff_label_width_first (self->question);
  tradeoff_label_width_first (self->answer);

  /* The expander sets its arrow and the question side by side in a
   * horizontal box, which finds a wrapped question's height by trying
   * heights and laying the question out at a dozen widths for each: each
   * question was laid out 50 to 80 times before the first frame.  The
   * question takes the width the arrow leaves, which needs no search
   * (tradeoff-pane-layout.h). */
  title = gtk_widget_get_parent (GTK_WIDGET (self->question));
  if (GTK_IS_BOX (title))
    gtk_widget_set_layout_manager (title, tradeoff_pane_layout_new ());

  self->entry_bindings = g_binding_group_new ();
  g_binding_group_bind (self->entry_bindings, "expanded", self->expander, "expanded",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}
