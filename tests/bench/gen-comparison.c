/* gen-comparison.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a large, valid comparison file to standard output, for the
 * benchmarks:
 *
 *   gen-comparison --options 8 --aspects 500 --faq 10000 --criteria 2000 > big.xml
 *
 * The same arguments always give the same bytes: the text comes from a
 * fixed word list and a small PRNG of our own (not GRand, whose sequence
 * is not promised to stay the same across GLib releases), so a figure
 * measured today can be compared with one measured next year.  Lengths are
 * those of real comparisons (questions of about 60 characters, answers of
 * about 400, labels of about 40), because the loader, the search and the
 * layout all cost in proportion to the text, not to the element count.
 * With --longest every text is instead as long as the format lets its kind
 * be (tradeoff-comparison-rules.h), in ordinary words: the worst case for
 * the window's first frame and the PDF.
 *
 * A developer tool that is never installed: its messages are not
 * translated.
 */

#define G_LOG_DOMAIN "tradeoff-gen-comparison"

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "tradeoff-comparison-rules.h"

/* The largest sizes accepted: big enough to hit the loader's 16 MiB cap
 * with FAQ text, small enough that a typo cannot fill the disk. */
#define MAX_COUNT 200000

static const char * const words[] = {
  "able", "access", "adapter", "admin", "advice", "api", "app", "async",
  "backend", "balance", "batteries", "benchmark", "blueprint", "boilerplate",
  "broad", "build", "bundle", "cache", "choice", "clean", "cluster", "code",
  "community", "compact", "complex", "component", "config", "container",
  "control", "convention", "core", "cost", "database", "debug", "decision",
  "default", "deploy", "design", "developer", "documentation", "driver",
  "easy", "ecosystem", "edge", "enterprise", "error", "event", "existing",
  "explicit", "extension", "fast", "feature", "flexible", "form", "framework",
  "full", "generic", "growth", "handler", "heavy", "helper", "hosting",
  "idiomatic", "import", "index", "install", "integration", "interface",
  "kernel", "large", "layer", "layout", "learning", "library", "light",
  "load", "logging", "maintain", "mature", "memory", "middleware", "migration",
  "minimal", "model", "modern", "module", "monolith", "native", "network",
  "object", "opinionated", "optional", "package", "pattern", "performance",
  "plugin", "pool", "portable", "production", "project", "prototype", "query",
  "queue", "quick", "release", "reliable", "request", "response", "risk",
  "route", "runtime", "scale", "schema", "secure", "server", "service",
  "session", "simple", "small", "stable", "startup", "storage", "stream",
  "support", "sustained", "team", "template", "test", "thread", "throughput",
  "tooling", "tradeoff", "traffic", "typed", "upgrade", "user", "validation",
  "version", "view", "workload", "worker", "workflow", "zero",
};

static const char * const joiners[] = {
  "and", "but", "or", "with", "for", "while", "because", "so", "when", "than",
  "the", "a", "its", "your", "this", "that", "more", "less", "often", "rarely",
};

/* xorshift64*: tiny, fast, and the same sequence everywhere, forever. */
typedef struct
{
  guint64 state;
} Rng;

static guint32
rng_next (Rng *rng)
{
  rng->state ^= rng->state >> 12;
  rng->state ^= rng->state << 25;
  rng->state ^= rng->state >> 27;
  return (guint32)((rng->state * G_GUINT64_CONSTANT (2685821657736338717)) >> 32);
}

/* A whole number from @lo to @hi, both included. */
static int
rng_range (Rng *rng,
           int  lo,
           int  hi)
{
  return lo + (int)(rng_next (rng) % (guint32)(hi - lo + 1));
}

static const char *
pick_word (Rng *rng)
{
  /* One word in three is a short joiner, as in English prose. */
  if (rng_range (rng, 0, 2) == 0)
    return joiners[rng_next (rng) % G_N_ELEMENTS (joiners)];

  return words[rng_next (rng) % G_N_ELEMENTS (words)];
}

/* Words, capitalised, until @length characters or just over. */
static void
append_phrase (GString *out,
               Rng     *rng,
               gsize    length)
{
  gsize start = out->len;

  while (out->len - start < length)
    {
      if (out->len > start)
        g_string_append_c (out, ' ');
      g_string_append (out, pick_word (rng));
    }
  out->str[start] = g_ascii_toupper (out->str[start]);
}

/* Sentences of 40 to 120 characters up to about @length, with now and then
 * a paragraph break, the way authors wrap long answers. */
static void
append_prose (GString *out,
              Rng     *rng,
              gsize    length)
{
  gsize start = out->len;

  while (out->len - start < length)
    {
      if (out->len > start)
        g_string_append (out, rng_range (rng, 0, 7) == 0 ? "\n\n        " : " ");
      append_phrase (out, rng, rng_range (rng, 40, 120));
      g_string_append_c (out, '.');
    }
}

