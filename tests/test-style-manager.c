/* test-style-manager.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Light or dark as the desktop says: a private session bus with a stand-in
 * for the XDG settings portal, which answers Read and emits SettingChanged
 * as xdg-desktop-portal does, and the GtkSettings the style manager sets.
 * Without a portal, or without a bus, nothing changes and nothing warns
 * (warnings are fatal here).
 */

#define G_LOG_DOMAIN "test-style-manager"

#include "config.h"

#include <gtk/gtk.h>

#include "testing.h"
#include "tradeoff-style-manager.h"
#include "window-testing.h"

#define PORTAL_BUS_NAME    "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS    "org.freedesktop.portal.Settings"
#define PREFER_DARK        "gtk-application-prefer-dark-theme"

static const char portal_xml[] =
  "<node>"
  "  <interface name='" PORTAL_SETTINGS "'>"
  "    <method name='Read'>"
  "      <arg type='s' name='namespace' direction='in'/>"
  "      <arg type='s' name='key' direction='in'/>"
  "      <arg type='v' name='value' direction='out'/>"
  "    </method>"
  "    <signal name='SettingChanged'>"
  "      <arg type='s' name='namespace'/>"
  "      <arg type='s' name='key'/>"
  "      <arg type='v' name='value'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

typedef struct
{
  GTestDBus       *bus;
  GDBusConnection *client;         /* the application's connection */
  GDBusConnection *portal;         /* the stand-in portal's */
  guint            registration;
  guint            name_id;
  gboolean         has_name;
  gboolean         has_color_scheme;
  guint32          color_scheme;   /* what Read answers */
  guint            reads;          /* Read calls answered */
  GHashTable      *notifications;  /* of the manager's properties */
} Fixture;

static void
portal_method (GDBusConnection       *connection,
               const char            *sender,
               const char            *object_path,
               const char            *interface_name,
               const char            *method_name,
               GVariant              *parameters,
               GDBusMethodInvocation *invocation,
               gpointer               user_data)
{
  Fixture *fixture = user_data;
  const char *name_space;
  const char *key;

  g_variant_get (parameters, "(&s&s)", &name_space, &key);
  fixture->reads++;
  if (!fixture->has_color_scheme || g_strcmp0 (name_space, "org.freedesktop.appearance") != 0 ||
      g_strcmp0 (key, "color-scheme") != 0)
    {
      g_dbus_method_invocation_return_dbus_error (invocation,
                                                  "org.freedesktop.portal.Error.NotFound",
                                                  "Requested setting not found");
      return;
    }

  /* Read wraps the value in a second variant, as the portal does. */
  g_dbus_method_invocation_return_value (invocation,
                                         g_variant_new ("(v)",
                                                        g_variant_new_variant (
                                                          g_variant_new_uint32 (fixture->color_scheme))));
}

static const GDBusInterfaceVTable portal_vtable = { .method_call = portal_method };

static void
name_acquired (GDBusConnection *connection,
               const char      *name,
               gpointer         user_data)
{
  Fixture *fixture = user_data;

  fixture->has_name = TRUE;
}

static gboolean
portal_ready (gpointer data)
{
  Fixture *fixture = data;

  return fixture->has_name;
}

static gboolean
portal_answered (gpointer data)
{
  Fixture *fixture = data;

  return fixture->reads > 0;
}

