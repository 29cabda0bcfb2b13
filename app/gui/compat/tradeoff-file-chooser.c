/* tradeoff-file-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.10 replaced GtkFileChooserNative with GtkFileDialog.  The build pins
 * GDK_VERSION_MAX_ALLOWED, so the new API is used only when both the headers
 * have it and the build allows it; everything else in Tradeoff goes through
 * the two functions here and never sees the difference.
 */

#define G_LOG_DOMAIN "tradeoff-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-file-chooser.h"

#if GTK_CHECK_VERSION (4, 10, 0)
# if GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
#  define TRADEOFF_USE_FILE_DIALOG 1
# endif
#endif

static const TradeoffReportFormat save_formats[] = {
  TRADEOFF_REPORT_FORMAT_PDF,
  TRADEOFF_REPORT_FORMAT_HTML,
  TRADEOFF_REPORT_FORMAT_MARKDOWN,
  TRADEOFF_REPORT_FORMAT_TEXT,
};

static const char *
format_label (TradeoffReportFormat format)
{
  switch (format)
    {
    case TRADEOFF_REPORT_FORMAT_PDF:
      return _("PDF documents");

    case TRADEOFF_REPORT_FORMAT_HTML:
      return _("Web pages (HTML)");

    case TRADEOFF_REPORT_FORMAT_MARKDOWN:
      return _("Markdown");

    case TRADEOFF_REPORT_FORMAT_TEXT:
    default:
      return _("Plain text");
    }
}

static GtkFileFilter *
comparison_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Comparison files (*.xml)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.XML");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");

  return filter;
}

static GtkFileFilter *
save_filter (TradeoffReportFormat format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", tradeoff_report_format_get_extension (format));

  gtk_file_filter_set_name (filter, format_label (format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, tradeoff_report_format_get_mime_type (format));
  g_object_set_data (G_OBJECT (filter), "tradeoff-format", GINT_TO_POINTER (format));

  return filter;
}

typedef struct
{
  TradeoffFileChosen     open_callback;
  TradeoffSaveFileChosen save_callback;
  gpointer               user_data;
} Request;

static Request *
request_new (TradeoffFileChosen     open_callback,
             TradeoffSaveFileChosen save_callback,
             gpointer               user_data)
{
  Request *request = g_new0 (Request, 1);

  request->open_callback = open_callback;
  request->save_callback = save_callback;
  request->user_data = user_data;

  return request;
}

#ifdef TRADEOFF_USE_FILE_DIALOG

static GListModel *
filter_list (GtkFileFilter **filters,
             guint           n_filters)
{
  GListStore *store = g_list_store_new (GTK_TYPE_FILE_FILTER);

  for (guint i = 0; i < n_filters; i++)
    {
      g_list_store_append (store, filters[i]);
      g_object_unref (filters[i]);
    }

  return G_LIST_MODEL (store);
}

static void
open_finished (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autofree Request *request = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  request->open_callback (file, request->user_data);
}

void
tradeoff_file_chooser_open (GtkWindow          *parent,
                            TradeoffFileChosen  callback,
                            gpointer            user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GtkFileFilter *filters[] = { comparison_filter () };
  g_autoptr(GListModel) list = filter_list (filters, G_N_ELEMENTS (filters));

  gtk_file_dialog_set_title (dialog, _("Open Comparison"));
  gtk_file_dialog_set_filters (dialog, list);
  gtk_file_dialog_set_default_filter (dialog, filters[0]);
  gtk_file_dialog_open (dialog, parent, NULL, open_finished,
                        request_new (callback, NULL, user_data));
}

static void
save_finished (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autofree Request *request = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  /* GtkFileDialog does not say which filter was chosen. */
  request->save_callback (file, -1, request->user_data);
}

void
tradeoff_file_chooser_save (GtkWindow              *parent,
                            const char             *initial_name,
                            TradeoffSaveFileChosen  callback,
                            gpointer                user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GtkFileFilter *filters[G_N_ELEMENTS (save_formats)];
  g_autoptr(GListModel) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (save_formats); i++)
    filters[i] = save_filter (save_formats[i]);
  list = filter_list (filters, G_N_ELEMENTS (filters));

  gtk_file_dialog_set_title (dialog, _("Save Report"));
  gtk_file_dialog_set_accept_label (dialog, _("_Save"));
  gtk_file_dialog_set_filters (dialog, list);
  gtk_file_dialog_set_initial_name (dialog, initial_name);
  gtk_file_dialog_save (dialog, parent, NULL, save_finished,
                        request_new (NULL, callback, user_data));
}

#else /* GtkFileChooserNative, GTK 4.8 */

static void
on_response (GtkNativeDialog *native,
             int              response,
             gpointer         user_data)
{
  g_autofree Request *request = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (request->open_callback != NULL)
    {
      request->open_callback (file, request->user_data);
    }
  else
    {
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      int format = -1;

      if (filter != NULL && g_object_get_data (G_OBJECT (filter), "tradeoff-format") != NULL)
        format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "tradeoff-format"));
      else if (filter != NULL)
        format = TRADEOFF_REPORT_FORMAT_PDF;
      request->save_callback (file, format, request->user_data);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
tradeoff_file_chooser_open (GtkWindow          *parent,
                            TradeoffFileChosen  callback,
                            gpointer            user_data)
{
  g_autoptr(GtkFileFilter) filter = comparison_filter ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Comparison"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (on_response),
                    request_new (callback, NULL, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
tradeoff_file_chooser_save (GtkWindow              *parent,
                            const char             *initial_name,
                            TradeoffSaveFileChosen  callback,
                            gpointer                user_data)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Report"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (save_formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = save_filter (save_formats[i]);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_response),
                    request_new (NULL, callback, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif
