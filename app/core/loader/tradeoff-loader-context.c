/* tradeoff-loader-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the loader says what is wrong and where: the first error only, with
 * the file's name, the line and the column, counted in characters as an
 * editor counts them.  libxml2 gives lines but seldom columns, so columns
 * are found in the source text itself.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <string.h>

#include "tradeoff-loader-private.h"

void
_tradeoff_load_context_clear (TradeoffLoadContext *ctx)
{
  g_clear_pointer (&ctx->unplaced_message, g_free);
  g_clear_pointer (&ctx->big_lines, g_hash_table_unref);
  g_clear_error (&ctx->error);
}

gboolean
_tradeoff_load_context_failed (TradeoffLoadContext *ctx)
{
  return ctx->error != NULL;
}

gboolean
_tradeoff_load_context_cancelled (TradeoffLoadContext *ctx)
{
  if (ctx->cancellable == NULL || !g_cancellable_is_cancelled (ctx->cancellable))
    return FALSE;

  if (ctx->error == NULL)
    g_cancellable_set_error_if_cancelled (ctx->cancellable, &ctx->error);
  return TRUE;
}

/* What a message quotes of a value: enough to find it by, never so much
 * that the message (shown in the window's banner, which Pango lays out)
 * costs more than the file's own texts. */
#define EXCERPT_CHARS 32
/* A message's words longer than this are values libxml2 quoted in full,
 * such as element names; and a message is never longer than this. */
#define MESSAGE_WORD_CHARS 64
#define MESSAGE_CHARS 600

