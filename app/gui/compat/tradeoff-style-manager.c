/* tradeoff-style-manager.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works around: GTK before 4.20 not following the desktop's color-scheme
 * by itself.  Steps aside from GTK 4.20, which reads the portal's setting
 * and deprecates gtk-application-prefer-dark-theme: there it does nothing.
 *
 * Follows the desktop's light or dark preference.  GTK 4.8 without
 * libadwaita does not read the freedesktop color-scheme setting itself, so
 * this asks the XDG settings portal for org.freedesktop.appearance
 * color-scheme, listens for SettingChanged, and sets GtkSettings'
 * gtk-application-prefer-dark-theme to match.
 *
 * Everything is asynchronous: start-up never waits for the portal.  With no
 * session bus, no portal, or a portal without the setting, nothing changes
 * and nothing is reported beyond a debug message: GTK's own defaults (and
 * GTK_THEME, and settings.ini) stay in charge.
 */

#define G_LOG_DOMAIN "tradeoff-style-manager"

#include "config.h"

#include "tradeoff-compat.h"
#include "tradeoff-style-manager.h"

#define PORTAL_BUS_NAME      "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH   "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS      "org.freedesktop.portal.Settings"
#define APPEARANCE_NAMESPACE "org.freedesktop.appearance"
#define COLOR_SCHEME_KEY     "color-scheme"
#define PREFER_DARK_PROPERTY "gtk-application-prefer-dark-theme"

struct _TradeoffStyleManager
{
  GObject              parent_instance;

  GDBusConnection     *connection;
  GtkSettings         *settings;
  GCancellable        *cancellable;
  guint                changed_id;

  /* What GtkSettings said before the portal did: "no preference" puts it
   * back, so a settings.ini that asks for dark still gets dark. */
  gboolean             prefer_dark_before;
  TradeoffColorScheme  color_scheme;
};

G_DEFINE_FINAL_TYPE (TradeoffStyleManager, tradeoff_style_manager, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TradeoffColorScheme, tradeoff_color_scheme,
  G_DEFINE_ENUM_VALUE (TRADEOFF_COLOR_SCHEME_DEFAULT, "default"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_COLOR_SCHEME_PREFER_DARK, "prefer-dark"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_COLOR_SCHEME_PREFER_LIGHT, "prefer-light"))

enum {
  PROP_0,
  PROP_CONNECTION,
  PROP_SETTINGS,
  PROP_COLOR_SCHEME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
apply_color_scheme (TradeoffStyleManager *self,
                    TradeoffColorScheme   color_scheme)
{
  gboolean prefer_dark;
  gboolean was_dark = FALSE;

  if (self->color_scheme == color_scheme)
    return;

  self->color_scheme = color_scheme;

  switch (color_scheme)
    {
    case TRADEOFF_COLOR_SCHEME_PREFER_DARK:
      prefer_dark = TRUE;
      break;

    case TRADEOFF_COLOR_SCHEME_PREFER_LIGHT:
      prefer_dark = FALSE;
      break;

    case TRADEOFF_COLOR_SCHEME_DEFAULT:
    default:
      prefer_dark = self->prefer_dark_before;
      break;
    }

  /* Setting it reloads the theme: only when it really changes. */
  g_object_get (self->settings, PREFER_DARK_PROPERTY, &was_dark, NULL);
  if (was_dark != prefer_dark)
    g_object_set (self->settings, PREFER_DARK_PROPERTY, prefer_dark, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_SCHEME]);
}

/* The portal's value is a uint32, wrapped in one variant by ReadOne and
 * SettingChanged and in two by the older Read. */
static void
apply_value (TradeoffStyleManager *self,
             GVariant             *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);
  guint32 scheme;

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *unwrapped = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = unwrapped;
    }

  if (!g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    {
      g_debug ("The portal's %s is a %s, not a uint32", COLOR_SCHEME_KEY,
               g_variant_get_type_string (inner));
      return;
    }

  scheme = g_variant_get_uint32 (inner);
  apply_color_scheme (self, scheme <= TRADEOFF_COLOR_SCHEME_PREFER_LIGHT
                            ? (TradeoffColorScheme) scheme : TRADEOFF_COLOR_SCHEME_DEFAULT);
}

static void
setting_changed (GDBusConnection *connection,
                 const char      *sender_name,
                 const char      *object_path,
                 const char      *interface_name,
                 const char      *signal_name,
                 GVariant        *parameters,
                 gpointer         user_data)
{
  TradeoffStyleManager *self = user_data;
  g_autoptr(GVariant) value = NULL;
  const char *name_space;
  const char *key;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &name_space, &key, &value);
  if (g_strcmp0 (name_space, APPEARANCE_NAMESPACE) == 0 &&
      g_strcmp0 (key, COLOR_SCHEME_KEY) == 0)
    apply_value (self, value);
}

