/* tradeoff-import-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An HTML page into blocks, with libxml2's HTML parser: no network, no
 * error output, the page's own words only.  A real page wraps the guide
 * in navigation, scripts, styles, a cookie banner, forms and a footer;
 * those are skipped, by element (script, nav, form, …), by role (a page's
 * banner, navigation, dialogs) and by name (an id or class saying
 * "cookie" or "consent"), as is anything hidden, and every <footer>.  A
 * <header> is the page's own unless it is inside <main> or <article>,
 * where it holds the guide's title and byline.  Entities arrive decoded and inline markup (links,
 * emphasis, code) gives its text.
 */

#define G_LOG_DOMAIN "tradeoff-import"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "tradeoff-import-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (htmlParserCtxt, htmlFreeParserCtxt)

#define PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                       HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT)

static gboolean
is_one_of (const xmlChar      *name,
           const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *)name, names[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
attribute_contains (xmlNode    *node,
                    const char *attribute,
                    const char *needle)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)attribute);
  g_autofree char *folded = value != NULL ? g_ascii_strdown ((const char *)value, -1) : NULL;

  xmlFree (value);
  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
inside (xmlNode            *node,
        const char * const *names)
{
  for (xmlNode *up = node->parent; up != NULL; up = up->parent)
    if (up->type == XML_ELEMENT_NODE && is_one_of (up->name, names))
      return TRUE;

  return FALSE;
}

/* Whether @node and all it holds are not the guide. */
static gboolean
is_clutter (xmlNode *node)
{
  static const char * const never[] = {
    "head", "script", "style", "noscript", "template", "nav", "aside", "form", "button",
    "select", "textarea", "input", "label", "iframe", "object", "embed", "svg", "canvas",
    "dialog", "menu", "footer", NULL,
  };
  static const char * const page_parts[] = { "header", NULL };
  static const char * const content[] = { "main", "article", NULL };
  static const char * const roles[] = {
    "banner", "navigation", "contentinfo", "complementary", "dialog", "alertdialog",
    "search", "menu", "menubar", NULL,
  };
  xmlChar *role;
  gboolean clutter;

  if (is_one_of (node->name, never) ||
      (is_one_of (node->name, page_parts) && !inside (node, content)) ||
      xmlHasProp (node, (const xmlChar *)"hidden") != NULL ||
      attribute_contains (node, "aria-hidden", "true") ||
      attribute_contains (node, "id", "cookie") || attribute_contains (node, "class", "cookie") ||
      attribute_contains (node, "id", "consent") || attribute_contains (node, "class", "consent"))
    return TRUE;

  role = xmlGetProp (node, (const xmlChar *)"role");
  clutter = role != NULL && is_one_of (role, roles);
  xmlFree (role);

  return clutter;
}

static gboolean
is_heading (xmlNode *node)
{
  static const char * const headings[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };

  return is_one_of (node->name, headings);
}

/* Elements that end the paragraph before them and start a new one. */
static gboolean
is_block (xmlNode *node)
{
  static const char * const blocks[] = {
    "p", "div", "section", "article", "main", "header", "footer", "body", "blockquote",
    "pre", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "details",
    "summary", "address", "hr", "br", "table", "caption", NULL,
  };

  return is_heading (node) || is_one_of (node->name, blocks);
}

typedef struct
{
  TradeoffLoadContext *ctx;
  GPtrArray           *blocks;
  GString             *text;
  int                  line;
} HtmlReader;

/* The column of @text's first word on @line of the page, or 0 where the
 * page writes it otherwise (an entity, markup inside the word). */
static int
column_of (HtmlReader *reader,
           int         line,
           const char *text)
{
  const char *start = text + strspn (text, " \t\r\n");
  gsize length = strcspn (start, " \t\r\n&<");
  g_autofree char *word = g_strndup (start, MIN (length, 32));

  if (*word == '\0')
    return 0;

  return _tradeoff_load_context_find_column (reader->ctx, line, word);
}

static void
flush (HtmlReader        *reader,
       TradeoffBlockKind  kind)
{
  if (reader->text->len > 0)
    _tradeoff_blocks_add (reader->blocks, kind, g_strdup (reader->text->str), reader->line,
                         column_of (reader, reader->line, reader->text->str));
  g_string_truncate (reader->text, 0);
}

/* Every text under @node that is not clutter, as one string. */
static char *
text_of (xmlNode *node)
{
  GString *out = g_string_new (NULL);
  xmlNode *child = node->children;

  /* Without recursion, so no page is nested too deep for it. */
  while (child != NULL && child != node)
    {
      gboolean descend = FALSE;

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *)child->content);
      else if (child->type == XML_ELEMENT_NODE && !is_clutter (child))
        {
          if (is_block (child))
            g_string_append_c (out, ' ');
          descend = child->children != NULL;
        }

      if (descend)
        child = child->children;
      else
        {
          while (child != node && child->next == NULL)
            child = child->parent;
          if (child != node)
            child = child->next;
        }
    }

  return _tradeoff_import_collapse_space (g_string_free (out, FALSE));
}

