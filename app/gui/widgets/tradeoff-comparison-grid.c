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
#include "tradeoff-list-splice.h"

struct _TradeoffComparisonGrid
{
  GtkWidget           parent_instance;

  TradeoffComparison *comparison;
  /* The aspects shown, kept across comparisons: an edit replaces the
   * aspects that changed only (tradeoff-list-splice.c). */
  GListStore         *aspects;
  GtkSliceListModel  *slice;
  TradeoffListGrower *grower;
  /* What GTK's measure of a grid shown whole lacks: see scroll_range_changed(). */
  int                 extra_height;
  guint               resize_idle;

  /* Template widgets */
  GtkWidget          *heading;
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
  /* A cell wraps before the grid scrolls sideways, and never splits a
   * word: a narrow column scrolls rather than break one. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
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
column_new (const char *title,
            guint       option_index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

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

/* The aspect column's heading. */
/* Every heading is two lines, the second empty unless the option is ruled
 * out: the mark then takes a line that was there already, and the grid,
 * and the FAQ below it, do not move when a must-have is set or cleared. */
static char *
heading_title (const char *name)
{
  return g_strconcat (name, "\n", NULL);
}

/* A screen reader is given each heading without the line kept for
 * "ruled out" (heading_title()): GTK names the heading's label after its
 * text, newline and all, and the heading itself after its type
 * ("GtkColumnViewTitle").  Returns the name given, or %NULL. */
static char *
name_heading_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      char *name = g_strchomp (g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      return name;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *name = name_heading_labels (child);

      if (name != NULL)
        return name;
    }
  return NULL;
}

/* Called after every change of a title. */
static void
name_headings (TradeoffComparisonGrid *self)
{
  /* The column view's children: its header, then the rows' list view;
   * the header's, one heading a column. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        continue;
      for (GtkWidget *heading = gtk_widget_get_first_child (child);
           heading != NULL;
           heading = gtk_widget_get_next_sibling (heading))
        {
          g_autofree char *name = name_heading_labels (heading);

          if (name != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                            -1);
        }
    }
}

static char *
aspect_heading (TradeoffComparison *comparison)
{
  const char *heading = tradeoff_comparison_get_aspect_heading (comparison);

  return heading_title (heading != NULL && *heading != '\0' ? heading : _("Aspect"));
}

/* The columns come from the options, so any comparison of 2 to 8 options
 * shows the same way. */
static void
add_columns (TradeoffComparisonGrid *self)
{
  GListModel *options = tradeoff_comparison_get_options (self->comparison);
  guint n_options = g_list_model_get_n_items (options);
  g_autofree char *aspect_title = aspect_heading (self->comparison);
  g_autoptr(GtkColumnViewColumn) aspect_column = NULL;

  aspect_column = column_new (aspect_title, ASPECT_COLUMN);
  gtk_column_view_append_column (self->column_view, aspect_column);

  for (guint i = 0; i < n_options; i++)
    {
      g_autoptr(TradeoffOption) option = g_list_model_get_item (options, i);
      g_autofree char *title = heading_title (tradeoff_option_get_name (option));
      g_autoptr(GtkColumnViewColumn) column = column_new (title, i);

      gtk_column_view_append_column (self->column_view, column);
    }
  name_headings (self);
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
  /* The mark is short and on a line of its own: GTK 4.8 sets a heading on
   * the lines it is given, never wrapped, so the must-have's label made
   * the column as wide as the whole sentence, and the grid scrolled
   * sideways or was cut at the pane's edge (issue 13).  Which must-have
   * it is, the scores say beside the verdict. */
  if (must != NULL)
    /* Translators: a grid column's heading when a must-have rules the
     * option out; %s is the option's name.  Keep the line break and the
     * mark short: the column is no wider than its longest line. */
    title = g_strdup_printf (_("%s\nruled out"), tradeoff_option_get_name (option));
  else
    title = heading_title (tradeoff_option_get_name (option));
  gtk_column_view_column_set_title (column, title);
  name_headings (self);
}

/* An edit of the comparison shown (as many options, the grid's shape
 * kept): the changed headings are set again, the changed aspects spliced
 * into the rows shown, and nothing else is made again. */
static void
follow_edit (TradeoffComparisonGrid *self,
             TradeoffComparison     *before)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n_options = tradeoff_comparison_get_n_options (self->comparison);
  g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
  g_autofree char *aspect_title = aspect_heading (self->comparison);

  gtk_column_view_column_set_title (first, aspect_title);
  for (guint i = 0; i < n_options; i++)
    {
      TradeoffOption *option = tradeoff_comparison_get_option (self->comparison, i);
      g_autoptr(GtkColumnViewColumn) column = NULL;

      /* A ruled-out option's heading is the window's: it sets it again
       * when the options change (tradeoff_comparison_grid_set_ruled_out()). */
      if (option == tradeoff_comparison_get_option (before, i))
        continue;
      g_autofree char *title = heading_title (tradeoff_option_get_name (option));

      column = g_list_model_get_item (columns, i + 1);
      gtk_column_view_column_set_title (column, title);
    }
  name_headings (self);
  tradeoff_list_splice_changed (self->aspects, tradeoff_comparison_get_aspects (self->comparison));
}

