/* test-loader-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader validates against a quick form of comparison.rng (its ids,
 * texts and weights plain text, checked in C) and asks the schema as
 * written, the judge, only about a tree the quick form refuses
 * (tradeoff-loader-schema.c).  That must change nothing but the time:
 *
 *  - every file of tests/data, the generated files that reach validation,
 *    and a few hundred variants of a small comparison and a decision file
 *    (each kind of id, text, weight, date and level written in ways the
 *    schema accepts and refuses) load, or fail with the same code and the
 *    same message, with and without the quick form;
 *  - a valid file is validated once, by the quick form, never by the
 *    judge as well: the large comparison's load depends on it.
 */

#include "config.h"

#include <string.h>

#include "hostile-fixtures.h"
#include "tradeoff-decision.h"
#include "tradeoff-loader.h"
#include "tradeoff-loader-private.h"

#define NAME "variant.xml"

/* A small comparison, and a decision on it, with a %s where each place's
 * variants go. */
typedef struct
{
  const char *original;
  const char *replacement;
} Place;

static const char *id_values[] = {
  "", " ", "a", "A9", "9", "a b", " tea", "tea ", "-a", "_a", ".a", "a.b-c_d", "a-",
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",   /* 64 */
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  /* 65 */
  "\xc3\xa9", "a\xc3\xa9", "a:b", "a&#9;b", "&#x41;", "\xef\xbc\xa1", "a&#10;", "a/b",
};

static const char *text_values[] = {
  "", " ", "\t\n\r ", "&#9;", "&#13;", "&#xA0;", "&#x2003;", "\xc2\x85", "x", " x ",
  "<![CDATA[ ]]>", "<![CDATA[ ]]>x", "<![CDATA[x]]>", "<![CDATA[]]>", "<b/>", "x<b/>",
  "<!-- c -->", "<!-- c -->x", "x<!-- c -->", "&amp;", "&lt;b/&gt;", "&#12;",
};

static const char *weight_values[] = {
  "0", "1", "-1", "+1", "01", "-0", "+0", "00", "100", "-100", "101", "-101", "099",
  " 5", "5 ", "\n5\n", "&#9;5", "", " ", "-", "+", "5.0", "5.", "1e2", "0x10", "999999",
  "1000000", "-999999", "9999999999999999999999999", "00000000000000000000000000001",
  "\xd9\xa3", "<!--c-->5", "5<!--c-->", "<![CDATA[5]]>", "<![CDATA[5]]>0", "&#x35;", "5<b/>",
};

static const char *date_values[] = {
  "2026-01-02", "2026-1-2", "2026-13-01", "2026-02-30", "2026-01", "2026", "", " 2026-01-02",
  "02026-01-02", "-2026-01-02", "2026-01-02Z", "2026-01-02+01:00",
};

static const char *level_values[] = {
  "must", "a-lot", "matters", " must ", "Must", "", "never",
};

static const Place id_places[] = {
  { "id=\"minimal\"", "id=\"%s\"" },
  { "<option id=\"tea\">", "<option id=\"%s\">" },
  { "<value option=\"tea\">", "<value option=\"%s\">" },
  { "source=\"sleep\"", "source=\"%s\"" },
  { "<weight option=\"coffee\">", "<weight option=\"%s\">" },
  { "<group id=\"needs\">", "<group id=\"%s\">" },
  { "<comparison id=\"minimal\" version=\"1\">",
    "<comparison id=\"minimal\" version=\"1\" gettext-domain=\"%s\">" },
};

static const Place text_places[] = {
  { "<title>Tea vs Coffee</title>", "<title>%s</title>" },
  { "<name>Tea</name>", "<name>%s</name>" },
  { "<label>Caffeine</label>", "<label>%s</label>" },
  { "<value option=\"tea\">Less</value>", "<value option=\"tea\">%s</value>" },
  { "<question>Which keeps me awake longer?</question>", "<question>%s</question>" },
  { "<rationale>A cup of coffee usually holds more caffeine than a cup of tea.</rationale>",
    "<rationale>%s</rationale>" },
  { "<tie>Either will do.</tie>", "<tie>%s</tie>" },
  { "<verdict option=\"tea\">Tea is the gentler choice.</verdict>",
    "<verdict option=\"tea\">%s</verdict>" },
  { "<faq>", "<faq heading=\"%s\">" },
  { "<aspects>", "<aspects label=\"%s\">" },
};

static const Place weight_places[] = {
  { "<weight option=\"coffee\">1</weight>", "<weight option=\"coffee\">%s</weight>" },
};

/* What the decision part adds, before </comparison>. */
#define DECISION \
  "<decision status=\"proposed\" date=\"2026-01-02\">" \
  "<deciders>Us</deciders><chosen option=\"tea\"><reason>Calm</reason></chosen>" \
  "<note>A note</note><own-group id=\"mine\"><label>Mine</label></own-group>" \
  "<own-criterion id=\"own-c\" group=\"mine\"><label>Mine too</label>" \
  "<weight option=\"tea\">2</weight></own-criterion>" \
  "<level criterion=\"stay-awake\">must</level></decision>"

