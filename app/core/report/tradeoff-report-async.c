/* tradeoff-report-async.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a report on a thread, so a window stays responsive while a long
 * PDF is laid out.  The thread writes a snapshot of the report, made when
 * the write starts (_tradeoff_report_snapshot()): ticks changed meanwhile
 * neither race with it nor end up half in the file.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include "tradeoff-report-private.h"

typedef struct
{
  TradeoffReport       *snapshot;
  GFile                *file;
  TradeoffReportFormat  format;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->snapshot);
  g_clear_object (&job->file);
  g_free (job);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (tradeoff_report_write (job->snapshot, job->file, job->format, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * tradeoff_report_write_async:
 *
 * Writes the report, with the ticks, verdict and record as they are now,
 * to @file on a thread, atomically, as tradeoff_report_write() does.
 * Cancelling stops it between cells or pages and leaves any existing
 * file as it was.  @callback runs on the calling thread's main context.
 */
void
tradeoff_report_write_async (TradeoffReport       *self,
                             GFile                *file,
                             TradeoffReportFormat  format,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (TRADEOFF_IS_REPORT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (WriteJob, 1);
  job->snapshot = _tradeoff_report_snapshot (self);
  job->file = g_object_ref (file);
  job->format = format;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tradeoff_report_write_async);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  /* The thread's own result, even when cancelled: the atomic write has
   * then left nothing behind, and the caller learns it from the error. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, write_in_thread);
}

gboolean
tradeoff_report_write_finish (TradeoffReport  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  WriteJob *job;

  g_return_val_if_fail (TRADEOFF_IS_REPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, tradeoff_report_write_async), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* The thread is done with the snapshot: its pages may be read here. */
  job = g_task_get_task_data (G_TASK (result));
  _tradeoff_report_set_shortened (self, tradeoff_report_get_shortened (job->snapshot));
  return TRUE;
}
