/* tradeoff-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a comparison file and hands back a TradeoffComparison, or a GError
 * that says what is wrong and where.  The input is untrusted: it is read
 * through GIO with a size cap, checked to be plain UTF-8 text, parsed by
 * libxml2 with every feature that reaches outside the file turned off
 * (no network, no DTD loading, no entity substitution, no XInclude, no
 * decompression), refused outright if it has a DOCTYPE, validated against
 * data/comparison.rng, and only then turned into objects.  Nothing is
 * returned half-loaded: any error drops everything built so far.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <libxml/SAX2.h>

#include "tradeoff-loader-private.h"

/* Parser options: what is left out matters more than what is in.  Never
 * XML_PARSE_NOENT (entity substitution), DTDLOAD, DTDATTR, HUGE or XINCLUDE.
 * COMPACT keeps short texts (ids, weights) inside their nodes instead of
 * allocating each, as xmllint does; the tree is never changed. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | \
                       XML_PARSE_COMPACT)

/* How far past the point where the pre-scan found the file not
 * well-formed libxml2 may read, to find the mistake itself. */
#define UNCHECKED_MARGIN 4096

G_DEFINE_QUARK (tradeoff-loader-error-quark, tradeoff_loader_error)

/* ---------------------------------------------------------------------- */
/* Checks on the raw bytes, before libxml2 sees them                      */

static gboolean
has_prefix (TradeoffLoadContext *ctx,
            const char          *magic,
            gsize                magic_len)
{
  return ctx->length >= magic_len && memcmp (ctx->data, magic, magic_len) == 0;
}

static gboolean
check_not_compressed (TradeoffLoadContext *ctx)
{
  static const struct {
    const char *magic;
    gsize       len;
    const char *name;
  } formats[] = {
    { "\x1f\x8b", 2, "gzip" },
    { "\xfd" "7zXZ\x00", 6, "xz" },
    { "BZh", 3, "bzip2" },
    { "\x28\xb5\x2f\xfd", 4, "zstd" },
    { "PK\x03\x04", 4, "zip" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (has_prefix (ctx, formats[i].magic, formats[i].len))
      {
        _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_COMPRESSED, 0, 0,
                                    _("The file is %s-compressed. Tradeoff reads plain "
                                      "XML only: decompress it first."),
                                    formats[i].name);
        return FALSE;
      }

  return TRUE;
}

/* Whether the first @length bytes are UTF-8; says where they are not. */
static gboolean
check_plain_utf8 (TradeoffLoadContext *ctx,
                  gsize                length)
{
  const char *bad = NULL;
  int line;
  int column;

  if (has_prefix (ctx, "\xff\xfe", 2) || has_prefix (ctx, "\xfe\xff", 2))
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_ENCODING, 1, 1,
                                  _("The file is UTF-16. Tradeoff reads UTF-8 only: "
                                    "save it as UTF-8."));
      return FALSE;
    }

  if (g_utf8_validate_len (ctx->data, MIN (length, ctx->length), &bad))
    return TRUE;

  _tradeoff_load_context_locate (ctx, bad - ctx->data, &line, &column);

  if (*bad == '\0')
    _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_ENCODING, line, column,
                                _("The file contains a NUL byte, so it is not a text file."));
  else
    _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_ENCODING, line, column,
                                _("The file is not valid UTF-8 (byte 0x%02X). Save it "
                                  "as UTF-8."),
                                (guint)(guchar)*bad);
  return FALSE;
}

/* libxml2 would happily decode Latin-1 or Shift-JIS, but the format is
 * UTF-8 only (one encoding to test, and no surprising converters), so a
 * declaration that says otherwise is refused before parsing. */
static gboolean
check_declared_encoding (TradeoffLoadContext *ctx)
{
  const char *end;
  const char *attr;
  g_autofree char *encoding = NULL;
  char quote;

  if (ctx->length < 5 || memcmp (ctx->data, "<?xml", 5) != 0)
    return TRUE;

  end = g_strstr_len (ctx->data, MIN (ctx->length, 1024), "?>");
  if (end == NULL)
    return TRUE;

  attr = g_strstr_len (ctx->data, end - ctx->data, "encoding");
  if (attr == NULL)
    return TRUE;

  attr += strlen ("encoding");
  while (attr < end && (*attr == ' ' || *attr == '=' || *attr == '\t'))
    attr++;
  if (attr >= end || (*attr != '"' && *attr != '\''))
    return TRUE;

  quote = *attr++;
  for (const char *p = attr; p < end; p++)
    if (*p == quote)
      {
        encoding = g_strndup (attr, p - attr);
        break;
      }

  if (encoding == NULL ||
      g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
      g_ascii_strcasecmp (encoding, "UTF8") == 0)
    return TRUE;

  _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_ENCODING, 1,
                              _tradeoff_load_context_find_column (ctx, 1, "encoding"),
                              _("The file declares the encoding “%s”. Tradeoff reads "
                                "UTF-8 only: save it as UTF-8 and declare "
                                "encoding=\"UTF-8\"."),
                              encoding);
  return FALSE;
}

