/* tradeoff-advisor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live recommendation: which criteria are ticked, what each option
 * scores, and what that adds up to.
 *
 * Ticking costs O(options), whatever the number of criteria: the scores are
 * kept as running sums (the tally, tradeoff-advisor-tally.c), and so is
 * what the answers not given yet could still swing, which the confidence
 * weighs the lead against (tradeoff-advisor-confidence.c).
 * Every array is sized when the advisor is made, so a toggle allocates
 * nothing of its own.
 *
 * A change is made in two steps: first the tally (_tradeoff_tally_set), then
 * publishing it (tradeoff_advisor_publish), which compares each property
 * with the value it last announced and notifies only those that really
 * changed.  The headline and the reasons are only built when somebody reads
 * them.  The flips cost O(criteria × options), so they are not computed at
 * all until somebody reads them; see tradeoff_advisor_get_flips().
 */

#define G_LOG_DOMAIN "tradeoff-advisor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-advisor-private.h"
/* Only to stand in an empty comparison for a missing one. */
#include "tradeoff-comparison-private.h"
#include "tradeoff-safe-text.h"


G_DEFINE_FINAL_TYPE (TradeoffAdvisor, tradeoff_advisor, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TradeoffVerdictKind, tradeoff_verdict_kind,
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_TIE, "tie"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_LEADER, "leader"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_CONFLICT, "conflict"))

G_DEFINE_QUARK (tradeoff-advisor-error-quark, tradeoff_advisor_error)

enum {
  LEVEL_CHANGED,
  LEVELS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_N_TICKED,
  PROP_N_MUST,
  PROP_VERDICT_KIND,
  PROP_LEADER,
  PROP_HEADLINE,
  PROP_EXPLANATION,
  PROP_CONFIDENCE,
  PROP_SCORES,
  PROP_REASONS,
  PROP_FLIPS,
  PROP_TICKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static gboolean
sync_tick (TradeoffAdvisor *self,
           guint            criterion)
{
  return _tradeoff_tick_sync (self->tick_items[criterion], self->tally.level[criterion]);
}

static const char *
current_explanation (TradeoffAdvisor *self)
{
  switch (self->verdict.kind)
    {
    case TRADEOFF_VERDICT_LEADER:
      return tradeoff_option_get_verdict (self->tally.options[self->verdict.leader]);

    case TRADEOFF_VERDICT_TIE:
      return tradeoff_comparison_get_tie_verdict (self->comparison);

    case TRADEOFF_VERDICT_CONFLICT:
      return self->conflict_text;

    case TRADEOFF_VERDICT_NONE:
    default:
      return tradeoff_comparison_get_none_verdict (self->comparison);
    }
}

/* “A”, “B” and “C”: the labels of @criteria, quoted, joined the way a
 * sentence lists them. */
static char *
join_labels (GPtrArray *criteria)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < criteria->len; i++)
    {
      const char *label = tradeoff_criterion_get_label (criteria->pdata[i]);

      if (i > 0 && i + 1 == criteria->len)
        /* Translators: joins the last two items of a list, e.g. “A”, “B” and “C”. */
        g_string_append (text, _(" and "));
      else if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a criterion's label in quotes, in a list. */
      g_string_append_printf (text, _("“%s”"), label);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_conflict_text (TradeoffAdvisor *self)
{
  g_autoptr(GPtrArray) conflict = NULL;
  g_autofree char *labels = NULL;

  g_clear_pointer (&self->conflict_text, g_free);
  if (self->verdict.kind != TRADEOFF_VERDICT_CONFLICT)
    return;

  conflict = tradeoff_advisor_dup_conflict (self);
  labels = join_labels (conflict);
  if (conflict->len == 1)
    /* Translators: %s is a must-have criterion that no option serves. */
    self->conflict_text = g_strdup_printf (_("No option serves %s: no option passes your must-haves.  "
                                             "Make it matter rather than a must-have to compare the options on it."),
                                           labels);
  else
    /* Translators: %s lists must-have criteria, e.g. “A” and “B”. */
    self->conflict_text = g_strdup_printf (_("Your must-haves %s conflict: no option serves them all, "
                                             "so no option passes.  Make one of them matter rather than a must-have."),
                                           labels);
}

static void
publish_scores (TradeoffAdvisor *self)
{
  /* Each item is read from the current state, not from a copy taken before
   * the loop, so a notify handler that ticks something cannot leave an
   * item behind. */
  for (guint o = 0; o < self->tally.n_options; o++)
    {
      int top = self->verdict.top;
      int score = self->tally.scores[o];
      double fraction = 0.0;
      guint by = _tradeoff_tally_ruled_out_by (&self->tally, o);

      if (top > 0)
        fraction = CLAMP ((double) score / top, 0.0, 1.0);

      _tradeoff_option_score_sync (self->score_items[o], score, fraction,
                                  self->verdict.leader == o,
                                  by != TRADEOFF_NO_INDEX ? self->tally.criteria[by] : NULL);
    }
}

/* Brings the flips up to date, if anybody has read them yet.  They are found
 * into a scratch array and compared with the list last handed out, so the
 * list is only made again, and "flips" only notified, when a flip
 * appeared, disappeared or would now lead elsewhere.  The new list makes a
 * flip object only when somebody reads it (tradeoff-flip-list.c). */
static void
update_flips (TradeoffAdvisor *self)
{
  guint n;
  TradeoffFlipRecord *swap;
  gboolean same;

  if (self->flips == NULL)
    return;

  n = _tradeoff_flips_find (&self->tally, &self->verdict, self->flip_scratch);

  same = n == self->n_flip_records;
  for (guint i = 0; same && i < n; i++)
    {
      const TradeoffFlipRecord *a = &self->flip_scratch[i];
      const TradeoffFlipRecord *b = &self->flip_records[i];

      same = a->criterion == b->criterion && a->level == b->level && a->from == b->from &&
             a->outcome == b->outcome && a->kind == b->kind;
    }

  if (same)
    return;

  {
    GListModel *old = self->flips;

    self->flips = _tradeoff_flips_new_list (self->comparison, &self->tally, self->flip_scratch, n, old);
    g_object_unref (old);
  }

  swap = self->flip_records;
  self->flip_records = self->flip_scratch;
  self->flip_scratch = swap;
  self->n_flip_records = n;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLIPS]);
}

