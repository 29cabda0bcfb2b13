/* tradeoff-loader-prescan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the raw bytes, before libxml2 sees them, that refuses what
 * the format never needs.  libxml2 2.9 spends quadratic time on many
 * attributes, namespace declarations and prefixes, a dictionary entry on
 * every distinct name, and a tree node on every element, all before the
 * schema can say that the file is wrong.  A comparison needs none of it:
 * no namespaces, at most three attributes on an element, two dozen element
 * names, five levels of nesting.  Counting those here, in time linear in
 * the size of the file and with no memory of its own, bounds what libxml2
 * and the validator are then given.
 *
 * The scanner reads every well-formed file exactly as an XML parser does.
 * Where it meets something that is not well-formed, it stops checking and
 * notes where (TradeoffLoadContext.scan_stop): libxml2 is then handed the
 * bytes only a little past that point, so it reports the mistake in its
 * own words, and nothing unchecked behind the mistake reaches it.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-loader-private.h"

/* data/README.md documents these limits. */
#define MAX_ATTRIBUTES 3        /* <comparison id version gettext-domain> */
#define MAX_DEPTH      16       /* comparison/criteria/group/criterion/weight: 5 */
/* Names in messages are cut to this many bytes: a name can be megabytes. */
#define EXCERPT_BYTES  48

typedef struct
{
  const char *name;
  /* Its length, so that looking a name up costs no strlen() a word. */
  gsize       len;
  gboolean    text_only;
} Word;

#define WORD(name, text_only) { name, sizeof (name) - 1, text_only }

/* Every element name in comparison.rng, and whether it holds only text
 * (test-loader checks the list against the schema). */
static const Word vocabulary[] = {
  WORD ("answer", TRUE), WORD ("aspect", FALSE), WORD ("aspects", FALSE), WORD ("byline", TRUE),
  WORD ("chosen", FALSE), WORD ("comparison", FALSE), WORD ("criteria", FALSE),
  WORD ("criterion", FALSE), WORD ("deciders", TRUE), WORD ("decision", FALSE), WORD ("entry", FALSE),
  WORD ("faq", FALSE), WORD ("group", FALSE), WORD ("intro", TRUE), WORD ("label", TRUE),
  WORD ("level", TRUE), WORD ("name", TRUE), WORD ("none", TRUE), WORD ("note", TRUE),
  WORD ("option", FALSE), WORD ("options", FALSE), WORD ("own-criterion", FALSE),
  WORD ("own-group", FALSE), WORD ("question", TRUE), WORD ("rationale", TRUE), WORD ("reason", TRUE),
  WORD ("tie", TRUE), WORD ("title", TRUE), WORD ("updated", TRUE), WORD ("value", TRUE),
  WORD ("verdict", TRUE), WORD ("verdicts", FALSE), WORD ("weight", TRUE),
};

#undef WORD

static const char * const xinclude_namespaces[] = {
  "http://www.w3.org/2001/XInclude",
  "http://www.w3.org/2003/XInclude",
};

typedef struct
{
  const char *start;
  gsize       len;
} Span;

typedef struct
{
  TradeoffLoadContext *ctx;
  const char          *p;
  const char          *end;
  guint                n_elements;
  guint                depth;
  gboolean             root_closed;
  /* The open elements, outermost first. */
  const Word          *open[MAX_DEPTH];
  /* The word found last: a file names the same element many times in a
   * row (<value> after <value>), and tries it before the vocabulary. */
  const Word          *last_word;
} Scanner;

/* The outcome of one step of the scan. */
typedef enum
{
  STEP_ON,       /* go on */
  STEP_REFUSED,  /* the context holds the error */
  STEP_STOP,     /* not well-formed here: libxml2 says what */
} Step;

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
is_name_start (char c)
{
  return g_ascii_isalpha (c) || c == '_' || c == ':' || (guchar)c >= 0x80;
}

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && is_space (*p))
    p++;
  return p;
}

/* The first @needle at or after @p, or %NULL.  memchr() finds each
 * candidate, so a run of near misses ("-- -- --") stays linear. */
static const char *
find (const char *p,
      const char *end,
      const char *needle)
{
  gsize len = strlen (needle);

  while (p + len <= end && (p = memchr (p, needle[0], end - p - len + 1)) != NULL)
    {
      if (memcmp (p, needle, len) == 0)
        return p;
      p++;
    }

  return NULL;
}

