/* test-safe-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text from a file cannot change Tradeoff's own sentences: whatever a label
 * or a name holds, the words around it keep their order (checked with
 * FriBidi, the bidi algorithm Pango lays text out with), stay on their
 * line, and no control character reaches a terminal.
 */

#include "config.h"

#include <fribidi.h>
#include <string.h>

#include "tradeoff-advisor.h"
#include "tradeoff-loader.h"
#include "tradeoff-safe-text.h"

#define RLO "\u202e"
#define RLI "\u2067"
#define PDI "\u2069"

/* The words Tradeoff writes around a file's texts, in English. */
static const char * const own_words[] = {
  " — favours ", " (+3)", " fits you best", "It’s a tie between ", "Ticking “",
  "Unticking “", "” would make it", "” would leave", "Making “", " would make it ",
  " — a must-have", " would leave no recommendation",
};

/* Whether Tradeoff's own words in @text (those of own_words found in it,
 * at least one) are laid out at level 0 of a left-to-right paragraph: in
 * the order they are written, not reversed or moved by the file's text. */
static gboolean
sentence_keeps_order (const char *text)
{
  glong n = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &n);
  g_autofree FriBidiCharType *types = g_new (FriBidiCharType, n);
  g_autofree FriBidiBracketType *brackets = g_new (FriBidiBracketType, n);
  g_autofree FriBidiLevel *levels = g_new (FriBidiLevel, n);
  FriBidiParType direction = FRIBIDI_PAR_LTR;
  guint found = 0;

  fribidi_get_bidi_types ((FriBidiChar *) chars, n, types);
  fribidi_get_bracket_types ((FriBidiChar *) chars, n, types, brackets);
  g_assert_cmpint (fribidi_get_par_embedding_levels_ex (types, brackets, n, &direction, levels), !=, 0);

  for (guint w = 0; w < G_N_ELEMENTS (own_words); w++)
    for (const char *at = strstr (text, own_words[w]); at != NULL; at = strstr (at + 1, own_words[w]))
      {
        glong first = g_utf8_pointer_to_offset (text, at);
        glong length = g_utf8_strlen (own_words[w], -1);

        found++;
        for (glong i = first; i < first + length; i++)
          if (levels[i] != 0)
            return FALSE;
      }

  g_assert_cmpuint (found, >, 0);
  return TRUE;
}

static void
test_isolate_contains_overrides (void)
{
  const char * const hostile[] = {
    "Tea" RLO,                        /* an override that is never ended */
    "Tea" PDI RLO,                    /* a PDI of its own, to end ours early */
    "Tea" RLI,                        /* an isolate that swallows ours */
    "Tea\n\n" RLO,                    /* a paragraph break, which ends every isolate */
    "Tea\u2029" RLO, "Tea\u2028" RLO, "\u202b\u202b\u202b" PDI PDI RLO,
    "شاي" RLO,                         /* right-to-left text of its own */
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *isolated = tradeoff_safe_text_isolate (hostile[i]);
      g_autofree char *sentence = g_strdup_printf ("%s — favours %s (+3)", isolated, isolated);
      g_autofree char *naive = g_strdup_printf ("%s — favours %s (+3)", hostile[i], hostile[i]);

      g_assert_true (g_str_has_prefix (isolated, TRADEOFF_FSI));
      g_assert_true (g_str_has_suffix (isolated, TRADEOFF_PDI));
      g_assert_null (strpbrk (isolated, "\n\r"));
      g_assert_null (strstr (isolated, "\u2028"));
      g_assert_null (strstr (isolated, "\u2029"));
      g_assert_true (sentence_keeps_order (sentence));
      /* Without isolating, the same text does reorder the sentence: the
       * check above can fail. */
      g_assert_false (sentence_keeps_order (naive));
    }
}

static void
test_visible_controls (void)
{
  g_autofree char *esc = tradeoff_safe_text_visible ("a\x1b]0;owned\x07z", TRADEOFF_SAFE_TEXT_DEFAULT);
  g_autofree char *c1 = tradeoff_safe_text_visible ("a\xc2\x9b" "31mz\xc2\x85", TRADEOFF_SAFE_TEXT_DEFAULT);
  g_autofree char *lines = tradeoff_safe_text_visible ("a\n\nb\tc\u2029d", TRADEOFF_SAFE_TEXT_ONE_LINE);
  g_autofree char *kept = tradeoff_safe_text_visible ("a\n\nb\tc", TRADEOFF_SAFE_TEXT_DEFAULT);
  g_autofree char *bad = tradeoff_safe_text_visible ("a\xff\xfe" "b" RLO, TRADEOFF_SAFE_TEXT_DEFAULT);

  g_assert_cmpstr (esc, ==, "a\u241b]0;owned\u2407z");
  g_assert_cmpstr (c1, ==, "a\ufffd31mz\ufffd");
  g_assert_cmpstr (lines, ==, "a\u240a\u240ab\u2409c\u2424d");
  g_assert_cmpstr (kept, ==, "a\n\nb\tc");
  g_assert_cmpstr (bad, ==, "a\ufffd\ufffdb\ufffd");
}

