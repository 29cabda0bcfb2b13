/* tradeoff-decision-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a decision file: the comparison loader reads the file, with all
 * its refusals of hostile input, and then hands this the <decision>
 * element with its context, so a wrong reference here is reported at its
 * FILE:LINE:COLUMN like any other.  The schema has checked the shape; this
 * checks what it cannot: references, unique ids, one level per criterion
 * and per exclusive group, real dates, and texts the window and the
 * reports can lay out in time (the comparison's rules, by kind).
 */

#define G_LOG_DOMAIN "tradeoff-decision"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-decision-private.h"
#include "tradeoff-loader-private.h"

typedef struct
{
  TradeoffLoadContext *ctx;
  TradeoffComparison *comparison;
  TradeoffDecisionState *state;
  /* Every id of the file, to keep own ids unique across it. */
  GHashTable *ids;
  /* Own group ids and own criterion ids to their group ids. */
  GHashTable *own_groups;
  GHashTable *own_criteria;
  /* Criterion ids with a level, and exclusive groups with a choice. */
  GHashTable *levelled;
  GHashTable *chosen_groups;
} Reader;

static xmlNode *
next_element (xmlNode *node)
{
  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->next;
  return node;
}

static gboolean
named (xmlNode    *node,
       const char *name)
{
  return strcmp ((const char *) node->name, name) == 0;
}

static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static char *
text_of (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = _tradeoff_normalize_text ((const char *) content);

  xmlFree (content);
  return text;
}

/* Sets @text to @node's text, normalized, if it keeps the rules a
 * comparison's texts of its kind keep (the element's name says which:
 * "deciders", "note", "reason", "label"): the record dialog, the reports
 * and the criterion rows lay these out as they lay out the comparison's.
 * Otherwise fails at @node, in the loader's words. */
static gboolean
read_text (Reader   *r,
           xmlNode  *node,
           char    **text)
{
  g_autofree char *normalized = text_of (node);
  GError *error = NULL;

  if (!tradeoff_rules_check_shown_text ((const char *) node->name, normalized, &error))
    {
      _tradeoff_load_context_fail_at (r->ctx, error->code, node, NULL, "%s", error->message);
      g_error_free (error);
      return FALSE;
    }

  g_free (*text);
  *text = g_steal_pointer (&normalized);
  return TRUE;
}

static xmlNode *
child (xmlNode    *parent,
       const char *name)
{
  for (xmlNode *node = next_element (parent->children); node != NULL; node = next_element (node->next))
    if (named (node, name))
      return node;

  return NULL;
}

static void
collect_ids (Reader *r)
{
  GListModel *lists[] = {
    tradeoff_comparison_get_options (r->comparison),
    tradeoff_comparison_get_aspects (r->comparison),
    tradeoff_comparison_get_faq (r->comparison),
    tradeoff_comparison_get_groups (r->comparison),
    tradeoff_comparison_get_criteria (r->comparison),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        char *id = NULL;

        g_object_get (item, "id", &id, NULL);
        g_hash_table_add (r->ids, id);
      }
}

static gboolean
claim_id (Reader     *r,
          xmlNode    *node,
          const char *id)
{
  if (g_hash_table_contains (r->ids, id))
    {
      _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_DUPLICATE_ID, node, "id",
                                     _("The id “%s” is already used in this file; every id must be unique."),
                                     id);
      return FALSE;
    }

  g_hash_table_add (r->ids, g_strdup (id));
  return TRUE;
}

static TradeoffCriterionGroup *
find_group (TradeoffComparison *comparison,
            const char         *id)
{
  GListModel *groups = tradeoff_comparison_get_groups (comparison);

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);

      if (g_strcmp0 (tradeoff_criterion_group_get_id (group), id) == 0)
        return group;
    }

  return NULL;
}