static gboolean
span_is (Span        span,
         const char *word)
{
  return strlen (word) == span.len && memcmp (span.start, word, span.len) == 0;
}

static gboolean
is_word (const Word *word,
         Span        name)
{
  return word->len == name.len && memcmp (word->name, name.start, name.len) == 0;
}

static const Word *
lookup (Scanner *s,
        Span     name)
{
  if (s->last_word != NULL && is_word (s->last_word, name))
    return s->last_word;

  for (guint i = 0; i < G_N_ELEMENTS (vocabulary); i++)
    if (is_word (&vocabulary[i], name))
      return s->last_word = &vocabulary[i];

  return NULL;
}

/* At most EXCERPT_BYTES of @span, cut between characters, as valid UTF-8. */
static char *
excerpt (Span span)
{
  gsize len = span.len;
  g_autofree char *cut = NULL;

  if (len > EXCERPT_BYTES)
    {
      len = EXCERPT_BYTES;
      while (len > 0 && ((guchar)span.start[len] & 0xc0) == 0x80)
        len--;
    }

  cut = g_utf8_make_valid (span.start, len);
  return len < span.len ? g_strconcat (cut, "…", NULL) : g_steal_pointer (&cut);
}

static void refuse (Scanner             *s,
                    const char          *at,
                    TradeoffLoaderError  code,
                    const char          *format,
                    ...) G_GNUC_PRINTF (4, 5);

/* Fails at @at, which the message is about.  Lines are only counted now,
 * once: a good file costs no line counting at all. */
static void
refuse (Scanner             *s,
        const char          *at,
        TradeoffLoaderError  code,
        const char          *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line;
  int column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _tradeoff_load_context_locate (s->ctx, at - s->ctx->data, &line, &column);
  _tradeoff_load_context_fail (s->ctx, code, line, column, "%s", message);
  s->ctx->scan_stop = at - s->ctx->data;
}

static Step
stop (Scanner    *s,
      const char *at)
{
  s->ctx->scan_stop = at - s->ctx->data;
  return STEP_STOP;
}

/* Besides white space and '>', what ends a name where it is read. */
typedef enum
{
  NAME_ENDS_AT_SLASH  = 1 << 0,
  NAME_ENDS_AT_EQUALS = 1 << 1,
} NameEnds;

static inline gboolean
ends_name (char     c,
           NameEnds ends)
{
  return is_space (c) || c == '>' ||
         (c == '/' && (ends & NAME_ENDS_AT_SLASH)) ||
         (c == '=' && (ends & NAME_ENDS_AT_EQUALS));
}

/* Reads a name: everything up to what ends it.  A character at a time,
 * with no strchr() a character (17 M instructions of the large file). */
static Span
read_name (Scanner  *s,
           NameEnds  ends)
{
  Span name = { s->p, 0 };

  while (s->p < s->end && !ends_name (*s->p, ends))
    s->p++;
  name.len = s->p - name.start;

  return name;
}

static gboolean
is_xinclude (Span value)
{
  for (guint i = 0; i < G_N_ELEMENTS (xinclude_namespaces); i++)
    if (span_is (value, xinclude_namespaces[i]))
      return TRUE;

  return FALSE;
}

/* What one attribute may not be.  The element's name is checked after
 * its attributes, so that an XInclude element is named as such. */
static Step
check_attribute (Scanner    *s,
                 const char *tag,
                 Span        element,
                 Span        name,
                 Span        value,
                 guint       n_attributes)
{
  g_autofree char *shown = NULL;

  if (n_attributes > MAX_ATTRIBUTES)
    {
      shown = excerpt (element);
      refuse (s, name.start, TRADEOFF_LOADER_ERROR_LIMIT,
              _("The <%s> element has more than %d attributes; no element of a "
                "comparison has more."),
              shown, MAX_ATTRIBUTES);
      return STEP_REFUSED;
    }

  if (span_is (name, "xmlns") || (name.len > 6 && memcmp (name.start, "xmlns:", 6) == 0))
    {
      if (is_xinclude (value))
        refuse (s, tag, TRADEOFF_LOADER_ERROR_FORBIDDEN,
                _("The file uses XInclude. Comparison files cannot pull in other files: "
                  "put the text in this file."));
      else
        {
          shown = excerpt (value);
          refuse (s, name.start, TRADEOFF_LOADER_ERROR_SCHEMA,
                  _("The file declares the XML namespace “%s”; comparison files use no "
                    "namespace."),
                  shown);
        }
      return STEP_REFUSED;
    }

  if (memchr (name.start, ':', name.len) != NULL)
    {
      shown = excerpt (name);
      refuse (s, name.start, TRADEOFF_LOADER_ERROR_SCHEMA,
              _("The name “%s” has a namespace prefix; comparison files use no namespace."),
              shown);
      return STEP_REFUSED;
    }

  return STEP_ON;
}

