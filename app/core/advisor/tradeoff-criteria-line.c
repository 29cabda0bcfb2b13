/* tradeoff-criteria-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A line is "active" when its box shows a tick: a criterion when it is
 * ticked, "No preference" when nothing else in its group is.  Setting it is
 * what clicking the box does, so a check button binds to "active" both
 * ways whatever kind of line it shows.
 */

#define G_LOG_DOMAIN "tradeoff-criteria-line"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-criteria-line-private.h"
#include "tradeoff-criterion-group.h"
#include "tradeoff-criterion.h"
#include "tradeoff-option.h"
#include "tradeoff-tick.h"

struct _TradeoffCriteriaLine
{
  GObject                   parent_instance;

  TradeoffCriteriaLineKind  kind;
  char                     *text;
  TradeoffCriterion        *criterion;   /* criterion lines */
  /* For the option names of the effect, and the flips; criterion lines. */
  TradeoffAdvisor          *advisor;
  gboolean                  exclusive;

  /* The ticks the line shows: the criterion's own, or for "No preference"
   * every tick of its group. */
  GPtrArray                *ticks;
  gboolean                  active;
};

G_DEFINE_FINAL_TYPE (TradeoffCriteriaLine, tradeoff_criteria_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_TEXT,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
any_ticked (TradeoffCriteriaLine *self)
{
  for (guint i = 0; i < self->ticks->len; i++)
    if (tradeoff_tick_get_ticked (g_ptr_array_index (self->ticks, i)))
      return TRUE;

  return FALSE;
}

static void
update_active (TradeoffCriteriaLine *self)
{
  gboolean active = any_ticked (self);

  if (self->kind == TRADEOFF_CRITERIA_LINE_NO_PREFERENCE)
    active = !active;

  if (active == self->active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static TradeoffCriteriaLine *
line_new (TradeoffCriteriaLineKind  kind,
          const char               *text,
          gboolean                  exclusive,
          GPtrArray                *ticks)
{
  TradeoffCriteriaLine *self = g_object_new (TRADEOFF_TYPE_CRITERIA_LINE, NULL);

  self->kind = kind;
  self->text = g_strdup (text);
  self->exclusive = exclusive;
  if (ticks != NULL)
    {
      for (guint i = 0; i < ticks->len; i++)
        {
          TradeoffTick *tick = g_ptr_array_index (ticks, i);

          g_ptr_array_add (self->ticks, g_object_ref (tick));
          g_signal_connect_object (tick, "notify::ticked",
                                   G_CALLBACK (update_active), self,
                                   G_CONNECT_SWAPPED);
        }
      /* "active" starts in step without a notification nobody can hear. */
      self->active = any_ticked (self) != (kind == TRADEOFF_CRITERIA_LINE_NO_PREFERENCE);
    }

  return self;
}

static void
follow_ticks (TradeoffCriteriaLine *self,
              TradeoffCriteriaLine *from)
{
  for (guint i = 0; i < self->ticks->len; i++)
    {
      GObject *tick = g_ptr_array_index (self->ticks, i);

      g_signal_handlers_disconnect_by_data (tick, from);
      g_signal_connect_object (tick, "notify::ticked", G_CALLBACK (update_active), self,
                               G_CONNECT_SWAPPED);
    }
}

void
_tradeoff_criteria_line_swap (TradeoffCriteriaLine *self,
                              TradeoffCriteriaLine *from)
{
  TradeoffCriteriaLine saved;

  g_return_if_fail (TRADEOFF_IS_CRITERIA_LINE (self));
  g_return_if_fail (TRADEOFF_IS_CRITERIA_LINE (from));
  g_return_if_fail (self->kind == from->kind);

  saved = *self;
  self->text = from->text;
  self->criterion = from->criterion;
  self->advisor = from->advisor;
  self->exclusive = from->exclusive;
  self->ticks = from->ticks;
  from->text = saved.text;
  from->criterion = saved.criterion;
  from->advisor = saved.advisor;
  from->exclusive = saved.exclusive;
  from->ticks = saved.ticks;
  follow_ticks (self, from);
  follow_ticks (from, self);
  update_active (self);
}

static void
follow_text (TradeoffCriteriaLine *self,
             const char           *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* A criterion line's criterion is a new object only when the edit touched
 * it or its group; its label and rationale are compared only then. */
static void
follow_criterion (TradeoffCriteriaLine *self,
                  TradeoffCriterion    *criterion)
{
  g_autoptr(TradeoffCriterion) old = NULL;

  if (self->criterion == criterion)
    return;

  old = g_steal_pointer (&self->criterion);
  self->criterion = g_object_ref (criterion);
  follow_text (self, tradeoff_criterion_get_label (criterion));
  if (g_strcmp0 (tradeoff_criterion_get_rationale (old), tradeoff_criterion_get_rationale (criterion)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * _tradeoff_criteria_lines_follow:
 * @lines: lines made by tradeoff_criteria_lines_new() for @advisor
 * @advisor: an advisor kept across an edit of its comparison
 *
 * Brings the lines to the advisor's comparison: each criterion line to its
 * criterion's new object, each heading to its group's heading, notifying
 * "text" and "description" where they changed.  The advisor computes the
 * same as before (tradeoff-advisor-rebase.c), so the lines are the same
 * in number and kind.  O(lines) pointer and heading comparisons.
 */
void
_tradeoff_criteria_lines_follow (GListModel      *lines,
                                 TradeoffAdvisor *advisor)
{
  GListModel *groups;
  guint n_lines, position = 0;

  g_return_if_fail (G_IS_LIST_MODEL (lines));
  g_return_if_fail (TRADEOFF_IS_ADVISOR (advisor));

  groups = tradeoff_comparison_get_groups (tradeoff_advisor_get_comparison (advisor));
  n_lines = g_list_model_get_n_items (lines);
  for (guint g = 0; g < g_list_model_get_n_items (groups) && position < n_lines; g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
      guint n = g_list_model_get_n_items (criteria);
      g_autoptr(TradeoffCriteriaLine) heading = NULL;

      if (n == 0)
        continue;

      heading = g_list_model_get_item (lines, position++);
      g_return_if_fail (heading->kind == TRADEOFF_CRITERIA_LINE_HEADING);
      follow_text (heading, tradeoff_criterion_group_get_label (group));
      for (guint i = 0; i < n && position < n_lines; i++)
        {
          g_autoptr(TradeoffCriteriaLine) line = g_list_model_get_item (lines, position++);
          g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, i);

          g_return_if_fail (line->kind == TRADEOFF_CRITERIA_LINE_CRITERION);
          follow_criterion (line, criterion);
        }
      if (tradeoff_criterion_group_get_exclusive (group))
        position++;
    }
}

/* A group's lines: its heading, its criteria and, if only one of them can
 * be chosen, the way to choose none. */
static void
append_group (GListStore             *lines,
              TradeoffCriterionGroup *group,
              TradeoffAdvisor        *advisor)
{
  GListModel *ticks = tradeoff_advisor_get_ticks (advisor);
  GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
  guint n = g_list_model_get_n_items (criteria);
  gboolean exclusive = tradeoff_criterion_group_get_exclusive (group);
  g_autoptr(GPtrArray) group_lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) group_ticks = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (group_lines, line_new (TRADEOFF_CRITERIA_LINE_HEADING,
                                          tradeoff_criterion_group_get_label (group),
                                          exclusive, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, i);
      TradeoffTick *tick = g_list_model_get_item (ticks, tradeoff_criterion_get_index (criterion));
      g_autoptr(GPtrArray) own = g_ptr_array_new ();
      TradeoffCriteriaLine *line;

      g_ptr_array_add (group_ticks, tick);
      g_ptr_array_add (own, tick);
      line = line_new (TRADEOFF_CRITERIA_LINE_CRITERION,
                       tradeoff_criterion_get_label (criterion), exclusive, own);
      line->criterion = g_object_ref (criterion);
      line->advisor = g_object_ref (advisor);
      g_ptr_array_add (group_lines, line);
    }

  if (exclusive)
    g_ptr_array_add (group_lines, line_new (TRADEOFF_CRITERIA_LINE_NO_PREFERENCE,
                                            _("No preference"), TRUE, group_ticks));

  g_list_store_splice (lines, g_list_model_get_n_items (G_LIST_MODEL (lines)), 0,
                       group_lines->pdata, group_lines->len);
}

/**
 * tradeoff_criteria_lines_new:
 * @advisor: the advisor whose ticks the lines show and set
 *
 * Returns: (transfer full): the form's lines, group by group, leaving out
 *   groups with no criteria
 */
GListModel *
tradeoff_criteria_lines_new (TradeoffAdvisor *advisor)
{
  GListModel *groups;
  GListStore *lines;
  guint n;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);

  groups = tradeoff_comparison_get_groups (tradeoff_advisor_get_comparison (advisor));
  lines = g_list_store_new (TRADEOFF_TYPE_CRITERIA_LINE);
  n = g_list_model_get_n_items (groups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, i);

      if (g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (group)) > 0)
        append_group (lines, group, advisor);
    }

  return G_LIST_MODEL (lines);
}

TradeoffCriteriaLineKind
tradeoff_criteria_line_get_kind (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), TRADEOFF_CRITERIA_LINE_HEADING);

  return self->kind;
}

