/* tradeoff-report-budget.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The work budget of the PDF and the printout (issue 12).  Pango costs
 * what it costs: a 16 MiB comparison, laid out once, takes 4 to 12 s of
 * CPU, so no speed-up makes its PDF take "a few seconds".  The work is
 * bounded instead, before Pango sees the texts: the measuring pass counts
 * what each cell costs, in units that do not depend on the machine, and
 * the story stops adding to a list once the report has spent its budget
 * (tradeoff-report-story.c), with a note of what was left out.  The same
 * file therefore gives the same PDF everywhere.
 *
 * A unit is one character laid out (shaped, measured, then shaped again
 * and drawn).  A cell costs CELL_UNITS more, whatever its length (setting
 * a layout up, itemizing), and each of its lines LINE_UNITS (finding it,
 * then moving to it and drawing it on its own).  A glyph no font has
 * (PANGO_GLYPH_UNKNOWN_FLAG) is drawn as a box of hex digits, in cairo
 * paths, and costs UNKNOWN_UNITS more.  The weights come from perf stat
 * and /usr/bin/time on the release build (README, "Hostile input"): with
 * them, English, Chinese, emoji and one-letter criteria each cost about
 * the same CPU per unit, and the budget keeps each within about 3 s.
 */

#define G_LOG_DOMAIN "tradeoff-report"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-report-private.h"

#define CELL_UNITS    30
#define LINE_UNITS    90
#define UNKNOWN_UNITS 40

/* The budget, in units. */
#define BUDGET_UNITS  2600000
/* About how many pages of ordinary prose the budget holds (309 of
 * answers in English words): what the note tells the reader. */
#define BUDGET_PAGES  300

/* Glyphs no font on this system has, among those @layout shaped. */
static guint
count_unknown_glyphs (PangoLayout *layout)
{
  guint n = 0;

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      const PangoLayoutLine *line = l->data;

      for (GSList *r = line->runs; r != NULL; r = r->next)
        {
          const PangoGlyphItem *run = r->data;

          for (int g = 0; g < run->glyphs->num_glyphs; g++)
            if (run->glyphs->glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
              n++;
        }
    }

  return n;
}

guint64
_tradeoff_report_budget_estimate (const char *text)
{
  return CELL_UNITS + (guint64) g_utf8_strlen (text != NULL ? text : "", -1);
}

void
_tradeoff_report_builder_charge (TradeoffReportBuilder *builder,
                                 const char            *text,
                                 guint                  n_lines,
                                 PangoLayout           *layout)
{
  guint64 units = _tradeoff_report_budget_estimate (text) + (guint64) LINE_UNITS * n_lines;

  if (layout != NULL)
    units += (guint64) UNKNOWN_UNITS * count_unknown_glyphs (layout);
  builder->spent += units;
}

gboolean
_tradeoff_report_builder_is_spent (TradeoffReportBuilder *builder)
{
  return builder->spent >= builder->budget;
}

guint64
_tradeoff_report_budget_get_units (void)
{
  return BUDGET_UNITS;
}

guint
tradeoff_report_get_max_pages (void)
{
  return BUDGET_PAGES;
}

char *
_tradeoff_report_budget_dup_cut_note (TradeoffReportCut cut,
                                      guint             left,
                                      guint             total)
{
  switch (cut)
    {
    case TRADEOFF_REPORT_CUT_ASPECTS:
      return g_strdup_printf (ngettext ("… %u of the %u rows of the comparison is left out of these pages.",
                                        "… %u of the %u rows of the comparison are left out of these pages.",
                                        left), left, total);
    case TRADEOFF_REPORT_CUT_REASONS:
      return g_strdup_printf (ngettext ("… %u of the %u reasons is left out of these pages.",
                                        "… %u of the %u reasons are left out of these pages.",
                                        left), left, total);
    case TRADEOFF_REPORT_CUT_FLIPS:
      return g_strdup_printf (ngettext ("… %u of the %u ways to change the advice is left out of these pages.",
                                        "… %u of the %u ways to change the advice are left out of these pages.",
                                        left), left, total);
    case TRADEOFF_REPORT_CUT_TICKED:
      return g_strdup_printf (ngettext ("… %u of the %u ticked criteria is left out of these pages.",
                                        "… %u of the %u ticked criteria are left out of these pages.",
                                        left), left, total);
    case TRADEOFF_REPORT_CUT_UNTICKED:
      return g_strdup_printf (ngettext ("… %u of the %u criteria not ticked is left out of these pages.",
                                        "… %u of the %u criteria not ticked are left out of these pages.",
                                        left), left, total);
    case TRADEOFF_REPORT_CUT_QUESTIONS:
      return g_strdup_printf (ngettext ("… %u of the %u questions is left out of these pages.",
                                        "… %u of the %u questions are left out of these pages.",
                                        left), left, total);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
_tradeoff_report_budget_dup_final_note (void)
{
  /* Translators: ends a PDF or printout that left parts out; %u is a
   * number of pages, about 300 */
  return g_strdup_printf (_("These pages leave out what is marked “left out”: a PDF or a printout "
                            "holds at most about %u pages' worth. The HTML, Markdown and text "
                            "exports hold the whole comparison."),
                          BUDGET_PAGES);
}
