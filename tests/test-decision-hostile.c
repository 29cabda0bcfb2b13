/* test-decision-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision file's own texts (who decided, the note, the reason for a
 * choice, own groups' and own criteria's labels) are held to the rules a
 * comparison's texts are, by kind: each over its limit, or holding a word
 * no window can wrap in time, is refused at its FILE:LINE:COLUMN with at
 * most 32 characters of it quoted; ordinary prose at the limit, and a
 * Chinese note of 2,000 characters, loads.  A person typing them meets the
 * same rules in the decision's setters, so the app never writes a decision
 * file it would then refuse to open.
 */

#define G_LOG_DOMAIN "test-decision-hostile"

#include "config.h"

#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-decision.h"
#include "tradeoff-loader.h"
#include "testing.h"

#define NAME "decision.tradeoff"

/* One text of the decision, and its limit. */
typedef struct
{
  const char *element;   /* as the error names it */
  guint       limit;
  const char *before;    /* the decision up to the text */
  const char *after;     /* and after it */
} Field;

static const Field fields[] = {
  { "deciders", 150, "<deciders>", "</deciders>" },
  { "note", 5000, "<note>", "</note>" },
  { "reason", 2000, "<chosen option=\"tea\"><reason>", "</reason></chosen>" },
  { "label", 100, "<own-group id=\"mine\"><label>", "</label></own-group>"
                  "<own-criterion id=\"own-1\" group=\"mine\"><label>Mine</label>"
                  "<weight option=\"tea\">1</weight></own-criterion>" },
  { "label", 100, "<own-criterion id=\"own-1\" group=\"needs\">\n      <label>",
                  "</label><weight option=\"tea\">1</weight></own-criterion>" },
};

/* Ordinary words, exactly @n characters long. */
static char *
words (guint n)
{
  g_autofree char *many = testing_repeat ("tea or coffee ", n / 14 + 2);

  many[n] = '\0';
  if (many[n - 1] == ' ')
    many[n - 1] = 'x';
  return g_strdup (many);
}

/* minimal.xml with a decision holding @text in @field; where the field's
 * element starts, in lines and columns, in *@line and *@column. */
static GBytes *
decision_file (const Field *field,
               const char  *text,
               int         *line,
               int         *column)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *opening = NULL;
  GString *document;
  const char *start;
  const char *line_start;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  document = g_string_new (contents);
  g_string_truncate (document, strstr (document->str, "</comparison>") - document->str);
  g_string_append_printf (document, "  <decision status=\"proposed\">\n    %s%s%s\n  </decision>\n</comparison>\n",
                          field->before, text, field->after);

  /* The text's element is the last one @field opens before the text. */
  opening = g_strdup_printf ("<%s>", field->element);
  start = strstr (strstr (document->str, "<decision "), field->before);
  start = g_strrstr_len (start, strlen (field->before), opening);
  g_assert_nonnull (start);
  *line = 1;
  line_start = document->str;
  for (const char *p = document->str; p < start; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }
  *column = g_utf8_strlen (line_start, start - line_start) + 1;

  return g_string_free_to_bytes (document);
}

/* What an error quotes of the file, between “ and ”, is at most 32
 * characters and an ellipsis; a message quotes nothing else from it. */
static void
assert_short_quote (const char *message)
{
  const char *open = strstr (message, "“");
  const char *close = open != NULL ? strstr (open, "”") : NULL;
  g_autofree char *quoted = NULL;

  g_assert_cmpuint (g_utf8_strlen (message, -1), <, 300);
  if (open == NULL)
    return;
  g_assert_nonnull (close);
  quoted = g_strndup (open + strlen ("“"), close - open - strlen ("“"));
  if (g_str_has_suffix (quoted, "…"))
    quoted[strlen (quoted) - strlen ("…")] = '\0';
  g_assert_cmpuint (g_utf8_strlen (quoted, -1), <=, 32);
}

static void
assert_loads (const Field *field,
              const char  *text)
{
  int line, column;
  g_autoptr(GBytes) bytes = decision_file (field, text, &line, &column);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_bytes (bytes, NAME, &error);

  g_assert_no_error (error);
  g_assert_nonnull (decision);
}

