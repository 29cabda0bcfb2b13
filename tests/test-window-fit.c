/* test-window-fit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window at 1280×800 with long option names ("PostgreSQL with
 * TimescaleDB"), in English, German and French, after ticks that name
 * every option: it stays as wide as the screen, the advice column ends
 * inside it, the criteria need no more width than before the ticks, and
 * every score names its option whole (issue 13).  Kept
 * whole, a criterion's effect ("+2 MySQL Community Edition") made the
 * criteria pane so wide that the window outgrew the screen and cut the
 * advice off; and the scores cut long names to "PostgreSQL with Ti…".
 */

#define G_LOG_DOMAIN "test-window-fit"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tradeoff-criteria-form.h"
#include "tradeoff-verdict-panel.h"
#include "window-testing.h"

static const char long_names[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<comparison id=\"long-names-fit\" version=\"1\">\n"
  "  <title>Three databases with long names</title>\n"
  "  <intro>Two servers and one library.</intro>\n"
  "  <options>\n"
  "    <option id=\"pg\"><name>PostgreSQL with TimescaleDB</name></option>\n"
  "    <option id=\"my\"><name>MySQL Community Edition</name></option>\n"
  "    <option id=\"lite\"><name>SQLite (embedded)</name></option>\n"
  "  </options>\n"
  "  <aspects>\n"
  "    <aspect id=\"arch\"><label>Architecture</label>\n"
  "      <value option=\"pg\">Client–server</value><value option=\"my\">Client–server</value>\n"
  "      <value option=\"lite\">Embedded library</value>\n"
  "    </aspect>\n"
  "  </aspects>\n"
  "  <faq><entry id=\"q\"><question>Which?</question><answer>It depends.</answer></entry></faq>\n"
  "  <criteria>\n"
  "    <group id=\"where\" exclusive=\"true\"><label>Where it runs</label>\n"
  "      <criterion id=\"shared\" source=\"q\"><label>On a server that many users share</label>\n"
  "        <rationale>Servers.</rationale><weight option=\"pg\">2</weight>\n"
  "        <weight option=\"my\">2</weight><weight option=\"lite\">-2</weight></criterion>\n"
  "      <criterion id=\"inside\" source=\"q\"><label>Inside a single application</label>\n"
  "        <rationale>A library.</rationale><weight option=\"lite\">4</weight></criterion>\n"
  "    </group>\n"
  "    <group id=\"need\"><label>What you need</label>\n"
  "      <criterion id=\"writers\" source=\"q\"><label>Many clients write at the same time</label>\n"
  "        <rationale>Writers.</rationale><weight option=\"pg\">2</weight>\n"
  "        <weight option=\"my\">2</weight><weight option=\"lite\">-3</weight></criterion>\n"
  "      <criterion id=\"types\" source=\"q\"><label>Rich data types or extensions</label>\n"
  "        <rationale>Types.</rationale><weight option=\"pg\">3</weight></criterion>\n"
  "    </group>\n"
  "  </criteria>\n"
  "  <verdicts>\n"
  "    <verdict option=\"pg\">PostgreSQL.</verdict><verdict option=\"my\">MySQL.</verdict>\n"
  "    <verdict option=\"lite\">SQLite.</verdict>\n"
  "    <tie>A tie.</tie><none>Nothing ticked.</none>\n"
  "  </verdicts>\n"
  "</comparison>\n";

/* What the criteria need at least: a tick must not change it, or the
 * panes would move. */
static int
criteria_minimum (TradeoffWindow *window)
{
  int minimum;

  gtk_widget_measure (find_one (GTK_WIDGET (window), TRADEOFF_TYPE_CRITERIA_FORM),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The whole window on the screen, the verdict panel's right edge in it. */
static void
assert_fits_screen (TradeoffWindow *window)
{
  GtkWidget *panel = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_VERDICT_PANEL);
  graphene_rect_t bounds;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
}

/* Each option's name beside its score is shown whole, not ellipsized. */
static void
assert_names_whole (TradeoffWindow *window)
{
  GtkWidget *panel = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_VERDICT_PANEL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint names = 0;

  collect (panel, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_has_css_class (GTK_WIDGET (label), "option-name"))
        continue;
      names++;
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (gtk_label_get_layout (label)), ==, 0);
    }
  g_assert_cmpuint (names, ==, 3);
}

static void
test_long_names (gconstpointer data)
{
  const char *language = data;
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *dir = NULL;
  TradeoffAdvisor *advisor;
  TradeoffComparison *comparison;
  TradeoffWindow *window;
  char *path;
  int before;

  use_language (language);
  path = write_temp_file ("long-names.xml", long_names, &dir);
  window = open_window (settings, path);
  g_assert_true (wait_until (laid_out_wide, window));
  let_frames_pass ();
  assert_fits_screen (window);
  before = criteria_minimum (window);

  advisor = tradeoff_window_get_advisor (window);
  comparison = tradeoff_window_get_comparison (window);
  tradeoff_advisor_set_level (advisor, tradeoff_comparison_find_criterion (comparison, "shared"),
                              TRADEOFF_LEVEL_MATTERS);
  tradeoff_advisor_set_level (advisor, tradeoff_comparison_find_criterion (comparison, "writers"),
                              TRADEOFF_LEVEL_A_LOT);
  tradeoff_advisor_set_level (advisor, tradeoff_comparison_find_criterion (comparison, "types"),
                              TRADEOFF_LEVEL_MATTERS);
  let_frames_pass ();
  assert_fits_screen (window);
  g_assert_cmpint (criteria_minimum (window), ==, before);
  assert_names_whole (window);

  close_window (window);
  remove_temp_file (path, g_steal_pointer (&dir));
  use_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);
  use_catalogues ();

  add_in_each_language ("/tradeoff/window-fit/long-names", test_long_names);

  return g_test_run ();
}
