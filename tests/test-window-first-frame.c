/* test-window-first-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person sees in the window's first frames (issue 17, and issue
 * 13's "nothing moves on a tick").  The first frame of the shipped
 * comparison already says what would change the verdict, and nothing in
 * the window moves after it: the smallest change used to come a moment
 * later from its thread, after a frame that said "Working out…", and the
 * panes moved a few pixels when the guide's width was worked out again
 * from the width the window's frame left.  A tick is answered in the
 * frame that shows it, with no "Working out…" line in between.  Every
 * frame is looked at as it is painted, through the frame clock.
 */

#define G_LOG_DOMAIN "test-window-first-frame"

#include "config.h"

#include <locale.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "tradeoff-application.h"
#include "tradeoff-criteria-form.h"
#include "tradeoff-faq-view.h"
#include "tradeoff-min-change-view.h"
#include "tradeoff-verdict-panel.h"
#include "window-testing.h"

typedef struct
{
  TradeoffWindow        *window;
  TradeoffMinChangeView *view;
  guint                  paints;
  /* Frames painted while the smallest change was still being worked out. */
  guint                  paints_working_out;
  /* Where the guide's FAQ, the criteria and the verdict were at the
   * first layout. */
  gboolean               laid_out;
  /* Times the guide's width was set again after the window was realized,
   * each a layout of the guide and the criteria done again. */
  guint                  guide_widths_after_realize;
  graphene_rect_t        first[3];
} Watch;

static GType
watched_type (guint i)
{
  GType types[] = {
    TRADEOFF_TYPE_FAQ_VIEW, TRADEOFF_TYPE_CRITERIA_FORM, TRADEOFF_TYPE_VERDICT_PANEL,
  };

  return types[i];
}

static void
bounds_of (TradeoffWindow  *window,
           guint            i,
           graphene_rect_t *bounds)
{
  GtkWidget *widget = find_one (GTK_WIDGET (window), watched_type (i));

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), bounds));
}

static void
on_after_paint (GdkFrameClock *clock,
                Watch         *watch)
{
  if (tradeoff_min_change_view_get_state (watch->view) != TRADEOFF_MIN_CHANGE_VIEW_PROVEN)
    watch->paints_working_out++;
  watch->paints++;
}

/* After GTK's own layout of the frame: where the parts are in the first
 * layout that gave the window a size, painted or not (a layout changed
 * from an idle before the first paint is a layout done twice). */
static void
on_layout (GdkFrameClock *clock,
           Watch         *watch)
{
  if (watch->laid_out || gtk_widget_get_width (GTK_WIDGET (watch->window)) == 0)
    return;
  watch->laid_out = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (watch->first); i++)
    bounds_of (watch->window, i, &watch->first[i]);
}

static void
on_guide_width (GObject    *guide,
                GParamSpec *pspec,
                Watch      *watch)
{
  watch->guide_widths_after_realize++;
}

/* The guide's pane: the FAQ's ancestor that is given a width. */
static GtkWidget *
guide_pane (TradeoffWindow *window)
{
  GtkWidget *pane = find_one (GTK_WIDGET (window), TRADEOFF_TYPE_FAQ_VIEW);
  int width = -1;

  for (; pane != NULL; pane = gtk_widget_get_parent (pane))
    {
      gtk_widget_get_size_request (pane, &width, NULL);
      if (width > 0)
        return pane;
    }
  g_assert_not_reached ();
}

static void
on_realize (GtkWidget *widget,
            Watch     *watch)
{
  /* Connected after the window's own realize, which sets the guide's
   * width for the size the window will have. */
  g_signal_connect (guide_pane (watch->window), "notify::width-request",
                    G_CALLBACK (on_guide_width), watch);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), watch);
  g_signal_connect_after (gtk_widget_get_frame_clock (widget), "layout",
                          G_CALLBACK (on_layout), watch);
}

static gboolean
painted (gpointer data)
{
  return ((Watch *) data)->paints > 0;
}

