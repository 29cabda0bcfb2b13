/* tradeoff-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's win.* actions and their keys.  Menus, buttons and shortcuts
 * all go through these, so each works from the keyboard.
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-faq-view.h"
#include "tradeoff-file-chooser.h"
#include "tradeoff-report.h"
#include "tradeoff-window-private.h"

/* The name says the format; failing that, the filter that was chosen; and a
 * name with neither gets a PDF, the one format every reader opens. */
static TradeoffReportFormat
format_for (GFile *file,
            int    filter_format)
{
  g_autofree char *name = g_file_get_basename (file);
  TradeoffReportFormat format = TRADEOFF_REPORT_FORMAT_PDF;

  if (!tradeoff_report_format_for_filename (name, &format) && filter_format >= 0)
    format = filter_format;

  return format;
}

static void
save_to (GFile    *file,
         int       filter_format,
         gpointer  user_data)
{
  g_autoptr(TradeoffWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* The window may have been closed while the dialog was open. */
  if (file == NULL || self->advisor == NULL)
    return;

  if (!tradeoff_report_save (self->advisor, file, format_for (file, filter_format),
                             NULL, &error))
    tradeoff_window_show_error (self, error->message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->comparison == NULL)
    return;

  name = g_strdup_printf ("%s.pdf", tradeoff_comparison_get_id (self->comparison));
  tradeoff_file_chooser_save (GTK_WINDOW (self), name, save_to, g_object_ref (self));
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  if (self->advisor != NULL)
    tradeoff_advisor_reset (self->advisor);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  tradeoff_faq_view_focus_search (TRADEOFF_FAQ_VIEW (self->faq_view));
}

static void
close_banner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->banner, FALSE);
  tradeoff_window_update_actions (self);
}

void
tradeoff_window_update_actions (TradeoffWindow *self)
{
  gboolean has_comparison = self->advisor != NULL;
  gboolean has_ticks = has_comparison && tradeoff_advisor_get_n_ticked (self->advisor) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_comparison);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reset", has_ticks);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_comparison);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-banner",
                                 gtk_revealer_get_reveal_child (self->banner));
}

void
tradeoff_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.close-banner", NULL, close_banner_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
