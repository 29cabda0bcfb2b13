/* tradeoff-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line that needs no display.  main() calls this before GTK is
 * initialised: if the arguments ask for a summary, a validation, the list
 * of criteria, an export, the version or help, it is all done here with the
 * model objects alone; otherwise the window opens.  Output is collected in
 * GStrings so tests can check it without spawning a process.
 */

#define G_LOG_DOMAIN "tradeoff-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-advisor.h"
#include "tradeoff-cli.h"
#include "tradeoff-cli-summary.h"
#include "tradeoff-decision.h"
#include "tradeoff-import.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"
#include "tradeoff-safe-text.h"
#include "tradeoff-writer.h"

typedef struct
{
  gboolean   summary;
  gboolean   validate;
  gboolean   list_criteria;
  gboolean   version;
  gboolean   help;
  char      *export_path;
  char      *import_path;
  char      *output_path;
  char      *select;
  char     **files;
} Request;

static void
request_clear (Request *request)
{
  g_clear_pointer (&request->export_path, g_free);
  g_clear_pointer (&request->import_path, g_free);
  g_clear_pointer (&request->output_path, g_free);
  g_clear_pointer (&request->select, g_free);
  g_clear_pointer (&request->files, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Request, request_clear)

/* The long names that make an invocation a command-line one.  Anything else
 * (no arguments, file names, GApplication's own options) opens the window. */
static const char * const cli_options[] = {
  "--summary", "--validate", "--list-criteria", "--export", "--select",
  "--import", "--output", "-o", "--version", "--help", "-h", "-?",
};

static gboolean
wants_cli (int    argc,
           char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (cli_options); j++)
        {
          gsize len = strlen (cli_options[j]);

          if (strncmp (argv[i], cli_options[j], len) == 0 &&
              (argv[i][len] == '\0' || argv[i][len] == '='))
            return TRUE;
        }
    }

  return FALSE;
}

