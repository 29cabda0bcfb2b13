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

/* What is counted so far of a text, and where. */
typedef struct
{
  const char *text;
  gsize       max_length;
  /* Where the word and the cluster being counted start. */
  const char *word;
  const char *cluster;
  /* The kind of the last character that is not a space, and of the last. */
  Kind        before_spaces;
  Kind        previous;
  gsize       length;
  guint       run;
  guint       dictionary_run;
  guint       extenders;
  gboolean    visible;
  /* Where a problem found starts. */
  const char *where;
} Count;

/* Whether a line may break before a character of @kind that is not a
 * space. */
static gboolean
breaks_before (const Count *count,
               Kind         kind)
{
  if (count->previous == KIND_SPACE)
    return count->before_spaces != KIND_NO_BREAK_AFTER &&
           count->before_spaces != KIND_NO_BREAK_EITHER &&
           kind != KIND_NO_BREAK_BEFORE &&
           kind != KIND_CLOSE &&
           kind != KIND_NO_BREAK_EITHER;

  return count->previous == KIND_ZERO_WIDTH_SPACE ||
         (kind == KIND_IDEOGRAPH &&
          (count->previous == KIND_IDEOGRAPH || count->previous == KIND_CLOSE));
}

/* Counts the character at @p, of any kind. */
static TradeoffTextProblem
count_character (Count      *count,
                 const char *p)
{
  gunichar c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char (p);
  Kind kind = kind_of (c);

  if (++count->length > count->max_length)
    {
      count->where = count->text;
      return TRADEOFF_TEXT_TOO_LONG;
    }

  if (kind != KIND_SPACE)
    {
      if (breaks_before (count, kind))
        {
          count->run = 0;
          count->dictionary_run = 0;
          count->word = p;
        }
      count->before_spaces = kind;

      /* Spaces where no line breaks are not counted: what costs is
       * the characters Pango must break between. */
      if (kind == KIND_DICTIONARY)
        {
          if (++count->dictionary_run > TRADEOFF_LOADER_MAX_UNSPACED_RUN)
            {
              count->where = count->word;
              return TRADEOFF_TEXT_LONG_UNSPACED_RUN;
            }
        }
      else if (++count->run > TRADEOFF_LOADER_MAX_WORD)
        {
          count->where = count->word;
          return TRADEOFF_TEXT_LONG_WORD;
        }
    }

  if (is_extender (c))
    {
      if (++count->extenders > TRADEOFF_LOADER_MAX_MARKS)
        {
          count->where = count->cluster;
          return TRADEOFF_TEXT_MARK_STACK;
        }
    }
  else
    {
      count->extenders = 0;
      count->cluster = p;
      count->visible = count->visible || is_visible (c);
    }

  count->previous = kind;
  return TRADEOFF_TEXT_OK;
}

static inline gboolean
is_visible_ascii (char byte)
{
  return (guchar)byte > ' ' && (guchar)byte < 0x7f;
}

static inline gboolean
is_ascii_space (char byte)
{
  return byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r';
}

/* Most of a comparison's text is ASCII words and single spaces, and
 * count_character() took 23 instructions a byte of them, the dearest
 * function of loading the large comparison.  In ASCII a line breaks
 * only after spaces (or a zero-width space), before the first of a run
 * of visible characters; the rest of the run changes nothing but the
 * counts, which are added at once, and the first of @n characters that
 * count_character() would have refused is refused.  @p is the run's
 * first character, visible ASCII. */
static TradeoffTextProblem
count_ascii_run (Count      *count,
                 const char *p,
                 gsize       n)
{
  /* The characters that still fit, and the first to be refused. */
  gsize length_room = count->max_length - count->length;
  gsize run_room;

  if (breaks_before (count, kind_of ((guchar)*p)))
    {
      count->run = 0;
      count->dictionary_run = 0;
      count->word = p;
    }
  run_room = TRADEOFF_LOADER_MAX_WORD - count->run;

  /* The length is checked before the word, character by character. */
  if (n > length_room && length_room <= run_room)
    {
      count->where = count->text;
      return TRADEOFF_TEXT_TOO_LONG;
    }
  if (n > run_room)
    {
      count->where = count->word;
      return TRADEOFF_TEXT_LONG_WORD;
    }

  count->length += n;
  count->run += n;
  count->before_spaces = count->previous = kind_of ((guchar)p[n - 1]);
  count->extenders = 0;
  count->cluster = p + n - 1;
  count->visible = TRUE;
  return TRADEOFF_TEXT_OK;
}

