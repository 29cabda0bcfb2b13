/* tradeoff-editor-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's form as one list view of the comparison's parts: a row for
 * each section's heading, for the texts, each option, aspect, FAQ entry,
 * group, criterion, and the verdicts.  A row's fields are made when the
 * list binds it (tradeoff-editor-form.c reads them from the builder then)
 * and dropped when it is unbound, so opening the editor on ten thousand
 * FAQ entries makes the rows of the first screens, not a field for every
 * text: that took minutes (README, "The editor at scale").  GTK 4.8 binds
 * 200 rows whatever the list's height, so the list shows a slice of the
 * parts that grows as it scrolls (tradeoff-list-grower.c).
 *
 * The keyboard: Tab goes through a row's fields and on into the next
 * row's (GtkListView's own focus handling: the rows are neither
 * selectable nor activatable, so the fields take the focus).
 */

#define G_LOG_DOMAIN "tradeoff-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tradeoff-editor-window-private.h"

/* The rows made first, and added each time the list nears its end: a
 * screen and a half of the tallest rows (an aspect of eight options is
 * about 700 px). */
#define PART_STEP 12

static const char *
or_section (const char *text,
            const char *section)
{
  return text != NULL && *text != '\0' ? text : section;
}

/* What a screen reader says for a row: its section's name, or what the
 * part says first (an option's name, a question, a criterion's label).
 * GTK 4.8 would name it after its type (GtkListItemWidget). */
static const char *
part_name (TradeoffEditorWindow *self,
           TradeoffEditorPart   *part)
{
  const char *sections[] = {
    _("Comparison"), _("Options"), _("Grid"), _("Frequently asked questions"), _("Criteria"),
    _("Verdicts"),
  };
  TradeoffComparisonBuilder *b = self->builder;
  guint i = tradeoff_editor_part_get_i (part);
  guint j = tradeoff_editor_part_get_j (part);

  switch (tradeoff_editor_part_get_kind (part))
    {
    case TRADEOFF_EDITOR_PART_HEADING:
      return sections[MIN (i, G_N_ELEMENTS (sections) - 1)];
    case TRADEOFF_EDITOR_PART_TEXTS:
      return or_section (tradeoff_comparison_builder_get_text (b, "title"), sections[0]);
    case TRADEOFF_EDITOR_PART_OPTION:
      return or_section (OPTION (b, i)->name, sections[1]);
    case TRADEOFF_EDITOR_PART_ASPECT:
      return or_section (ASPECT (b, i)->label, sections[2]);
    case TRADEOFF_EDITOR_PART_FAQ:
      return or_section (FAQ (b, i)->question, sections[3]);
    case TRADEOFF_EDITOR_PART_GROUP:
      return or_section (GROUP (b, i)->label, sections[4]);
    case TRADEOFF_EDITOR_PART_CRITERION:
      return or_section (CRITERION (b, i, j)->label, sections[4]);
    case TRADEOFF_EDITOR_PART_VERDICTS:
    default:
      return sections[5];
    }
}

static void
bind_part (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           TradeoffEditorWindow     *self)
{
  TradeoffEditorPart *part = gtk_list_item_get_item (item);
  GtkWidget *row = _tradeoff_editor_form_build_part (self, part);

  gtk_widget_set_margin_start (row, gtk_widget_get_margin_start (row) + 18);
  gtk_widget_set_margin_end (row, 18);
  gtk_widget_set_margin_bottom (row, 6);
  g_object_set_data (G_OBJECT (row), "part", part);
  gtk_list_item_set_child (item, row);
  if (gtk_widget_get_parent (row) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, part_name (self, part), -1);
}

static void
unbind_part (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TradeoffEditorWindow     *self)
{
  gtk_list_item_set_child (item, NULL);
}

static void
setup_part (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            TradeoffEditorWindow     *self)
{
  /* The fields take the focus; a row is neither chosen nor activated. */
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_activatable (item, FALSE);
}

void
_tradeoff_editor_list_init (TradeoffEditorWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->parts = g_list_store_new (TRADEOFF_TYPE_EDITOR_PART);
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->parts)), 0, PART_STEP);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_part), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_part), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_part), self, 0);
  gtk_list_view_set_factory (self->form, factory);
  gtk_list_view_set_model (self->form, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_object_unref (factory);
  self->grower = tradeoff_list_grower_new (self->slice, self->scroller, PART_STEP);
}

