/* test-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files a desktop reads, checked by the tools that read them: the
 * desktop file, the AppStream metainfo, the settings schema, the MIME type
 * and the icons; every comparison that is meant to be valid against
 * comparison.rng; the translations; and POTFILES.in against the sources.
 *
 * meson finds each tool and passes its path in the environment; a case
 * whose tool is missing is skipped and says which package has it
 * (build-aux/packages.sh installs them all).  The tools run as child
 * processes, so a memory checker wrapped around this program checks this
 * program, not them.
 */

#define G_LOG_DOMAIN "test-validate"

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

#include "tradeoff-loader.h"

typedef struct
{
  int   status;
  char *out;   /* standard output and error, in that order */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The path of the tool in the environment variable @variable, or %NULL
 * after marking the case skipped. */
static const char *
tool (const char *variable,
      const char *package)
{
  const char *path = g_getenv (variable);

  if (path == NULL || *path == '\0')
    {
      g_autofree char *why = g_strdup_printf ("%s is not set: install %s", variable, package);

      g_test_skip (why);
      return NULL;
    }

  return path;
}

static void
spawn_with_env (Run                *run,
                const char * const *argv,
                char              **env)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &run->status, &error);
  g_assert_no_error (error);
  run->out = g_strconcat (out, err, NULL);
}

static void
spawn (Run                *run,
       const char * const *argv)
{
  spawn_with_env (run, argv, NULL);
}

/* Fails, showing what the tool said, unless it exited with status 0. */
static void
assert_passed (Run                *run,
               const char * const *argv)
{
  if (!g_spawn_check_wait_status (run->status, NULL))
    {
      g_autofree char *command = g_strjoinv (" ", (char **) argv);

      g_error ("“%s” failed:\n%s", command, run->out);
    }
}

static char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, (gpointer) g_getenv ("TRADEOFF_SOURCE_ROOT"));
  g_ptr_array_add (parts, (gpointer) first);
  va_start (args, first);
  for (const char *part = va_arg (args, const char *); part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static void
test_desktop_file (void)
{
  const char *validate = tool ("DESKTOP_FILE_VALIDATE", "desktop-file-utils");
  const char *argv[] = { validate, g_getenv ("TRADEOFF_DESKTOP_FILE"), NULL };
  g_auto(Run) run = { 0 };

  if (validate == NULL)
    return;

  spawn (&run, argv);
  assert_passed (&run, argv);
  /* Hints and warnings do not change the exit status; they are still
   * something to fix. */
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_metainfo (void)
{
  const char *appstreamcli = tool ("APPSTREAMCLI", "appstream");
  const char *argv[] = { appstreamcli, "validate", "--no-net", "--no-color",
                         g_getenv ("TRADEOFF_METAINFO_FILE"), NULL };
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  if (appstreamcli == NULL)
    return;

  spawn (&run, argv);
  assert_passed (&run, argv);

  /* Errors fail the status; warnings and infos are reported too. */
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "E:") || g_str_has_prefix (lines[i], "W:") ||
        g_str_has_prefix (lines[i], "I:"))
      g_error ("appstreamcli validate:\n%s", run.out);
}