static void
read_row (HtmlReader *reader,
          xmlNode    *row)
{
  static const char * const cell_names[] = { "td", "th", NULL };
  GPtrArray *cells = g_ptr_array_new ();
  int line;

  for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
    if (cell->type == XML_ELEMENT_NODE && is_one_of (cell->name, cell_names))
      {
        g_ptr_array_add (cells, text_of (cell));
      }

  if (cells->len == 0)
    {
      g_ptr_array_free (cells, TRUE);
      return;
    }

  g_ptr_array_add (cells, NULL);
  line = (int)xmlGetLineNo (row);
  /* A row starts at its <tr>. */
  _tradeoff_blocks_add_row (reader->blocks, (GStrv)g_ptr_array_free (cells, FALSE), line,
                           _tradeoff_load_context_find_column (reader->ctx, line, "<tr"));
}

/* Rows directly in the table or in its thead, tbody and tfoot. */
static void
read_table (HtmlReader *reader,
            xmlNode    *table)
{
  static const char * const sections[] = { "thead", "tbody", "tfoot", NULL };

  for (xmlNode *child = table->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_ascii_strcasecmp ((const char *)child->name, "tr") == 0)
        read_row (reader, child);
      else if (is_one_of (child->name, sections))
        for (xmlNode *row = child->children; row != NULL; row = row->next)
          if (row->type == XML_ELEMENT_NODE &&
              g_ascii_strcasecmp ((const char *)row->name, "tr") == 0)
            read_row (reader, row);
    }
}

/* What to do on entering @node; %TRUE to go into its children. */
static gboolean
enter (HtmlReader *reader,
       xmlNode    *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *content = (const char *)node->content;

      if (reader->text->len == 0)
        {
          /* The paragraph starts where its first word does. */
          if (content[strspn (content, " \t\r\n")] == '\0')
            return FALSE;
          reader->line = (int)xmlGetLineNo (node);
        }
      g_string_append (reader->text, (const char *)node->content);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE || is_clutter (node))
    return FALSE;

  if (is_heading (node))
    {
      g_autofree char *text = text_of (node);

      flush (reader, TRADEOFF_BLOCK_PARAGRAPH);
      g_string_append (reader->text, text);
      reader->line = (int)xmlGetLineNo (node);
      flush (reader, TRADEOFF_BLOCK_HEADING);
      return FALSE;
    }

  if (g_ascii_strcasecmp ((const char *)node->name, "table") == 0)
    {
      flush (reader, TRADEOFF_BLOCK_PARAGRAPH);
      read_table (reader, node);
      return FALSE;
    }

  if (is_block (node))
    flush (reader, TRADEOFF_BLOCK_PARAGRAPH);

  return TRUE;
}

static void
walk (HtmlReader *reader,
      xmlNode    *root)
{
  xmlNode *node = root;

  /* Depth first, without recursion. */
  while (node != NULL)
    {
      if (enter (reader, node) && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      while (node != NULL && node->next == NULL)
        {
          node = node->parent;
          if (node != NULL && node->type == XML_ELEMENT_NODE && is_block (node))
            flush (reader, TRADEOFF_BLOCK_PARAGRAPH);
        }
      if (node != NULL)
        node = node->next;
    }

  flush (reader, TRADEOFF_BLOCK_PARAGRAPH);
}

GPtrArray *
_tradeoff_import_read_html (TradeoffLoadContext *ctx)
{
  g_autoptr(htmlParserCtxt) parser = htmlNewParserCtxt ();
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  HtmlReader reader = { .ctx = ctx, .text = text };

  if (parser == NULL)
    g_error ("Out of memory");

  /* UTF-8 whatever the page declares: the bytes were checked to be UTF-8,
   * and a page without a declaration would otherwise be read as Latin-1. */
  doc = htmlCtxtReadMemory (parser, ctx->data, (int)ctx->length, NULL, "UTF-8", PARSE_OPTIONS);
  if (parser->errNo == XML_ERR_INTERNAL_ERROR)
    {
      /* libxml2 stops at 256 elements deep rather than use ever more
       * stack; what it read so far is not the whole page. */
      xmlError *error = xmlCtxtGetLastError (parser);

      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_LAYOUT,
                                  error != NULL ? error->line : 0, 0,
                                  _("The page has elements nested more than %d deep; expected "
                                    "a comparison guide page, which is not."),
                                  256);
      return NULL;
    }

  reader.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)_tradeoff_block_free);
  if (doc != NULL && xmlDocGetRootElement (doc) != NULL)
    walk (&reader, xmlDocGetRootElement (doc));

  return reader.blocks;
}