typedef struct
{
  int n_options;
  int n_aspects;
  int n_faq;
  int n_criteria;
  gint64 seed;
  gboolean longest;
} Sizes;

/* Words enough for a phrase of @element: @lo to @hi characters, or with
 * --longest as many as its kind may hold, less the longest word and the
 * mark after it. */
static gsize
phrase_length (Rng         *rng,
               const Sizes *sizes,
               const char  *element,
               int          lo,
               int          hi)
{
  if (sizes->longest)
    return tradeoff_rules_max_text_length (element) - 16;

  return rng_range (rng, lo, hi);
}

/* The same for prose, less the longest sentence and a paragraph break. */
static gsize
prose_length (Rng         *rng,
              const Sizes *sizes,
              const char  *element,
              int          lo,
              int          hi)
{
  if (sizes->longest)
    return tradeoff_rules_max_text_length (element) - 140;

  return lo == hi ? (gsize)lo : (gsize)rng_range (rng, lo, hi);
}

static void
write_head (GString     *out,
            Rng         *rng,
            const Sizes *sizes)
{
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out,
                          "<!-- Generated by gen-comparison: options %d, aspects %d, "
                          "faq %d, criteria %d, seed %" G_GINT64_FORMAT " -->\n",
                          sizes->n_options, sizes->n_aspects, sizes->n_faq,
                          sizes->n_criteria, sizes->seed);
  g_string_append (out, "<comparison id=\"generated\" version=\"1\">\n");
  g_string_append_printf (out, "  <title>%d frameworks compared: a generated benchmark",
                          sizes->n_options);
  if (sizes->longest)
    {
      g_string_append_c (out, ' ');
      append_phrase (out, rng, phrase_length (rng, sizes, "title", 0, 0) - 45);
    }
  g_string_append (out, "</title>\n  <byline>Category: Benchmarks &amp; Load Tests");
  if (sizes->longest)
    {
      g_string_append_c (out, ' ');
      append_phrase (out, rng, phrase_length (rng, sizes, "byline", 0, 0) - 40);
    }
  g_string_append (out, "</byline>\n");
  g_string_append (out, "  <updated>2026-03</updated>\n  <intro>");
  append_prose (out, rng, prose_length (rng, sizes, "intro", 300, 300));
  g_string_append (out, "</intro>\n\n  <options>\n");
  for (int o = 0; o < sizes->n_options; o++)
    {
      g_string_append_printf (out, "    <option id=\"opt-%d\"><name>Framework %c",
                              o + 1, 'A' + o);
      if (sizes->longest)
        {
          g_string_append_c (out, ' ');
          append_phrase (out, rng, phrase_length (rng, sizes, "name", 0, 0) - 12);
        }
      g_string_append (out, "</name></option>\n");
    }
  g_string_append (out, "  </options>\n\n");
}

static void
write_aspects (GString     *out,
               Rng         *rng,
               const Sizes *sizes)
{
  g_string_append (out, "  <aspects heading=\"Quick Comparison\" label=\"Aspect\">\n");
  for (int a = 0; a < sizes->n_aspects; a++)
    {
      g_string_append_printf (out, "    <aspect id=\"aspect-%d\">\n      <label>", a + 1);
      append_phrase (out, rng, phrase_length (rng, sizes, "label", 8, 30));
      g_string_append (out, "</label>\n");
      for (int o = 0; o < sizes->n_options; o++)
        {
          g_string_append_printf (out, "      <value option=\"opt-%d\">", o + 1);
          append_phrase (out, rng, phrase_length (rng, sizes, "value", 5, 25));
          g_string_append (out, "</value>\n");
        }
      g_string_append (out, "    </aspect>\n");
    }
  g_string_append (out, "  </aspects>\n\n");
}

static void
write_faq (GString     *out,
           Rng         *rng,
           const Sizes *sizes)
{
  g_string_append (out, "  <faq heading=\"Frequently Asked Questions\">\n");
  for (int q = 0; q < sizes->n_faq; q++)
    {
      g_string_append_printf (out, "    <entry id=\"faq-%d\">\n      <question>", q + 1);
      append_phrase (out, rng, phrase_length (rng, sizes, "question", 45, 75));
      g_string_append (out, "?</question>\n      <answer>");
      append_prose (out, rng, prose_length (rng, sizes, "answer", 300, 500));
      g_string_append (out, "</answer>\n    </entry>\n");
    }
  g_string_append (out, "  </faq>\n\n");
}

