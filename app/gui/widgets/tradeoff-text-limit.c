/* tradeoff-text-limit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text longer than its rule allows is refused by the comparison and
 * the decision alike, but a field would lay a pasted megabyte out first:
 * Pango wraps an unbroken run at a cost that grows with the square of
 * its length, so the window froze for seconds, or minutes, before the
 * refusal could even be shown.  So a field never takes more characters
 * than its text may have.  What is inserted past that is cut before the
 * field sees it, at a whole character and, where Pango says where one
 * ends, at a whole grapheme (a letter with its marks, an emoji with its
 * joiners); and the field's owner is told the rule, in the words the
 * loader uses for it, to show under the field.
 *
 * Only as much of an insertion is read as fits, plus one character for
 * the rule's message, so a paste of any size costs what the field holds.
 */

#define G_LOG_DOMAIN "tradeoff-text-limit"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-text-limit-private.h"

/* How far to look around a cut for the start of a grapheme: the loader
 * refuses more than 8 marks on a character, and the longest emoji
 * sequences are about a dozen code points. */
#define GRAPHEME_CONTEXT 32

typedef struct
{
  char                  *kind;
  gsize                  max;
  TradeoffTextLimitFunc  cut;
  gpointer               user_data;
  /* A GtkText says "changed" only when a paste or a drop is over, so
   * after the cut is inserted: the owner, checking the field then,
   * would hide the rule.  The rule is told again after that. */
  guint                  changes;
  char                  *pending;
} Limit;

gsize
_tradeoff_text_limit_get_max (const char *kind)
{
  g_return_val_if_fail (kind != NULL, 0);

  if (g_str_equal (kind, "id"))
    return TRADEOFF_MAX_ID_LENGTH;
  if (g_str_equal (kind, "date"))
    return strlen ("YYYY-MM-DD");
  if (g_str_equal (kind, "weight"))
    return strlen ("-100");
  /* A search is matched inside questions and answers, so cutting it only
   * finds more; no question is longer than this. */
  if (g_str_equal (kind, "search"))
    return TRADEOFF_MAX_QUESTION_LENGTH;
  return tradeoff_rules_max_text_length (kind);
}

static void
limit_free (gpointer data)
{
  Limit *limit = data;

  g_free (limit->kind);
  g_free (limit->pending);
  g_free (limit);
}

static void
limit_free_closure (gpointer  data,
                    GClosure *closure)
{
  limit_free (data);
}

static Limit *
limit_new (const char            *kind,
           TradeoffTextLimitFunc  cut,
           gpointer               user_data)
{
  Limit *limit = g_new0 (Limit, 1);

  limit->kind = g_strdup (kind);
  limit->max = _tradeoff_text_limit_get_max (kind);
  limit->cut = cut;
  limit->user_data = user_data;
  return limit;
}

/* @cut moved back, inside @text, to the start of the grapheme it falls
 * in; @cut itself if Pango finds no start near it. */
static const char *
grapheme_start (const char *text,
                const char *end,
                const char *cut)
{
  const char *from = cut;
  const char *to = cut;
  g_autofree PangoLogAttr *attrs = NULL;
  int n_before = 0;
  int n_chars;

  for (; n_before < GRAPHEME_CONTEXT && from > text; n_before++)
    from = g_utf8_prev_char (from);
  for (guint i = 0; i < GRAPHEME_CONTEXT && to < end; i++)
    to = g_utf8_next_char (to);

  n_chars = (int)g_utf8_strlen (from, to - from);
  attrs = g_new (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (from, (int)(to - from), -1, pango_language_get_default (),
                       attrs, n_chars + 1);

  for (const char *p = cut; n_before > 0; n_before--, p = g_utf8_prev_char (p))
    if (attrs[n_before].is_cursor_position)
      return p;
  /* The insertion's start is where it began: nothing of it fits. */
  return from == text ? text : cut;
}

/* Whether @length bytes of @text, inserted where @held characters are,
 * would make more than @limit allows; if so, @kept is the end of what
 * may go in, and @past the end of one character more, for the rule's
 * message. */
static gboolean
find_cut (Limit       *limit,
          const char  *text,
          gsize        length,
          gsize        held,
          const char **kept,
          const char **past)
{
  gsize room = limit->max > held ? limit->max - held : 0;
  const char *end = text + length;
  const char *cut = text;

  for (gsize n = 0; n < room && cut < end; n++)
    cut = g_utf8_next_char (cut);
  if (cut >= end)
    return FALSE;

  *past = g_utf8_next_char (cut);
  *kept = grapheme_start (text, end, cut);
  return TRUE;
}

/* The rule broken, in the loader's words, by @probe: the field's text
 * with one character more than it may hold. */
static char *
describe_rule (Limit      *limit,
               const char *probe)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (limit->kind, "search"))
    /* Translators: shown under the FAQ's search when a longer text was
     * pasted into it; %u is a number of characters. */
    return g_strdup_printf (_("Only the first %u characters are searched for."),
                            (guint)limit->max);

  if (g_str_equal (limit->kind, "id"))
    tradeoff_rules_check_id (probe, &error);
  else if (g_str_equal (limit->kind, "date"))
    tradeoff_rules_check_date (probe, &error);
  else if (g_str_equal (limit->kind, "weight"))
    tradeoff_rules_parse_weight (probe, NULL, &error);
  else
    tradeoff_rules_set_too_long (&error, limit->kind, probe);

  return error != NULL ? g_strdup (error->message) : NULL;
}

/* The rule, for the field's text as it would have been with one
 * character more than it may hold; %NULL if there is none to say. */
