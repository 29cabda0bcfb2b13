/* tradeoff-safe-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text from a comparison file (or a file name) put into Tradeoff's own
 * output without letting it change that output: isolated from the
 * sentence around it, kept on one line, its control characters shown.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, in UTF-8. */
#define TRADEOFF_FSI "\xe2\x81\xa8"
#define TRADEOFF_PDI "\xe2\x81\xa9"

typedef enum
{
  TRADEOFF_SAFE_TEXT_DEFAULT  = 0,
  /* Line and paragraph breaks and tabs are shown too, so the text stays on
   * the one line (or in the one tab-separated field) it is written in. */
  TRADEOFF_SAFE_TEXT_ONE_LINE = 1 << 0,
} TradeoffSafeTextFlags;

/* Appends @text between FSI and PDI, so that nothing in it can reorder the
 * sentence around it; see the .c file for why that suffices. */
void   tradeoff_safe_text_append_isolated (GString               *out,
                                           const char            *text);
char  *tradeoff_safe_text_isolate         (const char            *text);

/* Appends @length bytes of @text (all of it if -1) with every control
 * character shown as a visible one: C0 controls and DEL as their Control
 * Pictures (ESC as U+241B ␛), C1 controls and bytes that are not UTF-8 as
 * U+FFFD �, bidi embeddings and overrides (U+202A–U+202E) as U+FFFD too.
 * Without %TRADEOFF_SAFE_TEXT_ONE_LINE, "\n" and "\t" stay. */
void   tradeoff_safe_text_append_visible  (GString               *out,
                                           const char            *text,
                                           gssize                 length,
                                           TradeoffSafeTextFlags  flags);
char  *tradeoff_safe_text_visible         (const char            *text,
                                           TradeoffSafeTextFlags  flags);

/* Makes @out safe for a terminal from @start on, in place: control
 * characters visible as above (line breaks and tabs stay), and on each
 * line a PDI that closes nothing dropped and every isolate left open
 * closed before the line ends. */
void   tradeoff_safe_text_make_terminal_safe (GString            *out,
                                              gsize               start);

G_END_DECLS