static gboolean
check_bytes (TradeoffLoadContext *ctx)
{
  gboolean blank = TRUE;

  if (ctx->length > TRADEOFF_LOADER_MAX_SIZE)
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_TOO_LARGE, 0, 0,
                                  _("The file is larger than %d MiB, the most a "
                                    "comparison may be."),
                                  TRADEOFF_LOADER_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  for (gsize i = 0; i < ctx->length && blank; i++)
    blank = g_ascii_isspace (ctx->data[i]);
  if (blank)
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_EMPTY, 0, 0,
                                  _("The file is empty."));
      return FALSE;
    }

  /* Whether every byte is UTF-8 is only checked once parsing has failed
   * (libxml2 refuses bad UTF-8 itself; check_plain_utf8() then says where,
   * in our words): a good file is not read twice. */
  return check_not_compressed (ctx) &&
         check_declared_encoding (ctx);
}

/* The pre-scan's refusal, unless a bad byte comes first: it is what is
 * wrong with the file. */
static gboolean
prescan (TradeoffLoadContext *ctx)
{
  g_autoptr(GError) refusal = NULL;

  if (_tradeoff_loader_prescan (ctx))
    return TRUE;
  if (_tradeoff_load_context_cancelled (ctx))
    return FALSE;

  refusal = g_steal_pointer (&ctx->error);
  if (check_plain_utf8 (ctx, ctx->scan_stop))
    ctx->error = g_steal_pointer (&refusal);

  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Parsing                                                                */

static char *
chomp_message (const char *message)
{
  return g_strstrip (g_strdup (message != NULL ? message : _("unknown error")));
}

/* Whether nothing but white space follows @line:@column, i.e. the error
 * is where the file stops: most likely a file cut short. */
static gboolean
ends_at (TradeoffLoadContext *ctx,
         int                  line,
         int                  column)
{
  const char *start = _tradeoff_load_context_line_start (ctx, line);
  gsize offset;

  if (start == NULL)
    return FALSE;

  offset = (start - ctx->data) + MAX (column, 1) - 1;
  for (; offset < ctx->length; offset++)
    if (!g_ascii_isspace (ctx->data[offset]))
      return FALSE;

  return TRUE;
}

/* libxml2 phrases some limits for its own developers; say them for people. */
static const char *
rephrase (const char *message)
{
  static const struct { const char *libxml; const char *ours; } known[] = {
    { "Excessive depth in document", N_("elements are nested more than 256 deep; a "
                                        "comparison needs only a few levels") },
    { "Huge input lookup", N_("one text is longer than the 10 MB a text may hold") },
    { "xmlSAX2Characters: huge text node", N_("one text is longer than the 10 MB a text "
                                              "may hold") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strstr (message, known[i].libxml) != NULL)
      return _(known[i].ours);

  return message;
}

/* Installed as the parser's structured error handler: keeps the first error
 * instead of printing anything on stderr. */
static void
on_parse_error (void       *user_data,
                xmlError   *error)
{
  xmlParserCtxt *parser = user_data;
  TradeoffLoadContext *ctx = parser->_private;
  g_autofree char *message = NULL;

  /* Only the first error counts; after it libxml2 may report one on
   * every tag, and each would look for its line. */
  if (error->level < XML_ERR_ERROR || _tradeoff_load_context_failed (ctx))
    return;

  message = chomp_message (error->message);

  if (ends_at (ctx, error->line, error->int2))
    _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_MALFORMED,
                                error->line, error->int2,
                                _("This is not well-formed XML: %s. The file ends here: "
                                  "is it complete?"),
                                rephrase (message));
  else
    _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_MALFORMED,
                                error->line, error->int2,
                                _("This is not well-formed XML: %s."), rephrase (message));
}

/* A DOCTYPE is where entities, external DTDs and the billion-laughs attack
 * live.  The format needs none of it, so the parser is stopped the moment
 * one starts, before any declaration in it is read. */