/* Reads the attributes of a start tag up to its end, checking each as it
 * comes; sets @empty for "/>". */
static Step
read_attributes (Scanner    *s,
                 const char *tag,
                 Span        element,
                 gboolean   *empty)
{
  guint n_attributes = 0;

  for (;;)
    {
      Span name;
      Span value;
      const char *close;
      char quote;
      Step step;

      s->p = skip_space (s->p, s->end);
      if (s->p < s->end && *s->p == '>')
        break;
      if (s->end - s->p >= 2 && s->p[0] == '/' && s->p[1] == '>')
        {
          *empty = TRUE;
          s->p++;
          break;
        }

      name = read_name (s, NAME_ENDS_AT_SLASH | NAME_ENDS_AT_EQUALS);
      if (name.len == 0)
        return stop (s, s->p);
      s->p = skip_space (s->p, s->end);
      if (s->p >= s->end || *s->p != '=')
        return stop (s, s->p);
      s->p = skip_space (s->p + 1, s->end);
      if (s->p >= s->end || (*s->p != '"' && *s->p != '\''))
        return stop (s, s->p);

      quote = *s->p++;
      close = memchr (s->p, quote, s->end - s->p);
      if (close == NULL)
        return stop (s, s->p);
      value = (Span) { s->p, close - s->p };
      /* Not well-formed, and libxml2 should be the one to say so first. */
      if (memchr (value.start, '<', value.len) != NULL)
        return stop (s, value.start);
      s->p = close + 1;

      step = check_attribute (s, tag, element, name, value, ++n_attributes);
      if (step != STEP_ON)
        return step;
    }

  s->p++;  /* the '>' */
  return STEP_ON;
}

/* What an element may not be, where it is. */
static Step
check_element (Scanner    *s,
               const char *tag,
               Span        name)
{
  const Word *word = lookup (s, name);
  const Word *parent = s->depth > 0 ? s->open[s->depth - 1] : NULL;
  g_autofree char *shown = NULL;

  /* What every element of a good file is, said with no excerpt made
   * (the excerpts of a good file's names cost 17 M instructions of the
   * large file): a word of the format (so no prefix), the root a
   * <comparison>, no text-only parent, within the limits. */
  if (word != NULL && (parent != NULL ? !parent->text_only : span_is (name, "comparison")) &&
      s->depth < MAX_DEPTH && s->n_elements < TRADEOFF_LOADER_MAX_ELEMENTS)
    {
      s->n_elements++;
      s->open[s->depth] = word;
      return STEP_ON;
    }

  shown = excerpt (name);
  if (memchr (name.start, ':', name.len) != NULL)
    refuse (s, tag, TRADEOFF_LOADER_ERROR_SCHEMA,
            _("The name “%s” has a namespace prefix; comparison files use no namespace."),
            shown);
  else if (s->depth == 0 && !span_is (name, "comparison"))
    refuse (s, tag, TRADEOFF_LOADER_ERROR_SCHEMA,
            _("The file starts with a <%s> element; a comparison file starts with "
              "<comparison>."),
            shown);
  else if (parent != NULL && parent->text_only)
    refuse (s, tag, TRADEOFF_LOADER_ERROR_SCHEMA,
            _("The <%s> element may hold only text, not a <%s> element. To show “<” as "
              "text, write &lt;."),
            parent->name, shown);
  else if (word == NULL)
    refuse (s, tag, TRADEOFF_LOADER_ERROR_SCHEMA,
            _("There is no <%s> element in the comparison format."), shown);
  else if (s->depth >= MAX_DEPTH)
    refuse (s, tag, TRADEOFF_LOADER_ERROR_LIMIT,
            _("Elements are nested more than %d deep; a comparison needs only a few "
              "levels."),
            MAX_DEPTH);
  else
    /* Nothing else is left that the check above refuses. */
    refuse (s, tag, TRADEOFF_LOADER_ERROR_LIMIT,
            _("The file has more than %d elements, the most a comparison may have."),
            TRADEOFF_LOADER_MAX_ELEMENTS);

  return STEP_REFUSED;
}