static void
test_schemas (void)
{
  const char *compile = tool ("GLIB_COMPILE_SCHEMAS", "libglib2.0-bin");
  g_autofree char *data = source_path ("data", NULL);
  const char *argv[] = { compile, "--strict", "--dry-run", data, NULL };
  g_auto(Run) run = { 0 };

  if (compile == NULL)
    return;

  spawn (&run, argv);
  assert_passed (&run, argv);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  g_autoptr(GError) error = NULL;
  GFile *child;

  while (children != NULL &&
         g_file_enumerator_iterate (children, NULL, &child, NULL, &error) && child != NULL)
    remove_tree (child);

  g_assert_no_error (error);
  g_assert_true (g_file_delete (file, NULL, &error));
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Installs the MIME type into a database of its own, and checks that the
 * database says what the file means: a root element <comparison> in no
 * namespace, or a name ending in .tradeoff. */
static void
test_mime_type (void)
{
  const char *update = tool ("UPDATE_MIME_DATABASE", "shared-mime-info");
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *packages = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *namespaces = NULL;
  g_autofree char *globs = NULL;
  g_autoptr(GFile) root = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { update, NULL, NULL };
  g_auto(Run) run = { 0 };
  gsize length;

  if (update == NULL)
    return;

  /* A data directory of its own, named as the tool expects, so that it
   * has nothing to say about search paths. */
  data_home = g_dir_make_tmp ("tradeoff-mime-XXXXXX", &error);
  g_assert_no_error (error);
  root = g_file_new_for_path (data_home);
  mime = g_build_filename (data_home, "mime", NULL);
  packages = g_build_filename (mime, "packages", NULL);
  copy = g_build_filename (packages, APP_ID ".xml", NULL);
  g_file_get_contents (g_getenv ("TRADEOFF_MIME_FILE"), &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (packages, 0700), ==, 0);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);

  argv[1] = mime;
  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  spawn_with_env (&run, argv, env);
  assert_passed (&run, argv);
  g_assert_cmpstr (run.out, ==, "");

  namespaces = read_file (mime, "XMLnamespaces");
  globs = read_file (mime, "globs2");
  remove_tree (root);

  g_assert_nonnull (strstr (namespaces, " comparison application/x-tradeoff-comparison+xml\n"));
  g_assert_nonnull (strstr (globs, ":application/x-tradeoff-comparison+xml:*.tradeoff\n"));
}

/* The root element of @path, which the MIME type recognises comparisons by. */
static void
assert_root_is_comparison (const char *path)
{
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  g_assert_nonnull (root);
  g_assert_cmpstr ((const char *) root->name, ==, "comparison");
  g_assert_null (root->ns);
  xmlFreeDoc (doc);
}

static void
test_shipped_is_comparison_type (void)
{
  g_autofree char *shipped = source_path ("data", "django-vs-flask.xml", NULL);

  assert_root_is_comparison (shipped);
}

/* The icons the desktop file and the window name: a scalable one and a
 * 16×16 symbolic one, both well-formed SVG. */
static void
test_icons (void)
{
  const char *xmllint = tool ("XMLLINT", "libxml2-utils");
  g_autofree char *scalable = source_path ("data", "icons", "hicolor", "scalable", "apps",
                                           APP_ID ".svg", NULL);
  g_autofree char *symbolic = source_path ("data", "icons", "hicolor", "symbolic", "apps",
                                           APP_ID "-symbolic.svg", NULL);
  g_autofree char *desktop = NULL;
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (g_getenv ("TRADEOFF_DESKTOP_FILE"), &desktop, NULL, &error));
  g_assert_nonnull (strstr (desktop, "\nIcon=" APP_ID "\n"));
  g_assert_true (g_file_get_contents (symbolic, &svg, NULL, &error));
  g_assert_nonnull (strstr (svg, "width=\"16\" height=\"16\""));

  if (xmllint == NULL)
    return;

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { xmllint, "--noout", "--nonet", i == 0 ? scalable : symbolic, NULL };
      g_auto(Run) run = { 0 };

      spawn (&run, argv);
      assert_passed (&run, argv);
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* xmllint --relaxng, with the schema Tradeoff ships. */
static void
test_relaxng (gconstpointer data)
{
  const char *path = data;
  const char *xmllint = tool ("XMLLINT", "libxml2-utils");
  g_autofree char *schema = source_path ("data", "comparison.rng", NULL);
  const char *argv[] = { xmllint, "--noout", "--nonet", "--relaxng", schema, path, NULL };
  g_auto(Run) run = { 0 };

  if (xmllint == NULL)
    return;

  spawn (&run, argv);
  assert_passed (&run, argv);
}

/* msgfmt's checks: format strings that match their msgid's (a mismatch
 * crashes the program in that language), a complete header, and one
 * keyboard accelerator wherever the original has one. */
static void
test_po (gconstpointer data)
{
  const char *language = data;
  const char *msgfmt = tool ("MSGFMT", "gettext");
  g_autofree char *po_name = g_strconcat (language, ".po", NULL);
  g_autofree char *po = source_path ("po", po_name, NULL);
  const char *argv[] = { msgfmt, "--check", "--check-accelerators=_", "--statistics",
                         "--output-file=/dev/null", po, NULL };
  g_auto(Run) run = { 0 };

  if (msgfmt == NULL)
    return;

  spawn (&run, argv);
  assert_passed (&run, argv);
  /* No fuzzy and no untranslated messages: msgfmt mentions them. */
  if (strstr (run.out, "fuzzy") != NULL || strstr (run.out, "untranslated") != NULL)
    g_error ("%s is not complete: %s", po, run.out);
}