static void
test_terminal_safe (void)
{
  g_autoptr(GString) out = g_string_new ("kept\x1b");

  g_string_append (out, "x" RLI "y\n" PDI "z\x1b[2J\xc2\x9b" "\n" TRADEOFF_FSI "ok" TRADEOFF_PDI "\n");
  tradeoff_safe_text_make_terminal_safe (out, 4);

  /* What was there before @start is left alone; after it, an isolate left
   * open is closed at the end of its line, a PDI closing nothing goes. */
  g_assert_cmpstr (out->str, ==,
                   "kept\u241b" "x" RLI "y" PDI "\n" "z\u241b[2J\ufffd\n"
                   TRADEOFF_FSI "ok" TRADEOFF_PDI "\n");
}

/* The minimal comparison with @name as the name of its second option and
 * @label as its criterion's label (both XML, character references and all). */
static TradeoffComparison *
load_hostile (const char *name,
              const char *label)
{
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<comparison id=\"hostile\" version=\"1\"><title>Hostile</title>\n"
    "<options><option id=\"tea\"><name>Tea</name></option>"
    "<option id=\"coffee\"><name>%s</name></option></options>\n"
    "<aspects><aspect id=\"a\"><label>A</label><value option=\"tea\">1</value>"
    "<value option=\"coffee\">2</value></aspect></aspects>\n"
    "<faq><entry id=\"q\"><question>Q?</question><answer>A.</answer></entry></faq>\n"
    "<criteria><group id=\"g\"><label>G</label>"
    "<criterion id=\"c\"><label>%s</label><rationale>R.</rationale>"
    "<weight option=\"coffee\">3</weight></criterion>"
    "<criterion id=\"d\"><label>%s</label><rationale>R.</rationale>"
    "<weight option=\"tea\">3</weight></criterion></group></criteria>\n"
    "<verdicts><verdict option=\"tea\">T.</verdict><verdict option=\"coffee\">C.</verdict>"
    "<tie>Tie.</tie><none>None.</none></verdicts></comparison>\n", name, label, label);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&xml), strlen (xml));
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison = tradeoff_loader_load_bytes (bytes, "hostile.xml", &error);

  g_assert_no_error (error);
  return comparison;
}

/* The advisor's sentences, which the window, the reports and --summary
 * all show, keep their order around a label and a name that try to
 * reverse them. */
static void
test_advisor_sentences (void)
{
  g_autoptr(TradeoffComparison) comparison =
    load_hostile ("Coffee&#x202E;&#x2069;", "Evil label&#x202E;&#x2067;");
  g_autoptr(TradeoffAdvisor) advisor = tradeoff_advisor_new (comparison);
  GListModel *reasons;
  GListModel *flips;

  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_find_criterion (comparison, "c"), TRUE);
  reasons = tradeoff_advisor_get_reasons (advisor);
  flips = tradeoff_advisor_get_flips (advisor);

  g_assert_true (sentence_keeps_order (tradeoff_advisor_get_headline (advisor)));
  g_assert_cmpuint (g_list_model_get_n_items (reasons), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (flips), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (reasons); i++)
    {
      g_autoptr(TradeoffReason) reason = g_list_model_get_item (reasons, i);
      g_autofree char *summary = tradeoff_reason_dup_summary (reason);

      g_assert_true (g_str_has_suffix (summary, " (+3)"));
      g_assert_true (sentence_keeps_order (summary));
    }
  for (guint i = 0; i < g_list_model_get_n_items (flips); i++)
    {
      g_autoptr(TradeoffFlip) flip = g_list_model_get_item (flips, i);
      g_autofree char *summary = tradeoff_flip_dup_summary (flip);

      g_assert_true (sentence_keeps_order (summary));
    }

  /* A tie names both options, each isolated. */
  tradeoff_advisor_set_ticked (advisor, tradeoff_comparison_find_criterion (comparison, "d"), TRUE);
  g_assert_cmpint (tradeoff_advisor_get_verdict_kind (advisor), ==, TRADEOFF_VERDICT_TIE);
  g_assert_true (sentence_keeps_order (tradeoff_advisor_get_headline (advisor)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/safe-text/isolate-contains-overrides", test_isolate_contains_overrides);
  g_test_add_func ("/tradeoff/safe-text/visible-controls", test_visible_controls);
  g_test_add_func ("/tradeoff/safe-text/terminal-safe", test_terminal_safe);
  g_test_add_func ("/tradeoff/safe-text/advisor-sentences", test_advisor_sentences);

  return g_test_run ();
}
