/* tradeoff-editor-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tradeoff-editor"

#include "config.h"

#include "tradeoff-editor-field.h"
#include "tradeoff-text-limit-private.h"

struct _TradeoffEditorField
{
  GtkWidget  parent_instance;

  GtkWidget *title;
  /* A GtkEntry, or a GtkScrolledWindow around a GtkTextView. */
  GtkWidget *input;
  GtkWidget *text_view;
  GtkWidget *error_label;
  char      *error;
  /* Set while the text is set from outside, so that is no edit. */
  gboolean   setting;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TradeoffEditorField, tradeoff_editor_field, GTK_TYPE_WIDGET)

static void
tradeoff_editor_field_dispose (GObject *object)
{
  TradeoffEditorField *self = TRADEOFF_EDITOR_FIELD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (tradeoff_editor_field_parent_class)->dispose (object);
}

static gboolean
tradeoff_editor_field_grab_focus (GtkWidget *widget)
{
  TradeoffEditorField *self = TRADEOFF_EDITOR_FIELD (widget);

  return gtk_widget_grab_focus (self->text_view != NULL ? self->text_view : self->input);
}

static void
tradeoff_editor_field_class_init (TradeoffEditorFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tradeoff_editor_field_dispose;
  widget_class->grab_focus = tradeoff_editor_field_grab_focus;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "editorfield");
  /* A group named by its label, so a screen reader does not read the
   * class name of a box. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
edited (TradeoffEditorField *self)
{
  if (!self->setting)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
tradeoff_editor_field_init (TradeoffEditorField *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 3);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
tradeoff_editor_field_new (const char *label,
                           gboolean    multiline)
{
  TradeoffEditorField *self = g_object_new (TRADEOFF_TYPE_EDITOR_FIELD, NULL);
  GtkWidget *focusable;

  self->title = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "caption-heading");
  gtk_widget_set_parent (self->title, GTK_WIDGET (self));

  if (multiline)
    {
      self->text_view = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->text_view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 6);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 6);
      self->input = gtk_frame_new (NULL);
      gtk_frame_set_child (GTK_FRAME (self->input), self->text_view);
      gtk_widget_set_size_request (self->text_view, -1, 72);
      g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)),
                                "changed", G_CALLBACK (edited), self);
      focusable = self->text_view;
    }
  else
    {
      self->input = gtk_entry_new ();
      g_signal_connect_swapped (self->input, "changed", G_CALLBACK (edited), self);
      focusable = self->input;
    }
  gtk_widget_set_parent (self->input, GTK_WIDGET (self));

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_widget_set_parent (self->error_label, GTK_WIDGET (self));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (focusable),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  -1);
  return GTK_WIDGET (self);
}

const char *
tradeoff_editor_field_get_label (TradeoffEditorField *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_FIELD (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->title));
}

char *
tradeoff_editor_field_dup_text (TradeoffEditorField *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (TRADEOFF_IS_EDITOR_FIELD (self), NULL);

  if (self->text_view == NULL)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->input)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
tradeoff_editor_field_set_text (TradeoffEditorField *self,
                                const char          *text)
{
  g_return_if_fail (TRADEOFF_IS_EDITOR_FIELD (self));

  self->setting = TRUE;
  if (self->text_view == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->input), text != NULL ? text : "");
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)),
                              text != NULL ? text : "", -1);
  self->setting = FALSE;
}

static void
on_cut (const char *rule,
        gpointer    data)
{
  tradeoff_editor_field_set_error (TRADEOFF_EDITOR_FIELD (data), rule);
}

void
tradeoff_editor_field_set_limit (TradeoffEditorField *self,
                                 const char          *kind)
{
  g_return_if_fail (TRADEOFF_IS_EDITOR_FIELD (self));
  g_return_if_fail (kind != NULL);

  if (self->text_view != NULL)
    _tradeoff_text_limit_buffer (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)),
                                 kind, on_cut, self);
  else
    _tradeoff_text_limit_editable (GTK_EDITABLE (self->input), kind, on_cut, self);
}

void
tradeoff_editor_field_set_error (TradeoffEditorField *self,
                                 const char          *error)
{
  GtkWidget *focusable;

  g_return_if_fail (TRADEOFF_IS_EDITOR_FIELD (self));

  if (g_strcmp0 (error, self->error) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (error);
  focusable = self->text_view != NULL ? self->text_view : self->input;
  gtk_label_set_text (GTK_LABEL (self->error_label), error);
  gtk_widget_set_visible (self->error_label, error != NULL);
  if (error != NULL)
    {
      gtk_widget_add_css_class (self->input, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (focusable),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (focusable),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->input, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (focusable),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (focusable), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

const char *
tradeoff_editor_field_get_error (TradeoffEditorField *self)
{
  g_return_val_if_fail (TRADEOFF_IS_EDITOR_FIELD (self), NULL);

  return self->error;
}

void
tradeoff_editor_field_focus (TradeoffEditorField *self)
{
  g_return_if_fail (TRADEOFF_IS_EDITOR_FIELD (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
}
