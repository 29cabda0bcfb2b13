/* tradeoff-reasons-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-reasons-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-hover-tooltip.h"
#include "tradeoff-label-width.h"
#include "tradeoff-list-splice.h"
#include "tradeoff-reasons-view.h"

struct _TradeoffReasonsView
{
  GtkWidget        parent_instance;

  TradeoffAdvisor *advisor;
  /* On the advisor: its reasons and flips, which change with every tick. */
  GSignalGroup    *advisor_signals;
  GListModel      *bound_flips;   /* owned by the advisor */
  /* What the lists show: the advisor's reasons and first flips, copied
   * over by tradeoff_list_splice_changed_full() so that a row whose item
   * stays keeps its place and its layout. */
  GListStore      *reasons_shown;
  GListStore      *flips_shown;

  /* Template widgets */
  GtkListBox      *reasons_list;
  GtkListBox      *flips_list;
  GtkLabel        *flips_more;
};

/* A person reads a handful of ways the advice could change, not hundreds;
 * a large comparison can have one flip per criterion, and a row each would
 * cost a frame's worth of time on every tick. */
#define MAX_FLIPS_SHOWN 8

G_DEFINE_FINAL_TYPE (TradeoffReasonsView, tradeoff_reasons_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVISOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* With nothing ticked every criterion would change the advice, which says
 * nothing; the flips only mean something once there is a verdict. */
static gboolean
has_ticks (gpointer unused,
           guint    n_ticked)
{
  return n_ticked > 0;
}

static GtkWidget *
summary_row (char *summary)
{
  GtkWidget *label = gtk_label_new (summary);

  /* Summaries quote data text, which is never markup. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  /* See ui/tradeoff-criterion-row.ui. */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  /* Its width is the advice column's, whatever it says: only its height
   * is measured from the text (tradeoff-label-width.c). */
  tradeoff_label_fits_column (GTK_LABEL (label));
  g_free (summary);

  return label;
}

static GtkWidget *
reason_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = summary_row (tradeoff_reason_dup_summary (item));

  /* Read, not done: no action on a reason. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (label)),
                                  -1);
  return row;
}

/* A flip is tried with one click, or Space or Enter on its row. */
static GtkWidget *
flip_row (gpointer item,
          gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = summary_row (tradeoff_flip_dup_summary (item));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_add_css_class (row, "flip-row");
  /* The tooltip's text is the row's description too. */
  tradeoff_hover_tooltip_set_text (row, _("Try this change"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (label)),
                                  -1);
  return row;
}

static void
on_flip_activated (GtkListBox          *list,
                   GtkListBoxRow       *row,
                   TradeoffReasonsView *self)
{
  g_autoptr(TradeoffFlip) flip = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (self->advisor == NULL || self->bound_flips == NULL || index < 0)
    return;

  flip = g_list_model_get_item (G_LIST_MODEL (self->flips_shown), (guint) index);
  if (flip != NULL)
    tradeoff_advisor_set_ticked (self->advisor, tradeoff_flip_get_criterion (flip),
                                 tradeoff_flip_get_tick (flip));
}

/* Reasons are made anew on every tick; one that reads the same shows the
 * same, and a reason's row does nothing when clicked. */
static gboolean
same_reason (gpointer a,
             gpointer b)
{
  g_autofree char *x = tradeoff_reason_dup_summary (a);
  g_autofree char *y = tradeoff_reason_dup_summary (b);

  return g_strcmp0 (x, y) == 0;
}

/* The advisor hands out new lists whenever the ticks change, but with
 * mostly the same items (a flip that did not change is kept): the lists
 * show stores of their own, into which only what changed is spliced, so
 * that a row whose item stays keeps its place and its layout; a list box
 * bound to each new list would make, measure and lay out every row again
 * on every tick. */
static void
reasons_changed (TradeoffReasonsView *self)
{
  tradeoff_list_splice_changed_full (self->reasons_shown,
                                     self->advisor != NULL ? tradeoff_advisor_get_reasons (self->advisor) : NULL,
                                     G_MAXUINT, same_reason);
}

/* The flips are hidden while nothing is ticked, so they are neither asked
 * for (the advisor works them out on first read) nor given rows until then. */
static void
flips_changed (TradeoffReasonsView *self)
{
  GListModel *flips = NULL;
  guint n;

  if (self->advisor != NULL && tradeoff_advisor_get_n_ticked (self->advisor) > 0)
    flips = tradeoff_advisor_get_flips (self->advisor);

  self->bound_flips = flips;
  tradeoff_list_splice_changed_full (self->flips_shown, flips, MAX_FLIPS_SHOWN, NULL);

  n = flips != NULL ? g_list_model_get_n_items (flips) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->flips_more), n > MAX_FLIPS_SHOWN);
  if (n > MAX_FLIPS_SHOWN)
    {
      g_autofree char *more =
        g_strdup_printf (ngettext ("And %u more change of your answers would change it.",
                                   "And %u more changes of your answers would change it.",
                                   n - MAX_FLIPS_SHOWN),
                         n - MAX_FLIPS_SHOWN);

      gtk_label_set_text (self->flips_more, more);
    }
}

