/* tradeoff-advisor-confidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How firm a lead is, in numbers and in the words every view says it with.
 *
 * A lead is measured against what could still undo it, not against what
 * the ticks so far happened to separate: one tick worth 3 against 0 is a
 * lead of 3 points, and with twenty questions left open that is a slight
 * one.  For each rival in the running, the *open swing* is the most that
 * the answers not given yet could still add to the rival over the leader:
 * every criterion off counted at "matters a lot" (×2), every criterion at
 * "matters" counted once more (×1), an exclusive group with nothing chosen
 * as its best choice for the rival, and must-haves, already answered, as
 * nothing.  The confidence is the lead as a share of the lead plus that
 * swing, against the rival for whom it is least: above one half exactly
 * when the lead is bigger than everything still open could give the rival.
 *
 * That is "Strong lead" only if, besides, no single change of an answer
 * (an untick, another level, a must-have that rules the leader out, another
 * choice in an exclusive group) changes the verdict, so the words never
 * contradict the firmness line beside them ("One answer decides it").
 * "Clear lead" is a lead at least half the open swing; less is "Slight".
 *
 * The swing is a running sum kept by the tally (tradeoff-advisor-tally.c),
 * so all of this is O(options) per tick.  With more than two options it
 * counts each criterion's weight for the rival over the criterion's lowest
 * weight rather than over the leader's (which would need a sum per pair of
 * options): it can only overstate the swing, so a lead is never called
 * firmer than it is.
 */

#define G_LOG_DOMAIN "tradeoff-advisor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-advisor-private.h"
#include "tradeoff-safe-text.h"

/* Above this the lead beats everything open; at or below it, it may not. */
#define STRONG_ABOVE 0.5
/* A lead of at least half the open swing: lead / (lead + 2 × lead). */
#define CLEAR_FROM (1.0 / 3.0)

const char *
tradeoff_verdict_describe (TradeoffVerdictKind kind,
                           double              confidence)
{
  switch (kind)
    {
    case TRADEOFF_VERDICT_LEADER:
      if (confidence > STRONG_ABOVE)
        return _("Strong lead");
      if (confidence >= CLEAR_FROM)
        return _("Clear lead");
      return _("Slight lead");

    case TRADEOFF_VERDICT_TIE:
      return _("Tied");

    case TRADEOFF_VERDICT_CONFLICT:
      return _("No option passes");

    case TRADEOFF_VERDICT_NONE:
    default:
      return _("Nothing ticked yet");
    }
}

/* Whether changing one answer (one criterion's level, or an exclusive
 * group's choice) changes the verdict: what the firmness line (issue 15)
 * words as "One answer decides it".  The first two tests settle it in O(1)
 * for almost every comparison; the scan only runs for a leader that serves
 * every criterion. */
static gboolean
one_answer_decides (TradeoffAdvisor *self)
{
  const TradeoffTally *tally = &self->tally;

  /* Unticking the only answer leaves no advice. */
  if (tally->n_ticked <= 1)
    return TRUE;
  /* A must-have the leader does not serve rules it out. */
  if (tally->unserved[self->verdict.leader] > 0)
    return TRUE;

  return _tradeoff_flips_any (tally, &self->verdict);
}

double
_tradeoff_advisor_current_confidence (TradeoffAdvisor *self)
{
  double share;
  guint rival;

  if (self->verdict.kind != TRADEOFF_VERDICT_LEADER)
    return 0.0;

  share = _tradeoff_tally_closest_rival (&self->tally, self->verdict.leader, &rival);
  if (share > STRONG_ABOVE && one_answer_decides (self))
    share = STRONG_ABOVE;

  return share;
}

static char *
isolated_name (TradeoffAdvisor *self,
               guint            option)
{
  return tradeoff_safe_text_isolate (tradeoff_option_get_name (self->tally.options[option]));
}

/* "Django leads Flask by 3 points; the answers not given yet could swing
 * up to 28 points towards Flask", without the full stop. */
static char *
dup_margin_text (TradeoffAdvisor *self,
                 guint            rival)
{
  const TradeoffTally *tally = &self->tally;
  guint leader = self->verdict.leader;
  int margin = tally->scores[leader] - tally->scores[rival];
  int open = tally->open_swing[rival];
  g_autofree char *leader_name = isolated_name (self, leader);
  g_autofree char *rival_name = isolated_name (self, rival);
  g_autofree char *lead = NULL;
  g_autofree char *rest = NULL;

  /* Translators: the leader, the closest rival, and the points between
   * their scores, e.g. “Django leads Flask by 3 points”. */
  lead = g_strdup_printf (ngettext ("%s leads %s by %d point", "%s leads %s by %d points",
                                    margin),
                          leader_name, rival_name, margin);
  if (open == 0)
    /* Translators: %s is the closest rival; no criterion left unticked or
     * below “matters a lot” gives it more than the leader. */
    rest = g_strdup_printf (_("nothing left to answer favours %s"), rival_name);
  else
    /* Translators: the most the criteria not ticked yet (or not yet at
     * “matters a lot”) could still add to the closest rival (%s) over the
     * leader, e.g. “the answers not given yet could swing up to 28 points
     * towards Flask”. */
    rest = g_strdup_printf (ngettext ("the answers not given yet could swing up to %d point "
                                      "towards %s",
                                      "the answers not given yet could swing up to %d points "
                                      "towards %s", open),
                            open, rival_name);

  /* Translators: the lead, then what could still swing it, e.g. “Django
   * leads Flask by 3 points; the answers not given yet could swing up to
   * 28 points towards Flask”. */
  return g_strdup_printf (_("%s; %s"), lead, rest);
}

/**
 * tradeoff_advisor_dup_confidence_text:
 * @self: an advisor
 *
 * The confidence as one sentence for the summary and the reports: the
 * words of tradeoff_verdict_describe(), then the points they stand for,
 * e.g. "Confidence: Slight lead. Django leads Flask by 3 points; the
 * answers not given yet could swing up to 28 points towards Flask."
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when no
 * option leads
 */
char *
tradeoff_advisor_dup_confidence_text (TradeoffAdvisor *self)
{
  double confidence;
  double share;
  guint rival;
  g_autofree char *detail = NULL;
  const char *words;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (self), NULL);

  if (self->verdict.kind != TRADEOFF_VERDICT_LEADER)
    return NULL;

  confidence = _tradeoff_advisor_current_confidence (self);
  words = tradeoff_verdict_describe (TRADEOFF_VERDICT_LEADER, confidence);
  share = _tradeoff_tally_closest_rival (&self->tally, self->verdict.leader, &rival);

  if (rival == TRADEOFF_NO_INDEX)
    /* Translators: the leader is the only option left in the running. */
    detail = g_strdup (_("Your must-haves rule out every other option"));
  else
    detail = dup_margin_text (self, rival);

  if (share > confidence)
    /* Translators: %s is the confidence's words (“Clear lead”), the second
     * the lead and what could swing it.  The lead beats everything still
     * open, but changing one answer would change the verdict, as “How firm
     * the verdict is” says. */
    return g_strdup_printf (_("Confidence: %s. %s; but one answer decides it."), words, detail);

  /* Translators: %s is the confidence's words (“Slight lead”), the second
   * the lead and what could swing it. */
  return g_strdup_printf (_("Confidence: %s. %s."), words, detail);
}