/* At "<name": the whole start tag. */
static Step
scan_start_tag (Scanner *s)
{
  const char *tag = s->p;
  gboolean empty = FALSE;
  Span name;
  Step step;

  /* A second root: libxml2 says "Extra content at the end". */
  if (s->root_closed)
    return stop (s, tag);

  s->p++;
  name = read_name (s, NAME_ENDS_AT_SLASH);
  step = read_attributes (s, tag, name, &empty);
  if (step == STEP_ON)
    step = check_element (s, tag, name);
  if (step != STEP_ON)
    return step;

  if (empty)
    s->root_closed = s->depth == 0;
  else
    s->depth++;

  return STEP_ON;
}

/* At "</": the end tag.  Whether it matches is libxml2's to say. */
static Step
scan_end_tag (Scanner *s)
{
  const char *tag = s->p;

  s->p += 2;
  read_name (s, 0);
  s->p = skip_space (s->p, s->end);
  if (s->p >= s->end || *s->p != '>' || s->depth == 0)
    return stop (s, tag);

  s->p++;
  s->depth--;
  s->root_closed = s->depth == 0;
  return STEP_ON;
}

/* Skips from @p past the next @terminator, or stops at @p. */
static Step
skip_past (Scanner    *s,
           gsize       opening,
           const char *terminator)
{
  const char *found = find (s->p + opening, s->end, terminator);

  if (found == NULL)
    return stop (s, s->p);

  s->p = found + strlen (terminator);
  return STEP_ON;
}

static gboolean
looking_at (Scanner    *s,
            const char *word)
{
  gsize len = strlen (word);

  return (gsize)(s->end - s->p) >= len && memcmp (s->p, word, len) == 0;
}

/* At '<': one piece of markup. */
static Step
scan_markup (Scanner *s)
{
  /* Tags first, by their second byte: nearly all markup is tags, and
   * trying the four kinds of "<!" and "<?" on each first was a quarter
   * of the pre-scan of the large comparison. */
  if (s->end - s->p >= 2 && s->p[1] != '!' && s->p[1] != '?')
    {
      if (s->p[1] == '/')
        return scan_end_tag (s);
      if (is_name_start (s->p[1]))
        return scan_start_tag (s);
      return stop (s, s->p);
    }

  if (looking_at (s, "<!--"))
    return skip_past (s, 4, "-->");
  if (looking_at (s, "<![CDATA["))
    return skip_past (s, 9, "]]>");
  if (looking_at (s, "<?"))
    return skip_past (s, 2, "?>");
  if (looking_at (s, "<!DOCTYPE"))
    {
      /* Said here, not left to libxml2: a DOCTYPE has strings and
       * brackets this scanner does not read. */
      refuse (s, s->p, TRADEOFF_LOADER_ERROR_DOCTYPE,
              _("The file has a DOCTYPE. Comparison files may not declare a DTD or "
                "entities: remove the <!DOCTYPE …> line."));
      return STEP_REFUSED;
    }
  if (looking_at (s, "</"))
    return scan_end_tag (s);
  if (s->end - s->p >= 2 && is_name_start (s->p[1]))
    return scan_start_tag (s);

  return stop (s, s->p);
}

/**
 * _tradeoff_loader_prescan:
 *
 * Returns: %FALSE, with the error in @ctx, if the file holds something the
 *   format never needs; %TRUE otherwise, with @ctx->scan_stop set where the
 *   file stops being well-formed, if it does
 */
gboolean
_tradeoff_loader_prescan (TradeoffLoadContext *ctx)
{
  Scanner s = { ctx, ctx->data, ctx->data + ctx->length, 0 };
  guint n_markup = 0;

  ctx->scan_stop = G_MAXSIZE;

  while (s.p < s.end)
    {
      Step step;

      /* A few thousand tags take microseconds: often enough to stop
       * promptly, seldom enough to cost nothing. */
      if (++n_markup % 4096 == 0 && _tradeoff_load_context_cancelled (ctx))
        return FALSE;

      /* Text, and the white space between elements: nothing to count. */
      s.p = memchr (s.p, '<', s.end - s.p);
      if (s.p == NULL)
        break;

      step = scan_markup (&s);
      if (step == STEP_REFUSED)
        return FALSE;
      if (step == STEP_STOP)
        break;
    }

  return TRUE;
}