char *
_tradeoff_load_context_excerpt (const char *value)
{
  const char *end;

  if (value == NULL)
    return g_strdup ("");

  end = value;
  for (guint i = 0; i < EXCERPT_CHARS && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  if (*end == '\0')
    return g_strdup (value);

  return g_strdup_printf ("%.*s…", (int)(end - value), value);
}

/* @message with each overlong word cut short, and the whole too. */
static char *
shorten (const char *message)
{
  GString *out = g_string_new (NULL);
  guint word = 0;
  guint total = 0;

  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      word = g_unichar_isspace (c) ? 0 : word + 1;
      if (word > MESSAGE_WORD_CHARS)
        {
          if (word == MESSAGE_WORD_CHARS + 1)
            g_string_append (out, "…");
          continue;
        }
      if (++total > MESSAGE_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void tradeoff_load_context_failv (TradeoffLoadContext *ctx,
                                         TradeoffLoaderError  code,
                                         int                  line,
                                         int                  column,
                                         const char          *format,
                                         va_list              args) G_GNUC_PRINTF (5, 0);

static void
tradeoff_load_context_failv (TradeoffLoadContext *ctx,
                             TradeoffLoaderError  code,
                             int                  line,
                             int                  column,
                             const char          *format,
                             va_list              args)
{
  g_autofree char *formatted = NULL;
  g_autofree char *message = NULL;

  if (ctx->error != NULL)
    return;

  formatted = g_strdup_vprintf (format, args);
  message = shorten (formatted);

  if (line > 0 && column > 0)
    ctx->error = g_error_new (TRADEOFF_LOADER_ERROR, code, "%s:%d:%d: %s",
                              ctx->display_name, line, column, message);
  else if (line > 0)
    ctx->error = g_error_new (TRADEOFF_LOADER_ERROR, code, "%s:%d: %s",
                              ctx->display_name, line, message);
  else
    ctx->error = g_error_new (TRADEOFF_LOADER_ERROR, code, "%s: %s",
                              ctx->display_name, message);
}

void
_tradeoff_load_context_fail (TradeoffLoadContext *ctx,
                            TradeoffLoaderError  code,
                            int                  line,
                            int                  column,
                            const char          *format,
                            ...)
{
  va_list args;

  va_start (args, format);
  tradeoff_load_context_failv (ctx, code, line, column, format, args);
  va_end (args);
}

/* Where @line starts, found by counting line ends from the start of the
 * file, or from the line asked for last: only an error asks, and an index
 * of every line would cost 8 bytes a line (128 MB for 16 million). */
const char *
_tradeoff_load_context_line_start (TradeoffLoadContext *ctx,
                                  int                  line)
{
  const char *end = ctx->data + ctx->length;
  const char *p;
  int at;

  if (line < 1)
    return NULL;

  if (ctx->known_line > 0 && ctx->known_line <= line)
    {
      at = ctx->known_line;
      p = ctx->data + ctx->known_line_start;
    }
  else
    {
      at = 1;
      p = ctx->data;
    }

  for (; at < line; at++)
    {
      p = memchr (p, '\n', end - p);
      if (p == NULL)
        return NULL;
      p++;
    }

  ctx->known_line = line;
  ctx->known_line_start = p - ctx->data;
  return p;
}

void
_tradeoff_load_context_locate (TradeoffLoadContext *ctx,
                              gsize                offset,
                              int                 *line,
                              int                 *column)
{
  const char *position = ctx->data + MIN (offset, ctx->length);
  const char *line_start = ctx->data;
  int n = 1;

  for (const char *p = ctx->data; (p = memchr (p, '\n', position - p)) != NULL; p++)
    {
      n++;
      line_start = p + 1;
    }

  *line = n;
  *column = _tradeoff_load_context_column_at (line_start, position);
}

/* libxml2 keeps an element's line in 16 bits, and past line 65,535 its
 * xmlGetLineNo() guesses from the text inside or next to it; the loader
 * notes the real line of each element from there on as it starts it. */
void
_tradeoff_load_context_note_line (TradeoffLoadContext *ctx,
                                 xmlNode             *node,
                                 int                  line)
{
  if (ctx->big_lines == NULL)
    ctx->big_lines = g_hash_table_new (NULL, NULL);

  g_hash_table_insert (ctx->big_lines, node, GINT_TO_POINTER (line));
}

int
_tradeoff_load_context_line_of (TradeoffLoadContext *ctx,
                               xmlNode             *node)
{
  gpointer line;

  if (node->type == XML_ELEMENT_NODE && node->line == G_MAXUINT16 && ctx->big_lines != NULL &&
      g_hash_table_lookup_extended (ctx->big_lines, node, NULL, &line))
    return GPOINTER_TO_INT (line);

  return (int)xmlGetLineNo (node);
}

/* Characters, not bytes, so the column matches what an editor shows. */
int
_tradeoff_load_context_column_at (const char *line_start,
                                 const char *position)
{
  return (int)g_utf8_strlen (line_start, position - line_start) + 1;
}

int
_tradeoff_load_context_find_column (TradeoffLoadContext *ctx,
                                   int                  line,
                                   const char          *needle)
{
  const char *start;
  const char *end;
  const char *found;
  gsize needle_len = strlen (needle);

  start = _tradeoff_load_context_line_start (ctx, line);
  if (start == NULL)
    return 0;

  end = memchr (start, '\n', ctx->data + ctx->length - start);
  if (end == NULL)
    end = ctx->data + ctx->length;

  for (found = start; found + needle_len <= end; found++)
    if (memcmp (found, needle, needle_len) == 0)
      return _tradeoff_load_context_column_at (start, found);

  return 0;
}

/* libxml2 records the line of each element but not its column, so the
 * column is found by looking for the start tag (or the attribute) on that
 * line of the source.  Good enough to put an editor's cursor on it. */
static int
column_of_node (TradeoffLoadContext *ctx,
                xmlNode             *node,
                const char          *attribute,
                int                  line)
{
  g_autofree char *needle = NULL;
  int column = 0;

  if (attribute != NULL)
    {
      needle = g_strconcat (attribute, "=", NULL);
      column = _tradeoff_load_context_find_column (ctx, line, needle);
    }

  if (column == 0 && node != NULL && node->type == XML_ELEMENT_NODE)
    {
      g_free (needle);
      if (node->ns != NULL && node->ns->prefix != NULL)
        needle = g_strconcat ("<", (const char *)node->ns->prefix, ":",
                              (const char *)node->name, NULL);
      else
        needle = g_strconcat ("<", (const char *)node->name, NULL);
      column = _tradeoff_load_context_find_column (ctx, line, needle);
    }

  return column;
}

void
_tradeoff_load_context_fail_at (TradeoffLoadContext *ctx,
                               TradeoffLoaderError  code,
                               xmlNode             *node,
                               const char          *attribute,
                               const char          *format,
                               ...)
{
  va_list args;
  int line = 0;
  int column = 0;

  if (ctx->error != NULL)
    return;

  if (node != NULL)
    {
      line = _tradeoff_load_context_line_of (ctx, node);
      column = column_of_node (ctx, node, attribute, line);
    }

  va_start (args, format);
  tradeoff_load_context_failv (ctx, code, line, column, format, args);
  va_end (args);
}
