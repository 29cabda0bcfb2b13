/* tradeoff-cli-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain-text summary of `tradeoff --summary`.  It reads the advisor's
 * properties exactly as the window's verdict panel does, so the terminal and
 * the window always give the same advice.
 */

#define G_LOG_DOMAIN "tradeoff-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-cli-summary.h"
#include "tradeoff-min-change-input.h"
#include "tradeoff-min-change-text.h"
#include "tradeoff-report-private.h"
#include "tradeoff-safe-text.h"

/* A text from the file as one field of a line: shown on that one line
 * (a line break in it would make a line of its own) and isolated from
 * what follows it on the line (tradeoff-safe-text.c). */
static char *
dup_field (const char *text)
{
  g_autofree char *one_line = tradeoff_safe_text_visible (text, TRADEOFF_SAFE_TEXT_ONE_LINE);

  return tradeoff_safe_text_isolate (one_line);
}

/* A text from the file that has a line of its own (a title, a verdict, a
 * rationale): its paragraphs joined into that one line, so that no text
 * can add a line, a second "Recommendation:" say, to the summary. */
static char *
dup_line (const char *text)
{
  g_autoptr(GString) joined = g_string_new (text);

  g_string_replace (joined, "\n\n", " ", 0);
  return tradeoff_safe_text_visible (joined->str, TRADEOFF_SAFE_TEXT_ONE_LINE);
}

