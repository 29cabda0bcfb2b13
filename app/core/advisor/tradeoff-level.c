/* tradeoff-level.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How much a criterion matters: its names in files and on the command line,
 * and in words a person reads.
 */

#define G_LOG_DOMAIN "tradeoff-level"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-level.h"

G_DEFINE_ENUM_TYPE (TradeoffLevel, tradeoff_level,
  G_DEFINE_ENUM_VALUE (TRADEOFF_LEVEL_OFF, "off"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_LEVEL_MATTERS, "matters"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_LEVEL_A_LOT, "a-lot"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_LEVEL_MUST, "must"))

static const char * const level_nicks[] = { "off", "matters", "a-lot", "must" };

const char *
tradeoff_level_to_nick (TradeoffLevel level)
{
  g_return_val_if_fail (level <= TRADEOFF_LEVEL_LAST, "off");

  return level_nicks[level];
}

gboolean
tradeoff_level_from_nick (const char    *nick,
                          TradeoffLevel *level)
{
  for (guint i = 0; i < G_N_ELEMENTS (level_nicks); i++)
    {
      if (g_strcmp0 (nick, level_nicks[i]) == 0)
        {
          *level = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
tradeoff_level_describe (TradeoffLevel level)
{
  switch (level)
    {
    case TRADEOFF_LEVEL_MATTERS:
      return _("Matters");
    case TRADEOFF_LEVEL_A_LOT:
      return _("Matters a lot");
    case TRADEOFF_LEVEL_MUST:
      return _("Must have");
    case TRADEOFF_LEVEL_OFF:
    default:
      return _("Does not matter");
    }
}
