/* tradeoff-advisor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live recommendation: which criteria are ticked, what each option
 * scores, and what that adds up to.
 *
 * Ticking costs O(options), whatever the number of criteria: the scores are
 * kept as running sums (the tally, tradeoff-advisor-tally.c), and so is
 * the sum of the ticked criteria's spreads that the confidence divides by.
 * Every array is sized when the advisor is made, so a toggle allocates
 * nothing of its own.
 *
 * A change is made in two steps: first the tally (tradeoff_tally_set), then
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

struct _TradeoffAdvisor
{
  GObject parent_instance;

  TradeoffComparison *comparison;
  TradeoffTally tally;

  /* One TradeoffTick per criterion and one TradeoffOptionScore per option,
   * as list models and as arrays of the same (borrowed) items. */
  GListStore *ticks;
  GListStore *scores;
  TradeoffTick **tick_items;
  TradeoffOptionScore **score_items;

  /* The verdict of the current tally; the getters read it. */
  TradeoffVerdict verdict;

  /* What the properties last announced, to notify only on a real change. */
  guint announced_n_ticked;
  TradeoffVerdictKind announced_kind;
  guint announced_leader;
  guint64 announced_top_mask;
  const char *announced_explanation;
  double announced_confidence;

  /* Built when read.  The headline is kept with the top_mask it was built
   * for; the reasons are NULL when they have to be built again. */
  char *headline;
  guint64 headline_mask;
  GListModel *reasons;

  /* NULL until "flips" is first read; from then on kept current. */
  GListModel *flips;
  TradeoffFlipRecord *flip_records;
  TradeoffFlipRecord *flip_scratch;
  guint n_flip_records;
};

G_DEFINE_FINAL_TYPE (TradeoffAdvisor, tradeoff_advisor, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TradeoffVerdictKind, tradeoff_verdict_kind,
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_TIE, "tie"),
  G_DEFINE_ENUM_VALUE (TRADEOFF_VERDICT_LEADER, "leader"))

G_DEFINE_QUARK (tradeoff-advisor-error-quark, tradeoff_advisor_error)

const char *
tradeoff_verdict_describe (TradeoffVerdictKind kind,
                           double              confidence)
{
  switch (kind)
    {
    case TRADEOFF_VERDICT_LEADER:
      /* The confidence is the leader's margin over the runner-up as a share
       * of all the ticked criteria could have swung. */
      if (confidence >= 0.5)
        return _("Strong lead");
      if (confidence >= 0.2)
        return _("Clear lead");
      return _("Slight lead");

    case TRADEOFF_VERDICT_TIE:
      return _("Tied");

    case TRADEOFF_VERDICT_NONE:
    default:
      return _("Nothing ticked yet");
    }
}

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_N_TICKED,
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

/* For tradeoff_advisor_publish(): every tick may have changed. */
#define ALL_CRITERIA (G_MAXUINT - 1)

static gboolean
sync_tick (TradeoffAdvisor *self,
           guint            criterion)
{
  return tradeoff_tick_sync (self->tick_items[criterion], self->tally.ticked[criterion]);
}

static double
current_confidence (TradeoffAdvisor *self)
{
  const TradeoffVerdict *verdict = &self->verdict;

  if (verdict->kind != TRADEOFF_VERDICT_LEADER || self->tally.spread_sum <= 0)
    return 0.0;

  return CLAMP ((double) (verdict->top - verdict->second) / self->tally.spread_sum, 0.0, 1.0);
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

    case TRADEOFF_VERDICT_NONE:
    default:
      return tradeoff_comparison_get_none_verdict (self->comparison);
    }
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

      if (top > 0)
        fraction = CLAMP ((double) score / top, 0.0, 1.0);

      tradeoff_option_score_sync (self->score_items[o], score, fraction,
                                  self->verdict.leader == o);
    }
}

/* Brings the flips up to date, if anybody has read them yet.  They are found
 * into a scratch array and compared with the list last handed out, so the
 * list (and its items) is only rebuilt, and "flips" only notified, when a
 * flip appeared, disappeared or would now lead elsewhere. */
