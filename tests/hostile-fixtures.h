/* hostile-fixtures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files made on the fly, each the worst of its kind that fits under the
 * 16 MiB cap: the classes of input that once took libxml2 2.9 minutes or
 * close to a gigabyte (issue 12).  test-hostile.c loads each and checks
 * the exact outcome; bench-hostile.c times each against xmllint.  They are
 * generated rather than committed: 16 MiB files each do not belong in git.
 */

#pragma once

#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader.h"

#define HOSTILE_LOADS (-1)
/* As large as a file may be, less room for the closing tags. */
#define HOSTILE_SIZE (TRADEOFF_LOADER_MAX_SIZE - 4096)

#define HOSTILE_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define HOSTILE_ROOT "<comparison id=\"x\" version=\"1\">"

typedef struct
{
  const char *name;
  /* Returns the file, and where its error is expected (line 0: it loads). */
  GBytes   *(*generate) (int *line, int *column);
  int         code;    /* a TradeoffLoaderError, or HOSTILE_LOADS */
  /* In the message; or, if it loads, the start of the first answer, or of
   * the title if there is none. */
  const char *says;
} HostileCase;

/* @head, then @before, a number if @numbered (0, 1, 2…) and @after, again
 * and again until the file is HOSTILE_SIZE bytes, then @tail. */
static inline GBytes *
hostile_repeat (const char *head,
                const char *before,
                gboolean    numbered,
                const char *after,
                const char *tail)
{
  GString *doc = g_string_sized_new (HOSTILE_SIZE + 4096);

  g_string_append (doc, head);
  for (guint i = 0; doc->len < HOSTILE_SIZE - strlen (tail); i++)
    {
      g_string_append (doc, before);
      if (numbered)
        g_string_append_printf (doc, "%u", i);
      g_string_append (doc, after);
    }
  g_string_append (doc, tail);

  return g_string_free_to_bytes (doc);
}

/* The smallest valid comparison, as tests/data/minimal.xml, with @title
 * after "Tea vs Coffee" in its title, @weight as its only weight, and
 * @gap both at the end of the rationale and before <verdicts>; any of them
 * %NULL for none. */
static inline GString *
hostile_minimal (const char *title,
                 const char *weight,
                 const char *gap)
{
  GString *doc = g_string_sized_new (HOSTILE_SIZE + 4096);

  g_string_append_printf (doc,
    HOSTILE_DECLARATION
    "<comparison id=\"minimal\" version=\"1\">\n"
    "  <title>Tea vs Coffee%s</title>\n"
    "  <options>\n"
    "    <option id=\"tea\"><name>Tea</name></option>\n"
    "    <option id=\"coffee\"><name>Coffee</name></option>\n"
    "  </options>\n"
    "  <aspects/>\n"
    "  <faq/>\n"
    "  <criteria>\n"
    "    <group id=\"needs\"><label>Your needs</label>\n"
    "      <criterion id=\"stay-awake\">\n"
    "        <label>I need to stay awake</label>\n"
    "        <rationale>Coffee holds more caffeine.%s</rationale>\n"
    "        <weight option=\"coffee\">%s</weight>\n"
    "      </criterion>\n"
    "    </group>\n"
    "  </criteria>\n"
    "%s"
    "  <verdicts>\n"
    "    <verdict option=\"tea\">Tea is the gentler choice.</verdict>\n"
    "    <verdict option=\"coffee\">Coffee will keep you awake.</verdict>\n"
    "    <tie>Either will do.</tie>\n"
    "    <none>Tick what matters to you.</none>\n"
    "  </verdicts>\n"
    "</comparison>\n",
    title != NULL ? title : "", gap != NULL ? gap : "", weight != NULL ? weight : "1",
    gap != NULL ? gap : "");

  return doc;
}

/* @unit as many times as fits under HOSTILE_SIZE in a minimal comparison
 * whose other parts take @rest bytes. */
static inline char *
hostile_fill (const char *unit,
              gsize       rest)
{
  gsize n = (HOSTILE_SIZE - rest) / strlen (unit);
  GString *fill = g_string_sized_new (n * strlen (unit));

  for (gsize i = 0; i < n; i++)
    g_string_append (fill, unit);

  return g_string_free (fill, FALSE);
}

