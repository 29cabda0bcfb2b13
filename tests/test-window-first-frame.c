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
   * first frame. */
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
  if (watch->paints++ == 0)
    for (guint i = 0; i < G_N_ELEMENTS (watch->first); i++)
      bounds_of (watch->window, i, &watch->first[i]);
}

static void
on_realize (GtkWidget *widget,
            Watch     *watch)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), watch);
}

static gboolean
painted (gpointer data)
{
  return ((Watch *) data)->paints > 0;
}

static void
watch_window (Watch            *watch,
              TradeoffSettings *settings)
{
  watch->window = tradeoff_window_new (NULL, settings);
  watch->view = TRADEOFF_MIN_CHANGE_VIEW (find_one (GTK_WIDGET (watch->window),
                                                    TRADEOFF_TYPE_MIN_CHANGE_VIEW));
  g_assert_nonnull (watch->view);
  g_signal_connect (watch->window, "realize", G_CALLBACK (on_realize), watch);
  g_assert_true (tradeoff_window_load_shipped (watch->window));
  gtk_window_present (GTK_WINDOW (watch->window));
  g_assert_true (wait_until (painted, watch));
}

static void
stop_watching (Watch *watch)
{
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (watch->window)),
                                        watch);
  close_window (watch->window);
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

  let_frames_pass ();
  g_assert_true (laid_out_wide (watch.window));
  for (guint i = 0; i < G_N_ELEMENTS (watch.first); i++)
    {
      graphene_rect_t now;

      bounds_of (watch.window, i, &now);
      if (!graphene_rect_equal (&now, &watch.first[i]))
        g_error ("%s moved after the first frame: %g,%g %g×%g, then %g,%g %g×%g",
                 g_type_name (watched_type (i)),
                 watch.first[i].origin.x, watch.first[i].origin.y,
                 watch.first[i].size.width, watch.first[i].size.height,
                 now.origin.x, now.origin.y, now.size.width, now.size.height);
    }
  g_assert_cmpuint (watch.paints_working_out, ==, 0);

  stop_watching (&watch);
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

  g_test_add_func ("/tradeoff/window-first-frame/first-frame-is-settled",
                   test_first_frame_is_settled);
  g_test_add_func ("/tradeoff/window-first-frame/tick-answered-in-its-frame",
                   test_tick_answered_in_its_frame);

  return g_test_run ();
}
