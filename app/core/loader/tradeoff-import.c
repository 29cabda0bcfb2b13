/* tradeoff-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison guide page into a comparison.  The page's format gives
 * blocks (tradeoff-import-text.c, tradeoff-import-html.c); this reads the
 * guide's layout from them, in order:
 *
 *   title                      the first block
 *   byline                     the next, if two or more come before the grid
 *   introduction               the rest before the grid, one paragraph each
 *   "Quick Comparison"         a heading, then a table: its header row names
 *                              the aspect column and the options (2 to 8),
 *                              each further row an aspect and its values
 *   "Frequently Asked Questions"
 *                              a heading, then questions, each followed by
 *                              its answer: a question is a heading where the
 *                              page has headings there, else a line ending
 *                              in "?"
 *
 * and builds the comparison through a TradeoffComparisonBuilder, so it
 * holds every word of those parts, no criteria yet, and keeps every rule a
 * loaded file keeps.  The first thing out of place stops the import with
 * what was expected there and where; nothing half-made is returned.
 */

#define G_LOG_DOMAIN "tradeoff-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-comparison-builder.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-import-private.h"

#define GRID_HEADING "Quick Comparison"
#define FAQ_HEADING "Frequently Asked Questions"
/* Generated ids are cut here, at a word, so they stay readable. */
#define MAX_SLUG 40

typedef struct
{
  TradeoffLoadContext       *ctx;
  GPtrArray                 *blocks;
  guint                      next;
  TradeoffComparisonBuilder *builder;
  /* Every id given out, so each is different. */
  GHashTable                *ids;
  guint                      n_columns;
} Importer;

static TradeoffBlock *
peek (Importer *imp)
{
  return imp->next < imp->blocks->len ? g_ptr_array_index (imp->blocks, imp->next) : NULL;
}

static void
fail_at (Importer      *imp,
         TradeoffBlock *block,
         const char    *message)
{
  _tradeoff_load_context_fail (imp->ctx, TRADEOFF_LOADER_ERROR_LAYOUT,
                              block != NULL ? block->line : 0,
                              block != NULL ? block->column : 0, "%s", message);
}

/* The heading as the guide writes it, in any case, with or without a
 * colon after it. */
static gboolean
is_heading_called (TradeoffBlock *block,
                   const char    *name)
{
  gsize len = strlen (name);

  return block != NULL && block->kind != TRADEOFF_BLOCK_ROW &&
         g_ascii_strncasecmp (block->text, name, len) == 0 &&
         (block->text[len] == '\0' || (block->text[len] == ':' && block->text[len + 1] == '\0'));
}

/* A readable id from @text, different from every other: lower-case ASCII
 * letters and digits between hyphens, else @fallback and a number. */
static char *
make_id (Importer   *imp,
         const char *text,
         const char *fallback,
         guint       number)
{
  GString *slug = g_string_new (NULL);
  char *id;

  for (const char *p = text; *p != '\0' && slug->len < MAX_SLUG; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  /* Cut at the last whole word. */
  if (slug->len >= MAX_SLUG && strrchr (slug->str, '-') != NULL)
    g_string_truncate (slug, strrchr (slug->str, '-') - slug->str);
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_printf (slug, "%s-%u", fallback, number);

  id = g_strdup (slug->str);
  for (guint n = 2; g_hash_table_contains (imp->ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", slug->str, n);
    }

  g_string_free (slug, TRUE);
  g_hash_table_add (imp->ids, g_strdup (id));
  return id;
}

/* "Last updated: March 2026" → "2026-03"; %NULL if the byline says no such
 * thing. */
static char *
parse_updated (const char *byline)
{
  static const char * const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
  };
  g_autofree char *folded = g_ascii_strdown (byline, -1);
  const char *p = strstr (folded, "updated");

  if (p == NULL)
    return NULL;
  p += strlen ("updated");
  p += strspn (p, ": ");

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_has_prefix (p, months[i]))
      {
        const char *year = p + strlen (months[i]);

        year += strspn (year, " ,");
        if (strspn (year, "0123456789") == 4)
          return g_strdup_printf ("%.4s-%02u", year, i + 1);
      }

  return NULL;
}

