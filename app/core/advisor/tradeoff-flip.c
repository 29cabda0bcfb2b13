/* tradeoff-flip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One change of one answer (a tick, an untick, another level, a must-have)
 * that, on its own, would change the verdict: "what would change my mind".
 * Finding them means trying each other level of every criterion against the
 * current scores and gates, each try costing O(options) and no allocation.
 */

#define G_LOG_DOMAIN "tradeoff-flip"

#include "config.h"

#include "tradeoff-criterion-group.h"

#include <glib/gi18n.h>

#include "tradeoff-advisor-private.h"
#include "tradeoff-safe-text.h"

struct _TradeoffFlip
{
  GObject parent_instance;

  TradeoffCriterion *criterion;
  TradeoffOption *outcome;
  gboolean tick;
  TradeoffLevel level;
  TradeoffLevel from;
  /* Tells a tie from no verdict at all when there is no outcome. */
  TradeoffVerdictKind kind;
};

G_DEFINE_FINAL_TYPE (TradeoffFlip, tradeoff_flip, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CRITERION,
  PROP_TICK,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tradeoff_flip_dispose (GObject *object)
{
  TradeoffFlip *self = (TradeoffFlip *)object;

  g_clear_object (&self->criterion);
  g_clear_object (&self->outcome);

  G_OBJECT_CLASS (tradeoff_flip_parent_class)->dispose (object);
}

static void
tradeoff_flip_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TradeoffFlip *self = TRADEOFF_FLIP (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      g_value_set_object (value, self->criterion);
      break;

    case PROP_TICK:
      g_value_set_boolean (value, self->tick);
      break;

    case PROP_OUTCOME:
      g_value_set_object (value, self->outcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_flip_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TradeoffFlip *self = TRADEOFF_FLIP (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      self->criterion = g_value_dup_object (value);
      break;

    case PROP_TICK:
      self->tick = g_value_get_boolean (value);
      break;

    case PROP_OUTCOME:
      self->outcome = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_flip_class_init (TradeoffFlipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tradeoff_flip_dispose;
  object_class->get_property = tradeoff_flip_get_property;
  object_class->set_property = tradeoff_flip_set_property;

  /* A flip never changes: the advisor makes a new list when the flips do. */
  properties[PROP_CRITERION] =
    g_param_spec_object ("criterion", NULL, NULL, TRADEOFF_TYPE_CRITERION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TICK] =
    g_param_spec_boolean ("tick", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_OUTCOME] =
    g_param_spec_object ("outcome", NULL, NULL, TRADEOFF_TYPE_OPTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_flip_init (TradeoffFlip *self)
{
}

/* What changing criterion @c from its level to @level would make the
 * verdict, into @would_be.  @delta has room for n_options. */
static void
try_level (const TradeoffTally *tally,
           guint                c,
           guint                level,
           int                 *delta,
           TradeoffVerdict     *would_be)
{
  guint from = tally->level[c];
  const int *weights = _tradeoff_tally_weights (tally, c);
  int factor = _tradeoff_level_factor (level) - _tradeoff_level_factor (from);
  int must = (level == TRADEOFF_LEVEL_MUST) - (from == TRADEOFF_LEVEL_MUST);
  guint group = tally->group_of[c];
  guint displaced = TRADEOFF_NO_INDEX;
  guint n_ticked = tally->n_ticked;
  guint64 ruled_out = 0;

  if (level != TRADEOFF_LEVEL_OFF && group != TRADEOFF_NO_INDEX &&
      tally->group_ticked[group] != c)
    displaced = tally->group_ticked[group];

  if (from == TRADEOFF_LEVEL_OFF)
    n_ticked++;
  else if (level == TRADEOFF_LEVEL_OFF)
    n_ticked--;
  if (displaced != TRADEOFF_NO_INDEX)
    n_ticked--;

  for (guint o = 0; o < tally->n_options; o++)
    {
      int fails = tally->fails[o];

      delta[o] = factor * weights[o];
      if (!_tradeoff_weight_serves (weights[o]))
        fails += must;

      /* Choosing in an exclusive group also turns the group's choice off. */
      if (displaced != TRADEOFF_NO_INDEX)
        {
          int dweight = _tradeoff_tally_weights (tally, displaced)[o];
          guint dlevel = tally->level[displaced];

          delta[o] -= _tradeoff_level_factor (dlevel) * dweight;
          if (dlevel == TRADEOFF_LEVEL_MUST && !_tradeoff_weight_serves (dweight))
            fails--;
        }

      if (fails > 0)
        ruled_out |= G_GUINT64_CONSTANT (1) << o;
    }

  _tradeoff_verdict_compute (would_be, tally->scores, tally->n_options,
                            delta, ruled_out, n_ticked);
}

/* Whether changing criterion @c to @level surely leaves the leader of
 * @current leading: no option can gain on it more than the change's
 * factor times the criterion's spread, so a larger lead holds.  O(1), so
 * that finding the flips costs about a verdict per criterion that could
 * flip, not three verdicts per criterion; the changes it cannot judge (a
 * tie, a must-have dropped, which lets options back in, another choice of
 * an exclusive group dropped, the last tick gone, the leader ruled out)
 * are worked out in full. */
static gboolean
surely_holds (const TradeoffTally   *tally,
              const TradeoffVerdict *current,
              guint                  c,
              guint                  level)
{
  guint from = tally->level[c];
  guint group = tally->group_of[c];
  int factor = ABS (_tradeoff_level_factor (level) - _tradeoff_level_factor (from));

  if (current->kind != TRADEOFF_VERDICT_LEADER || from == TRADEOFF_LEVEL_MUST)
    return FALSE;
  if (level != TRADEOFF_LEVEL_OFF && group != TRADEOFF_NO_INDEX &&
      tally->group_ticked[group] != c && tally->group_ticked[group] != TRADEOFF_NO_INDEX)
    return FALSE;
  if (level == TRADEOFF_LEVEL_OFF && tally->n_ticked <= 1)
    return FALSE;
  if (level == TRADEOFF_LEVEL_MUST &&
      !_tradeoff_weight_serves (_tradeoff_tally_weights (tally, c)[current->leader]))
    return FALSE;

  return (gint64) current->top - current->second > (gint64) factor * tally->spreads[c];
}

guint
_tradeoff_flips_find (const TradeoffTally   *tally,
                     const TradeoffVerdict *current,
                     TradeoffFlipRecord    *records)
{
  guint n_records = 0;
  int delta[64];

  for (guint c = 0; c < tally->n_criteria; c++)
    {
      for (guint level = TRADEOFF_LEVEL_OFF; level <= TRADEOFF_LEVEL_LAST; level++)
        {
          TradeoffVerdict would_be;

          if (level == tally->level[c] || surely_holds (tally, current, c, level))
            continue;

          try_level (tally, c, level, delta, &would_be);
          if (would_be.kind == current->kind && would_be.leader == current->leader)
            continue;

          records[n_records].criterion = c;
          records[n_records].level = level;
          records[n_records].from = tally->level[c];
          records[n_records].outcome = would_be.leader;
          records[n_records].kind = would_be.kind;
          n_records++;
        }
    }

  return n_records;
}

gboolean
_tradeoff_flips_any (const TradeoffTally   *tally,
                    const TradeoffVerdict *current)
{
  int delta[64];

  for (guint c = 0; c < tally->n_criteria; c++)
    {
      for (guint level = TRADEOFF_LEVEL_OFF; level <= TRADEOFF_LEVEL_LAST; level++)
        {
          TradeoffVerdict would_be;

          if (level == tally->level[c] || surely_holds (tally, current, c, level))
            continue;

          try_level (tally, c, level, delta, &would_be);
          if (would_be.kind != current->kind || would_be.leader != current->leader)
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
same_record (const TradeoffFlipRecord *a,
             const TradeoffFlipRecord *b)
{
  return a->criterion == b->criterion && a->level == b->level && a->from == b->from &&
         a->outcome == b->outcome && a->kind == b->kind;
}

/* Records are in (criterion, level) order. */
static int
compare_position (const TradeoffFlipRecord *a,
                  const TradeoffFlipRecord *b)
{
  if (a->criterion != b->criterion)
    return a->criterion < b->criterion ? -1 : 1;
  return (int) a->level - (int) b->level;
}

static TradeoffFlip *
new_flip (const TradeoffTally      *tally,
          const TradeoffFlipRecord *record)
{
  TradeoffOption *outcome = NULL;
  TradeoffFlip *flip;

  if (record->outcome != TRADEOFF_NO_INDEX)
    outcome = tally->options[record->outcome];

  /* The fields directly, not the construct properties: an observed
   * toggle may make a hundred flips, and the property machinery (GValues,
   * notifications frozen and thawed) costs more than the rest of it. */
  flip = g_object_new (TRADEOFF_TYPE_FLIP, NULL);
  flip->criterion = g_object_ref (tally->criteria[record->criterion]);
  flip->tick = record->level != TRADEOFF_LEVEL_OFF;
  flip->outcome = outcome != NULL ? g_object_ref (outcome) : NULL;
  flip->kind = record->kind;
  flip->level = record->level;
  flip->from = record->from;

  return flip;
}

/* A flip is immutable: the ones whose records did not change move to the
 * new list as they are, and only the new ones are made, so that a toggle
 * that changes one flip of hundreds makes one object, not hundreds.  The
 * list is filled in one splice, one "items-changed". */
GListModel *
_tradeoff_flips_new_list (const TradeoffTally      *tally,
                         const TradeoffFlipRecord *records,
                         guint                     n_records,
                         GListModel               *old_list,
                         const TradeoffFlipRecord *old_records,
                         guint                     n_old)
{
  g_autoptr(GListStore) store = g_list_store_new (TRADEOFF_TYPE_FLIP);
  g_autofree gpointer *items = g_new (gpointer, MAX (n_records, 1));
  guint j = 0;

  if (old_list == NULL)
    n_old = 0;

  for (guint i = 0; i < n_records; i++)
    {
      while (j < n_old && compare_position (&old_records[j], &records[i]) < 0)
        j++;
      if (j < n_old && same_record (&old_records[j], &records[i]))
        items[i] = g_list_model_get_item (old_list, j);
      else
        items[i] = new_flip (tally, &records[i]);
    }

  g_list_store_splice (store, 0, 0, items, n_records);
  for (guint i = 0; i < n_records; i++)
    g_object_unref (items[i]);

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Whether @flip names the tally's criterion and option objects, not those
 * of the comparison before an edit. */
static gboolean
names_current (const TradeoffTally      *tally,
               const TradeoffFlipRecord *record,
               TradeoffFlip             *flip)
{
  TradeoffOption *outcome = record->outcome != TRADEOFF_NO_INDEX ? tally->options[record->outcome] : NULL;

  return flip->criterion == tally->criteria[record->criterion] && flip->outcome == outcome;
}

/* After an edit that kept the advisor (tradeoff-advisor-rebase.c) the
 * records hold, but a flip of an edited criterion or option names the old
 * object, whose label is the old one.  Those are made again, the rest
 * shared; %NULL when none needs to be, so nothing is notified. */
GListModel *
_tradeoff_flips_follow (const TradeoffTally      *tally,
                        const TradeoffFlipRecord *records,
                        guint                     n_records,
                        GListModel               *list)
{
  g_autoptr(GListStore) store = NULL;
  g_autofree gpointer *items = NULL;
  gboolean stale = FALSE;

  for (guint i = 0; !stale && i < n_records; i++)
    {
      g_autoptr(TradeoffFlip) flip = g_list_model_get_item (list, i);

      stale = !names_current (tally, &records[i], flip);
    }
  if (!stale)
    return NULL;

  store = g_list_store_new (TRADEOFF_TYPE_FLIP);
  items = g_new (gpointer, MAX (n_records, 1));
  for (guint i = 0; i < n_records; i++)
    {
      items[i] = g_list_model_get_item (list, i);
      if (!names_current (tally, &records[i], items[i]))
        {
          g_object_unref (items[i]);
          items[i] = new_flip (tally, &records[i]);
        }
    }
  g_list_store_splice (store, 0, 0, items, n_records);
  for (guint i = 0; i < n_records; i++)
    g_object_unref (items[i]);

  return G_LIST_MODEL (g_steal_pointer (&store));
}

TradeoffCriterion *
tradeoff_flip_get_criterion (TradeoffFlip *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FLIP (self), NULL);

  return self->criterion;
}

gboolean
tradeoff_flip_get_tick (TradeoffFlip *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FLIP (self), FALSE);

  return self->tick;
}

TradeoffOption *
tradeoff_flip_get_outcome (TradeoffFlip *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FLIP (self), NULL);

  return self->outcome;
}

TradeoffLevel
tradeoff_flip_get_level (TradeoffFlip *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FLIP (self), TRADEOFF_LEVEL_OFF);

  return self->level;
}

TradeoffLevel
tradeoff_flip_get_from (TradeoffFlip *self)
{
  g_return_val_if_fail (TRADEOFF_IS_FLIP (self), TRADEOFF_LEVEL_OFF);

  return self->from;
}

/* A change of level on a ticked criterion, or a tick straight to a level
 * other than "matters": the action, then what it would do. */
static char *
dup_level_summary (TradeoffFlip *self,
                   const char   *label)
{
  g_autofree char *action = NULL;

  if (self->level == TRADEOFF_LEVEL_MUST)
    /* Translators: the start of “Making “X” a must-have would make it Flask”. */
    action = g_strdup_printf (_("Making “%s” a must-have"), label);
  else if (self->level == TRADEOFF_LEVEL_A_LOT)
    /* Translators: the start of “Making “X” matter a lot would make it Flask”. */
    action = g_strdup_printf (_("Making “%s” matter a lot"), label);
  else
    /* Translators: the start of “Making “X” matter, not more, would make it
     * Flask”: from “matters a lot” or “must have” back to “matters”. */
    action = g_strdup_printf (_("Making “%s” matter, not more,"), label);

  if (self->outcome != NULL)
    /* Translators: %1$s is an action such as “Making “X” a must-have”, %2$s
     * the option that would then fit best. */
    {
      g_autofree char *name = tradeoff_safe_text_isolate (tradeoff_option_get_name (self->outcome));

      return g_strdup_printf (_("%1$s would make it %2$s"), action, name);
    }
  if (self->kind == TRADEOFF_VERDICT_CONFLICT)
    /* Translators: %s is an action such as “Making “X” a must-have”. */
    return g_strdup_printf (_("%s would rule out every option"), action);
  if (self->kind == TRADEOFF_VERDICT_TIE)
    /* Translators: %s is an action such as “Making “X” a must-have”. */
    return g_strdup_printf (_("%s would make it a tie"), action);

  /* Translators: %s is an action such as “Making “X” a must-have”. */
  return g_strdup_printf (_("%s would leave no recommendation"), action);
}

/* The label and the name are isolated (tradeoff-safe-text.c), so that
 * neither can reverse or reorder the rest of the sentence. */
char *
tradeoff_flip_dup_summary (TradeoffFlip *self)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (TRADEOFF_IS_FLIP (self), NULL);

  label = tradeoff_safe_text_isolate (tradeoff_criterion_get_label (self->criterion));

  if (self->level != TRADEOFF_LEVEL_OFF &&
      (self->from != TRADEOFF_LEVEL_OFF || self->level != TRADEOFF_LEVEL_MATTERS))
    return dup_level_summary (self, label);
  /* One choice of an exclusive group is chosen, not ticked, and leaving
   * it means choosing "No preference". */
  if (tradeoff_criterion_group_get_exclusive (tradeoff_criterion_get_group (self->criterion)))
    {
      const char *name = self->outcome != NULL ? tradeoff_option_get_name (self->outcome) : NULL;

      if (self->tick && name != NULL)
        /* Translators: the first %s is a choice of a group where only one
         * can be chosen, the second the option that would then fit best. */
        return g_strdup_printf (_("Choosing “%s” would make it %s"), label, name);
      if (self->tick)
        /* Translators: %s is a choice of a group where only one can be chosen. */
        return g_strdup_printf (_("Choosing “%s” would make it a tie"), label);
      if (name != NULL)
        /* Translators: %s is the choice made in a group where only one can
         * be chosen; the second %s the option that would then fit best. */
        return g_strdup_printf (_("No preference instead of “%s” would make it %s"), label, name);
      if (self->kind == TRADEOFF_VERDICT_NONE)
        /* Translators: %s is the only choice made; without it there is no
         * recommendation at all. */
        return g_strdup_printf (_("No preference instead of “%s” would leave no recommendation"), label);
      /* Translators: %s is the choice made in a group where only one can be chosen. */
      return g_strdup_printf (_("No preference instead of “%s” would leave it a tie"), label);
    }

  if (self->outcome != NULL)
    {
      g_autofree char *name = tradeoff_safe_text_isolate (tradeoff_option_get_name (self->outcome));

      if (self->tick)
        /* Translators: what would change the recommendation.  The first %s
         * is a criterion, the second the option that would then fit best,
         * e.g. “Ticking “Performance matters most” would make it Flask”. */
        return g_strdup_printf (_("Ticking “%s” would make it %s"), label, name);
      else
        /* Translators: what would change the recommendation.  The first %s
         * is a criterion, the second the option that would then fit best. */
        return g_strdup_printf (_("Unticking “%s” would make it %s"), label, name);
    }

  if (self->kind == TRADEOFF_VERDICT_NONE)
    /* Translators: %s is the only criterion ticked; without it there is no
     * recommendation at all. */
    return g_strdup_printf (_("Unticking “%s” would leave no recommendation"), label);

  if (self->tick)
    /* Translators: %s is a criterion; ticking it would tie the top options. */
    return g_strdup_printf (_("Ticking “%s” would make it a tie"), label);
  else
    /* Translators: %s is a criterion; unticking it would tie the top options. */
    return g_strdup_printf (_("Unticking “%s” would leave it a tie"), label);
}
