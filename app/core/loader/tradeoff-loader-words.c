/* tradeoff-loader-words.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts a window and a page can lay out in time.  Pango wraps a run of
 * text with no place to break a line character by character, and its cost
 * grows with the square of the run's length: GTK measures every wrapping
 * label at its narrowest, one character a line, so one "word" of 5,000
 * characters kept the window from its first frame for 9 to 15 s, and an
 * 80,000-character title took the PDF export 17 s.  Ten words of 200
 * characters still took a label half a second, so the loader refuses a
 * word over 100 characters, which every ordinary word and most web
 * addresses are under (the check runs in
 * tradeoff-loader-build.c), along with texts nothing of which can be seen
 * and stacks of combining marks taller than any script needs, which draw
 * over the widgets around them.
 *
 * Lines break where UAX #14 lets them, which in Chinese and Japanese is
 * between almost any two characters, so prose in those scripts is many
 * short "words".  Thai, Lao, Khmer and Myanmar write no space between
 * words, and only a dictionary finds where lines may break (Pango has one
 * for Thai alone): a run of them is counted on its own, against a limit
 * long enough for a whole sentence.  Every text is also held to a length
 * (tradeoff-comparison-rules.c says which), so that no text, even of
 * ordinary words, takes a window or a page long to lay out.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include "tradeoff-loader-private.h"

/* Where a line may break, as Pango decides it (UAX #14), approximated so
 * that it never sees a break Pango would not: a break is counted only
 * after spaces, after a zero-width space and between two ideographs.
 * Spaces alone are not enough: "( ( (" and "/ / /" have none. */
typedef enum
{
  KIND_OTHER,
  KIND_SPACE,
  /* No break after these, even across spaces: ( [ {. */
  KIND_NO_BREAK_AFTER,
  /* No break before these, even across spaces, nor after them: marks,
   * joiners and glue. */
  KIND_NO_BREAK_BEFORE,
  /* No break before these, even across spaces: ) ] } ! ? , . : ; / and
   * the small kana and marks Japanese starts no line with; a line may
   * break after them before an ideograph. */
  KIND_CLOSE,
  /* Neither: quotation marks. */
  KIND_NO_BREAK_EITHER,
  /* Ideographs, kana and Hangul syllables: a line may break between two. */
  KIND_IDEOGRAPH,
  KIND_ZERO_WIDTH_SPACE,
  /* Thai, Lao, Khmer, Myanmar: breaks only a dictionary finds. */
  KIND_DICTIONARY,
} Kind;

static Kind
kind_of_break_type (GUnicodeBreakType type)
{
  switch (type)
    {
    case G_UNICODE_BREAK_SPACE:
    case G_UNICODE_BREAK_MANDATORY:
    case G_UNICODE_BREAK_LINE_FEED:
    case G_UNICODE_BREAK_CARRIAGE_RETURN:
    case G_UNICODE_BREAK_NEXT_LINE:
      return KIND_SPACE;
    case G_UNICODE_BREAK_OPEN_PUNCTUATION:
      return KIND_NO_BREAK_AFTER;
    case G_UNICODE_BREAK_QUOTATION:
    case G_UNICODE_BREAK_BEFORE_AND_AFTER:
      return KIND_NO_BREAK_EITHER;
    case G_UNICODE_BREAK_CLOSE_PUNCTUATION:
    case G_UNICODE_BREAK_CLOSE_PARENTHESIS:
    case G_UNICODE_BREAK_EXCLAMATION:
    case G_UNICODE_BREAK_INFIX_SEPARATOR:
    case G_UNICODE_BREAK_SYMBOL:
    case G_UNICODE_BREAK_NON_STARTER:
    /* Pango resolves it to a non-starter, as UAX #14 does by default. */
    case G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER:
      return KIND_CLOSE;
    case G_UNICODE_BREAK_WORD_JOINER:
    case G_UNICODE_BREAK_NON_BREAKING_GLUE:
    case G_UNICODE_BREAK_COMBINING_MARK:
    case G_UNICODE_BREAK_ZERO_WIDTH_JOINER:
      return KIND_NO_BREAK_BEFORE;
    case G_UNICODE_BREAK_IDEOGRAPHIC:
    case G_UNICODE_BREAK_HANGUL_LV_SYLLABLE:
    case G_UNICODE_BREAK_HANGUL_LVT_SYLLABLE:
      return KIND_IDEOGRAPH;
    case G_UNICODE_BREAK_COMPLEX_CONTEXT:
      return KIND_DICTIONARY;
    case G_UNICODE_BREAK_ZERO_WIDTH_SPACE:
      return KIND_ZERO_WIDTH_SPACE;
    /* Hyphens, letters, digits, complex scripts and the rest: counted as
     * joined, although Pango may break at some of them. */
    case G_UNICODE_BREAK_CONTINGENT:
    case G_UNICODE_BREAK_AFTER:
    case G_UNICODE_BREAK_BEFORE:
    case G_UNICODE_BREAK_HYPHEN:
    case G_UNICODE_BREAK_SURROGATE:
    case G_UNICODE_BREAK_INSEPARABLE:
    case G_UNICODE_BREAK_NUMERIC:
    case G_UNICODE_BREAK_ALPHABETIC:
    case G_UNICODE_BREAK_PREFIX:
    case G_UNICODE_BREAK_POSTFIX:
    case G_UNICODE_BREAK_AMBIGUOUS:
    case G_UNICODE_BREAK_UNKNOWN:
    case G_UNICODE_BREAK_HANGUL_L_JAMO:
    case G_UNICODE_BREAK_HANGUL_V_JAMO:
    case G_UNICODE_BREAK_HANGUL_T_JAMO:
    case G_UNICODE_BREAK_HEBREW_LETTER:
    case G_UNICODE_BREAK_REGIONAL_INDICATOR:
    case G_UNICODE_BREAK_EMOJI_BASE:
    case G_UNICODE_BREAK_EMOJI_MODIFIER:
    default:
      return KIND_OTHER;
    }
}