/* The heading, the criterion's label, or "No preference". */
const char *
tradeoff_criteria_line_get_text (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), NULL);

  return self->text;
}

/* Why the criterion matters (its rationale), for a tooltip; %NULL for the
 * other kinds. */
const char *
tradeoff_criteria_line_get_description (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), NULL);

  return self->criterion != NULL ? tradeoff_criterion_get_rationale (self->criterion) : NULL;
}

/* Whether the line belongs to a group where one choice excludes the
 * others: its box is drawn as a radio button. */
gboolean
tradeoff_criteria_line_get_exclusive (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), FALSE);

  return self->exclusive;
}

/* A criterion line's tick, whose level the line's row sets; %NULL for
 * headings and "No preference". */
TradeoffTick *
tradeoff_criteria_line_get_tick (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), NULL);

  if (self->kind != TRADEOFF_CRITERIA_LINE_CRITERION)
    return NULL;

  return g_ptr_array_index (self->ticks, 0);
}

TradeoffCriterion *
tradeoff_criteria_line_get_criterion (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), NULL);

  return self->criterion;
}

/**
 * tradeoff_criteria_line_dup_effect:
 *
 * What ticking the criterion does to the scores, before it is ticked, for
 * example "+3 Django, −1 Flask".
 *
 * Returns: (transfer full) (nullable): the effect, or %NULL for a heading
 *   or "No preference"
 */
