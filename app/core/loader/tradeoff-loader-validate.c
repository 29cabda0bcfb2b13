/* tradeoff-loader-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks a parsed tree against data/comparison.rng, in a way a cancelled
 * load can stop.  xmlRelaxNGValidateDoc() has no place to stop: on the
 * densest file it runs half a second, however soon the person gave up.
 * So the tree is walked here and handed to libxml2's push validation
 * (the one xmlTextReader streams with), element by element, with a look
 * at the cancellable every few hundred elements.  Elements whose content
 * the schema cannot express as a regular expression (the ones holding a
 * datatype's value: with the quick form below, a date or a level) are
 * checked whole, each on its own; they are small, since everything with
 * children in the format is streamable.
 *
 * Push validation words its errors differently from a whole-document
 * validation ("Did not expect element x there" where the whole one says
 * which element it expected), and the error messages are part of the
 * loader's promise.  So a tree the walk finds invalid is validated again
 * as a whole, for the message people have always got.  A valid file,
 * the one a load spends its time on, is validated once.
 *
 * The walk validates against the quick form of the schema, whose ids,
 * texts and weights are plain text, and checks those values itself
 * (tradeoff-loader-schema.c says why: the XML Schema datatypes were
 * four fifths of the time).  The whole validation is against the schema
 * as written, which stays the judge of every file the walk refuses.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-loader-private.h"

/* Elements validated between two looks at the cancellable.  The densest
 * valid file has 150,000; 256 of them take well under a millisecond. */
#define CANCEL_CHECK_EVERY 256

static guint n_whole_validations = 0;
static TradeoffLoaderValidateHook validate_hook = NULL;
static gpointer validate_hook_data = NULL;

guint
_tradeoff_loader_n_whole_validations (void)
{
  return g_atomic_int_get (&n_whole_validations);
}

void
_tradeoff_loader_set_validate_hook (TradeoffLoaderValidateHook hook,
                                    gpointer                   user_data)
{
  validate_hook = hook;
  validate_hook_data = user_data;
}

static void
on_schema_error (void     *user_data,
                 xmlError *error)
{
  TradeoffLoadContext *ctx = user_data;
  g_autofree char *message = NULL;
  xmlNode *node = error->node;

  /* The validator goes on after the first error; only the first counts. */
  if (_tradeoff_load_context_failed (ctx))
    return;

  message = g_strstrip (g_strdup (error->message != NULL ? error->message : _("unknown error")));

  /* libxml2 often says "Element x failed to validate attributes" with no
   * element, then names the element in its next message: wait for that. */
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    {
      if (ctx->unplaced_message == NULL)
        ctx->unplaced_message = g_steal_pointer (&message);
      return;
    }

  if (_tradeoff_loader_explain (ctx, node))
    return;

  _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                 _("This does not follow the comparison format: %s"),
                                 message);
}

/* The walk's errors are not the ones people get (see the top). */
static void
ignore_error (void     *user_data,
              xmlError *error)
{
}

/* Whether the load was given up; tells the test hook how far it got. */
static gboolean
stop_here (TradeoffLoadContext *ctx,
           guint                n_validated)
{
  if (validate_hook != NULL)
    validate_hook (n_validated, validate_hook_data);

  return _tradeoff_load_context_cancelled (ctx);
}

/* Pushes @node (an element, or text between elements) into @validator;
 * sets @descend if its children are to be pushed next. */
static gboolean
push_node (xmlRelaxNGValidCtxt *validator,
           xmlDoc              *doc,
           xmlNode             *node,
           gboolean            *descend)
{
  int result;

  *descend = FALSE;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    return xmlRelaxNGValidatePushCData (validator, node->content, -1) == 1;

  /* Comments inside the root and processing instructions never get this
   * far; anything else is left to the whole validation. */
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  result = xmlRelaxNGValidatePushElement (validator, doc, node);
  /* Not streamable: checked whole, children and all. */
  if (result == 0)
    return xmlRelaxNGValidateFullElement (validator, doc, node) == 1;
  if (result != 1)
    return FALSE;
  if (node->children != NULL)
    {
      *descend = TRUE;
      return TRUE;
    }

  return xmlRelaxNGValidatePopElement (validator, doc, node) == 1;
}

typedef enum
{
  WALK_VALID,
  WALK_INVALID,
  WALK_CANCELLED,
} WalkResult;

/* Walks the tree in document order, without recursion, through push
 * validation.  Stops at the first error, and when the load is given up. */
static WalkResult
walk (TradeoffLoadContext *ctx,
      xmlDoc              *doc)
{
  xmlRelaxNG *quick = _tradeoff_loader_quick_schema ();
  g_autoptr(xmlRelaxNGValidCtxt) validator = NULL;
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *node = root;
  guint n_validated = 0;

  validator = xmlRelaxNGNewValidCtxt (quick != NULL ? quick : _tradeoff_loader_schema ());
  if (validator == NULL || root == NULL)
    return WALK_INVALID;
  xmlRelaxNGSetValidStructuredErrors (validator, ignore_error, NULL);

  while (node != NULL)
    {
      gboolean descend;

      if (node->type == XML_ELEMENT_NODE && ++n_validated % CANCEL_CHECK_EVERY == 0 &&
          stop_here (ctx, n_validated))
        return WALK_CANCELLED;

      if (quick != NULL && node->type == XML_ELEMENT_NODE &&
          !_tradeoff_loader_schema_values_valid (node))
        return WALK_INVALID;
      if (!push_node (validator, doc, node, &descend))
        return WALK_INVALID;
      if (descend)
        {
          node = node->children;
          continue;
        }

      /* Up past every element whose last child this was, closing each. */
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          if (xmlRelaxNGValidatePopElement (validator, doc, node) != 1)
            return WALK_INVALID;
        }
      node = node != root ? node->next : NULL;
    }

  return WALK_VALID;
}

/* The whole document at once, for its error messages. */
static gboolean
validate_whole (TradeoffLoadContext *ctx,
                xmlDoc              *doc)
{
  g_autoptr(xmlRelaxNGValidCtxt) validator = NULL;
  int result;

  g_atomic_int_inc (&n_whole_validations);
  validator = xmlRelaxNGNewValidCtxt (_tradeoff_loader_schema ());
  xmlRelaxNGSetValidStructuredErrors (validator, on_schema_error, ctx);
  result = xmlRelaxNGValidateDoc (validator, doc);

  if (result != 0 && !_tradeoff_load_context_failed (ctx))
    {
      if (ctx->unplaced_message != NULL)
        _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, 0, 0,
                                    _("This does not follow the comparison format: %s"),
                                    ctx->unplaced_message);
      else
        _tradeoff_load_context_fail (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, 0, 0,
                                    _("This does not follow the comparison format."));
    }

  return result == 0;
}

gboolean
_tradeoff_loader_validate (TradeoffLoadContext *ctx,
                           xmlDoc              *doc)
{
  if (stop_here (ctx, 0))
    return FALSE;

  switch (walk (ctx, doc))
    {
    case WALK_VALID:
      return TRUE;
    case WALK_CANCELLED:
      return FALSE;
    case WALK_INVALID:
    default:
      break;
    }

  /* Invalid: once more as a whole, for the usual message.  The whole
   * validation stays the judge, as it always was. */
  return validate_whole (ctx, doc);
}