/* Announces the current tally: the ticks a change touched (@touched and
 * @displaced, either TRADEOFF_NO_INDEX, or ALL_CRITERIA for every tick),
 * then every score item and property whose value differs from what it last
 * announced, and only those.  The verdict is brought up to date first, so a
 * handler of any of these notifications reads the new state throughout.
 * Values are compared with the announced ones rather than with a copy of the
 * old state, so that a handler which ticks something again (a nested
 * publish) leaves nothing announced twice or out of date. */
void
_tradeoff_advisor_publish (TradeoffAdvisor *self,
                          guint            touched,
                          guint            displaced)
{
  GObject *object = G_OBJECT (self);
  gboolean ticks_changed = FALSE;
  const char *explanation;
  double confidence;

  _tradeoff_verdict_compute (&self->verdict, self->tally.scores, self->tally.n_options,
                            NULL, self->tally.ruled_out, self->tally.n_ticked);
  update_conflict_text (self);

  if (touched == ALL_CRITERIA)
    {
      for (guint c = 0; c < self->tally.n_criteria; c++)
        ticks_changed |= sync_tick (self, c);
    }
  else
    {
      if (displaced != TRADEOFF_NO_INDEX)
        ticks_changed |= sync_tick (self, displaced);
      if (touched != TRADEOFF_NO_INDEX)
        ticks_changed |= sync_tick (self, touched);
    }

  publish_scores (self);

  /* Any real toggle changes the set of ticked criteria, so the reasons;
   * they are only built again when read. */
  if (ticks_changed)
    {
      g_clear_object (&self->reasons);
      g_object_notify_by_pspec (object, properties[PROP_REASONS]);
    }

  if (self->announced_n_ticked != self->tally.n_ticked)
    {
      self->announced_n_ticked = self->tally.n_ticked;
      g_object_notify_by_pspec (object, properties[PROP_N_TICKED]);
    }

  if (self->announced_n_must != self->tally.n_must)
    {
      self->announced_n_must = self->tally.n_must;
      g_object_notify_by_pspec (object, properties[PROP_N_MUST]);
    }

  if (self->announced_kind != self->verdict.kind)
    {
      self->announced_kind = self->verdict.kind;
      g_object_notify_by_pspec (object, properties[PROP_VERDICT_KIND]);
    }

  if (self->announced_leader != self->verdict.leader)
    {
      self->announced_leader = self->verdict.leader;
      g_object_notify_by_pspec (object, properties[PROP_LEADER]);
    }

  /* The headline names the options with the top score (none, one, or
   * those tied), so it changes exactly when that set of options does. */
  if (self->announced_top_mask != self->verdict.top_mask)
    {
      self->announced_top_mask = self->verdict.top_mask;
      g_object_notify_by_pspec (object, properties[PROP_HEADLINE]);
    }

  explanation = current_explanation (self);
  if (g_strcmp0 (self->announced_explanation, explanation) != 0)
    {
      g_free (self->announced_explanation);
      self->announced_explanation = g_strdup (explanation);
      g_object_notify_by_pspec (object, properties[PROP_EXPLANATION]);
    }

  confidence = _tradeoff_advisor_current_confidence (self);
  if (self->announced_confidence != confidence)
    {
      self->announced_confidence = confidence;
      g_object_notify_by_pspec (object, properties[PROP_CONFIDENCE]);
    }

  update_flips (self);
}

