/* test-report-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving a report: the format follows the file's extension, and a save
 * that fails says why, naming the file, leaves no file behind and leaves
 * any existing one as it was.
 */

#define G_LOG_DOMAIN "test-report-save"
/* lstat() and symlink(), which strict C11 leaves out. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report-fixtures.h"

static void
test_format_for_filename (void)
{
  static const struct { const char *name; gboolean known; TradeoffReportFormat format; } cases[] = {
    { "report.pdf", TRUE, TRADEOFF_REPORT_FORMAT_PDF },
    { "/tmp/Report.PDF", TRUE, TRADEOFF_REPORT_FORMAT_PDF },
    { "a.html", TRUE, TRADEOFF_REPORT_FORMAT_HTML },
    { "a.HtM", TRUE, TRADEOFF_REPORT_FORMAT_HTML },
    { "decision.md", TRUE, TRADEOFF_REPORT_FORMAT_MARKDOWN },
    { "decision.Markdown", TRUE, TRADEOFF_REPORT_FORMAT_MARKDOWN },
    { "notes.txt", TRUE, TRADEOFF_REPORT_FORMAT_TEXT },
    { "notes.TEXT", TRUE, TRADEOFF_REPORT_FORMAT_TEXT },
    { "archive.tar.gz", FALSE, 0 },
    { "report.pdf.doc", FALSE, 0 },
    { "pdf", FALSE, 0 },
    { ".pdf", FALSE, 0 },
    { "folder.pdf/report", FALSE, 0 },
    { "report.", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TradeoffReportFormat format = 99;

      g_assert_cmpint (tradeoff_report_format_for_filename (cases[i].name, &format), ==,
                       cases[i].known);
      g_assert_cmpint (format, ==, cases[i].known ? cases[i].format : 99);
    }

  g_assert_true (tradeoff_report_format_for_filename ("x.md", NULL));
  g_assert_cmpstr (tradeoff_report_format_get_extension (TRADEOFF_REPORT_FORMAT_MARKDOWN), ==, "md");
  g_assert_cmpstr (tradeoff_report_format_get_mime_type (TRADEOFF_REPORT_FORMAT_PDF), ==,
                   "application/pdf");
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tradeoff-save-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
sort_names (gconstpointer a,
            gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, space-separated: to see stray files. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, sort_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

static void
test_save_missing_folder (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);

  for (TradeoffReportFormat format = TRADEOFF_REPORT_FORMAT_PDF;
       format <= TRADEOFF_REPORT_FORMAT_TEXT; format++)
    {
      g_autofree char *name = g_strdup_printf ("report.%s",
                                               tradeoff_report_format_get_extension (format));
      g_autofree char *path = g_build_filename (missing, name, NULL);
      g_autofree char *expected = g_strdup_printf ("Could not save “%s”: the folder “%s” does "
                                                   "not exist", path, missing);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *left = NULL;

      g_assert_false (tradeoff_report_save (advisor, file, format, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_cmpstr (error->message, ==, expected);
      left = list_dir (dir);
      g_assert_cmpstr (left, ==, "");
    }

  remove_tree (dir);
}

static void
test_save_under_a_file (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *path = g_build_filename (notes, "report.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: “%s” is a file, not a folder",
                                               path, notes);
  g_autofree char *left = NULL;

  g_file_set_contents (notes, "keep me", -1, &error);
  g_assert_no_error (error);

  g_assert_false (tradeoff_report_save (advisor, file, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpstr (error->message, ==, expected);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "notes.txt");
  assert_contents (notes, "keep me");

  remove_tree (dir);
}

/* Root may write anywhere, so this one only means something for others. */
static void
test_save_read_only_folder (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  g_autofree char *existing = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (existing);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: Permission denied", existing);
  g_autofree char *left = NULL;

  g_file_set_contents (existing, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  if (g_file_set_contents (probe, "", 0, NULL))
    {
      g_test_skip ("Permissions do not stop this user (root) from writing");
    }
  else
    {
      g_assert_false (tradeoff_report_save (advisor, file, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_cmpstr (error->message, ==, expected);
      left = list_dir (dir);
      g_assert_cmpstr (left, ==, "report.pdf");
      assert_contents (existing, "old");
    }

  g_chmod (dir, 0755);
  remove_tree (dir);
}

/* A save that fails leaves what was there: a folder of the same name, or
 * a file when the writer gives up; one that succeeds replaces the file and
 * leaves nothing else. */
static void
test_save_existing_survives (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *inside = g_build_filename (folder, "inside.txt", NULL);
  g_autofree char *existing = g_build_filename (dir, "report.html", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) existing_file = g_file_new_for_path (existing);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: there is a folder of that name",
                                               folder);
  g_autofree char *left = NULL;
  g_autofree char *saved = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_file_set_contents (inside, "inside", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (existing, "old", -1, &error);
  g_assert_no_error (error);

  g_assert_false (tradeoff_report_save (advisor, folder_file, TRADEOFF_REPORT_FORMAT_PDF, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  assert_contents (inside, "inside");

  g_cancellable_cancel (cancellable);
  g_assert_false (tradeoff_report_save (advisor, existing_file, TRADEOFF_REPORT_FORMAT_HTML,
                                        cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_contents (existing, "old");
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "report.html report.pdf");

  g_assert_true (tradeoff_report_save (advisor, existing_file, TRADEOFF_REPORT_FORMAT_HTML,
                                       NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (existing, &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (saved, "<!DOCTYPE html>"));
  g_clear_pointer (&left, g_free);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "report.html report.pdf");

  remove_tree (dir);
}

static GStatBuf
stat_of (const char *path,
         gboolean    follow)
{
  GStatBuf st;

  g_assert_cmpint (follow ? g_stat (path, &st) : g_lstat (path, &st), ==, 0);
  return st;
}

/* Replacing a file keeps its permissions, whatever the umask: a private
 * file stays private, a shared one stays shared. */
static void
test_save_keeps_permissions (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  static const int modes[] = { 0600, 0640, 0664, 0604 };
  mode_t old_umask = umask (022);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/report-%o.txt", dir, modes[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *saved = NULL;

      g_assert_true (g_file_set_contents (path, "old", -1, NULL));
      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);

      g_assert_true (tradeoff_report_save (advisor, file, TRADEOFF_REPORT_FORMAT_TEXT, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (stat_of (path, TRUE).st_mode & 0777, ==, modes[i]);
      g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
      g_assert_cmpstr (saved, !=, "old");
    }

  umask (old_umask);
  remove_tree (dir);
}

/* A file nobody may write (mode 0444) is refused with a clear message and
 * left as it was, even for root, who may write it regardless. */
static void
test_save_read_only_file (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: the file is read-only", path);
  g_autofree char *left = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  g_assert_false (tradeoff_report_save (advisor, file, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, expected);
  assert_contents (path, "old");
  g_assert_cmpint (stat_of (path, TRUE).st_mode & 0777, ==, 0444);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "report.md");

  g_chmod (path, 0644);
  remove_tree (dir);
}

/* A symbolic link is followed, as editors do: the file it points at is
 * replaced (and keeps its mode), and the link stays a link.  A chain of
 * links, relative and absolute, and a link to a file not yet there, too. */
static void
test_save_follows_links (void)
{
  g_autoptr(TradeoffAdvisor) advisor = advisor_for (NULL, shipped_ticks);
  g_autofree char *dir = make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *target = g_build_filename (real_dir, "report.html", NULL);
  g_autofree char *link = g_build_filename (dir, "link.html", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.html", NULL);
  g_autofree char *dangling = g_build_filename (dir, "new.html", NULL);
  g_autofree char *future = g_build_filename (real_dir, "future.html", NULL);
  const char * const links[] = { link, chain, dangling };

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  g_assert_cmpint (symlink ("real/report.html", link), ==, 0);
  g_assert_cmpint (symlink (link, chain), ==, 0);
  g_assert_cmpint (symlink ("real/future.html", dangling), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (links[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *saved = NULL;

      g_assert_true (tradeoff_report_save (advisor, file, TRADEOFF_REPORT_FORMAT_HTML, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (S_ISLNK (stat_of (links[i], FALSE).st_mode));
      g_assert_true (g_file_get_contents (links[i], &saved, NULL, NULL));
      g_assert_true (g_str_has_prefix (saved, "<!DOCTYPE html>"));
    }

  g_assert_cmpint (stat_of (target, FALSE).st_mode & 0777, ==, 0600);
  g_assert_true (S_ISREG (stat_of (future, FALSE).st_mode));
  {
    g_autofree char *left = list_dir (dir);
    g_autofree char *left_real = list_dir (real_dir);

    g_assert_cmpstr (left, ==, "chain.html link.html new.html real");
    g_assert_cmpstr (left_real, ==, "future.html report.html");
  }

  remove_tree (dir);
}

static void
test_filename_for_format (void)
{
  static const struct { const char *name; TradeoffReportFormat format; const char *expected; } cases[] = {
    { "advice.pdf", TRADEOFF_REPORT_FORMAT_HTML, "advice.html" },
    { "advice.html", TRADEOFF_REPORT_FORMAT_HTML, "advice.html" },
    { "advice.HTM", TRADEOFF_REPORT_FORMAT_HTML, "advice.HTM" },
    { "advice", TRADEOFF_REPORT_FORMAT_MARKDOWN, "advice.md" },
    { "advice.docx", TRADEOFF_REPORT_FORMAT_PDF, "advice.docx.pdf" },
    { "v1.2 advice.txt", TRADEOFF_REPORT_FORMAT_PDF, "v1.2 advice.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = tradeoff_report_filename_for_format (cases[i].name, cases[i].format);

      g_assert_cmpstr (name, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/report/format-for-filename", test_format_for_filename);
  g_test_add_func ("/tradeoff/report/save/missing-folder", test_save_missing_folder);
  g_test_add_func ("/tradeoff/report/save/under-a-file", test_save_under_a_file);
  g_test_add_func ("/tradeoff/report/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/tradeoff/report/save/existing-survives", test_save_existing_survives);
  g_test_add_func ("/tradeoff/report/save/keeps-permissions", test_save_keeps_permissions);
  g_test_add_func ("/tradeoff/report/save/read-only-file", test_save_read_only_file);
  g_test_add_func ("/tradeoff/report/save/follows-links", test_save_follows_links);

  g_test_add_func ("/tradeoff/report-save/filename-for-format", test_filename_for_format);

  return g_test_run ();
}