static const Place decision_places[] = {
  { "date=\"2026-01-02\"", "date=\"%s\"" },
  { ">must</level>", ">%s</level>" },
  { "<weight option=\"tea\">2</weight>", "<weight option=\"tea\">%s</weight>" },
  { "<deciders>Us</deciders>", "<deciders>%s</deciders>" },
  { "<own-criterion id=\"own-c\"", "<own-criterion id=\"%s\"" },
  { "group=\"mine\"", "group=\"%s\"" },
  { "<chosen option=\"tea\">", "<chosen option=\"%s\">" },
  { "<label>Mine</label>", "<label>%s</label>" },
};

typedef struct
{
  gboolean  loaded;
  int       code;
  char     *message;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->message, g_free);
}

static Outcome
load (GBytes   *bytes,
      gboolean  decision,
      gboolean  quick)
{
  g_autoptr(GError) error = NULL;
  Outcome outcome = { FALSE, 0, NULL };

  _tradeoff_loader_set_quick_schema_enabled (quick);
  if (decision)
    {
      g_autoptr(TradeoffDecision) loaded = tradeoff_decision_load_bytes (bytes, NAME, &error);

      outcome.loaded = loaded != NULL;
    }
  else
    {
      g_autoptr(TradeoffComparison) loaded = tradeoff_loader_load_bytes (bytes, NAME, &error);

      outcome.loaded = loaded != NULL;
    }
  _tradeoff_loader_set_quick_schema_enabled (TRUE);

  g_assert_true (outcome.loaded == (error == NULL));
  if (error != NULL)
    {
      outcome.code = error->code;
      outcome.message = g_strdup (error->message);
    }

  return outcome;
}

/* Loads @bytes with the quick form and with the judge alone: the same
 * outcome, word for word.  Returns whether it loaded. */
static gboolean
assert_same_outcome (GBytes     *bytes,
                     gboolean    decision,
                     const char *what)
{
  Outcome quick = load (bytes, decision, TRUE);
  Outcome judge = load (bytes, decision, FALSE);
  gboolean loaded = quick.loaded;

  if (quick.loaded != judge.loaded || quick.code != judge.code ||
      g_strcmp0 (quick.message, judge.message) != 0)
    g_error ("%s: with the quick form %s (%d: %s), with the schema alone %s (%d: %s)", what,
             quick.loaded ? "loads" : "fails", quick.code, quick.message,
             judge.loaded ? "loads" : "fails", judge.code, judge.message);

  outcome_clear (&quick);
  outcome_clear (&judge);

  return loaded;
}

static char *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* @text with the first @place->original replaced by @place->replacement
 * around @value. */
static GBytes *
variant (const char  *text,
         const Place *place,
         const char  *value)
{
  GString *doc = g_string_new (text);
  g_autoptr(GString) replacement = g_string_new (place->replacement);

  g_string_replace (replacement, "%s", value, 1);

  g_assert_cmpuint (g_string_replace (doc, place->original, replacement->str, 1), ==, 1);
  return g_string_free_to_bytes (doc);
}

/* Every value at every place; returns how many of them loaded. */
static guint
assert_variants_agree (const char   *text,
                       gboolean      decision,
                       const Place  *places,
                       gsize         n_places,
                       const char  **values,
                       gsize         n_values)
{
  guint n_loaded = 0;

  for (gsize i = 0; i < n_places; i++)
    for (gsize j = 0; j < n_values; j++)
      {
        g_autoptr(GBytes) bytes = variant (text, &places[i], values[j]);
        g_autofree char *what = g_strdup_printf ("%s with “%s”", places[i].replacement, values[j]);

        n_loaded += assert_same_outcome (bytes, decision, what);
      }

  return n_loaded;
}

static char *
minimal_decision (void)
{
  g_autofree char *minimal = read_data ("minimal.xml");
  GString *doc = g_string_new (minimal);

  g_string_replace (doc, "</comparison>", DECISION "</comparison>", 1);
  return g_string_free (doc, FALSE);
}

