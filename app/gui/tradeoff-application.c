/* tradeoff-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-application"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-application.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-file-chooser.h"
#include "tradeoff-import.h"
#include "tradeoff-preload.h"
#include "tradeoff-style-manager.h"
#include "tradeoff-window.h"

struct _TradeoffApplication
{
  GtkApplication        parent_instance;

  TradeoffSettings     *settings;
  TradeoffStyleManager *style_manager;

  /* The file named on the command line, being read since main(). */
  TradeoffPreload      *preload;
};

G_DEFINE_FINAL_TYPE (TradeoffApplication, tradeoff_application, GTK_TYPE_APPLICATION)

static TradeoffWindow *
new_window (TradeoffApplication *self)
{
  return tradeoff_window_new (GTK_APPLICATION (self), self->settings);
}

static void
open_chosen_file (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(TradeoffWindow) window = user_data;

  if (file != NULL)
    tradeoff_window_begin_open (window, file);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TradeoffApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!TRADEOFF_IS_WINDOW (window))
    {
      window = GTK_WINDOW (new_window (self));
      gtk_window_present (window);
    }

  tradeoff_file_chooser_open (window, open_chosen_file, g_object_ref (window));
}

/* The main window the person is working in: the active one, or the one an
 * active editor edits. */
static TradeoffWindow *
main_window (TradeoffApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL && !TRADEOFF_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (!TRADEOFF_IS_WINDOW (window))
    {
      window = GTK_WINDOW (new_window (self));
      gtk_window_present (window);
    }

  return TRADEOFF_WINDOW (window);
}

/* Shows @comparison in a main window with its editor open: the one in use
 * unless it is being edited already. */
static void
edit_new (TradeoffApplication *self,
          TradeoffComparison  *comparison)
{
  TradeoffWindow *window = main_window (self);

  if (tradeoff_editor_window_find (window) != NULL)
    {
      window = new_window (self);
      gtk_window_present (GTK_WINDOW (window));
    }

  tradeoff_window_set_comparison (window, comparison);
  tradeoff_editor_window_open (window, NULL);
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_editor_new_comparison ();

  edit_new (user_data, comparison);
}

static void
import_chosen_page (GFile    *file,
                    gpointer  user_data)
{
  g_autoptr(TradeoffWindow) window = user_data;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *application;

  if (file == NULL)
    return;

  comparison = tradeoff_import_file (file, TRADEOFF_IMPORT_FORMAT_AUTO, NULL, &error);
  if (comparison == NULL)
    {
      tradeoff_window_show_error (window, error->message);
      return;
    }

  application = gtk_window_get_application (GTK_WINDOW (window));
  if (application != NULL)
    edit_new (TRADEOFF_APPLICATION (application), comparison);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TradeoffWindow *window = main_window (user_data);

  tradeoff_file_chooser_open_page (GTK_WINDOW (window), import_chosen_page, g_object_ref (window));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (!GTK_IS_APPLICATION_WINDOW (window))
    return;

  /* Built on first use rather than for every window at start-up (which is
   * what GtkApplication does with gtk/help-overlay.ui): most windows never
   * show it, and start-up time is budgeted. */
  if (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/org/tradeoff/Tradeoff/ui/help-overlay.ui");

      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (window),
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (window,
                         "program-name", _("Tradeoff"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Weigh two or more technologies against what matters to you"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© The Tradeoff authors"),
                         NULL);
}

static void
pop_down_all (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget) && gtk_widget_get_visible (widget))
    gtk_popover_popdown (GTK_POPOVER (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pop_down_all (child);
}

/* Ctrl+Q.  Two things once made it crash, seldom (seen once, in French,
 * after opening a FAQ question and the main menu):
 * - closing a window takes it out of the application's list, so the loop
 *   walks a copy;
 * - with a popover menu open under the pointer, GTK 4.8 times a tooltip
 *   for it, and when the window goes its popover's surface goes too, but
 *   the timer stays and then asks that surface for the pointer
 *   (tooltip_popup_timeout; tests/test-quit.c catches it).  Menus popped
 *   down first take their tooltip timers with them. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Unsaved edits are asked about first, one editor at a time; each
   * answer but Cancel comes back here. */
  for (GList *l = windows; l != NULL; l = l->next)
    {
      TradeoffEditorWindow *editor = TRADEOFF_IS_WINDOW (l->data)
                                     ? tradeoff_editor_window_find (l->data) : NULL;

      if (editor != NULL && !tradeoff_editor_window_ask_before (editor, "app.quit"))
        {
          g_list_free (windows);
          return;
        }
    }

  for (GList *l = windows; l != NULL; l = l->next)
    pop_down_all (l->data);

  /* Closing, not destroying, so each window remembers its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);

  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "new", .activate = new_action },
  { .name = "open", .activate = open_action },
  { .name = "import", .activate = import_action },
  { .name = "shortcuts", .activate = shortcuts_action },
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

/* GTK 4.8 does not load the style sheet at the resource base path by itself. */
void
_tradeoff_application_load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL)
    return;

  gtk_css_provider_load_from_resource (provider, "/org/tradeoff/Tradeoff/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
tradeoff_application_startup (GApplication *application)
{
  TradeoffApplication *self = TRADEOFF_APPLICATION (application);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.import", { "<Control>i", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (tradeoff_application_parent_class)->startup (application);

  /* Once per process, however many times an application starts up in it. */
  if (g_strcmp0 (g_get_application_name (), _("Tradeoff")) != 0)
    g_set_application_name (_("Tradeoff"));
  _tradeoff_application_load_style ();
  gtk_window_set_default_icon_name (APP_ID);
  /* Light or dark as the desktop prefers, once the portal answers; the
   * connection is NULL when there is no session bus. */
  self->style_manager = tradeoff_style_manager_new (g_application_get_dbus_connection (application),
                                                    gtk_settings_get_default ());

  self->settings = tradeoff_settings_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
tradeoff_application_shutdown (GApplication *application)
{
  TradeoffApplication *self = TRADEOFF_APPLICATION (application);

  G_APPLICATION_CLASS (tradeoff_application_parent_class)->shutdown (application);

  /* Ticks of the last moment are still waiting to be written: now, even
   * if a window somewhere still holds the settings. */
  if (self->settings != NULL)
    tradeoff_tick_store_flush (tradeoff_settings_get_tick_store (self->settings));
  g_clear_object (&self->settings);
  g_clear_object (&self->style_manager);
}

static void
tradeoff_application_activate (GApplication *application)
{
  TradeoffApplication *self = TRADEOFF_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (self));
      tradeoff_window_load_shipped (TRADEOFF_WINDOW (window));
    }

  gtk_window_present (window);
}

