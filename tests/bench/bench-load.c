/* bench-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long loading a comparison takes, against its floor: libxml2's own
 * parse plus RELAX NG validation of the same bytes, which any loader built
 * on libxml2 has to pay.  Both in-process (the schema parsed once, as the
 * loader does) and as whole processes (`xmllint --noout --relaxng` against
 * `tradeoff --validate`, for reference: process start-up and the schema
 * parse are in both).
 *
 *   bench-load [--schema data/comparison.rng] [--program tradeoff] FILE…
 *
 * Budget (issue 7): within 1.5x of libxml2's parse and validation.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <stdlib.h>

#include "bench-util.h"
#include "tradeoff-loader.h"

#define SCHEMA_RESOURCE "/org/tradeoff/Tradeoff/data/comparison.rng"
#define BUDGET 1.5

/* How xmllint parses (its defaults, plus no network): the floor in-process
 * is the same work as the floor between processes. */
#define FLOOR_OPTIONS (XML_PARSE_NONET | XML_PARSE_COMPACT | XML_PARSE_BIG_LINES)

typedef struct
{
  GBytes     *bytes;
  const char *path;
  GFile      *file;
  xmlRelaxNG *schema;
} Input;

/* The schema the loader uses, from the same resource, parsed once. */
static xmlRelaxNG *
parse_schema (void)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;
  gsize len;
  const char *data;

  bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &len);
  parser = xmlRelaxNGNewMemParserCtxt (data, (int)len);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert (schema != NULL);

  return schema;
}

static void
quiet_errors (void     *user_data,
              xmlError *error)
{
}

static void
libxml2_parse_validate (const Input *input,
                        const char  *data,
                        gsize        len)
{
  xmlDoc *doc;
  xmlRelaxNGValidCtxt *validator;
  int result;

  doc = xmlReadMemory (data, (int)len, input->path, "UTF-8", FLOOR_OPTIONS);
  g_assert (doc != NULL);
  validator = xmlRelaxNGNewValidCtxt (input->schema);
  xmlRelaxNGSetValidStructuredErrors (validator, quiet_errors, NULL);
  result = xmlRelaxNGValidateDoc (validator, doc);
  g_assert (result == 0);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);
}

static void
floor_bytes (gpointer data)
{
  const Input *input = data;
  gsize len;
  const char *bytes = g_bytes_get_data (input->bytes, &len);

  libxml2_parse_validate (input, bytes, len);
}

static void
floor_parse_only (gpointer data)
{
  const Input *input = data;
  gsize len;
  const char *bytes = g_bytes_get_data (input->bytes, &len);
  xmlDoc *doc = xmlReadMemory (bytes, (int)len, input->path, "UTF-8", FLOOR_OPTIONS);

  g_assert (doc != NULL);
  xmlFreeDoc (doc);
}

/* What a libxml2 program does to check a file on disk: read it, parse it,
 * validate it. */
static void
floor_file (gpointer data)
{
  const Input *input = data;
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (input->path, &contents, &len, NULL))
    g_assert_not_reached ();
  libxml2_parse_validate (input, contents, len);
}

static void
load_bytes (gpointer data)
{
  const Input *input = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  comparison = tradeoff_loader_load_bytes (input->bytes, input->path, &error);
  g_assert_no_error (error);
}