static GDBusConnection *
connect (GTestDBus *bus)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *connection =
    g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                            NULL, NULL, &error);

  g_assert_no_error (error);
  return connection;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  with_portal)
{
  g_object_set (gtk_settings_get_default (), PREFER_DARK, FALSE, NULL);

  fixture->bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (fixture->bus);
  fixture->client = connect (fixture->bus);

  if (!GPOINTER_TO_INT (with_portal))
    return;

  {
    g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (portal_xml, NULL);
    g_autoptr(GError) error = NULL;

    fixture->portal = connect (fixture->bus);
    fixture->registration =
      g_dbus_connection_register_object (fixture->portal, PORTAL_OBJECT_PATH, node->interfaces[0],
                                         &portal_vtable, fixture, NULL, &error);
    g_assert_no_error (error);
    fixture->name_id = g_bus_own_name_on_connection (fixture->portal, PORTAL_BUS_NAME,
                                                     G_BUS_NAME_OWNER_FLAGS_NONE,
                                                     name_acquired, NULL, fixture, NULL);
    g_assert_true (wait_until (portal_ready, fixture));
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  with_portal)
{
  if (fixture->portal != NULL)
    {
      g_bus_unown_name (fixture->name_id);
      g_dbus_connection_unregister_object (fixture->portal, fixture->registration);
      g_dbus_connection_close_sync (fixture->portal, NULL, NULL);
      g_clear_object (&fixture->portal);
    }

  g_dbus_connection_close_sync (fixture->client, NULL, NULL);
  g_clear_object (&fixture->client);
  g_clear_pointer (&fixture->notifications, g_hash_table_unref);
  g_test_dbus_down (fixture->bus);
  g_clear_object (&fixture->bus);

  g_object_set (gtk_settings_get_default (), PREFER_DARK, FALSE, NULL);
}

static gboolean
prefers_dark (void)
{
  gboolean dark = FALSE;

  g_object_get (gtk_settings_get_default (), PREFER_DARK, &dark, NULL);
  return dark;
}

typedef struct
{
  TradeoffStyleManager *manager;
  TradeoffColorScheme   scheme;
} Wanted;

static gboolean
has_scheme (gpointer data)
{
  Wanted *wanted = data;

  return tradeoff_style_manager_get_color_scheme (wanted->manager) == wanted->scheme;
}

static TradeoffStyleManager *
new_manager (Fixture *fixture)
{
  TradeoffStyleManager *manager = tradeoff_style_manager_new (fixture->client,
                                                              gtk_settings_get_default ());

  g_clear_pointer (&fixture->notifications, g_hash_table_unref);
  fixture->notifications = watch (manager);
  return manager;
}

static void
emit_setting (Fixture    *fixture,
              const char *name_space,
              const char *key,
              guint32     value)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (fixture->portal, NULL, PORTAL_OBJECT_PATH, PORTAL_SETTINGS,
                                 "SettingChanged",
                                 g_variant_new ("(ssv)", name_space, key,
                                                g_variant_new_uint32 (value)),
                                 &error);
  g_assert_no_error (error);
}

/* Waits until every reply the bus itself has sent the client is handled:
 * the bus answers in order, and each answer is queued on the main context
 * as it comes in, so once a later call's reply is in, draining the main
 * context handles the earlier ones. */
static void
flush_client (Fixture *fixture)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_sync (fixture->client, "org.freedesktop.DBus",
                                       "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId",
                                       NULL, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The desktop prefers dark at start-up: the window goes dark. */
static void
test_dark_at_start (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TradeoffStyleManager) manager = NULL;
  Wanted dark;

  fixture->has_color_scheme = TRUE;
  fixture->color_scheme = TRADEOFF_COLOR_SCHEME_PREFER_DARK;
  manager = new_manager (fixture);
  dark = (Wanted) { manager, TRADEOFF_COLOR_SCHEME_PREFER_DARK };

  g_assert_true (wait_until (has_scheme, &dark));
  g_assert_true (prefers_dark ());
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 1);
}

/* The person switches while Tradeoff runs: light, then no preference, and
 * settings of other kinds change nothing. */
static void
test_follows_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TradeoffStyleManager) manager = NULL;
  Wanted wanted;

  fixture->has_color_scheme = TRUE;
  fixture->color_scheme = TRADEOFF_COLOR_SCHEME_PREFER_DARK;
  manager = new_manager (fixture);
  wanted = (Wanted) { manager, TRADEOFF_COLOR_SCHEME_PREFER_DARK };
  g_assert_true (wait_until (has_scheme, &wanted));

  emit_setting (fixture, "org.gnome.desktop.interface", "color-scheme", 2);
  emit_setting (fixture, "org.freedesktop.appearance", "contrast", 2);
  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 2);
  wanted.scheme = TRADEOFF_COLOR_SCHEME_PREFER_LIGHT;
  g_assert_true (wait_until (has_scheme, &wanted));
  g_assert_false (prefers_dark ());
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 2);

  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 1);
  wanted.scheme = TRADEOFF_COLOR_SCHEME_PREFER_DARK;
  g_assert_true (wait_until (has_scheme, &wanted));
  g_assert_true (prefers_dark ());

  /* "No preference" gives back what GtkSettings had before: light here. */
  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 0);
  wanted.scheme = TRADEOFF_COLOR_SCHEME_DEFAULT;
  g_assert_true (wait_until (has_scheme, &wanted));
  g_assert_false (prefers_dark ());
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 4);
}