static gboolean
read_header (Importer *imp)
{
  TradeoffBlock *title = peek (imp);
  g_autoptr(GPtrArray) intro = g_ptr_array_new ();
  g_autofree char *intro_text = NULL;
  guint start;

  if (title == NULL || title->kind == TRADEOFF_BLOCK_ROW)
    {
      fail_at (imp, title, _("Expected the guide’s title here."));
      return FALSE;
    }
  tradeoff_comparison_builder_set_text (imp->builder, "title", title->text);
  start = ++imp->next;

  while (peek (imp) != NULL && !is_heading_called (peek (imp), GRID_HEADING))
    {
      if (peek (imp)->kind == TRADEOFF_BLOCK_ROW)
        {
          fail_at (imp, peek (imp),
                   _("Expected a “Quick Comparison” heading before the grid."));
          return FALSE;
        }
      imp->next++;
    }

  if (peek (imp) == NULL)
    {
      fail_at (imp, title,
               _("Expected the introduction after the guide’s title here, then a “Quick "
                 "Comparison” heading and the grid; the page has no such heading."));
      return FALSE;
    }

  /* Two or more blocks: a byline, then the introduction. */
  if (imp->next - start >= 2)
    {
      TradeoffBlock *byline = g_ptr_array_index (imp->blocks, start++);
      g_autofree char *updated = parse_updated (byline->text);

      tradeoff_comparison_builder_set_text (imp->builder, "byline", byline->text);
      tradeoff_comparison_builder_set_text (imp->builder, "updated", updated);
    }
  for (guint i = start; i < imp->next; i++)
    g_ptr_array_add (intro, ((TradeoffBlock *)g_ptr_array_index (imp->blocks, i))->text);
  g_ptr_array_add (intro, NULL);
  intro_text = g_strjoinv ("\n\n", (char **)intro->pdata);
  tradeoff_comparison_builder_set_text (imp->builder, "intro", intro_text);

  tradeoff_comparison_builder_set_text (imp->builder, "grid-heading", peek (imp)->text);
  imp->next++;
  return TRUE;
}

static gboolean
has_empty_cell (TradeoffBlock *row)
{
  for (guint i = 0; row->cells[i] != NULL; i++)
    if (*row->cells[i] == '\0')
      return TRUE;

  return FALSE;
}

static gboolean
read_options (Importer *imp)
{
  TradeoffBlock *header = peek (imp);
  g_autoptr(GError) error = NULL;

  if (header == NULL || header->kind != TRADEOFF_BLOCK_ROW)
    {
      fail_at (imp, header != NULL ? header : g_ptr_array_index (imp->blocks, imp->next - 1),
               _("Expected the grid here: a table whose first row names the aspects’ column "
                 "and then each option, like “| Aspect | Django | Flask |”."));
      return FALSE;
    }

  imp->n_columns = g_strv_length (header->cells);
  if (!tradeoff_rules_check_n_options (imp->n_columns > 0 ? imp->n_columns - 1 : 0, &error))
    {
      _tradeoff_load_context_fail (imp->ctx, error->code, header->line, header->column,
                                  "%s", error->message);
      return FALSE;
    }

  for (guint i = 1; i < imp->n_columns; i++)
    if (*header->cells[i] == '\0')
      {
        fail_at (imp, header, _("The grid’s first row has an empty cell; expected the name "
                                "of an option in each cell after the first."));
        return FALSE;
      }

  /* The comparison's id names what it compares: "django-vs-flask". */
  {
    g_autofree char *names = g_strjoinv (" vs ", header->cells + 1);
    g_autofree char *id = make_id (imp, names, "comparison", 1);

    tradeoff_comparison_builder_set_text (imp->builder, "id", id);
  }

  for (guint i = 1; i < imp->n_columns; i++)
    {
      g_autofree char *id = NULL;
      g_autofree char *verdict = NULL;

      id = make_id (imp, header->cells[i], "option", i);
      /* Translators: the verdict of an imported comparison; %s is an option */
      verdict = g_strdup_printf (_("%s leads on what you ticked."), header->cells[i]);
      tradeoff_comparison_builder_add_option (imp->builder, id, header->cells[i], verdict);
    }

  tradeoff_comparison_builder_set_text (imp->builder, "aspect-heading", header->cells[0]);
  imp->next++;
  return TRUE;
}

static gboolean
read_aspects (Importer *imp)
{
  TradeoffBlock *row;

  while ((row = peek (imp)) != NULL && row->kind == TRADEOFF_BLOCK_ROW)
    {
      g_autofree char *id = NULL;
      guint aspect;

      if (g_strv_length (row->cells) != imp->n_columns)
        {
          g_autofree char *message =
            g_strdup_printf (_("This row of the grid has %u cells; expected %u, as in its "
                               "first row."),
                             g_strv_length (row->cells), imp->n_columns);

          fail_at (imp, row, message);
          return FALSE;
        }
      if (has_empty_cell (row))
        {
          fail_at (imp, row, _("This row of the grid has an empty cell; expected the aspect "
                               "in the first cell and a value for each option."));
          return FALSE;
        }

      id = make_id (imp, row->cells[0], "aspect", imp->next);
      aspect = tradeoff_comparison_builder_add_aspect (imp->builder, id, row->cells[0]);
      for (guint i = 1; i < imp->n_columns; i++)
        tradeoff_comparison_builder_set_value (imp->builder, aspect, i - 1, row->cells[i]);
      imp->next++;
    }

  return TRUE;
}