static void
load_file (gpointer data)
{
  const Input *input = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  comparison = tradeoff_loader_load_file (input->file, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
bench_one (const char *path,
           const char *schema_path,
           const char *program,
           xmlRelaxNG *schema)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  Input input = { NULL, path, NULL, schema };
  double parse_ns, floor_ns, subject_ns, file_floor_ns, file_ns;
  double xmllint_ns = -1.0, validate_ns = -1.0, version_ns = -1.0;
  guint runs;
  gboolean met = TRUE;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      g_printerr ("bench-load: %s\n", error->message);
      exit (1);
    }
  input.bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  input.file = g_file_new_for_path (path);

  bench_print_heading ("load: %s (%.1f kB)", path, len / 1000.0);

  /* The runs alternate in one heap, and glibc defers part of freeing a
   * tree (merging its small chunks) to the next large allocation or free:
   * a run can pay for what the run before it freed.  From bytes, the floor
   * frees its tree last and the loader's next parse pays for it; from a
   * file, each frees its whole buffer after its tree, and so pays for its
   * own.  With GLIBC_TUNABLES=glibc.malloc.mxfast=0 (no deferring) the two
   * ratios agree. */
  bench_compare (NULL, NULL, NULL, floor_parse_only, &input, &parse_ns, 15, 201, 1.0);
  runs = bench_compare (floor_bytes, &input, &floor_ns, load_bytes, &input, &subject_ns,
                        15, 201, 2.0);
  bench_compare (floor_file, &input, &file_floor_ns, load_file, &input, &file_ns,
                 15, 201, 2.0);

  g_print ("  (in-process, median of %u runs, each alternating with its floor)\n", runs);
  bench_print_row ("libxml2 xmlReadMemory only", parse_ns / 1e6, "ms", 0.0);
  bench_print_row ("libxml2 parse + RELAX NG validate (floor)", floor_ns / 1e6, "ms", 0.0);
  bench_print_row ("tradeoff_loader_load_bytes", subject_ns / 1e6, "ms", subject_ns / floor_ns);
  bench_print_row ("read file + libxml2 parse + validate (floor)", file_floor_ns / 1e6, "ms", 0.0);
  bench_print_row ("tradeoff_loader_load_file", file_ns / 1e6, "ms", file_ns / file_floor_ns);

  if (schema_path != NULL)
    {
      const char *xmllint[] = { "xmllint", "--noout", "--relaxng", schema_path, path, NULL };
      const char *validate[] = { program, "--validate", path, NULL };
      const char *version[] = { program, "--version", NULL };
      guint process_runs = len > 1000000 ? 11 : 21;

      const char *true_argv[] = { "true", NULL };
      double true_ns;

      if (program != NULL)
        {
          bench_compare_processes (xmllint, &xmllint_ns, validate, &validate_ns, process_runs);
          /* What starting the program costs before it reads anything. */
          bench_compare_processes (true_argv, &true_ns, version, &version_ns, process_runs);
        }
      else
        {
          bench_compare_processes (true_argv, &true_ns, xmllint, &xmllint_ns, process_runs);
        }

      g_print ("  (whole processes, median of %u runs, alternating)\n", process_runs);
      if (xmllint_ns > 0.0)
        bench_print_row ("xmllint --noout --relaxng (floor)", xmllint_ns / 1e6, "ms", 0.0);
      else
        g_print ("  xmllint could not be run (apt-get install libxml2-utils)\n");
      if (validate_ns > 0.0)
        bench_print_row ("tradeoff --validate", validate_ns / 1e6, "ms",
                         xmllint_ns > 0.0 ? validate_ns / xmllint_ns : 0.0);
      if (version_ns > 0.0)
        bench_print_row ("tradeoff --version (start-up alone, for reference)",
                         version_ns / 1e6, "ms", 0.0);
    }

  met &= bench_print_budget ("load_bytes within 1.5x of libxml2 parse + validate",
                             subject_ns <= BUDGET * floor_ns);
  met &= bench_print_budget ("load_file within 1.5x of read + parse + validate",
                             file_ns <= BUDGET * file_floor_ns);
  /* Whole processes are a reference, not the budget: `tradeoff` is a GTK
   * program, and loading its libraries (what `--version` alone takes) is
   * most of what it spends on a small file; xmllint links libxml2 only. */
  if (xmllint_ns > 0.0 && validate_ns > 0.0)
    g_print ("  reference: tradeoff --validate / xmllint (processes, with start-up) %.2fx\n",
             validate_ns / xmllint_ns);

  g_bytes_unref (input.bytes);
  g_object_unref (input.file);

  return met;
}

/* Nothing but the loader, so a profile shows nothing else. */
static int
profile_loader (char **paths,
                int    repeat)
{
  for (char **path = paths; *path != NULL; path++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize len;
      Input input = { NULL, *path, NULL, NULL };

      if (!g_file_get_contents (*path, &contents, &len, &error))
        {
          g_printerr ("bench-load: %s\n", error->message);
          return 1;
        }
      input.bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
      for (int i = 0; i < repeat; i++)
        load_bytes (&input);
      g_bytes_unref (input.bytes);
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schema_path = NULL;
  g_autofree char *program = NULL;
  int profile = 0;
  GOptionEntry entries[] = {
    { "schema", 0, 0, G_OPTION_ARG_FILENAME, &schema_path,
      "Also time xmllint --relaxng with this schema, as a process", "RNG" },
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program,
      "Also time PROGRAM --validate, as a process", "PROGRAM" },
    { "profile", 0, 0, G_OPTION_ARG_INT, &profile,
      "Only load each FILE N times, timing nothing: for perf or callgrind", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE…");
  g_autoptr(GError) error = NULL;
  xmlRelaxNG *schema;

  g_option_context_set_summary (context,
                                "Times Tradeoff's loader against libxml2's parse and "
                                "RELAX NG validation of the same files.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("bench-load: %s\n", error != NULL ? error->message : "no FILE given");
      return 2;
    }

  if (profile > 0)
    return profile_loader (argv + 1, profile);

  schema = parse_schema ();
  g_print ("Loading: Tradeoff's loader against libxml2's parse + validation (floor)\n");
  for (int i = 1; i < argc; i++)
    bench_one (argv[i], schema_path, program, schema);
  xmlRelaxNGFree (schema);

  return 0;
}