static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      /* Cancelled means @user_data is gone. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No color scheme from the settings portal: %s", error->message);
      return;
    }

  g_variant_get (reply, "(v)", &value);
  apply_value (TRADEOFF_STYLE_MANAGER (user_data), value);
}

static void
tradeoff_style_manager_constructed (GObject *object)
{
  TradeoffStyleManager *self = TRADEOFF_STYLE_MANAGER (object);

  G_OBJECT_CLASS (tradeoff_style_manager_parent_class)->constructed (object);

  if (self->connection == NULL || self->settings == NULL ||
      !tradeoff_compat_gtk_older_than (20))
    return;

  g_object_get (self->settings, PREFER_DARK_PROPERTY, &self->prefer_dark_before, NULL);

  /* Listening first, so that no change between the two is lost. */
  self->changed_id =
    g_dbus_connection_signal_subscribe (self->connection, PORTAL_BUS_NAME, PORTAL_SETTINGS,
                                        "SettingChanged", PORTAL_OBJECT_PATH,
                                        APPEARANCE_NAMESPACE, G_DBUS_SIGNAL_FLAGS_NONE,
                                        setting_changed, self, NULL);

  /* Read rather than ReadOne: every version of the portal has it. */
  g_dbus_connection_call (self->connection, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          PORTAL_SETTINGS, "Read",
                          g_variant_new ("(ss)", APPEARANCE_NAMESPACE, COLOR_SCHEME_KEY),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          self->cancellable, read_done, self);
}

static void
tradeoff_style_manager_dispose (GObject *object)
{
  TradeoffStyleManager *self = TRADEOFF_STYLE_MANAGER (object);

  g_cancellable_cancel (self->cancellable);
  if (self->changed_id != 0)
    {
      g_dbus_connection_signal_unsubscribe (self->connection, self->changed_id);
      self->changed_id = 0;
    }

  g_clear_object (&self->cancellable);
  g_clear_object (&self->connection);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tradeoff_style_manager_parent_class)->dispose (object);
}

static void
tradeoff_style_manager_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TradeoffStyleManager *self = TRADEOFF_STYLE_MANAGER (object);

  switch (prop_id)
    {
    case PROP_CONNECTION:
      g_value_set_object (value, self->connection);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_COLOR_SCHEME:
      g_value_set_enum (value, self->color_scheme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_style_manager_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TradeoffStyleManager *self = TRADEOFF_STYLE_MANAGER (object);

  switch (prop_id)
    {
    case PROP_CONNECTION:
      self->connection = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_style_manager_class_init (TradeoffStyleManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tradeoff_style_manager_constructed;
  object_class->dispose = tradeoff_style_manager_dispose;
  object_class->get_property = tradeoff_style_manager_get_property;
  object_class->set_property = tradeoff_style_manager_set_property;

  properties[PROP_CONNECTION] =
    g_param_spec_object ("connection", NULL, NULL, G_TYPE_DBUS_CONNECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, GTK_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_SCHEME] =
    g_param_spec_enum ("color-scheme", NULL, NULL, TRADEOFF_TYPE_COLOR_SCHEME,
                       TRADEOFF_COLOR_SCHEME_DEFAULT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_style_manager_init (TradeoffStyleManager *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * tradeoff_style_manager_new:
 * @connection: (nullable): the session bus, or %NULL when there is none
 * @settings: (nullable): the settings to set the dark preference on
 *
 * Starts following the desktop's color scheme; with either argument %NULL
 * it does nothing.
 */
TradeoffStyleManager *
tradeoff_style_manager_new (GDBusConnection *connection,
                            GtkSettings     *settings)
{
  g_return_val_if_fail (connection == NULL || G_IS_DBUS_CONNECTION (connection), NULL);
  g_return_val_if_fail (settings == NULL || GTK_IS_SETTINGS (settings), NULL);

  return g_object_new (TRADEOFF_TYPE_STYLE_MANAGER,
                       "connection", connection,
                       "settings", settings,
                       NULL);
}

TradeoffColorScheme
tradeoff_style_manager_get_color_scheme (TradeoffStyleManager *self)
{
  g_return_val_if_fail (TRADEOFF_IS_STYLE_MANAGER (self), TRADEOFF_COLOR_SCHEME_DEFAULT);

  return self->color_scheme;
}
