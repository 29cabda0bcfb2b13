/* bench-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor on a big comparison (issue 16), in the real windows on
 * whatever display is set (run-benchmarks.sh starts a private Xvfb):
 * - how long the editor takes to open: from Edit until its first frame
 *   has been painted;
 * - a keystroke: one letter typed into an editor field (the title, then a
 *   criterion's label, the editor scrolled to it), timed from the change until the main window has
 *   painted the frame after it (its frame clock's "after-paint"), with
 *   the window idle before each letter.
 * - the build behind each keystroke alone, with no display: a full build
 *   of the comparison against one that shares the unchanged items with
 *   the previous comparison (tradeoff_comparison_builder_build_from()),
 *   after one criterion's label changed.
 * Each figure is a median, in wall time and in the process's CPU time:
 * on a machine shared with others the CPU time is the steadier one.
 *
 *   bench-editor [--letters N] FILE
 *
 * Budget: a keystroke in the editor shows in the window within one frame
 * (16.7 ms).
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-bench"

#include "config.h"

#include <gtk/gtk.h>
#ifdef HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include "bench-util.h"
#include "tradeoff-editor-field.h"
#include "tradeoff-comparison-builder.h"
#include "tradeoff-editor-window-private.h"
#include "tradeoff-loader.h"
#include "tradeoff-renderer-choice.h"
#include "tradeoff-window.h"
#include "window-testing.h"

#define FRAME_BUDGET_MS 16.7
/* The windows are idle once nothing has been painted for this long. */
#define QUIET_MS 250
/* A change that paints nothing within this long is reported as such. */
#define NO_FRAME_MS 60000
#define TYPED_WORD "throughput"

typedef struct
{
  gint64   last_paint_ns;
  gboolean painted;
} Watch;

static void
on_after_paint (GdkFrameClock *clock,
                Watch         *watch)
{
  watch->last_paint_ns = bench_now_ns ();
  watch->painted = TRUE;
}

static void
watch_window (GtkWidget *window,
              Watch     *watch)
{
  GdkFrameClock *clock;

  gtk_widget_realize (window);
  clock = gtk_widget_get_frame_clock (window);
  g_assert_nonnull (clock);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), watch);
}

/* Runs the main loop until @watch has painted, or @ms have gone by. */
static gboolean
wait_for_paint (Watch *watch,
                double ms)
{
  gint64 end = bench_now_ns () + (gint64)(ms * 1e6);

  watch->painted = FALSE;
  while (!watch->painted && bench_now_ns () < end)
    g_main_context_iteration (NULL, FALSE);
  return watch->painted;
}

