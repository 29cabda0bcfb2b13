/* test-decision-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decision's record alone, with no window: its controls show the
 * decision's note, deciders, date, status and choice whoever changes them
 * (an undo, a file opened), and what is typed goes to the decision.  The
 * dialog from the window, saved and reopened, is test-window-decision.c's.
 */

#define G_LOG_DOMAIN "test-decision-record"

#include "config.h"

#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-decision-record.h"
#include "tradeoff-loader.h"
#include "window-testing.h"

typedef struct
{
  GtkWidget     *widget;
  GtkDropDown   *status;
  GtkDropDown   *chosen;
  GtkEditable   *reason;
  GtkEditable   *deciders;
  GtkEditable   *date;
  GtkTextBuffer *note;
} Record;

/* The record's controls, in the order it shows them. */
static Record
record_new (TradeoffDecision *decision)
{
  Record record = { g_object_ref_sink (tradeoff_decision_record_new (decision)) };
  g_autoptr(GPtrArray) drops = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  collect (record.widget, GTK_TYPE_DROP_DOWN, drops);
  collect (record.widget, GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (drops->len, ==, 2);
  g_assert_cmpuint (entries->len, ==, 3);
  record.status = g_ptr_array_index (drops, 0);
  record.chosen = g_ptr_array_index (drops, 1);
  record.reason = g_ptr_array_index (entries, 0);
  record.deciders = g_ptr_array_index (entries, 1);
  record.date = g_ptr_array_index (entries, 2);
  record.note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_one (record.widget, GTK_TYPE_TEXT_VIEW)));

  return record;
}

static char *
note_text (Record *record)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (record->note, &start, &end);
  return gtk_text_buffer_get_text (record->note, &start, &end, FALSE);
}

/* Changes made to the decision, then undone one by one: the controls
 * show each state as it comes back. */
static void
test_shows_decision_through_undo (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_new (comparison);
  g_autoptr(GError) error = NULL;
  Record record = record_new (decision);
  g_autofree char *note = NULL;
  guint first_status = gtk_drop_down_get_selected (record.status);

  g_assert_cmpuint (first_status, ==, tradeoff_decision_get_status (decision));
  g_assert_cmpuint (first_status, !=, TRADEOFF_DECISION_ACCEPTED);
  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (record.chosen), ==, 0);

  tradeoff_decision_set_deciders (decision, "Ana, Bo", NULL);
  tradeoff_decision_set_note (decision, "Flask for the small board.", NULL);
  g_assert_true (tradeoff_decision_set_date (decision, "2026-12-01", &error));
  g_assert_no_error (error);
  tradeoff_decision_set_status (decision, TRADEOFF_DECISION_ACCEPTED);
  g_assert_true (tradeoff_decision_set_choice (decision, "flask", "The board runs Flask better", &error));
  g_assert_no_error (error);

  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, "Ana, Bo");
  note = note_text (&record);
  g_assert_cmpstr (note, ==, "Flask for the small board.");
  g_assert_cmpstr (gtk_editable_get_text (record.date), ==, "2026-12-01");
  g_assert_cmpuint (gtk_drop_down_get_selected (record.status), ==, TRADEOFF_DECISION_ACCEPTED);
  /* "None yet" first, then the options: Flask is the second. */
  g_assert_cmpuint (gtk_drop_down_get_selected (record.chosen), ==, 2);
  /* Not the recommendation, so why is asked and shown. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (record.reason)));
  g_assert_cmpstr (gtk_editable_get_text (record.reason), ==, "The board runs Flask better");

  tradeoff_decision_undo (decision);
  g_assert_cmpuint (gtk_drop_down_get_selected (record.chosen), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (record.reason)));
  tradeoff_decision_undo (decision);
  g_assert_cmpuint (gtk_drop_down_get_selected (record.status), ==, first_status);
  tradeoff_decision_undo (decision);
  g_assert_cmpstr (gtk_editable_get_text (record.date), ==, "");
  tradeoff_decision_undo (decision);
  g_clear_pointer (&note, g_free);
  note = note_text (&record);
  g_assert_cmpstr (note, ==, "");
  tradeoff_decision_undo (decision);
  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, "");

  g_assert_finalize_object (record.widget);
}

/* What is typed reaches the decision; a date that is not one does not,
 * until it is. */
static void
test_typing_writes_decision (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_new (comparison);
  Record record = record_new (decision);

  gtk_editable_set_text (record.deciders, "Ana");
  g_assert_cmpstr (tradeoff_decision_get_deciders (decision), ==, "Ana");
  gtk_text_buffer_set_text (record.note, "Why not.", -1);
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, "Why not.");
  gtk_drop_down_set_selected (record.status, TRADEOFF_DECISION_REJECTED);
  g_assert_cmpint (tradeoff_decision_get_status (decision), ==, TRADEOFF_DECISION_REJECTED);

  gtk_editable_set_text (record.date, "2026-13-40");
  g_assert_null (tradeoff_decision_get_date (decision));
  gtk_editable_set_text (record.date, "2026-12-01");
  g_assert_cmpstr (tradeoff_decision_get_date (decision), ==, "2026-12-01");

  g_assert_finalize_object (record.widget);
}