/* Spaces only add to the length, and end any cluster. */
static TradeoffTextProblem
count_ascii_spaces (Count      *count,
                    const char *p,
                    gsize       n)
{
  if (n > count->max_length - count->length)
    {
      count->where = count->text;
      return TRADEOFF_TEXT_TOO_LONG;
    }

  count->length += n;
  count->previous = KIND_SPACE;
  count->extenders = 0;
  count->cluster = p + n - 1;
  return TRADEOFF_TEXT_OK;
}

/* The commonest text of all: words that start with a letter or a digit,
 * one space between them.  A line may break before each (the caller
 * makes sure of the first), so each is a word of its own and only
 * lengths are added.  Stops before a word or a space that would be
 * refused, for count_ascii_run() or count_ascii_spaces() to say why, and
 * where anything else follows; leaves @count as they would have.  Was
 * 18 instructions a byte of the large comparison through those two. */
static const char *
count_plain_words (Count      *count,
                   const char *p)
{
  gsize length = count->length;
  const char *word = NULL;
  const char *end = NULL;
  Kind last = KIND_OTHER;

  while (g_ascii_isalnum (*p))
    {
      const char *q = p + 1;

      while (is_visible_ascii (*q))
        q++;
      if ((gsize)(q - p) > TRADEOFF_LOADER_MAX_WORD || (gsize)(q - p) > count->max_length - length)
        break;

      length += q - p;
      word = p;
      end = q;
      last = g_ascii_isalnum (q[-1]) ? KIND_OTHER : kind_of ((guchar)q[-1]);
      /* No line breaks after "( " or "\" ", nor before what follows
       * anything but one space. */
      if (*q != ' ' || last == KIND_NO_BREAK_AFTER || last == KIND_NO_BREAK_EITHER ||
          length == count->max_length)
        break;

      length++;
      p = q + 1;
    }

  if (word == NULL)
    return p;

  count->length = length;
  count->run = end - word;
  count->dictionary_run = 0;
  count->word = word;
  count->before_spaces = last;
  count->extenders = 0;
  count->visible = TRUE;
  /* Stopped after a word, or after the space that follows one. */
  count->previous = p == end + 1 ? KIND_SPACE : last;
  count->cluster = p == end + 1 ? end : end - 1;

  return p == end + 1 ? p : end;
}

/* The general path alone when @ascii_runs is %FALSE: the same answer,
 * character by character (test-loader-words-ascii compares the two). */
static TradeoffTextProblem
check_words (const char  *text,
             gsize        max_length,
             gboolean     ascii_runs,
             const char **where)
{
  Count count = {
    .text = text, .max_length = max_length, .word = text, .cluster = text,
    .before_spaces = KIND_SPACE, .previous = KIND_SPACE, .where = text,
  };
  const char *p = text;

  while (*p != '\0')
    {
      TradeoffTextProblem problem;
      const char *end = p;

      if (ascii_runs && g_ascii_isalnum (*p) && breaks_before (&count, KIND_OTHER) &&
          (end = count_plain_words (&count, p)) != p)
        {
          p = end;
          continue;
        }

      if (ascii_runs && is_visible_ascii (*p))
        {
          while (is_visible_ascii (*end))
            end++;
          problem = count_ascii_run (&count, p, end - p);
        }
      else if (ascii_runs && is_ascii_space (*p))
        {
          while (is_ascii_space (*end))
            end++;
          problem = count_ascii_spaces (&count, p, end - p);
        }
      else
        {
          problem = count_character (&count, p);
          end = g_utf8_next_char (p);
        }

      if (problem != TRADEOFF_TEXT_OK)
        {
          *where = count.where;
          return problem;
        }
      p = end;
    }

  *where = text;
  return count.visible ? TRADEOFF_TEXT_OK : TRADEOFF_TEXT_INVISIBLE;
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
  return check_words (text, max_length, TRUE, where);
}

/* For tests: the same, one character at a time. */
TradeoffTextProblem
_tradeoff_loader_check_words_slowly (const char  *text,
                                     gsize        max_length,
                                     const char **where)
{
  return check_words (text, max_length, FALSE, where);
}
