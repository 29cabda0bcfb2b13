/* test-editor-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's access keys, in English, German and French: each Alt key
 * shown belongs to one control, so pressing it presses that control.
 * Alt+G was both Go To and Add group, Alt+A both Save As and Add aspect,
 * Alt+O both Add option and every group's "Only one…", and Alt+R every
 * Remove: GTK then only moves the focus between them (issue 16).  The
 * buttons repeated on every part (Move up, Remove, Add criterion) have
 * no access key; Tab and Space reach them.
 */

#define G_LOG_DOMAIN "test-editor-keys"

#include "config.h"

#include "tradeoff-editor-window.h"
#include "window-testing.h"

/* Every label shown in @root that underlines a letter, by that letter:
 * no letter twice.  Each letter found goes into @seen. */
static void
assert_keys_unique (GtkWidget  *root,
                    GHashTable *seen)
{
  g_autoptr(GPtrArray) labels = find_shown (root, GTK_TYPE_LABEL);
  g_autoptr(GHashTable) owners = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      guint key = gtk_label_get_mnemonic_keyval (label);
      GtkLabel *owner;

      if (!gtk_label_get_use_underline (label) || key == 0 || key == GDK_KEY_VoidSymbol)
        continue;
      key = gdk_keyval_to_lower (key);
      owner = g_hash_table_lookup (owners, GUINT_TO_POINTER (key));
      if (owner != NULL)
        g_error ("Alt+%s is both “%s” and “%s”", gdk_keyval_name (key),
                 gtk_label_get_label (owner), gtk_label_get_label (label));
      g_hash_table_insert (owners, GUINT_TO_POINTER (key), label);
      g_hash_table_add (seen, GUINT_TO_POINTER (key));
    }
}

static void
test_keys_unique (gconstpointer data)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  TradeoffWindow *window;
  TradeoffEditorWindow *editor;

  use_language (data);
  window = open_window (settings, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  editor = tradeoff_editor_window_find (window);
  g_assert_nonnull (editor);
  let_frames_pass ();

  /* Each section in turn, as Go To shows it: the options with their
   * buttons, the grid, the questions, the criteria's groups with their
   * "Only one…", the verdicts. */
  for (guint section = 0; section <= 5; section++)
    {
      gtk_widget_activate_action (GTK_WIDGET (editor), "editor.go-to", "u", section);
      let_frames_pass ();
      assert_keys_unique (GTK_WIDGET (editor), seen);
    }
  /* Go To, Save, Save As and the four headings' Add buttons. */
  g_assert_cmpuint (g_hash_table_size (seen), >=, 7);

  gtk_window_destroy (GTK_WINDOW (editor));
  close_window (window);
  use_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);
  use_catalogues ();

  add_in_each_language ("/tradeoff/editor-keys/unique", test_keys_unique);

  return g_test_run ();
}