static void
on_doctype (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxt *parser = user_data;
  TradeoffLoadContext *ctx = parser->_private;
  int line = xmlSAX2GetLineNumber (parser);

  _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_DOCTYPE, line,
                              _tradeoff_load_context_find_column (ctx, line, "<!DOCTYPE"),
                              _("The file has a DOCTYPE. Comparison files may not "
                                "declare a DTD or entities: remove the <!DOCTYPE …> "
                                "line."));
  xmlStopParser (parser);
}

/* Processing instructions (<?xml-stylesheet …?> and the like) ask a reader
 * to fetch or run something; the format has no use for them. */
static void
on_processing_instruction (void          *user_data,
                           const xmlChar *target,
                           const xmlChar *data)
{
  xmlParserCtxt *parser = user_data;
  TradeoffLoadContext *ctx = parser->_private;
  int line = xmlSAX2GetLineNumber (parser);
  g_autofree char *needle = g_strconcat ("<?", (const char *)target, NULL);

  _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_FORBIDDEN, line,
                              _tradeoff_load_context_find_column (ctx, line, needle),
                              _("The file has a processing instruction <?%s?>, "
                                "which comparison files may not contain."),
                              (const char *)target);
  xmlStopParser (parser);
}

/* XInclude is never processed, but a file that uses it expects text from
 * elsewhere to appear: say so, rather than call it a misplaced element.
 * Checked as each element starts, so it costs no walk of the tree. */
static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  static const char * const xinclude_namespaces[] = {
    "http://www.w3.org/2001/XInclude",
    "http://www.w3.org/2003/XInclude",
  };
  xmlParserCtxt *parser = user_data;
  TradeoffLoadContext *ctx = parser->_private;

  for (guint i = 0; uri != NULL && i < G_N_ELEMENTS (xinclude_namespaces); i++)
    if (strcmp ((const char *)uri, xinclude_namespaces[i]) == 0)
      {
        int line = xmlSAX2GetLineNumber (parser);
        g_autofree char *tag = prefix != NULL
          ? g_strdup_printf ("<%s:%s", (const char *)prefix, (const char *)localname)
          : g_strdup_printf ("<%s", (const char *)localname);

        _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_FORBIDDEN, line,
                                    _tradeoff_load_context_find_column (ctx, line, tag),
                                    _("The file uses XInclude. Comparison files cannot pull "
                                      "in other files: put the text in this file."));
        xmlStopParser (parser);
        return;
      }

  /* A comment after the root is no preamble. */
  ctx->past_preamble = TRUE;
  xmlSAX2StartElementNs (user_data, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);

  if (parser->node != NULL && parser->input->line >= G_MAXUINT16)
    _tradeoff_load_context_note_line (ctx, parser->node, parser->input->line);
}

/* libxml2 2.9 copies a whole buffer in memory before it parses it (as
 * much copy, and as many fresh pages, as the file is large).  Handed the
 * bytes through a read callback, it takes them a few kilobytes at a time,
 * as it does from a file, and lets each go once parsed. */
typedef struct
{
  TradeoffLoadContext *ctx;
  const char          *next;
  gsize                left;
} ByteReader;

static int
read_bytes (void *user_data,
            char *buffer,
            int   length)
{
  ByteReader *reader = user_data;
  gsize n = MIN (reader->left, (gsize)MAX (length, 0));

  /* libxml2 2.9 goes on after an error, and reports the next: a file of
   * millions of bad characters or undefined entities cost it seconds of
   * error messages nobody reads.  Only the first counts, so once there is
   * one, the file ends for it where it has read to. */
  if (_tradeoff_load_context_failed (reader->ctx) || _tradeoff_load_context_cancelled (reader->ctx))
    return 0;

  memcpy (buffer, reader->next, n);
  reader->next += n;
  reader->left -= n;

  return (int)n;
}

/* Whether @p starts an element's start tag. */
static gboolean
starts_element (const xmlChar *p)
{
  return p[0] == '<' && (g_ascii_isalpha (p[1]) || p[1] == '_' || p[1] == ':' || p[1] >= 0x80);
}

/* White space between elements means nothing to the format (RELAX NG
 * ignores it too), yet a file laid out on lines has a run of it before
 * every element: a third of the tree's nodes, each to allocate, validate
 * and free.  libxml2 offers a run here only where it guesses it is layout,
 * because it is not next to any text; the run is dropped only where that
 * is certain, right after or right before an element, and kept everywhere
 * else.  Where it is dropped, the element holding it may not hold text at
 * all, so no text loses a space. */