/* Opens @path, or the shipped comparison, and waits for the first frame.
 * Between opening and presenting, the main loop does not run for
 * @pause_ms: as long as the app's start-up takes to build and lay out a
 * large window, during which a search on a thread can end. */
static void
watch_window_with (Watch            *watch,
                   TradeoffSettings *settings,
                   const char       *path,
                   guint             pause_ms)
{
  watch->window = tradeoff_window_new (NULL, settings);
  watch->view = TRADEOFF_MIN_CHANGE_VIEW (find_one (GTK_WIDGET (watch->window),
                                                    TRADEOFF_TYPE_MIN_CHANGE_VIEW));
  g_assert_nonnull (watch->view);
  g_signal_connect_after (watch->window, "realize", G_CALLBACK (on_realize), watch);
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (tradeoff_window_open_file (watch->window, file));
    }
  else
    {
      g_assert_true (tradeoff_window_load_shipped (watch->window));
    }
  g_usleep (pause_ms * G_TIME_SPAN_MILLISECOND);
  gtk_window_present (GTK_WINDOW (watch->window));
  g_assert_true (wait_until (painted, watch));
}

static void
watch_window (Watch            *watch,
              TradeoffSettings *settings)
{
  watch_window_with (watch, settings, NULL, 0);
}

static void
stop_watching (Watch *watch)
{
  g_signal_handlers_disconnect_by_data (guide_pane (watch->window), watch);
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (watch->window)),
                                        watch);
  close_window (watch->window);
}

static void
assert_nothing_moved (Watch *watch)
{
  let_frames_pass ();
  g_assert_true (laid_out_wide (watch->window));
  for (guint i = 0; i < G_N_ELEMENTS (watch->first); i++)
    {
      graphene_rect_t now;

      bounds_of (watch->window, i, &now);
      if (!graphene_rect_equal (&now, &watch->first[i]))
        g_error ("%s moved after the first layout: %g,%g %g×%g, then %g,%g %g×%g",
                 g_type_name (watched_type (i)),
                 watch->first[i].origin.x, watch->first[i].origin.y,
                 watch->first[i].size.width, watch->first[i].size.height,
                 now.origin.x, now.origin.y, now.size.width, now.size.height);
    }
}

/* The first frame is the settled one: the smallest change in it, and the
 * guide, the criteria and the verdict where they stay. */
static void
test_first_frame_is_settled (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  Watch watch = { 0 };

  watch_window (&watch, settings);
  g_assert_cmpuint (watch.paints_working_out, ==, 0);
  g_assert_cmpstr (tradeoff_min_change_view_get_firmness (watch.view), !=, "");

  assert_nothing_moved (&watch);
  g_assert_cmpuint (watch.paints_working_out, ==, 0);
  g_assert_cmpuint (watch.guide_widths_after_realize, ==, 0);

  stop_watching (&watch);
}

/* Eight options and forty criteria, each naming five of them in its
 * effect ("+3 Framework A, −2 Framework C, …") beside a label with a
 * long word: the criteria need more than the 60 % a guide at 40 %
 * leaves them (the window's narrowest was 1,293 px), and the search for
 * the smallest change (320 cells) goes to a thread. */
