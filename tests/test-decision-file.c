/* test-decision-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decision files (.tradeoff): saving and opening again gives exactly the
 * same decision, in another language too; the file is valid against
 * comparison.rng; hostile decision parts are refused at their line with
 * an error a person can act on.
 */

#define G_LOG_DOMAIN "test-decision-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tradeoff-decision.h"
#include "tradeoff-loader.h"
#include "tradeoff-report.h"

#define LOADS (-1)

typedef struct
{
  const char *file;
  int         code;   /* a TradeoffLoaderError, or LOADS */
  int         line;
  const char *says;   /* in the message, or (LOADS) in the note */
} HostileDecision;

static const HostileDecision corpus[] = {
  { "decision-duplicate-id.tradeoff", TRADEOFF_LOADER_ERROR_DUPLICATE_ID, 37, "The id “caffeine” is already used" },
  { "decision-empty-own-group.tradeoff", TRADEOFF_LOADER_ERROR_INVALID_VALUE, 37, "“mine” has no criterion of your own" },
  { "decision-impossible-date.tradeoff", TRADEOFF_LOADER_ERROR_SCHEMA, 36, "“2026-02-30” is not a day written YYYY-MM-DD" },
  { "decision-own-weight-huge.tradeoff", TRADEOFF_LOADER_ERROR_SCHEMA, 39, "“1000” is not a whole number from -100 to 100" },
  { "decision-script-in-note.tradeoff", LOADS, 0, "<script>alert(\"owned\")</script> & done" },
  { "decision-two-levels.tradeoff", TRADEOFF_LOADER_ERROR_INVALID_VALUE, 38, "“stay-awake” has a level already" },
  { "decision-unknown-choice.tradeoff", TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, 37, "no option “milk”" },
  { "decision-unknown-criterion.tradeoff", TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, 38, "no criterion “stay-asleep”" },
  { "decision-unknown-group.tradeoff", TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, 37, "no group “wants”" },
  { "decision-unknown-level.tradeoff", TRADEOFF_LOADER_ERROR_SCHEMA, 37, "The level “3” is not one of matters, a-lot or must" },
  { "decision-unknown-status.tradeoff", TRADEOFF_LOADER_ERROR_SCHEMA, 36, "The status “done” is not one of proposed" },
};

static void
test_hostile (gconstpointer data)
{
  const HostileDecision *hostile = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", hostile->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_file (file, NULL, &error);
  g_autofree char *position = NULL;

  if (hostile->code == LOADS)
    {
      g_assert_no_error (error);
      g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, hostile->says);
      return;
    }

  g_assert_null (decision);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, hostile->code);
  position = g_strdup_printf ("%s:%d:", path, hostile->line);
  g_assert_true (g_str_has_prefix (error->message, position));
  g_assert_nonnull (strstr (error->message, hostile->says));
}

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

/* A decision with something of everything in it. */
static TradeoffDecision *
full_decision (void)
{
  g_autoptr(GError) error = NULL;
  TradeoffDecision *decision = tradeoff_decision_load_shipped (&error);
  TradeoffAdvisor *advisor;
  g_autofree char *own = NULL;
  g_autofree char *mine = NULL;
  g_auto(GStrv) levels = NULL;

  g_assert_no_error (error);
  own = tradeoff_decision_add_criterion (decision, "Cheap hosting & <care>", "project", NULL,
                                         (int[]) { 4, -1 }, 2, &error);
  mine = tradeoff_decision_add_criterion (decision, "Runs on our servers", NULL, "Our setup",
                                          (int[]) { 0, 1 }, 2, &error);
  g_assert_no_error (error);
  advisor = tradeoff_decision_get_advisor (decision);
  g_assert_true (tradeoff_advisor_select_ids (advisor,
                                              (const char * const[]) { "team-knows-django:must",
                                                                       "greenfield:2", "innovation",
                                                                       "own-1:2", "own-2", NULL },
                                              &error));
  g_assert_no_error (error);
  tradeoff_decision_set_note (decision, "We host on a PaaS.\n\nThe team is small.", NULL);
  tradeoff_decision_set_deciders (decision, "Ana Lopez, Bo Chen", NULL);
  g_assert_true (tradeoff_decision_set_date (decision, "2026-12-01", NULL));
  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_ACCEPTED);
  g_assert_true (tradeoff_decision_set_choice (decision, "flask", "Our contractors know Flask.", &error));
  g_assert_no_error (error);

  return decision;
}