/* FAQ entries whose question and answer are each as long as they may be
 * (tradeoff-comparison-rules.h), @question_unit and @answer_unit repeated,
 * as many as fit under the cap: the most text a file can hand the window
 * and the PDF.  Each @answer_unit makes @answer_chars characters of text
 * (it may hold comments or references); 0: as many as it has. */
static inline GBytes *
hostile_faq_at_limit (const char *question_unit,
                      const char *answer_unit,
                      glong       answer_chars)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autoptr(GString) question = g_string_new (NULL);
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autoptr(GString) entries = g_string_new ("<faq>\n");
  glong unit_chars = answer_chars > 0 ? answer_chars : g_utf8_strlen (answer_unit, -1);
  GString *doc;

  while (g_utf8_strlen (question->str, -1) + g_utf8_strlen (question_unit, -1) <=
         TRADEOFF_MAX_QUESTION_LENGTH)
    g_string_append (question, question_unit);
  for (glong chars = unit_chars; chars <= TRADEOFF_MAX_ANSWER_LENGTH; chars += unit_chars)
    g_string_append (answer, answer_unit);

  for (guint i = 0; empty->len + entries->len + question->len + answer->len + 100 < HOSTILE_SIZE; i++)
    g_string_append_printf (entries, "<entry id=\"e%u\"><question>%s</question>\n"
                            "<answer>%s</answer></entry>\n", i, question->str, answer->str);
  g_string_append (entries, "</faq>");

  doc = hostile_minimal (NULL, NULL, NULL);
  g_string_replace (doc, "<faq/>", entries->str, 1);
  return g_string_free_to_bytes (doc);
}

static inline int
hostile_count_lines (GString *doc,
                     gsize    before)
{
  int line = 1;

  for (gsize i = 0; i < before; i++)
    line += doc->str[i] == '\n';

  return line;
}

/* 4 million attributes on the root: each more costs libxml2 a look at all
 * the others. */
static GBytes *
hostile_many_attributes (int *line,
                         int *column)
{
  *line = 2;
  *column = 38;  /* the fourth, a1 */
  return hostile_repeat (HOSTILE_DECLARATION "<comparison id=\"x\" version=\"1\"", " a", TRUE, "=\"\"",
                         "/>\n");
}

/* Prefixed attributes, the prefix never declared and the names repeated. */
static GBytes *
hostile_prefixed_attributes (int *line,
                             int *column)
{
  *line = 2;
  *column = 32;
  return hostile_repeat (HOSTILE_DECLARATION "<comparison id=\"x\" version=\"1\"", " p:a=\"\"", FALSE, "",
                         "/>\n");
}

/* Namespace declarations on the root: with none of them used, the file
 * was valid, and took minutes. */
static GBytes *
hostile_namespace_declarations (int *line,
                                int *column)
{
  *line = 2;
  *column = 13;
  return hostile_repeat (HOSTILE_DECLARATION "<comparison", " xmlns:n", TRUE, "=\"urn:x\"",
                         " id=\"x\" version=\"1\"/>\n");
}

/* A new default namespace at every level. */
static GBytes *
hostile_namespace_scopes (int *line,
                          int *column)
{
  *line = 2;
  *column = 39;
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT, "<group xmlns=\"urn:", TRUE, "\">",
                         "</comparison>\n");
}

/* Millions of distinct element names, each a new dictionary entry. */
static GBytes *
hostile_element_names (int *line,
                       int *column)
{
  *line = 2;
  *column = 32;
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT, "<e", TRUE, "/>", "</comparison>\n");
}

/* Millions of the smallest elements the format has. */
static GBytes *
hostile_dense_elements (int *line,
                        int *column)
{
  /* The element over the limit: the root and <verdicts> come first. */
  *line = 2;
  *column = strlen (HOSTILE_ROOT "<verdicts>") + 1 + 6 * (TRADEOFF_LOADER_MAX_ELEMENTS - 2);
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT "<verdicts>", "<tie/>", FALSE, "",
                         "</verdicts></comparison>\n");
}

/* As many tiny elements as the limit allows, then a mistake at the end:
 * the whole tree is built before the schema refuses it. */
