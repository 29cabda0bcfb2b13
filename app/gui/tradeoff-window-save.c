/* tradeoff-window-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving from the window (Ctrl+S): the format chosen in the dialog, the
 * name that follows it, and a report written on a thread, so a PDF of
 * hundreds of pages does not freeze the window.  Meanwhile the window
 * answers ticks (the file gets the ticks as they were when saving began),
 * the shared progress bar says what is being saved after a moment, and
 * Cancel or Escape stops it, leaving any existing file as it was.  A
 * newer save replaces one still under way; closing the window stops it.
 */

#define G_LOG_DOMAIN "tradeoff-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-file-chooser.h"
#include "tradeoff-print-operation.h"
#include "tradeoff-report.h"
#include "tradeoff-window-private.h"

/* The format chosen in the dialog decides, and the name's extension
 * follows it; with none chosen the name must say one, as on the command
 * line.  Returns the file to write, or %NULL with @error set. */
static GFile *
file_for_format (GFile                 *file,
                 int                    filter_format,
                 TradeoffReportFormat  *format,
                 GError               **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *renamed = NULL;

  if (filter_format < 0)
    {
      if (tradeoff_report_format_for_filename (name, format))
        return g_object_ref (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("Cannot tell the format of “%s”: name it .pdf, .html, .md, .txt or .tradeoff."), name);
      return NULL;
    }

  *format = filter_format;
  renamed = tradeoff_file_chooser_name_for_format (name, *format);
  if (parent == NULL || g_strcmp0 (renamed, name) == 0)
    return g_object_ref (file);

  return g_file_get_child (parent, renamed);
}

/* "~/Documents/advice.pdf" rather than a full path, where it can be. */
static char *
where (GFile *file)
{
  g_autofree char *path = g_file_get_parse_name (file);
  const char *home = g_get_home_dir ();
  size_t n = strlen (home);

  if (n > 1 && strncmp (path, home, n) == 0 && path[n] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + n, NULL);

  return g_steal_pointer (&path);
}

/* The format chosen in the dialog decides, as for the reports; with
 * none, the name. */
static gboolean
is_decision_file (GFile *file,
                  int    filter_format)
{
  g_autofree char *name = g_file_get_basename (file);

  if (filter_format >= 0)
    return filter_format == TRADEOFF_FILE_CHOOSER_FORMAT_DECISION;

  return g_str_has_suffix (name, ".tradeoff");
}

gboolean
tradeoff_window_save_decision (TradeoffWindow *self,
                               GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->decision == NULL)
    return FALSE;

  if (!tradeoff_decision_save (self->decision, file, NULL, &error))
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  place = where (file);
  /* Translators: %s is where the report was saved, e.g. “~/advice.pdf”. */
  message = g_strdup_printf (_("Saved to %s"), place);
  _tradeoff_window_show_toast (self, message, FALSE);
  return TRUE;
}

/* One report being written: the window is told when it is done, unless
 * a newer save, a Cancel or closing the window has given it up. */
typedef struct
{
  TradeoffWindow *window;
  GCancellable   *cancellable;
  GFile          *target;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->target);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

static void
report_written (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SaveJob) job = user_data;
  TradeoffWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  g_autofree char *message = NULL;
  gboolean written;

  written = tradeoff_report_write_finish (TRADEOFF_REPORT (source_object), result, &error);

  /* Given up: whoever gave it up has already put the window right. */
  if (self->saving != job->cancellable)
    return;

  g_clear_object (&self->saving);
  g_clear_pointer (&self->saving_message, g_free);
  _tradeoff_window_update_progress (self);
  _tradeoff_window_notify_saving (self);

  if (!written)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tradeoff_window_show_error (self, error->message);
      return;
    }

  place = where (job->target);
  if (tradeoff_report_get_shortened (TRADEOFF_REPORT (source_object)))
    /* Translators: %s is where the PDF was saved, e.g. “~/advice.pdf”; %u
     * a number of pages, about 300 */
    message = g_strdup_printf (_("Saved to %s, with parts left out: a PDF holds at most about %u "
                                 "pages' worth. Save as HTML, Markdown or text for all of it."),
                               place, tradeoff_report_get_max_pages ());
  else
    /* Translators: %s is where the report was saved, e.g. “~/advice.pdf”. */
    message = g_strdup_printf (_("Saved to %s"), place);
  _tradeoff_window_show_toast (self, message, FALSE);
}