/* Whether @after can be shown as an edit of @before: the columns and the
 * way the grid is shown (whole or scrolled) stay. */
static gboolean
same_shape (TradeoffComparison *before,
            TradeoffComparison *after)
{
  guint n_before, n_after;

  if (before == NULL || after == NULL ||
      tradeoff_comparison_get_n_options (before) != tradeoff_comparison_get_n_options (after))
    return FALSE;

  n_before = g_list_model_get_n_items (tradeoff_comparison_get_aspects (before));
  n_after = g_list_model_get_n_items (tradeoff_comparison_get_aspects (after));
  return (n_before <= WHOLE_GRID_ROWS) == (n_after <= WHOLE_GRID_ROWS);
}

void
tradeoff_comparison_grid_set_comparison (TradeoffComparisonGrid *self,
                                         TradeoffComparison     *comparison)
{
  g_autoptr(TradeoffComparison) before = NULL;

  g_return_if_fail (TRADEOFF_IS_COMPARISON_GRID (self));
  g_return_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison));

  if (comparison == self->comparison)
    return;
  before = g_steal_pointer (&self->comparison);
  self->comparison = comparison != NULL ? g_object_ref (comparison) : NULL;

  if (same_shape (before, comparison))
    {
      follow_edit (self, before);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
      return;
    }

  gtk_column_view_set_model (self->column_view, NULL);
  gtk_slice_list_model_set_model (self->slice, NULL);
  self->extra_height = 0;
  remove_columns (self);
  g_list_store_remove_all (self->aspects);

  if (comparison != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;
      gboolean whole = g_list_model_get_n_items (tradeoff_comparison_get_aspects (comparison)) <=
                       WHOLE_GRID_ROWS;

      /* A scrolled window may be given any height at all, so a pane short
       * of room cut a short grid's last row through its middle, with no
       * scroll bar to say there was more (issue 13).  A short grid is
       * shown whole, as tall as its wrapped cells need at the width it is
       * given (see scroll_range_changed()); a long one scrolls, with at least
       * a few rows in view.  Either scrolls sideways only when its
       * columns cannot wrap narrower than the pane. */
      gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC,
                                      whole ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (self->scroller, whole ? -1 : 180);
      add_columns (self);
      tradeoff_list_grower_reset (self->grower);
      tradeoff_list_splice_changed (self->aspects, tradeoff_comparison_get_aspects (comparison));
      gtk_slice_list_model_set_model (self->slice, G_LIST_MODEL (self->aspects));
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

/* The heading above the grid, as the template's box had it. */
#define HEADING_SPACING 6

/* GTK 4.8's column view measures a row's height as if each cell had the
 * whole row's width, so a grid whose cells wrap asks for less height than
 * its rows take once laid out, and a grid shown whole lost its last rows
 * under the FAQ.  The rows' real height is known once they are laid out:
 * the list's scroll range.  A grid shown whole asks for what its list
 * lacked; the width a grid is given changes rarely (the window's), never
 * on a tick. */
static gboolean
resize_idle (gpointer user_data)
{
  TradeoffComparisonGrid *self = user_data;

  self->resize_idle = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

static void
scroll_range_changed (TradeoffComparisonGrid *self,
                      GtkAdjustment          *adjustment)
{
  int lacking = (int) (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) + 0.5);
  int extra = shows_whole (self) ? MAX (0, self->extra_height + lacking) : 0;

  if (extra == self->extra_height)
    return;

  self->extra_height = extra;
  /* The range changes while the grid is being laid out, when a resize
   * would be lost: it is asked for once the frame is done. */
  if (self->resize_idle == 0)
    self->resize_idle = g_idle_add (resize_idle, self);
}

static void
measure_scroller (TradeoffComparisonGrid *self,
                  int                     width,
                  int                    *minimum,
                  int                    *natural)
{
  gtk_widget_measure (GTK_WIDGET (self->scroller), GTK_ORIENTATION_VERTICAL, width,
                      minimum, natural, NULL, NULL);
  if (shows_whole (self))
    {
      *minimum += self->extra_height;
      *natural += self->extra_height;
    }
}

static GtkSizeRequestMode
tradeoff_comparison_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tradeoff_comparison_grid_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  TradeoffComparisonGrid *self = TRADEOFF_COMPARISON_GRID (widget);
  int heading_min, heading_nat, grid_min, grid_nat;

  gtk_widget_measure (self->heading, orientation, for_size, &heading_min, &heading_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, -1, &grid_min, &grid_nat, NULL, NULL);
      *minimum = MAX (heading_min, grid_min);
      *natural = MAX (heading_nat, grid_nat);
    }
  else
    {
      measure_scroller (self, for_size, &grid_min, &grid_nat);
      *minimum = heading_min + HEADING_SPACING + grid_min;
      *natural = heading_nat + HEADING_SPACING + grid_nat;
    }
}

