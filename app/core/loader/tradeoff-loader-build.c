/* tradeoff-loader-build.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The second half of the loader: walks a tree that already matches
 * comparison.rng and builds the comparison from it, checking what a schema
 * cannot: ids are unique, every reference names something that exists, each
 * aspect has one value and each option one verdict, there are 2 to 8
 * options.  The first problem stops the walk; the caller then throws away
 * what was built, so nothing half-loaded ever escapes.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-comparison-private.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader-private.h"


typedef struct
{
  TradeoffLoadContext *ctx;
  TradeoffComparison  *comparison;
  /* Where every item's texts go, ids included. */
  TradeoffTexts       *texts;
  /* id → line where it was first used, across every kind of item; the
   * keys are in @texts */
  GHashTable          *ids;
  guint                n_options;
  /* The file's gettext-domain="…", or %NULL: its texts are then shown as
   * written. */
  const char          *domain;
} Builder;

/* Fails at @node (its attribute @attribute if not %NULL) with a rule's
 * error, so the loader says what the rules say; takes @error. */
static void
fail_with (TradeoffLoadContext *ctx,
           xmlNode             *node,
           const char          *attribute,
           GError              *error)
{
  _tradeoff_load_context_fail_at (ctx, error->code, node, attribute, "%s", error->message);
  g_error_free (error);
}

#define BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* The top bit of each byte of the result is set exactly where @x has a
 * byte below ' ' (a control character: all white space but ' ' itself).
 * No byte carries into the next: (x & 0x7f) + 0x60 is at most 0xdf. */
static inline guint64
bytes_below_space (guint64 x)
{
  return ~(((x & BYTES (0x7f)) + BYTES (0x60)) | x) & BYTES (0x80);
}

/* The same, exactly where @x has a ' '. */
static inline guint64
bytes_space (guint64 x)
{
  guint64 y = x ^ BYTES (' ');

  return ~(((y & BYTES (0x7f)) + BYTES (0x7f)) | y) & BYTES (0x80);
}

/* The first place at or after @p where normalizing may change something,
 * or @end: a control character (all white space but ' ' is one), or a
 * ' ' followed by ' ', a control character or the end.  Most text is
 * words between single spaces, so this mostly skips eight bytes at a time,
 * comparing each byte with the next. */
static const char *
find_change (const char *p,
             const char *end)
{
  while (end - p >= 9)
    {
      guint64 x;
      guint64 next;
      guint64 found;

      memcpy (&x, p, sizeof x);
      memcpy (&next, p + 1, sizeof next);
      x = GUINT64_FROM_LE (x);
      next = GUINT64_FROM_LE (next);
      found = bytes_below_space (x) |
              (bytes_space (x) & (bytes_space (next) | bytes_below_space (next)));
      if (found != 0)
        return p + __builtin_ctzll (found) / 8;
      p += 8;
    }

  for (; p < end; p++)
    if ((guchar)*p < ' ' || (*p == ' ' && (p + 1 == end || (guchar)p[1] <= ' ')))
      return p;

  return p;
}

/* Writes the @length bytes at @text to @out, normalized, and ends them with
 * a NUL; returns where that NUL is.  The result is never longer than the
 * input (a run of white space becomes at most as many bytes), so @out needs
 * room for @length + 1 bytes.  This is the loader's hottest loop: most
 * text is words between single spaces, which stays as it is and is copied
 * a whole stretch at a time. */
static char *
normalize_into (char       *out,
                const char *text,
                gsize       length)
{
  const char *p = text;
  const char *end = text + length;
  const char *stretch;
  char *o = out;

  /* White space at either end is dropped. */
  while (p < end && g_ascii_isspace (*p))
    p++;
  stretch = p;

  while ((p = find_change (p, end)) < end)
    {
      guint newlines = 0;

      if (!g_ascii_isspace (*p) ||
          (*p == ' ' && p + 1 < end && !g_ascii_isspace (p[1])))
        {
          p++;
          continue;
        }

      memcpy (o, stretch, p - stretch);
      o += p - stretch;

      for (; p < end && g_ascii_isspace (*p); p++)
        newlines += (*p == '\n');

      if (p < end)
        {
          if (newlines >= 2)
            *o++ = '\n';
          *o++ = newlines >= 2 ? '\n' : ' ';
        }
      stretch = p;
    }

  memcpy (o, stretch, p - stretch);
  o += p - stretch;
  *o = '\0';

  return o;
}

