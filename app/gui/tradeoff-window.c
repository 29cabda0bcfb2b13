/* tradeoff-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-loader.h"
#include "tradeoff-reasons-view.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window-private.h"

G_DEFINE_FINAL_TYPE (TradeoffWindow, tradeoff_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_COMPARISON,
  PROP_ADVISOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Below this width the two panes would each be too cramped to read. */
#define NARROW_WIDTH 880

/* Closures for the template: each takes the template's "this" first. */

static char *
comparison_intro (gpointer            unused,
                  TradeoffComparison *comparison)
{
  return g_strdup (comparison != NULL ? tradeoff_comparison_get_intro (comparison) : NULL);
}

static char *
comparison_byline (gpointer            unused,
                   TradeoffComparison *comparison)
{
  const char *byline;
  const char *updated;

  if (comparison == NULL)
    return NULL;

  /* A byline usually says when it was written; the bare date is only a
   * fallback for files that have none. */
  byline = tradeoff_comparison_get_byline (comparison);
  if (byline != NULL && *byline != '\0')
    return g_strdup (byline);

  updated = tradeoff_comparison_get_updated (comparison);
  if (updated != NULL && *updated != '\0')
    /* Translators: %s is when the comparison was last updated, as the file gives it. */
    return g_strdup_printf (_("Updated %s"), updated);

  return NULL;
}

static gboolean
has_text (gpointer    unused,
          const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
has_ticks (gpointer unused,
           guint    n_ticked)
{
  return n_ticked > 0;
}

/* Ticks are remembered per comparison id, with their levels ("id:2",
 * "id:must"), on every change, so that a crash or a pulled plug loses
 * nothing; GSettings batches the writes. */
static void
remember_ticks (TradeoffWindow *self)
{
  g_auto(GStrv) ids = NULL;

  if (self->advisor == NULL)
    return;

  ids = tradeoff_advisor_dup_level_ids (self->advisor);
  tradeoff_settings_set_ticked (self->settings,
                                tradeoff_comparison_get_id (self->comparison),
                                (const char * const *) ids);
  tradeoff_window_update_actions (self);
}

/* Ids the comparison no longer has (the file changed since) are dropped
 * rather than refused: the rest of what was ticked is still worth keeping. */
static void
restore_ticks (TradeoffWindow *self)
{
  g_auto(GStrv) saved = NULL;
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  saved = tradeoff_settings_dup_ticked (self->settings,
                                        tradeoff_comparison_get_id (self->comparison));
  for (guint i = 0; saved[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup (saved[i]);

      /* "id" or "id:LEVEL" */
      if (strchr (id, ':') != NULL)
        *strchr (id, ':') = '\0';
      if (tradeoff_comparison_find_criterion (self->comparison, id) != NULL)
        g_ptr_array_add (known, saved[i]);
    }
  g_ptr_array_add (known, NULL);

  if (!tradeoff_advisor_select_ids (self->advisor,
                                    (const char * const *) known->pdata, &error))
    g_debug ("Could not restore ticks: %s", error->message);
}

static void
watch_ticks (TradeoffWindow *self)
{
  GListModel *ticks = tradeoff_advisor_get_ticks (self->advisor);
  guint n = g_list_model_get_n_items (ticks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) tick = g_list_model_get_item (ticks, i);

      /* The level changes with every tick and untick, and alone too
       * (matters a lot, must have). */
      g_signal_connect_object (tick, "notify::level",
                               G_CALLBACK (remember_ticks), self,
                               G_CONNECT_SWAPPED);
    }
}

void
tradeoff_window_set_comparison (TradeoffWindow     *self,
                                TradeoffComparison *comparison)
{
  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison));

  if (comparison == self->comparison)
    return;

  g_set_object (&self->comparison, comparison);
  g_clear_object (&self->advisor);

  if (comparison != NULL)
    {
      self->advisor = tradeoff_advisor_new (comparison);
      restore_ticks (self);
      watch_ticks (self);
    }

  /* Set here rather than bound in the template: GTK 4.8 warns when a
   * template binds the template object's own property and is finalized. */
  gtk_window_set_title (GTK_WINDOW (self),
                        comparison != NULL ? tradeoff_comparison_get_title (comparison) : _("Tradeoff"));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISOR]);
  tradeoff_window_update_actions (self);
}

