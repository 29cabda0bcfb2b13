/* tradeoff-criteria-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line of the criteria form, as data: a group's heading, a criterion,
 * or an exclusive group's "No preference".  The form is a recycling list
 * of these, so that a comparison with thousands of criteria costs only the
 * rows on screen.
 */

#pragma once

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

typedef enum
{
  TRADEOFF_CRITERIA_LINE_HEADING,
  TRADEOFF_CRITERIA_LINE_CRITERION,
  TRADEOFF_CRITERIA_LINE_NO_PREFERENCE,
} TradeoffCriteriaLineKind;

#define TRADEOFF_TYPE_CRITERIA_LINE (tradeoff_criteria_line_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffCriteriaLine, tradeoff_criteria_line, TRADEOFF, CRITERIA_LINE, GObject)

GListModel               *tradeoff_criteria_lines_new             (TradeoffAdvisor      *advisor);

TradeoffCriteriaLineKind  tradeoff_criteria_line_get_kind         (TradeoffCriteriaLine *self);
const char               *tradeoff_criteria_line_get_text         (TradeoffCriteriaLine *self);
const char               *tradeoff_criteria_line_get_description  (TradeoffCriteriaLine *self);
gboolean                  tradeoff_criteria_line_get_exclusive    (TradeoffCriteriaLine *self);
TradeoffCriterion        *tradeoff_criteria_line_get_criterion    (TradeoffCriteriaLine *self);
TradeoffTick             *tradeoff_criteria_line_get_tick         (TradeoffCriteriaLine *self);
gboolean                  tradeoff_criteria_line_get_active       (TradeoffCriteriaLine *self);
void                      tradeoff_criteria_line_set_active       (TradeoffCriteriaLine *self,
                                                                   gboolean              active);
char                     *tradeoff_criteria_line_dup_effect       (TradeoffCriteriaLine *self);
gboolean                  tradeoff_criteria_line_get_would_change (TradeoffCriteriaLine *self);
void                      tradeoff_criteria_line_activate         (TradeoffCriteriaLine *self);

G_END_DECLS
