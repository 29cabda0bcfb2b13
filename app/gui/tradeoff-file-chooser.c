/* tradeoff-file-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Open and Save dialogs, through GtkFileChooserNative (the desktop's
 * own dialog, through the portal where there is one) on every GTK 4.
 *
 * GTK 4.10 deprecated it for GtkFileDialog, but GtkFileDialog cannot say
 * which filter the person chose, and the Save dialog's filter is the
 * format to write.  GTK 4 keeps GtkFileChooserNative working, and with
 * GDK_VERSION_MIN_REQUIRED at 4.8 its deprecation raises no warning.  One
 * path, built and tested everywhere, rather than a GtkFileDialog branch
 * that no Debian 12 build would ever compile.
 */

#define G_LOG_DOMAIN "tradeoff-file-chooser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-file-chooser.h"

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

GtkFileFilter *
tradeoff_file_chooser_new_comparison_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  /* Tradeoff's own file type (data/org.tradeoff.Tradeoff.mime.xml) by
   * name and by type, and any XML file, since a comparison may be named
   * anything.xml. */
  gtk_file_filter_set_name (filter, _("Comparison files (*.tradeoff, *.xml)"));
  gtk_file_filter_add_pattern (filter, "*.tradeoff");
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.XML");
  gtk_file_filter_add_mime_type (filter, "application/x-tradeoff-comparison+xml");
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
  g_autoptr(GtkFileFilter) filter = tradeoff_file_chooser_new_comparison_filter ();
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

char *
tradeoff_file_chooser_name_for_format (const char *name,
                                       int         format)
{
  g_autofree char *stem = NULL;
  TradeoffReportFormat named;

  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_has_suffix (name, ".tradeoff"))
    stem = g_strndup (name, strlen (name) - strlen (".tradeoff"));
  else if (format == TRADEOFF_FILE_CHOOSER_FORMAT_DECISION &&
           tradeoff_report_format_for_filename (name, &named))
    stem = g_strndup (name, strrchr (name, '.') - name);
  else
    stem = g_strdup (name);

  if (format == TRADEOFF_FILE_CHOOSER_FORMAT_DECISION)
    return g_strconcat (stem, ".tradeoff", NULL);

  return tradeoff_report_filename_for_format (stem, format);
}

/* Choosing a format gives the name that format's extension, so that the
 * name and the file agree. */
static void
on_filter_changed (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
  g_autofree char *renamed = NULL;

  if (filter == NULL || name == NULL || *name == '\0' ||
      g_object_get_data (G_OBJECT (filter), "tradeoff-format") == NULL)
    return;

  renamed = tradeoff_file_chooser_name_for_format (name, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter),
                                                                                              "tradeoff-format")));
  if (g_strcmp0 (renamed, name) != 0)
    gtk_file_chooser_set_current_name (chooser, renamed);
}

/* With no portal, GtkFileChooserNative shows GTK's own dialog, and a
 * format chosen there changes that dialog's filter, not the native's
 * (GTK 4.8 copies it back only with the response): so the name would
 * keep its old extension until Save.  Rename in that dialog too. */
static void
follow_fallback_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) &&
          gtk_window_get_transient_for (window) == parent &&
          g_object_get_data (G_OBJECT (window), "tradeoff-renames") == NULL)
        {
          g_object_set_data (G_OBJECT (window), "tradeoff-renames", GINT_TO_POINTER (TRUE));
          g_signal_connect (window, "notify::filter", G_CALLBACK (on_filter_changed), NULL);
        }
    }
}

void
tradeoff_file_chooser_save (GtkWindow              *parent,
                            const char             *initial_name,
                            TradeoffSaveFileChosen  callback,
                            gpointer                user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) decision_filter = gtk_file_filter_new ();

  /* First: the one format that opens again as it was. */
  gtk_file_filter_set_name (decision_filter, _("Tradeoff decision (*.tradeoff)"));
  gtk_file_filter_add_pattern (decision_filter, "*.tradeoff");
  g_object_set_data (G_OBJECT (decision_filter), "tradeoff-format",
                     GINT_TO_POINTER (TRADEOFF_FILE_CHOOSER_FORMAT_DECISION));

  native = gtk_file_chooser_native_new (_("Save Report"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), decision_filter);
  for (guint i = 0; i < G_N_ELEMENTS (save_formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = save_filter (save_formats[i]);
      TradeoffReportFormat named;

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      /* The format shown chosen is the one the name says, so that the
       * dialog never opens saying "decision" beside "advice.pdf". */
      if (tradeoff_report_format_for_filename (initial_name, &named) && named == save_formats[i])
        gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "notify::filter", G_CALLBACK (on_filter_changed), NULL);
  g_signal_connect (native, "response", G_CALLBACK (on_response),
                    request_new (NULL, callback, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  follow_fallback_dialog (parent);
}

/* A comparison file to write, for the editor's Save. */
void
tradeoff_file_chooser_save_comparison (GtkWindow          *parent,
                                       const char         *initial_name,
                                       TradeoffFileChosen  callback,
                                       gpointer            user_data)
{
  g_autoptr(GtkFileFilter) filter = tradeoff_file_chooser_new_comparison_filter ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Comparison"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_response),
                    request_new (callback, NULL, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* A comparison guide page to import: text, Markdown or HTML. */
void
tradeoff_file_chooser_open_page (GtkWindow          *parent,
                                 TradeoffFileChosen  callback,
                                 gpointer            user_data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  gtk_file_filter_set_name (filter, _("Guide pages (*.txt, *.md, *.html)"));
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_pattern (filter, "*.md");
  gtk_file_filter_add_pattern (filter, "*.markdown");
  gtk_file_filter_add_pattern (filter, "*.html");
  gtk_file_filter_add_pattern (filter, "*.htm");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_mime_type (filter, "text/html");

  native = gtk_file_chooser_native_new (_("Import Guide Page"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (on_response),
                    request_new (callback, NULL, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