static Kind
kind_of (gunichar c)
{
  if (c < 0x80)
    switch (c)
      {
      case ' ': case '\n': case '\t': case '\r':
        return KIND_SPACE;
      case '(': case '[': case '{':
        return KIND_NO_BREAK_AFTER;
      case '"': case '\'':
        return KIND_NO_BREAK_EITHER;
      case ')': case ']': case '}': case '!': case '?':
      case ',': case '.': case ':': case ';': case '/':
        return KIND_CLOSE;
      default:
        return KIND_OTHER;
      }

  return kind_of_break_type (g_unichar_break_type (c));
}

/* A visible ASCII character that breaks nothing after a letter: a
 * letter, a digit, or a symbol kind_of() counts as joined (- _ # & ...). */
static inline gboolean
is_inside_ascii_word (guchar byte)
{
  return byte > ' ' && byte < 0x7f && kind_of (byte) == KIND_OTHER;
}

/* Something a reader sees: not a space, a control or format character, a
 * combining mark, or one of the Hangul fillers, which are letters that
 * draw nothing. */
static gboolean
is_visible (gunichar c)
{
  if (c < 0x80)
    return c > ' ' && c < 0x7f;

  return g_unichar_isgraph (c) && !g_unichar_ismark (c) &&
         c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0;
}

/* What extends the character before it: combining marks, and the joiners
 * that glue emoji into one cluster. */
static gboolean
is_extender (gunichar c)
{
  return c >= 0x300 && (g_unichar_ismark (c) || c == 0x200C || c == 0x200D);
}

/**
 * _tradeoff_loader_check_words:
 * @text: a normalized text
 * @max_length: the most characters it may have
 * @where: (out): where the problem starts in @text, for quoting it
 *
 * Returns: what makes @text too costly or impossible to show, or
 *   %TRADEOFF_TEXT_OK
 */
TradeoffTextProblem
_tradeoff_loader_check_words (const char  *text,
                             gsize        max_length,
                             const char **where)
{
  const char *word = text;
  const char *cluster = text;
  Kind before_spaces = KIND_SPACE;
  Kind previous = KIND_SPACE;
  gsize length = 0;
  guint run = 0;
  guint dictionary_run = 0;
  guint extenders = 0;
  gboolean visible = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;
      Kind kind;

      /* Most of a comparison's text is ASCII letters inside words, for
       * which nothing changes but the counts: this loop is most of what
       * loading the large comparison spends here (was 32 instructions a
       * character, the dearest function of a load). */
      if (previous == KIND_OTHER && is_inside_ascii_word ((guchar)*p))
        {
          do
            {
              if (++length > max_length)
                {
                  *where = text;
                  return TRADEOFF_TEXT_TOO_LONG;
                }
              if (++run > TRADEOFF_LOADER_MAX_WORD)
                {
                  *where = word;
                  return TRADEOFF_TEXT_LONG_WORD;
                }
              p++;
            }
          while (is_inside_ascii_word ((guchar)*p));

          /* What the general path below leaves after such a character. */
          cluster = p - 1;
          extenders = 0;
          before_spaces = KIND_OTHER;
          visible = TRUE;
          if (*p == '\0')
            break;
        }

      c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char (p);
      kind = kind_of (c);

      if (++length > max_length)
        {
          *where = text;
          return TRADEOFF_TEXT_TOO_LONG;
        }

      if (kind != KIND_SPACE)
        {
          gboolean breaks;

          if (previous == KIND_SPACE)
            breaks = before_spaces != KIND_NO_BREAK_AFTER &&
                     before_spaces != KIND_NO_BREAK_EITHER &&
                     kind != KIND_NO_BREAK_BEFORE &&
                     kind != KIND_CLOSE &&
                     kind != KIND_NO_BREAK_EITHER;
          else
            breaks = previous == KIND_ZERO_WIDTH_SPACE ||
                     (kind == KIND_IDEOGRAPH &&
                      (previous == KIND_IDEOGRAPH || previous == KIND_CLOSE));
          if (breaks)
            {
              run = 0;
              dictionary_run = 0;
              word = p;
            }
          before_spaces = kind;

          /* Spaces where no line breaks are not counted: what costs is
           * the characters Pango must break between. */
          if (kind == KIND_DICTIONARY)
            {
              if (++dictionary_run > TRADEOFF_LOADER_MAX_UNSPACED_RUN)
                {
                  *where = word;
                  return TRADEOFF_TEXT_LONG_UNSPACED_RUN;
                }
            }
          else if (++run > TRADEOFF_LOADER_MAX_WORD)
            {
              *where = word;
              return TRADEOFF_TEXT_LONG_WORD;
            }
        }

      if (is_extender (c))
        {
          if (++extenders > TRADEOFF_LOADER_MAX_MARKS)
            {
              *where = cluster;
              return TRADEOFF_TEXT_MARK_STACK;
            }
        }
      else
        {
          extenders = 0;
          cluster = p;
          visible = visible || is_visible (c);
        }

      previous = kind;
    }

  *where = text;
  return visible ? TRADEOFF_TEXT_OK : TRADEOFF_TEXT_INVISIBLE;
}