static char *
write_eight_options (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<comparison id=\"eight\" version=\"1\">\n"
                               "<title>Eight frameworks</title><intro>Eight of them.</intro>\n<options>\n");
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  for (char o = 'a'; o <= 'h'; o++)
    g_string_append_printf (xml, "<option id=\"%c\"><name>Framework %c</name></option>\n", o, o - 32);
  g_string_append (xml, "</options>\n<aspects><aspect id=\"size\"><label>Size</label>");
  for (char o = 'a'; o <= 'h'; o++)
    g_string_append_printf (xml, "<value option=\"%c\">Middling</value>", o);
  g_string_append (xml, "</aspect></aspects>\n"
                        "<faq><entry id=\"q\"><question>Which?</question><answer>It depends.</answer></entry></faq>\n"
                        "<criteria><group id=\"all\"><label>What matters</label>\n");
  for (guint c = 0; c < 40; c++)
    {
      g_string_append_printf (xml, "<criterion id=\"c%u\" source=\"q\"><label>Internationalization and documentation, number %u</label>"
                                   "<rationale>Because.</rationale>", c, c + 1);
      for (guint k = 0; k < 5; k++)
        g_string_append_printf (xml, "<weight option=\"%c\">%d</weight>",
                                'a' + (c + k * 3) % 8, (int) ((c + k) % 7) - 3 != 0 ? (int) ((c + k) % 7) - 3 : 1);
      g_string_append (xml, "</criterion>\n");
    }
  g_string_append (xml, "</group></criteria>\n<verdicts>");
  for (char o = 'a'; o <= 'h'; o++)
    g_string_append_printf (xml, "<verdict option=\"%c\">Framework %c.</verdict>", o, o - 32);
  g_string_append (xml, "<tie>A tie.</tie><none>Nothing ticked.</none></verdicts>\n</comparison>\n");

  fd = g_file_open_tmp ("first-frame-XXXXXX.xml", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, xml->str, xml->len, &error));
  g_assert_no_error (error);
  g_string_free (xml, TRUE);
  return path;
}

/* A comparison whose criteria need more width than the guide leaves them
 * at first: the guide gives way before the first frame, not after it
 * (the window was drawn wider than the screen, then laid out again); and
 * its smallest change, searched on a thread from the moment the
 * comparison is shown, is in the first frame when the search ended while
 * the window was being built. */
static void
test_large_first_frame_is_settled (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  g_autofree char *path = write_eight_options ();
  Watch watch = { 0 };

  watch_window_with (&watch, settings, path, 300);
  g_assert_cmpuint (watch.paints_working_out, ==, 0);
  g_assert_cmpstr (tradeoff_min_change_view_get_firmness (watch.view), !=, "");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (watch.window)), <=, 1280);

  assert_nothing_moved (&watch);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (watch.window)), <=, 1280);
  g_assert_cmpuint (watch.guide_widths_after_realize, ==, 0);

  stop_watching (&watch);
  g_unlink (path);
}

typedef struct
{
  Watch *watch;
  guint  before;
} Since;

static gboolean
painted_since (gpointer data)
{
  Since *since = data;

  return since->watch->paints > since->before;
}

/* Ticks and unticks: every frame painted after each shows its smallest
 * change, never "Working out…". */
static void
test_tick_answered_in_its_frame (void)
{
  g_autoptr(TradeoffSettings) settings = memory_settings (NULL);
  const char *ids[] = { "team-knows-django", "greenfield", "team-knows-flask", "greenfield" };
  Watch watch = { 0 };

  watch_window (&watch, settings);
  let_frames_pass ();

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkCheckButton *button = criterion_button (watch.window, ids[i]);
      gboolean was = gtk_check_button_get_active (button);
      Since since = { &watch, watch.paints };

      /* What a click does. */
      gtk_widget_activate (GTK_WIDGET (button));
      g_assert_true (gtk_check_button_get_active (button) != was);
      g_assert_true (wait_until (painted_since, &since));
      g_assert_cmpuint (watch.paints_working_out, ==, 0);
      g_assert_cmpstr (tradeoff_min_change_view_get_firmness (watch.view), !=, "");
    }
  let_frames_pass ();
  g_assert_cmpuint (watch.paints_working_out, ==, 0);

  stop_watching (&watch);
}

int
main (int   argc,
      char *argv[])
{
  window_testing_init (&argc, &argv);
  /* The app's style sheet, as the app loads it: its sizes are the ones a
   * person sees, and the large comparison outgrows the guide's 60 % only
   * with them. */
  _tradeoff_application_load_style ();

  g_test_add_func ("/tradeoff/window-first-frame/first-frame-is-settled",
                   test_first_frame_is_settled);
  g_test_add_func ("/tradeoff/window-first-frame/large-first-frame-is-settled",
                   test_large_first_frame_is_settled);
  g_test_add_func ("/tradeoff/window-first-frame/tick-answered-in-its-frame",
                   test_tick_answered_in_its_frame);

  return g_test_run ();
}
