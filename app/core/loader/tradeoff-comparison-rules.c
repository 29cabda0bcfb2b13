/* tradeoff-comparison-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule of the format as a check of one field, so that the loader and
 * anything that builds a comparison in code (the importer, an editor) give
 * the same words for the same mistake.
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tradeoff-comparison.h"
#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader.h"
#include "tradeoff-loader-private.h"

gboolean
tradeoff_rules_check_id (const char  *id,
                         GError     **error)
{
  gsize len = id != NULL ? strlen (id) : 0;
  gboolean valid = len > 0 && len <= TRADEOFF_MAX_ID_LENGTH && g_ascii_isalnum (id[0]);

  for (gsize i = 1; valid && i < len; i++)
    valid = g_ascii_isalnum (id[i]) || strchr ("_.-", id[i]) != NULL;

  if (!valid)
    g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_SCHEMA,
                 _("“%s” is not a valid id: use 1 to %d letters, digits, "
                   "“_”, “.” or “-”, starting with a letter or digit."),
                 id != NULL ? id : "", TRADEOFF_MAX_ID_LENGTH);

  return valid;
}

gboolean
tradeoff_rules_check_text (const char  *element,
                           const char  *text,
                           GError     **error)
{
  gboolean blank = TRUE;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    blank &= g_ascii_isspace (*p);

  if (blank)
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("The <%s> element is empty; it needs some text."), element);
      return FALSE;
    }

  /* What XML cannot hold, so what a file could not be loaded with. */
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar)*p < ' ' && !g_ascii_isspace (*p))
      {
        g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_ENCODING,
                     _("The <%s> element holds the control character U+%04X, which a "
                       "comparison file cannot hold."),
                     element, (guint)(guchar)*p);
        return FALSE;
      }

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_ENCODING,
                   _("The <%s> element is not valid UTF-8 text."), element);
      return FALSE;
    }

  /* As the loader will read it back. */
  {
    g_autofree char *normalized = _tradeoff_normalize_text (text);

    return tradeoff_rules_check_shown_text (element, normalized, error);
  }
}

gsize
tradeoff_rules_max_text_length (const char *element)
{
  static const struct { const char *element; gsize max; } limits[] = {
    { "name", TRADEOFF_MAX_NAME_LENGTH },
    { "label", TRADEOFF_MAX_LABEL_LENGTH },
    { "value", TRADEOFF_MAX_LABEL_LENGTH },
    { "aspects", TRADEOFF_MAX_LABEL_LENGTH },
    { "faq", TRADEOFF_MAX_LABEL_LENGTH },
    { "criteria", TRADEOFF_MAX_LABEL_LENGTH },
    { "question", TRADEOFF_MAX_QUESTION_LENGTH },
    { "title", TRADEOFF_MAX_TITLE_LENGTH },
    { "byline", TRADEOFF_MAX_TITLE_LENGTH },
    /* A decision file's: who decided is a byline, the reason for a
     * choice a rationale, the note an answer (shown alone, in the record
     * dialog and the reports, never in the window's first frame).  Own
     * groups and criteria have a <label> like the comparison's. */
    { "deciders", TRADEOFF_MAX_TITLE_LENGTH },
    { "intro", TRADEOFF_MAX_INTRO_LENGTH },
    { "rationale", TRADEOFF_MAX_SENTENCE_LENGTH },
    { "verdict", TRADEOFF_MAX_SENTENCE_LENGTH },
    { "tie", TRADEOFF_MAX_SENTENCE_LENGTH },
    { "none", TRADEOFF_MAX_SENTENCE_LENGTH },
    { "reason", TRADEOFF_MAX_SENTENCE_LENGTH },
    { "answer", TRADEOFF_MAX_ANSWER_LENGTH },
    { "note", TRADEOFF_MAX_ANSWER_LENGTH },
  };

  /* The first letter first: this runs for every text of a file, and a
   * strcmp() a row was 11 M instructions of loading the large one. */
  for (guint i = 0; element != NULL && i < G_N_ELEMENTS (limits); i++)
    if (limits[i].element[0] == element[0] && strcmp (limits[i].element, element) == 0)
      return limits[i].max;

  /* Anything else (the date) is held to a label's length. */
  return TRADEOFF_MAX_LABEL_LENGTH;
}

