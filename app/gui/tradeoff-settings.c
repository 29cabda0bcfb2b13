/* tradeoff-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-settings"

#include "config.h"

#include "tradeoff-settings.h"

struct _TradeoffSettings
{
  GObject     parent_instance;

  /* NULL when no schema could be found: then the values below live only as
   * long as the process. */
  GSettings         *settings;
  /* The ticks, which are state rather than preferences: kept in files of
   * their own, not in GSettings (see tradeoff-tick-store.c). */
  TradeoffTickStore *ticks;

  int         window_width;
  int         window_height;
  gboolean    window_maximized;
};

G_DEFINE_FINAL_TYPE (TradeoffSettings, tradeoff_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WINDOW_WIDTH,
  PROP_WINDOW_HEIGHT,
  PROP_WINDOW_MAXIMIZED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A program that finds no schema still runs, without memory: losing a
 * preference is better than not starting.  (From the build tree, `meson
 * devenv` points GSETTINGS_SCHEMA_DIR at the schema compiled there.) */
static GSettings *
open_gsettings (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; "
                 "window size and ticks will not be remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
tradeoff_settings_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TradeoffSettings *self = TRADEOFF_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_WINDOW_WIDTH:
      g_value_set_int (value, self->window_width);
      break;

    case PROP_WINDOW_HEIGHT:
      g_value_set_int (value, self->window_height);
      break;

    case PROP_WINDOW_MAXIMIZED:
      g_value_set_boolean (value, self->window_maximized);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_settings_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TradeoffSettings *self = TRADEOFF_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_WINDOW_WIDTH:
      tradeoff_settings_set_window_width (self, g_value_get_int (value));
      break;

    case PROP_WINDOW_HEIGHT:
      tradeoff_settings_set_window_height (self, g_value_get_int (value));
      break;

    case PROP_WINDOW_MAXIMIZED:
      tradeoff_settings_set_window_maximized (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_settings_dispose (GObject *object)
{
  TradeoffSettings *self = TRADEOFF_SETTINGS (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->ticks);

  G_OBJECT_CLASS (tradeoff_settings_parent_class)->dispose (object);
}

static void
tradeoff_settings_class_init (TradeoffSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_settings_dispose;
  object_class->get_property = tradeoff_settings_get_property;
  object_class->set_property = tradeoff_settings_set_property;

  properties[PROP_WINDOW_WIDTH] =
    g_param_spec_int ("window-width", NULL, NULL,
                      TRADEOFF_SETTINGS_MIN_WINDOW_SIZE,
                      TRADEOFF_SETTINGS_MAX_WINDOW_SIZE, 1280,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WINDOW_HEIGHT] =
    g_param_spec_int ("window-height", NULL, NULL,
                      TRADEOFF_SETTINGS_MIN_WINDOW_SIZE,
                      TRADEOFF_SETTINGS_MAX_WINDOW_SIZE, 800,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WINDOW_MAXIMIZED] =
    g_param_spec_boolean ("window-maximized", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_settings_init (TradeoffSettings *self)
{
  self->window_width = 1280;
  self->window_height = 800;
}

static TradeoffSettings *
settings_new (GSettings  *settings,
              const char *state_dir)
{
  TradeoffSettings *self = g_object_new (TRADEOFF_TYPE_SETTINGS, NULL);

  self->ticks = tradeoff_tick_store_new (state_dir);
  if (settings == NULL)
    return self;

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "window-width", self, "window-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "window-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "window-maximized", G_SETTINGS_BIND_DEFAULT);

  return self;
}

/**
 * tradeoff_settings_new:
 *
 * Opens the settings of the installed schema, else of the one compiled in the
 * build tree, else settings that are not kept.
 */
TradeoffSettings *
tradeoff_settings_new (void)
{
  g_autoptr(GSettings) settings = open_gsettings ();
  g_autofree char *state_dir = tradeoff_tick_store_dup_default_directory ();

  return settings_new (settings, state_dir);
}

TradeoffSettings *
tradeoff_settings_new_for_gsettings (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return settings_new (settings, NULL);
}

TradeoffSettings *
tradeoff_settings_new_full (GSettings  *settings,
                            const char *state_dir)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return settings_new (settings, state_dir);
}

TradeoffTickStore *
tradeoff_settings_get_tick_store (TradeoffSettings *self)
{
  g_return_val_if_fail (TRADEOFF_IS_SETTINGS (self), NULL);

  return self->ticks;
}

gboolean
tradeoff_settings_get_persistent (TradeoffSettings *self)
{
  g_return_val_if_fail (TRADEOFF_IS_SETTINGS (self), FALSE);

  return self->settings != NULL;
}

int
tradeoff_settings_get_window_width (TradeoffSettings *self)
{
  g_return_val_if_fail (TRADEOFF_IS_SETTINGS (self), 0);

  return self->window_width;
}

void
tradeoff_settings_set_window_width (TradeoffSettings *self,
                                    int               width)
{
  g_return_if_fail (TRADEOFF_IS_SETTINGS (self));

  width = CLAMP (width, TRADEOFF_SETTINGS_MIN_WINDOW_SIZE, TRADEOFF_SETTINGS_MAX_WINDOW_SIZE);
  if (self->window_width == width)
    return;

  self->window_width = width;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_WIDTH]);
}

int
tradeoff_settings_get_window_height (TradeoffSettings *self)
{
  g_return_val_if_fail (TRADEOFF_IS_SETTINGS (self), 0);

  return self->window_height;
}

void
tradeoff_settings_set_window_height (TradeoffSettings *self,
                                     int               height)
{
  g_return_if_fail (TRADEOFF_IS_SETTINGS (self));

  height = CLAMP (height, TRADEOFF_SETTINGS_MIN_WINDOW_SIZE, TRADEOFF_SETTINGS_MAX_WINDOW_SIZE);
  if (self->window_height == height)
    return;

  self->window_height = height;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_HEIGHT]);
}

gboolean
tradeoff_settings_get_window_maximized (TradeoffSettings *self)
{
  g_return_val_if_fail (TRADEOFF_IS_SETTINGS (self), FALSE);

  return self->window_maximized;
}

void
tradeoff_settings_set_window_maximized (TradeoffSettings *self,
                                        gboolean          maximized)
{
  g_return_if_fail (TRADEOFF_IS_SETTINGS (self));

  maximized = !!maximized;
  if (self->window_maximized == maximized)
    return;

  self->window_maximized = maximized;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW_MAXIMIZED]);
}
