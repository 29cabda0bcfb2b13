/* exit-at-paint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An LD_PRELOAD module for profiling start-up: it ends the program when the
 * first window it presents has painted EXIT_AT_PAINT times (default 2: the
 * window as it settles), so a profiler counts exactly the work from exec to
 * the settled window and nothing after it.  The README's start-up profile
 * was taken with it:
 *
 *   LD_PRELOAD=build-bench/tests/bench/libexit-at-paint.so \
 *     valgrind --tool=callgrind --separate-threads=yes build-bench/app/tradeoff
 *
 * It works for any GTK 4 program that presents its window with
 * gtk_window_present(), startup-bench's minimal window included.  A
 * developer tool that is never installed: its messages are not translated.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <unistd.h>

static int paints_left = -1;

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  if (--paints_left > 0)
    return;

  /* At once, with no clean-up: what a profiler counts ends here. */
  _exit (0);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *window);

  if (real_present == NULL)
    real_present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  real_present (window);

  /* Only the first window: the paints of any later one are not start-up. */
  if (paints_left < 0)
    {
      const char *paints = g_getenv ("EXIT_AT_PAINT");
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

      paints_left = paints != NULL && atoi (paints) > 0 ? atoi (paints) : 2;
      g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                        G_CALLBACK (after_paint), NULL);
    }
}