static gboolean
has_translatable_strings (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  if (g_str_has_suffix (path, ".ui"))
    return strstr (text, "translatable=\"yes\"") != NULL;

  return g_regex_match_simple ("(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext) ?\\(\"",
                               text, G_REGEX_MULTILINE, 0);
}

/* Every source with a string a person reads is in POTFILES.in, so that
 * translators see it, and every file listed there exists. */
static void
test_potfiles (void)
{
  g_autofree char *potfiles_path = source_path ("po", "POTFILES.in", NULL);
  g_autofree char *potfiles = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char * const dirs[] = { "app", "ui" };

  g_assert_true (g_file_get_contents (potfiles_path, &potfiles, NULL, &error));
  lines = g_strsplit (potfiles, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      path = source_path (lines[i], NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("POTFILES.in lists %s, which does not exist", lines[i]);
      g_ptr_array_add (listed, lines[i]);
    }

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *dir_path = source_path (dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *relative = g_build_filename (dirs[d], name, NULL);
          g_autofree char *path = g_build_filename (dir_path, name, NULL);

          if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui")) &&
              has_translatable_strings (path) &&
              !g_ptr_array_find_with_equal_func (listed, relative, g_str_equal, NULL))
            g_error ("%s has strings to translate but is not in po/POTFILES.in", relative);
        }
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds a RELAX NG case for every .xml in @dir; with @only_loading, only for
 * the files Tradeoff's loader accepts (anything it loads, the schema must
 * accept too). */
static void
add_relaxng_cases (const char *dir_path,
                   const char *prefix,
                   gboolean    only_loading)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autofree char *test_path = g_strconcat (prefix, (char *) g_ptr_array_index (names, i), NULL);

      if (only_loading)
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_file (file, NULL, NULL);

          if (comparison == NULL)
            {
              g_free (path);
              continue;
            }
        }

      /* The path lives as long as the test program. */
      g_test_add_data_func_full (test_path, path, test_relaxng, g_free);
    }
}

/* A case for each language in po/LINGUAS. */
static void
add_po_cases (void)
{
  g_autofree char *linguas_path = source_path ("po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (linguas_path, &linguas, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (linguas, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *language = g_strstrip (g_strdup (lines[i]));
      g_autofree char *test_path = g_strconcat ("/tradeoff/validate/po/", language, NULL);

      if (*language == '\0' || *language == '#')
        g_free (language);
      else
        g_test_add_data_func_full (test_path, language, test_po, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = NULL;
  g_autofree char *fixtures = NULL;
  g_autofree char *hostile = NULL;

  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("TRADEOFF_SOURCE_ROOT"));
  data = source_path ("data", NULL);
  fixtures = source_path ("tests", "data", NULL);
  hostile = source_path ("tests", "data", "hostile", NULL);

  g_test_add_func ("/tradeoff/validate/desktop-file", test_desktop_file);
  g_test_add_func ("/tradeoff/validate/metainfo", test_metainfo);
  g_test_add_func ("/tradeoff/validate/schemas", test_schemas);
  g_test_add_func ("/tradeoff/validate/mime-type", test_mime_type);
  g_test_add_func ("/tradeoff/validate/shipped-is-comparison-type", test_shipped_is_comparison_type);
  g_test_add_func ("/tradeoff/validate/icons", test_icons);
  g_test_add_data_func_full ("/tradeoff/validate/relaxng/data/django-vs-flask.xml",
                             g_build_filename (data, "django-vs-flask.xml", NULL),
                             test_relaxng, g_free);
  add_relaxng_cases (fixtures, "/tradeoff/validate/relaxng/tests/data/", FALSE);
  add_relaxng_cases (hostile, "/tradeoff/validate/relaxng/tests/data/hostile/", TRUE);
  add_po_cases ();
  g_test_add_func ("/tradeoff/validate/potfiles", test_potfiles);

  return g_test_run ();
}