/* Gives up the report being written, if any: the file is left as it was. */
void
_tradeoff_window_stop_saving (TradeoffWindow *self)
{
  if (self->saving == NULL)
    return;

  g_cancellable_cancel (self->saving);
  g_clear_object (&self->saving);
  g_clear_pointer (&self->saving_message, g_free);
  _tradeoff_window_update_progress (self);
  _tradeoff_window_notify_saving (self);
}

/**
 * tradeoff_window_save_report:
 * @filter_format: the format chosen in the dialog, or -1 for none
 *
 * Saves the report and says where it went; a failure says why.  A report
 * is written on a thread: the window says so when it is done, and
 * tradeoff_window_get_saving() is %TRUE until then.  A decision file is
 * written at once.
 *
 * Returns: whether it was saved or is being saved; %FALSE when the name
 * or format is refused, with the reason shown
 */
gboolean
tradeoff_window_save_report (TradeoffWindow *self,
                             GFile          *file,
                             int             filter_format)
{
  g_autoptr(TradeoffReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *name = NULL;
  TradeoffReportFormat format = TRADEOFF_REPORT_FORMAT_PDF;
  SaveJob *job;

  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->advisor == NULL)
    return FALSE;

  if (is_decision_file (file, filter_format))
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *base = g_file_get_basename (file);
      g_autofree char *renamed = tradeoff_file_chooser_name_for_format (base, TRADEOFF_FILE_CHOOSER_FORMAT_DECISION);
      g_autoptr(GFile) named = NULL;

      /* The name gets the extension that opens it again. */
      if (parent != NULL && g_strcmp0 (renamed, base) != 0)
        named = g_file_get_child (parent, renamed);
      return tradeoff_window_save_decision (self, named != NULL ? named : file);
    }

  target = file_for_format (file, filter_format, &format, &error);
  if (target == NULL)
    {
      tradeoff_window_show_error (self, error->message);
      return FALSE;
    }

  /* On the paper last printed with, so a saved PDF matches a printout;
   * the report carries the decision's record. */
  report = self->decision != NULL
           ? tradeoff_print_operation_create_decision_report (self->decision)
           : tradeoff_print_operation_create_report (self->advisor);

  if (self->saving != NULL)
    g_cancellable_cancel (self->saving);
  g_clear_object (&self->saving);
  self->saving = g_cancellable_new ();
  name = where (target);
  g_free (self->saving_message);
  /* Translators: shown while a report is being saved; %s is where. */
  self->saving_message = g_strdup_printf (_("Saving “%s”…"), name);

  job = g_new0 (SaveJob, 1);
  job->window = g_object_ref (self);
  job->cancellable = g_object_ref (self->saving);
  job->target = g_object_ref (target);
  tradeoff_report_write_async (report, target, format, self->saving, report_written, job);

  _tradeoff_window_begin_progress (self, TRUE);
  _tradeoff_window_notify_saving (self);
  return TRUE;
}

/**
 * tradeoff_window_get_saving:
 *
 * Returns: whether a report is being written
 */
gboolean
tradeoff_window_get_saving (TradeoffWindow *self)
{
  g_return_val_if_fail (TRADEOFF_IS_WINDOW (self), FALSE);

  return self->saving != NULL;
}

static void
save_to (GFile    *file,
         int       filter_format,
         gpointer  user_data)
{
  g_autoptr(TradeoffWindow) self = user_data;

  /* Nothing when cancelled, or when the window was closed meanwhile. */
  if (file != NULL && self->advisor != NULL)
    tradeoff_window_save_report (self, file, filter_format);
}

void
_tradeoff_window_save_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TradeoffWindow *self = TRADEOFF_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->comparison == NULL)
    return;

  name = g_strdup_printf ("%s.pdf", tradeoff_comparison_get_id (self->comparison));
  tradeoff_file_chooser_save (GTK_WINDOW (self), name, save_to, g_object_ref (self));
}

