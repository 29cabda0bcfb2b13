/* tradeoff-comparison-builder-build.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison from a builder: every rule the loader checks, in the
 * loader's order and words, then the items; or, for a keystroke, only
 * what changed since the comparison built before (reuse_clean()).
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-comparison-builder-private.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader.h"

/* Which items of the previous comparison a build shares: the items the
 * builder holds unchanged at the same place.  The previous comparison was
 * valid, so their texts need no checking again: only their ids, which
 * another item may have taken since. */
typedef struct
{
  TradeoffComparison *previous;
  gboolean           *options;
  gboolean           *aspects;
  gboolean           *faq;
  gboolean           *groups;
} Reuse;

static void
reuse_clear (Reuse *reuse)
{
  g_clear_pointer (&reuse->options, g_free);
  g_clear_pointer (&reuse->aspects, g_free);
  g_clear_pointer (&reuse->faq, g_free);
  g_clear_pointer (&reuse->groups, g_free);
}

static gboolean
same_aspect (AspectData     *data,
             TradeoffAspect *aspect)
{
  if (g_strcmp0 (data->id, tradeoff_aspect_get_id (aspect)) != 0 ||
      g_strcmp0 (data->label, tradeoff_aspect_get_label (aspect)) != 0 ||
      data->values->len != tradeoff_aspect_get_n_values (aspect))
    return FALSE;

  for (guint j = 0; j < data->values->len; j++)
    if (g_strcmp0 (g_ptr_array_index (data->values, j), tradeoff_aspect_get_value (aspect, j)) != 0)
      return FALSE;
  return TRUE;
}

/* The criterion is the same, and so is the FAQ entry it cites: shared. */
static gboolean
same_criterion (CriterionData     *data,
                TradeoffCriterion *criterion,
                guint              index,
                const Reuse       *reuse)
{
  TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);

  if (tradeoff_criterion_get_index (criterion) != index ||
      g_strcmp0 (data->id, tradeoff_criterion_get_id (criterion)) != 0 ||
      g_strcmp0 (data->label, tradeoff_criterion_get_label (criterion)) != 0 ||
      g_strcmp0 (data->rationale, tradeoff_criterion_get_rationale (criterion)) != 0 ||
      g_strcmp0 (data->source, source != NULL ? tradeoff_faq_entry_get_id (source) : NULL) != 0)
    return FALSE;

  if (source != NULL && !reuse->faq[tradeoff_faq_entry_get_index (source)])
    return FALSE;

  for (guint k = 0; k < data->weights->len; k++)
    if (g_array_index (data->weights, int, k) != tradeoff_criterion_get_weight (criterion, k))
      return FALSE;
  return TRUE;
}

/* A group is shared with all its criteria or not at all: each criterion
 * points at its group. */
static gboolean
same_group (GroupData              *data,
            TradeoffCriterionGroup *group,
            guint                   first_index,
            const Reuse            *reuse)
{
  GListModel *criteria = tradeoff_criterion_group_get_criteria (group);

  if (g_strcmp0 (data->id, tradeoff_criterion_group_get_id (group)) != 0 ||
      g_strcmp0 (data->label, tradeoff_criterion_group_get_label (group)) != 0 ||
      data->exclusive != tradeoff_criterion_group_get_exclusive (group) ||
      data->criteria->len != g_list_model_get_n_items (criteria))
    return FALSE;

  for (guint j = 0; j < data->criteria->len; j++)
    {
      g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, j);

      if (!same_criterion (g_ptr_array_index (data->criteria, j), criterion, first_index + j, reuse))
        return FALSE;
    }
  return TRUE;
}

