/* tradeoff-level.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-types.h"

G_BEGIN_DECLS

/* How much a criterion matters to the person: the factor its weights count
 * with, or a gate.  See data/README.md, "Levels and must-haves". */
typedef enum
{
  TRADEOFF_LEVEL_OFF,       /* not ticked */
  TRADEOFF_LEVEL_MATTERS,   /* ticked: weights count once */
  TRADEOFF_LEVEL_A_LOT,     /* weights count twice */
  TRADEOFF_LEVEL_MUST,      /* no points: rules out every option that does not serve it */
} TradeoffLevel;

#define TRADEOFF_LEVEL_LAST TRADEOFF_LEVEL_MUST

GType tradeoff_level_get_type (void) G_GNUC_CONST;
#define TRADEOFF_TYPE_LEVEL (tradeoff_level_get_type ())

/* The level's name in ids and files ("off", "matters", "a-lot", "must"),
 * and back; FALSE for a name that is none of these. */
const char          *tradeoff_level_to_nick            (TradeoffLevel       level);
gboolean             tradeoff_level_from_nick          (const char         *nick,
                                                        TradeoffLevel      *level);
/* What a person reads: "Matters", "Matters a lot", "Must have". */
const char          *tradeoff_level_describe           (TradeoffLevel       level);

G_END_DECLS
