/* tradeoff-tick-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ticks remembered for each comparison: one small file per comparison
 * in a state folder, written a moment after the last tick, atomically.
 */

#pragma once

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_TICK_STORE (tradeoff_tick_store_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffTickStore, tradeoff_tick_store, TRADEOFF, TICK_STORE, GObject)

/* How long after a tick its state is written; more ticks in that time make
 * one write. */
#define TRADEOFF_TICK_STORE_WRITE_DELAY_MS 300

/* Remembers in @directory (made when first written to), or, for %NULL,
 * only while the store lives. */
TradeoffTickStore *tradeoff_tick_store_new           (const char         *directory);
/* $XDG_STATE_HOME/tradeoff/ticks */
char              *tradeoff_tick_store_dup_default_directory (void);
const char        *tradeoff_tick_store_get_directory (TradeoffTickStore  *self);

/* What the ticks of @comparison are remembered under: its id and a hash
 * of what a tick means in it (see the .c file); lower-case hex. */
const char        *tradeoff_tick_store_get_key       (TradeoffComparison *comparison);

/* The ids remembered for @comparison, or an empty array. */
char             **tradeoff_tick_store_dup_ticked    (TradeoffTickStore  *self,
                                                      TradeoffComparison *comparison);
void               tradeoff_tick_store_set_ticked    (TradeoffTickStore  *self,
                                                      TradeoffComparison *comparison,
                                                      const char * const *criterion_ids);
/* Writes what is waiting now; also done when the store is disposed. */
void               tradeoff_tick_store_flush         (TradeoffTickStore  *self);

/* Ticks on @advisor what was remembered for its comparison, leaving out
 * only the ids that cannot be ticked (unknown, or a second choice of one
 * exclusive group); returns how many were left out. */
guint              tradeoff_tick_store_restore       (TradeoffTickStore  *self,
                                                      TradeoffAdvisor    *advisor);

G_END_DECLS
