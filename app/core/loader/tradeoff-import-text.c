/* tradeoff-import-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain text and Markdown into blocks.  In plain text, as in the shipped
 * guide, every line is a block of its own and a line starting with "|" is
 * a table row.  Markdown adds what CommonMark adds for such a page:
 * headings ("#" or underlined), paragraphs that run over several lines,
 * list items and quotes, and inline markup (emphasis, code, links, images,
 * backslash escapes and entities), of which only the words are kept.
 */

#define G_LOG_DOMAIN "tradeoff-import"

#include "config.h"

#include <string.h>

#include "tradeoff-import-private.h"

void
_tradeoff_block_free (TradeoffBlock *block)
{
  g_free (block->text);
  g_strfreev (block->cells);
  g_free (block);
}

char *
_tradeoff_import_collapse_space (char *text)
{
  char *out = text;
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out != text;
          continue;
        }
      if (space)
        *out++ = ' ';
      space = FALSE;
      *out++ = *p;
    }
  *out = '\0';

  return text;
}

void
_tradeoff_blocks_add (GPtrArray         *blocks,
                     TradeoffBlockKind  kind,
                     char              *text,
                     int                line,
                     int                column)
{
  TradeoffBlock *block;

  _tradeoff_import_collapse_space (text);
  if (*text == '\0')
    {
      g_free (text);
      return;
    }

  block = g_new0 (TradeoffBlock, 1);
  block->kind = kind;
  block->text = text;
  block->line = line;
  block->column = column;
  g_ptr_array_add (blocks, block);
}

void
_tradeoff_blocks_add_row (GPtrArray *blocks,
                         GStrv      cells,
                         int        line,
                         int        column)
{
  TradeoffBlock *block = g_new0 (TradeoffBlock, 1);

  for (guint i = 0; cells[i] != NULL; i++)
    _tradeoff_import_collapse_space (cells[i]);

  block->kind = TRADEOFF_BLOCK_ROW;
  block->cells = cells;
  block->text = g_strjoinv (" | ", cells);
  block->line = line;
  block->column = column;
  g_ptr_array_add (blocks, block);
}

/* "&amp;" and friends as Markdown allows them in text. */
static gboolean
append_entity (GString     *out,
               const char **p)
{
  static const struct { const char *name; const char *text; } entities[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " }, { "&mdash;", "—" },
    { "&ndash;", "–" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_str_has_prefix (*p, entities[i].name))
      {
        g_string_append (out, entities[i].text);
        *p += strlen (entities[i].name) - 1;
        return TRUE;
      }

  return FALSE;
}

/* At "[" of "[text](target)" or "![alt](src)": the text, and @p past it. */
static gboolean
append_link (GString     *out,
             const char **p)
{
  const char *close = strstr (*p, "](");
  const char *end = close != NULL ? strchr (close, ')') : NULL;

  if (end == NULL || memchr (*p + 1, '[', close - *p - 1) != NULL)
    return FALSE;

  g_string_append_len (out, *p + 1, close - *p - 1);
  *p = end;
  return TRUE;
}

/* Emphasis marks are dropped where CommonMark would read them as marks: a
 * "*" anywhere, a "_" only at the edge of a word, so snake_case stays. */
static gboolean
is_emphasis (const char *text,
             const char *p)
{
  gboolean before_word = p > text && g_ascii_isalnum (p[-1]);
  gboolean after_word = g_ascii_isalnum (p[1]);

  if (*p == '*')
    return TRUE;

  return *p == '_' && !(before_word && after_word);
}

static char *
markdown_inline (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        g_string_append_c (out, *++p);
      else if (*p == '&' && append_entity (out, &p))
        continue;
      else if (*p == '!' && p[1] == '[' && (p++, append_link (out, &p)))
        continue;
      else if (*p == '[' && append_link (out, &p))
        continue;
      else if (*p == '`' || is_emphasis (text, p))
        continue;
      else if (*p == '<' && (g_str_has_prefix (p, "<http") || g_str_has_prefix (p, "<mailto:")) &&
               strchr (p, '>') != NULL)
        {
          const char *end = strchr (p, '>');

          g_string_append_len (out, p + 1, end - p - 1);
          p = end;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A table row's cells: split at "|" that is not escaped, the outer pipes
 * dropped.  %NULL if it is a separator row ("|---|:--:|"). */
static GStrv
split_row (const char *line,
           gboolean    markdown)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean separator = TRUE;
  const char *p = line + 1;
  const char *end = line + strlen (line);

  /* The closing pipe is optional. */
  if (end > p && end[-1] == '|' && (end - 1 == p || end[-2] != '\\'))
    end--;

  for (; p <= end; p++)
    {
      if (p == end || *p == '|')
        {
          char *text = markdown ? markdown_inline (cell->str) : g_strdup (cell->str);

          g_strstrip (text);
          separator &= *text != '\0' && strspn (text, ":-") == strlen (text) &&
                       strchr (text, '-') != NULL;
          g_ptr_array_add (cells, text);
          g_string_truncate (cell, 0);
        }
      else if (*p == '\\' && p + 1 < end && p[1] == '|')
        g_string_append_c (cell, *++p);
      else
        g_string_append_c (cell, *p);
    }

  if (separator)
    return NULL;

  g_ptr_array_set_free_func (cells, NULL);
  g_ptr_array_add (cells, NULL);
  return (GStrv)g_ptr_array_free (g_steal_pointer (&cells), FALSE);
}

typedef struct
{
  GPtrArray *blocks;
  GString   *paragraph;
  int        line;
  int        column;
  gboolean   markdown;
} TextReader;

static void
flush (TextReader        *reader,
       TradeoffBlockKind  kind)
{
  if (reader->paragraph->len == 0)
    return;

  _tradeoff_blocks_add (reader->blocks, kind,
                       reader->markdown ? markdown_inline (reader->paragraph->str)
                                        : g_strdup (reader->paragraph->str),
                       reader->line, reader->column);
  g_string_truncate (reader->paragraph, 0);
}

/* A line of only @c (and spaces), at least @min of them. */
static gboolean
is_rule (const char *text,
         char        c,
         gsize       min)
{
  gsize count = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == c)
        count++;
      else if (*p != ' ')
        return FALSE;
    }

  return count >= min;
}

