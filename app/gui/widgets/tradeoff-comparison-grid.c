/* tradeoff-comparison-grid.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-comparison-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-list-focus.h"
#include "tradeoff-list-grower.h"

struct _TradeoffComparisonGrid
{
  GtkWidget           parent_instance;

  TradeoffComparison *comparison;
  GtkSliceListModel  *slice;
  TradeoffListGrower *grower;

  /* Template widgets */
  GtkScrolledWindow  *scroller;
  GtkColumnView      *column_view;
};

/* Aspect rows are 29 px or more and the grid at most 360 px high: 30 rows
 * fill it over twice. */
#define ASPECT_STEP 30
/* A grid of up to this many aspects is shown whole (see
 * tradeoff_comparison_grid_set_comparison()); a longer one scrolls. */
#define WHOLE_GRID_ROWS 12

G_DEFINE_FINAL_TYPE (TradeoffComparisonGrid, tradeoff_comparison_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The aspect column has no option: its cells show the aspect's label. */
#define ASPECT_COLUMN G_MAXUINT

static char *
grid_heading (gpointer            unused,
              TradeoffComparison *comparison)
{
  const char *heading = comparison != NULL ? tradeoff_comparison_get_grid_heading (comparison) : NULL;

  if (heading == NULL || *heading == '\0')
    return g_strdup (_("Quick Comparison"));

  return g_strdup (heading);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  guint option_index = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  /* Data text is shown as it is, never as markup. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  /* A grid shown whole does not wrap: see tradeoff_comparison_grid_set_comparison(). */
  gtk_label_set_wrap (GTK_LABEL (label),
                      g_object_get_data (G_OBJECT (factory), "whole-grid") == NULL);
  /* Whole words only: a narrow column scrolls rather than split a word. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (option_index == ASPECT_COLUMN)
    gtk_widget_add_css_class (label, "aspect-label");

  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  guint option_index = GPOINTER_TO_UINT (user_data);
  TradeoffAspect *aspect = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (label));
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

  if (option_index == ASPECT_COLUMN)
    gtk_label_set_text (label, tradeoff_aspect_get_label (aspect));
  else if (option_index < tradeoff_aspect_get_n_values (aspect))
    gtk_label_set_text (label, tradeoff_aspect_get_value (aspect, option_index));
  else
    gtk_label_set_text (label, "");

  /* GTK 4.8 names a row and its cells after their types
   * (GtkListItemWidget, GtkColumnViewCell): a screen reader should say
   * what they show, the row by its aspect. */
  if (cell != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (label),
                                    -1);
  if (row != NULL && option_index == ASPECT_COLUMN)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (label),
                                    -1);
}

static GtkColumnViewColumn *
column_new (gboolean    whole,
            const char *title,
            guint       option_index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  if (whole)
    g_object_set_data (G_OBJECT (factory), "whole-grid", GINT_TO_POINTER (TRUE));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (option_index));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (option_index));

  /* The column takes the factory's reference. */
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);

  return column;
}

static void
remove_columns (TradeoffComparisonGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
}

static gboolean
shows_whole (TradeoffComparisonGrid *self)
{
  GtkPolicyType vertical;

  gtk_scrolled_window_get_policy (self->scroller, NULL, &vertical);
  return vertical == GTK_POLICY_NEVER;
}

/* The columns come from the options, so any comparison of 2 to 8 options
 * shows the same way. */
static void
add_columns (TradeoffComparisonGrid *self)
{
  GListModel *options = tradeoff_comparison_get_options (self->comparison);
  const char *aspect_heading = tradeoff_comparison_get_aspect_heading (self->comparison);
  guint n_options = g_list_model_get_n_items (options);
  gboolean whole = shows_whole (self);
  g_autoptr(GtkColumnViewColumn) aspect_column = NULL;

  if (aspect_heading == NULL || *aspect_heading == '\0')
    aspect_heading = _("Aspect");

  aspect_column = column_new (whole, aspect_heading, ASPECT_COLUMN);
  gtk_column_view_append_column (self->column_view, aspect_column);

  for (guint i = 0; i < n_options; i++)
    {
      g_autoptr(TradeoffOption) option = g_list_model_get_item (options, i);
      g_autoptr(GtkColumnViewColumn) column = column_new (whole, tradeoff_option_get_name (option), i);

      gtk_column_view_append_column (self->column_view, column);
    }
}

/* A ruled-out option's column says so in its heading, with the must-have
 * that rules it out; %NULL puts it back in the running. */