static void
assert_same_decision (TradeoffDecision *a,
                      TradeoffDecision *b)
{
  g_auto(GStrv) levels_a = tradeoff_advisor_dup_level_ids (tradeoff_decision_get_advisor (a));
  g_auto(GStrv) levels_b = tradeoff_advisor_dup_level_ids (tradeoff_decision_get_advisor (b));
  GListModel *own_a = tradeoff_decision_get_own_criteria (a);
  GListModel *own_b = tradeoff_decision_get_own_criteria (b);

  g_assert_cmpstrv (levels_a, levels_b);
  g_assert_cmpstr (tradeoff_decision_get_note (a), ==, tradeoff_decision_get_note (b));
  g_assert_cmpstr (tradeoff_decision_get_deciders (a), ==, tradeoff_decision_get_deciders (b));
  g_assert_cmpstr (tradeoff_decision_get_date (a), ==, tradeoff_decision_get_date (b));
  g_assert_cmpint (tradeoff_decision_get_status (a), ==, tradeoff_decision_get_status (b));
  g_assert_cmpstr (tradeoff_decision_get_chosen (a), ==, tradeoff_decision_get_chosen (b));
  g_assert_cmpstr (tradeoff_decision_get_reason (a), ==, tradeoff_decision_get_reason (b));
  g_assert_cmpuint (g_list_model_get_n_items (own_a), ==, g_list_model_get_n_items (own_b));
  for (guint i = 0; i < g_list_model_get_n_items (own_a); i++)
    {
      g_autoptr(TradeoffCriterion) ca = g_list_model_get_item (own_a, i);
      g_autoptr(TradeoffCriterion) cb = g_list_model_get_item (own_b, i);

      g_assert_cmpstr (tradeoff_criterion_get_id (ca), ==, tradeoff_criterion_get_id (cb));
      g_assert_cmpstr (tradeoff_criterion_get_label (ca), ==, tradeoff_criterion_get_label (cb));
      g_assert_cmpstr (tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (ca)), ==,
                       tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (cb)));
      for (guint o = 0; o < 2; o++)
        g_assert_cmpint (tradeoff_criterion_get_weight (ca, o), ==, tradeoff_criterion_get_weight (cb, o));
    }
  g_assert_true (tradeoff_advisor_get_leader (tradeoff_decision_get_advisor (a)) ==
                 tradeoff_advisor_get_leader (tradeoff_decision_get_advisor (b)) ||
                 g_strcmp0 (tradeoff_option_get_id (tradeoff_advisor_get_leader (tradeoff_decision_get_advisor (a))),
                            tradeoff_option_get_id (tradeoff_advisor_get_leader (tradeoff_decision_get_advisor (b)))) == 0);
}

static void
test_round_trip (void)
{
  g_autoptr(TradeoffDecision) decision = full_decision ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tradeoff-decision-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "hosting.tradeoff", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TradeoffDecision) reopened = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *command = NULL;
  int status;

  g_assert_true (tradeoff_decision_save (decision, file, NULL, &error));
  g_assert_no_error (error);

  reopened = tradeoff_decision_load_file (file, NULL, &error);
  g_assert_no_error (error);
  assert_same_decision (decision, reopened);
  /* Nothing to undo in a file just opened. */
  g_assert_false (tradeoff_decision_get_can_undo (reopened));
  /* The comparison in the file is the comparison, not the own criteria. */
  g_assert_null (tradeoff_comparison_find_criterion (tradeoff_decision_get_base (reopened), "own-1"));

  /* Saving what was opened gives the same bytes. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  again = tradeoff_decision_to_bytes (reopened);
  g_assert_cmpstr (g_bytes_get_data (again, NULL), ==, contents);

  /* The file holds the texts as written, the levels by id. */
  g_assert_nonnull (strstr (contents, "gettext-domain=\"tradeoff\""));
  g_assert_nonnull (strstr (contents, "<level criterion=\"team-knows-django\">must</level>"));
  g_assert_nonnull (strstr (contents, "Cheap hosting &amp; &lt;care&gt;"));

  /* And it is valid against the schema, as xmllint says. */
  {
    g_autofree char *xmllint = g_find_program_in_path ("xmllint");
    g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "comparison.rng", NULL);
    g_autofree char *output = NULL;

    g_assert_nonnull (xmllint);
    command = g_strdup_printf ("%s --noout --relaxng %s %s", xmllint, schema, path);
    g_assert_true (g_spawn_command_line_sync (command, NULL, &output, &status, &error));
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, NULL))
      g_error ("xmllint refuses the decision file: %s", output);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Saved in German, opened in French: the comparison in French, the
 * decision exactly the same. */