char *
tradeoff_criteria_line_dup_effect (TradeoffCriteriaLine *self)
{
  g_autoptr(GString) effect = NULL;
  GListModel *options;
  const int *weights;
  guint n_weights;

  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), NULL);

  if (self->criterion == NULL)
    return NULL;

  effect = g_string_new (NULL);
  options = tradeoff_comparison_get_options (tradeoff_advisor_get_comparison (self->advisor));
  weights = tradeoff_criterion_get_weights (self->criterion, &n_weights);
  for (guint i = 0; i < n_weights && i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr(TradeoffOption) option = NULL;

      if (weights[i] == 0)
        continue;

      option = g_list_model_get_item (options, i);
      if (effect->len > 0)
        /* Translators: between the effects on two options, "+3 Django, −1 Flask" */
        g_string_append (effect, C_("effect", ", "));
      if (weights[i] > 0)
        /* Translators: ticking a criterion gives this option points: "+3 Django" */
        g_string_append_printf (effect, C_("effect", "+%d %s"), weights[i],
                                tradeoff_option_get_name (option));
      else
        /* Translators: ticking a criterion takes points from this option: "−1 Flask" */
        g_string_append_printf (effect, C_("effect", "−%d %s"), -weights[i],
                                tradeoff_option_get_name (option));
    }

  if (effect->len == 0)
    return g_strdup (_("No points for any option"));

  return g_string_free (g_steal_pointer (&effect), FALSE);
}

