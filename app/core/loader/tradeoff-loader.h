/* tradeoff-loader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tradeoff-comparison.h"

G_BEGIN_DECLS

/* Files larger than this are refused before they are parsed. */
#define TRADEOFF_LOADER_MAX_SIZE (16 * 1024 * 1024)

/* The longest word a text may hold, in characters: a window lays out a
 * word with no place to break it at a cost that grows with the square of
 * its length (see tradeoff-loader-words.c). */
#define TRADEOFF_LOADER_MAX_WORD 100

/* The longest run of Thai, Lao, Khmer or Myanmar with no space in it, in
 * characters: those scripts leave no space between words, so a run is a
 * phrase or a sentence, which only a dictionary can break (Pango has one
 * for Thai alone). */
#define TRADEOFF_LOADER_MAX_UNSPACED_RUN 500

/* The most combining marks a character may carry; no script needs more,
 * and a taller stack draws over what is around it. */
#define TRADEOFF_LOADER_MAX_MARKS 8

/* Files with more elements than this are refused before they are parsed,
 * so that validating them stays within the time the README promises (the
 * densest file at 250,000 took 1.5-1.6 s of CPU, too close to 2 s); a
 * comparison of 8 options and 10,000 criteria has 120,000. */
#define TRADEOFF_LOADER_MAX_ELEMENTS 150000

/* The comparison shipped inside the program. */
#define TRADEOFF_SHIPPED_COMPARISON_URI "resource:///org/tradeoff/Tradeoff/data/django-vs-flask.xml"

#define TRADEOFF_LOADER_ERROR (tradeoff_loader_error_quark ())

/* Every error message starts "FILE:LINE:COLUMN: " where a position is known,
 * else "FILE: ", and then says what is wrong in words a person can act on. */
typedef enum
{
  TRADEOFF_LOADER_ERROR_NOT_FOUND,       /* no such file */
  TRADEOFF_LOADER_ERROR_NOT_REGULAR,     /* a directory or a device */
  TRADEOFF_LOADER_ERROR_IO,              /* could not be read */
  TRADEOFF_LOADER_ERROR_TOO_LARGE,       /* over TRADEOFF_LOADER_MAX_SIZE */
  TRADEOFF_LOADER_ERROR_EMPTY,           /* no bytes, or only white space */
  TRADEOFF_LOADER_ERROR_COMPRESSED,      /* gzip, xz, bzip2, zstd or zip */
  TRADEOFF_LOADER_ERROR_ENCODING,        /* not UTF-8, or a NUL byte */
  TRADEOFF_LOADER_ERROR_MALFORMED,       /* not well-formed XML (incl. truncated) */
  TRADEOFF_LOADER_ERROR_DOCTYPE,         /* a DOCTYPE, so DTDs and entities */
  TRADEOFF_LOADER_ERROR_FORBIDDEN,       /* XInclude, processing instructions */
  TRADEOFF_LOADER_ERROR_SCHEMA,          /* does not match comparison.rng */
  TRADEOFF_LOADER_ERROR_DUPLICATE_ID,    /* the same id twice */
  TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, /* names an option or FAQ entry that does not exist */
  TRADEOFF_LOADER_ERROR_INVALID_VALUE,   /* a value out of range, a missing or repeated value */
  TRADEOFF_LOADER_ERROR_LAYOUT,          /* an imported page is not laid out as a comparison guide */
  TRADEOFF_LOADER_ERROR_LIMIT,           /* more elements, attributes or nesting than any
                                          * comparison needs */
} TradeoffLoaderError;

GQuark              tradeoff_loader_error_quark (void);

TradeoffComparison *tradeoff_loader_load_file   (GFile         *file,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
/* @display_name names the input in error messages. */
TradeoffComparison *tradeoff_loader_load_bytes  (GBytes        *bytes,
                                                 const char    *display_name,
                                                 GError       **error);
/* The same, with every text as the file has it, never translated through
 * the file's gettext-domain: what an editor changes and the writer saves,
 * so that a save in any language writes the file's own texts. */
TradeoffComparison *tradeoff_loader_load_file_as_written  (GFile         *file,
                                                           GCancellable  *cancellable,
                                                           GError       **error);
TradeoffComparison *tradeoff_loader_load_bytes_as_written (GBytes        *bytes,
                                                           const char    *display_name,
                                                           GError       **error);
/* The shipped comparison; it is compiled in, so this only fails on a broken build. */
TradeoffComparison *tradeoff_loader_load_shipped (GError      **error);

G_END_DECLS
