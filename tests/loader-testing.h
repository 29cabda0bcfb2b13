/* loader-testing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading tests/data/minimal.xml with one of its texts replaced, for the
 * tests of what the loader refuses in a text and where it says so
 * (test-loader-limits.c, test-loader-words.c), and the shipped comparison
 * for the builder's tests.  loader-testing.c.
 */

#pragma once

#include "tradeoff-loader.h"

G_BEGIN_DECLS

/* The name the edited file is loaded under, which every error starts with. */
#define LOADER_TESTING_FILE_NAME "edited.xml"

/* A text of minimal.xml: what is replaced, the line and column of its
 * element's start tag, and the element the rules know it by. */
typedef struct
{
  const char *original;
  /* Where the new text goes in the replacement, as a printf format
   * ("<name>%s</name>" where @original is markup too); %NULL: the new
   * text replaces @original as it is. */
  const char *markup;
  int         line;
  int         column;
  const char *element;
} LoaderTestingPlace;

/* minimal.xml with the first @place->original replaced by @text, loaded
 * as LOADER_TESTING_FILE_NAME. */
TradeoffComparison *loader_testing_load_with      (const LoaderTestingPlace  *place,
                                                   const char                *text,
                                                   GError                   **error);
void                loader_testing_assert_loads   (const LoaderTestingPlace  *place,
                                                   const char                *text);
/* Refused at @place as an invalid value, saying @says, in a message short
 * enough to read. */
void                loader_testing_assert_refused (const LoaderTestingPlace  *place,
                                                   const char                *text,
                                                   const char                *says);

/* The shipped comparison, loaded with no error. */
TradeoffComparison *loader_testing_shipped        (void);

G_END_DECLS