/* Runs the main loop until neither window has painted for QUIET_MS. */
static void
wait_quiet (Watch *a,
            Watch *b)
{
  for (;;)
    {
      gint64 last = MAX (a->last_paint_ns, b->last_paint_ns);

      if (bench_now_ns () - last > QUIET_MS * (gint64)1000000)
        return;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static GtkEditable *
entry_of_field (GtkWidget  *root,
                const char *label)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();

  collect (root, TRADEOFF_TYPE_EDITOR_FIELD, fields);
  for (guint i = 0; i < fields->len; i++)
    if (g_strcmp0 (tradeoff_editor_field_get_label (g_ptr_array_index (fields, i)), label) == 0)
      {
        g_autoptr(GPtrArray) entries = g_ptr_array_new ();

        collect (g_ptr_array_index (fields, i), GTK_TYPE_ENTRY, entries);
        if (entries->len > 0)
          return g_ptr_array_index (entries, 0);
      }
  return NULL;
}

/* The entry of the first criterion's field labelled @label, the editor
 * scrolled to that criterion as its Go to menu does (on the large
 * comparison it is past 10,500 parts); %NULL if not reached. */
static GtkEditable *
reveal_criterion_field (TradeoffEditorWindow *editor,
                        const char           *label,
                        Watch                *editor_watch)
{
  GtkEditable *entry = NULL;

  _tradeoff_editor_form_reveal (editor, TRADEOFF_EDITOR_PART_CRITERION, 0, 0);
  for (guint i = 0; (entry = entry_of_field (GTK_WIDGET (editor), label)) == NULL && i < 20; i++)
    wait_for_paint (editor_watch, 1000);
  return entry;
}

/* Types @n letters into @entry, one a change, each timed until @main has
 * painted; prints the medians. */
static double
type_letters (const char  *what,
              GtkEditable *entry,
              guint        n,
              Watch       *main_watch,
              Watch       *editor_watch)
{
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) handlers = g_array_new (FALSE, FALSE, sizeof (double));
  double median;

  for (guint i = 0; i < n; i++)
    {
      int end = g_utf8_strlen (gtk_editable_get_text (entry), -1);
      const char *letter = TYPED_WORD + i % (sizeof TYPED_WORD - 1);
      gint64 start;
      double start_cpu, ms;

      wait_quiet (main_watch, editor_watch);
      main_watch->painted = FALSE;
      start = bench_now_ns ();
      start_cpu = process_cpu_ms ();
      /* Under valgrind --tool=callgrind --collect-atstart=no, only the
       * keystrokes are counted (a no-op otherwise). */
      CALLGRIND_TOGGLE_COLLECT;
      gtk_editable_insert_text (entry, letter, 1, &end);
      ms = (bench_now_ns () - start) / 1e6;
      g_array_append_val (handlers, ms);
      if (!main_watch->painted && !wait_for_paint (main_watch, NO_FRAME_MS))
        g_error ("a keystroke painted no frame in the main window within %d s", NO_FRAME_MS / 1000);
      CALLGRIND_TOGGLE_COLLECT;
      ms = (main_watch->last_paint_ns - start) / 1e6;
      g_array_append_val (wall, ms);
      ms = process_cpu_ms () - start_cpu;
      g_array_append_val (cpu, ms);
    }

  median = bench_median ((double *)(void *)wall->data, wall->len);
  bench_print_row (what, median, "ms (median wall, to the window's frame)", -1);
  bench_print_row ("  its CPU time", bench_median ((double *)(void *)cpu->data, cpu->len),
                   "ms (median)", -1);
  bench_print_row ("  in handlers, before the frame",
                   bench_median ((double *)(void *)handlers->data, handlers->len), "ms (median)", -1);
  return median;
}

/* One builder and the comparison it last built, as in the editor. */
typedef struct
{
  TradeoffComparisonBuilder *builder;
  TradeoffComparison        *previous;
  guint                      n;
} Build;

/* One keystroke's change: the last criterion's label, a letter longer or
 * shorter in turn. */
static void
change_label (Build *build)
{
  GListModel *criteria = tradeoff_comparison_get_criteria (build->previous);
  g_autoptr(TradeoffCriterion) last = g_list_model_get_item (criteria, g_list_model_get_n_items (criteria) - 1);
  TradeoffCriterionGroup *group = tradeoff_criterion_get_group (last);
  GListModel *groups = tradeoff_comparison_get_groups (build->previous);
  guint n_in_group = g_list_model_get_n_items (tradeoff_criterion_group_get_criteria (group));
  TradeoffFaqEntry *source = tradeoff_criterion_get_source (last);
  g_autofree char *label = g_strdup_printf ("%s%s", tradeoff_criterion_get_label (last),
                                            build->n++ % 2 == 0 ? "x" : "");

  tradeoff_comparison_builder_set_criterion (build->builder, g_list_model_get_n_items (groups) - 1,
                                             n_in_group - 1, tradeoff_criterion_get_id (last), label,
                                             tradeoff_criterion_get_rationale (last),
                                             source != NULL ? tradeoff_faq_entry_get_id (source) : NULL);
}

static void
build_full (gpointer data)
{
  Build *build = data;
  TradeoffComparison *comparison;

  change_label (build);
  comparison = tradeoff_comparison_builder_build (build->builder, NULL);
  g_assert_nonnull (comparison);
  g_set_object (&build->previous, comparison);
  g_object_unref (comparison);
}

/* As the editor builds: from the comparison built before, so only what
 * changed since is checked and made again. */
static void
build_shared (gpointer data)
{
  Build *build = data;
  TradeoffComparison *comparison;

  change_label (build);
  comparison = tradeoff_comparison_builder_build_from (build->builder, build->previous, NULL);
  g_assert_nonnull (comparison);
  g_set_object (&build->previous, comparison);
  g_object_unref (comparison);
}

