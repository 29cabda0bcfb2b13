/* tradeoff-report-facts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Gathers what a report says from the advisor, once.  Every format (pages,
 * HTML, Markdown, text) then only arranges these facts, so they cannot tell
 * different stories.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-text.h"
#include "tradeoff-report-private.h"

static const char *
nonempty (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

static const char *
text_or (const char *text,
         const char *fallback)
{
  return nonempty (text) != NULL ? text : fallback;
}

/* "2026-03" becomes "March 2026" and "2026-03-14" "14 March 2026", in the
 * reader's language; anything else is returned as it is. */
static char *
format_updated (const char *updated)
{
  g_autoptr(GDateTime) date = NULL;
  int year = 0, month = 0, day = 0;
  char tail;

  if (sscanf (updated, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3)
    {
      date = g_date_time_new_utc (year, month, day, 0, 0, 0);
      if (date != NULL)
        /* Translators: a date, as in "14 March 2026"; see g_date_time_format() */
        return g_date_time_format (date, _("%-d %B %Y"));
    }
  else if (sscanf (updated, "%4d-%2d%c", &year, &month, &tail) == 2)
    {
      date = g_date_time_new_utc (year, month, 1, 0, 0, 0);
      if (date != NULL)
        /* Translators: a month, as in "March 2026"; see g_date_time_format() */
        return g_date_time_format (date, _("%B %Y"));
    }

  return g_strdup (updated);
}

/* The byline often says when the comparison was updated already ("Last
 * updated: March 2026 | …"); saying it twice would only be noise. */
static char *
dup_updated_line (const char *byline,
                  const char *updated)
{
  g_autofree char *when = NULL;
  g_autofree char *isolated = NULL;

  if (nonempty (updated) == NULL)
    return NULL;

  when = format_updated (updated);
  if (byline != NULL && (strstr (byline, when) != NULL || strstr (byline, updated) != NULL))
    return NULL;

  /* The date may be the file's own text: isolated, like every text from
   * the file that a sentence is built around. */
  isolated = tradeoff_safe_text_isolate (when);
  /* Translators: %s is a date, as in "Updated March 2026" */
  return g_strdup_printf (_("Updated %s"), isolated);
}

static void
report_reason_free (gpointer data)
{
  TradeoffReportReason *reason = data;

  g_free (reason->summary);
  g_free (reason->source);
  g_free (reason);
}

static void
report_group_free (gpointer data)
{
  TradeoffReportGroup *group = data;

  g_ptr_array_unref (group->criteria);
  g_free (group);
}

static void
gather_reasons (TradeoffReportFacts *facts)
{
  GListModel *reasons = tradeoff_advisor_get_reasons (facts->advisor);
  guint n = g_list_model_get_n_items (reasons);

  facts->reasons = g_ptr_array_new_full (n, report_reason_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffReason) item = g_list_model_get_item (reasons, i);
      TradeoffCriterion *criterion = tradeoff_reason_get_criterion (item);
      TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);
      TradeoffReportReason *reason = g_new0 (TradeoffReportReason, 1);

      reason->summary = tradeoff_reason_dup_summary (item);
      reason->rationale = nonempty (tradeoff_criterion_get_rationale (criterion));
      if (source != NULL && nonempty (tradeoff_faq_entry_get_question (source)) != NULL)
        reason->source = tradeoff_safe_text_isolate (tradeoff_faq_entry_get_question (source));
      g_ptr_array_add (facts->reasons, reason);
    }
}

static void
gather_flips (TradeoffReportFacts *facts)
{
  GListModel *flips = tradeoff_advisor_get_flips (facts->advisor);
  guint n = g_list_model_get_n_items (flips);

  facts->flips = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFlip) flip = g_list_model_get_item (flips, i);

      g_ptr_array_add (facts->flips, tradeoff_flip_dup_summary (flip));
    }
}

/* A report waits at most this long for the exact smallest changes, as
 * --summary does; past it, what the search found is said and labelled as
 * not proven.  The shipped comparison never comes near it. */
#define MIN_CHANGE_BUDGET_US (2 * G_USEC_PER_SEC)

