/* tradeoff-verdict-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-verdict-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-hover-tooltip.h"
#include "tradeoff-label-width.h"
#include "tradeoff-verdict-panel.h"

struct _TradeoffVerdictPanel
{
  GtkWidget        parent_instance;

  TradeoffAdvisor *advisor;
  GSignalGroup    *advisor_signals;

  /* Template widgets */
  GtkLabel        *headline;
  GtkGrid         *scores_grid;
};

G_DEFINE_FINAL_TYPE (TradeoffVerdictPanel, tradeoff_verdict_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVISOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The closure for the confidence label in tradeoff-verdict-panel.ui. */
static char *
confidence_text (gpointer            unused,
                 TradeoffVerdictKind kind,
                 double              confidence)
{
  return g_strdup (tradeoff_verdict_describe (kind, confidence));
}

/* A ruled-out option has no points that count: it says which must-have
 * rules it out instead. */
static void
show_points (TradeoffOptionScore *score,
             GParamSpec          *pspec,
             GtkLabel            *points)
{
  TradeoffCriterion *must = tradeoff_option_score_get_ruled_out_by (score);
  int value = tradeoff_option_score_get_score (score);
  g_autofree char *text = NULL;

  if (must != NULL)
    /* Translators: instead of an option's points; %s is a must-have's label. */
    text = g_strdup_printf (_("Ruled out by “%s”"), tradeoff_criterion_get_label (must));
  else
    /* Translators: an option's score, the sum of the ticked criteria's weights. */
    text = g_strdup_printf (ngettext ("%d point", "%d points", ABS (value)), value);
  gtk_label_set_text (points, text);
  if (must != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (points), "ruled-out");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (points), "ruled-out");
}

static void
leading_changed (TradeoffOptionScore *score,
                 GParamSpec          *pspec,
                 GtkWidget           *label)
{
  if (tradeoff_option_score_get_leading (score))
    gtk_widget_add_css_class (label, "leading");
  else
    gtk_widget_remove_css_class (label, "leading");
}

/* The option's name, on its label and as the bar's name; an option renamed
 * in the editor keeps its score item (tradeoff-advisor-rebase.c). */
static void
show_name (TradeoffOptionScore *score,
           GParamSpec          *pspec,
           GtkWidget           *label)
{
  const char *name = tradeoff_option_get_name (tradeoff_option_score_get_option (score));
  GtkWidget *bar = gtk_widget_get_next_sibling (label);

  gtk_label_set_text (GTK_LABEL (label), name);
  tradeoff_hover_tooltip_set_text (label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
add_score_row (TradeoffVerdictPanel *self,
               TradeoffOptionScore  *score,
               int                   row)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 1.0);
  GtkWidget *points = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  /* A long name wraps, whole, rather than end in "…": the name is what
   * the score is for.  Eight characters at least, so that the bar does
   * not squeeze it to a letter a line. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "option-name");
  g_signal_connect_object (score, "notify::leading", G_CALLBACK (leading_changed), label, 0);
  leading_changed (score, NULL, label);

  /* The default offsets colour a low bar as a warning; a low score is not. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  g_object_bind_property (score, "fraction", bar, "value", G_BINDING_SYNC_CREATE);

  gtk_label_set_xalign (GTK_LABEL (points), 1.0f);
  gtk_widget_add_css_class (points, "numeric");
  gtk_widget_add_css_class (points, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (points), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (points), 24);
  g_signal_connect_object (score, "notify::score", G_CALLBACK (show_points), points, 0);
  g_signal_connect_object (score, "notify::ruled-out-by", G_CALLBACK (show_points), points, 0);
  show_points (score, NULL, GTK_LABEL (points));

  gtk_grid_attach (self->scores_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->scores_grid, bar, 1, row, 1, 1);
  gtk_grid_attach (self->scores_grid, points, 2, row, 1, 1);
  /* Once the bar is the label's next sibling. */
  g_signal_connect_object (score, "notify::option", G_CALLBACK (show_name), label, 0);
  show_name (score, NULL, label);
}