/**
 * tradeoff_join_names:
 * @names: (array length=n): the names, in order
 * @n: how many
 *
 * Lists names as a sentence of the language does: "Django", "Django and
 * Flask", "Django, Flask and Pyramid".
 *
 * Returns: (transfer full): the list
 */
char *
tradeoff_join_names (const char * const *names,
                     guint               n)
{
  g_autofree char *list = NULL;

  if (n == 0)
    return g_strdup ("");

  list = g_strdup (names[0]);
  for (guint i = 1; i < n; i++)
    {
      char *longer;

      if (i + 1 < n)
        /* Translators: joins all but the last two names of a list, as in
         * “Django, Flask and Pyramid”. */
        longer = g_strdup_printf (C_("list", "%s, %s"), list, names[i]);
      else
        /* Translators: joins the last two names of a list, as in “Django
         * and Flask” or “Django, Flask and Pyramid”. */
        longer = g_strdup_printf (C_("list", "%s and %s"), list, names[i]);
      g_free (list);
      list = longer;
    }

  return g_steal_pointer (&list);
}

/* Names from the file are isolated (tradeoff-safe-text.c): none of them
 * can reorder the sentence around it. */
static char *
build_headline (TradeoffAdvisor *self)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *list = NULL;
  g_autofree char *name = NULL;

  switch (self->verdict.kind)
    {
    case TRADEOFF_VERDICT_LEADER:
      name = tradeoff_safe_text_isolate (tradeoff_option_get_name (self->tally.options[self->verdict.leader]));
      /* Translators: %s is the option the ticked criteria favour, e.g. “Django fits you best”. */
      return g_strdup_printf (_("%s fits you best"), name);

    case TRADEOFF_VERDICT_TIE:
      names = g_ptr_array_new_with_free_func (g_free);
      for (guint o = 0; o < self->tally.n_options; o++)
        if ((self->verdict.top_mask & (G_GUINT64_CONSTANT (1) << o)) != 0)
          g_ptr_array_add (names, tradeoff_safe_text_isolate (tradeoff_option_get_name (self->tally.options[o])));
      list = tradeoff_join_names ((const char * const *) names->pdata, names->len);
      /* Translators: %s lists the options that share the top score, e.g.
       * “It’s a tie between Django and Flask”. */
      return g_strdup_printf (_("It’s a tie between %s"), list);

    case TRADEOFF_VERDICT_CONFLICT:
      return g_strdup (_("No option passes your must-haves"));

    case TRADEOFF_VERDICT_NONE:
    default:
      return g_strdup (_("No advice yet"));
    }
}