/* `tradeoff FILE…`: a window per file.  One that cannot be read still opens,
 * showing the shipped comparison and, above it, why the file failed.  The
 * file named when Tradeoff started was read while GTK started; one sent to
 * a Tradeoff already running is read on a thread while its window shows. */
static void
tradeoff_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  TradeoffApplication *self = TRADEOFF_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      TradeoffWindow *window = new_window (self);

      g_autofree char *name = g_file_get_basename (files[i]);

      /* The preload reads a comparison: a decision file's decision would
       * be lost, so it is read again, as a decision. */
      if (self->preload != NULL && tradeoff_preload_is_for (self->preload, files[i])
          && g_str_has_suffix (name, ".tradeoff"))
        g_clear_pointer (&self->preload, tradeoff_preload_free);

      if (self->preload != NULL && tradeoff_preload_is_for (self->preload, files[i]))
        {
          g_autoptr(TradeoffPreload) preload = g_steal_pointer (&self->preload);
          g_autoptr(TradeoffComparison) comparison = NULL;
          g_autoptr(GError) error = NULL;

          comparison = tradeoff_preload_finish (preload, &error);
          if (tradeoff_window_show_loaded (window, comparison, error))
            tradeoff_window_set_file (window, files[i]);
          else
            tradeoff_window_load_shipped (window);
        }
      else
        {
          tradeoff_window_begin_open (window, files[i]);
        }

      gtk_window_present (GTK_WINDOW (window));
    }
}

/**
 * tradeoff_application_preload:
 * @preload: (transfer full): a file being read, that "open" will be asked
 *   for
 *
 * Hands the application a load started before it ran, for the window that
 * opens the same file to take.
 */
void
tradeoff_application_preload (TradeoffApplication *self,
                              TradeoffPreload     *preload)
{
  g_return_if_fail (TRADEOFF_IS_APPLICATION (self));

  g_clear_pointer (&self->preload, tradeoff_preload_free);
  self->preload = preload;
}

/* A load no window took (the files went to a Tradeoff already running) is
 * let go of here. */
static void
tradeoff_application_finalize (GObject *object)
{
  TradeoffApplication *self = TRADEOFF_APPLICATION (object);

  g_clear_pointer (&self->preload, tradeoff_preload_free);

  G_OBJECT_CLASS (tradeoff_application_parent_class)->finalize (object);
}

static void
tradeoff_application_class_init (TradeoffApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tradeoff_application_finalize;
  app_class->startup = tradeoff_application_startup;
  app_class->shutdown = tradeoff_application_shutdown;
  app_class->activate = tradeoff_application_activate;
  app_class->open = tradeoff_application_open;
}

static void
tradeoff_application_init (TradeoffApplication *self)
{
}

TradeoffApplication *
tradeoff_application_new (void)
{
  return g_object_new (TRADEOFF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/tradeoff/Tradeoff",
                       NULL);
}

TradeoffSettings *
tradeoff_application_get_settings (TradeoffApplication *self)
{
  g_return_val_if_fail (TRADEOFF_IS_APPLICATION (self), NULL);

  return self->settings;
}
