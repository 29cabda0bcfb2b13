/* tradeoff-criteria-form.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One check button per criterion, under its group's label, each bound to the
 * advisor's tick for it.  Exclusive groups are radio choices with a "No
 * preference" choice, so a choice can always be taken back.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

#define TRADEOFF_TYPE_CRITERIA_FORM (tradeoff_criteria_form_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffCriteriaForm, tradeoff_criteria_form, TRADEOFF, CRITERIA_FORM, GtkWidget)

TradeoffAdvisor *tradeoff_criteria_form_get_advisor (TradeoffCriteriaForm *self);
void             tradeoff_criteria_form_set_advisor (TradeoffCriteriaForm *self,
                                                     TradeoffAdvisor      *advisor);
GListModel      *tradeoff_criteria_form_get_lines   (TradeoffCriteriaForm *self);

gboolean         tradeoff_criteria_form_focus_criteria (TradeoffCriteriaForm *self,
                                                        GtkDirectionType      direction);

G_END_DECLS