static void
update_flips (TradeoffAdvisor *self)
{
  guint n;
  TradeoffFlipRecord *swap;
  gboolean same;

  if (self->flips == NULL)
    return;

  n = tradeoff_flips_find (&self->tally, &self->verdict, self->flip_scratch);

  same = n == self->n_flip_records;
  for (guint i = 0; same && i < n; i++)
    {
      const TradeoffFlipRecord *a = &self->flip_scratch[i];
      const TradeoffFlipRecord *b = &self->flip_records[i];

      same = a->criterion == b->criterion && a->tick == b->tick &&
             a->outcome == b->outcome && a->kind == b->kind;
    }

  if (same)
    return;

  swap = self->flip_records;
  self->flip_records = self->flip_scratch;
  self->flip_scratch = swap;
  self->n_flip_records = n;

  g_clear_object (&self->flips);
  self->flips = tradeoff_flips_new_list (&self->tally, self->flip_records, n);
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
static void
tradeoff_advisor_publish (TradeoffAdvisor *self,
                          guint            touched,
                          guint            displaced)
{
  GObject *object = G_OBJECT (self);
  gboolean ticks_changed = FALSE;
  const char *explanation;
  double confidence;

  tradeoff_verdict_compute (&self->verdict, self->tally.scores, self->tally.n_options,
                            NULL, NULL, self->tally.n_ticked);

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
      self->announced_explanation = explanation;
      g_object_notify_by_pspec (object, properties[PROP_EXPLANATION]);
    }

  confidence = current_confidence (self);
  if (self->announced_confidence != confidence)
    {
      self->announced_confidence = confidence;
      g_object_notify_by_pspec (object, properties[PROP_CONFIDENCE]);
    }

  update_flips (self);
}

static char *
build_headline (TradeoffAdvisor *self)
{
  g_autoptr(GString) names = NULL;

  switch (self->verdict.kind)
    {
    case TRADEOFF_VERDICT_LEADER:
      /* Translators: %s is the option the ticked criteria favour, e.g. “Django fits you best”. */
      return g_strdup_printf (_("%s fits you best"),
                              tradeoff_option_get_name (self->tally.options[self->verdict.leader]));

    case TRADEOFF_VERDICT_TIE:
      names = g_string_new (NULL);
      for (guint o = 0; o < self->tally.n_options; o++)
        {
          if ((self->verdict.top_mask & (G_GUINT64_CONSTANT (1) << o)) == 0)
            continue;
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, tradeoff_option_get_name (self->tally.options[o]));
        }
      /* Translators: %s lists the options that share the top score,
       * separated by commas, e.g. “It’s a tie between Django, Flask”. */
      return g_strdup_printf (_("It’s a tie between %s"), names->str);

    case TRADEOFF_VERDICT_NONE:
    default:
      return g_strdup (_("Tick what matters to you"));
    }
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
      self->comparison = tradeoff_comparison_new ();
      tradeoff_comparison_seal (self->comparison);
    }

  tradeoff_tally_init (tally, self->comparison);

  self->ticks = g_list_store_new (TRADEOFF_TYPE_TICK);
  self->tick_items = g_new0 (TradeoffTick *, MAX (tally->n_criteria, 1));
  for (guint c = 0; c < tally->n_criteria; c++)
    {
      g_autoptr(TradeoffTick) tick = tradeoff_tick_new (self, tally->criteria[c]);

      self->tick_items[c] = tick;
      g_list_store_append (self->ticks, tick);
    }

  self->scores = g_list_store_new (TRADEOFF_TYPE_OPTION_SCORE);
  self->score_items = g_new0 (TradeoffOptionScore *, MAX (tally->n_options, 1));
  for (guint o = 0; o < tally->n_options; o++)
    {
      g_autoptr(TradeoffOptionScore) score = tradeoff_option_score_new (tally->options[o]);

      self->score_items[o] = score;
      g_list_store_append (self->scores, score);
    }

  /* Nothing is ticked: that is the state every property starts out in. */
  tradeoff_verdict_compute (&self->verdict, tally->scores, tally->n_options, NULL, NULL, 0);
  self->announced_kind = self->verdict.kind;
  self->announced_leader = self->verdict.leader;
  self->announced_top_mask = self->verdict.top_mask;
  self->announced_explanation = current_explanation (self);
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
        tradeoff_tick_detach (self->tick_items[c]);
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

  tradeoff_tally_free_arrays (&self->tally);
  g_clear_pointer (&self->headline, g_free);
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

gboolean
tradeoff_advisor_get_ticked (TradeoffAdvisor   *self,
                             TradeoffCriterion *criterion)
{
  guint slot;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), FALSE);

  slot = tradeoff_tally_find (&self->tally, criterion);
  g_return_val_if_fail (slot != TRADEOFF_NO_INDEX, FALSE);

  return self->tally.ticked[slot];
}