static void
tradeoff_comparison_grid_size_allocate (GtkWidget *widget,
                                        int        width,
                                        int        height,
                                        int        baseline)
{
  TradeoffComparisonGrid *self = TRADEOFF_COMPARISON_GRID (widget);
  int heading_height;

  gtk_widget_measure (self->heading, GTK_ORIENTATION_VERTICAL, width, NULL, &heading_height, NULL, NULL);
  gtk_widget_size_allocate (self->heading, &(GtkAllocation) { 0, 0, width, heading_height }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->scroller),
                            &(GtkAllocation) {
                              0, heading_height + HEADING_SPACING,
                              width, MAX (0, height - heading_height - HEADING_SPACING)
                            },
                            -1);
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
  g_clear_handle_id (&self->resize_idle, g_source_remove);
  g_clear_object (&self->comparison);
  g_clear_object (&self->grower);
  g_clear_object (&self->slice);
  g_clear_object (&self->aspects);

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

  widget_class->get_request_mode = tradeoff_comparison_grid_get_request_mode;
  widget_class->measure = tradeoff_comparison_grid_measure;
  widget_class->size_allocate = tradeoff_comparison_grid_size_allocate;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         TRADEOFF_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-comparison-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffComparisonGrid, heading);
  gtk_widget_class_bind_template_child (widget_class, TradeoffComparisonGrid, scroller);
  gtk_widget_class_bind_template_child (widget_class, TradeoffComparisonGrid, column_view);
  gtk_widget_class_bind_template_callback (widget_class, grid_heading);
}

static void
tradeoff_comparison_grid_init (TradeoffComparisonGrid *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->aspects = g_list_store_new (TRADEOFF_TYPE_ASPECT);
  /* The aspects shown so far: see tradeoff-list-grower.c. */
  self->slice = gtk_slice_list_model_new (NULL, 0, 0);
  self->grower = tradeoff_list_grower_new (self->slice, self->scroller, ASPECT_STEP);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (scroll_range_changed), self, G_CONNECT_SWAPPED);
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