char *
_tradeoff_normalize_text (const char *text)
{
  gsize length = strlen (text);
  char *out = g_malloc (length + 1);

  normalize_into (out, text, length);
  return out;
}

/* @text normalized and kept with the comparison's texts; %NULL if nothing
 * is left of it. */
static const char *
add_normalized (Builder    *b,
                const char *text)
{
  gsize length = strlen (text);
  char *out = _tradeoff_texts_reserve (b->texts, length + 1);
  char *end = normalize_into (out, text, length);

  if (end == out)
    return NULL;

  _tradeoff_texts_commit (b->texts, end + 1);
  return out;
}

/* The text of @node's only child, if that is a text node, else %NULL.
 * Almost every text element and attribute holds just that: it is read in
 * place rather than have libxml2 copy it first. */
static const char *
single_text (xmlNode *children)
{
  if (children != NULL && children->next == NULL && children->type == XML_TEXT_NODE)
    return (const char *)children->content;

  return NULL;
}

static xmlNode *
next_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node != NULL && g_strcmp0 ((const char *)node->name, name) == 0;
}

/* The first child element called @name, or %NULL. */
static xmlNode *
child_named (xmlNode    *parent,
             const char *name)
{
  for (xmlNode *child = next_element (parent->children);
       child != NULL;
       child = next_element (child->next))
    if (is_named (child, name))
      return child;

  return NULL;
}

/* The attribute's value, or %NULL if @node has none; it lasts as long as
 * the tree (or the comparison's texts).  Like xmlGetProp(), without the
 * copy. */
static const char *
get_attribute (Builder    *b,
               xmlNode    *node,
               const char *name)
{
  xmlAttr *attr = xmlHasProp (node, (const xmlChar *)name);
  const char *value;
  xmlChar *joined;

  if (attr == NULL)
    return NULL;
  if (attr->children == NULL)
    return "";
  if ((value = single_text (attr->children)) != NULL)
    return value;

  joined = xmlNodeListGetString (node->doc, attr->children, 1);
  value = _tradeoff_texts_add (b->texts, joined != NULL ? (const char *)joined : "");
  xmlFree (joined);
  return value;
}

/* The text as shown in the file's gettext domain, taking @text, the text
 * of @element.
 *
 * The msgid is the text as xgettext extracts it with the ITS rules in
 * data/its/: white space normalized to single spaces, so a paragraph break
 * is looked up as one space.  A translation is normalized like the file's
 * own text, so a translator can write a paragraph break as a blank line.
 * Without a translation the text stays exactly as the file has it. */
static const char *
translate (Builder    *b,
           const char *element,
           const char *text)
{
  g_auto(GStrv) paragraphs = NULL;
  g_autofree char *msgid = NULL;
  const char *translation;
  const char *found;

  if (text == NULL || b->domain == NULL)
    return text;

  /* A normalized text holds line breaks only as "\n\n" between paragraphs. */
  paragraphs = g_strsplit (text, "\n\n", -1);
  msgid = g_strjoinv (" ", paragraphs);

  found = g_dgettext (b->domain, msgid);
  if (strcmp (found, msgid) == 0)
    return text;

  /* A catalogue is trusted no more than the file: one the window could
   * not show in time is not used. */
  translation = add_normalized (b, found);
  if (translation == NULL || !tradeoff_rules_check_shown_text (element, translation, NULL))
    return text;

  return translation;
}

/* Whether a window can show @text in time, and a person see it (see
 * tradeoff-loader-words.c); if not, fails at @node (at its @attribute if
 * not %NULL), saying why. */
static gboolean
check_words (Builder    *b,
             xmlNode    *node,
             const char *attribute,
             const char *text)
{
  GError *error = NULL;

  /* A heading is held to its element's limit, as the builder holds it. */
  if (tradeoff_rules_check_shown_text ((const char *)node->name, text, &error))
    return TRUE;

  fail_with (b->ctx, node, attribute, error);
  return FALSE;
}