static void
test_other_language (void)
{
  g_autoptr(TradeoffDecision) decision = NULL;
  g_autoptr(TradeoffDecision) reopened = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) french = NULL;

  use_language ("de");
  decision = full_decision ();
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_decision_get_base (decision)), !=,
                   "Django vs Flask: Complete Comparison Guide 2026");
  bytes = tradeoff_decision_to_bytes (decision);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "Django vs Flask: Complete Comparison Guide 2026"));

  use_language ("fr");
  reopened = tradeoff_decision_load_bytes (bytes, "hosting.tradeoff", &error);
  g_assert_no_error (error);
  french = tradeoff_loader_load_shipped (&error);
  g_assert_cmpstr (tradeoff_comparison_get_title (tradeoff_decision_get_base (reopened)), ==,
                   tradeoff_comparison_get_title (french));
  assert_same_decision (decision, reopened);

  use_language ("en");
}

/* The MADR record in German and French, in MADR's own German and French
 * wording. */
static void
test_madr_languages (void)
{
  static const char * const german[] = {
    "---\nstatus: akzeptiert\ndatum: 2026-12-01\nentscheidende: Ana Lopez, Bo Chen\n---\n",
    "\n## Kontext und Problemstellung\n", "\n## Entscheidungsfaktoren\n",
    "\n## Betrachtete Optionen\n", "\n## Entscheidung\n", "\nGewählte Option: \"Flask\", denn ",
    "\n### Konsequenzen\n", "\n* Schlecht, weil ", "\n## Vor- und Nachteile der Optionen\n",
    "\n* Gut, weil ", "\n## Weitere Informationen\n",
  };
  static const char * const french[] = {
    "---\nstatut: accepté\ndate: 01/12/2026\ndécideurs: Ana Lopez, Bo Chen\n---\n",
    "\n## Contexte et énoncé du problème\n", "\n## Facteurs de décision\n",
    "\n## Options considérées\n", "\n## Résultat de la décision\n",
    "\nOption choisie : \"Flask\", parce que ", "\n### Conséquences\n", "\n* Mauvaise, parce que ",
    "\n## Avantages et inconvénients des options\n", "\n* Bon, parce que ", "\n## Plus d'informations\n",
  };
  const char * const *expected[] = { german, french };
  const char *languages[] = { "de", "fr" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(TradeoffDecision) decision = NULL;
      g_autoptr(TradeoffReport) report = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      const char *at;

      use_language (languages[l]);
      decision = full_decision ();
      report = tradeoff_report_new_for_decision (decision);
      bytes = tradeoff_report_to_bytes (report, TRADEOFF_REPORT_FORMAT_MARKDOWN, NULL, &error);
      g_assert_no_error (error);
      at = g_bytes_get_data (bytes, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (german); i++)
        {
          const char *found = strstr (at, expected[l][i]);

          if (found == NULL)
            g_error ("“%s” is missing or out of order in:\n%s", expected[l][i],
                     (const char *) g_bytes_get_data (bytes, NULL));
          at = found + 1;
        }
    }

  use_language ("en");
}

/* A plain comparison file opens as a fresh decision. */
static void
test_comparison_opens_fresh (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_decision_get_advisor (decision)), ==, 0);
  g_assert_cmpint (tradeoff_decision_get_status (decision), ==, TRADEOFF_DECISION_PROPOSED);
  g_assert_null (tradeoff_decision_get_note (decision));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* The catalogues compiled in the build tree, not any installed ones. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TRADEOFF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* The program's own strings (_()) are looked up in the default domain.
   * GLib decides once, at the first g_dgettext(), whether to translate at
   * all, from the default domain's catalogue in the language of the moment:
   * let that moment be in German. */
  textdomain (GETTEXT_PACKAGE);
  use_language ("de");
  (void) g_dgettext (GETTEXT_PACKAGE, "Aspect");
  use_language ("en");

  g_test_add_func ("/tradeoff/decision-file/round-trip", test_round_trip);
  g_test_add_func ("/tradeoff/decision-file/other-language", test_other_language);
  g_test_add_func ("/tradeoff/decision-file/comparison-opens-fresh", test_comparison_opens_fresh);
  g_test_add_func ("/tradeoff/decision-file/madr-languages", test_madr_languages);
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *name = g_strndup (corpus[i].file, strlen (corpus[i].file) - strlen (".tradeoff"));
      g_autofree char *test_path = g_strdup_printf ("/tradeoff/decision-file/hostile/%s", name);

      g_test_add_data_func (test_path, &corpus[i], test_hostile);
    }

  return g_test_run ();
}