void
tradeoff_reasons_view_set_advisor (TradeoffReasonsView *self,
                                   TradeoffAdvisor     *advisor)
{
  g_return_if_fail (TRADEOFF_IS_REASONS_VIEW (self));
  g_return_if_fail (advisor == NULL || TRADEOFF_IS_ADVISOR (advisor));

  if (!g_set_object (&self->advisor, advisor))
    return;

  g_signal_group_set_target (self->advisor_signals, advisor);
  reasons_changed (self);
  flips_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
}

TradeoffAdvisor *
tradeoff_reasons_view_get_advisor (TradeoffReasonsView *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REASONS_VIEW (self), NULL);

  return self->advisor;
}

static void
tradeoff_reasons_view_dispose (GObject *object)
{
  TradeoffReasonsView *self = TRADEOFF_REASONS_VIEW (object);
  GtkWidget *child;

  if (self->advisor_signals != NULL)
    g_signal_group_set_target (self->advisor_signals, NULL);
  g_clear_object (&self->advisor_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_REASONS_VIEW);
  g_clear_object (&self->reasons_shown);
  g_clear_object (&self->flips_shown);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->advisor);

  G_OBJECT_CLASS (tradeoff_reasons_view_parent_class)->dispose (object);
}

static void
tradeoff_reasons_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TradeoffReasonsView *self = TRADEOFF_REASONS_VIEW (object);

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
tradeoff_reasons_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TradeoffReasonsView *self = TRADEOFF_REASONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      tradeoff_reasons_view_set_advisor (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_reasons_view_class_init (TradeoffReasonsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_reasons_view_dispose;
  object_class->get_property = tradeoff_reasons_view_get_property;
  object_class->set_property = tradeoff_reasons_view_set_property;

  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-reasons-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffReasonsView, reasons_list);
  gtk_widget_class_bind_template_child (widget_class, TradeoffReasonsView, flips_list);
  gtk_widget_class_bind_template_child (widget_class, TradeoffReasonsView, flips_more);
  gtk_widget_class_bind_template_callback (widget_class, has_ticks);
}

static void
tradeoff_reasons_view_init (TradeoffReasonsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tradeoff_label_fits_column (self->flips_more);
  self->reasons_shown = g_list_store_new (TRADEOFF_TYPE_REASON);
  self->flips_shown = g_list_store_new (TRADEOFF_TYPE_FLIP);
  gtk_list_box_bind_model (self->reasons_list, G_LIST_MODEL (self->reasons_shown),
                           reason_row, NULL, NULL);
  gtk_list_box_bind_model (self->flips_list, G_LIST_MODEL (self->flips_shown),
                           flip_row, NULL, NULL);
  g_signal_connect_object (self->flips_list, "row-activated",
                           G_CALLBACK (on_flip_activated), self, 0);

  self->advisor_signals = g_signal_group_new (TRADEOFF_TYPE_ADVISOR);
  g_signal_group_connect_object (self->advisor_signals, "notify::reasons",
                                 G_CALLBACK (reasons_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->advisor_signals, "notify::flips",
                                 G_CALLBACK (flips_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->advisor_signals, "notify::n-ticked",
                                 G_CALLBACK (flips_changed), self, G_CONNECT_SWAPPED);
}