/* Whether ticking (or unticking) this line's criterion would change the
 * verdict, so that its row can say so. */
gboolean
tradeoff_criteria_line_get_would_change (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), FALSE);

  /* With nothing ticked every tick would give advice: marking them all
   * would say nothing. */
  if (self->criterion == NULL || tradeoff_advisor_get_n_ticked (self->advisor) == 0)
    return FALSE;

  return tradeoff_advisor_would_flip (self->advisor, self->criterion);
}

gboolean
tradeoff_criteria_line_get_active (TradeoffCriteriaLine *self)
{
  g_return_val_if_fail (TRADEOFF_IS_CRITERIA_LINE (self), FALSE);

  return self->active;
}

/* Ticks or unticks the criterion; for "No preference", turning it on
 * unticks the whole group (it goes off by itself when a criterion of the
 * group is chosen).  The advisor keeps exclusive groups to one tick, and
 * every line follows through the ticks' notifications. */
void
tradeoff_criteria_line_set_active (TradeoffCriteriaLine *self,
                                   gboolean              active)
{
  g_return_if_fail (TRADEOFF_IS_CRITERIA_LINE (self));

  switch (self->kind)
    {
    case TRADEOFF_CRITERIA_LINE_CRITERION:
      tradeoff_tick_set_ticked (g_ptr_array_index (self->ticks, 0), active);
      break;

    case TRADEOFF_CRITERIA_LINE_NO_PREFERENCE:
      if (active)
        for (guint i = 0; i < self->ticks->len; i++)
          tradeoff_tick_set_ticked (g_ptr_array_index (self->ticks, i), FALSE);
      break;

    case TRADEOFF_CRITERIA_LINE_HEADING:
    default:
      break;
    }
}

/* What a click, Space or Enter on the line does: a check box toggles, a
 * radio button is chosen (choosing it again changes nothing). */
void
tradeoff_criteria_line_activate (TradeoffCriteriaLine *self)
{
  g_return_if_fail (TRADEOFF_IS_CRITERIA_LINE (self));

  if (self->kind == TRADEOFF_CRITERIA_LINE_CRITERION && !self->exclusive)
    tradeoff_criteria_line_set_active (self, !self->active);
  else
    tradeoff_criteria_line_set_active (self, TRUE);
}

static void
tradeoff_criteria_line_finalize (GObject *object)
{
  TradeoffCriteriaLine *self = TRADEOFF_CRITERIA_LINE (object);

  g_free (self->text);
  g_clear_object (&self->criterion);
  g_clear_object (&self->advisor);
  g_clear_pointer (&self->ticks, g_ptr_array_unref);

  G_OBJECT_CLASS (tradeoff_criteria_line_parent_class)->finalize (object);
}

static void
tradeoff_criteria_line_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TradeoffCriteriaLine *self = TRADEOFF_CRITERIA_LINE (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, tradeoff_criteria_line_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criteria_line_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TradeoffCriteriaLine *self = TRADEOFF_CRITERIA_LINE (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      tradeoff_criteria_line_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tradeoff_criteria_line_class_init (TradeoffCriteriaLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tradeoff_criteria_line_finalize;
  object_class->get_property = tradeoff_criteria_line_get_property;
  object_class->set_property = tradeoff_criteria_line_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Both change only when an edit of the comparison keeps the advisor
   * (_tradeoff_criteria_lines_follow()). */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tradeoff_criteria_line_init (TradeoffCriteriaLine *self)
{
  self->ticks = g_ptr_array_new_with_free_func (g_object_unref);
}