static GBytes *
hostile_dense_elements_at_limit (int *line,
                                 int *column)
{
  GString *doc = g_string_new (HOSTILE_DECLARATION HOSTILE_ROOT "<verdicts>\n");

  for (guint i = 0; i < TRADEOFF_LOADER_MAX_ELEMENTS - 3; i++)
    g_string_append (doc, "<tie/>");
  g_string_append (doc, "\n<none/></verdicts></comparison>\n");

  *line = 2;
  *column = strlen (HOSTILE_ROOT) + 1;
  return g_string_free_to_bytes (doc);
}

/* A valid comparison with as many elements as a file may have: the
 * minimal one, its 24 elements, with @placeholder replaced by @open, then
 * rows of @unit (each @per_unit elements, numbered with %u), then @close. */
static inline GBytes *
hostile_dense (const char *placeholder,
               const char *open,
               const char *unit_before,
               const char *unit_after,
               guint       per_unit,
               const char *close)
{
  g_autoptr(GString) rows = g_string_new (open);
  guint n_rows = (TRADEOFF_LOADER_MAX_ELEMENTS - 24) / per_unit;
  GString *doc;

  for (guint i = 0; i < n_rows; i++)
    {
      g_string_append_printf (rows, "%s%u", unit_before, i);
      g_string_append (rows, unit_after);
    }
  g_string_append (rows, close);
  doc = hostile_minimal (NULL, NULL, NULL);
  g_string_replace (doc, placeholder, rows->str, 1);

  return g_string_free_to_bytes (doc);
}

/* Grid rows of the shortest texts, four elements each. */
static GBytes *
hostile_dense_valid (int *line,
                     int *column)
{
  *line = 0;
  *column = 0;
  return hostile_dense ("<aspects/>", "<aspects>\n", "<aspect id=\"a",
                        "\"><label>A</label><value option=\"tea\">T</value>"
                        "<value option=\"coffee\">C</value></aspect>\n",
                        4, "</aspects>");
}

/* Criteria, five elements each: their weights are checked as numbers. */
static GBytes *
hostile_dense_valid_criteria (int *line,
                              int *column)
{
  *line = 0;
  *column = 0;
  return hostile_dense ("    </group>", "", "<criterion id=\"c",
                        "\"><label>L</label><rationale>R</rationale>"
                        "<weight option=\"tea\">1</weight><weight option=\"coffee\">-1</weight>"
                        "</criterion>\n",
                        5, "    </group>");
}

/* Elements nested as deep as the file allows. */
static GBytes *
hostile_deep_nesting (int *line,
                      int *column)
{
  *line = 2;
  *column = strlen (HOSTILE_ROOT) + 1 + strlen ("<group>") * 15;
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT, "<group>", FALSE, "", "\n");
}

/* One element name of 16 MiB: the message quotes only its start. */
static GBytes *
hostile_long_name (int *line,
                   int *column)
{
  *line = 2;
  *column = strlen (HOSTILE_ROOT) + 1;
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT "<", "nnnnnnnnnnnnnnnn", FALSE, "",
                         "/></comparison>\n");
}

/* A mistake libxml2 names, then millions of attributes behind it that it
 * must not be left to wade through. */
static GBytes *
hostile_malformed_then_attributes (int *line,
                                   int *column)
{
  *line = 2;
  *column = 0;  /* libxml2's own column */
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT "<title a=1>Tea</title>\n<title",
                         " a", TRUE, "=\"\"", "/></comparison>\n");
}

#define HOSTILE_TITLE HOSTILE_DECLARATION HOSTILE_ROOT "<title>"

/* Errors libxml2 2.9 reports one by one, going on after each: millions of
 * them cost it seconds.  The loader reports the first and stops reading. */
static GBytes *
hostile_control_characters (int *line,
                            int *column)
{
  *line = 2;
  *column = 39;
  return hostile_repeat (HOSTILE_TITLE, "\x01", FALSE, "", "</title></comparison>\n");
}

static GBytes *
hostile_undefined_entities (int *line,
                            int *column)
{
  *line = 2;
  *column = 42;
  return hostile_repeat (HOSTILE_TITLE, "&x;", FALSE, "", "</title></comparison>\n");
}

static GBytes *
hostile_bad_character_references (int *line,
                                  int *column)
{
  *line = 2;
  *column = 43;
  return hostile_repeat (HOSTILE_TITLE, "&#1;", FALSE, "", "</title></comparison>\n");
}

static GBytes *
hostile_lone_ampersands (int *line,
                         int *column)
{
  *line = 2;
  *column = 40;
  return hostile_repeat (HOSTILE_TITLE, "& ", FALSE, "", "</title></comparison>\n");
}

