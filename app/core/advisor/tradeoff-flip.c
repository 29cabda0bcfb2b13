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

/* How many flips were made in this process: see _tradeoff_flips_made(). */
static guint flips_made;

/* The fields directly, not the construct properties: the property
 * machinery (GValues, notifications frozen and thawed) costs more than the
 * rest of it. */
TradeoffFlip *
_tradeoff_flip_new (TradeoffCriterion        *criterion,
                    TradeoffOption           *outcome,
                    const TradeoffFlipRecord *record)
{
  TradeoffFlip *flip = g_object_new (TRADEOFF_TYPE_FLIP, NULL);

  flip->criterion = g_object_ref (criterion);
  flip->tick = record->level != TRADEOFF_LEVEL_OFF;
  flip->outcome = outcome != NULL ? g_object_ref (outcome) : NULL;
  flip->kind = record->kind;
  flip->level = record->level;
  flip->from = record->from;
  g_atomic_int_inc (&flips_made);

  return flip;
}

guint
_tradeoff_flips_made (void)
{
  return (guint) g_atomic_int_get (&flips_made);
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
