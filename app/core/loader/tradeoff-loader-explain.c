/* tradeoff-loader-explain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's RELAX NG validator knows that an element is wrong but often not
 * how to say it ("Element criterion failed to validate attributes",
 * "Expecting an element , got nothing", "Error validating datatype
 * integer").  When it reports an error on an element, this looks at that
 * element again with the format's rules in hand and, where it can, says
 * exactly what is wrong, pointing at the attribute or the element.  What it
 * cannot explain falls back to libxml2's own words.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader-private.h"


typedef struct
{
  const char *element;
  const char *attributes[4];   /* allowed, NULL-terminated */
  const char *children[4];     /* required, in order, NULL-terminated */
} ElementRule;

/* What comparison.rng says, restated for explaining.  Elements that hold
 * only text have no required children. */
static const ElementRule rules[] = {
  { "comparison", { "id", "version", "gettext-domain" }, { "title", "options", "aspects", "faq" } },
  { "options", { NULL }, { "option" } },
  { "option", { "id" }, { "name" } },
  { "aspects", { "heading", "label" }, { NULL } },
  { "aspect", { "id" }, { "label", "value" } },
  { "value", { "option" }, { NULL } },
  { "faq", { "heading" }, { NULL } },
  { "entry", { "id" }, { "question", "answer" } },
  { "criteria", { "heading" }, { NULL } },
  { "group", { "id", "exclusive" }, { "label", "criterion" } },
  { "criterion", { "id", "source" }, { "label", "rationale", "weight" } },
  { "weight", { "option" }, { NULL } },
  { "verdicts", { NULL }, { "verdict", "tie", "none" } },
  { "verdict", { "option" }, { NULL } },
  { "decision", { "status", "date" }, { NULL } },
  { "chosen", { "option" }, { NULL } },
  { "own-group", { "id" }, { "label" } },
  { "own-criterion", { "id", "group" }, { "label", "weight" } },
  { "level", { "criterion" }, { NULL } },
};

static const char * const text_elements[] = {
  "title", "byline", "updated", "intro", "name", "label", "value", "question",
  "answer", "rationale", "weight", "verdict", "tie", "none",
  "deciders", "reason", "note", "level",
};

static const ElementRule *
find_rule (xmlNode *node)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp ((const char *)node->name, rules[i].element) == 0)
      return &rules[i];

  return NULL;
}

static gboolean
is_text_element (xmlNode *node)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_elements); i++)
    if (strcmp ((const char *)node->name, text_elements[i]) == 0)
      return TRUE;

  return FALSE;
}


static gboolean
explain_attribute (TradeoffLoadContext *ctx,
                   xmlNode             *node,
                   const ElementRule   *rule,
                   xmlAttr             *attr)
{
  const char *name = (const char *)attr->name;
  xmlChar *raw = xmlNodeGetContent ((xmlNode *)attr);
  g_autofree char *value = g_strdup ((const char *)raw);
  /* What the messages quote of it. */
  g_autofree char *excerpt = _tradeoff_load_context_excerpt (value);
  gboolean allowed = FALSE;

  xmlFree (raw);

  for (guint i = 0; i < G_N_ELEMENTS (rule->attributes) && rule->attributes[i] != NULL; i++)
    allowed |= strcmp (name, rule->attributes[i]) == 0;

  if (!allowed || attr->ns != NULL)
    _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, name,
                                   _("The <%s> element has no attribute “%s”."),
                                   (const char *)node->name, name);
  else if ((strcmp (name, "id") == 0 || strcmp (name, "option") == 0 ||
            strcmp (name, "source") == 0 || strcmp (name, "gettext-domain") == 0) &&
           !tradeoff_rules_check_id (value, NULL))
    {
      g_autoptr(GError) error = NULL;

      tradeoff_rules_check_id (value, &error);
      _tradeoff_load_context_fail_at (ctx, error->code, node, name, "%s", error->message);
    }
  else if (strcmp (name, "exclusive") == 0 &&
           strcmp (value, "true") != 0 && strcmp (value, "false") != 0)
    _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, name,
                                   _("exclusive=\"%s\" must be \"true\" or \"false\"."), excerpt);
  else if (strcmp (name, "version") == 0 && strcmp (value, "1") != 0)
    _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, name,
                                   _("This file is in version “%s” of the format; this "
                                     "Tradeoff reads version 1."),
                                   excerpt);
  else
    return FALSE;

  return TRUE;
}

static gboolean
explain_attributes (TradeoffLoadContext *ctx,
                    xmlNode             *node,
                    const ElementRule   *rule)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (explain_attribute (ctx, node, rule, attr))
      return TRUE;

  if (rule->attributes[0] != NULL && strcmp (rule->attributes[0], "heading") != 0 &&
      xmlHasProp (node, (const xmlChar *)rule->attributes[0]) == NULL)
    {
      _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                     _("The <%s> element needs a %s=\"…\" attribute."),
                                     (const char *)node->name, rule->attributes[0]);
      return TRUE;
    }

  return FALSE;
}

