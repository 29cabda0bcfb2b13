/* test-criteria-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The criteria form in the real window: exclusive groups, the keyboard,
 * thousands of criteria, and a list that stays at its top.
 */

#define G_LOG_DOMAIN "test-criteria-form"

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "tradeoff-criteria-form.h"
#include "tradeoff-criterion-row.h"
#include "window-testing.h"

/* An exclusive group is a radio choice that "No preference" takes back. */
static void
test_exclusive_group (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  GtkCheckButton *stability = criterion_button (window, "long-term-stability");
  GtkCheckButton *innovation = criterion_button (window, "innovation");
  GtkCheckButton *none = check_button_labelled (window, "No preference");
  g_auto(GStrv) ids = NULL;

  g_assert_nonnull (none);
  g_assert_true (gtk_check_button_get_active (none));

  gtk_widget_activate (GTK_WIDGET (stability));
  g_assert_true (gtk_check_button_get_active (stability));
  g_assert_false (gtk_check_button_get_active (none));

  gtk_widget_activate (GTK_WIDGET (innovation));
  g_assert_true (gtk_check_button_get_active (innovation));
  g_assert_false (gtk_check_button_get_active (stability));
  g_assert_false (gtk_check_button_get_active (none));
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, ((const char * const[]) { "innovation", NULL }));

  gtk_widget_activate (GTK_WIDGET (none));
  g_assert_true (gtk_check_button_get_active (none));
  g_assert_false (gtk_check_button_get_active (innovation));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (advisor), ==, 0);

  close_window (window);
}

/* The check boxes take the focus, so that a screen reader hears a check
 * box with its state; Space or Enter on one does what a click does, once. */
static void
test_criteria_keyboard (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  TradeoffAdvisor *advisor = tradeoff_window_get_advisor (window);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  GtkCheckButton *stability = criterion_button (window, "long-term-stability");
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (django), GTK_TYPE_LIST_VIEW);
  g_auto(GStrv) ids = NULL;

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (django)));

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (django)));
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_true (gtk_check_button_get_active (django));
  g_assert_cmpstr (headline (window), ==, "\u2068Django\u2069 fits you best");
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_false (gtk_check_button_get_active (django));

  /* A radio button is chosen, and stays chosen when chosen again. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (stability)));
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_true (press_key (list, GDK_KEY_space));
  g_assert_true (gtk_check_button_get_active (stability));

  /* Enter activates the row, as for the FAQ. */
  gtk_widget_activate_action (list, "list.activate-item", "u", 1);
  ids = tradeoff_advisor_dup_ticked_ids (advisor);
  g_assert_cmpstrv (ids, ((const char * const[]) { "team-knows-django", "long-term-stability", NULL }));

  /* Keys with Ctrl or Alt are not ticks. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (django)));
  g_assert_false (press_key_with (list, GDK_KEY_space, GDK_CONTROL_MASK));
  g_assert_true (gtk_check_button_get_active (django));

  close_window (window);
}

/* A comparison with N criteria in one group, written to a file. */
static char *
many_criteria_file (guint n)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<comparison id=\"many\" version=\"1\"><title>Many</title>"
                                         "<options><option id=\"a\"><name>A</name></option>"
                                         "<option id=\"b\"><name>B</name></option></options>"
                                         "<aspects><aspect id=\"x\"><label>X</label>"
                                         "<value option=\"a\">1</value><value option=\"b\">2</value></aspect></aspects>"
                                         "<faq><entry id=\"q\"><question>Q?</question><answer>A.</answer></entry></faq>"
                                         "<criteria><group id=\"g\"><label>Group</label>");
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<criterion id=\"c%u\" source=\"q\"><label>Criterion %u</label>"
                                 "<rationale>Why %u.</rationale><weight option=\"%s\">1</weight></criterion>",
                            i, i, i, i % 2 ? "a" : "b");
  g_string_append (xml, "</group></criteria><verdicts><verdict option=\"a\">A.</verdict>"
                        "<verdict option=\"b\">B.</verdict><tie>Tie.</tie><none>None.</none></verdicts></comparison>");

  fd = g_file_open_tmp ("tradeoff-many-XXXXXX.xml", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, xml->str, (gssize) xml->len, NULL));

  return path;
}

/* For wait_until(): { window, list, label }.  Scrolls the list to its end,
 * as a person dragging it down would, until the button labelled so shows. */
static gboolean
scrolled_down_to (gpointer data)
{
  gpointer *window_list_label = data;
  GtkScrollable *list = window_list_label[1];
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (list);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  return check_button_labelled (window_list_label[0], window_list_label[2]) != NULL;
}

/* Thousands of criteria cost only the rows near the screen: the form
 * makes rows for the first few screens, and more as it is scrolled, until
 * the last criterion shows. */
static void
test_many_criteria (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = many_criteria_file (2000);
  TradeoffWindow *window = open_window (settings, path);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *form = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_CRITERIA_FORM);
  GListModel *lines = tradeoff_criteria_form_get_lines (TRADEOFF_CRITERIA_FORM (form));
  GtkWidget *list = find_one (form, GTK_TYPE_LIST_VIEW);

  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2001);
  collect (form, TRADEOFF_TYPE_CRITERION_ROW, rows);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <=, 70);
  g_assert_null (check_button_labelled (window, "Criterion 1999"));

  g_assert_true (wait_until (scrolled_down_to, (gpointer []) { window, list, (gpointer) "Criterion 1999" }));
  gtk_widget_activate (GTK_WIDGET (check_button_labelled (window, "Criterion 1999")));
  g_assert_cmpuint (tradeoff_advisor_get_n_ticked (tradeoff_window_get_advisor (window)), ==, 1);

  close_window (window);
  g_remove (path);
}

/* For wait_until(): the list is at its top, and has had a few main-loop
 * turns for the layout that brings the reasons in above it. */
static gboolean
list_settled_at_top (gpointer data)
{
  GtkScrollable *list = data;
  static guint turns;

  /* A few turns, so that a layout that scrolls it has happened. */
  return ++turns % 20 == 0 && gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (list)) == 0;
}

static gboolean
list_laid_out (gpointer adjustment)
{
  return gtk_adjustment_get_page_size (adjustment) > 0;
}

/* The first tick brings the reasons in beside the criteria, never above:
 * the list keeps its height and stays at its top, its first heading in
 * sight. */
static void
test_criteria_stay_at_top (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  TradeoffWindow *window = open_window (settings, NULL);
  GtkCheckButton *django = criterion_button (window, "team-knows-django");
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (django), GTK_TYPE_LIST_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  double page_before;

  g_assert_true (wait_until (list_laid_out, adjustment));
  page_before = gtk_adjustment_get_page_size (adjustment);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (django)));
  gtk_widget_activate (GTK_WIDGET (django));
  g_assert_true (wait_until (list_settled_at_top, list));
  g_assert_cmpfloat (gtk_adjustment_get_page_size (adjustment), ==, page_before);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/criteria-form/exclusive-group", test_exclusive_group);
  g_test_add_func ("/tradeoff/criteria-form/criteria-keyboard", test_criteria_keyboard);
  g_test_add_func ("/tradeoff/criteria-form/many-criteria", test_many_criteria);
  g_test_add_func ("/tradeoff/criteria-form/criteria-stay-at-top", test_criteria_stay_at_top);

  return g_test_run ();
}