/* The options never change for an advisor, so the rows are made once; what
 * they show follows the score items through bindings. */
static void
rebuild_scores (TradeoffVerdictPanel *self)
{
  GtkWidget *child;
  GListModel *scores;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scores_grid))) != NULL)
    gtk_grid_remove (self->scores_grid, child);

  if (self->advisor == NULL)
    return;

  scores = tradeoff_advisor_get_scores (self->advisor);
  n = g_list_model_get_n_items (scores);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffOptionScore) score = g_list_model_get_item (scores, i);

      add_score_row (self, score, i);
    }
}

void
tradeoff_verdict_panel_set_advisor (TradeoffVerdictPanel *self,
                                    TradeoffAdvisor      *advisor)
{
  g_return_if_fail (TRADEOFF_IS_VERDICT_PANEL (self));
  g_return_if_fail (advisor == NULL || TRADEOFF_IS_ADVISOR (advisor));

  if (!g_set_object (&self->advisor, advisor))
    return;

  g_signal_group_set_target (self->advisor_signals, advisor);
  rebuild_scores (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
}

TradeoffAdvisor *
tradeoff_verdict_panel_get_advisor (TradeoffVerdictPanel *self)
{
  g_return_val_if_fail (TRADEOFF_IS_VERDICT_PANEL (self), NULL);

  return self->advisor;
}

static void
tradeoff_verdict_panel_dispose (GObject *object)
{
  TradeoffVerdictPanel *self = TRADEOFF_VERDICT_PANEL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_VERDICT_PANEL);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->advisor_signals != NULL)
    g_signal_group_set_target (self->advisor_signals, NULL);
  g_clear_object (&self->advisor_signals);
  g_clear_object (&self->advisor);

  G_OBJECT_CLASS (tradeoff_verdict_panel_parent_class)->dispose (object);
}

static void
tradeoff_verdict_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TradeoffVerdictPanel *self = TRADEOFF_VERDICT_PANEL (object);

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
tradeoff_verdict_panel_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TradeoffVerdictPanel *self = TRADEOFF_VERDICT_PANEL (object);

  switch (prop_id)
    {
    case PROP_ADVISOR:
      tradeoff_verdict_panel_set_advisor (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_verdict_panel_class_init (TradeoffVerdictPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_verdict_panel_dispose;
  object_class->get_property = tradeoff_verdict_panel_get_property;
  object_class->set_property = tradeoff_verdict_panel_set_property;

  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRADEOFF_TYPE_ADVISOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "verdictpanel");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-verdict-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffVerdictPanel, headline);
  gtk_widget_class_bind_template_child (widget_class, TradeoffVerdictPanel, scores_grid);
  gtk_widget_class_bind_template_callback (widget_class, confidence_text);
}

/* A changed verdict is said aloud where GTK can (4.14 and later).  Before,
 * the criteria form adds it to what the toggled row reports. */
static void
announce_verdict (TradeoffVerdictPanel *self)
{
#if GTK_CHECK_VERSION (4, 14, 0)
  if (gtk_get_minor_version () >= 14 && self->advisor != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (self),
                             tradeoff_advisor_get_headline (self->advisor),
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#endif
}

static void
tradeoff_verdict_panel_init (TradeoffVerdictPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* It changes with a tick, and has its column's width to itself: no
   * layout to answer its width, only one for its height at that width
   * (tradeoff-label-width.c). */
  tradeoff_label_fits_column (self->headline);

  self->advisor_signals = g_signal_group_new (TRADEOFF_TYPE_ADVISOR);
  g_signal_group_connect_object (self->advisor_signals, "notify::headline",
                                 G_CALLBACK (announce_verdict), self, G_CONNECT_SWAPPED);
}