/* One user action: a tick, an untick, or (in an exclusive group) a tick that
 * moves the group's choice, which unticks the old choice too.  O(options). */
static void
set_slot_ticked (TradeoffAdvisor *self,
                 guint            slot,
                 gboolean         ticked)
{
  guint group;
  guint displaced = TRADEOFF_NO_INDEX;

  if (self->tally.ticked[slot] == ticked)
    return;

  group = self->tally.group_of[slot];
  if (ticked && group != TRADEOFF_NO_INDEX)
    displaced = self->tally.group_ticked[group];

  if (displaced == TRADEOFF_NO_INDEX)
    {
      tradeoff_tally_set (&self->tally, slot, ticked);
      tradeoff_advisor_publish (self, slot, TRADEOFF_NO_INDEX);
      return;
    }

  /* Two criteria change at once: held notifications make sure a property
   * both changes touch is announced once, after both. */
  g_object_freeze_notify (G_OBJECT (self));
  tradeoff_tally_set (&self->tally, displaced, FALSE);
  tradeoff_tally_set (&self->tally, slot, TRUE);
  tradeoff_advisor_publish (self, slot, displaced);
  g_object_thaw_notify (G_OBJECT (self));
}

void
tradeoff_advisor_set_ticked (TradeoffAdvisor   *self,
                             TradeoffCriterion *criterion,
                             gboolean           ticked)
{
  guint slot;

  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));

  slot = tradeoff_tally_find (&self->tally, criterion);
  g_return_if_fail (slot != TRADEOFF_NO_INDEX);

  set_slot_ticked (self, slot, !!ticked);
}

/* The criterion is looked up once, not once to read and once to write. */
void
tradeoff_advisor_toggle (TradeoffAdvisor   *self,
                         TradeoffCriterion *criterion)
{
  guint slot;

  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));

  slot = tradeoff_tally_find (&self->tally, criterion);
  g_return_if_fail (slot != TRADEOFF_NO_INDEX);

  set_slot_ticked (self, slot, !self->tally.ticked[slot]);
}

void
tradeoff_advisor_reset (TradeoffAdvisor *self)
{
  g_return_if_fail (TRADEOFF_IS_ADVISOR (self));

  if (self->tally.n_ticked == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  tradeoff_tally_untick_all (&self->tally);
  tradeoff_advisor_publish (self, ALL_CRITERIA, TRADEOFF_NO_INDEX);
  g_object_thaw_notify (G_OBJECT (self));
}

guint
tradeoff_advisor_get_n_ticked (TradeoffAdvisor *self)
{
  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), 0);

  return self->tally.n_ticked;
}

gboolean
tradeoff_advisor_select_ids (TradeoffAdvisor     *self,
                             const char * const  *ids,
                             GError             **error)
{
  guint n_ids;
  g_autofree guint *slots = NULL;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_ids = ids != NULL ? g_strv_length ((char **) ids) : 0;
  slots = g_new (guint, MAX (n_ids, 1));

  if (!tradeoff_tally_resolve_ids (&self->tally, self->comparison, ids, n_ids, slots, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  tradeoff_tally_untick_all (&self->tally);
  for (guint i = 0; i < n_ids; i++)
    {
      if (!self->tally.ticked[slots[i]])
        tradeoff_tally_set (&self->tally, slots[i], TRUE);
    }
  tradeoff_advisor_publish (self, ALL_CRITERIA, TRADEOFF_NO_INDEX);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

char **
tradeoff_advisor_dup_ticked_ids (TradeoffAdvisor *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  builder = g_strv_builder_new ();
  for (guint c = 0; c < self->tally.n_criteria; c++)
    {
      if (self->tally.ticked[c])
        g_strv_builder_add (builder, tradeoff_criterion_get_id (self->tally.criteria[c]));
    }

  return g_strv_builder_end (builder);
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

  slot = tradeoff_tally_find (&self->tally, criterion);
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

  return current_confidence (self);
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
    self->reasons = tradeoff_reasons_new_list (&self->tally, self->verdict.leader);

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
  self->flip_records = g_new (TradeoffFlipRecord, MAX (tally->n_criteria, 1));
  self->flip_scratch = g_new (TradeoffFlipRecord, MAX (tally->n_criteria, 1));
  self->n_flip_records = tradeoff_flips_find (tally, &self->verdict, self->flip_records);
  self->flips = tradeoff_flips_new_list (tally, self->flip_records, self->n_flip_records);

  return self->flips;
}