/* A settings.ini that asks for dark is kept when the portal does not know
 * the setting, and when the desktop says it has no preference. */
static void
test_keeps_own_preference (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TradeoffStyleManager) manager = NULL;
  Wanted wanted;

  g_object_set (gtk_settings_get_default (), PREFER_DARK, TRUE, NULL);
  fixture->has_color_scheme = FALSE;
  manager = new_manager (fixture);
  g_assert_true (wait_until (portal_answered, fixture));

  /* Sent after the portal's answer, so handled after it. */
  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 1);
  wanted = (Wanted) { manager, TRADEOFF_COLOR_SCHEME_PREFER_DARK };
  g_assert_true (wait_until (has_scheme, &wanted));
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 1);

  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 0);
  wanted.scheme = TRADEOFF_COLOR_SCHEME_DEFAULT;
  g_assert_true (wait_until (has_scheme, &wanted));
  g_assert_true (prefers_dark ());
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 2);
}

/* No portal on the bus: nothing changes, nothing warns. */
static void
test_no_portal (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TradeoffStyleManager) manager = new_manager (fixture);

  flush_client (fixture);

  g_assert_false (prefers_dark ());
  g_assert_cmpint (tradeoff_style_manager_get_color_scheme (manager), ==,
                   TRADEOFF_COLOR_SCHEME_DEFAULT);
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 0);
}

/* No session bus at all. */
static void
test_no_bus (void)
{
  g_autoptr(TradeoffStyleManager) manager =
    tradeoff_style_manager_new (NULL, gtk_settings_get_default ());

  g_assert_false (prefers_dark ());
  g_assert_cmpint (tradeoff_style_manager_get_color_scheme (manager), ==,
                   TRADEOFF_COLOR_SCHEME_DEFAULT);
}

/* Going away before the portal answers is safe, and the late answer
 * changes nothing. */
static void
test_gone_before_answer (Fixture       *fixture,
                         gconstpointer  data)
{
  TradeoffStyleManager *manager;

  fixture->has_color_scheme = TRUE;
  fixture->color_scheme = TRADEOFF_COLOR_SCHEME_PREFER_DARK;
  manager = new_manager (fixture);
  g_assert_finalize_object (manager);

  g_assert_true (wait_until (portal_answered, fixture));
  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 1);
  flush_client (fixture);

  g_assert_false (prefers_dark ());
}

/* GTK 4.20 follows the desktop's color-scheme itself and deprecates
 * gtk-application-prefer-dark-theme: there the manager touches nothing,
 * even with a portal that says dark and then changes its mind. */
static void
test_steps_aside (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TradeoffStyleManager) manager = NULL;

  fixture->has_color_scheme = TRUE;
  fixture->color_scheme = TRADEOFF_COLOR_SCHEME_PREFER_DARK;
  g_setenv ("TRADEOFF_COMPAT_GTK_MINOR", "20", TRUE);
  manager = new_manager (fixture);
  g_unsetenv ("TRADEOFF_COMPAT_GTK_MINOR");

  emit_setting (fixture, "org.freedesktop.appearance", "color-scheme", 1);
  flush_client (fixture);

  g_assert_false (prefers_dark ());
  g_assert_cmpint (tradeoff_style_manager_get_color_scheme (manager), ==, TRADEOFF_COLOR_SCHEME_DEFAULT);
  g_assert_cmpuint (count_of (fixture->notifications, "color-scheme"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/tradeoff/style-manager/dark-at-start", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_dark_at_start, fixture_tear_down);
  g_test_add ("/tradeoff/style-manager/follows-changes", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_follows_changes, fixture_tear_down);
  g_test_add ("/tradeoff/style-manager/keeps-own-preference", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_keeps_own_preference, fixture_tear_down);
  g_test_add ("/tradeoff/style-manager/no-portal", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_no_portal, fixture_tear_down);
  g_test_add ("/tradeoff/style-manager/gone-before-answer", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_gone_before_answer, fixture_tear_down);
  g_test_add ("/tradeoff/style-manager/steps-aside-from-gtk-4-20", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_steps_aside, fixture_tear_down);
  g_test_add_func ("/tradeoff/style-manager/no-bus", test_no_bus);

  return g_test_run ();
}
