/* tradeoff-min-change-task.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The min-change solver off the main thread, so that no frame ever waits
 * for it: a GTask on GLib's thread pool, whose result comes back on the
 * thread that asked.  Each new set of answers cancels the work on the
 * stale ones (tradeoff_min_change_renew()).
 */

#pragma once

#include "tradeoff-min-change-input.h"

G_BEGIN_DECLS

/* Solves @input (taken over: the caller must not touch it again) with
 * @budget (copied; %NULL for none) in a worker thread.  Cancelling
 * @cancellable makes the task return G_IO_ERROR_CANCELLED soon after. */
void                       tradeoff_min_change_solve_async  (TradeoffMinChangeInput        *input,
                                                             const TradeoffMinChangeBudget *budget,
                                                             GCancellable                  *cancellable,
                                                             GAsyncReadyCallback            callback,
                                                             gpointer                       user_data);
TradeoffMinChangeSolution *tradeoff_min_change_solve_finish (GAsyncResult                  *result,
                                                             GError                       **error);

/* Cancels the work started with *@slot, if any, and returns a new
 * cancellable, also stored in *@slot (which owns it), for the next. */
GCancellable              *tradeoff_min_change_renew        (GCancellable                 **slot);

G_END_DECLS