static gboolean
explain_text (TradeoffLoadContext *ctx,
              xmlNode             *node)
{
  xmlChar *raw;
  g_autofree char *text = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, child, NULL,
                                       _("The <%s> element may hold only text, not a <%s> "
                                         "element. To show “<” as text, write &lt;."),
                                       (const char *)node->name, (const char *)child->name);
        return TRUE;
      }

  raw = xmlNodeGetContent (node);
  text = g_strstrip (g_strdup ((const char *)raw));
  xmlFree (raw);

  if (*text == '\0')
    _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                   _("The <%s> element is empty; it needs some text."),
                                   (const char *)node->name);
  else if (strcmp ((const char *)node->name, "weight") == 0)
    {
      int unused;

      /* The same reading and words as the loader's own check. */
      return !_tradeoff_loader_read_weight (ctx, node, TRADEOFF_LOADER_ERROR_SCHEMA, &unused);
    }
  else if (strcmp ((const char *)node->name, "updated") == 0)
    {
      g_autofree char *excerpt = _tradeoff_load_context_excerpt (text);

      _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                     _("The date “%s” is not written YYYY-MM or YYYY-MM-DD."),
                                     excerpt);
    }
  else if (strcmp ((const char *)node->name, "level") == 0)
    {
      g_autofree char *excerpt = _tradeoff_load_context_excerpt (text);

      _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                     /* Translators: keep matters, a-lot and must:
                                      * they are what the file holds. */
                                     _("The level “%s” is not one of matters, a-lot or must."),
                                     excerpt);
    }
  else
    return FALSE;

  return TRUE;
}

static gboolean
has_child (xmlNode    *node,
           const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && strcmp ((const char *)child->name, name) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
explain_children (TradeoffLoadContext *ctx,
                  xmlNode             *node,
                  const ElementRule   *rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule->children) && rule->children[i] != NULL; i++)
    if (!has_child (node, rule->children[i]))
      {
        _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                       _("The <%s> element needs a <%s> element."),
                                       (const char *)node->name, rule->children[i]);
        return TRUE;
      }

  /* <comparison> needs more children than a rule holds. */
  if (strcmp ((const char *)node->name, "comparison") == 0)
    {
      static const char * const more[] = { "criteria", "verdicts" };

      for (guint i = 0; i < G_N_ELEMENTS (more); i++)
        if (!has_child (node, more[i]))
          {
            _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                           _("The <%s> element needs a <%s> element."),
                                           (const char *)node->name, more[i]);
            return TRUE;
          }
    }

  return FALSE;
}

static gboolean
is_day (const char *date)
{
  int y = 0, m = 0, d = 0;

  return strlen (date) == 10 && date[4] == '-' && date[7] == '-' &&
         sscanf (date, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y);
}

/* A decision's status and date, which the schema refuses in its own terms. */
static gboolean
explain_decision (TradeoffLoadContext *ctx,
                  xmlNode             *node)
{
  static const char * const statuses[] = {
    "proposed", "accepted", "rejected", "deprecated", "superseded"
  };
  xmlChar *status = xmlGetProp (node, (const xmlChar *) "status");
  xmlChar *date = xmlGetProp (node, (const xmlChar *) "date");
  gboolean known = FALSE;
  gboolean explained = TRUE;

  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (statuses); i++)
    known |= strcmp ((const char *) status, statuses[i]) == 0;

  if (status != NULL && !known)
    _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, "status",
                                   /* Translators: keep the five names: they are what
                                    * the file holds. */
                                   _("The status “%s” is not one of proposed, accepted, "
                                     "rejected, deprecated or superseded."),
                                   (const char *) status);
  else if (date != NULL && !is_day ((const char *) date))
    _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, "date",
                                   _("The date “%s” is not a day written YYYY-MM-DD."),
                                   (const char *) date);
  else
    explained = FALSE;

  xmlFree (status);
  xmlFree (date);
  return explained;
}

gboolean
_tradeoff_loader_explain (TradeoffLoadContext *ctx,
                         xmlNode             *node)
{
  const ElementRule *rule;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (node->ns != NULL)
    {
      g_autofree char *excerpt = _tradeoff_load_context_excerpt ((const char *)node->ns->href);

      _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_SCHEMA, node, NULL,
                                     _("The <%s> element is in the XML namespace “%s”; "
                                       "comparison files use no namespace."),
                                     (const char *)node->name, excerpt);
      return TRUE;
    }

  if (is_text_element (node) && explain_text (ctx, node))
    return TRUE;

  rule = find_rule (node);
  if (rule == NULL)
    return FALSE;

  if (strcmp ((const char *)node->name, "decision") == 0 && explain_decision (ctx, node))
    return TRUE;

  return explain_attributes (ctx, node, rule) || explain_children (ctx, node, rule);
}
