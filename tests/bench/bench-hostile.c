/* bench-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The worst case of each class of hostile input (tests/hostile-fixtures.h,
 * each as large as the 16 MiB cap allows): how long `tradeoff --validate`
 * takes to load or refuse it, and its peak memory, against
 * `xmllint --noout --relaxng comparison.rng` on the same file.  xmllint
 * is a reference, not a floor: on several classes it runs for minutes, so
 * it is stopped after a while and reported as "over" that.
 *
 *   bench-hostile --schema data/comparison.rng --program tradeoff [CLASS…]
 *
 * Budget (issue 12): every class within 2 s and 300 MB.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"
/* wait4(), for the peak memory of a child. */
#define _DEFAULT_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-util.h"
#include "hostile-fixtures.h"

#define BUDGET_SECONDS 2.0
#define BUDGET_MB 300.0
#define RUNS 3
#define XMLLINT_SECONDS 20.0

typedef struct
{
  double seconds;   /* wall time; negative: stopped after the limit */
  double cpu;       /* user and system time */
  double peak_mb;
  int    status;    /* exit status, or -1 */
} Run;

/* Runs @argv with its output thrown away, for at most @limit seconds;
 * wall time and peak resident memory from wait4(). */
static Run
run_once (const char * const *argv,
          double              limit)
{
  Run run = { 0.0, 0.0, 0.0, -1 };
  struct rusage usage = { 0 };
  gint64 start = bench_now_ns ();
  int status = 0;
  pid_t pid;

  pid = fork ();
  g_assert (pid >= 0);
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      execvp (argv[0], (char **)argv);
      _exit (127);
    }

  for (;;)
    {
      pid_t done = wait4 (pid, &status, WNOHANG, &usage);

      if (done == pid)
        break;
      if (done < 0 && errno != EINTR)
        g_error ("wait4: %s", g_strerror (errno));
      if ((bench_now_ns () - start) / 1e9 > limit)
        {
          kill (pid, SIGKILL);
          wait4 (pid, &status, 0, &usage);
          run.seconds = -limit;
          run.peak_mb = usage.ru_maxrss / 1024.0;
          return run;
        }
      g_usleep (2000);
    }

  run.seconds = (bench_now_ns () - start) / 1e9;
  run.cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
            usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  run.peak_mb = usage.ru_maxrss / 1024.0;  /* ru_maxrss is in kilobytes */
  run.status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  return run;
}

/* The median time and the highest peak of @runs runs. */
static Run
run_median (const char * const *argv,
            guint               runs,
            double              limit)
{
  double seconds[RUNS];
  double cpu[RUNS];
  Run worst = { 0.0, 0.0, 0.0, -1 };

  g_assert (runs <= RUNS);
  for (guint i = 0; i < runs; i++)
    {
      Run run = run_once (argv, limit);

      if (run.seconds < 0.0)
        return run;
      seconds[i] = run.seconds;
      cpu[i] = run.cpu;
      worst.peak_mb = MAX (worst.peak_mb, run.peak_mb);
      worst.status = run.status;
    }

  worst.seconds = bench_median (seconds, runs);
  worst.cpu = bench_median (cpu, runs);
  return worst;
}

static void
print_run (const char *who,
           Run         run)
{
  if (run.seconds < 0.0)
    g_print ("  %-30s over %5.1f s wall                %8.1f MB  (stopped)\n", who,
             -run.seconds, run.peak_mb);
  else
    g_print ("  %-30s %8.3f s wall %8.3f s CPU %8.1f MB  exit %d\n", who, run.seconds,
             run.cpu, run.peak_mb, run.status);
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("unknown\n");

  return g_steal_pointer (&text);
}

static gboolean
bench_case (const HostileCase *hostile,
            const char        *dir,
            const char        *schema,
            const char        *program)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.xml", dir, hostile->name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *validate[] = { program, "--validate", path, NULL };
  const char *xmllint[] = { "xmllint", "--noout", "--relaxng", schema, path, NULL };
  int expected = hostile->code == HOSTILE_LOADS ? 0 : 1;
  int line;
  int column;
  Run ours;
  Run theirs;
  gboolean met;

  bytes = hostile->generate (&line, &column);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &error))
    g_error ("%s", error->message);

  bench_print_heading ("hostile: %s (%.1f MiB, %s)", hostile->name,
                       g_bytes_get_size (bytes) / 1048576.0,
                       expected == 0 ? "valid" : "refused");
  ours = run_median (validate, RUNS, 60.0);
  print_run ("tradeoff --validate", ours);
  theirs = run_once (xmllint, XMLLINT_SECONDS);
  print_run ("xmllint --relaxng (reference)", theirs);
  if (ours.seconds > 0.0 && theirs.seconds > 0.0)
    g_print ("  reference: tradeoff / xmllint %.2fx CPU time, %.2fx memory\n",
             ours.cpu / MAX (theirs.cpu, 0.001), ours.peak_mb / theirs.peak_mb);

  /* CPU time, not wall time: on a machine shared with other work, wall
   * time measures the neighbours too.  Both are printed. */
  met = ours.seconds >= 0.0 && ours.status == expected;
  met &= bench_print_budget ("loaded or refused as expected, within 2 s of CPU time",
                             met && ours.cpu <= BUDGET_SECONDS);
  met &= bench_print_budget ("peak memory under 300 MB", ours.peak_mb < BUDGET_MB);

  g_unlink (path);
  return met;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schema = NULL;
  g_autofree char *program = NULL;
  g_auto(GStrv) only = NULL;
  GOptionEntry entries[] = {
    { "schema", 0, 0, G_OPTION_ARG_FILENAME, &schema, "The schema, for xmllint", "RNG" },
    { "program", 0, 0, G_OPTION_ARG_FILENAME, &program, "The tradeoff program", "PROGRAM" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &only, NULL, "[CLASS…]" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gboolean met = TRUE;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) ||
      schema == NULL || program == NULL)
    {
      g_printerr ("bench-hostile: %s\n",
                  error != NULL ? error->message : "--schema and --program are needed");
      return 2;
    }

  dir = g_dir_make_tmp ("tradeoff-bench-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    if (only == NULL || g_strv_contains ((const char * const *)only, hostile_cases[i].name))
      met &= bench_case (&hostile_cases[i], dir, schema, program);

  g_rmdir (dir);
  {
    g_autofree char *load = load_average ();

    g_print ("\n  load average at the end: %s", load);
  }
  bench_print_budget ("every class within 2 s and 300 MB", met);

  return met ? 0 : 1;
}
