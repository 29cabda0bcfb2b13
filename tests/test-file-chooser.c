/* test-file-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Open dialog lets a person pick: comparison files and decision
 * files by their name, and Tradeoff's file type whatever the name; and
 * what a name becomes when a format is chosen in the Save dialog.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "tradeoff-file-chooser.h"

static gboolean
shows (const char *name,
       const char *content_type)
{
  g_autoptr(GtkFileFilter) filter = tradeoff_file_chooser_new_comparison_filter ();
  g_autoptr(GFileInfo) info = g_file_info_new ();

  g_file_info_set_display_name (info, name);
  if (content_type != NULL)
    g_file_info_set_content_type (info, content_type);

  return gtk_filter_match (GTK_FILTER (filter), info);
}

static void
test_open_filter (void)
{
  g_assert_true (shows ("decision.tradeoff", NULL));
  g_assert_true (shows ("django-vs-flask.xml", NULL));
  g_assert_true (shows ("SHOUTING.XML", NULL));
  g_assert_true (shows ("no-extension", "application/x-tradeoff-comparison+xml"));
  g_assert_true (shows ("no-extension", "application/xml"));

  g_assert_false (shows ("report.pdf", "application/pdf"));
  g_assert_false (shows ("notes.txt", "text/plain"));
}

/* What the name becomes when a format is chosen in the Save dialog. */
static void
test_name_for_format (void)
{
  struct { const char *name; int format; const char *expected; } cases[] = {
    { "advice.pdf", TRADEOFF_REPORT_FORMAT_HTML, "advice.html" },
    { "advice.html", TRADEOFF_REPORT_FORMAT_HTML, "advice.html" },
    { "advice", TRADEOFF_REPORT_FORMAT_MARKDOWN, "advice.md" },
    /* An extension no format has stays part of the name. */
    { "advice.docx", TRADEOFF_REPORT_FORMAT_TEXT, "advice.docx.txt" },
    { "advice.tradeoff", TRADEOFF_REPORT_FORMAT_PDF, "advice.pdf" },
    { "advice.pdf", TRADEOFF_FILE_CHOOSER_FORMAT_DECISION, "advice.tradeoff" },
    { "advice", TRADEOFF_FILE_CHOOSER_FORMAT_DECISION, "advice.tradeoff" },
    { "advice.tradeoff", TRADEOFF_FILE_CHOOSER_FORMAT_DECISION, "advice.tradeoff" },
    { "v1.2", TRADEOFF_FILE_CHOOSER_FORMAT_DECISION, "v1.2.tradeoff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *renamed = tradeoff_file_chooser_name_for_format (cases[i].name, cases[i].format);

      g_assert_cmpstr (renamed, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/file-chooser/open-filter", test_open_filter);
  g_test_add_func ("/tradeoff/file-chooser/name-for-format", test_name_for_format);

  return g_test_run ();
}