/* The grid as aligned columns: aspect label, then one column per option. */
static void
write_grid (TradeoffComparison *comparison,
            GString            *out)
{
  GListModel *aspects = tradeoff_comparison_get_aspects (comparison);
  guint n_aspects = g_list_model_get_n_items (aspects);
  guint n_options = tradeoff_comparison_get_n_options (comparison);
  g_autofree guint *widths = g_new0 (guint, n_options + 1);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  const char *heading = tradeoff_comparison_get_aspect_heading (comparison);
  char **header = g_new0 (char *, n_options + 2);

  header[0] = heading != NULL ? dup_field (heading) : g_strdup (_("Aspect"));
  for (guint j = 0; j < n_options; j++)
    header[j + 1] = dup_field (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, j)));
  g_ptr_array_add (rows, header);

  for (guint i = 0; i < n_aspects; i++)
    {
      g_autoptr(TradeoffAspect) aspect = g_list_model_get_item (aspects, i);
      char **row = g_new0 (char *, n_options + 2);

      row[0] = dup_field (tradeoff_aspect_get_label (aspect));
      for (guint j = 0; j < n_options; j++)
        row[j + 1] = dup_field (tradeoff_aspect_get_value (aspect, j));
      g_ptr_array_add (rows, row);
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c <= n_options; c++)
        widths[c] = MAX (widths[c], _tradeoff_text_width (row[c], -1));
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_string_append (out, "  ");
      for (guint c = 0; c <= n_options; c++)
        {
          if (c < n_options)
            _tradeoff_text_append_padded (out, row[c], widths[c] + 2);
          else
            g_string_append (out, row[c]);
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_heading (GString    *out,
               const char *heading)
{
  g_string_append_printf (out, "\n%s\n", heading);
}

static void
write_ticks (TradeoffAdvisor *advisor,
             GString         *out)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  guint n = tradeoff_comparison_get_n_criteria (comparison);
  g_autofree char *heading =
    g_strdup_printf (_("Ticked criteria (%u of %u)"), tradeoff_advisor_get_n_ticked (advisor), n);

  write_heading (out, heading);
  if (n == 0)
    {
      g_string_append_printf (out, "  %s\n", _("This comparison has no criteria yet."));
      return;
    }
  if (tradeoff_advisor_get_n_ticked (advisor) == 0)
    {
      g_string_append_printf (out, "  %s\n",
                              _("None. Use --select=ID,… (see --list-criteria)."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      TradeoffCriterion *criterion = tradeoff_comparison_get_criterion (comparison, i);

      TradeoffLevel level = tradeoff_advisor_get_level (advisor, criterion);
      g_autofree char *label = NULL;

      if (level == TRADEOFF_LEVEL_OFF)
        continue;

      label = dup_field (tradeoff_criterion_get_label (criterion));
      g_string_append_printf (out, "  [x] %s (%s)", label, tradeoff_criterion_get_id (criterion));
      /* A plain tick stays as it was; a level says itself. */
      if (level != TRADEOFF_LEVEL_MATTERS)
        g_string_append_printf (out, " — %s", tradeoff_level_describe (level));
      g_string_append_c (out, '\n');
    }
}

static void
write_scores (TradeoffAdvisor *advisor,
              GString         *out)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  guint n = tradeoff_comparison_get_n_options (comparison);
  guint width = 0;
  g_auto(GStrv) names = g_new0 (char *, n + 1);

  write_heading (out, _("Scores"));
  for (guint i = 0; i < n; i++)
    {
      names[i] = dup_field (tradeoff_option_get_name (tradeoff_comparison_get_option (comparison, i)));
      width = MAX (width, _tradeoff_text_width (names[i], -1));
    }

  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, "  ");
      TradeoffCriterion *ruled_out_by = tradeoff_advisor_get_ruled_out_by (advisor, i);

      _tradeoff_text_append_padded (out, names[i], width + 2);
      g_string_append_printf (out, "%d", tradeoff_advisor_get_score (advisor, i));
      if (ruled_out_by != NULL)
        {
          g_autofree char *label = tradeoff_safe_text_isolate (tradeoff_criterion_get_label (ruled_out_by));

          /* Translators: after an option's score; %s is a must-have criterion. */
          g_string_append_printf (out, _("  (ruled out: does not meet “%s”)"), label);
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_reasons (TradeoffAdvisor *advisor,
               GString         *out)
{
  GListModel *reasons = tradeoff_advisor_get_reasons (advisor);
  guint n = g_list_model_get_n_items (reasons);

  if (n == 0)
    return;

  write_heading (out, _("Why"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffReason) reason = g_list_model_get_item (reasons, i);
      TradeoffCriterion *criterion = tradeoff_reason_get_criterion (reason);
      TradeoffFaqEntry *source = tradeoff_criterion_get_source (criterion);
      g_autofree char *summary = tradeoff_reason_dup_summary (reason);
      g_autofree char *rationale = dup_line (tradeoff_criterion_get_rationale (criterion));

      g_string_append_printf (out, "  %u. %s\n     %s\n", i + 1, summary, rationale);
      if (source != NULL)
        {
          g_autofree char *question = dup_field (tradeoff_faq_entry_get_question (source));

          g_string_append_printf (out, "     %s %s\n", _("From the FAQ:"), question);
        }
    }
}

static void
write_flips (TradeoffAdvisor *advisor,
             GString         *out)
{
  GListModel *flips = tradeoff_advisor_get_flips (advisor);
  guint n = g_list_model_get_n_items (flips);

  write_heading (out, _("What would change this"));
  if (n == 0)
    {
      g_string_append_printf (out, "  %s\n", _("No single tick or untick would change the advice."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TradeoffFlip) flip = g_list_model_get_item (flips, i);
      g_autofree char *summary = tradeoff_flip_dup_summary (flip);

      g_string_append_printf (out, "  - %s\n", summary);
    }
}

/* The summary waits at most this long for the exact smallest changes; past
 * it, what the search has found is printed and labelled as not proven.
 * Small comparisons never come near it (bench-min-change). */
#define MIN_CHANGE_BUDGET_US (2 * G_USEC_PER_SEC)

/* How firm the verdict is, and the smallest change that makes each other
 * option lead (issue 15).  Ticks count as "matters" until levels exist, so
 * the changes proposed are ticks and unticks. */
static void
write_min_change (TradeoffAdvisor *advisor,
                  GString         *out)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  g_autoptr(TradeoffMinChangeInput) input = tradeoff_min_change_input_new (advisor);
  TradeoffMinChangeBudget budget = { 0, MIN_CHANGE_BUDGET_US };
  g_autoptr(TradeoffMinChangeSolution) solution = NULL;
  g_autofree char *firmness = NULL;
  g_autoptr(GError) error = NULL;

  solution = tradeoff_min_change_solve (&input->problem, &budget, NULL, &error);
  if (solution == NULL)
    {
      g_warning ("The smallest changes cannot be worked out: %s", error->message);
      return;
    }

  write_heading (out, _("How firm the verdict is"));
  firmness = tradeoff_min_change_dup_firmness_text (comparison, solution);
  g_string_append_printf (out, "  %s\n", firmness);

  write_heading (out, _("What would make each option lead"));
  for (guint o = 0; o < solution->n_options; o++)
    {
      g_autofree char *text =
        tradeoff_min_change_dup_lead_text (comparison, o, &solution->targets[o]);

      if (text != NULL)
        g_string_append_printf (out, "  - %s\n", text);
    }
}

void
tradeoff_cli_write_summary (TradeoffAdvisor *advisor,
                            GString         *out)
{
  TradeoffComparison *comparison = tradeoff_advisor_get_comparison (advisor);
  TradeoffOption *leader = tradeoff_advisor_get_leader (advisor);
  const char *grid_heading = tradeoff_comparison_get_grid_heading (comparison);
  g_autofree char *name = NULL;
  g_autofree char *explanation = dup_line (tradeoff_advisor_get_explanation (advisor));
  g_autofree char *title = dup_line (tradeoff_comparison_get_title (comparison));
  g_autofree char *byline = NULL;

  /* Line one is for scripts: the leading option's name, or "none".  The
   * name ends the line, so it needs no isolating, but it must stay on it. */
  if (leader != NULL)
    name = tradeoff_safe_text_visible (tradeoff_option_get_name (leader), TRADEOFF_SAFE_TEXT_ONE_LINE);
  g_string_append_printf (out, _("Recommendation: %s\n"),
                          name != NULL ? name : C_("recommendation", "none"));
  g_string_append_printf (out, "%s\n%s\n", tradeoff_advisor_get_headline (advisor), explanation);
  if (leader != NULL)
    {
      /* The same words as the window and the report. */
      g_autofree char *confidence = tradeoff_advisor_dup_confidence_text (advisor);

      g_string_append_printf (out, "%s\n", confidence);
    }

  g_string_append_printf (out, "\n%s\n", title);
  if (tradeoff_comparison_get_byline (comparison) != NULL)
    {
      byline = dup_line (tradeoff_comparison_get_byline (comparison));
      g_string_append_printf (out, "%s\n", byline);
    }

  if (grid_heading != NULL)
    {
      g_autofree char *heading = dup_line (grid_heading);

      write_heading (out, heading);
    }
  else
    write_heading (out, _("Quick comparison"));
  write_grid (comparison, out);
  write_ticks (advisor, out);
  write_scores (advisor, out);
  write_reasons (advisor, out);
  write_flips (advisor, out);
  write_min_change (advisor, out);
}

void
tradeoff_cli_write_decision (TradeoffDecision *decision,
                             GString          *out)
{
  const char *chosen = tradeoff_decision_get_chosen (decision);
  const char *date = tradeoff_decision_get_date (decision);
  const char *deciders = tradeoff_decision_get_deciders (decision);
  const char *note = tradeoff_decision_get_note (decision);

  write_heading (out, _("Your decision"));
  g_string_append_printf (out, _("  Status: %s\n"),
                          tradeoff_decision_status_describe (tradeoff_decision_get_status (decision)));
  if (date != NULL)
    g_string_append_printf (out, _("  Date: %s\n"), date);
  if (deciders != NULL)
    g_string_append_printf (out, _("  Decided by: %s\n"), deciders);
  if (chosen != NULL)
    {
      TradeoffOption *option = tradeoff_comparison_find_option (tradeoff_decision_get_base (decision), chosen);

      g_string_append_printf (out, _("  Chosen: %s\n"), tradeoff_option_get_name (option));
      if (tradeoff_decision_get_overrides (decision))
        g_string_append_printf (out, _("  Not what the advice says, because: %s\n"),
                                tradeoff_decision_get_reason (decision));
    }
  else
    {
      g_string_append_printf (out, "  %s\n", _("Chosen: nothing yet"));
    }
  if (note != NULL)
    g_string_append_printf (out, _("  Note: %s\n"), note);
}