static char *
rule_for (Limit      *limit,
          const char *before,
          const char *text,
          const char *past,
          const char *after)
{
  g_autofree char *added = NULL;
  g_autofree char *probe = NULL;

  if (limit->cut == NULL)
    return NULL;

  added = g_strndup (text, past - text);
  probe = g_strconcat (before, added, after, NULL);
  return describe_rule (limit, probe);
}

static void
on_editable_insert_text (GtkEditable *editable,
                         const char  *text,
                         int          length,
                         int         *position,
                         Limit       *limit)
{
  gsize held = g_utf8_strlen (gtk_editable_get_text (editable), -1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *rule = NULL;
  const char *kept;
  const char *past;
  guint changes;

  if (!find_cut (limit, text, length >= 0 ? (gsize)length : strlen (text), held, &kept, &past))
    return;

  g_signal_stop_emission_by_name (editable, "insert-text");

  before = gtk_editable_get_chars (editable, 0, *position);
  after = gtk_editable_get_chars (editable, *position, -1);
  rule = rule_for (limit, before, text, past, after);
  changes = limit->changes;
  /* Emits "insert-text" again, with what fits. */
  if (kept > text)
    gtk_editable_insert_text (editable, text, (int)(kept - text), position);

  gtk_widget_error_bell (GTK_WIDGET (editable));
  if (rule == NULL)
    return;
  limit->cut (rule, limit->user_data);
  /* Something went in, and "changed" is still to come. */
  if (kept > text && limit->changes == changes)
    {
      g_free (limit->pending);
      limit->pending = g_steal_pointer (&rule);
    }
}

static void
on_editable_changed (GtkEditable *editable,
                     Limit       *limit)
{
  g_autofree char *pending = g_steal_pointer (&limit->pending);

  limit->changes++;
  if (pending != NULL)
    limit->cut (pending, limit->user_data);
}

void
_tradeoff_text_limit_editable (GtkEditable           *editable,
                               const char            *kind,
                               TradeoffTextLimitFunc  cut,
                               gpointer               user_data)
{
  GtkEditable *delegate;
  Limit *limit;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (kind != NULL);

  /* An entry, search entry or spin button only passes its text on: its
   * GtkText is where typing, pasting and dropping insert. */
  while ((delegate = gtk_editable_get_delegate (editable)) != NULL)
    editable = delegate;
  /* One limit a field: a second would free the first under its handlers. */
  g_return_if_fail (g_object_get_data (G_OBJECT (editable), "tradeoff-text-limit") == NULL);

  limit = limit_new (kind, cut, user_data);
  g_object_set_data_full (G_OBJECT (editable), "tradeoff-text-limit", limit, limit_free);
  g_signal_connect (editable, "insert-text", G_CALLBACK (on_editable_insert_text), limit);
  /* After the field's owner has seen the change. */
  g_signal_connect_after (editable, "changed", G_CALLBACK (on_editable_changed), limit);
}

static void
show_weight_rule (GtkSpinButton *spin,
                  GtkLabel      *message,
                  const char    *rule)
{
  gtk_label_set_text (message, rule != NULL ? rule : "");
  gtk_widget_set_visible (GTK_WIDGET (message), rule != NULL);
  if (rule != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (spin), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rule, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (spin),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (spin), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
on_weight_cut (const char *rule,
               gpointer    data)
{
  GtkSpinButton *spin = data;

  show_weight_rule (spin, g_object_get_data (G_OBJECT (spin), "tradeoff-weight-message"), rule);
}

/* The spin button took a weight (when it was left, or Enter): whatever
 * was cut, what it holds now is one. */
static void
on_weight_taken (GtkSpinButton *spin,
                 GtkLabel      *message)
{
  show_weight_rule (spin, message, NULL);
}

void
_tradeoff_text_limit_weight (GtkSpinButton *spin,
                             GtkLabel      *message)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_return_if_fail (GTK_IS_LABEL (message));

  gtk_label_set_xalign (message, 0);
  gtk_label_set_wrap (message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (message), "error");
  gtk_widget_set_visible (GTK_WIDGET (message), FALSE);
  /* The label is its owner's child: it lives as long as the button. */
  g_object_set_data (G_OBJECT (spin), "tradeoff-weight-message", message);
  _tradeoff_text_limit_editable (GTK_EDITABLE (spin), "weight", on_weight_cut, spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_weight_taken), message);
}

static void
on_buffer_insert_text (GtkTextBuffer *buffer,
                       GtkTextIter   *location,
                       const char    *text,
                       int            length,
                       Limit         *limit)
{
  gsize held = (gsize)gtk_text_buffer_get_char_count (buffer);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *rule = NULL;
  GtkTextIter start, end;
  const char *kept;
  const char *past;

  if (!find_cut (limit, text, length >= 0 ? (gsize)length : strlen (text), held, &kept, &past))
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  before = gtk_text_buffer_get_slice (buffer, &start, location, FALSE);
  after = gtk_text_buffer_get_slice (buffer, location, &end, FALSE);
  rule = rule_for (limit, before, text, past, after);
  /* Emits "insert-text" again, with what fits, and "changed", and leaves
   * @location after it, as the signal's handlers must. */
  if (kept > text)
    gtk_text_buffer_insert (buffer, location, text, (int)(kept - text));

  if (rule != NULL)
    limit->cut (rule, limit->user_data);
}

void
_tradeoff_text_limit_buffer (GtkTextBuffer         *buffer,
                             const char            *kind,
                             TradeoffTextLimitFunc  cut,
                             gpointer               user_data)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (kind != NULL);

  g_signal_connect_data (buffer, "insert-text", G_CALLBACK (on_buffer_insert_text),
                         limit_new (kind, cut, user_data), limit_free_closure, 0);
}
