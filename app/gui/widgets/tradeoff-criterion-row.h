/* tradeoff-criterion-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line of the criteria form on screen: a group's heading, or a check
 * box (a radio button in an exclusive group) bound to its line.  Rows are
 * recycled by the form's list, so all state lives in the line.
 */

#pragma once

#include <gtk/gtk.h>

#include "tradeoff-criteria-line.h"

G_BEGIN_DECLS

/* The parts of a row the keyboard focus can be on, left to right: Left
 * and Right move between them, Up and Down keep to one. */
typedef enum
{
  TRADEOFF_CRITERION_ROW_BOX,
  TRADEOFF_CRITERION_ROW_LEVEL,
  TRADEOFF_CRITERION_ROW_EDIT,
  TRADEOFF_CRITERION_ROW_N_PARTS
} TradeoffCriterionRowPart;

#define TRADEOFF_TYPE_CRITERION_ROW (tradeoff_criterion_row_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffCriterionRow, tradeoff_criterion_row, TRADEOFF, CRITERION_ROW, GtkWidget)

TradeoffCriteriaLine *tradeoff_criterion_row_get_line   (TradeoffCriterionRow *self);
void                  tradeoff_criterion_row_set_line   (TradeoffCriterionRow *self,
                                                         TradeoffCriteriaLine *line);
/* The level's menu button, showing the level; its menu offers matters,
 * matters a lot, must have. */
GtkWidget            *tradeoff_criterion_row_get_level (TradeoffCriterionRow *self);
/* A key on the focused row: 1, 2 or 3 sets the level, + and − step it.
 * Returns whether the key was one of these. */
gboolean              tradeoff_criterion_row_level_key (TradeoffCriterionRow *self,
                                                        guint                 keyval,
                                                        GdkModifierType       state);
GtkCheckButton       *tradeoff_criterion_row_get_button (TradeoffCriterionRow *self);
/* Which part of the row @widget (the focus) is in, or -1. */
int                   tradeoff_criterion_row_part_of    (TradeoffCriterionRow *self,
                                                         GtkWidget            *widget);
/* Focuses @part if the row shows it; returns whether it took the focus. */
gboolean              tradeoff_criterion_row_focus_part (TradeoffCriterionRow     *self,
                                                         TradeoffCriterionRowPart  part);
void                  tradeoff_criterion_row_refresh    (TradeoffCriterionRow *self);
void                  tradeoff_criterion_row_refresh_effect (TradeoffCriterionRow *self);
void                  tradeoff_criterion_row_set_note   (TradeoffCriterionRow *self,
                                                         const char           *note);

G_END_DECLS