/* Markdown's block syntax at the start of @text: how many bytes of marker
 * to skip, and whether it is a heading. */
static gsize
block_marker (const char *text,
              gboolean   *heading)
{
  gsize n = 0;

  *heading = FALSE;

  if (text[0] == '#')
    {
      n = strspn (text, "#");
      if (n <= 6 && (text[n] == ' ' || text[n] == '\0'))
        {
          *heading = TRUE;
          return n;
        }
      return 0;
    }

  if ((text[0] == '-' || text[0] == '*' || text[0] == '+' || text[0] == '>') && text[1] == ' ')
    return 2;

  n = strspn (text, "0123456789");
  if (n > 0 && n < 10 && (text[n] == '.' || text[n] == ')') && text[n + 1] == ' ')
    return n + 2;

  return 0;
}

static void
read_markdown_line (TextReader *reader,
                    char       *text,
                    int         line,
                    int         column)
{
  gboolean heading;
  gsize marker;

  if (reader->paragraph->len > 0 && (is_rule (text, '=', 1) || is_rule (text, '-', 1)))
    {
      /* An underlined heading. */
      flush (reader, TRADEOFF_BLOCK_HEADING);
      return;
    }

  if (is_rule (text, '-', 3) || is_rule (text, '*', 3) || is_rule (text, '_', 3) ||
      g_str_has_prefix (text, "```") || g_str_has_prefix (text, "~~~"))
    {
      flush (reader, TRADEOFF_BLOCK_PARAGRAPH);
      return;
    }

  marker = block_marker (text, &heading);
  if (marker > 0)
    {
      char *end = text + strlen (text);

      flush (reader, TRADEOFF_BLOCK_PARAGRAPH);
      /* "## Heading ##": the closing hashes are not part of it. */
      while (heading && end > text + marker && (end[-1] == '#' || end[-1] == ' '))
        *--end = '\0';
      reader->line = line;
      reader->column = column + (int)g_utf8_strlen (text, marker);
      g_string_append (reader->paragraph, text + marker);
      if (heading)
        flush (reader, TRADEOFF_BLOCK_HEADING);
      return;
    }

  if (reader->paragraph->len == 0)
    {
      reader->line = line;
      reader->column = column;
    }
  else
    g_string_append_c (reader->paragraph, ' ');
  g_string_append (reader->paragraph, text);
}

GPtrArray *
_tradeoff_import_read_text (TradeoffLoadContext *ctx,
                           gboolean             markdown)
{
  g_auto(GStrv) lines = g_strsplit (ctx->data, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  TextReader reader = {
    .blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)_tradeoff_block_free),
    .paragraph = paragraph,
    .markdown = markdown,
  };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *text = lines[i];
      int line = (int)i + 1;
      int column;

      g_strchomp (text);
      column = (int)g_utf8_strlen (text, strspn (text, " \t")) + 1;
      g_strchug (text);

      if (*text == '|')
        {
          GStrv cells = split_row (text, markdown);

          flush (&reader, TRADEOFF_BLOCK_PARAGRAPH);
          if (cells != NULL)
            _tradeoff_blocks_add_row (reader.blocks, cells, line, column);
        }
      else if (!markdown)
        _tradeoff_blocks_add (reader.blocks, TRADEOFF_BLOCK_PARAGRAPH, g_strdup (text), line,
                             column);
      else if (*text == '\0')
        flush (&reader, TRADEOFF_BLOCK_PARAGRAPH);
      else
        read_markdown_line (&reader, text, line, column);
    }

  flush (&reader, TRADEOFF_BLOCK_PARAGRAPH);
  return reader.blocks;
}