static void
gather_min_change (TradeoffReportFacts *facts)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (facts->advisor);
  g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (facts->advisor);
  TradeoffMinChangeBudget budget = { 0, MIN_CHANGE_BUDGET_US };
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  g_autoptr(GError) error = NULL;

  facts->leads = g_ptr_array_new_with_free_func (g_free);
  solution = tradeoff_min_change_solve (&input->problem, &budget, NULL, &error);
  if (solution == NULL)
    {
      /* A comparison with fewer than two options has nothing to compare. */
      g_debug ("No smallest changes: %s", error->message);
      return;
    }

  facts->firmness = tradeoff_min_change_dup_firmness_text (comparison, solution);
  for (guint o = 0; o < solution->n_options; o++)
    {
      char *text = tradeoff_min_change_dup_lead_text (comparison, o, &solution->targets[o]);

      if (text != NULL)
        g_ptr_array_add (facts->leads, text);
    }
}

/* Splits each group's criteria into the ticked and the unticked, keeping
 * the comparison's order and leaving out groups with nothing on a side. */
static void
gather_criteria (TradeoffReportFacts *facts)
{
  GListModel *groups = tradeoff_comparison_get_groups (facts->comparison);
  guint n_groups = g_list_model_get_n_items (groups);

  facts->ticked = g_ptr_array_new_with_free_func (report_group_free);
  facts->unticked = g_ptr_array_new_with_free_func (report_group_free);

  for (guint g = 0; g < n_groups; g++)
    {
      g_autoptr(TradeoffCriterionGroup) group = g_list_model_get_item (groups, g);
      GListModel *criteria = tradeoff_criterion_group_get_criteria (group);
      guint n = g_list_model_get_n_items (criteria);
      TradeoffReportGroup *sides[2] = { NULL, NULL };

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TradeoffCriterion) criterion = g_list_model_get_item (criteria, i);
          gboolean ticked = tradeoff_advisor_get_ticked (facts->advisor, criterion);
          TradeoffReportGroup **side = &sides[ticked ? 0 : 1];

          if (*side == NULL)
            {
              *side = g_new0 (TradeoffReportGroup, 1);
              (*side)->label = tradeoff_criterion_group_get_label (group);
              (*side)->criteria = g_ptr_array_new ();
              g_ptr_array_add (ticked ? facts->ticked : facts->unticked, *side);
            }
          g_ptr_array_add ((*side)->criteria, criterion);
        }
    }
}

static int
compare_drivers (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  TradeoffAdvisor *advisor = user_data;
  TradeoffCriterion *ca = *(TradeoffCriterion * const *) a;
  TradeoffCriterion *cb = *(TradeoffCriterion * const *) b;
  /* Must-haves, then what matters a lot, then the rest. */
  int rank_a = (TRADEOFF_LEVEL_MUST - (int) tradeoff_advisor_get_level (advisor, ca) + 4) % 4;
  int rank_b = (TRADEOFF_LEVEL_MUST - (int) tradeoff_advisor_get_level (advisor, cb) + 4) % 4;

  if (rank_a != rank_b)
    return rank_a - rank_b;

  return (int) tradeoff_criterion_get_index (ca) - (int) tradeoff_criterion_get_index (cb);
}

/* The levels, must-haves first: "Must have: A, B", "Matters a lot: C". */
static void
add_level_line (TradeoffReportFacts *facts,
                TradeoffLevel        level)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < facts->drivers->len; i++)
    {
      TradeoffCriterion *criterion = g_ptr_array_index (facts->drivers, i);

      if (tradeoff_advisor_get_level (facts->advisor, criterion) != level)
        continue;
      if (names->len > 0)
        g_string_append (names, "; ");
      g_string_append (names, tradeoff_criterion_get_label (criterion));
    }

  if (names->len > 0)
    /* Translators: a level, then the criteria at it, e.g. "Must have: A; B" */
    g_ptr_array_add (facts->record, g_strdup_printf (_("%s: %s"), tradeoff_level_describe (level),
                                                      names->str));
}