static void
find_reusable (TradeoffComparisonBuilder *self,
               TradeoffComparison        *previous,
               Reuse                     *reuse)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (previous);
  GListModel *faq = tradeoff_comparison_get_faq (previous);
  GListModel *groups = tradeoff_comparison_get_groups (previous);
  guint n_options = tradeoff_comparison_get_n_options (previous);
  guint n_faq = g_list_model_get_n_items (faq);
  guint first = 0;

  reuse->previous = previous;
  reuse->options = g_new0 (gboolean, self->options->len);
  reuse->aspects = g_new0 (gboolean, self->aspects->len);
  /* Indexed by the previous entry's place, for same_criterion(). */
  reuse->faq = g_new0 (gboolean, MAX (self->faq->len, n_faq));
  reuse->groups = g_new0 (gboolean, self->groups->len);

  /* Options other than before change every value and weight. */
  if (n_options != self->options->len)
    return;

  for (guint i = 0; i < n_options; i++)
    {
      OptionData *data = g_ptr_array_index (self->options, i);
      TradeoffOption *option = tradeoff_comparison_get_option (previous, i);

      reuse->options[i] = g_strcmp0 (data->id, tradeoff_option_get_id (option)) == 0 &&
                          g_strcmp0 (data->name, tradeoff_option_get_name (option)) == 0 &&
                          g_strcmp0 (data->verdict, tradeoff_option_get_verdict (option)) == 0;
    }

  for (guint i = 0; i < MIN (self->aspects->len, g_list_model_get_n_items (aspects)); i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);

      reuse->aspects[i] = same_aspect (g_ptr_array_index (self->aspects, i), aspect);
    }

  for (guint i = 0; i < MIN (self->faq->len, n_faq); i++)
    {
      FaqData *data = g_ptr_array_index (self->faq, i);
      g_autoptr(TradeoffFaqEntry) entry = g_list_model_get_item (faq, i);

      reuse->faq[i] = g_strcmp0 (data->id, tradeoff_faq_entry_get_id (entry)) == 0 &&
                      g_strcmp0 (data->question, tradeoff_faq_entry_get_question (entry)) == 0 &&
                      g_strcmp0 (data->answer, tradeoff_faq_entry_get_answer (entry)) == 0;
    }

  for (guint i = 0; i < MIN (self->groups->len, g_list_model_get_n_items (groups)); i++)
    {
      GroupData *data = g_ptr_array_index (self->groups, i);
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      reuse->groups[i] = same_group (data, group, first, reuse);
      first += data->criteria->len;
    }
}

/* Claims the id of an item shared with the previous comparison: valid
 * there, so only whether another item took it since is left to check. */
static gboolean
claim_shared_id (GHashTable  *ids,
                 const char  *id,
                 GError     **error)
{
  if (!g_hash_table_add (ids, (gpointer)id))
    {
      tradeoff_rules_set_duplicate_id (error, id);
      return FALSE;
    }

  return TRUE;
}

