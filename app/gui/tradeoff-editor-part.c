/* tradeoff-editor-part.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tradeoff-editor-part.h"

struct _TradeoffEditorPart
{
  GObject                parent_instance;

  TradeoffEditorPartKind kind;
  guint                  i;
  guint                  j;
};

G_DEFINE_FINAL_TYPE (TradeoffEditorPart, tradeoff_editor_part, G_TYPE_OBJECT)

static void
tradeoff_editor_part_class_init (TradeoffEditorPartClass *klass)
{
}

static void
tradeoff_editor_part_init (TradeoffEditorPart *self)
{
}

TradeoffEditorPart *
tradeoff_editor_part_new (TradeoffEditorPartKind kind,
                          guint                  i,
                          guint                  j)
{
  TradeoffEditorPart *self = g_object_new (TRADEOFF_TYPE_EDITOR_PART, NULL);

  self->kind = kind;
  self->i = i;
  self->j = j;
  return self;
}

TradeoffEditorPartKind
tradeoff_editor_part_get_kind (TradeoffEditorPart *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_PART (self), TRADEOFF_EDITOR_PART_HEADING);

  return self->kind;
}

guint
tradeoff_editor_part_get_i (TradeoffEditorPart *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_PART (self), 0);

  return self->i;
}

guint
tradeoff_editor_part_get_j (TradeoffEditorPart *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_PART (self), 0);

  return self->j;
}