void
_tradeoff_advisor_emit_level_changed (TradeoffAdvisor *self,
                                      guint            slot,
                                      guint            old_level)
{
  g_signal_emit (self, signals[LEVEL_CHANGED], 0, self->tally.criteria[slot], (int) old_level);
}

void
_tradeoff_advisor_emit_levels_changed (TradeoffAdvisor *self)
{
  g_signal_emit (self, signals[LEVELS_CHANGED], 0);
}

static void
tradeoff_advisor_constructed (GObject *object)
{
  TradeoffAdvisor *self = (TradeoffAdvisor *)object;
  TradeoffTally *tally = &self->tally;

  G_OBJECT_CLASS (tradeoff_advisor_parent_class)->constructed (object);

  if (self->comparison == NULL)
    {
      /* A programming error; an empty comparison keeps it from crashing. */
      g_critical ("A TradeoffAdvisor needs a comparison");
      self->comparison = _tradeoff_comparison_new ();
      _tradeoff_comparison_seal (self->comparison);
    }

  _tradeoff_tally_init (tally, self->comparison);

  self->ticks = g_list_store_new (TRADEOFF_TYPE_TICK);
  self->tick_items = g_new0 (TradeoffTick *, MAX (tally->n_criteria, 1));
  for (guint c = 0; c < tally->n_criteria; c++)
    {
      g_autoptr(TradeoffTick) tick = _tradeoff_tick_new (self, tally->criteria[c]);

      self->tick_items[c] = tick;
      g_list_store_append (self->ticks, tick);
    }

  self->scores = g_list_store_new (TRADEOFF_TYPE_OPTION_SCORE);
  self->score_items = g_new0 (TradeoffOptionScore *, MAX (tally->n_options, 1));
  for (guint o = 0; o < tally->n_options; o++)
    {
      g_autoptr(TradeoffOptionScore) score = _tradeoff_option_score_new (tally->options[o]);

      self->score_items[o] = score;
      g_list_store_append (self->scores, score);
    }

  /* Nothing is ticked: that is the state every property starts out in. */
  _tradeoff_verdict_compute (&self->verdict, tally->scores, tally->n_options, NULL, 0, 0);
  self->announced_kind = self->verdict.kind;
  self->announced_leader = self->verdict.leader;
  self->announced_top_mask = self->verdict.top_mask;
  self->announced_explanation = g_strdup (current_explanation (self));
}

static void
tradeoff_advisor_dispose (GObject *object)
{
  TradeoffAdvisor *self = (TradeoffAdvisor *)object;

  /* Somebody may still hold a tick (a check button's binding): it must not
   * call into an advisor that is gone. */
  if (self->tick_items != NULL)
    {
      for (guint c = 0; c < self->tally.n_criteria; c++)
        _tradeoff_tick_detach (self->tick_items[c]);
    }

  g_clear_pointer (&self->tick_items, g_free);
  g_clear_pointer (&self->score_items, g_free);
  g_clear_object (&self->ticks);
  g_clear_object (&self->scores);
  g_clear_object (&self->reasons);
  g_clear_object (&self->flips);

  G_OBJECT_CLASS (tradeoff_advisor_parent_class)->dispose (object);
}

static void
tradeoff_advisor_finalize (GObject *object)
{
  TradeoffAdvisor *self = (TradeoffAdvisor *)object;

  _tradeoff_tally_free_arrays (&self->tally);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->announced_explanation, g_free);
  g_clear_pointer (&self->conflict_text, g_free);
  g_clear_pointer (&self->flip_records, g_free);
  g_clear_pointer (&self->flip_scratch, g_free);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (tradeoff_advisor_parent_class)->finalize (object);
}

