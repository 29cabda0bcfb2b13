/* tradeoff-editor-part.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TRADEOFF_TYPE_EDITOR_PART (tradeoff_editor_part_get_type ())

G_DECLARE_FINAL_TYPE (TradeoffEditorPart, tradeoff_editor_part, TRADEOFF, EDITOR_PART, GObject)

/* What one row of the editor's list shows. */
typedef enum
{
  TRADEOFF_EDITOR_PART_HEADING,    /* i: which section (TradeoffEditorSection) */
  TRADEOFF_EDITOR_PART_TEXTS,      /* title, byline, introduction, id */
  TRADEOFF_EDITOR_PART_OPTION,     /* i: option */
  TRADEOFF_EDITOR_PART_ASPECT,     /* i: aspect */
  TRADEOFF_EDITOR_PART_FAQ,        /* i: entry */
  TRADEOFF_EDITOR_PART_GROUP,      /* i: group */
  TRADEOFF_EDITOR_PART_CRITERION,  /* i: group, j: criterion */
  TRADEOFF_EDITOR_PART_VERDICTS,   /* the tie and none verdicts */
} TradeoffEditorPartKind;

typedef enum
{
  TRADEOFF_EDITOR_SECTION_COMPARISON,
  TRADEOFF_EDITOR_SECTION_OPTIONS,
  TRADEOFF_EDITOR_SECTION_GRID,
  TRADEOFF_EDITOR_SECTION_FAQ,
  TRADEOFF_EDITOR_SECTION_CRITERIA,
  TRADEOFF_EDITOR_SECTION_VERDICTS,
} TradeoffEditorSection;

/* One part of the comparison as the editor lists it: its kind and place
 * in the builder, not its contents, which the row reads when it is bound,
 * so a list of ten thousand parts costs a small object each. */
TradeoffEditorPart     *tradeoff_editor_part_new      (TradeoffEditorPartKind kind,
                                                       guint                  i,
                                                       guint                  j);
TradeoffEditorPartKind  tradeoff_editor_part_get_kind (TradeoffEditorPart    *self);
guint                   tradeoff_editor_part_get_i    (TradeoffEditorPart    *self);
guint                   tradeoff_editor_part_get_j    (TradeoffEditorPart    *self);

G_END_DECLS
