/* bench-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the benchmark programs share: a nanosecond clock, medians, running
 * a subject and its floor alternately, the generator as a subprocess, and
 * one way of printing a figure against its budget.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef void (*BenchFunc) (gpointer data);

/* CLOCK_MONOTONIC, in nanoseconds. */
gint64   bench_now_ns           (void);
/* Sorts @values in place. */
double   bench_median           (double     *values,
                                 guint       n);

/* Runs @floor_func and @func alternately, so that drift (frequency
 * scaling, a busy neighbour) hits both alike, at least @min_runs times each
 * and then until about @seconds have gone by, at most @max_runs times; one
 * untimed call of each first, to warm caches.  Stores the median time of
 * one call, in nanoseconds, in @floor_ns and @func_ns, and returns the
 * number of runs.  @floor_func may be %NULL. */
guint    bench_compare          (BenchFunc   floor_func,
                                 gpointer    floor_data,
                                 double     *floor_ns,
                                 BenchFunc   func,
                                 gpointer    func_data,
                                 double     *func_ns,
                                 guint       min_runs,
                                 guint       max_runs,
                                 double      seconds);

/* Runs @argv (NULL-terminated) and returns its standard output, or %NULL
 * with a message on standard error if it failed. */
GBytes  *bench_run_capture      (const char * const *argv);
/* Runs gen-comparison at @generator with these sizes; aborts the benchmark
 * if it fails, since nothing can be measured then. */
GBytes  *bench_generate         (const char *generator,
                                 int         n_options,
                                 int         n_aspects,
                                 int         n_faq,
                                 int         n_criteria);
/* The median wall times of running @floor_argv and @argv to completion,
 * alternately, @runs times each after one warm-up, in nanoseconds; either
 * is negative if that command failed. */
void     bench_compare_processes (const char * const *floor_argv,
                                  double             *floor_ns,
                                  const char * const *argv,
                                  double             *ns,
                                  guint               runs);

/* One line of a figures table: the name, the value in its unit, and
 * optionally the ratio to a floor. */
void     bench_print_row        (const char *name,
                                 double      value,
                                 const char *unit,
                                 double      ratio);
/* "budget: TEXT ... met" or "... MISSED", and returns @met. */
gboolean bench_print_budget     (const char *text,
                                 gboolean    met);
void     bench_print_heading    (const char *format,
                                 ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