static gboolean
read_record (Reader  *r,
             xmlNode *decision)
{
  TradeoffDecisionFields *fields = &r->state->fields;
  g_autofree char *status = attribute (decision, "status");
  g_autofree char *date = attribute (decision, "date");
  xmlNode *node;

  /* The schema allows only the five names. */
  tradeoff_decision_status_from_nick (status, &fields->status);

  if (date != NULL)
    {
      int y = 0, m = 0, d = 0;

      if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
        {
          _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, decision, "date",
                                         _("The date “%s” is not a day of the calendar."), date);
          return FALSE;
        }
      fields->date = g_steal_pointer (&date);
    }

  if ((node = child (decision, "deciders")) != NULL &&
      !read_text (r, node, &fields->deciders))
    return FALSE;
  if ((node = child (decision, "note")) != NULL &&
      !read_text (r, node, &fields->note))
    return FALSE;

  if ((node = child (decision, "chosen")) != NULL)
    {
      g_autofree char *option = attribute (node, "option");
      xmlNode *reason = child (node, "reason");

      if (tradeoff_comparison_find_option (r->comparison, option) == NULL)
        {
          _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, node, "option",
                                         _("There is no option “%s” in this comparison."), option);
          return FALSE;
        }
      fields->chosen = g_steal_pointer (&option);
      if (reason != NULL && !read_text (r, reason, &fields->reason))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_own_group (Reader  *r,
                xmlNode *node)
{
  TradeoffOwnGroup *group;
  g_autofree char *id = attribute (node, "id");

  if (!claim_id (r, node, id))
    return FALSE;

  group = g_new0 (TradeoffOwnGroup, 1);
  group->id = g_strdup (id);
  g_ptr_array_add (r->state->own_groups, group);
  if (!read_text (r, child (node, "label"), &group->label))
    return FALSE;
  g_hash_table_insert (r->own_groups, g_steal_pointer (&id), GINT_TO_POINTER (FALSE));

  return TRUE;
}

static gboolean
read_own_weights (Reader               *r,
                  xmlNode              *node,
                  TradeoffOwnCriterion *own)
{
  gboolean seen[TRADEOFF_MAX_OPTIONS] = { FALSE };

  for (xmlNode *weight = next_element (node->children); weight != NULL; weight = next_element (weight->next))
    {
      g_autofree char *option_id = NULL;
      TradeoffOption *option;
      guint o;

      if (!named (weight, "weight"))
        continue;

      option_id = attribute (weight, "option");
      option = tradeoff_comparison_find_option (r->comparison, option_id);
      if (option == NULL)
        {
          _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, weight, "option",
                                         _("There is no option “%s” in this comparison."), option_id);
          return FALSE;
        }

      o = tradeoff_option_get_index (option);
      if (seen[o])
        {
          _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, weight, NULL,
                                         _("There are two weights for the option “%s”; keep one."),
                                         option_id);
          return FALSE;
        }
      seen[o] = TRUE;

      if (!_tradeoff_loader_read_weight (r->ctx, weight, TRADEOFF_LOADER_ERROR_INVALID_VALUE, &own->weights[o]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_own_criterion (Reader  *r,
                    xmlNode *node)
{
  g_autoptr(GPtrArray) holder = g_ptr_array_new_with_free_func ((GDestroyNotify) _tradeoff_own_criterion_free);
  TradeoffOwnCriterion *own = g_new0 (TradeoffOwnCriterion, 1);

  g_ptr_array_add (holder, own);
  own->id = attribute (node, "id");
  own->group = attribute (node, "group");

  if (!claim_id (r, node, own->id))
    return FALSE;

  if (find_group (r->comparison, own->group) == NULL &&
      !g_hash_table_contains (r->own_groups, own->group))
    {
      _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, node, "group",
                                     _("There is no group “%s” in this comparison or among your own."),
                                     own->group);
      return FALSE;
    }

  if (!read_text (r, child (node, "label"), &own->label) ||
      !read_own_weights (r, node, own))
    return FALSE;

  if (g_hash_table_contains (r->own_groups, own->group))
    g_hash_table_insert (r->own_groups, g_strdup (own->group), GINT_TO_POINTER (TRUE));
  g_hash_table_insert (r->own_criteria, g_strdup (own->id), g_strdup (own->group));
  g_ptr_array_add (r->state->own_criteria, g_ptr_array_steal_index (holder, 0));

  return TRUE;
}

/* The exclusive group @id is in, or %NULL: own criteria only join the
 * comparison's groups, and own groups are never exclusive. */
static const char *
exclusive_group_of (Reader     *r,
                    const char *id)
{
  TradeoffCriterion *criterion = tradeoff_comparison_find_criterion (r->comparison, id);
  TradeoffCriterionGroup *group;

  if (criterion != NULL)
    group = tradeoff_criterion_get_group (criterion);
  else
    group = find_group (r->comparison, g_hash_table_lookup (r->own_criteria, id));

  if (group == NULL || !tradeoff_criterion_group_get_exclusive (group))
    return NULL;

  return tradeoff_criterion_group_get_id (group);
}

static gboolean
read_level (Reader    *r,
            xmlNode   *node,
            GStrvBuilder *levels)
{
  g_autofree char *id = attribute (node, "criterion");
  g_autofree char *value = text_of (node);
  const char *group;

  if (tradeoff_comparison_find_criterion (r->comparison, id) == NULL &&
      !g_hash_table_contains (r->own_criteria, id))
    {
      _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, node, "criterion",
                                     _("There is no criterion “%s” in this comparison or among your own."),
                                     id);
      return FALSE;
    }

  if (!g_hash_table_add (r->levelled, g_strdup (id)))
    {
      _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, node, "criterion",
                                     _("The criterion “%s” has a level already; keep one."), id);
      return FALSE;
    }

  group = exclusive_group_of (r, id);
  if (group != NULL && !g_hash_table_add (r->chosen_groups, g_strdup (group)))
    {
      _tradeoff_load_context_fail_at (r->ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, node, "criterion",
                                     _("Only one choice of the group “%s” can have a level."), group);
      return FALSE;
    }

  if (g_str_equal (value, "matters"))
    g_strv_builder_add (levels, id);
  else
    {
      g_autofree char *with_level = g_strconcat (id, g_str_equal (value, "a-lot") ? ":2" : ":must", NULL);

      g_strv_builder_add (levels, with_level);
    }

  return TRUE;
}

