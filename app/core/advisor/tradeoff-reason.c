/* tradeoff-reason.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ticked criterion seen as a reason for the verdict: which option it
 * favours and how much it adds to the leader's lead.  The criterion itself
 * leads on to the rationale and the FAQ answer it comes from.
 */

#define G_LOG_DOMAIN "tradeoff-reason"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-advisor-private.h"
#include "tradeoff-safe-text.h"

struct _TradeoffReason
{
  GObject parent_instance;

  TradeoffCriterion *criterion;
  TradeoffOption *favours;
  /* Among three or more options, the names of the options the favoured
   * one is measured against (isolated, joined): %NULL between two. */
  char *over;
  int contribution;
  TradeoffLevel level;
};

G_DEFINE_FINAL_TYPE (TradeoffReason, tradeoff_reason, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CRITERION,
  PROP_FAVOURS,
  PROP_CONTRIBUTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_reason_dispose (GObject *object)
{
  TradeoffReason *self = (TradeoffReason *)object;

  g_clear_object (&self->criterion);
  g_clear_object (&self->favours);

  G_OBJECT_CLASS (tradeoff_reason_parent_class)->dispose (object);
}

static void
tradeoff_reason_finalize (GObject *object)
{
  TradeoffReason *self = (TradeoffReason *)object;

  g_free (self->over);

  G_OBJECT_CLASS (tradeoff_reason_parent_class)->finalize (object);
}

static void
tradeoff_reason_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TradeoffReason *self = TRADEOFF_REASON (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      g_value_set_object (value, self->criterion);
      break;

    case PROP_FAVOURS:
      g_value_set_object (value, self->favours);
      break;

    case PROP_CONTRIBUTION:
      g_value_set_int (value, self->contribution);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_reason_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TradeoffReason *self = TRADEOFF_REASON (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      self->criterion = g_value_dup_object (value);
      break;

    case PROP_FAVOURS:
      self->favours = g_value_dup_object (value);
      break;

    case PROP_CONTRIBUTION:
      self->contribution = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_reason_class_init (TradeoffReasonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_reason_dispose;
  object_class->finalize = tradeoff_reason_finalize;
  object_class->get_property = tradeoff_reason_get_property;
  object_class->set_property = tradeoff_reason_set_property;

  /* A reason never changes: the advisor makes a new list when the ticks do. */
  properties[PROP_CRITERION] =
    g_param_spec_object ("criterion", NULL, NULL, TRADEOFF_TYPE_CRITERION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FAVOURS] =
    g_param_spec_object ("favours", NULL, NULL, TRADEOFF_TYPE_OPTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CONTRIBUTION] =
    g_param_spec_int ("contribution", NULL, NULL, G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_reason_init (TradeoffReason *self)
{
}

typedef struct
{
  guint criterion;
  guint favours;
  int contribution;
  guint level;
} RankedReason;

static int
compare_ranked_reasons (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  const RankedReason *ra = a;
  const RankedReason *rb = b;

  /* Must-haves first: they decide which options are in the running. */
  if ((ra->level == TRADEOFF_LEVEL_MUST) != (rb->level == TRADEOFF_LEVEL_MUST))
    return ra->level == TRADEOFF_LEVEL_MUST ? -1 : 1;

  if (ra->contribution != rb->contribution)
    return ra->contribution > rb->contribution ? -1 : 1;

  /* Equal contributions keep the order of the form. */
  return ra->criterion < rb->criterion ? -1 : (ra->criterion > rb->criterion);
}

/* How the weights of one criterion rank the options: the option with the
 * strictly highest weight (or TRADEOFF_NO_INDEX when the highest is
 * shared), and what the criterion contributes to the verdict. */
static void
rank_criterion (const int    *weights,
                guint         n_options,
                guint         leader,
                RankedReason *ranked)
{
  int max = weights[0];
  int min = weights[0];
  int best_rival = G_MININT;
  guint n_max = 1;

  ranked->favours = 0;

  for (guint o = 1; o < n_options; o++)
    {
      if (weights[o] > max)
        {
          max = weights[o];
          ranked->favours = o;
          n_max = 1;
        }
      else if (weights[o] == max)
        n_max++;

      min = MIN (min, weights[o]);
    }

  if (n_max > 1)
    ranked->favours = TRADEOFF_NO_INDEX;

  if (leader == TRADEOFF_NO_INDEX)
    {
      ranked->contribution = max - min;
      return;
    }

  for (guint o = 0; o < n_options; o++)
    if (o != leader)
      best_rival = MAX (best_rival, weights[o]);

  ranked->contribution = weights[leader] - best_rival;
}

/* Among three or more options, "(+1)" alone leaves a person to guess
 * against which option the point is counted: the reason names the
 * options that come closest in this criterion, "+1 over PostgreSQL". */
static char *
join_runners_up (TradeoffOption * const *options,
                 const int              *weights,
                 guint                   n_options,
                 guint                   favoured)
{
  g_autoptr(GPtrArray) names = NULL;
  int best_other = G_MININT;

  if (n_options <= 2)
    return NULL;

  for (guint o = 0; o < n_options; o++)
    if (o != favoured)
      best_other = MAX (best_other, weights[o]);

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint o = 0; o < n_options; o++)
    if (o != favoured && weights[o] == best_other)
      g_ptr_array_add (names, tradeoff_safe_text_isolate (tradeoff_option_get_name (options[o])));

  return tradeoff_join_names ((const char * const *) names->pdata, names->len);
}

GListModel *
_tradeoff_reasons_new_list (const TradeoffTally *tally,
                           guint                leader)
{
  g_autoptr(GListStore) store = g_list_store_new (TRADEOFF_TYPE_REASON);
  g_autofree RankedReason *ranked = g_new (RankedReason, MAX (tally->n_ticked, 1));
  guint n_ranked = 0;

  for (guint c = 0; c < tally->n_criteria && n_ranked < tally->n_ticked; c++)
    {
      if (tally->level[c] == TRADEOFF_LEVEL_OFF)
        continue;

      ranked[n_ranked].criterion = c;
      ranked[n_ranked].level = tally->level[c];
      rank_criterion (_tradeoff_tally_weights (tally, c), tally->n_options,
                      leader, &ranked[n_ranked]);
      /* A criterion that matters a lot counts twice; a must-have adds no
       * points at all. */
      ranked[n_ranked].contribution *= _tradeoff_level_factor (tally->level[c]);
      n_ranked++;
    }

  g_qsort_with_data (ranked, n_ranked, sizeof *ranked, compare_ranked_reasons, NULL);

  for (guint i = 0; i < n_ranked; i++)
    {
      g_autoptr(TradeoffReason) reason = NULL;
      TradeoffOption *favours = NULL;

      if (ranked[i].favours != TRADEOFF_NO_INDEX)
        favours = tally->options[ranked[i].favours];

      reason = g_object_new (TRADEOFF_TYPE_REASON,
                             "criterion", tally->criteria[ranked[i].criterion],
                             "favours", favours,
                             "contribution", ranked[i].contribution,
                             NULL);
      reason->level = ranked[i].level;
      if (favours != NULL)
        reason->over = join_runners_up (tally->options,
                                        _tradeoff_tally_weights (tally, ranked[i].criterion),
                                        tally->n_options, ranked[i].favours);
      g_list_store_append (store, reason);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

TradeoffCriterion *
tradeoff_reason_get_criterion (TradeoffReason *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REASON (self), NULL);

  return self->criterion;
}

TradeoffOption *
tradeoff_reason_get_favours (TradeoffReason *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REASON (self), NULL);

  return self->favours;
}

int
tradeoff_reason_get_contribution (TradeoffReason *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REASON (self), 0);

  return self->contribution;
}

TradeoffLevel
tradeoff_reason_get_level (TradeoffReason *self)
{
  g_return_val_if_fail (TRADEOFF_IS_REASON (self), TRADEOFF_LEVEL_OFF);

  return self->level;
}

/* How far ahead of every other option the favoured one is in this
 * criterion: the number a person sees next to "favours". */
static int
favoured_margin (TradeoffReason *self)
{
  guint favoured = tradeoff_option_get_index (self->favours);
  guint n_weights = 0;
  const int *weights = tradeoff_criterion_get_weights (self->criterion, &n_weights);
  int best_other = G_MININT;

  if (favoured >= n_weights)
    return 0;

  for (guint o = 0; o < n_weights; o++)
    if (o != favoured)
      best_other = MAX (best_other, weights[o]);

  return best_other == G_MININT ? 0 : weights[favoured] - best_other;
}

/* The label and the name are isolated (tradeoff-safe-text.c), so that
 * neither can reverse or reorder the rest of the sentence. */
char *
tradeoff_reason_dup_summary (TradeoffReason *self)
{
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (TRADEOFF_IS_REASON (self), NULL);

  label = tradeoff_safe_text_isolate (tradeoff_criterion_get_label (self->criterion));

  if (self->level == TRADEOFF_LEVEL_MUST)
    /* Translators: a must-have among the reasons for the recommendation;
     * %s is the criterion. */
    return g_strdup_printf (_("%s — a must-have: only the options that serve it are in the running"), label);

  if (self->favours == NULL)
    /* Translators: a reason for the recommendation.  %s is a criterion the
     * person ticked, e.g. “Long-term stability matters most”. */
    return g_strdup_printf (_("%s — weighs the same for the top options"), label);

  /* Translators: a reason for the recommendation.  The first %s is a
   * criterion the person ticked, the second the option it favours, and %d
   * by how many points, e.g. “Our team already knows Django — favours
   * Django (+3)”. */
  name = tradeoff_safe_text_isolate (tradeoff_option_get_name (self->favours));
  if (self->over != NULL)
    /* Translators: a reason for the recommendation among three or more
     * options.  The first %s is a criterion the person ticked, the second
     * the option it favours, %d by how many points, and the last %s the
     * options that come closest in it, e.g. “It must run on ordinary web
     * hosting — favours MySQL (+1 over PostgreSQL)”. */
    return g_strdup_printf (_("%s — favours %s (+%d over %s)"), label, name,
                            favoured_margin (self) * _tradeoff_level_factor (self->level),
                            self->over);

  return g_strdup_printf (_("%s — favours %s (+%d)"), label, name,
                          favoured_margin (self) * _tradeoff_level_factor (self->level));
}