void
tradeoff_window_show_error (TradeoffWindow *self,
                            const char     *message)
{
  g_return_if_fail (TRADEOFF_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_text (self->banner_label, message);
  gtk_revealer_set_reveal_child (self->banner, TRUE);
  tradeoff_window_update_actions (self);
}

const char *
tradeoff_window_get_error (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner))
    return NULL;

  return gtk_label_get_text (self->banner_label);
}

gboolean
tradeoff_window_open_file (TradeoffWindow *self,
                           GFile          *file)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  comparison = tradeoff_loader_load_file (file, NULL, &error);
  return tradeoff_window_show_loaded (self, comparison, error);
}

/**
 * tradeoff_window_show_loaded:
 * @comparison: (nullable): what the loader returned
 * @error: (nullable): and the error it set, if it returned %NULL
 *
 * Shows a comparison loaded elsewhere (see tradeoff-preload.c), or why it
 * could not be, keeping what the window showed.
 *
 * Returns: whether the window now shows @comparison
 */
gboolean
tradeoff_window_show_loaded (TradeoffWindow     *self,
                             TradeoffComparison *comparison,
                             const GError       *error)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (comparison == NULL || TRADEOFF_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (comparison != NULL || error != NULL, FALSE);

  if (comparison == NULL)
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->banner, FALSE);
  tradeoff_window_set_comparison (self, comparison);
  return TRUE;
}

gboolean
tradeoff_window_load_shipped (TradeoffWindow *self)
{
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);

  comparison = tradeoff_loader_load_shipped (&error);
  if (comparison == NULL)
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  tradeoff_window_set_comparison (self, comparison);
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         TradeoffWindow *self)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;

  /* One comparison at a time: the first file dropped is the one opened. */
  tradeoff_window_open_file (self, files->data);
  return TRUE;
}

/* Without a window manager (or on a small screen) a remembered size larger
 * than the monitor would hide half the window. */
static void
clamp_to_monitor (int *width,
                  int *height)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle geometry;

  if (display == NULL)
    return;

  monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  if (monitor == NULL)
    return;

  gdk_monitor_get_geometry (monitor, &geometry);
  *width = MIN (*width, geometry.width);
  *height = MIN (*height, geometry.height);
}

/* The panes move between the paned (side by side) and the narrow stack (one
 * page each, with a switcher); their contents and bindings stay as they are. */
static void
apply_layout (TradeoffWindow *self,
              gboolean        narrow)
{
  g_autoptr(GtkWidget) guide = g_object_ref (self->guide_pane);
  g_autoptr(GtkWidget) advice = g_object_ref (self->advice_pane);

  if (narrow)
    {
      gtk_paned_set_start_child (self->paned, NULL);
      gtk_paned_set_end_child (self->paned, NULL);
      gtk_stack_add_titled (self->narrow_stack, guide, "guide", _("Guide"));
      gtk_stack_add_titled (self->narrow_stack, advice, "advice", _("Advice"));
      gtk_stack_set_visible_child_name (self->layout_stack, "narrow");
    }
  else
    {
      if (gtk_widget_get_parent (guide) != NULL)
        gtk_stack_remove (self->narrow_stack, guide);
      if (gtk_widget_get_parent (advice) != NULL)
        gtk_stack_remove (self->narrow_stack, advice);
      gtk_paned_set_start_child (self->paned, guide);
      gtk_paned_set_end_child (self->paned, advice);
      gtk_stack_set_visible_child_name (self->layout_stack, "wide");
    }

  gtk_widget_set_visible (self->switcher_bar, narrow);
  self->narrow = narrow;
}

static gboolean
apply_layout_idle (gpointer user_data)
{
  TradeoffWindow *self = user_data;
  gboolean narrow = gtk_widget_get_width (GTK_WIDGET (self)) < NARROW_WIDTH;

  self->layout_idle = 0;
  if (narrow != self->narrow)
    apply_layout (self, narrow);

  return G_SOURCE_REMOVE;
}

static void
tradeoff_window_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  GTK_WIDGET_CLASS (tradeoff_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Widgets must not move while the window is being allocated. */
  if ((width < NARROW_WIDTH) != self->narrow && self->layout_idle == 0)
    self->layout_idle = g_idle_add (apply_layout_idle, self);
}