static void
on_ignorable_whitespace (void          *user_data,
                         const xmlChar *chars,
                         int            length)
{
  xmlParserCtxt *parser = user_data;
  xmlNode *last = parser->node != NULL ? parser->node->last : NULL;

  if ((last != NULL && last->type == XML_ELEMENT_NODE) || starts_element (parser->input->cur))
    return;

  xmlSAX2Characters (user_data, chars, length);
}

/* Comments mean nothing to the format but one, the first before the root
 * element: the preamble the writer puts back.  Every other is left out of
 * the tree.  Kept as nodes, comments would split the text around them, and
 * RELAX NG 2.9 joins the pieces of a text again with a quadratic string
 * concatenation; left out, the pieces are one text node from the start,
 * grown in place. */
static void
on_comment (void          *user_data,
            const xmlChar *value)
{
  xmlParserCtxt *parser = user_data;
  TradeoffLoadContext *ctx = parser->_private;

  if (parser->node != NULL || ctx->past_preamble)
    return;

  ctx->past_preamble = TRUE;
  xmlSAX2Comment (user_data, value);
}

static xmlDoc *
parse (TradeoffLoadContext *ctx)
{
  g_autoptr(xmlParserCtxt) parser = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  ByteReader reader = { ctx, ctx->data, ctx->length };

  /* Where the pre-scan found the file not well-formed, libxml2 stops too,
   * and says why in its words; but libxml2 2.9 may go on parsing after its
   * first error, so what the pre-scan has not checked never reaches it. */
  if (ctx->scan_stop < ctx->length)
    reader.left = MIN (ctx->length, ctx->scan_stop + UNCHECKED_MARGIN);

  /* Read from memory, libxml2 skips a UTF-8 byte order mark when told the
   * encoding; read through a callback, it does not. */
  if (has_prefix (ctx, "\xef\xbb\xbf", 3))
    {
      reader.next += 3;
      reader.left -= 3;
    }

  parser = xmlNewParserCtxt ();
  if (parser == NULL)
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_IO, 0, 0,
                                  _("Out of memory while reading the file."));
      return NULL;
    }

  parser->_private = ctx;
  parser->sax->serror = on_parse_error;
  parser->sax->internalSubset = on_doctype;
  parser->sax->processingInstruction = on_processing_instruction;
  parser->sax->startElementNs = on_start_element;
  parser->sax->ignorableWhitespace = on_ignorable_whitespace;
  parser->sax->comment = on_comment;

  /* "UTF-8" overrides whatever the declaration says; check_declared_encoding
   * has already refused anything else. */
  doc = xmlCtxtReadIO (parser, read_bytes, NULL, &reader, ctx->display_name,
                       "UTF-8", PARSE_OPTIONS);

  /* Given up while libxml2 read: the file ended early for it, which is
   * no mistake of the file's. */
  if (_tradeoff_load_context_cancelled (ctx))
    return NULL;

  if (_tradeoff_load_context_failed (ctx) || doc == NULL || !parser->wellFormed)
    {
      g_autoptr(GError) parse_error = g_steal_pointer (&ctx->error);

      /* Bad bytes explain a parse error better than libxml2 can. */
      if (check_plain_utf8 (ctx, ctx->length))
        ctx->error = g_steal_pointer (&parse_error);
    }

  if (_tradeoff_load_context_failed (ctx))
    return NULL;

  if (doc == NULL || !parser->wellFormed)
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_MALFORMED, 0, 0,
                                  _("This is not well-formed XML."));
      return NULL;
    }

  /* Belt and braces: a DOCTYPE that slipped past the SAX hook. */
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_DOCTYPE, 0, 0,
                                  _("The file has a DOCTYPE. Comparison files may not "
                                    "declare a DTD or entities."));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */

static TradeoffComparison *
load_bytes (GBytes        *bytes,
            const char    *display_name,
            gboolean       as_written,
            GCancellable  *cancellable,
            GError       **error)
{
  return _tradeoff_loader_load (bytes, display_name, !as_written, NULL, NULL, cancellable, error);
}