static GBytes *
hostile_entities_in_attribute (int *line,
                               int *column)
{
  *line = 2;
  *column = 53;
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT "<aspects heading=\"", "&x;", FALSE, "",
                         "\"/></comparison>\n");
}

static GBytes *
hostile_cdata_ends (int *line,
                    int *column)
{
  *line = 2;
  *column = 39;
  return hostile_repeat (HOSTILE_TITLE, "]]>", FALSE, "", "</title></comparison>\n");
}

/* One attribute value over libxml2's 10 MB. */
static GBytes *
hostile_long_attribute (int *line,
                        int *column)
{
  *line = 2;
  *column = 10000018;
  return hostile_repeat (HOSTILE_DECLARATION "<comparison id=\"", "xxxxxxxxxxxxxxxx", FALSE, "",
                         "\" version=\"1\"/>\n");
}

/* Answers cut into pieces by CDATA sections, each as long as an answer
 * may be: one text, as with comments. */
static GBytes *
hostile_cdata_in_text (int *line,
                       int *column)
{
  *line = 0;
  *column = 0;
  return hostile_faq_at_limit ("Which? ", " x<![CDATA[y]]>", 3);
}

/* Valid answers cut into pieces by comments, 2,500 pieces each and two
 * million in all: RELAX NG 2.9 joined them again with a quadratic
 * concatenation. */
static GBytes *
hostile_comments_in_text (int *line,
                          int *column)
{
  *line = 0;
  *column = 0;
  return hostile_faq_at_limit ("Which? ", " x<!---->", 2);
}

/* Two million comments before the root: the first is the preamble a save
 * keeps, the others are left out of the tree. */
static GBytes *
hostile_comments_before_root (int *line,
                              int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autofree char *comments = hostile_fill ("<!--x-->", empty->len);
  g_autofree char *root = g_strconcat (comments, "\n<comparison id=\"minimal\"", NULL);
  GString *doc = hostile_minimal (NULL, NULL, NULL);

  g_string_replace (doc, "<comparison id=\"minimal\"", root, 1);
  *line = 0;
  *column = 0;
  return g_string_free_to_bytes (doc);
}

/* A valid weight cut into pieces by comments, white space between them. */
static GBytes *
hostile_comments_in_weight (int *line,
                            int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autofree char *pieces = hostile_fill (" <!---->", empty->len);
  g_autofree char *weight = g_strconcat (pieces, "1", NULL);

  *line = 0;
  *column = 0;
  return g_string_free_to_bytes (hostile_minimal (NULL, weight, NULL));
}

/* Valid answers of three million character references in all. */
static GBytes *
hostile_references (int *line,
                    int *column)
{
  *line = 0;
  *column = 0;
  return hostile_faq_at_limit ("Which? ", " &amp;&#233;", 3);
}

/* 16 million lines, half of them in a rationale, half between elements
 * (libxml2 holds no more than 10 MB of either in one text), then a verdict
 * for an option that does not exist: the error is reported from the tree,
 * far past line 65,535. */
static GBytes *
hostile_many_lines (int *line,
                    int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autofree char *gap = hostile_fill ("\n", (HOSTILE_SIZE + empty->len) / 2);
  GString *doc = hostile_minimal (NULL, NULL, gap);
  const char *bad = strstr (doc->str, "<verdict option=\"tea\">");

  g_string_replace (doc, "<verdict option=\"tea\">", "<verdict option=\"tey\">", 1);
  *line = hostile_count_lines (doc, bad - doc->str);
  *column = 14;  /* option="tey" */
  return g_string_free_to_bytes (doc);
}

/* The same, with an empty text the schema refuses. */
static GBytes *
hostile_many_lines_schema (int *line,
                           int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autofree char *gap = hostile_fill ("\n", (HOSTILE_SIZE + empty->len) / 2);
  GString *doc = hostile_minimal (NULL, NULL, gap);
  const char *bad = strstr (doc->str, "<tie>");

  g_string_replace (doc, "<tie>Either will do.</tie>", "<tie> </tie>", 1);
  *line = hostile_count_lines (doc, bad - doc->str);
  *column = 5;
  return g_string_free_to_bytes (doc);
}

/* 16 million blank lines between two elements: more white space than
 * libxml2 holds in one text. */