static void
test_variants (void)
{
  g_autofree char *minimal = read_data ("minimal.xml");
  g_autofree char *decision = minimal_decision ();
  g_autoptr(GBytes) unchanged = g_bytes_new (decision, strlen (decision));
  guint n_loaded = 0;

  g_assert_true (assert_same_outcome (unchanged, TRUE, "the decision file"));

  n_loaded += assert_variants_agree (minimal, FALSE, id_places, G_N_ELEMENTS (id_places),
                                     id_values, G_N_ELEMENTS (id_values));
  n_loaded += assert_variants_agree (minimal, FALSE, text_places, G_N_ELEMENTS (text_places),
                                     text_values, G_N_ELEMENTS (text_values));
  n_loaded += assert_variants_agree (minimal, FALSE, weight_places, G_N_ELEMENTS (weight_places),
                                     weight_values, G_N_ELEMENTS (weight_values));
  n_loaded += assert_variants_agree (decision, TRUE, decision_places, 1,
                                     date_values, G_N_ELEMENTS (date_values));
  n_loaded += assert_variants_agree (decision, TRUE, decision_places + 1, 1,
                                     level_values, G_N_ELEMENTS (level_values));
  n_loaded += assert_variants_agree (decision, TRUE, decision_places + 2, 1,
                                     weight_values, G_N_ELEMENTS (weight_values));
  n_loaded += assert_variants_agree (decision, TRUE, decision_places + 3, 1,
                                     text_values, G_N_ELEMENTS (text_values));
  n_loaded += assert_variants_agree (decision, TRUE, decision_places + 4, 3,
                                     id_values, G_N_ELEMENTS (id_values));
  n_loaded += assert_variants_agree (decision, TRUE, decision_places + 7, 1,
                                     text_values, G_N_ELEMENTS (text_values));

  /* Both kinds were tried: the variants are not all refused (or all
   * accepted) for some reason of their own. */
  g_test_message ("%u variants loaded", n_loaded);
  g_assert_cmpuint (n_loaded, >, 50);
}

static void
test_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *good[] = {
    "minimal.xml", "no-criteria.xml", "three-databases.xml", "injection.xml",
    "own-prefixed-ids.tradeoff",
  };
  const char *name;

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *text = read_data (good[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      assert_same_outcome (bytes, g_str_has_suffix (good[i], ".tradeoff"), good[i]);
    }

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) error = NULL;
      char *contents = NULL;
      gsize length;
      g_autoptr(GBytes) bytes = NULL;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (contents, length);
      assert_same_outcome (bytes, g_str_has_suffix (name, ".tradeoff"), name);
    }
}

/* The generated files that get as far as validation; the others are
 * refused before it, and test-hostile loads them all. */
static void
test_generated (void)
{
  const char *names[] = {
    "dense-elements-at-limit", "many-lines-schema", "element-names", "long-name",
    "cdata-in-text", "comments-in-text", "comments-in-weight", "references",
    "dense-valid-criteria",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    for (gsize j = 0; j < G_N_ELEMENTS (hostile_cases); j++)
      if (g_str_equal (names[i], hostile_cases[j].name))
        {
          int line = 0, column = 0;
          g_autoptr(GBytes) bytes = hostile_cases[j].generate (&line, &column);

          assert_same_outcome (bytes, FALSE, names[i]);
        }
}

/* A valid file is validated once, by the quick form; an invalid one by
 * the judge as well, for its message. */
static void
test_valid_validated_once (void)
{
  const char *good[] = { "minimal.xml", "no-criteria.xml", "three-databases.xml",
                         "injection.xml", "own-prefixed-ids.tradeoff" };
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) shipped = NULL;
  g_autoptr(TradeoffComparison) refused = NULL;
  g_autofree char *minimal = read_data ("minimal.xml");
  g_autoptr(GBytes) blank_title = NULL;
  guint before;
  Place title = { "<title>Tea vs Coffee</title>", "<title>%s</title>" };

  g_assert_nonnull (_tradeoff_loader_quick_schema ());

  before = _tradeoff_loader_n_whole_validations ();
  shipped = tradeoff_loader_load_shipped (&error);
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *text = read_data (good[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      if (g_str_has_suffix (good[i], ".tradeoff"))
        {
          g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_bytes (bytes, NAME, &error);

          g_assert_nonnull (decision);
        }
      else
        {
          g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (bytes, NAME, &error);

          g_assert_nonnull (comparison);
        }
      g_assert_no_error (error);
    }
  for (gsize j = 0; j < G_N_ELEMENTS (hostile_cases); j++)
    if (g_str_equal (hostile_cases[j].name, "dense-valid-criteria") ||
        g_str_equal (hostile_cases[j].name, "comments-in-weight") ||
        g_str_equal (hostile_cases[j].name, "cdata-in-text"))
      {
        int line = 0, column = 0;
        g_autoptr(GBytes) bytes = hostile_cases[j].generate (&line, &column);
        g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_bytes (bytes, NAME, &error);

        g_assert_no_error (error);
        g_assert_nonnull (comparison);
      }
  g_assert_cmpuint (_tradeoff_loader_n_whole_validations (), ==, before);

  blank_title = variant (minimal, &title, " ");
  refused = tradeoff_loader_load_bytes (blank_title, NAME, &error);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_SCHEMA);
  g_assert_cmpuint (_tradeoff_loader_n_whole_validations (), ==, before + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/loader-schema/variants", test_variants);
  g_test_add_func ("/tradeoff/loader-schema/files", test_files);
  g_test_add_func ("/tradeoff/loader-schema/generated", test_generated);
  g_test_add_func ("/tradeoff/loader-schema/valid-validated-once", test_valid_validated_once);

  return g_test_run ();
}