/* GTK asks the window for its width at a given height while it works out
 * the window's size.  The question goes down to every wrapped label, and a
 * GtkLabel answers it by laying its text out at a dozen widths, looking for
 * the narrowest that fits that height: before the first frame, much of
 * the text shaping (README, "Performance").  The contents are height-for-
 * width: they take the width they are given and grow as tall as they need,
 * so the window asks for their width without a height, one layout per
 * label.  Only the narrowest width of a window squeezed below its natural
 * height can differ. */
static void
tradeoff_window_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  GTK_WIDGET_CLASS (tradeoff_window_parent_class)->measure (widget, orientation, for_size,
                                                            minimum, natural,
                                                            minimum_baseline, natural_baseline);
}

static void
restore_window_state (TradeoffWindow *self)
{
  int width = tradeoff_settings_get_window_width (self->settings);
  int height = tradeoff_settings_get_window_height (self->settings);

  clamp_to_monitor (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  /* Start in the layout that fits, rather than switching after one frame. */
  if (width < NARROW_WIDTH)
    apply_layout (self, TRUE);

  if (tradeoff_settings_get_window_maximized (self->settings))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
tradeoff_window_close_request (GtkWindow *window)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);

  /* A maximized window keeps the size it had before, for unmaximizing. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      tradeoff_settings_set_window_width (self->settings, width);
      tradeoff_settings_set_window_height (self->settings, height);
    }
  tradeoff_settings_set_window_maximized (self->settings, maximized);

  return GTK_WINDOW_CLASS (tradeoff_window_parent_class)->close_request (window);
}

static void
tradeoff_window_constructed (GObject *object)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  G_OBJECT_CLASS (tradeoff_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = tradeoff_settings_new ();

  restore_window_state (self);
  tradeoff_window_update_actions (self);
}

static void
tradeoff_window_dispose (GObject *object)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  g_clear_handle_id (&self->layout_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRADEOFF_TYPE_WINDOW);

  g_clear_object (&self->advisor);
  g_clear_object (&self->comparison);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tradeoff_window_parent_class)->dispose (object);
}

static void
tradeoff_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_ADVISOR:
      g_value_set_object (value, self->advisor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_COMPARISON:
      tradeoff_window_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_window_class_init (TradeoffWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tradeoff_window_constructed;
  object_class->dispose = tradeoff_window_dispose;
  object_class->get_property = tradeoff_window_get_property;
  object_class->set_property = tradeoff_window_set_property;
  widget_class->measure = tradeoff_window_measure;
  widget_class->size_allocate = tradeoff_window_size_allocate;
  window_class->close_request = tradeoff_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         TRADEOFF_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         TRADEOFF_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADVISOR] =
    g_param_spec_object ("advisor", NULL, NULL,
                         TRADEOFF_TYPE_ADVISOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TRADEOFF_TYPE_COMPARISON_GRID);
  g_type_ensure (TRADEOFF_TYPE_CRITERIA_FORM);
  g_type_ensure (TRADEOFF_TYPE_FAQ_VIEW);
  g_type_ensure (TRADEOFF_TYPE_REASONS_VIEW);
  g_type_ensure (TRADEOFF_TYPE_VERDICT_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tradeoff/Tradeoff/ui/tradeoff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, faq_view);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, layout_stack);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, narrow_stack);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, guide_pane);
  gtk_widget_class_bind_template_child (widget_class, TradeoffWindow, advice_pane);
  gtk_widget_class_bind_template_callback (widget_class, comparison_intro);
  gtk_widget_class_bind_template_callback (widget_class, comparison_byline);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, has_ticks);

  tradeoff_window_class_install_actions (widget_class);
}

static void
tradeoff_window_init (TradeoffWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

TradeoffWindow *
tradeoff_window_new (GtkApplication   *application,
                     TradeoffSettings *settings)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || TRADEOFF_IS_SETTINGS (settings), NULL);

  return g_object_new (TRADEOFF_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

TradeoffComparison *
tradeoff_window_get_comparison (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  return self->comparison;
}

TradeoffAdvisor *
tradeoff_window_get_advisor (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), NULL);

  return self->advisor;
}
