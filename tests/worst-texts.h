/* worst-texts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The worst texts the loader lets through, for the report's layout: the
 * hang-catching test (test-report-worst.c) and the export benchmark
 * (bench/bench-export.c) build the same comparisons from them.  Each
 * stands for a file that once took the PDF export minutes or seconds: an
 * 80,000-character title (17 s), emoji joined into families (150 s and
 * 1.2 GB), an answer of 808,000 characters (7.8 s); now each is as long as
 * its kind of text may be (tradeoff-comparison-rules.h), with the longest
 * words and tallest mark stacks allowed, and the last has 200 answers as
 * long as they may be (a file of 16 MiB of them is linear, and slow:
 * README.md, "Hostile input").
 */

#pragma once

#include <glib.h>

#include "tradeoff-loader.h"

typedef struct
{
  const char *name;
  /* Where in the template the text goes, and what it is made of. */
  const char *where;
  const char *unit;
  guint       n;
  /* More FAQ entries with that answer; 0: the one. */
  guint       copies;
} WorstText;

#define WORST_WORD_100 \
  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx "
#define WORST_FAMILY "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6 "
#define WORST_MARKS "a\xcc\x81\xcc\x82\xcc\x83\xcc\x84\xcc\x85\xcc\x86\xcc\x87\xcc\x88 "

#define WORST_WORDS "Tea or coffee keeps you awake longer than water does. "

/* Each as long as its kind may be: a title 150 characters, a name 50,
 * an answer 5,000 (less the space at the end). */
static const WorstText worst_texts[] = {
  { "title of 150 characters", "TITLE", "Tea or Coffee ", 10, 0 },
  { "title of a 100-character word", "TITLE", WORST_WORD_100, 1, 0 },
  { "answer of 100-character words", "ANSWER", WORST_WORD_100, 49, 0 },
  { "answer of emoji families", "ANSWER", WORST_FAMILY, 625, 0 },
  { "answer of 8 marks a letter", "ANSWER", WORST_MARKS, 500, 0 },
  { "option name of 50 characters", "NAME", "Tea or Coffee ", 3, 0 },
  { "200 answers of 5,000 characters", "ANSWER", WORST_WORDS, 92, 200 },
};

/* A comparison whose TITLE, NAME or ANSWER is @text's. */
static inline GBytes *
worst_text_document (const WorstText *text)
{
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GString) document = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<comparison id=\"worst\" version=\"1\">\n"
    "  <title>TITLE</title>\n"
    "  <options>\n"
    "    <option id=\"tea\"><name>NAME</name></option>\n"
    "    <option id=\"coffee\"><name>Coffee</name></option>\n"
    "  </options>\n"
    "  <aspects><aspect id=\"caffeine\"><label>Caffeine</label>\n"
    "    <value option=\"tea\">Less</value><value option=\"coffee\">More</value>\n"
    "  </aspect></aspects>\n"
    "  <faq><entry id=\"sleep\"><question>Which keeps me awake?</question>\n"
    "    <answer>ANSWER</answer></entry></faq>\n"
    "  <criteria><group id=\"needs\"><label>Your needs</label>\n"
    "    <criterion id=\"awake\" source=\"sleep\"><label>I need to stay awake</label>\n"
    "      <rationale>Coffee holds more caffeine.</rationale>\n"
    "      <weight option=\"coffee\">1</weight></criterion>\n"
    "  </group></criteria>\n"
    "  <verdicts><verdict option=\"tea\">Tea.</verdict><verdict option=\"coffee\">Coffee.</verdict>\n"
    "    <tie>Either.</tie><none>Tick.</none></verdicts>\n"
    "</comparison>\n");
  const char *places[] = { "TITLE", "NAME", "ANSWER" };

  for (guint i = 0; i < text->n; i++)
    g_string_append (filler, text->unit);

  if (text->copies > 0)
    {
      g_autoptr(GString) entries = g_string_new (NULL);

      for (guint i = 0; i < text->copies; i++)
        g_string_append_printf (entries, "<entry id=\"e%u\"><question>Which keeps me awake, %u?"
                                "</question>\n<answer>%s</answer></entry>\n", i, i, filler->str);
      g_string_append (entries, "</faq>");
      g_string_replace (document, "</faq>", entries->str, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    g_string_replace (document, places[i],
                      g_str_equal (places[i], text->where) ? filler->str : "Tea", 1);

  return g_string_free_to_bytes (g_steal_pointer (&document));
}
