/* tradeoff-safe-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comparison files come from strangers, and Tradeoff writes their texts
 * into sentences of its own ("Our team knows Django — favours Django
 * (+3)"), into lines a script reads ("Recommendation: Django") and onto
 * terminals.  Without care, a label ending in U+202E RIGHT-TO-LEFT
 * OVERRIDE shows the rest of the sentence reversed, a paragraph break in
 * an option's name writes a second "Recommendation:" line, and an ESC or
 * a C1 CSI drives the terminal.  These functions are the one place that
 * care lives.
 */

#define G_LOG_DOMAIN "tradeoff-safe-text"

#include "config.h"

#include <string.h>

#include "tradeoff-safe-text.h"

#define LRE 0x202A
#define RLO 0x202E
#define LRI 0x2066
#define FSI 0x2068
#define PDI 0x2069
#define LINE_SEPARATOR      0x2028
#define PARAGRAPH_SEPARATOR 0x2029
#define REPLACEMENT "\xef\xbf\xbd"
#define VISIBLE_NEWLINE "\xe2\x90\xa4"  /* U+2424 SYMBOL FOR NEWLINE */

static gboolean
is_isolate_initiator (gunichar c)
{
  return c >= LRI && c <= FSI;
}

/* What Unicode's bidi algorithm (UAX #9) treats as the end of a paragraph
 * (class B), and U+2028, which Pango and browsers break lines at. */
static gboolean
is_break (gunichar c)
{
  return c == '\n' || c == '\r' || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
         c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
}

/* Why FSI … PDI is enough, whatever the text holds (UAX #9, X5a–X6a):
 * - an isolate is laid out as one neutral character in the sentence
 *   around it, whatever the directions inside it;
 * - the PDI that ends it also ends every embedding and override begun
 *   inside it, so a stray, unterminated U+202E in a label stops at the
 *   label's end;
 * - an embedding's own end (U+202C PDF) cannot reach past the FSI.
 * Three things in the text itself could still break out, and are
 * neutralised here: a PDI of its own that closes nothing would close our
 * FSI early (it is dropped), an isolate it opens and never closes would
 * swallow our PDI (it is closed), and a paragraph break ends every isolate
 * at once (it becomes a space: a name in a sentence is one line). */
void
tradeoff_safe_text_append_isolated (GString    *out,
                                    const char *text)
{
  guint open = 0;

  g_return_if_fail (out != NULL);

  g_string_append (out, TRADEOFF_FSI);
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_isolate_initiator (c))
        open++;
      else if (c == PDI)
        {
          if (open == 0)
            continue;
          open--;
        }
      else if (is_break (c))
        {
          g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  for (; open > 0; open--)
    g_string_append (out, TRADEOFF_PDI);
  g_string_append (out, TRADEOFF_PDI);
}

char *
tradeoff_safe_text_isolate (const char *text)
{
  GString *out = g_string_sized_new (text != NULL ? strlen (text) + 8 : 8);

  tradeoff_safe_text_append_isolated (out, text);
  return g_string_free (out, FALSE);
}

/* Appends @c shown as a visible character if it is a control character,
 * or returns %FALSE for the caller to copy it. */
static gboolean
append_visible_char (GString               *out,
                     gunichar               c,
                     TradeoffSafeTextFlags  flags)
{
  gboolean one_line = (flags & TRADEOFF_SAFE_TEXT_ONE_LINE) != 0;

  if ((c == '\n' || c == '\t') && !one_line)
    return FALSE;

  if (c < 0x20)
    /* The Control Pictures block has one for each C0 control, in order. */
    g_string_append_unichar (out, 0x2400 + c);
  else if (c == 0x7F)
    g_string_append_unichar (out, 0x2421);
  else if (c >= 0x80 && c <= 0x9F)
    /* C1 controls (CSI, OSC, NEL…) have no pictures. */
    g_string_append (out, REPLACEMENT);
  else if (c >= LRE && c <= RLO)
    /* Tradeoff never writes embeddings or overrides itself. */
    g_string_append (out, REPLACEMENT);
  else if (one_line && (c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR))
    g_string_append (out, VISIBLE_NEWLINE);
  else
    return FALSE;

  return TRUE;
}

/* Whether append_visible_char() may have something to say about @c: the
 * controls, the embeddings and overrides, and the line separators. */
static inline gboolean
may_need_showing (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= LRE && c <= RLO) ||
         c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
}

/* The loop behind both public functions; with @balance, isolates are also
 * balanced line by line (a line is a paragraph to a terminal).
 *
 * Characters copied as they are are gathered into runs and appended in one
 * go: every export passes through here whole, and a GString append per
 * character made this loop most of the time of a Markdown or text export
 * of the large comparison. */
static void
append_safe (GString               *out,
             const char            *text,
             gssize                 length,
             TradeoffSafeTextFlags  flags,
             gboolean               balance)
{
  const char *end = text + (length < 0 ? (gssize) strlen (text) : length);
  const char *run = text;
  const char *p = text;
  guint open = 0;

  while (p < end)
    {
      gunichar c;
      gsize size;

      /* Printable ASCII, most of any text, is always copied. */
      if ((guchar)*p >= 0x20 && (guchar)*p < 0x7F)
        {
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (a file name, say): one replacement per bad byte. */
          g_string_append_len (out, run, p - run);
          g_string_append (out, REPLACEMENT);
          run = ++p;
          continue;
        }
      size = g_utf8_next_char (p) - p;

      if (balance && c == '\n' && open > 0)
        {
          g_string_append_len (out, run, p - run);
          run = p;
          for (; open > 0; open--)
            g_string_append (out, TRADEOFF_PDI);
        }
      else if (balance && is_isolate_initiator (c))
        open++;
      else if (balance && c == PDI)
        {
          if (open == 0)
            {
              /* A PDI that closes nothing is dropped. */
              g_string_append_len (out, run, p - run);
              p += size;
              run = p;
              continue;
            }
          open--;
        }

      if (may_need_showing (c))
        {
          g_string_append_len (out, run, p - run);
          run = p;
          if (append_visible_char (out, c, flags))
            run = p + size;
        }
      p += size;
    }

  g_string_append_len (out, run, p - run);
  for (; open > 0; open--)
    g_string_append (out, TRADEOFF_PDI);
}

void
tradeoff_safe_text_append_visible (GString               *out,
                                   const char            *text,
                                   gssize                 length,
                                   TradeoffSafeTextFlags  flags)
{
  g_return_if_fail (out != NULL);

  if (text != NULL)
    append_safe (out, text, length, flags, FALSE);
}

char *
tradeoff_safe_text_visible (const char            *text,
                            TradeoffSafeTextFlags  flags)
{
  GString *out = g_string_sized_new (text != NULL ? strlen (text) + 8 : 8);

  tradeoff_safe_text_append_visible (out, text, -1, flags);
  return g_string_free (out, FALSE);
}

void
tradeoff_safe_text_make_terminal_safe (GString *out,
                                       gsize    start)
{
  g_autoptr(GString) safe = NULL;

  g_return_if_fail (out != NULL && start <= out->len);

  safe = g_string_sized_new (out->len - start + 16);
  append_safe (safe, out->str + start, out->len - start, TRADEOFF_SAFE_TEXT_DEFAULT, TRUE);
  g_string_truncate (out, start);
  g_string_append_len (out, safe->str, safe->len);
}