/* Where the page has headings after the FAQ's, its questions are those;
 * a page of lines asks with a "?" at the end. */
static gboolean
questions_are_headings (Importer *imp)
{
  for (guint i = imp->next; i < imp->blocks->len; i++)
    if (((TradeoffBlock *)g_ptr_array_index (imp->blocks, i))->kind == TRADEOFF_BLOCK_HEADING)
      return TRUE;

  return FALSE;
}

static gboolean
is_question (TradeoffBlock *block,
             gboolean       headings)
{
  if (headings)
    return block->kind == TRADEOFF_BLOCK_HEADING;

  return block->kind == TRADEOFF_BLOCK_PARAGRAPH && g_str_has_suffix (block->text, "?");
}

static gboolean
read_faq (Importer *imp)
{
  TradeoffBlock *heading = peek (imp);
  gboolean headings;
  guint n = 0;

  if (!is_heading_called (heading, FAQ_HEADING))
    {
      fail_at (imp, heading != NULL ? heading : g_ptr_array_index (imp->blocks, imp->next - 1),
               heading != NULL
                 ? _("Expected a “Frequently Asked Questions” heading here, after the grid.")
                 : _("Expected a “Frequently Asked Questions” heading after the grid, which ends "
                     "here; the page ends first."));
      return FALSE;
    }
  tradeoff_comparison_builder_set_text (imp->builder, "faq-heading", heading->text);
  imp->next++;
  headings = questions_are_headings (imp);

  while (peek (imp) != NULL)
    {
      TradeoffBlock *question = peek (imp);
      g_autoptr(GPtrArray) answer = g_ptr_array_new ();
      g_autofree char *answer_text = NULL;
      g_autofree char *id = NULL;

      if (!is_question (question, headings))
        {
          fail_at (imp, question, headings
                   ? _("Expected a question here, as a heading, with its answer after it.")
                   : _("Expected a question here, on a line that ends with “?”, with its "
                       "answer on the lines after it."));
          return FALSE;
        }

      /* In plain text the line after a question starts its answer, even if
       * it asks something back. */
      for (imp->next++;
           peek (imp) != NULL &&
           ((!headings && answer->len == 0 && peek (imp)->kind != TRADEOFF_BLOCK_ROW) ||
            !is_question (peek (imp), headings));
           imp->next++)
        g_ptr_array_add (answer, peek (imp)->text);

      if (answer->len == 0)
        {
          fail_at (imp, question, _("Expected the answer to this question after it."));
          return FALSE;
        }

      g_ptr_array_add (answer, NULL);
      answer_text = g_strjoinv ("\n\n", (char **)answer->pdata);
      id = make_id (imp, question->text, "question", ++n);
      tradeoff_comparison_builder_add_faq_entry (imp->builder, id, question->text, answer_text);
    }

  if (n == 0)
    {
      fail_at (imp, heading, _("Expected questions and their answers after this heading."));
      return FALSE;
    }

  return TRUE;
}

static TradeoffComparison *
import_blocks (TradeoffLoadContext *ctx,
               GPtrArray           *blocks)
{
  g_autoptr(TradeoffComparisonBuilder) builder = tradeoff_comparison_builder_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  TradeoffComparison *comparison;
  Importer imp = {
    .ctx = ctx,
    .blocks = blocks,
    .builder = builder,
    .ids = ids,
  };

  if (blocks->len == 0)
    {
      _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_EMPTY, 0, 0,
                                  _("The page has no text; expected a comparison guide: a "
                                    "title, an introduction, a “Quick Comparison” table and "
                                    "“Frequently Asked Questions” with their answers."));
      return NULL;
    }

  if (!read_header (&imp) || !read_options (&imp) || !read_aspects (&imp) || !read_faq (&imp))
    return NULL;

  tradeoff_comparison_builder_set_text (builder, "display-name", ctx->display_name);
  tradeoff_comparison_builder_set_text (builder, "tie-verdict",
                                        _("The options are level on what you ticked."));
  tradeoff_comparison_builder_set_text (builder, "none-verdict",
                                        _("Add criteria and tick what matters to you, and the "
                                          "advice will follow."));

  comparison = tradeoff_comparison_builder_build (builder, &error);
  if (comparison == NULL)
    _tradeoff_load_context_fail (ctx, error->code, 0, 0, "%s", error->message);

  return comparison;
}