/* Claims @id for one item: a valid id no other item has. */
static gboolean
claim_id (GHashTable  *ids,
          const char  *id,
          GError     **error)
{
  if (!tradeoff_rules_check_id (id, error))
    return FALSE;

  if (!g_hash_table_add (ids, (gpointer)id))
    {
      tradeoff_rules_set_duplicate_id (error, id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_header (TradeoffComparisonBuilder  *self,
              GHashTable                 *ids,
              GError                    **error)
{
  static const struct { TradeoffComparisonText which; const char *element; } optional[] = {
    { TRADEOFF_COMPARISON_BYLINE, "byline" },
    { TRADEOFF_COMPARISON_INTRO, "intro" },
    { TRADEOFF_COMPARISON_GRID_HEADING, "aspects" },
    { TRADEOFF_COMPARISON_ASPECT_HEADING, "aspects" },
    { TRADEOFF_COMPARISON_FAQ_HEADING, "faq" },
    { TRADEOFF_COMPARISON_CRITERIA_HEADING, "criteria" },
  };
  const char *domain = self->texts[TRADEOFF_COMPARISON_GETTEXT_DOMAIN];
  const char *updated = self->texts[TRADEOFF_COMPARISON_UPDATED];
  const char *preamble = self->texts[TRADEOFF_COMPARISON_PREAMBLE];

  if (!claim_id (ids, self->texts[TRADEOFF_COMPARISON_ID], error) ||
      !tradeoff_rules_check_text ("title", self->texts[TRADEOFF_COMPARISON_TITLE], error) ||
      (updated != NULL && !tradeoff_rules_check_date (updated, error)) ||
      (domain != NULL && !tradeoff_rules_check_id (domain, error)))
    return FALSE;

  /* The writer puts it in an XML comment, which these would end early. */
  if (preamble != NULL && (strstr (preamble, "--") != NULL || g_str_has_suffix (preamble, "-")))
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("The comment at the top of the file may not hold “--” or end with “-”."));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    if (self->texts[optional[i].which] != NULL &&
        !tradeoff_rules_check_text (optional[i].element, self->texts[optional[i].which], error))
      return FALSE;

  return tradeoff_rules_check_n_options (self->options->len, error);
}

static gboolean
check_options (TradeoffComparisonBuilder  *self,
               GHashTable                 *ids,
               GError                    **error)
{
  for (guint i = 0; i < self->options->len; i++)
    {
      OptionData *option = g_ptr_array_index (self->options, i);

      if (!claim_id (ids, option->id, error) ||
          !tradeoff_rules_check_text ("name", option->name, error))
        return FALSE;

      if (option->verdict == NULL)
        {
          g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                       _("There is no verdict for the option “%s”; add "
                         "<verdict option=\"%s\">…</verdict>."),
                       option->id, option->id);
          return FALSE;
        }
      if (!tradeoff_rules_check_text ("verdict", option->verdict, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_aspects_and_faq (TradeoffComparisonBuilder  *self,
                       const Reuse                *reuse,
                       GHashTable                 *ids,
                       GHashTable                 *faq_ids,
                       GError                    **error)
{
  for (guint i = 0; i < self->aspects->len; i++)
    {
      AspectData *aspect = g_ptr_array_index (self->aspects, i);

      if (reuse->aspects != NULL && reuse->aspects[i])
        {
          if (!claim_shared_id (ids, aspect->id, error))
            return FALSE;
          continue;
        }

      if (!claim_id (ids, aspect->id, error) ||
          !tradeoff_rules_check_text ("label", aspect->label, error))
        return FALSE;

      for (guint j = 0; j < self->options->len; j++)
        {
          const char *value = g_ptr_array_index (aspect->values, j);

          if (value == NULL)
            {
              g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                           _("The aspect “%s” has no value for the option “%s”."), aspect->id,
                           ((OptionData *)g_ptr_array_index (self->options, j))->id);
              return FALSE;
            }
          if (!tradeoff_rules_check_text ("value", value, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < self->faq->len; i++)
    {
      FaqData *entry = g_ptr_array_index (self->faq, i);
      gboolean shared = reuse->faq != NULL && reuse->faq[i];

      if (!(shared ? claim_shared_id (ids, entry->id, error) : claim_id (ids, entry->id, error)) ||
          (!shared && !tradeoff_rules_check_text ("question", entry->question, error)) ||
          (!shared && !tradeoff_rules_check_text ("answer", entry->answer, error)))
        return FALSE;
      g_hash_table_add (faq_ids, entry->id);
    }

  return TRUE;
}

static gboolean
check_criterion (CriterionData  *criterion,
                 gboolean        shared,
                 GHashTable     *ids,
                 GHashTable     *faq_ids,
                 GError        **error)
{
  /* Its texts and weights were checked, and its FAQ entry is there. */
  if (shared)
    return claim_shared_id (ids, criterion->id, error);

  if (!claim_id (ids, criterion->id, error))
    return FALSE;

  if (criterion->source != NULL && !g_hash_table_contains (faq_ids, criterion->source))
    {
      tradeoff_rules_set_unknown_source (error, criterion->id, criterion->source);
      return FALSE;
    }

  if (!tradeoff_rules_check_text ("label", criterion->label, error) ||
      !tradeoff_rules_check_text ("rationale", criterion->rationale, error))
    return FALSE;

  for (guint i = 0; i < criterion->weights->len; i++)
    if (!tradeoff_rules_check_weight (g_array_index (criterion->weights, int, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
check_criteria (TradeoffComparisonBuilder  *self,
                const Reuse                *reuse,
                GHashTable                 *ids,
                GHashTable                 *faq_ids,
                GError                    **error)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupData *group = g_ptr_array_index (self->groups, i);
      gboolean shared = reuse->groups != NULL && reuse->groups[i];

      if (!(shared ? claim_shared_id (ids, group->id, error) : claim_id (ids, group->id, error)) ||
          (!shared && !tradeoff_rules_check_text ("label", group->label, error)))
        return FALSE;

      if (group->criteria->len == 0)
        {
          g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_SCHEMA,
                       _("The <%s> element needs a <%s> element."), "group", "criterion");
          return FALSE;
        }

      for (guint j = 0; j < group->criteria->len; j++)
        if (!check_criterion (g_ptr_array_index (group->criteria, j), shared, ids, faq_ids, error))
          return FALSE;
    }

  return tradeoff_rules_check_text ("tie", self->texts[TRADEOFF_COMPARISON_TIE_VERDICT], error) &&
         tradeoff_rules_check_text ("none", self->texts[TRADEOFF_COMPARISON_NONE_VERDICT], error);
}

/* The quick way, for a keystroke: when nothing was added, removed or
 * moved since the builder's base and no id changed, the items that are not
 * dirty are the base's, valid and with the same ids, so only the dirty
 * ones (and the header) need checking, and no table of every id is made.
 * Fills @reuse from the dirty marks; %FALSE if this does not apply. */
static gboolean
reuse_clean (TradeoffComparisonBuilder *self,
             TradeoffComparison        *previous,
             Reuse                     *reuse)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (previous);
  GListModel *faq = tradeoff_comparison_get_faq (previous);
  GListModel *groups = tradeoff_comparison_get_groups (previous);
  gboolean faq_dirty = FALSE;

  if (previous != self->base || self->reshaped ||
      g_strcmp0 (self->texts[TRADEOFF_COMPARISON_ID], tradeoff_comparison_get_id (previous)) != 0)
    return FALSE;

  reuse->previous = previous;
  reuse->options = g_new0 (gboolean, self->options->len);
  reuse->aspects = g_new0 (gboolean, self->aspects->len);
  reuse->faq = g_new0 (gboolean, self->faq->len);
  reuse->groups = g_new0 (gboolean, self->groups->len);

  for (guint i = 0; i < self->options->len; i++)
    {
      OptionData *data = g_ptr_array_index (self->options, i);

      if (data->dirty && g_strcmp0 (data->id, tradeoff_option_get_id (tradeoff_comparison_get_option (previous, i))) != 0)
        return FALSE;
      reuse->options[i] = !data->dirty;
    }

  for (guint i = 0; i < self->aspects->len; i++)
    {
      AspectData *data = g_ptr_array_index (self->aspects, i);
      g_autoptr(TradeoffAspect) aspect = data->dirty ? g_list_model_get_item (aspects, i) : NULL;

      if (data->dirty && g_strcmp0 (data->id, tradeoff_aspect_get_id (aspect)) != 0)
        return FALSE;
      reuse->aspects[i] = !data->dirty;
    }

  for (guint i = 0; i < self->faq->len; i++)
    {
      FaqData *data = g_ptr_array_index (self->faq, i);
      g_autoptr(TradeoffFaqEntry) entry = data->dirty ? g_list_model_get_item (faq, i) : NULL;

      if (data->dirty && g_strcmp0 (data->id, tradeoff_faq_entry_get_id (entry)) != 0)
        return FALSE;
      reuse->faq[i] = !data->dirty;
      faq_dirty |= data->dirty;
    }

  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupData *data = g_ptr_array_index (self->groups, i);
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
      gboolean shared = !data->dirty;

      if (data->dirty && g_strcmp0 (data->id, tradeoff_criterion_group_get_id (group)) != 0)
        return FALSE;

      for (guint j = 0; j < data->criteria->len; j++)
        {
          CriterionData *c = g_ptr_array_index (data->criteria, j);

          if (c->dirty || faq_dirty)
            {
              g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, j);
              TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);

              if (c->dirty && g_strcmp0 (c->id, tradeoff_criterion_get_id (criterion)) != 0)
                return FALSE;
              /* A criterion points at the FAQ entry it cites: a new entry,
               * a new criterion, and so a new group. */
              if (c->dirty || (source != NULL && !reuse->faq[tradeoff_faq_entry_get_index (source)]))
                shared = FALSE;
            }
        }
      reuse->groups[i] = shared;
    }

  return TRUE;
}

static gboolean
check_aspect_values (TradeoffComparisonBuilder  *self,
                     AspectData                 *aspect,
                     GError                    **error)
{
  for (guint j = 0; j < self->options->len; j++)
    {
      const char *value = g_ptr_array_index (aspect->values, j);

      if (value == NULL || !tradeoff_rules_check_text ("value", value, error))
        return FALSE;
    }
  return TRUE;
}

/* Whether the dirty items keep the rules, their ids as in @previous (see
 * reuse_clean()).  On %FALSE the full check names the first problem in
 * the loader's words and order. */
static gboolean
check_dirty (TradeoffComparisonBuilder *self,
             TradeoffComparison        *previous)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (!check_header (self, ids, NULL))
    return FALSE;

  for (guint i = 0; i < self->options->len; i++)
    {
      OptionData *option = g_ptr_array_index (self->options, i);

      if (option->dirty &&
          (!tradeoff_rules_check_text ("name", option->name, NULL) || option->verdict == NULL ||
           !tradeoff_rules_check_text ("verdict", option->verdict, NULL)))
        return FALSE;
    }

  for (guint i = 0; i < self->aspects->len; i++)
    {
      AspectData *aspect = g_ptr_array_index (self->aspects, i);

      if (aspect->dirty &&
          (!tradeoff_rules_check_text ("label", aspect->label, NULL) ||
           !check_aspect_values (self, aspect, NULL)))
        return FALSE;
    }

  for (guint i = 0; i < self->faq->len; i++)
    {
      FaqData *entry = g_ptr_array_index (self->faq, i);

      if (entry->dirty &&
          (!tradeoff_rules_check_text ("question", entry->question, NULL) ||
           !tradeoff_rules_check_text ("answer", entry->answer, NULL)))
        return FALSE;
    }

  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupData *group = g_ptr_array_index (self->groups, i);

      if (group->dirty && !tradeoff_rules_check_text ("label", group->label, NULL))
        return FALSE;
      for (guint j = 0; j < group->criteria->len; j++)
        {
          CriterionData *criterion = g_ptr_array_index (group->criteria, j);

          if (!criterion->dirty)
            continue;
          /* Its id is the base's (reuse_clean()): the source is looked up
           * in the base's FAQ, whose ids are unchanged too. */
          if ((criterion->source != NULL &&
               tradeoff_comparison_find_faq_entry (previous, criterion->source) == NULL) ||
              !tradeoff_rules_check_text ("label", criterion->label, NULL) ||
              !tradeoff_rules_check_text ("rationale", criterion->rationale, NULL))
            return FALSE;
          for (guint k = 0; k < criterion->weights->len; k++)
            if (!tradeoff_rules_check_weight (g_array_index (criterion->weights, int, k), NULL))
              return FALSE;
        }
    }

  return tradeoff_rules_check_text ("tie", self->texts[TRADEOFF_COMPARISON_TIE_VERDICT], NULL) &&
         tradeoff_rules_check_text ("none", self->texts[TRADEOFF_COMPARISON_NONE_VERDICT], NULL);
}

static void
build_options_and_aspects (TradeoffComparisonBuilder *self,
                           const Reuse               *reuse,
                           TradeoffComparison        *comparison)
{
  guint n_options = self->options->len;
  g_autofree const char **values = g_new0 (const char *, n_options);
  GListModel *aspects = reuse->previous != NULL ? tradeoff_comparison_get_aspects (reuse->previous) : NULL;

  for (guint i = 0; i < n_options; i++)
    {
      OptionData *data = g_ptr_array_index (self->options, i);
      g_autoptr(TradeoffOption) option = NULL;

      if (reuse->options != NULL && reuse->options[i])
        {
          _tradeoff_comparison_add_option (comparison, tradeoff_comparison_get_option (reuse->previous, i));
          continue;
        }
      option = _tradeoff_option_new (data->id, data->name, i);
      _tradeoff_option_set_verdict (option, data->verdict);
      _tradeoff_comparison_add_option (comparison, option);
    }

  for (guint i = 0; i < self->aspects->len; i++)
    {
      AspectData *data = g_ptr_array_index (self->aspects, i);
      g_autoptr(TradeoffAspect) aspect = NULL;

      if (reuse->aspects != NULL && reuse->aspects[i])
        {
          aspect = g_list_model_get_item (aspects, i);
        }
      else
        {
          for (guint j = 0; j < n_options; j++)
            values[j] = g_ptr_array_index (data->values, j);
          aspect = _tradeoff_aspect_new (data->id, data->label, values, n_options);
        }
      _tradeoff_comparison_add_aspect (comparison, aspect);
    }
}

/* The FAQ entry @source names, for the criterion @j of the group @i.  The
 * criterion there before usually cites the same entry, shared: found so,
 * the new comparison's FAQ is not indexed for it (ten thousand entries on
 * the large comparison, each keystroke). */
static TradeoffFaqEntry *
source_entry (const Reuse        *reuse,
              TradeoffComparison *comparison,
              guint               i,
              guint               j,
              const char         *source)
{
  GListModel *groups = reuse->previous != NULL ? tradeoff_comparison_get_groups (reuse->previous) : NULL;

  if (source == NULL)
    return NULL;

  if (groups != NULL && i < g_list_model_get_n_items (groups))
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
      g_autoptr(TradeoffCriterion) before = j < g_list_model_get_n_items (criteria)
                                              ? g_list_model_get_item (criteria, j) : NULL;
      TradeoffFaqEntry *entry = before != NULL ? tradeoff_criterion_get_source (before) : NULL;

      if (entry != NULL && g_strcmp0 (tradeoff_faq_entry_get_id (entry), source) == 0 &&
          reuse->faq != NULL && reuse->faq[tradeoff_faq_entry_get_index (entry)])
        return entry;
    }

  return tradeoff_comparison_find_faq_entry (comparison, source);
}

static void
build_items (TradeoffComparisonBuilder *self,
             const Reuse               *reuse,
             TradeoffComparison        *comparison)
{
  guint n_options = self->options->len;
  guint n_criteria = 0;
  GListModel *faq = reuse->previous != NULL ? tradeoff_comparison_get_faq (reuse->previous) : NULL;
  GListModel *groups = reuse->previous != NULL ? tradeoff_comparison_get_groups (reuse->previous) : NULL;

  build_options_and_aspects (self, reuse, comparison);

  for (guint i = 0; i < self->faq->len; i++)
    {
      FaqData *data = g_ptr_array_index (self->faq, i);
      g_autoptr(TradeoffFaqEntry) entry = NULL;

      if (reuse->faq != NULL && reuse->faq[i])
        entry = g_list_model_get_item (faq, i);
      else
        entry = _tradeoff_faq_entry_new (data->id, data->question, data->answer, i);
      _tradeoff_comparison_add_faq_entry (comparison, entry);
    }

  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupData *data = g_ptr_array_index (self->groups, i);
      g_autoptr(TradeoffCriterionGroup) group = NULL;

      /* A shared group comes with its criteria, which point at it. */
      if (reuse->groups != NULL && reuse->groups[i])
        {
          GListModel *criteria;

          group = g_list_model_get_item (groups, i);
          criteria = tradeoff_criterion_group_get_criteria (group);
          _tradeoff_comparison_add_group (comparison, group);
          for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
            {
              g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, j);

              _tradeoff_comparison_add_grouped_criterion (comparison, criterion);
            }
          n_criteria += data->criteria->len;
          continue;
        }

      group = _tradeoff_criterion_group_new (data->id, data->label, data->exclusive, i);
      _tradeoff_comparison_add_group (comparison, group);
      for (guint j = 0; j < data->criteria->len; j++)
        {
          CriterionData *c = g_ptr_array_index (data->criteria, j);
          g_autoptr(TradeoffCriterion) criterion =
            _tradeoff_criterion_new (c->id, c->label, c->rationale,
                                    source_entry (reuse, comparison, i, j, c->source),
                                    group, n_criteria++, (const int *)(void *)c->weights->data,
                                    n_options);

          _tradeoff_comparison_add_criterion (comparison, criterion);
        }
    }
}

