/* tradeoff-comparison-equal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether two comparisons say the same thing, item by item, and if not
 * where they first differ: what load → save → load must keep, and what an
 * editor asks before it calls a comparison unchanged.  The messages are for
 * developers (test output, logs), so they are not translated.
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"

#include "tradeoff-comparison-private.h"

#define DIFFER(what, x, y) \
  g_strdup_printf ("%s: “%s” ≠ “%s”", (what), (x) ? (x) : "(none)", (y) ? (y) : "(none)")

static char *
compare_texts (const char *what,
               const char *x,
               const char *y)
{
  return g_strcmp0 (x, y) == 0 ? NULL : DIFFER (what, x, y);
}

static char *
compare_header (TradeoffComparison *a,
                TradeoffComparison *b)
{
  static const struct { const char *name; const char *(*get) (TradeoffComparison *); } texts[] = {
    { "id", tradeoff_comparison_get_id },
    { "title", tradeoff_comparison_get_title },
    { "byline", tradeoff_comparison_get_byline },
    { "updated", tradeoff_comparison_get_updated },
    { "intro", tradeoff_comparison_get_intro },
    { "grid heading", tradeoff_comparison_get_grid_heading },
    { "aspect heading", tradeoff_comparison_get_aspect_heading },
    { "FAQ heading", tradeoff_comparison_get_faq_heading },
    { "criteria heading", tradeoff_comparison_get_criteria_heading },
    { "tie verdict", tradeoff_comparison_get_tie_verdict },
    { "none verdict", tradeoff_comparison_get_none_verdict },
    { "gettext domain", tradeoff_comparison_get_gettext_domain },
    { "preamble", tradeoff_comparison_get_preamble },
  };
  char *diff = NULL;

  for (guint i = 0; diff == NULL && i < G_N_ELEMENTS (texts); i++)
    diff = compare_texts (texts[i].name, texts[i].get (a), texts[i].get (b));

  return diff;
}

static char *
compare_options (TradeoffComparison *a,
                 TradeoffComparison *b)
{
  guint n = tradeoff_comparison_get_n_options (a);
  char *diff = NULL;

  if (n != tradeoff_comparison_get_n_options (b))
    return g_strdup_printf ("options: %u ≠ %u", n, tradeoff_comparison_get_n_options (b));

  for (guint i = 0; diff == NULL && i < n; i++)
    {
      TradeoffOption *x = tradeoff_comparison_get_option (a, i);
      TradeoffOption *y = tradeoff_comparison_get_option (b, i);

      if ((diff = compare_texts ("option id", tradeoff_option_get_id (x),
                                 tradeoff_option_get_id (y))) == NULL &&
          (diff = compare_texts ("option name", tradeoff_option_get_name (x),
                                 tradeoff_option_get_name (y))) == NULL)
        diff = compare_texts ("verdict", tradeoff_option_get_verdict (x),
                              tradeoff_option_get_verdict (y));
    }

  return diff;
}

static char *
compare_aspect (gpointer item_x,
                gpointer item_y,
                guint    n_options)
{
  TradeoffAspect *x = item_x;
  TradeoffAspect *y = item_y;
  char *diff;

  if ((diff = compare_texts ("aspect id", tradeoff_aspect_get_id (x),
                             tradeoff_aspect_get_id (y))) != NULL ||
      (diff = compare_texts ("aspect label", tradeoff_aspect_get_label (x),
                             tradeoff_aspect_get_label (y))) != NULL)
    return diff;

  for (guint i = 0; diff == NULL && i < n_options; i++)
    diff = compare_texts ("aspect value", tradeoff_aspect_get_value (x, i),
                          tradeoff_aspect_get_value (y, i));

  return diff;
}

static char *
compare_faq_entry (gpointer item_x,
                   gpointer item_y,
                   guint    n_options)
{
  TradeoffFaqEntry *x = item_x;
  TradeoffFaqEntry *y = item_y;
  char *diff;

  if ((diff = compare_texts ("FAQ id", tradeoff_faq_entry_get_id (x),
                             tradeoff_faq_entry_get_id (y))) != NULL ||
      (diff = compare_texts ("question", tradeoff_faq_entry_get_question (x),
                             tradeoff_faq_entry_get_question (y))) != NULL)
    return diff;

  return compare_texts ("answer", tradeoff_faq_entry_get_answer (x),
                        tradeoff_faq_entry_get_answer (y));
}

static char *
compare_group (gpointer item_x,
               gpointer item_y,
               guint    n_options)
{
  TradeoffCriterionGroup *x = item_x;
  TradeoffCriterionGroup *y = item_y;
  char *diff;

  if ((diff = compare_texts ("group id", tradeoff_criterion_group_get_id (x),
                             tradeoff_criterion_group_get_id (y))) != NULL ||
      (diff = compare_texts ("group label", tradeoff_criterion_group_get_label (x),
                             tradeoff_criterion_group_get_label (y))) != NULL)
    return diff;

  if (tradeoff_criterion_group_get_exclusive (x) != tradeoff_criterion_group_get_exclusive (y))
    return g_strdup_printf ("group %s: exclusive differs", tradeoff_criterion_group_get_id (x));

  return NULL;
}

static const char *
source_id (TradeoffCriterion *criterion)
{
  TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);

  return source != NULL ? tradeoff_faq_entry_get_id (source) : NULL;
}

static char *
compare_criterion (gpointer item_x,
                   gpointer item_y,
                   guint    n_options)
{
  TradeoffCriterion *x = item_x;
  TradeoffCriterion *y = item_y;
  char *diff;

  if ((diff = compare_texts ("criterion id", tradeoff_criterion_get_id (x),
                             tradeoff_criterion_get_id (y))) != NULL ||
      (diff = compare_texts ("criterion label", tradeoff_criterion_get_label (x),
                             tradeoff_criterion_get_label (y))) != NULL ||
      (diff = compare_texts ("rationale", tradeoff_criterion_get_rationale (x),
                             tradeoff_criterion_get_rationale (y))) != NULL ||
      (diff = compare_texts ("source", source_id (x), source_id (y))) != NULL ||
      (diff = compare_texts ("criterion group",
                             tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (x)),
                             tradeoff_criterion_group_get_id (tradeoff_criterion_get_group (y))))
      != NULL)
    return diff;

  for (guint i = 0; i < n_options; i++)
    if (tradeoff_criterion_get_weight (x, i) != tradeoff_criterion_get_weight (y, i))
      return g_strdup_printf ("criterion %s: weight %u: %d ≠ %d", tradeoff_criterion_get_id (x),
                              i, tradeoff_criterion_get_weight (x, i),
                              tradeoff_criterion_get_weight (y, i));

  return NULL;
}

typedef char *(*CompareItems) (gpointer x,
                               gpointer y,
                               guint    n_options);

static char *
compare_lists (const char *what,
               GListModel *a,
               GListModel *b,
               guint       n_options,
               CompareItems compare)
{
  guint n = g_list_model_get_n_items (a);
  char *diff = NULL;

  if (n != g_list_model_get_n_items (b))
    return g_strdup_printf ("%s: %u ≠ %u", what, n, g_list_model_get_n_items (b));

  for (guint i = 0; diff == NULL && i < n; i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      diff = compare (x, y, n_options);
    }

  return diff;
}

char *
tradeoff_comparison_describe_difference (TradeoffComparison *a,
                                         TradeoffComparison *b)
{
  guint n_options;
  char *diff;

  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (a), NULL);
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (b), NULL);

  if ((diff = compare_header (a, b)) != NULL || (diff = compare_options (a, b)) != NULL)
    return diff;

  n_options = tradeoff_comparison_get_n_options (a);
  if ((diff = compare_lists ("aspects", tradeoff_comparison_get_aspects (a),
                             tradeoff_comparison_get_aspects (b), n_options,
                             compare_aspect)) == NULL &&
      (diff = compare_lists ("FAQ entries", tradeoff_comparison_get_faq (a),
                             tradeoff_comparison_get_faq (b), n_options,
                             compare_faq_entry)) == NULL &&
      (diff = compare_lists ("groups", tradeoff_comparison_get_groups (a),
                             tradeoff_comparison_get_groups (b), n_options,
                             compare_group)) == NULL)
    diff = compare_lists ("criteria", tradeoff_comparison_get_criteria (a),
                          tradeoff_comparison_get_criteria (b), n_options, compare_criterion);

  return diff;
}
