/* tradeoff-min-change-task.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-min-change"

#include "config.h"

#include "tradeoff-min-change-task.h"

typedef struct
{
  TradeoffMinChangeInput  *input;
  TradeoffMinChangeBudget  budget;
  gboolean                 has_budget;
} Job;

static void
job_free (Job *job)
{
  tradeoff_min_change_input_free (job->input);
  g_free (job);
}

static void
solve_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  TradeoffMinChangeSolution *solution =
    tradeoff_min_change_solve (&job->input->problem, job->has_budget ? &job->budget : NULL,
                               cancellable, &error);

  if (solution == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, solution, (GDestroyNotify) tradeoff_min_change_solution_free);
}

void
tradeoff_min_change_solve_async (TradeoffMinChangeInput        *input,
                                 const TradeoffMinChangeBudget *budget,
                                 GCancellable                  *cancellable,
                                 GAsyncReadyCallback            callback,
                                 gpointer                       user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);

  job->input = input;
  job->has_budget = budget != NULL;
  if (budget != NULL)
    job->budget = *budget;
  g_task_set_source_tag (task, tradeoff_min_change_solve_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* A cancelled solve reports G_IO_ERROR_CANCELLED, never a half answer
   * about answers that have changed since. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, TRUE);
  g_task_run_in_thread (task, solve_in_thread);
}

TradeoffMinChangeSolution *
tradeoff_min_change_solve_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tradeoff_min_change_solve_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GCancellable *
tradeoff_min_change_renew (GCancellable **slot)
{
  if (*slot != NULL)
    g_cancellable_cancel (*slot);
  g_clear_object (slot);
  *slot = g_cancellable_new ();

  return *slot;
}