static void
write_criterion (GString     *out,
                 Rng         *rng,
                 const Sizes *sizes,
                 int          index)
{
  /* Each option weighs in with probability one half, and at least one does:
   * the schema wants one or more weights. */
  int first = rng_range (rng, 0, sizes->n_options - 1);

  g_string_append_printf (out, "      <criterion id=\"crit-%d\"", index + 1);
  if (sizes->n_faq > 0 && rng_range (rng, 0, 3) != 0)
    g_string_append_printf (out, " source=\"faq-%d\"", rng_range (rng, 1, sizes->n_faq));
  g_string_append (out, ">\n        <label>");
  append_phrase (out, rng, phrase_length (rng, sizes, "label", 30, 50));
  g_string_append (out, "</label>\n        <rationale>");
  append_phrase (out, rng, phrase_length (rng, sizes, "rationale", 60, 120));
  g_string_append (out, ".</rationale>\n");
  for (int o = 0; o < sizes->n_options; o++)
    if (o == first || rng_range (rng, 0, 1) == 0)
      g_string_append_printf (out, "        <weight option=\"opt-%d\">%d</weight>\n",
                              o + 1, rng_range (rng, -3, 3));
  g_string_append (out, "      </criterion>\n");
}

/* Groups of 8 to 12 criteria; one group in seven is exclusive (a radio
 * choice), as either/or questions are in real comparisons. */
static void
write_criteria (GString     *out,
                Rng         *rng,
                const Sizes *sizes)
{
  int c = 0;

  g_string_append (out, "  <criteria heading=\"What matters to you?\">\n");
  for (int g = 0; c < sizes->n_criteria; g++)
    {
      int size = MIN (rng_range (rng, 8, 12), sizes->n_criteria - c);

      g_string_append_printf (out, "    <group id=\"group-%d\" exclusive=\"%s\">\n      <label>",
                              g + 1, g % 7 == 3 ? "true" : "false");
      append_phrase (out, rng, phrase_length (rng, sizes, "label", 15, 35));
      g_string_append (out, "</label>\n");
      for (int end = c + size; c < end; c++)
        write_criterion (out, rng, sizes, c);
      g_string_append (out, "    </group>\n");
    }
  g_string_append (out, "  </criteria>\n\n");
}

static void
write_verdicts (GString     *out,
                Rng         *rng,
                const Sizes *sizes)
{
  g_string_append (out, "  <verdicts>\n");
  for (int o = 0; o < sizes->n_options; o++)
    {
      g_string_append_printf (out, "    <verdict option=\"opt-%d\">", o + 1);
      append_prose (out, rng, prose_length (rng, sizes, "verdict", 120, 120));
      g_string_append (out, "</verdict>\n");
    }
  g_string_append (out, "    <tie>");
  append_prose (out, rng, prose_length (rng, sizes, "tie", 80, 80));
  g_string_append (out, "</tie>\n    <none>");
  append_prose (out, rng, prose_length (rng, sizes, "none", 80, 80));
  g_string_append (out, "</none>\n  </verdicts>\n</comparison>\n");
}

static gboolean
check_count (const char  *name,
             int          value,
             int          lo,
             int          hi,
             GError     **error)
{
  if (value >= lo && value <= hi)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               "--%s must be from %d to %d, not %d", name, lo, hi, value);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  Sizes sizes = { 2, 4, 8, 10, 1, FALSE };
  GOptionEntry entries[] = {
    { "options", 0, 0, G_OPTION_ARG_INT, &sizes.n_options,
      "Number of options, 2 to 8 (default 2)", "N" },
    { "aspects", 0, 0, G_OPTION_ARG_INT, &sizes.n_aspects,
      "Number of grid rows (default 4)", "N" },
    { "faq", 0, 0, G_OPTION_ARG_INT, &sizes.n_faq,
      "Number of FAQ entries (default 8)", "N" },
    { "criteria", 0, 0, G_OPTION_ARG_INT, &sizes.n_criteria,
      "Number of criteria, in groups of about 10 (default 10)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &sizes.seed,
      "Another seed gives other text of the same shape (default 1)", "N" },
    { "longest", 0, 0, G_OPTION_ARG_NONE, &sizes.longest,
      "Every text as long as its kind may be, in ordinary words", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  Rng rng;

  context = g_option_context_new ("> FILE.xml");
  g_option_context_set_summary (context,
                                "Writes a valid Tradeoff comparison of the given size to "
                                "standard output.\nThe same arguments always give the same "
                                "bytes.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !check_count ("options", sizes.n_options, 2, 8, &error) ||
      !check_count ("aspects", sizes.n_aspects, 0, MAX_COUNT, &error) ||
      !check_count ("faq", sizes.n_faq, 0, MAX_COUNT, &error) ||
      !check_count ("criteria", sizes.n_criteria, 0, MAX_COUNT, &error))
    {
      g_printerr ("gen-comparison: %s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      g_printerr ("gen-comparison: unexpected argument “%s”; the file goes to "
                  "standard output\n", argv[1]);
      return 2;
    }

  /* Zero would stick xorshift at zero forever. */
  rng.state = (guint64)sizes.seed * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) | 1;

  out = g_string_sized_new (1024 * 1024);
  write_head (out, &rng, &sizes);
  write_aspects (out, &rng, &sizes);
  write_faq (out, &rng, &sizes);
  write_criteria (out, &rng, &sizes);
  write_verdicts (out, &rng, &sizes);

  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      g_printerr ("gen-comparison: could not write the output\n");
      return 1;
    }

  return 0;
}