static void
assert_refused (const Field *field,
                const char  *text,
                const char  *says)
{
  int line, column;
  g_autoptr(GBytes) bytes = decision_file (field, text, &line, &column);
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_load_bytes (bytes, NAME, &error);
  g_autofree char *where = g_strdup_printf (NAME ":%d:%d: ", line, column);

  g_assert_null (decision);
  g_assert_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_nonnull (strstr (error->message, says));
  assert_short_quote (error->message);
}

/* Each kind loads at its limit and is refused one character over it,
 * quoting its start only. */
static void
test_over_limit (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *longest = words (fields[i].limit);
      g_autofree char *over = words (fields[i].limit + 1);
      g_autofree char *says = g_strdup_printf ("longer than the %u characters a <%s> may have",
                                               fields[i].limit, fields[i].element);

      assert_loads (&fields[i], longest);
      assert_refused (&fields[i], over, says);
    }
}

/* One unbroken run of 100,000 characters, in each kind of text. */
static void
test_unbroken_run (void)
{
  g_autofree char *huge = testing_repeat ("x", 100000);
  g_autofree char *longest = testing_repeat ("x", 100);
  g_autofree char *too_long = testing_repeat ("x", 101);

  /* A label is no longer than a word may be, so it is too long first. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    assert_refused (&fields[i], huge, fields[i].limit > TRADEOFF_LOADER_MAX_WORD
                                      ? "a word longer than 100 characters"
                                      : "longer than the 100 characters a <label> may have");

  assert_loads (&fields[1], longest);
  assert_refused (&fields[1], too_long, "a word longer than 100 characters");
}

/* What the window could not show at all, or would draw over its other
 * texts, is refused here too. */
static void
test_unseen (void)
{
  g_autofree char *accents = testing_repeat ("\xcc\x81", 9);
  g_autofree char *marks = g_strconcat ("a", accents, NULL);
  g_autofree char *joiners = testing_repeat ("\xe2\x80\x8b\xe2\x80\x8d", 4);

  assert_refused (&fields[0], marks, "combining marks");
  assert_refused (&fields[1], joiners, "nothing that can be seen");
}

/* Chinese breaks between its characters: a note of 2,000 with no space
 * is many short words, and loads. */
static void
test_chinese_note (void)
{
  /* 我们的团队已经熟悉这个框架。: 14 characters. */
  g_autofree char *sentence = testing_repeat ("\xe6\x88\x91\xe4\xbb\xac\xe7\x9a\x84\xe5\x9b\xa2\xe9\x98\x9f"
                                      "\xe5\xb7\xb2\xe7\xbb\x8f\xe7\x86\x9f\xe6\x82\x89\xe8\xbf\x99"
                                      "\xe4\xb8\xaa\xe6\xa1\x86\xe6\x9e\xb6\xe3\x80\x82", 143);
  g_autofree char *note = g_strconcat (sentence, "\xe5\xa5\xbd\xe5\x90\x97", NULL);
  int line, column;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffDecision) decision = NULL;

  g_assert_cmpuint (g_utf8_strlen (note, -1), ==, 2004);
  bytes = decision_file (&fields[1], note, &line, &column);
  decision = tradeoff_decision_load_bytes (bytes, NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, note);
}

static TradeoffDecision *
shipped_decision (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (&error);

  g_assert_no_error (error);
  return tradeoff_decision_new (comparison);
}

static void
count_notify (gpointer  object,
              gpointer  pspec,
              guint    *count)
{
  (*count)++;
}

/* The refusal a setter gives: the decision's error, the loader's words. */
static void
assert_refusal (GError     *error,
                const char *says)
{
  g_assert_error (error, TRADEOFF_DECISION_ERROR, TRADEOFF_DECISION_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, says));
  assert_short_quote (error->message);
}

/* What a person types is held to the same rules: refused, the decision
 * keeping what it had, with nothing notified or undoable; what is within
 * them is saved in a file that opens again. */