/* The first byte that is not text, or %NULL: a NUL, a control character
 * other than white space, or what is not UTF-8. */
static const char *
find_binary (const char *data,
             gsize       length)
{
  const char *end;
  gboolean valid = g_utf8_validate_len (data, length, &end);

  /* Whichever comes first: a control character, or where UTF-8 stops. */
  for (const char *p = data; p < end; p++)
    if ((guchar)*p < ' ' && !g_ascii_isspace (*p))
      return p;

  return valid ? NULL : end;
}

static TradeoffImportFormat
guess_format (const char *display_name,
              const char *data)
{
  g_autofree char *name = g_ascii_strdown (display_name, -1);
  const char *start = data + strspn (data, " \t\r\n");

  if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm") ||
      g_str_has_suffix (name, ".xhtml"))
    return TRADEOFF_IMPORT_FORMAT_HTML;
  if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"))
    return TRADEOFF_IMPORT_FORMAT_MARKDOWN;
  if (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".text"))
    return TRADEOFF_IMPORT_FORMAT_TEXT;

  if (*start == '<')
    return TRADEOFF_IMPORT_FORMAT_HTML;
  if (*start == '#' || strstr (data, "\n#") != NULL)
    return TRADEOFF_IMPORT_FORMAT_MARKDOWN;

  return TRADEOFF_IMPORT_FORMAT_TEXT;
}

TradeoffComparison *
tradeoff_import_bytes (GBytes                *bytes,
                       const char            *display_name,
                       TradeoffImportFormat   format,
                       GError               **error)
{
  TradeoffLoadContext ctx = { 0 };
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *text = NULL;
  TradeoffComparison *comparison = NULL;
  const char *data;
  const char *bad;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ctx.display_name = display_name != NULL ? display_name : _("(unnamed)");
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  /* A byte-order mark says only that the page is UTF-8. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  ctx.data = data;
  ctx.length = length;

  if (length > TRADEOFF_IMPORT_MAX_SIZE)
    _tradeoff_load_context_fail (&ctx, TRADEOFF_LOADER_ERROR_TOO_LARGE, 0, 0,
                                _("The page is larger than %d MiB, the most a page to import "
                                  "may be."),
                                TRADEOFF_IMPORT_MAX_SIZE / (1024 * 1024));
  else if ((bad = find_binary (data, length)) != NULL)
    {
      gsize offset = bad - data;
      const char *line_start = data;
      int line = 1;

      for (const char *p = data; p < bad; p++)
        if (*p == '\n')
          line++, line_start = p + 1;

      _tradeoff_load_context_fail (&ctx, TRADEOFF_LOADER_ERROR_ENCODING, line,
                                  (int)(offset - (line_start - data)) + 1,
                                  _("This is not text (byte 0x%02X); expected a guide page as "
                                    "UTF-8 plain text, Markdown or HTML."),
                                  (guint)(guchar)*bad);
    }
  else
    {
      /* The readers want a string. */
      text = g_strndup (data, length);
      ctx.data = text;

      if (format == TRADEOFF_IMPORT_FORMAT_AUTO)
        format = guess_format (ctx.display_name, text);

      if (format == TRADEOFF_IMPORT_FORMAT_HTML)
        blocks = _tradeoff_import_read_html (&ctx);
      else
        blocks = _tradeoff_import_read_text (&ctx, format == TRADEOFF_IMPORT_FORMAT_MARKDOWN);

      if (blocks != NULL)
        comparison = import_blocks (&ctx, blocks);
    }

  if (_tradeoff_load_context_failed (&ctx))
    {
      g_propagate_error (error, g_steal_pointer (&ctx.error));
      g_clear_object (&comparison);
    }
  _tradeoff_load_context_clear (&ctx);

  return comparison;
}

TradeoffComparison *
tradeoff_import_file (GFile                 *file,
                      TradeoffImportFormat   format,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_is_native (file) ? g_file_get_path (file) : g_file_get_basename (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_FOUND,
                     _("%s: There is no such file."), display_name);
      else
        g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_IO,
                     _("%s: Could not read the file: %s"), display_name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_NOT_REGULAR,
                   _("%s: This is not a regular file."), display_name);
      return NULL;
    }

  /* Refused before it is read. */
  if (g_file_info_get_size (info) > TRADEOFF_IMPORT_MAX_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("The page is larger than %d MiB, the most a page to import may be."),
                         TRADEOFF_IMPORT_MAX_SIZE / (1024 * 1024));

      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_TOO_LARGE,
                   "%s: %s", display_name, message);
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_IO,
                   _("%s: Could not read the file: %s"), display_name, local_error->message);
      return NULL;
    }

  return tradeoff_import_bytes (bytes, display_name, format, error);
}