/* The one error the record shows, under its field, or %NULL. */
static const char *
shown_error (Record *record)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *shown = NULL;

  collect (record->widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "error") &&
        gtk_widget_get_visible (labels->pdata[i]))
      {
        g_assert_null (shown);
        shown = gtk_label_get_text (labels->pdata[i]);
      }

  return shown;
}

/* A text the decision file could not hold (data/README.md's limits) is
 * refused as it is typed: it stays in its field with the rule, in the
 * loader's words, under it, and the decision keeps what it had.  A text
 * longer than its field may hold is cut to it, with its rule shown, and
 * the decision takes what the field shows. */
static void
test_typing_breaks_a_rule (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_new (comparison);
  Record record = record_new (decision);
  g_autoptr(GString) deciders = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *note = NULL;

  while (deciders->len <= 150)
    g_string_append (deciders, "Ana, Bo, ");
  g_string_append (deciders, "Cy");
  gtk_editable_set_text (record.deciders, deciders->str);
  g_string_truncate (deciders, 150);
  g_assert_cmpstr (gtk_editable_get_text (record.deciders), ==, deciders->str);
  g_assert_cmpstr (tradeoff_decision_get_deciders (decision), ==, deciders->str);
  g_assert_nonnull (strstr (shown_error (&record), "150 characters a <deciders> may have"));
  gtk_editable_set_text (record.deciders, "Ana, Bo");
  g_assert_cmpstr (tradeoff_decision_get_deciders (decision), ==, "Ana, Bo");
  g_assert_null (shown_error (&record));

  while (word->len < 4000)
    g_string_append (word, "0123456789");
  gtk_text_buffer_set_text (record.note, word->str, -1);
  g_assert_null (tradeoff_decision_get_note (decision));
  note = note_text (&record);
  g_assert_cmpstr (note, ==, word->str);
  g_assert_nonnull (strstr (shown_error (&record), "a word longer than 100 characters"));
  gtk_text_buffer_set_text (record.note, "Flask for the board.", -1);
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, "Flask for the board.");
  g_assert_null (shown_error (&record));

  /* The choice waits for a reason that can be kept. */
  g_string_truncate (word, 0);
  while (word->len <= 2000)
    g_string_append (word, "Flask is fine. ");
  gtk_drop_down_set_selected (record.chosen, 2);
  g_assert_nonnull (strstr (shown_error (&record), "Say why you choose"));
  gtk_editable_set_text (record.reason, word->str);
  g_string_truncate (word, 2000);
  g_assert_cmpstr (gtk_editable_get_text (record.reason), ==, word->str);
  g_assert_cmpstr (tradeoff_decision_get_reason (decision), ==, word->str);
  g_assert_nonnull (strstr (shown_error (&record), "2000 characters a <reason> may have"));
  gtk_editable_set_text (record.reason, "The board runs Flask better");
  g_assert_cmpstr (tradeoff_decision_get_chosen (decision), ==, "flask");
  g_assert_null (shown_error (&record));

  g_assert_finalize_object (record.widget);
}

static gboolean
note_is_not_empty (gpointer data)
{
  Record *record = data;

  return gtk_text_buffer_get_char_count (record->note) > 0;
}

/* A megabyte pasted into the note: the view would lay it all out before
 * the decision refused it, so the note keeps only as much as the decision
 * may hold, and says why under it; a character typed past that is
 * refused the same way. */
static void
test_paste_is_bounded (void)
{
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_shipped (NULL);
  g_autoptr(TradeoffDecision) decision = tradeoff_decision_new (comparison);
  Record record = record_new (decision);
  GtkWidget *view = find_one (record.widget, GTK_TYPE_TEXT_VIEW);
  g_autoptr(GString) pasted = g_string_new (NULL);
  gsize limit = TRADEOFF_MAX_ANSWER_LENGTH;
  GtkTextIter end;

  while (pasted->len < 1024 * 1024)
    g_string_append (pasted, "Flask is fine for the board. ");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (view), pasted->str);
  g_signal_emit_by_name (view, "paste-clipboard");
  g_assert_true (wait_until (note_is_not_empty, &record));

  g_assert_cmpint (gtk_text_buffer_get_char_count (record.note), ==, limit);
  g_assert_nonnull (strstr (shown_error (&record), "5000 characters a <note> may have"));
  g_assert_cmpuint (g_utf8_strlen (tradeoff_decision_get_note (decision), -1), <=, limit);

  gtk_text_buffer_get_end_iter (record.note, &end);
  gtk_text_buffer_insert_interactive (record.note, &end, "x", -1, TRUE);
  g_assert_cmpint (gtk_text_buffer_get_char_count (record.note), ==, limit);
  g_assert_nonnull (strstr (shown_error (&record), "5000 characters a <note> may have"));

  /* What fits is taken as ever. */
  gtk_text_buffer_set_text (record.note, "Flask for the board.", -1);
  g_assert_cmpstr (tradeoff_decision_get_note (decision), ==, "Flask for the board.");
  g_assert_null (shown_error (&record));

  g_assert_finalize_object (record.widget);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/decision-record/shows-decision-through-undo", test_shows_decision_through_undo);
  g_test_add_func ("/tradeoff/decision-record/typing-writes-decision", test_typing_writes_decision);
  g_test_add_func ("/tradeoff/decision-record/typing-breaks-a-rule", test_typing_breaks_a_rule);
  g_test_add_func ("/tradeoff/decision-record/paste-is-bounded", test_paste_is_bounded);

  return g_test_run ();
}