/* The element's text, normalized; an error if nothing is left of it, or
 * if it cannot be shown. */
static const char *
get_plain_text (Builder *b,
                xmlNode *node)
{
  const char *in_place = single_text (node->children);
  const char *text;

  if (in_place != NULL)
    text = add_normalized (b, in_place);
  else
    {
      xmlChar *raw = xmlNodeGetContent (node);

      text = add_normalized (b, raw != NULL ? (const char *)raw : "");
      xmlFree (raw);
    }

  if (text == NULL)
    {
      GError *error = NULL;

      tradeoff_rules_check_text ((const char *)node->name, "", &error);
      fail_with (b->ctx, node, NULL, error);
    }
  else if (!check_words (b, node, NULL, text))
    return NULL;

  return text;
}

/* The element's text, normalized and translated; an error if nothing is
 * left of it. */
static const char *
get_text (Builder *b,
          xmlNode *node)
{
  return translate (b, (const char *)node->name, get_plain_text (b, node));
}

/* Optional elements and attributes are simply absent; the schema has
 * already made sure a present one is in the right place. */
static gboolean
set_optional_text (Builder                *b,
                   xmlNode                *parent,
                   const char             *name,
                   TradeoffComparisonText  which)
{
  xmlNode *node = child_named (parent, name);
  const char *text;

  if (node == NULL)
    return TRUE;

  /* A date is data, not prose: comparison.its does not extract it either. */
  if (which == TRADEOFF_COMPARISON_UPDATED)
    text = get_plain_text (b, node);
  else
    text = get_text (b, node);
  _tradeoff_comparison_set_text (b->comparison, which, text);
  return text != NULL;
}

static void
set_optional_attribute (Builder                *b,
                        xmlNode                *node,
                        const char             *name,
                        TradeoffComparisonText  which)
{
  const char *raw = node != NULL ? get_attribute (b, node, name) : NULL;
  const char *text = raw != NULL ? add_normalized (b, raw) : NULL;

  if (text == NULL || !check_words (b, node, name, text))
    return;

  _tradeoff_comparison_set_text (b->comparison, which,
                                 translate (b, (const char *)node->name, text));
}

/* Reads the node's id and makes sure no other item has it; the id is kept
 * with the comparison's texts. */
static const char *
claim_id (Builder *b,
          xmlNode *node)
{
  const char *written = get_attribute (b, node, "id");
  const char *id;
  gpointer first_line;

  /* Every item has an id: a cancelled load stops at the next one. */
  if (_tradeoff_load_context_cancelled (b->ctx))
    return NULL;

  if (g_hash_table_lookup_extended (b->ids, written, NULL, &first_line))
    {
      _tradeoff_load_context_fail_at (b->ctx, TRADEOFF_LOADER_ERROR_DUPLICATE_ID, node, "id",
                                     _("The id “%s” is already used on line %d; every "
                                       "id must be different."),
                                     written, GPOINTER_TO_INT (first_line));
      return NULL;
    }

  id = _tradeoff_texts_add (b->texts, written);
  g_hash_table_insert (b->ids, (gpointer)id,
                       GINT_TO_POINTER (_tradeoff_load_context_line_of (b->ctx, node)));
  return id;
}

/* The option named by the node's option="…" attribute. */
static TradeoffOption *
lookup_option (Builder *b,
               xmlNode *node)
{
  const char *id = get_attribute (b, node, "option");
  TradeoffOption *option = tradeoff_comparison_find_option (b->comparison, id);

  if (option == NULL)
    {
      g_autofree const char **known = g_new0 (const char *, b->n_options + 1);
      GError *error = NULL;

      for (guint i = 0; i < b->n_options; i++)
        known[i] = tradeoff_option_get_id (tradeoff_comparison_get_option (b->comparison, i));

      tradeoff_rules_set_unknown_option (&error, id, known);
      fail_with (b->ctx, node, "option", error);
    }

  return option;
}