void
tradeoff_comparison_grid_set_ruled_out (TradeoffComparisonGrid *self,
                                        guint                   option_index,
                                        TradeoffCriterion      *must)
{
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autofree char *title = NULL;
  TradeoffOption *option;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_GRID (self));
  g_return_if_fail (must == NULL || TRADEOFF_IS_CRITERION (must));

  if (self->comparison == NULL || option_index >= tradeoff_comparison_get_n_options (self->comparison))
    return;

  columns = gtk_column_view_get_columns (self->column_view);
  /* Column 0 is the aspects'. */
  column = g_list_model_get_item (columns, option_index + 1);
  option = tradeoff_comparison_get_option (self->comparison, option_index);
  if (must != NULL)
    /* Translators: a grid column's heading; the first %s is an option's
     * name, the second a must-have's label. */
    title = g_strdup_printf (_("%s — ruled out by “%s”"), tradeoff_option_get_name (option),
                             tradeoff_criterion_get_label (must));
  else
    title = g_strdup (tradeoff_option_get_name (option));
  gtk_column_view_column_set_title (column, title);
}

void
tradeoff_comparison_grid_set_comparison (TradeoffComparisonGrid *self,
                                         TradeoffComparison     *comparison)
{
  g_return_if_fail (TRADEOFF_IS_COMPARISON_GRID (self));
  g_return_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison));

  if (!g_set_object (&self->comparison, comparison))
    return;

  gtk_column_view_set_model (self->column_view, NULL);
  gtk_slice_list_model_set_model (self->slice, NULL);
  remove_columns (self);

  if (comparison != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;
      gboolean whole = g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)) <=
                       WHOLE_GRID_ROWS;

      /* A scrolled window may be given any height at all, so a pane short
       * of room cut a short grid's last row through its middle, with no
       * scroll bar to say there was more; and GTK 4.8's column view
       * measures its rows at the columns' natural widths, so squeezed
       * columns whose cells wrapped outgrew the height asked for (issue
       * 13).  A short grid is shown whole, its cells on one line each
       * (the grid scrolls sideways when they are wider than the pane); a
       * long one scrolls, with at least a few rows in view. */
      gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC,
                                      whole ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (self->scroller, whole ? -1 : 180);
      add_columns (self);
      tradeoff_list_grower_reset (self->grower);
      gtk_slice_list_model_set_model (self->slice, tradeoff_comparison_get_aspects (comparison));
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

TradeoffComparison *
tradeoff_comparison_grid_get_comparison (TradeoffComparisonGrid *self)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_GRID (self), NULL);

  return self->comparison;
}

static void
tradeoff_comparison_grid_dispose (GObject *object)
{
  TradeoffComparisonGrid *self = TRADEOFF_COMPARISON_GRID (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_COMPARISON_GRID);
  /* Only the children bound to fields are cleared above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->comparison);
  g_clear_object (&self->grower);
  g_clear_object (&self->slice);

  G_OBJECT_CLASS (tradeoff_comparison_grid_parent_class)->dispose (object);
}

static void
tradeoff_comparison_grid_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TradeoffComparisonGrid *self = TRADEOFF_COMPARISON_GRID (object);

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
tradeoff_comparison_grid_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TradeoffComparisonGrid *self = TRADEOFF_COMPARISON_GRID (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      tradeoff_comparison_grid_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_comparison_grid_class_init (TradeoffComparisonGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_comparison_grid_dispose;
  object_class->get_property = tradeoff_comparison_grid_get_property;
  object_class->set_property = tradeoff_comparison_grid_set_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         TRADEOFF_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-comparison-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffComparisonGrid, scroller);
  gtk_widget_class_bind_template_child (widget_class, TradeoffComparisonGrid, column_view);
  gtk_widget_class_bind_template_callback (widget_class, grid_heading);
}

static void
tradeoff_comparison_grid_init (TradeoffComparisonGrid *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The aspects shown so far: see tradeoff-list-grower.c. */
  self->slice = gtk_slice_list_model_new (NULL, 0, 0);
  self->grower = tradeoff_list_grower_new (self->slice, self->scroller, ASPECT_STEP);
  /* GTK 4.8 names the column view's parts after their types. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    GTK_IS_LIST_VIEW (child) ? _("Rows") : _("Column headings"),
                                    -1);

  /* Read-only: one Tab stop, the arrow keys move inside. */
  tradeoff_list_focus_one_stop (GTK_WIDGET (self->column_view), GTK_WIDGET (self));
}