void
_tradeoff_editor_list_clear (TradeoffEditorWindow *self)
{
  g_clear_object (&self->pending_focus);
  g_clear_object (&self->grower);
  g_clear_object (&self->slice);
  g_clear_object (&self->parts);
}

static void
add (GPtrArray              *parts,
     TradeoffEditorPartKind  kind,
     guint                   i,
     guint                   j)
{
  g_ptr_array_add (parts, tradeoff_editor_part_new (kind, i, j));
}

static void
add_heading (GPtrArray             *parts,
             TradeoffEditorSection  section)
{
  add (parts, TRADEOFF_EDITOR_PART_HEADING, section, 0);
}

void
_tradeoff_editor_form_populate (TradeoffEditorWindow *self)
{
  TradeoffComparisonBuilder *b = self->builder;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);

  add_heading (parts, TRADEOFF_EDITOR_SECTION_COMPARISON);
  add (parts, TRADEOFF_EDITOR_PART_TEXTS, 0, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_OPTIONS);
  for (guint i = 0; i < b->options->len; i++)
    add (parts, TRADEOFF_EDITOR_PART_OPTION, i, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_GRID);
  for (guint i = 0; i < b->aspects->len; i++)
    add (parts, TRADEOFF_EDITOR_PART_ASPECT, i, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_FAQ);
  for (guint i = 0; i < b->faq->len; i++)
    add (parts, TRADEOFF_EDITOR_PART_FAQ, i, 0);
  add_heading (parts, TRADEOFF_EDITOR_SECTION_CRITERIA);
  for (guint i = 0; i < b->groups->len; i++)
    {
      add (parts, TRADEOFF_EDITOR_PART_GROUP, i, 0);
      for (guint j = 0; j < GROUP (b, i)->criteria->len; j++)
        add (parts, TRADEOFF_EDITOR_PART_CRITERION, i, j);
    }
  add_heading (parts, TRADEOFF_EDITOR_SECTION_VERDICTS);
  add (parts, TRADEOFF_EDITOR_PART_VERDICTS, 0, 0);

  /* Every row is bound anew: its fields read the builder as it is now. */
  g_list_store_splice (self->parts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->parts)),
                       parts->pdata, parts->len);
}

/* Focuses the first field or button of @part's row, if the list shows it. */
static gboolean
focus_part_showing (TradeoffEditorWindow *self,
                    TradeoffEditorPart   *part)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->form));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL && g_object_get_data (G_OBJECT (row), "part") == part)
        return gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
    }
  return FALSE;
}

/* The row of a part scrolled to only exists after the next layout, and a
 * tick callback runs before it: tried again on the next few frames (a part
 * far up the list, from the Go To menu, takes more than one). */
#define FOCUS_FRAMES 10

static gboolean
focus_pending_part (GtkWidget     *list_view,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  TradeoffEditorWindow *self = user_data;
  guint frames = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_view), "focus-frames"));

  if (self->pending_focus != NULL && !focus_part_showing (self, self->pending_focus) &&
      ++frames < FOCUS_FRAMES)
    {
      g_object_set_data (G_OBJECT (list_view), "focus-frames", GUINT_TO_POINTER (frames));
      return G_SOURCE_CONTINUE;
    }
  g_object_set_data (G_OBJECT (list_view), "focus-frames", NULL);
  g_clear_object (&self->pending_focus);
  return G_SOURCE_REMOVE;
}

void
_tradeoff_editor_form_reveal (TradeoffEditorWindow   *self,
                              TradeoffEditorPartKind  kind,
                              guint                   i,
                              guint                   j)
{
  GListModel *parts = G_LIST_MODEL (self->parts);
  guint n = g_list_model_get_n_items (parts);

  for (guint position = 0; position < n; position++)
    {
      g_autoptr(TradeoffEditorPart) part = g_list_model_get_item (parts, position);

      if (tradeoff_editor_part_get_kind (part) != kind ||
          tradeoff_editor_part_get_i (part) != i || tradeoff_editor_part_get_j (part) != j)
        continue;

      /* A part added at the end of a long list is past the rows made so
       * far: the slice grows to it first. */
      tradeoff_list_grower_reach (self->grower, position);
      gtk_widget_activate_action (GTK_WIDGET (self->form), "list.scroll-to-item", "u", position);
      g_clear_object (&self->pending_focus);
      if (!focus_part_showing (self, part))
        {
          self->pending_focus = g_steal_pointer (&part);
          gtk_widget_add_tick_callback (GTK_WIDGET (self->form), focus_pending_part, self, NULL);
        }
      return;
    }
}