static gboolean
build_options (Builder *b,
               xmlNode *options)
{
  for (xmlNode *node = next_element (options->children);
       node != NULL;
       node = next_element (node->next))
    {
      const char *id = claim_id (b, node);
      const char *name = id != NULL ? get_text (b, child_named (node, "name")) : NULL;
      g_autoptr(TradeoffOption) option = NULL;

      if (name == NULL)
        return FALSE;

      /* Counted as they come, so a file with thousands of options stops at
       * the ninth instead of building them all. */
      if (b->n_options == TRADEOFF_MAX_OPTIONS)
        break;

      option = _tradeoff_option_new_in (b->texts, id, name, b->n_options++);
      _tradeoff_comparison_add_option (b->comparison, option);
    }

  {
    GError *error = NULL;

    if (!tradeoff_rules_check_n_options (xmlChildElementCount (options), &error))
      {
        fail_with (b->ctx, options, NULL, error);
        return FALSE;
      }
  }

  return TRUE;
}

static gboolean
build_aspect (Builder *b,
              xmlNode *node)
{
  const char *id = claim_id (b, node);
  const char *label = id != NULL ? get_text (b, child_named (node, "label")) : NULL;
  g_autofree const char **values = g_new0 (const char *, b->n_options);
  g_autoptr(TradeoffAspect) aspect = NULL;

  if (label == NULL)
    return FALSE;

  for (xmlNode *value = next_element (node->children);
       value != NULL;
       value = next_element (value->next))
    {
      TradeoffOption *option;
      guint index;
      const char *text;

      if (!is_named (value, "value"))
        continue;

      if ((option = lookup_option (b, value)) == NULL)
        return FALSE;

      index = tradeoff_option_get_index (option);
      if (values[index] != NULL)
        {
          _tradeoff_load_context_fail_at (b->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, value,
                                         "option",
                                         _("The aspect “%s” already has a value for “%s”."),
                                         id, tradeoff_option_get_id (option));
          return FALSE;
        }

      if ((text = get_text (b, value)) == NULL)
        return FALSE;
      values[index] = text;
    }

  for (guint i = 0; i < b->n_options; i++)
    if (values[i] == NULL)
      {
        _tradeoff_load_context_fail_at (b->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, node, NULL,
                                       _("The aspect “%s” has no value for the option “%s”."),
                                       id, tradeoff_option_get_id (
                                             tradeoff_comparison_get_option (b->comparison, i)));
        return FALSE;
      }

  aspect = _tradeoff_aspect_new_in (b->texts, id, label, values, b->n_options);
  _tradeoff_comparison_add_aspect (b->comparison, aspect);
  return TRUE;
}

static gboolean
build_faq (Builder *b,
           xmlNode *faq)
{
  guint index = 0;

  set_optional_attribute (b, faq, "heading", TRADEOFF_COMPARISON_FAQ_HEADING);

  for (xmlNode *node = next_element (faq->children);
       node != NULL;
       node = next_element (node->next))
    {
      const char *id = claim_id (b, node);
      const char *question = id != NULL ? get_text (b, child_named (node, "question")) : NULL;
      const char *answer = question != NULL ? get_text (b, child_named (node, "answer")) : NULL;
      g_autoptr(TradeoffFaqEntry) entry = NULL;

      if (answer == NULL)
        return FALSE;

      entry = _tradeoff_faq_entry_new_in (b->texts, id, question, answer, index++);
      _tradeoff_comparison_add_faq_entry (b->comparison, entry);
    }

  return TRUE;
}

