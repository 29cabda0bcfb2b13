/* tradeoff-pane-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-pane-layout"

#include "config.h"

#include "tradeoff-pane-layout.h"

struct _TradeoffPaneLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
};

G_DEFINE_FINAL_TYPE (TradeoffPaneLayout, tradeoff_pane_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The panes are few (two or three), so a fixed array does. */
#define MAX_PANES 8

/* Each pane's width in @widths, in order, from @width: a pane that does
 * not expand gets its minimum width, then as much more as its natural
 * width (both for @height; without a height while the height is not
 * known), the panes that expand share the rest.  Returns the number of
 * panes; @widths holds MAX_PANES. */
static int
distribute (TradeoffPaneLayout *self,
            GtkWidget          *widget,
            int                 width,
            int                 height,
            int                *widths)
{
  GtkRequestedSize fixed[MAX_PANES];
  int fixed_index[MAX_PANES];
  gboolean expands[MAX_PANES];
  int n = 0, n_fixed = 0, n_expand = 0, extra = width, share, rest;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && n < MAX_PANES;
       child = gtk_widget_get_next_sibling (child))
    {
      int nat, requested;
      gboolean sized;

      if (!gtk_widget_should_layout (child))
        continue;

      /* A pane that expands takes what the others leave: only its
       * minimum is needed, and that without a height.  A pane given a
       * width request keeps that width whatever its contents would like:
       * the advice's sentences change with every tick, and a column that
       * followed them re-wrapped the criteria beside it. */
      gtk_widget_get_size_request (child, &requested, NULL);
      expands[n] = gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      sized = !expands[n] && requested >= 0;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, expands[n] || sized ? -1 : height,
                          &widths[n], &nat, NULL, NULL);
      if (expands[n])
        n_expand++;
      else
        {
          fixed[n_fixed] = (GtkRequestedSize) {
            .data = NULL, .minimum_size = widths[n],
            .natural_size = height >= 0 && !sized ? nat : widths[n],
          };
          fixed_index[n_fixed++] = n;
        }
      extra -= widths[n];
      n++;
    }

  if (n == 0)
    return 0;

  extra = MAX (0, extra - (n - 1) * self->spacing);
  extra = gtk_distribute_natural_allocation (extra, n_fixed, fixed);
  for (int i = 0; i < n_fixed; i++)
    widths[fixed_index[i]] = fixed[i].minimum_size;

  if (n_expand == 0)
    return n;

  share = extra / n_expand;
  rest = extra % n_expand;
  for (int i = 0; i < n; i++)
    if (expands[i])
      {
        widths[i] += share + (rest > 0);
        rest--;
      }

  return n;
}

static GtkSizeRequestMode
tradeoff_pane_layout_get_request_mode (GtkLayoutManager *manager,
                                       GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tradeoff_pane_layout_measure (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              GtkOrientation    orientation,
                              int               for_size,
                              int              *minimum,
                              int              *natural,
                              int              *minimum_baseline,
                              int              *natural_baseline)
{
  TradeoffPaneLayout *self = TRADEOFF_PANE_LAYOUT (manager);
  int widths[MAX_PANES];
  int n = 0, i = 0;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Widths without a height: the panes take the width they are given
       * and grow as tall as they need. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
          n++;
        }
      if (n > 1)
        {
          *minimum += (n - 1) * self->spacing;
          *natural += (n - 1) * self->spacing;
        }
      return;
    }

  if (for_size >= 0)
    n = distribute (self, widget, for_size, -1, widths);

  /* Each pane's height at the width it will be given. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, for_size >= 0 && i < n ? widths[i] : -1,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
      i++;
    }
}

static void
tradeoff_pane_layout_allocate (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               int               width,
                               int               height,
                               int               baseline)
{
  TradeoffPaneLayout *self = TRADEOFF_PANE_LAYOUT (manager);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int widths[MAX_PANES];
  int n = distribute (self, widget, width, height, widths);
  int i = 0, x = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && i < n;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_size_allocate (child,
                                &(GtkAllocation) {
                                  rtl ? width - x - widths[i] : x, 0, widths[i], height
                                },
                                -1);
      x += widths[i] + self->spacing;
      i++;
    }
}

GtkLayoutManager *
tradeoff_pane_layout_new (void)
{
  return g_object_new (TRADEOFF_TYPE_PANE_LAYOUT, NULL);
}

int
tradeoff_pane_layout_get_spacing (TradeoffPaneLayout *self)
{
  g_return_val_if_fail (TRADEOFF_IS_PANE_LAYOUT (self), 0);

  return self->spacing;
}

void
tradeoff_pane_layout_set_spacing (TradeoffPaneLayout *self,
                                  int                 spacing)
{
  g_return_if_fail (TRADEOFF_IS_PANE_LAYOUT (self));
  g_return_if_fail (spacing >= 0);

  if (spacing == self->spacing)
    return;

  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

static void
tradeoff_pane_layout_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TradeoffPaneLayout *self = TRADEOFF_PANE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_pane_layout_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TradeoffPaneLayout *self = TRADEOFF_PANE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      tradeoff_pane_layout_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_pane_layout_class_init (TradeoffPaneLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = tradeoff_pane_layout_get_property;
  object_class->set_property = tradeoff_pane_layout_set_property;

  layout_class->get_request_mode = tradeoff_pane_layout_get_request_mode;
  layout_class->measure = tradeoff_pane_layout_measure;
  layout_class->allocate = tradeoff_pane_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_pane_layout_init (TradeoffPaneLayout *self)
{
}