static GOptionContext *
create_context (Request *request)
{
  const GOptionEntry entries[] = {
    { "summary", 0, 0, G_OPTION_ARG_NONE, &request->summary,
      N_("Print the grid, the ticked criteria and the advice as plain text"), NULL },
    { "select", 0, 0, G_OPTION_ARG_STRING, &request->select,
      N_("Tick these criteria, each with a level if you like: ID or ID:1 matters, "
         "ID:2 matters a lot, ID:must is a must-have (with --summary or --export)"),
      N_("ID,ID:2,ID:must,…") },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &request->export_path,
      N_("Save the comparison and the advice; the extension picks the format "
         "(.pdf, .html, .md, .txt, or .tradeoff for a decision file)"), N_("FILE") },
    { "list-criteria", 0, 0, G_OPTION_ARG_NONE, &request->list_criteria,
      N_("List the criteria: id, group and label"), NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &request->import_path,
      N_("Turn a comparison guide page (plain text, Markdown or HTML, laid out like the "
         "shipped guide) into a comparison with no criteria yet"), N_("PAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &request->output_path,
      N_("Where --import saves the comparison; without it, it goes to standard output"),
      N_("FILE") },
    { "validate", 0, 0, G_OPTION_ARG_NONE, &request->validate,
      N_("Check comparison files and report the first problem in each"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &request->version,
      N_("Show the version"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &request->help,
      N_("Show this help"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &request->files,
      NULL, N_("[FILE…]") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (NULL);

  g_option_context_set_summary (context,
    _("Tradeoff helps you choose between technologies. With no option it opens\n"
      "the window on FILE, or on the Django vs Flask comparison it ships with."));
  g_option_context_set_description (context,
    _("Exit status: 0 on success, 1 if a comparison file is invalid or a file\n"
      "could not be written, 2 if the command line is wrong."));
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return context;
}

/* @hint says how to put it right; %NULL points at --help. */
static int
usage_error (GString    *err,
             const char *message,
             const char *hint)
{
  g_string_append_printf (err, "tradeoff: %s\n%s\n", message,
                          hint != NULL ? hint : _("Run “tradeoff --help” to see the options."));
  return TRADEOFF_CLI_EXIT_USAGE;
}

/* A comparison file or a decision file (.tradeoff): a comparison with no
 * decision in it opens as a fresh one. */
static TradeoffDecision *
load_decision (const char  *path,
               GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    return tradeoff_decision_load_shipped (error);

  file = g_file_new_for_commandline_arg (path);
  return tradeoff_decision_load_file (file, NULL, error);
}

static int
run_validate (Request *request,
              GString *out,
              GString *err)
{
  int status = TRADEOFF_CLI_EXIT_OK;

  if (request->files == NULL || request->files[0] == NULL)
    return usage_error (err, _("--validate needs at least one FILE."), NULL);

  for (guint i = 0; request->files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TradeoffDecision) decision = load_decision (request->files[i], &error);
      TradeoffComparison *comparison;

      if (decision == NULL)
        {
          g_string_append_printf (err, "%s\n", error->message);
          status = TRADEOFF_CLI_EXIT_INVALID;
          continue;
        }
      comparison = tradeoff_decision_get_base (decision);

      {
        guint n_options = tradeoff_comparison_get_n_options (comparison);
        guint n_criteria = tradeoff_comparison_get_n_criteria (comparison);
        guint n_questions = g_list_model_get_n_items (tradeoff_comparison_get_faq (comparison));
        g_autofree char *options = g_strdup_printf (ngettext ("%u option", "%u options", n_options),
                                                    n_options);
        g_autofree char *criteria = g_strdup_printf (ngettext ("%u criterion", "%u criteria",
                                                               n_criteria),
                                                     n_criteria);
        g_autofree char *questions = g_strdup_printf (ngettext ("%u question", "%u questions",
                                                                n_questions),
                                                      n_questions);
        /* The file's name, on this one line and isolated from the rest of it. */
        g_autofree char *one_line = tradeoff_safe_text_visible (tradeoff_comparison_get_display_name (comparison),
                                                                TRADEOFF_SAFE_TEXT_ONE_LINE);
        g_autofree char *name = tradeoff_safe_text_isolate (one_line);

        /* Translators: "FILE: valid (2 options, 17 criteria, 8 questions)" */
        g_string_append_printf (out, _("%s: valid (%s, %s, %s)\n"),
                                name, options, criteria, questions);
      }
    }

  return status;
}

static void
list_criteria (TradeoffComparison *comparison,
               GString            *out)
{
  guint n = tradeoff_comparison_get_n_criteria (comparison);

  for (guint i = 0; i < n; i++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, i);

      /* Tab-separated, id first: easy to cut(1) and to paste into --select.
       * No field may hold a tab or a line break of its own. */
      tradeoff_safe_text_append_visible (out, tradeoff_criterion_get_id (criterion), -1,
                                         TRADEOFF_SAFE_TEXT_ONE_LINE);
      g_string_append_c (out, '\t');
      tradeoff_safe_text_append_visible (out,
                                         tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (criterion)),
                                         -1, TRADEOFF_SAFE_TEXT_ONE_LINE);
      g_string_append_c (out, '\t');
      tradeoff_safe_text_append_visible (out, tradeoff_criterion_get_label (criterion), -1,
                                         TRADEOFF_SAFE_TEXT_ONE_LINE);
      g_string_append_c (out, '\n');
    }
}

/* Ticks the criteria named in --select=a,b,c. */
static int
apply_selection (TradeoffAdvisor *advisor,
                 const char      *select,
                 GString         *err)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (select == NULL)
    return TRADEOFF_CLI_EXIT_OK;

  ids = g_strsplit (select, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    if (*g_strstrip (ids[i]) != '\0')
      g_strv_builder_add (builder, ids[i]);
  g_clear_pointer (&ids, g_strfreev);
  ids = g_strv_builder_end (builder);

  if (!tradeoff_advisor_select_ids (advisor, (const char * const *)ids, &error))
    {
      return usage_error (err, error->message,
                          _("Run “tradeoff --list-criteria” to see the ids."));
    }

  return TRADEOFF_CLI_EXIT_OK;
}

static int
run_export (TradeoffDecision *decision,
            const char       *path,
            GString          *out,
            GString          *err)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffReport) report = NULL;
  TradeoffReportFormat format;

  /* "report.pdf/" names a folder: GFile would drop the slash and write
   * report.pdf, which is not what was asked for. */
  if (g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    {
      g_string_append_printf (err, "tradeoff: ");
      g_string_append_printf (err,
                              /* Translators: %s is the file name given to --export */
                              _("Could not save “%s”: a file name cannot end in “/”"), path);
      g_string_append_c (err, '\n');
      return TRADEOFF_CLI_EXIT_INVALID;
    }

  if (g_str_has_suffix (path, ".tradeoff"))
    {
      if (!tradeoff_decision_save (decision, file, NULL, &error))
        {
          g_string_append_printf (err, "tradeoff: %s\n", error->message);
          return TRADEOFF_CLI_EXIT_INVALID;
        }
      return TRADEOFF_CLI_EXIT_OK;
    }

  if (!tradeoff_report_format_for_filename (path, &format))
    {
      g_autofree char *message =
        g_strdup_printf (_("Cannot tell the format of “%s”: name it .pdf, .html, .md, .txt or .tradeoff."),
                         path);

      return usage_error (err, message, NULL);
    }

  report = tradeoff_report_new_for_decision (decision);
  if (!tradeoff_report_write (report, file, format, NULL, &error))
    {
      g_string_append_printf (err, "tradeoff: %s\n", error->message);
      return TRADEOFF_CLI_EXIT_INVALID;
    }

  /* Written, and whole but for what the note at its end names: a notice,
   * not an error. */
  if (tradeoff_report_get_shortened (report))
    {
      g_string_append_printf (err, "tradeoff: ");
      g_string_append_printf (err,
                              /* Translators: %s is the file name given to --export, %u a
                               * number of pages, about 300 */
                              _("“%s” leaves parts of the comparison out: a PDF holds at most about "
                                "%u pages' worth. The HTML, Markdown and text exports hold all of it."),
                              path, tradeoff_report_get_max_pages ());
      g_string_append_c (err, '\n');
    }

  return TRADEOFF_CLI_EXIT_OK;
}

/* --import PAGE [-o FILE]: the comparison to standard output, or saved
 * atomically to FILE. */
static int
run_import (Request *request,
            GString *out,
            GString *err)
{
  g_autoptr(GFile) page = g_file_new_for_commandline_arg (request->import_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(GFile) file = NULL;

  if (request->files != NULL && request->files[0] != NULL)
    return usage_error (err, _("--import takes one PAGE and no comparison FILE; name the "
                               "file to write with --output."), NULL);

  comparison = tradeoff_import_file (page, TRADEOFF_IMPORT_FORMAT_AUTO, NULL, &error);
  if (comparison == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      return TRADEOFF_CLI_EXIT_INVALID;
    }

  if (request->output_path == NULL)
    {
      g_autoptr(GBytes) bytes = tradeoff_writer_to_bytes (comparison);

      g_string_append_len (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      return TRADEOFF_CLI_EXIT_OK;
    }

  file = g_file_new_for_commandline_arg (request->output_path);
  if (!tradeoff_writer_save (comparison, file, NULL, &error))
    {
      g_string_append_printf (err, "tradeoff: %s\n", error->message);
      return TRADEOFF_CLI_EXIT_INVALID;
    }

  return TRADEOFF_CLI_EXIT_OK;
}

/* --summary, --list-criteria and --export: one comparison each. */
static int
run_on_comparison (Request *request,
                   GString *out,
                   GString *err)
{
  g_autoptr(TradeoffDecision) decision = NULL;
  TradeoffComparison *comparison;
  TradeoffAdvisor *advisor;
  g_autoptr(GError) error = NULL;
  const char *path = request->files != NULL ? request->files[0] : NULL;
  int status;

  if (path != NULL && request->files[1] != NULL)
    return usage_error (err, _("Give at most one comparison FILE."), NULL);

  decision = load_decision (path, &error);
  if (decision == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      return TRADEOFF_CLI_EXIT_INVALID;
    }

  /* With the decision's own criteria, which --select can tick too. */
  comparison = tradeoff_decision_get_comparison (decision);
  advisor = tradeoff_decision_get_advisor (decision);

  if (request->list_criteria)
    {
      list_criteria (comparison, out);
      return TRADEOFF_CLI_EXIT_OK;
    }

  if ((status = apply_selection (advisor, request->select, err)) != TRADEOFF_CLI_EXIT_OK)
    return status;

  if (request->export_path != NULL)
    return run_export (decision, request->export_path, out, err);

  tradeoff_cli_write_summary (advisor, out);
  tradeoff_cli_write_decision (decision, out);
  return TRADEOFF_CLI_EXIT_OK;
}

static int
run (Request        *request,
     GOptionContext *context,
     GString        *out,
     GString        *err)
{
  guint n_actions = !!request->summary + !!request->validate + !!request->list_criteria +
                    (request->export_path != NULL) + (request->import_path != NULL);

  if (request->help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_string_append (out, help);
      if (!g_str_has_suffix (help, "\n"))
        g_string_append_c (out, '\n');
      return TRADEOFF_CLI_EXIT_OK;
    }

  if (request->version)
    {
      g_string_append_printf (out, "tradeoff %s\n", PACKAGE_VERSION);
      return TRADEOFF_CLI_EXIT_OK;
    }

  if (n_actions > 1)
    return usage_error (err, _("Choose one of --summary, --validate, --list-criteria, "
                               "--export and --import."), NULL);

  if (request->select != NULL && !request->summary && request->export_path == NULL)
    return usage_error (err, _("--select works with --summary or --export."), NULL);

  if (request->output_path != NULL && request->import_path == NULL)
    return usage_error (err, _("--output works with --import."), NULL);

  if (request->validate)
    return run_validate (request, out, err);

  if (request->import_path != NULL)
    return run_import (request, out, err);

  return run_on_comparison (request, out, err);
}

gboolean
tradeoff_cli_handle (int      argc,
                     char   **argv,
                     GString *out,
                     GString *err,
                     int     *exit_status)
{
  g_auto(Request) request = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  gsize out_start, err_start;

  g_return_val_if_fail (out != NULL && err != NULL && exit_status != NULL, FALSE);

  if (!wants_cli (argc, argv))
    return FALSE;

  /* GOptionContext rearranges the vector it parses: give it a copy, so the
   * caller's argv is left as it was. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  out_start = out->len;
  err_start = err->len;
  context = create_context (&request);
  if (!g_option_context_parse_strv (context, &args, &error))
    *exit_status = usage_error (err, error->message, NULL);
  else
    *exit_status = run (&request, context, out, err);

  /* Whatever a file's text or a file's name holds, nothing reaches the
   * terminal that it would take for a command (ESC, CSI, OSC…) or that
   * reorders the rest of a line: see tradeoff-safe-text.c. */
  tradeoff_safe_text_make_terminal_safe (out, out_start);
  tradeoff_safe_text_make_terminal_safe (err, err_start);
  return TRUE;
}