static GBytes *
hostile_blank_lines (int *line,
                     int *column)
{
  /* Where the run of line ends passes libxml2's 10,000,000 bytes, in
   * the chunks it reads them in. */
  *line = 10003914;
  *column = 1;
  return hostile_repeat (HOSTILE_DECLARATION HOSTILE_ROOT "<title>Tea</title>", "\n", FALSE, "",
                         "</comparison>\n");
}

/* The same, with a tag libxml2 itself refuses. */
static GBytes *
hostile_many_lines_malformed (int *line,
                              int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autofree char *gap = hostile_fill ("\n", (HOSTILE_SIZE + empty->len) / 2);
  GString *doc = hostile_minimal (NULL, NULL, gap);
  const char *bad = strstr (doc->str, "<tie>");

  g_string_replace (doc, "<tie>Either will do.</tie>", "<tie>Either will do.</tiе>", 1);
  *line = hostile_count_lines (doc, bad - doc->str);
  *column = 31;  /* libxml2 points past the end tag */
  return g_string_free_to_bytes (doc);
}

/* Questions of 120 characters and answers of 5,000, in ordinary words. */
static GBytes *
hostile_texts_at_limit (int *line,
                        int *column)
{
  *line = 0;
  *column = 0;
  return hostile_faq_at_limit ("Which keeps you awake longer? ",
                               "Coffee keeps you awake longer than tea does. ", 0);
}

/* The same in Chinese, which has no spaces: a line may break between any
 * two of its characters. */
static GBytes *
hostile_chinese_at_limit (int *line,
                          int *column)
{
  *line = 0;
  *column = 0;
  /* "Tea or coffee? Coffee keeps you awake longer." */
  return hostile_faq_at_limit ("\xe8\x8c\xb6\xe8\xbf\x98\xe6\x98\xaf\xe5\x92\x96\xe5\x95\xa1"
                               "\xef\xbc\x9f",
                               "\xe5\x92\x96\xe5\x95\xa1\xe8\xae\xa9\xe4\xbd\xa0\xe6\x9b\xb4"
                               "\xe4\xb9\x85\xe5\x9c\xb0\xe4\xbf\x9d\xe6\x8c\x81\xe6\xb8\x85"
                               "\xe9\x86\x92\xe3\x80\x82", 0);
}

/* A title of 9 MB of ordinary words, as long as a text libxml2 holds:
 * refused for its length (150 characters), quoting its start only. */
static GBytes *
hostile_long_text (int *line,
                   int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  g_autofree char *words = hostile_fill (" tea or coffee", empty->len + 7 * 1024 * 1024);

  *line = 3;
  *column = 3;
  return g_string_free_to_bytes (hostile_minimal (words, NULL, NULL));
}

/* A rationale of 9 MB of Thai with no space: refused at its 501st
 * character of the run. */
static GBytes *
hostile_unspaced_run (int *line,
                      int *column)
{
  g_autoptr(GString) empty = hostile_minimal (NULL, NULL, NULL);
  /* "coffee" */
  g_autofree char *run = hostile_fill ("\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb9\x81\xe0\xb8\x9f",
                                       empty->len + 7 * 1024 * 1024);
  g_autofree char *rationale = g_strconcat ("Coffee holds more caffeine. ", run, NULL);
  GString *doc = hostile_minimal (NULL, NULL, NULL);

  g_string_replace (doc, "Coffee holds more caffeine.", rationale, 1);
  *line = 14;
  *column = 9;
  return g_string_free_to_bytes (doc);
}