static TradeoffComparison *
build (TradeoffComparisonBuilder  *self,
       const Reuse                *reuse,
       GError                    **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) faq_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TradeoffComparison) comparison = NULL;

  /* In the loader's order, so the first problem named is the same one. */
  if (!check_header (self, ids, error) ||
      !check_options (self, ids, error) ||
      !check_aspects_and_faq (self, reuse, ids, faq_ids, error) ||
      !check_criteria (self, reuse, ids, faq_ids, error))
    return NULL;

  comparison = _tradeoff_comparison_new ();
  for (guint i = 0; i < TRADEOFF_COMPARISON_N_TEXTS; i++)
    _tradeoff_comparison_set_text (comparison, i, self->texts[i]);
  build_items (self, reuse, comparison);
  _tradeoff_comparison_seal (comparison);

  return g_steal_pointer (&comparison);
}

TradeoffComparison *
tradeoff_comparison_builder_build (TradeoffComparisonBuilder  *self,
                                   GError                    **error)
{
  Reuse none = { NULL, };
  TradeoffComparison *comparison;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  comparison = build (self, &none, error);
  if (comparison != NULL)
    _tradeoff_comparison_builder_rebase (self, comparison);
  return comparison;
}

TradeoffComparison *
tradeoff_comparison_builder_build_from (TradeoffComparisonBuilder  *self,
                                        TradeoffComparison         *previous,
                                        GError                    **error)
{
  Reuse reuse = { NULL, };
  TradeoffComparison *comparison;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON_BUILDER (self), NULL);
  g_return_val_if_fail (previous == NULL || TRADEOFF_IS_COMPARISON (previous), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (previous != NULL && reuse_clean (self, previous, &reuse) && check_dirty (self, previous))
    {
      comparison = _tradeoff_comparison_new ();
      for (guint i = 0; i < TRADEOFF_COMPARISON_N_TEXTS; i++)
        _tradeoff_comparison_set_text (comparison, i, self->texts[i]);
      build_items (self, &reuse, comparison);
      _tradeoff_comparison_seal (comparison);
    }
  else
    {
      reuse_clear (&reuse);
      if (previous != NULL)
        find_reusable (self, previous, &reuse);
      comparison = build (self, &reuse, error);
    }
  reuse_clear (&reuse);
  if (comparison != NULL)
    _tradeoff_comparison_builder_rebase (self, comparison);
  return comparison;
}