gboolean
tradeoff_rules_check_shown_text (const char  *element,
                                 const char  *text,
                                 GError     **error)
{
  gsize max_length = tradeoff_rules_max_text_length (element);
  const char *where = text;
  g_autofree char *excerpt = NULL;

  switch (_tradeoff_loader_check_words (text, max_length, &where))
    {
    case TRADEOFF_TEXT_OK:
      return TRUE;

    case TRADEOFF_TEXT_INVISIBLE:
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("This text has nothing that can be seen, only "
                     "invisible characters or marks."));
      break;

    case TRADEOFF_TEXT_LONG_WORD:
      excerpt = _tradeoff_load_context_excerpt (where);
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("This text has a word longer than %d characters "
                     "(“%s”); break it up with spaces."),
                   TRADEOFF_LOADER_MAX_WORD, excerpt);
      break;

    case TRADEOFF_TEXT_LONG_UNSPACED_RUN:
      excerpt = _tradeoff_load_context_excerpt (where);
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("This text has more than %d characters of Thai, Lao, Khmer or "
                     "Myanmar with no space between them (“%s”); put a space "
                     "between its sentences."),
                   TRADEOFF_LOADER_MAX_UNSPACED_RUN, excerpt);
      break;

    case TRADEOFF_TEXT_MARK_STACK:
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("This text has a character with more than %d "
                     "combining marks on it."),
                   TRADEOFF_LOADER_MAX_MARKS);
      break;

    case TRADEOFF_TEXT_TOO_LONG:
      tradeoff_rules_set_too_long (error, element, where);
      break;

    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

void
tradeoff_rules_set_too_long (GError     **error,
                             const char  *element,
                             const char  *text)
{
  g_autofree char *excerpt = _tradeoff_load_context_excerpt (text);

  g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
               /* Translators: the first %s is the text's element, such
                * as "answer"; the second its first words. */
               _("This text is longer than the %u characters a <%s> may have "
                 "(“%s”); shorten it."),
               (guint)tradeoff_rules_max_text_length (element), element, excerpt);
}

gboolean
tradeoff_rules_check_date (const char  *date,
                           GError     **error)
{
  static const char * const shapes[] = { "dddd-dd", "dddd-dd-dd" };

  for (guint i = 0; date != NULL && i < G_N_ELEMENTS (shapes); i++)
    {
      gsize j;

      for (j = 0; shapes[i][j] != '\0' && date[j] != '\0'; j++)
        if (shapes[i][j] == 'd' ? !g_ascii_isdigit (date[j]) : date[j] != '-')
          break;
      if (shapes[i][j] == '\0' && date[j] == '\0')
        return TRUE;
    }

  g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_SCHEMA,
               _("The date “%s” is not written YYYY-MM or YYYY-MM-DD."),
               date != NULL ? date : "");
  return FALSE;
}

gboolean
tradeoff_rules_parse_weight (const char  *text,
                             int         *weight,
                             GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 value = 0;

  if (!g_ascii_string_to_signed (stripped, 10, TRADEOFF_MIN_WEIGHT, TRADEOFF_MAX_WEIGHT,
                                 &value, NULL))
    {
      g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
                   _("The weight “%s” is not a whole number from %d to %d."),
                   stripped, TRADEOFF_MIN_WEIGHT, TRADEOFF_MAX_WEIGHT);
      return FALSE;
    }

  if (weight != NULL)
    *weight = (int)value;
  return TRUE;
}

gboolean
tradeoff_rules_check_weight (int      weight,
                             GError **error)
{
  g_autofree char *text = g_strdup_printf ("%d", weight);

  return tradeoff_rules_parse_weight (text, NULL, error);
}

gboolean
tradeoff_rules_check_n_options (gulong   n_options,
                                GError **error)
{
  if (n_options >= TRADEOFF_MIN_OPTIONS && n_options <= TRADEOFF_MAX_OPTIONS)
    return TRUE;

  g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
               _("A comparison needs from %d to %d options; this one has %lu."),
               TRADEOFF_MIN_OPTIONS, TRADEOFF_MAX_OPTIONS, n_options);
  return FALSE;
}

void
tradeoff_rules_set_unknown_option (GError            **error,
                                   const char         *id,
                                   const char * const *known)
{
  g_autofree char *list = g_strjoinv (", ", (char **)known);

  g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE,
               _("There is no option “%s”. The options are: %s."), id, list);
}

void
tradeoff_rules_set_unknown_source (GError     **error,
                                   const char  *criterion_id,
                                   const char  *source_id)
{
  g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE,
               _("The criterion “%s” cites the FAQ entry “%s”, but "
                 "there is no FAQ entry with that id."),
               criterion_id, source_id);
}

void
tradeoff_rules_set_duplicate_id (GError     **error,
                                 const char  *id)
{
  g_set_error (error, TRADEOFF_LOADER_ERROR, TRADEOFF_LOADER_ERROR_DUPLICATE_ID,
               _("The id “%s” is already used; every id must be different."), id);
}
