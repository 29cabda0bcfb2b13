/* tradeoff-min-change-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes are told in clauses, one per kind of change with every criterion
 * it applies to ("ticked “X” and “Y”"), the clauses then joined the way
 * the language joins a list; each piece is its own message, so translators
 * can order words as their language does.
 */

#define G_LOG_DOMAIN "tradeoff-min-change"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-advisor.h"
#include "tradeoff-criterion.h"
#include "tradeoff-min-change-text.h"
#include "tradeoff-option.h"
#include "tradeoff-safe-text.h"

typedef enum
{
  CLAUSE_TICK,
  CLAUSE_UNTICK,
  CLAUSE_A_LOT,
  CLAUSE_MUST,
  CLAUSE_MATTERS,
  CLAUSE_CHOOSE,   /* one clause per change: it names two criteria */
  N_CLAUSES
} Clause;

/* "A", "A and B", "A, B and C", as every list of names is joined. */
static char *
join_list (GPtrArray *items)
{
  return tradeoff_join_names ((const char * const *) items->pdata, items->len);
}

static char *
quoted_label (TradeoffComparison *comparison,
              guint               criterion)
{
  TradeoffCriterion *c = tradeoff_comparison_get_criterion (comparison, criterion);
  /* Isolated, like every text from the file that a sentence is built
   * around (tradeoff-safe-text.c). */
  g_autofree char *label = tradeoff_safe_text_isolate (tradeoff_criterion_get_label (c));

  /* Translators: a criterion's label, quoted in a sentence. */
  return g_strdup_printf (C_("criterion", "“%s”"), label);
}

static Clause
clause_of (const TradeoffMinChange *change)
{
  if (change->level == TRADEOFF_MIN_CHANGE_OFF)
    return CLAUSE_UNTICK;
  if (change->replaces != TRADEOFF_MIN_CHANGE_NO_OPTION && change->level == TRADEOFF_MIN_CHANGE_MATTERS)
    return CLAUSE_CHOOSE;
  if (change->level == TRADEOFF_MIN_CHANGE_A_LOT)
    return CLAUSE_A_LOT;
  if (change->level == TRADEOFF_MIN_CHANGE_MUST)
    return CLAUSE_MUST;

  return change->was == TRADEOFF_MIN_CHANGE_OFF ? CLAUSE_TICK : CLAUSE_MATTERS;
}

static char *
clause_text (Clause      clause,
             GPtrArray  *labels)
{
  g_autofree char *list = join_list (labels);

  switch (clause)
    {
    case CLAUSE_TICK:
      /* Translators: what a change does, after “if you”, e.g. “ticked
       * “Speed” and “Ease””. */
      return g_strdup_printf (_("ticked %s"), list);
    case CLAUSE_UNTICK:
      /* Translators: what a change does, after “if you”. */
      return g_strdup_printf (_("unticked %s"), list);
    case CLAUSE_A_LOT:
      /* Translators: what a change does, after “if you”: the criteria
       * would count twice. */
      return g_strdup_printf (_("made %s matter a lot"), list);
    case CLAUSE_MUST:
      /* Translators: what a change does, after “if you”. */
      return g_strdup_printf (ngettext ("made %s a must-have", "made %s must-haves", labels->len),
                              list);
    case CLAUSE_MATTERS:
      /* Translators: what a change does, after “if you”: a criterion that
       * mattered a lot, or was a must-have, would simply matter. */
      return g_strdup_printf (_("made %s simply matter"), list);
    case CLAUSE_CHOOSE:
    case N_CLAUSES:
    default:
      g_assert_not_reached ();
    }
}

char *
tradeoff_min_change_dup_changes_text (TradeoffComparison *comparison,
                                      GArray             *changes)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);

  for (Clause clause = 0; clause < N_CLAUSES; clause++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < changes->len; i++)
        {
          const TradeoffMinChange *change = &g_array_index (changes, TradeoffMinChange, i);
          g_autofree char *label = NULL;
          g_autofree char *instead_of = NULL;

          if (clause_of (change) != clause)
            continue;
          label = quoted_label (comparison, change->criterion);
          if (clause != CLAUSE_CHOOSE)
            {
              g_ptr_array_add (labels, g_steal_pointer (&label));
              continue;
            }
          instead_of = quoted_label (comparison, change->replaces);
          /* Translators: what a change does, after “if you”: the choice of
           * an either-or question moves from the second to the first. */
          g_ptr_array_add (clauses, g_strdup_printf (_("chose %s instead of %s"), label, instead_of));
        }
      if (labels->len > 0)
        g_ptr_array_add (clauses, clause_text (clause, labels));
    }

  return join_list (clauses);
}

/* The option's name, isolated from the sentence it goes into. */
static char *
option_name (TradeoffComparison *comparison,
             guint               option)
{
  return tradeoff_safe_text_isolate (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, option)));
}