TradeoffComparison *
_tradeoff_loader_load (GBytes              *bytes,
                       const char          *display_name,
                       gboolean             translate,
                       TradeoffLoaderExtra  extra,
                       gpointer             user_data,
                       GCancellable        *cancellable,
                       GError             **error)
{
  gboolean as_written = !translate;
  TradeoffLoadContext ctx = { .as_written = as_written, .cancellable = cancellable };
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(TradeoffComparison) comparison = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ctx.display_name = display_name != NULL ? display_name : _("(unnamed)");
  ctx.data = g_bytes_get_data (bytes, &ctx.length);
  if (ctx.data == NULL)
    ctx.data = "";

  if (check_bytes (&ctx) &&
      prescan (&ctx) &&
      (doc = parse (&ctx)) != NULL &&
      !_tradeoff_load_context_cancelled (&ctx) &&
      _tradeoff_loader_validate (&ctx, doc) &&
      !_tradeoff_load_context_cancelled (&ctx))
    comparison = _tradeoff_loader_build (&ctx, doc);

  /* What a decision file adds, read with the same context, so its errors
   * say FILE:LINE:COLUMN too. */
  if (comparison != NULL && extra != NULL)
    extra (&ctx, doc, comparison, user_data);

  if (_tradeoff_load_context_failed (&ctx))
    {
      g_propagate_error (error, g_steal_pointer (&ctx.error));
      g_clear_object (&comparison);
    }

  _tradeoff_load_context_clear (&ctx);

  return g_steal_pointer (&comparison);
}

TradeoffComparison *
tradeoff_loader_load_bytes (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error)
{
  return load_bytes (bytes, display_name, FALSE, NULL, error);
}

TradeoffComparison *
tradeoff_loader_load_bytes_as_written (GBytes      *bytes,
                                       const char  *display_name,
                                       GError     **error)
{
  return load_bytes (bytes, display_name, TRUE, NULL, error);
}

/* A path for local files, the URI's last part otherwise (the shipped file
 * lives in a resource:// URI nobody needs to see). */
static char *
display_name_for (GFile *file)
{
  if (g_file_is_native (file))
    return g_file_get_path (file);

  return g_file_get_basename (file);
}

/* Reads the whole file into one buffer of the size it had a moment ago,
 * straight from the stream: no copy through a smaller buffer, no
 * reallocation as it fills. */
static GBytes *
read_capped (GFile         *file,
             const char    *display_name,
             goffset        size_hint,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  /* One byte more than the file had, to see it end without a second
   * allocation; the cap still holds if it has grown since. */
  gsize capacity = (gsize)CLAMP (size_hint, 0, TRADEOFF_LOADER_MAX_SIZE) + 1;
  g_autofree guint8 *buffer = NULL;
  gsize length = 0;

  stream = g_file_read (file, cancellable, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (stream == NULL)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_IO,
                   _("%s: Could not open the file: %s"), display_name, local_error->message);
      return NULL;
    }

  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (length == capacity)
        {
          /* Stop reading one byte past the cap. */
          if (capacity > TRADEOFF_LOADER_MAX_SIZE)
            {
              g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_TOO_LARGE,
                           _("%s: The file is larger than %d MiB, the most a comparison "
                             "may be."),
                           display_name, TRADEOFF_LOADER_MAX_SIZE / (1024 * 1024));
              return NULL;
            }
          capacity = MIN (MAX (capacity * 2, 64 * 1024), TRADEOFF_LOADER_MAX_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer + length, capacity - length,
                               cancellable, &local_error);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (n < 0)
        {
          g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_IO,
                       _("%s: Could not read the file: %s"), display_name,
                       local_error->message);
          return NULL;
        }
      if (n == 0)
        break;

      length += n;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

static TradeoffComparison *
load_file (GFile         *file,
           gboolean       as_written,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _tradeoff_loader_read_file (file, &display_name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return load_bytes (bytes, display_name, as_written, cancellable, error);
}

GBytes *
_tradeoff_loader_read_file (GFile         *file,
                            char         **display_name_out,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  char *display_name;

  display_name = display_name_for (file);
  *display_name_out = display_name;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_FOUND,
                     _("%s: There is no such file."), display_name);
      else
        g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_IO,
                     _("%s: Could not read the file: %s"), display_name,
                     local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_REGULAR,
                   _("%s: This is a folder, not a comparison file."), display_name);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_REGULAR,
                   _("%s: This is not a regular file."), display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > TRADEOFF_LOADER_MAX_SIZE)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_TOO_LARGE,
                   _("%s: The file is larger than %d MiB, the most a comparison may be."),
                   display_name, TRADEOFF_LOADER_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  return read_capped (file, display_name, g_file_info_get_size (info), cancellable, error);
}

TradeoffComparison *
tradeoff_loader_load_file (GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  return load_file (file, FALSE, cancellable, error);
}

TradeoffComparison *
tradeoff_loader_load_file_as_written (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error)
{
  return load_file (file, TRUE, cancellable, error);
}

TradeoffComparison *
tradeoff_loader_load_shipped (GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_uri (TRADEOFF_SHIPPED_COMPARISON_URI);

  return tradeoff_loader_load_file (file, NULL, error);
}