gboolean
_tradeoff_loader_read_weight (TradeoffLoadContext *ctx,
                             xmlNode             *node,
                             TradeoffLoaderError  code,
                             int                 *weight)
{
  const char *in_place = single_text (node->children);
  xmlChar *raw = in_place == NULL ? xmlNodeGetContent (node) : NULL;
  g_autofree char *text = g_strdup (in_place != NULL ? in_place : (const char *)raw);
  GError *error = NULL;

  xmlFree (raw);

  if (!tradeoff_rules_parse_weight (text, weight, &error))
    {
      /* The schema's explanation reports it as a schema error. */
      error->code = code;
      fail_with (ctx, node, NULL, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_weights (Builder    *b,
              xmlNode    *criterion,
              const char *id,
              int        *weights)
{
  g_autofree gboolean *seen = g_new0 (gboolean, b->n_options);

  for (xmlNode *node = next_element (criterion->children);
       node != NULL;
       node = next_element (node->next))
    {
      TradeoffOption *option;
      guint index;

      if (!is_named (node, "weight"))
        continue;

      if ((option = lookup_option (b, node)) == NULL)
        return FALSE;

      index = tradeoff_option_get_index (option);
      if (seen[index])
        {
          _tradeoff_load_context_fail_at (b->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, node,
                                         "option",
                                         _("The criterion “%s” already has a weight for “%s”."),
                                         id, tradeoff_option_get_id (option));
          return FALSE;
        }
      seen[index] = TRUE;

      if (!_tradeoff_loader_read_weight (b->ctx, node, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                                        &weights[index]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
build_criterion (Builder                *b,
                 TradeoffCriterionGroup *group,
                 xmlNode                *node)
{
  const char *id = claim_id (b, node);
  const char *source_id = get_attribute (b, node, "source");
  const char *label;
  const char *rationale;
  g_autofree int *weights = g_new0 (int, b->n_options);
  g_autoptr(TradeoffCriterion) criterion = NULL;
  TradeoffFaqEntry *source = NULL;

  if (id == NULL)
    return FALSE;

  if (source_id != NULL &&
      (source = tradeoff_comparison_find_faq_entry (b->comparison, source_id)) == NULL)
    {
      GError *error = NULL;

      tradeoff_rules_set_unknown_source (&error, id, source_id);
      fail_with (b->ctx, node, "source", error);
      return FALSE;
    }

  if ((label = get_text (b, child_named (node, "label"))) == NULL ||
      (rationale = get_text (b, child_named (node, "rationale"))) == NULL ||
      !read_weights (b, node, id, weights))
    return FALSE;

  criterion = _tradeoff_criterion_new_in (b->texts, id, label, rationale, source, group,
                                         tradeoff_comparison_get_n_criteria (b->comparison),
                                         weights, b->n_options);
  _tradeoff_comparison_add_criterion (b->comparison, criterion);
  return TRUE;
}

static gboolean
build_criteria (Builder *b,
                xmlNode *criteria)
{
  guint index = 0;

  set_optional_attribute (b, criteria, "heading", TRADEOFF_COMPARISON_CRITERIA_HEADING);

  for (xmlNode *node = next_element (criteria->children);
       node != NULL;
       node = next_element (node->next))
    {
      const char *id = claim_id (b, node);
      const char *exclusive = get_attribute (b, node, "exclusive");
      const char *label = id != NULL ? get_text (b, child_named (node, "label")) : NULL;
      g_autoptr(TradeoffCriterionGroup) group = NULL;

      if (label == NULL)
        return FALSE;

      group = _tradeoff_criterion_group_new_in (b->texts, id, label,
                                               g_strcmp0 (exclusive, "true") == 0 ||
                                               g_strcmp0 (exclusive, "1") == 0,
                                               index++);
      _tradeoff_comparison_add_group (b->comparison, group);

      for (xmlNode *child = next_element (node->children);
           child != NULL;
           child = next_element (child->next))
        if (is_named (child, "criterion") && !build_criterion (b, group, child))
          return FALSE;
    }

  return TRUE;
}

static gboolean
build_verdicts (Builder *b,
                xmlNode *verdicts)
{
  g_autofree gboolean *seen = g_new0 (gboolean, b->n_options);

  for (xmlNode *node = next_element (verdicts->children);
       node != NULL;
       node = next_element (node->next))
    {
      const char *text = get_text (b, node);
      TradeoffOption *option;

      if (text == NULL)
        return FALSE;

      if (is_named (node, "tie"))
        _tradeoff_comparison_set_text (b->comparison, TRADEOFF_COMPARISON_TIE_VERDICT, text);
      else if (is_named (node, "none"))
        _tradeoff_comparison_set_text (b->comparison, TRADEOFF_COMPARISON_NONE_VERDICT, text);
      else if ((option = lookup_option (b, node)) == NULL)
        return FALSE;
      else if (seen[tradeoff_option_get_index (option)])
        {
          _tradeoff_load_context_fail_at (b->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, node,
                                         "option",
                                         _("There is already a verdict for the option “%s”."),
                                         tradeoff_option_get_id (option));
          return FALSE;
        }
      else
        {
          seen[tradeoff_option_get_index (option)] = TRUE;
          _tradeoff_option_set_verdict (option, text);
        }
    }

  for (guint i = 0; i < b->n_options; i++)
    if (!seen[i])
      {
        _tradeoff_load_context_fail_at (b->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, verdicts,
                                       NULL,
                                       _("There is no verdict for the option “%s”; add "
                                         "<verdict option=\"%s\">…</verdict>."),
                                       tradeoff_option_get_id (
                                         tradeoff_comparison_get_option (b->comparison, i)),
                                       tradeoff_option_get_id (
                                         tradeoff_comparison_get_option (b->comparison, i)));
        return FALSE;
      }

  return TRUE;
}

static gboolean
build_header (Builder *b,
              xmlNode *root)
{
  const char *id = get_attribute (b, root, "id");
  const char *title = get_text (b, child_named (root, "title"));

  _tradeoff_comparison_set_text (b->comparison, TRADEOFF_COMPARISON_ID, id);
  _tradeoff_comparison_set_text (b->comparison, TRADEOFF_COMPARISON_TITLE, title);
  _tradeoff_comparison_set_text (b->comparison, TRADEOFF_COMPARISON_DISPLAY_NAME,
                                b->ctx->display_name);

  return title != NULL &&
         set_optional_text (b, root, "byline", TRADEOFF_COMPARISON_BYLINE) &&
         set_optional_text (b, root, "updated", TRADEOFF_COMPARISON_UPDATED) &&
         set_optional_text (b, root, "intro", TRADEOFF_COMPARISON_INTRO);
}

static gboolean
build_aspects (Builder *b,
               xmlNode *aspects)
{
  set_optional_attribute (b, aspects, "heading", TRADEOFF_COMPARISON_GRID_HEADING);
  set_optional_attribute (b, aspects, "label", TRADEOFF_COMPARISON_ASPECT_HEADING);

  for (xmlNode *node = next_element (aspects->children);
       node != NULL;
       node = next_element (node->next))
    if (!build_aspect (b, node))
      return FALSE;

  return TRUE;
}

/* The first comment before the root element, as written: the writer puts
 * it back, so a file keeps its licence and description through a save. */
static void
set_preamble (Builder *b,
              xmlDoc  *doc)
{
  for (xmlNode *node = doc->children; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        return;

      if (node->type == XML_COMMENT_NODE && node->content != NULL)
        {
          _tradeoff_comparison_set_text (b->comparison, TRADEOFF_COMPARISON_PREAMBLE,
                                        (const char *)node->content);
          return;
        }
    }
}

TradeoffComparison *
_tradeoff_loader_build (TradeoffLoadContext *ctx,
                       xmlDoc              *doc)
{
  g_autoptr(TradeoffComparison) comparison = _tradeoff_comparison_new ();
  xmlNode *root = xmlDocGetRootElement (doc);
  Builder b = {
    .ctx = ctx,
    .comparison = comparison,
    .texts = _tradeoff_texts_new (),
    .ids = g_hash_table_new (g_str_hash, g_str_equal),
  };
  gboolean ok;

  /* The id and every other id stay as written: they are what settings,
   * --select and the window refer to, whatever the language. */
  b.domain = get_attribute (&b, root, "gettext-domain");
  _tradeoff_comparison_set_text (comparison, TRADEOFF_COMPARISON_GETTEXT_DOMAIN, b.domain);
  if (ctx->as_written)
    b.domain = NULL;
  set_preamble (&b, doc);

  /* The schema guarantees every element below exists and in this order. */
  ok = build_header (&b, root) &&
       build_options (&b, child_named (root, "options")) &&
       build_aspects (&b, child_named (root, "aspects")) &&
       build_faq (&b, child_named (root, "faq")) &&
       build_criteria (&b, child_named (root, "criteria")) &&
       build_verdicts (&b, child_named (root, "verdicts"));

  g_hash_table_unref (b.ids);
  /* The items hold on to the texts they use. */
  _tradeoff_texts_unref (b.texts);

  /* An optional attribute that failed does not stop the walk. */
  if (!ok || _tradeoff_load_context_failed (ctx))
    return NULL;

  _tradeoff_comparison_seal (comparison);
  return g_steal_pointer (&comparison);
}