static void
bench_build (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TradeoffComparison) comparison = tradeoff_loader_load_file (file, NULL, &error);
  Build full = { NULL, NULL, 0 }, shared = { NULL, NULL, 0 };
  double full_ns, shared_ns;
  guint runs;

  g_assert_no_error (error);
  full.builder = tradeoff_comparison_builder_new_from (comparison);
  full.previous = g_object_ref (comparison);
  shared.builder = tradeoff_comparison_builder_new_from (comparison);
  shared.previous = g_object_ref (comparison);
  runs = bench_compare (build_full, &full, &full_ns, build_shared, &shared, &shared_ns, 5, 41, 4.0);
  bench_print_row ("a keystroke's build, everything made anew", full_ns / 1e6, "ms", 0.0);
  bench_print_row ("a keystroke's build, from the one before", shared_ns / 1e6, "ms",
                   shared_ns / full_ns);
  g_print ("  (median of %u runs each; no display)\n", runs);
  g_object_unref (full.builder);
  g_object_unref (full.previous);
  g_object_unref (shared.builder);
  g_object_unref (shared.previous);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  int letters = 21;
  GOptionEntry entries[] = {
    { "letters", 0, 0, G_OPTION_ARG_INT, &letters, "Letters typed into each field (default 21)", "N" },
    { NULL }
  };
  Watch main_watch = { 0 }, editor_watch = { 0 };
  TradeoffWindow *window;
  TradeoffEditorWindow *editor;
  GtkEditable *title, *criterion;
  gint64 start;
  double start_cpu, open_ms, open_cpu, handlers_ms, title_ms, criterion_ms = 0;

  /* The renderer the program itself would choose (main.c): with no GPU,
   * cairo, not Mesa's software OpenGL, whose threads were four tenths of
   * a keystroke's CPU time here before. */
  tradeoff_renderer_choose ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || letters < 1)
    {
      g_printerr ("usage: bench-editor [--letters N] FILE\n");
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  bench_print_heading ("Editor on %s", argv[1]);
  bench_build (file);

  if (!gtk_init_check ())
    {
      g_print ("bench-editor: no display, the windows skipped\n");
      return 0;
    }

  window = tradeoff_window_new (NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!tradeoff_window_open_file (window, file))
    g_error ("%s", tradeoff_window_get_error (window));
  watch_window (GTK_WIDGET (window), &main_watch);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (&main_watch, NO_FRAME_MS);
  wait_quiet (&main_watch, &editor_watch);

  /* Opening: Edit, until the editor's first frame. */
  start = bench_now_ns ();
  start_cpu = process_cpu_ms ();
  editor = tradeoff_editor_window_open (window, NULL);
  handlers_ms = (bench_now_ns () - start) / 1e6;
  watch_window (GTK_WIDGET (editor), &editor_watch);
  if (!wait_for_paint (&editor_watch, 10 * NO_FRAME_MS))
    g_error ("the editor painted nothing within %d s", 10 * NO_FRAME_MS / 1000);
  open_ms = (editor_watch.last_paint_ns - start) / 1e6;
  open_cpu = process_cpu_ms () - start_cpu;
  bench_print_row ("editor opened, to its first frame", open_ms, "ms (wall)", -1);
  bench_print_row ("  its CPU time", open_cpu, "ms", -1);
  bench_print_row ("  in handlers, before the frame", handlers_ms, "ms", -1);
  wait_quiet (&main_watch, &editor_watch);

  title = entry_of_field (GTK_WIDGET (editor), "Title");
  g_assert_nonnull (title);
  title_ms = type_letters ("a letter typed in the title", title, letters, &main_watch, &editor_watch);

  /* The first criterion's label: its row is in view in the window; in
   * the editor it is past the grid and the FAQ. */
  criterion = reveal_criterion_field (editor, "Criterion", &editor_watch);
  wait_quiet (&main_watch, &editor_watch);
  if (criterion != NULL)
    criterion_ms = type_letters ("a letter typed in a criterion's label", criterion, letters,
                                 &main_watch, &editor_watch);
  else
    g_print ("no criterion field shown when the editor went to the first criterion: not typed into\n");

  bench_print_budget ("a keystroke in the editor shown in the window within a frame (16.7 ms)",
                      MAX (title_ms, criterion_ms) <= FRAME_BUDGET_MS);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