static void
gather_record_lines (TradeoffReportFacts *facts,
                     gboolean             with_decision)
{
  add_level_line (facts, TRADEOFF_LEVEL_MUST);
  add_level_line (facts, TRADEOFF_LEVEL_A_LOT);
  if (facts->record->len > 0)
    add_level_line (facts, TRADEOFF_LEVEL_MATTERS);

  if (!with_decision)
    return;

  g_ptr_array_add (facts->record, g_strdup_printf (_("Status: %s"),
                                                    tradeoff_decision_status_describe (facts->status)));
  if (facts->record_date != NULL)
    g_ptr_array_add (facts->record, g_strdup_printf (_("Date: %s"), facts->record_date));
  if (facts->deciders != NULL)
    g_ptr_array_add (facts->record, g_strdup_printf (_("Decided by: %s"), facts->deciders));
  if (facts->chosen != TRADEOFF_REPORT_NO_LEADER)
    {
      const char *name = tradeoff_option_get_name (tradeoff_comparison_get_option (facts->comparison,
                                                                                   facts->chosen));

      if (facts->chosen != facts->leader && facts->reason != NULL)
        /* Translators: the option chosen, then why, when it is not the advice */
        g_ptr_array_add (facts->record, g_strdup_printf (_("Chosen: %s, not what the advice says, because: %s"),
                                                          name, facts->reason));
      else
        g_ptr_array_add (facts->record, g_strdup_printf (_("Chosen: %s"), name));
    }
  if (facts->note != NULL)
    g_ptr_array_add (facts->record, g_strdup_printf (_("Note: %s"), facts->note));
}

static void
gather_record (TradeoffReportFacts  *facts,
               TradeoffReportRecord *record)
{
  guint n = tradeoff_comparison_get_n_criteria (facts->comparison);

  facts->chosen = TRADEOFF_REPORT_NO_LEADER;
  facts->drivers = g_ptr_array_new ();
  for (guint c = 0; c < n; c++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (facts->comparison, c);

      if (tradeoff_advisor_get_ticked (facts->advisor, criterion))
        g_ptr_array_add (facts->drivers, criterion);
    }
  g_ptr_array_sort_with_data (facts->drivers, compare_drivers, facts->advisor);
  facts->record = g_ptr_array_new_with_free_func (g_free);
  facts->record_copy = record;

  if (record != NULL)
    {
      facts->status = record->status;
      facts->record_date = record->date;
      facts->deciders = record->deciders;
      facts->note = record->note;
      facts->reason = record->reason;
      if (record->chosen != NULL)
        {
          TradeoffOption *option = tradeoff_comparison_find_option (facts->comparison, record->chosen);

          if (option != NULL)
            facts->chosen = tradeoff_option_get_index (option);
        }
    }

  gather_record_lines (facts, record != NULL);
}

TradeoffReportRecord *
_tradeoff_report_record_new (TradeoffDecision *decision)
{
  TradeoffReportRecord *record;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (decision), NULL);

  record = g_new0 (TradeoffReportRecord, 1);
  record->status = tradeoff_decision_get_status (decision);
  record->date = g_strdup (tradeoff_decision_get_date (decision));
  record->deciders = g_strdup (tradeoff_decision_get_deciders (decision));
  record->note = g_strdup (tradeoff_decision_get_note (decision));
  record->chosen = g_strdup (tradeoff_decision_get_chosen (decision));
  record->reason = g_strdup (tradeoff_decision_get_reason (decision));

  return record;
}

TradeoffReportRecord *
_tradeoff_report_record_copy (const TradeoffReportRecord *record)
{
  TradeoffReportRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_new0 (TradeoffReportRecord, 1);
  copy->status = record->status;
  copy->date = g_strdup (record->date);
  copy->deciders = g_strdup (record->deciders);
  copy->note = g_strdup (record->note);
  copy->chosen = g_strdup (record->chosen);
  copy->reason = g_strdup (record->reason);

  return copy;
}

void
_tradeoff_report_record_free (TradeoffReportRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->date);
  g_free (record->deciders);
  g_free (record->note);
  g_free (record->chosen);
  g_free (record->reason);
  g_free (record);
}