static gboolean
read_decision (TradeoffLoadContext *ctx,
               xmlDoc              *doc,
               TradeoffComparison  *comparison,
               gpointer             user_data)
{
  Reader r = { ctx, comparison, user_data };
  xmlNode *decision = child (xmlDocGetRootElement (doc), "decision");
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  gboolean ok = TRUE;

  if (decision == NULL)
    return TRUE;

  r.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.own_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.own_criteria = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r.levelled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.chosen_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_ids (&r);

  ok = read_record (&r, decision);
  for (xmlNode *node = next_element (decision->children); ok && node != NULL; node = next_element (node->next))
    {
      if (named (node, "own-group"))
        ok = read_own_group (&r, node);
      else if (named (node, "own-criterion"))
        ok = read_own_criterion (&r, node);
      else if (named (node, "level"))
        ok = read_level (&r, node, levels);
    }

  /* An own group lives only as long as a criterion is in it. */
  if (ok)
    for (xmlNode *node = next_element (decision->children); node != NULL; node = next_element (node->next))
      {
        g_autofree char *id = named (node, "own-group") ? attribute (node, "id") : NULL;

        if (id != NULL && !GPOINTER_TO_INT (g_hash_table_lookup (r.own_groups, id)))
          {
            _tradeoff_load_context_fail_at (ctx, TRADEOFF_LOADER_ERROR_INVALID_VALUE, node, NULL,
                                           _("The group “%s” has no criterion of your own in it."), id);
            ok = FALSE;
            break;
          }
      }

  g_strfreev (r.state->levels);
  r.state->levels = g_strv_builder_end (levels);

  g_hash_table_unref (r.ids);
  g_hash_table_unref (r.own_groups);
  g_hash_table_unref (r.own_criteria);
  g_hash_table_unref (r.levelled);
  g_hash_table_unref (r.chosen_groups);

  return ok;
}

/* Cancelled, it stops where it is and fails with G_IO_ERROR_CANCELLED. */
static TradeoffDecision *
load_bytes (GBytes        *bytes,
            const char    *display_name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(TradeoffDecisionState) state = _tradeoff_decision_state_new ();
  g_autoptr(TradeoffComparison) comparison = NULL;
  g_autoptr(TradeoffComparison) source = NULL;
  g_autoptr(TradeoffDecision) decision = NULL;

  comparison = _tradeoff_loader_load (bytes, display_name, TRUE, read_decision, state,
                                      cancellable, error);
  if (comparison == NULL)
    return NULL;

  /* Translated texts are for showing; the file keeps them as written, so
   * that it opens in the reader's language wherever it goes. */
  if (tradeoff_comparison_get_gettext_domain (comparison) != NULL)
    {
      source = _tradeoff_loader_load (bytes, display_name, FALSE, NULL, NULL, cancellable, error);
      if (source == NULL)
        return NULL;
    }

  decision = tradeoff_decision_new (comparison);
  g_set_object (&decision->source, source);
  /* Everything in @state was checked against the comparison. */
  if (!_tradeoff_decision_apply_state (decision, state, error))
    return NULL;

  return g_steal_pointer (&decision);
}

TradeoffDecision *
tradeoff_decision_load_bytes (GBytes      *bytes,
                              const char  *display_name,
                              GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_bytes (bytes, display_name, NULL, error);
}

TradeoffDecision *
tradeoff_decision_load_file (GFile         *file,
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

  return load_bytes (bytes, display_name, cancellable, error);
}

TradeoffDecision *
tradeoff_decision_load_shipped (GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_uri (TRADEOFF_SHIPPED_COMPARISON_URI);

  return tradeoff_decision_load_file (file, NULL, error);
}
