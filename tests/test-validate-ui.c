/* test-validate-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every .ui file in ui/ builds.  `gtk4-builder-tool validate` cannot check
 * these files on GTK 4.8: it does not know Tradeoff's widget and model
 * types, and the <closure> functions of a template are static functions of
 * its class, which only that class's template scope can find.  So this
 * does what GTK does at run time, with every error fatal:
 *
 *  - a file with a <template> is built by instantiating its class, in a
 *    process of its own, so that the class must register (g_type_ensure)
 *    every custom type its file names rather than rely on another class
 *    having done so first; the GResource copy it is built from must be this
 *    very file (give or take the blank space the resource compiler strips);
 *  - a file without one is built with GtkBuilder, reporting the GError;
 *  - the item templates of the list item factories inside are built on a
 *    GtkListItem with the factory's own scope.
 */

#define G_LOG_DOMAIN "test-validate-ui"

#include "config.h"

#include <gtk/gtk.h>
#include <libxml/parser.h>
#include <string.h>

#include "tradeoff-comparison-grid.h"
#include "tradeoff-criteria-form.h"
#include "tradeoff-criterion-row.h"
#include "tradeoff-editor-window.h"
#include "tradeoff-faq-row.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-reasons-view.h"
#include "tradeoff-verdict-panel.h"
#include "tradeoff-window.h"

#define RESOURCE_UI "/org/tradeoff/Tradeoff/ui/"

static char *
ui_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "ui", name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The file as GtkBuilder sees it: without the blank space between elements,
 * which is what preprocess="xml-stripblanks" removes. */
static char *
canonical (const char *text,
           gsize       length)
{
  xmlDoc *doc = xmlReadMemory (text, (int) length, NULL, "UTF-8",
                               XML_PARSE_NOBLANKS | XML_PARSE_NONET);
  xmlChar *dump = NULL;
  char *copy;
  int size = 0;

  g_assert_nonnull (doc);
  xmlDocDumpMemory (doc, &dump, &size);
  copy = g_strndup ((const char *) dump, size);
  xmlFree (dump);
  xmlFreeDoc (doc);

  return copy;
}

/* The template's class name, or %NULL when the file has no <template>. */
static char *
template_class (const char *text,
                gsize       length)
{
  xmlDoc *doc = xmlReadMemory (text, (int) length, NULL, "UTF-8", XML_PARSE_NONET);
  char *name = NULL;

  g_assert_nonnull (doc);
  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) node->name, "template") == 0)
      {
        xmlChar *value = xmlGetProp (node, (const xmlChar *) "class");

        name = g_strdup ((const char *) value);
        xmlFree (value);
        break;
      }

  xmlFreeDoc (doc);
  return name;
}

/* The classes with a template.  Getting a type registers that type alone,
 * so a template that names a type its class did not g_type_ensure () fails
 * here, whatever order the window happens to register them in. */
static const struct
{
  const char *name;
  GType     (*get_type) (void);
} template_classes[] = {
  { "TradeoffComparisonGrid", tradeoff_comparison_grid_get_type },
  { "TradeoffCriteriaForm", tradeoff_criteria_form_get_type },
  { "TradeoffCriterionRow", tradeoff_criterion_row_get_type },
  { "TradeoffEditorWindow", tradeoff_editor_window_get_type },
  { "TradeoffFaqRow", tradeoff_faq_row_get_type },
  { "TradeoffFaqView", tradeoff_faq_view_get_type },
  { "TradeoffReasonsView", tradeoff_reasons_view_get_type },
  { "TradeoffVerdictPanel", tradeoff_verdict_panel_get_type },
  { "TradeoffWindow", tradeoff_window_get_type },
};

static GType
template_type (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (template_classes); i++)
    if (strcmp (template_classes[i].name, name) == 0)
      return template_classes[i].get_type ();

  g_error ("%s has a template: add it to template_classes in %s", name, __FILE__);
}

static void
check_factory (GtkListItemFactory *factory)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkListItem) item = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  if (!GTK_IS_BUILDER_LIST_ITEM_FACTORY (factory))
    return;

  bytes = gtk_builder_list_item_factory_get_bytes (GTK_BUILDER_LIST_ITEM_FACTORY (factory));
  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder,
                         gtk_builder_list_item_factory_get_scope (GTK_BUILDER_LIST_ITEM_FACTORY (factory)));
  item = g_object_new (GTK_TYPE_LIST_ITEM, NULL);
  gtk_builder_set_current_object (builder, G_OBJECT (item));
  gtk_builder_extend_with_template (builder, G_OBJECT (item), GTK_TYPE_LIST_ITEM,
                                    g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    &error);
  g_assert_no_error (error);
}

/* The item templates of every list and column view under @widget. */
static guint
check_factories (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LIST_VIEW (widget) && gtk_list_view_get_factory (GTK_LIST_VIEW (widget)) != NULL)
    {
      check_factory (gtk_list_view_get_factory (GTK_LIST_VIEW (widget)));
      n++;
    }

  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          if (gtk_column_view_column_get_factory (column) != NULL)
            {
              check_factory (gtk_column_view_column_get_factory (column));
              n++;
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_factories (child);

  return n;
}

/* Runs in a process of its own: any warning GtkBuilder gives is fatal. */
static void
build_template (const char *class_name)
{
  GType type = template_type (class_name);
  GtkWidget *widget;

  g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));
  widget = g_object_ref_sink (g_object_new (type, NULL));
  g_test_message ("%s: %u list item templates", class_name, check_factories (widget));

  if (GTK_IS_WINDOW (widget))
    gtk_window_destroy (GTK_WINDOW (widget));
  g_object_unref (widget);
}

static void
test_ui_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = ui_path (name);
  g_autofree char *resource_path = g_strconcat (RESOURCE_UI, name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *class_name = NULL;
  g_autoptr(GBytes) resource = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  class_name = template_class (text, length);

  if (class_name == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();

      gtk_builder_add_from_file (builder, path, &error);
      g_assert_no_error (error);
      return;
    }

  if (g_test_subprocess ())
    {
      build_template (class_name);
      return;
    }

  resource = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  {
    g_autofree char *from_file = canonical (text, length);
    g_autofree char *from_resource = canonical (g_bytes_get_data (resource, NULL),
                                                g_bytes_get_size (resource));

    g_assert_cmpstr (from_resource, ==, from_file);
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                   G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *ui_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  gtk_test_init (&argc, &argv, NULL);

  ui_dir = g_test_build_filename (G_TEST_DIST, "..", "ui", NULL);
  dir = g_dir_open (ui_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".ui"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, >, 0);
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strconcat ("/tradeoff/validate-ui/",
                                                (char *) g_ptr_array_index (names, i), NULL);

      g_test_add_data_func (test_path, g_ptr_array_index (names, i), test_ui_file);
    }

  return g_test_run ();
}