static void
tradeoff_advisor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TradeoffAdvisor *self = TRADEOFF_ADVISOR (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_N_TICKED:
      g_value_set_uint (value, tradeoff_advisor_get_n_ticked (self));
      break;

    case PROP_N_MUST:
      g_value_set_uint (value, tradeoff_advisor_get_n_must (self));
      break;

    case PROP_VERDICT_KIND:
      g_value_set_enum (value, tradeoff_advisor_get_verdict_kind (self));
      break;

    case PROP_LEADER:
      g_value_set_object (value, tradeoff_advisor_get_leader (self));
      break;

    case PROP_HEADLINE:
      g_value_set_string (value, tradeoff_advisor_get_headline (self));
      break;

    case PROP_EXPLANATION:
      g_value_set_string (value, tradeoff_advisor_get_explanation (self));
      break;

    case PROP_CONFIDENCE:
      g_value_set_double (value, tradeoff_advisor_get_confidence (self));
      break;

    case PROP_SCORES:
      g_value_set_object (value, tradeoff_advisor_get_scores (self));
      break;

    case PROP_REASONS:
      g_value_set_object (value, tradeoff_advisor_get_reasons (self));
      break;

    case PROP_FLIPS:
      g_value_set_object (value, tradeoff_advisor_get_flips (self));
      break;

    case PROP_TICKS:
      g_value_set_object (value, tradeoff_advisor_get_ticks (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_advisor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TradeoffAdvisor *self = TRADEOFF_ADVISOR (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      self->comparison = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_advisor_class_init (TradeoffAdvisorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = (G_PARAM_READABLE |
                                 G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  object_class->constructed = tradeoff_advisor_constructed;
  object_class->dispose = tradeoff_advisor_dispose;
  object_class->finalize = tradeoff_advisor_finalize;
  object_class->get_property = tradeoff_advisor_get_property;
  object_class->set_property = tradeoff_advisor_set_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, TRADEOFF_TYPE_COMPARISON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_TICKED] =
    g_param_spec_uint ("n-ticked", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_N_MUST] =
    g_param_spec_uint ("n-must", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_VERDICT_KIND] =
    g_param_spec_enum ("verdict-kind", NULL, NULL,
                       TRADEOFF_TYPE_VERDICT_KIND, TRADEOFF_VERDICT_NONE, read_only);
  properties[PROP_LEADER] =
    g_param_spec_object ("leader", NULL, NULL, TRADEOFF_TYPE_OPTION, read_only);
  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL, NULL, read_only);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL, read_only);
  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.0, read_only);
  properties[PROP_SCORES] =
    g_param_spec_object ("scores", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_REASONS] =
    g_param_spec_object ("reasons", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_FLIPS] =
    g_param_spec_object ("flips", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_TICKS] =
    g_param_spec_object ("ticks", NULL, NULL, G_TYPE_LIST_MODEL, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TradeoffAdvisor::level-changed:
   * @criterion: the criterion whose level changed
   * @old_level: the level it had (a TradeoffLevel)
   *
   * Emitted for each criterion whose level an action changed, after the
   * advisor has published the new state: what an undo history records.
   */
  signals[LEVEL_CHANGED] =
    g_signal_new ("level-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  TRADEOFF_TYPE_CRITERION, G_TYPE_INT);

  /**
   * TradeoffAdvisor::levels-changed:
   *
   * Emitted once at the end of every action that changed a level (a tick,
   * a level, a reset, a selection), after its ::level-changed emissions.
   */
  signals[LEVELS_CHANGED] =
    g_signal_new ("levels-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tradeoff_advisor_init (TradeoffAdvisor *self)
{
  self->verdict.leader = TRADEOFF_NO_INDEX;
  self->announced_leader = TRADEOFF_NO_INDEX;
}

TradeoffAdvisor *
tradeoff_advisor_new (TradeoffComparison *comparison)
{
  g_return_val_if_fail (TRADEOFF_IS_COMPARISON (comparison), NULL);

  return g_object_new (TRADEOFF_TYPE_ADVISOR,
                       "comparison", comparison,
                       NULL);
}

TradeoffComparison *
tradeoff_advisor_get_comparison (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  return self->comparison;
}

GListModel *
tradeoff_advisor_get_ticks (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  return G_LIST_MODEL (self->ticks);
}

TradeoffTick *
tradeoff_advisor_get_tick (TradeoffAdvisor   *self,
                           TradeoffCriterion *criterion)
{
  guint slot;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  slot = _tradeoff_tally_find (&self->tally, criterion);
  g_return_val_if_fail (slot != TRADEOFF_NO_INDEX, NULL);

  return self->tick_items[slot];
}

TradeoffVerdictKind
tradeoff_advisor_get_verdict_kind (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), TRADEOFF_VERDICT_NONE);

  return self->verdict.kind;
}

TradeoffOption *
tradeoff_advisor_get_leader (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  if (self->verdict.leader == TRADEOFF_NO_INDEX)
    return NULL;

  return self->tally.options[self->verdict.leader];
}

const char *
tradeoff_advisor_get_headline (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  if (self->headline == NULL || self->headline_mask != self->verdict.top_mask)
    {
      g_free (self->headline);
      self->headline = build_headline (self);
      self->headline_mask = self->verdict.top_mask;
    }

  return self->headline;
}

const char *
tradeoff_advisor_get_explanation (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  return current_explanation (self);
}

double
tradeoff_advisor_get_confidence (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), 0.0);

  return _tradeoff_advisor_current_confidence (self);
}

int
tradeoff_advisor_get_score (TradeoffAdvisor *self,
                            guint            option_index)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), 0);
  g_return_val_if_fail (option_index < self->tally.n_options, 0);

  return self->tally.scores[option_index];
}

