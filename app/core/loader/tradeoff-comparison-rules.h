/* tradeoff-comparison-rules.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules a comparison keeps, one field at a time, in the words of the
 * loader's errors: the loader, the builder and an editor checking a field
 * as it is typed all say the same thing about the same mistake.  Errors
 * are in the TRADEOFF_LOADER_ERROR domain and carry no file or position:
 * whoever knows where adds it.
 */

#pragma once

#include <gio/gio.h>

#include "tradeoff-types.h"

G_BEGIN_DECLS

#define TRADEOFF_MIN_WEIGHT    (-100)
#define TRADEOFF_MAX_WEIGHT    100
#define TRADEOFF_MAX_ID_LENGTH 64

/* The most characters a text may have, by kind (data/README.md).  The
 * window lays out every option name many times over (grid, scores,
 * reasons, effects), and dozens of labels, grid cells and questions in
 * its first frame, where GTK 4.8 measures each wrapped text again and
 * again; with every text of a comparison as long as these allow, the
 * first frame costs well under a second of CPU more than with texts of
 * ordinary length (README.md, "Hostile input").  The longer kinds are
 * shown one at a time: the verdict, a rationale in a tooltip or the
 * reasons, an answer opened. */
#define TRADEOFF_MAX_NAME_LENGTH     50
#define TRADEOFF_MAX_LABEL_LENGTH    100   /* labels, grid cells, headings */
#define TRADEOFF_MAX_QUESTION_LENGTH 120
#define TRADEOFF_MAX_TITLE_LENGTH    150   /* the title, byline and deciders */
#define TRADEOFF_MAX_INTRO_LENGTH    1000
#define TRADEOFF_MAX_SENTENCE_LENGTH 2000  /* rationales, verdicts, a choice's reason */
#define TRADEOFF_MAX_ANSWER_LENGTH   5000  /* answers and a decision's note */

/* 1 to 64 letters, digits, "_", "." or "-", starting with a letter or digit. */
gboolean tradeoff_rules_check_id        (const char  *id,
                                         GError     **error);
/* Something besides white space, in UTF-8, with no control character but
 * white space, and once normalized as the loader does, a text
 * tradeoff_rules_check_shown_text() accepts; @element names the field as
 * the file format does ("title", "answer", …). */
gboolean tradeoff_rules_check_text      (const char  *element,
                                         const char  *text,
                                         GError     **error);
/* The most characters the text of @element may have (a heading is its
 * element's: "aspects", "faq", "criteria"). */
gsize    tradeoff_rules_max_text_length (const char  *element);
/* The error for @text, the text of @element, being longer than
 * tradeoff_rules_max_text_length() lets it be: quotes its first words
 * only, so @text may be as long as it is. */
void     tradeoff_rules_set_too_long    (GError     **error,
                                         const char  *element,
                                         const char  *text);
/* A normalized text that a window can lay out in time and a person see:
 * no longer than its kind may be, no word too long to wrap, no stack of
 * marks, something visible (tradeoff-loader-words.c). */
gboolean tradeoff_rules_check_shown_text (const char  *element,
                                          const char  *text,
                                          GError     **error);
/* YYYY-MM or YYYY-MM-DD. */
gboolean tradeoff_rules_check_date      (const char  *date,
                                         GError     **error);
/* A whole number from -100 to 100, white space around it allowed. */
gboolean tradeoff_rules_parse_weight    (const char  *text,
                                         int         *weight,
                                         GError     **error);
gboolean tradeoff_rules_check_weight    (int          weight,
                                         GError     **error);
/* From TRADEOFF_MIN_OPTIONS to TRADEOFF_MAX_OPTIONS. */
gboolean tradeoff_rules_check_n_options (gulong       n_options,
                                         GError     **error);

/* The errors for references and ids that the whole comparison decides. */
void     tradeoff_rules_set_unknown_option   (GError            **error,
                                              const char         *id,
                                              const char * const *known);
void     tradeoff_rules_set_unknown_source   (GError     **error,
                                              const char  *criterion_id,
                                              const char  *source_id);
void     tradeoff_rules_set_duplicate_id     (GError     **error,
                                              const char  *id);

G_END_DECLS