static const HostileCase hostile_cases[] = {
  { "many-attributes", hostile_many_attributes, TRADEOFF_LOADER_ERROR_LIMIT,
    "The <comparison> element has more than 3 attributes" },
  { "prefixed-attributes", hostile_prefixed_attributes, TRADEOFF_LOADER_ERROR_SCHEMA,
    "The name “p:a” has a namespace prefix" },
  { "namespace-declarations", hostile_namespace_declarations, TRADEOFF_LOADER_ERROR_SCHEMA,
    "declares the XML namespace “urn:x”; comparison files use no namespace" },
  { "namespace-scopes", hostile_namespace_scopes, TRADEOFF_LOADER_ERROR_SCHEMA,
    "declares the XML namespace “urn:0”" },
  { "element-names", hostile_element_names, TRADEOFF_LOADER_ERROR_SCHEMA,
    "There is no <e0> element in the comparison format." },
  { "dense-elements", hostile_dense_elements, TRADEOFF_LOADER_ERROR_LIMIT,
    "more than 150000 elements" },
  { "dense-elements-at-limit", hostile_dense_elements_at_limit, TRADEOFF_LOADER_ERROR_SCHEMA,
    "The <verdicts> element needs a <verdict> element." },
  { "dense-valid", hostile_dense_valid, HOSTILE_LOADS, "Tea vs Coffee" },
  { "dense-valid-criteria", hostile_dense_valid_criteria, HOSTILE_LOADS, "Tea vs Coffee" },
  { "deep-nesting", hostile_deep_nesting, TRADEOFF_LOADER_ERROR_LIMIT,
    "nested more than 16 deep" },
  { "long-name", hostile_long_name, TRADEOFF_LOADER_ERROR_SCHEMA,
    "There is no <nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…> element" },
  { "malformed-then-attributes", hostile_malformed_then_attributes,
    TRADEOFF_LOADER_ERROR_MALFORMED, "AttValue" },
  { "control-characters", hostile_control_characters, TRADEOFF_LOADER_ERROR_MALFORMED,
    "PCDATA invalid Char value 1" },
  { "undefined-entities", hostile_undefined_entities, TRADEOFF_LOADER_ERROR_MALFORMED,
    "Entity 'x' not defined" },
  { "bad-character-references", hostile_bad_character_references,
    TRADEOFF_LOADER_ERROR_MALFORMED, "invalid xmlChar value 1" },
  { "lone-ampersands", hostile_lone_ampersands, TRADEOFF_LOADER_ERROR_MALFORMED, "no name" },
  { "entities-in-attribute", hostile_entities_in_attribute, TRADEOFF_LOADER_ERROR_MALFORMED,
    "Entity 'x' not defined" },
  { "cdata-ends", hostile_cdata_ends, TRADEOFF_LOADER_ERROR_MALFORMED,
    "Sequence ']]>' not allowed in content" },
  { "long-attribute", hostile_long_attribute, TRADEOFF_LOADER_ERROR_MALFORMED,
    "AttValue length too long" },
  { "cdata-in-text", hostile_cdata_in_text, HOSTILE_LOADS, "xy xy xy " },
  { "comments-in-text", hostile_comments_in_text, HOSTILE_LOADS, "x x x " },
  { "comments-before-root", hostile_comments_before_root, HOSTILE_LOADS, "Tea vs Coffee" },
  { "comments-in-weight", hostile_comments_in_weight, HOSTILE_LOADS, "Tea vs Coffee" },
  { "references", hostile_references, HOSTILE_LOADS, "&é &é " },
  { "many-lines", hostile_many_lines, TRADEOFF_LOADER_ERROR_UNKNOWN_REFERENCE, "“tey”" },
  { "many-lines-schema", hostile_many_lines_schema, TRADEOFF_LOADER_ERROR_SCHEMA,
    "The <tie> element is empty" },
  { "blank-lines", hostile_blank_lines, TRADEOFF_LOADER_ERROR_MALFORMED,
    "one text is longer than the 10 MB a text may hold" },
  { "many-lines-malformed", hostile_many_lines_malformed, TRADEOFF_LOADER_ERROR_MALFORMED,
    "mismatch" },
  { "texts-at-limit", hostile_texts_at_limit, HOSTILE_LOADS,
    "Coffee keeps you awake longer than tea does. Coffee" },
  { "chinese-at-limit", hostile_chinese_at_limit, HOSTILE_LOADS,
    "\xe5\x92\x96\xe5\x95\xa1\xe8\xae\xa9\xe4\xbd\xa0" },
  { "long-text", hostile_long_text, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
    "longer than the 150 characters a <title> may have (“Tea vs Coffee tea or coffee tea" },
  { "unspaced-run", hostile_unspaced_run, TRADEOFF_LOADER_ERROR_INVALID_VALUE,
    "more than 500 characters of Thai, Lao, Khmer or Myanmar" },
};

/* The file of the case named @name; %NULL for no such case. */
static inline GBytes *
hostile_generate (const char *name)
{
  int line, column;

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    if (g_str_equal (hostile_cases[i].name, name))
      return hostile_cases[i].generate (&line, &column);

  return NULL;
}