GListModel *
tradeoff_advisor_get_scores (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  return G_LIST_MODEL (self->scores);
}

GListModel *
tradeoff_advisor_get_reasons (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  if (self->reasons == NULL)
    self->reasons = _tradeoff_reasons_new_list (&self->tally, self->verdict.leader);

  return self->reasons;
}

/* The flips cost O(criteria × options) to find, more than a toggle should,
 * and most of the time nobody shows them (the command line, the report).
 * So they are not computed at all until this is first called (or "flips"
 * first read).  From then on the advisor counts them as observed: after
 * every toggle it finds them again, compares them with the list handed out
 * (same criteria, same tick or untick, same outcome), and only when they
 * differ makes a new list and notifies "flips". */
GListModel *
tradeoff_advisor_get_flips (TradeoffAdvisor *self)
{
  TradeoffTally *tally;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  if (self->flips != NULL)
    return self->flips;

  tally = &self->tally;
  self->flip_records = g_new (TradeoffFlipRecord,
                              MAX (tally->n_criteria * TRADEOFF_FLIPS_PER_CRITERION, 1));
  self->flip_scratch = g_new (TradeoffFlipRecord,
                              MAX (tally->n_criteria * TRADEOFF_FLIPS_PER_CRITERION, 1));
  self->n_flip_records = _tradeoff_flips_find (tally, &self->verdict, self->flip_records);
  self->flips = _tradeoff_flips_new_list (self->comparison, tally, self->flip_records, self->n_flip_records, NULL);

  return self->flips;
}

gboolean
tradeoff_advisor_would_flip (TradeoffAdvisor   *self,
                             TradeoffCriterion *criterion)
{
  guint index, low = 0, high;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), FALSE);
  g_return_val_if_fail (TRADEOFF_IS_CRITERION (criterion), FALSE);

  tradeoff_advisor_get_flips (self);
  index = tradeoff_criterion_get_index (criterion);
  high = self->n_flip_records;

  /* _tradeoff_flips_find() records them in criterion order. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->flip_records[middle].criterion < index)
        low = middle + 1;
      else
        high = middle;
    }

  return low < self->n_flip_records && self->flip_records[low].criterion == index;
}