static char *
impossible_text (TradeoffComparison            *comparison,
                 guint                          option,
                 const TradeoffMinChangeResult *result)
{
  g_autofree char *name = option_name (comparison, option);
  g_autofree char *rival = result->rival != TRADEOFF_MIN_CHANGE_NO_OPTION
                           ? option_name (comparison, result->rival) : g_strdup ("");
  g_autofree char *why = NULL;

  switch (result->reason)
    {
    case TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED:
      /* Translators: why nothing can make an option lead; %s is another
       * option, weighed at least as high on every criterion. */
      why = g_strdup_printf (_("no criterion weighs it above %s"), rival);
      break;
    case TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_SERVES_NOTHING:
      /* Translators: why nothing can make an option lead; %s is another
       * option.  A must-have keeps only the options it weighs above 0. */
      why = g_strdup_printf (_("no criterion weighs it above %s, and it serves no criterion "
                               "that a must-have could keep it in by"), rival);
      break;
    case TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_RIVAL_SERVES_TOO:
      /* Translators: why nothing can make an option lead; both %s are
       * the same other option. */
      why = g_strdup_printf (_("no criterion weighs it above %s, and every must-have it "
                               "serves, %s serves too"), rival, rival);
      break;
    case TRADEOFF_MIN_CHANGE_REASON_NO_COMBINATION:
    case TRADEOFF_MIN_CHANGE_REASON_NONE:
    default:
      /* Translators: why nothing can make an option lead. */
      why = g_strdup (_("it can overtake each other option alone, but no combination of "
                        "answers puts it ahead of all of them at once"));
      break;
    }

  /* Translators: the first %s is an option, the second why, e.g.
   * “no criterion weighs it above Django”. */
  return g_strdup_printf (_("Nothing within this comparison’s criteria can make %s lead: %s."),
                          name, why);
}

char *
tradeoff_min_change_dup_lead_text (TradeoffComparison            *comparison,
                                   guint                          option,
                                   const TradeoffMinChangeResult *result)
{
  g_autofree char *name = option_name (comparison, option);
  g_autofree char *changes = NULL;

  switch (result->status)
    {
    case TRADEOFF_MIN_CHANGE_FOUND:
      changes = tradeoff_min_change_dup_changes_text (comparison, result->changes);
      /* Translators: %s is an option, then what to change, e.g. “Flask
       * would lead if you ticked “Speed” and unticked “Batteries””. */
      return g_strdup_printf (_("%s would lead if you %s."), name, changes);
    case TRADEOFF_MIN_CHANGE_BEST_SO_FAR:
      changes = tradeoff_min_change_dup_changes_text (comparison, result->changes);
      /* Translators: as “%s would lead if you %s.”, when the search ran
       * out of time before proving that no smaller change does it. */
      return g_strdup_printf (_("%s would lead if you %s (perhaps with fewer changes: "
                                "not proven yet)."), name, changes);
    case TRADEOFF_MIN_CHANGE_IMPOSSIBLE:
      return impossible_text (comparison, option, result);
    case TRADEOFF_MIN_CHANGE_UNKNOWN:
      /* Translators: %s is an option. */
      return g_strdup_printf (_("No change that makes %s lead has been found yet."), name);
    case TRADEOFF_MIN_CHANGE_ALREADY:
    case TRADEOFF_MIN_CHANGE_CANCELLED:
    default:
      return NULL;
    }
}

static char *
outcome_text (TradeoffComparison             *comparison,
              TradeoffMinChangeVerdict        outcome)
{
  if (outcome.kind == TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    {
      g_autofree char *name = option_name (comparison, outcome.leader);

      /* Translators: the verdict after a change; %s is an option. */
      return g_strdup_printf (_("%s would lead"), name);
    }
  if (outcome.kind == TRADEOFF_MIN_CHANGE_VERDICT_TIE)
    /* Translators: the verdict after a change. */
    return g_strdup (_("it would be a tie"));

  /* Translators: the verdict after a change: no option fits. */
  return g_strdup (_("there would be no advice"));
}

char *
tradeoff_min_change_dup_firmness_text (TradeoffComparison              *comparison,
                                       const TradeoffMinChangeSolution *solution)
{
  const TradeoffMinChangeResult *firmness = &solution->firmness;
  guint n = firmness->changes->len;
  g_autofree char *changes = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *example = NULL;
  g_autofree char *count = NULL;

  if (firmness->status == TRADEOFF_MIN_CHANGE_IMPOSSIBLE)
    return g_strdup (_("No change to your answers can change the verdict."));
  if (firmness->status != TRADEOFF_MIN_CHANGE_FOUND &&
      firmness->status != TRADEOFF_MIN_CHANGE_BEST_SO_FAR)
    return g_strdup (_("How firm the verdict is has not been worked out yet."));

  changes = tradeoff_min_change_dup_changes_text (comparison, firmness->changes);
  outcome = outcome_text (comparison, firmness->outcome);
  if (n == 1 && firmness->status == TRADEOFF_MIN_CHANGE_FOUND)
    /* Translators: the first %s is a change (after “if you”), the second
     * the verdict then, e.g. “Flask would lead”. */
    return g_strdup_printf (_("One answer decides it: if you %s, %s."), changes, outcome);

  if (firmness->status == TRADEOFF_MIN_CHANGE_FOUND)
    count = g_strdup_printf (ngettext ("The verdict holds unless at least %u of your answers "
                                       "changes.",
                                       "The verdict holds unless at least %u of your answers "
                                       "change.", n), n);
  else
    count = g_strdup_printf (ngettext ("Changing %u answer changes the verdict; perhaps fewer "
                                       "would (not proven yet).",
                                       "Changing %u answers changes the verdict; perhaps fewer "
                                       "would (not proven yet).", n), n);
  /* Translators: an example of a change after which the verdict is
   * another; the first %s is the change, the second the verdict then. */
  example = g_strdup_printf (_("For example, if you %s, %s."), changes, outcome);

  return g_strconcat (count, " ", example, NULL);
}
