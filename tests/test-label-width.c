/* test-label-width.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A wrapped label marked so is asked for its width as if no height were
 * given (app/gui/compat/tradeoff-label-width.c): one layout, not a dozen,
 * each time a box allocates it; other labels as GTK asks them.  Issue 13: a letter typed in the FAQ search
 * lays out every question shown again.
 */

#define G_LOG_DOMAIN "test-label-width"

#include "config.h"

#include "tradeoff-label-width.h"
#include "window-testing.h"

#define TEXT "Which framework lets a small team ship a prototype this week " \
             "and still run it comfortably in production next year?"

static void
measure_width (GtkWidget *label,
               int        for_height,
               int       *minimum,
               int       *natural)
{
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, for_height, minimum, natural, NULL, NULL);
}

/* Given the height of one line, GTK's own answer is the whole text on one
 * line as the narrowest width; the answer now is the same as with no
 * height: as narrow as its words allow. */
static void
test_width_without_height (void)
{
  GtkWidget *label = gtk_label_new (TEXT);
  GtkWidget *window = gtk_window_new ();
  int line_height;
  int free_min, free_nat;
  int given_min, given_nat;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_window_set_child (GTK_WINDOW (window), label);

  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &line_height, NULL, NULL);
  measure_width (label, -1, &free_min, &free_nat);
  /* Wrapped, it can be much narrower than its text on one line. */
  g_assert_cmpint (free_min, <, free_nat / 2);

  /* GTK's own answer, searched for over a dozen layouts: to be one line
   * high it must be as wide as its text. */
  measure_width (label, line_height, &given_min, &given_nat);
  g_assert_cmpint (given_min, >, free_nat / 2);

  /* Marked, one layout. */
  tradeoff_label_width_first (GTK_LABEL (label));
  measure_width (label, line_height, &given_min, &given_nat);
  g_assert_cmpint (given_min, ==, free_min);
  g_assert_cmpint (given_nat, ==, free_nat);

  /* What it draws at a width is as before: height for width. */
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, free_min, &given_min, NULL, NULL, NULL);
  g_assert_cmpint (given_min, >, line_height);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label not marked is asked as GTK asks it: how a box shares its
 * width between a label and its siblings depends on it. */
static void
test_others_as_before (void)
{
  GtkWidget *marked = g_object_ref_sink (gtk_label_new (TEXT));
  GtkWidget *label = g_object_ref_sink (gtk_label_new (TEXT));
  int line_height, free_min, free_nat, given_min, given_nat;

  gtk_label_set_wrap (GTK_LABEL (marked), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  tradeoff_label_width_first (GTK_LABEL (marked));
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &line_height, NULL, NULL);
  measure_width (label, -1, &free_min, &free_nat);
  measure_width (label, line_height, &given_min, &given_nat);
  g_assert_cmpint (given_min, >, free_min);

  g_object_unref (marked);
  g_object_unref (label);
}

static GtkWidget *
column_label (const char *text,
              gboolean    marked)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new (text));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (marked)
    tradeoff_label_fits_column (GTK_LABEL (label));

  return label;
}

/* A label that fits its column answers its width from its width-chars
 * and max-width-chars alone, whatever its text: GTK's own narrowest (a
 * word-and-character wrapped label is never narrower than its
 * width-chars), and its widest, so a new text needs no layout to answer
 * it.  Its height at a width is GTK's. */
static void
test_fits_column (void)
{
  static const char * const texts[] = {
    "Tie",
    TEXT,
    "Making \u201cSupercalifragilisticexpialidociousandthensomemore\u201d a must-have "
    "would make it Framework H",
  };
  int first_min = 0, first_nat = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *marked = column_label (texts[i], TRUE);
      GtkWidget *plain = column_label (texts[i], FALSE);
      int min, nat, plain_min, plain_nat;
      int height, plain_height;

      measure_width (marked, -1, &min, &nat);
      measure_width (plain, -1, &plain_min, &plain_nat);
      g_assert_cmpint (min, ==, plain_min);
      g_assert_cmpint (nat, >=, plain_nat);
      if (i == 0)
        {
          first_min = min;
          first_nat = nat;
          /* Three letters are narrower than 24 characters' room: GTK
           * would have said so, which a new text then changes. */
          g_assert_cmpint (plain_nat, <, nat);
        }
      g_assert_cmpint (min, ==, first_min);
      g_assert_cmpint (nat, ==, first_nat);

      /* Asked at a height, too. */
      measure_width (marked, 10, &min, &nat);
      g_assert_cmpint (min, ==, first_min);

      gtk_widget_measure (marked, GTK_ORIENTATION_VERTICAL, first_min, &height, NULL, NULL, NULL);
      gtk_widget_measure (plain, GTK_ORIENTATION_VERTICAL, first_min, &plain_height, NULL, NULL, NULL);
      g_assert_cmpint (height, ==, plain_height);

      g_object_unref (marked);
      g_object_unref (plain);
    }
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);

  g_test_add_func ("/tradeoff/label-width/width-without-height", test_width_without_height);
  g_test_add_func ("/tradeoff/label-width/others-as-before", test_others_as_before);
  g_test_add_func ("/tradeoff/label-width/fits-column", test_fits_column);

  return g_test_run ();
}
