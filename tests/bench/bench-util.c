/* bench-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench-util.h"

gint64
bench_now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

double
bench_median (double *values,
              guint   n)
{
  if (n == 0)
    return NAN;

  qsort (values, n, sizeof *values, compare_doubles);
  if (n % 2 == 1)
    return values[n / 2];

  return (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static double
time_once (BenchFunc func,
           gpointer  data)
{
  gint64 start = bench_now_ns ();

  func (data);
  return (double)(bench_now_ns () - start);
}

guint
bench_compare (BenchFunc  floor_func,
               gpointer   floor_data,
               double    *floor_ns,
               BenchFunc  func,
               gpointer   func_data,
               double    *func_ns,
               guint      min_runs,
               guint      max_runs,
               double     seconds)
{
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) subjects = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 deadline;

  if (floor_func != NULL)
    floor_func (floor_data);
  func (func_data);

  deadline = bench_now_ns () + (gint64)(seconds * 1e9);
  while (subjects->len < max_runs &&
         (subjects->len < min_runs || bench_now_ns () < deadline))
    {
      double t;

      if (floor_func != NULL)
        {
          t = time_once (floor_func, floor_data);
          g_array_append_val (floors, t);
        }
      t = time_once (func, func_data);
      g_array_append_val (subjects, t);
    }

  if (floor_ns != NULL)
    *floor_ns = bench_median ((double *)(void *)floors->data, floors->len);
  *func_ns = bench_median ((double *)(void *)subjects->data, subjects->len);

  return subjects->len;
}

GBytes *
bench_run_capture (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GSubprocess) process = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  if (process == NULL ||
      !g_subprocess_communicate (process, NULL, NULL, &out, &err, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return NULL;
    }

  if (!g_subprocess_get_successful (process))
    {
      g_printerr ("%s failed: %.*s\n", argv[0], (int)g_bytes_get_size (err),
                  (const char *)g_bytes_get_data (err, NULL));
      return NULL;
    }

  return g_steal_pointer (&out);
}

GBytes *
bench_generate (const char *generator,
                int         n_options,
                int         n_aspects,
                int         n_faq,
                int         n_criteria)
{
  g_autofree char *options = g_strdup_printf ("--options=%d", n_options);
  g_autofree char *aspects = g_strdup_printf ("--aspects=%d", n_aspects);
  g_autofree char *faq = g_strdup_printf ("--faq=%d", n_faq);
  g_autofree char *criteria = g_strdup_printf ("--criteria=%d", n_criteria);
  const char *argv[] = { generator, options, aspects, faq, criteria, NULL };
  GBytes *bytes = bench_run_capture (argv);

  if (bytes == NULL)
    exit (1);

  return bytes;
}

static gboolean
run_quietly (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                     G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);

  return process != NULL &&
         g_subprocess_wait (process, NULL, &error) &&
         g_subprocess_get_successful (process);
}

/* The wall time of one run in nanoseconds, or -1 if it failed. */
static double
time_process (const char * const *argv)
{
  gint64 start = bench_now_ns ();

  if (!run_quietly (argv))
    return -1.0;

  return (double)(bench_now_ns () - start);
}

void
bench_compare_processes (const char * const *floor_argv,
                         double             *floor_ns,
                         const char * const *argv,
                         double             *ns,
                         guint               runs)
{
  g_autofree double *floors = g_new (double, runs);
  g_autofree double *samples = g_new (double, runs);
  gboolean floor_ok = time_process (floor_argv) >= 0.0;
  gboolean ok = time_process (argv) >= 0.0;

  for (guint i = 0; i < runs && (floor_ok || ok); i++)
    {
      if (floor_ok)
        floor_ok = (floors[i] = time_process (floor_argv)) >= 0.0;
      if (ok)
        ok = (samples[i] = time_process (argv)) >= 0.0;
    }

  *floor_ns = floor_ok ? bench_median (floors, runs) : -1.0;
  *ns = ok ? bench_median (samples, runs) : -1.0;
}

void
bench_print_heading (const char *format,
                     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_print ("\n%s\n", text);
}

void
bench_print_row (const char *name,
                 double      value,
                 const char *unit,
                 double      ratio)
{
  if (ratio > 0.0)
    g_print ("  %-52s %12.3f %-6s %8.2fx\n", name, value, unit, ratio);
  else
    g_print ("  %-52s %12.3f %s\n", name, value, unit);
}

gboolean
bench_print_budget (const char *text,
                    gboolean    met)
{
  g_print ("  budget: %-62s %s\n", text, met ? "met" : "MISSED");

  return met;
}