static void
gather_verdict (TradeoffReportFacts *facts)
{
  TradeoffOption *leader = tradeoff_advisor_get_leader (facts->advisor);

  facts->kind = tradeoff_advisor_get_verdict_kind (facts->advisor);
  facts->leader = leader != NULL ? tradeoff_option_get_index (leader) : TRADEOFF_REPORT_NO_LEADER;
  facts->headline = text_or (tradeoff_advisor_get_headline (facts->advisor), "");
  facts->explanation = nonempty (tradeoff_advisor_get_explanation (facts->advisor));

  /* Confidence only means something when one option leads.  The words are
   * the verdict panel's, so the page says what the window says. */
  if (facts->kind == TRADEOFF_VERDICT_LEADER)
    facts->confidence = tradeoff_advisor_dup_confidence_text (facts->advisor);

  facts->n_options = tradeoff_comparison_get_n_options (facts->comparison);
  facts->scores = g_new0 (int, facts->n_options);
  for (guint o = 0; o < facts->n_options; o++)
    facts->scores[o] = tradeoff_advisor_get_score (facts->advisor, o);
}

TradeoffReportFacts *
_tradeoff_report_facts_new (TradeoffAdvisor      *advisor,
                            TradeoffReportRecord *record)
{
  TradeoffReportFacts *facts;
  TradeoffComparison *comparison;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;

  g_return_val_if_fail (TRADEOFF_IS_ADVISOR (advisor), NULL);

  comparison = tradeoff_advisor_get_comparison (advisor);

  facts = g_new0 (TradeoffReportFacts, 1);
  facts->advisor = g_object_ref (advisor);
  facts->comparison = comparison;

  facts->title = text_or (tradeoff_comparison_get_title (comparison), _("Comparison"));
  facts->byline = nonempty (tradeoff_comparison_get_byline (comparison));
  facts->updated = dup_updated_line (facts->byline, tradeoff_comparison_get_updated (comparison));
  facts->intro = nonempty (tradeoff_comparison_get_intro (comparison));
  facts->today = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: a date, as in "14 March 2026"; see g_date_time_format() */
  today = g_date_time_format (now, _("%-d %B %Y"));
  /* Translators: %s is today's date; the ticks and the advice are as of then */
  facts->as_of = g_strdup_printf (_("Advice as of %s"), today);

  facts->grid_heading = text_or (tradeoff_comparison_get_grid_heading (comparison),
                                 _("Quick comparison"));
  facts->aspect_heading = text_or (tradeoff_comparison_get_aspect_heading (comparison),
                                   _("Aspect"));
  facts->criteria_heading = text_or (tradeoff_comparison_get_criteria_heading (comparison),
                                     _("Criteria"));
  facts->faq_heading = text_or (tradeoff_comparison_get_faq_heading (comparison),
                                _("Frequently asked questions"));

  gather_verdict (facts);
  gather_reasons (facts);
  gather_flips (facts);
  gather_min_change (facts);
  gather_criteria (facts);
  gather_record (facts, record);

  return facts;
}

void
_tradeoff_report_facts_free (TradeoffReportFacts *facts)
{
  if (facts == NULL)
    return;

  g_clear_pointer (&facts->reasons, g_ptr_array_unref);
  g_clear_pointer (&facts->flips, g_ptr_array_unref);
  g_clear_pointer (&facts->leads, g_ptr_array_unref);
  g_free (facts->firmness);
  g_clear_pointer (&facts->ticked, g_ptr_array_unref);
  g_clear_pointer (&facts->unticked, g_ptr_array_unref);
  g_clear_pointer (&facts->drivers, g_ptr_array_unref);
  g_clear_pointer (&facts->record, g_ptr_array_unref);
  g_clear_pointer (&facts->record_copy, _tradeoff_report_record_free);
  g_free (facts->updated);
  g_free (facts->as_of);
  g_free (facts->today);
  g_free (facts->confidence);
  g_free (facts->scores);
  g_clear_object (&facts->advisor);
  g_free (facts);
}

char *
_tradeoff_report_facts_dup_score (TradeoffReportFacts *facts,
                                  guint                option)
{
  g_return_val_if_fail (option < facts->n_options, NULL);

  int score = facts->scores[option];

  /* Translators: an option's score, the sum of the ticked criteria's weights. */
  g_autofree char *points = g_strdup_printf (ngettext ("%d point", "%d points", ABS (score)), score);

  /* Every format shows a ruled-out option's score with why it is out. */
  if (tradeoff_advisor_get_ruled_out_by (facts->advisor, option) != NULL)
    /* Translators: %s is a score, e.g. "4 points (ruled out)"; a must-have
     * rules the option out. */
    return g_strdup_printf (_("%s (ruled out)"), points);

  return g_steal_pointer (&points);
}