static void
test_setters_refuse (void)
{
  g_autoptr(TradeoffDecision) decision = shipped_decision ();
  g_autofree char *note = words (TRADEOFF_MAX_ANSWER_LENGTH);
  g_autofree char *long_note = words (TRADEOFF_MAX_ANSWER_LENGTH + 1);
  g_autofree char *deciders = words (TRADEOFF_MAX_TITLE_LENGTH);
  g_autofree char *huge = testing_repeat ("x", 100000);
  g_autofree char *reason = words (TRADEOFF_MAX_SENTENCE_LENGTH);
  g_autofree char *long_reason = words (TRADEOFF_MAX_SENTENCE_LENGTH + 1);
  g_autofree char *label = words (TRADEOFF_MAX_LABEL_LENGTH);
  g_autofree char *long_label = words (TRADEOFF_MAX_LABEL_LENGTH + 1);
  g_autofree char *own = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TradeoffDecision) reopened = NULL;
  GError *error = NULL;
  guint notified = 0;

  g_signal_connect (decision, "notify", G_CALLBACK (count_notify), &notified);

  g_assert_false (tradeoff_decision_set_note (decision, long_note, &error));
  assert_refusal (error, "longer than the 5000 characters a <note> may have");
  g_clear_error (&error);
  g_assert_false (tradeoff_decision_set_deciders (decision, huge, &error));
  assert_refusal (error, "a word longer than 100 characters");
  g_clear_error (&error);
  g_assert_false (tradeoff_decision_set_choice (decision, "flask", long_reason, &error));
  assert_refusal (error, "longer than the 2000 characters a <reason> may have");
  g_clear_error (&error);
  g_assert_null (tradeoff_decision_add_criterion (decision, long_label, "project", NULL,
                                                  (int[]) { 1, 0 }, 2, &error));
  assert_refusal (error, "longer than the 100 characters a <label> may have");
  g_clear_error (&error);
  g_assert_null (tradeoff_decision_add_criterion (decision, "Mine", NULL, huge,
                                                  (int[]) { 1, 0 }, 2, &error));
  assert_refusal (error, "longer than the 100 characters a <label> may have");
  g_clear_error (&error);

  g_assert_null (tradeoff_decision_get_note (decision));
  g_assert_null (tradeoff_decision_get_deciders (decision));
  g_assert_null (tradeoff_decision_get_chosen (decision));
  g_assert_cmpuint (g_list_model_get_n_items (tradeoff_decision_get_own_criteria (decision)), ==, 0);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_false (tradeoff_decision_get_can_undo (decision));

  /* White space alone is no text: the file could not hold it. */
  g_assert_true (tradeoff_decision_set_note (decision, " \n\t ", &error));
  g_assert_no_error (error);
  g_assert_null (tradeoff_decision_get_note (decision));

  /* At the limits, taken; saved, and opened again. */
  g_assert_true (tradeoff_decision_set_note (decision, note, &error));
  g_assert_true (tradeoff_decision_set_deciders (decision, deciders, &error));
  g_assert_true (tradeoff_decision_set_choice (decision, "flask", reason, &error));
  own = tradeoff_decision_add_criterion (decision, label, NULL, label, (int[]) { 1, 0 }, 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (own);

  bytes = tradeoff_decision_to_bytes (decision);
  reopened = tradeoff_decision_load_bytes (bytes, NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tradeoff_decision_get_note (reopened), ==, note);
  g_assert_cmpstr (tradeoff_decision_get_deciders (reopened), ==, deciders);
  g_assert_cmpstr (tradeoff_decision_get_reason (reopened), ==, reason);

  /* A refusal later keeps what was there. */
  g_assert_false (tradeoff_decision_set_note (decision, long_note, &error));
  g_clear_error (&error);
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, note);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tradeoff/decision-hostile/over-limit", test_over_limit);
  g_test_add_func ("/tradeoff/decision-hostile/unbroken-run", test_unbroken_run);
  g_test_add_func ("/tradeoff/decision-hostile/unseen", test_unseen);
  g_test_add_func ("/tradeoff/decision-hostile/chinese-note", test_chinese_note);
  g_test_add_func ("/tradeoff/decision-hostile/setters-refuse", test_setters_refuse);

  return g_test_run ();
}
